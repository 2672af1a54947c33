//! The board's documents (`week`, `diff`, `export`): picks the data from `report`,
//! the old plan from `history`, and the renderer for the format, and writes to
//! standard output or to the `-o` file.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::{WHOLE, report_scope};
use crate::cli::{DiffArgs, ExportArgs, ExportFormat, ReportArgs, WeekArgs, WeekFormat};
use crate::exit::Exit;
use crate::history::{self, Against};
use crate::i18n::Lang;
use crate::load;
use crate::output::Output;
use crate::output::Sink;
use crate::render::document::{self, Document};
use crate::render::{self, Format, Report, html, ics, json};
use crate::report::{Scope, charts, coverage, diff, export, status, trends, week};
use crate::settings::Settings;
use crate::tr;

/// Runs `week`.
pub(super) fn week(args: &WeekArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load::load(&settings.plan, settings.lang)?;
    let filters = ReportArgs {
        format: Format::Table,
        owner: args.owner.clone(),
        goal: args.goal.clone(),
    };
    let scope = report_scope(&ws, settings, &filters, out)?;
    write_week(&scope, &settings.plan, args, out).map(|()| Exit::Ok)
}

/// Runs `diff`.
pub(super) fn diff(args: &DiffArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load::load(&settings.plan, settings.lang)?;
    let scope = report_scope(&ws, settings, &WHOLE, out)?;
    write_diff(&scope, &settings.plan, args, out).map(|()| Exit::Ok)
}

/// Runs `export`.
pub(super) fn export(args: &ExportArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load::load(&settings.plan, settings.lang)?;
    let scope = report_scope(&ws, settings, &WHOLE, out)?;
    write_export(&scope, args, out).map(|()| Exit::Ok)
}

/// `week`: the digest, with the changes since `--since` when given.
fn write_week(scope: &Scope<'_>, root: &Path, args: &WeekArgs, out: &mut Output) -> Result<()> {
    let lang = scope.lang;
    let changes = match &args.since {
        Some(rev) => Some(changes(scope, root, &Against::Rev(rev.clone()))?),
        None => None,
    };
    let digest = week::compute(scope, changes);
    let color = out.stdout.color();
    let w = &mut out.stdout;
    match args.format {
        WeekFormat::Json => json::write(&mut *w.data(), &digest)?,
        WeekFormat::Table => {
            document::write_text(&mut *w.styled(), &digest.document(lang, None), color)?
        }
        WeekFormat::Markdown => {
            document::write_markdown(&mut *w.data(), &digest.document(lang, None))?
        }
        WeekFormat::Html => {
            let mut page = digest.document(lang, Some(charts::compute(scope)));
            page.trends = trends::compute(scope);
            html::write(&mut *w.data(), &page, lang)?;
        }
    }
    w.flush()?;
    Ok(())
}

fn changes(scope: &Scope<'_>, root: &Path, against: &Against) -> Result<diff::Diff> {
    let (old, label) = history::old_year(root, &scope.year.name, against, scope.as_of, scope.lang)?;
    Ok(diff::compare(&old, scope.year, label))
}

/// `diff`: the changes since a revision or another plan folder.
fn write_diff(scope: &Scope<'_>, root: &Path, args: &DiffArgs, out: &mut Output) -> Result<()> {
    let against = match (&args.old_dir, &args.against) {
        (Some(dir), _) => Against::Dir(dir.clone()),
        (None, Some(rev)) => Against::Rev(rev.clone()),
        (None, None) => Against::LastWeek,
    };
    let report = changes(scope, root, &against)?;
    render::emit(&mut out.stdout, &report, args.format, scope.lang)?;
    out.stdout.flush()?;
    Ok(())
}

/// `export`: the year in one of the formats, to stdout or `-o FILE`.
fn write_export(scope: &Scope<'_>, args: &ExportArgs, out: &mut Output) -> Result<()> {
    let lang = scope.lang;
    let data = export::compute(scope);
    let mut buf = Vec::new();
    match args.format {
        ExportFormat::Json => render::emit(&mut buf, &data, Format::Json, lang)?,
        ExportFormat::Csv => render::emit(&mut buf, &data, Format::Csv, lang)?,
        ExportFormat::Ics => ics::write(&mut buf, &data, lang)?,
        ExportFormat::Html => html::write(&mut buf, &page(scope, &data, lang), lang)?,
    }
    match &args.output {
        Some(path) => fs::write(path, &buf).with_context(|| {
            tr!(
                lang,
                "cannot write {}",
                "kan inte skriva {}",
                path.display()
            )
        })?,
        None => {
            out.stdout.data().write_all(&buf)?;
            out.stdout.flush()?;
        }
    }
    Ok(())
}

/// The HTML export: the plan header, the charts, goal status, the coverage matrix
/// and every item.
fn page(scope: &Scope<'_>, data: &export::Export, lang: Lang) -> Document {
    let none = || lang.pick("none", "ingen").to_owned();
    let plan = &data.plan;
    let period = match (plan.start, plan.end) {
        (Some(s), Some(e)) => format!("{s} – {e}"),
        _ => none(),
    };
    Document {
        title: tr!(
            lang,
            "Action plan {}, as of {}",
            "Handlingsplan {}, per {}",
            scope.year.label(),
            scope.as_of
        ),
        lines: vec![
            scope.strategy.title.get(lang).to_owned(),
            tr!(
                lang,
                "Operating year: {period}. Plan lead: {}. Last review by the board: {}.",
                "Verksamhetsår: {period}. Ansvarig för handlingsplanen: {}. Senast genomgången av styrelsen: {}.",
                plan.lead.clone().unwrap_or_else(none),
                plan.reviewed.map_or_else(none, |d| d.to_string())
            ),
        ],
        charts: Some(charts::compute(scope)),
        trends: trends::compute(scope),
        sections: vec![
            status::compute(scope).table(lang),
            coverage::compute(scope).table(lang),
            data.table(lang),
        ],
    }
}
