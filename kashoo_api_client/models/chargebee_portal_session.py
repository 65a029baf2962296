from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargebeePortalSession")


@_attrs_define
class ChargebeePortalSession:
    """
    Attributes:
        access_url (str | Unset):
        created_at (int | Unset):
        customer_id (str | Unset):
        expires_at (int | Unset):
        id (str | Unset):
        login_at (int | Unset):
        login_ip_address (str | Unset):
        logout_at (int | Unset):
        logout_ip_address (str | Unset):
        object_ (str | Unset):
        redirect_url (str | Unset):
        status (str | Unset):
        token (str | Unset):
    """

    access_url: str | Unset = UNSET
    created_at: int | Unset = UNSET
    customer_id: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    id: str | Unset = UNSET
    login_at: int | Unset = UNSET
    login_ip_address: str | Unset = UNSET
    logout_at: int | Unset = UNSET
    logout_ip_address: str | Unset = UNSET
    object_: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    status: str | Unset = UNSET
    token: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_url = self.access_url

        created_at = self.created_at

        customer_id = self.customer_id

        expires_at = self.expires_at

        id = self.id

        login_at = self.login_at

        login_ip_address = self.login_ip_address

        logout_at = self.logout_at

        logout_ip_address = self.logout_ip_address

        object_ = self.object_

        redirect_url = self.redirect_url

        status = self.status

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_url is not UNSET:
            field_dict["accessUrl"] = access_url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id
        if login_at is not UNSET:
            field_dict["loginAt"] = login_at
        if login_ip_address is not UNSET:
            field_dict["loginIpAddress"] = login_ip_address
        if logout_at is not UNSET:
            field_dict["logoutAt"] = logout_at
        if logout_ip_address is not UNSET:
            field_dict["logoutIpAddress"] = logout_ip_address
        if object_ is not UNSET:
            field_dict["object"] = object_
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if status is not UNSET:
            field_dict["status"] = status
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_url = d.pop("accessUrl", UNSET)

        created_at = d.pop("createdAt", UNSET)

        customer_id = d.pop("customerId", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        id = d.pop("id", UNSET)

        login_at = d.pop("loginAt", UNSET)

        login_ip_address = d.pop("loginIpAddress", UNSET)

        logout_at = d.pop("logoutAt", UNSET)

        logout_ip_address = d.pop("logoutIpAddress", UNSET)

        object_ = d.pop("object", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        status = d.pop("status", UNSET)

        token = d.pop("token", UNSET)

        chargebee_portal_session = cls(
            access_url=access_url,
            created_at=created_at,
            customer_id=customer_id,
            expires_at=expires_at,
            id=id,
            login_at=login_at,
            login_ip_address=login_ip_address,
            logout_at=logout_at,
            logout_ip_address=logout_ip_address,
            object_=object_,
            redirect_url=redirect_url,
            status=status,
            token=token,
        )

        chargebee_portal_session.additional_properties = d
        return chargebee_portal_session

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
