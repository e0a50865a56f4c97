"""Consistency checks: when a report of a vote cannot be right, or disagrees with the record.

``check(result)`` looks at the tallies and named positions of one parsed report (or of a
``parse_many`` batch); ``check_many(results)`` also compares reports of the same vote with
each other. Given ``official`` roll calls, both find the record each vote describes and
report every difference. The answer is always a findings frame (see ``_findings.py``).

>>> import unvotes
>>> result = unvotes.parse_text(
...     "The General Assembly adopted the resolution by 141 votes to 7, with 32 abstentions.")
>>> findings = unvotes.check(result)
>>> sorted(set(findings["severity"]))
['info']

Every rule is one small function below, registered in :data:`RULES` under a stable id
(``rule_table()`` lists them with their severity and description).

Passed checks. Rules that compare the report's own numbers with each other or with the
membership (``totals.*``, ``list.complete_count``, ``list.partial_count``,
``list.two_positions``, ``outcome.sc_threshold``, ``outcome.two_thirds``) always say what they
found when they had something to compare: an error or warning when it does not add up, one
``info`` line per vote (per named list for the list counts) when it does, so a reader can see
the arithmetic was done. ``totals.over_membership`` is the exception: when the total fits,
the ``totals.absent_*`` line that follows names the membership it was checked against.
Rules that look for one specific mistake (a name nobody recognises, a non-member, a veto,
a second tally, a difference with the record or with another report) stay silent when they
find none. With ``official`` data, ``record.matched`` always says which record a vote was
matched to, and every finding of a matched vote carries its ``record_id`` and ``resolution``.
"""

from __future__ import annotations

import inspect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

import numpy as np
import pandas as pd

from unvotes._findings import make_findings
from unvotes.errors import MissingColumnsError

if TYPE_CHECKING:
    import os

    from unvotes.official import VoteData
    from unvotes.parse import ParseResult

#: What ``check`` reads: a ParseResult, or its two frames.
Report: TypeAlias = "ParseResult | tuple[pd.DataFrame, pd.DataFrame]"
#: Official roll calls: a VoteData, or a path ``read_undl``/``read_parquet`` can load.
Official: TypeAlias = "VoteData | str | os.PathLike[str] | None"

__all__ = ["RULES", "Rule", "check", "check_many", "rule_table"]

#: Reports and records dated this many days apart can still describe the same vote
#: (reports often give the publication date, or "on Thursday" resolved loosely).
DATE_WINDOW_DAYS = 3

_WINDOW = pd.Timedelta(days=DATE_WINDOW_DAYS)
_SC_ENLARGED = pd.Timestamp("1966-01-01")  # 11 -> 15 members (A/RES/1991 (XVIII), in force 1965)
_P5_FALLBACK = frozenset({"CHN", "FRA", "GBR", "RUS", "SUN", "USA"})
_IMPORTANT = re.compile(r"important\s+question|two[-\s]thirds?", re.IGNORECASE)
_CONTEXT_CHARS = 400

_POSITIONS = ("yes", "no", "abstain", "absent")
_AS_WORDS = {
    "yes": "voting in favour",
    "no": "voting against",
    "abstain": "abstaining",
    "absent": "absent or not voting",
}
_COUNT_WORDS = {
    "yes": ("vote in favour", "votes in favour"),
    "no": ("vote against", "votes against"),
    "abstain": ("abstention", "abstentions"),
    "absent": ("absent", "absent"),
}
_RECORD_POSITION = {"yes": "yes", "no": "no", "abstain": "abstain", "non_voting": "absent"}
_RECORD_WORDS = {
    "yes": "as voting in favour",
    "no": "as voting against",
    "abstain": "as abstaining",
    "absent": "as not voting",
}
_SAID_WORDS = {
    "yes": "voted in favour",
    "no": "voted against",
    "abstain": "abstained",
    "absent": "was absent or did not vote",
}

_TALLY_REQUIRED = ["vote_id", "yes", "no", "abstain"]
_POSITIONS_REQUIRED = ["vote_id", "iso3", "name", "position"]
_RECORDS_REQUIRED = ["record_id", "resolution", "date", "yes", "no", "abstain"]
_VOTES_REQUIRED = ["record_id", "iso3", "vote"]


# --------------------------------------------------------------------------- the rule table


class _Out(NamedTuple):
    """What one rule found: ``ok`` turns the rule's severity into ``info``."""

    ok: bool
    message: str
    expected: object = None
    observed: object = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Rule:
    """One consistency rule.

    ``severity`` is what the rule reports when it finds a problem; ``scope`` says what it
    looks at ("vote", "text": all votes of one text, "official": a vote and its record,
    "sources": reports of one vote from several texts); ``reports_pass`` says whether it
    also writes an ``info`` line when the check holds.

    >>> RULES["list.complete_count"].severity
    'error'
    """

    id: str
    severity: str
    scope: str
    reports_pass: bool
    doc: str
    func: Callable[..., Any] = field(repr=False, compare=False)

    @property
    def summary(self) -> str:
        """The first line of the rule's description."""
        return self.doc.split("\n", 1)[0]


#: Every rule by id, in the order findings are listed.
RULES: dict[str, Rule] = {}


def _rule(rule_id: str, severity: str, scope: str = "vote", reports_pass: bool = False):
    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        doc = inspect.cleandoc(func.__doc__ or "")
        RULES[rule_id] = Rule(rule_id, severity, scope, reports_pass, doc, func)
        return func

    return register


def rule_table() -> pd.DataFrame:
    """The rules as a table: id, severity, scope, reports_pass, summary, description.

    >>> "record.position_differs" in set(rule_table()["id"])
    True
    """
    rows = [
        {
            "id": r.id,
            "severity": r.severity,
            "scope": r.scope,
            "reports_pass": r.reports_pass,
            "summary": r.summary,
            "description": r.doc,
        }
        for r in RULES.values()
    ]
    return pd.DataFrame(rows).astype(
        {c: "string" for c in ("id", "severity", "scope", "summary", "description")}
    )


# --------------------------------------------------------------------------- inputs


@dataclass
class _Pos:
    key: str  # iso3, or the lower-cased name when the registry could not resolve it
    iso3: str | None
    name: str
    position: str
    complete: bool
    start: int | None
    end: int | None


@dataclass(frozen=True)
class _Record:
    record_id: int
    body: str | None
    resolution: str | None
    date: pd.Timestamp | None
    yes: int | None
    no: int | None
    abstain: int | None
    non_voting: int | None


@dataclass(frozen=True)
class _Membership:
    count: int
    body: str  # "General Assembly" or "Security Council"
    states: frozenset[str]  # UN member states on the date
    date: pd.Timestamp | None  # None: the report gives no date, today's membership is used

    @property
    def when(self) -> str:
        return f"on {_day(self.date)}" if self.date is not None else "today"

    @property
    def note(self) -> str:
        if self.date is not None:
            return ""
        return " The report gives no date, so today's membership is used."


@dataclass
class _Vote:
    order: int  # position of the text in the input (for sorting and grouping)
    source: str | None
    vote_id: int
    body: str | None
    resolution: str | None
    date: pd.Timestamp | None
    yes: int | None
    no: int | None
    abstain: int | None
    absent: int | None
    adopted: bool | None
    start: int | None
    end: int | None
    context: str
    positions: list[_Pos] = field(default_factory=list)
    record: _Record | None = None
    matched_by: str = ""
    no_match_reason: str = ""
    record_votes: dict[str, str] | None = None
    _by_position: dict[str, list[_Pos]] | None = None
    _membership: _Membership | None = None
    _membership_done: bool = False

    # -- derived facts shared by several rules

    @property
    def by_position(self) -> dict[str, list[_Pos]]:
        """The named countries under each position, in text order."""
        if self._by_position is None:
            self._by_position = defaultdict(list)
            for p in self.positions:
                self._by_position[p.position].append(p)
        return self._by_position

    @property
    def counts(self) -> tuple[int | None, int | None, int | None]:
        return (self.yes, self.no, self.abstain)

    @property
    def effective_date(self) -> pd.Timestamp | None:
        if self.record is not None and self.record.date is not None:
            return self.record.date
        return self.date

    @property
    def is_sc(self) -> bool:
        body = self.record.body if self.record is not None and self.record.body else self.body
        return body == "SC"

    @property
    def membership(self) -> _Membership | None:
        if not self._membership_done:
            self._membership = _membership(self.is_sc, self.effective_date)
            self._membership_done = True
        return self._membership

    @property
    def voting(self) -> int | None:
        """yes + no + abstain, when all three are known."""
        if None in self.counts:
            return None
        return self.yes + self.no + self.abstain  # type: ignore[operator]

    def count_for(self, position: str) -> tuple[int | None, bool]:
        """The count the report gives for a position, or the inferred absent count."""
        value = getattr(self, position)
        if value is not None or position != "absent":
            return value, False
        members = self.membership
        if self.voting is None or members is None or self.voting > members.count:
            return None, False
        return members.count - self.voting, True


def _na(value: Any) -> Any:
    """None for every flavour of missing value, the value otherwise."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _int(value: Any) -> int | None:
    value = _na(value)
    return None if value is None else int(value)


def _str(value: Any) -> str | None:
    value = _na(value)
    return None if value is None else str(value)


def _date(value: Any) -> pd.Timestamp | None:
    value = _na(value)
    if value is None:
        return None
    return pd.Timestamp(value).normalize()


def _bool(value: Any) -> bool | None:
    value = _na(value)
    return None if value is None else bool(value)


def _frames(result: Any) -> tuple[pd.DataFrame, pd.DataFrame, str | None, str | None]:
    if isinstance(result, tuple) and len(result) == 2:
        tallies, positions = result
        source, text = None, None
    elif hasattr(result, "tallies") and hasattr(result, "positions"):
        tallies, positions = result.tallies, result.positions
        source, text = getattr(result, "source", None), getattr(result, "text", None)
    else:
        raise TypeError(
            "check() needs a ParseResult (from parse_text, parse_file or parse_many) "
            f"or a (tallies, positions) pair, not {type(result).__name__}"
        )
    for frame, required, what in (
        (tallies, _TALLY_REQUIRED, "tallies"),
        (positions, _POSITIONS_REQUIRED, "positions"),
    ):
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"{what} must be a DataFrame, not {type(frame).__name__}")
        columns = set(frame.columns.tolist())
        missing = [c for c in required if c not in columns]
        if missing and (what == "tallies" or len(frame)):  # no names at all needs no columns
            raise MissingColumnsError(missing, path=f"<{what}>")
    return tallies, positions, _str(source), text


def _values(frame: pd.DataFrame, name: str, default: Any = None) -> list[Any]:
    """A column as Python values with None for every missing value (vectorised)."""
    if name not in frame.columns:
        return [default] * len(frame)
    column = frame[name]
    if name == "date":
        days = pd.to_datetime(column, errors="coerce")
        if getattr(days.dt, "tz", None) is not None:
            days = days.dt.tz_localize(None)
        return [None if d is pd.NaT else d for d in days.dt.normalize().tolist()]
    return column.to_numpy(dtype=object, na_value=None).tolist()


def _i(value: Any) -> int | None:
    """int, for values already cleaned by ``_values`` (None stays None)."""
    return None if value is None else int(value)


def _s(value: Any) -> str | None:
    return None if value is None else str(value)


def _b(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _stack(frames: list[pd.DataFrame]) -> tuple[pd.DataFrame, np.ndarray]:
    """One frame of all inputs, and for each row the input it came from."""
    lengths = [len(f) for f in frames]
    items = np.repeat(np.arange(len(frames)), lengths)
    if len(frames) == 1:
        return frames[0], items
    kept = [f for f in frames if len(f)]
    if not kept:
        return frames[0].iloc[:0], items
    # concatenating thousands of small frames is about twice as fast in chunks
    chunks = [pd.concat(kept[i : i + 100], ignore_index=True) for i in range(0, len(kept), 100)]
    return pd.concat(chunks, ignore_index=True), items


def _read(results: Sequence[Any]) -> list[list[_Vote]]:
    """All inputs as plain Python votes, one list per text (the frames are only read).

    A ``parse_many`` batch holds many texts; they are told apart by its ``source`` column.
    """
    inputs = [_frames(r) for r in results]
    tallies, items = _stack([t for t, _, _, _ in inputs])
    sources = [
        s if s is not None else inputs[i][2]
        for s, i in zip(_values(tallies, "source"), items.tolist(), strict=True)
    ]
    texts: dict[tuple[int, str | None], list[_Vote]] = {}
    by_key: dict[tuple[int, str | None, int], _Vote] = {}
    columns = [
        _values(tallies, name)
        for name in ("vote_id", "body", "resolution", "date", "yes", "no", "abstain", "absent")
    ]
    columns += [_values(tallies, name) for name in ("adopted", "start", "end", "sentence")]
    for row, (item, source, vid, body, sym, date, yes, no, abst, absent, adopted, start, end, sentence) in enumerate(
        zip(items.tolist(), sources, *columns, strict=True)
    ):
        text = inputs[item][3]
        start, end = _i(start), _i(end)
        context = _s(sentence) or ""
        if text and start is not None and end is not None:
            context = f"{context} {text[max(0, start - _CONTEXT_CHARS) : end + _CONTEXT_CHARS]}"
        source = _s(source)
        group = texts.setdefault((item, source), [])
        vote = _Vote(
            order=0,
            source=source,
            vote_id=row if vid is None else int(vid),
            body=_s(body),
            resolution=_s(sym),
            date=date,
            yes=_i(yes),
            no=_i(no),
            abstain=_i(abst),
            absent=_i(absent),
            adopted=_b(adopted),
            start=start,
            end=end,
            context=context,
        )
        group.append(vote)
        by_key[(item, source, vote.vote_id)] = vote
    positions, pitems = _stack([p for _, p, _, _ in inputs])
    if len(positions):
        psources = [
            s if s is not None else inputs[i][2]
            for s, i in zip(_values(positions, "source"), pitems.tolist(), strict=True)
        ]
        for item, psrc, vid, iso3, name, pos, complete, start, end in zip(
            pitems.tolist(),
            psources,
            _values(positions, "vote_id"),
            _values(positions, "iso3"),
            _values(positions, "name"),
            _values(positions, "position"),
            _values(positions, "complete", False),
            _values(positions, "start"),
            _values(positions, "end"),
            strict=True,
        ):
            vid = _i(vid)
            if vid is None:  # a name with no tally to belong to: nothing to check it against
                continue
            vote = by_key.get((item, _s(psrc), vid))
            position = _s(pos)
            if vote is None or position not in _POSITIONS:
                continue
            iso3 = _s(iso3)
            name = _s(name) or (iso3 or "?")
            vote.positions.append(
                _Pos(
                    key=iso3 or name.casefold(),
                    iso3=iso3,
                    name=name,
                    position=position,
                    complete=bool(complete),
                    start=_i(start),
                    end=_i(end),
                )
            )
    grouped = list(texts.values())
    for order, votes in enumerate(grouped):
        for vote in votes:
            vote.order = order
    return grouped


# --------------------------------------------------------------------------- membership


@lru_cache(maxsize=1)
def _membership_changes() -> np.ndarray:
    """Every date on which UN membership changed (admissions, departures, gaps), sorted."""
    from unvotes.countries import members

    table = members()
    dates = [*table["admitted"].dropna(), *table["left"].dropna()]
    for gaps in table["not_member"].dropna():
        for gap in filter(None, str(gaps).split(";")):
            dates.extend(pd.Timestamp(part) for part in gap.split("/"))
    return np.unique(np.array([pd.Timestamp(d).to_datetime64() for d in dates], dtype="datetime64[ns]"))


def _un_states(date: pd.Timestamp | None) -> frozenset[str]:
    """ISO3 codes of the UN member states on a date (today when None).

    Membership only changes on the dates in ``_membership_changes``, so the registry is asked
    once per period between two changes, not once per vote date.
    """
    when = pd.Timestamp.now().normalize() if date is None else date
    changes = _membership_changes()
    at = int(np.searchsorted(changes, np.datetime64(when.to_datetime64(), "ns"), side="right"))
    return _states_on(pd.Timestamp(changes[at - 1]) if at > 0 else when)


@lru_cache(maxsize=1024)
def _states_on(when: pd.Timestamp) -> frozenset[str]:
    from unvotes.countries import members

    return frozenset(str(code) for code in members(on=when)["iso3"].dropna())


@lru_cache(maxsize=1)
def _state_facts() -> dict[str, tuple[str, pd.Timestamp | None, pd.Timestamp | None]]:
    """Every state the registry knows: its status today, when it joined and when it left."""
    from unvotes.countries import members

    table = members()
    return {
        str(i): (str(s), _date(a), _date(e))
        for i, s, a, e in zip(table["iso3"], table["status"], table["admitted"], table["left"], strict=True)
    }


@lru_cache(maxsize=16384)
def _membership(is_sc: bool, date: pd.Timestamp | None) -> _Membership | None:
    """The body's size and the UN member states on a date; None before the UN existed."""
    states = _un_states(date)
    if not states:
        return None
    if is_sc:
        count = 11 if date is not None and date < _SC_ENLARGED else 15
        return _Membership(count, "Security Council", states, date)
    return _Membership(len(states), "General Assembly", states, date)


@lru_cache(maxsize=256)
def _p5(date: pd.Timestamp | None) -> frozenset[str]:
    """The permanent members of the Security Council (blocs registry, else the five seats)."""
    try:
        from unvotes.blocs import blocs

        table = blocs(bloc="P5", on=date)
        codes = frozenset(str(c) for c in table["iso3"].dropna())
    except (LookupError, ValueError, NotImplementedError):
        return _P5_FALLBACK
    return codes or _P5_FALLBACK


# --------------------------------------------------------------------------- wording


@lru_cache(maxsize=65536)
def _day(date: pd.Timestamp | None) -> str:
    return "an unknown date" if date is None else f"{date.day} {date:%B %Y}"


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _countries(count: int) -> str:
    return _n(count, "country", "countries")


def _count_words(position: str, value: int) -> str:
    one, many = _COUNT_WORDS[position]
    return _n(value, one, many)


def _tally(yes: int | None, no: int | None, abstain: int | None, absent: int | None = None) -> str:
    """141 in favour, 7 against and 32 abstentions (only the numbers that are known)."""
    parts = []
    if yes is not None:
        parts.append(f"{yes} in favour")
    if no is not None:
        parts.append(f"{no} against")
    if abstain is not None:
        parts.append(_count_words("abstain", abstain))
    if absent is not None:
        parts.append(f"{absent} absent")
    if not parts:
        return "no numbers"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _short_tally(values: Sequence[int | None]) -> str:
    return "-".join("?" if v is None else str(v) for v in values)


def _and(items: Sequence[str], last: str = "and") -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def _span(positions: Iterable[_Pos]) -> tuple[int | None, int | None]:
    starts = [p.start for p in positions if p.start is not None]
    ends = [p.end for p in positions if p.end is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _distinct(positions: Iterable[_Pos]) -> dict[str, _Pos]:
    found: dict[str, _Pos] = {}
    for p in positions:
        found.setdefault(p.key, p)
    return found


# --------------------------------------------------------------------------- totals rules


@_rule("totals.over_membership", "error")
def _over_membership(vote: _Vote) -> list[_Out]:
    """More votes (yes + no + abstain, + absent when stated) than the body has members.

    The General Assembly has had 193 members since South Sudan joined on 14 July 2011 (the
    registry gives the number on any date); the Security Council has 15 (11 before 1966).
    """
    known = [v for v in (vote.yes, vote.no, vote.abstain, vote.absent) if v is not None]
    members = vote.membership
    if len(known) < 2 or members is None:
        return []
    total = sum(known)
    if total <= members.count:
        return []
    message = (
        f"The numbers add up to {total} countries "
        f"({_tally(vote.yes, vote.no, vote.abstain, vote.absent)}), but the {members.body} "
        f"had only {members.count} members {members.when}.{members.note}"
    )
    return [_Out(False, message, f"at most {members.count}", total, vote.start, vote.end)]


@_rule("totals.absent_mismatch", "warning", reports_pass=True)
def _absent_mismatch(vote: _Vote) -> list[_Out]:
    """The stated number absent is not the membership minus those voting.

    Runs only when the report states how many were absent and gives all three counts.
    """
    members = vote.membership
    voting = vote.voting
    if vote.absent is None or voting is None or members is None:
        return []
    if voting + vote.absent > members.count:
        return []  # totals.over_membership already says the numbers are impossible
    expected = members.count - voting
    if vote.absent == expected:
        message = (
            f"The {vote.absent} reported absent are exactly the {members.count} members of the "
            f"{members.body} {members.when} minus the {voting} who took part.{members.note}"
        )
        return [_Out(True, message, expected, vote.absent, vote.start, vote.end)]
    message = (
        f"The report says {vote.absent} were absent, but the {members.body} had "
        f"{members.count} members {members.when} and {voting} took part, which leaves {expected}."
        f"{members.note}"
    )
    return [_Out(False, message, expected, vote.absent, vote.start, vote.end)]


@_rule("totals.absent_inferred", "info")
def _absent_inferred(vote: _Vote) -> list[_Out]:
    """How many members were absent or did not vote, when the report does not say.

    It is the membership on the vote date minus yes + no + abstain; always informational.
    """
    members = vote.membership
    voting = vote.voting
    if vote.absent is not None or voting is None or members is None or voting > members.count:
        return []
    missing = members.count - voting
    message = (
        f"{vote.yes} + {vote.no} + {vote.abstain} = {voting} of the {members.count} members of "
        f"the {members.body} {members.when} took part (in favour, against or abstaining), so "
        f"{missing} were absent or did not vote (inferred: the report does not say).{members.note}"
    )
    return [_Out(True, message, None, missing, vote.start, vote.end)]


# --------------------------------------------------------------------------- named lists


@_rule("list.complete_count", "error", reports_pass=True)
def _complete_count(vote: _Vote) -> list[_Out]:
    """A complete list of names whose length differs from the count for that position.

    A list is complete when the text presents it as the whole set ("The seven countries who
    voted against were ..."). For absent, the count is the stated one or else the inferred one.
    """
    outs = []
    for position, named_rows in vote.by_position.items():
        rows = [p for p in named_rows if p.complete]
        if not rows:
            continue
        count, inferred = vote.count_for(position)
        if count is None:
            continue
        named = len(_distinct(rows))
        start, end = _span(rows)
        as_words = _AS_WORDS[position]
        if named == count:
            verb = "matches" if named == 1 else "match"
            message = f"The {_countries(named)} named as {as_words} {verb} the count of {count}."
            outs.append(_Out(True, message, count, named, start, end))
            continue
        if inferred:
            basis = f"the count of members who did not vote is {count} (inferred from the totals)"
        else:
            basis = f"gives the count as {count}"
        message = f"The report lists {_countries(named)} as {as_words}, but {basis}."
        outs.append(_Out(False, message, count, named, start, end))
    return outs


@_rule("list.partial_count", "error", reports_pass=True)
def _partial_count(vote: _Vote) -> list[_Out]:
    """A partial list ("... were among the 32 countries to abstain") longer than its count."""
    outs = []
    for position, rows in vote.by_position.items():
        if any(p.complete for p in rows):
            continue
        count, inferred = vote.count_for(position)
        if count is None:
            continue
        named = len(_distinct(rows))
        start, end = _span(rows)
        as_words = _AS_WORDS[position]
        basis = "inferred " if inferred else ""
        if named <= count:
            message = (
                f"The {_countries(named)} named among those {as_words} "
                f"{'is' if named == 1 else 'are'} within the {basis}count of {count}."
            )
            outs.append(_Out(True, message, f"at most {count}", named, start, end))
        else:
            message = (
                f"The report names {_countries(named)} as {as_words}, but the {basis}count is "
                f"only {count}."
            )
            outs.append(_Out(False, message, f"at most {count}", named, start, end))
    return outs


@_rule("list.two_positions", "error", reports_pass=True)
def _two_positions(vote: _Vote) -> list[_Out]:
    """A country named under two positions of one vote (e.g. both against and abstaining)."""
    if len({p.position for p in vote.positions}) < 2:
        return []  # names under one position at most: nothing to compare
    held: dict[str, list[_Pos]] = defaultdict(list)
    for p in vote.positions:
        held[p.key].append(p)
    outs = []
    for rows in held.values():
        positions = list(dict.fromkeys(p.position for p in rows))
        if len(positions) < 2:
            continue
        start, end = _span(rows)
        words = _and([_AS_WORDS[p] for p in positions], "and as")
        message = f"{rows[0].name} is named both as {words}: a country has one vote."
        outs.append(_Out(False, message, "one position", ", ".join(positions), start, end))
    if not outs:
        start, end = _span(vote.positions)
        message = f"None of the {_countries(len(held))} named is listed under two positions."
        outs.append(_Out(True, message, "one position", "one position", start, end))
    return outs


@_rule("list.not_member", "error")
def _not_member(vote: _Vote) -> list[_Out]:
    """A named country that was not a UN member on the vote date (observer, non-member, dissolved)."""
    members = vote.membership
    if members is None or not members.states:
        return []
    outs = []
    for p in _distinct(x for x in vote.positions if x.iso3 is not None).values():
        if p.iso3 in members.states:
            continue
        why, observed = _why_not_member(p.iso3 or "", members)
        message = f"The report names {p.name} as {_AS_WORDS[p.position]}, but {why}.{members.note}"
        outs.append(_Out(False, message, "a member state", observed, p.start, p.end))
    return outs


def _why_not_member(iso3: str, members: _Membership) -> tuple[str, str]:
    """A plain reason a state could not vote, and a one-word status for ``observed``."""
    status, admitted, left = _state_facts().get(iso3, ("", None, None))
    if status == "observer":
        return "it is a non-member observer state, which cannot vote", "observer"
    if status == "non-member":
        return "it is not a member of the United Nations", "non-member"
    date = members.date
    if admitted is not None and date is not None and date < admitted:
        return f"it only joined the United Nations on {_day(admitted)}", "not yet a member"
    if left is not None and date is not None and date >= left:
        return f"its United Nations membership ended on {_day(left)}", "former member"
    return f"it was not a member of the United Nations {members.when}", "not a member"


@_rule("list.unresolved", "warning")
def _unresolved(vote: _Vote) -> list[_Out]:
    """A listed name the country registry cannot resolve to a state."""
    outs = []
    for p in _distinct(x for x in vote.positions if x.iso3 is None).values():
        message = (
            f'The report names "{p.name}" as {_AS_WORDS[p.position]}, but that name does not '
            "match any country unvotes knows."
        )
        outs.append(_Out(False, message, "a country name", p.name, p.start, p.end))
    return outs


# --------------------------------------------------------------------------- outcome


@_rule("outcome.adopted_without_majority", "error")
def _adopted_without_majority(vote: _Vote) -> list[_Out]:
    """Reported as adopted although yes is not more than no (General Assembly and committees)."""
    if vote.is_sc or vote.adopted is not True or vote.yes is None or vote.no is None:
        return []
    if vote.yes > vote.no:
        return []
    message = (
        f"The report says the resolution was adopted, but counts {vote.yes} in favour and "
        f"{vote.no} against: adoption needs more votes in favour than against."
    )
    return [_Out(False, message, f"more than {vote.no}", vote.yes, vote.start, vote.end)]


def _sc_needed(vote: _Vote) -> tuple[int, int]:
    date = vote.effective_date
    return (7, 11) if date is not None and date < _SC_ENLARGED else (9, 15)


@_rule("outcome.sc_threshold", "error", reports_pass=True)
def _sc_threshold(vote: _Vote) -> list[_Out]:
    """A Security Council adoption with fewer than 9 votes in favour (7 of 11 before 1966)."""
    if not vote.is_sc or vote.adopted is not True or vote.yes is None:
        return []
    needed, seats = _sc_needed(vote)
    if vote.yes >= needed:
        message = (
            f"The Security Council adoption had {vote.yes} votes in favour, at least the "
            f"{needed} of {seats} needed."
        )
        return [_Out(True, message, f"at least {needed}", vote.yes, vote.start, vote.end)]
    message = (
        f"The report says the Security Council adopted the resolution with {vote.yes} votes in "
        f"favour, but adoption needs at least {needed} of its {seats} members."
    )
    return [_Out(False, message, f"at least {needed}", vote.yes, vote.start, vote.end)]


@_rule("outcome.sc_veto", "error")
def _sc_veto(vote: _Vote) -> list[_Out]:
    """A Security Council "adoption" with a permanent member named as voting against (a veto)."""
    if not vote.is_sc or vote.adopted is not True:
        return []
    p5 = _p5(vote.effective_date)
    outs = []
    for p in _distinct(x for x in vote.positions if x.position == "no").values():
        if p.iso3 in p5:
            message = (
                f"The report says the Security Council adopted the resolution, but names "
                f"{p.name}, a permanent member, as voting against: that is a veto, so the "
                "draft could not have been adopted."
            )
            outs.append(_Out(False, message, "not adopted", "adopted", p.start, p.end))
    return outs


@_rule("outcome.two_thirds", "warning", reports_pass=True)
def _two_thirds(vote: _Vote) -> list[_Out]:
    """Whether yes is two thirds of those voting yes or no (General Assembly plenary).

    Important questions need that majority (Charter Art. 18). The rule warns when the text
    calls the vote an important question (or mentions a two-thirds majority) and reports it
    adopted without one; otherwise it says, as information, whether the majority was met.
    """
    if vote.is_sc or vote.body == "committee" or vote.yes is None or vote.no is None:
        return []
    voting = vote.yes + vote.no
    if voting == 0:
        return []
    needed = -(-2 * voting // 3)  # ceiling of two thirds
    met = vote.yes >= needed
    important = bool(_IMPORTANT.search(vote.context))
    expected = f"at least {needed}"
    if important and vote.adopted is True and not met:
        message = (
            f"The report treats this as needing a two-thirds majority, but {vote.yes} in favour "
            f"is less than two thirds of the {voting} voting yes or no ({needed} needed), yet "
            "it says the resolution was adopted."
        )
        return [_Out(False, message, expected, vote.yes, vote.start, vote.end)]
    if met:
        message = (
            f"The two-thirds majority of those voting is met: {vote.yes} in favour of the "
            f"{voting} voting yes or no ({needed} needed)."
        )
    else:
        message = (
            f"The two-thirds majority of those voting is not met: {vote.yes} in favour of the "
            f"{voting} voting yes or no ({needed} needed)."
        )
    if important:
        message += " The report calls this an important question, which needs that majority."
    elif not met:
        message += " That matters only for important questions, which the report does not mention."
    return [_Out(True, message, expected, vote.yes, vote.start, vote.end)]


# --------------------------------------------------------------------------- one text, one vote


def _same_vote(a: _Vote, b: _Vote) -> bool:
    """Two tallies that describe the same vote: same symbol, or same day and mostly same numbers."""
    if a.body and b.body and a.body != b.body:
        return False
    sa, sb = _symbol_key(a.resolution), _symbol_key(b.resolution)
    if sa and sb:
        return sa == sb
    if a.date is not None and b.date is not None and abs(a.date - b.date) > _WINDOW:
        return False
    pairs = [
        (x, y) for x, y in zip(a.counts, b.counts, strict=True) if x is not None and y is not None
    ]
    return len(pairs) >= 2 and sum(x == y for x, y in pairs) >= 2


def _differs(a: _Vote, b: _Vote) -> bool:
    return any(
        x is not None and y is not None and x != y
        for x, y in zip((*a.counts, a.absent), (*b.counts, b.absent), strict=True)
    )


@_rule("vote.conflicting_tallies", "error", scope="text")
def _conflicting_tallies(votes: list[_Vote]) -> list[tuple[_Vote, _Out]]:
    """One text reports the same vote twice with different numbers.

    Two tallies are the same vote when they carry the same resolution symbol, or (without
    symbols) fall within a few days and agree on at least two of yes, no and abstain.
    """
    found = []
    for j, later in enumerate(votes):
        for earlier in votes[:j]:
            if _same_vote(earlier, later) and _differs(earlier, later):
                first = _short_tally((*earlier.counts, earlier.absent))
                second = _short_tally((*later.counts, later.absent))
                message = (
                    f"The report gives two different tallies for what seems to be the same vote: "
                    f"{_tally(earlier.yes, earlier.no, earlier.abstain, earlier.absent)} "
                    f"earlier, and {_tally(later.yes, later.no, later.abstain, later.absent)} here."
                )
                found.append((later, _Out(False, message, first, second, later.start, later.end)))
                break
    return found


# --------------------------------------------------------------------------- official record


@_rule("record.matched", "info", scope="official")
def _record_matched(vote: _Vote) -> list[_Out]:
    """Which official record the vote was matched to, and how (symbol, or date and tally)."""
    rec = vote.record
    if rec is None:
        return []
    how = "its resolution symbol" if vote.matched_by == "symbol" else "its date and tally"
    message = (
        f"Matched to the official record of {rec.resolution or 'a vote'} on {_day(rec.date)} "
        f"(record {rec.record_id}) by {how}."
    )
    return [_Out(True, message, rec.resolution, vote.resolution, vote.start, vote.end)]


@_rule("record.no_match", "warning", scope="official")
def _record_no_match(vote: _Vote) -> list[_Out]:
    """No official record matches the vote (by symbol, or by date within a few days and tally)."""
    if vote.record is not None:
        return []
    message = f"No official record matches this vote: {vote.no_match_reason}"
    observed = vote.resolution or _short_tally(vote.counts)
    return [_Out(False, message, "a matching record", observed, vote.start, vote.end)]


@_rule("record.date_differs", "warning", scope="official")
def _record_date_differs(vote: _Vote) -> list[_Out]:
    """Matched by symbol, but the report's date is more than a few days from the record's."""
    rec = vote.record
    if rec is None or rec.date is None or vote.date is None or vote.matched_by != "symbol":
        return []
    if abs(vote.date - rec.date) <= _WINDOW:
        return []
    message = (
        f"The report dates the vote {_day(vote.date)}, but the official record of "
        f"{rec.resolution} is dated {_day(rec.date)}."
    )
    return [
        _Out(
            False,
            message,
            rec.date.date().isoformat(),
            vote.date.date().isoformat(),
            vote.start,
            vote.end,
        )
    ]


@_rule("record.tally_differs", "error", scope="official")
def _record_tally_differs(vote: _Vote) -> list[_Out]:
    """A count in the report differs from the official record (one finding per count).

    The report's "absent" is compared with the record's non-voting count.
    """
    rec = vote.record
    if rec is None:
        return []
    outs = []
    for position, recorded in (
        ("yes", rec.yes),
        ("no", rec.no),
        ("abstain", rec.abstain),
        ("absent", rec.non_voting),
    ):
        reported = getattr(vote, position)
        if reported is None or recorded is None or reported == recorded:
            continue
        said = _count_words(position, reported)
        has = f"{recorded} not voting" if position == "absent" else str(recorded)
        message = (
            f"The report gives {said}; the official record of {rec.resolution or 'the vote'} "
            f"has {has}."
        )
        outs.append(_Out(False, message, recorded, reported, vote.start, vote.end))
    return outs


@_rule("record.position_differs", "error", scope="official")
def _record_position_differs(vote: _Vote) -> list[_Out]:
    """A named country whose recorded vote differs from what the report says (one per country)."""
    rec = vote.record
    if rec is None or vote.record_votes is None:
        return []
    outs = []
    seen: set[tuple[str, str]] = set()
    for p in vote.positions:
        if p.iso3 is None or (p.iso3, p.position) in seen:
            continue
        seen.add((p.iso3, p.position))
        recorded = vote.record_votes.get(p.iso3)
        if recorded == p.position:
            continue
        has = "has no vote for it" if recorded is None else f"lists it {_RECORD_WORDS[recorded]}"
        message = (
            f"The report says {p.name} {_SAID_WORDS[p.position]}; the official record of "
            f"{rec.resolution or 'the vote'} {has}."
        )
        outs.append(_Out(False, message, recorded or "not listed", p.position, p.start, p.end))
    return outs


# --------------------------------------------------------------------------- across texts


def _label(vote: _Vote) -> str:
    return vote.source or f"report {vote.order + 1}"


def _name_sources(votes: Sequence[_Vote], limit: int = 3) -> str:
    labels = list(dict.fromkeys(_label(v) for v in votes))
    if len(labels) > limit:
        return ", ".join(labels[:limit]) + f" and {len(labels) - limit} more"
    return ", ".join(labels)


def _minority(values: dict[int, Any]) -> dict[int, list[int]]:
    """For each vote (by index) whose value is not the clear majority: the indices that differ."""
    if len(set(values.values())) < 2:
        return {}
    counts = Counter(values.values())
    top = counts.most_common()
    clear = top[0][1] > top[1][1]
    out = {}
    for i, value in values.items():
        if clear and value == top[0][0]:
            continue
        out[i] = [j for j, other in values.items() if other != value]
    return out


@_rule("sources.disagree", "warning", scope="sources")
def _sources_disagree(groups: list[list[_Vote]]) -> list[tuple[_Vote, _Out]]:
    """Reports of the same vote from different texts give different numbers or positions.

    Reports are grouped by the official record they match, else by resolution symbol, else by
    date (within a few days) and tally. For each count and each country named by several
    reports, the reports outside the majority are flagged (every report that differs when there
    is no majority). A country named under a position that another report lists in full
    without it is flagged too.
    """
    found: list[tuple[_Vote, _Out]] = []
    for group in groups:
        for position in _POSITIONS:
            values = {
                i: getattr(v, position)
                for i, v in enumerate(group)
                if getattr(v, position) is not None
            }
            for i, others in _minority(values).items():
                vote = group[i]
                other_values = sorted({values[j] for j in others})
                said = _count_words(position, values[i])
                others_said = " or ".join(str(x) for x in other_values)
                message = (
                    f"This report gives {said}, but other reports of the same vote "
                    f"({_name_sources([group[j] for j in others])}) give {others_said}."
                )
                found.append(
                    (vote, _Out(False, message, others_said, values[i], vote.start, vote.end))
                )
        held: dict[str, dict[int, str]] = defaultdict(dict)
        names: dict[tuple[int, str], _Pos] = {}
        for i, vote in enumerate(group):
            mine: dict[str, set[str]] = defaultdict(set)
            for p in vote.positions:
                if p.iso3 is not None:
                    mine[p.iso3].add(p.position)
                    names.setdefault((i, p.iso3), p)
            for iso3, positions in mine.items():
                if len(positions) == 1:  # two positions in one text is list.two_positions
                    held[iso3][i] = next(iter(positions))
        for iso3, values in held.items():
            for i, others in _minority(values).items():
                p = names[(i, iso3)]
                other_words = " or ".join(sorted({_SAID_WORDS[values[j]] for j in others}))
                message = (
                    f"This report says {p.name} {_SAID_WORDS[p.position]}, but other reports of "
                    f"the same vote ({_name_sources([group[j] for j in others])}) say it "
                    f"{other_words}."
                )
                expected = " or ".join(sorted({values[j] for j in others}))
                found.append((group[i], _Out(False, message, expected, p.position, p.start, p.end)))
        found.extend(_outside_complete_lists(group, held))
    return found


def _outside_complete_lists(
    group: list[_Vote], held: dict[str, dict[int, str]]
) -> list[tuple[_Vote, _Out]]:
    """A report names a country under a position another report lists in full without it."""
    found = []
    for i, vote in enumerate(group):
        for position in _POSITIONS:
            full = {p.iso3 for p in vote.positions if p.position == position and p.complete}
            if not full or None in full:
                continue
            for other in group:
                if other.source == vote.source:
                    continue
                for p in _distinct(x for x in other.positions if x.position == position).values():
                    if p.iso3 is None or p.iso3 in full or i in held.get(p.iso3, {}):
                        continue  # named by both: the position comparison above covers it
                    message = (
                        f"This report says {p.name} {_SAID_WORDS[position]}, but the full list "
                        f"of countries {_AS_WORDS[position]} in another report of the same vote "
                        f"({_label(vote)}) does not include it."
                    )
                    out = _Out(False, message, f"not {position}", position, p.start, p.end)
                    found.append((other, out))
    return found


def _group_reports(votes: list[_Vote]) -> list[list[_Vote]]:
    """Groups of votes from different texts that describe the same vote."""
    parent = list(range(len(votes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    first_by: dict[tuple[str, object], int] = {}
    for i, vote in enumerate(votes):
        keys: list[tuple[str, object]] = []
        if vote.record is not None:
            keys.append(("record", vote.record.record_id))
        symbol = _symbol_key(vote.resolution)
        if symbol:
            keys.append(("symbol", symbol))
        for key in keys:
            if key in first_by:
                union(first_by[key], i)
            else:
                first_by[key] = i
    # reports not tied to one record: within a few days and two of the three numbers equal
    by_pair: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    by_triple: dict[tuple[int | None, ...], list[int]] = defaultdict(list)
    for i, vote in enumerate(votes):
        counts = vote.counts
        by_triple[counts].append(i)
        if vote.date is None:
            continue
        for a, b in ((0, 1), (0, 2), (1, 2)):
            if counts[a] is not None and counts[b] is not None:
                by_pair[(a * 3 + b, counts[a], counts[b])].append(i)  # type: ignore[index]
    for members in by_pair.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: votes[i].date)  # type: ignore[arg-type,return-value]
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if votes[j].date - votes[i].date > _WINDOW:  # type: ignore[operator]
                    break
                if votes[i].record is not None and votes[j].record is not None:
                    continue  # both matched: grouped by record above
                if find(i) != find(j) and _could_be_same(votes[i], votes[j]):
                    union(i, j)
    # an undated report joins reports with exactly its numbers, if those are one vote
    for i, vote in enumerate(votes):
        if vote.date is not None or vote.record is not None or None in vote.counts:
            continue
        others = [j for j in by_triple[vote.counts] if j != i and votes[j].order != vote.order]
        dates = [votes[j].date for j in others if votes[j].date is not None]
        if others and (not dates or max(dates) - min(dates) <= _WINDOW):  # type: ignore[operator]
            for j in others:
                if _could_be_same(vote, votes[j]):
                    union(i, j)
    groups: dict[int, list[_Vote]] = defaultdict(list)
    for i, vote in enumerate(votes):
        groups[find(i)].append(vote)
    return [g for g in groups.values() if len({v.order for v in g}) > 1]


def _could_be_same(a: _Vote, b: _Vote) -> bool:
    if a.order == b.order:
        return False
    if a.record is not None and b.record is not None:
        return a.record.record_id == b.record.record_id
    if not _same_vote(a, b):
        return False
    if a.date is None or b.date is None:
        # without a date, only identical numbers are safe to treat as one vote
        return all(
            x == y
            for x, y in zip(a.counts, b.counts, strict=True)
            if x is not None and y is not None
        )
    return True


# --------------------------------------------------------------------------- official index


_SPACES = re.compile(r"\s+")
_PART = re.compile(r"\[[A-Z0-9]+\]$")


def _symbol_key(symbol: str | None) -> str | None:
    """A resolution symbol in one spelling: upper case, no spaces, no trailing dot."""
    if not symbol:
        return None
    key = _SPACES.sub("", str(symbol)).upper().rstrip(".")
    return key or None


@dataclass
class _OfficialIndex:
    records: list[_Record]
    by_symbol: dict[str, list[int]]
    by_tally: dict[tuple[int | None, int | None, int | None], list[int]]
    dates: np.ndarray  # datetime64[ns], sorted
    date_rows: np.ndarray  # record positions in the order of ``dates``
    vote_ids: np.ndarray  # record_id of each vote row, sorted
    vote_iso3: np.ndarray  # iso3 category code of each vote row
    iso3_names: list[str]
    vote_codes: np.ndarray  # vote category code of each vote row
    vote_names: list[str | None]
    _cache: dict[int, dict[str, str]] = field(default_factory=dict)

    def votes_of(self, record_id: int) -> dict[str, str]:
        """iso3 -> position word ("yes", "no", "abstain", "absent") for one record."""
        found = self._cache.get(record_id)
        if found is None:
            lo = int(np.searchsorted(self.vote_ids, record_id, side="left"))
            hi = int(np.searchsorted(self.vote_ids, record_id, side="right"))
            found = {}
            for code, vote in zip(
                self.vote_iso3[lo:hi].tolist(), self.vote_codes[lo:hi].tolist(), strict=True
            ):
                word = self.vote_names[vote] if vote >= 0 else None
                if code >= 0 and word is not None:
                    found[self.iso3_names[code]] = word
            self._cache[record_id] = found
        return found


_INDEX_CACHE: dict[str, Any] = {}


def _load_official(official: Any) -> Any:
    if isinstance(official, (str, Path)):
        path = Path(official)
        from unvotes import official as readers

        if path.is_dir():
            return readers.read_parquet(path)
        reader = getattr(readers, "read_any", None) or readers.read_undl
        return reader(path)
    return official


def _official_index(official: Any) -> _OfficialIndex | None:
    """Index official records by symbol and date, and their votes by record (cached)."""
    if official is None:
        return None
    official = _load_official(official)
    records, votes = getattr(official, "records", None), getattr(official, "votes", None)
    if not isinstance(records, pd.DataFrame) or not isinstance(votes, pd.DataFrame):
        raise TypeError("official must be a VoteData (records and votes frames) or a path to one")
    key = (id(records), id(votes), len(records), len(votes))
    cached = _INDEX_CACHE.get("entry")
    if cached is not None and cached[0] == key:
        return cached[2]
    for frame, required, what in (
        (records, _RECORDS_REQUIRED, "records"),
        (votes, _VOTES_REQUIRED, "votes"),
    ):
        missing = [c for c in required if c not in frame.columns]
        if missing:
            raise MissingColumnsError(missing, path=f"<official {what}>")
    index = _build_index(records, votes)
    _INDEX_CACHE["entry"] = (key, official, index)  # keep the frames alive so ids stay valid
    return index


def _build_index(records: pd.DataFrame, votes: pd.DataFrame) -> _OfficialIndex:
    dates = pd.to_datetime(records["date"], errors="coerce").dt.normalize()
    recs = [
        _Record(int(rid), _str(body), _str(sym), _date(d), _int(y), _int(n), _int(a), _int(x))
        for rid, body, sym, d, y, n, a, x in zip(
            records["record_id"].tolist(),
            _values(records, "body"),
            _values(records, "resolution"),
            dates.tolist(),
            _values(records, "yes"),
            _values(records, "no"),
            _values(records, "abstain"),
            _values(records, "non_voting"),
            strict=True,
        )
    ]
    by_symbol: dict[str, list[int]] = defaultdict(list)
    by_tally: dict[tuple[int | None, int | None, int | None], list[int]] = defaultdict(list)
    for i, rec in enumerate(recs):
        by_tally[(rec.yes, rec.no, rec.abstain)].append(i)
        symbol = _symbol_key(rec.resolution)
        if symbol:
            by_symbol[symbol].append(i)
            base = _PART.sub("", symbol)
            if base != symbol:
                by_symbol[base].append(i)
    known = dates.notna().to_numpy()
    raw = dates.to_numpy(dtype="datetime64[ns]")
    rows = np.flatnonzero(known)
    order = np.argsort(raw[rows], kind="stable")
    vote_ids = votes["record_id"].to_numpy(dtype="int64")
    sort = np.argsort(vote_ids, kind="stable")
    iso3 = pd.Categorical(votes["iso3"])
    vote = pd.Categorical(votes["vote"])
    vote_names = [_RECORD_POSITION.get(str(c)) for c in vote.categories]
    return _OfficialIndex(
        records=recs,
        by_symbol=dict(by_symbol),
        by_tally=dict(by_tally),
        dates=raw[rows][order],
        date_rows=rows[order],
        vote_ids=vote_ids[sort],
        vote_iso3=np.asarray(iso3.codes)[sort],
        iso3_names=[str(c) for c in iso3.categories],
        vote_codes=np.asarray(vote.codes)[sort],
        vote_names=vote_names,
    )


def _similar(vote: _Vote, rec: _Record) -> tuple[int, int, bool]:
    """(number of equal counts, total difference, whether the counts are the record's reordered)."""
    pairs = [
        (x, y)
        for x, y in zip(vote.counts, (rec.yes, rec.no, rec.abstain), strict=True)
        if x is not None and y is not None
    ]
    equal = sum(x == y for x, y in pairs)
    distance = sum(abs(x - y) for x, y in pairs)
    reordered = len(pairs) == 3 and sorted(x for x, _ in pairs) == sorted(y for _, y in pairs)
    return equal, distance, reordered and len(pairs) == 3


def _days_apart(a: pd.Timestamp | None, b: pd.Timestamp | None) -> float:
    if a is None or b is None:
        return math.inf
    return abs((a - b).days)


def _body_fits(vote: _Vote, rec: _Record) -> bool:
    if vote.body in ("GA", "SC") and rec.body in ("GA", "SC"):
        return vote.body == rec.body
    return True


def _match(vote: _Vote, index: _OfficialIndex) -> None:
    """Find the record a vote describes: by symbol, else by date and a similar tally."""
    symbol = _symbol_key(vote.resolution)
    if symbol:
        rows = index.by_symbol.get(symbol) or index.by_symbol.get(_PART.sub("", symbol), [])
        if len(rows) == 1:
            vote.record, vote.matched_by = index.records[rows[0]], "symbol"
            return
        if rows:
            best = min(
                rows,
                key=lambda r: (
                    _similar(vote, index.records[r])[1],
                    _days_apart(vote.date, index.records[r].date),
                    index.records[r].record_id,
                ),
            )
            vote.record, vote.matched_by = index.records[best], "symbol"
            return
    if vote.date is None:
        if symbol:
            vote.no_match_reason = (
                f"the official data has no record with the symbol {vote.resolution}, and the "
                "report gives no date to look for it by."
            )
        else:
            vote.no_match_reason = (
                "the report gives neither a resolution symbol nor a date to look the vote up by."
            )
        return
    exact = [
        index.records[r]
        for r in index.by_tally.get(vote.counts, ())
        if _days_apart(vote.date, index.records[r].date) <= DATE_WINDOW_DAYS
        and _body_fits(vote, index.records[r])
    ]
    if exact:
        best = min(exact, key=lambda rec: (_days_apart(vote.date, rec.date), rec.record_id))
        vote.record, vote.matched_by = best, "date and tally"
        return
    day = np.datetime64(vote.date.to_datetime64(), "ns")
    lo = int(np.searchsorted(index.dates, day - np.timedelta64(DATE_WINDOW_DAYS, "D"), side="left"))
    hi = int(
        np.searchsorted(index.dates, day + np.timedelta64(DATE_WINDOW_DAYS, "D"), side="right")
    )
    best_key: tuple[Any, ...] | None = None
    best: _Record | None = None
    for row in index.date_rows[lo:hi].tolist():
        rec = index.records[row]
        if not _body_fits(vote, rec):
            continue
        equal, distance, reordered = _similar(vote, rec)
        if not (equal >= 2 or (equal >= 1 and distance <= 3) or reordered):
            continue
        key = (distance, _days_apart(vote.date, rec.date), rec.record_id)
        if best_key is None or key < best_key:
            best_key, best = key, rec
    if best is not None:
        vote.record, vote.matched_by = best, "date and tally"
        return
    tally = _tally(vote.yes, vote.no, vote.abstain)
    within = f"within {DATE_WINDOW_DAYS} days of {_day(vote.date)} has a tally like {tally}."
    if symbol:
        vote.no_match_reason = (
            f"the official data has no record with the symbol {vote.resolution}, and none " + within
        )
    else:
        vote.no_match_reason = "the report gives no resolution symbol, and no record " + within
    if len(index.dates):
        first, last = pd.Timestamp(index.dates[0]), pd.Timestamp(index.dates[-1])
        if not first - _WINDOW <= vote.date <= last + _WINDOW:
            vote.no_match_reason += f" The official data only covers {_day(first)} to {_day(last)}."


def _reconcile(votes: Iterable[_Vote], index: _OfficialIndex) -> None:
    for vote in votes:
        _match(vote, index)
        if vote.record is not None and vote.positions:
            vote.record_votes = index.votes_of(vote.record.record_id)


# --------------------------------------------------------------------------- running


def _rows(vote: _Vote, rule: Rule, out: _Out) -> dict[str, Any]:
    rec = vote.record
    return {
        "source": vote.source,
        "vote_id": vote.vote_id,
        "rule": rule.id,
        "severity": "info" if out.ok else rule.severity,
        "message": out.message,
        "expected": None if out.expected is None else str(out.expected),
        "observed": None if out.observed is None else str(out.observed),
        "start": out.start,
        "end": out.end,
        "record_id": None if rec is None else str(rec.record_id),
        "resolution": (rec.resolution if rec is not None and rec.resolution else vote.resolution),
    }


def _run(texts: list[list[_Vote]], index: _OfficialIndex | None, across: bool) -> pd.DataFrame:
    rank = {rule_id: i for i, rule_id in enumerate(RULES)}
    keyed: list[tuple[tuple[int, int, int, int], dict[str, Any]]] = []
    seq = 0

    def add(vote: _Vote, rule: Rule, out: _Out) -> None:
        nonlocal seq
        keyed.append(((vote.order, vote.vote_id, rank[rule.id], seq), _rows(vote, rule, out)))
        seq += 1

    if index is not None:
        for votes in texts:
            _reconcile(votes, index)
    for votes in texts:
        for rule in RULES.values():
            if rule.scope == "text":
                for vote, out in rule.func(votes):
                    add(vote, rule, out)
            elif rule.scope == "vote" or (rule.scope == "official" and index is not None):
                for vote in votes:
                    for out in rule.func(vote):
                        add(vote, rule, out)
    if across:
        everything = [v for votes in texts for v in votes]
        groups = _group_reports(everything)
        for rule in RULES.values():
            if rule.scope == "sources":
                for vote, out in rule.func(groups):
                    add(vote, rule, out)
    keyed.sort(key=lambda item: item[0])
    return make_findings(row for _, row in keyed)


def check(result: Report, official: Official = None) -> pd.DataFrame:
    """Findings for one parsed report (or a ``parse_many`` batch), one row per finding.

    ``result`` is a ``ParseResult`` or a ``(tallies, positions)`` pair; ``official`` is a
    ``VoteData`` (or a path to one) to reconcile with. The inputs are not modified.

    >>> import unvotes
    >>> r = unvotes.parse_text("The General Assembly adopted it by 7 votes to 141, with 32 abstentions.")
    >>> found = unvotes.check(r)
    >>> found.loc[found["severity"] == "error", "rule"].tolist()
    ['outcome.adopted_without_majority']
    """
    index = _official_index(official)
    return _run(_read([result]), index, across=False)


def check_many(results: Report | Iterable[Report], official: Official = None) -> pd.DataFrame:
    """Findings for many reports, plus ``sources.disagree`` where reports of one vote differ.

    ``results`` is a list of ``ParseResult`` (or ``(tallies, positions)`` pairs), or one
    ``parse_many`` batch. Reports of the same vote are grouped by matched record, symbol, or
    date and tally.

    >>> import unvotes
    >>> a = unvotes.parse_text("On 2 March 2022 the General Assembly voted 141-5-35.", source="a")
    >>> b = unvotes.parse_text("On 2 March 2022 the General Assembly voted 141-5-36.", source="b")
    >>> "sources.disagree" in set(unvotes.check_many([a, b])["rule"])
    True
    """
    index = _official_index(official)
    if isinstance(results, tuple) or hasattr(results, "tallies"):
        results = [results]
    return _run(_read(list(results)), index, across=True)
