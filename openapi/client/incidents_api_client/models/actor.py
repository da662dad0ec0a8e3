from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_event_types import ActorEventTypes


T = TypeVar("T", bound="Actor")


@_attrs_define
class Actor:
    """
    Attributes:
        affiliation (None | str):
        aliases (list[str]):
        country_code (None | str):
        id (int):
        name (str):
        type_ (str):
        event_types (ActorEventTypes | Unset):
        first_seen (datetime.date | None | Unset):
        incident_count (int | Unset):  Default: 0.
        last_seen (datetime.date | None | Unset):
    """

    affiliation: None | str
    aliases: list[str]
    country_code: None | str
    id: int
    name: str
    type_: str
    event_types: ActorEventTypes | Unset = UNSET
    first_seen: datetime.date | None | Unset = UNSET
    incident_count: int | Unset = 0
    last_seen: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affiliation: None | str
        affiliation = self.affiliation

        aliases = self.aliases

        country_code: None | str
        country_code = self.country_code

        id = self.id

        name = self.name

        type_ = self.type_

        event_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types.to_dict()

        first_seen: None | str | Unset
        if isinstance(self.first_seen, Unset):
            first_seen = UNSET
        elif isinstance(self.first_seen, datetime.date):
            first_seen = self.first_seen.isoformat()
        else:
            first_seen = self.first_seen

        incident_count = self.incident_count

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.date):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affiliation": affiliation,
                "aliases": aliases,
                "country_code": country_code,
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if first_seen is not UNSET:
            field_dict["first_seen"] = first_seen
        if incident_count is not UNSET:
            field_dict["incident_count"] = incident_count
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_event_types import ActorEventTypes  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_affiliation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        affiliation = _parse_affiliation(d.pop("affiliation"))

        aliases = cast(list[str], d.pop("aliases"))

        def _parse_country_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_code = _parse_country_code(d.pop("country_code"))

        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        _event_types = d.pop("event_types", UNSET)
        event_types: ActorEventTypes | Unset
        if isinstance(_event_types, Unset):
            event_types = UNSET
        else:
            event_types = ActorEventTypes.from_dict(_event_types)

        def _parse_first_seen(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_seen_type_0 = datetime.date.fromisoformat(data)

                return first_seen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        first_seen = _parse_first_seen(d.pop("first_seen", UNSET))

        incident_count = d.pop("incident_count", UNSET)

        def _parse_last_seen(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_type_0 = datetime.date.fromisoformat(data)

                return last_seen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_seen = _parse_last_seen(d.pop("last_seen", UNSET))

        actor = cls(
            affiliation=affiliation,
            aliases=aliases,
            country_code=country_code,
            id=id,
            name=name,
            type_=type_,
            event_types=event_types,
            first_seen=first_seen,
            incident_count=incident_count,
            last_seen=last_seen,
        )

        actor.additional_properties = d
        return actor

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
