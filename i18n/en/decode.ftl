# Reading the plan files' shape: unknown, missing and wrongly typed keys. English catalogue.
# $key is a key of the file, $what names a table (`[plan]`, `[[item]]`, plan.toml).

decode-unknown-key = unknown key `{ $key }` in { $what }
decode-keys-near = did you mean `{ $near }`? { $what } has the keys { $list }
decode-keys-list = { $what } has the keys { $list }
decode-missing = { $what } has no { $name }
decode-add-table = add a `[{ $key }]` table
decode-add-areas = add the strategy's goal areas as `[[area]]` tables
decode-add-goals = add the area's goals as `[[area.goal]]` tables
decode-add-key = add `{ $key } = ...`
decode-wrong-type = `{ $key }` must be { $expected }, not { $found }

# What a value is, with its article: "`due` must be a date, not a string".
decode-type-string = a string
decode-type-integer = an integer
decode-type-decimal = a decimal number
decode-type-boolean = `true` or `false`
decode-type-date = a date
decode-type-list = a list
decode-type-table = a table
decode-expected-date = a date like 2026-09-01
decode-expected-text = a string or `{"{"} sv = "...", en = "..." {"}"}`
decode-expected-posts = a post or a list of posts
decode-expected-strings = a list of strings
decode-expected-tables = an array of tables ([[...]])
decode-expected-groups = a list of target groups

decode-date-quoted = `{ $key }` must be a TOML date, not a string
decode-date-quoted-help = remove the quotes: `{ $key } = { $value }`
decode-date-write-help = write a date like `{ $key } = 2026-09-01`
decode-date-with-time = `{ $key }` must be a plain date like 2026-09-01, without a time
decode-text-empty = `{ $key }` has neither `sv` nor `en`
decode-posts-empty = `{ $key }` is an empty list
decode-posts-empty-help = name the post, like `{ $key } = "Vice kårordförande"`, or several in a list
decode-keyword-unknown = unknown { $key } `{ $value }`
decode-keyword-near = did you mean `{ $near }`? `{ $key }` is one of { $list }
decode-keyword-list = `{ $key }` is one of { $list }

# Unit files (d-sektionen.toml) and items.
decode-unit-file = a unit file
decode-unit-file-table = a unit file cannot have `[{ $name }]`
decode-unit-file-table-help = only plan.toml has [plan] and [goals.*]; a unit file holds [[item]] tables only
decode-title-empty = the title is empty
decode-title-empty-help = say what the item does, like `title = {"{"} sv = "...", en = "..." {"}"}`
decode-goals-empty = `goals` is empty
decode-goals-empty-help = name at least one goal, like `goals = ["2b"]`
decode-not-a-cadence = `every = "{ $value }"` is not a cadence
decode-cadence-help = write one of { $list }
decode-cadences = `"week"`, `"2 weeks"`, `"month"`, `"term"`, `"year"`, or `"N days|weeks|months"`
decode-ongoing-without-cadence = ongoing item has no `every`
decode-ongoing-without-cadence-help = say how often it recurs: { $list }
decode-project-with-cadence = `every` is set on a project
decode-project-with-cadence-help = add `kind = "ongoing"` if the work recurs, or remove `every`
