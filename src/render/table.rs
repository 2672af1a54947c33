//! Aligned columns for a terminal, fitted to its width.
//!
//! The width is `COLUMNS` when set, else the terminal's; when standard output is not
//! a terminal there is no width and nothing is shortened or wrapped. To fit, the
//! widest free-text column (a title, a goal text, a note: [`Table::long`]) shrinks
//! first, cut at a word with an ellipsis; when even a narrow column would not fit,
//! it goes, and the next widest shrinks. Ids, dates, numbers and posts are never
//! broken; a cell listing several (`A, B`) may put each on its own line as a last
//! resort. A two-column table is a record (field and value, as `item show` prints):
//! its free text wraps at words instead, since a record is read whole. Titles and
//! notes wrap at words. Widths are measured on the text without colour, so the
//! layout is the same with and without it, and every step is linear in the text.

use std::io::{self, IsTerminal, Write};

use anstyle::{AnsiColor, Style};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Table, Tone};
use crate::output::visible;

/// Spaces between two columns.
const GAP: usize = 2;
/// The narrowest a free-text column may become before it goes instead.
const MIN_FREE: usize = 12;
/// The width a free-text column is given before a table's optional columns stay:
/// a title cut at 12 characters says little, and the details can go first.
const READABLE_FREE: usize = 28;
/// The widest a column is made without a terminal: a longer cell runs past its
/// column instead of widening every row to its width.
const PIPE_CAP: usize = 1000;
/// The narrowest a heading is split to, as the very last resort.
const SPLIT_HEADING: usize = 5;
/// What separates the parts of a cell that lists several posts or ids.
const LIST_SEPARATOR: &str = ", ";

/// The width tables are fitted to: `COLUMNS` when it holds a positive number, else
/// the terminal's when standard output is one (where every table goes); `None`
/// (no limit) otherwise.
pub fn width() -> Option<usize> {
    let columns = std::env::var("COLUMNS").ok();
    if let Some(n) = columns.and_then(|c| c.trim().parse::<usize>().ok()) {
        return (n > 0).then_some(n);
    }
    let stdout = io::stdout();
    if !stdout.is_terminal() {
        return None;
    }
    terminal_size::terminal_size_of(&stdout)
        .map(|(w, _)| usize::from(w.0))
        .filter(|&w| w > 0)
}

/// Writes the table for the terminal on standard output.
pub fn write(out: &mut dyn Write, table: &Table, color: bool) -> io::Result<()> {
    write_at(out, table, color, width())
}

/// Writes the table, its notes, or the `empty` line when there are no rows, fitted
/// to `width` (no limit when `None`).
pub fn write_at(
    out: &mut dyn Write,
    table: &Table,
    color: bool,
    width: Option<usize>,
) -> io::Result<()> {
    if let Some(title) = &table.title {
        write_prose(out, title, width)?;
    }
    if table.rows.is_empty() {
        write_prose(out, &table.empty, width)?;
    } else {
        let grid = Grid::new(table, width.unwrap_or(PIPE_CAP));
        let layout = grid.fit(width);
        grid.write(out, &layout, color)?;
        if !table.notes.is_empty() {
            writeln!(out)?;
        }
    }
    for note in &table.notes {
        write_prose(out, note, width)?;
    }
    Ok(())
}

/// Writes prose, every hidden character shown (see [`visible`]), each of its lines
/// wrapped at words to `width`.
pub fn write_prose(out: &mut dyn Write, text: &str, width: Option<usize>) -> io::Result<()> {
    let text = visible(text);
    let Some(w) = width.filter(|_| !text.is_empty()) else {
        return writeln!(out, "{text}");
    };
    for line in text.lines() {
        for part in wrap(line, w) {
            writeln!(out, "{part}")?;
        }
    }
    Ok(())
}

/// A cell's text on one line, every hidden character shown (see [`visible`]); a
/// line break (LF or CR LF) or a tab is a space.
fn cell_text(text: &str) -> String {
    visible(&text.replace("\r\n", "\n")).replace(['\n', '\t'], " ")
}

/// The table's text, made visible, with each column's measures.
struct Grid<'t> {
    table: &'t Table,
    headers: Vec<String>,
    cells: Vec<Vec<String>>,
    columns: Vec<Column>,
}

/// What one column needs.
#[derive(Clone, Copy, Debug)]
struct Column {
    /// The width of its widest cell or heading.
    natural: usize,
    /// The narrowest it may be: a free-text column's [`MIN_FREE`] (or less when all
    /// of it is narrower); else its heading and its widest list item.
    min: usize,
    /// The narrowest it may be with only its heading wrapped between words.
    headed: usize,
    /// The narrowest a column that is not free text may be once its posts wrap: the
    /// widest word of its heading and its cells.
    words: usize,
    /// The narrowest it may be at all: its widest word, with the heading split
    /// inside words (a heading is none of the things that must not break).
    split: usize,
    /// Whether it is free text, which may be cut or wrapped.
    free: bool,
    /// Whether it is right-aligned.
    numeric: bool,
}

/// How each column is shown: its width, or `None` when it goes.
#[derive(Debug, PartialEq, Eq)]
struct Layout {
    widths: Vec<Option<usize>>,
    /// Whether free text wraps (a record) rather than being cut (a list).
    wrap: bool,
    /// Whether there is a width to fit: without one nothing is cut or wrapped.
    limited: bool,
    /// Spaces between two columns.
    gap: usize,
}

impl Layout {
    /// How many columns the table is wider than `limit`.
    fn over(&self, limit: usize) -> usize {
        let shown: Vec<usize> = self.widths.iter().flatten().copied().collect();
        let total = shown.iter().sum::<usize>() + self.gap * shown.len().saturating_sub(1);
        total.saturating_sub(limit)
    }
}

impl<'t> Grid<'t> {
    /// Measures the table; no column is made wider than `cap`, so that one giant
    /// cell runs past its column rather than widening every row.
    fn new(table: &'t Table, cap: usize) -> Self {
        let headers: Vec<String> = table.headers.iter().map(|h| cell_text(h)).collect();
        let cells: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|row| row.iter().map(|c| cell_text(&c.text)).collect())
            .collect();
        let count = headers
            .len()
            .max(cells.iter().map(Vec::len).max().unwrap_or(0));
        let columns = (0..count)
            .map(|i| {
                let header = headers.get(i).map_or(0, |h| h.width());
                let column_cells = || cells.iter().filter_map(move |r| r.get(i));
                let natural = column_cells()
                    .map(|c| c.width().min(cap))
                    .fold(header, usize::max);
                let free = table.long.get(i) == Some(&true);
                let min = if free {
                    natural.min(MIN_FREE.max(header))
                } else {
                    column_cells()
                        .flat_map(|c| c.split(LIST_SEPARATOR))
                        .map(|part| part.width() + LIST_SEPARATOR.trim_end().len())
                        .fold(header, usize::max)
                        .min(natural)
                };
                let header_word = headers.get(i).map_or(0, |h| {
                    h.split(' ').map(UnicodeWidthStr::width).max().unwrap_or(0)
                });
                let cells = column_cells()
                    .map(|c| c.width().min(cap))
                    .max()
                    .unwrap_or(0);
                let cell_word = column_cells()
                    .flat_map(|c| c.split(' '))
                    .map(UnicodeWidthStr::width)
                    .max()
                    .unwrap_or(0);
                let words = cell_word.max(header_word).min(min);
                Column {
                    natural,
                    min,
                    headed: cells.max(header_word).min(min),
                    words,
                    split: cell_word.max(header.min(SPLIT_HEADING)).min(words),
                    free,
                    numeric: table.numeric.get(i) == Some(&true),
                }
            })
            .collect();
        Grid {
            table,
            headers,
            cells,
            columns,
        }
    }

    /// Fits the columns to `width`: the widest free-text column shrinks or goes
    /// first, then the next; then the gaps between columns narrow to one space,
    /// headings wrap between words, lists of posts put one per line, long posts
    /// wrap between words, and as the very last resort headings split inside words.
    fn fit(&self, width: Option<usize>) -> Layout {
        let mut layout = Layout {
            widths: self.columns.iter().map(|c| Some(c.natural)).collect(),
            wrap: self.columns.len() == 2,
            limited: width.is_some(),
            gap: GAP,
        };
        let Some(limit) = width else {
            return layout;
        };
        self.make_room(&mut layout, limit);
        if self.give_free_text(&mut layout, limit) {
            return layout;
        }
        layout.gap = 1;
        let floors: [fn(&Column) -> usize; 4] = [|c| c.headed, |c| c.min, |c| c.words, |c| c.split];
        for floor in floors {
            if self.narrow(&mut layout, limit, floor) {
                break;
            }
        }
        layout
    }

    /// Before a free-text column goes, tries what costs less: narrower gaps, then
    /// leaving out the table's optional columns in its order (details go before
    /// titles do), keeping the wider gaps when the table then fits with them.
    fn make_room(&self, layout: &mut Layout, limit: usize) {
        for gap in [GAP, 1] {
            layout.gap = gap;
            if self.over_with_free_at_min(layout, limit) == 0 {
                return;
            }
        }
        for &i in &self.table.optional {
            if let Some(width) = layout.widths.get_mut(i) {
                *width = None;
            }
            for gap in [GAP, 1] {
                layout.gap = gap;
                if self.over_with_free_at_min(layout, limit) == 0 {
                    return;
                }
            }
        }
        layout.gap = GAP;
    }

    /// How far the table runs past `limit` with every free-text column shown at
    /// a readable width: [`READABLE_FREE`] when the table has optional columns to
    /// leave out for it, else its narrowest.
    fn over_with_free_at_min(&self, layout: &Layout, limit: usize) -> usize {
        let readable = if self.table.optional.is_empty() {
            0
        } else {
            READABLE_FREE
        };
        let mut narrowest = Layout {
            widths: layout.widths.clone(),
            ..*layout
        };
        for (i, column) in self.columns.iter().enumerate() {
            if column.free && narrowest.widths[i].is_some() {
                narrowest.widths[i] = Some(column.min.max(readable.min(column.natural)));
            }
        }
        narrowest.over(limit)
    }

    /// Shrinks or drops free-text columns, widest first; whether the table fits.
    fn give_free_text(&self, layout: &mut Layout, limit: usize) -> bool {
        let mut free: Vec<usize> = (0..self.columns.len())
            .filter(|&i| self.columns[i].free)
            .collect();
        // Widest first; of two as wide, the one further right.
        free.sort_by(|&a, &b| {
            let (ca, cb) = (&self.columns[a], &self.columns[b]);
            cb.natural.cmp(&ca.natural).then(b.cmp(&a))
        });
        for i in free {
            let over = layout.over(limit);
            if over == 0 {
                return true;
            }
            let column = &self.columns[i];
            if column.natural - column.min >= over {
                layout.widths[i] = Some(column.natural - over);
                return true;
            }
            layout.widths[i] = None;
        }
        layout.over(limit) == 0
    }

    /// Narrows the other columns, widest first, down to `floor`; whether the table
    /// fits.
    fn narrow(&self, layout: &mut Layout, limit: usize, floor: fn(&Column) -> usize) -> bool {
        let mut fixed: Vec<usize> = (0..self.columns.len())
            .filter(|&i| !self.columns[i].free)
            .collect();
        fixed.sort_by(|&a, &b| {
            let (ca, cb) = (&self.columns[a], &self.columns[b]);
            cb.natural.cmp(&ca.natural).then(b.cmp(&a))
        });
        for i in fixed {
            let over = layout.over(limit);
            if over == 0 {
                return true;
            }
            if let Some(w) = layout.widths[i] {
                let floor = floor(&self.columns[i]);
                let narrower = w.saturating_sub(over).max(floor);
                layout.widths[i] = Some(self.even_heading(i, narrower).max(floor));
            }
        }
        layout.over(limit) == 0
    }

    /// A width at least `w` whose heading, split into lines of that width, has
    /// lines of even length ("Förse" / "nade", not "Försenad" / "e").
    fn even_heading(&self, i: usize, w: usize) -> usize {
        let heading = self.headers.get(i).map_or(0, |h| h.width());
        let word = self.headers.get(i).map_or(0, |h| {
            h.split(' ').map(UnicodeWidthStr::width).max().unwrap_or(0)
        });
        if w == 0 || word <= w {
            return w;
        }
        let lines = heading.div_ceil(w);
        heading.div_ceil(lines).min(w)
    }

    /// A cell that is not free text is never broken inside a word: when a word of
    /// it is wider than the column (a giant cell the column was not widened for),
    /// it runs past the column.
    fn lines(&self, text: &str, column: &Column, width: usize, layout: &Layout) -> Vec<String> {
        if !layout.limited || text.width() <= width {
            return vec![text.to_owned()];
        }
        match (column.free, layout.wrap) {
            (true, true) => wrap_words(text, width),
            (true, false) => vec![shorten(text, width)],
            (false, _) if text.split(' ').any(|w| w.width() > width) => vec![text.to_owned()],
            (false, _) => wrap_list(text, width)
                .into_iter()
                .flat_map(|line| wrap_words(&line, width))
                .collect(),
        }
    }

    fn write(&self, out: &mut dyn Write, layout: &Layout, color: bool) -> io::Result<()> {
        let shown: Vec<(usize, usize)> = layout
            .widths
            .iter()
            .enumerate()
            .filter_map(|(i, w)| w.map(|w| (i, w)))
            .collect();
        let headers: Vec<(String, Tone)> = shown
            .iter()
            .map(|&(i, _)| {
                (
                    self.headers.get(i).cloned().unwrap_or_default(),
                    Tone::Plain,
                )
            })
            .collect();
        self.write_row(out, &shown, &headers, layout, false, true)?;
        let rule: Vec<String> = shown.iter().map(|&(_, w)| "─".repeat(w)).collect();
        writeln!(out, "{}", rule.join(&" ".repeat(layout.gap)))?;
        for (r, row) in self.cells.iter().enumerate() {
            let cells: Vec<(String, Tone)> = shown
                .iter()
                .map(|&(i, _)| {
                    let tone = self.table.rows[r].get(i).map_or(Tone::Plain, |c| c.tone);
                    (row.get(i).cloned().unwrap_or_default(), tone)
                })
                .collect();
            self.write_row(out, &shown, &cells, layout, color, false)?;
        }
        Ok(())
    }

    /// Writes one row, which is several lines when a cell wraps.
    fn write_row(
        &self,
        out: &mut dyn Write,
        shown: &[(usize, usize)],
        cells: &[(String, Tone)],
        layout: &Layout,
        color: bool,
        heading: bool,
    ) -> io::Result<()> {
        let lines: Vec<Vec<String>> = shown
            .iter()
            .zip(cells)
            .map(|(&(i, w), (text, _))| match heading {
                true if layout.limited && text.width() > w => wrap_words(text, w),
                true => vec![text.clone()],
                false => self.lines(text, &self.columns[i], w, layout),
            })
            .collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(1);
        for n in 0..height {
            let mut line = String::new();
            for (k, (&(i, w), (_, tone))) in shown.iter().zip(cells).enumerate() {
                if k > 0 {
                    line.push_str(&" ".repeat(layout.gap));
                }
                let text = lines[k].get(n).map_or("", String::as_str);
                let pad = " ".repeat(w.saturating_sub(text.width()));
                let styled = paint(text, *tone, color);
                if self.columns[i].numeric {
                    line.push_str(&pad);
                    line.push_str(&styled);
                } else {
                    line.push_str(&styled);
                    line.push_str(&pad);
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// Colours text by its tone; without colour the text is as it was, so the layout
/// does not change.
fn paint(text: &str, tone: Tone, color: bool) -> String {
    let color = match tone {
        _ if !color || text.is_empty() => return text.to_owned(),
        Tone::Plain => return text.to_owned(),
        Tone::Good => AnsiColor::Green,
        Tone::Warn => AnsiColor::Yellow,
        Tone::Bad => AnsiColor::Red,
    };
    let style = Style::new().fg_color(Some(color.into()));
    format!("{}{text}{}", style.render(), style.render_reset())
}

/// The longest start of `text` that is at most `width` columns wide, and the rest.
fn split_at_width(text: &str, width: usize) -> (&str, &str) {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            return text.split_at(at);
        }
        used += w;
    }
    (text, "")
}

/// Cuts text to at most `max` columns, at a word when one is near, with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_owned();
    }
    let (cut, _) = split_at_width(text, max.saturating_sub(1));
    let cut = match cut.rfind(' ') {
        Some(i) if cut[..i].width() >= max / 2 => &cut[..i],
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([' ', ',', '.', ';', ':']))
}

/// Wraps prose at spaces to lines at most `width` columns wide; a word wider than a
/// line is split. Each word is measured once, so the time is linear in the text.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let size = word.width();
        if used > 0 && used + 1 + size <= width {
            line.push(' ');
            line.push_str(word);
            used += 1 + size;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if size <= width {
            line.push_str(word);
            used = size;
            continue;
        }
        // A word wider than a line: whole lines of it, then the rest starts a line.
        let mut rest = word;
        while !rest.is_empty() {
            let (head, tail) = split_at_width(rest, width);
            let (head, tail) = if head.is_empty() {
                // A character wider than the line: it gets a line of its own.
                rest.split_at(rest.chars().next().map_or(rest.len(), char::len_utf8))
            } else {
                (head, tail)
            };
            if tail.is_empty() {
                line.push_str(head);
                used = head.width();
            } else {
                lines.push(head.to_owned());
            }
            rest = tail;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Wraps prose to `width`, as [`wrap_words`]; what a title or a note is shown as.
/// A line that fits is kept as written, spaces and all.
fn wrap(text: &str, width: usize) -> Vec<String> {
    if text.width() <= width {
        return vec![text.to_owned()];
    }
    wrap_words(text, width)
}

/// Puts the parts of a list cell (`A, B, C`) on as few lines as fit in `width`,
/// never breaking a part.
fn wrap_list(text: &str, width: usize) -> Vec<String> {
    let mut parts = text.split(LIST_SEPARATOR).peekable();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    while let Some(part) = parts.next() {
        let comma = if parts.peek().is_some() { "," } else { "" };
        let size = part.width() + comma.len();
        if used > 0 && used + 1 + size > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        line.push_str(part);
        line.push_str(comma);
        used += size;
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Cell;

    fn table(long: Vec<bool>, rows: Vec<Vec<&str>>) -> Table {
        let n = long.len();
        Table {
            title: None,
            headers: (0..n).map(|i| format!("H{i}")).collect(),
            numeric: vec![false; n],
            long,
            rows: rows
                .into_iter()
                .map(|r| r.into_iter().map(Cell::from).collect())
                .collect(),
            notes: Vec::new(),
            empty: String::new(),
            optional: Vec::new(),
        }
    }

    fn render(t: &Table, width: Option<usize>) -> String {
        let mut out = Vec::new();
        write_at(&mut out, t, false, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn shorten_cuts_at_words() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(
            shorten("Alla internationella teknologer skall", 25),
            "Alla internationella…"
        );
        assert_eq!(shorten("abcdefghijklmnopqrstuvwxyz", 10), "abcdefghi…");
        assert_eq!(shorten("日本語のテキスト", 7), "日本語…");
    }

    #[test]
    fn without_a_width_nothing_is_cut() {
        let long = "word ".repeat(40);
        let t = table(
            vec![false, true],
            vec![vec!["1a-1", &long], vec!["x", "y"], vec!["z", "w"]],
        );
        let t = Table {
            headers: vec!["Id".into(), "Text".into(), "More".into()],
            ..t
        };
        let out = render(&t, None);
        assert!(out.contains(long.trim_end()), "{out}");
    }

    #[test]
    fn the_widest_free_column_shrinks_first_then_goes() {
        let rows = vec![vec![
            "Kommunikationsansvarig",
            "Short area",
            "A very long goal text that goes on and on and on",
        ]];
        let t = table(vec![false, true, true], rows);
        let wide = render(&t, Some(100));
        assert!(wide.contains("on and on and on"), "{wide}");
        let narrow = render(&t, Some(60));
        assert_eq!(
            narrow,
            "H0                      H1          H2\n\
             ──────────────────────  ──────────  ────────────────────────\n\
             Kommunikationsansvarig  Short area  A very long goal text…\n"
        );
        let narrower = render(&t, Some(38));
        assert_eq!(
            narrower,
            "H0                      H1\n\
             ──────────────────────  ──────────\n\
             Kommunikationsansvarig  Short area\n"
        );
        for line in render(&t, Some(30)).lines() {
            assert!(line.contains("Kommunikationsansvarig") || !line.contains("Kommun"));
        }
    }

    #[test]
    fn lists_of_posts_wrap_between_posts_only() {
        let t = table(
            vec![false, false],
            vec![vec!["4b", "Vice kårordförande, Utbildningsansvarig"]],
        );
        let t = Table {
            headers: vec!["Goal".into(), "Owner".into()],
            ..t
        };
        assert_eq!(
            render(&t, Some(30)),
            "Goal Owner\n\
             ──── ─────────────────────────\n\
             4b   Vice kårordförande,\n     Utbildningsansvarig\n"
        );
    }

    #[test]
    fn a_long_post_wraps_between_words_as_a_last_resort() {
        let t = table(
            vec![false, false, false],
            vec![vec![
                "3b",
                "Ordförande i Internationella utskottet",
                "2026-12-15",
            ]],
        );
        let t = Table {
            headers: vec!["Goal".into(), "Owner".into(), "Due".into()],
            ..t
        };
        let out = render(&t, Some(40));
        assert_eq!(
            out,
            "Goal Owner                    Due\n\
             ──── ──────────────────────── ──────────\n\
             3b   Ordförande i             2026-12-15\n     Internationella\n     utskottet\n"
        );
        assert!(out.lines().all(|l| l.width() <= 40), "{out}");
    }

    #[test]
    fn headings_wrap_before_cells_do() {
        let t = table(vec![false, false], vec![vec!["1a", "2026-12-15"]]);
        let t = Table {
            headers: vec!["Goal".into(), "Last sign of life".into()],
            ..t
        };
        assert_eq!(
            render(&t, Some(16)),
            "Goal Last sign\n     of life\n──── ───────────\n1a   2026-12-15\n"
        );
    }

    #[test]
    fn as_the_very_last_resort_a_heading_splits_inside_a_word_evenly() {
        let mut t = table(vec![false, false], vec![vec!["1", "2"]]);
        t.headers = vec!["Genomförda".into(), "Försenade".into()];
        t.numeric = vec![true, true];
        assert_eq!(
            render(&t, Some(11)),
            "Genom Förse\nförda  nade\n───── ─────\n    1     2\n"
        );
    }

    #[test]
    fn a_record_wraps_its_free_text() {
        let t = table(
            vec![false, true],
            vec![vec!["Title", "one two three four five six"]],
        );
        assert_eq!(
            render(&t, Some(20)),
            "H0     H1\n─────  ─────────────\nTitle  one two three\n       four five six\n"
        );
    }

    #[test]
    fn colour_does_not_change_the_layout() {
        let mut t = table(
            vec![false, true, false],
            vec![vec!["1a", "text text text", "x"]],
        );
        t.rows[0][0].tone = Tone::Bad;
        let mut plain = Vec::new();
        write_at(&mut plain, &t, false, Some(20)).unwrap();
        let mut coloured = Vec::new();
        write_at(&mut coloured, &t, true, Some(20)).unwrap();
        let coloured = String::from_utf8(coloured).unwrap();
        assert!(coloured.contains("\u{1b}["));
        let stripped: String = anstream::adapter::strip_str(&coloured).to_string();
        assert_eq!(stripped, String::from_utf8(plain).unwrap());
    }

    #[test]
    fn prose_wraps_at_words_and_splits_only_giant_words() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("", 3), [""]);
    }
}
