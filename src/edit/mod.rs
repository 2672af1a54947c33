//! The `item` commands: `show` reads; `add`, `set`, `done` and `note` edit the plan in
//! place. An edit takes its own path through the flow: lock the year folder, load it
//! fresh, find the file that holds the item, change it as a `DocumentMut`
//! ([`change`]), load and check the year again with the new text, and write it
//! atomically only if the change added no error ([`write`]).

pub mod args;
pub mod change;
pub mod write;

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item as TomlItem, Value};

use self::args::{AddArgs, DoneArgs, ItemCommand, NoteArgs, SetArgs, ShowArgs};
use crate::check::{self, Context};
use crate::diagnostic;
use crate::i18n::{Lang, count};
use crate::load::{self, Workspace};
use crate::model::{Group, Kind, Status, Year};
use crate::output::Output;
use crate::render;
use crate::report::item;
use crate::run::Exit;
use crate::suggest::nearest;
use crate::tr;

/// What every `item` command needs from the global options.
#[derive(Clone, Copy, Debug)]
pub struct Env<'a> {
    /// The plan folder.
    pub plan: &'a Path,
    /// `--year`, if given.
    pub year: Option<&'a str>,
    /// `--as-of`, resolved.
    pub as_of: NaiveDate,
    /// The output language.
    pub lang: Lang,
}

/// Runs one `item` command.
pub fn run(cmd: &ItemCommand, env: Env<'_>, out: &mut Output) -> Result<Exit> {
    match cmd {
        ItemCommand::Show(args) => show(args, env, out),
        ItemCommand::Add(args) => add(args, env, out),
        ItemCommand::Set(args) => set(args, env, out),
        ItemCommand::Done(args) => done(args, env, out),
        ItemCommand::Note(args) => note(args, env, out),
    }
}

fn show(args: &ShowArgs, env: Env<'_>, out: &mut Output) -> Result<Exit> {
    let ws = load::load(env.plan, env.lang)?;
    let index = ws.select_year(env.year, env.as_of, env.lang)?;
    let year = &ws.years[index];
    let found = find(year, &args.id, env.lang)?;
    let path = ws.sources.path(found.file).display().to_string();
    let report = item::compute(&ws.strategy, year, found, path, env.as_of);
    let color = out.stdout_color();
    render::emit(&mut out.stdout, &report, args.format, env.lang, color)?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

/// The item with `id`, or an error (exit 2) naming the nearest id.
fn find<'a>(year: &'a Year, id: &str, lang: Lang) -> Result<&'a crate::model::Item> {
    if let Some(found) = year.item(id) {
        return Ok(found);
    }
    let ids = year.items.iter().map(|i| i.id.value.as_str());
    let hint = match nearest(id, ids) {
        Some(n) => tr!(lang, "; did you mean {n}?", "; menade du {n}?"),
        None => String::new(),
    };
    bail!(tr!(
        lang,
        "no item `{id}` in the {} plan{hint}",
        "ingen aktivitet `{id}` i planen för {}{hint}",
        year.label()
    ))
}

/// Where an edit goes: the file holding an item, or a file named for `item add`.
enum Target<'a> {
    Item(&'a str),
    File(Option<&'a Path>),
}

/// What an edit needs to know about the loaded year to make its change.
struct Found<'a> {
    year: &'a Year,
    item: Option<&'a crate::model::Item>,
}

/// Locks the year, loads it, applies `change` to the target file, checks the result
/// with the same code as `check` and writes it if no error was added. `change`
/// returns the line to print on success.
fn edit(
    env: Env<'_>,
    out: &mut Output,
    target: Target<'_>,
    change: impl FnOnce(&mut DocumentMut, &Found<'_>) -> Result<String>,
) -> Result<Exit> {
    let lang = env.lang;
    let lock = write::lock(env.plan)?;
    let ws = load::load(env.plan, lang)?;
    let index = ws.select_year(env.year, env.as_of, lang)?;
    let name = ws.years[index].name.clone();
    write::sweep(&lock, &ws.years[index].dir);
    let cx = Context {
        as_of: env.as_of,
        current_year: Some(name.as_str()),
        lang,
    };
    let before = check::check_one(&ws, index, cx);
    if !ws.strategy_complete || !ws.years_complete[index] {
        return unreadable(&ws, &before, out, lang);
    }
    let year = &ws.years[index];
    let (path, item) = match target {
        Target::Item(id) => {
            let found = find(year, id, lang)?;
            (ws.sources.path(found.file).to_owned(), Some(found))
        }
        Target::File(file) => (resolve_file(year, file, lang)?, None),
    };

    let original = match fs::read(&path) {
        Ok(bytes) => String::from_utf8(bytes)
            .with_context(|| format!("{} is not UTF-8 text", path.display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && item.is_none() => String::new(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let (bom, body) = match original.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", original.as_str()),
    };
    let mut doc: DocumentMut = body
        .parse()
        .with_context(|| format!("cannot parse {}", path.display()))?;
    let done = change(&mut doc, &Found { year, item })?;
    let mut text = doc.to_string();
    if body.contains("\r\n") {
        text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    // The plan as it was is no longer needed; let it go before the edited one loads.
    drop(ws);

    let overlay = [(path.clone(), text.clone())];
    let after_ws = load::load_with(env.plan, lang, &overlay)?;
    let after_index = after_ws.select_year(Some(&name), env.as_of, lang)?;
    let after = check::check_one(&after_ws, after_index, cx);
    let added = write::added_errors(&before, after);
    if !added.is_empty() {
        diagnostic::write_human(&mut out.stderr, &added, &after_ws.sources)?;
        writeln!(
            out.stderr,
            "{}",
            tr!(
                lang,
                "error: the edit was refused because it would add {}; {} was not changed",
                "fel: ändringen avvisades eftersom den skulle ge {}; {} ändrades inte",
                count(lang, added.len(), ["error", "errors"], ["fel", "fel"]),
                path.display()
            )
        )?;
        return Ok(Exit::Failure);
    }
    write::atomic_write(&path, &format!("{bom}{text}"))?;
    writeln!(out.stdout, "{done}")?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

/// A year that does not load in full cannot be checked after an edit, so it is not
/// edited: its errors are shown instead.
fn unreadable(
    ws: &Workspace,
    diagnostics: &[diagnostic::Diagnostic],
    out: &mut Output,
    lang: Lang,
) -> Result<Exit> {
    diagnostic::write_errors_and_stop(
        &mut out.stderr,
        diagnostics,
        &ws.sources,
        &tr!(
            lang,
            "error: the plan cannot be read in full, so it cannot be edited safely; fix the errors above first",
            "fel: planen kan inte läsas helt och kan därför inte ändras säkert; rätta felen ovan först"
        ),
    )?;
    Ok(Exit::Failure)
}

/// The file `item add --file` names: a bare name is a file of the year folder; a
/// path must lead into the year folder. Anything else is refused (exit 2), so an
/// edit never writes outside the plan.
fn resolve_file(year: &Year, file: Option<&Path>, lang: Lang) -> Result<PathBuf> {
    let Some(file) = file else {
        return Ok(year.dir.join("plan.toml"));
    };
    let refuse = || {
        anyhow::anyhow!(tr!(
            lang,
            "--file {} is not a .toml file in the year folder {}",
            "--file {} är ingen .toml-fil i årsmappen {}",
            file.display(),
            year.dir.display()
        ))
    };
    let name = file.file_name().ok_or_else(refuse)?;
    if Path::new(name).extension().is_none_or(|e| e != "toml") {
        return Err(refuse());
    }
    if file.components().count() > 1 {
        let parent = file.parent().unwrap_or(Path::new("."));
        let same = match (fs::canonicalize(parent), fs::canonicalize(&year.dir)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if !same {
            return Err(refuse());
        }
    }
    Ok(year.dir.join(name))
}

/// The next free id under a goal in the plan's style: "2b-5" when 2b-4 is the
/// highest "2b-N" among `ids`, "2b-1" when there is none.
pub fn next_id<'a>(ids: impl IntoIterator<Item = &'a str>, goal: &str) -> String {
    let prefix = format!("{goal}-");
    let highest = ids
        .into_iter()
        .filter_map(|id| id.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{goal}-{}", highest + 1)
}

fn add(args: &AddArgs, env: Env<'_>, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    edit(
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

fn set(args: &SetArgs, env: Env<'_>, out: &mut Output) -> Result<Exit> {
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
    edit(env, out, Target::Item(&args.id), |doc, found| {
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

fn done(args: &DoneArgs, env: Env<'_>, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    let day = args.on.unwrap_or(env.as_of);
    edit(env, out, Target::Item(&args.id), |doc, found| {
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

fn note(args: &NoteArgs, env: Env<'_>, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    edit(env, out, Target::Item(&args.id), |doc, found| {
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

/// The item's table in the document the loader found it in.
fn item_table<'d>(
    doc: &'d mut DocumentMut,
    id: &str,
    found: &Found<'_>,
    lang: Lang,
) -> Result<&'d mut toml_edit::Table> {
    let year = found.year.label();
    change::find_item(doc, id).ok_or_else(|| {
        anyhow::anyhow!(tr!(
            lang,
            "item {id} of {year} is not written as an [[item]] table, so it cannot be edited in place",
            "aktivitet {id} i {year} är inte skriven som en [[item]]-tabell och kan inte ändras på plats"
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
