# `intplan check`: slutraden. Svensk katalog.

# Slutraden: var, vad som hittades (diagnostic::summary) och hur mycket.
check-summary = { $root }: { $found } ({ $goals }, { $years }, { $items } kontrollerade)
# Samma sak när bara varningar hittades och --strict gör dem till ett underkännande.
check-summary-strict = { $root }: { $found }, vilket underkänner kontrollen med --strict ({ $goals }, { $years }, { $items } kontrollerade)
# En GitHub-annotering utan fil, så att det misslyckade jobbet säger varför.
check-strict-annotation = { $n ->
    [one] 1 varning underkänner kontrollen med --strict
   *[other] { $n } varningar underkänner kontrollen med --strict
}

# En planmapp med en strategi men inte en enda årsmapp.
check-no-year = handlingsplanen har inget verksamhetsår: en årsmapp som { $year }/ med en plan.toml saknas
check-no-year-help = skapa året utifrån strategin: `intplan init --year { $year } --lead "<post>"`, med den post som är ansvarig för handlingsplanen
