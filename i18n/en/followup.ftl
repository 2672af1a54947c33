# The follow-up across years for the council. English catalogue.

followup-title-span = Follow-up of the internationalisation strategy, { $from } to { $to }, as of { $date }
followup-title-year = Follow-up of the internationalisation strategy, { $year }, as of { $date }
followup-title-none = Follow-up of the internationalisation strategy, as of { $date }
followup-how-to-read = For each goal and operating year: the items (dropped ones left out), how many were done, how many were dropped, how many were still open and how many overdue at the year's end (ongoing work counts as open), the goal's health at the year's end by the rules of the weekly status, and the year's newest indicator values per group.
followup-still-running = { $year } is still running: its figures are as of { $date }.
followup-goal-heading = Goal { $id }: { $text }
followup-col-year = Year
followup-col-items = Items
followup-col-done = Done
followup-col-dropped = Dropped
followup-col-open = Open at year end
followup-col-overdue = Overdue at year end
followup-col-health = Health at year end
followup-col-indicators = Indicators
followup-change = Change { $from } to { $to }: { $list }.
followup-empty = No operating year of the span had started by { $date }.
followup-from-after-to = --from { $from } comes after --to { $to }: name the earlier year first
followup-cannot-read = the plan cannot be read in full; fix the errors above first
followup-has-errors = note: the plan has { $n ->
    [one] { $n } error
   *[other] { $n } errors
}; run `intplan check` to see { $n ->
    [one] it
   *[other] them
}
