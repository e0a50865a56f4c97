"""The readers on the real records in ../shared/data: nothing lost, totals hold, sources agree."""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd
import pytest

from unvotes.official import VoteData, read_parquet, read_rvotes, read_undl

pytestmark = pytest.mark.shared_data

_LETTER = {"yes": "Y", "no": "N", "abstain": "A", "non_voting": "X"}


def _data_lines(path: Path) -> int:
    """Rows in a CSV counted as physical lines (no field holds a line break, see README)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        lines = sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 22), b""))
    return lines - 1  # the header


def _assert_nothing_lost(data: VoteData, rows_in_file: int) -> None:
    meta = data.metadata
    assert meta["rows_read"] == rows_in_file
    assert meta["rows_loaded"] + meta["rows_rejected"] == meta["rows_read"]
    assert len(data.votes) == meta["rows_loaded"]
    assert sum(meta["rejected_by_rule"].values()) == meta["rows_rejected"]
    # every rejection is reported
    for rule in meta["rejected_by_rule"]:
        assert (data.problems["rule"] == rule).any()


def _assert_counts_equal_totals(data: VoteData) -> None:
    counted = (
        data.votes.groupby(["record_id", "vote"], observed=False).size().unstack(fill_value=0)
    )
    recs = data.records.set_index("record_id")
    recs = recs[recs["yes"].notna()]
    counted = counted.reindex(recs.index, fill_value=0)
    for col in ("yes", "no", "abstain", "non_voting"):
        diff = recs[col].astype("int64") != counted[col]
        assert not diff.any(), f"{col}: records {list(recs.index[diff][:5])} differ"
    assert (data.problems["rule"] != "undl.totals_mismatch").all()


@pytest.fixture(scope="module")
def sample(shared_data: Path) -> VoteData:
    return read_undl(shared_data / "undl_ga_voting_sample.csv")


@pytest.fixture(scope="module")
def ga(shared_data: Path) -> VoteData:
    return read_undl(shared_data / "undl_ga_voting.csv.gz")


@pytest.fixture(scope="module")
def rvotes(shared_data: Path) -> VoteData:
    return read_rvotes(shared_data / "un_votes.parquet", shared_data / "un_roll_calls.parquet")


def _es_11_6(data: VoteData) -> tuple[int, int, int, int]:
    rec = data.records[data.records["resolution"] == "A/RES/ES-11/6"]
    assert len(rec) == 1
    votes = data.votes[data.votes["record_id"] == rec["record_id"].iat[0]]
    counts = votes["vote"].value_counts()
    from_rows = (counts["yes"], counts["no"], counts["abstain"], counts["non_voting"])
    from_record = tuple(int(rec[c].iat[0]) for c in ("yes", "no", "abstain", "non_voting"))
    assert from_rows == from_record
    return from_rows


# ----------------------------------------------------------------------------- sample


def test_sample_loads_with_nothing_lost(sample: VoteData, shared_data: Path) -> None:
    _assert_nothing_lost(sample, _data_lines(shared_data / "undl_ga_voting_sample.csv"))
    assert len(sample.records) == 12
    # the one unreadable row of the source (README: PAKISTAN in record 669502) is rejected
    assert sample.metadata["rejected_by_rule"] == {"undl.unknown_vote_code": 1}
    found = sample.problems[sample.problems.rule == "undl.unknown_vote_code"]
    assert found["record_id"].tolist() == ["669502"] and "PAKISTAN" in found["message"].iat[0]


def test_sample_es_11_6_is_141_7_32_with_13_non_voting(sample: VoteData) -> None:
    assert _es_11_6(sample) == (141, 7, 32, 13)


def test_sample_counts_equal_totals(sample: VoteData) -> None:
    _assert_counts_equal_totals(sample)


def test_sample_matches_the_independent_ukraine_table(sample: VoteData, shared_data: Path) -> None:
    table = pd.read_csv(shared_data / "ukraine_votes.csv")
    recs = sample.records.set_index("record_id")["resolution"]
    ours = sample.votes.assign(resolution=sample.votes["record_id"].map(recs))
    ours = ours[ours["resolution"].isin(table["resolution"])]
    ours = pd.DataFrame({
        "resolution": ours["resolution"].astype(str),
        "country_iso3": ours["iso3"].astype(str),
        "vote": ours["vote"].astype(str).map(_LETTER),
    })
    theirs = table[table["resolution"].isin(ours["resolution"])][
        ["resolution", "country_iso3", "vote"]]
    assert ours["resolution"].nunique() == 7  # 68/262 and ES-11/1 to ES-11/6
    merged = ours.merge(theirs, on=["resolution", "country_iso3"], how="outer",
                        suffixes=("_ours", "_theirs"), indicator=True)
    assert (merged["_merge"] == "both").all()
    assert (merged["vote_ours"] == merged["vote_theirs"]).all()


def test_sample_resolves_every_state(sample: VoteData) -> None:
    assert sample.votes["iso3"].notna().all()
    assert {"SUN", "CSK", "YUG", "YMD"} <= set(sample.votes["iso3"].astype(str))


# ----------------------------------------------------------------------------- SC


def test_sc_file_loads_with_nothing_lost(shared_data: Path) -> None:
    path = shared_data / "undl_sc_voting.csv.gz"
    data = read_undl(path)
    _assert_nothing_lost(data, _data_lines(path))
    assert data.metadata["rows_rejected"] == 0
    assert set(data.records["body"]) == {"SC"}
    assert len(data.records) == data.records["record_id"].nunique()
    permanent = data.votes[data.votes["permanent_member"]].groupby("record_id").size()
    assert (permanent == 5).all() and len(permanent) == len(data.records)
    _assert_counts_equal_totals(data)


# ----------------------------------------------------------------------------- full GA


@pytest.mark.slow
def test_ga_file_loads_with_nothing_lost(ga: VoteData, shared_data: Path) -> None:
    _assert_nothing_lost(ga, _data_lines(shared_data / "undl_ga_voting.csv.gz"))
    assert len(ga.records) == ga.records["record_id"].nunique()
    assert set(ga.records["body"]) == {"GA"}
    assert ga.votes["iso3"].notna().all()


@pytest.mark.slow
def test_ga_es_11_6_and_counts(ga: VoteData) -> None:
    assert _es_11_6(ga) == (141, 7, 32, 13)
    _assert_counts_equal_totals(ga)


@pytest.mark.slow
def test_ga_holds_the_sample_unchanged(ga: VoteData, sample: VoteData) -> None:
    ids = sample.records["record_id"]
    full = ga.votes[ga.votes["record_id"].isin(ids)].reset_index(drop=True)

    def plain(votes: pd.DataFrame) -> pd.DataFrame:  # the full file has more categories
        return votes.assign(iso3=votes["iso3"].astype(str), name=votes["name"].astype(str))

    pd.testing.assert_frame_equal(plain(full), plain(sample.votes))
    recs = ga.records[ga.records["record_id"].isin(ids)].reset_index(drop=True)
    pd.testing.assert_frame_equal(recs, sample.records)


@pytest.mark.slow
def test_ga_parquet_round_trip_is_exact(ga: VoteData, tmp_path: Path) -> None:
    back = read_parquet(ga.to_parquet(tmp_path / "ga"))
    for part in ("records", "votes", "problems"):
        _assert_same_frame(getattr(ga, part), getattr(back, part))
    assert back.metadata == ga.metadata


def _assert_same_frame(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """assert_frame_equal, with categoricals compared by dtype and codes (much faster)."""
    assert list(a.columns) == list(b.columns)
    assert a.dtypes.to_dict() == b.dtypes.to_dict()
    for col in a.columns:
        if isinstance(a[col].dtype, pd.CategoricalDtype):
            assert (a[col].cat.codes.to_numpy() == b[col].cat.codes.to_numpy()).all(), col
        else:
            pd.testing.assert_series_equal(a[col], b[col])


# ----------------------------------------------------------------------------- R unvotes


def test_rvotes_loads_with_nothing_lost(rvotes: VoteData, shared_data: Path) -> None:
    rows = len(pd.read_parquet(shared_data / "un_votes.parquet", columns=["rcid"]))
    _assert_nothing_lost(rvotes, rows)
    assert len(rvotes.records) == len(pd.read_parquet(shared_data / "un_roll_calls.parquet"))
    # the three states without an ISO2 code are resolved by name and reported
    assert rvotes.votes["iso3"].notna().all()
    assert (rvotes.problems["rule"] == "rvotes.code_from_name").sum() == 3


def test_rvotes_and_the_un_library_agree_on_68_262(rvotes: VoteData, sample: VoteData) -> None:
    def votes_on(data: VoteData) -> pd.Series:
        rid = data.records.loc[data.records["resolution"] == "A/RES/68/262", "record_id"]
        assert len(rid) == 1
        rows = data.votes[data.votes["record_id"] == rid.iat[0]]
        return pd.Series(rows["vote"].astype(str).to_numpy(),
                         index=rows["iso3"].astype(str).to_numpy())

    r, dhl = votes_on(rvotes), votes_on(sample)
    both = r.index.intersection(dhl.index)
    # README: all 169 countries present in both agree (R dropped the absent ones)
    assert len(both) == 169
    assert (r[both] == dhl[both]).all()
    assert set(r.index) - set(dhl.index) == set()
    assert (dhl.drop(both) == "non_voting").all()


@pytest.mark.slow
def test_rvotes_and_the_un_library_agree_across_the_history(rvotes: VoteData, ga: VoteData) -> None:
    """Roll calls with one symbol in each source: the same states, nearly the same votes.

    A code mapped wrongly in either reader (the USSR before 1991, Yugoslavia, the China
    seat, the two Germanys, the Yemens) would leave thousands of states without a partner.
    """

    def unique_symbols(data: VoteData) -> pd.DataFrame:
        recs = data.records[["record_id", "resolution"]].dropna()
        return recs[~recs["resolution"].duplicated(keep=False)]

    pairs = unique_symbols(rvotes).merge(unique_symbols(ga), on="resolution",
                                         suffixes=("_r", "_g"))
    assert len(pairs) > 3500

    def plain(data: VoteData, key: str) -> pd.DataFrame:
        return pd.DataFrame({key: data.votes["record_id"].to_numpy(),
                             "iso3": data.votes["iso3"].astype(str).to_numpy(),
                             "vote": data.votes["vote"].astype(str).to_numpy()})

    joined = pairs.merge(plain(rvotes, "record_id_r"), on="record_id_r").merge(
        plain(ga, "record_id_g"), on=["record_id_g", "iso3"], how="left",
        suffixes=("_r", "_g"), indicator=True)
    assert (joined["_merge"] == "left_only").sum() < 100
    both = joined[(joined["_merge"] == "both") & (joined["vote_g"] != "non_voting")]
    assert len(both) > 500_000
    # README section 2: 99.75% of (roll call, country) pairs agree
    assert (both["vote_r"] == both["vote_g"]).mean() > 0.99


@pytest.mark.shared_data
def test_select_keeps_the_chosen_records_and_only_their_votes(shared_data):
    data = read_undl(shared_data / "undl_ga_voting_sample.csv")
    ukraine = data.select(resolution=["A/RES/ES-11/1", "A/RES/ES-11/6"])
    assert sorted(ukraine.records["resolution"]) == ["A/RES/ES-11/1", "A/RES/ES-11/6"]
    assert len(ukraine.votes) == 2 * 193
    assert set(ukraine.votes["record_id"]) == set(ukraine.records["record_id"])
    since = data.select(since="2022-03-02", until="2022-04-07")
    assert sorted(since.records["resolution"]) == ["A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/3"]
    assert len(data.records) == 12  # the source is untouched
