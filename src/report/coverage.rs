//! `status --by group`: which goals have live items aimed at each of the strategy's
//! three student groups (exchange, EU programme, non-EU programme students). The
//! strategy says these groups want different things, so a group that no goal
//! reaches is a finding the board must see.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Filter, Scope};
use crate::i18n::Lang;
use crate::model::Group;
use crate::render::{Cell, Report, Table, Tone};
use crate::{t, vocab};

/// Goals against groups for one year.
#[derive(Debug, Serialize)]
pub struct Coverage {
    /// The operating year.
    pub year: String,
    /// The day it was computed for.
    pub as_of: NaiveDate,
    /// The `--owner` and `--goal` filters.
    pub filter: Filter,
    /// One row per goal, in the strategy's order.
    pub goals: Vec<GoalGroups>,
    /// Groups that no goal reaches.
    pub unreached: Vec<Group>,
    /// Live items that name no group at all.
    pub items_without_group: Vec<String>,
    #[serde(skip)]
    heading: String,
}

/// One goal's items per group.
#[derive(Debug, Serialize)]
pub struct GoalGroups {
    /// The goal id.
    pub id: String,
    /// Ids of live items aimed at exchange students.
    pub exchange: Vec<String>,
    /// Ids of live items aimed at programme students from the EU.
    pub eu: Vec<String>,
    /// Ids of live items aimed at programme students from outside the EU.
    #[serde(rename = "non-eu")]
    pub non_eu: Vec<String>,
}

impl GoalGroups {
    fn of(&self, group: Group) -> &[String] {
        match group {
            Group::Exchange => &self.exchange,
            Group::Eu => &self.eu,
            Group::NonEu => &self.non_eu,
        }
    }
}

/// Computes the matrix over the items in scope, leaving dropped items out.
pub fn compute(scope: &Scope<'_>) -> Coverage {
    let live: Vec<_> = scope.items().filter(|i| i.is_live()).collect();
    let mut goals = Vec::new();
    for goal in scope.goals() {
        let id = goal.id.value.as_str();
        let aimed = |group: Group| {
            live.iter()
                .filter(|i| i.serves(id) && i.groups.contains(&group))
                .map(|i| i.id.value.to_string())
                .collect()
        };
        goals.push(GoalGroups {
            id: id.to_owned(),
            exchange: aimed(Group::Exchange),
            eu: aimed(Group::Eu),
            non_eu: aimed(Group::NonEu),
        });
    }
    let unreached = Group::ALL
        .iter()
        .copied()
        .filter(|g| goals.iter().all(|row| row.of(*g).is_empty()))
        .collect();
    Coverage {
        year: scope.year.name.clone(),
        as_of: scope.as_of,
        filter: scope.filter(),
        goals,
        unreached,
        items_without_group: live
            .iter()
            .filter(|i| i.groups.is_empty())
            .map(|i| i.id.value.to_string())
            .collect(),
        heading: scope.heading(&t!(scope.lang, "report-groups-title")),
    }
}

impl Report for Coverage {
    fn records(&self) -> Table {
        crate::render::records::table(&self.goals, Default::default())
    }

    fn table(&self, lang: Lang) -> Table {
        let rows = self
            .goals
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::from(row.id.as_str())];
                for group in Group::ALL {
                    let ids = row.of(*group);
                    cells.push(if ids.is_empty() {
                        Cell::toned("—", Tone::Warn)
                    } else {
                        Cell::toned(ids.join(", "), Tone::Good)
                    });
                }
                cells
            })
            .collect();
        let mut notes = Vec::new();
        for group in &self.unreached {
            notes.push(t!(
                lang,
                "report-groups-unreached",
                group = vocab::group(*group, lang)
            ));
        }
        if !self.items_without_group.is_empty() {
            notes.push(t!(
                lang,
                "report-groups-without",
                items = self.items_without_group.join(", ")
            ));
        }
        Table {
            title: Some(self.heading.clone()),
            headers: std::iter::once(t!(lang, "report-col-goal"))
                .chain(Group::ALL.iter().map(|g| vocab::group_short(*g, lang)))
                .collect(),
            numeric: vec![false; 4],
            long: vec![false; 4],
            rows,
            notes,
            empty: t!(lang, "report-no-goal"),
            optional: Vec::new(),
        }
    }
}
