//! Every fixture against `tests/fixtures/expected.json`: the occurrences apierr must report, in
//! order, with their facts. The expectations were written from the reference material, not from
//! apierr's output.

use serde_json::Value;

use crate::util::{apierr, fixtures_dir, records};

/// Compares one occurrence; returns the differences.
fn differences(got: &Value, want: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in [
        "line",
        "code",
        "status",
        "reason",
        "domain",
        "model",
        "retry_delay_s",
        "truncated",
    ] {
        if got[key] != want[key] {
            out.push(format!("{key}: got {} want {}", got[key], want[key]));
        }
    }
    if let Some(prefix) = want["message_starts"].as_str() {
        let message = got["message"].as_str().unwrap_or("");
        if !message.starts_with(prefix) {
            out.push(format!(
                "message: got {message:?} want it to start {prefix:?}"
            ));
        }
    }
    let quota: Vec<Value> = got["quota"]
        .as_array()
        .map(|q| {
            q.iter()
                .map(|v| {
                    serde_json::json!({"metric": v["metric"], "quota_id": v["quota_id"], "limit": v["limit"]})
                })
                .collect()
        })
        .unwrap_or_default();
    if Value::Array(quota.clone()) != want["quota"] {
        out.push(format!("quota: got {quota:?} want {}", want["quota"]));
    }
    if let Some(meta) = want["metadata"].as_object() {
        for (k, v) in meta {
            if &got["metadata"][k] != v {
                out.push(format!("metadata.{k}: got {} want {v}", got["metadata"][k]));
            }
        }
    }
    if want.get("links").is_some() && got["links"] != want["links"] {
        out.push(format!(
            "links: got {} want {}",
            got["links"], want["links"]
        ));
    }
    out
}

#[test]
fn every_fixture_yields_exactly_its_expected_occurrences() {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures_dir().join("expected.json")).expect("expected.json"),
    )
    .expect("expected.json is JSON");
    let expected = expected.as_object().expect("an object of fixtures");
    assert!(expected.len() >= 45, "the fixture set shrank");
    let mut failures = Vec::new();
    for (name, want) in expected {
        let out = apierr()
            .args(["--format", "json", name])
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        let got = records(&out);
        let want = want.as_array().expect("a list per fixture");
        if got.len() != want.len() {
            let lines: Vec<&Value> = got.iter().map(|g| &g["line"]).collect();
            failures.push(format!(
                "{name}: {} occurrences (lines {lines:?}), want {}",
                got.len(),
                want.len()
            ));
            continue;
        }
        for (g, w) in got.iter().zip(want) {
            for d in differences(g, w) {
                failures.push(format!("{name}:{}: {d}", w["line"]));
            }
        }
        // Every record names its source and lies within the input.
        let lines = std::fs::read(fixtures_dir().join(name.as_str()))
            .expect("fixture")
            .split(|&b| b == b'\n')
            .count() as u64;
        for g in &got {
            assert_eq!(g["source"], name.as_str());
            let line = g["line"].as_u64().expect("line is a number");
            assert!(
                (1..=lines).contains(&line),
                "{name}: line {line} of {lines}"
            );
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_fixture_file_has_expectations() {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures_dir().join("expected.json")).expect("expected.json"),
    )
    .expect("JSON");
    for entry in std::fs::read_dir(fixtures_dir()).expect("fixtures dir") {
        let entry = entry.expect("entry");
        // `knowledge/` has expectations of its own (tests/cli/knowledge.rs).
        if entry.path().is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        // The seed paste is checked field by field in tests/cli/cli.rs.
        if matches!(
            name.as_str(),
            "expected.json" | "INDEX.md" | "gemini-429-seed-paste.txt"
        ) {
            continue;
        }
        assert!(
            expected.get(&name).is_some(),
            "{name} has no entry in expected.json"
        );
    }
}
