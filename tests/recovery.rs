//! A syntax error does not hide the other problems of its file: the parser recovers,
//! the decoder skips what a syntax error touches, and `check` reports the rest in
//! the same run. `tests/fixtures/recovery/` has one problem of each kind in one
//! `plan.toml`.

mod common;

use common::{fixtures, intplan};

fn diagnostics(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {} {}:{} {}",
                d["severity"].as_str().unwrap(),
                d["code"].as_str().unwrap(),
                d["line"],
                d["column"],
                d["message"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn every_problem_of_a_file_is_reported_past_its_syntax_errors() {
    let run = intplan(
        &fixtures(""),
        &[
            "-p",
            "recovery",
            "check",
            "--as-of",
            "2026-11-28",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        diagnostics(&run.stdout),
        [
            "error invalid-value 23:7 TOML: invalid date, expected a two-digit month (MM)",
            "error invalid-value 30:9 `start` must be a TOML date, not a string",
            "error unknown-owner 36:9 `Vice ordförande ` is not in the plan's owners roster",
            "error invalid-value 44:9 `every = \"monthly\"` is not a cadence",
            "error toml-syntax 48:39 TOML: invalid basic string, expected `\"`",
            "error missing-field 52:1 [[item]] has no `owner`",
            "error unknown-field 56:1 unknown key `ownr` in [[item]]",
            "error unknown-goal 61:10 the strategy has no goal `9z`",
            "error invalid-value 63:10 unknown status `doing`",
            "error duplicate-id 66:6 item id `1b-4` is used twice in 2026/27",
            "error dates-out-of-order 71:7 item 1b-4 is due (2026-11-01) before it starts (2026-12-01)",
            "error ongoing-without-cadence 73:1 ongoing item has no `every`",
            "warning due-before-period 85:7 item 1b-6 is due 2026-05-31, before 2026/27 began (2026-07-01)",
            "warning outside-period 92:7 item 1b-7 is due 2027-08-31, after 2026/27 ends (2027-06-30)",
            "error toml-syntax 93:18 TOML: unexpected key or value, expected newline, `#`",
        ]
    );
}

#[test]
fn what_a_syntax_error_touches_gives_no_follow_on_error() {
    // The unclosed title of 1b-2 is not reported missing, the unit of 1b-7 is not
    // decoded, and no rule that judges from an absent key (a lost line may hold
    // it) speaks: no done-without-date, stale-item or plan-not-reviewed.
    let run = intplan(
        &fixtures(""),
        &[
            "-p",
            "recovery",
            "check",
            "--as-of",
            "2026-11-28",
            "--format",
            "json",
        ],
    );
    let found = diagnostics(&run.stdout);
    assert!(!found.iter().any(|d| d.contains("title")), "{found:?}");
    assert!(!found.iter().any(|d| d.contains("unit")), "{found:?}");
    for code in ["stale-item", "done-without-date", "plan-not-reviewed"] {
        assert!(!found.iter().any(|d| d.contains(code)), "{code}: {found:?}");
    }
}

#[test]
fn a_report_on_a_file_with_syntax_errors_still_refuses() {
    let run = intplan(
        &fixtures(""),
        &["-p", "recovery", "status", "--as-of", "2026-11-28"],
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("error[unknown-goal]"), "{}", run.stderr);
    assert!(
        run.stderr
            .ends_with("error: the plan cannot be read in full; fix the errors above first\n"),
        "{}",
        run.stderr
    );
}
