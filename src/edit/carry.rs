//! Lifting items out of a year's file for `init`: each open item's text as it
//! stands in the old file (an `[[item]]` table with its comments and layout, its
//! sub-tables included), without its log, as an `[[item]]` table for the new
//! year's file. An item written inline (`item = [ { ... } ]`) becomes a table,
//! since a new plan.toml opens with `[plan]`. Every item asked for is found, or
//! the carry fails: nothing is left behind without a word. What is lifted is then
//! read back and must hold exactly the old item's data (without its log, with the
//! new log line), so a layout the lifting gets wrong is refused, never written.

use std::collections::HashMap;
use std::ops::Range;

use anyhow::{Result, anyhow, bail};
use toml_edit::{ArrayOfTables, Document, DocumentMut, InlineTable, Item as Node, Table};

use super::change::{self, NewLog};
use super::form::{Entry, ItemRef, Items, table_end};
use super::text::{self, Eol, Splice, Val};
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
    let root = doc.as_table();
    let items = Items::of(root)
        .ok_or_else(|| anyhow!(t!(lang, "edit-items-not-tables", file = file)))?
        .by_id();
    let data = old_items(text);
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
            ItemRef::Table(_) => table_text(text, root, item),
            ItemRef::Inline(t) => inline_text(t, eol),
        };
        if let Some(log) = &carry.log {
            body.push_str(eol.as_str());
            let table = change::table_lines("[[item.log]]", "", "", &log.fields());
            body.push_str(&table.replace('\n', eol.as_str()));
            body.push_str(eol.as_str());
        }
        if !lifted_exactly(&body, data.get(carry.id.as_str()), carry) {
            bail!(t!(
                lang,
                "init-carry-unsafe",
                id = carry.id.as_str(),
                file = file
            ));
        }
        out.push(body);
    }
    Ok(out)
}

/// The data of each item of a file, by id (the first of each id).
fn old_items(text: &str) -> HashMap<String, toml::Table> {
    let mut index = HashMap::new();
    let root: Option<toml::Table> = toml::from_str(text).ok();
    let items = match root.and_then(|mut r| r.remove("item")) {
        Some(toml::Value::Array(items)) => items,
        _ => Vec::new(),
    };
    for item in items {
        if let toml::Value::Table(t) = item
            && let Some(id) = t.get("id").and_then(toml::Value::as_str)
        {
            index.entry(id.to_owned()).or_insert(t);
        }
    }
    index
}

/// Whether `body`, read back, is the one item `old` without its log, with the
/// carry's log line, and nothing else.
fn lifted_exactly(body: &str, old: Option<&toml::Table>, carry: &Carry) -> bool {
    let Some(mut expected) = old.cloned() else {
        return false;
    };
    expected.remove("log");
    if let Some(log) = &carry.log {
        let entry = Val::Table(log.fields()).data();
        expected.insert("log".into(), toml::Value::Array(vec![entry]));
    }
    let lifted = toml::from_str::<toml::Table>(body)
        .ok()
        .filter(|r| r.len() == 1)
        .and_then(|mut r| r.remove("item"));
    matches!(lifted, Some(toml::Value::Array(items))
        if matches!(items.as_slice(), [toml::Value::Table(one)] if *one == expected))
}

/// An `[[item]]` table's text from its header to its last value, with its log
/// entries cut out, and any other table written among its parts (TOML lets
/// `[goals.1a]` stand between an `[[item]]` and its `[item.title]`), ending in one
/// line break.
fn table_text(text: &str, root: &Table, item: ItemRef<'_>) -> String {
    let start = text::line_start(text, item.span().map_or(0, |s| s.start));
    let end = text::line_end(text, item.end());
    let mut cuts: Vec<Range<usize>> = match item.entry("log") {
        Some(Entry::Tables(entries)) => log_ranges(text, start, entries),
        Some(Entry::Value(v)) => {
            let key = item.key_span("log").map_or(0, |s| s.start);
            let value_end = v.span().map_or(key, |s| s.end);
            let range = text::line_start(text, key)..text::line_end(text, value_end);
            Vec::from([range])
        }
        _ => Vec::new(),
    };
    cuts.extend(foreign_ranges(text, root, start..end));
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

/// The lines of each table other than the items' own whose header stands in
/// `region`, with the blank lines before it: its header and its own keys (a
/// sub-table of it has its own header, and is cut on its own).
fn foreign_ranges(text: &str, root: &Table, region: Range<usize>) -> Vec<Range<usize>> {
    let mut tables = Vec::new();
    for (_, node) in root.iter().filter(|(k, _)| *k != "item") {
        headed(node, &mut tables);
    }
    tables
        .into_iter()
        .filter_map(|t| {
            let header = t.span()?;
            region.contains(&header.start).then(|| {
                let line = text::line_start(text, header.start);
                let from = text::blank_lines_before(text, line).max(region.start);
                from..text::line_end(text, own_end(t))
            })
        })
        .collect()
}

/// Every table under `node` written with a header of its own.
fn headed<'d>(node: &'d Node, out: &mut Vec<&'d Table>) {
    let tables: Vec<&Table> = match node {
        Node::Table(t) => vec![t],
        Node::ArrayOfTables(a) => a.iter().collect(),
        _ => Vec::new(),
    };
    for t in tables {
        if !t.is_dotted() && !t.is_implicit() {
            out.push(t);
        }
        for (_, child) in t.iter() {
            headed(child, out);
        }
    }
}

/// The end of a table's header and of the keys written under it (dotted ones
/// too), not of its sub-tables.
fn own_end(t: &Table) -> usize {
    let header = t.span().map_or(0, |s| s.end);
    t.iter()
        .map(|(_, node)| match node {
            Node::Value(v) => v.span().map_or(0, |s| s.end),
            Node::Table(s) if s.is_dotted() => own_end(s),
            _ => 0,
        })
        .max()
        .unwrap_or(0)
        .max(header)
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

    #[test]
    fn what_is_lifted_must_be_the_item_without_its_log() {
        let old = old_items(
            "[[item]]\nid = \"a\"\nstatus = \"active\"\n\n[[item.log]]\ndate = 2026-01-01\nnote = \"n\"\n",
        );
        let carry = Carry {
            id: "a".into(),
            log: None,
        };
        let lifted = |body: &str| lifted_exactly(body, old.get("a"), &carry);
        assert!(lifted("[[item]]\nid = \"a\"\nstatus = \"active\"\n"));
        assert!(!lifted("[[item]]\nid = \"a\"\n"));
        assert!(!lifted(
            "[[item]]\nid = \"a\"\nstatus = \"active\"\n[plan]\n"
        ));
        assert!(!lifted(
            "[[item]]\nid = \"a\"\nstatus = \"active\"\n[[item.log]]\ndate = 2026-01-01\nnote = \"n\"\n"
        ));
    }
}
