//! The one-year reports: `status` (also `--by group` and `--by unit`), `overdue`
//! and `upcoming`.
//! Each loads the plan, picks the year, computes its report and lets the plan go
//! ([`let_go`](super::let_go)) while it renders.

use std::io::Write;

use anyhow::Result;

use super::{WHOLE, canonical_goal, known_owner, known_unit, let_go, load_report, report_scope};
use crate::cli::{By, FilterArgs, ItemsArgs, OverdueArgs, ReportArgs, StatusArgs, UpcomingArgs};
use crate::exit::Exit;
use crate::load::Workspace;
use crate::output::Output;
use crate::render::{self, Report};
use crate::report::items::{self, Filter};
use crate::report::{Scope, coverage, due, status, units};
use crate::settings::Settings;

/// Runs `status`.
pub(super) fn status(args: &StatusArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load_report(settings)?;
    match args.by {
        Some(By::Group) => {
            let report = compute(ws, settings, &args.report, out, coverage::compute)?;
            emit(out, &report, &args.report, settings)?;
        }
        Some(By::Unit) => {
            let report = compute(ws, settings, &args.report, out, units::compute)?;
            emit(out, &report, &args.report, settings)?;
        }
        None => {
            let report = compute(ws, settings, &args.report, out, status::compute)?;
            emit(out, &report, &args.report, settings)?;
        }
    }
    Ok(Exit::Ok)
}

/// Runs `overdue`.
pub(super) fn overdue(args: &OverdueArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load_report(settings)?;
    let report = compute(ws, settings, &args.report, out, due::overdue)?;
    emit(out, &report, &args.report, settings)?;
    Ok(if args.exit_code && !report.rows.is_empty() {
        Exit::Failure
    } else {
        Exit::Ok
    })
}

/// Runs `upcoming`.
pub(super) fn upcoming(args: &UpcomingArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load_report(settings)?;
    let upcoming = |scope: &Scope<'_>| due::upcoming(scope, args.within);
    let report = compute(ws, settings, &args.report, out, upcoming)?;
    emit(out, &report, &args.report, settings)?;
    Ok(Exit::Ok)
}

/// Runs `items`.
pub(super) fn items(args: &ItemsArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = settings.lang;
    let ws = load_report(settings)?;
    let report_args = ReportArgs {
        format: args.format,
        filter: FilterArgs {
            owner: None,
            goal: None,
        },
    };
    let goals = args
        .goals
        .iter()
        .map(|g| canonical_goal(&ws, g, lang).map(str::to_owned))
        .collect::<Result<Vec<_>>>()?;
    let scope = report_scope(&ws, settings, &WHOLE, out)?;
    let owners = (args.owners.iter())
        .map(|owner| known_owner(scope.year, owner, lang).map(str::to_owned))
        .collect::<Result<Vec<_>>>()?;
    let units = (args.units.iter())
        .map(|unit| known_unit(scope.year, unit, lang).map(str::to_owned))
        .collect::<Result<Vec<_>>>()?;
    let filter = Filter {
        goals,
        owners,
        statuses: args.statuses.iter().map(|&s| s.into()).collect(),
        all: args.all,
        kind: args.kind.map(Into::into),
        units,
        groups: args.groups.iter().map(|&g| g.into()).collect(),
        overdue: args.overdue,
        stale: args.stale,
        due_before: args.due_before,
        due_after: args.due_after,
        grep: args.grep.clone(),
    };
    let list = items::compute(&scope, &filter, args.sort.into(), args.reverse);
    let_go(ws);
    emit(out, &list, &report_args, settings)?;
    Ok(Exit::Ok)
}

/// Computes a report and lets the plan go before it is rendered: a report owns its
/// data, so a large plan's model is freed before a long table is built from it.
/// Fails when the plan does not load in full (its errors were shown).
fn compute<R>(
    ws: Workspace,
    settings: &Settings,
    args: &ReportArgs,
    out: &mut Output,
    report: impl FnOnce(&Scope<'_>) -> R,
) -> Result<R> {
    let report = report(&report_scope(&ws, settings, &args.filter, out)?);
    let_go(ws);
    Ok(report)
}

fn emit<R: Report>(
    out: &mut Output,
    report: &R,
    args: &ReportArgs,
    settings: &Settings,
) -> Result<()> {
    render::emit(
        &mut out.stdout,
        report,
        args.format,
        settings.lang,
        super::csv_reader(settings),
    )?;
    out.stdout.flush()?;
    Ok(())
}
