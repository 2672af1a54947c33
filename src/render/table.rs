//! Aligned columns for a terminal, drawn with comfy-table.

use std::io::{self, Write};

use comfy_table::{
    CellAlignment, Color, ContentArrangement, LineStyle, Table as Comfy, TableStyle,
};

use super::{Table, Tone};
use crate::output::visible;

/// Plain columns with a rule under the header, as `ps` or Taskwarrior print them:
/// easy to read and to copy from.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// Characters a long-text column keeps on a terminal; Markdown and CSV keep all.
const LONG_CELL: usize = 48;

/// Cuts text at a word boundary to at most `max` characters, with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', '.']))
}

/// A cell's text on one line, every hidden character shown (see [`visible`]): the
/// text is made visible here, before comfy-table mixes it with its colour codes.
/// A line break (LF or CR LF) or a tab is a space.
fn cell_text(text: &str) -> String {
    visible(&text.replace("\r\n", "\n")).replace(['\n', '\t'], " ")
}

/// Writes the table, its notes, or the `empty` line when there are no rows.
pub fn write(out: &mut dyn Write, table: &Table, color: bool) -> io::Result<()> {
    if let Some(title) = &table.title {
        writeln!(out, "{}", visible(title))?;
    }
    if table.rows.is_empty() {
        writeln!(out, "{}", visible(&table.empty))?;
    } else {
        let mut t = Comfy::new();
        t.load_style(STYLE)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(
                table
                    .headers
                    .iter()
                    .map(|h| comfy_table::Cell::new(cell_text(h))),
            );
        if color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        for row in &table.rows {
            t.add_row(row.iter().enumerate().map(|(i, c)| {
                let mut text = cell_text(&c.text);
                if table.long.get(i) == Some(&true) {
                    text = shorten(&text, LONG_CELL);
                }
                let cell = comfy_table::Cell::new(text);
                match (color, c.tone) {
                    (true, Tone::Good) => cell.fg(Color::Green),
                    (true, Tone::Warn) => cell.fg(Color::Yellow),
                    (true, Tone::Bad) => cell.fg(Color::Red),
                    _ => cell,
                }
            }));
        }
        for (i, numeric) in table.numeric.iter().enumerate() {
            if *numeric && let Some(column) = t.column_mut(i) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        for line in t.to_string().lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        if !table.notes.is_empty() {
            writeln!(out)?;
        }
    }
    for note in &table.notes {
        writeln!(out, "{}", visible(note))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn shorten_cuts_at_words() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(
            shorten("Alla internationella teknologer skall", 25),
            "Alla internationella…"
        );
        assert_eq!(shorten("abcdefghijklmnopqrstuvwxyz", 10), "abcdefghi…");
    }
}
