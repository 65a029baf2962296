from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordAttachmentInfo")


@_attrs_define
class RecordAttachmentInfo:
    """
    Attributes:
        id (int | Unset):
        uuid (str | Unset):
        filename (str | Unset):
        mime_type (str | Unset):
        content_length (int | Unset):
        creation_date (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        removed (bool | Unset):
        creation_transfer_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a
            TransferDate object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
    """

    id: int | Unset = UNSET
    uuid: str | Unset = UNSET
    filename: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    content_length: int | Unset = UNSET
    creation_date: datetime.datetime | int | None | Unset = UNSET
    removed: bool | Unset = UNSET
    creation_transfer_date: datetime.date | None | str | TransferDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        filename = self.filename

        mime_type = self.mime_type

        content_length = self.content_length

        creation_date: int | None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        removed = self.removed

        creation_transfer_date: dict[str, Any] | None | str | Unset
        if isinstance(self.creation_transfer_date, Unset):
            creation_transfer_date = UNSET
        elif isinstance(self.creation_transfer_date, TransferDate):
            creation_transfer_date = self.creation_transfer_date.to_dict()
        elif isinstance(self.creation_transfer_date, datetime.date):
            creation_transfer_date = self.creation_transfer_date.isoformat()
        else:
            creation_transfer_date = self.creation_transfer_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if filename is not UNSET:
            field_dict["filename"] = filename
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if removed is not UNSET:
            field_dict["removed"] = removed
        if creation_transfer_date is not UNSET:
            field_dict["creationTransferDate"] = creation_transfer_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uuid = d.pop("uuid", UNSET)

        filename = d.pop("filename", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        content_length = d.pop("contentLength", UNSET)

        def _parse_creation_date(data: object) -> datetime.datetime | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | int | None | Unset, data)

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        removed = d.pop("removed", UNSET)

        def _parse_creation_transfer_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_date_value_type_0 = TransferDate.from_dict(data)

                    return componentsschemas_date_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, str):
                try:
                    componentsschemas_date_value_type_1 = datetime.date.fromisoformat(data)

                    return componentsschemas_date_value_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.date | None | str | TransferDate | Unset, data)

        creation_transfer_date = _parse_creation_transfer_date(d.pop("creationTransferDate", UNSET))

        record_attachment_info = cls(
            id=id,
            uuid=uuid,
            filename=filename,
            mime_type=mime_type,
            content_length=content_length,
            creation_date=creation_date,
            removed=removed,
            creation_transfer_date=creation_transfer_date,
        )

        record_attachment_info.additional_properties = d
        return record_attachment_info

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


# Imported last: these models may import this one (a cycle Python resolves this way).
from ..models.transfer_date import TransferDate  # noqa: E402
