from enum import StrEnum


class ReportWithEvidenceFatalitiesUsedItem(StrEnum):
    BEST = "best"
    HIGH = "high"
    LOW = "low"

    def __str__(self) -> str:
        return str(self.value)
