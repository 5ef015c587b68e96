//! The environment, read once. Decisions (colour, language) are pure functions of this
//! snapshot, so tests drive them with tables instead of mutating the process environment.

use std::env;

/// The variables apierr's behaviour depends on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Env {
    /// `NO_COLOR` is set and not empty (no-color.org).
    pub(crate) no_color: bool,
    /// `CLICOLOR_FORCE` is set, not empty and not `0`.
    pub(crate) clicolor_force: bool,
    /// `TERM=dumb`.
    pub(crate) term_dumb: bool,
    pub(crate) lc_all: Option<String>,
    pub(crate) lc_messages: Option<String>,
    pub(crate) lang: Option<String>,
    /// `COLUMNS`, when it is a number.
    pub(crate) columns: Option<usize>,
    /// `GITHUB_ACTIONS=true`: running as a GitHub Actions step.
    pub(crate) github_actions: bool,
    /// `GITHUB_STEP_SUMMARY`: the file a step appends its Markdown summary to.
    pub(crate) step_summary: Option<std::path::PathBuf>,
    /// `GITHUB_WORKSPACE` or `CI_PROJECT_DIR`: where CI file locations are relative to.
    pub(crate) workspace: Option<std::path::PathBuf>,
}

fn var(name: &str) -> Option<String> {
    env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

impl Env {
    pub(crate) fn read() -> Env {
        Env {
            no_color: var("NO_COLOR").is_some_and(|v| !v.is_empty()),
            clicolor_force: var("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0"),
            term_dumb: var("TERM").is_some_and(|v| v == "dumb"),
            lc_all: var("LC_ALL"),
            lc_messages: var("LC_MESSAGES"),
            lang: var("LANG"),
            columns: var("COLUMNS").and_then(|c| c.trim().parse().ok()),
            github_actions: var("GITHUB_ACTIONS").is_some_and(|v| v == "true"),
            step_summary: env::var_os("GITHUB_STEP_SUMMARY")
                .filter(|v| !v.is_empty())
                .map(Into::into),
            workspace: env::var_os("GITHUB_WORKSPACE")
                .or_else(|| env::var_os("CI_PROJECT_DIR"))
                .filter(|v| !v.is_empty())
                .map(Into::into),
        }
    }
}
