//! `--format gitlab`: a GitLab Code Quality report (a JSON array of issues, a subset of the
//! Code Climate spec), to upload as `artifacts: reports: codequality`. GitLab keeps only the
//! first issue with a given fingerprint, so each occurrence gets its own.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::group::identity;
use super::sarif::fingerprint;
use super::{Render, Style, diagnosis_args, headline, wait_text, write_json_line};
use crate::diagnose::Diagnosis;
use crate::model::Occurrence;

#[derive(Default)]
pub struct Gitlab {
    issues: Vec<Value>,
}

impl Render for Gitlab {
    fn occurrence(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        style: &Style,
        _out: &mut dyn Write,
    ) -> io::Result<()> {
        let m = &style.messages;
        let e = &occ.error;
        let args = diagnosis_args(e, diag, m);
        let description = format!(
            "{}: {}. {}",
            headline(e, m),
            m.get(&diag.fluent_id(), Some(&args)),
            wait_text(e, diag, style)
        );
        let transient = super::transient(diag);
        let path = super::github::workspace_path(&occ.source, style.workspace.as_deref())
            .unwrap_or_else(|| occ.source.to_string());
        self.issues.push(json!({
            "description": description,
            "check_name": diag.rule.id,
            "fingerprint": fingerprint(&[diag.rule.id, &identity(e), &occ.source, &occ.line.to_string()]),
            "severity": if transient { "minor" } else { "major" },
            "location": {"path": path, "lines": {"begin": occ.line}}
        }));
        Ok(())
    }

    fn finish(&mut self, _style: &Style, out: &mut dyn Write) -> io::Result<()> {
        write_json_line(&Value::Array(std::mem::take(&mut self.issues)), out)
    }
}
