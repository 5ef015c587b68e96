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

/// Reads at an offset without moving a shared cursor, so that all pieces can read one file.
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

/// Below this size one thread is enough.
pub const MIN_SPLIT: u64 = 4 << 20;
/// How far past its start a piece can be met (at most up to the next piece); a piece that the
/// one before does not meet in this stretch is scanned by that one instead.
const SYNC_WINDOW: u64 = 8 << 20;
/// Occurrences all pieces together may hold while the output has not reached them (a few KiB
/// each), shared out evenly. A piece that fills its share waits for the output, so a file dense
/// with errors stays in bounded memory.
const AHEAD: usize = 2048;
/// How far past a cut to look for the line start where the piece begins.
const LINE_SEARCH: usize = 64 * 1024;

/// Why a scan stopped.
#[derive(Debug)]
pub enum Error<E> {
    /// Reading the input failed; what was read before it has been handed to the sink.
    Read(io::Error),
    /// The sink refused an occurrence (a closed output).
    Sink(E),
}

/// How to read an input.
#[derive(Clone, Debug)]
pub struct Options {
    /// Bytes per read.
    pub chunk: usize,
    /// Scan in pieces from this size on; `None`: never (when other threads already keep the
    /// cores busy).
    pub min_split: Option<u64>,
    /// Where to cut, as offsets into the range; `None`: into equal pieces, two per core. Any
    /// cuts give the same output, which the tests check by cutting anywhere.
    pub cuts: Option<Vec<u64>>,
    /// How far past its start a piece can be met by the piece before (bytes). Any window gives
    /// the same output, only the work differs; the tests use small ones.
    pub sync_window: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            chunk: 128 * 1024,
            min_split: Some(MIN_SPLIT),
            cuts: None,
            sync_window: SYNC_WINDOW,
        }
    }
}

/// What a piece publishes for the piece before it.
#[derive(Default)]
struct Published {
    points: Vec<(SyncPoint, u64)>,
    /// Every sync point up to this offset is in `points`.
    progress: u64,
}

enum Msg {
    Occurrence(Box<Occurrence>),
    /// The piece met piece `next` at a point before which `next` had made `theirs`
    /// occurrences; `shift` turns `next`'s line numbers into this piece's.
    Met {
        next: usize,
        theirs: u64,
        shift: u64,
    },
    /// The piece read to the end of the input.
    End,
    /// A read error, after the occurrences before it.
    Failed(io::Error),
}

/// Scans `input[range]` and hands each occurrence to `sink`, in input order, with line numbers
/// counted from the range's start. Uses several threads when the input is large enough.
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
    let mut starts = vec![begin];
    if options.min_split.is_some_and(|min| len >= min.max(2)) {
        let cuts = options.cuts.clone().unwrap_or_else(|| {
            let n = std::thread::available_parallelism()
                .map_or(2, |n| n.get())
                .clamp(2, 4) as u64
                * 2;
            (1..n).map(|k| len / n * k).collect()
        });
        for cut in cuts {
            if let Some(at) = line_start_after(input, begin + cut.min(len), end)
                && at > *starts.last().unwrap_or(&begin)
            {
                starts.push(at);
            }
        }
    }
    let pieces = starts.len();
    if pieces == 1 {
        return sequential(source, input, begin, end, chunk, &mut sink);
    }

    let published: Vec<Mutex<Published>> = (0..pieces).map(|_| Mutex::default()).collect();
    // Set when the output needs no more from any piece (the end, a closed output, an error).
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let mut queues: Vec<Option<mpsc::Receiver<Msg>>> = Vec::with_capacity(pieces);
        for i in 0..pieces {
            let (tx, rx) = mpsc::sync_channel::<Msg>(AHEAD / pieces);
            queues.push(Some(rx));
            let piece = Piece {
                index: i,
                starts: &starts,
                end,
                chunk,
                sync_window: options.sync_window,
                published: &published,
                stop: &stop,
            };
            let source = source.clone();
            scope.spawn(move || piece.run(source, input, tx));
        }
        // A piece blocked on a full queue wakes when its queue is dropped.
        let stop_all = |queues: &mut Vec<Option<mpsc::Receiver<Msg>>>| {
            stop.store(true, Ordering::Relaxed);
            queues.iter_mut().for_each(|q| drop(q.take()));
        };
        // The output follows the pieces in order, each from where the one before met it.
        let (mut i, mut skip, mut shift) = (0, 0u64, 0u64);
        loop {
            let Some(rx) = queues[i].take() else {
                break;
            };
            let mut seen = 0u64;
            let mut next = None;
            for msg in rx.iter() {
                match msg {
                    Msg::Occurrence(mut occ) => {
                        seen += 1;
                        if seen <= skip {
                            continue;
                        }
                        occ.line += shift;
                        occ.end_line += shift;
                        if let Err(e) = sink(*occ) {
                            stop_all(&mut queues);
                            return Err(Error::Sink(e));
                        }
                    }
                    Msg::Met {
                        next: j,
                        theirs,
                        shift: s,
                    } => {
                        next = Some((j, theirs, shift + s));
                        break;
                    }
                    Msg::End => break,
                    Msg::Failed(e) => {
                        stop_all(&mut queues);
                        return Err(Error::Read(e));
                    }
                }
            }
            let Some((j, theirs, s)) = next else {
                break;
            };
            // Pieces the one before ran through are not needed.
            for q in &mut queues[i + 1..j] {
                q.take();
            }
            (i, skip, shift) = (j, theirs, s);
        }
        stop_all(&mut queues);
        Ok(())
    })
}

/// One thread's share of a scan in pieces.
struct Piece<'a> {
    index: usize,
    starts: &'a [u64],
    end: u64,
    chunk: usize,
    sync_window: u64,
    published: &'a [Mutex<Published>],
    stop: &'a AtomicBool,
}

impl Piece<'_> {
    /// Where piece `piece` can be met: from its start, for `sync_window` bytes but not past the
    /// start of the piece after it (there it may have met that one and stopped).
    fn window(&self, piece: usize) -> std::ops::Range<u64> {
        let start = self.starts[piece];
        let end = start
            .saturating_add(self.sync_window)
            .min(self.starts.get(piece + 1).copied().unwrap_or(u64::MAX));
        start..end
    }

    /// Has piece `next` reported this very point?
    fn meet(&self, next: usize, point: &SyncPoint) -> Option<(u64, u64)> {
        let published = self.published[next]
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if published.progress < point.offset {
            return None;
        }
        let i = published
            .points
            .binary_search_by_key(&point.offset, |(p, _)| p.offset)
            .ok()?;
        let (theirs, their_made) = published.points[i];
        (theirs.floor == point.floor && theirs.host == point.host)
            .then_some((their_made, point.line - theirs.line))
    }

    fn run<R: ReadAt + ?Sized>(&self, source: SourceName, input: &R, tx: mpsc::SyncSender<Msg>) {
        let me = self.index;
        let begin = self.starts[me];
        let window = self.window(me);
        // Sync points are looked for where this piece may be met (its window, when it is not
        // the first) and where it may meet the pieces after it; not in between.
        let quiet = if me > 0 { window.end } else { begin }
            ..self.starts.get(me + 1).copied().unwrap_or(u64::MAX);
        let mut stream = Stream::with_sync_points(source, begin, quiet);
        let mut offset = begin;
        // The piece this one must meet: the next, or a later one when it ran through the next.
        let mut next = me + 1;
        let send = |stream: &mut Stream, upto: u64, sent: &mut u64| -> bool {
            while *sent < upto
                && let Some(occ) = stream.next()
            {
                *sent += 1;
                if tx.send(Msg::Occurrence(Box::new(occ))).is_err() {
                    return false;
                }
            }
            true
        };
        let mut sent = 0u64;
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return;
            }
            // Reads end at multiples of the chunk size in every piece, so that two pieces see
            // the same chunk ends, and a quiet stretch gives them the same sync points.
            let to_boundary = self.chunk as u64 - offset % self.chunk as u64;
            let want = usize::try_from(to_boundary.min(self.end - offset)).unwrap_or(self.chunk);
            if want == 0 {
                break;
            }
            let n = match stream.feed_from(want, |buf| read_retrying(input, buf, offset)) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => {
                    stream.finish();
                    if send(&mut stream, u64::MAX, &mut sent) {
                        let _ = tx.send(Msg::Failed(e));
                    }
                    return;
                }
            };
            offset += n as u64;
            let points = stream.take_sync_points();
            if me > 0 {
                let mut published = self.published[me].lock().unwrap_or_else(|e| e.into_inner());
                published
                    .points
                    .extend(points.iter().filter(|(p, _)| window.contains(&p.offset)));
                published.progress = stream.scanned().min(window.end);
            }
            for (point, made) in &points {
                while next < self.starts.len() && point.offset >= self.starts[next] {
                    if point.offset >= self.window(next).end {
                        // Too late to meet it: run through it (not stopped: another piece
                        // before may still meet it).
                        next += 1;
                        continue;
                    }
                    if let Some((theirs, shift)) = self.meet(next, point) {
                        if send(&mut stream, *made, &mut sent) {
                            let _ = tx.send(Msg::Met {
                                next,
                                theirs,
                                shift,
                            });
                        }
                        return;
                    }
                    break;
                }
            }
            if !send(&mut stream, u64::MAX, &mut sent) {
                return;
            }
        }
        stream.finish();
        if send(&mut stream, u64::MAX, &mut sent) {
            let _ = tx.send(Msg::End);
        }
    }
}

/// One thread, from `begin` to `end`.
fn sequential<R: ReadAt + ?Sized, E>(
    source: SourceName,
    input: &R,
    begin: u64,
    end: u64,
    chunk: usize,
    sink: &mut impl FnMut(Occurrence) -> Result<(), E>,
) -> Result<(), Error<E>> {
    let mut stream = Stream::new(source);
    // A small file gets a small buffer: a fresh 256 KiB one costs page faults that show in
    // the time to explain one pasted error.
    let size = usize::try_from(end - begin).map_or(chunk, |len| len.clamp(1, chunk));
    let mut offset = begin;
    let give = |stream: &mut Stream, sink: &mut dyn FnMut(Occurrence) -> Result<(), E>| {
        while let Some(occ) = stream.next() {
            sink(occ).map_err(Error::Sink)?;
        }
        Ok(())
    };
    let read_error = loop {
        let want = size.min(usize::try_from(end - offset).unwrap_or(usize::MAX));
        if want == 0 {
            break None;
        }
        match stream.feed_from(want, |buf| read_retrying(input, buf, offset)) {
            Ok(0) => break None,
            Ok(n) => {
                offset += n as u64;
                give(&mut stream, sink)?;
            }
            Err(e) => break Some(e),
        }
    };
    // Whatever happened, hand over what was read before it.
    stream.finish();
    give(&mut stream, sink)?;
    read_error.map_or(Ok(()), |e| Err(Error::Read(e)))
}

/// The first line start after `at`, if there is one soon enough.
fn line_start_after<R: ReadAt + ?Sized>(input: &R, at: u64, end: u64) -> Option<u64> {
    let mut buf = vec![0u8; LINE_SEARCH];
    let n = read_retrying(input, &mut buf, at).ok()?;
    let start = at + memchr::memchr(b'\n', &buf[..n])? as u64 + 1;
    (start < end).then_some(start)
}

fn read_retrying<R: ReadAt + ?Sized>(input: &R, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    loop {
        match input.read_at(buf, offset) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}
