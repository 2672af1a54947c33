//! The words for the values of the format (status, kind, student group, cadence,
//! health) in the run's language, defined once so that every human output, from a
//! table cell to a calendar description, names a value the same way. Machine
//! outputs (JSON, CSV without `--lang`) keep the file's English keywords.

use crate::i18n::Lang;
use crate::model::{Group, Kind, Status};
use crate::schedule::{Cadence, CadenceWord, Health};
use crate::t;

/// A status as a person reads it: "active" / "pågår".
pub fn status(status: Status, lang: Lang) -> String {
    match status {
        Status::Planned => t!(lang, "status-planned"),
        Status::Active => t!(lang, "status-active"),
        Status::Blocked => t!(lang, "status-blocked"),
        Status::Done => t!(lang, "status-done"),
        Status::Dropped => t!(lang, "status-dropped"),
    }
}

/// A kind: "project" / "projekt", "ongoing work" / "löpande arbete".
pub fn kind(kind: Kind, lang: Lang) -> String {
    match kind {
        Kind::Project => t!(lang, "kind-project"),
        Kind::Ongoing => t!(lang, "kind-ongoing"),
    }
}

/// A student group in full: "exchange students" / "utbytesstudenter".
pub fn group(group: Group, lang: Lang) -> String {
    match group {
        Group::Exchange => t!(lang, "group-exchange"),
        Group::Eu => t!(lang, "group-eu"),
        Group::NonEu => t!(lang, "group-non-eu"),
    }
}

/// A student group as a short column heading: "Exchange" / "Utbyte".
pub fn group_short(group: Group, lang: Lang) -> String {
    match group {
        Group::Exchange => t!(lang, "group-exchange-short"),
        Group::Eu => t!(lang, "group-eu-short"),
        Group::NonEu => t!(lang, "group-non-eu-short"),
    }
}

/// Several groups, in full, joined: "exchange students, programme students from the EU".
pub fn groups(groups: &[Group], lang: Lang) -> String {
    groups
        .iter()
        .map(|g| group(*g, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A cadence as the words it was written with: "every 2 weeks" / "var 2:a vecka".
pub fn cadence(cadence: &Cadence, lang: Lang) -> String {
    let n = cadence.written;
    match cadence.word {
        CadenceWord::Day => t!(lang, "cadence-day", n = n),
        CadenceWord::Week => t!(lang, "cadence-week", n = n),
        CadenceWord::Month => t!(lang, "cadence-month", n = n),
        CadenceWord::Term => t!(lang, "cadence-term", n = n),
        CadenceWord::Year => t!(lang, "cadence-year", n = n),
    }
}

/// A unit's name as a person reads it: the union's own `central` unit in words
/// ("centralt"), every other unit (a student division, a committee) by its name.
pub fn unit(name: &str, lang: Lang) -> String {
    if name == crate::model::CENTRAL {
        t!(lang, "unit-central")
    } else {
        name.to_owned()
    }
}

/// A goal's health: "on track" / "enligt plan".
pub fn health(health: Health, lang: Lang) -> String {
    match health {
        Health::OnTrack => t!(lang, "health-on-track"),
        Health::AtRisk => t!(lang, "health-at-risk"),
        Health::OffTrack => t!(lang, "health-off-track"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every(text: &str, lang: Lang) -> String {
        cadence(&text.parse().unwrap(), lang)
    }

    #[test]
    fn cadences_read_naturally_in_both_languages() {
        let cases = [
            ("week", "every week", "varje vecka"),
            ("2 weeks", "every 2 weeks", "var 2:a vecka"),
            ("3 weeks", "every 3 weeks", "var 3:e vecka"),
            ("1 day", "every day", "varje dag"),
            ("10 days", "every 10 days", "var 10:e dag"),
            ("21 days", "every 21 days", "var 21:a dag"),
            ("11 days", "every 11 days", "var 11:e dag"),
            ("month", "every month", "varje månad"),
            ("term", "every term", "varje termin"),
            ("2 terms", "every 2 terms", "var 2:a termin"),
            ("year", "every year", "varje år"),
            ("2 years", "every 2 years", "vart 2:a år"),
        ];
        for (text, en, sv) in cases {
            assert_eq!(every(text, Lang::En), en, "{text}");
            assert_eq!(every(text, Lang::Sv), sv, "{text}");
        }
    }

    #[test]
    fn every_value_has_a_word_in_both_languages() {
        for lang in [Lang::En, Lang::Sv] {
            for s in Status::ALL {
                assert!(!status(*s, lang).starts_with("status-"));
            }
            for k in Kind::ALL {
                assert!(!kind(*k, lang).starts_with("kind-"));
            }
            for g in Group::ALL {
                assert!(!group(*g, lang).starts_with("group-"));
                assert!(!group_short(*g, lang).starts_with("group-"));
            }
            for h in [Health::OnTrack, Health::AtRisk, Health::OffTrack] {
                assert!(!health(h, lang).starts_with("health-"));
            }
        }
        assert_eq!(status(Status::Active, Lang::Sv), "pågår");
        assert_eq!(health(Health::OffTrack, Lang::En), "off track");
    }
}
