//! Scan → parse → normalise → diagnose → render, over arbitrary bytes fed in arbitrary chunks.
//!
//! Input layout: byte 0 holds flags, byte 1 seeds the chunk sizes, the rest is the text.
//!
//! - bit 0 of the flags: call `Stream::idle` after some chunks (as a `tail -f` pause would);
//! - bit 1: chunks of 1..=8 bytes instead of 1..=4096.
//!
//! Invariants checked:
//!
//! - every occurrence's `line` and `end_line` lie within the input (`1..=newlines + 1`) and
//!   `line <= end_line`;
//! - without pauses, the occurrences do not depend on how the input was chunked (the same as
//!   feeding it whole), nor on where `split::scan` cuts it into pieces scanned at once (bit 2:
//!   three cuts instead of one);
//! - every renderer runs without error and the JSON renderer writes valid JSON.
#![no_main]

use std::cell::RefCell;

use apierr::diagnose;
use apierr::i18n::{Lang, Messages};
use apierr::model::Occurrence;
use apierr::render::{Format, LocalZone, Style};
use apierr::stream::Stream;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static STYLE: RefCell<Option<Style>> = const { RefCell::new(None) };
}

fn with_style<R>(f: impl FnOnce(&Style) -> R) -> R {
    STYLE.with(|s| {
        let mut s = s.borrow_mut();
        let style = s.get_or_insert_with(|| Style {
            messages: Messages::new(Lang::En),
            color: false,
            width: 80,
            now: Timestamp::from_second(1_750_000_000).expect("valid timestamp"),
            local_tz: LocalZone::fixed(TimeZone::UTC),
            workspace: None,
        });
        f(style)
    })
}

/// A small deterministic generator for the chunk sizes.
struct Rng(u32);

impl Rng {
    fn next(&mut self) -> u32 {
        // xorshift32
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }
}

fn drain(s: &mut Stream, out: &mut Vec<Occurrence>) {
    while let Some(o) = s.next() {
        out.push(o);
    }
}

fn scan_chunked(text: &[u8], flags: u8, seed: u8) -> Vec<Occurrence> {
    let pauses = flags & 1 != 0;
    let max_chunk: u32 = if flags & 2 != 0 { 8 } else { 4096 };
    let mut rng = Rng(0x9E37_79B9 ^ (u32::from(seed) << 8 | u32::from(flags)));
    let mut s = Stream::new("fuzz".into());
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let n = (rng.next() % max_chunk + 1) as usize;
        let (chunk, tail) = rest.split_at(n.min(rest.len()));
        s.feed(chunk);
        drain(&mut s, &mut out);
        if pauses && rng.next().is_multiple_of(4) {
            s.idle();
            drain(&mut s, &mut out);
        }
        rest = tail;
    }
    if pauses {
        // A pause before the end: the stream may release what a glued region could still have
        // extended, so this result is not compared with the whole-input one.
        s.idle();
        drain(&mut s, &mut out);
    }
    s.finish();
    drain(&mut s, &mut out);
    out
}

fn scan_whole(text: &[u8]) -> Vec<Occurrence> {
    let mut s = Stream::new("fuzz".into());
    let mut out = Vec::new();
    s.feed(text);
    s.finish();
    drain(&mut s, &mut out);
    out
}

fn scan_in_pieces(text: &[u8], cuts: Vec<u64>, chunk: usize) -> Vec<Occurrence> {
    let options = apierr::split::Options {
        chunk,
        min_split: Some(0),
        cuts: Some(cuts),
        // Small enough that the later pieces of a fuzz input can be met late or not at all.
        sync_window: chunk as u64 * 3,
    };
    let mut out = Vec::new();
    let result = apierr::split::scan("fuzz".into(), text, 0..text.len() as u64, options, |o| {
        out.push(o);
        Ok::<(), ()>(())
    });
    assert!(result.is_ok(), "an in-memory scan cannot fail");
    out
}

fn render(occs: &[Occurrence]) {
    with_style(|style| {
        for format in [
            Format::Json,
            Format::Human,
            Format::Github,
            Format::Markdown,
            Format::Sarif,
            Format::Gitlab,
        ] {
            let mut r = format.renderer();
            let mut out: Vec<u8> = Vec::new();
            for occ in occs {
                let diag = diagnose::diagnose(&occ.error, style.now);
                r.occurrence(occ, &diag, style, &mut out)
                    .expect("rendering into a Vec succeeds");
            }
            r.finish(style, &mut out)
                .expect("finishing into a Vec succeeds");
            if format == Format::Json {
                for line in out.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                    if let Err(e) = serde_json::from_slice::<serde_json::Value>(line) {
                        panic!(
                            "JSON renderer wrote invalid JSON ({e}): {}",
                            String::from_utf8_lossy(line)
                        );
                    }
                }
            }
        }
    });
}

fuzz_target!(|data: &[u8]| {
    let (flags, seed, text) = match data {
        [flags, seed, text @ ..] => (*flags, *seed, text),
        _ => (0, 0, data),
    };
    let lines = memchr_count(text) + 1;
    let occs = scan_chunked(text, flags, seed);
    for o in &occs {
        assert!(
            1 <= o.line && o.line <= o.end_line && o.end_line <= lines,
            "occurrence at lines {}..={} of an input with {lines} lines",
            o.line,
            o.end_line
        );
    }
    if flags & 1 == 0 {
        let whole = scan_whole(text);
        assert!(
            whole == occs,
            "chunking changed the result:\nwhole:   {:?}\nchunked: {:?}",
            summary(&whole),
            summary(&occs)
        );
        let len = text.len() as u64;
        let at = u64::from(seed) * len / 255;
        let cuts = if flags & 4 != 0 { vec![at / 3, at, (at + len) / 2] } else { vec![at] };
        let halves = scan_in_pieces(text, cuts.clone(), (u32::from(flags >> 3) * 61 + 1) as usize);
        assert!(
            whole == halves,
            "scanning in pieces (cut at {cuts:?}) changed the result:\nwhole:  {:?}\npieces: {:?}",
            summary(&whole),
            summary(&halves)
        );
    }
    render(&occs);
});

fn memchr_count(text: &[u8]) -> u64 {
    text.iter().filter(|&&b| b == b'\n').count() as u64
}

/// `(line, end_line, http, status, message)`: what a failure message shows of an occurrence.
type Summary<'a> = (u64, u64, Option<u16>, Option<&'a str>, Option<&'a str>);

fn summary(occs: &[Occurrence]) -> Vec<Summary<'_>> {
    occs.iter()
        .map(|o| {
            (
                o.line,
                o.end_line,
                o.error.http,
                o.error.status.map(|c| c.name()),
                o.error.message.as_deref(),
            )
        })
        .collect()
}
