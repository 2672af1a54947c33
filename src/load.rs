//! Reads a plan folder from disk: `strategy.toml`, then every `YYYY-YY` year folder
//! with its `plan.toml` and unit files. A file that cannot be read at all is an
//! `Err` (exit 2); everything wrong inside a file is a diagnostic, collected in the
//! [`Workspace`] for `check` and the reports.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use toml::de::DeTable;

use crate::decode::{self, Ctx};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::model::{PlanHeader, Strategy, Year};
use crate::source::{FileId, Sources};
use crate::tr;

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
    unreadable: Vec<FileId>,
}

impl Workspace {
    /// The year a report is for: `--year` if given, else the one whose period holds
    /// `as_of`, else the latest.
    pub fn select_year(&self, wanted: Option<&str>, as_of: NaiveDate, lang: Lang) -> Result<usize> {
        let names = || {
            self.years
                .iter()
                .map(|y| y.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if self.years.is_empty() {
            bail!(tr!(
                lang,
                "{} has no operating-year folder (like 2026-27/); start one with `intplan init --year 2026-27`",
                "{} har ingen mapp för ett verksamhetsår (som 2026-27/); skapa en med `intplan init --year 2026-27`",
                self.root.display()
            ));
        }
        if let Some(name) = wanted {
            return match self.years.iter().position(|y| y.name == name) {
                Some(i) => Ok(i),
                None => bail!(tr!(
                    lang,
                    "no year {name} in {}: it has {}",
                    "inget år {name} i {}: det finns {}",
                    self.root.display(),
                    names()
                )),
            };
        }
        let holding = self.years.iter().position(|y| {
            y.header
                .period
                .as_ref()
                .is_some_and(|p| p.value.contains(as_of))
        });
        Ok(holding.unwrap_or(self.years.len() - 1))
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

/// Reads and decodes a plan folder.
pub fn load(root: &Path, lang: Lang) -> Result<Workspace> {
    let meta = fs::metadata(root).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => anyhow::anyhow!(tr!(
            lang,
            "plan folder `{}` not found: run intplan where the plans/ folder is, or pass --plan DIR",
            "planmappen `{}` finns inte: kör intplan där mappen plans/ finns, eller ange --plan MAPP",
            root.display()
        )),
        _ => anyhow::anyhow!("{}: {e}", root.display()),
    })?;
    if !meta.is_dir() {
        bail!(tr!(
            lang,
            "`{}` is not a folder",
            "`{}` är ingen mapp",
            root.display()
        ));
    }
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
    let strategy_path = root.join("strategy.toml");
    if !strategy_path.exists() {
        bail!(tr!(
            lang,
            "{} has no strategy.toml: the plan folder must hold the strategy the council adopted",
            "{} saknar strategy.toml: planmappen måste innehålla strategin som fullmäktige antog",
            root.display()
        ));
    }
    let strategy_file = read(&mut ws, strategy_path)?;
    let mut dirs = Vec::new();
    for entry in fs::read_dir(root).with_context(|| format!("{}", root.display()))? {
        let entry = entry.with_context(|| format!("{}", root.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with('.') {
            continue;
        }
        let meta = fs::metadata(&path).with_context(|| format!("{}", path.display()))?;
        if meta.is_dir() {
            dirs.push((name, path));
        }
    }
    dirs.sort();
    let mut jobs = vec![Job {
        file: strategy_file,
        what: Part::Strategy,
    }];
    let mut years = Vec::new();
    for (name, dir) in dirs {
        let tomls = toml_files(&dir)?;
        if !is_year_name(&name) {
            if !tomls.is_empty() {
                ws.diagnostics.push(
                    Diagnostic::at_path(
                        Code::InvalidValue,
                        dir,
                        tr!(
                            lang,
                            "folder `{name}` holds plan files but is not named as an operating year",
                            "mappen `{name}` har planfiler men är inte namngiven som ett verksamhetsår"
                        ),
                    )
                    .with_help(tr!(
                        lang,
                        "name year folders YYYY-YY, like 2026-27",
                        "namnge årsmappar ÅÅÅÅ-ÅÅ, som 2026-27"
                    )),
                );
            }
            continue;
        }
        let index = years.len();
        years.push(read_year(
            &mut ws, name, dir, tomls, index, &mut jobs, lang,
        )?);
    }
    // Decoded items go straight into their year as each file is done, so a large
    // plan's items are never held twice.
    let mut diagnostics = Vec::new();
    let mut strategy = None;
    parse_all(&ws.sources, &ws.unreadable, &jobs, lang, |job, parsed| {
        let (decoded, found) = decode_file(job, parsed, lang);
        diagnostics.extend(found);
        match (decoded, job.what) {
            (Decoded::Strategy(decoded), _) => strategy = decoded,
            (Decoded::Plan(parts), Part::Plan { year, .. }) => {
                let Some((year, complete)) = years.get_mut(year) else {
                    return;
                };
                match parts {
                    Some(mut parts) => {
                        if let Some(header) = parts.header {
                            year.header = header;
                        }
                        year.goals.append(&mut parts.goals);
                        year.items.append(&mut parts.items);
                    }
                    None => *complete = false,
                }
            }
            (Decoded::Plan(_), Part::Strategy) => {}
        }
    });
    ws.diagnostics.extend(diagnostics);
    if let Some(strategy) = strategy {
        ws.strategy = strategy;
        ws.strategy_complete = true;
    }
    for (year, complete) in years {
        ws.years.push(year);
        ws.years_complete.push(complete);
    }
    Ok(ws)
}

fn toml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("{}", dir.display()))? {
        let path = entry.with_context(|| format!("{}", dir.display()))?.path();
        // A `.toml` entry that cannot even be looked at (a symlink loop, a dangling
        // link) is kept, so that reading it fails with its name instead of the
        // file being left out of the plan without a word.
        if path.extension().is_some_and(|e| e == "toml")
            && fs::metadata(&path).ok().is_none_or(|m| m.is_file())
        {
            files.push(path);
        }
    }
    files.sort_by_key(|p| (p.file_name() != Some("plan.toml".as_ref()), p.clone()));
    Ok(files)
}

/// What a file is decoded as.
#[derive(Clone, Copy)]
enum Part {
    Strategy,
    Plan {
        unit: bool,
        /// Index of the year (in the order read) the file belongs to.
        year: usize,
    },
}

/// One file to parse and decode.
struct Job {
    file: FileId,
    what: Part,
}

/// A decoded file: `None` when it did not parse.
enum Decoded {
    Strategy(Option<Strategy>),
    Plan(Option<decode::PlanParts>),
}

/// Reads a year folder's files and queues them for decoding as year `index`; returns
/// the year, still empty, and whether it has a `plan.toml` (it is complete so far).
fn read_year(
    ws: &mut Workspace,
    name: String,
    dir: PathBuf,
    files: Vec<PathBuf>,
    index: usize,
    jobs: &mut Vec<Job>,
    lang: Lang,
) -> Result<(Year, bool)> {
    let has_plan = files
        .first()
        .is_some_and(|p| p.file_name() == Some("plan.toml".as_ref()));
    let mut year = Year {
        name: name.clone(),
        dir: dir.clone(),
        plan_file: None,
        files: Vec::new(),
        header: PlanHeader::default(),
        goals: Vec::new(),
        items: Vec::new(),
    };
    if !has_plan {
        ws.diagnostics.push(
            Diagnostic::at_path(
                Code::MissingPlan,
                dir,
                tr!(lang, "year {name} has no plan.toml", "året {name} saknar plan.toml"),
            )
            .with_help(tr!(
                lang,
                "every year folder needs a plan.toml with [plan]; `intplan init --year {name}` creates one",
                "varje årsmapp behöver en plan.toml med [plan]; `intplan init --year {name}` skapar en"
            )),
        );
    }
    for (position, path) in files.into_iter().enumerate() {
        let unit = !(has_plan && position == 0);
        let file = read(ws, path)?;
        year.files.push(file);
        if !unit {
            year.plan_file = Some(file);
        }
        jobs.push(Job {
            file,
            what: Part::Plan { unit, year: index },
        });
    }
    Ok((year, has_plan))
}

/// Plan text below which one thread parses everything: threads cost more than they
/// save on the few kilobytes of a normal plan.
const PARALLEL_BYTES: usize = 1 << 20;

/// Parses every file and hands each tree to `each` in job order, on this thread, so
/// the diagnostics come out the same however the work was shared. On a large plan
/// (twenty unit files of thousands of items) worker threads parse the files, the
/// costly part, while this thread decodes them: the model is then allocated by one
/// thread only, and the parse trees, freed as soon as they are decoded, do not
/// leave holes between its values in every thread's heap.
fn parse_all<'a>(
    sources: &'a Sources,
    unreadable: &[FileId],
    jobs: &[Job],
    lang: Lang,
    mut each: impl FnMut(&Job, Parsed<'a>),
) {
    let bytes: usize = jobs.iter().map(|j| sources.get(j.file).text.len()).sum();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len());
    if bytes < PARALLEL_BYTES || threads < 2 {
        for job in jobs {
            each(job, syntax(sources, unreadable, job.file, lang));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    // A parse tree is some twenty times the size of its text: no more trees than
    // threads may be alive at once (being parsed, waiting, or being decoded), or a
    // plan of twenty 2 MB files would hold a gigabyte of them.
    let (permit_tx, permit_rx) = mpsc::sync_channel(threads);
    for _ in 0..threads {
        let _ = permit_tx.send(());
    }
    let permits = Mutex::new(permit_rx);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel();
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, permits) = (&next, &permits);
            scope.spawn(move || {
                loop {
                    if !permits.lock().is_ok_and(|p| p.recv().is_ok()) {
                        break;
                    }
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(index) else { break };
                    let parsed = syntax(sources, unreadable, job.file, lang);
                    if tx.send((index, job, parsed)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut done = 0;
        for (index, job, parsed) in rx {
            waiting.insert(index, (job, parsed));
            while let Some((job, parsed)) = waiting.remove(&done) {
                each(job, parsed);
                done += 1;
                let _ = permit_tx.send(());
            }
            if done == jobs.len() {
                break;
            }
        }
        // Wake any worker still waiting for a permit: there is no job left.
        drop(permit_tx);
    });
}

/// A file's TOML tree, or the diagnostics that stop it from being decoded (none
/// more for a file that is not UTF-8: the reader reported it).
type Parsed<'a> = Result<toml::Spanned<DeTable<'a>>, Vec<Diagnostic>>;

/// Parses a file. A file that is not UTF-8 or not valid TOML is not decoded,
/// because decoding a half-parsed tree would only add confusing follow-on errors.
fn syntax<'a>(sources: &'a Sources, unreadable: &[FileId], file: FileId, lang: Lang) -> Parsed<'a> {
    if unreadable.contains(&file) {
        return Err(Vec::new());
    }
    let source = sources.get(file);
    let text = &source.text;
    let (root, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Ok(root);
    }
    if let Some(at) = conflict_marker(text) {
        return Err(vec![
            Diagnostic::new(
                Code::TomlSyntax,
                file,
                at..at + 7,
                tr!(
                    lang,
                    "the file has an unresolved git merge conflict",
                    "filen har en olöst git-konflikt"
                ),
            )
            .with_help(tr!(
                lang,
                "keep the lines you want between the markers, delete the `<<<<<<<`, `=======` and `>>>>>>>` lines, and run `intplan check` again",
                "behåll raderna du vill ha mellan markeringarna, ta bort raderna `<<<<<<<`, `=======` och `>>>>>>>`, och kör `intplan check` igen"
            )),
        ]);
    }
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut last_line = 0;
    for e in errors {
        let span = e.span().unwrap_or(0..0);
        // The parser recovers character by character: one mistake can give a run of
        // errors on its line, and only the first says what is wrong.
        let line = source.line_col(span.start).0;
        if line == last_line {
            continue;
        }
        last_line = line;
        let mut message = e.message().trim().to_owned();
        let code = if message.contains("date") || message.contains("invalid time") {
            Code::InvalidValue
        } else {
            Code::TomlSyntax
        };
        if message == "duplicate key"
            && let Some(key) = text
                .get(span.clone())
                .filter(|k| k.len() <= 80 && !k.contains('\n'))
        {
            message = format!("duplicate key `{}`", key.trim());
        }
        out.push(Diagnostic::new(
            code,
            file,
            span,
            tr!(lang, "TOML: {message}", "TOML: {message}"),
        ));
    }
    Err(out)
}

/// Where a line of git's `<<<<<<<` conflict marker starts, if the file has one.
fn conflict_marker(text: &str) -> Option<usize> {
    text.match_indices("<<<<<<<").map(|(i, _)| i).find(|&i| {
        i.checked_sub(1)
            .is_none_or(|p| text.as_bytes().get(p) == Some(&b'\n'))
    })
}

/// Decodes a parsed file into the model; `None` when it did not parse.
fn decode_file(job: &Job, parsed: Parsed<'_>, lang: Lang) -> (Decoded, Vec<Diagnostic>) {
    let (root, mut diagnostics) = match parsed {
        Ok(root) => (Some(root), Vec::new()),
        Err(diagnostics) => (None, diagnostics),
    };
    let mut cx = Ctx {
        file: job.file,
        lang,
        diagnostics: &mut diagnostics,
    };
    let decoded = match job.what {
        Part::Strategy => Decoded::Strategy(
            root.map(|root| decode::strategy(root.get_ref(), root.span(), &mut cx)),
        ),
        Part::Plan { unit, .. } => {
            Decoded::Plan(root.map(|root| decode::plan(root.get_ref(), root.span(), unit, &mut cx)))
        }
    };
    (decoded, diagnostics)
}

/// Reads a file's bytes; text that is not UTF-8 becomes a `toml-syntax` diagnostic at
/// the first bad byte, and the file is kept (lossily) so the diagnostic can excerpt it.
fn read(ws: &mut Workspace, path: PathBuf) -> Result<FileId> {
    let bytes = fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
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
                    format!("the file is not UTF-8 text (byte 0x{byte:02X})"),
                )
                .with_help("save the file as UTF-8".to_owned()),
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
