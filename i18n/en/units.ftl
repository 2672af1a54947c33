# The union's units (central, student divisions, committees). English catalogue.

units-unknown = `{ $unit }` is not in the plan's units roster
units-unknown-near = did you mean `{ $near }`?
units-unknown-list = add the unit to `units` in [plan], or use one of: { $list }

# `intplan status --by unit`.
units-heading = Goals by unit
units-col-unit = Unit
units-col-items = Items
units-empty = No unit carries an item.
units-totals = Central: { $central ->
    [one] { $central } item
   *[other] { $central } items
}; local: { $local ->
    [one] { $local } item
   *[other] { $local } items
} in { $units ->
    [one] { $units } unit
   *[other] { $units } units
}.
units-without-items = Finding: { $n ->
    [one] one unit of the roster has no item
   *[other] { $n } units of the roster have no item
}: { $list }.
units-no-roster = The plan declares no units roster ([plan] units): the units are those the items name.
