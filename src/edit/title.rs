//! Titles, in each of their forms: a string, an inline table `{ sv, en }`, dotted
//! keys (`title.sv = ...`, in a table or an inline table) or an `[item.title]`
//! table. One language changes in place in the form it has; `--title` replaces
//! the title, whatever its form, with a string.

use toml_edit::{InlineTable, Table, Value};

use super::change::{Cx, Outcome, TitleChange};
use super::form::{Dotted, Entry, ItemRef, table_end};
use super::text::{self, Splice, Val};

impl Cx<'_> {
    /// Changes the title in whichever form it is written.
    pub(super) fn title(&mut self, item: ItemRef<'_>, change: &TitleChange) -> Outcome {
        let entry = item.entry("title");
        if let Some(plain) = &change.plain {
            return self.title_plain(item, entry, plain);
        }
        let langs: Vec<(&str, &str)> = [("sv", &change.sv), ("en", &change.en)]
            .into_iter()
            .filter_map(|(l, t)| Some((l, t.as_deref()?)))
            .collect();
        match entry {
            None => {
                let table = Val::Table(
                    langs
                        .iter()
                        .map(|(l, t)| ((*l).to_owned(), Val::Str((*t).to_owned())))
                        .collect(),
                );
                self.insert_key(item, "title", &table.render());
            }
            Some(Entry::Value(v @ Value::String(old))) => {
                let old = old.value();
                let pick = |given: &Option<String>| given.clone().unwrap_or_else(|| old.clone());
                let table = Val::Table(vec![
                    ("sv".into(), Val::Str(pick(&change.sv))),
                    ("en".into(), Val::Str(pick(&change.en))),
                ]);
                self.replace(v, table.render());
            }
            Some(Entry::Value(Value::InlineTable(t))) => {
                for (lang, new) in langs {
                    self.inline_part(t, lang, new);
                }
            }
            Some(Entry::Dotted(d)) => {
                for (lang, new) in langs {
                    self.dotted_part(item, d, lang, new);
                }
            }
            Some(Entry::Header(t)) => {
                for (lang, new) in langs {
                    self.header_part(t, lang, new);
                }
            }
            Some(_) => {
                return Err(self.unsupported(
                    "title",
                    "[[item.title]]",
                    "title = { sv = \"...\", en = \"...\" }",
                ));
            }
        }
        Ok(())
    }

    /// One language of `title = { sv = "...", en = "..." }`.
    fn inline_part(&mut self, t: &InlineTable, lang: &str, new: &str) {
        let value = text::string(new);
        if let Some(old) = t.get(lang) {
            self.replace(old, value);
        } else if let (Some(sv), "en") = (t.get("sv"), lang) {
            let at = sv.span().map_or(0, |s| s.end);
            self.splices
                .push(Splice::insert(at, format!(", en = {value}")));
        } else if let Some(en) = t.key("en").and_then(|k| k.span()) {
            self.splices
                .push(Splice::insert(en.start, format!("sv = {value}, ")));
        } else if let Some(span) = t.span() {
            self.splices
                .push(Splice::replace(span, format!("{{ {lang} = {value} }}")));
        }
    }

    /// One language of a title written `title.sv = ...` / `title.en = ...`: a new
    /// part copies the way the other is written, key path and indentation.
    fn dotted_part(&mut self, item: ItemRef<'_>, d: Dotted<'_>, lang: &str, new: &str) {
        let value = text::string(new);
        let parts = d.parts();
        if let Some((_, _, old)) = parts.iter().find(|(name, _, _)| *name == lang) {
            self.replace(old, value);
            return;
        }
        let (Some((_, leaf, other)), Some(path)) = (parts.first(), item.key_span("title")) else {
            return;
        };
        let other_end = other.span().map_or(leaf.end, |s| s.end);
        let prefix = &self.text[path.start..leaf.start];
        let part = format!("{prefix}{lang} = {value}");
        match (d, lang) {
            (Dotted::Table(_), "sv") => {
                let indent = text::indent(self.text, path.start);
                self.line_before(path.start, &format!("{indent}{part}"));
            }
            (Dotted::Table(_), _) => {
                let indent = text::indent(self.text, path.start);
                self.line_after(other_end, &format!("{indent}{part}"));
            }
            (Dotted::Inline(_), "sv") => {
                self.splices
                    .push(Splice::insert(path.start, format!("{part}, ")));
            }
            (Dotted::Inline(_), _) => {
                self.splices
                    .push(Splice::insert(other_end, format!(", {part}")));
            }
        }
    }

    /// One language of a title written as an `[item.title]` table.
    fn header_part(&mut self, t: &Table, lang: &str, new: &str) {
        let value = text::string(new);
        if let Some(old) = t.get(lang).and_then(|v| v.as_value()) {
            self.replace(old, value);
            return;
        }
        let line = format!("{lang} = {value}");
        let other = t.iter().next().and_then(|(k, _)| t.key(k)?.span());
        match (other, lang) {
            (Some(other), "sv") => {
                let indent = text::indent(self.text, other.start).to_owned();
                self.line_before(other.start, &format!("{indent}{line}"));
            }
            (Some(other), _) => {
                let indent = text::indent(self.text, other.start).to_owned();
                self.line_after(table_end(t), &format!("{indent}{line}"));
            }
            (None, _) => self.line_after(table_end(t), &line),
        }
    }

    /// `--title`: a plain string replaces the title in whatever form it had.
    fn title_plain(&mut self, item: ItemRef<'_>, entry: Option<Entry<'_>>, plain: &str) -> Outcome {
        let value = text::string(plain);
        match entry {
            None => self.insert_key(item, "title", &value),
            Some(Entry::Value(old)) => self.replace(old, value),
            Some(Entry::Dotted(d)) => self.dotted_to_plain(item, d, &value)?,
            Some(Entry::Header(t)) => {
                let start = t.span().map_or(0, |s| s.start);
                let range = text::lines(self.text, start, table_end(t));
                let from = text::blank_lines_before(self.text, range.start);
                self.splices.push(Splice::remove(from..range.end));
                self.insert_key(item, "title", &value);
            }
            Some(Entry::Tables(_)) => {
                return Err(self.unsupported("title", "[[item.title]]", "title = \"...\""));
            }
        }
        Ok(())
    }

    /// Replaces dotted title parts with `title = "..."`: the first part's key path
    /// and value give way to it on its line; the other parts go.
    fn dotted_to_plain(&mut self, item: ItemRef<'_>, d: Dotted<'_>, value: &str) -> Outcome {
        let parts = d.parts();
        let path = item.key_span("title");
        let (Some(path), Some((_, first_leaf, first))) = (path, parts.first()) else {
            return Ok(());
        };
        let first_end = first.span().map_or(first_leaf.end, |s| s.end);
        self.splices.push(Splice::replace(
            path.start..first_end,
            format!("title = {value}"),
        ));
        let prefix_len = first_leaf.start - path.start;
        for (_, leaf, v) in &parts[1..] {
            let end = v.span().map_or(leaf.end, |s| s.end);
            match d {
                Dotted::Table(_) => {
                    let range = text::lines(self.text, leaf.start, end);
                    self.splices.push(Splice::remove(range));
                }
                Dotted::Inline(_) => {
                    let start = leaf.start.saturating_sub(prefix_len);
                    self.remove_inline(start, end);
                }
            }
        }
        Ok(())
    }
}
