//! Plan folders for edit tests: a copy of the shipped plans/ or a folder written
//! from texts, in a tempdir, and runs of the binary on them with the date pinned.

use std::fs;
use std::path::{Path, PathBuf};

use tempfile::TempDir;

use super::{Run, intplan_env, root};

/// Copies a folder tree (files and folders; no links).
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the shipped plans/ in a fresh tempdir: (guard, plans folder).
pub fn shipped() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    copy_dir(&root().join("plans"), &plans);
    (dir, plans)
}

/// A plan folder written from `(path under the folder, text)` pairs.
pub fn folder(files: &[(&str, &str)]) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    for (path, text) in files {
        let path = plans.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    (dir, plans)
}

/// Runs `intplan --plan PLANS --as-of AS_OF ARGS` from the folder above the plans,
/// in English unless the arguments say otherwise.
pub fn run_on(plans: &Path, as_of: &str, args: &[&str]) -> Run {
    let mut all = vec!["--plan", plans.to_str().unwrap(), "--as-of", as_of];
    all.extend_from_slice(args);
    intplan_env(plans.parent().unwrap(), &all, &[("LANG", "C")])
}

/// Runs on 2026-11-28, the day the shipped plans are written for.
pub fn run(plans: &Path, args: &[&str]) -> Run {
    run_on(plans, "2026-11-28", args)
}

/// A file's text.
pub fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

/// `text` with `anchor` (which must occur exactly once) replaced.
pub fn replaced(text: &str, anchor: &str, with: &str) -> String {
    assert_eq!(
        text.matches(anchor).count(),
        1,
        "anchor not unique: {anchor}"
    );
    text.replacen(anchor, with, 1)
}

/// Every file under a folder with its bytes, for "nothing changed" checks.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                out.push((path.clone(), fs::read(&path).unwrap()));
            } else {
                out.push((path.clone(), Vec::new()));
            }
        }
    }
    out.sort();
    out
}
