# Kommandoraden: fel innan ett kommando körs, och körningens sista felrad.
# Svensk katalog. clap skriver egna felmeddelanden på engelska; de här
# meddelandena är de delar som en svensk körning bygger upp på nytt.

cli-error = fel: { $message }
cli-usage-line = Användning: { $usage }
cli-more-help = Mer hjälp får du med '--help'.
cli-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'
cli-value-validation = ogiltigt värde '{ $value }' för '{ $arg }': { $why }
cli-unknown-argument = okänt argument '{ $arg }'
cli-unknown-command = okänt kommando '{ $name }'
cli-missing-argument = de här argumenten krävs men saknas: { $arg }
cli-conflict = argumentet '{ $arg }' kan inte användas tillsammans med '{ $other }'
cli-wrong-values = fel antal värden för '{ $arg }'
cli-possible-values = möjliga värden: { $values }
cli-did-you-mean = tips: menade du '{ $name }'?
cli-not-a-year = `{ $value }` är inte ett verksamhetsår: skriv ÅÅÅÅ-ÅÅ, till exempel 2026-27

# Ett fel från operativsystemet, efter sitt slag (efter "kan inte läsa plans/x.toml: ").
cli-io-not-found = filen eller mappen finns inte
cli-io-permission-denied = behörighet saknas
cli-io-already-exists = den finns redan
cli-io-not-a-directory = en del av sökvägen är ingen mapp
cli-io-is-a-directory = det är en mapp
cli-io-directory-not-empty = mappen är inte tom
cli-io-read-only = filsystemet är skrivskyddat
cli-io-storage-full = disken är full
cli-io-quota-exceeded = diskkvoten är slut
cli-io-file-too-large = filen är för stor
cli-io-busy = den används av ett annat program
cli-io-crosses-devices = filen skulle flyttas till ett annat filsystem
cli-io-invalid-filename = namnet är inget giltigt filnamn
cli-io-too-many-links = för många länkar
cli-io-timed-out = tidsgränsen överskreds
cli-io-interrupted = operationen avbröts
cli-io-unexpected-eof = filen tog slut för tidigt
cli-io-out-of-memory = minnet räcker inte
cli-io-invalid-data = innehållet är ogiltigt

# Delar av claps fel som en svensk körning bygger upp på nytt (se ovan).
cli-not-a-number = `{ $value }` är inget heltal
cli-missing-command = intplan behöver ett kommando
cli-commands = kommandon: { $names }
cli-cannot-create = kan inte skapa mappen { $path }
