//! The figures behind the HTML charts of indicators over the years: for each
//! indicator, every measurement up to `--as-of` as one line per group, its target,
//! and the operating years along the bottom. Computed here, in the run's language,
//! so that the renderer only draws.

use chrono::NaiveDate;

use super::Scope;
use super::indicators::{cohort, cohort_short};
use crate::figure;
use crate::i18n::Lang;
use crate::model::{Cohort, Indicator, IndicatorUnit, Year};
use crate::outcome;
use crate::render::trend::{Band, Series, Trend};
use crate::t;

/// The charts of the indicators in scope with their heading; `None` when the
/// strategy declares no indicators (the page then has no such section).
pub fn compute(scope: &Scope<'_>) -> Option<(String, Vec<Trend>)> {
    if scope.strategy.indicators.is_empty() {
        return None;
    }
    let charts = scope
        .strategy
        .indicators
        .iter()
        .filter(|i| scope.goal.is_none_or(|g| i.serves(g)))
        .map(|i| chart(i, scope.history, scope.as_of, scope.lang))
        .collect();
    Some((t!(scope.lang, "indicators-chart-heading"), charts))
}

/// One indicator's chart over `years` (oldest first), with its measurements up to
/// `as_of`. The years before the first measurement are left out.
pub fn chart(indicator: &Indicator, years: &[Year], as_of: NaiveDate, lang: Lang) -> Trend {
    let measured = outcome::measured(&indicator.id.value, years, as_of);
    let unit = indicator.unit;
    let mut series: Vec<Series> = Vec::new();
    for m in &measured {
        let color = color(m.group);
        let point = (
            m.date.value,
            m.value.value,
            figure::value(m.value.value, unit, lang),
        );
        match series.iter_mut().find(|s| s.color == color) {
            Some(s) => s.points.push(point),
            None => series.push(Series {
                label: cohort_short(m.group, lang),
                color,
                points: vec![point],
            }),
        }
    }
    series.sort_by_key(|s| s.color);
    let target = indicator.target.as_ref().map(|t| t.value);
    let values = measured.iter().map(|m| m.value.value).chain(target);
    let (y_range, ticks) = axis(unit, values);
    Trend {
        title: format!("{}: {}", indicator.id.value, indicator.text.get(lang)),
        caption: caption(indicator, lang),
        series,
        target: target.map(|v| {
            let shown = figure::value(v, unit, lang);
            (v, t!(lang, "indicators-chart-target", target = shown))
        }),
        y_range,
        y_ticks: ticks
            .into_iter()
            .map(|v| (v, figure::number(v, lang)))
            .collect(),
        bands: bands(years, measured.first().map(|m| m.date.value)),
        empty: measured
            .is_empty()
            .then(|| t!(lang, "indicators-chart-empty")),
    }
}

/// The palette index of a group: everyone first, then the format's order, so a
/// group has the same colour in every chart.
fn color(group: Option<Cohort>) -> usize {
    group.map_or(0, |g| {
        Cohort::ALL.iter().position(|c| *c == g).unwrap_or(0) + 1
    })
}

/// The lines under a chart's heading: unit, target, comparison, source.
fn caption(indicator: &Indicator, lang: Lang) -> String {
    let mut parts = vec![match indicator.unit {
        Some(IndicatorUnit::Percent) => t!(lang, "indicators-unit-percent"),
        Some(IndicatorUnit::Count) => t!(lang, "indicators-unit-count"),
        Some(IndicatorUnit::Score) | None => t!(lang, "indicators-unit-score"),
    }];
    if let Some(target) = &indicator.target {
        parts.push(t!(
            lang,
            "indicators-target-phrase",
            target = figure::value(target.value, indicator.unit, lang),
            down = indicator.direction.as_str()
        ));
    }
    if let Some(compare) = indicator.compare {
        parts.push(t!(
            lang,
            "indicators-gap-against",
            group = cohort(Some(compare), lang)
        ));
    }
    if let Some(source) = &indicator.source {
        parts.push(t!(lang, "indicators-source", source = source.as_str()));
    }
    format!("{}.", parts.join(". "))
}

/// The operating years the chart spans: from the one holding the first
/// measurement (all of them without one) to the last.
fn bands(years: &[Year], first: Option<NaiveDate>) -> Vec<Band> {
    let mut bands: Vec<Band> = years
        .iter()
        .filter_map(|y| {
            let period = y.header.period.as_ref()?.value;
            (period.start <= period.end).then(|| Band {
                start: period.start,
                end: period.end,
                label: y.label(),
            })
        })
        .collect();
    if let Some(first) = first {
        let keep_from = bands.iter().position(|b| b.end >= first).unwrap_or(0);
        bands.drain(..keep_from);
    }
    bands
}

/// The vertical axis: 0 to 100 for a percent; otherwise round numbers around the
/// values and the target, always including 0.
fn axis(unit: Option<IndicatorUnit>, values: impl Iterator<Item = f64>) -> ((f64, f64), Vec<f64>) {
    if unit == Some(IndicatorUnit::Percent) {
        return ((0.0, 100.0), vec![0.0, 25.0, 50.0, 75.0, 100.0]);
    }
    let (low, high) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let step = nice_step((high - low) / 4.0);
    let low = (low / step).floor() * step;
    let mut high = (high / step).ceil() * step;
    if high <= low {
        high = low + step;
    }
    let count = ((high - low) / step).round() as usize;
    let ticks = (0..=count).map(|k| low + k as f64 * step).collect();
    ((low, high), ticks)
}

/// A round step at least `raw`: 1, 2, 2.5 or 5 times a power of ten.
fn nice_step(raw: f64) -> f64 {
    if raw.is_nan() || raw <= 0.0 {
        return 1.0;
    }
    let power = 10_f64.powf(raw.log10().floor());
    let fraction = raw / power;
    let nice = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|n| fraction <= *n)
        .unwrap_or(10.0);
    nice * power
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_are_round_and_hold_every_value() {
        let (range, ticks) = axis(Some(IndicatorUnit::Count), [9.0, 5.0].into_iter());
        assert_eq!(range, (0.0, 10.0));
        assert_eq!(ticks, [0.0, 2.5, 5.0, 7.5, 10.0]);
        let (range, _) = axis(Some(IndicatorUnit::Score), [3.8, 4.2, 4.0].into_iter());
        assert_eq!(range, (0.0, 6.0));
        let (range, _) = axis(Some(IndicatorUnit::Score), [-2.0, 1.0].into_iter());
        assert_eq!(range, (-2.0, 1.0));
        let (range, ticks) = axis(Some(IndicatorUnit::Count), std::iter::empty());
        assert_eq!((range, ticks.len()), ((0.0, 1.0), 2));
        assert_eq!(
            axis(Some(IndicatorUnit::Percent), [120.0].into_iter()).0,
            (0.0, 100.0)
        );
    }
}
