from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_processor_type import PaymentProcessorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanInfo")


@_attrs_define
class PlanInfo:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (None | str | Unset):
        currency (str | Unset):
        monthly_price (int | Unset): Cents.
        annual_price (int | Unset): Cents.
        tax_code (None | str | Unset):
        upgrade_payment_amount (int | None | Unset):
        selectable (bool | Unset):
        external_description (None | str | Unset):
        num_of_additional_users (int | Unset):
        expiry_days (int | None | Unset):
        free (bool | Unset):
        free_trial (bool | Unset):
        payment_processor_type (PaymentProcessorType | Unset):
        delay_of_initial_payment_in_days (int | None | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    monthly_price: int | Unset = UNSET
    annual_price: int | Unset = UNSET
    tax_code: None | str | Unset = UNSET
    upgrade_payment_amount: int | None | Unset = UNSET
    selectable: bool | Unset = UNSET
    external_description: None | str | Unset = UNSET
    num_of_additional_users: int | Unset = UNSET
    expiry_days: int | None | Unset = UNSET
    free: bool | Unset = UNSET
    free_trial: bool | Unset = UNSET
    payment_processor_type: PaymentProcessorType | Unset = UNSET
    delay_of_initial_payment_in_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency = self.currency

        monthly_price = self.monthly_price

        annual_price = self.annual_price

        tax_code: None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = self.tax_code

        upgrade_payment_amount: int | None | Unset
        if isinstance(self.upgrade_payment_amount, Unset):
            upgrade_payment_amount = UNSET
        else:
            upgrade_payment_amount = self.upgrade_payment_amount

        selectable = self.selectable

        external_description: None | str | Unset
        if isinstance(self.external_description, Unset):
            external_description = UNSET
        else:
            external_description = self.external_description

        num_of_additional_users = self.num_of_additional_users

        expiry_days: int | None | Unset
        if isinstance(self.expiry_days, Unset):
            expiry_days = UNSET
        else:
            expiry_days = self.expiry_days

        free = self.free

        free_trial = self.free_trial

        payment_processor_type: str | Unset = UNSET
        if not isinstance(self.payment_processor_type, Unset):
            payment_processor_type = self.payment_processor_type.value

        delay_of_initial_payment_in_days: int | None | Unset
        if isinstance(self.delay_of_initial_payment_in_days, Unset):
            delay_of_initial_payment_in_days = UNSET
        else:
            delay_of_initial_payment_in_days = self.delay_of_initial_payment_in_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if currency is not UNSET:
            field_dict["currency"] = currency
        if monthly_price is not UNSET:
            field_dict["monthlyPrice"] = monthly_price
        if annual_price is not UNSET:
            field_dict["annualPrice"] = annual_price
        if tax_code is not UNSET:
            field_dict["taxCode"] = tax_code
        if upgrade_payment_amount is not UNSET:
            field_dict["upgradePaymentAmount"] = upgrade_payment_amount
        if selectable is not UNSET:
            field_dict["selectable"] = selectable
        if external_description is not UNSET:
            field_dict["externalDescription"] = external_description
        if num_of_additional_users is not UNSET:
            field_dict["numOfAdditionalUsers"] = num_of_additional_users
        if expiry_days is not UNSET:
            field_dict["expiryDays"] = expiry_days
        if free is not UNSET:
            field_dict["free"] = free
        if free_trial is not UNSET:
            field_dict["freeTrial"] = free_trial
        if payment_processor_type is not UNSET:
            field_dict["paymentProcessorType"] = payment_processor_type
        if delay_of_initial_payment_in_days is not UNSET:
            field_dict["delayOfInitialPaymentInDays"] = delay_of_initial_payment_in_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        currency = d.pop("currency", UNSET)

        monthly_price = d.pop("monthlyPrice", UNSET)

        annual_price = d.pop("annualPrice", UNSET)

        tax_code: None | str | Unset = d.pop("taxCode", UNSET)

        upgrade_payment_amount: int | None | Unset = d.pop("upgradePaymentAmount", UNSET)

        selectable = d.pop("selectable", UNSET)

        external_description: None | str | Unset = d.pop("externalDescription", UNSET)

        num_of_additional_users = d.pop("numOfAdditionalUsers", UNSET)

        expiry_days: int | None | Unset = d.pop("expiryDays", UNSET)

        free = d.pop("free", UNSET)

        free_trial = d.pop("freeTrial", UNSET)

        _payment_processor_type = d.pop("paymentProcessorType", UNSET)
        payment_processor_type: PaymentProcessorType | Unset
        if isinstance(_payment_processor_type, Unset):
            payment_processor_type = UNSET
        else:
            payment_processor_type = PaymentProcessorType.from_value(_payment_processor_type)

        delay_of_initial_payment_in_days: int | None | Unset = d.pop("delayOfInitialPaymentInDays", UNSET)

        plan_info = cls(
            id=id,
            name=name,
            description=description,
            currency=currency,
            monthly_price=monthly_price,
            annual_price=annual_price,
            tax_code=tax_code,
            upgrade_payment_amount=upgrade_payment_amount,
            selectable=selectable,
            external_description=external_description,
            num_of_additional_users=num_of_additional_users,
            expiry_days=expiry_days,
            free=free,
            free_trial=free_trial,
            payment_processor_type=payment_processor_type,
            delay_of_initial_payment_in_days=delay_of_initial_payment_in_days,
        )

        plan_info.additional_properties = d
        return plan_info

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
