//! Outcome rules: what a goal's indicators show on a day. Pure functions of the
//! indicators, the measurements and the as-of date, defined once (as `schedule` is
//! for dates) so that `indicators`, `status`, `week`, `followup` and the charts give
//! the same figures for the same day.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::{Cohort, Direction, Indicator, IndicatorUnit, Measurement, Period, Year};

/// Respondents below which a measurement is a small sample: a figure from fewer
/// people moves by chance more than by anything the board did.
pub const SMALL_SAMPLE: u64 = 30;

/// A figure its indicator's unit cannot have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeError {
    /// A percent below 0 or above 100.
    Percent,
    /// A count below zero.
    NegativeCount,
}

/// Whether a figure fits its unit: a percent is 0 to 100, a count is not negative,
/// a score may be anything (scales differ).
pub fn range_error(value: f64, unit: IndicatorUnit) -> Option<RangeError> {
    match unit {
        IndicatorUnit::Percent if !(0.0..=100.0).contains(&value) => Some(RangeError::Percent),
        IndicatorUnit::Count if value < 0.0 => Some(RangeError::NegativeCount),
        _ => None,
    }
}

/// A difference rounded to a millionth, so that 91.1 − 88.3 is 2.8 and not
/// 2.799999999999997: survey figures have a decimal or two, never six.
pub fn round(x: f64) -> f64 {
    let rounded = (x * 1e6).round() / 1e6;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// The measurements of the indicator `id` that a report on `as_of` may use: those
/// of `years` (the reported year and every earlier one) dated on or before `as_of`,
/// oldest first; equal dates keep file order, so the later file's figure counts
/// as the newer.
pub fn measured<'a>(id: &str, years: &'a [Year], as_of: NaiveDate) -> Vec<&'a Measurement> {
    let mut found: Vec<&Measurement> = years
        .iter()
        .flat_map(|y| &y.measurements)
        .filter(|m| m.indicator.value == id && m.date.value <= as_of)
        .collect();
    found.sort_by_key(|m| m.date.value);
    found
}

/// One group's newest measurement and the one just before it.
#[derive(Clone, Copy, Debug)]
pub struct Latest<'a> {
    /// The group; `None` for everyone.
    pub group: Option<Cohort>,
    /// The newest measurement.
    pub current: &'a Measurement,
    /// The measurement just before it, from any year.
    pub previous: Option<&'a Measurement>,
}

impl Latest<'_> {
    /// The newest value minus the previous one, raw (not turned round for an
    /// indicator where lower is better).
    pub fn change(&self) -> Option<f64> {
        self.previous
            .map(|p| round(self.current.value.value - p.value.value))
    }
}

/// Per group, everyone first and then the groups in the format's order, the newest
/// of `measured` (oldest first, as [`measured`] gives them) and the one before it.
pub fn latest<'a>(measured: &[&'a Measurement]) -> Vec<Latest<'a>> {
    let mut by_group: BTreeMap<Option<Cohort>, Vec<&'a Measurement>> = BTreeMap::new();
    for m in measured {
        by_group.entry(m.group).or_default().push(m);
    }
    by_group
        .into_iter()
        .filter_map(|(group, list)| {
            let (current, before) = list.split_last()?;
            Some(Latest {
                group,
                current,
                previous: before.last().copied(),
            })
        })
        .collect()
}

/// The gap of every group other than the `compare` group that has a newest value:
/// its value minus the compare group's, raw (negative is behind when higher is better,
/// ahead when lower is). Empty without
/// `compare` or without a value for it; everyone (no group) gets no gap.
pub fn gaps(indicator: &Indicator, latest: &[Latest<'_>]) -> Vec<(Cohort, f64)> {
    let Some(compare) = indicator.compare else {
        return Vec::new();
    };
    let Some(base) = latest.iter().find(|l| l.group == Some(compare)) else {
        return Vec::new();
    };
    latest
        .iter()
        .filter_map(|l| l.group.filter(|g| *g != compare).map(|g| (g, l)))
        .map(|(g, l)| (g, round(l.current.value.value - base.current.value.value)))
        .collect()
}

/// Whether a value reaches the indicator's target: at or above it when higher is
/// better, at or below it when lower is; `None` without a target.
pub fn meets(indicator: &Indicator, value: f64) -> Option<bool> {
    let target = indicator.target.as_ref()?.value;
    Some(match indicator.direction {
        Direction::Up => value >= target,
        Direction::Down => value <= target,
    })
}

/// Whether the target is met: `None` without a target or without a value to judge;
/// otherwise whether every group other than the `compare` group that has a newest
/// value (everyone included) meets it.
pub fn met(indicator: &Indicator, latest: &[Latest<'_>]) -> Option<bool> {
    indicator.target.as_ref()?;
    let judged: Vec<&Latest<'_>> = latest
        .iter()
        .filter(|l| indicator.compare.is_none() || l.group != indicator.compare)
        .collect();
    if judged.is_empty() {
        return None;
    }
    Some(
        judged
            .iter()
            .all(|l| meets(indicator, l.current.value.value) == Some(true)),
    )
}

/// A year's values of an indicator, for the follow-up across years: per group
/// (everyone first), the newest measurement dated within `period` and on or before
/// `as_of`. Nothing is carried forward from an earlier year.
pub fn year_values<'a>(
    id: &str,
    years: &'a [Year],
    period: Period,
    as_of: NaiveDate,
) -> Vec<Latest<'a>> {
    let within: Vec<&Measurement> = measured(id, years, as_of)
        .into_iter()
        .filter(|m| period.contains(m.date.value))
        .collect();
    latest(&within)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Spanned, Text};
    use crate::source::FileId;

    fn sp<T>(value: T) -> Spanned<T> {
        Spanned::new(value, 0..0)
    }

    fn indicator(target: Option<f64>, direction: Direction, compare: Option<Cohort>) -> Indicator {
        Indicator {
            file: FileId(0),
            span: 0..0,
            id: sp("x".into()),
            goals: vec![sp("3a".into())],
            text: Text::default(),
            unit: Some(IndicatorUnit::Percent),
            source: None,
            direction,
            target: target.map(sp),
            compare,
        }
    }

    fn m(date: &str, value: f64, group: Option<Cohort>) -> Measurement {
        Measurement {
            file: FileId(1),
            span: 0..0,
            indicator: sp("x".into()),
            date: sp(date.parse().unwrap()),
            value: sp(value),
            group,
            n: None,
            note: None,
        }
    }

    #[test]
    fn ranges_follow_the_unit() {
        assert_eq!(range_error(100.0, IndicatorUnit::Percent), None);
        assert_eq!(
            range_error(100.5, IndicatorUnit::Percent),
            Some(RangeError::Percent)
        );
        assert_eq!(
            range_error(-1.0, IndicatorUnit::Count),
            Some(RangeError::NegativeCount)
        );
        assert_eq!(range_error(-1.0, IndicatorUnit::Score), None);
    }

    #[test]
    fn differences_lose_floating_point_noise() {
        assert_eq!(round(91.1 - 88.3), 2.8);
        assert_eq!(round(0.1 + 0.2 - 0.3), 0.0);
        assert!(round(-0.0000001).is_sign_positive());
    }

    #[test]
    fn latest_previous_change_gap_and_met() {
        let list = [
            m("2025-10-15", 70.0, Some(Cohort::International)),
            m("2025-10-15", 85.0, Some(Cohort::National)),
            m("2026-03-15", 71.5, Some(Cohort::International)),
            m("2026-10-15", 74.5, Some(Cohort::International)),
            m("2026-10-15", 86.0, Some(Cohort::National)),
            m("2026-10-15", 82.0, None),
        ];
        let refs: Vec<&Measurement> = list.iter().collect();
        let l = latest(&refs);
        let groups: Vec<_> = l.iter().map(|l| l.group).collect();
        assert_eq!(
            groups,
            [None, Some(Cohort::International), Some(Cohort::National)]
        );
        assert_eq!(l[1].current.value.value, 74.5);
        assert_eq!(l[1].previous.unwrap().value.value, 71.5);
        assert_eq!(l[1].change(), Some(3.0));
        assert_eq!(l[0].change(), None);
        let up = indicator(Some(80.0), Direction::Up, Some(Cohort::National));
        assert_eq!(gaps(&up, &l), [(Cohort::International, -11.5)]);
        assert_eq!(met(&up, &l), Some(false));
        let low = indicator(Some(74.5), Direction::Up, Some(Cohort::National));
        assert_eq!(met(&low, &l), Some(true), "equal to the target is met");
        let down = indicator(Some(74.5), Direction::Down, None);
        assert_eq!(
            met(&down, &l),
            Some(false),
            "national counts without compare"
        );
        assert_eq!(gaps(&down, &l), []);
        let none = indicator(None, Direction::Up, None);
        assert_eq!(met(&none, &l), None);
        assert_eq!(met(&up, &[]), None);
        let only_compare = latest(&refs[4..5]);
        assert_eq!(met(&up, &only_compare), None);
    }
}
