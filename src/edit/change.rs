//! The changes an edit makes to one file, written as splices of its text so that
//! every byte they do not touch comes back as it was: a replaced value keeps the
//! spaces around it and its trailing comment, a new key goes after the key that
//! precedes it in the format's order, with that line's indentation, a new table or
//! array element follows the file's layout and line endings. Every form TOML allows
//! for an item is handled: `[[item]]` or inline tables, titles as strings, inline
//! tables, dotted keys or `[item.title]`, logs as `[[item.log]]` or inline arrays.
//!
//! The guarantee is then checked, not assumed: the edited text is parsed again and
//! must equal, as data, the old file with exactly the meant change made to it. An
//! edit that would do anything else is refused and nothing is written.

use chrono::NaiveDate;
use toml_edit::{Array, Document, Value};

use super::form::{Entry, ItemRef, Items, table_end};
use super::text::{self, Eol, Splice, Val};
use super::verify;
use crate::i18n::Lang;
use crate::{split, t};

/// A new title: a plain string, or one or both languages of a `{ sv, en }` title.
#[derive(Clone, Debug, Default)]
pub(crate) struct TitleChange {
    /// Replaces the whole title with a string.
    pub(crate) plain: Option<String>,
    /// The Swedish title, kept beside the English one.
    pub(crate) sv: Option<String>,
    /// The English title, kept beside the Swedish one.
    pub(crate) en: Option<String>,
}

/// A new log entry.
#[derive(Clone, Debug)]
pub(crate) struct NewLog {
    /// `date`.
    pub(crate) date: NaiveDate,
    /// `by`, when known.
    pub(crate) by: Option<String>,
    /// `note`.
    pub(crate) note: String,
}

impl NewLog {
    /// The entry's keys and values, in the format's order.
    pub(crate) fn fields(&self) -> Vec<(String, Val)> {
        let mut fields = vec![("date".to_owned(), Val::Date(self.date))];
        if let Some(by) = &self.by {
            fields.push(("by".to_owned(), Val::Str(by.clone())));
        }
        fields.push(("note".to_owned(), Val::Str(self.note.clone())));
        fields
    }
}

/// One change to one item.
#[derive(Clone, Debug)]
pub(crate) enum Op {
    /// Sets a key to a value, replacing or adding it.
    Set(&'static str, Val),
    /// Removes a key, if the item has it.
    Remove(&'static str),
    /// Changes the title.
    Title(TitleChange),
    /// Appends a log entry.
    Log(NewLog),
}

/// Everything an edit does to one file: changes to items by id, and new items.
#[derive(Clone, Debug, Default)]
pub(crate) struct FileEdit {
    /// The changes to each item, by id, in the order to make them.
    pub(crate) changes: Vec<(String, Vec<Op>)>,
    /// New items, each as its keys in the format's order.
    pub(crate) added: Vec<Vec<(String, Val)>>,
    /// Comment lines to open a file that is new or empty.
    pub(crate) preface: Option<String>,
    /// The file's text as the plan was loaded, and where in it each changed item's
    /// `[[item]]` header stood: a large file is then edited in the piece that holds
    /// them ([`apply`]), not parsed whole.
    pub(crate) loaded: Option<(String, Vec<usize>)>,
}

/// Makes `edit` on `text` (a file's text without a BOM) and returns the new text.
/// `file` names the file in messages. Fails, writing nothing, when the file is not
/// in a form this can edit or the result would not be exactly the meant change.
///
/// On a large file (a hundred thousand items are 2 MB a file) the changes are made
/// in the piece of the file that holds the changed items, when the file is as it
/// was loaded and that piece is a run of whole `[[item]]` tables
/// ([`split::pieces`]): the rest of the file stays byte for byte, and the piece
/// is checked as the whole file would be. Otherwise, or when the piece will not
/// do, the whole file is edited.
pub(crate) fn apply(text: &str, edit: &FileEdit, file: &str, lang: Lang) -> anyhow::Result<String> {
    // New lines follow the whole file's convention, also when a piece is edited
    // (a piece of a file with mixed endings may lean the other way).
    let eol = Eol::of(text);
    if let Some(range) = piece_for(text, edit)
        && let Ok(new) = apply_to(&text[range.clone()], edit, file, eol, lang)
        && only_items(&new)
    {
        return Ok(format!(
            "{}{new}{}",
            &text[..range.start],
            &text[range.end..]
        ));
    }
    apply_to(text, edit, file, eol, lang)
}

/// The piece of a large file that holds every item `edit` changes, cut before
/// `[[item]]` headers, when the file is as loaded and the edit adds no item.
fn piece_for(text: &str, edit: &FileEdit) -> Option<std::ops::Range<usize>> {
    let (loaded, near) = edit.loaded.as_ref()?;
    if text.len() <= split::PIECE_BYTES || !edit.added.is_empty() || loaded != text {
        return None;
    }
    let pieces = split::pieces(text.len(), &split::item_headers(text), split::PIECE_BYTES);
    let holding = |at: &usize| pieces.iter().position(|p| p.contains(at));
    let first = near.iter().map(holding).min()??;
    let last = near.iter().map(holding).max()??;
    // The first piece is what comes before the first `[[item]]` header.
    (first > 0).then(|| pieces[first].start..pieces[last].end)
}

/// Whether a piece of a file holds `[[item]]` tables and nothing else, so that its
/// data within the file is its data on its own.
fn only_items(piece: &str) -> bool {
    toml::de::DeTable::parse(piece).is_ok_and(|root| {
        let root = root.get_ref();
        root.len() == 1
            && root
                .get("item")
                .is_some_and(|v| v.get_ref().as_array().is_some())
    })
}

/// [`apply`] on the whole of `text`, writing new lines with `eol`. The data the new
/// text must hold is worked out on another core meanwhile (on a large file each
/// parse is a good part of an edit's time).
fn apply_to(
    text: &str,
    edit: &FileEdit,
    file: &str,
    eol: Eol,
    lang: Lang,
) -> anyhow::Result<String> {
    let unsafe_edit = || anyhow::anyhow!(t!(lang, "edit-unsafe", file = file));
    std::thread::scope(|scope| {
        let expected = scope.spawn(|| verify::expected(text, edit));
        let splices = splices(text, edit, file, eol, lang)?;
        let new = text::apply(text, splices).ok_or_else(unsafe_edit)?;
        let expected = expected.join().ok().flatten();
        if verify::holds(expected, &new) {
            Ok(new)
        } else {
            Err(unsafe_edit())
        }
    })
}

/// The splices that make `edit` on `text`, from its parsed document (let go
/// before the result is checked).
fn splices(
    text: &str,
    edit: &FileEdit,
    file: &str,
    eol: Eol,
    lang: Lang,
) -> anyhow::Result<Vec<Splice>> {
    let doc = Document::parse(text).map_err(|e| {
        anyhow::anyhow!(t!(
            lang,
            "edit-cannot-parse",
            file = file,
            error = e.to_string()
        ))
    })?;
    let unsupported = || anyhow::anyhow!(t!(lang, "edit-items-not-tables", file = file));
    let items = Items::of(doc.as_table()).ok_or_else(unsupported)?;
    let by_id = items.by_id();
    let mut cx = Cx {
        text,
        eol,
        splices: Vec::new(),
        file,
        lang,
        id: String::new(),
    };
    for (id, ops) in &edit.changes {
        let item = by_id.get(id.as_str()).copied().ok_or_else(|| {
            anyhow::anyhow!(t!(
                lang,
                "edit-item-not-found",
                id = id.as_str(),
                file = file
            ))
        })?;
        cx.id.clone_from(id);
        for op in ops {
            cx.op(item, op)?;
        }
    }
    for entries in &edit.added {
        cx.add(items, entries, edit.preface.as_deref());
    }
    Ok(cx.splices)
}

/// The state of one file's edit: its text, its line ending, the splices so far.
pub(super) struct Cx<'t> {
    pub(super) text: &'t str,
    pub(super) eol: Eol,
    pub(super) splices: Vec<Splice>,
    file: &'t str,
    lang: Lang,
    id: String,
}

/// What a change made: nothing, or the reason it cannot be made.
pub(super) type Outcome = anyhow::Result<()>;

impl Cx<'_> {
    fn op(&mut self, item: ItemRef<'_>, op: &Op) -> Outcome {
        match op {
            Op::Set(key, value) => self.set(item, key, value),
            Op::Remove(key) => self.remove(item, key),
            Op::Title(change) => self.title(item, change),
            Op::Log(log) => self.log(item, log),
        }
    }

    /// Refuses a key written in a form that cannot hold what the edit writes.
    pub(super) fn unsupported(&self, key: &str, form: &str, rewrite: &str) -> anyhow::Error {
        anyhow::anyhow!(t!(
            self.lang,
            "edit-form-unsupported",
            id = self.id.as_str(),
            key = key,
            file = self.file,
            form = form,
            rewrite = rewrite
        ))
    }

    pub(super) fn replace(&mut self, value: &Value, with: String) {
        if let Some(span) = value.span() {
            self.splices.push(Splice::replace(span, with));
        }
    }

    fn set(&mut self, item: ItemRef<'_>, key: &str, value: &Val) -> Outcome {
        match item.entry(key) {
            Some(Entry::Value(old)) => {
                self.replace(old, value.render());
                Ok(())
            }
            None => {
                self.insert_key(item, key, &value.render());
                Ok(())
            }
            Some(_) => Err(self.unsupported(
                key,
                &format!("[item.{key}]"),
                &format!("{key} = {}", value.render()),
            )),
        }
    }

    /// Adds `key = rendered` to an item, after the key that precedes it in the
    /// format's order: on a line of its own in a table, after a comma in an inline
    /// table.
    pub(super) fn insert_key(&mut self, item: ItemRef<'_>, key: &str, rendered: &str) {
        let before = item.predecessor(key);
        let after = before
            .and_then(|p| item.entry(p))
            .map(Entry::end)
            .or_else(|| item.span().map(|s| s.end))
            .unwrap_or(0);
        let line = format!("{} = {rendered}", text::key(key));
        match item {
            ItemRef::Table(_) => {
                let indent = before
                    .and_then(|p| item.key_span(p))
                    .map_or("", |s| text::indent(self.text, s.start));
                self.line_after(after, &format!("{indent}{line}"));
            }
            ItemRef::Inline(_) if before.is_some() => {
                self.splices
                    .push(Splice::insert(after, format!(", {line}")));
            }
            ItemRef::Inline(_) => {
                let open = item.span().map_or(0, |s| s.start + 1);
                self.splices.push(Splice::insert(open, format!(" {line},")));
            }
        }
    }

    /// Inserts `lines` (joined by the file's line ending) after the line holding
    /// `at`, keeping a file that ends without a line break that way.
    pub(super) fn line_after(&mut self, at: usize, lines: &str) {
        let eol = self.eol.as_str();
        let (pos, lead) = text::after_line(self.text, at, self.eol);
        let body = lines.replace('\n', eol);
        let tail = if lead.is_empty() { eol } else { "" };
        self.splices
            .push(Splice::insert(pos, format!("{lead}{body}{tail}")));
    }

    /// Inserts `lines` before the line holding `at`.
    pub(super) fn line_before(&mut self, at: usize, lines: &str) {
        let eol = self.eol.as_str();
        let pos = text::line_start(self.text, at);
        let body = lines.replace('\n', eol);
        self.splices
            .push(Splice::insert(pos, format!("{body}{eol}")));
    }

    fn remove(&mut self, item: ItemRef<'_>, key: &str) -> Outcome {
        let Some(entry) = item.entry(key) else {
            return Ok(());
        };
        let (Entry::Value(value), Some(key_span)) = (entry, item.key_span(key)) else {
            return Err(self.unsupported(key, &format!("[item.{key}]"), &format!("{key} = ...")));
        };
        let end = value.span().map_or(key_span.end, |s| s.end);
        match item {
            ItemRef::Table(_) => {
                let range = text::lines(self.text, key_span.start, end);
                self.splices.push(Splice::remove(range));
            }
            ItemRef::Inline(_) => self.remove_inline(key_span.start, end),
        }
        Ok(())
    }

    /// Removes an inline table's entry from `start` to `end` with the comma that
    /// sets it apart: the one after it, else the one before it.
    pub(super) fn remove_inline(&mut self, start: usize, end: usize) {
        let text = self.text;
        let after = end + text[end..].len() - text[end..].trim_start().len();
        if text[after..].starts_with(',') {
            let rest = &text[after + 1..];
            let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            self.splices.push(Splice::remove(start..after + 1 + gap));
            return;
        }
        let head = text[..start].trim_end();
        let from = if head.ends_with(',') {
            head.len() - 1
        } else {
            start
        };
        self.splices.push(Splice::remove(from..end));
    }
}

/// Log entries and new items.
impl Cx<'_> {
    fn log(&mut self, item: ItemRef<'_>, log: &NewLog) -> Outcome {
        let fields = log.fields();
        match (item, item.entry("log")) {
            (ItemRef::Table(_), Some(Entry::Tables(entries))) => {
                let Some(last) = entries.iter().last() else {
                    return Ok(());
                };
                let header = last.span().unwrap_or(0..0);
                let first_key = last.iter().next().and_then(|(k, _)| last.key(k)?.span());
                let lines = table_lines(
                    &self.text[header.clone()],
                    text::indent(self.text, header.start),
                    first_key.map_or("", |k| text::indent(self.text, k.start)),
                    &fields,
                );
                let blank = text::blank_line_before(self.text, header.start);
                self.line_after(
                    table_end(last),
                    &format!("{}{lines}", if blank { "\n" } else { "" }),
                );
            }
            (ItemRef::Table(t), None) => {
                let header = t.span().unwrap_or(0..0);
                let indent = text::indent(self.text, header.start);
                let key_indent = item
                    .key_span("id")
                    .map_or("", |k| text::indent(self.text, k.start));
                let lines = table_lines("[[item.log]]", indent, key_indent, &fields);
                self.line_after(item.end(), &format!("\n{lines}"));
            }
            (_, Some(Entry::Value(Value::Array(a)))) => {
                self.push(a, &Val::Table(fields).render());
            }
            (ItemRef::Inline(_), None) => {
                let entry = format!("[{}]", Val::Table(fields).render());
                self.insert_key(item, "log", &entry);
            }
            _ => {
                return Err(self.unsupported("log", "[item.log]", "[[item.log]]"));
            }
        }
        Ok(())
    }

    /// Appends an element to an inline array in the array's own layout: on a line of
    /// its own, indented like the last element, when the array is spread over lines;
    /// after a comma and a space otherwise. A comment after the last element stays
    /// on that element's line.
    fn push(&mut self, array: &Array, rendered: &str) {
        let text = self.text;
        let eol = self.eol.as_str();
        let Some(span) = array.span() else { return };
        let Some(last) = array.iter().filter_map(Value::span).last() else {
            self.splices
                .push(Splice::insert(span.start + 1, rendered.to_owned()));
            return;
        };
        let close = span.end.saturating_sub(1);
        let own_line = text[text::line_start(text, last.start)..last.start]
            .trim()
            .is_empty();
        if !own_line || !text[last.end..close].contains('\n') {
            self.splices
                .push(Splice::insert(last.end, format!(", {rendered}")));
            return;
        }
        let indent = text::indent(text, last.start);
        let after = last.end + text[last.end..].len()
            - text[last.end..].trim_start_matches([' ', '\t']).len();
        if text[after..].starts_with(',') {
            let at = text::line_end(text, after);
            self.splices
                .push(Splice::insert(at, format!("{indent}{rendered},{eol}")));
        } else {
            self.splices.push(Splice::insert(last.end, ",".to_owned()));
            let at = text::line_end(text, last.end);
            self.splices
                .push(Splice::insert(at, format!("{indent}{rendered}{eol}")));
        }
    }

    /// Appends a new item: an element of `item = [...]`, or an `[[item]]` table at
    /// the end of the file, set apart by a blank line (a new or empty file gets the
    /// preface first).
    fn add(&mut self, items: Items<'_>, entries: &[(String, Val)], preface: Option<&str>) {
        if let Items::Inline(array) = items {
            self.push(array, &Val::Table(entries.to_vec()).render());
            return;
        }
        let eol = self.eol.as_str();
        let body = table_lines("[[item]]", "", "", entries).replace('\n', eol);
        let text = self.text;
        let at = text.len();
        let new = if text.trim().is_empty() {
            let preface = preface.unwrap_or_default().replace('\n', eol);
            format!("{preface}{body}{eol}")
        } else if !text.ends_with('\n') {
            format!("{eol}{eol}{body}")
        } else if text::blank_line_before(text, at) {
            format!("{body}{eol}")
        } else {
            format!("{eol}{body}{eol}")
        };
        let range = if text.trim().is_empty() {
            0..at
        } else {
            at..at
        };
        self.splices.push(Splice::replace(range, new));
    }
}

/// A table's lines, `\n`-joined: its header, then `key = value` lines, indented
/// as given: how every new `[[item]]` and `[[item.log]]` is written.
pub(crate) fn table_lines(
    header: &str,
    indent: &str,
    key_indent: &str,
    fields: &[(String, Val)],
) -> String {
    let mut lines = vec![format!("{indent}{header}")];
    lines.extend(
        fields
            .iter()
            .map(|(k, v)| format!("{key_indent}{} = {}", text::key(k), v.render())),
    );
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(id: &str, ops: Vec<Op>) -> FileEdit {
        FileEdit {
            changes: vec![(id.to_owned(), ops)],
            ..FileEdit::default()
        }
    }

    /// A file of some 300 KB: items in the three forms a title takes, with logs
    /// and sub-tables, and `middle` before item 1800.
    fn large(middle: &str) -> String {
        let mut text = String::from("# a unit file\n\n");
        for n in 0..3000 {
            if n == 1800 {
                text.push_str(middle);
            }
            let title = match n % 3 {
                0 => format!("title = \"Item {n}\"\n"),
                1 => format!("title = {{ sv = \"Åtgärd {n}\", en = \"Item {n}\" }}\n"),
                _ => format!("[item.title]\nsv = \"Åtgärd {n}\"\n"),
            };
            let key = if n % 3 == 2 {
                ""
            } else {
                "status = \"active\"  # kept\n"
            };
            text.push_str(&format!(
                "[[item]]\nid = \"x-{n}\"\n{key}{title}\n[[item.log]]\ndate = 2026-09-01\nnote = \"\"\"\n[[item]]\n\"\"\"\n\n"
            ));
        }
        text
    }

    /// Where item `id`'s `[[item]]` header is.
    fn header_of(text: &str, id: &str) -> usize {
        let line = format!("id = \"{id}\"");
        let at = (text.match_indices(&line))
            .find(|(at, _)| text[at + line.len()..].starts_with(['\n', '\r']))
            .unwrap()
            .0;
        text[..at].rfind("[[item]]").unwrap()
    }

    #[test]
    fn a_large_file_is_edited_in_a_piece_as_it_would_be_whole() {
        let log = NewLog {
            date: "2026-11-28".parse().unwrap(),
            by: Some("P".into()),
            note: "Met.".into(),
        };
        let title = TitleChange {
            plain: None,
            sv: Some("Ny".into()),
            en: Some("New".into()),
        };
        let ops = |n: usize| match n % 4 {
            0 => vec![Op::Set("status", Val::Str("done".into()))],
            1 => vec![Op::Log(log.clone())],
            2 => vec![Op::Title(title.clone())],
            _ => vec![Op::Remove("status"), Op::Log(log.clone())],
        };
        // Items of one piece, of two far apart, the last item; a piece with another
        // table in it; an id given twice: each the same whole or in a piece.
        let cases: [(&str, &[usize]); 5] = [
            ("", &[700]),
            ("", &[3, 2400]),
            ("", &[2999, 2998]),
            ("[goals.1a]\nowner = \"X\"\n\n", &[1801, 1802]),
            ("[[item]]\nid = \"x-1850\"\n\n", &[1850]),
        ];
        for (middle, changed) in cases {
            let text = large(middle);
            let mut whole = FileEdit::default();
            for &n in changed {
                whole.changes.push((format!("x-{n}"), ops(n)));
            }
            let near = changed
                .iter()
                .map(|n| header_of(&text, &format!("x-{n}")))
                .collect();
            let piecewise = FileEdit {
                loaded: Some((text.clone(), near)),
                ..whole.clone()
            };
            assert!(piece_for(&text, &piecewise).is_some());
            let expected = apply(&text, &whole, "f", Lang::En).unwrap();
            assert_eq!(apply(&text, &piecewise, "f", Lang::En).unwrap(), expected);
            assert!(text.len() > 3 * split::PIECE_BYTES);
            assert_ne!(expected, text);
        }
    }

    /// New lines follow the file's own line ending, also when the piece edited
    /// leans the other way (a stretch of CRLF lines in an LF file).
    #[test]
    fn a_piece_is_edited_with_the_files_line_ending() {
        let lf = large("");
        let (from, to) = (header_of(&lf, "x-300"), header_of(&lf, "x-1300"));
        let text = format!(
            "{}{}{}",
            &lf[..from],
            lf[from..to].replace('\n', "\r\n"),
            &lf[to..]
        );
        assert_eq!(Eol::of(&text), Eol::Lf);
        let log = NewLog {
            date: "2026-11-28".parse().unwrap(),
            by: None,
            note: "Met.".into(),
        };
        let whole = FileEdit {
            changes: vec![("x-700".into(), vec![Op::Log(log)])],
            ..FileEdit::default()
        };
        let piecewise = FileEdit {
            loaded: Some((text.clone(), vec![header_of(&text, "x-700")])),
            ..whole.clone()
        };
        let piece = piece_for(&text, &piecewise).unwrap();
        assert_eq!(Eol::of(&text[piece]), Eol::CrLf);
        let expected = apply(&text, &whole, "f", Lang::En).unwrap();
        assert!(
            expected.contains("note = \"Met.\"\n"),
            "LF in the new lines"
        );
        assert_eq!(apply(&text, &piecewise, "f", Lang::En).unwrap(), expected);
    }

    #[test]
    fn an_inline_entry_goes_with_its_comma() {
        let text = "item = [{ id = \"a\", completed = 2026-01-01, due = 2026-02-01 }, { id = \"b\", completed = 2026-01-01 }]\n";
        let remove = FileEdit {
            changes: vec![
                ("a".into(), vec![Op::Remove("completed")]),
                ("b".into(), vec![Op::Remove("completed")]),
            ],
            ..FileEdit::default()
        };
        let out = apply(text, &remove, "f", Lang::En).unwrap();
        assert_eq!(
            out,
            "item = [{ id = \"a\", due = 2026-02-01 }, { id = \"b\" }]\n"
        );
    }

    #[test]
    fn the_result_must_be_the_meant_change_and_nothing_else() {
        let old = "[[item]]\nid = \"a\"\nstatus = \"active\"\n";
        let change = edit("a", vec![Op::Set("status", Val::Str("done".into()))]);
        let holds = |new: &str| verify::holds(verify::expected(old, &change), new);
        assert!(holds("[[item]]\nid = \"a\"\nstatus = \"done\"\n"));
        // The same change, with another value lost on the way, is not it.
        assert!(!holds("[[item]]\nid = \"a\"\n"));
        assert!(!holds("[[item]]\nid = \"a\"\nstatus = \"done\"\nx = 1\n"));
    }

    #[test]
    fn a_key_written_as_a_table_is_refused_with_the_form_and_the_rewrite() {
        let text = "[[item]]\nid = \"a\"\n[item.status]\nx = 1\n";
        let change = edit("a", vec![Op::Set("status", Val::Str("done".into()))]);
        let err = apply(text, &change, "u.toml", Lang::En).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot change `status` of item a in u.toml: it is written as `[item.status]`, which cannot hold the new value. Rewrite it as `status = \"done\"` and run the edit again; nothing was written"
        );
    }
}
