//! Date rules: cadences of ongoing work, when an item is next due, how late it is,
//! whether it has gone stale, and a goal's health. Pure functions of the plan and the
//! as-of date, so every report and every test gets the same answer for the same day.

use std::borrow::Cow;
use std::str::FromStr;

use chrono::{Days, Months, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;

use crate::model::{Item, Kind, Status};

/// Days without a sign of life after which an open item is stale.
pub const STALE_DAYS: i64 = 30;
/// Days after which the board's last review is too old.
pub const REVIEW_DAYS: i64 = 30;
/// Days late after which an item puts its goal off track rather than at risk.
pub const LONG_OVERDUE_DAYS: i64 = 30;

/// The unit of a cadence. Terms and years are counted in months, so that a cadence
/// started on the 31st clamps to the end of shorter months instead of drifting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CadenceUnit {
    /// Calendar days.
    Days,
    /// Seven days.
    Weeks,
    /// Calendar months, clamped to the month's last day.
    Months,
}

/// The word a cadence was written with, so that output can say it back in either
/// language ("every term", "varje termin") rather than as months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CadenceWord {
    /// "day", "days".
    Day,
    /// "week", "weeks".
    Week,
    /// "month", "months".
    Month,
    /// "term", "terms": six months.
    Term,
    /// "year", "years": twelve months.
    Year,
}

/// How often ongoing work recurs: `every = "2 weeks"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cadence {
    /// How many units.
    pub count: u32,
    /// Which unit.
    pub unit: CadenceUnit,
    /// How many of `word` were written ("2" in "2 terms").
    pub written: u32,
    /// The word written.
    pub word: CadenceWord,
    /// The text as written, for machine outputs.
    pub text: String,
}

/// The words `every` accepts, for error messages.
pub const CADENCE_HELP: &str =
    "\"week\", \"2 weeks\", \"month\", \"term\", \"year\", or \"N days|weeks|months\"";

impl FromStr for Cadence {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        let lower = s.trim().to_lowercase();
        let mut words = lower.split_whitespace();
        let (count, word) = match (words.next(), words.next(), words.next()) {
            (Some(word), None, None) => (1, word),
            (Some(n), Some(word), None) => (n.parse::<u32>().map_err(|_| ())?, word),
            _ => return Err(()),
        };
        if count == 0 || count > 1000 {
            return Err(());
        }
        let (unit, factor, written) = match word {
            "day" | "days" => (CadenceUnit::Days, 1, CadenceWord::Day),
            "week" | "weeks" => (CadenceUnit::Weeks, 1, CadenceWord::Week),
            "month" | "months" => (CadenceUnit::Months, 1, CadenceWord::Month),
            "term" | "terms" => (CadenceUnit::Months, 6, CadenceWord::Term),
            "year" | "years" => (CadenceUnit::Months, 12, CadenceWord::Year),
            _ => return Err(()),
        };
        Ok(Cadence {
            count: count * factor,
            unit,
            written: count,
            word: written,
            text: s.trim().to_owned(),
        })
    }
}

/// What [`Cadence::from_str`] accepts, as a JSON Schema pattern for editors: an
/// optional count from 1 to 1000 (as `u32` parses it), then a unit in any case, each
/// part separated by white space.
pub const CADENCE_PATTERN: &str = r"^\s*(\+?0*(1000|[1-9][0-9]{0,2})\s+)?([Dd][Aa][Yy]|[Ww][Ee][Ee][Kk]|[Mm][Oo][Nn][Tt][Hh]|[Tt][Ee][Rr][Mm]|[Yy][Ee][Aa][Rr])[Ss]?\s*$";

/// In the file a cadence is a string such as "2 weeks".
impl JsonSchema for Cadence {
    fn schema_name() -> Cow<'static, str> {
        "Cadence".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": CADENCE_PATTERN,
            "description": format!("How often ongoing work recurs: {CADENCE_HELP}."),
            "examples": ["week", "2 weeks", "month", "term", "year"]
        })
    }
}

impl Cadence {
    /// The day one cadence after `day`; `None` only past the calendar's end.
    pub fn after(&self, day: NaiveDate) -> Option<NaiveDate> {
        match self.unit {
            CadenceUnit::Days => day.checked_add_days(Days::new(self.count.into())),
            CadenceUnit::Weeks => day.checked_add_days(Days::new(u64::from(self.count) * 7)),
            CadenceUnit::Months => day.checked_add_months(Months::new(self.count)),
        }
    }
}

/// When an item is next due in the year whose period starts on `period_start`.
///
/// A project is due on its `due` date, unless that date lies before the period
/// starts: a project carried over from an earlier year keeps a date the new year
/// cannot meet, so it has no due date in this year until the board re-dates it
/// (`check` warns `due-before-period`). Ongoing work is due one cadence after it was
/// last done (`last_done + every`), or after its `start`, or after the period's start
/// when it has neither; when that day falls before the period starts (work last done
/// in an earlier year), it is next due one cadence after the period's start. This is
/// the one rule that keeps a new year from starting overdue on its first day. Done
/// and dropped items are never due.
pub fn next_due(item: &Item, period_start: Option<NaiveDate>) -> Option<NaiveDate> {
    if !item.is_open() {
        return None;
    }
    let before_period = |day: NaiveDate| period_start.is_some_and(|start| day < start);
    match item.kind {
        Kind::Project => item
            .due
            .as_ref()
            .map(|d| d.value)
            .filter(|d| !before_period(*d)),
        Kind::Ongoing => {
            let every = &item.every.as_ref()?.value;
            let base = item
                .last_done
                .as_ref()
                .or(item.start.as_ref())
                .map(|d| d.value)
                .or(period_start)?;
            let due = every.after(base)?;
            match period_start {
                Some(start) if due < start => every.after(start),
                _ => Some(due),
            }
        }
    }
}

/// Days an open item is past its next due date on `as_of`; `None` when it is not late.
/// Due today is not late: the board still has the day.
pub fn days_overdue(item: &Item, as_of: NaiveDate, period_start: Option<NaiveDate>) -> Option<i64> {
    let due = next_due(item, period_start)?;
    let days = (as_of - due).num_days();
    (days > 0).then_some(days)
}

/// The item's own newest sign of life: a log entry, its completion, when it was last
/// done, or its start. `None` when it has none.
pub fn last_activity(item: &Item) -> Option<NaiveDate> {
    let dates = [&item.completed, &item.last_done, &item.start];
    item.log
        .iter()
        .map(|e| e.date)
        .chain(dates.into_iter().flatten().map(|d| d.value))
        .max()
}

/// The day from which an item's silence is counted: its own newest sign of life, or
/// the period's first day when that is later. An item cannot have been in this year's
/// plan before its period began, so no item is stale in the first
/// [`STALE_DAYS`] days of the year, nor in the first days after its `start` (which
/// `item add` sets to the day it was added).
pub fn quiet_since(item: &Item, period_start: Option<NaiveDate>) -> Option<NaiveDate> {
    last_activity(item).max(period_start)
}

/// Whether an open item has gone stale ("utan livstecken") on `as_of`: nothing has
/// happened for more than [`STALE_DAYS`] days, counted from [`quiet_since`]. Ongoing
/// work that is on schedule is never stale, however long its cadence: it is stale
/// only once its next due date has passed as well. An item whose `start` lies ahead
/// is planned, not stale: its quiet time counts from its start, so it has none yet.
/// Done and dropped items are never stale.
pub fn is_stale(item: &Item, as_of: NaiveDate, period_start: Option<NaiveDate>) -> bool {
    if !item.is_open() {
        return false;
    }
    if item.kind == Kind::Ongoing && days_overdue(item, as_of, period_start).is_none() {
        return false;
    }
    match quiet_since(item, period_start) {
        Some(day) => (as_of - day).num_days() > STALE_DAYS,
        None => true,
    }
}

/// A goal's health, worst first in the order they are judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Health {
    /// No owner, no activity, or an item long overdue.
    OffTrack,
    /// An item overdue, blocked or stale.
    AtRisk,
    /// Nothing to worry about.
    OnTrack,
}

/// Why a goal is not on track; each names the item to look at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Reason {
    /// The year's plan names no owner for the goal.
    NoOwner,
    /// No item other than dropped ones serves the goal.
    NoActivity,
    /// An item is more than [`LONG_OVERDUE_DAYS`] late.
    LongOverdue {
        /// The item.
        item: String,
        /// Days late.
        days: i64,
    },
    /// An item is late.
    Overdue {
        /// The item.
        item: String,
        /// Days late.
        days: i64,
    },
    /// An item is blocked.
    Blocked {
        /// The item.
        item: String,
    },
    /// An item is stale.
    Stale {
        /// The item.
        item: String,
    },
}

impl Reason {
    fn health(&self) -> Health {
        match self {
            Reason::NoOwner | Reason::NoActivity | Reason::LongOverdue { .. } => Health::OffTrack,
            _ => Health::AtRisk,
        }
    }
}

/// Judges a goal from whether it has an owner and the items that serve it: off track
/// with no owner, no live item or an item more than 30 days late; at risk with an item
/// late, blocked or stale; on track otherwise.
pub fn goal_health<'a>(
    has_owner: bool,
    items: impl IntoIterator<Item = &'a Item>,
    as_of: NaiveDate,
    period_start: Option<NaiveDate>,
) -> (Health, Vec<Reason>) {
    let mut reasons = Vec::new();
    if !has_owner {
        reasons.push(Reason::NoOwner);
    }
    let mut any_live = false;
    for item in items {
        if !item.is_live() {
            continue;
        }
        any_live = true;
        let id = item.id.value.to_string();
        if let Some(days) = days_overdue(item, as_of, period_start) {
            reasons.push(if days > LONG_OVERDUE_DAYS {
                Reason::LongOverdue {
                    item: id.clone(),
                    days,
                }
            } else {
                Reason::Overdue {
                    item: id.clone(),
                    days,
                }
            });
        }
        if item.status.value == Status::Blocked {
            reasons.push(Reason::Blocked { item: id.clone() });
        }
        if is_stale(item, as_of, period_start) {
            reasons.push(Reason::Stale { item: id });
        }
    }
    if !any_live {
        reasons.insert(usize::from(!has_owner), Reason::NoActivity);
    }
    let health = reasons
        .iter()
        .map(Reason::health)
        .min()
        .unwrap_or(Health::OnTrack);
    (health, reasons)
}

/// Words `every` accepts, shared by the tests of the parser and of the schema's
/// pattern, so the two cannot drift apart.
#[cfg(test)]
pub(crate) const ACCEPTED_CADENCES: &[&str] = &[
    "week",
    "weeks",
    "2 weeks",
    "10 days",
    "1 day",
    "month",
    "3 Months",
    "term",
    "year",
    "2 years",
    "  2 Weeks ",
    "+2 weeks",
    "1000 days",
    "007 days",
];

/// Words `every` refuses; see [`ACCEPTED_CADENCES`].
#[cfg(test)]
pub(crate) const REFUSED_CADENCES: &[&str] = &[
    "",
    "weekly",
    "0 weeks",
    "-1 days",
    "2",
    "two weeks",
    "1 week 2",
    "1001 days",
    "2 fortnights",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{At, Spanned, Text};
    use crate::source::FileId;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn sp<T>(value: T) -> Spanned<T> {
        Spanned::new(value, 0..0)
    }

    fn item(kind: Kind, status: Status) -> Item {
        Item {
            file: FileId(0),
            at: At::default(),
            id: sp("x-1".into()),
            title: Text::default(),
            description: None,
            goals: Box::default(),
            owner: None,
            kind,
            status: sp(status),
            start: None,
            due: None,
            completed: None,
            every: None,
            last_done: None,
            groups: Box::default(),
            unit: None,
            log: Box::default(),
        }
    }

    fn cadence(s: &str) -> Cadence {
        s.parse().unwrap()
    }

    #[test]
    fn cadences_parse_the_contract_words() {
        use CadenceUnit::{Days as D, Months as M, Weeks as W};
        use CadenceWord as CW;
        // (text, count and unit counted in, word and number written, days from
        // 2026-01-01 to the next time, that day)
        let cases = [
            ("week", (1, W), (CW::Week, 1), 7, "2026-01-08"),
            ("2 weeks", (2, W), (CW::Week, 2), 14, "2026-01-15"),
            ("10 days", (10, D), (CW::Day, 10), 10, "2026-01-11"),
            ("month", (1, M), (CW::Month, 1), 31, "2026-02-01"),
            ("3 months", (3, M), (CW::Month, 3), 90, "2026-04-01"),
            ("term", (6, M), (CW::Term, 1), 181, "2026-07-01"),
            ("2 terms", (12, M), (CW::Term, 2), 365, "2027-01-01"),
            ("year", (12, M), (CW::Year, 1), 365, "2027-01-01"),
            ("  2 Weeks ", (2, W), (CW::Week, 2), 14, "2026-01-15"),
        ];
        let start = day("2026-01-01");
        for (text, (count, unit), (word, written), days, expected) in cases {
            let c = cadence(text);
            assert_eq!((c.count, c.unit), (count, unit), "{text}");
            assert_eq!((c.word, c.written), (word, written), "{text}");
            let next = c.after(start).unwrap();
            assert_eq!((next - start).num_days(), days, "{text}");
            assert_eq!(next, day(expected), "{text}");
        }
    }

    #[test]
    fn cadences_accept_and_refuse_the_listed_words() {
        for text in ACCEPTED_CADENCES {
            assert!(text.parse::<Cadence>().is_ok(), "{text:?}");
        }
        for text in REFUSED_CADENCES {
            assert!(text.parse::<Cadence>().is_err(), "{text:?}");
        }
    }

    #[test]
    fn a_project_is_late_the_day_after_its_due_date() {
        let mut p = item(Kind::Project, Status::Active);
        p.due = Some(sp(day("2026-12-31")));
        assert_eq!(days_overdue(&p, day("2026-12-31"), None), None);
        assert_eq!(days_overdue(&p, day("2027-01-01"), None), Some(1));
        assert_eq!(days_overdue(&p, day("2027-02-01"), None), Some(32));
        p.status = sp(Status::Done);
        assert_eq!(days_overdue(&p, day("2027-02-01"), None), None);
    }

    #[test]
    fn ongoing_work_is_due_a_cadence_after_it_was_last_done() {
        let mut o = item(Kind::Ongoing, Status::Active);
        o.every = Some(Box::new(sp(cadence("month"))));
        assert_eq!(
            next_due(&o, Some(day("2026-07-01"))),
            Some(day("2026-08-01"))
        );
        o.start = Some(sp(day("2026-09-15")));
        assert_eq!(
            next_due(&o, Some(day("2026-07-01"))),
            Some(day("2026-10-15"))
        );
        o.last_done = Some(sp(day("2028-01-31")));
        assert_eq!(next_due(&o, None), Some(day("2028-02-29")));
        assert_eq!(days_overdue(&o, day("2028-03-01"), None), Some(1));
        o.every = None;
        assert_eq!(next_due(&o, None), None);
    }

    #[test]
    fn stale_means_no_sign_of_life_for_more_than_thirty_days() {
        let mut i = item(Kind::Project, Status::Active);
        assert!(is_stale(&i, day("2026-11-28"), None));
        i.start = Some(sp(day("2026-10-29")));
        assert!(!is_stale(&i, day("2026-11-28"), None));
        assert!(is_stale(&i, day("2026-11-29"), None));
        i.start = Some(sp(day("2027-01-10")));
        assert!(!is_stale(&i, day("2026-11-29"), None));
        i.status = sp(Status::Dropped);
        i.start = None;
        assert!(!is_stale(&i, day("2026-11-29"), None));
    }

    #[test]
    fn nothing_is_stale_in_the_first_thirty_days_of_the_period() {
        let period = Some(day("2027-07-01"));
        let mut i = item(Kind::Project, Status::Planned);
        assert!(!is_stale(&i, day("2027-07-01"), period));
        assert!(!is_stale(&i, day("2027-07-31"), period));
        assert!(is_stale(&i, day("2027-08-01"), period));
        // An old sign of life does not count against the new year.
        i.log = vec![crate::model::LogEntry {
            date: day("2027-03-01"),
            by: None,
            note: "carried".into(),
        }]
        .into();
        assert!(!is_stale(&i, day("2027-07-31"), period));
        assert_eq!(quiet_since(&i, period), Some(day("2027-07-01")));
        assert_eq!(last_activity(&i), Some(day("2027-03-01")));
    }

    #[test]
    fn ongoing_work_on_schedule_is_never_stale() {
        let period = Some(day("2026-07-01"));
        let mut o = item(Kind::Ongoing, Status::Active);
        o.every = Some(Box::new(sp(cadence("2 months"))));
        o.last_done = Some(sp(day("2026-09-01")));
        // Next due 2026-11-01; on 2026-10-25 nothing has happened for 54 days.
        assert!(!is_stale(&o, day("2026-10-25"), period));
        assert!(!is_stale(&o, day("2026-11-01"), period));
        // Past due and quiet for more than 30 days: stale.
        assert!(is_stale(&o, day("2026-11-02"), period));
        // Past due but a note 10 days ago: alive.
        o.log = vec![crate::model::LogEntry {
            date: day("2026-10-23"),
            by: None,
            note: "planned".into(),
        }]
        .into();
        assert!(!is_stale(&o, day("2026-11-02"), period));
        assert!(is_stale(&o, day("2026-11-23"), period));
    }

    #[test]
    fn a_new_year_starts_with_nothing_overdue() {
        let period = Some(day("2027-07-01"));
        let mut p = item(Kind::Project, Status::Active);
        p.due = Some(sp(day("2027-05-31")));
        assert_eq!(next_due(&p, period), None);
        assert_eq!(days_overdue(&p, day("2027-07-01"), period), None);
        assert_eq!(days_overdue(&p, day("2027-07-01"), None), Some(31));
        p.due = Some(sp(day("2027-07-01")));
        assert_eq!(next_due(&p, period), Some(day("2027-07-01")));
        assert_eq!(days_overdue(&p, day("2027-07-02"), period), Some(1));

        let mut o = item(Kind::Ongoing, Status::Active);
        o.every = Some(Box::new(sp(cadence("month"))));
        o.last_done = Some(sp(day("2027-04-10")));
        // last_done + every = 2027-05-10, before the period: due a month into the year.
        assert_eq!(next_due(&o, period), Some(day("2027-08-01")));
        assert_eq!(days_overdue(&o, day("2027-07-01"), period), None);
        assert_eq!(days_overdue(&o, day("2027-08-02"), period), Some(1));
        // Last done late in the old year: due on the date the cadence gives.
        o.last_done = Some(sp(day("2027-06-20")));
        assert_eq!(next_due(&o, period), Some(day("2027-07-20")));
        // Due on the period's first day itself: that day, not a cadence later.
        o.last_done = Some(sp(day("2027-06-01")));
        assert_eq!(next_due(&o, period), Some(day("2027-07-01")));
        assert_eq!(days_overdue(&o, day("2027-07-02"), period), Some(1));
    }

    #[test]
    fn health_takes_the_worst_reason() {
        let as_of = day("2026-11-28");
        let mut fresh = item(Kind::Project, Status::Active);
        fresh.start = Some(sp(as_of));
        assert_eq!(goal_health(true, [&fresh], as_of, None).0, Health::OnTrack);
        assert_eq!(
            goal_health(false, [&fresh], as_of, None).0,
            Health::OffTrack
        );
        assert_eq!(
            goal_health(true, [], as_of, None).1,
            vec![Reason::NoActivity]
        );
        let mut blocked = fresh.clone();
        blocked.status = sp(Status::Blocked);
        assert_eq!(goal_health(true, [&blocked], as_of, None).0, Health::AtRisk);
        let mut late = fresh.clone();
        late.due = Some(sp(day("2026-10-29")));
        let (health, reasons) = goal_health(true, [&late, &blocked], as_of, None);
        assert_eq!(health, Health::AtRisk);
        assert_eq!(
            reasons[0],
            Reason::Overdue {
                item: "x-1".into(),
                days: 30
            }
        );
        late.due = Some(sp(day("2026-10-28")));
        assert_eq!(goal_health(true, [&late], as_of, None).0, Health::OffTrack);
        let mut dropped = fresh.clone();
        dropped.status = sp(Status::Dropped);
        assert_eq!(
            goal_health(true, [&dropped], as_of, None).0,
            Health::OffTrack
        );
    }
}
