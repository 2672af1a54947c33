# `intplan init`: what it says, and the comments and log lines it writes into the
# new year's files. English catalogue; the same ids are in i18n/sv/init.ftl.

## Refusals

init-needs-year = init needs the new year: `intplan init --year 2027-28`
init-exists = { $folder } already exists; init never overwrites a year
init-first-needs-lead = { $year } would be the plan's first year, started from the strategy: name the post that leads the plan, `intplan init --year { $year } --lead "<post>"`
init-no-source = no year to start { $year } from in { $folder }: pass --from YYYY-YY
init-unreadable = error: the { $year } plan cannot be read in full; fix it before starting a new year
init-not-a-year = `{ $name }` is not an operating year
init-period-too-late = a period starting { $start } would end after 9999-12-31, the last day a TOML date can hold
init-item-not-found = item { $id } of { $file } could not be found to carry over (it is neither an [[item]] table nor an inline table in `item = [...]`); nothing was written
init-carry-unsafe = item { $id } of { $file } could not be carried over exactly as it stands (the file uses a TOML layout init does not handle), so nothing was written; please report the file's layout
init-refused = error: the new plan would have { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; { $folder } was not created
init-after-label = (as init would write it)

## The new plan.toml

# The first two lines name the plan in both languages, whatever --lang is: these
# two messages are used from both catalogues.
init-title = Action plan for internationalisation, operating year { $year }
init-intro =
    Started with `intplan init` from the { $old } plan (../{ $dir }/plan.toml, which
    keeps the history). What was carried over:
    - [plan]: the lead and the roster of posts. The period is the new year.
    - [goals.*]: last year's goal owners and notes; the new board confirms or
      changes them.
    - [[item]]: ongoing work with its cadence, and projects that were neither done
      nor dropped, with their status and a log line. Done and dropped items stay
      in { $old }.
    Then run `intplan check`: what the board must still decide shows as warnings.
init-intro-first =
    Started with `intplan init` from the strategy (../strategy.toml): the plan's
    first year. Every goal has the plan lead as its owner and a placeholder item
    until the board appoints the goal owners and decides the items.
    Then run `intplan check`: what the board must still decide shows as warnings.
init-reviewed = reviewed = YYYY-MM-DD   # set when the board has gone through the plan
init-items-heading = Items carried over from { $old }; the keys are explained in ../{ $dir }/plan.toml.
init-placeholder-comment =
    Placeholder: nothing was carried over for goal { $goal }. The board decides what
    the plan does for it this year and replaces this item.
init-placeholder-comment-first =
    Placeholder for goal { $goal }: the board decides what the plan does for it
    this year and replaces this item.
init-placeholder-title = Item for goal { $goal }: to be decided
init-carried-note = Carried over from the { $old } plan, status { $status }.

## A new unit file

init-unit-intro =
    Unit file of the { $year } action plan, started with `intplan init` from the
    file ../{ $dir }/{ $file }: the unit's open items, carried over.
    Only [[item]] tables; the keys are explained in plan.toml.

## The summary

init-started = Started { $year } in { $folder } from { $old }: { $carried ->
    [one] 1 item
   *[other] { $carried } items
} carried over, { $left ->
    [one] 1 done or dropped left behind
   *[other] { $left } done or dropped left behind
}.
init-started-first = Started { $year } in { $folder } from the strategy, the plan's first year; every goal has the plan lead as its owner until the board appoints one.
init-placeholders = Goals with nothing carried over got a placeholder item for the board to replace: { $ids }
init-placeholders-first = Every goal got a placeholder item for the board to replace: { $ids }
init-redate = { $n ->
    [one] 1 carried project is due before { $year } starts; the board gives it a new due date
   *[other] { $n } carried projects are due before { $year } starts; the board gives them new due dates
} (`intplan item set ID --due YYYY-MM-DD --year { $option }`): { $ids }
init-check = check: { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} for the board to settle; see `intplan check --year { $option }`.
