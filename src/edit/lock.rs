//! The lock that makes edits of one plan folder wait for each other, so that edits
//! started at the same time all land. It leaves nothing in the user's work tree:
//! the plan folder itself is locked (on Unix a folder can be opened and locked
//! like a file). Where that fails (a file system without `flock`, another system),
//! a lock file is used instead, inside the git folder of the repository that holds
//! the plan, else in the user's run-time folder; it is never opened through a
//! symbolic link.

use std::fs::{self, File, OpenOptions};
use std::hash::{Hash as _, Hasher as _};
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::i18n::Lang;
use crate::t;

/// An exclusive lock on a plan folder, held until dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Waits for and takes the exclusive lock of the plan folder `plan`. One lock for
/// the whole folder: an edit need not load the plan to learn which year to lock, and
/// `init`'s new year and an edit of the old one cannot cross.
pub fn lock(plan: &Path, lang: Lang) -> Result<Lock> {
    if let Ok(lock) = lock_folder(plan) {
        return Ok(lock);
    }
    let path = fallback(plan);
    lock_file(&path).with_context(|| {
        t!(
            lang,
            "edit-cannot-lock",
            folder = plan.display().to_string(),
            path = path.display().to_string()
        )
    })
}

#[cfg(unix)]
fn lock_folder(dir: &Path) -> io::Result<Lock> {
    let file = File::open(dir)?;
    file.lock()?;
    Ok(Lock { _file: file })
}

#[cfg(not(unix))]
fn lock_folder(_dir: &Path) -> io::Result<Lock> {
    Err(io::ErrorKind::Unsupported.into())
}

/// The lock file used when the folder cannot be locked: `intplan.lock` in the git
/// folder of the repository holding the plan, else a file named after the plan
/// folder in `XDG_RUNTIME_DIR` (or the temporary folder).
fn fallback(plan: &Path) -> PathBuf {
    let real = fs::canonicalize(plan).unwrap_or_else(|_| plan.to_owned());
    if let Some(git) = git_dir(&real) {
        return git.join("intplan.lock");
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    let mut hasher = std::hash::DefaultHasher::new();
    real.hash(&mut hasher);
    runtime.join(format!("intplan-{:016x}.lock", hasher.finish()))
}

/// The git folder of the repository holding `dir`: `.git`, or the folder a `.git`
/// file points to (a worktree or submodule).
fn git_dir(dir: &Path) -> Option<PathBuf> {
    for folder in dir.ancestors() {
        let dotgit = folder.join(".git");
        let Ok(meta) = fs::symlink_metadata(&dotgit) else {
            continue;
        };
        if meta.is_dir() {
            return Some(dotgit);
        }
        let text = fs::read_to_string(&dotgit).ok()?;
        let target = text.strip_prefix("gitdir:")?.trim();
        let target = folder.join(target);
        return target.is_dir().then_some(target);
    }
    None
}

/// Opens (creating it) and locks a lock file, refusing to follow a symbolic link.
fn lock_file(path: &Path) -> io::Result<Lock> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let file = options.open(path)?;
    file.lock()?;
    Ok(Lock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_folder_lock_excludes_a_second_holder_and_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), Lang::En).unwrap();
        let other = File::open(dir.path()).unwrap();
        assert!(other.try_lock().is_err());
        drop(held);
        assert!(other.try_lock().is_ok());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn the_fallback_lock_file_excludes_a_second_holder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let held = lock_file(&path).unwrap();
        let other = OpenOptions::new().write(true).open(&path).unwrap();
        assert!(other.try_lock().is_err());
        drop(held);
        assert!(other.try_lock().is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn the_fallback_never_follows_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere");
        std::os::unix::fs::symlink(&elsewhere, dir.path().join("x.lock")).unwrap();
        assert!(lock_file(&dir.path().join("x.lock")).is_err());
        assert!(!elsewhere.exists());
    }

    #[test]
    fn the_fallback_goes_to_the_git_folder() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join(".git")).unwrap();
        fs::create_dir_all(dir.path().join("plans")).unwrap();
        let real = fs::canonicalize(dir.path()).unwrap();
        assert_eq!(
            fallback(&dir.path().join("plans")),
            real.join(".git/intplan.lock")
        );
        let worktree = tempfile::tempdir().unwrap();
        fs::write(
            worktree.path().join(".git"),
            format!("gitdir: {}\n", real.join(".git").display()),
        )
        .unwrap();
        assert_eq!(git_dir(worktree.path()), Some(real.join(".git")));
    }
}
