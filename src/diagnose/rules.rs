//! The knowledge base: which error is which, as data.
//!
//! Each rule names the conditions an error must meet, how retrying works for it, and links to
//! the docs. Its words live in the Fluent files under `diag-<id with dots as dashes>`, with the
//! attributes `.cause`, `.fix-now`, `.fix-for-good` and `.prevention`. Rules are listed most
//! specific first; the first that matches wins, and the canonical codes at the end catch
//! everything else. Adding a case means adding a row here and its words there.
//!
//! Sources: google.rpc `code.proto` and AIP-193/194 for the codes; the Gemini API rate-limits
//! page (<https://ai.google.dev/gemini-api/docs/rate-limits>: "Requests per day (RPD) quotas reset
//! at midnight Pacific time", limits apply per project, not per API key) for the quota rules.

use crate::model::{Code, QuotaWindow};

/// A condition on an error; a rule matches when all of its conditions hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// The canonical code, stated or inferred from the HTTP status.
    Code(Code),
    /// The HTTP status, stated or implied by the canonical code.
    Http(u16),
    /// ErrorInfo reason, or a legacy `errors[].reason`.
    Reason(&'static str),
    /// The window of the binding quota violation.
    Window(QuotaWindow),
    /// The binding violation counts free-tier usage.
    FreeTier,
    /// The binding violation's limit is 0: nothing is allowed in this tier.
    LimitZero,
    /// The message contains this text (ASCII case-insensitive).
    Message(&'static str),
}

/// How retrying works for an error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Retry {
    /// Retrying the same request cannot succeed until something is fixed.
    Never,
    /// Wait the server's retry delay, or this many seconds when it gave none, then retry.
    ServerDelayOr(f64),
    /// Wait for the next midnight in Pacific time (daily quotas), then retry.
    UntilPacificMidnight,
    /// Retry with exponential backoff and jitter from this many seconds (or the server's delay).
    Backoff(f64),
}

/// A documentation link the knowledge base adds to an explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocLink {
    /// Fluent id of the link's description.
    pub label: &'static str,
    pub url: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// Stable id, shown in JSON (`diagnosis.id`) and used to find the words.
    pub id: &'static str,
    pub when: &'static [Cond],
    pub retry: Retry,
    pub links: &'static [DocLink],
}

const RATE_LIMITS: DocLink = DocLink {
    label: "link-gemini-rate-limits",
    url: "https://ai.google.dev/gemini-api/docs/rate-limits",
};
const USAGE: DocLink = DocLink {
    label: "link-ai-studio-usage",
    url: "https://ai.dev/usage?tab=rate-limit",
};
const BILLING: DocLink = DocLink {
    label: "link-gemini-billing",
    url: "https://ai.google.dev/gemini-api/docs/billing",
};
const TROUBLESHOOTING: DocLink = DocLink {
    label: "link-gemini-troubleshooting",
    url: "https://ai.google.dev/gemini-api/docs/troubleshooting",
};
const CLOUD_QUOTAS: DocLink = DocLink {
    label: "link-cloud-quotas",
    url: "https://cloud.google.com/docs/quotas/view-manage",
};
const API_ERRORS: DocLink = DocLink {
    label: "link-cloud-api-errors",
    url: "https://cloud.google.com/apis/design/errors",
};
const RETRY_STRATEGY: DocLink = DocLink {
    label: "link-retry-strategy",
    url: "https://cloud.google.com/storage/docs/retry-strategy",
};

use Cond::{Code as C, FreeTier, LimitZero, Window};

/// Every rule, most specific first.
pub static RULES: &[Rule] = &[
    // A quota of 0: this model has no quota in this tier. Waiting never helps.
    Rule {
        id: "quota.limit-zero",
        when: &[C(Code::ResourceExhausted), LimitZero],
        retry: Retry::Never,
        links: &[RATE_LIMITS, BILLING],
    },
    // Per-day quotas: the retry delay the server sends is seconds; the quota returns at midnight
    // Pacific time.
    Rule {
        id: "quota.free-tier.per-day",
        when: &[
            C(Code::ResourceExhausted),
            Window(QuotaWindow::Day),
            FreeTier,
        ],
        retry: Retry::UntilPacificMidnight,
        links: &[RATE_LIMITS, USAGE, BILLING],
    },
    Rule {
        id: "quota.per-day",
        when: &[C(Code::ResourceExhausted), Window(QuotaWindow::Day)],
        retry: Retry::UntilPacificMidnight,
        links: &[RATE_LIMITS, CLOUD_QUOTAS],
    },
    // Per-minute quotas: the server's delay is right.
    Rule {
        id: "quota.free-tier.per-minute",
        when: &[
            C(Code::ResourceExhausted),
            Window(QuotaWindow::Minute),
            FreeTier,
        ],
        retry: Retry::ServerDelayOr(60.0),
        links: &[RATE_LIMITS, USAGE],
    },
    Rule {
        id: "quota.per-minute",
        when: &[C(Code::ResourceExhausted), Window(QuotaWindow::Minute)],
        retry: Retry::ServerDelayOr(60.0),
        links: &[RATE_LIMITS, CLOUD_QUOTAS],
    },
    // The canonical codes (google/rpc/code.proto), for everything more specific rules miss.
    Rule {
        id: "code.cancelled",
        when: &[C(Code::Cancelled)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.unknown",
        when: &[C(Code::Unknown)],
        retry: Retry::Backoff(1.0),
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.invalid-argument",
        when: &[C(Code::InvalidArgument)],
        retry: Retry::Never,
        links: &[TROUBLESHOOTING, API_ERRORS],
    },
    Rule {
        id: "code.deadline-exceeded",
        when: &[C(Code::DeadlineExceeded)],
        retry: Retry::Never,
        links: &[TROUBLESHOOTING, API_ERRORS],
    },
    Rule {
        id: "code.not-found",
        when: &[C(Code::NotFound)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.already-exists",
        when: &[C(Code::AlreadyExists)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.permission-denied",
        when: &[C(Code::PermissionDenied)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.resource-exhausted",
        when: &[C(Code::ResourceExhausted)],
        retry: Retry::ServerDelayOr(30.0),
        links: &[RATE_LIMITS, CLOUD_QUOTAS],
    },
    Rule {
        id: "code.failed-precondition",
        when: &[C(Code::FailedPrecondition)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.aborted",
        when: &[C(Code::Aborted)],
        retry: Retry::Backoff(1.0),
        links: &[RETRY_STRATEGY],
    },
    Rule {
        id: "code.out-of-range",
        when: &[C(Code::OutOfRange)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.unimplemented",
        when: &[C(Code::Unimplemented)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.internal",
        when: &[C(Code::Internal)],
        retry: Retry::Backoff(1.0),
        links: &[TROUBLESHOOTING, RETRY_STRATEGY],
    },
    Rule {
        id: "code.unavailable",
        when: &[C(Code::Unavailable)],
        retry: Retry::Backoff(1.0),
        links: &[TROUBLESHOOTING, RETRY_STRATEGY],
    },
    Rule {
        id: "code.data-loss",
        when: &[C(Code::DataLoss)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.unauthenticated",
        when: &[C(Code::Unauthenticated)],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
    Rule {
        id: "code.ok",
        when: &[C(Code::Ok)],
        retry: Retry::Never,
        links: &[],
    },
    // An HTTP status no canonical code stands for (418, 451…).
    Rule {
        id: "http.other",
        when: &[],
        retry: Retry::Never,
        links: &[API_ERRORS],
    },
];
