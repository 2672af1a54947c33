# TOML-tolkens meddelanden. Svensk katalog.
# Tolken skriver på engelska "<beskrivning>, expected <vad>, <vad>"; varje del slås
# upp här med ett id av dess ord: "invalid date" är syntax-invalid-date, "month
# between 01 and 12" efter "expected" är syntax-expected-month-between-01-and-12.
# TOML:s egna ord (true, false, `=`) står kvar: det är dem man skriver i filen.

syntax-message = TOML: { $description }
syntax-message-expected = { $n ->
    [one] TOML: { $description } – här väntas { $expected }
   *[other] TOML: { $description } – här väntas något av: { $expected }
}
# Ett meddelande från en nyare tolk som katalogen inte har än.
syntax-unknown = TOML: { $message }
syntax-duplicate-key-named = nyckeln `{ $key }` finns redan

syntax-merge-conflict = filen har en olöst sammanslagningskonflikt från git
syntax-merge-conflict-help = behåll raderna du vill ha mellan markeringarna, ta bort raderna `<<<<<<<`, `=======` och `>>>>>>>`, och kör `intplan check` igen

syntax-duplicate-key = nyckeln finns redan
syntax-recursion-limit = för djupt nästlat
syntax-cannot-recurse-further-max-recursion-depth-met = för djupt nästlat: tabeller och listor i varandra i för många nivåer
syntax-could-not-allocate-for-string = minnet räckte inte till strängen
syntax-may-only-go-between-digits = `_` får bara stå mellan siffror
syntax-carriage-return-must-be-followed-by-newline = en vagnretur (CR) måste följas av en radbrytning
syntax-extra = ett `=` för mycket
syntax-extra-assignment-between-key-value-pairs = ett `=` för mycket
syntax-extra-comma-in-array = ett kommatecken för mycket i listan
syntax-extra-comma-in-inline-table = ett kommatecken för mycket i tabellen inom klamrar
syntax-integers-with-a-radix-cannot-be-signed = ett heltal som börjar med 0x, 0o eller 0b kan inte ha + eller -
syntax-invalid-basic-string = ogiltig sträng
syntax-invalid-comment-character = otillåtet tecken i kommentaren
syntax-invalid-inline-table-element = ogiltigt innehåll i tabellen inom klamrar
syntax-invalid-key-value-pair = ogiltig rad: här ska stå nyckel = värde
syntax-invalid-multi-line-basic-string = ogiltig flerradig sträng
syntax-invalid-unquoted-key = ogiltig nyckel utan citattecken
syntax-invalid-value = ogiltigt värde
syntax-key-with-no-value = nyckeln saknar värde
syntax-keys-cannot-be-multi-line-basic-strings = en nyckel kan inte vara en flerradig sträng
syntax-keys-cannot-be-multi-line-literal-strings = en nyckel kan inte vara en flerradig sträng
syntax-missing-array-opening = listan saknar `[`
syntax-missing-assignment-between-key-value-pairs = `=` saknas mellan nyckel och värde
syntax-missing-comma-between-array-elements = kommatecken saknas mellan värdena i listan
syntax-missing-comma-between-key-value-pairs = kommatecken saknas mellan nycklarna i tabellen
syntax-missing-comment-start = `#` saknas före kommentaren
syntax-missing-escaped-value = tecken saknas efter `\`
syntax-missing-inline-table-opening = tabellen saknar `{"{"}`
syntax-missing-key-for-inline-table-element = nyckel saknas i tabellen inom klamrar
syntax-missing-opening-quote = inledande citattecken saknas
syntax-missing-table-open = `[` saknas före tabellnamnet
syntax-missing-value = värde saknas
syntax-missing-value-for-key = nyckeln saknar värde
syntax-radix-must-be-lowercase = prefixet ska skrivas med små bokstäver (0x, 0o, 0b)
syntax-redundant-integer-number-prefix = onödigt prefix på heltalet
syntax-redundant-numeric-sign = ett tecken (+ eller -) för mycket
syntax-string-values-must-be-quoted = text ska stå inom citattecken
syntax-too-few-unicode-value-digits = för få siffror i unicode-koden
syntax-unclosed-array = listan avslutas inte med `]`
syntax-unclosed-array-table = tabellrubriken avslutas inte med `]]`
syntax-unclosed-inline-table = tabellen avslutas inte med `{"}"}`
syntax-unclosed-table = tabellrubriken avslutas inte med `]`
syntax-unexpected-in-array = oväntat `=` i listan
syntax-unexpected-content = oväntat innehåll
syntax-unexpected-content-between-comment-and-newline = oväntat innehåll i kommentaren
syntax-unexpected-key-or-value = oväntad nyckel eller oväntat värde
syntax-unexpected-leading-zero = ett tal kan inte börja med 0
syntax-unexpected-sign = oväntat tecken (+ eller -)
syntax-unquoted-keys-cannot-be-empty = en nyckel utan citattecken kan inte vara tom
syntax-invalid-string = ogiltig sträng
syntax-invalid-boolean = ogiltigt sanningsvärde (skriv true eller false)
syntax-invalid-date-time = ogiltigt datum eller klockslag
syntax-invalid-datetime = ogiltigt datum eller klockslag
syntax-invalid-date = ogiltigt datum
syntax-invalid-time = ogiltigt klockslag
syntax-invalid-offset = ogiltig tidszon
syntax-invalid-float = ogiltigt decimaltal
syntax-invalid-integer-number = ogiltigt heltal
syntax-invalid-hexadecimal-number = ogiltigt hexadecimalt tal
syntax-invalid-octal-number = ogiltigt oktalt tal
syntax-invalid-binary-number = ogiltigt binärt tal
syntax-invalid-literal-string = ogiltig sträng inom apostrofer
syntax-invalid-multi-line-literal-string = ogiltig flerradig sträng inom apostrofer
syntax-invalid-fraction = ogiltiga decimaler
syntax-invalid-exponent = ogiltig exponent
syntax-invalid-mantissa = ogiltigt tal före exponenten
syntax-invalid-key = ogiltig nyckel
syntax-invalid-table = ogiltig tabell

# Vad tolken väntade sig i stället.
syntax-expected-nothing = inget mer på raden
syntax-expected-newline = en radbrytning
syntax-expected-basic-string = en sträng inom citattecken
syntax-expected-characters = tecken
syntax-expected-digits = siffror
syntax-expected-key = en nyckel
syntax-expected-letters = bokstäver
syntax-expected-literal-string = en sträng inom apostrofer
syntax-expected-multi-line-basic-string = en flerradig sträng
syntax-expected-non-double-quote-visible-characters = synliga tecken utom citattecken
syntax-expected-non-single-quote-characters = tecken utom apostrofer
syntax-expected-non-single-quote-visible-characters = synliga tecken utom apostrofer
syntax-expected-numbers = siffror
syntax-expected-printable-characters = skrivbara tecken
syntax-expected-unicode-hexadecimal-value = en hexadecimal unicode-kod
syntax-expected-value = ett värde
syntax-expected-mm-dd = `-` (MM-DD)
syntax-expected-yyyy-mm-or-hh-mm = `-` (ÅÅÅÅ-MM) eller `:` (TT:MM)
syntax-expected-hh-mm = `:` (TT:MM)
syntax-expected-t-between-date-and-time = `T` mellan datum och klockslag
syntax-expected-a-four-digit-year-yyyy = ett fyrsiffrigt år (ÅÅÅÅ)
syntax-expected-a-two-digit-day-dd = en tvåsiffrig dag (DD)
syntax-expected-a-two-digit-hour-hh = en tvåsiffrig timme (TT)
syntax-expected-a-two-digit-minute-mm = en tvåsiffrig minut (MM)
syntax-expected-a-two-digit-month-mm = en tvåsiffrig månad (MM)
syntax-expected-a-two-digit-second-ss = en tvåsiffrig sekund (SS)
syntax-expected-year-or-hour = ett år eller en timme
syntax-expected-day = en dag
syntax-expected-month = en månad
syntax-expected-hour = en timme
syntax-expected-minute = en minut
syntax-expected-second = en sekund
syntax-expected-nanosecond = bråkdelar av en sekund
syntax-expected-nanoseconds-overflowed = högst nio decimaler i sekunderna
syntax-expected-day-between-01-and-28 = en dag mellan 01 och 28
syntax-expected-day-between-01-and-29 = en dag mellan 01 och 29
syntax-expected-day-between-01-and-30 = en dag mellan 01 och 30
syntax-expected-day-between-01-and-31 = en dag mellan 01 och 31
syntax-expected-month-between-01-and-12 = en månad mellan 01 och 12
syntax-expected-hour-between-00-and-23 = en timme mellan 00 och 23
syntax-expected-hours-between-00-and-23 = timmar mellan 00 och 23
syntax-expected-minute-between-00-and-59 = en minut mellan 00 och 59
syntax-expected-minutes-between-00-and-59 = minuter mellan 00 och 59
syntax-expected-second-between-00-and-60 = en sekund mellan 00 och 60
