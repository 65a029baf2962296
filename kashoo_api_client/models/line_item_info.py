from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemInfo")


@_attrs_define
class LineItemInfo:
    """A line of an invoice or bill. Fields inferred; unknown fields are kept.

    Attributes:
        id (int | Unset):
        description (None | str | Unset):
        account (int | None | Unset):
        inventory_item (int | None | Unset):
        quantity (float | Unset):
        rate (int | Unset): Unit price in cents.
        amount (int | Unset): Cents.
        tax_codes (list[str] | Unset):
    """

    id: int | Unset = UNSET
    description: None | str | Unset = UNSET
    account: int | None | Unset = UNSET
    inventory_item: int | None | Unset = UNSET
    quantity: float | Unset = UNSET
    rate: int | Unset = UNSET
    amount: int | Unset = UNSET
    tax_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        account: int | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        inventory_item: int | None | Unset
        if isinstance(self.inventory_item, Unset):
            inventory_item = UNSET
        else:
            inventory_item = self.inventory_item

        quantity = self.quantity

        rate = self.rate

        amount = self.amount

        tax_codes: list[str] | Unset = UNSET
        if not isinstance(self.tax_codes, Unset):
            tax_codes = self.tax_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if account is not UNSET:
            field_dict["account"] = account
        if inventory_item is not UNSET:
            field_dict["inventoryItem"] = inventory_item
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if rate is not UNSET:
            field_dict["rate"] = rate
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_codes is not UNSET:
            field_dict["taxCodes"] = tax_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        account: int | None | Unset = d.pop("account", UNSET)

        inventory_item: int | None | Unset = d.pop("inventoryItem", UNSET)

        quantity = d.pop("quantity", UNSET)

        rate = d.pop("rate", UNSET)

        amount = d.pop("amount", UNSET)

        tax_codes = cast(list[str], d.pop("taxCodes", UNSET))

        line_item_info = cls(
            id=id,
            description=description,
            account=account,
            inventory_item=inventory_item,
            quantity=quantity,
            rate=rate,
            amount=amount,
            tax_codes=tax_codes,
        )

        line_item_info.additional_properties = d
        return line_item_info

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
