//! The files around an edit: symbolic links (of a plan file, a unit file that
//! points into another folder, a year folder, the plan folder) are written
//! through, a read-only file is refused, the lock leaves nothing in the work tree
//! and follows no link, the write replaces the file instead of writing into it,
//! and dates a TOML file cannot hold are refused before anything is read.

#![cfg(unix)]

mod common;

use std::fs::{self, File};
use std::io::{Read as _, Seek as _};
use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _, symlink};
use std::path::Path;

use common::plans::{read, replaced, run, shipped, snapshot};

const NOTE: &str =
    "\n[[item.log]]\ndate = 2026-11-28\nby = \"Vice kårordförande\"\nnote = \"Linked.\"\n";

/// Where `item note 2b-2 "Linked."` puts its entry.
const ANCHOR: &str =
    "note = \"Chapters 1-4 translated. Chapter 5 (finances) waits for the treasurer's review.\"\n";

fn noted(text: &str) -> String {
    replaced(text, ANCHOR, &format!("{ANCHOR}{NOTE}"))
}

fn temporaries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("intplan-tmp"))
        .collect()
}

#[test]
fn a_symlinked_plan_file_is_edited_through_the_link() {
    let (dir, plans) = shipped();
    let store = dir.path().join("store");
    fs::create_dir(&store).unwrap();
    let link = plans.join("2026-27/plan.toml");
    let real = store.join("plan.toml");
    fs::rename(&link, &real).unwrap();
    symlink(&real, &link).unwrap();
    let before = read(&real);
    let run = run(&plans, &["item", "note", "2b-2", "Linked."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "2b-2 (2026/27, plan.toml): note added, dated 2026-11-28\n"
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_link(&link).unwrap(), real);
    assert_eq!(read(&real), noted(&before));
    assert!(temporaries(&store).is_empty());
    assert!(temporaries(&plans.join("2026-27")).is_empty());
}

#[test]
fn a_unit_file_linked_into_another_folder_is_edited_there() {
    let (dir, plans) = shipped();
    let section = dir.path().join("d-sektionen-repo");
    fs::create_dir(&section).unwrap();
    let real = section.join("items.toml");
    let link = plans.join("2026-27/d-sektionen.toml");
    fs::rename(&link, &real).unwrap();
    symlink("../../d-sektionen-repo/items.toml", &link).unwrap();
    let before = read(&real);
    let run = run(&plans, &["item", "set", "2b-4", "--due", "2027-04-30"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "2b-4 (2026/27, d-sektionen.toml): due 2027-03-31 -> 2027-04-30\n"
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        read(&real),
        replaced(&before, "due = 2027-03-31\n", "due = 2027-04-30\n")
    );
    assert!(temporaries(&section).is_empty());
}

#[test]
fn linked_year_and_plan_folders_are_edited_through() {
    let (dir, plans) = shipped();
    let elsewhere = dir.path().join("years");
    fs::create_dir(&elsewhere).unwrap();
    fs::rename(plans.join("2026-27"), elsewhere.join("2026-27")).unwrap();
    symlink(elsewhere.join("2026-27"), plans.join("2026-27")).unwrap();
    let folder_link = dir.path().join("plans-link");
    symlink(&plans, &folder_link).unwrap();
    let real = elsewhere.join("2026-27/plan.toml");
    let before = read(&real);
    let run = run(&folder_link, &["item", "note", "2b-2", "Linked."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(read(&real), noted(&before));
    assert!(
        fs::symlink_metadata(plans.join("2026-27"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::symlink_metadata(&folder_link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn the_lock_leaves_no_file_and_follows_no_link() {
    let (dir, plans) = shipped();
    // An old lock file name, planted as a link to a place outside the plan.
    let outside = dir.path().join("outside.lock");
    symlink(&outside, plans.join(".intplan.lock")).unwrap();
    assert_eq!(run(&plans, &["item", "note", "2b-2", "Linked."]).code, 0);
    assert!(
        !outside.exists(),
        "the lock followed a link out of the plan folder"
    );
    fs::remove_file(plans.join(".intplan.lock")).unwrap();
    assert_eq!(run(&plans, &["item", "note", "2b-2", "Again."]).code, 0);
    let names: Vec<_> = fs::read_dir(&plans)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("lock")), "{names:?}");
}

#[test]
fn a_read_only_file_is_refused_and_nothing_is_written() {
    let (_dir, plans) = shipped();
    let unit = plans.join("2026-27/d-sektionen.toml");
    fs::set_permissions(&unit, fs::Permissions::from_mode(0o444)).unwrap();
    let before = snapshot(&plans);
    // Two files: the writable one must not change either.
    let run = run(&plans, &["item", "done", "2a-1", "2b-4"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        format!(
            "error: {} is read-only, so it was not changed and nothing was written; make it writable (chmod u+w) to edit it\n",
            unit.display()
        )
    );
    assert_eq!(snapshot(&plans), before);
}

#[test]
fn an_edit_replaces_the_file_and_never_writes_into_it() {
    let (_dir, plans) = shipped();
    let path = plans.join("2026-27/plan.toml");
    let before = read(&path);
    let mut held = File::open(&path).unwrap();
    let inode = held.metadata().unwrap().ino();
    let run = run(&plans, &["item", "note", "2b-2", "Linked."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The path holds the new text, in a new file...
    assert_eq!(read(&path), noted(&before));
    assert_ne!(fs::metadata(&path).unwrap().ino(), inode);
    // ...while a reader that opened the old one still reads it whole.
    let mut old = String::new();
    held.rewind().unwrap();
    held.read_to_string(&mut old).unwrap();
    assert_eq!(old, before);
}

#[test]
fn dates_a_toml_file_cannot_hold_are_refused_with_exit_2() {
    let (_dir, plans) = shipped();
    let before = snapshot(&plans);
    let cases: [&[&str]; 6] = [
        &["item", "done", "2a-1", "--on=-0001-06-15"],
        &["item", "set", "2b-2", "--due=+70000-03-04"],
        &[
            "item",
            "add",
            "--goal",
            "2b",
            "--title",
            "X",
            "--owner",
            "Vice kårordförande",
            "--start",
            "10000-01-01",
        ],
        &["--as-of", "99999-01-01", "item", "note", "2b-2", "x"],
        &["init", "--year", "2027-28", "--start", "2027-7-1"],
        &["item", "set", "2b-2", "--start", "2026-02-30"],
    ];
    for args in cases {
        let run = common::intplan_env(
            plans.parent().unwrap(),
            &[&["--plan", plans.to_str().unwrap()], args].concat(),
            &[("LANG", "C")],
        );
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(
                "is not a date from 0000-01-01 to 9999-12-31: write YYYY-MM-DD, like 2026-11-28"
            ),
            "{args:?}: {}",
            run.stderr
        );
    }
    let run = common::plans::run(&plans, &["item", "done", "2a-1", "--on=-0001-06-15"]);
    assert_eq!(
        run.stderr,
        "error: invalid value '-0001-06-15' for '--on <YYYY-MM-DD>': `-0001-06-15` is not a date from 0000-01-01 to 9999-12-31: write YYYY-MM-DD, like 2026-11-28\n\nFor more information, try '--help'.\n"
    );
    assert_eq!(snapshot(&plans), before);
    let edge = common::plans::run(&plans, &["item", "set", "2b-2", "--start", "0000-01-01"]);
    assert_eq!(edge.code, 0, "{}", edge.stderr);
    assert!(read(&plans.join("2026-27/plan.toml")).contains("start = 0000-01-01\n"));
}
