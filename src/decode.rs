//! Turns the parser's spanned TOML tree into the model, checking the shape as it goes:
//! unknown keys, missing keys, wrong types and bad words become diagnostics with the
//! span the parser gave, and decoding carries on so that one run reports them all.

use std::str::FromStr;

use chrono::NaiveDate;
use toml::Spanned as TSpanned;
use toml::de::{DeString, DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::model::{
    Area, Goal, GoalOwner, Group, Item, Kind, LogEntry, Period, PlanHeader, Spanned, Status,
    Strategy, Text,
};
use crate::schedule::{CADENCE_HELP, Cadence};
use crate::source::{FileId, Span};
use crate::suggest::nearest;
use crate::tr;

type Value<'i> = TSpanned<DeValue<'i>>;

/// The keys of each table of the format, for "unknown key" and "did you mean".
pub mod keys {
    /// Top level of `strategy.toml`.
    pub const STRATEGY_FILE: &[&str] = &["strategy", "area"];
    /// `[strategy]`.
    pub const STRATEGY: &[&str] = &["title", "vision", "adopted_by"];
    /// `[[area]]`.
    pub const AREA: &[&str] = &["id", "title", "goal"];
    /// `[[area.goal]]`.
    pub const GOAL: &[&str] = &["id", "text"];
    /// Top level of `plan.toml`.
    pub const PLAN_FILE: &[&str] = &["plan", "goals", "item"];
    /// Top level of a unit file.
    pub const UNIT_FILE: &[&str] = &["item"];
    /// `[plan]`.
    pub const PLAN: &[&str] = &["period", "lead", "reviewed", "owners"];
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

/// Where decoding is: which file, which language messages are in, and the list that
/// diagnostics go to.
pub struct Ctx<'a> {
    /// The file being decoded.
    pub file: FileId,
    /// The language of messages.
    pub lang: Lang,
    /// Where diagnostics go.
    pub diagnostics: &'a mut Vec<Diagnostic>,
}

impl Ctx<'_> {
    fn push(&mut self, code: Code, span: Span, message: String, help: Option<String>) {
        self.diagnostics
            .push(Diagnostic::new(code, self.file, span, message).with_help(help));
    }

    /// Reports every key of `table` that `known` lacks.
    fn check_keys(&mut self, table: &DeTable<'_>, known: &[&str], what: &str) {
        for (key, _) in table.iter() {
            if !known.contains(&key.get_ref().as_ref()) {
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
            Some(near) => tr!(
                lang,
                "did you mean `{near}`? {what} has the keys {list}",
                "menade du `{near}`? {what} har nycklarna {list}"
            ),
            None => tr!(
                lang,
                "{what} has the keys {list}",
                "{what} har nycklarna {list}"
            ),
        };
        self.push(
            Code::UnknownField,
            key.span(),
            tr!(
                lang,
                "unknown key `{name}` in {what}",
                "okänd nyckel `{name}` i {what}"
            ),
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
        let found = table.get(key);
        if found.is_none() {
            let lang = self.lang;
            let (name, help) = match key {
                "strategy" | "plan" => (
                    format!("[{key}]"),
                    tr!(
                        lang,
                        "add a `[{key}]` table",
                        "lägg till en `[{key}]`-tabell"
                    ),
                ),
                "area" => (
                    "[[area]]".to_owned(),
                    tr!(
                        lang,
                        "add the strategy's goal areas as `[[area]]` tables",
                        "lägg till strategins målområden som `[[area]]`-tabeller"
                    ),
                ),
                "goal" => (
                    "[[area.goal]]".to_owned(),
                    tr!(
                        lang,
                        "add the area's goals as `[[area.goal]]` tables",
                        "lägg till områdets mål som `[[area.goal]]`-tabeller"
                    ),
                ),
                _ => (
                    format!("`{key}`"),
                    tr!(lang, "add `{key} = ...`", "lägg till `{key} = ...`"),
                ),
            };
            self.push(
                Code::MissingField,
                table_span.clone(),
                tr!(lang, "{what} has no {name}", "{what} saknar {name}"),
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
            value.span(),
            tr!(
                lang,
                "`{key}` must be {expected}, not {found}",
                "`{key}` ska vara {expected}, inte {found}"
            ),
            None,
        );
    }

    fn string(&mut self, value: &Value<'_>, key: &str) -> Option<Spanned<String>> {
        match value.get_ref() {
            DeValue::String(s) => Some(Spanned {
                value: s.to_string(),
                span: value.span(),
            }),
            _ => {
                let expected = self.lang.pick("a string", "en sträng");
                self.wrong_type(value, key, expected);
                None
            }
        }
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
                    tr!(
                        lang,
                        "remove the quotes: `{key} = {s}`",
                        "ta bort citattecknen: `{key} = {s}`"
                    )
                } else {
                    tr!(
                        lang,
                        "write a date like `{key} = 2026-09-01`",
                        "skriv ett datum som `{key} = 2026-09-01`"
                    )
                };
                self.push(
                    Code::InvalidValue,
                    value.span(),
                    tr!(
                        lang,
                        "`{key}` must be a TOML date, not a string",
                        "`{key}` ska vara ett TOML-datum, inte en sträng"
                    ),
                    Some(help),
                );
                return None;
            }
            _ => {
                let expected = lang.pick("a date like 2026-09-01", "ett datum som 2026-09-01");
                self.wrong_type(value, key, expected);
                return None;
            }
        };
        if found.is_none() {
            self.push(
                Code::InvalidValue,
                value.span(),
                tr!(
                    lang,
                    "`{key}` must be a plain date like 2026-09-01, without a time",
                    "`{key}` ska vara ett datum som 2026-09-01, utan klockslag"
                ),
                None,
            );
        }
        found.map(|value_| Spanned {
            value: value_,
            span: value.span(),
        })
    }

    fn text(&mut self, value: &Value<'_>, key: &str, what: &str) -> Option<Text> {
        match value.get_ref() {
            DeValue::String(s) => Some(Text {
                plain: Some(s.to_string()),
                ..Text::default()
            }),
            DeValue::Table(t) => {
                let inner = format!("`{key}` ({what})");
                self.check_keys(t, keys::TEXT, &inner);
                let mut text = Text::default();
                if let Some(v) = t.get("sv") {
                    text.sv = self.string(v, "sv").map(|s| s.value);
                }
                if let Some(v) = t.get("en") {
                    text.en = self.string(v, "en").map(|s| s.value);
                }
                if text.sv.is_none()
                    && text.en.is_none()
                    && t.get("sv").is_none()
                    && t.get("en").is_none()
                {
                    let lang = self.lang;
                    self.push(
                        Code::MissingField,
                        value.span(),
                        tr!(
                            lang,
                            "`{key}` has neither `sv` nor `en`",
                            "`{key}` har varken `sv` eller `en`"
                        ),
                        None,
                    );
                }
                Some(text)
            }
            _ => {
                let expected = self.lang.pick(
                    "a string or { sv = \"...\", en = \"...\" }",
                    "en sträng eller { sv = \"...\", en = \"...\" }",
                );
                self.wrong_type(value, key, expected);
                None
            }
        }
    }

    fn strings(&mut self, value: &Value<'_>, key: &str) -> Vec<Spanned<String>> {
        match value.get_ref() {
            DeValue::Array(a) => a.iter().filter_map(|v| self.string(v, key)).collect(),
            _ => {
                let expected = self.lang.pick("a list of strings", "en lista av strängar");
                self.wrong_type(value, key, expected);
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
        let word = self.string(value, key)?;
        if let Ok(found) = word.value.parse::<T>() {
            return Some(Spanned {
                value: found,
                span: word.span,
            });
        }
        let lang = self.lang;
        let list = all
            .iter()
            .map(|&v| format!("`{}`", name(v)))
            .collect::<Vec<_>>()
            .join(", ");
        let near = nearest(&word.value, all.iter().map(|&v| name(v)));
        let help = match near {
            Some(n) => tr!(
                lang,
                "did you mean `{n}`? `{key}` is one of {list}",
                "menade du `{n}`? `{key}` är en av {list}"
            ),
            None => tr!(lang, "`{key}` is one of {list}", "`{key}` är en av {list}"),
        };
        self.push(
            Code::InvalidValue,
            word.span,
            tr!(
                lang,
                "unknown {key} `{}`",
                "okänt värde för {key}: `{}`",
                word.value
            ),
            Some(help),
        );
        None
    }

    fn table<'t, 'i>(&mut self, value: &'t Value<'i>, key: &str) -> Option<&'t DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                let expected = self.lang.pick("a table", "en tabell");
                self.wrong_type(value, key, expected);
                None
            }
        }
    }

    /// The tables of an array of tables (`[[item]]`), each with its span.
    fn tables<'t, 'i>(&mut self, value: &'t Value<'i>, key: &str) -> Vec<(&'t DeTable<'i>, Span)> {
        match value.get_ref() {
            DeValue::Array(a) => a
                .iter()
                .filter_map(|v| self.table(v, key).map(|t| (t, v.span())))
                .collect(),
            _ => {
                let expected = self.lang.pick(
                    "an array of tables ([[...]])",
                    "en lista av tabeller ([[...]])",
                );
                self.wrong_type(value, key, expected);
                Vec::new()
            }
        }
    }
}

/// A value's type with its article, as a person would name it.
fn type_name(value: &DeValue<'_>, lang: Lang) -> &'static str {
    match value {
        DeValue::String(_) => lang.pick("a string", "en sträng"),
        DeValue::Integer(_) => lang.pick("an integer", "ett heltal"),
        DeValue::Float(_) => lang.pick("a decimal number", "ett decimaltal"),
        DeValue::Boolean(_) => lang.pick("true or false", "sant eller falskt"),
        DeValue::Datetime(_) => lang.pick("a date", "ett datum"),
        DeValue::Array(_) => lang.pick("a list", "en lista"),
        DeValue::Table(_) => lang.pick("a table", "en tabell"),
    }
}

/// Decodes `strategy.toml`.
pub fn strategy(root: &DeTable<'_>, root_span: Span, cx: &mut Ctx<'_>) -> Strategy {
    cx.check_keys(root, keys::STRATEGY_FILE, "strategy.toml");
    let mut strategy = Strategy {
        file: Some(cx.file),
        ..Strategy::default()
    };
    if let Some(v) = cx.required(
        root,
        "strategy",
        &(root_span.start..root_span.start),
        "strategy.toml",
    ) && let Some(t) = cx.table(v, "strategy")
    {
        let span = v.span();
        cx.check_keys(t, keys::STRATEGY, "[strategy]");
        if let Some(v) = cx.required(t, "title", &span, "[strategy]") {
            strategy.title = cx.text(v, "title", "[strategy]").unwrap_or_default();
        }
        if let Some(v) = t.get("vision") {
            strategy.vision = cx.text(v, "vision", "[strategy]").unwrap_or_default();
        }
        if let Some(v) = t.get("adopted_by") {
            strategy.adopted_by = cx.string(v, "adopted_by").map(|s| s.value);
        }
    }
    let Some(areas) = cx.required(
        root,
        "area",
        &(root_span.start..root_span.start),
        "strategy.toml",
    ) else {
        return strategy;
    };
    for (t, span) in cx.tables(areas, "area") {
        cx.check_keys(t, keys::AREA, "[[area]]");
        let id = cx
            .required(t, "id", &span, "[[area]]")
            .and_then(|v| cx.string(v, "id"));
        let title = cx
            .required(t, "title", &span, "[[area]]")
            .and_then(|v| cx.text(v, "title", "[[area]]"))
            .unwrap_or_default();
        let Some(id) = id else { continue };
        let mut goals = Vec::new();
        if let Some(v) = cx.required(t, "goal", &span, "[[area]]") {
            for (g, gspan) in cx.tables(v, "goal") {
                cx.check_keys(g, keys::GOAL, "[[area.goal]]");
                let gid = cx
                    .required(g, "id", &gspan, "[[area.goal]]")
                    .and_then(|v| cx.string(v, "id"));
                let text = cx
                    .required(g, "text", &gspan, "[[area.goal]]")
                    .and_then(|v| cx.text(v, "text", "[[area.goal]]"))
                    .unwrap_or_default();
                if let Some(gid) = gid {
                    goals.push(Goal {
                        id: gid,
                        area: id.value.clone(),
                        text,
                    });
                }
            }
        }
        strategy.areas.push(Area { id, title, goals });
    }
    strategy
}

/// What one file of a year holds.
#[derive(Default)]
pub struct PlanParts {
    /// `[plan]`, present only in `plan.toml`.
    pub header: Option<PlanHeader>,
    /// `[goals.X]`.
    pub goals: Vec<GoalOwner>,
    /// `[[item]]`.
    pub items: Vec<Item>,
}

/// Decodes `plan.toml` (`unit == false`) or a unit file, which may hold items only.
pub fn plan(root: &DeTable<'_>, root_span: Span, unit: bool, cx: &mut Ctx<'_>) -> PlanParts {
    let lang = cx.lang;
    let mut parts = PlanParts::default();
    if unit {
        for (key, _) in root.iter() {
            let name = key.get_ref().as_ref();
            if name == "plan" || name == "goals" {
                cx.push(
                    Code::UnknownField,
                    key.span(),
                    tr!(lang, "a unit file cannot have `[{name}]`", "en enhetsfil kan inte ha `[{name}]`"),
                    Some(tr!(
                        lang,
                        "only plan.toml has [plan] and [goals.*]; a unit file holds [[item]] tables only",
                        "bara plan.toml har [plan] och [goals.*]; en enhetsfil har bara [[item]]-tabeller"
                    )),
                );
            } else if name != "item" {
                cx.unknown_key(
                    key,
                    keys::UNIT_FILE,
                    lang.pick("a unit file", "en enhetsfil"),
                );
            }
        }
    } else {
        cx.check_keys(root, keys::PLAN_FILE, "plan.toml");
        let at_start = root_span.start..root_span.start;
        if let Some(v) = cx.required(root, "plan", &at_start, "plan.toml")
            && let Some(t) = cx.table(v, "plan")
        {
            parts.header = Some(header(t, v.span(), cx));
        }
        if let Some(v) = root.get("goals")
            && let Some(t) = cx.table(v, "goals")
        {
            for (key, value) in t.iter() {
                let what = format!("[goals.{}]", key.get_ref());
                let Some(g) = cx.table(value, &what) else {
                    continue;
                };
                cx.check_keys(g, keys::GOAL_OWNER, &what);
                let owner = cx
                    .required(g, "owner", &value.span(), &what)
                    .and_then(|v| cx.string(v, "owner"));
                let note = g
                    .get("note")
                    .and_then(|v| cx.string(v, "note"))
                    .map(|s| s.value);
                parts.goals.push(GoalOwner {
                    file: cx.file,
                    id: Spanned {
                        value: key.get_ref().to_string(),
                        span: key.span(),
                    },
                    span: value.span(),
                    owner,
                    note,
                });
            }
        }
    }
    if let Some(v) = root.get("item") {
        for (t, span) in cx.tables(v, "item") {
            if let Some(item) = item(t, span, cx) {
                parts.items.push(item);
            }
        }
    }
    parts
}

fn header(t: &DeTable<'_>, span: Span, cx: &mut Ctx<'_>) -> PlanHeader {
    cx.check_keys(t, keys::PLAN, "[plan]");
    let mut header = PlanHeader {
        span: Some(span.clone()),
        ..PlanHeader::default()
    };
    if let Some(v) = cx.required(t, "period", &span, "[plan]")
        && let Some(p) = cx.table(v, "period")
    {
        cx.check_keys(p, keys::PERIOD, "`period`");
        let start = cx
            .required(p, "start", &v.span(), "`period`")
            .and_then(|d| cx.date(d, "start"));
        let end = cx
            .required(p, "end", &v.span(), "`period`")
            .and_then(|d| cx.date(d, "end"));
        if let (Some(start), Some(end)) = (start, end) {
            header.period = Some(Spanned {
                value: Period {
                    start: start.value,
                    end: end.value,
                },
                span: v.span(),
            });
        }
    }
    header.lead = cx
        .required(t, "lead", &span, "[plan]")
        .and_then(|v| cx.string(v, "lead"));
    header.reviewed = t.get("reviewed").and_then(|v| cx.date(v, "reviewed"));
    header.owners = t.get("owners").map(|v| cx.strings(v, "owners"));
    header
}

fn item(t: &DeTable<'_>, span: Span, cx: &mut Ctx<'_>) -> Option<Item> {
    let lang = cx.lang;
    cx.check_keys(t, keys::ITEM, "[[item]]");
    let what = "[[item]]";
    let id = cx
        .required(t, "id", &span, what)
        .and_then(|v| cx.string(v, "id"));
    let title = cx
        .required(t, "title", &span, what)
        .and_then(|v| cx.text(v, "title", what));
    let goals = match cx.required(t, "goals", &span, what) {
        Some(v) => {
            let goals = cx.strings(v, "goals");
            if v.get_ref().as_array().is_some_and(|a| a.is_empty()) {
                cx.push(
                    Code::InvalidValue,
                    v.span(),
                    tr!(lang, "`goals` is empty", "`goals` är tom"),
                    Some(tr!(
                        lang,
                        "name at least one goal, like `goals = [\"2b\"]`",
                        "ange minst ett mål, som `goals = [\"2b\"]`"
                    )),
                );
            }
            goals
        }
        None => Vec::new(),
    };
    let owner = cx
        .required(t, "owner", &span, what)
        .and_then(|v| cx.string(v, "owner"));
    let kind = t
        .get("kind")
        .and_then(|v| cx.keyword(v, "kind", Kind::ALL, Kind::as_str))
        .map_or(Kind::default(), |k| k.value);
    let status = t
        .get("status")
        .and_then(|v| cx.keyword(v, "status", Status::ALL, Status::as_str))
        .unwrap_or(Spanned {
            value: Status::default(),
            span: span.clone(),
        });
    let date = |cx: &mut Ctx<'_>, key: &str| t.get(key).and_then(|v| cx.date(v, key));
    let start = date(cx, "start");
    let due = date(cx, "due");
    let completed = date(cx, "completed");
    let last_done = date(cx, "last_done");
    let every = t.get("every").and_then(|v| {
        let text = cx.string(v, "every")?;
        match text.value.parse::<Cadence>() {
            Ok(c) => Some(Spanned {
                value: c,
                span: text.span,
            }),
            Err(()) => {
                cx.push(
                    Code::InvalidValue,
                    text.span,
                    tr!(
                        lang,
                        "`every = \"{}\"` is not a cadence",
                        "`every = \"{}\"` är ingen intervall",
                        text.value
                    ),
                    Some(tr!(
                        lang,
                        "write one of {CADENCE_HELP}",
                        "skriv en av {CADENCE_HELP}"
                    )),
                );
                None
            }
        }
    });
    match (kind, t.get("every")) {
        (Kind::Ongoing, None) => cx.push(
            Code::OngoingWithoutCadence,
            span.clone(),
            tr!(
                lang,
                "ongoing item has no `every`",
                "löpande aktivitet saknar `every`"
            ),
            Some(tr!(
                lang,
                "say how often it recurs: {CADENCE_HELP}",
                "ange hur ofta den återkommer: {CADENCE_HELP}"
            )),
        ),
        (Kind::Project, Some(v)) => cx.push(
            Code::InvalidValue,
            v.span(),
            tr!(
                lang,
                "`every` is set on a project",
                "`every` är satt på ett projekt"
            ),
            Some(tr!(
                lang,
                "add `kind = \"ongoing\"` if the work recurs, or remove `every`",
                "lägg till `kind = \"ongoing\"` om arbetet återkommer, eller ta bort `every`"
            )),
        ),
        _ => {}
    }
    let groups = t
        .get("groups")
        .map(|v| match v.get_ref() {
            DeValue::Array(a) => a
                .iter()
                .filter_map(|g| cx.keyword(g, "groups", Group::ALL, Group::as_str))
                .map(|g| g.value)
                .collect(),
            _ => {
                let expected = lang.pick("a list of groups", "en lista av grupper");
                cx.wrong_type(v, "groups", expected);
                Vec::new()
            }
        })
        .unwrap_or_default();
    let unit = t
        .get("unit")
        .and_then(|v| cx.string(v, "unit"))
        .map(|s| s.value);
    let description = t
        .get("description")
        .and_then(|v| cx.text(v, "description", what));
    let log = t
        .get("log")
        .map(|v| {
            cx.tables(v, "log")
                .into_iter()
                .filter_map(|(l, lspan)| log_entry(l, lspan, cx))
                .collect()
        })
        .unwrap_or_default();
    Some(Item {
        file: cx.file,
        span,
        id: id?,
        title: title.unwrap_or_default(),
        description,
        goals,
        owner,
        kind,
        status,
        start,
        due,
        completed,
        every,
        last_done,
        groups,
        unit,
        log,
    })
}

fn log_entry(t: &DeTable<'_>, span: Span, cx: &mut Ctx<'_>) -> Option<LogEntry> {
    let what = "[[item.log]]";
    cx.check_keys(t, keys::LOG, what);
    let date = cx
        .required(t, "date", &span, what)
        .and_then(|v| cx.date(v, "date"));
    let note = cx
        .required(t, "note", &span, what)
        .and_then(|v| cx.string(v, "note"));
    let by = t
        .get("by")
        .and_then(|v| cx.string(v, "by"))
        .map(|s| s.value);
    Some(LogEntry {
        date: date?.value,
        by,
        note: note?.value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str, lang: Lang) -> Vec<String> {
        let (root, errors) = DeTable::parse_recoverable(text);
        assert!(errors.is_empty());
        let mut diagnostics = Vec::new();
        let mut cx = Ctx {
            file: FileId(0),
            lang,
            diagnostics: &mut diagnostics,
        };
        plan(root.get_ref(), root.span(), false, &mut cx);
        diagnostics.into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn wrong_types_name_what_was_found() {
        let text =
            "[plan]\nperiod = { start = 2026-07-01, end = 2027-06-30 }\nlead = 7\nowners = \"x\"\n";
        assert_eq!(
            messages(text, Lang::En),
            [
                "`lead` must be a string, not an integer",
                "`owners` must be a list of strings, not a string"
            ]
        );
        assert_eq!(
            messages(text, Lang::Sv),
            [
                "`lead` ska vara en sträng, inte ett heltal",
                "`owners` ska vara en lista av strängar, inte en sträng"
            ]
        );
    }
}
