from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargebeeHostedPage")


@_attrs_define
class ChargebeeHostedPage:
    """
    Attributes:
        checkout_info (list[int] | Unset):
        content (list[int] | Unset):
        created_at (int | Unset):
        embed (bool | Unset):
        expires_at (int | Unset):
        failure_reason (str | Unset):
        id (str | Unset):
        object_ (str | Unset):
        pass_thru_content (str | Unset):
        resource_version (int | Unset):
        state (str | Unset):
        type_ (str | Unset):
        updated_at (int | Unset):
        url (str | Unset):
    """

    checkout_info: list[int] | Unset = UNSET
    content: list[int] | Unset = UNSET
    created_at: int | Unset = UNSET
    embed: bool | Unset = UNSET
    expires_at: int | Unset = UNSET
    failure_reason: str | Unset = UNSET
    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    pass_thru_content: str | Unset = UNSET
    resource_version: int | Unset = UNSET
    state: str | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_info: list[int] | Unset = UNSET
        if not isinstance(self.checkout_info, Unset):
            checkout_info = self.checkout_info

        content: list[int] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content

        created_at = self.created_at

        embed = self.embed

        expires_at = self.expires_at

        failure_reason = self.failure_reason

        id = self.id

        object_ = self.object_

        pass_thru_content = self.pass_thru_content

        resource_version = self.resource_version

        state = self.state

        type_ = self.type_

        updated_at = self.updated_at

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkout_info is not UNSET:
            field_dict["checkoutInfo"] = checkout_info
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if embed is not UNSET:
            field_dict["embed"] = embed
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if pass_thru_content is not UNSET:
            field_dict["passThruContent"] = pass_thru_content
        if resource_version is not UNSET:
            field_dict["resourceVersion"] = resource_version
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_info = cast(list[int], d.pop("checkoutInfo", UNSET))

        content = cast(list[int], d.pop("content", UNSET))

        created_at = d.pop("createdAt", UNSET)

        embed = d.pop("embed", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        failure_reason = d.pop("failureReason", UNSET)

        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        pass_thru_content = d.pop("passThruContent", UNSET)

        resource_version = d.pop("resourceVersion", UNSET)

        state = d.pop("state", UNSET)

        type_ = d.pop("type", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        url = d.pop("url", UNSET)

        chargebee_hosted_page = cls(
            checkout_info=checkout_info,
            content=content,
            created_at=created_at,
            embed=embed,
            expires_at=expires_at,
            failure_reason=failure_reason,
            id=id,
            object_=object_,
            pass_thru_content=pass_thru_content,
            resource_version=resource_version,
            state=state,
            type_=type_,
            updated_at=updated_at,
            url=url,
        )

        chargebee_hosted_page.additional_properties = d
        return chargebee_hosted_page

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
