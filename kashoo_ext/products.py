"""The two products (hosts) and the guard that keeps each operation on its own product.

Which products serve an operation is said once, in the spec's ``x-kashoo-products``, and
reaches this module through the generated ``kashoo_api_client.operation_table``.

Example::

    guard = ProductGuard(Product.TSA)
    guard.check("GET", "/businesses/5000000001/inventory")  # raises ProductNotSupportedError
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

import httpx

from kashoo_api_client.operation_table import OPERATIONS, Operation

from .errors import ConfigurationError, ProductNotSupportedError

__all__ = ["Product", "ProductGuard"]


class Product(enum.StrEnum):
    """The accounting product whose API a client talks to.

    Example::

        KashooClient(product=Product.TSA)  # or product="tsa"
    """

    #: Kashoo Cloud Accounting ("classic").
    KASHOO = "kashoo"
    #: TrulySmall Accounting.
    TSA = "tsa"

    @property
    def base_url(self) -> str:
        """The production base URL of this product's API.

        >>> Product.KASHOO.base_url
        'https://api.kashoo.com/api'
        """
        return _BASE_URLS[self]

    @property
    def label(self) -> str:
        """A human name for messages: ``"Kashoo"`` or ``"TrulySmall"``."""
        return "Kashoo" if self is Product.KASHOO else "TrulySmall"

    @classmethod
    def parse(cls, value: Product | str) -> Product:
        """The product for ``value`` (``"kashoo"``, ``"tsa"``, ``"trulysmall"``, any case).

        >>> Product.parse("TrulySmall")
        <Product.TSA: 'tsa'>
        """
        if isinstance(value, Product):
            return value
        key = str(value).strip().lower()
        found = _ALIASES.get(key)
        if found is None:
            raise ConfigurationError(f"unknown product {value!r}: use 'kashoo' (Kashoo classic) or 'tsa' (TrulySmall)")
        return found

    @classmethod
    def guess(cls, base_url: str) -> Product:
        """The product a base URL most likely serves: TrulySmall for its host or a ``/tsa/``
        path (the sandbox's layout), Kashoo classic otherwise. Used when no product is given.

        >>> Product.guess("http://127.0.0.1:8000/tsa/api")
        <Product.TSA: 'tsa'>
        """
        try:
            url = httpx.URL(base_url)
        except httpx.InvalidURL:
            return cls.KASHOO  # the client reports the bad URL itself
        if "trulysmall" in url.host or url.path.startswith("/tsa/") or url.path == "/tsa":
            return cls.TSA
        return cls.KASHOO


_BASE_URLS = {
    Product.KASHOO: "https://api.kashoo.com/api",
    Product.TSA: "https://api.trulysmall.com/api",
}
_ALIASES = {
    "kashoo": Product.KASHOO,
    "classic": Product.KASHOO,
    "tsa": Product.TSA,
    "trulysmall": Product.TSA,
    "truly-small": Product.TSA,
}
_PARAM = re.compile(r"\{[^/{}]+\}")


def _compile(template: str) -> re.Pattern[str]:
    pieces = _PARAM.split(template)
    return re.compile("[^/]+".join(re.escape(piece) for piece in pieces) + r"/?\Z")


class ProductGuard:
    """Refuses, before anything is sent, a request for an operation the product does not have.

    The path templates are compiled once; a request is matched on its method and its path
    with the base URL's path stripped. Literal templates win over templated ones
    (``/records/batch`` over ``/records/{record_id}``). Requests that match no operation of
    the spec (your own extra endpoints) pass.

    Example::

        ProductGuard(Product.KASHOO).check("POST", "/records/unprocess")  # TrulySmall only: raises
    """

    __slots__ = ("_base_path", "_literal", "_product", "_templated")

    def __init__(
        self,
        product: Product,
        base_path: str = "",
        operations: Iterable[Operation] = OPERATIONS,
    ) -> None:
        self._product = product
        self._base_path = base_path.rstrip("/")
        literal: dict[tuple[str, str], Operation] = {}
        templated: dict[tuple[str, int], list[tuple[int, re.Pattern[str], Operation]]] = {}
        for op in operations:
            if "{" not in op.path:
                literal[(op.method, op.path)] = op
                continue
            key = (op.method, op.path.count("/"))
            fixed = len(_PARAM.sub("", op.path))
            templated.setdefault(key, []).append((fixed, _compile(op.path), op))
        # A literal path is decided by the dict alone (it wins over templates: /records/batch);
        # templates are only tried in (method, depth) buckets that hold something to refuse,
        # the most literal template first.
        self._literal = literal
        self._templated: dict[tuple[str, int], tuple[tuple[re.Pattern[str], Operation], ...]] = {}
        for key, entries in templated.items():
            entries.sort(key=lambda e: -e[0])
            if any(product.value not in op.products for _, _, op in entries):
                self._templated[key] = tuple((pattern, op) for _, pattern, op in entries)

    @property
    def product(self) -> Product:
        """The product this guard enforces."""
        return self._product

    def find(self, method: str, path: str) -> Operation | None:
        """The operation that ``method`` + ``path`` (relative to the base) calls, if the product lacks it."""
        if (op := self._literal.get((method, path))) is not None:
            return None if self._product.value in op.products else op
        entries = self._templated.get((method, path.count("/")))
        if entries is None:
            return None
        for pattern, op in entries:
            if pattern.match(path):
                return None if self._product.value in op.products else op
        return None

    def check(self, method: str, path: str) -> None:
        """Raise :class:`ProductNotSupportedError` if the product lacks this operation."""
        op = self.find(method, path)
        if op is not None:
            served = " and ".join(sorted(Product(p).label for p in op.products)) or "no product"
            error = ProductNotSupportedError(
                f"{op.operation_id} ({op.method} {op.path}) is only available on {served}, "
                f"not on {self._product.label}: create the client with product="
                f"{'/'.join(sorted(repr(p) for p in op.products))} to call it",
                method=method,
                url=path,
            )
            error.operation_id = op.operation_id
            raise error

    def check_request(self, request: httpx.Request) -> None:
        """:meth:`check` for an httpx request; requests outside the base URL's path pass."""
        path = request.url.path
        if self._base_path:
            if not path.startswith(self._base_path):
                return
            path = path[len(self._base_path) :]
        self.check(request.method, path)
