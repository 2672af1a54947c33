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
use crate::tr;

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
    /// The item's data on `as_of`; `period_start` is the base of ongoing work never done.
    pub fn of(item: &Item, as_of: NaiveDate, period_start: Option<NaiveDate>) -> Self {
        let date = |d: &Option<crate::model::Spanned<NaiveDate>>| d.as_ref().map(|d| d.value);
        ItemData {
            id: item.id.value.clone(),
            title: item.title.clone(),
            description: item.description.clone(),
            goals: item.goals.iter().map(|g| g.value.clone()).collect(),
            owner: item.owner.as_ref().map(|o| o.value.clone()),
            kind: item.kind,
            status: item.status.value,
            start: date(&item.start),
            due: date(&item.due),
            completed: date(&item.completed),
            every: item.every.as_ref().map(|e| e.value.text.clone()),
            last_done: date(&item.last_done),
            groups: item.groups.clone(),
            unit: item.unit.as_ref().map(|u| u.value.clone()),
            next_due: item
                .status
                .is_open()
                .then(|| schedule::next_due(item, period_start))
                .flatten(),
            days_overdue: schedule::days_overdue(item, as_of, period_start),
            stale: schedule::is_stale(item, as_of),
            last_activity: schedule::last_activity(item),
            log: item.log.clone(),
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
    let start = year.header.period.as_ref().map(|p| p.value.start);
    ItemReport {
        year: year.name.clone(),
        as_of,
        file,
        item: ItemData::of(item, as_of, start),
        goal_texts: item
            .goals
            .iter()
            .map(|g| GoalText {
                id: g.value.clone(),
                text: strategy
                    .goal(&g.value)
                    .map(|s| s.text.clone())
                    .unwrap_or_default(),
            })
            .collect(),
    }
}

/// A status in the run's language.
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Planned => lang.pick("planned", "planerad"),
        Status::Active => lang.pick("active", "pågår"),
        Status::Blocked => lang.pick("blocked", "blockerad"),
        Status::Done => lang.pick("done", "klar"),
        Status::Dropped => lang.pick("dropped", "struken"),
    }
}

fn kind_word(kind: Kind, lang: Lang) -> &'static str {
    match kind {
        Kind::Project => lang.pick("project", "projekt"),
        Kind::Ongoing => lang.pick("ongoing", "löpande"),
    }
}

impl Report for ItemReport {
    fn table(&self, lang: Lang) -> Table {
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        let mut row = |field: &str, value: Cell| rows.push(vec![Cell::from(field), value]);
        let day = |d: NaiveDate| Cell::from(d.to_string());
        row(
            lang.pick("Title", "Titel"),
            Cell::from(self.item.title.get(lang)),
        );
        for goal in &self.goal_texts {
            row(
                lang.pick("Goal", "Mål"),
                Cell::from(format!("{}: {}", goal.id, goal.text.get(lang))),
            );
        }
        if let Some(owner) = &self.item.owner {
            row(lang.pick("Owner", "Ansvarig"), Cell::from(owner.as_str()));
        }
        row(
            lang.pick("Kind", "Typ"),
            Cell::from(kind_word(self.item.kind, lang)),
        );
        let tone = match self.item.status {
            Status::Done => Tone::Good,
            Status::Blocked => Tone::Warn,
            _ => Tone::Plain,
        };
        row(
            lang.pick("Status", "Status"),
            Cell::toned(status_word(self.item.status, lang), tone),
        );
        let dates = [
            (lang.pick("Start", "Start"), self.item.start),
            (lang.pick("Due", "Deadline"), self.item.due),
            (lang.pick("Completed", "Klar"), self.item.completed),
        ];
        for (field, value) in dates {
            if let Some(d) = value {
                row(field, day(d));
            }
        }
        if let Some(every) = &self.item.every {
            row(lang.pick("Every", "Intervall"), Cell::from(every.as_str()));
        }
        if let Some(d) = self.item.last_done {
            row(lang.pick("Last done", "Senast gjord"), day(d));
        }
        if let Some(d) = self.item.next_due {
            row(lang.pick("Next due", "Nästa deadline"), day(d));
        }
        if let Some(n) = self.item.days_overdue {
            row(
                lang.pick("Late", "Försenad"),
                Cell::toned(days(n, lang), Tone::Bad),
            );
        }
        if self.item.stale {
            row(
                lang.pick("Stale", "Inaktuell"),
                Cell::toned(
                    lang.pick("no news for over 30 days", "inget nytt på över 30 dagar"),
                    Tone::Warn,
                ),
            );
        }
        if !self.item.groups.is_empty() {
            let groups: Vec<&str> = self.item.groups.iter().map(|g| g.as_str()).collect();
            row(
                lang.pick("Groups", "Grupper"),
                Cell::from(groups.join(", ")),
            );
        }
        if let Some(unit) = &self.item.unit {
            row(lang.pick("Unit", "Enhet"), Cell::from(unit.as_str()));
        }
        if let Some(text) = &self.item.description {
            row(
                lang.pick("Description", "Beskrivning"),
                Cell::from(text.get(lang)),
            );
        }
        row(lang.pick("File", "Fil"), Cell::from(self.file.as_str()));
        let mut notes = vec![if self.item.log.is_empty() {
            lang.pick("Log: no entries.", "Logg: inga poster.")
                .to_owned()
        } else {
            lang.pick("Log:", "Logg:").to_owned()
        }];
        for entry in &self.item.log {
            notes.push(match &entry.by {
                Some(by) => format!("{}  {by}: {}", entry.date, entry.note),
                None => format!("{}  {}", entry.date, entry.note),
            });
        }
        Table {
            title: Some(tr!(
                lang,
                "Item {}: action plan {}, as of {}",
                "Aktivitet {}: handlingsplan {}, per {}",
                self.item.id,
                crate::model::year_label(&self.year),
                self.as_of
            )),
            headers: vec![
                lang.pick("Field", "Fält").to_owned(),
                lang.pick("Value", "Värde").to_owned(),
            ],
            numeric: vec![false, false],
            long: vec![false, false],
            rows,
            notes,
            empty: String::new(),
        }
    }
}
