//! Reads a plan folder from disk: `strategy.toml`, then the `YYYY-YY` year folders
//! with their `plan.toml`, unit files and `measurements.toml`. A file that cannot be
//! read at all is an `Err` (exit 2); everything wrong inside a file is a diagnostic,
//! collected in the [`Workspace`] for `check` and the reports.
//!
//! A command reads only the years it needs ([`Years`]): `check` and `followup`
//! judge every year, a report or an edit reads the year it is for, so that their
//! cost does not grow with the plan's history. Which year that is comes from the
//! years' periods: the `[plan]` header of each year before it is read without its
//! items ([`scan`]).

mod edit;
mod files;
mod scan;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::NaiveDate;

use self::files::{Files, read, shown};
pub use self::files::{MAX_FILE_BYTES, read_file};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::model::{Period, PlanHeader, Strategy, Year};
use crate::parse::{Decoded, Job, Part, Work};
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
    /// Every year folder, oldest first. Only the years the command asked for
    /// ([`Years`]) are read whole; the others hold their name and folder and, where
    /// the command needed them, their `[plan]` header and measurements.
    pub years: Vec<Year>,
    /// Whether each year (same index) was read whole and parsed in full; coverage
    /// rules need all its files.
    pub years_complete: Vec<bool>,
    /// What was wrong in the files' shape.
    pub diagnostics: Vec<Diagnostic>,
    /// Files that are not UTF-8, kept only to excerpt their diagnostic.
    pub(crate) unreadable: Vec<FileId>,
    /// Each year folder's `.toml` files as listed (same index as `years`).
    folders: Vec<Folder>,
    /// How each decoded file came out, so that an edit can put a year together
    /// again from the files it did not change.
    outcomes: HashMap<FileId, Outcome>,
}

/// How decoding a file came out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Parsed without a syntax error.
    Whole,
    /// Decoded as far as the parser recovered.
    Damaged,
    /// Not decoded at all (not UTF-8, or a git conflict).
    Unread,
}

impl Outcome {
    fn of(decoded: &Decoded, whole: bool) -> Outcome {
        let unread = matches!(
            decoded,
            Decoded::Strategy(None) | Decoded::Plan(None) | Decoded::Measurements(None)
        );
        match (unread, whole) {
            (true, _) => Outcome::Unread,
            (false, true) => Outcome::Whole,
            (false, false) => Outcome::Damaged,
        }
    }
}

/// A year folder as listed.
#[derive(Clone, Debug, Default)]
struct Folder {
    /// Its `.toml` files, `plan.toml` first.
    files: Vec<PathBuf>,
    /// Whether its files were read and decoded.
    read: bool,
    /// Whether its `[plan]` header was looked for.
    scanned: bool,
}

/// Which years a command reads.
#[derive(Clone, Copy, Debug)]
pub enum Years<'a> {
    /// Every year, whole: `check` and `followup` judge them all.
    All,
    /// The year [`Workspace::select`] picks for `year` (`--year`) and `as_of`, whole.
    /// With `history`, also the `[plan]` header and the measurements of every year
    /// before it: a report's indicators count earlier measurements, and its trend
    /// charts show the earlier periods.
    Select {
        /// The year named with `--year`.
        year: Option<&'a str>,
        /// The day the command is for.
        as_of: NaiveDate,
        /// Whether the years before it are a report's history.
        history: bool,
    },
    /// The latest year whose name sorts before the given one, whole: the year
    /// `init` carries over from by default.
    Before(&'a str),
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
        let names: Vec<&str> = self.years.iter().map(|y| y.name.as_str()).collect();
        let period = |i: usize| self.years[i].header.period.as_ref().map(|p| p.value);
        choose(&names, &self.root, wanted, as_of, lang, period)
    }

    /// Whether year `index` was read whole, items and all.
    pub fn is_read(&self, index: usize) -> bool {
        self.folders.get(index).is_some_and(|f| f.read)
    }

    fn empty(root: &Path) -> Workspace {
        Workspace {
            root: root.to_owned(),
            sources: Sources::default(),
            strategy: Strategy::default(),
            strategy_complete: false,
            years: Vec::new(),
            years_complete: Vec::new(),
            diagnostics: Vec::new(),
            unreadable: Vec::new(),
            folders: Vec::new(),
            outcomes: HashMap::new(),
        }
    }
}

/// The one home of "which year": `wanted` by name, else the first year whose period
/// holds `as_of`, else the latest. `period` gives a year's period by index; it is
/// asked in order and no further than needed, so that the loader can read each
/// year's header only when the rule gets to it.
fn choose(
    names: &[&str],
    root: &Path,
    wanted: Option<&str>,
    as_of: NaiveDate,
    lang: Lang,
    mut period: impl FnMut(usize) -> Option<Period>,
) -> Result<Selected> {
    if names.is_empty() {
        let year = crate::model::year_name_of(as_of);
        bail!(t!(lang, "load-no-year", root = shown(root), year = year));
    }
    let index = match wanted {
        Some(name) => match names.iter().position(|y| *y == name) {
            Some(i) => i,
            None => bail!(t!(
                lang,
                "load-no-such-year",
                name = name,
                root = shown(root),
                names = names.join(", ")
            )),
        },
        None => (0..names.len())
            .find(|&i| period(i).is_some_and(|p| p.contains(as_of)))
            .unwrap_or(names.len() - 1),
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

/// Reads and decodes a whole plan folder, every year.
pub fn load(root: &Path, lang: Lang) -> Result<Workspace> {
    load_years(root, lang, Years::All)
}

/// Reads a plan folder's strategy and the years a command needs.
pub fn load_years(root: &Path, lang: Lang, years: Years<'_>) -> Result<Workspace> {
    let meta = std::fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            anyhow::anyhow!(t!(lang, "load-root-not-found", root = shown(root)))
        }
        _ => anyhow::Error::new(e).context(t!(lang, "load-root-unreadable", root = shown(root))),
    })?;
    if !meta.is_dir() {
        bail!(t!(lang, "load-root-not-a-folder", root = shown(root)));
    }
    let files = Files::new(&[], true);
    load_files(root, lang, &files, years)
}

/// Builds a workspace from files held in memory, given as `(path under root, text)`
/// pairs, such as a plan's files at an older git revision, so that `diff` decodes
/// old plans exactly as `load` decodes the current ones.
pub fn load_texts(root: &Path, files: Vec<(PathBuf, String)>, lang: Lang) -> Result<Workspace> {
    let texts: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|(rel, text)| (root.join(rel), text))
        .collect();
    let files = Files::new(&texts, false);
    load_files(root, lang, &files, Years::All)
}

/// How much of a year a command reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// Its name and folder.
    Listed,
    /// Its `[plan]` header and measurements.
    History,
    /// Everything.
    Whole,
}

fn load_files(root: &Path, lang: Lang, files: &Files<'_>, want: Years<'_>) -> Result<Workspace> {
    let mut ws = Workspace::empty(root);
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
    list_years(&mut ws, files, lang)?;
    let depths = depths(&mut ws, files, want, lang);
    let wanted: Vec<PathBuf> = (ws.folders.iter().zip(&depths))
        .flat_map(|(folder, depth)| match depth {
            Depth::Whole => folder.files.clone(),
            Depth::History => folder
                .files
                .iter()
                .filter(|p| p.file_name() == Some(MEASUREMENTS.as_ref()))
                .cloned()
                .collect(),
            Depth::Listed => Vec::new(),
        })
        .collect();
    files.read_ahead(&wanted, lang);
    let mut years = Vec::with_capacity(ws.years.len());
    for (index, depth) in depths.into_iter().enumerate() {
        let complete = match depth {
            Depth::Whole => read_year(&mut ws, index, &mut jobs, files, &mut |_| None, lang)?,
            Depth::History => {
                read_measurements(&mut ws, index, &mut jobs, files, lang)?;
                false
            }
            Depth::Listed => false,
        };
        years.push(complete);
    }
    ws.years_complete = years;
    decode(&mut ws, &jobs, lang);
    Ok(ws)
}

/// Lists the year folders (each with its `.toml` files) into the workspace, and
/// notes a folder of plan files that is not named as a year.
fn list_years(ws: &mut Workspace, files: &Files<'_>, lang: Lang) -> Result<()> {
    let root = ws.root.clone();
    for (name, dir) in files.dirs(&root, lang)? {
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
        ws.years.push(Year::new(name, dir));
        ws.folders.push(Folder {
            files: tomls,
            ..Folder::default()
        });
    }
    Ok(())
}

/// How much of each listed year `want` needs. Choosing the year by its period
/// reads the `[plan]` header of each year the rule looks at, and no more; the
/// headers read are kept, so that [`Workspace::select`] chooses the same year.
fn depths(ws: &mut Workspace, files: &Files<'_>, want: Years<'_>, lang: Lang) -> Vec<Depth> {
    let count = ws.years.len();
    let (chosen, history) = match want {
        Years::All => return vec![Depth::Whole; count],
        Years::Before(name) => (ws.years.iter().rposition(|y| y.name.as_str() < name), false),
        Years::Select {
            year,
            as_of,
            history,
        } => {
            let names: Vec<String> = ws.years.iter().map(|y| y.name.clone()).collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let root = ws.root.clone();
            let period = |i: usize| {
                let header = scan_header(ws, i, files, lang);
                header.period.as_ref().map(|p| p.value)
            };
            // A year that does not exist is the caller's error to raise, through
            // `Workspace::select`, after the strategy has been read.
            let chosen = choose(&names, &root, year, as_of, lang, period).ok();
            (chosen.map(|s| s.index), history)
        }
    };
    let mut depths = vec![Depth::Listed; count];
    if let Some(chosen) = chosen {
        depths[chosen] = Depth::Whole;
        if history {
            for (i, depth) in depths.iter_mut().enumerate().take(chosen) {
                scan_header(ws, i, files, lang);
                *depth = Depth::History;
            }
        }
    }
    depths
}

/// The `[plan]` header of year `index`, read without its items and kept in the
/// year (once). A year that is then read whole gets the header decoded again with
/// the rest of `plan.toml`: the same header.
fn scan_header<'w>(
    ws: &'w mut Workspace,
    index: usize,
    files: &Files<'_>,
    lang: Lang,
) -> &'w PlanHeader {
    if !ws.folders[index].scanned {
        ws.folders[index].scanned = true;
        let plan = ws.folders[index]
            .files
            .first()
            .filter(|p| p.file_name() == Some("plan.toml".as_ref()));
        if let Some(header) = plan.and_then(|path| scan::header(path, files, lang)) {
            ws.years[index].header = header;
        }
    }
    &ws.years[index].header
}

/// Reads year `index`'s files and queues them for decoding, or takes over the
/// decoded part of a file `reuse` names (an edit's unchanged files); returns
/// whether the year is complete so far (it has a `plan.toml`).
fn read_year(
    ws: &mut Workspace,
    index: usize,
    jobs: &mut Vec<Job>,
    source: &Files<'_>,
    reuse: &mut dyn FnMut(&Path) -> Option<FileId>,
    lang: Lang,
) -> Result<bool> {
    let paths = ws.folders[index].files.clone();
    ws.folders[index].read = true;
    let has_plan = paths
        .first()
        .is_some_and(|p| p.file_name() == Some("plan.toml".as_ref()));
    let (name, dir) = (ws.years[index].name.clone(), ws.years[index].dir.clone());
    ws.years[index] = Year::new(name.clone(), dir.clone());
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
    for (position, path) in paths.into_iter().enumerate() {
        let unit = !(has_plan && position == 0);
        let measurements = path.file_name() == Some(MEASUREMENTS.as_ref());
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        let file = match reuse(&path) {
            Some(file) => file,
            None => read(ws, path, source, lang)?,
        };
        let year = &mut ws.years[index];
        let what = if measurements {
            year.measurements_file = Some(file);
            Part::Measurements { year: index }
        } else {
            year.files.push(file);
            if unit {
                year.unit_files.push((file, stem.unwrap_or_default()));
            } else {
                year.plan_file = Some(file);
            }
            Part::Plan { unit, year: index }
        };
        jobs.push(Job { file, what });
    }
    Ok(has_plan)
}

/// Queues year `index`'s `measurements.toml`, if it has one, for a report's history.
fn read_measurements(
    ws: &mut Workspace,
    index: usize,
    jobs: &mut Vec<Job>,
    source: &Files<'_>,
    lang: Lang,
) -> Result<()> {
    let path = ws.folders[index]
        .files
        .iter()
        .find(|p| p.file_name() == Some(MEASUREMENTS.as_ref()))
        .cloned();
    if let Some(path) = path {
        let file = read(ws, path, source, lang)?;
        ws.years[index].measurements_file = Some(file);
        jobs.push(Job {
            file,
            what: Part::Measurements { year: index },
        });
    }
    Ok(())
}

/// Parses and decodes the queued files, each straight into its year as it is
/// done, so that a large plan's items are never held twice (each year's list is
/// made to size before the first).
fn decode(ws: &mut Workspace, jobs: &[Job], lang: Lang) {
    let mut diagnostics = Vec::new();
    let mut strategy = None;
    let mut outcomes = HashMap::new();
    let (sources, unreadable) = (&ws.sources, &ws.unreadable);
    let (years, complete) = (&mut ws.years, &mut ws.years_complete);
    let work = Work::new(sources, unreadable, jobs);
    let mut room = vec![0; years.len()];
    for (index, job) in jobs.iter().enumerate() {
        if let Part::Plan { year, .. } = job.what
            && let Some(room) = room.get_mut(year)
        {
            *room += work.items(index);
        }
    }
    for (year, room) in years.iter_mut().zip(room) {
        year.items.reserve_exact(room);
    }
    work.run(lang, |job, decoded, found, whole| {
        diagnostics.extend(found);
        outcomes.insert(job.file, Outcome::of(&decoded, whole));
        if let Decoded::Strategy(decoded) = decoded {
            strategy = Some((decoded, whole));
        } else {
            assemble(years, complete, job, decoded, whole);
        }
    });
    ws.diagnostics.extend(diagnostics);
    ws.outcomes.extend(outcomes);
    if let Some((Some(decoded), whole)) = strategy {
        ws.strategy = decoded;
        ws.strategy_complete = whole;
    }
}

/// Adds one decoded file of a year to it: the one home of how a year is made of
/// its files, for a fresh load and an edit alike.
fn assemble(years: &mut [Year], complete: &mut [bool], job: &Job, decoded: Decoded, whole: bool) {
    let index = match job.what {
        Part::Plan { year, .. } | Part::Measurements { year } => year,
        Part::Strategy => return,
    };
    let (Some(year), Some(complete)) = (years.get_mut(index), complete.get_mut(index)) else {
        return;
    };
    match decoded {
        Decoded::Plan(parts) => {
            *complete &= whole;
            if let Some(mut parts) = parts {
                if let Some(header) = parts.header {
                    year.header = header;
                }
                year.goals.append(&mut parts.goals);
                year.items.append(&mut parts.items);
            }
        }
        Decoded::Measurements(found) => match found {
            Some(mut found) => year.measurements.append(&mut found),
            None => *complete = false,
        },
        Decoded::Strategy(_) => {}
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
