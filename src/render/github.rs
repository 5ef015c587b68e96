//! `--format github`: GitHub Actions workflow commands.
//!
//! The full human report is printed first (in a collapsed group), with workflow commands
//! stopped around it (`::stop-commands::<token>`), since the report quotes the log and a log
//! line could otherwise run `::set-env` or `##[error]` on the runner. Then one annotation per
//! distinct error: `::error` for what needs a fix, `::warning` for transient trouble that a
//! retry after the wait clears. The runner keeps 10 annotations of each level per step and drops
//! the rest silently, so the most important come first and a `::notice` counts what did not fit.

use std::io::{self, Write};
use std::path::Path;

use super::group::{Group, Groups};
use super::human::Human;
use super::{Render, Style, diagnosis_args, headline, location, wait_text};
use crate::diagnose::Diagnosis;
use crate::i18n;
use crate::model::Occurrence;
use crate::sanitize::{github_data, github_property, neutralize_ci_markers};

/// Annotations the runner shows per level and step.
const PER_LEVEL: usize = 10;

pub struct Github {
    groups: Groups,
    /// The full report, printed before the annotations (unless it went elsewhere already).
    report: Option<(Vec<u8>, Human)>,
}

impl Default for Github {
    fn default() -> Self {
        Github {
            groups: Groups::default(),
            report: Some((Vec::new(), Human::default())),
        }
    }
}

impl Github {
    /// Only the annotations: `apierr run` has printed the full report on stderr already.
    pub fn annotations_only() -> Github {
        Github {
            groups: Groups::default(),
            report: None,
        }
    }
}

/// A token no input can have predicted, to resume workflow commands after the report.
fn stop_token() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in nanos
        .to_le_bytes()
        .iter()
        .chain(std::process::id().to_le_bytes().iter())
    {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("apierr-{h:016x}")
}

/// Transient errors a retry after the wait clears are warnings; everything else needs a fix.
fn is_warning(d: &Diagnosis) -> bool {
    super::transient(d)
}

/// The path of a source relative to the workspace, when it is a file there.
pub(crate) fn workspace_path(source: &str, workspace: Option<&Path>) -> Option<String> {
    if source == "-" || source == "--text" {
        return None;
    }
    let path = Path::new(source);
    // `apierr run` names its sources after the streams (`stderr`); only real files count.
    if !path.is_file() {
        return None;
    }
    match workspace {
        Some(ws) => {
            let absolute = if path.is_absolute() {
                path.to_path_buf()
            } else {
                std::env::current_dir().ok()?.join(path)
            };
            let ws = ws.canonicalize().unwrap_or_else(|_| ws.to_path_buf());
            let absolute = absolute.canonicalize().unwrap_or(absolute);
            absolute
                .strip_prefix(&ws)
                .ok()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
        }
        None => (!path.is_absolute()).then(|| source.replace('\\', "/")),
    }
}

fn annotation(g: &Group, style: &Style) -> String {
    let m = &style.messages;
    let e = &g.first.error;
    let args = diagnosis_args(e, &g.diag, m);
    let fid = g.diag.fluent_id();
    let mut message = m.get(&fid, Some(&args));
    message.push('\n');
    message.push_str(&wait_text(e, &g.diag, style));
    let steps = m.attr(&fid, "fix-now", Some(&args)).unwrap_or_default();
    for (i, step) in steps.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        message.push_str(&format!("\n{}. {}", i + 1, step.trim()));
    }
    if g.count() > 1 {
        let places: Vec<String> = g.others.iter().take(5).map(|o| location(o, m)).collect();
        message.push('\n');
        message.push_str(&m.get(
            "gh-also",
            Some(&i18n::args([
                ("count", (g.count() - 1).to_string()),
                ("places", places.join(", ")),
            ])),
        ));
    }
    let level = if is_warning(&g.diag) {
        "warning"
    } else {
        "error"
    };
    let mut props = Vec::new();
    if let Some(file) = workspace_path(&g.first.source, style.workspace.as_deref()) {
        props.push(format!("file={}", github_property(&file)));
        props.push(format!("line={}", g.first.line));
    }
    props.push(format!("title={}", github_property(&headline(e, m))));
    format!("::{level} {}::{}", props.join(","), github_data(&message))
}

impl Render for Github {
    fn occurrence(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        style: &Style,
        _out: &mut dyn Write,
    ) -> io::Result<()> {
        self.groups.add(occ, diag);
        match &mut self.report {
            Some((buf, human)) => human.occurrence(occ, diag, style, buf),
            None => Ok(()),
        }
    }

    fn finish(&mut self, style: &Style, out: &mut dyn Write) -> io::Result<()> {
        let m = &style.messages;
        if let Some((mut buf, mut human)) = self.report.take() {
            human.finish(style, &mut buf)?;
            let token = stop_token();
            writeln!(out, "::group::{}", github_data(&m.text("gh-report-group")))?;
            writeln!(out, "::stop-commands::{token}")?;
            for line in String::from_utf8_lossy(&buf).lines() {
                writeln!(out, "{}", neutralize_ci_markers(line))?;
            }
            writeln!(out, "::{token}::")?;
            writeln!(out, "::endgroup::")?;
        }

        // Most important first: what needs a fix, then the most frequent.
        let mut order: Vec<&Group> = self.groups.groups().iter().collect();
        order.sort_by_key(|g| (is_warning(&g.diag), std::cmp::Reverse(g.count())));
        let (mut errors, mut warnings, mut dropped) = (0, 0, 0);
        for g in order {
            let slot = if is_warning(&g.diag) {
                &mut warnings
            } else {
                &mut errors
            };
            if *slot == PER_LEVEL {
                dropped += 1;
                continue;
            }
            *slot += 1;
            writeln!(out, "{}", annotation(g, style))?;
        }
        if dropped > 0 {
            writeln!(
                out,
                "::notice::{}",
                github_data(&m.get(
                    "gh-more",
                    Some(&i18n::args([("count", dropped.to_string())]))
                ))
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_paths() {
        assert_eq!(workspace_path("-", None), None);
        assert_eq!(workspace_path("stderr", None), None);
        assert_eq!(
            workspace_path("Cargo.toml", None).as_deref(),
            Some("Cargo.toml")
        );
        let here = std::env::current_dir().expect("cwd");
        let abs = here.join("src/lib.rs");
        assert_eq!(
            workspace_path(abs.to_str().expect("UTF-8"), Some(&here)).as_deref(),
            Some("src/lib.rs")
        );
        assert_eq!(
            workspace_path(
                abs.to_str().expect("UTF-8"),
                Some(Path::new("/nonexistent"))
            ),
            None
        );
    }
}
