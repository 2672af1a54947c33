//! Edits of the plan files in place: [`change`] makes one change to a TOML document
//! keeping every other byte, [`transaction`] is the one path every edit command
//! takes (lock, load, change, re-check, write), and [`write`] holds the lock and
//! the atomic write.

pub mod change;
pub mod transaction;
pub mod write;

/// The next free id under a goal in the plan's style: "2b-5" when 2b-4 is the
/// highest "2b-N" among `ids`, "2b-1" when there is none.
pub fn next_id<'a>(ids: impl IntoIterator<Item = &'a str>, goal: &str) -> String {
    let prefix = format!("{goal}-");
    let highest = ids
        .into_iter()
        .filter_map(|id| id.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{goal}-{}", highest + 1)
}
