from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLikeFields")


@_attrs_define
class InvoiceLikeFields:
    """Fields of invoices and bills. The names of `allocations`, `dueDate`, `taxes`,
    `taxAmounts` and `lineItems` were lost in the reference and are inferred.

        Attributes:
            allocations (list[PaymentAllocationIn] | Unset):
            terms (None | str | Unset):
            due_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate
                object; also seen as a `yyyy-MM-dd`
                string. Any other value is kept as it came, so it survives a round trip.
            po_number (None | str | Unset):
            taxes (list[LegacyTaxEntryInfo] | Unset):
            total_due (int | Unset): Cents.
            balance_due (int | Unset): Cents.
            paid (bool | Unset):
            exchange_payment (bool | Unset):
            keep_in_original_currency (bool | Unset):
            balance_due_formatted (None | str | Unset):
            total_due_formatted (None | str | Unset):
            total_before_taxes (int | Unset):
            tax_amounts (list[RecordTaxAmount] | Unset):
            total_local_due (int | Unset):
            paid_invoice (bool | Unset):
            total_paid_immediately (int | Unset):
            total_paid_later (int | Unset):
            total_paid (int | Unset):
            income (bool | Unset):
            line_items (list[LineItemInfo] | Unset):
    """

    allocations: list[PaymentAllocationIn] | Unset = UNSET
    terms: None | str | Unset = UNSET
    due_date: datetime.date | None | str | TransferDate | Unset = UNSET
    po_number: None | str | Unset = UNSET
    taxes: list[LegacyTaxEntryInfo] | Unset = UNSET
    total_due: int | Unset = UNSET
    balance_due: int | Unset = UNSET
    paid: bool | Unset = UNSET
    exchange_payment: bool | Unset = UNSET
    keep_in_original_currency: bool | Unset = UNSET
    balance_due_formatted: None | str | Unset = UNSET
    total_due_formatted: None | str | Unset = UNSET
    total_before_taxes: int | Unset = UNSET
    tax_amounts: list[RecordTaxAmount] | Unset = UNSET
    total_local_due: int | Unset = UNSET
    paid_invoice: bool | Unset = UNSET
    total_paid_immediately: int | Unset = UNSET
    total_paid_later: int | Unset = UNSET
    total_paid: int | Unset = UNSET
    income: bool | Unset = UNSET
    line_items: list[LineItemInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        due_date: dict[str, Any] | None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, TransferDate):
            due_date = self.due_date.to_dict()
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        po_number: None | str | Unset
        if isinstance(self.po_number, Unset):
            po_number = UNSET
        else:
            po_number = self.po_number

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        total_due = self.total_due

        balance_due = self.balance_due

        paid = self.paid

        exchange_payment = self.exchange_payment

        keep_in_original_currency = self.keep_in_original_currency

        balance_due_formatted: None | str | Unset
        if isinstance(self.balance_due_formatted, Unset):
            balance_due_formatted = UNSET
        else:
            balance_due_formatted = self.balance_due_formatted

        total_due_formatted: None | str | Unset
        if isinstance(self.total_due_formatted, Unset):
            total_due_formatted = UNSET
        else:
            total_due_formatted = self.total_due_formatted

        total_before_taxes = self.total_before_taxes

        tax_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_amounts, Unset):
            tax_amounts = []
            for tax_amounts_item_data in self.tax_amounts:
                tax_amounts_item = tax_amounts_item_data.to_dict()
                tax_amounts.append(tax_amounts_item)

        total_local_due = self.total_local_due

        paid_invoice = self.paid_invoice

        total_paid_immediately = self.total_paid_immediately

        total_paid_later = self.total_paid_later

        total_paid = self.total_paid

        income = self.income

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if terms is not UNSET:
            field_dict["terms"] = terms
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if total_due is not UNSET:
            field_dict["totalDue"] = total_due
        if balance_due is not UNSET:
            field_dict["balanceDue"] = balance_due
        if paid is not UNSET:
            field_dict["paid"] = paid
        if exchange_payment is not UNSET:
            field_dict["exchangePayment"] = exchange_payment
        if keep_in_original_currency is not UNSET:
            field_dict["keepInOriginalCurrency"] = keep_in_original_currency
        if balance_due_formatted is not UNSET:
            field_dict["balanceDueFormatted"] = balance_due_formatted
        if total_due_formatted is not UNSET:
            field_dict["totalDueFormatted"] = total_due_formatted
        if total_before_taxes is not UNSET:
            field_dict["totalBeforeTaxes"] = total_before_taxes
        if tax_amounts is not UNSET:
            field_dict["taxAmounts"] = tax_amounts
        if total_local_due is not UNSET:
            field_dict["totalLocalDue"] = total_local_due
        if paid_invoice is not UNSET:
            field_dict["paidInvoice"] = paid_invoice
        if total_paid_immediately is not UNSET:
            field_dict["totalPaidImmediately"] = total_paid_immediately
        if total_paid_later is not UNSET:
            field_dict["totalPaidLater"] = total_paid_later
        if total_paid is not UNSET:
            field_dict["totalPaid"] = total_paid
        if income is not UNSET:
            field_dict["income"] = income
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _allocations = d.pop("allocations", UNSET)
        allocations: list[PaymentAllocationIn] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = PaymentAllocationIn.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        terms: None | str | Unset = d.pop("terms", UNSET)

        def _parse_due_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
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

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        po_number: None | str | Unset = d.pop("poNumber", UNSET)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[LegacyTaxEntryInfo] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = LegacyTaxEntryInfo.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        total_due = d.pop("totalDue", UNSET)

        balance_due = d.pop("balanceDue", UNSET)

        paid = d.pop("paid", UNSET)

        exchange_payment = d.pop("exchangePayment", UNSET)

        keep_in_original_currency = d.pop("keepInOriginalCurrency", UNSET)

        balance_due_formatted: None | str | Unset = d.pop("balanceDueFormatted", UNSET)

        total_due_formatted: None | str | Unset = d.pop("totalDueFormatted", UNSET)

        total_before_taxes = d.pop("totalBeforeTaxes", UNSET)

        _tax_amounts = d.pop("taxAmounts", UNSET)
        tax_amounts: list[RecordTaxAmount] | Unset = UNSET
        if _tax_amounts is not UNSET:
            tax_amounts = []
            for tax_amounts_item_data in _tax_amounts:
                tax_amounts_item = RecordTaxAmount.from_dict(tax_amounts_item_data)

                tax_amounts.append(tax_amounts_item)

        total_local_due = d.pop("totalLocalDue", UNSET)

        paid_invoice = d.pop("paidInvoice", UNSET)

        total_paid_immediately = d.pop("totalPaidImmediately", UNSET)

        total_paid_later = d.pop("totalPaidLater", UNSET)

        total_paid = d.pop("totalPaid", UNSET)

        income = d.pop("income", UNSET)

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[LineItemInfo] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = LineItemInfo.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        invoice_like_fields = cls(
            allocations=allocations,
            terms=terms,
            due_date=due_date,
            po_number=po_number,
            taxes=taxes,
            total_due=total_due,
            balance_due=balance_due,
            paid=paid,
            exchange_payment=exchange_payment,
            keep_in_original_currency=keep_in_original_currency,
            balance_due_formatted=balance_due_formatted,
            total_due_formatted=total_due_formatted,
            total_before_taxes=total_before_taxes,
            tax_amounts=tax_amounts,
            total_local_due=total_local_due,
            paid_invoice=paid_invoice,
            total_paid_immediately=total_paid_immediately,
            total_paid_later=total_paid_later,
            total_paid=total_paid,
            income=income,
            line_items=line_items,
        )

        invoice_like_fields.additional_properties = d
        return invoice_like_fields

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
from ..models.legacy_tax_entry_info import LegacyTaxEntryInfo  # noqa: E402
from ..models.line_item_info import LineItemInfo  # noqa: E402
from ..models.payment_allocation_in import PaymentAllocationIn  # noqa: E402
from ..models.record_tax_amount import RecordTaxAmount  # noqa: E402
from ..models.transfer_date import TransferDate  # noqa: E402
