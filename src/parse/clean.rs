//! Undoes what terminals, loggers and chat boxes do to a payload before it is parsed: colour
//! codes, `│ … │` frames around tracebacks, `> ` quote markers, Markdown fences, and a log prefix
//! repeated on every line of a pretty-printed payload. Line structure is kept (one line out for
//! each line in), so positions found in the cleaned text map back to input lines.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::Regex;

use crate::sanitize;

static LOG_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(concat!(
        r"^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?",
        r"|\d\d:\d\d:\d\d(?:[.,]\d+)?|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)",
        r"\s?(?:(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|NOTICE)\b:?\s?)?",
        r"(?:\[[^\]]*\]:?\s?)?"
    ))
});

const FRAME: [char; 5] = ['│', '┃', '║', '╎', '┆'];

/// Returns the cleaned text, with the same number of lines as `text`.
pub fn clean(text: &str) -> String {
    let text = sanitize::strip_ansi(text);
    let lines: Vec<&str> = text.split('\n').collect();
    let strip_prefix = repeated_log_prefix(&lines);
    let mut cleaned: Vec<String> = Vec::with_capacity(lines.len());
    for raw in &lines {
        let mut line: Cow<'_, str> = Cow::Borrowed(raw.strip_suffix('\r').unwrap_or(raw));
        if strip_prefix && let Some(m) = LOG_PREFIX.find(&line) {
            line = Cow::Owned(line[m.end()..].to_owned());
        }
        let line = unframe(&line);
        let line = unquote(&line);
        cleaned.push(unfence(line).into_owned());
    }
    unwrap_hard_wraps(&mut cleaned);
    cleaned.join("\n")
}

/// A terminal that wraps a long line and a copy that keeps the breaks give lines of exactly the
/// terminal's width, the next piece starting right at column 0. Such runs are joined back into
/// their first line (the others are left empty, so line numbers still hold).
fn unwrap_hard_wraps(lines: &mut [String]) {
    let mut i = 0;
    while i + 1 < lines.len() {
        // A column is at least a byte: a short line cannot be a full-width piece.
        if lines[i].len() < 60 {
            i += 1;
            continue;
        }
        let w = columns(&lines[i]);
        let mut j = i;
        while j + 1 < lines.len()
            && w >= 60
            && columns(&lines[j]) == w
            && !lines[j].ends_with(' ')
            && lines[j + 1].starts_with(|c: char| !c.is_whitespace())
            && !crate::scan::starts_record(lines[j + 1].as_bytes())
        {
            j += 1;
        }
        // At least two full-width pieces, or one full piece before a continuation of the same
        // token (no space on either side of the break).
        if j > i && (j - i >= 2 || columns(&lines[i + 1]) == w) {
            let joined: String = lines[i..=j].concat();
            lines[i] = joined;
            for l in &mut lines[i + 1..=j] {
                l.clear();
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
}

/// Terminal columns, with the common all-ASCII case kept cheap.
fn columns(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        unicode_width::UnicodeWidthStr::width(s)
    }
}

/// Are the lines after the first a payload logged line by line (each with the same kind of
/// prefix)? The first line's prefix is left alone: the payload starts after it anyway.
fn repeated_log_prefix(lines: &[&str]) -> bool {
    let rest: Vec<&&str> = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .collect();
    if rest.len() < 2 {
        return false;
    }
    // The hand-written matcher first: most regions have no timestamped lines, and then the
    // pattern is never compiled.
    let enough = |n: usize| n * 10 >= rest.len() * 8;
    let stamped = |l: &&&&str| crate::scan::log_prefix(l.trim_start().as_bytes()).is_some();
    enough(rest.iter().filter(stamped).count())
        && enough(rest.iter().filter(|l| LOG_PREFIX.is_match(l)).count())
}

/// `│ {'error': … │` → `{'error': …`; nested frames lose every layer. Lines that are only
/// border (`╭──────╮`) become blank.
fn unframe(line: &str) -> Cow<'_, str> {
    let mut s = line.trim_end();
    if s.chars().all(|c| {
        matches!(
            c,
            '─' | '━' | '═' | '╭' | '╮' | '╰' | '╯' | '┌' | '┐' | '└' | '┘' | ' '
        ) || FRAME.contains(&c)
    }) && s.chars().any(|c| c != ' ')
        && !s.chars().all(|c| FRAME.contains(&c) || c == ' ')
    {
        return Cow::Borrowed("");
    }
    // Border lines with a title (`╭─── Traceback ───╮`) carry nothing to parse either.
    if s.trim_start().starts_with(['╭', '╰', '┌', '└']) {
        return Cow::Borrowed("");
    }
    let mut framed = false;
    loop {
        let t = s.trim_start();
        match t.strip_prefix(FRAME) {
            Some(inner) => {
                framed = true;
                s = inner.strip_prefix(' ').unwrap_or(inner);
                let e = s.trim_end();
                s = e.strip_suffix(FRAME).map_or(e, str::trim_end);
            }
            None => break,
        }
    }
    if !framed || !s.contains(FRAME) {
        return Cow::Borrowed(s);
    }
    // Indent guides inside a frame (`│   │   'code': 429`) stand between spaces.
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (k, &c) in chars.iter().enumerate() {
        let before = k == 0 || chars[k - 1] == ' ';
        let after = chars.get(k + 1).is_none_or(|&n| n == ' ');
        if FRAME.contains(&c) && before && after {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `> ` and `>> ` quote markers of Markdown and e-mail.
fn unquote(line: &str) -> &str {
    let mut s = line;
    loop {
        let t = s.trim_start_matches([' ', '\t']);
        if s.len() - t.len() > 3 {
            return s;
        }
        match t.strip_prefix('>') {
            Some(rest) if rest.is_empty() || rest.starts_with([' ', '>', '\t']) => {
                s = rest.strip_prefix(' ').unwrap_or(rest);
            }
            _ => return s,
        }
    }
}

/// A Markdown fence line is dropped; a fence glued to the payload (```` ```json{ ````) loses the
/// fence.
fn unfence(line: &str) -> Cow<'_, str> {
    let t = line.trim_start();
    let Some(rest) = t.strip_prefix("```").or_else(|| t.strip_prefix("~~~")) else {
        if let Some(head) = line.trim_end().strip_suffix("```") {
            return Cow::Owned(head.to_owned());
        }
        return Cow::Borrowed(line);
    };
    let lang_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        .count();
    let body = rest[lang_len..].trim_start();
    let body = body.trim_end().strip_suffix("```").unwrap_or(body);
    Cow::Owned(body.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_and_quotes() {
        assert_eq!(
            clean("│ │ {'error': {'code': 429, │ │\n│ │ 'status': 'X'}} │ │"),
            "{'error': {'code': 429,\n'status': 'X'}}"
        );
        assert_eq!(clean("> {\n>   \"a\": 1\n> }"), "{\n  \"a\": 1\n}");
        assert_eq!(clean("╭──── Traceback ────╮\n│ x │\n╰──────╯"), "\nx\n");
    }

    #[test]
    fn hard_wraps_are_joined() {
        let a = "x".repeat(70);
        let text = format!("{a}\n{a}\nrest\nnext line");
        assert_eq!(clean(&text), format!("{a}{a}rest\n\n\nnext line"));
        // Indented continuation lines are structure, not wraps.
        let text = format!("{a}\n  {}\n", "y".repeat(68));
        assert_eq!(clean(&text), text);
    }

    #[test]
    fn indent_guides_inside_frames() {
        assert_eq!(
            clean("│ │ x = {              │ │\n│ │     │   'a': 1     │ │"),
            "x = {\n  'a': 1"
        );
        assert_eq!(clean("│ │   a │   b   │ │"), "  a     b");
    }

    #[test]
    fn fences() {
        assert_eq!(clean("```json{\"a\": 1}```"), "{\"a\": 1}");
        assert_eq!(clean("```\n{}\n```"), "\n{}\n");
    }

    #[test]
    fn repeated_prefix_is_removed() {
        let text = "2025-12-10T04:17:03.123Z ERROR [c] {\n2025-12-10T04:17:03.123Z ERROR [c]   \"error\": {\n2025-12-10T04:17:03.124Z ERROR [c]   }\n2025-12-10T04:17:03.124Z ERROR [c] }";
        assert_eq!(clean(text), "{\n  \"error\": {\n  }\n}");
    }

    #[test]
    fn colour_codes_are_removed() {
        assert_eq!(clean("\u{1b}[31m{\"a\": 1}\u{1b}[0m\r"), "{\"a\": 1}");
    }
}
