//! The `item` commands: `show` reads one item; `add`, `set`, `done` and `note` each
//! describe their change to the item's table and hand it to the one edit
//! transaction ([`transaction`](crate::edit::transaction)), which checks and writes.

use std::io::Write as _;

use anyhow::{Result, bail};
use toml_edit::{Item as TomlItem, Value};

use crate::cli::{AddArgs, DoneArgs, ItemCommand, NoteArgs, SetArgs, ShowArgs};
use crate::edit::change;
use crate::edit::next_id;
use crate::edit::transaction::{self, Target, find, item_table};
use crate::exit::Exit;
use crate::i18n::Lang;
use crate::load;
use crate::model::{Group, Kind, Status};
use crate::output::Output;
use crate::render;
use crate::report::item;
use crate::settings::Settings;
use crate::tr;

/// Runs one `item` command.
pub(super) fn run(cmd: &ItemCommand, env: &Settings, out: &mut Output) -> Result<Exit> {
    match cmd {
        ItemCommand::Show(args) => show(args, env, out),
        ItemCommand::Add(args) => add(args, env, out),
        ItemCommand::Set(args) => set(args, env, out),
        ItemCommand::Done(args) => done(args, env, out),
        ItemCommand::Note(args) => note(args, env, out),
    }
}

fn show(args: &ShowArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let ws = load::load(&env.plan, env.lang)?;
    let index = ws.select_year(env.year.as_deref(), env.as_of, env.lang)?;
    let year = &ws.years[index];
    let found = find(year, &args.id, env.lang)?;
    let path = ws.sources.path(found.file).display().to_string();
    let report = item::compute(&ws.strategy, year, found, path, env.as_of);
    render::emit(&mut out.stdout, &report, args.format, env.lang)?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

fn add(args: &AddArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    transaction::run(
        env,
        out,
        Target::File(args.file.as_deref()),
        |doc, found| {
            let first = args.goals.first().map_or("", String::as_str);
            let id = args.id.clone().unwrap_or_else(|| {
                next_id(found.year.items.iter().map(|i| i.id.value.as_str()), first)
            });
            let mut t = change::new_table();
            let title = &args.title;
            let title = change::title(
                title.title.as_deref(),
                title.title_sv.as_deref(),
                title.title_en.as_deref(),
            );
            let kind = Kind::from(args.kind);
            let groups: Vec<&str> = args
                .groups
                .iter()
                .map(|&g| Group::from(g).as_str())
                .collect();
            let values = [
                ("id", Some(Value::from(id.as_str()))),
                ("title", Some(title)),
                ("goals", Some(change::strings(&args.goals))),
                ("owner", Some(Value::from(args.owner.as_str()))),
                ("kind", Some(Value::from(kind.as_str()))),
                ("status", Some(Value::from(Status::Planned.as_str()))),
                ("start", args.start.map(change::date)),
                ("due", args.due.map(change::date)),
                ("every", args.every.as_deref().map(Value::from)),
                (
                    "groups",
                    (!groups.is_empty()).then(|| change::strings(&groups)),
                ),
                ("unit", args.unit.as_deref().map(Value::from)),
            ];
            for (key, value) in values {
                if let Some(value) = value {
                    t.insert(key, TomlItem::Value(value));
                }
            }
            if doc.to_string().trim().is_empty() {
                t.decor_mut().set_prefix(tr!(
                lang,
                "# Unit file of the {} action plan: [[item]] tables only, with the keys\n# described in plan.toml.\n\n",
                "# Enhetsfil för handlingsplanen {}: bara [[item]]-tabeller, med nycklarna\n# som beskrivs i plan.toml.\n\n",
                found.year.label()
            ));
            }
            change::push_item(doc, t);
            Ok(id)
        },
    )
}

fn set(args: &SetArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    let nothing = args.status.is_none()
        && args.due.is_none()
        && args.start.is_none()
        && args.owner.is_none()
        && !args.title.is_set()
        && args.goals.is_empty()
        && args.every.is_none();
    if nothing {
        bail!(tr!(
            lang,
            "nothing to set: give at least one of --status, --due, --start, --owner, --title, --goal, --every",
            "inget att ändra: ange minst en av --status, --due, --start, --owner, --title, --goal, --every"
        ));
    }
    transaction::run(env, out, Target::Item(&args.id), |doc, found| {
        let t = item_table(doc, &args.id, found, lang)?;
        let mut changed = Vec::new();
        if let Some(status) = args.status {
            let status = Status::from(status);
            change::set(t, "status", Value::from(status.as_str()));
            changed.push("status");
            if status == Status::Done && !t.contains_key("completed") {
                change::set(t, "completed", change::date(env.as_of));
                changed.push("completed");
            }
        }
        for (key, day) in [("start", args.start), ("due", args.due)] {
            if let Some(day) = day {
                change::set(t, key, change::date(day));
                changed.push(key);
            }
        }
        if let Some(owner) = &args.owner {
            change::set(t, "owner", Value::from(owner.as_str()));
            changed.push("owner");
        }
        if args.title.is_set() {
            let title = &args.title;
            change::set_title(
                t,
                title.title.as_deref(),
                title.title_sv.as_deref(),
                title.title_en.as_deref(),
            );
            changed.push("title");
        }
        if !args.goals.is_empty() {
            change::set(t, "goals", change::strings(&args.goals));
            changed.push("goals");
        }
        if let Some(every) = &args.every {
            change::set(t, "every", Value::from(every.as_str()));
            changed.push("every");
        }
        Ok(updated(&args.id, &changed, lang))
    })
}

fn done(args: &DoneArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    let day = args.on.unwrap_or(env.as_of);
    transaction::run(env, out, Target::Item(&args.id), |doc, found| {
        let ongoing = found.item.is_some_and(|i| i.kind == Kind::Ongoing);
        let t = item_table(doc, &args.id, found, lang)?;
        if ongoing {
            change::set(t, "last_done", change::date(day));
            Ok(updated(&args.id, &["last_done"], lang))
        } else {
            change::set(t, "status", Value::from(Status::Done.as_str()));
            change::set(t, "completed", change::date(day));
            Ok(updated(&args.id, &["status", "completed"], lang))
        }
    })
}

fn note(args: &NoteArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    transaction::run(env, out, Target::Item(&args.id), |doc, found| {
        let owner = found
            .item
            .and_then(|i| i.owner.as_ref())
            .map(|o| o.value.clone());
        let by = args.by.clone().or(owner);
        let t = item_table(doc, &args.id, found, lang)?;
        change::append_log(t, env.as_of, by.as_deref(), &args.text);
        Ok(tr!(
            lang,
            "{}: note added ({})",
            "{}: anteckning tillagd ({})",
            args.id,
            env.as_of
        ))
    })
}

/// "2b-2: updated status, completed".
fn updated(id: &str, keys: &[&str], lang: Lang) -> String {
    tr!(
        lang,
        "{id}: updated {}",
        "{id}: ändrade {}",
        keys.join(", ")
    )
}
