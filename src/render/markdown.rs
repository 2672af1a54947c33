//! GitHub-flavoured Markdown tables, for pasting into the board's minutes.

use std::io::{self, Write};

use super::{Table, clean};

/// Escapes what would break a table cell or start Markdown formatting.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        if matches!(
            c,
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
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
}
