//! The large-plan generator (examples/gen_plan.rs) writes plans that `check` finds
//! no error in, the same bytes every run, and Taskwarrior JSON of the same items.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The example's binary; built on demand when only this test target was built.
fn generator() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().unwrap().parent().unwrap();
    let path = profile_dir.join("examples/gen_plan");
    if !path.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--example", "gen_plan", "--manifest-path"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .status()
            .unwrap();
        assert!(status.success());
    }
    path
}

fn generate(out: &Path, tasks: &Path) {
    generate_n(out, tasks, 300);
}

fn generate_n(out: &Path, tasks: &Path, items: usize) {
    let status = Command::new(generator())
        .args(["--items", &items.to_string(), "--units", "3", "--out"])
        .arg(out)
        .arg("--taskwarrior")
        .arg(tasks)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn generated_plans_check_clean_and_repeat_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    generate(&a, &tmp.path().join("a.json"));
    generate(&b, &tmp.path().join("b.json"));

    let output = assert_cmd::Command::cargo_bin("intplan")
        .unwrap()
        .arg("-p")
        .arg(&a)
        .args(["check", "--format", "json", "--as-of", "2026-11-28"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["errors"], 0, "{report:#}");

    let mut names: Vec<_> = fs::read_dir(a.join("2026-27"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "plan.toml",
            "unit-001.toml",
            "unit-002.toml",
            "unit-003.toml"
        ]
    );
    for name in &names {
        let path = Path::new("2026-27").join(name);
        assert_eq!(
            fs::read(a.join(&path)).unwrap(),
            fs::read(b.join(&path)).unwrap()
        );
    }
    assert_eq!(
        fs::read(tmp.path().join("a.json")).unwrap(),
        fs::read(tmp.path().join("b.json")).unwrap()
    );
}

#[test]
fn taskwarrior_json_holds_the_same_items_in_its_import_format() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks_path = tmp.path().join("tasks.json");
    generate(&tmp.path().join("plan"), &tasks_path);
    let tasks: serde_json::Value = serde_json::from_slice(&fs::read(&tasks_path).unwrap()).unwrap();
    let tasks = tasks.as_array().unwrap();
    assert_eq!(tasks.len(), 300);
    assert!(
        tasks[0]["description"]
            .as_str()
            .unwrap()
            .starts_with("1a-1 ")
    );
    let mut statuses = std::collections::BTreeSet::new();
    for task in tasks {
        statuses.insert(task["status"].as_str().unwrap().to_owned());
        if let Some(due) = task["due"].as_str() {
            assert_eq!(due.len(), 16, "{due}");
            assert!(due.ends_with("T000000Z"), "{due}");
        }
        for tag in task["tags"].as_array().unwrap() {
            assert!(!tag.as_str().unwrap().contains('-'), "{tag}");
        }
    }
    assert_eq!(
        statuses.into_iter().collect::<Vec<_>>(),
        ["completed", "deleted", "pending"]
    );
}

#[test]
fn a_plan_big_enough_for_parallel_parsing_loads_whole_and_in_order() {
    // 3,000 items are some 1.3 MB, past the loader's 1 MB threshold for threads.
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    generate_n(&plan, &tmp.path().join("t.json"), 3000);
    let output = assert_cmd::Command::cargo_bin("intplan")
        .unwrap()
        .arg("-p")
        .arg(&plan)
        .args(["check", "--format", "json", "--as-of", "2026-11-28"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["errors"], 0);
    let positions: Vec<(String, u64)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(positions.len() > 100);
    let files: std::collections::BTreeSet<_> = positions.iter().map(|p| &p.0).collect();
    assert_eq!(files.len(), 4, "every file was loaded");
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "in file order");
    let status = assert_cmd::Command::cargo_bin("intplan")
        .unwrap()
        .arg("-p")
        .arg(&plan)
        .args(["status", "--format", "json", "--as-of", "2026-11-28"])
        .output()
        .unwrap();
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let dropped = fs::read_dir(plan.join("2026-27"))
        .unwrap()
        .map(|e| {
            fs::read_to_string(e.unwrap().path())
                .unwrap()
                .matches("status = \"dropped\"")
                .count()
        })
        .sum::<usize>();
    assert_eq!(status["totals"]["items"], 3000 - dropped);
}

#[test]
fn years_of_history_check_clean_and_leave_the_newest_year_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let (one, many) = (tmp.path().join("one"), tmp.path().join("many"));
    generate(&one, &tmp.path().join("one.json"));
    let status = Command::new(generator())
        .args(["--items", "300", "--units", "3", "--years", "2", "--out"])
        .arg(&many)
        .status()
        .unwrap();
    assert!(status.success());

    let mut folders: Vec<_> = fs::read_dir(&many)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    folders.sort();
    assert_eq!(folders, ["2024-25", "2025-26", "2026-27", "strategy.toml"]);
    for name in ["plan.toml", "unit-001.toml", "unit-003.toml"] {
        let path = Path::new("2026-27").join(name);
        assert_eq!(
            fs::read(one.join(&path)).unwrap(),
            fs::read(many.join(&path)).unwrap()
        );
    }
    let plan = fs::read_to_string(many.join("2024-25/plan.toml")).unwrap();
    assert!(plan.contains("period = { start = 2024-07-01, end = 2025-06-30 }"));
    assert!(plan.contains("reviewed = 2024-11-20"));

    let output = assert_cmd::Command::cargo_bin("intplan")
        .unwrap()
        .arg("-p")
        .arg(&many)
        .args(["check", "--format", "json", "--as-of", "2026-11-28"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["errors"], 0, "{report:#}");
}
