//! `week`: the board's weekly digest. It gathers what the other reports compute
//! (status for goal health and totals, `overdue` and `upcoming` for dates) and adds
//! what happened in the last seven days, so the board reads one page per meeting.
//! Every section counts the same items: those that pass the scope's filters.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::charts::Charts;
use super::diff::Diff;
use super::due::{self, Overdue, Upcoming};
use super::indicators::{GoalOutcome, outcome_line};
use super::status::{self, GoalRow, Totals, health_tone, reason_text};
use super::{Filter, Scope, days};
use crate::i18n::Lang;
use crate::model::{Item, Kind, Status, Text};
use crate::render::document::Document;
use crate::render::{Cell, Report, Table, Tone};
use crate::schedule::{self, Health};
use crate::{t, vocab};

/// How far back "this week" reaches: completions and notes of the last seven days.
pub const WINDOW_DAYS: u64 = 7;
/// How far ahead the digest lists next due dates.
pub const AHEAD_DAYS: u32 = 14;

/// The weekly digest of one year on one day.
#[derive(Debug, Serialize)]
pub struct Week {
    /// The strategy the plan serves.
    pub plan: Text,
    /// The operating year, "2026-27".
    pub year: String,
    /// The ISO week that holds `as_of`, "2026-W48".
    pub iso_week: String,
    /// The day the digest is for.
    pub as_of: NaiveDate,
    /// The `--owner` and `--goal` filters every section counts under.
    pub filter: Filter,
    /// The plan lead.
    pub lead: Option<String>,
    /// When the board last went through the plan.
    pub reviewed: Option<NaiveDate>,
    /// Days from that review to `as_of`.
    pub days_since_review: Option<i64>,
    /// The status report's totals.
    pub totals: Totals,
    /// How many goals are on track, at risk and off track.
    pub health: HealthCounts,
    /// Each goal's indicator verdicts: the outcome, beside the effort.
    pub outcome: Vec<GoalOutcome>,
    /// Goals that are not on track, with the reasons.
    pub goals_not_on_track: Vec<GoalRow>,
    /// Items past due.
    pub overdue: Overdue,
    /// Items due in the next [`AHEAD_DAYS`] days.
    pub upcoming: Upcoming,
    /// Items completed (projects) or carried out (ongoing work) in the last week.
    pub completed: Vec<Completed>,
    /// Log notes dated in the last week.
    pub notes: Vec<Note>,
    /// Open items with no sign of life for [`schedule::STALE_DAYS`] days.
    pub stale: Vec<Stale>,
    /// What changed since `--since` or `--against`, when asked for.
    pub changes: Option<Diff>,
    #[serde(skip)]
    heading: String,
    #[serde(skip)]
    owner_note: Option<String>,
    /// The strategy's visions, shown under the strategy's title.
    #[serde(skip)]
    visions: super::Visions,
}

/// How many goals stand at each health.
#[derive(Debug, Default, Serialize)]
pub struct HealthCounts {
    /// On track.
    pub on_track: usize,
    /// At risk.
    pub at_risk: usize,
    /// Off track.
    pub off_track: usize,
}

/// An item finished or carried out this week.
#[derive(Debug, Serialize)]
pub struct Completed {
    /// The item id.
    pub id: String,
    /// The title in the run's language.
    pub title: String,
    /// The owning post.
    pub owner: Option<String>,
    /// Project (completed) or ongoing (last done).
    pub kind: Kind,
    /// The day.
    pub date: NaiveDate,
}

/// A log note of this week.
#[derive(Debug, Serialize)]
pub struct Note {
    /// The item id.
    pub id: String,
    /// The note's date.
    pub date: NaiveDate,
    /// Who wrote it.
    pub by: Option<String>,
    /// The note.
    pub note: String,
}

/// A stale item.
#[derive(Debug, Serialize)]
pub struct Stale {
    /// The item id.
    pub id: String,
    /// The title in the run's language.
    pub title: String,
    /// The owning post.
    pub owner: Option<String>,
    /// The item's own newest sign of life, if any.
    pub last_activity: Option<NaiveDate>,
}

fn owner(item: &Item) -> Option<String> {
    item.owner().map(str::to_owned)
}

/// The day a project was completed or ongoing work last carried out, if any.
fn done_on(item: &Item) -> Option<NaiveDate> {
    let day = match item.kind {
        Kind::Project => item
            .completed
            .as_ref()
            .filter(|_| item.status.value == Status::Done),
        Kind::Ongoing => item.last_done.as_ref(),
    };
    day.map(|d| d.value)
}

/// What happened to the scope's items in the window, and which have gone stale.
fn this_week(scope: &Scope<'_>) -> (Vec<Completed>, Vec<Note>, Vec<Stale>) {
    let lang = scope.lang;
    let since = scope
        .as_of
        .checked_sub_days(Days::new(WINDOW_DAYS))
        .unwrap_or(NaiveDate::MIN);
    let in_window = |d: NaiveDate| since < d && d <= scope.as_of;
    let (mut completed, mut notes, mut stale) = (Vec::new(), Vec::new(), Vec::new());
    for item in scope.items() {
        if let Some(date) = done_on(item).filter(|d| in_window(*d)) {
            completed.push(Completed {
                id: item.id.value.to_string(),
                title: item.title.get(lang).to_owned(),
                owner: owner(item),
                kind: item.kind,
                date,
            });
        }
        for entry in item.log.iter().filter(|e| in_window(e.date)) {
            notes.push(Note {
                id: item.id.value.to_string(),
                date: entry.date,
                by: entry.by.as_ref().map(ToString::to_string),
                note: entry.note.to_string(),
            });
        }
        if scope.is_stale(item) {
            stale.push(Stale {
                id: item.id.value.to_string(),
                title: item.title.get(lang).to_owned(),
                owner: owner(item),
                last_activity: schedule::last_activity(item),
            });
        }
    }
    completed.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    notes.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    (completed, notes, stale)
}

/// Computes the digest; `changes` is the diff section when `--since` was given.
pub fn compute(scope: &Scope<'_>, changes: Option<Diff>) -> Week {
    let as_of = scope.as_of;
    let status = status::compute(scope);
    let mut health = HealthCounts::default();
    for g in &status.goals {
        match g.health {
            Health::OnTrack => health.on_track += 1,
            Health::AtRisk => health.at_risk += 1,
            Health::OffTrack => health.off_track += 1,
        }
    }
    let (completed, notes, stale) = this_week(scope);
    let header = &scope.year.header;
    let reviewed = header.reviewed.as_ref().map(|r| r.value);
    let iso = as_of.iso_week();
    let what = t!(
        scope.lang,
        "week-title",
        week = iso.week(),
        year = iso.year()
    );
    Week {
        plan: scope.strategy.title.clone(),
        visions: super::Visions::of(scope.strategy),
        year: scope.year.name.clone(),
        iso_week: format!("{}-W{:02}", iso.year(), iso.week()),
        as_of,
        filter: scope.filter(),
        lead: header.lead.as_ref().map(|l| l.value.clone()),
        reviewed,
        days_since_review: reviewed.map(|r| (as_of - r).num_days()),
        totals: status.totals,
        health,
        outcome: status
            .goals
            .iter()
            .map(|g| GoalOutcome {
                goal: g.id.clone(),
                outcome: g.outcome.clone(),
            })
            .collect(),
        goals_not_on_track: status
            .goals
            .into_iter()
            .filter(|g| g.health != Health::OnTrack)
            .collect(),
        overdue: due::overdue(scope),
        upcoming: due::upcoming(scope, AHEAD_DAYS),
        completed,
        notes,
        stale,
        changes,
        heading: scope.heading(&what),
        owner_note: scope.owner_note(),
    }
}

impl Week {
    /// The digest's title.
    pub fn title(&self) -> &str {
        &self.heading
    }

    /// The lines under the title: the plan, lead and last review, and the headline figures.
    pub fn intro(&self, lang: Lang) -> Vec<String> {
        let lead = self
            .lead
            .clone()
            .unwrap_or_else(|| t!(lang, "week-no-lead"));
        let review = match (self.reviewed, self.days_since_review) {
            (Some(day), Some(n)) if n >= 0 => {
                t!(
                    lang,
                    "week-review-ago",
                    date = day,
                    ago = days(n, lang),
                    n = n
                )
            }
            (Some(day), _) => day.to_string(),
            _ => t!(lang, "week-never"),
        };
        let t = &self.totals;
        let h = &self.health;
        let mut lines = vec![t!(lang, "week-plan", plan = self.plan.get(lang))];
        lines.extend(self.visions.lines(lang));
        lines.extend([
            t!(lang, "week-lead", lead = lead, review = review),
            t!(
                lang,
                "week-headline",
                items = t!(lang, "count-items", n = t.items),
                done = t.done,
                overdue = t.overdue,
                stale = t.stale,
                goals = t!(
                    lang,
                    "count-goals",
                    n = h.on_track + h.at_risk + h.off_track
                ),
                on_track = h.on_track,
                at_risk = h.at_risk,
                off_track = h.off_track
            ),
        ]);
        lines.extend(outcome_line(&self.outcome, lang));
        lines.extend(self.owner_note.clone());
        lines
    }

    /// The digest's sections, each a table, in reading order.
    pub fn sections(&self, lang: Lang) -> Vec<Table> {
        let mut overdue = self.overdue.table(lang);
        overdue.title = Some(t!(lang, "week-overdue-title"));
        let mut upcoming = self.upcoming.table(lang);
        upcoming.title = Some(t!(lang, "week-upcoming-title", n = AHEAD_DAYS));
        let mut sections = vec![
            self.goals_table(lang),
            overdue,
            upcoming,
            self.completed_table(lang),
            self.notes_table(lang),
            self.stale_table(lang),
        ];
        if let Some(diff) = &self.changes {
            sections.push(diff.table(lang));
        }
        sections
    }

    fn goals_table(&self, lang: Lang) -> Table {
        Table {
            title: Some(t!(lang, "week-goals-title")),
            headers: vec![
                t!(lang, "report-col-goal"),
                t!(lang, "report-col-health"),
                t!(lang, "report-col-owner"),
                t!(lang, "week-col-why"),
            ],
            numeric: vec![false; 4],
            long: vec![false, false, false, true],
            rows: self
                .goals_not_on_track
                .iter()
                .map(|g| {
                    let why: Vec<String> = g.reasons.iter().map(|r| reason_text(r, lang)).collect();
                    vec![
                        Cell::from(g.id.as_str()),
                        Cell::toned(vocab::health(g.health, lang), health_tone(g.health)),
                        g.owner
                            .as_deref()
                            .map_or_else(|| Cell::toned("—", Tone::Bad), Cell::from),
                        Cell::from(why.join(", ")),
                    ]
                })
                .collect(),
            notes: Vec::new(),
            empty: t!(lang, "week-goals-none"),
            optional: Vec::new(),
        }
    }

    fn completed_table(&self, lang: Lang) -> Table {
        Table {
            title: Some(t!(lang, "week-completed-title", n = WINDOW_DAYS)),
            headers: vec![
                t!(lang, "report-col-id"),
                t!(lang, "report-col-item"),
                t!(lang, "report-col-owner"),
                t!(lang, "week-col-done"),
            ],
            numeric: vec![false; 4],
            long: vec![false, true, false, false],
            rows: self
                .completed
                .iter()
                .map(|c| {
                    let date = match c.kind {
                        Kind::Project => c.date.to_string(),
                        Kind::Ongoing => t!(lang, "week-done-ongoing", date = c.date),
                    };
                    vec![
                        Cell::from(c.id.as_str()),
                        Cell::from(c.title.as_str()),
                        Cell::from(c.owner.clone().unwrap_or_default()),
                        Cell::toned(date, Tone::Good),
                    ]
                })
                .collect(),
            notes: Vec::new(),
            empty: t!(lang, "week-completed-none", n = WINDOW_DAYS),
            optional: Vec::new(),
        }
    }

    fn notes_table(&self, lang: Lang) -> Table {
        Table {
            title: Some(t!(lang, "week-notes-title", n = WINDOW_DAYS)),
            headers: vec![
                t!(lang, "week-col-date"),
                t!(lang, "report-col-id"),
                t!(lang, "week-col-by"),
                t!(lang, "week-col-note"),
            ],
            numeric: vec![false; 4],
            long: vec![false, false, false, true],
            rows: self
                .notes
                .iter()
                .map(|n| {
                    vec![
                        Cell::from(n.date.to_string()),
                        Cell::from(n.id.as_str()),
                        Cell::from(n.by.clone().unwrap_or_default()),
                        Cell::from(n.note.as_str()),
                    ]
                })
                .collect(),
            notes: Vec::new(),
            empty: t!(lang, "week-notes-none", n = WINDOW_DAYS),
            optional: Vec::new(),
        }
    }

    fn stale_table(&self, lang: Lang) -> Table {
        Table {
            title: Some(t!(lang, "week-stale-title", n = schedule::STALE_DAYS)),
            headers: vec![
                t!(lang, "report-col-id"),
                t!(lang, "report-col-item"),
                t!(lang, "report-col-owner"),
                t!(lang, "week-col-last-activity"),
            ],
            numeric: vec![false; 4],
            long: vec![false, true, false, false],
            rows: self
                .stale
                .iter()
                .map(|s| {
                    let last = s
                        .last_activity
                        .map_or_else(|| t!(lang, "week-never"), |d| d.to_string());
                    vec![
                        Cell::from(s.id.as_str()),
                        Cell::from(s.title.as_str()),
                        Cell::from(s.owner.clone().unwrap_or_default()),
                        Cell::toned(last, Tone::Warn),
                    ]
                })
                .collect(),
            notes: Vec::new(),
            empty: t!(lang, "week-stale-none"),
            optional: Vec::new(),
        }
    }

    /// The digest as a document for the text, Markdown and HTML renderers.
    pub fn document(&self, lang: Lang, charts: Option<Charts>) -> Document {
        Document {
            title: self.heading.clone(),
            lines: self.intro(lang),
            charts,
            trends: None,
            sections: self.sections(lang),
        }
    }
}
