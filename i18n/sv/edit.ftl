# Ändringskommandona (item add/set/done/note) och ändringstransaktionen.
# Svensk katalog; samma id och variabler finns i i18n/en/edit.ftl.

## Kommandoraden

edit-bad-date = `{ $value }` är inget datum mellan 0000-01-01 och 9999-12-31: skriv ÅÅÅÅ-MM-DD, till exempel 2026-11-28
edit-empty-text = ett tomt värde kan inte skrivas in i planen: skriv en text

## Att hitta åtgärden och året

edit-no-item = ingen åtgärd `{ $id }` i planen för { $year }
edit-no-item-near = ingen åtgärd `{ $id }` i planen för { $year }; menade du { $near }?
# En ändring av ett id som två av årets åtgärder har. $places: fil:rad, ...
edit-id-twice = `{ $id }` är id för mer än en åtgärd i planen för { $year } ({ $places }), så det går inte att veta vilken som ska ändras; ge var och en ett eget id först (`intplan check` visar dem som duplicate-id); inget skrevs
edit-id-in-other-year = ingen åtgärd `{ $id }` i planen för { $year }; { $count ->
    [one] den finns i planen för { $others }: ange --year { $options } för att ändra den där
   *[other] den finns i planerna för { $others }: ange --year med ett av { $options } för att ändra den där
}
edit-also-in-year = obs: { $id } finns också i planen för { $other }; ändringen gjordes i planen för { $year } (ange --year { $option } för att ändra den andra)
edit-unreadable = fel: planen kan inte läsas helt och kan därför inte ändras säkert; rätta felen ovan först
edit-nothing-to-set = inget att ändra: ange minst en av --status, --due, --start, --owner, --title, --title-sv, --title-en, --goal, --every, --note
edit-file-outside = --file { $file } är ingen .toml-fil i årsmappen { $folder }
edit-file-name-hidden = --file { $file }: en enhetsfils namn måste vara vanlig text på en rad, men det innehåller { $char }

## Att läsa, kontrollera och skriva

edit-cannot-read = kan inte läsa { $path }
edit-not-utf8 = { $path } är inte UTF-8-text
edit-cannot-parse = kan inte läsa { $file } som TOML: { $error }
edit-items-not-tables = åtgärderna i { $file } är varken [[item]]-tabeller eller inline-tabeller i `item = [...]`; inget skrevs
edit-item-not-found = åtgärd { $id } finns inte i { $file } som en [[item]]-tabell eller en inline-tabell i `item = [...]`; inget skrevs
edit-form-unsupported = kan inte ändra `{ $key }` för åtgärd { $id } i { $file }: den är skriven som `{ $form }`, en form som inte kan rymma det nya värdet. Skriv om den som `{ $rewrite }` och gör ändringen igen; inget skrevs
edit-unsafe = ändringen av { $file } skulle ändra mer än den säger (filen använder en TOML-uppställning som ändringsverktyget inte klarar), så inget skrevs; gör ändringen i en textredigerare, och rapportera gärna filens uppställning
edit-after-label = (efter ändringen)
edit-refused = fel: ändringen avvisades eftersom den skulle ge { $errors } fel; { $files } ändrades inte
edit-cannot-lock = kan inte låsa planmappen { $folder } (och inte heller låsfilen { $path }) för att ändra i den
edit-cannot-write = kan inte skriva { $path }; inget skrevs
edit-dangling-link = { $path } är en symbolisk länk till en fil som inte finns; inget skrevs
edit-read-only = { $path } är skrivskyddad, så den ändrades inte och inget skrevs; gör den skrivbar (chmod u+w) för att ändra i den

## Vad en ändring säger att den gjorde

# En rad per åtgärd: `4b-5 (2026/27, d-sektionen.toml): klart senast 2026-12-11 -> 2027-10-15`.
edit-confirm = { $id } ({ $year }, { $file }): { $changes }
edit-change = { $field } { $old } -> { $new }
edit-unchanged = { $field } { $value } (oförändrat)
edit-none = (saknas)
edit-note-added = anteckning tillagd, daterad { $date }
edit-added = tillagd, ”{ $title }”
edit-already-done = redan genomförd den { $date }; inget ändrades (ange --on för att ändra datumet)
edit-field-status = status
edit-field-start = start
edit-field-due = klart senast
edit-field-completed = genomförd
edit-field-owner = ansvarig post
edit-field-title = titel
edit-field-title-sv = svensk titel
edit-field-title-en = engelsk titel
edit-field-goals = mål
edit-field-every = intervall
edit-field-last-done = senast genomförd

# Kommentaren som inleder en ny enhetsfil.
edit-unit-preface =
    Enhetsfil för handlingsplanen { $year }: bara [[item]]-tabeller, med nycklarna
    som beskrivs i plan.toml.

## Regeln `future-date` (i check.rs), som vaktar datumen som ändringar skriver

edit-future-completed = åtgärd { $id } genomfördes { $date }, efter { $asof }
edit-future-last-done = åtgärd { $id } genomfördes senast { $date }, efter { $asof }
edit-future-log = åtgärd { $id } har en anteckning daterad { $date }, efter { $asof }
edit-future-help = det som redan har gjorts kan inte ha ett datum efter { $asof }, den dag som kontrollen gäller: rätta datumet

## Småord

edit-quoted = ”{ $text }”
edit-roster-label = förteckningen över poster börjar här
