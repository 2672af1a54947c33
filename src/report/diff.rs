//! `diff`: what changed in one year's plan between an older copy (a git revision or
//! another plan folder, loaded by `history`) and the files as they are now. Pure
//! comparison of two loaded years; the board reads it as "since the last meeting".

use chrono::NaiveDate;
use serde::Serialize;

use super::week::words;
use crate::i18n::Lang;
use crate::model::{Item, Status, Text, Year};
use crate::render::{Cell, Report, Table, Tone};
use crate::tr;

/// The changes between two copies of a year's plan.
#[derive(Debug, Serialize)]
pub struct Diff {
    /// The operating year, "2026-27".
    pub year: String,
    /// What the plan was compared against: a revision with its date, or a folder.
    pub against: String,
    /// The changes: goal owners first, then items in file order, removed items last.
    pub changes: Vec<Change>,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    /// A goal's owner changed.
    GoalOwner {
        /// The goal id.
        goal: String,
        /// The owner before.
        from: Option<String>,
        /// The owner now.
        to: Option<String>,
    },
    /// A new item.
    Added {
        /// The item id.
        item: String,
        /// Its title.
        title: Text,
    },
    /// An item is gone.
    Removed {
        /// The item id.
        item: String,
        /// Its title.
        title: Text,
    },
    /// An item was marked done.
    Completed {
        /// The item id.
        item: String,
        /// Its completion date.
        date: Option<NaiveDate>,
    },
    /// An item's status changed (other than to done).
    Status {
        /// The item id.
        item: String,
        /// Before.
        from: Status,
        /// Now.
        to: Status,
    },
    /// A project's due date moved.
    DueMoved {
        /// The item id.
        item: String,
        /// Before.
        from: Option<NaiveDate>,
        /// Now.
        to: Option<NaiveDate>,
    },
    /// A new log note on an item.
    Logged {
        /// The item id.
        item: String,
        /// The note's date.
        date: NaiveDate,
        /// Who wrote it.
        by: Option<String>,
        /// The note.
        note: String,
    },
}

fn goal_owner(year: &Year, id: &str) -> Option<String> {
    year.goal_owner_text(id)
}

/// Compares the old copy of a year with the current one.
pub fn compare(old: &Year, new: &Year, against: String) -> Diff {
    let mut changes = Vec::new();
    let mut goals: Vec<&str> = new.goals.iter().map(|g| g.id.value.as_str()).collect();
    for g in &old.goals {
        if !goals.contains(&g.id.value.as_str()) {
            goals.push(&g.id.value);
        }
    }
    for goal in goals {
        let (from, to) = (goal_owner(old, goal), goal_owner(new, goal));
        if from != to {
            changes.push(Change::GoalOwner {
                goal: goal.to_owned(),
                from,
                to,
            });
        }
    }
    for item in &new.items {
        match old.item(&item.id.value) {
            None => {
                changes.push(Change::Added {
                    item: item.id.value.clone(),
                    title: item.title.clone(),
                });
                logged(&mut changes, None, item);
            }
            Some(was) => changed(&mut changes, was, item),
        }
    }
    for item in &old.items {
        if new.item(&item.id.value).is_none() {
            changes.push(Change::Removed {
                item: item.id.value.clone(),
                title: item.title.clone(),
            });
        }
    }
    Diff {
        year: new.name.clone(),
        against,
        changes,
    }
}

fn changed(changes: &mut Vec<Change>, was: &Item, item: &Item) {
    let id = || item.id.value.clone();
    let (from, to) = (was.status.value, item.status.value);
    if to == Status::Done && from != Status::Done {
        changes.push(Change::Completed {
            item: id(),
            date: item.completed.as_ref().map(|d| d.value),
        });
    } else if from != to {
        changes.push(Change::Status {
            item: id(),
            from,
            to,
        });
    }
    let (from, to) = (
        was.due.as_ref().map(|d| d.value),
        item.due.as_ref().map(|d| d.value),
    );
    if from != to {
        changes.push(Change::DueMoved {
            item: id(),
            from,
            to,
        });
    }
    logged(changes, Some(was), item);
}

/// Log entries of `item` that the old copy lacks (same date and note).
fn logged(changes: &mut Vec<Change>, was: Option<&Item>, item: &Item) {
    for entry in &item.log {
        let known = was.is_some_and(|w| {
            w.log
                .iter()
                .any(|e| e.date == entry.date && e.note == entry.note)
        });
        if !known {
            changes.push(Change::Logged {
                item: item.id.value.clone(),
                date: entry.date,
                by: entry.by.clone(),
                note: entry.note.clone(),
            });
        }
    }
}

fn date(d: Option<NaiveDate>, lang: Lang) -> String {
    d.map_or_else(|| lang.pick("none", "ingen").into(), |d| d.to_string())
}

fn describe(change: &Change, lang: Lang) -> (String, Cell, String) {
    let none = || lang.pick("none", "ingen").to_owned();
    match change {
        Change::GoalOwner { goal, from, to } => (
            goal.clone(),
            Cell::from(lang.pick("goal owner", "målansvarig")),
            format!(
                "{} → {}",
                from.clone().unwrap_or_else(none),
                to.clone().unwrap_or_else(none)
            ),
        ),
        Change::Added { item, title } => (
            item.clone(),
            Cell::toned(lang.pick("added", "ny"), Tone::Good),
            title.get(lang).to_owned(),
        ),
        Change::Removed { item, title } => (
            item.clone(),
            Cell::toned(lang.pick("removed", "borttagen"), Tone::Warn),
            title.get(lang).to_owned(),
        ),
        Change::Completed { item, date: d } => (
            item.clone(),
            Cell::toned(lang.pick("completed", "klar"), Tone::Good),
            date(*d, lang),
        ),
        Change::Status { item, from, to } => (
            item.clone(),
            Cell::from(lang.pick("status", "status")),
            format!("{from} → {to}"),
        ),
        Change::DueMoved { item, from, to } => (
            item.clone(),
            Cell::toned(lang.pick("due moved", "ny deadline"), Tone::Warn),
            format!("{} → {}", date(*from, lang), date(*to, lang)),
        ),
        Change::Logged {
            item,
            date: d,
            by,
            note,
        } => (
            item.clone(),
            Cell::from(lang.pick("note", "anteckning")),
            match by {
                Some(by) => format!("{d} {by}: {note}"),
                None => format!("{d}: {note}"),
            },
        ),
    }
}

impl Report for Diff {
    fn table(&self, lang: Lang) -> Table {
        Table {
            title: Some(tr!(
                lang,
                "Changes since {}",
                "Ändringar sedan {}",
                self.against
            )),
            headers: words(
                lang,
                &["Id", "Change", "Details"],
                &["Id", "Ändring", "Detaljer"],
            ),
            numeric: vec![false; 3],
            long: vec![false, false, true],
            rows: self
                .changes
                .iter()
                .map(|c| {
                    let (id, what, details) = describe(c, lang);
                    vec![Cell::from(id), what, Cell::from(details)]
                })
                .collect(),
            notes: Vec::new(),
            empty: tr!(
                lang,
                "No changes since {}.",
                "Inga ändringar sedan {}.",
                self.against
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_texts;
    use std::path::{Path, PathBuf};

    fn year(plan: &str) -> Year {
        let files = vec![(PathBuf::from("2026-27/plan.toml"), plan.to_owned())];
        let mut ws = load_texts(Path::new("p"), files, Lang::En).unwrap();
        ws.years.remove(0)
    }

    const HEAD: &str = "[plan]\nperiod = { start = 2026-07-01, end = 2027-06-30 }\nlead = \"VO\"\n";

    #[test]
    fn every_kind_of_change_is_found_in_order() {
        let old = year(&format!(
            "{HEAD}[goals.1a]\nowner = \"A\"\n\
             [[item]]\nid = \"1a-1\"\ntitle = \"One\"\ngoals = [\"1a\"]\nowner = \"A\"\nstatus = \"active\"\ndue = 2026-10-01\n\
             [[item]]\nid = \"1a-2\"\ntitle = \"Two\"\ngoals = [\"1a\"]\nowner = \"A\"\n\
             [[item]]\nid = \"1a-3\"\ntitle = \"Three\"\ngoals = [\"1a\"]\nowner = \"A\"\n"
        ));
        let new = year(&format!(
            "{HEAD}[goals.1a]\nowner = \"B\"\n\
             [[item]]\nid = \"1a-1\"\ntitle = \"One\"\ngoals = [\"1a\"]\nowner = \"A\"\nstatus = \"done\"\ndue = 2026-11-01\ncompleted = 2026-11-02\n\
             [[item.log]]\ndate = 2026-11-02\nnote = \"Done.\"\n\
             [[item]]\nid = \"1a-2\"\ntitle = \"Two\"\ngoals = [\"1a\"]\nowner = \"A\"\nstatus = \"blocked\"\n\
             [[item]]\nid = \"1a-4\"\ntitle = \"Four\"\ngoals = [\"1a\"]\nowner = \"A\"\n"
        ));
        let d = compare(&old, &new, "x".into());
        let kinds: Vec<String> = d
            .changes
            .iter()
            .map(|c| describe(c, Lang::En).1.text)
            .collect();
        assert_eq!(
            kinds,
            [
                "goal owner",
                "completed",
                "due moved",
                "note",
                "status",
                "added",
                "removed"
            ]
        );
        assert_eq!(
            d.changes[2],
            Change::DueMoved {
                item: "1a-1".into(),
                from: "2026-10-01".parse().ok(),
                to: "2026-11-01".parse().ok()
            }
        );
        assert!(compare(&new, &new, "x".into()).changes.is_empty());
    }
}
