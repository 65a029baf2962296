from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyTaxInfo")


@_attrs_define
class LegacyTaxInfo:
    """A v1 (legacy) tax with a single rate. Fields inferred; unknown fields are kept.

    Attributes:
        id (int | Unset):
        business (int | Unset):
        name (str | Unset):
        description (None | str | Unset):
        rate (float | Unset):
        compound (bool | Unset):
        recoverable (bool | Unset):
        registered (bool | Unset):
        registration_number (None | str | Unset):
        system (bool | Unset):
        archived (bool | Unset):
        removed (bool | Unset):
    """

    id: int | Unset = UNSET
    business: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    rate: float | Unset = UNSET
    compound: bool | Unset = UNSET
    recoverable: bool | Unset = UNSET
    registered: bool | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    system: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    removed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business = self.business

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        rate = self.rate

        compound = self.compound

        recoverable = self.recoverable

        registered = self.registered

        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number

        system = self.system

        archived = self.archived

        removed = self.removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business is not UNSET:
            field_dict["business"] = business
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if rate is not UNSET:
            field_dict["rate"] = rate
        if compound is not UNSET:
            field_dict["compound"] = compound
        if recoverable is not UNSET:
            field_dict["recoverable"] = recoverable
        if registered is not UNSET:
            field_dict["registered"] = registered
        if registration_number is not UNSET:
            field_dict["registrationNumber"] = registration_number
        if system is not UNSET:
            field_dict["system"] = system
        if archived is not UNSET:
            field_dict["archived"] = archived
        if removed is not UNSET:
            field_dict["removed"] = removed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        rate = d.pop("rate", UNSET)

        compound = d.pop("compound", UNSET)

        recoverable = d.pop("recoverable", UNSET)

        registered = d.pop("registered", UNSET)

        registration_number: None | str | Unset = d.pop("registrationNumber", UNSET)

        system = d.pop("system", UNSET)

        archived = d.pop("archived", UNSET)

        removed = d.pop("removed", UNSET)

        legacy_tax_info = cls(
            id=id,
            business=business,
            name=name,
            description=description,
            rate=rate,
            compound=compound,
            recoverable=recoverable,
            registered=registered,
            registration_number=registration_number,
            system=system,
            archived=archived,
            removed=removed,
        )

        legacy_tax_info.additional_properties = d
        return legacy_tax_info

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
