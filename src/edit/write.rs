//! The last step of every edit: the atomic write. Each new text goes to a temporary
//! file beside the file it replaces (the target of a symbolic link, so the link
//! stays), is synced, gets the old file's permissions and owner, and is renamed over
//! it; then the folder is synced. A new year folder is written the same way, as a
//! temporary folder renamed into place. A crash or a kill leaves the old text or the
//! new one, never half; what a killed edit leaves behind is swept away by the next.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use super::lock::Lock;
use crate::i18n::Lang;
use crate::t;

/// How every temporary file and folder of an edit ends. The loader reads only
/// `*.toml` files and skips hidden folders, so they are never mistaken for plan
/// files, and a holder of the lock may sweep them away.
const TEMP_SUFFIX: &str = ".intplan-tmp";

/// The one naming scheme of temporaries, for files and folders alike:
/// `.plan.toml.<pid>.intplan-tmp`, `.2027-28.<pid>.intplan-tmp`.
fn temp_name(name: &str) -> String {
    format!(".{name}.{}{TEMP_SUFFIX}", std::process::id())
}

/// Whether a folder entry is a temporary an edit left behind (also in the naming
/// of earlier versions, `.<name>.intplan-tmp-<pid>`).
fn is_leftover(name: &str) -> bool {
    name.starts_with('.') && (name.ends_with(TEMP_SUFFIX) || name.contains(".intplan-tmp-"))
}

/// Removes the temporaries a killed edit or `init` left in `dir`. Call it holding
/// the lock: then no one else can be writing them.
pub fn sweep(_lock: &Lock, dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if !is_leftover(&entry.file_name().to_string_lossy()) {
            continue;
        }
        let path = entry.path();
        let _ = match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => fs::remove_dir_all(&path),
            _ => fs::remove_file(&path),
        };
    }
}

/// Where a write to `path` really goes: through symbolic links (of the file or of
/// its folders) to the file itself, so that the rename replaces the target and the
/// link stays a link.
fn resolve(path: &Path, lang: Lang) -> Result<PathBuf> {
    let shown = path.display().to_string();
    match fs::symlink_metadata(path) {
        Ok(_) => fs::canonicalize(path)
            .with_context(|| t!(lang, "edit-dangling-link", path = shown.as_str())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
            let folder = fs::canonicalize(parent.unwrap_or(Path::new(".")))
                .with_context(|| t!(lang, "edit-cannot-write", path = shown.as_str()))?;
            Ok(folder.join(path.file_name().unwrap_or_default()))
        }
        Err(e) => Err(e).with_context(|| t!(lang, "edit-cannot-write", path = shown.as_str())),
    }
}

/// A new text written to its temporary file, waiting for the rename.
struct Staged {
    temp: PathBuf,
    target: PathBuf,
}

/// Writes each `(path, text)` atomically, all or nothing as far as a file system
/// allows: every temporary file is written and synced before the first rename, so
/// a file that cannot be written (read-only, a full disk) stops the edit with no
/// file changed.
pub fn write_files(lock: &Lock, files: &[(PathBuf, String)], lang: Lang) -> Result<()> {
    let mut targets = Vec::with_capacity(files.len());
    for (path, text) in files {
        targets.push((path, resolve(path, lang)?, text));
    }
    let mut dirs: Vec<PathBuf> = targets
        .iter()
        .filter_map(|(_, target, _)| target.parent().map(Path::to_owned))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        sweep(lock, dir);
    }
    let mut staged: Vec<Staged> = Vec::new();
    for (path, target, text) in targets {
        match stage(path, target, text, lang) {
            Ok(s) => staged.push(s),
            Err(e) => {
                discard(&staged);
                return Err(e);
            }
        }
    }
    for (i, s) in staged.iter().enumerate() {
        if let Err(e) = fs::rename(&s.temp, &s.target) {
            discard(&staged[i..]);
            let shown = s.target.display().to_string();
            return Err(e).with_context(|| t!(lang, "edit-cannot-write", path = shown.as_str()));
        }
    }
    for dir in &dirs {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// Removes temporary files that will not be renamed.
fn discard(staged: &[Staged]) {
    for s in staged {
        let _ = fs::remove_file(&s.temp);
    }
}

/// Writes one new text beside its target, with the target's permissions; a
/// read-only target is refused.
fn stage(path: &Path, target: PathBuf, text: &str, lang: Lang) -> Result<Staged> {
    let shown = path.display().to_string();
    let old = fs::metadata(&target).ok();
    if old.as_ref().is_some_and(|m| m.permissions().readonly()) {
        bail!(t!(lang, "edit-read-only", path = shown.as_str()));
    }
    let dir = target.parent().unwrap_or(Path::new(".")).to_owned();
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(temp_name(&name));
    let written = write_temp(&temp, text, old.as_ref());
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(e).with_context(|| t!(lang, "edit-cannot-write", path = shown.as_str()));
    }
    Ok(Staged { temp, target })
}

/// Writes a temporary file that must not exist yet (so no link is followed), with
/// the old file's permissions and, where allowed, its owner; then syncs it.
fn write_temp(temp: &Path, text: &str, old: Option<&fs::Metadata>) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    file.write_all(text.as_bytes())?;
    if let Some(old) = old {
        file.set_permissions(old.permissions())?;
        keep_owner(&file, old);
    }
    file.sync_all()
}

#[cfg(unix)]
fn keep_owner(file: &File, old: &fs::Metadata) {
    use std::os::unix::fs::MetadataExt as _;
    // Only root may give a file away; for anyone else it is already theirs.
    let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
}

#[cfg(not(unix))]
fn keep_owner(_file: &File, _old: &fs::Metadata) {}

/// Writes a new folder `name` in `parent` holding `files` (name, text): into a
/// temporary folder beside it, synced, then renamed into place, so the folder
/// appears whole or not at all. Fails rather than replace a folder that exists.
pub fn write_folder(
    lock: &Lock,
    parent: &Path,
    name: &str,
    files: &[(String, String)],
    lang: Lang,
) -> Result<()> {
    sweep(lock, parent);
    let temp = parent.join(temp_name(name));
    let target = parent.join(name);
    let shown = target.display().to_string();
    let result = (|| -> io::Result<()> {
        fs::create_dir(&temp)?;
        for (file, text) in files {
            write_temp(&temp.join(file), text, None)?;
        }
        File::open(&temp)?.sync_all()?;
        if fs::symlink_metadata(&target).is_ok() {
            return Err(io::ErrorKind::AlreadyExists.into());
        }
        fs::rename(&temp, &target)?;
        File::open(parent)?.sync_all()
    })();
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&temp);
        return Err(e).with_context(|| t!(lang, "edit-cannot-write", path = shown.as_str()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::lock::lock;

    #[cfg(unix)]
    #[test]
    fn atomic_write_keeps_permissions_and_leaves_no_temp() {
        use std::io::{Read as _, Seek as _};
        use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), Lang::En).unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        let mut before = File::open(&path).unwrap();
        let inode = before.metadata().unwrap().ino();
        write_files(&held, &[(path.clone(), "new".into())], Lang::En).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let after = fs::metadata(&path).unwrap();
        assert_eq!(after.permissions().mode() & 0o777, 0o640);
        // A new file took the old one's place: a write in place would show here.
        assert_ne!(after.ino(), inode);
        let mut old = String::new();
        before.rewind().unwrap();
        before.read_to_string(&mut old).unwrap();
        assert_eq!(old, "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), Lang::En).unwrap();
        let real = dir.path().join("real.toml");
        let link = dir.path().join("plan.toml");
        fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink("real.toml", &link).unwrap();
        write_files(&held, &[(link.clone(), "new".into())], Lang::En).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    }

    /// A temporary is hidden (the loader skips it), names the file and the process
    /// it belongs to, and is what the next holder of the lock sweeps away.
    #[test]
    fn temporaries_are_hidden_named_and_swept() {
        let name = temp_name("plan.toml");
        assert_eq!(
            name,
            format!(".plan.toml.{}.intplan-tmp", std::process::id())
        );
        assert!(is_leftover(&name));
        assert!(!is_leftover("plan.toml") && !is_leftover(".plan.toml"));
    }

    /// A file that does not exist yet (a new unit file) is written into its
    /// folder; the folder's own links are followed, the file has no old owner.
    #[cfg(unix)]
    #[test]
    fn a_new_file_is_written_into_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), Lang::En).unwrap();
        fs::create_dir(dir.path().join("real")).unwrap();
        std::os::unix::fs::symlink("real", dir.path().join("year")).unwrap();
        let path = dir.path().join("year/unit.toml");
        write_files(&held, &[(path.clone(), "new".into())], Lang::En).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("real/unit.toml")).unwrap(),
            "new"
        );
        assert_eq!(fs::read_dir(dir.path().join("real")).unwrap().count(), 1);
    }

    /// Root may edit a file another user owns; the new file keeps that owner, so
    /// the edit does not take the file away from them. (Only root can give a file
    /// away, so elsewhere the file simply stays its owner's.)
    #[cfg(unix)]
    #[test]
    fn an_edit_keeps_the_files_owner() {
        use std::os::unix::fs::MetadataExt as _;
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), Lang::En).unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        let me = fs::metadata(&path).unwrap().uid();
        let owner = if me == 0 {
            std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
            65534
        } else {
            me
        };
        write_files(&held, &[(path.clone(), "new".into())], Lang::En).unwrap();
        let meta = fs::metadata(&path).unwrap();
        assert_eq!(
            (meta.uid(), fs::read_to_string(&path).unwrap().as_str()),
            (owner, "new")
        );
    }

    #[test]
    fn a_failed_file_leaves_every_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), Lang::En).unwrap();
        let a = dir.path().join("a.toml");
        fs::write(&a, "a").unwrap();
        let missing = dir.path().join("no-such-folder/b.toml");
        let result = write_files(
            &held,
            &[(a.clone(), "A".into()), (missing, "B".into())],
            Lang::En,
        );
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(&a).unwrap(), "a");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn sweep_removes_leftover_files_and_folders_only() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), Lang::En).unwrap();
        fs::write(dir.path().join(".plan.toml.99.intplan-tmp"), "x").unwrap();
        fs::create_dir(dir.path().join(".2027-28.99.intplan-tmp")).unwrap();
        fs::write(dir.path().join(".2027-28.99.intplan-tmp/plan.toml"), "x").unwrap();
        fs::create_dir(dir.path().join(".2028-29.intplan-tmp-7")).unwrap();
        fs::write(dir.path().join("plan.toml"), "keep").unwrap();
        sweep(&held, dir.path());
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["plan.toml"]);
    }
}
