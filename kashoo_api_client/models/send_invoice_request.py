from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendInvoiceRequest")


@_attrs_define
class SendInvoiceRequest:
    """
    Attributes:
        to (str | Unset):
        cc (str | Unset):
        bcc (str | Unset):
        message (str | Unset):
        processor (str | Unset):
        preview (bool | Unset):
        preview_type (str | Unset):
        attachments (list[str] | Unset):
        template (str | Unset):
    """

    to: str | Unset = UNSET
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    message: str | Unset = UNSET
    processor: str | Unset = UNSET
    preview: bool | Unset = UNSET
    preview_type: str | Unset = UNSET
    attachments: list[str] | Unset = UNSET
    template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        cc = self.cc

        bcc = self.bcc

        message = self.message

        processor = self.processor

        preview = self.preview

        preview_type = self.preview_type

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if message is not UNSET:
            field_dict["message"] = message
        if processor is not UNSET:
            field_dict["processor"] = processor
        if preview is not UNSET:
            field_dict["preview"] = preview
        if preview_type is not UNSET:
            field_dict["previewType"] = preview_type
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        message = d.pop("message", UNSET)

        processor = d.pop("processor", UNSET)

        preview = d.pop("preview", UNSET)

        preview_type = d.pop("previewType", UNSET)

        attachments = cast(list[str], d.pop("attachments", UNSET))

        template = d.pop("template", UNSET)

        send_invoice_request = cls(
            to=to,
            cc=cc,
            bcc=bcc,
            message=message,
            processor=processor,
            preview=preview,
            preview_type=preview_type,
            attachments=attachments,
            template=template,
        )

        send_invoice_request.additional_properties = d
        return send_invoice_request

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
