//! Reads a plan folder from disk: `strategy.toml`, then every `YYYY-YY` year folder
//! with its `plan.toml` and unit files. A file that cannot be read at all is an
//! `Err` (exit 2); everything wrong inside a file is a diagnostic, collected in the
//! [`Workspace`] for `check` and the reports.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

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
    load_with(root, lang, &[])
}

/// Reads and decodes a plan folder as it would be if each `(path, text)` of
/// `overlay` held that text: the edit commands and `init` check what they are about
/// to write with exactly the code `check` runs. A path may name a file or a year
/// folder that does not exist yet; it must be joined onto `root` the way the loader
/// joins (`root/2026-27/plan.toml`).
pub fn load_with(root: &Path, lang: Lang, overlay: &[(PathBuf, String)]) -> Result<Workspace> {
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
    let file = read(&mut ws, strategy_path, overlay)?;
    if let Some(strategy) = parse(&mut ws, file, lang, decode::strategy) {
        ws.strategy = strategy;
        ws.strategy_complete = true;
    }
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
    for (path, _) in overlay {
        if let Some(dir) = path.parent()
            && dir.parent() == Some(root)
            && !dirs.iter().any(|(_, d)| d == dir)
            && let Some(name) = dir.file_name()
        {
            dirs.push((name.to_string_lossy().into_owned(), dir.to_owned()));
        }
    }
    dirs.sort();
    for (name, dir) in dirs {
        let tomls = toml_files(&dir, overlay)?;
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
        load_year(&mut ws, name, dir, tomls, lang, overlay)?;
    }
    Ok(ws)
}

fn toml_files(dir: &Path, overlay: &[(PathBuf, String)]) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = overlay
        .iter()
        .map(|(p, _)| p.clone())
        .filter(|p| p.parent() == Some(dir))
        .collect();
    let listing = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound && !files.is_empty() => return Ok(files),
        listing => listing.with_context(|| format!("{}", dir.display()))?,
    };
    for entry in listing {
        let path = entry.with_context(|| format!("{}", dir.display()))?.path();
        if path.extension().is_some_and(|e| e == "toml")
            && fs::metadata(&path).is_ok_and(|m| m.is_file())
            && !files.contains(&path)
        {
            files.push(path);
        }
    }
    files.sort_by_key(|p| (p.file_name() != Some("plan.toml".as_ref()), p.clone()));
    Ok(files)
}

fn load_year(
    ws: &mut Workspace,
    name: String,
    dir: PathBuf,
    files: Vec<PathBuf>,
    lang: Lang,
    overlay: &[(PathBuf, String)],
) -> Result<()> {
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
    let mut complete = has_plan;
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
    for (index, path) in files.into_iter().enumerate() {
        let unit = !(has_plan && index == 0);
        let file = read(ws, path, overlay)?;
        year.files.push(file);
        if !unit {
            year.plan_file = Some(file);
        }
        match parse(ws, file, lang, |root, span, cx| {
            decode::plan(root, span, unit, cx)
        }) {
            Some(parts) => {
                if let Some(header) = parts.header {
                    year.header = header;
                }
                year.goals.extend(parts.goals);
                year.items.extend(parts.items);
            }
            None => complete = false,
        }
    }
    ws.years.push(year);
    ws.years_complete.push(complete);
    Ok(())
}

/// Reads a file's bytes; text that is not UTF-8 becomes a `toml-syntax` diagnostic at
/// the first bad byte, and the file is kept (lossily) so the diagnostic can excerpt it.
/// A path in `overlay` gets the overlay's text instead of the disk's.
fn read(ws: &mut Workspace, path: PathBuf, overlay: &[(PathBuf, String)]) -> Result<FileId> {
    if let Some((_, text)) = overlay.iter().find(|(p, _)| *p == path) {
        return Ok(ws.sources.add(path, text.clone()));
    }
    let bytes = fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(ws.sources.add(path, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let byte = e.as_bytes()[at];
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

/// Parses a file and decodes it with `decode`, unless it is not UTF-8 or not valid
/// TOML: then the syntax errors are reported and `None` is returned, because
/// decoding a half-parsed tree would only add confusing follow-on errors.
fn parse<T>(
    ws: &mut Workspace,
    file: FileId,
    lang: Lang,
    decode: impl FnOnce(&DeTable<'_>, std::ops::Range<usize>, &mut Ctx<'_>) -> T,
) -> Option<T> {
    if ws.unreadable.contains(&file) {
        return None;
    }
    let text = &ws.sources.get(file).text;
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().to_owned();
            let code = if message.contains("date") || message.contains("invalid time") {
                Code::InvalidValue
            } else {
                Code::TomlSyntax
            };
            ws.diagnostics.push(Diagnostic::new(
                code,
                file,
                span,
                tr!(lang, "TOML: {message}", "TOML: {message}"),
            ));
        }
        return None;
    }
    let span = root.span();
    let mut cx = Ctx {
        file,
        lang,
        diagnostics: &mut ws.diagnostics,
    };
    Some(decode(root.get_ref(), span, &mut cx))
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
