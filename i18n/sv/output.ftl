# Meddelanden från utdataströmmarna, renderarna och diagnostiken. Svensk katalog.
# Ett meddelande-id är detsamma i i18n/en/; variablerna ($n, ...) också.
