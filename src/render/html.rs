//! One self-contained HTML page for the board to send round: inline CSS, inline SVG
//! charts, no scripts and no external requests. Built with maud, which escapes every
//! value, so plan text can never become markup.

use std::io::{self, Write};

use chrono::Datelike;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::charts::{AreaBar, Charts, MonthPoint};
use super::document::Document;
use super::{Table, Tone, trend};
use crate::i18n::Lang;
use crate::output::shown;
use crate::t;

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}\
main{max-width:1100px;margin:0 auto;padding:1.5rem}\
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;width:100%;font-size:.9rem}\
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#f0f0f0}td.nw{white-space:nowrap}td.long{min-width:14rem}td.num{text-align:right}\
.scroll{overflow-x:auto}\
.good{color:#1b5e20}.warn{color:#8a5a00}.bad{color:#b71c1c;font-weight:600}\
.note{font-style:italic}svg{max-width:100%;height:auto}\
svg text{font-family:system-ui,sans-serif;font-size:13px;fill:#1a1a1a}\
.trends{display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:1rem}\
figure.trend{margin:0}figure.trend figcaption{font-size:.9rem;margin-bottom:.3rem}";

/// Cells up to this many characters (dates, ids, counts) never wrap; longer ones do,
/// so a wide table still fits the page.
const SHORT_CELL: usize = 12;

const DONE: &str = "#2e7d32";
const OPEN: &str = "#1565c0";
const LATE: &str = "#c62828";
const DUE: &str = "#9e9e9e";

/// A month's abbreviation (1 is January), empty for a number that is no month.
pub fn month_name(month: u32, lang: Lang) -> String {
    if (1..=12).contains(&month) {
        t!(lang, "output-month-short", n = month)
    } else {
        String::new()
    }
}

/// Plan text as HTML character data: what HTML reserves as a reference. A character a
/// reader cannot see is shown written out (`\u{1B}`), as on a terminal: control
/// characters are not allowed in HTML (U+0000 is dropped by readers), and a bidi
/// override would turn the rest of a cell around in the browser.
pub(crate) fn text(s: &str) -> PreEscaped<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // A line break, as a reader reads CR LF and CR (a reference to a CR
            // is an error to the W3C checker).
            '\r' => out.push('\r'),
            c if crate::output::is_hidden(c) => out.push_str(&shown(c)),
            c => out.push(c),
        }
    }
    PreEscaped(out)
}

/// Writes the page.
pub fn write(out: &mut dyn Write, doc: &Document, lang: Lang) -> io::Result<()> {
    let page = html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (text(&doc.title)) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    h1 { (text(&doc.title)) }
                    @for line in &doc.lines { p { (text(line)) } }
                    @if let Some(charts) = &doc.charts {
                        (area_chart(charts, lang))
                        (burn_up(charts, lang))
                    }
                    @if let Some((heading, trends)) = &doc.trends {
                        section {
                            h2 { (text(heading)) }
                            div.trends { @for t in trends { (trend::figure(t)) } }
                        }
                    }
                    @for section in &doc.sections { (table(section)) }
                }
            }
        }
    };
    out.write_all(page.into_string().as_bytes())?;
    writeln!(out)
}

fn tone_class(tone: Tone) -> Option<&'static str> {
    match tone {
        Tone::Plain => None,
        Tone::Good => Some("good"),
        Tone::Warn => Some("warn"),
        Tone::Bad => Some("bad"),
    }
}

fn table(t: &Table) -> Markup {
    html! {
        section {
            @if let Some(title) = &t.title { h2 { (text(title)) } }
            @if t.rows.is_empty() {
                p { (text(&t.empty)) }
            } @else {
                div.scroll { table {
                    thead { tr { @for h in &t.headers { th scope="col" { (text(h)) } } } }
                    tbody {
                        @for row in &t.rows {
                            tr {
                                @for (i, cell) in row.iter().enumerate() {
                                    @let num = t.numeric.get(i) == Some(&true);
                                    @let long = t.long.get(i) == Some(&true);
                                    @let short = cell.text.chars().count() <= SHORT_CELL;
                                    @let class = [num.then_some("num"), long.then_some("long"), short.then_some("nw"), tone_class(cell.tone)]
                                        .into_iter().flatten().collect::<Vec<_>>().join(" ");
                                    td class=[(!class.is_empty()).then_some(class)] { (text(&cell.text)) }
                                }
                            }
                        }
                    }
                } }
            }
            @for note in &t.notes { p.note { (text(note)) } }
        }
    }
}

fn legend(x: i64, y: i64, entries: &[(&str, &str)]) -> Markup {
    html! {
        @for (i, (color, label)) in entries.iter().enumerate() {
            @let lx = x + i as i64 * 150;
            rect x=(lx) y=(y - 11) width="12" height="12" fill=(color) {}
            text x=(lx + 18) y=(y) { (label) }
        }
    }
}

fn area_chart(charts: &Charts, lang: Lang) -> Markup {
    let title = t!(lang, "output-chart-areas");
    let (label_w, bar_w, row_h, top) = (230_i64, 600_i64, 34_i64, 50_i64);
    let max = charts
        .areas
        .iter()
        .map(|a| a.done + a.open + a.overdue)
        .max()
        .unwrap_or(0)
        .max(1) as i64;
    let height = top + row_h * charts.areas.len() as i64 + 10;
    let scale = |n: usize| n as i64 * bar_w / max;
    html! {
        section {
            h2 { (title) }
            svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 900 {height}"))
                width="900" height=(height) role="img" aria-label=(title) {
                (legend(label_w, 20, &[
                    (DONE, t!(lang, "output-chart-done").as_str()),
                    (OPEN, t!(lang, "output-chart-open").as_str()),
                    (LATE, t!(lang, "output-chart-overdue").as_str()),
                ]))
                @for (i, area) in charts.areas.iter().enumerate() {
                    @let y = top + i as i64 * row_h;
                    @let total = area.done + area.open + area.overdue;
                    text x=(label_w - 10) y=(y + 17) text-anchor="end" {
                        (text(&format!("{} {}", area.id, area.title.get(lang))))
                    }
                    @for (x, w, n, color) in segments(area, label_w, &scale) {
                        rect x=(x) y=(y) width=(w) height=(row_h - 10) fill=(color) {}
                        text x=(x + w / 2) y=(y + 17) text-anchor="middle" fill="#fff" { (n) }
                    }
                    text x=(label_w + scale(total) + 8) y=(y + 17) { (total) }
                }
            }
        }
    }
}

/// The drawn pieces of one area's bar: x, width, count and colour, zero counts left out.
fn segments(
    area: &AreaBar,
    start: i64,
    scale: &dyn Fn(usize) -> i64,
) -> Vec<(i64, i64, usize, &'static str)> {
    let mut x = start;
    let mut out = Vec::new();
    for (n, color) in [(area.done, DONE), (area.open, OPEN), (area.overdue, LATE)] {
        if n > 0 {
            out.push((x, scale(n), n, color));
            x += scale(n);
        }
    }
    out
}

/// The burn-up chart: projects due and completed per month as bars, their running
/// totals as lines (completions only up to the as-of day, since later months have
/// none yet), and a mark at the as-of month.
fn burn_up(charts: &Charts, lang: Lang) -> Markup {
    let title = t!(lang, "output-chart-burn-up");
    let months = &charts.months;
    let f = Frame::new(months);
    let due_line: Vec<String> = months
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{},{}", f.x(i), f.y(m.due_total)))
        .collect();
    let done_line: Vec<String> = months
        .iter()
        .enumerate()
        .filter(|(_, m)| m.month <= charts.as_of)
        .map(|(i, m)| format!("{},{}", f.x(i), f.y(m.completed_total)))
        .collect();
    let today = months.iter().rposition(|m| m.month <= charts.as_of);
    html! {
        section {
            h2 { (title) }
            svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 900 330" width="900" height="330"
                role="img" aria-label=(title) {
                (legend(f.left, 20, &[
                    (DUE, t!(lang, "output-chart-due").as_str()),
                    (DONE, t!(lang, "output-chart-completed").as_str()),
                ]))
                @for k in 0..=(f.top_value / f.tick) {
                    @let v = (k * f.tick) as usize;
                    line x1=(f.left) x2=(f.right) y1=(f.y(v)) y2=(f.y(v)) stroke="#e0e0e0" {}
                    text x=(f.left - 8) y=(f.y(v) + 4) text-anchor="end" { (v) }
                }
                (month_bars(months, &f, lang))
                line x1=(f.left) x2=(f.right) y1=(f.bottom) y2=(f.bottom) stroke="#555" {}
                polyline points=(due_line.join(" ")) fill="none" stroke=(DUE) stroke-width="3" stroke-dasharray="6 4" {}
                polyline points=(done_line.join(" ")) fill="none" stroke=(DONE) stroke-width="3" {}
                @if let Some(i) = today {
                    line x1=(f.x(i)) x2=(f.x(i)) y1=(f.top) y2=(f.bottom) stroke="#555" stroke-dasharray="2 3" {}
                    text x=(f.x(i) + 4) y=(f.top + 12) { (t!(lang, "output-chart-as-of", date = charts.as_of)) }
                }
            }
        }
    }
}

/// Each month's two bars (due, completed; a zero draws none) and its name under
/// them, with the year under the first month and under each January, so a year
/// that spans two calendar years reads right.
fn month_bars(months: &[MonthPoint], f: &Frame, lang: Lang) -> Markup {
    html! {
        @for (i, m) in months.iter().enumerate() {
            @let bw = f.step / 4;
            @if m.due > 0 {
                rect x=(f.x(i) - bw) y=(f.y(m.due)) width=(bw) height=(f.bottom - f.y(m.due)) fill=(DUE) fill-opacity="0.5" {}
            }
            @if m.completed > 0 {
                rect x=(f.x(i)) y=(f.y(m.completed)) width=(bw) height=(f.bottom - f.y(m.completed)) fill=(DONE) fill-opacity="0.5" {}
            }
            text x=(f.x(i)) y=(f.bottom + 18) text-anchor="middle" { (month_name(m.month.month(), lang)) }
            @if m.month.month() == 1 || i == 0 {
                text x=(f.x(i)) y=(f.bottom + 34) text-anchor="middle" { (m.month.year()) }
            }
        }
    }
}

/// Where the burn-up's plot sits in its picture, and its scale: a step per month,
/// and a top value rounded up to whole ticks (about five) so the grid lines fall on
/// round numbers.
struct Frame {
    left: i64,
    right: i64,
    top: i64,
    bottom: i64,
    step: i64,
    tick: i64,
    top_value: i64,
}

impl Frame {
    fn new(months: &[MonthPoint]) -> Frame {
        let (left, right, top, bottom) = (50_i64, 880_i64, 40_i64, 280_i64);
        let n = months.len().max(1) as i64;
        let max = months
            .iter()
            .map(|m| m.due_total.max(m.completed_total))
            .max()
            .unwrap_or(0)
            .max(1) as i64;
        let tick = ((max + 4) / 5).max(1);
        Frame {
            left,
            right,
            top,
            bottom,
            step: (right - left) / n,
            tick,
            top_value: tick * ((max + tick - 1) / tick),
        }
    }

    /// The middle of month `i`'s column.
    fn x(&self, i: usize) -> i64 {
        self.left + i as i64 * self.step + self.step / 2
    }

    /// The height of value `v`.
    fn y(&self, v: usize) -> i64 {
        self.bottom - v as i64 * (self.bottom - self.top) / self.top_value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Cell;

    #[test]
    fn plan_text_is_escaped_and_tones_become_classes() {
        let t = Table {
            title: Some("A & B".into()),
            headers: vec!["<th>".into()],
            numeric: vec![true],
            long: vec![false],
            rows: vec![vec![Cell::toned("<b>\"x\"</b>", Tone::Bad)]],
            notes: vec!["<i>".into()],
            empty: String::new(),
            optional: Vec::new(),
        };
        let html = table(&t).into_string();
        assert_eq!(
            html,
            "<section><h2>A &amp; B</h2><div class=\"scroll\"><table><thead><tr>\
             <th scope=\"col\">&lt;th&gt;</th></tr></thead><tbody><tr>\
             <td class=\"num nw bad\">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</td></tr></tbody></table></div>\
             <p class=\"note\">&lt;i&gt;</p></section>"
        );
    }

    #[test]
    fn months_have_names_in_both_languages() {
        assert_eq!(month_name(5, Lang::En), "May");
        assert_eq!(month_name(5, Lang::Sv), "maj");
        assert_eq!(month_name(10, Lang::Sv), "okt");
        assert_eq!(month_name(13, Lang::En), "");
    }
}
