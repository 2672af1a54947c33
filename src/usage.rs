//! What a run that fails before it has anything to show prints: a command line
//! clap cannot read, a plan folder that is not there, a plan that does not load.
//! A person gets one `error:` line in the run's language on stderr; a run asked for
//! `--format json` also gets exactly one JSON document on stdout, so that a script
//! reading it never meets an empty or half-written stdout. `check` answers in its
//! own shape (`{"errors", "warnings", "diagnostics"}`), every other command with
//! `{"error": {"code", "message"}}`. A `--format github` run gets one `::error`
//! annotation with the same code and message.

use std::error::Error as _;
use std::io::{self, Write};
use std::path::Path;

use clap::ValueEnum;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use serde::Serialize;

use crate::argv::Words;
use crate::cli::{EmptyText, NotADate, NotAYear};
use crate::diagnostic::{self, Code, Diagnostic};
use crate::exit::{Exit, Stop};
use crate::i18n::Lang;
use crate::source::Sources;
use crate::t;

/// The language of a run whose command line was not parsed: `--lang`, then
/// `INTPLAN_LANG`, then the locale, as the parsed options would give it.
pub fn lang_of(words: &Words) -> Lang {
    let named = |s: &str| Lang::from_str(s, true).ok();
    words
        .lang
        .as_deref()
        .and_then(named)
        .or_else(|| {
            std::env::var("INTPLAN_LANG")
                .ok()
                .as_deref()
                .and_then(named)
        })
        .unwrap_or_else(|| {
            Lang::from_locale(
                std::env::var("LC_ALL").ok().as_deref(),
                std::env::var("LANG").ok().as_deref(),
            )
        })
}

/// A failure's exit code and stable code: a [`Stop`] names its own; a plan folder
/// that is not there, or holds no `strategy.toml`, is `missing-plan`; a file or folder that cannot be read or
/// written is `unreadable`; anything else the user must change on the command line
/// (an unknown id, year or goal) is `usage`.
pub fn classify(error: &anyhow::Error, plan: &Path) -> (Exit, &'static str) {
    if let Some(stop) = error.chain().find_map(|e| e.downcast_ref::<Stop>()) {
        return (stop.exit, stop.code);
    }
    if !plan.exists() || !plan.join("strategy.toml").exists() {
        return (Exit::Usage, "missing-plan");
    }
    if error
        .chain()
        .any(|e| e.downcast_ref::<io::Error>().is_some())
    {
        return (Exit::Usage, "unreadable");
    }
    (Exit::Usage, "usage")
}

#[derive(Serialize)]
struct ErrorObject<'a> {
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: &'a str,
    message: &'a str,
}

/// Writes the one JSON document of a failed run: `check`'s report with one
/// diagnostic about the plan folder, or the error object of every other command.
pub fn write_json(
    out: &mut dyn Write,
    words: &Words,
    code: &'static str,
    message: &str,
) -> io::Result<()> {
    if words.commands.first().map(String::as_str) == Some("check") {
        let code = match code {
            "missing-plan" => Code::MissingPlan,
            "unreadable" => Code::Unreadable,
            _ => Code::Usage,
        };
        let d = Diagnostic::at_path(code, words.plan_or_default(), message.to_owned());
        return diagnostic::write_json(out, &[d], &Sources::default());
    }
    let object = ErrorObject {
        error: ErrorBody { code, message },
    };
    crate::render::json::write(out, &object)
}

/// Writes the annotation of a failed `--format github` run, so that the job's
/// summary says why `check` stopped even though there is no file to point at.
pub fn write_github(out: &mut dyn Write, code: &str, message: &str) -> io::Result<()> {
    writeln!(
        out,
        "::error title={}::{}",
        diagnostic::escape_property(code),
        diagnostic::escape_data(message)
    )
}

/// The message of a failed run: each step of the error's chain, joined by ": " as
/// anyhow's `{:#}` does, with an operating-system error (a file that is not there,
/// a folder without permission) named in `lang` rather than in the system's English.
pub fn message(error: &anyhow::Error, lang: Lang) -> String {
    error
        .chain()
        .map(|cause| match cause.downcast_ref::<io::Error>() {
            Some(e) if e.get_ref().is_none() => io_message(e, lang),
            _ => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}

/// An operating-system error in `lang`, by its kind; a kind people seldom meet
/// keeps the system's own words.
fn io_message(error: &io::Error, lang: Lang) -> String {
    use io::ErrorKind as K;
    match error.kind() {
        K::NotFound => t!(lang, "cli-io-not-found"),
        K::PermissionDenied => t!(lang, "cli-io-permission-denied"),
        K::AlreadyExists => t!(lang, "cli-io-already-exists"),
        K::NotADirectory => t!(lang, "cli-io-not-a-directory"),
        K::IsADirectory => t!(lang, "cli-io-is-a-directory"),
        K::DirectoryNotEmpty => t!(lang, "cli-io-directory-not-empty"),
        K::ReadOnlyFilesystem => t!(lang, "cli-io-read-only"),
        K::StorageFull => t!(lang, "cli-io-storage-full"),
        K::QuotaExceeded => t!(lang, "cli-io-quota-exceeded"),
        K::FileTooLarge => t!(lang, "cli-io-file-too-large"),
        K::ResourceBusy | K::ExecutableFileBusy => t!(lang, "cli-io-busy"),
        K::CrossesDevices => t!(lang, "cli-io-crosses-devices"),
        K::InvalidFilename => t!(lang, "cli-io-invalid-filename"),
        K::TooManyLinks => t!(lang, "cli-io-too-many-links"),
        K::TimedOut => t!(lang, "cli-io-timed-out"),
        K::Interrupted => t!(lang, "cli-io-interrupted"),
        K::UnexpectedEof => t!(lang, "cli-io-unexpected-eof"),
        K::OutOfMemory => t!(lang, "cli-io-out-of-memory"),
        K::InvalidData => t!(lang, "cli-io-invalid-data"),
        _ => error.to_string(),
    }
}

/// The message of a command line clap could not read. English is clap's own text;
/// Swedish is built from the error's parts for the kinds people meet, and falls
/// back to clap's text for the rare rest.
pub fn clap_message(error: &clap::Error, lang: Lang) -> String {
    let english = error.render().to_string();
    if lang == Lang::En {
        return english;
    }
    let Some(head) = swedish_head(error) else {
        return english;
    };
    let usage = english
        .lines()
        .find(|l| l.starts_with("Usage: "))
        .map(|l| t!(lang, "cli-usage-line", usage = &l["Usage: ".len()..]))
        .unwrap_or_default();
    let mut text = format!("{}\n", t!(lang, "cli-error", message = head));
    if !usage.is_empty() {
        text.push('\n');
        text.push_str(&usage);
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&t!(lang, "cli-more-help"));
    text.push('\n');
    text
}

/// Values a person types (`json`, `status`), each in backticks, as messages quote
/// code.
fn code_list(values: &ContextValue) -> String {
    match values {
        ContextValue::Strings(list) => list
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", "),
        other => format!("`{other}`"),
    }
}

/// The first line of a Swedish clap error, without the `fel:` prefix.
fn swedish_head(error: &clap::Error) -> Option<String> {
    let lang = Lang::Sv;
    let get = |kind| error.get(kind).map(ContextValue::to_string);
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut head = match error.kind() {
        ErrorKind::InvalidValue => t!(lang, "cli-invalid-value", value = &value, arg = &arg),
        ErrorKind::ValueValidation => t!(
            lang,
            "cli-value-validation",
            value = &value,
            arg = &arg,
            why = why_invalid(error, &value)
        ),
        ErrorKind::UnknownArgument => t!(lang, "cli-unknown-argument", arg = &arg),
        ErrorKind::InvalidSubcommand => {
            let name = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            t!(lang, "cli-unknown-command", name = name)
        }
        ErrorKind::MissingRequiredArgument => t!(lang, "cli-missing-argument", arg = &arg),
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg).unwrap_or_default();
            t!(lang, "cli-conflict", arg = &arg, other = prior)
        }
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => t!(lang, "cli-wrong-values", arg = &arg),
        ErrorKind::MissingSubcommand => match error.get(ContextKind::ValidSubcommand) {
            Some(names) => format!(
                "{}\n  {}",
                t!(lang, "cli-missing-command"),
                t!(lang, "cli-commands", names = code_list(names))
            ),
            None => t!(lang, "cli-missing-command"),
        },
        _ => return None,
    };
    add_hints(error, &mut head);
    Some(head)
}

/// Why a value was refused, in Swedish: our own parsers' errors carry their
/// message in both languages, a number clap could not read gets ours, and any other
/// error keeps its own words rather than none.
fn why_invalid(error: &clap::Error, value: &str) -> String {
    let lang = Lang::Sv;
    let Some(e) = error.source() else {
        return String::new();
    };
    if let Some(year) = e.downcast_ref::<NotAYear>() {
        year.message(lang)
    } else if let Some(day) = e.downcast_ref::<NotADate>() {
        day.message(lang)
    } else if let Some(empty) = e.downcast_ref::<EmptyText>() {
        empty.message(lang)
    } else if e.downcast_ref::<std::num::ParseIntError>().is_some() {
        t!(lang, "cli-not-a-number", value = value)
    } else {
        e.to_string()
    }
}

/// The lines under the head that help the fix: the values that would have been
/// accepted, and clap's guess at what was meant.
fn add_hints(error: &clap::Error, head: &mut String) {
    let lang = Lang::Sv;
    if let Some(valid) = error.get(ContextKind::ValidValue) {
        head.push_str(&format!(
            "\n  {}",
            t!(lang, "cli-possible-values", values = code_list(valid))
        ));
    }
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand] {
        if let Some(suggested) = error.get(kind).map(ContextValue::to_string) {
            head.push_str(&format!(
                "\n  {}",
                t!(lang, "cli-did-you-mean", name = suggested)
            ));
        }
    }
}
