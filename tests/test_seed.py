"""The seed article end to end: parse, check, and the ``unvotes report`` command.

Everything the foundation issue says the report must show is asserted here, through the
Python API and through the JSON the command prints. Nothing in the package is special-cased
for this text; the parser, registry and checks have table-driven tests of their own.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

import unvotes
from unvotes.cli import main

NO = ["RUS", "BLR", "PRK", "ERI", "MLI", "NIC", "SYR"]
ABSTAIN_NAMED = ["CHN", "IND", "IRN", "ZAF"]


@pytest.fixture(scope="module")
def seed_result(seed_text):
    return unvotes.parse_text(seed_text)


@pytest.fixture(scope="module")
def seed_findings(seed_result):
    return unvotes.check(seed_result)


def test_one_general_assembly_vote(seed_result):
    tallies = seed_result.tallies
    assert len(tallies) == 1
    vote = tallies.iloc[0]
    assert vote["body"] == "GA"
    assert (vote["yes"], vote["no"], vote["abstain"]) == (141, 7, 32)
    assert pd.isna(vote["absent"])  # the text does not state it
    assert bool(vote["adopted"]) is True
    assert vote["date"] == pd.Timestamp("2023-02-23")  # "on Thursday", article dated 2023-02-24


def test_tally_evidence_span_holds_the_numbers(seed_text, seed_result):
    vote = seed_result.tallies.iloc[0]
    evidence = seed_text[vote["start"] : vote["end"]]
    for number in ("141", "32", "seven"):
        assert number in evidence


def test_named_no_list_is_complete(seed_result):
    no = seed_result.positions[seed_result.positions["position"] == "no"]
    assert list(no["iso3"]) == NO
    assert no["complete"].all()
    assert (no["vote_id"] == 0).all()


def test_named_abstentions_are_partial(seed_result):
    abstain = seed_result.positions[seed_result.positions["position"] == "abstain"]
    assert list(abstain["iso3"]) == ABSTAIN_NAMED
    assert not abstain["complete"].any()


def test_no_other_country_gets_a_position(seed_result):
    assert set(seed_result.positions["iso3"]) == set(NO) | set(ABSTAIN_NAMED)
    assert "UKR" not in set(seed_result.positions["iso3"])
    assert len(seed_result.positions) == len(NO) + len(ABSTAIN_NAMED)


def test_position_spans_point_at_the_names(seed_text, seed_result):
    for row in seed_result.positions.itertuples():
        assert seed_text[row.start : row.end] == row.name
        assert unvotes.resolve(row.name) == row.iso3


def test_findings_have_no_errors_or_warnings(seed_findings):
    assert set(seed_findings["severity"]) == {"info"}


def test_findings_name_the_inferred_absences_and_passed_checks(seed_findings):
    by_rule = dict(zip(seed_findings["rule"], seed_findings["observed"], strict=False))
    inferred = seed_findings[seed_findings["rule"] == "totals.absent_inferred"]
    assert len(inferred) == 1
    assert inferred.iloc[0]["observed"] == "13"
    assert "180" in inferred.iloc[0]["message"] and "193" in inferred.iloc[0]["message"]
    for rule in ("list.complete_count", "list.partial_count", "list.two_positions", "outcome.two_thirds"):
        assert rule in by_rule, f"no finding for {rule}"


def test_report_json_carries_the_same_facts(capsys):
    assert main(["report", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc) == 1
    (entry,) = doc
    (tally,) = entry["tallies"]
    assert (tally["body"], tally["yes"], tally["no"], tally["abstain"], tally["absent"]) == ("GA", 141, 7, 32, None)
    assert tally["date"] == "2023-02-23" and tally["adopted"] is True
    no = [p["iso3"] for p in entry["positions"] if p["position"] == "no"]
    assert no == NO
    assert {f["severity"] for f in entry["findings"]} == {"info"}


def test_report_table_shows_tally_blocs_and_findings(capsys):
    assert main(["report"]) == 0
    out = capsys.readouterr().out
    for needle in ("Vote tally", "Named voting blocs", "Consistency findings", "141", "North Korea (PRK)", "partial", "complete", "13"):
        assert needle in out, needle
