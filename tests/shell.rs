//! The tool in a user's shell: completion computed from the plan folder, run in a
//! real bash (and zsh and fish where installed) by sourcing the script that
//! `intplan completions SHELL` prints and calling its function the way the shell
//! does; and the man pages that `intplan man --dir` writes, read with `man -l`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::plans::copy_dir;
use common::{fixtures, root};

/// The folder of the built binary, to put first on PATH as an installed one is.
fn bin_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_intplan"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn path_with_bin() -> String {
    format!(
        "{}:{}",
        bin_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn has(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// What bash completes for the words, the last being the one under the cursor,
/// run in `cwd` with extra environment: the completion list, and bash's stderr.
fn bash_complete(cwd: &Path, words: &[&str], vars: &[(&str, &str)]) -> (Vec<String>, String) {
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', r"'\''")))
        .collect();
    let driver = format!(
        r#"source <(intplan completions bash) || exit 9
fn=$(complete -p intplan | sed 's/.*-F \([^ ]*\) .*/\1/')
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
"$fn" intplan "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        words = quoted.join(" ")
    );
    let out = Command::new("bash")
        .args(["--noprofile", "--norc", "-c", &driver])
        .current_dir(cwd)
        .env("PATH", path_with_bin())
        .env_remove("INTPLAN_PLAN")
        .env_remove("INTPLAN_LANG")
        .env("LANG", "C")
        .env("RUST_BACKTRACE", "1")
        .envs(vars.iter().copied())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let list = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    (list, String::from_utf8(out.stderr).unwrap())
}

/// Completion in the fixture's parent folder, with `-p complete` as a user types it.
fn complete_words(words: &[&str]) -> Vec<String> {
    let (list, stderr) = bash_complete(&fixtures(""), words, &[]);
    assert_eq!(stderr, "", "{words:?}");
    list
}

const ALL_ITEMS: [&str; 3] = ["1a-1", "1a-2", "1b-1"];

#[test]
fn bash_completes_the_years_item_ids() {
    let as_of = ["--as-of", "2026-11-28"];
    let ids = complete_words(
        &[
            &["intplan", "-p", "complete"][..],
            &as_of,
            &["item", "done", ""],
        ]
        .concat(),
    );
    assert_eq!(ids, ALL_ITEMS);
    for cmd in ["show", "set", "note"] {
        let line = [
            &["intplan", "-p", "complete", "item", cmd][..],
            &as_of,
            &["1a"],
        ]
        .concat();
        assert_eq!(complete_words(&line), ["1a-1", "1a-2"], "item {cmd}");
    }
    // --year picks the year; the global option may come anywhere.
    let last_year = complete_words(&[
        "intplan", "item", "done", "--year", "2025-26", "-p", "complete", "",
    ]);
    assert_eq!(last_year, ["1a-9"]);
}

#[test]
fn bash_completes_posts_goals_years_units_and_unit_files() {
    let base = ["intplan", "--plan=complete", "--as-of", "2026-11-28"];
    let with = |rest: &[&str]| complete_words(&[&base[..], rest].concat());
    // Posts: the roster, the lead, goal owners and item owners, escaped for bash.
    assert_eq!(
        with(&["status", "--owner", ""]),
        [
            r"D-sektionens\ internationellt\ ansvarig",
            "Utbildningsansvarig",
            r"Vice\ kårordförande"
        ]
    );
    assert_eq!(
        with(&["item", "note", "1a-1", "x", "--by", "Vi"]),
        [r"Vice\ kårordförande"]
    );
    // A word begun with a quote gets the value as it is; readline closes the quote.
    assert_eq!(
        with(&["overdue", "--owner", "\"Vice"]),
        ["Vice kårordförande"]
    );
    assert_eq!(with(&["status", "--goal", ""]), ["1a", "1b"]);
    assert_eq!(
        with(&["item", "add", "--goal", "1a", "--goal", ""]),
        ["1a", "1b"]
    );
    assert_eq!(with(&["--year", ""]), ["2025-26", "2026-27"]);
    assert_eq!(with(&["init", "--from", "2025"]), ["2025-26"]);
    assert_eq!(with(&["item", "add", "--file", ""]), ["d-sektionen.toml"]);
    assert_eq!(
        with(&["item", "add", "--unit", ""]),
        ["D-sektionen", "central"]
    );
    // Commands and options still complete as before.
    assert_eq!(with(&["st"]), ["status"]);
    assert_eq!(with(&["check", "--st"]), ["--strict"]);
}

#[test]
fn bash_completion_follows_intplan_plan_and_the_default_folder() {
    let (ids, stderr) = bash_complete(
        &root(),
        &["intplan", "item", "show", "--as-of", "2026-11-28", "1a-"],
        &[("INTPLAN_PLAN", "tests/fixtures/complete")],
    );
    assert_eq!(
        (ids, stderr.as_str()),
        (vec!["1a-1".to_owned(), "1a-2".to_owned()], "")
    );
    // Without -p or INTPLAN_PLAN: plans/ of the current folder.
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures("complete"), &tmp.path().join("plans"));
    let (ids, _) = bash_complete(
        tmp.path(),
        &["intplan", "--as-of", "2026-11-28", "item", "done", ""],
        &[],
    );
    assert_eq!(ids, ALL_ITEMS);
}

#[test]
fn a_broken_or_missing_plan_completes_nothing_and_prints_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let plans = tmp.path().join("plans");
    copy_dir(&fixtures("complete"), &plans);
    std::fs::write(plans.join("strategy.toml"), "[strategy\ntitle = ").unwrap();
    std::fs::write(plans.join("2026-27/plan.toml"), "[[item]\nid = ").unwrap();
    for words in [
        &["intplan", "item", "done", ""][..],
        &["intplan", "status", "--owner", ""],
        &["intplan", "status", "--goal", ""],
        &["intplan", "-p", "/nonexistent", "item", "done", ""],
        &["intplan", "-p", "/nonexistent", "--year", ""],
    ] {
        let (list, stderr) = bash_complete(tmp.path(), words, &[]);
        assert_eq!((list, stderr), (Vec::new(), String::new()), "{words:?}");
    }
    // The binary itself writes nothing to stderr either (the script hides it too).
    let out = Command::new(env!("CARGO_BIN_EXE_intplan"))
        .args(["--", "intplan", "item", "done", ""])
        .current_dir(tmp.path())
        .env("INTPLAN_COMPLETE", "bash")
        .env("_INTPLAN_COMPLETE_INDEX", "3")
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    assert_eq!(
        (
            out.status.code(),
            out.stdout.as_slice(),
            out.stderr.as_slice()
        ),
        (Some(0), &b""[..], &b""[..])
    );
}

#[test]
#[allow(clippy::print_stderr, reason = "a skipped check says why")]
fn fish_completes_item_ids_with_their_titles() {
    if !has("fish") {
        eprintln!("skipped: fish is not installed");
        return;
    }
    let out = Command::new("fish")
        .args([
            "--no-config",
            "-c",
            "intplan completions fish | source; complete -C 'intplan -p complete --as-of 2026-11-28 item done '; complete -C 'intplan -p complete status --owner Vice'",
        ])
        .current_dir(fixtures(""))
        .env("PATH", path_with_bin())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "1a-1\tRepresentatives on the programme boards\n\
         1a-2\tD-sektionen's study committee\n\
         1b-1\tCouncil seats\n\
         Vice kårordförande\n"
    );
}

#[test]
#[allow(clippy::print_stderr, reason = "a skipped check says why")]
fn zsh_completes_posts_through_describe() {
    if !has("zsh") {
        eprintln!("skipped: zsh is not installed");
        return;
    }
    // compinit's _describe needs a live completion widget; a stand-in prints what
    // the script hands it, as the bash test reads COMPREPLY.
    let driver = "source <(intplan completions zsh)
_describe() { print -l -- \"${(@P)3}\" }
words=(intplan -p complete --as-of 2026-11-28 status --owner ''); CURRENT=8; _intplan
words=(intplan -p complete --as-of 2026-11-28 item done 1b); CURRENT=8; _intplan";
    let out = Command::new("zsh")
        .args(["-f", "-c", driver])
        .current_dir(fixtures(""))
        .env("PATH", path_with_bin())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "D-sektionens internationellt ansvarig\nUtbildningsansvarig\nVice kårordförande\n\
         1b-1:Council seats\n"
    );
}

#[test]
fn every_shell_gets_a_script_that_calls_intplan() {
    for (shell, mark) in [
        ("bash", "complete -F _intplan intplan"),
        ("zsh", "#compdef intplan"),
        (
            "fish",
            "complete --keep-order --exclusive --command intplan",
        ),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[intplan]"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_intplan"))
            .args(["completions", shell])
            .output()
            .unwrap();
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains(mark), "{shell}: {script}");
        assert!(script.contains("INTPLAN_COMPLETE"), "{shell}: {script}");
        // What the script asks at a TAB is answered for every shell.
        let out = Command::new(env!("CARGO_BIN_EXE_intplan"))
            .args(["--", "intplan", "-p", "complete", "item", "done", "1b"])
            .current_dir(fixtures(""))
            .env("INTPLAN_COMPLETE", shell)
            .env("_CLAP_COMPLETE_INDEX", "5")
            .env("_INTPLAN_COMPLETE_INDEX", "5")
            .output()
            .unwrap();
        let answer = String::from_utf8(out.stdout).unwrap();
        assert!(answer.starts_with("1b-1"), "{shell}: {answer:?}");
        assert!(out.stderr.is_empty(), "{shell}");
    }
}

/// The pages `intplan man --dir` writes, by file name.
fn man_pages(dir: &Path) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_intplan"))
        .args(["man", "--dir"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

/// The commands of the command line as page names: `intplan-item-add`.
fn command_pages() -> Vec<String> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        let name = format!("{prefix}{}", cmd.get_name());
        out.push(format!("{name}.1"));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, &format!("{name}-"), out);
        }
    }
    let mut pages = Vec::new();
    walk(
        &<intplan::cli::Cli as clap::CommandFactory>::command(),
        "",
        &mut pages,
    );
    pages.sort();
    pages
}

#[test]
fn man_dir_writes_one_page_per_command_with_the_sections_readers_look_for() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("man1");
    let files = man_pages(&dir);
    assert_eq!(files, command_pages());
    assert!(files.contains(&"intplan-item-add.1".to_owned()));
    for file in &files {
        let page = std::fs::read_to_string(dir.join(file)).unwrap();
        for section in [
            ".SH NAME",
            ".SH SYNOPSIS",
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH FILES",
            ".SH EXAMPLES",
            ".SH \"SEE ALSO\"",
        ] {
            assert!(page.contains(section), "{file} lacks {section}");
        }
        assert!(!page.contains(".SH EXTRA"), "{file}");
        // Every page SEE ALSO names exists beside it.
        let see_also = page.split(".SH \"SEE ALSO\"").nth(1).unwrap();
        for name in see_also.split("\\fB").skip(1) {
            let name = name.split("\\fR").next().unwrap().replace("\\-", "-");
            assert!(
                files.contains(&format!("{name}.1")),
                "{file} names {name}(1)"
            );
        }
    }
    let add = std::fs::read_to_string(dir.join("intplan-item-add.1")).unwrap();
    assert!(add.contains("intplan item add \\-\\-goal 2b"), "{add}");
    assert!(
        add.contains("\\fBintplan\\fR(1), \\fBintplan\\-item\\fR(1)"),
        "{add}"
    );
    // `intplan man` alone prints the main page, the same as intplan.1.
    let main = Command::new(env!("CARGO_BIN_EXE_intplan"))
        .arg("man")
        .output()
        .unwrap();
    assert_eq!(main.stdout, std::fs::read(dir.join("intplan.1")).unwrap());
    let main = String::from_utf8(main.stdout).unwrap();
    assert!(main.contains("\\fBintplan\\-check\\fR(1)"), "{main}");
}

#[test]
#[allow(clippy::print_stderr, reason = "a skipped check says why")]
fn man_pages_render_without_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("man1");
    let files = man_pages(&dir);
    if !has("man") && !has("groff") && !has("mandoc") {
        eprintln!(
            "skipped: neither man, groff nor mandoc is installed (the structure is tested above)"
        );
        return;
    }
    for file in files {
        let path = dir.join(&file);
        let out = if has("man") {
            Command::new("man")
                .args(["--warnings", "-l"])
                .arg(&path)
                .env("MANWIDTH", "80")
                .env("LC_ALL", "C.UTF-8")
                .output()
                .unwrap()
        } else if has("groff") {
            Command::new("groff")
                .args(["-man", "-ww", "-z"])
                .arg(&path)
                .output()
                .unwrap()
        } else {
            Command::new("mandoc")
                .args(["-T", "lint", "-W", "error"])
                .arg(&path)
                .output()
                .unwrap()
        };
        assert!(out.status.success(), "{file}: {out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{file}");
        let text = String::from_utf8_lossy(&out.stdout);
        if has("man") {
            assert!(
                text.contains("EXIT STATUS") && text.contains("EXAMPLES"),
                "{file}: {text}"
            );
        }
    }
}

/// A name holding a hidden character (a bidi override, an escape) is an
/// `invalid-value` for `check`; completion leaves it out rather than type it into
/// the shell, and offers the names that are sound.
#[test]
fn completion_never_offers_a_name_with_a_hidden_character() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("complete");
    copy_dir(&fixtures("complete"), &plans);
    let plan = plans.join("2026-27/plan.toml");
    let text = std::fs::read_to_string(&plan).unwrap().replace(
        "owner = \"Vice kårordförande\"\nstart",
        "owner = \"Vice\u{202e} kårordförande\\u001b[2J\"\nstart",
    );
    std::fs::write(&plan, text).unwrap();
    let (list, stderr) = bash_complete(
        dir.path(),
        &[
            "intplan",
            "--plan=complete",
            "--as-of",
            "2026-11-28",
            "status",
            "--owner",
            "",
        ],
        &[],
    );
    assert_eq!(stderr, "");
    assert_eq!(
        list,
        [
            r"D-sektionens\ internationellt\ ansvarig",
            "Utbildningsansvarig",
            r"Vice\ kårordförande"
        ]
    );
}
