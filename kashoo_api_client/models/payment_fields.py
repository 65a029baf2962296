from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentFields")


@_attrs_define
class PaymentFields:
    """Fields of payments. The name of `allocations` was lost in the reference and is inferred.

    Attributes:
        unallocated_amount (int | Unset): Cents.
        allocations (list[PaymentAllocationOut] | Unset):
        credit_account (int | None | Unset):
        method (None | str | Unset):
        amount (int | Unset): Cents.
        by_check (bool | Unset):
    """

    unallocated_amount: int | Unset = UNSET
    allocations: list[PaymentAllocationOut] | Unset = UNSET
    credit_account: int | None | Unset = UNSET
    method: None | str | Unset = UNSET
    amount: int | Unset = UNSET
    by_check: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unallocated_amount = self.unallocated_amount

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        credit_account: int | None | Unset
        if isinstance(self.credit_account, Unset):
            credit_account = UNSET
        else:
            credit_account = self.credit_account

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        amount = self.amount

        by_check = self.by_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unallocated_amount is not UNSET:
            field_dict["unallocatedAmount"] = unallocated_amount
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if credit_account is not UNSET:
            field_dict["creditAccount"] = credit_account
        if method is not UNSET:
            field_dict["method"] = method
        if amount is not UNSET:
            field_dict["amount"] = amount
        if by_check is not UNSET:
            field_dict["byCheck"] = by_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unallocated_amount = d.pop("unallocatedAmount", UNSET)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[PaymentAllocationOut] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = PaymentAllocationOut.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        credit_account: int | None | Unset = d.pop("creditAccount", UNSET)

        method: None | str | Unset = d.pop("method", UNSET)

        amount = d.pop("amount", UNSET)

        by_check = d.pop("byCheck", UNSET)

        payment_fields = cls(
            unallocated_amount=unallocated_amount,
            allocations=allocations,
            credit_account=credit_account,
            method=method,
            amount=amount,
            by_check=by_check,
        )

        payment_fields.additional_properties = d
        return payment_fields

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
from ..models.payment_allocation_out import PaymentAllocationOut  # noqa: E402
