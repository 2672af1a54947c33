# Planfilernas form: okända, saknade och felaktigt typade nycklar. Svensk katalog.
# $key är en nyckel i filen, $what en tabell (`[plan]`, `[[item]]`, plan.toml).

decode-unknown-key = okänd nyckel `{ $key }` i { $what }
decode-keys-near = menade du `{ $near }`? { $what } har nycklarna { $list }
decode-keys-list = { $what } har nycklarna { $list }
decode-missing = { $what } saknar { $name }
decode-add-table = lägg till en `[{ $key }]`-tabell
decode-add-areas = lägg till strategins målområden som `[[area]]`-tabeller
decode-add-goals = lägg till målområdets mål som `[[area.goal]]`-tabeller
decode-add-key = lägg till `{ $key } = ...`
decode-wrong-type = `{ $key }` ska vara { $expected }, inte { $found }

# Vad ett värde är, med obestämd artikel: "`due` ska vara ett datum, inte en sträng".
decode-type-string = en sträng
decode-type-integer = ett heltal
decode-type-decimal = ett decimaltal
decode-type-boolean = `true` eller `false`
decode-type-date = ett datum
decode-type-list = en lista
decode-type-table = en tabell
decode-expected-date = ett datum som 2026-09-01
decode-expected-text = en sträng eller `{"{"} sv = "...", en = "..." {"}"}`
decode-expected-posts = en post eller en lista med poster
decode-expected-strings = en lista med strängar
decode-expected-tables = en lista med tabeller ([[...]])
decode-expected-groups = en lista med målgrupper

decode-date-quoted = `{ $key }` ska vara ett TOML-datum, inte en sträng
decode-date-quoted-help = ta bort citattecknen: `{ $key } = { $value }`
decode-date-write-help = skriv ett datum som `{ $key } = 2026-09-01`
decode-date-with-time = `{ $key }` ska vara ett datum som 2026-09-01, utan klockslag
decode-text-empty = `{ $key }` har varken `sv` eller `en`
decode-posts-empty = `{ $key }` är en tom lista
decode-posts-empty-help = ange posten, som `{ $key } = "Vice kårordförande"`, eller flera i en lista
decode-keyword-unknown = okänt värde för `{ $key }`: `{ $value }`
decode-keyword-near = menade du `{ $near }`? `{ $key }` ska vara ett av värdena { $list }
decode-keyword-list = `{ $key }` ska vara ett av värdena { $list }

# Enhetsfiler (d-sektionen.toml) och åtgärder.
decode-unit-file = en enhetsfil
decode-unit-file-table = en enhetsfil kan inte ha `[{ $name }]`
decode-unit-file-table-help = bara plan.toml har [plan] och [goals.*]; en enhetsfil innehåller bara [[item]]-tabeller
decode-title-empty = titeln är tom
decode-title-empty-help = skriv vad åtgärden gör, som `title = {"{"} sv = "...", en = "..." {"}"}`
decode-goals-empty = `goals` är tom
decode-goals-empty-help = ange minst ett mål, som `goals = ["2b"]`
decode-not-a-cadence = `every = "{ $value }"` är inget giltigt intervall
decode-cadence-help = skriv ett av { $list }
decode-cadences = `"week"`, `"2 weeks"`, `"month"`, `"term"`, `"year"` eller `"N days|weeks|months"`
decode-ongoing-without-cadence = åtgärden är löpande arbete men saknar `every`
decode-ongoing-without-cadence-help = ange hur ofta den återkommer: { $list }
decode-project-with-cadence = `every` är angivet för ett projekt
decode-project-with-cadence-help = lägg till `kind = "ongoing"` om arbetet återkommer, eller ta bort `every`
