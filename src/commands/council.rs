//! Is the strategy working? `indicators` (one year's outcome figures) and
//! `followup` (effort and effect across years, for the council). Both load the plan,
//! pick what they look at, compute the report and render it.

use std::io::Write;
use std::ops::RangeInclusive;

use anyhow::{Result, bail};

use super::{canonical_goal, load_report, report_scope};
use crate::check::{self, Context};
use crate::cli::{FilterArgs, FollowupArgs, FollowupFormat, IndicatorsArgs};
use crate::diagnostic::{self, Counts, Severity};
use crate::exit::{Exit, Stop};
use crate::i18n::Lang;
use crate::load::{self, Workspace};
use crate::output::{Output, Sink};
use crate::render::{self, document, html};
use crate::report::followup::{self, Span};
use crate::report::indicators;
use crate::settings::Settings;
use crate::t;

/// Runs `indicators`.
pub(super) fn indicators(
    args: &IndicatorsArgs,
    settings: &Settings,
    out: &mut Output,
) -> Result<Exit> {
    let ws = load_report(settings)?;
    let filter = FilterArgs {
        owner: None,
        goal: args.goal.clone(),
    };
    let scope = report_scope(&ws, settings, &filter, out)?;
    let report = indicators::compute(&scope);
    render::emit(
        &mut out.stdout,
        &report,
        args.format,
        settings.lang,
        super::csv_reader(settings),
    )?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

/// Runs `followup`. `asked` is the language asked for with `--lang` or
/// `INTPLAN_LANG`: without one, Markdown and HTML (written for the council's
/// meeting documents) are in Swedish.
pub(super) fn followup(
    args: &FollowupArgs,
    settings: &Settings,
    asked: Option<Lang>,
    out: &mut Output,
) -> Result<Exit> {
    let lang = match (asked, args.format) {
        (None, FollowupFormat::Markdown | FollowupFormat::Html) => Lang::Sv,
        _ => settings.lang,
    };
    let ws = load::load(&settings.plan, lang)?;
    let (from, to) = span(&ws, args, lang)?;
    let goal = match &args.goal {
        Some(goal) => Some(canonical_goal(&ws, goal, lang)?),
        None => None,
    };
    require_whole(&ws, from..=to, settings, lang, out)?;
    let span = Span {
        strategy: &ws.strategy,
        years: &ws.years[..=to],
        from,
        as_of: settings.as_of,
        goal,
        lang,
    };
    let report = followup::compute(&span);
    let color = out.stdout.color();
    let w = &mut out.stdout;
    match args.format {
        FollowupFormat::Json => {
            // Serialised first, so that a closed pipe is an I/O error, which ends
            // quietly, and not a JSON error.
            let mut json = Vec::new();
            render::json::write(&mut json, &report)?;
            w.data().write_all(&json)?;
        }
        FollowupFormat::Table => {
            document::write_text(&mut *w.styled(), &report.document(&span), color)?
        }
        FollowupFormat::Markdown => {
            document::write_markdown(&mut *w.data(), &report.document(&span))?
        }
        FollowupFormat::Html => html::write(&mut *w.data(), &report.document(&span), lang)?,
    }
    w.flush()?;
    Ok(Exit::Ok)
}

/// The indices of the first and last year followed up: `--from` and `--to`, by
/// default the oldest and the newest year folder.
fn span(ws: &Workspace, args: &FollowupArgs, lang: Lang) -> Result<(usize, usize)> {
    let last = ws.years.len().checked_sub(1);
    let find = |name: &Option<String>, default: Option<usize>| -> Result<usize> {
        let Some(name) = name else {
            // With no year folder at all, this says how to start one.
            return match default {
                Some(i) => Ok(i),
                None => ws.select_year(None, chrono::NaiveDate::MIN, lang),
            };
        };
        ws.select_year(Some(name), chrono::NaiveDate::MIN, lang)
    };
    let from = find(&args.from, last.map(|_| 0))?;
    let to = find(&args.to, last)?;
    if from > to {
        bail!(t!(
            lang,
            "followup-from-after-to",
            from = ws.years[from].name.as_str(),
            to = ws.years[to].name.as_str()
        ));
    }
    Ok((from, to))
}

/// Stops (exit 1) unless the strategy and every year followed up loaded in full,
/// after showing their errors; a plan that loads but breaks rules is followed up,
/// with a pointer to `check`.
fn require_whole(
    ws: &Workspace,
    years: RangeInclusive<usize>,
    settings: &Settings,
    lang: Lang,
    out: &mut Output,
) -> Result<()> {
    let cx = Context {
        as_of: settings.as_of,
        current_year: None,
        lang,
        warnings: false,
    };
    let diagnostics = check::check(ws, cx);
    if !ws.strategy_complete || !ws.years_complete[years].iter().all(|c| *c) {
        let errors: Vec<_> = diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        diagnostic::write_human(&mut out.stderr, &errors, &ws.sources, lang)?;
        return Err(Stop {
            exit: Exit::Failure,
            code: "invalid-plan",
            message: t!(lang, "followup-cannot-read"),
        }
        .into());
    }
    let errors = Counts::of(&diagnostics).errors;
    if errors > 0 {
        writeln!(
            out.stderr,
            "{}",
            t!(lang, "followup-has-errors", n = errors)
        )?;
    }
    Ok(())
}
