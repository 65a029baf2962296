from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_type import RecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceInfo")


@_attrs_define
class SequenceInfo:
    """
    Attributes:
        type_ (RecordType | Unset): The type of a record. Open: a value not listed here (such as `CREDIT_NOTE`, or the
            legacy lowercase `invoice`) is kept as it came.
        number (str | Unset):
    """

    type_: RecordType | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: RecordType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RecordType.from_value(_type_)

        number = d.pop("number", UNSET)

        sequence_info = cls(
            type_=type_,
            number=number,
        )

        sequence_info.additional_properties = d
        return sequence_info

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
