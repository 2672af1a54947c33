//! Carries out one parsed command line: load, check or report, render. Returns the
//! exit code the contract gives; `Err` means a file or folder could not be read
//! (exit 2).

use std::io::Write;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::check::{self, Context};
use crate::cli::{CheckArgs, CheckFormat, Cli, Command, Global, ReportArgs};
use crate::diagnostic::{self, Counts, Severity};
use crate::i18n::Lang;
use crate::load::{self, Workspace};
use crate::output::Output;
use crate::render::{self, Report};
use crate::report::{Scope, due, status};
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
    let env = crate::edit::Env {
        plan: &cli.global.plan,
        year: cli.global.year.as_deref(),
        as_of: settings.as_of,
        lang: settings.lang,
    };
    match &cli.command {
        Command::Item(cmd) => return crate::edit::run(cmd, env, out),
        Command::Init(args) => return crate::init::run(args, env, out),
        _ => {}
    }
    let ws = load::load(&cli.global.plan, settings.lang)?;
    match &cli.command {
        Command::Check(args) => run_check(&ws, &cli.global, &settings, args, out),
        Command::Status(args) => {
            let Some(scope) = report_scope(&ws, &cli.global, &settings, args, out)? else {
                return Ok(Exit::Failure);
            };
            emit(out, &status::compute(&scope), args, settings.lang)?;
            Ok(Exit::Ok)
        }
        Command::Overdue(args) => {
            let Some(scope) = report_scope(&ws, &cli.global, &settings, &args.report, out)? else {
                return Ok(Exit::Failure);
            };
            let report = due::overdue(&scope);
            emit(out, &report, &args.report, settings.lang)?;
            Ok(if args.exit_code && !report.rows.is_empty() {
                Exit::Failure
            } else {
                Exit::Ok
            })
        }
        Command::Upcoming(args) => {
            let Some(scope) = report_scope(&ws, &cli.global, &settings, &args.report, out)? else {
                return Ok(Exit::Failure);
            };
            emit(
                out,
                &due::upcoming(&scope, args.within),
                &args.report,
                settings.lang,
            )?;
            Ok(Exit::Ok)
        }
        Command::Item(_) | Command::Init(_) => Ok(Exit::Ok),
    }
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
            let counts = Counts::of(&diagnostics);
            writeln!(
                out.stderr,
                "{}: {} ({})",
                ws.root.display(),
                diagnostic::summary(counts, settings.lang),
                tr!(
                    settings.lang,
                    "{} goals, {} year(s), {} items checked",
                    "{} mål, {} år, {} aktiviteter kontrollerade",
                    ws.strategy.goals().count(),
                    ws.years.len(),
                    items
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
    let errors: Vec<_> = diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !ws.strategy_complete || !ws.years_complete[index] {
        diagnostic::write_human(&mut out.stderr, &errors, &ws.sources)?;
        writeln!(
            out.stderr,
            "{}",
            tr!(
                lang,
                "error: the plan cannot be read in full; fix the errors above first",
                "fel: planen kan inte läsas helt; rätta felen ovan först"
            )
        )?;
        return Ok(None);
    }
    if !errors.is_empty() {
        writeln!(
            out.stderr,
            "{}",
            tr!(
                lang,
                "note: the {} plan has {} error(s); run `intplan check` to see them",
                "obs: planen för {} har {} fel; kör `intplan check` för att se dem",
                ws.years[index].label(),
                errors.len()
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
