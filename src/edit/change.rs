//! The changes themselves, made on a `toml_edit::DocumentMut` so that everything the
//! change does not touch comes back byte for byte: a replaced value keeps the old
//! one's surrounding whitespace and trailing comment, a new key goes where the
//! format lists it, a new table gets the blank line the plan files use. Pure
//! functions of a document; checking and writing happen in the caller.

use chrono::{Datelike, NaiveDate};
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use crate::decode::keys;

/// A TOML date value (`2026-11-28`, no quotes) for a day.
pub fn date(day: NaiveDate) -> Value {
    let date = toml_edit::Date {
        year: u16::try_from(day.year()).unwrap_or(0),
        month: u8::try_from(day.month()).unwrap_or(1),
        day: u8::try_from(day.day()).unwrap_or(1),
    };
    Value::from(date)
}

/// A list of strings, written the way the plan files write them: `["2b", "3a"]`.
pub fn strings<S: AsRef<str>>(list: &[S]) -> Value {
    Value::Array(list.iter().map(|s| s.as_ref()).collect::<Array>())
}

/// The `[[item]]` table with `id` in a document, if it is there as an array of tables.
pub fn find_item<'a>(doc: &'a mut DocumentMut, id: &str) -> Option<&'a mut Table> {
    doc.get_mut("item")?
        .as_array_of_tables_mut()?
        .iter_mut()
        .find(|t| t.get("id").and_then(Item::as_str) == Some(id))
}

/// Sets `key` of an item. An existing value is replaced in place and keeps its
/// decor (the spaces around it and a trailing `# comment`); a new key is placed after
/// the last present key that comes before it in the format's order.
pub fn set(table: &mut Table, key: &str, mut value: Value) {
    if let Some(old) = table.get_mut(key).and_then(Item::as_value_mut) {
        *value.decor_mut() = old.decor().clone();
        *old = value;
        return;
    }
    table.insert(key, Item::Value(value));
    reorder(table, key);
}

/// Moves a just-appended `key` to sit before the first present key that comes
/// after it in the format's order, by taking out the keys from that one on and
/// putting them back, formatting intact. Their order among themselves never
/// changes, so only the new line shows in a diff.
fn reorder(table: &mut Table, key: &str) {
    let rank = |k: &str| keys::ITEM.iter().position(|x| *x == k);
    let Some(wanted) = rank(key) else { return };
    let present: Vec<String> = table
        .iter()
        .map(|(k, _)| k.to_owned())
        .filter(|k| k != key)
        .collect();
    let Some(first_later) = present
        .iter()
        .position(|k| rank(k).is_some_and(|r| r > wanted))
    else {
        return;
    };
    let moved: Vec<_> = present[first_later..]
        .iter()
        .filter_map(|k| table.remove_entry(k))
        .collect();
    for (k, item) in moved {
        table.insert_formatted(&k, item);
    }
}

/// Sets the title: `plain` replaces the whole value with a string; `sv` and `en`
/// change those languages inside a `{ sv, en }` title (turning a plain title into
/// one, the plain text kept under the other language when only one is given).
pub fn set_title(table: &mut Table, plain: Option<&str>, sv: Option<&str>, en: Option<&str>) {
    if let Some(text) = plain {
        set(table, "title", Value::from(text));
        return;
    }
    if sv.is_none() && en.is_none() {
        return;
    }
    let mut inline = match table.get("title").and_then(Item::as_value) {
        Some(Value::InlineTable(t)) => t.clone(),
        Some(Value::String(s)) => {
            let keep = s.value().as_str();
            let mut t = InlineTable::new();
            t.insert("sv", Value::from(sv.unwrap_or(keep)));
            t.insert("en", Value::from(en.unwrap_or(keep)));
            t
        }
        _ => InlineTable::new(),
    };
    for (lang, text) in [("sv", sv), ("en", en)] {
        if let Some(text) = text {
            match inline.get_mut(lang) {
                Some(old) => {
                    let mut new = Value::from(text);
                    *new.decor_mut() = old.decor().clone();
                    *old = new;
                }
                None => {
                    inline.insert(lang, Value::from(text));
                }
            }
        }
    }
    set(table, "title", Value::InlineTable(inline));
}

/// A title value: a plain string, or `{ sv, en }` with the languages given.
pub fn title(plain: Option<&str>, sv: Option<&str>, en: Option<&str>) -> Value {
    if let Some(text) = plain {
        return Value::from(text);
    }
    let mut t = InlineTable::new();
    for (lang, text) in [("sv", sv), ("en", en)] {
        if let Some(text) = text {
            t.insert(lang, Value::from(text));
        }
    }
    Value::InlineTable(t)
}

/// A new table laid out like the plan's: a blank line above its header.
pub fn new_table() -> Table {
    let mut t = Table::new();
    t.decor_mut().set_prefix("\n");
    t
}

/// Appends a `[[item.log]]` entry under an item. A log written as an inline array
/// (`log = [{ ... }]`) gets an inline entry instead.
pub fn append_log(item: &mut Table, day: NaiveDate, by: Option<&str>, note: &str) {
    let mut entry = new_table();
    entry.insert("date", Item::Value(date(day)));
    if let Some(by) = by {
        entry.insert("by", Item::Value(Value::from(by)));
    }
    entry.insert("note", Item::Value(Value::from(note)));
    match item.get_mut("log") {
        Some(Item::ArrayOfTables(log)) => log.push(entry),
        Some(Item::Value(Value::Array(log))) => {
            let mut inline = entry.into_inline_table();
            inline.fmt();
            log.push(inline);
        }
        _ => {
            let mut log = ArrayOfTables::new();
            log.push(entry);
            item.insert("log", Item::ArrayOfTables(log));
        }
    }
}

/// Appends an `[[item]]` to a document (after everything else in it).
pub fn push_item(doc: &mut DocumentMut, item: Table) {
    match doc.get_mut("item") {
        Some(Item::ArrayOfTables(items)) => items.push(item),
        _ => {
            let mut items = ArrayOfTables::new();
            items.push(item);
            doc.insert("item", Item::ArrayOfTables(items));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> DocumentMut {
        text.parse().unwrap()
    }

    #[test]
    fn replacing_a_value_keeps_its_comment() {
        let mut d =
            doc("[[item]]\nid = \"a-1\"\nevery = \"month\"   # monthly\nlast_done = 2026-01-01\n");
        let t = find_item(&mut d, "a-1").unwrap();
        set(t, "every", Value::from("2 weeks"));
        set(t, "last_done", date("2026-11-28".parse().unwrap()));
        assert_eq!(
            d.to_string(),
            "[[item]]\nid = \"a-1\"\nevery = \"2 weeks\"   # monthly\nlast_done = 2026-11-28\n"
        );
    }

    #[test]
    fn a_new_key_goes_after_its_predecessor_and_moves_nothing() {
        let mut d = doc(
            "[[item]]\nid = \"a-1\"\ndue = 2026-12-01\ngroups = [\"eu\"]\ndescription = \"d\"\n",
        );
        let t = find_item(&mut d, "a-1").unwrap();
        set(t, "completed", date("2026-11-28".parse().unwrap()));
        set(t, "status", Value::from("done"));
        assert_eq!(
            d.to_string(),
            "[[item]]\nid = \"a-1\"\nstatus = \"done\"\ndue = 2026-12-01\ncompleted = 2026-11-28\ngroups = [\"eu\"]\ndescription = \"d\"\n"
        );
    }

    #[test]
    fn a_new_key_goes_where_the_format_lists_it() {
        let mut d = doc(
            "[[item]]\nid = \"a-1\"\nstatus = \"active\"\ndue = 2026-12-01 # firm\ngroups = [\"eu\"]\nunit = \"x\"\n",
        );
        let t = find_item(&mut d, "a-1").unwrap();
        set(t, "completed", date("2026-11-28".parse().unwrap()));
        assert_eq!(
            d.to_string(),
            "[[item]]\nid = \"a-1\"\nstatus = \"active\"\ndue = 2026-12-01 # firm\ncompleted = 2026-11-28\ngroups = [\"eu\"]\nunit = \"x\"\n"
        );
    }

    #[test]
    fn titles_change_one_language_or_all() {
        let mut d = doc("[[item]]\nid = \"a-1\"\ntitle = { sv = \"Hej\", en = \"Hi\" }\n");
        let t = find_item(&mut d, "a-1").unwrap();
        set_title(t, None, None, Some("Hello"));
        assert!(
            d.to_string()
                .contains("title = { sv = \"Hej\", en = \"Hello\" }\n")
        );
        let t = find_item(&mut d, "a-1").unwrap();
        set_title(t, Some("Plain"), None, None);
        assert!(d.to_string().contains("title = \"Plain\"\n"));
        let t = find_item(&mut d, "a-1").unwrap();
        set_title(t, None, Some("Svensk"), None);
        assert!(
            d.to_string()
                .contains("title = { sv = \"Svensk\", en = \"Plain\" }\n")
        );
    }

    #[test]
    fn log_entries_append_after_the_last_one() {
        let mut d = doc(
            "[[item]]\nid = \"a-1\"\n\n[[item.log]]\ndate = 2026-01-01\nnote = \"x\"\n\n[[item]]\nid = \"a-2\"\n",
        );
        let t = find_item(&mut d, "a-1").unwrap();
        append_log(t, "2026-11-28".parse().unwrap(), Some("P"), "y \"q\"");
        assert_eq!(
            d.to_string(),
            "[[item]]\nid = \"a-1\"\n\n[[item.log]]\ndate = 2026-01-01\nnote = \"x\"\n\n[[item.log]]\ndate = 2026-11-28\nby = \"P\"\nnote = 'y \"q\"'\n\n[[item]]\nid = \"a-2\"\n"
        );
    }
}
