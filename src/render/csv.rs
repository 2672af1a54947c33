//! RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula
//! are neutralised with a leading apostrophe (OWASP's advice), since plan text is
//! typed by many hands and opened in Excel by others.

use std::io::{self, Write};

use super::Table;

/// Prefixes a cell that starts like a formula (`=`, `+`, `-`, `@`, tab, CR, or their
/// full-width forms), also after leading spaces, which some spreadsheets skip.
pub fn neutralise(text: &str) -> String {
    let start = text.trim_start_matches([' ', '\u{a0}', '\u{3000}']);
    if text.starts_with(['\t', '\r'])
        || start.starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠'])
    {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Writes the header and the rows; notes are left out, a CSV file is data only.
pub fn write(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(&table.headers)?;
    for row in &table.rows {
        w.write_record(row.iter().map(|c| neutralise(&c.text)))?;
    }
    w.flush()
}

/// Writes records for programs (see [`super::records`]): as [`write`], except that a
/// cell holding just a number (a gap of -14) stays a number, which no spreadsheet
/// runs as a formula.
pub fn write_records(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(&table.headers)?;
    for row in &table.rows {
        w.write_record(row.iter().map(|c| {
            if c.text.parse::<f64>().is_ok_and(f64::is_finite) {
                c.text.clone()
            } else {
                neutralise(&c.text)
            }
        }))?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Cell;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(neutralise("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralise("@cmd"), "'@cmd");
        assert_eq!(neutralise("  =1+1"), "'  =1+1");
        assert_eq!(neutralise("＝1+1"), "'＝1+1");
        assert_eq!(neutralise("2026-11-28"), "2026-11-28");
        let table = Table {
            headers: vec!["a".into(), "b".into()],
            rows: vec![vec![Cell::from("say \"hi\", ok"), Cell::from("+1")]],
            ..Table::default()
        };
        let mut out = Vec::new();
        write(&mut out, &table).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,b\n\"say \"\"hi\"\", ok\",'+1\n"
        );
    }
}
