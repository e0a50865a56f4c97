"""Bloc analytics (stub)."""

from __future__ import annotations

import pandas as pd


def bloc_votes(votes: object, blocs: object = None, on: object = None) -> pd.DataFrame:
    raise NotImplementedError


def agreement(votes: object, method: str = "agreement", by: str | None = None) -> pd.DataFrame:
    raise NotImplementedError


def alignment(votes: object, with_: str = "USA", by: str = "year") -> pd.DataFrame:
    raise NotImplementedError
