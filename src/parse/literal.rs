//! A lenient reader for the structured literals that logs hold: JSON, Python reprs, Node's
//! `util.inspect` output, Ruby hashes. They share one shape (objects, arrays, strings, numbers)
//! and differ in details that strict parsers reject: single quotes, `True`/`None`, unquoted keys,
//! adjacent or `+`-joined string pieces, trailing commas, `=>`, full-width punctuation from a
//! retyped paste, strings hard-wrapped by a terminal, and above all payloads cut off mid-string.
//! Everything becomes a `serde_json::Value`, and a cut-off payload keeps everything read before
//! the cut, flagged `truncated`.
//!
//! Nesting is capped (`MAX_DEPTH`) so that hostile input cannot overflow the stack.

use serde_json::{Map, Number, Value};

/// Deeper than any real payload (Google's are about 6 levels); deep enough not to matter.
const MAX_DEPTH: usize = 96;

/// A value read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: Value,
    /// Byte offset just past the value.
    pub end: usize,
    /// The input ended (or broke off) before the value was complete.
    pub truncated: bool,
}

/// Why reading stopped early.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    /// The text ended inside the value: a cut-off payload.
    Eof,
    /// Something no dialect allows here.
    Invalid,
}

/// Reads one object or array starting at `start` (which must hold `{`, `[` or `(`). Returns
/// `None` when the text there is not a literal at all (a `[INFO]` tag, a `{name}` placeholder).
pub fn parse_at(text: &str, start: usize) -> Option<Parsed> {
    let mut p = Reader {
        s: text,
        b: text.as_bytes(),
        pos: start,
        depth: 0,
        stop: None,
        elided: false,
    };
    let value = p.container()?;
    match p.stop {
        None => Some(Parsed {
            value,
            end: p.pos,
            truncated: p.elided,
        }),
        // A stop after real content is a cut (or mangled) payload; keep what was read.
        Some(_) if has_content(&value) => Some(Parsed {
            value,
            end: p.pos,
            truncated: true,
        }),
        Some(_) => None,
    }
}

/// Reads the list that google-api-core prints after a gRPC error message: protobuf text format
/// messages without braces, separated by `, ` (`[reason: "RATE_LIMIT_EXCEEDED"\ndomain: "…"\n,
/// links {…}\n]`). Each message becomes an object; the caller infers its type from its fields.
pub fn parse_textproto_list_at(text: &str, start: usize) -> Option<Parsed> {
    if text.as_bytes().get(start) != Some(&b'[') {
        return None;
    }
    let mut p = Reader {
        s: text,
        b: text.as_bytes(),
        pos: start + 1,
        depth: 1,
        stop: None,
        elided: false,
    };
    let mut items = Vec::new();
    loop {
        p.skip_ws();
        match p.peek() {
            None => {
                p.fail(Stop::Eof);
                break;
            }
            Some((b']', _)) => {
                p.pos += 1;
                break;
            }
            Some((b',', _)) => p.pos += 1,
            Some(_) => {
                let Some(Value::Object(m)) = p.bare_message() else {
                    break;
                };
                if m.is_empty() {
                    p.fail(Stop::Invalid);
                    break;
                }
                items.push(Value::Object(m));
                if p.stop.is_some() {
                    break;
                }
            }
        }
    }
    if items.is_empty() {
        return None;
    }
    Some(Parsed {
        value: Value::Array(items),
        end: p.pos,
        truncated: p.stop.is_some() || p.elided,
    })
}

/// Reads the quoted string literal (JSON, Python, Python bytes `b'…'`) at `start`, decoded.
/// Used for payloads that a log holds only as a string: LiteLLM prints the response body as
/// `b'{\n  "error": …}'`.
pub fn parse_string_at(text: &str, start: usize) -> Option<(String, usize)> {
    let mut p = Reader {
        s: text,
        b: text.as_bytes(),
        pos: start,
        depth: 0,
        stop: None,
        elided: false,
    };
    if matches!(p.b.get(p.pos), Some(b'b' | b'u' | b'r')) {
        p.pos += 1;
    }
    match p.string_value()? {
        Value::String(s) if p.stop.is_none() => Some((s, p.pos)),
        _ => None,
    }
}

fn has_content(v: &Value) -> bool {
    match v {
        Value::Object(m) => !m.is_empty(),
        Value::Array(a) => a
            .iter()
            .any(|x| matches!(x, Value::Object(_) | Value::Array(_))),
        _ => false,
    }
}

struct Reader<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
    depth: usize,
    stop: Option<Stop>,
    /// The printer left something out (`[Object]`, rich's `'…'+336`): facts are missing even
    /// though the literal is complete.
    elided: bool,
}

/// Full-width punctuation a retyped paste may hold, mapped to its ASCII role.
fn fullwidth(c: char) -> Option<u8> {
    Some(match c {
        '｛' => b'{',
        '｝' => b'}',
        '［' => b'[',
        '］' => b']',
        '，' => b',',
        '：' => b':',
        '“' | '”' => b'"',
        _ => return None,
    })
}

impl Reader<'_> {
    fn fail(&mut self, stop: Stop) -> Option<Value> {
        if self.stop.is_none() {
            self.stop = Some(stop);
        }
        None
    }

    fn at_end(&self) -> bool {
        self.pos >= self.b.len()
    }

    /// The structural byte at the cursor, mapping full-width punctuation; `(byte, width)`.
    fn peek(&self) -> Option<(u8, usize)> {
        let b = *self.b.get(self.pos)?;
        if b < 0x80 {
            return Some((b, 1));
        }
        let c = self.s[self.pos..].chars().next()?;
        match fullwidth(c) {
            Some(a) => Some((a, c.len_utf8())),
            None => Some((0x80, c.len_utf8())),
        }
    }

    fn skip_ws(&mut self) {
        while let Some(&b) = self.b.get(self.pos) {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => self.pos += 1,
                // U+3000 ideographic space, U+00A0 no-break space.
                0xE3 if self.b[self.pos..].starts_with("\u{3000}".as_bytes()) => self.pos += 3,
                0xC2 if self.b.get(self.pos + 1) == Some(&0xA0) => self.pos += 2,
                _ => break,
            }
        }
    }

    fn container(&mut self) -> Option<Value> {
        let (open, w) = self.peek()?;
        let close = match open {
            b'{' => b'}',
            b'[' => b']',
            b'(' => b')',
            _ => return None,
        };
        if self.depth >= MAX_DEPTH {
            return self.fail(Stop::Invalid);
        }
        self.depth += 1;
        self.pos += w;
        let v = if open == b'{' {
            self.object(close)
        } else {
            self.array(close)
        };
        self.depth -= 1;
        v
    }

    /// Text-format fields up to a `,` or `]` that ends the message (not consumed).
    fn bare_message(&mut self) -> Option<Value> {
        let mut map = Map::new();
        loop {
            self.skip_ws();
            match self.peek() {
                None => {
                    self.fail(Stop::Eof);
                    return Some(Value::Object(map));
                }
                Some((b',' | b']', _)) => return Some(Value::Object(map)),
                Some(_) => {}
            }
            let Some(key) = self.key() else {
                self.fail(Stop::Invalid);
                return Some(Value::Object(map));
            };
            self.skip_ws();
            match self.peek() {
                Some((b':', w)) => {
                    self.pos += w;
                    self.skip_ws();
                }
                Some((b'{', _)) => {}
                None => {
                    self.fail(Stop::Eof);
                    return Some(Value::Object(map));
                }
                Some(_) => {
                    self.fail(Stop::Invalid);
                    return Some(Value::Object(map));
                }
            }
            match self.value() {
                Some(v) => insert_repeated(&mut map, key, v),
                None => return Some(Value::Object(map)),
            }
            if self.stop.is_some() {
                return Some(Value::Object(map));
            }
        }
    }

    fn object(&mut self, close: u8) -> Option<Value> {
        let mut map = Map::new();
        loop {
            self.skip_ws();
            let Some((b, w)) = self.peek() else {
                self.fail(Stop::Eof);
                return Some(Value::Object(map));
            };
            if b == close {
                self.pos += w;
                return Some(Value::Object(map));
            }
            if b == b',' {
                self.pos += w;
                continue;
            }
            let Some(key) = self.key() else {
                if self.stop.is_none() {
                    self.fail(Stop::Invalid);
                }
                return Some(Value::Object(map));
            };
            self.skip_ws();
            match self.peek() {
                None => {
                    self.fail(Stop::Eof);
                    return Some(Value::Object(map));
                }
                Some((b':', w)) => self.pos += w,
                Some((b'=', _)) if self.b.get(self.pos + 1) == Some(&b'>') => self.pos += 2,
                Some((b'=', _)) => self.pos += 1,
                // Protobuf text format writes nested messages without a colon: `metadata {`.
                Some((b'{', _)) => {}
                Some(_) => {
                    self.fail(Stop::Invalid);
                    return Some(Value::Object(map));
                }
            }
            self.skip_ws();
            match self.value() {
                Some(v) => insert_repeated(&mut map, key, v),
                None => {
                    if self.stop.is_none() {
                        self.fail(Stop::Invalid);
                    }
                    return Some(Value::Object(map));
                }
            }
            if self.stop.is_some() {
                return Some(Value::Object(map));
            }
        }
    }

    fn array(&mut self, close: u8) -> Option<Value> {
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            let Some((b, w)) = self.peek() else {
                self.fail(Stop::Eof);
                return Some(Value::Array(items));
            };
            if b == close {
                self.pos += w;
                return Some(Value::Array(items));
            }
            if b == b',' {
                self.pos += w;
                continue;
            }
            match self.value() {
                Some(v) => items.push(v),
                None => {
                    if self.stop.is_none() {
                        self.fail(Stop::Invalid);
                    }
                    return Some(Value::Array(items));
                }
            }
            if self.stop.is_some() {
                return Some(Value::Array(items));
            }
            // Between elements only a separator or the close may follow; anything else means
            // this was not a literal (`[429 Too Many Requests]`).
            self.skip_ws();
            match self.peek() {
                Some((b',', _)) => {}
                Some((b, _)) if b == close => {}
                None => {}
                Some(_) => {
                    self.fail(Stop::Invalid);
                    return Some(Value::Array(items));
                }
            }
        }
    }

    fn key(&mut self) -> Option<String> {
        let (b, _) = self.peek()?;
        match b {
            b'"' | b'\'' => match self.string_value()? {
                Value::String(s) => Some(s),
                _ => None,
            },
            b'u' | b'b' if matches!(self.b.get(self.pos + 1), Some(b'\'' | b'"')) => {
                self.pos += 1;
                self.key()
            }
            _ if is_ident_start(b) || b.is_ascii_digit() || b == b'-' => {
                let start = self.pos;
                while self
                    .b
                    .get(self.pos)
                    .is_some_and(|&c| is_ident_char(c) || c == b'-')
                {
                    self.pos += 1;
                }
                Some(self.s[start..self.pos].to_owned())
            }
            _ => None,
        }
    }

    fn value(&mut self) -> Option<Value> {
        let Some((b, _)) = self.peek() else {
            return self.fail(Stop::Eof);
        };
        match b {
            b'{' | b'(' => self.container(),
            b'[' => {
                // Node's placeholders for what it did not print: `[Object]`, `[Array]`,
                // `[Function: f]`, `[Circular *1]`, `[Getter]`.
                if let Some(len) = node_placeholder(&self.b[self.pos..]) {
                    self.pos += len;
                    self.elided = true;
                    return Some(Value::Null);
                }
                self.container()
            }
            b'"' | b'\'' => self.string_value(),
            b'u' | b'b' | b'r' if matches!(self.b.get(self.pos + 1), Some(b'\'' | b'"')) => {
                // Python `b'…'` (LiteLLM prints response bodies as bytes), `u'…'`, `r'…'`.
                self.pos += 1;
                self.string_value()
            }
            b'-' | b'+' | b'0'..=b'9' | b'.' => self.number(),
            b'<' => self.angle(),
            _ if is_ident_start(b) => self.word(),
            _ => self.fail(Stop::Invalid),
        }
    }

    /// A quoted string, then any pieces joined to it (Python's adjacent literals, Node's ` + `).
    fn string_value(&mut self) -> Option<Value> {
        let mut out = String::new();
        loop {
            let (q, w) = self.peek()?;
            self.pos += w;
            let closed = self.string_body(q, &mut out);
            if !closed {
                trim_cut_marker(&mut out);
                self.fail(Stop::Eof);
                return Some(Value::String(out));
            }
            // Look for a continuation piece without consuming anything else.
            let save = self.pos;
            self.skip_ws();
            if self.b.get(self.pos) == Some(&b'+') {
                // rich shortens long strings to `'…'+336`: the number of characters left out.
                let digits = self.b[self.pos + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if digits > 0 {
                    self.pos += 1 + digits;
                    self.elided = true;
                    return Some(Value::String(out));
                }
                self.pos += 1;
                self.skip_ws();
            }
            match self.peek() {
                Some((b'"' | b'\'', _)) if self.pos > save => continue,
                _ => {
                    self.pos = save;
                    return Some(Value::String(out));
                }
            }
        }
    }

    /// Reads up to the closing quote; returns false when the text ends first.
    fn string_body(&mut self, quote: u8, out: &mut String) -> bool {
        loop {
            let rest = &self.b[self.pos..];
            // Jump to the next byte that needs attention.
            let Some(i) = memchr::memchr3(quote, b'\\', b'\n', rest) else {
                // A full-width closing quote is rare enough to handle on this slow path.
                out.push_str(&self.s[self.pos..]);
                self.pos = self.b.len();
                return false;
            };
            out.push_str(&self.s[self.pos..self.pos + i]);
            self.pos += i;
            match self.b[self.pos] {
                b'\\' => self.escape(out),
                b'\n' => self.hard_wrap(out),
                _ => {
                    self.pos += 1;
                    return true;
                }
            }
            if self.at_end() {
                return false;
            }
        }
    }

    fn escape(&mut self, out: &mut String) {
        let Some(&c) = self.b.get(self.pos + 1) else {
            self.pos += 1;
            return;
        };
        self.pos += 2;
        match c {
            b'n' => out.push('\n'),
            b't' => out.push('\t'),
            b'r' => out.push('\r'),
            b'b' => out.push('\u{8}'),
            b'f' => out.push('\u{c}'),
            b'v' => out.push('\u{b}'),
            b'a' => out.push('\u{7}'),
            b'0' if !self.b.get(self.pos).is_some_and(u8::is_ascii_digit) => out.push('\0'),
            b'/' | b'\\' | b'\'' | b'"' => out.push(c as char),
            b'\n' => {} // Python line continuation inside a string
            b'x' => self.hex_escape(2, out),
            b'u' => self.unicode_escape(out),
            b'U' => self.hex_escape(8, out),
            _ => {
                // Unknown escape: keep it as written, as Python does. The byte after the
                // backslash may start a multi-byte character, so step back to copy it whole.
                out.push('\\');
                self.pos -= 1;
            }
        }
    }

    fn hex_digits(&self, n: usize) -> Option<u32> {
        let digits = self.s.get(self.pos..self.pos + n)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    fn hex_escape(&mut self, n: usize, out: &mut String) {
        match self.hex_digits(n).and_then(char::from_u32) {
            Some(ch) => {
                out.push(ch);
                self.pos += n;
            }
            None => out.push_str(if n == 2 { "\\x" } else { "\\U" }),
        }
    }

    fn unicode_escape(&mut self, out: &mut String) {
        let Some(hi) = self.hex_digits(4) else {
            out.push_str("\\u");
            return;
        };
        self.pos += 4;
        if (0xD800..0xDC00).contains(&hi) && self.b[self.pos..].starts_with(b"\\u") {
            self.pos += 2;
            if let Some(lo) = self.hex_digits(4) {
                self.pos += 4;
                if (0xDC00..0xE000).contains(&lo) {
                    let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                    out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    return;
                }
            }
            out.push('\u{FFFD}');
            return;
        }
        out.push(char::from_u32(hi).unwrap_or('\u{FFFD}'));
    }

    /// A raw newline inside a string is a wrap added by a terminal or a formatter, never part of
    /// the value (JSON and Python both forbid it). A wrap with indentation after it came from a
    /// formatter that breaks at spaces, so it stands for one space; a wrap straight into the next
    /// column-0 character cut a word or URL in two, so the halves are joined.
    fn hard_wrap(&mut self, out: &mut String) {
        let had_space = out.ends_with([' ', '\t']);
        while out.ends_with([' ', '\t', '\r']) {
            out.pop();
        }
        self.pos += 1;
        let indent_start = self.pos;
        while matches!(self.b.get(self.pos), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
        let indented = self.pos > indent_start;
        let prev = out.chars().last();
        let next = self.s[self.pos..].chars().next();
        let token_break = matches!(prev, Some('.' | '/' | '-' | '_' | ':' | '=' | '?' | '&'))
            && next.is_some_and(|c| c.is_ascii_alphanumeric())
            && !had_space;
        if (had_space || indented) && !token_break && prev.is_some() {
            out.push(' ');
        }
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.pos;
        let b = self.b;
        let mut i = self.pos;
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        if b[i..].starts_with(b"Infinity") {
            self.pos = i + 8;
            return Some(Value::Null);
        }
        while i < b.len() && (b[i].is_ascii_digit() || matches!(b[i], b'.' | b'_')) {
            i += 1;
        }
        if i < b.len() && matches!(b[i], b'e' | b'E') {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'-' | b'+')) {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                i = j;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
        }
        // Python long suffix and JS BigInt suffix.
        let raw = self.s[start..i].replace('_', "");
        if matches!(b.get(i), Some(b'L' | b'n')) {
            i += 1;
        }
        if raw.is_empty() || raw == "-" || raw == "+" || raw == "." {
            return self.fail(Stop::Invalid);
        }
        self.pos = i;
        if i == b.len() {
            // The number may itself be cut (`'code': 4` at the end of a truncated line).
            self.fail(Stop::Eof);
        }
        Some(number_value(&raw))
    }

    /// `<...>`: a Python object repr (`<StatusCode.RESOURCE_EXHAUSTED: (8, 'resource exhausted')>`)
    /// or Node's `<ref *1>` marker before an object.
    fn angle(&mut self) -> Option<Value> {
        let start = self.pos;
        let rest = &self.b[self.pos..];
        if rest.starts_with(b"<ref *")
            && let Some(i) = memchr::memchr(b'>', rest)
        {
            self.pos += i + 1;
            self.skip_ws();
            return self.value();
        }
        let mut depth = 0usize;
        for (i, &c) in rest.iter().enumerate() {
            match c {
                b'<' => depth += 1,
                b'>' => {
                    depth -= 1;
                    if depth == 0 {
                        self.pos = start + i + 1;
                        return Some(Value::String(self.s[start..self.pos].to_owned()));
                    }
                }
                b'\n' => break,
                _ => {}
            }
        }
        self.fail(Stop::Invalid)
    }

    /// A bare word: a literal (`True`, `null`, `undefined`), an enum value
    /// (`StatusCode.RESOURCE_EXHAUSTED`), a Node class tag before an object (`Metadata {`,
    /// `Map(2) {`), or a call (`datetime.datetime(2025, 1, 1)`), kept as text.
    fn word(&mut self) -> Option<Value> {
        let start = self.pos;
        while self
            .b
            .get(self.pos)
            .is_some_and(|&c| is_ident_char(c) || c == b'.')
        {
            self.pos += 1;
        }
        let word = &self.s[start..self.pos];
        match word {
            "true" | "True" => return Some(Value::Bool(true)),
            "false" | "False" => return Some(Value::Bool(false)),
            "null" | "None" | "undefined" | "nil" | "NaN" | "Infinity" => return Some(Value::Null),
            _ => {}
        }
        let after = self.pos;
        // `Map(2) {` / `Set(1) [`: skip the size.
        if self.b.get(self.pos) == Some(&b'(') {
            if let Some(len) = balanced_parens(&self.b[self.pos..]) {
                let save = self.pos;
                self.pos += len;
                self.skip_ws();
                if matches!(self.peek(), Some((b'{' | b'[', _))) {
                    return self.container();
                }
                self.pos = save + len;
                return Some(Value::String(self.s[start..self.pos].to_owned()));
            }
            if self.pos + 1 >= self.b.len() || memchr::memchr(b')', &self.b[self.pos..]).is_none() {
                self.pos = self.b.len();
                return self.fail(Stop::Eof);
            }
        }
        self.skip_ws();
        if matches!(self.peek(), Some((b'{', _))) && word.starts_with(|c: char| c.is_uppercase()) {
            return self.container();
        }
        self.pos = after;
        Some(Value::String(word.to_owned()))
    }
}

/// A key seen again becomes a list: protobuf text format repeats a field to make a list
/// (`violations { … } violations { … }`), and no other dialect repeats keys on purpose.
fn insert_repeated(map: &mut Map<String, Value>, key: String, value: Value) {
    match map.get_mut(&key) {
        Some(Value::Array(items)) if matches!(value, Value::Object(_)) => items.push(value),
        Some(old) => {
            let first = old.take();
            *old = Value::Array(vec![first, value]);
        }
        None => {
            map.insert(key, value);
        }
    }
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b'$' || b == b'@'
}

fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b == b'@'
}

fn node_placeholder(rest: &[u8]) -> Option<usize> {
    const TAGS: [&[u8]; 6] = [
        b"[Object]",
        b"[Array]",
        b"[Getter]",
        b"[Function",
        b"[Circular",
        b"[class ",
    ];
    if !TAGS.iter().any(|t| rest.starts_with(t)) {
        return None;
    }
    memchr::memchr(b']', rest).map(|i| i + 1)
}

fn balanced_parens(rest: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    for (i, &c) in rest.iter().enumerate() {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

/// A logger that cuts a line often marks the cut (`'You exc...`, `… [truncated 653 chars]`);
/// the marker is not text.
fn trim_cut_marker(s: &mut String) {
    let t = s.trim_end();
    if t.ends_with(']')
        && let Some(i) = t.rfind('[')
    {
        let tag = &t[i + 1..t.len() - 1];
        if tag.starts_with("truncated") || tag.ends_with("chars") || tag.ends_with("more") {
            s.truncate(i);
        }
    }
    for marker in ["...", "…"] {
        if let Some(stripped) = s.trim_end().strip_suffix(marker) {
            let len = stripped.len();
            s.truncate(len);
            break;
        }
    }
    let len = s.trim_end().len();
    s.truncate(len);
}

/// Integers stay exact when they fit; other numbers become floats; a number no float can hold
/// (`1e999`) is kept as its text rather than lost.
fn number_value(raw: &str) -> Value {
    let trimmed = raw.strip_prefix('+').unwrap_or(raw);
    if let Ok(i) = trimmed.parse::<i64>() {
        return Value::Number(i.into());
    }
    if let Ok(u) = trimmed.parse::<u64>() {
        return Value::Number(u.into());
    }
    match trimmed.parse::<f64>().ok().and_then(Number::from_f64) {
        Some(n) => Value::Number(n),
        None => Value::String(raw.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(s: &str) -> Parsed {
        parse_at(s, 0).expect("parses")
    }

    #[test]
    fn json_and_python_agree() {
        let j = parse(r#"{"error": {"code": 429, "ok": true, "x": null, "l": [1, 2.5]}}"#);
        let p = parse("{'error': {'code': 429, 'ok': True, 'x': None, 'l': [1, 2.5]}}");
        assert_eq!(j.value, p.value);
        assert!(!p.truncated);
        assert_eq!(
            p.value,
            json!({"error": {"code": 429, "ok": true, "x": null, "l": [1, 2.5]}})
        );
    }

    #[test]
    fn python_escapes_and_quotes() {
        let p = parse(r#"{'m': 'it\'s \n a "quote" \xe9 \u00e9'}"#);
        assert_eq!(p.value, json!({"m": "it's \n a \"quote\" é é"}));
    }

    #[test]
    fn truncated_payload_keeps_what_came_before() {
        let p = parse("{'error': {'code': 429, 'message': 'You exc...");
        assert!(p.truncated);
        assert_eq!(
            p.value,
            json!({"error": {"code": 429, "message": "You exc"}})
        );
    }

    #[test]
    fn adjacent_and_plus_joined_strings() {
        let p = parse("{'m': 'a '\n      'b', n: 'c\\n' +\n  'd'}");
        assert_eq!(p.value, json!({"m": "a b", "n": "c\nd"}));
    }

    #[test]
    fn node_inspect_objects() {
        let p = parse(
            "{ code: 8, details: 'x', metadata: Metadata { internalRepr: Map(0) {}, options: {} }, err: [Object] }",
        );
        assert_eq!(
            p.value,
            json!({"code": 8, "details": "x", "metadata": {"internalRepr": {}, "options": {}}, "err": null})
        );
    }

    #[test]
    fn placeholders_and_tags_are_not_literals() {
        assert_eq!(parse("[INFO] started").value, json!(["INFO"]));
        assert!(parse_at("[429 Too Many Requests] x", 0).is_none());
        assert!(parse_at("{model} is unknown", 0).is_none());
    }

    #[test]
    fn hard_wraps_inside_strings() {
        let p = parse(
            "{\"m\": \"The model is    \n  overloaded\", \"u\": \"https://aiplatform.googleapis.\ncom/x\"}",
        );
        assert_eq!(
            p.value,
            json!({"m": "The model is overloaded", "u": "https://aiplatform.googleapis.com/x"})
        );
    }

    #[test]
    fn fullwidth_punctuation() {
        let p = parse("{\"code\"： 503，\"status\"： \"UNAVAILABLE\"｝");
        assert_eq!(p.value, json!({"code": 503, "status": "UNAVAILABLE"}));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let s = "[".repeat(100_000);
        assert!(parse_at(&s, 0).is_none() || parse_at(&s, 0).is_some_and(|p| p.truncated));
    }

    #[test]
    fn giant_numbers_survive() {
        let p = parse("[123456789012345678901234567890, 1e999]");
        assert_eq!(p.value[0].as_f64(), Some(1.2345678901234568e29));
        assert_eq!(p.value[1], json!("1e999"));
    }

    #[test]
    fn protobuf_text_format_list() {
        let text = "[reason: \"RATE_LIMIT_EXCEEDED\"\ndomain: \"googleapis.com\"\nmetadata {\n  key: \"quota_limit_value\"\n  value: \"0\"\n}\nmetadata {\n  key: \"service\"\n  value: \"x\"\n}\n, links {\n  description: \"d\"\n  url: \"https://u\"\n}\n]";
        let p = parse_textproto_list_at(text, 0).expect("parses");
        assert!(!p.truncated);
        assert_eq!(
            p.value,
            json!([
                {"reason": "RATE_LIMIT_EXCEEDED", "domain": "googleapis.com",
                 "metadata": [{"key": "quota_limit_value", "value": "0"}, {"key": "service", "value": "x"}]},
                {"links": {"description": "d", "url": "https://u"}}
            ])
        );
    }

    #[test]
    fn ruby_hash_rockets() {
        let p = parse(r#"{"error"=>{"code"=>403}}"#);
        assert_eq!(p.value, json!({"error": {"code": 403}}));
    }

    #[test]
    fn python_bytes_literal() {
        let p = parse(r#"{'body': b'{\n  "error": {}\n}'}"#);
        assert_eq!(p.value, json!({"body": "{\n  \"error\": {}\n}"}));
    }
}
