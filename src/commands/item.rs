//! The `item` commands: `show` reads one item; `add`, `set`, `done` and `note` work
//! out their change to each item (as [`Op`]s on the file that holds it) and hand it
//! to the one edit transaction ([`transaction`](crate::edit::transaction)), which
//! checks and writes. Every edit says what it did, item by item, naming the year
//! and the file: `4b-5 (2026/27, d-sektionen.toml): due 2026-12-11 -> 2027-10-15`.

use std::ffi::OsStr;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::check;
use crate::cli::{
    AddArgs, DoneArgs, ItemCommand, NoteArgs, NoteOption, SetArgs, ShowArgs, TitleArgs,
};
use crate::diagnostic::{Code, Diagnostic};
use crate::edit::change::{self, FileEdit, NewLog, Op, TitleChange};
use crate::edit::next_id;
use crate::edit::text::{self, Val};
use crate::edit::transaction::{self, Before, Commit, NewText, Outcome, Transaction, YearScope};
use crate::exit::Exit;
use crate::i18n::Lang;
use crate::load;
use crate::model::{Group, Item, Kind, Status, Year};
use crate::output::{Output, is_hidden, shown};
use crate::render;
use crate::report::item;
use crate::schedule::Cadence;
use crate::settings::Settings;
use crate::{t, vocab};

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
    let ws = load::load_years(&env.plan, env.lang, Transaction::items_years(env))?;
    let index = ws.select_year(env.year.as_deref(), env.as_of, env.lang)?;
    let year = &ws.years[index];
    let found = transaction::find(&ws, index, &args.id, env.lang)?;
    let path = ws.sources.path(found.file).display().to_string();
    let report = item::compute(&ws.strategy, year, found, path, env.as_of);
    render::emit(
        &mut out.stdout,
        &report,
        args.format,
        env.lang,
        super::csv_reader(env),
    )?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

/// The changes of one command, gathered by file, and the lines that will say
/// what was done.
#[derive(Default)]
struct Plan {
    files: Vec<(PathBuf, FileEdit)>,
    stdout: Vec<String>,
    stderr: Vec<String>,
}

impl Plan {
    /// The edit of the file at `path`, started if need be.
    fn file(&mut self, path: &Path) -> &mut FileEdit {
        let at = match self.files.iter().position(|(p, _)| p == path) {
            Some(at) => at,
            None => {
                self.files.push((path.to_owned(), FileEdit::default()));
                self.files.len() - 1
            }
        };
        &mut self.files[at].1
    }

    /// Records `ops` on an item and the confirmation line that lists `said`.
    fn change(&mut self, ws: &load::Workspace, year: &Year, item: &Item, said: Said) {
        let path = ws.sources.path(item.file).to_owned();
        let line = confirm(
            said.lang,
            &item.id.value,
            year,
            &path,
            &said.lines.join(", "),
        );
        self.stdout.push(line);
        let loaded = &ws.sources.get(item.file).text;
        let edit = self.file(&path);
        if !said.ops.is_empty() {
            edit.changes.push((item.id.value.to_string(), said.ops));
            let (_, near) = edit
                .loaded
                .get_or_insert_with(|| (loaded.clone(), Vec::new()));
            near.push(item.span().start);
        }
    }
}

/// "4b-5 (2026/27, d-sektionen.toml): ...".
fn confirm(lang: Lang, id: &str, year: &Year, path: &Path, changes: &str) -> String {
    let file = path.file_name().unwrap_or_default().to_string_lossy();
    t!(
        lang,
        "edit-confirm",
        id = id,
        year = year.label(),
        file = file.as_ref(),
        changes = changes
    )
}

/// The changes to one item and what they are called, in the run's language.
struct Said {
    lang: Lang,
    ops: Vec<Op>,
    lines: Vec<String>,
}

impl Said {
    fn new(lang: Lang) -> Said {
        Said {
            lang,
            ops: Vec::new(),
            lines: Vec::new(),
        }
    }

    /// `field old -> new`, or `field value (unchanged)`.
    fn describe(&mut self, key: &str, old: Option<String>, new: Option<String>) {
        let lang = self.lang;
        let field = field(lang, key);
        let none = || t!(lang, "edit-none");
        self.lines.push(if old == new {
            t!(
                lang,
                "edit-unchanged",
                field = field,
                value = new.unwrap_or_else(none)
            )
        } else {
            t!(
                lang,
                "edit-change",
                field = field,
                old = old.unwrap_or_else(none),
                new = new.unwrap_or_else(none)
            )
        });
    }

    fn date(&mut self, key: &'static str, old: Option<NaiveDate>, new: NaiveDate) {
        self.ops.push(Op::Set(key, Val::Date(new)));
        self.describe(key, old.map(|d| d.to_string()), Some(new.to_string()));
    }

    fn remove(&mut self, key: &'static str, old: Option<NaiveDate>) {
        if let Some(old) = old {
            self.ops.push(Op::Remove(key));
            self.describe(key, Some(old.to_string()), None);
        }
    }

    fn note(&mut self, date: NaiveDate, by: Option<String>, note: &str) {
        self.ops.push(Op::Log(NewLog {
            date,
            by,
            note: note.to_owned(),
        }));
        self.lines
            .push(t!(self.lang, "edit-note-added", date = date));
    }
}

/// A key's name in confirmations, in the run's language.
fn field(lang: Lang, key: &str) -> String {
    match key {
        "status" => t!(lang, "edit-field-status"),
        "start" => t!(lang, "edit-field-start"),
        "due" => t!(lang, "edit-field-due"),
        "completed" => t!(lang, "edit-field-completed"),
        "owner" => t!(lang, "edit-field-owner"),
        "title.sv" => t!(lang, "edit-field-title-sv"),
        "title.en" => t!(lang, "edit-field-title-en"),
        "goals" => t!(lang, "edit-field-goals"),
        "every" => t!(lang, "edit-field-every"),
        "last_done" => t!(lang, "edit-field-last-done"),
        _ => t!(lang, "edit-field-title"),
    }
}

/// A title in quotes, the way the run's language writes them.
fn quoted(lang: Lang, text: &str) -> String {
    t!(lang, "edit-quoted", text = text)
}

/// A cadence as words ("every 2 weeks"), or as written when it does not parse
/// (the check then refuses it).
fn cadence(lang: Lang, every: &str) -> String {
    every
        .parse::<Cadence>()
        .map_or_else(|_| every.to_owned(), |c| vocab::cadence(&c, lang))
}

/// Each id once, in the order given.
fn unique(ids: &[String]) -> Vec<String> {
    let mut seen = Vec::new();
    for id in ids {
        if !seen.contains(id) {
            seen.push(id.clone());
        }
    }
    seen
}

/// Runs an edit of existing items: opens the transaction, finds the year and each
/// item, lets `each` describe the change to it, and commits.
fn edit_items(
    env: &Settings,
    out: &mut Output,
    ids: &[String],
    by: Option<&str>,
    each: impl Fn(&Item, &mut Said),
) -> Result<Exit> {
    let tx = Transaction::begin(env, Transaction::items_years(env))?;
    let Some(scope) = tx.items_year(ids, out)? else {
        return Ok(Exit::Failure);
    };
    let ws = &tx.ws;
    let year = &ws.years[scope.index];
    if let Some(refusal) = by.and_then(|by| roster_refusal(year, by, env.lang)) {
        return refuse_by(out, ws, &refusal, year, env.lang);
    }
    let mut plan = Plan::default();
    for id in ids {
        let item = transaction::find_to_edit(ws, scope.index, id, env.lang)?;
        let mut said = Said::new(env.lang);
        each(item, &mut said);
        plan.change(ws, year, item, said);
    }
    commit(tx, out, scope, plan, env.lang)
}

/// Hands the edit to the transaction, which reads each file and makes its edit
/// once the plan as loaded is let go.
fn commit(
    tx: Transaction,
    out: &mut Output,
    scope: YearScope,
    mut plan: Plan,
    lang: Lang,
) -> Result<Exit> {
    let year = tx.ws.years[scope.index].name.clone();
    plan.stderr.extend(scope.notes);
    let edits = std::mem::take(&mut plan.files);
    let commit = Commit {
        year,
        before: Before::Year(scope.index),
        files: Vec::new(),
        folder: None,
        label: t!(lang, "edit-after-label"),
        stdout: plan.stdout,
        stderr: plan.stderr,
        show_warnings: true,
    };
    Ok(match tx.commit(out, commit, || texts(&edits, lang))? {
        Outcome::Written { .. } => Exit::Ok,
        Outcome::Refused => Exit::Failure,
    })
}

/// Each file's text with its edit made (a BOM kept where there was one).
fn texts(edits: &[(PathBuf, FileEdit)], lang: Lang) -> Result<Vec<NewText>> {
    let mut files = Vec::new();
    for (path, edit) in edits {
        if edit.changes.is_empty() && edit.added.is_empty() {
            continue;
        }
        let (original, bom, body) = transaction::read(path, lang)?;
        let shown = path.display().to_string();
        let text = change::apply(&body, edit, &shown, lang)?;
        files.push(NewText {
            path: path.clone(),
            original,
            text: format!("{bom}{text}"),
        });
    }
    Ok(files)
}

/// A post given with `--by` that the roster lacks: refused like an unknown
/// `--owner`, pointing at the roster.
fn roster_refusal(year: &Year, by: &str, lang: Lang) -> Option<Diagnostic> {
    let (message, help) = check::not_in_roster(year, by, lang)?;
    let span = year.header.owners.as_ref()?.first()?.span();
    Some(
        Diagnostic::new(Code::UnknownOwner, year.plan_file?, span, message)
            .with_label(t!(lang, "edit-roster-label"))
            .with_help(help),
    )
}

fn refuse_by(
    out: &mut Output,
    ws: &load::Workspace,
    refusal: &Diagnostic,
    year: &Year,
    lang: Lang,
) -> Result<Exit> {
    crate::diagnostic::write_human(
        &mut out.stderr,
        std::slice::from_ref(refusal),
        &ws.sources,
        lang,
    )?;
    let files = year
        .plan_file
        .map(|f| ws.sources.path(f).display().to_string())
        .unwrap_or_default();
    writeln!(
        out.stderr,
        "{}",
        t!(lang, "edit-refused", errors = 1, files = files)
    )?;
    Ok(Exit::Failure)
}

fn set(args: &SetArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let nothing = args.status.is_none()
        && args.due.is_none()
        && args.start.is_none()
        && args.owner.is_none()
        && !args.title.is_set()
        && args.goals.is_empty()
        && args.every.is_none()
        && args.note.note.is_none();
    if nothing {
        bail!(t!(env.lang, "edit-nothing-to-set"));
    }
    let ids = unique(&args.ids);
    edit_items(env, out, &ids, args.note.by.as_deref(), |item, said| {
        set_one(args, env, item, said);
    })
}

/// The changes of `item set` to one item, in the format's order.
fn set_one(args: &SetArgs, env: &Settings, item: &Item, said: &mut Said) {
    let lang = env.lang;
    title(&args.title, item, said);
    if !args.goals.is_empty() {
        said.ops
            .push(Op::Set("goals", Val::List(args.goals.clone())));
        let old: Vec<&str> = item.goals.iter().map(|g| g.value.as_str()).collect();
        said.describe("goals", Some(old.join(", ")), Some(args.goals.join(", ")));
    }
    if let Some(owner) = &args.owner {
        said.ops.push(Op::Set("owner", Val::Str(owner.clone())));
        said.describe(
            "owner",
            item.owner().map(str::to_owned),
            Some(owner.clone()),
        );
    }
    if let Some(status) = args.status.map(Status::from) {
        said.ops
            .push(Op::Set("status", Val::Str(status.as_str().into())));
        let old = vocab::status(item.status.value, lang);
        said.describe("status", Some(old), Some(vocab::status(status, lang)));
    }
    if let Some(start) = args.start {
        said.date("start", item.start.as_ref().map(|d| d.value), start);
    }
    if let Some(due) = args.due {
        said.date("due", item.due.as_ref().map(|d| d.value), due);
    }
    completed(args.status.map(Status::from), env.as_of, item, said);
    if let Some(every) = &args.every {
        said.ops.push(Op::Set("every", Val::Str(every.clone())));
        let old = item.every.as_ref().map(|c| vocab::cadence(c, lang));
        said.describe("every", old, Some(cadence(lang, every)));
    }
    let owner = args.owner.as_deref().or(item.owner());
    log(&args.note, owner, env, said);
}

/// Keeps `completed` in step with a new status: set when an item becomes done
/// without one, removed when it is reopened or dropped.
fn completed(status: Option<Status>, as_of: NaiveDate, item: &Item, said: &mut Said) {
    let old = item.completed.as_ref().map(|d| d.value);
    match status {
        Some(Status::Done) if old.is_none() => said.date("completed", None, as_of),
        Some(Status::Done) | None => {}
        Some(_) => said.remove("completed", old),
    }
}

/// The title options as a change, and each language's old and new text.
fn title(args: &TitleArgs, item: &Item, said: &mut Said) {
    if !args.is_set() {
        return;
    }
    let lang = said.lang;
    said.ops.push(Op::Title(TitleChange {
        plain: args.title.clone(),
        sv: args.title_sv.clone(),
        en: args.title_en.clone(),
    }));
    let old = |text: Option<&str>| text.or(item.title.plain()).map(|t| quoted(lang, t));
    if let Some(plain) = &args.title {
        let now = Some(quoted(lang, item.title.get(lang)));
        said.describe("title", now, Some(quoted(lang, plain)));
    }
    if let Some(sv) = &args.title_sv {
        said.describe("title.sv", old(item.title.sv()), Some(quoted(lang, sv)));
    }
    if let Some(en) = &args.title_en {
        said.describe("title.en", old(item.title.en()), Some(quoted(lang, en)));
    }
}

/// The `--note` of `set` and `done`: logged on the item, dated --as-of, by `--by`
/// or else the item's owner (the new one, when the edit changes it).
fn log(note: &NoteOption, owner: Option<&str>, env: &Settings, said: &mut Said) {
    if let Some(text) = &note.note {
        let by = note.by.clone().or_else(|| owner.map(str::to_owned));
        said.note(env.as_of, by, text);
    }
}

fn done(args: &DoneArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let ids = unique(&args.ids);
    edit_items(env, out, &ids, args.note.by.as_deref(), |item, said| {
        done_one(args, env, item, said);
    })
}

/// `item done` on one item: ongoing work gets a new `last_done`; a project becomes
/// done on the day; a project already done keeps its date unless `--on` is given.
fn done_one(args: &DoneArgs, env: &Settings, item: &Item, said: &mut Said) {
    let day = args.on.unwrap_or(env.as_of);
    let completed = item.completed.as_ref().map(|d| d.value);
    if item.kind == Kind::Ongoing {
        said.date("last_done", item.last_done.as_ref().map(|d| d.value), day);
    } else if item.status.value != Status::Done {
        said.ops
            .push(Op::Set("status", Val::Str(Status::Done.as_str().into())));
        let old = vocab::status(item.status.value, said.lang);
        said.describe(
            "status",
            Some(old),
            Some(vocab::status(Status::Done, said.lang)),
        );
        said.date("completed", completed, day);
    } else if let (Some(old), None) = (completed, args.on) {
        said.lines
            .push(t!(said.lang, "edit-already-done", date = old));
    } else {
        said.date("completed", completed, day);
    }
    log(&args.note, item.owner(), env, said);
}

fn note(args: &NoteArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let ids = [args.id.clone()];
    edit_items(env, out, &ids, args.by.as_deref(), |item, said| {
        let by = args.by.clone().or_else(|| item.owner().map(str::to_owned));
        said.note(env.as_of, by, &args.text);
    })
}

fn add(args: &AddArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    let tx = Transaction::begin(env, Transaction::items_years(env))?;
    let Some(scope) = tx.items_year(&[], out)? else {
        return Ok(Exit::Failure);
    };
    let year = &tx.ws.years[scope.index];
    let path = resolve_file(year, args.file.as_deref(), lang)?;
    let first = args.goals.first().map_or("", String::as_str);
    let id = args
        .id
        .clone()
        .unwrap_or_else(|| next_id(year.items.iter().map(|i| i.id.value.as_str()), first));
    let preface = text::comment(&t!(lang, "edit-unit-preface", year = year.label()));
    let mut plan = Plan::default();
    let edit = plan.file(&path);
    edit.added.push(new_item(args, &id, year, env.as_of));
    edit.preface = Some(format!("{preface}\n"));
    // The title in the run's language, as every report shows it.
    let title = crate::model::Text::new(
        args.title.title_sv.as_deref(),
        args.title.title_en.as_deref(),
        args.title.title.as_deref(),
    );
    let added = t!(lang, "edit-added", title = title.get(lang));
    plan.stderr.push(confirm(lang, &id, year, &path, &added));
    plan.stdout.push(id);
    commit(tx, out, scope, plan, env.lang)
}

/// The keys of a new item, in the format's order. Without `--start` it starts on
/// --as-of (or the period's first day, if later; never after its due date), so
/// the plan records when it came in.
fn new_item(args: &AddArgs, id: &str, year: &Year, as_of: NaiveDate) -> Vec<(String, Val)> {
    let t = &args.title;
    let title = match (&t.title, &t.title_sv, &t.title_en) {
        (Some(plain), _, _) => Val::Str(plain.clone()),
        (None, sv, en) => Val::Table(
            [("sv", sv), ("en", en)]
                .into_iter()
                .filter_map(|(l, v)| Some((l.to_owned(), Val::Str(v.clone()?))))
                .collect(),
        ),
    };
    let period_start = year.header.period.as_ref().map(|p| p.value.start);
    let mut start = as_of.max(period_start.unwrap_or(as_of));
    if let Some(due) = args.due {
        start = start.min(due);
    }
    let groups: Vec<String> = args
        .groups
        .iter()
        .map(|&g| Group::from(g).as_str().to_owned())
        .collect();
    let values = [
        ("id", Some(Val::Str(id.to_owned()))),
        ("title", Some(title)),
        ("goals", Some(Val::List(args.goals.clone()))),
        ("owner", Some(Val::Str(args.owner.clone()))),
        (
            "kind",
            Some(Val::Str(Kind::from(args.kind).as_str().into())),
        ),
        ("status", Some(Val::Str(Status::Planned.as_str().into()))),
        ("start", Some(Val::Date(args.start.unwrap_or(start)))),
        ("due", args.due.map(Val::Date)),
        ("every", args.every.clone().map(Val::Str)),
        ("groups", (!groups.is_empty()).then_some(Val::List(groups))),
        ("unit", args.unit.clone().map(Val::Str)),
    ];
    values
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_owned(), v?)))
        .collect()
}

/// A new unit file's name is plain text on one line, as a name in the plan is: a
/// character that hides or acts on a terminal, a line break, a tab or bytes that
/// are not UTF-8 would reach every diagnostic and listing that names the file.
fn refuse_hidden_name(file: &Path, name: &OsStr, lang: Lang) -> Result<()> {
    let hides = |c: char| is_hidden(c) || c == '\n' || c == '\t';
    let text = name.to_string_lossy();
    let lossy = name.to_str().is_none();
    let Some(c) = (text.chars()).find(|&c| hides(c) || (lossy && c == char::REPLACEMENT_CHARACTER))
    else {
        return Ok(());
    };
    let show = |c: char| if hides(c) { shown(c) } else { c.to_string() };
    bail!(t!(
        lang,
        "edit-file-name-hidden",
        file = file.to_string_lossy().chars().map(show).collect::<String>(),
        char = show(c)
    ))
}

/// The file `item add --file` names: a bare name is a file of the year folder; a
/// path must lead into the year folder. Anything else is refused (exit 2), so an
/// edit never writes outside the plan.
fn resolve_file(year: &Year, file: Option<&Path>, lang: Lang) -> Result<PathBuf> {
    let Some(file) = file else {
        return Ok(year.dir.join("plan.toml"));
    };
    let refuse = || {
        anyhow::anyhow!(t!(
            lang,
            "edit-file-outside",
            file = file.display().to_string(),
            folder = year.dir.display().to_string()
        ))
    };
    let name = file.file_name().ok_or_else(refuse)?;
    if Path::new(name).extension().is_none_or(|e| e != "toml") {
        return Err(refuse());
    }
    refuse_hidden_name(file, name, lang)?;
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
