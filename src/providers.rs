//! Errors of the providers other than Google: their payload shapes, who served an error (from
//! evidence, not from the SDK class that printed it), what kind of failure it is, and the
//! numbers their messages state. Part of normalisation; the knowledge of what to do about each
//! kind lives in `diagnose`.
//!
//! Sources: OpenAI's error-codes guide and rate-limits guide (message formats `Limit N, Used N,
//! Requested N`, `Please try again in 6m0s`), Anthropic's errors page (429 `rate_limit_error`,
//! 529 `overloaded_error`, 413 `request_too_large`), the Azure OpenAI quota page ("Please retry
//! after N seconds"), the Amazon Bedrock API error list (ThrottlingException, ValidationException,
//! ModelTimeoutException, …), OpenRouter's errors page (`metadata.raw`, `provider_name`).

use serde_json::{Map, Value};

use crate::model::{ApiError, Category, Code, DelaySource, Detail, Limit, Provider, RetryDelay};
use crate::parse::text::{class_http, module_provider};
use crate::pattern::Lazy;

use std::sync::LazyLock;

/// An error object in one of the other providers' shapes, or `None`.
pub fn from_object(m: &Map<String, Value>) -> Option<ApiError> {
    // Anthropic: `{"type": "error", "error": {"type": "overloaded_error", "message": …}}`.
    if m.get("type").and_then(Value::as_str) == Some("error")
        && let Some(Value::Object(inner)) = m.get("error")
        && let Some(t) = inner.get("type").and_then(Value::as_str)
    {
        let mut e = ApiError::new(Provider::Unknown);
        e.hints.push(Provider::Anthropic);
        e.error_type = Some(t.to_owned());
        e.message = str_field(inner, "message");
        // Spend limits say which in `details.error_code`.
        e.error_code = inner
            .get("details")
            .and_then(|d| d.get("error_code"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        e.http = type_http(t);
        e.http_guessed = true;
        return Some(e);
    }
    // AWS JSON protocols: `{"__type": "com.amazon.coral.availability#ThrottlingException", …}`.
    if let Some(t) = m.get("__type").and_then(Value::as_str) {
        let name = t.rsplit('#').next().unwrap_or(t);
        let name = name.split(':').next().unwrap_or(name);
        let mut e = ApiError::new(Provider::Unknown);
        e.hints.push(Provider::AwsBedrock);
        e.error_code = Some(name.to_owned());
        e.http = class_http(name);
        e.message = str_field(m, "message").or_else(|| str_field(m, "Message"));
        return Some(e);
    }
    // A JavaScript SDK v3 error object: `{ '$fault': 'client', '$metadata': { httpStatusCode } }`.
    if let Some(Value::Object(meta)) = m.get("$metadata")
        && let Some(code) = meta.get("httpStatusCode").and_then(Value::as_u64)
    {
        let mut e = ApiError::new(Provider::Unknown);
        e.hints.push(Provider::AwsBedrock);
        e.http = u16::try_from(code).ok();
        e.error_code = str_field(m, "name").or_else(|| str_field(m, "__type"));
        e.message = str_field(m, "message");
        return Some(e);
    }
    // Mistral: `{"object": "error", "message", "type", "code", "raw_status_code"}`.
    if m.get("object").and_then(Value::as_str) == Some("error")
        && let Some(message) = str_field(m, "message")
    {
        let mut e = ApiError::new(Provider::Unknown);
        e.hints.push(Provider::Mistral);
        e.message = Some(message);
        e.error_type = str_field(m, "type");
        e.error_code = m.get("code").and_then(|c| match c {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        });
        e.http = m
            .get("raw_status_code")
            .and_then(Value::as_u64)
            .and_then(|c| u16::try_from(c).ok());
        return Some(e);
    }
    // xAI: `{"code": "Client specified an invalid argument", "error": "Incorrect API key …"}`,
    // the message a string in `error` and the code a gRPC status's description.
    if let Some(Value::String(message)) = m.get("error")
        && let Some(Value::String(code)) = m.get("code")
        && !message.trim().is_empty()
        && code.contains(' ')
    {
        let mut e = ApiError::new(Provider::Unknown);
        e.hints.push(Provider::Xai);
        e.message = Some(message.clone());
        e.error_code = Some(code.clone());
        return Some(e);
    }
    // A body that is only a message (`{"message": "Too many requests"}`) after a status line:
    // it completes the error before it and is never one on its own.
    if m.keys().all(|k| {
        matches!(
            k.as_str(),
            "message" | "Message" | "request_id" | "requestId"
        )
    }) && let Some(message) = str_field(m, "message").or_else(|| str_field(m, "Message"))
    {
        let mut e = ApiError::new(Provider::Unknown);
        e.message = Some(message);
        return Some(e);
    }
    // OpenAI and everyone who copied it: `{"error": {"message", "type", "param", "code"}}`, or
    // the inner object alone as openai-go prints it.
    let bare = m.contains_key("message") && m.contains_key("type") && m.contains_key("param");
    let inner = match m.get("error") {
        Some(Value::Object(inner)) => inner,
        _ if bare => m,
        _ => return None,
    };
    let google_like = inner.get("status").and_then(Value::as_str).is_some()
        || inner.contains_key("details")
        || inner.contains_key("errors");
    let code = inner.get("code");
    let code_text = code.and_then(|c| match c {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    let openai_like = inner.contains_key("type")
        || inner.contains_key("param")
        || inner.contains_key("innererror")
        || matches!(code, Some(Value::String(s)) if Code::from_name(s).is_none());
    if google_like || !openai_like {
        return openrouter(m, inner);
    }
    let mut e = ApiError::new(Provider::Unknown);
    e.hints.push(Provider::OpenAi);
    e.message = str_field(inner, "message");
    e.error_type = str_field(inner, "type");
    e.error_code.clone_from(&code_text);
    e.http = code_text
        .as_deref()
        .and_then(|c| c.parse::<u16>().ok())
        .filter(|c| (400..=599).contains(c));
    if e.http.is_none() {
        e.http = code_text
            .as_deref()
            .and_then(type_http)
            .or_else(|| e.error_type.as_deref().and_then(type_http));
        e.http_guessed = e.http.is_some();
    }
    // A deployment is Azure OpenAI's notion (OpenAI itself has models only).
    if code_text.as_deref() == Some("DeploymentNotFound") {
        e.hints.push(Provider::AzureOpenAi);
    }
    // Azure's content filter says which category and how severe.
    if let Some(Value::Object(inner_error)) = inner.get("innererror") {
        e.hints.push(Provider::AzureOpenAi);
        if let Some(Value::Object(results)) = inner_error.get("content_filter_result") {
            for (category, r) in results {
                if r.get("filtered").and_then(Value::as_bool) == Some(true) {
                    let severity = r.get("severity").and_then(Value::as_str).unwrap_or("");
                    e.details.push(Detail::ErrorInfo {
                        reason: None,
                        domain: None,
                        metadata: [
                            ("filter_category".to_owned(), category.clone()),
                            ("filter_severity".to_owned(), severity.to_owned()),
                        ]
                        .into_iter()
                        .collect(),
                    });
                    break;
                }
            }
        }
    }
    if let Some(Value::Object(meta)) = inner.get("metadata") {
        openrouter_meta(meta, &mut e);
    }
    // A proxy that wraps the upstream's error in its own message names itself first.
    if e.message
        .as_deref()
        .is_some_and(|m| m.starts_with("litellm."))
    {
        e.via = Some("litellm".into());
    }
    Some(e)
}

/// OpenRouter's own envelope: `{"error": {"code": 429, "message": "Provider returned error",
/// "metadata": {"raw": "…", "provider_name": "Google"}}, "user_id": "…"}`. The upstream body in
/// `raw` is read by the parser as an embedded payload; here only the gateway is named. Without
/// an upstream (`{"error": {"code": 402, "message": "This request requires more credits…"},
/// "user_id": "…"}`) the error is OpenRouter's own, and its numeric code is its own code.
fn openrouter(m: &Map<String, Value>, inner: &Map<String, Value>) -> Option<ApiError> {
    let upstream = match inner.get("metadata") {
        Some(Value::Object(meta)) => meta.contains_key("raw") || meta.contains_key("provider_name"),
        _ => false,
    };
    if !upstream {
        let code = inner.get("code").and_then(Value::as_u64)?;
        if !m.contains_key("user_id") || !(400..=599).contains(&code) {
            return None;
        }
        let mut e = ApiError::new(Provider::Unknown);
        e.hints.push(Provider::OpenRouter);
        e.message = str_field(inner, "message");
        e.http = u16::try_from(code).ok();
        e.error_code = Some(code.to_string());
        return Some(e);
    }
    let Some(Value::Object(meta)) = inner.get("metadata") else {
        return None;
    };
    let mut e = ApiError::new(Provider::Unknown);
    e.message = str_field(inner, "message");
    e.http = inner
        .get("code")
        .and_then(Value::as_u64)
        .and_then(|c| u16::try_from(c).ok());
    openrouter_meta(meta, &mut e);
    Some(e)
}

fn openrouter_meta(meta: &Map<String, Value>, e: &mut ApiError) {
    if meta.contains_key("raw") || meta.contains_key("provider_name") {
        e.via = Some("openrouter".into());
        if let Some(p) = meta.get("provider_name").and_then(Value::as_str) {
            e.hints.extend(module_provider(p));
        }
        if let Some(raw) = meta.get("raw").and_then(Value::as_str)
            && e.message
                .as_deref()
                .is_none_or(|m| m == "Provider returned error")
        {
            e.message = Some(raw.to_owned());
        }
    }
}

fn str_field(m: &Map<String, Value>, key: &str) -> Option<String> {
    m.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// The HTTP status a provider's error type or code stands for.
fn type_http(t: &str) -> Option<u16> {
    Some(match t {
        "rate_limit_error"
        | "rate_limit_exceeded"
        | "insufficient_quota"
        | "requests"
        | "tokens"
        | "429" => 429,
        "overloaded_error" => 529,
        "api_error" | "server_error" | "internal_error" => 500,
        "invalid_request_error"
        | "context_length_exceeded"
        | "invalid_request"
        | "string_above_max_length"
        | "content_filter"
        | "content_policy_violation" => 400,
        "authentication_error" | "invalid_api_key" | "invalid_authentication" => 401,
        "permission_error" | "unsupported_country_region_territory" => 403,
        "not_found_error" | "model_not_found" | "DeploymentNotFound" => 404,
        "request_too_large" => 413,
        "billing_error" => 402,
        _ => return class_http(t),
    })
}

/// Host names, id formats and words that say who served an error, strongest first.
const EVIDENCE: &[(&str, Provider)] = &[
    ("openai.azure.com", Provider::AzureOpenAi),
    ("Azure OpenAI", Provider::AzureOpenAi),
    ("api.groq.com", Provider::Groq),
    ("organization `org_", Provider::Groq),
    ("api.deepseek.com", Provider::DeepSeek),
    ("api.mistral.ai", Provider::Mistral),
    ("api.cohere", Provider::Cohere),
    ("openrouter.ai", Provider::OpenRouter),
    ("api.x.ai", Provider::Xai),
    ("console.x.ai", Provider::Xai),
    ("bedrock-runtime", Provider::AwsBedrock),
    ("bedrock.", Provider::AwsBedrock),
    ("api.anthropic.com", Provider::Anthropic),
    ("console.anthropic.com", Provider::Anthropic),
    ("api.openai.com", Provider::OpenAi),
    ("in organization org-", Provider::OpenAi),
    ("platform.openai.com", Provider::OpenAi),
    ("generativelanguage.googleapis.com", Provider::Google),
    ("aiplatform.googleapis.com", Provider::Google),
];

/// The API base URLs whose mention anywhere in an input (a start-up line, a `curl` command)
/// names the provider of a later error that carries no evidence of its own. The scanner looks
/// for them in the same pass as its triggers; all start with `://`, so that they share one
/// rare prefix and cost that pass next to nothing.
pub const HOSTS: &[(&str, Provider)] = &[
    ("://api.groq.com", Provider::Groq),
    ("://api.deepseek.com", Provider::DeepSeek),
    ("://api.mistral.ai", Provider::Mistral),
    ("://api.cohere.com", Provider::Cohere),
    ("://api.cohere.ai", Provider::Cohere),
    ("://openrouter.ai/api", Provider::OpenRouter),
    ("://api.x.ai", Provider::Xai),
    ("://bedrock-runtime.", Provider::AwsBedrock),
    ("://api.anthropic.com", Provider::Anthropic),
    ("://api.openai.com", Provider::OpenAi),
    ("://generativelanguage.googleapis.com", Provider::Google),
    ("://aiplatform.googleapis.com", Provider::Google),
];

/// Evidence in a text, for the region around an error.
pub fn evidence(text: &str) -> Option<Provider> {
    EVIDENCE
        .iter()
        .find(|(needle, _)| text.contains(needle))
        .map(|(_, p)| *p)
}

/// Model families whose name alone says who made them (and who serves them when no host,
/// shape or SDK says otherwise).
fn model_family(model: &str) -> Option<Provider> {
    const FAMILIES: &[(&str, Provider)] = &[
        ("mistral-", Provider::Mistral),
        ("codestral-", Provider::Mistral),
        ("devstral-", Provider::Mistral),
        ("magistral-", Provider::Mistral),
        ("ministral-", Provider::Mistral),
        ("claude-", Provider::Anthropic),
        ("grok-", Provider::Xai),
    ];
    FAMILIES
        .iter()
        .find(|(prefix, _)| model.starts_with(prefix))
        .map(|(_, p)| *p)
}

/// Would the input's provider context change who is said to have served this error? Only
/// when nothing of the error's own says more than the OpenAI shape or SDK class that every
/// clone shares.
pub fn wants_context(e: &ApiError, context: Provider) -> bool {
    matches!(e.provider, Provider::Unknown | Provider::OpenAi)
        && e.provider != context
        && e.nearby.is_none()
}

/// Decides who served the error: a Google error stays Google; otherwise strong evidence in the
/// error's own text, then the hints gathered while reading, then the model's family, then the
/// host the input named before the error (a clone's SDK class says `openai`, so OpenAI counts
/// last).
pub fn resolve(e: &mut ApiError) {
    // Google's own shape (a status name, details, legacy items) settles it; a bare
    // `{"error": {"code", "message"}}` does not.
    let surely_google = e.status.is_some() || !e.details.is_empty() || !e.legacy.is_empty();
    if e.provider == Provider::Google
        && e.via.is_none()
        && e.hints.is_empty()
        && e.nearby.is_none()
        && surely_google
    {
        return;
    }
    // A gateway's own links (`openrouter.ai/settings`) in an upstream's message do not make it
    // the gateway's error.
    let via = e.via.as_deref();
    let own = [e.message.as_deref(), e.url.as_deref()]
        .into_iter()
        .flatten()
        .find_map(evidence)
        .filter(|p| Some(p.id()) != via);
    let strong = e
        .nearby
        .filter(|p| *p != Provider::OpenAi)
        .or_else(|| e.hints.iter().copied().find(|p| *p != Provider::OpenAi))
        .or_else(|| e.stated_model.as_deref().and_then(model_family))
        .or(e.nearby);
    let weak = e.hints.iter().copied().find(|p| *p == Provider::OpenAi);
    e.provider = match own.or(strong).or(e.context).or(weak) {
        Some(p) => p,
        None if e.status.is_some() => Provider::Google,
        None => e.provider,
    };
}

static LIMIT: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"on (tokens|requests|input tokens|output tokens|images) per (min|minute|day|second)[^:]*: Limit (\d+)(?:, Used (\d+))?(?:, Requested (\d+))?",
    )
});
static RATE_LIMIT_OF: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"rate limit(?: for your organization \([^)]*\))? of ([\d,]+) (input tokens|output tokens|requests|tokens) per (minute|day)",
    )
});
static CALLS_PER: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(r"limited to ([\d,]+) API calls (?:/|per) (second|minute|hour|day|month)")
});
static TOO_MANY_PER: LazyLock<Lazy> =
    LazyLock::new(|| Lazy::new(r"Too many (tokens|requests) per (minute|day)"));
static CONTEXT: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"maximum context length is (\d+) tokens\. However, (?:your messages resulted in|you requested) (\d+) tokens",
    )
});
static PROMPT_TOO_LONG: LazyLock<Lazy> =
    LazyLock::new(|| Lazy::new(r"prompt is too long: (\d+) tokens > (\d+) maximum"));
static TRY_AGAIN_IN: LazyLock<Lazy> =
    LazyLock::new(|| Lazy::new(r"(?:Please )?try again in ((?:\d+(?:\.\d+)?(?:ms|h|m|s))+)"));
static RETRY_AFTER_SECONDS: LazyLock<Lazy> =
    LazyLock::new(|| Lazy::new(r"retry after (\d+(?:\.\d+)?) seconds?"));
static MODEL_FOR: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"(?:Rate limit reached for|Request too large for|The model) (?:model )?`?([\w.:\-/]+?)`? (?:in|does not exist)",
    )
});
/// OpenRouter's plain-text upstream error: `google/gemini-2.0-flash-exp:free is temporarily
/// rate-limited upstream.`
static MODEL_RATE_LIMITED_UPSTREAM: LazyLock<Lazy> =
    LazyLock::new(|| Lazy::new(r"^([\w.\-]+/[\w.:\-]+) is temporarily rate-limited upstream"));

fn number(s: &str) -> Option<f64> {
    s.replace(',', "").parse().ok()
}

/// The numbers a provider's message states: its limit, and the delay it asks for.
pub fn read_message(e: &mut ApiError) {
    let Some(message) = e.message.clone() else {
        return;
    };
    if let Some(c) = LIMIT.captures(&message) {
        let dimension = c[1].replace(' ', "_");
        let window = match &c[2] {
            "min" | "minute" => "minute",
            w => w,
        };
        e.limit = Some(Limit {
            dimension: Some(dimension),
            window: Some(window.to_owned()),
            limit: number(&c[3]),
            used: c.get(4).and_then(|m| number(m.as_str())),
            requested: c.get(5).and_then(|m| number(m.as_str())),
        });
    } else if let Some(c) = RATE_LIMIT_OF.captures(&message) {
        e.limit = Some(Limit {
            dimension: Some(c[2].replace(' ', "_")),
            window: Some(c[3].to_owned()),
            limit: number(&c[1]),
            ..Limit::default()
        });
    } else if let Some(c) = CALLS_PER.captures(&message) {
        // Cohere's trial keys: `limited to 1000 API calls / month`.
        e.limit = Some(Limit {
            dimension: Some("requests".into()),
            window: Some(c[2].to_owned()),
            limit: number(&c[1]),
            ..Limit::default()
        });
    } else if let Some(c) = TOO_MANY_PER.captures(&message) {
        // Amazon Bedrock names the window, not the numbers.
        e.limit = Some(Limit {
            dimension: Some(c[1].to_owned()),
            window: Some(c[2].to_owned()),
            ..Limit::default()
        });
    } else if let Some(c) = CONTEXT.captures(&message) {
        e.limit = Some(Limit {
            dimension: Some("tokens".into()),
            limit: number(&c[1]),
            requested: number(&c[2]),
            ..Limit::default()
        });
    } else if let Some(c) = PROMPT_TOO_LONG.captures(&message) {
        e.limit = Some(Limit {
            dimension: Some("input_tokens".into()),
            limit: number(&c[2]),
            requested: number(&c[1]),
            ..Limit::default()
        });
    }
    if e.model.is_none()
        && let Some(c) = MODEL_FOR
            .captures(&message)
            .or_else(|| MODEL_RATE_LIMITED_UPSTREAM.captures(&message))
    {
        e.model = Some(c[1].to_owned());
    }
    if e.retry_delay.is_none() {
        let delay = TRY_AGAIN_IN
            .captures(&message)
            .and_then(|c| Some((crate::normalize::parse_duration(&c[1])?, c[1].to_owned())))
            .or_else(|| {
                RETRY_AFTER_SECONDS
                    .captures(&message)
                    .and_then(|c| Some((number(&c[1])?, format!("{}s", &c[1]))))
            });
        if let Some((seconds, raw)) = delay {
            e.retry_delay = Some(RetryDelay {
                seconds,
                raw,
                source: DelaySource::Message,
            });
        }
    }
}

/// What kind of failure it is. Specific words first (a 400 that says "maximum context length"
/// is about the context, a 429 that says "insufficient_quota" about money), then the status.
pub fn category(e: &ApiError) -> Option<Category> {
    let words = [
        e.error_type.as_deref(),
        e.error_code.as_deref(),
        e.message.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
    .to_ascii_lowercase();
    let has = |needles: &[&str]| needles.iter().any(|n| words.contains(n));
    let http = e.effective_http();
    if has(&[
        "content_filter",
        "content_policy",
        "content management policy",
        "safety system",
        "responsibleaipolicyviolation",
    ]) {
        return Some(Category::ContentPolicy);
    }
    if has(&[
        "context_length_exceeded",
        "maximum context length",
        "prompt is too long",
        "input is too long",
        "too many input tokens",
        "context window",
    ]) {
        return Some(Category::ContextLength);
    }
    if has(&[
        "credit balance is too low",
        "insufficient balance",
        "insufficient credits",
        "payment required",
    ]) || http == Some(402)
    {
        return Some(Category::Billing);
    }
    if has(&[
        "insufficient_quota",
        "exceeded your current quota",
        "usage limits",
        "spend limit",
        "spending limit",
        "enforced_spend_limit",
        "monthly limit",
    ]) && e.provider != Provider::Google
    {
        return Some(Category::QuotaExhausted);
    }
    // A cap per month is used up until the month turns: no wait in seconds helps.
    if e.limit
        .as_ref()
        .is_some_and(|l| l.window.as_deref() == Some("month"))
    {
        return Some(Category::QuotaExhausted);
    }
    if has(&["request too large", "request_too_large"]) || http == Some(413) {
        return Some(Category::RequestTooLarge);
    }
    if has(&[
        "unsupported_country",
        "not supported in your region",
        "user location is not supported",
        "country, region, or territory not supported",
    ]) {
        return Some(Category::RegionBlocked);
    }
    if has(&[
        "incorrect api key",
        "invalid api key",
        "invalid_api_key",
        "invalid x-api-key",
    ]) {
        return Some(Category::Auth);
    }
    if has(&["overloaded"]) || http == Some(529) {
        return Some(Category::Overloaded);
    }
    if has(&[
        "throttling",
        "rate_limit",
        "rate limit",
        "too many requests",
    ]) {
        return Some(Category::RateLimit);
    }
    let code = e.effective_code();
    Some(match (http, code) {
        (Some(429), _) | (_, Some(Code::ResourceExhausted)) => Category::RateLimit,
        (Some(401), _) | (_, Some(Code::Unauthenticated)) => Category::Auth,
        (Some(403), _) | (_, Some(Code::PermissionDenied)) => Category::Permission,
        (Some(404), _) | (_, Some(Code::NotFound)) => Category::NotFound,
        (Some(408 | 504 | 499), _) | (_, Some(Code::DeadlineExceeded | Code::Cancelled)) => {
            Category::Timeout
        }
        (_, Some(Code::Unavailable)) if e.provider == Provider::Google => Category::Overloaded,
        (Some(500..=599), _) | (_, Some(Code::Internal | Code::Unknown | Code::DataLoss)) => {
            Category::Server
        }
        (Some(400..=499), _) | (_, Some(_)) => Category::InvalidRequest,
        _ => return None,
    })
}

/// Every lazy pattern of this module, for the test that runs them through both engines.
#[cfg(test)]
pub(crate) fn lazy_patterns() -> Vec<&'static Lazy> {
    vec![
        &LIMIT,
        &RATE_LIMIT_OF,
        &CALLS_PER,
        &TOO_MANY_PER,
        &CONTEXT,
        &PROMPT_TOO_LONG,
        &TRY_AGAIN_IN,
        &RETRY_AFTER_SECONDS,
        &MODEL_FOR,
        &MODEL_RATE_LIMITED_UPSTREAM,
    ]
}
