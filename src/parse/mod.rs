//! Turns a region of text into what it literally says: structured payloads (JSON, Python repr,
//! Node inspect, protobuf text format) and the one-line text forms clients print. Nothing here
//! knows what an API error means; `normalize` decides that.
//!
//! Payloads nest: a JSON log line holds an escaped string that holds the SDK's Python repr;
//! js-genai puts the server body as a string inside `error.message`. Strings that look like
//! payloads are parsed in turn (to a bounded depth) and kept as `embedded` findings, so the
//! innermost error can be labelled.

pub mod clean;
pub mod gomap;
pub mod literal;
pub mod text;
pub mod yaml;

use std::sync::LazyLock;

use crate::literals::Literals;
use serde_json::Value;

use crate::model::Code;

pub use text::{Fragment, TextForm};

/// How many strings-within-strings are opened.
const MAX_EMBED_DEPTH: usize = 3;

/// Something found in a region.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Byte range in the cleaned region text (or in the string it was embedded in).
    pub start: usize,
    pub end: usize,
    /// 0-based line of `start` within the region.
    pub line: usize,
    /// 0-based line of the last byte.
    pub end_line: usize,
    pub item: Item,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Payload(Payload),
    Text(Box<TextForm>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Payload {
    pub value: Value,
    pub truncated: bool,
    /// Findings inside the payload's string values.
    pub embedded: Vec<Found>,
}

/// Evidence that every error apierr reads carries: a canonical status name, a status code
/// between 400 and 599, or one of the words below. Most regions the scanner finds are ordinary
/// log lines that merely say "error"; this rules them out before the costly parse. It must stay
/// a necessary condition: a form that lacks all of these would go unseen.
static EVIDENCE: LazyLock<Literals> = LazyLock::new(|| {
    let literals: Vec<&str> = EVIDENCE_LITERALS
        .iter()
        .copied()
        .chain(
            Code::ALL
                .iter()
                .filter(|c| **c != Code::Ok)
                .map(|c| c.name()),
        )
        .collect();
    Literals::new(&literals)
});

/// The evidence words besides the status names.
const EVIDENCE_LITERALS: &[&str] = &[
    "_EXCEEDED",
    "Quota exceeded",
    "@type",
    "StatusCode",
    "code =",
    "code=",
    // Other providers.
    "_error",
    "__type",
    "$metadata",
    "Error code",
    "error, status code",
    "An error occurred (",
    "insufficient_quota",
    "rate_limit",
    "Rate limit",
    "context_length",
    "verloaded",
    "Exception - ",
    "openai.error.",
    "maximum context length",
    "API error occurred",
    "HTTP/1.1 4",
    "HTTP/1.1 5",
    "HTTP/2 4",
    "HTTP/2 5",
];

/// Whether a region may hold an error at all (see `EVIDENCE`).
pub fn may_hold_error(text: &str) -> bool {
    may_hold_error_bytes(text.as_bytes())
}

/// [`may_hold_error`] on raw bytes: the scanner asks it of a line before it decodes anything.
/// Every piece of evidence is ASCII, so invalid UTF-8 (which decoding would replace) can
/// neither make nor break a match.
pub fn may_hold_error_bytes(bytes: &[u8]) -> bool {
    EVIDENCE.is_match(bytes) || has_error_status(bytes)
}

/// A standalone HTTP status that an API error response carries: one of the usual ones, or any
/// 4xx/5xx right after a word that names it (`"code": 418`, `HTTP/1.1 418`).
///
/// Numbers that only look like one are not: a fraction (`12:07:55,404`, `0.500`), a file or
/// version (`report-413.csv`), or the value of a `key=` that names something else
/// (`p99_ms=405`, `rps=403`); a key that names a status (`code=`, `status_code=`) still counts.
fn has_error_status(b: &[u8]) -> bool {
    const STATUSES: &[&[u8; 3]] = &[
        b"400", b"401", b"402", b"403", b"404", b"405", b"408", b"409", b"410", b"413", b"415",
        b"422", b"424", b"429", b"499", b"500", b"501", b"502", b"503", b"504", b"529",
    ];
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut from = 0;
    while let Some(i) = memchr::memchr2(b'4', b'5', &b[from..]).map(|i| from + i) {
        from = i + 1;
        let Some(n) = b.get(i..i + 3) else {
            break;
        };
        if !n[1..].iter().all(u8::is_ascii_digit)
            || (i > 0 && word(b[i - 1]))
            || b.get(i + 3).is_some_and(|&c| word(c))
        {
            continue;
        }
        let before = &b[..i];
        // `55,404` / `0.500`: the digits after a decimal point.
        if let [.., d, b',' | b'.'] = before
            && d.is_ascii_digit()
        {
            continue;
        }
        // `413.csv`, `500.1`: a name or a version, not a status.
        if let Some([b'.', c]) = b.get(i + 3..i + 5)
            && c.is_ascii_alphanumeric()
        {
            continue;
        }
        // `key=value`; a colon is not enough (`BadRequest: 400 POST …`).
        let keyed = matches!(
            before
                .iter()
                .rev()
                .find(|c| !matches!(c, b' ' | b'"' | b'\'')),
            Some(b'=')
        );
        let usual = !keyed && STATUSES.iter().any(|s| s[..] == *n);
        if usual || names_status(&b[i.saturating_sub(16)..i]) {
            return true;
        }
    }
    false
}

/// Does the text just before a number name it as a status (`code`, `status`, `Error`, `HTTP`,
/// in any case)?
fn names_status(before: &[u8]) -> bool {
    const WORDS: [&[u8]; 4] = [b"code", b"status", b"error", b"http"];
    (0..before.len()).any(|i| {
        WORDS
            .iter()
            .any(|w| before.len() - i >= w.len() && before[i..i + w.len()].eq_ignore_ascii_case(w))
    })
}

/// Everything a region says, leftmost first.
pub fn parse_region(text: &str) -> Vec<Found> {
    let cleaned = clean::clean(text);
    parse_clean(&cleaned, 0)
}

fn parse_clean(text: &str, depth: usize) -> Vec<Found> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect();
    let line_of = |pos: usize| line_starts.partition_point(|&s| s <= pos).saturating_sub(1);

    let mut found = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let bytes = text.as_bytes();

    // gcloud's YAML details: `- '@type': …` blocks.
    if text.contains("'@type'") || text.contains("\"@type\"") || text.contains("- @type") {
        let lines: Vec<&str> = text.split('\n').collect();
        let mut n = 0;
        while n < lines.len() {
            let t = lines[n].trim_start();
            if (t.starts_with("- '@type':")
                || t.starts_with("- \"@type\":")
                || t.starts_with("- @type:"))
                && let Some((value, used)) = yaml::parse_block(&lines[n..])
            {
                let start = line_starts[n];
                let last = n + used.max(1) - 1;
                let end = line_starts.get(last + 1).map_or(text.len(), |&e| e - 1);
                covered.push((start, end.max(start + 1)));
                found.push(Found {
                    start,
                    end,
                    line: n,
                    end_line: last,
                    item: Item::Payload(Payload {
                        value,
                        truncated: false,
                        embedded: Vec::new(),
                    }),
                });
                n += used.max(1);
                continue;
            }
            n += 1;
        }
    }

    let mut at = 0;
    while let Some(i) = memchr::memchr2(b'{', b'[', &bytes[at..]) {
        let start = at + i;
        at = start + 1;
        if covered.iter().any(|&(s, e)| s <= start && start < e) {
            continue;
        }
        // A payload held as a string literal (`b'{\n  "error": …}'`, `"{\"error\": …}"`).
        if let Some(q) = quote_before(bytes, start)
            && let Some((inner, end)) = literal::parse_string_at(text, q)
            && depth < MAX_EMBED_DEPTH
            && may_embed(&inner)
        {
            let embedded = parse_clean(&clean::clean(&inner), depth + 1);
            if !embedded.is_empty() {
                covered.push((q, end));
                found.push(Found {
                    start: q,
                    end,
                    line: line_of(q),
                    end_line: line_of(end.saturating_sub(1)),
                    item: Item::Payload(Payload {
                        value: Value::Null,
                        truncated: false,
                        embedded,
                    }),
                });
                at = end;
                continue;
            }
        }
        let go_map = start >= 3 && &bytes[start - 3..start] == b"map";
        let parsed = if go_map || (bytes[start] == b'[' && bytes[start + 1..].starts_with(b"map["))
        {
            let from = if go_map { start - 3 } else { start };
            gomap::parse_at(text, from).map(|(value, end)| literal::Parsed {
                value,
                end,
                truncated: false,
            })
        } else if textproto_list_start(&bytes[start..]) {
            literal::parse_textproto_list_at(text, start)
        } else {
            literal::parse_at(text, start)
        };
        let Some(p) = parsed else { continue };
        if !is_structured(&p.value) {
            continue;
        }
        let end = p.end.max(start + 1);
        let mut embedded = Vec::new();
        if depth < MAX_EMBED_DEPTH {
            collect_embedded(&p.value, depth + 1, &mut embedded, 0);
        }
        covered.push((start, end));
        found.push(Found {
            start,
            end,
            line: line_of(start),
            end_line: line_of(end.saturating_sub(1)),
            item: Item::Payload(Payload {
                value: p.value,
                truncated: p.truncated,
                embedded,
            }),
        });
        at = end;
    }

    let inside = |pos: usize| covered.iter().any(|&(s, e)| s <= pos && pos < e);
    for (n, &ls) in line_starts.iter().enumerate() {
        let le = line_starts.get(n + 1).map_or(text.len(), |&next| next - 1);
        let line = &text[ls..le];
        if line.trim().is_empty() || (inside(ls) && inside(le.saturating_sub(1).max(ls))) {
            continue;
        }
        for (range, form) in text::find(line) {
            let start = ls + range.start;
            if inside(start) {
                continue;
            }
            found.push(Found {
                start,
                end: ls + range.end,
                line: n,
                end_line: n,
                item: Item::Text(Box::new(form)),
            });
        }
    }
    for (range, form) in text::find_blocks(text) {
        if inside(range.start) {
            continue;
        }
        // A block form says more than the line forms inside it (go-genai's `Status: X` is part
        // of it, not an error of its own).
        let line = line_of(range.start);
        found.retain(|f| {
            !(matches!(f.item, Item::Text(_)) && f.start >= range.start && f.start < range.end)
        });
        found.push(Found {
            start: range.start,
            end: range.end,
            line,
            end_line: line_of(range.end.saturating_sub(1)),
            item: Item::Text(Box::new(form)),
        });
    }
    found.sort_by_key(|f| f.start);
    found
}

/// The quote that opens a string literal right before a `{` or `[` (with Python's `b`/`u`
/// prefix), if any.
fn quote_before(bytes: &[u8], brace: usize) -> Option<usize> {
    let q = brace.checked_sub(1)?;
    if !matches!(bytes[q], b'\'' | b'"') {
        return None;
    }
    // An escaped quote (`\"{`) is inside another string, which its own parse handles.
    if q > 0 && bytes[q - 1] == b'\\' {
        return None;
    }
    match q.checked_sub(1).map(|p| bytes[p]) {
        Some(b'b' | b'u' | b'r') if q < 2 || !bytes[q - 2].is_ascii_alphanumeric() => Some(q - 1),
        _ => Some(q),
    }
}

/// `[reason: "…"`, `[violations {`: the start of api-core's text-format detail list.
/// `[reason: "…"` or `[metadata {`: api-core's protobuf text-format list of details, as
/// `^\[\s*[a-z_]+(?:\s*:\s*["\d-]|\s*\{)` would say.
fn textproto_list_start(b: &[u8]) -> bool {
    let skip_ws = |mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    if b.first() != Some(&b'[') {
        return false;
    }
    let name = skip_ws(1);
    let mut i = name;
    while b
        .get(i)
        .is_some_and(|c| c.is_ascii_lowercase() || *c == b'_')
    {
        i += 1;
    }
    if i == name {
        return false;
    }
    i = skip_ws(i);
    match b.get(i) {
        Some(b'{') => true,
        Some(b':') => b
            .get(skip_ws(i + 1))
            .is_some_and(|c| *c == b'"' || *c == b'-' || c.is_ascii_digit()),
        _ => false,
    }
}

/// A value worth keeping: an object, or a list that holds one.
fn is_structured(v: &Value) -> bool {
    match v {
        Value::Object(m) => !m.is_empty(),
        Value::Array(a) => a
            .iter()
            .any(|x| matches!(x, Value::Object(_) | Value::Array(_))),
        _ => false,
    }
}

/// Does a string look like it carries an error of its own?
fn may_embed(s: &str) -> bool {
    s.len() >= 12 && crate::scan::has_trigger(s.as_bytes())
}

fn collect_embedded(v: &Value, depth: usize, out: &mut Vec<Found>, nesting: usize) {
    if nesting > 64 {
        return;
    }
    match v {
        Value::String(s) if may_embed(s) => {
            let inner = clean::clean(s);
            out.extend(parse_clean(&inner, depth));
        }
        Value::Array(items) => {
            for x in items {
                collect_embedded(x, depth, out, nesting + 1);
            }
        }
        Value::Object(m) => {
            for x in m.values() {
                collect_embedded(x, depth, out, nesting + 1);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packed_evidence_search_answers_as_the_automaton_does() {
        let literals: Vec<&str> = EVIDENCE_LITERALS
            .iter()
            .copied()
            .chain(Code::ALL.iter().map(|c| c.name()))
            .collect();
        let packed = Literals::new(&literals);
        assert!(matches!(packed, Literals::Packed(_)) || !cfg!(target_arch = "x86_64"));
        let automaton = Literals::automaton(&literals);
        let pieces: Vec<String> = literals
            .iter()
            .flat_map(|l| {
                [
                    l.to_string(),
                    l[..l.len() / 2].to_string(),
                    l[l.len() / 2..].to_string(),
                ]
            })
            .chain(["x".repeat(40), " ".into(), "\n".into(), "é".into()])
            .collect();
        let mut next = crate::testing::below(0x9e37_79b9_7f4a_7c15u64);
        let mut hits = 0;
        for _ in 0..20_000 {
            let text: String = (0..next(8))
                .map(|_| pieces[next(pieces.len())].as_str())
                .collect();
            let want = automaton.is_match(text.as_bytes());
            assert_eq!(packed.is_match(text.as_bytes()), want, "{text:?}");
            hits += usize::from(want);
        }
        assert!(
            hits > 1000 && hits < 19_000,
            "{hits} texts with evidence: the test proves little"
        );
    }
    use serde_json::json;

    #[test]
    fn summary_and_payload_on_one_line() {
        let f = parse_region(
            "E 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'status': 'RESOURCE_EXHAUSTED'}}",
        );
        assert_eq!(f.len(), 2);
        assert!(matches!(&f[0].item, Item::Text(t) if t.http == Some(429)));
        assert!(
            matches!(&f[1].item, Item::Payload(p) if p.value == json!({"error": {"code": 429, "status": "RESOURCE_EXHAUSTED"}}))
        );
    }

    #[test]
    fn escaped_payload_in_a_json_log_line() {
        let f = parse_region(
            r#"{"level":"error","msg":"call failed","body":"{\"error\":{\"code\":503,\"status\":\"UNAVAILABLE\"}}"}"#,
        );
        assert_eq!(f.len(), 1);
        let Item::Payload(p) = &f[0].item else {
            panic!("payload expected")
        };
        assert_eq!(p.embedded.len(), 1);
        assert!(
            matches!(&p.embedded[0].item, Item::Payload(e) if e.value["error"]["code"] == json!(503))
        );
    }

    #[test]
    fn text_inside_a_payload_is_not_a_form() {
        let f =
            parse_region("{\"error\": {\"message\": \"rpc error: code = Unavailable desc = x\"}}");
        // The message is examined as an embedded string, not as a line of its own.
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn status_numbers_are_told_from_numbers_that_look_like_them() {
        for yes in [
            "429 Too Many Requests",
            "google.api_core.exceptions.BadRequest: 400 POST https://x",
            "{\"code\": 503,",
            "status=429 body=",
            "http_status_code=418",
            "Status: 429 (Too Many Requests)",
            "HTTP/1.1 418 I'm a teapot",
            "returned 404.",
        ] {
            assert!(has_error_status(yes.as_bytes()), "{yes:?}");
        }
        for no in [
            "2025-12-12 19:44:54,404 WARN pool: retrying",
            "took 0.500 s",
            "failed to parse report-413.csv",
            "p99_ms=405 rps=403",
            "duration_ms=500",
            "v1.429.2",
            "id=14295",
        ] {
            assert!(!has_error_status(no.as_bytes()), "{no:?}");
        }
    }
}
