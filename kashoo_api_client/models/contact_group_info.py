from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactGroupInfo")


@_attrs_define
class ContactGroupInfo:
    """
    Attributes:
        id (int | Unset):
        business (int | Unset):
        name (str | Unset):
        removed (bool | Unset):
        type_ (None | str | Unset):
        contacts (list[int] | Unset):
    """

    id: int | Unset = UNSET
    business: int | Unset = UNSET
    name: str | Unset = UNSET
    removed: bool | Unset = UNSET
    type_: None | str | Unset = UNSET
    contacts: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business = self.business

        name = self.name

        removed = self.removed

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        contacts: list[int] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business is not UNSET:
            field_dict["business"] = business
        if name is not UNSET:
            field_dict["name"] = name
        if removed is not UNSET:
            field_dict["removed"] = removed
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

        name = d.pop("name", UNSET)

        removed = d.pop("removed", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        contacts = cast(list[int], d.pop("contacts", UNSET))

        contact_group_info = cls(
            id=id,
            business=business,
            name=name,
            removed=removed,
            type_=type_,
            contacts=contacts,
        )

        contact_group_info.additional_properties = d
        return contact_group_info

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
