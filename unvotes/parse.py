"""Text → tallies and named positions, with character spans.

The parser reads what a report *states*: counts of a recorded vote (in digits or
words, in any of the usual orders), the body that voted, the resolution symbol,
the date, whether it was adopted, and the countries named as voting one way.
Nothing is inferred: a count the text does not give is NA (the checks infer).

>>> r = parse_text("The Assembly adopted the text by 141 votes to 7, with 32 abstentions.")
>>> row = r.tallies.iloc[0]
>>> str(row["body"]), int(row["yes"]), int(row["no"]), int(row["abstain"]), bool(row["adopted"])
('GA', 141, 7, 32, True)

Offsets (``start``, ``end``) index ``ParseResult.text``: the input string for
:func:`parse_text`, and for HTML files the extracted visible text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from unvotes import _text
from unvotes.errors import InputFileError

__all__ = ["POSITION_COLUMNS", "POSITION_DTYPES", "TALLY_COLUMNS", "TALLY_DTYPES", "ParseResult",
           "parse_file", "parse_many", "parse_text"]

TALLY_COLUMNS: list[str] = [
    "vote_id", "body", "resolution", "date", "yes", "no", "abstain", "absent", "adopted",
    "start", "end", "sentence",
]  # fmt: skip
POSITION_COLUMNS: list[str] = ["vote_id", "iso3", "name", "position", "complete", "start", "end"]
#: dtype of each ``tallies`` column (the schema in CONTRIBUTING.md); do not modify
TALLY_DTYPES: dict[str, str] = {
    "vote_id": "int64", "body": "string", "resolution": "string", "date": "datetime64[ns]",
    "yes": "Int64", "no": "Int64", "abstain": "Int64", "absent": "Int64", "adopted": "boolean",
    "start": "int64", "end": "int64", "sentence": "string",
}  # fmt: skip
#: dtype of each ``positions`` column; do not modify
POSITION_DTYPES: dict[str, str] = {
    "vote_id": "Int64", "iso3": "string", "name": "string", "position": "string",
    "complete": "bool", "start": "int64", "end": "int64",
}  # fmt: skip
_ROLES = ("yes", "no", "abstain", "absent")
#: largest count a recorded vote can have (members of the General Assembly)
_MAX_COUNT = 193


@dataclass
class ParseResult:
    """What :func:`parse_text` found: one row per vote, one row per named country.

    >>> parse_text("Nothing was voted.").tallies.empty
    True
    """

    tallies: pd.DataFrame
    positions: pd.DataFrame
    source: str | None = None
    text: str | None = None
    published: dt.date | None = None

    def to_dicts(self) -> list[dict[str, Any]]:
        """JSON-ready list, one ``{"source", "tallies", "positions"}`` per source, ISO dates.

        Works for :func:`parse_text` results (one entry) and :func:`parse_many` results
        (frames with a ``source`` column: one entry per source, in input order).

        >>> parse_many(["It passed 141-7-32 in a vote."], progress=False).to_dicts()[0]["source"]
        'text-0'
        """
        if "source" not in self.tallies.columns:
            return [self.to_dict()]
        order = dict.fromkeys([*self.tallies["source"].tolist(), *self.positions["source"].tolist()])
        out = []
        for source in order:
            t = self.tallies[self.tallies["source"] == source].drop(columns="source")
            p = self.positions[self.positions["source"] == source].drop(columns="source")
            out.append({"source": source, "tallies": _records(t), "positions": _records(p)})
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"source", "tallies": [...], "positions": [...]}``, ISO dates.

        >>> parse_text("It passed 141-7-32 in a vote.", source="x").to_dict()["tallies"][0]["yes"]
        141
        """
        return {
            "source": self.source,
            "tallies": _records(self.tallies),
            "positions": _records(self.positions),
        }


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for row in frame.to_dict(orient="records"):
        clean: dict[str, Any] = {}
        for key, value in row.items():
            if value is None or value is pd.NA or value is pd.NaT:
                clean[key] = None
            elif isinstance(value, pd.Timestamp):
                clean[key] = value.date().isoformat()
            elif isinstance(value, float) and value != value:
                clean[key] = None
            elif hasattr(value, "item"):
                clean[key] = value.item()
            else:
                clean[key] = value
        out.append(clean)
    return out


@cache
def _empty(kind: str) -> pd.DataFrame:
    columns, dtypes = ((TALLY_COLUMNS, TALLY_DTYPES) if kind == "tallies"
                       else (POSITION_COLUMNS, POSITION_DTYPES))
    return pd.DataFrame({c: pd.Series([], dtype=dtypes[c]) for c in columns})


#: pandas >= 3 copies on write: a shallow copy of a cached frame can never change it
_SHALLOW_COPY_SAFE = int(pd.__version__.split(".")[0]) >= 3


def _empty_tallies() -> pd.DataFrame:
    return _empty("tallies").copy(deep=not _SHALLOW_COPY_SAFE)


def _empty_positions() -> pd.DataFrame:
    return _empty("positions").copy(deep=not _SHALLOW_COPY_SAFE)


# =========================================================================== counts

_N = _text.NUMBER
_FILLER_WORD = (
    r"(?:out\s+of\s+(?:(?:the|its)\s+)?|of\s+(?:the|its)\s+)"
    r"(?:(?:assembly|world\s+body|UN|U\.N\.|body|council)['’]s\s+)?\d{2,3}|"
    r"of\s+the\s+(?:UN|U\.N\.|world\s+body's)|other|more|UN|U\.N\.|member|council|"
    r"states?|nations?|countries|country|members?|delegations?|governments?|delegates|"
    r"representatives|who|that|which|have|has|had|were|was|all|also|others|in\s+total|"
    r"total|assembly"
)
#: what may follow a count: optional nouns ("nations", "member states who"), then the cue
_AFTER_RE = re.compile(
    r"\*{0,2}"  # markdown emphasis around the count: "**141** in favour"
    rf"(?P<filler>(?:\s+(?:{_FILLER_WORD})\b){{0,6}})"
    r"(?:"
    r"(?P<yes>\s*(?:votes?\s+|voted\s+|voting\s+|to\s+vote\s+)?in\s+favou?r\b"
    r"|\s+(?:voted|voting|votes?|cast|to\s+vote)\s+(?:(?:in\s+)?support|for|yes|aye)\b"
    r"|\s+(?:yes|ayes?)(?:\s+votes?)?\b"
    r"|\s+(?:votes?\s+)?for(?=\s*(?:[,;.)\]]|and\b|to\b|with\b|against\b|$|[-–—]))"
    r"|\s+(?:backed|supported|endorsed)\b(?!\s+by))"
    r"|(?P<no>\s+(?:(?:voted|voting|votes?|cast|to\s+vote)\s+)?against\b"
    r"|\s+(?:voted|voting|votes?)\s+no\b"
    r"|\s+(?:no|nays?|noes)(?:\s+votes?)?(?=\s*(?:[,;.()\]]|and\b|with\b|to\b|$))"
    r"|\s+(?:opposed|opposing|objected|rejected)\b(?!\s+by))"
    r"|(?P<abstain>\s+(?:abstentions?|abstainers?|abstain(?:ed|ing|s)?|(?:(?:voted|voting|chose|choosing|"
    r"decided|deciding|opted|opting|preferred)\s+)?to\s+abstain|refrained|(?:cast\s+)?abstention)\b)"
    r"|(?P<absent>\s+(?:(?:were|was)\s+)?(?:absent|non-voting|not\s+voting|not\s+present|"
    r"(?:did\s+not|didn't|failed\s+to|chose\s+not\s+to|declined\s+to)\s+"
    r"(?:vote|take\s+part|participate|cast|press\s+(?:a|the|any)\s+button)|not\s+participating)\b)"
    r")",
    re.I,
)
#: a cue written before the count: "In favour: 141", "Abstentions - 32", "backed by 141"
_BEFORE_RE = re.compile(
    r"(?:"
    r"(?P<yes>\b(?:in\s+favou?r|yes|ayes|for)\s*[:=–—-]\s*(?:\*{1,2}\s*)?"
    r"|\bin\s+favou?r\s+(?:were|was)\s+"  # "In favour were 128 countries"
    r"|(?<=[;.:(\n])\s*in\s+favou?r\s*,\s*"  # "In favour, 141; against, 7"
    r"|(?P<yline>(?<=\n)[ \t]*(?:\|[ \t]*)?in\s+favou?r(?:[ \t]*\|[ \t]*|[ \t]+))"  # "In favour 141"
    r"|\bsupport\s+(?:dropped|fell|slipped|declined|rose|climbed|grew|increased)\s+to\s+"
    r"|\b(?:backed|supported|endorsed|approved|adopted|passed|carried)\s+by\s+"
    r"(?:(?:a\s+)?(?:recorded\s+)?(?:vote|majority|margin)\s+of\s+)?"
    r"|\b(?:with|won|received|got|garnered|drew|gained|secured)\s+(?:the\s+)?"
    r"(?:support|backing|votes)\s+of\s+(?:some\s+)?"
    # "received 141 votes": _classify checks that "votes" follows the count
    r"|(?P<votes_next>\b(?:received|won|got|garnered|secured|drew|obtained|gained|mustered)\s+"
    r"(?:only\s+|just\s+)?))"
    r"|(?P<no>\b(?:against|noes|nays|no|opposed)\s*[:=–—-]\s*(?:\*{1,2}\s*)?"
    r"|\b(?:opposed|rejected)\s+by\s+|\bagainst\s+(?:were|was)\s+"
    r"|(?<=[;.:(\n])\s*against\s*,\s*"
    r"|(?P<nline>(?<=\n)[ \t]*(?:\|[ \t]*)?against(?:[ \t]*\|[ \t]*|[ \t]+)))"
    r"|(?P<abstain>\b(?:abstentions?|abstaining|abstain|abstained)\s*[:=–—-]\s*(?:\*{1,2}\s*)?"
    r"|\b(?:abstaining|abstentions?)\s+(?:were|was)\s+"
    r"|(?<=[;.:(\n])\s*(?:abstentions?|abstaining)\s*,\s*"
    r"|(?P<aline>(?<=\n)[ \t]*(?:\|[ \t]*)?(?:abstentions?|abstaining)(?:[ \t]*\|[ \t]*|[ \t]+)))"
    r"|(?P<absent>\b(?:absent|not\s+voting|non-voting|did\s+not\s+vote)\s*[:=–—-]\s*"
    r"(?:\*{1,2}\s*)?"
    r"|(?P<xline>(?<=\n)[ \t]*(?:\|[ \t]*)?(?:absent|not\s+voting)(?:[ \t]*\|[ \t]*|[ \t]+)))"
    r")$",
    re.I,
)
#: a table row starting on the next line: "In favour 141\nAgainst 7"
_ROW_CUE_RE = re.compile(
    r"[ \t]*\r?\n[ \t]*(?:In\s+favou?r|Against|Abstentions?|Abstaining|Absent)"
    r"[ \t]*[:=–—-]?[ \t]*\d"
)
#: what must follow a count cued by a table row's first cell: the end of the row
_LINE_END_RE = re.compile(r"[ \t]*(?:\|[ \t]*)?(?:\r?\n|$)")
_PERCENT_AFTER_RE = re.compile(r"\s*(?:%|percent|per\s+cent|percentage)", re.I)
_VOTES_NEXT_RE = re.compile(r"\*{0,2}\s+(?:yes\s+)?votes?\b", re.I)
#: "the rest of the 193 member states": the whole membership, not a count of one side
_WHOLE_BEFORE_RE = re.compile(r"\b(?:rest|remainder|balance)\s+of\s+(?:the\s+|its\s+)?$", re.I)
#: "one of the 141 countries that voted in favour": the count is the second number
_OF_FILLER_RE = re.compile(r"\s+(?:out\s+)?of\b", re.I)
_DEFINITE_COUNT_RE = re.compile(r"\b(?:the|among|those)\s+$", re.I)
_FILLER_RE = re.compile(rf"(?:\s+(?:{_FILLER_WORD})\b){{0,6}}", re.I)
_OTHER_RE = re.compile(r"\s+other\b", re.I)
_AND_BEFORE_RE = re.compile(r"\b(?:and|with|plus|besides|joined\s+by)\s+$", re.I)
_BARE_CUE_RE = re.compile(r"\s+(?:votes?\s+)?(?:for|yes|ayes?|no|nays?|noes)(?:\s+votes?)?", re.I)
_CLEAR_CUE_RE = re.compile(r"\s*(?:votes?\s+)?in\s+favou?r|\s+abstention", re.I)
_FILLER4_RE = re.compile(rf"(?:\s+(?:{_FILLER_WORD})\b){{0,4}}", re.I)
#: the first word of every filler word and cue of _AFTER_RE, as prefixes: a cheap test
#: that rules out most numbers ("12 March") before the costly _AFTER_RE is tried
_AFTER_QUICK_RE = re.compile(
    r"\*{0,2}\s+(?:of|out|other|more|u\.?n|member|council|state|nation|countr|delegat|govern|"
    r"represent|"
    r"wh|that|ha|were|was|all|also|in|total|assembly|vot|cast|yes|aye|for|back|support|"
    r"endorse|against|no|nay|oppos|object|reject|abst|cho|decid|opt|prefer|to|refrain|absent|"
    r"did|fail|declin)",
    re.I,
)
_ASIDE_RE = re.compile(
    r"\s*,\s*(?:including|among\s+them|such\s+as|led\s+by|notably|mostly|mainly)\b"
    r"[^,;.()\n]{0,100},"
    r"|\s*\([^()\n]{0,200}\)"  # "seven (Russia, Belarus, ...) voted against"
    r"|\s+[-–—]\s*[^-–—;.()\n]{1,200}[-–—]",  # "five - Russia, ... and Syria - voted against"
    re.I,
)
#: "more than 140 countries": an approximation is not the stated count
_APPROX_BEFORE_RE = re.compile(
    r"\b(?:more\s+than|over|nearly|almost|at\s+least|fewer\s+than|less\s+than|up\s+to|under|"
    r"roughly|approximately|around|about|close\s+to|just\s+(?:over|under))\s+$",
    re.I,
)
_COMPARISON_BEFORE_RE = re.compile(
    r"\b(?:(?:up|down|rose|fell|dropped|climbed|slipped)\s+from|than|compared\s+(?:with|to)|"
    r"versus|vs\.?)\s+(?:the\s+)?$",
    re.I,
)
_BEFORE_LAST_WORDS = frozenset({
    "by", "of", "some", "about", "received", "won", "got", "garnered", "secured", "drew",
    "obtained", "gained", "mustered", "only", "just", "were", "was", "to",
    "favour,", "favor,", "against,", "abstentions,", "abstention,", "abstaining,",
    "favour", "favor", "against", "abstentions", "abstention", "abstaining", "absent", "voting",
})
#: numbers that are symbols, ages, sections... never counts
_NOT_COUNT_BEFORE_RE = re.compile(
    r"(?:\b(?:resolutions?|articles?|paragraphs?|paras?|sessions?|chapters?|pages?|No\.|numbers?|"
    r"points?|aged?|ages|items?|rules?|sections?|annex|meetings?|protocols?|since|in|on|until|"
    r"from|between|year|years|of\s+the)\s*|[#$€£/.-])$|\b(?:no|any|every|each|some)\s+$",
    re.I,
)
# yes-no(-abstain) written with dashes: "141-7-32", "a 141-7 vote"
_DASH_RE = re.compile(
    r"(?<![\w/.,$€£#-])(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})(?:\s?[-–—]\s?(?P<c>\d{1,3}))?"
    r"(?![\w%/-]|[.,]\d|\s?[-–—]\s?\d)"
)
# "by 141 votes to 7", "voted 141 to 7"
_TO_RE = re.compile(
    rf"(?<![\w/.,$€£#-])(?P<a>{_N})(?P<v>\s+votes?)?(?:\s+to\s+|-to-)(?P<b>{_N})(?![\w%]|[.,]\d)",
    re.I,
)
#: every number token, dashed runs included (they are sorted out by _DASH_RE)
_NUM_SCAN_RE = _text.prefixed(re.compile(
    rf"(?<![\w$€£#/.,-])(?:(?P<d>\d{{1,4}})(?![\w%]|[.,/]\d)|(?P<w>{_text.NUMBER_WORDS_CASED}))"
), "0-9zZoOtTfFsSeEnN")
_DASHES = frozenset("-–—")
_DASH_FOLLOW_RE = re.compile(r"\s?[-–—]\s?\d")
_DASH_RE = _text.prefixed(_DASH_RE, "0-9")
_TO_RE = _text.prefixed(_TO_RE, "0-9zZoOtTfFsSeEnN")
_PAIR_BEFORE_RE = re.compile(
    r"(?:\b(?:by|of|voted|vote|votes|tally|margin|count|passed|adopted|approved|rejected|"
    r"defeated|carried|failed|split|result|results|majority)\s+|[(:]\s*|"
    r"\b(?:vote|tally|result|count|votes)\s+(?:was|were|is|stood\s+at)\s+)$",
    re.I,
)
_DASH_BEFORE_RE = re.compile(r"\b(?:was|were|is|a|an|the)\s+$|,\s*$", re.I)
_PAIR_NOT_BEFORE_RE = re.compile(
    r"\b(?:between|from|aged|ages|pages?|paras?|paragraphs?|articles?|items?|rounds?|chapters?|"
    r"scored?|won|lost|beat|up|sections?|ratio|odds)\s+$",
    re.I,
)
_PAIR_NOT_AFTER_RE = re.compile(
    r"\s*(?:%|percent|per\s+cent|years?|months?|weeks?|days?|hours?|minutes?|km|kilomet|miles|"
    r"goals?|points?|wins?|victory|defeat|lead|score|am\b|pm\b|a\.m|p\.m|GMT|UTC|people|dead|"
    r"killed|troops|million|billion|degrees)",
    re.I,
)
_VOTE_CONTEXT_RE = _text.prefixed(re.compile(
    r"\bvot|\badopt|resolution|\bmotion|\bdraft|ballot|abstain|abstention|\bfavou?r\b|\btally|"
    r"\bpass(?:ed|es)\b|\bapprov|\breject|\bveto|\bAssembly|\bCouncil|[Cc]ommittee",
    re.I,
), "vVaArRmMdDbBfFtTpPcC")
_STRONG_CUE_RE = re.compile(r"favou?r|against|abstain|abstention|refrained|absent|vot|part|"
                            r"participat|opposed|by\b|of\b|:|received|won|got|garnered|secured|"
                            r"drew|obtained|gained|mustered", re.I)


@dataclass
class _Item:
    role: str
    value: int
    start: int
    end: int
    strong: bool
    pair: bool = False
    sent: int = 0
    #: written as a noun phrase, the way a list sentence restates or completes a tally:
    #: "24 delegations did not vote" (subject), "the 11 countries that voted against",
    #: "among the 58 countries that abstained" (definite, so subject too)
    subject: bool = False
    definite: bool = False
    #: a cell of a vote table's row (:func:`_tables`): the row is a tally of its own
    row: bool = False


def _finditer(pattern: re.Pattern[str], text: str, regions: list[tuple[int, int]],
              ) -> Iterator[re.Match[str]]:
    for a, b in regions:
        yield from pattern.finditer(text, a, b)


def _numbers(text: str, regions: list[tuple[int, int]], starts: list[int],
             ) -> Iterator[re.Match[str]]:
    """The matches of _NUM_SCAN_RE in ``regions``, as a scan of each region finds them.

    ``starts`` (from :func:`_scan`) are the only places where one may start: the regular
    expression is tried there, not at every letter of the text.
    """
    for a, b in regions:
        end = a
        for i in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
            p = starts[i]
            if p < end:
                continue  # inside the previous number, which a scan would have passed
            m = _NUM_SCAN_RE.match(text, p, b)
            if m is not None:
                end = m.end()
                yield m


def _count_items(text: str, regions: list[tuple[int, int]], starts: list[int]) -> list[_Item]:
    """Counts in ``regions``: each number with a cue (after it, or before it) as an item.

    ``starts`` are the places where a number may start (see :func:`_scan`).
    """
    items: list[_Item] = []
    skip = -1
    for m in _numbers(text, regions, starts):
        start, end = m.span()
        if start < skip:
            continue
        after = text[end : end + 12]
        digits = m.group("d")
        if digits is not None:
            if after[:2].lstrip()[:1] in _DASHES:
                d = _DASH_RE.match(text, start)
                if d is not None:
                    skip = d.end()
                    _add_dash(text, d, items)
                    continue
                if _DASH_FOLLOW_RE.match(text, end):
                    continue  # part of a longer dashed run ("212-963-1234")
            # what number_value gives; a count above the maximum cannot start a pair either
            if not digits.isascii():
                continue
            value = int(digits)
            if value > _MAX_COUNT:
                continue
        else:
            value = None
        low_after = after.lower()
        if " to " in low_after or low_after.startswith("-to-"):
            t = _TO_RE.match(text, start)
            if t is not None and _add_to_pair(text, t, items):
                skip = t.end()
                continue
        if value is None:
            value = _text.number_value(m.group())
            if value is None or value > _MAX_COUNT:
                continue
        quick = _AFTER_QUICK_RE.match(text, end) is not None
        if not quick and _ASIDE_RE.match(text, end) is None:
            # no cue can follow (most numbers): only a cue before it may make it a count
            tail = text[max(0, start - 60) : start].rstrip()
            if not tail or (tail[-1] not in ":=–—-*|"
                            and tail.rsplit(None, 1)[-1].lower() not in _BEFORE_LAST_WORDS):
                continue
        item = _classify(text, m, value, quick)
        if item is not None:
            items.append(item)
    items.sort(key=lambda it: (it.start, _ROLES.index(it.role)))
    kept: list[_Item] = []
    reach, reach_start = -1, -1
    for it in items:
        if it.start < reach and it.start != reach_start:
            continue  # a number inside another count's evidence ("141 of the 193 members")
        kept.append(it)
        if it.end > reach:
            reach, reach_start = it.end, it.start
    return kept


def _add_dash(text: str, m: re.Match[str], items: list[_Item]) -> None:
    if not _pair_ok(text, m, dash=True, triple=m.group("c") is not None):
        return
    values = [int(m.group("a")), int(m.group("b"))]
    if m.group("c") is not None:
        values.append(int(m.group("c")))
    if sum(values) > _MAX_COUNT or (values[0] == 0 and values[1] == 0):
        return
    for role, value in zip(_ROLES, values, strict=False):
        items.append(_Item(role, value, m.start(), m.end(), True, True))


def _add_to_pair(text: str, m: re.Match[str], items: list[_Item]) -> bool:
    if not (_pair_ok(text, m) or m.group("v")):
        return False
    if not _VOTE_CONTEXT_RE.search(text, max(0, m.start() - 200), m.end() + 200):
        return False
    a = _text.number_value(m.group("a"))
    b = _text.number_value(m.group("b"))
    if a is None or b is None or a + b > _MAX_COUNT:
        return False
    items.append(_Item("yes", a, m.start("a"), m.end("a"), True, True))
    items.append(_Item("no", b, m.start("b"), m.end("b"), True, True))
    return True


def _pair_ok(text: str, m: re.Match[str], dash: bool = False, triple: bool = False) -> bool:
    before = text[max(0, m.start() - 40) : m.start()]
    if _PAIR_NOT_BEFORE_RE.search(before) or _PAIR_NOT_AFTER_RE.match(text, m.end()):
        return False
    cued = triple or _PAIR_BEFORE_RE.search(before) or (dash and _DASH_BEFORE_RE.search(before))
    if not cued and not re.match(
        r"\s*(?:[-–—]\s*)?(?:vote|votes|tally|margin|decision|result|split|ballot|with\b|,)",
        text[m.end() : m.end() + 20],
        re.I,
    ):
        return False
    return _VOTE_CONTEXT_RE.search(text, max(0, m.start() - 200), m.end() + 200) is not None


#: the last word (or character) of every match of _COMPARISON_BEFORE_RE, _APPROX_BEFORE_RE,
#: _NOT_COUNT_BEFORE_RE and _DEFINITE_COUNT_RE, lower-cased: a text that ends otherwise
#: cannot match, and the costly search (at every offset of the window) is skipped
_COMPARISON_LAST = ("from", "than", "with", "to", "versus", "vs", "vs.", "the")
_APPROX_LAST = ("than", "over", "nearly", "almost", "least", "to", "under", "roughly",
                "approximately", "around", "about")
_NOT_COUNT_LAST = (
    "resolution", "resolutions", "article", "articles", "paragraph", "paragraphs", "para",
    "paras", "session", "sessions", "chapter", "chapters", "page", "pages", "number", "numbers",
    "point", "points", "age", "aged", "ages", "item", "items", "rule", "rules", "section",
    "sections", "annex", "meeting", "meetings", "protocol", "protocols", "since", "in", "on",
    "until", "from", "between", "year", "years", "the", "no", "any", "every", "each", "some",
    "#", "$", "/", ".", "-",
)  # fmt: skip
_DEFINITE_LAST = ("the", "among", "those")


def _last_word(before: str) -> str | None:
    """The end of ``before`` for :func:`_may_end`: white space stripped, lower-cased, long
    enough for every word there; None when it is not ASCII (``re.I`` folds some other
    characters to ASCII letters)."""
    tail = before.rstrip()[-13:]
    return tail.lower() if tail.isascii() else None


def _may_end(last: str | None, words: tuple[str, ...]) -> bool:
    """Whether ``last`` (the end of a text before a count, white space stripped, lower-cased;
    None when not ASCII) may end with one of ``words``."""
    return last is None or last.endswith(words)


def _classify(text: str, m: re.Match[str], value: int, quick: bool) -> _Item | None:
    """``quick``: whether _AFTER_QUICK_RE matches after ``m``."""
    before = text[max(0, m.start() - 60) : m.start()]
    after = _AFTER_RE.match(text, m.end()) if quick else None
    if after is None:
        # "7 countries, including Russia, voted against": skip the aside, then the cue
        # (without a filler word or cue next, there is no filler to skip)
        at = _FILLER_RE.match(text, m.end()).end() if quick else m.end()  # type: ignore[union-attr]
        aside = _ASIDE_RE.match(text, at)
        if aside is not None:
            after = _AFTER_RE.match(text, aside.end())
    if (after is not None and not after.group("filler") and "\n" in text[m.end() : after.end()]
            and _ROW_CUE_RE.match(text, m.end())):
        after = None  # "In favour 141\nAgainst 7": the next row's cue is not this count's
    if after is not None and after.lastgroup in _ROLES:
        role = after.lastgroup
        cue = after.group(role)
        filler = after.group("filler")
        if value == 1 and _OF_FILLER_RE.match(filler):
            return None  # "one of the 141 countries that voted in favour": 141 is the count
        start = m.start()
        if _OTHER_RE.match(filler) and _AND_BEFORE_RE.search(before):
            # "Russia and six other countries": the count adds the names before it
            named = _names_before(text, m.start())
            if named is None:
                return None
            value, start = value + named[0], named[1]
        bare = _BARE_CUE_RE.fullmatch(cue)
        strong = bare is None or bool(filler) or (
            bool(before.strip()) and before.split()[-1].lower() in _RECEIVED_WORDS)
        # the searches below end at the end of ``before``: its last word rules most out
        last = _last_word(before)
        if ((_may_end(last, _COMPARISON_LAST) and _COMPARISON_BEFORE_RE.search(before))
                or (_may_end(last, _APPROX_LAST) and _APPROX_BEFORE_RE.search(before))
                or (_may_end(last, ("of", "the", "its")) and _WHOLE_BEFORE_RE.search(before))):
            return None  # "up from 141 votes in favour last year": a comparison, not this vote
        # "in 2 against", "resolution 7 in favour": keep only clear count shapes
        if (_may_end(_last_word(before[-25:]), _NOT_COUNT_LAST)
                and _NOT_COUNT_BEFORE_RE.search(before[-25:])
                and not after.group("filler") and not _CLEAR_CUE_RE.match(cue)):
            return None
        definite = (_may_end(last, _DEFINITE_LAST)
                    and _DEFINITE_COUNT_RE.search(before) is not None)
        subject = definite or bool(filler.strip())
        return _Item(role, value, start, after.end(), strong, subject=subject,
                     definite=definite)
    if quick and _OTHER_RE.match(text, m.end()) and _AND_BEFORE_RE.search(before):
        return _cued_names_and_others(text, m, value)
    tail = before.rstrip()
    if not tail or (tail[-1] not in ":=–—-*|"
                    and tail.rsplit(None, 1)[-1].lower() not in _BEFORE_LAST_WORDS):
        return None
    # a cue at the start of the text starts a clause ("In favour, 141; ...")
    lead = "\n" if m.start() <= 60 else ""
    b = _BEFORE_RE.search(lead + before)
    if b is not None and b.lastgroup in _ROLES:
        if b.group("votes_next") is not None and not _VOTES_NEXT_RE.match(text, m.end()):
            return None  # "received 141 votes", not "received 141 requests"
        if (b.group("yline") or b.group("nline") or b.group("aline") or b.group("xline")) and not _LINE_END_RE.match(
                text, m.end()):
            return None  # "Against 30 years of occupation" is a headline, not a table row
        if _PERCENT_AFTER_RE.match(text, m.end()):
            return None  # "support rose to 73 percent"
        role = b.lastgroup
        tail = _FILLER4_RE.match(text[m.end() : m.end() + 60])
        # "approved by 141 votes" is as clear as a filler ("won 180 votes" may be an election)
        strong = (bool(tail and tail.group()) or ":" in b.group() or role != "yes"
                  or (b.group().rstrip().lower().endswith("by")
                      and _VOTES_NEXT_RE.match(text, m.end()) is not None))
        return _Item(role, value, m.start() - len(before) - len(lead) + b.start(), m.end(), strong)
    return None


_THE_END_RE = re.compile(r"\bthe\s+$", re.I)


def _cued_names_and_others(text: str, m: re.Match[str], value: int) -> _Item | None:
    """"opposed by Russia and six other countries": a cue before the names, the count after."""
    named = _names_before(text, m.start())
    if named is None:
        return None
    lo = max(0, named[1] - 60)
    window = text[lo : named[1]]
    the = _THE_END_RE.search(window)  # "backed by the United States and 140 other countries"
    b = _BEFORE_RE.search(window[: the.start()] if the else window)
    if b is None or b.lastgroup not in _ROLES or b.group("votes_next") is not None:
        return None
    end = _FILLER_RE.match(text, m.end()).end()  # type: ignore[union-attr]
    return _Item(b.lastgroup, value + named[0], lo + b.start(), end, True, subject=True)


_RECEIVED_WORDS = frozenset({
    "received", "won", "got", "garnered", "secured", "drew", "obtained", "gained", "mustered",
})
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'’.-]*){0,4}"
#: "Russia, Belarus and " right before a count: capitalised names, each checked by resolve
_NAMES_AND_RE = re.compile(rf"(?:{_NAME}[ \t]*,[ \t]*){{0,6}}{_NAME}[ \t]*,?[ \t]+(?:and|plus)\s+$")
_NAME_RE = re.compile(_NAME)


def _names_before(text: str, pos: int) -> tuple[int, int] | None:
    """(number of states, start of the first) in the list that ends with "and" right before
    ``pos``: "Russia, Belarus and [five other countries]"; None when no state is named there."""
    from unvotes.countries import resolve

    lo = max(0, pos - 160)
    m = _NAMES_AND_RE.search(text, lo, pos)
    if m is None:
        return None
    names = list(_NAME_RE.finditer(text, m.start(), m.end()))
    n, first = 0, None
    for name in reversed(names):  # from the one next to "and" back, while they are states
        if resolve(name.group()) is None:
            break
        n, first = n + 1, name.start()
    return (n, first) if first is not None else None


def _group_items(items: list[_Item], sent_of: Callable[[int], int], text: str,
                 sents: list[tuple[int, int, str]], marks: list[tuple[int, str, str]],
                 ) -> tuple[list[list[_Item]], list[tuple[int, int, int]]]:
    """Counts grouped into tallies, and the restatements of tallies further back.

    The restatements are (sentence, offset, index of the tally) of definite counts that
    restate a tally other than the last one before them ("Among the 23 countries that
    abstained", with a Security Council vote in between): a list in their sentence is
    that tally's.
    """
    for it in items:
        it.sent = sent_of(it.start)
    # evidence never runs across a sentence boundary (e.g. into an annex header)
    items = [it for it in items
             if sents[it.sent][0] <= it.start and it.end <= sents[it.sent][1]]
    found: list[_Signals] = []

    def signals() -> _Signals:  # found on first use: most texts never need them
        if not found:
            found.append(_Signals.find(text, sents, items, marks))
        return found[0]

    groups: list[list[_Item]] = []
    current: list[_Item] = []
    for it in items:
        if current:
            roles = {c.role for c in current}
            same_pair = it.pair and current[-1].pair and current[-1].start == it.start
            gap = it.sent - current[-1].sent
            near = it.start - current[-1].end <= 800
            # a table row is a tally of its own: whether a count after it completes it is
            # for _joins to say
            if same_pair or (it.role not in roles and gap <= 2 and near and (
                    gap == 0 or not (it.row or current[-1].row or _restates_before(groups, it)
                                     or _other_vote(text, sents, current, it, it, signals())
                                     or (it.subject and _other_year(text, sents, current, it))))):
                current.append(it)
                continue
            groups.append(current)
        current = [it]
    if current:
        groups.append(current)
    kept: list[list[_Item]] = []
    last_sents: list[int] = []  # per kept tally: last sentence with its evidence, restatements included
    restated: list[tuple[int, int, int]] = []
    context: dict[int, bool] = {}
    for g in groups:
        if not _group_valid(g, text, sents, context):
            continue
        # a count restating the last tally is that tally's; else one restating a tally
        # further back is that one's, before it can complete the last tally
        joins = kept and _joins(g, kept[-1], last_sents[-1], text, sents, signals())
        if len(kept) >= 2 and not (joins and _states(kept[-1], g)):
            j = _restated_earlier(g, kept, last_sents, text, sents, signals())
            if j is not None:
                restated.append((g[0].sent, g[0].start, j))
                last_sents[j] = max(last_sents[j], g[-1].sent)
                continue
        if joins:
            prev = kept[-1]
            have = {it.role for it in prev}
            prev.extend(it for it in g if it.role not in have)  # restated counts add nothing
            last_sents[-1] = g[-1].sent
            continue
        kept.append(g)
        last_sents.append(g[-1].sent)
    return kept, restated


def _group_valid(g: list[_Item], text: str, sents: list[tuple[int, int, str]],
                 context: dict[int, bool]) -> bool:
    """``context`` memoises, per sentence, whether it has vote words (a long sentence with
    many single counts is searched once, not once per count)."""
    # a total above 193 stays: reporting errors are for the checks to flag
    if len({it.role for it in g}) >= 2 or any(it.pair for it in g):
        return True
    it = g[0]
    if not it.strong:
        return False
    found = context.get(it.sent)
    if found is None:
        s0, s1, _ = sents[it.sent]
        found = context[it.sent] = _VOTE_CONTEXT_RE.search(text, s0, s1) is not None
    return found


#: sentences after a tally this far apart may still restate or complete it
_JOIN_SENTENCES = 10
#: characters from the start of a tally's first sentence searched for its symbol and body
_OWN_REACH = 2000
#: characters around a restating count searched for signs of another vote
_SIGNAL_REACH = 400
#: words that announce another vote than the one just reported
_OTHER_VOTE_RE = _text.prefixed(re.compile(
    r"\b(?:amendments?|amended|earlier|previous(?:ly)?|separate(?:ly)?|procedural|paragraphs?|"
    r"another\s+(?:vote|resolution|text|draft|motion)|"
    r"(?:first|second|third|other|next|later)\s+(?:vote|resolution|text|draft|motion|ballot))\b",
    re.I,
), "aAeEpPsSfFtToOnNlL")


def _joins(g: list[_Item], prev: list[_Item], last_sent: int, text: str,
           sents: list[tuple[int, int, str]], signals: _Signals) -> bool:
    """Whether the counts of ``g`` restate or complete the tally ``prev`` just before it.

    ``last_sent`` is the last sentence holding evidence of ``prev`` (counts restated in
    list sentences included). No count of ``g`` may contradict ``prev`` (each has the
    value ``prev`` states for that position, or ``prev`` does not state the position),
    and the text must not announce another vote (a new symbol, another body, "the
    amendment", "earlier", ...). Then ``g`` joins ``prev`` when it restates every count
    (a repeated "141-7-32"), or when each new count is written as a list sentence's
    subject: definite ones ("the 11 countries that voted against", "among the 24
    delegations that did not vote") up to ``_JOIN_SENTENCES`` sentences on, others ("24
    delegations did not vote") within two sentences. A count that contradicts ``prev``
    stays a separate tally, so the checks can report the conflict.
    """
    gap = g[0].sent - last_sent
    if gap > _JOIN_SENTENCES or any(it.row for it in g):
        return False
    stated = {it.role: it.value for it in prev}
    if any(stated.get(it.role, it.value) != it.value for it in g):
        return False
    new = [it for it in g if it.role not in stated]
    for it in new:
        if it.pair or not it.subject or (not it.definite and it.sent - last_sent > 2):
            return False
    if new and _other_year(text, sents, prev, g[0]):
        return False
    # the same counts again are this vote even where another body is named nearby
    # ("China, a permanent member of the Security Council, was among the 32 ...")
    return not _other_vote(text, sents, prev, g[0], g[-1], signals, bodies=bool(new))


def _restates_before(groups: list[list[_Item]], it: _Item) -> bool:
    """Whether ``it`` is a definite count ("among the 23 countries that abstained") with the
    role and value of a count in one of the last groups: it restates that one (see
    :func:`_restated_earlier`) rather than completing the group being built."""
    return it.definite and not it.pair and any(
        c.role == it.role and c.value == it.value
        for g in groups[-_RESTATE_TALLIES:] for c in g)


def _states(tally: list[_Item], g: list[_Item]) -> bool:
    """Whether ``tally`` states every count of ``g`` (same role, same value)."""
    stated = {it.role: it.value for it in tally}
    return all(stated.get(it.role) == it.value for it in g)


#: how many tallies back, and sentences after its evidence, a definite count may restate one
_RESTATE_TALLIES = 20
_RESTATE_SENTENCES = 20


def _restated_earlier(g: list[_Item], kept: list[list[_Item]], last_sents: list[int], text: str,
                      sents: list[tuple[int, int, str]], signals: _Signals) -> int | None:
    """The index of a tally before ``kept[-1]`` that the counts of ``g`` restate, or None.

    Only definite counts ("among the 23 countries that abstained", "the 35 abstainers")
    refer back past another tally: each must have the role and value that tally states.
    The nearest such tally is taken, unless ``g``'s own sentence names another vote (its
    symbol, "earlier", ...); the sentences in between are about the tally in between and
    are not looked at.
    """
    if not all(it.definite and not it.pair for it in g):
        return None
    for j in range(len(kept) - 2, max(-1, len(kept) - 2 - _RESTATE_TALLIES), -1):
        if g[0].sent - last_sents[j] > _RESTATE_SENTENCES:
            continue
        if _states(kept[j], g):
            if _other_vote(text, sents, kept[j], g[0], g[-1], signals, bodies=False, lead=0):
                return None
            return j
    return None


def _years(text: str, a: int, b: int) -> set[str]:
    """Years named in ``text[a:b]``, but for those after "since", "until"..."""
    return {m.group() for m in _YEAR_RE.finditer(text, a, b)
            if not _SINCE_BEFORE_RE.search(text, max(a, m.start() - 12), m.start())}


def _other_year(text: str, sents: list[tuple[int, int, str]], prev: list[_Item],
                first: _Item) -> bool:
    """Whether the sentence of count ``first`` names before it a year that the sentences
    of ``prev`` do not: "In 2014, 24 members did not vote", "the 2014 vote had more
    absences: 24 members did not vote" complete no tally of 2022. (A year after the count
    is no time frame: "13 did not vote, among them Venezuela, which lost its vote in 2013".)
    """
    years = _years(text, sents[first.sent][0], first.start)
    return bool(years) and not years <= _years(text, sents[prev[0].sent][0],
                                                sents[prev[-1].sent][1])


@dataclass
class _Signals:
    """Where a text names other votes: words, symbols and bodies, found once per text."""

    words: list[int]
    symbols: list[tuple[int, str]]
    marks: list[tuple[int, str, str]]

    @classmethod
    def find(cls, text: str, sents: list[tuple[int, int, str]], items: list[_Item],
             marks: list[tuple[int, str, str]]) -> _Signals:
        """Signals around ``items``; ``marks`` are the text's body marks (:func:`_body_marks`)."""
        # only around the counts: the windows of _other_vote never reach further
        a = max(sents[0][0], items[0].start - _SIGNAL_REACH)
        b = min(sents[-1][1], max(it.end for it in items) + _SIGNAL_REACH)
        symbols = [(m.start(), sym) for m in _RES_RE.finditer(text, a, b)
                   if (sym := _normalise_resolution(m, None)) is not None]
        return cls([m.start() for m in _OTHER_VOTE_RE.finditer(text, a, b)], symbols, marks)


def _other_vote(text: str, sents: list[tuple[int, int, str]], prev: list[_Item],
                first: _Item, last: _Item, signals: _Signals, bodies: bool = True,
                lead: int = 1) -> bool:
    """Whether the text around counts ``first``..``last`` announces a vote other than ``prev``.

    Looked at: from ``lead`` sentences before ``first`` (not before ``prev`` ends) to the end of
    the sentence of ``last``, at most ``_SIGNAL_REACH`` characters either side of the
    counts. Signals: words like "amendment" and "earlier", a resolution symbol other
    than the one ``prev`` is reported with, and (with ``bodies``) a voting body named
    outright other than those named around ``prev`` (a bare "council" or "veto" is no
    signal). The signals of the text are found once: each call is a few bisections.
    """
    lo = max(prev[-1].end, sents[max(0, first.sent - lead)][0], first.start - _SIGNAL_REACH)
    hi = min(sents[last.sent][1], last.end + _SIGNAL_REACH)
    if lo >= hi:
        return False
    words = signals.words
    if bisect.bisect_left(words, lo) < bisect.bisect_left(words, hi):
        return True
    # what ``prev`` is reported with sits around its first sentence
    p0 = sents[prev[0].sent][0]
    p1 = min(prev[-1].end, p0 + _OWN_REACH)
    syms = signals.symbols
    here = syms[bisect.bisect_left(syms, (lo,)) : bisect.bisect_left(syms, (hi,))]
    if here:
        own = _resolution_for(text, p0, p1, prev[0].start, 0, None)
        if own is not None and any(sym != own for _, sym in here):
            return True
    if not bodies:
        return False
    marks = signals.marks
    named = _doc_bodies(marks[bisect.bisect_left(marks, (lo,)) : bisect.bisect_left(marks, (hi,))])
    if not named:
        return False
    around = marks[bisect.bisect_left(marks, (max(0, p0 - 1500),)) : bisect.bisect_left(marks, (p1,))]
    near = {kind for _, kind, _ in around}
    return bool(near) and any(kind not in near for kind in named)


# =========================================================================== tables

#: column headers of a vote table: the count each column holds, or the document symbol
_TABLE_HEADS = {
    "yes": "yes", "ayes": "yes", "for": "yes", "in favour": "yes", "in favor": "yes",
    "no": "no", "noes": "no", "nays": "no", "against": "no",
    "abstain": "abstain", "abstained": "abstain", "abstaining": "abstain",
    "abstention": "abstain", "abstentions": "abstain",
    "absent": "absent", "did not vote": "absent", "not voting": "absent", "non-voting": "absent",
    "resolution": "symbol", "symbol": "symbol", "document": "symbol",
}  # fmt: skip
_TABLE_SEPARATOR_RE = re.compile(r"[ \t]*\|[ \t|:–—-]*")
_TABLE_CELL_RE = re.compile(r"\**(\d{1,3})\**")
_BARE_SYMBOL_RE = re.compile(r"[ \t]*(\d{1,2}/\d{1,4})[ \t]*")


class _Table(NamedTuple):
    """A vote table with a header row (``| Date | Resolution | Yes | No | Abstain |``)."""

    start: int
    end: int
    #: (start, end) of every line from the header to the last row
    lines: list[tuple[int, int]]
    items: list[_Item]
    #: {start of a row: the document symbol in its symbol column}
    symbols: dict[int, str]


def _lines(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    pos = a
    while pos < b:
        end = text.find("\n", pos, b)
        if end < 0:
            end = b
        yield pos, end
        pos = end + 1


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a table line ``| x | y |`` as spans between its pipes."""
    bars = []
    p = text.find("|", a, b)
    while p >= 0:
        bars.append(p)
        p = text.find("|", p + 1, b)
    return [(p0 + 1, p1) for p0, p1 in itertools.pairwise(bars)]


def _tables(text: str, regions: list[tuple[int, int]]) -> list[_Table]:
    """Vote tables whose header row lies in ``regions``: each row below it (with counts in
    the columns headed "Yes", "No", "Abstain", ...) is a tally of its own.

    Markdown or plain-text tables with pipes; a table runs until the first line that does
    not start with a pipe, also past the end of its region. Called only for texts with a
    pipe in them.
    """
    tables: list[_Table] = []
    done = 0  # every line before this was read (a table runs past its region)
    for a, b in regions:
        if b <= done or text.find("|", max(a, done), b) < 0:
            continue
        for l0, l1 in _lines(text, max(a, done), b):
            if l0 < done or not text[l0:l1].lstrip().startswith("|"):
                continue
            columns = {}
            for i, (c0, c1) in enumerate(_cells(text, l0, l1)):
                head = " ".join(text[c0:c1].replace("*", " ").split()).lower()
                if head in _TABLE_HEADS:
                    columns[i] = _TABLE_HEADS[head]
            if sum(role in _ROLES for role in columns.values()) < 2:
                continue
            table, done = _table_rows(text, l0, l1, columns)
            if table is not None:
                tables.append(table)
    return tables


def _table_rows(text: str, h0: int, h1: int, columns: dict[int, str],
                ) -> tuple[_Table | None, int]:
    """The rows below a header line ``text[h0:h1]`` with ``columns`` {cell index: role}, as
    a table (None without counts) and the end of its last line."""
    spans = [(h0, h1)]
    items: list[_Item] = []
    symbols: dict[int, str] = {}
    for l0, l1 in _lines(text, h1 + 1, len(text)):
        if not text[l0:l1].lstrip().startswith("|"):
            break
        spans.append((l0, l1))
        if _TABLE_SEPARATOR_RE.fullmatch(text, l0, l1):
            continue
        cells = _cells(text, l0, l1)
        row: list[_Item] = []
        for i, role in columns.items():
            if i >= len(cells):
                continue
            c0, c1 = cells[i]
            if role == "symbol":
                m = _RES_RE.search(text, c0, c1)
                sym = _normalise_resolution(m, None) if m is not None else None
                bare = _BARE_SYMBOL_RE.fullmatch(text, c0, c1)
                if sym is None and bare is not None:
                    sym = "A/RES/" + bare.group(1)  # "| 68/262 |" under "Resolution"
                if sym is not None:
                    symbols[l0] = sym
                continue
            cell = text[c0:c1]
            lead = len(cell) - len(cell.lstrip())
            m = _TABLE_CELL_RE.fullmatch(cell.strip())  # on the stripped cell: no backtracking
            if m is not None and int(m.group(1)) <= _MAX_COUNT:
                at = c0 + lead + m.start(1)
                row.append(_Item(role, int(m.group(1)), at, at + len(m.group(1)), True, row=True))
        if row:
            items.extend(row)
        else:
            symbols.pop(l0, None)
    end = spans[-1][1]
    if not items:
        return None, end
    return _Table(h0, end, spans, items, symbols), end


def _with_tables(text: str, regions: list[tuple[int, int]], tables: list[_Table],
                 ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """``regions`` widened to hold the tables, and their sentences: each table line is one."""
    spans = sorted([*regions, *((t.start, t.end) for t in tables)])
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    sents: list[tuple[int, int, str]] = []
    ti = 0
    for a, b in merged:
        pos = a
        while ti < len(tables) and tables[ti].start < b:
            t = tables[ti]
            sents.extend(_text.sentences(text, pos, t.start))
            for l0, l1 in t.lines:
                _text._add_span(text, l0, l1, sents)
            pos = t.end
            ti += 1
        sents.extend(_text.sentences(text, pos, b))
    return merged, sents


# =========================================================================== meta

_BODY_RE = re.compile(
    r"(?P<GA>General\s+Assembly|\bUNGA\b|\b[Aa]ssembly\b|\bplenary\b|\bworld\s+body\b)"
    r"|(?P<SC>Security\s+Council|\bUNSC\b|\b15-(?:member|nation)\s+(?:[Ss]ecurity\s+)?[Cc]ouncil"
    r"|\b[Cc]ouncil\b|\bveto(?:ed|es)?\b)"
    r"|(?P<committee>\b(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee|\b[Cc]ommittee\b)"
)
_BODY_RE = _text.prefixed(_BODY_RE, "GUAapwS1CcvFT")
_NOT_BODY_BEFORE_RE = re.compile(
    r"(?:National|Parliamentary|Health|Legislative|Constituent|People's|Federal|Consultative|"
    r"Rights|Economic\s+and\s+Social|European|Trusteeship|Atlantic|Arctic|Cooperation|Olympic|"
    r"Nobel|Central|Red\s+Cross|Joint|Select|Ethics|Steering|Organi[sz]ing|Executive|Sanctions|"
    r"Preparatory|Local|City|State|Regional|Provincial|Governing|Advisory|Standing|Credentials|"
    r"Foreign\s+Relations|Armed\s+Services|Affairs|Relations|House|Senate|Parliament's|"
    r"Human|Peace|Revolutionary|Military|Supreme)\s+$"
)
_RES_RE = re.compile(
    r"(?P<full>\b[AS]/RES/(?:ES-\d{1,2}/\d{1,4}|\d{1,2}/\d{1,4}|\d{1,4}\s?\((?:\d{4}|[IVXL]{1,8})\)|"
    r"\d{1,4}))"
    r"|(?P<draft>\bA/(?:ES-\d{1,2}/)?(?:C\.\d/)?(?:\d{1,2}/)?L\.\d{1,4}(?:/Rev\.\d)?|\bS/\d{4}/\d{1,4})"
    r"|(?P<es>\bES-\d{1,2}/\d{1,4})"
    r"|\b[Rr]esolutions?\s+(?:(?P<ga>\d{2}/\d{1,4})\b|(?P<old>\d{1,4})\s?(?:[A-Z]\s?)?"
    r"\((?P<roman>[IVXL]{1,8})\)|(?P<sc>\d{3,4})\b(?:\s?\((?P<year>\d{4})\))?)"
)
_ADOPTED_RE = re.compile(
    r"(?P<t>\b(?:adopted|adopts|adopting|passed|passes|approved|approves|approving|backed|"
    r"endorsed|carried|won\s+(?:approval|the\s+support)|voted(?:\s+\S+){0,4}?\s+to\s+(?:approve|"
    r"adopt|condemn|demand|back|endorse|support|suspend|call|urge|reaffirm|recogni[sz]e)|"
    r"(?:scraped|squeaked|sailed)\s+through|"  # "a motion ... scraped through with 93 votes"
    r"(?:renewed|extended)\s+(?:the\s+|its\s+)?(?:\w+\s+){0,3}?mandate)\b)"
    r"|(?P<f>\b(?:rejected|rejects|failed|fails|defeated|vetoed|vetoes|veto|blocked|"
    r"did\s+not\s+(?:pass|obtain|get|win|receive|secure|achieve|garner|muster)"
    r"|was\s+not\s+adopted|not\s+adopted|fell\s+short|voted\s+down)\b)",
    re.I,
)
_RES_RE = _text.prefixed(_RES_RE, "ASERr")
_ADOPTED_RE = _text.prefixed(_ADOPTED_RE, "aApPbBeEcCwWrRfFdDvVnNsS")
_DATE_CONTEXT_RE = _text.prefixed(re.compile(
    r"\bvot|\badopt|resolution|Assembly|Council|[Cc]ommittee|\bpass|\bapprov|\breject|\bbacked|"
    r"\bmeeting|\bsession|\bveto"
), "varACcpbms")


#: a lower-case word that ends every match of _BODY_RE (but for "vetoed"/"vetoes")
_BODY_WORDS = (b"assembly", b"unga", b"plenary", b"body", b"council", b"unsc", b"veto", b"committee")
#: how far before its word a match of _BODY_RE may start ("15-member Security Council"),
#: when no run of ten white-space characters stands in between
_BODY_LEAD = 60
_LONG_SPACE_RE = re.compile(r"\s{10}")


def _body_marks(text: str, low: bytes, regions: list[tuple[int, int]],
                ) -> list[tuple[int, str, str]]:
    """Mentions of voting bodies as (start, kind, matched text lowered), in text order.

    _BODY_RE runs only in windows around its words (found in ``low``, :func:`_keyed`
    ``text``), not over whole regions; a window widens to the region's start when long
    white space could hide the start of a match.
    """
    marks = []
    for a, b in regions:
        windows: list[list[int]] = []
        for word in _BODY_WORDS:
            p = low.find(word, a, b)
            while p >= 0:
                lo = max(a, p - _BODY_LEAD)
                if lo > a and _LONG_SPACE_RE.search(text, lo, p):
                    lo = a
                windows.append([lo, min(b, p + len(word) + 3)])
                p = low.find(word, p + 1, b)
        windows.sort()
        merged: list[list[int]] = []
        for w in windows:
            if merged and w[0] <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], w[1])
            else:
                merged.append(w)
        for lo, hi in merged:
            for m in _BODY_RE.finditer(text, lo, hi):
                if m.lastgroup and not _NOT_BODY_BEFORE_RE.search(
                        text, max(0, m.start() - 40), m.start()):
                    marks.append((m.start(), m.lastgroup, m.group().lower()))
    return marks


def _doc_bodies(marks: list[tuple[int, str, str]]) -> set[str]:
    """Bodies named outright in the text (a bare "council" or "veto" does not count)."""
    return {kind for _, kind, word in marks
            if not (kind == "SC" and word in ("council", "veto", "vetoed", "vetoes"))}


def _body_for(marks: list[tuple[int, str, str]], s0: int, s1: int, t0: int,
              doc_bodies: set[str], counts: list[int]) -> str | None:
    lo = bisect.bisect_left(marks, (max(0, s0 - 1500),))
    hi = bisect.bisect_left(marks, (s1,))
    found = [(pos, kind) for pos, kind, word in marks[lo:hi]
             if not (kind == "SC" and word == "council" and "SC" not in doc_bodies)]
    if found:
        inside_before = [f for f in found if s0 <= f[0] < t0]
        inside_after = [f for f in found if f[0] >= t0]
        if inside_before:
            body = inside_before[-1][1]
        elif inside_after:
            body = inside_after[0][1]
        else:
            body = found[-1][1]
    elif len(doc_bodies) == 1:
        body = next(iter(doc_bodies))
    else:
        body = None
    total = sum(counts)
    if body != "SC" and counts and total <= 15 and "SC" in doc_bodies and (
        body is None or not any(s0 <= f[0] < s1 and f[1] != "SC" for f in found)
    ):
        body = "SC"
    return body


def _body_from_symbol(symbol: str) -> str | None:
    """The body a document symbol belongs to: "A/C.3/..." committee, "A/..." GA, "S/..." SC."""
    if symbol.startswith("A/C."):
        return "committee"
    if symbol.startswith("A/"):
        return "GA"
    if symbol.startswith("S/"):
        return "SC"
    return None


def _normalise_resolution(m: re.Match[str], body: str | None) -> str | None:
    if m.group("full"):
        sym = m.group("full")
        return re.sub(r"\s?\((\d{4})\)", r" (\1)", re.sub(r"\s?\(([IVXL]+)\)", r"(\1)", sym))
    if m.group("draft"):
        return m.group("draft")
    if m.group("es"):
        return "A/RES/" + m.group("es")
    if m.group("ga"):
        return "A/RES/" + m.group("ga")
    if m.group("old"):
        return f"A/RES/{m.group('old')}({m.group('roman')})"
    if m.group("sc"):
        if m.group("year"):
            return f"S/RES/{m.group('sc')} ({m.group('year')})"
        if body == "SC":
            return f"S/RES/{m.group('sc')}"
    return None


def _resolution_for(text: str, s0: int, s1: int, t0: int, floor: int, body: str | None,
                    ) -> str | None:
    inside: list[tuple[int, str]] = []
    earlier: list[tuple[int, str]] = []
    for m in _RES_RE.finditer(text, max(floor, s0 - 1000), s1):
        sym = _normalise_resolution(m, body)
        if sym is None:
            continue
        (inside if m.start() >= s0 else earlier).append((m.start(), sym))
    if inside:
        # nearest to the tally, preferring an adopted symbol over a draft one at equal footing
        inside.sort(key=lambda f: (abs(f[0] - t0), "/L." in f[1]))
        return inside[0][1]
    if earlier:
        return earlier[-1][1]
    return None


def _adopted_for(text: str, s0: int, s1: int, t0: int, t1: int, lo: int, hi: int,
                 prev_sentences: list[tuple[int, int, str]], floor: int) -> bool | None:
    best: tuple[int, bool] | None = None
    for m in _ADOPTED_RE.finditer(text, max(s0, lo), min(s1, hi)):
        if m.start() < t0:
            dist = t0 - m.end()
        elif m.start() >= t1:
            dist = m.start() - t1 + 1
        else:
            dist = 0
        if best is None or dist < best[0]:
            best = (dist, m.lastgroup == "t")
    if best is not None:
        return best[1]
    for p0, p1, _ in reversed(prev_sentences):
        last: bool | None = None
        for m in _ADOPTED_RE.finditer(text, max(p0, floor), p1):
            last = m.lastgroup == "t"
        if last is not None:
            return last
    return None


#: a year on its own ("In 2014, ..."), and words that place a vote at another time
_YEAR_RE = re.compile(r"(?<![\w/.,-])(?:19[4-9]\d|2[01]\d\d)(?![\w/-]|[.,]\d)")
_OTHER_TIME_RE = re.compile(
    r"\b(?:earlier|later|ago|last|previous(?:ly)?|yesterday|tomorrow|next|before|after|prior|"
    r"(?:19[4-9]\d|2[01]\d\d))\b"
    rf"|\b(?:{_text._M})\b",
    re.I,
)
_SINCE_BEFORE_RE = re.compile(r"\b(?:since|from|until|till|through)\s+$", re.I)


def _sentence_year(text: str, s0: int, s1: int) -> int | None:
    """The one year a sentence names on its own ("In 2014, ... on 27 March"), or None."""
    years = {int(m.group()) for m in _YEAR_RE.finditer(text, s0, s1)}
    return years.pop() if len(years) == 1 else None


def _make_year(value: dt.date, year: int) -> dt.date | None:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return None


def _date_for(text: str, s0: int, s1: int, t0: int, published: dt.date | None,
              prev_sentences: list[tuple[int, int, str]]) -> dt.date | None:
    best: tuple[int, dt.date] | None = None
    year: int | None = None  # the sentence's own year, looked up on first need
    for d0, d1, value, absolute in _text.find_dates(text, published, s0, s1):
        if published is not None and value > published + dt.timedelta(days=1):
            # "In 2014, ... adopted on 27 March": a day and month after publication take
            # the year the sentence names, if it names one
            if absolute or not any(c.isdigit() for c in text[d0:d1]):
                continue
            year = year or _sentence_year(text, s0, s1)
            if year is None or year >= published.year:
                continue
            dated = _make_year(value, year)
            if dated is None:
                continue
            value = dated
        dist = abs(d0 - t0)
        if best is None or dist < best[0]:
            best = (dist, value)
    if best is not None:
        return best[1]
    for p0, p1, _ in reversed(prev_sentences):
        if not _DATE_CONTEXT_RE.search(text, p0, p1):
            continue
        found = [
            v for _, _, v, _ in _text.find_dates(text, published, p0, p1)
            if published is None or v <= published + dt.timedelta(days=1)
        ]
        if found:
            return found[-1]
    return None


_REL_DAY_RE = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+"
    r"(?P<dir>earlier|before|later|after)\b"
    r"|\bthe\s+(?:(?P<back>previous|preceding)|next|following)\s+day\b"
    r"|\bthe\s+day\s+(?P<dir1>before|after|earlier|later)\b",
    re.I,
)
#: "The vote came four days after [the Council vote]": the tally is the earlier event
_CAME_RE = re.compile(r"\b(?:came|comes|come|was\s+held|took\s+place|followed)\s+$", re.I)


def _relative_date(text: str, sents: list[tuple[int, int, str]], k0: int, k1: int,
                   last: dt.date | None, first: dt.date | None) -> dt.date | None:
    """The date of a tally in sentences ``k0``..``k1`` that says it only relatively.

    One expression of days in those sentences: "a day earlier", "the day before", "two
    days later", "the next day" count from ``last`` (the date of the tally before: the
    report goes on from it); "[the vote] came four days after [the Council voted]" counts
    back from ``first`` (the date of the first tally, the vote the report is about).
    None when there is no such expression, or more than one.
    """
    if k0 > k1:
        return None
    found = list(itertools.islice(_REL_DAY_RE.finditer(text, sents[k0][0], sents[k1][1]), 2))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group("n") is not None:
        n = _text.number_value(m.group("n").lower()) if m.group("n").isalpha() else int(m.group("n"))
        if m.group("n").lower() == "a":
            n = 1
        word = m.group("dir").lower()
    elif m.group("dir1") is not None:
        n, word = 1, m.group("dir1").lower()
    else:
        n, word = 1, ("before" if m.group("back") else "after")
    if n is None or n > 31:
        return None
    back = word in ("earlier", "before")
    anchor = last
    if word in ("after", "before") and _CAME_RE.search(text, max(0, m.start() - 20), m.start()):
        anchor, back = first, not back  # the subject came later: this tally is before it
    if anchor is None:
        return None
    return anchor - dt.timedelta(days=n) if back else anchor + dt.timedelta(days=n)


def _carried_date(text: str, sents: list[tuple[int, int, str]], k0: int, k1: int,
                  published: dt.date | None, prev: tuple[int, dt.date | None] | None,
                  ) -> dt.date | None:
    """The date of a tally (in sentences ``k0``..``k1``) that states none near it.

    Reports narrate a meeting in order: "The General Assembly today adopted ... The
    first amendment was rejected ... The resolution was then adopted by 141 votes".
    The tally takes the date of the last dated sentence about a vote before it (at most
    ``_JOIN_SENTENCES`` back, not before ``prev``, the (last sentence, date) of the tally
    before it), else ``prev``'s date, provided that neither its sentences nor the one
    before them point to another time ("a day earlier", "last year", "in 2022", "in
    March"). Dates after "since" or "until" start or end a period: they point nowhere.
    """
    floor = max(0, k0 - _JOIN_SENTENCES)
    if prev is not None:
        floor = max(floor, prev[0] + 1)
    anchor: tuple[int, dt.date] | None = None
    for k in range(k0 - 1, floor - 1, -1):
        p0, p1, _ = sents[k]
        if not _DATE_CONTEXT_RE.search(text, p0, p1):
            continue
        found = [v for _, _, v, _ in _text.find_dates(text, published, p0, p1)
                 if published is None or v <= published + dt.timedelta(days=1)]
        if found:
            anchor = (k, found[-1])
            break
    if anchor is None:
        if prev is None or prev[1] is None or k0 - prev[0] > _JOIN_SENTENCES:
            return None
        anchor = (prev[0], prev[1])
    k_anchor, date = anchor
    lo = sents[max(k_anchor + 1, k0 - 1)][0]
    hi = sents[k1][1]
    if lo >= hi:
        return date
    for m in _OTHER_TIME_RE.finditer(text, lo, hi):
        if _SINCE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.group()[:1].isupper() and m.group().isalpha():  # a month: is it this date's?
            d = next(_text.find_dates(text, published, m.start(), min(hi, m.end() + 12)), None)
            if d is not None and d[0] == m.start() and d[2] == date:
                continue
        return None
    return date


# =========================================================================== positions

_ANNEX_START_RE = re.compile(
    r"\s*(?P<h>In\s+favou?r|Yes|Ayes|Against|No|Noes|Abstaining|Abstain(?:ed)?|Abstentions?|"
    r"Absent|Did\s+not\s+vote|Not\s+voting|Non-voting)\s*:",
)
_LIST_SEP_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|/\s*|&\s*|and\s+|"
    r"as\s+well\s+as\s+|plus\s+|along\s+with\s+|together\s+with\s+|or\s+)(?:the\s+)?"
)
_CUE_RE = re.compile(
    r"(?P<yes>\bin\s+favou?r\b|\bvot(?:ed|ing|es?)\s+(?:for|yes|in\s+support)\b|"
    r"\b(?:backed|backing|supported|supporting|endorsed|sponsors?|supporters|backers)\b|\byes\b)"
    r"|(?P<no>\bagainst\b|\bopposed\b|\bopposing\b|\bopponents\b|\bvot(?:ed|ing)\s+no\b|"
    r"\bveto(?:ed|ing)\b|"
    r"\brejected\b|\bno\s+votes?\b|\bnays?\b|"
    r"(?<=\d\s)no\b(?=\s*\())"  # "2 no (the United States and Israel)"
    r"|(?P<abstain>\babstain\w*|\babstention\w*|\brefrained\b)"
    r"|(?P<absent>\babsent\b|\b(?:did\s+not|didn't|not|failed\s+to|chose\s+not\s+to|declined\s+to)\s+"
    r"(?:vote|voting|take\s+part|taking\s+part|participate|participating|cast|"
    r"press\s+(?:a|the|any)\s+button)\b"
    r"(?!\s+(?:against|for|in\s+favou?r|yes|no)\b)|\bnon-voting\b|"  # "did not vote against"
    r"\bstayed\s+away\b|\bskipped\b)",
    re.I,
)
#: words that may stand between a list (as subject) and its cue: "were among the 32 countries to"
_POSITION_SENTENCE_RE = _text.prefixed(
    re.compile(_CUE_RE.pattern + r"|\b(?:No|Noes|Nays)\s*:", re.I), "iIvVbBsSeEyYaAoOrRnNdDfFcC")
_CUE_RE = _text.prefixed(_CUE_RE, "iIvVbBsSeEyYaAoOrRnNdDfFcC")
_STRONG_POSITION_RE = _text.prefixed(re.compile(
    r"against|abstain|abstention|absent|\bin\s+favou?r|\bvot|take\s+part|participat|opposed|"
    r"rejected|\bveto|\b(?:Yes|No)\s*:", re.I), "aAiIvVtTpPoOrRyYnN")
_TRAILER_WORDS = frozenset(
    ["also", "both", "all", "each", "too", "then", "however", "instead", "meanwhile", "again", "alone", "together", "themselves", "which", "who", "were", "was", "are", "is", "did", "had", "have", "has", "among", "the", "only", "one", "two", "three", "of", "those", "countries", "nations", "states", "member", "members", "delegations", "to", "that", "in", "voting", "voted", "vote", "votes", "cast", "chose", "decided", "opted", "other", "a", "an", "handful", "few", "group", "small", "just", "joined", "it", "resolution", "text", "draft", "ultimately", "eventually", "reportedly", "notably", "likewise", "similarly", "on", "and", "others", "etc", "many", "several", "some"]
)
_TRAILER_TOKEN_RE = re.compile(r"\s*(?:[,—–-]\s*)?([\w']+)")
_TRAILER_SEP_RE = re.compile(r"\s*(?:[,—–-]\s*)?")
_PASSIVE_RE = re.compile(
    r"\s*,?\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:backed|supported|opposed|rejected|joined|condemned|critici[sz]ed|accused|urged|asked|"
    r"called|invaded|attacked)\b",
    re.I,
)
_CONNECTOR_RE = re.compile(
    r"(?:\b(?:were|was|are|is|included|including|include|includes|namely|notably|like|"
    r"such\s+as|among\s+them|among\s+others|as\s+follows)|:|\(|—|–|\s-)\s*(?:the\s+)?$",
    re.I,
)
#: the last word (or character) of every match of _CONNECTOR_RE, _BY_CONNECTOR_RE and
#: _DEFINITE_RE, lower-cased (see :func:`_may_end`)
_CONNECTOR_LAST = ("were", "was", "are", "is", "included", "including", "include", "includes",
                   "namely", "notably", "like", "as", "them", "others", "follows", "the", ":",
                   "(", "-")
_BY_CONNECTOR_LAST = ("by", "from", "with", "the")
_DEFINITE_LAST_LIST = ("were", "was", "are", "namely", ":", "the")
#: how far before a list its connector may start ("among others  the" is 17 characters)
_CONNECTOR_REACH = 80
_BY_CONNECTOR_RE = re.compile(r"\b(?:by|from|with|joined\s+by)\s*(?:the\s+)?$", re.I)
_DEFINITE_RE = re.compile(r"(?:\b(?:were|was|are|namely)|:|—|–)\s*(?:the\s+)?$", re.I)
_PARTIAL_RE = re.compile(
    r"\b(?:including|included|include|includes|among|such\s+(?:[a-z]+\s+)?as|like|notably|for\s+example|"
    r"for\s+instance|e\.g\.|etc\b|and\s+others|and\s+other|others\s+including|several|some|"
    r"also)\b|…|\.\.\.",  # "Bolivia also abstained": others did too
    re.I,
)
_ONLY_RE = re.compile(r"\bonly\b|\balone\b|\bsole\b", re.I)
_POSSESSIVE_RE = re.compile(r"['’]s?\b")


def _country_mentions(jobs: list[tuple[str, list[tuple[int, int]]]],
                      ) -> list[list[tuple[int, int, str, str]]]:
    """Country mentions (start, end, name, iso3) inside the spans of each (text, spans) job.

    All spans of all jobs go to one search (:func:`unvotes.countries.find_countries`'s).
    """
    out: list[list[tuple[int, int, str, str]]] = [[] for _ in jobs]
    pieces: list[str] = []
    offsets: list[int] = []  # position of each piece in the joined string
    owners: list[tuple[int, int, int]] = []  # (job, span start, span end)
    pos = 0
    for j, (text, spans) in enumerate(jobs):
        for s0, s1 in spans:
            offsets.append(pos)
            pieces.append(text[s0:s1])
            owners.append((j, s0, s1))
            pos += s1 - s0 + 2
    if not pieces:
        return out
    from unvotes.countries import _find_spans

    for start, end, _name, iso3 in _find_spans("\n\n".join(pieces)):
        k = bisect.bisect_right(offsets, start) - 1
        if k < 0:
            continue
        j, s0, s1 = owners[k]
        a, b = start - offsets[k] + s0, end - offsets[k] + s0
        if a < s0 or b > s1 or b <= a:
            continue
        out[j].append((a, b, jobs[j][0][a:b], iso3))
    for mentions in out:
        mentions.sort()
    return out


#: between a cue and the list it heads: a coordinated phrase starts ("votes in favour and
#: no veto by any of the five permanent members - China, France, ..."): the list is theirs
_COORDINATION_RE = re.compile(r"\b(?:and|or|but|nor)\b|;", re.I)


def _last_cue(segment: str, max_gap: int | None = None) -> str | None:
    last = None
    for m in _CUE_RE.finditer(segment):
        last = m
    if last is None:
        return None
    if max_gap is not None and (len(segment) - last.end() > max_gap
                                or _COORDINATION_RE.search(segment, last.end())):
        return None
    return last.lastgroup


def _first_cue(segment: str) -> str | None:
    m = _CUE_RE.search(segment)
    return m.lastgroup if m else None


_CUE_KEYWORDS = (
    "favo", "vot", "back", "support", "endorse", "sponsor", "yes", "against", "oppos",
    "opponent", "reject", "no vote", "nay", "abstain", "abstention", "refrain", "absent",
    "take part", "taking part", "participat", "cast", "non-voting", "stayed away", "skipped",
    "no:", "noes", "no :", "veto",
)  # fmt: skip


def _position_spans(text: str, cue_hits: list[int], sents: list[tuple[int, int, str]],
                    tallies: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Sentences that may hold a list of countries with a position.

    ``cue_hits`` are the sorted offsets of the :data:`_CUE_KEYWORDS` in ``text``.
    """
    starts = [s[0] for s in sents]
    first_hit: dict[int, int] = {}  # sentence index: offset of its first cue keyword
    k = -1
    for pos in cue_hits:
        if k >= 0 and pos < sents[k][1]:
            continue  # same sentence as the previous hit
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < sents[k][1]:
            first_hit[k] = pos
        else:
            k = -1  # before the first sentence or between sentences
    chosen = [k for k in sorted(first_hit) if _holds_cue(text, sents[k][0], sents[k][1], first_hit[k])]
    if not tallies:  # without a count, only clear vote words make a list worth looking up
        chosen = [k for k in chosen if _STRONG_POSITION_RE.search(text, sents[k][0], sents[k][1])]
    return [(sents[k][0], sents[k][1]) for k in chosen]


#: how far before its first cue keyword a match of _POSITION_SENTENCE_RE may start when
#: the words are one space apart ("chose not to take part" starts 13 characters before)
_CUE_LEAD = 40
_IRREGULAR_SPACE_RE = re.compile(r"\s\s|[^\S ]")


def _holds_cue(text: str, s0: int, s1: int, hit: int) -> bool:
    """Whether _POSITION_SENTENCE_RE matches in ``text[s0:s1]``, whose first cue keyword is at
    ``hit``. Every match holds a cue keyword unless its words are apart by more than one
    space, so the search starts a little before ``hit`` when the text before it has none."""
    lo = max(s0, hit - _CUE_LEAD)
    if lo > s0 and _IRREGULAR_SPACE_RE.search(text, s0, hit):
        lo = s0
    return _POSITION_SENTENCE_RE.search(text, lo, s1) is not None


def _positions(text: str, sents: list[tuple[int, int, str]], tallies: list[dict[str, Any]],
               tally_sents: list[tuple[int, int]], mentions: list[tuple[int, int, str, str]],
               restated: list[tuple[int, int, int]] | None = None,
               published: dt.date | None = None) -> list[dict[str, Any]]:
    """Rows of named positions; ``restated`` as :func:`_group_items` gives it, ``published``
    anchors the dates list sentences name ("Thursday's abstainers")."""
    if not mentions:
        return []
    sent_starts = [s[0] for s in sents]
    by_sent: dict[int, list[tuple[int, int, str, str]]] = {}
    for mention in mentions:
        k = bisect.bisect_right(sent_starts, mention[0]) - 1
        by_sent.setdefault(k, []).append(mention)
    rows: list[dict[str, Any]] = []
    first_sents = [a for a, _ in tally_sents]
    tally_starts = [t["start"] for t in tallies]
    restated_in: dict[int, list[tuple[int, int]]] = {}  # sentence: [(offset, tally)]
    for k, pos, j in restated or ():
        restated_in.setdefault(k, []).append((pos, j))
    for k, ments in sorted(by_sent.items()):
        s0, s1, _ = sents[k]
        if not tallies and _ELECTION_RE.search(text, s0, s1):
            continue  # "Nigeria voted for a new president": a national vote, not a UN one
        annex = _ANNEX_START_RE.match(text, s0, s1)
        if annex is not None:
            lists = _annex_lists(text, s0, s1, ments)
        else:
            lists = []
            groups = _split_lists(text, ments)
            found_all = []
            for gi, group in enumerate(groups):
                prev_end = groups[gi - 1][-1][1] if gi > 0 else s0
                next_start = groups[gi + 1][0][0] if gi + 1 < len(groups) else s1
                found_all.append(_list_position(text, group, prev_end, next_start, s0))
            # "A and B joined C and D in voting against", "A and B were joined by eight
            # countries - C, ... - in voting against": one list, in C and D's position
            for gi in range(len(groups) - 2, -1, -1):
                if (found_all[gi] is None and found_all[gi + 1] is not None
                        and _JOINED_RE.fullmatch(text, groups[gi][-1][1], groups[gi + 1][0][0])):
                    role, _strong, partial = found_all[gi + 1]  # type: ignore[misc]
                    groups[gi] = groups[gi] + groups.pop(gi + 1)
                    found_all.pop(gi + 1)
                    found_all[gi] = (role, False, partial)
            for group, found in zip(groups, found_all, strict=True):
                if found is not None:
                    lists.append((group, found[0], found[1], found[2]))
        for group, role, strong, partial_or_complete in lists:
            vote_id = _vote_for(k, group[0][0], tallies, tally_sents, first_sents, tally_starts,
                                restated_in.get(k, ()))
            if annex is None and tallies:
                if vote_id is None:
                    vote_id = _vote_ahead(text, k, sents, role, group, strong,
                                          bool(partial_or_complete), tallies, tally_sents)
                elif (len(tallies) > 1 and k not in restated_in
                      and not tally_sents[vote_id][0] <= k <= tally_sents[vote_id][1]):
                    vote_id = _dated_vote(text, s0, s1, group[0][0], vote_id, tallies, published)
            if annex is not None:
                complete = True
            else:
                partial = partial_or_complete
                if partial:
                    complete = False
                elif strong:
                    complete = True
                else:
                    count = tallies[vote_id][role] if vote_id is not None else None
                    complete = count is None or len({g[3] or g[2] for g in group}) >= count
            for a, b, name, iso3 in group:
                rows.append({"vote_id": vote_id, "iso3": iso3, "name": _storable(name),
                             "position": role,
                             "complete": bool(complete), "start": a, "end": b})
    seen: set[tuple[Any, str, str]] = set()
    unique = []
    for row in rows:
        key = (row["vote_id"], row["iso3"] or row["name"], row["position"])
        if key in seen:
            continue
        seen.add(key)
        unique.append(row)
    return unique


#: national votes: without a tally in the text, their sentences hold no UN positions
_ELECTION_RE = re.compile(
    r"\b(?:elections?|electoral|referendum|plebiscite|presidential|parliamentary|ballot\s+box|"
    r"constituency|constituencies|new\s+(?:president|government|parliament|prime\s+minister))\b",
    re.I,
)
_ANNEX_ANY_RE = re.compile(
    r"(?:^|(?<=[\s;.,]))(?P<h>In\s+favou?r|Yes|Ayes|Against|No|Noes|Abstaining|Abstain(?:ed)?|"
    r"Abstentions?|Absent|Did\s+not\s+vote|Not\s+voting|Non-voting)\s*:",
    re.I,
)


_PIECE_RE = re.compile(r"[^,;]+")
_PAREN_CLOSE_RE = re.compile(r"\s*\)")
_JOINED_RE = re.compile(
    r"\s*,?\s*(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:also\s+)?joined\s+(?:by\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+(?:other\s+)?(?:countries|states|nations|members)\s*[-–—:(]\s*)?",
    re.I,
)
_RELATIVE_RE = re.compile(
    r"\s*,\s*(?:which|who)\b[^,;.()]{0,120},"
    # an apposition: "Hungary and Türkiye, both NATO members, voted in favour"
    r"|\s*,\s*(?:both|all|each|an?|two|three|four|five|six|seven|eight|nine|ten|several|many|"
    r"most|among)\s[^,;.()]{0,80},",
    re.I,
)
#: a list right after these words is an object or negated, never the subject of a vote:
#: "an ally of Russia, voted ...", "Neither India nor China voted against"
_NOT_SUBJECT_HEAD_RE = re.compile(
    r"\b(?:of|to|from|against|for|on|at|towards?|into|than|neither|nor|not|never)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _annex_lists(text: str, s0: int, s1: int, ments: list[tuple[int, int, str, str]],
                 ) -> list[tuple[list[tuple[int, int, str, str]], str, bool, bool]]:
    """Lists of an annex sentence ("Against: A, B; abstaining: C"), each after its header.

    Comma-separated entries the registry does not know come back with ``iso3`` None.
    """
    heads = [(m.start(), m.end(), _first_cue(m.group("h")) or _annex_role(m.group("h")))
             for m in _ANNEX_ANY_RE.finditer(text, s0, s1)]
    starts = [m[0] for m in ments]
    out: list[tuple[list[tuple[int, int, str, str]], str, bool, bool]] = []
    for idx, (_h0, h1, role) in enumerate(heads):
        if role is None:
            continue
        seg_end = heads[idx + 1][0] if idx + 1 < len(heads) else s1
        group = ments[bisect.bisect_left(starts, h1) : bisect.bisect_left(starts, seg_end)]
        known = [(a, b) for a, b, _, _ in group]
        known_starts = [a for a, _ in known]
        unknown = []
        for piece in _PIECE_RE.finditer(text, h1, seg_end):
            a, b = piece.start(), piece.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
                b -= 1
            k = bisect.bisect_left(known_starts, b) - 1
            if b <= a or (k >= 0 and known[k][1] > a):
                continue  # empty, or (part of) a name the registry knows
            if _UNKNOWN_NAME_RE.fullmatch(text, a, b):
                unknown.append((a, b, text[a:b], None))
        group = sorted([*group, *unknown])  # type: ignore[list-item]
        if group:
            out.append((group, role, True, False))  # type: ignore[arg-type]
    return out


def _annex_role(header: str) -> str | None:
    h = header.lower()
    if h.startswith(("yes", "aye")):
        return "yes"
    if h.startswith("no"):
        return "absent" if h.startswith("non") or h.startswith("not") else "no"
    return None


_UNKNOWN_NAME = r"[A-Z][A-Za-z'’.-]+(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][A-Za-z'’.-]+){0,3}"
_SEP = r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?"
#: a gap inside a list holding names the registry does not know ("Eritrea, Narnia and Syria")
_UNKNOWN_GAP_RE = re.compile(rf"{_SEP}(?:{_UNKNOWN_NAME}{_SEP}){{1,3}}")
_UNKNOWN_NAME_RE = re.compile(_UNKNOWN_NAME)
_AND_RE = re.compile(r"\band\b", re.I)


def _split_lists(text: str, ments: list[tuple[int, int, str, str]],
                 ) -> list[list[tuple[int, int, str, str]]]:
    """Group mentions into lists; unknown capitalised names between known ones stay in.

    Unknown names come back with ``iso3`` None, so the checks can report them.
    """
    groups: list[list[tuple[int, int, str, str]]] = [[ments[0]]]
    closed = False  # the list so far ended with "and": a second "and" starts another clause
    for prev, cur in itertools.pairwise(ments):
        gap = cur[0] - prev[1]
        sep = _LIST_SEP_RE.fullmatch(text, prev[1], cur[0]) if gap <= 40 else None
        if sep is not None:
            joined = _AND_RE.search(sep.group()) is not None
            if closed and joined and sep.group().lstrip().startswith(","):
                groups.append([cur])  # "A, B and C, and D was absent"
                closed = False
                continue
            closed = closed or joined
            groups[-1].append(cur)
        elif gap <= 160 and _UNKNOWN_GAP_RE.fullmatch(text, prev[1], cur[0]):
            for m in _UNKNOWN_NAME_RE.finditer(text, prev[1], cur[0]):
                groups[-1].append((m.start(), m.end(), m.group(), None))  # type: ignore[arg-type]
            groups[-1].append(cur)
        else:
            groups.append([cur])
            closed = False
    return groups


def _list_position(text: str, group: list[tuple[int, int, str, str]], prev_end: int,
                   next_start: int, s0: int) -> tuple[str, bool, bool] | None:
    """(position, strong, partial) for one list of country mentions, or None if no list cue.

    A list is read as a subject ("A and B voted against") or as a complement ("Voting
    against were A and B", "7 against (A, B)"); a list in parentheses tries the words
    before it first, then the verb after the closing parenthesis.
    """
    g0, g1 = group[0][0], group[-1][1]
    closed = _PAREN_CLOSE_RE.match(text, g1, next_start)
    if closed is not None and text[max(s0, prev_end, g0 - 3) : g0].rstrip().endswith("("):
        found = _as_complement(text, group, prev_end, next_start, s0)
        if found is not None:
            return found
        return _as_subject(text, group, closed.end(), prev_end, next_start)
    return (_as_subject(text, group, g1, prev_end, next_start)
            or _as_complement(text, group, prev_end, next_start, s0))


def _as_subject(text: str, group: list[tuple[int, int, str, str]], after: int, prev_end: int,
                next_start: int) -> tuple[str, bool, bool] | None:
    g0, g1 = group[0][0], group[-1][1]
    inner = text[g0:g1]
    t_end = min(next_start, after + 120)
    if _POSSESSIVE_RE.match(text, after) is not None or _PASSIVE_RE.match(text, after, t_end):
        return None
    head = text[max(prev_end, g0 - 40) : g0]
    if _NOT_SUBJECT_HEAD_RE.search(head):
        return None
    found = _trailer_cue(text, after, t_end)
    if found is None:
        # "China and India, which have not condemned the invasion, abstained"; the clause
        # may name other states ("Belarus, a close ally of Russia, voted against"): the
        # trailer stops at any name after it anyway
        rel = _RELATIVE_RE.match(text, after, after + 160)
        if rel is not None:
            stop = rel.end() + 120
            found = _trailer_cue(text, rel.end(), stop if next_start < rel.end()
                                 else min(next_start, stop))
    if found is None:
        return None
    role, cut_end = found
    trailer = text[g1:cut_end]
    strong = bool(_ONLY_RE.search(trailer) or _ONLY_RE.search(head))
    partial = bool(_PARTIAL_RE.search(trailer) or _PARTIAL_RE.search(inner)
                   or _PARTIAL_RE.search(head[-25:]))
    return role, strong, partial and not strong


def _as_complement(text: str, group: list[tuple[int, int, str, str]], prev_end: int,
                   next_start: int, s0: int) -> tuple[str, bool, bool] | None:
    g0, g1 = group[0][0], group[-1][1]
    inner = text[g0:g1]
    h_start = max(prev_end, s0, g0 - 200)
    semi = text.rfind(";", h_start, g0)
    if semi >= 0:
        h_start = semi + 1
    header = text[h_start:g0]
    # the connectors end the header: search its end only (they are under 40 characters)
    tail_from = max(0, len(header) - _CONNECTOR_REACH)
    last = _last_word(header)
    if _may_end(last, _CONNECTOR_LAST) and _CONNECTOR_RE.search(header, tail_from):
        role = _last_cue(header, max_gap=60)
    elif _may_end(last, _BY_CONNECTOR_LAST) and _BY_CONNECTOR_RE.search(header, tail_from):
        role = _last_cue(header[-45:])
        if role is None and _JOINED_BY_END_RE.search(header, tail_from):
            joined = _joined_in_cue(text, g1, next_start)
            if joined is not None:
                role, others = joined
                return role, False, others
    else:
        return None
    if role is None:
        return None
    tail = text[g1:min(next_start, g1 + 40)]
    partial = bool(_PARTIAL_RE.search(header[-80:]) or _PARTIAL_RE.search(inner)
                   or re.match(r"\s*,?\s*(?:and\s+)?(?:others|among\s+others|etc|…|\.\.\.)", tail))
    strong = bool(_ONLY_RE.search(header[-60:])) or (
        not partial and _may_end(last, _DEFINITE_LAST_LIST)
        and _DEFINITE_RE.search(header, tail_from) is not None
    )
    return role, strong, partial and not _ONLY_RE.search(header[-60:])


_JOINED_BY_END_RE = re.compile(r"\bjoined\s+by\s*(?:the\s+)?$", re.I)
#: after a list headed "joined by": what may come before "in voting against", "in
#: supporting the text" (", and by a large number of our partners,")
_JOINED_IN_RE = re.compile(r"(?P<gap>[^.;:()\n]{0,80}?)\bin\s+", re.I)
_VOTING_RE = re.compile(r"voting\s+", re.I)


def _joined_in_cue(text: str, g1: int, end: int) -> tuple[str, bool] | None:
    """(position, whether others joined too) for "We were joined by A and B[, and by
    others,] in supporting the text": the cue comes after the list, after "in"."""
    m = _JOINED_IN_RE.match(text, g1, end)
    if m is None:
        return None
    pos = m.end()
    voting = _VOTING_RE.match(text, pos, end)
    for at in (pos, voting.end()) if voting else (pos,):
        cue = _CUE_RE.match(text, at, end)
        if cue is not None and cue.lastgroup is not None:
            return cue.lastgroup, any(c.isalnum() for c in m.group("gap"))
    return None


def _trailer_cue(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """Cue reached from ``pos`` through connecting words only, as (role, cue end)."""
    new_clause = False  # just after ", and"
    for _ in range(12):
        cue = _CUE_RE.match(text, pos, end)
        if cue is None:
            ws = _TRAILER_SEP_RE.match(text, pos, end)
            cue = _CUE_RE.match(text, ws.end() if ws else pos, end)
        if cue is not None and cue.lastgroup is not None:
            return cue.lastgroup, cue.end()
        tok = _TRAILER_TOKEN_RE.match(text, pos, end)
        if tok is None:
            return None
        word = tok.group(1).lower()
        number = _text.number_value(word) is not None
        if word not in _TRAILER_WORDS and not number:
            return None  # "were among the seven countries that voted against" reads on
        if number and new_clause:
            return None  # "..., and 12 delegations did not vote": a clause with its own subject
        new_clause = word == "and" and "," in tok.group()
        pos = tok.end()
    return None


def _vote_for(k: int, pos: int, tallies: list[dict[str, Any]], tally_sents: list[tuple[int, int]],
              first_sents: list[int], starts: list[int],
              restated: Iterable[tuple[int, int]] = ()) -> int | None:
    """The tally a list in sentence ``k`` at offset ``pos`` belongs to (None if none).

    A tally in the same sentence or a count there restating one (``restated``: (offset,
    tally) pairs in sentence ``k``), the nearest; else the last tally before the list,
    else a tally starting within the next two sentences. Bisection keeps this O(log n)
    per list.
    """
    if not tallies:
        return None
    i = bisect.bisect_right(first_sents, k) - 1
    same = [(abs(tallies[j]["start"] - pos), j) for j in range(i, max(-1, i - 20), -1)
            if tally_sents[j][0] <= k <= tally_sents[j][1]]
    same += [(abs(at - pos), j) for at, j in restated]
    if same:
        return min(same)[1]
    before = bisect.bisect_left(starts, pos) - 1
    if before >= 0:
        return before
    after = i + 1
    if after < len(tally_sents) and 0 < tally_sents[after][0] - k <= 2:
        return after
    return None


#: how many sentences before the tally it belongs to a list may come (see :func:`_vote_ahead`)
_LIST_AHEAD = 5


def _vote_ahead(text: str, k: int, sents: list[tuple[int, int, str]], role: str,
                group: list[tuple[int, int, str, str]], strong: bool, partial: bool,
                tallies: list[dict[str, Any]], tally_sents: list[tuple[int, int]]) -> int | None:
    """The tally a list with no tally before it belongs to, a few sentences on; or None.

    :func:`_vote_for` gives a list only a tally within the next two sentences. Up to
    ``_LIST_AHEAD`` sentences before the first tally, a list is that tally's when the text
    has no other tally ("Today, Canada voted in favour ... The resolution was adopted
    with the support of 153 Member States"), or when it names as many states as that
    tally counts for its position ("Voting against were [seven states]. ... 141 in
    favour, 7 against"). Its sentence must not point to another time, vote or body
    ("Last year Russia voted against", "In the Security Council, ...").
    """
    first = next((j for j, (k0, _) in enumerate(tally_sents) if k0 > k), None)
    if first is None or first > 0 or tally_sents[first][0] - k > _LIST_AHEAD:
        return None  # only lists before the first tally: others have one before them
    if len(tallies) > 1:
        count = tallies[first][role]
        if partial or count is None or len({g[3] or g[2] for g in group}) != count:
            return None
    s0, s1, _ = sents[k]
    if (_OTHER_TIME_RE.search(text, s0, s1) or _OTHER_VOTE_RE.search(text, s0, s1)
            or _YEAR_RE.search(text, s0, s1) or _RES_RE.search(text, s0, s1)):
        return None
    body = tallies[first]["body"]
    if any(m.lastgroup != body for m in _BODY_RE.finditer(text, s0, s1)):
        return None
    return first


def _dated_vote(text: str, s0: int, s1: int, pos: int, vote_id: int,
                tallies: list[dict[str, Any]], published: dt.date | None) -> int:
    """``vote_id``, or the tally dated the day a list's sentence names when ``vote_id``'s
    date is another ("the core of Thursday's abstaining group", after a tally of 2014).

    Only for a list outside the sentences of its tally: the sentence must name one date
    and a tally must be dated that day (the nearest such tally is taken).
    """
    own = tallies[vote_id]["date"]
    if own is None:
        return vote_id
    days = {d for _, _, d, _ in _text.find_dates(text, published, s0, s1)}
    if len(days) != 1:
        return vote_id
    day = days.pop()
    if day == own:
        return vote_id
    same = [(abs(t["start"] - pos), j) for j, t in enumerate(tallies) if t["date"] == day]
    return min(same)[1] if same else vote_id


# =========================================================================== entry points


def parse_text(text: str, published: object = None, source: str | None = None) -> ParseResult:
    """Parse one report into tallies and named positions.

    ``published`` (a date or ISO string) anchors "on Thursday" and "today"; when it is
    not given, a dateline date near the top of the text is used.

    >>> r = parse_text("Seven countries, including Syria, voted against; 32 abstained.")
    >>> r.tallies[["no", "abstain"]].iloc[0].tolist()
    [7, 32]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text expects str, not {type(text).__name__}")
    pub = _text.coerce_date(published)
    if pub is None:
        pub = _text.dateline(text)
    tallies, positions = _parse(text, pub)
    return ParseResult(tallies=tallies, positions=positions, source=source, text=text,
                       published=pub)


#: lower-case fragments of every word a count, list or vote cue needs; lines without any of
#: them (and away from lines with them) cannot hold a vote and are not scanned further
_KEYWORDS = (
    "vot", "favo", "against", "abstain", "abstention", "absent", "oppos", "reject", "back",
    "support", "endorse", "adopt", "pass", "approv", "resolution", "motion", "ballot", "tally",
    "veto", "take part", "taking part", "participat", "refrain", "yes", "aye", "nay", "noes",
    "skipped", "stayed away", "defeat", "carried", "assembly", "council", "committee",
    "fail", "margin", "sponsor", "no:", "draft",
)  # fmt: skip
#: (keyword, marks a region, marks a list sentence) for :func:`_scan`; "non-voting"
#: and "no vote" hold "vot", so every sentence they are in is found through "vot"
_SCAN_KEYWORDS = tuple(
    (k.encode("ascii"), k in _KEYWORDS, k in _CUE_KEYWORDS)
    for k in dict.fromkeys(_KEYWORDS + _CUE_KEYWORDS)
    if k not in ("non-voting", "no vote")
)
_LINES_BEFORE = 2
_LINES_AFTER = 2


def _lower(text: str) -> str:
    """``text`` lower-cased with the same length (offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowered
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _keyed(text: str) -> bytes:
    """:func:`_lower` ``text`` as one byte per character, for the keyword searches.

    Characters outside Latin-1 become ``?`` (no keyword holds one): ``bytes.find`` is
    faster than ``str.find`` on the two- and four-byte strings most news text makes.
    """
    return _lower(text).encode("latin-1", "replace")


class _Scan(NamedTuple):
    """What one pass over the lower-cased text finds (see :func:`_scan`)."""

    #: offsets of every :data:`_KEYWORDS` hit, sorted
    region_hits: list[int]
    #: offsets of every :data:`_CUE_KEYWORDS` hit, sorted
    cue_hits: list[int]
    #: offsets where a number may start (a superset of where _NUM_SCAN_RE matches), sorted
    numbers: list[int]


def _scan(low: bytes) -> _Scan:
    """Keyword hits and the places where a number may start, in ``low`` (:func:`_keyed`).

    Rather than one ``bytes.find`` scan of the whole text per keyword (most are absent,
    so most scans go to the end) and a regular-expression scan for numbers, numpy codes
    every three-byte window at once. The few windows equal to a keyword's anchor (see
    :data:`_ANCHORS`) are checked for the whole keyword; a number may start where a digit
    or the first three letters of a number word start a word.
    """
    region_hits: list[int] = []
    cue_hits: list[int] = []
    numbers: list[int] = []
    data = np.frombuffer(low, dtype=np.uint8)
    n = len(data)
    # ``take`` rather than fancy indexing: two to three times faster on these tables
    for s in range(0, n, _SCAN_CHUNK):  # in chunks, so temporary arrays stay small
        e = min(n, s + _SCAN_CHUNK)
        codes = _window_codes(data[s : e + 2])  # the windows that start in s..e
        flags = _CODE_FLAGS.take(codes)
        where = (flags & _ANCHOR).nonzero()[0]
        for p, code in zip((where + s).tolist(), codes[where].tolist(), strict=True):
            for keyword, offset, in_regions, in_cues in _ANCHOR_KEYWORDS.get(code, ()):
                pos = p - offset
                if pos >= 0 and low.startswith(keyword, pos):
                    if in_regions:
                        region_hits.append(pos)
                    if in_cues:
                        cue_hits.append(pos)
        lo = s - 1 if s else 0  # the byte before the chunk decides whether a number may start
        kinds = _BYTE_KINDS.take(data[lo:e])
        first = kinds[s - lo :] & _DIGIT
        first[: len(codes)] |= flags >> 1  # _NUMBER_WORD is 2: 1 where a number word starts
        free = (kinds & _BLOCKS) ^ _BLOCKS  # _BLOCKS where a number may follow the byte
        if s:
            first &= free[:-1] >> 2
        else:
            first[1:] &= free[:-1] >> 2
        numbers.extend((first.nonzero()[0] + s).tolist())
    region_hits.sort()
    cue_hits.sort()
    return _Scan(region_hits, cue_hits, numbers)


_SCAN_CHUNK = 1 << 20


def _window_codes(data: np.ndarray) -> np.ndarray:
    """A 15-bit code of every three-byte window of ``data`` (5 bits a byte: distinct for
    the letters a-z; other bytes may share a letter's code, which the check of the whole
    keyword sorts out)."""
    low5 = (data & 31).astype(np.uint16)
    return (low5[:-2] << 10) | (low5[1:-1] << 5) | low5[2:]


#: for each keyword scanned, a three-letter part of it that ordinary text seldom holds
#: (so that few windows need checking); any part gives the same hits, only speed differs
_ANCHORS = {
    "vot": "vot", "favo": "fav", "against": "gai", "abstain": "bst", "abstention": "bst",
    "absent": "bse", "oppos": "opp", "opponent": "opp", "reject": "rej", "back": "bac",
    "support": "upp", "endorse": "ndo", "adopt": "dop", "pass": "pas", "approv": "ppr",
    "resolution": "olu", "motion": "mot", "ballot": "bal", "tally": "tal", "veto": "vet",
    "take part": "tak", "taking part": "tak", "participat": "cip", "refrain": "efr",
    "yes": "yes", "aye": "aye", "nay": "nay", "noes": "noe", "skipped": "kip",
    "stayed away": "yed", "defeat": "fea", "carried": "arr", "assembly": "mbl",
    "council": "cil", "committee": "tee", "fail": "fai", "margin": "rgi", "sponsor": "nso",
    "no:": "no:", "no :": "o :", "draft": "raf", "cast": "cas",
}  # fmt: skip


def _anchor_index() -> dict[int, list[tuple[bytes, int, bool, bool]]]:
    """{anchor window code: [(keyword, offset of the anchor in it, in regions, in cues)]}"""
    by_code: dict[int, list[tuple[bytes, int, bool, bool]]] = {}
    for keyword, in_regions, in_cues in _SCAN_KEYWORDS:
        anchor = _ANCHORS[keyword.decode("ascii")].encode("ascii")
        code = int(_window_codes(np.frombuffer(anchor, dtype=np.uint8))[0])
        by_code.setdefault(code, []).append(
            (keyword, keyword.index(anchor), in_regions, in_cues))
    return by_code


_ANCHOR_KEYWORDS = _anchor_index()


#: bits of :data:`_CODE_FLAGS` (by three-byte window code) and :data:`_BYTE_KINDS` (by byte)
_ANCHOR, _NUMBER_WORD = 1, 2
_DIGIT, _BLOCKS = 1, 4


def _flag_tables() -> tuple[np.ndarray, np.ndarray]:
    codes = np.zeros(1 << 15, dtype=np.uint8)
    codes[list(_ANCHOR_KEYWORDS)] |= _ANCHOR
    #: the first three letters of every number word (see _text.NUMBER_WORDS)
    words = b" ".join(w[:3].encode("ascii") for w in _text.NUMBER_WORD_LIST)
    codes[_window_codes(np.frombuffer(words, dtype=np.uint8))[::4]] |= _NUMBER_WORD
    kinds = np.zeros(256, dtype=np.uint8)
    kinds[list(b"0123456789")] |= _DIGIT
    # a number cannot start right after these (in _NUM_SCAN_RE: ``[\w$€£#/.,-]``)
    kinds[list("abcdefghijklmnopqrstuvwxyz0123456789_$£#/.,-".encode("latin-1"))] |= _BLOCKS
    return codes, kinds


_CODE_FLAGS, _BYTE_KINDS = _flag_tables()


def _regions(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """Spans of ``text`` worth parsing: lines with vote words, with a few lines around them.

    ``hits`` are the sorted offsets of the :data:`_KEYWORDS` in ``text``.
    """
    if not hits:
        return []
    lines: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        lines.append((start, end))
        start = end + 1
    line_starts = [a for a, _ in lines]
    active: list[int] = []
    i = -1
    for pos in hits:
        if i >= 0 and pos <= lines[i][1]:
            continue  # same line as the previous hit
        i = bisect.bisect_right(line_starts, pos) - 1
        active.append(i)
    regions: list[tuple[int, int]] = []
    for i in active:
        a = lines[max(0, i - _LINES_BEFORE)][0]
        b = lines[min(len(lines) - 1, i + _LINES_AFTER)][1]
        if regions and a <= regions[-1][1] + 1:
            regions[-1] = (regions[-1][0], max(regions[-1][1], b))
        else:
            regions.append((a, b))
    return regions


@dataclass
class _Prepared:
    """A text read up to the point where country names are needed."""

    text: str
    sents: list[tuple[int, int, str]] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    tally_sents: list[tuple[int, int]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: (sentence, offset, vote_id) of counts restating a tally further back (_group_items)
    restated: list[tuple[int, int, int]] = field(default_factory=list)
    published: dt.date | None = None


def _parse(text: str, published: dt.date | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    prep = _prepare(text, published)
    mentions = _country_mentions([(prep.text, prep.spans)])[0] if prep.spans else []
    rows, pos_rows = _finish(prep, mentions)
    tallies = _frame(rows, TALLY_COLUMNS, TALLY_DTYPES) if rows else _empty_tallies()
    positions = (_frame(pos_rows, POSITION_COLUMNS, POSITION_DTYPES) if pos_rows
                 else _empty_positions())
    return tallies, positions


def _finish(prep: _Prepared, mentions: list[tuple[int, int, str, str]],
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    pos_rows = _positions(prep.text, prep.sents, prep.rows, prep.tally_sents, mentions,
                          prep.restated, prep.published)
    return prep.rows, pos_rows


def _prepare(text: str, published: dt.date | None) -> _Prepared:
    if not text:
        return _Prepared(text)
    low = _keyed(text)
    found = _scan(low)
    regions = _regions(text, found.region_hits)
    if not regions:
        return _Prepared(text)
    tables = _tables(text, regions) if low.find(b"|") >= 0 else []
    if tables:
        regions, sents = _with_tables(text, regions, tables)
    else:
        sents = [s for a, b in regions for s in _text.sentences(text, a, b)]
    if not sents:
        return _Prepared(text)
    sent_starts = [s[0] for s in sents]
    items = _count_items(text, regions, found.numbers)
    symbols: dict[int, str] = {}
    if tables:
        for t in tables:
            items.extend(t.items)
            symbols.update(t.symbols)
        items.sort(key=lambda it: (it.start, _ROLES.index(it.role)))

    def sent_index(pos: int) -> int:
        return max(0, bisect.bisect_right(sent_starts, pos) - 1)

    marks = _body_marks(text, low, regions) if items else []
    groups, restated = _group_items(items, sent_index, text, sents, marks) if items else ([], [])
    doc_bodies = _doc_bodies(marks)
    rows: list[dict[str, Any]] = []
    tally_sents: list[tuple[int, int]] = []
    prev_end = 0
    for vid, g in enumerate(groups):
        k0, k1 = g[0].sent, g[-1].sent
        s0, s1 = sents[k0][0], sents[k1][1]
        t0 = min(it.start for it in g)
        t1 = max(it.end for it in g)
        values = {it.role: it.value for it in g}
        counts = [values[r] for r in _ROLES if r in values]
        body = _body_for(marks, s0, s1, t0, doc_bodies, counts)
        next_start = groups[vid + 1][0].start if vid + 1 < len(groups) else len(text)
        prevs = sents[max(0, k0 - 2) : k0]
        # within a shared sentence, look for cues between the neighbouring tallies only
        lo = prev_end if groups and vid > 0 and groups[vid - 1][-1].sent == k0 else s0
        hi = next_start if vid + 1 < len(groups) and groups[vid + 1][0].sent == k1 else s1
        adopted = _adopted_for(text, s0, s1, t0, t1, lo, hi, prevs, prev_end)
        date = _date_for(text, s0, s1, t0, published, [])
        if date is None and rows:
            # "a day earlier", "came four days after": from the sentence before on, but not
            # in the previous tally's sentences
            date = _relative_date(text, sents, max(k0 - 1, tally_sents[-1][1] + 1), k1,
                                  rows[-1]["date"], rows[0]["date"])
        if date is None:
            date = _date_for(text, s0, s0, t0, published, sents[max(0, k0 - 3) : k0])
        if date is None:
            date = _carried_date(text, sents, k0, k1, published,
                                 (tally_sents[-1][1], rows[-1]["date"]) if rows else None)
        resolution = symbols.get(sents[k0][0]) or _resolution_for(text, lo, hi, t0, prev_end, body)
        if body is None and resolution is not None:
            body = _body_from_symbol(resolution)
        rows.append({
            "vote_id": vid, "body": body, "resolution": resolution,
            "date": date,
            "yes": values.get("yes"), "no": values.get("no"), "abstain": values.get("abstain"),
            "absent": values.get("absent"), "adopted": adopted, "start": t0, "end": t1,
            "sentence": _storable(text[s0:s1]),
        })
        tally_sents.append((k0, k1))
        prev_end = t1
    return _Prepared(text, sents, rows, tally_sents,
                     _position_spans(text, found.cue_hits, sents, rows), restated, published)


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _storable(value: str) -> str:
    """``value`` with lone surrogates (which Arrow strings cannot hold) as U+FFFD."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE_RE.sub("\ufffd", value)
    return value


def _frame(rows: list[dict[str, Any]], columns: list[str], dtypes: dict[str, str]) -> pd.DataFrame:
    """Rows (dicts) as a frame with exactly ``dtypes``, built column by column.

    Columns are finished arrays and the index is given, so pandas copies and infers
    nothing (about twice as fast as letting it): parse_text builds two frames per call.
    """
    from unvotes.countries import _string_array

    data: dict[str, Any] = {}
    for c in columns:
        values = [r[c] for r in rows]
        kind = dtypes[c]
        if kind == "Int64":
            mask = np.array([v is None for v in values], dtype=bool)
            data[c] = pd.arrays.IntegerArray(
                np.array([0 if v is None else v for v in values], dtype=np.int64), mask)
        elif kind == "boolean":
            mask = np.array([v is None for v in values], dtype=bool)
            data[c] = pd.arrays.BooleanArray(np.array([bool(v) for v in values], dtype=bool), mask)
        elif kind == "datetime64[ns]":
            data[c] = np.array(
                [np.datetime64("NaT", "ns") if v is None else np.datetime64(v, "ns") for v in values],
                dtype="datetime64[ns]",
            )
        elif kind == "string":
            data[c] = _string_array(values)
        else:
            data[c] = np.array(values, dtype=kind)
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)), copy=False)


def _read_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(path, "file not found") from None
    except IsADirectoryError:
        raise InputFileError(path, "is a directory, not a file") from None
    except OSError as err:
        raise InputFileError(path, f"cannot be read ({err.strerror or err})") from None
    try:
        raw = _text.decode_bytes(data)
    except (UnicodeDecodeError, LookupError):
        raise InputFileError(path, "cannot be decoded as text (unknown encoding)") from None
    if path.suffix.lower() in (".html", ".htm", ".xhtml") or _text.looks_like_html(raw):
        return _text.html_to_text(raw)
    return raw


def parse_file(path: str | os.PathLike[str], published: object = None) -> ParseResult:
    """Parse a ``.txt``, ``.md`` or ``.html``/``.htm`` file.

    The encoding is detected (BOM, UTF-8, then a guess). For HTML, tags are dropped
    and entities decoded; offsets then refer to the extracted text in ``result.text``.
    Unreadable files raise :class:`unvotes.errors.InputFileError` naming the path.

    >>> parse_file("seeds/000_8a0ba1f05f835118.txt").tallies["yes"].tolist()  # doctest: +SKIP
    [141]
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"parse_file expects a path, not {type(path).__name__}")
    p = Path(path)
    text = _read_file(p)
    return parse_text(text, published=published, source=str(path))


def _is_file_item(item: object) -> bool:
    if isinstance(item, os.PathLike):
        return True
    if isinstance(item, str) and 0 < len(item) < 1024 and "\n" not in item:
        try:
            return os.path.isfile(item)
        except (OSError, ValueError):
            return False
    return False


_Task = tuple[str, object, bool, object]
_BATCH_ITEMS = 32
_BATCH_CHARS = 4_000_000
_FLUSH_ROWS = 5000


def _work(batch: list[_Task]) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """Parse a batch of items; country names for the whole batch are found in one call."""
    preps: list[tuple[str, _Prepared]] = []
    for source, item, is_file, published in batch:
        text = _read_file(Path(item)) if is_file else item  # type: ignore[arg-type]
        pub = _text.coerce_date(published) or _text.dateline(text)  # type: ignore[arg-type]
        preps.append((source, _prepare(text, pub)))  # type: ignore[arg-type]
    mentions = _country_mentions([(p.text, p.spans) for _, p in preps])
    out = []
    for (source, prep), found in zip(preps, mentions, strict=True):
        rows, pos_rows = _finish(prep, found)
        out.append((source, rows, pos_rows))
    return out


def _batches(tasks: Iterable[_Task]) -> Iterator[list[_Task]]:
    batch: list[_Task] = []
    size = 0
    for task in tasks:
        item = task[1]
        try:
            n = os.path.getsize(item) if task[2] else len(item)  # type: ignore[arg-type]
        except OSError:
            n = 0  # the worker raises the proper error when it reads the file
        if batch and (len(batch) >= _BATCH_ITEMS or size + n > _BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(task)
        size += n
    if batch:
        yield batch


def _tasks(items: object, published: object = None) -> Iterator[tuple[str, object, bool, object]]:
    if isinstance(items, (str, os.PathLike)):
        items = [items]
    if isinstance(items, Mapping):
        iterable: Iterable[Any] = ((str(k), v) for k, v in items.items())
    else:
        iterable = items  # type: ignore[assignment]
    for n, item in enumerate(iterable):
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
            source, value = str(item[0]), item[1]
            yield source, value, _is_file_item(value) and value == source, published
        elif _is_file_item(item):
            yield str(item), item, True, published
        elif isinstance(item, str):
            yield f"text-{n}", item, False, published
        else:
            raise TypeError(
                f"parse_many items must be str texts, paths or (source, text) pairs, "
                f"not {type(item).__name__}"
            )


def parse_many(items: Iterable[str | os.PathLike[str]] | Mapping[str, str], progress: bool = True,
               workers: int = 1, published: object = None) -> ParseResult:
    """Parse many texts or files into one result with a leading ``source`` column.

    Each item is a ``pathlib.Path`` (always a file), a ``str`` naming an existing file
    (read as a file), any other ``str`` (a text, source ``"text-<n>"``), or a
    ``(source, text)`` pair; a mapping ``{source: text}`` works too. Results stream in
    input order, so memory stays bounded; ``workers > 1`` parses in that many processes
    with identical output. ``progress`` shows a tqdm bar when tqdm is installed.
    ``published`` applies to every item (without it, each text's own dateline is used).
    ``vote_id`` restarts at 0 for each source.

    >>> r = parse_many(["It passed 141-7-32 in a vote.", "No vote."], progress=False)
    >>> r.tallies[["source", "yes"]].values.tolist()
    [['text-0', 141]]
    """
    if workers < 1:
        raise ValueError("workers must be >= 1")
    _text.coerce_date(published)  # a bad date fails here, not inside a worker
    sized = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
    bar = _progress_bar(sized) if progress else None
    acc = _Accumulator()
    try:
        if workers == 1:
            for batch in _batches(_tasks(items, published)):
                acc.add(_work(batch))
                if bar is not None:
                    bar.update(len(batch))
        else:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=workers) as pool:
                pending: deque[tuple[int, Any]] = deque()
                for batch in _batches(_tasks(items, published)):
                    pending.append((len(batch), pool.submit(_work, batch)))
                    if len(pending) >= 2 * workers:
                        n, fut = pending.popleft()
                        acc.add(fut.result())
                        if bar is not None:
                            bar.update(n)
                while pending:
                    n, fut = pending.popleft()
                    acc.add(fut.result())
                    if bar is not None:
                        bar.update(n)
    finally:
        if bar is not None:
            bar.close()
    return ParseResult(tallies=acc.frame("tallies"), positions=acc.frame("positions"))


class _Accumulator:
    """Rows of many texts, turned into frames every few thousand rows to bound memory."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {"tallies": [], "positions": []}
        self.sources: dict[str, list[str]] = {"tallies": [], "positions": []}
        self.frames: dict[str, list[pd.DataFrame]] = {"tallies": [], "positions": []}

    def add(self, results: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]) -> None:
        for source, rows, pos_rows in results:
            for kind, new in (("tallies", rows), ("positions", pos_rows)):
                self.rows[kind].extend(new)
                self.sources[kind].extend([source] * len(new))
        for kind in ("tallies", "positions"):
            if len(self.rows[kind]) >= _FLUSH_ROWS:
                self._flush(kind)

    def _flush(self, kind: str) -> None:
        if not self.rows[kind]:
            return
        columns, dtypes = ((TALLY_COLUMNS, TALLY_DTYPES) if kind == "tallies"
                           else (POSITION_COLUMNS, POSITION_DTYPES))
        frame = _frame(self.rows[kind], columns, dtypes)
        frame.insert(0, "source", pd.array(self.sources[kind], dtype="string"))
        self.frames[kind].append(frame)
        self.rows[kind], self.sources[kind] = [], []

    def frame(self, kind: str) -> pd.DataFrame:
        self._flush(kind)
        if self.frames[kind]:
            return pd.concat(self.frames[kind], ignore_index=True)
        empty = _empty_tallies() if kind == "tallies" else _empty_positions()
        empty.insert(0, "source", pd.Series([], dtype="string"))
        return empty


def _progress_bar(total: int | None) -> Any:
    try:
        from tqdm.auto import tqdm
    except ImportError:  # optional dependency: no bar
        return None
    return tqdm(total=total, unit="text", desc="unvotes parse")
