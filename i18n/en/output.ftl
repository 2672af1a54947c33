# Messages of the output streams, the renderers and the diagnostics. English catalogue.
# A message id is the same in i18n/sv/; the variables ($n, ...) too.

# The line main writes when a command cannot run (a file that cannot be read, a bad option).
output-error = error: { $message }
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
