"""Names, codes and finding names in text (unvotes.countries)."""

from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unvotes
from unvotes import countries
from unvotes._data import data_file
from unvotes.errors import DataFormatError

# codes that ISO 3166 does not have, documented in data/README.md
USER_ASSIGNED = {"ZZB", "XKX"}


def _names_table() -> pd.DataFrame:
    return pd.read_csv(data_file("country_names.csv"), dtype=str, keep_default_na=False)


def _mnm_table() -> pd.DataFrame:
    return pd.read_csv(data_file("must_not_match.csv"), dtype=str, keep_default_na=False)


# ---------------------------------------------------------------------------------------
# codes against ISO 3166


def test_every_iso3_exists_in_iso_3166():
    pycountry = pytest.importorskip("pycountry")
    current = {c.alpha_3 for c in pycountry.countries}
    historic = {c.alpha_3 for c in pycountry.historic_countries}
    table = unvotes.members()
    unknown = sorted(set(table["iso3"]) - current - historic - USER_ASSIGNED)
    assert unknown == []
    # user-assigned codes really are absent from ISO 3166 (else drop them from the list)
    assert not USER_ASSIGNED & (current | historic)


def test_iso2_and_m49_agree_with_iso_3166():
    pycountry = pytest.importorskip("pycountry")
    table = unvotes.members()
    checked = 0
    for row in table.itertuples():
        iso = pycountry.countries.get(alpha_3=row.iso3)
        if iso is None:
            continue
        assert (row.iso3, row.iso2) == (row.iso3, iso.alpha_2)
        assert (row.iso3, row.m49) == (row.iso3, iso.numeric)
        checked += 1
    assert checked >= 195


def test_pycountry_names_of_every_state_resolve():
    pycountry = pytest.importorskip("pycountry")
    codes = set(unvotes.members()["iso3"])
    wrong = []
    for country in pycountry.countries:
        if country.alpha_3 not in codes:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and unvotes.resolve(value) != country.alpha_3:
                wrong.append((country.alpha_3, value, unvotes.resolve(value)))
    assert wrong == []


def test_every_name_code_is_a_state_in_members():
    codes = set(unvotes.members()["iso3"])
    assert set(_names_table()["iso3"]) <= codes


# ---------------------------------------------------------------------------------------
# names


def test_every_name_in_the_table_resolves_to_its_state_when_valid():
    table = _names_table()
    wrong = []
    for row in table.itertuples():
        start = pd.Timestamp(row.valid_from) if row.valid_from else pd.Timestamp("1950-01-01")
        end = pd.Timestamp(row.valid_to) if row.valid_to else pd.Timestamp("2030-01-01")
        middle = start + (end - start) / 2
        if countries.resolve(row.name, on=middle) != row.iso3:
            wrong.append((row.name, row.iso3))
    assert wrong == []


def test_no_name_maps_to_two_states_over_overlapping_dates():
    table = _names_table()
    table["key"] = [countries._key(n) for n in table["name"]]
    table["start"] = pd.to_datetime(table["valid_from"].replace("", "1800-01-01"))
    table["end"] = pd.to_datetime(table["valid_to"].replace("", "2200-01-01"))
    clashes = []
    for key, group in table.groupby("key"):
        rows = list(group.itertuples())
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a.iso3 != b.iso3 and a.start < b.end and b.start < a.end:
                    clashes.append((key, a.name, a.iso3, b.name, b.iso3))
    assert clashes == []


def test_every_current_member_has_un_name_and_short_name_that_resolve():
    table = unvotes.members(on="2025-01-01")
    assert len(table) == 193
    for row in table.itertuples():
        assert unvotes.resolve(row.un_name) == row.iso3, row.un_name
        assert unvotes.resolve(row.short_name) == row.iso3, row.short_name


@pytest.mark.shared_data
def test_every_undl_record_name_resolves_to_its_code(shared_data: Path):
    names = pd.read_parquet(shared_data / "undl_ms_names.parquet")
    assert len(names) == 244
    listed = names.dropna(subset=["ms_iso3"])
    wrong = [(n, c, unvotes.resolve(n)) for n, c in zip(listed["ms_name"], listed["ms_iso3"],
                                                          strict=True)
             if unvotes.resolve(n) != c]
    assert wrong == []
    # every name also resolves on the dates it was recorded
    got = unvotes.resolve_many(listed["ms_name"], on=listed["first_date"])
    assert got.tolist() == listed["ms_iso3"].tolist()
    # the one name without a code (ZANZIBAR, 1963) gets this project's code
    unlisted = names[names["ms_iso3"].isna()]["ms_name"].tolist()
    assert [unvotes.resolve(n) for n in unlisted] == ["ZZB"] * len(unlisted)


@pytest.mark.shared_data
def test_every_rvotes_name_resolves_to_its_iso2(shared_data: Path):
    votes = pd.read_parquet(shared_data / "un_votes.parquet", columns=["country", "country_code"])
    pairs = votes.drop_duplicates().reset_index(drop=True)
    assert len(pairs) == 200
    table = unvotes.members()
    by_iso2 = {}
    for row in table.itertuples():
        # current states win over former ones that reused a code (CS)
        if isinstance(row.iso2, str) and (row.iso2 not in by_iso2
                                          or row.status != "former member"):
            by_iso2.setdefault(row.iso2, row.iso3)
    by_iso2["CS"] = "CSK"  # R unvotes uses CS for Czechoslovakia (ISO 3166-3)
    resolved = unvotes.resolve_many(pairs["country"])
    with_code = pairs["country_code"].notna()
    expected = pairs.loc[with_code, "country_code"].map(by_iso2)
    assert resolved[with_code].tolist() == expected.tolist()
    assert resolved[~with_code].notna().all()  # FRG, Yemen Arab Republic, Zanzibar


def test_must_not_match_strings_resolve_to_nothing():
    table = _mnm_table()
    whole = table[table["inner"] == ""]
    assert len(whole) >= 50
    assert [t for t in whole["text"] if unvotes.resolve(t) is not None] == []
    assert unvotes.resolve_many(whole["text"]).isna().all()


def test_must_not_match_strings_are_not_found_in_text():
    for row in _mnm_table().itertuples():
        found = unvotes.find_countries(f"Delegates from {row.text} spoke.")
        if row.inner:
            assert row.inner not in set(found["name"]), row.text
            assert len(found) >= 1, row.text  # the longer name is found instead
        else:
            assert found.empty, (row.text, found)


# ---------------------------------------------------------------------------------------
# bad input


@pytest.mark.parametrize(
    "bad", [None, math.nan, np.nan, pd.NA, pd.NaT, 0, 3.5, "", "   ", b"France", ["France"],
            object()],
    ids=lambda v: type(v).__name__ + ":" + repr(v)[:12],
)
def test_resolve_bad_input_is_none(bad):
    assert unvotes.resolve(bad) is None


def test_resolve_bad_date_is_ignored_not_raised():
    assert unvotes.resolve("France", on="not a date") == "FRA"


def test_resolve_many_never_raises_on_junk_and_keeps_index():
    junk = pd.Series(["France", None, np.nan, 12, 3.5, "", "  ", b"x", ("a",), "Atlantis",
                      "viet nam"], index=list("abcdefghijk"), dtype=object)
    got = unvotes.resolve_many(junk)
    assert str(got.dtype) == "string"
    assert list(got.index) == list("abcdefghijk")
    assert got.tolist()[0] == "FRA"
    assert got.tolist()[-1] == "VNM"
    assert got.iloc[1:10].isna().all()


@pytest.mark.parametrize(
    "container",
    [list, tuple, np.array, pd.Series, pd.Index, lambda v: pd.Series(v, dtype="string"),
     lambda v: (x for x in v)],
    ids=["list", "tuple", "ndarray", "Series", "Index", "string-Series", "generator"],
)
def test_resolve_many_accepts_containers(container):
    got = unvotes.resolve_many(container(["Chad", "Niger", "Korea"]))
    assert got.tolist() == ["TCD", "NER", pd.NA]
    assert isinstance(got.index, pd.RangeIndex)


def test_resolve_many_empty():
    got = unvotes.resolve_many([])
    assert len(got) == 0 and str(got.dtype) == "string"


def test_resolve_many_with_dates_per_row():
    got = unvotes.resolve_many(["Congo", "Congo", "Congo"],
                               on=["1965-01-01", "1975-01-01", None])
    assert got.tolist() == [pd.NA, "COG", "COG"]
    with pytest.raises(ValueError, match="3 names"):
        unvotes.resolve_many(["Congo", "Congo", "Congo"], on=["1965-01-01"])


def test_resolve_many_matches_resolve_on_every_table_name_in_capitals():
    names = [n.upper() for n in _names_table()["name"]]
    many = unvotes.resolve_many(names).tolist()
    single = [unvotes.resolve(n) for n in names]
    assert [None if pd.isna(x) else x for x in many] == single


def test_country_name():
    assert unvotes.country_name("IRN") == "Iran"
    assert unvotes.country_name("RUS") == "Russia"
    assert unvotes.country_name("PRK") == "North Korea"
    assert unvotes.country_name("SUN") == "Soviet Union"
    assert unvotes.country_name("XYZ") == "XYZ"


def test_country_name_round_trips_for_every_state():
    for iso3 in unvotes.members()["iso3"]:
        assert unvotes.resolve(unvotes.country_name(iso3)) == iso3


def test_regional_group():
    assert countries.regional_group("FRA") == "Western European and Others"
    assert countries.regional_group("ISR") == "Western European and Others"
    assert countries.regional_group("KEN") == "African"
    assert countries.regional_group("TWN") is None
    assert countries.regional_group("XYZ") is None


# ---------------------------------------------------------------------------------------
# finding names in running text


def _found(text: str) -> list[tuple[str, str]]:
    frame = unvotes.find_countries(text)
    return list(zip(frame["name"], frame["iso3"], strict=True))


def test_find_countries_schema_and_spans():
    text = "Voting against were Belarus, North Korea, Eritrea, Mali, Nicaragua and Syria."
    frame = unvotes.find_countries(text)
    assert list(frame.columns) == ["start", "end", "name", "iso3"]
    assert [str(t) for t in frame.dtypes] == ["int64", "int64", "string", "string"]
    assert frame["start"].is_monotonic_increasing
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.name
    assert frame["iso3"].tolist() == ["BLR", "PRK", "ERI", "MLI", "NIC", "SYR"]


def test_find_countries_empty_and_bad_text():
    for text in ["", "nothing to see here", None, 42]:
        frame = unvotes.find_countries(text)  # type: ignore[arg-type]
        assert frame.empty
        assert list(frame.columns) == ["start", "end", "name", "iso3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's envoy spoke.", [("Iran", "IRN")]),
        ("Russia’s envoy spoke.", [("Russia", "RUS")]),
        ("the United States and the UK", [("United States", "USA"), ("UK", "GBR")]),
        ("China, India, Iran and South Africa abstained.",
         [("China", "CHN"), ("India", "IND"), ("Iran", "IRN"), ("South Africa", "ZAF")]),
        ("Venezuela (Bolivarian Republic of) voted no.",
         [("Venezuela (Bolivarian Republic of)", "VEN")]),
        ("Iran (Islamic Republic of), Türkiye", [("Iran (Islamic Republic of)", "IRN"),
                                                 ("Türkiye", "TUR")]),
        ("Papua New Guinea and Equatorial Guinea, not Guinea-Bissau",
         [("Papua New Guinea", "PNG"), ("Equatorial Guinea", "GNQ"), ("Guinea-Bissau", "GNB")]),
        ("the Democratic People's Republic of Korea and the Republic of Korea",
         [("Democratic People's Republic of Korea", "PRK"), ("Republic of Korea", "KOR")]),
        ("the Democratic Republic of the Congo and the Congo",
         [("Democratic Republic of the Congo", "COD"), ("Congo", "COG")]),
        ("Nigeria and Niger; Dominican Republic and Dominica; South Sudan and Sudan",
         [("Nigeria", "NGA"), ("Niger", "NER"), ("Dominican Republic", "DOM"),
          ("Dominica", "DMA"), ("South Sudan", "SSD"), ("Sudan", "SDN")]),
        ("RUSSIA AND UKRAINE", [("RUSSIA", "RUS"), ("UKRAINE", "UKR")]),
        ("Cote d'Ivoire and Côte d’Ivoire", [("Cote d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV")]),
        ("the United\nStates of America", [("United\nStates of America", "USA")]),
        ("Lao PDR and the DPRK", [("Lao PDR", "LAO"), ("DPRK", "PRK")]),
        # an inverted UN form must not swallow the next name of a list
        ("Congo, Democratic Republic of the Congo, Moldova, Republic of Korea",
         [("Congo", "COG"), ("Democratic Republic of the Congo", "COD"), ("Moldova", "MDA"),
          ("Republic of Korea", "KOR")]),
        ("The Bahamas, the former Yugoslav Republic of Macedonia",
         [("Bahamas", "BHS"), ("former Yugoslav Republic of Macedonia", "MKD")]),
        ("the United Kingdom of Great Britain and Northern Ireland",
         [("United Kingdom of Great Britain and Northern Ireland", "GBR")]),
        ("Guinea pig studies; Guinea voted", [("Guinea", "GIN")]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_find_countries_examples(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we should chad the ballot",  # lower case is not a name
        "let us vote",
        "a turkey dinner; the river jordan; georgia peaches",
        "Moscow and Tehran, Russian and Iranian officials, Soviet-era and American voters",
        "Korea is divided.",
        "New Guinea and American Samoa and Jersey",
        "the Niger Delta and the South China Sea and Latin America",
        "Atlanta, Georgia",
        "USAID and UKIP and Chadian and Malian troops",  # names must be whole words
    ],
)
def test_find_countries_ignores(text):
    assert _found(text) == []


def test_find_countries_on_seed(seed_text: str):
    found = unvotes.find_countries(seed_text)
    codes = set(found["iso3"])
    assert {"RUS", "BLR", "PRK", "ERI", "MLI", "NIC", "SYR", "CHN", "IND", "IRN", "ZAF",
            "UKR"} <= codes
    # "Russian", "Moscow", "Tehran" and "Kiev" are not names of states
    assert not set(found["name"]) & {"Russian", "Moscow", "Tehran", "Kiev", "Iranian"}


def test_find_countries_is_linear_on_hostile_text():
    # long runs of name prefixes must not backtrack catastrophically
    text = ("United United Republic of of the the Democratic " * 2000) + "France"
    frame = unvotes.find_countries(text)
    assert frame["iso3"].tolist() == ["FRA"]


# ---------------------------------------------------------------------------------------
# malformed data files fail with file, line and problem


def _copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("members.csv", "country_names.csv", "must_not_match.csv", "blocs.csv"):
        shutil.copy(data_file(name), folder / name)
    return folder


def _edit_csv(path: Path, row_index: int, column: str, value: str) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[row_index][column] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _load_all(folder: Path) -> None:
    from unvotes.blocs import _load_blocs

    members = countries._load_members(folder / "members.csv")
    names = countries._load_names(folder / "country_names.csv", frozenset(members["iso3"]))
    mnm = countries._load_must_not_match(folder / "must_not_match.csv")
    countries._build_index(names, mnm, path=folder / "must_not_match.csv")
    _load_blocs(folder / "blocs.csv", members)


def test_bundled_data_copy_loads(tmp_path: Path):
    _load_all(_copy_data(tmp_path))


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "message"),
    [
        ("members.csv", 3, "iso3", "AFG", "duplicate iso3 'AFG'"),
        ("members.csv", 5, "admitted", "1945-13-40", "'1945-13-40' is not a valid date"),
        ("members.csv", 5, "admitted", "24/10/1945", "is not a YYYY-MM-DD date"),
        ("members.csv", 7, "status", "memeber", "status 'memeber'"),
        ("members.csv", 9, "regional_group", "Nordic", "regional_group 'Nordic'"),
        ("members.csv", 11, "left", "1900-01-01", "a current member cannot have a 'left' date"),
        ("members.csv", 13, "successor", "QQQ", "successor 'QQQ'"),
        ("members.csv", 2, "iso3", "al", "iso3 'al' is not three capital letters"),
        ("members.csv", 2, "source", "", "empty 'source'"),
        ("country_names.csv", 4, "iso3", "QQQ", "iso3 'QQQ' is not in members.csv"),
        ("country_names.csv", 4, "kind", "nickname", "kind 'nickname'"),
        ("country_names.csv", 4, "name", "France", "maps the same name to"),
        ("country_names.csv", 4, "valid_from", "yesterday", "is not a YYYY-MM-DD date"),
        ("must_not_match.csv", 2, "inner", "Zzz", "inner 'Zzz' does not occur in text"),
        ("must_not_match.csv", 2, "text", "France", "is also a name in country_names.csv"),
        ("blocs.csv", 3, "iso3", "QQQ", "iso3 'QQQ' is not in members.csv"),
        ("blocs.csv", 3, "joined", "2999-99-99", "is not a valid date"),
        ("blocs.csv", 3, "bloc", "WEOG", "is derived from members.csv"),
        ("blocs.csv", 3, "suspended", "2010-01-01", "is not 'start/end'"),
    ],
    ids=lambda v: v if isinstance(v, str) else str(v),
)
def test_malformed_data_file_names_file_row_and_problem(tmp_path, file, row, column, value,
                                                        message):
    folder = _copy_data(tmp_path)
    _edit_csv(folder / file, row, column, value)
    with pytest.raises(DataFormatError) as info:
        _load_all(folder)
    text = str(info.value)
    assert file in text
    assert f"line {row + 2}" in text
    assert message in text


def test_missing_column_is_reported(tmp_path: Path):
    folder = _copy_data(tmp_path)
    frame = pd.read_csv(folder / "members.csv", dtype=str, keep_default_na=False)
    frame.drop(columns=["admitted"]).to_csv(folder / "members.csv", index=False)
    with pytest.raises(DataFormatError, match=r"members\.csv: missing required column\(s\): "
                                              r"admitted"):
        _load_all(folder)


def test_overlapping_dated_names_are_rejected(tmp_path: Path):
    folder = _copy_data(tmp_path)
    with (folder / "country_names.csv").open("a", encoding="utf-8") as f:
        f.write("Congo,COD,common,,1975-01-01,test row\n")
    with pytest.raises(DataFormatError, match="over overlapping dates"):
        _load_all(folder)


def test_adjacent_dated_names_are_accepted(tmp_path: Path):
    folder = _copy_data(tmp_path)
    with (folder / "country_names.csv").open("a", encoding="utf-8") as f:
        f.write("Congo,COD,common,1960-06-30,1971-10-27,test row\n")
    _load_all(folder)


# ---------------------------------------------------------------------------------------
# properties

_CURRENT = unvotes.members(on="2025-01-01")
_LISTABLE = sorted(
    {(n, c) for n, c in zip(_CURRENT["short_name"], _CURRENT["iso3"], strict=True)}
    | {(n, c) for n, c in zip(_CURRENT["un_name"], _CURRENT["iso3"], strict=True)}
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_resolve_never_raises_and_returns_a_code_or_none(text):
    got = unvotes.resolve(text)
    assert got is None or got in set(unvotes.members()["iso3"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=25), st.none(), st.integers(), st.floats(),
                          st.sampled_from([n for n, _ in _LISTABLE])), max_size=40))
def test_resolve_many_equals_resolve_elementwise(values):
    got = unvotes.resolve_many(values)
    assert len(got) == len(values)
    assert [None if pd.isna(x) else x for x in got] == [unvotes.resolve(v) for v in values]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_LISTABLE), min_size=1, max_size=25),
    st.sampled_from([", ", "; ", ",\n", " / "]),
    st.booleans(),
)
def test_find_countries_reads_back_any_list_of_states(items, separator, with_the):
    parts = [("the " if with_the else "") + name for name, _ in items]
    text = "Voting against were " + separator.join(parts) + "."
    frame = unvotes.find_countries(text)
    assert frame["iso3"].tolist() == [code for _, code in items]
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.name
