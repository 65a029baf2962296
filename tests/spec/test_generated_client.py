"""The generated async functions send what the API expects and survive what it answers."""

from __future__ import annotations

import datetime
import json
from typing import Any
from urllib.parse import parse_qs

import httpx
from pytest_httpx import HTTPXMock

from kashoo_api_client import AuthenticatedClient
from kashoo_api_client.api.auth_tokens import create_auth_token
from kashoo_api_client.api.records import list_records
from kashoo_api_client.models import AuthToken, AuthTokenRequest, RecordInfo, RecordType, TransferDate

BASE = "https://api.kashoo.com/api"


def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token="unused", headers={"Accept": "application/json"})


async def test_login_sends_a_form_encoded_body_and_parses_the_token(httpx_mock: HTTPXMock) -> None:
    token_json = {
        "authenticationCode": "abc123",
        "expiryDate": 1698789858551,
        "locale": "default",
        "myUserId": 5000001231,
        "restriction": None,
        "site": "",
    }
    httpx_mock.add_response(method="POST", url=f"{BASE}/authTokens", json=token_json)

    body = AuthTokenRequest(email="ann@example.com", password="s3cret&=pw", duration=90_000_000)
    token = await create_auth_token.asyncio(client=client(), body=body)

    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    form = parse_qs(request.content.decode(), strict_parsing=True)
    assert form["email"] == ["ann@example.com"]
    assert form["password"] == ["s3cret&=pw"]
    assert form["duration"] == ["90000000"]
    assert form["lc"] == ["en_US"]  # the documented default is sent
    assert isinstance(token, AuthToken)
    assert token.my_user_id == 5000001231
    assert token.expiry_date == 1698789858551
    assert token.authentication_code == "abc123"
    assert token.restriction is None
    assert token.to_dict() == token_json


async def test_login_token_with_iso_expiry_parses_as_datetime(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"myUserId": 7, "expiryDate": "2019-08-24T14:15:22Z", "authenticationCode": "x"})
    token = await create_auth_token.asyncio(client=client(), body=AuthTokenRequest(email="a", password="b"))
    assert token is not None
    assert token.expiry_date == datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=datetime.UTC)


async def test_list_records_sends_paging_dates_and_epoch_ms(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=[])
    result = await list_records.asyncio(
        5_000_000_123,
        client=client(),
        offset=200,
        limit=100,
        start_date=datetime.date(2024, 2, 2),
        end_date=datetime.date(2024, 12, 31),
        modified_since=1716999647879,
        amount_ge=1050,
        include_removed=True,
        contact_id=5_000_000_999,
    )
    assert result == []
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.path == "/api/businesses/5000000123/records"
    params = dict(request.url.params)
    assert params == {
        "offset": "200",
        "limit": "100",
        "startDate": "2024-02-02",
        "endDate": "2024-12-31",
        "modifiedSince": "1716999647879",
        "amountGe": "1050",
        "includeRemoved": "true",
        "contactId": "5000000999",
    }


MIXED_PAGE: list[dict[str, Any]] = [
    {  # documented shapes
        "id": 5000000001,
        "type": "INVOICE",
        "date": {"year": 2024, "month": 2, "dayOfMonth": 2, "monthEnum": "FEBRUARY", "leapYear": True},
        "creation": "2024-05-29T16:20:47Z",
        "lastModified": 1716999647879,
        "totalDue": 123456,
        "recordAttachments": [{"id": 1, "creationDate": 1716999647000}],
    },
    {  # date as a string, creation as epoch ms, a type the docs never listed
        "id": 5000000002,
        "type": "CREDIT_NOTE",
        "date": "2024-02-03",
        "creation": 1716999647879,
        "lastModified": "2024-05-29T16:20:47.123+00:00",
        "someNewField": {"nested": [1, 2]},
    },
    {  # legacy lowercase type, odd date, nulls
        "id": 5000000003,
        "type": "invoice",
        "date": "2024-13-45",
        "creation": None,
        "contact": None,
        "memo": None,
    },
    {  # an unknown month name inside a TransferDate
        "id": 5000000004,
        "type": "BILL",
        "date": {"year": 2024, "month": 3, "dayOfMonth": 1, "monthEnum": "SMARCH"},
    },
]


async def test_a_mixed_records_page_parses_and_round_trips(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=MIXED_PAGE)
    records = await list_records.asyncio(1, client=client())
    assert records is not None and len(records) == 4
    first, second, third, fourth = records

    assert isinstance(first.date, TransferDate) and first.date.year == 2024
    assert first.creation == datetime.datetime(2024, 5, 29, 16, 20, 47, tzinfo=datetime.UTC)
    assert first.last_modified == 1716999647879
    assert first.type_ is RecordType.INVOICE and first.type_.is_known

    assert second.date == datetime.date(2024, 2, 3)
    assert second.creation == 1716999647879
    assert isinstance(second.last_modified, datetime.datetime)
    assert second.type_ == "CREDIT_NOTE" and not second.type_.is_known
    assert second.additional_properties["someNewField"] == {"nested": [1, 2]}

    assert third.type_ == "invoice" and third.type_ != RecordType.INVOICE
    assert third.date == "2024-13-45"  # not a date: kept as it came
    assert third.creation is None

    assert fourth.date.month_enum == "SMARCH"  # type: ignore[union-attr]

    # Unknown values come back out unchanged; so does everything but ISO timestamps,
    # which are re-serialised in an equivalent ISO form.
    round_tripped = [r.to_dict() for r in records]
    assert round_tripped[1]["type"] == "CREDIT_NOTE"
    assert round_tripped[2] == MIXED_PAGE[2]
    assert round_tripped[3] == MIXED_PAGE[3]
    for original, again in zip(MIXED_PAGE, round_tripped, strict=True):
        for key, value in original.items():
            if key in ("creation", "lastModified") and isinstance(value, str):
                assert datetime.datetime.fromisoformat(again[key]) == datetime.datetime.fromisoformat(value)
            else:
                assert again[key] == value, key
    # And the round-tripped dicts parse again to equal models.
    assert [RecordInfo.from_dict(d) for d in round_tripped] == records


async def test_an_unknown_type_survives_a_request_body() -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json=json.loads(request.content))

    from kashoo_api_client.api.records import update_record

    c = client()
    c.set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler)))
    record = RecordInfo.from_dict({"id": 9, "type": "CREDIT_NOTE", "date": "2024-02-03"})
    updated = await update_record.asyncio(9, client=c, body=record)
    assert json.loads(sent[0]) == {"id": 9, "type": "CREDIT_NOTE", "date": "2024-02-03"}
    assert updated == record


def test_generated_models_keep_secrets_out_of_repr() -> None:
    from kashoo_api_client.models import MfaRequest, OAuth2Token, OAuth2TokenRequest, VerifiedSignupRequest

    login = AuthTokenRequest(email="ann@example.com", password="pw-1", mfa_code="mfa-2", auth_code="ac-3")
    models: list[object] = [
        login,
        AuthToken(my_user_id=1, authentication_code="tok-4"),
        OAuth2Token(access_token="at-5", refresh_token="rt-6", user_id="7"),
        OAuth2TokenRequest(grant_type="authorization_code", code="code-8", refresh_token="rt-9"),
        MfaRequest(code="mfa-10"),
        VerifiedSignupRequest(email="ann@example.com", password="pw-11", provider_access_token="pat-12"),
    ]
    shown = " ".join(repr(m) for m in models)
    for secret in ("pw-1", "mfa-2", "ac-3", "tok-4", "at-5", "rt-6", "code-8", "rt-9", "mfa-10", "pw-11", "pat-12"):
        assert secret not in shown
    assert "ann@example.com" in shown and "UNSET" in shown  # the rest is still there, readably
    assert login.to_dict()["password"] == "pw-1"  # and still sent
