//! Edits of the plan files in place. [`transaction`] is the one path every `item`
//! command and `init` take (lock, load, change, re-check, write); [`change`] makes
//! the changes as splices of a file's text, in whichever TOML form the file uses,
//! ([`title`] for titles) and [`verify`] checks that nothing else changed; [`carry`] lifts items out of a year's
//! files for `init`; [`form`] finds items and keys in a parsed file, [`text`] holds
//! the line and value arithmetic, and [`lock`] and [`write`] the lock and the
//! atomic write.

pub(crate) mod carry;
pub(crate) mod change;
pub(crate) mod form;
pub mod lock;
pub(crate) mod text;
mod title;
pub(crate) mod transaction;
mod verify;
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
