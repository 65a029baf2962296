"""Where the CLI keeps the login, and how it builds a KashooClient for a command.

The login lives in the user's config directory (``$KASHOO_CONFIG_DIR``, else
``$XDG_CONFIG_HOME/kashoo``, else ``~/.config/kashoo``): ``login.json`` says how to
authenticate (a first-party token, or an OAuth2 client whose tokens are in
``oauth-tokens.json``). Both files are written atomically with owner-only permissions. The
password is never stored: a first-party login keeps the token, renewed as it is used.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from kashoo_ext import (
    ConfigurationError,
    Credentials,
    FileTokenStore,
    KashooClient,
    OAuth2Auth,
    Product,
    Settings,
    TokenAuth,
)

LOGIN_FILE = "login.json"
OAUTH_TOKENS_FILE = "oauth-tokens.json"


class NotLoggedInError(Exception):
    """No credentials: neither a stored login nor KASHOO_* variables."""


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("KASHOO_CONFIG_DIR"):
        return Path(env["KASHOO_CONFIG_DIR"]).expanduser()
    base = Path(env["XDG_CONFIG_HOME"]).expanduser() if env.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    return base / "kashoo"


def write_private_json(path: Path, data: Mapping[str, Any]) -> None:
    """Write JSON atomically, readable by its owner only (the file may hold a token)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@attrs.frozen
class Options:
    """The global options of every command (flags, else environment, else the stored login)."""

    product: str | None
    base_url: str | None
    config_dir: Path
    rate_limit: float | None

    @property
    def login_path(self) -> Path:
        return self.config_dir / LOGIN_FILE

    @property
    def oauth_tokens_path(self) -> Path:
        return self.config_dir / OAUTH_TOKENS_FILE

    def stored_login(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.login_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except ValueError:
            raise ConfigurationError(f"{self.login_path} is damaged: run `kashoo logout`, then log in again") from None
        return data if isinstance(data, dict) else None

    def save_login(self, login: Mapping[str, Any]) -> None:
        write_private_json(self.login_path, login)

    def forget_login(self) -> list[Path]:
        removed = []
        for path in (self.login_path, self.oauth_tokens_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
        return removed

    def target(self, login: Mapping[str, Any] | None = None) -> tuple[Product, str | None]:
        """The product and base URL: flags/environment first, then those of the login."""
        product = self.product or (login or {}).get("product")
        base_url = self.base_url or (login or {}).get("base_url")
        return Product.parse(product) if product else Product.KASHOO, base_url

    def client(self, auth: Credentials | None, login: Mapping[str, Any] | None = None) -> KashooClient:
        product, base_url = self.target(login)
        kwargs: dict[str, Any] = {"product": product, "base_url": base_url, "auth": auth}
        if self.rate_limit is not None:
            kwargs["rate_limit"] = self.rate_limit or None
        return KashooClient(**kwargs)


def stored_credentials(options: Options, login: Mapping[str, Any]) -> Credentials:
    kind = login.get("kind")
    if kind == "token":
        return TokenAuth(login["token"])
    if kind == "oauth":
        return OAuth2Auth(
            login["client_id"],
            login["client_secret"],
            redirect_uri=login.get("redirect_uri"),
            store=FileTokenStore(options.oauth_tokens_path),
        )
    raise ConfigurationError(f"{options.login_path} has an unknown login kind {kind!r}: run `kashoo login` again")


@contextlib.asynccontextmanager
async def logged_in(options: Options) -> AsyncIterator[KashooClient]:
    """A client with the user's credentials: KASHOO_* variables, else the stored login.

    A first-party token renewed during the command is saved back, so the next command
    starts with a fresh one.
    """
    env_auth = Settings.from_env().auth
    login = options.stored_login()
    if env_auth is not None:
        auth: Credentials = env_auth
    elif login is not None:
        auth = stored_credentials(options, login)
    else:
        raise NotLoggedInError("not logged in: run `kashoo login` (or set KASHOO_EMAIL and KASHOO_PASSWORD)")
    async with options.client(auth, login) as kc:
        try:
            yield kc
        finally:
            if env_auth is None and login is not None and isinstance(auth, TokenAuth) and auth.token is not None:
                renewed = auth.token.to_dict()
                if renewed != login.get("token"):
                    options.save_login({**login, "token": renewed})
