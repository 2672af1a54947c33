//! Is the strategy working? `indicators`, `followup` and `status --by unit` on a
//! two-year plan (tests/fixtures/council/plans: 2025-26, 2026-27, and a 2027-28
//! that starts after the as-of day), every figure worked out by hand below from the
//! fixture's files, and the outcome column of `status` and line of `week`.
//!
//! The fixture in short (as of 2026-11-28, the reported year is 2026-27):
//!
//! equal-chances (goal 3a, percent, target 80, higher is better, compare national):
//!   2025-26/measurements.toml: 2025-10-15 all 80, exchange 72, international 70,
//!     national 85; 2026-03-15 international 71.5
//!   2026-27/measurements.toml: 2026-10-15 all 82, non-eu 65.5 (n 24),
//!     international 74.5, national 86; 2027-03-15 all 90 (after the as-of day)
//! info-english (2b, percent, target 90): 2025-11-01 all 88.3; 2026-11-01 all 91.1
//! late-replies (2b, count, target 5, lower is better): 2025-12-01 all 9;
//!   2026-10-01 all 5
//! buddies (4b, count, target 20, compare national): 2026-09-30 international 24
//! mentors (4b, score, target 4): never measured

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::plans::copy_dir;
use common::{Run, fixtures, intplan, intplan_env};
use serde_json::{Value, json};

const AS_OF: &str = "2026-11-28";

fn plans() -> PathBuf {
    fixtures("council/plans")
}

/// Runs intplan on the fixture as of 2026-11-28 and returns stdout; the run must
/// succeed with nothing on stderr.
fn ok(args: &[&str]) -> String {
    let run = on(&plans(), args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    assert_eq!(run.stderr, "", "{args:?}");
    run.stdout
}

fn on(plan: &Path, args: &[&str]) -> Run {
    let mut all = vec!["-p", plan.to_str().unwrap(), "--as-of", AS_OF];
    all.extend_from_slice(args);
    intplan(&fixtures("council"), &all)
}

fn json_of(args: &[&str]) -> Value {
    serde_json::from_str(&ok(args)).expect("one JSON document")
}

fn expected(name: &str) -> String {
    fs::read_to_string(fixtures("council/expected").join(name)).unwrap()
}

#[test]
fn indicators_json_has_the_hand_worked_figures() {
    let v = json_of(&["indicators", "--format", "json"]);
    assert_eq!(v["year"], "2026-27");
    assert_eq!(v["as_of"], AS_OF);
    let ids: Vec<&str> = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "info-english",
            "late-replies",
            "equal-chances",
            "buddies",
            "mentors"
        ]
    );
    let [info, late, equal, buddies, mentors] = &v["indicators"].as_array().unwrap()[..] else {
        panic!("five indicators");
    };
    // info-english: newest 91.1 (2026-11-01), before it 88.3 (2025-11-01, last
    // year's folder): change 91.1 - 88.3 = 2.8 (not 2.7999999999999972). No compare
    // group: no gap. Target 90, 91.1 >= 90: met.
    assert_eq!(
        info["latest"],
        json!([{"group": null, "date": "2026-11-01", "value": 91.1, "n": 133,
                "previous": 88.3, "previous_date": "2025-11-01", "change": 2.8, "meets": true}])
    );
    assert_eq!((&info["gap"], &info["met"]), (&json!({}), &json!(true)));
    assert_eq!(
        (
            &info["unit"],
            &info["direction"],
            &info["target"],
            &info["compare"]
        ),
        (&json!("percent"), &json!("up"), &json!(90), &json!(null))
    );
    // late-replies: 5 after 9: change -4 (raw, not turned round although lower is
    // better). Target 5, lower is better, 5 <= 5: met (equal counts as met).
    assert_eq!(late["latest"][0]["change"], -4);
    assert_eq!(late["latest"][0]["previous"], 9);
    assert_eq!(late["met"], true);
    // equal-chances, one row per group, everyone first, then the format's order:
    //   all           82 (2026-10-15), before it 80 (2025-10-15): +2
    //   exchange      72 (2025-10-15): measured only last year, still shown; no previous
    //   non-eu        65.5 (2026-10-15): first measurement, no previous
    //   international 74.5 (2026-10-15), before it 71.5 (2026-03-15): +3
    //   national      86 (2026-10-15), before it 85: +1
    // The 2027-03-15 figure (all 90) is after the as-of day and left out.
    assert_eq!(
        equal["latest"],
        json!([
            {"group": null, "date": "2026-10-15", "value": 82, "n": 398, "previous": 80,
             "previous_date": "2025-10-15", "change": 2, "meets": true},
            {"group": "exchange", "date": "2025-10-15", "value": 72, "n": 61, "previous": null,
             "previous_date": null, "change": null, "meets": false},
            {"group": "non-eu", "date": "2026-10-15", "value": 65.5, "n": 24, "previous": null,
             "previous_date": null, "change": null, "meets": false},
            {"group": "international", "date": "2026-10-15", "value": 74.5, "n": 141,
             "previous": 71.5, "previous_date": "2026-03-15", "change": 3, "meets": false},
            {"group": "national", "date": "2026-10-15", "value": 86, "n": 257, "previous": 85,
             "previous_date": "2025-10-15", "change": 1, "meets": null}
        ])
    );
    // Gaps against national (86): exchange 72 - 86 = -14, non-eu 65.5 - 86 = -20.5,
    // international 74.5 - 86 = -11.5; everyone gets no gap. Target 80: all 82 meets
    // it, exchange 72 does not: not met.
    assert_eq!(
        equal["gap"],
        json!({"exchange": -14, "non-eu": -20.5, "international": -11.5})
    );
    assert_eq!(equal["met"], false);
    // buddies compares with national, which was never measured: no gap. The one
    // value judged, international 24 >= 20: met.
    assert_eq!(
        (&buddies["gap"], &buddies["met"]),
        (&json!({}), &json!(true))
    );
    assert_eq!(buddies["latest"][0]["group"], "international");
    // mentors: nothing measured: no rows, no gap, met null.
    assert_eq!(
        (&mentors["latest"], &mentors["gap"], &mentors["met"]),
        (&json!([]), &json!({}), &json!(null))
    );
}

#[test]
fn indicators_look_back_only_to_the_as_of_day_and_the_years_before() {
    // On 2026-04-01 (year 2025-26): equal-chances all is 80 with no previous;
    // international is 71.5 (2026-03-15) after 70: +1.5; gap 71.5 - 85 = -13.5.
    let run = on(
        &plans(),
        &["indicators", "--as-of", "2026-04-01", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["year"], "2025-26");
    let equal = &v["indicators"][2];
    assert_eq!(equal["latest"][0]["previous"], json!(null));
    assert_eq!(equal["latest"][2]["change"], 1.5);
    assert_eq!(equal["gap"]["international"], -13.5);
    // --year 2025-26 on 2026-11-28 sees only the 2025-26 folder: info-english is
    // still 88.3, and 88.3 < 90: not met.
    let v = json_of(&["indicators", "--year", "2025-26", "--format", "json"]);
    assert_eq!(v["indicators"][0]["latest"][0]["value"], 88.3);
    assert_eq!(v["indicators"][0]["met"], false);
    // --goal keeps the indicators that measure the goal.
    let v = json_of(&["indicators", "--goal", "4B", "--format", "json"]);
    let ids: Vec<&str> = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["buddies", "mentors"]);
}

#[test]
fn indicators_read_as_a_table_in_both_languages() {
    assert_eq!(ok(&["indicators"]), expected("indicators.en.txt"));
    assert_eq!(
        ok(&["indicators", "--lang", "sv"]),
        expected("indicators.sv.txt")
    );
    // Asked for in a language, the CSV is the table a person reads.
    let csv = ok(&["indicators", "--format", "csv", "--lang", "en"]);
    assert!(
        csv.starts_with("Indicator,Group,Date,Value,n,Previous,Change,Gap,Target,Met\n"),
        "{csv}"
    );
    // A negative gap gets the spreadsheet guard like any cell starting with '-'.
    assert!(
        csv.contains("equal-chances,Exchange,2025-10-15,72%,61,,,'-14,80%,no\n"),
        "{csv}"
    );
    // Without a language it is for programs: the JSON's keys, a row per group's
    // value, numbers as numbers.
    let csv = ok(&["indicators", "--format", "csv"]);
    assert!(
        csv.starts_with("id,goals,text.sv,text.en,unit,source,direction,target,compare,gap.exchange,gap.non-eu,gap.international,met,latest.group,latest.date,latest.value,latest.n,latest.previous,latest.previous_date,latest.change,latest.meets\n"),
        "{csv}"
    );
    assert!(
        csv.contains(",percent,medlemsmätningen,up,80,national,-14,-20.5,-11.5,false,exchange,2025-10-15,72,61,,,,false\n"),
        "{csv}"
    );
    let md = ok(&["indicators", "--format", "markdown", "--lang", "sv"]);
    assert!(
        md.contains("| equal-chances | Utanför EU | 2026-10-15 | 65,5 % | 24 |"),
        "{md}"
    );
}

#[test]
fn followup_json_has_the_hand_worked_figures() {
    let v = json_of(&["followup", "--format", "json"]);
    // 2027-28 starts on 2027-07-01, after the as-of day: left out.
    assert_eq!(v["years"], json!(["2025-26", "2026-27"]));
    assert_eq!(v["as_of"], AS_OF);
    let goals = v["goals"].as_array().unwrap();
    assert_eq!(goals.len(), 3);
    // Goal 2b.
    // 2025-26, as of its last day 2026-06-30: 2b-1 done, 2b-2 active and due
    // 2026-03-31 (91 days late: over 30, so off track), 2b-3 dropped.
    //   items 2 (2b-1, 2b-2), done 1, dropped 1, open 1, overdue 1, off-track.
    //   values dated within 2025-07-01..2026-06-30: info-english 88.3, late-replies 9.
    // 2026-27, still running, as of 2026-11-28: 2b-2 due 2026-12-15 (not late, noted
    // 2026-11-20), 2b-4 done.
    //   items 2, done 1, dropped 0, open 1, overdue 0, on-track.
    //   values: info-english 91.1, late-replies 5.
    // Change: info-english 91.1 - 88.3 = +2.8; late-replies 5 - 9 = -4.
    assert_eq!(
        goals[0],
        json!({
            "id": "2b",
            "text": {"sv": "Alla internationella teknologer skall kunna ta del av kårens dokument",
                     "en": "All international students shall be able to read the union's documents"},
            "years": [
                {"year": "2025-26", "as_of": "2026-06-30", "items": 2, "done": 1, "dropped": 1,
                 "open_at_end": 1, "overdue_at_end": 1, "health_at_end": "off-track",
                 "indicators": [
                     {"id": "info-english", "group": null, "value": 88.3, "date": "2025-11-01"},
                     {"id": "late-replies", "group": null, "value": 9, "date": "2025-12-01"}]},
                {"year": "2026-27", "as_of": "2026-11-28", "items": 2, "done": 1, "dropped": 0,
                 "open_at_end": 1, "overdue_at_end": 0, "health_at_end": "on-track",
                 "indicators": [
                     {"id": "info-english", "group": null, "value": 91.1, "date": "2026-11-01"},
                     {"id": "late-replies", "group": null, "value": 5, "date": "2026-10-01"}]}
            ],
            "change": [
                {"id": "info-english", "group": null, "from_year": "2025-26", "from": 88.3,
                 "to_year": "2026-27", "to": 91.1, "change": 2.8},
                {"id": "late-replies", "group": null, "from_year": "2025-26", "from": 9,
                 "to_year": "2026-27", "to": 5, "change": -4}
            ]
        })
    );
    // Goal 3a.
    // 2025-26: 3a-1 ongoing monthly, last done 2026-06-15, next due 2026-07-15 (not
    // late on 2026-06-30, open: ongoing work counts as open); 3a-2 done.
    //   items 2, done 1, dropped 0, open 1, overdue 0, on-track.
    //   values, newest per group within the year: all 80, exchange 72, international
    //   71.5 (2026-03-15, newer than 70), national 85.
    // 2026-27: 3a-1 last done 2026-10-10, due 2026-11-10: 18 days late (at risk, not
    // off track); 3a-3 dropped.
    //   items 1, done 0, dropped 1, open 1, overdue 1, at-risk.
    //   values: all 82, non-eu 65.5, international 74.5, national 86 (the 2027-03-15
    //   figure is after the as-of day). Exchange was not measured this year, and a
    //   year's values are not carried forward.
    // Change, for groups measured in both years: all +2, international +3, national +1.
    let y3a = &goals[1]["years"];
    assert_eq!(
        [
            &y3a[0]["items"],
            &y3a[0]["done"],
            &y3a[0]["dropped"],
            &y3a[0]["open_at_end"],
            &y3a[0]["overdue_at_end"]
        ],
        [&json!(2), &json!(1), &json!(0), &json!(1), &json!(0)]
    );
    assert_eq!(y3a[0]["health_at_end"], "on-track");
    assert_eq!(
        [
            &y3a[1]["items"],
            &y3a[1]["done"],
            &y3a[1]["dropped"],
            &y3a[1]["open_at_end"],
            &y3a[1]["overdue_at_end"]
        ],
        [&json!(1), &json!(0), &json!(1), &json!(1), &json!(1)]
    );
    assert_eq!(y3a[1]["health_at_end"], "at-risk");
    let values = |y: &Value| -> Vec<(Value, Value)> {
        y["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| (v["group"].clone(), v["value"].clone()))
            .collect()
    };
    assert_eq!(
        values(&y3a[0]),
        [
            (json!(null), json!(80)),
            (json!("exchange"), json!(72)),
            (json!("international"), json!(71.5)),
            (json!("national"), json!(85))
        ]
    );
    assert_eq!(
        values(&y3a[1]),
        [
            (json!(null), json!(82)),
            (json!("non-eu"), json!(65.5)),
            (json!("international"), json!(74.5)),
            (json!("national"), json!(86))
        ]
    );
    let changes: Vec<(Value, Value)> = goals[1]["change"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["group"].clone(), c["change"].clone()))
        .collect();
    assert_eq!(
        changes,
        [
            (json!(null), json!(2)),
            (json!("international"), json!(3)),
            (json!("national"), json!(1))
        ]
    );
    // Goal 4b.
    // 2025-26: 3a-2 (serves 3a and 4b) done; 4b-1 in d-sektionen.toml blocked, due
    // 2026-06-30 (due on the last day is not late), noted 2026-06-10.
    //   items 2, done 1, dropped 0, open 1, overdue 0, at-risk (blocked); no values.
    // 2026-27: 4b-2 ongoing every 2 weeks, last done 2026-11-20, due 2026-12-04;
    // 4b-3 planned, starts 2026-12-01.
    //   items 2, done 0, dropped 0, open 2, overdue 0, on-track; buddies international 24.
    // Change: none (no group has values in two years).
    let y4b = &goals[2]["years"];
    assert_eq!(
        (
            y4b[0]["items"].clone(),
            y4b[0]["done"].clone(),
            y4b[0]["open_at_end"].clone(),
            y4b[0]["health_at_end"].clone()
        ),
        (json!(2), json!(1), json!(1), json!("at-risk"))
    );
    assert_eq!(y4b[0]["indicators"], json!([]));
    assert_eq!(
        (
            y4b[1]["items"].clone(),
            y4b[1]["done"].clone(),
            y4b[1]["open_at_end"].clone(),
            y4b[1]["health_at_end"].clone()
        ),
        (json!(2), json!(0), json!(2), json!("on-track"))
    );
    assert_eq!(
        y4b[1]["indicators"],
        json!([{"id": "buddies", "group": "international", "value": 24, "date": "2026-09-30"}])
    );
    assert_eq!(goals[2]["change"], json!([]));
}

#[test]
fn followup_judges_a_finished_year_on_its_last_day_and_a_running_one_on_as_of() {
    // On 2027-08-15, from 2026-27: 2026-27 has ended and is judged on 2027-06-30,
    // 2027-28 is running and judged on 2027-08-15.
    let run = on(
        &plans(),
        &[
            "followup",
            "--as-of",
            "2027-08-15",
            "--from",
            "2026-27",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["years"], json!(["2026-27", "2027-28"]));
    let y = |goal: usize, year: usize| v["goals"][goal]["years"][year].clone();
    // 2b in 2026-27 on 2027-06-30: 2b-2 was due 2026-12-15, 197 days late: off track.
    assert_eq!(y(0, 0)["as_of"], "2027-06-30");
    assert_eq!(
        (
            y(0, 0)["overdue_at_end"].clone(),
            y(0, 0)["health_at_end"].clone()
        ),
        (json!(1), json!("off-track"))
    );
    // 3a in 2026-27: the 2027-03-15 figure now counts (dated within the year and
    // before the as-of day): all is 90, not 82.
    assert_eq!(y(1, 0)["indicators"][0]["value"], 90);
    // 4b in 2026-27: 4b-2 due 2026-12-04 and 4b-3 due 2027-03-01, both late on
    // 2027-06-30, both open.
    assert_eq!(
        (
            y(2, 0)["open_at_end"].clone(),
            y(2, 0)["overdue_at_end"].clone()
        ),
        (json!(2), json!(2))
    );
    // 2027-28 on 2027-08-15: 2b-5 serves all three goals, planned, started
    // 2027-08-01 (14 days without a sign of life: not stale), due 2027-12-01.
    for goal in 0..3 {
        let f = y(goal, 1);
        assert_eq!(f["as_of"], "2027-08-15");
        assert_eq!(
            (
                f["items"].clone(),
                f["open_at_end"].clone(),
                f["overdue_at_end"].clone(),
                f["health_at_end"].clone()
            ),
            (json!(1), json!(1), json!(0), json!("on-track"))
        );
    }
    // Over 2026-27 to 2027-28 no group has values in both years: no change.
    assert_eq!(v["goals"][1]["change"], json!([]));
}

#[test]
fn followup_markdown_is_swedish_for_the_council_with_the_vision_on_top() {
    let md = ok(&["followup", "--format", "markdown"]);
    assert_eq!(md, expected("followup.sv.md"));
    assert!(md.starts_with(
        "# Uppföljning av internationaliseringsstrategin, 2025/26 till 2026/27, per 2026-11-28\n\n\
         Testkårens internationaliseringsstrategi\n\n\
         Vision: Alla medlemmar skall trivas och utvecklas under hela sin chalmerstid\n"
    ));
    let en = ok(&["followup", "--format", "markdown", "--lang", "en"]);
    assert_eq!(en, expected("followup.en.md"));
    // INTPLAN_LANG asks for a language too; a terminal table keeps the usual default.
    let run = intplan_env(
        &fixtures("council"),
        &[
            "-p", "plans", "--as-of", AS_OF, "followup", "--format", "markdown",
        ],
        &[("INTPLAN_LANG", "en")],
    );
    assert_eq!(run.stdout, en);
    assert_eq!(ok(&["followup"]), expected("followup.en.txt"));
}

#[test]
fn followup_html_has_a_chart_per_indicator_over_the_years_followed() {
    let html = ok(&["followup", "--format", "html"]);
    assert!(
        html.starts_with("<!DOCTYPE html><html lang=\"sv\">"),
        "{html}"
    );
    assert_eq!(html.matches("<figure class=\"trend\">").count(), 5);
    assert!(html.contains("<h2>Indikatorerna över åren</h2>"));
    // equal-chances has six series at most; here five groups, one line each, and a
    // dashed target line labelled in Swedish.
    assert!(html.contains(">målvärde 80 %</text>"), "{html}");
    // The bands are the two years followed, not 2027-28.
    assert!(html.contains(">2025/26</text>") && !html.contains(">2027/28</text>"));
}

#[test]
fn followup_refuses_a_span_that_is_not_one() {
    let run = on(
        &plans(),
        &["followup", "--from", "2026-27", "--to", "2025-26"],
    );
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: --from 2026-27 comes after --to 2025-26: name the earlier year first\n"
    );
    let run = on(&plans(), &["followup", "--from", "2024-25"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no year 2024-25 in"), "{}", run.stderr);
    let run = on(&plans(), &["followup", "--goal", "3x"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("the strategy has no goal `3x` (did you mean `3a`?)"),
        "{}",
        run.stderr
    );
}

#[test]
fn status_by_unit_sets_goals_against_units() {
    // 2026-27, live items and their units:
    //   plan.toml without `unit`: 2b-2, 2b-4, 3a-1 -> central (3a-3 is dropped)
    //   plan.toml `unit = "D-sektionen"`: 4b-3 -> D-sektionen
    //   kemi-sektionen.toml without `unit`: 4b-2 -> Kemi-sektionen (the roster's
    //   spelling; the file's stem matches it with case ignored)
    // E-sektionen is on the roster with no item: the finding. Central 3, local 2 in
    // 2 units.
    let v = json_of(&["status", "--by", "unit", "--format", "json"]);
    assert_eq!(
        v,
        json!({
            "year": "2026-27",
            "as_of": AS_OF,
            "units": [
                {"unit": "central", "items": 3,
                 "goals": {"2b": ["2b-2", "2b-4"], "3a": ["3a-1"], "4b": []}},
                {"unit": "D-sektionen", "items": 1, "goals": {"2b": [], "3a": [], "4b": ["4b-3"]}},
                {"unit": "Kemi-sektionen", "items": 1, "goals": {"2b": [], "3a": [], "4b": ["4b-2"]}}
            ],
            "units_without_items": ["E-sektionen"],
            "totals": {"central": 3, "local": 2, "local_units": 2}
        })
    );
    // The goals keep the strategy's order as JSON keys.
    let text = ok(&["status", "--by", "unit", "--format", "json"]);
    assert!(text.find("\"2b\"").unwrap() < text.find("\"4b\"").unwrap());
    // 2025-26: d-sektionen.toml's 4b-1 belongs to D-sektionen; 3a-2 serves 3a and 4b.
    let v = json_of(&[
        "status", "--by", "unit", "--year", "2025-26", "--format", "json",
    ]);
    assert_eq!(v["units"][0]["goals"]["4b"], json!(["3a-2"]));
    assert_eq!(v["units"][1]["unit"], "D-sektionen");
    assert_eq!(
        v["units_without_items"],
        json!(["E-sektionen", "Kemi-sektionen"])
    );
    assert_eq!(ok(&["status", "--by", "unit"]), expected("units.en.txt"));
    assert_eq!(
        ok(&["status", "--by", "unit", "--lang", "sv"]),
        expected("units.sv.txt")
    );
    let md = ok(&[
        "status", "--by", "unit", "--format", "markdown", "--lang", "sv",
    ]);
    assert!(md.contains("| Enhet | Åtgärder | 2b | 3a | 4b |"), "{md}");
    assert!(
        md.contains("Iakttagelse: en enhet i förteckningen har ingen åtgärd: E-sektionen."),
        "{md}"
    );
    let csv = ok(&["status", "--by", "unit", "--format", "csv"]);
    assert_eq!(
        csv,
        "unit,items,goals.2b,goals.3a,goals.4b\ncentral,3,\"2b-2, 2b-4\",3a-1,\nD-sektionen,1,,,4b-3\nKemi-sektionen,1,,,4b-2\n"
    );
}

#[test]
fn without_a_roster_units_are_what_the_items_and_files_name() {
    // Without `[plan] units`, kemi-sektionen.toml's item belongs to "kemi-sektionen"
    // (the file's own name), and no unit can be missing an item.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&plans(), dir.path());
    let plan = dir.path().join("2026-27/plan.toml");
    let text = fs::read_to_string(&plan).unwrap();
    let text = text.replace(
        "units = [\"central\", \"D-sektionen\", \"E-sektionen\", \"Kemi-sektionen\"]\n",
        "",
    );
    fs::write(&plan, text).unwrap();
    let run = on(dir.path(), &["status", "--by", "unit", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let units: Vec<&str> = v["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["unit"].as_str().unwrap())
        .collect();
    assert_eq!(units, ["central", "D-sektionen", "kemi-sektionen"]);
    assert_eq!(v["units_without_items"], json!([]));
}

#[test]
fn the_rosters_spelling_names_central_and_the_unit_files_units() {
    // With `units = ["Central", "KEMI-sektionen", "D-sektionen"]`, plan.toml's items
    // without `unit` are Central's and kemi-sektionen.toml's are KEMI-sektionen's:
    // names are matched with case ignored and shown as the roster writes them.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&plans(), dir.path());
    let plan = dir.path().join("2026-27/plan.toml");
    let text = fs::read_to_string(&plan).unwrap().replace(
        "units = [\"central\", \"D-sektionen\", \"E-sektionen\", \"Kemi-sektionen\"]",
        "units = [\"Central\", \"KEMI-sektionen\", \"D-sektionen\"]",
    );
    fs::write(&plan, text).unwrap();
    let run = on(dir.path(), &["status", "--by", "unit", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let units: Vec<(&str, u64)> = v["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["unit"].as_str().unwrap(), u["items"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        units,
        [("Central", 3), ("KEMI-sektionen", 1), ("D-sektionen", 1)]
    );
    assert_eq!(
        v["totals"],
        json!({"central": 3, "local": 2, "local_units": 2})
    );
}

#[test]
fn status_shows_the_outcome_beside_the_health() {
    // 2b: info-english met (91.1 >= 90), late-replies met (5 <= 5): 2 of 2.
    // 3a: equal-chances not met: 0 of 1.
    // 4b: buddies met, mentors never measured.
    let v = json_of(&["status", "--format", "json"]);
    assert_eq!(
        v["goals"][2]["outcome"],
        json!([{"id": "buddies", "met": true, "measured": true},
               {"id": "mentors", "met": null, "measured": false}])
    );
    assert_eq!(v["goals"][1]["health"], "at-risk");
    assert_eq!(
        v["goals"][1]["outcome"],
        json!([{"id": "equal-chances", "met": false, "measured": true}])
    );
    assert_eq!(ok(&["status"]), expected("status.en.txt"));
    assert_eq!(ok(&["status", "--lang", "sv"]), expected("status.sv.txt"));
    let week = ok(&["week"]);
    assert!(
        week.contains("\nOutcome (indicator targets met, by goal): 2b 2 of 2 met; 3a 0 of 1 met; 4b 1 of 1 met, 1 not measured.\n"),
        "{week}"
    );
    let week = ok(&["week", "--lang", "sv"]);
    assert!(
        week.contains("\nUtfall (uppnådda målvärden per mål): 2b 2 av 2 uppnådda; 3a 0 av 1 uppnådda; 4b 1 av 1 uppnått, 1 utan mätning.\n"),
        "{week}"
    );
    let html = ok(&["week", "--format", "html"]);
    assert_eq!(html.matches("<figure class=\"trend\">").count(), 5);
}

#[test]
fn a_new_year_does_not_take_the_old_measurements_for_a_unit_file() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&plans(), dir.path());
    fs::remove_dir_all(dir.path().join("2027-28")).unwrap();
    let run = on(dir.path(), &["init", "--year", "2027-28"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut made: Vec<String> = fs::read_dir(dir.path().join("2027-28"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    made.sort();
    assert_eq!(made, ["kemi-sektionen.toml", "plan.toml"]);
}

#[test]
fn man_page_and_completions_know_the_new_commands() {
    let man = intplan(&fixtures("council"), &["man"]);
    assert!(
        man.stdout.contains("\nintplan\\-indicators(1)\n"),
        "{}",
        man.stdout
    );
    assert!(
        man.stdout.contains("\nintplan\\-followup(1)\n"),
        "{}",
        man.stdout
    );
    // Completion asks the binary, as the bash script does on each TAB.
    let complete = |index: &str, words: &[&str]| {
        let mut args = vec!["--"];
        args.extend_from_slice(words);
        intplan_env(
            &fixtures("council"),
            &args,
            &[
                ("INTPLAN_COMPLETE", "bash"),
                ("_INTPLAN_COMPLETE_INDEX", index),
            ],
        )
        .stdout
    };
    assert_eq!(complete("1", &["intplan", "fol"]), "followup");
    assert_eq!(complete("1", &["intplan", "ind"]), "indicators");
    assert_eq!(complete("3", &["intplan", "status", "--by", "u"]), "unit");
    // --unit offers the roster and every item's unit, defaults included.
    let units = complete("5", &["intplan", "-p", "plans", "items", "--unit", ""]);
    assert_eq!(units, "D-sektionen\nE-sektionen\nKemi-sektionen\ncentral");
}

#[test]
fn followup_of_a_plan_that_does_not_load_stops_with_its_errors() {
    // examples/broken/2025-26/plan.toml is not valid TOML: that year cannot be
    // followed up. Exit 1, the errors on stderr, and in JSON one error document.
    let broken = common::root().join("examples/broken");
    let run = on(&broken, &["followup"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[toml-syntax]"), "{}", run.stderr);
    assert!(
        run.stderr
            .ends_with("error: the plan cannot be read in full; fix the errors above first\n"),
        "{}",
        run.stderr
    );
    let run = on(&broken, &["followup", "--format", "json"]);
    assert_eq!(run.code, 1);
    let v: Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    assert_eq!(v["error"]["code"], "invalid-plan");
    // From 2026-27 on, the broken year is not followed up: the report comes, with a
    // note that the plan has errors.
    let run = on(
        &broken,
        &["followup", "--from", "2026-27", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("note: the plan has "),
        "{}",
        run.stderr
    );
}
