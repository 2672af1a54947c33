# The rules `check` applies across values: ids, goals, owners, dates, reviews.
# English catalogue. $id is an id from the files, $year an operating year (2026/27).

rules-area-twice = area `{ $id }` is defined twice
rules-goal-twice = goal `{ $id }` is defined twice
rules-first-defined = first defined here
rules-item-id-twice = item id `{ $id }` is used twice in { $year }
rules-first-used = first used here
rules-item-id-twice-help = give each item its own id

rules-unknown-goal = the strategy has no goal `{ $id }`
rules-unknown-goal-near = did you mean `{ $near }`? the strategy has { $list }
rules-unknown-goal-list = the strategy has { $list }
rules-strategy-without-goals = the strategy has no goals yet: add [[area.goal]] tables to strategy.toml

rules-goal-owners-start = the year's goal owners start here
rules-no-goal-tables = the plan has no [goals.*] tables
rules-goal-without-owner = goal { $id } has no owner in { $year }
rules-goal-without-owner-help = add `[goals.{ $id }]` with `owner = "<post>"` to plan.toml
rules-no-live-item = no live item names { $id }
rules-goal-without-item = goal { $id } has no item in { $year }
rules-goal-without-item-help = add an [[item]] with `goals = ["{ $id }"]` (dropped items do not count)

rules-period-reversed = the period ends ({ $end }) before it starts ({ $start })
rules-due-before-start = item { $id } is due ({ $due }) before it starts ({ $start })
rules-starts-here = starts here

rules-not-in-roster = `{ $post }` is not in the plan's owners roster
rules-not-in-roster-near = did you mean `{ $near }`?
rules-not-in-roster-list = add the post to `owners` in [plan], or use one of: { $list }

rules-done-without-date = item { $id } is done but has no `completed` date
rules-done-without-date-help = add `completed = YYYY-MM-DD`

rules-never-reviewed = the board has never recorded a review of the { $year } plan
rules-review-old = the plan was last reviewed { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}, on { $day }
rules-review-help = go through the plan at a board meeting and set `reviewed = { $day }` in [plan]
