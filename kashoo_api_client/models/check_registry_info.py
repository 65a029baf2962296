from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckRegistryInfo")


@_attrs_define
class CheckRegistryInfo:
    """A cheque printed for a bill payment. Fields inferred.

    Attributes:
        id (int | Unset):
        number (None | str | Unset):
        payee (None | str | Unset):
        amount (int | Unset):
        date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate object;
            also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        printed (bool | Unset):
    """

    id: int | Unset = UNSET
    number: None | str | Unset = UNSET
    payee: None | str | Unset = UNSET
    amount: int | Unset = UNSET
    date: datetime.date | None | str | TransferDate | Unset = UNSET
    printed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        payee: None | str | Unset
        if isinstance(self.payee, Unset):
            payee = UNSET
        else:
            payee = self.payee

        amount = self.amount

        date: dict[str, Any] | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, TransferDate):
            date = self.date.to_dict()
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        printed = self.printed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if payee is not UNSET:
            field_dict["payee"] = payee
        if amount is not UNSET:
            field_dict["amount"] = amount
        if date is not UNSET:
            field_dict["date"] = date
        if printed is not UNSET:
            field_dict["printed"] = printed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number: None | str | Unset = d.pop("number", UNSET)

        payee: None | str | Unset = d.pop("payee", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
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

        date = _parse_date(d.pop("date", UNSET))

        printed = d.pop("printed", UNSET)

        check_registry_info = cls(
            id=id,
            number=number,
            payee=payee,
            amount=amount,
            date=date,
            printed=printed,
        )

        check_registry_info.additional_properties = d
        return check_registry_info

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
