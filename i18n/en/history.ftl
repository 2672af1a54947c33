# Older copies of the plan for `diff` and `week --since`. English catalogue.

history-old-unreadable = the { $year } plan in { $label } cannot be read in full ({ $problem }), so there is nothing sound to compare with
history-not-a-commit = `{ $rev }` is not a commit of the repository that holds { $root }
history-no-commit = no commit of { $root } is from { $day } or earlier; pass --against REV, a later --since DATE, or a plan folder
history-label-moved = { $label }, when the plan folder was { $path }
history-folder-missing = { $root } did not exist at { $label }, and git finds no rename into it, so every item would look added; compare with a later revision, or with a plan folder: intplan diff OLD_DIR
history-no-git = cannot run git ({ $error }); compare with a plan folder instead: intplan diff OLD_DIR
history-not-a-repository = { $root } is not in a git repository, so there is no history to compare with; compare with a plan folder instead: intplan diff OLD_DIR
history-git-failed = git { $command }: { $error }
