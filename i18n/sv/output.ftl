# Meddelanden från utdataströmmarna, renderarna och diagnostiken. Svensk katalog.
# Ett meddelande-id är detsamma i i18n/en/; variablerna ($n, ...) också.

# Raden main skriver när ett kommando inte kan köras (en fil som inte går att läsa, ett felaktigt val).
output-error = fel: { $message }
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
