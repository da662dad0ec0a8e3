"""ACLED's taxonomy, kept in `service.contract.taxonomy` with the rest of the v1 contract; importable from here for
the extraction pipeline, which codes with it."""

from service.contract.taxonomy import (
    BATTLES,
    EVENT_TYPES,
    PROTESTS,
    REMOTE_VIOLENCE,
    RIOTS,
    STRATEGIC_DEVELOPMENTS,
    SUB_EVENT_TYPES,
    VIOLENCE_AGAINST_CIVILIANS,
    coded,
)

__all__ = [
    "BATTLES",
    "EVENT_TYPES",
    "PROTESTS",
    "REMOTE_VIOLENCE",
    "RIOTS",
    "STRATEGIC_DEVELOPMENTS",
    "SUB_EVENT_TYPES",
    "VIOLENCE_AGAINST_CIVILIANS",
    "coded",
]
