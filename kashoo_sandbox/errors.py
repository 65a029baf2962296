"""The one exception type handlers raise; the route wrapper turns it into an error response."""

from __future__ import annotations


class ApiError(Exception):
    """An error answer: HTTP status, a short machine code and a human message."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def bad_request(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def unauthorized(message: str = "Missing, expired or invalid credentials.") -> ApiError:
    return ApiError(401, "unauthorized", message)


def forbidden(message: str = "This token was not granted access to that business.") -> ApiError:
    return ApiError(403, "forbidden", message)


def not_found(what: str = "item") -> ApiError:
    return ApiError(404, "not_found", f"No such {what}.")


def conflict(message: str) -> ApiError:
    return ApiError(409, "conflict", message)
