//! The knowledge base: which error is which, as data.
//!
//! Each rule names the conditions an error must meet, how retrying works for it, and links to
//! the docs. Its words live in the Fluent files under `diag-<id with dots as dashes>`, with the
//! attributes `.cause`, `.fix-now`, `.fix-for-good` and `.prevention`. Rules are listed most
//! specific first; the first that matches wins, and the canonical codes at the end catch
//! everything else. Adding a case means adding a row here and its words there.
//!
//! Sources: google.rpc `code.proto`, `google/api/error_reason.proto` and AIP-193/194 for the
//! codes and reasons; the Gemini API rate-limits, troubleshooting and api-errors pages
//! (<https://ai.google.dev/gemini-api/docs/rate-limits>: "Requests per day (RPD) quotas reset
//! at midnight Pacific time", limits apply per project, not per API key); the Vertex AI 429 and
//! dynamic shared quota pages; gemini-cli's `googleQuotaErrors.ts` for the Code Assist reasons;
//! the YouTube Data API's core errors page for the legacy reasons. Each rule links its page.

use crate::model::{Category, Code, Product, QuotaWindow};

/// A condition on an error; a rule matches when all of its conditions hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cond {
    /// The canonical code, stated or inferred from the HTTP status.
    Code(Code),
    /// The HTTP status, stated or implied by the canonical code.
    Http(u16),
    /// ErrorInfo reason, or a legacy `errors[].reason`, is one of these.
    Reason(&'static [&'static str]),
    /// ErrorInfo domain.
    Domain(&'static str),
    /// The product the evidence names.
    Product(Product),
    /// The window of the binding quota violation.
    Window(QuotaWindow),
    /// The binding violation counts free-tier usage.
    FreeTier,
    /// The binding violation's limit is 0: nothing is allowed in this tier.
    LimitZero,
    /// The binding violation's metric or quota id contains this text.
    Metric(&'static str),
    /// No quota violation is named anywhere.
    NoQuota,
    /// The server's retry delay is given and at most this many seconds.
    RetryAtMost(f64),
    /// The message contains one of these (ASCII case-insensitive).
    Message(&'static [&'static str]),
    /// The condition does not hold.
    Not(&'static Cond),
    /// At least one of these holds.
    Any(&'static [Cond]),
    /// Served by a provider other than Google.
    NotGoogle,
    /// The kind of failure, across providers.
    Category(Category),
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
    /// Wait the server's delay when it gives one (a quota reset it announces); without one,
    /// retrying does not help.
    ServerDelayElseNever,
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

macro_rules! links {
    ($($name:ident = $label:literal, $url:literal;)*) => {
        $(const $name: DocLink = DocLink { label: $label, url: $url };)*
        /// Every link the knowledge base may add, for the locale tests.
        pub static ALL_LINKS: &[DocLink] = &[$($name),*];
    };
}

links! {
    RATE_LIMITS = "link-gemini-rate-limits", "https://ai.google.dev/gemini-api/docs/rate-limits";
    USAGE = "link-ai-studio-usage", "https://ai.dev/usage?tab=rate-limit";
    BILLING = "link-gemini-billing", "https://ai.google.dev/gemini-api/docs/billing";
    TROUBLESHOOTING = "link-gemini-troubleshooting", "https://ai.google.dev/gemini-api/docs/troubleshooting";
    API_KEY = "link-gemini-api-key", "https://ai.google.dev/gemini-api/docs/api-key";
    REGIONS = "link-gemini-regions", "https://ai.google.dev/gemini-api/docs/available-regions";
    MODELS = "link-gemini-models", "https://ai.google.dev/gemini-api/docs/models";
    TOKENS = "link-gemini-tokens", "https://ai.google.dev/gemini-api/docs/tokens";
    FILES = "link-gemini-files", "https://ai.google.dev/gemini-api/docs/files";
    TUNING = "link-gemini-oauth", "https://ai.google.dev/gemini-api/docs/oauth";
    VERTEX_429 = "link-vertex-429", "https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429";
    VERTEX_QUOTAS = "link-vertex-quotas", "https://cloud.google.com/vertex-ai/generative-ai/docs/quotas";
    VERTEX_DSQ = "link-vertex-dsq", "https://cloud.google.com/vertex-ai/generative-ai/docs/dynamic-shared-quota";
    VERTEX_PT = "link-vertex-pt", "https://cloud.google.com/vertex-ai/generative-ai/docs/provisioned-throughput";
    CLOUD_QUOTAS = "link-cloud-quotas", "https://cloud.google.com/docs/quotas/view-manage";
    ENABLE_API = "link-enable-api", "https://cloud.google.com/service-usage/docs/enable-disable";
    CLOUD_BILLING = "link-cloud-billing", "https://cloud.google.com/billing/docs/how-to/modify-project";
    API_KEYS = "link-api-keys", "https://cloud.google.com/docs/authentication/api-keys";
    ADC = "link-adc", "https://cloud.google.com/docs/authentication/application-default-credentials";
    SCOPES = "link-oauth-scopes", "https://developers.google.com/identity/protocols/oauth2/scopes";
    IAM = "link-iam-troubleshooting", "https://cloud.google.com/iam/docs/troubleshooting-access";
    VPC_SC = "link-vpc-sc", "https://cloud.google.com/vpc-service-controls/docs/troubleshooting";
    ORG_POLICY = "link-org-policy", "https://cloud.google.com/resource-manager/docs/organization-policy/overview";
    SUSPENSION = "link-suspension", "https://cloud.google.com/resource-manager/docs/project-suspension-guidelines";
    API_ERRORS = "link-cloud-api-errors", "https://cloud.google.com/apis/design/errors";
    RETRY_STRATEGY = "link-retry-strategy", "https://cloud.google.com/storage/docs/retry-strategy";
    LEGACY_ERRORS = "link-legacy-errors", "https://developers.google.com/youtube/v3/docs/core_errors";
    CODE_ASSIST_QUOTA = "link-code-assist-quota", "https://developers.google.com/gemini-code-assist/resources/quotas";
}

use Cond::{
    Any, Code as C, Domain, FreeTier, LimitZero, Message, Metric, NoQuota, Not, Product as P,
    Reason, RetryAtMost, Window,
};

const RE: Cond = C(Code::ResourceExhausted);
const CODE_ASSIST: Cond = Domain("cloudcode-pa.googleapis.com");

/// A rule for one `google.api.ErrorReason`; its words are `diag-reason-<kebab-case>`.
macro_rules! reason {
    ($id:literal, $reason:literal, $retry:expr, [$($link:expr),*]) => {
        Rule { id: $id, when: &[Reason(&[$reason])], retry: $retry, links: &[$($link),*] }
    };
}

/// A rule for another provider's kind of failure; its words are `diag-provider-<kind>` and name
/// the provider (`$provider`).
macro_rules! provider {
    ($id:literal, $category:expr, $retry:expr) => {
        Rule {
            id: $id,
            when: &[Cond::NotGoogle, Cond::Category($category)],
            retry: $retry,
            links: &[],
        }
    };
}

/// Every rule, most specific first.
pub static RULES: &[Rule] = &[
    // Other providers (OpenAI, Azure OpenAI, Anthropic, Amazon Bedrock, Mistral, …), by the kind
    // of failure; sources in `providers.rs`.
    provider!(
        "provider.rate-limit",
        Category::RateLimit,
        Retry::Backoff(1.0)
    ),
    provider!(
        "provider.quota-exhausted",
        Category::QuotaExhausted,
        Retry::Never
    ),
    provider!("provider.billing", Category::Billing, Retry::Never),
    provider!(
        "provider.request-too-large",
        Category::RequestTooLarge,
        Retry::Never
    ),
    provider!(
        "provider.context-length",
        Category::ContextLength,
        Retry::Never
    ),
    provider!(
        "provider.content-policy",
        Category::ContentPolicy,
        Retry::Never
    ),
    provider!("provider.auth", Category::Auth, Retry::Never),
    provider!("provider.permission", Category::Permission, Retry::Never),
    provider!("provider.not-found", Category::NotFound, Retry::Never),
    provider!(
        "provider.region-blocked",
        Category::RegionBlocked,
        Retry::Never
    ),
    provider!(
        "provider.overloaded",
        Category::Overloaded,
        Retry::Backoff(2.0)
    ),
    provider!("provider.server", Category::Server, Retry::Backoff(1.0)),
    provider!("provider.timeout", Category::Timeout, Retry::Backoff(1.0)),
    provider!(
        "provider.invalid-request",
        Category::InvalidRequest,
        Retry::Never
    ),
    // Gemini CLI and Code Assist ("Login with Google"), domain cloudcode-pa.googleapis.com.
    Rule {
        id: "codeassist.validation-required",
        when: &[Reason(&["VALIDATION_REQUIRED"])],
        retry: Retry::Never,
        links: &[CODE_ASSIST_QUOTA],
    },
    Rule {
        id: "codeassist.model-capacity",
        when: &[Reason(&[
            "MODEL_CAPACITY_EXHAUSTED",
            "MODEL_CAPACITY_EXCEEDED",
        ])],
        retry: Retry::ServerDelayOr(30.0),
        links: &[CODE_ASSIST_QUOTA, MODELS],
    },
    Rule {
        id: "codeassist.g1-credits",
        when: &[Reason(&["INSUFFICIENT_G1_CREDITS_BALANCE"])],
        retry: Retry::Never,
        links: &[CODE_ASSIST_QUOTA],
    },
    Rule {
        id: "codeassist.quota-exhausted",
        when: &[Reason(&["QUOTA_EXHAUSTED"])],
        retry: Retry::ServerDelayElseNever,
        links: &[CODE_ASSIST_QUOTA],
    },
    Rule {
        id: "codeassist.rate-limit",
        when: &[
            CODE_ASSIST,
            Reason(&["RATE_LIMIT_EXCEEDED"]),
            RetryAtMost(300.0),
        ],
        retry: Retry::ServerDelayOr(60.0),
        links: &[CODE_ASSIST_QUOTA],
    },
    Rule {
        id: "codeassist.rate-limit-long",
        when: &[CODE_ASSIST, Reason(&["RATE_LIMIT_EXCEEDED"])],
        retry: Retry::ServerDelayElseNever,
        links: &[CODE_ASSIST_QUOTA],
    },
    // Gemini API cases the message names.
    Rule {
        id: "gemini.api-key-leaked",
        when: &[Message(&["reported as leaked"])],
        retry: Retry::Never,
        links: &[API_KEY],
    },
    Rule {
        id: "gemini.api-key-expired",
        when: &[Message(&["API key expired"])],
        retry: Retry::Never,
        links: &[API_KEY],
    },
    Rule {
        id: "gemini.location-not-supported",
        when: &[Message(&["User location is not supported"])],
        retry: Retry::Never,
        links: &[REGIONS, BILLING],
    },
    Rule {
        id: "gemini.free-tier-country",
        when: &[Message(&["free tier is not available in your country"])],
        retry: Retry::Never,
        links: &[REGIONS, BILLING],
    },
    Rule {
        id: "gemini.model-not-found",
        when: &[Message(&[
            "is not found for API version",
            "is not supported for generateContent",
        ])],
        retry: Retry::Never,
        links: &[MODELS],
    },
    Rule {
        id: "gemini.tuned-model-permission",
        when: &[C(Code::PermissionDenied), Message(&["tunedModels/"])],
        retry: Retry::Never,
        links: &[TUNING],
    },
    Rule {
        id: "gemini.input-too-long",
        when: &[Message(&["exceeds the maximum number of tokens allowed"])],
        retry: Retry::Never,
        links: &[TOKENS],
    },
    Rule {
        id: "request.too-large",
        when: &[Any(&[
            Cond::Http(413),
            Message(&["payload size exceeds the limit", "Request Entity Too Large"]),
        ])],
        retry: Retry::Never,
        links: &[FILES],
    },
    Rule {
        id: "gemini.prepay-depleted",
        when: &[Message(&["prepayment credits are depleted", "prepay"])],
        retry: Retry::Never,
        links: &[BILLING],
    },
    // Quotas: the binding violation's window decides the advice (rate-limits page: limits are
    // per project and per model; "Requests per day (RPD) quotas reset at midnight Pacific
    // time").
    Rule {
        id: "quota.limit-zero",
        when: &[RE, LimitZero],
        retry: Retry::Never,
        links: &[RATE_LIMITS, BILLING],
    },
    Rule {
        id: "quota.free-tier.per-day",
        when: &[RE, Window(QuotaWindow::Day), FreeTier],
        retry: Retry::UntilPacificMidnight,
        links: &[RATE_LIMITS, USAGE, BILLING],
    },
    Rule {
        id: "quota.free-tier.input-tokens",
        when: &[
            RE,
            Window(QuotaWindow::Minute),
            FreeTier,
            Metric("input_token"),
        ],
        retry: Retry::ServerDelayOr(60.0),
        links: &[RATE_LIMITS, TOKENS, USAGE],
    },
    Rule {
        id: "quota.free-tier.per-minute",
        when: &[RE, Window(QuotaWindow::Minute), FreeTier],
        retry: Retry::ServerDelayOr(60.0),
        links: &[RATE_LIMITS, USAGE],
    },
    Rule {
        id: "quota.input-tokens",
        when: &[
            RE,
            Window(QuotaWindow::Minute),
            Any(&[Metric("input_token"), Metric("InputTokens")]),
        ],
        retry: Retry::ServerDelayOr(60.0),
        links: &[RATE_LIMITS, TOKENS],
    },
    Rule {
        id: "vertex.quota.per-minute",
        when: &[RE, P(Product::VertexAi), Window(QuotaWindow::Minute)],
        retry: Retry::ServerDelayOr(60.0),
        links: &[VERTEX_QUOTAS, VERTEX_DSQ, CLOUD_QUOTAS],
    },
    Rule {
        id: "quota.per-day",
        when: &[RE, Window(QuotaWindow::Day)],
        retry: Retry::UntilPacificMidnight,
        links: &[RATE_LIMITS, CLOUD_QUOTAS],
    },
    Rule {
        id: "quota.per-minute",
        when: &[RE, Window(QuotaWindow::Minute)],
        retry: Retry::ServerDelayOr(60.0),
        links: &[CLOUD_QUOTAS, RATE_LIMITS],
    },
    // 429s that name no quota: shared capacity, not the project's own limit.
    Rule {
        id: "vertex.provisioned-throughput",
        when: &[RE, Message(&["Provisioned Throughput"])],
        retry: Retry::Backoff(1.0),
        links: &[VERTEX_PT, VERTEX_429],
    },
    Rule {
        id: "vertex.capacity",
        when: &[
            RE,
            NoQuota,
            Not(&Reason(&["RATE_LIMIT_EXCEEDED", "RESOURCE_QUOTA_EXCEEDED"])),
            Any(&[
                P(Product::VertexAi),
                Message(&["temporarily out of capacity"]),
            ]),
        ],
        retry: Retry::Backoff(1.0),
        links: &[VERTEX_429, VERTEX_DSQ, VERTEX_PT],
    },
    Rule {
        id: "gemini.no-details",
        when: &[
            RE,
            NoQuota,
            Not(&Reason(&["RATE_LIMIT_EXCEEDED", "RESOURCE_QUOTA_EXCEEDED"])),
            Any(&[
                P(Product::GeminiApi),
                Message(&["Resource has been exhausted (e.g. check quota)"]),
            ]),
        ],
        retry: Retry::Backoff(5.0),
        links: &[RATE_LIMITS, USAGE, BILLING],
    },
    // google.api.ErrorReason (google/api/error_reason.proto), domain googleapis.com.
    reason!(
        "reason.service-disabled",
        "SERVICE_DISABLED",
        Retry::Never,
        [ENABLE_API]
    ),
    reason!(
        "reason.billing-disabled",
        "BILLING_DISABLED",
        Retry::Never,
        [CLOUD_BILLING, BILLING]
    ),
    reason!(
        "reason.api-key-invalid",
        "API_KEY_INVALID",
        Retry::Never,
        [API_KEY, API_KEYS]
    ),
    reason!(
        "reason.api-key-service-blocked",
        "API_KEY_SERVICE_BLOCKED",
        Retry::Never,
        [API_KEYS]
    ),
    reason!(
        "reason.api-key-http-referrer-blocked",
        "API_KEY_HTTP_REFERRER_BLOCKED",
        Retry::Never,
        [API_KEYS]
    ),
    reason!(
        "reason.api-key-ip-address-blocked",
        "API_KEY_IP_ADDRESS_BLOCKED",
        Retry::Never,
        [API_KEYS]
    ),
    reason!(
        "reason.api-key-android-app-blocked",
        "API_KEY_ANDROID_APP_BLOCKED",
        Retry::Never,
        [API_KEYS]
    ),
    reason!(
        "reason.api-key-ios-app-blocked",
        "API_KEY_IOS_APP_BLOCKED",
        Retry::Never,
        [API_KEYS]
    ),
    reason!(
        "reason.rate-limit-exceeded",
        "RATE_LIMIT_EXCEEDED",
        Retry::ServerDelayOr(60.0),
        [CLOUD_QUOTAS, RETRY_STRATEGY]
    ),
    reason!(
        "reason.resource-quota-exceeded",
        "RESOURCE_QUOTA_EXCEEDED",
        Retry::Never,
        [CLOUD_QUOTAS]
    ),
    reason!(
        "reason.location-tax-policy-violated",
        "LOCATION_TAX_POLICY_VIOLATED",
        Retry::Never,
        [CLOUD_BILLING]
    ),
    reason!(
        "reason.user-project-denied",
        "USER_PROJECT_DENIED",
        Retry::Never,
        [IAM]
    ),
    reason!(
        "reason.consumer-suspended",
        "CONSUMER_SUSPENDED",
        Retry::Never,
        [SUSPENSION]
    ),
    reason!(
        "reason.consumer-invalid",
        "CONSUMER_INVALID",
        Retry::Never,
        [API_ERRORS]
    ),
    reason!(
        "reason.security-policy-violated",
        "SECURITY_POLICY_VIOLATED",
        Retry::Never,
        [VPC_SC]
    ),
    reason!(
        "reason.access-token-expired",
        "ACCESS_TOKEN_EXPIRED",
        Retry::Never,
        [ADC]
    ),
    reason!(
        "reason.access-token-scope-insufficient",
        "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
        Retry::Never,
        [SCOPES, ADC]
    ),
    reason!(
        "reason.account-state-invalid",
        "ACCOUNT_STATE_INVALID",
        Retry::Never,
        [ADC]
    ),
    reason!(
        "reason.access-token-type-unsupported",
        "ACCESS_TOKEN_TYPE_UNSUPPORTED",
        Retry::Never,
        [ADC]
    ),
    reason!(
        "reason.credentials-missing",
        "CREDENTIALS_MISSING",
        Retry::Never,
        [ADC, API_KEY]
    ),
    reason!(
        "reason.resource-project-invalid",
        "RESOURCE_PROJECT_INVALID",
        Retry::Never,
        [API_ERRORS]
    ),
    reason!(
        "reason.session-cookie-invalid",
        "SESSION_COOKIE_INVALID",
        Retry::Never,
        [ADC]
    ),
    reason!(
        "reason.user-blocked-by-admin",
        "USER_BLOCKED_BY_ADMIN",
        Retry::Never,
        [IAM]
    ),
    reason!(
        "reason.resource-usage-restriction-violated",
        "RESOURCE_USAGE_RESTRICTION_VIOLATED",
        Retry::Never,
        [ORG_POLICY]
    ),
    reason!(
        "reason.system-parameter-unsupported",
        "SYSTEM_PARAMETER_UNSUPPORTED",
        Retry::Never,
        [API_ERRORS]
    ),
    reason!(
        "reason.org-restriction-violation",
        "ORG_RESTRICTION_VIOLATION",
        Retry::Never,
        [ORG_POLICY]
    ),
    reason!(
        "reason.org-restriction-header-invalid",
        "ORG_RESTRICTION_HEADER_INVALID",
        Retry::Never,
        [ORG_POLICY]
    ),
    reason!(
        "reason.service-not-visible",
        "SERVICE_NOT_VISIBLE",
        Retry::Never,
        [ENABLE_API]
    ),
    reason!(
        "reason.gcp-suspended",
        "GCP_SUSPENDED",
        Retry::Never,
        [SUSPENSION]
    ),
    reason!(
        "reason.location-policy-violated",
        "LOCATION_POLICY_VIOLATED",
        Retry::Never,
        [ORG_POLICY]
    ),
    reason!(
        "reason.missing-origin",
        "MISSING_ORIGIN",
        Retry::Never,
        [API_KEYS]
    ),
    reason!(
        "reason.overloaded-credentials",
        "OVERLOADED_CREDENTIALS",
        Retry::Never,
        [API_KEY, ADC]
    ),
    reason!(
        "reason.location-org-policy-violated",
        "LOCATION_ORG_POLICY_VIOLATED",
        Retry::Never,
        [ORG_POLICY]
    ),
    reason!(
        "reason.tls-org-policy-violated",
        "TLS_ORG_POLICY_VIOLATED",
        Retry::Never,
        [ORG_POLICY]
    ),
    reason!(
        "reason.emulator-quota-exceeded",
        "EMULATOR_QUOTA_EXCEEDED",
        Retry::ServerDelayOr(60.0),
        [CLOUD_QUOTAS]
    ),
    reason!(
        "reason.credential-android-app-invalid",
        "CREDENTIAL_ANDROID_APP_INVALID",
        Retry::Never,
        [API_KEYS]
    ),
    reason!(
        "reason.iam-permission-denied",
        "IAM_PERMISSION_DENIED",
        Retry::Never,
        [IAM]
    ),
    reason!(
        "reason.jwt-token-invalid",
        "JWT_TOKEN_INVALID",
        Retry::Never,
        [ADC]
    ),
    reason!(
        "reason.credential-type-unsupported",
        "CREDENTIAL_TYPE_UNSUPPORTED",
        Retry::Never,
        [API_KEY, ADC]
    ),
    reason!(
        "reason.account-type-unsupported",
        "ACCOUNT_TYPE_UNSUPPORTED",
        Retry::Never,
        [ADC]
    ),
    reason!(
        "reason.endpoint-usage-restriction-violated",
        "ENDPOINT_USAGE_RESTRICTION_VIOLATED",
        Retry::Never,
        [ORG_POLICY]
    ),
    reason!(
        "reason.tls-cipher-restriction-violated",
        "TLS_CIPHER_RESTRICTION_VIOLATED",
        Retry::Never,
        [ORG_POLICY]
    ),
    reason!(
        "reason.mcp-server-disabled",
        "MCP_SERVER_DISABLED",
        Retry::Never,
        [ENABLE_API]
    ),
    // Legacy `errors[].reason` of pre-AIP-193 APIs (YouTube, Drive, Sheets, Gmail, old Cloud APIs).
    Rule {
        id: "legacy.unregistered",
        when: &[Reason(&[
            "dailyLimitExceededUnreg",
            "rateLimitExceededUnreg",
            "userRateLimitExceededUnreg",
        ])],
        retry: Retry::Never,
        links: &[API_KEYS, LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.rate-limit",
        when: &[Reason(&[
            "rateLimitExceeded",
            "userRateLimitExceeded",
            "concurrentLimitExceeded",
            "servingLimitExceeded",
            "limitExceeded",
        ])],
        retry: Retry::Backoff(1.0),
        links: &[LEGACY_ERRORS, RETRY_STRATEGY],
    },
    Rule {
        id: "legacy.daily-limit",
        when: &[Reason(&["dailyLimitExceeded", "quotaExceeded"])],
        retry: Retry::UntilPacificMidnight,
        links: &[LEGACY_ERRORS, CLOUD_QUOTAS],
    },
    Rule {
        id: "legacy.payment-required",
        when: &[Reason(&[
            "dailyLimitExceeded402",
            "quotaExceeded402",
            "user402",
        ])],
        retry: Retry::Never,
        links: &[CLOUD_BILLING, LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.access-not-configured",
        when: &[Reason(&["accessNotConfigured"])],
        retry: Retry::Never,
        links: &[ENABLE_API],
    },
    Rule {
        id: "legacy.key-invalid",
        when: &[Reason(&["keyInvalid", "keyExpired"])],
        retry: Retry::Never,
        links: &[API_KEYS],
    },
    Rule {
        id: "legacy.forbidden",
        when: &[Reason(&["forbidden", "insufficientPermissions"])],
        retry: Retry::Never,
        links: &[IAM, LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.auth",
        when: &[
            Reason(&["authError", "expired", "unauthorized", "required"]),
            Cond::Http(401),
        ],
        retry: Retry::Never,
        links: &[ADC, LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.invalid",
        when: &[Reason(&[
            "badRequest",
            "invalid",
            "invalidParameter",
            "invalidQuery",
            "parseError",
            "required",
            "badContent",
            "unknownApi",
            "invalidAltValue",
            "wrongUrlForUpload",
            "tooManyParts",
        ])],
        retry: Retry::Never,
        links: &[LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.not-found",
        when: &[Reason(&["notFound", "deleted"])],
        retry: Retry::Never,
        links: &[LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.conflict",
        when: &[Reason(&[
            "conflict",
            "duplicate",
            "conditionNotMet",
            "preconditionRequired",
        ])],
        retry: Retry::Never,
        links: &[LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.too-large",
        when: &[Reason(&[
            "uploadTooLarge",
            "batchSizeTooLarge",
            "backendRequestTooLarge",
            "responseTooLarge",
        ])],
        retry: Retry::Never,
        links: &[LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.backend",
        when: &[Reason(&[
            "backendError",
            "backendNotConnected",
            "notReady",
            "internalError",
        ])],
        retry: Retry::Backoff(1.0),
        links: &[LEGACY_ERRORS, RETRY_STRATEGY],
    },
    Rule {
        id: "legacy.account",
        when: &[Reason(&[
            "accountDeleted",
            "accountDisabled",
            "accountUnverified",
        ])],
        retry: Retry::Never,
        links: &[LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.ssl-required",
        when: &[Reason(&["sslRequired"])],
        retry: Retry::Never,
        links: &[LEGACY_ERRORS],
    },
    Rule {
        id: "legacy.not-implemented",
        when: &[Reason(&["notImplemented", "httpMethodNotAllowed"])],
        retry: Retry::Never,
        links: &[LEGACY_ERRORS],
    },
    // Server-side trouble the message names.
    Rule {
        id: "gemini.overloaded",
        when: &[C(Code::Unavailable), Message(&["overloaded"])],
        retry: Retry::Backoff(1.0),
        links: &[TROUBLESHOOTING, RETRY_STRATEGY],
    },
    Rule {
        id: "gemini.internal",
        when: &[C(Code::Internal), P(Product::GeminiApi)],
        retry: Retry::Backoff(1.0),
        links: &[TROUBLESHOOTING],
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
        links: &[IAM, API_ERRORS],
    },
    Rule {
        id: "code.resource-exhausted",
        when: &[RE],
        retry: Retry::ServerDelayOr(30.0),
        links: &[CLOUD_QUOTAS, RETRY_STRATEGY],
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
        links: &[ADC, API_ERRORS],
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
