# Indicators and measurements: the outcome of the goals. English catalogue.
# $key is a key of the file; $id an indicator id; $goal a goal id.

indicators-expected-number = a number
indicators-expected-whole = a whole number
indicators-not-finite = `{ $key }` must be a finite number
indicators-negative-whole = `{ $key }` cannot be negative
indicators-negative-whole-help = write how many, like `{ $key } = 120`
indicators-goals-empty = `goals` is empty
indicators-goals-empty-help = name at least one goal the indicator measures, like `goals = ["3a"]`
indicators-percent-range = `{ $key }` is { $value }, but a percent lies between 0 and 100
indicators-percent-range-help = write the share as a percent, like `{ $key } = 72.5` for 72.5 %
indicators-negative-count = `{ $key }` is { $value }, but a count cannot be negative
indicators-negative-count-help = a count is a number of people or things, 0 or more
indicators-duplicate = indicator `{ $id }` is defined twice
indicators-duplicate-help = give each indicator its own id
indicators-first-defined = first defined here
indicators-goal-without = goal { $goal } has no indicator: nothing measures whether it is reached
indicators-goal-without-help = add an [[indicator]] with `goals = ["{ $goal }"]` to strategy.toml
indicators-unknown = the strategy declares no indicator `{ $id }`
indicators-unknown-near = did you mean `{ $near }`? the strategy declares { $list }
indicators-unknown-list = the strategy declares { $list }
indicators-none-declared = the strategy declares no indicators yet: add [[indicator]] tables to strategy.toml
indicators-small-sample = only { $n } answered for { $id } on { $date } (fewer than { $min }): the figure moves by chance
indicators-small-sample-help = read it with care, or report the group together with a larger one
indicators-outside-period = the measurement of { $id } is dated { $date }, outside { $year } ({ $start } to { $end })
indicators-outside-period-help = move it to measurements.toml in the year folder whose period holds the date

# `intplan indicators`: the table and the lines under it.
indicators-heading = Indicators
indicators-col-indicator = Indicator
indicators-col-group = Group
indicators-col-date = Date
indicators-col-value = Value
indicators-col-n = n
indicators-col-previous = Previous
indicators-col-change = Change
indicators-col-gap = Gap
indicators-col-target = Target
indicators-col-met = Met
indicators-none = The strategy declares no indicators: add [[indicator]] tables to strategy.toml to measure whether the goals are reached.
indicators-none-match = No indicator measures that goal.
indicators-no-data = no data
indicators-yes = yes
indicators-no = no
# In the gap column of the group the others are compared with.
indicators-reference = reference
indicators-group-everyone = all respondents
indicators-group-international = international students
indicators-group-national = national students
indicators-group-everyone-short = All
indicators-group-international-short = International
indicators-group-national-short = National
# $down is the indicator's direction: up or down.
indicators-note-head = { $id } ({ $n ->
    [one] goal
   *[other] goals
} { $goals }): { $text }
indicators-note-target = { $down ->
    [down] Target { $target } or less
   *[other] Target { $target } or more
}: { $verdict }
indicators-note-no-target = { $down ->
    [down] No target; lower is better
   *[other] No target
}
indicators-target-phrase = { $down ->
    [down] Target { $target } or less
   *[other] Target { $target } or more
}
indicators-verdict-met = met
indicators-verdict-not-met = not met
indicators-verdict-unknown = not yet measured
indicators-gap-against = Gaps against { $group }
indicators-no-measurement = No measurement up to { $date }
indicators-source = Source: { $source }

# The outcome next to the effort, in `status` and `week`.
indicators-col-outcome = Outcome
indicators-outcome-met = { $met } of { $judged } met
indicators-outcome-no-target = { $n } without target
indicators-outcome-unmeasured = { $n } not measured
indicators-week-line = Outcome (indicator targets met, by goal): { $list }.

# The charts of the HTML pages.
indicators-chart-heading = Indicators over the years
indicators-chart-target = target { $target }
indicators-chart-empty = No measurements yet
indicators-unit-percent = Percent
indicators-unit-count = Count
indicators-unit-score = Score
