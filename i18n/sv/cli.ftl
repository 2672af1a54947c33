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
