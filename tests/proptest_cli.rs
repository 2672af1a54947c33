//! Extreme values on the command line: every numeric and date option of every
//! command, at and past the calendar's limits, on a plan whose own dates sit at the
//! ends of what TOML can hold. Whatever the values, the binary answers with one of
//! the contract's exit codes (0, 1, 2): never a panic (101), never a hang.
//! `INTPLAN_PROPTEST_CASES` raises the number of cases.

use std::fs;
use std::path::Path;
use std::process::Command;

use proptest::prelude::*;

/// A plan whose dates reach the ends of TOML's calendar: a project due 9999-12-31,
/// ongoing work last done in 9999 every 1000 years, a start in year 0.
const PLAN: &str = r#"[plan]
period = { start = 0000-01-01, end = 9999-12-31 }
lead = "Vice ordförande"
reviewed = 0000-01-01
owners = ["Vice ordförande", "Utbildningsenheten"]

[goals.1a]
owner = "Utbildningsenheten"

[[item]]
id = "1a-1"
title = "At the end of time"
goals = ["1a"]
owner = "Utbildningsenheten"
status = "active"
start = 0000-01-01
due = 9999-12-31

[[item]]
id = "1a-2"
title = "Every thousand years"
goals = ["1a"]
owner = "Utbildningsenheten"
status = "active"
kind = "ongoing"
every = "1000 years"
last_done = 9999-12-01

[[item]]
id = "1a-3"
title = "Since the start of time"
goals = ["1a"]
owner = "Vice ordförande"
status = "planned"
kind = "ongoing"
every = "1000 days"
start = 0000-01-01

[[item.log]]
date = 0000-01-01
by = "Utbildningsenheten"
note = "Long ago."
"#;

fn plan_folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    fs::copy(
        fixtures.join("strategy.toml"),
        tmp.path().join("strategy.toml"),
    )
    .unwrap();
    fs::create_dir(tmp.path().join("2026-27")).unwrap();
    fs::write(tmp.path().join("2026-27/plan.toml"), PLAN).unwrap();
    tmp
}

/// A day: the calendar's ends as chrono knows them, the ends of TOML's years, leap
/// days, nonsense, and any year at all.
fn day() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("-262143-01-01".to_owned()),
        Just("+262142-12-31".to_owned()),
        Just("262142-12-31".to_owned()),
        Just("0000-01-01".to_owned()),
        Just("0001-01-01".to_owned()),
        Just("9999-12-31".to_owned()),
        Just("10000-01-01".to_owned()),
        Just("2028-02-29".to_owned()),
        Just("2027-02-29".to_owned()),
        Just("2026-11-28".to_owned()),
        Just("".to_owned()),
        (any::<i32>(), 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (0i32..10_000, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]
}

/// A count of days: the edges of u32 and past them, negative, and any number.
fn days() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("0".to_owned()),
        Just("1".to_owned()),
        Just("100000000".to_owned()),
        Just(u32::MAX.to_string()),
        Just((u64::from(u32::MAX) + 1).to_string()),
        Just("-1".to_owned()),
        Just("99999999999999999999999".to_owned()),
        any::<u32>().prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
    ]
}

/// One command line: a command with its own numeric and date options filled in.
fn command_line() -> impl Strategy<Value = Vec<String>> {
    let report = prop_oneof![Just("table"), Just("json"), Just("csv"), Just("markdown")];
    let document = prop_oneof![Just("table"), Just("json"), Just("markdown"), Just("html")];
    let export = prop_oneof![Just("json"), Just("csv"), Just("ics"), Just("html")];
    let command = prop_oneof![
        Just(owned(&["check", "--format", "json"])),
        Just(owned(&["check"])),
        report
            .clone()
            .prop_map(move |f| owned(&["status", "--format", f])),
        report
            .clone()
            .prop_map(move |f| owned(&["overdue", "--format", f])),
        (report.clone(), days())
            .prop_map(move |(f, n)| owned(&["upcoming", "--format", f, "--within", &n])),
        document.prop_map(|f| owned(&["week", "--format", f])),
        export.prop_map(|f| owned(&["export", "--format", f])),
        (day(), day()).prop_map(|(b, a)| owned(&["items", "--due-before", &b, "--due-after", &a])),
        report
            .clone()
            .prop_map(|f| owned(&["items", "--all", "--format", f])),
        report
            .clone()
            .prop_map(|f| owned(&["indicators", "--format", f])),
        Just(owned(&["followup", "--format", "json"])),
        Just(owned(&["followup"])),
        Just(owned(&["status", "--by", "unit"])),
        Just(owned(&["item", "show", "1a-2"])),
        Just(owned(&["item", "show", "1a-1", "--format", "json"])),
        (day(), day()).prop_map(|(s, d)| owned(&[
            "item",
            "add",
            "--goal",
            "1a",
            "--title",
            "New",
            "--owner",
            "Vice ordförande",
            "--start",
            &s,
            "--due",
            &d
        ])),
        (day(), day())
            .prop_map(|(s, d)| owned(&["item", "set", "1a-1", "--start", &s, "--due", &d])),
        day().prop_map(|d| owned(&["item", "done", "1a-2", "--on", &d])),
        day().prop_map(|d| owned(&["item", "done", "1a-1", "--on", &d])),
        Just(owned(&["item", "note", "1a-3", "Still here."])),
        day().prop_map(|d| owned(&["init", "--year", "2027-28", "--start", &d])),
    ];
    (command, day()).prop_map(|(mut args, as_of)| {
        args.extend(["--as-of".to_owned(), as_of]);
        args
    })
}

fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn cases() -> u32 {
    std::env::var("INTPLAN_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn extreme_values_never_panic(args in command_line()) {
        let plan = plan_folder();
        let out = Command::new(env!("CARGO_BIN_EXE_intplan"))
            .arg("-p")
            .arg(plan.path())
            .args(&args)
            .env("RUST_BACKTRACE", "0")
            .env("NO_COLOR", "1")
            .env_remove("INTPLAN_PLAN")
            .env_remove("INTPLAN_LANG")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        prop_assert!(
            matches!(code, Some(0..=2)) && !stderr.contains("panicked"),
            "intplan {} exited {code:?}:\n{stderr}",
            args.join(" ")
        );
    }
}

/// The command lines that panicked before dates were checked, each kept as a case.
#[test]
fn the_calendar_limits_that_once_panicked_give_an_exit_code() {
    for args in [
        vec!["upcoming", "--within", "100000000", "--as-of", "2026-11-28"],
        vec!["upcoming", "--as-of", "+262142-12-31"],
        vec!["week", "--as-of", "-262143-01-01"],
        vec!["diff", "--as-of", "-262143-01-01"],
        vec![
            "upcoming",
            "--within",
            "4294967295",
            "--as-of",
            "9999-12-31",
        ],
        vec!["week", "--as-of", "0000-01-01"],
        vec!["export", "--format", "ics", "--as-of", "9999-12-31"],
    ] {
        let plan = plan_folder();
        let out = Command::new(env!("CARGO_BIN_EXE_intplan"))
            .arg("-p")
            .arg(plan.path())
            .args(&args)
            .env("RUST_BACKTRACE", "0")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(0..=2)) && !stderr.contains("panicked"),
            "intplan {} exited {:?}:\n{stderr}",
            args.join(" "),
            out.status.code()
        );
    }
}
