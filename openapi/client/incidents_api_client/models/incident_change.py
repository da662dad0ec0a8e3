from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_change_kind import IncidentChangeKind
from ..models.incident_change_reason_type_1 import IncidentChangeReasonType1
from ..models.incident_change_reason_type_2_type_1 import IncidentChangeReasonType2Type1
from ..models.incident_change_reason_type_3_type_1 import IncidentChangeReasonType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident import Incident


T = TypeVar("T", bound="IncidentChange")


@_attrs_define
class IncidentChange:
    """
    Attributes:
        changed_at (datetime.datetime):
        incident_id (int):
        kind (IncidentChangeKind):
        incident (Incident | None | Unset):
        merged_into (int | None | Unset):
        reason (IncidentChangeReasonType1 | IncidentChangeReasonType2Type1 | IncidentChangeReasonType3Type1 | None |
            Unset):
    """

    changed_at: datetime.datetime
    incident_id: int
    kind: IncidentChangeKind
    incident: Incident | None | Unset = UNSET
    merged_into: int | None | Unset = UNSET
    reason: (
        IncidentChangeReasonType1 | IncidentChangeReasonType2Type1 | IncidentChangeReasonType3Type1 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident import Incident  # noqa: PLC0415

        changed_at = self.changed_at.isoformat()

        incident_id = self.incident_id

        kind = self.kind.value

        incident: dict[str, Any] | None | Unset
        if isinstance(self.incident, Unset):
            incident = UNSET
        elif isinstance(self.incident, Incident):
            incident = self.incident.to_dict()
        else:
            incident = self.incident

        merged_into: int | None | Unset
        if isinstance(self.merged_into, Unset):
            merged_into = UNSET
        else:
            merged_into = self.merged_into

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, IncidentChangeReasonType1):
            reason = self.reason.value
        elif isinstance(self.reason, IncidentChangeReasonType2Type1):
            reason = self.reason.value
        elif isinstance(self.reason, IncidentChangeReasonType3Type1):
            reason = self.reason.value
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_at": changed_at,
                "incident_id": incident_id,
                "kind": kind,
            }
        )
        if incident is not UNSET:
            field_dict["incident"] = incident
        if merged_into is not UNSET:
            field_dict["merged_into"] = merged_into
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident import Incident  # noqa: PLC0415

        d = dict(src_dict)
        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        incident_id = d.pop("incident_id")

        kind = IncidentChangeKind(d.pop("kind"))

        def _parse_incident(data: object) -> Incident | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incident_type_0 = Incident.from_dict(data)

                return incident_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Incident | None | Unset, data)

        incident = _parse_incident(d.pop("incident", UNSET))

        def _parse_merged_into(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        merged_into = _parse_merged_into(d.pop("merged_into", UNSET))

        def _parse_reason(
            data: object,
        ) -> IncidentChangeReasonType1 | IncidentChangeReasonType2Type1 | IncidentChangeReasonType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_1 = IncidentChangeReasonType1(data)

                return reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_2_type_1 = IncidentChangeReasonType2Type1(data)

                return reason_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_3_type_1 = IncidentChangeReasonType3Type1(data)

                return reason_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                IncidentChangeReasonType1
                | IncidentChangeReasonType2Type1
                | IncidentChangeReasonType3Type1
                | None
                | Unset,
                data,
            )

        reason = _parse_reason(d.pop("reason", UNSET))

        incident_change = cls(
            changed_at=changed_at,
            incident_id=incident_id,
            kind=kind,
            incident=incident,
            merged_into=merged_into,
            reason=reason,
        )

        incident_change.additional_properties = d
        return incident_change

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
