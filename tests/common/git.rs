//! Git repositories for the tests of `diff` and `--since`: commits made with the
//! author, committer and dates fixed, so that history and hashes do not depend on
//! the machine or the day.

use std::path::Path;
use std::process::Command;

/// Runs git in `dir` with the dates and identity fixed, and with no system or user
/// configuration (`HOME` is `dir`); the command must succeed.
pub fn git(dir: &Path, args: &[&str], date: &str) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Board")
        .env("GIT_AUTHOR_EMAIL", "board@example.org")
        .env("GIT_COMMITTER_NAME", "Board")
        .env("GIT_COMMITTER_EMAIL", "board@example.org")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

/// The seven-character hash of `rev`, as the reports name commits.
pub fn short(dir: &Path, rev: &str) -> String {
    let out = Command::new("git")
        .args(["rev-parse", "--short=7", rev])
        .current_dir(dir)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}
