//! A document: a title, a few lines of prose, optional charts, then several tables.
//! The weekly digest and the HTML export have this shape; this module writes it for
//! a terminal and as Markdown, reusing the single-table renderers, and `html` writes
//! it as a web page.

use std::io::{self, Write};

use super::charts::Charts;
use super::trend::Trend;
use super::{Table, markdown, table};

/// A multi-section report ready to render.
#[derive(Debug)]
pub struct Document {
    /// The heading.
    pub title: String,
    /// Paragraphs under the heading.
    pub lines: Vec<String>,
    /// Charts, drawn only where the format can (HTML).
    pub charts: Option<Charts>,
    /// One chart per indicator over the years, drawn only in HTML, under the
    /// heading given (in the run's language).
    pub trends: Option<(String, Vec<Trend>)>,
    /// The sections, in order.
    pub sections: Vec<Table>,
}

/// Writes the document for a terminal: each section as aligned columns, all of it
/// fitted to the terminal's width (see [`table::width`]).
pub fn write_text(out: &mut dyn Write, doc: &Document, color: bool) -> io::Result<()> {
    let width = table::width();
    table::write_prose(out, &doc.title, width)?;
    for line in &doc.lines {
        table::write_prose(out, line, width)?;
    }
    for section in &doc.sections {
        writeln!(out)?;
        table::write_at(out, section, color, width)?;
    }
    Ok(())
}

/// Writes the document as Markdown for the minutes: `#` heading, paragraphs, then
/// each section as a `##` heading and a pipe table.
pub fn write_markdown(out: &mut dyn Write, doc: &Document) -> io::Result<()> {
    writeln!(out, "# {}", markdown::escape(&doc.title))?;
    for line in &doc.lines {
        writeln!(out, "\n{}", markdown::escape(line))?;
    }
    for section in &doc.sections {
        writeln!(out)?;
        markdown::write(out, section)?;
    }
    Ok(())
}
