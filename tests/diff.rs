//! `diff` leaves nothing out: every field of every item, items moving between files,
//! new notes, the plan header and the goals, between two plan folders
//! (`tests/fixtures/diff/old` and `new`) and between git revisions, where a unit
//! file with a non-ASCII name is read like any other, a renamed plan folder is
//! followed, and `--since DATE` picks the newest commit on or before a day, for
//! `diff` and for `week`.

mod common;

use std::fs;
use std::path::Path;

use common::git::{git, short};
use common::plans::copy_dir;
use common::{fixtures, intplan};

const AS_OF: &str = "2026-11-28";

/// The whole difference between the fixture's old and new plan, as the table shows it.
const CHANGES: &str = "\
Id      Change                 Details
──────  ─────────────────────  ─────────────────────────────────────────────────────────────────────
[plan]  plan lead              Vice ordförande → Utbildningsenheten
[plan]  last review            2026-10-20 → 2026-11-20
[plan]  posts                  added Internationella utskottet; removed Kassör
1a      goal owner             Utbildningsenheten → Utbildningsenheten, Vice ordförande
1a      goal note              Through the programme boards. → —
1b      goal note              — → Shared with the union building.
1a-1    title (English)        Translate the statutes → Translate the statutes and regulations
1a-1    goals                  1a → 1a, 1b
1a-1    owner                  Vice ordförande → Utbildningsenheten
1a-1    status                 active → done
1a-1    start                  — → 2026-09-01
1a-1    completed              — → 2026-11-18
1a-2    cadence                every 2 months → every term
1a-2    last done              2026-09-30 → 2026-11-15
1a-2    target groups          exchange students → exchange students, programme students from the EU
1a-2    note                   2026-11-15 Utbildningsenheten: LP1 evaluations checked.
1b-2    description (Swedish)  — → Fråga fullmäktige.
1b-2    description (English)  — → Ask the council.
1b-2    description            Ask the council. → —
1b-2    status                 planned → blocked
1b-2    due                    2027-03-01 → 2027-04-01
1b-2    unit                   — → central
1b-3    moved                  kårhuset.toml → plan.toml
1b-3    owner                  Kommunikationsansvarig → Internationella utskottet
1b-4    added                  Welcome fair
1b-1    moved                  plan.toml → kårhuset.toml
";

fn run(plan: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["--as-of", AS_OF, "-p", plan.to_str().unwrap()];
    all.extend_from_slice(args);
    intplan(&fixtures(""), &all)
}

#[test]
fn a_multi_field_change_between_two_folders_is_shown_whole() {
    let new = fixtures("diff/new");
    let run = run(&new, &["diff", "diff/old"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, format!("Changes since diff/old\n{CHANGES}"));
}

#[test]
fn the_json_names_each_change_and_field() {
    let out = run(
        &fixtures("diff/new"),
        &["diff", "diff/old", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["year"], "2026-27");
    assert_eq!(v["against"], "diff/old");
    let kinds: Vec<String> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let what = c["field"].as_str().unwrap_or_default();
            let of = c["item"].as_str().or(c["goal"].as_str()).unwrap_or("plan");
            format!("{} {of} {what}", c["change"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "plan plan lead",
            "plan plan reviewed",
            "plan plan owners",
            "goal 1a owner",
            "goal 1a note",
            "goal 1b note",
            "field 1a-1 title.en",
            "field 1a-1 goals",
            "field 1a-1 owner",
            "field 1a-1 status",
            "field 1a-1 start",
            "field 1a-1 completed",
            "field 1a-2 every",
            "field 1a-2 last_done",
            "field 1a-2 groups",
            "logged 1a-2 ",
            "field 1b-2 description.sv",
            "field 1b-2 description.en",
            "field 1b-2 description",
            "field 1b-2 status",
            "field 1b-2 due",
            "field 1b-2 unit",
            "moved 1b-3 ",
            "field 1b-3 owner",
            "added 1b-4 ",
            "moved 1b-1 ",
        ]
    );
    let changes = &v["changes"];
    assert_eq!(
        changes[3],
        serde_json::json!({"change": "goal", "goal": "1a", "field": "owner",
            "from": ["Utbildningsenheten"], "to": ["Utbildningsenheten", "Vice ordförande"]})
    );
    assert_eq!(
        changes[12],
        serde_json::json!({"change": "field", "item": "1a-2", "field": "every", "from": "2 months", "to": "term"})
    );
    assert_eq!(
        changes[15],
        serde_json::json!({"change": "logged", "item": "1a-2", "date": "2026-11-15",
            "by": "Utbildningsenheten", "note": "LP1 evaluations checked."})
    );
    assert_eq!(
        changes[22],
        serde_json::json!({"change": "moved", "item": "1b-3", "from": "kårhuset.toml", "to": "plan.toml"})
    );
    assert_eq!(
        changes[24],
        serde_json::json!({"change": "added", "item": "1b-4", "file": "plan.toml",
            "title": {"sv": "Välkomstmässa", "en": "Welcome fair"}})
    );
}

#[test]
fn the_diff_in_swedish() {
    let out = run(&fixtures("diff/new"), &["diff", "diff/old", "--lang", "sv"]);
    assert_eq!(
        out.stdout,
        "Ändringar sedan diff/old
Id      Ändring                       Detaljer
──────  ────────────────────────────  ───────────────────────────────────────────────────────────────
[plan]  ansvarig för handlingsplanen  Vice ordförande → Utbildningsenheten
[plan]  senast genomgången            2026-10-20 → 2026-11-20
[plan]  förteckning över poster       tillagda: Internationella utskottet; borttagna: Kassör
1a      ansvarig post för målet       Utbildningsenheten → Utbildningsenheten, Vice ordförande
1a      anteckning om målet           Through the programme boards. → —
1b      anteckning om målet           — → Shared with the union building.
1a-1    titel (engelska)              Translate the statutes → Translate the statutes and regulations
1a-1    mål                           1a → 1a, 1b
1a-1    ansvarig post                 Vice ordförande → Utbildningsenheten
1a-1    status                        pågår → genomförd
1a-1    start                         — → 2026-09-01
1a-1    genomförd                     — → 2026-11-18
1a-2    intervall                     var 2:a månad → varje termin
1a-2    senast genomförd              2026-09-30 → 2026-11-15
1a-2    målgrupper                    utbytesstudenter → utbytesstudenter, programstudenter från EU
1a-2    anteckning                    2026-11-15 Utbildningsenheten: LP1 evaluations checked.
1b-2    beskrivning (svenska)         — → Fråga fullmäktige.
1b-2    beskrivning (engelska)        — → Ask the council.
1b-2    beskrivning                   Ask the council. → —
1b-2    status                        planerad → blockerad
1b-2    klart senast                  2027-03-01 → 2027-04-01
1b-2    enhet                         — → centralt
1b-3    flyttad                       kårhuset.toml → plan.toml
1b-3    ansvarig post                 Kommunikationsansvarig → Internationella utskottet
1b-4    ny                            Välkomstmässa
1b-1    flyttad                       plan.toml → kårhuset.toml
"
    );
}

/// A repository whose `plans/` held the old plan on 2026-11-10 and the new plan
/// on 2026-11-25 (by default core.quotePath, so git would quote `kårhuset.toml`).
fn history() -> (tempfile::TempDir, String) {
    let repo = tempfile::tempdir().unwrap();
    let plans = repo.path().join("plans");
    copy_dir(&fixtures("diff/old"), &plans);
    git(repo.path(), &["init", "-q"], "2026-11-10T12:00:00+01:00");
    git(repo.path(), &["add", "."], "2026-11-10T12:00:00+01:00");
    git(
        repo.path(),
        &["commit", "-qm", "old"],
        "2026-11-10T12:00:00+01:00",
    );
    let old = short(repo.path(), "HEAD");
    fs::remove_dir_all(&plans).unwrap();
    copy_dir(&fixtures("diff/new"), &plans);
    git(repo.path(), &["add", "-A"], "2026-11-25T12:00:00+01:00");
    git(
        repo.path(),
        &["commit", "-qm", "new"],
        "2026-11-25T12:00:00+01:00",
    );
    (repo, old)
}

#[test]
fn a_unit_file_with_a_non_ascii_name_is_read_from_git() {
    let (repo, _) = history();
    let plans = repo.path().join("plans");
    let new = short(repo.path(), "HEAD");
    let out = run(&plans, &["diff", "--against", "HEAD"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        format!(
            "Changes since HEAD ({new}, 2026-11-25)\nNo changes since HEAD ({new}, 2026-11-25).\n"
        )
    );
}

#[test]
fn since_a_date_and_against_a_revision_give_the_whole_diff() {
    let (repo, old) = history();
    let plans = repo.path().join("plans");
    let expected = format!("Changes since {old} (2026-11-10)\n{CHANGES}");
    let out = run(&plans, &["diff", "--since", "2026-11-20"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(out.stdout, expected);
    // The default: the newest commit at least 7 days before --as-of.
    assert_eq!(run(&plans, &["diff"]).stdout, expected);
    assert_eq!(run(&plans, &["diff", "--since"]).stdout, expected);
    let rev = run(&plans, &["diff", "--against", "HEAD~1"]);
    assert_eq!(
        rev.stdout,
        format!("Changes since HEAD~1 ({old}, 2026-11-10)\n{CHANGES}")
    );
    let new = short(repo.path(), "HEAD");
    assert_eq!(
        run(&plans, &["diff", "--since", "2026-11-25"]).stdout,
        format!("Changes since {new} (2026-11-25)\nNo changes since {new} (2026-11-25).\n")
    );
    let none = run(&plans, &["diff", "--since", "2026-11-01"]);
    assert_eq!((none.code, none.stdout.as_str()), (2, ""));
    assert_eq!(
        none.stderr,
        format!(
            "error: no commit of {} is from 2026-11-01 or earlier; pass --against REV, a later --since DATE, or a plan folder\n",
            plans.display()
        )
    );
    let bad = run(&plans, &["diff", "--since", "2026-13-01"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("`2026-13-01` is not a date"),
        "{}",
        bad.stderr
    );
}

#[test]
fn week_takes_since_a_date_and_defaults_like_diff() {
    let (repo, old) = history();
    let plans = repo.path().join("plans");
    let by_date = format!("\nChanges since {old} (2026-11-10)\n{CHANGES}");
    let by_rev = format!("\nChanges since HEAD~1 ({old}, 2026-11-10)\n{CHANGES}");
    for (args, tail) in [
        (&["week", "--since", "2026-11-23"][..], &by_date),
        (&["week", "--since"], &by_date),
        (&["week", "--since", "HEAD~1"], &by_rev),
        (&["week", "--against", "HEAD~1"], &by_rev),
    ] {
        let out = run(&plans, args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(
            out.stdout.ends_with(tail.as_str()),
            "{args:?}\n{}",
            out.stdout
        );
    }
    let plain = run(&plans, &["week"]);
    assert!(!plain.stdout.contains("Changes since"), "{}", plain.stdout);
    let json: serde_json::Value = serde_json::from_str(
        &run(
            &plans,
            &["week", "--since", "2026-11-23", "--format", "json"],
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(json["changes"]["changes"].as_array().unwrap().len(), 26);
}

#[test]
fn a_renamed_plan_folder_is_followed() {
    let (repo, old) = history();
    git(
        repo.path(),
        &["mv", "plans", "handlingsplan"],
        "2026-11-26T12:00:00+01:00",
    );
    git(
        repo.path(),
        &["commit", "-qm", "rename"],
        "2026-11-26T12:00:00+01:00",
    );
    let plans = repo.path().join("handlingsplan");
    let out = run(&plans, &["diff", "--against", "HEAD~2"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        format!(
            "Changes since HEAD~2 ({old}, 2026-11-10), when the plan folder was plans\n{CHANGES}"
        )
    );
}

#[test]
fn a_plan_folder_git_cannot_follow_is_refused_not_shown_as_all_added() {
    let repo = tempfile::tempdir().unwrap();
    fs::write(repo.path().join("README"), "the union's documents\n").unwrap();
    git(repo.path(), &["init", "-q"], "2026-11-10T12:00:00+01:00");
    git(repo.path(), &["add", "."], "2026-11-10T12:00:00+01:00");
    git(
        repo.path(),
        &["commit", "-qm", "start"],
        "2026-11-10T12:00:00+01:00",
    );
    let first = short(repo.path(), "HEAD");
    let plans = repo.path().join("plans");
    copy_dir(&fixtures("diff/new"), &plans);
    git(repo.path(), &["add", "."], "2026-11-25T12:00:00+01:00");
    git(
        repo.path(),
        &["commit", "-qm", "plan"],
        "2026-11-25T12:00:00+01:00",
    );
    let out = run(&plans, &["diff", "--against", "HEAD~1"]);
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert_eq!(
        out.stderr,
        format!(
            "error: {} did not exist at HEAD~1 ({first}, 2026-11-10), and git finds no rename into it, so every item would look added; compare with a later revision, or with a plan folder: intplan diff OLD_DIR\n",
            plans.display()
        )
    );
}

/// A plan file in git larger than any plan (here 65 MB of comments, as a log file
/// committed by mistake would be) is refused before it is read, naming it, as the
/// same file on disk is: exit 2, not the memory filled.
#[test]
fn a_huge_blob_in_git_is_refused_as_a_huge_file_is() {
    let (repo, _) = history();
    let plans = repo.path().join("plans");
    let plan = plans.join("2026-27/plan.toml");
    let text = fs::read_to_string(&plan).unwrap();
    let line = format!("# {}\n", "x".repeat(1021));
    fs::write(&plan, format!("{text}{}", line.repeat(65 * 1024))).unwrap();
    git(
        repo.path(),
        &["commit", "-qam", "huge"],
        "2026-11-26T12:00:00+01:00",
    );
    let huge = short(repo.path(), "HEAD");
    fs::write(&plan, &text).unwrap();
    git(
        repo.path(),
        &["commit", "-qam", "fixed"],
        "2026-11-27T12:00:00+01:00",
    );
    let out = run(&plans, &["diff", "--against", "HEAD~1"]);
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert_eq!(
        out.stderr,
        format!(
            "error: cannot read {}@{huge}/2026-27/plan.toml: it is larger than 64 MB, far more than any plan\n",
            plans.display()
        )
    );
}

/// Two copies of the fixture's new plan; `edit` changes the newer one.
fn two_copies(edit: impl FnOnce(&Path)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures("diff/new"), &dir.path().join("old"));
    copy_dir(&fixtures("diff/new"), &dir.path().join("new"));
    edit(&dir.path().join("new/2026-27"));
    dir
}

fn replace(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{from} not in {}", file.display());
    fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_log_note_edited_in_place_or_removed_is_shown() {
    let dir = two_copies(|year| {
        replace(
            &year.join("kårhuset.toml"),
            "Twenty came.",
            "Twenty-two came.",
        );
        let plan = year.join("plan.toml");
        replace(
            &plan,
            "by = \"Utbildningsenheten\"\nnote = \"LP1",
            "by = \"Vice ordförande\"\nnote = \"LP1",
        );
    });
    replace(
        &dir.path().join("old/2026-27/plan.toml"),
        "note = \"LP1 evaluations checked.\"\n",
        "note = \"LP1 evaluations checked.\"\n\n[[item.log]]\ndate = 2026-10-01\nnote = \"Survey drafted.\"\n",
    );
    let new = dir.path().join("new");
    let out = run(&new, &["diff", dir.path().join("old").to_str().unwrap()]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let body: String = out
        .stdout
        .lines()
        .skip(1)
        .map(|l| format!("{}\n", l.trim_end()))
        .collect();
    assert_eq!(
        body,
        "\
Id    Change        Details
────  ────────────  ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
1a-2  note changed  2026-11-15 Utbildningsenheten: LP1 evaluations checked. → 2026-11-15 Vice ordförande: LP1 evaluations checked.
1a-2  note removed  2026-10-01: Survey drafted.
1b-1  note changed  2026-10-28 Kommunikationsansvarig: Twenty came. → 2026-10-28 Kommunikationsansvarig: Twenty-two came.
"
    );
    let json = run(
        &new,
        &[
            "diff",
            dir.path().join("old").to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        v["changes"],
        serde_json::json!([
            {"change": "log-changed", "item": "1a-2", "date": "2026-11-15",
             "from": {"by": "Utbildningsenheten", "note": "LP1 evaluations checked."},
             "to": {"by": "Vice ordförande", "note": "LP1 evaluations checked."}},
            {"change": "log-removed", "item": "1a-2", "date": "2026-10-01",
             "by": null, "note": "Survey drafted."},
            {"change": "log-changed", "item": "1b-1", "date": "2026-10-28",
             "from": {"by": "Kommunikationsansvarig", "note": "Twenty came."},
             "to": {"by": "Kommunikationsansvarig", "note": "Twenty-two came."}},
        ])
    );
    let sv = run(
        &new,
        &[
            "diff",
            dir.path().join("old").to_str().unwrap(),
            "--lang",
            "sv",
        ],
    );
    assert!(
        sv.stdout
            .contains("1a-2  anteckning ändrad     2026-11-15 Utbildningsenheten: LP1"),
        "{}",
        sv.stdout
    );
    assert!(
        sv.stdout
            .contains("1a-2  anteckning borttagen  2026-10-01: Survey drafted.\n"),
        "{}",
        sv.stdout
    );
}

#[test]
fn an_old_copy_that_does_not_load_is_refused_naming_where() {
    let dir = two_copies(|_| {});
    let old = dir.path().join("old");
    fs::write(old.join("2026-27/kårhuset.toml"), "[[item]\nid = \"x\"\n").unwrap();
    let out = run(&dir.path().join("new"), &["diff", old.to_str().unwrap()]);
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    let o = old.display();
    assert_eq!(
        out.stderr,
        format!(
            "error: the 2026-27 plan in {o} cannot be read in full \
             ({o}/2026-27/kårhuset.toml:1:8: TOML: unclosed array table, expected `]`), \
             so there is nothing sound to compare with\n"
        )
    );
}

/// `week --owner/--goal --since`: the changes section shows the changes of the
/// items that pass the filters before or after (an item given to the post counts)
/// and of the goals the report shows, as every other section of the filtered week
/// does; the plan header's changes are about no item and go. Before, the section
/// was the whole diff under a filtered heading.
#[test]
fn a_filtered_week_shows_the_changes_of_what_it_shows() {
    let (repo, old) = history();
    let plans = repo.path().join("plans");
    let owner = run(
        &plans,
        &[
            "week",
            "--since",
            "2026-11-23",
            "--owner",
            "Utbildningsenheten",
        ],
    );
    assert_eq!(owner.code, 0, "{}", owner.stderr);
    assert!(
        owner.stdout.ends_with(&format!(
            "\nChanges since {old} (2026-11-10)
Id    Change           Details
────  ───────────────  ─────────────────────────────────────────────────────────────────────
1a    goal owner       Utbildningsenheten → Utbildningsenheten, Vice ordförande
1a    goal note        Through the programme boards. → —
1b    goal note        — → Shared with the union building.
1a-1  title (English)  Translate the statutes → Translate the statutes and regulations
1a-1  goals            1a → 1a, 1b
1a-1  owner            Vice ordförande → Utbildningsenheten
1a-1  status           active → done
1a-1  start            — → 2026-09-01
1a-1  completed        — → 2026-11-18
1a-2  cadence          every 2 months → every term
1a-2  last done        2026-09-30 → 2026-11-15
1a-2  target groups    exchange students → exchange students, programme students from the EU
1a-2  note             2026-11-15 Utbildningsenheten: LP1 evaluations checked.
"
        )),
        "{}",
        owner.stdout
    );
    let goal: serde_json::Value = serde_json::from_str(
        &run(
            &plans,
            &[
                "week",
                "--since",
                "2026-11-23",
                "--goal",
                "1b",
                "--format",
                "json",
            ],
        )
        .stdout,
    )
    .unwrap();
    let ids: Vec<&str> = (goal["changes"]["changes"].as_array().unwrap().iter())
        .map(|c| {
            c.get("item")
                .or(c.get("goal"))
                .and_then(|v| v.as_str())
                .unwrap()
        })
        .collect();
    assert_eq!(
        ids,
        [
            "1b", "1a-1", "1a-1", "1a-1", "1a-1", "1a-1", "1a-1", "1b-2", "1b-2", "1b-2", "1b-2",
            "1b-2", "1b-2", "1b-3", "1b-3", "1b-4", "1b-1"
        ]
    );
}

/// A title whose form alone changed (a plain string written as `{ sv, en }` with
/// the same words) reads the same in both languages: no change, as two spellings of
/// one cadence are none. A real change in one language is still shown.
#[test]
fn a_title_that_only_changed_its_form_is_no_change() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    copy_dir(&fixtures("diff/new"), &old);
    copy_dir(&fixtures("diff/new"), &new);
    let plan = new.join("2026-27/plan.toml");
    let text = fs::read_to_string(&plan).unwrap();
    let same = text.replacen(
        "title = \"Course evaluations\"",
        "title = { sv = \"Course evaluations\", en = \"Course evaluations\" }",
        1,
    );
    fs::write(&plan, &same).unwrap();
    let out = run(&new, &["diff", old.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("\nNo changes since "), "{}", out.stdout);
    let changed = text.replacen(
        "title = \"Course evaluations\"",
        "title = { sv = \"Kursutvärderingar\", en = \"Course evaluations\" }",
        1,
    );
    fs::write(&plan, &changed).unwrap();
    let out = run(&new, &["diff", old.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let fields: Vec<&str> = (json["changes"].as_array().unwrap().iter())
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["title.sv", "title.en", "title"]);
}
