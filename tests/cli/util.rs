//! The command builder every test uses. It removes every variable that changes apierr's
//! behaviour, so tests pass the same on a laptop and in CI; each test sets what it asserts on.

use std::path::PathBuf;

use serde_json::Value;

/// Variables that change language, colour, width, time zone or CI behaviour.
const SCRUBBED: &[&str] = &[
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "TERM",
    "COLORTERM",
    "COLUMNS",
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "APIERR_LANG",
    "CI",
    "GITHUB_ACTIONS",
    "GITHUB_STEP_SUMMARY",
    "GITLAB_CI",
    "TF_BUILD",
    "TZ",
];

pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures_dir().join(name)).expect("fixture exists")
}

pub fn seed_paste() -> Vec<u8> {
    fixture("gemini-429-seed-paste.txt")
}

/// `apierr` in `tests/fixtures`, with a clean environment and a fixed time zone.
pub fn apierr() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_apierr"));
    for var in SCRUBBED {
        cmd.env_remove(var);
    }
    cmd.env("TZ", "UTC");
    cmd.current_dir(fixtures_dir());
    cmd
}

/// The JSON Lines records of an output.
pub fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Runs `apierr --format json` over stdin and returns the records.
pub fn json_of(input: &[u8]) -> Vec<Value> {
    let out = apierr()
        .args(["--format", "json"])
        .write_stdin(input.to_vec())
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    records(&out)
}
