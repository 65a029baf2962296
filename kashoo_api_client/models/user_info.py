from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """
    Attributes:
        id (int | Unset):
        contact_information (ContactInformationInfo | None | Unset):
        staff (bool | Unset):
        beta_tester (bool | Unset):
        accounting_professional (bool | Unset):
        expire_sessions (bool | Unset):
        use_high_contrast_style (bool | Unset):
        read_only (bool | Unset):
        removed (bool | Unset):
        active (bool | Unset):
        verified (bool | Unset):
        creation_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate
            object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        verification_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a
            TransferDate object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        trial_expiry_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a
            TransferDate object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        last_login (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        service_provider (int | None | Unset):
        service_provider_admin (bool | Unset):
        allow_selection_of_non_standard_accounts (bool | Unset):
        invite_code (None | str | Unset):
        email (str | Unset):
        name (str | Unset):
        links (list[LinkInfo] | Unset):
    """

    id: int | Unset = UNSET
    contact_information: ContactInformationInfo | None | Unset = UNSET
    staff: bool | Unset = UNSET
    beta_tester: bool | Unset = UNSET
    accounting_professional: bool | Unset = UNSET
    expire_sessions: bool | Unset = UNSET
    use_high_contrast_style: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    removed: bool | Unset = UNSET
    active: bool | Unset = UNSET
    verified: bool | Unset = UNSET
    creation_date: datetime.date | None | str | TransferDate | Unset = UNSET
    verification_date: datetime.date | None | str | TransferDate | Unset = UNSET
    trial_expiry_date: datetime.date | None | str | TransferDate | Unset = UNSET
    last_login: datetime.datetime | int | None | Unset = UNSET
    service_provider: int | None | Unset = UNSET
    service_provider_admin: bool | Unset = UNSET
    allow_selection_of_non_standard_accounts: bool | Unset = UNSET
    invite_code: None | str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    links: list[LinkInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact_information: dict[str, Any] | None | Unset
        if isinstance(self.contact_information, Unset):
            contact_information = UNSET
        elif isinstance(self.contact_information, ContactInformationInfo):
            contact_information = self.contact_information.to_dict()
        else:
            contact_information = self.contact_information

        staff = self.staff

        beta_tester = self.beta_tester

        accounting_professional = self.accounting_professional

        expire_sessions = self.expire_sessions

        use_high_contrast_style = self.use_high_contrast_style

        read_only = self.read_only

        removed = self.removed

        active = self.active

        verified = self.verified

        creation_date: dict[str, Any] | None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, TransferDate):
            creation_date = self.creation_date.to_dict()
        elif isinstance(self.creation_date, datetime.date):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        verification_date: dict[str, Any] | None | str | Unset
        if isinstance(self.verification_date, Unset):
            verification_date = UNSET
        elif isinstance(self.verification_date, TransferDate):
            verification_date = self.verification_date.to_dict()
        elif isinstance(self.verification_date, datetime.date):
            verification_date = self.verification_date.isoformat()
        else:
            verification_date = self.verification_date

        trial_expiry_date: dict[str, Any] | None | str | Unset
        if isinstance(self.trial_expiry_date, Unset):
            trial_expiry_date = UNSET
        elif isinstance(self.trial_expiry_date, TransferDate):
            trial_expiry_date = self.trial_expiry_date.to_dict()
        elif isinstance(self.trial_expiry_date, datetime.date):
            trial_expiry_date = self.trial_expiry_date.isoformat()
        else:
            trial_expiry_date = self.trial_expiry_date

        last_login: int | None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        elif isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        service_provider: int | None | Unset
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = self.service_provider

        service_provider_admin = self.service_provider_admin

        allow_selection_of_non_standard_accounts = self.allow_selection_of_non_standard_accounts

        invite_code: None | str | Unset
        if isinstance(self.invite_code, Unset):
            invite_code = UNSET
        else:
            invite_code = self.invite_code

        email = self.email

        name = self.name

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if contact_information is not UNSET:
            field_dict["contactInformation"] = contact_information
        if staff is not UNSET:
            field_dict["staff"] = staff
        if beta_tester is not UNSET:
            field_dict["betaTester"] = beta_tester
        if accounting_professional is not UNSET:
            field_dict["accountingProfessional"] = accounting_professional
        if expire_sessions is not UNSET:
            field_dict["expireSessions"] = expire_sessions
        if use_high_contrast_style is not UNSET:
            field_dict["useHighContrastStyle"] = use_high_contrast_style
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if removed is not UNSET:
            field_dict["removed"] = removed
        if active is not UNSET:
            field_dict["active"] = active
        if verified is not UNSET:
            field_dict["verified"] = verified
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if verification_date is not UNSET:
            field_dict["verificationDate"] = verification_date
        if trial_expiry_date is not UNSET:
            field_dict["trialExpiryDate"] = trial_expiry_date
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider
        if service_provider_admin is not UNSET:
            field_dict["serviceProviderAdmin"] = service_provider_admin
        if allow_selection_of_non_standard_accounts is not UNSET:
            field_dict["allowSelectionOfNonStandardAccounts"] = allow_selection_of_non_standard_accounts
        if invite_code is not UNSET:
            field_dict["inviteCode"] = invite_code
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_contact_information(data: object) -> ContactInformationInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    contact_information_type_0 = ContactInformationInfo.from_dict(data)

                    return contact_information_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(ContactInformationInfo | None | Unset, data)

        contact_information = _parse_contact_information(d.pop("contactInformation", UNSET))

        staff = d.pop("staff", UNSET)

        beta_tester = d.pop("betaTester", UNSET)

        accounting_professional = d.pop("accountingProfessional", UNSET)

        expire_sessions = d.pop("expireSessions", UNSET)

        use_high_contrast_style = d.pop("useHighContrastStyle", UNSET)

        read_only = d.pop("readOnly", UNSET)

        removed = d.pop("removed", UNSET)

        active = d.pop("active", UNSET)

        verified = d.pop("verified", UNSET)

        def _parse_creation_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_date_value_type_0 = TransferDate.from_dict(data)

                    return componentsschemas_date_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, str):
                try:
                    componentsschemas_date_value_type_1 = datetime.date.fromisoformat(data)

                    return componentsschemas_date_value_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.date | None | str | TransferDate | Unset, data)

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        def _parse_verification_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_date_value_type_0 = TransferDate.from_dict(data)

                    return componentsschemas_date_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, str):
                try:
                    componentsschemas_date_value_type_1 = datetime.date.fromisoformat(data)

                    return componentsschemas_date_value_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.date | None | str | TransferDate | Unset, data)

        verification_date = _parse_verification_date(d.pop("verificationDate", UNSET))

        def _parse_trial_expiry_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_date_value_type_0 = TransferDate.from_dict(data)

                    return componentsschemas_date_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, str):
                try:
                    componentsschemas_date_value_type_1 = datetime.date.fromisoformat(data)

                    return componentsschemas_date_value_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.date | None | str | TransferDate | Unset, data)

        trial_expiry_date = _parse_trial_expiry_date(d.pop("trialExpiryDate", UNSET))

        def _parse_last_login(data: object) -> datetime.datetime | int | None | Unset:
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

        last_login = _parse_last_login(d.pop("lastLogin", UNSET))

        service_provider: int | None | Unset = d.pop("serviceProvider", UNSET)

        service_provider_admin = d.pop("serviceProviderAdmin", UNSET)

        allow_selection_of_non_standard_accounts = d.pop("allowSelectionOfNonStandardAccounts", UNSET)

        invite_code: None | str | Unset = d.pop("inviteCode", UNSET)

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        _links = d.pop("links", UNSET)
        links: list[LinkInfo] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkInfo.from_dict(links_item_data)

                links.append(links_item)

        user_info = cls(
            id=id,
            contact_information=contact_information,
            staff=staff,
            beta_tester=beta_tester,
            accounting_professional=accounting_professional,
            expire_sessions=expire_sessions,
            use_high_contrast_style=use_high_contrast_style,
            read_only=read_only,
            removed=removed,
            active=active,
            verified=verified,
            creation_date=creation_date,
            verification_date=verification_date,
            trial_expiry_date=trial_expiry_date,
            last_login=last_login,
            service_provider=service_provider,
            service_provider_admin=service_provider_admin,
            allow_selection_of_non_standard_accounts=allow_selection_of_non_standard_accounts,
            invite_code=invite_code,
            email=email,
            name=name,
            links=links,
        )

        user_info.additional_properties = d
        return user_info

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
from ..models.contact_information_info import ContactInformationInfo  # noqa: E402
from ..models.link_info import LinkInfo  # noqa: E402
from ..models.transfer_date import TransferDate  # noqa: E402
