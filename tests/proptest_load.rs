//! No input crashes the tool: mutate the shipped plan files (delete, duplicate, swap
//! and truncate lines; change a value's type; insert random bytes and Unicode), load
//! the mutated folder and run every check, the reports and every renderer through the
//! library. It must never panic, and when there are errors at least one of them must
//! point at a line and column inside its file (and every position given must).
//!
//! 1,000 cases by default; `INTPLAN_PROPTEST_CASES=100000 cargo test --release
//! --test proptest_load` runs more.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use intplan::check::{self, Context};
use intplan::diagnostic::{self, Severity};
use intplan::i18n::Lang;
use intplan::load::{self, Workspace};
use intplan::render::{self, CsvReader, Format, Report};
use intplan::report::followup::{self, Span};
use intplan::report::{Scope, due, indicators, status, trends, units};
use proptest::prelude::*;

/// The shipped files the mutations start from.
const FILES: [&str; 4] = [
    "strategy.toml",
    "2026-27/plan.toml",
    "2026-27/d-sektionen.toml",
    "2026-27/measurements.toml",
];

/// Values of the wrong type, or of the right type but wrong, for "change types".
const VALUES: &[&str] = &[
    "1",
    "-0.5",
    "nan",
    "true",
    "\"\"",
    "\"2026-12-15\"",
    "2026-13-01",
    "2026-02-30",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "[]",
    "[1, \"a\", 2026-01-01]",
    "{}",
    "{ sv = 1, en = [] }",
    "{ a = { b = { c = 1 } } }",
    "\"\u{1b}[31mred\u{7}\"",
    "'''multi\nline'''",
];

#[derive(Clone, Debug)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Truncate(usize),
    ChangeValue(usize, usize),
    InsertBytes(usize, Vec<u8>),
    InsertText(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 0..VALUES.len()).prop_map(|(l, v)| Mutation::ChangeValue(l, v)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, b)| Mutation::InsertBytes(at, b)),
        (any::<usize>(), "\\PC{1,6}").prop_map(|(at, s)| Mutation::InsertText(at, s)),
    ]
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let mut ls = lines(bytes);
    if ls.is_empty() {
        ls.push(Vec::new());
    }
    let n = ls.len();
    match m {
        Mutation::DeleteLine(i) => {
            ls.remove(i % n);
        }
        Mutation::DuplicateLine(i) => {
            let line = ls[i % n].clone();
            ls.insert(i % n, line);
        }
        Mutation::SwapLines(a, b) => ls.swap(a % n, b % n),
        Mutation::Truncate(at) => {
            bytes.truncate(at % (bytes.len() + 1));
            return;
        }
        Mutation::ChangeValue(i, v) => {
            // Replace what follows the first `=` of a line, or the whole line.
            let line = &mut ls[i % n];
            let at = line.iter().position(|&b| b == b'=').map_or(0, |p| p + 1);
            line.truncate(at);
            line.extend_from_slice(format!(" {}\n", VALUES[*v]).as_bytes());
        }
        Mutation::InsertBytes(at, b) => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, b.iter().copied());
            return;
        }
        Mutation::InsertText(at, s) => {
            // Insert at a character boundary when the text is UTF-8, so the file
            // stays UTF-8 and the parser, not the reader, gets to see it.
            let mut at = at % (bytes.len() + 1);
            while at > 0 && at < bytes.len() && (bytes[at] & 0xC0) == 0x80 {
                at -= 1;
            }
            bytes.splice(at..at, s.bytes());
            return;
        }
    }
    *bytes = ls.concat();
}

fn shipped() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans");
    FILES
        .iter()
        .map(|f| fs::read(root.join(f)).unwrap())
        .collect()
}

/// Whether a diagnostic's 1-based line and column lie inside its file's text.
fn inside(ws: &Workspace, d: &diagnostic::Diagnostic) -> Option<bool> {
    let (path, position) = d.position(&ws.sources);
    let (line, column) = position?;
    let text = fs::read(&path)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let Some(this) = text.split('\n').nth(line - 1) else {
        return Some(false);
    };
    let width = this.chars().filter(|&c| c != '\r').count();
    Some(column >= 1 && column <= width + 1)
}

/// Loads the folder and runs every check, report and renderer; panics are the bug.
fn exercise(root: &Path) -> Result<(), TestCaseError> {
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let ws = load::load(root, Lang::En).map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
    for lang in [Lang::En, Lang::Sv] {
        let year = ws.select_year(None, as_of, lang).ok();
        let cx = Context {
            as_of,
            current_year: year.map(|i| ws.years[i].name.as_str()),
            lang,
            warnings: true,
        };
        let diagnostics = check::check(&ws, cx);
        let mut sink = Vec::new();
        diagnostic::write_human(&mut sink, &diagnostics, &ws.sources, lang).unwrap();
        diagnostic::write_json(&mut sink, &diagnostics, &ws.sources).unwrap();
        let paths = intplan::repo_path::RepoPaths::for_plan(&ws.root);
        diagnostic::write_github(&mut sink, &diagnostics, &ws.sources, &paths).unwrap();
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let mut placed = 0;
        for d in &diagnostics {
            match inside(&ws, d) {
                Some(true) => placed += usize::from(d.severity == Severity::Error),
                Some(false) => {
                    return Err(TestCaseError::fail(format!(
                        "{:?} {:?} points outside its file: {d:?}",
                        d.code,
                        d.position(&ws.sources)
                    )));
                }
                None => {}
            }
        }
        prop_assert!(
            errors.is_empty() || placed > 0,
            "errors but none with a position: {errors:?}"
        );
        let Some(index) = year else { continue };
        check::check_one(&ws, index, cx);
        let scope = Scope::whole(&ws.strategy, &ws.years[..=index], as_of, lang).unwrap();
        for format in [Format::Table, Format::Markdown, Format::Csv, Format::Json] {
            for r in [CsvReader::Person, CsvReader::Program] {
                render::emit(&mut sink, &status::compute(&scope), format, lang, r).unwrap();
                render::emit(&mut sink, &due::overdue(&scope), format, lang, r).unwrap();
                render::emit(&mut sink, &due::upcoming(&scope, 30), format, lang, r).unwrap();
                render::emit(&mut sink, &indicators::compute(&scope), format, lang, r).unwrap();
                render::emit(&mut sink, &units::compute(&scope), format, lang, r).unwrap();
            }
        }
        status::compute(&scope).table(lang);
        trends::compute(&scope);
        let span = Span {
            strategy: &ws.strategy,
            years: &ws.years[..=index],
            from: 0,
            as_of,
            goal: None,
            lang,
        };
        followup::compute(&span).document(&span);
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("INTPLAN_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000)
}

/// Writes the shipped files, with `mutated` in place of file `which`, into `dir`.
fn write_plan(dir: &Path, which: usize, mutated: &[u8]) -> PathBuf {
    let files = shipped();
    fs::create_dir_all(dir.join("2026-27")).unwrap();
    for (i, name) in FILES.iter().enumerate() {
        let bytes = if i == which { mutated } else { &files[i] };
        fs::write(dir.join(name), bytes).unwrap();
    }
    dir.to_owned()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_plans_never_panic_and_errors_point_inside_the_file(
        which in 0..FILES.len(),
        mutations in prop::collection::vec(mutation(), 1..5),
    ) {
        let mut bytes = shipped().swap_remove(which);
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let tmp = tempfile::tempdir().unwrap();
        let root = write_plan(tmp.path(), which, &bytes);
        exercise(&root)?;
    }
}

#[test]
fn the_shipped_plan_passes_the_same_exercise() {
    let tmp = tempfile::tempdir().unwrap();
    let root = write_plan(tmp.path(), usize::MAX, &[]);
    exercise(&root).unwrap();
}
