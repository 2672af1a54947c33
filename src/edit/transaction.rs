//! The one edit transaction every edit command goes through: lock the plan folder,
//! load it fresh, find the file to change, change it as a `DocumentMut` (the caller's
//! closure, using [`change`](super::change)), load and check the year again with the
//! edited text in place of the file, then refuse the edit (exit 1, file untouched)
//! if it adds an error, or write it atomically ([`write`](super::write)).

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use toml_edit::DocumentMut;

use super::{change, write};
use crate::check::{self, Context};
use crate::diagnostic;
use crate::exit::Exit;
use crate::i18n::{Lang, count};
use crate::load::{self, Workspace};
use crate::model::{Item, Year};
use crate::output::Output;
use crate::settings::Settings;
use crate::suggest::nearest;

use crate::tr;

/// The item with `id`, or an error (exit 2) naming the nearest id.
pub(crate) fn find<'a>(year: &'a Year, id: &str, lang: Lang) -> Result<&'a Item> {
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
pub(crate) enum Target<'a> {
    /// The file that holds the item with this id.
    Item(&'a str),
    /// `item add --file`, or plan.toml.
    File(Option<&'a Path>),
}

/// What an edit needs to know about the loaded year to make its change.
pub(crate) struct Found<'a> {
    /// The year as loaded before the edit.
    pub(crate) year: &'a Year,
    /// The item edited, for `Target::Item`.
    pub(crate) item: Option<&'a Item>,
}

/// Locks the year, loads it, applies `change` to the target file, checks the result
/// with the same code as `check` and writes it if no error was added. `change`
/// returns the line to print on success.
pub(crate) fn run(
    settings: &Settings,
    out: &mut Output,
    target: Target<'_>,
    change: impl FnOnce(&mut DocumentMut, &Found<'_>) -> Result<String>,
) -> Result<Exit> {
    let lang = settings.lang;
    let lock = write::lock(&settings.plan)?;
    let ws = load::load(&settings.plan, lang)?;
    let index = ws.select_year(settings.year.as_deref(), settings.as_of, lang)?;
    let name = ws.years[index].name.clone();
    write::sweep(&lock, &ws.years[index].dir);
    let cx = Context {
        as_of: settings.as_of,
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
    let after_ws = load::load_with(&settings.plan, lang, &overlay)?;
    let after_index = after_ws.select_year(Some(&name), settings.as_of, lang)?;
    let after = check::check_one(&after_ws, after_index, cx);
    let added = write::added_errors(&before, after);
    if !added.is_empty() {
        diagnostic::write_human(&mut out.stderr, &added, &after_ws.sources, lang)?;
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
        lang,
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

/// The item's table in the document the loader found it in.
pub(crate) fn item_table<'d>(
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
