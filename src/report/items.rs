//! `items`: the list every tracker starts from (Taskwarrior's `task list`, hledger's
//! `register`): the year's items, one row each, narrowed by filters that all hold at
//! once and sorted. Each filter asks the rule that `status`, `overdue` and `check`
//! ask ([`crate::schedule::days_overdue`], [`crate::schedule::is_stale`], [`Item::serves`], ...), so
//! the list and the reports always agree on which item is late or stale.

use std::cmp::Ordering;

use chrono::NaiveDate;
use serde::Serialize;

use super::item::ItemData;
use super::{Scope, same_name};
use crate::i18n::Lang;
use crate::model::{Group, Item, Kind, Status};
use crate::render::{Cell, Report, Table, Tone};
use crate::t;
use crate::vocab;

/// What the list keeps. Within a filter given several times any value may match
/// (`--goal 2a --goal 2b`); different filters must all hold.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Goal ids, as the strategy writes them.
    pub goals: Vec<String>,
    /// Owning posts; case and surrounding spaces do not matter.
    pub owners: Vec<String>,
    /// Statuses; when empty, done and dropped items are left out unless `all`.
    pub statuses: Vec<Status>,
    /// Keep done and dropped items too.
    pub all: bool,
    /// Project or ongoing work.
    pub kind: Option<Kind>,
    /// Units; case does not matter.
    pub units: Vec<String>,
    /// Student groups the item is aimed at.
    pub groups: Vec<Group>,
    /// Only items late on the day.
    pub overdue: bool,
    /// Only items without signs of life.
    pub stale: bool,
    /// Only items next due before this day.
    pub due_before: Option<NaiveDate>,
    /// Only items next due after this day.
    pub due_after: Option<NaiveDate>,
    /// Text to find in titles, descriptions and log notes, in either language.
    pub grep: Option<String>,
}

impl Filter {
    /// Whether an item passes every filter on the scope's day.
    pub fn keeps(&self, item: &Item, scope: &Scope<'_>) -> bool {
        let next = scope.next_due(item);
        self.keeps_status(item)
            && any_or_none(&self.goals, |g| item.serves(g))
            && any_or_none(&self.owners, |o| {
                item.owner().is_some_and(|p| same_name(o, p))
            })
            && self.kind.is_none_or(|k| item.kind == k)
            && any_or_none(&self.units, |u| same_name(u, scope.year.unit_of(item)))
            && any_or_none(&self.groups, |g| item.groups.contains(g))
            && (!self.overdue || scope.days_overdue(item).is_some())
            && (!self.stale || scope.is_stale(item))
            && self.due_before.is_none_or(|d| next.is_some_and(|n| n < d))
            && self.due_after.is_none_or(|d| next.is_some_and(|n| n > d))
            && self.grep.as_deref().is_none_or(|text| mentions(item, text))
    }

    fn keeps_status(&self, item: &Item) -> bool {
        if self.statuses.is_empty() {
            self.all || item.is_open()
        } else {
            self.statuses.contains(&item.status.value)
        }
    }

    /// The filters in words, for the footer and the empty-list line.
    pub fn describe(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        let list = |words: Vec<String>| words.join(", ");
        if !self.goals.is_empty() {
            out.push(t!(lang, "items-filter-goal", goals = self.goals.join(", ")));
        }
        if !self.owners.is_empty() {
            out.push(t!(
                lang,
                "items-filter-owner",
                owners = self.owners.join(", ")
            ));
        }
        if !self.statuses.is_empty() {
            let words = self.statuses.iter().map(|s| vocab::status(*s, lang));
            out.push(t!(
                lang,
                "items-filter-status",
                statuses = list(words.collect())
            ));
        } else if !self.all {
            out.push(t!(lang, "items-filter-open"));
        }
        if let Some(kind) = self.kind {
            out.push(t!(
                lang,
                "items-filter-kind",
                kind = vocab::kind(kind, lang)
            ));
        }
        if !self.units.is_empty() {
            out.push(t!(lang, "items-filter-unit", units = self.units.join(", ")));
        }
        if !self.groups.is_empty() {
            out.push(t!(
                lang,
                "items-filter-group",
                groups = vocab::groups(&self.groups, lang)
            ));
        }
        if self.overdue {
            out.push(t!(lang, "items-filter-overdue"));
        }
        if self.stale {
            out.push(t!(lang, "items-filter-stale"));
        }
        if let Some(day) = self.due_before {
            out.push(t!(lang, "items-filter-due-before", date = day));
        }
        if let Some(day) = self.due_after {
            out.push(t!(lang, "items-filter-due-after", date = day));
        }
        if let Some(text) = &self.grep {
            out.push(t!(lang, "items-filter-grep", text = text.as_str()));
        }
        out
    }
}

/// True when `wanted` is empty or any of it matches.
fn any_or_none<T>(wanted: &[T], matches: impl Fn(&T) -> bool) -> bool {
    wanted.is_empty() || wanted.iter().any(matches)
}

/// Whether the item's titles, descriptions or log notes, in either language, hold
/// `text`, ignoring case but not accents ("FÖRÄNDRING" finds "förändring",
/// "forandring" does not).
pub fn mentions(item: &Item, text: &str) -> bool {
    let needle = text.to_lowercase();
    let found = |hay: &str| hay.to_lowercase().contains(&needle);
    let texts = [Some(&item.title), item.description.as_ref()];
    texts
        .into_iter()
        .flatten()
        .flat_map(|t| [t.sv(), t.en(), t.plain()])
        .flatten()
        .any(&found)
        || item.log.iter().any(|e| found(&e.note))
}

/// The order of the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Next due date, then id; items without a date last.
    #[default]
    Due,
    /// Id, numbers in ids compared as numbers (2b-9 before 2b-10).
    Id,
    /// Owning post, then due date.
    Owner,
    /// First goal in the strategy's order, then due date.
    Goal,
    /// Last sign of life, oldest first (the neglected ones on top); none last.
    LastActivity,
}

/// The year's items that pass the filter, in order, with what the footer needs.
#[derive(Debug)]
pub struct ItemList {
    /// The items, in order.
    pub items: Vec<ItemData>,
    /// Items in the year, before filtering.
    pub total: usize,
    /// The filters in words.
    filters: Vec<String>,
    heading: String,
    year_label: String,
    as_of: NaiveDate,
}

/// JSON is an array of items in the one item shape of `item show` and `export`.
impl Serialize for ItemList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(&self.items)
    }
}

/// Computes the list.
pub fn compute(scope: &Scope<'_>, filter: &Filter, sort: Sort, reverse: bool) -> ItemList {
    let goal_rank = |item: &ItemData| {
        let first = item.goals.first();
        let position = scope
            .strategy
            .goals()
            .position(|g| Some(&g.id.value) == first);
        position.unwrap_or(usize::MAX)
    };
    let mut items: Vec<ItemData> = scope
        .year
        .items
        .iter()
        .filter(|i| filter.keeps(i, scope))
        .map(|i| ItemData::of(i, scope.year, scope.as_of))
        .collect();
    items.sort_by(|a, b| {
        let primary = match sort {
            Sort::Due => last_if_none(a.next_due, b.next_due, reverse),
            Sort::Id => directed(natural(&a.id, &b.id), reverse),
            Sort::Owner => last_if_none(owner_key(a), owner_key(b), reverse),
            Sort::Goal => directed(goal_rank(a).cmp(&goal_rank(b)), reverse),
            Sort::LastActivity => last_if_none(a.last_activity, b.last_activity, reverse),
        };
        primary
            .then_with(|| last_if_none(a.next_due, b.next_due, false))
            .then_with(|| natural(&a.id, &b.id))
    });
    ItemList {
        total: scope.year.items.len(),
        filters: filter.describe(scope.lang),
        heading: scope.heading(&t!(scope.lang, "items-title")),
        year_label: scope.year.label(),
        as_of: scope.as_of,
        items,
    }
}

fn owner_key(item: &ItemData) -> Option<String> {
    item.owner.as_ref().map(|o| o.to_lowercase())
}

/// Ascending, or descending with `reverse`; a missing value after every value
/// either way (an item without a date is never "the latest").
fn last_if_none<T: Ord>(a: Option<T>, b: Option<T>, reverse: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => directed(a.cmp(&b), reverse),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn directed(order: Ordering, reverse: bool) -> Ordering {
    if reverse { order.reverse() } else { order }
}

/// Compares ids with their runs of digits as numbers: "2b-9" before "2b-10".
pub fn natural(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.chars().next(), b.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let (na, ra) = split_digits(a);
                let (nb, rb) = split_digits(b);
                let by_value = na
                    .trim_start_matches('0')
                    .len()
                    .cmp(&nb.trim_start_matches('0').len())
                    .then_with(|| na.trim_start_matches('0').cmp(nb.trim_start_matches('0')))
                    .then_with(|| na.len().cmp(&nb.len()));
                if by_value != Ordering::Equal {
                    return by_value;
                }
                (a, b) = (ra, rb);
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(&y);
                }
                (a, b) = (&a[x.len_utf8()..], &b[y.len_utf8()..]);
            }
        }
    }
}

fn split_digits(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    s.split_at(end)
}

/// "3 days late", "5 days left", "due today": where an open item stands against its
/// next due date.
fn standing(item: &ItemData, as_of: NaiveDate, lang: Lang) -> Cell {
    let Some(due) = item.next_due else {
        return Cell::default();
    };
    match item.days_overdue {
        Some(n) => Cell::toned(t!(lang, "items-days-late", n = n), Tone::Bad),
        None => match (due - as_of).num_days() {
            0 => Cell::toned(t!(lang, "items-due-today"), Tone::Warn),
            n => Cell::from(t!(lang, "items-days-left", n = n)),
        },
    }
}

impl Report for ItemList {
    fn records(&self) -> Table {
        crate::render::records::table(self, super::item::SHAPE)
    }

    fn table(&self, lang: Lang) -> Table {
        Table {
            title: Some(self.heading.clone()),
            headers: headers(lang),
            numeric: vec![false; 10],
            long: (0..10).map(|i| i == 1).collect(),
            rows: self
                .items
                .iter()
                .map(|i| row(i, self.as_of, lang))
                .collect(),
            notes: self.notes(lang),
            empty: self.empty(lang),
            // A narrow terminal leaves out the last sign of life, the unit, the kind,
            // days late or left and the goals, in that order, before the title.
            optional: vec![9, 8, 4, 7, 2],
        }
    }
}

impl ItemList {
    /// The count under a list that has rows, with the filters that narrowed it, so
    /// a reader knows that the list is not the whole year.
    fn notes(&self, lang: Lang) -> Vec<String> {
        let filters = self.filters.join("; ");
        let shown = t!(
            lang,
            "items-shown",
            shown = self.items.len(),
            total = self.total
        );
        if self.items.is_empty() {
            Vec::new()
        } else if filters.is_empty() {
            vec![shown]
        } else {
            vec![t!(
                lang,
                "items-shown-filtered",
                shown = shown,
                filters = filters.as_str()
            )]
        }
    }

    /// What an empty list says: a year without items, or the filters that matched
    /// nothing, so a reader can tell which of the two to fix.
    fn empty(&self, lang: Lang) -> String {
        if self.filters.is_empty() {
            t!(lang, "items-none", year = self.year_label.as_str())
        } else {
            t!(
                lang,
                "items-none-match",
                year = self.year_label.as_str(),
                filters = self.filters.join("; ").as_str()
            )
        }
    }
}

/// The column headings, in the order of [`row`]'s cells.
fn headers(lang: Lang) -> Vec<String> {
    vec![
        t!(lang, "items-col-id"),
        t!(lang, "items-col-title"),
        t!(lang, "items-col-goals"),
        t!(lang, "items-col-owner"),
        t!(lang, "items-col-kind"),
        t!(lang, "items-col-status"),
        t!(lang, "items-col-next"),
        t!(lang, "items-col-standing"),
        t!(lang, "items-col-unit"),
        t!(lang, "items-col-activity"),
    ]
}

/// One item's row, in the order of [`headers`]; a missing date is an empty cell.
fn row(i: &ItemData, as_of: NaiveDate, lang: Lang) -> Vec<Cell> {
    let date = |d: Option<NaiveDate>| Cell::from(d.map(|d| d.to_string()).unwrap_or_default());
    vec![
        Cell::from(i.id.as_str()),
        Cell::from(i.title.get(lang)),
        Cell::from(i.goals.join(", ")),
        Cell::from(i.owner.clone().unwrap_or_default()),
        Cell::from(vocab::kind(i.kind, lang)),
        Cell::from(vocab::status(i.status, lang)),
        date(i.next_due),
        standing(i, as_of, lang),
        Cell::from(
            i.unit
                .as_deref()
                .map_or_else(String::new, |u| vocab::unit(u, lang)),
        ),
        date(i.last_activity),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_with_their_numbers_as_numbers() {
        let mut ids = vec!["2b-10", "2b-9", "1a-2", "2b-1", "10a-1", "2a-01", "2a-1"];
        ids.sort_by(|a, b| natural(a, b));
        assert_eq!(
            ids,
            ["1a-2", "2a-1", "2a-01", "2b-1", "2b-9", "2b-10", "10a-1"]
        );
    }

    #[test]
    fn missing_dates_sort_last_both_ways() {
        let d = |s: &str| Some(s.parse::<NaiveDate>().unwrap());
        assert_eq!(last_if_none(d("2026-01-01"), None, false), Ordering::Less);
        assert_eq!(last_if_none(d("2026-01-01"), None, true), Ordering::Less);
        assert_eq!(
            last_if_none(d("2026-01-01"), d("2026-02-01"), true),
            Ordering::Greater
        );
    }
}
