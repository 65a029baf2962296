from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="ImportRecordsRequest")


@_attrs_define
class ImportRecordsRequest:
    """
    Attributes:
        file (File | Unset): The OFX or QBO file (inferred part).
        uuid (str | Unset): UUID of an uploaded attachment to import.
        url (str | Unset): URL of a file to import.
        filename (str | Unset):
        account (int | Unset): The bank account the records go to.
        preview (bool | Unset): Parse and return the records without storing them.
    """

    file: File | Unset = UNSET
    uuid: str | Unset = UNSET
    url: str | Unset = UNSET
    filename: str | Unset = UNSET
    account: int | Unset = UNSET
    preview: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        uuid = self.uuid

        url = self.url

        filename = self.filename

        account = self.account

        preview = self.preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if url is not UNSET:
            field_dict["url"] = url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if account is not UNSET:
            field_dict["account"] = account
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.uuid, Unset):
            files.append(("uuid", (None, str(self.uuid).encode(), "text/plain")))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.filename, Unset):
            files.append(("filename", (None, str(self.filename).encode(), "text/plain")))

        if not isinstance(self.account, Unset):
            files.append(("account", (None, str(self.account).encode(), "text/plain")))

        if not isinstance(self.preview, Unset):
            files.append(("preview", (None, str(self.preview).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        uuid = d.pop("uuid", UNSET)

        url = d.pop("url", UNSET)

        filename = d.pop("filename", UNSET)

        account = d.pop("account", UNSET)

        preview = d.pop("preview", UNSET)

        import_records_request = cls(
            file=file,
            uuid=uuid,
            url=url,
            filename=filename,
            account=account,
            preview=preview,
        )

        import_records_request.additional_properties = d
        return import_records_request

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
