//! Filters that tell the truth: with `--owner` or `--goal` every figure, reason,
//! total and headline counts only the matching items (a goal's health under
//! `--owner` too), the heading says what is filtered, a post the plan does not name
//! is a usage error with the nearest spelling, and `export` filters in every format.
//! Also: an `--as-of` outside every period says so. Figures are worked by hand from
//! `tests/fixtures/filters/2026-27/plan.toml` on 2026-11-28:
//!
//! | item | goals  | owner | state on 2026-11-28                      |
//! |------|--------|-------|------------------------------------------|
//! | 1a-1 | 1a     | Utb   | 16 days overdue (due 11-12), started 11-01 |
//! | 1a-2 | 1a, 1b | VO    | due 12-20, note 11-20                    |
//! | 1a-3 | 1a     | VO    | dropped                                  |
//! | 1b-1 | 1b     | Komm  | 46 days overdue (due 10-13), stale       |
//! | 1b-2 | 1b     | VO    | monthly, next due 12-10                  |
//! | 1b-3 | 1b     | Komm  | done 11-25                               |

mod common;

use common::{fixtures, intplan};

fn run(args: &[&str]) -> common::Run {
    let mut all = vec!["-p", "filters", "--as-of", "2026-11-28"];
    all.extend_from_slice(args);
    intplan(&fixtures(""), &all)
}

fn ok(args: &[&str]) -> String {
    let run = run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(&[args, &["--format", "json"]].concat())).unwrap()
}

/// (goal, items, done, overdue, next due, health) of each row of `status`.
fn rows(args: &[&str]) -> Vec<(String, u64, u64, u64, Option<String>, String)> {
    let status = json(&[&["status"], args].concat());
    status["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["id"].as_str().unwrap().to_owned(),
                g["items"].as_u64().unwrap(),
                g["done"].as_u64().unwrap(),
                g["overdue"].as_u64().unwrap(),
                g["next_due"].as_str().map(str::to_owned),
                g["health"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn row(
    goal: &str,
    n: [u64; 3],
    next: Option<&str>,
    health: &str,
) -> (String, u64, u64, u64, Option<String>, String) {
    (
        goal.into(),
        n[0],
        n[1],
        n[2],
        next.map(Into::into),
        health.into(),
    )
}

#[test]
fn owner_figures_and_health_count_only_that_posts_items() {
    assert_eq!(
        ok(&["status", "--owner", "vice ordförande"]),
        "Status: action plan 2026/27, as of 2026-11-28 (filtered: owner Vice ordförande)
Vision: Alla medlemmar skall trivas och utvecklas under hela sin chalmerstid

Goal  Area              Owner                                    Items  Done  Overdue  Next due    Health    Goal text
────  ────────────────  ───────────────────────────────────────  ─────  ────  ───────  ──────────  ────────  ───────────────────────────────────────────────
1a    1 Representation  Utbildningsenheten                           1     0        0  2026-12-20  on track  All international students shall be represented
1b    1 Representation  Vice ordförande, Kommunikationsansvarig      2     0        0  2026-12-10  on track  All international members shall be represented

Totals: 2 items, 0 done, 0 overdue, 0 stale.
Figures and health count only the items owned by Vice ordförande.
"
    );
    assert_eq!(
        rows(&[]),
        [
            row("1a", [2, 0, 1], Some("2026-12-20"), "at-risk"),
            row("1b", [4, 1, 1], Some("2026-12-10"), "off-track"),
        ]
    );
    assert_eq!(
        rows(&["--owner", "Kommunikationsansvarig"]),
        [row("1b", [2, 1, 1], None, "off-track")]
    );
    assert_eq!(
        rows(&["--owner", "Utbildningsenheten"]),
        [row("1a", [1, 0, 1], None, "at-risk")]
    );
}

#[test]
fn goal_and_owner_together() {
    assert_eq!(
        rows(&["--goal", "1A"]),
        [row("1a", [2, 0, 1], Some("2026-12-20"), "at-risk")]
    );
    assert_eq!(
        rows(&["--goal", "1b", "--owner", "Vice ordförande"]),
        [row("1b", [2, 0, 0], Some("2026-12-10"), "on-track")]
    );
    let status = json(&["status", "--goal", "1b", "--owner", "Vice ordförande"]);
    assert_eq!(
        status["totals"],
        serde_json::json!({"items": 2, "done": 0, "overdue": 0, "stale": 0})
    );
    assert_eq!(
        status["filter"],
        serde_json::json!({"owner": "Vice ordförande", "goal": "1b"})
    );
    let unfiltered = json(&["status"]);
    assert_eq!(
        unfiltered["totals"],
        serde_json::json!({"items": 5, "done": 1, "overdue": 2, "stale": 1})
    );
}

#[test]
fn the_weekly_digest_counts_only_the_posts_items() {
    let week = ok(&["week", "--owner", "Kommunikationsansvarig"]);
    assert!(
        week.starts_with(
            "Weekly digest, week 48 of 2026: action plan 2026/27, as of 2026-11-28 (filtered: owner Kommunikationsansvarig)
Strategy: Test strategy.
Vision: Alla medlemmar skall trivas och utvecklas under hela sin chalmerstid
Plan lead: Vice ordförande. Last review by the board: 2026-11-20 (8 days ago).
2 items: 1 done, 1 overdue, 1 stale. 1 goal: 0 on track, 0 at risk, 1 off track.
Figures and health count only the items owned by Kommunikationsansvarig.

Goals not on track
Goal  Health     Owner                                    Why
────  ─────────  ───────────────────────────────────────  ────────────────────────────────
1b    off track  Vice ordförande, Kommunikationsansvarig  1b-1 46 days overdue, 1b-1 stale

Overdue
Id    Item                    Goals  Owner                   Due         Days late
────  ──────────────────────  ─────  ──────────────────────  ──────────  ─────────
1b-1  Translate the statutes  1b     Kommunikationsansvarig  2026-10-13         46
"
        ),
        "{week}"
    );
    let vo = json(&["week", "--owner", "Vice ordförande"]);
    assert_eq!(vo["goals_not_on_track"], serde_json::json!([]));
    assert_eq!(vo["overdue"], serde_json::json!([]));
    assert_eq!(
        vo["health"],
        serde_json::json!({"on_track": 2, "at_risk": 0, "off_track": 0})
    );
    // 1b-3 (Kommunikationsansvarig) was completed this week, not by this post.
    assert_eq!(vo["completed"], serde_json::json!([]));
    let komm = json(&["week", "--owner", "Kommunikationsansvarig"]);
    assert_eq!(komm["completed"][0]["id"], "1b-3");
}

#[test]
fn a_post_the_plan_does_not_name_is_a_usage_error() {
    let expected = "error: no post `vice ordforande` in the 2026/27 plan (did you mean `Vice ordförande`?); its posts are: Kommunikationsansvarig, Utbildningsenheten, Vice ordförande\n";
    for command in [
        &["overdue"][..],
        &["status"],
        &["upcoming"],
        &["week"],
        &["export"],
        &["export", "--format", "ics"],
        &["status", "--by", "group"],
    ] {
        let run = run(&[command, &["--owner", "vice ordforande"]].concat());
        assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{command:?}");
        assert_eq!(run.stderr, expected, "{command:?}");
    }
    let far = run(&["overdue", "--owner", "Kassör"]);
    assert_eq!(far.code, 2);
    assert_eq!(
        far.stderr,
        "error: no post `Kassör` in the 2026/27 plan; its posts are: Kommunikationsansvarig, Utbildningsenheten, Vice ordförande\n"
    );
    let sv = run(&["--lang", "sv", "overdue", "--owner", "kassor"]);
    assert_eq!(
        sv.stderr,
        "fel: planen för 2026/27 har ingen post `kassor`; planens poster är: Kommunikationsansvarig, Utbildningsenheten, Vice ordförande\n"
    );
    // A post the roster names is valid even with nothing to do.
    assert_eq!(
        ok(&["overdue", "--owner", "Vice ordförande"]),
        "Overdue: action plan 2026/27, as of 2026-11-28 (filtered: owner Vice ordförande)\nNothing is overdue on 2026-11-28.\n"
    );
}

#[test]
fn export_filters_in_every_format() {
    let data = json(&["export", "--owner", "Vice ordförande"]);
    let ids = |v: &serde_json::Value, key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&data, "items"), ["1a-2", "1a-3", "1b-2"]);
    assert_eq!(ids(&data, "goals"), ["1a", "1b"]);
    assert_eq!(data["filter"]["owner"], "Vice ordförande");
    let goal = json(&["export", "--goal", "1a"]);
    assert_eq!(ids(&goal, "items"), ["1a-1", "1a-2", "1a-3"]);
    assert_eq!(ids(&goal, "goals"), ["1a"]);
    assert_eq!(
        ok(&["export", "--format", "csv", "--owner", "Kommunikationsansvarig"]),
        "id,title.sv,title.en,description.sv,description.en,goals,owner,kind,status,start,due,completed,every,last_done,groups,unit,next_due,days_overdue,stale,last_activity,log
1b-1,Translate the statutes,Translate the statutes,,,1b,Kommunikationsansvarig,project,active,2026-09-01,2026-10-13,,,,,,2026-10-13,46,true,2026-09-01,
1b-3,Web pages in English,Web pages in English,,,1b,Kommunikationsansvarig,project,done,2026-09-01,2026-12-01,2026-11-25,,,,,,,false,2026-11-25,
"
    );
    let ics = ok(&["export", "--format", "ics", "--goal", "1b"]);
    let uids: Vec<&str> = ics
        .split("\r\n")
        .filter_map(|l| l.strip_prefix("UID:"))
        .collect();
    assert_eq!(
        uids,
        [
            "2026-27-1a-2@intplan",
            "2026-27-1b-1@intplan",
            "2026-27-1b-2@intplan"
        ]
    );
    let html = ok(&[
        "export",
        "--format",
        "html",
        "--owner",
        "Kommunikationsansvarig",
    ]);
    assert!(
        html.contains("(filtered: owner Kommunikationsansvarig)"),
        "{html}"
    );
    assert!(html.contains("1b-1") && !html.contains("1a-2"), "{html}");
}

#[test]
fn an_as_of_outside_every_period_says_which_year_and_where() {
    let dates = |args: &[&str]| {
        let mut all = vec!["-p", "dates"];
        all.extend_from_slice(args);
        intplan(&fixtures(""), &all)
    };
    let after = dates(&["overdue", "--as-of", "2031-01-01", "--format", "csv"]);
    assert_eq!(after.code, 0);
    assert_eq!(
        after.stderr,
        "note: no operating year's period holds 2031-01-01; the report is on 2027/28, the latest year\n"
    );
    let status = dates(&["status", "--as-of", "2031-01-01"]);
    assert!(
        status
            .stdout
            .starts_with("Status: action plan 2027/28, as of 2031-01-01, after the end of its period (2028-06-30)\n"),
        "{}",
        status.stdout
    );
    let before = dates(&["week", "--as-of", "2025-09-01", "--lang", "sv"]);
    assert!(
        before.stdout.starts_with(
            "Veckosammanfattning, vecka 36 2025: handlingsplan 2027/28, per 2025-09-01, före periodens början (2027-07-01)\n"
        ),
        "{}",
        before.stdout
    );
    assert_eq!(
        before.stderr,
        "obs: inget verksamhetsårs period innehåller 2025-09-01; rapporten gäller 2027/28, det senaste året\n"
    );
    // A year chosen with --year gets the heading but no note: it was asked for.
    let chosen = dates(&["status", "--as-of", "2028-02-29", "--year", "2026-27"]);
    assert_eq!(chosen.stderr, "");
    assert!(chosen.stdout.starts_with(
        "Status: action plan 2026/27, as of 2028-02-29, after the end of its period (2027-06-30)\n"
    ));
    let inside = dates(&["status", "--as-of", "2028-02-29"]);
    assert_eq!(inside.stderr, "");
    assert!(
        inside
            .stdout
            .starts_with("Status: action plan 2027/28, as of 2028-02-29\n")
    );
}
