from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_type import RecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceInfo")


@_attrs_define
class InvoiceInfo:
    """An invoice (a record with type INVOICE).

    Attributes:
        id (int | Unset):
        business (int | Unset):
        description (None | str | Unset):
        memo (None | str | Unset):
        exchange_rate (float | None | Unset):
        contact (int | None | Unset):
        currency (str | Unset):
        account (int | None | Unset):
        date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate object;
            also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        collaboration_context (int | None | Unset):
        number (None | str | Unset):
        contact_name (None | str | Unset):
        removed (bool | Unset):
        read_only (bool | Unset):
        home_currency (None | str | Unset):
        project (int | None | Unset):
        project_name (None | str | Unset):
        creation (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time string,
            also seen as epoch
            milliseconds. Any other value is kept as it came.
        last_modified (datetime.datetime | int | None | Unset): A point in time: documented as an ISO-8601 date-time
            string, also seen as epoch
            milliseconds. Any other value is kept as it came.
        inbox_reference (None | str | Unset):
        foreign_currency (bool | Unset):
        record_attachments (list[RecordAttachmentInfo] | Unset):
        allow_zero_amounts (bool | Unset):
        type_ (RecordType | Unset): The type of a record. Open: a value not listed here (such as `CREDIT_NOTE`, or the
            legacy lowercase `invoice`) is kept as it came.
        links (list[LinkInfo] | Unset):
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

    id: int | Unset = UNSET
    business: int | Unset = UNSET
    description: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    exchange_rate: float | None | Unset = UNSET
    contact: int | None | Unset = UNSET
    currency: str | Unset = UNSET
    account: int | None | Unset = UNSET
    date: datetime.date | None | str | TransferDate | Unset = UNSET
    collaboration_context: int | None | Unset = UNSET
    number: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    removed: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    home_currency: None | str | Unset = UNSET
    project: int | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    creation: datetime.datetime | int | None | Unset = UNSET
    last_modified: datetime.datetime | int | None | Unset = UNSET
    inbox_reference: None | str | Unset = UNSET
    foreign_currency: bool | Unset = UNSET
    record_attachments: list[RecordAttachmentInfo] | Unset = UNSET
    allow_zero_amounts: bool | Unset = UNSET
    type_: RecordType | Unset = UNSET
    links: list[LinkInfo] | Unset = UNSET
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
        id = self.id

        business = self.business

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        exchange_rate: float | None | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        contact: int | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        currency = self.currency

        account: int | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        date: dict[str, Any] | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, TransferDate):
            date = self.date.to_dict()
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        collaboration_context: int | None | Unset
        if isinstance(self.collaboration_context, Unset):
            collaboration_context = UNSET
        else:
            collaboration_context = self.collaboration_context

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        removed = self.removed

        read_only = self.read_only

        home_currency: None | str | Unset
        if isinstance(self.home_currency, Unset):
            home_currency = UNSET
        else:
            home_currency = self.home_currency

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        creation: int | None | str | Unset
        if isinstance(self.creation, Unset):
            creation = UNSET
        elif isinstance(self.creation, datetime.datetime):
            creation = self.creation.isoformat()
        else:
            creation = self.creation

        last_modified: int | None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        inbox_reference: None | str | Unset
        if isinstance(self.inbox_reference, Unset):
            inbox_reference = UNSET
        else:
            inbox_reference = self.inbox_reference

        foreign_currency = self.foreign_currency

        record_attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_attachments, Unset):
            record_attachments = []
            for record_attachments_item_data in self.record_attachments:
                record_attachments_item = record_attachments_item_data.to_dict()
                record_attachments.append(record_attachments_item)

        allow_zero_amounts = self.allow_zero_amounts

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

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
        if id is not UNSET:
            field_dict["id"] = id
        if business is not UNSET:
            field_dict["business"] = business
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if contact is not UNSET:
            field_dict["contact"] = contact
        if currency is not UNSET:
            field_dict["currency"] = currency
        if account is not UNSET:
            field_dict["account"] = account
        if date is not UNSET:
            field_dict["date"] = date
        if collaboration_context is not UNSET:
            field_dict["collaborationContext"] = collaboration_context
        if number is not UNSET:
            field_dict["number"] = number
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        if removed is not UNSET:
            field_dict["removed"] = removed
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if home_currency is not UNSET:
            field_dict["homeCurrency"] = home_currency
        if project is not UNSET:
            field_dict["project"] = project
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if creation is not UNSET:
            field_dict["creation"] = creation
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if inbox_reference is not UNSET:
            field_dict["inboxReference"] = inbox_reference
        if foreign_currency is not UNSET:
            field_dict["foreignCurrency"] = foreign_currency
        if record_attachments is not UNSET:
            field_dict["recordAttachments"] = record_attachments
        if allow_zero_amounts is not UNSET:
            field_dict["allowZeroAmounts"] = allow_zero_amounts
        if type_ is not UNSET:
            field_dict["type"] = type_
        if links is not UNSET:
            field_dict["links"] = links
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
        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        memo: None | str | Unset = d.pop("memo", UNSET)

        exchange_rate: float | None | Unset = d.pop("exchangeRate", UNSET)

        contact: int | None | Unset = d.pop("contact", UNSET)

        currency = d.pop("currency", UNSET)

        account: int | None | Unset = d.pop("account", UNSET)

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

        collaboration_context: int | None | Unset = d.pop("collaborationContext", UNSET)

        number: None | str | Unset = d.pop("number", UNSET)

        contact_name: None | str | Unset = d.pop("contactName", UNSET)

        removed = d.pop("removed", UNSET)

        read_only = d.pop("readOnly", UNSET)

        home_currency: None | str | Unset = d.pop("homeCurrency", UNSET)

        project: int | None | Unset = d.pop("project", UNSET)

        project_name: None | str | Unset = d.pop("projectName", UNSET)

        def _parse_creation(data: object) -> datetime.datetime | int | None | Unset:
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

        creation = _parse_creation(d.pop("creation", UNSET))

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

        inbox_reference: None | str | Unset = d.pop("inboxReference", UNSET)

        foreign_currency = d.pop("foreignCurrency", UNSET)

        _record_attachments = d.pop("recordAttachments", UNSET)
        record_attachments: list[RecordAttachmentInfo] | Unset = UNSET
        if _record_attachments is not UNSET:
            record_attachments = []
            for record_attachments_item_data in _record_attachments:
                record_attachments_item = RecordAttachmentInfo.from_dict(record_attachments_item_data)

                record_attachments.append(record_attachments_item)

        allow_zero_amounts = d.pop("allowZeroAmounts", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RecordType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RecordType.from_value(_type_)

        _links = d.pop("links", UNSET)
        links: list[LinkInfo] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkInfo.from_dict(links_item_data)

                links.append(links_item)

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

        invoice_info = cls(
            id=id,
            business=business,
            description=description,
            memo=memo,
            exchange_rate=exchange_rate,
            contact=contact,
            currency=currency,
            account=account,
            date=date,
            collaboration_context=collaboration_context,
            number=number,
            contact_name=contact_name,
            removed=removed,
            read_only=read_only,
            home_currency=home_currency,
            project=project,
            project_name=project_name,
            creation=creation,
            last_modified=last_modified,
            inbox_reference=inbox_reference,
            foreign_currency=foreign_currency,
            record_attachments=record_attachments,
            allow_zero_amounts=allow_zero_amounts,
            type_=type_,
            links=links,
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

        invoice_info.additional_properties = d
        return invoice_info

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
from ..models.link_info import LinkInfo  # noqa: E402
from ..models.payment_allocation_in import PaymentAllocationIn  # noqa: E402
from ..models.record_attachment_info import RecordAttachmentInfo  # noqa: E402
from ..models.record_tax_amount import RecordTaxAmount  # noqa: E402
from ..models.transfer_date import TransferDate  # noqa: E402
