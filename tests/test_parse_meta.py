"""Body, resolution, date and adopted of each tally: one test over cases/parse_meta.py."""

from __future__ import annotations

import pandas as pd
import pytest
from cases.parse_meta import CASES

from unvotes import parse_text


def _params() -> list:
    out = []
    for style, rows in CASES.items():
        for row in rows:
            case_id, text, published, expected = row[:4]
            marks = [pytest.mark.xfail(strict=True, reason=row[4])] if len(row) > 4 else []
            out.append(pytest.param(text, published, expected, id=f"{style}-{case_id}",
                                    marks=marks))
    return out


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
