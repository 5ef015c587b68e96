//! The one-line forms in which client libraries print an error without (or before) its payload:
//! `429 RESOURCE_EXHAUSTED.` (google-genai), `rpc error: code = … desc = …` (Go),
//! `googleapi: Error 403: …, accessNotConfigured`, `StatusRuntimeException: RESOURCE_EXHAUSTED: …`
//! (Java), `Status(StatusCode="…", Detail="…")` (.NET), `StatusCode.X` and
//! `google.api_core.exceptions.X: 429 …` (Python), `[GoogleGenerativeAI Error]: … [429 Too Many
//! Requests] …` (JS), and more. Each form is a row: a literal anchor that must appear on the line
//! (cheap to test), a pattern, and a function that reads the captures.
//!
//! A status word alone is never a form: "except ResourceExhausted" and "错误类型为
//! RESOURCE_EXHAUSTED" are prose. Every form needs a code in a client's own layout.

use std::sync::{LazyLock, OnceLock};

use regex::{Captures, Regex};

use crate::model::{Code, LegacyItem, Provider};
use crate::pattern::Match;

/// What a text form says about an error.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextForm {
    pub http: Option<u16>,
    pub status: Option<Code>,
    pub message: Option<String>,
    /// A legacy reason (`accessNotConfigured`) or ErrorInfo reason printed on the line.
    pub reason: Option<String>,
    /// The request URL when the client printed it (it names the model and the product).
    pub url: Option<String>,
    /// Which client printed it, for tests and debugging.
    pub form: &'static str,
    /// Only a piece of a detail (gax-go `error details:` lines, grpcio `details = "…"`): it
    /// completes the error next to it and is never an error on its own.
    pub fragment: Option<Fragment>,
    /// The exception class a client printed (`openai.RateLimitError`, `ThrottlingException`).
    pub class: Option<String>,
    /// The provider's own code (an AWS exception name).
    pub error_code: Option<String>,
    /// Who the form points to, when it does (a module, an operation name).
    pub provider: Option<Provider>,
    /// The gateway or wrapper that printed it (`litellm`).
    pub via: Option<&'static str>,
    /// The model the client printed as a field of its own (pydantic-ai's `model_name: X`).
    pub model: Option<String>,
    /// A `Retry-After` header's seconds.
    pub retry_after: Option<f64>,
    /// A `Retry-After` header's HTTP date, and a `Date` header.
    pub retry_after_at: Option<jiff::Timestamp>,
    pub response_date: Option<jiff::Timestamp>,
}

/// Pieces that other lines of the same block carry.
#[derive(Clone, Debug, PartialEq)]
pub enum Fragment {
    /// The first line of a multi-line form (`<_InactiveRpcError of RPC that terminated with:`,
    /// grpcurl's `ERROR:`): it says nothing itself but is where the error starts.
    Header,
    Message,
    /// Go's googleapi prints the legacy reason after the details: `, rateLimitExceeded`.
    LegacyReason(String),
    /// One field of an ErrorInfo printed as a bullet (`* reason: …`, `* metadata.k: v`).
    ErrorInfoField {
        key: String,
        value: String,
    },
    /// A legacy item as .NET prints it: `Message[…] Location[…] Reason[…] Domain[…]`.
    Legacy(LegacyItem),
    ErrorInfo {
        reason: Option<String>,
        domain: Option<String>,
        metadata: Vec<(String, String)>,
    },
    RetryIn(String),
    Help {
        description: Option<String>,
        url: String,
    },
    QuotaFailure {
        subject: Option<String>,
        description: Option<String>,
    },
    LocalizedMessage {
        locale: String,
        message: String,
    },
}

struct Form {
    /// A literal that must occur on the line before the pattern is tried; with a leading `^`,
    /// the line must start with it.
    anchor: &'static str,
    name: &'static str,
    re: &'static (dyn FormPattern + Sync),
    read: fn(&FormCaps<'_>) -> Option<TextForm>,
}

/// A form's compiled pattern, and which of its groups (if any) runs to the end of the line.
trait FormPattern {
    fn compiled(&self) -> (&Regex, Option<usize>);

    /// The pattern as written, when it was compiled otherwise.
    #[cfg(test)]
    fn written(&self) -> Option<String> {
        None
    }
}

impl FormPattern for LazyLock<Regex> {
    fn compiled(&self) -> (&Regex, Option<usize>) {
        (self, None)
    }
}

/// A pattern whose last group, `(.*)`, is the message: the rest of the line. Left to the regex,
/// that group makes the engines walk the whole rest of the line three times (forward to find
/// where the match ends, back to find where it starts, and again for the groups), and the
/// line can be a Python repr of a whole payload, a kilobyte or more. So the pattern is compiled
/// with an empty group named `rest` in its place, and where that group matches, it is taken
/// to run to the end of the line, as `.*` would. A test holds the two to the same matches.
struct RestOfLine {
    pattern: fn() -> String,
    compiled: OnceLock<(Regex, usize)>,
}

impl RestOfLine {
    /// The pattern with its last `(.*)` made an empty `rest` group.
    fn rewritten(pattern: &str) -> String {
        let at = pattern
            .rfind("(.*)")
            .unwrap_or_else(|| panic!("{pattern:?} has no (.*)"));
        format!("{}(?P<rest>){}", &pattern[..at], &pattern[at + 4..])
    }
}

impl FormPattern for RestOfLine {
    fn compiled(&self) -> (&Regex, Option<usize>) {
        let (re, rest) = self.compiled.get_or_init(|| {
            let re = crate::pattern::compile_for_search(&Self::rewritten(&(self.pattern)()));
            let rest = re
                .capture_names()
                .position(|n| n == Some("rest"))
                .expect("the rest group");
            (re, rest)
        });
        (re, Some(*rest))
    }

    #[cfg(test)]
    fn written(&self) -> Option<String> {
        Some((self.pattern)())
    }
}

/// One match of a form's pattern, as the read functions see it.
struct FormCaps<'h> {
    caps: Captures<'h>,
    line: &'h str,
    /// The group that runs to the end of the line (see [`RestOfLine`]).
    rest: Option<usize>,
}

impl<'h> FormCaps<'h> {
    fn get(&self, i: usize) -> Option<Match<'h>> {
        let m = self.caps.get(i)?;
        let runs_on = match self.rest {
            Some(r) if i == r => true,
            Some(r) => i == 0 && self.caps.get(r).is_some(),
            None => false,
        };
        let end = if runs_on {
            // Where `.*` stops: the end of the line.
            memchr::memchr(b'\n', &self.line.as_bytes()[m.end()..])
                .map_or(self.line.len(), |n| m.end() + n)
        } else {
            m.end()
        };
        Some(Match::new(self.line, m.start(), end))
    }
}

impl std::ops::Index<usize> for FormCaps<'_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i)
            .unwrap_or_else(|| panic!("group {i} did not match"))
            .as_str()
    }
}

/// Every match of a form's pattern on `line`, leftmost first.
fn form_matches<'h>(pattern: &dyn FormPattern, line: &'h str) -> Vec<FormCaps<'h>> {
    let (re, rest) = pattern.compiled();
    let mut out = Vec::new();
    let mut at = 0;
    while at <= line.len()
        && let Some(caps) = re.captures_at(line, at)
    {
        let caps = FormCaps { caps, line, rest };
        let whole = caps.get(0).expect("group 0");
        if whole.end() == whole.start() {
            // No form matches nothing; were one to, this is where `captures_iter` would stop
            // being the same search.
            break;
        }
        at = whole.end();
        out.push(caps);
    }
    out
}

/// Upper-case status names, longest first so that alternation prefers full names.
fn status_alternation() -> String {
    let mut names: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| **c != Code::Ok)
        .map(|c| c.name())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}

macro_rules! re {
    ($name:ident, $pat:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| crate::pattern::compile_for_search(&$pat));
    };
}

/// A form's pattern that ends in the rest of the line (see [`RestOfLine`]).
macro_rules! re_rest {
    ($name:ident, $pat:expr) => {
        static $name: RestOfLine = RestOfLine {
            pattern: || String::from($pat),
            compiled: OnceLock::new(),
        };
    };
}

// `429 RESOURCE_EXHAUSTED. {…}` / `503 UNAVAILABLE. The model…` (google-genai, Java genai).
re_rest!(
    CODE_STATUS,
    format!(
        r#"(?:^|[\s:\[(\]'"`>*])([1-5]\d\d) ({})(?:\.|\b)(?:\s+(.*))?"#,
        status_alternation()
    )
);
// grpc-js `Error: 8 RESOURCE_EXHAUSTED: …` and Firebase's `8 RESOURCE_EXHAUSTED: …`.
re_rest!(
    GRPC_NUMBER,
    format!(
        r"(?:^|[\s:\[(])(1[0-6]|[1-9]) ({}): ?(.*)",
        status_alternation()
    )
);
// `StatusRuntimeException: RESOURCE_EXHAUSTED: …`, `Status thrown: …`, `(gcloud.x) PERMISSION_DENIED: …`.
re_rest!(
    STATUS_COLON,
    format!(
        r"(?:Exception|Status thrown|Error|Status): ({}):? ?(.*)",
        status_alternation()
    )
);
re_rest!(GO_GRPC, r"rpc error: code = (\w+) desc = (.*)");
re!(
    GRPC_HEADER,
    r"<_(?:InactiveRpcError|MultiThreadedRendezvous) of RPC that terminated with:"
);
re!(GRPCURL_HEADER, r"^ERROR:\s*$");
// api-core classes printed without their module (`raised ResourceExhausted: 429 …`, tenacity).
const API_CORE_HTTP_CLASSES: &[&str] = &[
    "TooManyRequests",
    "BadRequest",
    "Forbidden",
    "Unauthorized",
    "Conflict",
    "InternalServerError",
    "ServiceUnavailable",
    "GatewayTimeout",
    "MethodNotImplemented",
    "BadGateway",
];

/// api-core's exception class names: the canonical codes' and the HTTP ones.
fn api_core_classes() -> impl Iterator<Item = &'static str> {
    Code::ALL
        .iter()
        .filter(|c| **c != Code::Ok)
        .map(|c| c.camel())
        .chain(API_CORE_HTTP_CLASSES.iter().copied())
}

re_rest!(
    API_CORE_CLASS,
    format!(
        r"(?:^|[\s(])({}): (\d{{3}}|None) (.*)",
        api_core_classes().collect::<Vec<_>>().join("|")
    )
);
re!(GOOGLEAPI_REASON, r"^, ([a-z][A-Za-z0-9]+)\s*$");
re_rest!(
    GCLOUD,
    r"ERROR: \(gcloud\.[\w.-]+\) (?:([A-Z_]+)|HTTPError (\d{3})): (.*)"
);
re!(GARGLE, r"(?:Client|Server) error: \((\d{3})\) ([A-Z_]+)");
re!(
    BULLET_FIELD,
    r"^\* (reason|domain|metadata\.([\w.-]+)): (.+)$"
);
re!(BULLET_QUOTA, r"^\* (Quota exceeded for quota metric .+)$");
re!(
    DOTNET_LEGACY,
    r"Message\[(.*?)\] Location\[(.*?)\] Reason\[(.*?)\] Domain\[(.*?)\]"
);
re_rest!(GOOGLEAPI, r"googleapi: Error (\d{3}): (.*)");
re_rest!(
    GOOGLEAPI_BODY,
    r"googleapi: got HTTP response code (\d{3}) with body: (.*)"
);
re_rest!(
    GAX_JAVA,
    r"com\.google\.api\.gax\.rpc\.(\w+?)Exception: (.*)"
);
re!(
    DOTNET,
    r#"Status\(StatusCode="?(\w+)"?, Detail="(.*?)"(?:, DebugException=.*)?\)"#
);
re!(PY_GRPC_STATUS, r"StatusCode\.([A-Z_]+)\b");
re!(PY_GRPC_DETAILS, r#"^\s*details = "(.*)"\s*$"#);
re_rest!(
    API_CORE,
    r"google\.api_core\.exceptions\.(\w+): (?:(\d{3}|None) )?(.*)"
);
re_rest!(
    JS_OLD,
    r"\[GoogleGenerativeAI Error\]: (?:Error fetching from (\S+): )?\[(\d{3})(?: ([^\]]*))?\] ?(.*)"
);
re_rest!(
    GOT_STATUS,
    r"got status: (?:(\d{3}) ([A-Za-z ]+?)|([A-Z_]+))\. ?(.*)"
);
re_rest!(
    RUST_GAX,
    r"the service reports an error with code ([A-Z_]+) described as: (.*)"
);
re!(
    GEMINI_CLI,
    r"\[API Error: (.*?)(?: \(Status: ([A-Z_]+)\))?\]\s*$"
);
re!(
    HTTP_ERROR,
    r#"<HttpError (\d{3}) when requesting (\S+) returned "(.*?)"(?:\. Details: .*)?>?"#
);
re!(
    GO_GENAI,
    r"(?s)Error (\d{3}), Message: (.*?), Status: ([A-Z_]+)(?:, Details: |\s*$)"
);
re!(
    DOTNET_REQUEST_ERROR,
    r"Google\.Apis\.Requests\.RequestError\s*\n(.+?) \[(\d{3})\]"
);
re!(GRPCURL_CODE, r"^\s*Code: ([A-Z][A-Za-z]+)\s*$");
re!(GRPCURL_MESSAGE, r"^\s*Message: (.*)$");
re_rest!(HTTP_STATUS_CODE_IS, r"HttpStatusCode is (\w+)\.?\s*(.*)");
re_rest!(
    GAX_GO_DETAIL,
    r"error details: (?:name = (\w+) (.*)|retry in (\S+))"
);
// `429 Quota exceeded for …` without a status word: api-core's `str(e)`, gargle, proxies.
// Only well-known Google message openings count, so that an access log's `429 -` does not.
re!(
    CODE_MESSAGE,
    format!(
        r"(?:^|[\s:\[(])([45]\d\d) ((?:{}|(?:{}) https://[\w.-]+\.googleapis\.com/).*)",
        alternation(GOOGLE_OPENINGS),
        METHODS.join("|")
    )
);
/// The Google messages `code-message` knows by their first words.
const GOOGLE_OPENINGS: &[&str] = &[
    "Quota exceeded for",
    "Resource has been exhausted",
    "Resource exhausted",
    "You exceeded your current quota",
    "The model is overloaded",
    "API key not valid",
    "API key expired",
    "User location is not supported",
    "Request had insufficient authentication scopes",
    "Request had invalid authentication credentials",
    "The caller does not have permission",
    "Permission denied",
    "Method doesn't allow unregistered callers",
    "Internal error encountered",
    "An internal error has occurred",
    "The service is currently unavailable",
    "Unable to submit request because",
    "Deadline expired",
    "Request contains an invalid argument",
    "Requested entity was not found",
];
/// A request line in `code-message`: `404 GET https://….googleapis.com/…`.
const METHODS: &[&str] = &["POST", "GET", "PUT", "PATCH", "DELETE"];

/// Literal texts as alternatives of a pattern.
fn alternation(texts: &[&str]) -> String {
    texts
        .iter()
        .map(|t| regex::escape(t))
        .collect::<Vec<_>>()
        .join("|")
}

// Other providers' SDKs. `openai.RateLimitError: Error code: 429 - {…}` (openai-python,
// anthropic-python and their clones).
re_rest!(
    SDK_ERROR_CODE,
    r"(?:^|[\s(])((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception)): Error code: (\d{3})(?: - (.*))?"
);
// openai-node and anthropic-sdk-typescript: `RateLimitError: 429 Rate limit reached for …`.
re!(
    NODE_SDK,
    format!(
        r"(?:^|[\s(])((?:[A-Za-z_]\w*\.)*(?:{})): (\d{{3}}) (.+)",
        NODE_CLASSES.join("|")
    )
);
/// The error classes of the Node SDKs that print their status after the name.
const NODE_CLASSES: &[&str] = &[
    "RateLimitError",
    "AuthenticationError",
    "BadRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "InternalServerError",
    "UnprocessableEntityError",
    "ConflictError",
    "APIError",
];
// openai-python before 1.0: `openai.error.RateLimitError: Rate limit reached for …`.
re!(OPENAI_LEGACY, r"\b(openai\.error\.\w+): (.+)");
// botocore: `An error occurred (ThrottlingException) when calling the InvokeModel operation …`.
re_rest!(
    BOTOCORE,
    r"An error occurred \((\w+)\) when calling the (\w+) operation(?: \(reached max retries: \d+\))?: (.*)"
);
// sashabaranov/go-openai: `error, status code: 429, status: 429 Too Many Requests, message: …`.
re_rest!(
    GO_OPENAI,
    r"error, status code: (\d{3}), status: [^,]*, message: (.*)"
);
// LiteLLM: `litellm.RateLimitError: litellm.RateLimitError: VertexAIException - {…}`.
re_rest!(
    LITELLM,
    r"\blitellm\.(\w+): (?:litellm\.\w+: )?(\w+?)Exception - (.*)"
);
// Other providers' messages after a status: `429 Rate limit reached for gpt-4o …` (openai-node
// without its class), `529 Overloaded`.
re!(
    PROVIDER_CODE_MESSAGE,
    format!(
        r"(?:^|[\s:\[(])([45]\d\d) ((?:{}).*)",
        alternation(PROVIDER_OPENINGS)
    )
);
/// Other providers' messages that `provider-code-message` knows by their first words.
const PROVIDER_OPENINGS: &[&str] = &[
    "Rate limit reached for",
    "Request too large for",
    "This model's maximum context length",
    "Overloaded",
    "Your credit balance is too low",
    "Insufficient Balance",
];
// openai-node when the body's `error` is a string rather than an object (xAI): the status,
// then that string as JSON, `429 "Your team … has either used all available credits …"`.
re!(
    CODE_QUOTED_MESSAGE,
    r#"(?:^|[\s:\[(])([45]\d\d) "([A-Z](?:[^"\\]|\\.){11,})"\s*$"#
);
// An HTTP response as `curl -i` or a proxy dumps it.
re!(HTTP_STATUS_LINE, r"^HTTP/\d(?:\.\d)? (\d{3})\b");
re!(AMZN_ERROR_TYPE, r"(?i)^\s*x-amzn-ErrorType:\s*([A-Za-z]+)");
re!(
    HTTP_DUMP_BODY,
    r"(?m)^HTTP/\d(?:\.\d)? [45]\d\d[^\n]*\n(?:[A-Za-z][\w-]*:[^\n]*\n)*\r?\n([^\s{\[<][^\n]*)"
);
// openai-go: `POST "https://api.openai.com/v1/chat/completions": 429 Too Many Requests {…}`.
re!(
    OPENAI_GO,
    r#"\b(?:POST|GET|PUT|PATCH|DELETE) "(https?://[^"\s]+)": ([45]\d\d) [A-Z][A-Za-z ]*"#
);
// The AWS SDK for JavaScript v3 prints the exception's name and message, then the object with
// its `$metadata`.
re!(
    AWS_JS_EXCEPTION,
    r"^(ThrottlingException|ValidationException|AccessDeniedException|ResourceNotFoundException|ServiceUnavailableException|ModelTimeoutException|InternalServerException|ModelErrorException|ModelNotReadyException|ServiceQuotaExceededException): (.+)$"
);
// Fern-generated Python SDKs (Cohere) and pydantic-ai: `cohere.errors.TooManyRequestsError:
// status_code: 429, body: …`, `ModelHTTPError: status_code: 401, model_name: X, body: {…}`.
re_rest!(
    STATUS_CODE_BODY,
    r"(?:^|[\s(])((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception)): status_code: (\d{3}),(?: model_name: ([^,\s]+),)? body: (.*)"
);
// The body as a pydantic model prints it: `data=None message="…"`.
re!(
    BODY_MESSAGE_FIELD,
    r#"(?:^|\s)message=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')"#
);
// Fern-generated TypeScript SDKs (Cohere): `CohereError: Status code: 429`, then `Body: {…}`.
re!(
    STATUS_CODE_LINE,
    r"(?:^|[\s(])((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception)): Status code: (\d{3})\s*$"
);
// The Vercel AI SDK: `APICallError [AI_APICallError]: <message>`, the status in the object
// printed after the stack.
re!(VERCEL_AI, r"(?:^|\s)([A-Z]\w*Error) \[AI_\w+\]: (.+)$");
// Azure.Core (every Azure .NET SDK): `Azure.RequestFailedException: <message>`, then
// `Status: 429 (Too Many Requests)` and `ErrorCode: 429` on lines of their own.
re!(
    AZURE_REQUEST_FAILED,
    r"(?:^|[\s(])((?:\w+\.)*RequestFailedException): (.+)$"
);
re!(AZURE_STATUS, r"^Status: ([1-5]\d\d) \([^)]*\)\s*$");
re!(AZURE_ERROR_CODE, r"^ErrorCode: (\S+)\s*$");
// Mistral's SDKs: `SDKError: API error occurred: Status 429`.
re!(MISTRAL_STATUS, r"API error occurred: Status (\d{3})");
// `Retry-After: Tue, 14 Jan 2025 10:17:00 GMT` and the response's `Date:` header.
re!(
    HTTP_DATE_HEADER,
    r"(?i)^\s*(retry-after|date):\s*([A-Z][a-z]{2}, .+ GMT)\s*$"
);
re!(
    RETRY_AFTER,
    r"(?i)^\s*(?:<\s*)?retry-after:\s*(\d+(?:\.\d+)?)\s*$"
);

static FORMS: &[Form] = &[
    Form {
        anchor: "Error code: ",
        name: "sdk-error-code",
        re: &SDK_ERROR_CODE,
        read: |c| {
            Some(TextForm {
                http: c[2].parse().ok(),
                class: Some(c[1].to_owned()),
                provider: module_provider(&c[1]),
                message: c
                    .get(3)
                    .map(|m| m.as_str().to_owned())
                    .filter(|m| !m.trim().is_empty()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "Error: ",
        name: "node-sdk",
        re: &NODE_SDK,
        read: |c| {
            Some(TextForm {
                http: c[2].parse().ok(),
                class: Some(c[1].to_owned()),
                message: Some(c[3].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "openai.error.",
        name: "openai-legacy",
        re: &OPENAI_LEGACY,
        read: |c| {
            Some(TextForm {
                http: class_http(&c[1]),
                class: Some(c[1].to_owned()),
                provider: Some(Provider::OpenAi),
                message: Some(c[2].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "An error occurred (",
        name: "botocore",
        re: &BOTOCORE,
        read: |c| {
            Some(TextForm {
                http: class_http(&c[1]),
                error_code: Some(c[1].to_owned()),
                provider: Some(Provider::AwsBedrock),
                message: Some(c[3].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "error, status code: ",
        name: "go-openai",
        re: &GO_OPENAI,
        read: |c| {
            Some(TextForm {
                http: c[1].parse().ok(),
                provider: Some(Provider::OpenAi),
                message: Some(c[2].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "litellm.",
        name: "litellm",
        re: &LITELLM,
        read: |c| {
            Some(TextForm {
                http: class_http(&c[1]),
                class: Some(format!("litellm.{}", &c[1])),
                provider: module_provider(&c[2]),
                via: Some("litellm"),
                message: Some(c[3].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "",
        name: "provider-code-message",
        re: &PROVIDER_CODE_MESSAGE,
        read: |c| {
            Some(TextForm {
                http: c[1].parse().ok(),
                provider: Some(Provider::Unknown),
                message: Some(c[2].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "",
        name: "code-quoted-message",
        re: &CODE_QUOTED_MESSAGE,
        read: |c| {
            Some(TextForm {
                http: c[1].parse().ok(),
                provider: Some(Provider::Unknown),
                message: Some(c[2].replace("\\\"", "\"")),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "^HTTP/",
        name: "http-status-line",
        re: &HTTP_STATUS_LINE,
        read: |c| {
            let http: u16 = c[1].parse().ok()?;
            (http >= 400).then(|| TextForm {
                http: Some(http),
                provider: Some(Provider::Unknown),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "rrorType:",
        name: "amzn-error-type",
        re: &AMZN_ERROR_TYPE,
        read: |c| {
            Some(TextForm {
                error_code: Some(c[1].to_owned()),
                provider: Some(Provider::AwsBedrock),
                fragment: Some(Fragment::Message),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "\": ",
        name: "openai-go",
        re: &OPENAI_GO,
        read: |c| {
            Some(TextForm {
                http: c[2].parse().ok(),
                url: Some(c[1].to_owned()),
                provider: Some(Provider::Unknown),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "Exception: ",
        name: "aws-js-exception",
        re: &AWS_JS_EXCEPTION,
        read: |c| {
            Some(TextForm {
                http: class_http(&c[1]),
                error_code: Some(c[1].to_owned()),
                provider: Some(Provider::AwsBedrock),
                message: Some(c[2].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "status_code: ",
        name: "status-code-body",
        re: &STATUS_CODE_BODY,
        read: |c| {
            let body = &c[4];
            // A JSON body is read as a payload of its own; a pydantic model's repr is not.
            let message = BODY_MESSAGE_FIELD
                .captures(body)
                .and_then(|m| m.get(1).or_else(|| m.get(2)))
                .map(|m| m.as_str().replace("\\\"", "\"").replace("\\'", "'"))
                .or_else(|| (!body.starts_with("data=")).then(|| body.to_owned()));
            Some(TextForm {
                http: c[2].parse().ok(),
                class: Some(c[1].to_owned()),
                provider: module_provider(&c[1]).or(Some(Provider::Unknown)),
                model: c.get(3).map(|m| m.as_str().to_owned()),
                message,
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "Status code: ",
        name: "status-code-line",
        re: &STATUS_CODE_LINE,
        read: |c| {
            Some(TextForm {
                http: c[2].parse().ok(),
                class: Some(c[1].to_owned()),
                provider: module_provider(&c[1]).or(Some(Provider::Unknown)),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "[AI_",
        name: "vercel-ai",
        re: &VERCEL_AI,
        read: |c| {
            Some(TextForm {
                class: Some(c[1].to_owned()),
                provider: Some(Provider::Unknown),
                message: Some(c[2].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "RequestFailedException: ",
        name: "azure-request-failed",
        re: &AZURE_REQUEST_FAILED,
        read: |c| {
            // Azure.Core serves every Azure service: the class names no provider.
            Some(TextForm {
                class: Some(c[1].to_owned()),
                provider: Some(Provider::Unknown),
                message: Some(c[2].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "^Status: ",
        name: "azure-status",
        re: &AZURE_STATUS,
        read: |c| {
            let http: u16 = c[1].parse().ok()?;
            (http >= 400).then(|| TextForm {
                http: Some(http),
                provider: Some(Provider::Unknown),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "^ErrorCode: ",
        name: "azure-error-code",
        re: &AZURE_ERROR_CODE,
        read: |c| {
            Some(TextForm {
                error_code: Some(c[1].to_owned()),
                fragment: Some(Fragment::Message),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "API error occurred: Status ",
        name: "mistral-status",
        re: &MISTRAL_STATUS,
        read: |c| {
            Some(TextForm {
                http: c[1].parse().ok(),
                provider: Some(Provider::Mistral),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: " GMT",
        name: "http-date-header",
        re: &HTTP_DATE_HEADER,
        read: |c| {
            let at = jiff::fmt::rfc2822::parse(&c[2]).ok()?.timestamp();
            let retry = c[1].eq_ignore_ascii_case("retry-after");
            Some(TextForm {
                retry_after_at: retry.then_some(at),
                response_date: (!retry).then_some(at),
                fragment: Some(Fragment::Message),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "etry-",
        name: "retry-after-header",
        re: &RETRY_AFTER,
        read: |c| {
            Some(TextForm {
                retry_after: c[1].parse().ok(),
                fragment: Some(Fragment::Message),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "googleapi:",
        name: "go-googleapi",
        re: &GOOGLEAPI,
        read: read_googleapi,
    },
    Form {
        anchor: "googleapi:",
        name: "go-googleapi-body",
        re: &GOOGLEAPI_BODY,
        read: |c| {
            Some(TextForm {
                http: c[1].parse().ok(),
                message: Some(c[2].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "rpc error:",
        name: "go-grpc",
        re: &GO_GRPC,
        read: |c| {
            Some(TextForm {
                status: Some(Code::from_name(&c[1])?),
                message: Some(c[2].to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "of RPC that terminated",
        name: "python-grpc-header",
        re: &GRPC_HEADER,
        read: |_| Some(fragment(Fragment::Header)),
    },
    Form {
        anchor: "ERROR:",
        name: "grpcurl-header",
        re: &GRPCURL_HEADER,
        read: |_| Some(fragment(Fragment::Header)),
    },
    Form {
        anchor: "^, ",
        name: "go-googleapi-reason",
        re: &GOOGLEAPI_REASON,
        read: |c| Some(fragment(Fragment::LegacyReason(c[1].to_owned()))),
    },
    Form {
        anchor: "(gcloud.",
        name: "gcloud",
        re: &GCLOUD,
        read: |c| {
            let status = c.get(1).and_then(|m| Code::from_name(m.as_str()));
            let http = c.get(2).and_then(|m| m.as_str().parse().ok());
            if status.is_none() && http.is_none() {
                return None;
            }
            Some(TextForm {
                http,
                status,
                message: non_empty(&c[3]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "error: (",
        name: "r-gargle",
        re: &GARGLE,
        read: |c| {
            Some(TextForm {
                http: c[1].parse().ok(),
                status: Some(Code::from_name(&c[2])?),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "^* ",
        name: "r-gargle-field",
        re: &BULLET_FIELD,
        read: |c| {
            let key = c
                .get(2)
                .map_or_else(|| c[1].to_owned(), |m| format!("metadata.{}", m.as_str()));
            Some(fragment(Fragment::ErrorInfoField {
                key,
                value: c[3].trim().to_owned(),
            }))
        },
    },
    Form {
        anchor: "^* Quota exceeded for quota metric",
        name: "r-gargle-message",
        re: &BULLET_QUOTA,
        read: |c| {
            Some(TextForm {
                message: non_empty(&c[1]),
                fragment: Some(Fragment::Message),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "Reason[",
        name: "dotnet-legacy-item",
        re: &DOTNET_LEGACY,
        read: |c| {
            let opt = |i: usize| non_empty(&c[i]).filter(|v| v != "-");
            Some(fragment(Fragment::Legacy(LegacyItem {
                message: opt(1),
                location: opt(2),
                reason: opt(3),
                domain: opt(4),
                ..LegacyItem::default()
            })))
        },
    },
    Form {
        anchor: "error details:",
        name: "gax-go-details",
        re: &GAX_GO_DETAIL,
        read: read_gax_go_detail,
    },
    Form {
        anchor: "GoogleGenerativeAI Error",
        name: "js-generative-ai",
        re: &JS_OLD,
        read: |c| {
            Some(TextForm {
                http: c[2].parse().ok(),
                message: non_empty(&c[4]),
                url: c.get(1).map(|m| m.as_str().to_owned()),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "got status:",
        name: "js-got-status",
        re: &GOT_STATUS,
        read: |c| {
            Some(TextForm {
                http: c.get(1).and_then(|m| m.as_str().parse().ok()),
                status: c.get(3).and_then(|m| Code::from_name(m.as_str())),
                message: non_empty(&c[4]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "api_core.exceptions.",
        name: "python-api-core",
        re: &API_CORE,
        read: read_api_core,
    },
    Form {
        anchor: ": ",
        name: "python-api-core-class",
        re: &API_CORE_CLASS,
        read: read_api_core,
    },
    Form {
        anchor: "HttpError ",
        name: "python-httperror",
        re: &HTTP_ERROR,
        read: |c| {
            Some(TextForm {
                http: c[1].parse().ok(),
                url: Some(c[2].to_owned()),
                message: non_empty(&c[3]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "StatusCode.",
        name: "python-grpc",
        re: &PY_GRPC_STATUS,
        read: |c| {
            let status = Code::from_name(&c[1])?;
            (status != Code::Ok).then(|| TextForm {
                status: Some(status),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "details = \"",
        name: "python-grpc-details",
        re: &PY_GRPC_DETAILS,
        read: |c| {
            Some(TextForm {
                message: non_empty(&unescape_c(&c[1])),
                fragment: Some(Fragment::Message),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "StatusCode=",
        name: "dotnet-grpc",
        re: &DOTNET,
        read: |c| {
            let status = Code::from_name(&c[1])?;
            (status != Code::Ok).then(|| TextForm {
                status: Some(status),
                message: non_empty(&c[2]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "HttpStatusCode is",
        name: "dotnet-googleapis",
        re: &HTTP_STATUS_CODE_IS,
        read: |c| {
            Some(TextForm {
                http: Some(dotnet_http_status(&c[1])?),
                message: non_empty(&c[2]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "gax.rpc.",
        name: "java-gax",
        re: &GAX_JAVA,
        read: |c| {
            let status = Code::from_name(&c[1])?;
            Some(TextForm {
                status: Some(status),
                message: non_empty(&c[2]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "described as:",
        name: "rust-gax",
        re: &RUST_GAX,
        read: |c| {
            Some(TextForm {
                status: Some(Code::from_name(&c[1])?),
                message: non_empty(&c[2]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "[API Error:",
        name: "gemini-cli",
        re: &GEMINI_CLI,
        read: |c| {
            let status = c.get(2).and_then(|m| Code::from_name(m.as_str()));
            // `[API Error: got status: UNAVAILABLE. {…}]`: the inner form and payload say it.
            let message = non_empty(&c[1])
                .filter(|m| !m.starts_with(['{', '[']) && !m.starts_with("got status"));
            if status.is_none() && message.is_none() {
                return None;
            }
            Some(TextForm {
                status,
                message,
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "Code: ",
        name: "grpcurl",
        re: &GRPCURL_CODE,
        read: |c| {
            let status = Code::from_name(&c[1])?;
            (status != Code::Ok).then(|| TextForm {
                status: Some(status),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "Message: ",
        name: "grpcurl-message",
        re: &GRPCURL_MESSAGE,
        read: |c| {
            Some(TextForm {
                message: non_empty(&c[1]),
                fragment: Some(Fragment::Message),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "",
        name: "status-colon",
        re: &STATUS_COLON,
        read: |c| {
            Some(TextForm {
                status: Some(Code::from_name(&c[1])?),
                message: non_empty(&c[2]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "",
        name: "code-status",
        re: &CODE_STATUS,
        read: |c| {
            Some(TextForm {
                http: c[1].parse().ok(),
                status: Some(Code::from_name(&c[2])?),
                message: c.get(3).and_then(|m| non_empty(m.as_str())),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "",
        name: "grpc-number",
        re: &GRPC_NUMBER,
        read: |c| {
            let status = Code::from_name(&c[2])?;
            let number: i64 = c[1].parse().ok()?;
            (Code::from_number(number) == Some(status)).then(|| TextForm {
                status: Some(status),
                message: non_empty(&c[3]),
                ..TextForm::default()
            })
        },
    },
    Form {
        anchor: "",
        name: "code-message",
        re: &CODE_MESSAGE,
        read: read_code_message,
    },
];

/// `429 Quota exceeded…`: a 4xx/5xx status, a space and one of the openings (or a request
/// line, `404 GET https://`). Without one, the pattern cannot match, and on a line that holds
/// a whole Python repr, finding that out by running it took microseconds.
fn code_then_opening(line: &str, openings: &[&str], methods: &[&str]) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(b' ', b).any(|i| {
        i >= 3 && code_before(b, i) && {
            let rest = &b[i + 1..];
            openings.iter().any(|o| rest.starts_with(o.as_bytes()))
                || methods.iter().any(|m| {
                    rest.strip_prefix(m.as_bytes())
                        .is_some_and(|r| r.starts_with(b" https://"))
                })
        }
    })
}

/// Do the three bytes before `at` (which has three before it) read as a 4xx or 5xx status?
fn code_before(b: &[u8], at: usize) -> bool {
    matches!(b[at - 3], b'4' | b'5') && b[at - 2].is_ascii_digit() && b[at - 1].is_ascii_digit()
}

/// `RateLimitError: 429 …`: one of the Node SDKs' classes, a colon, a status and more.
fn node_class_then_code(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memmem::find_iter(b, b"Error: ").any(|i| {
        let before = &line[..i + "Error".len()];
        let rest = &b[i + "Error: ".len()..];
        rest.len() > 4
            && rest[..3].iter().all(u8::is_ascii_digit)
            && rest[3] == b' '
            && NODE_CLASSES.iter().any(|c| before.ends_with(c))
    })
}

/// `429 "Your team…"`: a 4xx/5xx status, a space and a double quote.
fn code_then_quote(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memmem::find_iter(b, b" \"").any(|i| i >= 3 && code_before(b, i))
}

/// `ResourceExhausted: 429 …` or `…: None …`: an api-core class name, then a status.
fn class_then_code(line: &str) -> bool {
    memchr::memmem::find_iter(line.as_bytes(), b": ").any(|i| {
        let rest = &line.as_bytes()[i + 2..];
        // Bytes, so that the position after a multi-byte character is a boundary.
        let word_start = line.as_bytes()[..i]
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |j| j + 1);
        (rest.first().is_some_and(|b| (b'1'..=b'5').contains(b)) || rest.starts_with(b"None"))
            && api_core_classes().any(|c| c == &line[word_start..i])
    })
}

/// What precedes the upper-case status names on a line.
#[derive(Default)]
struct StatusContexts {
    any: bool,
    /// `429 RESOURCE_EXHAUSTED`
    http_code: bool,
    /// `8 RESOURCE_EXHAUSTED:`
    grpc_number: bool,
    /// `Exception: RESOURCE_EXHAUSTED`, `Status: …`, `Error: …`, `Status thrown: …`
    label: bool,
}

fn status_word_contexts(line: &str) -> StatusContexts {
    let mut out = StatusContexts::default();
    for m in status_names().find_iter(line) {
        out.any = true;
        let b = &line.as_bytes()[..m.start()];
        if let [.., d1, d2, d3, b' '] = b
            && [d1, d2, d3].iter().all(|d| d.is_ascii_digit())
        {
            out.http_code = true;
        }
        // `8 RESOURCE_EXHAUSTED:`: a number from 1 to 16 on its own, and a colon after the name.
        if let Some(b' ') = b.last()
            && line.as_bytes().get(m.end()) == Some(&b':')
        {
            let digits = b[..b.len() - 1]
                .iter()
                .rev()
                .take_while(|d| d.is_ascii_digit())
                .count();
            let number = &b[b.len() - 1 - digits..b.len() - 1];
            if (1..=2).contains(&digits)
                && number[0] != b'0'
                && number.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')) <= 16
            {
                out.grpc_number = true;
            }
        }
        let label = b.strip_suffix(b" ").unwrap_or(b);
        if ["Exception:", "Status thrown:", "Error:", "Status:"]
            .iter()
            .any(|l| label.ends_with(l.as_bytes()))
        {
            out.label = true;
        }
    }
    out
}

fn status_names() -> &'static aho_corasick::AhoCorasick {
    static NAMES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(
                Code::ALL
                    .iter()
                    .filter(|c| **c != Code::Ok)
                    .map(|c| c.name()),
            )
            .expect("status names build an automaton")
    });
    &NAMES
}

/// The forms whose anchors a line holds, as bits (form `i` is bit `i`), found in one pass over
/// the line. A search per anchor went over a long line (a Python repr of a whole payload) some
/// forty times: a fifth of the time a traceback with one took to parse.
///
/// The search reports one anchor where several start, the first listed; listed longest first,
/// that is the one the others there are prefixes of, and it stands for their forms too.
fn anchored_forms(line: &str) -> u64 {
    struct Anchors {
        literals: crate::literals::Literals,
        /// For each anchor, the forms it stands for.
        forms: Vec<u64>,
    }
    static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
        assert!(FORMS.len() <= 64, "a form's bit must fit in a u64");
        // No anchor, or one at the start of the line: `may_match` looks for those itself.
        let mut anchors: Vec<&str> = FORMS
            .iter()
            .map(|form| form.anchor)
            .filter(|a| !a.is_empty() && !a.starts_with('^'))
            .collect();
        anchors.sort_by_key(|a| std::cmp::Reverse(a.len()));
        anchors.dedup();
        let forms = anchors
            .iter()
            .map(|anchor| {
                FORMS
                    .iter()
                    .enumerate()
                    .filter(|(_, form)| !form.anchor.is_empty() && anchor.starts_with(form.anchor))
                    .fold(0, |set, (i, _)| set | 1 << i)
            })
            .collect();
        Anchors {
            literals: crate::literals::Literals::new(&anchors),
            forms,
        }
    });
    let (mut set, mut at) = (0, 0);
    while let Some((m, anchor)) = ANCHORS.literals.find_in(line.as_bytes(), at..line.len()) {
        set |= ANCHORS.forms[anchor];
        at = m.start + 1;
    }
    set
}

/// Could the form's pattern match the line? Each check is a necessary condition that costs less
/// than the pattern: its anchor (`anchored_here`: the line holds it, see [`anchored_forms`]), or
/// what must stand around a status name.
fn may_match(form: &Form, anchored_here: bool, line: &str, before: &StatusContexts) -> bool {
    let anchored = if form.anchor.is_empty() {
        // What must stand right before a status name for each form: checked here so that a
        // line that merely holds `"status": "UNAVAILABLE"` compiles none of them.
        match form.name {
            "code-message" => code_then_opening(line, GOOGLE_OPENINGS, METHODS),
            "provider-code-message" => code_then_opening(line, PROVIDER_OPENINGS, &[]),
            "code-quoted-message" => code_then_quote(line),
            "code-status" => before.http_code,
            "grpc-number" => before.grpc_number,
            "status-colon" => before.label,
            _ => before.any,
        }
    } else if let Some(start) = form.anchor.strip_prefix('^') {
        line.starts_with(start)
    } else {
        anchored_here
    };
    anchored
        && match form.name {
            "python-api-core-class" => class_then_code(line),
            "node-sdk" => node_class_then_code(line),
            "r-gargle-field" => ["* reason: ", "* domain: ", "* metadata."]
                .iter()
                .any(|p| line.starts_with(p)),
            _ => true,
        }
}

/// All text forms on one line, with their byte ranges, leftmost first. Overlapping matches of
/// different forms are all returned: a Java line holds both the gax class and the gRPC status,
/// and the caller merges what agrees.
pub fn find(line: &str) -> Vec<(std::ops::Range<usize>, TextForm)> {
    find_forms(line, false)
}

/// [`find`]; with `every_form`, each form's pattern runs on the line, whatever its anchor and
/// the checks that stand before it say (for the test that holds them to the patterns).
fn find_forms(line: &str, every_form: bool) -> Vec<(std::ops::Range<usize>, TextForm)> {
    let mut out: Vec<(std::ops::Range<usize>, TextForm)> = Vec::new();
    let before = status_word_contexts(line);
    let anchored = anchored_forms(line);
    for (i, form) in FORMS.iter().enumerate() {
        if !every_form && !may_match(form, anchored & (1 << i) != 0, line, &before) {
            continue;
        }
        for caps in form_matches(form.re, line) {
            let whole = caps.get(0).expect("group 0");
            if let Some(mut tf) = (form.read)(&caps) {
                tf.form = form.name;
                if let Some(m) = tf.message.take() {
                    tf.message = clean_message(quoted_end(&line[..whole.start()], &m));
                }
                // Forms run from specific to generic: one found over an enclosing span says at
                // least as much (a Java line holds the gax class and the gRPC status).
                if tf.fragment.is_none()
                    && out.iter().any(|(r, f)| {
                        f.fragment.is_none() && r.start <= whole.start() && whole.end() <= r.end
                    })
                {
                    continue;
                }
                out.push((whole.start()..whole.end(), tf));
            }
        }
    }
    out.sort_by_key(|(r, _)| r.start);
    out
}

/// A form quoted in a structured log line (`err="rpc error: … desc = msg" trace=…`) ends at
/// the closing quote, which is not part of its message.
fn quoted_end<'a>(before: &str, message: &'a str) -> &'a str {
    // Only double quotes: single-quoted messages are full of apostrophes.
    let Some(q) = before.chars().next_back().filter(|&c| c == '"') else {
        return message;
    };
    let mut escaped = false;
    for (i, c) in message.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            _ if c == q => return &message[..i],
            _ => {}
        }
    }
    message
}

/// The HTTP status an SDK's exception class stands for.
pub fn class_http(class: &str) -> Option<u16> {
    let name = class.rsplit('.').next().unwrap_or(class);
    Some(match name {
        "RateLimitError"
        | "RateLimit"
        | "ThrottlingException"
        | "TooManyRequestsException"
        | "throttlingException" => 429,
        "AuthenticationError" | "UnrecognizedClientException" => 401,
        "PermissionDeniedError" | "AccessDeniedException" => 403,
        "NotFoundError" | "ResourceNotFoundException" => 404,
        "BadRequestError"
        | "InvalidRequestError"
        | "ValidationException"
        | "ContextWindowExceededError"
        | "ContentPolicyViolationError" => 400,
        "UnprocessableEntityError" => 422,
        "InternalServerError" | "InternalServerException" | "APIError" => 500,
        "ServiceUnavailableError" | "ServiceUnavailableException" => 503,
        "ModelTimeoutException" | "Timeout" | "APITimeoutError" => 408,
        "OverloadedError" => 529,
        _ => return None,
    })
}

/// The provider a module or exception prefix names (`openai.`, `anthropic.`, `VertexAI`).
pub fn module_provider(text: &str) -> Option<Provider> {
    let t = text.to_ascii_lowercase();
    let table: &[(&str, Provider)] = &[
        ("azure", Provider::AzureOpenAi),
        ("openai", Provider::OpenAi),
        ("anthropic", Provider::Anthropic),
        ("vertex", Provider::Google),
        ("google", Provider::Google),
        ("gemini", Provider::Google),
        ("bedrock", Provider::AwsBedrock),
        ("botocore", Provider::AwsBedrock),
        ("mistral", Provider::Mistral),
        ("cohere", Provider::Cohere),
        ("deepseek", Provider::DeepSeek),
        ("groq", Provider::Groq),
        ("openrouter", Provider::OpenRouter),
        ("xai", Provider::Xai),
    ];
    table
        .iter()
        .find(|(k, _)| t.starts_with(k))
        .map(|(_, p)| *p)
}

fn fragment(f: Fragment) -> TextForm {
    TextForm {
        fragment: Some(f),
        ..TextForm::default()
    }
}

/// Forms that span lines, matched against a whole region: go-genai's `Error 429, Message: …,
/// Status: …` (the message has newlines in it), .NET's `RequestError` block.
pub fn find_blocks(text: &str) -> Vec<(std::ops::Range<usize>, TextForm)> {
    let mut out = Vec::new();
    // A dumped HTTP response whose body is plain text: that text is the message.
    if text.contains("HTTP/") {
        for c in HTTP_DUMP_BODY.captures_iter(text) {
            let body = c.get(1).expect("group 1");
            out.push((
                body.start()..body.end(),
                TextForm {
                    message: non_empty(body.as_str()),
                    fragment: Some(Fragment::Message),
                    ..TextForm::default()
                },
            ));
        }
    }
    if text.contains(", Message: ") {
        for c in GO_GENAI.captures_iter(text) {
            let whole = c.get(0).expect("group 0");
            out.push((
                whole.start()..whole.end(),
                TextForm {
                    http: c[1].parse().ok(),
                    status: Code::from_name(&c[3]),
                    message: non_empty(&c[2]),
                    form: "go-genai",
                    ..TextForm::default()
                },
            ));
        }
    }
    if text.contains("RequestError") {
        for c in DOTNET_REQUEST_ERROR.captures_iter(text) {
            let whole = c.get(0).expect("group 0");
            out.push((
                whole.start()..whole.end(),
                TextForm {
                    http: c[2].parse().ok(),
                    message: non_empty(&c[1]),
                    form: "dotnet-request-error",
                    ..TextForm::default()
                },
            ));
        }
    }
    out
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// A message printed before its payload ends where the payload begins; quotes and brackets
/// that the client wrapped around it are not part of it.
fn clean_message(m: &str) -> Option<String> {
    let mut end = m.len();
    for start in [
        " {'",
        " {\"",
        " [{",
        "{'",
        "{\"",
        " [reason:",
        " [violations",
        " [links",
        " [field_violations",
        " [retry_delay",
        "\\nerror details:",
        "\nerror details:",
    ] {
        if let Some(i) = m.find(start) {
            end = end.min(i);
        }
    }
    let mut s = m[..end].trim();
    // `io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: Unable…` inside another exception's
    // message: the innermost text is the message.
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile_for_search(
            r"^(?:[\w.$]+(?:Exception|Error): )+(?:[A-Z][A-Z_]+[A-Z]: )?",
        )
    });
    if let Some(m) = PREFIX.find(s) {
        let rest = &s[m.end()..];
        if !rest.trim().is_empty() {
            s = rest;
        }
    }
    if s.starts_with(['{', '[']) {
        return None;
    }
    // A bracket the client wrapped around the whole text (`<HttpError … "msg">`,
    // `[API Error: …]`) is not part of the message; a bracket the message opened is.
    for (open, close) in [('[', ']'), ('<', '>')] {
        while s.ends_with(close) && s.matches(close).count() > s.matches(open).count() {
            s = s[..s.len() - 1].trim_end();
        }
    }
    if let Some(inner) = s.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
        s = inner;
    }
    non_empty(s)
}

fn read_googleapi(c: &FormCaps<'_>) -> Option<TextForm> {
    let http = c[1].parse().ok();
    let mut message = c[2].trim().to_owned();
    let mut reason = None;
    // One legacy item whose message equals the error's is printed as `<message>, <reason>`.
    if let Some((m, r)) = message.rsplit_once(", ")
        && !r.is_empty()
        && r.len() < 48
        && r.chars().all(|ch| ch.is_ascii_alphanumeric())
        && r.starts_with(|ch: char| ch.is_ascii_lowercase())
    {
        reason = Some(r.to_owned());
        message = m.to_owned();
    }
    Some(TextForm {
        http,
        message: non_empty(&message),
        reason,
        ..TextForm::default()
    })
}

fn read_api_core(c: &FormCaps<'_>) -> Option<TextForm> {
    let class = &c[1];
    let http: Option<u16> = c.get(2).and_then(|m| m.as_str().parse().ok());
    // The gRPC-path classes name the canonical code; the HTTP-path ones (TooManyRequests,
    // BadRequest) only restate the HTTP status printed next to them.
    let status = match class {
        "MethodNotImplemented" => Some(Code::Unimplemented),
        "ServiceUnavailable" => Some(Code::Unavailable),
        "InternalServerError"
        | "RetryError"
        | "GoogleAPICallError"
        | "ClientError"
        | "ServerError" => None,
        other => Code::from_name(other),
    };
    if http.is_none() && status.is_none() {
        return None;
    }
    let mut message = c[3].to_owned();
    let mut url = None;
    // REST path: `400 POST https://…: <message>`.
    static METHOD_URL: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile_for_search(r"^(?:GET|POST|PUT|PATCH|DELETE) (\S+?): (.*)$")
    });
    if let Some(m) = METHOD_URL.captures(&message) {
        url = Some(m[1].to_owned());
        message = m[2].to_owned();
    }
    Some(TextForm {
        http,
        status,
        message: non_empty(&message),
        url,
        ..TextForm::default()
    })
}

fn read_code_message(c: &FormCaps<'_>) -> Option<TextForm> {
    let http: u16 = c[1].parse().ok()?;
    let mut message = c[2].to_owned();
    let mut url = None;
    static METHOD_URL: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile_for_search(r"^(?:GET|POST|PUT|PATCH|DELETE) (\S+?): (.*)$")
    });
    if let Some(m) = METHOD_URL.captures(&message) {
        url = Some(m[1].to_owned());
        message = m[2].to_owned();
    }
    Some(TextForm {
        http: Some(http),
        message: non_empty(&message),
        url,
        ..TextForm::default()
    })
}

/// The fields of a detail as Go's `%v` prints it on one line: `reason = X domain = Y metadata
/// = map[k:v k2:v2]`. A value runs to the next ` key = ` or the end; a `map[…]` value to its
/// bracket. By hand rather than as a regex: a log full of Go errors ran this on every detail
/// line, and the regex's lazy value with captures was a tenth of the time spent on it.
fn go_fields(rest: &str) -> Vec<(&str, &str)> {
    let b = rest.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let word_end = |mut i: usize| {
        while i < b.len() && word(b[i]) {
            i += 1;
        }
        i
    };
    // ` key = ` starts at `i`.
    let key_at = |i: usize| {
        b.get(i) == Some(&b' ') && {
            let end = word_end(i + 1);
            end > i + 1 && b[end..].starts_with(b" = ")
        }
    };
    let mut fields = Vec::new();
    let mut pos = 0;
    while pos < b.len() {
        // The next word followed by ` = `: the key.
        let mut at = pos;
        let key = loop {
            if at >= b.len() {
                return fields;
            }
            if !word(b[at]) {
                at += 1;
                continue;
            }
            let end = word_end(at);
            if b[end..].starts_with(b" = ") {
                break at..end;
            }
            at = end;
        };
        let start = key.end + 3;
        let map_end = b[start..]
            .starts_with(b"map[")
            .then(|| memchr::memchr(b']', &b[start..]).map(|i| start + i + 1))
            .flatten()
            .filter(|&e| e == b.len() || key_at(e));
        let end = map_end.unwrap_or_else(|| {
            (start..b.len())
                .find(|&e| b[e] == b'\n' || key_at(e))
                .unwrap_or(b.len())
        });
        if b.get(end) == Some(&b'\n') {
            // A value does not run over a line's end: this is no key after all.
            pos = key.end;
            continue;
        }
        fields.push((&rest[key], rest[start..end].trim()));
        pos = end + 1;
    }
    fields
}

fn read_gax_go_detail(c: &FormCaps<'_>) -> Option<TextForm> {
    let fragment = if let Some(delay) = c.get(3) {
        Fragment::RetryIn(delay.as_str().to_owned())
    } else {
        let name = &c[1];
        let fields = go_fields(&c[2]);
        let get = |k: &str| {
            fields
                .iter()
                .find(|(f, _)| *f == k)
                .map(|(_, v)| (*v).to_owned())
        };
        match name {
            "ErrorInfo" => Fragment::ErrorInfo {
                reason: get("reason"),
                domain: get("domain"),
                metadata: get("metadata")
                    .map(|m| go_map_pairs(&m))
                    .unwrap_or_default(),
            },
            "Help" => Fragment::Help {
                description: get("desc"),
                url: get("url")?,
            },
            "QuotaFailure" => Fragment::QuotaFailure {
                subject: get("subj"),
                description: get("desc"),
            },
            "LocalizedMessage" => Fragment::LocalizedMessage {
                locale: get("locale").unwrap_or_default(),
                message: get("msg")?,
            },
            _ => return None,
        }
    };
    Some(TextForm {
        fragment: Some(fragment),
        ..TextForm::default()
    })
}

/// `map[consumer:projects/1 service:x]` → pairs. Go sorts the keys and quotes nothing, so a
/// value runs to the next ` key:`.
fn go_map_pairs(s: &str) -> Vec<(String, String)> {
    let t = s.trim();
    let inner = match (t.find("map["), t.rfind(']')) {
        (Some(a), Some(b)) if b > a + 4 => &t[a + 4..b],
        _ => t,
    };
    let mut out: Vec<(String, String)> = Vec::new();
    for token in inner.split(' ') {
        match token.split_once(':') {
            Some((k, v))
                if !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                out.push((k.to_owned(), v.to_owned()));
            }
            _ => {
                if let Some(last) = out.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(token);
                }
            }
        }
    }
    out
}

/// grpcio prints `details` with C escapes (`\"`, `\\`, `\n`).
fn unescape_c(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn dotnet_http_status(name: &str) -> Option<u16> {
    Some(match name {
        "BadRequest" => 400,
        "Unauthorized" => 401,
        "PaymentRequired" => 402,
        "Forbidden" => 403,
        "NotFound" => 404,
        "Conflict" => 409,
        "PreconditionFailed" => 412,
        "RequestEntityTooLarge" => 413,
        "TooManyRequests" => 429,
        "InternalServerError" => 500,
        "NotImplemented" => 501,
        "BadGateway" => 502,
        "ServiceUnavailable" => 503,
        "GatewayTimeout" => 504,
        other => return other.parse().ok().filter(|n| (400..600).contains(n)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pieces that the forms' patterns care about, for lines made at random.
    const PIECES: &[&str] = &[
        "429 ",
        "8 ",
        "RESOURCE_EXHAUSTED",
        "UNAVAILABLE",
        ". ",
        ".",
        " ",
        "\t",
        ":",
        ": ",
        "\n",
        "x",
        "é",
        "{'error': {'code': 429}}",
        "rpc error: code = ",
        "ResourceExhausted",
        " desc = ",
        "error details: name = ",
        "ErrorInfo ",
        "retry in ",
        "1s",
        "Error: ",
        "StatusRuntimeException: ",
        "googleapi: Error 403: ",
        "google.api_core.exceptions.ResourceExhausted: ",
        "ERROR: (gcloud.ai.run) ",
        "RateLimitError: Error code: 429",
        " - ",
        "An error occurred (ThrottlingException) when calling the InvokeModel operation: ",
        "error, status code: 429, status: 429 Too Many Requests, message: ",
        "litellm.RateLimitError: VertexAIException - ",
        "googleapi: got HTTP response code 429 with body: ",
        "com.google.api.gax.rpc.ResourceExhaustedException: ",
        "[GoogleGenerativeAI Error]: ",
        "Error fetching from https://x: ",
        "[429 Too Many Requests] ",
        "got status: ",
        "429 Too Many Requests",
        "the service reports an error with code RESOURCE_EXHAUSTED described as: ",
        "HttpStatusCode is TooManyRequests",
        "Status thrown: ",
        "ModelHTTPError: status_code: 429, body: ",
        "model_name: m, ",
        "16 ",
        "17 ",
        "0 ",
        "10 ",
        "8 RESOURCE_EXHAUSTED: ",
        "16 UNAUTHENTICATED: ",
        "17 DATA_LOSS: ",
        "x10 ABORTED: ",
        "Resource has been exhausted",
        "Quota exceeded for quota metric",
        "GET https://storage.googleapis.com/b",
        "POST http://x",
        "Rate limit reached for gpt-4o",
        "Overloaded",
        "openai.",
        "BadRequestError: 400 ",
        "ClientError: 429 ",
        "APIError: 5",
        "Error: ",
    ];

    /// Lines of every fixture, and lines made of [`PIECES`] at random.
    fn test_lines() -> Vec<String> {
        let mut texts = crate::testing::fixture_texts();
        let mut next = crate::testing::below(0x51ce_5eed_0fa1_1b0e);
        for _ in 0..4000 {
            let mut t = String::new();
            for _ in 0..1 + next(8) {
                t.push_str(PIECES[next(PIECES.len())]);
            }
            texts.push(t);
        }
        texts
    }

    #[test]
    fn the_checks_before_a_pattern_only_skip_lines_it_cannot_match() {
        let mut found = 0;
        for text in test_lines() {
            for line in text.lines() {
                let all = find_forms(line, true);
                assert_eq!(find_forms(line, false), all, "{line:?}");
                found += all.len();
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn one_pass_finds_the_anchors_each_search_would() {
        let mut held = 0;
        for text in test_lines() {
            for line in text.lines() {
                let set = anchored_forms(line);
                for (i, form) in FORMS.iter().enumerate() {
                    if form.anchor.is_empty() || form.anchor.starts_with('^') {
                        assert_eq!(set & (1 << i), 0, "{}", form.name);
                        continue;
                    }
                    let holds = line.contains(form.anchor);
                    assert_eq!(set & (1 << i) != 0, holds, "{} on {line:?}", form.name);
                    held += usize::from(holds);
                }
            }
        }
        assert!(held > 1000, "{held}");
    }

    #[test]
    fn a_rest_of_line_group_matches_what_the_written_pattern_would() {
        let texts = test_lines();
        for form in FORMS {
            let Some(written) = form.re.written() else {
                continue;
            };
            let mut checked = 0;
            let oracle = crate::pattern::compile_for_search(&written);
            for text in &texts {
                let want: Vec<Vec<Option<(usize, usize)>>> = oracle
                    .captures_iter(text)
                    .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                    .collect();
                let got: Vec<Vec<Option<(usize, usize)>>> = form_matches(form.re, text)
                    .iter()
                    .map(|c| {
                        (0..c.caps.len())
                            .map(|i| c.get(i).map(|g| (g.start(), g.end())))
                            .collect()
                    })
                    .collect();
                assert_eq!(got, want, "{} on {text:?}", form.name);
                checked += want.len();
            }
            // Each form met its own text, in a fixture or made of the pieces above.
            assert!(checked >= 3, "{}: {checked} matches compared", form.name);
        }
    }

    #[test]
    fn go_fields_are_read_as_the_regex_they_replace_would() {
        let field =
            crate::pattern::compile_for_search(r"(\w+) = (map\[[^\]]*\]|.*?)(?: (?:\w+) = |$)");
        let by_regex = |rest: &str| {
            let mut fields: Vec<(String, String)> = Vec::new();
            let mut pos = 0;
            while let Some(m) = field.captures_at(rest, pos) {
                let value = m.get(2).expect("group 2");
                fields.push((m[1].to_owned(), value.as_str().trim().to_owned()));
                if value.end() >= rest.len() {
                    break;
                }
                pos = value.end() + 1;
            }
            fields
        };
        let pieces = [
            "reason",
            " = ",
            " ",
            "=",
            "RATE_LIMIT",
            "map[",
            "]",
            "k:v",
            "a_b",
            ",",
            "\n",
            "é",
            "domain = googleapis.com",
            " metadata = map[quota_limit:60 service:x]",
            "x",
            "9",
        ];
        let mut next = crate::testing::below(0x0bad_cafe_f00d_1234);
        let mut fields = 0;
        for _ in 0..50_000 {
            let text: String = (0..1 + next(12))
                .map(|_| pieces[next(pieces.len())])
                .collect();
            let want = by_regex(&text);
            fields += want.len();
            let got: Vec<(String, String)> = go_fields(&text)
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
        assert!(fields > 20_000, "{fields}");
        assert_eq!(
            go_fields(
                "reason = RATE_LIMIT_EXCEEDED domain = googleapis.com metadata = map[a:1 b:2]"
            ),
            [
                ("reason", "RATE_LIMIT_EXCEEDED"),
                ("domain", "googleapis.com"),
                ("metadata", "map[a:1 b:2]")
            ]
        );
    }

    fn one(line: &str) -> TextForm {
        let found = find(line);
        assert!(!found.is_empty(), "no form in {line:?}");
        found.into_iter().next().expect("one").1
    }

    #[test]
    fn fern_and_pydantic_ai_status_code_lines() {
        let f = one(
            r#"cohere.errors.TooManyRequestsError: status_code: 429, body: data=None message="You are using a Trial key, which is limited to 1000 API calls / month.""#,
        );
        assert_eq!(f.http, Some(429));
        assert_eq!(f.provider, Some(Provider::Cohere));
        assert_eq!(
            f.message.as_deref(),
            Some("You are using a Trial key, which is limited to 1000 API calls / month.")
        );
        let f = one(
            r#"pydantic_ai.exceptions.ModelHTTPError: status_code: 401, model_name: mistral-large-latest, body: {"message":"Unauthorized"}"#,
        );
        assert_eq!(f.http, Some(401));
        assert_eq!(f.model.as_deref(), Some("mistral-large-latest"));
        // The JSON body is a payload of its own.
        assert_eq!(f.message, None);
        let f = one("x.errors.NotFoundError: status_code: 404, body: data=None");
        assert_eq!(f.message, None);
    }

    #[test]
    fn a_form_quoted_in_a_structured_log_line_ends_at_its_quote() {
        let f = one(
            r#"level=ERROR msg="embed failed" err="rpc error: code = Unavailable desc = The service is \"down\"." trace=ab12"#,
        );
        assert_eq!(f.message.as_deref(), Some(r#"The service is \"down\"."#));
    }

    #[test]
    fn genai_summary_before_payload() {
        let f = one(
            "google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429}}",
        );
        assert_eq!(f.http, Some(429));
        assert_eq!(f.status, Some(Code::ResourceExhausted));
        assert_eq!(f.message, None);
    }

    #[test]
    fn go_forms() {
        let f = one("rpc error: code = ResourceExhausted desc = Quota exceeded.");
        assert_eq!(f.status, Some(Code::ResourceExhausted));
        assert_eq!(f.message.as_deref(), Some("Quota exceeded."));
        let g = one(
            "googleapi: Error 403: Service Usage API has not been used in project 1 before or it is disabled., accessNotConfigured",
        );
        assert_eq!(g.http, Some(403));
        assert_eq!(g.reason.as_deref(), Some("accessNotConfigured"));
        assert_eq!(
            g.message.as_deref(),
            Some("Service Usage API has not been used in project 1 before or it is disabled.")
        );
    }

    #[test]
    fn java_dotnet_python_js() {
        let j = one(
            "com.google.api.gax.rpc.ResourceExhaustedException: io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: Unable to submit request",
        );
        assert_eq!(j.status, Some(Code::ResourceExhausted));
        let d = one(
            r#"Grpc.Core.RpcException: Status(StatusCode="ResourceExhausted", Detail="Quota exceeded for x")"#,
        );
        assert_eq!(d.status, Some(Code::ResourceExhausted));
        assert_eq!(d.message.as_deref(), Some("Quota exceeded for x"));
        let p = one(
            "google.api_core.exceptions.BadRequest: 400 POST https://generativelanguage.googleapis.com/v1beta/models/gemini-1.0-pro:generateContent: User location is not supported for the API use.",
        );
        // `BadRequest` is the HTTP-path class: it restates the 400, it names no canonical code.
        assert_eq!(p.http, Some(400));
        assert_eq!(p.status, None);
        assert_eq!(
            p.message.as_deref(),
            Some("User location is not supported for the API use.")
        );
        assert!(p.url.is_some_and(|u| u.contains("gemini-1.0-pro")));
        let s = one("google.api_core.exceptions.TooManyRequests: 429 Resource exhausted");
        assert_eq!((s.http, s.status), (Some(429), None));
        let n = one(
            "[GoogleGenerativeAI Error]: Error fetching from https://x/v1beta/models/gemini-pro:generateContent: [429 Too Many Requests] Resource has been exhausted (e.g. check quota).",
        );
        assert_eq!(n.http, Some(429));
        assert_eq!(
            n.message.as_deref(),
            Some("Resource has been exhausted (e.g. check quota).")
        );
        let g = one("Error: 8 RESOURCE_EXHAUSTED: Quota exceeded.");
        assert_eq!(g.status, Some(Code::ResourceExhausted));
    }

    #[test]
    fn prose_is_not_a_form() {
        for line in [
            "    except ResourceExhausted as e:",
            "  • 错误类型为 RESOURCE_EXHAUSTED (资源耗尽)",
            "We saw RESOURCE_EXHAUSTED all day",
            "10.0.0.1 - - [10/Dec/2025] \"GET /v1 HTTP/1.1\" 429 512",
            "retrying after 8 RESOURCE_EXHAUSTED errors",
        ] {
            assert!(find(line).is_empty(), "{line:?} gave {:?}", find(line));
        }
    }

    #[test]
    fn gax_go_details() {
        let f = one(
            "error details: name = ErrorInfo reason = RATE_LIMIT_EXCEEDED domain = googleapis.com metadata = map[quota_limit:X service:generativelanguage.googleapis.com]",
        );
        assert_eq!(
            f.fragment,
            Some(Fragment::ErrorInfo {
                reason: Some("RATE_LIMIT_EXCEEDED".into()),
                domain: Some("googleapis.com".into()),
                metadata: vec![
                    ("quota_limit".into(), "X".into()),
                    ("service".into(), "generativelanguage.googleapis.com".into())
                ],
            })
        );
        let r = one("error details: retry in 14s");
        assert_eq!(r.fragment, Some(Fragment::RetryIn("14s".into())));
    }
}
#[cfg(test)]
mod block_tests {
    #[test]
    fn go_genai_block() {
        let t = "2025/12/10 04:19:40 translate: batch 4/11 de: Error 429, Message: You exceeded.\n* Quota exceeded for metric: m, limit: 10, model: g\nPlease retry in 14.1s., Status: RESOURCE_EXHAUSTED, Details: [map[a:b]]\nexit status 1";
        let b = super::find_blocks(t);
        assert_eq!(b.len(), 1, "{b:?}");
    }
}
