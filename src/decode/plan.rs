//! Decoding a year's files: `plan.toml` (`[plan]`, `[goals.X]`, `[[item]]`) and unit
//! files (`[[item]]` only).

use toml::de::{DeTable, DeValue};

use super::{Ctx, keys};
use crate::diagnostic::Code;
use crate::model::{
    At, GoalOwner, Group, Item, Kind, LogEntry, Name, Period, PlanHeader, Spanned, Status, Text,
};
use crate::schedule::Cadence;
use crate::source::Span;
use crate::t;

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
    let mut parts = PlanParts::default();
    if unit {
        unit_tables(root, cx);
    } else {
        cx.check_keys(root, keys::PLAN_FILE, "plan.toml");
        let at_start = root_span.start..root_span.start;
        if let Some(v) = cx.required(root, "plan", &at_start, "plan.toml")
            && let Some(t) = cx.table(v, "plan")
        {
            parts.header = Some(header(t, cx.at(v), cx));
        }
        if let Some(v) = cx.get(root, "goals")
            && let Some(t) = cx.table(v, "goals")
        {
            parts.goals = goal_owners(t, cx);
        }
    }
    if let Some(v) = cx.get(root, "item") {
        for (t, span) in cx.tables(v, "item") {
            if let Some(item) = item(t, span, cx) {
                parts.items.push(item);
            }
        }
    }
    parts
}

/// A unit file holds items only: `[plan]` and `[goals]` get their own error, which
/// says that they belong in `plan.toml`, rather than the unknown-key error any other
/// table gets, since they are known, just in the wrong file.
fn unit_tables(root: &DeTable<'_>, cx: &mut Ctx<'_>) {
    let lang = cx.lang;
    for (key, value) in root.iter() {
        if cx.damage_at(key, value) {
            continue;
        }
        let name = key.get_ref().as_ref();
        if name == "plan" || name == "goals" {
            cx.push(
                Code::UnknownField,
                cx.at(key),
                t!(lang, "decode-unit-file-table", name = name),
                Some(t!(lang, "decode-unit-file-table-help")),
            );
        } else if name != "item" {
            cx.unknown_key(key, keys::UNIT_FILE, &t!(lang, "decode-unit-file"));
        }
    }
}

/// `[goals.X]`: who answers for each goal. Each table is read on its own, so one
/// goal's mistake still leaves the others' owners known.
fn goal_owners(t: &DeTable<'_>, cx: &mut Ctx<'_>) -> Vec<GoalOwner> {
    let mut goals = Vec::new();
    for (key, value) in t.iter() {
        let what = format!("[goals.{}]", key.get_ref());
        let Some(g) = cx.table(value, &what) else {
            continue;
        };
        cx.check_keys(g, keys::GOAL_OWNER, &what);
        let owners = cx
            .required(g, "owner", &cx.at(value), &what)
            .map(|v| cx.posts(v, "owner"))
            .unwrap_or_default();
        let note = cx
            .get(g, "note")
            .and_then(|v| cx.string(v, "note"))
            .map(|s| s.value);
        goals.push(GoalOwner {
            file: cx.file,
            id: Spanned::new(key.get_ref().to_string(), cx.at(key)),
            span: cx.at(value),
            owners,
            note,
        });
    }
    goals
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
            .required(p, "start", &cx.at(v), "`period`")
            .and_then(|d| cx.date(d, "start"));
        let end = cx
            .required(p, "end", &cx.at(v), "`period`")
            .and_then(|d| cx.date(d, "end"));
        if let (Some(start), Some(end)) = (start, end) {
            let period = Period {
                start: start.value,
                end: end.value,
            };
            header.period = Some(Spanned::new(period, cx.at(v)));
        }
    }
    header.lead = cx
        .required(t, "lead", &span, "[plan]")
        .and_then(|v| cx.name(v, "lead"));
    header.reviewed = cx.get(t, "reviewed").and_then(|v| cx.date(v, "reviewed"));
    header.owners = cx.get(t, "owners").map(|v| cx.names(v, "owners"));
    header.units = cx.get(t, "units").map(|v| cx.names(v, "units"));
    header
}

/// Decodes one `[[item]]`. Every field is read even after an earlier one fails, so
/// that one pass reports all of an item's problems; the item itself is kept only
/// when it has an id, since nothing else can name it.
fn item(t: &DeTable<'_>, span: Span, cx: &mut Ctx<'_>) -> Option<Item> {
    cx.check_keys(t, keys::ITEM, "[[item]]");
    let what = "[[item]]";
    let id = cx
        .required(t, "id", &span, what)
        .and_then(|v| cx.own_name(v, "id"));
    let title = title(t, &span, cx);
    let goals = goals(t, &span, cx);
    let owner = cx
        .required(t, "owner", &span, what)
        .and_then(|v| cx.shared(v, "owner"));
    let kind = cx
        .get(t, "kind")
        .and_then(|v| cx.keyword(v, "kind", Kind::ALL, Kind::as_str))
        .map_or(Kind::default(), |k| k.value);
    let status = cx
        .get(t, "status")
        .and_then(|v| cx.keyword(v, "status", Status::ALL, Status::as_str))
        .unwrap_or(Spanned::new(Status::default(), span.clone()));
    let date = |cx: &mut Ctx<'_>, key: &str| cx.get(t, key).and_then(|v| cx.date(v, key));
    let start = date(cx, "start");
    let due = date(cx, "due");
    let completed = date(cx, "completed");
    let last_done = date(cx, "last_done");
    let every = cadence(t, cx);
    kind_fits_cadence(t, &span, kind, cx);
    let groups = groups(t, cx);
    let unit = cx.get(t, "unit").and_then(|v| cx.shared(v, "unit"));
    let description = cx
        .get(t, "description")
        .and_then(|v| cx.text(v, "description", what));
    let log = log(t, cx);
    Some(Item {
        file: cx.file,
        at: At::new(span),
        id: id?,
        title: title.unwrap_or_default(),
        description,
        goals: goals.into(),
        owner,
        kind,
        status,
        start,
        due,
        completed,
        every: every.map(Box::new),
        last_done,
        groups: groups.into(),
        unit,
        log,
    })
}

/// The required `title`. A blank title (or a blank language of a two-language one)
/// is an error of its own: every report names the item by it, and a row without a
/// name tells the reader nothing.
fn title(t: &DeTable<'_>, span: &Span, cx: &mut Ctx<'_>) -> Option<Text> {
    let lang = cx.lang;
    let title = cx
        .required(t, "title", span, "[[item]]")
        .and_then(|v| cx.text(v, "title", "[[item]]"));
    if let (Some(v), Some(text)) = (t.get("title"), &title)
        && [text.plain(), text.sv(), text.en()]
            .into_iter()
            .flatten()
            .any(|s| s.trim().is_empty())
    {
        cx.push(
            Code::InvalidValue,
            cx.at(v),
            t!(lang, "decode-title-empty"),
            Some(t!(lang, "decode-title-empty-help")),
        );
    }
    title
}

/// The required `goals`. An empty list is an error of its own, since an item that
/// serves no goal of the strategy has no place in the plan.
fn goals(t: &DeTable<'_>, span: &Span, cx: &mut Ctx<'_>) -> Vec<Spanned<Name>> {
    let lang = cx.lang;
    let Some(v) = cx.required(t, "goals", span, "[[item]]") else {
        return Vec::new();
    };
    let goals = cx.shared_names(v, "goals");
    if v.get_ref().as_array().is_some_and(|a| a.is_empty()) {
        cx.push(
            Code::InvalidValue,
            cx.at(v),
            t!(lang, "decode-goals-empty"),
            Some(t!(lang, "decode-goals-empty-help")),
        );
    }
    goals
}

/// Where `every` becomes a cadence: a word that is not one is reported with the
/// list of those that are, so the fix is in the message.
fn cadence(t: &DeTable<'_>, cx: &mut Ctx<'_>) -> Option<Spanned<Cadence>> {
    let lang = cx.lang;
    let v = cx.get(t, "every")?;
    let text = cx.name(v, "every")?;
    match text.value.parse::<Cadence>() {
        Ok(c) => Some(Spanned::new(c, text.span())),
        Err(()) => {
            cx.push(
                Code::InvalidValue,
                text.span(),
                t!(lang, "decode-not-a-cadence", value = &text.value),
                Some(t!(
                    lang,
                    "decode-cadence-help",
                    list = t!(lang, "decode-cadences")
                )),
            );
            None
        }
    }
}

/// Ongoing work needs a cadence and a project must not have one. Judged only when
/// the kind and the cadence are known: read from an undamaged line, or absent from a
/// table without damage (a lost line may have held them), so a syntax error does not
/// bring a second, false complaint.
fn kind_fits_cadence(t: &DeTable<'_>, span: &Span, kind: Kind, cx: &mut Ctx<'_>) {
    let lang = cx.lang;
    let whole = !cx.damaged(span);
    let kind_known = match t.get("kind") {
        Some(_) => cx.get(t, "kind").is_some(),
        None => whole,
    };
    let cadence = match t.get("every") {
        Some(_) => cx.get(t, "every").map(Some),
        None => whole.then_some(None),
    };
    match (kind, cadence) {
        _ if !kind_known => {}
        (Kind::Ongoing, Some(None)) => cx.push(
            Code::OngoingWithoutCadence,
            span.clone(),
            t!(lang, "decode-ongoing-without-cadence"),
            Some(t!(
                lang,
                "decode-ongoing-without-cadence-help",
                list = t!(lang, "decode-cadences")
            )),
        ),
        (Kind::Project, Some(Some(v))) => cx.push(
            Code::InvalidValue,
            cx.at(v),
            t!(lang, "decode-project-with-cadence"),
            Some(t!(lang, "decode-project-with-cadence-help")),
        ),
        _ => {}
    }
}

/// The optional `groups`: each word is checked on its own, so one misspelt group
/// does not hide the others.
fn groups(t: &DeTable<'_>, cx: &mut Ctx<'_>) -> Vec<Group> {
    let lang = cx.lang;
    cx.get(t, "groups")
        .map(|v| match v.get_ref() {
            DeValue::Array(a) => a
                .iter()
                .filter_map(|g| cx.keyword(g, "groups", Group::ALL, Group::as_str))
                .map(|g| g.value)
                .collect(),
            _ => {
                let expected = t!(lang, "decode-expected-groups");
                cx.wrong_type(v, "groups", &expected);
                Vec::new()
            }
        })
        .unwrap_or_default()
}

/// The optional `[[item.log]]` entries; an entry without its date or note is left
/// out (after its problems are reported), the others kept.
fn log(t: &DeTable<'_>, cx: &mut Ctx<'_>) -> Box<[LogEntry]> {
    cx.get(t, "log")
        .map(|v| {
            cx.tables(v, "log")
                .into_iter()
                .filter_map(|(l, lspan)| log_entry(l, lspan, cx))
                .collect::<Vec<_>>()
                .into()
        })
        .unwrap_or_default()
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
    let by = cx
        .get(t, "by")
        .and_then(|v| cx.shared(v, "by"))
        .map(|s| s.value);
    Some(LogEntry {
        date: date?.value,
        by,
        note: note?.value.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::source::FileId;

    fn messages(text: &str, lang: Lang) -> Vec<String> {
        let (root, errors) = DeTable::parse_recoverable(text);
        assert!(errors.is_empty());
        let mut diagnostics = Vec::new();
        let mut cx = Ctx {
            file: FileId(0),
            lang,
            diagnostics: &mut diagnostics,
            damage: &crate::decode::Damage::default(),
            offset: 0,
        };
        plan(root.get_ref(), root.span(), false, &mut cx);
        diagnostics.into_iter().map(|d| d.message).collect()
    }

    fn goal_posts(text: &str) -> (Vec<String>, Vec<String>) {
        let (root, errors) = DeTable::parse_recoverable(text);
        assert!(errors.is_empty());
        let mut diagnostics = Vec::new();
        let mut cx = Ctx {
            file: FileId(0),
            lang: Lang::En,
            diagnostics: &mut diagnostics,
            damage: &crate::decode::Damage::default(),
            offset: 0,
        };
        let parts = plan(root.get_ref(), root.span(), false, &mut cx);
        let posts = parts.goals[0]
            .posts()
            .iter()
            .map(|p| p.to_string())
            .collect();
        (posts, diagnostics.into_iter().map(|d| d.message).collect())
    }

    #[test]
    fn a_goal_owner_is_one_post_or_a_list() {
        let head = "[plan]\nperiod = { start = 2026-07-01, end = 2027-06-30 }\nlead = \"A\"\n";
        let (posts, problems) = goal_posts(&format!("{head}[goals.4b]\nowner = \"A\"\n"));
        assert_eq!((posts, problems), (vec!["A".to_owned()], vec![]));
        let (posts, problems) = goal_posts(&format!("{head}[goals.4b]\nowner = [\"A\", \"B\"]\n"));
        assert_eq!(
            (posts, problems),
            (vec!["A".to_owned(), "B".to_owned()], vec![])
        );
        let (posts, problems) = goal_posts(&format!("{head}[goals.4b]\nowner = []\n"));
        assert!(posts.is_empty());
        assert_eq!(problems, ["`owner` is an empty list"]);
        let (_, problems) = goal_posts(&format!("{head}[goals.4b]\nowner = 3\n"));
        assert_eq!(
            problems,
            ["`owner` must be a post or a list of posts, not an integer"]
        );
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
                "`owners` ska vara en lista med strängar, inte en sträng"
            ]
        );
    }
}
