# Formatets värden, så som en människa läser dem. Svensk katalog.

status-planned = planerad
status-active = pågår
status-blocked = blockerad
status-done = genomförd
status-dropped = struken

kind-project = projekt
kind-ongoing = löpande arbete

group-exchange = utbytesstudenter
group-eu = programstudenter från EU
group-non-eu = programstudenter från länder utanför EU
group-exchange-short = Utbyte
group-eu-short = EU
group-non-eu-short = Utanför EU

# $n är talet som står i `every`; "2 weeks" ger 2. Ordningstalets ändelse (2:a,
# 3:e, 21:a, 11:e) följer de svenska ordinalreglerna.
cadence-day = { $n ->
    [one] varje dag
   *[other] var { $n }:{ NUMBER($n, type: "ordinal") ->
        [one] a
       *[other] e
    } dag
}
cadence-week = { $n ->
    [one] varje vecka
   *[other] var { $n }:{ NUMBER($n, type: "ordinal") ->
        [one] a
       *[other] e
    } vecka
}
cadence-month = { $n ->
    [one] varje månad
   *[other] var { $n }:{ NUMBER($n, type: "ordinal") ->
        [one] a
       *[other] e
    } månad
}
cadence-term = { $n ->
    [one] varje termin
   *[other] var { $n }:{ NUMBER($n, type: "ordinal") ->
        [one] a
       *[other] e
    } termin
}
cadence-year = { $n ->
    [one] varje år
   *[other] vart { $n }:{ NUMBER($n, type: "ordinal") ->
        [one] a
       *[other] e
    } år
}

health-on-track = enligt plan
health-at-risk = i riskzonen
health-off-track = kritiskt

# Enheten `central`: styrelsen och kårens egna kommittéer.
unit-central = centralt
