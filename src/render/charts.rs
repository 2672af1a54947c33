//! What the HTML charts draw: per goal area, how many items are done, open and
//! overdue; and over the operating year, projects due and completed per month (a
//! burn-up). The renderer's own input type: `report::charts` computes it from the
//! plan, `html` only draws it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::Text;

/// Everything the charts draw.
#[derive(Debug, Serialize)]
pub struct Charts {
    /// One bar per goal area.
    pub areas: Vec<AreaBar>,
    /// One point per month of the operating year.
    pub months: Vec<MonthPoint>,
    /// The day the charts are for.
    pub as_of: NaiveDate,
}

/// Items of one goal area by state; an item serving two areas counts in both.
#[derive(Debug, Serialize)]
pub struct AreaBar {
    /// The area id, "2".
    pub id: String,
    /// The area's name.
    pub title: Text,
    /// Items done.
    pub done: usize,
    /// Items open and not overdue.
    pub open: usize,
    /// Items overdue.
    pub overdue: usize,
}

/// Projects due and completed in one month, and the running totals.
#[derive(Debug, Serialize)]
pub struct MonthPoint {
    /// The month's first day.
    pub month: NaiveDate,
    /// Projects due in the month.
    pub due: usize,
    /// Projects completed in the month.
    pub completed: usize,
    /// Projects due up to the month's end.
    pub due_total: usize,
    /// Projects completed up to the month's end.
    pub completed_total: usize,
}
