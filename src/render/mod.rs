//! Renderers: they turn a report's [`Table`] into text and never decide what to
//! show. Every format gets the same rows, so a terminal, the minutes and a
//! spreadsheet always agree. JSON is not here: reports serialise their own data.

pub mod charts;
pub mod csv;
pub mod document;
pub mod html;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod records;
pub mod table;
pub mod trend;

use std::io;

use clap::ValueEnum;
use serde::Serialize;

use crate::i18n::Lang;
use crate::output::Sink;

/// How a report is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for a terminal.
    #[default]
    Table,
    /// GitHub-flavoured Markdown tables, for the minutes.
    Markdown,
    /// RFC 4180 CSV: the JSON's keys and values, or with --lang the table in that language.
    Csv,
    /// One JSON document, for scripts; the shape is in the interface contract.
    Json,
}

/// What a cell means, so the terminal renderer can colour it; other formats ignore it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tone {
    /// Nothing special.
    #[default]
    Plain,
    /// Good news (on track, done).
    Good,
    /// Needs attention (at risk).
    Warn,
    /// Bad news (off track, overdue).
    Bad,
}

/// One cell: its text and tone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The text.
    pub text: String,
    /// How to colour it.
    pub tone: Tone,
}

impl<T: Into<String>> From<T> for Cell {
    fn from(text: T) -> Self {
        Cell {
            text: text.into(),
            tone: Tone::Plain,
        }
    }
}

impl Cell {
    /// A cell with a tone.
    pub fn toned(text: impl Into<String>, tone: Tone) -> Self {
        Cell {
            text: text.into(),
            tone,
        }
    }
}

/// A report as rows and columns, with an optional line of totals under it.
#[derive(Clone, Debug, Default)]
pub struct Table {
    /// A line above the table saying what it is (a heading in Markdown).
    pub title: Option<String>,
    /// Column headings, in the run's language.
    pub headers: Vec<String>,
    /// Which columns hold numbers (right-aligned on a terminal).
    pub numeric: Vec<bool>,
    /// Which columns hold long prose (shortened on a terminal).
    pub long: Vec<bool>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
    /// Lines shown after the table in human formats (totals, explanations).
    pub notes: Vec<String>,
    /// What to print instead of an empty table.
    pub empty: String,
    /// Columns a terminal too narrow for the whole table may leave out, first to go
    /// first, before a free-text column shrinks below a readable width: a list keeps
    /// its titles and leaves out the details.
    pub optional: Vec<usize>,
}

/// A report's computed data: serialisable for JSON, and shown as a [`Table`] in the
/// other formats.
pub trait Report: Serialize {
    /// The rows and notes a person reads, in `lang`.
    fn table(&self, lang: Lang) -> Table;

    /// Lines a person reads under the heading, before the table: the strategy's
    /// visions in `status`. None by default.
    fn preamble(&self, _lang: Lang) -> Vec<String> {
        Vec::new()
    }

    /// The records of the CSV for programs (see [`records`]): the report itself
    /// when it serialises to a list; a report that is an object names its list.
    fn records(&self) -> Table {
        records::table(self, records::Shape::default())
    }
}

/// Who a CSV is written for. A program gets the JSON's keys and keywords, the same
/// whatever the locale; a person who asked for a language (`--lang`,
/// `INTPLAN_LANG`) gets the report's table in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvReader {
    /// No language was asked for: headers are keys, values keywords.
    Program,
    /// A language was asked for: the table a person reads.
    Person,
}

impl Format {
    /// Whether the format is for a program rather than a person, and so must keep
    /// the plan's text exactly in a pipe or a file.
    pub fn is_data(self) -> bool {
        !matches!(self, Format::Table)
    }
}

/// Writes a report in `format`: the table with intplan's colours (when the stream
/// keeps them), every other format as exact data; a CSV for `reader`.
pub fn emit<R: Report>(
    out: &mut dyn Sink,
    report: &R,
    format: Format,
    lang: Lang,
    reader: CsvReader,
) -> io::Result<()> {
    match format {
        Format::Json => json::write(&mut *out.data(), report),
        Format::Table => {
            let color = out.color();
            let mut t = report.table(lang);
            let w = &mut *out.styled();
            let width = table::width();
            if let Some(title) = t.title.take() {
                table::write_prose(w, &title, width)?;
            }
            let preamble = report.preamble(lang);
            for line in &preamble {
                table::write_prose(w, line, width)?;
            }
            if !preamble.is_empty() {
                writeln!(w)?;
            }
            table::write_at(w, &t, color, width)
        }
        Format::Markdown => {
            let mut t = report.table(lang);
            let w = &mut *out.data();
            if let Some(title) = t.title.take() {
                writeln!(w, "## {}\n", markdown::escape(&title))?;
            }
            for line in report.preamble(lang) {
                writeln!(w, "{}\n", markdown::escape(&line))?;
            }
            markdown::write(w, &t)
        }
        Format::Csv => match reader {
            CsvReader::Person => csv::write(&mut *out.data(), &report.table(lang)),
            CsvReader::Program => csv::write_records(&mut *out.data(), &report.records()),
        },
    }
}

#[cfg(test)]
mod tests {
    /// Data flows one way: reports compute, renderers draw their own input types.
    /// A renderer that imports a report would let report logic leak into a format.
    #[test]
    fn no_renderer_imports_a_report() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                !text.contains(concat!("crate::", "report")),
                "{} imports a report",
                path.display()
            );
        }
    }
}
