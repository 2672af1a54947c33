# Messages of the loader, which reads the plan folder. English catalogue.
# A message id is the same in i18n/sv/; the variables ($path, ...) too.

load-no-year = { $root } has no operating-year folder (like { $year }/); start the first year from the strategy with `intplan init --year { $year } --lead "<post>"`
load-no-such-year = no year { $name } in { $root }: it has { $names }
load-root-not-found = plan folder `{ $root }` not found: run intplan where the plans/ folder is, or pass --plan DIR
load-root-unreadable = cannot read the plan folder { $root }
load-root-not-a-folder = `{ $root }` is not a folder
load-no-strategy = { $root } has no strategy.toml: the plan folder must hold the strategy the council adopted
load-folder-not-a-year = folder `{ $name }` holds plan files but is not named as an operating year
load-folder-not-a-year-help = name year folders YYYY-YY, like 2026-27
load-year-without-plan = year { $name } has no plan.toml
load-year-without-plan-help = every year folder needs a plan.toml with [plan]; `intplan init --year { $name }` creates one
load-cannot-list = cannot list the folder { $path }
load-cannot-read = cannot read { $path }
load-not-a-file = cannot read { $path }: it is not a regular file (a plan file must be one, not a device, a pipe or a folder)
load-too-big = cannot read { $path }: it is larger than { $limit } MB, far more than any plan
load-not-utf8 = the file is not UTF-8 text (byte 0x{ $byte })
load-not-utf8-help = save the file as UTF-8
load-hidden-in-name = `{ $key }` holds { $char }, a character that is invisible or acts on a terminal
load-hidden-in-name-help = a name (an id, a post, a cadence, a unit) must be plain text on one line; titles, notes and descriptions may hold line breaks and tabs
