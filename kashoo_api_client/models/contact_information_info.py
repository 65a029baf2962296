from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactInformationInfo")


@_attrs_define
class ContactInformationInfo:
    """Names and addresses. Field names inferred; unknown fields are kept.

    Attributes:
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        company_name (None | str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        mobile (None | str | Unset):
        website (None | str | Unset):
        street (None | str | Unset):
        city (None | str | Unset):
        province_or_state (None | str | Unset):
        country (None | str | Unset):
        postal_code (None | str | Unset):
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    province_or_state: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        province_or_state: None | str | Unset
        if isinstance(self.province_or_state, Unset):
            province_or_state = UNSET
        else:
            province_or_state = self.province_or_state

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if website is not UNSET:
            field_dict["website"] = website
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if province_or_state is not UNSET:
            field_dict["provinceOrState"] = province_or_state
        if country is not UNSET:
            field_dict["country"] = country
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name: None | str | Unset = d.pop("firstName", UNSET)

        last_name: None | str | Unset = d.pop("lastName", UNSET)

        company_name: None | str | Unset = d.pop("companyName", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        website: None | str | Unset = d.pop("website", UNSET)

        street: None | str | Unset = d.pop("street", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        province_or_state: None | str | Unset = d.pop("provinceOrState", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        postal_code: None | str | Unset = d.pop("postalCode", UNSET)

        contact_information_info = cls(
            first_name=first_name,
            last_name=last_name,
            company_name=company_name,
            email=email,
            phone=phone,
            mobile=mobile,
            website=website,
            street=street,
            city=city,
            province_or_state=province_or_state,
            country=country,
            postal_code=postal_code,
        )

        contact_information_info.additional_properties = d
        return contact_information_info

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
