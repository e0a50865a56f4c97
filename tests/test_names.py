"""Table-driven name resolution: tests/cases/names*.csv, one row per spelling.

Columns: group (where the spelling style comes from), input, expected (iso3, empty for
"must resolve to nothing"), on (optional date), xfail (optional reason: a known failure).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

import unvotes

CASES_DIR = Path(__file__).parent / "cases"


def _cases() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("names*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                marks = []
                if row.get("xfail"):
                    marks.append(pytest.mark.xfail(reason=row["xfail"], strict=True))
                on = row.get("on") or None
                case_id = f"{row['group']}:{row['input']}" + (f"@{on}" if on else "")
                params.append(
                    pytest.param(row["input"], row["expected"] or None, on, id=case_id,
                                 marks=marks)
                )
    return params


CASES = _cases()


def test_there_are_hundreds_of_cases():
    assert len(CASES) >= 250


@pytest.mark.parametrize(("name", "expected", "on"), CASES)
def test_resolve(name: str, expected: str | None, on: str | None):
    assert unvotes.resolve(name, on=on) == expected


def test_resolve_many_agrees_with_resolve_on_all_cases():
    plain = [p.values for p in CASES if p.values[2] is None and not p.marks]
    names = [v[0] for v in plain]
    expected = [v[1] for v in plain]
    got = unvotes.resolve_many(names)
    assert [None if pd.isna(x) else x for x in got] == expected
