from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_date_precision_type_1 import IncidentDatePrecisionType1
from ..models.incident_date_precision_type_2_type_1 import IncidentDatePrecisionType2Type1
from ..models.incident_date_precision_type_3_type_1 import IncidentDatePrecisionType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence import Evidence
    from ..models.incident_actor import IncidentActor
    from ..models.incident_location import IncidentLocation
    from ..models.incident_report import IncidentReport


T = TypeVar("T", bound="Incident")


@_attrs_define
class Incident:
    """
    Attributes:
        actors (list[IncidentActor]):
        article_ids (list[int]):
        confidence (float):
        created_at (datetime.datetime):
        date (datetime.date | None):
        date_precision (IncidentDatePrecisionType1 | IncidentDatePrecisionType2Type1 | IncidentDatePrecisionType3Type1 |
            None):
        event_type (str):
        evidence (list[Evidence]):
        extractor_version (str):
        fatalities (int | None):
        fatalities_high (int | None):
        fatalities_low (int | None):
        fatalities_source (None | str):
        id (int):
        location (IncidentLocation | None):
        report_count (int):
        sub_event_type (str):
        summary (str):
        updated_at (datetime.datetime):
        reports (list[IncidentReport] | Unset):
    """

    actors: list[IncidentActor]
    article_ids: list[int]
    confidence: float
    created_at: datetime.datetime
    date: datetime.date | None
    date_precision: (
        IncidentDatePrecisionType1 | IncidentDatePrecisionType2Type1 | IncidentDatePrecisionType3Type1 | None
    )
    event_type: str
    evidence: list[Evidence]
    extractor_version: str
    fatalities: int | None
    fatalities_high: int | None
    fatalities_low: int | None
    fatalities_source: None | str
    id: int
    location: IncidentLocation | None
    report_count: int
    sub_event_type: str
    summary: str
    updated_at: datetime.datetime
    reports: list[IncidentReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_location import IncidentLocation  # noqa: PLC0415

        actors = []
        for actors_item_data in self.actors:
            actors_item = actors_item_data.to_dict()
            actors.append(actors_item)

        article_ids = self.article_ids

        confidence = self.confidence

        created_at = self.created_at.isoformat()

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        date_precision: None | str
        if isinstance(self.date_precision, IncidentDatePrecisionType1):
            date_precision = self.date_precision.value
        elif isinstance(self.date_precision, IncidentDatePrecisionType2Type1):
            date_precision = self.date_precision.value
        elif isinstance(self.date_precision, IncidentDatePrecisionType3Type1):
            date_precision = self.date_precision.value
        else:
            date_precision = self.date_precision

        event_type = self.event_type

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        extractor_version = self.extractor_version

        fatalities: int | None
        fatalities = self.fatalities

        fatalities_high: int | None
        fatalities_high = self.fatalities_high

        fatalities_low: int | None
        fatalities_low = self.fatalities_low

        fatalities_source: None | str
        fatalities_source = self.fatalities_source

        id = self.id

        location: dict[str, Any] | None
        if isinstance(self.location, IncidentLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        report_count = self.report_count

        sub_event_type = self.sub_event_type

        summary = self.summary

        updated_at = self.updated_at.isoformat()

        reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = []
            for reports_item_data in self.reports:
                reports_item = reports_item_data.to_dict()
                reports.append(reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actors": actors,
                "article_ids": article_ids,
                "confidence": confidence,
                "created_at": created_at,
                "date": date,
                "date_precision": date_precision,
                "event_type": event_type,
                "evidence": evidence,
                "extractor_version": extractor_version,
                "fatalities": fatalities,
                "fatalities_high": fatalities_high,
                "fatalities_low": fatalities_low,
                "fatalities_source": fatalities_source,
                "id": id,
                "location": location,
                "report_count": report_count,
                "sub_event_type": sub_event_type,
                "summary": summary,
                "updated_at": updated_at,
            }
        )
        if reports is not UNSET:
            field_dict["reports"] = reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence import Evidence  # noqa: PLC0415
        from ..models.incident_actor import IncidentActor  # noqa: PLC0415
        from ..models.incident_location import IncidentLocation  # noqa: PLC0415
        from ..models.incident_report import IncidentReport  # noqa: PLC0415

        d = dict(src_dict)
        actors = []
        _actors = d.pop("actors")
        for actors_item_data in _actors:
            actors_item = IncidentActor.from_dict(actors_item_data)

            actors.append(actors_item)

        article_ids = cast(list[int], d.pop("article_ids"))

        confidence = d.pop("confidence")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))

        def _parse_date_precision(
            data: object,
        ) -> IncidentDatePrecisionType1 | IncidentDatePrecisionType2Type1 | IncidentDatePrecisionType3Type1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_precision_type_1 = IncidentDatePrecisionType1(data)

                return date_precision_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_precision_type_2_type_1 = IncidentDatePrecisionType2Type1(data)

                return date_precision_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_precision_type_3_type_1 = IncidentDatePrecisionType3Type1(data)

                return date_precision_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                IncidentDatePrecisionType1 | IncidentDatePrecisionType2Type1 | IncidentDatePrecisionType3Type1 | None,
                data,
            )

        date_precision = _parse_date_precision(d.pop("date_precision"))

        event_type = d.pop("event_type")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = Evidence.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        extractor_version = d.pop("extractor_version")

        def _parse_fatalities(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fatalities = _parse_fatalities(d.pop("fatalities"))

        def _parse_fatalities_high(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fatalities_high = _parse_fatalities_high(d.pop("fatalities_high"))

        def _parse_fatalities_low(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fatalities_low = _parse_fatalities_low(d.pop("fatalities_low"))

        def _parse_fatalities_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fatalities_source = _parse_fatalities_source(d.pop("fatalities_source"))

        id = d.pop("id")

        def _parse_location(data: object) -> IncidentLocation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = IncidentLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentLocation | None, data)

        location = _parse_location(d.pop("location"))

        report_count = d.pop("report_count")

        sub_event_type = d.pop("sub_event_type")

        summary = d.pop("summary")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _reports = d.pop("reports", UNSET)
        reports: list[IncidentReport] | Unset = UNSET
        if _reports is not UNSET:
            reports = []
            for reports_item_data in _reports:
                reports_item = IncidentReport.from_dict(reports_item_data)

                reports.append(reports_item)

        incident = cls(
            actors=actors,
            article_ids=article_ids,
            confidence=confidence,
            created_at=created_at,
            date=date,
            date_precision=date_precision,
            event_type=event_type,
            evidence=evidence,
            extractor_version=extractor_version,
            fatalities=fatalities,
            fatalities_high=fatalities_high,
            fatalities_low=fatalities_low,
            fatalities_source=fatalities_source,
            id=id,
            location=location,
            report_count=report_count,
            sub_event_type=sub_event_type,
            summary=summary,
            updated_at=updated_at,
            reports=reports,
        )

        incident.additional_properties = d
        return incident

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
