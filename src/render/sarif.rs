//! `--format sarif`: a SARIF 2.1.0 log, for code-scanning uploads. One rule per diagnosis the
//! input reached (with its words as help), one result per occurrence, with a location when the
//! input is a file. A test validates the output against the SARIF 2.1.0 JSON schema.

use std::io::{self, Write};

use serde_json::{Map, Value, json};

use super::group::{Groups, identity};
use super::{Render, Style, diagnosis_args, headline, wait_text, write_json_line};
use crate::diagnose::{self, Diagnosis};
use crate::model::Occurrence;

#[derive(Default)]
pub struct Sarif {
    found: Vec<(Occurrence, Diagnosis)>,
}

/// A short, stable fingerprint (two FNV-1a passes): the same error at the same place keeps it
/// from run to run, so code scanning does not report it as new.
pub fn fingerprint(parts: &[&str]) -> String {
    let hash = |seed: u64| {
        let mut h = seed;
        for p in parts {
            for b in p.bytes().chain([0u8]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    };
    format!(
        "{:016x}{:016x}",
        hash(0xcbf2_9ce4_8422_2325),
        hash(0x6c62_272e_07bb_0142)
    )
}

fn level(d: &Diagnosis) -> &'static str {
    if super::transient(d) {
        "warning"
    } else {
        "error"
    }
}

/// A rule described with placeholders (a rule is shared by every error that reaches it).
fn rule(id: &'static str, d: &Diagnosis, style: &Style) -> Value {
    let m = &style.messages;
    let fid = diagnose::fluent_id(id);
    let args = super::human::placeholder_args();
    let attr = |a: &str| m.attr(&fid, a, Some(&args)).unwrap_or_default();
    let steps = |a: &str| -> String {
        attr(a)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, l)| format!("{}. {}", i + 1, l.trim()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let help = format!(
        "{}\n\n{}:\n{}\n\n{}:\n{}\n\n{}: {}",
        attr("cause"),
        m.text("section-fix-now"),
        steps("fix-now"),
        m.text("section-fix-for-good"),
        steps("fix-for-good"),
        m.text("section-prevention"),
        attr("prevention")
    );
    let mut r = Map::new();
    r.insert("id".into(), json!(id));
    r.insert(
        "shortDescription".into(),
        json!({"text": m.get(&fid, Some(&args))}),
    );
    r.insert("fullDescription".into(), json!({"text": attr("cause")}));
    r.insert("help".into(), json!({"text": help}));
    if let Some(link) = d.rule.links.first() {
        r.insert("helpUri".into(), json!(link.url));
    }
    r.insert("defaultConfiguration".into(), json!({"level": level(d)}));
    Value::Object(r)
}

impl Render for Sarif {
    fn occurrence(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        _style: &Style,
        _out: &mut dyn Write,
    ) -> io::Result<()> {
        self.found.push((occ.clone(), diag.clone()));
        Ok(())
    }

    fn finish(&mut self, style: &Style, out: &mut dyn Write) -> io::Result<()> {
        let m = &style.messages;
        let mut rule_ids: Vec<&'static str> = Vec::new();
        let mut rules = Vec::new();
        for (_, d) in &self.found {
            if !rule_ids.contains(&d.rule.id) {
                rule_ids.push(d.rule.id);
                rules.push(rule(d.rule.id, d, style));
            }
        }
        let mut groups = Groups::default();
        let mut results = Vec::new();
        for (occ, d) in &self.found {
            groups.add(occ, d);
            let e = &occ.error;
            let args = diagnosis_args(e, d, m);
            let text = format!(
                "{}: {}. {}",
                headline(e, m),
                m.get(&d.fluent_id(), Some(&args)),
                wait_text(e, d, style)
            );
            let mut r = Map::new();
            r.insert("ruleId".into(), json!(d.rule.id));
            r.insert(
                "ruleIndex".into(),
                json!(rule_ids.iter().position(|id| *id == d.rule.id)),
            );
            r.insert("level".into(), json!(level(d)));
            r.insert("message".into(), json!({"text": text}));
            if let Some(uri) =
                super::github::workspace_path(&occ.source, style.workspace.as_deref())
            {
                r.insert(
                    "locations".into(),
                    json!([{
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri},
                            "region": {"startLine": occ.line}
                        }
                    }]),
                );
            }
            r.insert(
                "partialFingerprints".into(),
                json!({"apierrErrorIdentity/v1": fingerprint(&[d.rule.id, &identity(e), &occ.source, &occ.line.to_string()])}),
            );
            results.push(Value::Object(r));
        }
        let log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "apierr",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules
                }},
                "results": results,
                "columnKind": "unicodeCodePoints"
            }]
        });
        let _ = groups;
        write_json_line(&log, out)
    }
}
