//! The one edit transaction every `item` command and `init` go through: lock the
//! plan folder and sweep what killed edits left, load the plan fresh, let the
//! command work out its change (with [`change`](super::change)), load and check the
//! year again with the edited texts in place of the files, then refuse the edit
//! (exit 1, nothing written, the new errors shown against the edited text, labelled
//! as such) or write every file atomically ([`write`](super::write)).

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use rustc_hash::FxHashMap;

use super::lock::{self, Lock};
use super::write;
use crate::check::{self, Context};
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::exit::{Exit, Stop};
use crate::i18n::Lang;
use crate::load::{self, Workspace, Years};
use crate::model::{Item, Year};
use crate::output::Output;
use crate::settings::Settings;
use crate::suggest::nearest;
use crate::t;

/// An edit under way: the plan folder locked and loaded as it is now.
pub(crate) struct Transaction {
    lock: Lock,
    /// The plan as loaded under the lock.
    pub(crate) ws: Workspace,
    settings: Settings,
}

/// The year an item edit changes, found to load in full.
pub(crate) struct YearScope {
    /// Its index in the workspace.
    pub(crate) index: usize,
    /// Notes for stderr: the ids that a newer year has too.
    pub(crate) notes: Vec<String>,
}

/// The problems a year had before an edit: those are not the edit's.
pub(crate) enum Before {
    /// None: the year is new (`init`).
    Nothing,
    /// Those of year `index` of the plan as loaded, checked when the edit is
    /// committed, on another core while the edited texts are made.
    Year(usize),
}

/// A file as an edit leaves it.
pub(crate) struct NewText {
    /// The path as the loader names it (a link is written through).
    pub(crate) path: PathBuf,
    /// The text before, `None` for a new file.
    pub(crate) original: Option<String>,
    /// The text after, BOM included.
    pub(crate) text: String,
}

/// What an edit asks the transaction to check and write.
pub(crate) struct Commit {
    /// The year (folder name) whose check decides.
    pub(crate) year: String,
    /// The year's problems before the edit.
    pub(crate) before: Before,
    /// Changed or new files (more come from `commit`'s `files`).
    pub(crate) files: Vec<NewText>,
    /// For `init`: the files are a new folder, written whole or not at all.
    pub(crate) folder: Option<PathBuf>,
    /// How the edited texts are labelled in a refusal, e.g. "(after the edit)".
    pub(crate) label: String,
    /// Lines for stdout once written.
    pub(crate) stdout: Vec<String>,
    /// Lines for stderr once written.
    pub(crate) stderr: Vec<String>,
    /// Whether to show the warnings the edit adds (item edits) or only count them.
    pub(crate) show_warnings: bool,
}

/// How a commit ended.
pub(crate) enum Outcome {
    /// Written; with the number of warnings the year has now.
    Written { warnings: usize },
    /// Refused: it would add errors, shown on stderr; nothing written.
    Refused,
}

impl Transaction {
    /// Locks the plan folder, sweeps away what killed edits left in it and in its
    /// year folders, and loads the strategy and the `years` the edit works on.
    pub(crate) fn begin(settings: &Settings, years: Years<'_>) -> Result<Transaction> {
        let lang = settings.lang;
        if !settings.plan.is_dir() {
            // Let the loader say what is wrong with the folder.
            load::load_years(&settings.plan, lang, years)?;
        }
        let lock = lock::lock(&settings.plan, lang)?;
        write::sweep(&lock, &settings.plan);
        let ws = load::load_years(&settings.plan, lang, years)?;
        for year in &ws.years {
            write::sweep(&lock, &year.dir);
        }
        Ok(Transaction {
            lock,
            ws,
            settings: settings.clone(),
        })
    }

    /// The years an item edit works on: the one `--year` and `--as-of` pick, alone.
    pub(crate) fn items_years(settings: &Settings) -> Years<'_> {
        Years::Select {
            year: settings.year.as_deref(),
            as_of: settings.as_of,
            history: false,
        }
    }

    /// The rules' context for a year.
    fn context<'a>(&self, year: &'a str) -> Context<'a> {
        Context {
            as_of: self.settings.as_of,
            current_year: Some(year),
            lang: self.settings.lang,
            warnings: true,
        }
    }

    /// The year an edit of the items `ids` is for: `--year`, else the one whose
    /// period holds `--as-of`. An id the year lacks is an error (exit 2) that names
    /// the year holding it, or the nearest id. A year that does not load in full
    /// is not edited: its errors are shown and `None` returned.
    pub(crate) fn items_year(&self, ids: &[String], out: &mut Output) -> Result<Option<YearScope>> {
        let (ws, lang) = (&self.ws, self.settings.lang);
        let index = ws.select_year(self.settings.year.as_deref(), self.settings.as_of, lang)?;
        if !ws.strategy_complete || !ws.years_complete[index] {
            let cx = Context {
                warnings: false,
                ..self.context(&ws.years[index].name)
            };
            diagnostic::write_errors_and_stop(
                &mut out.stderr,
                &check::check_one(ws, index, cx),
                &ws.sources,
                &t!(lang, "edit-unreadable"),
                lang,
            )?;
            return Ok(None);
        }
        let mut notes = Vec::new();
        for id in ids {
            find(ws, index, id, lang)?;
            if self.settings.year.is_none() {
                notes.extend(newer_years(ws, index, id, lang));
            }
        }
        Ok(Some(YearScope { index, notes }))
    }

    /// Checks the edited texts with the same code as `check` and writes them, or
    /// refuses the edit if it adds an error. Only the edited texts are decoded
    /// again; the rest of the year is checked as it was loaded. `files` makes the
    /// edited texts from the files as they are on disk.
    pub(crate) fn commit(
        self,
        out: &mut Output,
        mut commit: Commit,
        files: impl FnOnce() -> Result<Vec<NewText>>,
    ) -> Result<Outcome> {
        let Transaction {
            lock,
            ws: mut after,
            settings,
        } = self;
        let lang = settings.lang;
        let (before, made) = before_and_made(&after, &settings, &commit.before, files);
        commit.files.extend(made?);
        let overlay: Vec<(PathBuf, String)> = commit
            .files
            .iter()
            .map(|f| (f.path.clone(), f.text.clone()))
            .collect();
        let index = after.edit(&commit.year, &overlay, lang)?;
        let cx = Context {
            as_of: settings.as_of,
            current_year: Some(commit.year.as_str()),
            lang,
            warnings: true,
        };
        let diagnostics = check::check_one(&after, index, cx);
        let errors = added(&before, &diagnostics, Severity::Error);
        if !errors.is_empty() {
            for f in &commit.files {
                let label = format!("{} {}", f.path.display(), commit.label);
                after.sources.relabel(&f.path, Path::new(&label));
            }
            refuse(out, &errors, &after, &commit, lang)?;
            return Ok(Outcome::Refused);
        }
        write_all(&lock, &commit, lang)?;
        written(out, &commit, &before, &diagnostics, &after, lang)
    }
}

/// The year's problems before the edit, checked on another core while `files`
/// makes the edited texts, since the two do not depend on each other and an edit
/// of a large year would otherwise wait for both in turn.
fn before_and_made(
    ws: &Workspace,
    settings: &Settings,
    before: &Before,
    files: impl FnOnce() -> Result<Vec<NewText>>,
) -> (Vec<Diagnostic>, Result<Vec<NewText>>) {
    std::thread::scope(|scope| {
        let before = match before {
            Before::Nothing => None,
            &Before::Year(index) => {
                let cx = Context {
                    as_of: settings.as_of,
                    current_year: Some(ws.years[index].name.as_str()),
                    lang: settings.lang,
                    warnings: true,
                };
                Some(scope.spawn(move || check::check_one(ws, index, cx)))
            }
        };
        let made = files();
        let before = before.map(|b| b.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        (before.unwrap_or_default(), made)
    })
}

/// What a written edit says: the edit's own lines, then (for item edits) the
/// warnings it added, which do not stop it but should not pass unseen. Returns the
/// number of warnings the year has now, for the caller's summary.
fn written(
    out: &mut Output,
    commit: &Commit,
    before: &[Diagnostic],
    diagnostics: &[Diagnostic],
    after: &Workspace,
    lang: Lang,
) -> Result<Outcome> {
    for line in &commit.stdout {
        writeln!(out.stdout, "{line}")?;
    }
    out.stdout.flush()?;
    for line in &commit.stderr {
        writeln!(out.stderr, "{line}")?;
    }
    if commit.show_warnings {
        let warnings = added(before, diagnostics, Severity::Warning);
        diagnostic::write_human(&mut out.stderr, &warnings, &after.sources, lang)?;
    }
    let warnings = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    Ok(Outcome::Written { warnings })
}

/// Writes the changed files, or the new folder.
fn write_all(lock: &Lock, commit: &Commit, lang: Lang) -> Result<()> {
    if let Some(folder) = &commit.folder {
        let parent = folder.parent().unwrap_or(Path::new("."));
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let files: Vec<(String, String)> = commit
            .files
            .iter()
            .map(|f| {
                let name = f.path.file_name().unwrap_or_default().to_string_lossy();
                (name.into_owned(), f.text.clone())
            })
            .collect();
        return write::write_folder(lock, parent, &name, &files, lang);
    }
    let changed: Vec<(PathBuf, String)> = commit
        .files
        .iter()
        .filter(|f| f.original.as_deref() != Some(f.text.as_str()))
        .map(|f| (f.path.clone(), f.text.clone()))
        .collect();
    write::write_files(lock, &changed, lang)
}

/// Shows the errors an edit would add, against the edited text, and says that
/// nothing was written.
fn refuse(
    out: &mut Output,
    added: &[Diagnostic],
    after: &Workspace,
    commit: &Commit,
    lang: Lang,
) -> Result<()> {
    diagnostic::write_human(&mut out.stderr, added, &after.sources, lang)?;
    let files: Vec<String> = commit
        .files
        .iter()
        .map(|f| f.path.display().to_string())
        .collect();
    let closing = match &commit.folder {
        Some(folder) => t!(
            lang,
            "init-refused",
            errors = added.len(),
            folder = folder.display().to_string()
        ),
        None => t!(
            lang,
            "edit-refused",
            errors = added.len(),
            files = files.join(", ")
        ),
    };
    writeln!(out.stderr, "{closing}")?;
    Ok(())
}

/// The diagnostics of `after` of one severity that `before` did not have: the ones
/// an edit adds. They are matched by code and message, since spans move with the
/// edit; a problem that was already there (even one repeated) is not the edit's.
/// Counted in a map: a large plan has tens of thousands of warnings.
pub(crate) fn added(
    before: &[Diagnostic],
    after: &[Diagnostic],
    severity: Severity,
) -> Vec<Diagnostic> {
    let mut old: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    for d in before.iter().filter(|d| d.severity == severity) {
        *old.entry((d.code.as_str(), d.message.as_str()))
            .or_default() += 1;
    }
    after
        .iter()
        .filter(|d| d.severity == severity)
        .filter(
            |d| match old.get_mut(&(d.code.as_str(), d.message.as_str())) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            },
        )
        .cloned()
        .collect()
}

/// The item `id` of year `index`, or an error (exit 2) that names the years that
/// have it, else the nearest id.
pub(crate) fn find<'a>(ws: &'a Workspace, index: usize, id: &str, lang: Lang) -> Result<&'a Item> {
    let year = &ws.years[index];
    if let Some(found) = year.item(id) {
        return Ok(found);
    }
    let elsewhere: Vec<&Year> = ws
        .years_with_item(id, lang)
        .into_iter()
        .map(|i| &ws.years[i])
        .collect();
    if !elsewhere.is_empty() {
        let years: Vec<String> = elsewhere.iter().map(|y| y.label()).collect();
        let names: Vec<&str> = elsewhere.iter().map(|y| y.name.as_str()).collect();
        bail!(t!(
            lang,
            "edit-id-in-other-year",
            id = id,
            year = year.label(),
            count = elsewhere.len(),
            others = years.join(", "),
            options = names.join(", ")
        ));
    }
    let ids = year.items.iter().map(|i| i.id.value.as_str());
    match nearest(id, ids) {
        Some(near) => bail!(t!(
            lang,
            "edit-no-item-near",
            id = id,
            year = year.label(),
            near = near
        )),
        None => bail!(t!(lang, "edit-no-item", id = id, year = year.label())),
    }
}

/// [`find`] for an edit: the item, when no other item of the year has its id. An
/// edit of an id given twice (a `duplicate-id` error of `check`) would change one of
/// the two at random for the user, so it is refused (exit 1), naming where both are.
pub(crate) fn find_to_edit<'a>(
    ws: &'a Workspace,
    index: usize,
    id: &str,
    lang: Lang,
) -> Result<&'a Item> {
    let found = find(ws, index, id, lang)?;
    let year = &ws.years[index];
    let copies: Vec<&Item> = year.items.iter().filter(|i| i.id.value == id).collect();
    if copies.len() < 2 {
        return Ok(found);
    }
    let places: Vec<String> = (copies.iter())
        .map(|item| {
            let source = ws.sources.get(item.file);
            let (line, _) = source.line_col(item.span().start);
            format!("{}:{line}", source.path.display())
        })
        .collect();
    let message = t!(
        lang,
        "edit-id-twice",
        id = id,
        year = year.label(),
        places = places.join(", ")
    );
    Err(Stop {
        exit: Exit::Failure,
        code: "invalid-plan",
        message,
    }
    .into())
}

/// Notes for an id that a year after the edited one also has (after `init`, the
/// new year's copy of a carried item): the edit changed this year's, and `--year`
/// reaches the other.
fn newer_years(ws: &Workspace, index: usize, id: &str, lang: Lang) -> Vec<String> {
    ws.years_with_item(id, lang)
        .into_iter()
        .filter(|&i| i > index)
        .map(|i| {
            let y = &ws.years[i];
            t!(
                lang,
                "edit-also-in-year",
                id = id,
                year = ws.years[index].label(),
                other = y.label(),
                option = y.name.as_str()
            )
        })
        .collect()
}

/// A file's text as an edit reads it: the bytes on disk as UTF-8, with a BOM set
/// apart (TOML has none; it is written back). A file that does not exist yet is
/// empty.
pub(crate) fn read(path: &Path, lang: Lang) -> Result<(Option<String>, &'static str, String)> {
    let shown = path.display().to_string();
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((None, "", String::new()));
        }
        Err(e) => {
            return Err(e).with_context(|| t!(lang, "edit-cannot-read", path = shown.as_str()));
        }
    };
    let text = String::from_utf8(bytes)
        .with_context(|| t!(lang, "edit-not-utf8", path = shown.as_str()))?;
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest.to_owned()),
        None => ("", text.clone()),
    };
    Ok((Some(text), bom, body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::source::FileId;

    fn d(code: Code, message: &str) -> Diagnostic {
        Diagnostic::new(code, FileId(0), 0..0, message.into())
    }

    #[test]
    fn only_new_problems_count() {
        let before = vec![
            d(Code::UnknownOwner, "x"),
            d(Code::StaleItem, "old warning"),
        ];
        let after = vec![
            d(Code::UnknownOwner, "x"),
            d(Code::UnknownOwner, "x"),
            d(Code::UnknownGoal, "y"),
            d(Code::StaleItem, "old warning"),
            d(Code::StaleItem, "new warning"),
        ];
        let errors: Vec<_> = added(&before, &after, Severity::Error)
            .iter()
            .map(|d| d.code)
            .collect();
        assert_eq!(errors, [Code::UnknownOwner, Code::UnknownGoal]);
        let warnings: Vec<_> = added(&before, &after, Severity::Warning)
            .into_iter()
            .map(|d| d.message)
            .collect();
        assert_eq!(warnings, ["new warning"]);
    }
}
