//! GitHub-flavoured Markdown tables, for pasting into the board's minutes. Plan text
//! goes in exactly: a Markdown reader gets back the same characters, in the same
//! cells, and no character of it becomes markup, a link or HTML.

use std::io::{self, Write};

use super::Table;
use crate::output::{is_hidden, shown};

/// ASCII punctuation that starts or ends markup wherever it stands: backslash
/// escapes, code spans, emphasis, links and images, HTML and autolinks, headings'
/// closing `#`s, table cells, strikethrough, entities and math.
pub const MARKUP: &[char] = &['\\', '`', '*', '_', '[', '<', '>', '#', '|', '~', '&', '$'];

/// Escapes text for a table cell, a heading or a paragraph: [`MARKUP`] with a
/// backslash; what would start a list at the start of a line (`-`, `+`, `1.`,
/// `1)`) likewise; line breaks, tabs, hidden characters (see [`is_hidden`]) and
/// spaces at either end (which Markdown trims) as numeric character references.
/// U+0000 cannot be written in Markdown at all (readers turn it into U+FFFD), so
/// it is shown as `\u{0}`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let lead = text.len() - text.trim_start_matches(' ').len();
    let trail = text.len() - text.trim_end_matches(' ').len();
    let body_end = text.len() - trail;
    let list_at = list_marker(&text[lead.min(body_end)..]).map(|k| k + lead);
    for (i, c) in text.char_indices() {
        if c == ' ' && (i < lead || i >= body_end) {
            out.push_str("&#32;");
        } else if c == '\0' {
            out.push_str(&shown(c).replace('\\', "\\\\"));
        } else if c == '\n' || c == '\t' || is_hidden(c) {
            out.push_str(&format!("&#{};", u32::from(c)));
        } else {
            if MARKUP.contains(&c) || list_at == Some(i) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Where in `text` the character stands that would make it a list item at the
/// start of a line: the `-` or `+` of `- x`, the `.` or `)` of `1. x`.
fn list_marker(text: &str) -> Option<usize> {
    if text.starts_with(['-', '+']) {
        return Some(0);
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && text[digits..].starts_with(['.', ')'])).then_some(digits)
}

/// Writes the table as a pipe table, then the notes as paragraphs.
pub fn write(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    if let Some(title) = &table.title {
        writeln!(out, "## {}\n", escape(title))?;
    }
    if table.rows.is_empty() {
        writeln!(out, "{}", escape(&table.empty))?;
    } else {
        let header: Vec<String> = table.headers.iter().map(|h| escape(h)).collect();
        writeln!(out, "| {} |", header.join(" | "))?;
        let rule: Vec<&str> = (0..table.headers.len())
            .map(|i| {
                if table.numeric.get(i) == Some(&true) {
                    "---:"
                } else {
                    "---"
                }
            })
            .collect();
        writeln!(out, "| {} |", rule.join(" | "))?;
        for row in &table.rows {
            let cells: Vec<String> = row.iter().map(|c| escape(&c.text)).collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
    }
    for note in &table.notes {
        writeln!(out, "\n{}", escape(note))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_and_markup_are_escaped() {
        assert_eq!(escape("a|b *c* <x>"), "a\\|b \\*c\\* \\<x\\>");
    }

    #[test]
    fn line_starts_ends_and_hidden_characters_are_references() {
        assert_eq!(escape("- 1. x"), "\\- 1. x");
        assert_eq!(escape("12) x"), "12\\) x");
        // A list marker after leading spaces (which become references) still
        // counts; a `.` or `)` with no number before it starts nothing.
        assert_eq!(escape("  + x"), "&#32;&#32;\\+ x");
        assert_eq!(escape(" 3. x"), "&#32;3\\. x");
        assert_eq!(escape(". x) y"), ". x) y");
        assert_eq!(escape("  a\nb\t "), "&#32;&#32;a&#10;b&#9;&#32;");
        assert_eq!(escape("\u{1b}[2J\u{202e}\0"), "&#27;\\[2J&#8238;\\\\u{0}");
    }
}
