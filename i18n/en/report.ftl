# The reports (status, overdue, upcoming, item show, status --by group, export)
# and the schedule's findings in `check`. English catalogue.

## The schedule's findings in `check`

report-due-before-period = item { $id } is due { $due }, before { $year } began ({ $start })
report-due-before-period-help = a due date from an earlier year does not count against this one: re-date it with `intplan item set { $id } --due YYYY-MM-DD` (a day in { $year }), or drop it
report-due-after-period = item { $id } is due { $due }, after { $year } ends ({ $end })
report-stale-since = item { $id } has shown no sign of life since { $day } ({ $n ->
    [one] 1 day
   *[other] { $n } days
}; stale after 30)
report-stale-since-period = item { $id } has shown no sign of life since the operating year began on { $day } ({ $n ->
    [one] 1 day
   *[other] { $n } days
}; stale after 30)
report-stale-ongoing = ongoing work { $id } was due on { $due } and has shown no sign of life since { $day } ({ $n ->
    [one] 1 day
   *[other] { $n } days
}; stale after 30)
report-stale-never = item { $id } has no note and no start, completion or last-done date
report-stale-help = note what happened: `intplan item note { $id } "..."`

## What every report shares

# The line above a report: "Status: action plan 2026/27, as of 2026-11-28".
report-heading = { $what }: action plan { $year }, as of { $date }
# The strategy's visions, under the heading of status, week, export and followup.
report-vision = Vision: { $text }
report-vision-international = Vision for internationalisation: { $text }
report-heading-before-period = , before the start of its period ({ $start })
report-heading-after-period = , after the end of its period ({ $end })
report-heading-filter = {" "}(filtered: { $filter })
report-filter-owner = owner { $owner }
report-filter-goal = goal { $goal }
report-owner-note = Figures and health count only the items owned by { $owner }.
report-note-errors = note: the { $year } plan has { $errors }; run `intplan check` to see them
report-note-outside = note: no operating year's period holds { $date }; the report is on { $year }, the latest year
report-plan-unreadable = the plan cannot be read in full; fix the errors above first
report-did-you-mean = {" "}(did you mean `{ $name }`?)
report-unknown-goal = the strategy has no goal `{ $goal }`{ $hint }; it has { $ids }
# --unit that names no unit of the year. $hint is report-did-you-mean or empty.
unit-unknown = no unit `{ $unit }` in the { $year } plan{ $hint }; its units are: { $units }
report-cannot-write = cannot write { $path }
report-none = none
report-no-goal = No goal matches.

report-col-id = Id
report-col-item = Item
report-col-goal = Goal
report-col-goals = Goals
report-col-owner = Owner
report-col-due = Due
report-col-days-late = Days late
report-col-days-left = Days left
report-col-area = Area
report-col-items = Items
report-col-done = Done
report-col-overdue = Overdue
report-col-next-due = Next due
report-col-health = Health
report-col-goal-text = Goal text
report-col-field = Field
report-col-notes = Notes
report-col-value = Value

## status

report-status-title = Status
report-totals = Totals: { $items }, { $done } done, { $overdue } overdue, { $stale } stale.
# "2b off track: 2b-2 44 days overdue, 2b-3 14 days overdue"
report-goal-reasons = { $goal } { $health }: { $reasons }
report-reason-no-owner = no owner
report-reason-no-item = no items
report-reason-overdue = { $item } { $days } overdue
report-reason-blocked = { $item } blocked
report-reason-stale = { $item } stale

## overdue and upcoming

report-overdue-title = Overdue
report-overdue-none = Nothing is overdue on { $date }.
report-upcoming-title = { $n ->
    [0] Due today
    [one] Due in the next day
   *[other] Due in the next { $n } days
}
report-upcoming-none = { $n ->
    [0] Nothing is due today.
    [one] Nothing is due in the next day.
   *[other] Nothing is due in the next { $n } days.
}

## status --by group

report-groups-title = Coverage by target group
report-groups-unreached = Finding: no goal has an item aimed at { $group }.
report-groups-without = Items that name no target group: { $items }.

## item show

report-item-title = Item { $id }: action plan { $year }, as of { $date }
report-field-title = Title
report-field-goal = Goal
report-field-owner = Owner
report-field-kind = Kind
report-field-status = Status
report-field-start = Start
report-field-due = Due
report-field-completed = Completed
report-field-every = Cadence
report-field-last-done = Last done
report-field-next-due = Next due
report-field-late = Late
report-field-stale = Stale
report-field-stale-value = no sign of life for over { $n } days
report-field-groups = Target groups
report-field-unit = Unit
report-field-description = Description
report-field-file = File
report-log = Log:
report-log-empty = Log: no notes.

## export

report-export-title = Overview
report-export-intro = Operating year: { $period }. Plan lead: { $lead }. Last review by the board: { $reviewed }.
report-export-table-title = Action plan { $year }
report-export-empty = No items.
