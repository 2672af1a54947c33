//! One verdict per rule: every command that shows whether an item is late (and by how
//! many days) or without signs of life must say the same of every item on every day.
//! For each item of the fixture plans and the shipped plans, on the day before its
//! next due date, on it and on the day after, this asks `overdue`, `status`,
//! `item show`, `week`, `export` and `items` in JSON and compares their answers.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use common::{fixtures, intplan, root};
use serde_json::Value;

/// Runs `intplan -p PLAN --year YEAR --as-of DAY ARGS` and parses its JSON.
fn json(plan: &Path, year: &str, day: NaiveDate, args: &[&str]) -> Value {
    let day = day.to_string();
    let mut all = vec!["--year", year, "--as-of", day.as_str()];
    all.extend_from_slice(args);
    let plan = plan.to_str().unwrap();
    let mut full = vec!["-p", plan];
    full.extend(all);
    let run = intplan(&root(), &full);
    assert!(
        run.code == 0 || run.code == 1,
        "{args:?} on {day}: {}",
        run.stderr
    );
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{args:?} on {day}: {e}\n{}", run.stdout))
}

/// Item id -> days overdue (None when not late), from a list of item objects.
fn lateness(items: &Value) -> BTreeMap<String, Option<i64>> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_owned(),
                i["days_overdue"].as_i64(),
            )
        })
        .collect()
}

/// The late items of a list of overdue rows, with their days.
fn late_rows(rows: &Value) -> BTreeMap<String, Option<i64>> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["days_overdue"].as_i64(),
            )
        })
        .collect()
}

fn ids(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Asks every command about one day of one year and checks they agree; `item show`
/// is asked about the items whose next due date is within a day of `day`.
fn agree_on(plan: &Path, year: &str, day: NaiveDate, shown: &BTreeSet<String>) {
    let export = json(plan, year, day, &["export", "--format", "json"]);
    let items = &export["items"];
    let truth = lateness(items);
    let late: BTreeMap<_, _> = truth
        .iter()
        .filter(|(_, d)| d.is_some())
        .map(|(id, d)| (id.clone(), *d))
        .collect();
    let stale: BTreeSet<String> = items
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["stale"] == true)
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    let at = format!("{} {year} on {day}", plan.display());

    let overdue = json(plan, year, day, &["overdue", "--format", "json"]);
    assert_eq!(late_rows(&overdue), late, "overdue vs export, {at}");

    let week = json(plan, year, day, &["week", "--format", "json"]);
    assert_eq!(late_rows(&week["overdue"]), late, "week vs export, {at}");
    let week_stale: BTreeSet<String> = ids(&week["stale"]);
    assert_eq!(week_stale, stale, "week's stale items vs export, {at}");

    let listed = json(
        plan,
        year,
        day,
        &["items", "--overdue", "--all", "--format", "json"],
    );
    assert_eq!(lateness(&listed), late, "items --overdue vs export, {at}");
    let listed = json(
        plan,
        year,
        day,
        &["items", "--stale", "--all", "--format", "json"],
    );
    assert_eq!(ids(&listed), stale, "items --stale vs export, {at}");

    let status = json(plan, year, day, &["status", "--format", "json"]);
    assert_eq!(
        status["totals"]["overdue"].as_u64().unwrap() as usize,
        late.len(),
        "status totals vs export, {at}"
    );
    assert_eq!(
        status["totals"]["stale"].as_u64().unwrap() as usize,
        stale.len(),
        "status stale total vs export, {at}"
    );
    for goal in status["goals"].as_array().unwrap() {
        let id = goal["id"].as_str().unwrap();
        let serving: Vec<&Value> = items
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["goals"].as_array().unwrap().iter().any(|g| g == id))
            .filter(|i| i["status"] != "dropped")
            .collect();
        let late_here = serving
            .iter()
            .filter(|i| !i["days_overdue"].is_null())
            .count();
        assert_eq!(
            goal["overdue"].as_u64().unwrap() as usize,
            late_here,
            "status goal {id} overdue vs export, {at}"
        );
        for reason in goal["reasons"].as_array().unwrap() {
            if let Some(days) = reason.get("days").and_then(Value::as_i64) {
                let item = reason["item"].as_str().unwrap();
                assert_eq!(truth[item], Some(days), "status reason for {item}, {at}");
            }
        }
    }

    for (id, days) in truth.iter().filter(|(id, _)| shown.contains(*id)) {
        let show = json(plan, year, day, &["item", "show", id, "--format", "json"]);
        assert_eq!(show["days_overdue"].as_i64(), *days, "item show {id}, {at}");
        assert_eq!(
            show["stale"] == true,
            stale.contains(id),
            "item show {id} stale, {at}"
        );
    }
}

/// The days worth asking about in a year, each with the items due around it: every
/// item's next due date (as of the period's first day) and due date, minus one day,
/// the day itself and plus one.
fn days_to_ask(plan: &Path, year: &str, first: NaiveDate) -> BTreeMap<NaiveDate, BTreeSet<String>> {
    let export = json(plan, year, first, &["export", "--format", "json"]);
    let mut days: BTreeMap<NaiveDate, BTreeSet<String>> = BTreeMap::new();
    for item in export["items"].as_array().unwrap() {
        let id = item["id"].as_str().unwrap();
        for key in ["next_due", "due"] {
            if let Some(due) = item[key].as_str() {
                let due: NaiveDate = due.parse().unwrap();
                let around = [
                    due.checked_sub_days(Days::new(1)),
                    Some(due),
                    due.checked_add_days(Days::new(1)),
                ];
                for day in around.into_iter().flatten() {
                    days.entry(day).or_default().insert(id.to_owned());
                }
            }
        }
    }
    days
}

fn every_day_agrees(plan: PathBuf, years: &[(&str, &str)]) {
    for (year, first) in years {
        let first: NaiveDate = first.parse().unwrap();
        for (day, shown) in days_to_ask(&plan, year, first) {
            agree_on(&plan, year, day, &shown);
        }
    }
}

#[test]
fn the_shipped_plans_agree_on_every_item() {
    every_day_agrees(
        root().join("plans"),
        &[("2025-26", "2025-07-01"), ("2026-27", "2026-07-01")],
    );
}

#[test]
fn the_fixture_plans_agree_on_every_item() {
    every_day_agrees(fixtures("items"), &[("2026-27", "2026-07-01")]);
    every_day_agrees(
        fixtures("dates"),
        &[("2026-27", "2026-07-01"), ("2027-28", "2027-07-01")],
    );
    every_day_agrees(fixtures("report/plans"), &[("2026-27", "2026-07-01")]);
}
