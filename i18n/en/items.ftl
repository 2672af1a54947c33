# `intplan items`: the list of items with filters. English catalogue.

items-title = Items
items-col-id = Id
items-col-title = Item
items-col-goals = Goals
items-col-owner = Owner
items-col-kind = Kind
items-col-status = Status
items-col-next = Next due
items-col-standing = Late / left
items-col-unit = Unit
items-col-activity = Last sign of life

items-days-late = { $n ->
    [one] 1 day late
   *[other] { $n } days late
}
items-days-left = { $n ->
    [one] 1 day left
   *[other] { $n } days left
}
items-due-today = due today

# The footer: $shown is items-shown.
items-shown = { $shown } of { $total ->
    [one] 1 item
   *[other] { $total } items
} shown.
items-shown-filtered = { $shown } Filters: { $filters }.
items-none = The { $year } plan has no items.
items-none-match = No item of the { $year } plan matches: { $filters }.

items-filter-goal = goal { $goals }
items-filter-owner = owner { $owners }
items-filter-status = status { $statuses }
items-filter-open = open items only (--all shows done and dropped)
items-filter-kind = { $kind } only
items-filter-unit = unit { $units }
items-filter-group = aimed at { $groups }
items-filter-overdue = overdue
items-filter-stale = without signs of life
items-filter-due-before = next due before { $date }
items-filter-due-after = next due after { $date }
items-filter-grep = mentions “{ $text }”
