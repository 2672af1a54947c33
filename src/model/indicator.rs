//! The outcome side of the plan: `[[indicator]]` in `strategy.toml` says how a goal's
//! effect is measured (most goals are about what international members experience,
//! and the strategy names the member survey as the source), and `[[measurement]]` in
//! a year's `measurements.toml` records what was found. The rules that read them
//! (latest value, change, gap, target met) live in [`crate::outcome`].

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Spanned, Text};
use crate::source::{FileId, Span};

keyword_enum! {
    /// `unit` of an indicator: what its values are.
    IndicatorUnit {
        /// A share of respondents, 0 to 100.
        Percent = "percent",
        /// A number of things or people, never negative.
        Count = "count",
        /// A score on a scale, such as a survey's 1 to 5.
        Score = "score",
    }
}

keyword_enum! {
    /// `direction` of an indicator: which way is better.
    Direction {
        /// Higher is better (the default).
        Up = "up",
        /// Lower is better, such as unanswered questions.
        Down = "down",
    }
}

keyword_enum! {
    /// `group` of a measurement, or `compare` of an indicator: who answered. The
    /// strategy's three kinds of international student, all international students
    /// together, and national students, whom the goals ask equal conditions with.
    Cohort {
        /// Exchange students.
        Exchange = "exchange",
        /// Programme students from the EU.
        Eu = "eu",
        /// Programme students from outside the EU.
        NonEu = "non-eu",
        /// All international students together.
        International = "international",
        /// National students.
        National = "national",
    }
}

/// What an indicator without `direction` is.
impl Default for Direction {
    fn default() -> Self {
        Direction::Up
    }
}

/// `[[indicator]]`: a measured outcome of one or more goals, such as the share of
/// international members who feel they are offered the same chances.
#[derive(Clone, Debug, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Indicator {
    /// The file it is in (`strategy.toml`).
    #[schemars(skip)]
    pub file: FileId,
    /// The `[[indicator]]` header's span.
    #[schemars(skip)]
    pub span: Span,
    /// `id`: unique among indicators, such as "3a-equal-chances".
    pub id: Spanned<String>,
    /// `goals`: the strategy goals it measures.
    #[schemars(length(min = 1))]
    pub goals: Vec<Spanned<String>>,
    /// `text`: what is measured, `{ sv, en }` or a plain string.
    pub text: Text,
    /// `unit`: percent (0 to 100), count or score.
    #[schemars(required, with = "IndicatorUnit")]
    pub unit: Option<IndicatorUnit>,
    /// `source`: where the figures come from, such as "medlemsmätningen".
    pub source: Option<String>,
    /// `direction`: "up" (default) when higher is better, "down" when lower is.
    #[schemars(default)]
    pub direction: Direction,
    /// `target`: the value the board aims for; met when every group reaches it.
    pub target: Option<Spanned<f64>>,
    /// `compare`: the group the others are measured against, normally "national":
    /// the goals ask for equal conditions with national members.
    pub compare: Option<Cohort>,
}

impl Indicator {
    /// Whether the indicator measures the goal with this id.
    pub fn serves(&self, goal: &str) -> bool {
        self.goals.iter().any(|g| g.value == goal)
    }
}

/// `[[measurement]]`: one figure of one indicator, for one group, on one day.
#[derive(Clone, Debug, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Measurement {
    /// The file it is in (a year's `measurements.toml`).
    #[schemars(skip)]
    pub file: FileId,
    /// The `[[measurement]]` header's span.
    #[schemars(skip)]
    pub span: Span,
    /// `indicator`: the id of the `[[indicator]]` measured.
    pub indicator: Spanned<String>,
    /// `date`: when it was measured (the survey's closing day).
    pub date: Spanned<NaiveDate>,
    /// `value`: the figure, in the indicator's unit.
    pub value: Spanned<f64>,
    /// `group`: who answered: exchange, eu, non-eu, international or national;
    /// absent for everyone.
    pub group: Option<Cohort>,
    /// `n`: how many answered; under 30 is a small sample.
    pub n: Option<Spanned<u64>>,
    /// `note`: a remark, such as how the question was worded.
    pub note: Option<String>,
}
