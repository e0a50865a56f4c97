"""The one findings shape shared by the checks and the readers' problems."""

from __future__ import annotations

import pandas as pd
import pytest

from unvotes._findings import FINDING_COLUMNS, make_findings


def test_columns_and_dtypes_hold_for_an_empty_frame():
    empty = make_findings([])
    assert list(empty.columns) == FINDING_COLUMNS
    assert str(empty["vote_id"].dtype) == "Int64" and str(empty["start"].dtype) == "Int64"


@pytest.mark.parametrize(
    "value, text",
    [(7, "7"), (None, None), (float("nan"), None), (["RUS", "BLR"], "RUS, BLR"), ("abstain", "abstain")],
    ids=["int", "none", "nan", "list", "text"],
)
def test_expected_and_observed_are_text_and_missing_stays_missing(value, text):
    rows = [
        {"rule": "r", "severity": "info", "message": "m", "observed": value},
        {"rule": "r", "severity": "info", "message": "m", "observed": float("nan")},
    ]
    got = make_findings(rows).loc[0, "observed"]
    if text is None:
        assert pd.isna(got)
    else:
        assert got == text


def test_unknown_field_and_bad_severity_are_refused():
    with pytest.raises(KeyError, match="colour"):
        make_findings([{"rule": "r", "severity": "info", "message": "m", "colour": "red"}])
    with pytest.raises(ValueError, match="severity"):
        make_findings([{"rule": "r", "severity": "fatal", "message": "m"}])
