from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxRateInfo")


@_attrs_define
class TaxRateInfo:
    """
    Attributes:
        id (int | Unset):
        tax (int | Unset):
        rate (float | Unset):
        start_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate
            object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        end_date (datetime.date | None | str | TransferDate | Unset): A calendar date. Documented as a TransferDate
            object; also seen as a `yyyy-MM-dd`
            string. Any other value is kept as it came, so it survives a round trip.
        compound (bool | Unset):
        archived (bool | Unset):
        removed (bool | Unset):
        regions (list[RegionInfo] | Unset):
        period (None | PeriodInfo | Unset):
    """

    id: int | Unset = UNSET
    tax: int | Unset = UNSET
    rate: float | Unset = UNSET
    start_date: datetime.date | None | str | TransferDate | Unset = UNSET
    end_date: datetime.date | None | str | TransferDate | Unset = UNSET
    compound: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    removed: bool | Unset = UNSET
    regions: list[RegionInfo] | Unset = UNSET
    period: None | PeriodInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tax = self.tax

        rate = self.rate

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

        compound = self.compound

        archived = self.archived

        removed = self.removed

        regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.to_dict()
                regions.append(regions_item)

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, PeriodInfo):
            period = self.period.to_dict()
        else:
            period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tax is not UNSET:
            field_dict["tax"] = tax
        if rate is not UNSET:
            field_dict["rate"] = rate
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if compound is not UNSET:
            field_dict["compound"] = compound
        if archived is not UNSET:
            field_dict["archived"] = archived
        if removed is not UNSET:
            field_dict["removed"] = removed
        if regions is not UNSET:
            field_dict["regions"] = regions
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        tax = d.pop("tax", UNSET)

        rate = d.pop("rate", UNSET)

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

        compound = d.pop("compound", UNSET)

        archived = d.pop("archived", UNSET)

        removed = d.pop("removed", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[RegionInfo] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = RegionInfo.from_dict(regions_item_data)

                regions.append(regions_item)

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

        tax_rate_info = cls(
            id=id,
            tax=tax,
            rate=rate,
            start_date=start_date,
            end_date=end_date,
            compound=compound,
            archived=archived,
            removed=removed,
            regions=regions,
            period=period,
        )

        tax_rate_info.additional_properties = d
        return tax_rate_info

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
from ..models.period_info import PeriodInfo  # noqa: E402
from ..models.region_info import RegionInfo  # noqa: E402
from ..models.transfer_date import TransferDate  # noqa: E402
