from enum import StrEnum


class IncidentLocationPrecision(StrEnum):
    ADMIN1 = "admin1"
    COUNTRY = "country"
    POINT = "point"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
