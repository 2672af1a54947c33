//! `intplan check` on the outcome side of the plan: every code that indicators,
//! measurements and units add (and the old codes they reuse), each at its file,
//! line and column, in fixtures under tests/fixtures/check/.

mod common;

use common::{fixtures, intplan, root};

const AS_OF: &str = "2026-11-28";

/// `code file:line:column` of every diagnostic, and the exit code.
fn found(plan: &str) -> (i32, Vec<String>) {
    let run = intplan(
        &fixtures("check"),
        &["-p", plan, "check", "--as-of", AS_OF, "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    let list = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}:{}:{}",
                d["code"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"],
                d["column"]
            )
        })
        .collect();
    (run.code, list)
}

#[test]
fn indicator_rules_point_into_strategy_toml() {
    let s = "indicator-rules/strategy.toml";
    let (code, list) = found("indicator-rules");
    assert_eq!(code, 1);
    assert_eq!(
        list,
        [
            // Line 13 is goal 1b's `id = "1b"`: no indicator names 1b.
            format!("goal-without-indicator {s}:13:6"),
            // `target = 120` on a percent.
            format!("invalid-value {s}:21:10"),
            // The second `id = "rep-share"`.
            format!("duplicate-id {s}:24:6"),
            // `goals = ["1c"]`: the string "1c".
            format!("unknown-goal {s}:25:10"),
            // `unit = "percentage"`, `direction = "upward"`, `compare = "nationals"`.
            format!("invalid-value {s}:27:8"),
            format!("invalid-value {s}:28:13"),
            format!("invalid-value {s}:29:11"),
            // The third [[indicator]] lacks `id` and `unit` and has `goals = []`.
            format!("missing-field {s}:31:1"),
            format!("missing-field {s}:31:1"),
            format!("invalid-value {s}:32:9"),
        ]
    );
}

#[test]
fn measurement_rules_point_into_measurements_toml() {
    let m = "measurement-rules/2026-27/measurements.toml";
    let (code, list) = found("measurement-rules");
    assert_eq!(code, 1);
    assert_eq!(
        list,
        [
            format!("unknown-indicator {m}:4:13"),
            // 104.5 percent, then a count of -2.
            format!("invalid-value {m}:11:9"),
            format!("invalid-value {m}:16:9"),
            // group = "exhange"; then n = 12.
            format!("invalid-value {m}:21:9"),
            format!("small-sample {m}:29:5"),
            // Dated 2027-08-01, after the period's end 2027-06-30.
            format!("outside-period {m}:33:8"),
            format!("unknown-field {m}:35:1"),
            // The last one has no `value`, and n = -5.
            format!("missing-field {m}:37:1"),
            format!("invalid-value {m}:40:5"),
        ]
    );
}

#[test]
fn a_measurement_of_an_unknown_group_is_not_read_as_everyone() {
    // rep-share on 2026-10-15: 104.5 for everyone (out of range, but read), then 60
    // for "exhange", which is left out rather than taken for everyone, then 60 for
    // exchange. The report still runs, with a note that the plan has errors.
    let run = intplan(
        &fixtures("check"),
        &[
            "-p",
            "measurement-rules",
            "--as-of",
            AS_OF,
            "indicators",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let latest: Vec<(serde_json::Value, serde_json::Value)> = v["indicators"][0]["latest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["group"].clone(), l["value"].clone()))
        .collect();
    assert_eq!(
        latest,
        [
            (serde_json::json!(null), serde_json::json!(104.5)),
            (serde_json::json!("exchange"), serde_json::json!(60))
        ]
    );
}

#[test]
fn messages_say_what_to_fix_in_both_languages() {
    let run = intplan(
        &fixtures("check"),
        &["-p", "measurement-rules", "check", "--as-of", AS_OF],
    );
    assert!(
        run.stderr.contains(
            "error[unknown-indicator]: the strategy declares no indicator `rep-shar`\n \
             --> measurement-rules/2026-27/measurements.toml:4:13\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("= help: did you mean `rep-share`? the strategy declares rep-share, seats\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "warning[small-sample]: only 12 answered for rep-share on 2026-10-15 (fewer than 30)"
        ),
        "{}",
        run.stderr
    );
    let sv = intplan(
        &fixtures("check"),
        &[
            "-p",
            "measurement-rules",
            "check",
            "--as-of",
            AS_OF,
            "--lang",
            "sv",
        ],
    );
    assert!(
        sv.stderr.contains(
            "fel[invalid-value]: `value = 104.5` är ingen möjlig procentsats: den ska ligga mellan 0 och 100"
        ),
        "{}",
        sv.stderr
    );
    assert!(
        sv.stderr.contains("varning[outside-period]: mätningen av rep-share är daterad 2027-08-01, utanför 2026/27 (2026-07-01 till 2027-06-30)"),
        "{}",
        sv.stderr
    );
}

#[test]
fn unknown_unit_suggests_the_roster_spelling_and_unit_files_default_to_theirs() {
    let p = "unknown-unit/2026-27/plan.toml";
    let (code, list) = found("unknown-unit");
    // GitHub annotations name files from the repository's top.
    let g = format!("tests/fixtures/check/{p}");
    assert_eq!(code, 1);
    // d-sektionen.toml's item has no `unit` and belongs to the roster's D-sektionen:
    // no diagnostic for it. Only written units are checked.
    assert_eq!(
        list,
        [
            format!("unknown-unit {p}:20:8"),
            format!("unknown-unit {p}:31:8")
        ]
    );
    let run = intplan(
        &fixtures("check"),
        &[
            "-p",
            "unknown-unit",
            "check",
            "--as-of",
            AS_OF,
            "--format",
            "github",
        ],
    );
    assert_eq!(
        run.stdout,
        format!(
            "::error file={g},line=20,col=8,title=unknown-unit::`d-sektionen` is not in the plan's units roster%0Adid you mean `D-sektionen`?\n\
             ::error file={g},line=31,col=8,title=unknown-unit::`Fysiksektionen` is not in the plan's units roster%0Aadd the unit to `units` in [plan], or use one of: central, D-sektionen\n"
        )
    );
}

#[test]
fn a_strategy_without_indicators_gets_no_indicator_warning() {
    // The valid fixture declares no [[indicator]]: goal-without-indicator must not
    // fire for its goals, and there is nothing else to report.
    let (code, list) = found("valid");
    assert_eq!((code, list), (0, Vec::<String>::new()));
}

/// An indicator defined twice (its own `duplicate-id`) is listed once in the help of
/// a measurement that names no indicator: the list once read "seats, seats".
#[test]
fn the_help_lists_each_indicator_once() {
    let run = intplan(
        &root(),
        &["-p", "examples/broken", "check", "--as-of", AS_OF],
    );
    assert!(
        run.stderr
            .contains("= help: did you mean `seats`? the strategy declares seats\n"),
        "{}",
        run.stderr
    );
}
