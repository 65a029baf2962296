from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryItemInfo")


@_attrs_define
class InventoryItemInfo:
    """
    Attributes:
        id (int | Unset):
        item_id (None | str | Unset):
        business (int | Unset):
        name (str | Unset):
        sku (None | str | Unset):
        description (None | str | Unset):
        default_tax_code (None | str | Unset):
        default_discount_code (None | str | Unset):
        default_buy_rate (float | None | Unset):
        default_sell_rate (float | None | Unset):
        default_note (None | str | Unset):
        inventory_account (int | None | Unset):
        cogs_account (int | None | Unset):
        credit_account (int | None | Unset):
        debit_account (int | None | Unset):
        category (int | None | Unset):
        read_only (bool | Unset):
        removed (bool | Unset):
        tracked (bool | Unset):
        archived (bool | Unset):
        effective_id (Any | Unset): Opaque; kept as it came.
        last_modified (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        links (list[LinkInfo] | Unset):
    """

    id: int | Unset = UNSET
    item_id: None | str | Unset = UNSET
    business: int | Unset = UNSET
    name: str | Unset = UNSET
    sku: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    default_tax_code: None | str | Unset = UNSET
    default_discount_code: None | str | Unset = UNSET
    default_buy_rate: float | None | Unset = UNSET
    default_sell_rate: float | None | Unset = UNSET
    default_note: None | str | Unset = UNSET
    inventory_account: int | None | Unset = UNSET
    cogs_account: int | None | Unset = UNSET
    credit_account: int | None | Unset = UNSET
    debit_account: int | None | Unset = UNSET
    category: int | None | Unset = UNSET
    read_only: bool | Unset = UNSET
    removed: bool | Unset = UNSET
    tracked: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    effective_id: Any | Unset = UNSET
    last_modified: datetime.datetime | int | None | Unset = UNSET
    links: list[LinkInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        business = self.business

        name = self.name

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default_tax_code: None | str | Unset
        if isinstance(self.default_tax_code, Unset):
            default_tax_code = UNSET
        else:
            default_tax_code = self.default_tax_code

        default_discount_code: None | str | Unset
        if isinstance(self.default_discount_code, Unset):
            default_discount_code = UNSET
        else:
            default_discount_code = self.default_discount_code

        default_buy_rate: float | None | Unset
        if isinstance(self.default_buy_rate, Unset):
            default_buy_rate = UNSET
        else:
            default_buy_rate = self.default_buy_rate

        default_sell_rate: float | None | Unset
        if isinstance(self.default_sell_rate, Unset):
            default_sell_rate = UNSET
        else:
            default_sell_rate = self.default_sell_rate

        default_note: None | str | Unset
        if isinstance(self.default_note, Unset):
            default_note = UNSET
        else:
            default_note = self.default_note

        inventory_account: int | None | Unset
        if isinstance(self.inventory_account, Unset):
            inventory_account = UNSET
        else:
            inventory_account = self.inventory_account

        cogs_account: int | None | Unset
        if isinstance(self.cogs_account, Unset):
            cogs_account = UNSET
        else:
            cogs_account = self.cogs_account

        credit_account: int | None | Unset
        if isinstance(self.credit_account, Unset):
            credit_account = UNSET
        else:
            credit_account = self.credit_account

        debit_account: int | None | Unset
        if isinstance(self.debit_account, Unset):
            debit_account = UNSET
        else:
            debit_account = self.debit_account

        category: int | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        read_only = self.read_only

        removed = self.removed

        tracked = self.tracked

        archived = self.archived

        effective_id = self.effective_id

        last_modified: int | None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if business is not UNSET:
            field_dict["business"] = business
        if name is not UNSET:
            field_dict["name"] = name
        if sku is not UNSET:
            field_dict["sku"] = sku
        if description is not UNSET:
            field_dict["description"] = description
        if default_tax_code is not UNSET:
            field_dict["defaultTaxCode"] = default_tax_code
        if default_discount_code is not UNSET:
            field_dict["defaultDiscountCode"] = default_discount_code
        if default_buy_rate is not UNSET:
            field_dict["defaultBuyRate"] = default_buy_rate
        if default_sell_rate is not UNSET:
            field_dict["defaultSellRate"] = default_sell_rate
        if default_note is not UNSET:
            field_dict["defaultNote"] = default_note
        if inventory_account is not UNSET:
            field_dict["inventoryAccount"] = inventory_account
        if cogs_account is not UNSET:
            field_dict["cogsAccount"] = cogs_account
        if credit_account is not UNSET:
            field_dict["creditAccount"] = credit_account
        if debit_account is not UNSET:
            field_dict["debitAccount"] = debit_account
        if category is not UNSET:
            field_dict["category"] = category
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if removed is not UNSET:
            field_dict["removed"] = removed
        if tracked is not UNSET:
            field_dict["tracked"] = tracked
        if archived is not UNSET:
            field_dict["archived"] = archived
        if effective_id is not UNSET:
            field_dict["effectiveId"] = effective_id
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        item_id: None | str | Unset = d.pop("itemId", UNSET)

        business = d.pop("business", UNSET)

        name = d.pop("name", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        default_tax_code: None | str | Unset = d.pop("defaultTaxCode", UNSET)

        default_discount_code: None | str | Unset = d.pop("defaultDiscountCode", UNSET)

        default_buy_rate: float | None | Unset = d.pop("defaultBuyRate", UNSET)

        default_sell_rate: float | None | Unset = d.pop("defaultSellRate", UNSET)

        default_note: None | str | Unset = d.pop("defaultNote", UNSET)

        inventory_account: int | None | Unset = d.pop("inventoryAccount", UNSET)

        cogs_account: int | None | Unset = d.pop("cogsAccount", UNSET)

        credit_account: int | None | Unset = d.pop("creditAccount", UNSET)

        debit_account: int | None | Unset = d.pop("debitAccount", UNSET)

        category: int | None | Unset = d.pop("category", UNSET)

        read_only = d.pop("readOnly", UNSET)

        removed = d.pop("removed", UNSET)

        tracked = d.pop("tracked", UNSET)

        archived = d.pop("archived", UNSET)

        effective_id = d.pop("effectiveId", UNSET)

        def _parse_last_modified(data: object) -> datetime.datetime | int | None | Unset:
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

        last_modified = _parse_last_modified(d.pop("lastModified", UNSET))

        _links = d.pop("links", UNSET)
        links: list[LinkInfo] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkInfo.from_dict(links_item_data)

                links.append(links_item)

        inventory_item_info = cls(
            id=id,
            item_id=item_id,
            business=business,
            name=name,
            sku=sku,
            description=description,
            default_tax_code=default_tax_code,
            default_discount_code=default_discount_code,
            default_buy_rate=default_buy_rate,
            default_sell_rate=default_sell_rate,
            default_note=default_note,
            inventory_account=inventory_account,
            cogs_account=cogs_account,
            credit_account=credit_account,
            debit_account=debit_account,
            category=category,
            read_only=read_only,
            removed=removed,
            tracked=tracked,
            archived=archived,
            effective_id=effective_id,
            last_modified=last_modified,
            links=links,
        )

        inventory_item_info.additional_properties = d
        return inventory_item_info

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
from ..models.link_info import LinkInfo  # noqa: E402
