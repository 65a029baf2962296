from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractInvoiceInfo")


@_attrs_define
class ContractInvoiceInfo:
    """An invoice of the business's contract with Kashoo. Fields inferred.

    Attributes:
        id (int | Unset):
        business (int | Unset):
        plan (int | None | Unset):
        date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate object;
            also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        description (None | str | Unset):
        amount (int | Unset): Cents.
        currency (str | Unset):
        paid (bool | Unset):
    """

    id: int | Unset = UNSET
    business: int | Unset = UNSET
    plan: int | None | Unset = UNSET
    date: datetime.date | None | str | TransferDate | Unset = UNSET
    description: None | str | Unset = UNSET
    amount: int | Unset = UNSET
    currency: str | Unset = UNSET
    paid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business = self.business

        plan: int | None | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

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

        amount = self.amount

        currency = self.currency

        paid = self.paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business is not UNSET:
            field_dict["business"] = business
        if plan is not UNSET:
            field_dict["plan"] = plan
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if paid is not UNSET:
            field_dict["paid"] = paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

        plan: int | None | Unset = d.pop("plan", UNSET)

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

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        paid = d.pop("paid", UNSET)

        contract_invoice_info = cls(
            id=id,
            business=business,
            plan=plan,
            date=date,
            description=description,
            amount=amount,
            currency=currency,
            paid=paid,
        )

        contract_invoice_info.additional_properties = d
        return contract_invoice_info

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
