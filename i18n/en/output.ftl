# Messages of the output streams, the renderers and the diagnostics. English catalogue.
# A message id is the same in i18n/sv/; the variables ($n, ...) too.
