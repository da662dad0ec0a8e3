from enum import StrEnum


class ListIncidentsSort(StrEnum):
    DATE = "date"
    UPDATED_AT = "updated_at"
    VALUE_0 = "-date"
    VALUE_2 = "-fatalities"

    def __str__(self) -> str:
        return str(self.value)
