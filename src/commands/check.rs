//! `check`: validates the strategy and every year's plan and prints every problem,
//! in the human, JSON or GitHub form.

use std::io::Write;

use anyhow::Result;

use crate::check::{self, Context};
use crate::cli::{CheckArgs, CheckFormat};
use crate::diagnostic::{self, Counts};
use crate::exit::Exit;
use crate::i18n::count;
use crate::load;
use crate::output::Output;
use crate::repo_path::RepoPaths;
use crate::settings::Settings;
use crate::tr;

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
    };
    let diagnostics = check::check(&ws, cx);
    match args.format {
        CheckFormat::Human => {
            diagnostic::write_human(&mut out.stderr, &diagnostics, &ws.sources)?;
            let items: usize = ws.years.iter().map(|y| y.items.len()).sum();
            let counts = Counts::of(&diagnostics);
            writeln!(
                out.stderr,
                "{}: {} ({})",
                ws.root.display(),
                diagnostic::summary(counts, lang),
                tr!(
                    lang,
                    "{}, {}, {} checked",
                    "{}, {}, {} kontrollerade",
                    count(
                        lang,
                        ws.strategy.goals().count(),
                        ["goal", "goals"],
                        ["mål", "mål"]
                    ),
                    count(lang, ws.years.len(), ["year", "years"], ["år", "år"]),
                    count(lang, items, ["item", "items"], ["aktivitet", "aktiviteter"])
                )
            )?;
        }
        CheckFormat::Json => diagnostic::write_json(&mut out.stdout, &diagnostics, &ws.sources)?,
        CheckFormat::Github => diagnostic::write_github(
            &mut out.stdout,
            &diagnostics,
            &ws.sources,
            &RepoPaths::for_plan(&settings.plan),
        )?,
    }
    out.stdout.flush()?;
    let counts = Counts::of(&diagnostics);
    let failed = counts.errors > 0 || (args.strict && counts.warnings > 0);
    Ok(if failed { Exit::Failure } else { Exit::Ok })
}
