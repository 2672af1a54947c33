# Messages of the output streams, the renderers and the diagnostics. English catalogue.
# A message id is the same in i18n/sv/; the variables ($n, ...) too.

# The level names of diagnostics, as in `error[unknown-owner]: ...`.
output-level-error = error
output-level-warning = warning
output-level-help = help
# The closing line of `check`; $what, $errors and $warnings are counts such as "2 errors".
output-found-nothing = no problems found
output-found = { $what } found
output-found-both = { $errors } and { $warnings } found

# iCalendar export: the calendar's name and each event's description.
output-ics-calendar = Action plan { $year }
output-ics-project = Item { $id }, project, status { $status }.
output-ics-ongoing = Item { $id }, ongoing work { $every }, status { $status }.

# The charts of the HTML pages (week --format html, export --format html).
output-chart-areas = Items per goal area: done, open, overdue
output-chart-done = done
output-chart-open = open
output-chart-overdue = overdue
output-chart-burn-up = Projects over the operating year: completed against due (cumulative; bars per month)
output-chart-due = due
output-chart-completed = completed
output-chart-as-of = as of { $date }
# A month's abbreviation under the burn-up chart; $n is the month, 1 to 12.
output-month-short = { $n ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
