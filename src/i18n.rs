//! The two languages every human-readable output exists in (goal 2b of the strategy:
//! international students must be able to read what the union produces). Strings live
//! at the place that uses them, side by side, through [`tr!`](crate::tr); this module
//! only knows which language is wanted and the words shared by several reports.

use clap::ValueEnum;

/// An output language. English is the default because the tool's users include
/// international students who read no Swedish.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Svenska.
    Sv,
}

impl Lang {
    /// The language when `--lang` is not given: `INTPLAN_LANG` (handled by clap), then
    /// a POSIX locale (`LC_ALL` before `LANG`, as libc reads them) that starts with `sv`.
    pub fn from_locale(lc_all: Option<&str>, lang: Option<&str>) -> Lang {
        let locale = lc_all.filter(|v| !v.is_empty()).or(lang).unwrap_or("");
        if locale.starts_with("sv") {
            Lang::Sv
        } else {
            Lang::En
        }
    }

    /// Picks the text for this language; the `tr!` macro builds both sides.
    pub fn pick<T>(self, en: T, sv: T) -> T {
        match self {
            Lang::En => en,
            Lang::Sv => sv,
        }
    }
}

/// "1 error", "3 errors", "3 fel": a count with the noun in the right number.
/// Each language gives its singular and plural form.
pub fn count(lang: Lang, n: usize, en: [&str; 2], sv: [&str; 2]) -> String {
    let forms = lang.pick(en, sv);
    format!("{n} {}", if n == 1 { forms[0] } else { forms[1] })
}

/// Formats a message in the wanted language: `tr!(lang, "{n} items", "{n} aktiviteter")`.
/// Only the chosen side is formatted.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $en:literal, $sv:literal $(, $arg:expr)* $(,)?) => {
        match $lang {
            $crate::i18n::Lang::En => format!($en $(, $arg)*),
            $crate::i18n::Lang::Sv => format!($sv $(, $arg)*),
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_swedish_only_for_sv() {
        assert_eq!(Lang::from_locale(None, Some("sv_SE.UTF-8")), Lang::Sv);
        assert_eq!(
            Lang::from_locale(Some("en_GB.UTF-8"), Some("sv_SE")),
            Lang::En
        );
        assert_eq!(Lang::from_locale(Some(""), Some("sv_SE")), Lang::Sv);
        assert_eq!(Lang::from_locale(None, Some("C.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(None, None), Lang::En);
    }

    #[test]
    fn count_picks_the_number() {
        assert_eq!(
            count(Lang::En, 1, ["error", "errors"], ["fel", "fel"]),
            "1 error"
        );
        assert_eq!(
            count(Lang::En, 0, ["error", "errors"], ["fel", "fel"]),
            "0 errors"
        );
        assert_eq!(
            count(
                Lang::Sv,
                2,
                ["warning", "warnings"],
                ["varning", "varningar"]
            ),
            "2 varningar"
        );
    }

    #[test]
    fn tr_formats_the_chosen_side() {
        let n = 3;
        assert_eq!(tr!(Lang::En, "{n} items", "{n} aktiviteter"), "3 items");
        assert_eq!(
            tr!(Lang::Sv, "{} items", "{} aktiviteter", n),
            "3 aktiviteter"
        );
    }
}
