//! The last steps of every edit: the lock that serialises edits of a year, the
//! comparison that refuses an edit adding an error, and the atomic write (temporary
//! file in the same folder, fsync, the old file's permissions, rename, fsync of the
//! folder), so that a crash or a kill leaves the old text or the new one, never half.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::diagnostic::{Diagnostic, Severity};

/// The lock file's name in the plan folder. A separate file, because the rename
/// replaces the plan file and a lock on the old one would serialise nothing.
pub const LOCK_FILE: &str = ".intplan.lock";

/// Ending of temporary files; the loader reads only `*.toml`, so they are never
/// mistaken for plan files, and a holder of the lock may sweep away leftovers.
const TEMP_SUFFIX: &str = ".intplan-tmp";

/// An exclusive lock on a folder, held until dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Waits for and takes the exclusive lock of the plan folder `dir`. One lock for the
/// whole folder: an edit need not load the plan to learn which year folder to lock,
/// and `init`'s new year and an edit of the old one cannot cross.
pub fn lock(dir: &Path) -> Result<Lock> {
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open the lock file {}", path.display()))?;
    file.lock()
        .with_context(|| format!("cannot lock {}", path.display()))?;
    Ok(Lock { _file: file })
}

/// Removes the temporary files a killed edit left in `dir`. Call it holding the lock:
/// then no one else can be writing them.
pub fn sweep(_lock: &Lock, dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().ends_with(TEMP_SUFFIX) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// The errors of `after` that `before` did not have: the ones an edit would add.
/// Diagnostics are matched by code and message, since spans move with the edit; a
/// problem that was already there (even one repeated) is not the edit's fault.
pub fn added_errors(before: &[Diagnostic], after: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut old: Vec<(&str, &str)> = before
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.code.as_str(), d.message.as_str()))
        .collect();
    after
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .filter(|d| {
            let key = (d.code.as_str(), d.message.as_str());
            match old.iter().position(|k| *k == key) {
                Some(i) => {
                    old.swap_remove(i);
                    false
                }
                None => true,
            }
        })
        .collect()
}

/// Writes `text` to `path` atomically, keeping the permissions of the file it
/// replaces. The temporary file sits in the same folder, so the rename never
/// crosses a file system.
pub fn atomic_write(path: &Path, text: &str) -> Result<()> {
    write_inner(path, text).with_context(|| format!("cannot write {}", path.display()))
}

fn write_inner(path: &Path, text: &str) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}{TEMP_SUFFIX}", std::process::id()));
    let permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        file.write_all(text.as_bytes())?;
        if let Some(p) = permissions {
            file.set_permissions(p)?;
        }
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)?;
        File::open(&dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
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
    fn only_new_errors_count() {
        let before = vec![
            d(Code::UnknownOwner, "x"),
            d(Code::StaleItem, "old warning"),
        ];
        let after = vec![
            d(Code::UnknownOwner, "x"),
            d(Code::UnknownOwner, "x"),
            d(Code::UnknownGoal, "y"),
            d(Code::StaleItem, "new warning"),
        ];
        let added = added_errors(&before, after);
        let codes: Vec<_> = added.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::UnknownOwner, Code::UnknownGoal]);
    }

    #[cfg(unix)]
    #[test]
    fn atomic_write_keeps_permissions_and_leaves_no_temp() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        atomic_write(&path, "new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
