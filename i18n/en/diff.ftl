# `diff` and the changes section of `week`. English catalogue.

diff-heading = Changes since { $against }
diff-none = No changes since { $against }.
diff-col-id = Id
diff-col-change = Change
diff-col-details = Details

diff-added = added
diff-removed = removed
diff-moved = moved
# A log note of the old copy edited in place, and one that is gone.
diff-note-changed = note changed
diff-note-removed = note removed
diff-note = note
# An added or removed item of a unit file: its title and the file.
diff-in-file = { $title } ({ $file })

diff-field-lead = plan lead
diff-field-reviewed = last review
diff-field-period = period
diff-field-roster = posts
diff-field-units = units
diff-roster-added = added { $posts }
diff-roster-removed = removed { $posts }
diff-goal-owner = goal owner
diff-goal-note = goal note

diff-field-title-sv = title (Swedish)
diff-field-title-en = title (English)
diff-field-title = title
diff-field-description-sv = description (Swedish)
diff-field-description-en = description (English)
diff-field-description = description
diff-field-goals = goals
diff-field-owner = owner
diff-field-kind = kind
diff-field-status = status
diff-field-start = start
diff-field-due = due
diff-field-completed = completed
diff-field-every = cadence
diff-field-last-done = last done
diff-field-groups = target groups
diff-field-unit = unit
