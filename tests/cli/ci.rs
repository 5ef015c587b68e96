//! CI use: the GitHub, Markdown, SARIF and GitLab formats (golden outputs, hostile input,
//! schema validity), the job summary, credential redaction in every format, `apierr run`
//! with real child processes, and the generated completions and man page.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use crate::util::{apierr, fixtures_dir};

const NOW: &str = "2025-12-10T04:17:00Z";

fn output(args: &[&str]) -> String {
    let out = apierr()
        .args(args)
        .args(["--now", NOW])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

/// The stop-commands token is random; snapshots show it as TOKEN.
fn stable_token(s: &str) -> String {
    let re = regex::Regex::new(r"apierr-[0-9a-f]{16}").expect("compiles");
    re.replace_all(s, "TOKEN").into_owned()
}

/// A fresh scratch directory for one test.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("apierr-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// A shell script, executable, in a scratch directory.
pub(crate) fn script(dir: &std::path::Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}")).expect("script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    path
}

/// A command that fails `failures` times, printing `error` to stderr, then prints `done` and
/// succeeds. Returns the command and the file that counts its runs.
pub(crate) fn flaky(name: &str, failures: u32, error: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let count = dir.join("count");
    let quoted = error.replace('\'', r"'\''");
    let cmd = script(
        &dir,
        "flaky.sh",
        &format!(
            "n=$(cat '{c}' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '{c}'\n\
             if [ $n -le {failures} ]; then\n\
               echo '{quoted}' >&2\n\
               exit 1\n\
             fi\n\
             echo done\n",
            c = count.display()
        ),
    );
    (cmd, count)
}

#[test]
fn github_golden() {
    insta::assert_snapshot!(stable_token(&output(&[
        "--format",
        "github",
        "mixed-multiple.log"
    ])));
}

#[test]
fn markdown_golden() {
    insta::assert_snapshot!(output(&["--format", "markdown", "mixed-multiple.log"]));
}

#[test]
fn sarif_golden() {
    let text = output(&["--format", "sarif", "mixed-multiple.log"]);
    let v: Value = serde_json::from_str(&text).expect("SARIF is JSON");
    insta::assert_snapshot!(serde_json::to_string_pretty(&v).expect("pretty"));
}

#[test]
fn gitlab_golden() {
    let text = output(&["--format", "gitlab", "mixed-multiple.log"]);
    let v: Value = serde_json::from_str(&text).expect("Code Quality is JSON");
    insta::assert_snapshot!(serde_json::to_string_pretty(&v).expect("pretty"));
}

/// The SARIF 2.1.0 schema, as the `serde-sarif` crate (a dev-dependency) ships it.
fn sarif_schema() -> Value {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .expect("a cargo home");
    let registry = home.join("registry/src");
    for index in std::fs::read_dir(&registry).expect("cargo registry sources") {
        let index = index.expect("entry").path();
        for krate in std::fs::read_dir(&index).into_iter().flatten().flatten() {
            let name = krate.file_name().to_string_lossy().into_owned();
            if name.starts_with("serde-sarif-") {
                let schema = krate.path().join("src/schema.json");
                if let Ok(text) = std::fs::read_to_string(&schema) {
                    return serde_json::from_str(&text).expect("schema is JSON");
                }
            }
        }
    }
    panic!("the SARIF schema of the serde-sarif dev-dependency was not found in {registry:?}");
}

#[test]
fn sarif_validates_against_the_schema() {
    let mut schema = sarif_schema();
    // The published schema's pattern for `language` properties is not a valid regular
    // expression (`…[a-zA-Z]{2}]?$`), which a strict validator refuses to compile. apierr never
    // writes `language`; the pattern is replaced by the one it means.
    fn fix_language_patterns(v: &mut Value) {
        match v {
            Value::Object(m) => {
                if m.get("pattern").and_then(Value::as_str)
                    == Some("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$")
                {
                    m.insert(
                        "pattern".into(),
                        Value::String("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into()),
                    );
                }
                m.values_mut().for_each(fix_language_patterns);
            }
            Value::Array(a) => a.iter_mut().for_each(fix_language_patterns),
            _ => {}
        }
    }
    fix_language_patterns(&mut schema);
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    for file in [
        "mixed-multiple.log",
        "gemini-429-seed-paste.txt",
        "negative-prose.txt",
        "knowledge/errorreason-auth.log",
    ] {
        let text = output(&["--format", "sarif", file]);
        let log: Value = serde_json::from_str(&text).expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
        // And the typed model of the same schema reads it.
        let typed: serde_sarif::sarif::Sarif =
            serde_json::from_value(log.clone()).expect("serde-sarif reads the log");
        assert_eq!(typed.runs.len(), 1);
    }
    let stdin = apierr()
        .args(["--format", "sarif"])
        .write_stdin(crate::util::seed_paste())
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let log: Value = serde_json::from_slice(&stdin).expect("JSON");
    assert!(validator.is_valid(&log));
    // Standard input has no file to point at.
    assert!(log["runs"][0]["results"][0].get("locations").is_none());
}

const HOSTILE: &str = "{\"error\": {\"code\": 400, \"message\": \"bad\\n::set-output name=token::stolen\\n##[error]fake 50%0A done \\u001b[31mred\\u001b[0m <img src=x onerror=alert(1)> | [link](http://evil) ```\", \"status\": \"INVALID_ARGUMENT\"}}\n";

#[test]
fn hostile_messages_cannot_command_the_runner() {
    let out = apierr()
        .args(["--format", "github"])
        .write_stdin(HOSTILE)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(!text.contains('\u{1b}'));
    let mut stopped: Option<String> = None;
    for line in text.lines() {
        let t = line.trim_start();
        if let Some(token) = &stopped {
            if t == format!("::{token}::") {
                stopped = None;
                continue;
            }
            // While commands are stopped nothing runs, but the report is broken up anyway.
            assert!(
                !t.starts_with("::"),
                "command-looking line in the report: {line}"
            );
            assert!(
                !line.contains("##["),
                "legacy command in the report: {line}"
            );
            continue;
        }
        if let Some(token) = t.strip_prefix("::stop-commands::") {
            stopped = Some(token.to_owned());
            continue;
        }
        // Outside the report, only apierr's own commands.
        assert!(
            t.starts_with("::group::")
                || t.starts_with("::endgroup::")
                || t.starts_with("::error ")
                || t.starts_with("::warning ")
                || t.starts_with("::notice::"),
            "unexpected line: {line}"
        );
        assert!(!line.contains("##["), "{line}");
        // The message was one line: its own newlines and `%` are escaped.
        if t.starts_with("::error ") {
            assert!(line.contains("::set-output name=token%3A") || line.contains("%0A"));
            assert!(
                !line.contains("50%0A done"),
                "raw % sequence survived: {line}"
            );
        }
    }
    assert!(stopped.is_none(), "commands were not resumed");
}

#[test]
fn hostile_messages_stay_text_in_markdown_sarif_and_gitlab() {
    let md = apierr()
        .args(["--format", "markdown"])
        .write_stdin(HOSTILE)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).expect("UTF-8");
    // Outside fenced code blocks (where nothing is rendered) no markup survives.
    let mut prose = String::new();
    let mut fence: Option<String> = None;
    for line in md.lines() {
        let ticks: String = line.chars().take_while(|c| *c == '`').collect();
        match &fence {
            Some(f) if line.trim_end() == f => fence = None,
            Some(_) => {}
            None if ticks.len() >= 3 => fence = Some(ticks),
            None => {
                prose.push_str(line);
                prose.push('\n');
            }
        }
    }
    assert!(fence.is_none(), "a fence was left open: {md}");
    assert!(!prose.contains("<img"), "{md}");
    assert!(!md.contains('\u{1b}'));
    assert!(!prose.contains("[link](http://evil)"), "{md}");
    // The message is fenced with a fence longer than its own backticks.
    assert!(md.contains("````text\n"), "{md}");
    for format in ["sarif", "gitlab"] {
        let out = apierr()
            .args(["--format", format])
            .write_stdin(HOSTILE)
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        assert!(!out.contains(&0x1b), "{format} has a raw ESC");
        let _: Value = serde_json::from_slice(&out).expect("valid JSON");
    }
}

#[test]
fn github_step_summary_gets_the_markdown_report() {
    let dir = scratch("summary");
    let summary = dir.join("summary.md");
    std::fs::write(&summary, "previous step\n").expect("write");
    apierr()
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["--format", "github", "mixed-multiple.log"])
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&summary).expect("summary");
    assert!(
        text.starts_with("previous step\n## apierr: 4 API errors (3 distinct)"),
        "{text}"
    );
    assert!(
        text.contains("| ❌ | 404 NOT\\_FOUND · gemini-1.0-pro"),
        "{text}"
    );
}

#[test]
fn github_annotations_name_workspace_files_only() {
    let out = apierr()
        .env("GITHUB_WORKSPACE", fixtures_dir())
        .args(["--format", "github", "mixed-multiple.log"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(text.contains(
        "::error file=mixed-multiple.log,line=89,title=404 NOT_FOUND · gemini-1.0-pro::"
    ));
    let out = apierr()
        .args(["--format", "github"])
        .write_stdin(crate::util::seed_paste())
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(
        text.contains("::error title=429 RESOURCE_EXHAUSTED · Gemini API · gemini-2.5-flash::"),
        "{text}"
    );
}

#[test]
fn at_most_ten_annotations_per_level() {
    let mut input = String::new();
    for i in 0..14 {
        input.push_str(&format!(
            "{{\"error\": {{\"code\": 404, \"message\": \"models/gemini-old-{i} is not found for API version v1beta, or is not supported for generateContent.\", \"status\": \"NOT_FOUND\"}}}}\nok\n"
        ));
    }
    let out = apierr()
        .args(["--format", "github"])
        .write_stdin(input)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("::error ")).count(),
        10
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("::notice::4 more distinct API errors")),
        "{text}"
    );
}

#[test]
fn credentials_are_redacted_in_every_format() {
    let secrets = [
        (
            "AIzaSyB1234567890abcdefghijklmnopqrstuv",
            "AIzaSyB1…[REDACTED]",
        ),
        (
            "ya29.a0AfH6SMBxyz1234567890abcdefghij",
            "ya29.a0Af…[REDACTED]",
        ),
        (
            "sk-proj-abcdefghijklmnopqrstuvwxyz0123",
            "sk-proj-abcd…[REDACTED]",
        ),
        (
            "sk-ant-api03-abcdefghijklmnopqrstuvwx",
            "sk-ant-api0…[REDACTED]",
        ),
    ];
    let mut input = String::new();
    for (secret, _) in &secrets {
        input.push_str(&format!(
            "{{\"error\": {{\"code\": 400, \"message\": \"API key not valid: {secret} (Authorization: Bearer {secret}) https://x.googleapis.com/v1/m?key={secret}\", \"status\": \"INVALID_ARGUMENT\"}}}}\nok\n"
        ));
    }
    for format in ["human", "json", "github", "markdown", "sarif", "gitlab"] {
        // SARIF and GitLab carry apierr's words, not the message; the others quote it.
        let quotes_message = !matches!(format, "sarif" | "gitlab");
        let out = apierr()
            .args(["--format", format, "--color", "never"])
            .write_stdin(input.clone())
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8_lossy(&out);
        for (secret, shown) in &secrets {
            assert!(!text.contains(secret), "{format} leaked {secret}");
            // Markdown escapes the brackets of the marker outside code blocks.
            let escaped = shown.replace('[', "\\[").replace(']', "\\]");
            assert!(
                !quotes_message || text.contains(shown) || text.contains(&escaped),
                "{format} lost the prefix {shown}: {text}"
            );
        }
    }
}

#[test]
fn run_passes_bytes_and_status_through() {
    let dir = scratch("passthrough");
    let cmd = script(
        &dir,
        "cmd.sh",
        "printf 'out \\377\\376 bytes\\nno newline'; printf 'err line\\n' >&2; exit 3\n",
    );
    let assert = apierr().args(["run", "--"]).arg(&cmd).assert().code(3);
    let o = assert.get_output();
    assert_eq!(o.stdout, b"out \xff\xfe bytes\nno newline");
    assert!(
        o.stderr.starts_with(b"err line\n"),
        "{:?}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("No API errors found."));
}

#[test]
fn run_retries_a_transient_error_then_succeeds() {
    let (cmd, count) = flaky(
        "retry",
        2,
        "google.genai.errors.ServerError: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE', 'details': [{'@type': 'type.googleapis.com/google.rpc.RetryInfo', 'retryDelay': '0.2s'}]}}",
    );
    let assert = apierr()
        .args(["run", "--retry", "3", "--"])
        .arg(&cmd)
        .assert()
        .code(0)
        .stdout("done\n");
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(std::fs::read_to_string(&count).expect("count").trim(), "3");
    assert!(
        err.contains("apierr: Attempt 1 of 4 failed with 503 UNAVAILABLE"),
        "{err}"
    );
    assert!(
        err.contains("Retrying in 0.2 s (the server's retry delay)."),
        "{err}"
    );
    assert!(err.contains("apierr: Attempt 2 of 4 failed"), "{err}");
    assert!(!err.contains("Attempt 3 of 4 failed"), "{err}");
}

#[test]
fn run_never_retries_a_daily_quota_or_a_bad_key() {
    let dir = scratch("noretry");
    let seed = fixtures_dir().join("gemini-429-seed-paste.txt");
    let count = dir.join("count");
    let daily = script(
        &dir,
        "daily.sh",
        &format!(
            "echo x >> '{}'; cat '{}' >&2; exit 1\n",
            count.display(),
            seed.display()
        ),
    );
    let assert = apierr()
        .args(["run", "--retry", "5", "--now", NOW, "--"])
        .arg(&daily)
        .env("TZ", "Asia/Shanghai")
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(
        std::fs::read_to_string(&count)
            .expect("count")
            .lines()
            .count(),
        1
    );
    assert!(
        err.contains("Not retrying: 429 RESOURCE_EXHAUSTED · Gemini API · gemini-2.5-flash is a daily quota. It resets at 00:00 Pacific time, in 3 h 43 min (16:00 your time, Asia/Shanghai)."),
        "{err}"
    );

    let bad_key = script(
        &dir,
        "badkey.sh",
        "echo \"400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT', 'details': [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'API_KEY_INVALID', 'domain': 'googleapis.com'}]}}\" >&2; exit 2\n",
    );
    apierr()
        .args(["run", "--retry", "5", "--"])
        .arg(&bad_key)
        .assert()
        .code(2)
        .stderr(contains("Not retrying: 400 INVALID_ARGUMENT (The API key is not valid (API_KEY_INVALID)) cannot succeed until its cause is fixed."));
}

#[test]
fn run_reports_a_missing_command() {
    apierr()
        .args(["run", "--", "/no/such/command-xyz"])
        .assert()
        .code(127)
        .stderr(contains("apierr: cannot run /no/such/command-xyz:"));
}

#[cfg(unix)]
#[test]
fn run_forwards_sigterm_and_leaves_no_child_behind() {
    let dir = scratch("signals");
    let cmd = script(
        &dir,
        "wait.sh",
        "trap 'echo got TERM; exit 143' TERM\necho $$\nwhile :; do sleep 0.1; done\n",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_apierr"))
        .args(["run", "--"])
        .arg(&cmd)
        .env_remove("LANG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut stdout = child.stdout.take().expect("stdout");
    // The child's pid, printed before it waits.
    let mut first = Vec::new();
    let mut byte = [0u8; 1];
    while stdout.read(&mut byte).expect("reads") == 1 && byte[0] != b'\n' {
        first.push(byte[0]);
    }
    let grandchild: i32 = String::from_utf8_lossy(&first)
        .trim()
        .parse()
        .expect("a pid");
    // SAFETY: kill(2) on the apierr process this test spawned.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().expect("waits") {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "apierr did not exit after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("reads");
    assert_eq!(rest, "got TERM\n");
    assert_eq!(status.code(), Some(143));
    // The command is gone, not a zombie or an orphan.
    assert!(
        !std::path::Path::new(&format!("/proc/{grandchild}")).exists(),
        "the command outlived apierr"
    );
}

#[test]
fn run_in_github_actions_also_annotates_and_summarises() {
    let dir = scratch("gha");
    let summary = dir.join("summary.md");
    let seed = fixtures_dir().join("gemini-429-seed-paste.txt");
    let cmd = script(
        &dir,
        "fail.sh",
        &format!("cat '{}' >&2; exit 1\n", seed.display()),
    );
    let assert = apierr()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["run", "--"])
        .arg(&cmd)
        .assert()
        .code(1);
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(
        out.contains("::error title=429 RESOURCE_EXHAUSTED · Gemini API · gemini-2.5-flash::"),
        "{out}"
    );
    let md = std::fs::read_to_string(&summary).expect("summary written");
    assert!(
        md.starts_with("## apierr: 2 API errors (1 distinct)"),
        "{md}"
    );
}

#[test]
fn completions_and_man_page() {
    apierr()
        .args(["generate", "bash"])
        .assert()
        .code(0)
        .stdout(contains("_apierr()").and(contains("--format")));
    apierr()
        .args(["generate", "man"])
        .assert()
        .code(0)
        .stdout(contains(".TH apierr").and(contains("--retry").not().or(contains("run"))));
    apierr()
        .args(["generate", "zsh"])
        .assert()
        .code(0)
        .stdout(contains("#compdef apierr"));
}

/// Runs the action's entrypoint as the runner would, with the built apierr on PATH.
fn action(env: &[(&str, &str)]) -> std::process::Output {
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_apierr"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd =
        Command::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("action/entrypoint.sh"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PATH", path)
        .env_remove("LANG")
        .env("GITHUB_ACTIONS", "true");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the entrypoint runs")
}

#[test]
fn action_entrypoint_annotates_files() {
    let dir = scratch("action");
    let summary = dir.join("summary.md");
    let out = action(&[
        (
            "APIERR_FILES",
            "tests/fixtures/mixed-multiple.log\ntests/fixtures/python-genai-503.txt",
        ),
        ("GITHUB_STEP_SUMMARY", summary.to_str().expect("UTF-8")),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("::error file=tests/fixtures/mixed-multiple.log,line=89,"),
        "{text}"
    );
    assert!(
        std::fs::read_to_string(&summary)
            .expect("summary")
            .contains("## apierr: 5 API errors")
    );

    let out = action(&[
        ("APIERR_FILES", "tests/fixtures/gemini-429-seed-paste.txt"),
        ("APIERR_FAIL", "true"),
    ]);
    assert_eq!(out.status.code(), Some(1));

    let out = action(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("set the 'files' input"));
}

#[test]
fn action_inputs_are_data_not_code() {
    let dir = scratch("inject");
    let marker = dir.join("pwned");
    let hostile = format!("$(touch {m}) `touch {m}`; touch {m}", m = marker.display());
    let out = action(&[
        ("APIERR_FILES", &hostile),
        ("APIERR_INPUT_LANG", "en; touch /tmp/x"),
    ]);
    assert_ne!(out.status.code(), Some(0));
    assert!(!marker.exists(), "an input was executed");
    // And the action never splices an input into a script.
    let yml = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("action.yml"))
        .expect("action.yml");
    for line in yml.lines().filter(|l| l.trim_start().starts_with("run:")) {
        assert!(!line.contains("${{"), "an expression inside run: {line}");
    }
}
