# `diff` och avsnittet om ändringar i `week`. Svensk katalog.

diff-heading = Ändringar sedan { $against }
diff-none = Inga ändringar sedan { $against }.
diff-col-id = Id
diff-col-change = Ändring
diff-col-details = Detaljer

diff-added = ny
diff-removed = borttagen
diff-moved = flyttad
# A log note of the old copy edited in place, and one that is gone.
diff-note-changed = anteckning ändrad
diff-note-removed = anteckning borttagen
diff-note = anteckning
# En ny eller borttagen åtgärd i en enhetsfil: dess titel och filen.
diff-in-file = { $title } ({ $file })

diff-field-lead = ansvarig för handlingsplanen
diff-field-reviewed = senast genomgången
diff-field-period = period
diff-field-roster = förteckning över poster
diff-field-units = förteckning över enheter
diff-roster-added = tillagda: { $posts }
diff-roster-removed = borttagna: { $posts }
diff-goal-owner = ansvarig post för målet
diff-goal-note = anteckning om målet

diff-field-title-sv = titel (svenska)
diff-field-title-en = titel (engelska)
diff-field-title = titel
diff-field-description-sv = beskrivning (svenska)
diff-field-description-en = beskrivning (engelska)
diff-field-description = beskrivning
diff-field-goals = mål
diff-field-owner = ansvarig post
diff-field-kind = typ
diff-field-status = status
diff-field-start = start
diff-field-due = klart senast
diff-field-completed = genomförd
diff-field-every = intervall
diff-field-last-done = senast genomförd
diff-field-groups = målgrupper
diff-field-unit = enhet
