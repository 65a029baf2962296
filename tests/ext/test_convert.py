"""Dates, money and timestamps."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

import pytest

from kashoo_api_client.models.transfer_date import TransferDate
from kashoo_ext import (
    cents_to_decimal,
    decimal_to_cents,
    from_transfer_date,
    to_date,
    to_datetime,
    to_epoch_ms,
    to_transfer_date,
)


def test_dates_in_every_form() -> None:
    day = dt.date(2024, 2, 29)
    assert to_date("2024-02-29") == day
    assert to_date(day) == day
    assert to_date(dt.datetime(2024, 2, 29, 23, 59)) == day
    assert to_date(TransferDate(year=2024, month=2, day_of_month=29)) == day
    assert to_date({"year": 2024, "month": 2, "dayOfMonth": 29, "leapYear": True}) == day
    assert from_transfer_date(to_transfer_date(day)) == day
    assert to_transfer_date("2024-02-29").to_dict() == {"year": 2024, "month": 2, "dayOfMonth": 29}
    with pytest.raises(ValueError, match="yyyy-MM-dd"):
        to_date("29/02/2024")
    with pytest.raises(ValueError, match="needs year, month and dayOfMonth"):
        to_date(TransferDate(year=2024))
    with pytest.raises(TypeError):
        to_date(20240229)  # type: ignore[arg-type]


def test_money() -> None:
    assert cents_to_decimal(123456) == Decimal("1234.56")
    assert cents_to_decimal(-5) == Decimal("-0.05")
    assert decimal_to_cents(Decimal("1234.56")) == 123456
    assert decimal_to_cents("10") == 1000
    assert decimal_to_cents(7) == 700
    assert decimal_to_cents(Decimal("0.125"), rounding=ROUND_HALF_EVEN) == 12
    with pytest.raises(ValueError, match="fraction of a cent"):
        decimal_to_cents(Decimal("0.125"))
    with pytest.raises(TypeError, match="float"):
        decimal_to_cents(0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        decimal_to_cents("NaN")
    for cents in (0, 1, -1, 99, 10**15 + 7):
        assert decimal_to_cents(cents_to_decimal(cents)) == cents


def test_timestamps() -> None:
    moment = dt.datetime(2023, 10, 31, 22, 4, 18, 551000, tzinfo=dt.UTC)
    assert to_datetime(1698789858551) == moment
    assert to_datetime("1698789858551") == moment
    assert to_datetime("2023-10-31T22:04:18.551Z") == moment
    assert to_datetime("2023-10-31T22:04:18.551") == moment  # naive: UTC
    assert to_datetime("2023-10-31T15:04:18.551-07:00") == moment
    assert to_epoch_ms(moment) == 1698789858551
    assert to_epoch_ms("2023-10-31T22:04:18.551+00:00") == 1698789858551
    assert to_datetime(to_epoch_ms(moment)) == moment
    with pytest.raises(ValueError, match="naive"):
        to_epoch_ms(dt.datetime(2023, 1, 1))
    with pytest.raises(ValueError, match="ISO 8601"):
        to_datetime("yesterday")
