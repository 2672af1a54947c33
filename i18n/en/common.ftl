# Words and counts shared by several commands. English catalogue.
# A message id is the same in i18n/sv/; the variables ($n, ...) too.
# Plural forms follow the CLDR rules of the language: [one] is used for 1.

count-items = { $n ->
    [one] { $n } item
   *[other] { $n } items
}
count-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
count-goals = { $n ->
    [one] { $n } goal
   *[other] { $n } goals
}
count-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
count-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}

# --owner that names no post of the year. $hint is owner-did-you-mean or empty.
owner-unknown = no post `{ $owner }` in the { $year } plan{ $hint }; its posts are: { $posts }
owner-did-you-mean = {" "}(did you mean `{ $post }`?)
