//! `check`: validates the strategy and every year's plan and prints every problem,
//! in the human, JSON or GitHub form.
//!
//! In the human form the diagnostics go to stderr, as rustc's do, and the closing
//! summary line goes to stdout, so that `intplan check > report.txt` keeps the
//! verdict and a pipe can read it; it is repeated on stderr after the diagnostics
//! unless both streams are the same terminal or file (where it would show twice).

use std::io::{self, IsTerminal, Write};

use anyhow::Result;

use crate::check::{self, Context};
use crate::cli::{CheckArgs, CheckFormat};
use crate::diagnostic::{self, Counts, Diagnostic, escape_data};
use crate::exit::Exit;
use crate::i18n::Lang;
use crate::load::{self, Workspace};
use crate::output::Output;
use crate::repo_path::RepoPaths;
use crate::settings::Settings;
use crate::t;

/// Runs `check`.
pub(super) fn run(args: &CheckArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = settings.lang;
    let ws = load::load(&settings.plan, lang)?;
    let current = if ws.years.is_empty() {
        None
    } else {
        Some(ws.select_year(settings.year.as_deref(), settings.as_of, lang)?)
    };
    let cx = Context {
        as_of: settings.as_of,
        current_year: current.map(|i| ws.years[i].name.as_str()),
        lang,
        warnings: true,
    };
    let diagnostics = check::check(&ws, cx);
    let counts = Counts::of(&diagnostics);
    let strict_fails = args.strict && counts.errors == 0 && counts.warnings > 0;
    match args.format {
        CheckFormat::Human => {
            diagnostic::write_human(&mut out.stderr, &diagnostics, &ws.sources, lang)?;
            let line = summary(&ws, &diagnostics, strict_fails, lang);
            if !same_stream() {
                writeln!(out.stderr, "{line}")?;
            }
            out.stderr.flush()?;
            writeln!(out.stdout, "{line}")?;
        }
        CheckFormat::Json => diagnostic::write_json(&mut out.stdout, &diagnostics, &ws.sources)?,
        CheckFormat::Github => {
            let paths = RepoPaths::for_plan(&settings.plan);
            diagnostic::write_github(&mut out.stdout, &diagnostics, &ws.sources, &paths)?;
            if strict_fails {
                let why = t!(lang, "check-strict-annotation", n = counts.warnings);
                writeln!(out.stdout, "::error title=strict::{}", escape_data(&why))?;
            }
        }
    }
    out.stdout.flush()?;
    let failed = counts.errors > 0 || strict_fails;
    Ok(if failed { Exit::Failure } else { Exit::Ok })
}

/// The closing line: what was found in how much, and whether `--strict` made the
/// warnings fail the check.
fn summary(ws: &Workspace, diagnostics: &[Diagnostic], strict_fails: bool, lang: Lang) -> String {
    let items: usize = ws.years.iter().map(|y| y.items.len()).sum();
    let root = ws.root.display().to_string();
    let found = diagnostic::summary(Counts::of(diagnostics), lang);
    let goals = t!(lang, "count-goals", n = ws.strategy.goals().count());
    let years = t!(lang, "count-years", n = ws.years.len());
    let items = t!(lang, "count-items", n = items);
    if strict_fails {
        t!(
            lang,
            "check-summary-strict",
            root = root,
            found = found,
            goals = goals,
            years = years,
            items = items
        )
    } else {
        t!(
            lang,
            "check-summary",
            root = root,
            found = found,
            goals = goals,
            years = years,
            items = items
        )
    }
}

/// Whether stdout and stderr end up in the same place: one terminal, or one file or
/// pipe (`> log 2>&1`).
fn same_stream() -> bool {
    let (stdout, stderr) = (io::stdout(), io::stderr());
    (stdout.is_terminal() && stderr.is_terminal()) || same_file(&stdout, &stderr)
}

#[cfg(unix)]
fn same_file(a: &io::Stdout, b: &io::Stderr) -> bool {
    use std::os::fd::{AsFd, BorrowedFd};
    use std::os::unix::fs::MetadataExt;
    let id = |fd: BorrowedFd<'_>| {
        let file = std::fs::File::from(fd.try_clone_to_owned().ok()?);
        file.metadata().ok().map(|m| (m.dev(), m.ino()))
    };
    let first = id(a.as_fd());
    first.is_some() && first == id(b.as_fd())
}

#[cfg(not(unix))]
fn same_file(_: &io::Stdout, _: &io::Stderr) -> bool {
    false
}
