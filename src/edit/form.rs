//! Where an item and its keys stand in a file, in every form TOML allows: an
//! `[[item]]` table or an inline table in `item = [...]`; a value, dotted keys
//! (`title.sv = ...`), a sub-table (`[item.title]`) or an array of tables
//! (`[[item.log]]`). Read from `toml_edit`'s parsed document, which keeps the byte
//! span of every key, value and table header, so that a change can splice the text
//! at exactly the right place.

use std::collections::HashMap;
use std::ops::Range;

use toml_edit::{Array, ArrayOfTables, InlineTable, Item as Node, Table, Value};

use crate::decode::keys;

/// How a file holds its items.
#[derive(Clone, Copy)]
pub(crate) enum Items<'d> {
    /// `[[item]]` tables (or no item yet).
    Tables(Option<&'d ArrayOfTables>),
    /// `item = [ { ... }, ... ]`.
    Inline(&'d Array),
}

impl<'d> Items<'d> {
    /// The items of a parsed file; `None` when `item` is something else, which
    /// `check` already reports.
    pub(crate) fn of(root: &'d Table) -> Option<Items<'d>> {
        match root.get("item") {
            None => Some(Items::Tables(None)),
            Some(Node::ArrayOfTables(a)) => Some(Items::Tables(Some(a))),
            Some(Node::Value(Value::Array(a))) => Some(Items::Inline(a)),
            Some(_) => None,
        }
    }

    /// Every item, in file order.
    pub(crate) fn all(self) -> Vec<ItemRef<'d>> {
        match self {
            Items::Tables(None) => Vec::new(),
            Items::Tables(Some(a)) => a.iter().map(ItemRef::Table).collect(),
            Items::Inline(a) => a
                .iter()
                .filter_map(Value::as_inline_table)
                .map(ItemRef::Inline)
                .collect(),
        }
    }

    /// The items by id (the first of each id): an edit of many items, or `init`
    /// carrying thousands, looks each up at once instead of searching the file.
    pub(crate) fn by_id(self) -> HashMap<&'d str, ItemRef<'d>> {
        let mut index = HashMap::new();
        for item in self.all() {
            if let Some(id) = item.id() {
                index.entry(id).or_insert(item);
            }
        }
        index
    }
}

/// One item, in either form.
#[derive(Clone, Copy)]
pub(crate) enum ItemRef<'d> {
    /// An `[[item]]` table.
    Table(&'d Table),
    /// An inline table in `item = [...]`.
    Inline(&'d InlineTable),
}

/// What a key of an item holds, in the form it is written.
#[derive(Clone, Copy)]
pub(crate) enum Entry<'d> {
    /// `key = value`.
    Value(&'d Value),
    /// Dotted keys, `key.sv = ...`, in a table or an inline table.
    Dotted(Dotted<'d>),
    /// A sub-table with its own header, `[item.key]`.
    Header(&'d Table),
    /// An array of tables, `[[item.key]]`.
    Tables(&'d ArrayOfTables),
}

/// The parts of a dotted key, in either kind of table.
#[derive(Clone, Copy)]
pub(crate) enum Dotted<'d> {
    /// In an `[[item]]` table.
    Table(&'d Table),
    /// In an inline table.
    Inline(&'d InlineTable),
}

impl<'d> Dotted<'d> {
    /// Each part: its name, the span of its last key segment, and its value.
    pub(crate) fn parts(self) -> Vec<(&'d str, Range<usize>, &'d Value)> {
        match self {
            Dotted::Table(t) => t
                .iter()
                .filter_map(|(k, v)| Some((k, t.key(k)?.span()?, v.as_value()?)))
                .collect(),
            Dotted::Inline(t) => t
                .iter()
                .filter_map(|(k, v)| Some((k, t.key(k)?.span()?, v)))
                .collect(),
        }
    }
}

impl<'d> ItemRef<'d> {
    /// The item's `id`, when it is a string.
    pub(crate) fn id(self) -> Option<&'d str> {
        match self {
            ItemRef::Table(t) => t.get("id")?.as_str(),
            ItemRef::Inline(t) => t.get("id")?.as_str(),
        }
    }

    /// What the item holds under `name`.
    pub(crate) fn entry(self, name: &str) -> Option<Entry<'d>> {
        match self {
            ItemRef::Table(t) => Some(match t.get(name)? {
                Node::Value(v) => Entry::Value(v),
                Node::Table(s) if s.is_dotted() => Entry::Dotted(Dotted::Table(s)),
                Node::Table(s) => Entry::Header(s),
                Node::ArrayOfTables(a) => Entry::Tables(a),
                Node::None => return None,
            }),
            ItemRef::Inline(t) => Some(match t.get(name)? {
                Value::InlineTable(s) if s.is_dotted() => Entry::Dotted(Dotted::Inline(s)),
                v => Entry::Value(v),
            }),
        }
    }

    /// The span of the key `name` (its first segment, for dotted keys).
    pub(crate) fn key_span(self, name: &str) -> Option<Range<usize>> {
        match self {
            ItemRef::Table(t) => t.key(name)?.span(),
            ItemRef::Inline(t) => t.key(name)?.span(),
        }
    }

    /// The item's keys in file order.
    pub(crate) fn names(self) -> Vec<&'d str> {
        match self {
            ItemRef::Table(t) => t.iter().map(|(k, _)| k).collect(),
            ItemRef::Inline(t) => t.iter().map(|(k, _)| k).collect(),
        }
    }

    /// The key after which a new key `name` goes: the last one written in the
    /// item's own body (not a sub-table) that comes before it in the format's order,
    /// so new keys land where the format lists them.
    pub(crate) fn predecessor(self, name: &str) -> Option<&'d str> {
        let rank = |k: &str| keys::ITEM.iter().position(|x| *x == k);
        let wanted = rank(name)?;
        self.names()
            .into_iter()
            .filter(|k| rank(k).is_some_and(|r| r < wanted))
            .filter(|k| matches!(self.entry(k), Some(Entry::Value(_) | Entry::Dotted(_))))
            .max_by_key(|k| rank(k))
    }

    /// The end of the last byte that belongs to the item: its last value, in its
    /// body or in a sub-table, or its header or braces.
    pub(crate) fn end(self) -> usize {
        match self {
            ItemRef::Table(t) => table_end(t),
            ItemRef::Inline(t) => t.span().map_or(0, |s| s.end),
        }
    }

    /// The span of the `[[item]]` header, or of the inline table's braces.
    pub(crate) fn span(self) -> Option<Range<usize>> {
        match self {
            ItemRef::Table(t) => t.span(),
            ItemRef::Inline(t) => t.span(),
        }
    }
}

impl Entry<'_> {
    /// The end of the entry's last value.
    pub(crate) fn end(self) -> usize {
        match self {
            Entry::Value(v) => v.span().map_or(0, |s| s.end),
            Entry::Dotted(d) => d
                .parts()
                .iter()
                .filter_map(|(_, _, v)| v.span())
                .map(|s| s.end)
                .max()
                .unwrap_or(0),
            Entry::Header(t) => table_end(t),
            Entry::Tables(a) => a.iter().map(table_end).max().unwrap_or(0),
        }
    }
}

/// The end of a table's last value, in its body or any of its sub-tables, or of its
/// header when it is empty.
pub(crate) fn table_end(t: &Table) -> usize {
    let header = t.span().map_or(0, |s| s.end);
    t.iter()
        .map(|(_, node)| match node {
            Node::Value(v) => v.span().map_or(0, |s| s.end),
            Node::Table(s) => table_end(s),
            Node::ArrayOfTables(a) => a.iter().map(table_end).max().unwrap_or(0),
            Node::None => 0,
        })
        .max()
        .unwrap_or(0)
        .max(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_title_is_found() {
        let text = "[[item]]\nid = \"a\"\ntitle.sv = \"x\"\nowner = \"o\"\ntitle.en = \"y\"\n\n[[item]]\nid = \"b\"\n[item.title]\nsv = \"z\"\n";
        let doc = toml_edit::Document::parse(text).unwrap();
        let items = Items::of(doc.as_table()).unwrap().by_id();
        let a = items["a"];
        assert!(matches!(a.entry("title"), Some(Entry::Dotted(_))));
        assert_eq!(a.predecessor("status"), Some("owner"));
        assert_eq!(a.predecessor("description"), Some("title"));
        assert!(text[..a.end()].ends_with("title.en = \"y\""));
        let b = items["b"];
        assert!(matches!(b.entry("title"), Some(Entry::Header(_))));
        assert_eq!(b.predecessor("description"), Some("id"));
        assert!(!items.contains_key("c"));
    }

    #[test]
    fn inline_items_are_found() {
        let text = "item = [\n  { id = \"a\", title.sv = \"x\" },\n]\n";
        let doc = toml_edit::Document::parse(text).unwrap();
        let items = Items::of(doc.as_table()).unwrap().by_id();
        let a = items["a"];
        assert!(matches!(
            a.entry("title"),
            Some(Entry::Dotted(Dotted::Inline(_)))
        ));
        assert_eq!(&text[a.span().unwrap()], "{ id = \"a\", title.sv = \"x\" }");
    }
}
