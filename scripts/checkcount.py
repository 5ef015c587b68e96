#!/usr/bin/env python3
"""Match apierr's JSON Lines output against genlog.py's manifest; explain every mismatch.

usage: checkcount.py LOG MANIFEST JSONL [--show N]

Each record's `line` should fall inside exactly one written error (manifest rows: index, form
number, form name, first line, last line). A record whose line falls outside every error but whose
message is in the text of the next written error counts for that error, as "wrong line". Prints
per-form counts, then examples (up to --show per form and kind) of missing errors, errors reported
more than once, wrong lines, and records that match no written error (false positives), with the
exact text from the log, and of records whose message is not text of their error (a message that
ran on into the next line, or kept the closing quote of the string that held it). Exit status 0 when every written error was reported exactly once, at its
own lines, with its own message, and nothing else was reported; else 1. Standard library only.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("manifest")
    ap.add_argument("jsonl")
    ap.add_argument("--show", type=int, default=3, help="examples to print per problem and form")
    a = ap.parse_args()

    rows = []
    with open(a.manifest) as f:
        for ln in f:
            idx, form, name, first, last = ln.rstrip("\n").split("\t")
            rows.append((int(first), int(last), int(idx), int(form), name))
    rows.sort()
    firsts = [r[0] for r in rows]

    # The text of every written error (one pass over the log), to recognise a record that names
    # the wrong line: it is counted for the next error when that error's text holds its message.
    text: dict[int, str] = {}
    try:
        with open(a.log, "rb") as f:
            i = 0
            for n, raw in enumerate(f, 1):
                while i < len(rows) and rows[i][1] < n:
                    i += 1
                if i == len(rows):
                    break
                if rows[i][0] <= n:
                    text[n] = raw.decode("utf-8", "replace").rstrip("\n")
    except FileNotFoundError:
        print(f"  ({a.log} is missing: matching by line only, no text shown)")

    def squash(t: str) -> str:
        return "".join(t.replace("\\", "").split())

    def err_text(r) -> str:
        return "\n".join(text.get(n, "") for n in range(r[0], r[1] + 1))

    exact = [0] * len(rows)
    moved: list[list[tuple[int, dict]]] = [[] for _ in rows]
    stray: list[tuple[object, dict]] = []
    recs = []
    with open(a.jsonl) as f:
        for ln in f:
            if ln.strip():
                recs.append(json.loads(ln))
    for rec in recs:
        line = rec.get("line")
        if not isinstance(line, int):
            stray.append((line, rec))
            continue
        i = bisect.bisect_right(firsts, line) - 1
        if i >= 0 and rows[i][0] <= line <= rows[i][1]:
            exact[i] += 1
            continue
        j = i + 1  # the next written error after this line
        msg = squash(rec.get("message") or "")[:24]  # a prefix: the message may run on
        if j < len(rows) and text and msg and msg in squash(err_text(rows[j])):
            moved[j].append((line, rec))
        else:
            stray.append((line, rec))

    # A record's message should be text of its own error (escapes undone, blanks ignored).
    def unesc(t: str) -> str:
        return "".join(t.replace("\\n", " ").replace('\\"', '"').replace("\\'", "'").split())

    bad_msg: list[tuple[tuple, dict]] = []
    if text:
        by_row: dict[int, list[dict]] = {}
        for rec in recs:
            line = rec.get("line")
            if isinstance(line, int):
                i = bisect.bisect_right(firsts, line) - 1
                if i >= 0 and rows[i][0] <= line <= rows[i][1]:
                    by_row.setdefault(i, []).append(rec)
        for j, m in enumerate(moved):
            by_row.setdefault(j, []).extend(rec for _, rec in m)
        for i, rs in by_row.items():
            body = unesc(err_text(rows[i]))
            for rec in rs:
                msg = rec.get("message") or ""
                # not text of the error (ran on into other lines), or kept the quote that closed
                # the string it was in (`err="… desc = Deadline Exceeded"`)
                if unesc(msg) not in body or (msg.endswith('"') and msg.count('"') % 2 == 1):
                    bad_msg.append((rows[i], rec))

    hits = [e + len(m) for e, m in zip(exact, moved)]
    forms: dict[tuple[int, str], list[int]] = {}
    for r, h, m in zip(rows, hits, moved):
        c = forms.setdefault((r[3], r[4]), [0, 0, 0, 0, 0])  # written, once, wrong line, missing, 2+
        c[0] += 1
        if h == 1:
            c[1] += 1
            c[2] += 1 if m else 0
        elif h == 0:
            c[3] += 1
        else:
            c[4] += 1

    print(f"  records: {len(recs)}, written errors: {len(rows)}")
    print(f"  {'form':<12} {'written':>8} {'found once':>11} {'wrong line':>11} {'missing':>8} {'found 2+':>9}")
    for (num, name), c in sorted(forms.items()):
        print(f"  {num} {name:<10} {c[0]:>8} {c[1]:>11} {c[2]:>11} {c[3]:>8} {c[4]:>9}")
    print(f"  records outside any written error: {len(stray)}")
    if text:
        print(f"  records with a wrong message (not the error's own text): {len(bad_msg)}")

    def brief(rec) -> str:
        return json.dumps({k: rec.get(k) for k in ("line", "code", "status", "message")})[:300]

    def show_lines(lo: int, hi: int) -> None:
        for n in range(lo, hi + 1):
            print(f"    {n}: {text.get(n, '?')}")

    shown: dict[tuple[str, int], int] = {}

    def first_few(kind: str, form: int) -> bool:
        k = shown.get((kind, form), 0)
        shown[(kind, form)] = k + 1
        return k < a.show

    for r, h, m in zip(rows, hits, moved):
        if h == 0 and first_few("missing", r[3]):
            print(f"\n  MISSING: error #{r[2]}, form {r[3]} ({r[4]}), log lines {r[0]}-{r[1]}:")
            show_lines(r[0], r[1])
        elif h > 1 and first_few("dup", r[3]):
            print(f"\n  FOUND {h} TIMES: error #{r[2]}, form {r[3]} ({r[4]}), log lines {r[0]}-{r[1]}:")
            show_lines(r[0], r[1])
            for rec in recs:
                if isinstance(rec.get("line"), int) and (r[0] <= rec["line"] <= r[1] or
                                                         any(rec is x for _, x in m)):
                    print("      record:", brief(rec))
        elif h == 1 and m and first_few("moved", r[3]):
            print(f"\n  WRONG LINE: error #{r[2]}, form {r[3]} ({r[4]}) at log line {r[0]}"
                  f"{'-' + str(r[1]) if r[1] != r[0] else ''} was reported at line {m[0][0]}:")
            show_lines(r[0], r[1])
            print("      record:", brief(m[0][1]))
    for r, rec in bad_msg:
        if first_few("msg", r[3]):
            print(f"\n  MESSAGE NOT IN THE ERROR: error #{r[2]}, form {r[3]} ({r[4]}), log lines {r[0]}-{r[1]}:")
            show_lines(r[0], r[1])
            print("      record:", brief(rec))
    for line, rec in stray[: a.show * 4]:
        print(f"\n  UNEXPECTED record at line {line} (no written error there):")
        print("      record:", brief(rec))
    n_moved = sum(1 for h, m in zip(hits, moved) if h == 1 and m)
    print(f"\n  summary: records={len(recs)} written={len(rows)} "
          f"exact={sum(1 for h, m in zip(hits, moved) if h == 1 and not m)} wrong_line={n_moved} "
          f"missing={hits.count(0)} found_2plus={sum(1 for h in hits if h > 1)} stray={len(stray)} "
          f"bad_message={len(bad_msg)}")
    # 0 only when every error was reported once, at its own lines, and nothing else was
    return 0 if all(h == 1 for h in hits) and not any(moved) and not stray and not bad_msg else 1


if __name__ == "__main__":
    sys.exit(main())
