"""The seed article through ``parse_text`` and ``check``: exactly the findings the foundation
issue lists, all informational.

141 + 7 + 32 = 180 of 193 members, so 13 absent or not voting (inferred); the complete "no"
list matches its count; the partial "abstain" list is within its count; no country holds two
positions; the two-thirds majority of those voting is met.
"""

from __future__ import annotations

import pandas as pd
import pytest

import unvotes


@pytest.fixture(scope="module")
def seed_result(seed_text: str) -> unvotes.ParseResult:
    return unvotes.parse_text(seed_text)


@pytest.fixture(scope="module")
def findings(seed_result: unvotes.ParseResult) -> pd.DataFrame:
    return unvotes.check(seed_result)


def _one(findings: pd.DataFrame, rule: str) -> pd.Series:
    rows = findings[findings["rule"] == rule]
    assert len(rows) == 1, f"{rule}: {list(rows['message'])}"
    return rows.iloc[0]


def test_only_informational_findings(findings: pd.DataFrame) -> None:
    assert set(findings["severity"]) == {"info"}


def test_exactly_the_listed_findings_one_line_each(findings: pd.DataFrame) -> None:
    assert sorted(findings["rule"]) == sorted(
        [
            "totals.absent_inferred",
            "list.complete_count",
            "list.partial_count",
            "list.two_positions",
            "outcome.two_thirds",
        ]
    )
    assert (findings["vote_id"] == 0).all()


def test_thirteen_absent_are_inferred(findings: pd.DataFrame, seed_text: str) -> None:
    row = _one(findings, "totals.absent_inferred")
    assert row["observed"] == "13"
    for number in ("141", "7", "32", "180", "193", "13", "23 February 2023"):
        assert number in row["message"], number
    assert "seven" in seed_text[row["start"] : row["end"]]  # the evidence is the tally sentence


def test_complete_no_list_matches_its_count(findings: pd.DataFrame, seed_text: str) -> None:
    row = _one(findings, "list.complete_count")
    assert (row["expected"], row["observed"]) == ("7", "7")
    assert "voting against" in row["message"]
    evidence = seed_text[row["start"] : row["end"]]
    assert evidence.startswith("Russia") and evidence.endswith("Syria")


def test_partial_abstain_list_is_within_its_count(findings: pd.DataFrame) -> None:
    row = _one(findings, "list.partial_count")
    assert (row["expected"], row["observed"]) == ("at most 32", "4")
    assert "abstaining" in row["message"]


def test_no_country_holds_two_positions(findings: pd.DataFrame) -> None:
    row = _one(findings, "list.two_positions")
    assert "11 countries" in row["message"]


def test_two_thirds_of_those_voting_is_met(findings: pd.DataFrame) -> None:
    row = _one(findings, "outcome.two_thirds")
    assert (row["expected"], row["observed"]) == ("at least 99", "141")
    assert "is met" in row["message"]


def test_check_many_of_the_seed_twice_finds_no_disagreement(seed_text: str) -> None:
    a = unvotes.parse_text(seed_text, source="a")
    b = unvotes.parse_text(seed_text, source="b")
    found = unvotes.check_many([a, b])
    assert set(found["severity"]) == {"info"}
    assert len(found) == 10  # the five lines above, once per copy
