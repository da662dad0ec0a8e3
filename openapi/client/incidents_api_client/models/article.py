from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_language_source_type_1 import ArticleLanguageSourceType1
from ..models.article_language_source_type_2_type_1 import ArticleLanguageSourceType2Type1
from ..models.article_language_source_type_3_type_1 import ArticleLanguageSourceType3Type1
from ..models.article_status import ArticleStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Article")


@_attrs_define
class Article:
    """
    Attributes:
        attempts (int):
        created_at (datetime.datetime):
        error (None | str):
        id (int):
        incident_ids (list[int]):
        language (None | str):
        processed_at (datetime.datetime | None):
        published_at (datetime.datetime | None):
        source (None | str):
        status (ArticleStatus):
        title (None | str):
        updated_at (datetime.datetime):
        url (None | str):
        language_source (ArticleLanguageSourceType1 | ArticleLanguageSourceType2Type1 | ArticleLanguageSourceType3Type1
            | None | Unset):
    """

    attempts: int
    created_at: datetime.datetime
    error: None | str
    id: int
    incident_ids: list[int]
    language: None | str
    processed_at: datetime.datetime | None
    published_at: datetime.datetime | None
    source: None | str
    status: ArticleStatus
    title: None | str
    updated_at: datetime.datetime
    url: None | str
    language_source: (
        ArticleLanguageSourceType1 | ArticleLanguageSourceType2Type1 | ArticleLanguageSourceType3Type1 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        created_at = self.created_at.isoformat()

        error: None | str
        error = self.error

        id = self.id

        incident_ids = self.incident_ids

        language: None | str
        language = self.language

        processed_at: None | str
        if isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        source: None | str
        source = self.source

        status = self.status.value

        title: None | str
        title = self.title

        updated_at = self.updated_at.isoformat()

        url: None | str
        url = self.url

        language_source: None | str | Unset
        if isinstance(self.language_source, Unset):
            language_source = UNSET
        elif isinstance(self.language_source, ArticleLanguageSourceType1):
            language_source = self.language_source.value
        elif isinstance(self.language_source, ArticleLanguageSourceType2Type1):
            language_source = self.language_source.value
        elif isinstance(self.language_source, ArticleLanguageSourceType3Type1):
            language_source = self.language_source.value
        else:
            language_source = self.language_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "created_at": created_at,
                "error": error,
                "id": id,
                "incident_ids": incident_ids,
                "language": language,
                "processed_at": processed_at,
                "published_at": published_at,
                "source": source,
                "status": status,
                "title": title,
                "updated_at": updated_at,
                "url": url,
            }
        )
        if language_source is not UNSET:
            field_dict["language_source"] = language_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        id = d.pop("id")

        incident_ids = cast(list[int], d.pop("incident_ids"))

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        def _parse_processed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processed_at_type_0 = datetime.datetime.fromisoformat(data)

                return processed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        processed_at = _parse_processed_at(d.pop("processed_at"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        status = ArticleStatus(d.pop("status"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_language_source(
            data: object,
        ) -> (
            ArticleLanguageSourceType1
            | ArticleLanguageSourceType2Type1
            | ArticleLanguageSourceType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_source_type_1 = ArticleLanguageSourceType1(data)

                return language_source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_source_type_2_type_1 = ArticleLanguageSourceType2Type1(data)

                return language_source_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_source_type_3_type_1 = ArticleLanguageSourceType3Type1(data)

                return language_source_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ArticleLanguageSourceType1
                | ArticleLanguageSourceType2Type1
                | ArticleLanguageSourceType3Type1
                | None
                | Unset,
                data,
            )

        language_source = _parse_language_source(d.pop("language_source", UNSET))

        article = cls(
            attempts=attempts,
            created_at=created_at,
            error=error,
            id=id,
            incident_ids=incident_ids,
            language=language,
            processed_at=processed_at,
            published_at=published_at,
            source=source,
            status=status,
            title=title,
            updated_at=updated_at,
            url=url,
            language_source=language_source,
        )

        article.additional_properties = d
        return article

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
