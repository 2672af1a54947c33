//! The tool in a plan repository's CI: GitHub annotations named from the top of
//! the repository, one JSON document on stdout for every `--format json` run (also
//! when it fails), `check`'s summary on stdout and its word on `--strict`, the
//! shipped recipes run step by step in a scratch git repository, `check.sh`'s
//! options, the pre-commit hooks, and the release build that the recipes download.

mod common;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::plans::copy_dir;
use common::{fixtures, intplan, intplan_env, root};

const AS_OF: &str = "2026-11-28";

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// A git repository holding a plan with one unknown owner at `plans/`.
fn repo_with_plan() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures("check/unknown-owner"), &tmp.path().join("plans"));
    std::fs::create_dir(tmp.path().join("sub")).unwrap();
    git(tmp.path(), &["init", "-q"]);
    tmp
}

/// The `file=` of each annotation.
fn annotated_files(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|l| l.split("file=").nth(1))
        .map(|rest| rest.split(',').next().unwrap().to_owned())
        .collect()
}

#[test]
fn github_annotations_name_files_from_the_top_of_the_repository() {
    let repo = repo_with_plan();
    let top = repo.path();
    let abs = top.join("plans").display().to_string();
    let want = vec!["plans/2026-27/plan.toml".to_owned()];
    for (cwd, plan) in [
        (top.to_path_buf(), "plans"),
        (top.to_path_buf(), "./plans"),
        (top.join("sub"), "../plans"),
        (top.join("sub"), abs.as_str()),
        (top.join("plans"), "."),
        (top.join("plans/2026-27"), ".."),
        (PathBuf::from("/"), abs.as_str()),
    ] {
        let run = intplan(
            &cwd,
            &["-p", plan, "check", "--format", "github", "--as-of", AS_OF],
        );
        assert_eq!(run.code, 1, "{plan}: {}", run.stderr);
        assert_eq!(annotated_files(&run.stdout), want, "-p {plan} from {cwd:?}");
    }
    // INTPLAN_PLAN is the same as -p.
    let run = intplan_env(
        &top.join("sub"),
        &["check", "--format", "github", "--as-of", AS_OF],
        &[("INTPLAN_PLAN", &abs)],
    );
    assert_eq!(annotated_files(&run.stdout), want);
}

#[test]
fn github_annotations_outside_git_name_files_from_the_current_folder() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &fixtures("check/unknown-owner"),
        &tmp.path().join("a/plans"),
    );
    let abs = tmp.path().join("a/plans").display().to_string();
    for (cwd, plan, want) in [
        ("a", "./plans", "plans/2026-27/plan.toml"),
        ("a", abs.as_str(), "plans/2026-27/plan.toml"),
        ("a/plans", ".", "2026-27/plan.toml"),
        (".", "a/./plans", "a/plans/2026-27/plan.toml"),
    ] {
        let run = intplan(
            &tmp.path().join(cwd),
            &["-p", plan, "check", "--format", "github", "--as-of", AS_OF],
        );
        assert_eq!(annotated_files(&run.stdout), [want], "-p {plan} from {cwd}");
    }
}

/// Runs intplan with `--format json` and returns exit code and parsed stdout,
/// asserting that stdout is exactly one JSON document.
fn json_run(cwd: &Path, args: &[&str]) -> (i32, serde_json::Value, String) {
    let run = intplan(cwd, args);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: stdout is not one JSON document ({e}): {:?}",
            run.stdout
        )
    });
    (run.code, value, run.stderr)
}

#[test]
fn check_json_on_a_missing_plan_folder_is_one_report_with_missing_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, json, stderr) =
        json_run(tmp.path(), &["-p", "nowhere", "check", "--format", "json"]);
    assert_eq!(code, 2);
    assert_eq!(json["errors"], 1);
    assert_eq!(json["warnings"], 0);
    let d = &json["diagnostics"][0];
    assert_eq!(d["code"], "missing-plan");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "nowhere");
    assert_eq!(d["line"], serde_json::Value::Null);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("`nowhere` not found")
    );
    assert!(
        stderr.starts_with("error: plan folder `nowhere` not found"),
        "{stderr}"
    );
    // In GitHub's form, one annotation says why the check could not run.
    let run = intplan(
        tmp.path(),
        &["-p", "nowhere", "check", "--format", "github"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stdout
            .starts_with("::error title=missing-plan::plan folder `nowhere` not found"),
        "{}",
        run.stdout
    );
    // A usage error of check answers in check's shape too.
    let (code, json, _) = json_run(&root(), &["check", "--format", "json", "--year", "2030-31"]);
    assert_eq!(
        (code, json["diagnostics"][0]["code"].as_str()),
        (2, Some("usage"))
    );
    let (code, json, _) = json_run(&root(), &["check", "--format", "json", "--bogus"]);
    assert_eq!(
        (code, json["diagnostics"][0]["code"].as_str()),
        (2, Some("usage"))
    );
}

#[test]
fn every_json_mode_prints_one_error_object_when_it_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let broken = tmp.path().join("broken");
    copy_dir(&fixtures("complete"), &broken);
    std::fs::write(broken.join("2026-27/plan.toml"), "[plan\n").unwrap();
    let commands: [&[&str]; 9] = [
        &["status", "--format", "json"],
        &["status", "--by", "group", "--format", "json"],
        &["overdue", "--format", "json"],
        &["upcoming", "--format", "json"],
        &["week", "--format", "json"],
        &["diff", "--format", "json"],
        &["export", "--format", "json"],
        &["item", "show", "1a-1", "--format", "json"],
        &["items", "--format", "json"],
    ];
    for args in commands {
        let missing = [&["-p", "nowhere", "--as-of", AS_OF][..], args].concat();
        let (code, json, stderr) = json_run(tmp.path(), &missing);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(json["error"]["code"], "missing-plan", "{args:?}");
        assert!(stderr.contains("not found"), "{args:?}: {stderr}");
        let message = json["error"]["message"].as_str().unwrap();
        assert!(stderr.contains(message), "{args:?}");
        let unloadable = [&["-p", "broken", "--as-of", AS_OF][..], args].concat();
        let (code, json, _) = json_run(tmp.path(), &unloadable);
        let want = if args[0] == "item" {
            (2, "usage")
        } else {
            (1, "invalid-plan")
        };
        assert_eq!(
            (code, json["error"]["code"].as_str().unwrap()),
            want,
            "{args:?}"
        );
    }
    // An unknown item id and a command line clap cannot read.
    let (code, json, _) = json_run(
        &root(),
        &["item", "show", "9z-9", "--format", "json", "--as-of", AS_OF],
    );
    assert_eq!((code, json["error"]["code"].as_str()), (2, Some("usage")));
    let (code, json, stderr) = json_run(&root(), &["stauts", "--format", "json"]);
    assert_eq!((code, json["error"]["code"].as_str()), (2, Some("usage")));
    assert!(stderr.contains("status"), "{stderr}");
}

#[test]
fn human_check_keeps_its_summary_on_stdout() {
    let run = intplan(
        &root(),
        &["-p", "tests/fixtures/complete", "check", "--as-of", AS_OF],
    );
    assert_eq!(run.code, 0);
    let line = "tests/fixtures/complete: no problems found (2 goals, 2 years, 4 items checked)\n";
    assert_eq!(run.stdout, line);
    // On separate streams the person at the terminal sees it after the diagnostics.
    assert_eq!(run.stderr, line);
    // `intplan check > report.txt 2>&1`: one file, the summary once.
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("report.txt");
    let file = File::create(&log).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_intplan"))
        .args([
            "-p",
            "tests/fixtures/check/unknown-owner",
            "check",
            "--as-of",
            AS_OF,
        ])
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .stdout(Stdio::from(file.try_clone().unwrap()))
        .stderr(Stdio::from(file))
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.starts_with("error[unknown-owner]"), "{text}");
    assert_eq!(text.matches("1 error found").count(), 1, "{text}");
}

#[test]
fn strict_says_that_it_failed_the_check() {
    let args = ["check", "--as-of", AS_OF, "--strict"];
    let dir = "tests/fixtures/check/stale-item";
    let run = intplan(&root(), &[&["-p", dir][..], &args].concat());
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains(": 1 warning found, which fails the check under --strict ("),
        "{}",
        run.stdout
    );
    let sv = intplan(&root(), &[&["-p", dir, "--lang", "sv"][..], &args].concat());
    assert!(
        sv.stdout
            .contains(": 1 varning hittades, vilket underkänner kontrollen med --strict ("),
        "{}",
        sv.stdout
    );
    let github = intplan(
        &root(),
        &[&["-p", dir][..], &args, &["--format", "github"]].concat(),
    );
    assert_eq!(github.code, 1);
    assert!(
        github
            .stdout
            .ends_with("::error title=strict::1 warning fails the check under --strict\n"),
        "{}",
        github.stdout
    );
    // Without --strict the same warning passes and the line says nothing of it.
    let relaxed = intplan(&root(), &["-p", dir, "check", "--as-of", AS_OF]);
    assert_eq!(relaxed.code, 0);
    assert!(!relaxed.stdout.contains("--strict"), "{}", relaxed.stdout);
}

fn path_with_bin() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_intplan")).parent().unwrap();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// Runs `examples/ci/check.sh ARGS` in `cwd`.
fn check_sh(cwd: &Path, args: &[&str], plan: &str) -> (i32, String, String) {
    let out = Command::new("sh")
        .arg(root().join("examples/ci/check.sh"))
        .args(args)
        .current_dir(cwd)
        .env("PATH", path_with_bin())
        .env("INTPLAN_PLAN", plan)
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn check_sh_gives_each_option_to_the_command_it_belongs_to() {
    let plans = "tests/fixtures/complete";
    let (code, stdout, _) = check_sh(&root(), &["--format", "github", "--as-of", AS_OF], plans);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("Overdue: action plan 2026/27"), "{stdout}");
    // JSON: exactly one document, the check's.
    let (code, stdout, _) = check_sh(&root(), &["--format", "json", "--as-of", AS_OF], plans);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["errors"], 0);
    // --strict reaches check, --overdue fail reaches overdue.
    let stale = "tests/fixtures/check/stale-item";
    let (code, stdout, _) = check_sh(&root(), &["--strict", "--as-of", AS_OF], stale);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        !stdout.contains("Overdue"),
        "check failed, so overdue did not run: {stdout}"
    );
    let (code, _, _) = check_sh(
        &root(),
        &["--as-of", "2027-05-01", "--overdue", "fail"],
        plans,
    );
    assert_eq!(code, 1);
    let (code, stdout, _) = check_sh(
        &root(),
        &["--as-of", "2027-05-01", "--overdue", "skip"],
        plans,
    );
    assert_eq!((code, stdout.contains("Overdue")), (0, false));
    let (code, _, stderr) = check_sh(&root(), &["--bogus"], plans);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown option --bogus") && stderr.contains("Usage: check.sh"));
    let (code, stdout, _) = check_sh(&root(), &["--plan", plans, "--as-of", AS_OF], "nowhere");
    assert_eq!(code, 0, "--plan wins over INTPLAN_PLAN: {stdout}");
}

/// The `run:` scripts of a workflow's steps, with each step's name, read the way
/// this repository writes them (`run: cmd` or `run: |` and an indented block).
fn run_steps(workflow: &str) -> Vec<(String, String)> {
    let mut steps = Vec::new();
    let mut name = String::new();
    let lines: Vec<&str> = workflow.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start().trim_start_matches("- ");
        if trimmed.trim_start().starts_with('#') {
            i += 1;
            continue;
        }
        if let Some(n) = trimmed.strip_prefix("name: ") {
            name = n.to_owned();
        }
        if let Some(script) = trimmed.strip_prefix("run: ") {
            let indent = line.len() - line.trim_start().len();
            if script == "|" {
                let mut block = Vec::new();
                i += 1;
                while i < lines.len()
                    && (lines[i].trim().is_empty()
                        || lines[i].len() - lines[i].trim_start().len() > indent)
                {
                    block.push(lines[i].trim_start());
                    i += 1;
                }
                steps.push((name.clone(), block.join("\n")));
                continue;
            }
            steps.push((name.clone(), script.to_owned()));
        }
        i += 1;
    }
    steps
}

#[test]
fn the_github_recipe_pins_caches_and_explains_the_plan_folder() {
    let recipe = std::fs::read_to_string(root().join("examples/ci/github-actions.yml")).unwrap();
    assert!(
        recipe.contains("INTPLAN_VERSION: \"0.1.0\""),
        "a pinned version"
    );
    assert!(
        recipe.contains("key: intplan-${{ runner.os }}-${{ env.INTPLAN_VERSION }}"),
        "the cache key holds the version"
    );
    let steps = run_steps(&recipe);
    let install = &steps
        .iter()
        .find(|(n, _)| n.starts_with("Install intplan"))
        .unwrap()
        .1;
    assert!(
        install.contains("releases/download/v$INTPLAN_VERSION/"),
        "{install}"
    );
    assert!(
        install.contains("cargo install --locked")
            && install.contains("--tag \"v$INTPLAN_VERSION\""),
        "{install}"
    );
    assert!(recipe.contains("INTPLAN_PLAN: plans") && recipe.contains("-p DIR"));
    assert!(recipe.contains("schedule:") && recipe.contains("cron:"));
    assert!(recipe.contains("actions/upload-artifact@"));
    assert!(
        recipe.contains("#   uses: actions/deploy-pages@"),
        "the Pages variant, commented"
    );
    // The binary name the recipe downloads is the one the release workflow builds.
    let release = std::fs::read_to_string(root().join(".github/workflows/release.yml")).unwrap();
    assert!(release.contains("name=\"intplan-$version-${{ matrix.target }}\""));
    assert!(release.contains("x86_64-unknown-linux-musl"));
    assert!(install.contains("name=\"intplan-$INTPLAN_VERSION-x86_64-unknown-linux-musl\""));
}

#[test]
fn the_github_recipe_steps_run_in_a_plan_repository() {
    let recipe = std::fs::read_to_string(root().join("examples/ci/github-actions.yml")).unwrap();
    let repo = tempfile::tempdir().unwrap();
    copy_dir(&fixtures("complete"), &repo.path().join("plans"));
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-qm", "plan"]);
    let summary = repo.path().join("summary.md");
    let github_path = repo.path().join("github_path");
    let home = repo.path().join("home");
    std::fs::create_dir_all(home.join(".local/bin")).unwrap();
    std::os::unix::fs::symlink(
        env!("CARGO_BIN_EXE_intplan"),
        home.join(".local/bin/intplan"),
    )
    .unwrap();
    let steps = run_steps(&recipe);
    assert!(steps.len() >= 5, "{steps:?}");
    for (name, script) in steps.iter().filter(|(n, _)| !n.starts_with("Install")) {
        let out = Command::new("bash")
            .args(["-e", "-c", script])
            .current_dir(repo.path())
            .env("HOME", &home)
            .env(
                "PATH",
                format!("{}/.local/bin:/usr/bin:/bin", home.display()),
            )
            .env("INTPLAN_PLAN", "plans")
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("GITHUB_PATH", &github_path)
            .env("LANG", "C")
            .output()
            .unwrap();
        assert!(out.status.success(), "step {name}: {out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "step {name}");
    }
    let summary = std::fs::read_to_string(&summary).unwrap();
    assert!(summary.contains("## Overdue"), "{summary}");
    assert!(summary.contains("# Weekly digest"), "{summary}");
    let page = std::fs::read_to_string(repo.path().join("site/index.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
}

#[test]
fn the_system_pre_commit_hook_needs_only_intplan_on_path() {
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    let hook = |id: &str| -> String {
        let start = hooks
            .find(&format!("\n- id: {id}\n"))
            .unwrap_or_else(|| panic!("no hook {id}"));
        let rest = &hooks[start + 3..];
        rest[..rest.find("\n- id:").unwrap_or(rest.len())].to_owned()
    };
    let system = hook("intplan-check-system");
    assert!(system.contains("language: system"), "{system}");
    assert!(hook("intplan-check").contains("language: rust"));
    for key in ["entry:", "files:", "pass_filenames:"] {
        let line = |h: &str| {
            h.lines()
                .find(|l| l.trim_start().starts_with(key))
                .map(str::to_owned)
        };
        assert_eq!(line(&system), line(&hook("intplan-check")), "{key}");
    }
    // pre-commit runs `entry` through the shell from the repository's top folder.
    let entry = system
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry: "))
        .unwrap();
    let repo = tempfile::tempdir().unwrap();
    copy_dir(&fixtures("complete"), &repo.path().join("plans"));
    let run = |dir: &Path| {
        Command::new("sh")
            .args(["-c", &format!("{entry} --as-of {AS_OF}")])
            .current_dir(dir)
            .env("PATH", path_with_bin())
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(run(repo.path()), Some(0));
    std::fs::write(repo.path().join("plans/2026-27/plan.toml"), "[plan\n").unwrap();
    assert_eq!(run(repo.path()), Some(1));
}

#[test]
fn the_release_build_is_stripped_and_binstall_finds_the_release_archives() {
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(root().join("Cargo.toml")).unwrap()).unwrap();
    let release = &manifest["profile"]["release"];
    assert_eq!(release["strip"].as_bool(), Some(true));
    assert_eq!(release["lto"].as_str(), Some("thin"));
    let profiling = &manifest["profile"]["profiling"];
    assert_eq!(profiling["inherits"].as_str(), Some("release"));
    assert_eq!(profiling["debug"].as_str(), Some("line-tables-only"));
    let binstall = &manifest["package"]["metadata"]["binstall"];
    let url = binstall["pkg-url"].as_str().unwrap();
    assert_eq!(
        url,
        "{ repo }/releases/download/v{ version }/{ name }-{ version }-{ target }{ archive-suffix }"
    );
    assert_eq!(
        binstall["bin-dir"].as_str(),
        Some("{ name }-{ version }-{ target }/{ bin }{ binary-ext }")
    );
    // The release workflow names its archives and their folder the same way.
    let workflow = std::fs::read_to_string(root().join(".github/workflows/release.yml")).unwrap();
    assert!(workflow.contains("tags: [\"v*\"]"));
    assert!(workflow.contains("tar -czf \"$name.tar.gz\" \"$name\""));
    assert!(workflow.contains("7z a \"$name.zip\" \"$name\""));
    for target in [
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-musl",
        "aarch64-apple-darwin",
        "x86_64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(workflow.contains(&format!("target: {target},")), "{target}");
    }
}
