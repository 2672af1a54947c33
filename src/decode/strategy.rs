//! Decoding `strategy.toml`: the areas and goals the council adopted, and the
//! indicators that measure them.

use toml::de::DeTable;

use super::{Ctx, Value, keys};
use crate::model::{Area, Goal, Strategy};
use crate::source::Span;

/// Decodes `strategy.toml`.
pub fn strategy(root: &DeTable<'_>, root_span: Span, cx: &mut Ctx<'_>) -> Strategy {
    cx.check_keys(root, keys::STRATEGY_FILE, "strategy.toml");
    let mut strategy = Strategy {
        file: Some(cx.file),
        ..Strategy::default()
    };
    if let Some(v) = cx.required(
        root,
        "strategy",
        &(root_span.start..root_span.start),
        "strategy.toml",
    ) && let Some(t) = cx.table(v, "strategy")
    {
        header(t, cx.at(v), &mut strategy, cx);
    }
    if let Some(v) = root.get("indicator") {
        strategy.indicators = super::indicator::indicators(v, cx);
    }
    let Some(areas) = cx.required(
        root,
        "area",
        &(root_span.start..root_span.start),
        "strategy.toml",
    ) else {
        return strategy;
    };
    for (t, span) in cx.tables(areas, "area") {
        if let Some(area) = area(t, span, cx) {
            strategy.areas.push(area);
        }
    }
    strategy
}

/// `[strategy]`: the words the reports quote. Only the title is required; a field
/// that fails to decode is left empty after its problem is reported, so the areas
/// are still read.
fn header(t: &DeTable<'_>, span: Span, strategy: &mut Strategy, cx: &mut Ctx<'_>) {
    cx.check_keys(t, keys::STRATEGY, "[strategy]");
    if let Some(v) = cx.required(t, "title", &span, "[strategy]") {
        strategy.title = cx.text(v, "title", "[strategy]").unwrap_or_default();
    }
    if let Some(v) = cx.get(t, "vision") {
        strategy.vision = cx.text(v, "vision", "[strategy]").unwrap_or_default();
    }
    if let Some(v) = cx.get(t, "internationalisation_vision") {
        strategy.internationalisation_vision = cx
            .text(v, "internationalisation_vision", "[strategy]")
            .unwrap_or_default();
    }
    if let Some(v) = cx.get(t, "purpose") {
        strategy.purpose = cx.text(v, "purpose", "[strategy]").unwrap_or_default();
    }
    if let Some(v) = cx.get(t, "adopted_by") {
        strategy.adopted_by = cx.string(v, "adopted_by").map(|s| s.value);
    }
}

/// One `[[area]]`. An area without an id is dropped before its goals are read: a
/// goal is known by its area, so its goals could not be placed either.
fn area(t: &DeTable<'_>, span: Span, cx: &mut Ctx<'_>) -> Option<Area> {
    cx.check_keys(t, keys::AREA, "[[area]]");
    let id = cx
        .required(t, "id", &span, "[[area]]")
        .and_then(|v| cx.name(v, "id"));
    let title = cx
        .required(t, "title", &span, "[[area]]")
        .and_then(|v| cx.text(v, "title", "[[area]]"))
        .unwrap_or_default();
    let id = id?;
    let goals = match cx.required(t, "goal", &span, "[[area]]") {
        Some(v) => goals(v, &id.value, cx),
        None => Vec::new(),
    };
    Some(Area { id, title, goals })
}

/// The `[[area.goal]]` tables of one area; a goal without an id is left out (after
/// its problems are reported), since items name goals by id.
fn goals(v: &Value<'_>, area: &str, cx: &mut Ctx<'_>) -> Vec<Goal> {
    let mut goals = Vec::new();
    for (g, gspan) in cx.tables(v, "goal") {
        cx.check_keys(g, keys::GOAL, "[[area.goal]]");
        let gid = cx
            .required(g, "id", &gspan, "[[area.goal]]")
            .and_then(|v| cx.name(v, "id"));
        let text = cx
            .required(g, "text", &gspan, "[[area.goal]]")
            .and_then(|v| cx.text(v, "text", "[[area.goal]]"))
            .unwrap_or_default();
        if let Some(gid) = gid {
            goals.push(Goal {
                id: gid,
                area: area.to_owned(),
                text,
            });
        }
    }
    goals
}
