//! What intplan writes must never let plan text act: no terminal escape sequences
//! reach a terminal (tables, diagnostics, error messages), Markdown cannot smuggle
//! in HTML or links, CSV cells cannot start a spreadsheet formula, and JSON escapes
//! control characters. The plan text below is what a hostile or careless paste puts
//! in a title or an owner.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

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
        out.contains(r"Evil\u{1B}[2J\u{1B}]0;pwned\u{7}\u{9B}31m…"),
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
