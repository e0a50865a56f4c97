"""UN membership over time (unvotes.members)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import unvotes

# Totals at the end of each year, from the UN's "Growth in United Nations membership"
# table (un.org), plus the two dates named in the issue.
GROWTH = [
    ("1945-12-31", 51), ("1946-12-31", 55), ("1947-12-31", 57), ("1948-12-31", 58),
    ("1949-12-31", 59), ("1950-12-31", 60), ("1955-12-31", 76), ("1956-12-31", 80),
    ("1957-12-31", 82), ("1958-12-31", 82), ("1960-12-31", 99), ("1961-12-31", 104),
    ("1962-12-31", 110), ("1963-12-31", 113), ("1964-12-31", 115), ("1965-12-31", 117),
    ("1966-12-31", 122), ("1967-12-31", 123), ("1968-12-31", 126), ("1970-12-31", 127),
    ("1971-12-31", 132), ("1973-12-31", 135), ("1974-12-31", 138), ("1975-12-31", 144),
    ("1976-12-31", 147), ("1977-12-31", 149), ("1978-12-31", 151), ("1979-12-31", 152),
    ("1980-12-31", 154), ("1981-12-31", 157), ("1983-12-31", 158), ("1984-12-31", 159),
    ("1985-12-31", 159), ("1990-12-31", 159), ("1991-12-31", 166), ("1992-12-31", 179),
    ("1993-12-31", 184), ("1994-12-31", 185), ("1999-12-31", 188), ("2000-12-31", 189),
    ("2002-12-31", 191), ("2006-12-31", 192), ("2011-07-13", 192), ("2011-07-14", 193),
    ("2023-02-23", 193), ("2025-10-31", 193),
]


@pytest.mark.parametrize(("on", "count"), GROWTH, ids=[d for d, _ in GROWTH])
def test_member_counts_match_the_record(on: str, count: int):
    assert len(unvotes.members(on=on)) == count


def test_members_table_schema():
    table = unvotes.members()
    for column in ("iso3", "iso2", "m49", "un_name", "short_name", "status", "admitted", "left",
                   "successor", "regional_group", "source"):
        assert column in table.columns
    assert str(table["admitted"].dtype).startswith("datetime64")
    assert str(table["left"].dtype).startswith("datetime64")
    assert table["iso3"].is_unique
    assert set(table["status"]) == {"member", "observer", "former member", "non-member"}
    assert table["source"].str.len().gt(0).all()
    # empty optional fields are NA, never ""
    for column in ("iso2", "m49", "successor", "not_member", "regional_group", "note"):
        assert not table[column].eq("").any(), column
    assert table.set_index("iso3").loc["FRA", ["successor", "not_member"]].isna().all()


def test_members_on_accepts_dates_of_any_kind():
    import datetime as dt

    expected = len(unvotes.members(on="2023-02-23"))
    assert len(unvotes.members(on=dt.date(2023, 2, 23))) == expected
    assert len(unvotes.members(on=pd.Timestamp("2023-02-23 15:30"))) == expected


def test_members_returns_a_copy():
    table = unvotes.members()
    table.loc[0, "short_name"] = "changed"
    assert unvotes.members().loc[0, "short_name"] != "changed"


def test_observers_and_non_members_are_never_members():
    table = unvotes.members()
    outside = table[table["status"].isin(["observer", "non-member"])]
    assert set(outside["iso3"]) >= {"VAT", "PSE", "XKX", "TWN"}
    for on in ("1960-01-01", "2000-01-01", "2024-01-01"):
        assert not set(outside["iso3"]) & set(unvotes.members(on=on)["iso3"])


@pytest.mark.parametrize(
    ("old", "successors", "left"),
    [
        ("SUN", "RUS", "1991-12-24"),
        ("YUG", "SCG", "2003-02-04"),
        ("SCG", "SRB", "2006-06-03"),
        ("CSK", "CZE;SVK", "1993-01-01"),
        ("DDR", "DEU", "1990-10-03"),
        ("YMD", "YEM", "1990-05-22"),
        ("ZZB", "TZA", "1964-04-26"),
    ],
)
def test_dissolved_states_and_successors(old: str, successors: str, left: str):
    table = unvotes.members().set_index("iso3")
    assert table.loc[old, "status"] == "former member"
    assert table.loc[old, "successor"] == successors
    assert table.loc[old, "left"] == pd.Timestamp(left)
    day_before = pd.Timestamp(left) - pd.Timedelta(days=1)
    assert old in set(unvotes.members(on=day_before)["iso3"])
    assert old not in set(unvotes.members(on=left)["iso3"])


def test_syria_inside_the_united_arab_republic():
    assert "SYR" not in set(unvotes.members(on="1960-01-01")["iso3"])
    assert "SYR" in set(unvotes.members(on="1957-01-01")["iso3"])
    assert "SYR" in set(unvotes.members(on="1962-01-01")["iso3"])
    assert unvotes.resolve("United Arab Republic") == "EGY"


def test_one_seat_for_china_and_for_russia_on_every_date():
    for on in ("1950-01-01", "1971-10-24", "1971-10-26", "1991-12-23", "1991-12-24", "2020-01-01"):
        codes = set(unvotes.members(on=on)["iso3"])
        assert "CHN" in codes and "TWN" not in codes
        assert len(codes & {"SUN", "RUS"}) == 1


def test_regional_groups_of_current_members():
    table = unvotes.members(on="2025-01-01")
    sizes = table["regional_group"].value_counts().to_dict()
    assert sizes == {
        "African": 54,
        "Asia-Pacific": 54,
        "Latin American and Caribbean": 33,
        "Western European and Others": 29,
        "Eastern European": 23,
    }
    special = table.set_index("iso3")
    assert special.loc["ISR", "regional_group"] == "Western European and Others"
    assert special.loc["TUR", "regional_group"] == "Western European and Others"
    assert special.loc["USA", "group_status"] == "observer"
    assert special.loc["KIR", "regional_group"] == "Asia-Pacific"


@pytest.mark.shared_data
def test_members_match_the_states_voting_in_undl_records(shared_data: Path):
    votes = pd.read_parquet(shared_data / "ukraine_votes.parquet")
    for date, group in votes.groupby("date"):
        assert set(group["country_iso3"]) == set(unvotes.members(on=date)["iso3"])


@pytest.mark.shared_data
def test_no_state_votes_before_admission_or_after_leaving(shared_data: Path):
    votes = pd.read_parquet(shared_data / "undl_scrape_votes.parquet",
                            columns=["ms_iso3", "date", "ms_vote", "resolution"])
    cast = votes[votes["ms_vote"].isin(["Y", "N", "A"]) & votes["ms_iso3"].notna()]
    # S/RES/725 (1991) of 1991-12-31 still names the USSR, a week after the Russian
    # Federation took over its seat: a labelling quirk of the record, not a membership fact
    cast = cast[~((cast["ms_iso3"] == "SUN") & (cast["resolution"] == "S/RES/725(1991)"))]
    span = cast.groupby("ms_iso3")["date"].agg(["min", "max"])
    table = unvotes.members().set_index("iso3")
    outside = []
    for code, row in span.iterrows():
        admitted, left = table.loc[code, "admitted"], table.loc[code, "left"]
        if pd.Timestamp(row["min"]) < admitted or (pd.notna(left)
                                                   and pd.Timestamp(row["max"]) >= left):
            outside.append((code, row["min"], row["max"]))
    assert len(span) == 199
    assert outside == []
