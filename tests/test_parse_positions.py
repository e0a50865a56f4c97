"""Named countries and their positions: one parametrized test over cases/parse_positions.py."""

from __future__ import annotations

import pandas as pd
import pytest
from cases.parse_positions import CASES
from cases.table import params

from unvotes import parse_text


def _params() -> list:
    return params(CASES, 2)


@pytest.mark.parametrize(("text", "expected"), _params())
def test_positions(text: str, expected: list[tuple]) -> None:
    result = parse_text(text)
    positions = result.positions
    got = [
        (None if pd.isna(iso3) else iso3, position, bool(complete),
         None if pd.isna(vote_id) else int(vote_id))
        for iso3, position, complete, vote_id in positions[
            ["iso3", "position", "complete", "vote_id"]
        ].itertuples(index=False)
    ]
    assert got == expected
    for name, start, end in zip(positions["name"], positions["start"], positions["end"],
                                strict=True):
        assert text[start:end] == name
    n_votes = len(result.tallies)
    assert all(pd.isna(v) or 0 <= v < n_votes for v in positions["vote_id"])


def test_case_table_size() -> None:
    rows = [row for rows in CASES.values() for row in rows]
    assert len(rows) >= 80
    assert len({(style, row[0]) for style, rows in CASES.items() for row in rows}) == len(rows)
