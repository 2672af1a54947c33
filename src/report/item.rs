//! `item show`: one item as the plan lead looks it up before a meeting: every field,
//! the texts of the goals it serves, when it is next due and how late it is, and its
//! log. Computed from the loaded year and the as-of date; rendered like any report.

use chrono::NaiveDate;
use serde::Serialize;

use super::days;
use crate::i18n::Lang;
use crate::model::{Group, Item, Kind, LogEntry, Status, Strategy, Text, Year};
use crate::render::{Cell, Report, Table, Tone};
use crate::schedule;
use crate::{t, vocab};

/// The shape of [`ItemData`] records in a CSV for programs: the title and the
/// description are texts in both languages, the description `null` when absent.
pub const SHAPE: crate::render::records::Shape<'static> = crate::render::records::Shape {
    fields: &[],
    texts: &["title", "description"],
    per: None,
};

/// One item as data: every field of the file and what the schedule computes from
/// it. `item show` and `export` share it, so an item reads the same in both.
#[derive(Debug, Serialize)]
pub struct ItemData {
    /// The item id.
    pub id: String,
    /// The title, in both languages.
    pub title: Text,
    /// The description, if any.
    pub description: Option<Text>,
    /// The goals it serves.
    pub goals: Vec<String>,
    /// The post that answers for it.
    pub owner: Option<String>,
    /// Project or ongoing.
    pub kind: Kind,
    /// Where it stands.
    pub status: Status,
    /// When work begins.
    pub start: Option<NaiveDate>,
    /// A project's deadline.
    pub due: Option<NaiveDate>,
    /// When a project was done.
    pub completed: Option<NaiveDate>,
    /// Ongoing work's cadence, as written.
    pub every: Option<String>,
    /// When ongoing work was last done.
    pub last_done: Option<NaiveDate>,
    /// Target groups.
    pub groups: Vec<Group>,
    /// The unit that carries it.
    pub unit: Option<String>,
    /// When it is next due (open items only).
    pub next_due: Option<NaiveDate>,
    /// Days past the next due date; `null` when not late.
    pub days_overdue: Option<i64>,
    /// Whether it shows no sign of life in the last 30 days.
    pub stale: bool,
    /// The newest sign of life: a log entry, completion, last done or start date.
    pub last_activity: Option<NaiveDate>,
    /// What happened, oldest first.
    pub log: Vec<LogEntry>,
}

impl ItemData {
    /// The item of `year` on `as_of`. The year gives the period, whose start is the
    /// base of ongoing work never done, and the unit a unit file's items belong to.
    pub fn of(item: &Item, year: &Year, as_of: NaiveDate) -> Self {
        let period_start = year.header.period.as_ref().map(|p| p.value.start);
        let date = |d: &Option<crate::model::Spanned<NaiveDate>>| d.as_ref().map(|d| d.value);
        ItemData {
            id: item.id.value.to_string(),
            title: item.title.clone(),
            description: item.description.clone(),
            goals: item.goals.iter().map(|g| g.value.to_string()).collect(),
            owner: item.owner.as_ref().map(|o| o.value.to_string()),
            kind: item.kind,
            status: item.status.value,
            start: date(&item.start),
            due: date(&item.due),
            completed: date(&item.completed),
            every: item.every.as_ref().map(|e| e.value.text.clone()),
            last_done: date(&item.last_done),
            groups: item.groups.to_vec(),
            unit: year.named_unit(item).map(str::to_owned),
            next_due: schedule::next_due(item, period_start),
            days_overdue: schedule::days_overdue(item, as_of, period_start),
            stale: schedule::is_stale(item, as_of, period_start),
            last_activity: schedule::last_activity(item),
            log: item.log.to_vec(),
        }
    }
}

/// `item show`: the item's data, where it is, and the texts of its goals. Its JSON
/// form is documented in README.md ("Keeping the plan current").
#[derive(Debug, Serialize)]
pub struct ItemReport {
    /// The operating year, "2026-27".
    pub year: String,
    /// The day it was computed for.
    pub as_of: NaiveDate,
    /// The file that holds the item.
    pub file: String,
    /// The item.
    #[serde(flatten)]
    pub item: ItemData,
    /// The goals it serves, with the strategy's words for them.
    pub goal_texts: Vec<GoalText>,
}

/// A goal id with the strategy's words for it.
#[derive(Debug, Serialize)]
pub struct GoalText {
    /// The goal id, "2b".
    pub id: String,
    /// The goal's text; empty when the strategy lacks the goal.
    pub text: Text,
}

/// Computes `item show` for an item of `year`.
pub fn compute(
    strategy: &Strategy,
    year: &Year,
    item: &Item,
    file: String,
    as_of: NaiveDate,
) -> ItemReport {
    ItemReport {
        year: year.name.clone(),
        as_of,
        file,
        item: ItemData::of(item, year, as_of),
        goal_texts: item
            .goals
            .iter()
            .map(|g| GoalText {
                id: g.value.to_string(),
                text: strategy
                    .goal(&g.value)
                    .map(|s| s.text.clone())
                    .unwrap_or_default(),
            })
            .collect(),
    }
}

/// One row of `item show`: a field and its value.
fn row(field: String, value: Cell) -> Vec<Cell> {
    vec![Cell::from(field), value]
}

impl ItemReport {
    /// The field rows: every field the item has, in the file's order, with what the
    /// schedule computes after the dates.
    fn rows(&self, lang: Lang) -> Vec<Vec<Cell>> {
        let item = &self.item;
        let mut rows = vec![row(
            t!(lang, "report-field-title"),
            Cell::from(item.title.get(lang)),
        )];
        for goal in &self.goal_texts {
            let text = format!("{}: {}", goal.id, goal.text.get(lang));
            rows.push(row(t!(lang, "report-field-goal"), Cell::from(text)));
        }
        if let Some(owner) = &item.owner {
            rows.push(row(
                t!(lang, "report-field-owner"),
                Cell::from(owner.as_str()),
            ));
        }
        let kind = Cell::from(vocab::kind(item.kind, lang));
        rows.push(row(t!(lang, "report-field-kind"), kind));
        let tone = match item.status {
            Status::Done => Tone::Good,
            Status::Blocked => Tone::Warn,
            _ => Tone::Plain,
        };
        let status = Cell::toned(vocab::status(item.status, lang), tone);
        rows.push(row(t!(lang, "report-field-status"), status));
        rows.extend(self.schedule_rows(lang));
        if !item.groups.is_empty() {
            let groups = Cell::from(vocab::groups(&item.groups, lang));
            rows.push(row(t!(lang, "report-field-groups"), groups));
        }
        if let Some(unit) = &item.unit {
            rows.push(row(
                t!(lang, "report-field-unit"),
                Cell::from(vocab::unit(unit, lang)),
            ));
        }
        if let Some(text) = &item.description {
            let text = Cell::from(text.get(lang));
            rows.push(row(t!(lang, "report-field-description"), text));
        }
        rows.push(row(
            t!(lang, "report-field-file"),
            Cell::from(self.file.as_str()),
        ));
        rows
    }

    /// The rows of dates: as written, then what the schedule makes of them.
    fn schedule_rows(&self, lang: Lang) -> Vec<Vec<Cell>> {
        let item = &self.item;
        let day = |d: NaiveDate| Cell::from(d.to_string());
        let dates = [
            (t!(lang, "report-field-start"), item.start),
            (t!(lang, "report-field-due"), item.due),
            (t!(lang, "report-field-completed"), item.completed),
        ];
        let mut rows: Vec<Vec<Cell>> = dates
            .into_iter()
            .filter_map(|(field, value)| value.map(|d| row(field, day(d))))
            .collect();
        if let Some(every) = item.every.as_deref().and_then(|e| e.parse().ok()) {
            let every = Cell::from(vocab::cadence(&every, lang));
            rows.push(row(t!(lang, "report-field-every"), every));
        }
        if let Some(d) = item.last_done {
            rows.push(row(t!(lang, "report-field-last-done"), day(d)));
        }
        if let Some(d) = item.next_due {
            rows.push(row(t!(lang, "report-field-next-due"), day(d)));
        }
        if let Some(n) = item.days_overdue {
            let late = Cell::toned(days(n, lang), Tone::Bad);
            rows.push(row(t!(lang, "report-field-late"), late));
        }
        if item.stale {
            let text = t!(lang, "report-field-stale-value", n = schedule::STALE_DAYS);
            rows.push(row(
                t!(lang, "report-field-stale"),
                Cell::toned(text, Tone::Warn),
            ));
        }
        rows
    }
}

impl Report for ItemReport {
    fn records(&self) -> Table {
        crate::render::records::table(self, SHAPE)
    }

    fn table(&self, lang: Lang) -> Table {
        let mut notes = vec![if self.item.log.is_empty() {
            t!(lang, "report-log-empty")
        } else {
            t!(lang, "report-log")
        }];
        for entry in &self.item.log {
            notes.push(match &entry.by {
                Some(by) => format!("{}  {by}: {}", entry.date, entry.note),
                None => format!("{}  {}", entry.date, entry.note),
            });
        }
        Table {
            title: Some(t!(
                lang,
                "report-item-title",
                id = self.item.id.as_str(),
                year = crate::model::year_label(&self.year),
                date = self.as_of
            )),
            headers: vec![t!(lang, "report-col-field"), t!(lang, "report-col-value")],
            numeric: vec![false, false],
            long: vec![false, true],
            rows: self.rows(lang),
            notes,
            empty: String::new(),
            optional: Vec::new(),
        }
    }
}
