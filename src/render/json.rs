//! `--format json`: JSON Lines, one object per occurrence, in input order, written as found.
//! The keys are documented in README.md and stay stable; values are exact (redacted, never
//! reworded), so scripts can match on them.

use std::io::{self, Write};

use serde_json::{Map, Value, json};

use super::{Render, Style};
use crate::diagnose::Diagnosis;
use crate::model::{Occurrence, QuotaViolation};
use crate::translate;

pub struct Json;

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
    let e = &occ.error;
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
    o.insert("source".into(), json!(&*occ.source));
    o.insert("line".into(), json!(occ.line));
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
    Value::Object(o)
}

impl Render for Json {
    fn occurrence(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        style: &Style,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        super::write_json_line(&object(occ, diag, style), out)
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
