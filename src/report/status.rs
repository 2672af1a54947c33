//! `status`: one row per strategy goal with its owner, items, progress and health,
//! and the year's totals. The board reads it to see which goals are at risk.

use chrono::NaiveDate;
use serde::Serialize;

use super::indicators::{self, Outcome};
use super::{Filter, Scope, days};
use crate::i18n::Lang;
use crate::model::{Item, Status, Text};
use crate::render::{Cell, Report, Table, Tone};
use crate::schedule::{self, Health, Reason};
use crate::{t, vocab};

/// The status of every goal in the year.
#[derive(Debug, Serialize)]
pub struct StatusReport {
    /// The operating year, "2026-27".
    pub year: String,
    /// The day it was computed for.
    pub as_of: NaiveDate,
    /// The `--owner` and `--goal` filters every figure counts under.
    pub filter: Filter,
    /// One row per goal, in the strategy's order.
    pub goals: Vec<GoalRow>,
    /// Counts over the items shown.
    pub totals: Totals,
    #[serde(skip)]
    heading: String,
    #[serde(skip)]
    owner_note: Option<String>,
    /// Whether the strategy declares indicators: only then has the table an
    /// outcome column.
    #[serde(skip)]
    measured: bool,
    /// The strategy's visions, shown under the heading.
    #[serde(skip)]
    visions: super::Visions,
}

/// One goal's line.
#[derive(Debug, Serialize)]
pub struct GoalRow {
    /// The goal id, "2b".
    pub id: String,
    /// The area id, "2".
    pub area: String,
    /// The area's name.
    pub area_title: Text,
    /// The goal's text.
    pub text: Text,
    /// The accountable posts as one text, "A, B" (null when none).
    pub owner: Option<String>,
    /// The accountable posts, in the plan's order.
    pub owners: Vec<String>,
    /// Items serving the goal (within the filters), other than dropped ones.
    pub items: usize,
    /// Of those, done.
    pub done: usize,
    /// Of those, overdue.
    pub overdue: usize,
    /// The earliest next due date from today on among the open ones.
    pub next_due: Option<NaiveDate>,
    /// The goal's health, judged from the same items.
    pub health: Health,
    /// Why it is not on track.
    pub reasons: Vec<Reason>,
    /// The verdicts of the goal's indicators: the outcome, beside the effort.
    pub outcome: Outcome,
}

/// Counts over the distinct items of the report (an item serving two goals counts once).
#[derive(Debug, Default, Serialize)]
pub struct Totals {
    /// Items other than dropped ones.
    pub items: usize,
    /// Done.
    pub done: usize,
    /// Overdue.
    pub overdue: usize,
    /// Stale.
    pub stale: usize,
}

/// One goal's row, from the items of the scope that serve it.
fn goal_row(scope: &Scope<'_>, goal: &crate::model::Goal, area: &crate::model::Area) -> GoalRow {
    let id = goal.id.value.as_str();
    let owner = scope.year.goal_owner_text(id);
    let items: Vec<&Item> = scope.goal_items(id).collect();
    let live: Vec<&Item> = items.iter().copied().filter(|i| i.is_live()).collect();
    let (health, reasons) = schedule::goal_health(
        owner.is_some(),
        items.iter().copied(),
        scope.as_of,
        scope.period_start(),
    );
    GoalRow {
        id: id.to_owned(),
        area: area.id.value.clone(),
        area_title: area.title.clone(),
        text: goal.text.clone(),
        owners: scope
            .year
            .goal_owners(id)
            .iter()
            .map(|o| o.to_string())
            .collect(),
        owner,
        items: live.len(),
        done: live
            .iter()
            .filter(|i| i.status.value == Status::Done)
            .count(),
        overdue: live
            .iter()
            .filter(|i| scope.days_overdue(i).is_some())
            .count(),
        next_due: live
            .iter()
            .filter_map(|i| scope.next_due(i))
            .filter(|d| *d >= scope.as_of)
            .min(),
        health,
        reasons,
        outcome: indicators::goal_outcome(scope, id),
    }
}

/// Computes the status of the goals in scope ([`Scope::goals`]). Every figure, and
/// each goal's health, counts only the items that pass the filters: under
/// `--owner`, the post's own items.
pub fn compute(scope: &Scope<'_>) -> StatusReport {
    let goals: Vec<GoalRow> = scope
        .goals()
        .filter_map(|goal| {
            let area = scope
                .strategy
                .areas
                .iter()
                .find(|a| a.id.value == goal.area)?;
            Some(goal_row(scope, goal, area))
        })
        .collect();
    let mut totals = Totals::default();
    for item in scope.items() {
        if !item.is_live() || !goals.iter().any(|g| item.serves(&g.id)) {
            continue;
        }
        totals.items += 1;
        totals.done += usize::from(item.status.value == Status::Done);
        totals.overdue += usize::from(scope.days_overdue(item).is_some());
        totals.stale += usize::from(scope.is_stale(item));
    }
    StatusReport {
        year: scope.year.name.clone(),
        as_of: scope.as_of,
        filter: scope.filter(),
        goals,
        totals,
        heading: scope.heading(&t!(scope.lang, "report-status-title")),
        owner_note: scope.owner_note(),
        measured: !scope.strategy.indicators.is_empty(),
        visions: super::Visions::of(scope.strategy),
    }
}

/// The tone a health is shown in.
pub fn health_tone(health: Health) -> Tone {
    match health {
        Health::OnTrack => Tone::Good,
        Health::AtRisk => Tone::Warn,
        Health::OffTrack => Tone::Bad,
    }
}

/// One reason, as a short phrase.
pub fn reason_text(reason: &Reason, lang: Lang) -> String {
    match reason {
        Reason::NoOwner => t!(lang, "report-reason-no-owner"),
        Reason::NoActivity => t!(lang, "report-reason-no-item"),
        Reason::LongOverdue { item, days: n } | Reason::Overdue { item, days: n } => {
            t!(
                lang,
                "report-reason-overdue",
                item = item.as_str(),
                days = days(*n, lang)
            )
        }
        Reason::Blocked { item } => t!(lang, "report-reason-blocked", item = item.as_str()),
        Reason::Stale { item } => t!(lang, "report-reason-stale", item = item.as_str()),
    }
}

/// "2b off track: 2b-2 44 days overdue, 2b-3 14 days overdue".
pub fn reasons_line(row: &GoalRow, lang: Lang) -> String {
    let why: Vec<String> = row.reasons.iter().map(|r| reason_text(r, lang)).collect();
    t!(
        lang,
        "report-goal-reasons",
        goal = row.id.as_str(),
        health = vocab::health(row.health, lang),
        reasons = why.join(", ")
    )
}

/// "Totals: 23 items, 4 done, 3 overdue, 1 stale."
pub fn totals_line(t: &Totals, lang: Lang) -> String {
    t!(
        lang,
        "report-totals",
        items = t!(lang, "count-items", n = t.items),
        done = t.done,
        overdue = t.overdue,
        stale = t.stale
    )
}

impl Report for StatusReport {
    fn preamble(&self, lang: Lang) -> Vec<String> {
        self.visions.lines(lang)
    }

    fn records(&self) -> Table {
        crate::render::records::table(&self.goals, Default::default())
    }

    fn table(&self, lang: Lang) -> Table {
        let headers = [
            t!(lang, "report-col-goal"),
            t!(lang, "report-col-area"),
            t!(lang, "report-col-owner"),
            t!(lang, "report-col-items"),
            t!(lang, "report-col-done"),
            t!(lang, "report-col-overdue"),
            t!(lang, "report-col-next-due"),
            t!(lang, "report-col-health"),
            t!(lang, "report-col-goal-text"),
        ];
        let rows = self
            .goals
            .iter()
            .map(|g| {
                let overdue_tone = if g.overdue > 0 {
                    Tone::Bad
                } else {
                    Tone::Plain
                };
                vec![
                    Cell::from(g.id.as_str()),
                    Cell::from(format!("{} {}", g.area, g.area_title.get(lang))),
                    Cell::from(g.owner.as_deref().unwrap_or_default()),
                    Cell::from(g.items.to_string()),
                    Cell::from(g.done.to_string()),
                    Cell::toned(g.overdue.to_string(), overdue_tone),
                    Cell::from(g.next_due.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::toned(vocab::health(g.health, lang), health_tone(g.health)),
                    Cell::from(g.text.get(lang)),
                ]
            })
            .collect();
        let mut notes = vec![totals_line(&self.totals, lang)];
        notes.extend(self.owner_note.clone());
        for g in self.goals.iter().filter(|g| g.health != Health::OnTrack) {
            notes.push(reasons_line(g, lang));
        }
        let mut table = Table {
            title: Some(self.heading.clone()),
            headers: headers.into(),
            numeric: vec![false, false, false, true, true, true, false, false, false],
            long: vec![false, true, false, false, false, false, false, false, true],
            rows,
            notes,
            empty: t!(lang, "report-no-goal"),
            optional: Vec::new(),
        };
        if self.measured {
            self.add_outcome(&mut table, lang);
        }
        table
    }
}

impl StatusReport {
    /// Puts the outcome column right after health: effect next to effort, in its
    /// own column.
    fn add_outcome(&self, table: &mut Table, lang: Lang) {
        let at = 8;
        table.headers.insert(at, t!(lang, "indicators-col-outcome"));
        table.numeric.insert(at, false);
        table.long.insert(at, false);
        for (row, goal) in table.rows.iter_mut().zip(&self.goals) {
            let cell = Cell::toned(goal.outcome.summary(lang), goal.outcome.tone());
            row.insert(at, cell);
        }
    }
}
