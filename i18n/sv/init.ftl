# `intplan init`: vad kommandot säger, och kommentarerna och anteckningarna det
# skriver i det nya årets filer. Svensk katalog; samma id finns i i18n/en/init.ftl.

## Avslag

init-needs-year = init behöver det nya året: `intplan init --year 2027-28`
init-exists = { $folder } finns redan; init skriver aldrig över ett år
init-first-needs-lead = { $year } skulle bli handlingsplanens första år, skapat utifrån strategin: ange den post som är ansvarig för handlingsplanen, `intplan init --year { $year } --lead "<post>"`
init-no-source = i { $folder } finns inget år att starta { $year } från: ange --from ÅÅÅÅ-ÅÅ
init-unreadable = fel: planen för { $year } kan inte läsas helt; rätta den innan ett nytt år startas
init-not-a-year = `{ $name }` är inget verksamhetsår
init-period-too-late = en period som börjar { $start } skulle sluta efter 9999-12-31, den sista dag ett TOML-datum kan rymma
init-item-not-found = åtgärd { $id } i { $file } kunde inte hittas för att föras över (den är varken en [[item]]-tabell eller en inline-tabell i `item = [...]`); inget skrevs
init-carry-unsafe = åtgärd { $id } i { $file } kunde inte föras över precis som den står (filen använder en TOML-uppställning som init inte klarar), så inget skrevs; rapportera gärna filens uppställning
init-refused = fel: den nya planen skulle få { $errors } fel; { $folder } skapades inte
init-after-label = (så som init skulle skriva den)

## Den nya plan.toml

# De två första raderna namnger planen på båda språken, oavsett --lang: de två
# meddelandena används ur båda katalogerna.
init-title = Handlingsplan för internationalisering, verksamhetsåret { $year }
init-intro =
    Startad med `intplan init` från planen för { $old } (../{ $dir }/plan.toml, som
    behåller historiken). Detta fördes över:
    - [plan]: ansvarig för handlingsplanen och förteckningen över poster. Perioden är
      det nya verksamhetsåret.
    - [goals.*]: förra årets ansvariga poster och anteckningar för målen; den nya
      styrelsen bekräftar eller ändrar dem.
    - [[item]]: löpande arbete med sitt intervall, och projekt som varken var
      genomförda eller strukna, med sin status och en anteckning. Genomförda och
      strukna åtgärder stannar i { $old }.
    Kör sedan `intplan check`: det som styrelsen ännu måste besluta visas som varningar.
init-intro-first =
    Startad med `intplan init` utifrån strategin (../strategy.toml): handlingsplanens
    första år. Den som är ansvarig för handlingsplanen står som ansvarig för varje
    mål, och varje mål har en platshållare, tills styrelsen utser målansvariga och
    beslutar om åtgärderna.
    Kör sedan `intplan check`: det som styrelsen ännu måste besluta visas som varningar.
init-reviewed = reviewed = ÅÅÅÅ-MM-DD   # sätt när styrelsen har gått igenom planen
init-items-heading = Åtgärder som förts över från { $old }; nycklarna förklaras i ../{ $dir }/plan.toml.
init-placeholder-comment =
    Platshållare: inget fördes över för mål { $goal }. Styrelsen beslutar vad planen
    gör för målet i år och ersätter den här åtgärden.
init-placeholder-comment-first =
    Platshållare för mål { $goal }: styrelsen beslutar vad planen gör för målet
    i år och ersätter den här åtgärden.
init-placeholder-title = Åtgärd för mål { $goal }: ska beslutas
init-carried-note = Överförd från planen för { $old }, status { $status }.

## En ny enhetsfil

init-unit-intro =
    Enhetsfil för handlingsplanen { $year }, startad med `intplan init` från
    filen ../{ $dir }/{ $file }: enhetens öppna åtgärder, överförda.
    Bara [[item]]-tabeller; nycklarna förklaras i plan.toml.

## Sammanfattningen

init-started = Startade { $year } i { $folder } från { $old }: { $carried ->
    [one] 1 åtgärd överförd
   *[other] { $carried } åtgärder överförda
}, { $left ->
    [one] 1 genomförd eller struken ligger kvar
   *[other] { $left } genomförda eller strukna ligger kvar
}.
init-started-first = Startade { $year } i { $folder } utifrån strategin, handlingsplanens första år; den som är ansvarig för handlingsplanen står som ansvarig för varje mål tills styrelsen utser någon annan.
init-placeholders = Mål utan överförd åtgärd fick en platshållare som styrelsen ska ersätta: { $ids }
init-placeholders-first = Varje mål fick en platshållare som styrelsen ska ersätta: { $ids }
init-redate = { $n ->
    [one] 1 överfört projekt ska vara klart innan { $year } börjar; styrelsen sätter ett nytt datum för det
   *[other] { $n } överförda projekt ska vara klara innan { $year } börjar; styrelsen sätter nya datum för dem
} (`intplan item set ID --due ÅÅÅÅ-MM-DD --year { $option }`): { $ids }
init-check = check: { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
} som styrelsen behöver ta ställning till; se `intplan check --year { $option }`.
