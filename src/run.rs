//! Carries out one parsed command line: load, check or report, render. Returns the
//! exit code the contract gives; `Err` means a file or folder could not be read
//! (exit 2).

use std::io::Write;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::board;
use crate::check::{self, Context};
use crate::cli::{By, CheckArgs, CheckFormat, Cli, Command, Global, ReportArgs};
use crate::diagnostic::{self, Counts};
use crate::i18n::{Lang, count};
use crate::load::{self, Workspace};
use crate::output::Output;
use crate::render::{self, Format, Report};
use crate::report::{Scope, coverage, due, status};
use crate::schema;
use crate::shell;
use crate::suggest::nearest;
use crate::tr;

/// The process exit codes of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// `check` found errors, an edit was refused, or `overdue --exit-code` found items.
    Failure = 1,
    /// Usage error, or a file or folder that cannot be read or written.
    Usage = 2,
}

/// The whole year, unfiltered: what `diff` and `export` look at.
static WHOLE: ReportArgs = ReportArgs {
    format: Format::Table,
    owner: None,
    goal: None,
};

/// The settings every command resolves the same way.
struct Settings {
    lang: Lang,
    as_of: NaiveDate,
}

impl Settings {
    fn from(global: &Global) -> Self {
        let lang = global.lang.unwrap_or_else(|| {
            Lang::from_locale(
                std::env::var("LC_ALL").ok().as_deref(),
                std::env::var("LANG").ok().as_deref(),
            )
        });
        let as_of = global
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        Settings { lang, as_of }
    }
}

/// Runs the command.
pub fn run(cli: &Cli, out: &mut Output) -> Result<Exit> {
    let settings = Settings::from(&cli.global);
    let lang = settings.lang;
    let env = crate::edit::Env {
        plan: &cli.global.plan,
        year: cli.global.year.as_deref(),
        as_of: settings.as_of,
        lang,
    };
    let plan = &cli.global.plan;
    let global = &cli.global;
    match &cli.command {
        Command::Schema(args) => print(out, |w| schema::write(w, args.file)),
        Command::Completions(args) => print(out, |w| shell::completions(w, args.shell)),
        Command::Man => print(out, shell::man),
        Command::Item(cmd) => crate::edit::run(cmd, env, out),
        Command::Init(args) => crate::init::run(args, env, out),
        Command::Check(args) => run_check(&load::load(plan, lang)?, global, &settings, args, out),
        Command::Status(args) => {
            let ws = load::load(plan, lang)?;
            let shown = match args.by {
                Some(By::Group) => {
                    compute(ws, global, &settings, &args.report, out, coverage::compute)?
                        .map(|r| emit(out, &r, &args.report, lang))
                }
                None => compute(ws, global, &settings, &args.report, out, status::compute)?
                    .map(|r| emit(out, &r, &args.report, lang)),
            };
            match shown {
                Some(result) => result.map(|()| Exit::Ok),
                None => Ok(Exit::Failure),
            }
        }
        Command::Overdue(args) => {
            let ws = load::load(plan, lang)?;
            let Some(report) = compute(ws, global, &settings, &args.report, out, due::overdue)?
            else {
                return Ok(Exit::Failure);
            };
            emit(out, &report, &args.report, lang)?;
            Ok(if args.exit_code && !report.rows.is_empty() {
                Exit::Failure
            } else {
                Exit::Ok
            })
        }
        Command::Upcoming(args) => {
            let ws = load::load(plan, lang)?;
            let upcoming = |scope: &Scope<'_>| due::upcoming(scope, args.within);
            let Some(report) = compute(ws, global, &settings, &args.report, out, upcoming)? else {
                return Ok(Exit::Failure);
            };
            emit(out, &report, &args.report, lang)?;
            Ok(Exit::Ok)
        }
        Command::Week(args) => {
            let ws = load::load(plan, lang)?;
            let filters = ReportArgs {
                format: Format::Table,
                owner: args.owner.clone(),
                goal: args.goal.clone(),
            };
            let Some(scope) = report_scope(&ws, global, &settings, &filters, out)? else {
                return Ok(Exit::Failure);
            };
            board::week(&scope, plan, args, out).map(|()| Exit::Ok)
        }
        Command::Diff(args) => {
            let ws = load::load(plan, lang)?;
            let Some(scope) = report_scope(&ws, global, &settings, &WHOLE, out)? else {
                return Ok(Exit::Failure);
            };
            board::diff(&scope, plan, args, out).map(|()| Exit::Ok)
        }
        Command::Export(args) => {
            let ws = load::load(plan, lang)?;
            let Some(scope) = report_scope(&ws, global, &settings, &WHOLE, out)? else {
                return Ok(Exit::Failure);
            };
            board::export(&scope, args, out).map(|()| Exit::Ok)
        }
    }
}

/// Computes a report and lets the plan go before it is rendered: a report owns its
/// data, so a large plan's model is freed before a long table is built from it.
/// `None` when the plan does not load in full (its errors were shown).
fn compute<R>(
    ws: Workspace,
    global: &Global,
    settings: &Settings,
    args: &ReportArgs,
    out: &mut Output,
    report: impl FnOnce(&Scope<'_>) -> R,
) -> Result<Option<R>> {
    Ok(report_scope(&ws, global, settings, args, out)?.map(|scope| report(&scope)))
}

/// Runs a command that only prints, with no plan to load.
fn print(
    out: &mut Output,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<Exit> {
    write(&mut out.stdout)?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

fn emit<R: Report>(out: &mut Output, report: &R, args: &ReportArgs, lang: Lang) -> Result<()> {
    let color = out.stdout_color();
    render::emit(&mut out.stdout, report, args.format, lang, color)?;
    out.stdout.flush()?;
    Ok(())
}

fn run_check(
    ws: &Workspace,
    global: &Global,
    settings: &Settings,
    args: &CheckArgs,
    out: &mut Output,
) -> Result<Exit> {
    let current = if ws.years.is_empty() {
        None
    } else {
        Some(ws.select_year(global.year.as_deref(), settings.as_of, settings.lang)?)
    };
    let cx = Context {
        as_of: settings.as_of,
        current_year: current.map(|i| ws.years[i].name.as_str()),
        lang: settings.lang,
    };
    let diagnostics = check::check(ws, cx);
    match args.format {
        CheckFormat::Human => {
            diagnostic::write_human(&mut out.stderr, &diagnostics, &ws.sources)?;
            let items: usize = ws.years.iter().map(|y| y.items.len()).sum();
            let lang = settings.lang;
            let counts = Counts::of(&diagnostics);
            writeln!(
                out.stderr,
                "{}: {} ({})",
                ws.root.display(),
                diagnostic::summary(counts, settings.lang),
                tr!(
                    settings.lang,
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
        CheckFormat::Github => {
            diagnostic::write_github(&mut out.stdout, &diagnostics, &ws.sources)?
        }
    }
    out.stdout.flush()?;
    let counts = Counts::of(&diagnostics);
    let failed = counts.errors > 0 || (args.strict && counts.warnings > 0);
    Ok(if failed { Exit::Failure } else { Exit::Ok })
}

/// Picks the year and checks it. A year whose files do not parse gets no report (the
/// errors are shown and `None` returned); a year that parses but breaks rules gets
/// its report, with a pointer to `check` on stderr.
fn report_scope<'a>(
    ws: &'a Workspace,
    global: &'a Global,
    settings: &Settings,
    args: &'a ReportArgs,
    out: &mut Output,
) -> Result<Option<Scope<'a>>> {
    let lang = settings.lang;
    let index = ws.select_year(global.year.as_deref(), settings.as_of, lang)?;
    if let Some(goal) = &args.goal
        && ws.strategy_complete
        && ws
            .strategy
            .goals()
            .all(|g| !g.id.value.eq_ignore_ascii_case(goal))
    {
        let ids: Vec<&str> = ws.strategy.goals().map(|g| g.id.value.as_str()).collect();
        let hint = nearest(goal, ids.iter().copied())
            .map(|n| tr!(lang, " (did you mean {n}?)", " (menade du {n}?)"))
            .unwrap_or_default();
        bail!(tr!(
            lang,
            "the strategy has no goal `{goal}`{hint}; it has {}",
            "strategin har inget mål `{goal}`{hint}; den har {}",
            ids.join(", ")
        ));
    }
    let cx = Context {
        as_of: settings.as_of,
        current_year: Some(ws.years[index].name.as_str()),
        lang,
    };
    let diagnostics = check::check_one(ws, index, cx);
    if !ws.strategy_complete || !ws.years_complete[index] {
        diagnostic::write_errors_and_stop(
            &mut out.stderr,
            &diagnostics,
            &ws.sources,
            &tr!(
                lang,
                "error: the plan cannot be read in full; fix the errors above first",
                "fel: planen kan inte läsas helt; rätta felen ovan först"
            ),
        )?;
        return Ok(None);
    }
    let errors = Counts::of(&diagnostics).errors;
    if errors > 0 {
        writeln!(
            out.stderr,
            "{}",
            tr!(
                lang,
                "note: the {} plan has {}; run `intplan check` to see them",
                "obs: planen för {} har {}; kör `intplan check` för att se dem",
                ws.years[index].label(),
                count(lang, errors, ["error", "errors"], ["fel", "fel"])
            )
        )?;
    }
    Ok(Some(Scope {
        strategy: &ws.strategy,
        year: &ws.years[index],
        as_of: settings.as_of,
        owner: args.owner.as_deref(),
        goal: args.goal.as_deref(),
        lang,
    }))
}
