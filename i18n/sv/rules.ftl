# Reglerna som `check` prövar över flera värden: id, mål, ansvariga poster, datum,
# genomgångar. Svensk katalog. $id är ett id ur filerna, $year ett verksamhetsår (2026/27).

rules-area-twice = målområdet `{ $id }` finns två gånger
rules-goal-twice = målet `{ $id }` finns två gånger
rules-first-defined = första gången här
rules-item-id-twice = två åtgärder i { $year } har id `{ $id }`
rules-first-used = första gången här
rules-item-id-twice-help = ge varje åtgärd ett eget id

rules-unknown-goal = strategin har inget mål `{ $id }`
rules-unknown-goal-near = menade du `{ $near }`? strategins mål är { $list }
rules-unknown-goal-list = strategins mål är { $list }
rules-strategy-without-goals = strategin har inga mål än: lägg till [[area.goal]]-tabeller i strategy.toml

rules-goal-owners-start = här börjar årets ansvariga poster för målen
rules-no-goal-tables = planen har inga [goals.*]-tabeller
rules-goal-without-owner = mål { $id } saknar ansvarig post i { $year }
rules-goal-without-owner-help = lägg till `[goals.{ $id }]` med `owner = "<post>"` i plan.toml
rules-no-live-item = ingen åtgärd som inte är struken anger { $id }
rules-goal-without-item = mål { $id } saknar åtgärd i { $year }
rules-goal-without-item-help = lägg till en [[item]]-tabell med `goals = ["{ $id }"]` (strukna åtgärder räknas inte)

rules-period-reversed = perioden slutar ({ $end }) innan den börjar ({ $start })
rules-due-before-start = åtgärd { $id } ska vara klar senast { $due }, före sin start ({ $start })
rules-starts-here = börjar här

rules-not-in-roster = `{ $post }` finns inte i planens förteckning över poster
rules-not-in-roster-near = menade du `{ $near }`?
rules-not-in-roster-list = lägg till posten i `owners` under [plan], eller använd en av: { $list }

rules-done-without-date = åtgärd { $id } är genomförd men saknar datum i `completed`
rules-done-without-date-help = lägg till `completed = ÅÅÅÅ-MM-DD`

rules-never-reviewed = styrelsen har aldrig antecknat någon genomgång av handlingsplanen för { $year }
rules-review-old = planen gicks senast igenom för { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
} sedan, den { $day }
rules-review-help = gå igenom planen på ett styrelsemöte och sätt `reviewed = { $day }` under [plan]
