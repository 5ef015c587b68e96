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
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    pub(crate) format: FormatArg,
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN", global = true)]
    pub(crate) color: ColorWhen,
    #[arg(long, value_parser = parse_lang, value_name = "LANG", global = true)]
    pub(crate) lang: Option<Lang>,
    #[arg(long, value_name = "RFC3339")]
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    Human,
    Json,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
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
        .disable_help_subcommand(true)
}

/// Parses the command line (exiting with clap's message and status 2 on a usage error).
pub(crate) fn parse(argv: Vec<std::ffi::OsString>, messages: &Messages) -> Args {
    let matches = command(messages).get_matches_from(argv);
    Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}
