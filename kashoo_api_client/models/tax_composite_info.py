from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxCompositeInfo")


@_attrs_define
class TaxCompositeInfo:
    """A v2 (composite) tax, made of rates that change over time.

    Attributes:
        rates (list[TaxRateInfo]):
        id (int | Unset):
        business (int | Unset):
        name (str | Unset):
        description (None | str | Unset):
        lazy_rounding (bool | Unset):
        system (bool | Unset):
        removed (bool | Unset):
        archived (bool | Unset):
        can_be_registered (bool | Unset):
        can_be_recovered (bool | Unset):
        registered_default (bool | Unset):
        recovered_default (bool | Unset):
        accounts (BusinessTaxAccountConfig | None | Unset):
        configuration (list[TaxConfigurationInfo] | Unset):
    """

    rates: list[TaxRateInfo]
    id: int | Unset = UNSET
    business: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    lazy_rounding: bool | Unset = UNSET
    system: bool | Unset = UNSET
    removed: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    can_be_registered: bool | Unset = UNSET
    can_be_recovered: bool | Unset = UNSET
    registered_default: bool | Unset = UNSET
    recovered_default: bool | Unset = UNSET
    accounts: BusinessTaxAccountConfig | None | Unset = UNSET
    configuration: list[TaxConfigurationInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rates = []
        for rates_item_data in self.rates:
            rates_item = rates_item_data.to_dict()
            rates.append(rates_item)

        id = self.id

        business = self.business

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        lazy_rounding = self.lazy_rounding

        system = self.system

        removed = self.removed

        archived = self.archived

        can_be_registered = self.can_be_registered

        can_be_recovered = self.can_be_recovered

        registered_default = self.registered_default

        recovered_default = self.recovered_default

        accounts: dict[str, Any] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        elif isinstance(self.accounts, BusinessTaxAccountConfig):
            accounts = self.accounts.to_dict()
        else:
            accounts = self.accounts

        configuration: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = []
            for configuration_item_data in self.configuration:
                configuration_item = configuration_item_data.to_dict()
                configuration.append(configuration_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rates": rates,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if business is not UNSET:
            field_dict["business"] = business
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if lazy_rounding is not UNSET:
            field_dict["lazyRounding"] = lazy_rounding
        if system is not UNSET:
            field_dict["system"] = system
        if removed is not UNSET:
            field_dict["removed"] = removed
        if archived is not UNSET:
            field_dict["archived"] = archived
        if can_be_registered is not UNSET:
            field_dict["canBeRegistered"] = can_be_registered
        if can_be_recovered is not UNSET:
            field_dict["canBeRecovered"] = can_be_recovered
        if registered_default is not UNSET:
            field_dict["registeredDefault"] = registered_default
        if recovered_default is not UNSET:
            field_dict["recoveredDefault"] = recovered_default
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rates = []
        _rates = d.pop("rates")
        for rates_item_data in _rates:
            rates_item = TaxRateInfo.from_dict(rates_item_data)

            rates.append(rates_item)

        id = d.pop("id", UNSET)

        business = d.pop("business", UNSET)

        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        lazy_rounding = d.pop("lazyRounding", UNSET)

        system = d.pop("system", UNSET)

        removed = d.pop("removed", UNSET)

        archived = d.pop("archived", UNSET)

        can_be_registered = d.pop("canBeRegistered", UNSET)

        can_be_recovered = d.pop("canBeRecovered", UNSET)

        registered_default = d.pop("registeredDefault", UNSET)

        recovered_default = d.pop("recoveredDefault", UNSET)

        def _parse_accounts(data: object) -> BusinessTaxAccountConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    accounts_type_0 = BusinessTaxAccountConfig.from_dict(data)

                    return accounts_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(BusinessTaxAccountConfig | None | Unset, data)

        accounts = _parse_accounts(d.pop("accounts", UNSET))

        _configuration = d.pop("configuration", UNSET)
        configuration: list[TaxConfigurationInfo] | Unset = UNSET
        if _configuration is not UNSET:
            configuration = []
            for configuration_item_data in _configuration:
                configuration_item = TaxConfigurationInfo.from_dict(configuration_item_data)

                configuration.append(configuration_item)

        tax_composite_info = cls(
            rates=rates,
            id=id,
            business=business,
            name=name,
            description=description,
            lazy_rounding=lazy_rounding,
            system=system,
            removed=removed,
            archived=archived,
            can_be_registered=can_be_registered,
            can_be_recovered=can_be_recovered,
            registered_default=registered_default,
            recovered_default=recovered_default,
            accounts=accounts,
            configuration=configuration,
        )

        tax_composite_info.additional_properties = d
        return tax_composite_info

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
from ..models.tax_configuration_info import TaxConfigurationInfo  # noqa: E402
from ..models.tax_rate_info import TaxRateInfo  # noqa: E402
