//! Lifting items out of a year's file for `init`: each open item's text as it
//! stands in the old file (an `[[item]]` table with its comments and layout, its
//! sub-tables included), without its log, as an `[[item]]` table for the new
//! year's file. An item written inline (`item = [ { ... } ]`) becomes a table,
//! since a new plan.toml opens with `[plan]`. Every item asked for is found, or
//! the carry fails: nothing is left behind without a word.

use std::ops::Range;

use anyhow::{Result, anyhow};
use toml_edit::{ArrayOfTables, Document, DocumentMut, InlineTable, Item as Node, Table};

use super::change::{self, NewLog};
use super::form::{Entry, ItemRef, Items, table_end};
use super::text::{self, Eol, Splice};
use crate::i18n::Lang;
use crate::t;

/// An item to carry: its id, and the log line it gets in the new year (if any).
pub(crate) struct Carry {
    /// The item's id.
    pub(crate) id: String,
    /// The one log entry it starts the new year with.
    pub(crate) log: Option<NewLog>,
}

/// The text of each item of `wanted` found in `text` (a file of the old year),
/// ready to stand in a new file with line ending `eol`; in the order asked for.
pub(crate) fn carry(
    text: &str,
    wanted: &[Carry],
    file: &str,
    eol: Eol,
    lang: Lang,
) -> Result<Vec<String>> {
    let doc = Document::parse(text).map_err(|e| {
        anyhow!(t!(
            lang,
            "edit-cannot-parse",
            file = file,
            error = e.to_string()
        ))
    })?;
    let items = Items::of(doc.as_table())
        .ok_or_else(|| anyhow!(t!(lang, "edit-items-not-tables", file = file)))?
        .by_id();
    let mut out = Vec::with_capacity(wanted.len());
    for carry in wanted {
        let item = items.get(carry.id.as_str()).copied().ok_or_else(|| {
            anyhow!(t!(
                lang,
                "init-item-not-found",
                id = carry.id.as_str(),
                file = file
            ))
        })?;
        let mut body = match item {
            ItemRef::Table(_) => table_text(text, item),
            ItemRef::Inline(t) => inline_text(t, eol),
        };
        if let Some(log) = &carry.log {
            body.push_str(eol.as_str());
            let table = change::table_lines("[[item.log]]", "", "", &log.fields());
            body.push_str(&table.replace('\n', eol.as_str()));
            body.push_str(eol.as_str());
        }
        out.push(body);
    }
    Ok(out)
}

/// An `[[item]]` table's text from its header to its last value, with its log
/// entries cut out, ending in one line break.
fn table_text(text: &str, item: ItemRef<'_>) -> String {
    let start = text::line_start(text, item.span().map_or(0, |s| s.start));
    let end = text::line_end(text, item.end());
    let cuts: Vec<Range<usize>> = match item.entry("log") {
        Some(Entry::Tables(entries)) => log_ranges(text, start, entries),
        Some(Entry::Value(v)) => {
            let key = item.key_span("log").map_or(0, |s| s.start);
            let value_end = v.span().map_or(key, |s| s.end);
            let range = text::line_start(text, key)..text::line_end(text, value_end);
            Vec::from([range])
        }
        _ => Vec::new(),
    };
    let region = &text[start..end];
    let splices = cuts
        .into_iter()
        .map(|r| Splice::remove(r.start - start..r.end - start))
        .collect();
    let cut = text::apply(region, splices).unwrap_or_else(|| region.to_owned());
    let eol = Eol::of(region);
    format!("{}{}", cut.trim_end(), eol.as_str())
}

/// The lines of each `[[item.log]]` entry, with the blank lines before it.
fn log_ranges(text: &str, floor: usize, entries: &ArrayOfTables) -> Vec<Range<usize>> {
    entries
        .iter()
        .map(|entry| {
            let header = entry.span().map_or(0, |s| s.start);
            let start = text::blank_lines_before(text, text::line_start(text, header));
            start.max(floor)..text::line_end(text, table_end(entry))
        })
        .collect()
}

/// An inline item as an `[[item]]` table, without its log.
fn inline_text(item: &InlineTable, eol: Eol) -> String {
    let mut table: Table = item.clone().into_table();
    table.remove("log");
    table.fmt();
    let mut items = ArrayOfTables::new();
    items.push(table);
    let mut doc = DocumentMut::new();
    doc.insert("item", Node::ArrayOfTables(items));
    doc.to_string().replace('\n', eol.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log() -> NewLog {
        NewLog {
            date: "2027-07-01".parse().unwrap(),
            by: Some("P".into()),
            note: "Carried.".into(),
        }
    }

    #[test]
    fn a_table_comes_with_its_comments_and_without_its_log() {
        let text = "# about a\n[[item]]  # first\nid = \"a\"\ntitle.sv = \"x\"   # swedish\n\n[[item.log]]\ndate = 2026-01-01\nnote = \"old\"\n\n[item.description]\nen = \"d\"\n\n[[item]]\nid = \"b\"\n";
        let wanted = [Carry {
            id: "a".into(),
            log: Some(log()),
        }];
        let out = carry(text, &wanted, "f", Eol::Lf, Lang::En).unwrap();
        assert_eq!(
            out,
            [
                "[[item]]  # first\nid = \"a\"\ntitle.sv = \"x\"   # swedish\n\n[item.description]\nen = \"d\"\n\n[[item.log]]\ndate = 2027-07-01\nby = \"P\"\nnote = \"Carried.\"\n"
            ]
        );
    }

    #[test]
    fn an_inline_item_becomes_a_table_and_a_missing_one_fails() {
        let text = "item = [\n  { id = \"a\", title = \"x\", log = [{ date = 2026-01-01, note = \"n\" }] },\n]\n";
        let wanted = [Carry {
            id: "a".into(),
            log: None,
        }];
        let out = carry(text, &wanted, "f", Eol::CrLf, Lang::En).unwrap();
        assert_eq!(out, ["[[item]]\r\nid = \"a\"\r\ntitle = \"x\"\r\n"]);
        let missing = [Carry {
            id: "z".into(),
            log: None,
        }];
        assert!(carry(text, &missing, "f", Eol::Lf, Lang::En).is_err());
    }
}
