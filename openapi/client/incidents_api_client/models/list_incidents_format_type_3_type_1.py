from enum import StrEnum


class ListIncidentsFormatType3Type1(StrEnum):
    CSV = "csv"
    GEOJSON = "geojson"
    JSON = "json"
    NDJSON = "ndjson"

    def __str__(self) -> str:
        return str(self.value)
