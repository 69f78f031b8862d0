"""The public names: ``analysis._API`` and each subpackage's own ``_API`` name the same objects.

The top-level table and the subpackages' tables are two maps of the same facts (kept apart so
``import analysis`` imports nothing); this test makes a drift between them fail."""
from __future__ import annotations

import importlib

import pytest

import analysis


@pytest.mark.parametrize("name", sorted(analysis._API))
def test_every_top_level_name_resolves(name):
    obj = getattr(analysis, name)
    assert obj is not None
    module = importlib.import_module(f"analysis.{analysis._API[name]}")
    assert getattr(module, name) is obj


@pytest.mark.parametrize("name", sorted(analysis._API))
def test_a_name_in_a_subpackage_is_exported_by_it_as_the_same_object(name):
    package = analysis._API[name].split(".")[0]
    sub = importlib.import_module(f"analysis.{package}")
    sub_api = getattr(sub, "_API", None)
    if sub_api is None or "." not in analysis._API[name]:
        pytest.skip(f"analysis.{package} has no table of its own")
    assert name in sub_api, f"analysis.{package}._API lacks {name!r}"
    assert getattr(sub, name) is getattr(analysis, name)


def test_subpackages_resolve_every_name_they_list():
    for package in analysis._SUBPACKAGES:
        sub = importlib.import_module(f"analysis.{package}")
        for name in getattr(sub, "_API", {}):
            assert getattr(sub, name) is not None, f"analysis.{package}.{name}"
