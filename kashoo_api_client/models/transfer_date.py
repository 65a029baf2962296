from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.month_enum import MonthEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferDate")


@_attrs_define
class TransferDate:
    """A calendar date as the API's books engine sends it.

    Attributes:
        year (int | Unset):
        month (int | Unset): 1 to 12
        day_of_month (int | Unset):
        last_day_of_month (bool | Unset):
        max_day_of_month (int | Unset):
        first_day_of_month (bool | Unset):
        month_enum (MonthEnum | Unset):
        past (bool | Unset):
        future (bool | Unset):
        day_of_year (int | Unset):
        leap_year (bool | Unset):
    """

    year: int | Unset = UNSET
    month: int | Unset = UNSET
    day_of_month: int | Unset = UNSET
    last_day_of_month: bool | Unset = UNSET
    max_day_of_month: int | Unset = UNSET
    first_day_of_month: bool | Unset = UNSET
    month_enum: MonthEnum | Unset = UNSET
    past: bool | Unset = UNSET
    future: bool | Unset = UNSET
    day_of_year: int | Unset = UNSET
    leap_year: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        month = self.month

        day_of_month = self.day_of_month

        last_day_of_month = self.last_day_of_month

        max_day_of_month = self.max_day_of_month

        first_day_of_month = self.first_day_of_month

        month_enum: str | Unset = UNSET
        if not isinstance(self.month_enum, Unset):
            month_enum = self.month_enum.value

        past = self.past

        future = self.future

        day_of_year = self.day_of_year

        leap_year = self.leap_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if last_day_of_month is not UNSET:
            field_dict["lastDayOfMonth"] = last_day_of_month
        if max_day_of_month is not UNSET:
            field_dict["maxDayOfMonth"] = max_day_of_month
        if first_day_of_month is not UNSET:
            field_dict["firstDayOfMonth"] = first_day_of_month
        if month_enum is not UNSET:
            field_dict["monthEnum"] = month_enum
        if past is not UNSET:
            field_dict["past"] = past
        if future is not UNSET:
            field_dict["future"] = future
        if day_of_year is not UNSET:
            field_dict["dayOfYear"] = day_of_year
        if leap_year is not UNSET:
            field_dict["leapYear"] = leap_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        day_of_month = d.pop("dayOfMonth", UNSET)

        last_day_of_month = d.pop("lastDayOfMonth", UNSET)

        max_day_of_month = d.pop("maxDayOfMonth", UNSET)

        first_day_of_month = d.pop("firstDayOfMonth", UNSET)

        _month_enum = d.pop("monthEnum", UNSET)
        month_enum: MonthEnum | Unset
        if isinstance(_month_enum, Unset):
            month_enum = UNSET
        else:
            month_enum = MonthEnum.from_value(_month_enum)

        past = d.pop("past", UNSET)

        future = d.pop("future", UNSET)

        day_of_year = d.pop("dayOfYear", UNSET)

        leap_year = d.pop("leapYear", UNSET)

        transfer_date = cls(
            year=year,
            month=month,
            day_of_month=day_of_month,
            last_day_of_month=last_day_of_month,
            max_day_of_month=max_day_of_month,
            first_day_of_month=first_day_of_month,
            month_enum=month_enum,
            past=past,
            future=future,
            day_of_year=day_of_year,
            leap_year=leap_year,
        )

        transfer_date.additional_properties = d
        return transfer_date

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
