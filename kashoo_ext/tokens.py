"""OAuth2 token sets and where they are kept between runs (``TokenStore``).

Refresh tokens rotate: the old one stops working as soon as the new one is issued, so the
new set is saved (and the save awaited) before the new access token is used.

Example::

    store = FileTokenStore("~/.config/myapp/kashoo-tokens.json")
    tokens = await store.load()  # None before the first authorization
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import attrs

from kashoo_api_client.models.o_auth_2_token import OAuth2Token
from kashoo_api_client.types import Unset

from .errors import AuthenticationError, ConfigurationError

__all__ = ["FileTokenStore", "MemoryTokenStore", "OAuth2Tokens", "TokenStore"]


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("expires_at must be timezone-aware (use datetime.UTC)")
    return value


@attrs.frozen
class OAuth2Tokens:
    """An OAuth2 access token, its refresh token and when the access token expires.

    The secrets are left out of ``repr()``.

    Example::

        tokens = OAuth2Tokens(access_token="...", refresh_token="...",
                              expires_at=datetime.now(UTC) + timedelta(hours=1))
        tokens.expires_within(60)  # False
    """

    access_token: str = attrs.field(repr=False)
    refresh_token: str | None = attrs.field(repr=False, default=None)
    expires_at: dt.datetime | None = attrs.field(default=None, converter=attrs.converters.optional(_utc))
    token_type: str = "bearer"  # noqa: S105 - a scheme name, not a secret
    user_id: str | None = None
    scope: str | None = None

    def expires_within(self, seconds: float, now: dt.datetime | None = None) -> bool:
        """True if the access token expires in less than ``seconds`` (False if unknown)."""
        if self.expires_at is None:
            return False
        now = now or dt.datetime.now(dt.UTC)
        return (self.expires_at - now).total_seconds() < seconds

    @classmethod
    def from_response(
        cls, token: OAuth2Token, *, previous: OAuth2Tokens | None = None, now: dt.datetime | None = None
    ) -> OAuth2Tokens:
        """Build from the token endpoint's answer; keeps the old refresh token if none came back."""
        if isinstance(token.access_token, Unset) or not token.access_token:
            raise AuthenticationError("the token endpoint answered without an access_token")
        now = now or dt.datetime.now(dt.UTC)
        expires_at = None if isinstance(token.expires_in, Unset) else now + dt.timedelta(seconds=token.expires_in)
        refresh = None if isinstance(token.refresh_token, Unset) else token.refresh_token
        if not refresh and previous is not None:
            refresh = previous.refresh_token
        scope = token.additional_properties.get("scope")
        return cls(
            access_token=token.access_token,
            refresh_token=refresh or None,
            expires_at=expires_at,
            token_type="bearer" if isinstance(token.token_type, Unset) else token.token_type,
            user_id=None if isinstance(token.user_id, Unset) else str(token.user_id),
            scope=scope if isinstance(scope, str) else None,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``expires_at`` as ISO 8601) for storage."""
        data = attrs.asdict(self)
        data["expires_at"] = self.expires_at.isoformat() if self.expires_at else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OAuth2Tokens:
        """The inverse of :meth:`to_dict`."""
        expires = data.get("expires_at")
        return cls(
            access_token=data["access_token"],
            refresh_token=data.get("refresh_token"),
            expires_at=dt.datetime.fromisoformat(expires) if expires else None,
            token_type=data.get("token_type") or "bearer",
            user_id=data.get("user_id"),
            scope=data.get("scope"),
        )


@runtime_checkable
class TokenStore(Protocol):
    """Where OAuth2 tokens live between runs. Implement it to use a database or a keyring.

    ``save`` must not return before the tokens are durable: after it returns the old
    refresh token may be gone for good.

    Example::

        class KeyringStore:
            async def load(self) -> OAuth2Tokens | None: ...
            async def save(self, tokens: OAuth2Tokens) -> None: ...
    """

    async def load(self) -> OAuth2Tokens | None:
        """The stored tokens, or None."""
        ...

    async def save(self, tokens: OAuth2Tokens) -> None:
        """Store ``tokens``, replacing what was there."""
        ...


class MemoryTokenStore:
    """Keeps tokens in memory only (tests, short scripts).

    Example::

        store = MemoryTokenStore(OAuth2Tokens(access_token=a, refresh_token=r, expires_at=t))
    """

    def __init__(self, tokens: OAuth2Tokens | None = None) -> None:
        self._tokens = tokens

    async def load(self) -> OAuth2Tokens | None:
        return self._tokens

    async def save(self, tokens: OAuth2Tokens) -> None:
        self._tokens = tokens

    def __repr__(self) -> str:
        return f"MemoryTokenStore({'with' if self._tokens else 'no'} tokens)"


class FileTokenStore:
    """Keeps tokens in a JSON file readable by its owner only (mode 0600).

    Writes are atomic: a temporary file in the same directory is written, flushed, fsynced,
    then renamed over the old file, so a crash leaves either the old or the new tokens,
    never half of each.

    Example::

        store = FileTokenStore(Path.home() / ".config" / "myapp" / "kashoo.json")
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path).expanduser()

    @property
    def path(self) -> Path:
        """The file's path."""
        return self._path

    async def load(self) -> OAuth2Tokens | None:
        return await asyncio.to_thread(self._load)

    async def save(self, tokens: OAuth2Tokens) -> None:
        await asyncio.to_thread(self._save, tokens)

    def _load(self) -> OAuth2Tokens | None:
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            return OAuth2Tokens.from_dict(json.loads(text))
        except (ValueError, KeyError, TypeError):
            raise ConfigurationError(
                f"the token file {self._path} is damaged: delete it and run the OAuth2 authorization again"
            ) from None

    def _save(self, tokens: OAuth2Tokens) -> None:
        directory = self._path.parent
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        # mkstemp creates the file with mode 0600 before anything secret is written to it.
        fd, tmp = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(tokens.to_dict(), f)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self._path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        # Make the rename itself durable.
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self._path)!r})"
