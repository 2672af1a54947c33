//! Runs the built `intplan` binary the way a user would, with the environment pinned
//! so that output does not depend on the machine (no colour, no locale, no backtraces).

#![allow(dead_code)]

pub mod git;
pub mod plans;
#[cfg(unix)]
pub mod pty;

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run printed and how it exited.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The folder of a fixture under tests/fixtures.
pub fn fixtures(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(sub)
}

/// The repository root, where plans/ and examples/ are.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `intplan ARGS` in `cwd`.
pub fn intplan(cwd: &Path, args: &[&str]) -> Run {
    intplan_env(cwd, args, &[])
}

/// Runs `intplan ARGS` in `cwd` with some environment variables set.
pub fn intplan_env(cwd: &Path, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_intplan"))
        .args(args)
        .current_dir(cwd)
        .env("RUST_BACKTRACE", "0")
        .env("NO_COLOR", "1")
        .env_remove("INTPLAN_PLAN")
        .env_remove("INTPLAN_LANG")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .envs(vars.iter().copied())
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}
