//! Picks the explanation for an error from the knowledge base, and works out how long to wait.
//!
//! The mechanics are here; the knowledge is the table in [`rules`] and the words in the Fluent
//! files. A diagnosis is pure: the same error and the same "now" give the same answer, which is
//! what `--now` relies on.

pub mod facts;
pub mod rules;
pub mod wait;

use jiff::Timestamp;

use crate::model::{ApiError, Code, QuotaViolation, QuotaWindow};
pub use rules::{Cond, DocLink, RULES, Retry, Rule};

/// How long to wait before retrying.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Wait {
    /// Retrying cannot help until the cause is fixed.
    Never,
    /// Wait this long, then retry. `from_server`: the delay is the server's own.
    For { seconds: f64, from_server: bool },
    /// A daily quota: wait until it resets.
    Until { reset: Timestamp, seconds: f64 },
    /// Retry with exponential backoff and jitter, starting at this delay.
    Backoff { initial: f64, from_server: bool },
}

/// The explanation chosen for an error.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    pub rule: &'static Rule,
    /// Can an automatic retry (after the wait) succeed?
    pub retryable: bool,
    pub wait: Wait,
    /// The quota violation that decides the advice, when there are several.
    pub binding: Option<usize>,
}

impl Diagnosis {
    pub fn id(&self) -> &'static str {
        self.rule.id
    }

    /// The Fluent id of the rule's words.
    pub fn fluent_id(&self) -> String {
        fluent_id(self.rule.id)
    }

    /// How long to wait first, in seconds; `None` when waiting does not help.
    pub fn wait_s(&self) -> Option<f64> {
        match self.wait {
            Wait::Never => None,
            Wait::For { seconds, .. } | Wait::Until { seconds, .. } => Some(seconds),
            Wait::Backoff { initial, .. } => Some(initial),
        }
    }
}

/// `quota.per-day` → `diag-quota-per-day`.
pub fn fluent_id(rule_id: &str) -> String {
    format!("diag-{}", rule_id.replace('.', "-"))
}

/// The violation that binds: a zero limit (nothing will ever pass), then a daily window (the
/// longest wait), then a per-minute one, then the first.
pub fn binding_violation(quota: &[QuotaViolation]) -> Option<usize> {
    let pick = |f: &dyn Fn(&QuotaViolation) -> bool| quota.iter().position(f);
    pick(&|q| q.limit == Some(0))
        .or_else(|| pick(&|q| q.window() == QuotaWindow::Day))
        .or_else(|| pick(&|q| q.window() == QuotaWindow::Minute))
        .or_else(|| (!quota.is_empty()).then_some(0))
}

fn is_free_tier(q: &QuotaViolation) -> bool {
    let text = format!(
        "{} {}",
        q.metric.as_deref().unwrap_or(""),
        q.quota_id.as_deref().unwrap_or("")
    )
    .to_ascii_lowercase();
    text.contains("free_tier") || text.contains("freetier")
}

fn holds(cond: &Cond, e: &ApiError, binding: Option<&QuotaViolation>) -> bool {
    match *cond {
        Cond::Code(c) => e.effective_code() == Some(c),
        Cond::Http(h) => e.effective_http() == Some(h),
        Cond::Reason(rs) => rs
            .iter()
            .any(|r| e.reason.as_deref() == Some(*r) || e.legacy_reasons().any(|x| x == *r)),
        Cond::Domain(d) => e.domain.as_deref() == Some(d),
        Cond::Product(p) => e.product == Some(p),
        Cond::Window(w) => binding.is_some_and(|q| q.window() == w),
        Cond::FreeTier => binding.is_some_and(is_free_tier),
        Cond::LimitZero => binding.is_some_and(|q| q.limit == Some(0)),
        Cond::Metric(m) => binding.is_some_and(|q| {
            q.metric.as_deref().is_some_and(|x| x.contains(m))
                || q.quota_id.as_deref().is_some_and(|x| x.contains(m))
        }),
        Cond::NoQuota => e.quota.is_empty(),
        Cond::RetryAtMost(max) => e.retry_delay.as_ref().is_some_and(|d| d.seconds <= max),
        // Case-blind, without lowering the message for each of the rules that ask.
        Cond::Message(ms) => e.message.as_deref().is_some_and(|msg| {
            ms.iter()
                .any(|m| crate::pattern::contains_folded(msg.as_bytes(), m.as_bytes()))
        }),
        Cond::Not(inner) => !holds(inner, e, binding),
        Cond::Any(conds) => conds.iter().any(|c| holds(c, e, binding)),
        Cond::NotGoogle => e.provider != crate::model::Provider::Google,
        Cond::Category(c) => e.category == Some(c),
    }
}

/// The most specific rule that matches.
pub fn rule_for(e: &ApiError) -> &'static Rule {
    let binding = binding_violation(&e.quota).map(|i| &e.quota[i]);
    RULES
        .iter()
        .find(|r| r.when.iter().all(|c| holds(c, e, binding)))
        .unwrap_or_else(|| RULES.last().expect("the table ends with a catch-all"))
}

/// Explains an error as of `now`.
pub fn diagnose(e: &ApiError, now: Timestamp) -> Diagnosis {
    let rule = rule_for(e);
    let server = e.retry_delay.as_ref().map(|d| d.seconds);
    let (retryable, wait) = match rule.retry {
        Retry::Never => (false, Wait::Never),
        Retry::ServerDelayOr(default) => (
            true,
            Wait::For {
                seconds: server.unwrap_or(default),
                from_server: server.is_some(),
            },
        ),
        Retry::Backoff(initial) => (
            true,
            Wait::Backoff {
                initial: server.unwrap_or(initial),
                from_server: server.is_some(),
            },
        ),
        Retry::ServerDelayElseNever => match server {
            Some(seconds) => (
                true,
                Wait::For {
                    seconds,
                    from_server: true,
                },
            ),
            None => (false, Wait::Never),
        },
        Retry::UntilPacificMidnight => {
            let reset = wait::next_pacific_midnight(now);
            let seconds = reset.duration_since(now).as_secs_f64().max(0.0);
            (true, Wait::Until { reset, seconds })
        }
    };
    Diagnosis {
        rule,
        retryable,
        wait,
        binding: binding_violation(&e.quota),
    }
}

/// Every rule id with the code it is about, for listings.
pub fn code_rule(code: Code) -> Option<&'static Rule> {
    RULES
        .iter()
        .find(|r| r.id.starts_with("code.") && r.when == [Cond::Code(code)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Provider;

    fn quota(id: &str, metric: &str, limit: i64) -> QuotaViolation {
        QuotaViolation {
            quota_id: Some(id.into()),
            metric: Some(metric.into()),
            limit: Some(limit),
            ..QuotaViolation::default()
        }
    }

    fn exhausted(q: Vec<QuotaViolation>) -> ApiError {
        let mut e = ApiError::new(Provider::Google);
        e.http = Some(429);
        e.status = Some(Code::ResourceExhausted);
        e.quota = q;
        e
    }

    fn now() -> Timestamp {
        "2025-12-10T04:17:00Z".parse().expect("valid")
    }

    #[test]
    fn per_day_waits_for_pacific_midnight() {
        let e = exhausted(vec![quota(
            "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
            "generativelanguage.googleapis.com/generate_content_free_tier_requests",
            20,
        )]);
        let d = diagnose(&e, now());
        assert_eq!(d.id(), "quota.free-tier.per-day");
        assert!(d.retryable);
        assert_eq!(d.wait_s(), Some(3.0 * 3600.0 + 43.0 * 60.0));
    }

    #[test]
    fn per_minute_waits_the_server_delay() {
        let mut e = exhausted(vec![quota(
            "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
            "generativelanguage.googleapis.com/generate_content_free_tier_requests",
            10,
        )]);
        e.retry_delay = Some(crate::model::RetryDelay {
            seconds: 38.0,
            raw: "38s".into(),
            source: crate::model::DelaySource::RetryInfo,
        });
        let d = diagnose(&e, now());
        assert_eq!(d.id(), "quota.free-tier.per-minute");
        assert_eq!(d.wait_s(), Some(38.0));
    }

    #[test]
    fn zero_limit_binds_and_never_waits() {
        let e = exhausted(vec![
            quota(
                "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
                "m",
                10,
            ),
            quota("GenerateRequestsPerDayPerProjectPerModel-FreeTier", "m", 0),
        ]);
        let d = diagnose(&e, now());
        assert_eq!(d.id(), "quota.limit-zero");
        assert_eq!(d.binding, Some(1));
        assert!(!d.retryable);
        assert_eq!(d.wait_s(), None);
    }

    #[test]
    fn every_code_has_a_rule() {
        for code in Code::ALL {
            let mut e = ApiError::new(Provider::Google);
            e.status = Some(code);
            assert_eq!(rule_for(&e).when, [Cond::Code(code)], "{code}");
            assert!(code_rule(code).is_some());
        }
        let mut teapot = ApiError::new(Provider::Google);
        teapot.http = Some(418);
        assert_eq!(rule_for(&teapot).id, "http.other");
    }
}

/// What `apierr explain QUERY` found.
#[derive(Clone, Debug, PartialEq)]
pub struct Lookup {
    pub rule: &'static Rule,
    /// The canonical code the query names or stands for.
    pub code: Option<Code>,
    /// The HTTP status the query names.
    pub http: Option<u16>,
    /// More specific rules about the same code, worth knowing.
    pub related: Vec<&'static Rule>,
}

/// Finds the explanation for a code, status, reason or rule id: `429`, `8`,
/// `RESOURCE_EXHAUSTED`, `ResourceExhausted`, `API_KEY_INVALID`, `rateLimitExceeded`,
/// `quota.per-day`.
pub fn lookup(query: &str) -> Option<Lookup> {
    let q = query.trim();
    if let Some(rule) = RULES.iter().find(|r| r.id == q) {
        return Some(Lookup {
            rule,
            code: None,
            http: None,
            related: Vec::new(),
        });
    }
    if let Some(rule) = RULES.iter().find(|r| {
        r.when.iter().any(|c| match c {
            Cond::Reason(rs) => rs.contains(&q),
            _ => false,
        })
    }) {
        return Some(Lookup {
            rule,
            code: None,
            http: None,
            related: Vec::new(),
        });
    }
    let (code, http) = if q.len() == 3 && q.bytes().all(|b| b.is_ascii_digit()) {
        let status: u16 = q.parse().ok()?;
        (Code::from_http(status), Some(status))
    } else if !q.is_empty() && q.len() <= 2 && q.bytes().all(|b| b.is_ascii_digit()) {
        (Code::from_number(q.parse().ok()?), None)
    } else {
        (Some(Code::from_name(q)?), None)
    };
    let rule = match code {
        Some(c) => code_rule(c)?,
        None => RULES.iter().find(|r| r.id == "http.other")?,
    };
    let related = code
        .map(|c| {
            RULES
                .iter()
                .filter(|r| r.id != rule.id && r.when.contains(&Cond::Code(c)))
                .collect()
        })
        .unwrap_or_default();
    Some(Lookup {
        rule,
        code,
        http,
        related,
    })
}

#[cfg(test)]
mod lookup_tests {
    use super::*;

    #[test]
    fn every_spelling_finds_its_rule() {
        for (q, id) in [
            ("429", "code.resource-exhausted"),
            ("8", "code.resource-exhausted"),
            ("RESOURCE_EXHAUSTED", "code.resource-exhausted"),
            ("ResourceExhausted", "code.resource-exhausted"),
            ("API_KEY_INVALID", "reason.api-key-invalid"),
            ("rateLimitExceeded", "legacy.rate-limit"),
            ("quota.per-day", "quota.per-day"),
            ("502", "code.unavailable"),
            ("418", "http.other"),
        ] {
            assert_eq!(lookup(q).map(|l| l.rule.id), Some(id), "{q}");
        }
        assert!(lookup("NOT_A_THING").is_none());
        let l = lookup("429").expect("found");
        assert_eq!((l.code, l.http), (Some(Code::ResourceExhausted), Some(429)));
        assert!(l.related.iter().any(|r| r.id == "quota.per-day"));
    }
}
