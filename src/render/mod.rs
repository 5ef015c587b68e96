//! Output formats, one module each behind [`Render`]. Renderers write bytes and decide no policy:
//! language, colour, width and "now" arrive in [`Style`], so each can be tested by rendering into
//! a `Vec<u8>`.
//!
//! Every string that came from the input is untrusted. Human-readable formats print it through
//! [`sanitize::for_terminal`]; the JSON format keeps it exact but escapes, as JSON `\u` escapes,
//! every character a terminal would act on.

pub mod github;
pub mod gitlab;
pub mod group;
pub mod human;
pub mod json;
pub mod markdown;
pub mod sarif;

use std::io::{self, Write};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::diagnose::{Diagnosis, Wait, facts};
use crate::i18n::{self, Args, Messages};
use crate::model::{ApiError, Occurrence, Product, Provider};
use crate::sanitize;

/// How to present: everything a renderer needs besides the occurrences.
#[derive(Debug)]
pub struct Style {
    pub messages: Messages,
    /// Colour escapes on or off (decided by the caller; `colored` follows its global override).
    pub color: bool,
    /// Columns to wrap human text at.
    pub width: usize,
    /// "Now", for waits and resets.
    pub now: Timestamp,
    /// The user's time zone, to show reset times in.
    pub local_tz: LocalZone,
    /// The CI workspace (`GITHUB_WORKSPACE`, `CI_PROJECT_DIR`): file locations in CI formats
    /// are relative to it.
    pub workspace: Option<std::path::PathBuf>,
}

/// The user's time zone, looked up on first use: naming the system zone walks the zoneinfo
/// directory, which cost more than explaining a whole per-minute error.
#[derive(Debug, Default)]
pub struct LocalZone(std::sync::OnceLock<TimeZone>);

impl LocalZone {
    /// The system's zone (`TZ`, else `/etc/localtime`), when first needed.
    pub fn system() -> LocalZone {
        LocalZone::default()
    }

    pub fn fixed(tz: TimeZone) -> LocalZone {
        LocalZone(tz.into())
    }

    pub fn get(&self) -> &TimeZone {
        self.0.get_or_init(TimeZone::system)
    }
}

/// A way of printing occurrences as they are found.
pub trait Render {
    /// One occurrence, with its diagnosis.
    fn occurrence(
        &mut self,
        occ: &Occurrence,
        diag: &Diagnosis,
        style: &Style,
        out: &mut dyn Write,
    ) -> io::Result<()>;

    /// The input paused: print anything held back.
    fn idle(&mut self, _style: &Style, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// All inputs are done.
    fn finish(&mut self, _style: &Style, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Explanations for people, localised and (on a terminal) coloured.
    Human,
    /// JSON Lines, one object per occurrence.
    Json,
    /// GitHub Actions workflow commands (annotations), after the full report.
    Github,
    /// A Markdown report, for a pull-request comment or a job summary.
    Markdown,
    /// A SARIF 2.1.0 log, for code scanning.
    Sarif,
    /// A GitLab Code Quality report.
    Gitlab,
}

impl Format {
    pub fn renderer(self) -> Box<dyn Render> {
        match self {
            Format::Human => Box::new(human::Human::default()),
            Format::Json => Box::new(json::Json::default()),
            Format::Github => Box::new(github::Github::default()),
            Format::Markdown => Box::new(markdown::Markdown::default()),
            Format::Sarif => Box::new(sarif::Sarif::default()),
            Format::Gitlab => Box::new(gitlab::Gitlab::default()),
        }
    }
}

/// Where an occurrence is: `stdin:7`, `app.log:12`.
pub fn location(occ: &Occurrence, messages: &Messages) -> String {
    let source = if &*occ.source == "-" {
        messages.text("source-stdin")
    } else {
        sanitize::for_terminal(&occ.source).into_owned()
    };
    format!("{source}:{}", occ.line)
}

/// Transient trouble that a retry after the wait clears (a warning in CI), as opposed to an
/// error that needs a fix (or a daily reset hours away).
pub fn transient(d: &Diagnosis) -> bool {
    d.retryable && matches!(d.wait, Wait::For { .. } | Wait::Backoff { .. })
}

/// What the text says about an error, in one line: `429 RESOURCE_EXHAUSTED · Gemini API ·
/// gemini-2.5-flash`.
pub fn headline(e: &ApiError, m: &Messages) -> String {
    let mut parts: Vec<String> = Vec::new();
    // Another provider's own code or type names the error as Google's status name does.
    let own = match e.status {
        Some(s) => Some(s.name().to_owned()),
        None if e.provider != Provider::Google => e
            .error_code
            .as_deref()
            .filter(|c| c.parse::<u16>().is_err())
            .or(e.error_type.as_deref())
            .map(|t| sanitize::for_terminal(t).into_owned()),
        None => None,
    };
    let code = match (e.http, own) {
        (Some(h), Some(s)) => format!("{h} {s}"),
        (Some(h), None) => h.to_string(),
        (None, Some(s)) => s,
        (None, None) => String::new(),
    };
    parts.push(code);
    if let Some(p) = e.product {
        parts.push(product_name(p, m));
    } else if !matches!(e.provider, Provider::Google | Provider::Unknown) {
        parts.push(e.provider.name().to_owned());
    }
    if let Some(model) = &e.model {
        parts.push(sanitize::for_terminal(model).into_owned());
    }
    if e.truncated {
        parts.push(m.text("headline-cut"));
    }
    parts.join(" · ")
}

pub fn product_name(p: Product, messages: &Messages) -> String {
    messages.text(&format!("product-{}", p.id()))
}

/// A duration for people: `14 s`, `2 min 5 s`, `3 h 43 min`, `1 d 2 h`.
pub fn duration(seconds: f64, messages: &Messages) -> String {
    let seconds = seconds.max(0.0);
    if seconds < 60.0 {
        let s = if seconds.fract() == 0.0 || seconds >= 10.0 {
            format!("{}", seconds.round() as u64)
        } else {
            let t = format!("{seconds:.1}");
            t.trim_end_matches('0').trim_end_matches('.').to_owned()
        };
        return messages.get("duration-seconds", Some(&i18n::args([("s", s)])));
    }
    let total = seconds.round() as u64;
    let (d, h, m, s) = (
        total / 86400,
        total / 3600 % 24,
        total / 60 % 60,
        total % 60,
    );
    if total < 3600 {
        if s == 0 {
            return messages.get(
                "duration-minutes-only",
                Some(&i18n::args([("m", m.to_string())])),
            );
        }
        return messages.get(
            "duration-minutes",
            Some(&i18n::args([("m", m.to_string()), ("s", s.to_string())])),
        );
    }
    if total < 86400 && m == 0 {
        return messages.get(
            "duration-hours-only",
            Some(&i18n::args([("h", (total / 3600).to_string())])),
        );
    }
    if total < 86400 {
        return messages.get(
            "duration-hours",
            Some(&i18n::args([
                ("h", (total / 3600).to_string()),
                ("m", m.to_string()),
            ])),
        );
    }
    messages.get(
        "duration-days",
        Some(&i18n::args([("d", d.to_string()), ("h", h.to_string())])),
    )
}

/// A reset moment in the user's zone: `16:00`, or with the date when it is not today there.
pub fn local_time(at: Timestamp, style: &Style) -> String {
    let tz = style.local_tz.get();
    let here = at.to_zoned_datetime(tz.clone());
    let today = style.now.to_zoned_datetime(tz.clone()).date();
    let zone = tz
        .iana_name()
        .map(str::to_owned)
        .unwrap_or_else(|| here.offset().to_string());
    let time = if here.date() == today {
        here.strftime("%H:%M").to_string()
    } else {
        here.strftime("%Y-%m-%d %H:%M").to_string()
    };
    // Zones on China Standard Time, which zh-CN calls 北京时间.
    let beijing = matches!(
        zone.as_str(),
        "Asia/Shanghai" | "Asia/Chongqing" | "Asia/Chungking" | "Asia/Harbin" | "PRC"
    );
    let kind = if beijing { "beijing" } else { "other" };
    style.messages.get(
        "local-time",
        Some(&i18n::args([
            ("time", time),
            ("zone", zone),
            ("zone_kind", kind.to_owned()),
        ])),
    )
}

/// The Fluent arguments a diagnosis's words may use, from the error's facts (sanitised, since
/// they came from the input), with placeholders for what the error does not say.
pub fn diagnosis_args(e: &ApiError, d: &Diagnosis, messages: &Messages) -> Args<'static> {
    let clean = |s: &str| sanitize::for_terminal(s).into_owned();
    let unknown = messages.text("value-unknown");
    let binding = d.binding.and_then(|i| e.quota.get(i));
    let model = binding
        .and_then(|q| q.model().map(str::to_owned))
        .or_else(|| e.model.clone())
        .map(|m| clean(&m))
        .unwrap_or_else(|| messages.text("value-unknown-model"));
    let pairs: Vec<(&'static str, String)> = vec![
        ("model", model),
        (
            "limit",
            binding
                .and_then(|q| q.limit)
                .map_or_else(|| unknown.clone(), |l| l.to_string()),
        ),
        (
            "quota_id",
            binding
                .and_then(|q| q.quota_id.as_deref().or(q.metric.as_deref()))
                .map_or_else(|| unknown.clone(), clean),
        ),
        (
            "metric",
            binding
                .and_then(|q| q.metric.as_deref())
                .map_or_else(|| unknown.clone(), clean),
        ),
        (
            "code",
            e.effective_http()
                .map_or_else(|| unknown.clone(), |c| c.to_string()),
        ),
        (
            "status",
            e.effective_code()
                .map_or_else(|| unknown.clone(), |c| c.name().to_owned()),
        ),
        (
            "reason",
            e.reason.as_deref().map_or_else(|| unknown.clone(), clean),
        ),
    ];
    let mut args = i18n::args(pairs);
    args.set(
        "provider",
        match e.provider {
            crate::model::Provider::Unknown => messages.text("provider-unknown"),
            p => p.name().to_owned(),
        },
    );
    if let Wait::For { seconds, .. } = d.wait {
        args.set("delay", duration(seconds, messages));
    }
    // Facts the words may name; each has a placeholder for when the error does not say.
    let facts = facts::facts(e);
    for name in facts::names() {
        let value = match facts.get(name) {
            Some(v) => clean(v),
            None => messages.text(&format!("value-unknown-{name}")),
        };
        args.set(name, value);
    }
    args
}

/// The Suggested wait sentence for a diagnosis.
pub fn wait_text(e: &ApiError, diag: &Diagnosis, style: &Style) -> String {
    let m = &style.messages;
    match diag.wait {
        Wait::Never => m.text("wait-never"),
        Wait::For {
            seconds,
            from_server,
        } => {
            let id = if from_server {
                "wait-server"
            } else {
                "wait-default"
            };
            m.get(id, Some(&i18n::args([("duration", duration(seconds, m))])))
        }
        Wait::Backoff {
            initial,
            from_server,
        } => {
            let id = if from_server {
                "wait-backoff-server"
            } else {
                "wait-backoff"
            };
            m.get(id, Some(&i18n::args([("duration", duration(initial, m))])))
        }
        Wait::Until { reset, seconds } => {
            let mut a = i18n::args([
                ("remaining", duration(seconds, m)),
                ("local", local_time(reset, style)),
            ]);
            match &e.retry_delay {
                Some(d) => {
                    a.set("hint", duration(d.seconds, m));
                    m.get("wait-reset-hint", Some(&a))
                }
                None => m.get("wait-reset", Some(&a)),
            }
        }
    }
}

/// When several quotas were exceeded at once: each, and the one that decides the wait.
pub fn several_violations(e: &ApiError, d: &Diagnosis, messages: &Messages) -> Option<String> {
    let clean = |s: &str| sanitize::for_terminal(s).into_owned();
    let mut items: Vec<String> = Vec::new();
    for q in e
        .quota
        .iter()
        .filter(|q| q.quota_id.is_some() || q.metric.is_some())
    {
        let id = clean(q.quota_id.as_deref().or(q.metric.as_deref()).unwrap_or(""));
        let limit = q
            .limit
            .map_or_else(|| messages.text("value-unknown"), |l| l.to_string());
        let item = messages.get(
            "quota-item",
            Some(&i18n::args([("id", id), ("limit", limit)])),
        );
        if !items.contains(&item) {
            items.push(item);
        }
    }
    if items.len() < 2 {
        return None;
    }
    let list = items
        .into_iter()
        .reduce(|a, b| messages.get("list-pair", Some(&i18n::args([("a", a), ("b", b)]))))
        .unwrap_or_default();
    let binding = d
        .binding
        .and_then(|i| e.quota.get(i))
        .and_then(|q| q.quota_id.as_deref().or(q.metric.as_deref()))
        .map(clean)
        .unwrap_or_else(|| messages.text("value-unknown"));
    Some(messages.get(
        "cause-several",
        Some(&i18n::args([("list", list), ("binding", binding)])),
    ))
}

/// Writes one JSON line through a formatter that closes the gaps JSON leaves for terminals.
/// The line is built in memory first, so a closed pipe surfaces as the `io::Error` it is.
pub(crate) fn write_json_line(value: &serde_json::Value, out: &mut dyn Write) -> io::Result<()> {
    let mut buf = json::to_bytes(value)?;
    buf.push(b'\n');
    out.write_all(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn durations_in_both_languages() {
        let en = Messages::new(Lang::En);
        let zh = Messages::new(Lang::Zh);
        assert_eq!(duration(14.0, &en), "14 s");
        assert_eq!(duration(0.5, &en), "0.5 s");
        assert_eq!(duration(125.0, &en), "2 min 5 s");
        assert_eq!(duration(120.0, &en), "2 min");
        assert_eq!(duration(13380.0, &en), "3 h 43 min");
        assert_eq!(duration(13380.0, &zh), "3 小时 43 分钟");
        assert_eq!(duration(14.0, &zh), "14 秒");
        assert_eq!(duration(90000.0, &en), "1 d 1 h");
        assert_eq!(duration(75600.0, &en), "21 h");
        assert_eq!(duration(75600.0, &zh), "21 小时");
    }
}
