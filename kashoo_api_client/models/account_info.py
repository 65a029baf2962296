from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountInfo")


@_attrs_define
class AccountInfo:
    """
    Attributes:
        id (int | Unset):
        business (int | Unset):
        name (str | Unset):
        description (None | str | Unset):
        number (None | str | Unset):
        type_ (None | str | Unset): Account type such as ASSET, LIABILITY, EQUITY, INCOME, EXPENSE (inferred; open).
        standard_terms (None | str | Unset):
        start_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate
            object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        end_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate
            object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        removed (bool | Unset):
        feed (int | None | Unset):
        read_only (bool | Unset):
        tax_number (int | None | Unset):
        tax_authority_code (None | str | Unset):
        archived (bool | Unset):
        normal_balance_credit (bool | Unset):
        system (bool | Unset):
        parent (int | None | Unset):
        name_and_number (None | str | Unset):
        last_modified (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        links (list[LinkInfo] | Unset):
    """

    id: int | Unset = UNSET
    business: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    standard_terms: None | str | Unset = UNSET
    start_date: datetime.date | None | str | TransferDate | Unset = UNSET
    end_date: datetime.date | None | str | TransferDate | Unset = UNSET
    removed: bool | Unset = UNSET
    feed: int | None | Unset = UNSET
    read_only: bool | Unset = UNSET
    tax_number: int | None | Unset = UNSET
    tax_authority_code: None | str | Unset = UNSET
    archived: bool | Unset = UNSET
    normal_balance_credit: bool | Unset = UNSET
    system: bool | Unset = UNSET
    parent: int | None | Unset = UNSET
    name_and_number: None | str | Unset = UNSET
    last_modified: datetime.datetime | int | None | Unset = UNSET
    links: list[LinkInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business = self.business

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        standard_terms: None | str | Unset
        if isinstance(self.standard_terms, Unset):
            standard_terms = UNSET
        else:
            standard_terms = self.standard_terms

        start_date: dict[str, Any] | None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, TransferDate):
            start_date = self.start_date.to_dict()
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: dict[str, Any] | None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, TransferDate):
            end_date = self.end_date.to_dict()
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        removed = self.removed

        feed: int | None | Unset
        if isinstance(self.feed, Unset):
            feed = UNSET
        else:
            feed = self.feed

        read_only = self.read_only

        tax_number: int | None | Unset
        if isinstance(self.tax_number, Unset):
            tax_number = UNSET
        else:
            tax_number = self.tax_number

        tax_authority_code: None | str | Unset
        if isinstance(self.tax_authority_code, Unset):
            tax_authority_code = UNSET
        else:
            tax_authority_code = self.tax_authority_code

        archived = self.archived

        normal_balance_credit = self.normal_balance_credit

        system = self.system

        parent: int | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        name_and_number: None | str | Unset
        if isinstance(self.name_and_number, Unset):
            name_and_number = UNSET
        else:
            name_and_number = self.name_and_number

        last_modified: int | None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

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
        if business is not UNSET:
            field_dict["business"] = business
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if number is not UNSET:
            field_dict["number"] = number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if standard_terms is not UNSET:
            field_dict["standardTerms"] = standard_terms
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if removed is not UNSET:
            field_dict["removed"] = removed
        if feed is not UNSET:
            field_dict["feed"] = feed
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if tax_number is not UNSET:
            field_dict["taxNumber"] = tax_number
        if tax_authority_code is not UNSET:
            field_dict["taxAuthorityCode"] = tax_authority_code
        if archived is not UNSET:
            field_dict["archived"] = archived
        if normal_balance_credit is not UNSET:
            field_dict["normalBalanceCredit"] = normal_balance_credit
        if system is not UNSET:
            field_dict["system"] = system
        if parent is not UNSET:
            field_dict["parent"] = parent
        if name_and_number is not UNSET:
            field_dict["nameAndNumber"] = name_and_number
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        number: None | str | Unset = d.pop("number", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        standard_terms: None | str | Unset = d.pop("standardTerms", UNSET)

        def _parse_start_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
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

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
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

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        removed = d.pop("removed", UNSET)

        feed: int | None | Unset = d.pop("feed", UNSET)

        read_only = d.pop("readOnly", UNSET)

        tax_number: int | None | Unset = d.pop("taxNumber", UNSET)

        tax_authority_code: None | str | Unset = d.pop("taxAuthorityCode", UNSET)

        archived = d.pop("archived", UNSET)

        normal_balance_credit = d.pop("normalBalanceCredit", UNSET)

        system = d.pop("system", UNSET)

        parent: int | None | Unset = d.pop("parent", UNSET)

        name_and_number: None | str | Unset = d.pop("nameAndNumber", UNSET)

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

        _links = d.pop("links", UNSET)
        links: list[LinkInfo] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkInfo.from_dict(links_item_data)

                links.append(links_item)

        account_info = cls(
            id=id,
            business=business,
            name=name,
            description=description,
            number=number,
            type_=type_,
            standard_terms=standard_terms,
            start_date=start_date,
            end_date=end_date,
            removed=removed,
            feed=feed,
            read_only=read_only,
            tax_number=tax_number,
            tax_authority_code=tax_authority_code,
            archived=archived,
            normal_balance_credit=normal_balance_credit,
            system=system,
            parent=parent,
            name_and_number=name_and_number,
            last_modified=last_modified,
            links=links,
        )

        account_info.additional_properties = d
        return account_info

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
from ..models.link_info import LinkInfo  # noqa: E402
from ..models.transfer_date import TransferDate  # noqa: E402
