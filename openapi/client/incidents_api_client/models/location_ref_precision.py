from enum import StrEnum


class LocationRefPrecision(StrEnum):
    ADMIN1 = "admin1"
    COUNTRY = "country"
    POINT = "point"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
