//! Behaviour of the command line: inputs, exit statuses, language and colour choice, streaming,
//! and what never reaches the output (control sequences, credentials).

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use predicates::prelude::*;
use predicates::str::contains;

use crate::util::{apierr, fixture, fixtures_dir, json_of, records, seed_paste};

const NOW: &str = "2025-12-10T04:17:00Z";

#[test]
fn seed_paste_gives_exactly_its_two_occurrences() {
    let recs = json_of(&seed_paste());
    assert_eq!(recs.len(), 2, "{recs:#?}");
    for r in &recs {
        assert_eq!(r["code"], 429);
        assert_eq!(r["status"], "RESOURCE_EXHAUSTED");
        assert_eq!(r["provider"], "google");
        assert_eq!(r["source"], "-");
    }
    let (cut, full) = (&recs[0], &recs[1]);
    assert_eq!(cut["line"], 1);
    assert_eq!(cut["truncated"], true);
    assert_eq!(cut["message"], "You exc");
    assert_eq!(full["line"], 7);
    assert_eq!(full["truncated"], false);
    assert_eq!(full["model"], "gemini-2.5-flash");
    assert_eq!(full["retry_delay_s"], 14);
    assert_eq!(
        full["quota"],
        serde_json::json!([{
            "metric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
            "quota_id": "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
            "limit": 20,
            "dimensions": {"location": "global", "model": "gemini-2.5-flash"}
        }])
    );
    assert_eq!(
        full["links"],
        serde_json::json!([{
            "description": "Learn more about Gemini API quotas",
            "url": "https://ai.google.dev/gemini-api/docs/rate-limits"
        }])
    );
    assert_eq!(full["diagnosis"]["id"], "quota.free-tier.per-day");
    assert_eq!(full["diagnosis"]["retryable"], true);
    assert_eq!(full["details"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        full["details"][2],
        serde_json::json!({"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "14s"})
    );
}

#[test]
fn json_wait_is_the_time_to_the_pacific_midnight_reset() {
    let out = apierr()
        .args([
            "--format",
            "json",
            "--now",
            NOW,
            "gemini-429-seed-paste.txt",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let recs = records(&out);
    // 04:17 UTC on 10 December is 20:17 PST; midnight PST is 08:00 UTC: 3 h 43 min.
    assert_eq!(recs[1]["diagnosis"]["wait_s"], 13380);
    assert_eq!(
        recs[1]["diagnosis"]["title"],
        "Free-tier daily request quota used up (20 requests per day for gemini-2.5-flash)"
    );
}

#[test]
fn json_keys_are_stable_and_in_order() {
    let recs = json_of(&seed_paste());
    let keys: Vec<&str> = recs[1]
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "source",
            "line",
            "provider",
            "product",
            "code",
            "status",
            "message",
            "reason",
            "domain",
            "metadata",
            "retry_delay_s",
            "retry_delay_source",
            "error_type",
            "error_code",
            "via",
            "category",
            "limit",
            "model",
            "quota",
            "links",
            "details",
            "errors",
            "truncated",
            "diagnosis",
            "translation"
        ]
    );
}

#[test]
fn translation_in_json_follows_the_output_language() {
    let out = apierr()
        .args([
            "--format",
            "json",
            "--lang",
            "zh",
            "gemini-429-seed-paste.txt",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let recs = records(&out);
    let t = recs[1]["translation"].as_array().expect("array");
    assert_eq!(t.len(), 5);
    assert_eq!(
        t[0],
        serde_json::json!({
            "original": "You exceeded your current quota, please check your plan and billing details.",
            "translated": "您已超出当前配额，请检查您的套餐和结算信息。"
        })
    );
    assert_eq!(t[4]["translated"], "请在 14.347159481 秒后重试。");
    assert_eq!(
        recs[1]["diagnosis"]["title"],
        "免费层级每日请求配额已用尽（gemini-2.5-flash 每天 20 次请求）"
    );
    // English output of an English message has nothing to translate.
    let en = json_of(&seed_paste());
    assert_eq!(en[1]["translation"], serde_json::json!([]));
}

#[test]
fn text_argument_and_dash_for_stdin() {
    let out = apierr()
        .args([
            "--format",
            "json",
            "--text",
            "rpc error: code = Unavailable desc = The service is currently unavailable.",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["source"], "--text");
    assert_eq!(recs[0]["status"], "UNAVAILABLE");
    assert_eq!(recs[0]["code"], serde_json::Value::Null);
    assert_eq!(recs[0]["diagnosis"]["id"], "code.unavailable");

    let out = apierr()
        .args(["--format", "json", "-"])
        .write_stdin("x 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}\n")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["source"], "-");
    assert_eq!(
        recs[0]["message"],
        "The model is overloaded. Please try again later."
    );
}

#[test]
fn fail_flag_sets_exit_status_one_only_when_errors_were_found() {
    apierr()
        .args(["--fail", "gemini-429-seed-paste.txt"])
        .assert()
        .code(1);
    apierr()
        .args(["--fail", "negative-prose.txt"])
        .assert()
        .code(0);
    apierr()
        .args(["gemini-429-seed-paste.txt"])
        .assert()
        .code(0);
}

#[test]
fn missing_file_gets_one_line_and_status_two_and_the_rest_is_still_read() {
    let assert = apierr()
        .args([
            "--format",
            "json",
            "no-such-file.log",
            "python-genai-503.txt",
        ])
        .assert()
        .code(2)
        .stderr("apierr: no-such-file.log: no such file or directory; check the path\n");
    let recs = records(&assert.get_output().stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["source"], "python-genai-503.txt");
}

#[test]
fn a_directory_is_named_and_skipped() {
    apierr()
        .args([".", "--format", "json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("apierr: .: is a directory; pass the log files inside it\n");
}

#[test]
fn errors_are_localised_too() {
    apierr()
        .args(["--lang", "zh", "nope.log"])
        .assert()
        .code(2)
        .stderr("apierr: nope.log：文件或目录不存在，请检查路径\n");
}

#[test]
fn bad_now_is_a_usage_error() {
    apierr()
        .args(["--now", "yesterday", "--text", "x"])
        .assert()
        .code(2)
        .stderr(contains("invalid --now value 'yesterday'"));
}

#[test]
fn usage_errors_exit_two() {
    apierr().arg("--no-such-flag").assert().code(2);
    apierr().args(["--lang", "klingon!"]).assert().code(2);
    apierr().args(["--format", "xml"]).assert().code(2);
}

#[test]
fn language_comes_from_the_flag_then_lc_all_lc_messages_lang() {
    let zh = "免费层级每日请求配额已用尽";
    let en = "Free-tier daily request quota used up";
    let run = |envs: &[(&str, &str)], args: &[&str]| {
        let mut cmd = apierr();
        for (k, v) in envs {
            cmd.env(k, v);
        }
        cmd.args(args)
            .arg("gemini-429-seed-paste.txt")
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone()
    };
    let has = |out: &[u8], s: &str| String::from_utf8_lossy(out).contains(s);
    assert!(has(&run(&[("LANG", "zh_CN.UTF-8")], &[]), zh));
    assert!(has(
        &run(&[("LANG", "zh_CN.UTF-8"), ("LC_ALL", "en_US.UTF-8")], &[]),
        en
    ));
    assert!(has(
        &run(
            &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "zh_TW.UTF-8")],
            &[]
        ),
        zh
    ));
    assert!(has(&run(&[("LANG", "C.UTF-8")], &[]), en));
    assert!(has(&run(&[], &[]), en));
    assert!(has(
        &run(&[("LANG", "en_US.UTF-8")], &["--lang", "zh-CN"]),
        zh
    ));
    assert!(has(
        &run(&[("LANG", "en_US.UTF-8")], &["--lang=zh_CN.UTF-8"]),
        zh
    ));
    assert!(has(&run(&[("LANG", "zh_CN.UTF-8")], &["--lang", "en"]), en));
}

#[test]
fn help_speaks_the_users_language() {
    apierr()
        .args(["--lang", "zh", "--help"])
        .assert()
        .code(0)
        .stdout(contains("解释日志或粘贴文本中的 API 错误。"));
    apierr()
        .env("LANG", "zh_CN.UTF-8")
        .arg("--help")
        .assert()
        .code(0)
        .stdout(contains("输出语言"));
    apierr()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(contains("Explain API errors found in logs or pasted text."));
}

#[test]
fn colour_follows_flag_no_color_clicolor_force_and_term() {
    let esc = |cmd: &mut assert_cmd::Command| {
        let out = cmd
            .arg("gemini-429-seed-paste.txt")
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        out.contains(&0x1b)
    };
    assert!(!esc(&mut apierr()), "a pipe gets no colour");
    assert!(esc(apierr().args(["--color", "always"])));
    assert!(!esc(apierr()
        .args(["--color", "never"])
        .env("CLICOLOR_FORCE", "1")));
    assert!(esc(apierr().env("CLICOLOR_FORCE", "1")));
    assert!(!esc(apierr()
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")));
    assert!(esc(apierr().env("CLICOLOR_FORCE", "1").env("NO_COLOR", "")));
    assert!(esc(apierr()
        .args(["--color", "always"])
        .env("NO_COLOR", "1")));
    // JSON is never coloured.
    assert!(!esc(
        apierr().args(["--format", "json", "--color", "always"])
    ));
}

#[test]
fn crlf_and_invalid_utf8_are_read_whole() {
    let recs = json_of(&fixture("crlf-windows.log"));
    assert_eq!(recs.len(), 2);
    assert!(
        recs.iter()
            .all(|r| !r["message"].as_str().unwrap_or("").contains('\r'))
    );
    let recs = json_of(&fixture("invalid-utf8.log"));
    assert_eq!(recs.len(), 1);
}

#[test]
fn a_very_long_line_is_read_whole() {
    let padding = "x".repeat(3 * 1024 * 1024);
    let line = format!(
        "{padding} ERROR call failed: {{\"error\": {{\"code\": 503, \"message\": \"The model is overloaded.\", \"status\": \"UNAVAILABLE\"}}}} {padding}\nnext\n"
    );
    let recs = json_of(line.as_bytes());
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["line"], 1);
    assert_eq!(recs[0]["status"], "UNAVAILABLE");
}

#[test]
fn output_streams_before_the_input_ends() {
    // Like `tail -f app.log | apierr`: stdin stays open, the record must arrive anyway.
    let mut child = Command::new(env!("CARGO_BIN_EXE_apierr"))
        .args(["--format", "json"])
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(b"INFO start\nERROR rpc error: code = ResourceExhausted desc = Quota exceeded.\nINFO next\n")
        .expect("writes");
    stdin.flush().expect("flushes");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("a record arrives while stdin is still open");
    assert!(line.contains("\"status\":\"RESOURCE_EXHAUSTED\""), "{line}");
    drop(stdin);
    assert!(child.wait().expect("exits").success());
}

#[test]
fn broken_pipe_exits_quietly() {
    let big = fixtures_dir().join("mixed-multiple.log");
    // apierr's own status (the producer may die of SIGPIPE itself, which is its business).
    let script = format!(
        "for i in $(seq 200); do cat '{}'; done | '{}' --format json | head -1 >/dev/null; echo ${{PIPESTATUS[1]}}",
        big.display(),
        env!("CARGO_BIN_EXE_apierr")
    );
    let out = Command::new("bash")
        .args(["-c", &script])
        .output()
        .expect("bash runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n", "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn credentials_never_reach_the_output() {
    let key = "AIzaSyFAKE-fake_key_for_tests_000000000";
    for format in ["human", "json"] {
        let out = apierr()
            .args([
                "--format",
                format,
                "mangled-box-frame.txt",
                "node-generative-ai.log",
            ])
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8_lossy(&out);
        assert!(!text.contains(key), "{format} leaked the key");
    }
    let input = format!(
        "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key={key}: [400 Bad Request] API key not valid. Please pass a valid API key.\n"
    );
    let recs = json_of(input.as_bytes());
    assert_eq!(recs.len(), 1);
    apierr()
        .args(["--format", "json"])
        .write_stdin(input)
        .assert()
        .stdout(contains(key).not());
}

#[test]
fn terminal_escapes_in_messages_are_made_visible() {
    let input = "{\"error\": {\"code\": 400, \"message\": \"bad \\u001b]52;c;aGk=\\u0007 \\u001b[2J\\r forged \\u202e line\", \"status\": \"INVALID_ARGUMENT\"}}\n";
    let out = apierr()
        .args(["--color", "never"])
        .write_stdin(input)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert!(!out.contains(&0x1b), "ESC reached the terminal");
    let text = String::from_utf8_lossy(&out);
    assert!(!text.contains('\r') && !text.contains('\u{202e}'));
    let json = apierr()
        .args(["--format", "json"])
        .write_stdin(input)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert!(!json.contains(&0x1b));
    let text = String::from_utf8_lossy(&json);
    assert!(text.contains("\\u202e"), "{text}");
    // The value itself is exact once decoded.
    let rec = &records(&json)[0];
    assert!(
        rec["message"]
            .as_str()
            .expect("message")
            .contains('\u{202e}')
    );
}

#[test]
fn no_errors_found_is_said() {
    apierr()
        .arg("negative-json-logs.log")
        .assert()
        .code(0)
        .stdout("No API errors found.\n");
    apierr()
        .args(["--format", "json", "negative-json-logs.log"])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn reads_files_in_order() {
    let out = apierr()
        .args([
            "--format",
            "json",
            "python-genai-503.txt",
            "gemini-429-seed-paste.txt",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let sources: Vec<String> = records(&out)
        .iter()
        .map(|r| format!("{}:{}", r["source"].as_str().unwrap_or(""), r["line"]))
        .collect();
    assert_eq!(
        sources,
        [
            "python-genai-503.txt:81",
            "gemini-429-seed-paste.txt:1",
            "gemini-429-seed-paste.txt:7"
        ]
    );
}

/// Many files are scanned two at a time on worker threads; what is printed must be exactly what
/// reading them one by one prints, in the order given.
#[test]
fn many_files_print_as_if_read_one_by_one() {
    let files = [
        "mixed-multiple.log",
        "python-genai-503.txt",
        "gemini-429-seed-paste.txt",
        "go-rpc-error.log",
        "java-grpc.log",
    ];
    // Waits depend on "now": fix it so that the runs compare.
    let now = ["--now", "2025-12-10T04:17:00Z", "--format", "json"];
    let one_by_one: Vec<u8> = files
        .iter()
        .flat_map(|f| {
            apierr()
                .args(now)
                .arg(f)
                .assert()
                .code(0)
                .get_output()
                .stdout
                .clone()
        })
        .collect();
    let together = apierr()
        .args(now)
        .args(files)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert!(!together.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&together),
        String::from_utf8_lossy(&one_by_one)
    );
}

/// A file of 4 MiB or more is scanned in pieces at once (`src/split.rs`); what it prints,
/// read as a file or as `< FILE`, is what a pipe of the same bytes (read in one pass) prints.
#[test]
fn a_big_file_scanned_in_pieces_prints_what_one_pass_prints() {
    let mut log = Vec::new();
    let payloads = [
        fixture("gemini-429-seed-paste.txt"),
        fixture("go-rpc-error.log"),
        fixture("java-grpc.log"),
        fixture("python-genai-503.txt"),
    ];
    let mut n = 0usize;
    while log.len() < 6 << 20 {
        for i in 0..200 {
            log.extend_from_slice(
                format!(
                    "2025-12-10T04:17:{:02}Z INFO request {n}-{i} ok, error count=0\n",
                    i % 60
                )
                .as_bytes(),
            );
        }
        log.extend_from_slice(&payloads[n % payloads.len()]);
        log.push(b'\n');
        n += 1;
    }
    let dir = crate::ci::scratch("pieces");
    let path = dir.join("big.log");
    std::fs::write(&path, &log).expect("write the log");
    let now = ["--now", "2025-12-10T04:17:00Z", "--format", "json"];
    let run = |cmd: &mut assert_cmd::Command| cmd.assert().code(0).get_output().stdout.clone();
    let piped = run(apierr().args(now).write_stdin(log.clone()));
    assert!(
        records(&piped).len() >= n,
        "{} records",
        records(&piped).len()
    );
    let file = run(apierr().args(now).arg(&path));
    let redirected = run(apierr()
        .args(now)
        .pipe_stdin(&path)
        .expect("stdin from the file"));
    let named = String::from_utf8_lossy(&file).replace(&*path.to_string_lossy(), "-");
    assert!(
        named == String::from_utf8_lossy(&piped),
        "FILE differs from a pipe"
    );
    assert!(redirected == piped, "< FILE differs from a pipe");
}
