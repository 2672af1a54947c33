# Ord och antal som flera kommandon delar. Svensk katalog.
# Ett meddelande-id är detsamma i i18n/en/; variablerna ($n, ...) också.
# Pluralformerna följer språkets CLDR-regler: [one] används för 1.

count-items = { $n ->
    [one] { $n } åtgärd
   *[other] { $n } åtgärder
}
count-errors = { $n ->
    [one] { $n } fel
   *[other] { $n } fel
}
count-warnings = { $n ->
    [one] { $n } varning
   *[other] { $n } varningar
}
count-goals = { $n ->
    [one] { $n } mål
   *[other] { $n } mål
}
count-years = { $n ->
    [one] { $n } år
   *[other] { $n } år
}
count-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
}

# --owner som inte anger någon av årets poster. $hint är owner-did-you-mean eller tom.
owner-unknown = planen för { $year } har ingen post `{ $owner }`{ $hint }; planens poster är: { $posts }
owner-did-you-mean = {" "}(menade du `{ $post }`?)
