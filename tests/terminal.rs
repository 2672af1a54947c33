//! Tables that fit the terminal, run in a real pseudo-terminal (`script` from
//! util-linux) at 80 and 120 columns: no line is wider than the terminal, the
//! widest free text shrinks or goes first, ids, dates, numbers and posts are never
//! broken, colour does not change the layout, `COLUMNS` wins when set, and output
//! that is not a terminal is never wrapped. The plan in `tests/fixtures/terminal/`
//! has the union's long post names and goal texts.

mod common;

use std::path::Path;
use std::process::Command;

use common::{fixtures, intplan, intplan_env};
use unicode_width::UnicodeWidthStr;

/// Quotes a word for `sh -c`.
fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', "'\\''"))
}

/// Runs intplan in a pseudo-terminal `columns` wide and returns what it printed,
/// with the terminal's carriage returns and colours taken out, and whether it was
/// coloured.
fn in_terminal(columns: u16, args: &[&str], vars: &[(&str, &str)]) -> Option<(String, bool)> {
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        return None;
    }
    let bin = env!("CARGO_BIN_EXE_intplan");
    let words: Vec<String> = args.iter().map(|a| quote(a)).collect();
    let assignments: Vec<String> = vars
        .iter()
        .map(|(k, v)| quote(&format!("{k}={v}")))
        .collect();
    // The shell sets COLUMNS from the terminal on its own: unset it, so that the
    // binary finds the width from the terminal unless a test sets it.
    let command = format!(
        "stty cols {columns} rows 50 && unset COLUMNS LINES && exec env {} {} {}",
        assignments.join(" "),
        quote(bin),
        words.join(" ")
    );
    let out = Command::new(script)
        .args(["-qec", &command, "/dev/null"])
        .current_dir(fixtures(""))
        .env("RUST_BACKTRACE", "0")
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("LINES")
        .env_remove("INTPLAN_LANG")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script runs");
    let raw = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .replace('\r', "");
    let coloured = raw.contains("\u{1b}[");
    Some((anstream::adapter::strip_str(&raw).to_string(), coloured))
}

/// Skips a test where `script` is missing, saying so.
macro_rules! terminal {
    ($columns:expr, $args:expr) => {
        terminal!($columns, $args, &[])
    };
    ($columns:expr, $args:expr, $vars:expr) => {
        match in_terminal($columns, $args, $vars) {
            Some(out) => out,
            None => {
                #[allow(clippy::print_stderr, reason = "a skipped test says why")]
                {
                    eprintln!("skipped: no /usr/bin/script to make a pseudo-terminal");
                }
                return;
            }
        }
    };
}

const STATUS: &[&str] = &["-p", "terminal", "--as-of", "2026-11-28", "status"];

fn widest_line(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

#[test]
fn status_at_80_columns() {
    let (out, coloured) = terminal!(80, STATUS);
    assert!(coloured, "a terminal gets colour");
    assert_eq!(
        out,
        "Status: action plan 2026/27, as of 2026-11-28
Vision: All members shall thrive and develop throughout their whole time at
Chalmers

Goal Owner                               Items Done Overdue Next due   Health
──── ─────────────────────────────────── ───── ──── ─────── ────────── ─────────
1a   Utbildningsansvarig                     1    0       0 2026-12-15 on track
1b   Kårordförande                           1    0       0 2027-02-15 at risk
2a   Utbildningsansvarig                     1    0       1            at risk
2b   Kommunikationsansvarig                  2    0       2            off track
3a   Mottagningsansvarig                     3    1       1 2026-12-08 at risk
3b   Ordförande i Internationella            1    0       0 2027-03-31 on track
     utskottet
3c   Arbetsmarknadsansvarig                  1    0       0 2027-02-28 on track
4a   Utbildningsansvarig                     1    0       0 2027-04-30 on track
4b   Vice kårordförande, Kårordförande       1    0       0 2026-12-08 on track

Totals: 10 items, 1 done, 3 overdue, 2 stale.
1b at risk: 1b-1 blocked
2a at risk: 2a-1 8 days overdue, 2a-1 stale
2b off track: 2b-1 44 days overdue, 2b-2 14 days overdue, 2b-2 stale
3a at risk: 2b-2 14 days overdue, 2b-2 stale
"
    );
}

#[test]
fn status_at_120_columns() {
    let (out, _) = terminal!(120, STATUS);
    assert_eq!(
        out,
        "Status: action plan 2026/27, as of 2026-11-28
Vision: All members shall thrive and develop throughout their whole time at Chalmers

Goal  Area                         Owner                                   Items  Done  Overdue  Next due    Health
────  ───────────────────────────  ──────────────────────────────────────  ─────  ────  ───────  ──────────  ─────────
1a    1 Representation             Utbildningsansvarig                         1     0        0  2026-12-15  on track
1b    1 Representation             Kårordförande                               1     0        0  2027-02-15  at risk
2a    2 Communication              Utbildningsansvarig                         1     0        1              at risk
2b    2 Communication              Kommunikationsansvarig                      2     0        2              off track
3a    3 Engagement and activities  Mottagningsansvarig                         3     1        1  2026-12-08  at risk
3b    3 Engagement and activities  Ordförande i Internationella utskottet      1     0        0  2027-03-31  on track
3c    3 Engagement and activities  Arbetsmarknadsansvarig                      1     0        0  2027-02-28  on track
4a    4 Integration                Utbildningsansvarig                         1     0        0  2027-04-30  on track
4b    4 Integration                Vice kårordförande, Kårordförande           1     0        0  2026-12-08  on track

Totals: 10 items, 1 done, 3 overdue, 2 stale.
1b at risk: 1b-1 blocked
2a at risk: 2a-1 8 days overdue, 2a-1 stale
2b off track: 2b-1 44 days overdue, 2b-2 14 days overdue, 2b-2 stale
3a at risk: 2b-2 14 days overdue, 2b-2 stale
"
    );
}

#[test]
fn every_report_fits_and_breaks_no_id_date_or_single_word_post() {
    let reports: [&[&str]; 8] = [
        &["status"],
        &["status", "--lang", "sv"],
        &["status", "--by", "group"],
        &["overdue"],
        &["upcoming", "--within", "60"],
        &["week"],
        &["week", "--lang", "sv"],
        &["item", "show", "4b-1"],
    ];
    for columns in [80, 120] {
        for report in reports {
            let args = [&["-p", "terminal", "--as-of", "2026-11-28"][..], report].concat();
            let (out, _) = terminal!(columns, &args);
            assert!(
                widest_line(&out) <= usize::from(columns),
                "{report:?} at {columns}:\n{out}"
            );
            // A post of one word is never broken: it appears as often as in the
            // unwrapped output of a pipe.
            let piped = intplan(&fixtures(""), &args).stdout;
            for word in [
                "Kommunikationsansvarig",
                "Arbetsmarknadsansvarig",
                "Utbildningsansvarig",
                "Mottagningsansvarig",
            ] {
                assert_eq!(
                    out.matches(word).count(),
                    piped.matches(word).count(),
                    "{word} broken in {report:?} at {columns}:\n{out}"
                );
            }
            for line in out.lines() {
                for piece in line.split_whitespace() {
                    let date_start =
                        piece.len() >= 5 && piece.starts_with("202") && piece.as_bytes()[4] == b'-';
                    if date_start {
                        let date = piece.trim_end_matches(['.', ',', ')', ';', ':']);
                        assert!(
                            date.len() >= 10 || date.ends_with('…'),
                            "a date broken in {report:?} at {columns}: {line}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_shipped_plan_fits_at_80_and_120_columns() {
    let plans = common::root().join("plans");
    let plans = plans.to_str().unwrap();
    let reports: [&[&str]; 8] = [
        &["status"],
        &["status", "--lang", "sv"],
        &["status", "--by", "group"],
        &["overdue"],
        &["upcoming", "--within", "60"],
        &["week"],
        &["week", "--lang", "sv", "--owner", "Kommunikationsansvarig"],
        &["item", "show", "2b-2"],
    ];
    for columns in [80, 120] {
        for report in reports {
            let args = [&["-p", plans, "--as-of", "2026-11-28"][..], report].concat();
            let (out, _) = terminal!(columns, &args);
            assert!(!out.is_empty(), "{report:?}");
            assert!(
                widest_line(&out) <= usize::from(columns),
                "{report:?} at {columns}:\n{out}"
            );
            let piped = intplan(&fixtures(""), &args).stdout;
            for word in [
                "Kommunikationsansvarig",
                "Utbildningsansvarig",
                "2026-12-15",
            ] {
                assert_eq!(
                    out.matches(word).count(),
                    piped.matches(word).count(),
                    "{word} broken in {report:?} at {columns}:\n{out}"
                );
            }
        }
    }
}

#[test]
fn colour_does_not_change_the_layout() {
    let (coloured, was) = terminal!(80, &[STATUS, &["--color", "always"]].concat());
    let (plain, was_not) = terminal!(80, &[STATUS, &["--color", "never"]].concat());
    assert!(was && !was_not);
    assert_eq!(coloured, plain);
    let (no_color, none) = terminal!(80, STATUS, &[("NO_COLOR", "1")]);
    assert!(!none);
    assert_eq!(no_color, plain);
}

#[test]
fn columns_wins_over_the_terminal() {
    let (wide, _) = terminal!(80, STATUS, &[("COLUMNS", "120")]);
    let (at_120, _) = terminal!(120, STATUS);
    assert_eq!(wide, at_120);
    // In a pipe COLUMNS is the only width there is.
    let piped = intplan_env(
        &fixtures(""),
        &["-p", "terminal", "--as-of", "2026-11-28", "status"],
        &[("COLUMNS", "80")],
    );
    let (at_80, _) = terminal!(80, STATUS);
    assert_eq!(piped.stdout, at_80);
}

#[test]
fn output_that_is_not_a_terminal_is_never_wrapped_or_cut() {
    let run = intplan(&fixtures(""), STATUS);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    // Heading, vision, blank, column names, rule, nine goals, blank, totals, four
    // reasons.
    assert_eq!(lines.len(), 5 + 9 + 1 + 1 + 4, "{}", run.stdout);
    assert!(run.stdout.contains(
        "Conditions shall be created so that the student union, centrally and locally, can work to integrate international members into the student union and with national members"
    ));
    assert!(!run.stdout.contains('…'));
}

#[test]
fn a_terminal_of_no_width_is_not_a_width() {
    let (out, _) = terminal!(0, STATUS);
    let piped = intplan(&fixtures(""), STATUS);
    assert_eq!(out, piped.stdout);
}

/// `items` has ten columns. A terminal too narrow for them all leaves out the
/// details (last sign of life, unit, kind, days late or left, goals, in that order)
/// before the title, which is what a list is read for; a wide one shows them all.
#[test]
fn items_keep_their_titles_and_leave_out_details_on_a_narrow_terminal() {
    let args = ["-p", "terminal", "--as-of", "2026-11-28", "items", "--all"];
    let cases: [(u16, &str); 3] = [
        (80, "Id Item Owner Status Next due"),
        (120, "Id Item Goals Owner Status Next due Late / left"),
        (
            250,
            "Id Item Goals Owner Kind Status Next due Late / left Unit Last sign of life",
        ),
    ];
    for (columns, headings) in cases {
        let (out, _) = terminal!(columns, &args);
        assert!(
            widest_line(&out) <= usize::from(columns),
            "at {columns}:\n{out}"
        );
        let first = out.lines().nth(1).unwrap().split_whitespace();
        assert_eq!(
            first.collect::<Vec<_>>().join(" "),
            headings,
            "at {columns}:\n{out}"
        );
    }
}
