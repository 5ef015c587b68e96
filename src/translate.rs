//! Translates an error message sentence by sentence.
//!
//! Google's messages are built from a small set of sentence templates with values in them
//! (metrics, limits, models, delays, URLs). Each known template is a row below: a pattern whose
//! named groups are the values, and the Fluent id of its translation, which places the same
//! values verbatim. A sentence no row knows is shown as it is and marked untranslated; nothing is
//! guessed.

use crate::pattern::Lazy;
use std::sync::LazyLock;

use crate::i18n::{self, Lang, Messages};

/// Sentence templates: `(Fluent id, pattern)`. The pattern matches a whole sentence; its named
/// groups become the Fluent arguments of the same name.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "msg-exceeded-current-quota",
        r"You exceeded your current quota, please check your plan and billing details\.",
    ),
    (
        "msg-more-info-head-to",
        r"For more information on this error, head to: (?P<url>\S+?)\.?",
    ),
    (
        "msg-monitor-usage-head-to",
        r"To monitor your current usage, head to: (?P<url>\S+?)\.?",
    ),
    (
        "msg-quota-exceeded-metric-model",
        r"\* Quota exceeded for metric: (?P<metric>[^\s,]+), limit: (?P<limit>\d+), model: (?P<model>\S+?)\.?",
    ),
    (
        "msg-quota-exceeded-metric",
        r"\* Quota exceeded for metric: (?P<metric>[^\s,]+), limit: (?P<limit>\d+)\.?",
    ),
    (
        "msg-please-retry-in",
        r"Please retry in (?P<delay>\d+(?:\.\d+)?)s\.?",
    ),
    ("msg-model-overloaded", r"The model is overloaded\."),
    ("msg-try-again-later", r"(?:Please )?[Tt]ry again later\.?"),
    (
        "msg-resource-exhausted-check-quota",
        r"Resource has been exhausted \(e\.g\. check quota\)\.?",
    ),
    ("msg-resource-exhausted", r"Resource exhausted\.?"),
    (
        "msg-refer-for-details",
        r"Please refer to (?P<url>\S+) for more details\.?",
    ),
    ("msg-api-key-not-valid", r"API key not valid\.?"),
    ("msg-pass-valid-api-key", r"Please pass a valid API key\.?"),
    ("msg-api-key-expired", r"API key expired\.?"),
    ("msg-renew-api-key", r"Please renew the API key\.?"),
    (
        "msg-location-not-supported",
        r"User location is not supported for the API use\.?",
    ),
    (
        "msg-model-not-found",
        r"models/(?P<model>[\w.\-]+) is not found for API version (?P<version>\w+), or is not supported for (?P<method>\w+)\.?",
    ),
    (
        "msg-call-list-models",
        r"Call ListModels to see the list of available models and their supported methods\.?",
    ),
    (
        "msg-vertex-quota-base-model",
        r"Quota exceeded for (?P<metric>\S+) with base model: (?P<model>[\w.\-@]+?)\.?",
    ),
    (
        "msg-submit-quota-increase",
        r"Please submit a quota increase request\.?",
    ),
    (
        "msg-cloud-quota-exceeded",
        r"Quota exceeded for quota metric '(?P<metric>[^']+)' and limit '(?P<limit>[^']+)' of service '(?P<service>[^']+)' for consumer '(?P<consumer>[^']+)'\.?",
    ),
    (
        "msg-api-not-used",
        r"(?P<api>.+?) API has not been used in project (?P<project>\S+) before or it is disabled\.?",
    ),
    (
        "msg-enable-by-visiting",
        r"Enable it by visiting (?P<url>\S+) then retry\.?",
    ),
    (
        "msg-enabled-recently",
        r"If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry\.?",
    ),
    (
        "msg-caller-no-permission",
        r"The caller does not have permission\.?",
    ),
    (
        "msg-permission-denied-on",
        r"Permission '(?P<permission>[^']+)' denied on resource '(?P<resource>[^']+)'(?: \(or it may not exist\))?\.?",
    ),
    (
        "msg-insufficient-scopes",
        r"Request had insufficient authentication scopes\.?",
    ),
    (
        "msg-invalid-credentials",
        r"Request had invalid authentication credentials\.?",
    ),
    (
        "msg-expected-oauth",
        r"Expected OAuth 2 access token, login cookie or other valid authentication credential\.?",
    ),
    ("msg-see-url", r"See (?P<url>\S+?)\.?"),
    ("msg-internal-error", r"Internal error encountered\.?"),
    (
        "msg-internal-error-retry",
        r"An internal error has occurred\. Please retry or report in (?P<url>\S+?)\.?",
    ),
    (
        "msg-internal-error-occurred",
        r"An internal error has occurred\.?",
    ),
    (
        "msg-deadline-expired",
        r"Deadline expired before operation could complete\.?",
    ),
    ("msg-rate-limit-exceeded", r"Rate [Ll]imit [Ee]xceeded\.?"),
    (
        "msg-out-of-capacity",
        r"Unable to submit request because the service is temporarily out of capacity\.?",
    ),
    (
        "msg-service-unavailable",
        r"The service is currently unavailable\.?",
    ),
    (
        "msg-invalid-argument",
        r"Request contains an invalid argument\.?",
    ),
    ("msg-entity-not-found", r"Requested entity was not found\.?"),
    ("msg-entity-exists", r"Requested entity already exists\.?"),
    ("msg-url-only", r"(?P<url>https?://\S+?)\.?"),
    (
        "msg-api-key-leaked",
        r"Your API key was reported as leaked\.?",
    ),
    ("msg-use-another-key", r"Please use another API key\.?"),
    (
        "msg-user-rate-limit-exceeded",
        r"User Rate Limit Exceeded\.?",
    ),
    ("msg-quota-exceeded", r"Quota exceeded\.?"),
    (
        "msg-permission-denied-enable-service",
        r"Permission denied to enable service \[(?P<service>[^\]]+)\]\.?",
    ),
    (
        "msg-youtube-quota",
        r#"The request cannot be completed because you have exceeded your <a href="[^"]*">quota</a>\.?"#,
    ),
    (
        "msg-daily-limit-unreg",
        r"Daily Limit for Unauthenticated Use Exceeded\.?",
    ),
    (
        "msg-continued-use-signup",
        r"Continued use requires signup\.?",
    ),
    (
        "msg-payload-too-large",
        r"Request payload size exceeds the limit: (?P<limit>\d+) bytes\.?",
    ),
    (
        "msg-missing-credential",
        r"Request is missing required authentication credential\.?",
    ),
    (
        "msg-user-not-authorized",
        r"User not authorized to perform this action\.?",
    ),
    (
        "msg-field-not-specified",
        r"\* (?P<path>[\w.\[\]]+): (?P<field>\w+) is not specified\.?",
    ),
    (
        "msg-unregistered-callers",
        r"Method doesn't allow unregistered callers \(callers without established identity\)\.?",
    ),
    (
        "msg-use-api-key-identity",
        r"Please use API Key or other form of API consumer identity to call this API\.?",
    ),
    (
        "msg-billing-required",
        r"This API method requires billing to be enabled\.?",
    ),
    (
        "msg-enable-billing-visiting",
        r"Please enable billing on project #?(?P<project>\S+) by visiting (?P<url>\S+) then retry\.?",
    ),
    (
        "msg-billing-account-not-found",
        r"Billing account for project '(?P<project>[^']+)' is not found\.?",
    ),
    (
        "msg-billing-must-be-enabled",
        r"Billing must be enabled for activation of service\(s\) '(?P<service>[^']+)' to proceed\.?",
    ),
    (
        "msg-input-token-count",
        r"The input token count \((?P<count>\d+)\) exceeds the maximum number of tokens allowed \((?P<max>\d+)\)\.?",
    ),
    (
        "msg-referer-blocked",
        r"Requests from referer (?P<referer>\S+) are blocked\.?",
    ),
    (
        "msg-client-app-blocked",
        r"Requests from this (?:Android |iOS )?client application (?P<app>\S+) are blocked\.?",
    ),
    (
        "msg-ip-blocked",
        r"The provided IP address (?P<ip>\S+) is not allowed to use this API key\.?|Requests from this IP address (?P<ip2>\S+) are blocked\.?",
    ),
    (
        "msg-api-blocked",
        r"Requests to this API (?P<method>\S+) method (?P<rpc>\S+) are blocked\.?",
    ),
    (
        "msg-api-key-provided-expired",
        r"The provided API key is expired\.?",
    ),
    ("msg-api-key-not-found", r"API Key not found\.?"),
    (
        "msg-free-tier-country",
        r"Gemini API free tier is not available in your country\.?",
    ),
    (
        "msg-enable-billing-ai-studio",
        r"Please enable billing on your project in Google AI Studio\.?",
    ),
    (
        "msg-prepay-depleted",
        r"Your prepayment credits are depleted\.?",
    ),
    (
        "msg-manage-billing-ai-studio",
        r"Please go to AI Studio at (?P<url>\S+) to manage your project and billing\.?",
    ),
    (
        "msg-resource-exhausted-comma",
        r"Resource exhausted, please try again later\.?",
    ),
    ("msg-too-many-requests", r"Too many requests\.?"),
    ("msg-exceeded-pt", r"Exceeded the Provisioned Throughput\.?"),
    (
        "msg-tuned-model-no-access",
        r"You do not have permission to access tuned model (?P<model>\S+?)\.?",
    ),
    (
        "msg-permission-denied-resource",
        r"Permission denied on resource (?P<resource>.+?)\.?",
    ),
    (
        "msg-consumer-suspended",
        r"Consumer '(?P<consumer>[^']+)' has been suspended\.?",
    ),
    (
        "msg-daily-quota-model",
        r"You have exhausted your daily quota on this model\.?",
    ),
    ("msg-precondition-failed", r"Precondition check failed\.?"),
    (
        "msg-multiple-credentials",
        r"Multiple authentication credentials received\.?",
    ),
    ("msg-provide-only-one", r"Please only provide one\.?"),
    (
        "msg-service-account-restricted",
        r"Access to Gemini API is restricted with service accounts\.?",
    ),
    (
        "msg-use-authorization-keys",
        r"Use authorization keys instead\.?",
    ),
    // OpenAI and the APIs that copy its messages.
    (
        "msg-openai-rate-limit-reached",
        r"Rate limit reached for (?P<model>\S+) in organization (?P<org>\S+) on (?P<dimension>[a-z ]+) per (?P<window>min|minute|day)(?: \([A-Z]+\))?: Limit (?P<limit>\d+), Used (?P<used>\d+), Requested (?P<requested>\d+)\.?",
    ),
    (
        "msg-openai-try-again-in",
        r"Please try again in (?P<delay>[\d.]+(?:ms|s|m\d+(?:\.\d+)?s|m))\.?",
    ),
    (
        "msg-openai-visit-to-learn-more",
        r"Visit (?P<url>\S+) to learn more\.?",
    ),
    (
        "msg-openai-context-length",
        r"This model's maximum context length is (?P<limit>\d+) tokens\. However, your messages resulted in (?P<requested>\d+) tokens\.?",
    ),
    (
        "msg-openai-reduce-length",
        r"Please reduce the length of the messages\.?",
    ),
    (
        "msg-openai-model-not-found",
        r"The model `(?P<model>[^`]+)` does not exist or you do not have access to it\.?",
    ),
    (
        "msg-openai-incorrect-key",
        r"Incorrect API key provided: (?P<key>\S+?)\.?",
    ),
    // Anthropic.
    ("msg-anthropic-overloaded", r"Overloaded"),
    (
        "msg-anthropic-credit-too-low",
        r"Your credit balance is too low to access the Anthropic API\.?",
    ),
    (
        "msg-anthropic-prompt-too-long",
        r"prompt is too long: (?P<requested>\d+) tokens > (?P<limit>\d+) maximum",
    ),
    // Amazon Bedrock.
    (
        "msg-bedrock-too-many",
        r"Too many (?P<what>requests|tokens), please wait before trying again\.?",
    ),
    (
        "msg-bedrock-input-too-long",
        r"Input is too long for requested model\.?",
    ),
    // Azure OpenAI.
    (
        "msg-azure-retry-after",
        r"Please retry after (?P<seconds>\d+) seconds?\.?",
    ),
    (
        "msg-azure-operation-rate-limit",
        r"Requests to the (?P<operation>\S+) Operation under Azure OpenAI API version (?P<version>\S+) have exceeded (?P<kind>token|call) rate limit of your current (?P<tier>.+?) pricing tier\.?",
    ),
    (
        "msg-azure-go-here",
        r"Please go here: (?P<url>\S+) if you would like to further increase the default rate limit\.?",
    ),
    (
        "msg-azure-deployment-missing",
        r"The API deployment for this resource does not exist\.?",
    ),
    (
        "msg-azure-deployment-wait",
        r"If you created the deployment within the last (?P<minutes>\d+) minutes, please wait a moment and try again\.?",
    ),
    // DeepSeek, Mistral, Cohere, OpenRouter, xAI.
    (
        "msg-deepseek-insufficient-balance",
        r"Insufficient Balance\.?",
    ),
    (
        "msg-deepseek-auth-fails",
        r"Authentication Fails, Your api key: (?P<key>\S+) is invalid\.?",
    ),
    ("msg-unauthorized", r"Unauthorized\.?"),
    (
        "msg-cohere-trial-key",
        r"You are using a Trial key, which is limited to (?P<limit>[\d,]+) API calls / (?P<window>minute|month)\.?",
    ),
    (
        "msg-cohere-upgrade",
        r"You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at '(?P<url>[^']+)'\.?",
    ),
    (
        "msg-cohere-contact",
        r"Contact us on '(?P<chat>[^']+)' or email us at (?P<email>\S+) with any questions\.?",
    ),
    (
        "msg-openrouter-upstream-rate-limited",
        r"(?P<model>\S+) is temporarily rate-limited upstream\.?",
    ),
    (
        "msg-openrouter-retry-or-own-key",
        r"Please retry shortly, or add your own key to accumulate your rate limits: (?P<url>\S+?)\.?",
    ),
    (
        "msg-openrouter-more-credits",
        r"This request requires more credits, or fewer max_tokens\.?",
    ),
    (
        "msg-openrouter-can-afford",
        r"You requested up to (?P<requested>\d+) tokens, but can only afford (?P<afford>\d+)\.?",
    ),
    (
        "msg-openrouter-to-increase",
        r"To increase, visit (?P<url>\S+) and upgrade to a paid account\.?",
    ),
    (
        "msg-xai-obtain-key",
        r"You can obtain an API key from (?P<url>\S+?)\.?",
    ),
    (
        "msg-xai-credits-used",
        r"Your team (?P<team>\S+) has either used all available credits or reached its monthly spending limit\.?",
    ),
    (
        "msg-xai-buy-credits",
        r"To continue making API requests, please purchase more credits or raise your spending limit\.?",
    ),
    ("msg-bad-request", r"Bad Request\.?"),
    ("msg-forbidden", r"Forbidden\.?"),
    ("msg-not-found", r"Not Found\.?"),
    ("msg-backend-error", r"Backend Error\.?"),
    ("msg-internal-error-word", r"Internal Error\.?"),
];

static COMPILED: LazyLock<Vec<(&'static str, Lazy)>> = LazyLock::new(|| {
    TEMPLATES
        .iter()
        .map(|(id, pat)| (*id, Lazy::with_literal(format!("^(?:{pat})$"), pat)))
        .collect()
});

/// One sentence of a message and its translation (`None` when no template knows it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub original: String,
    pub translated: Option<String>,
}

/// The language a message is written in: Chinese when CJK characters dominate its letters.
pub fn message_lang(message: &str) -> Lang {
    let mut cjk = 0usize;
    let mut latin = 0usize;
    for c in message.chars() {
        if ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c) {
            cjk += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    // A CJK character carries about as much as a short English word.
    if cjk * 4 > latin { Lang::Zh } else { Lang::En }
}

/// Splits a message into sentences: at line breaks, and after `.`, `!` or `?` followed by a space
/// and a capital letter, `*` or `[` (so `e.g. check` and URLs stay whole).
pub fn sentences(message: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in message.split('\n') {
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut start = 0;
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?' | '。' | '！' | '？') {
                continue;
            }
            let end = i + c.len_utf8();
            let cjk_stop = matches!(c, '。' | '！' | '？');
            let next_is_space = chars.get(k + 1).is_some_and(|(_, n)| n.is_whitespace());
            let after = chars[k + 1..].iter().find(|(_, n)| !n.is_whitespace());
            let starts_sentence = after.is_some_and(|&(j, n)| {
                n.is_uppercase()
                    || matches!(n, '*' | '[' | '(' | '"' | '\'')
                    || line[j..].starts_with("http")
            });
            // `e.g.`, `i.e.`: a dot after a single letter is an abbreviation.
            let abbreviation = k >= 2 && chars[k - 2].1 == '.';
            if (cjk_stop && after.is_some()) || (next_is_space && starts_sentence && !abbreviation)
            {
                push_sentence(&mut out, &line[start..end]);
                start = end;
            }
        }
        push_sentence(&mut out, &line[start..]);
    }
    out
}

fn push_sentence(out: &mut Vec<String>, s: &str) {
    let t = s.trim();
    if !t.is_empty() {
        out.push(t.to_owned());
    }
}

/// Translates one sentence, if a template knows it.
pub fn sentence(text: &str, messages: &Messages) -> Option<String> {
    for (id, lazy) in COMPILED.iter() {
        let Some(caps) = lazy.captures(text) else {
            continue;
        };
        let pairs: Vec<(&str, String)> = caps
            .names()
            .enumerate()
            .filter_map(|(i, name)| Some((name?, caps.get(i)?.as_str().to_owned())))
            .collect();
        let args = i18n::args(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        return Some(messages.get(id, Some(&args)));
    }
    None
}

/// The sentences of a message with their translations into the output language; empty when the
/// message is already in that language.
pub fn translate(message: &str, messages: &Messages) -> Vec<Sentence> {
    if message_lang(message) == messages.lang() {
        return Vec::new();
    }
    sentences(message)
        .into_iter()
        .map(|original| {
            let translated = sentence(&original, messages);
            Sentence {
                original,
                translated,
            }
        })
        .collect()
}

/// Every template's Fluent id, for the locale tests.
pub fn template_ids() -> impl Iterator<Item = &'static str> {
    TEMPLATES.iter().map(|(id, _)| *id)
}

/// Every lazy pattern of this module, for the test that runs them through both engines.
#[cfg(test)]
pub(crate) fn lazy_patterns() -> Vec<&'static Lazy> {
    COMPILED.iter().map(|(_, lazy)| lazy).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. \n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-2.5-flash\nPlease retry in 14.347159481s.";

    #[test]
    fn splits_the_seed_message() {
        assert_eq!(
            sentences(SEED),
            vec![
                "You exceeded your current quota, please check your plan and billing details.",
                "For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
                "To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit.",
                "* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-2.5-flash",
                "Please retry in 14.347159481s.",
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("Resource has been exhausted (e.g. check quota)."),
            vec!["Resource has been exhausted (e.g. check quota)."]
        );
    }

    #[test]
    fn translates_with_values_verbatim() {
        let zh = Messages::new(Lang::Zh);
        let t = translate(SEED, &zh);
        assert_eq!(t.len(), 5);
        assert!(t.iter().all(|s| s.translated.is_some()), "{t:#?}");
        assert_eq!(
            t[3].translated.as_deref(),
            Some(
                "* 已超出指标 generativelanguage.googleapis.com/generate_content_free_tier_requests 的配额，上限：20，模型：gemini-2.5-flash"
            )
        );
        let unknown = translate("Something new happened.", &zh);
        assert_eq!(unknown[0].translated, None);
        let en = Messages::new(Lang::En);
        assert!(translate(SEED, &en).is_empty());
    }

    #[test]
    fn detects_message_language() {
        assert_eq!(message_lang(SEED), Lang::En);
        assert_eq!(message_lang("您已超出当前配额，请检查您的套餐。"), Lang::Zh);
    }
}
