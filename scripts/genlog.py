#!/usr/bin/env python3
"""Generate a realistic service log with API errors in it, for benchmarking apierr.

The log is mostly ordinary lines (plain info lines, nginx access lines, JSON structured logs,
warnings that mention "error" without being API errors, non-API stack traces) with one API error
about every 2,000 lines, rotating through seven forms:

  1 oneline   compact Google JSON `{"error":{...}}` after a log prefix
  2 genai     python-genai traceback ending in `ClientError: 429 RESOURCE_EXHAUSTED. {'error': ...}`
  3 pretty    pretty-printed multi-line Google JSON after a "response body:" line
  4 go        Go `rpc error: code = ... desc = ...`
  5 java      Java `io.grpc.StatusRuntimeException: UNAVAILABLE: ...` with its stack trace
  6 escaped   JSON log line whose "msg" holds the payload as an escaped string
  7 legacy    legacy `{"error":{"code":403,...,"errors":[{"domain":...,"reason":...}]}}`

Consecutive errors are separated by at least --min-gap ordinary lines (default 1,500), so each is a
distinct occurrence. Output is deterministic for a given --seed, --size, --every and --forms.

The number of errors written is printed on stderr (`errors=N`) and, with --count-file (default
FILE.count when -o FILE is given), written to that file. --manifest writes one TSV row per error:
index, form number, form name, first line, last line (1-based, inclusive).

Speed: ordinary lines are pre-built once, in chunks of 250 lines, as bytes %-templates with the
date and hour left open. Each segment (one "hour" of log) joins one variant chunk per stretch of the
hour, is rendered with one C-level `%`, gets its error, and is written in multi-MiB chunks.
Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys

# Placeholders substituted per segment (each segment is one "hour" of log).
# ASCII and free of JSON/repr escapes, so they survive json.dumps; "~" appears nowhere else.
S_ISO, S_HOUR, S_NGX, S_GO = "~D~", "~H~", "~N~", "~G~"  # 2025-12-10, 04, 10/Dec/2025, 2025/12/10


def template(text: str) -> bytes:
    """Text with placeholders -> a bytes %-template (one C-level pass renders a whole block)."""
    return (text.replace("%", "%%").replace(S_ISO, "%(d)s").replace(S_HOUR, "%(h)s")
            .replace(S_NGX, "%(n)s").replace(S_GO, "%(g)s").encode())

FORMS = ["oneline", "genai", "pretty", "go", "java", "escaped", "legacy"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

COMPONENTS = ["http", "worker-1", "worker-2", "worker-3", "scheduler", "db", "cache", "auth",
              "billing", "search", "gemini", "indexer", "mailer", "metrics"]
PATHS = ["/api/v1/items", "/api/v1/items/{id}", "/api/v1/users/{id}", "/api/chat", "/api/v1/search",
         "/healthz", "/static/js/app.{hex}.js", "/static/css/main.{hex}.css", "/api/v1/orders",
         "/api/v1/summarize", "/login", "/favicon.ico", "/api/v1/upload", "/metrics"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
       "Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) "
       "Version/18.1 Safari/605.1.15",
       "curl/8.5.0", "kube-probe/1.30", "python-requests/2.32.3", "Go-http-client/1.1",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
       "(KHTML, like Gecko) Mobile/15E148"]
MODELS = ["gemini-2.0-flash", "gemini-2.5-flash", "gemini-2.5-pro", "gemini-2.0-flash-lite",
          "gemini-2.5-flash-lite"]


class Rng(random.Random):
    """random.Random with cheaper integer picks (Mersenne Twister floats: the same everywhere)."""

    def ri(self, a: int, b: int | None = None) -> int:
        """Like randrange(a) or randrange(a, b)."""
        if b is None:
            return int(self.random() * a)
        return a + int(self.random() * (b - a))

    def pick(self, seq):
        return seq[int(self.random() * len(seq))]


def hexs(rng: random.Random, n: int) -> str:
    return "%0*x" % (n, rng.getrandbits(4 * n))


def ts_iso(mm: int, ss: int, ms: int) -> str:
    return f"{S_ISO}T{S_HOUR}:{mm:02d}:{ss:02d}.{ms:03d}Z"


def ts_py(mm: int, ss: int, ms: int) -> str:
    return f"{S_ISO} {S_HOUR}:{mm:02d}:{ss:02d},{ms:03d}"


def ts_java(mm: int, ss: int, ms: int) -> str:
    return f"{S_ISO} {S_HOUR}:{mm:02d}:{ss:02d}.{ms:03d}"


# --------------------------------------------------------------------------- ordinary entries


def e_plain(rng, mm, ss, ms):
    comp = rng.pick(COMPONENTS)
    kind = rng.ri(8)
    if kind == 0:
        msg = f"processed batch id={rng.ri(10**6)} items={rng.ri(1, 500)} in {rng.ri(2, 900)}ms"
    elif kind == 1:
        msg = f"POST /v1/summarize rid={hexs(rng, 8)} user=u_{rng.ri(10000)} in_tokens={rng.ri(100, 9000)}"
    elif kind == 2:
        msg = f"-> models/{rng.pick(MODELS)}:generateContent rid={hexs(rng, 8)} attempt=1"
    elif kind == 3:
        msg = f"<- 200 OK rid={hexs(rng, 8)} {rng.ri(80, 4000)}ms out_tokens={rng.ri(10, 2000)}"
    elif kind == 4:
        msg = f"flushed {rng.ri(1, 80)} series to statsd in {rng.ri(1, 20)}ms"
    elif kind == 5:
        msg = f"session {hexs(rng, 4)} refreshed, expires_in=3599"
    elif kind == 6:
        msg = f"connection pool stats: active={rng.ri(0, 32)} idle={rng.ri(0, 32)} waiting=0"
    else:
        msg = f"job {rng.ri(10**5)} finished status=done duration={rng.ri(1, 600)}s"
    level = "INFO " if kind != 2 else "DEBUG"
    return [f"{ts_iso(mm, ss, ms)} {level} [{comp}] {msg}"]


def e_nginx(rng, mm, ss, ms):
    ip = f"10.{rng.ri(256)}.{rng.ri(256)}.{rng.ri(1, 255)}"
    method = rng.pick(["GET", "GET", "GET", "POST", "POST", "PUT", "DELETE"])
    path = rng.pick(PATHS).replace("{id}", str(rng.ri(1, 99999))).replace("{hex}", hexs(rng, 8))
    if rng.random() < 0.3 and method == "GET":
        path += f"?page={rng.ri(1, 40)}&limit=50"
    r = rng.random()
    status = 200 if r < 0.86 else 304 if r < 0.91 else 201 if r < 0.94 else 404 if r < 0.97 else \
        rng.pick([400, 401, 403, 429, 499, 500, 502, 503, 504])
    size = rng.ri(0, 60000) if status != 304 else 0
    return [f'{ip} - - [{S_NGX}:{S_HOUR}:{mm:02d}:{ss:02d} +0000] "{method} {path} HTTP/1.1" {status} '
            f'{size} "-" "{rng.pick(UAS)}" {rng.ri(1, 3000) / 1000:.3f}']


def e_json(rng, mm, ss, ms):
    kind = rng.ri(5)
    rid = f"req_{hexs(rng, 6)}"
    if kind == 0:
        d = {"ts": "", "level": "info", "msg": "request done", "status": 200, "code": "OK",
             "method": rng.pick(["GET", "POST"]), "path": rng.pick(PATHS[:5]).replace("{id}", str(rng.ri(999))),
             "duration_ms": rng.ri(1, 900), "request_id": rid}
    elif kind == 1:
        d = {"ts": "", "level": "info", "msg": "grpc call", "grpc.service": "acme.search.v1.Search",
             "grpc.method": rng.pick(["Query", "Suggest", "Index"]), "grpc.code": "OK",
             "duration_ms": rng.ri(1, 90)}
    elif kind == 2:
        d = {"ts": "", "level": "debug", "logger": "llm", "msg": f"calling {rng.pick(MODELS)}",
             "request_id": rid, "prompt_tokens": rng.ri(10, 60000), "stream": rng.random() < 0.5}
    elif kind == 3:
        d = {"ts": "", "level": "info", "logger": "llm", "msg": "upstream request ok", "request_id": rid,
             "attempt": 1, "http_status": 200, "output_tokens": rng.ri(1, 4000),
             "finishReason": "STOP"}
    else:
        d = {"ts": "", "level": "info", "msg": "cache stats", "hits": rng.ri(10**5),
             "misses": rng.ri(10**4), "evictions": rng.ri(100), "errors": 0}
    d["ts"] = ts_iso(mm, ss, ms)
    return [json.dumps(d, separators=(",", ":"))]


def e_warn(rng, mm, ss, ms):
    """Lines that say "error" (or quota/status words) without being API errors."""
    kind = rng.ri(9)
    if kind == 0:
        return [f"{ts_py(mm, ss, ms)} WARN  pool: retrying connection, error count={rng.ri(0, 3)}"]
    if kind == 1:
        return [f"{ts_iso(mm, ss, ms)} INFO  [metrics] error_rate={rng.ri(0, 5) / 100:.2f} "
                f"p99_ms={rng.ri(50, 900)} rps={rng.ri(10, 2000)}"]
    if kind == 2:
        return [f'time={ts_iso(mm, ss, ms)} level=WARN msg="slow query" error=null '
                f'duration_ms={rng.ri(500, 5000)} table=orders']
    if kind == 3:
        return [json.dumps({"ts": ts_iso(mm, ss, ms), "level": "warn", "msg": "upstream retry",
                            "error": "connection reset by peer", "attempt": rng.ri(1, 4),
                            "upstream": "search-svc"}, separators=(",", ":"))]
    if kind == 4:
        return [f"{ts_iso(mm, ss, ms)} WARN  [gemini] rid={hexs(rng, 8)} retry budget ok, errors_last_min=0"]
    if kind == 5:
        return [f"{ts_py(mm, ss, ms)} ERROR worker: failed to parse upload: unexpected EOF "
                f"file=report-{rng.ri(999)}.csv line={rng.ri(1, 5000)}"]
    if kind == 6:
        return [json.dumps({"ts": ts_iso(mm, ss, ms), "level": "error", "msg": "session token expired",
                            "request_id": f"req_{hexs(rng, 6)}", "user": f"u_{rng.ri(10000)}"},
                           separators=(",", ":"))]
    if kind == 7:
        return [f"{ts_iso(mm, ss, ms)} INFO  [llm] error counters (last 24h): OK={rng.ri(9999)} "
                f"retried={rng.ri(9)} failed=0"]
    return [f"{ts_py(mm, ss, ms)} WARN  billing: export limit reached for user=u_{rng.ri(10000)} "
            f"plan=free exports_today=100/100"]


def e_stack(rng, mm, ss, ms):
    """Non-API stack traces: a Java exception or a Python traceback."""
    if rng.random() < 0.5:
        n = rng.ri(1000, 9999)
        exc = rng.pick([
            f"java.lang.IllegalStateException: cart {n} is locked by another session",
            "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null",
            f"java.net.SocketTimeoutException: Read timed out after {rng.ri(1, 60)}000 ms",
        ])
        lines = [f"{ts_java(mm, ss, ms)} ERROR 41823 --- [nio-8080-exec-{rng.ri(1, 10)}] "
                 f"c.e.shop.web.CartController            : request failed for cart {n}", exc]
        frames = ["com.example.shop.cart.CartService.update(CartService.java:142)",
                  "com.example.shop.web.CartController.put(CartController.java:77)",
                  "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                  "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
                  "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)",
                  "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
                  "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
                  "java.base/java.lang.Thread.run(Thread.java:1583)"]
        return lines + ["\tat " + f for f in frames[: rng.ri(4, len(frames) + 1)]]
    exc = rng.pick([f"KeyError: 'user_{rng.ri(999)}'",
                      "ConnectionResetError: [Errno 104] Connection reset by peer",
                      "ValueError: invalid literal for int() with base 10: 'n/a'"])
    return [f"{ts_py(mm, ss, ms)} ERROR worker: job {rng.ri(10**5)} crashed",
            "Traceback (most recent call last):",
            '  File "/app/worker.py", line 88, in run_job',
            "    result = handler(job.payload)",
            '  File "/app/handlers/export.py", line 41, in handle',
            "    row = rows[key]",
            exc]


ENTRY_KINDS = [(e_plain, 32), (e_nginx, 26), (e_json, 26), (e_warn, 10), (e_stack, 1)]


CHUNK_LINES = 250  # ordinary lines are pre-built in chunks of about this many lines


def build_chunk(rng: random.Random, n_lines: int, sec_lo: int, sec_hi: int):
    """About n_lines ordinary lines whose times rise from sec_lo to sec_hi seconds into the hour.

    Returns (template, ends) where ends[i] = (byte offset, line count) after entry i."""
    fns = [f for f, w in ENTRY_KINDS for _ in range(w)]
    parts: list[bytes] = []
    ends: list[tuple[int, int]] = []
    nbytes = 0
    nl = 0
    while nl < n_lines:
        sec = sec_lo + ((sec_hi - sec_lo) * nl) // n_lines
        lines = rng.pick(fns)(rng, sec // 60, sec % 60, rng.ri(1000))
        text = template("\n".join(lines) + "\n")
        parts.append(text)
        nbytes += len(text)
        nl += len(lines)
        ends.append((nbytes, nl))
    return b"".join(parts), ends


# --------------------------------------------------------------------------- API error forms


def quota_message(metric: str, limit: int, model: str, delay: float) -> str:
    return ("You exceeded your current quota, please check your plan and billing details. For more "
            "information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. "
            "To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. \n"
            f"* Quota exceeded for metric: {metric}, limit: {limit}, model: {model}\n"
            f"Please retry in {delay:.9f}s.")


def f_oneline(rng):
    model = rng.pick(MODELS)
    code, status, msg = rng.pick([
        (429, "RESOURCE_EXHAUSTED", "Resource exhausted. Please try again later."),
        (429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."),
        (503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
        (500, "INTERNAL", "An internal error has occurred. Please retry or report in "
                          "https://developers.generativeai.google/guide/troubleshooting"),
        (400, "INVALID_ARGUMENT", f"The input token count ({rng.ri(1048577, 2000000)}) exceeds "
                                  "the maximum number of tokens allowed (1048576)."),
        (404, "NOT_FOUND", "models/gemini-1.0-pro is not found for API version v1beta, or is not "
                           "supported for generateContent. Call ListModels to see the list of "
                           "available models and their supported methods."),
    ])
    body = json.dumps({"error": {"code": code, "message": msg, "status": status}},
                      separators=(",", ":"))
    return [f"{ts_iso(0, 0, rng.ri(1000))} ERROR [gemini] rid={hexs(rng, 8)} "
            f"models/{model}:generateContent failed status={code} body={body}"]


def f_genai(rng):
    model, per_min, per_day = rng.pick([("gemini-2.0-flash", 15, 200), ("gemini-2.5-flash", 10, 250),
                                          ("gemini-2.5-pro", 5, 100), ("gemini-2.0-flash-lite", 30, 200)])
    daily = rng.random() < 0.3
    metric = "generativelanguage.googleapis.com/generate_content_free_tier_requests"
    qid = ("GenerateRequestsPerDayPerProjectPerModel-FreeTier" if daily
           else "GenerateRequestsPerMinutePerProjectPerModel-FreeTier")
    limit = per_day if daily else per_min
    delay = rng.ri(2, 59) + rng.random()
    details = [{"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                "violations": [{"quotaMetric": metric, "quotaId": qid,
                                "quotaDimensions": {"location": "global", "model": model},
                                "quotaValue": str(limit)}]},
               {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": f"{int(delay)}s"}]
    if rng.random() < 0.5:
        details.insert(0, {"@type": "type.googleapis.com/google.rpc.Help",
                           "links": [{"description": "Learn more about Gemini API quotas",
                                      "url": "https://ai.google.dev/gemini-api/docs/rate-limits"}]})
    payload = {"error": {"code": 429, "message": quota_message(metric, limit, model, delay),
                         "status": "RESOURCE_EXHAUSTED", "details": details}}
    site = "/app/.venv/lib/python3.12/site-packages/google/genai"
    return [f"{ts_py(0, 0, rng.ri(1000))} ERROR worker: batch {rng.ri(10**5)} failed",
            "Traceback (most recent call last):",
            '  File "/app/worker.py", line 88, in run_batch',
            "    resp = client.models.generate_content(model=MODEL, contents=parts)",
            f'  File "{site}/models.py", line 5971, in generate_content',
            "    response = self._generate_content(",
            f'  File "{site}/models.py", line 4877, in _generate_content',
            "    response = self._api_client.request(",
            f'  File "{site}/_api_client.py", line 1290, in request',
            "    response = self._request(http_request, http_options, stream=False)",
            f'  File "{site}/_api_client.py", line 1126, in _request',
            "    errors.APIError.raise_for_response(response)",
            f'  File "{site}/errors.py", line 108, in raise_for_response',
            "    raise ClientError(status_code, response_json, response)",
            f"google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {payload!r}"]


def f_pretty(rng):
    model = rng.pick(MODELS)
    code, status, msg = rng.pick([
        (503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
        (503, "UNAVAILABLE", "The service is currently unavailable."),
        (500, "INTERNAL", "Internal error encountered."),
        (504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete."),
        (429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."),
    ])
    body = json.dumps({"error": {"code": code, "message": msg, "status": status}}, indent=2)
    return [f"{ts_py(0, 0, rng.ri(1000))} ERROR http_client: POST "
            f"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent "
            "failed, response body:"] + body.split("\n")


def f_go(rng):
    n = rng.ri(10**4)
    err = rng.pick([
        "rpc error: code = ResourceExhausted desc = Quota exceeded for quota metric 'Requests' and "
        "limit 'Requests per minute' of service 'aiplatform.googleapis.com' for consumer "
        "'project_number:123456789012'.",
        "rpc error: code = ResourceExhausted desc = Quota exceeded for quota metric "
        "'Generate Content API requests per minute' and limit 'GenerateContent request limit per "
        "minute for a region' of service 'generativelanguage.googleapis.com' for consumer "
        "'project_number:123456789012'.",
        "rpc error: code = Unavailable desc = The service is currently unavailable.",
        f"rpc error: code = DeadlineExceeded desc = Deadline Exceeded",
        "rpc error: code = PermissionDenied desc = Permission 'aiplatform.endpoints.predict' denied "
        "on resource '//aiplatform.googleapis.com/projects/123456789012/locations/us-central1/"
        f"publishers/google/models/{rng.pick(MODELS)}' (or it may not exist).",
    ])
    if rng.random() < 0.5:
        return [f"{S_GO} {S_HOUR}:00:{rng.ri(60):02d} indexer: embed batch {n}: {err}"]
    return [f'time={ts_iso(0, 0, rng.ri(1000))} level=ERROR msg="embed batch failed" '
            f'batch={n} err="{err}"']


def f_java(rng):
    head = rng.pick([
        "io.grpc.StatusRuntimeException: UNAVAILABLE: The service is currently unavailable.",
        "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
        f"io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after "
        f"{rng.ri(9, 60)}.{rng.ri(10**9):09d}s.",
        "io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: Quota exceeded for "
        "aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model "
        f"with base model: {rng.pick(MODELS)}. Please submit a quota increase request. "
        "https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.",
    ])
    frames = ["io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)",
              "io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:249)",
              "io.grpc.stub.ClientCalls.blockingUnaryCall(ClientCalls.java:167)",
              "com.google.cloud.aiplatform.v1.PredictionServiceGrpc$PredictionServiceBlockingStub"
              ".generateContent(PredictionServiceGrpc.java:1398)",
              "com.example.search.EmbeddingClient.embed(EmbeddingClient.java:88)",
              "com.example.search.IndexJob.run(IndexJob.java:54)",
              "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
              "java.base/java.lang.Thread.run(Thread.java:1583)"]
    return ([f"{ts_java(0, 0, rng.ri(1000))} ERROR 41823 --- [pool-3-thread-{rng.ri(1, 9)}] "
             f"c.e.search.EmbeddingClient               : generateContent failed (attempt 3/3)", head]
            + ["\tat " + f for f in frames])


def f_escaped(rng):
    code, status, msg = rng.pick([
        (403, "PERMISSION_DENIED", "Permission denied"),
        (403, "PERMISSION_DENIED", "Permission denied on resource project acme-prod-"
                                   f"{rng.ri(100, 999)}."),
        (401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 "
                                 "access token, login cookie or other valid authentication credential. "
                                 "See https://developers.google.com/identity/sign-in/web/devconsole-project."),
        (400, "FAILED_PRECONDITION", "User location is not supported for the API use."),
        (400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key."),
    ])
    inner = json.dumps({"error": {"code": code, "message": msg, "status": status}},
                       separators=(",", ":"))
    line = {"ts": ts_iso(0, 0, rng.ri(1000)), "level": "error", "logger": "llm", "msg": inner,
            "request_id": f"req_{hexs(rng, 6)}"}
    return [json.dumps(line, separators=(",", ":"))]


def f_legacy(rng):
    code, msg, domain, reason = rng.pick([
        (403, "Daily Limit Exceeded", "usageLimits", "dailyLimitExceeded"),
        (403, "User Rate Limit Exceeded", "usageLimits", "userRateLimitExceeded"),
        (403, "Rate Limit Exceeded", "usageLimits", "rateLimitExceeded"),
        (403, "The request cannot be completed because you have exceeded your quota.", "youtube.quota",
         "quotaExceeded"),
        (401, "Invalid Credentials", "global", "authError"),
    ])
    item = {"domain": domain, "reason": reason, "message": msg}
    if reason == "authError":
        item.update(locationType="header", location="Authorization")
    body = json.dumps({"error": {"code": code, "message": msg, "errors": [item]}},
                      separators=(",", ":"))
    api = rng.pick(["sheets_sync: values.get", "drive_sync: files.list", "yt_stats: videos.list",
                      "cal_sync: events.list"])
    return [f"[{ts_py(0, 0, rng.ri(1000))}] ERROR {api} failed: {body}"]


FORM_FNS = [f_oneline, f_genai, f_pretty, f_go, f_java, f_escaped, f_legacy]


# --------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=float, default=256, help="output size in MiB (default 256)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    ap.add_argument("--count-file", help="write the number of errors here (default: OUTPUT.count)")
    ap.add_argument("--manifest", help="write one TSV row per error: index, form, name, first line, last line")
    ap.add_argument("--every", type=int, default=2000, help="average lines per error (default 2000)")
    ap.add_argument("--min-gap", type=int, default=1500,
                    help="minimum ordinary lines between two errors (default 1500)")
    ap.add_argument("--forms", default="1,2,3,4,5,6,7",
                    help="comma-separated form numbers to rotate through (default all: " +
                         ", ".join(f"{i + 1}={n}" for i, n in enumerate(FORMS)) + ")")
    ap.add_argument("--variants", type=int, default=4,
                    help=f"pre-built variants of each {CHUNK_LINES}-line stretch of ordinary lines (default 4)")
    a = ap.parse_args()

    forms = [int(x) for x in a.forms.split(",") if x.strip()]
    if not forms or any(f < 1 or f > len(FORMS) for f in forms):
        ap.error(f"--forms takes numbers 1..{len(FORMS)}")
    if a.min_gap < 1 or a.every < a.min_gap:
        ap.error("need 1 <= --min-gap <= --every")
    gap_lo, gap_hi = a.min_gap, max(a.min_gap, 2 * a.every - a.min_gap)
    target = int(a.size * 1024 * 1024)

    rng = Rng(a.seed)
    # chunks[p][v]: variant v of the p-th stretch of an hour; a segment's ordinary lines are one
    # variant of each stretch in turn (variants ** stretches different segments).
    n_pos = gap_hi // CHUNK_LINES + 1
    chunks = [[build_chunk(Rng(rng.getrandbits(64)), CHUNK_LINES, 3 + 3590 * p // n_pos,
                           3 + 3590 * (p + 1) // n_pos) for _ in range(a.variants)]
              for p in range(n_pos)]

    out = sys.stdout.buffer if a.output == "-" else open(a.output, "wb")
    count_file = a.count_file or (a.output + ".count" if a.output != "-" else None)
    manifest = open(a.manifest, "w") if a.manifest else None

    day0 = dt.date(2025, 12, 10)
    written = 0
    lines = 0
    n_err = 0
    per_form = [0] * len(FORMS)
    chunk: list[bytes] = []
    chunk_len = 0
    seg = 0

    def ordinary_lines(want: int) -> tuple[bytes, int]:
        """A template of at least `want` ordinary lines (whole entries), and its line count."""
        parts = []
        n = 0
        for pos in chunks:
            data, ends = pos[rng.ri(len(pos))]
            if n + ends[-1][1] < want:
                parts.append(data)
                n += ends[-1][1]
                continue
            lo, hi = 0, len(ends) - 1  # first entry boundary reaching `want`
            while lo < hi:
                mid = (lo + hi) // 2
                if n + ends[mid][1] >= want:
                    hi = mid
                else:
                    lo = mid + 1
            parts.append(data[: ends[lo][0]])
            n += ends[lo][1]
            break
        return b"".join(parts), n

    def values(seg: int) -> dict[bytes, bytes]:
        day = day0 + dt.timedelta(days=seg // 24)
        return {b"d": day.isoformat().encode(), b"h": b"%02d" % (seg % 24),
                b"n": f"{day.day:02d}/{MONTHS[day.month - 1]}/{day.year}".encode(),
                b"g": f"{day.year}/{day.month:02d}/{day.day:02d}".encode()}

    try:
        while written < target:
            vals = values(seg)
            tmpl, n_ord = ordinary_lines(rng.ri(gap_lo, gap_hi + 1))
            ordinary = tmpl % vals
            err = b""
            form = 0
            if seg > 0:  # the log opens with ordinary lines; then error, ordinary, error, ...
                form = forms[n_err % len(forms)]
                err = template("\n".join(FORM_FNS[form - 1](rng)) + "\n") % vals
            room = target - written
            if len(err) + len(ordinary) > room:
                # last, partial segment: ordinary lines only, cut at a line end
                err = b""
                ordinary = ordinary[: ordinary.rfind(b"\n", 0, room) + 1]
                if not ordinary:
                    break
                n_ord = ordinary.count(b"\n")
            if err:
                n_err += 1
                per_form[form - 1] += 1
                n = err.count(b"\n")
                if manifest:
                    manifest.write(f"{n_err}\t{form}\t{FORMS[form - 1]}\t{lines + 1}\t{lines + n}\n")
                lines += n
            lines += n_ord
            for piece in (err, ordinary):
                if piece:
                    chunk.append(piece)
                    chunk_len += len(piece)
            written += len(err) + len(ordinary)
            if chunk_len >= 8 << 20:
                out.write(b"".join(chunk))
                chunk, chunk_len = [], 0
            seg += 1
        if chunk:
            out.write(b"".join(chunk))
        out.flush()
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly, and keep Python's exit flush quiet too
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        return 1
    finally:
        if manifest:
            manifest.close()
        if a.output != "-":
            out.close()

    if count_file:
        with open(count_file, "w") as f:
            f.write(f"{n_err}\n")
    summary = " ".join(f"{FORMS[i]}={c}" for i, c in enumerate(per_form) if c)
    print(f"errors={n_err} bytes={written} lines={lines} ({summary})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
