from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_type import RecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalEntryInfo")


@_attrs_define
class JournalEntryInfo:
    """One line of the books. Fields inferred; debits and credits of a record balance.

    Attributes:
        id (int | Unset):
        business (int | Unset):
        record (int | Unset):
        record_type (RecordType | Unset): The type of a record. Open: a value not listed here (such as `CREDIT_NOTE`, or
            the
            legacy lowercase `invoice`) is kept as it came.
        record_number (None | str | Unset):
        account (int | Unset):
        contact (int | None | Unset):
        date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate object;
            also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        description (None | str | Unset):
        debit (int | Unset): Cents.
        credit (int | Unset): Cents.
        currency (str | Unset):
    """

    id: int | Unset = UNSET
    business: int | Unset = UNSET
    record: int | Unset = UNSET
    record_type: RecordType | Unset = UNSET
    record_number: None | str | Unset = UNSET
    account: int | Unset = UNSET
    contact: int | None | Unset = UNSET
    date: datetime.date | None | str | TransferDate | Unset = UNSET
    description: None | str | Unset = UNSET
    debit: int | Unset = UNSET
    credit: int | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business = self.business

        record = self.record

        record_type: str | Unset = UNSET
        if not isinstance(self.record_type, Unset):
            record_type = self.record_type.value

        record_number: None | str | Unset
        if isinstance(self.record_number, Unset):
            record_number = UNSET
        else:
            record_number = self.record_number

        account = self.account

        contact: int | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        date: dict[str, Any] | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, TransferDate):
            date = self.date.to_dict()
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        debit = self.debit

        credit = self.credit

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business is not UNSET:
            field_dict["business"] = business
        if record is not UNSET:
            field_dict["record"] = record
        if record_type is not UNSET:
            field_dict["recordType"] = record_type
        if record_number is not UNSET:
            field_dict["recordNumber"] = record_number
        if account is not UNSET:
            field_dict["account"] = account
        if contact is not UNSET:
            field_dict["contact"] = contact
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

        record = d.pop("record", UNSET)

        _record_type = d.pop("recordType", UNSET)
        record_type: RecordType | Unset
        if isinstance(_record_type, Unset):
            record_type = UNSET
        else:
            record_type = RecordType.from_value(_record_type)

        record_number: None | str | Unset = d.pop("recordNumber", UNSET)

        account = d.pop("account", UNSET)

        contact: int | None | Unset = d.pop("contact", UNSET)

        def _parse_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
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

        date = _parse_date(d.pop("date", UNSET))

        description: None | str | Unset = d.pop("description", UNSET)

        debit = d.pop("debit", UNSET)

        credit = d.pop("credit", UNSET)

        currency = d.pop("currency", UNSET)

        journal_entry_info = cls(
            id=id,
            business=business,
            record=record,
            record_type=record_type,
            record_number=record_number,
            account=account,
            contact=contact,
            date=date,
            description=description,
            debit=debit,
            credit=credit,
            currency=currency,
        )

        journal_entry_info.additional_properties = d
        return journal_entry_info

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
from ..models.transfer_date import TransferDate  # noqa: E402
