from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargebeeCustomer")


@_attrs_define
class ChargebeeCustomer:
    """
    Attributes:
        city (str | Unset):
        country (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        line1 (str | Unset):
        line2 (str | Unset):
        locale (str | Unset):
        state_code (str | Unset):
        zip_ (str | Unset):
    """

    city: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    line1: str | Unset = UNSET
    line2: str | Unset = UNSET
    locale: str | Unset = UNSET
    state_code: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        line1 = self.line1

        line2 = self.line2

        locale = self.locale

        state_code = self.state_code

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if locale is not UNSET:
            field_dict["locale"] = locale
        if state_code is not UNSET:
            field_dict["stateCode"] = state_code
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        line1 = d.pop("line1", UNSET)

        line2 = d.pop("line2", UNSET)

        locale = d.pop("locale", UNSET)

        state_code = d.pop("stateCode", UNSET)

        zip_ = d.pop("zip", UNSET)

        chargebee_customer = cls(
            city=city,
            country=country,
            email=email,
            first_name=first_name,
            last_name=last_name,
            line1=line1,
            line2=line2,
            locale=locale,
            state_code=state_code,
            zip_=zip_,
        )

        chargebee_customer.additional_properties = d
        return chargebee_customer

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
