//! The check that an edit did exactly what it meant: the edited text, parsed
//! again, must equal as data the old text with the meant change made to it. It
//! does not rely on how the splices were made, so a layout the splicing gets
//! wrong is refused instead of written.

use super::change::{FileEdit, Op, TitleChange};
use super::text::Val;

/// Whether `new` holds, as data, exactly `expected` (the old text's data with the
/// change made to it, [`expected`]; `None` when that could not be worked out).
pub(super) fn holds(expected: Option<toml::Table>, new: &str) -> bool {
    match (expected, toml::from_str::<toml::Table>(new)) {
        (Some(expected), Ok(actual)) => expected == actual,
        _ => false,
    }
}

/// The data of `old` with `edit` made to it.
pub(super) fn expected(old: &str, edit: &FileEdit) -> Option<toml::Table> {
    let mut root: toml::Table = toml::from_str(old).ok()?;
    for (id, ops) in &edit.changes {
        let item = root
            .get_mut("item")?
            .as_array_mut()?
            .iter_mut()
            .filter_map(toml::Value::as_table_mut)
            .find(|t| t.get("id").and_then(toml::Value::as_str) == Some(id))?;
        for op in ops {
            op_data(item, op);
        }
    }
    for entries in &edit.added {
        let items = root
            .entry("item")
            .or_insert_with(|| toml::Value::Array(Vec::new()))
            .as_array_mut()?;
        items.push(Val::Table(entries.clone()).data());
    }
    Some(root)
}

fn op_data(item: &mut toml::Table, op: &Op) {
    match op {
        Op::Set(key, value) => {
            item.insert((*key).to_owned(), value.data());
        }
        Op::Remove(key) => {
            item.remove(*key);
        }
        Op::Title(change) => title_data(item, change),
        Op::Log(log) => {
            let entries = item
                .entry("log")
                .or_insert_with(|| toml::Value::Array(Vec::new()));
            if let Some(entries) = entries.as_array_mut() {
                entries.push(Val::Table(log.fields()).data());
            }
        }
    }
}

fn title_data(item: &mut toml::Table, change: &TitleChange) {
    if let Some(plain) = &change.plain {
        item.insert("title".into(), toml::Value::String(plain.clone()));
        return;
    }
    let mut table = match item.remove("title") {
        Some(toml::Value::String(old)) => {
            let mut t = toml::Table::new();
            t.insert("sv".into(), toml::Value::String(old.clone()));
            t.insert("en".into(), toml::Value::String(old));
            t
        }
        Some(toml::Value::Table(t)) => t,
        _ => toml::Table::new(),
    };
    for (lang, new) in [("sv", &change.sv), ("en", &change.en)] {
        if let Some(new) = new {
            table.insert(lang.into(), toml::Value::String(new.clone()));
        }
    }
    item.insert("title".into(), toml::Value::Table(table));
}
