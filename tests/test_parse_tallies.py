"""Counts read from report sentences: one parametrized test over tests/cases/parse_tallies.py."""

from __future__ import annotations

import pandas as pd
import pytest
from cases.parse_tallies import CASES
from cases.table import params

from unvotes import parse_text


def _params() -> list:
    return params(CASES, 2)


def _plain(value: object) -> int | None:
    return None if value is pd.NA or pd.isna(value) else int(value)


@pytest.mark.parametrize(("text", "expected"), _params())
def test_tallies(text: str, expected: list[tuple]) -> None:
    tallies = parse_text(text).tallies
    got = [
        tuple(_plain(v) for v in row)
        for row in tallies[["yes", "no", "abstain", "absent"]].itertuples(index=False)
    ]
    assert got == expected
    assert tallies["vote_id"].tolist() == list(range(len(expected)))
    for start, end, sentence in zip(tallies["start"], tallies["end"], tallies["sentence"],
                                    strict=True):
        assert 0 <= start < end <= len(text)
        assert text[start:end] in sentence


def test_case_table_size() -> None:
    rows = [row for rows in CASES.values() for row in rows]
    assert len(rows) >= 150
    assert len({(style, row[0]) for style, rows in CASES.items() for row in rows}) == len(rows)
