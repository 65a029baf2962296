"""Reading untrusted input values (JSON bodies, query strings) and the date formats of the API."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from typing import Any

from .errors import bad_request

INT64_MAX = 2**63 - 1
# Money beyond ten trillion dollars is a typo; the bound keeps every sum inside int64.
MAX_CENTS = 10**15
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTHS = [m.upper() for m in calendar.month_name[1:]]


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def opt_id(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if not is_int(value) or not 0 < value <= INT64_MAX:
        raise bad_request(f"{key} must be an id (a positive int64)")
    return int(value)


def cents(value: Any, key: str, *, allow_negative: bool = True) -> int:
    if not is_int(value) or abs(value) > MAX_CENTS or (value < 0 and not allow_negative):
        raise bad_request(f"{key} must be an integer number of cents (at most {MAX_CENTS})")
    return int(value)


def number(value: Any, key: str, *, limit: float = 1e9) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise bad_request(f"{key} must be a number")
    if abs(value) > limit:
        raise bad_request(f"{key} is out of range")
    return float(value)


def opt_str(data: dict[str, Any], key: str, *, limit: int = 10_000) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise bad_request(f"{key} must be a string")
    return value


def opt_bool(data: dict[str, Any], key: str) -> bool | None:
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise bad_request(f"{key} must be a boolean")


# ---------------------------------------------------------------- dates
def parse_date(value: Any, key: str) -> str | None:
    """A body date (TransferDate object or yyyy-MM-dd string) as canonical yyyy-MM-dd."""
    if value is None:
        return None
    if isinstance(value, str):
        # A date-time string is taken for its date, as the books engine does.
        text = value[:10] if len(value) > 10 and value[10:11] == "T" else value
        return _check_date(text, key)
    if isinstance(value, dict):
        y, m, d = value.get("year"), value.get("month"), value.get("dayOfMonth")
        if isinstance(y, int) and isinstance(m, int) and isinstance(d, int) and is_int(y):
            try:
                return dt.date(y, m, d).isoformat()
            except (ValueError, OverflowError):
                pass
    raise bad_request(f"{key} must be a date: yyyy-MM-dd or a TransferDate object")


def query_date(value: str | None, key: str) -> str | None:
    return None if value is None else _check_date(value, key)


def _check_date(text: str, key: str) -> str:
    if _DATE.match(text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise bad_request(f"{key} must be a date as yyyy-MM-dd")


def add_days(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def today() -> str:
    return dt.date.today().isoformat()


def transfer_date(text: str) -> dict[str, Any]:
    """The TransferDate object the books engine sends for a yyyy-MM-dd date."""
    d = dt.date.fromisoformat(text)
    last = calendar.monthrange(d.year, d.month)[1]
    now = dt.date.today()
    return {
        "year": d.year,
        "month": d.month,
        "dayOfMonth": d.day,
        "lastDayOfMonth": d.day == last,
        "maxDayOfMonth": last,
        "firstDayOfMonth": d.day == 1,
        "monthEnum": MONTHS[d.month - 1],
        "past": d < now,
        "future": d > now,
        "dayOfYear": d.timetuple().tm_yday,
        "leapYear": calendar.isleap(d.year),
    }


def iso_ms(ms: int) -> str:
    """Epoch milliseconds as an ISO-8601 UTC date-time."""
    moment = dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


# ---------------------------------------------------------------- query strings
def query_int(value: str | None, key: str, default: int | None, *, minimum: int = 0) -> int | None:
    if value is None or value == "":
        return default
    try:
        result = int(value)
    except ValueError:
        raise bad_request(f"{key} must be an integer") from None
    if not minimum <= result <= INT64_MAX:
        raise bad_request(f"{key} must be an integer >= {minimum}")
    return result


def query_bool(value: str | None, key: str) -> bool:
    if value is None or value == "":
        return False
    lowered = value.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise bad_request(f"{key} must be true or false")
