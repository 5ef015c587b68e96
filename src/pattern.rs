//! Regexes that compile fast. apierr's answer to one pasted error should take a few
//! milliseconds, and with the `regex` crate most of that went to compiling patterns: its meta
//! engine builds forward and reverse automata, and any class reaching past ASCII (`[^\s,]`,
//! `(?i)`) costs a UTF-8 compiler and its tables, 0.1 to 0.7 ms a pattern. These patterns run
//! on one message or one line (a region is capped at `scan::REGION_CAP`), so `regex-lite`, which
//! compiles in tens of microseconds and searches more slowly, is the better trade. Its `\w`,
//! `\d`, `\s` and `\b` are ASCII, as the identifiers, numbers and keywords apierr looks for are.
//! The scanner, which runs over every byte of the input, and the text forms, which run over
//! every line of a region, keep `regex` (`compile_for_search`).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use regex_lite::Regex;

/// Compiles a pattern of apierr's own (a bad one is a bug, caught by the tests that use it).
pub fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("pattern {pattern:?} does not compile: {e}"))
}

/// Compiles a pattern of apierr's own for `regex`, whose searches are fast, for patterns that
/// run on every line of every region (`parse::text`'s forms): there, search time outweighs the
/// compile time. Unicode classes are rewritten to ASCII ones, which compile to a fraction of the
/// automaton and match the same identifiers.
pub fn compile_for_search(pattern: &str) -> regex::Regex {
    regex::Regex::new(&ascii_classes(pattern))
        .unwrap_or_else(|e| panic!("pattern {pattern:?} does not compile: {e}"))
}

/// A pattern compiled on first need, and only needed when the text holds one of the literals
/// that every match must contain: of a table of message templates, a message needs two or
/// three.
///
/// It starts on `regex-lite`, which compiles in microseconds and searches slowly; a pattern
/// that has searched [`HOT`] texts (a log full of errors), or meets a text longer than
/// [`LITE_MAX`], is compiled again with `regex`, whose searches are several times faster. One pasted error pays for no `regex` compile, and a
/// million errors pay for one. Both engines see the same pattern with ASCII classes, so they
/// agree on every match (a test runs every table through both).
pub struct Lazy {
    pattern: String,
    required: Option<Required>,
    /// `required`'s literals as searchers, made on first need and kept: `str::contains` set
    /// one up at each call, and the knowledge tables ask this of every message for each of
    /// their patterns.
    finders: OnceLock<Vec<memchr::memmem::Finder<'static>>>,
    lite: OnceLock<Regex>,
    fast: OnceLock<regex::Regex>,
    searches: AtomicU32,
}

/// Searches after which a pattern is worth a `regex` compile: one compile costs about as much
/// as a dozen `regex-lite` searches of a typical message.
pub const HOT: u32 = 12;

/// The longest text searched with `regex-lite`. Its search time grows with the text (some
/// tens of MB/s) while a `regex` compile costs a fixed 0.1-0.7 ms: past a few KiB the compile
/// is the cheaper of the two (a 250 KB message took twice as long on `regex-lite`).
pub const LITE_MAX: usize = 4096;

impl Lazy {
    pub fn new(pattern: impl Into<String>) -> Lazy {
        let pattern = pattern.into();
        let required = Required::of(&pattern);
        Lazy::with_required(pattern, required)
    }

    /// A pattern whose required literals are taken from `inner` (the pattern before it was
    /// wrapped in a group, say).
    pub fn with_literal(pattern: impl Into<String>, inner: &str) -> Lazy {
        Lazy::with_required(pattern.into(), Required::of(inner))
    }

    fn with_required(pattern: String, required: Option<Required>) -> Lazy {
        Lazy {
            pattern,
            required,
            finders: OnceLock::new(),
            lite: OnceLock::new(),
            fast: OnceLock::new(),
            searches: AtomicU32::new(0),
        }
    }

    /// The engine to search `text` with, if the text may match.
    fn engine(&self, text: &str) -> Option<Engine<'_>> {
        let present = match &self.required {
            None => true,
            Some(r) if r.fold_case => r.is_in(text),
            Some(r) => self
                .finders
                .get_or_init(|| {
                    r.any_of
                        .iter()
                        .map(|lit| memchr::memmem::Finder::new(lit).into_owned())
                        .collect()
                })
                .iter()
                .any(|f| f.find(text.as_bytes()).is_some()),
        };
        if !present {
            return None;
        }
        if let Some(fast) = self.fast.get() {
            return Some(Engine::Fast(fast));
        }
        if self.searches.fetch_add(1, Ordering::Relaxed) >= HOT || text.len() > LITE_MAX {
            return Some(Engine::Fast(
                self.fast.get_or_init(|| compile_for_search(&self.pattern)),
            ));
        }
        Some(Engine::Lite(
            self.lite.get_or_init(|| compile(&self.pattern)),
        ))
    }

    pub fn captures<'r, 't>(&'r self, text: &'t str) -> Option<Caps<'r, 't>> {
        match self.engine(text)? {
            Engine::Lite(re) => re.captures(text).map(|c| Caps::Lite(re, c)),
            Engine::Fast(re) => re.captures(text).map(|c| Caps::Fast(re, c)),
        }
    }

    pub fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> Box<dyn Iterator<Item = Caps<'r, 't>> + 'r>
    where
        't: 'r,
    {
        match self.engine(text) {
            None => Box::new(std::iter::empty()),
            Some(Engine::Lite(re)) => {
                Box::new(re.captures_iter(text).map(move |c| Caps::Lite(re, c)))
            }
            Some(Engine::Fast(re)) => {
                Box::new(re.captures_iter(text).map(move |c| Caps::Fast(re, c)))
            }
        }
    }

    /// Compiles the pattern with both engines now (for tests that compare them).
    #[cfg(test)]
    pub(crate) fn both(&self) -> (&Regex, &regex::Regex) {
        (
            self.lite.get_or_init(|| compile(&self.pattern)),
            self.fast.get_or_init(|| compile_for_search(&self.pattern)),
        )
    }
}

enum Engine<'r> {
    Lite(&'r Regex),
    Fast(&'r regex::Regex),
}

/// A match's groups, from whichever engine found it.
pub enum Caps<'r, 't> {
    Lite(&'r Regex, regex_lite::Captures<'t>),
    Fast(&'r regex::Regex, regex::Captures<'t>),
}

/// A group's place in the text searched.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Match<'t> {
    /// The group's own text.
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    /// The group at `start..end` of `text`.
    pub(crate) fn new(text: &'t str, start: usize, end: usize) -> Match<'t> {
        Match {
            text: &text[start..end],
            start,
            end,
        }
    }

    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn as_str(&self) -> &'t str {
        self.text
    }
}

impl<'r, 't> Caps<'r, 't> {
    pub fn get(&self, i: usize) -> Option<Match<'t>> {
        match self {
            Caps::Lite(_, c) => c.get(i).map(|m| (m.start(), m.end(), m.as_str())),
            Caps::Fast(_, c) => c.get(i).map(|m| (m.start(), m.end(), m.as_str())),
        }
        .map(|(start, end, text)| Match { text, start, end })
    }

    /// The groups' names, in order (`None` for an unnamed group).
    pub fn names(&self) -> Box<dyn Iterator<Item = Option<&'r str>> + 'r> {
        match self {
            Caps::Lite(re, _) => Box::new(re.capture_names()),
            Caps::Fast(re, _) => Box::new(re.capture_names()),
        }
    }
}

impl std::ops::Index<usize> for Caps<'_, '_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        match self {
            Caps::Lite(_, c) => &c[i],
            Caps::Fast(_, c) => &c[i],
        }
    }
}

/// Literals one of which every match of a pattern contains, each of three characters or more.
#[derive(Debug, PartialEq)]
pub struct Required {
    pub any_of: Vec<String>,
    /// The pattern starts with `(?i)`: the literals match in any ASCII case.
    pub fold_case: bool,
}

impl Required {
    /// What a pattern requires: the best set of literals outside optional parts (a group that
    /// must match counts, and an alternation gives one literal per branch). `None` when no set
    /// of three-character literals is certain, or a flag other than a leading `(?i)` changes how
    /// literals match.
    pub fn of(pattern: &str) -> Option<Required> {
        let (fold_case, rest) = match pattern.strip_prefix("(?i)") {
            Some(rest) => (true, rest),
            None => (false, pattern),
        };
        let chars: Vec<char> = rest.chars().collect();
        let any_of = literals_in(&chars)?;
        (shortest(&any_of) >= 3).then_some(Required { any_of, fold_case })
    }

    fn is_in(&self, text: &str) -> bool {
        self.any_of.iter().any(|lit| {
            if self.fold_case {
                contains_folded(text.as_bytes(), lit.as_bytes())
            } else {
                text.contains(lit.as_str())
            }
        })
    }
}

/// Does `text` hold `lit` in any ASCII case? Only where its first byte stands, in either case.
pub(crate) fn contains_folded(text: &[u8], lit: &[u8]) -> bool {
    let Some(&first) = lit.first() else {
        return true;
    };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), text).any(|i| {
        text.get(i..i + lit.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(lit))
    })
}

fn shortest(set: &[String]) -> usize {
    set.iter().map(|s| s.chars().count()).min().unwrap_or(0)
}

/// A set is better when its shortest literal is longer (fewer false hits), then when it is
/// smaller.
fn better(candidate: &[String], best: &Option<Vec<String>>) -> bool {
    match best {
        None => !candidate.is_empty(),
        Some(best) => {
            let (c, b) = (shortest(candidate), shortest(best));
            c > b || (c == b && candidate.len() < best.len())
        }
    }
}

/// The required literals of a pattern or group body: each branch of a top-level alternation
/// must require some, and the set is their union.
fn literals_in(p: &[char]) -> Option<Vec<String>> {
    let mut branches = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < p.len() {
        match p[i] {
            '\\' => i += 1,
            '[' => i = class_end(p, i),
            '(' => i = group_end(p, i)?,
            '|' => {
                branches.push(&p[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    branches.push(&p[start..]);
    let mut all = Vec::new();
    for branch in branches {
        all.extend(sequence_literals(branch)?);
    }
    Some(all)
}

/// The best required set in a sequence without a top-level alternation.
fn sequence_literals(p: &[char]) -> Option<Vec<String>> {
    let mut best: Option<Vec<String>> = None;
    let mut run = String::new();
    let keep = |run: &mut String, best: &mut Option<Vec<String>>| {
        let candidate = [std::mem::take(run)];
        if !candidate[0].is_empty() && better(&candidate, best) {
            *best = Some(candidate.to_vec());
        }
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
                    Some('x' | 'p' | 'P' | 'u' | 'U') => {
                        // `\x22`, `\x{1F600}`, `\pL`, `\p{Greek}`: not literal text.
                        keep(&mut run, &mut best);
                        if p.get(i) == Some(&'{') {
                            while i < p.len() && p[i] != '}' {
                                i += 1;
                            }
                            i += 1;
                        } else if next == Some('x') {
                            i += 2;
                        } else if matches!(next, Some('p' | 'P')) {
                            i += 1;
                        }
                    }
                    _ => keep(&mut run, &mut best),
                }
                continue;
            }
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
                    && let Some(set) = literals_in(inner)
                    && better(&set, &best)
                {
                    best = Some(set);
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
    best
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

/// Rewrites `\w`, `\d`, `\s`, `\W`, `\D`, `\S`, `\b` and `\B` to their ASCII forms, inside and
/// outside bracket classes: what `regex-lite` means by them.
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
                    // `regex-lite`'s whitespace, so that both engines agree.
                    ('s', false) => r"[\t\n\x0B\x0C\r ]",
                    ('s', true) => r"\t\n\x0B\x0C\r ",
                    ('S', false) => r"[^\t\n\x0B\x0C\r ]",
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
            ascii_classes(r"(\w+) [^\s,\d]+ \b\.\\d \S"),
            r"([0-9A-Za-z_]+) [^\t\n\x0B\x0C\r ,0-9]+ (?-u:\b)\.\\d [^\t\n\x0B\x0C\r ]"
        );
        assert_eq!(
            ascii_classes(r"[]\w] [^]x] \W"),
            r"[]0-9A-Za-z_] [^]x] [^0-9A-Za-z_]"
        );
    }

    #[test]
    fn required_literals_are_in_every_match() {
        let cases: [(&str, &[&str]); 19] = [
            (
                r"is not found for API version (\w+)",
                &["is not found for API version "],
            ),
            (
                r"Please retry in (?P<delay>\d+(?:\.\d+)?)s\.?",
                &["Please retry in "],
            ),
            (r"input token count \(?(\d+)\)?", &["input token count "]),
            (r"Bad Request\.?", &["Bad Request"]),
            (r"(?:Please )?[Tt]ry again later\.?", &["ry again later"]),
            (r"a|b", &[]),
            (r"(tunedModels/[\w.-]+)", &["tunedModels/"]),
            (r"(?:Please )?retry", &["retry"]),
            (r"x(?:abcd)?yz", &[]),
            (r"(a|b)cde", &["cde"]),
            (
                r"\* Quota exceeded for metric: ([^\s,]+), limit",
                &["* Quota exceeded for metric: "],
            ),
            (r"ab?", &[]),
            (r"x{2}abc", &["abc"]),
            // Each branch of an alternation brings its own literal; one branch without any
            // leaves nothing certain.
            (
                r"(?:\bmodels/|, model: |\bmodel[ =:]+['\x22]?)([a-z]\w*)",
                &["models/", ", model: ", "model"],
            ),
            (
                r"(?:Rate limit for|The model) x",
                &["Rate limit for", "The model"],
            ),
            (r"(?:abc|\d+) x", &[]),
            (r"(?:abc|de)fgh", &["fgh"]),
            // `\x22` is a quote, not the text "x22".
            (r"\x2222", &[]),
            (r"x(?i:abc)", &[]),
        ];
        for (pattern, want) in cases {
            let got = Required::of(pattern).map(|r| r.any_of).unwrap_or_default();
            assert_eq!(got, want, "{pattern}");
        }
        let folded = Required::of(r"(?i)\bretry (?:in|after) (\d+)").expect("literal");
        assert_eq!(
            (folded.any_of, folded.fold_case),
            (vec!["retry ".to_owned()], true)
        );
    }

    #[test]
    fn a_case_folded_literal_gates_text_in_any_case() {
        let lazy = Lazy::new(r"(?i)\bretry in (\d+)s");
        assert!(lazy.captures("no such words").is_none());
        assert!(lazy.lite.get().is_none());
        assert_eq!(&lazy.captures("RETRY IN 7s").expect("matches")[1], "7");
        let models = Lazy::new(r"(?:\bmodels/|, model: )([a-z]\w*)");
        assert!(models.captures("a model named x").is_none());
        assert!(models.lite.get().is_none());
        assert_eq!(
            &models.captures("see models/gemini").expect("matches")[1],
            "gemini"
        );
    }

    #[test]
    fn lazy_patterns_compile_only_for_text_that_may_match() {
        let lazy = Lazy::new(r"retry in (\d+)s");
        assert!(lazy.captures("nothing here").is_none());
        assert!(
            lazy.lite.get().is_none(),
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

    #[test]
    fn folded_literals_are_found_in_any_ascii_case() {
        assert!(contains_folded(b"Quota EXCEEDED for", b"exceeded"));
        assert!(contains_folded(b"eXceeded", b"Exceeded"));
        assert!(contains_folded(b"x", b""));
        assert!(!contains_folded(b"exceede", b"exceeded"));
        assert!(!contains_folded(b"excee ded", b"exceeded"));
        assert!(!contains_folded("ｅxceeded".as_bytes(), b"exceeded"));
        assert!(!contains_folded(b"", b"a"));
        assert!(contains_folded(
            b"User location is not supported",
            b"USER LOCATION"
        ));
    }

    #[test]
    fn both_engines_find_the_same_groups_in_every_fixture() {
        let mut tables: Vec<&Lazy> = Vec::new();
        tables.extend(crate::normalize::lazy_patterns());
        tables.extend(crate::providers::lazy_patterns());
        tables.extend(crate::translate::lazy_patterns());
        tables.extend(crate::diagnose::facts::lazy_patterns());
        assert!(tables.len() > 100, "{} patterns", tables.len());
        let texts = crate::testing::fixture_texts();
        let mut compared = 0;
        for lazy in tables {
            let (lite, fast) = lazy.both();
            for text in &texts {
                // The searchers made once agree with the literals they were made of.
                let required = lazy.required.as_ref().is_none_or(|r| r.is_in(text));
                assert_eq!(
                    lazy.engine(text).is_some(),
                    required,
                    "{:?} on {text:?}",
                    lazy.pattern
                );
                if !required {
                    continue;
                }
                let spans = |groups: Vec<Option<(usize, usize)>>| groups;
                let a: Vec<_> = lite
                    .captures_iter(text)
                    .map(|c| spans(c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect()))
                    .collect();
                let b: Vec<_> = fast
                    .captures_iter(text)
                    .map(|c| spans(c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect()))
                    .collect();
                assert_eq!(a, b, "pattern {:?} on {text:?}", lazy.pattern);
                compared += usize::from(!a.is_empty());
            }
        }
        assert!(compared > 50, "only {compared} texts matched any pattern");
    }

    #[test]
    fn a_long_text_is_searched_with_the_faster_engine_at_once() {
        let lazy = Lazy::new(r"retry in (\d+)s");
        let long = format!("{}please retry in 9s", "x".repeat(LITE_MAX));
        let c = lazy.captures(&long).expect("matches");
        assert!(matches!(c, Caps::Fast(..)));
        assert_eq!(c.get(1).map(|m| m.start()), Some(LITE_MAX + 16));
        let c = lazy.captures("retry in 3s").expect("matches");
        assert!(
            matches!(c, Caps::Fast(..)),
            "once compiled, the faster engine stays"
        );
    }

    #[test]
    fn a_pattern_searched_often_moves_to_the_faster_engine() {
        let lazy = Lazy::new(r"retry in (\d+)s");
        for i in 0..HOT + 3 {
            let text = format!("please retry in {i}s");
            let c = lazy.captures(&text).expect("matches");
            assert_eq!(&c[1], i.to_string().as_str());
            assert_eq!(
                c.get(1).map(|m| (m.start(), m.as_str().len())),
                Some((16, i.to_string().len()))
            );
            assert_eq!(matches!(c, Caps::Fast(..)), i >= HOT, "search {i}");
        }
    }
}
