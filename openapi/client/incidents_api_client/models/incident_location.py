from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_location_precision import IncidentLocationPrecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentLocation")


@_attrs_define
class IncidentLocation:
    """
    Attributes:
        admin1 (None | str):
        country_code (None | str):
        id (int):
        latitude (float | None):
        longitude (float | None):
        name (str):
        precision (IncidentLocationPrecision):
        geo_confidence (float | None | Unset):
    """

    admin1: None | str
    country_code: None | str
    id: int
    latitude: float | None
    longitude: float | None
    name: str
    precision: IncidentLocationPrecision
    geo_confidence: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin1: None | str
        admin1 = self.admin1

        country_code: None | str
        country_code = self.country_code

        id = self.id

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        name = self.name

        precision = self.precision.value

        geo_confidence: float | None | Unset
        if isinstance(self.geo_confidence, Unset):
            geo_confidence = UNSET
        else:
            geo_confidence = self.geo_confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin1": admin1,
                "country_code": country_code,
                "id": id,
                "latitude": latitude,
                "longitude": longitude,
                "name": name,
                "precision": precision,
            }
        )
        if geo_confidence is not UNSET:
            field_dict["geo_confidence"] = geo_confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_admin1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        admin1 = _parse_admin1(d.pop("admin1"))

        def _parse_country_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_code = _parse_country_code(d.pop("country_code"))

        id = d.pop("id")

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        name = d.pop("name")

        precision = IncidentLocationPrecision(d.pop("precision"))

        def _parse_geo_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        geo_confidence = _parse_geo_confidence(d.pop("geo_confidence", UNSET))

        incident_location = cls(
            admin1=admin1,
            country_code=country_code,
            id=id,
            latitude=latitude,
            longitude=longitude,
            name=name,
            precision=precision,
            geo_confidence=geo_confidence,
        )

        incident_location.additional_properties = d
        return incident_location

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
