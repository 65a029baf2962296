"""Conversions between the API's wire forms and Python values.

- dates: ``TransferDate`` objects, ``"yyyy-MM-dd"`` strings and ``datetime.date``;
- money: integer cents and ``Decimal``;
- timestamps: epoch milliseconds, ISO 8601 strings and timezone-aware ``datetime``.

Example::

    to_date(record.date)                 # datetime.date(2024, 2, 2), whatever form it came in
    cents_to_decimal(record.amount)      # Decimal('12.34')
    to_datetime(record.last_modified)    # datetime(..., tzinfo=UTC)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from dateutil.parser import isoparse

from kashoo_api_client.models.transfer_date import TransferDate
from kashoo_api_client.types import Unset

__all__ = [
    "cents_to_decimal",
    "decimal_to_cents",
    "from_transfer_date",
    "to_date",
    "to_datetime",
    "to_epoch_ms",
    "to_transfer_date",
]

_CENT = Decimal("0.01")


def to_date(value: TransferDate | dt.date | str | Mapping[str, Any]) -> dt.date:
    """A ``datetime.date`` from any form the API uses for a date.

    Accepts a ``TransferDate``, its JSON dict (``{"year", "month", "dayOfMonth"}``), a
    ``"yyyy-MM-dd"`` string or a ``datetime.date`` (a ``datetime`` gives its date).

    >>> to_date("2024-02-02")
    datetime.date(2024, 2, 2)
    >>> to_date({"year": 2024, "month": 2, "dayOfMonth": 2})
    datetime.date(2024, 2, 2)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"not a yyyy-MM-dd date: {value!r}") from None
    if isinstance(value, TransferDate):
        return from_transfer_date(value)
    if isinstance(value, Mapping):
        return from_transfer_date(TransferDate.from_dict(value))
    raise TypeError(f"expected a TransferDate, a date or a 'yyyy-MM-dd' string, got {type(value).__name__}")


def from_transfer_date(value: TransferDate) -> dt.date:
    """The ``datetime.date`` of a ``TransferDate`` (needs year, month and dayOfMonth).

    >>> from_transfer_date(TransferDate(year=2024, month=2, day_of_month=29))
    datetime.date(2024, 2, 29)
    """
    year, month, day = value.year, value.month, value.day_of_month
    if isinstance(year, Unset) or isinstance(month, Unset) or isinstance(day, Unset):
        raise ValueError(f"a TransferDate needs year, month and dayOfMonth, got {value.to_dict()!r}")
    return dt.date(year, month, day)


def to_transfer_date(value: dt.date | str) -> TransferDate:
    """A ``TransferDate`` (year, month, dayOfMonth) for a date or a ``"yyyy-MM-dd"`` string.

    >>> to_transfer_date(datetime.date(2024, 2, 2)).to_dict()
    {'year': 2024, 'month': 2, 'dayOfMonth': 2}
    """
    day = to_date(value)
    return TransferDate(year=day.year, month=day.month, day_of_month=day.day)


def cents_to_decimal(cents: int) -> Decimal:
    """An amount in integer cents as a ``Decimal`` in currency units.

    >>> cents_to_decimal(-1234)
    Decimal('-12.34')
    """
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError(f"cents must be an int, got {type(cents).__name__}")
    return (Decimal(cents) / 100).quantize(_CENT)


def decimal_to_cents(amount: Decimal | int | str, *, rounding: str | None = None) -> int:
    """An amount in currency units as integer cents.

    Refuses fractions of a cent unless a ``rounding`` mode (``decimal.ROUND_HALF_EVEN``...)
    is given; floats are refused because they cannot hold most cent values exactly.

    >>> decimal_to_cents(Decimal("12.34"))
    1234
    >>> decimal_to_cents("0.125", rounding=ROUND_HALF_EVEN)
    12
    """
    if isinstance(amount, float):
        raise TypeError("pass a Decimal or a str, not a float: floats cannot hold cents exactly")
    try:
        value = Decimal(amount)
    except (InvalidOperation, ValueError):
        raise ValueError(f"not an amount: {amount!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {amount!r}")
    cents = value * 100
    if cents != cents.to_integral_value():
        if rounding is None:
            raise ValueError(f"{amount!r} has a fraction of a cent: pass rounding=decimal.ROUND_HALF_EVEN")
        cents = cents.quantize(Decimal(1), rounding=rounding)
    return int(cents)


def to_datetime(value: int | float | str | dt.datetime) -> dt.datetime:
    """A timezone-aware ``datetime`` from epoch milliseconds, an ISO 8601 string or a datetime.

    Naive values (ISO strings without an offset, naive datetimes) are taken as UTC.

    >>> to_datetime(1698789858551)
    datetime.datetime(2023, 10, 31, 22, 4, 18, 551000, tzinfo=datetime.timezone.utc)
    """
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, bool):
        raise TypeError("expected epoch milliseconds, an ISO 8601 string or a datetime, got a bool")
    elif isinstance(value, int | float):
        return dt.datetime.fromtimestamp(value / 1000.0, dt.UTC)
    elif isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit():
            return dt.datetime.fromtimestamp(int(text) / 1000.0, dt.UTC)
        try:
            result = dt.datetime.fromisoformat(text)
        except ValueError:
            try:
                result = isoparse(text)
            except ValueError:
                raise ValueError(f"not an ISO 8601 timestamp or epoch milliseconds: {value!r}") from None
    else:
        raise TypeError(f"expected epoch milliseconds, an ISO 8601 string or a datetime, got {type(value).__name__}")
    return result if result.tzinfo is not None else result.replace(tzinfo=dt.UTC)


def to_epoch_ms(value: dt.datetime | int | str) -> int:
    """Epoch milliseconds (what ``modifiedSince`` takes) for a datetime, an ISO string or ms.

    Naive datetimes are refused: say which timezone you mean.

    >>> to_epoch_ms(datetime.datetime(2023, 10, 31, 22, 4, 18, 551000, tzinfo=datetime.UTC))
    1698789858551
    """
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        raise ValueError("a naive datetime is ambiguous: give it a tzinfo (for example datetime.UTC)")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    moment = to_datetime(value)
    return (moment - _EPOCH) // dt.timedelta(milliseconds=1)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
