"""The public surface: every exported class and function is documented with an example."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys

import pytest

import kashoo_ext

PUBLIC = [
    name
    for name in kashoo_ext.__all__
    if inspect.isclass(getattr(kashoo_ext, name)) or inspect.isfunction(getattr(kashoo_ext, name))
]


@pytest.mark.parametrize("name", PUBLIC)
def test_documented_with_an_example(name: str) -> None:
    doc = inspect.getdoc(getattr(kashoo_ext, name)) or ""
    assert "Example" in doc or ">>>" in doc, f"{name} needs a docstring with a short example"


def test_all_is_complete_and_sorted_by_kind() -> None:
    assert len(set(kashoo_ext.__all__)) == len(kashoo_ext.__all__)
    for name in kashoo_ext.__all__:
        assert hasattr(kashoo_ext, name)


def test_doctests_of_helpers_pass() -> None:
    import doctest

    from kashoo_ext import _logging, convert, errors, products

    for module in (convert, errors, products, _logging):
        globs = {"datetime": __import__("datetime"), "ROUND_HALF_EVEN": "ROUND_HALF_EVEN"}
        globs.update(vars(module))
        result = doctest.testmod(module, globs=globs, optionflags=doctest.ELLIPSIS)
        assert result.failed == 0, module.__name__


def test_import_is_cheap_and_has_no_side_effects() -> None:
    code = "import kashoo_ext, logging; print(logging.getLogger('kashoo').handlers)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert re.fullmatch(r"\[\]\s*", out)  # no handlers installed: logging is the application's choice
