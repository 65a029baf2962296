from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessTaxAccountConfig")


@_attrs_define
class BusinessTaxAccountConfig:
    """
    Attributes:
        id (int | Unset):
        business (int | Unset):
        tax (int | Unset):
        payable_account (int | None | Unset):
        receivable_account (int | None | Unset):
        expense_account (int | None | Unset):
        archived (bool | Unset):
    """

    id: int | Unset = UNSET
    business: int | Unset = UNSET
    tax: int | Unset = UNSET
    payable_account: int | None | Unset = UNSET
    receivable_account: int | None | Unset = UNSET
    expense_account: int | None | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business = self.business

        tax = self.tax

        payable_account: int | None | Unset
        if isinstance(self.payable_account, Unset):
            payable_account = UNSET
        else:
            payable_account = self.payable_account

        receivable_account: int | None | Unset
        if isinstance(self.receivable_account, Unset):
            receivable_account = UNSET
        else:
            receivable_account = self.receivable_account

        expense_account: int | None | Unset
        if isinstance(self.expense_account, Unset):
            expense_account = UNSET
        else:
            expense_account = self.expense_account

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business is not UNSET:
            field_dict["business"] = business
        if tax is not UNSET:
            field_dict["tax"] = tax
        if payable_account is not UNSET:
            field_dict["payableAccount"] = payable_account
        if receivable_account is not UNSET:
            field_dict["receivableAccount"] = receivable_account
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

        tax = d.pop("tax", UNSET)

        payable_account: int | None | Unset = d.pop("payableAccount", UNSET)

        receivable_account: int | None | Unset = d.pop("receivableAccount", UNSET)

        expense_account: int | None | Unset = d.pop("expenseAccount", UNSET)

        archived = d.pop("archived", UNSET)

        business_tax_account_config = cls(
            id=id,
            business=business,
            tax=tax,
            payable_account=payable_account,
            receivable_account=receivable_account,
            expense_account=expense_account,
            archived=archived,
        )

        business_tax_account_config.additional_properties = d
        return business_tax_account_config

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
