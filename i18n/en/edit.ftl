# The edit commands (item add/set/done/note) and the edit transaction.
# English catalogue; the same ids and variables are in i18n/sv/edit.ftl.

## The command line

edit-bad-date = `{ $value }` is not a date from 0000-01-01 to 9999-12-31: write YYYY-MM-DD, like 2026-11-28
edit-empty-text = an empty value cannot be written into the plan: write some text

## Finding the item and the year

edit-no-item = no item `{ $id }` in the { $year } plan
edit-no-item-near = no item `{ $id }` in the { $year } plan; did you mean { $near }?
# An edit of an id that two items of the year have. $places: file:line, ...
edit-id-twice = `{ $id }` is the id of more than one item in the { $year } plan ({ $places }), so the edit would not know which to change; give each its own id first (`intplan check` shows them as duplicate-id); nothing was written
edit-id-in-other-year = no item `{ $id }` in the { $year } plan; { $count ->
    [one] it is in the { $others } plan: pass --year { $options } to edit it there
   *[other] it is in the plans of { $others }: pass --year with one of { $options } to edit it there
}
edit-also-in-year = note: { $id } is also in the { $other } plan; this edit changed the { $year } one (pass --year { $option } to edit that one)
edit-unreadable = error: the plan cannot be read in full, so it cannot be edited safely; fix the errors above first
edit-nothing-to-set = nothing to set: give at least one of --status, --due, --start, --owner, --title, --title-sv, --title-en, --goal, --every, --note
edit-file-outside = --file { $file } is not a .toml file in the year folder { $folder }
edit-file-name-hidden = --file { $file }: a unit file's name must be plain text on one line, but it holds { $char }

## Reading, checking and writing

edit-cannot-read = cannot read { $path }
edit-not-utf8 = { $path } is not UTF-8 text
edit-cannot-parse = cannot read { $file } as TOML: { $error }
edit-items-not-tables = the items of { $file } are neither [[item]] tables nor inline tables in `item = [...]`; nothing was written
edit-item-not-found = item { $id } is not in { $file } as an [[item]] table or an inline table in `item = [...]`; nothing was written
edit-form-unsupported = cannot change `{ $key }` of item { $id } in { $file }: it is written as `{ $form }`, which cannot hold the new value. Rewrite it as `{ $rewrite }` and run the edit again; nothing was written
edit-unsafe = the edit of { $file } would change more than it says (the file uses a TOML layout the editor does not handle), so nothing was written; make the change in a text editor, and please report the file's layout
edit-after-label = (after the edit)
edit-refused = error: the edit was refused because it would add { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; { $files } was not changed
edit-cannot-lock = cannot lock the plan folder { $folder } (nor the lock file { $path }) to edit it
edit-cannot-write = cannot write { $path }; nothing was written
edit-dangling-link = { $path } is a symbolic link to a file that does not exist; nothing was written
edit-read-only = { $path } is read-only, so it was not changed and nothing was written; make it writable (chmod u+w) to edit it

## What an edit says it did

# One line per item: `4b-5 (2026/27, d-sektionen.toml): due 2026-12-11 -> 2027-10-15`.
edit-confirm = { $id } ({ $year }, { $file }): { $changes }
edit-change = { $field } { $old } -> { $new }
edit-unchanged = { $field } { $value } (unchanged)
edit-none = (none)
edit-note-added = note added, dated { $date }
edit-added = added, “{ $title }”
edit-already-done = already done on { $date }; nothing changed (give --on to change the date)
edit-field-status = status
edit-field-start = start
edit-field-due = due
edit-field-completed = completed
edit-field-owner = owner
edit-field-title = title
edit-field-title-sv = Swedish title
edit-field-title-en = English title
edit-field-goals = goals
edit-field-every = cadence
edit-field-last-done = last done

# The comment that opens a new unit file.
edit-unit-preface =
    Unit file of the { $year } action plan: [[item]] tables only, with the keys
    described in plan.toml.

## The rule `future-date` (in check.rs), which guards the dates edits record

edit-future-completed = item { $id } was completed on { $date }, after { $asof }
edit-future-last-done = item { $id } was last done on { $date }, after { $asof }
edit-future-log = item { $id } has a note dated { $date }, after { $asof }
edit-future-help = a record of what was done cannot be dated after { $asof }, the day the plan is checked for: correct the date

## Small words

edit-quoted = “{ $text }”
edit-roster-label = the roster of posts starts here
