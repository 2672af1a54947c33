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

# An operating-system error, by its kind (after "cannot read plans/x.toml: ").
cli-io-not-found = no such file or folder
cli-io-permission-denied = permission denied
cli-io-already-exists = it already exists
cli-io-not-a-directory = a part of the path is not a folder
cli-io-is-a-directory = it is a folder
cli-io-directory-not-empty = the folder is not empty
cli-io-read-only = the file system is read-only
cli-io-storage-full = the disk is full
cli-io-quota-exceeded = the disk quota is used up
cli-io-file-too-large = the file is too large
cli-io-busy = it is in use by another program
cli-io-crosses-devices = it would move the file to another file system
cli-io-invalid-filename = the name is not a valid file name
cli-io-too-many-links = too many links
cli-io-timed-out = the operation timed out
cli-io-interrupted = the operation was interrupted
cli-io-unexpected-eof = the file ended early
cli-io-out-of-memory = out of memory
cli-io-invalid-data = the data is not valid

# Parts of clap's errors that a Swedish run rebuilds (see above).
cli-not-a-number = `{ $value }` is not a whole number
cli-missing-command = 'intplan' requires a subcommand but one was not provided
cli-commands = subcommands: { $names }
cli-cannot-create = cannot create the folder { $path }
