//! `export`: the whole year as data for other tools. The JSON form is this struct as
//! serialised (shape in README.md); the CSV form is its table, one row per item;
//! the iCalendar and HTML renderers read it too.

use chrono::NaiveDate;
use serde::Serialize;

use super::item::ItemData;
use super::{Filter, Scope};
use crate::i18n::Lang;
use crate::model::{Text, year_label};
use crate::render::ics::{Calendar, CalendarEvent};
use crate::render::{Cell, Report, Table};
use crate::schedule::Cadence;
use crate::{t, vocab};

/// The year's plan, whole.
#[derive(Debug, Serialize)]
pub struct Export {
    /// The operating year, "2026-27".
    pub year: String,
    /// The day the derived fields (`next_due`, `days_overdue`, `stale`) were computed for.
    pub as_of: NaiveDate,
    /// The `--owner` and `--goal` filters the goals and items were chosen by.
    pub filter: Filter,
    /// `[plan]`.
    pub plan: Header,
    /// Every strategy goal with its owner this year.
    pub goals: Vec<GoalOut>,
    /// Every item of every file of the year.
    pub items: Vec<ItemData>,
}

/// `[plan]` as data.
#[derive(Debug, Serialize)]
pub struct Header {
    /// First day of the operating year.
    pub start: Option<NaiveDate>,
    /// Last day.
    pub end: Option<NaiveDate>,
    /// The plan lead.
    pub lead: Option<String>,
    /// The board's last review.
    pub reviewed: Option<NaiveDate>,
    /// The roster of posts, when declared.
    pub owners: Option<Vec<String>>,
}

/// A strategy goal with its owner.
#[derive(Debug, Serialize)]
pub struct GoalOut {
    /// The goal id.
    pub id: String,
    /// The area id.
    pub area: String,
    /// The goal's text.
    pub text: Text,
    /// The accountable posts as one text, "A, B" (null when none).
    pub owner: Option<String>,
    /// The accountable posts, in the plan's order.
    pub owners: Vec<String>,
    /// The plan's remark on the goal.
    pub note: Option<String>,
}

fn date<T: Copy>(d: &Option<crate::model::Spanned<T>>) -> Option<T> {
    d.as_ref().map(|s| s.value)
}

/// Gathers the year, or with `--owner`/`--goal` the goals and items of the scope
/// ([`Scope::goals`], [`Scope::items`]).
pub fn compute(scope: &Scope<'_>) -> Export {
    let year = scope.year;
    let header = &year.header;
    Export {
        year: year.name.clone(),
        as_of: scope.as_of,
        filter: scope.filter(),
        plan: Header {
            start: header.period.as_ref().map(|p| p.value.start),
            end: header.period.as_ref().map(|p| p.value.end),
            lead: header.lead.as_ref().map(|l| l.value.clone()),
            reviewed: date(&header.reviewed),
            owners: header
                .owners
                .as_ref()
                .map(|o| o.iter().map(|s| s.value.clone()).collect()),
        },
        goals: scope
            .goals()
            .map(|g| {
                let own = year.goal_owner(&g.id.value);
                GoalOut {
                    id: g.id.value.clone(),
                    area: g.area.clone(),
                    text: g.text.clone(),
                    owner: year.goal_owner_text(&g.id.value),
                    owners: year
                        .goal_owners(&g.id.value)
                        .into_iter()
                        .map(str::to_owned)
                        .collect(),
                    note: own.and_then(|o| o.note.clone()),
                }
            })
            .collect(),
        items: scope
            .items()
            .map(|i| ItemData::of(i, year, scope.as_of))
            .collect(),
    }
}

fn opt(d: Option<NaiveDate>) -> Cell {
    Cell::from(d.map(|d| d.to_string()).unwrap_or_default())
}

impl Report for Export {
    fn records(&self) -> Table {
        crate::render::records::table(&self.items, super::item::SHAPE)
    }

    fn table(&self, lang: Lang) -> Table {
        let rows = self.items.iter().map(|i| row(i, lang)).collect();
        Table {
            title: Some(t!(
                lang,
                "report-export-table-title",
                year = crate::model::year_label(&self.year)
            )),
            headers: vec![
                t!(lang, "report-col-id"),
                t!(lang, "report-col-item"),
                t!(lang, "report-col-goals"),
                t!(lang, "report-col-owner"),
                t!(lang, "report-field-kind"),
                t!(lang, "report-field-status"),
                t!(lang, "report-field-start"),
                t!(lang, "report-field-due"),
                t!(lang, "report-field-completed"),
                t!(lang, "report-field-every"),
                t!(lang, "report-field-last-done"),
                t!(lang, "report-field-next-due"),
                t!(lang, "report-field-groups"),
                t!(lang, "report-field-unit"),
                t!(lang, "report-col-notes"),
            ],
            numeric: (0..15).map(|i| i == 14).collect(),
            long: (0..15).map(|i| i == 1).collect(),
            rows,
            notes: Vec::new(),
            empty: t!(lang, "report-export-empty"),
            optional: Vec::new(),
        }
    }
}

/// One item as a person reads it in `lang`: the status, kind, cadence and groups in
/// words, the notes counted.
fn row(i: &ItemData, lang: Lang) -> Vec<Cell> {
    let every = i.every.as_ref().map(|e| {
        e.parse::<Cadence>()
            .map_or_else(|()| e.clone(), |c| vocab::cadence(&c, lang))
    });
    vec![
        Cell::from(i.id.as_str()),
        Cell::from(i.title.get(lang)),
        Cell::from(i.goals.join(", ")),
        Cell::from(i.owner.clone().unwrap_or_default()),
        Cell::from(vocab::kind(i.kind, lang)),
        Cell::from(vocab::status(i.status, lang)),
        opt(i.start),
        opt(i.due),
        opt(i.completed),
        Cell::from(every.unwrap_or_default()),
        opt(i.last_done),
        opt(i.next_due),
        Cell::from(vocab::groups(&i.groups, lang)),
        Cell::from(
            i.unit
                .as_deref()
                .map_or_else(String::new, |u| vocab::unit(u, lang)),
        ),
        Cell::from(i.log.len().to_string()),
    ]
}

/// The UID of an item's event: the year and the item id, stable across exports of
/// the same year, so importing a newer file updates the events instead of adding
/// copies.
pub fn event_uid(year: &str, item: &str) -> String {
    format!("{year}-{item}@intplan")
}

impl Export {
    /// The year as a calendar: one all-day event per open item on its next due date,
    /// summarised "[2b] Translate the statutes (Vice kårordförande)".
    pub fn calendar(&self, lang: Lang) -> Calendar {
        let events = self
            .items
            .iter()
            .filter_map(|item| {
                Some(CalendarEvent {
                    uid: event_uid(&self.year, &item.id),
                    summary: event_summary(item, lang),
                    description: event_description(item, lang),
                    day: item.next_due?,
                })
            })
            .collect();
        Calendar {
            name: t!(lang, "output-ics-calendar", year = year_label(&self.year)),
            stamp: self.as_of,
            events,
        }
    }
}

fn event_summary(item: &ItemData, lang: Lang) -> String {
    let title = item.title.get(lang);
    match &item.owner {
        Some(owner) => format!("[{}] {title} ({owner})", item.goals.join(", ")),
        None => format!("[{}] {title}", item.goals.join(", ")),
    }
}

fn event_description(item: &ItemData, lang: Lang) -> String {
    let status = vocab::status(item.status, lang);
    let mut description = match &item.every {
        Some(every) => t!(
            lang,
            "output-ics-ongoing",
            id = &item.id,
            every = every
                .parse::<Cadence>()
                .map_or_else(|()| every.clone(), |c| vocab::cadence(&c, lang)),
            status = status
        ),
        None => t!(lang, "output-ics-project", id = &item.id, status = status),
    };
    if let Some(more) = &item.description {
        description.push('\n');
        description.push_str(more.get(lang));
    }
    description
}
