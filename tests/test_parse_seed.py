"""The seed article, end to end: every fact the issue states about it."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import SEED

from unvotes import parse_file, parse_text
from unvotes.parse import POSITION_COLUMNS, TALLY_COLUMNS

NO = ["RUS", "BLR", "PRK", "ERI", "MLI", "NIC", "SYR"]
ABSTAIN = ["CHN", "IND", "IRN", "ZAF"]


@pytest.fixture(scope="module")
def seed_result(seed_text: str):
    return parse_text(seed_text)


def test_one_general_assembly_vote(seed_result) -> None:
    t = seed_result.tallies
    assert list(t.columns[: len(TALLY_COLUMNS)]) == TALLY_COLUMNS
    assert len(t) == 1
    row = t.iloc[0]
    assert row["vote_id"] == 0
    assert row["body"] == "GA"
    assert pd.isna(row["resolution"])
    assert (row["yes"], row["no"], row["abstain"]) == (141, 7, 32)
    assert pd.isna(row["absent"])
    assert bool(row["adopted"]) is True
    assert row["date"] == pd.Timestamp("2023-02-23")


def test_tally_evidence(seed_result, seed_text: str) -> None:
    row = seed_result.tallies.iloc[0]
    evidence = seed_text[row["start"] : row["end"]]
    assert "141" in evidence and "32" in evidence and "seven" in evidence
    assert evidence in row["sentence"]
    assert row["sentence"].startswith("The motion was backed by 141 nations")


def test_named_positions(seed_result, seed_text: str) -> None:
    p = seed_result.positions
    assert list(p.columns) == POSITION_COLUMNS
    no = p[p["position"] == "no"]
    abstain = p[p["position"] == "abstain"]
    assert no["iso3"].tolist() == NO
    assert no["complete"].tolist() == [True] * len(NO)
    assert abstain["iso3"].tolist() == ABSTAIN
    assert abstain["complete"].tolist() == [False] * len(ABSTAIN)
    assert set(p["position"]) == {"no", "abstain"}
    assert p["vote_id"].tolist() == [0] * (len(NO) + len(ABSTAIN))
    for name, start, end in zip(p["name"], p["start"], p["end"], strict=True):
        assert seed_text[start:end] == name


def test_mentions_get_no_position(seed_result) -> None:
    p = seed_result.positions
    # Iran, Russia and Ukraine appear many times; only the list mentions count
    assert (p["iso3"] == "UKR").sum() == 0
    assert (p["iso3"] == "IRN").sum() == 1
    assert (p["iso3"] == "RUS").sum() == 1
    assert len(p) == len(NO) + len(ABSTAIN)


def test_published_overrides_dateline(seed_text: str) -> None:
    # a week later, "Thursday" is a different day: the date follows `published`
    r = parse_text(seed_text, published="2023-03-03")
    assert r.tallies.loc[0, "date"] == pd.Timestamp("2023-03-02")


def test_parse_file_seed() -> None:
    r = parse_file(SEED)
    assert r.source == str(SEED)
    assert r.tallies[["yes", "no", "abstain"]].iloc[0].tolist() == [141, 7, 32]
    assert len(r.positions) == 11
