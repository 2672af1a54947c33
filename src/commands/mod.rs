//! Carries out one parsed command line. One module per family of commands
//! (`check`, the reports, the board's documents, `item`, `init`, and the generated
//! `schema`/`completions`/`man`); this one dispatches and holds what the report
//! families share: choosing the year and refusing a plan that does not load.
//! Returns the exit code the contract gives; `Err` means a file or folder could not
//! be read (exit 2).

mod board;
mod check;
mod council;
mod init;
mod item;
mod reports;
mod schema;

use std::io::Write;

use anyhow::{Result, bail};

use crate::check::Context;
use crate::cli::{Cli, Command, FilterArgs};
use crate::diagnostic::{self, Counts, Severity};
use crate::exit::{Exit, Stop};
use crate::i18n::Lang;
use crate::load::{self, Workspace, Years};
use crate::model::Year;
use crate::output::Output;
use crate::render::CsvReader;
use crate::report::{self, Scope};
use crate::settings::Settings;
use crate::suggest::nearest;
use crate::t;

/// Who a CSV is for: a person when the language was asked for, else a program.
fn csv_reader(settings: &Settings) -> CsvReader {
    if settings.lang_chosen {
        CsvReader::Person
    } else {
        CsvReader::Program
    }
}

/// Runs the command.
pub fn run(cli: &Cli, out: &mut Output) -> Result<Exit> {
    let settings = cli.global.settings();
    match &cli.command {
        Command::Schema(args) => schema::schema(args, out),
        Command::Completions(args) => schema::completions(args, out),
        Command::Man(args) => schema::man(args, settings.lang, out),
        Command::Item(cmd) => item::run(cmd, &settings, out),
        Command::Init(args) => init::run(args, &settings, out),
        Command::Check(args) => check::run(args, &settings, out),
        Command::Status(args) => reports::status(args, &settings, out),
        Command::Overdue(args) => reports::overdue(args, &settings, out),
        Command::Upcoming(args) => reports::upcoming(args, &settings, out),
        Command::Items(args) => reports::items(args, &settings, out),
        Command::Week(args) => board::week(args, &settings, out),
        Command::Diff(args) => board::diff(args, &settings, out),
        Command::Export(args) => board::export(args, &settings, out),
        Command::Indicators(args) => council::indicators(args, &settings, out),
        Command::Followup(args) => council::followup(args, &settings, cli.global.lang, out),
    }
}

/// The whole year, unfiltered: what `diff` looks at.
static WHOLE: FilterArgs = FilterArgs {
    owner: None,
    goal: None,
};

/// Reads what a report on one year needs: the strategy, the year `--year` and
/// `--as-of` pick, and the headers and measurements of the years before it (for
/// the indicators), so that a report costs the same in a plan's tenth year as in
/// its first.
fn load_report(settings: &Settings) -> Result<Workspace> {
    let years = Years::Select {
        year: settings.year.as_deref(),
        as_of: settings.as_of,
        history: true,
    };
    load::load_years(&settings.plan, settings.lang, years)
}

/// A plan past which [`let_go`] frees it on another core.
const LARGE_PLAN_ITEMS: usize = 10_000;

/// Lets a loaded plan go once its report is computed. Freeing a large plan's model
/// is a good part of a report's time, so it is freed on another core while the
/// report is written (a process that ends first leaves the rest to the system).
fn let_go(ws: Workspace) {
    let items: usize = ws.years.iter().map(|y| y.items.len()).sum();
    if items < LARGE_PLAN_ITEMS {
        return;
    }
    std::thread::spawn(move || drop(ws));
}

/// Picks the year and checks it. A year whose files do not parse gets no report: its
/// errors are shown and the command stops with exit 1 (in JSON mode with the error
/// object, so that stdout still holds one document); a year that parses but breaks
/// rules gets its report, with a pointer to `check` on stderr. A `--goal` the
/// strategy lacks or an `--owner` the year does not name is a usage error (exit 2)
/// with the nearest spelling: a typo must not look like a post or goal with nothing
/// to do. When no period holds `--as-of`, a note on stderr names the year used.
fn report_scope<'a>(
    ws: &'a Workspace,
    settings: &Settings,
    filter: &'a FilterArgs,
    out: &mut Output,
) -> Result<Scope<'a>> {
    let lang = settings.lang;
    let selected = ws.select(settings.year.as_deref(), settings.as_of, lang)?;
    let year = &ws.years[selected.index];
    let goal = match &filter.goal {
        Some(goal) => Some(canonical_goal(ws, goal, lang)?),
        None => None,
    };
    let errors = checked(ws, selected.index, settings, out)?;
    let owner = match &filter.owner {
        Some(wanted) => Some(known_owner(year, wanted, lang)?),
        None => None,
    };
    if errors > 0 {
        let errors = t!(lang, "count-errors", n = errors);
        let note = t!(
            lang,
            "report-note-errors",
            year = year.label(),
            errors = errors
        );
        writeln!(out.stderr, "{note}")?;
    }
    if selected.fallback {
        let note = t!(
            lang,
            "report-note-outside",
            date = settings.as_of,
            year = year.label()
        );
        writeln!(out.stderr, "{note}")?;
    }
    Ok(Scope {
        strategy: &ws.strategy,
        year,
        history: &ws.years[..=selected.index],
        as_of: settings.as_of,
        owner,
        goal,
        lang,
        outside: selected.outside,
    })
}

/// Checks the year a report is for with the rules of `check`: a year that does not
/// load in full gets its errors shown and stops the command (exit 1); otherwise the
/// number of errors, for a note pointing to `check`.
fn checked(ws: &Workspace, index: usize, settings: &Settings, out: &mut Output) -> Result<usize> {
    let lang = settings.lang;
    let cx = Context {
        as_of: settings.as_of,
        current_year: Some(ws.years[index].name.as_str()),
        lang,
        warnings: false,
    };
    let diagnostics = crate::check::check_one(ws, index, cx);
    if ws.strategy_complete && ws.years_complete[index] {
        return Ok(Counts::of(&diagnostics).errors);
    }
    let errors: Vec<_> = diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    diagnostic::write_human(&mut out.stderr, &errors, &ws.sources, lang)?;
    Err(Stop {
        exit: Exit::Failure,
        code: "invalid-plan",
        message: t!(lang, "report-plan-unreadable"),
    }
    .into())
}

/// The strategy's spelling of a goal id given on the command line (`2B` is `2b`), or
/// a usage error with the nearest id and the list of ids.
fn canonical_goal<'a>(ws: &'a Workspace, goal: &'a str, lang: Lang) -> Result<&'a str> {
    if !ws.strategy_complete {
        return Ok(goal);
    }
    let ids: Vec<&str> = ws.strategy.goals().map(|g| g.id.value.as_str()).collect();
    if let Some(found) = ids.iter().find(|id| id.eq_ignore_ascii_case(goal)) {
        return Ok(found);
    }
    let hint = nearest(goal, ids.iter().copied())
        .map(|n| t!(lang, "report-did-you-mean", name = n))
        .unwrap_or_default();
    bail!(t!(
        lang,
        "report-unknown-goal",
        goal = goal,
        hint = hint,
        ids = ids.join(", ")
    ))
}

/// The year's spelling of a unit given with `--unit` (`d-sektionen` is
/// `D-sektionen`): a misspelt unit would otherwise silently match nothing, so it
/// is a usage error with the nearest unit and the list of the year's units.
fn known_unit<'a>(year: &'a Year, unit: &str, lang: Lang) -> Result<&'a str> {
    let units = year.units();
    if let Some(found) = units.iter().find(|u| report::same_name(u, unit)) {
        return Ok(found);
    }
    let hint = nearest(unit, units.iter().copied())
        .map(|n| t!(lang, "report-did-you-mean", name = n))
        .unwrap_or_default();
    bail!(t!(
        lang,
        "unit-unknown",
        unit = unit,
        year = year.label(),
        hint = hint,
        units = units.join(", ")
    ))
}

/// The year's spelling of a post given with `--owner` ([`report::find_post`]): a
/// misspelt post would otherwise silently match nothing, so it is a usage error with
/// the nearest post and the list of the year's posts.
fn known_owner<'a>(year: &'a Year, owner: &str, lang: Lang) -> Result<&'a str> {
    let near = match report::find_post(year, owner) {
        Ok(post) => return Ok(post),
        Err(near) => near,
    };
    let mut posts = year.posts();
    posts.sort_unstable();
    let hint = near
        .map(|n| t!(lang, "owner-did-you-mean", post = n))
        .unwrap_or_default();
    bail!(t!(
        lang,
        "owner-unknown",
        owner = owner,
        year = year.label(),
        hint = hint,
        posts = posts.join(", ")
    ))
}
