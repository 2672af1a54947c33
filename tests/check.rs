//! `intplan check` on fixture plans: every diagnostic code with its file, line and
//! column, the three output formats, and the exit codes of the contract.

mod common;

use common::{fixtures, intplan, root};
use intplan::diagnostic::Code;

const AS_OF: &str = "2026-11-28";

/// `(code, file, line, column)` of one diagnostic.
type Found = (String, String, Option<u64>, Option<u64>);

/// The exit code and every diagnostic, from `--format json`.
fn diagnostics(plan: &str) -> (i32, Vec<Found>) {
    let run = intplan(
        &fixtures("check"),
        &["-p", plan, "check", "--as-of", AS_OF, "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    let list = json["diagnostics"]
        .as_array()
        .expect("diagnostics array")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64(),
                d["column"].as_u64(),
            )
        })
        .collect();
    (run.code, list)
}

fn at(
    code: &str,
    file: &str,
    line: u64,
    column: u64,
) -> (String, String, Option<u64>, Option<u64>) {
    (code.to_owned(), file.to_owned(), Some(line), Some(column))
}

#[test]
fn each_code_points_at_its_line_and_column() {
    let cases = [
        (
            "toml-syntax",
            vec![at("toml-syntax", "toml-syntax/2026-27/plan.toml", 3, 24)],
        ),
        (
            "unknown-field",
            vec![at(
                "unknown-field",
                "unknown-field/2026-27/plan.toml",
                17,
                1,
            )],
        ),
        (
            "missing-field",
            vec![at(
                "missing-field",
                "missing-field/2026-27/plan.toml",
                13,
                1,
            )],
        ),
        (
            "invalid-value",
            vec![at(
                "invalid-value",
                "invalid-value/2026-27/plan.toml",
                20,
                7,
            )],
        ),
        (
            "invalid-value-date",
            vec![at(
                "invalid-value",
                "invalid-value-date/2026-27/plan.toml",
                20,
                7,
            )],
        ),
        (
            "duplicate-id",
            vec![at("duplicate-id", "duplicate-id/2026-27/plan.toml", 23, 6)],
        ),
        (
            "unknown-goal",
            vec![
                at(
                    "goal-without-activity",
                    "unknown-goal/2026-27/plan.toml",
                    7,
                    1,
                ),
                at("unknown-goal", "unknown-goal/2026-27/plan.toml", 16, 10),
            ],
        ),
        (
            "goal-without-owner",
            vec![at(
                "goal-without-owner",
                "goal-without-owner/2026-27/plan.toml",
                7,
                1,
            )],
        ),
        (
            "goal-without-activity",
            vec![at(
                "goal-without-activity",
                "goal-without-activity/2026-27/plan.toml",
                10,
                1,
            )],
        ),
        (
            "dates-out-of-order",
            vec![
                // A period that ends before it starts, in an older year.
                at(
                    "dates-out-of-order",
                    "dates-out-of-order/2025-26/plan.toml",
                    2,
                    10,
                ),
                at(
                    "dates-out-of-order",
                    "dates-out-of-order/2026-27/plan.toml",
                    20,
                    7,
                ),
            ],
        ),
        (
            "duplicate-strategy-ids",
            vec![
                at(
                    "duplicate-id",
                    "duplicate-strategy-ids/strategy.toml",
                    14,
                    6,
                ),
                at(
                    "duplicate-id",
                    "duplicate-strategy-ids/strategy.toml",
                    18,
                    6,
                ),
            ],
        ),
        (
            "ongoing-without-cadence",
            vec![at(
                "ongoing-without-cadence",
                "ongoing-without-cadence/2026-27/plan.toml",
                22,
                1,
            )],
        ),
        (
            "unknown-owner",
            vec![at(
                "unknown-owner",
                "unknown-owner/2026-27/plan.toml",
                26,
                9,
            )],
        ),
        (
            "done-without-date",
            vec![at(
                "done-without-date",
                "done-without-date/2026-27/plan.toml",
                18,
                10,
            )],
        ),
        (
            "stale-item",
            vec![at("stale-item", "stale-item/2026-27/plan.toml", 13, 1)],
        ),
        (
            "plan-not-reviewed",
            vec![at(
                "plan-not-reviewed",
                "plan-not-reviewed/2026-27/plan.toml",
                4,
                12,
            )],
        ),
        (
            "outside-period",
            vec![at(
                "outside-period",
                "outside-period/2026-27/plan.toml",
                20,
                7,
            )],
        ),
        (
            "missing-plan",
            vec![(
                "missing-plan".to_owned(),
                "missing-plan/2027-28".to_owned(),
                None,
                None,
            )],
        ),
        (
            "unit-unknown-goal",
            vec![at(
                "unknown-goal",
                "unit-unknown-goal/2026-27/d-sektionen.toml",
                6,
                10,
            )],
        ),
        (
            "truncated",
            vec![at("toml-syntax", "truncated/2026-27/plan.toml", 18, 11)],
        ),
        (
            "not-utf8",
            vec![at("toml-syntax", "not-utf8/2026-27/plan.toml", 15, 18)],
        ),
        (
            "bom-crlf",
            vec![
                at("goal-without-activity", "bom-crlf/2026-27/plan.toml", 7, 1),
                at("unknown-goal", "bom-crlf/2026-27/plan.toml", 16, 10),
            ],
        ),
        (
            "future-date",
            vec![at("future-date", "future-date/2026-27/plan.toml", 21, 13)],
        ),
        ("valid", vec![]),
        // Every date and count rule exactly at its edge (a one-day period, a due
        // date on the period's first and last day and on the start, records dated
        // the as-of day, a review 30 days ago, 30 respondents): nothing fires.
        ("edges", vec![]),
    ];
    for (plan, expected) in cases {
        let (code, found) = diagnostics(plan);
        assert_eq!(found, expected, "fixture {plan}");
        let errors = expected.iter().any(|d| {
            Code::ALL
                .iter()
                .any(|c| c.as_str() == d.0 && c.severity() == intplan::diagnostic::Severity::Error)
        });
        assert_eq!(code, i32::from(errors), "exit code of fixture {plan}");
    }
}

#[test]
fn human_output_is_rustc_style_with_the_nearest_key() {
    let run = intplan(
        &fixtures("check"),
        &["-p", "unknown-field", "check", "--as-of", AS_OF],
    );
    assert_eq!(run.code, 1);
    // The summary goes to stdout too, so `intplan check > report.txt` keeps it.
    assert_eq!(
        run.stdout,
        "unknown-field: 1 error found (2 goals, 1 year, 2 items checked)\n"
    );
    assert_eq!(
        run.stderr,
        "error[unknown-field]: unknown key `ownr` in [[item]]
  --> unknown-field/2026-27/plan.toml:17:1
   |
17 | ownr = \"Utbildningsenheten\"
   | ^^^^
   |
   = help: did you mean `owner`? [[item]] has the keys `id`, `title`, `description`, `goals`, `owner`, `kind`, `status`, `start`, `due`, `completed`, `every`, `last_done`, `groups`, `unit`, `log`

unknown-field: 1 error found (2 goals, 1 year, 2 items checked)
"
    );
}

#[test]
fn swedish_messages_and_a_unit_file_position() {
    let run = intplan(
        &fixtures("check"),
        &[
            "-p",
            "unit-unknown-goal",
            "check",
            "--as-of",
            AS_OF,
            "--lang",
            "sv",
        ],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "fel[unknown-goal]: strategin har inget mål `9z`
 --> unit-unknown-goal/2026-27/d-sektionen.toml:6:10
  |
6 | goals = [\"9z\"]
  |          ^^^^
  |
  = hjälp: strategins mål är 1a, 1b

unit-unknown-goal: 1 fel hittades (2 mål, 1 år, 3 åtgärder kontrollerade)
"
    );
}

#[test]
fn unknown_owner_suggests_the_roster_post_in_github_format() {
    let run = intplan(
        &fixtures("check"),
        &[
            "-p",
            "unknown-owner",
            "check",
            "--as-of",
            AS_OF,
            "--format",
            "github",
        ],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        // Named from the top of the git work tree, where GitHub places annotations.
        "::error file=tests/fixtures/check/unknown-owner/2026-27/plan.toml,line=26,col=9,title=unknown-owner::`Vice ordförande ` is not in the plan's owners roster%0Adid you mean `Vice ordförande`?\n"
    );
}

#[test]
fn duplicate_ids_point_at_both() {
    let run = intplan(
        &fixtures("check"),
        &["-p", "duplicate-id", "check", "--as-of", AS_OF],
    );
    assert!(
        run.stderr
            .contains("--> duplicate-id/2026-27/plan.toml:23:6"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("14 | id = \"1a-1\""), "{}", run.stderr);
    assert!(run.stderr.contains("first used here"), "{}", run.stderr);
}

#[test]
fn broken_example_trips_every_code() {
    let run = intplan(
        &root(),
        &[
            "-p",
            "examples/broken",
            "check",
            "--as-of",
            AS_OF,
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found: Vec<String> = json["diagnostics"]
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
    let p = "examples/broken/2026-27/plan.toml";
    let s = "examples/broken/strategy.toml";
    let y = "examples/broken/2026-27";
    let expected = vec![
        "missing-plan examples/broken/2024-25:null:null".to_owned(),
        format!("goal-without-indicator {s}:19:6"),
        format!("goal-without-indicator {s}:27:6"),
        format!("duplicate-id {s}:42:6"),
        format!("unknown-goal {s}:43:10"),
        "toml-syntax examples/broken/2025-26/plan.toml:5:76".to_owned(),
        format!("plan-not-reviewed {p}:6:12"),
        format!("goal-without-owner {p}:9:1"),
        format!("goal-without-activity {p}:9:1"),
        format!("unknown-owner {p}:13:9"),
        format!("unknown-goal {p}:15:8"),
        format!("missing-field {p}:21:1"),
        format!("unknown-field {p}:25:1"),
        format!("dates-out-of-order {p}:28:7"),
        format!("duplicate-id {p}:36:6"),
        format!("unknown-goal {p}:38:10"),
        format!("invalid-value {p}:40:10"),
        format!("ongoing-without-cadence {p}:43:1"),
        format!("done-without-date {p}:57:10"),
        format!("outside-period {p}:58:7"),
        format!("stale-item {p}:60:1"),
        format!("future-date {p}:68:1"),
        format!("due-before-period {p}:85:7"),
        format!("unknown-unit {y}/d-sektionen.toml:11:8"),
        format!("unknown-indicator {y}/measurements.toml:4:13"),
        format!("small-sample {y}/measurements.toml:13:5"),
        format!("outside-period {y}/measurements.toml:17:8"),
    ];
    assert_eq!(found, expected);
    assert_eq!(
        (json["errors"].as_u64(), json["warnings"].as_u64()),
        (Some(17), Some(10))
    );
    // `unreadable` and `usage` are about the run, not the plan: no file trips them.
    for code in Code::ALL
        .iter()
        .filter(|c| !matches!(c, Code::Unreadable | Code::Usage))
    {
        assert!(
            found
                .iter()
                .any(|f| f.starts_with(&format!("{} ", code.as_str()))),
            "examples/broken does not trip {}",
            code.as_str()
        );
    }
}

#[test]
fn shipped_plans_pass_with_one_stale_warning_and_strict_fails() {
    let run = intplan(&root(), &["check", "--as-of", AS_OF]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("warning[stale-item]: item 3b-2"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("plans: 1 warning found (9 goals, 2 years, 48 items checked)\n")
    );
    let strict = intplan(&root(), &["check", "--as-of", AS_OF, "--strict"]);
    assert_eq!(strict.code, 1);
    let minimal = intplan(
        &root(),
        &[
            "-p",
            "examples/minimal",
            "check",
            "--as-of",
            AS_OF,
            "--strict",
        ],
    );
    assert_eq!(minimal.code, 0, "{}", minimal.stderr);
}

#[test]
fn unreadable_places_exit_2_with_a_clear_message() {
    let run = intplan(&fixtures("check"), &["-p", "no-such-folder", "check"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: plan folder `no-such-folder` not found: run intplan where the plans/ folder is, or pass --plan DIR\n"
    );
    let run = intplan(&fixtures("check"), &["-p", "valid/2026-27", "check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("has no strategy.toml"),
        "{}",
        run.stderr
    );
    let run = intplan(
        &fixtures("check"),
        &["-p", "valid", "status", "--year", "2030-31"],
    );
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: no year 2030-31 in valid: it has 2026-27\n"
    );
    let run = intplan(
        &fixtures("check"),
        &["-p", "valid", "status", "--as-of", "2026-13-01"],
    );
    assert_eq!(run.code, 2, "a bad --as-of is a usage error");
}

/// A plan folder with a strategy and no year is not a plan: an error (exit 1) at
/// the folder, naming the operating year of --as-of and the command that starts
/// it. A folder with plan files but a name that is not a year is that year,
/// misnamed: its own error says to rename it, and no second error sends the
/// user to `init`.
#[test]
fn a_plan_folder_without_a_year_is_an_error_naming_init() {
    let bad = fixtures("bad");
    let run = intplan(
        &bad,
        &["-p", "no-year-folder", "check", "--as-of", "2027-03-01"],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "no-year-folder: 1 error found (1 goal, 0 years, 0 items checked)\n"
    );
    assert_eq!(
        run.stderr,
        "error[missing-plan]: the plan has no operating year: a year folder like 2026-27/ with a plan.toml is missing
--> no-year-folder
 = help: start the year from the strategy: `intplan init --year 2026-27 --lead \"<post>\"`, naming the post that leads the plan

no-year-folder: 1 error found (1 goal, 0 years, 0 items checked)
"
    );
    let args = ["-p", "no-year-folder", "--lang", "sv", "check"];
    let run = intplan(&bad, &[&args[..], &["--as-of", "2027-07-01"]].concat());
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "fel[missing-plan]: handlingsplanen har inget verksamhetsår: en årsmapp som 2027-28/ med en plan.toml saknas\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`intplan init --year 2027-28 --lead \"<post>\"`")
    );
    let args = ["-p", "year-folder-2026-2027", "check", "--format", "json"];
    let run = intplan(&bad, &[&args[..], &["--as-of", AS_OF]].concat());
    assert_eq!(run.code, 1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["invalid-value"]);
}

/// A strategy still being written, with an area but no goals and no indicators:
/// what the plan names is unknown, and the help says what the strategy lacks
/// rather than listing nothing.
#[test]
fn a_strategy_without_goals_or_indicators_says_so_in_the_help() {
    let run = intplan(
        &fixtures("check"),
        &["-p", "no-goals", "check", "--as-of", AS_OF],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "no-goals: 4 errors found (0 goals, 1 year, 1 item checked)\n"
    );
    let helps: Vec<&str> = run
        .stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("= help: "))
        .collect();
    assert_eq!(
        helps,
        [
            "add the area's goals as `[[area.goal]]` tables",
            "the strategy has no goals yet: add [[area.goal]] tables to strategy.toml",
            "the strategy has no goals yet: add [[area.goal]] tables to strategy.toml",
            "the strategy declares no indicators yet: add [[indicator]] tables to strategy.toml",
        ]
    );
}

#[test]
fn empty_and_truncated_files_are_diagnostics_not_crashes() {
    let (code, found) = diagnostics("empty-plan");
    assert_eq!(code, 1);
    assert_eq!(
        found[0],
        at("missing-field", "empty-plan/2026-27/plan.toml", 1, 1)
    );
    let run = intplan(
        &fixtures("check"),
        &["-p", "empty-plan", "check", "--as-of", AS_OF],
    );
    assert!(
        run.stderr.contains("plan.toml has no [plan]"),
        "{}",
        run.stderr
    );
}

#[test]
fn readme_lists_every_code() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for code in Code::ALL {
        let row = format!(
            "| `{}` | {} | {} |",
            code.as_str(),
            match code.severity() {
                intplan::diagnostic::Severity::Error => "error",
                intplan::diagnostic::Severity::Warning => "warning",
            },
            code.description()
        );
        assert!(readme.contains(&row), "README.md lacks the row {row}");
    }
}

/// The file name of the strategy's source text (the seed), in Swedish.
const SEED: &str = "000_0e45dc1fe79397b6.txt";

/// Where the seed is: `$INTPLAN_SEED`, else `shared/seed/` beside this checkout or
/// beside any folder above it (a git worktree sits a level deeper than the main one).
fn seed_path() -> std::path::PathBuf {
    if let Some(path) = std::env::var_os("INTPLAN_SEED") {
        return path.into();
    }
    let root = root();
    root.ancestors()
        .map(|dir| dir.join("shared/seed").join(SEED))
        .find(|path| path.is_file())
        .unwrap_or_else(|| root.join("../shared/seed").join(SEED))
}

/// The seed as one line: each run of whitespace becomes one space, and a word that a
/// line break hyphenated ("internationalise-" at a line's end, "ringsstrategi" on the
/// next) is joined again. A hyphen before a space on the same line ("studie- och")
/// stays.
fn flatten(text: &str) -> String {
    let mut out = String::new();
    let mut gap = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            gap.push(c);
            continue;
        }
        if !gap.is_empty() && !out.is_empty() {
            if out.ends_with('-') && gap.contains('\n') && c.is_lowercase() {
                out.pop();
            } else {
                out.push(' ');
            }
        }
        gap.clear();
        out.push(c);
    }
    out
}

/// The text of the seed's section `heading`, up to the heading that follows it.
fn section<'a>(flat: &'a str, heading: &str, next: &str) -> &'a str {
    assert_eq!(
        flat.matches(heading).count(),
        1,
        "the seed has one `{heading}`"
    );
    let start = flat.find(heading).unwrap() + heading.len();
    let len = flat[start..]
        .find(next)
        .unwrap_or_else(|| panic!("`{next}` follows `{heading}` in the seed"));
    flat[start..start + len].trim()
}

#[test]
fn flatten_joins_lines_and_words_broken_at_a_line_end() {
    assert_eq!(
        flatten(" Chalmers studentkårs internationalise-\n\nringsstrategi \nBakgrund"),
        "Chalmers studentkårs internationaliseringsstrategi Bakgrund"
    );
    assert_eq!(flatten("studie- och karriär"), "studie- och karriär");
    assert_eq!(flatten("EU-\nLänder"), "EU- Länder");
}

#[test]
#[allow(clippy::print_stderr, reason = "a skipped check says why")]
fn shipped_strategy_quotes_the_seed_word_for_word() {
    let path = seed_path();
    let Ok(seed) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipped: the strategy's source text is not beside this checkout ({}; set INTPLAN_SEED to its path)",
            path.display()
        );
        return;
    };
    let flat = flatten(&seed);
    let sources = intplan::load::load(&root().join("plans"), intplan::i18n::Lang::En).unwrap();
    let strategy = &sources.strategy;
    let sv = |text: &intplan::model::Text, what: &str| -> String {
        assert!(text.en().is_some(), "{what} has no English text");
        text.sv()
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("{what} has no Swedish text"))
    };

    let title = sv(&strategy.title, "the title");
    assert!(
        flat.starts_with(&title),
        "the title is not the seed's: {title}"
    );
    let vision = sv(&strategy.vision, "the vision");
    assert!(
        flat.contains(&format!("\u{201d}{vision}\u{201d}")),
        "the vision is not the seed's quote: {vision}"
    );
    assert_eq!(
        sv(
            &strategy.internationalisation_vision,
            "internationalisation_vision"
        ),
        section(
            &flat,
            "Vision för internationalisering",
            "Chalmers Studentkårs mål för internationalisering"
        ),
        "internationalisation_vision is not the seed's section word for word"
    );
    let purpose = sv(&strategy.purpose, "purpose");
    let paragraphs: Vec<&str> = purpose.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 2, "purpose has the seed's two paragraphs");
    for paragraph in &paragraphs {
        assert_eq!(flatten(paragraph), *paragraph, "one line: {paragraph}");
    }
    assert_eq!(
        paragraphs.join(" "),
        section(
            &flat,
            "Syfte och användning",
            "Vision för internationalisering"
        ),
        "purpose is not the seed's section word for word"
    );
    let en = strategy.purpose.en().unwrap_or_default();
    assert_eq!(en.split("\n\n").count(), 2, "the English purpose: {en}");

    let ids: Vec<&str> = strategy.goals().map(|g| g.id.value.as_str()).collect();
    assert_eq!(ids, ["1a", "1b", "2a", "2b", "3a", "3b", "3c", "4a", "4b"]);
    for area in &strategy.areas {
        let title = sv(&area.title, &format!("area {}", area.id.value));
        assert!(
            flat.contains(&format!("{}) {title}", area.id.value)),
            "area {} is not titled as in the seed: {title}",
            area.id.value
        );
        for goal in &area.goals {
            let text = sv(&goal.text, &format!("goal {}", goal.id.value));
            let letter = goal.id.value.trim_start_matches(area.id.value.as_str());
            assert!(
                flat.contains(&format!("{letter}) {text}")),
                "goal {} is not word for word: {text}",
                goal.id.value
            );
        }
    }
}
