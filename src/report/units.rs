//! `status --by unit`: goals against the union's units. The strategy wants the work
//! to run through all of the union's units ("genomsyra kårens alla enheter"),
//! centrally and locally: this shows which unit carries which item of each goal,
//! names the units of the roster that carry none as a finding, and sets the central
//! items against the local ones.

use chrono::NaiveDate;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::Scope;
use crate::i18n::Lang;
use crate::model::{CENTRAL, Item};
use crate::render::{Cell, Report, Table, Tone};
use crate::{t, vocab};

/// Goals against units for one year.
#[derive(Debug, serde::Serialize)]
pub struct UnitsReport {
    /// The operating year.
    pub year: String,
    /// The day it was computed for.
    pub as_of: NaiveDate,
    /// Every unit that carries a live item: the roster's order, then the units only
    /// items name ("central" first, then by name).
    pub units: Vec<UnitRow>,
    /// Units of the `[plan] units` roster that carry no live item: a finding.
    pub units_without_items: Vec<String>,
    /// Central against local items.
    pub totals: UnitTotals,
    #[serde(skip)]
    heading: String,
    #[serde(skip)]
    goals: Vec<String>,
    #[serde(skip)]
    roster: bool,
}

/// One unit's items.
#[derive(Debug, serde::Serialize)]
pub struct UnitRow {
    /// The unit's name.
    pub unit: String,
    /// Its items, other than dropped ones.
    pub items: usize,
    /// Per goal shown, in the strategy's order, the ids of its items serving it.
    pub goals: GoalItems,
}

/// Item ids per goal id, written as a JSON object in the strategy's goal order.
#[derive(Debug, Default)]
pub struct GoalItems(pub Vec<(String, Vec<String>)>);

impl Serialize for GoalItems {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (goal, items) in &self.0 {
            map.serialize_entry(goal, items)?;
        }
        map.end()
    }
}

/// Live items of the central unit against those of all other units.
#[derive(Debug, Default, serde::Serialize)]
pub struct UnitTotals {
    /// Items of "central".
    pub central: usize,
    /// Items of every other unit.
    pub local: usize,
    /// How many units other than "central" carry an item.
    pub local_units: usize,
}

/// Computes the matrix over the items in scope, dropped items left out.
pub fn compute(scope: &Scope<'_>) -> UnitsReport {
    let year = scope.year;
    let live: Vec<(&Item, &str)> = scope
        .items()
        .filter(|i| i.is_live())
        .map(|i| (i, year.unit_of(i)))
        .collect();
    let goals: Vec<String> = scope
        .strategy
        .goals()
        .map(|g| g.id.value.clone())
        .filter(|id| scope.shows_goal(id))
        .collect();
    let roster: Vec<&str> = year.header.roster_units().collect();
    let mut extra: Vec<&str> = live
        .iter()
        .map(|(_, u)| *u)
        .filter(|u| !roster.contains(u))
        .collect();
    extra.sort_by_key(|u| (!u.eq_ignore_ascii_case(CENTRAL), *u));
    extra.dedup();
    let mut units = Vec::new();
    let mut without = Vec::new();
    let mut totals = UnitTotals::default();
    for name in roster.iter().chain(&extra) {
        let mine: Vec<&Item> = live
            .iter()
            .filter(|(_, u)| u == name)
            .map(|(i, _)| *i)
            .collect();
        if mine.is_empty() {
            without.push((*name).to_owned());
            continue;
        }
        if name.eq_ignore_ascii_case(CENTRAL) {
            totals.central += mine.len();
        } else {
            totals.local += mine.len();
            totals.local_units += 1;
        }
        units.push(row(name, &mine, &goals));
    }
    UnitsReport {
        year: year.name.clone(),
        as_of: scope.as_of,
        units,
        units_without_items: without,
        totals,
        heading: scope.heading(&t!(scope.lang, "units-heading")),
        goals,
        roster: !roster.is_empty(),
    }
}

fn row(name: &str, items: &[&Item], goals: &[String]) -> UnitRow {
    let per_goal = goals
        .iter()
        .map(|g| {
            let ids = items
                .iter()
                .filter(|i| i.serves(g))
                .map(|i| i.id.value.to_string())
                .collect();
            (g.clone(), ids)
        })
        .collect();
    UnitRow {
        unit: name.to_owned(),
        items: items.len(),
        goals: GoalItems(per_goal),
    }
}

impl Report for UnitsReport {
    fn records(&self) -> Table {
        crate::render::records::table(&self.units, Default::default())
    }

    fn table(&self, lang: Lang) -> Table {
        let mut headers = vec![t!(lang, "units-col-unit"), t!(lang, "units-col-items")];
        headers.extend(self.goals.iter().cloned());
        let rows = self
            .units
            .iter()
            .map(|u| {
                let mut cells = vec![
                    Cell::from(vocab::unit(&u.unit, lang)),
                    Cell::from(u.items.to_string()),
                ];
                cells.extend(u.goals.0.iter().map(|(_, ids)| {
                    if ids.is_empty() {
                        Cell::from("—")
                    } else {
                        Cell::toned(ids.join(", "), Tone::Good)
                    }
                }));
                cells
            })
            .collect();
        let t = &self.totals;
        let mut notes = vec![t!(
            lang,
            "units-totals",
            central = t.central,
            local = t.local,
            units = t.local_units
        )];
        if !self.units_without_items.is_empty() {
            notes.push(t!(
                lang,
                "units-without-items",
                n = self.units_without_items.len(),
                list = self.units_without_items.join(", ")
            ));
        }
        if !self.roster {
            notes.push(t!(lang, "units-no-roster"));
        }
        let columns = headers.len();
        Table {
            title: Some(self.heading.clone()),
            headers,
            numeric: (0..columns).map(|i| i == 1).collect(),
            long: vec![false; columns],
            rows,
            notes,
            empty: t!(lang, "units-empty"),
            optional: Vec::new(),
        }
    }
}
