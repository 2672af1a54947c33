//! `diff`: what changed in one year's plan between an older copy (a git revision or
//! another plan folder, loaded by `history`) and the files as they are now. Pure
//! comparison of two loaded years, field by field: the board reads it as "since the
//! last meeting", so nothing that changed may be left out.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::Lang;
use crate::model::{Item, Status, Text, Year};
use crate::render::{Cell, Report, Table, Tone};
use crate::schedule::Cadence;
use crate::source::Sources;
use crate::{t, vocab};

/// The changes between two copies of a year's plan.
#[derive(Debug, Serialize)]
pub struct Diff {
    /// The operating year, "2026-27".
    pub year: String,
    /// What the plan was compared against: a revision with its date, or a folder.
    pub against: String,
    /// The changes: the plan header first, then goals, then items in file order
    /// (each item's file, fields and new notes together), removed items last.
    pub changes: Vec<Change>,
}

/// A value before or after a change, as JSON shows it: text (dates as
/// `YYYY-MM-DD`, keywords as in the file), a list, or a period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A text, date or keyword.
    Text(String),
    /// Goals, groups, posts.
    List(Vec<String>),
    /// `[plan] period`.
    Period {
        /// First day.
        start: NaiveDate,
        /// Last day.
        end: NaiveDate,
    },
}

/// A key of `[plan]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanField {
    /// `lead`.
    Lead,
    /// `reviewed`.
    Reviewed,
    /// `period`.
    Period,
    /// `owners`, the roster of posts.
    Owners,
    /// `units`, the roster of units.
    Units,
}

/// A key of `[goals.X]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalField {
    /// `owner`: the posts.
    Owner,
    /// `note`.
    Note,
}

/// A key of `[[item]]`; a text's languages are separate fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ItemField {
    /// The Swedish title.
    #[serde(rename = "title.sv")]
    TitleSv,
    /// The English title.
    #[serde(rename = "title.en")]
    TitleEn,
    /// A title written as one plain string.
    #[serde(rename = "title")]
    Title,
    /// The Swedish description.
    #[serde(rename = "description.sv")]
    DescriptionSv,
    /// The English description.
    #[serde(rename = "description.en")]
    DescriptionEn,
    /// A description written as one plain string.
    #[serde(rename = "description")]
    Description,
    /// `goals`.
    #[serde(rename = "goals")]
    Goals,
    /// `owner`.
    #[serde(rename = "owner")]
    Owner,
    /// `kind`.
    #[serde(rename = "kind")]
    Kind,
    /// `status`.
    #[serde(rename = "status")]
    Status,
    /// `start`.
    #[serde(rename = "start")]
    Start,
    /// `due`.
    #[serde(rename = "due")]
    Due,
    /// `completed`.
    #[serde(rename = "completed")]
    Completed,
    /// `every`.
    #[serde(rename = "every")]
    Every,
    /// `last_done`.
    #[serde(rename = "last_done")]
    LastDone,
    /// `groups`.
    #[serde(rename = "groups")]
    Groups,
    /// `unit`.
    #[serde(rename = "unit")]
    Unit,
}

/// One change. `from`/`to` are `null` where the value is absent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    /// A key of `[plan]` changed.
    Plan {
        /// Which key.
        field: PlanField,
        /// Before.
        from: Option<Value>,
        /// Now.
        to: Option<Value>,
    },
    /// A goal's owners or note changed.
    Goal {
        /// The goal id.
        goal: String,
        /// Which key.
        field: GoalField,
        /// Before.
        from: Option<Value>,
        /// Now.
        to: Option<Value>,
    },
    /// A new item.
    Added {
        /// The item id.
        item: String,
        /// The file of the year folder that holds it.
        file: String,
        /// Its title.
        title: Text,
    },
    /// An item is gone.
    Removed {
        /// The item id.
        item: String,
        /// The file that held it.
        file: String,
        /// Its title.
        title: Text,
    },
    /// An item moved to another file of the year.
    Moved {
        /// The item id.
        item: String,
        /// The file before.
        from: String,
        /// The file now.
        to: String,
    },
    /// A field of an item changed.
    Field {
        /// The item id.
        item: String,
        /// Which field.
        field: ItemField,
        /// Before.
        from: Option<Value>,
        /// Now.
        to: Option<Value>,
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
    /// A log note of the old copy written otherwise now: the same date, another
    /// writer or text (an entry edited in place).
    LogChanged {
        /// The item id.
        item: String,
        /// The note's date.
        date: NaiveDate,
        /// The entry before.
        from: Entry,
        /// The entry now.
        to: Entry,
    },
    /// A log note of the old copy that is gone.
    LogRemoved {
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

impl Change {
    /// The item a change is about; `None` for the plan header and goals.
    fn item(&self) -> Option<&str> {
        match self {
            Change::Plan { .. } | Change::Goal { .. } => None,
            Change::Added { item, .. }
            | Change::Removed { item, .. }
            | Change::Moved { item, .. }
            | Change::Field { item, .. }
            | Change::Logged { item, .. }
            | Change::LogChanged { item, .. }
            | Change::LogRemoved { item, .. } => Some(item),
        }
    }
}

impl Diff {
    /// Keeps the changes of the items and goals a filtered report shows (`--owner`,
    /// `--goal`), so that its changes agree with its figures; the plan header's
    /// changes are about no item, and go.
    pub fn retain(&mut self, item: impl Fn(&str) -> bool, goal: impl Fn(&str) -> bool) {
        self.changes.retain(|change| match (change, change.item()) {
            (Change::Goal { goal: id, .. }, _) => goal(id),
            (_, Some(id)) => item(id),
            _ => false,
        });
    }
}

/// A log note's writer and text, for a note changed in place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Who wrote it.
    pub by: Option<String>,
    /// The note.
    pub note: String,
}

/// One copy of a year with the files it was read from, for file names.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    /// The year.
    pub year: &'a Year,
    /// Its workspace's files.
    pub sources: &'a Sources,
}

impl Side<'_> {
    fn file(&self, item: &Item) -> String {
        let path = &self.sources.get(item.file).path;
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn date(d: Option<&crate::model::Spanned<NaiveDate>>) -> Option<Value> {
    d.map(|d| Value::Text(d.value.to_string()))
}

/// Pushes a change when `from` and `to` differ.
fn push(
    changes: &mut Vec<Change>,
    from: Option<Value>,
    to: Option<Value>,
    change: impl FnOnce(Option<Value>, Option<Value>) -> Change,
) {
    if from != to {
        changes.push(change(from, to));
    }
}

/// A list whose order carries no meaning: equal when the sets are equal, shown as
/// written.
fn set(items: Vec<String>) -> (BTreeSet<String>, Option<Value>) {
    let key = items.iter().cloned().collect();
    (key, (!items.is_empty()).then_some(Value::List(items)))
}

fn push_set(
    changes: &mut Vec<Change>,
    from: Vec<String>,
    to: Vec<String>,
    change: impl FnOnce(Option<Value>, Option<Value>) -> Change,
) {
    let ((old_key, from), (new_key, to)) = (set(from), set(to));
    if old_key != new_key {
        changes.push(change(from, to));
    }
}

/// Compares the old copy of a year with the current one.
pub fn compare(old: Side<'_>, new: Side<'_>, against: String) -> Diff {
    let mut changes = Vec::new();
    plan_changes(old.year, new.year, &mut changes);
    goal_changes(old.year, new.year, &mut changes);
    for item in &new.year.items {
        let id = item.id.value.to_string();
        match old.year.item(&id) {
            None => {
                changes.push(Change::Added {
                    item: id,
                    file: new.file(item),
                    title: item.title.clone(),
                });
                logged(&mut changes, None, item);
            }
            Some(was) => {
                let (from, to) = (old.file(was), new.file(item));
                if from != to {
                    changes.push(Change::Moved { item: id, from, to });
                }
                item_changes(&mut changes, was, item);
                logged(&mut changes, Some(was), item);
            }
        }
    }
    for item in &old.year.items {
        if new.year.item(&item.id.value).is_none() {
            changes.push(Change::Removed {
                item: item.id.value.to_string(),
                file: old.file(item),
                title: item.title.clone(),
            });
        }
    }
    Diff {
        year: new.year.name.clone(),
        against,
        changes,
    }
}

fn plan_changes(old: &Year, new: &Year, changes: &mut Vec<Change>) {
    let (o, n) = (&old.header, &new.header);
    let plan = |field| move |from, to| Change::Plan { field, from, to };
    let lead = |h: &crate::model::PlanHeader| h.lead.as_ref().map(|l| text(&l.value));
    push(changes, lead(o), lead(n), plan(PlanField::Lead));
    push(
        changes,
        date(o.reviewed.as_ref()),
        date(n.reviewed.as_ref()),
        plan(PlanField::Reviewed),
    );
    let period = |h: &crate::model::PlanHeader| {
        h.period.as_ref().map(|p| Value::Period {
            start: p.value.start,
            end: p.value.end,
        })
    };
    push(changes, period(o), period(n), plan(PlanField::Period));
    roster_changes(
        o.owners.as_deref(),
        n.owners.as_deref(),
        PlanField::Owners,
        changes,
    );
    roster_changes(
        o.units.as_deref(),
        n.units.as_deref(),
        PlanField::Units,
        changes,
    );
}

/// A roster of `[plan]` (posts or units), compared as a set.
fn roster_changes(
    old: Option<&[crate::model::Spanned<String>]>,
    new: Option<&[crate::model::Spanned<String>]>,
    field: PlanField,
    changes: &mut Vec<Change>,
) {
    let names = |r: Option<&[crate::model::Spanned<String>]>| {
        r.map(|r| r.iter().map(|p| p.value.clone()).collect::<Vec<_>>())
    };
    let (from, to) = (names(old), names(new));
    fn key(r: &Option<Vec<String>>) -> Option<BTreeSet<&String>> {
        r.as_ref().map(|r| r.iter().collect())
    }
    if key(&from) != key(&to) {
        changes.push(Change::Plan {
            field,
            from: from.map(Value::List),
            to: to.map(Value::List),
        });
    }
}

fn goal_changes(old: &Year, new: &Year, changes: &mut Vec<Change>) {
    let mut ids: Vec<&str> = new.goals.iter().map(|g| g.id.value.as_str()).collect();
    for g in &old.goals {
        if !ids.contains(&g.id.value.as_str()) {
            ids.push(&g.id.value);
        }
    }
    for id in ids {
        let goal = |field| {
            move |from, to| Change::Goal {
                goal: id.to_owned(),
                field,
                from,
                to,
            }
        };
        let posts = |y: &Year| y.goal_owners(id).into_iter().map(str::to_owned).collect();
        push_set(changes, posts(old), posts(new), goal(GoalField::Owner));
        let note = |y: &Year| y.goal_owner(id).and_then(|g| g.note.as_deref()).map(text);
        push(changes, note(old), note(new), goal(GoalField::Note));
    }
}

fn item_changes(changes: &mut Vec<Change>, was: &Item, item: &Item) {
    for pair in item_fields(was, item) {
        if !pair.same {
            changes.push(Change::Field {
                item: item.id.value.to_string(),
                field: pair.field,
                from: pair.from,
                to: pair.to,
            });
        }
    }
}

/// One field of an item in the old and the new copy, and whether they mean the same.
struct FieldPair {
    field: ItemField,
    from: Option<Value>,
    to: Option<Value>,
    same: bool,
}

impl FieldPair {
    /// Values compared as written.
    fn plain(field: ItemField, from: Option<Value>, to: Option<Value>) -> Self {
        let same = from == to;
        FieldPair {
            field,
            from,
            to,
            same,
        }
    }

    /// A list whose order carries no meaning, such as goals or groups.
    fn set(field: ItemField, from: Vec<String>, to: Vec<String>) -> Self {
        let ((old_key, from), (new_key, to)) = (set(from), set(to));
        FieldPair {
            field,
            from,
            to,
            same: old_key == new_key,
        }
    }
}

/// Every field of an item, in the format's order, old against new.
fn item_fields(was: &Item, item: &Item) -> Vec<FieldPair> {
    let mut out = text_fields(was, item);
    let goals = |i: &Item| i.goals.iter().map(|g| g.value.to_string()).collect();
    out.push(FieldPair::set(ItemField::Goals, goals(was), goals(item)));
    let plain =
        |field, get: fn(&Item) -> Option<Value>| FieldPair::plain(field, get(was), get(item));
    out.push(plain(ItemField::Owner, |i| i.owner().map(text)));
    out.push(plain(ItemField::Kind, |i| Some(text(i.kind.as_str()))));
    out.push(plain(ItemField::Status, |i| {
        Some(text(i.status.value.as_str()))
    }));
    out.push(plain(ItemField::Start, |i| date(i.start.as_ref())));
    out.push(plain(ItemField::Due, |i| date(i.due.as_ref())));
    out.push(plain(ItemField::Completed, |i| date(i.completed.as_ref())));
    out.push(every_field(was, item));
    out.push(plain(ItemField::LastDone, |i| date(i.last_done.as_ref())));
    let groups = |i: &Item| i.groups.iter().map(|g| g.as_str().to_owned()).collect();
    out.push(FieldPair::set(ItemField::Groups, groups(was), groups(item)));
    out.push(plain(ItemField::Unit, |i| {
        i.unit.as_ref().map(|u| text(&u.value))
    }));
    out
}

/// Each language of the title and the description, old against new.
fn text_fields(was: &Item, item: &Item) -> Vec<FieldPair> {
    let none = Text::default();
    let texts = [
        (
            &was.title,
            &item.title,
            [ItemField::TitleSv, ItemField::TitleEn, ItemField::Title],
        ),
        (
            was.description.as_ref().unwrap_or(&none),
            item.description.as_ref().unwrap_or(&none),
            [
                ItemField::DescriptionSv,
                ItemField::DescriptionEn,
                ItemField::Description,
            ],
        ),
    ];
    let mut out = Vec::new();
    for (a, b, [sv, en, plain]) in texts {
        // A text that reads the same in both languages has only changed its form
        // (a plain string written as `{ sv, en }` with the same words): no change.
        if [Lang::Sv, Lang::En]
            .iter()
            .all(|&lang| a.get(lang) == b.get(lang))
        {
            continue;
        }
        let get = |t: Option<&str>| t.map(text);
        out.push(FieldPair::plain(sv, get(a.sv()), get(b.sv())));
        out.push(FieldPair::plain(en, get(a.en()), get(b.en())));
        out.push(FieldPair::plain(plain, get(a.plain()), get(b.plain())));
    }
    out
}

/// The cadence: "month" and "1 month" are the same, so what it means is compared,
/// and it is shown as written.
fn every_field(was: &Item, item: &Item) -> FieldPair {
    let every = |i: &Item| i.every.as_ref().map(|e| e.value.clone());
    let (a, b) = (every(was), every(item));
    let same = match (&a, &b) {
        (Some(a), Some(b)) => a.count == b.count && a.unit == b.unit,
        (a, b) => a.is_none() && b.is_none(),
    };
    let shown = |c: Option<Cadence>| c.map(|c| text(&c.text));
    FieldPair {
        field: ItemField::Every,
        from: shown(a),
        to: shown(b),
        same,
    }
}

/// The log of `item` against the old copy's: an entry found whole is unchanged; one
/// whose date an unmatched old entry shares was edited in place; the rest of the
/// new entries are new notes, the rest of the old ones removed.
fn logged(changes: &mut Vec<Change>, was: Option<&Item>, item: &Item) {
    let id = || item.id.value.to_string();
    let entry = |e: &crate::model::LogEntry| Entry {
        by: e.by.as_ref().map(ToString::to_string),
        note: e.note.to_string(),
    };
    let old: Vec<_> = was.map(|w| w.log.iter().collect()).unwrap_or_default();
    let mut unmatched: Vec<bool> = old
        .iter()
        .map(|o| {
            !item
                .log
                .iter()
                .any(|e| e.date == o.date && entry(e) == entry(o))
        })
        .collect();
    for e in &item.log {
        if old.iter().any(|o| o.date == e.date && entry(o) == entry(e)) {
            continue;
        }
        let edited = (0..old.len()).find(|&i| unmatched[i] && old[i].date == e.date);
        let (date, to) = (e.date, entry(e));
        changes.push(match edited {
            Some(i) => {
                unmatched[i] = false;
                let (item, from) = (id(), entry(old[i]));
                Change::LogChanged {
                    item,
                    date,
                    from,
                    to,
                }
            }
            None => Change::Logged {
                item: id(),
                date,
                by: to.by,
                note: to.note,
            },
        });
    }
    for (o, _) in old.iter().zip(&unmatched).filter(|(_, u)| **u) {
        let Entry { by, note } = entry(o);
        changes.push(Change::LogRemoved {
            item: id(),
            date: o.date,
            by,
            note,
        });
    }
}

/// A log entry as one line: "2026-11-15 Utbildningsansvarig: LP1 checked."
fn entry_line(date: NaiveDate, by: Option<&str>, note: &str) -> String {
    match by {
        Some(by) => format!("{date} {by}: {note}"),
        None => format!("{date}: {note}"),
    }
}

/// A value in the run's language: keywords through the vocabulary, lists joined.
fn shown(value: Option<&Value>, field: Option<ItemField>, lang: Lang) -> String {
    let Some(value) = value else {
        return "—".to_owned();
    };
    let word = |w: &str| -> String {
        match field {
            Some(ItemField::Status) => w
                .parse::<Status>()
                .map_or_else(|()| w.to_owned(), |s| vocab::status(s, lang)),
            Some(ItemField::Kind) => w
                .parse()
                .map_or_else(|()| w.to_owned(), |k| vocab::kind(k, lang)),
            Some(ItemField::Groups) => w
                .parse()
                .map_or_else(|()| w.to_owned(), |g| vocab::group(g, lang)),
            Some(ItemField::Every) => w
                .parse()
                .map_or_else(|()| w.to_owned(), |c| vocab::cadence(&c, lang)),
            Some(ItemField::Unit) => vocab::unit(w, lang),
            _ => w.to_owned(),
        }
    };
    match value {
        Value::Text(s) => word(s),
        Value::List(items) => items.iter().map(|i| word(i)).collect::<Vec<_>>().join(", "),
        Value::Period { start, end } => format!("{start} – {end}"),
    }
}

fn arrow(from: Option<&Value>, to: Option<&Value>, field: Option<ItemField>, lang: Lang) -> String {
    format!("{} → {}", shown(from, field, lang), shown(to, field, lang))
}

/// The words of a changed item field: "title (sv)", "owner".
fn item_field_word(field: ItemField, lang: Lang) -> String {
    match field {
        ItemField::TitleSv => t!(lang, "diff-field-title-sv"),
        ItemField::TitleEn => t!(lang, "diff-field-title-en"),
        ItemField::Title => t!(lang, "diff-field-title"),
        ItemField::DescriptionSv => t!(lang, "diff-field-description-sv"),
        ItemField::DescriptionEn => t!(lang, "diff-field-description-en"),
        ItemField::Description => t!(lang, "diff-field-description"),
        ItemField::Goals => t!(lang, "diff-field-goals"),
        ItemField::Owner => t!(lang, "diff-field-owner"),
        ItemField::Kind => t!(lang, "diff-field-kind"),
        ItemField::Status => t!(lang, "diff-field-status"),
        ItemField::Start => t!(lang, "diff-field-start"),
        ItemField::Due => t!(lang, "diff-field-due"),
        ItemField::Completed => t!(lang, "diff-field-completed"),
        ItemField::Every => t!(lang, "diff-field-every"),
        ItemField::LastDone => t!(lang, "diff-field-last-done"),
        ItemField::Groups => t!(lang, "diff-field-groups"),
        ItemField::Unit => t!(lang, "diff-field-unit"),
    }
}

fn plan_field_word(field: PlanField, lang: Lang) -> String {
    match field {
        PlanField::Lead => t!(lang, "diff-field-lead"),
        PlanField::Reviewed => t!(lang, "diff-field-reviewed"),
        PlanField::Period => t!(lang, "diff-field-period"),
        PlanField::Owners => t!(lang, "diff-field-roster"),
        PlanField::Units => t!(lang, "diff-field-units"),
    }
}

/// The roster's change as the posts added and removed.
fn roster_change(from: Option<&Value>, to: Option<&Value>, lang: Lang) -> String {
    let posts = |v: Option<&Value>| match v {
        Some(Value::List(l)) => l.clone(),
        _ => Vec::new(),
    };
    let (was, now) = (posts(from), posts(to));
    let added: Vec<&str> = now
        .iter()
        .filter(|p| !was.contains(p))
        .map(String::as_str)
        .collect();
    let removed: Vec<&str> = was
        .iter()
        .filter(|p| !now.contains(p))
        .map(String::as_str)
        .collect();
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(t!(lang, "diff-roster-added", posts = added.join(", ")));
    }
    if !removed.is_empty() {
        parts.push(t!(lang, "diff-roster-removed", posts = removed.join(", ")));
    }
    parts.join("; ")
}

/// An added or removed item's title, with its file when that is a unit file.
fn titled(title: &Text, file: &str, lang: Lang) -> String {
    if file == "plan.toml" {
        title.get(lang).to_owned()
    } else {
        t!(lang, "diff-in-file", title = title.get(lang), file = file)
    }
}

/// A change as (id, what, details) cells.
fn describe(change: &Change, lang: Lang) -> (String, Cell, String) {
    match change {
        Change::Plan { field, from, to } => {
            let details = match field {
                PlanField::Owners | PlanField::Units => {
                    roster_change(from.as_ref(), to.as_ref(), lang)
                }
                _ => arrow(from.as_ref(), to.as_ref(), None, lang),
            };
            let what = Cell::from(plan_field_word(*field, lang));
            ("[plan]".to_owned(), what, details)
        }
        Change::Goal {
            goal,
            field,
            from,
            to,
        } => {
            let what = match field {
                GoalField::Owner => t!(lang, "diff-goal-owner"),
                GoalField::Note => t!(lang, "diff-goal-note"),
            };
            let details = arrow(from.as_ref(), to.as_ref(), None, lang);
            (goal.clone(), Cell::from(what), details)
        }
        Change::Field {
            item,
            field,
            from,
            to,
        } => (item.clone(), field_cell(*field, to.as_ref(), lang), {
            arrow(from.as_ref(), to.as_ref(), Some(*field), lang)
        }),
        _ => describe_item(change, lang),
    }
}

/// An item's change of a field, toned: done is good news, a moved due date news.
fn field_cell(field: ItemField, to: Option<&Value>, lang: Lang) -> Cell {
    let tone = match (field, to) {
        (ItemField::Status, Some(Value::Text(s))) if s == "done" => Tone::Good,
        (ItemField::Due, _) => Tone::Warn,
        _ => Tone::Plain,
    };
    Cell::toned(item_field_word(field, lang), tone)
}

/// An item added, removed, moved or noted, as (id, what, details) cells.
fn describe_item(change: &Change, lang: Lang) -> (String, Cell, String) {
    match change {
        Change::Added { item, file, title } => (
            item.clone(),
            Cell::toned(t!(lang, "diff-added"), Tone::Good),
            titled(title, file, lang),
        ),
        Change::Removed { item, file, title } => (
            item.clone(),
            Cell::toned(t!(lang, "diff-removed"), Tone::Warn),
            titled(title, file, lang),
        ),
        Change::Moved { item, from, to } => (
            item.clone(),
            Cell::from(t!(lang, "diff-moved")),
            format!("{from} → {to}"),
        ),
        Change::Logged {
            item,
            date,
            by,
            note,
        } => (
            item.clone(),
            Cell::from(t!(lang, "diff-note")),
            entry_line(*date, by.as_deref(), note),
        ),
        Change::LogChanged {
            item,
            date,
            from,
            to,
        } => (
            item.clone(),
            Cell::from(t!(lang, "diff-note-changed")),
            format!(
                "{} → {}",
                entry_line(*date, from.by.as_deref(), &from.note),
                entry_line(*date, to.by.as_deref(), &to.note)
            ),
        ),
        Change::LogRemoved {
            item,
            date,
            by,
            note,
        } => (
            item.clone(),
            Cell::toned(t!(lang, "diff-note-removed"), Tone::Warn),
            entry_line(*date, by.as_deref(), note),
        ),
        Change::Plan { .. } | Change::Goal { .. } | Change::Field { .. } => describe(change, lang),
    }
}

impl Report for Diff {
    fn records(&self) -> Table {
        crate::render::records::table(
            &self.changes,
            crate::render::records::Shape {
                fields: &["change", "goal", "item", "field", "from", "to", "file"],
                texts: &["title"],
                per: None,
            },
        )
    }

    fn table(&self, lang: Lang) -> Table {
        let against = self.against.as_str();
        Table {
            title: Some(t!(lang, "diff-heading", against = against)),
            headers: vec![
                t!(lang, "diff-col-id"),
                t!(lang, "diff-col-change"),
                t!(lang, "diff-col-details"),
            ],
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
            empty: t!(lang, "diff-none", against = against),
            optional: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::load::{Workspace, load_texts};

    fn load(plan: &str, unit: &str) -> Workspace {
        let files = vec![
            (PathBuf::from("2026-27/plan.toml"), plan.to_owned()),
            (PathBuf::from("2026-27/unit.toml"), unit.to_owned()),
        ];
        load_texts(Path::new("p"), files, Lang::En).unwrap()
    }

    fn diff(old: &Workspace, new: &Workspace) -> Diff {
        fn side(ws: &Workspace) -> Side<'_> {
            Side {
                year: &ws.years[0],
                sources: &ws.sources,
            }
        }
        compare(side(old), side(new), "x".into())
    }

    const HEAD: &str = "[plan]\nperiod = { start = 2026-07-01, end = 2027-06-30 }\nlead = \"A\"\n";

    #[test]
    fn every_field_of_an_item_is_compared() {
        let old = load(
            &format!(
                "{HEAD}[[item]]\nid = \"x\"\ntitle = \"Plain\"\ndescription = {{ sv = \"S\", en = \"E\" }}\n\
                 goals = [\"1a\"]\nowner = \"A\"\nkind = \"ongoing\"\nstatus = \"active\"\nstart = 2026-08-01\n\
                 due = 2026-09-01\nevery = \"week\"\nlast_done = 2026-08-02\ngroups = [\"eu\"]\nunit = \"u\"\n"
            ),
            "",
        );
        let new = load(
            HEAD,
            "[[item]]\nid = \"x\"\ntitle = { sv = \"Sv\", en = \"En\" }\ndescription = \"D\"\n\
             goals = [\"1b\"]\nowner = \"B\"\nstatus = \"done\"\nstart = 2026-08-02\n\
             due = 2026-09-02\ncompleted = 2026-09-03\ngroups = [\"exchange\"]\nunit = \"v\"\n",
        );
        let fields: Vec<ItemField> = diff(&old, &new)
            .changes
            .iter()
            .filter_map(|c| match c {
                Change::Field { field, .. } => Some(*field),
                _ => None,
            })
            .collect();
        use ItemField::*;
        assert_eq!(
            fields,
            [
                TitleSv,
                TitleEn,
                Title,
                DescriptionSv,
                DescriptionEn,
                Description,
                Goals,
                Owner,
                Kind,
                Status,
                Start,
                Due,
                Completed,
                Every,
                LastDone,
                Groups,
                Unit
            ]
        );
        assert!(diff(&old, &old).changes.is_empty());
    }

    #[test]
    fn order_of_lists_and_spelling_of_cadences_are_not_changes() {
        let item = |goals: &str, every: &str, groups: &str| {
            format!(
                "{HEAD}[[item]]\nid = \"x\"\ntitle = \"T\"\ngoals = {goals}\nowner = \"A\"\n\
                 kind = \"ongoing\"\nevery = \"{every}\"\ngroups = {groups}\n"
            )
        };
        let old = load(
            &item("[\"1a\", \"1b\"]", "month", "[\"eu\", \"non-eu\"]"),
            "",
        );
        let new = load(
            &item("[\"1b\", \"1a\"]", "1 Month", "[\"non-eu\", \"eu\"]"),
            "",
        );
        assert_eq!(diff(&old, &new).changes, []);
    }
}
