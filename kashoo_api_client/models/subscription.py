from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        app_id (str | Unset):
        expires_date (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        id (str | Unset):
        is_sandbox (bool | Unset):
        original_id (str | Unset):
        original_purchase_date (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601
            date-time string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        pause_date (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        platform_product_id (str | Unset):
        purchase_date (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        resume_date (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        status (str | Unset):
        store (str | Unset):
        subscriber_id (str | Unset):
        subscription_application (str | Unset):
        unsubscribe_detected_at (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601
            date-time string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        user_id (str | Unset):
    """

    app_id: str | Unset = UNSET
    expires_date: datetime.datetime | int | None | Unset = UNSET
    id: str | Unset = UNSET
    is_sandbox: bool | Unset = UNSET
    original_id: str | Unset = UNSET
    original_purchase_date: datetime.datetime | int | None | Unset = UNSET
    pause_date: datetime.datetime | int | None | Unset = UNSET
    platform_product_id: str | Unset = UNSET
    purchase_date: datetime.datetime | int | None | Unset = UNSET
    resume_date: datetime.datetime | int | None | Unset = UNSET
    status: str | Unset = UNSET
    store: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    subscription_application: str | Unset = UNSET
    unsubscribe_detected_at: datetime.datetime | int | None | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        expires_date: int | None | str | Unset
        if isinstance(self.expires_date, Unset):
            expires_date = UNSET
        elif isinstance(self.expires_date, datetime.datetime):
            expires_date = self.expires_date.isoformat()
        else:
            expires_date = self.expires_date

        id = self.id

        is_sandbox = self.is_sandbox

        original_id = self.original_id

        original_purchase_date: int | None | str | Unset
        if isinstance(self.original_purchase_date, Unset):
            original_purchase_date = UNSET
        elif isinstance(self.original_purchase_date, datetime.datetime):
            original_purchase_date = self.original_purchase_date.isoformat()
        else:
            original_purchase_date = self.original_purchase_date

        pause_date: int | None | str | Unset
        if isinstance(self.pause_date, Unset):
            pause_date = UNSET
        elif isinstance(self.pause_date, datetime.datetime):
            pause_date = self.pause_date.isoformat()
        else:
            pause_date = self.pause_date

        platform_product_id = self.platform_product_id

        purchase_date: int | None | str | Unset
        if isinstance(self.purchase_date, Unset):
            purchase_date = UNSET
        elif isinstance(self.purchase_date, datetime.datetime):
            purchase_date = self.purchase_date.isoformat()
        else:
            purchase_date = self.purchase_date

        resume_date: int | None | str | Unset
        if isinstance(self.resume_date, Unset):
            resume_date = UNSET
        elif isinstance(self.resume_date, datetime.datetime):
            resume_date = self.resume_date.isoformat()
        else:
            resume_date = self.resume_date

        status = self.status

        store = self.store

        subscriber_id = self.subscriber_id

        subscription_application = self.subscription_application

        unsubscribe_detected_at: int | None | str | Unset
        if isinstance(self.unsubscribe_detected_at, Unset):
            unsubscribe_detected_at = UNSET
        elif isinstance(self.unsubscribe_detected_at, datetime.datetime):
            unsubscribe_detected_at = self.unsubscribe_detected_at.isoformat()
        else:
            unsubscribe_detected_at = self.unsubscribe_detected_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if expires_date is not UNSET:
            field_dict["expiresDate"] = expires_date
        if id is not UNSET:
            field_dict["id"] = id
        if is_sandbox is not UNSET:
            field_dict["isSandbox"] = is_sandbox
        if original_id is not UNSET:
            field_dict["originalId"] = original_id
        if original_purchase_date is not UNSET:
            field_dict["originalPurchaseDate"] = original_purchase_date
        if pause_date is not UNSET:
            field_dict["pauseDate"] = pause_date
        if platform_product_id is not UNSET:
            field_dict["platformProductId"] = platform_product_id
        if purchase_date is not UNSET:
            field_dict["purchaseDate"] = purchase_date
        if resume_date is not UNSET:
            field_dict["resumeDate"] = resume_date
        if status is not UNSET:
            field_dict["status"] = status
        if store is not UNSET:
            field_dict["store"] = store
        if subscriber_id is not UNSET:
            field_dict["subscriberId"] = subscriber_id
        if subscription_application is not UNSET:
            field_dict["subscriptionApplication"] = subscription_application
        if unsubscribe_detected_at is not UNSET:
            field_dict["unsubscribeDetectedAt"] = unsubscribe_detected_at
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("appId", UNSET)

        def _parse_expires_date(data: object) -> datetime.datetime | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | int | None | Unset, data)

        expires_date = _parse_expires_date(d.pop("expiresDate", UNSET))

        id = d.pop("id", UNSET)

        is_sandbox = d.pop("isSandbox", UNSET)

        original_id = d.pop("originalId", UNSET)

        def _parse_original_purchase_date(data: object) -> datetime.datetime | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | int | None | Unset, data)

        original_purchase_date = _parse_original_purchase_date(d.pop("originalPurchaseDate", UNSET))

        def _parse_pause_date(data: object) -> datetime.datetime | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | int | None | Unset, data)

        pause_date = _parse_pause_date(d.pop("pauseDate", UNSET))

        platform_product_id = d.pop("platformProductId", UNSET)

        def _parse_purchase_date(data: object) -> datetime.datetime | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | int | None | Unset, data)

        purchase_date = _parse_purchase_date(d.pop("purchaseDate", UNSET))

        def _parse_resume_date(data: object) -> datetime.datetime | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | int | None | Unset, data)

        resume_date = _parse_resume_date(d.pop("resumeDate", UNSET))

        status = d.pop("status", UNSET)

        store = d.pop("store", UNSET)

        subscriber_id = d.pop("subscriberId", UNSET)

        subscription_application = d.pop("subscriptionApplication", UNSET)

        def _parse_unsubscribe_detected_at(data: object) -> datetime.datetime | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | int | None | Unset, data)

        unsubscribe_detected_at = _parse_unsubscribe_detected_at(d.pop("unsubscribeDetectedAt", UNSET))

        user_id = d.pop("userId", UNSET)

        subscription = cls(
            app_id=app_id,
            expires_date=expires_date,
            id=id,
            is_sandbox=is_sandbox,
            original_id=original_id,
            original_purchase_date=original_purchase_date,
            pause_date=pause_date,
            platform_product_id=platform_product_id,
            purchase_date=purchase_date,
            resume_date=resume_date,
            status=status,
            store=store,
            subscriber_id=subscriber_id,
            subscription_application=subscription_application,
            unsubscribe_detected_at=unsubscribe_detected_at,
            user_id=user_id,
        )

        subscription.additional_properties = d
        return subscription

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
