//! iCalendar (RFC 5545) for the board's calendars: all-day events, as `export`
//! words them. The `icalendar` crate does the CRLF line ends, the folding at 75
//! octets and the text escaping; [`text`] makes every value something it escapes
//! exactly.

use std::io::{self, Write};

use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use icalendar::{Calendar as IcsCalendar, Component, Event, EventLike};

/// A value as iCalendar TEXT carries it. The format has one line break, written
/// `\n`, and no way to write a carriage return: a CR LF pair or a lone CR is that
/// line break (as a Mac before OS X meant it), so no value can split a content
/// line. Every other character goes through as it is, for the crate to escape.
pub fn text(value: &str) -> String {
    value.replace("\r\n", "\n").replace('\r', "\n")
}

/// One all-day event: an item's next due date, as the report words it.
#[derive(Clone, Debug)]
pub struct CalendarEvent {
    /// Stable across exports of the same year, so a newer file updates the event.
    pub uid: String,
    /// The line a calendar shows.
    pub summary: String,
    /// The text under it.
    pub description: String,
    /// The day of the event.
    pub day: NaiveDate,
}

/// A calendar to write: its name, the day its events are stamped with, and the
/// events.
#[derive(Clone, Debug)]
pub struct Calendar {
    /// The calendar's name.
    pub name: String,
    /// DTSTAMP's day (at midnight UTC), so the same plan on the same day gives the
    /// same file.
    pub stamp: NaiveDate,
    /// The events.
    pub events: Vec<CalendarEvent>,
}

/// Whether iCalendar can write a day: its DATE has a four-digit year.
fn in_calendar(day: NaiveDate) -> bool {
    (0..=9999).contains(&day.year())
}

/// Writes the calendar. An event past 9999-12-31 is left out: iCalendar cannot
/// write the day.
pub fn write(out: &mut dyn Write, calendar: &Calendar) -> io::Result<()> {
    let stamp = calendar.stamp.and_time(NaiveTime::MIN).and_utc();
    let mut cal = IcsCalendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Chalmers Student Union//intplan//EN"))
        .append_property(("CALSCALE", "GREGORIAN"));
    cal.name(&text(&calendar.name));
    for e in calendar.events.iter().filter(|e| in_calendar(e.day)) {
        let mut event = Event::new();
        event
            .uid(&text(&e.uid))
            .timestamp(stamp)
            .summary(&text(&e.summary))
            .description(&text(&e.description))
            .starts(e.day);
        // An all-day event without an end lasts its one day (RFC 5545, 3.6.1): the
        // way to write one that ends past 9999-12-31.
        if let Some(end) = e
            .day
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
    fn a_carriage_return_becomes_the_one_line_break() {
        assert_eq!(text("a\r\nb\rc\nd"), "a\nb\nc\nd");
    }
}
