from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessInfo")


@_attrs_define
class BusinessInfo:
    """A business. Only `id`, `name` and `links` are seen; the rest is inferred.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        currency (str | Unset): Home currency (ISO 4217).
        country (None | str | Unset):
        province_or_state (None | str | Unset):
        product (None | str | Unset): 'kashoo' or 'tsa'.
        removed (bool | Unset):
        creation (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time string,
            also seen as epoch
            milliseconds. Any other value is kept as it came.
        links (list[LinkInfo] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    country: None | str | Unset = UNSET
    province_or_state: None | str | Unset = UNSET
    product: None | str | Unset = UNSET
    removed: bool | Unset = UNSET
    creation: datetime.datetime | int | None | Unset = UNSET
    links: list[LinkInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        currency = self.currency

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        province_or_state: None | str | Unset
        if isinstance(self.province_or_state, Unset):
            province_or_state = UNSET
        else:
            province_or_state = self.province_or_state

        product: None | str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        else:
            product = self.product

        removed = self.removed

        creation: int | None | str | Unset
        if isinstance(self.creation, Unset):
            creation = UNSET
        elif isinstance(self.creation, datetime.datetime):
            creation = self.creation.isoformat()
        else:
            creation = self.creation

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
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country is not UNSET:
            field_dict["country"] = country
        if province_or_state is not UNSET:
            field_dict["provinceOrState"] = province_or_state
        if product is not UNSET:
            field_dict["product"] = product
        if removed is not UNSET:
            field_dict["removed"] = removed
        if creation is not UNSET:
            field_dict["creation"] = creation
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        province_or_state: None | str | Unset = d.pop("provinceOrState", UNSET)

        product: None | str | Unset = d.pop("product", UNSET)

        removed = d.pop("removed", UNSET)

        def _parse_creation(data: object) -> datetime.datetime | int | None | Unset:
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

        creation = _parse_creation(d.pop("creation", UNSET))

        _links = d.pop("links", UNSET)
        links: list[LinkInfo] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkInfo.from_dict(links_item_data)

                links.append(links_item)

        business_info = cls(
            id=id,
            name=name,
            currency=currency,
            country=country,
            province_or_state=province_or_state,
            product=product,
            removed=removed,
            creation=creation,
            links=links,
        )

        business_info.additional_properties = d
        return business_info

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
