//! The schedule's rules as every report applies them: stale means stale (ongoing
//! work on schedule never is; nothing is in its first 30 days in the plan), and a
//! new operating year starts clean (no date set in the old year makes anything
//! overdue, stale or off track on its first day). Figures worked by hand are in the
//! comments of the fixtures `tests/fixtures/stale/` and `tests/fixtures/newyear/`.

mod common;

use common::{fixtures, intplan};

fn run(fixture: &str, args: &[&str]) -> common::Run {
    let mut all = vec!["-p", fixture];
    all.extend_from_slice(args);
    intplan(&fixtures(""), &all)
}

fn ok(fixture: &str, args: &[&str]) -> String {
    let run = run(fixture, args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

fn json(fixture: &str, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(fixture, &[args, &["--format", "json"]].concat())).unwrap()
}

#[test]
fn ongoing_work_on_schedule_is_not_stale_and_its_goal_is_on_track() {
    // 1a-1: every 2 months, last done 2026-10-01, next due 2026-12-01. On
    // 2026-11-05 nothing has happened for 35 days, but it is not due yet.
    assert_eq!(
        ok("stale", &["status", "--as-of", "2026-11-05"]),
        "Status: action plan 2026/27, as of 2026-11-05
Vision: Alla medlemmar skall trivas och utvecklas under hela sin chalmerstid

Goal  Area              Owner               Items  Done  Overdue  Next due    Health    Goal text
────  ────────────────  ──────────────────  ─────  ────  ───────  ──────────  ────────  ───────────────────────────────────────────────
1a    1 Representation  Utbildningsenheten      1     0        0  2026-12-01  on track  All international students shall be represented
1b    1 Representation  Vice ordförande         3     0        0  2026-11-08  at risk   All international members shall be represented

Totals: 4 items, 0 done, 0 overdue, 1 stale.
1b at risk: 1b-3 stale
"
    );
}

#[test]
fn ongoing_work_past_due_and_quiet_for_30_days_is_stale() {
    // On 2026-12-02: 1a-1 is a day late and quiet for 62 days; 1b-1 started 53 days
    // ago with no news; 1b-2 is 24 days late but had a note 12 days ago; 1b-3 has
    // had no sign of life since the year began.
    let status = json("stale", &["status", "--as-of", "2026-12-02"]);
    assert_eq!(
        status["totals"],
        serde_json::json!({"items": 4, "done": 0, "overdue": 2, "stale": 3})
    );
    let run = run("stale", &["check", "--as-of", "2026-12-02"]);
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning["))
        .collect();
    assert_eq!(
        warnings,
        [
            "warning[stale-item]: ongoing work 1a-1 was due on 2026-12-01 and has shown no sign of life since 2026-10-01 (62 days; stale after 30)",
            "warning[stale-item]: item 1b-1 has shown no sign of life since 2026-10-10 (53 days; stale after 30)",
            "warning[stale-item]: item 1b-3 has shown no sign of life since the operating year began on 2026-07-01 (154 days; stale after 30)",
        ]
    );
}

#[test]
fn nothing_is_stale_in_its_first_30_days_in_the_plan() {
    // 1b-3 has no start and no news: the year's first day is its first sign of life.
    let day_30 = json("stale", &["status", "--as-of", "2026-07-31"]);
    assert_eq!(day_30["totals"]["stale"], 0);
    let day_31 = json("stale", &["status", "--as-of", "2026-08-01"]);
    assert_eq!(day_31["totals"]["stale"], 1);
    // 1b-1 started on 2026-10-10 (as `item add` records the day an item is added).
    let item = |day: &str| json("stale", &["item", "show", "1b-1", "--as-of", day]);
    assert_eq!(item("2026-11-09")["stale"], false);
    assert_eq!(item("2026-11-10")["stale"], true);
    // The stale list of the digest agrees.
    let week = json("stale", &["week", "--as-of", "2026-11-10"]);
    let stale: Vec<&str> = week["stale"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(stale, ["1b-1", "1b-3"]);
    assert_eq!(week["stale"][1]["last_activity"], serde_json::Value::Null);
}

#[test]
fn a_new_year_starts_with_nothing_overdue_stale_or_off_track() {
    assert_eq!(
        ok("newyear", &["status", "--as-of", "2027-07-01"]),
        "Status: action plan 2027/28, as of 2027-07-01
Vision: Alla medlemmar skall trivas och utvecklas under hela sin chalmerstid

Goal  Area              Owner               Items  Done  Overdue  Next due    Health    Goal text
────  ────────────────  ──────────────────  ─────  ────  ───────  ──────────  ────────  ───────────────────────────────────────────────
1a    1 Representation  Utbildningsenheten      2     0        0  2027-08-01  on track  All international students shall be represented
1b    1 Representation  Vice ordförande         2     0        0  2027-12-20  on track  All international members shall be represented

Totals: 4 items, 0 done, 0 overdue, 0 stale.
"
    );
    assert_eq!(
        ok("newyear", &["overdue", "--as-of", "2027-07-01"]),
        "Overdue: action plan 2027/28, as of 2027-07-01\nNothing is overdue on 2027-07-01.\n"
    );
    let week = json("newyear", &["week", "--as-of", "2027-07-01"]);
    assert_eq!(
        week["health"],
        serde_json::json!({"on_track": 2, "at_risk": 0, "off_track": 0})
    );
}

#[test]
fn old_ongoing_work_is_due_a_cadence_into_the_new_year() {
    // 1a-2: monthly, last done 2027-04-10; due 2027-08-01, one month after the
    // period starts, and late from the day after.
    let item = json(
        "newyear",
        &["item", "show", "1a-2", "--as-of", "2027-07-01"],
    );
    assert_eq!(item["next_due"], "2027-08-01");
    assert_eq!(item["days_overdue"], serde_json::Value::Null);
    let overdue = json("newyear", &["overdue", "--as-of", "2027-08-02"]);
    assert_eq!(overdue[0]["id"], "1a-2");
    assert_eq!(overdue[0]["due"], "2027-08-01");
    assert_eq!(overdue[0]["days_overdue"], 1);
    assert_eq!(overdue.as_array().unwrap().len(), 1);
    let export = json("newyear", &["export", "--as-of", "2027-07-01"]);
    let carried = &export["items"][0];
    assert_eq!(carried["id"], "1a-1");
    assert_eq!(carried["due"], "2027-05-31");
    assert_eq!(carried["next_due"], serde_json::Value::Null);
    assert_eq!(carried["days_overdue"], serde_json::Value::Null);
}

#[test]
fn a_due_date_before_the_period_is_a_warning_to_re_date() {
    let run = run("newyear", &["check", "--as-of", "2027-07-01"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stderr,
        "warning[plan-not-reviewed]: the board has never recorded a review of the 2027/28 plan
 --> newyear/2027-28/plan.toml:5:1
  |
5 | [plan]
  | ^^^^^^
  |
  = help: go through the plan at a board meeting and set `reviewed = 2027-07-01` in [plan]

warning[due-before-period]: item 1a-1 is due 2027-05-31, before 2027/28 began (2027-07-01)
  --> newyear/2027-28/plan.toml:23:7
   |
23 | due = 2027-05-31                   # set in 2026/27
   |       ^^^^^^^^^^
   |
   = help: a due date from an earlier year does not count against this one: re-date it with `intplan item set 1a-1 --due YYYY-MM-DD` (a day in 2027/28), or drop it

newyear: 2 warnings found (2 goals, 1 year, 4 items checked)
"
    );
}
