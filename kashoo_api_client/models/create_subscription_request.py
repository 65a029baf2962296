from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubscriptionRequest")


@_attrs_define
class CreateSubscriptionRequest:
    """
    Attributes:
        store (str):
        app_id (str | Unset):
        original_id (str | Unset):
        platform_product_id (str | Unset):
        purchase_token (str | Unset):
        purchased_explicitly_in_app (bool | Unset):
        subscriber_id (str | Unset):
        subscription_application (str | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
    """

    store: str
    app_id: str | Unset = UNSET
    original_id: str | Unset = UNSET
    platform_product_id: str | Unset = UNSET
    purchase_token: str | Unset = _attrs_field(repr=False, default=UNSET)
    purchased_explicitly_in_app: bool | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    subscription_application: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store = self.store

        app_id = self.app_id

        original_id = self.original_id

        platform_product_id = self.platform_product_id

        purchase_token = self.purchase_token

        purchased_explicitly_in_app = self.purchased_explicitly_in_app

        subscriber_id = self.subscriber_id

        subscription_application = self.subscription_application

        user_email = self.user_email

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "store": store,
            }
        )
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if original_id is not UNSET:
            field_dict["originalId"] = original_id
        if platform_product_id is not UNSET:
            field_dict["platformProductId"] = platform_product_id
        if purchase_token is not UNSET:
            field_dict["purchaseToken"] = purchase_token
        if purchased_explicitly_in_app is not UNSET:
            field_dict["purchasedExplicitlyInApp"] = purchased_explicitly_in_app
        if subscriber_id is not UNSET:
            field_dict["subscriberId"] = subscriber_id
        if subscription_application is not UNSET:
            field_dict["subscriptionApplication"] = subscription_application
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        store = d.pop("store")

        app_id = d.pop("appId", UNSET)

        original_id = d.pop("originalId", UNSET)

        platform_product_id = d.pop("platformProductId", UNSET)

        purchase_token = d.pop("purchaseToken", UNSET)

        purchased_explicitly_in_app = d.pop("purchasedExplicitlyInApp", UNSET)

        subscriber_id = d.pop("subscriberId", UNSET)

        subscription_application = d.pop("subscriptionApplication", UNSET)

        user_email = d.pop("userEmail", UNSET)

        user_id = d.pop("userId", UNSET)

        create_subscription_request = cls(
            store=store,
            app_id=app_id,
            original_id=original_id,
            platform_product_id=platform_product_id,
            purchase_token=purchase_token,
            purchased_explicitly_in_app=purchased_explicitly_in_app,
            subscriber_id=subscriber_id,
            subscription_application=subscription_application,
            user_email=user_email,
            user_id=user_id,
        )

        create_subscription_request.additional_properties = d
        return create_subscription_request

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
