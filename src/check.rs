//! The rules of the strategy and the format that need more than one value to judge:
//! one function per rule, each pushing diagnostics. `check` runs them over the whole
//! workspace; the edit commands run the same function on the edited text.

mod indicators;
mod units;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::i18n::Lang;
use crate::load::Workspace;
use crate::model::{Spanned, Status, Strategy, Year, year_name_of};
use crate::schedule::{self, REVIEW_DAYS};
use crate::source::Span;
use crate::suggest::nearest;
use crate::t;

/// What the rules need besides the plan.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The day the time rules judge from.
    pub as_of: NaiveDate,
    /// The year the time rules (stale items, review date) apply to; older years are
    /// history, and nagging about them helps nobody.
    pub current_year: Option<&'a str>,
    /// The language of messages.
    pub lang: Lang,
    /// Whether to run the rules that only warn. A report shows and counts the
    /// errors alone, and on a large plan the warnings are most of the work (a
    /// 100,000-item plan has 30,000 of them).
    pub warnings: bool,
}

/// Every diagnostic of the workspace: the loader's and the rules', in file order.
pub fn check(ws: &Workspace, cx: Context<'_>) -> Vec<Diagnostic> {
    let mut out = ws.diagnostics.clone();
    duplicate_strategy_ids(&ws.strategy, cx, &mut out);
    indicators::strategy_rules(ws, cx, &mut out);
    for (year, &complete) in ws.years.iter().zip(&ws.years_complete) {
        check_year(ws, year, complete, cx, &mut out);
    }
    // A folder at the top the loader already named (one with plan files but not
    // named like a year) is the year, misnamed: its error says to rename it, and
    // `init` would only start a second one.
    let misnamed = |d: &Diagnostic| matches!(&d.location, Location::Path(p) if p.parent() == Some(ws.root.as_path()));
    if ws.years.is_empty() && !ws.diagnostics.iter().any(misnamed) {
        out.push(no_year(ws, cx));
    }
    sort(&mut out);
    out
}

/// A plan folder without a single operating year is not a plan yet: the error
/// names the year that holds the as-of day and the command that starts it.
fn no_year(ws: &Workspace, cx: Context<'_>) -> Diagnostic {
    let year = year_name_of(cx.as_of);
    Diagnostic::at_path(
        Code::MissingPlan,
        ws.root.clone(),
        t!(cx.lang, "check-no-year", year = year.as_str()),
    )
    .with_help(t!(cx.lang, "check-no-year-help", year = year.as_str()))
}

/// The diagnostics of one year only, with the strategy's: what a report or an edit
/// of that year must care about.
pub fn check_one(ws: &Workspace, index: usize, cx: Context<'_>) -> Vec<Diagnostic> {
    let year = &ws.years[index];
    let mut out: Vec<Diagnostic> = ws
        .diagnostics
        .iter()
        .filter(|d| match &d.location {
            Location::Span(file, _) => {
                Some(*file) == ws.strategy.file
                    || year.files.contains(file)
                    || year.measurements_file == Some(*file)
            }
            Location::Path(path) => path.starts_with(&year.dir),
        })
        .cloned()
        .collect();
    duplicate_strategy_ids(&ws.strategy, cx, &mut out);
    indicators::strategy_rules(ws, cx, &mut out);
    check_year(ws, year, ws.years_complete[index], cx, &mut out);
    sort(&mut out);
    out
}

fn sort(out: &mut [Diagnostic]) {
    out.sort_by_key(|d| match &d.location {
        Location::Path(_) => (0, 0, 0),
        Location::Span(file, span) => (1, file.0, span.start),
    });
}

fn check_year(
    ws: &Workspace,
    year: &Year,
    complete: bool,
    cx: Context<'_>,
    out: &mut Vec<Diagnostic>,
) {
    // The time rules judge the year the plan is run for, and only once every file
    // of it parses: a line lost to a syntax error may hold a date.
    let current = cx.warnings && complete && cx.current_year == Some(year.name.as_str());
    let time_rules = |out: &mut Vec<Diagnostic>| {
        stale_items(year, cx, out);
        plan_not_reviewed(year, cx, out);
        future_dates(year, cx, out);
    };
    if !current {
        year_rules(ws, year, complete, cx, out);
        return;
    }
    // The time rules run on a core of their own (on a large year they are half the
    // work; on a small one the thread costs some microseconds); their findings
    // follow the others' as they would one after the other.
    let later = std::thread::scope(|scope| {
        let later = scope.spawn(|| {
            let mut later = Vec::new();
            time_rules(&mut later);
            later
        });
        year_rules(ws, year, complete, cx, out);
        later.join()
    });
    match later {
        Ok(later) => out.extend(later),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// The rules of a year's shape and content, all but the time rules.
fn year_rules(
    ws: &Workspace,
    year: &Year,
    complete: bool,
    cx: Context<'_>,
    out: &mut Vec<Diagnostic>,
) {
    duplicate_item_ids(year, cx, out);
    if ws.strategy_complete {
        unknown_goals(&ws.strategy, year, cx, out);
        if complete {
            goal_coverage(&ws.strategy, year, cx, out);
        }
    }
    dates_out_of_order(year, cx, out);
    unknown_owners(year, cx, out);
    units::unknown_units(year, cx, out);
    indicators::year_rules(ws, year, cx, out);
    if !cx.warnings {
        return;
    }
    outside_period(year, cx, out);
    // Rules that judge from a key being absent wait until every file of the year
    // parses: a line lost to a syntax error may hold the key.
    if complete {
        done_without_date(year, cx, out);
    }
}

fn duplicate_strategy_ids(strategy: &Strategy, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(file) = strategy.file else { return };
    let areas = strategy.areas.iter().map(|a| &a.id);
    let goals = strategy.goals().map(|g| &g.id);
    for (twice, ids) in [
        (
            (|lang, id| t!(lang, "rules-area-twice", id = id)) as fn(Lang, &str) -> String,
            areas.collect::<Vec<_>>(),
        ),
        (
            |lang, id| t!(lang, "rules-goal-twice", id = id),
            goals.collect(),
        ),
    ] {
        let mut seen: HashMap<&str, &Spanned<String>> = HashMap::new();
        for id in ids {
            if let Some(first) = seen.get(id.value.as_str()) {
                out.push(
                    Diagnostic::new(
                        Code::DuplicateId,
                        file,
                        id.span(),
                        twice(cx.lang, &id.value),
                    )
                    .with_note(
                        file,
                        first.span(),
                        t!(cx.lang, "rules-first-defined"),
                    ),
                );
            } else {
                seen.insert(&id.value, id);
            }
        }
    }
}

/// Every item after the first of its id, pointing at the first (found through the
/// year's index of ids).
fn duplicate_item_ids(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, item) in year.items.iter().enumerate() {
        let first = match year.position(&item.id.value) {
            Some(first) if first != i => &year.items[first],
            _ => continue,
        };
        out.push(
            Diagnostic::new(
                Code::DuplicateId,
                item.file,
                item.id.span(),
                t!(
                    cx.lang,
                    "rules-item-id-twice",
                    id = &item.id.value,
                    year = year.label()
                ),
            )
            .with_note(first.file, first.id.span(), t!(cx.lang, "rules-first-used"))
            .with_help(t!(cx.lang, "rules-item-id-twice-help")),
        );
    }
}

fn unknown_goal<S: AsRef<str>>(
    strategy: &Strategy,
    file: crate::source::FileId,
    id: &Spanned<S>,
    cx: Context<'_>,
) -> Option<Diagnostic> {
    let given = id.value.as_ref();
    if strategy.goal(given).is_some() {
        return None;
    }
    let ids: Vec<&str> = strategy.goals().map(|g| g.id.value.as_str()).collect();
    let help = match nearest(given, ids.iter().copied()) {
        _ if ids.is_empty() => t!(cx.lang, "rules-strategy-without-goals"),
        Some(n) => t!(
            cx.lang,
            "rules-unknown-goal-near",
            near = n,
            list = ids.join(", ")
        ),
        None => t!(cx.lang, "rules-unknown-goal-list", list = ids.join(", ")),
    };
    Some(
        Diagnostic::new(
            Code::UnknownGoal,
            file,
            id.span(),
            t!(cx.lang, "rules-unknown-goal", id = given),
        )
        .with_help(help),
    )
}

fn unknown_goals(strategy: &Strategy, year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    for g in &year.goals {
        out.extend(unknown_goal(strategy, g.file, &g.id, cx));
    }
    for item in &year.items {
        for id in &item.goals {
            out.extend(unknown_goal(strategy, item.file, id, cx));
        }
    }
}

fn goal_coverage(strategy: &Strategy, year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(plan_file) = year.plan_file else {
        return;
    };
    let (anchor, anchor_label) = match (year.goals.first(), &year.header.span) {
        (Some(g), _) => (g.span.clone(), t!(cx.lang, "rules-goal-owners-start")),
        (None, Some(span)) => (span.clone(), t!(cx.lang, "rules-no-goal-tables")),
        (None, None) => (0..0, String::new()),
    };
    let label = year.label();
    for goal in strategy.goals() {
        let id = &goal.id.value;
        if year.goal_owner(id).is_none() {
            out.push(
                Diagnostic::new(
                    Code::GoalWithoutOwner,
                    plan_file,
                    anchor.clone(),
                    t!(cx.lang, "rules-goal-without-owner", id = id, year = &label),
                )
                .with_label(anchor_label.clone())
                .with_help(t!(cx.lang, "rules-goal-without-owner-help", id = id)),
            );
        }
        let live = year.items.iter().any(|i| i.is_live() && i.serves(id));
        if !live {
            let (span, place) = match year.goal_owner(id) {
                Some(g) => (g.span.clone(), t!(cx.lang, "rules-no-live-item", id = id)),
                None => (anchor.clone(), anchor_label.clone()),
            };
            out.push(
                Diagnostic::new(
                    Code::GoalWithoutActivity,
                    plan_file,
                    span,
                    t!(cx.lang, "rules-goal-without-item", id = id, year = &label),
                )
                .with_label(place)
                .with_help(t!(cx.lang, "rules-goal-without-item-help", id = id)),
            );
        }
    }
}

fn dates_out_of_order(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    if let (Some(period), Some(file)) = (&year.header.period, year.plan_file)
        && period.value.end < period.value.start
    {
        out.push(Diagnostic::new(
            Code::DatesOutOfOrder,
            file,
            period.span(),
            t!(
                cx.lang,
                "rules-period-reversed",
                end = period.value.end,
                start = period.value.start
            ),
        ));
    }
    for item in &year.items {
        if let (Some(start), Some(due)) = (&item.start, &item.due)
            && due.value < start.value
        {
            out.push(
                Diagnostic::new(
                    Code::DatesOutOfOrder,
                    item.file,
                    due.span(),
                    t!(
                        cx.lang,
                        "rules-due-before-start",
                        id = &item.id.value,
                        due = due.value,
                        start = start.value
                    ),
                )
                .with_note(
                    item.file,
                    start.span(),
                    t!(cx.lang, "rules-starts-here"),
                ),
            );
        }
    }
}

fn unknown_owners(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let plan_file = year.plan_file;
    let owners = year
        .header
        .lead
        .iter()
        .filter_map(|l| plan_file.map(|f| (f, l.value.as_str(), l.span())))
        .chain(year.goals.iter().flat_map(|g| {
            g.owners
                .iter()
                .map(|o| (g.file, o.value.as_str(), o.span()))
        }))
        .chain(year.items.iter().filter_map(|i| {
            i.owner
                .as_ref()
                .map(|o| (i.file, o.value.as_str(), o.span()))
        }));
    for (file, owner, span) in owners {
        if let Some((message, help)) = not_in_roster(year, owner, cx.lang) {
            out.push(Diagnostic::new(Code::UnknownOwner, file, span, message).with_help(help));
        }
    }
}

/// The message and help of `unknown-owner` when `post` is missing from the year's
/// roster (`None` when it is there or the plan has no roster): one rule for the
/// owners in the files and the posts an edit is given (`--by`).
pub fn not_in_roster(year: &Year, post: &str, lang: Lang) -> Option<(String, String)> {
    let roster = year.header.owners.as_ref()?;
    let posts: Vec<&str> = roster.iter().map(|p| p.value.as_str()).collect();
    if posts.contains(&post) {
        return None;
    }
    let help = match nearest(post, posts.iter().copied()) {
        Some(n) => t!(lang, "rules-not-in-roster-near", near = n),
        None => t!(lang, "rules-not-in-roster-list", list = posts.join(", ")),
    };
    let message = t!(lang, "rules-not-in-roster", post = post);
    Some((message, help))
}

fn done_without_date(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let help: Arc<str> = t!(cx.lang, "rules-done-without-date-help").into();
    for item in &year.items {
        if item.status.value == Status::Done && item.completed.is_none() {
            out.push(
                Diagnostic::new(
                    Code::DoneWithoutDate,
                    item.file,
                    item.status.span(),
                    t!(cx.lang, "rules-done-without-date", id = &item.id.value),
                )
                .with_shared_help(&help),
            );
        }
    }
}

/// A `due` outside the year's period: before it starts (`due-before-period`, a
/// project carried from an earlier year that the board must re-date; the schedule
/// does not count it overdue) or after it ends (`outside-period`).
fn outside_period(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    // A reversed period is reported as dates-out-of-order; every due date would
    // otherwise be "outside" it too.
    let Some(period) = year
        .header
        .period
        .as_ref()
        .filter(|p| p.value.start <= p.value.end)
    else {
        return;
    };
    let (start, end) = (period.value.start, period.value.end);
    let lang = cx.lang;
    for item in &year.items {
        let Some(due) = &item.due else { continue };
        let id = item.id.value.as_str();
        let diagnostic = if due.value < start {
            Diagnostic::new(
                Code::DueBeforePeriod,
                item.file,
                due.span(),
                t!(
                    lang,
                    "report-due-before-period",
                    id = id,
                    due = due.value,
                    year = year.label(),
                    start = start
                ),
            )
            .with_help(t!(
                lang,
                "report-due-before-period-help",
                id = id,
                year = year.label()
            ))
        } else if due.value > end {
            Diagnostic::new(
                Code::OutsidePeriod,
                item.file,
                due.span(),
                t!(
                    lang,
                    "report-due-after-period",
                    id = id,
                    due = due.value,
                    year = year.label(),
                    end = end
                ),
            )
        } else {
            continue;
        };
        out.push(diagnostic);
    }
}

fn stale_items(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let lang = cx.lang;
    let period_start = year.header.period.as_ref().map(|p| p.value.start);
    for item in &year.items {
        if !schedule::is_stale(item, cx.as_of, period_start) {
            continue;
        }
        let id = item.id.value.as_str();
        let own = schedule::last_activity(item);
        let message = match schedule::quiet_since(item, period_start) {
            None => t!(lang, "report-stale-never", id = id),
            Some(day) => {
                let n = (cx.as_of - day).num_days();
                match schedule::next_due(item, period_start) {
                    Some(due) if item.kind == crate::model::Kind::Ongoing => {
                        t!(
                            lang,
                            "report-stale-ongoing",
                            id = id,
                            due = due,
                            day = day,
                            n = n
                        )
                    }
                    _ if own == Some(day) => {
                        t!(lang, "report-stale-since", id = id, day = day, n = n)
                    }
                    _ => t!(lang, "report-stale-since-period", id = id, day = day, n = n),
                }
            }
        };
        out.push(
            Diagnostic::new(Code::StaleItem, item.file, item.span(), message).with_help(t!(
                lang,
                "report-stale-help",
                id = id
            )),
        );
    }
}

/// `future-date`: a record of something done (`completed`, `last_done`, a log
/// entry) dated after the day the plan is judged on; a typo, or `--on` given a
/// wrong year. A year that has not begun may hold records of its first day (`init`
/// dates its log lines there). Log entries carry no span of their own, so they
/// point at their item.
fn future_dates(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let lang = cx.lang;
    let first_day = year.header.period.as_ref().map(|p| p.value.start);
    let as_of = cx.as_of.max(first_day.unwrap_or(cx.as_of));
    let after = |d: &&Spanned<NaiveDate>| d.value > as_of;
    let help: Arc<str> = t!(lang, "edit-future-help", asof = as_of).into();
    for item in &year.items {
        let id = item.id.value.as_str();
        let mut found: Vec<(Span, String)> = Vec::new();
        if let Some(d) = item.completed.as_ref().filter(after) {
            let message = t!(
                lang,
                "edit-future-completed",
                id = id,
                date = d.value,
                asof = as_of
            );
            found.push((d.span(), message));
        }
        if let Some(d) = item.last_done.as_ref().filter(after) {
            let message = t!(
                lang,
                "edit-future-last-done",
                id = id,
                date = d.value,
                asof = as_of
            );
            found.push((d.span(), message));
        }
        for entry in item.log.iter().filter(|e| e.date > as_of) {
            let message = t!(
                lang,
                "edit-future-log",
                id = id,
                date = entry.date,
                asof = as_of
            );
            found.push((item.span(), message));
        }
        for (span, message) in found {
            out.push(
                Diagnostic::new(Code::FutureDate, item.file, span, message).with_shared_help(&help),
            );
        }
    }
}

fn plan_not_reviewed(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let (Some(file), Some(header_span)) = (year.plan_file, year.header.span.clone()) else {
        return;
    };
    let message = match &year.header.reviewed {
        None => (
            header_span,
            t!(cx.lang, "rules-never-reviewed", year = year.label()),
        ),
        Some(day) if (cx.as_of - day.value).num_days() > REVIEW_DAYS => (
            day.span(),
            t!(
                cx.lang,
                "rules-review-old",
                n = (cx.as_of - day.value).num_days(),
                day = day.value
            ),
        ),
        Some(_) => return,
    };
    out.push(
        Diagnostic::new(Code::PlanNotReviewed, file, message.0, message.1).with_help(t!(
            cx.lang,
            "rules-review-help",
            day = cx.as_of
        )),
    );
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::load::load_texts;

    const STRATEGY: &str = "[strategy]\ntitle = \"S\"\ntypo = 1\n\n[[area]]\nid = \"1\"\ntitle = \"A\"\n\n[[area.goal]]\nid = \"1a\"\ntext = \"x\"\n";

    fn plan(period: &str) -> String {
        format!(
            "[plan]\nperiod = {period}\nlead = \"L\"\nreviewed = 2026-11-20\ntypo = 1\n\n[goals.1a]\nowner = \"L\"\n\n[[item]]\nid = \"1a-1\"\ntitle = \"t\"\ngoals = [\"1a\"]\nowner = \"L\"\nstart = 2026-11-20\n"
        )
    }

    /// Each diagnostic as (code, file or folder under the root).
    fn found(ws: &Workspace, list: &[Diagnostic]) -> Vec<(String, PathBuf)> {
        let mut out: Vec<_> = list
            .iter()
            .map(|d| {
                let path = match &d.location {
                    Location::Span(file, _) => ws.sources.get(*file).path.clone(),
                    Location::Path(path) => path.clone(),
                };
                let rel = path.strip_prefix(&ws.root).unwrap().to_owned();
                (d.code.as_str().to_owned(), rel)
            })
            .collect();
        out.sort();
        out
    }

    /// What a report or an edit of one year sees: the strategy's problems and that
    /// year's (its plan, unit files, measurements, folder), none of another year's.
    #[test]
    fn check_one_keeps_the_strategy_and_its_own_years_problems() {
        let p = |s: &str| PathBuf::from(s);
        let files = vec![
            (p("strategy.toml"), STRATEGY.to_owned()),
            (
                p("2025-26/plan.toml"),
                plan("{ start = 2025-07-01, end = 2026-06-30 }"),
            ),
            (
                p("2026-27/plan.toml"),
                plan("{ start = 2026-07-01, end = 2027-06-30 }"),
            ),
            (p("2026-27/unit.toml"), "typo = 1\n".to_owned()),
            (p("2026-27/measurements.toml"), "typo = 1\n".to_owned()),
            (p("2027-28/unit.toml"), "typo = 1\n".to_owned()),
        ];
        let ws = load_texts(Path::new("/plans"), files, Lang::En).unwrap();
        let cx = Context {
            as_of: "2026-11-28".parse().unwrap(),
            current_year: Some("2026-27"),
            lang: Lang::En,
            warnings: true,
        };
        let unknown = |f: &str| ("unknown-field".to_owned(), p(f));
        let index = |name: &str| ws.years.iter().position(|y| y.name == name).unwrap();
        assert_eq!(
            found(&ws, &check_one(&ws, index("2026-27"), cx)),
            [
                unknown("2026-27/measurements.toml"),
                unknown("2026-27/plan.toml"),
                unknown("2026-27/unit.toml"),
                unknown("strategy.toml"),
            ]
        );
        assert_eq!(
            found(&ws, &check_one(&ws, index("2025-26"), cx)),
            [unknown("2025-26/plan.toml"), unknown("strategy.toml")]
        );
        let next = found(&ws, &check_one(&ws, index("2027-28"), cx));
        assert!(
            next.contains(&("missing-plan".to_owned(), p("2027-28"))),
            "{next:?}"
        );
        assert!(next.contains(&unknown("2027-28/unit.toml")), "{next:?}");
        assert!(next.contains(&unknown("strategy.toml")), "{next:?}");
        assert!(
            !next.iter().any(|(_, f)| f.starts_with("2026-27")),
            "{next:?}"
        );
    }
}
