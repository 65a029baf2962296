from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyTaxEntryInfo")


@_attrs_define
class LegacyTaxEntryInfo:
    """A tax applied to an invoice or bill. Fields inferred.

    Attributes:
        tax (int | None | Unset):
        tax_code (None | str | Unset):
        name (None | str | Unset):
        rate (float | None | Unset):
        amount (int | Unset): Cents.
    """

    tax: int | None | Unset = UNSET
    tax_code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    rate: float | None | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax: int | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        tax_code: None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = self.tax_code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_code is not UNSET:
            field_dict["taxCode"] = tax_code
        if name is not UNSET:
            field_dict["name"] = name
        if rate is not UNSET:
            field_dict["rate"] = rate
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax: int | None | Unset = d.pop("tax", UNSET)

        tax_code: None | str | Unset = d.pop("taxCode", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        rate: float | None | Unset = d.pop("rate", UNSET)

        amount = d.pop("amount", UNSET)

        legacy_tax_entry_info = cls(
            tax=tax,
            tax_code=tax_code,
            name=name,
            rate=rate,
            amount=amount,
        )

        legacy_tax_entry_info.additional_properties = d
        return legacy_tax_entry_info

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
