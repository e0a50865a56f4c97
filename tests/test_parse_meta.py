"""Body, resolution, date and adopted of each tally: one test over cases/parse_meta.py."""

from __future__ import annotations

import pandas as pd
import pytest
from cases.parse_meta import CASES
from cases.table import params

from unvotes import parse_text


def _params() -> list:
    return params(CASES, 3)


def _plain(field: str, value: object) -> object:
    if pd.isna(value):
        return None
    if field == "date":
        return pd.Timestamp(value).date().isoformat()
    if field == "adopted":
        return bool(value)
    return str(value)


@pytest.mark.parametrize(("text", "published", "expected"), _params())
def test_meta(text: str, published: str | None, expected: list[dict]) -> None:
    tallies = parse_text(text, published=published).tallies
    got = [
        {field: _plain(field, tallies.iloc[i][field]) for field in want}
        for i, want in enumerate(expected[: len(tallies)])
    ]
    assert len(tallies) == len(expected)
    assert got == expected
