//! The rules of indicators and measurements: ids declared once, goals that exist,
//! every goal measured once the strategy measures any, measurements of declared
//! indicators with figures their unit allows, in their year, from enough people.

use std::collections::HashMap;

use super::{Context, unknown_goal};
use crate::decode::range_message;
use crate::diagnostic::{Code, Diagnostic};
use crate::load::Workspace;
use crate::model::{Spanned, Strategy, Year};
use crate::outcome::SMALL_SAMPLE;
use crate::suggest::nearest;
use crate::t;

/// The strategy's indicator rules.
pub(super) fn strategy_rules(ws: &Workspace, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let strategy = &ws.strategy;
    duplicate_ids(strategy, cx, out);
    if ws.strategy_complete {
        for indicator in &strategy.indicators {
            for goal in &indicator.goals {
                out.extend(unknown_goal(strategy, indicator.file, goal, cx));
            }
        }
        if cx.warnings {
            goals_without_indicator(strategy, cx, out);
        }
    }
}

/// A year's measurement rules.
pub(super) fn year_rules(ws: &Workspace, year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    if ws.strategy_complete {
        unknown_indicators(&ws.strategy, year, cx, out);
    }
    if cx.warnings {
        small_samples(year, cx, out);
        outside_period(year, cx, out);
    }
}

fn duplicate_ids(strategy: &Strategy, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, &Spanned<String>> = HashMap::new();
    for indicator in &strategy.indicators {
        let id = &indicator.id;
        let Some(first) = seen.get(id.value.as_str()) else {
            seen.insert(&id.value, id);
            continue;
        };
        out.push(
            Diagnostic::new(
                Code::DuplicateId,
                indicator.file,
                id.span(),
                t!(cx.lang, "indicators-duplicate", id = &id.value),
            )
            .with_note(
                indicator.file,
                first.span(),
                t!(cx.lang, "indicators-first-defined"),
            )
            .with_help(t!(cx.lang, "indicators-duplicate-help")),
        );
    }
}

fn goals_without_indicator(strategy: &Strategy, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(file) = strategy.file else { return };
    if strategy.indicators.is_empty() {
        return;
    }
    for goal in strategy.goals() {
        let id = goal.id.value.as_str();
        if strategy.indicators.iter().any(|i| i.serves(id)) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::GoalWithoutIndicator,
                file,
                goal.id.span(),
                t!(cx.lang, "indicators-goal-without", goal = id),
            )
            .with_help(t!(cx.lang, "indicators-goal-without-help", goal = id)),
        );
    }
}

fn unknown_indicators(
    strategy: &Strategy,
    year: &Year,
    cx: Context<'_>,
    out: &mut Vec<Diagnostic>,
) {
    // Each id once, in the strategy's order: one defined twice (its own error) is
    // not listed twice in the help.
    let mut seen = std::collections::HashSet::new();
    let ids: Vec<&str> = (strategy.indicators.iter())
        .map(|i| i.id.value.as_str())
        .filter(|id| seen.insert(*id))
        .collect();
    for m in &year.measurements {
        let wanted = m.indicator.value.as_str();
        match strategy.indicators.iter().find(|i| i.id.value == wanted) {
            Some(indicator) => {
                if let Some(unit) = indicator.unit
                    && let Some((message, help)) =
                        range_message(m.value.value, unit, "value", cx.lang)
                {
                    out.push(
                        Diagnostic::new(Code::InvalidValue, m.file, m.value.span(), message)
                            .with_help(help),
                    );
                }
            }
            None => {
                let help = match nearest(wanted, ids.iter().copied()) {
                    _ if ids.is_empty() => t!(cx.lang, "indicators-none-declared"),
                    Some(near) => t!(
                        cx.lang,
                        "indicators-unknown-near",
                        near = near,
                        list = ids.join(", ")
                    ),
                    None => t!(cx.lang, "indicators-unknown-list", list = ids.join(", ")),
                };
                out.push(
                    Diagnostic::new(
                        Code::UnknownIndicator,
                        m.file,
                        m.indicator.span(),
                        t!(cx.lang, "indicators-unknown", id = wanted),
                    )
                    .with_help(help),
                );
            }
        }
    }
}

fn small_samples(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    for m in &year.measurements {
        let Some(n) = m.n.as_ref().filter(|n| n.value < SMALL_SAMPLE) else {
            continue;
        };
        out.push(
            Diagnostic::new(
                Code::SmallSample,
                m.file,
                n.span(),
                t!(
                    cx.lang,
                    "indicators-small-sample",
                    id = &m.indicator.value,
                    date = m.date.value,
                    n = n.value,
                    min = SMALL_SAMPLE
                ),
            )
            .with_help(t!(cx.lang, "indicators-small-sample-help")),
        );
    }
}

fn outside_period(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    // A reversed period is reported as dates-out-of-order.
    let Some(period) = year
        .header
        .period
        .as_ref()
        .map(|p| p.value)
        .filter(|p| p.start <= p.end)
    else {
        return;
    };
    for m in &year.measurements {
        if period.contains(m.date.value) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::OutsidePeriod,
                m.file,
                m.date.span(),
                t!(
                    cx.lang,
                    "indicators-outside-period",
                    id = &m.indicator.value,
                    date = m.date.value,
                    year = year.label(),
                    start = period.start,
                    end = period.end
                ),
            )
            .with_help(t!(cx.lang, "indicators-outside-period-help")),
        );
    }
}
