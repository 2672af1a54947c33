//! `week`: the board's weekly digest. It gathers what the other reports compute
//! (status for goal health and totals, `overdue` and `upcoming` for dates) and adds
//! what happened in the last seven days, so the board reads one page per meeting.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::charts::Charts;
use super::diff::Diff;
use super::due::{self, Overdue, Upcoming};
use super::indicators::{GoalOutcome, outcome_line};
use super::status::{self, GoalRow, Totals, health_tone, health_word, reason_text};
use super::{Scope, days};
use crate::i18n::Lang;
use crate::model::{Item, Kind, Status, Text};
use crate::render::document::Document;
use crate::render::{Cell, Report, Table, Tone};
use crate::schedule::{self, Health};
use crate::tr;

/// How far back "this week" reaches: completions and notes of the last seven days.
pub const WINDOW_DAYS: u64 = 7;
/// How far ahead the digest lists deadlines.
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
    /// What changed since `--since REV`, when asked for.
    pub changes: Option<Diff>,
    #[serde(skip)]
    heading: String,
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
    /// The newest sign of life, if any.
    pub last_activity: Option<NaiveDate>,
}

fn owner(item: &Item) -> Option<String> {
    item.owner.as_ref().map(|o| o.value.clone())
}

/// Computes the digest; `changes` is the diff section when `--since` was given.
pub fn compute(scope: &Scope<'_>, changes: Option<Diff>) -> Week {
    let lang = scope.lang;
    let as_of = scope.as_of;
    let since = as_of
        .checked_sub_days(Days::new(WINDOW_DAYS))
        .unwrap_or(NaiveDate::MIN);
    let in_window = |d: NaiveDate| since < d && d <= as_of;
    let status = status::compute(scope);
    let mut health = HealthCounts::default();
    for g in &status.goals {
        match g.health {
            Health::OnTrack => health.on_track += 1,
            Health::AtRisk => health.at_risk += 1,
            Health::OffTrack => health.off_track += 1,
        }
    }
    let mut completed = Vec::new();
    let mut notes = Vec::new();
    let mut stale = Vec::new();
    for item in scope.items() {
        let done = match item.kind {
            Kind::Project => item
                .completed
                .as_ref()
                .filter(|_| item.status.value == Status::Done),
            Kind::Ongoing => item.last_done.as_ref(),
        };
        if let Some(date) = done.map(|d| d.value).filter(|d| in_window(*d)) {
            completed.push(Completed {
                id: item.id.value.clone(),
                title: item.title.get(lang).to_owned(),
                owner: owner(item),
                kind: item.kind,
                date,
            });
        }
        for entry in item.log.iter().filter(|e| in_window(e.date)) {
            notes.push(Note {
                id: item.id.value.clone(),
                date: entry.date,
                by: entry.by.clone(),
                note: entry.note.clone(),
            });
        }
        if schedule::is_stale(item, as_of) {
            stale.push(Stale {
                id: item.id.value.clone(),
                title: item.title.get(lang).to_owned(),
                owner: owner(item),
                last_activity: schedule::last_activity(item),
            });
        }
    }
    completed.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    notes.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    let header = &scope.year.header;
    let reviewed = header.reviewed.as_ref().map(|r| r.value);
    let iso = as_of.iso_week();
    Week {
        plan: scope.strategy.title.clone(),
        year: scope.year.name.clone(),
        iso_week: format!("{}-W{:02}", iso.year(), iso.week()),
        as_of,
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
        heading: tr!(
            lang,
            "Weekly digest, week {} of {}: action plan {}, as of {}",
            "Veckorapport, vecka {} {}: handlingsplan {}, per {}",
            iso.week(),
            iso.year(),
            scope.year.label(),
            as_of
        ),
    }
}

impl Week {
    /// The digest's title.
    pub fn title(&self) -> &str {
        &self.heading
    }

    /// The lines under the title: the plan, lead and last review, and the headline figures.
    pub fn intro(&self, lang: Lang) -> Vec<String> {
        let plan = self.plan.get(lang);
        let lead = self
            .lead
            .clone()
            .unwrap_or_else(|| lang.pick("none appointed", "ingen utsedd").into());
        let review = match (self.reviewed, self.days_since_review) {
            (Some(day), Some(n)) if n >= 0 => tr!(
                lang,
                "{day} ({} ago)",
                "{day} (för {} sedan)",
                days(n, lang)
            ),
            (Some(day), _) => day.to_string(),
            _ => lang.pick("never", "aldrig").into(),
        };
        let t = &self.totals;
        let h = &self.health;
        let mut lines = vec![
            tr!(lang, "Plan: {plan}.", "Plan: {plan}."),
            tr!(
                lang,
                "Plan lead: {lead}. Last review by the board: {review}.",
                "Ansvarig för handlingsplanen: {lead}. Senast genomgången av styrelsen: {review}."
            ),
            tr!(
                lang,
                "{} items: {} done, {} overdue, {} stale. Goals: {} on track, {} at risk, {} off track.",
                "{} aktiviteter: {} klara, {} försenade, {} inaktiva. Mål: {} enligt plan, {} i riskzonen, {} ur kurs.",
                t.items,
                t.done,
                t.overdue,
                t.stale,
                h.on_track,
                h.at_risk,
                h.off_track
            ),
        ];
        lines.extend(outcome_line(&self.outcome, lang));
        lines
    }

    /// The digest's sections, each a table, in reading order.
    pub fn sections(&self, lang: Lang) -> Vec<Table> {
        let mut overdue = self.overdue.table(lang);
        overdue.title = Some(lang.pick("Overdue", "Försenat").into());
        let mut upcoming = self.upcoming.table(lang);
        upcoming.title = Some(tr!(
            lang,
            "Due in the next {} days",
            "Deadline inom {} dagar",
            AHEAD_DAYS
        ));
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
            title: Some(
                lang.pick("Goals not on track", "Mål som inte går enligt plan")
                    .into(),
            ),
            headers: words(
                lang,
                &["Goal", "Health", "Owner", "Why"],
                &["Mål", "Läge", "Ansvarig", "Varför"],
            ),
            numeric: vec![false; 4],
            long: vec![false, false, false, true],
            rows: self
                .goals_not_on_track
                .iter()
                .map(|g| {
                    let why: Vec<String> = g.reasons.iter().map(|r| reason_text(r, lang)).collect();
                    vec![
                        Cell::from(g.id.as_str()),
                        Cell::toned(health_word(g.health, lang), health_tone(g.health)),
                        g.owner
                            .as_deref()
                            .map_or_else(|| Cell::toned("—", Tone::Bad), Cell::from),
                        Cell::from(why.join(", ")),
                    ]
                })
                .collect(),
            notes: Vec::new(),
            empty: lang
                .pick("Every goal is on track.", "Alla mål går enligt plan.")
                .into(),
        }
    }

    fn completed_table(&self, lang: Lang) -> Table {
        Table {
            title: Some(tr!(
                lang,
                "Completed in the last {} days",
                "Klart de senaste {} dagarna",
                WINDOW_DAYS
            )),
            headers: words(
                lang,
                &["Id", "Item", "Owner", "Done"],
                &["Id", "Aktivitet", "Ansvarig", "Klar"],
            ),
            numeric: vec![false; 4],
            long: vec![false, true, false, false],
            rows: self
                .completed
                .iter()
                .map(|c| {
                    let date = match c.kind {
                        Kind::Project => c.date.to_string(),
                        Kind::Ongoing => tr!(lang, "{} (ongoing)", "{} (löpande)", c.date),
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
            empty: tr!(
                lang,
                "Nothing was completed in the last {} days.",
                "Inget blev klart de senaste {} dagarna.",
                WINDOW_DAYS
            ),
        }
    }

    fn notes_table(&self, lang: Lang) -> Table {
        Table {
            title: Some(tr!(
                lang,
                "Notes logged in the last {} days",
                "Anteckningar de senaste {} dagarna",
                WINDOW_DAYS
            )),
            headers: words(
                lang,
                &["Date", "Id", "By", "Note"],
                &["Datum", "Id", "Av", "Anteckning"],
            ),
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
            empty: tr!(
                lang,
                "No notes in the last {} days.",
                "Inga anteckningar de senaste {} dagarna.",
                WINDOW_DAYS
            ),
        }
    }

    fn stale_table(&self, lang: Lang) -> Table {
        Table {
            title: Some(tr!(
                lang,
                "Stale: no sign of life for more than {} days",
                "Inaktiva: inget nytt på mer än {} dagar",
                schedule::STALE_DAYS
            )),
            headers: words(
                lang,
                &["Id", "Item", "Owner", "Last activity"],
                &["Id", "Aktivitet", "Ansvarig", "Senast aktiv"],
            ),
            numeric: vec![false; 4],
            long: vec![false, true, false, false],
            rows: self
                .stale
                .iter()
                .map(|s| {
                    vec![
                        Cell::from(s.id.as_str()),
                        Cell::from(s.title.as_str()),
                        Cell::from(s.owner.clone().unwrap_or_default()),
                        Cell::toned(
                            s.last_activity.map_or_else(
                                || lang.pick("never", "aldrig").into(),
                                |d| d.to_string(),
                            ),
                            Tone::Warn,
                        ),
                    ]
                })
                .collect(),
            notes: Vec::new(),
            empty: lang
                .pick("No stale items.", "Inga inaktiva aktiviteter.")
                .into(),
        }
    }
}

/// Column headings in the run's language.
pub fn words(lang: Lang, en: &[&str], sv: &[&str]) -> Vec<String> {
    lang.pick(en, sv).iter().map(|w| w.to_string()).collect()
}

impl Week {
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
