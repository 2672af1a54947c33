# Indikatorer och mätningar: målens utfall. Svensk katalog.
# $key är en nyckel i filen; $id ett indikator-id; $goal ett mål-id.

indicators-expected-number = ett tal
indicators-expected-whole = ett heltal
indicators-not-finite = `{ $key }` ska vara ett ändligt tal
indicators-negative-whole = `{ $key }` kan inte vara negativt
indicators-negative-whole-help = skriv hur många, som `{ $key } = 120`
indicators-goals-empty = `goals` är tom
indicators-goals-empty-help = ange minst ett mål som indikatorn mäter, som `goals = ["3a"]`
indicators-percent-range = `{ $key } = { $value }` är ingen möjlig procentsats: den ska ligga mellan 0 och 100
indicators-percent-range-help = skriv andelen i procent, som `{ $key } = 72.5` för 72,5 %
indicators-negative-count = `{ $key } = { $value }`: ett antal kan inte vara mindre än 0
indicators-negative-count-help = ett antal är ett antal personer eller saker, 0 eller fler
indicators-duplicate = indikatorn `{ $id }` finns två gånger
indicators-duplicate-help = ge varje indikator ett eget id
indicators-first-defined = första gången här
indicators-goal-without = mål { $goal } saknar indikator: inget mäter om målet nås
indicators-goal-without-help = lägg till en [[indicator]] med `goals = ["{ $goal }"]` i strategy.toml
indicators-unknown = strategin har ingen indikator `{ $id }`
indicators-unknown-near = menade du `{ $near }`? strategin har { $list }
indicators-unknown-list = strategin har { $list }
indicators-none-declared = strategin har inga indikatorer än: lägg till [[indicator]]-tabeller i strategy.toml
indicators-small-sample = bara { $n } svarade för { $id } den { $date } (färre än { $min }): siffran kan bero mycket på slumpen
indicators-small-sample-help = läs den med försiktighet, eller redovisa gruppen tillsammans med en större
indicators-outside-period = mätningen av { $id } är daterad { $date }, utanför { $year } ({ $start } till { $end })
indicators-outside-period-help = flytta den till measurements.toml i den årsmapp vars period rymmer datumet

# `intplan indicators`: tabellen och raderna under den.
indicators-heading = Indikatorer
indicators-col-indicator = Indikator
indicators-col-group = Grupp
indicators-col-date = Datum
indicators-col-value = Värde
indicators-col-n = n
indicators-col-previous = Föregående
indicators-col-change = Förändring
indicators-col-gap = Skillnad
indicators-col-target = Målvärde
indicators-col-met = Uppnått
indicators-none = Strategin har inga indikatorer: lägg till [[indicator]]-tabeller i strategy.toml för att mäta om målen nås.
indicators-none-match = Ingen indikator mäter det målet.
indicators-no-data = ingen mätning
indicators-yes = ja
indicators-no = nej
# I skillnadskolumnen för gruppen som de andra jämförs med.
indicators-reference = referens
indicators-group-everyone = alla svarande
indicators-group-international = internationella studenter
indicators-group-national = nationella studenter
indicators-group-everyone-short = Alla
indicators-group-international-short = Internationella
indicators-group-national-short = Nationella
# $down är indikatorns riktning: up eller down.
indicators-note-head = { $id } ({ $n ->
    [one] mål
   *[other] mål
} { $goals }): { $text }
indicators-note-target = { $down ->
    [down] Målvärde { $target } eller lägre
   *[other] Målvärde { $target } eller högre
}: { $verdict }
indicators-note-no-target = { $down ->
    [down] Inget målvärde; lägre är bättre
   *[other] Inget målvärde
}
indicators-target-phrase = { $down ->
    [down] Målvärde { $target } eller lägre
   *[other] Målvärde { $target } eller högre
}
indicators-verdict-met = uppnått
indicators-verdict-not-met = inte uppnått
indicators-verdict-unknown = ännu inte mätt
indicators-gap-against = Skillnader mot { $group }
indicators-no-measurement = Ingen mätning till och med { $date }
indicators-source = Källa: { $source }

# Utfallet bredvid insatsen, i `status` och `week`.
indicators-col-outcome = Utfall
indicators-outcome-met = { $met } av { $judged } { $met ->
    [one] uppnått
   *[other] uppnådda
}
indicators-outcome-no-target = { $n } utan målvärde
indicators-outcome-unmeasured = { $n } utan mätning
indicators-week-line = Utfall (uppnådda målvärden per mål): { $list }.

# Diagrammen på HTML-sidorna.
indicators-chart-heading = Indikatorerna över åren
indicators-chart-target = målvärde { $target }
indicators-chart-empty = Inga mätningar än
indicators-unit-percent = Procent
indicators-unit-count = Antal
indicators-unit-score = Poäng
