from enum import StrEnum


class IncidentActorRole(StrEnum):
    ACTOR1 = "actor1"
    ACTOR2 = "actor2"
    ASSOCIATED = "associated"

    def __str__(self) -> str:
        return str(self.value)
