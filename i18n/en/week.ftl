# The `week` domain. English catalogue.

week-title = Weekly digest, week { $week } of { $year }
week-plan = Strategy: { $plan }.
week-lead = Plan lead: { $lead }. Last review by the board: { $review }.
week-no-lead = none appointed
week-never = never
week-review-ago = { $n ->
    [0] { $date } (today)
   *[other] { $date } ({ $ago } ago)
}
week-headline = { $items }: { $done } done, { $overdue } overdue, { $stale } stale. { $goals }: { $on_track } on track, { $at_risk } at risk, { $off_track } off track.

week-overdue-title = Overdue
week-upcoming-title = { $n ->
    [one] Due in the next day
   *[other] Due in the next { $n } days
}
week-goals-title = Goals not on track
week-col-why = Why
week-goals-none = Every goal is on track.
week-completed-title = Completed in the last { $n } days
week-col-done = Done
week-done-ongoing = { $date } (ongoing)
week-completed-none = Nothing was completed in the last { $n } days.
week-notes-title = Notes logged in the last { $n } days
week-col-date = Date
week-col-by = By
week-col-note = Note
week-notes-none = No notes in the last { $n } days.
week-stale-title = Stale: no sign of life for more than { $n } days
week-col-last-activity = Last sign of life
week-stale-none = No stale items.
