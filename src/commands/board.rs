//! The board's documents (`week`, `diff`, `export`): picks the data from `report`,
//! the old plan from `history`, and the renderer for the format, and writes to
//! standard output or to the `-o` file.

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::{WHOLE, load_report, report_scope};
use crate::cli::{DiffArgs, ExportArgs, ExportFormat, Since, WeekArgs, WeekFormat};
use crate::exit::Exit;
use crate::history::{self, Against};
use crate::i18n::Lang;
use crate::load::Workspace;
use crate::output::{Output, Sink};
use crate::render::document::{self, Document};
use crate::render::{self, CsvReader, Format, Report, html, ics, json};
use crate::report::{Scope, Visions, charts, coverage, diff, export, status, trends, week};
use crate::settings::Settings;
use crate::t;

/// Runs `week`.
pub(super) fn week(args: &WeekArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load_report(settings)?;
    let scope = report_scope(&ws, settings, &args.filter, out)?;
    let against = match (&args.since, &args.against) {
        (Some(since), _) => Some(since_to_against(since.as_ref())),
        (None, Some(rev)) => Some(Against::Rev(rev.clone())),
        (None, None) => None,
    };
    let changes = match against {
        Some(against) => Some(changes(&ws, &scope, &settings.plan, &against)?),
        None => None,
    };
    write_week(&scope, changes, args.format, out).map(|()| Exit::Ok)
}

/// Runs `diff`.
pub(super) fn diff(args: &DiffArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load_report(settings)?;
    let scope = report_scope(&ws, settings, &WHOLE, out)?;
    let against = match (&args.old_dir, &args.against, &args.since) {
        (Some(dir), _, _) => Against::Dir(dir.clone()),
        (None, Some(rev), _) => Against::Rev(rev.clone()),
        (None, None, Some(since)) => since_to_against(since.as_ref()),
        (None, None, None) => Against::Default,
    };
    let report = changes(&ws, &scope, &settings.plan, &against)?;
    render::emit(
        &mut out.stdout,
        &report,
        args.format,
        scope.lang,
        super::csv_reader(settings),
    )?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

/// Runs `export`.
pub(super) fn export(args: &ExportArgs, settings: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load_report(settings)?;
    let scope = report_scope(&ws, settings, &args.filter, out)?;
    write_export(&scope, args, super::csv_reader(settings), out).map(|()| Exit::Ok)
}

/// What `--since` asks to compare with; without a value, the default of `diff`.
fn since_to_against(since: Option<&Since>) -> Against {
    match since {
        Some(Since::Date(day)) => Against::Since(*day),
        Some(Since::Rev(rev)) => Against::Rev(rev.clone()),
        None => Against::Default,
    }
}

/// The digest in its format, with the changes when asked for.
fn write_week(
    scope: &Scope<'_>,
    changes: Option<diff::Diff>,
    format: WeekFormat,
    out: &mut Output,
) -> Result<()> {
    let lang = scope.lang;
    let digest = week::compute(scope, changes);
    let color = out.stdout.color();
    let w = &mut out.stdout;
    match format {
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

/// The changes in the scope's year since the old copy `against` names.
fn changes(
    ws: &Workspace,
    scope: &Scope<'_>,
    root: &Path,
    against: &Against,
) -> Result<diff::Diff> {
    let name = &scope.year.name;
    let old = history::old_year(root, name, against, scope.as_of, scope.lang)?;
    let old_side = diff::Side {
        year: &old.year,
        sources: &old.workspace.sources,
    };
    let new_side = diff::Side {
        year: scope.year,
        sources: &ws.sources,
    };
    let mut diff = diff::compare(old_side, new_side, old.label);
    if scope.owner.is_some() || scope.goal.is_some() {
        // An item counts when it passes the filters before or after: a post's item
        // given to another post is a change the post must see.
        let items: HashSet<&str> = (scope.items())
            .chain(old.year.items.iter().filter(|i| scope.includes(i)))
            .map(|i| i.id.value.as_str())
            .collect();
        let goals: HashSet<&str> = (scope.goals())
            .map(|g| g.id.value.as_str())
            .chain(
                scope
                    .strategy
                    .goals()
                    .map(|g| g.id.value.as_str())
                    .filter(|id| {
                        scope.shows_goal(id)
                            && (old.year.goal_owners(id).iter())
                                .any(|o| scope.owner_matches(Some(o)))
                    }),
            )
            .collect();
        diff.retain(|id| items.contains(id), |id| goals.contains(id));
    }
    Ok(diff)
}

/// `export`: the year in one of the formats, to stdout or `-o FILE`.
fn write_export(
    scope: &Scope<'_>,
    args: &ExportArgs,
    reader: CsvReader,
    out: &mut Output,
) -> Result<()> {
    let lang = scope.lang;
    let data = export::compute(scope);
    let mut buf = Vec::new();
    match args.format {
        ExportFormat::Json => render::emit(&mut buf, &data, Format::Json, lang, reader)?,
        ExportFormat::Csv => render::emit(&mut buf, &data, Format::Csv, lang, reader)?,
        ExportFormat::Ics => ics::write(&mut buf, &data.calendar(lang))?,
        ExportFormat::Html => html::write(&mut buf, &page(scope, &data, lang), lang)?,
    }
    match &args.output {
        Some(path) => fs::write(path, &buf).with_context(|| {
            t!(
                lang,
                "report-cannot-write",
                path = path.display().to_string()
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
    let none = || t!(lang, "report-none");
    let plan = &data.plan;
    let period = match (plan.start, plan.end) {
        (Some(s), Some(e)) => format!("{s} – {e}"),
        _ => none(),
    };
    let mut lines = vec![scope.strategy.title.get(lang).to_owned()];
    lines.extend(Visions::of(scope.strategy).lines(lang));
    lines.extend([t!(
        lang,
        "report-export-intro",
        period = period,
        lead = plan.lead.clone().unwrap_or_else(none),
        reviewed = plan.reviewed.map_or_else(none, |d| d.to_string())
    )]);
    lines.extend(scope.owner_note());
    Document {
        title: scope.heading(&t!(lang, "report-export-title")),
        lines,
        charts: Some(charts::compute(scope)),
        trends: trends::compute(scope),
        sections: vec![
            status::compute(scope).table(lang),
            coverage::compute(scope).table(lang),
            data.table(lang),
        ],
    }
}
