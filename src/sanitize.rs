//! Makes text read from the input safe to print.
//!
//! Input is attacker-controlled: a log line can carry an OSC 52 clipboard write, a `\r` that
//! overwrites what the terminal shows, a bidi override that reorders it, or a credential that
//! must not reach a CI log. Three steps, in this order:
//!
//! 1. [`redact`] credentials, before any stage keeps the text (the scan stage calls it, so the
//!    library's own data never holds a key);
//! 2. [`strip_ansi`] well-formed escape sequences (colour codes in logs are noise, not evidence);
//! 3. [`escape_controls`] what is left: C0/C1 controls, bidi and zero-width characters become
//!    visible escapes (`\x1B`, `\u{202E}`), so the evidence stays readable but inert.
//!
//! [`for_terminal`] applies 2 and 3; every human-readable renderer prints through it.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::{Captures, Regex};

/// Removes ANSI/VT escape sequences: CSI (`ESC [` … final byte), OSC (`ESC ]` … BEL or ST),
/// DCS/SOS/PM/APC strings, two-byte escapes, and their 8-bit C1 forms (U+009B, U+009D…).
pub fn strip_ansi(s: &str) -> Cow<'_, str> {
    if !s.contains([
        '\u{1b}', '\u{9b}', '\u{9d}', '\u{90}', '\u{98}', '\u{9e}', '\u{9f}',
    ]) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let kind = match c {
            '\u{1b}' => match chars.peek() {
                Some('[') => {
                    chars.next();
                    'C'
                }
                Some(']') => {
                    chars.next();
                    'S'
                }
                Some('P' | 'X' | '^' | '_') => {
                    chars.next();
                    'S'
                }
                Some(_) => {
                    // A two-byte escape (`ESC c`, `ESC 7`): drop both.
                    chars.next();
                    continue;
                }
                None => continue,
            },
            '\u{9b}' => 'C',
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => 'S',
            _ => {
                out.push(c);
                continue;
            }
        };
        if kind == 'C' {
            // Parameters and intermediates, then one final byte in 0x40..=0x7E.
            for n in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&n) {
                    break;
                }
                if !('\u{20}'..='\u{3f}').contains(&n) {
                    break;
                }
            }
        } else {
            // A string ends at BEL, ST (`ESC \`) or the 8-bit ST U+009C.
            while let Some(n) = chars.next() {
                if n == '\u{7}' || n == '\u{9c}' {
                    break;
                }
                if n == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
    }
    Cow::Owned(out)
}

/// Characters that change what a terminal shows without being shown themselves.
fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c,
            '\u{ad}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
            | '\u{e0000}'..='\u{e007f}')
}

/// Shows controls and invisible formatting characters as escapes. `\n` is kept when
/// `keep_newlines` (the caller splits on it); everything else, `\r` included, is escaped.
pub fn escape_controls(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| needs_escape(c) && !(keep_newlines && c == '\n'))
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !needs_escape(c) || (keep_newlines && c == '\n') {
            out.push(c);
        } else if (c as u32) <= 0xff {
            out.push_str(&format!("\\x{:02X}", c as u32));
        } else {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        }
    }
    Cow::Owned(out)
}

/// Text from the input, ready for a terminal or a log: escapes stripped, controls made visible.
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    match strip_ansi(s) {
        Cow::Borrowed(b) => escape_controls(b, false),
        Cow::Owned(o) => Cow::Owned(escape_controls(&o, false).into_owned()),
    }
}

/// The marker that replaces the secret part of a credential.
pub const REDACTED: &str = "…[REDACTED]";

/// A literal every secret pattern's match holds (compared ignoring ASCII case): text without
/// any of them needs neither the secret patterns nor their compilation, the costliest of
/// apierr's start-up. Every region is asked, so the text is lowered once and searched with the
/// packed searcher: an automaton that ignores case has no prefilter and steps through every
/// byte, which took twice as long as lowering and searching.
static SECRET_HINTS: LazyLock<crate::literals::Literals> = LazyLock::new(|| {
    crate::literals::Literals::new(&[
        "aiza", "ya29.", "sk-", "bearer", "api-key", "key=", "token=",
    ])
});

/// Does the text hold one of [`SECRET_HINTS`], in any ASCII case?
fn may_hold_secret(s: &str) -> bool {
    SECRET_HINTS.is_match(&s.as_bytes().to_ascii_lowercase())
}

static SECRETS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(concat!(
        // Google API keys.
        r"(?P<google>AIza[0-9A-Za-z_\-]{30,})",
        // OAuth 2 access tokens.
        r"|(?P<oauth>ya29\.[0-9A-Za-z_\-.]{10,})",
        // OpenAI / Anthropic style keys.
        r"|(?P<sk>sk-(?:ant-(?:api\d\d-)?|proj-|svcacct-)?[0-9A-Za-z_\-]{16,})",
        // Authorization headers.
        r"|(?P<bearer_kw>(?i:bearer)\s+)(?P<bearer>[0-9A-Za-z._~+/\-]{8,}=*)",
        // Key headers.
        r"|(?P<hdr_kw>(?i:x-goog-api-key|x-api-key|api-key)[\x22']?\s*[:=]\s*[\x22']?)(?P<hdr>[0-9A-Za-z._\-]{8,})",
        // Keys in URL query strings.
        r"|(?P<param_kw>[?&](?:key|api_key|apikey|access_token|token)=)(?P<param>[^&\s\x22'<>\\:;,)\]]{6,})",
    ))
});

/// How much of a secret stays visible: its well-known prefix and four characters, enough to
/// tell two keys apart and not enough to use one.
fn keep(secret: &str, prefix_len: usize) -> &str {
    let n = secret
        .char_indices()
        .nth(prefix_len + 4)
        .map_or(secret.len(), |(i, _)| i);
    &secret[..n]
}

/// A token found after a keyword (`key=`, `Bearer`): keep its own well-known prefix too.
fn redact_token(token: &str) -> String {
    let prefix = ["AIza", "ya29.", "sk-ant-", "sk-proj-", "sk-"]
        .iter()
        .find(|p| token.starts_with(**p))
        .map_or(0, |p| p.len());
    format!("{}{REDACTED}", keep(token, prefix))
}

/// Replaces credentials with a short recognisable prefix and [`REDACTED`].
pub fn redact(s: &str) -> Cow<'_, str> {
    if !may_hold_secret(s) {
        return Cow::Borrowed(s);
    }
    SECRETS.replace_all(s, |c: &Captures<'_>| {
        let already = |m: &str| m.contains(REDACTED);
        if let Some(m) = c.name("google") {
            format!("{}{REDACTED}", keep(m.as_str(), 4))
        } else if let Some(m) = c.name("oauth") {
            format!("{}{REDACTED}", keep(m.as_str(), 5))
        } else if let Some(m) = c.name("sk") {
            let prefix = ["sk-ant-", "sk-proj-", "sk-svcacct-", "sk-"]
                .iter()
                .find(|p| m.as_str().starts_with(**p))
                .map_or(3, |p| p.len());
            format!("{}{REDACTED}", keep(m.as_str(), prefix))
        } else if let Some(m) = c.name("bearer") {
            format!("{}{}", &c["bearer_kw"], redact_token(m.as_str()))
        } else if let Some(m) = c.name("hdr") {
            format!("{}{}", &c["hdr_kw"], redact_token(m.as_str()))
        } else if let Some(m) = c.name("param") {
            if already(m.as_str()) {
                c[0].to_owned()
            } else {
                format!("{}{}", &c["param_kw"], redact_token(m.as_str()))
            }
        } else {
            c[0].to_owned()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_csi_osc_and_c1() {
        assert_eq!(strip_ansi("\u{1b}[31mred\u{1b}[0m"), "red");
        assert_eq!(strip_ansi("a\u{1b}]52;c;SGVsbG8=\u{7}b"), "ab");
        assert_eq!(
            strip_ansi("\u{1b}]8;;http://evil\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            "link"
        );
        assert_eq!(strip_ansi("x\u{9b}2Jy"), "xy");
        assert_eq!(strip_ansi("plain"), "plain");
    }

    #[test]
    fn escapes_what_is_left() {
        assert_eq!(for_terminal("A\rFAKE"), "A\\x0DFAKE");
        assert_eq!(for_terminal("abc\u{202e}def"), "abc\\u{202E}def");
        assert_eq!(for_terminal("bell\u{7}"), "bell\\x07");
        assert_eq!(for_terminal("zero\u{200b}width"), "zero\\u{200B}width");
        assert_eq!(escape_controls("a\nb", true), "a\nb");
        assert_eq!(escape_controls("a\nb", false), "a\\x0Ab");
        assert_eq!(for_terminal("tab\tok 中文"), "tab\tok 中文");
    }

    #[test]
    fn secret_hints_are_found_in_any_ascii_case() {
        for text in [
            "x AIZA", "ya29.", "YA29.", "SK-", "Bearer", "bEaReR", "API-KEY", "Key=", "TOKEN=",
        ] {
            assert!(may_hold_secret(text), "{text}");
        }
        for text in [
            "",
            "token: x",
            "apikey",
            "sk_",
            "ya29",
            "bear er",
            "ＡＩＺＡ",
            "aiz",
        ] {
            assert!(!may_hold_secret(text), "{text}");
        }
    }

    #[test]
    fn redacts_each_kind_of_credential() {
        let key = "AIzaSyA1234567890abcdefghijklmnopqrstu";
        assert_eq!(
            redact(&format!("url?key={key}&alt=json")),
            format!("url?key=AIzaSyA1{REDACTED}&alt=json")
        );
        assert_eq!(
            redact("Authorization: Bearer ya29.a0AfH6SMBxyz1234567890"),
            format!("Authorization: Bearer ya29.a0Af{REDACTED}")
        );
        assert_eq!(
            redact("token ya29.a0AfH6SMBxyz1234567890 used"),
            format!("token ya29.a0Af{REDACTED} used")
        );
        assert_eq!(
            redact("OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz"),
            format!("OPENAI_API_KEY=sk-proj-abcd{REDACTED}")
        );
        assert_eq!(
            redact("sk-ant-api03-abcdefghijklmnopqrstuvwxyz"),
            format!("sk-ant-api0{REDACTED}")
        );
        assert_eq!(
            redact("x-goog-api-key: abcdefghijklmnop"),
            format!("x-goog-api-key: abcd{REDACTED}")
        );
        assert_eq!(
            redact("https://h/p?api_key=zzzzzzzzzzzz"),
            format!("https://h/p?api_key=zzzz{REDACTED}")
        );
        assert_eq!(redact("nothing secret: here"), "nothing secret: here");
    }
}

/// Escapes a GitHub Actions workflow command's data (the message after `::`), as the runner
/// unescapes it (`actions/runner` `ActionCommand.cs`): `%`, `\r`, `\n`.
pub fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command property (`title=`, `file=`): also `:` and `,`.
pub fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Breaks what the GitHub and Azure runners would execute in a log line: a `::command` at the
/// start of a line and a legacy `##[command]` or `##vso[` anywhere. A zero-width space is
/// invisible in the rendered log and stops the match.
pub fn neutralize_ci_markers(line: &str) -> String {
    let mut out = line
        .replace("##[", "##\u{200b}[")
        .replace("##vso[", "##\u{200b}vso[");
    let trimmed = out.trim_start();
    if trimmed.starts_with("::") {
        let at = out.len() - trimmed.len();
        out.insert(at + 1, '\u{200b}');
    }
    out
}

/// Text from the input inside Markdown prose or a table cell: Markdown and HTML are escaped,
/// line breaks flattened, so nothing the log holds can become a link, an image or markup.
pub fn markdown_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in for_terminal(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A fenced code block holding untrusted text: the fence is longer than any run of backticks
/// inside, so the text cannot close it.
pub fn markdown_fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let body = strip_ansi(text);
    let body = escape_controls(&body, true);
    format!("{fence}text\n{}\n{fence}", body.trim_end_matches('\n'))
}

#[cfg(test)]
mod ci_tests {
    use super::*;

    #[test]
    fn github_escapes() {
        assert_eq!(github_data("50%\r\nnext"), "50%25%0D%0Anext");
        assert_eq!(github_property("a: b, c%"), "a%3A b%2C c%25");
        // A message cannot end the command and start another.
        let hostile = "x\n::set-output name=token::stolen";
        assert!(!github_data(hostile).contains('\n'));
    }

    #[test]
    fn ci_markers_are_broken() {
        assert_eq!(
            neutralize_ci_markers("  ::error::x"),
            "  :\u{200b}:error::x"
        );
        assert_eq!(
            neutralize_ci_markers("a ##[error]b"),
            "a ##\u{200b}[error]b"
        );
        assert_eq!(
            neutralize_ci_markers("##vso[task.complete]"),
            "##\u{200b}vso[task.complete]"
        );
        assert_eq!(neutralize_ci_markers("a :: b"), "a :: b");
    }

    #[test]
    fn markdown_escapes() {
        assert_eq!(
            markdown_text("<img src=x onerror=alert(1)> | [a](b) **c**"),
            "&lt;img src=x onerror=alert(1)&gt; \\| \\[a\\](b) \\*\\*c\\*\\*"
        );
        let fenced = markdown_fence("a ``` b ```` c");
        assert!(fenced.starts_with("`````text\n"));
        assert!(fenced.ends_with("\n`````"));
    }
}
