//! What every command resolves the same way from the global options: the plan
//! folder, the year asked for, the day and the language. A leaf module, so that
//! reports, edits and `init` take the same settings without importing the command
//! line.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::i18n::Lang;

/// The global options, resolved: defaults filled in from the environment and the clock.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The plan folder.
    pub plan: PathBuf,
    /// `--year`, if given.
    pub year: Option<String>,
    /// `--as-of`, or today.
    pub as_of: NaiveDate,
    /// The output language.
    pub lang: Lang,
    /// Whether the language was asked for (`--lang`, `INTPLAN_LANG`) rather than
    /// taken from the locale: a CSV is then for a person, in that language.
    pub lang_chosen: bool,
}
