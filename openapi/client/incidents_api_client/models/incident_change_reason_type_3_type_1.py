from enum import StrEnum


class IncidentChangeReasonType3Type1(StrEnum):
    ARTICLE_WITHDRAWN = "article_withdrawn"
    NO_REPORTS_LEFT = "no_reports_left"

    def __str__(self) -> str:
        return str(self.value)
