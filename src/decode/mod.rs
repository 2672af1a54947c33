//! Turns the parser's spanned TOML tree into the model, checking the shape as it goes:
//! unknown keys, missing keys, wrong types and bad words become diagnostics with the
//! span the parser gave, and decoding carries on so that one run reports them all.

mod indicator;
mod plan;
mod strategy;

pub use indicator::measurements;
pub(crate) use indicator::range_message;
pub use plan::{PlanParts, plan};

pub use strategy::strategy;

use std::str::FromStr;

use chrono::NaiveDate;
use toml::Spanned as TSpanned;
use toml::de::{DeString, DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::model::{Name, Spanned, Text};
use crate::output::{is_hidden, shown};
use crate::source::{FileId, Span};
use crate::suggest::nearest;
use crate::t;

type Value<'i> = TSpanned<DeValue<'i>>;

/// The keys of each table of the format, for "unknown key" and "did you mean".
pub mod keys {
    /// Top level of `strategy.toml`.
    pub const STRATEGY_FILE: &[&str] = &["strategy", "area", "indicator"];
    /// `[strategy]`.
    pub const STRATEGY: &[&str] = &[
        "title",
        "vision",
        "internationalisation_vision",
        "purpose",
        "adopted_by",
    ];
    /// `[[area]]`.
    pub const AREA: &[&str] = &["id", "title", "goal"];
    /// `[[area.goal]]`.
    pub const GOAL: &[&str] = &["id", "text"];
    /// `[[indicator]]`.
    pub const INDICATOR: &[&str] = &[
        "id",
        "goals",
        "text",
        "unit",
        "source",
        "direction",
        "target",
        "compare",
    ];
    /// Top level of `measurements.toml`.
    pub const MEASUREMENTS_FILE: &[&str] = &["measurement"];
    /// `[[measurement]]`.
    pub const MEASUREMENT: &[&str] = &["indicator", "date", "value", "group", "n", "note"];
    /// Top level of `plan.toml`.
    pub const PLAN_FILE: &[&str] = &["plan", "goals", "item"];
    /// Top level of a unit file.
    pub const UNIT_FILE: &[&str] = &["item"];
    /// `[plan]`.
    pub const PLAN: &[&str] = &["period", "lead", "reviewed", "owners", "units"];
    /// `period = { ... }`.
    pub const PERIOD: &[&str] = &["start", "end"];
    /// `[goals.X]`.
    pub const GOAL_OWNER: &[&str] = &["owner", "note"];
    /// `[[item]]`.
    pub const ITEM: &[&str] = &[
        "id",
        "title",
        "description",
        "goals",
        "owner",
        "kind",
        "status",
        "start",
        "due",
        "completed",
        "every",
        "last_done",
        "groups",
        "unit",
        "log",
    ];
    /// `[[item.log]]`.
    pub const LOG: &[&str] = &["date", "by", "note"];
    /// `{ sv, en }`.
    pub const TEXT: &[&str] = &["sv", "en"];
}

/// Where a file's syntax errors are. The parser recovers from them and hands over
/// the rest of the tree; decoding skips every key and value on a line with a syntax
/// error (what the parser made of that line is a guess), and a table that holds such
/// a line is not said to lack a key (the key may be on it). Everything else is
/// decoded and checked, so one run reports every problem of the file.
#[derive(Debug, Default)]
pub struct Damage {
    /// The damaged lines, as byte ranges from a line's start to its end (inclusive
    /// of the newline's position), sorted.
    lines: Vec<(usize, usize)>,
    /// Where each `[table]` or `[[table]]` header the parser kept starts, sorted.
    headers: Vec<usize>,
    /// The file's length.
    len: usize,
}

impl Damage {
    /// The damage the syntax errors at `errors` do to `text`, whose recovered tree is
    /// `root`.
    pub fn new(text: &str, errors: impl IntoIterator<Item = Span>, root: &DeTable<'_>) -> Self {
        let bytes = text.as_bytes();
        let len = bytes.len();
        let mut lines: Vec<(usize, usize)> = errors
            .into_iter()
            .map(|span| {
                let (s, e) = (
                    span.start.min(len),
                    span.end.min(len).max(span.start.min(len)),
                );
                let start = bytes[..s]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1);
                let end = bytes[e..]
                    .iter()
                    .position(|b| *b == b'\n')
                    .map_or(len, |i| e + i);
                (start, end)
            })
            .collect();
        lines.sort_unstable();
        // Disjoint and sorted by start and end alike, for the binary search.
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(lines.len());
        for (start, end) in lines {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        let lines = merged;
        let mut headers = Vec::new();
        if !lines.is_empty() {
            collect_headers(bytes, root, &mut headers);
            headers.sort_unstable();
        }
        Damage {
            lines,
            headers,
            len,
        }
    }

    /// Whether the file has no syntax error.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Whether the byte range `from..to` reaches a damaged line.
    fn touches(&self, from: usize, to: usize) -> bool {
        let last = to.saturating_sub(1).max(from);
        // The first damaged line that ends at or after `from`.
        let at = self.lines.partition_point(|&(_, end)| end < from);
        self.lines.get(at).is_some_and(|&(start, _)| start <= last)
    }

    /// Whether a `[table]` header starts at `at`.
    fn is_header(&self, at: usize) -> bool {
        self.headers.binary_search(&at).is_ok()
    }

    /// Whether a value reaches a damaged line.
    fn value(&self, value: &Value<'_>) -> bool {
        let v = value.span();
        !self.is_empty() && self.touches(v.start, v.end)
    }

    /// Whether a key and its value reach a damaged line.
    fn entry(&self, key: &TSpanned<DeString<'_>>, value: &Value<'_>) -> bool {
        let (k, v) = (key.span(), value.span());
        // A value the parser made up has no place of its own.
        let end = if v.start < k.start {
            k.end
        } else {
            v.end.max(k.end)
        };
        !self.is_empty() && self.touches(k.start, end)
    }

    /// Whether a table reaches a damaged line: an inline table within its braces, a
    /// `[table]` from its header to the next header, the whole file for the root
    /// (which callers name by an empty span at its start).
    fn table(&self, span: &Span) -> bool {
        if self.is_empty() {
            return false;
        }
        let (from, to) = if span.start == span.end {
            (0, self.len)
        } else if self.is_header(span.start) {
            let next = self.headers.partition_point(|&h| h <= span.start);
            (
                span.start,
                self.headers.get(next).copied().unwrap_or(self.len),
            )
        } else {
            (span.start, span.end)
        };
        self.touches(from, to)
    }
}

/// The starts of the `[table]` headers in a recovered tree.
fn collect_headers(bytes: &[u8], table: &DeTable<'_>, out: &mut Vec<usize>) {
    fn value(bytes: &[u8], v: &Value<'_>, out: &mut Vec<usize>) {
        match v.get_ref() {
            DeValue::Table(t) => {
                if bytes.get(v.span().start) == Some(&b'[') {
                    out.push(v.span().start);
                }
                collect_headers(bytes, t, out);
            }
            DeValue::Array(a) => a.iter().for_each(|v| value(bytes, v, out)),
            _ => {}
        }
    }
    for (_, v) in table.iter() {
        value(bytes, v, out);
    }
}

/// Where decoding is: which file, which language messages are in, the list that
/// diagnostics go to, and the file's syntax damage.
pub struct Ctx<'a> {
    /// The file being decoded.
    pub file: FileId,
    /// The language of messages.
    pub lang: Lang,
    /// Where diagnostics go.
    pub diagnostics: &'a mut Vec<Diagnostic>,
    /// The lines a syntax error makes unreliable.
    pub damage: &'a Damage,
    /// Where the decoded text starts in the file: a piece of a large file is
    /// parsed on its own, and its spans count from the piece's start.
    pub offset: usize,
}

impl Ctx<'_> {
    /// Where a parsed value or key is in the file.
    pub(crate) fn at<T>(&self, spanned: &TSpanned<T>) -> Span {
        let span = spanned.span();
        span.start + self.offset..span.end + self.offset
    }

    /// The value of `key` in `table`, unless it is missing or on a damaged line.
    fn get<'t, 'i>(&self, table: &'t DeTable<'i>, key: &str) -> Option<&'t Value<'i>> {
        let (k, v) = table.get_key_value(key)?;
        (!self.damage.entry(k, v)).then_some(v)
    }

    /// Whether a key and its value reach a damaged line.
    fn damage_at(&self, key: &TSpanned<DeString<'_>>, value: &Value<'_>) -> bool {
        self.damage.entry(key, value)
    }

    /// Whether the table at `span` reaches a damaged line, so that an absent key may
    /// only be lost.
    fn damaged(&self, span: &Span) -> bool {
        self.damage.table(span)
    }

    fn push(&mut self, code: Code, span: Span, message: String, help: Option<String>) {
        self.diagnostics
            .push(Diagnostic::new(code, self.file, span, message).with_help(help));
    }

    /// Reports every key of `table` that `known` lacks.
    fn check_keys(&mut self, table: &DeTable<'_>, known: &[&str], what: &str) {
        for (key, value) in table.iter() {
            if !known.contains(&key.get_ref().as_ref()) && !self.damage.entry(key, value) {
                self.unknown_key(key, known, what);
            }
        }
    }

    /// Reports one unknown key, with the nearest known key and the list of keys the
    /// table has.
    fn unknown_key(&mut self, key: &TSpanned<DeString<'_>>, known: &[&str], what: &str) {
        let lang = self.lang;
        let name = key.get_ref().as_ref();
        let list = known
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let help = match nearest(name, known.iter().copied()) {
            Some(near) => t!(
                lang,
                "decode-keys-near",
                near = near,
                what = what,
                list = &list
            ),
            None => t!(lang, "decode-keys-list", what = what, list = &list),
        };
        self.push(
            Code::UnknownField,
            self.at(key),
            t!(lang, "decode-unknown-key", key = name, what = what),
            Some(help),
        );
    }

    /// A key that must be there; reports `missing-field` at the table when it is not.
    fn required<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        key: &str,
        table_span: &Span,
        what: &str,
    ) -> Option<&'t Value<'i>> {
        let found = self.get(table, key);
        if found.is_none() && table.get(key).is_none() && !self.damaged(table_span) {
            let lang = self.lang;
            let (name, help) = match key {
                "strategy" | "plan" => {
                    (format!("[{key}]"), t!(lang, "decode-add-table", key = key))
                }
                "area" => ("[[area]]".to_owned(), t!(lang, "decode-add-areas")),
                "goal" => ("[[area.goal]]".to_owned(), t!(lang, "decode-add-goals")),
                _ => (format!("`{key}`"), t!(lang, "decode-add-key", key = key)),
            };
            self.push(
                Code::MissingField,
                table_span.clone(),
                t!(lang, "decode-missing", what = what, name = name),
                Some(help),
            );
        }
        found
    }

    fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        let lang = self.lang;
        let found = type_name(value.get_ref(), lang);
        self.push(
            Code::InvalidValue,
            self.at(value),
            t!(
                lang,
                "decode-wrong-type",
                key = key,
                expected = expected,
                found = found
            ),
            None,
        );
    }

    /// The text of a string value, borrowed from the parse tree.
    fn text_of<'v>(&mut self, value: &'v Value<'_>, key: &str) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.as_ref()),
            _ => {
                let expected = t!(self.lang, "decode-type-string");
                self.wrong_type(value, key, &expected);
                None
            }
        }
    }

    fn string(&mut self, value: &Value<'_>, key: &str) -> Option<Spanned<String>> {
        let text = self.text_of(value, key)?;
        Some(Spanned::new(text.to_owned(), self.at(value)))
    }

    /// A string that names something (an id, a post, a cadence, a unit): a line
    /// break, a tab, a control character or one that takes no room on screen (see
    /// [`is_hidden`]) makes two names that look alike differ, and can act on a
    /// terminal, so it is an `invalid-value`. The value is kept, so nothing else
    /// about the item is reported twice.
    fn name(&mut self, value: &Value<'_>, key: &str) -> Option<Spanned<String>> {
        self.name_as(value, key, |s| s.to_owned())
    }

    /// [`Ctx::name`], kept once for every use of it ([`Name::shared`]): a post, a
    /// goal id, a unit.
    fn shared(&mut self, value: &Value<'_>, key: &str) -> Option<Spanned<Name>> {
        self.name_as(value, key, Name::shared)
    }

    /// [`Ctx::name`] as a [`Name`] of its own (an item's id).
    fn own_name(&mut self, value: &Value<'_>, key: &str) -> Option<Spanned<Name>> {
        self.name_as(value, key, |s| Name::from(s))
    }

    fn name_as<T>(
        &mut self,
        value: &Value<'_>,
        key: &str,
        make: impl FnOnce(&str) -> T,
    ) -> Option<Spanned<T>> {
        let text = self.text_of(value, key)?;
        if let Some(c) = text
            .chars()
            .find(|&c| is_hidden(c) || c == '\n' || c == '\t')
        {
            let lang = self.lang;
            self.push(
                Code::InvalidValue,
                self.at(value),
                t!(lang, "load-hidden-in-name", key = key, char = shown(c)),
                Some(t!(lang, "load-hidden-in-name-help")),
            );
        }
        Some(Spanned::new(make(text), self.at(value)))
    }

    fn date(&mut self, value: &Value<'_>, key: &str) -> Option<Spanned<NaiveDate>> {
        let lang = self.lang;
        let found = match value.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                }
                _ => None,
            },
            DeValue::String(s) => {
                let help = if s.parse::<NaiveDate>().is_ok() {
                    t!(
                        lang,
                        "decode-date-quoted-help",
                        key = key,
                        value = s.as_ref()
                    )
                } else {
                    t!(lang, "decode-date-write-help", key = key)
                };
                self.push(
                    Code::InvalidValue,
                    self.at(value),
                    t!(lang, "decode-date-quoted", key = key),
                    Some(help),
                );
                return None;
            }
            _ => {
                let expected = t!(lang, "decode-expected-date");
                self.wrong_type(value, key, &expected);
                return None;
            }
        };
        if found.is_none() {
            self.push(
                Code::InvalidValue,
                self.at(value),
                t!(lang, "decode-date-with-time", key = key),
                None,
            );
        }
        found.map(|value_| Spanned::new(value_, self.at(value)))
    }

    fn text(&mut self, value: &Value<'_>, key: &str, what: &str) -> Option<Text> {
        match value.get_ref() {
            DeValue::String(s) => Some(Text::plain_text(s)),
            DeValue::Table(t) => {
                if t.iter()
                    .any(|(k, _)| !keys::TEXT.contains(&k.get_ref().as_ref()))
                {
                    let inner = format!("`{key}` ({what})");
                    self.check_keys(t, keys::TEXT, &inner);
                }
                let mut part = |lang: &str| {
                    let v = self.get(t, lang)?;
                    self.text_of(v, lang)
                };
                let (sv, en) = (part("sv"), part("en"));
                let text = Text::new(sv, en, None);
                if sv.is_none() && en.is_none() && t.get("sv").is_none() && t.get("en").is_none() {
                    let lang = self.lang;
                    self.push(
                        Code::MissingField,
                        self.at(value),
                        t!(lang, "decode-text-empty", key = key),
                        None,
                    );
                }
                Some(text)
            }
            _ => {
                let expected = t!(self.lang, "decode-expected-text");
                self.wrong_type(value, key, &expected);
                None
            }
        }
    }

    /// One post or a non-empty list of posts (a goal's `owner`).
    fn posts(&mut self, value: &Value<'_>, key: &str) -> Vec<Spanned<String>> {
        match value.get_ref() {
            DeValue::String(_) => self.name(value, key).into_iter().collect(),
            DeValue::Array(a) if a.is_empty() => {
                let lang = self.lang;
                self.push(
                    Code::InvalidValue,
                    self.at(value),
                    t!(lang, "decode-posts-empty", key = key),
                    Some(t!(lang, "decode-posts-empty-help", key = key)),
                );
                Vec::new()
            }
            DeValue::Array(a) => a
                .iter()
                .filter(|v| !self.damage.value(v))
                .filter_map(|v| self.name(v, key))
                .collect(),
            _ => {
                let expected = t!(self.lang, "decode-expected-posts");
                self.wrong_type(value, key, &expected);
                Vec::new()
            }
        }
    }

    /// A number, written as an integer or a decimal (`72`, `72.5`); infinity and NaN
    /// are refused, since no survey yields them.
    fn number(&mut self, value: &Value<'_>, key: &str) -> Option<Spanned<f64>> {
        let found = match value.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            _ => {
                let expected = t!(self.lang, "indicators-expected-number");
                self.wrong_type(value, key, &expected);
                return None;
            }
        };
        match found.filter(|n| n.is_finite()) {
            Some(n) => Some(Spanned::new(n, self.at(value))),
            None => {
                let lang = self.lang;
                self.push(
                    Code::InvalidValue,
                    self.at(value),
                    t!(lang, "indicators-not-finite", key = key),
                    None,
                );
                None
            }
        }
    }

    /// A whole number that is not negative (`n`, a number of respondents).
    fn whole(&mut self, value: &Value<'_>, key: &str) -> Option<Spanned<u64>> {
        let lang = self.lang;
        let DeValue::Integer(i) = value.get_ref() else {
            let expected = t!(lang, "indicators-expected-whole");
            self.wrong_type(value, key, &expected);
            return None;
        };
        match u64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => Some(Spanned::new(n, self.at(value))),
            Err(_) => {
                self.push(
                    Code::InvalidValue,
                    self.at(value),
                    t!(lang, "indicators-negative-whole", key = key),
                    Some(t!(lang, "indicators-negative-whole-help", key = key)),
                );
                None
            }
        }
    }

    /// A list of names (the roster of posts or units).
    fn names(&mut self, value: &Value<'_>, key: &str) -> Vec<Spanned<String>> {
        self.names_as(value, key, |s| s.to_owned())
    }

    /// A list of names each kept once ([`Ctx::shared`]): an item's goals.
    fn shared_names(&mut self, value: &Value<'_>, key: &str) -> Vec<Spanned<Name>> {
        self.names_as(value, key, Name::shared)
    }

    fn names_as<T>(
        &mut self,
        value: &Value<'_>,
        key: &str,
        make: impl Fn(&str) -> T,
    ) -> Vec<Spanned<T>> {
        match value.get_ref() {
            DeValue::Array(a) => a
                .iter()
                .filter(|v| !self.damage.value(v))
                .filter_map(|v| self.name_as(v, key, &make))
                .collect(),
            _ => {
                let expected = t!(self.lang, "decode-expected-strings");
                self.wrong_type(value, key, &expected);
                Vec::new()
            }
        }
    }

    fn keyword<T: FromStr + Copy>(
        &mut self,
        value: &Value<'_>,
        key: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<Spanned<T>> {
        let word = self.text_of(value, key)?;
        if let Ok(found) = word.parse::<T>() {
            return Some(Spanned::new(found, self.at(value)));
        }
        let lang = self.lang;
        let list = all
            .iter()
            .map(|&v| format!("`{}`", name(v)))
            .collect::<Vec<_>>()
            .join(", ");
        let near = nearest(word, all.iter().map(|&v| name(v)));
        let help = match near {
            Some(n) => t!(
                lang,
                "decode-keyword-near",
                near = n,
                key = key,
                list = &list
            ),
            None => t!(lang, "decode-keyword-list", key = key, list = &list),
        };
        self.push(
            Code::InvalidValue,
            self.at(value),
            t!(lang, "decode-keyword-unknown", key = key, value = word),
            Some(help),
        );
        None
    }

    fn table<'t, 'i>(&mut self, value: &'t Value<'i>, key: &str) -> Option<&'t DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                let expected = t!(self.lang, "decode-type-table");
                self.wrong_type(value, key, &expected);
                None
            }
        }
    }

    /// The tables of an array of tables (`[[item]]`), each with its span.
    fn tables<'t, 'i>(&mut self, value: &'t Value<'i>, key: &str) -> Vec<(&'t DeTable<'i>, Span)> {
        match value.get_ref() {
            // A `[[table]]` is judged key by key; an inline table on a damaged line
            // is skipped whole.
            DeValue::Array(a) => a
                .iter()
                .filter(|v| self.damage.is_header(v.span().start) || !self.damage.value(v))
                .filter_map(|v| self.table(v, key).map(|t| (t, self.at(v))))
                .collect(),
            _ => {
                let expected = t!(self.lang, "decode-expected-tables");
                self.wrong_type(value, key, &expected);
                Vec::new()
            }
        }
    }
}

/// A value's type with its article, as a person would name it.
fn type_name(value: &DeValue<'_>, lang: Lang) -> String {
    match value {
        DeValue::String(_) => t!(lang, "decode-type-string"),
        DeValue::Integer(_) => t!(lang, "decode-type-integer"),
        DeValue::Float(_) => t!(lang, "decode-type-decimal"),
        DeValue::Boolean(_) => t!(lang, "decode-type-boolean"),
        DeValue::Datetime(_) => t!(lang, "decode-type-date"),
        DeValue::Array(_) => t!(lang, "decode-type-list"),
        DeValue::Table(_) => t!(lang, "decode-type-table"),
    }
}
