from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthToken")


@_attrs_define
class AuthToken:
    """A first-party token; its compact JSON goes in `Authorization: TOKEN json:...`.

    Attributes:
        my_user_id (int | Unset):
        expiry_date (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        restriction (None | str | Unset):
        site (None | str | Unset):
        locale (None | str | Unset):
        authentication_code (str | Unset):
    """

    my_user_id: int | Unset = UNSET
    expiry_date: datetime.datetime | int | None | Unset = UNSET
    restriction: None | str | Unset = UNSET
    site: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    authentication_code: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        my_user_id = self.my_user_id

        expiry_date: int | None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        restriction: None | str | Unset
        if isinstance(self.restriction, Unset):
            restriction = UNSET
        else:
            restriction = self.restriction

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        authentication_code = self.authentication_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if my_user_id is not UNSET:
            field_dict["myUserId"] = my_user_id
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if restriction is not UNSET:
            field_dict["restriction"] = restriction
        if site is not UNSET:
            field_dict["site"] = site
        if locale is not UNSET:
            field_dict["locale"] = locale
        if authentication_code is not UNSET:
            field_dict["authenticationCode"] = authentication_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        my_user_id = d.pop("myUserId", UNSET)

        def _parse_expiry_date(data: object) -> datetime.datetime | int | None | Unset:
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

        expiry_date = _parse_expiry_date(d.pop("expiryDate", UNSET))

        restriction: None | str | Unset = d.pop("restriction", UNSET)

        site: None | str | Unset = d.pop("site", UNSET)

        locale: None | str | Unset = d.pop("locale", UNSET)

        authentication_code = d.pop("authenticationCode", UNSET)

        auth_token = cls(
            my_user_id=my_user_id,
            expiry_date=expiry_date,
            restriction=restriction,
            site=site,
            locale=locale,
            authentication_code=authentication_code,
        )

        auth_token.additional_properties = d
        return auth_token

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
