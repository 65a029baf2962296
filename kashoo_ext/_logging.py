"""The ``kashoo`` logger and the redaction of secrets in URLs, texts and log records.

Nothing in kashoo_ext logs headers or bodies; these helpers are the second line of defence
for URLs (query secrets) and for error excerpts that a server might fill with an echo of
what it was sent.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlencode

import httpx

logger = logging.getLogger("kashoo")

REDACTED = "[REDACTED]"

# Names (lower case, without "_" or "-") of query parameters and JSON/form fields that hold secrets.
_SECRET_NAMES = frozenset(
    {
        "password",
        "token",
        "accesstoken",
        "refreshtoken",
        "authtoken",
        "authenticationcode",
        "clientsecret",
        "secret",
        "code",
        "authcode",
        "mfacode",
        "apikey",
        "key",
        "signature",
        "sig",
        "state",
    }
)


def _is_secret_name(name: str) -> bool:
    return name.replace("_", "").replace("-", "").lower() in _SECRET_NAMES


def redact_url(url: httpx.URL | str) -> str:
    """The URL as text with the values of secret query parameters and any userinfo replaced.

    >>> redact_url("https://h/cb?code=abc&state=xyz&page=2")
    'https://h/cb?code=%5BREDACTED%5D&state=%5BREDACTED%5D&page=2'
    """
    url = httpx.URL(url) if isinstance(url, str) else url
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    query = url.query
    if not query:
        return str(url)
    pairs = parse_qsl(query.decode("ascii", "replace"), keep_blank_values=True)
    if not any(_is_secret_name(name) for name, _ in pairs):
        return str(url)
    cleaned = [(name, REDACTED if _is_secret_name(name) else value) for name, value in pairs]
    return str(url.copy_with(query=urlencode(cleaned).encode("ascii")))


_FIELD = r"[A-Za-z_-]*(?:password|token|secret|code|Code|Token|Secret|Password)[A-Za-z_-]*"
_TEXT_PATTERNS = (
    # "accessToken": "..." in JSON
    re.compile(r'("' + _FIELD + r'"\s*:\s*)"(?:[^"\\]|\\.)*"'),
    # access_token=... in forms and query strings
    re.compile(r"(\b" + _FIELD + r"=)[^&\s\"']+"),
    # Authorization header values
    re.compile(r"(\bBearer\s+)\S+", re.IGNORECASE),
    re.compile(r"(\bBasic\s+)[A-Za-z0-9+/=]{8,}", re.IGNORECASE),
    re.compile(r"(\bTOKEN\s+(?:json|uuid):)(?:\{.*?\}|\S+)", re.IGNORECASE),
)


def redact_text(text: str) -> str:
    """``text`` with secret-looking fields and Authorization values replaced by ``[REDACTED]``.

    >>> redact_text('{"refresh_token": "r-123", "n": 1}')
    '{"refresh_token": "[REDACTED]", "n": 1}'
    """
    for pattern in _TEXT_PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + (REDACTED if m.group(0)[-1] != '"' else f'"{REDACTED}"'), text)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter for the ``kashoo`` logger that redacts secrets in the final message.

    Installed on the ``kashoo`` logger when kashoo_ext is imported; it only runs for records
    that pass the level check, so it costs nothing when DEBUG is off.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


if not any(isinstance(f, RedactingFilter) for f in logger.filters):
    logger.addFilter(RedactingFilter())
