from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordTaxAmount")


@_attrs_define
class RecordTaxAmount:
    """Total of one tax on a record. Fields inferred.

    Attributes:
        tax (int | None | Unset):
        name (None | str | Unset):
        amount (int | Unset): Cents.
    """

    tax: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax: int | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax is not UNSET:
            field_dict["tax"] = tax
        if name is not UNSET:
            field_dict["name"] = name
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax: int | None | Unset = d.pop("tax", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        amount = d.pop("amount", UNSET)

        record_tax_amount = cls(
            tax=tax,
            name=name,
            amount=amount,
        )

        record_tax_amount.additional_properties = d
        return record_tax_amount

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
