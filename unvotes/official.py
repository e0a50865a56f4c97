"""Official roll-call readers (stub)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class VoteData:
    records: pd.DataFrame
    votes: pd.DataFrame
    problems: pd.DataFrame
    metadata: dict = field(default_factory=dict)


def read_undl(path: object) -> VoteData:
    raise NotImplementedError


def read_voeten(path: object) -> VoteData:
    raise NotImplementedError


def read_rvotes(votes: object, roll_calls: object) -> VoteData:
    raise NotImplementedError


def read_parquet(directory: object) -> VoteData:
    raise NotImplementedError
