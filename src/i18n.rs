//! Localisation: which language to speak, and the Fluent messages in it.
//!
//! Both locales are embedded in the binary, so `apierr` speaks Chinese from any folder and right
//! after `cargo install`. Bidi isolation marks are off: both languages run left to right, and the
//! marks (U+2068/U+2069) are invisible or shown as boxes in terminals, and break `grep`.
//! Values from the input (models, quota ids, limits) are passed as strings, so that Fluent never
//! reformats a number a user must be able to search for.

use std::borrow::Cow;

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The Fluent sources, embedded: `(file, text)` per locale. `apierr.ftl` holds the report's own
/// words, `knowledge.ftl` the diagnoses, `messages.ftl` the translations of Google's sentences.
pub const EN_US: [(&str, &str); 3] = [
    ("apierr.ftl", include_str!("../locales/en-US/apierr.ftl")),
    (
        "knowledge.ftl",
        include_str!("../locales/en-US/knowledge.ftl"),
    ),
    (
        "messages.ftl",
        include_str!("../locales/en-US/messages.ftl"),
    ),
];
pub const ZH_CN: [(&str, &str); 3] = [
    ("apierr.ftl", include_str!("../locales/zh-CN/apierr.ftl")),
    (
        "knowledge.ftl",
        include_str!("../locales/zh-CN/knowledge.ftl"),
    ),
    (
        "messages.ftl",
        include_str!("../locales/zh-CN/messages.ftl"),
    ),
];

/// An output language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// The BCP 47 tag of the shipped locale.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Zh => "zh-CN",
        }
    }

    /// Reads a language tag or POSIX locale name: `en`, `en-US`, `zh`, `zh-CN`, `zh_CN.UTF-8`,
    /// `zh_TW` (zh-CN is the only Chinese shipped, so every Chinese locale gets it), `C`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let base = tag
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let lang = base.split(['-', '_']).next().unwrap_or("");
        match lang {
            "zh" | "cmn" => Some(Lang::Zh),
            "en" | "c" | "posix" => Some(Lang::En),
            "" => None,
            // Any other real locale (de_DE, fr…): English is the only fallback.
            _ if lang.chars().all(|c| c.is_ascii_alphabetic()) && lang.len() <= 3 => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for: the first set, non-empty of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` (POSIX precedence), else English.
    pub fn from_env(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.trim().is_empty())
            .and_then(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The locale's Fluent files.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => &EN_US,
            Lang::Zh => &ZH_CN,
        }
    }
}

/// Fluent arguments; values are strings on purpose (see the module comment).
pub type Args<'a> = FluentArgs<'a>;

/// Builds arguments from pairs.
pub fn args<'a, I, V>(pairs: I) -> Args<'a>
where
    I: IntoIterator<Item = (&'a str, V)>,
    V: Into<Cow<'a, str>>,
{
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(k, FluentValue::String(v.into()));
    }
    a
}

/// The messages of one language, with English behind it for any id a translation lacks (a test
/// keeps both complete; the fallback only keeps a gap from becoming a crash).
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// English, parsed only if a lookup ever misses (it never should: the locale tests keep
    /// both complete, and parsing a second language doubled the start-up work).
    fallback: std::cell::OnceCell<Option<FluentBundle<FluentResource>>>,
    /// Messages without arguments, formatted once: every report asks for the same ones (the
    /// placeholders for facts an error does not state), which in a log full of errors was a
    /// good part of the time spent rendering.
    texts: std::cell::RefCell<std::collections::HashMap<String, String>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.tag().parse().expect("shipped tags parse");
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    for (file, source) in lang.sources() {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(r) => r,
            // A syntax error is caught by the locale tests; keep the entries that did parse.
            Err((r, _)) => r,
        };
        bundle
            .add_resource(resource)
            .unwrap_or_else(|_| panic!("duplicate message ids in {}/{file}", lang.tag()));
    }
    bundle
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        Messages {
            lang,
            bundle: bundle(lang),
            fallback: std::cell::OnceCell::new(),
            texts: std::cell::RefCell::default(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Is there a message with this id (in this language)?
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message's value; the id itself when it does not exist.
    pub fn get(&self, id: &str, args: Option<&Args<'_>>) -> String {
        self.format(id, None, args).unwrap_or_else(|| id.to_owned())
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        if let Some(text) = self.texts.borrow().get(id) {
            return text.clone();
        }
        let text = self.get(id, None);
        self.texts.borrow_mut().insert(id.to_owned(), text.clone());
        text
    }

    /// An attribute of a message (`diag-x.cause`), if it exists.
    pub fn attr(&self, id: &str, attr: &str, args: Option<&Args<'_>>) -> Option<String> {
        self.format(id, Some(attr), args)
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&Args<'_>>) -> Option<String> {
        let from = |bundle: &FluentBundle<FluentResource>| -> Option<String> {
            let msg = bundle.get_message(id)?;
            let pattern = match attr {
                Some(a) => msg.get_attribute(a)?.value(),
                None => msg.value()?,
            };
            let mut errors = Vec::new();
            let s = bundle.format_pattern(pattern, args, &mut errors);
            Some(s.into_owned())
        };
        let fallback = || {
            self.fallback
                .get_or_init(|| (self.lang != Lang::En).then(|| bundle(Lang::En)))
                .as_ref()
                .and_then(from)
        };
        let text = from(&self.bundle).or_else(fallback)?;
        Some(match self.lang {
            Lang::Zh => tidy_chinese_spacing(&text),
            Lang::En => text,
        })
    }
}

/// The spaces a Chinese message puts around a placeholder are right for Latin values
/// (`模型 gemini-2.5-flash`) and wrong when the value is Chinese itself (a placeholder such as
/// `该模型`) or full-width punctuation follows: drop a space between two Han characters and a
/// space next to full-width punctuation.
fn tidy_chinese_spacing(text: &str) -> String {
    let han =
        |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c);
    let full_width = |c: char| {
        matches!(
            c,
            '，' | '。' | '：' | '；' | '（' | '）' | '、' | '“' | '”' | '！' | '？'
        )
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' && i > 0 && i + 1 < chars.len() {
            let (p, n) = (chars[i - 1], chars[i + 1]);
            if (han(p) && han(n)) || full_width(p) || full_width(n) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod spacing_tests {
    #[test]
    fn chinese_spacing() {
        assert_eq!(super::tidy_chinese_spacing("该模型 过载"), "该模型过载");
        assert_eq!(
            super::tidy_chinese_spacing("模型 gemini 过载"),
            "模型 gemini 过载"
        );
        assert_eq!(
            super::tidy_chinese_spacing("项目 （未说明）"),
            "项目（未说明）"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names() {
        assert_eq!(Lang::from_tag("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("zh"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de_DE"), Some(Lang::En));
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("klingon!"), None);
    }

    #[test]
    fn environment_precedence() {
        assert_eq!(Lang::from_env(None, None, Some("zh_CN.UTF-8")), Lang::Zh);
        assert_eq!(
            Lang::from_env(Some("en_US.UTF-8"), None, Some("zh_CN.UTF-8")),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(Some(""), Some("zh_CN"), Some("en_US")),
            Lang::Zh
        );
        assert_eq!(Lang::from_env(None, None, None), Lang::En);
    }

    #[test]
    fn no_isolation_marks() {
        let m = Messages::new(Lang::En);
        let a = args([("path", "x.log")]);
        let s = m.get("error-read", Some(&a));
        assert!(s.contains("x.log"), "{s}");
        assert!(!s.contains('\u{2068}'));
    }
}
