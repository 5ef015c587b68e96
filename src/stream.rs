//! The pipeline from bytes to occurrences, as a stream: scan → parse → normalise, with the
//! occurrence-level merge of an exception chain (one error printed twice, with only traceback
//! lines between) on top.
//!
//! An occurrence is held back only while the next region could still be another form of it,
//! that is until the scanner reports an ordinary line (`Break`), the input pauses, or it ends.
//! So `tail -f app.log | apierr` prints each error as soon as the lines after it arrive.

use std::collections::VecDeque;

use crate::model::{Occurrence, SourceName};
use crate::normalize::Located;
use crate::scan::{Event, Region, Scanner, SyncPoint};
use crate::{normalize, parse, sanitize};

/// Finds the API errors in one input, incrementally.
#[derive(Debug)]
struct Pending {
    source_line: u64,
    located: Located,
}

#[derive(Debug)]
pub struct Stream {
    source: SourceName,
    scanner: Scanner,
    events: Vec<Event>,
    /// The last occurrence, while a glued region may still extend it.
    pending: Option<Pending>,
    ready: VecDeque<Occurrence>,
    /// Occurrences made so far, handed out or not.
    made: u64,
    /// The scanner's sync points since the last [`Stream::take_sync_points`], each with the
    /// number of occurrences made before it.
    sync_points: Vec<(SyncPoint, u64)>,
    /// Where regions may wait to be parsed together (see [`Stream::handle_unless_gathering`]).
    gather: std::ops::Range<u64>,
}

/// Regions, and bytes of their text, that may wait to be parsed together.
const GATHER_REGIONS: usize = 32;
const GATHER_BYTES: usize = 256 * 1024;

impl Stream {
    pub fn new(source: SourceName) -> Stream {
        Stream {
            source,
            scanner: Scanner::new(),
            events: Vec::new(),
            pending: None,
            ready: VecDeque::new(),
            made: 0,
            sync_points: Vec::new(),
            gather: 0..0,
        }
    }

    /// A stream that records where its scanner's state depends on the offset alone, for
    /// [`crate::split`].
    /// `offset` is where in the whole input this stream's bytes begin; `quiet`, where no sync
    /// point is wanted (and where regions may be gathered).
    pub fn with_sync_points(
        source: SourceName,
        offset: u64,
        quiet: std::ops::Range<u64>,
    ) -> Stream {
        Stream {
            scanner: Scanner::with_sync_points(offset, quiet.clone()),
            gather: quiet,
            ..Stream::new(source)
        }
    }

    /// The sync points met since the last call, each with the number of occurrences made
    /// before it (all of them complete: nothing is held back at a sync point).
    pub fn take_sync_points(&mut self) -> Vec<(SyncPoint, u64)> {
        std::mem::take(&mut self.sync_points)
    }

    /// Offset in the input up to which everything has been scanned.
    pub fn scanned(&self) -> u64 {
        self.scanner.scanned()
    }

    /// Takes more input; the occurrences it completes are then available from [`Stream::next`].
    pub fn feed(&mut self, bytes: &[u8]) {
        let mut events = std::mem::take(&mut self.events);
        self.scanner.feed(bytes, &mut events);
        self.handle_unless_gathering(&mut events);
        self.events = events;
    }

    /// Like [`Stream::feed`], with the bytes `read` puts into the scanner's own buffer of
    /// `max` bytes (see [`Scanner::feed_from`]).
    pub fn feed_from<E>(
        &mut self,
        max: usize,
        read: impl FnOnce(&mut [u8]) -> Result<usize, E>,
    ) -> Result<usize, E> {
        let mut events = std::mem::take(&mut self.events);
        let n = self.scanner.feed_from(max, read, &mut events);
        self.handle_unless_gathering(&mut events);
        self.events = events;
        n
    }

    /// A region parsed between two stretches of scanning finds the parser's code and tables
    /// evicted by the scan (200 KB of the bench log lie between two regions), and took two to
    /// three times as long as in a loop over regions. In the middle of a piece of a split file,
    /// where nothing waits on this piece's output right away and no sync point is made, regions
    /// are gathered and parsed a few dozen at a time. Elsewhere (a stream that is followed, the
    /// places where pieces meet) each is parsed as soon as it is found.
    fn handle_unless_gathering(&mut self, events: &mut Vec<Event>) {
        if self.gather.contains(&self.scanner.scanned()) {
            let (mut regions, mut bytes) = (0, 0);
            for e in events.iter() {
                if let Event::Region(r) = e {
                    regions += 1;
                    bytes += r.text.len();
                }
            }
            if regions < GATHER_REGIONS && bytes < GATHER_BYTES {
                return;
            }
        }
        self.handle(events);
    }

    /// The input paused: release what is complete without waiting for more.
    pub fn idle(&mut self) {
        let mut events = std::mem::take(&mut self.events);
        self.scanner.idle(&mut events);
        self.handle(&mut events);
        self.events = events;
        self.release();
    }

    /// The input ended.
    pub fn finish(&mut self) {
        let mut events = std::mem::take(&mut self.events);
        self.scanner.finish(&mut events);
        self.handle(&mut events);
        self.events = events;
        self.release();
    }

    /// The next complete occurrence, in input order.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<Occurrence> {
        self.ready.pop_front()
    }

    fn release(&mut self) {
        if let Some(p) = self.pending.take() {
            let l = p.located;
            self.ready.push_back(Occurrence {
                source: self.source.clone(),
                line: p.source_line + l.line as u64,
                end_line: p.source_line + l.end_line as u64,
                error: l.error,
            });
            self.made += 1;
        }
    }

    fn handle(&mut self, events: &mut Vec<Event>) {
        for event in events.drain(..) {
            match event {
                Event::Break => self.release(),
                Event::Region(region) => self.region(region),
                Event::Sync(point) => {
                    debug_assert!(self.pending.is_none(), "nothing is held at a sync point");
                    self.sync_points.push((point, self.made));
                }
            }
        }
    }

    fn region(&mut self, region: Region) {
        // A glued region may be a fragment (a list of legacy reasons) of the pending error.
        let fragment = region.glued && self.pending.is_some();
        if !fragment && !parse::may_hold_error(&region.text) {
            return;
        }

        let text = sanitize::redact(&region.text);
        let found = parse::parse_region(&text);
        // A host name elsewhere in the region (a base URL, a traceback's path) says who served
        // an error whose own text does not; only looked for when such an error is there.
        let mut evidence = None;
        for (i, mut loc) in normalize::errors(&found).into_iter().enumerate() {
            if loc.error.provider != crate::model::Provider::Google
                && let Some(p) = *evidence.get_or_insert_with(|| crate::providers::evidence(&text))
            {
                loc.error.nearby = Some(p);
                normalize::finish(&mut loc.error);
            }
            // A host the input named before this region, for an error that names none.
            if let Some(p) = region.context
                && crate::providers::wants_context(&loc.error, p)
            {
                loc.error.context = Some(p);
                normalize::finish(&mut loc.error);
            }
            if i == 0
                && region.glued
                && let Some(p) = &mut self.pending
                && (!loc.core || normalize::compatible(&p.located.error, &loc.error))
            {
                // Re-base the later form's lines on the pending one's region.
                let shift = (region.first_line - p.source_line) as usize;
                loc.line += shift;
                loc.end_line += shift;
                normalize::merge(&mut p.located, loc);
                continue;
            }
            if !loc.core {
                continue;
            }
            self.release();
            self.pending = Some(Pending {
                source_line: region.first_line,
                located: loc,
            });
        }
    }
}

/// Every occurrence in a complete text (a convenience over [`Stream`]).
pub fn scan_text(source: &str, text: &str) -> Vec<Occurrence> {
    let mut s = Stream::new(source.into());
    s.feed(text.as_bytes());
    s.finish();
    std::iter::from_fn(|| s.next()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Line numbers stay exact far into a stream: across many compactions of the scanner's
    /// buffer, thousands of trigger lines skipped without a region, and reads that end in the
    /// middle of a line.
    #[test]
    fn lines_are_counted_exactly_far_into_a_stream() {
        let payload = r#"{"error": {"code": 429, "message": "Resource has been exhausted (e.g. check quota).", "status": "RESOURCE_EXHAUSTED"}}"#;
        let mut text = String::new();
        let mut expected = Vec::new();
        let mut line = 1u64;
        for i in 0..40_000u64 {
            let s = i % 60;
            if i % 7 == 0 {
                text.push_str(&format!(
                    "2025-12-10 02:00:{s:02},123 WARN pool: retrying connection, error count={}\n",
                    i % 5
                ));
            } else {
                text.push_str(&format!(
                    "2025-12-10 02:00:{s:02},123 INFO request done in {i} ms\n"
                ));
            }
            line += 1;
            if i % 9_000 == 4_500 {
                text.push_str(payload);
                text.push('\n');
                expected.push(line);
                line += 1;
            }
        }
        assert!(text.len() > 2 << 20);
        for chunk in [1000, 4096, 128 * 1024] {
            let mut s = Stream::new("t".into());
            for c in text.as_bytes().chunks(chunk) {
                s.feed(c);
            }
            s.finish();
            let lines: Vec<u64> = std::iter::from_fn(|| s.next()).map(|o| o.line).collect();
            assert_eq!(lines, expected, "read {chunk} bytes at a time");
        }
    }

    /// Where a stream may gather regions, it parses them a batch at a time (no occurrence comes
    /// out before a batch is full), and what comes out in the end is what a stream that parses
    /// each at once makes.
    #[test]
    fn gathered_regions_make_the_same_occurrences() {
        let mut text = String::new();
        for i in 0..200 {
            text.push_str(&format!(
                "2025-12-10 02:00:00,123 INFO request {i} done\n\
                 {{\"error\": {{\"code\": 429, \"message\": \"quota {i}\", \"status\": \"RESOURCE_EXHAUSTED\"}}}}\n"
            ));
        }
        let at_once = scan_text("t", &text);
        assert_eq!(at_once.len(), 200);
        let mut s = Stream::with_sync_points("t".into(), 0, 0..u64::MAX);
        let mut out = Vec::new();
        let mut first_out_after = None;
        for (i, c) in text.as_bytes().chunks(100).enumerate() {
            s.feed(c);
            out.extend(std::iter::from_fn(|| s.next()));
            if first_out_after.is_none() && !out.is_empty() {
                first_out_after = Some(i * 100);
            }
        }
        s.finish();
        out.extend(std::iter::from_fn(|| s.next()));
        let per_error = text.len() / 200;
        let first = first_out_after.expect("occurrences before the end");
        assert!(
            first / per_error >= GATHER_REGIONS - 1,
            "the first occurrence came after {} errors",
            first / per_error
        );
        assert_eq!(out, at_once);
    }
}
