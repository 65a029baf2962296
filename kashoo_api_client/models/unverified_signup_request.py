from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnverifiedSignupRequest")


@_attrs_define
class UnverifiedSignupRequest:
    """
    Attributes:
        first (str | Unset):
        last (str | Unset):
        email (str | Unset):
        password (str | Unset):
        additional_params (str | Unset):  Default: ''.
        site (str | Unset):
        lc (str | Unset):  Default: 'en_US'.
        duration (int | Unset):  Default: 86400000.
    """

    first: str | Unset = UNSET
    last: str | Unset = UNSET
    email: str | Unset = UNSET
    password: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_params: str | Unset = ""
    site: str | Unset = UNSET
    lc: str | Unset = "en_US"
    duration: int | Unset = 86400000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first = self.first

        last = self.last

        email = self.email

        password = self.password

        additional_params = self.additional_params

        site = self.site

        lc = self.lc

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if additional_params is not UNSET:
            field_dict["additionalParams"] = additional_params
        if site is not UNSET:
            field_dict["site"] = site
        if lc is not UNSET:
            field_dict["lc"] = lc
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first = d.pop("first", UNSET)

        last = d.pop("last", UNSET)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        additional_params = d.pop("additionalParams", UNSET)

        site = d.pop("site", UNSET)

        lc = d.pop("lc", UNSET)

        duration = d.pop("duration", UNSET)

        unverified_signup_request = cls(
            first=first,
            last=last,
            email=email,
            password=password,
            additional_params=additional_params,
            site=site,
            lc=lc,
            duration=duration,
        )

        unverified_signup_request.additional_properties = d
        return unverified_signup_request

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
