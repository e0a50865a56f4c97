"""Bad input never breaks the parser; spans always hold the evidence (hypothesis)."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unvotes import _text, parse_text
from unvotes.parse import POSITION_COLUMNS, TALLY_COLUMNS

_TALLY_DTYPES = {
    "vote_id": "int64", "body": "string", "resolution": "string", "date": "datetime64[ns]",
    "yes": "Int64", "no": "Int64", "abstain": "Int64", "absent": "Int64", "adopted": "boolean",
    "start": "int64", "end": "int64", "sentence": "string",
}  # fmt: skip
_POSITION_DTYPES = {
    "vote_id": "Int64", "iso3": "string", "name": "string", "position": "string",
    "complete": "bool", "start": "int64", "end": "int64",
}  # fmt: skip

# fragments in the styles the parser reads, recombined by hypothesis with noise
_FRAGMENTS = [
    "The General Assembly adopted the resolution", "by a recorded vote of", "141 in favour",
    "to 7 against,", "with 32 abstentions.", "141-7-32", "by 141 votes to 7", "seven voted against",
    "China and India abstained.", "Against: Russia, Belarus.", "In favour: Japan, Chile.",
    "(Russia, Syria)", "including", "among them", "only", "Security Council", "vetoed",
    "on Thursday", "23 February 2023", "resolution ES-11/6", "A/RES/68/262", "S/RES/2334 (2016)",
    "one hundred and forty-one", "thirty-two abstained", "did not take part", "193 member states",
    "Russia and six other countries voted against", "opposed by Syria and four others",
    "The seven countries who voted against were Syria and Mali.", "In favour: Syria, Chad.",
    "were among the 72 countries to abstain", "date 2023-02-21 TEHRAN -", "a day earlier",
    "The Security Council draft received 11 votes in favour, 1 against and 3 abstentions.",
    "| In favour | 141 |", "| Resolution | Yes | No | Abstain |", "| 68/262 | 100 | 11 | 58 |",
    "\n", "two days later", "Among the 23 countries that abstained were",
    "2023-02-24", "$141 million", "73%", "; ", ", ", ". ", "\n\n", "—", "-", "(", ")", ":",
]
_article = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12)), max_size=40
).map(" ".join)
_NUM_TOKEN_RE = re.compile(_text.NUMBER, re.I)
_OTHER_COUNT_RE = re.compile(rf"({_text.NUMBER})\s+other\b", re.I)


def _assert_shape(result, text: str) -> None:
    t, p = result.tallies, result.positions
    assert list(t.columns) == TALLY_COLUMNS
    assert list(p.columns) == POSITION_COLUMNS
    assert {c: str(d) for c, d in t.dtypes.items()} == _TALLY_DTYPES
    assert {c: str(d) for c, d in p.dtypes.items()} == _POSITION_DTYPES
    assert t["vote_id"].tolist() == list(range(len(t)))
    for row in t.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(text)
        evidence = text[row.start : row.end]
        assert evidence in row.sentence
        stated = {v for v in (row.yes, row.no, row.abstain, row.absent) if not pd.isna(v)}
        assert stated, "a tally states at least one count"
        numbers = {_text.number_value(m.group()) for m in _NUM_TOKEN_RE.finditer(evidence)}
        # "Russia, Belarus and five other countries" states 7: the other count plus the names
        numbers |= {n + k for m in _OTHER_COUNT_RE.finditer(evidence)
                    if (n := _text.number_value(m.group(1))) is not None for k in range(1, 10)}
        assert stated <= numbers, (stated, evidence)
    for row in p.itertuples(index=False):
        assert text[row.start : row.end] == row.name
        assert row.position in ("yes", "no", "abstain", "absent")
        assert pd.isna(row.vote_id) or 0 <= row.vote_id < len(t)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_frames(text: str) -> None:
    _assert_shape(parse_text(text), text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_article)
def test_article_like_text_spans_hold_evidence(text: str) -> None:
    _assert_shape(parse_text(text, published="2023-02-24"), text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_binary_looking_text(data: bytes) -> None:
    text = data.decode("latin-1")
    _assert_shape(parse_text(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "", " ", "\x00" * 50, "\ud800 lone surrogate voted 141-7-32", "😀" * 100,
        "141-" * 1000, "in favour " * 500, "Against: " + "Russia, " * 2000, "." * 5000,
        "\u202e141 in favour\u202c", "Ａｇａｉｎｓｔ： Ｒｕｓｓｉａ", "1" * 10000,
        # a tally whose date is carried from a tally that shares its sentence (an IndexError once)
        "date 2023-02-21 TEHRAN - The seven countries who voted against were Syria and Mali. "
        "In favour: Syria, Germany. Poland and Mali were among the 72 countries to abstain in "
        "the vote. The five countries who voted against were India and Brazil. The Security "
        "Council draft, vetoed by Chad, received 11 votes in favour, 1 against and 3 abstentions.",
    ],
    ids=["empty", "space", "nul", "surrogate", "emoji", "dashes", "cues", "long_list", "dots",
         "bidi", "fullwidth", "digits", "carried_date_shared_sentence"],
)
def test_odd_strings(text: str) -> None:
    _assert_shape(parse_text(text), text)


@pytest.mark.parametrize("bad", [None, b"141 in favour", 141, ["text"], bytearray(b"x")])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        parse_text(bad)  # type: ignore[arg-type]


def test_bad_published_raises() -> None:
    with pytest.raises(TypeError):
        parse_text("It passed 141-7-32.", published=3.5)
    with pytest.raises(ValueError, match="date"):
        parse_text("It passed 141-7-32.", published="not a date")


def test_empty_frames_have_schema() -> None:
    r = parse_text("")
    assert r.tallies.empty and r.positions.empty
    _assert_shape(r, "")


@pytest.mark.parametrize("module", ["unvotes.parse", "unvotes._text"])
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0
    assert result.failed == 0
