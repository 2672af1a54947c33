# Meddelanden från utdataströmmarna, renderarna och diagnostiken. Svensk katalog.
# Ett meddelande-id är detsamma i i18n/en/; variablerna ($n, ...) också.

# Nivåernas namn i diagnostiken, som i `fel[unknown-owner]: ...`.
output-level-error = fel
output-level-warning = varning
output-level-help = hjälp
# Slutraden från `check`; $what, $errors och $warnings är antal som "2 fel".
output-found-nothing = inga problem hittades
output-found = { $what } hittades
output-found-both = { $errors } och { $warnings } hittades

# iCalendar-export: kalenderns namn och varje händelses beskrivning.
output-ics-calendar = Handlingsplan { $year }
output-ics-project = Åtgärd { $id }, projekt, status { $status }.
output-ics-ongoing = Åtgärd { $id }, löpande arbete { $every }, status { $status }.

# Diagrammen på HTML-sidorna (week --format html, export --format html).
output-chart-areas = Åtgärder per målområde: genomförda, öppna, försenade
output-chart-done = genomförda
output-chart-open = öppna
output-chart-overdue = försenade
output-chart-burn-up = Projekt under verksamhetsåret: genomförda jämfört med när de ska vara klara (ackumulerat; staplar per månad)
output-chart-due = ska vara klara
output-chart-completed = genomförda
output-chart-as-of = per { $date }
# Månadens förkortning under diagrammet; $n är månaden, 1 till 12.
output-month-short = { $n ->
    [1] jan
    [2] feb
    [3] mar
    [4] apr
    [5] maj
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}
