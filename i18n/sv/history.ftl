# Äldre versioner av planen för `diff` och `week --since`. Svensk katalog.

history-old-unreadable = planen för { $year } i { $label } kan inte läsas helt ({ $problem }), så det finns inget säkert att jämföra med
history-not-a-commit = `{ $rev }` är ingen commit i det git-arkiv som innehåller { $root }
history-no-commit = ingen commit i { $root } är från { $day } eller tidigare; ange --against REV, ett senare --since DATUM eller en planmapp
history-label-moved = { $label }, då planmappen låg i { $path }
history-folder-missing = { $root } fanns inte vid { $label }, och git hittar ingen namnändring till den, så varje åtgärd skulle se ny ut; jämför med en senare revision, eller med en planmapp: intplan diff GAMMAL_MAPP
history-no-git = kan inte köra git ({ $error }); jämför med en planmapp i stället: intplan diff GAMMAL_MAPP
history-not-a-repository = { $root } ligger inte i ett git-arkiv, så det finns ingen historik att jämföra med; jämför med en planmapp i stället: intplan diff GAMMAL_MAPP
history-git-failed = git { $command } misslyckades: { $error }
