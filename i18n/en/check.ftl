# `intplan check`: the closing line. English catalogue.

# The closing line: where, what was found (diagnostic::summary), and how much.
check-summary = { $root }: { $found } ({ $goals }, { $years }, { $items } checked)
# The same when only warnings were found and --strict turns them into a failure.
check-summary-strict = { $root }: { $found }, which fails the check under --strict ({ $goals }, { $years }, { $items } checked)
# A GitHub annotation without a file, so the failed job says why it failed.
check-strict-annotation = { $n ->
    [one] 1 warning fails the check under --strict
   *[other] { $n } warnings fail the check under --strict
}

# A plan folder with a strategy but not one year folder.
check-no-year = the plan has no operating year: a year folder like { $year }/ with a plan.toml is missing
check-no-year-help = start the year from the strategy: `intplan init --year { $year } --lead "<post>"`, naming the post that leads the plan
