//! Fuzzes the loader and every check: the input is a year's `plan.toml` (any bytes),
//! next to the shipped strategy; loading, checking and rendering the diagnostics must
//! never panic. Run with `cargo fuzz run -s none load` (stable) or `cargo +nightly
//! fuzz run load` (with AddressSanitizer).

#![no_main]

use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::NaiveDate;
use intplan::check::{self, Context};
use intplan::diagnostic;
use intplan::i18n::Lang;
use libfuzzer_sys::fuzz_target;

const STRATEGY: &str = include_str!("../../plans/strategy.toml");
const UNIT: &str = include_str!("../../plans/2026-27/d-sektionen.toml");

/// One plan folder per fuzzing process, rewritten for every input.
fn root() -> &'static PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("intplan-fuzz-{}", std::process::id()));
        fs::create_dir_all(root.join("2026-27")).unwrap();
        fs::write(root.join("strategy.toml"), STRATEGY).unwrap();
        fs::write(root.join("2026-27/d-sektionen.toml"), UNIT).unwrap();
        root
    })
}

fuzz_target!(|data: &[u8]| {
    let root = root();
    fs::write(root.join("2026-27/plan.toml"), data).unwrap();
    let ws = intplan::load::load(root, Lang::En).unwrap();
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let cx = Context {
        as_of,
        current_year: Some("2026-27"),
        lang: Lang::En,
    };
    let diagnostics = check::check(&ws, cx);
    let mut sink = Vec::new();
    diagnostic::write_human(&mut sink, &diagnostics, &ws.sources).unwrap();
    diagnostic::write_json(&mut sink, &diagnostics, &ws.sources).unwrap();
    for d in &diagnostics {
        d.position(&ws.sources);
    }
});
