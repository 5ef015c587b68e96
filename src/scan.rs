//! Finds the regions of a byte stream that may hold an API error, fast, as the bytes arrive.
//!
//! Almost every line of a log is not an error, so the scanner looks only for literal triggers
//! (`error`, `Exception`, the canonical status names, `@type`, …) with one Aho-Corasick pass over
//! what has been read, and skips the text between them untouched. Around a trigger it works out
//! the region's extent:
//!
//! - it backtracks a bounded window to see whether the trigger sits inside a structure opened on an
//!   earlier line (a pretty-printed payload whose first line is a lone `{`);
//! - it follows brackets forward, string-aware (a `}` inside a message does not close anything),
//!   until they balance, a line stops looking like part of a structure, or a size cap is reached;
//! - it takes the indented lines that follow (stack frames, `details = "…"`, YAML details).
//!
//! After a region it watches the following lines: when only traceback glue (indented frames,
//! "The above exception was the direct cause…") separates it from the next region, that region is
//! marked `glued`, so that one error printed twice by an exception chain can count once. The
//! first ordinary line emits `Event::Break`, which lets later stages finalise what they hold.
//!
//! The scanner never decodes or copies bytes it skips, and keeps only a small window of them for
//! backtracking, so memory stays flat however long the input is.

use std::sync::LazyLock;

use crate::literals::Literals;

use crate::model::Provider;

/// The largest region handed to the parser. Real payloads are a few KiB; the cap keeps memory
/// flat on hostile input, and a region cut by it is marked `capped`.
pub const REGION_CAP: usize = 256 * 1024;
/// How far back a trigger may find the opening line of its structure.
const BACKTRACK_BYTES: usize = 16 * 1024;
const BACKTRACK_LINES: usize = 64;
const MAX_REGION_LINES: u32 = 4000;
/// Indented lines taken after a region (stack frames, details blocks).
const MAX_EXTEND_LINES: u32 = 48;
/// Traceback lines that may separate two forms of one error.
const MAX_GLUE_LINES: u32 = 80;
/// A line with no newline is processed in pieces of this size, so one giant line cannot hold
/// the whole input in memory.
const MAX_LINE: usize = 1024 * 1024;

/// Literal triggers. Everything apierr recognises contains at least one of them, or a canonical
/// status name (all but `OK` and `UNKNOWN`, words too common to start a region). The scanner
/// searches for them as [`LITERALS`]; a test holds the two to the same hits.
#[cfg(test)]
const TRIGGERS: &[&str] = &[
    "error",
    "Error",
    "ERROR",
    "exception",
    "Exception",
    "EXCEPTION",
    "@type",
    "StatusCode",
    "Quota exceeded",
    "_EXCEEDED",
    // Other providers, and HTTP responses dumped whole.
    "Rate limit reached",
    "maximum context length",
    "HTTP/1.1 4",
    "HTTP/1.1 5",
    "HTTP/2 4",
    "HTTP/2 5",
];

/// What the automaton searches for: the triggers, status names and API hosts above, folded
/// into 31 literals, each confirmed where it is found ([`Literal::at`]). Up to 32 literals, the
/// prefilter is the slim Teddy, which takes 32 bytes a step where the fat one (needed for the
/// 43 literals unfolded) takes 16: a third less time for the pass over every byte.
///
/// The order is measured, not meaningful (no two literals can match at one place, so none
/// takes precedence). Teddy puts the literals into 8 buckets by their place in the list (the
/// 1st, 9th, 17th and 25th share one) and stops wherever some bucket could start: the more a
/// bucket's literals differ, the more ordinary text passes for one of them. In this order
/// `rror`, whose letters fill every log, shares its bucket with literals made of colons and
/// capitals only, and so on. Over held-out text the pass took about a third less time than
/// with the triggers first and the status names after them: 27 to 19 ms on 128 MiB of the
/// bench log, 12 to 9.5 ms on 50 MB of Rust source (scripts/bench measures the whole).
const LITERALS: &[(&str, Literal)] = &[
    ("rror", Literal::After(b"eE")),
    ("RROR", Literal::After(b"E")),
    ("UNAUTHENTICATED", Literal::Trigger),
    ("XCEPTION", Literal::After(b"E")),
    ("@type", Literal::Trigger),
    ("StatusCode", Literal::Trigger),
    ("Quota exceeded", Literal::Trigger),
    // Also finds `DEADLINE_EXCEEDED`.
    ("_EXCEEDED", Literal::Trigger),
    ("://bedrock-runtime.", Literal::Host),
    ("maximum context length", Literal::Trigger),
    // Not `HTTP/1.1 `: the prefilter matches a literal's first four bytes, and `HTTP` is on
    // every access log line (`"GET / HTTP/1.1" 200`), each then a false candidate to confirm.
    ("1.1 ", Literal::Status(b"HTTP/")),
    ("ALREADY_EXISTS", Literal::Trigger),
    ("://api.", Literal::Host),
    ("://openrouter.", Literal::Host),
    ("xception", Literal::After(b"eE")),
    ("FAILED_PRECONDITION", Literal::Trigger),
    ("://aiplatform.", Literal::Host),
    ("://generativelanguage.", Literal::Host),
    ("INVALID_ARGUMENT", Literal::Trigger),
    ("NOT_FOUND", Literal::Trigger),
    ("P/2 ", Literal::Status(b"HTT")),
    ("Rate limit reached", Literal::Trigger),
    ("RESOURCE_EXHAUSTED", Literal::Trigger),
    ("CANCELLED", Literal::Trigger),
    ("ABORTED", Literal::Trigger),
    ("OUT_OF_RANGE", Literal::Trigger),
    ("UNIMPLEMENTED", Literal::Trigger),
    ("INTERNAL", Literal::Trigger),
    ("UNAVAILABLE", Literal::Trigger),
    ("DATA_LOSS", Literal::Trigger),
    ("PERMISSION_DENIED", Literal::Trigger),
];

/// How a literal the automaton found is confirmed.
#[derive(Clone, Copy, Debug)]
enum Literal {
    /// A trigger as it stands.
    Trigger,
    /// A trigger when one of these bytes stands right before it (`e` + `rror` is `error`).
    After(&'static [u8]),
    /// A trigger when these bytes stand right before it and a 4 or a 5 follows it (`HTTP/` +
    /// `1.1 ` + `4`): an HTTP status line of an error.
    Status(&'static [u8]),
    /// The start of an API host: one of `providers::HOSTS`, or nothing.
    Host,
}

/// A confirmed hit.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Hit {
    Trigger,
    Host(Provider),
}

impl Literal {
    /// What the literal found at `start..end` of `hay` is, if anything, looking at no byte
    /// outside `from..hay.len()` (the range searched), just as a search for the whole trigger
    /// would.
    fn at(self, hay: &[u8], from: usize, start: usize, end: usize) -> Option<Hit> {
        match self {
            Literal::Trigger => Some(Hit::Trigger),
            Literal::After(bytes) => {
                (start > from && bytes.contains(&hay[start - 1])).then_some(Hit::Trigger)
            }
            Literal::Status(before) => (start >= from + before.len()
                && hay[..start].ends_with(before)
                && matches!(hay.get(end), Some(b'4' | b'5')))
            .then_some(Hit::Trigger),
            Literal::Host => crate::providers::HOSTS
                .iter()
                .find(|(host, _)| hay[start..].starts_with(host.as_bytes()))
                .map(|(_, provider)| Hit::Host(*provider)),
        }
    }
}

static TRIGGER_AC: LazyLock<Literals> = LazyLock::new(|| {
    let literals: Vec<&str> = LITERALS.iter().map(|(lit, _)| *lit).collect();
    Literals::new(&literals)
});

/// The first confirmed hit in `hay[from..to]`: where it starts and ends, and what it is.
fn next_hit(hay: &[u8], from: usize, to: usize) -> Option<(usize, usize, Hit)> {
    let hay = &hay[..to];
    let mut at = from;
    while at < to {
        let (m, pattern) = TRIGGER_AC.find_in(hay, at..to)?;
        let kind = LITERALS[pattern].1;
        match kind.at(hay, from, m.start, m.end) {
            Some(Hit::Trigger)
                if matches!(kind, Literal::After(_))
                    && names_a_number(hay, from, m.start, m.end) =>
            {
                at = m.start + 1;
            }
            Some(hit) => return Some((m.start, m.end, hit)),
            // A literal that is not what it looked like (`mirror`): a trigger may still
            // start inside it.
            None => at = m.start + 1,
        }
    }
    None
}

/// Is the word `error` or `exception` found at `start..end` part of the name of a number that
/// is not a status: a count, a rate, an empty field (`"errors":0`, `error_rate=0.03`,
/// `errors_last_min=0`, `"error":null`)? Metrics lines say so all day long, and one line in
/// six of a busy log can be such a line, each worth a look only to find nothing. What an API
/// error says comes with words of its own (a status name, a message), and its number is a
/// status: `error_code=429`, `Error: 503`, a key that names a code or a status, stay triggers.
///
/// Looks at no byte outside `from..hay.len()`; a value that reaches the end of `hay` (a
/// piece of a giant line) is not known to be a number, so the word stays a trigger.
fn names_a_number(hay: &[u8], from: usize, start: usize, end: usize) -> bool {
    let ident = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let key_start = start
        - hay[from..start]
            .iter()
            .rev()
            .take_while(|b| ident(b))
            .count();
    let key_end = end + hay[end..].iter().take_while(|b| ident(b)).count();
    let key = &hay[key_start..key_end];
    let names = |word: &[u8]| {
        key.windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    if names(b"code") || names(b"status") {
        return false;
    }
    let mut i = key_end;
    let skip_blanks = |mut i: usize| {
        while matches!(hay.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        i
    };
    // The key's closing quote, then `=` or `:`.
    if matches!(hay.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    i = skip_blanks(i);
    if !matches!(hay.get(i), Some(b'=' | b':')) {
        return false;
    }
    i = skip_blanks(i + 1);
    let value_start = i;
    if hay.get(i) == Some(&b'-') {
        i += 1;
    }
    let number = hay.get(i).is_some_and(u8::is_ascii_digit);
    if number {
        i += hay[i..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
            .count();
        let value = &hay[value_start..i];
        if value.len() == 3 && matches!(value[0], b'4' | b'5') {
            // A status.
            return false;
        }
    } else if i == value_start {
        i += hay[i..].iter().take_while(|b| ident(b)).count();
        let empty = [&b"null"[..], b"nil", b"None", b"none", b"NULL"];
        if !empty.contains(&&hay[value_start..i]) {
            return false;
        }
    } else {
        // A minus sign and no number.
        return false;
    }
    // The value must end before `hay` does, and not run on into a word (`0x1f`, `nullable`).
    hay.get(i).is_some_and(|b| !ident(b))
}

/// Does the text hold any trigger? Used on strings inside payloads too.
pub fn has_trigger(bytes: &[u8]) -> bool {
    let mut from = 0;
    while let Some((_, end, hit)) = next_hit(bytes, from, bytes.len()) {
        match hit {
            Hit::Trigger => return true,
            // A host is never empty, so the search moves on.
            Hit::Host(_) => from = end,
        }
    }
    false
}

/// A log line's own prefix: a timestamp, perhaps after colour codes. Lines of a
/// pretty-printed payload can each carry one. Returns the prefix's length.
///
/// Written by hand rather than as a regex: it runs on every line of a region, and compiling the
/// equivalent pattern cost more than explaining a small paste. It matches what
/// `^(?:\x1b\[[0-9;]*m)*(?:\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?
/// |\d\d:\d\d:\d\d(?:[.,]\d+)?|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)` would (a test checks).
pub(crate) fn log_prefix(line: &[u8]) -> Option<usize> {
    let mut c = Cursor { b: line, i: 0 };
    while c.b[c.i..].starts_with(b"\x1b[") {
        let mut j = c.i + 2;
        while j < c.b.len() && (c.b[j].is_ascii_digit() || c.b[j] == b';') {
            j += 1;
        }
        if c.b.get(j) != Some(&b'm') {
            break;
        }
        c.i = j + 1;
    }
    let at = c.i;
    for form in [Cursor::iso_date, Cursor::clock, Cursor::syslog] {
        c.i = at;
        if form(&mut c) {
            return Some(c.i);
        }
    }
    None
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn byte(&mut self, f: impl Fn(u8) -> bool) -> bool {
        match self.b.get(self.i) {
            Some(&x) if f(x) => {
                self.i += 1;
                true
            }
            _ => false,
        }
    }

    fn digits(&mut self, n: usize) -> bool {
        (0..n).all(|_| self.byte(|x| x.is_ascii_digit()))
    }

    fn lit(&mut self, x: u8) -> bool {
        self.byte(|y| y == x)
    }

    /// `[.,]\d+`, optional.
    fn fraction(&mut self) {
        let at = self.i;
        if self.byte(|x| x == b'.' || x == b',') && !self.digits(1) {
            self.i = at;
            return;
        }
        while self.byte(|x| x.is_ascii_digit()) {}
    }

    fn hms(&mut self) -> bool {
        self.digits(2) && self.lit(b':') && self.digits(2) && self.lit(b':') && self.digits(2)
    }

    fn iso_date(&mut self) -> bool {
        self.lit(b'[');
        let sep = |x: u8| x == b'-' || x == b'/';
        if !(self.digits(4)
            && self.byte(sep)
            && self.digits(2)
            && self.byte(sep)
            && self.digits(2)
            && self.byte(|x| x == b'T' || x == b' ')
            && self.hms())
        {
            return false;
        }
        self.fraction();
        // Zone, optional: `Z`, `+01:00`, `-0800`.
        if !self.lit(b'Z') {
            let at = self.i;
            let zone = self.byte(|x| x == b'+' || x == b'-') && self.digits(2) && {
                self.lit(b':');
                self.digits(2)
            };
            if !zone {
                self.i = at;
            }
        }
        self.lit(b']');
        true
    }

    fn clock(&mut self) -> bool {
        if !self.hms() {
            return false;
        }
        self.fraction();
        true
    }

    fn syslog(&mut self) -> bool {
        self.byte(|x| x.is_ascii_uppercase())
            && self.byte(|x| x.is_ascii_lowercase())
            && self.byte(|x| x.is_ascii_lowercase())
            && self.lit(b' ')
            && self.byte(|x| x == b' ' || x.is_ascii_digit())
            && self.digits(1)
            && self.lit(b' ')
            && self.hms()
    }
}

/// Does this line start a log record of its own: a timestamp prefix, or a whole JSON object (a
/// structured log line)? Such a line is neither a hard-wrapped piece of the line before nor
/// more of the record before.
pub(crate) fn starts_record(line: &[u8]) -> bool {
    let t = trim_ascii_end(line);
    log_prefix(line).is_some()
        || (t.starts_with(b"{\"") && t.ends_with(b"}"))
        || access_line(line)
        || logfmt_line(line)
}

/// An access-log line in the common or combined format: `10.1.2.3 - - [10/Dec/2025:…`.
fn access_line(line: &[u8]) -> bool {
    let mut i = 0;
    for part in 0..4 {
        let digits = line[i..]
            .iter()
            .take(3)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 {
            return false;
        }
        i += digits;
        if part < 3 {
            if line.get(i) != Some(&b'.') {
                return false;
            }
            i += 1;
        }
    }
    line[i..].starts_with(b" - ")
}

/// A logfmt record: `time=2025-12-10T… level=WARN msg=…`, or one that starts with its level.
fn logfmt_line(line: &[u8]) -> bool {
    let after = |key: &[u8]| line.strip_prefix(key).and_then(|r| r.first().copied());
    after(b"time=").is_some_and(|c| c.is_ascii_digit())
        || after(b"ts=").is_some_and(|c| c.is_ascii_digit())
        || after(b"level=").is_some_and(|c| c.is_ascii_alphabetic())
}

/// A stretch of input that may hold an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    /// 1-based line number of the region's first line.
    pub first_line: u64,
    /// The region's lines, decoded lossily (invalid UTF-8 never stops a scan).
    pub text: String,
    /// Only traceback glue separates this region from the previous one.
    pub glued: bool,
    /// The region was cut at `REGION_CAP`.
    pub capped: bool,
    /// The provider whose API host the input named last before the region ends.
    pub context: Option<Provider>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Region(Region),
    /// An ordinary line followed the last region: nothing after it can be part of the same error.
    Break,
    /// The scanner is seeking, with nothing open and nothing held back, from a line start.
    /// Only reported by a scanner made with [`Scanner::with_sync_points`].
    Sync(SyncPoint),
}

/// A state of the scanner that depends only on where it is: two scanners over the same input
/// that report the same point behave the same from there on. This is what lets one big file be
/// scanned in pieces at once (the scanner of one piece runs on until it meets a point the
/// next one reported).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyncPoint {
    /// Offset in the input of the line the scanner seeks from.
    pub offset: u64,
    /// Backtracking never reaches below this offset (0 when it is further back than
    /// backtracking reaches anyway).
    pub floor: u64,
    /// That line's number, counted from where this scanner started.
    pub line: u64,
    /// The API host seen last: the context later regions carry.
    pub host: Option<Provider>,
}

/// String-aware bracket depth, carried across lines.
#[derive(Clone, Debug, Default)]
struct Tracker {
    depth: u32,
    /// The quote byte of the string the cursor is in.
    quote: Option<u8>,
    /// The last non-blank byte outside strings: a quote opens a string only where a value can
    /// start, so an apostrophe in prose (`don't`) does not.
    prev: u8,
}

impl Tracker {
    fn feed(&mut self, line: &[u8]) {
        let mut i = 0;
        let n = line.len();
        while i < n {
            if let Some(q) = self.quote {
                match string_stop(q, &line[i..]) {
                    None => return,
                    Some(j) => {
                        i += j;
                        if line[i] == b'\\' {
                            i += 2;
                        } else {
                            self.quote = None;
                            self.prev = q;
                            i += 1;
                        }
                    }
                }
                continue;
            }
            if self.depth == 0 {
                match memchr::memchr2(b'{', b'[', &line[i..]) {
                    None => return,
                    Some(j) => {
                        i += j;
                        // `ESC [` starts a colour code, not a list.
                        if i > 0 && line[i - 1] == 0x1b {
                            i = skip_csi(line, i + 1);
                            continue;
                        }
                        i += 1;
                        self.depth = 1;
                        self.prev = b'{';
                    }
                }
                continue;
            }
            // Skip a run of bytes that change nothing but `prev` in one tight loop: a jump per
            // byte was most of the time spent on JSON log lines.
            let run = i;
            while i < n && !STRUCTURAL[usize::from(line[i])] {
                i += 1;
            }
            if let Some(&last) = line[run..i].iter().rfind(|b| !is_blank(**b)) {
                self.prev = last;
            }
            if i == n {
                return;
            }
            let b = line[i];
            if b == 0x1b && line.get(i + 1) == Some(&b'[') {
                i = skip_csi(line, i + 2);
                continue;
            }
            match b {
                b'{' | b'[' => {
                    self.depth = self.depth.saturating_add(1);
                    self.prev = b'{';
                }
                b'}' | b']' => {
                    self.depth -= 1;
                    self.prev = b'}';
                }
                b'"' | b'\'' => {
                    if matches!(
                        self.prev,
                        b'{' | b'(' | b',' | b':' | b'+' | b'=' | b'"' | b'\''
                    ) {
                        self.quote = Some(b);
                    } else {
                        self.prev = b;
                    }
                }
                b' ' | b'\t' | b'\r' | b'\n' => {}
                _ => self.prev = b,
            }
            i += 1;
        }
    }
}

/// What `seek` passes over at a trigger line without opening a region, and where it goes on.
enum Skip {
    /// The line alone ([`Scanner::lone_ordinary_line`]); the next line starts here.
    Line(usize),
    /// An ordinary block ([`Scanner::lone_ordinary_block`]); the record after it starts here.
    Block(usize),
}

#[derive(Clone, Debug)]
struct Open {
    /// Offset in `buf` of the region's first line.
    start: usize,
    start_line: u64,
    tracker: Tracker,
    lines: u32,
    blank_run: u32,
    extended: u32,
    glued: bool,
    /// The last line ended inside a string with a cut marker (`...`).
    cut_marker: bool,
    /// Whether the region's continuation lines carry a log prefix (a payload logged line by
    /// line); decided by its first continuation line.
    prefixed: Option<bool>,
    /// The region's first line starts a log record (it has a timestamp prefix): the lines after
    /// it that have none belong to the same record (a message with newlines in it).
    record: bool,
    /// Display widths of the last two lines, to recognise a terminal's hard wraps.
    last_widths: (usize, usize),
    /// The last line announced a continuation (it ended with a colon, or .NET's
    /// `RequestError`).
    announces: bool,
    /// Where in an HTTP response dump (`HTTP/1.1 429 …` or .NET's `Status: 429 (…)`, then
    /// headers, a blank line and the body) the region is.
    dump: Dump,
    /// Where in the response block of Azure.Core's `RequestFailedException` the region is.
    azure: AzureBlock,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dump {
    No,
    Headers,
    Body,
}

/// `Name: value`, as an HTTP header line.
fn is_header(line: &[u8]) -> bool {
    let name = line
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    name > 0 && line[0].is_ascii_alphabetic() && line.get(name) == Some(&b':')
}

#[derive(Clone, Debug)]
enum Mode {
    Seek,
    Region(Open),
    Extend(Open),
    Glue(u32),
}

/// The bytes a scanner holds. A file is read straight into it, which saves copying every byte
/// once more; the memory past `len` stays, zeroed only the first time, so that a read into it
/// does not pay for zeroing it again.
#[derive(Debug, Default)]
struct Buffer {
    data: Vec<u8>,
    len: usize,
}

impl std::ops::Deref for Buffer {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.data[..self.len]
    }
}

impl Buffer {
    /// Room for `n` more bytes, right after the held ones.
    fn spare(&mut self, n: usize) -> &mut [u8] {
        let end = self.len + n;
        if self.data.len() < end {
            self.data.resize(end, 0);
        }
        &mut self.data[self.len..end]
    }

    fn extend_from_slice(&mut self, bytes: &[u8]) {
        self.spare(bytes.len()).copy_from_slice(bytes);
        self.len += bytes.len();
    }

    /// Drops the first `n` bytes.
    fn consume(&mut self, n: usize) {
        self.data.copy_within(n..self.len, 0);
        self.len -= n;
    }

    fn clear(&mut self) {
        self.len = 0;
    }
}

/// The streaming scanner. Feed it bytes; collect events.
#[derive(Debug)]
pub struct Scanner {
    buf: Buffer,
    /// Everything before `pos` has been looked at.
    pos: usize,
    /// Line number of the line that starts at `counted`.
    line: u64,
    /// How far `line` is counted. The newlines from here to `pos` are counted only when a line
    /// number is wanted (a region, a sync point): most trigger lines are skipped without one,
    /// and counting up to each was a call per line.
    counted: usize,
    /// Backtracking never reaches below this offset: the text there belongs to an earlier region.
    floor: usize,
    mode: Mode,
    /// `pos` is inside a line that `MAX_LINE` split; it does not start a new line number.
    mid_line: bool,
    /// Offset in the whole input of `buf[0]`.
    base: u64,
    /// A region was emitted since the last `Break`: the stream may hold an error that glue
    /// could extend.
    emitted: bool,
    /// Report `Event::Sync` (see [`Scanner::with_sync_points`]).
    sync: bool,
    /// Offsets at which no sync point is wanted.
    quiet: std::ops::Range<u64>,
    /// The API host seen last in the skipped text (see [`Region::context`]).
    host: Option<Provider>,
    /// Skip ordinary blocks in `seek` ([`Scanner::lone_ordinary_block`]); off only in the test
    /// that holds the skip to what the regions would have done.
    skip_blocks: bool,
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner::new()
    }
}

impl Scanner {
    pub fn new() -> Scanner {
        Scanner {
            buf: Buffer::default(),
            pos: 0,
            line: 1,
            counted: 0,
            floor: 0,
            mode: Mode::Seek,
            mid_line: false,
            base: 0,
            emitted: false,
            sync: false,
            quiet: 0..0,
            host: None,
            skip_blocks: true,
        }
    }

    /// Also report each point where the scanner's whole state is known from the input offset
    /// alone (see [`Event::Sync`]); a second scanner started later in the same input can then
    /// tell where the two agree. `offset` is where in the whole input its bytes begin; none are
    /// reported at offsets in `quiet`, where no other scanner looks for them (each costs a
    /// line count: there can be one after every trigger line).
    pub fn with_sync_points(offset: u64, quiet: std::ops::Range<u64>) -> Scanner {
        Scanner {
            sync: true,
            quiet,
            base: offset,
            ..Scanner::new()
        }
    }

    /// Nothing after this point can be part of what came before.
    fn brk(&mut self, out: &mut Vec<Event>) {
        out.push(Event::Break);
        self.emitted = false;
    }

    /// The scanner is about to seek from `pos` with nothing open: report it.
    fn seeking(&mut self, out: &mut Vec<Event>) {
        if self.sync && !self.mid_line && !self.quiet.contains(&(self.base + self.pos as u64)) {
            // A floor further back than backtracking reaches makes no difference; two scanners
            // that differ only there are in the same state.
            let floor = if self.pos.saturating_sub(self.floor) >= BACKTRACK_BYTES {
                0
            } else {
                self.base + self.floor as u64
            };
            out.push(Event::Sync(SyncPoint {
                offset: self.base + self.pos as u64,
                floor,
                line: self.line(),
                host: self.host,
            }));
        }
    }

    /// Takes more input and returns the events it completes.
    pub fn feed(&mut self, data: &[u8], out: &mut Vec<Event>) {
        self.buf.extend_from_slice(data);
        self.run(false, out);
        self.compact();
    }

    /// Like [`Scanner::feed`], with the bytes `read` puts into a buffer of `max` bytes, which
    /// is the scanner's own: no copy. Returns what `read` returns; on an error nothing is taken.
    pub fn feed_from<E>(
        &mut self,
        max: usize,
        read: impl FnOnce(&mut [u8]) -> Result<usize, E>,
        out: &mut Vec<Event>,
    ) -> Result<usize, E> {
        let n = read(self.buf.spare(max))?.min(max);
        self.buf.len += n;
        self.run(false, out);
        self.compact();
        Ok(n)
    }

    /// The input has paused (a `tail -f` between writes): finish what can be finished without
    /// more bytes, but keep an open bracket open.
    pub fn idle(&mut self, out: &mut Vec<Event>) {
        self.run(false, out);
        match std::mem::replace(&mut self.mode, Mode::Seek) {
            Mode::Extend(open) => {
                self.emit(open, self.pos, false, out);
                self.brk(out);
            }
            Mode::Glue(_) => self.brk(out),
            other => self.mode = other,
        }
        self.compact();
    }

    /// The input has ended.
    pub fn finish(&mut self, out: &mut Vec<Event>) {
        self.run(true, out);
        match std::mem::replace(&mut self.mode, Mode::Seek) {
            Mode::Region(open) | Mode::Extend(open) => {
                let end = self.buf.len();
                self.emit(open, end, false, out);
                self.brk(out);
            }
            Mode::Glue(_) => self.brk(out),
            Mode::Seek => {}
        }
        self.line();
        self.base += self.buf.len() as u64;
        self.buf.clear();
        self.pos = 0;
        self.counted = 0;
        self.floor = 0;
        self.host = None;
    }

    /// Offset in the whole input up to which everything has been looked at.
    pub fn scanned(&self) -> u64 {
        self.base + self.pos as u64
    }

    /// The end of the complete lines available (or of everything, at the end of input).
    fn available(&self, eof: bool) -> usize {
        if eof {
            return self.buf.len();
        }
        match memchr::memrchr(b'\n', &self.buf[self.pos..]) {
            Some(i) => self.pos + i + 1,
            None if self.buf.len() - self.pos >= MAX_LINE => self.pos + MAX_LINE,
            None => self.pos,
        }
    }

    /// The line starting at `at`: `(end of content, start of next line)`.
    fn line_at(&self, at: usize, limit: usize) -> (usize, usize) {
        match memchr::memchr(b'\n', &self.buf[at..limit]) {
            Some(i) => (at + i, at + i + 1),
            None => (limit, limit),
        }
    }

    /// Moves past the one whole line at `pos`, which ends just before `next` (this runs for
    /// every trigger line skipped; its newline is counted with the rest when a number is
    /// wanted).
    fn skip_line(&mut self, next: usize) {
        debug_assert_eq!(
            memchr::memchr_iter(b'\n', &self.buf[self.pos..next]).count(),
            1
        );
        self.mid_line = false;
        self.pos = next;
    }

    /// The number of the line that starts at `pos`.
    fn line(&mut self) -> u64 {
        self.line += memchr::memchr_iter(b'\n', &self.buf[self.counted..self.pos]).count() as u64;
        self.counted = self.pos;
        self.line
    }

    fn advance(&mut self, to: usize) {
        // A piece of a giant line that did not end in a newline continues that line.
        self.mid_line = to > 0 && self.buf[to - 1] != b'\n';
        self.pos = to;
    }

    fn run(&mut self, eof: bool, out: &mut Vec<Event>) {
        loop {
            let avail = self.available(eof);
            if self.pos >= avail {
                return;
            }
            let mode = std::mem::replace(&mut self.mode, Mode::Seek);
            self.mode = match mode {
                Mode::Seek => self.seek(avail, out),
                Mode::Region(open) => match self.region_line(open, avail, eof, out) {
                    Some(mode) => mode,
                    None => return,
                },
                Mode::Extend(open) => self.extend_line(open, avail, out),
                Mode::Glue(n) => self.glue_line(n, avail, out),
            };
        }
    }

    fn seek(&mut self, avail: usize, out: &mut Vec<Event>) -> Mode {
        let mut from = self.pos;
        let hit = loop {
            let Some((start, end, hit)) = next_hit(&self.buf, from, avail) else {
                self.advance(avail);
                // Nothing open and no trigger up to a line start: a sync point, so that
                // long quiet stretches have them too.
                self.seeking(out);
                return Mode::Seek;
            };
            // An API host is noted, and the search goes on after it.
            match hit {
                Hit::Host(p) => {
                    self.host = Some(p);
                    from = end;
                }
                Hit::Trigger => break start,
            }
        };
        let line_start =
            memchr::memrchr(b'\n', &self.buf[self.pos..hit]).map_or(self.pos, |i| self.pos + i + 1);
        self.advance(line_start);
        match self.lone_ordinary_line(avail, self.skip_blocks) {
            Some(Skip::Line(next)) => {
                self.skip_line(next);
                self.floor = self.pos;
                self.seeking(out);
                Mode::Seek
            }
            Some(Skip::Block(next)) => {
                // Where the region would have ended, been dropped, and the new record broken
                // off whatever came before.
                self.advance(next);
                self.floor = self.pos;
                self.brk(out);
                self.seeking(out);
                Mode::Seek
            }
            None => self.open(false),
        }
    }

    /// The other common trigger line: a log record that reports a failure, with the record's
    /// own lines under it (a stack trace) and then the next record. `open` would make one region
    /// of them, which `emit` drops when nothing in it is evidence. One line in a hundred of the
    /// bench log starts such a block, and walking each through the region states took a fifth
    /// of the scanner's time. Returns where the next record starts when the block is
    /// skipped exactly as those states would: it repeats, step by step, what `region_at`,
    /// `region_line`, `extend_line`, `emit` and `glue_line` decide for it, and leaves every
    /// other case (a bracket left open, a blank line, evidence, a record that continues the
    /// block) to them.
    ///
    /// `lone_ordinary_line` has found the first line whole, ending at `end`, with the next
    /// starting at `next`, and no earlier structure it could continue.
    fn lone_ordinary_block(&self, avail: usize, end: usize, mut next: usize) -> Option<usize> {
        let pos = self.pos;
        if self.mid_line {
            return None;
        }
        // The first line: a record (its lines follow it), no response dump, balanced.
        let first = &self.buf[pos..end];
        if log_prefix(first).is_none()
            || first.starts_with(b"HTTP/")
            || first.starts_with(b"Status: ")
        {
            return None;
        }
        let mut tracker = Tracker::default();
        tracker.feed(first);
        let balanced = |t: &Tracker| t.depth == 0 && t.quote.is_none();
        if !balanced(&tracker) {
            return None;
        }
        // The record's own lines, each taken as more of it. (An Azure response block, which
        // `extend_line` also follows, makes no difference here: no line of one is a record.)
        let mut taken = 0;
        let mut announced = false;
        let (last, last_end) = loop {
            // Lines before `avail` are whole: it ends at a newline, or at the input's end (where
            // `next == avail` reads as an empty line, which ends the walk below).
            let (line_end, after) = self.line_at(next, avail);
            let line = &self.buf[next..line_end];
            if line.iter().all(u8::is_ascii_whitespace) {
                return None;
            }
            if starts_record(line) {
                break (line, next);
            }
            taken += 1;
            if taken > MAX_EXTEND_LINES || after - pos > REGION_CAP {
                return None;
            }
            tracker.feed(line);
            if !balanced(&tracker) {
                return None;
            }
            announced = announces(line);
            next = after;
        };
        // The next record ends the region unless the line before announced it (a record is
        // never a continuation line).
        if taken == 0 || announced || crate::parse::may_hold_error_bytes(&self.buf[pos..last_end]) {
            return None;
        }
        // After the dropped region, `glue_line` breaks off at a record (none is glue or a chain
        // marker), but first looks at one without a timestamp as a trigger line of its own.
        if log_prefix(last).is_none() && has_trigger(last) {
            return None;
        }
        Some(last_end)
    }

    /// Most trigger lines are ordinary log lines (`error count=0`, a warning that says
    /// "error"). Opening a region for each, only for the parser to find no evidence in it, was
    /// most of the time apierr spent on a big log. When the trigger line is a region on its own,
    /// and nothing in it could be an API error, skip it here; returns where the next line
    /// starts.
    ///
    /// "A region on its own" repeats, conservatively, what `open`, `region_line`,
    /// `extend_line` and `glue_line` would decide: no earlier structure it could continue, no
    /// bracket or string left open, no colon announcing the next line, not a dumped response,
    /// and a next line that starts a new record (a timestamp or a JSON log line: it ends the
    /// region and any glue, or starts the next region itself). The region would then be dropped
    /// by the stream, which asks the same evidence question.
    ///
    /// With `blocks`, a line whose record goes on under it may be the start of an ordinary block
    /// ([`Scanner::lone_ordinary_block`]) instead.
    fn lone_ordinary_line(&self, avail: usize, blocks: bool) -> Option<Skip> {
        let pos = self.pos;
        let (end, next) = self.line_at(pos, avail);
        if next >= avail || next - pos > REGION_CAP || self.may_continue(pos) {
            return None;
        }
        let line = &self.buf[pos..end];
        // Cheapest first: most lines that fail, fail here.
        let (next_end, _) = self.line_at(next, avail);
        if !starts_record(&self.buf[next..next_end]) {
            return if blocks {
                self.lone_ordinary_block(avail, end, next).map(Skip::Block)
            } else {
                None
            };
        }
        if announces(line)
            || line.starts_with(b"HTTP/")
            || line.starts_with(b"Status: ")
            || crate::parse::may_hold_error_bytes(line)
        {
            return None;
        }
        let mut tracker = Tracker::default();
        tracker.feed(line);
        (tracker.depth == 0 && tracker.quote.is_none()).then_some(Skip::Line(next))
    }

    /// Starts a region at the line at `pos`, or at an earlier line whose structure is still open.
    fn open(&mut self, glued: bool) -> Mode {
        let pos = self.pos;
        if !self.may_continue(pos) {
            return self.region_at(pos, pos, Tracker::default(), glued);
        }
        // The backtrack window: whole lines, bounded, never below the floor.
        let mut from = pos.saturating_sub(BACKTRACK_BYTES).max(self.floor);
        if from > self.floor {
            // Align to a line start.
            from = match memchr::memchr(b'\n', &self.buf[from..pos]) {
                Some(i) => from + i + 1,
                None => pos,
            };
        }
        let mut lines_back: Vec<usize> = memchr::memrchr_iter(b'\n', &self.buf[from..pos])
            .take(BACKTRACK_LINES + 1)
            .map(|i| from + i + 1)
            .collect();
        if lines_back.len() > BACKTRACK_LINES {
            from = lines_back[BACKTRACK_LINES];
        }
        lines_back.clear();
        let mut tracker = Tracker::default();
        let mut open_at = pos;
        let mut at = from;
        while at < pos {
            let (end, next) = self.line_at(at, pos);
            if tracker.depth == 0 && tracker.quote.is_none() {
                open_at = at;
            }
            tracker.feed(&self.buf[at..end]);
            at = next;
        }
        let start = if tracker.depth > 0 { open_at } else { pos };
        self.region_at(start, pos, tracker, glued)
    }

    /// Could the line at `pos` continue a structure opened on an earlier line? Most trigger lines
    /// are ordinary log lines, and backtracking over the window for each costs more than all
    /// else; the lines inside a structure show it: they are indented, start with a quote, a
    /// closer or a list dash, or follow a line that ends in an opener, a comma or a colon, or a
    /// blank line.
    fn may_continue(&self, pos: usize) -> bool {
        if pos <= self.floor {
            return false;
        }
        if matches!(
            self.buf.get(pos),
            Some(b' ' | b'\t' | b'"' | b'\'' | b'}' | b']' | b')' | b'-')
        ) {
            return true;
        }
        let before = &self.buf[self.floor..pos];
        let prev = trim_ascii_end(before);
        let blank_between = memchr::memchr_iter(b'\n', &before[prev.len()..]).count() > 1;
        blank_between
            || matches!(
                prev.last(),
                None | Some(b'{' | b'[' | b'(' | b',' | b':' | b'=' | b'\\' | b'>')
            )
    }

    fn region_at(&mut self, start: usize, pos: usize, tracker: Tracker, glued: bool) -> Mode {
        let back = memchr::memchr_iter(b'\n', &self.buf[start..pos]).count() as u64;
        let prefixed = (start < pos).then(|| {
            let (_, second) = self.line_at(start, pos);
            log_prefix(&self.buf[second..pos]).is_some()
        });
        let (first_end, _) = self.line_at(start, self.buf.len());
        let record = log_prefix(&self.buf[start..first_end]).is_some();
        Mode::Region(Open {
            start,
            start_line: self.line() - back,
            lines: 0,
            tracker,
            blank_run: 0,
            extended: 0,
            glued,
            cut_marker: false,
            prefixed,
            record,
            last_widths: (0, 0),
            announces: false,
            azure: AzureBlock::No,
            dump: if self.buf[start..].starts_with(b"HTTP/")
                || self.buf[start..].starts_with(b"Status: ")
            {
                Dump::Headers
            } else {
                Dump::No
            },
        })
    }

    /// One more line of a region whose brackets are open. `None` means: wait for more input.
    fn region_line(
        &mut self,
        mut open: Open,
        avail: usize,
        eof: bool,
        out: &mut Vec<Event>,
    ) -> Option<Mode> {
        let (end, next) = self.line_at(self.pos, avail);
        let line = &self.buf[self.pos..end];
        if open.lines > 0 || open.start < self.pos {
            let blank = line.iter().all(u8::is_ascii_whitespace);
            let ends_region = if open.tracker.quote.is_some() {
                // A string open at the end of the previous line: a hard wrap continues on the
                // next line; a cut line is followed by a blank line or a new log record.
                open.cut_marker || blank || starts_record(line)
            } else if blank {
                open.blank_run += 1;
                open.blank_run > 2
            } else {
                open.blank_run = 0;
                !Self::continues_structure(line, &mut open)
            };
            if ends_region {
                let at = self.pos;
                self.emit(open, at, false, out);
                return Some(Mode::Glue(0));
            }
        }
        open.tracker.feed(line);
        open.lines += 1;
        if !open.record {
            open.last_widths = (open.last_widths.1, display_width(line));
        }
        open.announces = announces(line);
        let trimmed = trim_ascii_end(line);
        open.cut_marker = open.tracker.quote.is_some()
            && (trimmed.ends_with(b"...") || trimmed.ends_with("…".as_bytes()));
        self.advance(next);
        if next - open.start > REGION_CAP || open.lines > MAX_REGION_LINES {
            self.emit(open, next, true, out);
            return Some(Mode::Glue(0));
        }
        if open.tracker.depth == 0 && open.tracker.quote.is_none() {
            return Some(Mode::Extend(open));
        }
        if next >= avail && !eof && self.pos == avail {
            // Keep the region open until more input arrives.
            self.mode = Mode::Region(open);
            return None;
        }
        Some(Mode::Region(open))
    }

    /// Does this line continue an open structure? Pretty-printed payloads continue with
    /// indentation, quotes, brackets or `key:`; a line of prose or a new log record does not.
    fn continues_structure(line: &[u8], open: &mut Open) -> bool {
        let prefix = log_prefix(line);
        let prefixed = *open.prefixed.get_or_insert(prefix.is_some());
        if prefixed != prefix.is_some() {
            return false;
        }
        // After the timestamp: an optional level and tag, then the payload's own line.
        let mut rest = match prefix {
            Some(end) => skip_log_tail(&line[end..]),
            None => line,
        };
        // Colour codes (`jq -C`) come before the text they colour.
        while rest.starts_with(b"\x1b[") {
            rest = &rest[skip_csi(rest, 2)..];
        }
        let Some(&first) = rest.first() else {
            return true;
        };
        if matches!(
            first,
            b' ' | b'\t'
                | b'"'
                | b'\''
                | b'{'
                | b'}'
                | b'['
                | b']'
                | b'('
                | b')'
                | b','
                | b'+'
                | b'|'
                | b'>'
        ) || rest.starts_with("│".as_bytes())
            || rest.starts_with("｝".as_bytes())
        {
            return true;
        }
        // `key: value`, `key {`, `Metadata {` (Node, protobuf text format, YAML).
        let word = rest
            .iter()
            .take_while(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@' | b'$' | b'.' | b'-')
            })
            .count();
        if word > 0 && (rest[0].is_ascii_alphabetic() || matches!(rest[0], b'_' | b'@' | b'$')) {
            let after = trim_ascii_start(&rest[word..]);
            return matches!(after.first(), Some(b':' | b'=' | b'{' | b'(') | None);
        }
        false
    }

    fn extend_line(&mut self, mut open: Open, avail: usize, out: &mut Vec<Event>) -> Mode {
        let (end, next) = self.line_at(self.pos, avail);
        let line = &self.buf[self.pos..end];
        let size_ok = next - open.start <= REGION_CAP;
        let blank = line.iter().all(u8::is_ascii_whitespace);
        let new_record = starts_record(line);
        let same_record = open.record && !blank && !new_record;
        // A terminal wraps a long line into pieces of one width: two full pieces in a row, or the
        // rest after them. In a record's region a wrapped piece is more of the record anyway
        // (and a blank line or a new record is no piece), so widths are not measured there.
        let (before, prev) = open.last_widths;
        let width = if open.record { 0 } else { display_width(line) };
        let wrapped =
            !open.record && prev >= 60 && (width == prev || before == prev) && !new_record;
        // A line ending in a colon announces what follows (`Details:`, `response body:`).
        let announced = open.announces && !blank;
        // A dumped response: its headers, one blank line, then its body.
        let dumped = match open.dump {
            Dump::Headers if blank => {
                open.dump = Dump::Body;
                true
            }
            Dump::Headers => is_header(line),
            Dump::Body if !blank => {
                open.dump = Dump::No;
                true
            }
            _ => false,
        };
        let azure = open.azure.step(line, blank);
        if open.extended < MAX_EXTEND_LINES
            && size_ok
            && (same_record
                || is_continuation(line)
                || announced
                || dumped
                || azure
                || (wrapped && !blank))
        {
            open.announces = announces(line);
            open.tracker.feed(line);
            open.extended += 1;
            open.lines += 1;
            open.last_widths = (prev, width);
            self.advance(next);
            if open.tracker.depth > 0 || open.tracker.quote.is_some() {
                return Mode::Region(open);
            }
            return Mode::Extend(open);
        }
        let at = self.pos;
        self.emit(open, at, false, out);
        Mode::Glue(0)
    }

    fn glue_line(&mut self, n: u32, avail: usize, out: &mut Vec<Event>) -> Mode {
        let (end, next) = self.line_at(self.pos, avail);
        let line = &self.buf[self.pos..end];
        if n < MAX_GLUE_LINES && is_chain_marker(line) {
            self.advance(next);
            self.floor = self.pos;
            return Mode::Glue(n + 1);
        }
        // A new log record is a new event, even right after an error.
        if log_prefix(line).is_some() {
            self.brk(out);
            self.seeking(out);
            return Mode::Seek;
        }
        if has_trigger(line) {
            // With nothing emitted since the last break there is nothing to glue to, and an
            // ordinary line is skipped as in `seek`.
            if !self.emitted
                && let Some(Skip::Line(next)) = self.lone_ordinary_line(avail, false)
            {
                self.skip_line(next);
                self.floor = self.pos;
                return Mode::Glue(0);
            }
            return self.open(true);
        }
        if n < MAX_GLUE_LINES && is_glue(line) {
            self.advance(next);
            self.floor = self.pos;
            return Mode::Glue(n + 1);
        }
        self.brk(out);
        self.seeking(out);
        Mode::Seek
    }

    fn emit(&mut self, open: Open, end: usize, capped: bool, out: &mut Vec<Event>) {
        let end = end.min(self.buf.len()).max(open.start);
        let mut text_end = end;
        let capped = capped || end - open.start > REGION_CAP;
        if end - open.start > REGION_CAP {
            text_end = open.start + REGION_CAP;
        }
        let bytes = &self.buf[open.start..text_end];
        self.floor = self.floor.max(end);
        // The stream drops a region with no evidence unless glue may join it to an error before
        // it (which needs a region emitted since the last break); decoding and copying each such
        // region first would be wasted.
        let may_glue = open.glued && self.emitted;
        if !may_glue && !crate::parse::may_hold_error_bytes(bytes) {
            return;
        }
        self.emitted = true;
        let text = String::from_utf8_lossy(bytes).into_owned();
        out.push(Event::Region(Region {
            first_line: open.start_line,
            text,
            glued: open.glued,
            capped,
            context: self.host,
        }));
    }

    /// Drops bytes no later step can need: all but the backtrack window, or up to an open region.
    fn compact(&mut self) {
        let keep_from = match &self.mode {
            Mode::Region(open) | Mode::Extend(open) => open.start,
            _ => self.pos.saturating_sub(BACKTRACK_BYTES),
        };
        let keep_from = keep_from.min(self.pos);
        if keep_from < 64 * 1024 && keep_from < self.buf.len() / 2 {
            return;
        }
        self.line();
        self.buf.consume(keep_from);
        self.base += keep_from as u64;
        self.pos -= keep_from;
        self.counted -= keep_from;
        self.floor = self.floor.saturating_sub(keep_from);
        if let Mode::Region(open) | Mode::Extend(open) = &mut self.mode {
            open.start -= keep_from;
        }
    }
}

/// The bytes the tracker acts on outside strings: brackets, quotes and ESC.
static STRUCTURAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    let bytes = *b"{}[]\"'\x1b";
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Where a string's closing quote or next escape is. Most strings in a log line are short keys
/// and values, for which a plain loop beats setting up a vector search.
fn string_stop(quote: u8, rest: &[u8]) -> Option<usize> {
    const SHORT: usize = 24;
    let head = &rest[..rest.len().min(SHORT)];
    match head.iter().position(|&c| c == quote || c == b'\\') {
        Some(j) => Some(j),
        None if rest.len() > SHORT => {
            memchr::memchr2(quote, b'\\', &rest[SHORT..]).map(|j| j + SHORT)
        }
        None => None,
    }
}

/// The end of a CSI sequence whose parameters start at `i`: past its final byte (0x40..=0x7E).
fn skip_csi(line: &[u8], mut i: usize) -> usize {
    while i < line.len() {
        let b = line[i];
        i += 1;
        if (0x40..=0x7e).contains(&b) {
            break;
        }
    }
    i
}

fn trim_ascii_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn trim_ascii_end(s: &[u8]) -> &[u8] {
    let n = s
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    &s[..s.len() - n]
}

/// Columns a line takes on a terminal (tabs count as one; good enough to compare wrap widths).
fn display_width(line: &[u8]) -> usize {
    let t = trim_ascii_end(line);
    if t.is_ascii() {
        return t.len();
    }
    match std::str::from_utf8(t) {
        Ok(s) => unicode_width::UnicodeWidthStr::width(s),
        Err(_) => t.len(),
    }
}

/// After a timestamp: an optional level (`ERROR`, `E`), an optional `[tag]` or `name:`.
fn skip_log_tail(s: &[u8]) -> &[u8] {
    static TAIL: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(
            r"(?-u)^\]?\s?(?:(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|NOTICE)\b:?\s?)?(?:\[[^\]]*\]:?\s?)?",
        )
        .expect("log tail pattern compiles")
    });
    match TAIL.find(s) {
        Some(m) => &s[m.end()..],
        None => s,
    }
}

/// Azure.Core's `RequestFailedException` prints the response under its message:
///
/// ```text
/// Status: 429 (Too Many Requests)
/// ErrorCode: 429
///
/// Content:
/// {"error": …}
///
/// Headers:
/// retry-after: 20
/// …
/// ```
///
/// then the stack. Blank lines inside it do not end the region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AzureBlock {
    No,
    /// Since `Status: NNN (…)`.
    Response,
    /// Since `Headers:`; the next blank line ends the block.
    Headers,
}

impl AzureBlock {
    /// Does the line belong to the block? Moves through it.
    fn step(&mut self, line: &[u8], blank: bool) -> bool {
        match *self {
            AzureBlock::No => {
                let status = line.strip_prefix(b"Status: ").is_some_and(|r| {
                    r.len() > 4
                        && r[..3].iter().all(u8::is_ascii_digit)
                        && r[3..].starts_with(b" (")
                });
                if status {
                    *self = AzureBlock::Response;
                }
                status
            }
            AzureBlock::Response => {
                if line.starts_with(b"Headers:") {
                    *self = AzureBlock::Headers;
                }
                blank
                    || line.starts_with(b"ErrorCode: ")
                    || line.starts_with(b"Content:")
                    || line.starts_with(b"Headers:")
            }
            AzureBlock::Headers if blank => {
                *self = AzureBlock::No;
                true
            }
            AzureBlock::Headers => is_header(line),
        }
    }
}

/// Does this line say that the next one continues it?
fn announces(line: &[u8]) -> bool {
    let t = trim_ascii_end(line);
    t.ends_with(b":") || t.ends_with(b"RequestError")
}

/// Lines that belong to the block above them: indented frames and fields, closing brackets,
/// detail headers.
fn is_continuation(line: &[u8]) -> bool {
    let Some(&first) = line.first() else {
        return false;
    };
    if line.iter().all(u8::is_ascii_whitespace) {
        return false;
    }
    matches!(first, b' ' | b'\t' | b'}' | b']' | b')' | b'>')
        || line.starts_with("│".as_bytes())
        || line.starts_with(b"Details:")
        || line.starts_with(b"More details:")
        || line.starts_with(b"error details:")
        || line.starts_with(b"* ")
        || line.starts_with(b"! ")
        || line.starts_with(b"Help Token:")
        // The response body that SDKs print under their status line (Mistral, Cohere).
        || line.starts_with(b"Body: ")
        || line.starts_with(b"- '@type'")
        || line.starts_with(b"- \"@type\"")
        || line.starts_with(b"- @type")
}

/// The sentences with which Python links the exceptions of a chain. They mention "exception",
/// a trigger, but are glue, never an error.
fn is_chain_marker(line: &[u8]) -> bool {
    const MARKERS: [&[u8]; 3] = [
        b"Traceback (most recent call last)",
        b"The above exception was the direct cause",
        b"During handling of the above exception",
    ];
    MARKERS.iter().any(|m| line.starts_with(m))
}

/// Lines that may separate two forms of one error in an exception chain.
fn is_glue(line: &[u8]) -> bool {
    const MARKERS: [&[u8]; 7] = [
        b"for call at",
        b"Caused by",
        b"Stack trace",
        b"Stacktrace",
        b"^",
        b"...",
        b"Details:",
    ];
    let t = trim_ascii_end(line);
    t.is_empty()
        || matches!(t[0], b' ' | b'\t' | b'>' | b'}' | b']' | b')' | b'~')
        || is_chain_marker(t)
        || MARKERS.iter().any(|m| t.starts_with(m))
        || t.starts_with("│".as_bytes())
        || t.starts_with("╭".as_bytes())
        || t.starts_with("╰".as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Code;
    use aho_corasick::{AhoCorasick, Input};

    /// The search as it was before the literals were folded: every trigger, status name and
    /// host as a literal of its own.
    fn unfolded_next_hit(hay: &[u8], from: usize, to: usize) -> Option<(usize, Hit)> {
        static UNFOLDED: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(
                    TRIGGERS
                        .iter()
                        .copied()
                        .chain(
                            Code::ALL
                                .iter()
                                .filter(|c| !matches!(c, Code::Ok | Code::Unknown))
                                .map(|c| c.name()),
                        )
                        .chain(crate::providers::HOSTS.iter().map(|(host, _)| *host)),
                )
                .expect("builds")
        });
        let hay = &hay[..to];
        let mut at = from;
        loop {
            let m = UNFOLDED.find(Input::new(hay).range(at..to))?;
            let hosts = crate::providers::HOSTS;
            let first_host = UNFOLDED.patterns_len() - hosts.len();
            let hit = match m.pattern().as_usize().checked_sub(first_host) {
                Some(i) => Hit::Host(hosts[i].1),
                None => Hit::Trigger,
            };
            // The six spellings of `error` and `exception` come first in TRIGGERS.
            let word = m.pattern().as_usize() < 6;
            if word && names_a_number(hay, from, m.start(), m.end()) {
                at = m.start() + 1;
                continue;
            }
            return Some((m.start(), hit));
        }
    }

    #[test]
    fn every_status_name_but_ok_and_unknown_is_found() {
        for code in Code::ALL {
            let name = code.name();
            let listed = LITERALS.iter().any(|(lit, _)| *lit == name);
            let wanted = !matches!(code, Code::Ok | Code::Unknown | Code::DeadlineExceeded);
            assert_eq!(listed, wanted, "{name} in LITERALS");
            assert_eq!(
                has_trigger(format!("status {name}.").as_bytes()),
                !matches!(code, Code::Ok | Code::Unknown),
                "{name}"
            );
        }
    }

    #[test]
    fn every_api_host_starts_with_a_host_literal() {
        for (host, _) in crate::providers::HOSTS {
            assert!(
                LITERALS
                    .iter()
                    .any(|(lit, kind)| matches!(kind, Literal::Host) && host.starts_with(lit)),
                "{host}: add a Literal::Host prefix for it to LITERALS"
            );
        }
    }

    #[test]
    fn folded_literals_find_what_the_triggers_would() {
        // Text made of pieces of triggers, hosts and their look-alikes, cut anywhere.
        let pieces: &[&str] = &[
            "error",
            "rror",
            "Error",
            "ERROR",
            "eRROR",
            "mirror",
            "terrors",
            "e",
            "E",
            "x",
            "exception",
            "xception",
            "XCEPTION",
            "EXCEPTION",
            "Exception",
            "HTTP/1.1 ",
            "HTTP/1.1 4",
            "HTTP/2 5",
            "HTTP/2 2",
            "HTTP/1.1\" 429",
            "HTTP",
            "HTTP/",
            "1.1 4",
            "P/2 5",
            "/2 4",
            "4",
            "5",
            "://api.",
            "://api.openai.com",
            "://api.x.ai",
            "://api.example.com",
            "://openrouter.ai/api",
            "://openrouter.",
            "://bedrock-runtime.",
            "://generativelanguage.googleapis.com",
            "://aiplatform.",
            "://aiplatform.googleapis.com",
            "DEADLINE_EXCEEDED",
            "_EXCEEDED",
            "NOT_FOUND",
            "UNAVAILABLE",
            "INTERNAL",
            "@type",
            "StatusCode",
            "Quota exceeded",
            " ",
            "\n",
            "Rate limit reached",
            "maximum context length",
            // The names of numbers, and what is not one.
            "s",
            "_rate",
            "_code",
            "Status",
            "\":0",
            "\": 0,",
            "'",
            "=0.03 ",
            "=-1",
            "=null,",
            "=None",
            "=nullable",
            "=429 ",
            "=4",
            ":",
            "=",
            "0x1f ",
            "\t",
        ];
        let mut next = crate::testing::below(0x2545_f491_4f6c_dd1du64);
        for _ in 0..20_000 {
            let mut text = Vec::new();
            for _ in 0..1 + next(6) {
                text.extend_from_slice(pieces[next(pieces.len())].as_bytes());
            }
            let from = next(text.len() + 1);
            let to = from + next(text.len() - from + 1);
            let want = unfolded_next_hit(&text, from, to);
            let got = next_hit(&text, from, to).map(|(start, _, hit)| (start, hit));
            // A folded literal starts inside its trigger (`rror` in `error`, `_EXCEEDED` in
            // `DEADLINE_EXCEEDED`): what the scanner takes from a trigger hit is its line.
            let line_of =
                |at: usize| memchr::memrchr(b'\n', &text[from..at]).map_or(from, |i| from + i + 1);
            let same = match (want, got) {
                (Some((a, Hit::Trigger)), Some((b, Hit::Trigger))) => line_of(a) == line_of(b),
                (Some((a, x)), Some((b, y))) => x == y && a == b,
                (None, None) => true,
                _ => false,
            };
            assert!(
                same,
                "{:?} in {from}..{to}: unfolded {want:?}, folded {got:?}",
                String::from_utf8_lossy(&text)
            );
            assert_eq!(
                has_trigger(&text),
                {
                    let mut at = 0;
                    loop {
                        match unfolded_next_hit(&text, at, text.len()) {
                            Some((_, Hit::Trigger)) => break true,
                            Some((start, Hit::Host(_))) => at = start + 1,
                            None => break false,
                        }
                    }
                },
                "{:?}",
                String::from_utf8_lossy(&text)
            );
        }
    }

    #[test]
    fn a_word_that_names_a_number_is_no_trigger() {
        for line in [
            r#"{"ts":"2025-12-10T00:00:05Z","msg":"cache stats","hits":62953,"errors":0}"#,
            "INFO  [metrics] error_rate=0.03 p99_ms=720 rps=1159",
            "WARN  [gemini] retry budget ok, errors_last_min=0\n",
            r#"level=WARN msg="slow query" error=null duration_ms=3629"#,
            r#"{"error": null, "took_ms": 12}"#,
            "{'exceptions_total': -1.5e3, 'ok': True}",
            "ErrorCount:\t7 ",
        ] {
            assert!(!has_trigger(line.as_bytes()), "{line}");
        }
        for line in [
            // A status, or a key that names a code or a status, is what an error is known by.
            "Error: 429 Resource has been exhausted (e.g. check quota).",
            r#"{"error_code":429,"description":"Too Many Requests"}"#,
            "error_code=8 desc=x",
            "errorStatus: 3 ",
            // Not a number.
            r#"{"errors":0x1f}"#,
            "error=nullable ",
            "errors=-x ",
            "errors=- ",
            r#""error": {"code": 429"#,
            "error count=0",
            // A number with no end in sight: a piece of a longer line.
            r#""errors":0"#,
            // The word counts again when it comes back as something else.
            r#"{"errors":0,"msg":"upstream error"}"#,
        ] {
            assert!(has_trigger(line.as_bytes()), "{line}");
        }
    }

    #[test]
    fn strings_short_and_long_hide_their_brackets_until_the_closing_quote() {
        let state = |line: &str| {
            let mut t = Tracker::default();
            t.feed(line.as_bytes());
            (t.depth, t.quote)
        };
        assert_eq!(state(r#"{"a":"[x]","b":1}"#), (0, None));
        // The escaped quote and the bracket lie past the short look-ahead.
        let long = format!(r#"{{"msg":"{}\"[{}","b":["#, "x".repeat(30), "y".repeat(30));
        assert_eq!(state(&long), (2, None));
        let open = format!(r#"{{"msg":"{}"#, "z".repeat(40));
        assert_eq!(state(&open), (1, Some(b'"')));
        assert_eq!(string_stop(b'"', b"abc"), None);
        assert_eq!(string_stop(b'"', &[b'a'; 100]), None);
        let mut far = vec![b'a'; 100];
        far[60] = b'\\';
        assert_eq!(string_stop(b'"', &far), Some(60));
        far[10] = b'"';
        assert_eq!(string_stop(b'"', &far), Some(10));
    }

    /// Skipping an ordinary block in `seek` leaves the scanner where the region states would
    /// have: the same events (regions, breaks and sync points) from the same input, over every
    /// fixture and over logs made of the lines that decide where a block ends.
    #[test]
    fn skipped_blocks_are_what_the_regions_would_have_dropped() {
        use proptest::prelude::*;
        let events = |input: &[u8], chunk: usize, skip_blocks: bool| {
            let mut s = Scanner::with_sync_points(0, 0..0);
            s.skip_blocks = skip_blocks;
            let mut out = Vec::new();
            for piece in input.chunks(chunk) {
                s.feed(piece, &mut out);
            }
            s.finish(&mut out);
            out
        };
        let same = |input: &[u8]| {
            for chunk in [7, 64, 4096, 1 << 20] {
                let (fast, slow) = (events(input, chunk, true), events(input, chunk, false));
                if fast != slow {
                    return Err(format!(
                        "chunk {chunk}: {:?}\n{fast:?}\n!=\n{slow:?}",
                        String::from_utf8_lossy(input)
                    ));
                }
            }
            Ok(())
        };
        let lines: Vec<&[u8]> = vec![
            b"2025-12-10 00:01:47,757 ERROR worker: job 41767 crashed",
            b"2025-12-10 00:01:47,757 ERROR worker: job 41767 crashed:",
            b"2025-12-10T00:06:12.744Z ERROR request failed {\"a\": [1,",
            b"2025-12-10T00:06:12.744Z ERROR upstream said 429 RESOURCE_EXHAUSTED",
            b"2025-12-10T00:06:12.744Z WARN  error count=3",
            b"2025-12-10T00:06:12.744Z INFO  [cache] ok",
            b"12:07:55 error in handler",
            b"Traceback (most recent call last):",
            b"  File \"/app/worker.py\", line 88, in run_job",
            b"    row = rows[key]",
            b"    data = {\"k\": [",
            b"    ]}",
            b"  'unclosed",
            b"ValueError: invalid literal for int() with base 10: 'n/a'",
            b"java.lang.IllegalStateException: cart 1606 is locked",
            b"\tat com.example.shop.cart.CartService.update(CartService.java:142)",
            b"Caused by: java.io.IOException: reset",
            b"During handling of the above exception, another exception occurred:",
            b"Status: 429 (Too Many Requests)",
            b"ErrorCode: 429",
            b"Headers:",
            b"retry-after: 20",
            b"Details:",
            b"HTTP/1.1 500 Internal Server Error",
            b"{\"ts\":\"2025-12-10T00:01:59Z\",\"level\":\"warn\",\"error\":\"reset\"}",
            b"{\"error\": {\"code\": 429, \"status\": \"RESOURCE_EXHAUSTED\"}}",
            b"10.1.2.3 - - [10/Dec/2025:00:01:56 +0000] \"GET / HTTP/1.1\" 200 5",
            b"10.1.2.3 - - [10/Dec/2025:00:01:56 +0000] \"GET /error HTTP/1.1\" 200 5",
            b"time=2025-12-10T00:01:56Z level=WARN msg=\"slow\" error=null",
            b"level=error msg=\"broken\"",
            b"...",
            b"}",
            b"  \"message\": \"quota\"",
            b"",
            b"   ",
            b"plain prose line",
            b"prose with an error in it",
            b"\x1b[31m2025-12-10 00:01:47 ERROR red\x1b[0m",
        ];
        let log = proptest::collection::vec(proptest::sample::select(lines), 1..40);
        let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
            cases: 1500,
            failure_persistence: None,
            ..ProptestConfig::default()
        });
        runner
            .run(&log, |log| {
                let mut input = log.join(&b'\n');
                // With its last line ended, and without (the input's end ends it).
                same(&input).map_err(TestCaseError::fail)?;
                input.push(b'\n');
                same(&input).map_err(TestCaseError::fail)
            })
            .unwrap();
        // Blocks around the most lines a region takes after its first.
        for frames in [MAX_EXTEND_LINES - 1, MAX_EXTEND_LINES, MAX_EXTEND_LINES + 1] {
            let mut input = b"2025-12-10 00:01:47,757 ERROR worker: job 1 crashed\n".to_vec();
            input.extend(b"\tat a.b(C.java:1)\n".repeat(frames as usize));
            input.extend(b"plain prose line\n2025-12-10 00:01:48,000 INFO next\n");
            same(&input).unwrap();
        }
        // And around the most bytes a region holds.
        let mut input = b"2025-12-10 00:01:47,757 ERROR worker: job 1 crashed\n".to_vec();
        let frame = format!("\tat {}\n", "x".repeat(REGION_CAP / 40));
        input.extend(frame.repeat(45).as_bytes());
        input.extend(b"plain prose line\n2025-12-10 00:01:48,000 INFO next\n");
        same(&input).unwrap();
        let mut dirs =
            vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
        let mut seen = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("fixtures") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    same(&std::fs::read(&path).expect("fixture")).unwrap();
                    seen += 1;
                }
            }
        }
        assert!(seen > 90, "{seen} fixtures");
    }

    #[test]
    fn log_prefix_matches_what_its_regex_matches() {
        let re = regex::bytes::Regex::new(
            r"(?-u)^(?:\x1b\[[0-9;]*m)*(?:\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?|\d\d:\d\d:\d\d(?:[.,]\d+)?|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)",
        )
        .unwrap();
        for line in [
            "2025-12-10T04:17:00.377Z ERROR x",
            "2025-12-10 04:17:00,377 WARN",
            "[2025-12-10 04:17:00] x",
            "2025/12/10 04:17:00 x",
            "2025-12-10T04:17:00+01:00 x",
            "2025-12-10T04:17:00-0800 x",
            "2025-12-10T04:17:00+01:x",
            "2025-12-10T04:17:00.x",
            "04:17:00.123 x",
            "04:17:0 x",
            "Dec 10 04:17:00 host",
            "Dec  9 04:17:00 host",
            "\x1b[2m\x1b[0;31m2025-12-10T04:17:00Z x",
            "\x1b[2x2025-12-10T04:17:00Z",
            "[2025-12-10",
            "{\"ts\":1}",
            "",
            "2025-12-10T04:17:00",
        ] {
            let want = re.find(line.as_bytes()).map(|m| m.end());
            assert_eq!(log_prefix(line.as_bytes()), want, "{line:?}");
        }
    }

    fn regions(input: &str) -> Vec<(u64, String, bool)> {
        let mut s = Scanner::new();
        let mut out = Vec::new();
        s.feed(input.as_bytes(), &mut out);
        s.finish(&mut out);
        out.into_iter()
            .filter_map(|e| match e {
                Event::Region(r) => Some((r.first_line, r.text, r.glued)),
                Event::Break | Event::Sync(_) => None,
            })
            .collect()
    }

    #[test]
    fn quiet_lines_make_no_regions() {
        assert!(regions("hello\nworld\n{\"status\":200}\n").is_empty());
    }

    #[test]
    fn pretty_payload_is_one_region_from_its_opening_line() {
        let text = "curl output:\n{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"a } b\"\n  }\n}\nafter\n";
        let r = regions(text);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, 2);
        assert_eq!(
            r[0].1,
            "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"a } b\"\n  }\n}\n"
        );
    }

    #[test]
    fn cut_line_ends_at_blank_line() {
        let text = "x 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exc...\n\nnext line\n";
        let r = regions(text);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, 1);
        assert!(r[0].1.ends_with("You exc...\n"));
    }

    #[test]
    fn prose_after_an_unclosed_bracket_ends_the_region() {
        let text = "ERROR 503: see [docs\n2025-01-01 INFO all good\nplain words here\n";
        let r = regions(text);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1, "ERROR 503: see [docs\n");
    }

    #[test]
    fn access_and_logfmt_lines_are_records_of_their_own() {
        assert!(starts_record(
            b"10.1.22.3 - - [10/Dec/2025:04:17:00 +0000] \"GET / HTTP/1.1\" 404 12"
        ));
        assert!(starts_record(b"time=2025-12-10T04:17:00Z level=WARN msg=x"));
        assert!(starts_record(b"level=error msg=\"boom\""));
        assert!(!starts_record(b"10.1.22 - - [10/Dec/2025"));
        assert!(!starts_record(b"1234.5.6.7 - - x"));
        assert!(!starts_record(b"time=later"));
        // So an access line after an error line is not more of its record.
        let text = "2025-12-10T04:17:00Z ERROR call failed: 503 UNAVAILABLE\n10.1.2.3 - - [10/Dec/2025:04:17:01 +0000] \"GET / HTTP/1.1\" 404 12\n";
        let r = regions(text);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].1,
            "2025-12-10T04:17:00Z ERROR call failed: 503 UNAVAILABLE\n"
        );
    }

    #[test]
    fn regions_without_evidence_are_not_emitted() {
        // The stream would drop them; the scanner does not copy them out at all.
        let text = "ERROR: see [docs\n2025-01-01 INFO error count=0\n2025-01-01 INFO ok\n";
        assert_eq!(regions(text), vec![]);
    }

    #[test]
    fn traceback_glue_marks_the_next_region() {
        let text = "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.RESOURCE_EXHAUSTED\n\tdetails = \"Quota\"\n>\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"a.py\", line 1, in <module>\ngoogle.api_core.exceptions.ResourceExhausted: 429 Quota\nnext\n";
        let r = regions(text);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].0, 1);
        assert!(r[0].1.contains("details = \"Quota\""));
        assert!(r[1].2, "second region is glued");
        assert_eq!(r[1].0, 10);
    }

    #[test]
    fn chunk_boundaries_do_not_matter() {
        let text = "a\n{\n  \"error\": {\n    \"code\": 503\n  }\n}\nb ERROR 503 UNAVAILABLE\nc\n";
        let whole = regions(text);
        for split in 1..text.len() {
            let mut s = Scanner::new();
            let mut out = Vec::new();
            s.feed(&text.as_bytes()[..split], &mut out);
            s.feed(&text.as_bytes()[split..], &mut out);
            s.finish(&mut out);
            let got: Vec<(u64, String, bool)> = out
                .into_iter()
                .filter_map(|e| match e {
                    Event::Region(r) => Some((r.first_line, r.text, r.glued)),
                    Event::Break | Event::Sync(_) => None,
                })
                .collect();
            assert_eq!(got, whole, "split at {split}");
        }
    }

    #[test]
    fn an_api_host_opens_no_region_but_names_the_context_of_later_ones() {
        let text = "boot base_url=https://api.x.ai/v1\nok\nx 429 error\n";
        let mut s = Scanner::new();
        let mut out = Vec::new();
        s.feed(text.as_bytes(), &mut out);
        s.finish(&mut out);
        let regions: Vec<&Region> = out
            .iter()
            .filter_map(|e| match e {
                Event::Region(r) => Some(r),
                Event::Break | Event::Sync(_) => None,
            })
            .collect();
        assert_eq!(regions.len(), 1, "{regions:?}");
        assert_eq!(regions[0].first_line, 3);
        assert_eq!(regions[0].context, Some(Provider::Xai));
        assert!(!has_trigger(b"https://api.x.ai/v1"));
    }

    #[test]
    fn azure_request_failed_block_is_one_region_with_its_headers() {
        let text = "Azure.RequestFailedException: Too many requests.\nStatus: 429 (Too Many Requests)\nErrorCode: 429\n\nContent:\n{\"error\":{\"code\":\"429\"}}\n\nHeaders:\nretry-after: 20\nDate: Tue, 15 Apr 2025 09:30:41 GMT\n\n   at Azure.Core.HttpPipelineExtensions.ProcessMessageAsync()\nnext: an ordinary line\n";
        let r = regions(text);
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.contains("retry-after: 20"), "{r:?}");
        assert!(r[0].1.contains("   at Azure.Core"), "{r:?}");
        assert!(!r[0].1.contains("next:"), "{r:?}");
    }

    #[test]
    fn timestamp_prefixed_payload() {
        let text = "2025-12-10T04:17:03.123Z ERROR [c] {\n2025-12-10T04:17:03.123Z ERROR [c]   \"error\": {\n2025-12-10T04:17:03.124Z ERROR [c]     \"code\": 429\n2025-12-10T04:17:03.124Z ERROR [c]   }\n2025-12-10T04:17:03.124Z ERROR [c] }\n2025-12-10T04:17:04.000Z INFO [c] done\n";
        let r = regions(text);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.lines().count(), 5);
    }
}
