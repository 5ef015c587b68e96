//! `--format markdown`: the report as GitHub-flavoured Markdown, for a pull-request comment or
//! a job summary. Every value from the input is escaped (`sanitize::markdown_text`) or fenced,
//! so a log cannot inject links, images or HTML into the page.

use std::io::{self, Write};

use super::group::{Group, Groups};
use super::{Render, Style, diagnosis_args, headline, location, several_violations, wait_text};
use crate::diagnose::{Diagnosis, Wait};
use crate::i18n::{self, Messages};
use crate::model::Occurrence;
use crate::sanitize::{markdown_fence, markdown_text};

#[derive(Default)]
pub struct Markdown {
    groups: Groups,
}

impl Render for Markdown {
    fn occurrence(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        _style: &Style,
        _out: &mut dyn Write,
    ) -> io::Result<()> {
        self.groups.add(occ, diag);
        Ok(())
    }

    fn finish(&mut self, style: &Style, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(report(&self.groups, style).as_bytes())
    }
}

/// A short wait for a table cell.
pub fn wait_short(diag: &Diagnosis, m: &Messages) -> String {
    match diag.wait {
        Wait::Never => m.text("md-wait-never"),
        Wait::For { seconds, .. } => super::duration(seconds, m),
        Wait::Backoff { initial, .. } => m.get(
            "md-wait-backoff",
            Some(&i18n::args([("duration", super::duration(initial, m))])),
        ),
        Wait::Until { seconds, .. } => m.get(
            "md-wait-reset",
            Some(&i18n::args([("duration", super::duration(seconds, m))])),
        ),
    }
}

fn places(g: &Group, m: &Messages) -> String {
    std::iter::once(&g.first)
        .chain(&g.others)
        .take(5)
        .map(|o| format!("`{}`", location(o, m).replace('`', "'")))
        .collect::<Vec<_>>()
        .join(", ")
        + if g.count() > 5 { ", …" } else { "" }
}

/// The whole report.
pub fn report(groups: &Groups, style: &Style) -> String {
    let m = &style.messages;
    let mut s = String::new();
    if groups.is_empty() {
        s.push_str(&m.text("md-none"));
        s.push('\n');
        return s;
    }
    let heading = m.get(
        "md-heading",
        Some(&i18n::args([
            ("total", groups.total().to_string()),
            ("distinct", groups.groups().len().to_string()),
        ])),
    );
    s.push_str(&format!("## {}\n\n", markdown_text(&heading)));
    s.push_str(&format!(
        "| | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        m.text("md-col-error"),
        m.text("md-col-where"),
        m.text("md-col-wait"),
        m.text("md-col-retry")
    ));
    for g in groups.groups() {
        let args = diagnosis_args(&g.first.error, &g.diag, m);
        let title = m.get(&g.diag.fluent_id(), Some(&args));
        let icon = if super::transient(&g.diag) {
            "⚠️"
        } else {
            "❌"
        };
        s.push_str(&format!(
            "| {icon} | {}<br>{} | {} | {} | {} |\n",
            markdown_text(&headline(&g.first.error, m)),
            markdown_text(&title),
            places(g, m),
            markdown_text(&wait_short(&g.diag, m)),
            m.text(if g.diag.retryable { "md-yes" } else { "md-no" })
        ));
    }
    for (i, g) in groups.groups().iter().enumerate() {
        s.push('\n');
        s.push_str(&section(i + 1, g, style));
    }
    s
}

fn section(n: usize, g: &Group, style: &Style) -> String {
    let m = &style.messages;
    let e = &g.first.error;
    let fid = g.diag.fluent_id();
    let args = diagnosis_args(e, &g.diag, m);
    let attr = |a: &str| m.attr(&fid, a, Some(&args)).unwrap_or_default();
    let mut s = format!(
        "### {n}. {} ({})\n\n**{}**\n\n",
        markdown_text(&headline(e, m)),
        places(g, m),
        markdown_text(&m.get(&fid, Some(&args)))
    );
    let mut cause = attr("cause");
    if let Some(several) = several_violations(e, &g.diag, m) {
        cause.push(' ');
        cause.push_str(&several);
    }
    s.push_str(&format!(
        "**{}.** {}\n\n",
        m.text("section-cause"),
        markdown_text(&cause)
    ));
    for (name, a) in [
        ("section-fix-now", "fix-now"),
        ("section-fix-for-good", "fix-for-good"),
    ] {
        s.push_str(&format!("**{}**\n\n", m.text(name)));
        for (i, step) in attr(a).lines().filter(|l| !l.trim().is_empty()).enumerate() {
            s.push_str(&format!("{}. {}\n", i + 1, markdown_text(step.trim())));
        }
        s.push('\n');
    }
    s.push_str(&format!(
        "**{}.** {}\n\n**{}.** {}\n\n",
        m.text("section-prevention"),
        markdown_text(&attr("prevention")),
        m.text("section-wait"),
        markdown_text(&wait_text(e, &g.diag, style))
    ));
    if let Some(message) = &e.message {
        s.push_str(&format!(
            "<details><summary>{}</summary>\n\n{}\n\n</details>\n",
            m.text("section-message"),
            markdown_fence(message)
        ));
    }
    s
}
