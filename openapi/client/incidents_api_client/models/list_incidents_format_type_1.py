from enum import StrEnum


class ListIncidentsFormatType1(StrEnum):
    CSV = "csv"
    GEOJSON = "geojson"
    JSON = "json"
    NDJSON = "ndjson"

    def __str__(self) -> str:
        return str(self.value)
