//! Reports: each computes plain data from the loaded plan and the as-of date, and
//! says how that data reads as a table. Rendering is left to `render`. The slice of
//! the plan a report looks at is a [`Scope`]; its filters are defined here once, so
//! every report (and every figure in it) counts the same items.

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
use serde::Serialize;

use crate::i18n::Lang;
use crate::load::Outside;
use crate::model::{Goal, Item, Strategy, Year};
use crate::schedule;
use crate::t;

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
    /// Only items owned by this post (`--owner`), as the plan spells it.
    pub owner: Option<&'a str>,
    /// Only items serving this goal (`--goal`), as the strategy spells it.
    pub goal: Option<&'a str>,
    /// The language of titles.
    pub lang: Lang,
    /// Where `as_of` falls when the year's period does not hold it.
    pub outside: Option<Outside>,
}

/// The strategy's two visions, which every report for the board and the council
/// shows under its heading: the work is judged against them. The union's vision
/// and the strategy's vision for internationalisation, as `strategy.toml` words
/// them; a vision the file leaves out is not shown.
#[derive(Clone, Debug, Default)]
pub struct Visions {
    vision: crate::model::Text,
    international: crate::model::Text,
}

impl Visions {
    /// The visions of `strategy`.
    pub fn of(strategy: &Strategy) -> Self {
        Visions {
            vision: strategy.vision.clone(),
            international: strategy.internationalisation_vision.clone(),
        }
    }

    /// One line per vision, in `lang`: "Vision: ..." and "Vision för
    /// internationalisering: ...".
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut lines = Vec::new();
        let vision = self.vision.get(lang);
        if !vision.is_empty() {
            lines.push(t!(lang, "report-vision", text = vision));
        }
        let international = self.international.get(lang);
        if !international.is_empty() {
            lines.push(t!(
                lang,
                "report-vision-international",
                text = international
            ));
        }
        lines
    }
}

/// The filters of a report, for JSON readers: `null` where not filtered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Filter {
    /// The post of `--owner`, as the plan spells it.
    pub owner: Option<String>,
    /// The goal of `--goal`.
    pub goal: Option<String>,
}

impl<'a> Scope<'a> {
    /// The last year of `years` (with the others as its history) on one day,
    /// unfiltered. `None` when there is no year.
    pub fn whole(
        strategy: &'a Strategy,
        years: &'a [Year],
        as_of: NaiveDate,
        lang: Lang,
    ) -> Option<Self> {
        Some(Scope {
            strategy,
            year: years.last()?,
            history: years,
            as_of,
            owner: None,
            goal: None,
            lang,
            outside: None,
        })
    }

    /// Whether a post matches `--owner`: case and surrounding spaces do not matter,
    /// since people type the post as they say it.
    pub fn owner_matches(&self, post: Option<&str>) -> bool {
        match (self.owner, post) {
            (None, _) => true,
            (Some(wanted), Some(post)) => same_name(wanted, post),
            (Some(_), None) => false,
        }
    }

    /// Whether an item passes the filters: owned by `--owner` and serving `--goal`.
    /// Dropped items pass too; each report decides whether they count.
    pub fn includes(&self, item: &Item) -> bool {
        self.owner_matches(item.owner()) && self.goal.is_none_or(|g| item.serves(g))
    }

    /// The items that pass the filters, in file order.
    pub fn items(&self) -> impl Iterator<Item = &'a Item> + '_ {
        self.year.items.iter().filter(move |i| self.includes(i))
    }

    /// The items that pass the filters and serve a goal: what the goal's figures and
    /// health are computed from. Under `--owner`, only that post's items.
    pub fn goal_items(&self, goal: &'a str) -> impl Iterator<Item = &'a Item> + '_ {
        self.items().filter(move |i| i.serves(goal))
    }

    /// Whether a goal passes `--goal` (which holds the strategy's spelling of the id).
    pub fn shows_goal(&self, id: &str) -> bool {
        self.goal.is_none_or(|g| g == id)
    }

    /// The strategy's goals a report shows, in the strategy's order: the `--goal`
    /// one, and under `--owner` the goals the post owns or has a live item under.
    pub fn goals(&self) -> impl Iterator<Item = &'a Goal> + '_ {
        self.strategy.goals().filter(move |g| {
            let id = g.id.value.as_str();
            self.shows_goal(id)
                && (self.owner.is_none()
                    || self
                        .year
                        .goal_owners(id)
                        .iter()
                        .any(|o| self.owner_matches(Some(o)))
                    || self.goal_items(id).any(Item::is_live))
        })
    }

    /// The first day of the year's period, the base of ongoing work never done.
    pub fn period_start(&self) -> Option<NaiveDate> {
        self.year.header.period.as_ref().map(|p| p.value.start)
    }

    /// [`schedule::next_due`] in this year.
    pub fn next_due(&self, item: &Item) -> Option<NaiveDate> {
        schedule::next_due(item, self.period_start())
    }

    /// [`schedule::days_overdue`] on the report's day.
    pub fn days_overdue(&self, item: &Item) -> Option<i64> {
        schedule::days_overdue(item, self.as_of, self.period_start())
    }

    /// [`schedule::is_stale`] on the report's day.
    pub fn is_stale(&self, item: &Item) -> bool {
        schedule::is_stale(item, self.as_of, self.period_start())
    }

    /// The filters, for JSON.
    pub fn filter(&self) -> Filter {
        Filter {
            owner: self.owner.map(str::to_owned),
            goal: self.goal.map(str::to_owned),
        }
    }

    /// "owner Vice ordförande, goal 2b": what the report is filtered to, if anything.
    pub fn filter_text(&self) -> Option<String> {
        let lang = self.lang;
        let parts: Vec<String> = [
            self.owner
                .map(|o| t!(lang, "report-filter-owner", owner = o)),
            self.goal.map(|g| t!(lang, "report-filter-goal", goal = g)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// "Status: action plan 2026/27, as of 2026-11-28": the line above every report,
    /// saying also what it is filtered to and when the day lies outside the period.
    pub fn heading(&self, what: &str) -> String {
        let lang = self.lang;
        let mut line = t!(
            lang,
            "report-heading",
            what = what,
            year = self.year.label(),
            date = self.as_of
        );
        match self.outside {
            Some(Outside::Before(start)) => {
                line.push_str(&t!(lang, "report-heading-before-period", start = start));
            }
            Some(Outside::After(end)) => {
                line.push_str(&t!(lang, "report-heading-after-period", end = end));
            }
            None => {}
        }
        if let Some(filter) = self.filter_text() {
            line.push_str(&t!(lang, "report-heading-filter", filter = filter));
        }
        line
    }

    /// The note under a report filtered by `--owner`: health and figures count only
    /// that post's items.
    pub fn owner_note(&self) -> Option<String> {
        self.owner
            .map(|owner| t!(self.lang, "report-owner-note", owner = owner))
    }
}

/// Whether two spellings name the same post or unit: case and surrounding spaces
/// aside, as people type them.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The post `--owner` names, as the year spells it: `Err` with the nearest post (if
/// any is near) when the year names no such post in its roster, lead, goal owners or
/// items. A misspelt post must not look like a post with nothing to do.
pub fn find_post<'y>(year: &'y Year, wanted: &str) -> Result<&'y str, Option<&'y str>> {
    let posts = year.posts();
    if let Some(post) = posts.iter().find(|p| same_name(p, wanted)) {
        return Ok(post);
    }
    Err(crate::suggest::nearest(
        wanted.trim(),
        posts.iter().copied(),
    ))
}

/// "3 days" / "3 dagar".
pub fn days(n: i64, lang: Lang) -> String {
    t!(lang, "count-days", n = n)
}
