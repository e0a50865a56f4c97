"""Consistency rules: each fires on a deliberately wrong report and stays silent on a right one.

The reports are hand-built parser output (``cases/checks_frames.py``), so these tests do not
depend on the parser; ``test_parsed_sentences`` at the end goes through ``parse_text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pytest
from cases.checks_frames import SEED_ABSTAIN, SEED_NO, SEED_VOTE, listed, report

import unvotes
from unvotes import checks
from unvotes._findings import FINDING_COLUMNS


def vote(**changes: Any) -> dict[str, Any]:
    """The seed's vote (ES-11/6 as reported) with some fields changed."""
    return {**SEED_VOTE, **changes}


def sc(**changes: Any) -> dict[str, Any]:
    """A Security Council vote of 2022, adopted 13-0-2, with some fields changed."""
    return {"body": "SC", "date": "2022-03-01", "yes": 13, "no": 0, "abstain": 2, "adopted": True, **changes}


EIGHT_AGAINST = [*SEED_NO, ("CUB", "Cuba")]
TWELVE_ABSENT = [
    ("AZE", "Azerbaijan"),
    ("BFA", "Burkina Faso"),
    ("CMR", "Cameroon"),
    ("DMA", "Dominica"),
    ("GNB", "Guinea-Bissau"),
    ("GNQ", "Equatorial Guinea"),
    ("GRD", "Grenada"),
    ("LBN", "Lebanon"),
    ("SEN", "Senegal"),
    ("SWZ", "Eswatini"),
    ("TKM", "Turkmenistan"),
    ("TZA", "Tanzania"),
]
THIRTEEN_ABSENT = [*TWELVE_ABSENT, ("VEN", "Venezuela")]


@dataclass
class Case:
    id: str
    rule: str
    expect: str  # "error", "warning", "info" (the rule passed and said so) or "silent"
    votes: list[dict[str, Any]]
    named: list[tuple[int, str | None, str, str, bool]] = field(default_factory=list)
    expected: str | None = None
    observed: str | None = None
    says: tuple[str, ...] = ()  # words the message must contain


CASES: list[Case] = [
    # --- totals
    Case("200-voters", "totals.over_membership", "error", [vote(yes=150, no=30, abstain=20)],
         expected="at most 193", observed="200", says=("200", "193")),
    Case("stated-absent-pushes-over", "totals.over_membership", "error", [vote(absent=20)],
         observed="200"),
    Case("seed-fits", "totals.over_membership", "silent", [vote()]),
    Case("sc-16-votes", "totals.over_membership", "error", [sc(yes=14)], expected="at most 15",
         says=("Security Council",)),
    Case("sc-1960-has-11-seats", "totals.over_membership", "error",
         [sc(date="1960-05-01", yes=9, no=1, abstain=2)], expected="at most 11"),
    Case("sc-1970-has-15-seats", "totals.over_membership", "silent",
         [sc(date="1970-05-01", yes=9, no=1, abstain=2)]),
    Case("1990-had-159-members", "totals.over_membership", "error",
         [vote(date="1990-06-01", yes=150, no=5, abstain=10)], expected="at most 159"),
    Case("absent-miscounted", "totals.absent_mismatch", "warning", [vote(absent=10)],
         expected="13", observed="10", says=("10", "13")),
    Case("absent-right", "totals.absent_mismatch", "info", [vote(absent=13)], expected="13"),
    Case("absent-not-stated", "totals.absent_mismatch", "silent", [vote()]),
    Case("absent-inferred", "totals.absent_inferred", "info", [vote()], observed="13",
         says=("180", "193", "13")),
    Case("absent-inferred-undated", "totals.absent_inferred", "info", [vote(date=None)],
         observed="13", says=("no date",)),
    Case("absent-stated-not-inferred", "totals.absent_inferred", "silent", [vote(absent=13)]),
    Case("abstentions-unknown", "totals.absent_inferred", "silent", [vote(abstain=None)]),
    # --- named lists
    Case("eight-names-for-seven", "list.complete_count", "error",
         [vote()], listed(0, "no", EIGHT_AGAINST, True), expected="7", observed="8",
         says=("lists 8 countries as voting against", "7")),
    Case("six-names-for-seven", "list.complete_count", "error",
         [vote()], listed(0, "no", SEED_NO[:6], True), expected="7", observed="6"),
    Case("seven-names-for-seven", "list.complete_count", "info",
         [vote()], listed(0, "no", SEED_NO, True), expected="7", observed="7"),
    Case("repeated-name-counts-once", "list.complete_count", "info",
         [vote()], listed(0, "no", [*SEED_NO, SEED_NO[0]], True), observed="7"),
    Case("twelve-absent-for-inferred-13", "list.complete_count", "error",
         [vote()], listed(0, "absent", TWELVE_ABSENT, True), expected="13", observed="12",
         says=("inferred",)),
    Case("thirteen-absent-for-inferred-13", "list.complete_count", "info",
         [vote()], listed(0, "absent", THIRTEEN_ABSENT, True)),
    Case("partial-list-is-not-complete", "list.complete_count", "silent",
         [vote()], listed(0, "abstain", SEED_ABSTAIN, False)),
    Case("five-among-four", "list.partial_count", "error",
         [vote(abstain=4, yes=169)], listed(0, "abstain", [*SEED_ABSTAIN, ("BRA", "Brazil")], False),
         expected="at most 4", observed="5"),
    Case("four-among-32", "list.partial_count", "info",
         [vote()], listed(0, "abstain", SEED_ABSTAIN, False), expected="at most 32", observed="4"),
    Case("complete-list-not-partial", "list.partial_count", "silent",
         [vote()], listed(0, "no", SEED_NO, True)),
    Case("cuba-in-two-lists", "list.two_positions", "error",
         [vote()], listed(0, "no", [*SEED_NO[:6], ("CUB", "Cuba")], True)
         + listed(0, "abstain", [*SEED_ABSTAIN, ("CUB", "Cuba")], False),
         observed="no, abstain", says=("Cuba is named both as voting against and as abstaining",)),
    Case("no-one-in-two-lists", "list.two_positions", "info",
         [vote()], listed(0, "no", SEED_NO, True) + listed(0, "abstain", SEED_ABSTAIN, False)),
    Case("one-list-nothing-to-compare", "list.two_positions", "silent",
         [vote()], listed(0, "no", SEED_NO, True)),
    Case("palestine-voting", "list.not_member", "error",
         [vote()], listed(0, "yes", [("PSE", "Palestine")], False), observed="observer",
         says=("Palestine", "observer")),
    Case("holy-see-abstaining", "list.not_member", "error",
         [vote()], listed(0, "abstain", [("VAT", "the Holy See")], False), observed="observer"),
    Case("south-sudan-before-2011", "list.not_member", "error",
         [vote(date="2005-12-01", yes=150, no=5, abstain=10)], listed(0, "yes", [("SSD", "South Sudan")], False),
         observed="not yet a member", says=("South Sudan", "14 July 2011")),
    Case("soviet-union-after-1991", "list.not_member", "error",
         [vote(date="1995-06-01", yes=150, no=5, abstain=10)], listed(0, "no", [("SUN", "the Soviet Union")], False),
         observed="former member", says=("24 December 1991",)),
    Case("soviet-union-in-1980", "list.not_member", "silent",
         [vote(date="1980-06-01", yes=110, no=5, abstain=10)], listed(0, "no", [("SUN", "the Soviet Union")], False)),
    Case("seed-names-all-members", "list.not_member", "silent",
         [vote()], listed(0, "no", SEED_NO, True) + listed(0, "abstain", SEED_ABSTAIN, False)),
    Case("unknown-name", "list.unresolved", "warning",
         [vote()], listed(0, "no", [*SEED_NO[:6], (None, "Narnia")], True), observed="Narnia",
         says=('"Narnia"',)),
    Case("all-names-known", "list.unresolved", "silent", [vote()], listed(0, "no", SEED_NO, True)),
    # --- outcome
    Case("swapped-counts-adopted", "outcome.adopted_without_majority", "error",
         [vote(yes=7, no=141)], expected="more than 141", observed="7"),
    Case("tie-adopted", "outcome.adopted_without_majority", "error", [vote(yes=60, no=60)]),
    Case("swapped-counts-rejected", "outcome.adopted_without_majority", "silent",
         [vote(yes=7, no=141, adopted=False)]),
    Case("adoption-unknown", "outcome.adopted_without_majority", "silent",
         [vote(yes=7, no=141, adopted=None)]),
    Case("sc-eight-in-favour", "outcome.sc_threshold", "error", [sc(yes=8, abstain=7)],
         expected="at least 9", observed="8"),
    Case("sc-nine-in-favour", "outcome.sc_threshold", "info", [sc(yes=9, abstain=6)],
         expected="at least 9"),
    Case("sc-1960-seven-of-eleven", "outcome.sc_threshold", "info",
         [sc(date="1960-05-01", yes=7, no=0, abstain=4)], expected="at least 7"),
    Case("ga-not-sc", "outcome.sc_threshold", "silent", [vote()]),
    Case("sc-adopted-over-russian-veto", "outcome.sc_veto", "error",
         [sc(yes=11, no=1, abstain=3)], [(0, "RUS", "Russia", "no", True)], says=("Russia", "veto")),
    Case("sc-adopted-over-us-veto-1980", "outcome.sc_veto", "error",
         [sc(date="1980-01-07", yes=13, no=1, abstain=1)], [(0, "USA", "the United States", "no", True)]),
    Case("sc-rejected-by-veto", "outcome.sc_veto", "silent",
         [sc(yes=11, no=1, abstain=3, adopted=False)], [(0, "RUS", "Russia", "no", True)]),
    Case("sc-elected-member-against", "outcome.sc_veto", "silent",
         [sc(yes=14, no=1, abstain=0)], [(0, "MEX", "Mexico", "no", True)]),
    Case("ga-russia-against", "outcome.sc_veto", "silent", [vote()], [(0, "RUS", "Russia", "no", False)]),
    Case("seed-two-thirds-met", "outcome.two_thirds", "info", [vote()], expected="at least 99",
         observed="141", says=("is met",)),
    Case("important-question-without-two-thirds", "outcome.two_thirds", "warning",
         [vote(yes=60, no=40, abstain=20, sentence="As an important question, it needed a two-thirds majority.")],
         expected="at least 67", observed="60"),
    Case("simple-majority-not-two-thirds", "outcome.two_thirds", "info",
         [vote(yes=60, no=40, abstain=20)], says=("not met", "important questions")),
    Case("sc-has-no-two-thirds", "outcome.two_thirds", "silent", [sc()]),
    # --- one text, one vote, two tallies
    Case("same-symbol-two-tallies", "vote.conflicting_tallies", "error",
         [vote(resolution="A/RES/ES-11/6"), vote(resolution="A/RES/ES-11/6", yes=140)],
         says=("two different tallies",)),
    Case("same-day-two-of-three-equal", "vote.conflicting_tallies", "error",
         [vote(), vote(abstain=35)], expected="141-7-32-?", observed="141-7-35-?"),
    Case("same-numbers-twice", "vote.conflicting_tallies", "silent", [vote(), vote()]),
    Case("two-votes-same-day", "vote.conflicting_tallies", "silent",
         [vote(date="2025-02-24", yes=93, no=18, abstain=65), vote(date="2025-02-24", yes=93, no=8, abstain=73)]),
    Case("different-symbols", "vote.conflicting_tallies", "silent",
         [vote(resolution="A/RES/ES-11/7"), vote(resolution="A/RES/ES-11/8", abstain=35)]),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.rule}:{c.id}" for c in CASES])
def test_rule(case: Case) -> None:
    found = unvotes.check(report(case.votes, case.named))
    mine = found[found["rule"] == case.rule]
    if case.expect == "silent":
        assert mine.empty, list(mine["message"])
        return
    assert not mine.empty, f"{case.rule} said nothing; all findings: {list(found['rule'])}"
    if case.expect == "info":
        assert set(mine["severity"]) == {"info"}, list(mine["message"])
    else:
        assert case.expect in set(mine["severity"]), list(mine["message"])
        mine = mine[mine["severity"] == case.expect]
    row = mine.iloc[0]
    if case.expected is not None:
        assert row["expected"] == case.expected
    if case.observed is not None:
        assert row["observed"] == case.observed
    for words in case.says:
        assert words in row["message"], row["message"]


def test_every_rule_fires_and_stays_silent_in_the_table() -> None:
    per_text = {r.id for r in checks.RULES.values() if r.scope in ("vote", "text")}
    fired = {c.rule for c in CASES if c.expect in ("error", "warning")}
    silent = {c.rule for c in CASES if c.expect == "silent"}
    assert per_text - {"totals.absent_inferred"} <= fired  # absent_inferred is info only
    assert per_text <= silent


def test_rule_table_lists_every_rule_with_a_description() -> None:
    table = checks.rule_table()
    expected = {
        "totals.over_membership", "totals.absent_mismatch", "totals.absent_inferred",
        "list.complete_count", "list.partial_count", "list.two_positions", "list.not_member",
        "list.unresolved", "outcome.adopted_without_majority", "outcome.sc_threshold",
        "outcome.sc_veto", "outcome.two_thirds", "vote.conflicting_tallies", "record.no_match",
        "record.tally_differs", "record.position_differs", "record.matched", "sources.disagree",
    }  # fmt: skip
    assert expected <= set(table["id"])
    assert table["id"].is_unique
    assert set(table["severity"]) <= {"error", "warning", "info"}
    assert (table["summary"].str.len() > 20).all()
    assert list(table["id"]) == list(checks.RULES)


def test_findings_have_the_shared_columns_and_dtypes() -> None:
    found = unvotes.check(report([vote(yes=150, no=30, abstain=20)]))
    assert list(found.columns) == FINDING_COLUMNS
    assert str(found["vote_id"].dtype) == "Int64" and str(found["start"].dtype) == "Int64"
    assert found["record_id"].isna().all()  # no official data given


def test_an_empty_report_has_no_findings() -> None:
    found = unvotes.check(report([]))
    assert found.empty and list(found.columns) == FINDING_COLUMNS


def test_inputs_are_not_modified() -> None:
    tallies, named = report([vote(), vote(abstain=35)], listed(0, "no", EIGHT_AGAINST, True))
    before = (tallies.copy(deep=True), named.copy(deep=True))
    unvotes.check((tallies, named))
    unvotes.check_many([(tallies, named), (tallies, named)])
    pd.testing.assert_frame_equal(tallies, before[0])
    pd.testing.assert_frame_equal(named, before[1])


def test_seed_like_report_has_one_info_line_per_rule() -> None:
    found = unvotes.check(
        report([vote()], listed(0, "no", SEED_NO, True) + listed(0, "abstain", SEED_ABSTAIN, False))
    )
    assert set(found["severity"]) == {"info"}
    assert found["rule"].is_unique
    assert set(found["rule"]) == {
        "totals.absent_inferred",
        "list.complete_count",
        "list.partial_count",
        "list.two_positions",
        "outcome.two_thirds",
    }


def test_evidence_spans_point_at_the_tally_or_the_names() -> None:
    tallies, named = report([vote()], listed(0, "no", EIGHT_AGAINST, True))
    found = unvotes.check((tallies, named)).set_index("rule")
    assert found.loc["totals.absent_inferred", "start"] == tallies.loc[0, "start"]
    assert found.loc["list.complete_count", "start"] == named["start"].min()
    assert found.loc["list.complete_count", "end"] == named["end"].max()


def test_a_batch_keeps_its_sources_apart() -> None:
    tallies_a, named_a = report([vote()], listed(0, "no", EIGHT_AGAINST, True), source="a.txt")
    tallies_b, named_b = report([vote(abstain=35)], source="b.txt")
    batch = (pd.concat([tallies_a, tallies_b], ignore_index=True), pd.concat([named_a, named_b], ignore_index=True))
    found = unvotes.check(batch)
    assert set(found["source"]) == {"a.txt", "b.txt"}
    errors = found[found["severity"] == "error"]
    assert list(errors["source"]) == ["a.txt"]  # the 8 names belong to a.txt's vote only
    # the two texts are not one text reporting one vote twice
    assert "vote.conflicting_tallies" not in set(found["rule"])


def test_parse_result_source_fills_the_source_column() -> None:
    tallies, named = report([vote(yes=150, no=30, abstain=20)])
    result = unvotes.ParseResult(tallies=tallies, positions=named, source="wire.txt", text=None)
    assert set(unvotes.check(result)["source"]) == {"wire.txt"}


@pytest.mark.parametrize(
    "bad, error",
    [
        ("some text", TypeError),
        ((pd.DataFrame({"vote_id": [0]}), pd.DataFrame()), unvotes.MissingColumnsError),
    ],
    ids=["a-string", "missing-columns"],
)
def test_bad_input_says_what_is_wrong(bad: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        unvotes.check(bad)


# --------------------------------------------------------------------------- across texts


def test_check_many_flags_the_report_that_disagrees() -> None:
    reports = [
        report([vote()], listed(0, "no", SEED_NO, True), source="a"),
        report([vote()], listed(0, "no", SEED_NO, True), source="b"),
        report([vote(abstain=35)], listed(0, "abstain", [("NIC", "Nicaragua")], False), source="c"),
    ]
    found = unvotes.check_many(reports)
    disagree = found[found["rule"] == "sources.disagree"]
    assert set(disagree["source"]) == {"c"}
    counts = disagree[disagree["observed"] == "35"]
    assert len(counts) == 1 and counts.iloc[0]["expected"] == "32"
    assert "a, b" in counts.iloc[0]["message"]
    nicaragua = disagree[disagree["message"].str.contains("Nicaragua")]
    assert len(nicaragua) == 1 and nicaragua.iloc[0]["expected"] == "no"
    assert set(disagree["severity"]) == {"warning"}


def test_check_many_without_a_majority_flags_both() -> None:
    found = unvotes.check_many([report([vote()], source="a"), report([vote(yes=140)], source="b")])
    disagree = found[found["rule"] == "sources.disagree"]
    assert sorted(disagree["source"]) == ["a", "b"]


def test_check_many_stays_silent_when_reports_agree_or_differ_in_vote() -> None:
    found = unvotes.check_many(
        [
            report([vote()], listed(0, "no", SEED_NO, True), source="a"),
            report([vote()], source="b"),
            # another vote the same day: only one number in common
            report([vote(yes=93, no=8, abstain=73)], source="c"),
            # another vote with two numbers in common but months apart (ES-11/1 vs ES-11/4)
            report([vote(date="2022-03-02", yes=141, no=5, abstain=35)], source="d"),
            report([vote(date="2022-10-12", yes=143, no=5, abstain=35)], source="e"),
        ]
    )
    assert "sources.disagree" not in set(found["rule"])


def test_check_many_groups_by_symbol_and_accepts_a_batch() -> None:
    tallies_a, named_a = report([vote(resolution="A/RES/ES-11/6", date="2023-02-24")], source="a")
    tallies_b, named_b = report([vote(resolution="A/RES/ES-11/6", date=None, no=6)], source="b")
    batch = unvotes.ParseResult(
        tallies=pd.concat([tallies_a, tallies_b], ignore_index=True),
        positions=pd.concat([named_a, named_b], ignore_index=True),
    )
    disagree = unvotes.check_many(batch).query("rule == 'sources.disagree'")
    assert sorted(disagree["source"]) == ["a", "b"]
    assert set(disagree["resolution"]) == {"A/RES/ES-11/6"}


# --------------------------------------------------------------------------- through the parser

SENTENCES = [
    ("seed-like", "On 23 February 2023 the General Assembly adopted the resolution by 141 votes to 7, "
     "with 32 abstentions. The seven countries that voted against were Russia, Belarus, North Korea, "
     "Eritrea, Mali, Nicaragua and Syria.", None),
    ("swapped-counts", "The General Assembly adopted the resolution on 3 May 2023 by 7 votes to 141, "
     "with 32 abstentions.", "outcome.adopted_without_majority"),
    ("eight-names-for-seven", "On 23 February 2023 the General Assembly adopted the resolution by 141 "
     "votes to 7, with 32 abstentions. The seven countries that voted against were Russia, Belarus, "
     "North Korea, Eritrea, Mali, Nicaragua, Cuba and Syria.", "list.complete_count"),
    ("six-names-for-seven", "On 23 February 2023 the General Assembly adopted the resolution by 141 "
     "votes to 7, with 32 abstentions. The seven countries that voted against were Russia, Belarus, "
     "North Korea, Eritrea, Mali and Syria.", "list.complete_count"),
    ("cuba-in-two-lists", "On 23 February 2023 the General Assembly adopted the resolution by 141 votes "
     "to 7, with 32 abstentions. Cuba voted against. China, India and Cuba were among the 32 "
     "countries that abstained.", "list.two_positions"),
    ("observer-voting", "On 1 June 2023 the General Assembly adopted the resolution by 150 votes to 5, "
     "with 10 abstentions. Palestine voted in favour.", "list.not_member"),
    ("not-yet-a-member", "On 1 December 2005 the General Assembly adopted the resolution by 150 votes to "
     "5, with 10 abstentions. South Sudan voted in favour.", "list.not_member"),
    ("sc-adopted-over-veto", "The Security Council on 26 February 2022 adopted the draft resolution by 11 "
     "votes to 1, with 3 abstentions. Russia voted against.", "outcome.sc_veto"),
    ("sc-eight-votes", "The Security Council adopted resolution 2999 on 5 May 2023 by 8 votes to none, "
     "with 7 abstentions.", "outcome.sc_threshold"),
    ("important-question", "The General Assembly decided the question was an important question "
     "requiring a two-thirds majority. On 1 March 2010 it adopted the resolution by 60 votes to 40, "
     "with 20 abstentions.", "outcome.two_thirds"),
    ("two-tallies", "On 23 February 2023 the General Assembly adopted the resolution by 141 votes to 7, "
     "with 32 abstentions. In total, 141 countries voted in favour, 7 against and 35 abstained.",
     "vote.conflicting_tallies"),
    ("absent-miscounted", "On 23 February 2023 the General Assembly adopted the resolution by 141 votes "
     "to 7, with 32 abstentions; 10 countries did not vote.", "totals.absent_mismatch"),
    ("200-voters", "The General Assembly adopted resolution 77/999 on 5 March 2024 by a recorded vote "
     "of 150 in favour to 30 against, with 20 abstentions.", "totals.over_membership"),
    ("unknown-name", "On 23 February 2023 the General Assembly adopted the resolution by 141 votes to "
     "6, with 32 abstentions. The six countries that voted against were Russia, Belarus, North "
     "Korea, Eritrea, Narnia and Syria.", "list.unresolved"),
]


@pytest.mark.parametrize("name, text, rule", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_parsed_sentence(name: str, text: str, rule: str | None) -> None:
    result = unvotes.parse_text(text, source=name)
    assert len(result.tallies), f"the parser found no tally in {text!r}"
    found = unvotes.check(result)
    problems = found[found["severity"] != "info"]
    if rule is None:
        assert problems.empty, list(problems["message"])
    else:
        assert set(problems["rule"]) == {rule}, list(problems["message"])
        assert (problems["source"] == name).all()


def test_text_columns_hold_plain_numbers_and_real_missing_values() -> None:
    frames = [unvotes.check(report(c.votes, c.named)) for c in CASES]
    found = pd.concat(frames, ignore_index=True)
    for column in ("expected", "observed", "record_id"):
        values = found[column].dropna()
        assert not values.isin(["nan", "None", "<NA>"]).any(), column
        assert not values.str.fullmatch(r"\d+\.0").any(), column
    assert found.loc[found["rule"] == "totals.absent_inferred", "expected"].isna().all()


def test_minimal_frames_are_enough() -> None:
    tallies = pd.DataFrame({"vote_id": [0], "yes": [7], "no": [141], "abstain": [32]})
    named = pd.DataFrame({"vote_id": [0], "iso3": [None], "name": ["Narnia"], "position": ["no"]})
    found = unvotes.check((tallies, named))
    assert {"totals.absent_inferred", "list.unresolved"} <= set(found["rule"])
    assert "no date" in found.loc[found["rule"] == "totals.absent_inferred", "message"].item()
    assert found["start"].isna().all()  # no spans given, none invented


def test_check_many_flags_a_name_missing_from_another_reports_full_list() -> None:
    found = unvotes.check_many(
        [
            report([vote()], listed(0, "no", SEED_NO, True), source="full"),
            report([vote()], listed(0, "no", [("CUB", "Cuba")], False), source="partial"),
        ]
    )
    disagree = found[found["rule"] == "sources.disagree"]
    assert list(disagree["source"]) == ["partial"]
    row = disagree.iloc[0]
    assert (row["expected"], row["observed"]) == ("not no", "no")
    assert "Cuba" in row["message"] and "(full)" in row["message"]
