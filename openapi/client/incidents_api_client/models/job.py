from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        api_key_id (int | None):
        article_id (int):
        attempts (int):
        created_at (datetime.datetime):
        error (None | str):
        finished_at (datetime.datetime | None):
        id (int):
        lease_expires_at (datetime.datetime | None):
        max_attempts (int):
        request_id (None | str):
        run_at (datetime.datetime):
        status (JobStatus):
        updated_at (datetime.datetime):
        worker (None | str):
    """

    api_key_id: int | None
    article_id: int
    attempts: int
    created_at: datetime.datetime
    error: None | str
    finished_at: datetime.datetime | None
    id: int
    lease_expires_at: datetime.datetime | None
    max_attempts: int
    request_id: None | str
    run_at: datetime.datetime
    status: JobStatus
    updated_at: datetime.datetime
    worker: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id: int | None
        api_key_id = self.api_key_id

        article_id = self.article_id

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        error: None | str
        error = self.error

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        lease_expires_at: None | str
        if isinstance(self.lease_expires_at, datetime.datetime):
            lease_expires_at = self.lease_expires_at.isoformat()
        else:
            lease_expires_at = self.lease_expires_at

        max_attempts = self.max_attempts

        request_id: None | str
        request_id = self.request_id

        run_at = self.run_at.isoformat()

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        worker: None | str
        worker = self.worker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "article_id": article_id,
                "attempts": attempts,
                "created_at": created_at,
                "error": error,
                "finished_at": finished_at,
                "id": id,
                "lease_expires_at": lease_expires_at,
                "max_attempts": max_attempts,
                "request_id": request_id,
                "run_at": run_at,
                "status": status,
                "updated_at": updated_at,
                "worker": worker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_api_key_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id"))

        article_id = d.pop("article_id")

        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        id = d.pop("id")

        def _parse_lease_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lease_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return lease_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        lease_expires_at = _parse_lease_expires_at(d.pop("lease_expires_at"))

        max_attempts = d.pop("max_attempts")

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        run_at = datetime.datetime.fromisoformat(d.pop("run_at"))

        status = JobStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_worker(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        worker = _parse_worker(d.pop("worker"))

        job = cls(
            api_key_id=api_key_id,
            article_id=article_id,
            attempts=attempts,
            created_at=created_at,
            error=error,
            finished_at=finished_at,
            id=id,
            lease_expires_at=lease_expires_at,
            max_attempts=max_attempts,
            request_id=request_id,
            run_at=run_at,
            status=status,
            updated_at=updated_at,
            worker=worker,
        )

        job.additional_properties = d
        return job

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
