//! The benchmark's baseline: reads every `.toml` file of a plan folder and parses it
//! with `toml::de::DeTable::parse`, and nothing else. `scripts/bench.sh` times it
//! next to `intplan check` to show what the tool costs beyond bare TOML parsing.
//!
//! ```sh
//! cargo run --release --example parse_only -- plans
//! ```

use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};

fn parse_tree(dir: &Path, tables: &mut usize) -> Result<()> {
    for entry in fs::read_dir(dir).with_context(|| dir.display().to_string())? {
        let path = entry?.path();
        if path.is_dir() {
            parse_tree(&path, tables)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            let text = fs::read_to_string(&path).with_context(|| path.display().to_string())?;
            let root = toml::de::DeTable::parse(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            *tables += root.get_ref().len();
        }
    }
    Ok(())
}

fn main() -> Result<()> {
    let Some(dir) = std::env::args_os().nth(1) else {
        bail!("usage: parse_only PLAN_DIR");
    };
    let mut tables = 0;
    parse_tree(Path::new(&dir), &mut tables)?;
    if tables == 0 {
        bail!("no TOML tables found under {}", Path::new(&dir).display());
    }
    Ok(())
}
