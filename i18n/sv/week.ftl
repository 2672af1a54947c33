# Domänen `week`. Svensk katalog.

week-title = Veckosammanfattning, vecka { $week } { $year }
week-plan = Strategi: { $plan }.
week-lead = Ansvarig för handlingsplanen: { $lead }. Senast genomgången av styrelsen: { $review }.
week-no-lead = ingen utsedd
week-never = aldrig
week-review-ago = { $n ->
    [0] { $date } (i dag)
   *[other] { $date } (för { $ago } sedan)
}
week-headline = { $items }: { $done ->
    [one] { $done } genomförd
   *[other] { $done } genomförda
}, { $overdue ->
    [one] { $overdue } försenad
   *[other] { $overdue } försenade
}, { $stale } utan livstecken. { $goals }: { $on_track } enligt plan, { $at_risk } i riskzonen, { $off_track } i kritiskt läge.

week-overdue-title = Försenat
week-upcoming-title = { $n ->
    [one] Kommande inom 1 dag
   *[other] Kommande inom { $n } dagar
}
week-goals-title = Mål som inte går enligt plan
week-col-why = Varför
week-goals-none = Alla mål går enligt plan.
week-completed-title = Genomfört de senaste { $n } dagarna
week-col-done = Genomförd
week-done-ongoing = { $date } (löpande arbete)
week-completed-none = Inget genomfördes de senaste { $n } dagarna.
week-notes-title = Anteckningar de senaste { $n } dagarna
week-col-date = Datum
week-col-by = Av
week-col-note = Anteckning
week-notes-none = Inga anteckningar de senaste { $n } dagarna.
week-stale-title = Utan livstecken i mer än { $n } dagar
week-col-last-activity = Senaste livstecken
week-stale-none = Inga åtgärder utan livstecken.
