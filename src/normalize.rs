//! Turns what a region says (payloads, text forms) into API errors in the one model.
//!
//! Three jobs:
//! - **Recognise** an error object in a parsed value: the REST envelope `{"error": {…}}`, a bare
//!   `google.rpc.Status`, Node's grpc-js and fetch-error dumps; and never an ordinary log
//!   object (`"status": 200`, `"code": "OK"`).
//! - **Merge** what belongs together: a client's summary line and the payload after it, gax-go's
//!   `error details:` lines, grpcio's `details = "…"`. Two forms are one error when their codes
//!   and messages agree.
//! - **Derive** the facts a user needs from every place the payload may hold them: ErrorInfo,
//!   RetryInfo, QuotaFailure, Help, ErrorInfo metadata, and the message text itself
//!   (`Quota exceeded for metric: M, limit: N, model: X`, `Please retry in 14.3s`).

use crate::pattern::Lazy;
use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde_json::{Map, Value};

use crate::model::{
    ApiError, Code, DelaySource, Detail, FieldViolation, LegacyItem, Link, PreconditionViolation,
    Product, Provider, QuotaViolation, RetryDelay,
};
use crate::parse::{Found, Fragment, Item, TextForm};

/// An error found in a region, with its 0-based line span in the region.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub line: usize,
    pub end_line: usize,
    pub error: ApiError,
    /// It has a code or status. A region can start with details only (gargle's `Error details:`
    /// block after a blank line), which complete the error before it and are nothing alone.
    pub core: bool,
    /// A complete payload went into it: then it is not truncated, whatever else was cut.
    pub complete: bool,
}

/// How much a piece of evidence says; the richer source's message wins a merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Fragment,
    Text,
    Payload,
}

#[derive(Clone, Debug)]
struct Part {
    line: usize,
    end_line: usize,
    rank: Rank,
    error: ApiError,
    /// A header line: it starts a new error rather than completing the one before.
    opens: bool,
    complete: bool,
}

impl Part {
    /// A part that can stand as an error: it has a code or a status.
    fn is_core(&self) -> bool {
        self.error.http.is_some() || self.error.status.is_some()
    }
}

/// Every API error in a region's findings, in order, with adjacent forms of one error merged.
pub fn errors(found: &[Found]) -> Vec<Located> {
    let mut parts = Vec::new();
    for f in found {
        parts_of(f, f.line, f.end_line, &mut parts);
    }
    let mut groups: Vec<Part> = Vec::new();
    for part in parts {
        match groups.last_mut() {
            Some(last)
                if !part.opens
                    && !reprinted(last, &part)
                    && (!part.is_core() || compatible(&last.error, &part.error)) =>
            {
                absorb(last, part);
            }
            _ => groups.push(part),
        }
    }
    groups
        .into_iter()
        .enumerate()
        .filter(|(i, g)| g.is_core() || *i == 0)
        .filter(|(_, g)| g.error.status != Some(Code::Ok))
        .map(|(_, mut g)| {
            finish(&mut g.error);
            Located {
                line: g.line,
                end_line: g.end_line,
                core: g.is_core(),
                complete: g.complete,
                error: g.error,
            }
        })
        .collect()
}

/// A second complete payload on a line of its own after one that already made a complete
/// error: the error printed again (a retry, a second attempt), not more of the same print.
fn reprinted(last: &Part, part: &Part) -> bool {
    last.rank == Rank::Payload
        && last.complete
        && part.rank == Rank::Payload
        && part.complete
        && part.is_core()
        && part.line > last.end_line
}

fn parts_of(f: &Found, line: usize, end_line: usize, out: &mut Vec<Part>) {
    match &f.item {
        Item::Text(form) => {
            if let Some(error) = from_text(form) {
                let rank = if form.fragment.is_some() {
                    Rank::Fragment
                } else {
                    Rank::Text
                };
                out.push(Part {
                    line,
                    end_line,
                    rank,
                    opens: form.fragment == Some(Fragment::Header),
                    complete: false,
                    error,
                });
            }
        }
        Item::Payload(p) => {
            // The innermost error wins: a proxy's envelope around a Google body, a log line
            // around an SDK's repr. Embedded findings all sit on the payload's own lines.
            let mut inner = Vec::new();
            for e in &p.embedded {
                parts_of(e, line, end_line, &mut inner);
            }
            let mut errors = Vec::new();
            find_error_objects(&p.value, &mut errors, 0);
            if inner.iter().any(Part::is_core) {
                // The gateway whose envelope carried the inner body is what it came through.
                let via = errors.iter().find_map(|e| e.via.clone());
                let envelope = Envelope::of(&p.value);
                for part in &mut inner {
                    if part.error.via.is_none() {
                        part.error.via.clone_from(&via);
                    }
                    envelope.apply(&mut part.error);
                }
                out.extend(inner);
                return;
            }
            if errors.is_empty() {
                // Details held in a string (googleapiclient's `Details: "[{…}]"`).
                out.extend(inner);
                // A bare details list (`[{"@type": …}]` after a JS summary line, api-core's
                // text-format list) completes the error before it.
                let details = recognised_details(&p.value);
                if !details.is_empty() {
                    let mut e = ApiError::new(Provider::Google);
                    e.details = details;
                    e.truncated = p.truncated;
                    out.push(Part {
                        line,
                        end_line,
                        rank: Rank::Fragment,
                        opens: false,
                        complete: false,
                        error: e,
                    });
                }
                return;
            }
            for mut e in errors {
                e.truncated |= p.truncated;
                out.push(Part {
                    line,
                    end_line,
                    rank: Rank::Payload,
                    opens: false,
                    complete: !e.truncated,
                    error: e,
                });
            }
        }
    }
}

/// What an object that carries an error body as a string says about that error: the status of
/// the response the body came in (the Vercel AI SDK's `statusCode`, Cline's `status`), the
/// request URL and the model (`modelId`, `model_name`).
#[derive(Default)]
struct Envelope {
    http: Option<u16>,
    url: Option<String>,
    model: Option<String>,
}

impl Envelope {
    fn of(v: &Value) -> Envelope {
        let Value::Object(m) = v else {
            return Envelope::default();
        };
        let text = |keys: &[&str]| {
            keys.iter()
                .find_map(|k| m.get(*k).and_then(Value::as_str))
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        Envelope {
            http: ["statusCode", "status"]
                .iter()
                .find_map(|k| m.get(*k).and_then(Value::as_u64))
                .and_then(|c| u16::try_from(c).ok())
                .filter(|c| (400..=599).contains(c)),
            url: text(&["url"]),
            model: text(&["modelId", "model_name", "modelName"]),
        }
    }

    fn apply(&self, e: &mut ApiError) {
        if self.http.is_some() && (e.http.is_none() || e.http_guessed) {
            e.http = self.http;
            e.http_guessed = false;
        }
        if e.url.is_none() {
            e.url.clone_from(&self.url);
        }
        if e.stated_model.is_none() {
            e.stated_model.clone_from(&self.model);
        }
    }
}

fn from_text(form: &TextForm) -> Option<ApiError> {
    let mut e = ApiError::new(Provider::Google);
    e.http = form.http;
    e.status = form.status;
    e.message = form.message.clone();
    e.url = form.url.clone();
    e.stated_model = form.model.clone();
    e.error_code = form.error_code.clone();
    e.via = form.via.map(str::to_owned);
    e.hints
        .extend(form.provider.filter(|p| *p != Provider::Unknown));
    // A fragment says nothing of who served the error; another provider's form says it is
    // not Google's.
    if form.fragment.is_some()
        || form.class.is_some()
        || form.error_code.is_some()
        || form.provider.is_some_and(|p| p != Provider::Google)
    {
        // Not a Google client's form: who served it is decided from the evidence.
        e.provider = Provider::Unknown;
    }
    e.retry_after_at = form.retry_after_at;
    e.response_date = form.response_date;
    if let Some(s) = form.retry_after {
        e.stated_delays.push(RetryDelay {
            seconds: s,
            raw: format!("{s}s"),
            source: DelaySource::Header,
        });
    }
    if let Some(reason) = &form.reason {
        e.legacy.push(LegacyItem {
            reason: Some(reason.clone()),
            message: form.message.clone(),
            ..LegacyItem::default()
        });
    }
    match &form.fragment {
        None | Some(Fragment::Message | Fragment::Header) => {}
        Some(Fragment::LegacyReason(reason)) => e.legacy.push(LegacyItem {
            reason: Some(reason.clone()),
            ..LegacyItem::default()
        }),
        Some(Fragment::Legacy(item)) => e.legacy.push(item.clone()),
        Some(Fragment::ErrorInfoField { key, value }) => {
            let mut reason = None;
            let mut domain = None;
            let mut metadata = BTreeMap::new();
            match key.strip_prefix("metadata.") {
                Some(k) => {
                    metadata.insert(k.to_owned(), value.clone());
                }
                None if key == "reason" => reason = Some(value.clone()),
                None => domain = Some(value.clone()),
            }
            e.details.push(Detail::ErrorInfo {
                reason,
                domain,
                metadata,
            });
        }
        Some(Fragment::ErrorInfo {
            reason,
            domain,
            metadata,
        }) => e.details.push(Detail::ErrorInfo {
            reason: reason.clone(),
            domain: domain.clone(),
            metadata: metadata.iter().cloned().collect(),
        }),
        Some(Fragment::RetryIn(d)) => e.details.push(Detail::RetryInfo {
            retry_delay: Some(d.clone()),
        }),
        Some(Fragment::Help { description, url }) => e.details.push(Detail::Help {
            links: vec![Link {
                description: description.clone(),
                url: url.clone(),
            }],
        }),
        Some(Fragment::QuotaFailure {
            subject,
            description,
        }) => e.details.push(Detail::QuotaFailure {
            violations: vec![QuotaViolation {
                subject: subject.clone(),
                description: description.clone(),
                ..QuotaViolation::default()
            }],
        }),
        Some(Fragment::LocalizedMessage { locale, message }) => {
            e.details.push(Detail::LocalizedMessage {
                locale: Some(locale.clone()),
                message: Some(message.clone()),
            });
        }
    }
    Some(e)
}

const MAX_WALK: usize = 32;

/// Error objects anywhere in a value (Vertex streams wrap them in an array; gemini-cli in
/// another object).
fn find_error_objects(v: &Value, out: &mut Vec<ApiError>, depth: usize) {
    if depth > MAX_WALK {
        return;
    }
    match v {
        Value::Object(m) => {
            if let Some(e) = crate::providers::from_object(m) {
                out.push(e);
                return;
            }
            if let Some(Value::Object(inner)) = m.get("error")
                && let Some(e) = from_status_map(inner, false)
            {
                out.push(e);
                return;
            }
            if let Some(e) = from_status_map(m, true) {
                out.push(e);
                return;
            }
            for child in m.values() {
                find_error_objects(child, out, depth + 1);
            }
        }
        Value::Array(items) => {
            for child in items {
                find_error_objects(child, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn get<'a>(m: &'a Map<String, Value>, camel: &str, snake: &str) -> Option<&'a Value> {
    m.get(camel).or_else(|| m.get(snake))
}

fn get_str(m: &Map<String, Value>, camel: &str, snake: &str) -> Option<String> {
    get(m, camel, snake).and_then(scalar_string)
}

fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(a) if a.len() == 1 => scalar_string(&a[0]),
        _ => None,
    }
}

fn get_i64(m: &Map<String, Value>, camel: &str, snake: &str) -> Option<i64> {
    match get(m, camel, snake)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Reads a status object. `bare` means it was not under an `error` key, so it must look like a
/// status on its own (a gRPC code with a message, or an HTTP code with message and status or
/// details) before it counts: ordinary log objects also have `code` and `message` fields.
fn from_status_map(m: &Map<String, Value>, bare: bool) -> Option<ApiError> {
    let mut e = ApiError::new(Provider::Google);
    let code = m.get("code");
    let status_str = m.get("status").and_then(Value::as_str);
    let message = get_str(m, "message", "message")
        .or_else(|| m.get("details").and_then(Value::as_str).map(str::to_owned));
    match code {
        Some(Value::Number(n)) => match n.as_i64() {
            Some(c @ 100..=599) => e.http = u16::try_from(c).ok(),
            Some(c @ 0..=16) => e.status = Code::from_number(c),
            _ => {}
        },
        Some(Value::String(s)) => {
            if let Ok(c) = s.trim().parse::<u16>() {
                if (100..=599).contains(&c) {
                    e.http = Some(c);
                }
            } else {
                e.status = Code::from_name(s);
            }
        }
        _ => {}
    }
    if let Some(s) = status_str {
        match Code::from_name(s) {
            Some(c) => e.status = Some(c),
            None if bare => return None,
            None => {}
        }
    }
    // Node's fetch errors: `{ status: 429, statusText: 'Too Many Requests', errorDetails: […] }`.
    if e.http.is_none()
        && let Some(Value::Number(n)) = m.get("status")
        && let Some(c @ 100..=599) = n.as_i64()
        && (m.contains_key("statusText") || m.contains_key("errorDetails"))
    {
        e.http = u16::try_from(c).ok();
    }
    if e.status == Some(Code::Ok) || e.http.is_some_and(|c| c < 400) {
        return None;
    }
    let details = m
        .get("details")
        .or_else(|| m.get("errorDetails"))
        .filter(|d| d.is_array() || d.is_object())
        .map(details_of)
        .unwrap_or_default();
    let legacy: Vec<LegacyItem> = match m.get("errors") {
        Some(Value::Array(items)) => items.iter().filter_map(legacy_item).collect(),
        _ => Vec::new(),
    };
    if bare {
        let grpc_dump = e.status.is_some() && code.is_some() && message.is_some();
        let rest_status =
            e.http.is_some() && message.is_some() && (e.status.is_some() || !details.is_empty());
        let fetch_error = e.http.is_some() && m.contains_key("statusText");
        if !(grpc_dump || rest_status || fetch_error) {
            return None;
        }
    } else if e.http.is_none() && e.status.is_none() && legacy.is_empty() {
        return None;
    }
    e.message = message;
    e.details = details;
    e.legacy = legacy;
    Some(e)
}

fn legacy_item(v: &Value) -> Option<LegacyItem> {
    let m = v.as_object()?;
    let item = LegacyItem {
        domain: get_str(m, "domain", "domain"),
        reason: get_str(m, "reason", "reason"),
        message: get_str(m, "message", "message"),
        location_type: get_str(m, "locationType", "location_type"),
        location: get_str(m, "location", "location"),
        extended_help: get_str(m, "extendedHelp", "extended_help"),
    };
    (item != LegacyItem::default()).then_some(item)
}

/// Details standing on their own, outside a status: only objects that are recognisably
/// google.rpc details (a `@type`, or the fields of one), so that an ordinary object is not
/// taken for an unknown detail.
fn recognised_details(v: &Value) -> Vec<Detail> {
    let recognisable = |x: &Value| {
        x.as_object()
            .is_some_and(|m| m.contains_key("@type") || infer_type(m).is_some())
    };
    match v {
        Value::Array(items) => items
            .iter()
            .filter(|x| recognisable(x))
            .filter_map(detail)
            .collect(),
        Value::Object(_) if recognisable(v) => detail(v).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// Decodes a status's details list (or a single detail); unknown entries are kept.
fn details_of(v: &Value) -> Vec<Detail> {
    match v {
        Value::Array(items) => items.iter().filter_map(detail).collect(),
        Value::Object(_) => detail(v).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// A list of objects, or one object standing for a list of one (protobuf text format repeats a
/// field to make a list, so a single entry has no brackets).
fn objects(v: Option<&Value>) -> Vec<&Map<String, Value>> {
    match v {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(m)) => vec![m],
        _ => Vec::new(),
    }
}

/// A `map<string,string>` as JSON (`{"k": "v"}`), as text format (`metadata { key: "k" value:
/// "v" }` repeated), or as Go's `map[k:v]` string.
fn string_map(v: Option<&Value>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    match v {
        Some(Value::Object(m))
            if m.len() == 2 && m.contains_key("key") && m.contains_key("value") =>
        {
            if let (Some(k), Some(val)) = (scalar_string(&m["key"]), scalar_string(&m["value"])) {
                out.insert(k, val);
            }
        }
        Some(Value::Object(m)) => {
            for (k, val) in m {
                if let Some(s) = scalar_string(val) {
                    out.insert(k.clone(), s);
                }
            }
        }
        Some(Value::Array(items)) => {
            for item in items {
                out.extend(string_map(Some(item)));
            }
        }
        _ => {}
    }
    out
}

fn detail(v: &Value) -> Option<Detail> {
    let m = v.as_object()?;
    let type_url = get_str(m, "@type", "type_url");
    let kind = type_url
        .as_deref()
        .map(|u| u.rsplit(['/', '.']).next().unwrap_or(u).to_owned())
        .or_else(|| infer_type(m).map(str::to_owned));
    let Some(kind) = kind else {
        return Some(Detail::Unknown {
            type_url: None,
            value: v.clone(),
        });
    };
    Some(match kind.as_str() {
        "ErrorInfo" => Detail::ErrorInfo {
            reason: get_str(m, "reason", "reason"),
            domain: get_str(m, "domain", "domain"),
            metadata: string_map(m.get("metadata")),
        },
        "RetryInfo" => Detail::RetryInfo {
            retry_delay: get(m, "retryDelay", "retry_delay").and_then(duration_text),
        },
        "DebugInfo" => Detail::DebugInfo {
            stack_entries: match get(m, "stackEntries", "stack_entries") {
                Some(Value::Array(a)) => a.iter().filter_map(scalar_string).collect(),
                Some(other) => scalar_string(other).into_iter().collect(),
                None => Vec::new(),
            },
            detail: get_str(m, "detail", "detail"),
        },
        "QuotaFailure" => Detail::QuotaFailure {
            violations: objects(m.get("violations"))
                .into_iter()
                .map(|v| QuotaViolation {
                    subject: get_str(v, "subject", "subject"),
                    description: get_str(v, "description", "description"),
                    api_service: get_str(v, "apiService", "api_service"),
                    metric: get_str(v, "quotaMetric", "quota_metric"),
                    quota_id: get_str(v, "quotaId", "quota_id"),
                    dimensions: string_map(get(v, "quotaDimensions", "quota_dimensions")),
                    limit: get_i64(v, "quotaValue", "quota_value"),
                    future_limit: get_i64(v, "futureQuotaValue", "future_quota_value"),
                })
                .collect(),
        },
        "PreconditionFailure" => Detail::PreconditionFailure {
            violations: objects(m.get("violations"))
                .into_iter()
                .map(|v| PreconditionViolation {
                    kind: get_str(v, "type", "type"),
                    subject: get_str(v, "subject", "subject"),
                    description: get_str(v, "description", "description"),
                })
                .collect(),
        },
        "BadRequest" => Detail::BadRequest {
            field_violations: objects(get(m, "fieldViolations", "field_violations"))
                .into_iter()
                .map(|v| FieldViolation {
                    field: get_str(v, "field", "field"),
                    description: get_str(v, "description", "description"),
                    reason: get_str(v, "reason", "reason"),
                    localized_message: get(v, "localizedMessage", "localized_message")
                        .and_then(Value::as_object)
                        .map(|lm| {
                            (
                                get_str(lm, "locale", "locale").unwrap_or_default(),
                                get_str(lm, "message", "message").unwrap_or_default(),
                            )
                        }),
                })
                .collect(),
        },
        "RequestInfo" => Detail::RequestInfo {
            request_id: get_str(m, "requestId", "request_id"),
            serving_data: get_str(m, "servingData", "serving_data"),
        },
        "ResourceInfo" => Detail::ResourceInfo {
            resource_type: get_str(m, "resourceType", "resource_type"),
            resource_name: get_str(m, "resourceName", "resource_name"),
            owner: get_str(m, "owner", "owner"),
            description: get_str(m, "description", "description"),
        },
        "Help" => Detail::Help {
            links: objects(m.get("links"))
                .into_iter()
                .filter_map(|l| {
                    Some(Link {
                        description: get_str(l, "description", "description"),
                        url: get_str(l, "url", "url")?,
                    })
                })
                .collect(),
        },
        "LocalizedMessage" => Detail::LocalizedMessage {
            locale: get_str(m, "locale", "locale"),
            message: get_str(m, "message", "message"),
        },
        _ => Detail::Unknown {
            type_url,
            value: v.clone(),
        },
    })
}

/// Text format and Go maps carry no type name; the fields tell.
fn infer_type(m: &Map<String, Value>) -> Option<&'static str> {
    let has = |k: &str| m.contains_key(k);
    if has("reason") && (has("domain") || has("metadata")) {
        return Some("ErrorInfo");
    }
    if has("retryDelay") || has("retry_delay") {
        return Some("RetryInfo");
    }
    if has("fieldViolations") || has("field_violations") {
        return Some("BadRequest");
    }
    if has("violations") {
        let precondition = objects(m.get("violations"))
            .iter()
            .any(|v| v.contains_key("type"));
        return Some(if precondition {
            "PreconditionFailure"
        } else {
            "QuotaFailure"
        });
    }
    if has("links") {
        return Some("Help");
    }
    if has("stackEntries") || has("stack_entries") {
        return Some("DebugInfo");
    }
    if has("requestId") || has("request_id") {
        return Some("RequestInfo");
    }
    if has("resourceType") || has("resource_type") || has("resourceName") || has("resource_name") {
        return Some("ResourceInfo");
    }
    if has("locale") && has("message") {
        return Some("LocalizedMessage");
    }
    None
}

/// A Duration as JSON (`"14s"`) or text format (`retry_delay { seconds: 39 nanos: 478059362 }`).
fn duration_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(format!("{n}s")),
        Value::Object(m) => {
            let secs = get_i64(m, "seconds", "seconds").unwrap_or(0);
            let nanos = get_i64(m, "nanos", "nanos").unwrap_or(0);
            if nanos == 0 {
                Some(format!("{secs}s"))
            } else {
                let frac = format!("{nanos:09}");
                Some(format!("{secs}.{}s", frac.trim_end_matches('0')))
            }
        }
        _ => None,
    }
}

/// Seconds in a Go- or protobuf-style duration: `14s`, `14.347159481s`, `644ms`, `6m0s`, `1h2m`.
pub fn parse_duration(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let mut total = 0.0;
    let mut rest = s;
    let mut any = false;
    while !rest.is_empty() {
        let num_len = rest
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        if num_len == 0 {
            return None;
        }
        let n: f64 = rest[..num_len].parse().ok()?;
        rest = &rest[num_len..];
        let unit_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        total += n * match unit {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" | "" | "sec" | "secs" | "seconds" => 1.0,
            "m" | "min" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        any = true;
    }
    (any && total.is_finite()).then_some(total)
}

/// Can these two pieces be the same error? Codes must not disagree, and messages must overlap.
pub fn compatible(a: &ApiError, b: &ApiError) -> bool {
    if let (Some(x), Some(y)) = (a.http, b.http)
        && x != y
        && !a.http_guessed
        && !b.http_guessed
    {
        return false;
    }
    if let (Some(x), Some(y)) = (a.status, b.status)
        && x != y
    {
        return false;
    }
    match (&a.message, &b.message) {
        (Some(x), Some(y)) => messages_overlap(x, y),
        _ => true,
    }
}

fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.trim_end_matches(['.', ' ']).to_owned()
}

fn messages_overlap(a: &str, b: &str) -> bool {
    let (a, b) = (squash(a), squash(b));
    if a.is_empty() || b.is_empty() || a.contains(&b) || b.contains(&a) {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 24
}

fn absorb(into: &mut Part, other: Part) {
    into.end_line = into.end_line.max(other.end_line);
    let better_message = match (&into.error.message, &other.error.message) {
        (None, Some(_)) => true,
        (Some(a), Some(b)) => {
            other.rank > into.rank || (other.rank == into.rank && b.len() > a.len())
        }
        _ => false,
    };
    into.complete |= other.complete;
    merge_into(&mut into.error, other.error, better_message);
    into.error.truncated &= !into.complete;
    into.rank = into.rank.max(other.rank);
}

/// Folds a later form of the same error (the next link of an exception chain) into the first.
pub fn merge(into: &mut Located, other: Located) {
    let better_message = into.error.message.is_none()
        || (!into.complete && other.complete && other.error.message.is_some());
    into.end_line = into.end_line.max(other.end_line);
    into.core |= other.core;
    into.complete |= other.complete;
    merge_into(&mut into.error, other.error, better_message);
    into.error.truncated &= !into.complete;
    finish(&mut into.error);
}

fn merge_into(into: &mut ApiError, other: ApiError, take_message: bool) {
    if take_message && other.message.is_some() {
        into.message = other.message;
    }
    // A stated status beats one read from an error type.
    if other.http.is_some() && (into.http.is_none() || (into.http_guessed && !other.http_guessed)) {
        into.http = other.http;
        into.http_guessed = other.http_guessed;
    }
    into.status = into.status.or(other.status);
    into.url = into.url.take().or(other.url);
    into.error_type = into.error_type.take().or(other.error_type);
    into.error_code = into.error_code.take().or(other.error_code);
    into.via = into.via.take().or(other.via);
    if into.provider == Provider::Unknown || other.provider == Provider::Google {
        into.provider = other.provider;
    }
    into.hints.extend(other.hints);
    into.nearby = into.nearby.or(other.nearby);
    into.context = into.context.or(other.context);
    into.stated_model = into.stated_model.take().or(other.stated_model);
    into.stated_delays.extend(other.stated_delays);
    into.retry_after_at = into.retry_after_at.or(other.retry_after_at);
    into.response_date = into.response_date.or(other.response_date);
    for d in other.details {
        if into.details.contains(&d) {
            continue;
        }
        // Pieces of one ErrorInfo printed apart (gax-go, gargle bullets) make one detail.
        if let Detail::ErrorInfo {
            reason,
            domain,
            metadata,
        } = &d
        {
            let existing = into.details.iter_mut().find_map(|x| match x {
                Detail::ErrorInfo {
                    reason: r,
                    domain: dm,
                    metadata: md,
                } => Some((r, dm, md)),
                _ => None,
            });
            if let Some((r, dm, md)) = existing {
                if r.is_none() {
                    r.clone_from(reason);
                }
                if dm.is_none() {
                    dm.clone_from(domain);
                }
                for (k, v) in metadata {
                    md.entry(k.clone()).or_insert_with(|| v.clone());
                }
                continue;
            }
        }
        into.details.push(d);
    }
    for l in other.legacy {
        if !into.legacy.contains(&l) {
            into.legacy.push(l);
        }
    }
    into.truncated |= other.truncated;
}

static QUOTA_METRIC_LINE: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(r"Quota exceeded for metric: ([^\s,]+), limit: (\d+)(?:, model: ([\w.\-/]*\w))?")
});
static VERTEX_QUOTA: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"Quota exceeded for ([a-z0-9.\-]+\.googleapis\.com/\w+)(?: with base model: ([\w.\-@]*\w))?",
    )
});
static CLOUD_QUOTA: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(r"Quota exceeded for quota metric '([^']+)' and limit '([^']+)' of service '([^']+)'")
});
static EXCEED_METRICS: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(r"quota metrics exceed quota limits: ([a-z0-9.\-]+\.googleapis\.com/\w+)")
});
static RETRY_IN: LazyLock<Lazy> =
    LazyLock::new(|| Lazy::new(r"(?i)\bretry (?:in|after) (\d+(?:\.\d+)?) ?(ms|s|seconds?|sec)\b"));
static MODEL_IN_TEXT: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(r"(?:\bmodels/|\bbase model: |, model: |\bmodel[ =:]+['\x22]?)([a-z][\w.\-@]*[\w])")
});

/// Recomputes every derived field from the raw ones (details, legacy items, message, URL), so
/// that it can run again after a merge.
pub fn finish(e: &mut ApiError) {
    e.reason = None;
    e.domain = None;
    e.metadata.clear();
    e.retry_delay = None;
    e.message_retry_delay = None;
    e.quota.clear();
    e.links.clear();

    let mut structured_quota = false;
    for d in &e.details {
        match d {
            Detail::ErrorInfo {
                reason,
                domain,
                metadata,
            } if e.reason.is_none() && e.domain.is_none() => {
                e.reason.clone_from(reason);
                e.domain.clone_from(domain);
                e.metadata.clone_from(metadata);
            }
            Detail::RetryInfo {
                retry_delay: Some(raw),
            } if e.retry_delay.is_none() => {
                if let Some(seconds) = parse_duration(raw) {
                    e.retry_delay = Some(RetryDelay {
                        seconds,
                        raw: raw.clone(),
                        source: DelaySource::RetryInfo,
                    });
                }
            }
            Detail::QuotaFailure { violations } => {
                for v in violations {
                    if v.metric.is_none() && v.quota_id.is_none() {
                        continue;
                    }
                    structured_quota = true;
                    let mut v = v.clone();
                    // proto3 JSON omits a zero quotaValue: a violation without one has limit 0,
                    // unless the payload was cut before the value.
                    if v.limit.is_none() && !e.truncated {
                        v.limit = Some(0);
                    }
                    add_quota(&mut e.quota, v, true);
                }
            }
            Detail::Help { links } => {
                for l in links {
                    if !e.links.contains(l) {
                        e.links.push(l.clone());
                    }
                }
            }
            _ => {}
        }
    }
    if e.reason.is_none()
        && let Some(l) = e.legacy.iter().find(|l| l.reason.is_some())
    {
        e.reason.clone_from(&l.reason);
        e.domain.clone_from(&l.domain);
    }

    // ErrorInfo metadata of Service Infrastructure quota errors names the limit too.
    if let Some(metric) = e.metadata.get("quota_metric").cloned() {
        let mut dims = BTreeMap::new();
        if let Some(loc) = e.metadata.get("quota_location") {
            dims.insert("location".to_owned(), loc.clone());
        }
        add_quota(
            &mut e.quota,
            QuotaViolation {
                metric: Some(metric),
                quota_id: e.metadata.get("quota_limit").cloned(),
                limit: e
                    .metadata
                    .get("quota_limit_value")
                    .and_then(|v| v.parse().ok()),
                dimensions: dims,
                ..QuotaViolation::default()
            },
            !structured_quota,
        );
    }

    let message = e.message.clone().unwrap_or_default();
    // In a cut message the last value may be cut too (`model: gemini-2.5-fl`): not a fact.
    let cut_at = if e.truncated {
        message.trim_end().len()
    } else {
        usize::MAX
    };
    let whole = |m: crate::pattern::Match<'_>| m.end() < cut_at;
    for c in QUOTA_METRIC_LINE.captures_iter(&message) {
        let mut dims = BTreeMap::new();
        if let Some(m) = c.get(3).filter(|m| whole(*m)) {
            dims.insert("model".to_owned(), m.as_str().to_owned());
        }
        let v = QuotaViolation {
            metric: Some(c[1].to_owned()),
            limit: c
                .get(2)
                .filter(|m| whole(*m))
                .and_then(|m| m.as_str().parse().ok()),
            dimensions: dims,
            ..QuotaViolation::default()
        };
        if structured_quota {
            add_quota(&mut e.quota, v, false);
        } else {
            // Each printed line is one violation (duplicates are different quota ids).
            e.quota.push(v);
        }
    }
    for c in VERTEX_QUOTA.captures_iter(&message) {
        let mut dims = BTreeMap::new();
        if let Some(m) = c.get(2) {
            dims.insert("base_model".to_owned(), m.as_str().to_owned());
        }
        add_quota(
            &mut e.quota,
            QuotaViolation {
                metric: Some(c[1].to_owned()),
                dimensions: dims,
                ..QuotaViolation::default()
            },
            !structured_quota,
        );
    }
    for c in CLOUD_QUOTA.captures_iter(&message) {
        let alone = !structured_quota && e.quota.is_empty();
        add_quota(
            &mut e.quota,
            QuotaViolation {
                metric: Some(c[1].to_owned()),
                quota_id: Some(c[2].to_owned()),
                api_service: Some(c[3].to_owned()),
                ..QuotaViolation::default()
            },
            alone,
        );
    }
    for c in EXCEED_METRICS.captures_iter(&message) {
        add_quota(
            &mut e.quota,
            QuotaViolation {
                metric: Some(c[1].to_owned()),
                ..QuotaViolation::default()
            },
            !structured_quota,
        );
    }

    // The pattern ignores case, so it has no literal of its own to check first.
    let says_retry = memchr::memmem::find(message.as_bytes(), b"etry").is_some()
        || memchr::memmem::find(message.as_bytes(), b"ETRY").is_some();
    if says_retry && let Some(c) = RETRY_IN.captures(&message) {
        let n: f64 = c[1].parse().unwrap_or(0.0);
        let seconds = if &c[2] == "ms" { n / 1000.0 } else { n };
        let unit = if &c[2] == "ms" { "ms" } else { "s" };
        let delay = RetryDelay {
            seconds,
            raw: format!("{}{unit}", &c[1]),
            source: DelaySource::Message,
        };
        if e.retry_delay.is_none() {
            e.retry_delay = Some(delay);
        } else {
            e.message_retry_delay = Some(delay);
        }
    }

    let message_for_model = if e.truncated {
        // Drop the cut-off last word.
        message
            .trim_end()
            .rsplit_once(char::is_whitespace)
            .map_or("", |(head, _)| head)
            .to_owned()
    } else {
        message.clone()
    };
    e.model = e
        .stated_model
        .clone()
        .or_else(|| e.quota.iter().find_map(|q| q.model().map(str::to_owned)))
        .or_else(|| e.metadata.get("model").cloned())
        .or_else(|| model_in(&message_for_model))
        .or_else(|| e.url.as_deref().and_then(model_in));
    e.product = product(e);

    // Other providers: who served it, what their message states, what kind of failure.
    crate::providers::resolve(e);
    if let (Some(at), Some(date)) = (e.retry_after_at, e.response_date)
        && e.stated_delays.is_empty()
    {
        let seconds = at.duration_since(date).as_secs_f64().max(0.0);
        e.stated_delays.push(RetryDelay {
            seconds,
            raw: format!("{seconds}s"),
            source: DelaySource::Header,
        });
    }
    if e.retry_delay.is_none() {
        // A header or body field, when neither RetryInfo nor the message gave a delay.
        e.retry_delay = e.stated_delays.first().cloned();
    } else if let Some(stated) = e.stated_delays.first()
        && e.provider != Provider::Google
    {
        // The header is what the server's rate limiter set; the message rounds it.
        e.message_retry_delay = e.retry_delay.take();
        e.retry_delay = Some(stated.clone());
    }
    e.limit = None;
    crate::providers::read_message(e);
    if e.provider == Provider::Google {
        if e.error_code.is_none() {
            e.error_code = e.status.map(|c| c.name().to_owned());
        }
        if let Some(q) = e.quota.first()
            && let Some(limit) = q.limit
        {
            e.limit = Some(crate::model::Limit {
                dimension: Some(
                    if q.metric.as_deref().is_some_and(|m| m.contains("token")) {
                        "tokens"
                    } else {
                        "requests"
                    }
                    .to_owned(),
                ),
                window: match q.window() {
                    crate::model::QuotaWindow::Minute => Some("minute".to_owned()),
                    crate::model::QuotaWindow::Day => Some("day".to_owned()),
                    crate::model::QuotaWindow::Unknown => None,
                },
                limit: Some(limit as f64),
                ..crate::model::Limit::default()
            });
        }
    }
    e.category = crate::providers::category(e);
}

/// Adds a violation, or completes one already known for the same metric (and quota id).
/// `may_add` is false when a structured QuotaFailure already listed the violations and this one
/// only restates them (the message's `* Quota exceeded …` lines).
fn add_quota(list: &mut Vec<QuotaViolation>, v: QuotaViolation, may_add: bool) {
    let same = list.iter_mut().find(|q| {
        q.metric == v.metric
            && (q.quota_id.is_none() || v.quota_id.is_none() || q.quota_id == v.quota_id)
            && (q.model().is_none() || v.model().is_none() || q.model() == v.model())
            && (q.limit.is_none() || v.limit.is_none() || q.limit == v.limit)
    });
    match same {
        Some(q) => {
            if q.quota_id.is_none() {
                q.quota_id = v.quota_id;
            }
            if q.limit.is_none() {
                q.limit = v.limit;
            }
            if q.api_service.is_none() {
                q.api_service = v.api_service;
            }
            for (k, val) in v.dimensions {
                q.dimensions.entry(k).or_insert(val);
            }
        }
        None if may_add => list.push(v),
        None => {}
    }
}

fn model_in(text: &str) -> Option<String> {
    if !text.contains("model") {
        return None;
    }
    let c = MODEL_IN_TEXT.captures(text)?;
    let m = c[1].trim_end_matches(['.', '-']);
    // `models/gemini-pro:generateContent` names the model before the method.
    let m = m.split(':').next().unwrap_or(m);
    (m.len() >= 3 && m.chars().any(|c| c.is_ascii_digit() || c == '-')).then(|| m.to_owned())
}

/// Which product the evidence names: host names in the domain, service, metrics, links and
/// request URL, or the docs the message points to.
fn product(e: &ApiError) -> Option<Product> {
    let mut evidence = String::new();
    let mut add = |s: &str| {
        evidence.push_str(s);
        evidence.push(' ');
    };
    e.domain.as_deref().map(&mut add);
    for v in e.metadata.values() {
        add(v);
    }
    for q in &e.quota {
        q.metric.as_deref().map(&mut add);
        q.api_service.as_deref().map(&mut add);
    }
    for l in &e.links {
        add(&l.url);
    }
    e.url.as_deref().map(&mut add);
    e.message.as_deref().map(&mut add);
    let has = |s: &str| evidence.contains(s);
    if has("cloudcode-pa.googleapis.com") {
        Some(Product::CodeAssist)
    } else if has("generativelanguage.googleapis.com")
        || has("ai.google.dev")
        || has("ai.dev/")
        || has("aistudio.google.com")
        || has("ai.studio/")
        || has("generativeai.google")
    {
        Some(Product::GeminiApi)
    } else if has("aiplatform.googleapis.com") || has("vertex-ai") {
        Some(Product::VertexAi)
    } else if has(".googleapis.com")
        || has("cloud.google.com")
        || has("console.developers.google.com")
    {
        Some(Product::Cloud)
    } else {
        None
    }
}

/// Every lazy pattern of this module, for the test that runs them through both engines.
#[cfg(test)]
pub(crate) fn lazy_patterns() -> Vec<&'static Lazy> {
    vec![
        &QUOTA_METRIC_LINE,
        &VERTEX_QUOTA,
        &CLOUD_QUOTA,
        &EXCEED_METRICS,
        &RETRY_IN,
        &MODEL_IN_TEXT,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_region;

    fn one(text: &str) -> ApiError {
        let found = parse_region(text);
        let mut errs = errors(&found);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        errs.remove(0).error
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("14s"), Some(14.0));
        assert_eq!(parse_duration("14.347159481s"), Some(14.347159481));
        assert_eq!(parse_duration("644ms"), Some(0.644));
        assert_eq!(parse_duration("6m0s"), Some(360.0));
        assert_eq!(parse_duration("soon"), None);
    }

    #[test]
    fn seed_line_is_one_error_with_every_fact() {
        let line = "[ERROR] 请求任务错误 ... 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. \\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-2.5-flash\\nPlease retry in 14.347159481s.', 'status': 'RESOURCE_EXHAUSTED', 'details': [{'@type': 'type.googleapis.com/google.rpc.Help', 'links': [{'description': 'Learn more about Gemini API quotas', 'url': 'https://ai.google.dev/gemini-api/docs/rate-limits'}]}, {'@type': 'type.googleapis.com/google.rpc.QuotaFailure', 'violations': [{'quotaMetric': 'generativelanguage.googleapis.com/generate_content_free_tier_requests', 'quotaId': 'GenerateRequestsPerDayPerProjectPerModel-FreeTier', 'quotaDimensions': {'location': 'global', 'model': 'gemini-2.5-flash'}, 'quotaValue': '20'}]}, {'@type': 'type.googleapis.com/google.rpc.RetryInfo', 'retryDelay': '14s'}]}}";
        let e = one(line);
        assert_eq!(e.http, Some(429));
        assert_eq!(e.status, Some(Code::ResourceExhausted));
        assert_eq!(e.model.as_deref(), Some("gemini-2.5-flash"));
        assert_eq!(e.quota.len(), 1);
        assert_eq!(e.quota[0].limit, Some(20));
        assert_eq!(
            e.quota[0].quota_id.as_deref(),
            Some("GenerateRequestsPerDayPerProjectPerModel-FreeTier")
        );
        assert_eq!(e.retry_delay.as_ref().map(|d| d.seconds), Some(14.0));
        assert_eq!(
            e.message_retry_delay.as_ref().map(|d| d.raw.as_str()),
            Some("14.347159481s")
        );
        assert_eq!(e.product, Some(Product::GeminiApi));
        assert_eq!(e.links.len(), 1);
        assert!(!e.truncated);
    }

    #[test]
    fn cut_payload_is_truncated_and_keeps_the_summary() {
        let e = one("x 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exc...");
        assert!(e.truncated);
        assert_eq!(e.http, Some(429));
        assert_eq!(e.status, Some(Code::ResourceExhausted));
        assert_eq!(e.message.as_deref(), Some("You exc"));
    }

    #[test]
    fn ordinary_objects_are_not_errors() {
        for text in [
            r#"{"level":"error","status":200,"msg":"ok"}"#,
            r#"{"code":"OK","message":"done"}"#,
            r#"{"error": "connection reset"}"#,
            r#"{"code": 200, "message": "fine", "status": "OK"}"#,
        ] {
            let found = errors(&parse_region(text));
            assert!(found.iter().all(|l| !l.core), "{text}: {found:?}");
            assert!(
                found.iter().all(|l| l.error.details.is_empty()),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn legacy_format() {
        let e = one(
            r#"{"error":{"errors":[{"domain":"usageLimits","reason":"rateLimitExceeded","message":"Rate Limit Exceeded"}],"code":403,"message":"Rate Limit Exceeded"}}"#,
        );
        assert_eq!(e.http, Some(403));
        assert_eq!(e.status, None);
        assert_eq!(e.reason.as_deref(), Some("rateLimitExceeded"));
        assert_eq!(e.domain.as_deref(), Some("usageLimits"));
    }

    #[test]
    fn text_format_details_complete_the_api_core_line() {
        let text = "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com' for consumer 'project_number:1'. [reason: \"RATE_LIMIT_EXCEEDED\"\ndomain: \"googleapis.com\"\nmetadata {\n  key: \"quota_limit_value\"\n  value: \"0\"\n}\nmetadata {\n  key: \"quota_metric\"\n  value: \"generativelanguage.googleapis.com/generate_content_requests\"\n}\n, links {\n  description: \"Request a higher quota limit.\"\n  url: \"https://cloud.google.com/docs/quota#requesting_higher_quota\"\n}\n]";
        let e = one(text);
        assert_eq!(e.reason.as_deref(), Some("RATE_LIMIT_EXCEEDED"));
        assert_eq!(
            e.metadata.get("quota_limit_value").map(String::as_str),
            Some("0")
        );
        assert_eq!(e.links.len(), 1);
        assert_eq!(e.quota[0].limit, Some(0));
        assert_eq!(e.product, Some(Product::GeminiApi));
    }

    #[test]
    fn nested_string_payload_labels_the_inner_error() {
        let text = r#"{"error":{"message":"{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Resource has been exhausted (e.g. check quota).\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}\n","code":429,"status":"Too Many Requests"}}"#;
        let e = one(text);
        assert_eq!(e.status, Some(Code::ResourceExhausted));
        assert_eq!(
            e.message.as_deref(),
            Some("Resource has been exhausted (e.g. check quota).")
        );
    }

    #[test]
    fn the_same_payload_printed_twice_is_two_errors() {
        let line = r#"  API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}) · Retrying"#;
        let errs = errors(&parse_region(&format!("{line}\n{line}\n")));
        assert_eq!(errs.len(), 2, "{errs:#?}");
        assert_eq!((errs[0].line, errs[1].line), (0, 1));
        // A summary line and the payload it prints are still one error.
        let one = errors(&parse_region(
            "InternalServerError: 529 Overloaded\n{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n",
        ));
        assert_eq!(one.len(), 1, "{one:#?}");
    }

    #[test]
    fn the_envelope_of_a_string_body_gives_its_status_url_and_model() {
        let e = one(
            r#"{"statusCode":413,"url":"https://api.groq.com/openai/v1/chat/completions","modelId":"llama-3.1-8b-instant","responseBody":"{\"error\":{\"message\":\"Request too large for model\",\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\"}}"}"#,
        );
        // The body's `rate_limit_exceeded` alone would say 429.
        assert_eq!(e.http, Some(413));
        assert_eq!(e.model.as_deref(), Some("llama-3.1-8b-instant"));
        assert_eq!(e.provider, Provider::Groq);
    }

    #[test]
    fn bare_grpc_status_and_node_dump() {
        let e = one(r#"{"code": 8, "message": "Quota exceeded.", "details": []}"#);
        assert_eq!((e.http, e.status), (None, Some(Code::ResourceExhausted)));
        let n = one(
            "Error: 8 RESOURCE_EXHAUSTED: Quota exceeded.\n    at x (y.js:1:1) {\n  code: 8,\n  details: 'Quota exceeded.',\n  metadata: Metadata { internalRepr: Map(0) {}, options: {} }\n}",
        );
        assert_eq!(n.status, Some(Code::ResourceExhausted));
        assert_eq!(n.message.as_deref(), Some("Quota exceeded."));
    }
}
