"""Hand-built parser output for the checks tests, in the parser's dtypes (CONTRIBUTING.md).

``report()`` builds a ``(tallies, positions)`` pair from short Python literals so a test can
state a deliberately wrong report in one line, independent of the parser.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from unvotes.parse import POSITION_DTYPES, TALLY_DTYPES

# ES-11/6 as the seed reports it, for cases that change one thing
SEED_VOTE: dict[str, Any] = {
    "body": "GA",
    "date": "2023-02-23",
    "yes": 141,
    "no": 7,
    "abstain": 32,
    "adopted": True,
}
SEED_NO = [
    ("RUS", "Russia"),
    ("BLR", "Belarus"),
    ("PRK", "North Korea"),
    ("ERI", "Eritrea"),
    ("MLI", "Mali"),
    ("NIC", "Nicaragua"),
    ("SYR", "Syria"),
]
SEED_ABSTAIN = [("CHN", "China"), ("IND", "India"), ("IRN", "Iran"), ("ZAF", "South Africa")]


def tallies(votes: Sequence[Mapping[str, Any]], source: str | None = None) -> pd.DataFrame:
    """One tally row per mapping; missing fields are NA, spans are made up but ordered."""
    rows = []
    for i, vote in enumerate(votes):
        row: dict[str, Any] = {col: None for col in TALLY_DTYPES}
        row.update({"vote_id": i, "start": 100 * i, "end": 100 * i + 60, "sentence": ""})
        row.update(vote)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(TALLY_DTYPES))
    frame["date"] = pd.to_datetime(frame["date"])
    frame = frame.astype(TALLY_DTYPES)
    if source is not None:
        frame.insert(0, "source", pd.array([source] * len(frame), dtype="string"))
    return frame


def positions(
    named: Iterable[tuple[int, str | None, str, str, bool]], source: str | None = None
) -> pd.DataFrame:
    """Rows of (vote_id, iso3 or None, name as written, position, complete)."""
    rows = []
    at = 1000
    for vote_id, iso3, name, position, complete in named:
        rows.append((vote_id, iso3, name, position, complete, at, at + len(name)))
        at += len(name) + 2
    frame = pd.DataFrame(rows, columns=list(POSITION_DTYPES)).astype(POSITION_DTYPES)
    if source is not None:
        frame.insert(0, "source", pd.array([source] * len(frame), dtype="string"))
    return frame


def listed(
    vote_id: int, position: str, countries: Iterable[tuple[str | None, str]], complete: bool
) -> list[tuple[int, str | None, str, str, bool]]:
    """A named list in the shape ``positions()`` takes."""
    return [(vote_id, iso3, name, position, complete) for iso3, name in countries]


def report(
    votes: Sequence[Mapping[str, Any]],
    named: Iterable[tuple[int, str | None, str, str, bool]] = (),
    source: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A ``(tallies, positions)`` pair, the second input form ``unvotes.check`` accepts."""
    return tallies(votes, source), positions(named, source)
