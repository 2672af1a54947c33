//! Reads a plan folder from disk: `strategy.toml`, then every `YYYY-YY` year folder
//! with its `plan.toml` and unit files. A file that cannot be read at all is an
//! `Err` (exit 2); everything wrong inside a file is a diagnostic, collected in the
//! [`Workspace`] for `check` and the reports.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::model::{Strategy, Year};
use crate::parse::{Decoded, Job, Part, decode_file, parse_all};
use crate::source::{FileId, Sources};
use crate::t;

/// The file of a year folder that holds measurements, not items.
pub const MEASUREMENTS: &str = "measurements.toml";

/// Everything read from one plan folder.
#[derive(Debug)]
pub struct Workspace {
    /// The plan folder as given.
    pub root: PathBuf,
    /// Every file read, for excerpts.
    pub sources: Sources,
    /// `strategy.toml`.
    pub strategy: Strategy,
    /// Whether `strategy.toml` parsed; rules that need the goal list stay quiet otherwise.
    pub strategy_complete: bool,
    /// The year folders, oldest first.
    pub years: Vec<Year>,
    /// Whether each year (same index) parsed in full; coverage rules need all its files.
    pub years_complete: Vec<bool>,
    /// What was wrong in the files' shape.
    pub diagnostics: Vec<Diagnostic>,
    /// Files that are not UTF-8, kept only to excerpt their diagnostic.
    pub(crate) unreadable: Vec<FileId>,
}

/// Where the as-of day falls when no period of the chosen year holds it, so that a
/// report can say so instead of looking like a report on a day of that year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outside {
    /// Before the period starts, on the given first day.
    Before(NaiveDate),
    /// After the period ends, on the given last day.
    After(NaiveDate),
}

/// The year a report is for, and where the as-of day falls against its period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selected {
    /// Index into [`Workspace::years`].
    pub index: usize,
    /// `None` when the period holds the as-of day (or the year has no period).
    pub outside: Option<Outside>,
    /// Whether the year was the fallback (`--year` not given and no period holds
    /// the as-of day), which deserves a note on stderr.
    pub fallback: bool,
}

impl Workspace {
    /// The year a report is for: `--year` if given, else the one whose period holds
    /// `as_of`, else the latest.
    pub fn select_year(&self, wanted: Option<&str>, as_of: NaiveDate, lang: Lang) -> Result<usize> {
        self.select(wanted, as_of, lang).map(|s| s.index)
    }

    /// [`Workspace::select_year`], also saying where `as_of` falls against the chosen
    /// year's period.
    pub fn select(&self, wanted: Option<&str>, as_of: NaiveDate, lang: Lang) -> Result<Selected> {
        let names = || {
            self.years
                .iter()
                .map(|y| y.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if self.years.is_empty() {
            let year = crate::model::year_name_of(as_of);
            bail!(t!(
                lang,
                "load-no-year",
                root = shown(&self.root),
                year = year
            ));
        }
        let period = |i: usize| self.years[i].header.period.as_ref().map(|p| p.value);
        let index = match wanted {
            Some(name) => match self.years.iter().position(|y| y.name == name) {
                Some(i) => i,
                None => bail!(t!(
                    lang,
                    "load-no-such-year",
                    name = name,
                    root = shown(&self.root),
                    names = names()
                )),
            },
            None => (0..self.years.len())
                .find(|&i| period(i).is_some_and(|p| p.contains(as_of)))
                .unwrap_or(self.years.len() - 1),
        };
        let outside = period(index).and_then(|p| {
            if as_of < p.start {
                Some(Outside::Before(p.start))
            } else if as_of > p.end {
                Some(Outside::After(p.end))
            } else {
                None
            }
        });
        Ok(Selected {
            index,
            outside,
            fallback: wanted.is_none() && outside.is_some(),
        })
    }
}

/// Whether a folder name is an operating year, `YYYY-YY` with consecutive years.
pub fn is_year_name(name: &str) -> bool {
    let b = name.as_bytes();
    if b.len() != 7
        || b[4] != b'-'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
    {
        return false;
    }
    let first: u32 = name[..4].parse().unwrap_or(0);
    let second: u32 = name[5..].parse().unwrap_or(100);
    (first + 1) % 100 == second
}

/// Where the loader finds a plan's files: the disk, with some texts put in place of
/// what is there (an edit about to be written, so it is checked by the code `check`
/// runs), or memory alone (a plan at an older git revision, for `diff`). Paths are
/// joined onto the plan folder the way the loader joins them (`root/2026-27/plan.toml`).
struct Files<'a> {
    texts: &'a [(PathBuf, String)],
    disk: bool,
}

impl Files<'_> {
    fn text(&self, path: &Path) -> Option<&str> {
        self.texts
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, t)| t.as_str())
    }

    /// Whether `path` is there at all, as a file, a folder or even a dangling link,
    /// so that a broken `strategy.toml` is named as unreadable, not as missing.
    fn exists(&self, path: &Path) -> bool {
        self.text(path).is_some() || (self.disk && fs::symlink_metadata(path).is_ok())
    }

    /// The folders directly in `root`, with the ones only the texts name. What is
    /// not part of the format (`README.md`, `.git/`, a dangling link) is left alone;
    /// an entry named like a year that cannot be looked at is an error naming it.
    fn dirs(&self, root: &Path, lang: Lang) -> Result<Vec<(String, PathBuf)>> {
        let mut dirs = Vec::new();
        if self.disk {
            let cannot_list = || t!(lang, "load-cannot-list", path = shown(root));
            for entry in fs::read_dir(root).with_context(cannot_list)? {
                let entry = entry.with_context(cannot_list)?;
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = entry.path();
                if name.starts_with('.') {
                    continue;
                }
                match fs::metadata(&path) {
                    Ok(meta) if meta.is_dir() => dirs.push((name, path)),
                    Ok(_) => {}
                    Err(e) if is_year_name(&name) => {
                        return Err(anyhow::Error::new(e).context(t!(
                            lang,
                            "load-cannot-read",
                            path = shown(&path)
                        )));
                    }
                    Err(_) => {}
                }
            }
        }
        for (path, _) in self.texts {
            if let Some(dir) = path.parent()
                && dir.parent() == Some(root)
                && !dirs.iter().any(|(_, d)| d == dir)
                && let Some(name) = dir.file_name()
            {
                dirs.push((name.to_string_lossy().into_owned(), dir.to_owned()));
            }
        }
        dirs.sort();
        Ok(dirs)
    }

    /// The `.toml` files of a folder, `plan.toml` first. Every `.toml` entry is kept,
    /// whatever it is, so that one that is not a readable regular file (a dangling
    /// link, a pipe, a folder) fails with its name instead of being left out of the
    /// plan without a word.
    fn tomls(&self, dir: &Path, lang: Lang) -> Result<Vec<PathBuf>> {
        let mut files: Vec<PathBuf> = self
            .texts
            .iter()
            .map(|(p, _)| p.clone())
            .filter(|p| p.parent() == Some(dir) && p.extension().is_some_and(|e| e == "toml"))
            .collect();
        if self.disk {
            let listing = match fs::read_dir(dir) {
                Err(e) if e.kind() == io::ErrorKind::NotFound && !files.is_empty() => Vec::new(),
                listing => {
                    let cannot_list = || t!(lang, "load-cannot-list", path = shown(dir));
                    listing
                        .with_context(cannot_list)?
                        .collect::<io::Result<Vec<_>>>()
                        .with_context(cannot_list)?
                }
            };
            for entry in listing {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "toml") && !files.contains(&path) {
                    files.push(path);
                }
            }
        }
        files.sort_by_key(|p| (p.file_name() != Some("plan.toml".as_ref()), p.clone()));
        Ok(files)
    }
}

/// Reads and decodes a plan folder.
pub fn load(root: &Path, lang: Lang) -> Result<Workspace> {
    load_with(root, lang, &[])
}

/// Reads and decodes a plan folder as it would be if each `(path, text)` of
/// `overlay` held that text. A path may name a file or a year folder that does not
/// exist yet.
pub fn load_with(root: &Path, lang: Lang, overlay: &[(PathBuf, String)]) -> Result<Workspace> {
    let meta = fs::metadata(root).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => {
            anyhow::anyhow!(t!(lang, "load-root-not-found", root = shown(root)))
        }
        _ => anyhow::Error::new(e).context(t!(lang, "load-root-unreadable", root = shown(root))),
    })?;
    if !meta.is_dir() {
        bail!(t!(lang, "load-root-not-a-folder", root = shown(root)));
    }
    load_files(
        root,
        lang,
        &Files {
            texts: overlay,
            disk: true,
        },
    )
}

/// Builds a workspace from files held in memory, given as `(path under root, text)`
/// pairs, such as a plan's files at an older git revision, so that `diff` decodes
/// old plans exactly as `load` decodes the current ones.
pub fn load_texts(root: &Path, files: Vec<(PathBuf, String)>, lang: Lang) -> Result<Workspace> {
    let texts: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|(rel, text)| (root.join(rel), text))
        .collect();
    load_files(
        root,
        lang,
        &Files {
            texts: &texts,
            disk: false,
        },
    )
}

fn load_files(root: &Path, lang: Lang, files: &Files<'_>) -> Result<Workspace> {
    let mut ws = Workspace {
        root: root.to_owned(),
        sources: Sources::default(),
        strategy: Strategy::default(),
        strategy_complete: false,
        years: Vec::new(),
        years_complete: Vec::new(),
        diagnostics: Vec::new(),
        unreadable: Vec::new(),
    };
    let mut jobs = Vec::new();
    let strategy_path = root.join("strategy.toml");
    if files.exists(&strategy_path) {
        jobs.push(Job {
            file: read(&mut ws, strategy_path, files, lang)?,
            what: Part::Strategy,
        });
    } else if files.disk {
        bail!(t!(lang, "load-no-strategy", root = shown(root)));
    }
    let mut years = Vec::new();
    for (name, dir) in files.dirs(root, lang)? {
        if !is_year_name(&name) {
            // A folder outside the format is only looked into, never read from,
            // and one that cannot be listed is none of the plan's business.
            if files.tomls(&dir, lang).is_ok_and(|t| !t.is_empty()) {
                ws.diagnostics.push(
                    Diagnostic::at_path(
                        Code::InvalidValue,
                        dir,
                        t!(lang, "load-folder-not-a-year", name = &name),
                    )
                    .with_help(t!(lang, "load-folder-not-a-year-help")),
                );
            }
            continue;
        }
        let tomls = files.tomls(&dir, lang)?;
        let index = years.len();
        years.push(read_year(
            &mut ws, name, dir, tomls, index, &mut jobs, files, lang,
        )?);
    }
    // Decoded items go straight into their year as each file is done, so a large
    // plan's items are never held twice.
    let mut diagnostics = Vec::new();
    let mut strategy = None;
    let mut strategy_whole = false;
    parse_all(&ws.sources, &ws.unreadable, &jobs, lang, |job, parsed| {
        let (decoded, found, whole) = decode_file(job, parsed, lang);
        diagnostics.extend(found);
        match (decoded, job.what) {
            (Decoded::Strategy(decoded), _) => {
                strategy_whole = whole;
                strategy = decoded;
            }
            (Decoded::Plan(parts), Part::Plan { year, .. }) => {
                let Some((year, complete)) = years.get_mut(year) else {
                    return;
                };
                *complete &= whole;
                if let Some(mut parts) = parts {
                    if let Some(header) = parts.header {
                        year.header = header;
                    }
                    year.goals.append(&mut parts.goals);
                    year.items.append(&mut parts.items);
                }
            }
            (Decoded::Measurements(found), Part::Measurements { year }) => {
                if let Some((year, complete)) = years.get_mut(year) {
                    match found {
                        Some(mut found) => year.measurements.append(&mut found),
                        None => *complete = false,
                    }
                }
            }
            _ => {}
        }
    });
    ws.diagnostics.extend(diagnostics);
    if let Some(strategy) = strategy {
        ws.strategy = strategy;
        ws.strategy_complete = strategy_whole;
    }
    for (year, complete) in years {
        ws.years.push(year);
        ws.years_complete.push(complete);
    }
    Ok(ws)
}

/// Reads a year folder's files and queues them for decoding as year `index`; returns
/// the year, still empty, and whether it has a `plan.toml` (it is complete so far).
#[allow(
    clippy::too_many_arguments,
    reason = "the loader's state, passed down once"
)]
fn read_year(
    ws: &mut Workspace,
    name: String,
    dir: PathBuf,
    files: Vec<PathBuf>,
    index: usize,
    jobs: &mut Vec<Job>,
    source: &Files<'_>,
    lang: Lang,
) -> Result<(Year, bool)> {
    let has_plan = files
        .first()
        .is_some_and(|p| p.file_name() == Some("plan.toml".as_ref()));
    let mut year = Year::new(name.clone(), dir.clone());
    if !has_plan {
        ws.diagnostics.push(
            Diagnostic::at_path(
                Code::MissingPlan,
                dir,
                t!(lang, "load-year-without-plan", name = &name),
            )
            .with_help(t!(lang, "load-year-without-plan-help", name = &name)),
        );
    }
    for (position, path) in files.into_iter().enumerate() {
        let unit = !(has_plan && position == 0);
        if path.file_name() == Some(MEASUREMENTS.as_ref()) {
            let file = read(ws, path, source, lang)?;
            year.measurements_file = Some(file);
            jobs.push(Job {
                file,
                what: Part::Measurements { year: index },
            });
            continue;
        }
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        let file = read(ws, path, source, lang)?;
        year.files.push(file);
        if unit {
            year.unit_files.push((file, stem.unwrap_or_default()));
        } else {
            year.plan_file = Some(file);
        }
        jobs.push(Job {
            file,
            what: Part::Plan { unit, year: index },
        });
    }
    Ok((year, has_plan))
}

/// The most bytes one plan file may hold: a hundred times the largest plan a student
/// union writes (100,000 items are 43 MB), so that a link to `/dev/zero` or a log
/// file named `.toml` ends in an error naming it instead of filling the memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A path for a message: shown as the user would type it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`]. A device, a pipe or a folder
/// is refused before it is opened (opening a pipe would wait for a writer forever);
/// the cap is also kept while reading, for a file that grows meanwhile.
pub fn read_file(path: &Path, lang: Lang) -> Result<Vec<u8>> {
    let cannot_read = || t!(lang, "load-cannot-read", path = shown(path));
    // Both are I/O errors, so that a script sees `unreadable` as for any file
    // that cannot be read.
    let too_big = || {
        let limit = MAX_FILE_BYTES / (1024 * 1024);
        let message = t!(lang, "load-too-big", path = shown(path), limit = limit);
        anyhow::Error::new(io::Error::new(io::ErrorKind::FileTooLarge, message))
    };
    let meta = fs::metadata(path).with_context(cannot_read)?;
    if !meta.is_file() {
        let message = t!(lang, "load-not-a-file", path = shown(path));
        return Err(io::Error::new(io::ErrorKind::InvalidInput, message).into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big());
    }
    let file = fs::File::open(path).with_context(cannot_read)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(cannot_read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Reads a file's bytes; text that is not UTF-8 becomes a `toml-syntax` diagnostic at
/// the first bad byte, and the file is kept (lossily) so the diagnostic can excerpt it.
fn read(ws: &mut Workspace, path: PathBuf, files: &Files<'_>, lang: Lang) -> Result<FileId> {
    if let Some(text) = files.text(&path) {
        let text = text.to_owned();
        return Ok(ws.sources.add(path, text));
    }
    let bytes = read_file(&path, lang)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(ws.sources.add(path, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let byte = e.as_bytes().get(at).copied().unwrap_or_default();
            let id = ws.sources.add(path, text);
            ws.unreadable.push(id);
            ws.diagnostics.push(
                Diagnostic::new(
                    Code::TomlSyntax,
                    id,
                    at..at + char::REPLACEMENT_CHARACTER.len_utf8(),
                    t!(lang, "load-not-utf8", byte = format!("{byte:02X}")),
                )
                .with_help(t!(lang, "load-not-utf8-help")),
            );
            Ok(id)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_year_name;

    #[test]
    fn year_folders_are_yyyy_yy_with_consecutive_years() {
        assert!(is_year_name("2026-27"));
        assert!(is_year_name("2099-00"));
        assert!(!is_year_name("2026-2027"));
        assert!(!is_year_name("2026-28"));
        assert!(!is_year_name("26-27"));
        assert!(!is_year_name("abcd-ef"));
    }
}
