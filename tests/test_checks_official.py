"""Reports checked against the official record: real UN Digital Library votes (../shared/data).

The texts below are written for these tests about A/RES/ES-11/1 to ES-11/6 and A/RES/68/262
(tallies and named lists as in ../shared/data/README.md, section 1). The right ones must be
matched to the right record with nothing to report; the wrong ones must be matched and the
mistake named, or said to match no record.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pytest

import unvotes
from unvotes.official import VoteData

pytestmark = pytest.mark.shared_data

RECORD = {
    "A/RES/68/262": 767565,
    "A/RES/ES-11/1": 3959039,
    "A/RES/ES-11/2": 3965954,
    "A/RES/ES-11/3": 3967778,
    "A/RES/ES-11/4": 3990400,
    "A/RES/ES-11/5": 3994052,
    "A/RES/ES-11/6": 4003921,
}


def _from_pandas(path) -> VoteData:
    """The sample as a VoteData built with plain pandas, independent of read_undl."""
    rows = pd.read_csv(path, dtype={"session": "Int16"})
    first = rows.drop_duplicates("undl_id")
    records = pd.DataFrame(
        {
            "record_id": first["undl_id"].astype("int64"),
            "body": pd.array(["GA"] * len(first), dtype="string"),
            "resolution": first["resolution"].astype("string"),
            "date": pd.to_datetime(first["date"]),
            "yes": first["total_yes"].astype("Int64"),
            "no": first["total_no"].astype("Int64"),
            "abstain": first["total_abstentions"].astype("Int64"),
            "non_voting": first["total_non_voting"].astype("Int64"),
            "members": first["total_ms"].astype("Int64"),
        }
    ).reset_index(drop=True)
    codes = {"Y": "yes", "N": "no", "A": "abstain", "X": "non_voting"}
    votes = pd.DataFrame(
        {
            "record_id": rows["undl_id"].astype("int64"),
            "iso3": rows["ms_code"].astype("category"),
            "name": rows["ms_name"].astype("category"),
            "vote": pd.Categorical(rows["ms_vote"].map(codes), categories=list(codes.values())),
        }
    )
    return VoteData(records=records, votes=votes, problems=pd.DataFrame())


@pytest.fixture(scope="module", params=["read_undl", "pandas"])
def official(request, shared_data) -> VoteData:
    path = shared_data / "undl_ga_voting_sample.csv"
    if request.param == "read_undl":
        return unvotes.read_undl(path)
    return _from_pandas(path)


@dataclass
class Text:
    id: str
    text: str
    resolution: str | None  # the record it must be matched to; None: no record matches
    matched_by: str = "resolution symbol"
    problems: tuple[tuple[str, str, str], ...] = ()  # (rule, expected, observed), exactly these


RIGHT = [
    Text("es11-1-with-against-list",
         "On 2 March 2022 the UN General Assembly adopted resolution ES-11/1, demanding that "
         "Russia withdraw its forces from Ukraine, by 141 votes to 5, with 35 abstentions. The "
         "five countries that voted against were Russia, Belarus, North Korea, Eritrea and Syria.",
         "A/RES/ES-11/1"),
    Text("es11-2-full-symbol",
         "The General Assembly on 24 March 2022 adopted resolution A/RES/ES-11/2 on the "
         "humanitarian consequences of the aggression against Ukraine by a vote of 140 in favour "
         "to 5 against, with 38 abstentions.",
         "A/RES/ES-11/2"),
    Text("es11-3-partial-against",
         "On 7 April 2022 the General Assembly voted 93 to 24, with 58 abstentions, to suspend "
         "Russia from the Human Rights Council (resolution ES-11/3). China and Iran were among "
         "the 24 countries that voted against.",
         "A/RES/ES-11/3"),
    Text("es11-4-against-list",
         "On 12 October 2022 the General Assembly adopted resolution ES-11/4, condemning "
         "Russia's attempted annexation of four Ukrainian regions, by 143 votes to 5, with 35 "
         "abstentions. Russia, Belarus, North Korea, Nicaragua and Syria voted against.",
         "A/RES/ES-11/4"),
    Text("es11-5",
         "Resolution ES-11/5 on reparations for Ukraine was adopted by the General Assembly on "
         "14 November 2022 by 94 votes to 14, with 73 abstentions.",
         "A/RES/ES-11/5"),
    Text("es11-6-no-symbol",
         "On 23 February 2023 the UN General Assembly adopted a resolution calling for a just and "
         "lasting peace in Ukraine by 141 votes to 7, with 32 abstentions.",
         "A/RES/ES-11/6", matched_by="date and tally"),
    Text("68-262",
         "On 27 March 2014 the General Assembly adopted resolution 68/262 on the territorial "
         "integrity of Ukraine by 100 votes to 11, with 58 abstentions.",
         "A/RES/68/262"),
    Text("68-262-absent-stated",
         "On 27 March 2014 the General Assembly adopted resolution 68/262 by 100 votes to 11, "
         "with 58 abstentions; 24 countries did not vote.",
         "A/RES/68/262"),
]

WRONG = [
    Text("es11-1-against-and-abstentions-swapped",
         "On 2 March 2022 the UN General Assembly adopted resolution ES-11/1 by 141 votes to 35, "
         "with 5 abstentions.",
         "A/RES/ES-11/1",
         problems=(("record.tally_differs", "5", "35"), ("record.tally_differs", "35", "5"))),
    Text("es11-6-cuba-named-against",
         "On 23 February 2023 the General Assembly adopted resolution ES-11/6 by 141 votes to 7, "
         "with 32 abstentions. The seven countries that voted against were Russia, Belarus, North "
         "Korea, Eritrea, Mali, Cuba and Syria.",
         "A/RES/ES-11/6",
         problems=(("record.position_differs", "abstain", "no"),)),
    Text("68-262-one-abstention-too-many",
         "On 27 March 2014 the General Assembly adopted resolution 68/262 by 100 votes to 11, "
         "with 59 abstentions.",
         "A/RES/68/262",
         problems=(("record.tally_differs", "58", "59"),)),
    Text("es11-3-no-symbol-wrong-abstentions",
         "On 7 April 2022 the General Assembly voted 93 to 24, with 48 abstentions, to suspend "
         "Russia from the Human Rights Council.",
         "A/RES/ES-11/3", matched_by="date and tally",
         problems=(("record.tally_differs", "58", "48"),)),
    Text("es11-1-ten-absent",
         "On 2 March 2022 the General Assembly adopted resolution ES-11/1 by 141 votes to 5, with "
         "35 abstentions; 10 countries did not vote.",
         "A/RES/ES-11/1",
         problems=(("record.tally_differs", "12", "10"), ("totals.absent_mismatch", "12", "10"))),
    Text("es11-4-india-in-favour",
         "On 12 October 2022 the General Assembly adopted resolution ES-11/4 by 143 votes to 5, "
         "with 35 abstentions. India voted in favour, while China abstained.",
         "A/RES/ES-11/4",
         problems=(("record.position_differs", "abstain", "yes"),)),
    Text("es11-2-dated-a-month-late",
         "On 24 April 2022 the General Assembly adopted resolution ES-11/2 by 140 votes to 5, "
         "with 38 abstentions.",
         "A/RES/ES-11/2",
         problems=(("record.date_differs", "2022-03-24", "2022-04-24"),)),
    Text("no-such-vote",
         "On 5 June 2022 the General Assembly adopted a resolution by 120 votes to 10, with 20 "
         "abstentions.",
         None,
         problems=(("record.no_match", "a matching record", "120-10-20"),)),
    Text("unknown-symbol",
         "On 5 June 2022 the General Assembly adopted resolution ES-11/99 by 120 votes to 10, "
         "with 20 abstentions.",
         None,
         problems=(("record.no_match", "a matching record", "A/RES/ES-11/99"),)),
]


def _problems(found: pd.DataFrame) -> list[tuple[str, str, str]]:
    bad = found[found["severity"] != "info"]
    return sorted(zip(bad["rule"], bad["expected"], bad["observed"], strict=True))


@pytest.mark.parametrize("case", RIGHT + WRONG, ids=[t.id for t in RIGHT + WRONG])
def test_text_is_matched_and_checked(case: Text, official: VoteData) -> None:
    result = unvotes.parse_text(case.text, source=case.id)
    assert len(result.tallies) == 1, f"the parser found {len(result.tallies)} tallies in {case.text!r}"
    found = unvotes.check(result, official=official)
    matched = found[found["rule"] == "record.matched"]
    if case.resolution is None:
        assert matched.empty
        assert found["record_id"].isna().all()
    else:
        assert len(matched) == 1, list(found["message"])
        assert matched.iloc[0]["resolution"] == case.resolution
        assert matched.iloc[0]["record_id"] == str(RECORD[case.resolution])
        assert f"by its {case.matched_by}" in matched.iloc[0]["message"]
        assert (found["record_id"] == str(RECORD[case.resolution])).all()
    assert _problems(found) == sorted(case.problems)


def test_the_position_difference_names_the_country(official: VoteData) -> None:
    (case,) = [t for t in WRONG if t.id == "es11-6-cuba-named-against"]
    found = unvotes.check(unvotes.parse_text(case.text), official=official)
    (message,) = found.loc[found["rule"] == "record.position_differs", "message"]
    assert message == (
        "The report says Cuba voted against; the official record of A/RES/ES-11/6 lists it as abstaining."
    )


def test_the_seed_matches_es_11_6_and_agrees_with_it(seed_text: str, official: VoteData) -> None:
    found = unvotes.check(unvotes.parse_text(seed_text), official=official)
    assert set(found["severity"]) == {"info"}
    assert set(found["record_id"]) == {str(RECORD["A/RES/ES-11/6"])}
    assert set(found["resolution"]) == {"A/RES/ES-11/6"}


def test_check_many_groups_reports_by_record_and_flags_the_odd_one(official: VoteData) -> None:
    texts = {t.id: t.text for t in RIGHT + WRONG}
    results = [
        unvotes.parse_text(texts[name], source=name)
        for name in ("es11-1-with-against-list", "es11-1-against-and-abstentions-swapped", "es11-1-ten-absent")
    ]
    found = unvotes.check_many(results, official=official)
    disagree = found[found["rule"] == "sources.disagree"]
    assert set(disagree["source"]) == {"es11-1-against-and-abstentions-swapped"}
    assert sorted(zip(disagree["expected"], disagree["observed"], strict=True)) == [("35", "5"), ("5", "35")]
    assert set(disagree["record_id"]) == {str(RECORD["A/RES/ES-11/1"])}


def test_official_can_be_a_path(shared_data) -> None:
    result = unvotes.parse_text(RIGHT[-2].text)
    found = unvotes.check(result, official=shared_data / "undl_ga_voting_sample.csv")
    assert "record.matched" in set(found["rule"])


@pytest.mark.slow
def test_full_history_tells_apart_two_votes_of_one_day(shared_data) -> None:
    """ES-11/7 and ES-11/8 were adopted on the same day; only the tally tells them apart."""
    official = unvotes.read_undl(shared_data / "undl_ga_voting.csv.gz")
    texts = {
        "A/RES/ES-11/7": "On 24 February 2025 the General Assembly adopted a resolution on Ukraine by "
        "93 votes to 18, with 65 abstentions.",
        "A/RES/ES-11/8": "On 24 February 2025 the General Assembly adopted a resolution on Ukraine by "
        "93 votes to 8, with 73 abstentions.",
        "A/RES/ES-11/6": "On 23 February 2023 the UN General Assembly adopted a resolution by 141 votes "
        "to 7, with 32 abstentions.",
    }
    for symbol, text in texts.items():
        found = unvotes.check(unvotes.parse_text(text), official=official)
        matched = found[found["rule"] == "record.matched"]
        assert list(matched["resolution"]) == [symbol]
        assert set(found["severity"]) == {"info"}


def test_every_record_rule_fires_on_a_wrong_text_and_not_on_a_right_one() -> None:
    from unvotes.checks import RULES

    record_rules = {r.id for r in RULES.values() if r.scope == "official" and r.severity != "info"}
    fired = {rule for case in WRONG for rule, _, _ in case.problems}
    assert record_rules <= fired
    assert all(not case.problems for case in RIGHT)


def test_an_undated_report_takes_the_date_of_its_record(official: VoteData) -> None:
    text = "Resolution ES-11/5 on reparations was adopted by 94 votes to 14, with 73 abstentions."
    result = unvotes.parse_text(text)
    assert result.tallies["date"].isna().all()
    without = unvotes.check(result)
    assert "no date" in without.loc[without["rule"] == "totals.absent_inferred", "message"].item()
    found = unvotes.check(result, official=official)
    message = found.loc[found["rule"] == "totals.absent_inferred", "message"].item()
    assert "14 November 2022" in message and "no date" not in message


def test_the_official_frames_are_not_modified(official: VoteData) -> None:
    records, votes = official.records.copy(deep=True), official.votes.copy(deep=True)
    for case in WRONG:
        unvotes.check(unvotes.parse_text(case.text), official=official)
    pd.testing.assert_frame_equal(official.records, records)
    pd.testing.assert_frame_equal(official.votes, votes)


def test_official_without_votes_columns_is_refused() -> None:
    broken = VoteData(records=pd.DataFrame({"record_id": [1]}), votes=pd.DataFrame(), problems=pd.DataFrame())
    with pytest.raises(unvotes.MissingColumnsError):
        unvotes.check(unvotes.parse_text(RIGHT[0].text), official=broken)
