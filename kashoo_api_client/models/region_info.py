from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegionInfo")


@_attrs_define
class RegionInfo:
    """
    Attributes:
        id (int | Unset):
        country (str | Unset):
        province_or_state (None | str | Unset):
        currency (str | Unset):
        iso_code (str | Unset):
        calling_code (str | Unset):
        empty (bool | Unset):
    """

    id: int | Unset = UNSET
    country: str | Unset = UNSET
    province_or_state: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    iso_code: str | Unset = UNSET
    calling_code: str | Unset = UNSET
    empty: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        country = self.country

        province_or_state: None | str | Unset
        if isinstance(self.province_or_state, Unset):
            province_or_state = UNSET
        else:
            province_or_state = self.province_or_state

        currency = self.currency

        iso_code = self.iso_code

        calling_code = self.calling_code

        empty = self.empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if country is not UNSET:
            field_dict["country"] = country
        if province_or_state is not UNSET:
            field_dict["provinceOrState"] = province_or_state
        if currency is not UNSET:
            field_dict["currency"] = currency
        if iso_code is not UNSET:
            field_dict["isoCode"] = iso_code
        if calling_code is not UNSET:
            field_dict["callingCode"] = calling_code
        if empty is not UNSET:
            field_dict["empty"] = empty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        country = d.pop("country", UNSET)

        province_or_state: None | str | Unset = d.pop("provinceOrState", UNSET)

        currency = d.pop("currency", UNSET)

        iso_code = d.pop("isoCode", UNSET)

        calling_code = d.pop("callingCode", UNSET)

        empty = d.pop("empty", UNSET)

        region_info = cls(
            id=id,
            country=country,
            province_or_state=province_or_state,
            currency=currency,
            iso_code=iso_code,
            calling_code=calling_code,
            empty=empty,
        )

        region_info.additional_properties = d
        return region_info

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
