"""Vote metadata cases: body, resolution symbol, date, adopted, grouped by source style.

Rows are ``(id, text, published, expected)``; ``expected`` is one dict per tally, in
text order, holding only the fields the row checks (``date`` as ISO string or None).
A fifth element, when present, is the reason for a known failure (strict xfail).
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    "body": [
        ("ga_named", "The General Assembly adopted the text 141-7-32.", None,
         [{"body": "GA"}]),
        ("ga_unga", "UNGA members voted 141-7-32 to condemn the annexation.", None,
         [{"body": "GA"}]),
        ("ga_assembly_previous_sentence", "The Assembly met on Thursday. It voted 141-7-32.",
         None, [{"body": "GA"}]),
        ("ga_after_tally", "By 141 votes to 7, the General Assembly demanded a withdrawal.", None,
         [{"body": "GA"}]),
        ("sc_named", "The Security Council adopted the resolution 13-0-2.", None,
         [{"body": "SC"}]),
        ("sc_15_member", "The 15-member council voted 12 in favour, with 3 abstentions.", None,
         [{"body": "SC"}]),
        ("sc_veto", "Russia vetoed the text, which had 11 votes in favour, 1 against and 3 "
         "abstentions.", None, [{"body": "SC"}]),
        ("sc_council_later", "The Security Council met again. The Council voted 13-1-1.", None,
         [{"body": "SC"}]),
        ("sc_small_counts_doc", "The Security Council debated Ukraine for hours. In the end 13 "
         "voted in favour, 1 against and 1 abstained.", None, [{"body": "SC"}]),
        ("committee_third", "The Third Committee approved the draft 80-28-67.", None,
         [{"body": "committee"}]),
        ("committee_plain", "The committee voted 100-30-45 on the text.", None,
         [{"body": "committee"}]),
        ("committee_then_ga", "The First Committee approved it 120-10-40. The General Assembly "
         "later adopted it 125-12-38.", None, [{"body": "committee"}, {"body": "GA"}]),
        ("sc_then_ga", "The Security Council draft got 11 in favour, 1 against and 3 "
         "abstentions. The General Assembly then voted 141-7-32.", None,
         [{"body": "SC"}, {"body": "GA"}]),
        ("ga_then_sc_same_para", "The General Assembly voted 141-7-32, a year after the Security "
         "Council draft failed with 11 in favour, 1 against and 3 abstentions.", None,
         [{"body": "GA"}, {"body": "SC"}]),
        ("unknown_body", "The text passed 141-7-32.", None, [{"body": None}]),
        ("human_rights_council", "The Human Rights Council voted 28-6-13 on the resolution.",
         None, [{"body": None}]),
        ("national_assembly", "The National Assembly voted 141-7-32 on the bill.", None,
         [{"body": None}]),
        ("assembly_doc_level", "The General Assembly met in emergency session.\n\nLater, "
         "delegates spoke for hours.\n\nAfter the debate and many statements, diplomats said "
         "the result was clear. Ukraine's envoy thanked allies. Members then voted 141-7-32.",
         None, [{"body": "GA"}]),
    ],
    "resolution": [
        ("full_es", "The Assembly adopted resolution A/RES/ES-11/6 by 141 votes to 7.", None,
         [{"resolution": "A/RES/ES-11/6"}]),
        ("short_es", "Resolution ES-11/6 passed 141-7-32.", None,
         [{"resolution": "A/RES/ES-11/6"}]),
        ("session_slash", "Resolution 68/262 was adopted 100-11-58.", None,
         [{"resolution": "A/RES/68/262"}]),
        ("full_ga", "A/RES/68/262 was adopted by a vote of 100 to 11.", None,
         [{"resolution": "A/RES/68/262"}]),
        ("draft_symbol", "Draft resolution A/ES-11/L.7 was adopted 141-7-32.", None,
         [{"resolution": "A/ES-11/L.7"}]),
        ("draft_regular", "The draft (A/77/L.63) was adopted 122-5-41.", None,
         [{"resolution": "A/77/L.63"}]),
        ("sc_full", "The Council adopted S/RES/2334 (2016) with 14 votes in favour.", None,
         [{"resolution": "S/RES/2334 (2016)"}]),
        ("sc_text_year", "The Security Council adopted resolution 2334 (2016) by 14 votes to "
         "none, with one abstention.", None, [{"resolution": "S/RES/2334 (2016)"}]),
        ("sc_no_year", "The Security Council adopted resolution 2334 by 14 votes to 0.", None,
         [{"resolution": "S/RES/2334"}]),
        ("roman_session", "Resolution 377 (V) was adopted by 52 votes to 5, with 2 abstentions.",
         None, [{"resolution": "A/RES/377(V)"}]),
        ("previous_sentence", "The Assembly adopted resolution ES-11/4. The vote was 143-5-35.",
         None, [{"resolution": "A/RES/ES-11/4"}]),
        ("two_resolutions", "Resolution ES-11/1 passed 141-5-35. Resolution ES-11/2 passed "
         "140-5-38.", None,
         [{"resolution": "A/RES/ES-11/1"}, {"resolution": "A/RES/ES-11/2"}]),
        ("no_symbol", "The resolution passed 141-7-32.", None, [{"resolution": None}]),
        ("symbol_not_reused", "Resolution ES-11/1 passed 141-5-35. A second text passed "
         "140-5-38.", None, [{"resolution": "A/RES/ES-11/1"}, {"resolution": None}]),
        ("recalled_symbol", "Recalling resolution 68/262, the Assembly adopted a new text, "
         "resolution 77/229, by 100 votes to 9.", None, [{"resolution": "A/RES/77/229"}]),
    ],
    "date": [
        ("iso_in_text", "On 2023-02-23 the Assembly voted 141-7-32.", None,
         [{"date": "2023-02-23"}]),
        ("dmy", "On 23 February 2023 the General Assembly voted 141-7-32.", None,
         [{"date": "2023-02-23"}]),
        ("mdy", "On February 23, 2023, the General Assembly voted 141-7-32.", None,
         [{"date": "2023-02-23"}]),
        ("weekday_published", "The General Assembly on Thursday voted 141-7-32.", "2023-02-24",
         [{"date": "2023-02-23"}]),
        ("weekday_dateline", "date 2023-02-24 NEW YORK - The General Assembly on Thursday voted "
         "141-7-32.", None, [{"date": "2023-02-23"}]),
        ("weekday_same_day", "The Assembly voted 141-7-32 on Friday.", "2023-02-24",
         [{"date": "2023-02-24"}]),
        ("today", "The General Assembly today adopted the resolution 141-7-32.", "2023-02-23",
         [{"date": "2023-02-23"}]),
        ("yesterday", "The Assembly yesterday voted 141-7-32.", "2023-02-24",
         [{"date": "2023-02-23"}]),
        ("weekday_no_published", "The Assembly on Thursday voted 141-7-32.", None,
         [{"date": None}]),
        ("month_day_no_year", "On March 2 the Assembly voted 141-5-35.", "2022-03-03",
         [{"date": "2022-03-02"}]),
        ("date_previous_sentence", "The General Assembly met on 2 March 2022. Members voted "
         "141-5-35.", None, [{"date": "2022-03-02"}]),
        ("no_date", "The Assembly voted 141-7-32.", "2023-02-24", [{"date": None}]),
        ("unrelated_date_far", "Russia invaded Ukraine on 24 February 2022. Prices rose. "
         "Grain exports fell. Shipping stalled. The Assembly voted 141-7-32.", None,
         [{"date": None}]),
        ("reuters_dateline", "UNITED NATIONS, March 2, 2022 (Reuters) - The General Assembly "
         "on Wednesday voted 141-5-35.", None, [{"date": "2022-03-02"}]),
        ("published_datetime_string", "The Assembly on Monday voted 100-10-50.",
         "2023-03-01T10:00:00", [{"date": "2023-02-27"}]),
    ],
    "realistic": [
        ("symbol_gives_body", "The resolution (A/77/L.5) was adopted by 143 votes to 5.", None,
         [{"body": "GA", "resolution": "A/77/L.5", "adopted": True}]),
        ("committee_symbol", "Draft A/C.3/77/L.5 was approved 80-28-67.", None,
         [{"body": "committee", "resolution": "A/C.3/77/L.5"}]),
        ("voted_to_approve", "The 193-member General Assembly voted 141-7 with 32 abstentions to "
         "approve the resolution on Thursday.", "2023-02-24",
         [{"body": "GA", "date": "2023-02-23", "adopted": True}]),
        ("reuters_no_year_dateline", "UNITED NATIONS, Feb 23 (Reuters) - The General Assembly on "
         "Thursday voted 141-7-32.", "2023-02-23", [{"date": "2023-02-23", "body": "GA"}]),
        ("sc_veto_false", "Russia vetoed the resolution, with 13 members voting in favour and "
         "China abstaining.", None, [{"body": "SC", "adopted": False}]),
        ("human_rights_council", "The UN Human Rights Council in Geneva voted 23-19-5 on "
         "Thursday.", None, [{"body": None}]),
        ("abbrev_feb", "On Feb. 23 the General Assembly voted 141-7-32.", "2023-02-24",
         [{"date": "2023-02-23"}]),
        ("weekday_possessive", "Thursday's vote in the General Assembly was 141-7-32.",
         "2023-02-24", [{"date": "2023-02-23"}]),
        ("pressrelease_header", "23 FEBRUARY 2023\n\nGENERAL ASSEMBLY\n\nThe General Assembly "
         "today adopted resolution ES-11/6 by a recorded vote of 141 in favour to 7 against, with "
         "32 abstentions.", None,
         [{"date": "2023-02-23", "resolution": "A/RES/ES-11/6", "body": "GA", "adopted": True}]),
    ],
    "adopted": [
        ("adopted", "The resolution was adopted 141-7-32.", None, [{"adopted": True}]),
        ("passed", "The resolution passed 141-7-32.", None, [{"adopted": True}]),
        ("approved", "The committee approved the draft 80-28-67.", None, [{"adopted": True}]),
        ("backed", "The motion was backed by 141 nations with 32 abstaining.", None,
         [{"adopted": True}]),
        ("rejected", "The amendment was rejected by 20 votes to 90.", None, [{"adopted": False}]),
        ("failed", "The draft failed, with 10 votes in favour, 2 against and 3 abstentions.",
         None, [{"adopted": False}]),
        ("defeated", "The motion was defeated 40-90-30.", None, [{"adopted": False}]),
        ("vetoed", "Russia vetoed the draft, which won 11 votes in favour, 1 against and 3 "
         "abstentions.", None, [{"adopted": False}]),
        ("unstated", "The vote was 141-7-32.", None, [{"adopted": None}]),
        ("mixed_two", "The amendment was rejected 20-90-30 and the resolution adopted 141-7-32.",
         None, [{"adopted": False}, {"adopted": True}]),
        ("previous_sentence", "The Assembly overwhelmingly adopted the resolution. The vote was "
         "141-7-32.", None, [{"adopted": True}]),
        ("failed_to_win", "The draft failed to win the nine votes needed: 7 in favour, 2 "
         "against and 6 abstentions.", None, [{"adopted": False}]),
    ],
    "body_more": [
        ("third_committee_full_name", "The Third Committee (Social, Humanitarian and Cultural) "
         "approved the draft 80-29-65.", None, [{"body": "committee"}]),
        ("fourth_committee", "In the Fourth Committee, the draft was approved by 90 votes in "
         "favour to 11 against, with 68 abstentions.", None, [{"body": "committee"}]),
        ("fifteen_nation_council", "The 15-nation council voted 13-0-2 on the text.", None,
         [{"body": "SC"}]),
        ("veto_council_tally", "Russia cast its veto; the vote in the council was 11-1-3.", None,
         [{"body": "SC"}]),
        ("ecosoc_not_sc", "The Economic and Social Council voted 30-10-5 on the text.", None,
         [{"body": None}]),
        ("hrc_then_ga_next_month", "The Human Rights Council in Geneva voted 28-6-13; the "
         "General Assembly will take up the text next month.", None, [{"body": None}],
         "a body named after the tally in the same sentence is taken even when it votes later"),
        ("world_body", "The world body voted 141-7-32 to demand a withdrawal.", None,
         [{"body": "GA"}]),
        ("plenary_after_committee", "After the Third Committee approved it without a vote, the "
         "plenary adopted the text 120-10-45.", None, [{"body": "GA"}]),
    ],
    "resolution_more": [
        ("draft_as_resolution", "The Assembly adopted draft A/78/L.2 as resolution 78/3 by 120 "
         "votes to 14.", None, [{"resolution": "A/RES/78/3"}]),
        ("sc_year_paren", "Security Council resolution 2728 (2024) was adopted 14-0-1.", None,
         [{"resolution": "S/RES/2728 (2024)", "body": "SC"}]),
        ("uniting_for_peace", "General Assembly resolution 377 A (V), \u201cUniting for "
         "Peace\u201d, was adopted 52-5-2 in 1950.", None, [{"resolution": "A/RES/377(V)"}]),
        ("committee_symbol_first", "The First Committee approved draft resolution "
         "A/C.1/78/L.31 by a recorded vote of 164 in favour to 5 against, with 8 abstentions.",
         None, [{"resolution": "A/C.1/78/L.31", "body": "committee"}]),
        ("press_release_code_not_symbol", "GA/12407\n\nThe Assembly adopted the text 141-5-35.",
         None, [{"resolution": None, "body": "GA"}]),
        # a vote table: each row takes the symbol and date in its own cells
        ("table_rows_symbols", "How the General Assembly votes compare:\n\n| Date | Resolution "
         "| Yes | No | Abstain |\n|---|---|---|---|---|\n| 27 March 2014 | 68/262 | 100 | 11 | 58 |"
         "\n| 2 March 2022 | ES-11/1 | 141 | 5 | 35 |\n| 12 October 2022 | A/RES/ES-11/4 | 143 | 5 "
         "| 35 |", "2023-02-25",
         [{"resolution": "A/RES/68/262", "date": "2014-03-27", "body": "GA", "adopted": None},
          {"resolution": "A/RES/ES-11/1", "date": "2022-03-02", "body": "GA", "adopted": None},
          {"resolution": "A/RES/ES-11/4", "date": "2022-10-12", "body": "GA", "adopted": None}]),
    ],
    "date_more": [
        ("other_year_not_carried", "UNITED NATIONS, Dec 17 - The General Assembly on Tuesday "
         "adopted the text by 130 votes to 32, with 22 abstentions. The tally was stronger "
         "than in 2022, when 125 countries voted yes and 37 voted no.", "2024-12-17",
         [{"date": "2024-12-17"}, {"date": None}]),
        ("same_year_still_carried", "UNITED NATIONS, Dec 17 - The General Assembly met on "
         "Tuesday. It adopted the text by 130 votes to 32 in a session that ran late into "
         "2024.", "2024-12-17", [{"date": "2024-12-17"}]),
        ("dmy_comma", "On 27 March 2014, the General Assembly adopted resolution 68/262 by 100 "
         "votes to 11.", None, [{"date": "2014-03-27"}]),
        ("un_dateline_dash", "NEW YORK, 23 February 2023 \u2014 The General Assembly voted "
         "141-7-32.", None, [{"date": "2023-02-23"}]),
        ("weekday_and_date", "The vote on Wednesday, March 2, 2022, was 141-5-35 in the "
         "Assembly.", None, [{"date": "2022-03-02"}]),
        ("header_date_caps", "12 DECEMBER 2023\nGA/12558\n\nThe General Assembly today adopted "
         "the resolution by a recorded vote of 153 in favour to 10 against, with 23 abstentions.",
         None, [{"date": "2023-12-12"}]),
        # days counted from the tally before ("a day earlier") or, after "came", back from
        # the vote the report is about
        ("a_day_earlier", "The General Assembly adopted the text 140-5-38 on Thursday. Russia "
         "had failed a day earlier in the Security Council. Only Russia and China voted for it; "
         "13 members abstained.", "2022-03-25",
         [{"date": "2022-03-24"}, {"date": "2022-03-23", "body": "SC"}]),
        ("two_days_later", "On 27 October the Assembly adopted a text by 120 votes to 14. Two "
         "days later the Security Council voted 13-2 on a draft.", "2023-12-12",
         [{"date": "2023-10-27"}, {"date": "2023-10-29"}]),
        ("came_days_after", "The General Assembly voted 153-10-23 on Tuesday. A text adopted on "
         "27 October had 120 votes to 14. The vote came four days after a Security Council veto, "
         "in which 13 members voted yes.", "2023-12-12",
         [{"date": "2023-12-12"}, {"date": "2023-10-27"}, {"date": "2023-12-08", "body": "SC"}]),
        # negative: a date the sentence states outright wins over a relative one
        ("stated_date_wins", "On 27 October, four days after a vote in the Security Council, "
         "the Assembly adopted a text by 120 votes to 14.", "2023-12-12",
         [{"date": "2023-10-27"}]),
    ],
    "adopted_more": [
        ("failed_majority", "The resolution failed to win a majority, with 40 in favour, 60 "
         "against and 50 abstentions.", None, [{"adopted": False}]),
        ("voted_down", "Russia's draft was voted down 4-2-9.", None, [{"adopted": False}]),
        ("adjourn_rejected", "The motion to adjourn the debate was rejected 40-90-30.", None,
         [{"adopted": False}]),
        ("overwhelmingly_endorsed", "The resolution was overwhelmingly endorsed, 141-7-32.",
         None, [{"adopted": True}]),
        ("did_not_obtain", "The text did not obtain the required two-thirds majority: 80 in "
         "favour, 50 against, 40 abstentions.", None, [{"adopted": False}]),
        ("non_binding_unstated", "The General Assembly vote was 153-10-23; the resolution is "
         "non-binding.", None, [{"adopted": None}]),
        ("amendment_rejected_text_adopted", "The amendment was rejected by 48 votes to 79; the "
         "resolution was then adopted by 120 votes to 14.", None,
         [{"adopted": False}, {"adopted": True}]),
        ("sc_veto_us", "The 15-member Security Council voted 14-1, with the United States "
         "casting a veto.", None, [{"adopted": False, "body": "SC"}]),
    ],
}
