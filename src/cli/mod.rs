//! The process edge: arguments, environment, terminal, inputs, exit status. Everything the user
//! sees is made by the library; this module only connects it to the outside.

mod args;
mod color;
mod env;
mod input;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use apierr::diagnose;
use apierr::i18n::{self, Lang, Messages};
use apierr::model::Occurrence;
use apierr::render::{Format, Render, Style, human};

use env::Env;
use input::{Input, Source};

/// Exit statuses: 0 ran (errors found or not), 1 `--fail` and an error was found, 2 usage or
/// I/O trouble.
const EXIT_FOUND: u8 = 1;
const EXIT_TROUBLE: u8 = 2;

pub(crate) fn main() -> ExitCode {
    let env = Env::read();
    match run(&env) {
        Ok(code) => code,
        // `apierr big.log | head -1`: the reader left; that is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(io::stderr().lock(), "apierr: {err:#}");
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn env_lang(env: &Env) -> Lang {
    Lang::from_env(
        env.lc_all.as_deref(),
        env.lc_messages.as_deref(),
        env.lang.as_deref(),
    )
}

/// Prints a one-line error on stderr, in the user's language.
fn complain(messages: &Messages, id: &str, args: &[(&str, String)]) {
    let a = i18n::args(args.iter().map(|(k, v)| (*k, v.as_str())));
    let text = messages.get(id, Some(&a));
    let prefix = messages.text("error-prefix");
    let _ = writeln!(io::stderr().lock(), "{prefix}: {text}");
}

fn run(env: &Env) -> anyhow::Result<ExitCode> {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = args::lang_from_argv(&argv).unwrap_or_else(|| env_lang(env));
    let messages = Messages::new(lang);
    let args = args::parse(argv, &messages);

    let now = match &args.now {
        None => Timestamp::now(),
        Some(text) => match text.parse::<Timestamp>() {
            Ok(t) => t,
            Err(_) => {
                complain(&messages, "error-bad-now", &[("value", text.clone())]);
                return Ok(ExitCode::from(EXIT_TROUBLE));
            }
        },
    };
    let stdout = io::stdout();
    let tty = stdout.is_terminal();
    let format = Format::from(args.format);
    let color = (format == Format::Human || args.command.is_some())
        && color::use_color(args.color, env, tty);
    colored::control::set_override(color);
    let width = if tty {
        env.columns.unwrap_or(100).clamp(40, 120)
    } else {
        100
    };
    let style = Style {
        messages,
        color,
        width,
        now,
        local_tz: TimeZone::system(),
    };

    match &args.command {
        Some(args::Command::Explain { query }) => {
            let Some(found) = diagnose::lookup(query) else {
                complain(
                    &style.messages,
                    "error-unknown-code",
                    &[("query", query.clone())],
                );
                return Ok(ExitCode::from(EXIT_TROUBLE));
            };
            let mut out = io::BufWriter::new(stdout.lock());
            let done = human::explain(&found, &style, &mut out).and_then(|()| out.flush());
            return done.map_or_else(
                |e| output_failed(e, &style.messages),
                |()| Ok(ExitCode::SUCCESS),
            );
        }
        Some(args::Command::List) => {
            let mut out = io::BufWriter::new(stdout.lock());
            let done = human::list(&style, &mut out).and_then(|()| out.flush());
            return done.map_or_else(
                |e| output_failed(e, &style.messages),
                |()| Ok(ExitCode::SUCCESS),
            );
        }
        None => {}
    }

    let sources: Vec<Source> = match &args.text {
        Some(text) => vec![Source::Text(text.clone())],
        None if args.files.is_empty() => vec![Source::Stdin],
        None => args
            .files
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Source::Stdin
                } else {
                    Source::File(p.clone())
                }
            })
            .collect(),
    };

    let mut out = io::BufWriter::new(stdout.lock());
    let mut renderer = format.renderer();
    let mut found = 0usize;
    let mut trouble = false;
    for source in sources {
        let mut input = match Input::open(&source) {
            Ok(i) => i,
            Err(problem) => {
                trouble = true;
                problem.report(&style.messages);
                continue;
            }
        };
        let result = input.run(|event| -> io::Result<()> {
            match event {
                input::Event::Occurrence(occ) => {
                    found += 1;
                    emit(&occ, &style, renderer.as_mut(), &mut out)
                }
                input::Event::Idle => {
                    renderer.idle(&style, &mut out)?;
                    out.flush()
                }
            }
        });
        match result {
            Ok(()) => {}
            Err(input::RunError::Output(e)) => return output_failed(e, &style.messages),
            Err(input::RunError::Input(problem)) => {
                trouble = true;
                problem.report(&style.messages);
            }
        }
    }
    if let Err(e) = renderer.finish(&style, &mut out).and_then(|()| out.flush()) {
        return output_failed(e, &style.messages);
    }

    Ok(if trouble {
        ExitCode::from(EXIT_TROUBLE)
    } else if args.fail && found > 0 {
        ExitCode::from(EXIT_FOUND)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writing the report failed. A closed pipe (`apierr … | head`) ends the run quietly; anything
/// else is reported.
fn output_failed(e: io::Error, messages: &Messages) -> anyhow::Result<ExitCode> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return Err(e.into());
    }
    complain(messages, "error-write", &[("reason", e.to_string())]);
    Ok(ExitCode::from(EXIT_TROUBLE))
}

fn emit(
    occ: &Occurrence,
    style: &Style,
    renderer: &mut dyn Render,
    out: &mut dyn Write,
) -> io::Result<()> {
    let diag = diagnose::diagnose(&occ.error, style.now);
    renderer.occurrence(occ, &diag, style, out)
}
