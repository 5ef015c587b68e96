//! How much of the real error messages in the fixtures apierr can translate. Every sentence of
//! every message counts once per occurrence; the figure is printed, and must stay at 90% or more.

use serde_json::Value;

use crate::util::{apierr, fixtures_dir, records};

#[test]
fn translation_covers_the_fixture_messages() {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures_dir().join("expected.json")).expect("expected.json"),
    )
    .expect("JSON");
    let mut names: Vec<&String> = expected.as_object().expect("object").keys().collect();
    names.sort();
    let (mut total, mut known) = (0usize, 0usize);
    let mut unknown = Vec::new();
    for name in names {
        let out = apierr()
            .args(["--format", "json", "--lang", "zh", name])
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        for rec in records(&out) {
            for s in rec["translation"].as_array().into_iter().flatten() {
                total += 1;
                if s["translated"].is_string() {
                    known += 1;
                } else {
                    unknown.push(format!("{name}: {}", s["original"]));
                }
            }
        }
    }
    let share = known as f64 / total.max(1) as f64;
    println!(
        "translation coverage: {known}/{total} sentences ({:.1}%)",
        share * 100.0
    );
    for u in &unknown {
        println!("  untranslated: {u}");
    }
    assert!(total > 100, "too few sentences to measure: {total}");
    assert!(share >= 0.9, "coverage {:.1}% is under 90%", share * 100.0);
}
