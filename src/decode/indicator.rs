//! Decoding the outcome side of the plan: the `[[indicator]]` tables of
//! `strategy.toml`, and a year's `measurements.toml`, which holds `[[measurement]]`
//! tables only. Whether a measurement's indicator exists, and whether its value fits
//! the indicator's unit, needs both files: those rules are in `check`.

use toml::de::{DeTable, DeValue};

use super::{Ctx, Value, keys};
use crate::diagnostic::Code;
use crate::model::{Cohort, Direction, Indicator, IndicatorUnit, Measurement, Spanned};
use crate::outcome::{self, RangeError};
use crate::source::Span;
use crate::t;

/// Decodes the `indicator` key of `strategy.toml`, an array of tables.
pub(super) fn indicators(value: &Value<'_>, cx: &mut Ctx<'_>) -> Vec<Indicator> {
    cx.tables(value, "indicator")
        .into_iter()
        .filter_map(|(t, span)| indicator(t, span, cx))
        .collect()
}

fn indicator(t: &DeTable<'_>, span: Span, cx: &mut Ctx<'_>) -> Option<Indicator> {
    let what = "[[indicator]]";
    cx.check_keys(t, keys::INDICATOR, what);
    let id = cx
        .required(t, "id", &span, what)
        .and_then(|v| cx.name(v, "id"));
    let goals = cx
        .required(t, "goals", &span, what)
        .map(|v| goals(v, cx))
        .unwrap_or_default();
    let text = cx
        .required(t, "text", &span, what)
        .and_then(|v| cx.text(v, "text", what))
        .unwrap_or_default();
    let unit = cx
        .required(t, "unit", &span, what)
        .and_then(|v| cx.keyword(v, "unit", IndicatorUnit::ALL, IndicatorUnit::as_str))
        .map(|u| u.value);
    let source = t
        .get("source")
        .and_then(|v| cx.string(v, "source"))
        .map(|s| s.value);
    let direction = t
        .get("direction")
        .and_then(|v| cx.keyword(v, "direction", Direction::ALL, Direction::as_str))
        .map_or(Direction::default(), |d| d.value);
    let target = t.get("target").and_then(|v| cx.number(v, "target"));
    if let (Some(target), Some(unit)) = (&target, unit) {
        out_of_range(target, unit, "target", cx);
    }
    let compare = t
        .get("compare")
        .and_then(|v| cx.keyword(v, "compare", Cohort::ALL, Cohort::as_str))
        .map(|c| c.value);
    Some(Indicator {
        file: cx.file,
        span,
        id: id?,
        goals,
        text,
        unit,
        source,
        direction,
        target,
        compare,
    })
}

/// An indicator's `goals`: a list of at least one goal id.
fn goals(value: &Value<'_>, cx: &mut Ctx<'_>) -> Vec<Spanned<String>> {
    let goals = cx.names(value, "goals");
    if matches!(value.get_ref(), DeValue::Array(a) if a.is_empty()) {
        let lang = cx.lang;
        cx.push(
            Code::InvalidValue,
            cx.at(value),
            t!(lang, "indicators-goals-empty"),
            Some(t!(lang, "indicators-goals-empty-help")),
        );
    }
    goals
}

/// Reports a figure its unit cannot have (a percent over 100, a negative count) as
/// `invalid-value` at the figure. Used for a target here and, by `check`, for a
/// measurement, whose indicator is in another file.
pub(crate) fn out_of_range(
    figure: &Spanned<f64>,
    unit: IndicatorUnit,
    key: &str,
    cx: &mut Ctx<'_>,
) {
    if let Some((message, help)) = range_message(figure.value, unit, key, cx.lang) {
        cx.push(Code::InvalidValue, figure.span(), message, Some(help));
    }
}

/// The message and help for a figure its unit cannot have, if it is one.
pub(crate) fn range_message(
    value: f64,
    unit: IndicatorUnit,
    key: &str,
    lang: crate::i18n::Lang,
) -> Option<(String, String)> {
    let shown = crate::figure::plain(value);
    match outcome::range_error(value, unit)? {
        RangeError::Percent => Some((
            t!(lang, "indicators-percent-range", key = key, value = shown),
            t!(lang, "indicators-percent-range-help", key = key),
        )),
        RangeError::NegativeCount => Some((
            t!(lang, "indicators-negative-count", key = key, value = shown),
            t!(lang, "indicators-negative-count-help"),
        )),
    }
}

/// Decodes a year's `measurements.toml`; a file without `[[measurement]]` is an
/// empty list (nothing measured yet).
pub fn measurements(root: &DeTable<'_>, cx: &mut Ctx<'_>) -> Vec<Measurement> {
    cx.check_keys(root, keys::MEASUREMENTS_FILE, "measurements.toml");
    let Some(value) = root.get("measurement") else {
        return Vec::new();
    };
    cx.tables(value, "measurement")
        .into_iter()
        .filter_map(|(t, span)| measurement(t, span, cx))
        .collect()
}

fn measurement(t: &DeTable<'_>, span: Span, cx: &mut Ctx<'_>) -> Option<Measurement> {
    let what = "[[measurement]]";
    cx.check_keys(t, keys::MEASUREMENT, what);
    let indicator = cx
        .required(t, "indicator", &span, what)
        .and_then(|v| cx.name(v, "indicator"));
    let date = cx
        .required(t, "date", &span, what)
        .and_then(|v| cx.date(v, "date"));
    let value = cx
        .required(t, "value", &span, what)
        .and_then(|v| cx.number(v, "value"));
    // An unknown group is not read as everyone: the measurement is left out.
    let group = t.get("group").map(|v| {
        cx.keyword(v, "group", Cohort::ALL, Cohort::as_str)
            .map(|g| g.value)
    });
    let n = t.get("n").and_then(|v| cx.whole(v, "n"));
    let note = t
        .get("note")
        .and_then(|v| cx.string(v, "note"))
        .map(|s| s.value);
    Some(Measurement {
        file: cx.file,
        span,
        indicator: indicator?,
        date: date?,
        value: value?,
        group: match group {
            Some(found) => Some(found?),
            None => None,
        },
        n,
        note,
    })
}
