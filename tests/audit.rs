//! An outside audit: every report on a plan written for it (tests/fixtures/audit/plans:
//! 2025-26, 2026-27 without measurements, 2027-28 with a unit file), as of a leap day,
//! 2028-02-29, compared with figures worked out by hand from the rules of README.md.
//! The item-by-item working is at the top of 2027-28/plan.toml.
//!
//! What the plan holds that other fixtures do not: items due on the as-of day itself
//! (a project and monthly work whose 31 January clamps to 29 February), an item exactly
//! 30 days late and 30 days quiet (late but not long overdue, quiet but not stale), a
//! goal with only a dropped item and one with none, goal owners given as lists, a unit
//! file without `unit`, a roster unit with no item, a year with no measurements between
//! two that have them, a measurement on the as-of day, and targets met exactly.

mod common;

use std::path::PathBuf;

use common::{Run, fixtures, intplan};
use serde_json::{Value, json};

const AS_OF: &str = "2028-02-29";

fn plans() -> PathBuf {
    fixtures("audit/plans")
}

fn run(args: &[&str]) -> Run {
    let mut all = vec!["-p", ".", "--as-of", AS_OF];
    all.extend_from_slice(args);
    intplan(&plans(), &all)
}

/// Stdout of a run that must succeed. Goals 3b and 3c have no live item in 2027-28 on
/// purpose (and the earlier years leave goals without items), so every report
/// carries `check`'s note on stderr: on the reported year, or, for `followup`,
/// which judges every year, on all of them.
fn ok(args: &[&str]) -> String {
    let run = run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    let note = if args[0] == "followup" {
        "note: the plan has 13 errors; run `intplan check` to see them\n"
    } else {
        "note: the 2027/28 plan has 2 errors; run `intplan check` to see them\n"
    };
    assert_eq!(run.stderr, note, "{args:?}");
    run.stdout
}

fn json_of(args: &[&str]) -> Value {
    serde_json::from_str(&ok(&[args, &["--format", "json"]].concat())).expect("JSON")
}

/// The ids of an `items` list, in order.
fn ids(args: &[&str]) -> Vec<String> {
    let v = json_of(&[&["items"], args].concat());
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn status_has_the_hand_worked_figures() {
    let v = json_of(&["status"]);
    let rows: Vec<Value> = v["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            json!([
                g["id"],
                g["owner"],
                g["items"],
                g["done"],
                g["overdue"],
                g["next_due"],
                g["health"],
                g["reasons"]
            ])
        })
        .collect();
    assert_eq!(
        rows,
        [
            json!([
                "1a",
                "Utbildningsansvarig",
                3,
                0,
                0,
                "2028-02-29",
                "on-track",
                []
            ]),
            json!(["1b", "Kårordförande", 2, 0, 1, "2028-02-29", "at-risk",
                   [{"reason": "overdue", "item": "1b-2", "days": 26},
                    {"reason": "stale", "item": "1b-2"}]]),
            json!(["2a", "Utbildningsansvarig", 2, 0, 1, "2028-02-29", "off-track",
                   [{"reason": "long-overdue", "item": "2a-1", "days": 32},
                    {"reason": "blocked", "item": "2a-1"}]]),
            json!(["2b", "Kommunikationsansvarig, Vice kårordförande", 4, 1, 2, "2028-02-29",
                   "at-risk", [{"reason": "overdue", "item": "2b-2", "days": 30},
                               {"reason": "overdue", "item": "2b-3", "days": 2}]]),
            // Only overdue items: no next due date.
            json!(["3a", "Mottagningsansvarig", 1, 0, 1, null, "at-risk",
                   [{"reason": "overdue", "item": "2b-2", "days": 30}]]),
            json!(["3b", "Mottagningsansvarig", 0, 0, 0, null, "off-track",
                   [{"reason": "no-activity"}]]),
            json!(["3c", "Arbetsmarknadsansvarig", 0, 0, 0, null, "off-track",
                   [{"reason": "no-activity"}]]),
            json!([
                "4a",
                "Utbildningsansvarig",
                2,
                0,
                0,
                "2028-03-30",
                "on-track",
                []
            ]),
            json!(["4b", "Vice kårordförande, F-sektionens internationellt ansvarig", 4, 1, 0,
                   "2028-03-10", "at-risk", [{"reason": "stale", "item": "4b-1"}]]),
        ]
    );
    assert_eq!(
        v["totals"],
        json!({"items": 13, "done": 2, "overdue": 4, "stale": 2})
    );
    // Outcome: 1a's 75 against a target of 75 and 2b's 100 against 100 are met.
    assert_eq!(
        v["goals"][0]["outcome"],
        json!([{"id": "1a-influence-studies", "met": true, "measured": true}])
    );
}

#[test]
fn status_under_an_owner_counts_only_the_posts_items() {
    // Vice kårordförande co-owns 2b and 4b and owns 2b-2 (2b, 3a) and 4b-3 (4b, done).
    let v = json_of(&["status", "--owner", "vice kårordförande"]);
    let rows: Vec<Value> = v["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            json!([
                g["id"],
                g["items"],
                g["done"],
                g["overdue"],
                g["next_due"],
                g["health"]
            ])
        })
        .collect();
    assert_eq!(
        rows,
        [
            json!(["2b", 1, 0, 1, null, "at-risk"]),
            json!(["3a", 1, 0, 1, null, "at-risk"]),
            json!(["4b", 1, 1, 0, null, "on-track"]),
        ]
    );
    assert_eq!(
        v["totals"],
        json!({"items": 2, "done": 1, "overdue": 1, "stale": 0})
    );
    // A post that owns a goal and no item: the goal shows, with no items.
    let v = json_of(&["status", "--owner", "Arbetsmarknadsansvarig"]);
    assert_eq!(v["goals"].as_array().unwrap().len(), 1);
    assert_eq!(
        (
            &v["goals"][0]["id"],
            &v["goals"][0]["items"],
            &v["goals"][0]["health"]
        ),
        (&json!("3c"), &json!(0), &json!("off-track"))
    );
}

#[test]
fn overdue_and_upcoming_on_the_leap_day() {
    assert_eq!(
        ok(&["overdue"]),
        "Overdue: action plan 2027/28, as of 2028-02-29
Id    Item                         Goals   Owner                   Due         Days late
────  ───────────────────────────  ──────  ──────────────────────  ──────────  ─────────
2a-1  Missing Chalmers pages       2a      Utbildningsansvarig     2028-01-28         32
2b-2  Regulations in English       2b, 3a  Vice kårordförande      2028-01-30         30
1b-2  Fortnightly open board hour  1b      Kårordförande           2028-02-03         26
2b-3  Weekly news in English       2b      Kommunikationsansvarig  2028-02-27          2
"
    );
    // Due today counts as upcoming, with 0 days left; --within is inclusive (4a-1,
    // 30 days left, is in the next 30 days).
    let left = |within: &str| -> Vec<Value> {
        json_of(&["upcoming", "--within", within])
            .as_array()
            .unwrap()
            .iter()
            .map(|i| json!([i["id"], i["due"], i["days_left"]]))
            .collect()
    };
    let fourteen = [
        json!(["1a-1", "2028-02-29", 0]),
        json!(["1b-1", "2028-02-29", 0]),
        json!(["4b-1", "2028-03-10", 10]),
        json!(["4b-2", "2028-03-11", 11]),
    ];
    assert_eq!(left("14"), fourteen);
    assert_eq!(left("30")[..4], fourteen);
    assert_eq!(left("30")[4], json!(["4a-1", "2028-03-30", 30]));
    assert_eq!(left("0"), fourteen[..2]);
}

#[test]
fn items_filters_and_sorts() {
    assert_eq!(
        ids(&[]),
        [
            "2a-1", "2b-2", "1b-2", "2b-3", "1a-1", "1b-1", "4b-1", "4b-2", "4a-1", "1a-2", "4a-2"
        ]
    );
    // Reversed, the undated 4a-2 stays last.
    assert_eq!(
        ids(&["--reverse"]),
        [
            "1a-2", "4a-1", "4b-2", "4b-1", "1a-1", "1b-1", "2b-3", "1b-2", "2b-2", "2a-1", "4a-2"
        ]
    );
    // Longest silent first; 2a-1 and 2b-3 both last heard of on 2028-02-20.
    assert_eq!(
        ids(&["--sort", "last-activity"]),
        [
            "4a-1", "4b-1", "1b-2", "2b-2", "1b-1", "4a-2", "1a-1", "2a-1", "2b-3", "4b-2", "1a-2"
        ]
    );
    assert_eq!(
        ids(&["--due-before", AS_OF]),
        ["2a-1", "2b-2", "1b-2", "2b-3"]
    );
    assert_eq!(
        ids(&["--due-after", AS_OF]),
        ["4b-1", "4b-2", "4a-1", "1a-2"]
    );
    assert_eq!(ids(&["--stale"]), ["1b-2", "4b-1"]);
    assert_eq!(ids(&["--owner", "kårordförande", "--overdue"]), ["1b-2"]);
    assert_eq!(
        ids(&["--owner", "Vice kårordförande", "--goal", "4b", "--all"]),
        ["4b-3"]
    );
    assert_eq!(ids(&["--goal", "3b", "--all"]), ["3b-1"]);
    for empty in [
        &["--goal", "3b"][..],
        &["--goal", "3c", "--all"],
        &["--owner", "Arbetsmarknadsansvarig"],
        &["--unit", "M-sektionen", "--all"],
    ] {
        assert!(ids(empty).is_empty(), "{empty:?}");
    }
    assert_eq!(
        ok(&["items", "--goal", "3c"]),
        "Items: action plan 2027/28, as of 2028-02-29
No item of the 2027/28 plan matches: goal 3c; open items only (--all shows done and dropped).
"
    );
}

#[test]
fn an_item_of_a_unit_file_shows_the_unit_it_belongs_to() {
    // f-sektionen.toml has no `unit`: its items are F-sektionen's, which `--unit`
    // and `status --by unit` go by, so the list says so too. 4b-3 names its unit;
    // the items of plan.toml without one are central's and show none.
    assert_eq!(
        ok(&["items", "--goal", "4b", "--all"]),
        "Items: action plan 2027/28, as of 2028-02-29
Id    Item                                      Goals   Owner                                  Kind          Status   Next due    Late / left   Unit         Last sign of life
────  ────────────────────────────────────────  ──────  ─────────────────────────────────────  ────────────  ───────  ──────────  ────────────  ───────────  ─────────────────
4b-1  F-sektionen's mixed study evenings        4b      F-sektionens internationellt ansvarig  project       active   2028-03-10  10 days left  F-sektionen  2028-01-15
4b-2  F-sektionen's language tandem             4b, 1a  F-sektionens internationellt ansvarig  ongoing work  planned  2028-03-11  11 days left  F-sektionen  2028-03-01
4a-1  Mixed project groups with the programmes  4a, 4b  Utbildningsansvarig                    ongoing work  active   2028-03-30  30 days left               2027-09-30
4b-3  K-sektionen's buddy week                  4b      Vice kårordförande                     project       done                               K-sektionen  2028-02-01

4 of 15 items shown. Filters: goal 4b.
"
    );
    let units: Vec<Value> = json_of(&["items", "--unit", "f-sektionen"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["unit"].clone())
        .collect();
    assert_eq!(units, [json!("F-sektionen"), json!("F-sektionen")]);
    let unit_shown = |id: &str| {
        let shown = run(&["item", "show", id, "--format", "json"]);
        assert_eq!((shown.code, shown.stderr.as_str()), (0, ""), "{id}");
        serde_json::from_str::<Value>(&shown.stdout).unwrap()["unit"].clone()
    };
    assert_eq!(unit_shown("4b-2"), "F-sektionen");
    assert_eq!(unit_shown("4b-3"), "K-sektionen");
    assert_eq!(unit_shown("1a-1"), Value::Null);
}

#[test]
fn status_by_unit_sets_the_goals_against_the_units() {
    let v = json_of(&["status", "--by", "unit"]);
    let goals = |unit: usize| v["units"][unit]["goals"].clone();
    assert_eq!(
        goals(0),
        json!({"1a": ["1a-1", "1a-2"], "1b": ["1b-1", "1b-2"], "2a": ["1a-1", "2a-1"],
               "2b": ["1b-1", "2b-1", "2b-2", "2b-3"], "3a": ["2b-2"], "3b": [], "3c": [],
               "4a": ["4a-1", "4a-2"], "4b": ["4a-1"]})
    );
    let rows: Vec<Value> = v["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| json!([u["unit"], u["items"]]))
        .collect();
    assert_eq!(
        rows,
        [
            json!(["central", 10]),
            json!(["F-sektionen", 2]),
            json!(["K-sektionen", 1])
        ]
    );
    assert_eq!(goals(1)["1a"], json!(["4b-2"]));
    assert_eq!(goals(1)["4b"], json!(["4b-1", "4b-2"]));
    assert_eq!(v["units_without_items"], json!(["M-sektionen"]));
    assert_eq!(
        v["totals"],
        json!({"central": 10, "local": 3, "local_units": 2})
    );
}

#[test]
fn indicators_across_a_year_without_measurements() {
    let v = json_of(&["indicators"]);
    let by_id = |id: &str| -> Value {
        v["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()
            .clone()
    };
    // 2b: 100 on 2027-11-01 after 90 on 2025-11-01, two years back over the gap
    // year: +10. Target 100 reached exactly: met.
    let docs = by_id("2b-documents-in-english");
    assert_eq!(
        docs["latest"],
        json!([{"group": null, "date": "2027-11-01", "value": 100, "n": null, "previous": 90,
                "previous_date": "2025-11-01", "change": 10, "meets": true}])
    );
    assert_eq!(docs["met"], true);
    // 3a: everyone 80 after 76 (the later of 2025-26's two): +4, meets 80 exactly;
    // exchange only measured in 2025-26 (60, behind national's 85 by 25: not met);
    // international 80 after 70: +10, gap -5; national 85 after 78: +7, the
    // reference. The international 90 of 2028-03-15 is after the as-of day.
    let equal = by_id("3a-equal-conditions");
    let latest: Vec<Value> = equal["latest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            json!([
                l["group"],
                l["date"],
                l["value"],
                l["previous"],
                l["change"],
                l["meets"]
            ])
        })
        .collect();
    assert_eq!(
        latest,
        [
            json!([null, "2027-10-20", 80, 76, 4, true]),
            json!(["exchange", "2025-10-20", 60, null, null, false]),
            json!(["international", "2027-10-20", 80, 70, 10, true]),
            json!(["national", "2027-10-20", 85, 78, 7, null]),
        ]
    );
    assert_eq!(equal["gap"], json!({"exchange": -25, "international": -5}));
    assert_eq!(equal["met"], false);
    // 1a: measured on the as-of day itself, 75 against 75: met; everyone gets no gap.
    let influence = by_id("1a-influence-studies");
    assert_eq!(influence["latest"][0]["date"], AS_OF);
    assert_eq!(
        (&influence["gap"], &influence["met"]),
        (&json!({}), &json!(true))
    );
    assert_eq!(by_id("4b-divisions-integrating")["latest"][0]["change"], 4);
}

#[test]
fn followup_year_by_year() {
    let v = json_of(&["followup"]);
    assert_eq!(v["years"], json!(["2025-26", "2026-27", "2027-28"]));
    let goal = |id: &str| -> Value {
        v["goals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == id)
            .unwrap()
            .clone()
    };
    let years = |id: &str| -> Vec<Value> {
        goal(id)["years"]
            .as_array()
            .unwrap()
            .iter()
            .map(|y| {
                json!([
                    y["as_of"],
                    y["items"],
                    y["done"],
                    y["dropped"],
                    y["open_at_end"],
                    y["overdue_at_end"],
                    y["health_at_end"]
                ])
            })
            .collect()
    };
    // 3a: 2025-26 3a-1 done and 3a-2 monthly, due on the year's last day (not late);
    // 2026-27 3a-2 last done 2027-04-30, due 2027-05-30, 31 days late on 2027-06-30;
    // 2027-28 2b-2 30 days late, 3a-1 dropped.
    assert_eq!(
        years("3a"),
        [
            json!(["2026-06-30", 2, 1, 0, 1, 0, "on-track"]),
            json!(["2027-06-30", 1, 0, 0, 1, 1, "off-track"]),
            json!([AS_OF, 1, 0, 1, 1, 1, "at-risk"]),
        ]
    );
    // 1a: 2025-26 1a-1 never heard of all year (stale); 2026-27 dropped; 2027-28 on track.
    assert_eq!(
        years("1a"),
        [
            json!(["2026-06-30", 1, 0, 0, 1, 0, "at-risk"]),
            json!(["2027-06-30", 0, 0, 1, 0, 0, "off-track"]),
            json!([AS_OF, 3, 0, 0, 3, 0, "on-track"]),
        ]
    );
    // 2b: 2b-1 46 days late at the end of 2025-26.
    assert_eq!(
        years("2b")[0],
        json!(["2026-06-30", 1, 0, 0, 1, 1, "off-track"])
    );
    // Nothing measured in 2026-27, nothing carried into it; the change spans the gap.
    assert_eq!(goal("3a")["years"][1]["indicators"], json!([]));
    assert_eq!(
        goal("3a")["change"],
        json!([
            {"id": "3a-equal-conditions", "group": null, "from_year": "2025-26", "from": 76,
             "to_year": "2027-28", "to": 80, "change": 4},
            {"id": "3a-equal-conditions", "group": "international", "from_year": "2025-26",
             "from": 70, "to_year": "2027-28", "to": 80, "change": 10},
            {"id": "3a-equal-conditions", "group": "national", "from_year": "2025-26",
             "from": 78, "to_year": "2027-28", "to": 85, "change": 7},
        ])
    );
}
