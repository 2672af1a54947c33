# `intplan items`: listan över åtgärder med filter. Svensk katalog.

items-title = Åtgärder
items-col-id = Id
items-col-title = Åtgärd
items-col-goals = Mål
items-col-owner = Ansvarig
items-col-kind = Typ
items-col-status = Status
items-col-next = Nästa datum
items-col-standing = Försenad / kvar
items-col-unit = Enhet
items-col-activity = Senaste livstecken

items-days-late = { $n ->
    [one] 1 dag försenad
   *[other] { $n } dagar försenad
}
items-days-left = { $n ->
    [one] 1 dag kvar
   *[other] { $n } dagar kvar
}
items-due-today = i dag

# Sidfoten: $shown är items-shown.
items-shown = { $shown } av { $total ->
    [one] 1 åtgärd
   *[other] { $total } åtgärder
} visas.
items-shown-filtered = { $shown } Filter: { $filters }.
items-none = Planen för { $year } har inga åtgärder.
items-none-match = Ingen åtgärd i planen för { $year } passar urvalet: { $filters }.

items-filter-goal = mål { $goals }
items-filter-owner = ansvarig { $owners }
items-filter-status = status { $statuses }
items-filter-open = bara öppna åtgärder (--all visar även genomförda och strukna)
items-filter-kind = bara { $kind }
items-filter-unit = enhet { $units }
items-filter-group = riktade till { $groups }
items-filter-overdue = försenade
items-filter-stale = utan livstecken
items-filter-due-before = nästa datum före { $date }
items-filter-due-after = nästa datum efter { $date }
items-filter-grep = nämner ”{ $text }”
