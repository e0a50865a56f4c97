"""Bloc votes, cohesion, pairwise agreement and alignment over time.

Every function accepts the same inputs, normalised by one private function:

- a :class:`~unvotes.official.VoteData` (its ``votes`` and ``records``);
- a votes DataFrame with ``record_id``, ``iso3``, ``vote`` and optionally ``date``,
  ``session`` and ``resolution`` columns (``vote`` in yes / no / abstain / non_voting,
  ``absent`` or the UN Library letters Y / N / A / X);
- a :class:`~unvotes.parse.ParseResult`, or its ``positions`` frame alone (``vote_id``,
  ``iso3``, ``position``, ``complete``; ``source`` too when it came from ``parse_many``).

"absent" and "non_voting" are the same thing here. Official roll calls list every member,
so a state missing from a record was not a UN member that day and is left out. A report
in text names only some states: the members it does not name are *unknown* (a partial
list does not say what the others did), except when the report gives complete lists for
yes, no and abstain alike, in which case everyone else did not vote.

Data that drops absent rows (Voeten's, and so ``read_voeten``/``read_rvotes``) cannot tell
an absent member from a non-member: both are left out, so bloc ``members`` counts there
only the members who voted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from unvotes.errors import MissingColumnsError

__all__ = ["POSITIONS", "agreement", "alignment", "bloc_votes"]

#: The positions, in code order (0..4), used by analysis and plot alike.
POSITIONS = ("yes", "no", "abstain", "non_voting", "unknown")
_YES, _NO, _ABSTAIN, _NON_VOTING, _UNKNOWN, _OUTSIDE = range(6)  # _OUTSIDE: not a member

_WORDS = {
    "yes": _YES,
    "y": _YES,
    "no": _NO,
    "n": _NO,
    "abstain": _ABSTAIN,
    "a": _ABSTAIN,
    "abstention": _ABSTAIN,
    "non_voting": _NON_VOTING,
    "absent": _NON_VOTING,
    "x": _NON_VOTING,
    "non-voting": _NON_VOTING,
    "unknown": _UNKNOWN,
}


@dataclass
class _Votes:
    """Votes as a dense matrix: ``codes[state, vote]`` in 0..5 (see ``_YES`` ...)."""

    codes: np.ndarray  # int8, states x votes
    states: np.ndarray  # iso3 codes, sorted, object array
    records: pd.DataFrame  # one row per vote, in column order: record_id, date, session, ...
    text: bool  # True for text-derived positions
    closed: bool  # True when every UN member of each vote is in ``codes``


# --------------------------------------------------------------------------- inputs


def _codes_of(values: pd.Series) -> np.ndarray:
    """Vote words or letters -> int8 codes; anything unrecognised is an error."""
    idx, uniques = pd.factorize(values, use_na_sentinel=True)
    lookup = np.array(
        [_WORDS.get(str(u).strip().lower(), -1) for u in uniques] + [-1], dtype=np.int8
    )
    out = lookup[idx]  # the sentinel -1 picks the trailing -1
    if (out < 0).any():
        bad = sorted({str(v) for v in pd.Series(values)[out < 0].unique()})[:5]
        raise ValueError(f"unrecognised vote value(s): {bad}")
    return out


def _session_from_date(dates: pd.Series) -> pd.Series:
    """Regular GA session for a date: session N opens in mid-September of 1945 + N."""
    year = dates.dt.year
    opened = (dates.dt.month > 9) | ((dates.dt.month == 9) & (dates.dt.day >= 15))
    return (year - 1946 + opened.astype("Int64")).astype("Int64")


def _try_members(on: Any) -> list[str] | None:
    """UN members on a date (today when unknown) from ``unvotes.members``; None if unavailable."""
    day = pd.Timestamp.today().normalize() if on is None or pd.isna(on) else pd.Timestamp(on)
    return _members_on(day)


@lru_cache(maxsize=512)
def _members_on(day: pd.Timestamp) -> list[str] | None:
    try:
        from unvotes.countries import members

        return [str(s) for s in members(on=day)["iso3"]]
    except (NotImplementedError, ImportError, KeyError, TypeError, ValueError):
        return None


def _from_positions(
    positions: pd.DataFrame, tallies: pd.DataFrame | None
) -> tuple[pd.DataFrame, pd.DataFrame, bool]:
    """Text-derived positions -> (long votes, records, closed) with unnamed members filled."""
    missing = [c for c in ("vote_id", "iso3", "position") if c not in positions.columns]
    if missing:
        raise MissingColumnsError(missing)
    pos = positions.loc[positions["iso3"].notna()].copy()
    keys = ["source", "vote_id"] if "source" in pos.columns else ["vote_id"]
    pos["vote_id"] = pos["vote_id"].astype("Int64").fillna(-1).astype("int64")
    recs = pos[keys].drop_duplicates()
    if tallies is not None and len(tallies):
        tal = tallies.copy()
        tal["vote_id"] = tal["vote_id"].astype("int64")
        recs = pd.concat([recs, tal[keys]]).drop_duplicates()
        extra = [c for c in ("date", "resolution", "yes", "no", "abstain") if c in tal.columns]
        recs = recs.merge(tal[keys + extra], on=keys, how="left")
    recs = recs.sort_values(keys, kind="stable").reset_index(drop=True)
    recs["record_id"] = np.arange(len(recs), dtype="int64") if len(keys) == 2 else recs["vote_id"]
    if "date" not in recs.columns:
        recs["date"] = pd.NaT
    recs["date"] = pd.to_datetime(recs["date"])
    pos = pos.merge(recs[[*keys, "record_id"]], on=keys, how="left")
    pos["code"] = _codes_of(pos["position"])
    complete = (
        pos["complete"].astype("boolean").fillna(False).astype(bool)
        if "complete" in pos.columns
        else pd.Series(False, index=pos.index)
    )

    rows = [pos[["record_id", "iso3", "code"]]]
    closed_all = True
    named = {k: set(g) for k, g in pos.groupby("record_id")["iso3"]}
    listed = {k: set(g) for k, g in pos.loc[complete].groupby("record_id")["code"]}
    for rec in recs.itertuples(index=False):
        done = set(listed.get(rec.record_id, ()))
        for code, word in ((_YES, "yes"), (_NO, "no"), (_ABSTAIN, "abstain")):
            count = getattr(rec, word, None)
            if count is not None and not pd.isna(count) and int(count) == 0:
                done.add(code)
        roster = _try_members(rec.date)
        if roster is None:
            closed_all = False
            continue
        fill = _NON_VOTING if {_YES, _NO, _ABSTAIN} <= done else _UNKNOWN
        others = sorted(set(roster) - named.get(rec.record_id, set()))
        rows.append(
            pd.DataFrame({"record_id": rec.record_id, "iso3": others, "code": np.int8(fill)})
        )
    long = pd.concat(rows, ignore_index=True)
    return long, recs, closed_all


def _provenance(votes: Any) -> str:
    """A short note of where votes come from (reader and file, or the text's source)."""
    if hasattr(votes, "positions") and hasattr(votes, "tallies"):
        source = str(getattr(votes, "source", None) or "text report")
        if "://" in source:  # a URL stays whole
            return source
        return source.replace("\\", "/").rsplit("/", 1)[-1]  # a file's name, not its path
    if isinstance(votes, pd.DataFrame) and "position" in votes.columns:
        return "text report"
    meta = getattr(votes, "metadata", None) or {}
    name = meta.get("source_name") or meta.get("source")
    what = {
        "read_undl": "UN Digital Library voting data",
        "read_voeten": "Voeten, United Nations General Assembly Voting Data",
        "read_rvotes": "Voeten data via the R unvotes package",
    }.get(meta.get("loader"), "UN recorded votes")
    return f"{what} ({name})" if name else what


def _normalise(votes: Any) -> _Votes:
    """Any accepted input -> a dense :class:`_Votes` matrix (the one place inputs are read)."""
    records: pd.DataFrame | None = None
    if hasattr(votes, "positions") and hasattr(votes, "tallies"):
        long, records, closed = _from_positions(votes.positions, votes.tallies)
        text = True
    elif hasattr(votes, "votes") and hasattr(votes, "records"):
        long, records, closed, text = votes.votes, votes.records, True, False
    elif isinstance(votes, pd.DataFrame) and "position" in votes.columns:
        long, records, closed = _from_positions(votes, None)
        text = True
    elif isinstance(votes, pd.DataFrame):
        long, closed, text = votes, True, False
    else:
        raise TypeError(
            f"expected VoteData, ParseResult or a DataFrame, not {type(votes).__name__}"
        )

    if not text:
        missing = [c for c in ("record_id", "iso3", "vote") if c not in long.columns]
        if missing:
            raise MissingColumnsError(missing)
        long = long.loc[long["iso3"].notna() & long["vote"].notna(), ["record_id", "iso3", "vote"]]
        long = pd.DataFrame(
            {
                "record_id": long["record_id"].to_numpy("int64"),
                "iso3": long["iso3"].reset_index(drop=True),
                "code": _codes_of(long["vote"]),
            }
        )
        extra = (
            [c for c in ("date", "session", "resolution") if c in votes.columns]
            if records is None
            else []
        )
        if records is None:
            records = votes.loc[:, ["record_id", *extra]].drop_duplicates("record_id")
        records = records.loc[records["record_id"].isin(long["record_id"])].copy()

    records = records.copy()
    if "date" not in records.columns:
        records["date"] = pd.NaT
    records["date"] = pd.to_datetime(records["date"])
    if "session" not in records.columns:
        records["session"] = pd.NA
    records["session"] = (
        records["session"].astype("Int64").fillna(_session_from_date(records["date"]))
    )
    records = records.sort_values(
        ["date", "record_id"], kind="stable", na_position="last"
    ).reset_index(drop=True)

    s_idx, states = pd.factorize(long["iso3"], sort=True)
    states = np.asarray(states, dtype=object).astype(str).astype(object)
    r_pos = pd.Index(records["record_id"]).get_indexer(long["record_id"])
    if (r_pos < 0).any():
        raise ValueError("votes refer to record_id values missing from records")
    fill = _OUTSIDE if closed else _UNKNOWN
    codes = np.full((len(states), len(records)), fill, dtype=np.int8)
    codes[s_idx, r_pos] = long["code"].to_numpy(np.int8)
    return _Votes(
        codes=codes, states=states.astype(object), records=records, text=text, closed=closed
    )


# --------------------------------------------------------------------------- blocs


def _membership(blocs: Any, on: Any) -> tuple[pd.DataFrame, bool, list[str]]:
    """Bloc membership as (bloc, iso3, joined, left), whether it is dated, and the bloc order."""
    ids = None
    if isinstance(blocs, pd.DataFrame):
        frame = blocs
    else:
        from unvotes.blocs import blocs as _blocs

        ids = None if blocs is None else ([blocs] if isinstance(blocs, str) else list(blocs))
        frame = _blocs(on=on, bloc=ids)
    missing = [c for c in ("bloc", "iso3") if c not in frame.columns]
    if missing:
        raise MissingColumnsError(missing)
    order = ids or list(dict.fromkeys(frame["bloc"].astype(str)))
    out = frame.loc[frame["iso3"].notna(), ["bloc", "iso3"]].copy()
    for col in ("joined", "left"):
        out[col] = pd.to_datetime(frame[col]) if col in frame.columns else pd.NaT
    if on is not None:
        day = pd.Timestamp(on)
        keep = (out["joined"].isna() | (out["joined"] <= day)) & (
            out["left"].isna() | (out["left"] > day)
        )
        return out.loc[keep], False, order
    return out, bool(out["joined"].notna().any() or out["left"].notna().any()), order


def bloc_votes(votes: Any, blocs: Any = None, on: Any = None) -> pd.DataFrame:
    """How each bloc voted on each vote: counts, majority, cohesion and defectors.

    ``blocs`` is None (every bloc in ``unvotes.blocs()``), a bloc id or list of ids, or a
    DataFrame with ``bloc``, ``iso3`` and optionally ``joined`` / ``left`` dates. A state
    counts as a member on a vote's date when ``joined <= date < left`` (as in
    ``unvotes.blocs``; missing dates are open-ended); with ``on=`` membership is fixed at that date for every vote.

    One row per (vote, bloc): ``record_id``, ``date``, ``session``, ``resolution``, ``bloc``,
    ``members`` (bloc members who were UN members that day), ``yes``, ``no``, ``abstain``,
    ``non_voting``, ``unknown``, ``majority``, ``cohesion``, ``defectors`` (sorted list of
    iso3 codes). Text-derived input also has ``source`` and ``vote_id`` when known.

    ``majority`` is the most common of yes / no / abstain, given only when the unknown
    members could not change it (NA on a tie or with no votes cast). ``cohesion`` is the
    Agreement Index of Hix, Noury and Roland (2005)::

        AI = (max(Y, N, A) - 0.5 * ((Y + N + A) - max(Y, N, A))) / (Y + N + A)

    1 when every member who voted voted alike, 0 when they split evenly three ways; NA when
    nobody voted or some members' positions are unknown. Non-voting members are left out
    of AI. ``defectors`` are members whose known yes / no / abstain differs from the majority.

    >>> v = pd.DataFrame({"record_id": [1, 1, 1], "iso3": ["FRA", "DEU", "ITA"],
    ...                   "vote": ["yes", "yes", "abstain"]})
    >>> g = pd.DataFrame({"bloc": "EU", "iso3": ["FRA", "DEU", "ITA"]})
    >>> row = bloc_votes(v, g).iloc[0]
    >>> (row["majority"], float(row["cohesion"]), row["defectors"])
    ('yes', 0.5, ['ITA'])
    """
    data = _normalise(votes)
    members, dated, order = _membership(blocs, on)
    recs = data.records
    n_votes = len(recs)
    dates = recs["date"].to_numpy("datetime64[ns]")
    nat = np.isnat(dates)

    # every bloc member gets a row, even one that never appears in the votes: outside the
    # UN when the votes list every member, unknown when they are a partial text report
    extra = np.setdiff1d(members["iso3"].astype(str).unique(), data.states.astype(str))
    states = np.concatenate([data.states.astype(str), extra])
    fill = np.full((len(extra), n_votes), _OUTSIDE if data.closed else _UNKNOWN, dtype=np.int8)
    codes = np.vstack([data.codes, fill])
    index = pd.Index(states)

    per_bloc = []
    for bloc in order:
        rows = members.loc[members["bloc"].astype(str) == bloc]
        s = index.get_indexer(rows["iso3"].astype(str))
        uniq, inv = np.unique(s, return_inverse=True)
        alpha = np.argsort(states[uniq], kind="stable")  # members in iso3 order
        uniq, inv = uniq[alpha], np.argsort(alpha)[inv]
        if not len(uniq):
            mask = np.zeros((0, n_votes), dtype=bool)
        elif dated:
            joined = rows["joined"].to_numpy("datetime64[ns]")
            left = rows["left"].to_numpy("datetime64[ns]")
            ok_j = np.isnat(joined)[:, None] | (dates[None, :] >= joined[:, None])
            ok_l = np.isnat(left)[:, None] | (dates[None, :] < left[:, None])
            # a vote with no date: count the bloc's current members (no "left" date)
            spell = np.where(nat[None, :], np.isnat(left)[:, None], ok_j & ok_l)
            by_state = np.argsort(inv, kind="stable")  # OR together each state's spells
            starts = np.searchsorted(inv[by_state], np.arange(len(uniq)))
            mask = np.logical_or.reduceat(spell[by_state], starts, axis=0)
        else:
            mask = np.ones((len(uniq), n_votes), dtype=bool)
        c = codes[uniq]
        inside = mask & (c != _OUTSIDE)
        counts = np.stack([(inside & (c == k)).sum(axis=0) for k in range(5)])
        y, n, a, nv, unk = counts
        cast = counts[:3]
        top = cast.max(axis=0)
        second = np.sort(cast, axis=0)[1]
        total = cast.sum(axis=0)
        certain = (total > 0) & (top - second > unk)
        maj = np.where(certain, cast.argmax(axis=0), -1)
        with np.errstate(invalid="ignore", divide="ignore"):
            ai = (top - 0.5 * (total - top)) / total
        ai = np.where((total > 0) & (unk == 0), ai, np.nan)
        defect = inside & (c < 3) & (c != maj[None, :]) & certain[None, :]
        v_idx, m_idx = np.nonzero(defect.T)
        names = states[uniq][m_idx].tolist()
        ends = np.cumsum(np.bincount(v_idx, minlength=n_votes)).tolist()
        split = [names[i:j] for i, j in zip([0, *ends[:-1]], ends, strict=True)]
        per_bloc.append(
            pd.DataFrame(
                {
                    "_vote": np.arange(n_votes),
                    "bloc": bloc,
                    "members": inside.sum(axis=0),
                    "yes": y,
                    "no": n,
                    "abstain": a,
                    "non_voting": nv,
                    "unknown": unk,
                    "majority": pd.array(
                        np.array(POSITIONS[:3], dtype=object)[np.maximum(maj, 0)], dtype="string"
                    ),
                    "_certain": certain,
                    "cohesion": ai,
                    "defectors": split,
                }
            )
        )
    cols = ["record_id", "source", "vote_id", "date", "session", "resolution"]
    head = recs[[c for c in cols if c in recs.columns]]
    if not per_bloc:
        return pd.DataFrame(
            columns=[
                *head.columns,
                "bloc",
                "members",
                *POSITIONS,
                "majority",
                "cohesion",
                "defectors",
            ]
        )
    body = pd.concat(per_bloc, ignore_index=True)
    body.loc[~body["_certain"], "majority"] = pd.NA
    body = body.sort_values(["_vote"], kind="stable").reset_index(drop=True)
    out = pd.concat(
        [
            head.iloc[body["_vote"].to_numpy()].reset_index(drop=True),
            body.drop(columns=["_vote", "_certain"]),
        ],
        axis=1,
    )
    for col in ("members", *POSITIONS):
        out[col] = out[col].astype("int64")
    out.attrs["source"] = _provenance(votes)
    return out


# --------------------------------------------------------------------------- agreement


def _bits(mask: np.ndarray) -> np.ndarray:
    """Boolean states x votes -> states x words (uint64), one bit per vote."""
    packed = np.packbits(mask, axis=1, bitorder="little")
    pad = (-packed.shape[1]) % 8
    if pad:
        packed = np.pad(packed, ((0, 0), (0, pad)))
    return np.ascontiguousarray(packed).view(np.uint64)


def _both(x: np.ndarray, z: np.ndarray) -> np.ndarray:
    """For every pair of states (i, j): number of votes where x[i] and z[j] are both set."""
    if hasattr(np, "bitwise_count"):  # numpy >= 2: popcount of AND-ed bit words
        out = np.zeros((len(x), len(z)), dtype=np.int64)
        step = max(1, (1 << 22) // max(len(z) * x.shape[1], 1))  # bound the temporary array
        for start in range(0, len(x), step):
            block = x[start : start + step, None, :] & z[None, :, :]
            out[start : start + step] = np.bitwise_count(block).sum(axis=-1, dtype=np.int64)
        return out
    xf = np.unpackbits(x.view(np.uint8), axis=1, bitorder="little").astype(np.float64)
    zf = np.unpackbits(z.view(np.uint8), axis=1, bitorder="little").astype(np.float64)
    return np.rint(xf @ zf.T).astype(np.int64)


def _pair_sums(codes: np.ndarray, method: str) -> tuple[np.ndarray, np.ndarray]:
    """(sum of per-vote agreement, number of votes counted) for every pair of states.

    Agreement on one vote is 1 - |a - b| with yes 1, abstain 0.5, no 0, which is a sum of
    products of position indicators: same position scores 1, abstain against yes or no
    scores 0.5. Each product over all votes is a popcount of bit-packed indicators, so
    everything is exact integer arithmetic (the halves are kept as doubled counts).
    """
    y, n = _bits(codes == _YES), _bits(codes == _NO)
    p = y | n
    if method == "coincidence":
        return (_both(y, y) + _both(n, n)).astype(np.float64), _both(p, p)
    a = _bits(codes == _ABSTAIN)
    c = p | a
    half = _both(p, a)
    twice = 2 * (_both(y, y) + _both(n, n) + _both(a, a)) + half + half.T
    return twice / 2.0, _both(c, c)


def _check_method(method: str) -> None:
    if method not in ("agreement", "coincidence"):
        raise ValueError(f"method must be 'agreement' or 'coincidence', not {method!r}")


def _periods(data: _Votes, by: str | None) -> pd.Series:
    if by is None:
        return pd.Series(0, index=data.records.index)
    if by == "year":
        return data.records["date"].dt.year.astype("Int64")
    if by == "session":
        return data.records["session"].astype("Int64")
    raise ValueError(f"by must be None, 'year' or 'session', not {by!r}")


def agreement(
    votes: Any,
    method: str = "agreement",
    by: str | None = None,
    *,
    min_votes: int = 1,
    long: bool = False,
) -> pd.DataFrame:
    """How alike every pair of states voted.

    ``method="agreement"`` is Voeten's dyadic agreement: yes 1, abstain 0.5, no 0, score
    ``1 - |a - b|`` averaged over the votes both states cast (yes, no or abstain).
    ``method="coincidence"`` is the US State Department's voting coincidence: identical
    yes/no votes divided by the votes where both voted yes or no (abstentions left out).
    Absent, non-voting, unknown and non-member votes are excluded; ``n_votes`` counts the
    votes that were used and ``n_excluded`` the votes in the period that were not.

    With ``by=None`` (and ``long=False``) the result is a square iso3 x iso3 DataFrame,
    NaN where a pair has fewer than ``min_votes`` votes in common. ``by="year"`` or
    ``"session"`` (or ``long=True``) gives long form: ``period``, ``iso3_a``, ``iso3_b``,
    ``agreement``, ``n_votes``, ``n_excluded``, one row per ordered pair of distinct states
    with at least ``min_votes`` votes in common.

    >>> v = pd.DataFrame({"record_id": [1, 1, 2, 2], "iso3": ["USA", "GBR"] * 2,
    ...                   "vote": ["yes", "abstain", "no", "no"]})
    >>> float(agreement(v).loc["USA", "GBR"])
    0.75
    """
    _check_method(method)
    data = _normalise(votes)
    period = _periods(data, by)
    valid = period.notna().to_numpy()
    if by is None and not long:
        sums, counts = _pair_sums(data.codes, method)
        with np.errstate(invalid="ignore", divide="ignore"):
            values = np.where(counts >= max(min_votes, 1), sums / counts, np.nan)
        out = pd.DataFrame(
            values,
            index=pd.Index(data.states, name="iso3_a"),
            columns=pd.Index(data.states, name="iso3_b"),
        )
        out.attrs.update(method=method, source=_provenance(votes))
        return out
    codes = data.codes[:, valid]
    keys = period[valid].to_numpy()
    parts: list[tuple] = []
    for key in sorted(pd.unique(keys)):  # states are sorted, so pairs come out sorted too
        cols = keys == key
        rows = np.nonzero((codes[:, cols] != _OUTSIDE).any(axis=1))[0]
        sums, counts = _pair_sums(codes[np.ix_(rows, cols)], method)
        ia, ib = np.nonzero((counts >= max(min_votes, 1)) & ~np.eye(len(rows), dtype=bool))
        n = counts[ia, ib]
        parts.append(
            (np.full(len(ia), key), rows[ia], rows[ib], sums[ia, ib] / n, n, int(cols.sum()) - n)
        )
    if parts:
        period_v, a, b, value, n, total = (np.concatenate(x) for x in zip(*parts, strict=True))
    else:
        period_v, a, b, value, n, total = (np.zeros(0, dtype=np.int64) for _ in range(6))
    states = pd.Index(data.states.astype(str))
    out = pd.DataFrame(
        {
            "period": pd.array(period_v, dtype="Int64")
            if by is not None
            else pd.array([pd.NA] * len(a), dtype="Int64"),
            "iso3_a": pd.Categorical.from_codes(a.astype(np.int64), categories=states),
            "iso3_b": pd.Categorical.from_codes(b.astype(np.int64), categories=states),
            "agreement": value.astype(np.float64),
            "n_votes": n.astype(np.int64),
            "n_excluded": total.astype(np.int64),
        }
    )
    out.attrs.update(method=method, source=_provenance(votes))
    return out


def alignment(
    votes: Any,
    with_: str = "USA",
    by: str | None = "year",
    *,
    method: str = "agreement",
    min_votes: int = 1,
) -> pd.DataFrame:
    """Each state's agreement with one state (``with_``) per year or session.

    Long form: ``period``, ``iso3``, ``agreement``, ``n_votes``, ``n_excluded`` (the same
    measures as :func:`agreement`). ``by=None`` gives one row per state over all votes.

    >>> v = pd.DataFrame({"record_id": [1, 1, 2, 2], "iso3": ["USA", "GBR"] * 2,
    ...                   "vote": ["yes", "yes", "yes", "no"],
    ...                   "date": pd.to_datetime(["2001-01-01"] * 2 + ["2002-01-01"] * 2)})
    >>> alignment(v, "USA")[["period", "agreement"]].values.tolist()
    [[2001, 1.0], [2002, 0.0]]
    """
    _check_method(method)
    data = _normalise(votes)
    hits = np.nonzero(data.states == with_)[0]
    if not len(hits):
        raise ValueError(f"{with_!r} does not appear in these votes")
    period = _periods(data, by)
    valid = period.notna().to_numpy()
    keys = period[valid].to_numpy()
    codes = data.codes[:, valid]
    frames = []
    for key in pd.unique(keys):
        cols = keys == key
        sub = codes[:, cols]
        ref = sub[hits[0]][None, :]
        both = np.stack([sub, np.broadcast_to(ref, sub.shape)])
        sums, counts = _pair_sums_ref(both, method)
        keep = (counts >= max(min_votes, 1)) & (data.states != with_)
        frames.append(
            pd.DataFrame(
                {
                    "period": key if by is not None else pd.NA,
                    "iso3": data.states[keep],
                    "agreement": sums[keep] / counts[keep],
                    "n_votes": counts[keep].astype("int64"),
                    "n_excluded": int(cols.sum()) - counts[keep].astype("int64"),
                }
            )
        )
    out = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame(columns=["period", "iso3", "agreement", "n_votes", "n_excluded"])
    )
    out["period"] = out["period"].astype("Int64")
    out["iso3"] = out["iso3"].astype("string")
    out.attrs.update(method=method, with_=with_, source=_provenance(votes))
    if by is None:
        out = out.drop(columns="period")
        return out.sort_values("iso3", kind="stable").reset_index(drop=True)
    return out.sort_values(["period", "iso3"], kind="stable").reset_index(drop=True)


def _pair_sums_ref(both: np.ndarray, method: str) -> tuple[np.ndarray, np.ndarray]:
    """Like :func:`_pair_sums` for every state against one reference row (row-wise sums)."""
    a, b = both
    val = np.array([1.0, 0.0, 0.5, np.nan, np.nan, np.nan])
    if method == "coincidence":
        ok = (a <= _NO) & (b <= _NO)
        return ((a == b) & ok).sum(axis=1).astype(float), ok.sum(axis=1)
    ok = (a <= _ABSTAIN) & (b <= _ABSTAIN)
    score = np.where(ok, 1.0 - np.abs(val[a] - val[b]), 0.0)
    return score.sum(axis=1), ok.sum(axis=1)
