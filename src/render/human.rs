//! The report for people: for each distinct error a block (headline, title, then Translation,
//! Cause, Fix now, Fix for good, Prevention, Suggested wait, Details, Learn more); an error seen
//! again gets one line pointing back; a count at the end when there were several.
//!
//! A cut-off copy of an error is held back briefly: logs often print an error twice, first
//! truncated, and the complete copy deserves the explanation. It is explained on its own only if
//! no complete copy follows before the input pauses or ends.
//!
//! Text is wrapped by display width (CJK characters take two columns) before it is coloured.

use std::io::{self, Write};

use colored::Colorize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::group::identity;
use super::{Render, Style, diagnosis_args, duration, location, wait_text};
use crate::diagnose::{self, Diagnosis};
use crate::i18n::{self, Messages};
use crate::model::{ApiError, DelaySource, Detail, Occurrence};
use crate::{normalize, sanitize, translate};

/// An error already explained.
struct Seen {
    identity: String,
    error: ApiError,
    location: String,
}

#[derive(Default)]
pub struct Human {
    seen: Vec<Seen>,
    /// Cut-off occurrences waiting for a complete copy.
    held: Vec<(Occurrence, Diagnosis)>,
    total: usize,
    blocks: usize,
    /// The last thing printed was a block (a blank line separates what follows).
    after_block: bool,
}

impl Human {
    fn find_seen(&self, e: &ApiError) -> Option<&Seen> {
        if e.truncated {
            self.seen
                .iter()
                .find(|s| normalize::compatible(&s.error, e))
        } else {
            let id = identity(e);
            self.seen.iter().find(|s| s.identity == id)
        }
    }

    fn emit(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        style: &Style,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let here = location(occ, &style.messages);
        if let Some(seen) = self.find_seen(&occ.error) {
            let first = seen.location.clone();
            if self.after_block {
                writeln!(out)?;
                self.after_block = false;
            }
            return also_at(&here, &first, occ.error.truncated, style, out);
        }
        if self.blocks > 0 {
            writeln!(out)?;
        }
        self.blocks += 1;
        self.after_block = true;
        write_block(occ, diag, style, out)?;
        self.seen.push(Seen {
            identity: identity(&occ.error),
            error: occ.error.clone(),
            location: here,
        });
        Ok(())
    }

    fn release_held(&mut self, style: &Style, out: &mut dyn Write) -> io::Result<()> {
        for (occ, diag) in std::mem::take(&mut self.held) {
            self.emit(&occ, &diag, style, out)?;
        }
        Ok(())
    }
}

fn also_at(
    here: &str,
    first: &str,
    cut: bool,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let id = if cut { "also-at-cut" } else { "also-at" };
    let text = style.messages.get(
        id,
        Some(&i18n::args([("location", here), ("first", first)])),
    );
    writeln!(out, "{}", paint(&text, style, |s| s.dimmed()))
}

impl Render for Human {
    fn occurrence(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        style: &Style,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        self.total += 1;
        if occ.error.truncated {
            if self.find_seen(&occ.error).is_some() {
                return self.emit(occ, diag, style, out);
            }
            self.held.push((occ.clone(), diag.clone()));
            return Ok(());
        }
        // Held copies that this error does not complete came first; explain them first.
        let (mine, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.held)
            .into_iter()
            .partition(|(h, _)| normalize::compatible(&h.error, &occ.error));
        for (h, d) in others {
            self.emit(&h, &d, style, out)?;
        }
        self.emit(occ, diag, style, out)?;
        for (h, d) in mine {
            self.emit(&h, &d, style, out)?;
        }
        Ok(())
    }

    fn idle(&mut self, style: &Style, out: &mut dyn Write) -> io::Result<()> {
        self.release_held(style, out)
    }

    fn finish(&mut self, style: &Style, out: &mut dyn Write) -> io::Result<()> {
        self.release_held(style, out)?;
        let m = &style.messages;
        if self.total == 0 {
            return writeln!(out, "{}", m.text("no-errors"));
        }
        if self.total > 1 {
            let text = m.get(
                "summary-count",
                Some(&i18n::args([
                    ("total", self.total.to_string()),
                    ("distinct", self.seen.len().to_string()),
                ])),
            );
            writeln!(out)?;
            writeln!(out, "{}", paint(&text, style, |s| s.bold()))?;
        }
        Ok(())
    }
}

fn paint(
    text: &str,
    style: &Style,
    f: impl Fn(colored::ColoredString) -> colored::ColoredString,
) -> String {
    if style.color {
        f(text.normal()).to_string()
    } else {
        text.to_owned()
    }
}

fn write_block(
    occ: &Occurrence,
    diag: &Diagnosis,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let m = &style.messages;
    let e = &occ.error;
    let args = diagnosis_args(e, diag, m);
    let fid = diag.fluent_id();
    let width = style.width.max(40);

    // Headline: what the text says, what it is about, and where it is.
    let left = super::headline(e, m);
    let right = location(occ, m);
    let gap = width.saturating_sub(left.width() + right.width()).max(2);
    writeln!(
        out,
        "{}{}{}",
        paint(&left, style, |s| s.red().bold()),
        " ".repeat(gap),
        paint(&right, style, |s| s.dimmed())
    )?;
    let title = m.get(&fid, Some(&args));
    for line in wrap(&title, width) {
        writeln!(out, "{}", paint(&line, style, |s| s.bold()))?;
    }

    // The server's own words: translated sentence by sentence when they are in another
    // language than the report, else as they are.
    if let Some(message) = &e.message {
        let sentences = translate::translate(message, m);
        if sentences.is_empty() {
            let mut lines = Vec::new();
            for para in message.lines().filter(|l| !l.trim().is_empty()) {
                lines.extend(indent(&sanitize::for_terminal(para.trim()), width, 2, 4));
            }
            section(style, out, "section-message", lines)?;
        } else {
            let mut lines = Vec::new();
            for s in sentences {
                let original = sanitize::for_terminal(&s.original).into_owned();
                let o = m.get("line-original", Some(&i18n::args([("text", original)])));
                lines.extend(indent(&o, width, 2, 4));
                let t = match &s.translated {
                    Some(t) => m.get("line-translated", Some(&i18n::args([("text", t.as_str())]))),
                    None => m.text("line-untranslated"),
                };
                lines.extend(indent(&t, width, 2, 4));
            }
            section(style, out, "section-translation", lines)?;
        }
    }

    let mut cause = m.attr(&fid, "cause", Some(&args)).unwrap_or_default();
    if let Some(several) = super::several_violations(e, diag, m) {
        cause.push('\n');
        cause.push_str(&several);
    }
    let sections = Sections {
        cause,
        wait: wait_text(e, diag, style),
        details: details(e, m, width),
        links: learn_more(&e.links, diag.rule.links, m),
    };
    sections.write(&fid, &args, style, out)
}

/// The explanation's sections after the headline, shared by reports and `apierr explain`.
struct Sections {
    cause: String,
    wait: String,
    details: Vec<String>,
    links: Vec<String>,
}

impl Sections {
    fn write(
        self,
        fid: &str,
        args: &crate::i18n::Args<'_>,
        style: &Style,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let m = &style.messages;
        let width = style.width.max(40);
        let attr = |name: &str| m.attr(fid, name, Some(args)).unwrap_or_default();
        section(
            style,
            out,
            "section-cause",
            indent(&self.cause, width, 2, 2),
        )?;
        section(
            style,
            out,
            "section-fix-now",
            steps(&attr("fix-now"), width),
        )?;
        section(
            style,
            out,
            "section-fix-for-good",
            steps(&attr("fix-for-good"), width),
        )?;
        section(
            style,
            out,
            "section-prevention",
            indent(&attr("prevention"), width, 2, 2),
        )?;
        section(style, out, "section-wait", indent(&self.wait, width, 2, 2))?;
        section(style, out, "section-details", self.details)?;
        section(style, out, "section-learn-more", self.links)
    }
}

fn section(style: &Style, out: &mut dyn Write, name: &str, lines: Vec<String>) -> io::Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        paint(&style.messages.text(name), style, |s| s.cyan().bold())
    )?;
    for l in lines {
        writeln!(out, "{l}")?;
    }
    Ok(())
}

/// `apierr explain QUERY`: one knowledge-base entry, with placeholders for the values an error
/// would fill in.
pub fn explain(found: &diagnose::Lookup, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let m = &style.messages;
    let width = style.width.max(40);
    let rule = found.rule;
    let fid = diagnose::fluent_id(rule.id);
    let args = placeholder_args();
    let mut head: Vec<String> = Vec::new();
    if let Some(c) = found.code {
        head.push(c.name().to_owned());
        head.push(format!("gRPC {}", c.number()));
        head.push(format!("HTTP {}", found.http.unwrap_or_else(|| c.http())));
    } else if let Some(h) = found.http {
        head.push(format!("HTTP {h}"));
    }
    let left = head.join(" · ");
    let gap = width.saturating_sub(left.width() + rule.id.width()).max(2);
    writeln!(
        out,
        "{}{}{}",
        paint(&left, style, |s| s.red().bold()),
        " ".repeat(gap),
        paint(rule.id, style, |s| s.dimmed())
    )?;
    for line in wrap(&m.get(&fid, Some(&args)), width) {
        writeln!(out, "{}", paint(&line, style, |s| s.bold()))?;
    }
    let mut cause = m.attr(&fid, "cause", Some(&args)).unwrap_or_default();
    if let (Some(c), Some(h)) = (found.code, found.http) {
        cause.push('\n');
        cause.push_str(&m.get(
            "explain-http",
            Some(&i18n::args([
                ("http", h.to_string()),
                ("status", c.name().to_owned()),
                ("number", c.number().to_string()),
            ])),
        ));
    }
    let related: Vec<(String, String)> = found
        .related
        .iter()
        .map(|r| {
            (
                r.id.to_owned(),
                m.get(&diagnose::fluent_id(r.id), Some(&args)),
            )
        })
        .collect();
    let related = columns(&related, 2, width);
    let sections = Sections {
        cause,
        wait: policy_text(rule.retry, m),
        details: Vec::new(),
        links: learn_more(&[], rule.links, m),
    };
    sections.write(&fid, &args, style, out)?;
    section(style, out, "section-see-also", related)
}

/// `apierr list`: every entry of the knowledge base, with its title.
pub fn list(style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let m = &style.messages;
    let args = placeholder_args();
    let rows: Vec<(String, String)> = diagnose::RULES
        .iter()
        .map(|r| {
            (
                r.id.to_owned(),
                m.get(&diagnose::fluent_id(r.id), Some(&args)),
            )
        })
        .collect();
    for line in columns(&rows, 0, style.width.max(40)) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Two columns, the second wrapped with a hanging indent: `key  value…`.
fn columns(rows: &[(String, String)], indent_by: usize, width: usize) -> Vec<String> {
    let key_width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let hang = indent_by + key_width + 2;
    let mut lines = Vec::new();
    for (k, v) in rows {
        for (i, l) in wrap(v, width.saturating_sub(hang).max(20))
            .into_iter()
            .enumerate()
        {
            if i == 0 {
                let pad = key_width - k.width() + 2;
                lines.push(format!(
                    "{}{k}{}{l}",
                    " ".repeat(indent_by),
                    " ".repeat(pad)
                ));
            } else {
                lines.push(format!("{}{l}", " ".repeat(hang)));
            }
        }
    }
    lines
}

/// The values an explanation names, as placeholders (`MODEL`, `N`), for explaining a rule
/// without an error.
pub(crate) fn placeholder_args() -> crate::i18n::Args<'static> {
    let mut pairs: Vec<(&'static str, String)> = vec![
        ("model", "MODEL".to_owned()),
        ("limit", "N".to_owned()),
        ("quota_id", "QUOTA_ID".to_owned()),
        ("metric", "METRIC".to_owned()),
        ("code", "CODE".to_owned()),
        ("status", "STATUS".to_owned()),
        ("reason", "REASON".to_owned()),
        ("delay", "DELAY".to_owned()),
    ];
    for name in diagnose::facts::names() {
        pairs.push((name, name.to_ascii_uppercase()));
    }
    i18n::args(pairs)
}

/// How retrying works for a rule, without an error to compute the wait from.
fn policy_text(retry: diagnose::Retry, m: &Messages) -> String {
    match retry {
        diagnose::Retry::Never => m.text("wait-never"),
        diagnose::Retry::ServerDelayOr(s) => m.get(
            "policy-server-delay",
            Some(&i18n::args([("duration", duration(s, m))])),
        ),
        diagnose::Retry::UntilPacificMidnight => m.text("policy-reset"),
        diagnose::Retry::ServerDelayElseNever => m.text("policy-server-delay-only"),
        diagnose::Retry::Backoff(s) => m.get(
            "wait-backoff",
            Some(&i18n::args([("duration", duration(s, m))])),
        ),
    }
}

fn details(e: &ApiError, m: &Messages, width: usize) -> Vec<String> {
    let clean = |s: &str| sanitize::for_terminal(s).into_owned();
    let mut rows: Vec<(String, String)> = Vec::new();
    let binding = diagnose::binding_violation(&e.quota);
    for (i, q) in e.quota.iter().enumerate() {
        let mark = if e.quota.len() > 1 && Some(i) == binding {
            " ◀"
        } else {
            ""
        };
        if let Some(metric) = &q.metric {
            rows.push((m.text("detail-metric"), format!("{}{mark}", clean(metric))));
        }
        if let Some(id) = &q.quota_id {
            rows.push((m.text("detail-quota-id"), clean(id)));
        }
        if let Some(limit) = q.limit {
            rows.push((m.text("detail-limit"), limit.to_string()));
        }
        if !q.dimensions.is_empty() {
            let dims: Vec<String> = q
                .dimensions
                .iter()
                .map(|(k, v)| format!("{}={}", clean(k), clean(v)))
                .collect();
            rows.push((m.text("detail-dimensions"), dims.join(", ")));
        }
        if let Some(s) = &q.api_service {
            rows.push((m.text("detail-service"), clean(s)));
        }
        if q.metric.is_none() && q.quota_id.is_none() {
            let text = [q.subject.as_deref(), q.description.as_deref()]
                .into_iter()
                .flatten()
                .map(clean)
                .collect::<Vec<_>>()
                .join(": ");
            if !text.is_empty() {
                rows.push((m.text("detail-other"), text));
            }
        }
    }
    if let Some(reason) = &e.reason {
        let value = match &e.domain {
            Some(d) => m.get(
                "detail-reason-domain",
                Some(&i18n::args([
                    ("reason", clean(reason)),
                    ("domain", clean(d)),
                ])),
            ),
            None => clean(reason),
        };
        rows.push((m.text("detail-reason"), value));
    }
    if !e.metadata.is_empty() {
        let meta: Vec<String> = e
            .metadata
            .iter()
            .map(|(k, v)| format!("{}={}", clean(k), clean(v)))
            .collect();
        rows.push((m.text("detail-metadata"), meta.join(", ")));
    }
    let mut hints = Vec::new();
    for d in [&e.retry_delay, &e.message_retry_delay]
        .into_iter()
        .flatten()
    {
        let source = match d.source {
            DelaySource::RetryInfo => m.text("detail-retry-info"),
            DelaySource::Message => m.text("detail-retry-message"),
            DelaySource::Header => m.text("detail-retry-header"),
            DelaySource::Body => m.text("detail-retry-body"),
        };
        hints.push(m.get(
            "retry-hint-item",
            Some(&i18n::args([("delay", clean(&d.raw)), ("source", source)])),
        ));
    }
    match hints.as_slice() {
        [] => {}
        [one] => rows.push((m.text("detail-retry-hint"), one.clone())),
        [first, second, ..] => rows.push((
            m.text("detail-retry-hint"),
            m.get(
                "retry-hint-pair",
                Some(&i18n::args([
                    ("first", first.as_str()),
                    ("second", second.as_str()),
                ])),
            ),
        )),
    }
    for d in &e.details {
        match d {
            Detail::BadRequest { field_violations } => {
                for v in field_violations {
                    let text = [v.field.as_deref(), v.description.as_deref()]
                        .into_iter()
                        .flatten()
                        .map(clean)
                        .collect::<Vec<_>>()
                        .join(": ");
                    rows.push((m.text("detail-field"), text));
                }
            }
            Detail::PreconditionFailure { violations } => {
                for v in violations {
                    let text = [
                        v.kind.as_deref(),
                        v.subject.as_deref(),
                        v.description.as_deref(),
                    ]
                    .into_iter()
                    .flatten()
                    .map(clean)
                    .collect::<Vec<_>>()
                    .join(" · ");
                    rows.push((m.text("detail-precondition"), text));
                }
            }
            Detail::ResourceInfo {
                resource_type,
                resource_name,
                owner,
                description,
            } => {
                let text = [
                    resource_type.as_deref(),
                    resource_name.as_deref(),
                    owner.as_deref(),
                    description.as_deref(),
                ]
                .into_iter()
                .flatten()
                .map(clean)
                .collect::<Vec<_>>()
                .join(" · ");
                rows.push((m.text("detail-resource"), text));
            }
            Detail::RequestInfo {
                request_id: Some(id),
                ..
            } => rows.push((m.text("detail-request-id"), clean(id))),
            Detail::DebugInfo {
                detail: Some(text), ..
            } => rows.push((m.text("detail-debug"), clean(text))),
            Detail::LocalizedMessage {
                locale,
                message: Some(text),
            } if e.message.as_deref() != Some(text.as_str()) => {
                let locale = locale.as_deref().unwrap_or("");
                rows.push((
                    m.text("detail-localized"),
                    format!("{}: {}", clean(locale), clean(text)),
                ));
            }
            Detail::Unknown { .. } => {
                rows.push((m.text("detail-other"), clean(d.type_name())));
            }
            _ => {}
        }
    }
    for l in &e.legacy {
        let same_as_reason = l.reason == e.reason && l.domain == e.domain;
        if same_as_reason && e.legacy.len() == 1 {
            continue;
        }
        let text = [
            l.reason.as_deref(),
            l.domain.as_deref(),
            l.message.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(clean)
        .collect::<Vec<_>>()
        .join(" · ");
        rows.push((m.text("detail-legacy"), text));
    }
    let label_width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let mut lines = Vec::new();
    for (k, v) in rows {
        let pad = label_width - k.width();
        let head = format!("  {k}{}  ", " ".repeat(pad));
        let hang = head.width();
        let body = wrap(&v, width.saturating_sub(hang).max(20));
        for (i, b) in body.iter().enumerate() {
            if i == 0 {
                lines.push(format!("{head}{b}"));
            } else {
                lines.push(format!("{}{b}", " ".repeat(hang)));
            }
        }
    }
    if e.truncated {
        lines.extend(indent(&m.text("detail-truncated"), width, 2, 2));
    }
    lines
}

fn learn_more(
    help: &[crate::model::Link],
    docs: &[diagnose::DocLink],
    m: &Messages,
) -> Vec<String> {
    let mut urls: Vec<String> = Vec::new();
    let mut lines = Vec::new();
    for l in help {
        let url = sanitize::for_terminal(&l.url).into_owned();
        if urls.contains(&url) {
            continue;
        }
        let line = match &l.description {
            Some(d) => format!("  {}", link_line(&sanitize::for_terminal(d), &url, m)),
            None => format!("  {url}"),
        };
        urls.push(url);
        lines.push(line);
    }
    for link in docs {
        if urls.iter().any(|u| u == link.url) {
            continue;
        }
        urls.push(link.url.to_owned());
        lines.push(format!("  {}", link_line(&m.text(link.label), link.url, m)));
    }
    lines
}

fn link_line(label: &str, url: &str, m: &Messages) -> String {
    m.get(
        "link-line",
        Some(&i18n::args([("label", label), ("url", url)])),
    )
}

/// Numbered steps, one per line of the Fluent text.
fn steps(text: &str, width: usize) -> Vec<String> {
    let items: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if items.len() == 1 {
        return indent(items[0], width, 2, 2);
    }
    let mut lines = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let head = format!("  {}. ", i + 1);
        let hang = head.width();
        for (j, l) in wrap(item.trim(), width.saturating_sub(hang).max(20))
            .into_iter()
            .enumerate()
        {
            if j == 0 {
                lines.push(format!("{head}{l}"));
            } else {
                lines.push(format!("{}{l}", " ".repeat(hang)));
            }
        }
    }
    lines
}

/// Wraps `text` and indents the first line by `first` columns and the rest by `rest`.
fn indent(text: &str, width: usize, first: usize, rest: usize) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.lines() {
        let avail = width.saturating_sub(first.max(rest)).max(20);
        for (i, l) in wrap(para, avail).into_iter().enumerate() {
            let n = if i == 0 { first } else { rest };
            out.push(format!("{}{l}", " ".repeat(n)));
        }
    }
    out
}

/// Closing punctuation that must not start a line in Chinese text.
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '：' | '；' | '）' | '、' | '！' | '？' | '”' | '’' | '》' | '」'
    )
}

/// Wraps by display width: Latin text breaks at spaces, CJK text between characters, and a
/// token wider than the line (a URL) is never split.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    // Tokens: (text, space before it).
    let mut tokens: Vec<(String, bool)> = Vec::new();
    let mut word = String::new();
    let mut space = false;
    for c in text.chars() {
        if c == ' ' {
            if !word.is_empty() {
                tokens.push((std::mem::take(&mut word), space));
            }
            space = true;
            continue;
        }
        let wide = c.width().unwrap_or(0) >= 2;
        if wide || no_break_before(c) {
            if no_break_before(c) {
                word.push(c);
                tokens.push((std::mem::take(&mut word), space));
            } else {
                if !word.is_empty() {
                    tokens.push((std::mem::take(&mut word), space));
                    space = false;
                }
                word.push(c);
                // A wide character is a token of its own unless closing punctuation follows.
                tokens.push((std::mem::take(&mut word), space));
            }
            space = false;
            continue;
        }
        word.push(c);
    }
    if !word.is_empty() {
        tokens.push((word, space));
    }
    // Glue closing punctuation to the token before it.
    let mut glued: Vec<(String, bool)> = Vec::new();
    for (t, sp) in tokens {
        let first = t.chars().next().unwrap_or(' ');
        if !sp
            && no_break_before(first)
            && t.chars().count() == 1
            && let Some(last) = glued.last_mut()
        {
            last.0.push_str(&t);
            continue;
        }
        glued.push((t, sp));
    }
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0;
    for (t, sp) in glued {
        let tw = t.width();
        let sep = usize::from(sp && !cur.is_empty());
        if !cur.is_empty() && cur_w + sep + tw > width {
            lines.push(std::mem::take(&mut cur));
            cur_w = 0;
        } else if sep == 1 {
            cur.push(' ');
            cur_w += 1;
        }
        cur.push_str(&t);
        cur_w += tw;
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_latin_at_spaces() {
        assert_eq!(
            wrap("one two three four", 9),
            vec!["one two", "three", "four"]
        );
        assert_eq!(
            wrap("see https://example.com/a/very/long/url ok", 10),
            vec!["see", "https://example.com/a/very/long/url", "ok"]
        );
    }

    #[test]
    fn wraps_cjk_by_width_and_keeps_punctuation_attached() {
        let lines = wrap("配额按项目计算，而不是按密钥计算。", 16);
        assert!(lines.iter().all(|l| l.width() <= 16), "{lines:?}");
        assert!(
            lines.iter().all(|l| !l.starts_with(['，', '。'])),
            "{lines:?}"
        );
        assert_eq!(lines.concat(), "配额按项目计算，而不是按密钥计算。");
        let mixed = wrap("该项目今天已用完 gemini-2.5-flash 的 20 次请求", 20);
        assert!(mixed.iter().all(|l| l.width() <= 20), "{mixed:?}");
        assert_eq!(
            mixed.join("").replace(' ', ""),
            "该项目今天已用完gemini-2.5-flash的20次请求"
        );
    }
}
