"""The mapping of responses and transport failures to typed errors."""

from __future__ import annotations

import builtins

import httpx
import pytest

from kashoo_ext import (
    AuthenticationError,
    KashooError,
    MfaRequiredError,
    NetworkError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TimeoutError,
    ValidationError,
)
from kashoo_ext.errors import error_from_response, error_from_transport


def _response(status: int, method: str = "GET", **kwargs: object) -> httpx.Response:
    request = httpx.Request(method, "https://api.kashoo.com/api/records/5000000001?password=hunter22&x=1")
    response = httpx.Response(status, request=request, **kwargs)  # type: ignore[arg-type]
    response.read()
    return response


@pytest.mark.parametrize(
    ("status", "method", "cls"),
    [
        (400, "POST", ValidationError),
        (401, "GET", AuthenticationError),
        (403, "GET", PermissionDeniedError),
        (404, "GET", NotFoundError),
        (409, "PUT", ValidationError),
        (422, "POST", ValidationError),
        (429, "POST", RateLimitError),
        (500, "GET", ServerError),
        (503, "GET", ServerError),
        (503, "PUT", ServerError),
        (502, "POST", OutcomeUnknownError),
        (503, "POST", OutcomeUnknownError),
        (504, "POST", OutcomeUnknownError),
        (418, "GET", KashooError),
    ],
)
def test_status_to_class(status: int, method: str, cls: type[KashooError]) -> None:
    error = error_from_response(_response(status, method))
    assert type(error) is cls
    assert error.status == status and error.method == method


def test_success_is_no_error() -> None:
    assert error_from_response(_response(204)) is None


def test_json_body_gives_code_message_request_id_and_redacted_url() -> None:
    error = error_from_response(
        _response(404, json={"error": "not_found", "message": "no such record"}, headers={"X-Request-Id": "req-42"})
    )
    assert error is not None
    assert error.code == "not_found" and error.body_excerpt == "not_found: no such record"
    assert error.request_id == "req-42"
    assert "hunter22" not in (error.url or "") and "x=1" in (error.url or "")
    text = str(error)
    assert "GET https://api.kashoo.com/api/records/5000000001" in text and "req-42" in text
    assert "hunter22" not in text and "hunter22" not in repr(error)


def test_mfa_required_code_gives_its_own_class() -> None:
    error = error_from_response(_response(401, "POST", json={"error": "mfa_required", "message": "code needed"}))
    assert isinstance(error, MfaRequiredError) and isinstance(error, AuthenticationError)


def test_html_and_text_bodies_are_excerpted_short_and_clean() -> None:
    html = "<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>"
    error = error_from_response(_response(502, text=html))
    assert error is not None and error.body_excerpt == "502 Bad Gateway nginx"
    error = error_from_response(_response(500, text="x" * 5000))
    assert error is not None and len(error.body_excerpt or "") <= 300
    error = error_from_response(_response(400, text='{"password": "hunter22"} access_token=abc'))
    assert error is not None and "hunter22" not in (error.body_excerpt or "") and "abc" not in str(error)


def test_transport_failures() -> None:
    request = httpx.Request("GET", "https://h/x")
    assert type(error_from_transport(httpx.ConnectError("x"), request)) is NetworkError
    assert type(error_from_transport(httpx.ReadTimeout("x"), request)) is TimeoutError
    post = httpx.Request("POST", "https://h/x")
    assert type(error_from_transport(httpx.ReadTimeout("x"), post)) is OutcomeUnknownError
    assert type(error_from_transport(httpx.ConnectError("x"), post)) is NetworkError
    assert isinstance(TimeoutError("t"), builtins.TimeoutError)
