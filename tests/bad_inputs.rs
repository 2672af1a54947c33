//! The bad-input corpus: plan folders broken the ways people really break them. Each
//! folder in tests/fixtures/bad/ holds an `expected.txt` with the exit code of
//! `intplan check --format json --as-of 2026-11-28` and every diagnostic it must
//! give (severity, code, file:line:column), or a piece of the stderr message for
//! exit 2. A case may also hold a `runs.txt`: command lines with the exact stdout,
//! stderr and exit code each must give (see [`check_runs`]). Inputs too big or too
//! odd to commit (a 5 MB title, 100,000 items, deep nesting, a symlink loop, a pipe,
//! an unreadable file) are built in a temporary folder.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// What a case must give.
#[derive(Debug, PartialEq)]
struct Expected {
    exit: i32,
    diagnostics: Vec<String>,
    stderr: Vec<String>,
}

fn parse_expected(text: &str) -> Expected {
    let mut expected = Expected {
        exit: -1,
        diagnostics: Vec::new(),
        stderr: Vec::new(),
    };
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if let Some(code) = line.strip_prefix("exit ") {
            expected.exit = code.parse().unwrap();
        } else if let Some(part) = line.strip_prefix("stderr ") {
            expected.stderr.push(part.to_owned());
        } else {
            expected.diagnostics.push(line.to_owned());
        }
    }
    expected
}

/// Runs `check` on `dir/case` from `dir`, so that JSON file names start `case/`.
fn run_case(dir: &Path, case: &str) -> (Expected, String) {
    let output = Command::cargo_bin("intplan")
        .unwrap()
        .current_dir(dir)
        .env("RUST_BACKTRACE", "0")
        .env_remove("INTPLAN_PLAN")
        .env_remove("INTPLAN_LANG")
        .args([
            "-p",
            case,
            "check",
            "--format",
            "json",
            "--as-of",
            "2026-11-28",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let mut diagnostics = Vec::new();
    if !stdout.trim().is_empty() {
        let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let prefix = format!("{case}/");
        for d in json["diagnostics"].as_array().unwrap() {
            let file = d["file"].as_str().unwrap();
            let file = file.strip_prefix(&prefix).unwrap_or(file);
            let at = match (d["line"].as_u64(), d["column"].as_u64()) {
                (Some(line), Some(col)) => format!("{file}:{line}:{col}"),
                _ => file.to_owned(),
            };
            diagnostics.push(format!(
                "{} {} {at}",
                d["severity"].as_str().unwrap(),
                d["code"].as_str().unwrap()
            ));
        }
    }
    let got = Expected {
        exit: output.status.code().unwrap_or(-1),
        diagnostics,
        stderr: Vec::new(),
    };
    (got, stderr)
}

fn assert_case(dir: &Path, case: &str, expected: &Expected) {
    let (got, stderr) = run_case(dir, case);
    assert_eq!(
        (got.exit, &got.diagnostics),
        (expected.exit, &expected.diagnostics),
        "case {case}; stderr:\n{stderr}"
    );
    for part in &expected.stderr {
        assert!(
            stderr.contains(part),
            "case {case}: stderr lacks {part:?}:\n{stderr}"
        );
    }
    assert!(
        !stderr.contains("panicked"),
        "case {case} panicked:\n{stderr}"
    );
}

#[test]
fn every_committed_case_gives_exactly_its_diagnostics() {
    let dir = fixtures().join("bad");
    let mut cases: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    for case in &cases {
        let text = fs::read_to_string(dir.join(case).join("expected.txt")).unwrap();
        assert_case(&dir, case, &parse_expected(&text));
        check_runs(&dir, case);
    }
}

/// One command line of a `runs.txt` and what it must give.
#[derive(Debug, PartialEq)]
struct Run {
    args: String,
    exit: i32,
    stdout: String,
    stderr: String,
}

/// Reads a `runs.txt`: blocks of
///
/// ```text
/// $ overdue --format csv
/// exit 0
/// --- stdout
/// (the exact stdout)
/// --- stderr
/// (the exact stderr)
/// ```
///
/// Each line of output is written with a leading `|` so that trailing spaces and
/// empty lines are seen; `--as-of 2026-11-28` is added to every command line.
fn parse_runs(text: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut into_stdout = true;
    for line in text.split_inclusive('\n') {
        if let Some(args) = line.strip_prefix("$ ") {
            runs.push(Run {
                args: args.trim_end().to_owned(),
                exit: -1,
                stdout: String::new(),
                stderr: String::new(),
            });
        } else if let Some(code) = line.strip_prefix("exit ") {
            runs.last_mut().unwrap().exit = code.trim_end().parse().unwrap();
        } else if line.starts_with("--- stdout") {
            into_stdout = true;
        } else if line.starts_with("--- stderr") {
            into_stdout = false;
        } else if let Some(output) = line.strip_prefix('|') {
            let run = runs.last_mut().unwrap();
            let stream = if into_stdout {
                &mut run.stdout
            } else {
                &mut run.stderr
            };
            stream.push_str(output);
        }
    }
    runs
}

fn format_runs(runs: &[Run]) -> String {
    let quote = |text: &str| -> String {
        text.split_inclusive('\n')
            .map(|l| format!("|{l}"))
            .collect()
    };
    let mut out = String::new();
    for run in runs {
        out.push_str(&format!(
            "$ {}\nexit {}\n--- stdout\n{}--- stderr\n{}\n",
            run.args,
            run.exit,
            quote(&run.stdout),
            quote(&run.stderr)
        ));
    }
    out
}

/// Runs every command line of `dir/case/runs.txt` on the case, from `dir`, and
/// compares the whole outputs. `INTPLAN_BLESS=1` writes what the commands gave
/// instead, to be read and committed.
fn check_runs(dir: &Path, case: &str) {
    let path = dir.join(case).join("runs.txt");
    let Ok(text) = fs::read_to_string(&path) else {
        return;
    };
    let expected = parse_runs(&text);
    let got: Vec<Run> = expected
        .iter()
        .map(|run| {
            let output = Command::cargo_bin("intplan")
                .unwrap()
                .current_dir(dir)
                .env("RUST_BACKTRACE", "0")
                .env("NO_COLOR", "1")
                .env_remove("INTPLAN_PLAN")
                .env_remove("INTPLAN_LANG")
                .env_remove("LANG")
                .env_remove("LC_ALL")
                .args(["-p", case])
                .args(run.args.split(' '))
                .args(["--as-of", "2026-11-28"])
                .output()
                .unwrap();
            Run {
                args: run.args.clone(),
                exit: output.status.code().unwrap_or(-1),
                stdout: String::from_utf8(output.stdout).unwrap(),
                stderr: String::from_utf8(output.stderr).unwrap(),
            }
        })
        .collect();
    if std::env::var_os("INTPLAN_BLESS").is_some() {
        fs::write(&path, format_runs(&got)).unwrap();
        return;
    }
    for (want, got) in expected.iter().zip(&got) {
        assert_eq!(want, got, "case {case}, `intplan {}`", want.args);
    }
}

#[test]
fn the_minimal_plan_the_cases_start_from_is_clean() {
    let expected = Expected {
        exit: 0,
        diagnostics: Vec::new(),
        stderr: Vec::new(),
    };
    assert_case(&fixtures(), "minimal", &expected);
}

/// A copy of tests/fixtures/minimal as `<tempdir>/case`, for generated cases.
fn minimal_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let case = tmp.path().join("case");
    fs::create_dir_all(case.join("2026-27")).unwrap();
    for file in ["strategy.toml", "2026-27/plan.toml"] {
        fs::copy(fixtures().join("minimal").join(file), case.join(file)).unwrap();
    }
    (tmp, case)
}

fn plan_text() -> String {
    fs::read_to_string(fixtures().join("minimal/2026-27/plan.toml")).unwrap()
}

fn expect(exit: i32, diagnostics: &[&str], stderr: &[&str]) -> Expected {
    Expected {
        exit,
        diagnostics: diagnostics.iter().map(|d| d.to_string()).collect(),
        stderr: stderr.iter().map(|d| d.to_string()).collect(),
    }
}

#[test]
fn a_five_megabyte_title_is_just_a_long_title() {
    let (tmp, case) = minimal_copy();
    let title = "Programråd ".repeat(5 * 1024 * 1024 / 12);
    let plan = plan_text().replace(
        "title = { sv = \"Programråd\", en = \"Programme boards\" }",
        &format!("title = \"{title}\""),
    );
    fs::write(case.join("2026-27/plan.toml"), plan).unwrap();
    assert_case(tmp.path(), "case", &expect(0, &[], &[]));
}

#[test]
fn a_five_megabyte_owner_is_reported_without_comparing_it_to_every_post() {
    let (tmp, case) = minimal_copy();
    let owner = "x".repeat(5 * 1024 * 1024);
    let plan = plan_text().replace(
        "owner = \"Utbildningsenheten\"\nstatus",
        &format!("owner = \"{owner}\"\nstatus"),
    );
    fs::write(case.join("2026-27/plan.toml"), plan).unwrap();
    assert_case(
        tmp.path(),
        "case",
        &expect(1, &["error unknown-owner 2026-27/plan.toml:14:9"], &[]),
    );
}

#[test]
fn a_hundred_thousand_item_unit_file_points_at_the_right_line() {
    let (tmp, case) = minimal_copy();
    let mut unit = String::with_capacity(12_000_000);
    for n in 1..=100_000 {
        let owner = if n == 100_000 {
            "Utbildningsenhten"
        } else {
            "Utbildningsenheten"
        };
        unit.push_str(&format!(
            "[[item]]\nid = \"u-{n}\"\ntitle = \"Item {n}\"\ngoals = [\"1a\"]\nowner = \"{owner}\"\nstatus = \"done\"\ncompleted = 2026-10-01\n\n"
        ));
    }
    fs::write(case.join("2026-27/unit.toml"), unit).unwrap();
    // Eight lines per item: the last item's owner is on line 8 * 99,999 + 5.
    assert_case(
        tmp.path(),
        "case",
        &expect(1, &["error unknown-owner 2026-27/unit.toml:799997:9"], &[]),
    );
}

#[test]
fn deeply_nested_inline_tables_and_arrays_are_a_syntax_error_not_a_crash() {
    let (tmp, case) = minimal_copy();
    let depth = 50_000;
    let title = format!("title = {}1{}", "{ a = ".repeat(depth), " }".repeat(depth));
    let goals = format!("goals = {}{}", "[".repeat(depth), "]".repeat(depth));
    let plan = plan_text()
        .replace(
            "title = { sv = \"Programråd\", en = \"Programme boards\" }",
            &title,
        )
        .replace("goals = [\"1a\"]", &goals);
    fs::write(case.join("2026-27/plan.toml"), plan).unwrap();
    let (got, stderr) = run_case(tmp.path(), "case");
    assert_eq!(got.exit, 1, "{stderr}");
    assert!(!got.diagnostics.is_empty());
    for d in &got.diagnostics {
        assert!(
            d.starts_with("error toml-syntax 2026-27/plan.toml:12:")
                || d.starts_with("error toml-syntax 2026-27/plan.toml:13:"),
            "{d}"
        );
    }
}

#[cfg(unix)]
#[test]
fn links_and_files_outside_the_format_at_the_top_are_left_alone() {
    let (tmp, case) = minimal_copy();
    std::os::unix::fs::symlink("loop", case.join("loop")).unwrap();
    std::os::unix::fs::symlink("nowhere.md", case.join("README.md")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", case.join("zero")).unwrap();
    fs::write(case.join(".gitignore"), "target/\n").unwrap();
    fs::create_dir_all(case.join(".git/objects")).unwrap();
    fs::write(case.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    fs::write(case.join("notes.txt"), [0xff, 0xfe, 0x00]).unwrap();
    assert_case(tmp.path(), "case", &expect(0, &[], &[]));
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_named_as_a_year_is_named_and_exits_2() {
    let (tmp, case) = minimal_copy();
    std::os::unix::fs::symlink("2027-28", case.join("2027-28")).unwrap();
    assert_case(
        tmp.path(),
        "case",
        &expect(
            2,
            &["error unreadable case"],
            &["error: cannot read case/2027-28: "],
        ),
    );
}

#[cfg(unix)]
#[test]
fn a_strategy_that_is_a_pipe_is_refused_without_waiting_for_a_writer() {
    let (tmp, case) = minimal_copy();
    fs::remove_file(case.join("strategy.toml")).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(case.join("strategy.toml"))
        .status()
        .unwrap();
    assert!(status.success());
    assert_case(
        tmp.path(),
        "case",
        &expect(
            2,
            &["error unreadable case"],
            &["error: cannot read case/strategy.toml: it is not a regular file"],
        ),
    );
}

#[cfg(unix)]
#[test]
fn a_unit_file_that_is_a_pipe_or_a_folder_is_refused() {
    let (tmp, case) = minimal_copy();
    let status = std::process::Command::new("mkfifo")
        .arg(case.join("2026-27/unit.toml"))
        .status()
        .unwrap();
    assert!(status.success());
    assert_case(
        tmp.path(),
        "case",
        &expect(
            2,
            &["error unreadable case"],
            &["error: cannot read case/2026-27/unit.toml: it is not a regular file"],
        ),
    );
    fs::remove_file(case.join("2026-27/unit.toml")).unwrap();
    fs::create_dir(case.join("2026-27/unit.toml")).unwrap();
    assert_case(
        tmp.path(),
        "case",
        &expect(
            2,
            &["error unreadable case"],
            &["error: cannot read case/2026-27/unit.toml: it is not a regular file"],
        ),
    );
}

#[test]
fn a_file_past_the_size_cap_is_refused_by_name() {
    let (tmp, case) = minimal_copy();
    // Sparse: 65 MB on paper, nothing on disk.
    let file = fs::File::create(case.join("2026-27/huge.toml")).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    assert_case(
        tmp.path(),
        "case",
        &expect(
            2,
            &["error unreadable case"],
            &["error: cannot read case/2026-27/huge.toml: it is larger than 64 MB"],
        ),
    );
}

#[cfg(unix)]
#[test]
fn a_strategy_linked_to_dev_zero_is_refused_not_read_forever() {
    let (tmp, case) = minimal_copy();
    fs::remove_file(case.join("strategy.toml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", case.join("strategy.toml")).unwrap();
    assert_case(
        tmp.path(),
        "case",
        &expect(
            2,
            &["error unreadable case"],
            &["error: cannot read case/strategy.toml: it is not a regular file"],
        ),
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_named_toml_in_a_year_is_not_silently_skipped() {
    let (tmp, case) = minimal_copy();
    std::os::unix::fs::symlink("unit.toml", case.join("2026-27/unit.toml")).unwrap();
    assert_case(
        tmp.path(),
        "case",
        &expect(
            2,
            &["error unreadable case"],
            &["cannot read case/2026-27/unit.toml"],
        ),
    );
}

/// A plan file its reader may not open stops `check` and the reports with exit 2,
/// naming the file and why. Root reads a mode-000 file anyway, so as root (this
/// project's machines) the command runs as `nobody`, for whom the file is as closed
/// as for any user: the refusal is asserted on every machine, never skipped.
#[cfg(unix)]
#[test]
fn an_unreadable_plan_file_exits_2_naming_it() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    use std::os::unix::process::CommandExt as _;
    let (tmp, case) = minimal_copy();
    // Only the file is closed: its folders are open to everyone.
    for dir in [tmp.path(), &case, &case.join("2026-27")] {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap();
    }
    let plan = case.join("2026-27/plan.toml");
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o000)).unwrap();
    let as_root = fs::metadata(&plan).unwrap().uid() == 0;
    let run = |args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_intplan"));
        if as_root {
            command.uid(65534).gid(65534);
        }
        let out = command
            .current_dir(tmp.path())
            .env("RUST_BACKTRACE", "0")
            .env_remove("INTPLAN_PLAN")
            .env_remove("INTPLAN_LANG")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .args(["-p", "case", "--as-of", "2026-11-28"])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let message = "cannot read case/2026-27/plan.toml: permission denied";
    for args in [&["check"][..], &["status"], &["item", "note", "1a-1", "x"]] {
        assert_eq!(
            run(args),
            (2, String::new(), format!("error: {message}\n")),
            "{args:?}"
        );
    }
    let (code, stdout, stderr) = run(&["check", "--format", "json"]);
    assert_eq!((code, stderr), (2, format!("error: {message}\n")));
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["errors"], 1);
    assert_eq!(json["diagnostics"][0]["code"], "unreadable");
    assert_eq!(json["diagnostics"][0]["message"], message);
    // Nothing was written, and the file is still closed.
    assert_eq!(fs::metadata(&plan).unwrap().mode() & 0o777, 0);
}
