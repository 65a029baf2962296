from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthTokenRequest")


@_attrs_define
class AuthTokenRequest:
    """
    Attributes:
        email (str | Unset):
        password (str | Unset):
        site (str | Unset):
        lc (str | Unset):  Default: 'en_US'.
        duration (int | Unset): Lifetime in milliseconds. Default: 86400000.
        restriction (str | Unset):
        mfa_code (str | Unset):
        provider (str | Unset): SSO provider
        auth_code (str | Unset): The SSO provider's auth code.
        type_ (str | Unset):
    """

    email: str | Unset = UNSET
    password: str | Unset = _attrs_field(repr=False, default=UNSET)
    site: str | Unset = UNSET
    lc: str | Unset = "en_US"
    duration: int | Unset = 86400000
    restriction: str | Unset = UNSET
    mfa_code: str | Unset = _attrs_field(repr=False, default=UNSET)
    provider: str | Unset = UNSET
    auth_code: str | Unset = _attrs_field(repr=False, default=UNSET)
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        site = self.site

        lc = self.lc

        duration = self.duration

        restriction = self.restriction

        mfa_code = self.mfa_code

        provider = self.provider

        auth_code = self.auth_code

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if site is not UNSET:
            field_dict["site"] = site
        if lc is not UNSET:
            field_dict["lc"] = lc
        if duration is not UNSET:
            field_dict["duration"] = duration
        if restriction is not UNSET:
            field_dict["restriction"] = restriction
        if mfa_code is not UNSET:
            field_dict["mfaCode"] = mfa_code
        if provider is not UNSET:
            field_dict["provider"] = provider
        if auth_code is not UNSET:
            field_dict["authCode"] = auth_code
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        site = d.pop("site", UNSET)

        lc = d.pop("lc", UNSET)

        duration = d.pop("duration", UNSET)

        restriction = d.pop("restriction", UNSET)

        mfa_code = d.pop("mfaCode", UNSET)

        provider = d.pop("provider", UNSET)

        auth_code = d.pop("authCode", UNSET)

        type_ = d.pop("type", UNSET)

        auth_token_request = cls(
            email=email,
            password=password,
            site=site,
            lc=lc,
            duration=duration,
            restriction=restriction,
            mfa_code=mfa_code,
            provider=provider,
            auth_code=auth_code,
            type_=type_,
        )

        auth_token_request.additional_properties = d
        return auth_token_request

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
