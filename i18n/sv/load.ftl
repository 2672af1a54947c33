# Meddelanden från inläsningen av planmappen. Svensk katalog.
# Ett meddelande-id är detsamma i i18n/en/; variablerna ($path, ...) också.

load-no-year = { $root } har ingen mapp för ett verksamhetsår (som { $year }/); skapa det första året utifrån strategin med `intplan init --year { $year } --lead "<post>"`
load-no-such-year = { $root } har inget år { $name }; de år som finns är { $names }
load-root-not-found = planmappen `{ $root }` finns inte: kör intplan där mappen plans/ finns, eller ange --plan MAPP
load-root-unreadable = kan inte läsa planmappen { $root }
load-root-not-a-folder = `{ $root }` är ingen mapp
load-no-strategy = { $root } saknar strategy.toml: planmappen måste innehålla strategin som fullmäktige antog
load-folder-not-a-year = mappen `{ $name }` har planfiler, men namnet är inget verksamhetsår
load-folder-not-a-year-help = en årsmapp heter ÅÅÅÅ-ÅÅ, till exempel 2026-27
load-year-without-plan = året { $name } saknar plan.toml
load-year-without-plan-help = varje årsmapp behöver en plan.toml med [plan]; `intplan init --year { $name }` skapar en
load-cannot-list = kan inte lista mappen { $path }
load-cannot-read = kan inte läsa { $path }
load-not-a-file = kan inte läsa { $path }: det är ingen vanlig fil (en planfil måste vara en vanlig fil, inte en specialfil, ett namngivet rör eller en mapp)
load-too-big = kan inte läsa { $path }: den är större än { $limit } MB, långt mer än någon plan
load-not-utf8 = filen är inte UTF-8-text (byte 0x{ $byte })
load-not-utf8-help = spara filen som UTF-8
load-hidden-in-name = `{ $key }` innehåller { $char }, ett tecken som är osynligt eller styr en terminal
load-hidden-in-name-help = ett namn (ett id, en post, ett intervall, en enhet) måste vara vanlig text på en rad; titlar, anteckningar och beskrivningar får innehålla radbrytningar och tabbar
