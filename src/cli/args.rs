//! The command line. Help texts come from the Fluent files (so `--help` speaks the user's
//! language); clap derives the parser.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use apierr::i18n::{Lang, Messages};
use apierr::render::Format;

#[derive(Debug, Parser)]
#[command(
    name = "apierr",
    version,
    max_term_width = 100,
    args_conflicts_with_subcommands = true
)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    #[arg(long, value_name = "TEXT", conflicts_with = "files")]
    pub(crate) text: Option<String>,
    #[arg(long, value_enum, default_value_t = FormatArg::Human, global = true)]
    pub(crate) format: FormatArg,
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN", global = true)]
    pub(crate) color: ColorWhen,
    #[arg(long, value_parser = parse_lang, value_name = "LANG", global = true)]
    pub(crate) lang: Option<Lang>,
    #[arg(long, value_name = "RFC3339", global = true)]
    pub(crate) now: Option<String>,
    #[arg(long)]
    pub(crate) fail: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Explains a code, status or reason without an error, like `rustc --explain`.
    Explain {
        #[arg(value_name = "CODE")]
        query: String,
    },
    /// Lists every code, reason and case apierr knows, with its id.
    List,
    /// Runs a command, passes its output through, and reports the API errors in it.
    Run {
        #[arg(long, value_name = "N", default_value_t = 0)]
        retry: u32,
        #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = parse_duration)]
        max_wait: std::time::Duration,
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        #[arg(value_name = "CMD", required = true, last = true)]
        cmd: Vec<std::ffi::OsString>,
    },
    /// Writes shell completions or the man page (for packagers).
    #[command(hide = true)]
    Generate {
        #[arg(value_enum)]
        what: Generated,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Generated {
    Man,
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    apierr::normalize::parse_duration(s)
        .map(std::time::Duration::from_secs_f64)
        .ok_or_else(|| format!("'{s}' is not a duration: use 90s, 5m or 1h"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    Human,
    Json,
    Github,
    Markdown,
    Sarif,
    Gitlab,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Github => Format::Github,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Gitlab => Format::Gitlab,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    Auto,
    Always,
    Never,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_tag(s).ok_or_else(|| format!("unknown language '{s}': use en or zh"))
}

/// The `--lang` given on the command line, looked for before clap runs, so that `--help`
/// itself is localised.
pub(crate) fn lang_from_argv(argv: &[std::ffi::OsString]) -> Option<Lang> {
    let mut it = argv.iter().skip(1);
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::from_tag(v);
        }
        if a == "--lang" {
            return it.next().and_then(|v| Lang::from_tag(&v.to_string_lossy()));
        }
    }
    None
}

/// The clap command with help texts in the user's language.
pub(crate) fn command(messages: &Messages) -> clap::Command {
    let help = |id: &str| messages.text(id);
    Args::command()
        .about(help("help-about"))
        .mut_arg("files", |a| a.help(help("help-files")))
        .mut_arg("text", |a| a.help(help("help-text")))
        .mut_arg("format", |a| a.help(help("help-format")))
        .mut_arg("color", |a| a.help(help("help-color")))
        .mut_arg("lang", |a| a.help(help("help-lang")))
        .mut_arg("now", |a| a.help(help("help-now")))
        .mut_arg("fail", |a| a.help(help("help-fail")))
        .mut_subcommand("explain", |c| {
            c.about(help("help-explain"))
                .mut_arg("query", |a| a.help(help("help-explain-query")))
        })
        .mut_subcommand("list", |c| c.about(help("help-list")))
        .mut_subcommand("run", |c| {
            c.about(help("help-run"))
                .mut_arg("retry", |a| a.help(help("help-retry")))
                .mut_arg("max_wait", |a| a.help(help("help-max-wait")))
                .mut_arg("report", |a| a.help(help("help-report")))
                .mut_arg("cmd", |a| a.help(help("help-run-cmd")))
        })
        .disable_help_subcommand(true)
}

/// Parses the command line (exiting with clap's message and status 2 on a usage error).
pub(crate) fn parse(argv: Vec<std::ffi::OsString>, messages: &Messages) -> Args {
    let matches = command(messages).get_matches_from(argv);
    Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}
