# Rapporterna (status, overdue, upcoming, item show, status --by group, export)
# och schemats fynd i `check`. Svensk katalog.

## Schemats fynd i `check`

report-due-before-period = åtgärd { $id } ska vara klar senast { $due }, innan verksamhetsåret { $year } börjar ({ $start })
report-due-before-period-help = ett datum från ett tidigare år räknas inte mot det här året: ge åtgärden ett nytt datum med `intplan item set { $id } --due ÅÅÅÅ-MM-DD` (ett datum inom { $year }), eller stryk den
report-due-after-period = åtgärd { $id } ska vara klar senast { $due }, efter att verksamhetsåret { $year } slutar ({ $end })
report-stale-since = åtgärd { $id } har inte visat något livstecken sedan { $day } ({ $n ->
    [one] 1 dag
   *[other] { $n } dagar
}; efter 30 dagar räknas en åtgärd som utan livstecken)
report-stale-since-period = åtgärd { $id } har inte visat något livstecken sedan verksamhetsåret började { $day } ({ $n ->
    [one] 1 dag
   *[other] { $n } dagar
}; efter 30 dagar räknas en åtgärd som utan livstecken)
report-stale-ongoing = det löpande arbetet { $id } skulle ha genomförts senast { $due } och har inte visat något livstecken sedan { $day } ({ $n ->
    [one] 1 dag
   *[other] { $n } dagar
}; efter 30 dagar räknas en åtgärd som utan livstecken)
report-stale-never = åtgärd { $id } har inga livstecken: ingen anteckning och inget datum för start, genomförd eller senast genomförd
report-stale-help = skriv vad som hänt: `intplan item note { $id } "..."`

## Det alla rapporter delar

# Raden över en rapport: "Lägesrapport: handlingsplan 2026/27, per 2026-11-28".
report-heading = { $what }: handlingsplan { $year }, per { $date }
# Strategins visioner, under rubriken i status, week, export och followup.
report-vision = Vision: { $text }
report-vision-international = Vision för internationalisering: { $text }
report-heading-before-period = , före periodens början ({ $start })
report-heading-after-period = , efter periodens slut ({ $end })
report-heading-filter = {" "}(urval: { $filter })
report-filter-owner = ansvarig post { $owner }
report-filter-goal = mål { $goal }
report-owner-note = Siffrorna och läget räknas bara på åtgärder med { $owner } som ansvarig post.
report-note-errors = obs: planen för { $year } har { $errors }; kör `intplan check` för att se dem
report-note-outside = obs: inget verksamhetsårs period innehåller { $date }; rapporten gäller { $year }, det senaste året
report-plan-unreadable = planen kan inte läsas helt; rätta felen ovan först
report-did-you-mean = {" "}(menade du `{ $name }`?)
report-unknown-goal = strategin har inget mål `{ $goal }`{ $hint }; strategins mål är { $ids }
# --unit som inte anger någon av årets enheter. $hint är report-did-you-mean eller tom.
unit-unknown = planen för { $year } har ingen enhet `{ $unit }`{ $hint }; planens enheter är: { $units }
report-cannot-write = kan inte skriva { $path }
report-none = ingen
report-no-goal = Inget mål ingår i urvalet.

report-col-id = Id
report-col-item = Åtgärd
report-col-goal = Mål
report-col-goals = Mål
report-col-owner = Ansvarig
report-col-due = Nästa datum
report-col-days-late = Dagar försenad
report-col-days-left = Dagar kvar
report-col-area = Målområde
report-col-items = Åtgärder
report-col-done = Genomförda
report-col-overdue = Försenade
report-col-next-due = Nästa datum
report-col-health = Läge
report-col-goal-text = Måltext
report-col-field = Fält
report-col-notes = Anteckningar
report-col-value = Värde

## status

report-status-title = Lägesrapport
report-totals = Totalt: { $items }, { $done ->
    [one] { $done } genomförd
   *[other] { $done } genomförda
}, { $overdue ->
    [one] { $overdue } försenad
   *[other] { $overdue } försenade
}, { $stale } utan livstecken.
# "2b kritiskt: 2b-2 44 dagar försenad, 2b-3 14 dagar försenad"
report-goal-reasons = { $goal } { $health }: { $reasons }
report-reason-no-owner = ingen ansvarig post
report-reason-no-item = inga åtgärder
report-reason-overdue = { $item } { $days } försenad
report-reason-blocked = { $item } blockerad
report-reason-stale = { $item } utan livstecken

## overdue och upcoming

report-overdue-title = Försenat
report-overdue-none = Inget är försenat per { $date }.
report-upcoming-title = { $n ->
    [0] Kommande i dag
    [one] Kommande inom 1 dag
   *[other] Kommande inom { $n } dagar
}
report-upcoming-none = { $n ->
    [0] Ingen åtgärd har nästa datum i dag.
    [one] Ingen åtgärd har nästa datum inom 1 dag.
   *[other] Ingen åtgärd har nästa datum inom { $n } dagar.
}

## status --by group

report-groups-title = Täckning per målgrupp
report-groups-unreached = Iakttagelse: inget mål har en åtgärd riktad till { $group }.
report-groups-without = Åtgärder som inte anger någon målgrupp: { $items }.

## item show

report-item-title = Åtgärd { $id }: handlingsplan { $year }, per { $date }
report-field-title = Titel
report-field-goal = Mål
report-field-owner = Ansvarig post
report-field-kind = Typ
report-field-status = Status
report-field-start = Start
report-field-due = Klart senast
report-field-completed = Genomförd
report-field-every = Intervall
report-field-last-done = Senast genomförd
report-field-next-due = Nästa datum
report-field-late = Försenad
report-field-stale = Utan livstecken
report-field-stale-value = inget livstecken på över { $n } dagar
report-field-groups = Målgrupper
report-field-unit = Enhet
report-field-description = Beskrivning
report-field-file = Fil
report-log = Logg:
report-log-empty = Logg: inga anteckningar.
## export

report-export-title = Översikt
report-export-intro = Verksamhetsår: { $period }. Ansvarig för handlingsplanen: { $lead }. Senast genomgången av styrelsen: { $reviewed }.
report-export-table-title = Handlingsplan { $year }
report-export-empty = Inga åtgärder.
