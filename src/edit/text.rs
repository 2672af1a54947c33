//! Text-level pieces of an edit: the file's line-ending convention, splices (a byte
//! range of the old text and what replaces it), line arithmetic, and the values an
//! edit writes, rendered the way the plan files write them. An edit never
//! re-serialises a document: it splices new text into the old, so every byte it does
//! not mean to change stays as it was, whatever the file's layout.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

/// A file's line ending: what the new lines an edit writes end with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Eol {
    /// `\n`.
    Lf,
    /// `\r\n`.
    CrLf,
}

impl Eol {
    /// The convention of a text: the ending most of its lines use (a file with one
    /// stray CRLF line stays an LF file); LF when there is no line break or a tie.
    pub(crate) fn of(text: &str) -> Eol {
        let crlf = text.matches("\r\n").count();
        let lf = text.matches('\n').count() - crlf;
        if crlf > lf { Eol::CrLf } else { Eol::Lf }
    }

    /// The characters.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Eol::Lf => "\n",
            Eol::CrLf => "\r\n",
        }
    }
}

/// One change to a text: the bytes of `range` give way to `text`. An insertion has
/// an empty range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Splice {
    /// The bytes replaced, in the old text.
    pub(crate) range: Range<usize>,
    /// What replaces them.
    pub(crate) text: String,
}

impl Splice {
    /// Inserts `text` at `at`.
    pub(crate) fn insert(at: usize, text: String) -> Splice {
        Splice {
            range: at..at,
            text,
        }
    }

    /// Replaces `range` with `text`.
    pub(crate) fn replace(range: Range<usize>, text: String) -> Splice {
        Splice { range, text }
    }

    /// Removes `range`.
    pub(crate) fn remove(range: Range<usize>) -> Splice {
        Splice {
            range,
            text: String::new(),
        }
    }
}

/// Applies splices to `text`. Insertions at the same place keep the order they were
/// made in; splices that overlap are a mistake of the caller and give `None`.
pub(crate) fn apply(text: &str, mut splices: Vec<Splice>) -> Option<String> {
    splices.sort_by_key(|s| s.range.start);
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for s in splices {
        if s.range.start < at || s.range.end > text.len() || s.range.start > s.range.end {
            return None;
        }
        out.push_str(text.get(at..s.range.start)?);
        out.push_str(&s.text);
        at = s.range.end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

/// The start of the line that holds byte `at`.
pub(crate) fn line_start(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1)
}

/// Just past the end of the line that holds byte `at` (past its line break), or
/// the end of the text when the line has none.
pub(crate) fn line_end(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

/// The whitespace that indents the line holding `at`, up to `at`; empty when
/// something else stands before `at` on its line.
pub(crate) fn indent(text: &str, at: usize) -> &str {
    let start = line_start(text, at);
    let before = &text[start..at];
    if before.chars().all(|c| c == ' ' || c == '\t') {
        before
    } else {
        ""
    }
}

/// Whether the line before the one holding `at` is blank: the plan files set
/// tables apart with a blank line, and new tables follow the file's habit.
pub(crate) fn blank_line_before(text: &str, at: usize) -> bool {
    let start = line_start(text, at);
    if start == 0 {
        return false;
    }
    let previous = line_start(text, start - 1);
    text[previous..start].trim().is_empty()
}

/// The start of the blank lines just before the line starting at `start` (itself
/// when there are none): a table that goes takes its blank lines with it.
pub(crate) fn blank_lines_before(text: &str, start: usize) -> usize {
    let mut start = start;
    while start > 0 {
        let previous = line_start(text, start - 1);
        if !text[previous..start].trim().is_empty() {
            break;
        }
        start = previous;
    }
    start
}

/// Where a line inserted after the line holding `at` goes, and the line break to put
/// before it: none normally, the file's own when that line is the last and has no
/// break (the file then still ends without one).
pub(crate) fn after_line(text: &str, at: usize, eol: Eol) -> (usize, &'static str) {
    let end = line_end(text, at);
    if end == text.len() && !text.ends_with('\n') {
        (end, eol.as_str())
    } else {
        (end, "")
    }
}

/// The range that removes the lines from the one holding `from` to the one holding
/// `to`, line break included. When they are the file's last lines and it ends
/// without a break, the break before them goes instead, so it still ends without one.
pub(crate) fn lines(text: &str, from: usize, to: usize) -> Range<usize> {
    let start = line_start(text, from);
    let end = line_end(text, to);
    if end == text.len() && !text.ends_with('\n') && start > 0 {
        let before = if text[..start - 1].ends_with('\r') {
            start - 2
        } else {
            start - 1
        };
        return before..end;
    }
    start..end
}

/// A value an edit writes into a plan file.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Val {
    /// A string.
    Str(String),
    /// A TOML date (no quotes).
    Date(NaiveDate),
    /// A list of strings, `["2b", "3a"]`.
    List(Vec<String>),
    /// An inline table, `{ sv = "...", en = "..." }`.
    Table(Vec<(String, Val)>),
}

impl Val {
    /// The value as the plan files write it, on one line.
    pub(crate) fn render(&self) -> String {
        match self {
            Val::Str(s) => string(s),
            Val::Date(d) => date(*d),
            Val::List(items) => {
                let items: Vec<String> = items.iter().map(|s| string(s)).collect();
                format!("[{}]", items.join(", "))
            }
            Val::Table(entries) => {
                let entries: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("{} = {}", key(k), v.render()))
                    .collect();
                format!("{{ {} }}", entries.join(", "))
            }
        }
    }

    /// The value as data, to compare an edited file with what the edit meant.
    pub(crate) fn data(&self) -> toml::Value {
        match self {
            Val::Str(s) => toml::Value::String(s.clone()),
            Val::Date(d) => toml::Value::Datetime(toml::value::Datetime {
                date: Some(toml::value::Date {
                    year: u16::try_from(d.year()).unwrap_or_default(),
                    month: u8::try_from(d.month()).unwrap_or_default(),
                    day: u8::try_from(d.day()).unwrap_or_default(),
                }),
                time: None,
                offset: None,
            }),
            Val::List(items) => toml::Value::Array(
                items
                    .iter()
                    .map(|s| toml::Value::String(s.clone()))
                    .collect(),
            ),
            Val::Table(entries) => {
                toml::Value::Table(entries.iter().map(|(k, v)| (k.clone(), v.data())).collect())
            }
        }
    }
}

/// Text as TOML comment lines, `# ` before each, `\n`-joined and ended.
pub(crate) fn comment(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        out.push('#');
        if !line.is_empty() {
            out.push(' ');
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// A key, bare when TOML allows it, quoted otherwise (`[goals."4.b"]`).
pub(crate) fn key(name: &str) -> String {
    toml_edit::Key::new(name).to_string()
}

/// A date as `YYYY-MM-DD`; the command line admits only years 0 to 9999, the
/// years a TOML date can hold.
pub(crate) fn date(day: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// A string on one line: a literal string (`'...'`) when it holds double quotes and
/// nothing that needs an escape, else a basic string with escapes, so that a line
/// break in a note is written `\n` and reads back exactly, whatever the file's line
/// endings.
pub(crate) fn string(s: &str) -> String {
    let plain = |c: char| !c.is_control() && c != '\'';
    if s.contains('"') && s.chars().all(plain) {
        return format!("'{s}'");
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_convention_is_the_most_used_ending() {
        assert_eq!(Eol::of("a\nb\r\nc\n"), Eol::Lf);
        assert_eq!(Eol::of("a\r\nb\r\nc\n"), Eol::CrLf);
        assert_eq!(Eol::of("no break"), Eol::Lf);
    }

    #[test]
    fn splices_apply_in_order_and_refuse_overlaps() {
        let text = "abcdef";
        let out = apply(
            text,
            vec![
                Splice::insert(6, "!".into()),
                Splice::replace(1..3, "X".into()),
                Splice::insert(6, "?".into()),
            ],
        );
        assert_eq!(out.as_deref(), Some("aXdef!?"));
        let overlap = vec![Splice::remove(1..4), Splice::remove(2..5)];
        assert_eq!(apply(text, overlap), None);
    }

    #[test]
    fn lines_are_found_around_a_byte() {
        let text = "a = 1\r\n  b = 2\nc = 3";
        assert_eq!(line_start(text, 10), 7);
        assert_eq!(line_end(text, 10), 15);
        assert_eq!(line_end(text, 16), text.len());
        assert_eq!(indent(text, 9), "  ");
        assert_eq!(indent(text, 13), "");
        assert_eq!(after_line(text, 16, Eol::Lf), (text.len(), "\n"));
        assert_eq!(after_line(text, 1, Eol::Lf), (7, ""));
        assert_eq!(&text[lines(text, 16, 16)], "\nc = 3");
        assert_eq!(&text[lines(text, 9, 9)], "  b = 2\n");
        assert!(blank_line_before("x\n\ny\n", 3));
        assert!(!blank_line_before("x\ny\n", 2));
    }

    #[test]
    fn strings_stay_on_one_line_and_read_back_exactly() {
        for s in [
            "plain",
            "say \"hi\"",
            "it's \"q\"",
            "a\nb",
            "a\r\nb",
            "tab\t\u{7}bell",
            "back\\slash",
        ] {
            let rendered = string(s);
            assert!(!rendered.contains(['\n', '\r']), "{rendered}");
            let doc: toml::Table = toml::from_str(&format!("x = {rendered}")).unwrap();
            assert_eq!(doc["x"].as_str(), Some(s), "{rendered}");
        }
        assert_eq!(string("say \"hi\""), "'say \"hi\"'");
        assert_eq!(key("2.1"), "\"2.1\"");
        assert_eq!(key("1a"), "1a");
    }
}
