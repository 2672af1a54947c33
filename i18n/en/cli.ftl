# The command line: errors before a command runs, and the run's last error line.
# English catalogue. clap writes its own English errors; these messages are the
# parts of them a Swedish run rebuilds, kept here in both languages.

cli-error = error: { $message }
cli-usage-line = Usage: { $usage }
cli-more-help = For more information, try '--help'.
cli-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-value-validation = invalid value '{ $value }' for '{ $arg }': { $why }
cli-unknown-argument = unexpected argument '{ $arg }' found
cli-unknown-command = unrecognised command '{ $name }'
cli-missing-argument = the following required arguments were not provided: { $arg }
cli-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-wrong-values = wrong number of values for '{ $arg }'
cli-possible-values = possible values: { $values }
cli-did-you-mean = tip: did you mean '{ $name }'?
cli-not-a-year = `{ $value }` is not an operating year: write YYYY-YY, like 2026-27
