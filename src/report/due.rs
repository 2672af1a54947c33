//! `overdue` and `upcoming`: items by their next due date, the one list the board
//! acts on each week. Projects use `due`; ongoing work its cadence.

use chrono::NaiveDate;
use serde::Serialize;

use super::Scope;
use crate::i18n::Lang;
use crate::model::{Item, Kind, Status};
use crate::render::{Cell, Report, Table, Tone};
use crate::t;

/// One item with its next due date.
#[derive(Debug, Serialize)]
pub struct DueRow {
    /// The item id.
    pub id: String,
    /// The title in the run's language.
    pub title: String,
    /// The goals it serves.
    pub goals: Vec<String>,
    /// The post that owns it.
    pub owner: Option<String>,
    /// Its next due date.
    pub due: NaiveDate,
    /// Project or ongoing.
    pub kind: Kind,
    /// Its status.
    pub status: Status,
    /// For `overdue`: days past due; for `upcoming`: negative days until due.
    #[serde(skip)]
    offset: i64,
}

fn row(item: &Item, due: NaiveDate, as_of: NaiveDate, lang: Lang) -> DueRow {
    DueRow {
        id: item.id.value.to_string(),
        title: item.title.get(lang).to_owned(),
        goals: item.goals.iter().map(|g| g.value.to_string()).collect(),
        owner: item.owner.as_ref().map(|o| o.value.to_string()),
        due,
        kind: item.kind,
        status: item.status.value,
        offset: (as_of - due).num_days(),
    }
}

/// Items past due, the latest first (most days late at the top).
#[derive(Debug)]
pub struct Overdue {
    /// The rows.
    pub rows: Vec<DueRow>,
    heading: String,
    as_of: NaiveDate,
}

/// Items due from today up to a number of days ahead, soonest first.
#[derive(Debug)]
pub struct Upcoming {
    /// The rows.
    pub rows: Vec<DueRow>,
    /// The window in days.
    pub within: u32,
    heading: String,
}

/// The open items of the scope with their next due date.
fn dated<'a>(scope: &'a Scope<'_>) -> impl Iterator<Item = (&'a Item, NaiveDate)> + 'a {
    scope
        .items()
        .filter_map(move |i| scope.next_due(i).map(|d| (i, d)))
}

/// Computes `overdue`: the items [`crate::schedule::days_overdue`] calls late.
pub fn overdue(scope: &Scope<'_>) -> Overdue {
    let mut rows: Vec<DueRow> = dated(scope)
        .filter(|(i, _)| scope.days_overdue(i).is_some())
        .map(|(i, due)| row(i, due, scope.as_of, scope.lang))
        .collect();
    rows.sort_by(|a, b| b.offset.cmp(&a.offset).then_with(|| a.id.cmp(&b.id)));
    Overdue {
        rows,
        heading: scope.heading(&t!(scope.lang, "report-overdue-title")),
        as_of: scope.as_of,
    }
}

/// Computes `upcoming` for the next `within` days, today included.
pub fn upcoming(scope: &Scope<'_>, within: u32) -> Upcoming {
    // A window past the calendar's end reaches to its end.
    let last = scope
        .as_of
        .checked_add_days(chrono::Days::new(within.into()))
        .unwrap_or(NaiveDate::MAX);
    let mut rows: Vec<DueRow> = dated(scope)
        .filter(|(_, due)| scope.as_of <= *due && *due <= last)
        .map(|(i, due)| row(i, due, scope.as_of, scope.lang))
        .collect();
    rows.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
    Upcoming {
        rows,
        within,
        heading: scope.heading(&t!(scope.lang, "report-upcoming-title", n = within)),
    }
}

#[derive(Serialize)]
struct OverdueJson<'a> {
    #[serde(flatten)]
    row: &'a DueRow,
    days_overdue: i64,
}

#[derive(Serialize)]
struct UpcomingJson<'a> {
    #[serde(flatten)]
    row: &'a DueRow,
    days_left: i64,
}

impl Serialize for Overdue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.rows.iter().map(|row| OverdueJson {
            row,
            days_overdue: row.offset,
        }))
    }
}

impl Serialize for Upcoming {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.rows.iter().map(|row| UpcomingJson {
            row,
            days_left: -row.offset,
        }))
    }
}

fn headers(lang: Lang, last: String) -> Vec<String> {
    vec![
        t!(lang, "report-col-id"),
        t!(lang, "report-col-item"),
        t!(lang, "report-col-goals"),
        t!(lang, "report-col-owner"),
        t!(lang, "report-col-due"),
        last,
    ]
}

fn cells(row: &DueRow, last: Cell) -> Vec<Cell> {
    vec![
        Cell::from(row.id.as_str()),
        Cell::from(row.title.as_str()),
        Cell::from(row.goals.join(", ")),
        Cell::from(row.owner.clone().unwrap_or_default()),
        Cell::from(row.due.to_string()),
        last,
    ]
}

impl Report for Overdue {
    fn table(&self, lang: Lang) -> Table {
        Table {
            title: Some(self.heading.clone()),
            headers: headers(lang, t!(lang, "report-col-days-late")),
            numeric: vec![false, false, false, false, false, true],
            long: vec![false, true, false, false, false, false],
            rows: self
                .rows
                .iter()
                .map(|r| cells(r, Cell::toned(r.offset.to_string(), Tone::Bad)))
                .collect(),
            notes: Vec::new(),
            empty: t!(lang, "report-overdue-none", date = self.as_of),
            optional: Vec::new(),
        }
    }
}

impl Report for Upcoming {
    fn table(&self, lang: Lang) -> Table {
        Table {
            title: Some(self.heading.clone()),
            headers: headers(lang, t!(lang, "report-col-days-left")),
            numeric: vec![false, false, false, false, false, true],
            long: vec![false, true, false, false, false, false],
            rows: self
                .rows
                .iter()
                .map(|r| {
                    let tone = if r.offset == 0 {
                        Tone::Warn
                    } else {
                        Tone::Plain
                    };
                    cells(r, Cell::toned((-r.offset).to_string(), tone))
                })
                .collect(),
            notes: Vec::new(),
            empty: t!(lang, "report-upcoming-none", n = self.within),
            optional: Vec::new(),
        }
    }
}
