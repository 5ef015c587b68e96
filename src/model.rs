//! The one error model that every input form is normalised into.
//!
//! A Gemini 429 reaches a log as JSON, as a Python repr, as protobuf text format or as one line of
//! a Go or Java client; the later stages (diagnose, render) must not care which. Everything here is
//! plain data: parsing lives in `parse`, the mapping from parsed values in `normalize`.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde_json::{Map, Value, json};

/// The canonical `google.rpc.Code`, in the order of `code.proto` so that `as u8` is its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    Ok = 0,
    Cancelled,
    Unknown,
    InvalidArgument,
    DeadlineExceeded,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    ResourceExhausted,
    FailedPrecondition,
    Aborted,
    OutOfRange,
    Unimplemented,
    Internal,
    Unavailable,
    DataLoss,
    Unauthenticated,
}

/// `(code, UPPER_SNAKE name, CamelCase name, HTTP status)` as `code.proto` and AIP-193 map them.
const CODES: [(Code, &str, &str, u16); 17] = [
    (Code::Ok, "OK", "Ok", 200),
    (Code::Cancelled, "CANCELLED", "Cancelled", 499),
    (Code::Unknown, "UNKNOWN", "Unknown", 500),
    (
        Code::InvalidArgument,
        "INVALID_ARGUMENT",
        "InvalidArgument",
        400,
    ),
    (
        Code::DeadlineExceeded,
        "DEADLINE_EXCEEDED",
        "DeadlineExceeded",
        504,
    ),
    (Code::NotFound, "NOT_FOUND", "NotFound", 404),
    (Code::AlreadyExists, "ALREADY_EXISTS", "AlreadyExists", 409),
    (
        Code::PermissionDenied,
        "PERMISSION_DENIED",
        "PermissionDenied",
        403,
    ),
    (
        Code::ResourceExhausted,
        "RESOURCE_EXHAUSTED",
        "ResourceExhausted",
        429,
    ),
    (
        Code::FailedPrecondition,
        "FAILED_PRECONDITION",
        "FailedPrecondition",
        400,
    ),
    (Code::Aborted, "ABORTED", "Aborted", 409),
    (Code::OutOfRange, "OUT_OF_RANGE", "OutOfRange", 400),
    (Code::Unimplemented, "UNIMPLEMENTED", "Unimplemented", 501),
    (Code::Internal, "INTERNAL", "Internal", 500),
    (Code::Unavailable, "UNAVAILABLE", "Unavailable", 503),
    (Code::DataLoss, "DATA_LOSS", "DataLoss", 500),
    (
        Code::Unauthenticated,
        "UNAUTHENTICATED",
        "Unauthenticated",
        401,
    ),
];

impl Code {
    /// Every code, in numeric order.
    pub const ALL: [Code; 17] = [
        Code::Ok,
        Code::Cancelled,
        Code::Unknown,
        Code::InvalidArgument,
        Code::DeadlineExceeded,
        Code::NotFound,
        Code::AlreadyExists,
        Code::PermissionDenied,
        Code::ResourceExhausted,
        Code::FailedPrecondition,
        Code::Aborted,
        Code::OutOfRange,
        Code::Unimplemented,
        Code::Internal,
        Code::Unavailable,
        Code::DataLoss,
        Code::Unauthenticated,
    ];

    /// The gRPC number (`RESOURCE_EXHAUSTED` is 8).
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The proto enum name, as REST payloads spell it in `error.status`.
    pub fn name(self) -> &'static str {
        CODES[self as usize].1
    }

    /// The spelling of Go, .NET and the Python exception classes (`ResourceExhausted`).
    pub fn camel(self) -> &'static str {
        CODES[self as usize].2
    }

    /// The HTTP status AIP-193 pairs with this code.
    pub fn http(self) -> u16 {
        CODES[self as usize].3
    }

    pub fn from_number(n: i64) -> Option<Code> {
        usize::try_from(n)
            .ok()
            .and_then(|i| Code::ALL.get(i).copied())
    }

    /// Accepts every spelling clients print: `RESOURCE_EXHAUSTED`, `ResourceExhausted`,
    /// Go's `Canceled`, Firebase's `resource-exhausted`. `OK` is deliberately included so that
    /// callers can recognise (and reject) a success status.
    pub fn from_name(s: &str) -> Option<Code> {
        let s = s.trim();
        if s.is_empty() || s.len() > 24 {
            return None;
        }
        if s == "Canceled" || s == "CANCELED" {
            return Some(Code::Cancelled);
        }
        if let Some(c) = CODES.iter().find(|c| c.1 == s || c.2 == s) {
            return Some(c.0);
        }
        // Firebase and the Interactions API use lower kebab or snake case.
        if s.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'_')
        {
            let upper = s.replace('-', "_").to_ascii_uppercase();
            if upper == "CANCELED" {
                return Some(Code::Cancelled);
            }
            return CODES.iter().find(|c| c.1 == upper).map(|c| c.0);
        }
        None
    }

    /// The code an HTTP status most likely stands for. Ambiguous statuses (400, 409, 500) get the
    /// most common reading; this is a guess for the diagnosis, never reported as the error's status.
    pub fn from_http(status: u16) -> Option<Code> {
        Some(match status {
            200..=299 => Code::Ok,
            400 | 411 | 413 | 414 | 415 | 422 => Code::InvalidArgument,
            401 => Code::Unauthenticated,
            402 => Code::ResourceExhausted,
            403 => Code::PermissionDenied,
            404 | 410 => Code::NotFound,
            405 | 501 => Code::Unimplemented,
            408 | 504 => Code::DeadlineExceeded,
            409 => Code::Aborted,
            412 | 428 => Code::FailedPrecondition,
            416 => Code::OutOfRange,
            429 => Code::ResourceExhausted,
            499 => Code::Cancelled,
            500 => Code::Internal,
            502 | 503 => Code::Unavailable,
            _ => return None,
        })
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Who served the error, judged from evidence in the text (host names, id formats, payload
/// shapes), not from the SDK class that printed it: `openai.RateLimitError` is also what Groq
/// and DeepSeek users see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    Google,
    OpenAi,
    AzureOpenAi,
    Anthropic,
    AwsBedrock,
    Mistral,
    Cohere,
    DeepSeek,
    OpenRouter,
    Groq,
    Xai,
    Unknown,
}

impl Provider {
    pub fn id(self) -> &'static str {
        match self {
            Provider::Google => "google",
            Provider::OpenAi => "openai",
            Provider::AzureOpenAi => "azure-openai",
            Provider::Anthropic => "anthropic",
            Provider::AwsBedrock => "aws-bedrock",
            Provider::Mistral => "mistral",
            Provider::Cohere => "cohere",
            Provider::DeepSeek => "deepseek",
            Provider::OpenRouter => "openrouter",
            Provider::Groq => "groq",
            Provider::Xai => "xai",
            Provider::Unknown => "unknown",
        }
    }

    /// The name people call it by, in any language.
    pub fn name(self) -> &'static str {
        match self {
            Provider::Google => "Google",
            Provider::OpenAi => "OpenAI",
            Provider::AzureOpenAi => "Azure OpenAI",
            Provider::Anthropic => "Anthropic",
            Provider::AwsBedrock => "Amazon Bedrock",
            Provider::Mistral => "Mistral AI",
            Provider::Cohere => "Cohere",
            Provider::DeepSeek => "DeepSeek",
            Provider::OpenRouter => "OpenRouter",
            Provider::Groq => "Groq",
            Provider::Xai => "xAI",
            Provider::Unknown => "the API provider",
        }
    }
}

/// What kind of failure it is, across providers: it decides whether waiting, paying, shrinking
/// the request or fixing a setting is the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Auth,
    Permission,
    NotFound,
    InvalidRequest,
    ContextLength,
    ContentPolicy,
    RateLimit,
    QuotaExhausted,
    Billing,
    RequestTooLarge,
    Overloaded,
    Server,
    Timeout,
    RegionBlocked,
}

impl Category {
    pub fn id(self) -> &'static str {
        match self {
            Category::Auth => "auth",
            Category::Permission => "permission",
            Category::NotFound => "not_found",
            Category::InvalidRequest => "invalid_request",
            Category::ContextLength => "context_length",
            Category::ContentPolicy => "content_policy",
            Category::RateLimit => "rate_limit",
            Category::QuotaExhausted => "quota_exhausted",
            Category::Billing => "billing",
            Category::RequestTooLarge => "request_too_large",
            Category::Overloaded => "overloaded",
            Category::Server => "server",
            Category::Timeout => "timeout",
            Category::RegionBlocked => "region_blocked",
        }
    }
}

/// A rate or size limit as a provider's message states it: `Limit 30000, Used 29000,
/// Requested 2000` on tokens per minute.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Limit {
    /// `requests`, `tokens`, `input_tokens`, `output_tokens`.
    pub dimension: Option<String>,
    /// `second`, `minute`, `day`, `month`; none for a context window.
    pub window: Option<String>,
    pub limit: Option<f64>,
    pub used: Option<f64>,
    pub requested: Option<f64>,
}

/// Which Google product the evidence (host names, domains, metric prefixes) points to. It changes
/// the advice: Gemini API quotas live in AI Studio, Vertex quotas in the Cloud console.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Product {
    GeminiApi,
    VertexAi,
    CodeAssist,
    Cloud,
}

impl Product {
    pub const ALL: [Product; 4] = [
        Product::GeminiApi,
        Product::VertexAi,
        Product::CodeAssist,
        Product::Cloud,
    ];

    /// A stable id for JSON output and Fluent look-ups.
    pub fn id(self) -> &'static str {
        match self {
            Product::GeminiApi => "gemini-api",
            Product::VertexAi => "vertex-ai",
            Product::CodeAssist => "code-assist",
            Product::Cloud => "google-cloud",
        }
    }
}

/// One `QuotaFailure.Violation`, or the same facts read from a message or from ErrorInfo metadata.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuotaViolation {
    pub subject: Option<String>,
    pub description: Option<String>,
    pub api_service: Option<String>,
    pub metric: Option<String>,
    pub quota_id: Option<String>,
    pub dimensions: BTreeMap<String, String>,
    /// The enforced limit. `None` means the text did not say; proto3 omits a zero `quotaValue`,
    /// so `normalize` turns an absent value on a structured violation into `Some(0)`.
    pub limit: Option<i64>,
    pub future_limit: Option<i64>,
}

impl QuotaViolation {
    /// The window the quota counts over, read from the quota id or metric name.
    pub fn window(&self) -> QuotaWindow {
        let id = self.quota_id.as_deref().unwrap_or("");
        let metric = self.metric.as_deref().unwrap_or("");
        let text = format!("{id} {metric}").to_ascii_lowercase();
        if text.contains("perday") || text.contains("per_day") || text.contains("daily") {
            QuotaWindow::Day
        } else if text.contains("perminute")
            || text.contains("per_minute")
            || text.contains("per minute")
        {
            QuotaWindow::Minute
        } else {
            QuotaWindow::Unknown
        }
    }

    pub fn model(&self) -> Option<&str> {
        self.dimensions
            .get("model")
            .or_else(|| self.dimensions.get("base_model"))
            .map(String::as_str)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuotaWindow {
    Minute,
    Day,
    Unknown,
}

/// A `google.rpc.Help.Link`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub description: Option<String>,
    pub url: String,
}

/// Where a retry delay was read from. The server's RetryInfo is authoritative; the message text
/// carries a more precise copy; both are shown when they differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DelaySource {
    RetryInfo,
    Message,
    /// `Retry-After`, `retry-after-ms` or `x-ratelimit-reset-*` response headers.
    Header,
    /// A field of the error body other than RetryInfo.
    Body,
}

impl DelaySource {
    /// As the JSON output names it: where in the response the delay was.
    pub fn id(self) -> &'static str {
        match self {
            DelaySource::RetryInfo | DelaySource::Body => "body",
            DelaySource::Message => "message",
            DelaySource::Header => "header",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RetryDelay {
    pub seconds: f64,
    /// The text as the input wrote it (`14s`, `14.347159481s`).
    pub raw: String,
    pub source: DelaySource,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldViolation {
    pub field: Option<String>,
    pub description: Option<String>,
    pub reason: Option<String>,
    pub localized_message: Option<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PreconditionViolation {
    pub kind: Option<String>,
    pub subject: Option<String>,
    pub description: Option<String>,
}

/// One entry of `google.rpc.Status.details`, decoded. Unknown types are kept as they came.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    ErrorInfo {
        reason: Option<String>,
        domain: Option<String>,
        metadata: BTreeMap<String, String>,
    },
    RetryInfo {
        retry_delay: Option<String>,
    },
    DebugInfo {
        stack_entries: Vec<String>,
        detail: Option<String>,
    },
    QuotaFailure {
        violations: Vec<QuotaViolation>,
    },
    PreconditionFailure {
        violations: Vec<PreconditionViolation>,
    },
    BadRequest {
        field_violations: Vec<FieldViolation>,
    },
    RequestInfo {
        request_id: Option<String>,
        serving_data: Option<String>,
    },
    ResourceInfo {
        resource_type: Option<String>,
        resource_name: Option<String>,
        owner: Option<String>,
        description: Option<String>,
    },
    Help {
        links: Vec<Link>,
    },
    LocalizedMessage {
        locale: Option<String>,
        message: Option<String>,
    },
    Unknown {
        type_url: Option<String>,
        value: Value,
    },
}

fn put(map: &mut Map<String, Value>, key: &str, value: &Option<String>) {
    if let Some(v) = value {
        map.insert(key.to_owned(), Value::String(v.clone()));
    }
}

fn type_url(name: &str) -> Value {
    Value::String(format!("type.googleapis.com/google.rpc.{name}"))
}

fn string_map(map: &BTreeMap<String, String>) -> Value {
    Value::Object(
        map.iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect(),
    )
}

impl Detail {
    /// The short type name (`ErrorInfo`), or the last segment of an unknown type URL.
    pub fn type_name(&self) -> &str {
        match self {
            Detail::ErrorInfo { .. } => "ErrorInfo",
            Detail::RetryInfo { .. } => "RetryInfo",
            Detail::DebugInfo { .. } => "DebugInfo",
            Detail::QuotaFailure { .. } => "QuotaFailure",
            Detail::PreconditionFailure { .. } => "PreconditionFailure",
            Detail::BadRequest { .. } => "BadRequest",
            Detail::RequestInfo { .. } => "RequestInfo",
            Detail::ResourceInfo { .. } => "ResourceInfo",
            Detail::Help { .. } => "Help",
            Detail::LocalizedMessage { .. } => "LocalizedMessage",
            Detail::Unknown { type_url, .. } => type_url
                .as_deref()
                .and_then(|u| u.rsplit(['/', '.']).next())
                .unwrap_or("Unknown"),
        }
    }

    /// The detail in canonical proto3 JSON (camelCase fields, `@type`), whatever spelling the
    /// input used (snake_case text format, Go maps, Python repr).
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        match self {
            Detail::ErrorInfo {
                reason,
                domain,
                metadata,
            } => {
                m.insert("@type".into(), type_url("ErrorInfo"));
                put(&mut m, "reason", reason);
                put(&mut m, "domain", domain);
                if !metadata.is_empty() {
                    m.insert("metadata".into(), string_map(metadata));
                }
            }
            Detail::RetryInfo { retry_delay } => {
                m.insert("@type".into(), type_url("RetryInfo"));
                put(&mut m, "retryDelay", retry_delay);
            }
            Detail::DebugInfo {
                stack_entries,
                detail,
            } => {
                m.insert("@type".into(), type_url("DebugInfo"));
                if !stack_entries.is_empty() {
                    m.insert("stackEntries".into(), json!(stack_entries));
                }
                put(&mut m, "detail", detail);
            }
            Detail::QuotaFailure { violations } => {
                m.insert("@type".into(), type_url("QuotaFailure"));
                let vs: Vec<Value> = violations
                    .iter()
                    .map(|v| {
                        let mut o = Map::new();
                        put(&mut o, "subject", &v.subject);
                        put(&mut o, "description", &v.description);
                        put(&mut o, "apiService", &v.api_service);
                        put(&mut o, "quotaMetric", &v.metric);
                        put(&mut o, "quotaId", &v.quota_id);
                        if !v.dimensions.is_empty() {
                            o.insert("quotaDimensions".into(), string_map(&v.dimensions));
                        }
                        if let Some(l) = v.limit {
                            o.insert("quotaValue".into(), Value::String(l.to_string()));
                        }
                        if let Some(l) = v.future_limit {
                            o.insert("futureQuotaValue".into(), Value::String(l.to_string()));
                        }
                        Value::Object(o)
                    })
                    .collect();
                m.insert("violations".into(), Value::Array(vs));
            }
            Detail::PreconditionFailure { violations } => {
                m.insert("@type".into(), type_url("PreconditionFailure"));
                let vs: Vec<Value> = violations
                    .iter()
                    .map(|v| {
                        let mut o = Map::new();
                        put(&mut o, "type", &v.kind);
                        put(&mut o, "subject", &v.subject);
                        put(&mut o, "description", &v.description);
                        Value::Object(o)
                    })
                    .collect();
                m.insert("violations".into(), Value::Array(vs));
            }
            Detail::BadRequest { field_violations } => {
                m.insert("@type".into(), type_url("BadRequest"));
                let vs: Vec<Value> = field_violations
                    .iter()
                    .map(|v| {
                        let mut o = Map::new();
                        put(&mut o, "field", &v.field);
                        put(&mut o, "description", &v.description);
                        put(&mut o, "reason", &v.reason);
                        if let Some((locale, message)) = &v.localized_message {
                            o.insert(
                                "localizedMessage".into(),
                                json!({"locale": locale, "message": message}),
                            );
                        }
                        Value::Object(o)
                    })
                    .collect();
                m.insert("fieldViolations".into(), Value::Array(vs));
            }
            Detail::RequestInfo {
                request_id,
                serving_data,
            } => {
                m.insert("@type".into(), type_url("RequestInfo"));
                put(&mut m, "requestId", request_id);
                put(&mut m, "servingData", serving_data);
            }
            Detail::ResourceInfo {
                resource_type,
                resource_name,
                owner,
                description,
            } => {
                m.insert("@type".into(), type_url("ResourceInfo"));
                put(&mut m, "resourceType", resource_type);
                put(&mut m, "resourceName", resource_name);
                put(&mut m, "owner", owner);
                put(&mut m, "description", description);
            }
            Detail::Help { links } => {
                m.insert("@type".into(), type_url("Help"));
                let ls: Vec<Value> = links
                    .iter()
                    .map(|l| {
                        let mut o = Map::new();
                        put(&mut o, "description", &l.description);
                        o.insert("url".into(), Value::String(l.url.clone()));
                        Value::Object(o)
                    })
                    .collect();
                m.insert("links".into(), Value::Array(ls));
            }
            Detail::LocalizedMessage { locale, message } => {
                m.insert("@type".into(), type_url("LocalizedMessage"));
                put(&mut m, "locale", locale);
                put(&mut m, "message", message);
            }
            Detail::Unknown { value, .. } => return value.clone(),
        }
        Value::Object(m)
    }
}

/// A legacy `error.errors[]` item (`{"domain":"usageLimits","reason":"rateLimitExceeded"}`), as
/// pre-AIP-193 APIs (YouTube, Drive, old Cloud APIs) send, and Go's `googleapi` prints.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LegacyItem {
    pub domain: Option<String>,
    pub reason: Option<String>,
    pub message: Option<String>,
    pub location_type: Option<String>,
    pub location: Option<String>,
    pub extended_help: Option<String>,
}

impl LegacyItem {
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        put(&mut m, "domain", &self.domain);
        put(&mut m, "reason", &self.reason);
        put(&mut m, "message", &self.message);
        put(&mut m, "locationType", &self.location_type);
        put(&mut m, "location", &self.location);
        put(&mut m, "extendedHelp", &self.extended_help);
        Value::Object(m)
    }
}

/// One API error, with every fact the input gave about it.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiError {
    pub provider: Provider,
    pub product: Option<Product>,
    /// The HTTP status as the text gives it (`error.code` of a REST body, `429` of `429 Too Many
    /// Requests`). A gRPC number is not an HTTP status and never lands here.
    pub http: Option<u16>,
    /// `http` was not stated but read from a provider's error type or code
    /// (`rate_limit_exceeded` → 429): a status printed next to it wins.
    pub http_guessed: bool,
    /// The canonical code as the text gives it: a name, a gRPC number or a class name.
    pub status: Option<Code>,
    pub message: Option<String>,
    pub reason: Option<String>,
    pub domain: Option<String>,
    pub metadata: BTreeMap<String, String>,
    pub retry_delay: Option<RetryDelay>,
    /// The same delay as the message wrote it, kept when RetryInfo wins so both can be shown.
    pub message_retry_delay: Option<RetryDelay>,
    pub model: Option<String>,
    pub quota: Vec<QuotaViolation>,
    pub links: Vec<Link>,
    pub details: Vec<Detail>,
    /// Legacy `error.errors[]` items.
    pub legacy: Vec<LegacyItem>,
    /// The request URL when a client printed it (it names the model and the product).
    pub url: Option<String>,
    /// The payload was cut off (by the logger, a terminal, or apierr's own size cap).
    pub truncated: bool,
    /// The provider's own error type, verbatim (OpenAI and Anthropic `type`).
    pub error_type: Option<String>,
    /// The provider's own error code, verbatim (OpenAI and Azure `code`, an AWS exception name,
    /// Google's canonical status name).
    pub error_code: Option<String>,
    /// The gateway or wrapper the error came through (`openrouter`, `litellm`).
    pub via: Option<String>,
    pub category: Option<Category>,
    pub limit: Option<Limit>,
    /// Evidence of who served the error, gathered while reading (host names, SDK modules),
    /// weighed by `normalize::finish`.
    pub hints: Vec<Provider>,
    /// A host name elsewhere in the error's region (a base URL, a traceback's path).
    pub nearby: Option<Provider>,
    /// The provider whose host the input named last before the error's region (a base URL
    /// logged at start-up, the `curl` command above a dump). The weakest evidence: it counts
    /// only when the error itself says nothing stronger.
    pub context: Option<Provider>,
    /// The model an error object names in a field of its own (`modelId`, `model_name`).
    pub stated_model: Option<String>,
    /// Delays stated outside RetryInfo and the message (a `Retry-After` header, a body field),
    /// kept apart so that `normalize::finish` can weigh them again after a merge.
    pub stated_delays: Vec<RetryDelay>,
    /// A `Retry-After` given as an HTTP date, and the response's own `Date`: the delay is their
    /// difference (the reader's clock plays no part).
    pub retry_after_at: Option<jiff::Timestamp>,
    pub response_date: Option<jiff::Timestamp>,
}

impl ApiError {
    pub fn new(provider: Provider) -> ApiError {
        ApiError {
            provider,
            product: None,
            http: None,
            http_guessed: false,
            status: None,
            message: None,
            reason: None,
            domain: None,
            metadata: BTreeMap::new(),
            retry_delay: None,
            message_retry_delay: None,
            model: None,
            quota: Vec::new(),
            links: Vec::new(),
            details: Vec::new(),
            legacy: Vec::new(),
            url: None,
            truncated: false,
            error_type: None,
            error_code: None,
            via: None,
            category: None,
            limit: None,
            hints: Vec::new(),
            nearby: None,
            context: None,
            stated_model: None,
            stated_delays: Vec::new(),
            retry_after_at: None,
            response_date: None,
        }
    }

    /// The canonical code, stated or (failing that) inferred from the HTTP status.
    pub fn effective_code(&self) -> Option<Code> {
        self.status.or_else(|| self.http.and_then(Code::from_http))
    }

    /// The HTTP status, stated or inferred from the canonical code.
    pub fn effective_http(&self) -> Option<u16> {
        self.http.or_else(|| self.status.map(Code::http))
    }

    /// The legacy `errors[].reason` values, which some APIs send instead of ErrorInfo.
    pub fn legacy_reasons(&self) -> impl Iterator<Item = &str> {
        self.legacy.iter().filter_map(|l| l.reason.as_deref())
    }
}

/// Where an occurrence came from: `-` for standard input, the path for a file.
pub type SourceName = Arc<str>;

/// An API error found at a place in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence {
    pub source: SourceName,
    /// 1-based number of the first line of the error (its summary line when it has one).
    pub line: u64,
    /// 1-based number of the last line the error spans.
    pub end_line: u64,
    pub error: ApiError,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spellings_round_trip() {
        for code in Code::ALL {
            assert_eq!(Code::from_name(code.name()), Some(code));
            assert_eq!(Code::from_name(code.camel()), Some(code));
            assert_eq!(Code::from_number(i64::from(code.number())), Some(code));
        }
        assert_eq!(Code::from_name("Canceled"), Some(Code::Cancelled));
        assert_eq!(
            Code::from_name("resource-exhausted"),
            Some(Code::ResourceExhausted)
        );
        assert_eq!(Code::from_name("Too Many Requests"), None);
        assert_eq!(Code::from_number(17), None);
        assert_eq!(Code::from_number(-1), None);
    }

    #[test]
    fn window_is_read_from_quota_id() {
        let day = QuotaViolation {
            quota_id: Some("GenerateRequestsPerDayPerProjectPerModel-FreeTier".into()),
            ..Default::default()
        };
        assert_eq!(day.window(), QuotaWindow::Day);
        let minute = QuotaViolation {
            metric: Some(
                "aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model"
                    .into(),
            ),
            ..Default::default()
        };
        assert_eq!(minute.window(), QuotaWindow::Minute);
    }
}
