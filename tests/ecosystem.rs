//! The tool among other tools: the shipped JSON Schemas, shell completions and the man
//! page, GitHub annotations, the CI recipe, closed pipes, `--help` examples and JSON
//! output that is one document.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use clap::CommandFactory;
use intplan::cli::Cli;

const AS_OF: &str = "2026-11-28";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, run in the repository root, with a quiet, English, colourless setting.
fn intplan() -> Command {
    let mut cmd = Command::cargo_bin("intplan").unwrap();
    cmd.current_dir(root())
        .env_remove("INTPLAN_PLAN")
        .env_remove("INTPLAN_LANG")
        .env_remove("LC_ALL")
        .env("LANG", "C")
        .env("RUST_BACKTRACE", "0");
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn shipped_schemas_are_what_intplan_schema_prints() {
    let empty = tempfile::tempdir().unwrap();
    for kind in ["strategy", "plan", "unit", "measurements"] {
        // From a folder with no plan in it: the schema needs none.
        let printed = stdout_of(
            intplan()
                .current_dir(empty.path())
                .args(["schema", "--file", kind]),
        );
        let shipped =
            std::fs::read_to_string(root().join(format!("schemas/{kind}.schema.json"))).unwrap();
        assert_eq!(
            printed, shipped,
            "schemas/{kind}.schema.json is stale: run `intplan schema --file {kind} > schemas/{kind}.schema.json`"
        );
    }
    assert_eq!(
        stdout_of(intplan().arg("schema")),
        stdout_of(intplan().args(["schema", "--file", "plan"]))
    );
}

#[test]
fn schema_describes_fields_with_the_models_doc_comments() {
    let plan: serde_json::Value =
        serde_json::from_str(&stdout_of(intplan().arg("schema"))).unwrap();
    assert_eq!(plan["$schema"], "http://json-schema.org/draft-07/schema#");
    let item = &plan["definitions"]["Item"];
    assert_eq!(
        item["properties"]["owner"]["description"],
        "`owner`: the post that answers for the item."
    );
    assert_eq!(
        item["required"],
        serde_json::json!(["id", "title", "goals", "owner"])
    );
    assert_eq!(
        plan["definitions"]["Status"]["enum"],
        serde_json::json!(["planned", "active", "blocked", "done", "dropped"])
    );
}

/// The lines of a file whose comment marks a typed mistake (`# schema: ...`).
fn marked_lines(file: &Path) -> Vec<usize> {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && l.contains("# schema"))
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn check_finds_exactly_the_typed_mistakes_the_schema_catches() {
    // scripts/check-schema.sh asserts that taplo flags each marked line; this asserts
    // that intplan check flags the same lines, and no other, with a shape error.
    let dir = "tests/fixtures/eco/typed";
    let out = intplan()
        .args(["check", "-p", dir, "--format", "json", "--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let shape = [
        "toml-syntax",
        "unknown-field",
        "missing-field",
        "invalid-value",
    ];
    let mut found: Vec<(String, usize)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| shape.contains(&d["code"].as_str().unwrap()))
        .map(|d| {
            let file = d["file"].as_str().unwrap().to_owned();
            (file, d["line"].as_u64().unwrap() as usize)
        })
        .collect();
    found.sort();
    let mut marked = Vec::new();
    for file in ["strategy.toml", "2026-27/plan.toml", "2026-27/unit.toml"] {
        let path = format!("{dir}/{file}");
        for line in marked_lines(&root().join(&path)) {
            marked.push((path.clone(), line));
        }
    }
    marked.sort();
    assert_eq!(found, marked);
    assert_eq!(marked.len(), 16);
}

#[test]
fn github_annotations_escape_messages_and_file_names() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pl%an,s:x");
    std::fs::create_dir_all(dir.join("2026-27")).unwrap();
    let fixture = root().join("tests/fixtures/eco/github");
    for file in ["strategy.toml", "2026-27/plan.toml"] {
        std::fs::copy(fixture.join(file), dir.join(file)).unwrap();
    }
    let out = intplan()
        .current_dir(tmp.path())
        .args([
            "check",
            "-p",
            "pl%an,s:x",
            "--format",
            "github",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "::error file=pl%25an%2Cs%3Ax/2026-27/plan.toml,line=19,col=1,title=unknown-field::\
         unknown key `50%25: a,b%0D%0Ac` in [[item]]%0A[[item]] has the keys `id`, `title`, \
         `description`, `goals`, `owner`, `kind`, `status`, `start`, `due`, `completed`, \
         `every`, `last_done`, `groups`, `unit`, `log`\n"
    );
}

#[test]
fn github_annotations_of_a_valid_plan_are_warnings_only() {
    let out = stdout_of(intplan().args(["check", "--format", "github", "--as-of", AS_OF]));
    assert_eq!(
        out,
        "::warning file=plans/2026-27/plan.toml,line=370,col=1,title=stale-item::\
         item 3b-2 has shown no sign of life since 2026-10-06 (53 days; stale after 30)%0A\
         note what happened: `intplan item note 3b-2 \"...\"`\n"
    );
}

#[test]
fn bash_completion_completes_st_to_status() {
    let script = stdout_of(intplan().args(["completions", "bash"]));
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("intplan.bash");
    std::fs::write(&file, script).unwrap();
    let driver = format!(
        r#"source '{}'
COMP_WORDS=(intplan st); COMP_CWORD=1; COMP_LINE='intplan st'; COMP_POINT=${{#COMP_LINE}}
_intplan intplan st intplan
printf '%s\n' "${{COMPREPLY[@]}}""#,
        file.display()
    );
    let out = Process::new("bash")
        .args(["--noprofile", "--norc", "-c", &driver])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "status\n");
}

#[test]
fn man_page_is_roff_for_intplan_1() {
    let page = stdout_of(intplan().arg("man"));
    assert!(page.contains(".TH intplan 1"), "{page}");
    assert!(page.contains("intplan\\-check"), "{page}");
}

#[test]
fn every_command_has_help_with_examples() {
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let help = cmd
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        if !help.contains("Examples:") {
            missing.push(path.to_owned());
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    let cli = Cli::command();
    walk(&cli, "intplan", &mut missing);
    assert!(cli.get_subcommands().count() >= 7);
    assert_eq!(missing, Vec::<String>::new());
}

/// Every example line of every `--help`, its words split as a shell would split
/// them (double quotes kept together), up to a comment, a pipe or a redirection.
fn help_examples() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, out: &mut Vec<Vec<String>>) {
        let help = cmd
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        let joined = help.replace("\\\n", " ");
        for line in joined.lines().map(str::trim) {
            if line.starts_with("intplan ") {
                out.push(shell_words(line));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &mut out);
    out
}

fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quoted) = (Vec::new(), String::new(), false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            '#' | '|' | '>' if !quoted => break,
            ' ' if !quoted => words.extend((!word.is_empty()).then(|| std::mem::take(&mut word))),
            _ => word.push(c),
        }
    }
    words.extend((!word.is_empty()).then_some(word));
    words
}

/// A first-time user copies the examples of `--help`: every post they name is in the
/// shipped plan's roster and every item id they edit or show is a shipped item, so
/// each works as written on `plans/` (an example once named a post the plan does
/// not have, and failed with exit 2).
#[test]
fn help_examples_name_posts_and_items_of_the_shipped_plan() {
    let year = root().join("plans/2026-27");
    let read = |path: PathBuf| std::fs::read_to_string(path).unwrap();
    let plan: toml::Table = read(year.join("plan.toml")).parse().unwrap();
    let roster: Vec<&str> = plan["plan"]["owners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let mut ids = Vec::new();
    for file in ["plan.toml", "d-sektionen.toml"] {
        let doc: toml::Table = read(year.join(file)).parse().unwrap();
        for item in doc["item"].as_array().unwrap() {
            ids.push(item["id"].as_str().unwrap().to_owned());
        }
    }
    let examples = help_examples();
    assert!(examples.len() > 40, "{examples:?}");
    let mut wrong = Vec::new();
    for words in &examples {
        for pair in words.windows(2) {
            // `--by` names a post in `item note` (`status --by` takes group or unit).
            let post = pair[0] == "--owner"
                || (pair[0] == "--by" && words.get(2).is_some_and(|w| w == "note"));
            if post && !roster.contains(&pair[1].as_str()) {
                wrong.push(format!("post {:?} in {words:?}", pair[1]));
            }
        }
        if words.get(1).map(String::as_str) == Some("item")
            && matches!(
                words.get(2).map(String::as_str),
                Some("show" | "note" | "done" | "set")
            )
        {
            let id = &words[3];
            if !ids.contains(id) {
                wrong.push(format!("item {id:?} in {words:?}"));
            }
            if words[2] != "note" {
                for more in words[4..].iter().take_while(|w| !w.starts_with('-')) {
                    if !ids.contains(more) {
                        wrong.push(format!("item {more:?} in {words:?}"));
                    }
                }
            }
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}

/// Runs intplan with stdout on a pipe whose reader reads `lines` lines and then goes
/// away, and returns the exit code and stderr.
fn closed_pipe(args: &[&str], lines: usize) -> (Option<i32>, String) {
    let mut child = Process::new(env!("CARGO_BIN_EXE_intplan"))
        .current_dir(root())
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .env("LANG", "C")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    for _ in 0..lines {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(!line.is_empty(), "{args:?}");
    }
    drop(reader);
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_closed_pipe_ends_quietly() {
    for args in [
        &["status", "--as-of", AS_OF][..],
        &["overdue", "--as-of", AS_OF],
        &["man"],
        &["completions", "bash"],
        &["schema"],
        &["--help"],
        &["status", "--help"],
    ] {
        for lines in [0, 1] {
            assert_eq!(
                closed_pipe(args, lines),
                (Some(0), String::new()),
                "{args:?}"
            );
        }
    }
}

#[test]
fn json_output_is_one_document() {
    for args in [
        &["check", "--format", "json", "--as-of", AS_OF][..],
        &["status", "--format", "json", "--as-of", AS_OF],
        &["overdue", "--format", "json", "--as-of", AS_OF],
        &["upcoming", "--format", "json", "--as-of", AS_OF],
        &["schema"],
    ] {
        let out = stdout_of(intplan().args(args));
        // `from_str` refuses anything but white space after the one value.
        let value: Result<serde_json::Value, _> = serde_json::from_str(&out);
        assert!(value.is_ok(), "{args:?}: {out}");
    }
}
