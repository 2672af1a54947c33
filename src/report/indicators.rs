//! `indicators`: for each indicator of the strategy, the newest value per group up
//! to `--as-of` (from the reported year and every earlier one), the value before it
//! and the change, the gap to the compare group, and whether the target is met.
//! Also the outcome of each goal that `status` and `week` show next to the effort.
//! The figures come from the rules of [`crate::outcome`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::Scope;
use crate::figure::{self, Figure};
use crate::i18n::Lang;
use crate::model::{Cohort, Direction, Group, Indicator, IndicatorUnit, Text};
use crate::outcome::{self, Latest};
use crate::render::{Cell, Report, Table, Tone};
use crate::{t, vocab};

/// The indicators of the strategy on one day.
#[derive(Debug, Serialize)]
pub struct IndicatorsReport {
    /// The operating year reported on, "2026-27".
    pub year: String,
    /// The day the figures are for.
    pub as_of: NaiveDate,
    /// One entry per indicator, in the strategy's order.
    pub indicators: Vec<IndicatorRow>,
    #[serde(skip)]
    heading: String,
    #[serde(skip)]
    declared: bool,
}

/// One indicator with its newest figures.
#[derive(Debug, Serialize)]
pub struct IndicatorRow {
    /// The indicator id.
    pub id: String,
    /// The goals it measures.
    pub goals: Vec<String>,
    /// What is measured.
    pub text: Text,
    /// percent, count or score.
    pub unit: Option<IndicatorUnit>,
    /// Where the figures come from.
    pub source: Option<String>,
    /// up or down: which way is better.
    pub direction: Direction,
    /// The target, if any.
    pub target: Option<Figure>,
    /// The group the others are compared with, if any.
    pub compare: Option<Cohort>,
    /// The newest measurement of each group, everyone first.
    pub latest: Vec<LatestRow>,
    /// Per group other than `compare`: its newest value minus the compare group's.
    pub gap: BTreeMap<Cohort, Figure>,
    /// Whether every group but `compare` meets the target; null without a target
    /// or a value.
    pub met: Option<bool>,
}

/// One group's newest measurement.
#[derive(Debug, Serialize)]
pub struct LatestRow {
    /// The group; null for everyone.
    pub group: Option<Cohort>,
    /// When it was measured.
    pub date: NaiveDate,
    /// The value.
    pub value: Figure,
    /// How many answered.
    pub n: Option<u64>,
    /// The group's value just before, from any year.
    pub previous: Option<Figure>,
    /// When that was measured.
    pub previous_date: Option<NaiveDate>,
    /// `value` minus `previous`, raw.
    pub change: Option<Figure>,
    /// Whether this value meets the target (null without one, and for the compare
    /// group, which is not judged).
    pub meets: Option<bool>,
}

/// Computes the report for the indicators in scope (`--goal` keeps those that
/// measure the goal).
pub fn compute(scope: &Scope<'_>) -> IndicatorsReport {
    let lang = scope.lang;
    let indicators = scope
        .strategy
        .indicators
        .iter()
        .filter(|i| scope.goal.is_none_or(|g| i.serves(g)))
        .map(|i| row(scope, i))
        .collect();
    IndicatorsReport {
        year: scope.year.name.clone(),
        as_of: scope.as_of,
        indicators,
        heading: scope.heading(&t!(lang, "indicators-heading")),
        declared: !scope.strategy.indicators.is_empty(),
    }
}

fn row(scope: &Scope<'_>, indicator: &Indicator) -> IndicatorRow {
    let measured = outcome::measured(&indicator.id.value, scope.history, scope.as_of);
    let latest = outcome::latest(&measured);
    IndicatorRow {
        id: indicator.id.value.clone(),
        goals: indicator.goals.iter().map(|g| g.value.clone()).collect(),
        text: indicator.text.clone(),
        unit: indicator.unit,
        source: indicator.source.clone(),
        direction: indicator.direction,
        target: indicator.target.as_ref().map(|t| Figure(t.value)),
        compare: indicator.compare,
        latest: latest.iter().map(|l| latest_row(indicator, l)).collect(),
        gap: outcome::gaps(indicator, &latest)
            .into_iter()
            .map(|(g, v)| (g, Figure(v)))
            .collect(),
        met: outcome::met(indicator, &latest),
    }
}

fn latest_row(indicator: &Indicator, l: &Latest<'_>) -> LatestRow {
    let judged = indicator.compare.is_none() || l.group != indicator.compare;
    LatestRow {
        group: l.group,
        date: l.current.date.value,
        value: Figure(l.current.value.value),
        n: l.current.n.as_ref().map(|n| n.value),
        previous: l.previous.map(|p| Figure(p.value.value)),
        previous_date: l.previous.map(|p| p.date.value),
        change: l.change().map(Figure),
        meets: judged
            .then(|| outcome::meets(indicator, l.current.value.value))
            .flatten(),
    }
}

/// A group as a person names it: "exchange students", "all respondents".
pub fn cohort(group: Option<Cohort>, lang: Lang) -> String {
    match group {
        None => t!(lang, "indicators-group-everyone"),
        Some(Cohort::International) => t!(lang, "indicators-group-international"),
        Some(Cohort::National) => t!(lang, "indicators-group-national"),
        Some(c) => vocab::group(as_group(c), lang),
    }
}

/// A group as a short column value: "Exchange", "All".
pub fn cohort_short(group: Option<Cohort>, lang: Lang) -> String {
    match group {
        None => t!(lang, "indicators-group-everyone-short"),
        Some(Cohort::International) => t!(lang, "indicators-group-international-short"),
        Some(Cohort::National) => t!(lang, "indicators-group-national-short"),
        Some(c) => vocab::group_short(as_group(c), lang),
    }
}

/// The item target group a measured group is, for the three the strategy names.
fn as_group(c: Cohort) -> Group {
    match c {
        Cohort::Eu => Group::Eu,
        Cohort::NonEu => Group::NonEu,
        _ => Group::Exchange,
    }
}

/// "yes" / "no" for a met target, empty when there is nothing to judge.
fn yes_no(met: Option<bool>, lang: Lang) -> Cell {
    match met {
        Some(true) => Cell::toned(t!(lang, "indicators-yes"), Tone::Good),
        Some(false) => Cell::toned(t!(lang, "indicators-no"), Tone::Warn),
        None => Cell::from(""),
    }
}

impl IndicatorRow {
    fn value(&self, x: f64, lang: Lang) -> String {
        figure::value(x, self.unit, lang)
    }

    /// The table rows: one per group measured, or one saying there is no data.
    fn cells(&self, lang: Lang) -> Vec<Vec<Cell>> {
        let target = self
            .target
            .map(|t| self.value(t.0, lang))
            .unwrap_or_default();
        if self.latest.is_empty() {
            let mut row = vec![
                Cell::from(self.id.as_str()),
                Cell::from("—"),
                Cell::from(""),
                Cell::toned(t!(lang, "indicators-no-data"), Tone::Warn),
            ];
            row.extend((0..4).map(|_| Cell::from("")));
            row.extend([Cell::from(target), Cell::from("")]);
            return vec![row];
        }
        self.latest
            .iter()
            .map(|l| {
                let gap = match l.group {
                    Some(g) if Some(g) == self.compare => t!(lang, "indicators-reference"),
                    Some(g) => self
                        .gap
                        .get(&g)
                        .map(|v| figure::signed(v.0, lang))
                        .unwrap_or_default(),
                    None => String::new(),
                };
                vec![
                    Cell::from(self.id.as_str()),
                    Cell::from(cohort_short(l.group, lang)),
                    Cell::from(l.date.to_string()),
                    Cell::from(self.value(l.value.0, lang)),
                    Cell::from(l.n.map(|n| n.to_string()).unwrap_or_default()),
                    Cell::from(
                        l.previous
                            .map(|p| self.value(p.0, lang))
                            .unwrap_or_default(),
                    ),
                    Cell::from(
                        l.change
                            .map(|c| figure::signed(c.0, lang))
                            .unwrap_or_default(),
                    ),
                    Cell::from(gap),
                    Cell::from(target.clone()),
                    yes_no(l.meets, lang),
                ]
            })
            .collect()
    }

    /// The line under the table that says what the indicator is and how it stands.
    fn note(&self, lang: Lang, as_of: NaiveDate) -> String {
        let mut parts = vec![t!(
            lang,
            "indicators-note-head",
            id = &self.id,
            n = self.goals.len(),
            goals = self.goals.join(", "),
            text = self.text.get(lang)
        )];
        parts.push(match self.target {
            Some(target) => t!(
                lang,
                "indicators-note-target",
                target = self.value(target.0, lang),
                down = self.direction.as_str(),
                verdict = verdict(self.met, lang)
            ),
            None => t!(
                lang,
                "indicators-note-no-target",
                down = self.direction.as_str()
            ),
        });
        if let Some(compare) = self.compare {
            parts.push(t!(
                lang,
                "indicators-gap-against",
                group = cohort(Some(compare), lang)
            ));
        }
        if self.latest.is_empty() {
            parts.push(t!(lang, "indicators-no-measurement", date = as_of));
        }
        if let Some(source) = &self.source {
            parts.push(t!(lang, "indicators-source", source = source.as_str()));
        }
        format!("{}.", parts.join(". "))
    }
}

/// "met", "not met", "not yet measured".
pub fn verdict(met: Option<bool>, lang: Lang) -> String {
    match met {
        Some(true) => t!(lang, "indicators-verdict-met"),
        Some(false) => t!(lang, "indicators-verdict-not-met"),
        None => t!(lang, "indicators-verdict-unknown"),
    }
}

impl Report for IndicatorsReport {
    fn records(&self) -> Table {
        crate::render::records::table(
            &self.indicators,
            crate::render::records::Shape {
                per: Some("latest"),
                ..Default::default()
            },
        )
    }

    fn table(&self, lang: Lang) -> Table {
        let headers = vec![
            t!(lang, "indicators-col-indicator"),
            t!(lang, "indicators-col-group"),
            t!(lang, "indicators-col-date"),
            t!(lang, "indicators-col-value"),
            t!(lang, "indicators-col-n"),
            t!(lang, "indicators-col-previous"),
            t!(lang, "indicators-col-change"),
            t!(lang, "indicators-col-gap"),
            t!(lang, "indicators-col-target"),
            t!(lang, "indicators-col-met"),
        ];
        Table {
            title: Some(self.heading.clone()),
            headers,
            numeric: vec![
                false, false, false, true, true, true, true, true, true, false,
            ],
            long: vec![false; 10],
            rows: self.indicators.iter().flat_map(|i| i.cells(lang)).collect(),
            notes: self
                .indicators
                .iter()
                .map(|i| i.note(lang, self.as_of))
                .collect(),
            empty: if self.declared {
                t!(lang, "indicators-none-match")
            } else {
                t!(lang, "indicators-none")
            },
            optional: Vec::new(),
        }
    }
}

/// How a goal's indicators stand on the report's day: each one's verdict. Shown
/// next to the goal's health, never merged into it: effort and effect are two
/// questions.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(transparent)]
pub struct Outcome {
    /// One verdict per indicator measuring the goal, in the strategy's order.
    pub indicators: Vec<Verdict>,
}

/// One indicator's verdict for a goal.
#[derive(Clone, Debug, Serialize)]
pub struct Verdict {
    /// The indicator id.
    pub id: String,
    /// Whether its target is met (null without a target or a value).
    pub met: Option<bool>,
    /// Whether any value was measured up to the report's day.
    pub measured: bool,
    /// Whether the indicator has a target.
    #[serde(skip)]
    target: bool,
}

/// A goal's outcome, for the weekly digest.
#[derive(Debug, Serialize)]
pub struct GoalOutcome {
    /// The goal id.
    pub goal: String,
    /// The verdicts of its indicators.
    pub outcome: Outcome,
}

/// The line of the weekly digest that gives each measured goal's verdicts:
/// "Outcome (indicator targets met, by goal): 2b 2 of 2 met; 3a 0 of 1 met."
/// `None` when no goal shown has an indicator.
pub fn outcome_line(goals: &[GoalOutcome], lang: Lang) -> Option<String> {
    let list: Vec<String> = goals
        .iter()
        .filter(|g| !g.outcome.indicators.is_empty())
        .map(|g| format!("{} {}", g.goal, g.outcome.summary(lang)))
        .collect();
    (!list.is_empty()).then(|| t!(lang, "indicators-week-line", list = list.join("; ")))
}

/// The outcome of a goal: the verdict of every indicator that measures it.
pub fn goal_outcome(scope: &Scope<'_>, goal: &str) -> Outcome {
    let indicators = scope
        .strategy
        .indicators
        .iter()
        .filter(|i| i.serves(goal))
        .map(|i| {
            let measured = outcome::measured(&i.id.value, scope.history, scope.as_of);
            let latest = outcome::latest(&measured);
            Verdict {
                id: i.id.value.clone(),
                met: outcome::met(i, &latest),
                measured: !latest.is_empty(),
                target: i.target.is_some(),
            }
        })
        .collect();
    Outcome { indicators }
}

impl Outcome {
    /// A short cell: "1 of 2 met, 1 not measured"; "—" without indicators.
    pub fn summary(&self, lang: Lang) -> String {
        if self.indicators.is_empty() {
            return "—".to_owned();
        }
        let count = |f: fn(&Verdict) -> bool| self.indicators.iter().filter(|v| f(v)).count();
        let judged = count(|v| v.met.is_some());
        let met = count(|v| v.met == Some(true));
        let untargeted = count(|v| v.measured && !v.target);
        // With a target but nothing to judge: no value, or only the compare group's.
        let unmeasured = self.indicators.len() - judged - untargeted;
        let mut parts = Vec::new();
        if judged > 0 {
            parts.push(t!(
                lang,
                "indicators-outcome-met",
                met = met,
                judged = judged
            ));
        }
        if untargeted > 0 {
            parts.push(t!(lang, "indicators-outcome-no-target", n = untargeted));
        }
        if unmeasured > 0 {
            parts.push(t!(lang, "indicators-outcome-unmeasured", n = unmeasured));
        }
        parts.join(", ")
    }

    /// Good when every judged target is met, a warning when one is not.
    pub fn tone(&self) -> Tone {
        let judged = || self.indicators.iter().filter_map(|v| v.met);
        match (judged().count(), judged().all(|m| m)) {
            (0, _) => Tone::Plain,
            (_, true) => Tone::Good,
            (_, false) => Tone::Warn,
        }
    }
}
