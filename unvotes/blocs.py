"""Voting blocs and groups with dated membership (stub)."""

from __future__ import annotations

import pandas as pd


def blocs(on: object = None, bloc: object = None) -> pd.DataFrame:
    raise NotImplementedError


def bloc_names() -> list[str]:
    raise NotImplementedError
