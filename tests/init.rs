//! `intplan init`, run as the built binary: a new year is started from the old
//! one through the same edit transaction as the item edits. Whole new files are
//! compared, and the old year is never touched.

mod common;

use std::fs;
use std::path::Path;

use common::plans::{folder, read, run_on, shipped, snapshot};

/// `init ARGS` in June 2027, while 2026/27 is still the year.
fn init(plans: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["init"];
    all.extend_from_slice(args);
    run_on(plans, "2027-06-20", &all)
}

const STRATEGY: &str = r#"[strategy]
title = "S"

[[area]]
id = "1"
title = "A"

[[area.goal]]
id = "1a"
text = "x"

[[area.goal]]
id = "1b"
text = "y"

[[area.goal]]
id = "2.1"
text = "z"
"#;

/// A year with every form init must carry: dotted title keys, a comment on a
/// value, a log to leave behind, items inline in a unit file, a goal whose id is
/// not a bare key (`"2.1"`), goal notes, and a `#:schema` line.
const OLD_PLAN: &str = r#"# The board's plan.
#:schema ../../schemas/plan.schema.json

[plan]
period = { start = 2026-07-01, end = 2027-06-30 }
lead = "Vice kårordförande"
reviewed = 2026-11-20
owners = ["Vice kårordförande", "Utbildningsansvarig"]

[goals.1a]
owner = "Utbildningsansvarig"
note = "Through the programme boards."

[goals.1b]
owner = "Vice kårordförande"

[goals."2.1"]
owner = ["Vice kårordförande", "Utbildningsansvarig"]

# ---- 1b ----
[[item]]   # the board's item
id = "1b-1"
title.sv = "Nyhetsbrev"
title.en = "Newsletter"
goals = ["1b"]
owner = "Vice kårordförande"
kind = "ongoing"
status = "active"
start = 2026-08-15
every = "month"   # the first Monday
last_done = 2026-11-01

[[item.log]]
date = 2026-11-02
note = "Sent."

[[item]]
id = "1b-2"
title = "Old project"
goals = ["1b"]
owner = "Vice kårordförande"
status = "blocked"
due = 2027-03-01
"#;

const OLD_UNIT: &str = r#"item = [
  { id = "1a-1", title = "Programråd", goals = ["1a"], owner = "Utbildningsansvarig", status = "active", due = 2027-05-01, log = [{ date = 2026-11-20, note = "Started." }] },
  { id = "2.1-1", title = "Done thing", goals = ["2.1"], owner = "Vice kårordförande", status = "done", completed = 2026-10-01 },
]
"#;

const NEW_PLAN: &str = r#"# Handlingsplan för internationalisering, verksamhetsåret 2027/28
# Action plan for internationalisation, operating year 2027/28
#
# Started with `intplan init` from the 2026/27 plan (../2026-27/plan.toml, which
# keeps the history). What was carried over:
# - [plan]: the lead and the roster of posts. The period is the new year.
# - [goals.*]: last year's goal owners and notes; the new board confirms or
#   changes them.
# - [[item]]: ongoing work with its cadence, and projects that were neither done
#   nor dropped, with their status and a log line. Done and dropped items stay
#   in 2026/27.
# Then run `intplan check`: what the board must still decide shows as warnings.
#:schema ../../schemas/plan.schema.json

[plan]
period = { start = 2027-07-01, end = 2028-06-30 }
lead = "Vice kårordförande"
# reviewed = YYYY-MM-DD   # set when the board has gone through the plan
owners = [
  "Vice kårordförande",
  "Utbildningsansvarig",
]

[goals.1a]
owner = "Utbildningsansvarig"
note = "Through the programme boards."

[goals.1b]
owner = "Vice kårordförande"

[goals."2.1"]
owner = ["Vice kårordförande", "Utbildningsansvarig"]

# ---------------------------------------------------------------------------
# Items carried over from 2026/27; the keys are explained in ../2026-27/plan.toml.
# ---------------------------------------------------------------------------

[[item]]   # the board's item
id = "1b-1"
title.sv = "Nyhetsbrev"
title.en = "Newsletter"
goals = ["1b"]
owner = "Vice kårordförande"
kind = "ongoing"
status = "active"
start = 2026-08-15
every = "month"   # the first Monday
last_done = 2026-11-01

[[item]]
id = "1b-2"
title = "Old project"
goals = ["1b"]
owner = "Vice kårordförande"
status = "blocked"
due = 2027-03-01

[[item.log]]
date = 2027-07-01
by = "Vice kårordförande"
note = "Carried over from the 2026/27 plan, status blocked."

# Placeholder: nothing was carried over for goal 2.1. The board decides what
# the plan does for it this year and replaces this item.
[[item]]
id = "2.1-2"
title = { sv = "Åtgärd för mål 2.1: ska beslutas", en = "Item for goal 2.1: to be decided" }
goals = ["2.1"]
owner = "Vice kårordförande"
kind = "project"
status = "planned"
start = 2027-07-01
"#;

const NEW_UNIT: &str = r#"# Unit file of the 2027/28 action plan, started with `intplan init` from the
# file ../2026-27/u.toml: the unit's open items, carried over.
# Only [[item]] tables; the keys are explained in plan.toml.

[[item]]
id = "1a-1"
title = "Programråd"
goals = ["1a"]
owner = "Utbildningsansvarig"
status = "active"
due = 2027-05-01

[[item.log]]
date = 2027-07-01
by = "Vice kårordförande"
note = "Carried over from the 2026/27 plan, status active."
"#;

#[test]
fn init_writes_the_new_year_whole_from_every_form_of_the_old() {
    let (_dir, plans) = folder(&[
        ("strategy.toml", STRATEGY),
        ("2026-27/plan.toml", OLD_PLAN),
        ("2026-27/u.toml", OLD_UNIT),
    ]);
    let run = init(&plans, &["--year", "2027-28"]);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, 0);
    let folder = plans.join("2027-28").display().to_string();
    assert_eq!(
        run.stdout,
        format!(
            "Started 2027/28 in {folder} from 2026/27: 3 items carried over, 1 done or dropped left behind.\n  {folder}/plan.toml\n  {folder}/u.toml\nGoals with nothing carried over got a placeholder item for the board to replace: 2.1-2\n2 carried projects are due before 2027/28 starts; the board gives them new due dates (`intplan item set ID --due YYYY-MM-DD --year 2027-28`): 1b-2, 1a-1\ncheck: 3 warnings for the board to settle; see `intplan check --year 2027-28`.\n"
        )
    );
    assert_eq!(read(&plans.join("2027-28/plan.toml")), NEW_PLAN);
    assert_eq!(read(&plans.join("2027-28/u.toml")), NEW_UNIT);
    assert_eq!(read(&plans.join("2026-27/plan.toml")), OLD_PLAN);
    assert_eq!(read(&plans.join("2026-27/u.toml")), OLD_UNIT);
    let check = run_on(&plans, "2027-07-01", &["--year", "2027-28", "check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

fn ids(text: &str) -> Vec<String> {
    let doc: toml_edit::DocumentMut = text.parse().unwrap();
    doc["item"]
        .as_array_of_tables()
        .map(|items| {
            items
                .iter()
                .map(|t| t["id"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn init_carries_open_items_and_leaves_done_and_dropped_behind() {
    let (_dir, plans) = shipped();
    let old = snapshot(&plans.join("2026-27"));
    let run = init(&plans, &["--year", "2027-28"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let folder = plans.join("2027-28").display().to_string();
    assert_eq!(
        run.stdout,
        format!(
            "Started 2027/28 in {folder} from 2026/27: 19 items carried over, 5 done or dropped left behind.\n  {folder}/plan.toml\n  {folder}/d-sektionen.toml\n11 carried projects are due before 2027/28 starts; the board gives them new due dates (`intplan item set ID --due YYYY-MM-DD --year 2027-28`): 1a-1, 1b-1, 2a-1, 2b-2, 3a-2, 3b-2, 3c-1, 3c-4, 4a-1, 1a-3, 2b-4\ncheck: 12 warnings for the board to settle; see `intplan check --year 2027-28`.\n"
        )
    );
    assert_eq!(snapshot(&plans.join("2026-27")), old);

    let new_plan = read(&plans.join("2027-28/plan.toml"));
    let new_unit = read(&plans.join("2027-28/d-sektionen.toml"));
    assert_eq!(
        ids(&new_plan),
        [
            "1a-1", "1a-2", "1b-1", "1b-2", "2a-1", "2b-2", "2b-3", "3a-2", "3b-1", "3b-2", "3c-1",
            "3c-3", "3c-4", "4a-1", "4b-1", "4b-2"
        ]
    );
    assert_eq!(ids(&new_unit), ["1a-3", "2b-4", "4b-4"]);
    assert!(new_plan.contains("period = { start = 2027-07-01, end = 2028-06-30 }\n"));
    assert!(new_plan.contains("lead = \"Vice kårordförande\"\n"));
    assert!(new_plan.contains("  \"D-sektionens internationellt ansvarig\",\n]\n"));
    // The roster of units goes on with the roster of posts, so `unknown-unit` and
    // `status --by unit` work in the new year as in the old.
    assert!(new_plan.contains("units = [\n  \"central\",\n  \"D-sektionen\",\n"));
    assert!(new_plan.contains("[goals.3c]\nowner = \"Arbetsmarknadsansvarig\"\n"));
    assert!(new_plan.contains(
        "[goals.1a]\nowner = \"Utbildningsansvarig\"\nnote = \"Works through the programme boards and course evaluations.\"\n"
    ));
    assert!(new_plan.contains("#:schema ../../schemas/plan.schema.json\n"));
    assert!(new_unit.contains("#:schema ../../schemas/unit.schema.json\n"));
    assert!(new_plan.contains(
        "every = \"2 months\"          # once per study period (läsperiod)\nlast_done = 2026-11-02\n"
    ));
    assert!(new_plan.contains("status = \"blocked\"\nstart = 2026-09-01\ndue = 2027-04-30\n"));
    assert!(new_plan.contains(
        "[[item.log]]\ndate = 2027-07-01\nby = \"Vice kårordförande\"\nnote = \"Carried over from the 2026/27 plan, status blocked.\"\n"
    ));
    assert!(!new_plan.contains("Draft statute change written"));
    assert!(!new_plan.contains("===== 1 Representation"));
    assert!(!new_plan.contains("Placeholder"));

    // On its first day the new year has no error, and no record dated in its future.
    let check = run_on(
        &plans,
        "2027-07-01",
        &["--year", "2027-28", "check", "--format", "json"],
    );
    assert_eq!(check.code, 0, "{}", check.stderr);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(json["errors"], 0);
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"plan-not-reviewed"));
    assert!(!codes.contains(&"future-date"), "{codes:?}");
    let june = run_on(
        &plans,
        "2027-06-20",
        &["--year", "2027-28", "check", "--format", "json"],
    );
    assert!(!june.stdout.contains("future-date"), "{}", june.stdout);
}

/// The first year of a plan: `init` on a plan folder with a strategy and no year
/// (which `check` reports as an error naming this command) writes a plan that
/// passes `check`, with the lead as every goal's owner and a placeholder per goal.
const FIRST_PLAN: &str = r#"# Handlingsplan för internationalisering, verksamhetsåret 2026/27
# Action plan for internationalisation, operating year 2026/27
#
# Started with `intplan init` from the strategy (../strategy.toml): the plan's
# first year. Every goal has the plan lead as its owner and a placeholder item
# until the board appoints the goal owners and decides the items.
# Then run `intplan check`: what the board must still decide shows as warnings.

[plan]
period = { start = 2026-07-01, end = 2027-06-30 }
lead = "Vice kårordförande"
# reviewed = YYYY-MM-DD   # set when the board has gone through the plan

[goals.1a]
owner = "Vice kårordförande"

[goals.1b]
owner = "Vice kårordförande"

[goals."2.1"]
owner = "Vice kårordförande"

# Placeholder for goal 1a: the board decides what the plan does for it
# this year and replaces this item.
[[item]]
id = "1a-1"
title = { sv = "Åtgärd för mål 1a: ska beslutas", en = "Item for goal 1a: to be decided" }
goals = ["1a"]
owner = "Vice kårordförande"
kind = "project"
status = "planned"
start = 2026-07-01

# Placeholder for goal 1b: the board decides what the plan does for it
# this year and replaces this item.
[[item]]
id = "1b-1"
title = { sv = "Åtgärd för mål 1b: ska beslutas", en = "Item for goal 1b: to be decided" }
goals = ["1b"]
owner = "Vice kårordförande"
kind = "project"
status = "planned"
start = 2026-07-01

# Placeholder for goal 2.1: the board decides what the plan does for it
# this year and replaces this item.
[[item]]
id = "2.1-1"
title = { sv = "Åtgärd för mål 2.1: ska beslutas", en = "Item for goal 2.1: to be decided" }
goals = ["2.1"]
owner = "Vice kårordförande"
kind = "project"
status = "planned"
start = 2026-07-01
"#;

#[test]
fn a_plan_without_a_year_starts_its_first_year_from_the_strategy() {
    let (_dir, plans) = folder(&[("strategy.toml", STRATEGY)]);
    let check = run_on(&plans, "2027-06-20", &["check", "--format", "json"]);
    assert_eq!(check.code, 1);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(json["diagnostics"][0]["code"], "missing-plan");
    assert_eq!(
        json["diagnostics"][0]["help"],
        "start the year from the strategy: `intplan init --year 2026-27 --lead \"<post>\"`, naming the post that leads the plan"
    );
    // Without a lead there is nothing to start from: refused, nothing written.
    let before = snapshot(&plans);
    let run = init(&plans, &["--year", "2026-27"]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert_eq!(
        run.stderr,
        "error: 2026-27 would be the plan's first year, started from the strategy: name the post that leads the plan, `intplan init --year 2026-27 --lead \"<post>\"`\n"
    );
    assert_eq!(snapshot(&plans), before);
    let run = init(
        &plans,
        &["--year", "2026-27", "--lead", "Vice kårordförande"],
    );
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let folder = plans.join("2026-27").display().to_string();
    assert_eq!(
        run.stdout,
        format!(
            "Started 2026/27 in {folder} from the strategy, the plan's first year; every goal has the plan lead as its owner until the board appoints one.\n  {folder}/plan.toml\nEvery goal got a placeholder item for the board to replace: 1a-1, 1b-1, 2.1-1\ncheck: 4 warnings for the board to settle; see `intplan check --year 2026-27`.\n"
        )
    );
    assert_eq!(read(&plans.join("2026-27/plan.toml")), FIRST_PLAN);
    let check = run_on(&plans, "2026-07-01", &["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    // The next year starts from the first as from any other.
    let next = init(&plans, &["--year", "2027-28"]);
    assert_eq!(next.code, 0, "{}", next.stderr);
    assert!(
        read(&plans.join("2027-28/plan.toml"))
            .contains("\n[goals.1a]\nowner = \"Vice kårordförande\"\n")
    );
}

#[test]
fn a_first_year_speaks_the_run_language_and_lead_replaces_a_carried_lead() {
    let (_dir, plans) = folder(&[("strategy.toml", STRATEGY)]);
    let args = [
        "--lang",
        "sv",
        "init",
        "--year",
        "2026-27",
        "--lead",
        "Ordförande",
    ];
    let run = run_on(&plans, "2027-06-20", &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let folder = plans.join("2026-27").display().to_string();
    assert_eq!(
        run.stdout,
        format!(
            "Startade 2026/27 i {folder} utifrån strategin, handlingsplanens första år; den som är ansvarig för handlingsplanen står som ansvarig för varje mål tills styrelsen utser någon annan.\n  {folder}/plan.toml\nVarje mål fick en platshållare som styrelsen ska ersätta: 1a-1, 1b-1, 2.1-1\ncheck: 4 varningar som styrelsen behöver ta ställning till; se `intplan check --year 2026-27`.\n"
        )
    );
    let text = read(&plans.join("2026-27/plan.toml"));
    assert!(
        text.contains("\n# Platshållare för mål 1a: styrelsen beslutar vad planen gör för målet\n"),
        "{text}"
    );
    // A later year takes --lead as its new lead, also for the carried log lines.
    let run = init(&plans, &["--year", "2027-28", "--lead", "Vice ordförande"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = read(&plans.join("2027-28/plan.toml"));
    assert!(text.contains("\nlead = \"Vice ordförande\"\n"), "{text}");
    assert!(text.contains("\nby = \"Vice ordförande\"\n"), "{text}");
    assert!(!text.contains("by = \"Ordförande\""), "{text}");
}

#[test]
fn init_refuses_an_existing_year_and_takes_start_and_from() {
    let (_dir, plans) = shipped();
    let run = init(&plans, &["--year", "2026-27"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "error: {} already exists; init never overwrites a year\n",
            plans.join("2026-27").display()
        )
    );
    let run = init(
        &plans,
        &[
            "--year",
            "2027-28",
            "--from",
            "2026-27",
            "--start",
            "2027-08-15",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = read(&plans.join("2027-28/plan.toml"));
    assert!(text.contains("period = { start = 2027-08-15, end = 2028-08-14 }\n"));
    assert_eq!(init(&plans, &["--year", "2027-28"]).code, 2);
    assert_eq!(read(&plans.join("2027-28/plan.toml")), text);
    let run = init(&plans, &[]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: init needs the new year: `intplan init --year 2027-28`\n"
    );
}

#[test]
fn a_period_from_the_29th_of_february_lasts_a_whole_year() {
    let (_dir, plans) = shipped();
    let run = init(&plans, &["--year", "2027-28", "--start", "2028-02-29"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        read(&plans.join("2027-28/plan.toml"))
            .contains("period = { start = 2028-02-29, end = 2029-02-28 }\n")
    );
    let run = init(&plans, &["--year", "2028-29", "--start", "9999-07-01"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: a period starting 9999-07-01 would end after 9999-12-31, the last day a TOML date can hold\n"
    );
}

#[test]
fn init_gives_a_goal_left_without_items_a_placeholder_in_the_run_language() {
    let (_dir, plans) = shipped();
    assert_eq!(
        run_on(&plans, "2026-11-28", &["item", "done", "2a-1"]).code,
        0
    );
    let run = init(&plans, &["--lang", "sv", "--year", "2027-28"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "Mål utan överförd åtgärd fick en platshållare som styrelsen ska ersätta: 2a-2\n"
        ),
        "{}",
        run.stdout
    );
    let text = read(&plans.join("2027-28/plan.toml"));
    assert!(text.starts_with(
        "# Handlingsplan för internationalisering, verksamhetsåret 2027/28\n# Action plan for internationalisation, operating year 2027/28\n#\n# Startad med `intplan init`"
    ));
    assert!(text.contains(
        "# Platshållare: inget fördes över för mål 2a. Styrelsen beslutar vad planen\n# gör för målet i år och ersätter den här åtgärden.\n[[item]]\nid = \"2a-2\"\ntitle = { sv = \"Åtgärd för mål 2a: ska beslutas\", en = \"Item for goal 2a: to be decided\" }\ngoals = [\"2a\"]\nowner = \"Utbildningsansvarig\"\nkind = \"project\"\nstatus = \"planned\"\nstart = 2027-07-01\n"
    ));
    assert!(text.contains("note = \"Överförd från planen för 2026/27, status blockerad.\"\n"));
}

#[test]
fn a_refused_init_shows_the_new_text_labelled_and_creates_nothing() {
    let plan = OLD_PLAN.replace(
        "owner = \"Vice kårordförande\"\nstatus = \"blocked\"",
        "owner = \"Kassör\"\nstatus = \"blocked\"",
    );
    let (_dir, plans) = folder(&[
        ("strategy.toml", STRATEGY),
        ("2026-27/plan.toml", &plan),
        ("2026-27/u.toml", OLD_UNIT),
    ]);
    let run = init(&plans, &["--year", "2027-28"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    let new = plans.join("2027-28");
    let shown = new.join("plan.toml").display().to_string();
    assert_eq!(
        run.stderr,
        format!(
            "error[unknown-owner]: `Kassör` is not in the plan's owners roster\n  --> {shown} (as init would write it):54:9\n   |\n54 | owner = \"Kassör\"\n   |         ^^^^^^^^\n   |\n   = help: add the post to `owners` in [plan], or use one of: Vice kårordförande, Utbildningsansvarig\n\nerror: the new plan would have 1 error; {} was not created\n",
            new.display()
        )
    );
    let left: Vec<_> = fs::read_dir(&plans)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
}

#[test]
fn what_a_killed_init_or_edit_left_is_swept_away() {
    let (_dir, plans) = shipped();
    let leftovers = [
        plans.join(".2027-28.4242.intplan-tmp"),
        plans.join(".2027-28.intplan-tmp-4242"),
    ];
    for dir in &leftovers {
        fs::create_dir(dir).unwrap();
        fs::write(dir.join("plan.toml"), "half").unwrap();
    }
    let file = plans.join("2026-27/.plan.toml.4242.intplan-tmp");
    fs::write(&file, "half").unwrap();
    assert_eq!(
        run_on(&plans, "2026-11-28", &["item", "note", "2b-2", "x"]).code,
        0
    );
    assert!(leftovers.iter().all(|d| !d.exists()));
    assert!(!file.exists());
    fs::create_dir(&leftovers[0]).unwrap();
    assert_eq!(init(&plans, &["--year", "2027-28"]).code, 0);
    assert!(!leftovers[0].exists());
}

#[test]
fn a_crlf_plan_starts_a_crlf_year() {
    let plan = OLD_PLAN.replace('\n', "\r\n");
    let unit = OLD_UNIT.replace('\n', "\r\n");
    let (_dir, plans) = folder(&[
        ("strategy.toml", STRATEGY),
        ("2026-27/plan.toml", &plan),
        ("2026-27/u.toml", &unit),
    ]);
    assert_eq!(init(&plans, &["--year", "2027-28"]).code, 0);
    assert_eq!(
        read(&plans.join("2027-28/plan.toml")),
        NEW_PLAN.replace('\n', "\r\n")
    );
    assert_eq!(
        read(&plans.join("2027-28/u.toml")),
        NEW_UNIT.replace('\n', "\r\n")
    );
}

/// TOML lets other tables stand among an item's parts: `[plan]` between an
/// `[[item]]` and its `[item.title]`, `[goals.1b]` between an item and its log.
/// `check` accepts it; init carries each item without the tables around it.
const INTERLEAVED: &str = r#"[[item]]
id = "1a-1"
goals = ["1a"]
owner = "Utbildningsansvarig"
status = "active"

[plan]
period = { start = 2026-07-01, end = 2027-06-30 }
lead = "Vice kårordförande"
reviewed = 2026-11-20
owners = ["Vice kårordförande", "Utbildningsansvarig"]

# the title, below the plan
[item.title]
sv = "Programråd"

[goals.1a]
owner = "Utbildningsansvarig"

[goals."2.1"]
owner = "Vice kårordförande"

[[item]]
id = "1b-1"
title = "Nyhetsbrev"
goals = ["1b", "2.1"]
owner = "Vice kårordförande"
kind = "ongoing"
every = "month"

[goals.1b]
owner = "Vice kårordförande"

[[item.log]]
date = 2026-11-01
note = "Sent."
"#;

#[test]
fn tables_among_an_items_parts_stay_behind_and_the_item_comes_whole() {
    let (_dir, plans) = folder(&[
        ("strategy.toml", STRATEGY),
        ("2026-27/plan.toml", INTERLEAVED),
    ]);
    let run = init(&plans, &["--year", "2027-28"]);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, 0);
    let new = read(&plans.join("2027-28/plan.toml"));
    let items = &new[new.find("\n[[item]]\nid").unwrap() + 1..];
    assert_eq!(
        items,
        r#"[[item]]
id = "1a-1"
goals = ["1a"]
owner = "Utbildningsansvarig"
status = "active"

# the title, below the plan
[item.title]
sv = "Programråd"

[[item.log]]
date = 2027-07-01
by = "Vice kårordförande"
note = "Carried over from the 2026/27 plan, status active."

[[item]]
id = "1b-1"
title = "Nyhetsbrev"
goals = ["1b", "2.1"]
owner = "Vice kårordförande"
kind = "ongoing"
every = "month"
"#
    );
    assert_eq!(read(&plans.join("2026-27/plan.toml")), INTERLEAVED);
    let check = run_on(&plans, "2027-07-01", &["--year", "2027-28", "check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}
