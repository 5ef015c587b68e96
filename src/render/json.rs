//! `--format json`: JSON Lines, one object per occurrence, in input order, written as found.
//! The keys are documented in README.md and stay stable; values are exact (redacted, never
//! reworded), so scripts can match on them.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{self, Write};

use serde_json::{Map, Value, json};

use super::{Render, Style};
use crate::diagnose::Diagnosis;
use crate::i18n::Lang;
use crate::model::{ApiError, Occurrence, QuotaViolation};
use crate::translate;

/// The JSON Lines renderer. It keeps what it wrote for each error it met, because errors repeat
/// (a retry storm logs one 429 hundreds of times) and all of an object but `source` and `line`
/// follows from the error and its diagnosis; writing it again cost ten times more than looking
/// it up.
#[derive(Default)]
pub struct Json {
    seen: Seen,
}

/// The objects written so far, serialised without `source` and `line`, by a fingerprint of the
/// error; bounded, and forgotten when the language changes.
#[derive(Default)]
struct Seen {
    lang: Option<Lang>,
    by_print: HashMap<u64, Vec<Kept>>,
    kept: usize,
}

struct Kept {
    error: ApiError,
    diag: Diagnosis,
    /// `{"provider":…}`: the object from its third key on.
    rest: Box<[u8]>,
}

/// Distinct errors kept at most (a few MiB): past it, a log of nothing but distinct errors
/// starts over rather than grow.
const SEEN_MAX: usize = 1024;

/// A hash of the fields that tell errors apart most often; equal fingerprints are then compared
/// whole.
fn fingerprint(e: &ApiError, d: &Diagnosis) -> u64 {
    let mut h = DefaultHasher::new();
    (
        e.provider, e.http, e.status, &e.message, &e.reason, &e.model,
    )
        .hash(&mut h);
    (d.rule.id, e.truncated, e.quota.len(), e.details.len()).hash(&mut h);
    e.retry_delay
        .as_ref()
        .map(|r| r.seconds.to_bits())
        .hash(&mut h);
    h.finish()
}

impl Seen {
    /// The serialised rest of the object for this error, written now if it was not met before.
    fn rest(&mut self, e: &ApiError, diag: &Diagnosis, style: &Style) -> io::Result<&[u8]> {
        let lang = Some(style.messages.lang());
        if self.lang != lang || self.kept >= SEEN_MAX {
            self.by_print.clear();
            self.kept = 0;
            self.lang = lang;
        }
        let kept = self.by_print.entry(fingerprint(e, diag)).or_default();
        let at = match kept.iter().position(|k| k.error == *e && k.diag == *diag) {
            Some(at) => at,
            None => {
                let rest = to_bytes(&Value::Object(described(e, diag, style)))?;
                kept.push(Kept {
                    error: e.clone(),
                    diag: diag.clone(),
                    rest: rest.into_boxed_slice(),
                });
                self.kept += 1;
                kept.len() - 1
            }
        };
        Ok(&kept[at].rest)
    }
}

/// Whole numbers print as integers (`14`, not `14.0`), so `jq '.retry_delay_s == 14'` reads
/// naturally.
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        json!(x as i64)
    } else {
        json!(x)
    }
}

fn quota(q: &QuotaViolation) -> Value {
    json!({
        "metric": q.metric,
        "quota_id": q.quota_id,
        "limit": q.limit,
        "dimensions": q.dimensions,
    })
}

/// The JSON object for one occurrence.
pub fn object(occ: &Occurrence, diag: &Diagnosis, style: &Style) -> Value {
    let mut o = Map::new();
    o.insert("source".into(), json!(&*occ.source));
    o.insert("line".into(), json!(occ.line));
    o.extend(described(&occ.error, diag, style));
    Value::Object(o)
}

/// The object's keys after `source` and `line`: all that the error itself decides.
fn described(e: &ApiError, diag: &Diagnosis, style: &Style) -> Map<String, Value> {
    let m = &style.messages;
    let args = super::diagnosis_args(e, diag, m);
    let translation: Vec<Value> = e
        .message
        .as_deref()
        .map(|msg| translate::translate(msg, m))
        .unwrap_or_default()
        .into_iter()
        .map(|s| json!({"original": s.original, "translated": s.translated}))
        .collect();
    let mut o = Map::new();
    o.insert("provider".into(), json!(e.provider.id()));
    o.insert("product".into(), json!(e.product.map(|p| p.id())));
    o.insert("code".into(), json!(e.http));
    o.insert("status".into(), json!(e.status.map(|c| c.name())));
    o.insert("message".into(), json!(e.message));
    o.insert("reason".into(), json!(e.reason));
    o.insert("domain".into(), json!(e.domain));
    o.insert("metadata".into(), json!(e.metadata));
    o.insert(
        "retry_delay_s".into(),
        e.retry_delay
            .as_ref()
            .map_or(Value::Null, |d| number(d.seconds)),
    );
    o.insert(
        "retry_delay_source".into(),
        json!(e.retry_delay.as_ref().map(|d| d.source.id())),
    );
    o.insert("error_type".into(), json!(e.error_type));
    o.insert("error_code".into(), json!(e.error_code));
    o.insert("via".into(), json!(e.via));
    o.insert("category".into(), json!(e.category.map(|c| c.id())));
    o.insert(
        "limit".into(),
        e.limit.as_ref().map_or(Value::Null, |l| {
            json!({
                "dimension": l.dimension,
                "window": l.window,
                "limit": l.limit.map(number),
                "used": l.used.map(number),
                "requested": l.requested.map(number),
            })
        }),
    );
    o.insert("model".into(), json!(e.model));
    o.insert(
        "quota".into(),
        Value::Array(e.quota.iter().map(quota).collect()),
    );
    o.insert(
        "links".into(),
        Value::Array(
            e.links
                .iter()
                .map(|l| json!({"description": l.description, "url": l.url}))
                .collect(),
        ),
    );
    o.insert(
        "details".into(),
        Value::Array(e.details.iter().map(|d| d.to_json()).collect()),
    );
    o.insert(
        "errors".into(),
        Value::Array(e.legacy.iter().map(|l| l.to_json()).collect()),
    );
    o.insert("truncated".into(), json!(e.truncated));
    o.insert(
        "diagnosis".into(),
        json!({
            "id": diag.id(),
            "title": m.get(&diag.fluent_id(), Some(&args)),
            "retryable": diag.retryable,
            "wait_s": diag.wait_s().map(number),
        }),
    );
    o.insert("translation".into(), Value::Array(translation));
    o
}

/// A value as `SafeFormatter` writes it.
pub(crate) fn to_bytes(value: &Value) -> io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(1024);
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, SafeFormatter);
    serde::Serialize::serialize(value, &mut ser).map_err(io::Error::other)?;
    Ok(buf)
}

impl Render for Json {
    fn occurrence(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        style: &Style,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let rest = self.seen.rest(&occ.error, diag, style)?;
        let mut line = Vec::with_capacity(rest.len() + 64);
        line.extend_from_slice(b"{\"source\":");
        line.extend(to_bytes(&json!(&*occ.source))?);
        write!(line, ",\"line\":{},", occ.line)?;
        // `rest` is an object with at least `provider`: from its `{` on, it continues this one.
        line.extend_from_slice(&rest[1..]);
        line.push(b'\n');
        out.write_all(&line)
    }
}

/// serde_json's compact formatter, except that characters a terminal acts on but JSON allows
/// raw (C1 controls, bidi overrides, zero-width and line separators) are written as `\u`
/// escapes. The decoded value is unchanged; `cat`-ing the output is safe.
pub struct SafeFormatter;

fn dangerous(c: char) -> bool {
    matches!(c,
        '\u{7f}'..='\u{9f}' | '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

impl serde_json::ser::Formatter for SafeFormatter {
    fn write_string_fragment<W>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        // Every dangerous character is DEL or beyond ASCII; most fragments have none, and a
        // check of the bytes costs less than decoding every character.
        if fragment.bytes().all(|b| b < 0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if dangerous(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_met_again_is_written_as_it_was_the_first_time() {
        // Every fixture's errors twice over, at other lines, in one language, the other and
        // back: each line must be what writing the whole object afresh gives, so no kept rest
        // may stand in for an error that differs (errors differing only in a field the
        // fingerprint leaves out are among them).
        let occs: Vec<Occurrence> = crate::testing::fixture_texts()
            .iter()
            .flat_map(|text| crate::stream::scan_text("f.log", text))
            .collect();
        assert!(occs.len() > 500, "{}", occs.len());
        let mut json = Json::default();
        let mut written = 0;
        for lang in [Lang::En, Lang::Zh, Lang::En] {
            let style = Style {
                messages: crate::i18n::Messages::new(lang),
                color: false,
                width: 100,
                now: "2025-12-20T00:00:00Z".parse().expect("timestamp"),
                local_tz: super::super::LocalZone::default(),
                workspace: None,
            };
            for (i, occ) in occs.iter().chain(&occs).enumerate() {
                let occ = Occurrence {
                    line: i as u64 + 1,
                    ..occ.clone()
                };
                let diag = crate::diagnose::diagnose(&occ.error, style.now);
                let mut kept = Vec::new();
                json.occurrence(&occ, &diag, &style, &mut kept)
                    .expect("writes");
                let mut fresh = Vec::new();
                super::super::write_json_line(&object(&occ, &diag, &style), &mut fresh)
                    .expect("writes");
                assert_eq!(
                    String::from_utf8_lossy(&kept),
                    String::from_utf8_lossy(&fresh)
                );
                written += 1;
            }
        }
        // Most were looked up, not written again.
        assert!(
            json.seen.kept < written / 6,
            "{} of {written}",
            json.seen.kept
        );
    }

    #[test]
    fn safe_formatter_escapes_what_json_allows_raw() {
        let v = json!({"m": "a\u{202e}b\u{9b}c\u{1b}[31m"});
        let mut out = Vec::new();
        super::super::write_json_line(&v, &mut out).expect("writes");
        let s = String::from_utf8(out).expect("utf8");
        assert_eq!(s, "{\"m\":\"a\\u202eb\\u009bc\\u001b[31m\"}\n");
        // DEL is within ASCII but not let through.
        let mut out = Vec::new();
        super::super::write_json_line(&json!("a\u{7f}b"), &mut out).expect("writes");
        assert_eq!(String::from_utf8(out).expect("utf8"), "\"a\\u007fb\"\n");
        let back: Value = serde_json::from_str(&s).expect("valid JSON");
        assert_eq!(back, v);
    }
}
