"""Consistency checks (stub)."""

from __future__ import annotations

import pandas as pd


def check(result: object, official: object = None) -> pd.DataFrame:
    raise NotImplementedError


def check_many(results: object, official: object = None) -> pd.DataFrame:
    raise NotImplementedError
