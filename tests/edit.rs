//! The edit commands and `init`, run as the built binary on tempdir copies of the
//! shipped plans/: whole files are compared before and after, so any byte an edit
//! should not touch is caught.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::Duration;

use assert_cmd::Command;
use intplan::i18n::Lang;
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_intplan");

fn copy_dir(from: &Path, to: &Path) {
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

/// A copy of the shipped plans/ in a fresh tempdir; returns (guard, plans dir).
fn plans() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("plans"), &plans);
    (dir, plans)
}

fn intplan(plans: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("RUST_BACKTRACE", "0")
        .env("NO_COLOR", "1")
        .env_remove("INTPLAN_LANG")
        .env_remove("INTPLAN_PLAN")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .arg("--plan")
        .arg(plans)
        .args(["--as-of", "2026-11-28"]);
    cmd
}

fn plan_toml(plans: &Path) -> PathBuf {
    plans.join("2026-27/plan.toml")
}

fn unit_toml(plans: &Path) -> PathBuf {
    plans.join("2026-27/d-sektionen.toml")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

/// `text` with `anchor` (which must occur exactly once) replaced.
fn replaced(text: &str, anchor: &str, with: &str) -> String {
    assert_eq!(
        text.matches(anchor).count(),
        1,
        "anchor not unique: {anchor}"
    );
    text.replacen(anchor, with, 1)
}

/// The year loads in full and has no error, checked in-process with the same code.
fn loads_without_errors(plans: &Path, year: &str, as_of: &str) -> usize {
    let ws = intplan::load::load(plans, Lang::En).unwrap();
    let index = ws.years.iter().position(|y| y.name == year).unwrap();
    assert!(ws.years_complete[index]);
    let cx = intplan::check::Context {
        as_of: as_of.parse().unwrap(),
        current_year: Some(year),
        lang: Lang::En,
    };
    let diagnostics = intplan::check::check_one(&ws, index, cx);
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.severity == intplan::diagnostic::Severity::Error)
        .map(|d| d.message.clone())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    diagnostics.len()
}

#[test]
fn note_appends_a_log_entry_and_nothing_else_changes() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    let unit = read(&unit_toml(&plans));
    intplan(&plans)
        .args(["item", "note", "2b-2", "Chapter 5 reviewed \"at last\"."])
        .assert()
        .success()
        .stdout("2b-2: note added (2026-11-28)\n");
    let anchor = "note = \"Chapters 1-4 translated. Chapter 5 (finances) waits for the treasurer's review.\"\n";
    let expected = replaced(
        &before,
        anchor,
        &format!(
            "{anchor}\n[[item.log]]\ndate = 2026-11-28\nby = \"Vice kårordförande\"\nnote = 'Chapter 5 reviewed \"at last\".'\n"
        ),
    );
    assert_eq!(read(&plan_toml(&plans)), expected);
    assert_eq!(read(&unit_toml(&plans)), unit);
}

#[test]
fn note_by_another_post_in_a_unit_file() {
    let (_dir, plans) = plans();
    let before = read(&unit_toml(&plans));
    let plan = read(&plan_toml(&plans));
    intplan(&plans)
        .args(["item", "note", "4b-4", "Moved to Thursdays."])
        .args(["--by", "Vice kårordförande"])
        .assert()
        .success();
    let expected = format!(
        "{before}\n[[item.log]]\ndate = 2026-11-28\nby = \"Vice kårordförande\"\nnote = \"Moved to Thursdays.\"\n"
    );
    assert_eq!(read(&unit_toml(&plans)), expected);
    assert_eq!(read(&plan_toml(&plans)), plan);
}

#[test]
fn done_on_a_project_sets_status_and_completed_in_place() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    intplan(&plans)
        .args(["item", "done", "2a-1"])
        .assert()
        .success()
        .stdout("2a-1: updated status, completed\n");
    let old = "status = \"active\"\nstart = 2026-09-01\ndue = 2026-11-20\ngroups";
    let new =
        "status = \"done\"\nstart = 2026-09-01\ndue = 2026-11-20\ncompleted = 2026-11-28\ngroups";
    assert_eq!(read(&plan_toml(&plans)), replaced(&before, old, new));
}

#[test]
fn done_on_ongoing_work_moves_last_done_and_keeps_the_status() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    intplan(&plans)
        .args(["item", "done", "2b-3", "--on", "2026-11-27"])
        .assert()
        .success()
        .stdout("2b-3: updated last_done\n");
    let expected = replaced(
        &before,
        "every = \"month\"\nlast_done = 2026-10-14\n",
        "every = \"month\"\nlast_done = 2026-11-27\n",
    );
    assert_eq!(read(&plan_toml(&plans)), expected);
}

#[test]
fn set_keeps_the_trailing_comment_of_a_replaced_value() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    intplan(&plans)
        .args([
            "item",
            "set",
            "1a-2",
            "--every",
            "month",
            "--start",
            "2026-09-01",
        ])
        .assert()
        .success()
        .stdout("1a-2: updated start, every\n");
    let expected = replaced(
        &before,
        "start = 2026-08-31\nevery = \"2 months\"          # once per study period (läsperiod)\n",
        "start = 2026-09-01\nevery = \"month\"          # once per study period (läsperiod)\n",
    );
    assert_eq!(read(&plan_toml(&plans)), expected);
}

#[test]
fn set_status_done_fills_completed_and_goals_replace_the_list() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    intplan(&plans)
        .args(["item", "set", "3a-2", "--status", "done"])
        .args([
            "--goal",
            "3a",
            "--goal",
            "4b",
            "--title-en",
            "Spring reception",
        ])
        .assert()
        .success()
        .stdout("3a-2: updated status, completed, title, goals\n");
    let old = "title = { sv = \"Vårmottagning för utbytesstudenter\", en = \"Spring reception for exchange students\" }\ngoals = [\"3a\"]\nowner = \"Mottagningsansvarig\"\nkind = \"project\"\nstatus = \"planned\"\nstart = 2027-01-08\ndue = 2027-01-31\n";
    let new = "title = { sv = \"Vårmottagning för utbytesstudenter\", en = \"Spring reception\" }\ngoals = [\"3a\", \"4b\"]\nowner = \"Mottagningsansvarig\"\nkind = \"project\"\nstatus = \"done\"\nstart = 2027-01-08\ndue = 2027-01-31\ncompleted = 2026-11-28\n";
    assert_eq!(read(&plan_toml(&plans)), replaced(&before, old, new));
}

#[test]
fn add_picks_the_next_free_id_and_appends_the_item() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    intplan(&plans)
        .args(["item", "add", "--goal", "2b", "--goal", "3a"])
        .args(["--title-sv", "Ordlista", "--title-en", "Glossary"])
        .args(["--owner", "Vice kårordförande", "--start", "2026-12-01"])
        .args([
            "--due",
            "2027-03-31",
            "--group",
            "exchange",
            "--group",
            "non-eu",
        ])
        .args(["--unit", "central"])
        .assert()
        .success()
        .stdout("2b-5\n");
    let expected = format!(
        "{before}\n[[item]]\nid = \"2b-5\"\ntitle = {{ sv = \"Ordlista\", en = \"Glossary\" }}\ngoals = [\"2b\", \"3a\"]\nowner = \"Vice kårordförande\"\nkind = \"project\"\nstatus = \"planned\"\nstart = 2026-12-01\ndue = 2027-03-31\ngroups = [\"exchange\", \"non-eu\"]\nunit = \"central\"\n"
    );
    assert_eq!(read(&plan_toml(&plans)), expected);
    loads_without_errors(&plans, "2026-27", "2026-11-28");
}

#[test]
fn add_to_a_unit_file_with_a_given_id() {
    let (_dir, plans) = plans();
    let before = read(&unit_toml(&plans));
    let plan = read(&plan_toml(&plans));
    intplan(&plans)
        .args([
            "item",
            "add",
            "--goal",
            "4b",
            "--title",
            "Board games night",
        ])
        .args([
            "--owner",
            "D-sektionens internationellt ansvarig",
            "--id",
            "4b-10",
        ])
        .args(["--kind", "ongoing", "--every", "2 weeks"])
        .args(["--file", "d-sektionen.toml"])
        .assert()
        .success()
        .stdout("4b-10\n");
    let expected = format!(
        "{before}\n[[item]]\nid = \"4b-10\"\ntitle = \"Board games night\"\ngoals = [\"4b\"]\nowner = \"D-sektionens internationellt ansvarig\"\nkind = \"ongoing\"\nstatus = \"planned\"\nevery = \"2 weeks\"\n"
    );
    assert_eq!(read(&unit_toml(&plans)), expected);
    assert_eq!(read(&plan_toml(&plans)), plan);
}

#[test]
fn add_refuses_a_file_outside_the_year_folder() {
    let (dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    let outside = dir.path().join("elsewhere.toml");
    for file in [
        outside.to_str().unwrap(),
        "../strategy.toml",
        "../../evil.toml",
        "notes.txt",
    ] {
        intplan(&plans)
            .args(["item", "add", "--goal", "2b", "--title", "X"])
            .args(["--owner", "Vice kårordförande", "--file", file])
            .assert()
            .code(2);
    }
    assert!(!outside.exists());
    assert!(!dir.path().join("evil.toml").exists());
    assert_eq!(read(&plan_toml(&plans)), before);
}

#[test]
fn refused_edits_leave_the_file_identical_and_exit_1() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    let cases: [&[&str]; 4] = [
        &[
            "item",
            "add",
            "--goal",
            "9z",
            "--title",
            "X",
            "--owner",
            "Vice kårordförande",
        ],
        &["item", "set", "2b-2", "--owner", "Kassör"],
        &["item", "set", "2b-2", "--due", "2026-08-01"],
        &[
            "item",
            "add",
            "--goal",
            "2b",
            "--title",
            "X",
            "--owner",
            "Vice kårordförande",
            "--id",
            "2b-1",
        ],
    ];
    let codes = [
        "error[unknown-goal]",
        "error[unknown-owner]",
        "error[dates-out-of-order]",
        "error[duplicate-id]",
    ];
    for (args, code) in cases.iter().zip(codes) {
        let out = intplan(&plans).args(*args).assert().code(1);
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(stderr.starts_with(code), "{stderr}");
        assert!(stderr.ends_with("was not changed\n"), "{stderr}");
        assert!(out.get_output().stdout.is_empty());
        assert_eq!(read(&plan_toml(&plans)), before);
    }
}

#[test]
fn a_refused_edit_shows_the_diagnostic_in_full() {
    let (_dir, plans) = plans();
    let file = plan_toml(&plans);
    let shown = file.display().to_string();
    let pad = " ".repeat(3);
    let expected = format!(
        "error[dates-out-of-order]: item 2b-2 is due (2026-08-01) before it starts (2026-08-15)\n{pad}--> {shown}:283:7\n    |\n283 | due = 2026-08-01\n    |       ^^^^^^^^^^\n    |\n{pad}::: {shown}:282:9\n    |\n282 | start = 2026-08-15\n    |         ---------- starts here\n\nerror: the edit was refused because it would add 1 error; {shown} was not changed\n"
    );
    intplan(&plans)
        .args(["item", "set", "2b-2", "--due", "2026-08-01"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(expected);
}

#[test]
fn an_unknown_id_exits_2_naming_the_nearest() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    intplan(&plans)
        .args(["item", "note", "2b-22", "x"])
        .assert()
        .code(2)
        .stderr("error: no item `2b-22` in the 2026/27 plan; did you mean 2b-2?\n");
    intplan(&plans)
        .args(["--lang", "sv", "item", "show", "3c4"])
        .assert()
        .code(2)
        .stderr("fel: ingen aktivitet `3c4` i planen för 2026/27; menade du 3c-4?\n");
    assert_eq!(read(&plan_toml(&plans)), before);
}

#[test]
fn show_gives_every_field_goal_texts_due_and_log() {
    let (_dir, plans) = plans();
    let file = plan_toml(&plans).display().to_string();
    let out = intplan(&plans)
        .args(["item", "show", "2b-2"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = stdout.lines().map(str::trim_end).collect();
    assert_eq!(lines[0], "Item 2b-2: action plan 2026/27, as of 2026-11-28");
    let rows = [
        "Title      Translate the regulations (reglemente) into English",
        "Goal       2b: All international students shall be able to access relevant information and documents published by Chalmers Student Union",
        "Owner      Vice kårordförande",
        "Kind       project",
        "Status     active",
        "Start      2026-08-15",
        "Due        2026-10-15",
        "Next due   2026-10-15",
        "Late       44 days",
        "Groups     exchange, eu, non-eu",
    ];
    for (line, row) in lines[3..].iter().zip(rows) {
        assert_eq!(line.trim(), row);
    }
    assert_eq!(lines[13].trim(), format!("File       {file}"));
    assert_eq!(
        &lines[14..],
        [
            "",
            "Log:",
            "2026-11-14  Vice kårordförande: Chapters 1-4 translated. Chapter 5 (finances) waits for the treasurer's review."
        ]
    );
}

#[test]
fn show_in_swedish_and_as_json() {
    let (_dir, plans) = plans();
    let out = intplan(&plans)
        .args(["--lang", "sv", "item", "show", "1a-2"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.starts_with("Aktivitet 1a-2: handlingsplan 2026/27, per 2026-11-28\n"));
    assert!(stdout.contains("\n Typ              löpande\n"));
    assert!(stdout.contains("\n Nästa deadline   2027-01-02\n"));
    assert!(stdout.contains("Logg:\n2026-11-02  Utbildningsansvarig: LP1 checked"));

    let out = intplan(&plans)
        .args(["item", "show", "2b-3", "--format", "json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["id"], "2b-3");
    assert_eq!(v["year"], "2026-27");
    assert_eq!(v["as_of"], "2026-11-28");
    assert_eq!(v["title"]["sv"], "Månadsbrev på engelska");
    assert_eq!(v["goal_texts"][1]["id"], "3a");
    assert!(v["goal_texts"][1]["text"]["en"].as_str().unwrap().len() > 20);
    assert_eq!(v["kind"], "ongoing");
    assert_eq!(v["every"], "month");
    assert_eq!(v["last_done"], "2026-10-14");
    assert_eq!(v["next_due"], "2026-11-14");
    assert_eq!(v["days_overdue"], 14);
    assert_eq!(v["due"], serde_json::Value::Null);
    assert_eq!(v["stale"], false);
    assert_eq!(v["log"][0]["by"], "Kommunikationsansvarig");
}

/// Starts `n` `item note` processes at once and checks that every note landed once.
fn concurrent_notes(n: usize) {
    let (_dir, plans) = plans();
    let children: Vec<_> = (0..n)
        .map(|i| {
            Process::new(BIN)
                .env("RUST_BACKTRACE", "0")
                .arg("--plan")
                .arg(&plans)
                .args(["--as-of", "2026-11-28", "item", "note", "3b-2"])
                .arg(format!("concurrent note {i}."))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = read(&plan_toml(&plans));
    for i in 0..n {
        let line = format!("note = \"concurrent note {i}.\"\n");
        assert_eq!(text.matches(&line).count(), 1, "{line}");
    }
    let ws = intplan::load::load(&plans, Lang::En).unwrap();
    let year = ws.years.iter().find(|y| y.name == "2026-27").unwrap();
    let item = year.item("3b-2").unwrap();
    assert_eq!(item.log.len(), n + 1);
    loads_without_errors(&plans, "2026-27", "2026-11-28");
    let leftovers: Vec<_> = fs::read_dir(plans.join("2026-27"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("intplan-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn twenty_concurrent_notes_all_land() {
    concurrent_notes(20);
}

#[test]
fn fifty_concurrent_notes_all_land() {
    concurrent_notes(50);
}

#[test]
fn a_killed_edit_leaves_the_old_or_the_new_file_whole() {
    let (_dir, plans) = plans();
    let unit = unit_toml(&plans);
    let mut current = read(&unit);
    let started = std::time::Instant::now();
    let mut landed = 0;
    for i in 0..200u64 {
        let mut child = Process::new(BIN)
            .env("RUST_BACKTRACE", "0")
            .arg("--plan")
            .arg(&plans)
            .args(["--as-of", "2026-11-28", "item", "note", "4b-4"])
            .arg(format!("kill {i}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // 0 to 50 ms in 0.25 ms steps: an edit takes some 40 ms in a debug build,
        // so the kills fall before, during and after the write.
        std::thread::sleep(Duration::from_micros(i * 250));
        let _ = child.kill();
        let _ = child.wait();
        let text = read(&unit);
        let new = format!(
            "{current}\n[[item.log]]\ndate = 2026-11-28\nby = \"D-sektionens internationellt ansvarig\"\nnote = \"kill {i}\"\n"
        );
        if text == new {
            landed += 1;
            current = new;
        } else {
            assert_eq!(text, current, "after kill {i}");
        }
        if i % 20 == 0 {
            loads_without_errors(&plans, "2026-27", "2026-11-28");
        }
        if started.elapsed() > Duration::from_secs(15) {
            break;
        }
    }
    loads_without_errors(&plans, "2026-27", "2026-11-28");
    // Kills at every moment: some edits must have landed and some not, or the
    // timings tested nothing.
    assert!(landed > 0, "no edit ever finished");
    assert!(landed < 200, "no edit was ever interrupted");
    intplan(&plans)
        .args(["item", "note", "4b-4", "after the kills"])
        .assert()
        .success();
    assert!(read(&unit).ends_with("note = \"after the kills\"\n"));
}

#[test]
fn crlf_files_stay_crlf() {
    let (_dir, plans) = plans();
    let unit = unit_toml(&plans);
    let crlf = read(&unit).replace('\n', "\r\n");
    fs::write(&unit, &crlf).unwrap();
    intplan(&plans)
        .args(["item", "note", "4b-4", "crlf"])
        .assert()
        .success();
    let expected = format!(
        "{crlf}\r\n[[item.log]]\r\ndate = 2026-11-28\r\nby = \"D-sektionens internationellt ansvarig\"\r\nnote = \"crlf\"\r\n"
    );
    assert_eq!(read(&unit), expected);
}

#[cfg(unix)]
#[test]
fn an_edit_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, plans) = plans();
    let file = plan_toml(&plans);
    fs::set_permissions(&file, fs::Permissions::from_mode(0o664)).unwrap();
    intplan(&plans)
        .args(["item", "note", "2b-2", "x"])
        .assert()
        .success();
    let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664);
}

fn init(plans: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("RUST_BACKTRACE", "0")
        .env("LANG", "C")
        .env_remove("INTPLAN_LANG")
        .arg("--plan")
        .arg(plans)
        .args(["--as-of", "2027-06-20", "init"]);
    cmd
}

fn ids(text: &str) -> Vec<String> {
    let doc: toml_edit::DocumentMut = text.parse().unwrap();
    doc["item"]
        .as_array_of_tables()
        .map(|items| {
            items
                .iter()
                .map(|t| t["id"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn init_carries_open_items_and_leaves_done_and_dropped_behind() {
    let (_dir, plans) = plans();
    let old_plan = read(&plan_toml(&plans));
    let old_unit = read(&unit_toml(&plans));
    let out = init(&plans).args(["--year", "2027-28"]).assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.starts_with("Started 2027/28 in "), "{stdout}");
    assert!(stdout.contains("19 items carried over, 5 done or dropped left behind."));
    assert_eq!(read(&plan_toml(&plans)), old_plan);
    assert_eq!(read(&unit_toml(&plans)), old_unit);

    let new_plan = read(&plans.join("2027-28/plan.toml"));
    let new_unit = read(&plans.join("2027-28/d-sektionen.toml"));
    assert_eq!(
        ids(&new_plan),
        [
            "1a-1", "1a-2", "1b-1", "1b-2", "2a-1", "2b-2", "2b-3", "3a-2", "3b-1", "3b-2", "3c-1",
            "3c-3", "3c-4", "4a-1", "4b-1", "4b-2"
        ]
    );
    assert_eq!(ids(&new_unit), ["1a-3", "2b-4", "4b-4"]);
    assert!(new_plan.contains("period = { start = 2027-07-01, end = 2028-06-30 }\n"));
    assert!(new_plan.contains("lead = \"Vice kårordförande\"\n"));
    assert!(new_plan.contains("  \"D-sektionens internationellt ansvarig\",\n]\n"));
    assert!(new_plan.contains("[goals.3c]\nowner = \"Arbetsmarknadsansvarig\"\n"));
    assert!(new_plan.contains(
        "every = \"2 months\"          # once per study period (läsperiod)\nlast_done = 2026-11-02\n"
    ));
    assert!(new_plan.contains("status = \"blocked\"\nstart = 2026-09-01\ndue = 2027-04-30\n"));
    assert!(new_plan.contains(
        "[[item.log]]\ndate = 2027-06-20\nby = \"Vice kårordförande\"\nnote = \"Carried over from the 2026/27 plan, status blocked.\"\n"
    ));
    assert!(!new_plan.contains("Draft statute change written"));
    assert!(!new_plan.contains("===== 1 Mål för representation"));
    assert!(!new_plan.contains("Placeholder"));

    let warnings = loads_without_errors(&plans, "2027-28", "2027-06-20");
    assert!(warnings > 0);
    let out = Command::new(BIN)
        .arg("--plan")
        .arg(&plans)
        .args([
            "--as-of",
            "2027-06-20",
            "--year",
            "2027-28",
            "check",
            "--format",
            "json",
        ])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["errors"], 0);
    assert!(v["warnings"].as_u64().unwrap() > 0);
    let codes: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"plan-not-reviewed"));
}

#[test]
fn init_refuses_an_existing_year_and_takes_start_and_from() {
    let (_dir, plans) = plans();
    init(&plans)
        .args(["--year", "2026-27"])
        .assert()
        .code(2)
        .stderr(format!(
            "error: {} already exists; init never overwrites a year\n",
            plans.join("2026-27").display()
        ));
    init(&plans)
        .args([
            "--year",
            "2027-28",
            "--from",
            "2026-27",
            "--start",
            "2027-08-15",
        ])
        .assert()
        .success();
    let text = read(&plans.join("2027-28/plan.toml"));
    assert!(text.contains("period = { start = 2027-08-15, end = 2028-08-14 }\n"));
    let before = read(&plans.join("2027-28/plan.toml"));
    init(&plans).args(["--year", "2027-28"]).assert().code(2);
    assert_eq!(read(&plans.join("2027-28/plan.toml")), before);
    init(&plans).assert().code(2);
}

#[test]
fn init_gives_a_goal_left_without_items_a_placeholder() {
    let (_dir, plans) = plans();
    intplan(&plans)
        .args(["item", "done", "2a-1"])
        .assert()
        .success();
    let out = init(&plans)
        .args(["--lang", "sv", "--year", "2027-28"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        stdout.contains("platshållare som styrelsen ska ersätta: 2a-2\n"),
        "{stdout}"
    );
    let text = read(&plans.join("2027-28/plan.toml"));
    assert!(
        text.starts_with("# Handlingsplan för internationalisering, verksamhetsåret 2027/28\n")
    );
    assert!(text.contains("# Startad med `intplan init`"));
    assert!(text.contains(
        "# Platshållare: inget fördes över för mål 2a. Styrelsen bestämmer vad planen\n# gör för målet i år och ersätter denna aktivitet.\n[[item]]\nid = \"2a-2\"\n"
    ));
    loads_without_errors(&plans, "2027-28", "2027-06-20");
}

#[test]
fn add_with_a_new_file_name_starts_a_unit_file() {
    let (_dir, plans) = plans();
    intplan(&plans)
        .args(["item", "add", "--goal", "3b", "--title", "Committee fair"])
        .args(["--owner", "Ordförande i Internationella utskottet"])
        .args(["--file", "internationella-utskottet.toml"])
        .assert()
        .success()
        .stdout("3b-3\n");
    assert_eq!(
        read(&plans.join("2026-27/internationella-utskottet.toml")),
        "# Unit file of the 2026/27 action plan: [[item]] tables only, with the keys\n# described in plan.toml.\n\n[[item]]\nid = \"3b-3\"\ntitle = \"Committee fair\"\ngoals = [\"3b\"]\nowner = \"Ordförande i Internationella utskottet\"\nkind = \"project\"\nstatus = \"planned\"\n"
    );
    loads_without_errors(&plans, "2026-27", "2026-11-28");
}
