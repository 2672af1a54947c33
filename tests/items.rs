//! `intplan items` on the fixture plan in tests/fixtures/items, on 2026-11-28. Every
//! expected list is worked out by hand from the comments in that plan: each item's
//! next due date, days late or left, and whether it is stale on that day.

mod common;

use common::{fixtures, intplan};
use serde_json::Value;

const AS_OF: &str = "2026-11-28";

fn items(args: &[&str]) -> common::Run {
    let mut all = vec!["-p", ".", "--as-of", AS_OF, "items"];
    all.extend_from_slice(args);
    intplan(&fixtures("items"), &all)
}

/// The ids `items ARGS --format json` lists, in order.
fn ids(args: &[&str]) -> Vec<String> {
    let run = items(&[args, &["--format", "json"]].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list: Value = serde_json::from_str(&run.stdout).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn by_default_open_items_by_next_due_date_undated_last() {
    // Open: everything but 2a-1 (done) and 3a-1 (dropped). 1a-2 and 2b-9 are both due
    // 2026-11-20, so the id decides; 2a-2 has no date.
    assert_eq!(
        ids(&[]),
        ["1a-2", "2b-9", "3a-2", "2b-10", "3a-3", "1a-1", "2a-2"]
    );
    // --all adds the done and the dropped item, neither with a next due date.
    assert_eq!(
        ids(&["--all"]),
        [
            "1a-2", "2b-9", "3a-2", "2b-10", "3a-3", "1a-1", "2a-1", "2a-2", "3a-1"
        ]
    );
}

#[test]
fn each_filter_keeps_what_it_says() {
    assert_eq!(ids(&["--goal", "2b"]), ["2b-9", "2b-10"]);
    assert_eq!(
        ids(&["--goal", "2B"]),
        ["2b-9", "2b-10"],
        "case of a goal id"
    );
    // Any of several goals: 2b-10 and 3a-2 serve 2a besides their first goal.
    assert_eq!(
        ids(&["--goal", "2a", "--goal", "1a"]),
        ["1a-2", "3a-2", "2b-10", "1a-1", "2a-2"]
    );
    assert_eq!(
        ids(&["--owner", "kommunikationsansvarig"]),
        ["2b-10", "2a-2"]
    );
    assert_eq!(ids(&["--status", "blocked"]), ["1a-1"]);
    // An explicit status shows done and dropped items.
    assert_eq!(
        ids(&["--status", "done", "--status", "dropped"]),
        ["2a-1", "3a-1"]
    );
    assert_eq!(ids(&["--kind", "ongoing"]), ["1a-2", "3a-2"]);
    assert_eq!(ids(&["--unit", "d-sektionen"]), ["3a-2"]);
    // An item of plan.toml without `unit` is central's (Year::unit_of): all the open
    // items of plan.toml, not only 1a-2, which says so.
    assert_eq!(
        ids(&["--unit", "central"]),
        ["1a-2", "2b-9", "2b-10", "3a-3", "1a-1", "2a-2"]
    );
    assert_eq!(ids(&["--group", "non-eu"]), ["3a-2", "3a-3"]);
    assert_eq!(ids(&["--overdue"]), ["1a-2", "2b-9"]);
    assert_eq!(ids(&["--stale"]), ["1a-2", "1a-1"]);
    // Strictly before and after: 3a-2 is due 2026-12-09, 2b-10 2027-01-15.
    assert_eq!(ids(&["--due-before", "2026-12-09"]), ["1a-2", "2b-9"]);
    assert_eq!(ids(&["--due-after", "2027-01-15"]), ["3a-3", "1a-1"]);
}

#[test]
fn filters_combine_and_every_one_must_hold() {
    assert_eq!(
        ids(&["--goal", "3a", "--group", "exchange", "--kind", "ongoing"]),
        ["3a-2"]
    );
    assert_eq!(
        ids(&["--owner", "Utbildningsansvarig", "--stale"]),
        ["1a-2", "1a-1"]
    );
    assert_eq!(ids(&["--overdue", "--kind", "project"]), ["2b-9"]);
    assert!(ids(&["--goal", "2b", "--kind", "ongoing"]).is_empty());
}

#[test]
fn grep_finds_titles_descriptions_and_notes_in_both_languages() {
    // 2b-10's Swedish description and 2a-2's Swedish title say "förändringar";
    // the dropped 3a-1's log note says "FÖRÄNDRING".
    assert_eq!(ids(&["--grep", "FÖRÄNDRING"]), ["2b-10", "2a-2"]);
    assert_eq!(
        ids(&["--grep", "förändring", "--all"]),
        ["2b-10", "2a-2", "3a-1"]
    );
    // Accents matter: without them nothing matches.
    assert!(ids(&["--grep", "forandring", "--all"]).is_empty());
    // English: 2b-10's description, 2a-2's title.
    assert_eq!(ids(&["--grep", "CHANGES"]), ["2b-10", "2a-2"]);
    // A log note.
    assert_eq!(ids(&["--grep", "programme board"]), ["1a-1"]);
}

#[test]
fn sorting_by_each_key_and_reversed() {
    assert_eq!(
        ids(&["--sort", "id"]),
        ["1a-1", "1a-2", "2a-2", "2b-9", "2b-10", "3a-2", "3a-3"]
    );
    assert_eq!(
        ids(&["--sort", "id", "--reverse"]),
        ["3a-3", "3a-2", "2b-10", "2b-9", "2a-2", "1a-2", "1a-1"]
    );
    // Latest first; the undated item stays last.
    assert_eq!(
        ids(&["--reverse"]),
        ["1a-1", "3a-3", "2b-10", "3a-2", "1a-2", "2b-9", "2a-2"]
    );
    // Owners alphabetically, then by due date.
    assert_eq!(
        ids(&["--sort", "owner"]),
        ["3a-2", "2b-10", "2a-2", "3a-3", "1a-2", "1a-1", "2b-9"]
    );
    // First goal in the strategy's order, then by due date.
    assert_eq!(
        ids(&["--sort", "goal"]),
        ["1a-2", "1a-1", "2a-2", "2b-9", "2b-10", "3a-2", "3a-3"]
    );
    // Oldest sign of life first: the neglected items on top.
    assert_eq!(
        ids(&["--sort", "last-activity"]),
        ["1a-1", "1a-2", "2b-10", "2b-9", "2a-2", "3a-3", "3a-2"]
    );
}

#[test]
fn the_table_says_how_many_of_how_many_and_which_filters() {
    let run = items(&["--goal", "2b"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Items: action plan 2026/27, as of 2026-11-28
Id     Item                    Goals   Owner                   Kind     Status   Next due    Late / left   Unit  Last sign of life
─────  ──────────────────────  ──────  ──────────────────────  ───────  ───────  ──────────  ────────────  ────  ─────────────────
2b-9   Translate the statutes  2b      Vice kårordförande      project  active   2026-11-20  8 days late         2026-11-10
2b-10  Glossary                2b, 2a  Kommunikationsansvarig  project  planned  2027-01-15  48 days left        2026-11-01

2 of 9 items shown. Filters: goal 2b; open items only (--all shows done and dropped).
"
    );
}

/// A post typed in another case is named as the plan spells it, as every other
/// report's heading does.
#[test]
fn the_filters_line_names_the_post_as_the_plan_spells_it() {
    let run = items(&["--owner", "VICE kårordförande"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let last = run.stdout.lines().last().unwrap_or_default();
    assert_eq!(
        last,
        "1 of 9 items shown. Filters: owner Vice kårordförande; open items only (--all shows done and dropped)."
    );
}

#[test]
fn in_swedish_every_word_is_swedish() {
    let run = items(&["--lang", "sv", "--kind", "ongoing", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "## Åtgärder: handlingsplan 2026/27, per 2026-11-28

| Id | Åtgärd | Mål | Ansvarig | Typ | Status | Nästa datum | Försenad / kvar | Enhet | Senaste livstecken |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 1a-2 | Course evaluations | 1a | Utbildningsansvarig | löpande arbete | pågår | 2026-11-20 | 8 dagar försenad | centralt | 2026-10-20 |
| 3a-2 | Språkcafé | 3a, 2a | D-sektionens internationellt ansvarig | löpande arbete | pågår | 2026-12-09 | 11 dagar kvar | D-sektionen | 2026-11-25 |

2 av 9 åtgärder visas. Filter: bara öppna åtgärder (--all visar även genomförda och strukna); bara löpande arbete.
"
    );
}

#[test]
fn an_empty_result_names_the_filters_and_exits_0() {
    let run = items(&["--grep", "forandring"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Items: action plan 2026/27, as of 2026-11-28
No item of the 2026/27 plan matches: open items only (--all shows done and dropped); mentions “forandring”.
"
    );
    let json = items(&["--grep", "forandring", "--format", "json"]);
    assert_eq!((json.code, json.stdout.as_str()), (0, "[]\n"));
}

#[test]
fn a_misspelt_owner_or_goal_is_a_usage_error_with_a_suggestion() {
    let run = items(&["--owner", "Utbildningsansvarg"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("(did you mean `Utbildningsansvarig`?)"),
        "{}",
        run.stderr
    );
    let run = items(&["--goal", "2c"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("did you mean"), "{}", run.stderr);
}

/// `--unit` is held to the year's units as `--owner` is to its posts: a misspelt
/// unit once matched nothing and exited 0, as if the unit had no open item.
#[test]
fn a_misspelt_unit_is_a_usage_error_and_a_unit_in_another_case_is_the_plans() {
    let run = items(&["--unit", "D-sektione"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: no unit `D-sektione` in the 2026/27 plan (did you mean `D-sektionen`?); \
         its units are: central, D-sektionen\n"
    );
    assert_eq!(
        ids(&["--unit", "d-SEKTIONEN"]),
        ids(&["--unit", "D-sektionen"])
    );
    let run = items(&["--unit", "d-SEKTIONEN"]);
    assert!(
        run.stdout.ends_with("unit D-sektionen.\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn csv_has_one_row_per_item() {
    let run = items(&["--status", "done", "--format", "csv", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Id,Item,Goals,Owner,Kind,Status,Next due,Late / left,Unit,Last sign of life
2a-1,Web pages in English,2a,Kommunikationsansvarig,project,done,,,,2026-11-25
"
    );
    let run = items(&["--status", "done", "--format", "csv"]);
    assert_eq!(
        run.stdout,
        "id,title.sv,title.en,description.sv,description.en,goals,owner,kind,status,start,due,completed,every,last_done,groups,unit,next_due,days_overdue,stale,last_activity,log
2a-1,Web pages in English,Web pages in English,,,2a,Kommunikationsansvarig,project,done,2026-09-01,2026-12-01,2026-11-25,,,,,,,false,2026-11-25,
"
    );
}

/// The JSON of one item is the same object in `items`, `item show` and `export`.
#[test]
fn one_item_shape_in_items_item_show_and_export() {
    let list: Value = serde_json::from_str(&items(&["--all", "--format", "json"]).stdout).unwrap();
    let export = intplan(
        &fixtures("items"),
        &["-p", ".", "--as-of", AS_OF, "export", "--format", "json"],
    );
    let export: Value = serde_json::from_str(&export.stdout).unwrap();
    let exported = export["items"].as_array().unwrap();
    let listed = list.as_array().unwrap();
    assert_eq!(listed.len(), exported.len());
    for item in listed {
        let id = item["id"].as_str().unwrap();
        let same = exported.iter().find(|e| e["id"] == id).unwrap();
        assert_eq!(item, same, "{id} in items and export");
        let show = intplan(
            &fixtures("items"),
            &[
                "-p", ".", "--as-of", AS_OF, "item", "show", id, "--format", "json",
            ],
        );
        let mut show: Value = serde_json::from_str(&show.stdout).unwrap();
        let show = show.as_object_mut().unwrap();
        for extra in ["year", "as_of", "file", "goal_texts"] {
            assert!(show.remove(extra).is_some(), "item show has {extra}");
        }
        assert_eq!(
            &Value::Object(show.clone()),
            item,
            "{id} in items and item show"
        );
    }
}
