//! A person at a terminal pastes an error and gets the answer at once.
//!
//! The terminal runs in raw mode with bracketed paste: in line mode the kernel cuts a pasted
//! line at 4095 bytes, and real payloads are longer. Raw mode also means this module echoes
//! what is typed, and must give the terminal back as it found it on every way out: a normal
//! end, Ctrl-C, SIGTERM or SIGHUP, and a panic.
//!
//! When a paste is complete is decided by [`apierr::paste::Paste`]; here are only the keys and
//! the timing.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal;
use fluent::FluentArgs;

use apierr::paste::{Paste, Step};
use apierr::render::{Format, Style};
use apierr::sanitize;

/// After a bracketed paste ends balanced, how long to wait in case the terminal sends the rest
/// of it as another paste.
const GRACE: Duration = Duration::from_millis(120);
/// After a paste ends inside an open payload, how long to wait for more before explaining what
/// came (a truncated payload is still worth explaining).
const PIECES: Duration = Duration::from_millis(600);
/// How often the loop looks at the signal flag when nothing happens.
const TICK: Duration = Duration::from_millis(200);

const PASTE_ON: &str = "\x1b[?2004h";
const PASTE_OFF: &str = "\x1b[?2004l";

/// Raw mode and bracketed paste, undone on drop and on panic.
struct Terminal;

impl Terminal {
    fn take() -> io::Result<Terminal> {
        terminal::enable_raw_mode()?;
        let guard = Terminal;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        control(PASTE_ON);
        Ok(guard)
    }

    /// Line mode while the explanation prints, so `\n` starts a new line.
    fn pause(&self) {
        let _ = terminal::disable_raw_mode();
    }

    fn resume(&self) -> io::Result<()> {
        terminal::enable_raw_mode()
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        restore();
    }
}

fn restore() {
    control(PASTE_OFF);
    let _ = terminal::disable_raw_mode();
}

/// Terminal control goes to stderr, never into the report on stdout.
fn control(seq: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(seq.as_bytes());
    let _ = err.flush();
}

/// In raw mode a line break needs its carriage return.
fn say_raw(text: &str) {
    control(&text.replace('\n', "\r\n"));
}

/// Two lines on how to paste and how to finish. In raw mode once the terminal is taken, so that
/// nothing typed after it can reach the line discipline.
fn hint(style: &Style) -> String {
    ["paste-hint", "paste-hint-keys"]
        .iter()
        .map(|id| dim(style, style.messages.text(id)) + "\n")
        .collect()
}

fn dim(style: &Style, line: String) -> String {
    if style.color {
        colored::Colorize::dimmed(line.as_str()).to_string()
    } else {
        line
    }
}

fn prompt() {
    control("> ");
}

/// What the loop does next.
enum Next {
    Explain,
    Quit,
}

/// Reads pastes until the user quits; explains each. Returns the number of API errors found, or
/// `None` when the terminal cannot be put in raw mode (the caller then reads stdin as a stream).
pub(crate) fn run(style: &Style, format: Format, out: &mut dyn Write) -> io::Result<Option<usize>> {
    let Ok(term) = Terminal::take() else {
        control(&hint(style));
        return Ok(None);
    };
    say_raw(&hint(style));
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        let _ = signal_hook::flag::register(signal, Arc::clone(&stop));
    }

    let mut found = 0;
    let mut paste = Paste::new();
    let mut pasted = false;
    let mut deadline: Option<Instant> = None;
    prompt();
    loop {
        let next = match wait(&stop, deadline)? {
            Input::Stop => Next::Quit,
            Input::Timeout => {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    Next::Explain
                } else {
                    continue;
                }
            }
            Input::Event(Event::Paste(text)) => {
                paste.push(&text);
                if !paste.at_line_start() {
                    paste.push("\n");
                }
                pasted = true;
                let wait = match paste.paste_end() {
                    Step::Done => GRACE,
                    Step::More => PIECES,
                };
                deadline = Some(Instant::now() + wait);
                continue;
            }
            Input::Event(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                deadline = None;
                let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
                match key.code {
                    KeyCode::Char('c') if ctrl => Next::Quit,
                    KeyCode::Char('d') if ctrl && paste.is_empty() => Next::Quit,
                    KeyCode::Char('d') if ctrl => Next::Explain,
                    KeyCode::Enter => {
                        say_raw("\n");
                        match paste.enter() {
                            Step::Done => Next::Explain,
                            Step::More => continue,
                        }
                    }
                    KeyCode::Backspace => {
                        if paste.backspace() {
                            control("\x08 \x08");
                        }
                        continue;
                    }
                    KeyCode::Tab => {
                        paste.push("\t");
                        control("\t");
                        continue;
                    }
                    KeyCode::Char(c) if !ctrl => {
                        let mut buf = [0u8; 4];
                        let typed = c.encode_utf8(&mut buf);
                        paste.push(typed);
                        control(&sanitize::for_terminal(typed));
                        continue;
                    }
                    _ => continue,
                }
            }
            Input::Event(_) => continue,
        };
        match next {
            Next::Quit => {
                say_raw("\n");
                break;
            }
            Next::Explain => {
                deadline = None;
                let text = paste.take();
                term.pause();
                found += explain(&text, pasted, style, format, out)?;
                pasted = false;
                term.resume()?;
                prompt();
            }
        }
    }
    drop(term);
    Ok(Some(found))
}

enum Input {
    Event(Event),
    Timeout,
    Stop,
}

fn wait(stop: &AtomicBool, deadline: Option<Instant>) -> io::Result<Input> {
    if stop.load(Ordering::Relaxed) {
        return Ok(Input::Stop);
    }
    let timeout = deadline.map_or(TICK, |d| {
        d.saturating_duration_since(Instant::now()).min(TICK)
    });
    if event::poll(timeout)? {
        Ok(Input::Event(event::read()?))
    } else if stop.load(Ordering::Relaxed) {
        Ok(Input::Stop)
    } else {
        Ok(Input::Timeout)
    }
}

/// Explains one paste; returns how many API errors it held.
fn explain(
    text: &str,
    pasted: bool,
    style: &Style,
    format: Format,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let mut err = io::stderr().lock();
    if pasted {
        let lines = text.lines().count();
        let mut args = FluentArgs::new();
        args.set("lines", lines);
        let line = dim(style, style.messages.get("paste-received", Some(&args)));
        writeln!(err, "\n{line}")?;
    }
    drop(err);
    let source = style.messages.text("paste-source");
    let found = apierr::stream::scan_text(&source, text);
    let mut renderer = format.renderer();
    for occ in &found {
        super::emit(occ, style, renderer.as_mut(), out)?;
    }
    // The human report's own "none found" line is replaced by the longer answer below.
    if !(found.is_empty() && format == Format::Human) {
        renderer.finish(style, out)?;
    }
    if found.is_empty() {
        let none = style.messages.text("paste-none");
        if format == Format::Human {
            for line in apierr::render::human::wrap(&none, style.width) {
                writeln!(out, "{line}")?;
            }
        } else {
            writeln!(io::stderr().lock(), "{none}")?;
        }
    }
    if format == Format::Human {
        writeln!(out)?;
    }
    out.flush()?;
    Ok(found.len())
}
