//! Regexes that compile fast. apierr's answer to one pasted error should take a few
//! milliseconds, and most of that went to compiling patterns: a Unicode `\w` or `\d` compiles
//! to hundreds of UTF-8 ranges. The identifiers, numbers and keywords apierr looks for are ASCII,
//! so every pattern is written with Unicode classes and compiled with ASCII ones.

use std::sync::OnceLock;

use regex::{Captures, Regex};

/// Compiles a pattern of apierr's own (a bad one is a bug, caught by the tests that use it).
pub fn compile(pattern: &str) -> Regex {
    let ascii = ascii_classes(pattern);
    Regex::new(&ascii).unwrap_or_else(|e| panic!("pattern {pattern:?} does not compile: {e}"))
}

/// A pattern compiled on first need, and only needed when the text holds the literal that
/// every match must contain: of a table of message templates, a message needs two or three.
pub struct Lazy {
    pattern: String,
    literal: Option<String>,
    re: OnceLock<Regex>,
}

impl Lazy {
    pub fn new(pattern: impl Into<String>) -> Lazy {
        let pattern = pattern.into();
        let literal = required_literal(&pattern);
        Lazy {
            pattern,
            literal,
            re: OnceLock::new(),
        }
    }

    /// A pattern whose required literal is taken from `inner` (the pattern before it was wrapped
    /// in a group, say).
    pub fn with_literal(pattern: impl Into<String>, inner: &str) -> Lazy {
        Lazy {
            pattern: pattern.into(),
            literal: required_literal(inner),
            re: OnceLock::new(),
        }
    }

    /// The compiled pattern, if the text may match it.
    pub fn get(&self, text: &str) -> Option<&Regex> {
        if let Some(lit) = &self.literal
            && !text.contains(lit.as_str())
        {
            return None;
        }
        Some(self.re.get_or_init(|| compile(&self.pattern)))
    }

    pub fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        self.get(text)?.captures(text)
    }

    pub fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = Captures<'t>> + use<'r, 't> {
        self.get(text)
            .into_iter()
            .flat_map(move |re| re.captures_iter(text))
    }
}

/// The longest run of plain characters that every match contains: outside any alternative,
/// not made optional by a quantifier (a group that must match counts: its inside is searched
/// too). `None` when the pattern has a top-level alternative, a flag, or no run of three
/// characters.
pub fn required_literal(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let best = literal_in(&chars)?;
    (best.chars().count() >= 3).then_some(best)
}

/// The longest required run in a sequence; `None` if it has an alternative at its top level
/// or a flag group.
fn literal_in(p: &[char]) -> Option<String> {
    let mut best = String::new();
    let mut run = String::new();
    let keep = |run: &mut String, best: &mut String| {
        if run.chars().count() > best.chars().count() {
            best.clone_from(run);
        }
        run.clear();
    };
    let quantified = |at: usize| matches!(p.get(at), Some('?' | '*' | '{'));
    let mut i = 0;
    while i < p.len() {
        let c = p[i];
        match c {
            '\\' => {
                let next = p.get(i + 1).copied();
                i += 2;
                match next {
                    Some(n) if n.is_ascii_punctuation() && !quantified(i) => run.push(n),
                    _ => keep(&mut run, &mut best),
                }
                continue;
            }
            '|' => return None,
            '(' => {
                keep(&mut run, &mut best);
                let close = group_end(p, i)?;
                let mut inner = &p[i + 1..close];
                if inner.first() == Some(&'?') {
                    match inner.get(1) {
                        Some(':') => inner = &inner[2..],
                        Some('P') => {
                            let name_end = inner.iter().position(|&x| x == '>')?;
                            inner = &inner[name_end + 1..];
                        }
                        // A flag group such as `(?i)` changes how literals match.
                        _ => return None,
                    }
                }
                if !quantified(close + 1)
                    && let Some(lit) = literal_in(inner)
                    && lit.chars().count() > best.chars().count()
                {
                    best = lit;
                }
                i = close + 1;
                continue;
            }
            '[' => {
                keep(&mut run, &mut best);
                i = class_end(p, i) + 1;
                continue;
            }
            '?' | '*' => keep(&mut run, &mut best),
            '{' => {
                keep(&mut run, &mut best);
                while i < p.len() && p[i] != '}' {
                    i += 1;
                }
            }
            '.' | '^' | '$' | ')' | '+' => keep(&mut run, &mut best),
            _ if quantified(i + 1) => keep(&mut run, &mut best),
            c => run.push(c),
        }
        i += 1;
    }
    keep(&mut run, &mut best);
    Some(best)
}

/// The index of the `)` closing the group that opens at `open`.
fn group_end(p: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < p.len() {
        match p[i] {
            '\\' => i += 1,
            '[' => i = class_end(p, i),
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The index of the `]` closing the class that opens at `open` (a `]` first in it is literal).
fn class_end(p: &[char], open: usize) -> usize {
    let mut i = open + 1;
    if p.get(i) == Some(&'^') {
        i += 1;
    }
    if p.get(i) == Some(&']') {
        i += 1;
    }
    while i < p.len() && p[i] != ']' {
        if p[i] == '\\' {
            i += 1;
        }
        i += 1;
    }
    i
}

/// Rewrites `\w`, `\d`, `\W`, `\D`, `\b` and `\B` to their ASCII forms, inside and outside
/// bracket classes.
pub fn ascii_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(n) = chars.next() else {
                    out.push('\\');
                    break;
                };
                let replacement = match (n, in_class) {
                    ('w', false) => "[0-9A-Za-z_]",
                    ('w', true) => "0-9A-Za-z_",
                    ('d', false) => "[0-9]",
                    ('d', true) => "0-9",
                    ('W', false) => "[^0-9A-Za-z_]",
                    ('D', false) => "[^0-9]",
                    ('b', false) => "(?-u:\\b)",
                    ('B', false) => "(?-u:\\B)",
                    _ => {
                        out.push('\\');
                        out.push(n);
                        continue;
                    }
                };
                out.push_str(replacement);
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A `]` (or `^]`) first in a class is a literal.
                let rest = chars.as_str();
                let lead = if rest.starts_with("^]") {
                    2
                } else if rest.starts_with(']') {
                    1
                } else {
                    0
                };
                for _ in 0..lead {
                    out.push(chars.next().expect("checked above"));
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_become_ascii_inside_and_outside_brackets() {
        assert_eq!(
            ascii_classes(r"(\w+) [^\s,\d]+ \b\.\\d"),
            r"([0-9A-Za-z_]+) [^\s,0-9]+ (?-u:\b)\.\\d"
        );
        assert_eq!(
            ascii_classes(r"[]\w] [^]x] \W"),
            r"[]0-9A-Za-z_] [^]x] [^0-9A-Za-z_]"
        );
    }

    #[test]
    fn required_literals_are_in_every_match() {
        let cases = [
            (
                r"is not found for API version (\w+)",
                Some("is not found for API version "),
            ),
            (
                r"Please retry in (?P<delay>\d+(?:\.\d+)?)s\.?",
                Some("Please retry in "),
            ),
            (r"input token count \(?(\d+)\)?", Some("input token count ")),
            (r"Bad Request\.?", Some("Bad Request")),
            (r"(?:Please )?[Tt]ry again later\.?", Some("ry again later")),
            (r"a|b", None),
            (r"(tunedModels/[\w.-]+)", Some("tunedModels/")),
            (r"(?:Please )?retry", Some("retry")),
            (r"x(?:abcd)?yz", None),
            (r"(a|b)cde", Some("cde")),
            (r"(?i)retry", None),
            (
                r"\* Quota exceeded for metric: ([^\s,]+), limit",
                Some("* Quota exceeded for metric: "),
            ),
            (r"ab?", None),
            (r"x{2}abc", Some("abc")),
        ];
        for (pattern, want) in cases {
            assert_eq!(required_literal(pattern).as_deref(), want, "{pattern}");
        }
    }

    #[test]
    fn lazy_patterns_compile_only_for_text_that_may_match() {
        let lazy = Lazy::new(r"retry in (\d+)s");
        assert!(lazy.captures("nothing here").is_none());
        assert!(
            lazy.re.get().is_none(),
            "not compiled for text without the literal"
        );
        assert_eq!(
            &lazy.captures("please retry in 7s").expect("matches")[1],
            "7"
        );
    }

    #[test]
    fn ascii_patterns_match_what_they_matched_on_ascii_text() {
        let re = compile(r"\bretry in (\d+(?:\.\d+)?)s\b");
        let caps = re.captures("Please retry in 14.3s.").expect("matches");
        assert_eq!(&caps[1], "14.3");
        assert!(!compile(r"\w+").is_match("é"));
    }
}
