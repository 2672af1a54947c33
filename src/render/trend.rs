//! Small line charts of an indicator over the years, for the HTML pages: one line
//! per group, the target as a dashed line, the operating years as bands along the
//! bottom. The report decides the figures, the axes and every label; this module
//! only draws them, as inline SVG that maud escapes.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::html::text as plan_text;

/// One indicator's chart.
#[derive(Clone, Debug)]
pub struct Trend {
    /// The heading over the chart: the indicator's id and text.
    pub title: String,
    /// A line under the heading: unit, target, which way is better.
    pub caption: String,
    /// One line per group.
    pub series: Vec<Series>,
    /// The target's value and its label, drawn as a dashed line.
    pub target: Option<(f64, String)>,
    /// The lowest and highest value of the vertical axis.
    pub y_range: (f64, f64),
    /// Values marked on the vertical axis, with their labels.
    pub y_ticks: Vec<(f64, String)>,
    /// The operating years along the horizontal axis, oldest first.
    pub bands: Vec<Band>,
    /// What to say instead of lines when nothing was measured.
    pub empty: Option<String>,
}

/// One group's line.
#[derive(Clone, Debug)]
pub struct Series {
    /// The group's name in the legend.
    pub label: String,
    /// Which colour of the palette: the same group has the same colour in every chart.
    pub color: usize,
    /// The measurements, oldest first: the day, the value, and the value as a
    /// person reads it (shown when the pointer rests on the dot).
    pub points: Vec<(NaiveDate, f64, String)>,
}

/// An operating year on the horizontal axis.
#[derive(Clone, Debug)]
pub struct Band {
    /// The first day.
    pub start: NaiveDate,
    /// The last day.
    pub end: NaiveDate,
    /// "2025/26".
    pub label: String,
}

/// Colours for the groups, readable on white and told apart by most colour-blind
/// readers (the Okabe–Ito palette, with black for everyone).
const PALETTE: [&str; 6] = [
    "#000000", "#0072b2", "#009e73", "#d55e00", "#cc79a7", "#e69f00",
];
const TARGET: &str = "#b71c1c";

const WIDTH: f64 = 440.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 428.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 184.0;
const LEGEND_COLUMNS: usize = 3;

/// The chart as a `<figure>` holding its caption and an SVG.
pub fn figure(trend: &Trend) -> Markup {
    let rows = trend.series.len().div_ceil(LEGEND_COLUMNS).max(1);
    let height = BOTTOM + 34.0 + rows as f64 * 18.0;
    let title = plan_text(&trend.title);
    html! {
        figure.trend {
            figcaption { strong { (title) } br; (plan_text(&trend.caption)) }
            svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {height}"))
                width=(WIDTH) height=(height) role="img" aria-label=(title) {
                (axes(trend))
                @if let Some(text) = &trend.empty {
                    text x=((LEFT + RIGHT) / 2.0) y=((TOP + BOTTOM) / 2.0) text-anchor="middle" { (plan_text(text)) }
                }
                @if let Some((value, label)) = &trend.target {
                    @let y = y_of(trend, *value);
                    line x1=(LEFT) x2=(RIGHT) y1=(px(y)) y2=(px(y)) stroke=(TARGET) stroke-width="1.5" stroke-dasharray="6 4" {}
                    text x=(RIGHT) y=(px(y - 4.0)) text-anchor="end" fill=(TARGET) { (plan_text(label)) }
                }
                @for series in &trend.series { (line(trend, series)) }
                (legend(trend, height))
            }
        }
    }
}

/// Grid lines and labels of the vertical axis, and the year bands.
fn axes(trend: &Trend) -> Markup {
    html! {
        @for (value, label) in &trend.y_ticks {
            @let y = y_of(trend, *value);
            line x1=(LEFT) x2=(RIGHT) y1=(px(y)) y2=(px(y)) stroke="#e0e0e0" {}
            text x=(LEFT - 6.0) y=(px(y + 4.0)) text-anchor="end" { (plan_text(label)) }
        }
        line x1=(LEFT) x2=(RIGHT) y1=(BOTTOM) y2=(BOTTOM) stroke="#555" {}
        @for band in &trend.bands {
            @let (x1, x2) = (x_of(trend, band.start), x_of(trend, band.end));
            line x1=(px(x1)) x2=(px(x1)) y1=(TOP) y2=(BOTTOM + 6.0) stroke="#bdbdbd" {}
            text x=(px((x1 + x2) / 2.0)) y=(BOTTOM + 20.0) text-anchor="middle" { (plan_text(&band.label)) }
        }
    }
}

fn line(trend: &Trend, series: &Series) -> Markup {
    let color = PALETTE[series.color % PALETTE.len()];
    let points: Vec<(f64, f64)> = series
        .points
        .iter()
        .map(|(day, value, _)| (x_of(trend, *day), y_of(trend, *value)))
        .collect();
    let path: Vec<String> = points
        .iter()
        .map(|(x, y)| format!("{},{}", px(*x), px(*y)))
        .collect();
    html! {
        @if points.len() > 1 {
            polyline points=(path.join(" ")) fill="none" stroke=(color) stroke-width="2" {}
        }
        @for ((x, y), (day, _, shown)) in points.iter().zip(&series.points) {
            circle cx=(px(*x)) cy=(px(*y)) r="3.5" fill=(color) {
                title { (plan_text(&format!("{}, {day}: {}", series.label, shown))) }
            }
        }
    }
}

fn legend(trend: &Trend, height: f64) -> Markup {
    let column = (RIGHT - LEFT) / LEGEND_COLUMNS as f64;
    let first = height - trend.series.len().div_ceil(LEGEND_COLUMNS).max(1) as f64 * 18.0;
    html! {
        @for (i, series) in trend.series.iter().enumerate() {
            @let x = LEFT + (i % LEGEND_COLUMNS) as f64 * column;
            @let y = first + (i / LEGEND_COLUMNS) as f64 * 18.0 + 8.0;
            @let color = PALETTE[series.color % PALETTE.len()];
            line x1=(px(x)) x2=(px(x + 18.0)) y1=(px(y - 4.0)) y2=(px(y - 4.0)) stroke=(color) stroke-width="2" {}
            text x=(px(x + 24.0)) y=(px(y)) { (plan_text(&series.label)) }
        }
    }
}

/// The horizontal position of a day, between the first band's start and the last
/// band's end.
fn x_of(trend: &Trend, day: NaiveDate) -> f64 {
    let (Some(first), Some(last)) = (trend.bands.first(), trend.bands.last()) else {
        return LEFT;
    };
    let total = (last.end - first.start).num_days().max(1) as f64;
    let days = (day - first.start).num_days() as f64;
    LEFT + (days / total).clamp(0.0, 1.0) * (RIGHT - LEFT)
}

fn y_of(trend: &Trend, value: f64) -> f64 {
    let (low, high) = trend.y_range;
    let span = if high > low { high - low } else { 1.0 };
    BOTTOM - ((value - low) / span).clamp(0.0, 1.0) * (BOTTOM - TOP)
}

/// A coordinate with one decimal, enough for a screen and short in the file.
fn px(v: f64) -> String {
    format!("{v:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_chart_places_points_in_their_year_and_escapes_labels() {
        let trend = Trend {
            title: "x <b>".into(),
            caption: "percent".into(),
            series: vec![Series {
                label: "all".into(),
                color: 0,
                points: vec![
                    (day("2025-07-01"), 0.0, "0%".into()),
                    (day("2027-06-30"), 100.0, "100%".into()),
                ],
            }],
            target: Some((80.0, "target 80%".into())),
            y_range: (0.0, 100.0),
            y_ticks: vec![(0.0, "0".into()), (100.0, "100".into())],
            bands: vec![
                Band {
                    start: day("2025-07-01"),
                    end: day("2026-06-30"),
                    label: "2025/26".into(),
                },
                Band {
                    start: day("2026-07-01"),
                    end: day("2027-06-30"),
                    label: "2026/27".into(),
                },
            ],
            empty: None,
        };
        let svg = figure(&trend).into_string();
        assert!(svg.contains("points=\"48.0,184.0 428.0,14.0\""), "{svg}");
        assert!(svg.contains("x &lt;b&gt;"), "{svg}");
        assert!(svg.contains(">2025/26</text>"), "{svg}");
        assert!(svg.contains("y1=\"48.0\""), "the target at 80: {svg}");
    }
}
