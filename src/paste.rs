//! When is a paste finished? A person pastes an error at a terminal and expects the answer
//! without having to say "done". A pasted payload can hold blank lines (pretty-printed JSON, a
//! traceback inside), so a blank line alone cannot end it; but a blank line after a payload whose
//! brackets have all closed can.
//!
//! This is a pure state machine, apart from any terminal, so that every rule is tested without
//! one. It tracks brackets the way a reader of the payload would: quotes hide brackets, and a
//! line end inside a quoted string means the payload was cut off (JSON and Python strings cannot
//! span lines), so the payload counts as finished rather than holding the paste open forever.

/// What a paste needs next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Keep reading.
    More,
    /// The paste is complete: explain it.
    Done,
}

#[derive(Debug, Default, Clone)]
pub struct Paste {
    text: String,
    /// Open brackets of the payload being read; empty outside a payload.
    open: Vec<char>,
    quote: Option<char>,
    escaped: bool,
}

impl Paste {
    pub fn new() -> Paste {
        Paste::default()
    }

    /// Nothing but white space so far.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// All payload brackets closed and no string open: a blank line may end the paste.
    pub fn balanced(&self) -> bool {
        self.open.is_empty() && self.quote.is_none()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the line being typed is empty.
    pub fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Adds text as it arrived: typed characters or a whole pasted block. Line ends of any kind
    /// become `\n`.
    pub fn push(&mut self, text: &str) {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let c = if c == '\r' {
                if chars.peek() == Some(&'\n') {
                    continue;
                }
                '\n'
            } else {
                c
            };
            self.text.push(c);
            self.track(c);
        }
    }

    /// The user pressed Enter. An empty line after balanced text ends the paste; anywhere else
    /// Enter is a line break.
    pub fn enter(&mut self) -> Step {
        if self.at_line_start() && !self.is_empty() && self.balanced() {
            return Step::Done;
        }
        self.push("\n");
        Step::More
    }

    /// The terminal reported the end of a bracketed paste. A balanced paste is done; an
    /// unbalanced one may still be arriving in pieces, which the caller gives a moment.
    pub fn paste_end(&self) -> Step {
        if !self.is_empty() && self.balanced() {
            Step::Done
        } else {
            Step::More
        }
    }

    /// Deletes the last character of the line being typed, if there is one.
    pub fn backspace(&mut self) -> bool {
        if self.at_line_start() {
            return false;
        }
        self.text.pop();
        // Typed input is short; reading it again is simpler than undoing the tracker.
        let text = std::mem::take(&mut self.text);
        *self = Paste::new();
        self.push(&text);
        true
    }

    /// Hands over the paste and starts afresh.
    pub fn take(&mut self) -> String {
        let text = std::mem::take(&mut self.text);
        *self = Paste::new();
        text
    }

    fn track(&mut self, c: char) {
        if let Some(q) = self.quote {
            if c == '\n' {
                // A string cannot span lines: the payload was cut off here.
                self.quote = None;
                self.escaped = false;
                self.open.clear();
            } else if self.escaped {
                self.escaped = false;
            } else if c == '\\' {
                self.escaped = true;
            } else if c == q {
                self.quote = None;
            }
            return;
        }
        match c {
            // Outside a payload only `{` and `[` open one: prose is full of stray parentheses
            // and apostrophes.
            '{' | '[' => self.open.push(c),
            '(' if !self.open.is_empty() => self.open.push(c),
            '"' | '\'' if !self.open.is_empty() => self.quote = Some(c),
            '}' | ']' | ')' => {
                let want = match c {
                    '}' => '{',
                    ']' => '[',
                    _ => '(',
                };
                // A stray closer closes up to its partner, or is ignored if it has none.
                if let Some(at) = self.open.iter().rposition(|&o| o == want) {
                    self.open.truncate(at);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(paste: &mut Paste, lines: &[&str]) -> Vec<Step> {
        lines
            .iter()
            .map(|line| {
                paste.push(line);
                paste.enter()
            })
            .collect()
    }

    #[test]
    fn blank_line_inside_an_open_payload_does_not_end_it() {
        let mut p = Paste::new();
        let steps = typed(
            &mut p,
            &[
                "{",
                "  \"error\": {",
                "",
                "    \"code\": 429",
                "",
                "  }",
                "}",
            ],
        );
        assert!(steps.iter().all(|s| *s == Step::More));
        assert!(p.balanced());
        assert_eq!(p.enter(), Step::Done);
        assert_eq!(
            p.take(),
            "{\n  \"error\": {\n\n    \"code\": 429\n\n  }\n}\n"
        );
        assert!(p.is_empty() && p.balanced());
    }

    #[test]
    fn brackets_inside_strings_do_not_count() {
        let mut p = Paste::new();
        p.push(r#"{'error': {'message': 'bad [x} \' { ', "k": "}}]]"}}"#);
        assert!(p.balanced(), "{p:?}");
        p.push(r#"{"m": "a \" ["#);
        assert!(!p.balanced());
    }

    #[test]
    fn a_cut_off_string_ends_its_payload_at_the_line_end() {
        let mut p = Paste::new();
        p.push(
            "429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your cur\n",
        );
        assert!(p.balanced());
        assert_eq!(p.enter(), Step::Done);
    }

    #[test]
    fn prose_apostrophes_and_parentheses_do_not_hold_the_paste() {
        let mut p = Paste::new();
        let steps = typed(&mut p, &["it's failing (again", "429 RESOURCE_EXHAUSTED"]);
        assert_eq!(steps, [Step::More, Step::More]);
        assert_eq!(p.enter(), Step::Done);
    }

    #[test]
    fn empty_lines_before_anything_are_ignored() {
        let mut p = Paste::new();
        assert_eq!(p.enter(), Step::More);
        assert_eq!(p.enter(), Step::More);
        assert!(p.is_empty());
    }

    #[test]
    fn crlf_and_lone_cr_become_newlines() {
        let mut p = Paste::new();
        p.push("a\r\nb\rc");
        assert_eq!(p.text(), "a\nb\nc");
    }

    #[test]
    fn paste_end_waits_for_an_unbalanced_paste() {
        let mut p = Paste::new();
        p.push("{\"error\": {\"code\": 503,\n");
        assert_eq!(p.paste_end(), Step::More);
        p.push("\"status\": \"UNAVAILABLE\"}}\n");
        assert_eq!(p.paste_end(), Step::Done);
    }

    #[test]
    fn backspace_edits_the_current_line_only() {
        let mut p = Paste::new();
        p.push("{\"a\": [");
        assert!(!p.balanced());
        assert!(p.backspace());
        assert_eq!(p.text(), "{\"a\": ");
        assert!(!p.balanced(), "the brace is still open");
        p.push("1}\n");
        assert!(!p.backspace());
        assert!(p.balanced());
    }
}
