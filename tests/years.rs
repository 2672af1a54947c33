//! Reports and edits read only the years they are for (issue 15): the strategy, the
//! year `--year` and `--as-of` pick, and for a report the headers and measurements
//! of the years before it. A past year that does not parse, or cannot even be
//! read, leaves them as they were, while `check`, which judges every year,
//! reports it. The year is still chosen by its period, as with every year read.

mod common;

use std::fs;
use std::path::Path;

use common::Run;
use common::plans::{read, replaced, run, run_on, shipped};

/// Every read command, in the forms that show a year's whole content.
const READS: &[&[&str]] = &[
    &["status"],
    &["status", "--format", "json"],
    &["status", "--by", "unit"],
    &["overdue"],
    &["upcoming"],
    &["week"],
    &["items"],
    &["item", "show", "1a-1"],
    &["export", "--format", "json"],
    &["indicators", "--format", "json"],
];

/// What every read command says, exit code and both streams.
fn reads(plans: &Path) -> Vec<(i32, String, String)> {
    READS
        .iter()
        .map(|args| {
            let Run {
                code,
                stdout,
                stderr,
            } = run(plans, args);
            (code, stdout, stderr)
        })
        .collect()
}

/// A past year 2024-25 with a valid header and `files` besides its plan.toml.
fn past_year(plans: &Path, plan_items: &str, files: &[(&str, &str)]) {
    let dir = plans.join("2024-25");
    fs::create_dir_all(&dir).unwrap();
    let header = "[plan]\nperiod = { start = 2024-07-01, end = 2025-06-30 }\nlead = \"Vice kårordförande\"\n\n";
    fs::write(dir.join("plan.toml"), format!("{header}{plan_items}")).unwrap();
    for (name, text) in files {
        fs::write(dir.join(name), text).unwrap();
    }
}

#[test]
fn a_past_year_that_does_not_parse_leaves_the_reports_as_they_were() {
    let (_guard, plans) = shipped();
    let before = reads(&plans);
    assert!(before.iter().all(|(code, _, _)| *code == 0), "{before:?}");
    past_year(
        &plans,
        "[[item]]\nid = \"1a-1\"\ntitle = \"An unclosed title\ngoals = [\"1a\"]\n",
        &[("unit.toml", "[[item]\nid = \"1a-2\"\n")],
    );
    assert_eq!(reads(&plans), before);

    let check = run(&plans, &["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let shown =
        |file: &str, line: u32| format!("2024-25{}{file}:{line}:", std::path::MAIN_SEPARATOR);
    assert!(
        check.stderr.contains(&shown("plan.toml", 7)),
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.contains(&shown("unit.toml", 1)),
        "{}",
        check.stderr
    );
}

#[test]
fn a_past_year_that_cannot_be_read_is_not_read_by_reports_or_edits() {
    let (_guard, plans) = shipped();
    let before = reads(&plans);
    // A folder named like a plan file: reading it would end the run (exit 2).
    past_year(&plans, "", &[]);
    fs::create_dir(plans.join("2024-25/broken.toml")).unwrap();
    assert_eq!(reads(&plans), before);

    let note = run(&plans, &["item", "note", "1a-1", "Met the board."]);
    assert_eq!(note.code, 0, "{}", note.stderr);
    assert!(read(&plans.join("2026-27/plan.toml")).contains("Met the board."));

    let check = run(&plans, &["check"]);
    assert_eq!(check.code, 2);
    assert!(check.stderr.contains("broken.toml"), "{}", check.stderr);
}

#[test]
fn an_edit_of_a_past_year_reads_that_year_alone() {
    let (_guard, plans) = shipped();
    // The current year cannot even be read; an edit of last year's plan goes ahead.
    fs::create_dir(plans.join("2026-27/broken.toml")).unwrap();
    let note = run(
        &plans,
        &["--year", "2025-26", "item", "note", "1a-1", "Done."],
    );
    assert_eq!(
        (note.code, note.stdout.as_str(), note.stderr.as_str()),
        (
            0,
            "1a-1 (2025/26, plan.toml): note added, dated 2026-11-28\n",
            ""
        )
    );
}

#[test]
fn the_year_is_still_the_first_whose_period_holds_the_day() {
    let (_guard, plans) = shipped();
    let heading = |run: &Run| run.stdout.lines().next().unwrap_or("").to_owned();
    assert_eq!(
        heading(&run(&plans, &["overdue"])),
        "Overdue: action plan 2026/27, as of 2026-11-28"
    );
    // Last year's period runs on into this one: the older year wins, as before.
    let last = plans.join("2025-26/plan.toml");
    let text = read(&last);
    fs::write(
        &last,
        replaced(&text, "end = 2026-06-30", "end = 2026-12-31"),
    )
    .unwrap();
    assert_eq!(
        heading(&run(&plans, &["overdue"])),
        "Overdue: action plan 2025/26, as of 2026-11-28"
    );
    // An older year with its [plan] after its items, whose period holds the day
    // too: it is found, although its header is not before its first item.
    past_year(&plans, "", &[]);
    let items = "[[item]]\nid = \"1a-1\"\ntitle = \"Old\"\ngoals = [\"1a\"]\nowner = \"Vice kårordförande\"\nstatus = \"active\"\ndue = 2024-09-01\n\n";
    let header = "[plan]\nperiod = { start = 2024-07-01, end = 2026-12-31 }\nlead = \"Vice kårordförande\"\n";
    fs::write(plans.join("2024-25/plan.toml"), format!("{items}{header}")).unwrap();
    let overdue = run(&plans, &["overdue"]);
    assert_eq!(
        heading(&overdue),
        "Overdue: action plan 2024/25, as of 2026-11-28"
    );
    assert!(overdue.stdout.contains("1a-1"), "{}", overdue.stdout);
    // A header that does not parse has no period: that year is passed over.
    let broken = "[plan]\nperiod = { start = 2024-07-01, end = \n";
    fs::write(plans.join("2024-25/plan.toml"), format!("{broken}{items}")).unwrap();
    assert_eq!(
        heading(&run(&plans, &["overdue"])),
        "Overdue: action plan 2025/26, as of 2026-11-28"
    );
    // Outside every period: the latest year, with the note, as before.
    let late = run_on(&plans, "2031-01-01", &["overdue"]);
    assert!(
        heading(&late).starts_with("Overdue: action plan 2026/27"),
        "{}",
        late.stdout
    );
    assert!(late.stderr.contains("2026/27"), "{}", late.stderr);
}

#[test]
fn an_id_in_another_year_is_found_however_it_is_spelt() {
    let (_guard, plans) = shipped();
    // `\u002D` is a hyphen: the scan that spares other years' parsing must not
    // miss an id spelt with an escape.
    past_year(
        &plans,
        "[[item]]\nid = \"9z\\u002D1\"\ntitle = \"Old\"\ngoals = [\"1a\"]\nowner = \"Vice kårordförande\"\n",
        &[],
    );
    let show = run(&plans, &["item", "show", "9z-1"]);
    assert_eq!(show.code, 2);
    assert_eq!(
        show.stderr,
        "error: no item `9z-1` in the 2026/27 plan; it is in the 2024/25 plan: pass --year 2024-25 to edit it there\n"
    );
}
