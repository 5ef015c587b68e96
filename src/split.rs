//! One big input scanned on two cores at once, with the output of one scan from start to end.
//!
//! The second half is scanned on a helper thread from the first line start after the middle.
//! Its scanner cannot know what came before, so the first half's scanner runs on past the
//! middle until both report the same [`SyncPoint`]: a state that depends on the offset alone
//! (and on the API host seen last, the provider context, which must agree too). From there on they would produce the same occurrences, so the first half's own ones are
//! taken up to that point and the second half's after it, with their line numbers shifted.
//! When they never meet (a region spanning the middle that never ends, the helper held up by
//! a full queue, a read error), the first half simply scans on to the end: slower, never
//! different.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, mpsc};

use crate::model::{Occurrence, SourceName};
use crate::scan::SyncPoint;
use crate::stream::Stream;

/// Reads at an offset without moving a shared cursor, so both halves can read one file.
pub trait ReadAt: Sync {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> io::Result<usize>;
}

#[cfg(unix)]
impl ReadAt for std::fs::File {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> io::Result<usize> {
        std::os::unix::fs::FileExt::read_at(self, buf, offset)
    }
}

#[cfg(windows)]
impl ReadAt for std::fs::File {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> io::Result<usize> {
        std::os::windows::fs::FileExt::seek_read(self, buf, offset)
    }
}

impl ReadAt for [u8] {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> io::Result<usize> {
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.len());
        let n = buf.len().min(self.len() - start);
        buf[..n].copy_from_slice(&self[start..start + n]);
        Ok(n)
    }
}

/// Below this size a second thread costs more than it saves.
pub const MIN_SPLIT: u64 = 4 << 20;
/// How far past the middle the second half records its sync points; a log that reaches no
/// sync point in this stretch is scanned by the first half alone.
const SYNC_WINDOW: u64 = 8 << 20;
/// Occurrences the second half may hold while the first half has not reached it. A file dense
/// with errors fills this and then is scanned by the first half alone, in bounded memory.
const AHEAD: usize = 1024;
/// How far past the middle to look for the line start where the second half begins.
const LINE_SEARCH: usize = 64 * 1024;

/// Why a scan in halves stopped.
#[derive(Debug)]
pub enum Error<E> {
    /// Reading the input failed; what was read before it has been handed to the sink.
    Read(io::Error),
    /// The sink refused an occurrence (a closed output).
    Sink(E),
}

/// What the second half tells the first.
#[derive(Default)]
struct Shared {
    points: Vec<(SyncPoint, u64)>,
    /// Every sync point up to this offset is in `points`.
    progress: u64,
}

enum Msg {
    Occurrence(Box<Occurrence>),
    /// The second half met a read error at the end of what it sent.
    Failed(io::Error),
}

/// How to read an input.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Bytes per read.
    pub chunk: usize,
    /// Scan in halves from this size on; `None`: never (when other threads already keep the
    /// cores busy).
    pub min_split: Option<u64>,
    /// Where to split, as an offset into the range; `None`: the middle. Any point gives the
    /// same output, which the tests check by splitting everywhere.
    pub split_at: Option<u64>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            chunk: 256 * 1024,
            min_split: Some(MIN_SPLIT),
            split_at: None,
        }
    }
}

/// Scans `input[range]` and hands each occurrence to `sink`, in input order, with line numbers
/// counted from the range's start. Uses two threads when the input is large enough.
pub fn scan<R: ReadAt + ?Sized, E>(
    source: SourceName,
    input: &R,
    range: std::ops::Range<u64>,
    options: Options,
    mut sink: impl FnMut(Occurrence) -> Result<(), E>,
) -> Result<(), Error<E>> {
    let (begin, end, chunk) = (
        range.start,
        range.end.max(range.start),
        options.chunk.max(1),
    );
    let len = end - begin;
    let second = match options.min_split {
        Some(min) if len >= min.max(2) => {
            let at = options.split_at.unwrap_or(len / 2).min(len);
            second_half_start(input, begin + at, end)
        }
        _ => None,
    };
    let Some(second) = second else {
        let mut stream = Stream::new(source);
        return first_half(&mut stream, input, begin, end, chunk, &mut sink, |_, _| {
            None
        })
        .map(drop);
    };

    let window = second.saturating_add(SYNC_WINDOW);
    let shared = Mutex::new(Shared::default());
    let cancel = AtomicBool::new(false);
    let (tx, rx) = mpsc::sync_channel::<Msg>(AHEAD);
    std::thread::scope(|scope| {
        let helper = {
            let (shared, cancel, source) = (&shared, &cancel, source.clone());
            scope.spawn(move || second_half(source, input, second, end, chunk, shared, cancel, tx))
        };
        // At each of its sync points past the middle, the first half asks whether the second
        // half met the same one.
        let meet = |point: &SyncPoint, made: u64| -> Option<Meeting> {
            if point.offset < second {
                return None;
            }
            if point.offset >= window {
                // Past where the second half records: it cannot be met any more.
                cancel.store(true, Ordering::Relaxed);
                return None;
            }
            let shared = shared.lock().unwrap_or_else(|e| e.into_inner());
            if shared.progress < point.offset {
                return None;
            }
            let i = shared
                .points
                .binary_search_by_key(&point.offset, |(p, _)| p.offset)
                .ok()?;
            let (theirs, their_made) = shared.points[i];
            (theirs.floor == point.floor && theirs.host == point.host).then_some(Meeting {
                mine: made,
                theirs: their_made,
                shift: point.line - theirs.line,
            })
        };
        let mut stream = Stream::with_sync_points(source, begin);
        let met = first_half(&mut stream, input, begin, end, chunk, &mut sink, meet);
        let stop = |rx: mpsc::Receiver<Msg>| {
            cancel.store(true, Ordering::Relaxed);
            drop(rx);
        };
        let meeting = match met {
            Ok(Some(meeting)) => meeting,
            Ok(None) => {
                stop(rx);
                return Ok(());
            }
            Err(e) => {
                stop(rx);
                return Err(e);
            }
        };
        // The second half takes over after the meeting point.
        let mut seen = 0u64;
        for msg in rx.iter() {
            match msg {
                Msg::Occurrence(mut occ) => {
                    seen += 1;
                    if seen <= meeting.theirs {
                        continue;
                    }
                    occ.line += meeting.shift;
                    occ.end_line += meeting.shift;
                    if let Err(e) = sink(*occ) {
                        stop(rx);
                        return Err(Error::Sink(e));
                    }
                }
                Msg::Failed(e) => return Err(Error::Read(e)),
            }
        }
        drop(helper);
        Ok(())
    })
}

/// Where the two halves agreed.
#[derive(Clone, Copy, Debug)]
struct Meeting {
    /// Occurrences the first half made before the point.
    mine: u64,
    /// Occurrences the second half made before it.
    theirs: u64,
    /// First-half line number minus second-half line number.
    shift: u64,
}

/// The first line start after `mid`, if there is one soon enough.
fn second_half_start<R: ReadAt + ?Sized>(input: &R, mid: u64, end: u64) -> Option<u64> {
    let mut buf = vec![0u8; LINE_SEARCH];
    let n = read_retrying(input, &mut buf, mid).ok()?;
    let at = mid + memchr::memchr(b'\n', &buf[..n])? as u64 + 1;
    (at < end).then_some(at)
}

fn read_retrying<R: ReadAt + ?Sized>(input: &R, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    loop {
        match input.read_at(buf, offset) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}

/// Scans from `begin` to `end`, handing occurrences to `sink`, until `meet` finds a point where
/// the second half takes over (returned) or the input ends (`None`).
fn first_half<R: ReadAt + ?Sized, E>(
    stream: &mut Stream,
    input: &R,
    begin: u64,
    end: u64,
    chunk: usize,
    sink: &mut impl FnMut(Occurrence) -> Result<(), E>,
    meet: impl Fn(&SyncPoint, u64) -> Option<Meeting>,
) -> Result<Option<Meeting>, Error<E>> {
    let mut buf = vec![0u8; chunk];
    let mut offset = begin;
    let mut handed = 0u64;
    let mut give = |stream: &mut Stream, upto: u64| -> Result<(), Error<E>> {
        while handed < upto
            && let Some(occ) = stream.next()
        {
            handed += 1;
            sink(occ).map_err(Error::Sink)?;
        }
        Ok(())
    };
    let read_error = loop {
        let want = chunk.min(usize::try_from(end - offset).unwrap_or(usize::MAX));
        if want == 0 {
            break None;
        }
        let n = match read_retrying(input, &mut buf[..want], offset) {
            Ok(0) => break None,
            Ok(n) => n,
            Err(e) => break Some(e),
        };
        offset += n as u64;
        stream.feed(&buf[..n]);
        let met = stream
            .take_sync_points()
            .iter()
            .find_map(|(point, made)| meet(point, *made));
        if let Some(meeting) = met {
            give(stream, meeting.mine)?;
            return Ok(Some(meeting));
        }
        give(stream, u64::MAX)?;
    };
    // Whatever happened, hand over what was read before it.
    stream.finish();
    give(stream, u64::MAX)?;
    match read_error {
        Some(e) => Err(Error::Read(e)),
        None => Ok(None),
    }
}

/// Scans from `begin` (a line start) to `end`, telling the first half its sync points and
/// queueing its occurrences until the first half meets it or tells it to stop.
#[allow(clippy::too_many_arguments)]
fn second_half<R: ReadAt + ?Sized>(
    source: SourceName,
    input: &R,
    begin: u64,
    end: u64,
    chunk: usize,
    shared: &Mutex<Shared>,
    cancel: &AtomicBool,
    tx: mpsc::SyncSender<Msg>,
) {
    let mut stream = Stream::with_sync_points(source, begin);
    let mut buf = vec![0u8; chunk];
    let mut offset = begin;
    let window = begin.saturating_add(SYNC_WINDOW);
    debug_assert!(window > begin);
    let send = |stream: &mut Stream| -> bool {
        while let Some(occ) = stream.next() {
            if tx.send(Msg::Occurrence(Box::new(occ))).is_err() {
                return false;
            }
        }
        true
    };
    loop {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let want = chunk.min(usize::try_from(end - offset).unwrap_or(usize::MAX));
        if want == 0 {
            break;
        }
        let n = match read_retrying(input, &mut buf[..want], offset) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                stream.finish();
                if send(&mut stream) {
                    let _ = tx.send(Msg::Failed(e));
                }
                return;
            }
        };
        offset += n as u64;
        stream.feed(&buf[..n]);
        let points = stream.take_sync_points();
        {
            let mut shared = shared.lock().unwrap_or_else(|e| e.into_inner());
            shared
                .points
                .extend(points.into_iter().filter(|(p, _)| p.offset < window));
            shared.progress = stream.scanned().min(window);
        }
        if !send(&mut stream) {
            return;
        }
    }
    stream.finish();
    send(&mut stream);
}
