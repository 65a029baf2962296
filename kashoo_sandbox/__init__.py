"""A stateful local sandbox of the Kashoo / TrulySmall API (python -m kashoo_sandbox)."""

from .app import create_app, open_sandbox
from .config import SandboxConfig
from .state import Sandbox

__all__ = ["Sandbox", "SandboxConfig", "create_app", "open_sandbox"]
