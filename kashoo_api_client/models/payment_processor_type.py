from enum import StrEnum
from typing import Self, cast


class PaymentProcessorType(StrEnum):
    """Open enumeration: a value the spec does not list is kept, not rejected.

    ``PaymentProcessorType("SOMETHING_NEW")`` returns a member-like value whose ``.value``
    is ``"SOMETHING_NEW"``; ``is_known`` tells the listed members from such values.
    """

    APPLE = "APPLE"
    BEANSTREAM = "BEANSTREAM"
    NONE = "NONE"

    @classmethod
    def from_value(cls, value: str) -> Self:
        """``cls(value)``, with a dict lookup first: parsing a page calls this per field."""
        member = cls._value2member_map_.get(value)
        return cast(Self, member) if member is not None else cls(value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # The API adds values the docs never listed; keep them so that to_dict() writes
        # them back unchanged instead of losing the whole response to a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """True for the values the spec lists."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
