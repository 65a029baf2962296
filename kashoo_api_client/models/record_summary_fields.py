from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordSummaryFields")


@_attrs_define
class RecordSummaryFields:
    """
    Attributes:
        amount (int | Unset): Cents.
        total_due (int | Unset): Cents.
        balance_due (int | Unset): Cents.
        paid (bool | Unset):
    """

    amount: int | Unset = UNSET
    total_due: int | Unset = UNSET
    balance_due: int | Unset = UNSET
    paid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        total_due = self.total_due

        balance_due = self.balance_due

        paid = self.paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if total_due is not UNSET:
            field_dict["totalDue"] = total_due
        if balance_due is not UNSET:
            field_dict["balanceDue"] = balance_due
        if paid is not UNSET:
            field_dict["paid"] = paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        total_due = d.pop("totalDue", UNSET)

        balance_due = d.pop("balanceDue", UNSET)

        paid = d.pop("paid", UNSET)

        record_summary_fields = cls(
            amount=amount,
            total_due=total_due,
            balance_due=balance_due,
            paid=paid,
        )

        record_summary_fields.additional_properties = d
        return record_summary_fields

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
