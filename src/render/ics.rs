//! iCalendar (RFC 5545) for the board's calendars: one all-day event per open item on
//! its next due date. UIDs are the year and item id, so importing a newer file
//! updates the events instead of adding copies. The `icalendar` crate does the
//! CRLF line ends, the folding at 75 octets and the text escaping; [`text`] makes
//! every value something it escapes exactly.

use std::io::{self, Write};

use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::i18n::Lang;
use crate::report::export::Export;
use crate::report::item::ItemData;
use crate::schedule::Cadence;
use crate::{t, vocab};

/// A value as iCalendar TEXT carries it. The format has one line break, written
/// `\n`, and no way to write a carriage return: a CR LF pair or a lone CR is that
/// line break (as a Mac before OS X meant it), so no value can split a content
/// line. Every other character goes through as it is, for the crate to escape.
pub fn text(value: &str) -> String {
    value.replace("\r\n", "\n").replace('\r', "\n")
}

/// The UID of an item's event: stable across exports of the same year.
pub fn uid(year: &str, item: &str) -> String {
    text(&format!("{year}-{item}@intplan"))
}

/// "[2b] Translate the statutes into English (Vice ordförande)".
pub fn summary(item: &ItemData, lang: Lang) -> String {
    let title = item.title.get(lang);
    text(&match &item.owner {
        Some(owner) => format!("[{}] {title} ({owner})", item.goals.join(", ")),
        None => format!("[{}] {title}", item.goals.join(", ")),
    })
}

/// Whether iCalendar can write a day: its DATE has a four-digit year.
fn in_calendar(day: NaiveDate) -> bool {
    (0..=9999).contains(&day.year())
}

/// Writes the calendar. DTSTAMP is the as-of day at midnight UTC, so the same plan on
/// the same day gives the same file. An item next due past 9999-12-31 has no event:
/// iCalendar cannot write the day.
pub fn write(out: &mut dyn Write, export: &Export, lang: Lang) -> io::Result<()> {
    let stamp = export.as_of.and_time(NaiveTime::MIN).and_utc();
    let label = crate::model::year_label(&export.year);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Chalmers Student Union//intplan//EN"))
        .append_property(("CALSCALE", "GREGORIAN"));
    cal.name(&t!(lang, "output-ics-calendar", year = label));
    for item in &export.items {
        let Some(due) = item.next_due.filter(|d| in_calendar(*d)) else {
            continue;
        };
        let mut description = match &item.every {
            Some(every) => t!(
                lang,
                "output-ics-ongoing",
                id = &item.id,
                every = every
                    .parse::<Cadence>()
                    .map_or_else(|()| every.clone(), |c| vocab::cadence(&c, lang)),
                status = vocab::status(item.status, lang)
            ),
            None => t!(
                lang,
                "output-ics-project",
                id = &item.id,
                status = vocab::status(item.status, lang)
            ),
        };
        if let Some(more) = &item.description {
            description.push('\n');
            description.push_str(more.get(lang));
        }
        let mut event = Event::new();
        event
            .uid(&uid(&export.year, &item.id))
            .timestamp(stamp)
            .summary(&summary(item, lang))
            .description(&text(&description))
            .starts(due);
        // An all-day event without an end lasts its one day (RFC 5545, 3.6.1): the
        // way to write one that ends past 9999-12-31.
        if let Some(end) = due
            .checked_add_days(Days::new(1))
            .filter(|d| in_calendar(*d))
        {
            event.ends(end);
        }
        cal.push(event.done());
    }
    write!(out, "{}", cal.done())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uids_name_year_and_item() {
        assert_eq!(uid("2026-27", "2b-1"), "2026-27-2b-1@intplan");
    }
}
