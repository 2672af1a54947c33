# Uppföljningen över flera år för fullmäktige. Svensk katalog.

followup-title-span = Uppföljning av internationaliseringsstrategin, { $from } till { $to }, per { $date }
followup-title-year = Uppföljning av internationaliseringsstrategin, { $year }, per { $date }
followup-title-none = Uppföljning av internationaliseringsstrategin, per { $date }
followup-how-to-read = För varje mål och verksamhetsår: åtgärderna (strukna åtgärder räknas inte), hur många som genomfördes, hur många som ströks, hur många som fortfarande var öppna och hur många som var försenade vid årets slut (löpande arbete räknas som öppet), målets läge vid årets slut enligt samma regler som lägesrapporten, samt årets senaste indikatorvärden per grupp.
followup-still-running = { $year } pågår fortfarande: siffrorna gäller per { $date }.
followup-goal-heading = Mål { $id }: { $text }
followup-col-year = År
followup-col-items = Åtgärder
followup-col-done = Genomförda
followup-col-dropped = Strukna
followup-col-open = Öppna vid årets slut
followup-col-overdue = Försenade vid årets slut
followup-col-health = Läge vid årets slut
followup-col-indicators = Indikatorer
followup-change = Förändring { $from } till { $to }: { $list }.
followup-empty = Inget verksamhetsår i perioden hade börjat { $date }.
followup-from-after-to = --from { $from } kommer efter --to { $to }: ange det tidigare året först
followup-cannot-read = planen kan inte läsas helt; rätta felen ovan först
followup-has-errors = obs: planen har { $n } fel; kör `intplan check` för att se dem
