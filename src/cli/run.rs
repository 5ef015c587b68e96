//! `apierr run [OPTIONS] -- CMD [ARGS...]`: runs a command, passes its output through unchanged,
//! scans it, reports the API errors when it ends, and retries it the way the server asks.
//!
//! The child's stdout and stderr are copied byte for byte to apierr's own, as they arrive, and
//! each is scanned as a stream of its own. The exit status is the child's (128 + the signal
//! when a signal ended it). Signals sent to apierr by another process (a CI runner's SIGTERM)
//! are forwarded; the ones a terminal sends to the whole foreground group (Ctrl-C) already
//! reach the child and are not sent twice. apierr always waits for the child, so no zombie is
//! left; on Linux the child also gets SIGTERM if apierr itself is killed.

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::{Command, ExitCode, ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use apierr::diagnose::{self, Diagnosis, Wait};
use apierr::i18n::{self, Messages};
use apierr::model::Occurrence;
use apierr::render::{self, Render, Style};
use apierr::stream::Stream;

/// What `apierr run` was asked to do.
pub(crate) struct RunOptions {
    pub(crate) cmd: Vec<OsString>,
    pub(crate) retry: u32,
    pub(crate) max_wait: Duration,
}

/// The child being waited for, so that a forwarded signal reaches it (0: none).
static CHILD: AtomicI32 = AtomicI32::new(0);

/// Forwards the signals other processes send to apierr to the running child.
#[cfg(unix)]
fn forward_signals(interrupted: Arc<AtomicBool>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    use signal_hook::iterator::SignalsInfo;
    use signal_hook::iterator::exfiltrator::WithOrigin;

    let mut signals = SignalsInfo::<WithOrigin>::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT])?;
    thread::spawn(move || {
        for origin in signals.forever() {
            interrupted.store(true, Ordering::SeqCst);
            // A terminal's Ctrl-C (sent by the kernel to the whole group) reached the child
            // already; a `kill` from another process reached only apierr.
            if origin.process.is_some() {
                let pid = CHILD.load(Ordering::SeqCst);
                if pid > 0 {
                    // SAFETY: kill(2) with a pid apierr spawned and a valid signal number.
                    unsafe {
                        libc::kill(pid, origin.signal);
                    }
                }
            }
        }
    });
    Ok(())
}

#[cfg(not(unix))]
fn forward_signals(_interrupted: Arc<AtomicBool>) -> io::Result<()> {
    Ok(())
}

/// The exit code a shell would report for the status.
fn exit_code(status: ExitStatus) -> u8 {
    if let Some(code) = status.code() {
        return u8::try_from(code & 0xff).unwrap_or(1);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return u8::try_from(128 + sig).unwrap_or(1);
        }
    }
    1
}

/// Copies one of the child's streams through and scans it; returns what it found.
fn pump(
    mut from: impl Read + Send + 'static,
    mut to: impl Write + Send + 'static,
    source: String,
) -> thread::JoinHandle<Vec<Occurrence>> {
    thread::spawn(move || {
        let mut stream = Stream::new(source.into());
        let mut found = Vec::new();
        let mut buf = vec![0u8; 64 * 1024];
        let mut passing = true;
        loop {
            match from.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    // The user sees the output first; a closed stdout stops the copy, not the
                    // scan (the child keeps running and its errors are still reported).
                    if passing && (to.write_all(&buf[..n]).is_err() || to.flush().is_err()) {
                        passing = false;
                    }
                    stream.feed(&buf[..n]);
                    found.extend(std::iter::from_fn(|| stream.next()));
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
        stream.finish();
        found.extend(std::iter::from_fn(|| stream.next()));
        found
    })
}

/// Runs the command once. Returns its status and what its output held.
fn attempt(opts: &RunOptions, n: u32) -> io::Result<(ExitStatus, Vec<Occurrence>)> {
    let mut cmd = Command::new(&opts.cmd[0]);
    cmd.args(&opts.cmd[1..])
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl(2) is async-signal-safe; it only asks the kernel to send SIGTERM to the
        // child if apierr dies first, so the command is never orphaned.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
                Ok(())
            });
        }
    }
    let mut child = cmd.spawn()?;
    CHILD.store(i32::try_from(child.id()).unwrap_or(0), Ordering::SeqCst);
    let suffix = if n > 1 {
        format!(" #{n}")
    } else {
        String::new()
    };
    let out = pump(
        child.stdout.take().expect("piped stdout"),
        io::stdout(),
        format!("stdout{suffix}"),
    );
    let err = pump(
        child.stderr.take().expect("piped stderr"),
        io::stderr(),
        format!("stderr{suffix}"),
    );
    let status = child.wait()?;
    CHILD.store(0, Ordering::SeqCst);
    let mut found = out.join().unwrap_or_default();
    found.extend(err.join().unwrap_or_default());
    Ok((status, found))
}

/// Whether to run the command again, and after how long.
enum Decision {
    Retry { wait: Duration, why: &'static str },
    Stop(String),
}

/// A pseudo-random fraction in [0.5, 1) for jitter; quality does not matter, only that
/// clients started together do not retry together.
fn jitter() -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut x = u64::from(nanos) ^ (u64::from(std::process::id()) << 32) ^ 0x9e37_79b9_7f4a_7c15;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    0.5 + (x % 1_000_000) as f64 / 2_000_000.0
}

fn decide(
    found: &[(Occurrence, Diagnosis)],
    status: ExitStatus,
    attempt: u32,
    budget_left: Duration,
    style: &Style,
) -> Decision {
    let m = &style.messages;
    if found.is_empty() {
        return Decision::Stop(m.get(
            "run-no-api-error",
            Some(&i18n::args([("status", exit_code(status).to_string())])),
        ));
    }
    let mut wait = 0.0f64;
    let mut why = "run-why-server";
    for (occ, d) in found {
        let head = render::headline(&occ.error, m);
        let title = m.get(
            &d.fluent_id(),
            Some(&render::diagnosis_args(&occ.error, d, m)),
        );
        match d.wait {
            Wait::Never => {
                return Decision::Stop(m.get(
                    "run-no-retry-fix",
                    Some(&i18n::args([("headline", head), ("title", title)])),
                ));
            }
            Wait::Until { reset, seconds } => {
                return Decision::Stop(m.get(
                    "run-no-retry-daily",
                    Some(&i18n::args([
                        ("headline", head),
                        ("remaining", render::duration(seconds, m)),
                        ("local", render::local_time(reset, style)),
                    ])),
                ));
            }
            Wait::For { seconds, .. } => wait = wait.max(seconds),
            Wait::Backoff {
                initial,
                from_server,
            } => {
                let backoff = if from_server {
                    initial
                } else {
                    why = "run-why-backoff";
                    (initial * 2f64.powi(i32::try_from(attempt - 1).unwrap_or(30))).min(60.0)
                        * jitter()
                };
                wait = wait.max(backoff);
            }
        }
    }
    let wait = Duration::from_secs_f64(wait.max(0.0));
    if wait > budget_left {
        return Decision::Stop(m.get(
            "run-no-retry-budget",
            Some(&i18n::args([
                ("duration", render::duration(wait.as_secs_f64(), m)),
                ("left", render::duration(budget_left.as_secs_f64(), m)),
            ])),
        ));
    }
    Decision::Retry { wait, why }
}

fn say(m: &Messages, text: &str) {
    let prefix = m.text("error-prefix");
    let _ = writeln!(io::stderr().lock(), "{prefix}: {text}");
}

/// Runs the command (again, when asked), then reports. `report` renders the occurrences;
/// `github` adds annotations and a job summary.
pub(crate) fn run(
    opts: &RunOptions,
    style: &Style,
    report: &mut dyn Render,
    report_out: &mut dyn Write,
    github: Option<Box<dyn Render>>,
) -> anyhow::Result<(ExitCode, Vec<(Occurrence, Diagnosis)>)> {
    let m = &style.messages;
    let interrupted = Arc::new(AtomicBool::new(false));
    forward_signals(interrupted.clone())?;
    let started = Instant::now();
    let total = opts.retry + 1;
    let mut all: Vec<(Occurrence, Diagnosis)> = Vec::new();
    let mut last_status = None;
    for n in 1..=total {
        let (status, found) = match attempt(opts, n) {
            Ok(r) => r,
            Err(e) => {
                say(
                    m,
                    &m.get(
                        "error-spawn",
                        Some(&i18n::args([
                            ("cmd", opts.cmd[0].to_string_lossy().into_owned()),
                            ("reason", e.to_string()),
                        ])),
                    ),
                );
                let code = if e.kind() == io::ErrorKind::NotFound {
                    127
                } else {
                    126
                };
                return Ok((ExitCode::from(code), Vec::new()));
            }
        };
        last_status = Some(status);
        let found: Vec<(Occurrence, Diagnosis)> = found
            .into_iter()
            .map(|o| {
                let d = diagnose::diagnose(&o.error, style.now);
                (o, d)
            })
            .collect();
        all.extend(found.iter().cloned());
        if status.success() || n == total || interrupted.load(Ordering::SeqCst) {
            if !status.success() && n == total && opts.retry > 0 && !found.is_empty() {
                say(
                    m,
                    &m.get(
                        "run-gave-up",
                        Some(&i18n::args([("attempts", n.to_string())])),
                    ),
                );
            }
            break;
        }
        let left = opts.max_wait.saturating_sub(started.elapsed());
        match decide(&found, status, n, left, style) {
            Decision::Stop(why) => {
                say(m, &why);
                break;
            }
            Decision::Retry { wait, why } => {
                let (occ, d) = &found[0];
                say(
                    m,
                    &m.get(
                        "run-retry",
                        Some(&i18n::args([
                            ("attempt", n.to_string()),
                            ("total", total.to_string()),
                            ("headline", render::headline(&occ.error, m)),
                            (
                                "title",
                                m.get(
                                    &d.fluent_id(),
                                    Some(&render::diagnosis_args(&occ.error, d, m)),
                                ),
                            ),
                            ("duration", render::duration(wait.as_secs_f64(), m)),
                            ("why", m.text(why)),
                        ])),
                    ),
                );
                let until = Instant::now() + wait;
                while Instant::now() < until && !interrupted.load(Ordering::SeqCst) {
                    thread::sleep(Duration::from_millis(50).min(until - Instant::now()));
                }
                if interrupted.load(Ordering::SeqCst) {
                    break;
                }
            }
        }
    }
    for (occ, d) in &all {
        report.occurrence(occ, d, style, report_out)?;
    }
    report.finish(style, report_out)?;
    report_out.flush()?;
    if let Some(mut gh) = github {
        let mut out = io::stdout().lock();
        for (occ, d) in &all {
            gh.occurrence(occ, d, style, &mut out)?;
        }
        gh.finish(style, &mut out)?;
        out.flush()?;
    }
    Ok((ExitCode::from(last_status.map_or(1, exit_code)), all))
}
