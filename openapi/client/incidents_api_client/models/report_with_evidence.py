from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_with_evidence_date_precision_type_1 import ReportWithEvidenceDatePrecisionType1
from ..models.report_with_evidence_date_precision_type_2_type_1 import ReportWithEvidenceDatePrecisionType2Type1
from ..models.report_with_evidence_date_precision_type_3_type_1 import ReportWithEvidenceDatePrecisionType3Type1
from ..models.report_with_evidence_fatalities_used_item import ReportWithEvidenceFatalitiesUsedItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence import Evidence
    from ..models.incident_location import IncidentLocation
    from ..models.near_match import NearMatch


T = TypeVar("T", bound="ReportWithEvidence")


@_attrs_define
class ReportWithEvidence:
    """
    Attributes:
        article_id (int):
        confidence (float):
        date (datetime.date | None):
        date_precision (None | ReportWithEvidenceDatePrecisionType1 | ReportWithEvidenceDatePrecisionType2Type1 |
            ReportWithEvidenceDatePrecisionType3Type1):
        event_type (str):
        evidence (list[Evidence]):
        fatalities (int | None):
        fatalities_high (int | None):
        fatalities_low (int | None):
        fatalities_source (None | str):
        fatalities_used (list[ReportWithEvidenceFatalitiesUsedItem]):
        location (IncidentLocation | None):
        match_reasons (list[str]):
        match_score (float | None):
        sub_event_type (str):
        near_matches (list[NearMatch] | Unset):
    """

    article_id: int
    confidence: float
    date: datetime.date | None
    date_precision: (
        None
        | ReportWithEvidenceDatePrecisionType1
        | ReportWithEvidenceDatePrecisionType2Type1
        | ReportWithEvidenceDatePrecisionType3Type1
    )
    event_type: str
    evidence: list[Evidence]
    fatalities: int | None
    fatalities_high: int | None
    fatalities_low: int | None
    fatalities_source: None | str
    fatalities_used: list[ReportWithEvidenceFatalitiesUsedItem]
    location: IncidentLocation | None
    match_reasons: list[str]
    match_score: float | None
    sub_event_type: str
    near_matches: list[NearMatch] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_location import IncidentLocation  # noqa: PLC0415

        article_id = self.article_id

        confidence = self.confidence

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        date_precision: None | str
        if isinstance(self.date_precision, ReportWithEvidenceDatePrecisionType1):
            date_precision = self.date_precision.value
        elif isinstance(self.date_precision, ReportWithEvidenceDatePrecisionType2Type1):
            date_precision = self.date_precision.value
        elif isinstance(self.date_precision, ReportWithEvidenceDatePrecisionType3Type1):
            date_precision = self.date_precision.value
        else:
            date_precision = self.date_precision

        event_type = self.event_type

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        fatalities: int | None
        fatalities = self.fatalities

        fatalities_high: int | None
        fatalities_high = self.fatalities_high

        fatalities_low: int | None
        fatalities_low = self.fatalities_low

        fatalities_source: None | str
        fatalities_source = self.fatalities_source

        fatalities_used = []
        for fatalities_used_item_data in self.fatalities_used:
            fatalities_used_item = fatalities_used_item_data.value
            fatalities_used.append(fatalities_used_item)

        location: dict[str, Any] | None
        if isinstance(self.location, IncidentLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        match_reasons = self.match_reasons

        match_score: float | None
        match_score = self.match_score

        sub_event_type = self.sub_event_type

        near_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.near_matches, Unset):
            near_matches = []
            for near_matches_item_data in self.near_matches:
                near_matches_item = near_matches_item_data.to_dict()
                near_matches.append(near_matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "confidence": confidence,
                "date": date,
                "date_precision": date_precision,
                "event_type": event_type,
                "evidence": evidence,
                "fatalities": fatalities,
                "fatalities_high": fatalities_high,
                "fatalities_low": fatalities_low,
                "fatalities_source": fatalities_source,
                "fatalities_used": fatalities_used,
                "location": location,
                "match_reasons": match_reasons,
                "match_score": match_score,
                "sub_event_type": sub_event_type,
            }
        )
        if near_matches is not UNSET:
            field_dict["near_matches"] = near_matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence import Evidence  # noqa: PLC0415
        from ..models.incident_location import IncidentLocation  # noqa: PLC0415
        from ..models.near_match import NearMatch  # noqa: PLC0415

        d = dict(src_dict)
        article_id = d.pop("article_id")

        confidence = d.pop("confidence")

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
        ) -> (
            None
            | ReportWithEvidenceDatePrecisionType1
            | ReportWithEvidenceDatePrecisionType2Type1
            | ReportWithEvidenceDatePrecisionType3Type1
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_precision_type_1 = ReportWithEvidenceDatePrecisionType1(data)

                return date_precision_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_precision_type_2_type_1 = ReportWithEvidenceDatePrecisionType2Type1(data)

                return date_precision_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_precision_type_3_type_1 = ReportWithEvidenceDatePrecisionType3Type1(data)

                return date_precision_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ReportWithEvidenceDatePrecisionType1
                | ReportWithEvidenceDatePrecisionType2Type1
                | ReportWithEvidenceDatePrecisionType3Type1,
                data,
            )

        date_precision = _parse_date_precision(d.pop("date_precision"))

        event_type = d.pop("event_type")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = Evidence.from_dict(evidence_item_data)

            evidence.append(evidence_item)

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

        fatalities_used = []
        _fatalities_used = d.pop("fatalities_used")
        for fatalities_used_item_data in _fatalities_used:
            fatalities_used_item = ReportWithEvidenceFatalitiesUsedItem(fatalities_used_item_data)

            fatalities_used.append(fatalities_used_item)

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

        match_reasons = cast(list[str], d.pop("match_reasons"))

        def _parse_match_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        match_score = _parse_match_score(d.pop("match_score"))

        sub_event_type = d.pop("sub_event_type")

        _near_matches = d.pop("near_matches", UNSET)
        near_matches: list[NearMatch] | Unset = UNSET
        if _near_matches is not UNSET:
            near_matches = []
            for near_matches_item_data in _near_matches:
                near_matches_item = NearMatch.from_dict(near_matches_item_data)

                near_matches.append(near_matches_item)

        report_with_evidence = cls(
            article_id=article_id,
            confidence=confidence,
            date=date,
            date_precision=date_precision,
            event_type=event_type,
            evidence=evidence,
            fatalities=fatalities,
            fatalities_high=fatalities_high,
            fatalities_low=fatalities_low,
            fatalities_source=fatalities_source,
            fatalities_used=fatalities_used,
            location=location,
            match_reasons=match_reasons,
            match_score=match_score,
            sub_event_type=sub_event_type,
            near_matches=near_matches,
        )

        report_with_evidence.additional_properties = d
        return report_with_evidence

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
