"""Member states and their names (stub: being built, see CONTRIBUTING.md)."""

from __future__ import annotations

import pandas as pd


def resolve(name: object, on: object = None) -> str | None:
    raise NotImplementedError


def resolve_many(names: object, on: object = None) -> pd.Series:
    raise NotImplementedError


def find_countries(text: str) -> pd.DataFrame:
    raise NotImplementedError


def members(on: object = None) -> pd.DataFrame:
    raise NotImplementedError


def country_name(iso3: str) -> str:
    raise NotImplementedError
