from enum import StrEnum


class IncidentStatsGroupBy(StrEnum):
    ACTOR = "actor"
    ADMIN1 = "admin1"
    COUNTRY = "country"
    EVENT_TYPE = "event_type"
    MONTH = "month"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
