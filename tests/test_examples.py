"""The example reports in notebooks/texts/, reconciled with the real records.

These are the texts notebook 03 checks. Each row says which official record the report must be
matched to and exactly which errors it must raise: accurate reports raise none; each
deliberately wrong one raises the error its mistake calls for, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import unvotes

REPO = Path(__file__).resolve().parent.parent
TEXTS = REPO / "notebooks" / "texts"

# file, record id it describes, the errors it must raise as (rule, observed-or-None)
CASES = [
    ("01_es11-1_press_release.txt", 3959039, []),
    ("02_es11-1_wire_wrong_cuba.txt", 3959039, [("record.position_differs", "no")]),
    ("03_es11-3_newspaper.txt", 3967778, []),
    ("04_es11-4_government_statement.txt", 3990400, []),
    ("05_es11-5_swapped_counts.txt", 3994052, [("record.tally_differs", "73"), ("record.tally_differs", "14")]),
    ("06_68-262_fact_check.txt", 767565, []),
    ("07_es11-6_eight_names.txt", 4003921, [("list.complete_count", "8"), ("record.position_differs", "no")]),
]


@pytest.fixture(scope="module")
def sample(shared_data):
    return unvotes.read_undl(shared_data / "undl_ga_voting_sample.csv")


def test_every_example_text_has_a_case():
    assert sorted(p.name for p in TEXTS.glob("*.txt")) == sorted(c[0] for c in CASES)


@pytest.mark.shared_data
@pytest.mark.parametrize("name, record_id, errors", CASES, ids=[c[0].split("_", 1)[1][:-4] for c in CASES])
def test_example_is_matched_and_flagged_exactly(name, record_id, errors, sample):
    result = unvotes.parse_file(TEXTS / name)
    findings = unvotes.check(result, official=sample)
    matched = findings[findings["rule"] == "record.matched"]
    assert list(matched["record_id"]) == [str(record_id)]
    got = findings[findings["severity"] == "error"]
    assert sorted(zip(got["rule"], got["observed"], strict=True)) == sorted(errors)
    assert not (findings["severity"] == "warning").any()
