//! Every command and mode, run with `--lang sv` on the shipped plan, says nothing in
//! English and puts every number with a noun of the right number: what a native
//! Swedish reader checks first. The plan's own text (a log note, a title or a
//! description written in one language) is shown as written and left out of the
//! check, as are code and names: text in backticks, `--options`, file paths,
//! `<PLACEHOLDERS>` and the source lines a diagnostic quotes. Machine output
//! (JSON keys and values, CSV for programs, iCalendar fields) stays English by
//! design; only its human parts (a diagnostic's message, an event's summary and
//! description) are checked. English runs are checked for number agreement too.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::plans::copy_dir;
use common::{Run, intplan, root};

const AS_OF: &str = "2026-11-28";

/// English words that have no place in Swedish output: the format's values
/// (status, kind, cadence, groups, health) and the labels and small words of the
/// tool's English sentences.
const ENGLISH: &[&str] = &[
    "planned",
    "active",
    "blocked",
    "done",
    "dropped",
    "project",
    "projects",
    "ongoing",
    "exchange",
    "non",
    "week",
    "weeks",
    "month",
    "months",
    "term",
    "terms",
    "year",
    "years",
    "day",
    "days",
    "daily",
    "weekly",
    "monthly",
    "overdue",
    "stale",
    "items",
    "item",
    "due",
    "owner",
    "owners",
    "goal",
    "goals",
    "every",
    "on track",
    "at risk",
    "off track",
    "error",
    "errors",
    "warning",
    "warnings",
    "help",
    "note",
    "notes",
    "open",
    "total",
    "totals",
    "next",
    "last",
    "since",
    "title",
    "unit",
    "units",
    "kind",
    "group",
    "groups",
    "cadence",
    "health",
    "outcome",
    "met",
    "target",
    "value",
    "date",
    "completed",
    "added",
    "removed",
    "changed",
    "none",
    "deadline",
    "the",
    "and",
    "of",
    "is",
    "to",
    "with",
    "not",
    "has",
    "was",
    "from",
    "this",
    "that",
    "are",
    "no",
    "or",
    "for",
    "in the",
    "by the",
];

/// How the words of one output are found.
#[derive(Clone, Copy)]
enum Kind {
    /// Text a person reads as it is: a table, Markdown, a message, a human CSV.
    Text,
    /// An HTML page: its visible text.
    Html,
    /// An iCalendar file: its summaries, descriptions and calendar name.
    Ics,
    /// `check --format json`: each diagnostic's message, help, labels and notes.
    CheckJson,
    /// `check --format github`: the message and help of each annotation.
    Github,
    /// JSON or a CSV for programs: English by design, only run for its exit code.
    Machine,
}

/// One run and what to read of it.
struct Output {
    label: String,
    kind: Kind,
    run: Run,
}

fn plans() -> PathBuf {
    root().join("plans")
}

/// Runs `intplan -p PLAN --as-of AS_OF ARGS` with the environment pinned.
fn on(plan: &Path, args: &[&str]) -> Run {
    let mut all = vec!["-p", plan.to_str().unwrap(), "--as-of", AS_OF];
    all.extend_from_slice(args);
    intplan(&root(), &all)
}

/// The shipped plan's own free text, shown as written: log and goal notes, and
/// titles and descriptions written as one plain string (language unknown).
fn plan_texts(dir: &Path) -> Vec<String> {
    fn walk(value: &toml::Value, key: &str, out: &mut Vec<String>) {
        match value {
            toml::Value::String(s) if matches!(key, "note" | "title" | "description") => {
                out.push(s.clone());
            }
            toml::Value::Table(t) => t.iter().for_each(|(k, v)| walk(v, k, out)),
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, key, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for year in fs::read_dir(dir).unwrap() {
        let year = year.unwrap().path();
        if !year.is_dir() {
            continue;
        }
        for file in fs::read_dir(&year).unwrap() {
            let text = fs::read_to_string(file.unwrap().path()).unwrap();
            let table: toml::Table = toml::from_str(&text).unwrap();
            walk(&toml::Value::Table(table), "", &mut out);
        }
    }
    // Longest first, so a text that holds another is taken out whole.
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// The words a person reads in one output.
fn readable(out: &Output) -> String {
    let text = format!("{}\n{}", out.run.stdout, out.run.stderr);
    match out.kind {
        Kind::Text => text,
        Kind::Html => {
            let page = scraper::Html::parse_document(&out.run.stdout);
            let body = scraper::Selector::parse("body").unwrap();
            let title = scraper::Selector::parse("title").unwrap();
            let mut words: Vec<String> = page
                .select(&body)
                .flat_map(|b| b.text())
                .map(str::to_owned)
                .collect();
            words.extend(
                page.select(&title)
                    .flat_map(|t| t.text())
                    .map(str::to_owned),
            );
            // The charts' accessible names.
            let labelled = scraper::Selector::parse("[aria-label]").unwrap();
            words.extend(
                page.select(&labelled)
                    .filter_map(|e| e.value().attr("aria-label"))
                    .map(str::to_owned),
            );
            format!("{}\n{}", words.join("\n"), out.run.stderr)
        }
        Kind::Ics => {
            let unfolded = out.run.stdout.replace("\r\n ", "");
            unfolded
                .lines()
                .filter_map(|l| {
                    ["SUMMARY:", "DESCRIPTION:", "X-WR-CALNAME:", "NAME:"]
                        .iter()
                        .find_map(|k| l.strip_prefix(k))
                })
                .map(|v| {
                    v.replace("\\n", "\n")
                        .replace("\\,", ",")
                        .replace("\\;", ";")
                        .replace("\\\\", "\\")
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
        Kind::CheckJson => {
            let json: serde_json::Value = serde_json::from_str(&out.run.stdout).unwrap();
            let mut found = Vec::new();
            strings(&json, "", &mut found);
            format!("{}\n{}", found.join("\n"), out.run.stderr)
        }
        Kind::Github => out
            .run
            .stdout
            .lines()
            .filter_map(|l| l.rsplit_once("::").map(|(_, m)| m.replace("%0A", "\n")))
            .chain([out.run.stderr.clone()])
            .collect::<Vec<_>>()
            .join("\n"),
        Kind::Machine => String::new(),
    }
}

/// The values of the human keys of `check`'s JSON.
fn strings(value: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) if matches!(key, "message" | "help" | "label") => {
            out.push(s.clone());
        }
        serde_json::Value::Object(o) => o.iter().for_each(|(k, v)| strings(v, k, out)),
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, key, out)),
        _ => {}
    }
}

/// The text with the plan's own words, code and names taken out.
fn prose(text: &str, plan: &[String]) -> String {
    let mut text = text.to_owned();
    for s in plan {
        // As written, and as Markdown writes it.
        for form in [s.clone(), intplan::render::markdown::escape(s)] {
            if !form.trim().is_empty() {
                text = text.replace(&form, " ");
            }
        }
    }
    let mut kept = Vec::new();
    for line in text.lines() {
        // A diagnostic's quoted source line (`370 | [[item]]`) and its place.
        let t = line.trim_start();
        let source_line = t
            .split_once(" |")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        // The usage line is the command line's own syntax.
        let usage = t.starts_with("Användning: ") || t.starts_with("Usage: ");
        if t.starts_with("-->") || t.starts_with(":::") || source_line || usage {
            continue;
        }
        kept.push(without_codes(line));
    }
    let mut out = String::new();
    for (i, part) in kept.join("\n").split('`').enumerate() {
        // Odd parts are inside backticks: code.
        if i % 2 == 0 {
            out.push_str(part);
            out.push(' ');
        }
    }
    out.split_whitespace()
        .filter(|w| {
            // An id: "2b-1", "4a-mixed-project-groups".
            let id = w.contains('-') && w.chars().any(|c| c.is_ascii_digit());
            !(id || w.starts_with("--")
                || w.starts_with("'--")
                || w.contains('/')
                || w.contains(".toml")
                || w.contains('<')
                || w.contains('[') && w.chars().any(|c| c.is_ascii_uppercase()))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The line without TOML table names and diagnostic codes in brackets
/// (`[[item]]`, `[goals.*]`, `fel[unknown-owner]`): the format's own names.
fn without_codes(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let inner = after.trim_start_matches('[');
        let name_len = inner
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || "._*-".contains(c)))
            .unwrap_or(inner.len());
        if name_len > 0 && inner[name_len..].starts_with(']') {
            let close = inner[name_len..].len() - inner[name_len..].trim_start_matches(']').len();
            out.push(' ');
            rest = &inner[name_len + close..];
        } else {
            out.push('[');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The English words of `ENGLISH` in `text`, each as a whole word (or phrase).
fn english_in(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut found = Vec::new();
    for english in ENGLISH {
        let phrase: Vec<&str> = english.split(' ').collect();
        if words.windows(phrase.len()).any(|w| w == phrase.as_slice()) {
            found.push((*english).to_owned());
        }
    }
    found
}

/// Numbers that disagree with their noun: "1 items", "2 item", "1 åtgärder".
fn disagreements(text: &str) -> Vec<String> {
    const SINGULAR: &[&str] = &[
        "item",
        "error",
        "warning",
        "day",
        "goal",
        "week",
        "month",
        "unit",
        "note",
        "change",
        "indicator",
        "measurement",
        "post",
        "åtgärd",
        "dag",
        "varning",
        "enhet",
        "mätning",
        "indikator",
        "anteckning",
        "ändring",
        "vecka",
        "månad",
        "genomförd",
        "försenad",
        "struken",
        "uppnått",
    ];
    const PLURAL: &[&str] = &[
        "items",
        "errors",
        "warnings",
        "days",
        "goals",
        "weeks",
        "months",
        "units",
        "notes",
        "changes",
        "indicators",
        "measurements",
        "posts",
        "years",
        "åtgärder",
        "dagar",
        "varningar",
        "enheter",
        "mätningar",
        "indikatorer",
        "anteckningar",
        "ändringar",
        "veckor",
        "månader",
        "genomförda",
        "försenade",
        "strukna",
        "uppnådda",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let noun = pair[1].trim_end_matches(|c: char| !c.is_alphabetic());
        // "0 av 1 uppnådda": the count that agrees is the one before "av"/"of".
        let number = match words.get(i.wrapping_sub(2)..i) {
            Some([n, "av" | "of"]) if noun.starts_with("uppn") || noun == "met" => *n,
            _ => pair[0],
        };
        let Ok(n) = number.trim_start_matches('(').parse::<u64>() else {
            continue;
        };
        let wrong = if n == 1 {
            PLURAL.contains(&noun)
        } else {
            SINGULAR.contains(&noun)
        };
        // A year or a date before a word ("2026 vecka") is no count.
        if wrong && number.len() < 4 {
            found.push(format!("{number} {noun}"));
        }
    }
    found
}

/// Copies the shipped plan to a scratch folder that edits may change.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&plans(), &dir.path().join("plans"));
    dir
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Styrelsen")
        .env("GIT_AUTHOR_EMAIL", "styrelsen@example.org")
        .env("GIT_COMMITTER_NAME", "Styrelsen")
        .env("GIT_COMMITTER_EMAIL", "styrelsen@example.org")
        .env("GIT_AUTHOR_DATE", "2026-11-20T12:00:00")
        .env("GIT_COMMITTER_DATE", "2026-11-20T12:00:00")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

/// Every read-only command and mode, on the shipped plan.
fn reports(lang: &str) -> Vec<Output> {
    use Kind::*;
    let plan = plans();
    let runs: &[(Kind, &[&str])] = &[
        (Text, &["check"]),
        (Text, &["check", "--strict"]),
        (CheckJson, &["check", "--format", "json"]),
        (Github, &["check", "--format", "github"]),
        (Text, &["status"]),
        (Text, &["status", "--format", "markdown"]),
        (Text, &["status", "--format", "csv"]),
        (Machine, &["status", "--format", "json"]),
        (
            Text,
            &[
                "status",
                "--goal",
                "2b",
                "--owner",
                "Kommunikationsansvarig",
            ],
        ),
        (Text, &["status", "--by", "group"]),
        (Text, &["status", "--by", "group", "--format", "markdown"]),
        (Text, &["status", "--by", "group", "--format", "csv"]),
        (Text, &["status", "--by", "unit"]),
        (Text, &["status", "--by", "unit", "--format", "markdown"]),
        (Text, &["status", "--by", "unit", "--format", "csv"]),
        (Text, &["overdue"]),
        (Text, &["overdue", "--format", "markdown"]),
        (Text, &["overdue", "--format", "csv"]),
        (Text, &["overdue", "--exit-code"]),
        (Text, &["overdue", "--goal", "4a"]),
        (Text, &["upcoming"]),
        (
            Text,
            &["upcoming", "--within", "60", "--format", "markdown"],
        ),
        (Text, &["upcoming", "--within", "1"]),
        (Text, &["upcoming", "--within", "0"]),
        (Text, &["items"]),
        (Text, &["items", "--all", "--format", "markdown"]),
        (Text, &["items", "--all", "--format", "csv"]),
        (Text, &["items", "--overdue", "--sort", "owner"]),
        (Text, &["items", "--stale"]),
        (Text, &["items", "--kind", "ongoing", "--group", "exchange"]),
        (Text, &["items", "--status", "blocked", "--unit", "central"]),
        (Text, &["items", "--grep", "ingenting sådant"]),
        (
            Text,
            &[
                "items",
                "--due-before",
                "2027-01-01",
                "--due-after",
                "2026-12-01",
            ],
        ),
        (Text, &["week"]),
        (Text, &["week", "--format", "markdown"]),
        (Html, &["week", "--format", "html"]),
        (Machine, &["week", "--format", "json"]),
        (Text, &["export", "--format", "csv"]),
        (Html, &["export", "--format", "html"]),
        (Ics, &["export", "--format", "ics"]),
        (Machine, &["export", "--format", "json"]),
        (Text, &["item", "show", "2b-1"]),
        (Text, &["item", "show", "1a-2", "--format", "markdown"]),
        (Text, &["item", "show", "3b-2", "--format", "csv"]),
        (Text, &["indicators"]),
        (Text, &["indicators", "--format", "markdown"]),
        (Text, &["indicators", "--format", "csv"]),
        (Text, &["followup"]),
        (Text, &["followup", "--format", "markdown"]),
        (Html, &["followup", "--format", "html"]),
    ];
    let mut out: Vec<Output> = runs
        .iter()
        .map(|(kind, args)| {
            let mut all = args.to_vec();
            all.extend(["--lang", lang]);
            Output {
                label: args.join(" "),
                kind: *kind,
                run: on(&plan, &all),
            }
        })
        .collect();
    // Every diagnostic code, from the example that trips them all.
    for format in [&["check"][..], &["check", "--format", "json"]] {
        let mut all = format.to_vec();
        all.extend(["--lang", lang]);
        out.push(Output {
            label: format!("examples/broken {}", format.join(" ")),
            kind: if format.len() == 1 {
                Kind::Text
            } else {
                Kind::CheckJson
            },
            run: on(&root().join("examples/broken"), &all),
        });
    }
    out
}

/// Edits, init, diff and the changes of `week`, on a copy of the shipped plan.
fn changes(lang: &str) -> (Vec<Output>, tempfile::TempDir) {
    let dir = scratch();
    let plan = dir.path().join("plans");
    let old = dir.path().join("old");
    copy_dir(&plan, &old);
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "plans"]);
    git(dir.path(), &["commit", "-q", "-m", "Planen"]);
    let runs: &[&[&str]] = &[
        // Refused: an unknown goal, an unknown post, a due date before the start.
        &["item", "set", "2b-1", "--goal", "9z"],
        &[
            "item", "add", "--goal", "2b", "--title", "Ordlista", "--owner", "Ingen",
        ],
        &["item", "set", "2b-2", "--due", "2020-01-01"],
        // Accepted.
        &[
            "item",
            "set",
            "2b-2",
            "--status",
            "blocked",
            "--note",
            "Väntar på kassören.",
        ],
        &["item", "done", "2b-3"],
        &["item", "done", "2a-1", "--on", "2026-11-27"],
        &[
            "item",
            "note",
            "3b-2",
            "Två kommittéer kan arbeta på engelska.",
        ],
        &[
            "item",
            "set",
            "4b-1",
            "--every",
            "3 weeks",
            "--owner",
            "Kårordförande",
        ],
        &[
            "item",
            "add",
            "--goal",
            "2b",
            "--title-sv",
            "Ordlista",
            "--title-en",
            "Glossary",
            "--owner",
            "Kommunikationsansvarig",
            "--due",
            "2027-03-01",
        ],
        &[
            "item",
            "set",
            "1b-2",
            "--status",
            "dropped",
            "--note",
            "Ersätts av 2b-5.",
        ],
        &["diff", "old"],
        &["diff", "old", "--format", "markdown"],
        &["diff", "old", "--format", "csv"],
        &["diff", "--against", "HEAD"],
        &["week", "--against", "HEAD"],
        &["init", "--year", "2027-28"],
    ];
    let out = runs
        .iter()
        .map(|args| {
            let mut all = args.to_vec();
            all.extend(["--lang", lang]);
            let run = Command::new(env!("CARGO_BIN_EXE_intplan"))
                .args(["-p", "plans", "--as-of", AS_OF])
                .args(&all)
                .current_dir(dir.path())
                .env("RUST_BACKTRACE", "0")
                .env("NO_COLOR", "1")
                .env_remove("INTPLAN_PLAN")
                .env_remove("INTPLAN_LANG")
                .env_remove("LANG")
                .env_remove("LC_ALL")
                .output()
                .unwrap();
            Output {
                label: args.join(" "),
                kind: Kind::Text,
                run: Run {
                    code: run.status.code().unwrap(),
                    stdout: String::from_utf8(run.stdout).unwrap(),
                    stderr: String::from_utf8(run.stderr).unwrap(),
                },
            }
        })
        .collect();
    (out, dir)
}

/// Command lines that are refused before anything runs.
fn usage_errors(lang: &str) -> Vec<Output> {
    let plan = plans();
    let runs: &[&[&str]] = &[
        &[],
        &["--bogus"],
        &["status", "--format", "xml"],
        &["schema", "--file", "nothing"],
        &["status", "--year", "2026"],
        &["status", "--as-of", "2026-13-01"],
        &["status", "--year", "2030-31"],
        &["status", "--goal", "9z"],
        &["overdue", "--owner", "Ingen"],
        &["upcoming", "--within", "abc"],
        &["item", "show"],
        &["item", "show", "9z-9"],
        &["item", "set", "2b-1"],
        &["item", "add", "--goal", "2b"],
        &["items", "--status", "finished"],
        &["followup", "--from", "2026-27", "--to", "2025-26"],
        &["diff", "--against", "no-such-revision"],
        &[
            "export",
            "--format",
            "csv",
            "-o",
            "/no/such/folder/plan.csv",
        ],
    ];
    let mut out: Vec<Output> = runs
        .iter()
        .map(|args| {
            let mut all = args.to_vec();
            all.extend(["--lang", lang]);
            Output {
                label: format!("usage: {}", args.join(" ")),
                kind: Kind::Text,
                run: on(&plan, &all),
            }
        })
        .collect();
    out.push(Output {
        label: "usage: a plan folder that is not there".into(),
        kind: Kind::Text,
        run: intplan(&root(), &["-p", "no-such-folder", "status", "--lang", lang]),
    });
    out
}

/// The exit code each run must give, so that a run that failed for another reason
/// does not pass for an error message.
fn expected_exit(label: &str) -> i32 {
    const FAILS: &[&str] = &[
        "check --strict",
        "overdue --exit-code",
        "examples/broken check",
        "examples/broken check --format json",
        "item set 2b-1 --goal 9z",
        "item add --goal 2b --title Ordlista --owner Ingen",
        "item set 2b-2 --due 2020-01-01",
    ];
    if label.starts_with("usage:") {
        2
    } else if FAILS.contains(&label) {
        1
    } else {
        0
    }
}

#[test]
fn every_command_in_swedish_has_no_english_word() {
    let plan = plan_texts(&plans());
    let (edits, dir) = changes("sv");
    let mut outputs = reports("sv");
    outputs.extend(edits);
    outputs.extend(usage_errors("sv"));
    // What init and the edits wrote into the plan files: comments and log lines.
    let new_year = dir.path().join("plans/2027-28/plan.toml");
    let written = fs::read_to_string(&new_year).expect("init wrote the new year");
    // Its first two lines name the plan in both languages, as the shipped plan's do.
    let ours: String = written
        .lines()
        .filter(|l| l.trim_start().starts_with('#') && !l.starts_with("# Action plan for"))
        .collect::<Vec<_>>()
        .join("\n");
    let carried = fs::read_to_string(dir.path().join("plans/2026-27/plan.toml")).unwrap();
    let mut problems = Vec::new();
    for out in &outputs {
        assert_eq!(
            out.run.code,
            expected_exit(&out.label),
            "{}: {}",
            out.label,
            out.run.stderr
        );
        let text = prose(&readable(out), &plan);
        let english = english_in(&text);
        if !english.is_empty() {
            problems.push(format!("{}: {english:?} in\n{text}\n", out.label));
        }
        let wrong = disagreements(&text);
        if !wrong.is_empty() {
            problems.push(format!("{}: {wrong:?}\n", out.label));
        }
    }
    // The new plan file's own comments (its Swedish header) and the log lines init
    // wrote, less the shipped plan's text they quote.
    let english = english_in(&prose(&ours, &plan));
    if !english.is_empty() {
        problems.push(format!("init's comments: {english:?}\n{ours}"));
    }
    let logs: Vec<&str> = written
        .lines()
        .chain(carried.lines())
        .filter_map(|l| l.trim().strip_prefix("note = "))
        .collect();
    let english = english_in(&prose(&logs.join("\n"), &plan));
    if !english.is_empty() {
        problems.push(format!(
            "log lines written: {english:?}\n{}",
            logs.join("\n")
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        outputs.len() > 80,
        "every command ran: {} runs",
        outputs.len()
    );
}

#[test]
fn every_command_in_english_agrees_in_number() {
    let plan = plan_texts(&plans());
    let (edits, _dir) = changes("en");
    let mut outputs = reports("en");
    outputs.extend(edits);
    outputs.extend(usage_errors("en"));
    let mut problems = Vec::new();
    for out in &outputs {
        let wrong = disagreements(&prose(&readable(out), &plan));
        if !wrong.is_empty() {
            problems.push(format!("{}: {wrong:?}", out.label));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checks_find_what_they_look_for() {
    assert_eq!(
        english_in("Åtgärd 2b-1 är active, status on track"),
        ["active", "on track"]
    );
    assert!(english_in("Åtgärden pågår; läget är enligt plan; ingen risk").is_empty());
    assert_eq!(
        disagreements("1 items, 2 dagar, 1 åtgärder, 1 fel, 21 åtgärder, 0 av 1 uppnått"),
        ["1 items", "1 åtgärder", "0 uppnått"]
    );
    assert_eq!(disagreements("vecka 49 2026 dag"), Vec::<String>::new());
    assert_eq!(
        prose(
            "fel[unknown-owner]: `Nobody` finns inte\n  --> plans/2026-27/plan.toml:3:1\n3 | owner = \"Nobody\"\nlägg till en [[item]]-tabell\nse --help och plan.toml <ID>\n| Mål |",
            &[]
        ),
        "fel : finns inte lägg till en -tabell se och | Mål |"
    );
}

/// A CSV is for programs unless a language is asked for: the JSON's keys and
/// keywords then, whatever the locale; with `--lang` or `INTPLAN_LANG` the table in
/// that language.
#[test]
fn csv_is_for_programs_unless_a_language_is_asked_for() {
    let run = |args: &[&str], vars: &[(&str, &str)]| {
        let mut all = vec!["-p", "plans", "--as-of", AS_OF];
        all.extend_from_slice(args);
        common::intplan_env(&root(), &all, vars)
    };
    let machine = run(&["overdue", "--format", "csv"], &[]);
    assert_eq!(
        machine.stdout.lines().next(),
        Some("id,title,goals,owner,due,kind,status,days_overdue")
    );
    assert!(
        machine
            .stdout
            .contains("2b-2,Translate the regulations (reglemente) into English,2b,Vice kårordförande,2026-10-15,project,active,44\n"),
        "{}",
        machine.stdout
    );
    // A Swedish locale alone does not change what a script reads.
    let locale = run(&["overdue", "--format", "csv"], &[("LANG", "sv_SE.UTF-8")]);
    assert_eq!(locale.stdout.lines().next(), machine.stdout.lines().next());
    let asked = run(&["overdue", "--format", "csv", "--lang", "sv"], &[]);
    let by_env = run(&["overdue", "--format", "csv"], &[("INTPLAN_LANG", "sv")]);
    assert_eq!(asked.stdout, by_env.stdout);
    assert!(
        asked.stdout.starts_with(
            "Id,Åtgärd,Mål,Ansvarig,Nästa datum,Dagar försenad\n2b-2,Översätt reglementet till engelska,2b,Vice kårordförande,2026-10-15,44\n"
        ),
        "{}",
        asked.stdout
    );
    // The export: keywords for programs, words for people.
    let export = run(&["export", "--format", "csv"], &[("LANG", "sv_SE.UTF-8")]);
    assert!(export.stdout.starts_with(
        "id,title.sv,title.en,description.sv,description.en,goals,owner,kind,status,"
    ));
    assert!(
        export
            .stdout
            .contains(",ongoing,active,2026-08-31,,,2 months,2026-11-02,"),
        "{}",
        export.stdout
    );
    let human = run(&["export", "--format", "csv", "--lang", "sv"], &[]);
    assert!(human.stdout.starts_with(
        "Id,Åtgärd,Mål,Ansvarig,Typ,Status,Start,Klart senast,Genomförd,Intervall,Senast genomförd,Nästa datum,Målgrupper,Enhet,Anteckningar\n"
    ), "{}", human.stdout);
    assert!(
        human.stdout.contains(
            "1a-2,Kursutvärderingar som når internationella studenter,1a,Utbildningsansvarig,löpande arbete,pågår,2026-08-31,,,var 2:a månad,2026-11-02,2027-01-02,\"utbytesstudenter, programstudenter från EU, programstudenter från länder utanför EU\",,1\n"
        ),
        "{}",
        human.stdout
    );
    let english = run(&["export", "--format", "csv", "--lang", "en"], &[]);
    assert!(
        english
            .stdout
            .contains(",ongoing work,active,2026-08-31,,,every 2 months,"),
        "{}",
        english.stdout
    );
}

/// `item add` confirms with the title in the run's language, as every report
/// shows it, whichever of `--title-sv` and `--title-en` the command line had.
#[test]
fn an_added_item_is_confirmed_with_its_title_in_the_run_language() {
    let dir = scratch();
    let add = |lang: &str| {
        let plan = dir.path().join("plans");
        on(
            &plan,
            &[
                "item",
                "add",
                "--goal",
                "2b",
                "--title-en",
                "Glossary",
                "--title-sv",
                "Ordlista",
                "--owner",
                "Kommunikationsansvarig",
                "--due",
                "2027-03-01",
                "--lang",
                lang,
            ],
        )
    };
    let sv = add("sv");
    assert_eq!(sv.code, 0, "{}", sv.stderr);
    assert_eq!(sv.stdout, "2b-5\n");
    assert_eq!(
        sv.stderr,
        "2b-5 (2026/27, plan.toml): tillagd, ”Ordlista”\n"
    );
    let en = add("en");
    assert_eq!(en.stderr, "2b-6 (2026/27, plan.toml): added, “Glossary”\n");
}
