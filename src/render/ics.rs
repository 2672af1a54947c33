//! iCalendar (RFC 5545) for the board's calendars: one all-day event per open item on
//! its next due date. UIDs are the year and item id, so importing a newer file
//! updates the events instead of adding copies. The `icalendar` crate does the
//! CRLF line ends, the folding at 75 octets and the text escaping.

use std::io::{self, Write};

use chrono::{Days, NaiveTime};
use icalendar::{Calendar, Component, Event, EventLike};

use super::clean;
use crate::i18n::Lang;
use crate::report::export::Export;
use crate::report::item::ItemData;
use crate::tr;

/// The UID of an item's event: stable across exports of the same year.
pub fn uid(year: &str, item: &str) -> String {
    format!("{year}-{item}@intplan")
}

/// "[2b] Translate the statutes into English (Vice ordförande)".
pub fn summary(item: &ItemData, lang: Lang) -> String {
    let title = clean(item.title.get(lang));
    match &item.owner {
        Some(owner) => format!("[{}] {title} ({})", item.goals.join(", "), clean(owner)),
        None => format!("[{}] {title}", item.goals.join(", ")),
    }
}

/// Writes the calendar. DTSTAMP is the as-of day at midnight UTC, so the same plan on
/// the same day gives the same file.
pub fn write(out: &mut dyn Write, export: &Export, lang: Lang) -> io::Result<()> {
    let stamp = export.as_of.and_time(NaiveTime::MIN).and_utc();
    let label = crate::model::year_label(&export.year);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Chalmers Student Union//intplan//EN"))
        .append_property(("CALSCALE", "GREGORIAN"));
    cal.name(&tr!(lang, "Action plan {label}", "Handlingsplan {label}"));
    for item in &export.items {
        let Some(due) = item.next_due else { continue };
        let mut description = tr!(
            lang,
            "Item {}, {}, status {}.",
            "Aktivitet {}, {}, status {}.",
            item.id,
            kind_word(item, lang),
            item.status
        );
        if let Some(text) = &item.description {
            description.push('\n');
            description.push_str(&clean(text.get(lang)));
        }
        let mut event = Event::new();
        event
            .uid(&uid(&export.year, &item.id))
            .timestamp(stamp)
            .summary(&summary(item, lang))
            .description(&description)
            .starts(due)
            .ends(due.checked_add_days(Days::new(1)).unwrap_or(due));
        cal.push(event.done());
    }
    write!(out, "{}", cal.done())
}

fn kind_word(item: &ItemData, lang: Lang) -> String {
    match &item.every {
        Some(every) => tr!(lang, "ongoing, every {every}", "löpande, intervall {every}"),
        None => lang.pick("project", "projekt").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uids_name_year_and_item() {
        assert_eq!(uid("2026-27", "2b-1"), "2026-27-2b-1@intplan");
    }
}
