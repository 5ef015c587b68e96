//! apierr finds API error payloads in logs or pasted text, extracts every field, and explains
//! them.
//!
//! The data flows one way, one module per stage:
//!
//! ```text
//! bytes → scan → parse → normalize → diagnose → render
//! ```
//!
//! - [`scan`] finds candidate regions in a byte stream (literal prefilter, bracket extent);
//! - [`parse`] reads them: lenient JSON / Python / Node literals, protobuf text format, and the
//!   one-line forms of every client library;
//! - [`normalize`] turns that into the one error model of [`model`];
//! - [`stream`] runs those three incrementally over an input, and [`split`] runs several
//!   streams over the pieces of a big file at once;
//! - [`diagnose`] matches the knowledge base and computes waits and resets;
//! - [`render`] prints (human, JSON).
//!
//! [`sanitize`], [`i18n`], [`translate`], [`pattern`] (how knowledge patterns compile) and
//! [`literals`] (the scanner's literal search) serve the stages. Nothing in the library prints on
//! its own; renderers write to the `io::Write` they are given.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod diagnose;
pub mod i18n;
pub mod literals;
pub mod model;
pub mod normalize;
pub mod parse;
pub mod paste;
pub mod pattern;
pub mod providers;
pub mod render;
pub mod sanitize;
pub mod scan;
pub mod split;
pub mod stream;
pub mod translate;

pub use model::{ApiError, Code, Occurrence};
pub use stream::{Stream, scan_text};

#[cfg(test)]
mod testing {
    /// Every text a fixture holds, as lines, as whole files and with JSON escapes undone (the
    /// patterns read decoded messages).
    pub fn fixture_texts() -> Vec<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("fixture dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
            &mut files,
        );
        let mut texts = Vec::new();
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            let decoded = text.replace("\\n", "\n").replace("\\\"", "\"");
            for t in [text, decoded] {
                texts.extend(t.lines().map(str::to_owned));
                texts.push(t);
            }
        }
        texts
    }

    /// A small deterministic generator for tests that try many inputs: `next(n)` is below `n`
    /// (xorshift; the same seed gives the same inputs, so a failure reproduces).
    pub fn below(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        }
    }
}
