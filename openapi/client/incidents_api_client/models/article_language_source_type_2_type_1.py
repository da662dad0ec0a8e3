from enum import StrEnum


class ArticleLanguageSourceType2Type1(StrEnum):
    DECLARED = "declared"
    DEFAULT = "default"
    DETECTED = "detected"

    def __str__(self) -> str:
        return str(self.value)
