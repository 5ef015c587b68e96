//! The process edge: arguments, environment, terminal, inputs, exit status. Everything the user
//! sees is made by the library; this module only connects it to the outside.

mod args;
mod color;
mod env;
mod input;
mod interactive;
mod run;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use jiff::Timestamp;

use apierr::diagnose;
use apierr::i18n::{self, Lang, Messages};
use apierr::model::Occurrence;
use apierr::render::{Format, LocalZone, Render, Style, human};

use env::Env;
use input::{Input, Source};

/// Exit statuses: 0 ran (errors found or not), 1 `--fail` and an error was found, 2 usage or
/// I/O trouble.
const EXIT_FOUND: u8 = 1;
const EXIT_TROUBLE: u8 = 2;

pub(crate) fn main() -> ExitCode {
    tune_allocator();
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

/// glibc gives each scanning thread an arena of its own, gives the free top of an arena back to
/// the kernel, and grows it again for the next error's region, each time on fresh zeroed pages:
/// 450 times on the bench log, 3 to 6% of the CPU time. Keeping 4 MiB of top when trimming
/// leaves 17; pages never touched are not resident, and peak RSS did not change.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_allocator() {
    // SAFETY: mallopt only sets a parameter of the allocator; no other thread runs yet.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 4 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_allocator() {}

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
    // `apierr run` reports on stderr, the rest on stdout.
    let running = matches!(args.command, Some(args::Command::Run { .. }));
    let report_tty = if running {
        io::stderr().is_terminal()
    } else {
        tty
    };
    let color = (format == Format::Human
        || matches!(
            args.command,
            Some(args::Command::Explain { .. } | args::Command::List)
        ))
        && color::use_color(args.color, env, report_tty);
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
        local_tz: LocalZone::system(),
        workspace: env.workspace.clone(),
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
        Some(args::Command::Run {
            retry,
            max_wait,
            report,
            cmd,
        }) => {
            let opts = run::RunOptions {
                cmd: cmd.clone(),
                retry: *retry,
                max_wait: *max_wait,
            };
            // The command's own output owns stdout; the report goes to stderr or a file.
            let mut renderer = format.renderer();
            let mut sink: Box<dyn Write> = match report {
                Some(path) => match std::fs::File::create(path) {
                    Ok(f) => Box::new(io::BufWriter::new(f)),
                    Err(e) => {
                        complain(
                            &style.messages,
                            "error-report",
                            &[
                                ("path", path.display().to_string()),
                                ("reason", e.to_string()),
                            ],
                        );
                        return Ok(ExitCode::from(EXIT_TROUBLE));
                    }
                },
                None => Box::new(io::stderr()),
            };
            let github = (env.github_actions && format != Format::Github).then(|| {
                Box::new(apierr::render::github::Github::annotations_only()) as Box<dyn Render>
            });
            let (code, found) = run::run(&opts, &style, renderer.as_mut(), &mut sink, github)?;
            if let (true, Some(path)) = (env.github_actions, &env.step_summary) {
                let mut md = Format::Markdown.renderer();
                for (occ, d) in &found {
                    md.occurrence(occ, d, &style, &mut io::sink())?;
                }
                if let Err(e) = append_summary(path, md.as_mut(), &style) {
                    complain(
                        &style.messages,
                        "error-summary",
                        &[
                            ("path", path.display().to_string()),
                            ("reason", e.to_string()),
                        ],
                    );
                }
            }
            return Ok(code);
        }
        Some(args::Command::Generate { what }) => {
            let mut out = io::stdout().lock();
            let mut cmd = args::command(&style.messages);
            let done = match what {
                args::Generated::Man => clap_mangen::Man::new(cmd).render(&mut out),
                shell => {
                    let shell = match shell {
                        args::Generated::Bash => clap_complete::Shell::Bash,
                        args::Generated::Zsh => clap_complete::Shell::Zsh,
                        args::Generated::Fish => clap_complete::Shell::Fish,
                        args::Generated::Powershell => clap_complete::Shell::PowerShell,
                        _ => clap_complete::Shell::Elvish,
                    };
                    clap_complete::generate(shell, &mut cmd, "apierr", &mut out);
                    Ok(())
                }
            };
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

    let mut out = io::BufWriter::new(stdout.lock());
    // A person at a terminal, with nothing to read but what they paste.
    if args.text.is_none() && args.files.is_empty() && io::stdin().is_terminal() {
        match interactive::run(&style, format, &mut out) {
            Ok(Some(found)) => {
                return Ok(if args.fail && found > 0 {
                    ExitCode::from(EXIT_FOUND)
                } else {
                    ExitCode::SUCCESS
                });
            }
            // No raw mode here: read the terminal line by line like a pipe.
            Ok(None) => {}
            Err(e) => return output_failed(e, &style.messages),
        }
    }

    let mut sources: Vec<Source> = match &args.text {
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

    let mut renderer = format.renderer();
    // In GitHub Actions, the annotations come with a job summary.
    let mut summary = (format == Format::Github)
        .then_some(env.step_summary.as_ref())
        .flatten()
        .map(|path| (path.clone(), Format::Markdown.renderer()));
    let mut found = 0usize;
    let mut trouble = false;
    // Several regular files: two are scanned at a time on worker threads, so both cores work,
    // and printed here in input order.
    if sources.len() >= 2 && sources.iter().all(input::is_regular_file) {
        let mut queue = sources.into_iter();
        let mut in_flight = std::collections::VecDeque::new();
        loop {
            while in_flight.len() < 2
                && let Some(source) = queue.next()
            {
                in_flight.push_back(input::scan_ahead(source));
            }
            let Some(rx) = in_flight.pop_front() else {
                break;
            };
            for ahead in rx {
                match ahead {
                    input::Ahead::Occurrence(occ) => {
                        found += 1;
                        let shown = summary
                            .as_mut()
                            .map_or(Ok(()), |(_, md)| {
                                emit(&occ, &style, md.as_mut(), &mut io::sink())
                            })
                            .and_then(|()| emit(&occ, &style, renderer.as_mut(), &mut out));
                        if let Err(e) = shown {
                            return output_failed(e, &style.messages);
                        }
                    }
                    input::Ahead::Problem(problem) => {
                        trouble = true;
                        problem.report(&style.messages);
                    }
                }
            }
        }
        sources = Vec::new();
    }
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
                    if let Some((_, md)) = &mut summary {
                        emit(&occ, &style, md.as_mut(), &mut io::sink())?;
                    }
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
    if let Some((path, mut md)) = summary
        && let Err(e) = append_summary(&path, md.as_mut(), &style)
    {
        complain(
            &style.messages,
            "error-summary",
            &[
                ("path", path.display().to_string()),
                ("reason", e.to_string()),
            ],
        );
        trouble = true;
    }
    // The process ends here: freeing what the run built (the objects a report kept, the
    // messages) would only hold up the exit, by a millisecond after a big log.
    std::mem::forget(renderer);
    std::mem::forget(style);

    Ok(if trouble {
        ExitCode::from(EXIT_TROUBLE)
    } else if args.fail && found > 0 {
        ExitCode::from(EXIT_FOUND)
    } else {
        ExitCode::SUCCESS
    })
}

/// Appends the Markdown report to the step summary file. GitHub rejects a summary over 1 MiB,
/// so a report that large is cut, with a line saying so.
fn append_summary(path: &std::path::Path, md: &mut dyn Render, style: &Style) -> io::Result<()> {
    const LIMIT: usize = 1024 * 1024 - 4096;
    let mut text = Vec::new();
    md.finish(style, &mut text)?;
    if text.len() > LIMIT {
        let cut = String::from_utf8_lossy(&text[..LIMIT]);
        let cut = cut
            .rsplit_once('\n')
            .map_or(&*cut, |(head, _)| head)
            .to_owned();
        text = format!("{cut}\n\n{}\n", style.messages.text("md-cut")).into_bytes();
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(&text)?;
    file.write_all(b"\n")
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
