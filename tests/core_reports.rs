//! `status`, `overdue` and `upcoming` on fixed `--as-of` dates: across a month end, a
//! year end and the leap day 2028-02-29, for projects and for ongoing work, with the
//! filters, formats, languages and exit codes of the contract.

mod common;

use common::{fixtures, intplan, intplan_env, root};

fn dates(args: &[&str]) -> common::Run {
    let mut all = vec!["-p", "."];
    all.extend_from_slice(args);
    intplan(&fixtures("dates"), &all)
}

fn csv_rows(args: &[&str]) -> Vec<String> {
    let run = dates(&[args, &["--format", "csv"]].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout.lines().skip(1).map(str::to_owned).collect()
}

#[test]
fn due_today_is_not_overdue_and_the_day_after_is() {
    assert!(csv_rows(&["overdue", "--as-of", "2026-11-30"]).is_empty());
    assert_eq!(
        csv_rows(&["upcoming", "--as-of", "2026-11-30", "--within", "0"]),
        [
            "1a-1,Report to the council,1a,Utbildningsenheten,2026-11-30,project,active,0",
            "1b-2,Monthly letter,1b,Utbildningsenheten,2026-11-30,ongoing,active,0",
        ]
    );
    let run = dates(&["overdue", "--as-of", "2026-12-01"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "Overdue: action plan 2026/27, as of 2026-12-01
Id    Item                   Goals  Owner               Due         Days late
────  ─────────────────────  ─────  ──────────────────  ──────────  ─────────
1a-1  Report to the council  1a     Utbildningsenheten  2026-11-30          1
1b-2  Monthly letter         1b     Utbildningsenheten  2026-11-30          1
"
    );
}

#[test]
fn across_the_year_end_latest_first() {
    assert_eq!(
        csv_rows(&["overdue", "--as-of", "2027-01-01"]),
        [
            "1a-1,Report to the council,1a,Utbildningsenheten,2026-11-30,project,active,32",
            "1b-2,Monthly letter,1b,Utbildningsenheten,2026-11-30,ongoing,active,32",
            "1a-2,Year-end review,\"1a, 1b\",Vice ordförande,2026-12-31,project,active,1",
        ]
    );
    assert_eq!(
        csv_rows(&["upcoming", "--as-of", "2026-12-25", "--within", "7"]),
        [
            "1a-2,Year-end review,\"1a, 1b\",Vice ordförande,2026-12-31,project,active,6",
            "1b-1,Weekly meeting,1b,Vice ordförande,2027-01-01,ongoing,active,7",
        ]
    );
}

#[test]
fn the_leap_day_for_projects_and_monthly_and_yearly_work() {
    assert_eq!(
        csv_rows(&["upcoming", "--as-of", "2028-02-28", "--within", "1"]),
        [
            "1b-2,\"Yearly, last done 2027-02-28\",1b,Vice ordförande,2028-02-28,ongoing,active,0",
            "1a-1,Leap-day deadline,1a,Utbildningsenheten,2028-02-29,project,active,1",
            "1b-1,Monthly after January 31,1b,Vice ordförande,2028-02-29,ongoing,active,1",
        ]
    );
    let run = dates(&["overdue", "--as-of", "2028-03-01", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let summary: Vec<(String, String, i64)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["due"].as_str().unwrap().to_owned(),
                r["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("1b-2".into(), "2028-02-28".into(), 2),
            ("1a-1".into(), "2028-02-29".into(), 1),
            ("1b-1".into(), "2028-02-29".into(), 1),
        ]
    );
    assert_eq!(json[0]["title"], "Yearly, last done 2027-02-28");
    assert_eq!(json[0]["goals"], serde_json::json!(["1b"]));
    assert_eq!(json[0]["owner"], "Vice ordförande");
}

#[test]
fn status_table_in_english_and_swedish() {
    let run = dates(&["status", "--as-of", "2028-02-29"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Status: action plan 2027/28, as of 2028-02-29
Vision: Alla medlemmar skall trivas och utvecklas under hela sin chalmerstid

Goal  Area              Owner               Items  Done  Overdue  Next due    Health    Goal text
────  ────────────────  ──────────────────  ─────  ────  ───────  ──────────  ────────  ───────────────────────────────────────────────
1a    1 Representation  Utbildningsenheten      1     0        0  2028-02-29  on track  All international students shall be represented
1b    1 Representation  Vice ordförande         2     0        1  2028-02-29  at risk   All international members shall be represented

Totals: 3 items, 0 done, 1 overdue, 0 stale.
1b at risk: 1b-2 1 day overdue
"
    );
    let sv = dates(&["status", "--as-of", "2028-02-29", "--lang", "sv"]);
    assert_eq!(
        sv.stdout,
        "Lägesrapport: handlingsplan 2027/28, per 2028-02-29
Vision: Alla medlemmar skall trivas och utvecklas under hela sin chalmerstid

Mål  Målområde         Ansvarig            Åtgärder  Genomförda  Försenade  Nästa datum  Läge         Måltext
───  ────────────────  ──────────────────  ────────  ──────────  ─────────  ───────────  ───────────  ─────────────────────────────────────────────────────────
1a   1 Representation  Utbildningsenheten         1           0          0  2028-02-29   enligt plan  Alla internationella teknologer skall vara representerade
1b   1 Representation  Vice ordförande            2           0          1  2028-02-29   i riskzonen  Alla internationella medlemmar skall vara representerade

Totalt: 3 åtgärder, 0 genomförda, 1 försenad, 0 utan livstecken.
1b i riskzonen: 1b-2 1 dag försenad
"
    );
}

#[test]
fn status_json_has_the_contract_keys() {
    let run = dates(&["status", "--as-of", "2027-01-01", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["year"], "2026-27");
    assert_eq!(json["as_of"], "2027-01-01");
    let goals: Vec<_> = json["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["id"].as_str().unwrap(),
                g["area"].as_str().unwrap(),
                g["owner"].as_str().unwrap(),
                g["items"].as_u64().unwrap(),
                g["done"].as_u64().unwrap(),
                g["overdue"].as_u64().unwrap(),
                g["next_due"].as_str(),
                g["health"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        goals,
        [
            ("1a", "1", "Utbildningsenheten", 3, 1, 2, None, "off-track"),
            (
                "1b",
                "1",
                "Vice ordförande",
                3,
                0,
                2,
                Some("2027-01-01"),
                "off-track"
            ),
        ]
    );
    assert_eq!(
        json["totals"],
        serde_json::json!({"items": 5, "done": 1, "overdue": 3, "stale": 3})
    );
}

#[test]
fn the_year_follows_as_of_unless_given() {
    assert!(
        dates(&["status", "--as-of", "2028-02-29"])
            .stdout
            .contains("2027/28")
    );
    assert!(
        dates(&["status", "--as-of", "2026-12-01"])
            .stdout
            .contains("2026/27")
    );
    let later = dates(&["status", "--as-of", "2031-01-01"]);
    assert!(
        later.stdout.contains("2027/28"),
        "after every period: the latest year"
    );
    let chosen = dates(&["status", "--as-of", "2028-02-29", "--year", "2026-27"]);
    assert!(chosen.stdout.contains("2026/27"));
    let bad = dates(&["status", "--year", "2026-2027"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("write YYYY-YY, like 2026-27"),
        "{}",
        bad.stderr
    );
}

#[test]
fn filters_by_owner_and_goal() {
    assert_eq!(
        csv_rows(&[
            "overdue",
            "--as-of",
            "2027-01-01",
            "--owner",
            "vice ORDFÖRANDE"
        ]),
        ["1a-2,Year-end review,\"1a, 1b\",Vice ordförande,2026-12-31,project,active,1"]
    );
    assert_eq!(
        csv_rows(&["overdue", "--as-of", "2027-01-01", "--goal", "1b"]),
        [
            "1b-2,Monthly letter,1b,Utbildningsenheten,2026-11-30,ongoing,active,32",
            "1a-2,Year-end review,\"1a, 1b\",Vice ordförande,2026-12-31,project,active,1",
        ]
    );
    let status = csv_rows(&[
        "status",
        "--as-of",
        "2027-01-01",
        "--owner",
        "Utbildningsenheten",
    ]);
    assert_eq!(status.len(), 2, "{status:?}");
    assert!(status[0].starts_with("1a,1,Representation,"), "{status:?}");
    assert!(status[0].contains(",Utbildningsenheten,Utbildningsenheten,2,1,1,"));
    assert!(status[1].starts_with("1b,1,Representation,"), "{status:?}");
    assert!(status[1].contains(",Vice ordförande,Vice ordförande,1,0,1,"));
    let unknown = dates(&["overdue", "--goal", "1c"]);
    assert_eq!(unknown.code, 2);
    assert_eq!(
        unknown.stderr,
        "error: the strategy has no goal `1c` (did you mean `1a`?); it has 1a, 1b\n"
    );
}

#[test]
fn overdue_exit_code_only_when_asked_and_something_is_late() {
    assert_eq!(
        dates(&["overdue", "--as-of", "2026-11-30", "--exit-code"]).code,
        0
    );
    assert_eq!(
        dates(&["overdue", "--as-of", "2026-12-01", "--exit-code"]).code,
        1
    );
    assert_eq!(dates(&["overdue", "--as-of", "2026-12-01"]).code, 0);
    let none = dates(&["overdue", "--as-of", "2026-11-30"]);
    assert_eq!(
        none.stdout,
        "Overdue: action plan 2026/27, as of 2026-11-30\nNothing is overdue on 2026-11-30.\n"
    );
}

#[test]
fn markdown_is_a_pipe_table() {
    let run = dates(&[
        "upcoming",
        "--as-of",
        "2026-12-25",
        "--within",
        "7",
        "--format",
        "markdown",
    ]);
    assert_eq!(
        run.stdout,
        "## Due in the next 7 days: action plan 2026/27, as of 2026-12-25

| Id | Item | Goals | Owner | Due | Days left |
| --- | --- | --- | --- | --- | ---: |
| 1a-2 | Year-end review | 1a, 1b | Vice ordförande | 2026-12-31 | 6 |
| 1b-1 | Weekly meeting | 1b | Vice ordförande | 2027-01-01 | 7 |
"
    );
}

#[test]
fn a_plan_that_breaks_coverage_still_gets_its_status() {
    let run = intplan(
        &fixtures("check"),
        &[
            "-p",
            "goal-without-owner",
            "status",
            "--as-of",
            "2026-11-28",
            "--format",
            "csv",
        ],
    );
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains(
            ",All international members shall be represented,,,1,0,0,2026-12-15,off-track,"
        ),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stderr,
        "note: the 2026/27 plan has 1 error; run `intplan check` to see them\n"
    );
    let broken = intplan(
        &fixtures("check"),
        &["-p", "toml-syntax", "status", "--as-of", "2026-11-28"],
    );
    assert_eq!(broken.code, 1);
    assert_eq!(broken.stdout, "");
    assert!(broken.stderr.contains("error[toml-syntax]"));
    assert!(
        broken
            .stderr
            .ends_with("error: the plan cannot be read in full; fix the errors above first\n")
    );
}

#[test]
fn language_from_the_environment() {
    let overdue = |vars: &[(&str, &str)]| {
        let args = ["-p", ".", "overdue", "--as-of", "2026-12-01"];
        intplan_env(&fixtures("dates"), &args, vars).stdout
    };
    assert!(overdue(&[("LANG", "sv_SE.UTF-8")]).starts_with("Försenat: handlingsplan 2026/27"));
    assert!(overdue(&[("LC_ALL", "sv_FI.UTF-8"), ("LANG", "en_GB.UTF-8")]).starts_with("Försenat"));
    assert!(overdue(&[("LANG", "sv_SE.UTF-8"), ("INTPLAN_LANG", "en")]).starts_with("Overdue"));
    assert!(overdue(&[("INTPLAN_LANG", "sv")]).starts_with("Försenat"));
}

/// Colour follows the contract (README, "Global options"): on a terminal unless
/// `NO_COLOR` is set, never into a pipe, always under `--color always`, never under
/// `--color never`; and colour changes no word of the table.
#[cfg(unix)]
#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    use common::pty::{Tty, on_terminal, without_colour};
    let overdue = ["-p", ".", "overdue", "--as-of", "2026-12-01"];
    let cwd = fixtures("dates");
    let with = |extra: [&'static str; 2]| [&overdue[..], &extra].concat();
    // Into a pipe, with no colour variable set and a colour terminal named.
    let piped = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_intplan"))
            .args(args)
            .current_dir(&cwd)
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("INTPLAN_LANG")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let plain = piped(&overdue);
    assert!(plain.starts_with("Overdue: action plan 2026/27, as of 2026-12-01\n"));
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    // --color always into a pipe: colour, and the same words.
    let forced = piped(&with(["--color", "always"]));
    assert!(forced.contains("\u{1b}["), "{forced:?}");
    assert_eq!(without_colour(&forced), plain);
    // On a terminal: colour; with NO_COLOR or --color never: none.
    let shown = |args: &[&str], vars: &[(&str, &str)]| {
        let run = on_terminal(&cwd, args, vars, Tty::Stdout);
        assert_eq!(run.code, 0, "{}", run.piped);
        run.terminal
    };
    let coloured = shown(&overdue, &[]);
    assert!(coloured.contains("\u{1b}["), "{coloured:?}");
    assert_eq!(without_colour(&coloured), plain);
    for (args, vars) in [
        (overdue.to_vec(), vec![("NO_COLOR", "1")]),
        (with(["--color", "never"]), vec![]),
    ] {
        let text = shown(&args, &vars);
        assert!(!text.contains('\u{1b}'), "{args:?} {vars:?}: {text:?}");
        assert_eq!(text, plain, "{args:?} {vars:?}");
    }
}

#[test]
fn shipped_plan_on_the_board_meeting_day() {
    let run = intplan(
        &root(),
        &["status", "--as-of", "2026-11-28", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let health: Vec<(&str, &str)> = json["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["id"].as_str().unwrap(), g["health"].as_str().unwrap()))
        .collect();
    assert_eq!(
        health,
        [
            ("1a", "on-track"),
            ("1b", "at-risk"),
            ("2a", "at-risk"),
            ("2b", "off-track"),
            ("3a", "at-risk"),
            ("3b", "at-risk"),
            ("3c", "on-track"),
            ("4a", "on-track"),
            ("4b", "on-track"),
        ]
    );
    assert_eq!(
        json["totals"],
        serde_json::json!({"items": 23, "done": 4, "overdue": 3, "stale": 1})
    );
    let overdue = intplan(
        &root(),
        &["overdue", "--as-of", "2026-11-28", "--format", "csv"],
    );
    let ids: Vec<&str> = overdue.stdout.lines().skip(1).map(|l| &l[..4]).collect();
    assert_eq!(ids, ["2b-2", "2b-3", "2a-1"]);
}
