//! Older copies of a year's plan for `diff` and `week --since`: the files at a git
//! revision of the repository that holds the plan folder (read with `git show`, and
//! decoded by the same loader as the current files), or another plan folder.
//! Problems here are usage problems (exit 2), said plainly.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Result, bail};
use chrono::{Days, NaiveDate};

use crate::i18n::Lang;
use crate::load::{self, Workspace};
use crate::model::Year;
use crate::tr;

/// What to compare the current plan with.
#[derive(Clone, Debug)]
pub enum Against {
    /// A git revision: a commit, tag or branch.
    Rev(String),
    /// The newest commit at least a week older than the as-of date.
    LastWeek,
    /// Another plan folder.
    Dir(PathBuf),
}

/// Days back the default revision reaches: one board meeting ago.
pub const DEFAULT_DAYS_BACK: u64 = 7;

/// The old copy of year `name` and a label saying where it came from. A year the old
/// copy lacks comes back empty, so every item in it counts as added.
pub fn old_year(
    root: &Path,
    name: &str,
    against: &Against,
    as_of: NaiveDate,
    lang: Lang,
) -> Result<(Year, String)> {
    let (mut ws, label) = match against {
        Against::Dir(dir) => (load::load(dir, lang)?, dir.display().to_string()),
        Against::Rev(rev) => at_rev(root, name, rev, lang)?,
        Against::LastWeek => {
            let before = as_of
                .checked_sub_days(Days::new(DEFAULT_DAYS_BACK))
                .unwrap_or(NaiveDate::MIN);
            let rev = git(
                root,
                &[
                    "log",
                    "-1",
                    "--format=%H",
                    &format!("--before={before} 23:59:59"),
                    "HEAD",
                ],
                lang,
            )?;
            let rev = rev.trim();
            if rev.is_empty() {
                bail!(tr!(
                    lang,
                    "no commit of {} is from {before} or earlier; pass --against REV or a plan folder",
                    "ingen commit i {} är från {before} eller tidigare; ange --against REV eller en planmapp",
                    root.display()
                ));
            }
            at_rev(root, name, rev, lang)?
        }
    };
    let index = ws.years.iter().position(|y| y.name == name);
    if let Some(i) = index
        && !ws.years_complete.get(i).copied().unwrap_or(false)
    {
        bail!(tr!(
            lang,
            "the {name} plan in {label} cannot be read in full, so there is nothing sound to compare with",
            "planen för {name} i {label} kan inte läsas helt, så det finns inget säkert att jämföra med"
        ));
    }
    let year = match index {
        Some(i) => ws.years.swap_remove(i),
        None => empty_year(name, root),
    };
    Ok((year, label))
}

fn empty_year(name: &str, root: &Path) -> Year {
    Year::new(name.to_owned(), root.join(name))
}

/// Loads `strategy.toml` and the year's files as they were at `rev`.
fn at_rev(root: &Path, name: &str, rev: &str, lang: Lang) -> Result<(Workspace, String)> {
    git(root, &["rev-parse", "--show-prefix"], lang)?;
    let commit = match git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
        lang,
    ) {
        Ok(c) if !c.trim().is_empty() => c.trim().to_owned(),
        _ => bail!(tr!(
            lang,
            "`{rev}` is not a commit of the repository that holds {}",
            "`{rev}` är ingen commit i förrådet som innehåller {}",
            root.display()
        )),
    };
    let listing = git(
        root,
        &[
            "ls-tree",
            "--name-only",
            &commit,
            "--",
            "strategy.toml",
            &format!("{name}/"),
        ],
        lang,
    )?;
    let mut files = Vec::new();
    for path in listing.lines().filter(|p| p.ends_with(".toml")) {
        let text = git(root, &["show", &format!("{commit}:./{path}")], lang)?;
        files.push((PathBuf::from(path), text));
    }
    let date = git(root, &["show", "-s", "--format=%cs", &commit], lang)?;
    let short: String = commit.chars().take(7).collect();
    let label = if short == rev || commit == rev {
        format!("{short} ({})", date.trim())
    } else {
        format!("{rev} ({short}, {})", date.trim())
    };
    let shown = PathBuf::from(format!("{}@{short}", root.display()));
    Ok((load::load_texts(&shown, files, lang)?, label))
}

/// Runs git in the plan folder and returns its output; any failure is a plain
/// message, the common one being a plan folder outside a git repository.
fn git(root: &Path, args: &[&str], lang: Lang) -> Result<String> {
    let output = match Command::new("git").args(args).current_dir(root).output() {
        Ok(o) => o,
        Err(e) => bail!(tr!(
            lang,
            "cannot run git ({e}); compare with a plan folder instead: intplan diff OLD_DIR",
            "kan inte köra git ({e}); jämför med en planmapp i stället: intplan diff GAMMAL_MAPP"
        )),
    };
    if output.status.success() {
        return Ok(String::from_utf8_lossy(&output.stdout).into_owned());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("not a git repository") {
        bail!(tr!(
            lang,
            "{} is not in a git repository, so there is no history to compare with; compare with a plan folder instead: intplan diff OLD_DIR",
            "{} ligger inte i ett git-förråd, så det finns ingen historik att jämföra med; jämför med en planmapp i stället: intplan diff GAMMAL_MAPP",
            root.display()
        ));
    }
    bail!("git {}: {}", args.join(" "), stderr.trim())
}
