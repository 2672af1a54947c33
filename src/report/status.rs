//! `status`: one row per strategy goal with its owner, items, progress and health,
//! and the year's totals. The board reads it to see which goals are at risk.

use chrono::NaiveDate;
use serde::Serialize;

use super::indicators::{self, Outcome};
use super::{Scope, days};
use crate::i18n::Lang;
use crate::model::{Status, Text};
use crate::render::{Cell, Report, Table, Tone};
use crate::schedule::{self, Health, Reason};
use crate::tr;

/// The status of every goal in the year.
#[derive(Debug, Serialize)]
pub struct StatusReport {
    /// The operating year, "2026-27".
    pub year: String,
    /// The day it was computed for.
    pub as_of: NaiveDate,
    /// One row per goal, in the strategy's order.
    pub goals: Vec<GoalRow>,
    /// Counts over the items shown.
    pub totals: Totals,
    #[serde(skip)]
    heading: String,
    /// Whether the strategy declares indicators: only then has the table an
    /// outcome column.
    #[serde(skip)]
    measured: bool,
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
    /// Items serving the goal, other than dropped ones.
    pub items: usize,
    /// Of those, done.
    pub done: usize,
    /// Of those, overdue.
    pub overdue: usize,
    /// The earliest due date from today on among open items.
    pub next_due: Option<NaiveDate>,
    /// The goal's health.
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

/// Computes the status of the goals in scope. With `--owner`, only goals the post owns
/// or has items under are shown, and counts cover the post's items; health is always
/// the goal's own.
pub fn compute(scope: &Scope<'_>) -> StatusReport {
    let period_start = scope.period_start();
    let as_of = scope.as_of;
    let mut goals = Vec::new();
    for area in &scope.strategy.areas {
        for goal in &area.goals {
            let id = goal.id.value.as_str();
            if !scope.shows_goal(id) {
                continue;
            }
            let owner = scope.year.goal_owner_text(id);
            let owners = scope.year.goal_owners(id);
            let serves = |i: &&crate::model::Item| i.serves(id);
            let all: Vec<_> = scope.year.items.iter().filter(serves).collect();
            let mine: Vec<_> = scope
                .items()
                .filter(serves)
                .filter(|i| i.is_live())
                .collect();
            if scope.owner.is_some()
                && mine.is_empty()
                && !owners.iter().any(|o| scope.owner_matches(Some(o)))
            {
                continue;
            }
            let (health, reasons) =
                schedule::goal_health(owner.is_some(), all.iter().copied(), as_of, period_start);
            goals.push(GoalRow {
                id: id.to_owned(),
                owners: owners.iter().map(|o| o.to_string()).collect(),
                area: area.id.value.clone(),
                area_title: area.title.clone(),
                text: goal.text.clone(),
                owner,
                items: mine.len(),
                done: mine
                    .iter()
                    .filter(|i| i.status.value == Status::Done)
                    .count(),
                overdue: mine
                    .iter()
                    .filter(|i| schedule::days_overdue(i, as_of, period_start).is_some())
                    .count(),
                next_due: mine
                    .iter()
                    .filter(|i| i.is_open())
                    .filter_map(|i| schedule::next_due(i, period_start))
                    .filter(|d| *d >= as_of)
                    .min(),
                health,
                reasons,
                outcome: indicators::goal_outcome(scope, id),
            });
        }
    }
    let shown: Vec<&str> = goals.iter().map(|g| g.id.as_str()).collect();
    let mut totals = Totals::default();
    for item in scope.items() {
        if !item.is_live() || !shown.iter().any(|g| item.serves(g)) {
            continue;
        }
        totals.items += 1;
        totals.done += usize::from(item.status.value == Status::Done);
        totals.overdue += usize::from(schedule::days_overdue(item, as_of, period_start).is_some());
        totals.stale += usize::from(schedule::is_stale(item, as_of));
    }
    StatusReport {
        year: scope.year.name.clone(),
        as_of,
        goals,
        totals,
        heading: scope.heading(scope.lang.pick("Status", "Läge")),
        measured: !scope.strategy.indicators.is_empty(),
    }
}

/// The word for a health, in the run's language.
pub fn health_word(health: Health, lang: Lang) -> &'static str {
    match health {
        Health::OnTrack => lang.pick("on track", "enligt plan"),
        Health::AtRisk => lang.pick("at risk", "i riskzonen"),
        Health::OffTrack => lang.pick("off track", "ur kurs"),
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
        Reason::NoOwner => lang.pick("no owner", "ingen ansvarig").into(),
        Reason::NoActivity => lang.pick("no activity", "ingen aktivitet").into(),
        Reason::LongOverdue { item, days: n } | Reason::Overdue { item, days: n } => {
            tr!(
                lang,
                "{item} {} overdue",
                "{item} {} försenad",
                days(*n, lang)
            )
        }
        Reason::Blocked { item } => tr!(lang, "{item} blocked", "{item} blockerad"),
        Reason::Stale { item } => tr!(lang, "{item} stale", "{item} inaktiv"),
    }
}

impl Report for StatusReport {
    fn table(&self, lang: Lang) -> Table {
        let headers = if lang == Lang::Sv {
            [
                "Mål",
                "Område",
                "Ansvarig",
                "Aktiviteter",
                "Klara",
                "Försenade",
                "Nästa deadline",
                "Läge",
                "Måltext",
            ]
        } else {
            [
                "Goal",
                "Area",
                "Owner",
                "Items",
                "Done",
                "Overdue",
                "Next due",
                "Health",
                "Goal text",
            ]
        };
        let rows = self
            .goals
            .iter()
            .map(|g| {
                vec![
                    Cell::from(g.id.as_str()),
                    Cell::from(format!("{} {}", g.area, g.area_title.get(lang))),
                    Cell::from(g.owner.as_deref().unwrap_or_default()),
                    Cell::from(g.items.to_string()),
                    Cell::from(g.done.to_string()),
                    Cell::toned(
                        g.overdue.to_string(),
                        if g.overdue > 0 {
                            Tone::Bad
                        } else {
                            Tone::Plain
                        },
                    ),
                    Cell::from(g.next_due.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::toned(health_word(g.health, lang), health_tone(g.health)),
                    Cell::from(g.text.get(lang)),
                ]
            })
            .collect();
        let t = &self.totals;
        let mut notes = vec![tr!(
            lang,
            "Totals: {} items, {} done, {} overdue, {} stale.",
            "Totalt: {} aktiviteter, {} klara, {} försenade, {} inaktiva.",
            t.items,
            t.done,
            t.overdue,
            t.stale
        )];
        for g in self.goals.iter().filter(|g| g.health != Health::OnTrack) {
            let why: Vec<String> = g.reasons.iter().map(|r| reason_text(r, lang)).collect();
            notes.push(format!(
                "{} {}: {}",
                g.id,
                health_word(g.health, lang),
                why.join(", ")
            ));
        }
        let mut table = Table {
            title: Some(self.heading.clone()),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            numeric: vec![false, false, false, true, true, true, false, false, false],
            long: vec![false, false, false, false, false, false, false, false, true],
            rows,
            notes,
            empty: lang.pick("No goal matches.", "Inget mål matchar.").into(),
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
        table
            .headers
            .insert(at, crate::t!(lang, "indicators-col-outcome"));
        table.numeric.insert(at, false);
        table.long.insert(at, false);
        for (row, goal) in table.rows.iter_mut().zip(&self.goals) {
            let cell = Cell::toned(goal.outcome.summary(lang), goal.outcome.tone());
            row.insert(at, cell);
        }
    }
}
