"""Voting blocs and UN regional groups, with dated membership.

Bloc memberships come from ``data/blocs.csv``; the five UN regional groups
("African Group", "Asia-Pacific Group", "Eastern European Group", "GRULAC", "WEOG")
are derived from the ``regional_group`` column of ``data/members.csv``.

>>> sorted(blocs(on="2023-02-23", bloc="P5")["iso3"])
['CHN', 'FRA', 'GBR', 'RUS', 'USA']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pandas as pd

from unvotes._data import data_file
from unvotes.countries import _as_timestamp, _members_table, _parse_date, _read_csv
from unvotes.errors import DataFormatError

__all__ = ["bloc_names", "blocs"]

# bloc ids of the five UN regional groups, keyed by members.csv's regional_group value
REGIONAL_GROUPS = {
    "African": "African Group",
    "Asia-Pacific": "Asia-Pacific Group",
    "Eastern European": "Eastern European Group",
    "Latin American and Caribbean": "GRULAC",
    "Western European and Others": "WEOG",
}
_COLUMNS = ("bloc", "iso3", "joined", "left", "suspended", "note", "source")
_BLOC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .-]*")


def _parse_periods(value: str, *, path: Path, line: int) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    periods = []
    for part in filter(None, value.split(";")):
        bits = part.split("/")
        if len(bits) != 2 or not bits[0]:
            raise DataFormatError(f"suspended {part!r} is not 'start/end' (end may be empty)",
                                  path=path, line=line)
        start = _parse_date(bits[0], path=path, line=line, column="suspended")
        end = _parse_date(bits[1], path=path, line=line, column="suspended")
        end = pd.Timestamp.max.normalize() if end is None else end
        if end <= start:
            raise DataFormatError(f"suspended {part!r} ends before it starts", path=path, line=line)
        periods.append((start, end))
    return periods


def _load_blocs(path: Path, members: pd.DataFrame) -> pd.DataFrame:
    """Read and validate blocs.csv against members.csv; add the regional groups."""
    frame = _read_csv(path, _COLUMNS)
    codes = dict(zip(members["iso3"].astype(str), members.index, strict=True))
    admitted = members["admitted"]
    joined, left = [], []
    spans: dict[tuple[str, str], list[tuple[pd.Timestamp, pd.Timestamp, int]]] = {}
    for i, row in enumerate(frame.itertuples(index=False)):
        line = i + 2
        if not _BLOC_ID.fullmatch(row.bloc):
            raise DataFormatError(f"bloc {row.bloc!r} is not a short id", path=path, line=line)
        if row.bloc in REGIONAL_GROUPS.values():
            raise DataFormatError(f"bloc {row.bloc!r} is derived from members.csv; do not list it",
                                  path=path, line=line)
        if row.iso3 not in codes:
            raise DataFormatError(f"iso3 {row.iso3!r} is not in members.csv", path=path, line=line)
        start = _parse_date(row.joined, path=path, line=line, column="joined")
        end = _parse_date(row.left, path=path, line=line, column="left")
        if start is not None and end is not None and end <= start:
            raise DataFormatError(f"'left' {row.left} is not after 'joined' {row.joined}",
                                  path=path, line=line)
        _parse_periods(row.suspended, path=path, line=line)
        if not row.source:
            raise DataFormatError("empty 'source'", path=path, line=line)
        s = start if start is not None else pd.Timestamp.min
        e = end if end is not None else pd.Timestamp.max
        for s2, e2, line2 in spans.get((row.bloc, row.iso3), []):
            if s < e2 and s2 < e:
                raise DataFormatError(
                    f"{row.iso3} is in {row.bloc} twice over overlapping dates (see line {line2})",
                    path=path, line=line)
        spans.setdefault((row.bloc, row.iso3), []).append((s, e, line))
        joined.append(start)
        left.append(end)
    frame["joined"] = pd.to_datetime(pd.Series(joined, dtype="object"))
    frame["left"] = pd.to_datetime(pd.Series(left, dtype="object"))
    # memberships without a recorded date count from the bloc's founding (its earliest date)
    # or the state's UN admission, whichever is later
    founded = frame.groupby("bloc")["joined"].transform("min")
    state_start = frame["iso3"].map(dict(zip(members["iso3"].astype(str), admitted, strict=True)))
    fallback = pd.concat([founded, state_start], axis=1).max(axis=1)
    frame["joined_known"] = frame["joined"].notna()
    frame["joined"] = frame["joined"].fillna(fallback)
    regional = _regional_rows(members)
    frame = pd.concat([frame, regional], ignore_index=True)
    for column in ("bloc", "iso3", "suspended", "note", "source"):
        frame[column] = frame[column].replace("", None).astype("string")
    for column in ("joined", "left"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    frame["joined_known"] = frame["joined_known"].astype(bool)
    return frame


def _regional_rows(members: pd.DataFrame) -> pd.DataFrame:
    table = members[members["status"].isin(["member", "former member"])
                    & members["regional_group"].fillna("").ne("")]
    since = table["group_since"]
    joined = table["admitted"].where(since.isna() | (since < table["admitted"]), since)
    notes = table["group_status"].fillna("").map(
        lambda s: "" if s in ("", "member") else f"{s} of the group")
    return pd.DataFrame(
        {
            "bloc": table["regional_group"].astype(str).map(REGIONAL_GROUPS).to_numpy(),
            "iso3": table["iso3"].astype(str).to_numpy(),
            "joined": joined.to_numpy(),
            "left": table["left"].to_numpy(),
            "suspended": "",
            "note": notes.to_numpy(),
            "source": "members.csv regional_group (un.org DGACM: United Nations Regional Groups)",
            "joined_known": True,
        }
    )


@cache
def _blocs_table() -> pd.DataFrame:
    return _load_blocs(data_file("blocs.csv"), _members_table())


def bloc_names() -> list[str]:
    """Ids of all blocs, regional groups included, sorted.

    >>> {"EU", "BRICS", "WEOG"} <= set(bloc_names())
    True
    """
    return sorted(_blocs_table()["bloc"].astype(str).unique())


def _suspended_on(value: object, when: pd.Timestamp) -> bool:
    if not isinstance(value, str) or not value:
        return False
    for part in value.split(";"):
        start, _, end = part.partition("/")
        if pd.Timestamp(start) <= when and (not end or when < pd.Timestamp(end)):
            return True
    return False


def blocs(on: object = None, bloc: object = None) -> pd.DataFrame:
    """Long table of bloc memberships: bloc, iso3, joined, left, source (and more).

    ``bloc`` is one id or a list of ids (see :func:`bloc_names`); ``on`` keeps the
    memberships in force that day and adds ``suspended_on`` (a formally suspended
    state stays a member). Unknown bloc ids raise ``KeyError``.

    >>> sorted(blocs(on="2019-06-01", bloc="EU")["iso3"]).count("GBR")
    1
    >>> "GBR" in set(blocs(on="2021-06-01", bloc="EU")["iso3"])
    False
    """
    table = _blocs_table()
    if bloc is not None:
        wanted = [bloc] if isinstance(bloc, str) else list(bloc) if isinstance(
            bloc, Iterable) else [bloc]
        known = set(table["bloc"].astype(str))
        unknown = [b for b in wanted if b not in known]
        if unknown:
            raise KeyError(f"unknown bloc(s) {unknown}; known: {sorted(known)}")
        table = table[table["bloc"].isin(wanted)]
    when = _as_timestamp(on)
    if when is not None:
        active = table["joined"].le(when) & (table["left"].isna() | table["left"].gt(when))
        table = table[active].copy()
        table["suspended_on"] = [_suspended_on(v, when) for v in table["suspended"]]
    first = ["bloc", "iso3", "joined", "left", "source"]
    table = table[first + [c for c in table.columns if c not in first]]
    return table.sort_values(["bloc", "iso3", "joined"], kind="stable").reset_index(drop=True)
