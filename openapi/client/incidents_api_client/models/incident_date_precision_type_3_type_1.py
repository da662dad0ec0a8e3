from enum import StrEnum


class IncidentDatePrecisionType3Type1(StrEnum):
    DAY = "day"
    MONTH = "month"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
