from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactInfo")


@_attrs_define
class ContactInfo:
    """
    Attributes:
        id (int | Unset):
        business (int | Unset):
        contact_information (ContactInformationInfo | None | Unset):
        linked_business (int | None | Unset):
        receivable_account (int | None | Unset):
        payable_account (int | None | Unset):
        income_or_expense_account (int | None | Unset):
        default_tax_code (None | str | Unset):
        payment_account (int | None | Unset):
        payment_terms (None | str | Unset):
        currency (str | Unset):
        comments (list[str] | Unset):
        collaboration_context (int | None | Unset):
        prefix (None | str | Unset):
        removed (bool | Unset):
        archived (bool | Unset):
        organization (bool | Unset):
        parent (int | None | Unset):
        groups (list[int] | Unset):
        phone_numbers (None | str | Unset):
        email (None | str | Unset):
        address (None | str | Unset):
        name (str | Unset):
        last_modified (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
    """

    id: int | Unset = UNSET
    business: int | Unset = UNSET
    contact_information: ContactInformationInfo | None | Unset = UNSET
    linked_business: int | None | Unset = UNSET
    receivable_account: int | None | Unset = UNSET
    payable_account: int | None | Unset = UNSET
    income_or_expense_account: int | None | Unset = UNSET
    default_tax_code: None | str | Unset = UNSET
    payment_account: int | None | Unset = UNSET
    payment_terms: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    comments: list[str] | Unset = UNSET
    collaboration_context: int | None | Unset = UNSET
    prefix: None | str | Unset = UNSET
    removed: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    organization: bool | Unset = UNSET
    parent: int | None | Unset = UNSET
    groups: list[int] | Unset = UNSET
    phone_numbers: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    name: str | Unset = UNSET
    last_modified: datetime.datetime | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business = self.business

        contact_information: dict[str, Any] | None | Unset
        if isinstance(self.contact_information, Unset):
            contact_information = UNSET
        elif isinstance(self.contact_information, ContactInformationInfo):
            contact_information = self.contact_information.to_dict()
        else:
            contact_information = self.contact_information

        linked_business: int | None | Unset
        if isinstance(self.linked_business, Unset):
            linked_business = UNSET
        else:
            linked_business = self.linked_business

        receivable_account: int | None | Unset
        if isinstance(self.receivable_account, Unset):
            receivable_account = UNSET
        else:
            receivable_account = self.receivable_account

        payable_account: int | None | Unset
        if isinstance(self.payable_account, Unset):
            payable_account = UNSET
        else:
            payable_account = self.payable_account

        income_or_expense_account: int | None | Unset
        if isinstance(self.income_or_expense_account, Unset):
            income_or_expense_account = UNSET
        else:
            income_or_expense_account = self.income_or_expense_account

        default_tax_code: None | str | Unset
        if isinstance(self.default_tax_code, Unset):
            default_tax_code = UNSET
        else:
            default_tax_code = self.default_tax_code

        payment_account: int | None | Unset
        if isinstance(self.payment_account, Unset):
            payment_account = UNSET
        else:
            payment_account = self.payment_account

        payment_terms: None | str | Unset
        if isinstance(self.payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = self.payment_terms

        currency = self.currency

        comments: list[str] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = self.comments

        collaboration_context: int | None | Unset
        if isinstance(self.collaboration_context, Unset):
            collaboration_context = UNSET
        else:
            collaboration_context = self.collaboration_context

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        removed = self.removed

        archived = self.archived

        organization = self.organization

        parent: int | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        groups: list[int] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        phone_numbers: None | str | Unset
        if isinstance(self.phone_numbers, Unset):
            phone_numbers = UNSET
        else:
            phone_numbers = self.phone_numbers

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        name = self.name

        last_modified: int | None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business is not UNSET:
            field_dict["business"] = business
        if contact_information is not UNSET:
            field_dict["contactInformation"] = contact_information
        if linked_business is not UNSET:
            field_dict["linkedBusiness"] = linked_business
        if receivable_account is not UNSET:
            field_dict["receivableAccount"] = receivable_account
        if payable_account is not UNSET:
            field_dict["payableAccount"] = payable_account
        if income_or_expense_account is not UNSET:
            field_dict["incomeOrExpenseAccount"] = income_or_expense_account
        if default_tax_code is not UNSET:
            field_dict["defaultTaxCode"] = default_tax_code
        if payment_account is not UNSET:
            field_dict["paymentAccount"] = payment_account
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if currency is not UNSET:
            field_dict["currency"] = currency
        if comments is not UNSET:
            field_dict["comments"] = comments
        if collaboration_context is not UNSET:
            field_dict["collaborationContext"] = collaboration_context
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if removed is not UNSET:
            field_dict["removed"] = removed
        if archived is not UNSET:
            field_dict["archived"] = archived
        if organization is not UNSET:
            field_dict["organization"] = organization
        if parent is not UNSET:
            field_dict["parent"] = parent
        if groups is not UNSET:
            field_dict["groups"] = groups
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if name is not UNSET:
            field_dict["name"] = name
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

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

        linked_business: int | None | Unset = d.pop("linkedBusiness", UNSET)

        receivable_account: int | None | Unset = d.pop("receivableAccount", UNSET)

        payable_account: int | None | Unset = d.pop("payableAccount", UNSET)

        income_or_expense_account: int | None | Unset = d.pop("incomeOrExpenseAccount", UNSET)

        default_tax_code: None | str | Unset = d.pop("defaultTaxCode", UNSET)

        payment_account: int | None | Unset = d.pop("paymentAccount", UNSET)

        payment_terms: None | str | Unset = d.pop("paymentTerms", UNSET)

        currency = d.pop("currency", UNSET)

        comments = cast(list[str], d.pop("comments", UNSET))

        collaboration_context: int | None | Unset = d.pop("collaborationContext", UNSET)

        prefix: None | str | Unset = d.pop("prefix", UNSET)

        removed = d.pop("removed", UNSET)

        archived = d.pop("archived", UNSET)

        organization = d.pop("organization", UNSET)

        parent: int | None | Unset = d.pop("parent", UNSET)

        groups = cast(list[int], d.pop("groups", UNSET))

        phone_numbers: None | str | Unset = d.pop("phoneNumbers", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        address: None | str | Unset = d.pop("address", UNSET)

        name = d.pop("name", UNSET)

        def _parse_last_modified(data: object) -> datetime.datetime | int | None | Unset:
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

        last_modified = _parse_last_modified(d.pop("lastModified", UNSET))

        contact_info = cls(
            id=id,
            business=business,
            contact_information=contact_information,
            linked_business=linked_business,
            receivable_account=receivable_account,
            payable_account=payable_account,
            income_or_expense_account=income_or_expense_account,
            default_tax_code=default_tax_code,
            payment_account=payment_account,
            payment_terms=payment_terms,
            currency=currency,
            comments=comments,
            collaboration_context=collaboration_context,
            prefix=prefix,
            removed=removed,
            archived=archived,
            organization=organization,
            parent=parent,
            groups=groups,
            phone_numbers=phone_numbers,
            email=email,
            address=address,
            name=name,
            last_modified=last_modified,
        )

        contact_info.additional_properties = d
        return contact_info

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
