//! Both locales are complete and consistent: they parse, they have the same messages with the
//! same attributes and the same variables, every id the code asks for exists, and none is unused.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use apierr::i18n::Lang;

/// `id` or `id.attribute` → the variables its pattern uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn variables_of(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(inline) => inline_vars(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables_of(&v.value, out);
            }
        }
    }
}

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn shape(lang: Lang) -> Shape {
    let mut shape = Shape::new();
    for (file, source) in lang.sources() {
        let name = format!("{}/{file}", lang.tag());
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{name} does not parse: {errors:#?}"),
        };
        add_entries(&name, resource, &mut shape);
    }
    shape
}

fn add_entries(name: &str, resource: ast::Resource<&str>, shape: &mut Shape) {
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables_of(v, &mut vars);
                }
                let fresh = shape.insert(m.id.name.to_owned(), vars).is_none();
                assert!(fresh, "{name}: {} is defined twice", m.id.name);
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    variables_of(&a.value, &mut vars);
                    shape.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            ast::Entry::Junk { content } => panic!("{name} has junk: {content}"),
            _ => {}
        }
    }
}

#[test]
fn both_locales_have_the_same_messages_attributes_and_variables() {
    let en = shape(Lang::En);
    let zh = shape(Lang::Zh);
    let en_ids: BTreeSet<&String> = en.keys().collect();
    let zh_ids: BTreeSet<&String> = zh.keys().collect();
    let only_en: Vec<_> = en_ids.difference(&zh_ids).collect();
    let only_zh: Vec<_> = zh_ids.difference(&en_ids).collect();
    assert!(only_en.is_empty(), "missing in zh-CN: {only_en:?}");
    assert!(only_zh.is_empty(), "missing in en-US: {only_zh:?}");
    for (id, vars) in &en {
        assert_eq!(vars, &zh[id], "{id} uses other variables in zh-CN");
    }
}

/// Message ids the code names literally.
fn ids_in_source() -> BTreeSet<String> {
    let re = regex::Regex::new(r#""([a-z]+(?:-[a-z0-9]+)+)""#).expect("compiles");
    let mut ids = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                for c in re.captures_iter(&text) {
                    ids.insert(c[1].to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_id_the_code_asks_for_exists_and_none_is_unused() {
    let en = shape(Lang::En);
    let messages: BTreeSet<String> = en.keys().filter(|k| !k.contains('.')).cloned().collect();
    // Ids the code builds rather than names: one per rule, template and product.
    let mut built: BTreeSet<String> = apierr::diagnose::RULES
        .iter()
        .map(|r| apierr::diagnose::fluent_id(r.id))
        .collect();
    built.extend(apierr::translate::template_ids().map(str::to_owned));
    built.extend(
        apierr::model::Product::ALL
            .iter()
            .map(|p| format!("product-{}", p.id())),
    );
    built.extend(apierr::diagnose::facts::names().map(|n| format!("value-unknown-{n}")));
    for id in &built {
        assert!(messages.contains(id), "{id} is missing from the locales");
    }
    for rule in apierr::diagnose::RULES {
        let fid = apierr::diagnose::fluent_id(rule.id);
        for attr in ["cause", "fix-now", "fix-for-good", "prevention"] {
            assert!(
                en.contains_key(&format!("{fid}.{attr}")),
                "{fid}.{attr} is missing"
            );
        }
    }
    let named = ids_in_source();
    // Literals that look like ids but are something else (rule ids, CLI values, formats).
    let used: BTreeSet<&String> = named.iter().filter(|n| messages.contains(*n)).collect();
    let unused: Vec<&String> = messages
        .iter()
        .filter(|m| !built.contains(*m) && !used.contains(m))
        .collect();
    assert!(unused.is_empty(), "ids nothing uses: {unused:?}");
    // And every id-looking literal with a known prefix exists.
    for n in &named {
        let known_prefix = [
            "section-",
            "line-",
            "wait-",
            "detail-",
            "error-",
            "help-",
            "link-",
            "duration-",
            "value-",
            "also-at",
        ]
        .iter()
        .any(|p| n.starts_with(p));
        if known_prefix {
            assert!(
                messages.contains(n),
                "the code uses {n}, which no locale has"
            );
        }
    }
}

#[test]
fn chinese_text_keeps_the_glossary_style() {
    let zh: String = Lang::Zh.sources().iter().map(|(_, s)| *s).collect();
    // Full-width punctuation inside Chinese sentences, never a half-width comma or colon after a
    // Chinese character.
    let bad = regex::Regex::new(r"[\p{Han}][,:;?!]").expect("compiles");
    for (n, line) in zh.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        assert!(
            !bad.is_match(line),
            "line {}: half-width punctuation: {line}",
            n + 1
        );
    }
    // A space between Chinese and Latin letters or digits.
    let tight = regex::Regex::new(r"[\p{Han}][A-Za-z0-9]|[A-Za-z0-9][\p{Han}]").expect("compiles");
    for (n, line) in zh.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        assert!(
            !tight.is_match(line),
            "line {}: no space between Chinese and Latin: {line}",
            n + 1
        );
    }
}
