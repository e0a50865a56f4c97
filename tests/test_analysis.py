"""Bloc votes, cohesion, agreement and alignment: small cases worked out by hand."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from cases import checks_frames as frames

import unvotes
from unvotes import analysis
from unvotes.official import VoteData
from unvotes.parse import ParseResult

# Three states, five votes. C is absent on r2, B is absent on r4 and not a member on r5.
#        r1        r2         r3     r4          r5
# AAA    yes       yes        no     abstain     yes
# BBB    yes       abstain    no     non_voting  (not a member)
# CCC    no        non_voting yes    abstain     yes
SMALL = pd.DataFrame(
    [
        (1, "AAA", "yes"),
        (1, "BBB", "yes"),
        (1, "CCC", "no"),
        (2, "AAA", "yes"),
        (2, "BBB", "abstain"),
        (2, "CCC", "non_voting"),
        (3, "AAA", "no"),
        (3, "BBB", "no"),
        (3, "CCC", "yes"),
        (4, "AAA", "abstain"),
        (4, "BBB", "non_voting"),
        (4, "CCC", "abstain"),
        (5, "AAA", "yes"),
        (5, "CCC", "yes"),
    ],
    columns=["record_id", "iso3", "vote"],
)
SMALL["date"] = pd.to_datetime(
    SMALL["record_id"].map(
        {1: "2001-03-01", 2: "2001-11-01", 3: "2002-03-01", 4: "2002-10-01", 5: "2002-12-01"}
    )
)

# (pair, agreement, n_votes, coincidence, n_votes for coincidence), worked by hand:
# A-B agreement over r1, r2, r3 = (1 + 0.5 + 1) / 3; coincidence over r1, r3 = 2 / 2
# A-C agreement over r1, r3, r4, r5 = (0 + 0 + 1 + 1) / 4; coincidence over r1, r3, r5 = 1 / 3
# B-C agreement over r1, r3 = 0 / 2; coincidence over r1, r3 = 0 / 2
HAND = [
    (("AAA", "BBB"), 2.5 / 3, 3, 1.0, 2),
    (("AAA", "CCC"), 0.5, 4, 1 / 3, 3),
    (("BBB", "CCC"), 0.0, 2, 0.0, 2),
]


@pytest.mark.parametrize(("pair", "agree", "n", "coin", "n_coin"), HAND, ids=lambda v: str(v))
def test_agreement_and_coincidence_by_hand(pair, agree, n, coin, n_coin):
    a, b = pair
    square = unvotes.agreement(SMALL)
    assert square.loc[a, b] == agree
    assert square.loc[b, a] == agree
    assert unvotes.agreement(SMALL, method="coincidence").loc[a, b] == coin
    long = unvotes.agreement(SMALL, long=True)
    row = long.loc[(long["iso3_a"] == a) & (long["iso3_b"] == b)].iloc[0]
    assert (row["n_votes"], row["n_excluded"]) == (n, 5 - n)
    long_c = unvotes.agreement(SMALL, method="coincidence", long=True)
    row_c = long_c.loc[(long_c["iso3_a"] == a) & (long_c["iso3_b"] == b)].iloc[0]
    assert (row_c["agreement"], row_c["n_votes"]) == (coin, n_coin)


def test_agreement_square_shape_and_diagonal():
    square = unvotes.agreement(SMALL)
    assert list(square.index) == ["AAA", "BBB", "CCC"] == list(square.columns)
    assert np.allclose(np.diag(square.to_numpy()), 1.0)
    assert np.allclose(square.to_numpy(), square.to_numpy().T)


def test_agreement_min_votes_blanks_thin_pairs():
    square = unvotes.agreement(SMALL, min_votes=3)
    assert np.isnan(square.loc["BBB", "CCC"])  # only 2 votes in common
    assert square.loc["AAA", "BBB"] == 2.5 / 3


def test_agreement_by_year_long_form():
    long = unvotes.agreement(SMALL, by="year")
    assert list(long.columns) == [
        "period",
        "iso3_a",
        "iso3_b",
        "agreement",
        "n_votes",
        "n_excluded",
    ]
    ab = long.loc[(long["iso3_a"] == "AAA") & (long["iso3_b"] == "BBB")].set_index("period")
    # 2001: r1 (1) and r2 (0.5); 2002: r3 (1) only (B absent on r4, not a member on r5)
    assert ab.loc[2001, "agreement"] == 0.75
    assert ab.loc[2002, "agreement"] == 1.0
    assert ab.loc[2002, "n_votes"] == 1 and ab.loc[2002, "n_excluded"] == 2
    # both orders are present and agree
    ba = long.loc[(long["iso3_a"] == "BBB") & (long["iso3_b"] == "AAA")].set_index("period")
    assert ba["agreement"].tolist() == ab["agreement"].tolist()


def test_agreement_by_session_uses_dates_when_session_missing():
    # sessions open in mid-September: 2001-03-01 is session 55, 2001-11-01 is 56
    long = unvotes.agreement(SMALL, by="session")
    ab = long.loc[(long["iso3_a"] == "AAA") & (long["iso3_b"] == "BBB")].set_index("period")
    assert ab.loc[55, "agreement"] == 1.0  # r1
    assert ab.loc[56, "agreement"] == 0.75  # r2 (0.5) and r3 (1)


def test_alignment_by_year():
    al = unvotes.alignment(SMALL, with_="AAA", by="year")
    assert list(al.columns) == ["period", "iso3", "agreement", "n_votes", "n_excluded"]
    got = {(r.period, r.iso3): (r.agreement, r.n_votes) for r in al.itertuples()}
    # C with A in 2001: r1 only (0); in 2002: r3 (0), r4 (1), r5 (1)
    assert got[(2001, "CCC")] == (0.0, 1)
    assert got[(2002, "CCC")] == (2 / 3, 3)
    assert got[(2001, "BBB")] == (0.75, 2)
    assert not (al["iso3"] == "AAA").any()


def test_alignment_matches_agreement_matrix():
    al = unvotes.alignment(SMALL, with_="CCC", by=None, method="coincidence")
    square = unvotes.agreement(SMALL, method="coincidence")
    for row in al.itertuples():
        assert row.agreement == square.loc["CCC", row.iso3]


def test_alignment_unknown_state_raises():
    with pytest.raises(ValueError, match="ZZZ"):
        unvotes.alignment(SMALL, with_="ZZZ")


def test_bad_method_and_bad_vote_word():
    with pytest.raises(ValueError, match="method"):
        unvotes.agreement(SMALL, method="kappa")
    bad = SMALL.assign(vote=SMALL["vote"].replace({"abstain": "maybe"}))
    with pytest.raises(ValueError, match="maybe"):
        unvotes.agreement(bad)


def test_missing_columns_raise_typed_error():
    with pytest.raises(unvotes.MissingColumnsError):
        unvotes.agreement(SMALL.drop(columns="vote"))


def _naive_agreement(frame: pd.DataFrame, method: str) -> dict[tuple[str, str], float]:
    """Reference: loop over pairs and votes in plain Python."""
    value = {"yes": 1.0, "abstain": 0.5, "no": 0.0}
    by_state = {
        s: dict(zip(g["record_id"], g["vote"], strict=True)) for s, g in frame.groupby("iso3")
    }
    out = {}
    for a, b in itertools.permutations(sorted(by_state), 2):
        scores = []
        for rid, va in by_state[a].items():
            vb = by_state[b].get(rid)
            if method == "coincidence":
                if va in ("yes", "no") and vb in ("yes", "no"):
                    scores.append(float(va == vb))
            elif va in value and vb in value:
                scores.append(1 - abs(value[va] - value[vb]))
        if scores:
            out[(a, b)] = sum(scores) / len(scores)
    return out


@pytest.mark.parametrize("method", ["agreement", "coincidence"])
def test_agreement_equals_naive_loop_on_random_votes(method):
    rng = np.random.default_rng(7)
    states = [f"S{i:02d}" for i in range(12)]
    rows = [
        (r, s, rng.choice(["yes", "no", "abstain", "non_voting"], p=[0.5, 0.2, 0.2, 0.1]))
        for r in range(40)
        for s in states
        if rng.random() > 0.15
    ]
    frame = pd.DataFrame(rows, columns=["record_id", "iso3", "vote"])
    expected = _naive_agreement(frame, method)
    long = unvotes.agreement(frame, method=method, long=True)
    got = {(r.iso3_a, r.iso3_b): r.agreement for r in long.itertuples()}
    assert got.keys() == expected.keys()
    for key, val in expected.items():
        assert got[key] == val


# --------------------------------------------------------------------------- inputs


def test_same_answer_from_dataframe_letters_and_votedata():
    letters = SMALL.assign(
        vote=SMALL["vote"].map({"yes": "Y", "no": "N", "abstain": "A", "non_voting": "X"})
    )
    records = SMALL[["record_id", "date"]].drop_duplicates()
    cat = pd.CategoricalDtype(["yes", "no", "abstain", "non_voting"])
    data = VoteData(
        records=records,
        votes=SMALL[["record_id", "iso3", "vote"]].astype({"iso3": "category", "vote": cat}),
        problems=pd.DataFrame(),
    )
    base = unvotes.agreement(SMALL)
    pd.testing.assert_frame_equal(unvotes.agreement(letters), base)
    pd.testing.assert_frame_equal(unvotes.agreement(data), base)
    absent = SMALL.assign(vote=SMALL["vote"].replace({"non_voting": "absent"}))
    pd.testing.assert_frame_equal(unvotes.agreement(absent), base)


def test_rejects_other_objects():
    with pytest.raises(TypeError):
        unvotes.agreement([1, 2, 3])


# --------------------------------------------------------------------------- bloc votes

BLOC_VOTE = pd.DataFrame(
    {
        "record_id": 7,
        "iso3": ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG"],
        "vote": ["yes", "yes", "yes", "no", "abstain", "non_voting", "no"],
    }
)
GROUP = pd.DataFrame({"bloc": "G6", "iso3": ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"]})


def test_bloc_counts_majority_cohesion_defectors():
    row = unvotes.bloc_votes(BLOC_VOTE, GROUP).iloc[0]
    assert row[["members", "yes", "no", "abstain", "non_voting", "unknown"]].tolist() == [
        6,
        3,
        1,
        1,
        1,
        0,
    ]
    assert row["majority"] == "yes"
    # Hix-Noury-Roland: (3 - 0.5 * (5 - 3)) / 5 = 0.4; the non-voting member is left out
    assert row["cohesion"] == 0.4
    assert row["defectors"] == ["DDD", "EEE"]


@pytest.mark.parametrize(
    ("votes", "majority", "cohesion", "defectors"),
    [
        (["yes", "yes", "yes"], "yes", 1.0, []),
        (["yes", "no", "abstain"], None, 0.0, []),  # (1 - 0.5 * 2) / 3; three-way tie
        (["yes", "yes", "no", "no"], None, 0.25, []),  # (2 - 0.5 * 2) / 4; tie
        (["no", "no", "no", "yes"], "no", 0.625, ["M3"]),  # (3 - 0.5 * 1) / 4
        (["abstain", "abstain", "yes", "non_voting"], "abstain", 0.5, ["M2"]),  # (2 - 0.5) / 3
        (["non_voting", "non_voting"], None, None, []),
    ],
    ids=["unanimous", "three-way", "tie", "one-defector", "abstain-majority", "nobody-voted"],
)
def test_cohesion_cases(votes, majority, cohesion, defectors):
    states = [f"M{i}" for i in range(len(votes))]
    frame = pd.DataFrame({"record_id": 1, "iso3": states, "vote": votes})
    row = unvotes.bloc_votes(frame, pd.DataFrame({"bloc": "X", "iso3": states})).iloc[0]
    if cohesion is None:
        assert pd.isna(row["cohesion"])
    else:
        assert row["cohesion"] == cohesion
    assert pd.isna(row["majority"]) if majority is None else row["majority"] == majority
    assert row["defectors"] == defectors


def test_dated_membership():
    votes = pd.DataFrame(
        {
            "record_id": [1, 1, 2, 2, 3, 3],
            "iso3": ["GBR", "FRA"] * 3,
            "vote": ["no", "yes", "no", "yes", "no", "yes"],
            "date": pd.to_datetime(["1970-06-01"] * 2 + ["1990-06-01"] * 2 + ["2021-06-01"] * 2),
        }
    )
    group = pd.DataFrame(
        {
            "bloc": "EC",
            "iso3": ["FRA", "GBR"],
            "joined": pd.to_datetime(["1958-01-01", "1973-01-01"]),
            "left": pd.to_datetime([None, "2020-01-31"]),
        }
    )
    out = unvotes.bloc_votes(votes, group).set_index("record_id")
    assert out["members"].tolist() == [1, 2, 1]
    assert out.loc[2, "defectors"] == [] and pd.isna(out.loc[2, "majority"])  # 1 yes, 1 no
    assert out.loc[3, ["yes", "no"]].tolist() == [1, 0]
    fixed = unvotes.bloc_votes(votes, group, on="1990-01-01").set_index("record_id")
    assert fixed["members"].tolist() == [2, 2, 2]
    assert fixed.loc[1, "date"] == pd.Timestamp("1970-06-01")


def test_bloc_member_outside_the_un_is_not_counted():
    # official roll calls list every member; a bloc member missing from the record was not one
    group = pd.DataFrame({"bloc": "B", "iso3": ["AAA", "BBB", "ZZZ"]})
    row = unvotes.bloc_votes(BLOC_VOTE, group).iloc[0]
    assert row["members"] == 2 and row["unknown"] == 0


def test_several_blocs_keep_order_and_columns():
    groups = pd.concat([GROUP, pd.DataFrame({"bloc": "Pair", "iso3": ["DDD", "GGG"]})])
    out = unvotes.bloc_votes(BLOC_VOTE, groups)
    assert out["bloc"].tolist() == ["G6", "Pair"]
    assert out.loc[1, "cohesion"] == 1.0 and out.loc[1, "majority"] == "no"
    assert list(out.columns)[:2] == ["record_id", "date"]
    assert {
        "members",
        "yes",
        "no",
        "abstain",
        "non_voting",
        "unknown",
        "majority",
        "cohesion",
        "defectors",
    } <= set(out.columns)


# --------------------------------------------------------------------------- text-derived


ES_11_6 = {"date": "2023-02-23", "resolution": "A/RES/ES-11/6", "yes": 141, "no": 7, "abstain": 32}


def _result(positions, tallies=None):
    pos = pd.DataFrame(positions, columns=["vote_id", "iso3", "position", "complete"])
    pos["vote_id"] = pos["vote_id"].astype("Int64")
    pos["name"] = pos["iso3"]
    tal = tallies if tallies is not None else frames.tallies([ES_11_6])
    return ParseResult(tallies=tal, positions=pos, source="test")


P5 = pd.DataFrame({"bloc": "P5", "iso3": ["CHN", "FRA", "GBR", "RUS", "USA"]})


def test_partial_text_leaves_the_rest_unknown():
    result = _result([(0, "RUS", "no", False), (0, "FRA", "yes", False)])
    row = unvotes.bloc_votes(result, P5).iloc[0]
    assert row[["members", "yes", "no", "abstain", "unknown"]].tolist() == [5, 1, 1, 0, 3]
    assert pd.isna(row["majority"]) and pd.isna(row["cohesion"]) and row["defectors"] == []
    assert row["resolution"] == "A/RES/ES-11/6"


def test_partial_text_majority_only_when_unknowns_cannot_change_it():
    yes = [(0, s, "yes", False) for s in ("FRA", "GBR", "USA")]
    row = unvotes.bloc_votes(_result([*yes, (0, "RUS", "no", False)]), P5).iloc[0]
    # 3 yes, 1 no, 1 unknown: yes wins whatever China did, but cohesion is not known
    assert row["majority"] == "yes" and row["defectors"] == ["RUS"] and pd.isna(row["cohesion"])


def test_text_positions_frame_alone_is_accepted_and_unknown_excluded_from_agreement():
    result = _result([(0, "RUS", "no", False), (0, "BLR", "no", False), (0, "FRA", "yes", False)])
    square = unvotes.agreement(result.positions)
    assert square.loc["RUS", "BLR"] == 1.0 and square.loc["RUS", "FRA"] == 0.0
    if "USA" in square.index:  # unnamed members are unknown: nothing in common with anyone
        assert np.isnan(square.loc["USA", "RUS"])


def test_complete_lists_for_every_position_mean_the_rest_did_not_vote():
    tallies = pd.DataFrame(
        {
            "vote_id": [0],
            "date": [pd.Timestamp("2023-02-23")],
            "yes": pd.array([2], "Int64"),
            "no": pd.array([1], "Int64"),
            "abstain": pd.array([0], "Int64"),
            "absent": pd.array([pd.NA], "Int64"),
        }
    )
    result = _result(
        [(0, "FRA", "yes", True), (0, "GBR", "yes", True), (0, "RUS", "no", True)], tallies
    )
    row = unvotes.bloc_votes(result, P5).iloc[0]
    if unvotes.analysis._try_members("2023-02-23") is None:
        pytest.skip("unvotes.members is not available")
    assert row[["yes", "no", "abstain", "non_voting", "unknown"]].tolist() == [2, 1, 0, 2, 0]
    assert row["cohesion"] == (2 - 0.5) / 3


def test_positions_without_members_table_stay_unknown(monkeypatch):
    monkeypatch.setattr(analysis, "_try_members", lambda on: None)
    result = _result([(0, "RUS", "no", True)])
    row = unvotes.bloc_votes(result, P5).iloc[0]
    assert row[["members", "no", "unknown"]].tolist() == [5, 1, 4]


# --------------------------------------------------------------------------- real records


@pytest.mark.shared_data
def test_es_11_6_p5_from_the_real_record(shared_data):
    frame = pd.read_parquet(shared_data / "ukraine_votes.parquet")
    votes = pd.DataFrame(
        {
            "record_id": frame["resolution"].factorize()[0],
            "iso3": frame["country_iso3"],
            "vote": frame["vote"],
            "date": pd.to_datetime(frame["date"]),
            "resolution": frame["resolution"],
        }
    )
    out = unvotes.bloc_votes(votes, P5)
    row = out.loc[out["resolution"] == "A/RES/ES-11/6"].iloc[0]
    assert row[["members", "yes", "no", "abstain", "non_voting"]].tolist() == [5, 3, 1, 1, 0]
    assert row["majority"] == "yes" and row["defectors"] == ["CHN", "RUS"]
    assert row["cohesion"] == 0.4
    # the per-state matrix agrees with a plain loop on these nine votes
    small = votes.assign(
        vote=votes["vote"].map({"Y": "yes", "N": "no", "A": "abstain", "X": "non_voting"})
    )
    small = small.loc[small["iso3"].isin(["USA", "RUS", "CHN", "IND", "BRA", "ZAF", "UKR", "BLR"])]
    expected = _naive_agreement(small, "agreement")
    square = unvotes.agreement(small)
    for (a, b), val in expected.items():
        assert square.loc[a, b] == val


def test_membership_starts_on_joined_and_ends_before_left():
    votes = pd.DataFrame(
        {
            "record_id": [1, 2],
            "iso3": "GBR",
            "vote": "yes",
            "date": pd.to_datetime(["1973-01-01", "2020-01-31"]),
        }
    )
    group = pd.DataFrame(
        {
            "bloc": "EC",
            "iso3": ["GBR"],
            "joined": pd.to_datetime(["1973-01-01"]),
            "left": pd.to_datetime(["2020-01-31"]),
        }
    )
    assert unvotes.bloc_votes(votes, group)["members"].tolist() == [1, 0]
    assert unvotes.bloc_votes(votes, group, on="2020-01-31")["members"].tolist() == [0, 0]
    assert unvotes.bloc_votes(votes, group, on="2020-01-30")["members"].tolist() == [1, 1]


def test_matmul_fallback_without_popcount_gives_the_same_numbers(monkeypatch):
    rng = np.random.default_rng(3)
    codes = rng.integers(0, 6, size=(9, 70)).astype(np.int8)
    fast = [analysis._pair_sums(codes, m) for m in ("agreement", "coincidence")]
    monkeypatch.delattr(np, "bitwise_count", raising=False)
    slow = [analysis._pair_sums(codes, m) for m in ("agreement", "coincidence")]
    for (s1, n1), (s2, n2) in zip(fast, slow, strict=True):
        assert np.array_equal(s1, s2) and np.array_equal(n1, n2)
    assert fast[0][1][0, 0] == int((codes[0] <= 2).sum())


def test_seed_report_through_parser_and_bloc_registry(seed_text):
    # the seed names 4 abstainers (China, India, Iran, South Africa) and the 7 against (complete)
    result = unvotes.parse_text(seed_text)
    brics = pd.DataFrame({"bloc": "BRICS", "iso3": ["BRA", "RUS", "IND", "CHN", "ZAF"]})
    row = unvotes.bloc_votes(result, brics).iloc[0]
    assert row[["members", "yes", "no", "abstain", "unknown"]].tolist() == [5, 0, 1, 3, 1]
    # 3 abstain against 1 no with Brazil unknown: abstain holds whatever Brazil did
    assert row["majority"] == "abstain" and row["defectors"] == ["RUS"] and pd.isna(row["cohesion"])
    p5 = unvotes.bloc_votes(result, ["P5"]).iloc[0]
    assert p5[["members", "no", "abstain", "unknown"]].tolist() == [5, 1, 1, 3]
    assert pd.isna(p5["majority"])


def test_member_with_two_spells():
    # a state that left and rejoined (as Morocco and the AU): a member in both spells only
    votes = pd.DataFrame(
        {
            "record_id": [1, 2, 3],
            "iso3": "MAR",
            "vote": ["yes", "no", "abstain"],
            "date": pd.to_datetime(["1970-01-01", "1990-01-01", "2020-01-01"]),
        }
    )
    group = pd.DataFrame(
        {
            "bloc": "OAU/AU",
            "iso3": ["MAR", "MAR", "DZA"],
            "joined": pd.to_datetime(["1963-05-25", "2017-01-30", "1963-05-25"]),
            "left": pd.to_datetime(["1984-11-12", None, None]),
        }
    )
    out = unvotes.bloc_votes(votes, group)
    assert out["members"].tolist() == [1, 0, 1]
    assert out["majority"].tolist()[::2] == ["yes", "abstain"]
