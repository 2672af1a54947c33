//! `followup`: the follow-up across operating years that the board gives the
//! council (fullmäktige), which adopted the strategy and asks whether it works. Per
//! goal and year: the effort at the year's end (items, done, dropped, still open,
//! overdue, health, by the same rules as `status` on that day) and the effect (the
//! year's newest indicator values), then the change over the span.

use chrono::NaiveDate;
use serde::Serialize;

use super::indicators::cohort_short;
use super::status::health_tone;
use super::trends;
use crate::figure::{self, Figure};
use crate::i18n::Lang;
use crate::model::{
    Cohort, Indicator, IndicatorUnit, Item, Period, Status, Strategy, Text, Year, year_label,
};
use crate::outcome;
use crate::render::document::Document;
use crate::render::{Cell, Table};
use crate::schedule::{self, Health};
use crate::{t, vocab};

/// What the follow-up covers: the years `years[from..]` (every year before them is
/// there too, for the measurements an indicator looks back to).
#[derive(Clone, Copy, Debug)]
pub struct Span<'a> {
    /// The strategy.
    pub strategy: &'a Strategy,
    /// The years up to the last one followed up, oldest first.
    pub years: &'a [Year],
    /// The index of the first year followed up.
    pub from: usize,
    /// The day of the report: a year still running is judged on it, a year that
    /// starts after it is left out.
    pub as_of: NaiveDate,
    /// Only this goal (`--goal`), in the strategy's spelling.
    pub goal: Option<&'a str>,
    /// The language of the human outputs.
    pub lang: Lang,
}

/// The follow-up of the goals over the years.
#[derive(Debug, Serialize)]
pub struct Followup {
    /// The operating years followed up, oldest first.
    pub years: Vec<String>,
    /// The day of the report.
    pub as_of: NaiveDate,
    /// One entry per goal, in the strategy's order.
    pub goals: Vec<GoalFollowup>,
    #[serde(skip)]
    intro: Vec<String>,
    #[serde(skip)]
    title: String,
}

/// One goal over the years.
#[derive(Debug, Serialize)]
pub struct GoalFollowup {
    /// The goal id.
    pub id: String,
    /// The goal's text.
    pub text: Text,
    /// The figures of each year, oldest first.
    pub years: Vec<YearFigures>,
    /// Per indicator and group, the first and the last year's value in the span.
    pub change: Vec<Change>,
}

/// One goal's figures for one year, as of the year's last day (or `as_of`).
#[derive(Debug, Serialize)]
pub struct YearFigures {
    /// The operating year, "2025-26".
    pub year: String,
    /// The day the figures are for: the period's last day, or `as_of` for a year
    /// still running.
    pub as_of: NaiveDate,
    /// Items serving the goal, other than dropped ones.
    pub items: usize,
    /// Of those, done.
    pub done: usize,
    /// Items serving the goal that were dropped.
    pub dropped: usize,
    /// Items neither done nor dropped (ongoing work counts as open).
    pub open_at_end: usize,
    /// Items overdue on that day.
    pub overdue_at_end: usize,
    /// The goal's health on that day.
    pub health_at_end: Health,
    /// The newest measurement per indicator and group dated within the year.
    pub indicators: Vec<YearValue>,
}

/// An indicator's value for one group in one year.
#[derive(Debug, Serialize)]
pub struct YearValue {
    /// The indicator id.
    pub id: String,
    /// The group; null for everyone.
    pub group: Option<Cohort>,
    /// The value.
    pub value: Figure,
    /// When it was measured.
    pub date: NaiveDate,
}

/// How an indicator's value for one group moved over the span.
#[derive(Debug, Serialize)]
pub struct Change {
    /// The indicator id.
    pub id: String,
    /// The group; null for everyone.
    pub group: Option<Cohort>,
    /// The first year in the span with a value.
    pub from_year: String,
    /// Its value.
    pub from: Figure,
    /// The last year in the span with a value.
    pub to_year: String,
    /// Its value.
    pub to: Figure,
    /// `to` minus `from`.
    pub change: Figure,
}

/// Computes the follow-up of the goals in scope over the span.
pub fn compute(span: &Span<'_>) -> Followup {
    let followed: Vec<(usize, Period, NaiveDate)> = (span.from..span.years.len())
        .filter_map(|i| {
            let period = span.years[i].header.period.as_ref()?.value;
            (period.start <= span.as_of).then(|| (i, period, period.end.min(span.as_of)))
        })
        .collect();
    let goals = span
        .strategy
        .goals()
        .filter(|g| span.goal.is_none_or(|wanted| wanted == g.id.value))
        .map(|goal| {
            let id = goal.id.value.as_str();
            let years: Vec<YearFigures> = followed
                .iter()
                .map(|&(i, period, end)| year_figures(span, i, period, end, id))
                .collect();
            GoalFollowup {
                id: id.to_owned(),
                text: goal.text.clone(),
                change: changes(&years),
                years,
            }
        })
        .collect();
    Followup {
        years: followed
            .iter()
            .map(|&(i, _, _)| span.years[i].name.clone())
            .collect(),
        as_of: span.as_of,
        goals,
        intro: intro(span, &followed),
        title: title(span, &followed),
    }
}

fn year_figures(
    span: &Span<'_>,
    index: usize,
    period: Period,
    end: NaiveDate,
    goal: &str,
) -> YearFigures {
    let year = &span.years[index];
    let serving: Vec<&Item> = year.items.iter().filter(|i| i.serves(goal)).collect();
    let live = || serving.iter().filter(|i| i.is_live());
    let count = |f: &dyn Fn(&Item) -> bool| live().filter(|i| f(i)).count();
    let (health, _) = schedule::goal_health(
        year.goal_owner_text(goal).is_some(),
        serving.iter().copied(),
        end,
        Some(period.start),
    );
    let indicators = span
        .strategy
        .indicators
        .iter()
        .filter(|i| i.serves(goal))
        .flat_map(|i| year_values(i, &span.years[..=index], period, span.as_of))
        .collect();
    YearFigures {
        year: year.name.clone(),
        as_of: end,
        items: live().count(),
        done: count(&|i| i.status.value == Status::Done),
        dropped: serving.len() - live().count(),
        open_at_end: count(&Item::is_open),
        overdue_at_end: count(&|i| schedule::days_overdue(i, end, Some(period.start)).is_some()),
        health_at_end: health,
        indicators,
    }
}

fn year_values(
    indicator: &Indicator,
    years: &[Year],
    period: Period,
    as_of: NaiveDate,
) -> Vec<YearValue> {
    outcome::year_values(&indicator.id.value, years, period, as_of)
        .into_iter()
        .map(|l| YearValue {
            id: indicator.id.value.clone(),
            group: l.group,
            value: Figure(l.current.value.value),
            date: l.current.date.value,
        })
        .collect()
}

/// Per indicator and group seen in the span, the first and the last year with a
/// value, when they are two different years.
fn changes(years: &[YearFigures]) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    for (y, figures) in years.iter().enumerate() {
        for v in &figures.indicators {
            if out.iter().any(|c| c.id == v.id && c.group == v.group) {
                continue;
            }
            let later = years[y + 1..].iter().rev().find_map(|f| {
                let last = f
                    .indicators
                    .iter()
                    .find(|w| w.id == v.id && w.group == v.group)?;
                Some((f.year.clone(), last.value))
            });
            if let Some((to_year, to)) = later {
                out.push(Change {
                    id: v.id.clone(),
                    group: v.group,
                    from_year: figures.year.clone(),
                    from: v.value,
                    to_year,
                    to,
                    change: Figure(outcome::round(to.0 - v.value.0)),
                });
            }
        }
    }
    out
}

fn title(span: &Span<'_>, followed: &[(usize, Period, NaiveDate)]) -> String {
    let lang = span.lang;
    let label = |i: usize| span.years[i].label();
    match (followed.first(), followed.last()) {
        (Some(first), Some(last)) if first.0 != last.0 => t!(
            lang,
            "followup-title-span",
            from = label(first.0),
            to = label(last.0),
            date = span.as_of
        ),
        (Some(only), _) => t!(
            lang,
            "followup-title-year",
            year = label(only.0),
            date = span.as_of
        ),
        _ => t!(lang, "followup-title-none", date = span.as_of),
    }
}

/// The strategy's visions on top, then how to read the figures.
fn intro(span: &Span<'_>, followed: &[(usize, Period, NaiveDate)]) -> Vec<String> {
    let lang = span.lang;
    let strategy = span.strategy;
    let mut lines = vec![strategy.title.get(lang).to_owned()];
    lines.extend(super::Visions::of(strategy).lines(lang));
    lines.push(t!(lang, "followup-how-to-read"));
    for &(i, period, end) in followed {
        if end < period.end {
            lines.push(t!(
                lang,
                "followup-still-running",
                year = span.years[i].label(),
                date = end
            ));
        }
    }
    lines
}

impl Followup {
    /// The follow-up as a document for the text, Markdown and HTML renderers; the
    /// HTML page gets a chart per indicator over the span.
    pub fn document(&self, span: &Span<'_>) -> Document {
        let lang = span.lang;
        let last = self
            .years
            .last()
            .and_then(|name| span.years.iter().position(|y| &y.name == name));
        let trends = last
            .filter(|_| !span.strategy.indicators.is_empty())
            .map(|last| {
                let years = &span.years[span.from..=last];
                let charts = span
                    .strategy
                    .indicators
                    .iter()
                    .filter(|i| span.goal.is_none_or(|g| i.serves(g)))
                    .map(|i| trends::chart(i, years, span.as_of, lang))
                    .collect();
                (t!(lang, "indicators-chart-heading"), charts)
            });
        Document {
            title: self.title.clone(),
            lines: self.intro.clone(),
            charts: None,
            trends,
            sections: self.goals.iter().map(|g| g.table(span, lang)).collect(),
        }
    }
}

impl GoalFollowup {
    fn table(&self, span: &Span<'_>, lang: Lang) -> Table {
        let unit = |id: &str| {
            span.strategy
                .indicators
                .iter()
                .find(|i| i.id.value == id)
                .and_then(|i| i.unit)
        };
        let rows = self
            .years
            .iter()
            .map(|y| {
                vec![
                    Cell::from(year_label(&y.year)),
                    Cell::from(y.items.to_string()),
                    Cell::from(y.done.to_string()),
                    Cell::from(y.dropped.to_string()),
                    Cell::from(y.open_at_end.to_string()),
                    Cell::from(y.overdue_at_end.to_string()),
                    Cell::toned(
                        vocab::health(y.health_at_end, lang),
                        health_tone(y.health_at_end),
                    ),
                    Cell::from(values_text(&y.indicators, &unit, lang)),
                ]
            })
            .collect();
        let headers = vec![
            t!(lang, "followup-col-year"),
            t!(lang, "followup-col-items"),
            t!(lang, "followup-col-done"),
            t!(lang, "followup-col-dropped"),
            t!(lang, "followup-col-open"),
            t!(lang, "followup-col-overdue"),
            t!(lang, "followup-col-health"),
            t!(lang, "followup-col-indicators"),
        ];
        Table {
            title: Some(t!(
                lang,
                "followup-goal-heading",
                id = &self.id,
                text = self.text.get(lang)
            )),
            headers,
            numeric: vec![false, true, true, true, true, true, false, false],
            long: vec![false; 8],
            rows,
            notes: self.change_note(lang).into_iter().collect(),
            empty: t!(lang, "followup-empty", date = span.as_of),
            optional: Vec::new(),
        }
    }

    /// "Change 2025/26 to 2026/27: equal-chances All +2, International +3"; a
    /// group measured in fewer years says which.
    fn change_note(&self, lang: Lang) -> Option<String> {
        let (first, last) = (self.years.first()?, self.years.last()?);
        if self.change.is_empty() {
            return None;
        }
        let mut parts: Vec<String> = Vec::new();
        for c in &self.change {
            let mut text = format!(
                "{} {}",
                cohort_short(c.group, lang),
                figure::signed(c.change.0, lang)
            );
            if (c.from_year.as_str(), c.to_year.as_str())
                != (first.year.as_str(), last.year.as_str())
            {
                text.push_str(&format!(
                    " ({}–{})",
                    year_label(&c.from_year),
                    year_label(&c.to_year)
                ));
            }
            join_under(&mut parts, &c.id, text);
        }
        Some(t!(
            lang,
            "followup-change",
            from = year_label(&first.year),
            to = year_label(&last.year),
            list = parts.join("; ")
        ))
    }
}

/// Adds `text` to the part for indicator `id` ("id: a, b"), or starts one.
fn join_under(parts: &mut Vec<String>, id: &str, text: String) {
    match parts.last_mut() {
        Some(last) if last.starts_with(&format!("{id}:")) => {
            last.push_str(", ");
            last.push_str(&text);
        }
        _ => parts.push(format!("{id}: {text}")),
    }
}

/// A year's indicator values in one cell: "equal-chances: All 82%, National 86%".
fn values_text(
    values: &[YearValue],
    unit: &dyn Fn(&str) -> Option<IndicatorUnit>,
    lang: Lang,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    for v in values {
        let text = format!(
            "{} {}",
            cohort_short(v.group, lang),
            figure::value(v.value.0, unit(&v.id), lang)
        );
        join_under(&mut parts, &v.id, text);
    }
    if parts.is_empty() {
        "—".to_owned()
    } else {
        parts.join("; ")
    }
}
