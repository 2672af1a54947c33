//! What intplan writes must never let plan text act: no terminal escape sequences
//! reach a terminal (tables, diagnostics, error messages), Markdown cannot smuggle
//! in HTML or links, CSV cells cannot start a spreadsheet formula, and JSON escapes
//! control characters. The plan text below is what a hostile or careless paste puts
//! in a title or an owner.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

mod common;

#[cfg(unix)]
use common::pty::{Tty, without_colour};

/// ESC sequences that clear the screen and set the window title, BEL, a C1 CSI.
const NASTY: &str = r#"Evil\u001b[2J\u001b]0;pwned\u0007\u009b31m <script>alert(1)</script> | [x](javascript:alert(1)) *b* \"q\""#;
/// The same text as it reads after TOML unescapes it.
const NASTY_VALUE: &str = "Evil\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m <script>alert(1)</script> | [x](javascript:alert(1)) *b* \"q\"";

/// A copy of the minimal plan whose item is overdue on 2026-11-28 and has `title`.
fn plan_with_title(title: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let root = tmp.path().join("plan");
    fs::create_dir_all(root.join("2026-27")).unwrap();
    fs::copy(fixtures.join("strategy.toml"), root.join("strategy.toml")).unwrap();
    let plan = fs::read_to_string(fixtures.join("2026-27/plan.toml"))
        .unwrap()
        .replace(
            "title = { sv = \"Programråd\", en = \"Programme boards\" }",
            &format!("title = \"{title}\""),
        )
        .replace("due = 2026-12-15", "due = 2026-11-01");
    fs::write(root.join("2026-27/plan.toml"), plan).unwrap();
    (tmp, root)
}

fn run(root: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("intplan")
        .unwrap()
        .env("RUST_BACKTRACE", "0")
        .env_remove("NO_COLOR")
        .arg("-p")
        .arg(root)
        .args(args)
        .args(["--as-of", "2026-11-28", "--lang", "en"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Every ESC in `text` starts an SGR colour code the tool wrote itself
/// (`ESC [ digits ; m`); there is no BEL and no C1 control.
fn only_colour_codes(text: &str) -> bool {
    if text.contains(['\u{7}', '\u{9b}']) {
        return false;
    }
    text.split('\u{1b}').skip(1).all(|rest| {
        rest.strip_prefix('[').is_some_and(|r| {
            let end = r.find(|c: char| !c.is_ascii_digit() && c != ';');
            end.is_some_and(|e| r[e..].starts_with('m'))
        })
    })
}

#[test]
fn table_output_shows_escape_sequences_in_titles_visibly() {
    let (_tmp, root) = plan_with_title(NASTY);
    let (code, out, _) = run(&root, &["overdue", "--color", "never"]);
    assert_eq!(code, 0);
    assert!(
        out.contains(r"Evil\u{1B}[2J\u{1B}]0;pwned\u{7}\u{9B}31m <script>alert(1)</script>"),
        "{out}"
    );
    assert!(!out.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{out:?}");
    let (_, coloured, _) = run(&root, &["status", "--color", "always"]);
    assert!(coloured.contains('\u{1b}'), "colour was asked for");
    assert!(only_colour_codes(&coloured), "{coloured:?}");
    let (_, coloured, _) = run(&root, &["overdue", "--color", "always"]);
    assert!(only_colour_codes(&coloured), "{coloured:?}");
}

#[test]
fn markdown_escapes_html_links_and_markup() {
    let (_tmp, root) = plan_with_title(NASTY);
    let (_, out, _) = run(&root, &["overdue", "--format", "markdown"]);
    let row = out.lines().find(|l| l.contains("1a-1")).unwrap();
    assert!(
        row.contains(
            r#"Evil&#27;\[2J&#27;]0;pwned&#7;&#155;31m \<script\>alert(1)\</script\> \| \[x](javascript:alert(1)) \*b\* "q""#
        ),
        "{row}"
    );
    assert!(!out.contains("<script>"));
    assert!(!out.contains(['\u{1b}', '\u{7}']));
    // The row still has exactly its columns: the title's pipe is escaped.
    let header = out.lines().find(|l| l.starts_with("| ")).unwrap();
    let columns = |l: &str| l.replace(r"\|", "").matches('|').count();
    assert_eq!(columns(row), columns(header));
}

#[test]
fn csv_neutralises_formulas_in_plan_text() {
    for (title, cell) in [
        (
            "=HYPERLINK(\\\"http://x\\\",\\\"y\\\")",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        ),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =1+1", "'  =1+1"),
        ("\\t=1+1", "'\t=1+1"),
        ("＝1+1", "'＝1+1"),
    ] {
        let (_tmp, root) = plan_with_title(title);
        let (code, out, err) = run(&root, &["overdue", "--format", "csv"]);
        assert_eq!(code, 0, "{err}");
        let row = out.lines().nth(1).unwrap();
        assert!(row.contains(&format!(",{cell},")), "{title}: {row}");
    }
}

#[test]
fn json_escapes_control_characters_and_round_trips() {
    let (_tmp, root) = plan_with_title(NASTY);
    let (_, out, _) = run(&root, &["overdue", "--format", "json"]);
    assert!(!out.contains(['\u{1b}', '\u{7}']), "{out:?}");
    assert!(out.contains(r"\u001b[2J"));
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(rows[0]["title"], NASTY_VALUE);
}

/// An owner missing from the roster is quoted in the diagnostic's message.
fn plan_with_owner(owner: &str) -> (tempfile::TempDir, PathBuf) {
    let (tmp, root) = plan_with_title("Programme boards");
    let path = root.join("2026-27/plan.toml");
    let plan = fs::read_to_string(&path).unwrap().replace(
        "owner = \"Utbildningsenheten\"\nstatus",
        &format!("owner = \"{owner}\"\nstatus"),
    );
    fs::write(&path, plan).unwrap();
    (tmp, root)
}

#[test]
fn diagnostics_do_not_pass_escape_sequences_to_a_terminal() {
    let (_tmp, root) = plan_with_owner(NASTY);
    let (code, _, err) = run(&root, &["check", "--color", "always"]);
    assert_eq!(code, 1);
    assert!(err.contains("error[unknown-owner]"), "{err}");
    assert!(only_colour_codes(&err), "{err:?}");
    let (_, github, _) = run(&root, &["check", "--format", "github"]);
    assert!(github.contains("title=unknown-owner"), "{github}");
    assert!(
        !github.contains(['\u{1b}', '\u{7}', '\u{9b}']),
        "{github:?}"
    );
    let (_, json, _) = run(&root, &["check", "--format", "json"]);
    assert!(!json.contains(['\u{1b}', '\u{7}']), "{json:?}");
}

#[test]
fn raw_control_bytes_in_a_file_are_shown_as_symbols_in_the_excerpt() {
    let (_tmp, root) = plan_with_title("Programme boards");
    let path = root.join("2026-27/plan.toml");
    let plan = fs::read_to_string(&path).unwrap().replace(
        "note = \"Started.\"",
        "note = \"Started.\u{1b}]0;pwned\u{7}\"",
    );
    fs::write(&path, plan).unwrap();
    let (code, _, err) = run(&root, &["check", "--color", "always"]);
    assert_eq!(code, 1);
    assert!(err.contains("error[toml-syntax]"), "{err}");
    assert!(only_colour_codes(&err), "{err:?}");
}

#[test]
fn a_raw_c1_control_in_an_owner_is_shown_in_the_excerpt_and_reported() {
    // TOML allows U+0080 to U+009F raw in strings; U+009B is CSI on some terminals.
    let (_tmp, root) = plan_with_owner("Utbildningsenheten\u{9b}2J");
    let (code, _, err) = run(&root, &["check", "--color", "always"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(r#"owner = "Utbildningsenheten\u{9B}2J""#),
        "{err}"
    );
    assert!(err.contains("error[invalid-value]"), "{err}");
    assert!(only_colour_codes(&err), "{err:?}");
}

#[cfg(unix)]
#[test]
fn an_error_naming_a_file_does_not_pass_escapes_from_its_name() {
    let (_tmp, root) = plan_with_title("Programme boards");
    let name = "\u{1b}]0;pwned\u{7}.toml";
    std::os::unix::fs::symlink(name, root.join("2026-27").join(name)).unwrap();
    let (code, _, err) = run(&root, &["check", "--color", "always"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    assert!(only_colour_codes(&err), "{err:?}");
}

/// Runs intplan on `root` with one stream on a pseudo-terminal and the other on a
/// pipe, as a person at a terminal would see it: (exit code, what the terminal
/// showed, what went into the pipe).
#[cfg(unix)]
fn on_terminal(root: &Path, args: &[&str], tty: Tty) -> (i32, String, String) {
    let plan = root.to_str().unwrap();
    let all = [&["-p", plan][..], args, &["--as-of", "2026-11-28"]].concat();
    let shown = common::pty::on_terminal(root, &all, &[], tty);
    (shown.code, shown.terminal, shown.piped)
}

/// No raw control, bidi or invisible character except intplan's own SGR colours.
fn harmless(text: &str) -> bool {
    only_colour_codes(text)
        && !text
            .chars()
            .any(|c| c != '\u{1b}' && c != '\n' && c != '\t' && (c.is_control() || is_invisible(c)))
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{61c}' | '\u{feff}')
}

#[cfg(unix)]
#[test]
fn csv_on_a_terminal_shows_escape_sequences_and_is_exact_in_a_pipe() {
    let (_tmp, root) = plan_with_title(NASTY);
    for args in [
        &["overdue", "--format", "csv"][..],
        &["export", "--format", "csv"][..],
    ] {
        let (code, shown, _) = on_terminal(&root, args, Tty::Stdout);
        assert_eq!(code, 0);
        assert!(harmless(&shown), "{shown:?}");
        assert!(
            shown.contains(r"Evil\u{1B}[2J\u{1B}]0;pwned\u{7}\u{9B}31m <script>"),
            "{shown}"
        );
        let (_, piped, _) = run(&root, args);
        let mut reader = csv::Reader::from_reader(piped.as_bytes());
        let titles: Vec<String> = reader
            .records()
            .map(|r| {
                r.unwrap()
                    .iter()
                    .find(|c| c.starts_with("Evil"))
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(titles, [NASTY_VALUE]);
    }
}

#[test]
fn json_in_a_pipe_keeps_every_character() {
    let title = "del\u{7f} c1\u{85} bidi\u{202e} zw\u{200b} tag\u{e0041}";
    let escaped: String = title
        .chars()
        .map(|c| format!("\\U{:08X}", u32::from(c)))
        .collect();
    let (_tmp, root) = plan_with_title(&escaped);
    let (_, out, err) = run(&root, &["overdue", "--format", "json"]);
    let rows: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    assert_eq!(rows[0]["title"], title, "{out}");
    assert!(harmless(&out), "{out:?}");
}

/// A plan whose roster, goal key and folder names carry escape sequences and
/// invisible characters, as a hostile pull request would.
fn plan_with_hostile_names() -> (tempfile::TempDir, PathBuf) {
    let (tmp, root) = plan_with_title("Programme\u{202e} boards");
    let path = root.join("2026-27/plan.toml");
    let plan = fs::read_to_string(&path)
        .unwrap()
        .replace(
            "owners = [\"Vice ordförande\", \"Utbildningsenheten\"]",
            "owners = [\"Vice ordförande\", \"Utbildningsenheten\", \"Evil\\u001b]0;pwned\\u0007\\u200b\"]",
        )
        .replace("owner = \"Utbildningsenheten\"\nstatus", "owner = \"Evil]0;pwned\"\nstatus")
        .replace("[[item]]", "[goals.\"9\\u001b[2J\"]\nowner = \"Vice ordförande\"\n\n[[item]]");
    fs::write(&path, plan).unwrap();
    let odd = root.join("notes\u{1b}]0;pwned\u{7}\u{202e}");
    fs::create_dir(&odd).unwrap();
    fs::write(odd.join("x.toml"), "").unwrap();
    (tmp, root)
}

#[cfg(unix)]
#[test]
fn diagnostics_show_posts_goal_keys_and_folder_names_visibly() {
    let (_tmp, root) = plan_with_hostile_names();
    let (code, shown, _) = on_terminal(&root, &["check", "--color", "always"], Tty::Stderr);
    assert_eq!(code, 1);
    assert!(harmless(&shown), "{shown:?}");
    let shown = without_colour(&shown);
    for expected in [
        // the roster post in a `help:` line
        r"help: did you mean `Evil\u{1B}]0;pwned\u{7}\u{200B}`?",
        // a goal key in a message
        r"9\u{1B}[2J",
        // a folder name in a `-->` line
        r"notes\u{1B}]0;pwned\u{7}\u{202E}",
    ] {
        assert!(shown.contains(expected), "{expected}\n{shown}");
    }
    let (_, shown, _) = on_terminal(&root, &["check", "--format", "github"], Tty::Stdout);
    assert!(harmless(&shown), "{shown:?}");
    assert!(
        shown.contains(r"Evil\u{1B}]0;pwned\u{7}\u{200B}"),
        "{shown}"
    );
}

#[cfg(unix)]
#[test]
fn a_refused_edit_shows_the_roster_visibly() {
    let (_tmp, root) = plan_with_hostile_names();
    let (code, shown, _) = on_terminal(
        &root,
        &["item", "set", "1a-1", "--owner", "Nobody\u{1b}[2J"],
        Tty::Stderr,
    );
    assert_eq!(code, 1, "{shown}");
    assert!(harmless(&shown), "{shown:?}");
    assert!(shown.contains(r"Nobody\u{1B}[2J"), "{shown}");
}

#[cfg(unix)]
#[test]
fn bidi_and_zero_width_characters_are_shown_in_tables_and_item_show() {
    let (_tmp, root) =
        plan_with_title("Programme \\u202Eboards\\u2066\\u200B\\u200E\\u200F\\u2060\\uFEFF");
    for args in [
        &["overdue"][..],
        &["item", "show", "1a-1"][..],
        &["week"][..],
    ] {
        let (code, shown, _) = on_terminal(&root, args, Tty::Stdout);
        assert_eq!(code, 0, "{args:?}");
        assert!(harmless(&shown), "{args:?}: {shown:?}");
        assert!(
            shown.contains(r"Programme \u{202E}boards\u{2066}\u{200B}"),
            "{args:?}: {shown}"
        );
    }
    let (_, shown, _) = on_terminal(&root, &["overdue", "--format", "markdown"], Tty::Stdout);
    assert!(harmless(&shown), "{shown:?}");
}

#[test]
fn ics_keeps_carriage_returns_from_splitting_lines() {
    let (_tmp, root) = plan_with_title("Programme boards");
    let path = root.join("2026-27/plan.toml");
    let plan = fs::read_to_string(&path)
        .unwrap()
        .replace("id = \"1a-1\"", "id = \"1a-1\\rX-INJECTED:1\"")
        .replace(
            "[[item.log]]",
            "[[item]]\nid = \"1a-2\"\ntitle = \"Check\\rDTSTART:19700101\"\ngoals = [\"1a\"]\nowner = \"Utbildningsenheten\"\nstatus = \"active\"\nkind = \"ongoing\"\nevery = \"1\\rmonth\"\nlast_done = 2026-11-01\n\n[[item.log]]",
        );
    fs::write(&path, plan).unwrap();
    let (code, _, err) = run(&root, &["check", "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    let (code, ics, err) = run(&root, &["export", "--format", "ics"]);
    assert_eq!(code, 0, "{err}");
    for line in ics.split_terminator("\r\n") {
        assert!(!line.contains(['\r', '\n']), "{line:?} in\n{ics}");
        assert!(
            !line.starts_with("X-INJECTED") && !line.starts_with("DTSTART:1970"),
            "{ics}"
        );
    }
    assert!(
        ics.contains("UID:2026-27-1a-1\\nX-INJECTED:1@intplan\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("SUMMARY:[1a] Check\\nDTSTART:19700101 (Utbildningsenheten)\r\n"),
        "{ics}"
    );
}

#[test]
fn a_due_date_at_the_end_of_the_calendar_gives_a_valid_event() {
    let (_tmp, root) = plan_with_title("Programme boards");
    let path = root.join("2026-27/plan.toml");
    let plan = fs::read_to_string(&path)
        .unwrap()
        .replace("due = 2026-11-01", "due = 9999-12-31");
    fs::write(&path, plan).unwrap();
    let (code, ics, err) = run(&root, &["export", "--format", "ics"]);
    assert_eq!(code, 0, "{err}");
    assert!(ics.contains("DTSTART;VALUE=DATE:99991231\r\n"), "{ics}");
    assert!(!ics.contains("DTEND") && !ics.contains("+1000"), "{ics}");
    let calendar: icalendar::Calendar = ics.parse().unwrap();
    assert_eq!(calendar.components.len(), 1);
}

/// A one-megabyte word, with no space to break at, through every human layout on a
/// terminal: `item show` (which wraps long values to the terminal's width), the
/// tables, Markdown and a diagnostic's excerpt. The test asserts only that each
/// finishes; how fast is measured by `scripts/bench.sh`.
#[cfg(unix)]
#[test]
fn a_megabyte_word_is_laid_out_on_a_terminal() {
    let word = "x".repeat(1024 * 1024);
    let (_tmp, root) = plan_with_title(&word);
    for args in [
        &["item", "show", "1a-1"][..],
        &["overdue"][..],
        &["overdue", "--format", "markdown"][..],
        &["week"][..],
        &["items"][..],
    ] {
        let (code, shown, _) = on_terminal(&root, args, Tty::Stdout);
        assert_eq!(code, 0, "{args:?}");
        assert!(shown.contains("xxxxxxxx"), "{args:?}");
    }
    let (_tmp, root) = plan_with_owner(&word);
    let (code, shown, _) = on_terminal(&root, &["check"], Tty::Stderr);
    assert_eq!(code, 1);
    assert!(shown.contains("error[unknown-owner]"), "{shown}");
}

/// An argument echoed in an error (an id, a post, a unit that is not in the plan)
/// cannot begin a line of its own: its line feed is shown, so `X\nerror: fake`
/// never prints a second `error:` line that intplan did not write. JSON keeps the
/// argument exact.
#[test]
fn an_argument_in_an_error_stays_on_its_line() {
    let (_tmp, root) = plan_with_title("Programme boards");
    let hostile = "X\nerror: fake\tT";
    let (code, out, err) = run(&root, &["item", "show", hostile]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "error: no item `X\\u{A}error: fake\tT` in the 2026/27 plan\n"
    );
    for args in [
        ["status", "--owner", hostile],
        ["items", "--unit", hostile],
        ["overdue", "--goal", hostile],
    ] {
        let (code, out, err) = run(&root, &args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("`X\\u{A}error: fake\tT`"), "{args:?}: {err}");
    }
    let (code, out, err) = run(&root, &["status", "--format", "json", "--owner", hostile]);
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(json.to_string().contains("`X\\nerror: fake\\tT`"), "{out}");
}
