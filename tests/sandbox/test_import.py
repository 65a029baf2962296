"""OFX/QBO import: SGML OFX 1.x and XML OFX 2.x files become inbox records; preview stores nothing."""

from __future__ import annotations

from .conftest import Api

SGML_OFX = b"""OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260115120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>CAD
<BANKACCTFROM><BANKID>000<ACCTID>12345<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20260101<DTEND>20260131
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105120000[-5:EST]<TRNAMT>1,250.75<FITID>F-1001<NAME>Acme Corp<MEMO>Invoice INV-9
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260107<TRNAMT>-42.10<FITID>F-1002<NAME>City Hydro &amp; Power<MEMO>Bill
</BANKTRANLIST><LEDGERBAL><BALAMT>1208.65<DTASOF>20260131</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1>
</OFX>
"""

XML_OFX = b"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <BANKMSGSRSV1><STMTTRNRS><TRNUID>2</TRNUID><STMTRS><CURDEF>USD</CURDEF>
    <BANKTRANLIST><DTSTART>20260201</DTSTART><DTEND>20260228</DTEND>
      <STMTTRN><TRNTYPE>DEP</TRNTYPE><DTPOSTED>20260203</DTPOSTED><TRNAMT>99.99</TRNAMT><FITID>X-1</FITID>
        <NAME>Deposit</NAME></STMTTRN>
      <STMTTRN><TRNTYPE>POS</TRNTYPE><DTPOSTED>20260204093000</DTPOSTED><TRNAMT>-5</TRNAMT><FITID>X-2</FITID>
        <NAME>Coffee</NAME><MEMO>Latte</MEMO></STMTTRN>
    </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>
</OFX>
"""


def _import(api: Api, content: bytes, expect: int = 200, **fields: str) -> list[dict[str, object]] | None:
    result: list[dict[str, object]] | None = api.request(
        "POST",
        f"/businesses/{api.business}/records/import",
        expect,
        files={"file": ("statement.qbo", content, "application/x-ofx")},
        data=fields,
    )
    return result


def test_sgml_ofx_import_creates_inbox_records(api: Api) -> None:
    records = _import(api, SGML_OFX)
    assert records is not None
    assert [(r["type"], r["amount"], r["inboxReference"], r["inbox"]) for r in records] == [
        ("INVOICE_PAYMENT", 125075, "F-1001", True),
        ("BILL_PAYMENT", 4210, "F-1002", True),
    ]
    assert records[0]["description"] == "Acme Corp" and records[0]["memo"] == "Invoice INV-9"
    assert records[1]["description"] == "City Hydro & Power"
    assert records[0]["date"] == {**records[0]["date"], "year": 2026, "month": 1, "dayOfMonth": 5}  # type: ignore[dict-item]
    assert records[0]["account"] == api.account("1000")
    listed = api.get(f"/businesses/{api.business}/records")
    assert [r["id"] for r in listed] == [r["id"] for r in records]
    # Importing the same statement again skips what is already there.
    assert _import(api, SGML_OFX) == []


def test_xml_ofx_import_to_a_chosen_account(api: Api) -> None:
    savings = api.account("1010")
    records = _import(api, XML_OFX, account=str(savings))
    assert records is not None
    assert [(r["amount"], r["currency"], r["account"]) for r in records] == [
        (9999, "USD", savings),
        (500, "USD", savings),
    ]


def test_preview_stores_nothing(api: Api) -> None:
    sequences = api.get(f"/businesses/{api.business}/sequences")
    preview = _import(api, SGML_OFX, preview="true")
    assert preview is not None and len(preview) == 2
    assert api.get(f"/businesses/{api.business}/records", includeRemoved="true") == []
    assert api.get(f"/businesses/{api.business}/sequences") == sequences
    assert _import(api, SGML_OFX) is not None  # a preview does not count as imported
    assert len(api.get(f"/businesses/{api.business}/records")) == 2


def test_bad_imports_are_400(api: Api) -> None:
    _import(api, b"this is not a bank statement", expect=400)
    _import(api, SGML_OFX.replace(b"20260107", b"2026XX07"), expect=400)
    _import(api, SGML_OFX, expect=400, account="4999999999")
    response = api.client.post(f"/businesses/{api.business}/records/import", data={"url": "https://bank/x.ofx"})
    assert response.status_code == 400
    assert api.get(f"/businesses/{api.business}/records") == []  # nothing half-imported
