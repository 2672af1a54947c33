//! Every TOML form `check` accepts for an item, edited by every edit command, with
//! the whole file compared afterwards: {`[[item]]` tables, items in `item = [...]`}
//! x {title as a string, an inline table, dotted keys, an `[item.title]` table} x
//! {log as `[[item.log]]`, as an inline array} x {add, each `set` option, done,
//! note}. An item in `item = [...]` cannot have an `[item.title]` table or an
//! `[[item.log]]` (TOML has no way to write them), so those combinations do not
//! exist. The expected file is written out independently of the editor: the same
//! item described once, rendered in the form under test before and after.

mod common;

use common::plans::{folder, read, run};

const STRATEGY: &str = "[strategy]\ntitle = \"S\"\n\n[[area]]\nid = \"1\"\ntitle = \"A\"\n\n[[area.goal]]\nid = \"1a\"\ntext = \"x\"\n\n[[area.goal]]\nid = \"1b\"\ntext = \"y\"\n";

const PLAN: &str = "[plan]\nperiod = { start = 2026-07-01, end = 2027-06-30 }\nlead = \"Vice ordförande\"\nreviewed = 2026-11-20\nowners = [\"Vice ordförande\", \"Utbildningsenheten\"]\n\n[goals.1a]\nowner = \"Utbildningsenheten\"\n\n[goals.1b]\nowner = \"Vice ordförande\"\n";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Holder {
    Tables,
    Inline,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum TitleForm {
    String,
    InlineTable,
    Dotted,
    SubTable,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum LogForm {
    Tables,
    Inline,
}

#[derive(Clone, Debug)]
enum Title {
    Plain(String),
    Langs(String, String),
}

/// One item: its keys (values as TOML text) in order, its title, its log entries.
#[derive(Clone, Debug)]
struct Spec {
    keys: Vec<(&'static str, String)>,
    title: Title,
    log: Vec<Vec<(&'static str, String)>>,
    /// Written by `item add`: no comments.
    fresh: bool,
}

impl Spec {
    fn set(&mut self, key: &str, value: &str) {
        let slot = self.keys.iter_mut().find(|(k, _)| *k == key).unwrap();
        slot.1 = value.to_owned();
    }

    fn insert_after(&mut self, after: &str, key: &'static str, value: &str) {
        let at = self.keys.iter().position(|(k, _)| *k == after).unwrap();
        self.keys.insert(at + 1, (key, value.to_owned()));
    }

    fn sv(&self) -> String {
        match &self.title {
            Title::Plain(p) => p.clone(),
            Title::Langs(sv, _) => sv.clone(),
        }
    }

    fn en(&self) -> String {
        match &self.title {
            Title::Plain(p) => p.clone(),
            Title::Langs(_, en) => en.clone(),
        }
    }
}

fn q(s: &str) -> String {
    format!("\"{s}\"")
}

fn entry(date: &str, by: &str, note: &str) -> Vec<(&'static str, String)> {
    vec![("date", date.to_owned()), ("by", q(by)), ("note", q(note))]
}

fn inline(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("{k} = {v}")).collect();
    format!("{{ {} }}", parts.join(", "))
}

/// The title's first part, written after `id`.
fn title_first(title: &Title, form: TitleForm) -> Option<String> {
    match (title, form) {
        (Title::Plain(p), _) => Some(format!("title = {}", q(p))),
        (Title::Langs(sv, en), TitleForm::String | TitleForm::InlineTable) => {
            Some(format!("title = {{ sv = {}, en = {} }}", q(sv), q(en)))
        }
        (Title::Langs(sv, _), TitleForm::Dotted) => Some(format!("title.sv = {}", q(sv))),
        (Title::Langs(..), TitleForm::SubTable) => None,
    }
}

/// An item as an `[[item]]` table in the given forms.
fn table_item(s: &Spec, title: TitleForm, log: LogForm) -> String {
    let mut out = if s.fresh {
        "[[item]]\n".to_owned()
    } else {
        "# one item\n[[item]]  # with a comment\n".to_owned()
    };
    for (k, v) in &s.keys {
        let comment = if *k == "status" && !s.fresh {
            "   # where it stands"
        } else {
            ""
        };
        out += &format!("{k} = {v}{comment}\n");
        if *k == "id" {
            out.extend(title_first(&s.title, title).map(|t| t + "\n"));
        }
        if let (Title::Langs(_, en), TitleForm::Dotted, "owner") = (&s.title, title, *k) {
            out += &format!("title.en = {}\n", q(en));
        }
    }
    if log == LogForm::Inline && !s.log.is_empty() {
        out += "log = [\n";
        for e in &s.log {
            out += &format!("  {},\n", inline(e));
        }
        out += "]\n";
    }
    if let (Title::Langs(sv, en), TitleForm::SubTable) = (&s.title, title) {
        out += &format!("\n[item.title]\nsv = {}\nen = {}\n", q(sv), q(en));
    }
    if log == LogForm::Tables {
        for e in &s.log {
            out += "\n[[item.log]]\n";
            for (k, v) in e {
                out += &format!("{k} = {v}\n");
            }
        }
    }
    out
}

/// An item as an inline table.
fn inline_item(s: &Spec, title: TitleForm) -> String {
    let mut parts: Vec<(&str, String)> = Vec::new();
    for (k, v) in &s.keys {
        parts.push((k, v.clone()));
        if *k == "id"
            && let Some(t) = title_first(&s.title, title)
        {
            let (key, value) = t.split_once(" = ").unwrap();
            parts.push((
                if key == "title" { "title" } else { "title.sv" },
                value.to_owned(),
            ));
        }
        if let (Title::Langs(_, en), TitleForm::Dotted, "owner") = (&s.title, title, *k) {
            parts.push(("title.en", q(en)));
        }
    }
    if !s.log.is_empty() {
        let entries: Vec<String> = s.log.iter().map(|e| inline(e)).collect();
        parts.push(("log", format!("[{}]", entries.join(", "))));
    }
    inline(&parts)
}

/// The unit file holding the items in the form under test.
fn unit(holder: Holder, title: TitleForm, log: LogForm, items: &[Spec]) -> String {
    let mut out = "# A unit file.\n\n".to_owned();
    match holder {
        Holder::Tables => {
            let texts: Vec<String> = items
                .iter()
                .enumerate()
                // The second item's log is made by `note`, always as tables here.
                .map(|(i, s)| table_item(s, title, if i == 0 { log } else { LogForm::Tables }))
                .collect();
            out += &texts.join("\n");
        }
        Holder::Inline => {
            out += "item = [\n";
            for (i, s) in items.iter().enumerate() {
                let comment = if i == 0 { "  # the first item" } else { "" };
                out += &format!("  {},{comment}\n", inline_item(s, title));
            }
            out += "]\n";
        }
    }
    out
}

/// The two items every case starts from: a project (1a-1) and ongoing work (1b-1).
fn start(title: TitleForm) -> [Spec; 2] {
    let titled = |sv: &str, en: &str| match title {
        TitleForm::String => Title::Plain(sv.to_owned()),
        _ => Title::Langs(sv.to_owned(), en.to_owned()),
    };
    let project = Spec {
        keys: vec![
            ("id", q("1a-1")),
            ("goals", "[\"1a\"]".into()),
            ("owner", q("Utbildningsenheten")),
            ("kind", q("project")),
            ("status", q("active")),
            ("due", "2026-12-15".into()),
        ],
        title: titled("Programråd", "Programme boards"),
        log: vec![entry("2026-11-20", "Utbildningsenheten", "Started.")],
        fresh: false,
    };
    let ongoing = Spec {
        keys: vec![
            ("id", q("1b-1")),
            ("goals", "[\"1b\"]".into()),
            ("owner", q("Vice ordförande")),
            ("kind", q("ongoing")),
            ("status", q("active")),
            ("start", "2026-08-15".into()),
            ("every", q("month")),
            ("last_done", "2026-11-01".into()),
        ],
        title: titled("Nyhetsbrev", "Newsletter"),
        log: Vec::new(),
        fresh: false,
    };
    [project, ongoing]
}

type Change = fn(&mut Vec<Spec>);

/// Each edit command and what it does to the items.
fn cases() -> Vec<(&'static [&'static str], Change)> {
    vec![
        (
            &[
                "item",
                "add",
                "--file",
                "u.toml",
                "--goal",
                "1b",
                "--title",
                "Ny",
                "--owner",
                "Vice ordförande",
                "--due",
                "2027-03-01",
            ],
            |items| {
                items.push(Spec {
                    keys: vec![
                        ("id", q("1b-2")),
                        ("goals", "[\"1b\"]".into()),
                        ("owner", q("Vice ordförande")),
                        ("kind", q("project")),
                        ("status", q("planned")),
                        ("start", "2026-11-28".into()),
                        ("due", "2027-03-01".into()),
                    ],
                    title: Title::Plain("Ny".into()),
                    log: Vec::new(),
                    fresh: true,
                });
            },
        ),
        (&["item", "set", "1a-1", "--status", "blocked"], |items| {
            items[0].set("status", "\"blocked\"");
        }),
        (&["item", "set", "1a-1", "--due", "2027-01-31"], |items| {
            items[0].set("due", "2027-01-31");
        }),
        (&["item", "set", "1a-1", "--start", "2026-10-01"], |items| {
            items[0].insert_after("status", "start", "2026-10-01");
        }),
        (
            &["item", "set", "1a-1", "--owner", "Vice ordförande"],
            |items| {
                items[0].set("owner", "\"Vice ordförande\"");
            },
        ),
        (&["item", "set", "1a-1", "--title", "Ny titel"], |items| {
            items[0].title = Title::Plain("Ny titel".into());
        }),
        (&["item", "set", "1a-1", "--title-sv", "Ny"], |items| {
            items[0].title = Title::Langs("Ny".into(), items[0].en());
        }),
        (&["item", "set", "1a-1", "--title-en", "New"], |items| {
            items[0].title = Title::Langs(items[0].sv(), "New".into());
        }),
        (
            &["item", "set", "1a-1", "--goal", "1a", "--goal", "1b"],
            |items| {
                items[0].set("goals", "[\"1a\", \"1b\"]");
            },
        ),
        (&["item", "set", "1b-1", "--every", "2 weeks"], |items| {
            items[1].set("every", "\"2 weeks\"");
        }),
        (&["item", "done", "1a-1"], |items| {
            items[0].set("status", "\"done\"");
            items[0].insert_after("due", "completed", "2026-11-28");
        }),
        (&["item", "done", "1b-1", "--on", "2026-11-27"], |items| {
            items[1].set("last_done", "2026-11-27");
        }),
        (&["item", "note", "1a-1", "Went well."], |items| {
            items[0]
                .log
                .push(entry("2026-11-28", "Utbildningsenheten", "Went well."));
        }),
        (&["item", "note", "1b-1", "First issue out."], |items| {
            items[1]
                .log
                .push(entry("2026-11-28", "Vice ordförande", "First issue out."));
        }),
        (
            &[
                "item",
                "set",
                "1a-1",
                "1b-1",
                "--owner",
                "Utbildningsenheten",
                "--note",
                "Handed over.",
            ],
            |items| {
                items[1].set("owner", "\"Utbildningsenheten\"");
                items[0]
                    .log
                    .push(entry("2026-11-28", "Utbildningsenheten", "Handed over."));
                items[1]
                    .log
                    .push(entry("2026-11-28", "Utbildningsenheten", "Handed over."));
            },
        ),
    ]
}

fn variants() -> Vec<(Holder, TitleForm, LogForm)> {
    let mut out = Vec::new();
    for title in [
        TitleForm::String,
        TitleForm::InlineTable,
        TitleForm::Dotted,
        TitleForm::SubTable,
    ] {
        for log in [LogForm::Tables, LogForm::Inline] {
            out.push((Holder::Tables, title, log));
        }
    }
    for title in [TitleForm::String, TitleForm::InlineTable, TitleForm::Dotted] {
        out.push((Holder::Inline, title, LogForm::Inline));
    }
    out
}

#[test]
fn every_edit_command_in_every_form_changes_exactly_what_it_says() {
    let mut failures = Vec::new();
    for (holder, title, log) in variants() {
        for (args, change) in cases() {
            let items = start(title).to_vec();
            let before = unit(holder, title, log, &items);
            let (_dir, plans) = folder(&[
                ("strategy.toml", STRATEGY),
                ("2026-27/plan.toml", PLAN),
                ("2026-27/u.toml", &before),
            ]);
            let run = run(&plans, args);
            let mut after_items = items.clone();
            change(&mut after_items);
            let expected = unit(holder, title, log, &after_items);
            let actual = read(&plans.join("2026-27/u.toml"));
            let case = format!(
                "{holder:?} items, {title:?} title, {log:?} log: {}",
                args.join(" ")
            );
            if run.code != 0 || actual != expected {
                failures.push(format!(
                    "{case}\nexit {}\n{}\n--- expected\n{expected}\n--- actual\n{actual}",
                    run.code, run.stderr
                ));
            }
            assert_eq!(read(&plans.join("2026-27/plan.toml")), PLAN, "{case}");
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Runs an edit on a unit file `u.toml` holding `text`; returns the run and the
/// file's bytes afterwards.
fn edit(text: &str, args: &[&str]) -> (common::Run, String) {
    let (_dir, plans) = folder(&[
        ("strategy.toml", STRATEGY),
        ("2026-27/plan.toml", PLAN),
        ("2026-27/u.toml", text),
    ]);
    let run = run(&plans, args);
    let after = String::from_utf8(std::fs::read(plans.join("2026-27/u.toml")).unwrap()).unwrap();
    (run, after)
}

const SPREAD: &str = "item = [
  # the board's own item
  { id = \"1a-1\", title = \"Programråd\", goals = [\"1a\"], owner = \"Utbildningsenheten\", status = \"active\", due = 2026-12-15 },

  # a section's ongoing work
  { id = \"1b-1\", title = \"Nyhetsbrev\", goals = [\"1b\"], owner = \"Vice ordförande\", kind = \"ongoing\", every = \"month\" }  # no comma after me
]
";

#[test]
fn an_inline_array_spread_over_lines_with_comments_keeps_every_item() {
    let (run, after) = edit(
        SPREAD,
        &[
            "item",
            "add",
            "--file",
            "u.toml",
            "--goal",
            "1a",
            "--title",
            "Ny",
            "--owner",
            "Utbildningsenheten",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "1a-2\n");
    assert_eq!(run.stderr, "1a-2 (2026/27, u.toml): added, “Ny”\n");
    let expected = SPREAD.replace(
        "  # no comma after me\n]",
        ",  # no comma after me\n  { id = \"1a-2\", title = \"Ny\", goals = [\"1a\"], owner = \"Utbildningsenheten\", kind = \"project\", status = \"planned\", start = 2026-11-28 }\n]",
    );
    assert_eq!(after, expected);
}

#[test]
fn an_inline_item_gets_new_keys_and_loses_completed_in_place() {
    let (run, after) = edit(
        SPREAD,
        &["item", "done", "1a-1", "--note", "Done \"early\"."],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let done = SPREAD.replace(
        "status = \"active\", due = 2026-12-15 }",
        "status = \"done\", due = 2026-12-15, completed = 2026-11-28, log = [{ date = 2026-11-28, by = \"Utbildningsenheten\", note = 'Done \"early\".' }] }",
    );
    assert_eq!(after, done);
    let (run, reopened) = edit(&done, &["item", "set", "1a-1", "--status", "active"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "1a-1 (2026/27, u.toml): status done -> active, completed 2026-11-28 -> (none)\n"
    );
    assert_eq!(
        reopened,
        done.replace(
            "status = \"done\", due = 2026-12-15, completed = 2026-11-28,",
            "status = \"active\", due = 2026-12-15,"
        )
    );
}

/// TOML 1.1 lets an inline table run over lines, with comments.
const MULTILINE: &str = "item = [
  {
    id = \"1a-1\",   # the id
    title = { sv = \"Programråd\", en = \"Programme boards\" },
    goals = [\"1a\"],
    owner = \"Utbildningsenheten\",
    status = \"active\",   # still going
    due = 2026-12-15,
  },
  { id = \"1b-1\", title = \"Nyhetsbrev\", goals = [\"1b\"], owner = \"Vice ordförande\", kind = \"ongoing\", every = \"month\" },
]
";

#[test]
fn a_multiline_inline_table_keeps_its_comments() {
    let (run, after) = edit(
        MULTILINE,
        &[
            "item",
            "set",
            "1a-1",
            "--due",
            "2027-01-31",
            "--start",
            "2026-10-01",
            "--title-en",
            "Boards",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = MULTILINE
        .replace("en = \"Programme boards\"", "en = \"Boards\"")
        .replace(
            "status = \"active\",   # still going",
            "status = \"active\", start = 2026-10-01,   # still going",
        )
        .replace("due = 2026-12-15,", "due = 2027-01-31,");
    assert_eq!(after, expected);
}

const ODD_TABLES: &str = "[[item]]   # trailing comment on the header
  \"id\" = \"1a-1\"
  'title' = \"Programråd\"
  goals = [ \"1a\" ]        # spaced list
  owner=\"Utbildningsenheten\"
  \"status\" = \"active\"   # quoted key
  due = 2026-12-15

  [[ item . log ]]
    date = 2026-11-20
    note = \"Started.\"

[[item]]
id = \"1b-1\"
title = \"Nyhetsbrev\"
goals = [\"1b\"]
owner = \"Vice ordförande\"
kind = \"ongoing\"
every = \"month\"
";

#[test]
fn quoted_keys_indentation_and_spacing_are_kept() {
    let (run, after) = edit(ODD_TABLES, &["item", "done", "1a-1", "--on", "2026-11-27"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = ODD_TABLES
        .replace(
            "\"status\" = \"active\"   # quoted key",
            "\"status\" = \"done\"   # quoted key",
        )
        .replace(
            "  due = 2026-12-15\n",
            "  due = 2026-12-15\n  completed = 2026-11-27\n",
        );
    assert_eq!(after, expected);
    let (run, after) = edit(ODD_TABLES, &["item", "note", "1a-1", "Later."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = ODD_TABLES.replace(
        "    note = \"Started.\"\n",
        "    note = \"Started.\"\n\n  [[ item . log ]]\n    date = 2026-11-28\n    by = \"Utbildningsenheten\"\n    note = \"Later.\"\n",
    );
    assert_eq!(after, expected);
}

const SMALL: &str = "[[item]]\nid = \"1a-1\"\ntitle = \"Programråd\"\ngoals = [\"1a\"]\nowner = \"Utbildningsenheten\"\nstatus = \"active\"\n\n[[item]]\nid = \"1b-1\"\ntitle = \"Nyhetsbrev\"\ngoals = [\"1b\"]\nowner = \"Vice ordförande\"\nkind = \"ongoing\"\nevery = \"month\"\nlast_done = 2026-11-01";

#[test]
fn a_file_without_a_final_line_break_stays_without_one() {
    let (run, after) = edit(SMALL, &["item", "done", "1b-1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        after,
        SMALL.replace("last_done = 2026-11-01", "last_done = 2026-11-28")
    );
    let (run, after) = edit(SMALL, &["item", "note", "1b-1", "Sent."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        after,
        format!(
            "{SMALL}\n\n[[item.log]]\ndate = 2026-11-28\nby = \"Vice ordförande\"\nnote = \"Sent.\""
        )
    );
    let (run, after) = edit(
        SMALL,
        &[
            "item",
            "set",
            "1b-1",
            "--start",
            "2026-09-01",
            "--due",
            "2027-05-01",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        after,
        SMALL.replace(
            "every = \"month\"\n",
            "start = 2026-09-01\ndue = 2027-05-01\nevery = \"month\"\n"
        )
    );
}

#[test]
fn one_crlf_line_does_not_turn_an_lf_file_into_crlf() {
    let mixed = SMALL.replacen("title = \"Programråd\"\n", "title = \"Programråd\"\r\n", 1) + "\n";
    let (run, after) = edit(&mixed, &["item", "note", "1a-1", "Two\nlines."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = mixed.replace(
        "status = \"active\"\n\n[[item]]\nid = \"1b-1\"",
        "status = \"active\"\n\n[[item.log]]\ndate = 2026-11-28\nby = \"Utbildningsenheten\"\nnote = \"Two\\nlines.\"\n\n[[item]]\nid = \"1b-1\"",
    );
    assert_eq!(after, expected);
}

#[test]
fn a_crlf_file_with_a_bom_stays_so_and_a_line_break_in_a_note_reads_back_exactly() {
    let crlf = format!("\u{feff}{}\r\n", SMALL.replace('\n', "\r\n"));
    let (_dir, plans) = folder(&[
        ("strategy.toml", STRATEGY),
        ("2026-27/plan.toml", PLAN),
        ("2026-27/u.toml", &crlf),
    ]);
    let note = "First line\nsecond line\r\nthird";
    let run = run(&plans, &["item", "note", "1b-1", note]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = read(&plans.join("2026-27/u.toml"));
    let expected = format!(
        "{crlf}\r\n[[item.log]]\r\ndate = 2026-11-28\r\nby = \"Vice ordförande\"\r\nnote = \"First line\\nsecond line\\r\\nthird\"\r\n"
    );
    assert_eq!(after, expected);
    let shown = common::plans::run(&plans, &["item", "show", "1b-1", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(json["log"][0]["note"], note);
}

#[test]
fn titles_in_every_form_change_one_language_and_keep_the_other() {
    let dotted = SMALL.replace(
        "title = \"Programråd\"\n",
        "title.sv = \"Programråd\"\ntitle.en = \"Programme boards\"\n",
    );
    let (run, after) = edit(
        &dotted,
        &["item", "set", "1a-1", "--title-sv", "Programråden"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        after,
        dotted.replace("title.sv = \"Programråd\"", "title.sv = \"Programråden\"")
    );

    let sub = SMALL.replace(
        "title = \"Programråd\"\ngoals = [\"1a\"]\nowner = \"Utbildningsenheten\"\nstatus = \"active\"\n",
        "goals = [\"1a\"]\nowner = \"Utbildningsenheten\"\nstatus = \"active\"\n\n[item.title]\nsv = \"Programråd\"\n",
    );
    let (run, after) = edit(
        &sub,
        &["item", "set", "1a-1", "--title-en", "Programme boards"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        after,
        sub.replace(
            "sv = \"Programråd\"\n",
            "sv = \"Programråd\"\nen = \"Programme boards\"\n"
        )
    );
    assert_eq!(
        run.stdout,
        "1a-1 (2026/27, u.toml): English title (none) -> “Programme boards”\n"
    );
}
