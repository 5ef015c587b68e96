//! The knowledge base, reached from realistic inputs: every rule is the diagnosis of at least one
//! fixture, each fixture in `tests/fixtures/knowledge/` gets the diagnosis its expectations name,
//! and the explanation repeats the payload's own values (service, permission, model, limit…)
//! instead of speaking in generalities.

use std::collections::BTreeSet;

use predicates::str::contains;
use serde_json::Value;

use crate::util::{apierr, fixtures_dir, records};

fn json(file: &str) -> Vec<Value> {
    let out = apierr()
        .args(["--format", "json", file])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    records(&out)
}

/// The human report's block for the occurrence at `file:line`, without its Details and Learn
/// more sections (those list values; the point is that the advice itself uses them).
fn advice_block(report: &str, file: &str, line: u64) -> Option<String> {
    let tag = format!("{file}:{line}");
    let mut lines = report.lines();
    lines
        .by_ref()
        .find(|l| l.trim_end().ends_with(&tag) && !l.starts_with(' '))?;
    let mut block = String::new();
    for l in lines {
        if l == "Details" || l == "Learn more" || l.starts_with("Also at ") {
            break;
        }
        if !l.starts_with(' ')
            && l.split_whitespace()
                .last()
                .is_some_and(|w| w.starts_with(file) && w.contains(':'))
        {
            break;
        }
        block.push_str(l.trim());
        block.push(' ');
    }
    Some(block)
}

#[test]
fn each_knowledge_fixture_reaches_its_diagnosis_with_its_facts() {
    let dir = fixtures_dir().join("knowledge");
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("knowledge/expected.json"),
    )
    .expect("JSON");
    let cases = expected.as_array().expect("an array");
    assert!(cases.len() >= 90, "only {} cases", cases.len());
    let mut failures = Vec::new();
    let files: BTreeSet<&str> = cases.iter().filter_map(|c| c["file"].as_str()).collect();
    for file in files {
        let path = format!("knowledge/{file}");
        let got = json(&path);
        let report = String::from_utf8(
            apierr()
                .args(["--color", "never", "--lang", "en", &path])
                .env("COLUMNS", "100")
                .assert()
                .code(0)
                .get_output()
                .stdout
                .clone(),
        )
        .expect("UTF-8");
        let want: Vec<&Value> = cases.iter().filter(|c| c["file"] == file).collect();
        if got.len() != want.len() {
            failures.push(format!(
                "{file}: {} occurrences (lines {:?}), want {}",
                got.len(),
                got.iter().map(|g| g["line"].clone()).collect::<Vec<_>>(),
                want.len()
            ));
            continue;
        }
        for (g, w) in got.iter().zip(&want) {
            let at = format!("{file}:{}", w["line"]);
            for (key, got_key) in [
                ("line", "line"),
                ("code", "code"),
                ("status", "status"),
                ("reason", "reason"),
            ] {
                if g[got_key] != w[key] {
                    failures.push(format!("{at}: {key} got {} want {}", g[got_key], w[key]));
                }
            }
            if g["diagnosis"]["id"] != w["rule"] {
                failures.push(format!(
                    "{at}: diagnosis {} want {}",
                    g["diagnosis"]["id"], w["rule"]
                ));
                continue;
            }
            let line = w["line"].as_u64().expect("line");
            let Some(block) = advice_block(&report, &path, line) else {
                // A repeat of an earlier error points back instead of explaining again.
                continue;
            };
            for value in w["says"].as_array().into_iter().flatten() {
                let v = value.as_str().expect("string");
                if !block.contains(v) {
                    failures.push(format!("{at}: the advice does not mention {v:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_rule_is_reached_by_a_fixture() {
    let mut reached = BTreeSet::new();
    let mut files = vec![];
    for dir in [
        fixtures_dir(),
        fixtures_dir().join("knowledge"),
        fixtures_dir().join("providers"),
    ] {
        for entry in std::fs::read_dir(&dir).expect("dir") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            if path.is_file() && !name.ends_with(".json") && !name.ends_with(".md") {
                files.push(path);
            }
        }
    }
    for path in files {
        for r in json(path.to_str().expect("UTF-8 path")) {
            reached.insert(r["diagnosis"]["id"].as_str().unwrap_or("").to_owned());
        }
    }
    // A status OK is never an error, so no input can reach it.
    let unreachable = ["code.ok"];
    let missing: Vec<&str> = apierr::diagnose::RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| !reached.contains(*id) && !unreachable.contains(id))
        .collect();
    assert!(missing.is_empty(), "rules no fixture reaches: {missing:?}");
}

#[test]
fn explain_a_code_by_any_of_its_names() {
    for q in ["429", "8", "RESOURCE_EXHAUSTED", "ResourceExhausted"] {
        apierr()
            .args(["explain", q])
            .assert()
            .code(0)
            .stdout(contains(
                "Quota or rate limit exceeded (RESOURCE_EXHAUSTED)",
            ))
            .stdout(contains("quota.free-tier.per-day"));
    }
    apierr().args(["explain", "429"]).assert().stdout(contains(
        "HTTP 429 stands for RESOURCE_EXHAUSTED (gRPC code 8)",
    ));
    apierr()
        .args(["explain", "rateLimitExceeded"])
        .assert()
        .code(0)
        .stdout(contains("Rate limit exceeded"));
    apierr()
        .args(["explain", "API_KEY_INVALID", "--lang", "zh"])
        .assert()
        .code(0)
        .stdout(contains("API_KEY_INVALID"))
        .stdout(contains("原因分析"));
}

#[test]
fn explain_an_unknown_code_says_what_to_do() {
    apierr()
        .args(["explain", "NOT_A_CODE"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("apierr: unknown code or reason 'NOT_A_CODE'; run `apierr list` to see what apierr knows\n");
}

#[test]
fn list_names_every_rule_once() {
    let out = apierr()
        .arg("list")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    let ids: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let want: Vec<&str> = apierr::diagnose::RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids, want);
}
