"""French: the language pack for reporting written in French (the Sahel, Central Africa, Haiti)."""
