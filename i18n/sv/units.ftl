# Kårens enheter (centralt, sektioner, kommittéer). Svensk katalog.

units-unknown = `{ $unit }` finns inte i planens förteckning över enheter
units-unknown-near = menade du `{ $near }`?
units-unknown-list = lägg till enheten i `units` under [plan], eller använd en av: { $list }

# `intplan status --by unit`.
units-heading = Mål per enhet
units-col-unit = Enhet
units-col-items = Åtgärder
units-empty = Ingen enhet har någon åtgärd.
units-totals = Centralt: { $central ->
    [one] { $central } åtgärd
   *[other] { $central } åtgärder
}; lokalt: { $local ->
    [one] { $local } åtgärd
   *[other] { $local } åtgärder
} i { $units ->
    [one] { $units } enhet
   *[other] { $units } enheter
}.
units-without-items = Iakttagelse: { $n ->
    [one] en enhet i förteckningen har ingen åtgärd
   *[other] { $n } enheter i förteckningen har ingen åtgärd
}: { $list }.
units-no-roster = Planen har ingen förteckning över enheter ([plan] units): enheterna är de som åtgärderna anger.
