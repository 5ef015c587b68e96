//! Interactive paste, driven in a real pseudo-terminal: what a person sees when they run
//! `apierr` and paste an error.

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Expect, Regex};

use crate::util::{fixtures_dir, seed_paste};

const PASTE_START: &str = "\x1b[200~";
const PASTE_END: &str = "\x1b[201~";
const HINT_EN: &str = "Ctrl-C, or Ctrl-D on an empty line, quits.";

fn spawn(lang: &str, args: &[&str]) -> OsSession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_apierr"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TZ", "UTC")
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm-256color")
        .current_dir(fixtures_dir());
    let mut session = expectrl::Session::spawn(cmd).expect("spawn apierr in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// Waits for the two-line hint; from then on the terminal is in raw mode.
fn started(lang: &str, args: &[&str]) -> OsSession {
    let mut s = spawn(lang, args);
    s.expect(HINT_EN).expect("the hint");
    assert!(!canonical(&s), "raw mode while reading a paste");
    s.expect("\r\n> ").expect("the first prompt");
    s
}

/// What a terminal sends for a paste: the text between bracketed-paste markers, with line ends
/// as carriage returns.
fn paste(s: &mut OsSession, text: &str) {
    let body = text.replace("\r\n", "\r").replace('\n', "\r");
    s.send(format!("{PASTE_START}{body}{PASTE_END}"))
        .expect("send the paste");
}

/// Everything printed up to the next prompt.
fn until_prompt(s: &mut OsSession) -> String {
    let found = s.expect("\r\n> ").expect("a new prompt");
    String::from_utf8_lossy(found.before()).into_owned()
}

fn exit_status(s: &OsSession) -> WaitStatus {
    s.get_process().wait().expect("apierr ends")
}

fn quit_with(mut s: OsSession, key: &str) {
    s.send(key).expect("send the key");
    let rest = s.expect(expectrl::Eof).expect("apierr ends");
    let rest = String::from_utf8_lossy(rest.as_bytes()).into_owned();
    assert!(
        rest.contains("\x1b[?2004l"),
        "bracketed paste is switched off on the way out: {rest:?}"
    );
    assert!(matches!(exit_status(&s), WaitStatus::Exited(_, 0)));
    assert!(
        canonical(&s),
        "the terminal is back in line mode, as it was"
    );
}

/// Whether the terminal is in line (canonical) mode, as before apierr took it.
fn canonical(s: &OsSession) -> bool {
    use std::os::fd::AsRawFd;
    let tty = s.get_process().get_raw_handle().expect("the pty");
    // SAFETY: termios is plain data, filled in by tcgetattr on a valid descriptor.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(tty.as_raw_fd(), &mut t) }, 0);
    t.c_lflag & libc::ICANON != 0
}

#[test]
fn the_seed_paste_is_explained_at_once() {
    let mut s = started("en_US.UTF-8", &[]);
    let seed = String::from_utf8(seed_paste()).unwrap();
    paste(&mut s, &seed);
    let out = until_prompt(&mut s);
    let read = format!("Read {} lines.", seed.lines().count());
    assert!(out.contains(&read), "{out}");
    assert!(
        out.contains("429 RESOURCE_EXHAUSTED · Gemini API · gemini-2.5-flash"),
        "{out}"
    );
    assert!(out.contains("paste:7"), "{out}");
    assert!(
        out.contains("Also at paste:1 (cut off): the same error as paste:7."),
        "{out}"
    );
    assert!(out.contains("Suggested wait"), "{out}");
    quit_with(s, "\x04");
}

#[test]
fn a_single_10_kb_line_arrives_whole() {
    let mut s = started("en_US.UTF-8", &["--format", "json"]);
    let message = format!("{}END-OF-MESSAGE", "x".repeat(10_000));
    let payload =
        format!(r#"{{"error":{{"code":503,"message":"{message}","status":"UNAVAILABLE"}}}}"#);
    assert!(payload.len() > 10_000);
    paste(&mut s, &payload);
    let found = s
        .expect(Regex(r#""message":"(x+END-OF-MESSAGE)","#))
        .expect("the whole message in the JSON record");
    assert_eq!(found.get(1).map(<[u8]>::len), Some(message.len()));
    let out = until_prompt(&mut s);
    assert!(out.contains(r#""truncated":false"#), "{out}");
    quit_with(s, "\x03");
}

#[test]
fn typed_pretty_json_with_blank_lines_is_one_error() {
    let mut s = started("en_US.UTF-8", &[]);
    // No bracketed paste: line by line, as a terminal without it sends a paste.
    for line in [
        "{",
        "  \"error\": {",
        "",
        "    \"code\": 503,",
        "",
        "    \"message\": \"The model is overloaded. Please try again later.\",",
        "    \"status\": \"UNAVAILABLE\"",
        "  }",
        "}",
        "",
    ] {
        s.send(format!("{line}\r")).expect("type a line");
    }
    let out = until_prompt(&mut s);
    assert_eq!(out.matches("503 UNAVAILABLE").count(), 1, "{out}");
    assert!(out.contains("paste:1"), "{out}");
    assert!(!out.contains("No API error found"), "{out}");
    quit_with(s, "\x03");
}

#[test]
fn two_pastes_get_two_explanations() {
    let mut s = started("en_US.UTF-8", &[]);
    paste(
        &mut s,
        r#"{"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}"#,
    );
    let first = until_prompt(&mut s);
    assert!(first.contains("503 UNAVAILABLE"), "{first}");
    paste(
        &mut s,
        "google.api_core.exceptions.PermissionDenied: 403 Permission denied on resource project demo.",
    );
    let second = until_prompt(&mut s);
    assert!(second.contains("403 PERMISSION_DENIED"), "{second}");
    assert!(!second.contains("503 UNAVAILABLE"), "{second}");
    quit_with(s, "\x04");
}

#[test]
fn plain_text_gets_a_no_error_answer() {
    let mut s = started("en_US.UTF-8", &[]);
    paste(&mut s, "the build is slow today\nnothing else to report");
    let out = until_prompt(&mut s);
    assert!(out.contains("No API error found in this text."), "{out}");
    assert!(
        !out.contains("No API errors found."),
        "one answer, not two: {out}"
    );
    quit_with(s, "\x03");
}

#[test]
fn ctrl_d_with_typed_text_explains_it() {
    let mut s = started("en_US.UTF-8", &[]);
    s.send("429 RESOURCE_EXHAUSTED").expect("type");
    s.send("\x04").expect("Ctrl-D");
    let out = until_prompt(&mut s);
    assert!(out.contains("429 RESOURCE_EXHAUSTED"), "{out}");
    quit_with(s, "\x04");
}

#[test]
fn the_prompt_is_chinese_in_zh() {
    let mut s = spawn("zh_CN.UTF-8", &[]);
    s.expect("请粘贴 API 错误信息").expect("the Chinese hint");
    s.expect("按 Ctrl-C 或在空行上按 Ctrl-D 退出")
        .expect("the Chinese keys");
    s.expect("\r\n> ").expect("the first prompt");
    paste(&mut s, "nothing here");
    let out = until_prompt(&mut s);
    assert!(out.contains("已读取 1 行。"), "{out}");
    assert!(out.contains("这段文本中没有找到 API 错误。"), "{out}");
    quit_with(s, "\x03");
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = started("en_US.UTF-8", &[]);
    s.get_process_mut()
        .signal(expectrl::process::unix::Signal::SIGTERM)
        .expect("send SIGTERM");
    let rest = s.expect(expectrl::Eof).expect("apierr ends");
    assert!(String::from_utf8_lossy(rest.as_bytes()).contains("\x1b[?2004l"));
    assert!(canonical(&s), "the terminal is back in line mode");
    assert!(matches!(exit_status(&s), WaitStatus::Exited(_, 0)));
}
