from enum import StrEnum


class ArticleLanguageSourceType1(StrEnum):
    DECLARED = "declared"
    DEFAULT = "default"
    DETECTED = "detected"

    def __str__(self) -> str:
        return str(self.value)
