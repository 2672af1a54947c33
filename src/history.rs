//! Older copies of a year's plan for `diff` and `week --since`: the files at a git
//! revision of the repository that holds the plan folder (read with `git show`, and
//! decoded by the same loader as the current files), or another plan folder.
//! Problems here are usage problems (exit 2), said plainly.
//!
//! Git is asked for NUL-separated output (`-z`), so file names that git would
//! otherwise quote (`kårhuset.toml`) come through as they are. A plan folder that
//! did not exist at the revision is followed through git's rename detection, or
//! refused: comparing with nothing would show every item as added.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Result, bail};
use chrono::{Days, NaiveDate};

use crate::i18n::Lang;
use crate::load::{self, Workspace, Years};
use crate::model::Year;
use crate::t;

/// What to compare the current plan with.
#[derive(Clone, Debug)]
pub enum Against {
    /// A git revision: a commit, tag or branch.
    Rev(String),
    /// The newest commit on or before a day.
    Since(NaiveDate),
    /// The newest commit at least [`DEFAULT_DAYS_BACK`] days older than the as-of day.
    Default,
    /// Another plan folder.
    Dir(PathBuf),
}

/// Days back the default revision reaches: one board meeting ago.
pub const DEFAULT_DAYS_BACK: u64 = 7;

/// The old copy of a year: the workspace it was loaded into (for file names), the
/// year itself (empty when the old copy lacks it, so every item in it counts as
/// added) and a label saying where it came from.
#[derive(Debug)]
pub struct OldCopy {
    /// The old plan folder as loaded.
    pub workspace: Workspace,
    /// The year, taken out of the workspace.
    pub year: Year,
    /// "abc1234 (2026-11-10)", "HEAD~1 (abc1234, 2026-11-10)" or a folder.
    pub label: String,
}

/// Loads the old copy of year `name` of the plan folder `root`.
pub fn old_year(
    root: &Path,
    name: &str,
    against: &Against,
    as_of: NaiveDate,
    lang: Lang,
) -> Result<OldCopy> {
    let (mut workspace, label) = match against {
        Against::Dir(dir) => {
            let years = Years::Select {
                year: Some(name),
                as_of,
                history: false,
            };
            (
                load::load_years(dir, lang, years)?,
                dir.display().to_string(),
            )
        }
        Against::Rev(rev) => at_rev(root, name, &Commit::named(root, rev, lang)?, lang)?,
        Against::Since(day) => at_rev(root, name, &Commit::on_or_before(root, *day, lang)?, lang)?,
        Against::Default => {
            let day = as_of
                .checked_sub_days(Days::new(DEFAULT_DAYS_BACK))
                .unwrap_or(NaiveDate::MIN);
            at_rev(root, name, &Commit::on_or_before(root, day, lang)?, lang)?
        }
    };
    let index = workspace.years.iter().position(|y| y.name == name);
    if let Some(i) = index
        && !workspace.years_complete.get(i).copied().unwrap_or(false)
    {
        let problem = first_error(&workspace);
        bail!(t!(
            lang,
            "history-old-unreadable",
            year = name,
            label = label.as_str(),
            problem = problem
        ));
    }
    let year = match index {
        Some(i) => workspace.years.swap_remove(i),
        None => Year::new(name.to_owned(), root.join(name)),
    };
    Ok(OldCopy {
        workspace,
        year,
        label,
    })
}

/// The first error that kept the old copy from loading, as "path:line:col: message",
/// so that the user can see what to look at in that revision.
fn first_error(workspace: &Workspace) -> String {
    let Some(d) = workspace
        .diagnostics
        .iter()
        .find(|d| d.severity == crate::diagnostic::Severity::Error)
    else {
        return String::new();
    };
    match d.position(&workspace.sources) {
        (path, Some((line, col))) => format!("{path}:{line}:{col}: {}", d.message),
        (path, None) => format!("{path}: {}", d.message),
    }
}

/// A commit to read the old plan from, with how to name it.
struct Commit {
    /// The full hash.
    hash: String,
    /// The name the user gave, when it was not the hash itself.
    name: Option<String>,
}

impl Commit {
    /// The commit a revision names.
    fn named(root: &Path, rev: &str, lang: Lang) -> Result<Commit> {
        git(root, &["rev-parse", "--show-prefix"], lang)?;
        let spec = format!("{rev}^{{commit}}");
        let hash = match git(root, &["rev-parse", "--verify", "--quiet", &spec], lang) {
            Ok(c) if !c.trim().is_empty() => c.trim().to_owned(),
            _ => bail!(t!(
                lang,
                "history-not-a-commit",
                rev = rev,
                root = root.display().to_string()
            )),
        };
        let is_hash =
            rev.len() >= 4 && rev.chars().all(|c| c.is_ascii_hexdigit()) && hash.starts_with(rev);
        let name = (!is_hash).then(|| rev.to_owned());
        Ok(Commit { hash, name })
    }

    /// The newest commit of `HEAD` made on or before `day` (by the committer's date).
    fn on_or_before(root: &Path, day: NaiveDate, lang: Lang) -> Result<Commit> {
        let before = format!("--before={day} 23:59:59");
        let hash = git(root, &["log", "-1", "--format=%H", &before, "HEAD"], lang)?;
        let hash = hash.trim();
        if hash.is_empty() {
            bail!(t!(
                lang,
                "history-no-commit",
                day = day,
                root = root.display().to_string()
            ));
        }
        Ok(Commit {
            hash: hash.to_owned(),
            name: None,
        })
    }
}

/// Loads `strategy.toml` and the year's files as they were at `commit`.
fn at_rev(root: &Path, name: &str, commit: &Commit, lang: Lang) -> Result<(Workspace, String)> {
    let top =
        PathBuf::from(git(root, &["rev-parse", "--show-toplevel"], lang)?.trim_end_matches('\n'));
    let prefix = git(root, &["rev-parse", "--show-prefix"], lang)?
        .trim_end_matches('\n')
        .to_owned();
    let hash = commit.hash.as_str();
    let date = git(&top, &["show", "-s", "--format=%cs", hash], lang)?;
    let short: String = hash.chars().take(7).collect();
    let mut label = match &commit.name {
        Some(rev) => format!("{rev} ({short}, {})", date.trim()),
        None => format!("{short} ({})", date.trim()),
    };
    let strategy = format!("{prefix}strategy.toml");
    let old_prefix = if blobs(&top, hash, &[&strategy], lang)?.is_empty() {
        match renamed_from(&top, hash, &prefix, name, lang)? {
            Some(old) => {
                let was = if old.is_empty() {
                    ".".to_owned()
                } else {
                    old.trim_end_matches('/').to_owned()
                };
                label = t!(lang, "history-label-moved", label = label, path = was);
                old
            }
            None => bail!(t!(
                lang,
                "history-folder-missing",
                root = root.display().to_string(),
                label = label
            )),
        }
    } else {
        prefix
    };
    let wanted = [
        format!("{old_prefix}strategy.toml"),
        format!("{old_prefix}{name}/"),
    ];
    let mut files = Vec::new();
    for (path, size) in blobs(&top, hash, &[&wanted[0], &wanted[1]], lang)? {
        let Some(rel) = path.strip_prefix(&old_prefix) else {
            continue;
        };
        if !rel.ends_with(".toml") {
            continue;
        }
        if size > load::MAX_FILE_BYTES {
            let path = format!("{}@{short}/{rel}", root.display());
            let limit = load::MAX_FILE_BYTES / (1024 * 1024);
            let message = t!(lang, "load-too-big", path = path, limit = limit);
            return Err(std::io::Error::new(std::io::ErrorKind::FileTooLarge, message).into());
        }
        let text = git(&top, &["show", &format!("{hash}:{path}")], lang)?;
        files.push((PathBuf::from(rel), text));
    }
    let shown = PathBuf::from(format!("{}@{short}", root.display()));
    Ok((load::load_texts(&shown, files, lang)?, label))
}

/// The files (blobs, not folders) at `paths` in `commit`, as paths from the top of
/// the repository with their sizes in bytes (so that a huge blob is refused as a
/// huge file is, before it is read); a folder lists its direct entries.
fn blobs(top: &Path, commit: &str, paths: &[&str], lang: Lang) -> Result<Vec<(String, u64)>> {
    let mut args = vec!["ls-tree", "-z", "-l", "--full-tree", commit, "--"];
    args.extend_from_slice(paths);
    let listing = git(top, &args, lang)?;
    Ok(listing
        .split('\0')
        .filter_map(|entry| {
            // `<mode> <type> <object> <size, padded>\t<path>`
            let (meta, path) = entry.split_once('\t')?;
            let mut fields = meta.split_whitespace().skip(1);
            fields.next().filter(|kind| *kind == "blob")?;
            let size = fields.nth(1)?.parse().ok()?;
            Some((path.to_owned(), size))
        })
        .collect())
}

/// Where the plan folder (now at `prefix`, from the top of the repository) was at
/// `commit`, found through git's rename detection between that commit and the work
/// tree: the old path of the renamed `strategy.toml`, else of a renamed file of the
/// year folder `name`. `None` when git sees no such rename.
fn renamed_from(
    top: &Path,
    commit: &str,
    prefix: &str,
    name: &str,
    lang: Lang,
) -> Result<Option<String>> {
    let listing = git(
        top,
        &["diff", "-z", "--name-status", "-M", commit, "--"],
        lang,
    )?;
    let mut fields = listing.split('\0').filter(|f| !f.is_empty());
    let mut from_year = None;
    while let Some(status) = fields.next() {
        let renamed = status.starts_with('R') || status.starts_with('C');
        let (Some(old), new) = (fields.next(), renamed.then(|| fields.next()).flatten()) else {
            break;
        };
        let Some(new) = new else { continue };
        let Some(rest) = new.strip_prefix(prefix) else {
            continue;
        };
        if rest == "strategy.toml" {
            return Ok(old.strip_suffix("strategy.toml").map(str::to_owned));
        }
        if rest.starts_with(&format!("{name}/")) && from_year.is_none() {
            from_year = old.strip_suffix(rest).map(str::to_owned);
        }
    }
    Ok(from_year)
}

/// Runs git in `dir` and returns its output; any failure is a plain message, the
/// common one being a plan folder outside a git repository.
fn git(dir: &Path, args: &[&str], lang: Lang) -> Result<String> {
    // Git's own messages in English, so that they can be recognised.
    let run = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE")
        .output();
    let output = match run {
        Ok(o) => o,
        Err(e) => bail!(t!(lang, "history-no-git", error = e.to_string())),
    };
    if output.status.success() {
        return Ok(String::from_utf8_lossy(&output.stdout).into_owned());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("not a git repository") {
        bail!(t!(
            lang,
            "history-not-a-repository",
            root = dir.display().to_string()
        ));
    }
    bail!(t!(
        lang,
        "history-git-failed",
        command = args.join(" "),
        error = stderr.trim()
    ))
}
