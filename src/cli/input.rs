//! Inputs: files, standard input, `--text`. Regular files are read in large chunks; anything
//! that can pause (a pipe, a terminal, a FIFO) is read on a helper thread, so that when the
//! writer pauses (`tail -f app.log | apierr`) the pipeline can finish what it holds and the
//! output appears without waiting for more input.

use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::Duration;

use apierr::i18n::{self, Messages};
use apierr::model::Occurrence;
use apierr::stream::Stream;

/// Bytes per read. Small enough that a chunk stays in a core's cache from the kernel's copy
/// through the scan (256 KiB cost a third more system time on the 256 MiB benchmark log).
const CHUNK: usize = 128 * 1024;
/// How long input must be quiet before it counts as paused.
const IDLE: Duration = Duration::from_millis(150);

pub(crate) enum Source {
    Stdin,
    File(PathBuf),
    Text(String),
}

impl Source {
    /// The name occurrences carry: `-` for standard input, the path for a file.
    fn name(&self) -> Arc<str> {
        match self {
            Source::Stdin => "-".into(),
            Source::File(p) => p.to_string_lossy().into(),
            Source::Text(_) => "--text".into(),
        }
    }
}

/// Why an input could not be read.
#[derive(Debug)]
pub(crate) struct Problem {
    path: String,
    kind: ProblemKind,
}

#[derive(Debug)]
enum ProblemKind {
    NotFound,
    IsDir,
    Permission,
    Other(String),
}

impl Problem {
    fn new(path: &str, err: &io::Error) -> Problem {
        let kind = match err.kind() {
            io::ErrorKind::NotFound => ProblemKind::NotFound,
            io::ErrorKind::PermissionDenied => ProblemKind::Permission,
            io::ErrorKind::IsADirectory => ProblemKind::IsDir,
            _ => ProblemKind::Other(err.to_string()),
        };
        Problem {
            path: path.to_owned(),
            kind,
        }
    }

    /// One line on stderr naming the input and what to do.
    pub(crate) fn report(&self, messages: &Messages) {
        let path = apierr::sanitize::for_terminal(&self.path).into_owned();
        let (id, reason) = match &self.kind {
            ProblemKind::NotFound => ("error-not-found", String::new()),
            ProblemKind::IsDir => ("error-is-dir", String::new()),
            ProblemKind::Permission => ("error-permission", String::new()),
            ProblemKind::Other(r) => ("error-read", r.clone()),
        };
        let args = i18n::args([("path", path), ("reason", reason)]);
        let text = messages.get(id, Some(&args));
        let prefix = messages.text("error-prefix");
        let _ = io::Write::write_all(
            &mut io::stderr().lock(),
            format!("{prefix}: {text}\n").as_bytes(),
        );
    }
}

enum Reader {
    /// A regular file (perhaps standard input), from an offset: read at offsets, so that a big
    /// one can be scanned in pieces at once.
    File {
        file: File,
        begin: u64,
        end: u64,
    },
    Threaded(Receiver<io::Result<Vec<u8>>>),
    Text(Option<Vec<u8>>),
}

pub(crate) struct Input {
    name: Arc<str>,
    reader: Reader,
    /// A big regular file may be scanned in pieces on several threads.
    pieces: bool,
}

pub(crate) enum Event {
    Occurrence(Box<Occurrence>),
    /// The input paused; flush what is held.
    Idle,
}

/// What a file scanned ahead on another thread yields.
pub(crate) enum Ahead {
    Occurrence(Box<Occurrence>),
    Problem(Problem),
}

/// Is this a regular file, which can be scanned ahead without waiting on anyone?
pub(crate) fn is_regular_file(source: &Source) -> bool {
    matches!(source, Source::File(p) if std::fs::metadata(p).is_ok_and(|m| m.is_file()))
}

/// Scans a file on its own thread. The channel is bounded, so a file full of errors waits for
/// the printer instead of piling its occurrences up in memory.
pub(crate) fn scan_ahead(source: Source) -> Receiver<Ahead> {
    let (tx, rx) = mpsc::sync_channel(256);
    thread::spawn(move || {
        let mut input = match Input::open(&source) {
            Ok(i) => i,
            Err(p) => {
                let _ = tx.send(Ahead::Problem(p));
                return;
            }
        };
        // Files are already scanned two at a time.
        input.pieces = false;
        let result = input.run(|event| match event {
            Event::Occurrence(o) => tx
                .send(Ahead::Occurrence(o))
                .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe)),
            Event::Idle => Ok(()),
        });
        if let Err(RunError::Input(p)) = result {
            let _ = tx.send(Ahead::Problem(p));
        }
    });
    rx
}

pub(crate) enum RunError {
    /// Writing the output failed (a closed pipe ends the run).
    Output(io::Error),
    /// Reading this input failed; the next input is still read.
    Input(Problem),
}

/// Standard input when it is a regular file (`apierr < app.log`), read from where its offset
/// stands.
#[cfg(unix)]
fn stdin_file() -> Option<Reader> {
    use std::io::Seek;
    use std::os::fd::AsFd;
    let mut file = io::stdin()
        .as_fd()
        .try_clone_to_owned()
        .map(File::from)
        .ok()?;
    let meta = file.metadata().ok().filter(|m| m.is_file())?;
    let begin = file.stream_position().ok()?;
    Some(Reader::File {
        file,
        begin,
        end: meta.len().max(begin),
    })
}

#[cfg(not(unix))]
fn stdin_file() -> Option<Reader> {
    None
}

fn threaded(mut r: impl Read + Send + 'static) -> Receiver<io::Result<Vec<u8>>> {
    let (tx, rx) = mpsc::sync_channel(8);
    thread::spawn(move || {
        let mut buf = vec![0u8; CHUNK];
        loop {
            match r.read(&mut buf) {
                Ok(0) => return,
                Ok(n) => {
                    if tx.send(Ok(buf[..n].to_vec())).is_err() {
                        return;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            }
        }
    });
    rx
}

impl Input {
    pub(crate) fn open(source: &Source) -> Result<Input, Problem> {
        let name = source.name();
        let reader = match source {
            // `apierr < file` reads the file like a named one; a pipe or terminal can pause.
            Source::Stdin => {
                stdin_file().unwrap_or_else(|| Reader::Threaded(threaded(io::stdin())))
            }
            Source::Text(t) => Reader::Text(Some(t.clone().into_bytes())),
            Source::File(path) => {
                let shown = path.to_string_lossy();
                let meta = std::fs::metadata(path).map_err(|e| Problem::new(&shown, &e))?;
                if meta.is_dir() {
                    return Err(Problem {
                        path: shown.into_owned(),
                        kind: ProblemKind::IsDir,
                    });
                }
                let file = File::open(path).map_err(|e| Problem::new(&shown, &e))?;
                if meta.is_file() {
                    Reader::File {
                        file,
                        begin: 0,
                        end: meta.len(),
                    }
                } else {
                    Reader::Threaded(threaded(file))
                }
            }
        };
        Ok(Input {
            name,
            reader,
            pieces: true,
        })
    }

    /// Reads the input to its end, handing each occurrence (and each pause) to `sink`.
    pub(crate) fn run(
        &mut self,
        mut sink: impl FnMut(Event) -> io::Result<()>,
    ) -> Result<(), RunError> {
        let mut stream = Stream::new(self.name.clone());
        let drain = |stream: &mut Stream,
                     sink: &mut dyn FnMut(Event) -> io::Result<()>|
         -> Result<(), RunError> {
            while let Some(occ) = stream.next() {
                sink(Event::Occurrence(Box::new(occ))).map_err(RunError::Output)?;
            }
            Ok(())
        };
        let name = self.name.to_string();
        let result = match &mut self.reader {
            Reader::Text(text) => {
                if let Some(t) = text.take() {
                    stream.feed(&t);
                }
                Ok(())
            }
            Reader::File { file, begin, end } => {
                let options = apierr::split::Options {
                    chunk: CHUNK,
                    min_split: self.pieces.then_some(apierr::split::MIN_SPLIT),
                    ..apierr::split::Options::default()
                };
                let sink = |occ| sink(Event::Occurrence(Box::new(occ)));
                return match apierr::split::scan(name.into(), &*file, *begin..*end, options, sink) {
                    Ok(()) => Ok(()),
                    Err(apierr::split::Error::Sink(e)) => Err(RunError::Output(e)),
                    Err(apierr::split::Error::Read(e)) => {
                        Err(RunError::Input(Problem::new(&self.name, &e)))
                    }
                };
            }
            Reader::Threaded(rx) => {
                let mut paused = false;
                loop {
                    let next = match rx.try_recv() {
                        Ok(m) => Some(m),
                        Err(TryRecvError::Disconnected) => None,
                        Err(TryRecvError::Empty) if paused => rx.recv().ok(),
                        Err(TryRecvError::Empty) => {
                            // Nothing waiting: let what was found so far reach the user.
                            sink(Event::Idle).map_err(RunError::Output)?;
                            match rx.recv_timeout(IDLE) {
                                Ok(m) => Some(m),
                                Err(RecvTimeoutError::Disconnected) => None,
                                Err(RecvTimeoutError::Timeout) => {
                                    stream.idle();
                                    drain(&mut stream, &mut sink)?;
                                    sink(Event::Idle).map_err(RunError::Output)?;
                                    paused = true;
                                    continue;
                                }
                            }
                        }
                    };
                    match next {
                        None => break Ok(()),
                        Some(Ok(chunk)) => {
                            paused = false;
                            stream.feed(&chunk);
                            drain(&mut stream, &mut sink)?;
                        }
                        Some(Err(e)) => break Err(Problem::new(&name, &e)),
                    }
                }
            }
        };
        // Whatever happened, report what was read before it.
        stream.finish();
        drain(&mut stream, &mut sink)?;
        result.map_err(RunError::Input)
    }
}
