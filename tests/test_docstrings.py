"""The examples in the library's docstrings run and print what they show."""
import doctest
import importlib
import pkgutil

import matplotlib
import pytest

import analysis

matplotlib.use("Agg")

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(analysis.__path__, prefix="analysis.")
    if m.name != "analysis.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
