"""Blocs and regional groups with dated membership (unvotes.blocs)."""

from __future__ import annotations

import pandas as pd
import pytest

import unvotes

REQUIRED = ["P5", "G7", "G20", "EU", "NATO", "AU", "ASEAN", "BRICS", "GCC", "Arab League", "OIC",
            "CIS", "CSTO", "SCO", "NAM", "G77", "Commonwealth", "African Group",
            "Asia-Pacific Group", "Eastern European Group", "GRULAC", "WEOG"]


def _codes(bloc: str, on: str) -> set[str]:
    return set(unvotes.blocs(on=on, bloc=bloc)["iso3"])


def test_bloc_names_cover_the_issue():
    assert set(REQUIRED) <= set(unvotes.bloc_names())
    assert unvotes.bloc_names() == sorted(unvotes.bloc_names())


def test_schema():
    table = unvotes.blocs()
    assert list(table.columns[:5]) == ["bloc", "iso3", "joined", "left", "source"]
    assert str(table["bloc"].dtype) == "string" and str(table["iso3"].dtype) == "string"
    assert str(table["joined"].dtype).startswith("datetime64")
    assert str(table["left"].dtype).startswith("datetime64")
    assert table["source"].str.len().gt(0).all()
    assert table["joined"].notna().all()
    dated = unvotes.blocs(on="2020-06-01")
    assert "suspended_on" in dated.columns and dated["suspended_on"].dtype == bool


def test_every_bloc_member_is_a_known_state():
    assert set(unvotes.blocs()["iso3"]) <= set(unvotes.members()["iso3"])


# sizes on 2025-11-01, from each organisation's own member list (see data/README.md)
SIZES = {
    "P5": 5, "G7": 7, "G20": 19, "EU": 27, "NATO": 32, "AU": 54, "ASEAN": 11, "BRICS": 10,
    "GCC": 6, "Arab League": 22, "OIC": 57, "CIS": 9, "CSTO": 6, "SCO": 10, "NAM": 120,
    "G77": 134, "Commonwealth": 56,
}


@pytest.mark.parametrize(("bloc", "size"), SIZES.items(), ids=list(SIZES))
def test_current_sizes(bloc: str, size: int):
    assert len(unvotes.blocs(on="2025-11-01", bloc=bloc)) == size


def test_regional_groups_partition_the_membership():
    on = "2023-02-23"
    groups = unvotes.blocs(on=on, bloc=["African Group", "Asia-Pacific Group",
                                        "Eastern European Group", "GRULAC", "WEOG"])
    assert groups["iso3"].is_unique
    assert set(groups["iso3"]) == set(unvotes.members(on=on)["iso3"])
    assert groups.groupby("bloc").size().to_dict() == {
        "African Group": 54, "Asia-Pacific Group": 54, "Eastern European Group": 23,
        "GRULAC": 33, "WEOG": 29}


def test_regional_groups_follow_membership_history():
    assert "SUN" in _codes("Eastern European Group", "1980-01-01")
    assert "RUS" not in _codes("Eastern European Group", "1980-01-01")
    assert "RUS" in _codes("Eastern European Group", "2000-01-01")
    assert "KIR" not in _codes("Asia-Pacific Group", "2005-01-01")
    assert "KIR" in _codes("Asia-Pacific Group", "2015-01-01")


@pytest.mark.parametrize(
    ("bloc", "iso3", "before", "after"),
    [
        ("EU", "GBR", "2020-01-31", "2020-02-01"),
        ("CIS", "GEO", "2009-08-17", "2009-08-18"),
        ("CSTO", "UZB", "2012-12-19", "2012-12-20"),
        ("P5", "SUN", "1991-12-23", "1991-12-24"),
    ],
)
def test_leaving(bloc: str, iso3: str, before: str, after: str):
    assert iso3 in _codes(bloc, before)
    assert iso3 not in _codes(bloc, after)


@pytest.mark.parametrize(
    ("bloc", "iso3", "before", "after"),
    [
        ("NATO", "FIN", "2023-04-03", "2023-04-04"),
        ("NATO", "SWE", "2024-03-06", "2024-03-07"),
        ("NATO", "MKD", "2020-03-26", "2020-03-27"),
        ("EU", "HRV", "2013-06-30", "2013-07-01"),
        ("AU", "MAR", "2017-01-01", "2017-02-01"),
        ("BRICS", "ZAF", "2010-01-01", "2011-01-01"),
        ("BRICS", "EGY", "2023-12-31", "2024-01-01"),
        ("BRICS", "IRN", "2023-12-31", "2024-01-01"),
        ("BRICS", "IDN", "2025-01-05", "2025-01-06"),
        ("SCO", "IRN", "2023-07-03", "2023-07-04"),
        ("SCO", "BLR", "2024-07-03", "2024-07-04"),
        ("ASEAN", "TLS", "2025-10-25", "2025-10-26"),
        ("P5", "RUS", "1991-12-23", "1991-12-24"),
        ("Commonwealth", "ZAF", "1994-05-31", "1994-06-01"),
    ],
)
def test_joining(bloc: str, iso3: str, before: str, after: str):
    assert iso3 not in _codes(bloc, before)
    assert iso3 in _codes(bloc, after)


def test_brics_enlargements():
    assert _codes("BRICS", "2023-06-01") == {"BRA", "RUS", "IND", "CHN", "ZAF"}
    assert _codes("BRICS", "2024-06-01") - _codes("BRICS", "2023-06-01") == {
        "EGY", "ETH", "IRN", "ARE"}
    assert _codes("BRICS", "2025-06-01") - _codes("BRICS", "2024-06-01") == {"IDN"}


def test_suspensions_keep_membership_and_are_flagged():
    arab = unvotes.blocs(on="2015-01-01", bloc="Arab League").set_index("iso3")
    assert bool(arab.loc["SYR", "suspended_on"])
    assert not bool(arab.loc["EGY", "suspended_on"])
    arab_2024 = unvotes.blocs(on="2024-01-01", bloc="Arab League").set_index("iso3")
    assert not bool(arab_2024.loc["SYR", "suspended_on"])
    au = unvotes.blocs(on="2024-01-01", bloc="AU").set_index("iso3")
    assert {"MLI", "BFA", "NER", "SDN"} <= set(au.index[au["suspended_on"]])


def test_several_blocs_and_no_date():
    both = unvotes.blocs(bloc=["G7", "P5"])
    assert set(both["bloc"]) == {"G7", "P5"}
    assert len(both) == len(unvotes.blocs(bloc="G7")) + len(unvotes.blocs(bloc="P5"))
    assert "SUN" in set(unvotes.blocs(bloc="P5")["iso3"])  # no date: every membership


def test_unknown_bloc_raises_with_the_known_names():
    with pytest.raises(KeyError, match="NATO"):
        unvotes.blocs(bloc="Warsaw Pact")


def test_blocs_before_a_bloc_existed_is_empty():
    assert unvotes.blocs(on="1990-01-01", bloc="BRICS").empty
    assert unvotes.blocs(on="1960-01-01", bloc="NAM").empty


def test_undated_memberships_start_at_the_later_of_founding_and_admission():
    nam = unvotes.blocs(bloc="NAM").set_index("iso3")
    assert nam.loc["TLS", "joined"] == pd.Timestamp("2002-09-27")  # UN admission
    assert nam.loc["IND", "joined"] == pd.Timestamp("1961-09-01")  # founder
    assert not bool(nam.loc["TLS", "joined_known"])


def test_bloc_votes_shape_usable_by_analysis():
    # analysis joins blocs(on=vote date) with votes on iso3: one row per (bloc, iso3)
    table = unvotes.blocs(on="2023-02-23")
    assert not table.duplicated(["bloc", "iso3"]).any()
