from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentAllocationOut")


@_attrs_define
class PaymentAllocationOut:
    """Part of this payment allocated to an invoice or bill. Fields inferred.

    Attributes:
        id (int | Unset):
        record (int | Unset): The invoice or bill paid.
        amount (int | Unset): Cents.
    """

    id: int | Unset = UNSET
    record: int | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        record = self.record

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if record is not UNSET:
            field_dict["record"] = record
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        record = d.pop("record", UNSET)

        amount = d.pop("amount", UNSET)

        payment_allocation_out = cls(
            id=id,
            record=record,
            amount=amount,
        )

        payment_allocation_out.additional_properties = d
        return payment_allocation_out

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
