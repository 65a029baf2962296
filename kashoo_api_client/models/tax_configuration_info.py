from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxConfigurationInfo")


@_attrs_define
class TaxConfigurationInfo:
    """
    Attributes:
        id (int | Unset):
        business_tax_account_config (BusinessTaxAccountConfig | None | Unset):
        registered (bool | Unset):
        recoverable (bool | Unset):
        start_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate
            object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        end_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate
            object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        registration_number (None | str | Unset):
        archived (bool | Unset):
        removed (bool | Unset):
        business (int | Unset):
        actual_end_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a
            TransferDate object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        period (None | PeriodInfo | Unset):
        tax (int | Unset):
    """

    id: int | Unset = UNSET
    business_tax_account_config: BusinessTaxAccountConfig | None | Unset = UNSET
    registered: bool | Unset = UNSET
    recoverable: bool | Unset = UNSET
    start_date: datetime.date | None | str | TransferDate | Unset = UNSET
    end_date: datetime.date | None | str | TransferDate | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    archived: bool | Unset = UNSET
    removed: bool | Unset = UNSET
    business: int | Unset = UNSET
    actual_end_date: datetime.date | None | str | TransferDate | Unset = UNSET
    period: None | PeriodInfo | Unset = UNSET
    tax: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business_tax_account_config: dict[str, Any] | None | Unset
        if isinstance(self.business_tax_account_config, Unset):
            business_tax_account_config = UNSET
        elif isinstance(self.business_tax_account_config, BusinessTaxAccountConfig):
            business_tax_account_config = self.business_tax_account_config.to_dict()
        else:
            business_tax_account_config = self.business_tax_account_config

        registered = self.registered

        recoverable = self.recoverable

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

        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number

        archived = self.archived

        removed = self.removed

        business = self.business

        actual_end_date: dict[str, Any] | None | str | Unset
        if isinstance(self.actual_end_date, Unset):
            actual_end_date = UNSET
        elif isinstance(self.actual_end_date, TransferDate):
            actual_end_date = self.actual_end_date.to_dict()
        elif isinstance(self.actual_end_date, datetime.date):
            actual_end_date = self.actual_end_date.isoformat()
        else:
            actual_end_date = self.actual_end_date

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, PeriodInfo):
            period = self.period.to_dict()
        else:
            period = self.period

        tax = self.tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business_tax_account_config is not UNSET:
            field_dict["businessTaxAccountConfig"] = business_tax_account_config
        if registered is not UNSET:
            field_dict["registered"] = registered
        if recoverable is not UNSET:
            field_dict["recoverable"] = recoverable
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if registration_number is not UNSET:
            field_dict["registrationNumber"] = registration_number
        if archived is not UNSET:
            field_dict["archived"] = archived
        if removed is not UNSET:
            field_dict["removed"] = removed
        if business is not UNSET:
            field_dict["business"] = business
        if actual_end_date is not UNSET:
            field_dict["actualEndDate"] = actual_end_date
        if period is not UNSET:
            field_dict["period"] = period
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_business_tax_account_config(data: object) -> BusinessTaxAccountConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    business_tax_account_config_type_0 = BusinessTaxAccountConfig.from_dict(data)

                    return business_tax_account_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(BusinessTaxAccountConfig | None | Unset, data)

        business_tax_account_config = _parse_business_tax_account_config(d.pop("businessTaxAccountConfig", UNSET))

        registered = d.pop("registered", UNSET)

        recoverable = d.pop("recoverable", UNSET)

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

        registration_number: None | str | Unset = d.pop("registrationNumber", UNSET)

        archived = d.pop("archived", UNSET)

        removed = d.pop("removed", UNSET)

        business = d.pop("business", UNSET)

        def _parse_actual_end_date(data: object) -> datetime.date | None | str | TransferDate | Unset:
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

        actual_end_date = _parse_actual_end_date(d.pop("actualEndDate", UNSET))

        def _parse_period(data: object) -> None | PeriodInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    period_type_0 = PeriodInfo.from_dict(data)

                    return period_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(None | PeriodInfo | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        tax = d.pop("tax", UNSET)

        tax_configuration_info = cls(
            id=id,
            business_tax_account_config=business_tax_account_config,
            registered=registered,
            recoverable=recoverable,
            start_date=start_date,
            end_date=end_date,
            registration_number=registration_number,
            archived=archived,
            removed=removed,
            business=business,
            actual_end_date=actual_end_date,
            period=period,
            tax=tax,
        )

        tax_configuration_info.additional_properties = d
        return tax_configuration_info

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
from ..models.business_tax_account_config import BusinessTaxAccountConfig  # noqa: E402
from ..models.period_info import PeriodInfo  # noqa: E402
from ..models.transfer_date import TransferDate  # noqa: E402
