from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeriodInfo")


@_attrs_define
class PeriodInfo:
    """
    Attributes:
        start (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate object;
            also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        end (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate object;
            also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
    """

    start: datetime.date | None | str | TransferDate | Unset = UNSET
    end: datetime.date | None | str | TransferDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start: dict[str, Any] | None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, TransferDate):
            start = self.start.to_dict()
        elif isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start

        end: dict[str, Any] | None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, TransferDate):
            end = self.end.to_dict()
        elif isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_start(data: object) -> datetime.date | None | str | TransferDate | Unset:
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

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> datetime.date | None | str | TransferDate | Unset:
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

        end = _parse_end(d.pop("end", UNSET))

        period_info = cls(
            start=start,
            end=end,
        )

        period_info.additional_properties = d
        return period_info

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
