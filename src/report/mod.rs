//! Reports: each computes plain data from the loaded plan and the as-of date, and
//! says how that data reads as a table. Rendering is left to `render`.

pub mod charts;
pub mod coverage;
pub mod diff;
pub mod due;
pub mod export;
pub mod followup;
pub mod indicators;
pub mod item;
pub mod items;
pub mod status;
pub mod trends;
pub mod units;
pub mod week;

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::{Item, Strategy, Year};
use crate::tr;

/// The slice of the plan a report looks at: one year, on one day, filtered by the
/// `--owner` and `--goal` options.
#[derive(Clone, Copy, Debug)]
pub struct Scope<'a> {
    /// The strategy, for goal texts.
    pub strategy: &'a Strategy,
    /// The year reported on.
    pub year: &'a Year,
    /// The reported year and every earlier one, oldest first: an indicator's
    /// newest value per group may come from any of them.
    pub history: &'a [Year],
    /// The day the report is for.
    pub as_of: NaiveDate,
    /// Only items owned by this post (`--owner`).
    pub owner: Option<&'a str>,
    /// Only items serving this goal (`--goal`).
    pub goal: Option<&'a str>,
    /// The language of titles.
    pub lang: Lang,
}

impl<'a> Scope<'a> {
    /// Whether a post matches `--owner`: case and surrounding spaces do not matter,
    /// since people type the post as they say it.
    pub fn owner_matches(&self, post: Option<&str>) -> bool {
        match (self.owner, post) {
            (None, _) => true,
            (Some(wanted), Some(post)) => {
                wanted.trim().to_lowercase() == post.trim().to_lowercase()
            }
            (Some(_), None) => false,
        }
    }

    /// The items that pass the filters.
    pub fn items(&self) -> impl Iterator<Item = &'a Item> + '_ {
        self.year
            .items
            .iter()
            .filter(move |i| self.owner_matches(i.owner()) && self.goal.is_none_or(|g| i.serves(g)))
    }

    /// Whether a goal passes `--goal` (which holds the strategy's spelling of the id).
    pub fn shows_goal(&self, id: &str) -> bool {
        self.goal.is_none_or(|g| g == id)
    }

    /// The first day of the year's period, the base of ongoing work never done.
    pub fn period_start(&self) -> Option<NaiveDate> {
        self.year.header.period.as_ref().map(|p| p.value.start)
    }

    /// "Action plan 2026/27, as of 2026-11-28": the line above every report.
    pub fn heading(&self, what: &str) -> String {
        tr!(
            self.lang,
            "{what}: action plan {}, as of {}",
            "{what}: handlingsplan {}, per {}",
            self.year.label(),
            self.as_of
        )
    }
}

/// "3 days" / "3 dagar".
pub fn days(n: i64, lang: Lang) -> String {
    match (lang, n.abs()) {
        (Lang::En, 1) => format!("{n} day"),
        (Lang::En, _) => format!("{n} days"),
        (Lang::Sv, 1) => format!("{n} dag"),
        (Lang::Sv, _) => format!("{n} dagar"),
    }
}
