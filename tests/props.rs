//! Property tests over the scan → parse → normalise pipeline ([`apierr::Stream`]).
//!
//! - no input, however it is split into chunks and paused, makes the stream panic;
//! - every occurrence lies within the input;
//! - splitting the input into chunks (without pauses) does not change what is found;
//! - a known payload placed on its own line among ordinary log lines is found exactly once, at
//!   its line, with its fields.
//!
//! The case counts keep the whole binary well under 30 s on two cores in a debug build.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use apierr::model::{Code, Occurrence};
use apierr::stream::Stream;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// The system allocator with a cap on live memory, so that a runaway (an input the parser
/// loops on while allocating) fails this binary in a second instead of exhausting the machine.
struct Capped;

/// No input here needs more than a few MiB; the cap leaves room for parallel tests.
const MEMORY_CAP: usize = 1 << 30;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static REPORTED: AtomicBool = AtomicBool::new(false);

fn over_cap(size: usize) -> bool {
    if LIVE.fetch_add(size, Ordering::Relaxed) + size <= MEMORY_CAP {
        return false;
    }
    LIVE.fetch_sub(size, Ordering::Relaxed);
    if !REPORTED.swap(true, Ordering::Relaxed) {
        // Stderr is unbuffered: this writes without allocating.
        let _ = std::io::stderr().write_all(
            b"props: over the 1 GiB memory cap: apierr ran away on some input (the allocation fails and aborts)\n",
        );
    }
    true
}

// SAFETY: forwards to `System`, only refusing allocations over the cap (a null return, which
// the `GlobalAlloc` contract allows).
unsafe impl GlobalAlloc for Capped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if over_cap(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller upholds `alloc`'s contract.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if over_cap(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller upholds `alloc_zeroed`'s contract.
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let grow = new_size.saturating_sub(layout.size());
        if grow > 0 && over_cap(grow) {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller upholds `realloc`'s contract.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            LIVE.fetch_sub(grow, Ordering::Relaxed);
        } else if new_size < layout.size() {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Capped = Capped;

/// Runs the input through a stream, `chunks` giving the chunk sizes (cycled) and `pauses` whether
/// the input pauses (`idle`) after each chunk (cycled).
fn scan_chunked(text: &[u8], chunks: &[usize], pauses: &[bool]) -> Vec<Occurrence> {
    let mut s = Stream::new("props".into());
    let mut out = Vec::new();
    let mut rest = text;
    let mut i = 0;
    while !rest.is_empty() {
        let n = chunks
            .get(i % chunks.len().max(1))
            .copied()
            .unwrap_or(rest.len())
            .clamp(1, rest.len());
        let (chunk, tail) = rest.split_at(n);
        s.feed(chunk);
        out.extend(std::iter::from_fn(|| s.next()));
        if !pauses.is_empty() && pauses[i % pauses.len()] {
            s.idle();
            out.extend(std::iter::from_fn(|| s.next()));
        }
        rest = tail;
        i += 1;
    }
    s.finish();
    out.extend(std::iter::from_fn(|| s.next()));
    out
}

fn scan_whole(text: &[u8]) -> Vec<Occurrence> {
    scan_chunked(text, &[], &[])
}

/// The number of lines of a text: a final line without a newline counts, the empty "line" after
/// a final newline does not.
fn line_count(text: &[u8]) -> u64 {
    let newlines = text.iter().filter(|&&b| b == b'\n').count() as u64;
    newlines + u64::from(!text.is_empty() && !text.ends_with(b"\n"))
}

fn check_lines(text: &[u8], occs: &[Occurrence]) -> Result<(), TestCaseError> {
    let lines = line_count(text);
    for o in occs {
        prop_assert!(
            1 <= o.line && o.line <= o.end_line && o.end_line <= lines,
            "occurrence at lines {}..={} of an input of {} lines",
            o.line,
            o.end_line,
            lines
        );
    }
    Ok(())
}

/// Pieces that steer arbitrary text toward what the scanner and the parsers look at.
const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "\"",
    "'",
    "\\",
    "\\\"",
    "\\n",
    ":",
    ",",
    "=",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\n    ",
    "\u{1b}[31m",
    "...",
    "…",
    "ï¿½",
    "\u{202e}",
    "error",
    "Error",
    "ERROR",
    "Exception",
    "\"error\"",
    "{'error':",
    "{\"error\":",
    "\"code\"",
    "'code'",
    "\"status\"",
    "'status'",
    "\"message\"",
    "'message'",
    "\"details\"",
    "\"errors\"",
    "\"reason\"",
    "\"metadata\"",
    "\"retryDelay\"",
    "\"violations\"",
    "\"quotaMetric\"",
    "\"quotaId\"",
    "\"quotaValue\"",
    "\"quotaDimensions\"",
    "\"links\"",
    "\"@type\"",
    "'@type'",
    "type.googleapis.com/google.rpc.",
    "type.googleapis.com/google.rpc.RetryInfo",
    "type.googleapis.com/google.rpc.QuotaFailure",
    "type.googleapis.com/google.rpc.ErrorInfo",
    "type.googleapis.com/google.rpc.Help",
    "RESOURCE_EXHAUSTED",
    "UNAVAILABLE",
    "PERMISSION_DENIED",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "INTERNAL",
    "ResourceExhausted",
    "resource-exhausted",
    "StatusCode.RESOURCE_EXHAUSTED",
    "rpc error: code = ",
    "desc = ",
    "StatusRuntimeException",
    "io.grpc.StatusRuntimeException: ",
    "Status(StatusCode=",
    "Quota exceeded",
    "Quota exceeded for metric: ",
    "Please retry in ",
    "retry_delay {",
    "seconds: ",
    "details = \"",
    "googleapi: Error 429: ",
    "ClientError: 429 RESOURCE_EXHAUSTED. ",
    "Traceback (most recent call last):",
    "The above exception was the direct cause of the following exception:",
    "  File \"x.py\", line 3, in f",
    "    at f (x.js:1:2)",
    "429",
    "503",
    "8",
    "-1",
    "99999999999999999999",
    "1e308",
    "38s",
    "14.347159481s",
    "null",
    "None",
    "true",
    "2024-05-06T07:08:09Z ",
    "[2024-05-06 07:08:09,123] ",
    "model",
    "gemini-2.0-flash",
    "free_tier",
    "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
    "map[",
    "[map[",
    "Details: [map[@type:type.googleapis.com/google.rpc.RetryInfo retryDelay:14s]]",
    "Error 429, Message: ",
];

/// Text made of [`PIECES`] and some arbitrary characters.
fn biased_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-z0-9 ]{1,12}",
    ];
    proptest::collection::vec(piece, 0..300).prop_map(|v| v.concat())
}

/// Chunk sizes (cycled): mostly small, so that chunk edges land inside lines and payloads.
fn chunking() -> impl Strategy<Value = Vec<usize>> {
    proptest::collection::vec(
        prop_oneof![3 => 1usize..8, 2 => 8usize..200, 1 => 200usize..5000],
        1..16,
    )
}

fn pausing() -> impl Strategy<Value = Vec<bool>> {
    proptest::collection::vec(proptest::bool::weighted(0.2), 0..8)
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        // PROPTEST_CASES=10000 cargo test --test props: a longer hunt.
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(cases),
        // Failures found so far are kept as plain tests below, readable by anyone.
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..4096),
        chunks in chunking(),
        pauses in pausing(),
    ) {
        let occs = scan_chunked(&bytes, &chunks, &pauses);
        check_lines(&bytes, &occs)?;
    }

    #[test]
    fn biased_text_never_panics_and_stays_in_the_input(
        text in biased_text(),
        chunks in chunking(),
        pauses in pausing(),
    ) {
        let occs = scan_chunked(text.as_bytes(), &chunks, &pauses);
        check_lines(text.as_bytes(), &occs)?;
    }

    #[test]
    fn chunking_without_pauses_changes_nothing(
        text in biased_text(),
        chunks in chunking(),
    ) {
        let whole = scan_whole(text.as_bytes());
        check_lines(text.as_bytes(), &whole)?;
        let chunked = scan_chunked(text.as_bytes(), &chunks, &[]);
        prop_assert_eq!(summary(&whole), summary(&chunked));
        prop_assert_eq!(whole, chunked);
    }
}

/// `(line, end_line, http, status, message)`: what a failure message shows of an occurrence.
type Summary = (u64, u64, Option<u16>, Option<Code>, Option<String>);

fn summary(occs: &[Occurrence]) -> Vec<Summary> {
    occs.iter()
        .map(|o| {
            (
                o.line,
                o.end_line,
                o.error.http,
                o.error.status,
                o.error.message.clone(),
            )
        })
        .collect()
}

/// Words of ordinary log lines: no trigger (`error`, `Exception`, the status names, …), no
/// brackets or quotes; some look like fields an error has (`status`, `code`, `retry`).
const WORDS: &[&str] = &[
    "alpha",
    "beta",
    "gamma",
    "delta",
    "worker",
    "started",
    "stopped",
    "request",
    "served",
    "cache",
    "hit",
    "miss",
    "user",
    "id",
    "ok",
    "done",
    "job",
    "queue",
    "took",
    "ms",
    "bytes",
    "GET",
    "POST",
    "/v1/items",
    "host",
    "port",
    "status",
    "code",
    "retry",
    "message",
    "model",
    "limit",
    "quota",
    "info",
    "INFO",
    "DEBUG",
    "warn",
    "WARN",
    "level=info",
    "path=/health",
    "latency=12ms",
    "-",
    ":",
    "=",
    "|",
    "->",
    "#",
    "@",
    "200",
    "429",
    "503",
    "8",
    "3.5",
    "v2",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(WORDS).prop_map(str::to_owned),
        1 => (0u32..100_000).prop_map(|n| n.to_string()),
        1 => "[a-z]{1,10}",
    ]
}

fn timestamp() -> impl Strategy<Value = String> {
    (
        2000u32..2100,
        1u32..13,
        1u32..29,
        0u32..24,
        0u32..60,
        0u32..60,
        0u32..1000,
    )
        .prop_map(|(y, mo, d, h, mi, s, ms)| {
            format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}.{ms:03}")
        })
}

/// An ordinary log line: optionally indented or a timestamp, then words.
fn ordinary_line() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            6 => Just(String::new()),
            3 => timestamp().prop_map(|ts| ts + " "),
            1 => Just("    ".to_owned()),
        ],
        proptest::collection::vec(word(), 0..10),
    )
        .prop_map(|(prefix, words)| prefix + &words.join(" "))
}

/// What a logger may put before the payload on its line.
const PAYLOAD_PREFIXES: &[&str] = &[
    "",
    "",
    "",
    "2024-05-06T07:08:09Z ",
    "[2024-05-06 07:08:09,123] ",
    "2024-05-06 07:08:09,123 WARNING ",
    "12:34:56 ",
    "level=warn msg=request failed: ",
    "response body: ",
];

/// A message made of safe words, as an API would write it.
fn message() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(WORDS), 1..8).prop_map(|w| {
        let mut m = w.join(" ");
        m.push('.');
        let mut c = m.chars();
        match c.next() {
            Some(first) => first.to_uppercase().chain(c).collect(),
            None => m,
        }
    })
}

/// `(HTTP status, canonical code)` pairs as REST payloads carry them.
const STATUSES: &[(u16, Code)] = &[
    (429, Code::ResourceExhausted),
    (503, Code::Unavailable),
    (403, Code::PermissionDenied),
    (400, Code::InvalidArgument),
    (404, Code::NotFound),
    (500, Code::Internal),
    (504, Code::DeadlineExceeded),
];

#[derive(Clone, Debug)]
enum Form {
    /// A compact REST body, RetryInfo in its details.
    Json,
    /// python-genai's `ClientError`: `429 RESOURCE_EXHAUSTED. {'error': {...}}`.
    PythonRepr,
    /// The same with RetryInfo in `details`.
    PythonReprRetry,
}

#[derive(Clone, Debug)]
struct Payload {
    form: Form,
    prefix: &'static str,
    http: u16,
    code: Code,
    message: String,
    retry_s: u32,
}

impl Payload {
    fn text(&self) -> String {
        let (http, status, msg, retry) = (self.http, self.code.name(), &self.message, self.retry_s);
        let prefix = self.prefix;
        match self.form {
            Form::Json => format!(
                r#"{prefix}{{"error":{{"code":{http},"message":"{msg}","status":"{status}","details":[{{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"{retry}s"}}]}}}}"#
            ),
            Form::PythonRepr => format!(
                "{prefix}{http} {status}. {{'error': {{'code': {http}, 'message': '{msg}', 'status': '{status}'}}}}"
            ),
            Form::PythonReprRetry => format!(
                "{prefix}{http} {status}. {{'error': {{'code': {http}, 'message': '{msg}', 'status': '{status}', 'details': [{{'@type': 'type.googleapis.com/google.rpc.RetryInfo', 'retryDelay': '{retry}s'}}]}}}}"
            ),
        }
    }

    fn retry(&self) -> Option<f64> {
        match self.form {
            Form::Json | Form::PythonReprRetry => Some(f64::from(self.retry_s)),
            Form::PythonRepr => None,
        }
    }
}

fn payload() -> impl Strategy<Value = Payload> {
    (
        prop_oneof![
            Just(Form::Json),
            Just(Form::PythonRepr),
            Just(Form::PythonReprRetry)
        ],
        proptest::sample::select(PAYLOAD_PREFIXES),
        proptest::sample::select(STATUSES),
        message(),
        1u32..4000,
    )
        .prop_map(|(form, prefix, (http, code), message, retry_s)| Payload {
            form,
            prefix,
            http,
            code,
            message,
            retry_s,
        })
}

/// The payload among ordinary lines: `(text, the payload's 1-based line)`.
fn log_with_payload(
    payload: &Payload,
    lines: &[String],
    at: usize,
    crlf: bool,
    final_newline: bool,
) -> (String, u64) {
    let at = at % (lines.len() + 1);
    let mut all: Vec<String> = lines.to_vec();
    all.insert(at, payload.text());
    let eol = if crlf { "\r\n" } else { "\n" };
    let mut text = all.join(eol);
    if final_newline {
        text.push_str(eol);
    }
    (text, at as u64 + 1)
}

fn check_found_once(
    payload: &Payload,
    text: &str,
    line: u64,
    occs: &[Occurrence],
) -> Result<(), TestCaseError> {
    check_lines(text.as_bytes(), occs)?;
    prop_assert_eq!(occs.len(), 1, "found {:?}", summary(occs));
    let o = &occs[0];
    let e = &o.error;
    prop_assert_eq!(o.line, line);
    prop_assert_eq!(e.http, Some(payload.http));
    prop_assert_eq!(e.status, Some(payload.code));
    prop_assert_eq!(e.message.as_deref(), Some(payload.message.as_str()));
    prop_assert_eq!(e.retry_delay.as_ref().map(|d| d.seconds), payload.retry());
    prop_assert!(!e.truncated);
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn a_payload_among_ordinary_lines_is_found_once(
        payload in payload(),
        lines in proptest::collection::vec(ordinary_line(), 0..40),
        at in any::<usize>(),
        crlf in proptest::bool::weighted(0.2),
        final_newline in any::<bool>(),
        chunks in chunking(),
        pauses in pausing(),
    ) {
        let (text, line) = log_with_payload(&payload, &lines, at, crlf, final_newline);
        let occs = scan_chunked(text.as_bytes(), &chunks, &pauses);
        check_found_once(&payload, &text, line, &occs)?;
    }
}

/// Go `%v` lists cut by a newline (a truncated go-genai `Details: [map[…` line) made
/// `parse::gomap` loop forever, pushing empty strings until memory ran out. Found by the `scan`
/// fuzz target; the whole input is in `tests/fixtures/fuzz-regressions/`.
#[test]
fn a_go_map_list_cut_by_a_newline_ends() {
    for text in [
        "RESOURCE_EXHAUSTED [map[a:b]\n",
        "Error 429 [map[a:b]\n",
        "RESOURCE_EXHAUSTED map[a:[b\n",
        "Error 429, Status: RESOURCE_EXHAUSTED, Details: [map[@type:type.googleapis.com/google.rpc.RetryInfo retryDelay:14s] map[@type:type.googleapis.com/google.rpc.\nnext line\n",
    ] {
        let occs = scan_whole(text.as_bytes());
        check_lines(text.as_bytes(), &occs).expect("lines within the input");
    }
}

/// Every input the fuzzer has found a problem with, fed whole and in small chunks.
#[test]
fn fuzz_regressions_pass() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz-regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let data = std::fs::read(&path).expect("readable regression input");
        // The fuzz target reads two bytes of settings before the text.
        let text = data.get(2..).unwrap_or_default();
        let whole = scan_whole(text);
        check_lines(text, &whole).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let chunked = scan_chunked(text, &[1, 7, 3, 64], &[]);
        assert_eq!(
            whole,
            chunked,
            "{}: chunking changed the result",
            path.display()
        );
        let paused = scan_chunked(text, &[5, 90, 2], &[false, true]);
        check_lines(text, &paused).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// Scans `text` in pieces cut at `cuts` (offsets, any order), reading `chunk` bytes at a time.
fn scan_in_pieces(text: &[u8], cuts: &[u64], chunk: usize) -> Vec<Occurrence> {
    scan_in_pieces_window(text, cuts, chunk, u64::MAX)
}

/// As [`scan_in_pieces`], a piece being met only within `sync_window` bytes of its start.
fn scan_in_pieces_window(
    text: &[u8],
    cuts: &[u64],
    chunk: usize,
    sync_window: u64,
) -> Vec<Occurrence> {
    let mut cuts: Vec<u64> = cuts.iter().map(|c| c % (text.len() as u64 + 1)).collect();
    cuts.sort_unstable();
    let options = apierr::split::Options {
        chunk,
        min_split: Some(0),
        cuts: Some(cuts),
        sync_window,
    };
    let mut out = Vec::new();
    let result = apierr::split::scan("props".into(), text, 0..text.len() as u64, options, |o| {
        out.push(o);
        Ok::<(), ()>(())
    });
    assert!(result.is_ok(), "an in-memory scan cannot fail");
    out
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn scanning_in_pieces_changes_nothing(
        text in biased_text(),
        cuts in proptest::collection::vec(any::<u64>(), 1..6),
        chunk in 1usize..5000,
        sync_window in prop_oneof![Just(u64::MAX), 0u64..4000],
    ) {
        let bytes = text.as_bytes();
        let whole = scan_whole(bytes);
        let halves = scan_in_pieces_window(bytes, &cuts, chunk, sync_window);
        prop_assert_eq!(summary(&whole), summary(&halves));
        prop_assert_eq!(whole, halves);
    }

    #[test]
    fn a_log_scanned_in_pieces_is_the_same_log(
        payloads in proptest::collection::vec(payload(), 1..6),
        lines in proptest::collection::vec(ordinary_line(), 0..60),
        cuts in proptest::collection::vec(any::<u64>(), 1..6),
        chunk in 1usize..3000,
        sync_window in prop_oneof![Just(u64::MAX), 0u64..4000],
    ) {
        let mut all: Vec<String> = lines;
        for (i, p) in payloads.iter().enumerate() {
            let n = all.len();
            all.insert((i * 7919) % (n + 1), p.text());
        }
        let text = all.join("\n");
        let whole = scan_whole(text.as_bytes());
        let halves = scan_in_pieces_window(text.as_bytes(), &cuts, chunk, sync_window);
        prop_assert_eq!(summary(&whole), summary(&halves));
        prop_assert_eq!(whole, halves);
    }
}

/// Every fixture the tests know, one after another, cut at many points: the output is the
/// output of one scan from start to end.
#[test]
fn every_fixture_scanned_in_pieces_is_scanned_as_one() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    let mut todo = vec![dir];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).expect("fixtures dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                todo.push(path);
            } else if !path.to_string_lossy().contains("fuzz-regressions") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut text = Vec::new();
    for f in &files {
        text.extend(std::fs::read(f).expect("fixture"));
        text.push(b'\n');
    }
    let whole = scan_whole(&text);
    assert!(whole.len() > 100, "only {} occurrences", whole.len());
    let step = (text.len() / 100).max(1);
    for at in (0..text.len()).step_by(step) {
        // Two pieces cut here, and four with cuts spread from here.
        let halves = scan_in_pieces(&text, &[at as u64], 4096);
        let spread = [at as u64, at as u64 * 7, at as u64 * 13];
        // A window smaller than a piece: pieces stop reporting sync points part way.
        let quarters = scan_in_pieces_window(&text, &spread, 4096, 16 * 1024);
        if whole != quarters {
            let w = summary(&whole);
            let q = summary(&quarters);
            let i = w
                .iter()
                .zip(&q)
                .position(|(a, b)| a != b)
                .unwrap_or(w.len().min(q.len()));
            panic!(
                "cut at {spread:?} (len {}): {} vs {} occurrences, first difference at {i}: {:?} vs {:?}",
                text.len(),
                w.len(),
                q.len(),
                w.get(i),
                q.get(i)
            );
        }
        assert!(
            whole == halves,
            "cut at {at}: {:?}\nvs {:?}",
            summary(&whole).len(),
            summary(&halves).len()
        );
    }
}
