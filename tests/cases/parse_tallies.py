"""Tally cases for the parser: (id, text, expected tallies), grouped by source style.

Each expected tally is ``(yes, no, abstain, absent)`` with ``None`` where the text
does not state the count. ``[]`` means: no tally may be found. A fourth element, when
present, is the reason the case is a known failure (run as a strict xfail).
"""

from __future__ import annotations

T = tuple[int | None, int | None, int | None, int | None]

CASES: dict[str, list[tuple]] = {
    "un_press": [
        ("recorded_vote", "The Assembly adopted the resolution by a recorded vote of 141 in favour "
         "to 7 against, with 32 abstentions.", [(141, 7, 32, None)]),
        ("recorded_vote_us", "The draft was approved by a recorded vote of 99 in favor to 12 "
         "against, with 48 abstentions.", [(99, 12, 48, None)]),
        ("recorded_single_abst", "By a recorded vote of 122 in favour to 1 against (United "
         "States), with 1 abstention (Israel), the Assembly adopted the text.", [(122, 1, 1, None)]),
        ("recorded_none_against", "It was adopted by a recorded vote of 170 in favour to none "
         "against, with 3 abstentions.", [(170, 0, 3, None)]),
        ("recorded_no_abst", "The text was adopted by a recorded vote of 150 in favour to 5 "
         "against.", [(150, 5, None, None)]),
        ("press_as_follows", "The draft resolution was adopted by a recorded vote of 143 in "
         "favour to 5 against, with 35 abstentions, as follows:", [(143, 5, 35, None)]),
        ("press_then_annex", "The resolution was adopted by a recorded vote of 93 in favour to 24 "
         "against, with 58 abstentions.\n\nIn favour: Albania, Andorra.\n\nAgainst: Algeria.",
         [(93, 24, 58, None)]),
        ("press_counts_after_colon", "Vote on the draft resolution. In favour: 141. Against: 7. "
         "Abstentions: 32.", [(141, 7, 32, None)]),
        ("press_counts_colon_line", "The result of the vote was as follows: In favour: 100; "
         "Against: 9; Abstaining: 50.", [(100, 9, 50, None)]),
        ("press_absent_stated", "The resolution was adopted by a recorded vote of 141 in favour "
         "to 7 against, with 32 abstentions; 13 Member States were absent.",
         [(141, 7, 32, 13)]),
        ("press_two_texts", "Draft resolution I was adopted by a recorded vote of 161 in favour "
         "to 2 against, with 5 abstentions. Draft resolution II was adopted by a recorded vote "
         "of 120 in favour to 10 against, with 30 abstentions.",
         [(161, 2, 5, None), (120, 10, 30, None)]),
        ("press_amendment_then_text", "The Assembly first rejected an oral amendment by a "
         "recorded vote of 20 in favour to 80 against, with 40 abstentions. It then adopted the "
         "resolution as a whole by a recorded vote of 110 in favour to 15 against, with 37 "
         "abstentions.", [(20, 80, 40, None), (110, 15, 37, None)]),
        ("press_favour_to_none", "The decision was adopted by a recorded vote of 181 in favour "
         "to none against, with 1 abstention.", [(181, 0, 1, None)]),
        ("press_paragraph_vote", "Operative paragraph 3 was retained by a recorded vote of 90 in "
         "favour to 40 against, with 30 abstentions.", [(90, 40, 30, None)]),
        ("press_session_numbers", "At its seventy-seventh session, in its 64th plenary meeting, "
         "the Assembly adopted resolution 77/250 by a recorded vote of 111 in favour to 9 "
         "against, with 58 abstentions.", [(111, 9, 58, None)]),
    ],
    "un_press_errors": [
        ("over_193_kept", "The General Assembly adopted the text by a recorded vote of 150 in "
         "favour to 30 against, with 20 abstentions.", [(150, 30, 20, None)]),
        ("sc_over_15_kept", "The Security Council voted 14 in favour, 2 against and 1 "
         "abstention.", [(14, 2, 1, None)]),
    ],
    "wire": [
        ("dash_triple", "The General Assembly voted 141-7-32 to demand that Russia withdraw.",
         [(141, 7, 32, None)]),
        ("dash_pair_with_abst", "The resolution passed 141-7 with 32 abstentions.",
         [(141, 7, 32, None)]),
        ("dash_en", "The assembly approved the measure 143–5–35 on Wednesday.",
         [(143, 5, 35, None)]),
        ("votes_to", "The resolution was adopted by 141 votes to 7, with 32 abstentions.",
         [(141, 7, 32, None)]),
        ("to_bare", "The assembly backed the text by 141 to 7, with 32 abstentions.",
         [(141, 7, 32, None)]),
        ("a_vote_of", "It passed by a vote of 141 to 7 with 32 abstentions.",
         [(141, 7, 32, None)]),
        ("a_dash_vote", "In a 141-7 vote, with 32 abstentions, the assembly demanded a "
         "withdrawal.", [(141, 7, 32, None)]),
        ("vote_was", "The vote was 141 in favor, 7 against and 32 abstentions.",
         [(141, 7, 32, None)]),
        ("for_against", "The vote was 141 for, 7 against, with 32 abstentions.",
         [(141, 7, 32, None)]),
        ("yes_no_abst", "The tally: 141 yes, 7 no, 32 abstentions.", [(141, 7, 32, None)]),
        ("yes_votes", "The measure received 141 yes votes and 7 no votes, while 32 countries "
         "abstained.", [(141, 7, 32, None)]),
        ("nations_voted", "141 nations voted in favour, seven voted against and 32 abstained.",
         [(141, 7, 32, None)]),
        ("countries_voted_for", "Some 141 countries voted for the resolution, 7 voted against "
         "it and 32 abstained.", [(141, 7, 32, None)]),
        ("member_states_voted", "Of the 193 member states, 141 voted in favour, 7 against and "
         "32 abstained.", [(141, 7, 32, None)]),
        ("of_the_193", "141 of the 193 member states voted in favour, while 7 opposed the text "
         "and 32 abstained.", [(141, 7, 32, None)]),
        ("reuters_style", "UNITED NATIONS, March 2 (Reuters) - The U.N. General Assembly on "
         "Wednesday reprimanded Russia, with 141 of the assembly's 193 members voting for a "
         "resolution, 5 against and 35 abstaining.", [(141, 5, 35, None)]),
        ("ap_style", "The vote in the 193-member world body was 93-24 with 58 abstentions.",
         [(93, 24, 58, None)]),
        ("ap_style_2", "The vote in the 193-member General Assembly was 143-5 with 35 "
         "abstentions.", [(143, 5, 35, None)]),
        ("abst_first", "With 32 abstentions and 7 votes against, the resolution won 141 votes "
         "in favour.", [(141, 7, 32, None)]),
        ("opposed", "The resolution was supported by 141 countries and opposed by 7, with 32 "
         "abstaining.", [(141, 7, 32, None)]),
        ("didnt_vote", "The measure passed 141-7, with 32 abstentions, while 13 countries did "
         "not vote.", [(141, 7, 32, 13)]),
        ("not_voting", "The tally was 141 in favour, 7 against, 32 abstaining and 13 not "
         "voting.", [(141, 7, 32, 13)]),
        ("did_not_take_part", "The assembly adopted it 141-7-32; 13 members did not take part "
         "in the vote.", [(141, 7, 32, 13)]),
        ("absent_plain", "Of the member states, 141 voted yes, 7 voted no, 32 abstained and 13 "
         "were absent.", [(141, 7, 32, 13)]),
        ("favor_comma_list", "The vote: 100 in favor, 12 opposed, 40 abstentions.",
         [(100, 12, 40, None)]),
        ("dash_spaces", "The resolution was adopted 141 - 7 - 32 in the assembly vote.",
         [(141, 7, 32, None)]),
        ("votes_to_words", "The text was adopted by 141 votes to seven.", [(141, 7, None, None)]),
        ("one_against", "The resolution passed with 150 votes in favour and one against.",
         [(150, 1, None, None)]),
        ("dash_then_words", "The assembly voted 100-4, with fifty-eight abstentions.",
         [(100, 4, 58, None)]),
        ("backed_by_nations", "The resolution was backed by 141 nations.",
         [(141, None, None, None)]),
        ("approved_by_votes", "The measure was approved by 99 votes, with 52 abstentions.",
         [(99, None, 52, None)]),
    ],
    "newspaper": [
        ("seed_style", "The motion was backed by 141 nations with 32 abstaining and seven voting "
         "against.", [(141, 7, 32, None)]),
        ("words_full", "One hundred and forty-one countries voted in favour, seven voted against "
         "and thirty-two abstained.", [(141, 7, 32, None)]),
        ("words_hyphen", "Ninety-three nations backed the suspension, twenty-four opposed it and "
         "fifty-eight abstained.", [(93, 24, 58, None)]),
        ("words_no_and", "One hundred forty-one states voted yes and seven voted no.",
         [(141, 7, None, None)]),
        ("capital_words", "Thirty-two countries abstained in the vote, which passed.",
         [(None, None, 32, None)]),
        ("spread_two", "The resolution was adopted with 141 votes in favour. Seven countries "
         "voted against it and 32 abstained.", [(141, 7, 32, None)]),
        ("spread_three", "The General Assembly adopted the resolution on Thursday. It received "
         "141 votes in favour. Seven countries voted against. Another 32 abstained.",
         [(141, 7, 32, None)]),
        ("parens_counts", "The resolution was adopted (141 in favour, 7 against, 32 "
         "abstentions) after a long debate.", [(141, 7, 32, None)]),
        ("parens_lists", "The text passed with 141 in favour, 7 against (Russia, Belarus, North "
         "Korea, Eritrea, Mali, Nicaragua, Syria) and 32 abstentions (including China and "
         "India).", [(141, 7, 32, None)]),
        ("abstain_only_first", "While 32 nations abstained, the resolution was passed with 141 "
         "votes in favour and seven against.", [(141, 7, 32, None)]),
        ("restated_count", "The resolution passed 141-7-32. The seven countries that voted "
         "against were Russia, Belarus, North Korea, Eritrea, Mali, Nicaragua and Syria.",
         [(141, 7, 32, None)]),
        ("restated_abst", "The resolution passed 141-7-32. China and India were among the 32 "
         "countries to abstain.", [(141, 7, 32, None)]),
        ("opposing", "A total of 141 states voted for the text, with 7 opposing and 32 "
         "abstaining.", [(141, 7, 32, None)]),
        ("against_first", "Seven nations voted against the resolution, 32 abstained and 141 "
         "voted in favour.", [(141, 7, 32, None)]),
        ("majority_of", "The resolution was adopted by a majority of 141 votes to 7.",
         [(141, 7, None, None)]),
        ("in_support", "In all, 141 countries voted in support, 7 voted against and 32 "
         "abstained.", [(141, 7, 32, None)]),
        ("dozen_absent", "The text passed 141 to 7; 32 nations abstained and 13 were absent.",
         [(141, 7, 32, 13)]),
        ("favour_uk", "The final tally was 141 in favour, 7 against and 32 abstentions.",
         [(141, 7, 32, None)]),
        ("count_then_date", "On 2 March 2022, 141 countries voted in favour of resolution "
         "ES-11/1, five voted against and 35 abstained.", [(141, 5, 35, None)]),
        ("newline_inside", "The resolution was adopted with 141 votes in favour,\n7 against and "
         "32 abstentions.", [(141, 7, 32, None)]),
        ("html_entities_plain", "The resolution passed 141\u20137\u201332 in the\u00a0vote.",
         [(141, 7, 32, None)]),
        ("abstention_singular", "The Council voted 14 in favour to none against, with one "
         "abstention.", [(14, 0, 1, None)]),
    ],
    "government": [
        ("ministry_statement", "The Ministry welcomes the adoption of resolution ES-11/6, "
         "supported by 141 Member States.", [(141, None, None, None)]),
        ("ministry_we_voted", "Our delegation voted in favour. The resolution received 141 "
         "votes in favour, 7 against and 32 abstentions.", [(141, 7, 32, None)]),
        ("embassy_breakdown", "Results of the vote: 141 for, 7 against, 32 abstained.",
         [(141, 7, 32, None)]),
        ("gov_with_support_of", "The resolution was adopted with the support of 141 countries, "
         "while 7 voted against and 32 abstained.", [(141, 7, 32, None)]),
        ("gov_overwhelming", "An overwhelming majority of 141 states supported the resolution; "
         "only 7 opposed it.", [(141, 7, None, None)]),
        ("gov_countries_joined", "Together with 140 other countries, we voted in favour; 7 "
         "voted against, 32 abstained.", [(141, 7, 32, None)],
         "'140 other countries' plus 'we' is 141: the parser does not add the speaker"),
    ],
    "security_council": [
        ("sc_13_1_1", "The Security Council adopted the resolution by 13 in favour, 1 against "
         "and 1 abstention.", [(13, 1, 1, None)]),
        ("sc_veto", "Russia vetoed the draft in the Security Council, where it received 11 "
         "votes in favour, 1 against and 3 abstentions.", [(11, 1, 3, None)]),
        ("sc_dash", "The 15-member Security Council voted 12-0 with three abstentions.",
         [(12, 0, 3, None)]),
        ("sc_words", "Thirteen council members voted in favour, while China and Russia "
         "abstained.", [(13, None, None, None)]),
        ("sc_unanimous_counts", "The Council voted 15 to 0 to extend the mission.",
         [(15, 0, None, None)]),
        ("sc_failed", "The draft failed to pass, with 10 votes in favour, 2 against and 3 "
         "abstentions.", [(10, 2, 3, None)]),
        ("sc_and_ga", "The Security Council draft was vetoed by Russia, with 11 in favour, 1 "
         "against and 3 abstentions. The General Assembly later adopted a resolution by 141 "
         "votes to 7, with 32 abstentions.", [(11, 1, 3, None), (141, 7, 32, None)]),
    ],
    "committee": [
        ("third_committee", "The Third Committee approved the draft by a recorded vote of 80 "
         "in favour to 28 against, with 67 abstentions.", [(80, 28, 67, None)]),
        ("committee_and_plenary", "The First Committee approved the text by 120 votes to 10, "
         "with 40 abstentions, in November. On Thursday the General Assembly adopted it by 125 "
         "votes to 12, with 38 abstentions.", [(120, 10, 40, None), (125, 12, 38, None)]),
        ("committee_dash", "The committee voted 100-30-45 to send the text to the plenary.",
         [(100, 30, 45, None)]),
    ],
    "multi_vote": [
        ("two_resolutions", "The Assembly adopted the first resolution 141-7-32 and the second "
         "95-20-50.", [(141, 7, 32, None), (95, 20, 50, None)]),
        ("amendment_and_resolution", "An amendment proposed by Egypt was rejected by 20 votes "
         "to 90, with 30 abstentions. The resolution was then adopted by 141 votes to 7, with 32 "
         "abstentions.", [(20, 90, 30, None), (141, 7, 32, None)]),
        ("same_sentence_two", "The amendment failed 40 to 90 and the resolution passed 141 to 7.",
         [(40, 90, None, None), (141, 7, None, None)]),
        ("two_paragraphs", "In 2022 the resolution passed 141-5-35.\n\nThis year it passed "
         "141-7-32.", [(141, 5, 35, None), (141, 7, 32, None)]),
        ("three_votes", "Resolution A passed 100-10-20. Resolution B passed 90-20-30. "
         "Resolution C failed 40-60-50.",
         [(100, 10, 20, None), (90, 20, 30, None), (40, 60, 50, None)]),
    ],
    "wire_more": [
        ("afp_style", "The text garnered 141 votes in favour, with seven against and 32 "
         "abstentions, in the 193-member General Assembly.", [(141, 7, 32, None)]),
        ("bloomberg_style", "The nonbinding measure passed 141 to 7, with 32 abstentions, "
         "including China and India.", [(141, 7, 32, None)]),
        ("votes_for_against", "There were 141 votes for, 7 votes against and 32 abstentions.",
         [(141, 7, 32, None)]),
        ("yes_colon", "Yes: 141, No: 7, Abstain: 32.", [(141, 7, 32, None)]),
        ("ayes", "The motion carried with 120 ayes and 30 noes.", [(120, 30, None, None)]),
        ("hyphen_to", "The measure passed in a 141-to-7 vote, with 32 abstentions.",
         [(141, 7, 32, None)]),
        ("approx_more_than", "More than 140 countries voted in favour and 7 against.",
         [(None, 7, None, None)]),
        ("approx_nearly", "Nearly 40 nations abstained in the vote.", []),
        ("opposed_cue", "The resolution passed with 128 in favour and 9 opposed, with 35 "
         "abstentions.", [(128, 9, 35, None)]),
        ("abstaining_nations", "It passed 128-9, with 35 nations abstaining.",
         [(128, 9, 35, None)]),
        ("chose_to_abstain", "The vote was 128-9; 35 countries chose to abstain.",
         [(128, 9, 35, None)]),
        ("refrained", "In the vote 128 members supported the text and 35 refrained.",
         [(128, None, 35, None)]),
        ("were_absent", "The measure passed 128-9-35, and 21 delegations were absent.",
         [(128, 9, 35, 21)]),
        ("did_not_participate", "The text was adopted 128-9-35; 21 countries did not "
         "participate.", [(128, 9, 35, 21)]),
        ("non_voting", "The count was 128 in favour, 9 against, 35 abstentions and 21 "
         "non-voting.", [(128, 9, 35, 21)]),
        ("comma_list_no_verb", "The resolution: 128 in favour, 9 against, 35 abstentions.",
         [(128, 9, 35, None)]),
        ("numbers_before_verbs", "In favour were 128 countries, against were 9, and 35 "
         "abstained.", [(128, 9, 35, None)]),
        ("two_digit_years_nearby", "In 2014, 100 countries voted in favour of resolution 68/262 "
         "and 11 against, with 58 abstentions.", [(100, 11, 58, None)]),
        ("em_dash", "The vote — 141 in favour, 7 against, 32 abstentions — was a rebuke.",
         [(141, 7, 32, None)]),
        ("semicolons", "In favour, 141; against, 7; abstentions, 32.", [(141, 7, 32, None)]),
        ("passed_with_words", "The resolution passed with one hundred and forty-one votes in "
         "favour.", [(141, None, None, None)]),
        ("twelve_abstained", "Twelve countries abstained and ninety-one voted yes.",
         [(91, None, 12, None)]),
        ("five_against", "Only five nations voted against the text.", [(None, 5, None, None)]),
    ],
    "newspaper_more": [
        ("in_favour_of_text", "A total of 141 countries voted in favour of the text, while "
         "Russia and six other countries voted against.", [(141, 7, None, None)]),
        ("six_other_plus_one", "Russia and six other countries voted against.",
         [(None, 7, None, None)]),
        ("approved_margin", "The General Assembly approved the measure by a margin of 141 to 7.",
         [(141, 7, None, None)]),
        ("two_sentences_gap", "The resolution was adopted by 141 votes. The text was drafted by "
         "Ukraine. Seven nations voted against.", [(141, 7, None, None)]),
        ("sentence_far", "The resolution got 141 votes in favour. It was drafted by Ukraine. "
         "Its allies lobbied for weeks. Diplomats said many were unsure. Seven nations voted "
         "against.", [(141, None, None, None), (None, 7, None, None)]),
        ("quote_marks", "\u201cThe resolution passed 141-7-32,\u201d the spokesman said.",
         [(141, 7, 32, None)]),
        ("forty_one_hyphen", "Forty-one countries abstained in the vote.", [(None, None, 41, None)]),
        ("hundred_only", "One hundred countries voted in favour.", [(100, None, None, None)]),
        ("markdown_bold", "**141** in favour, **7** against, **32** abstentions.",
         [(141, 7, 32, None)]),
        ("bullets", "The vote:\n- 141 in favour\n- 7 against\n- 32 abstentions",
         [(141, 7, 32, None)]),
        ("table_like", "In favour 141\nAgainst 7\nAbstentions 32", [(141, 7, 32, None)],
         "table rows without colons are not read"),
        ("drop_in_support", "Support fell to 93 votes in favour, 24 against and 58 abstentions.",
         [(93, 24, 58, None)]),
        ("vote_of_n_to_n", "A vote of 93 to 24 suspended Russia from the Human Rights Council.",
         [(93, 24, None, None)]),
        ("restated_later", "The resolution passed 141-7-32. Diplomats noted the 141 votes in "
         "favour matched last year.", [(141, 7, 32, None)]),
        ("counts_and_casualties", "The resolution passed 141-7-32 as 300 civilians were "
         "reported killed.", [(141, 7, 32, None)]),
    ],
    "not_a_tally_more": [
        ("sponsors_with_vote", "The text had 94 co-sponsors and was adopted without a vote.", []),
        ("nations_attended_voted", "Leaders from 120 nations attended the summit where the vote "
         "took place.", []),
        ("against_in_quote", "\u201cWe are against 2 of the paragraphs,\u201d the envoy said.",
         []),
        ("for_years", "The resolution has been adopted for 30 years.", []),
        ("decimal", "Support rose 3.5 percent in the vote on the resolution.", []),
        ("hour_minute", "The vote began at 10:30 and ended at 11:45.", []),
        ("number_of_votes_needed", "The resolution needed 97 votes to pass.", [],),
        ("percent_words", "About 141 percent more votes were cast in favour of the draft.", []),
        ("ordinal_words", "It was the seventh time the Assembly voted against such a plan.", []),
        ("million_against", "Some 7 million people voted against the government.", []),
        ("resolution_2334", "Resolution 2334 (2016) was adopted with 14 votes in favour.",
         [(14, None, None, None)]),
        ("kilometres", "A 30-40 km buffer zone was in the resolution voted on Friday.", []),
        ("code_numbers", "Document A/77/L.5 and S/2022/155 were circulated before the vote.", []),
        ("years_old_abstain", "The 45-year-old diplomat said his country would abstain.", []),
        ("since_year", "Since 1992 the Assembly has voted every year.", []),
    ],
    "press_release_full": [
        ("titled_draft", "The Assembly then adopted the draft resolution titled \u201cPrinciples "
         "of the Charter of the United Nations underlying a comprehensive, just and lasting peace "
         "in Ukraine\u201d (document A/ES-11/L.7) by a recorded vote of 141 in favour to 7 against "
         "(Belarus, Democratic People\u2019s Republic of Korea, Eritrea, Mali, Nicaragua, Russian "
         "Federation, Syria), with 32 abstentions.", [(141, 7, 32, None)]),
        ("voting_record_annex", "By a recorded vote of 99 in favour to 9 against, with 52 "
         "abstentions (for the voting record, see annex), the Assembly adopted resolution "
         "76/262.", [(99, 9, 52, None)]),
        ("paragraph_vote_then_whole", "A separate recorded vote on operative paragraph 10 was "
         "retained by 120 in favour to 30 against, with 15 abstentions. The draft as a whole was "
         "then adopted by a recorded vote of 150 in favour to 3 against, with 10 abstentions.",
         [(120, 30, 15, None), (150, 3, 10, None)]),
        ("decision_then_text", "The Assembly decided, by 98 votes in favour to 15 against, with "
         "32 abstentions, to take no action on the motion.", [(98, 15, 32, None)]),
    ],
    "wire_realistic": [
        ("reuters_approved", "The resolution was approved with 141 votes in favor, seven "
         "against and 32 abstentions.", [(141, 7, 32, None)]),
        ("ap_193_member", "The 193-member General Assembly voted 141-7 with 32 abstentions to "
         "approve the resolution on Thursday.", [(141, 7, 32, None)]),
        ("backed_members_of", "It was backed by 141 members of the 193-nation assembly, while "
         "seven voted no and 32 abstained.", [(141, 7, 32, None)]),
        ("aljazeera", "141 countries voted in favour of the resolution, while seven voted "
         "against and 32 abstained.", [(141, 7, 32, None)]),
        ("guardian_passed_by", "The resolution was passed by 141 votes to seven, with 32 "
         "abstentions.", [(141, 7, 32, None)]),
        ("historical_and_new", "In March 2022, 141 countries voted to condemn the invasion. On "
         "Thursday, the resolution passed 141-7-32.", [(141, 7, 32, None)]),
        ("sc_veto_members", "Russia vetoed the resolution, with 13 members voting in favour and "
         "China abstaining.", [(13, None, None, None)]),
        ("compares_previous", "The vote was 143-5-35, up from 141 votes in favour last year.",
         [(143, 5, 35, None)]),
        ("support_dropped", "Support dropped to 93 from 141, with 24 countries voting against.",
         [(93, 24, None, None)], "'dropped to 93 from 141' is not read as a yes count"),
    ],
    "layout": [
        ("hard_wrapped", "Diplomats said the\nGeneral Assembly on Thursday\nadopted the "
         "text by one\nhundred and forty-one\nvotes to seven, with\nthirty-two abstentions.",
         [(141, 7, 32, None)]),
        ("far_paragraphs", "The vote was held in New York.\n\n" + "Delegates spoke.\n\n" * 30
         + "The text passed 141-7-32.", [(141, 7, 32, None)]),
        ("windows_newlines", "The resolution was adopted.\r\n\r\nIt received 141 votes in "
         "favour, 7 against\r\nand 32 abstentions.", [(141, 7, 32, None)]),
        ("markdown_list", "## Result\n\n* In favour: 141\n* Against: 7\n* Abstentions: 32",
         [(141, 7, 32, None)]),
    ],
    "asides": [
        ("aside_including", "The resolution received 141 votes in favour, while 7 countries, "
         "including Russia, voted against.", [(141, 7, None, None)]),
        ("aside_words", "Thirty-two countries, including China and India, abstained, and the "
         "text won the support of 141 nations.", [(141, None, 32, None)]),
        ("aside_paren", "Seven states (led by Russia) voted against and 141 in favour.",
         [(141, 7, None, None)]),
        ("aside_dash", "The resolution received 141 votes in favor, while 35 countries "
         "abstained and five - Russia, Belarus, North Korea, Eritrea and Syria - voted against "
         "it.", [(141, 5, 35, None)]),
        ("aside_en_dash", "Only five countries \u2013 Russia, Belarus, North Korea, Eritrea and "
         "Syria \u2013 voted against the resolution.", [(None, 5, None, None)]),
        ("aside_paren_list", "Seven (Russia, Belarus, North Korea, Eritrea, Mali, Nicaragua and "
         "Syria) voted against, 32 abstained.", [(None, 7, 32, None)]),
    ],
    "list_restates": [
        # a count restated in a list sentence joins the tally before it; a new count there
        # (absent) completes it; a contradicting count or another vote stays a separate row
        ("restated_then_absent", "On 27 March 2014 the General Assembly adopted resolution "
         "68/262 by 100 votes to 11, with 58 abstentions. The 11 countries that voted against "
         "were Armenia, Belarus, Bolivia, Cuba, North Korea, Nicaragua, Russia, Sudan, Syria, "
         "Venezuela and Zimbabwe.\n\nKazakhstan, China and India were among the 58 countries "
         "that abstained, and Serbia was among the 24 delegations that did not vote.",
         [(100, 11, 58, 24)]),
        ("among_to_abstain", "The motion was backed by 141 nations with 32 abstaining and seven "
         "voting against. China and India were among the 32 countries to abstain in the vote. "
         "The seven countries who voted against were Russia, Belarus, North Korea, Eritrea, "
         "Mali, Nicaragua and Syria.", [(141, 7, 32, None)]),
        ("number_words_restated", "It passed with 141 votes in favour, five against and 35 "
         "abstentions. Syria was among the five countries that voted against, and Venezuela "
         "was among the 12 that did not vote.", [(141, 5, 35, 12)]),
        ("absent_far_definite", "The resolution passed 141-7-32. The seven countries that voted "
         "against were Russia, Belarus, North Korea, Eritrea, Mali, Nicaragua and Syria. "
         "Diplomats said the result was expected. Observers noted the turnout. Venezuela was "
         "among the 13 delegations that did not vote.", [(141, 7, 32, 13)]),
        ("absent_subject_later", "The Assembly adopted the text by 141 votes to 7, with 32 "
         "abstentions. Ukraine welcomed the result. Thirteen delegations did not vote, among "
         "them Venezuela and Iran.", [(141, 7, 32, 13)]),
        ("same_symbol_restated", "The Assembly adopted resolution ES-11/1 by 141 votes to 5, "
         "with 35 abstentions. The five countries that voted against resolution ES-11/1 were "
         "Russia, Belarus, North Korea, Eritrea and Syria. Twelve delegations did not vote.",
         [(141, 5, 35, 12)]),
        ("restated_conflicts", "The resolution was adopted by 141 votes to 7, with 32 "
         "abstentions. The eight countries that voted against were Russia, Belarus, North Korea, "
         "Eritrea, Mali, Nicaragua, Syria and Cuba.", [(141, 7, 32, None), (None, 8, None, None)]),
        ("conflict_keeps_its_absent", "The resolution was adopted by 141 votes to 7, with 32 "
         "abstentions. The eight countries that voted against were Russia, Belarus, North Korea, "
         "Eritrea, Mali, Nicaragua, Syria and Cuba, and Serbia was among the 13 delegations that "
         "did not vote.", [(141, 7, 32, None), (None, 8, None, 13)]),
        ("second_resolution", "The Assembly adopted resolution 68/262 by 100 votes to 11, with "
         "58 abstentions. The 11 countries that voted against were Armenia, Belarus, Bolivia, "
         "Cuba, North Korea, Nicaragua, Russia, Sudan, Syria, Venezuela and Zimbabwe. It then "
         "adopted resolution 68/263, on which 24 delegations did not vote. Serbia was among the "
         "24 delegations that did not vote.", [(100, 11, 58, None), (None, None, None, 24)]),
        ("list_joins_latest", "Resolution ES-11/1 was adopted by 141 votes to 5, with 35 "
         "abstentions. Resolution ES-11/4 was adopted by 143 votes to 5, with 35 abstentions. "
         "The five countries that voted against resolution ES-11/4 were Russia, Belarus, North "
         "Korea, Nicaragua and Syria.", [(141, 5, 35, None), (143, 5, 35, None)]),
        ("list_names_earlier_symbol", "Resolution ES-11/1 was adopted by 141 votes to 5, with 35 "
         "abstentions. Resolution ES-11/4 was adopted by 143 votes to 5, with 35 abstentions. "
         "Syria was among the five countries that voted against resolution ES-11/1.",
         [(141, 5, 35, None), (143, 5, 35, None), (None, 5, None, None)]),
        ("amendment_absent", "The resolution was adopted by 141 votes to 7, with 32 abstentions. "
         "On the amendment, 20 delegations did not vote, among them Serbia.",
         [(141, 7, 32, None), (None, None, None, 20)]),
        ("earlier_procedural", "The resolution passed 141-7-32. Earlier in the day, 15 "
         "delegations did not vote on a procedural motion.",
         [(141, 7, 32, None), (None, None, None, 15)]),
        ("other_body", "The General Assembly adopted the text by 141 votes to 7. In the Security "
         "Council, China and India were among the 3 members that abstained.",
         [(141, 7, None, None), (None, None, 3, None)]),
        ("veto_named_in_list", "The General Assembly voted 141-7-32. Russia, which holds a veto "
         "in the Security Council, was among the seven countries that voted against.",
         [(141, 7, 32, None)]),
        ("same_counts_two_symbols", "Resolution 68/262 passed 100-11-58. Resolution 68/263 also "
         "passed 100-11-58.", [(100, 11, 58, None), (100, 11, 58, None)]),
        ("same_counts_restated", "The Assembly passed the text 100-11-58. The 100-11-58 vote "
         "surprised no one.", [(100, 11, 58, None)]),
    ],
    "not_a_tally": [
        ("member_states", "The 193 member states of the United Nations meet every September.",
         []),
        ("dates_years", "On 24 February 2022, Russia invaded Ukraine; in 2023 the war went on.",
         []),
        ("iso_date", "date 2023-02-24 TEHRAN - Iran's foreign minister will visit Moscow.", []),
        ("casualties", "At least 141 people were killed and 7 wounded in the attack on Kyiv.",
         []),
        ("money", "The fund received $141 million, and 7 donors pledged 32 million euros.", []),
        ("one_year", "The vote came one year after the invasion began.", []),
        ("resolution_number", "Resolution 68/262 and resolution ES-11/1 were cited in the "
         "debate.", []),
        ("session_number", "The 77th session of the General Assembly opened on 13 September.",
         []),
        ("percentages", "Some 73 percent of members voted in favour, while 4% voted against.",
         []),
        ("cosponsors", "The text, sponsored by 60 countries, was put to a vote.", []),
        ("ages", "The ambassador, 62, and his deputy, aged 45, voted on Thursday.", []),
        ("score", "Ukraine won the match 3-1 on Sunday.", []),
        ("page_range", "See pages 141-147 of the report on the vote.", []),
        ("time_range", "The meeting ran from 10-12 in the morning.", []),
        ("troops", "Russia deployed 150,000 troops against Ukraine.", []),
        ("years_against", "For 30 years the country has campaigned against the blockade.", []),
        ("members_council", "The Security Council has 15 members, five of them permanent.", []),
        ("countries_count", "Delegates from 141 countries attended the conference.", []),
        ("years_range", "Between 2014-2022 the Assembly adopted many texts.", []),
        ("phone_like", "Call 212-963-1234 for the vote schedule.", []),
        ("article_nr", "Article 18 of the Charter sets a two-thirds majority for important "
         "questions.", []),
        ("meeting_number", "The vote took place at the 19th plenary meeting.", []),
        ("drones", "Iran supplied 400 drones to Russia for use against Ukraine.", []),
        ("empty", "", []),
        ("no_numbers", "The resolution was adopted without a vote.", []),
        ("two_thirds", "A two-thirds majority of members present and voting was needed.", []),
        ("decades", "Over the past 70 years, Washington voted against such texts.", []),
        ("ratio", "Analysts said the ratio was 3 to 1 among experts polled before the vote.", [],),
        ("rank", "India ranked 5 of 10 in the survey on resolution support.", []),
        ("hundred_people", "Hundreds of people protested against the resolution.", []),
        ("temperature", "Temperatures of 30-35 degrees greeted the delegates who voted.", []),
        ("one_for", "One for the history books, the vote passed.", []),
        ("no_one", "No one voted against the proposal in the end.", []),
        ("seventy_years", "Seventy years after resolution 181 the Assembly voted again.", []),
        ("sc_composition", "Ten elected members and five permanent members voted.", []),
        ("phone_dash_words", "Reach us at 800-555-0199 about the vote.", []),
        ("law_sections", "Sections 2-3 of the bill, approved by parliament, were debated.", []),
        ("age_range", "Children aged 5-14 were among those killed, the resolution said.", []),
        ("lists_of_dates", "Votes were held on 2 March, 24 March and 7 April.", []),
        ("sponsored_by", "The draft was co-sponsored by 94 states and introduced by Ukraine.",
         []),
    ],
}
