//! The edit commands and `init`, run as the built binary on tempdir copies of the
//! shipped plans/: whole files are compared before and after, so any byte an edit
//! should not touch is caught.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::Duration;

use assert_cmd::Command;
use intplan::i18n::Lang;

mod common;

// A copy of the shipped plans/ in a fresh tempdir: (guard, plans dir).
use common::plans::shipped as plans;
use common::plans::{read, replaced};

const BIN: &str = env!("CARGO_BIN_EXE_intplan");

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

/// The 1-based number of the first line of `text` that is `line`.
fn line_of(text: &str, line: &str) -> usize {
    text.lines()
        .position(|l| l == line)
        .expect("the line is there")
        + 1
}

/// The gutter rustc-style diagnostics put before `-->` for a line number.
fn pad(line: usize) -> String {
    " ".repeat(line.to_string().len())
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
        warnings: true,
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
        .stdout("2b-2 (2026/27, plan.toml): note added, dated 2026-11-28\n");
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
        .stdout(
            "2a-1 (2026/27, plan.toml): status active -> done, completed (none) -> 2026-11-28\n",
        );
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
        .stdout("2b-3 (2026/27, plan.toml): last done 2026-10-14 -> 2026-11-27\n");
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
        .stdout("1a-2 (2026/27, plan.toml): start 2026-08-31 -> 2026-09-01, cadence every 2 months -> every month\n");
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
        .stdout("3a-2 (2026/27, plan.toml): English title “Spring reception for exchange students” -> “Spring reception”, goals 3a -> 3a, 4b, status planned -> done, completed (none) -> 2026-11-28\n");
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
        "{before}\n[[item]]\nid = \"4b-10\"\ntitle = \"Board games night\"\ngoals = [\"4b\"]\nowner = \"D-sektionens internationellt ansvarig\"\nkind = \"ongoing\"\nstatus = \"planned\"\nstart = 2026-11-28\nevery = \"2 weeks\"\n"
    );
    assert_eq!(read(&unit_toml(&plans)), expected);
    assert_eq!(read(&plan_toml(&plans)), plan);
}

/// Everything under `root`: each entry's path, kind, permissions, inode and
/// modification time, and a file's bytes or a link's target. Two equal snapshots
/// mean nothing was created, removed, written, replaced or touched.
#[cfg(unix)]
fn snapshot(root: &Path) -> Vec<(PathBuf, String, Vec<u8>)> {
    use std::os::unix::fs::MetadataExt as _;
    let mut out = Vec::new();
    let mut todo = vec![root.to_owned()];
    while let Some(path) = todo.pop() {
        let meta = fs::symlink_metadata(&path).unwrap();
        let stamp = format!(
            "mode {:o} inode {} mtime {}.{}",
            meta.mode(),
            meta.ino(),
            meta.mtime(),
            meta.mtime_nsec()
        );
        let content = if meta.is_dir() {
            for entry in fs::read_dir(&path).unwrap() {
                todo.push(entry.unwrap().path());
            }
            Vec::new()
        } else if meta.file_type().is_symlink() {
            fs::read_link(&path)
                .unwrap()
                .into_os_string()
                .into_encoded_bytes()
        } else {
            fs::read(&path).unwrap()
        };
        out.push((path, stamp, content));
    }
    out.sort();
    out
}

/// `item add --file` writes only to a `.toml` file of the year folder: a path out
/// of it (absolute, `..`, into another year, into a subfolder) or a name that is
/// not `.toml` is refused (exit 2, naming the file and the folder), and nothing
/// anywhere in the plan's surroundings is created or changed.
#[cfg(unix)]
#[test]
fn add_refuses_a_file_outside_the_year_folder() {
    let (dir, plans) = plans();
    let year = plans.join("2026-27");
    fs::create_dir(year.join("sub")).unwrap();
    let outside = dir.path().join("elsewhere.toml");
    let cases = [
        outside.to_str().unwrap(),
        "../strategy.toml",
        "../../evil.toml",
        "../2025-26/plan.toml",
        "../2025-26/new.toml",
        "sub/unit.toml",
        "./sub/../../strategy.toml",
        "notes.txt",
        "plan.toml.bak",
        ".toml/",
    ];
    let before = snapshot(dir.path());
    for file in cases {
        let run = intplan(&plans)
            .current_dir(&year)
            .args(["item", "add", "--goal", "2b", "--title", "X"])
            .args(["--owner", "Vice kårordförande", "--file", file])
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{file}");
        assert!(run.stdout.is_empty(), "{file}");
        assert_eq!(
            String::from_utf8(run.stderr).unwrap(),
            format!(
                "error: --file {file} is not a .toml file in the year folder {}\n",
                year.display()
            ),
            "{file}"
        );
        let after = snapshot(dir.path());
        let changed: Vec<_> = (after.iter().filter(|e| !before.contains(e)))
            .chain(before.iter().filter(|e| !after.contains(e)))
            .map(|(path, stamp, _)| format!("{} ({stamp})", path.display()))
            .collect();
        assert!(changed.is_empty(), "--file {file} changed {changed:#?}");
    }
}

/// `item add --file` never creates a unit file whose name hides something: a
/// control character, an escape sequence, a bidi override, a zero-width character,
/// a line break, a tab or bytes that are not UTF-8 in the name would reach every
/// diagnostic and listing that names the file. Each is refused (exit 2, the name
/// shown with the character written out, on one line) and nothing is created.
#[cfg(unix)]
#[test]
fn add_refuses_a_file_name_that_hides_characters() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt as _;
    let (dir, plans) = plans();
    let cases: [(&[u8], &str, &str); 7] = [
        (b"\x1b[31mred.toml", "\\u{1B}[31mred.toml", "\\u{1B}"),
        (b"bell\x07.toml", "bell\\u{7}.toml", "\\u{7}"),
        (
            "\u{202e}lmth.toml".as_bytes(),
            "\\u{202E}lmth.toml",
            "\\u{202E}",
        ),
        (
            "zero\u{200b}width.toml".as_bytes(),
            "zero\\u{200B}width.toml",
            "\\u{200B}",
        ),
        (b"two\nlines.toml", "two\\u{A}lines.toml", "\\u{A}"),
        (b"tab\tbed.toml", "tab\\u{9}bed.toml", "\\u{9}"),
        (b"latin\xe5.toml", "latin\u{FFFD}.toml", "\u{FFFD}"),
    ];
    let before = snapshot(dir.path());
    for (name, shown, char) in cases {
        for (lang, message) in [
            (
                "en",
                format!(
                    "error: --file {shown}: a unit file's name must be plain text on one line, but it holds {char}\n"
                ),
            ),
            (
                "sv",
                format!(
                    "fel: --file {shown}: en enhetsfils namn måste vara vanlig text på en rad, men det innehåller {char}\n"
                ),
            ),
        ] {
            let run = intplan(&plans)
                .args([
                    "--lang", lang, "item", "add", "--goal", "2b", "--title", "X",
                ])
                .args(["--owner", "Vice kårordförande", "--file"])
                .arg(OsStr::from_bytes(name))
                .output()
                .unwrap();
            assert_eq!(run.status.code(), Some(2), "{shown}");
            assert!(run.stdout.is_empty(), "{shown}");
            assert_eq!(String::from_utf8(run.stderr).unwrap(), message);
        }
    }
    assert_eq!(snapshot(dir.path()), before);
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
    let text = read(&file);
    let item = line_of(&text, "id = \"2b-2\"");
    let start = item
        + text
            .lines()
            .skip(item)
            .position(|l| l == "start = 2026-08-15")
            .unwrap()
        + 1;
    let due = start + 1;
    let p = pad(due);
    let expected = format!(
        "error[dates-out-of-order]: item 2b-2 is due (2026-08-01) before it starts (2026-08-15)\n{p}--> {shown} (after the edit):{due}:7\n{p} |\n{due} | due = 2026-08-01\n{p} |       ^^^^^^^^^^\n{p} |\n{p}::: {shown} (after the edit):{start}:9\n{p} |\n{start} | start = 2026-08-15\n{p} |         ---------- starts here\n\nerror: the edit was refused because it would add 1 error; {shown} was not changed\n"
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
        .stderr("fel: ingen åtgärd `3c4` i planen för 2026/27; menade du 3c-4?\n");
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
        "Title          Translate the regulations (reglemente) into English",
        "Goal           2b: All international students shall be able to access relevant information and documents published by Chalmers Student Union",
        "Owner          Vice kårordförande",
        "Kind           project",
        "Status         active",
        "Start          2026-08-15",
        "Due            2026-10-15",
        "Next due       2026-10-15",
        "Late           44 days",
        "Target groups  exchange students, programme students from the EU, programme students from outside the EU",
    ];
    for (line, row) in lines[3..].iter().zip(rows) {
        assert_eq!(line.trim(), row);
    }
    assert_eq!(lines[13].trim(), format!("File           {file}"));
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
    assert!(stdout.starts_with("Åtgärd 1a-2: handlingsplan 2026/27, per 2026-11-28\n"));
    assert!(
        stdout.contains("\nTyp               löpande arbete\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\nIntervall         var 2:a månad\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\nNästa datum       2027-01-02\n"),
        "{stdout}"
    );
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
    // The lock is the plan folder itself: nothing is left in the user's work tree.
    assert!(!plans.join(".intplan.lock").exists());
    assert!(!plans.join("2026-27/.intplan.lock").exists());
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
    let inode = std::os::unix::fs::MetadataExt::ino(&fs::metadata(&file).unwrap());
    intplan(&plans)
        .args(["item", "note", "2b-2", "x"])
        .assert()
        .success();
    let after = fs::metadata(&file).unwrap();
    assert_eq!(after.permissions().mode() & 0o777, 0o664);
    // The permissions were given to a new file: a write in place keeps the inode.
    use std::os::unix::fs::MetadataExt as _;
    assert_ne!(after.ino(), inode);
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
        "# Unit file of the 2026/27 action plan: [[item]] tables only, with the keys\n# described in plan.toml.\n\n[[item]]\nid = \"3b-3\"\ntitle = \"Committee fair\"\ngoals = [\"3b\"]\nowner = \"Ordförande i Internationella utskottet\"\nkind = \"project\"\nstatus = \"planned\"\nstart = 2026-11-28\n"
    );
    loads_without_errors(&plans, "2026-27", "2026-11-28");
}

/// Runs `init --year 2027-28` in June 2027, while 2026/27 is still the year.
fn init_next_year(plans: &Path) {
    Command::new(BIN)
        .env("RUST_BACKTRACE", "0")
        .env("LANG", "C")
        .arg("--plan")
        .arg(plans)
        .args(["--as-of", "2027-06-20", "init", "--year", "2027-28"])
        .assert()
        .success();
}

fn june(plans: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("RUST_BACKTRACE", "0")
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("INTPLAN_LANG")
        .arg("--plan")
        .arg(plans)
        .args(["--as-of", "2027-06-20"]);
    cmd
}

#[test]
fn an_edit_names_its_year_and_file_and_a_newer_year_with_the_same_id() {
    let (_dir, plans) = plans();
    init_next_year(&plans);
    let old = read(&unit_toml(&plans));
    let new_unit = plans.join("2027-28/d-sektionen.toml");
    let new = read(&new_unit);
    june(&plans)
        .args(["item", "set", "2b-4", "--due", "2027-05-15"])
        .assert()
        .success()
        .stdout("2b-4 (2026/27, d-sektionen.toml): due 2027-03-31 -> 2027-05-15\n")
        .stderr("note: 2b-4 is also in the 2027/28 plan; this edit changed the 2026/27 one (pass --year 2027-28 to edit that one)\n");
    assert_eq!(
        read(&unit_toml(&plans)),
        replaced(&old, "due = 2027-03-31\n", "due = 2027-05-15\n")
    );
    assert_eq!(read(&new_unit), new);
    june(&plans)
        .args([
            "--year",
            "2027-28",
            "item",
            "set",
            "2b-4",
            "--due",
            "2027-10-15",
        ])
        .assert()
        .success()
        .stdout("2b-4 (2027/28, d-sektionen.toml): due 2027-03-31 -> 2027-10-15\n")
        .stderr("");
}

#[test]
fn an_id_only_in_another_year_is_named_with_that_year() {
    let (_dir, plans) = plans();
    init_next_year(&plans);
    june(&plans)
        .args([
            "--year", "2027-28", "item", "add", "--goal", "4b", "--id", "4b-9",
        ])
        .args(["--title", "New year's item", "--owner", "Kårordförande"])
        .assert()
        .success()
        .stdout("4b-9\n")
        .stderr("4b-9 (2027/28, plan.toml): added, “New year's item”\n");
    let before = read(&plan_toml(&plans));
    june(&plans)
        .args(["item", "note", "4b-9", "x"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: no item `4b-9` in the 2026/27 plan; it is in the 2027/28 plan: pass --year 2027-28 to edit it there\n");
    june(&plans)
        .args([
            "--year", "2027-28", "item", "add", "--goal", "1b", "--title", "Y",
        ])
        .args(["--owner", "Kårordförande"])
        .assert()
        .success()
        .stdout("1b-3\n");
    june(&plans)
        .args(["item", "done", "1b-3"])
        .assert()
        .code(2)
        .stderr("error: no item `1b-3` in the 2026/27 plan; it is in the plans of 2025/26, 2027/28: pass --year with one of 2025-26, 2027-28 to edit it there\n");
    assert_eq!(read(&plan_toml(&plans)), before);
}

#[test]
fn a_note_by_a_post_outside_the_roster_is_refused_like_an_owner() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    let shown = plan_toml(&plans).display().to_string();
    let line = line_of(&before, "  \"Kårordförande\",");
    let p = pad(line);
    let expected = format!(
        "error[unknown-owner]: `Vice ordforande` is not in the plan's owners roster\n{p}--> {shown}:{line}:3\n{p} |\n{line} |   \"Kårordförande\",\n{p} |   ^^^^^^^^^^^^^^^ the roster of posts starts here\n{p} |\n{p} = help: did you mean `Vice kårordförande`?\n\nerror: the edit was refused because it would add 1 error; {shown} was not changed\n"
    );
    intplan(&plans)
        .args(["item", "note", "2b-2", "x", "--by", "Vice ordforande"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(expected);
    intplan(&plans)
        .args(["item", "done", "2b-2", "--note", "x", "--by", "Kassör"])
        .assert()
        .code(1);
    assert_eq!(read(&plan_toml(&plans)), before);
}

#[test]
fn an_empty_title_is_refused_and_check_names_it() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    let shown = plan_toml(&plans).display().to_string();
    let out = intplan(&plans)
        .args([
            "item",
            "add",
            "--goal",
            "2b",
            "--title",
            "",
            "--owner",
            "Vice kårordförande",
        ])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let line = before.lines().count() + 4;
    let p = pad(line);
    assert!(
        stderr.starts_with(&format!(
            "error[invalid-value]: the title is empty\n{p}--> {shown} (after the edit):{line}:9\n{p} |\n{line} | title = \"\"\n"
        )),
        "{stderr}"
    );
    for args in [
        &["item", "note", "2b-2", ""][..],
        &["item", "set", "2b-2", "--owner", " "],
        &["item", "done", "2b-2", "--note", ""],
    ] {
        intplan(&plans)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(
                "an empty value cannot be written into the plan: write some text",
            ));
    }
    intplan(&plans)
        .args(["item", "set", "2b-2", "--title-en", "  "])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "error[invalid-value]: the title is empty",
        ));
    assert_eq!(read(&plan_toml(&plans)), before);
}

#[test]
fn reopening_a_done_item_removes_its_completed_date() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    intplan(&plans)
        .args(["item", "set", "2b-1", "--status", "active"])
        .assert()
        .success()
        .stdout(
            "2b-1 (2026/27, plan.toml): status done -> active, completed 2026-10-28 -> (none)\n",
        );
    let expected = replaced(
        &before,
        "status = \"done\"\nstart = 2026-08-01\ndue = 2026-10-31\ncompleted = 2026-10-28\n",
        "status = \"active\"\nstart = 2026-08-01\ndue = 2026-10-31\n",
    );
    assert_eq!(read(&plan_toml(&plans)), expected);
}

#[cfg(unix)]
#[test]
fn done_on_a_done_item_changes_nothing_unless_on_is_given() {
    use std::os::unix::fs::MetadataExt as _;
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    let inode = fs::metadata(plan_toml(&plans)).unwrap().ino();
    intplan(&plans)
        .args(["item", "done", "2b-1"])
        .assert()
        .success()
        .stdout("2b-1 (2026/27, plan.toml): already done on 2026-10-28; nothing changed (give --on to change the date)\n");
    assert_eq!(read(&plan_toml(&plans)), before);
    assert_eq!(
        fs::metadata(plan_toml(&plans)).unwrap().ino(),
        inode,
        "not even rewritten"
    );
    intplan(&plans)
        .args(["item", "done", "2b-1", "--on", "2026-10-30"])
        .assert()
        .success()
        .stdout("2b-1 (2026/27, plan.toml): completed 2026-10-28 -> 2026-10-30\n");
    assert_eq!(
        read(&plan_toml(&plans)),
        replaced(
            &before,
            "completed = 2026-10-28\n",
            "completed = 2026-10-30\n"
        )
    );
}

#[test]
fn a_date_after_as_of_is_written_with_a_future_date_warning() {
    let (_dir, plans) = plans();
    let shown = plan_toml(&plans).display().to_string();
    let out = intplan(&plans)
        .args(["item", "done", "2a-1", "--on", "2072-11-20"])
        .assert()
        .success()
        .stdout(
            "2a-1 (2026/27, plan.toml): status active -> done, completed (none) -> 2072-11-20\n",
        );
    let line = line_of(&read(&plan_toml(&plans)), "completed = 2072-11-20");
    let p = pad(line);
    assert_eq!(
        String::from_utf8(out.get_output().stderr.clone()).unwrap(),
        format!(
            "warning[future-date]: item 2a-1 was completed on 2072-11-20, after 2026-11-28\n{p}--> {shown}:{line}:13\n{p} |\n{line} | completed = 2072-11-20\n{p} |             ^^^^^^^^^^\n{p} |\n{p} = help: a record of what was done cannot be dated after 2026-11-28, the day the plan is checked for: correct the date\n\n"
        )
    );
    intplan(&plans)
        .args(["check", "--format", "json"])
        .assert()
        .success()
        .stdout(predicates::str::contains("\"code\": \"future-date\""));
}

#[test]
fn a_refused_add_points_at_a_line_of_the_edited_text_and_says_so() {
    let (_dir, plans) = plans();
    let before = read(&plan_toml(&plans));
    let shown = plan_toml(&plans).display().to_string();
    // The new item starts after a blank line below the file's last line.
    let line = before.lines().count() + 2;
    let pad = " ".repeat(line.to_string().len());
    let expected = format!(
        "error[ongoing-without-cadence]: ongoing item has no `every`\n{pad}--> {shown} (after the edit):{line}:1\n{pad} |\n{line} | [[item]]\n{pad} | ^^^^^^^^\n{pad} |\n{pad} = help: say how often it recurs: `\"week\"`, `\"2 weeks\"`, `\"month\"`, `\"term\"`, `\"year\"`, or `\"N days|weeks|months\"`\n\nerror: the edit was refused because it would add 1 error; {shown} was not changed\n"
    );
    intplan(&plans)
        .args(["item", "add", "--goal", "2b", "--title", "X"])
        .args(["--owner", "Vice kårordförande", "--kind", "ongoing"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(expected);
    assert_eq!(read(&plan_toml(&plans)), before);
    assert!(
        before.lines().count() < line,
        "the line is not in the file on disk"
    );
}

#[test]
fn several_ids_change_together_across_files_or_not_at_all() {
    let (_dir, plans) = plans();
    let plan = read(&plan_toml(&plans));
    let unit = read(&unit_toml(&plans));
    // One unknown id: nothing happens.
    intplan(&plans)
        .args(["item", "done", "2a-1", "2b-44"])
        .assert()
        .code(2);
    // One item would break a rule: nothing happens to either.
    intplan(&plans)
        .args(["item", "set", "2a-1", "2b-4", "--due", "2026-09-15"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "error[dates-out-of-order]: item 2b-4",
        ));
    assert_eq!(read(&plan_toml(&plans)), plan);
    assert_eq!(read(&unit_toml(&plans)), unit);
    intplan(&plans)
        .args(["item", "done", "2a-1", "2b-4", "2a-1", "--note", "Closed at the board meeting."])
        .assert()
        .success()
        .stdout("2a-1 (2026/27, plan.toml): status active -> done, completed (none) -> 2026-11-28, note added, dated 2026-11-28\n2b-4 (2026/27, d-sektionen.toml): status active -> done, completed (none) -> 2026-11-28, note added, dated 2026-11-28\n");
    assert!(read(&plan_toml(&plans)).contains(
        "completed = 2026-11-28\ngroups = [\"exchange\", \"eu\", \"non-eu\"]\ndescription"
    ));
    assert!(
        read(&unit_toml(&plans))
            .contains("due = 2027-03-31\ncompleted = 2026-11-28\nunit = \"D-sektionen\"\n")
    );
    assert_eq!(
        read(&plan_toml(&plans))
            .matches("Closed at the board meeting.")
            .count(),
        1
    );
}

#[test]
fn confirmations_speak_the_run_language() {
    let (_dir, plans) = plans();
    intplan(&plans)
        .args(["--lang", "sv", "item", "set", "3a-2", "--status", "active", "--due", "2027-02-07"])
        .assert()
        .success()
        .stdout("3a-2 (2026/27, plan.toml): status planerad -> pågår, klart senast 2027-01-31 -> 2027-02-07\n");
    intplan(&plans)
        .args(["--lang", "sv", "item", "done", "2b-3"])
        .assert()
        .success()
        .stdout("2b-3 (2026/27, plan.toml): senast genomförd 2026-10-14 -> 2026-11-28\n");
    intplan(&plans)
        .args(["item", "set", "2b-3"])
        .assert()
        .code(2)
        .stderr("error: nothing to set: give at least one of --status, --due, --start, --owner, --title, --title-sv, --title-en, --goal, --every, --note\n");
}

/// An id two items of the year share (a `duplicate-id` error of `check`) is
/// ambiguous: an edit of it is refused (exit 1), naming both places, and changes
/// nothing, alone or among other ids; `item show` still shows the first. Before, the
/// edit silently changed whichever came first.
#[test]
fn an_edit_of_an_id_two_items_share_is_refused_naming_both() {
    let (_guard, plans) = plans();
    let unit = unit_toml(&plans);
    let copy = "\n[[item]]\nid = \"1a-1\"\ntitle = \"A copy\"\ngoals = [\"1a\"]\nowner = \"D-sektionens internationellt ansvarig\"\n";
    let text = format!("{}{copy}", read(&unit));
    fs::write(&unit, &text).unwrap();
    let plan_text = read(&plan_toml(&plans));
    let first = line_of(&plan_text, "id = \"1a-1\"") - 1;
    let second = line_of(&text, "id = \"1a-1\"") - 1;
    for args in [
        &["item", "note", "1a-1", "Met."][..],
        &["item", "set", "1a-2", "1a-1", "--status", "blocked"],
        &["item", "done", "1a-1"],
    ] {
        let out = intplan(&plans).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            String::from_utf8(out.stderr).unwrap(),
            format!(
                "error: `1a-1` is the id of more than one item in the 2026/27 plan ({}:{first}, {}:{second}), so the edit would not know which to change; give each its own id first (`intplan check` shows them as duplicate-id); nothing was written\n",
                plan_toml(&plans).display(),
                unit.display()
            )
        );
        assert_eq!(read(&unit), text);
        assert_eq!(read(&plan_toml(&plans)), plan_text);
    }
    let show = intplan(&plans)
        .args(["item", "show", "1a-1"])
        .output()
        .unwrap();
    assert_eq!(show.status.code(), Some(0));
}
