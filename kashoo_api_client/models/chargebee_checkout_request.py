from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargebeeCheckoutRequest")


@_attrs_define
class ChargebeeCheckoutRequest:
    """
    Attributes:
        subscriber_id (str):
        subscription_application (str):
        subscription_plan_id (str):
        coupon_id (list[str] | Unset):
        customer (ChargebeeCustomer | Unset):
        user_id (str | Unset):
    """

    subscriber_id: str
    subscription_application: str
    subscription_plan_id: str
    coupon_id: list[str] | Unset = UNSET
    customer: ChargebeeCustomer | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        subscription_application = self.subscription_application

        subscription_plan_id = self.subscription_plan_id

        coupon_id: list[str] | Unset = UNSET
        if not isinstance(self.coupon_id, Unset):
            coupon_id = self.coupon_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriberId": subscriber_id,
                "subscriptionApplication": subscription_application,
                "subscriptionPlanId": subscription_plan_id,
            }
        )
        if coupon_id is not UNSET:
            field_dict["couponId"] = coupon_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("subscriberId")

        subscription_application = d.pop("subscriptionApplication")

        subscription_plan_id = d.pop("subscriptionPlanId")

        coupon_id = cast(list[str], d.pop("couponId", UNSET))

        _customer = d.pop("customer", UNSET)
        customer: ChargebeeCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = ChargebeeCustomer.from_dict(_customer)

        user_id = d.pop("userId", UNSET)

        chargebee_checkout_request = cls(
            subscriber_id=subscriber_id,
            subscription_application=subscription_application,
            subscription_plan_id=subscription_plan_id,
            coupon_id=coupon_id,
            customer=customer,
            user_id=user_id,
        )

        chargebee_checkout_request.additional_properties = d
        return chargebee_checkout_request

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


# Imported last: these models may import this one (a cycle Python resolves this way).
from ..models.chargebee_customer import ChargebeeCustomer  # noqa: E402
