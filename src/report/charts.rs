//! The figures behind the HTML charts: per goal area, how many items are done, open
//! and overdue; and over the operating year, projects due and completed per month
//! (a burn-up). Computed here so the renderer only draws.

use chrono::{Datelike, Months, NaiveDate};

use super::Scope;
use crate::model::{Area, Item, Kind, Period, Status};
pub use crate::render::charts::{AreaBar, Charts, MonthPoint};

/// The months of a period, as their first days.
pub fn months(start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut month = start.with_day(1);
    while let Some(m) = month.filter(|m| *m <= end) {
        out.push(m);
        month = m.checked_add_months(Months::new(1));
    }
    out
}

fn same_month(a: NaiveDate, b: NaiveDate) -> bool {
    a.year() == b.year() && a.month() == b.month()
}

/// Computes the chart figures over the items in scope, dropped items left out.
pub fn compute(scope: &Scope<'_>) -> Charts {
    let live: Vec<_> = scope.items().filter(|i| i.is_live()).collect();
    let areas = scope
        .strategy
        .areas
        .iter()
        .map(|area| area_bar(area, &live, scope))
        .collect();
    let projects: Vec<_> = live
        .iter()
        .copied()
        .filter(|i| i.kind == Kind::Project)
        .collect();
    let months = match &scope.year.header.period {
        Some(period) => burn_up(&projects, &period.value),
        None => Vec::new(),
    };
    Charts {
        areas,
        months,
        as_of: scope.as_of,
    }
}

/// One area's bar: its items done, overdue and otherwise open. An item that serves
/// goals in several areas counts in each, since it works towards each of them.
fn area_bar(area: &Area, live: &[&Item], scope: &Scope<'_>) -> AreaBar {
    let mut bar = AreaBar {
        id: area.id.value.clone(),
        title: area.title.clone(),
        done: 0,
        open: 0,
        overdue: 0,
    };
    let in_area = live.iter().filter(|i| {
        i.goals
            .iter()
            .any(|g| area.goals.iter().any(|a| a.id.value == g.value))
    });
    for item in in_area {
        if item.status.value == Status::Done {
            bar.done += 1;
        } else if scope.days_overdue(item).is_some() {
            bar.overdue += 1;
        } else {
            bar.open += 1;
        }
    }
    bar
}

/// The burn-up's points: for each month of the period, the projects due and
/// completed in it and the running totals of both, so the chart shows whether
/// completions keep pace with due dates.
fn burn_up(projects: &[&Item], period: &Period) -> Vec<MonthPoint> {
    let mut points = Vec::new();
    let (mut due_total, mut completed_total) = (0, 0);
    for month in months(period.start, period.end) {
        let due = projects
            .iter()
            .filter(|i| i.due.as_ref().is_some_and(|d| same_month(d.value, month)))
            .count();
        let completed = projects
            .iter()
            .filter(|i| i.status.value == Status::Done)
            .filter(|i| {
                i.completed
                    .as_ref()
                    .is_some_and(|d| same_month(d.value, month))
            })
            .count();
        due_total += due;
        completed_total += completed;
        points.push(MonthPoint {
            month,
            due,
            completed,
            due_total,
            completed_total,
        });
    }
    points
}

#[cfg(test)]
mod tests {
    use super::months;

    #[test]
    fn an_operating_year_has_twelve_months_from_july() {
        let m = months("2026-07-01".parse().unwrap(), "2027-06-30".parse().unwrap());
        assert_eq!(m.len(), 12);
        assert_eq!(m[0].to_string(), "2026-07-01");
        assert_eq!(m[11].to_string(), "2027-06-01");
        let odd = months("2026-01-31".parse().unwrap(), "2026-03-01".parse().unwrap());
        assert_eq!(odd.len(), 3);
    }
}
