//! The human report, as a user reads it, in both languages. Snapshots live in
//! `tests/cli/snapshots/`; each was read line by line before it was accepted.

use crate::util::apierr;

const NOW: &str = "2025-12-10T04:17:00Z";

fn human(file: &str, lang: &str, tz: &str) -> String {
    let out = apierr()
        .env("TZ", tz)
        .args(["--color", "never", "--now", NOW, "--lang", lang, file])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8 output")
}

/// The same, reading the file on standard input (as a pipe).
fn human_stdin(file: &str, lang: &str, tz: &str) -> String {
    let out = apierr()
        .env("TZ", tz)
        .args(["--color", "never", "--now", NOW, "--lang", lang])
        .write_stdin(crate::util::fixture(file))
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8 output")
}

#[test]
fn seed_paste_en() {
    insta::assert_snapshot!(human_stdin(
        "gemini-429-seed-paste.txt",
        "en",
        "Asia/Shanghai"
    ));
}

#[test]
fn seed_paste_zh() {
    insta::assert_snapshot!(human_stdin(
        "gemini-429-seed-paste.txt",
        "zh",
        "Asia/Shanghai"
    ));
}

#[test]
fn seed_paste_zh_outside_china() {
    // Compare without the wrapping (and the spaces it may take).
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    let out = squash(&human("gemini-429-seed-paste.txt", "zh", "Europe/Berlin"));
    let want = squash(
        "该配额将在太平洋时间 00:00 重置，即 3 小时 43 分钟后（您所在时区 Europe/Berlin 的 09:00）。",
    );
    assert!(out.contains(&want), "{out}");
}

#[test]
fn seed_paste_key_lines() {
    let en = human_stdin("gemini-429-seed-paste.txt", "en", "Asia/Shanghai");
    let lines: Vec<&str> = en.lines().collect();
    assert!(lines[0].starts_with("429 RESOURCE_EXHAUSTED · Gemini API · gemini-2.5-flash"));
    assert!(lines[0].ends_with("stdin:7"));
    assert_eq!(
        lines[1],
        "Free-tier daily request quota used up (20 requests per day for gemini-2.5-flash)"
    );
    assert!(en.contains("in 3 h 43 min (16:00 your time, Asia/Shanghai)."));
    assert!(en.contains("Also at stdin:1 (cut off): the same error as stdin:7."));
    assert!(en.ends_with("API errors found: 2 (1 distinct).\n"));
    let zh = human_stdin("gemini-429-seed-paste.txt", "zh", "Asia/Shanghai");
    for expected in [
        "错误翻译",
        "  原文：You exceeded your current quota, please check your plan and billing details.",
        "  译文：您已超出当前配额，请检查您的套餐和结算信息。",
        "原因分析",
        "立即解决",
        "长期解决",
        "预防措施",
        "建议等待时间",
        "详细信息",
        "了解更多",
        "标准输入:1 处还有同一错误（已截断），详见“标准输入:7”。",
    ] {
        assert!(
            zh.lines().any(|l| l == expected),
            "missing line {expected:?} in\n{zh}"
        );
    }
    assert!(zh.contains("太平洋时间 00:00 重置"));
    assert!(zh.contains("（北京时间 16:00）"));
}

#[test]
fn service_disabled_en() {
    insta::assert_snapshot!(human("google-json-pretty.txt", "en", "UTC"));
}

#[test]
fn overloaded_zh() {
    insta::assert_snapshot!(human("python-genai-503.txt", "zh", "Asia/Shanghai"));
}

#[test]
fn per_minute_en() {
    insta::assert_snapshot!(human("google-json-oneline.log", "en", "UTC"));
}

#[test]
fn repeated_errors_point_back() {
    let out = human("mixed-multiple.log", "en", "UTC");
    assert!(out.contains("Also at mixed-multiple.log:"), "{out}");
    assert!(out.contains("API errors found: 4 (3 distinct)."), "{out}");
}

#[test]
fn service_disabled_zh() {
    insta::assert_snapshot!(human("google-json-pretty.txt", "zh", "Asia/Shanghai"));
}

#[test]
fn api_key_invalid_en() {
    insta::assert_snapshot!(human("python-repr-pprint.txt", "en", "UTC"));
}

#[test]
fn api_key_invalid_zh() {
    insta::assert_snapshot!(human("python-repr-pprint.txt", "zh", "Asia/Shanghai"));
}

#[test]
fn vertex_per_minute_en() {
    insta::assert_snapshot!(human("python-api-core-vertex.txt", "en", "UTC"));
}

#[test]
fn vertex_per_minute_zh() {
    insta::assert_snapshot!(human("python-api-core-vertex.txt", "zh", "Asia/Shanghai"));
}

#[test]
fn overloaded_en() {
    insta::assert_snapshot!(human("python-genai-503.txt", "en", "UTC"));
}
