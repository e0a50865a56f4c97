"""The one shape every finding takes: consistency checks and data-loading problems alike."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

FINDING_COLUMNS: list[str] = [
    "source",
    "vote_id",
    "rule",
    "severity",
    "message",
    "expected",
    "observed",
    "start",
    "end",
    "record_id",
    "resolution",
]

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

_DTYPES: dict[str, str] = {
    "source": "string",
    "vote_id": "Int64",
    "rule": "string",
    "severity": "string",
    "message": "string",
    "expected": "string",
    "observed": "string",
    "start": "Int64",
    "end": "Int64",
    "record_id": "string",
    "resolution": "string",
}


_TEXT_VALUES = frozenset({"expected", "observed", "record_id"})


def _missing(value: Any) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _as_text(value: Any) -> Any:
    """A finding's expected/observed value as text; missing stays missing."""
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    return pd.NA if _missing(value) else str(value)


def make_findings(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a findings frame with the standard columns and dtypes.

    Missing keys become NA; ``expected``/``observed`` are stored as text so that
    numbers, names and lists sit in one column.

    >>> make_findings([{"rule": "x", "severity": "info", "message": "m"}]).shape
    (1, 11)
    """
    rows = list(rows)
    for row in rows:
        unknown = set(row) - set(FINDING_COLUMNS)
        if unknown:
            raise KeyError(f"unknown finding field(s): {sorted(unknown)}")
        if row.get("severity") not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, got {row.get('severity')!r}")
    columns: dict[str, Any] = {}
    for col, dtype in _DTYPES.items():
        values = [row.get(col) for row in rows]
        if col in _TEXT_VALUES:
            values = [_as_text(v) for v in values]
        else:
            values = [pd.NA if _missing(v) else v for v in values]
        columns[col] = pd.array(values, dtype=dtype)
    return pd.DataFrame(columns)
