//! Facts an explanation names, read from wherever the error holds them: ErrorInfo metadata,
//! Help links, and the fixed phrases of Google's messages. The patterns are knowledge, kept
//! here as a table beside the rules that use them.

use crate::pattern::Lazy;
use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::model::ApiError;

/// `(fact, metadata keys that carry it)`, first present wins.
const FROM_METADATA: &[(&str, &[&str])] = &[
    ("service", &["service"]),
    ("service_title", &["serviceTitle", "service_title"]),
    ("activation_url", &["activationUrl", "activation_url"]),
    ("consumer", &["consumer"]),
    ("permission", &["permission"]),
    ("resource", &["resource"]),
    ("method", &["method"]),
    ("email", &["email"]),
    ("location", &["location", "quota_location"]),
    ("uid", &["uid"]),
    (
        "validation_link",
        &["validation_url", "validation_link", "validationUrl"],
    ),
    ("policy", &["policyName", "policy_name"]),
    (
        "checked_value",
        &["checked_value", "checkedValue", "tlsVersion"],
    ),
    ("parameter", &["parameter"]),
    ("cookie", &["cookie"]),
    (
        "reset_at",
        &["quotaResetTimeStamp", "quota_reset_timestamp"],
    ),
];

/// `(fact, pattern)`: the first capture group of the first match in the message.
const FROM_MESSAGE: &[(&str, &str)] = &[
    ("version", r"is not found for API version (\w+)"),
    ("method", r"or is not supported for (\w+)"),
    ("token_count", r"input token count \(?(\d+)\)?"),
    ("token_max", r"maximum number of tokens allowed \(?(\d+)\)?"),
    ("byte_limit", r"size exceeds the limit: (\d+) bytes"),
    ("permission", r"Permission '([^']+)' denied"),
    ("resource", r"denied on resource '([^']+)'"),
    (
        "project",
        r"in project (\d+|[a-z][a-z0-9-]{4,28}[a-z0-9])\b",
    ),
    ("activation_url", r"Enable it by visiting (\S+?) then retry"),
    ("service_title", r"^(.+?) API has not been used"),
    ("tuned_model", r"(tunedModels/[\w.-]+)"),
];

static COMPILED: LazyLock<Vec<(&'static str, Lazy)>> = LazyLock::new(|| {
    FROM_MESSAGE
        .iter()
        .map(|(name, pat)| (*name, Lazy::new(*pat)))
        .collect()
});

/// The facts this error states. Values come from the input and are not yet sanitised.
pub fn facts(e: &ApiError) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    for (name, keys) in FROM_METADATA {
        if let Some(v) = keys.iter().find_map(|k| e.metadata.get(*k)) {
            out.insert(*name, v.clone());
        }
    }
    if let Some(message) = &e.message {
        for (name, re) in COMPILED.iter() {
            if out.contains_key(name) {
                continue;
            }
            if let Some(c) = re.captures(message) {
                out.insert(*name, c[1].to_owned());
            }
        }
    }
    // `projects/123456789012` → the project is 123456789012.
    if !out.contains_key("project")
        && let Some(p) = out.get("consumer").and_then(|c| {
            c.strip_prefix("projects/")
                .or(c.strip_prefix("project_number:"))
        })
    {
        let p = p.to_owned();
        out.insert("project", p);
    }
    // An activation or validation page is often only in a Help link.
    for l in &e.links {
        let desc = l.description.as_deref().unwrap_or("").to_ascii_lowercase();
        if desc.contains("activation") && !out.contains_key("activation_url") {
            out.insert("activation_url", l.url.clone());
        }
        if (desc.contains("verif") || desc.contains("validat"))
            && !out.contains_key("validation_link")
        {
            out.insert("validation_link", l.url.clone());
        }
    }
    // Legacy items say where the problem is and where to read more.
    for l in &e.legacy {
        if let Some(h) = &l.extended_help {
            out.entry("extended_help").or_insert_with(|| h.clone());
        }
        if let Some(loc) = &l.location {
            out.entry("legacy_location").or_insert_with(|| loc.clone());
        }
    }
    if !out.contains_key("service")
        && let Some(s) = e.quota.iter().find_map(|q| {
            q.api_service.clone().or_else(|| {
                q.metric
                    .as_deref()
                    .and_then(|m| m.split('/').next())
                    .map(str::to_owned)
            })
        })
        && s.ends_with(".googleapis.com")
    {
        out.insert("service", s);
    }
    out
}

/// Every fact name, for the placeholders a locale must define.
pub fn names() -> impl Iterator<Item = &'static str> {
    // Asked for every error rendered: listed once.
    static NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut names: Vec<&'static str> = FROM_METADATA
            .iter()
            .map(|(n, _)| *n)
            .chain(FROM_MESSAGE.iter().map(|(n, _)| *n))
            .chain(["project", "extended_help", "legacy_location"])
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    });
    NAMES.iter().copied()
}

/// Every lazy pattern of this module, for the test that runs them through both engines.
#[cfg(test)]
pub(crate) fn lazy_patterns() -> Vec<&'static Lazy> {
    COMPILED.iter().map(|(_, lazy)| lazy).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Link, Provider};

    #[test]
    fn service_disabled_facts() {
        let mut e = ApiError::new(Provider::Google);
        e.message = Some("Generative Language API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123456789012 then retry.".into());
        e.metadata
            .insert("service".into(), "generativelanguage.googleapis.com".into());
        e.metadata
            .insert("consumer".into(), "projects/123456789012".into());
        let f = facts(&e);
        assert_eq!(f["project"], "123456789012");
        assert_eq!(f["service_title"], "Generative Language");
        assert!(f["activation_url"].starts_with("https://console.developers.google.com/apis/api/"));
        e.links.push(Link {
            description: Some("Google developers console API activation".into()),
            url: "https://x/y".into(),
        });
        assert_ne!(
            facts(&e)["activation_url"],
            "https://x/y",
            "the message's own URL wins"
        );
    }

    #[test]
    fn model_not_found_facts() {
        let mut e = ApiError::new(Provider::Google);
        e.message = Some("models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels".into());
        let f = facts(&e);
        assert_eq!(
            (f["version"].as_str(), f["method"].as_str()),
            ("v1beta", "generateContent")
        );
    }
}
