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
        ("sentence_keeps_its_counts", "The seven countries who voted against were Russia and "
         "Syria. The Security Council draft received 11 votes in favour, 1 against and 3 "
         "abstentions.", [(None, 7, None, None), (11, 1, 3, None)]),
        ("partial_count_then_full_sentence", "China and Iran were among the 8 countries to "
         "abstain. By 100 votes to 1, with 76 abstentions, the Assembly demanded a withdrawal.",
         [(None, None, 8, None), (100, 1, 76, None)]),
        ("spread_counts_still_join", "A total of 141 countries voted in favour. Seven voted "
         "against and 32 abstained.", [(141, 7, 32, None)]),
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
        ("table_like", "In favour 141\nAgainst 7\nAbstentions 32", [(141, 7, 32, None)]),
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
         [(93, 24, None, None)]),
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
        # tables with pipes: a row per count, or a row per vote under column headers
        ("pipe_rows", "The vote:\n| In favour | 141 |\n| Against | 7 |\n| Abstentions | 32 |\n"
         "| Absent | 13 |", [(141, 7, 32, 13)]),
        ("pipe_rows_header", "| Vote | Count |\n|---|---|\n| In favour | 141 |\n| Against | 7 |\n"
         "| Abstaining | 32 |", [(141, 7, 32, None)]),
        ("column_table", "How the Assembly votes compare:\n\n| Date | Resolution | Yes | No | "
         "Abstain |\n|---|---|---|---|---|\n| 27 March 2014 | 68/262 | 100 | 11 | 58 |\n"
         "| 2 March 2022 | ES-11/1 | 141 | 5 | 35 |\n| 12 October 2022 | ES-11/4 | 143 | 5 | 35 |",
         [(100, 11, 58, None), (141, 5, 35, None), (143, 5, 35, None)]),
        ("column_table_same_counts", "Votes in the Assembly:\n| Vote | In favour | Against |\n"
         "| First | 100 | 11 |\n| Second | 100 | 11 |", [(100, 11, None, None), (100, 11, None, None)]),
        ("column_table_bold_absent", "The Assembly votes:\n| Text | **For** | **Against** | "
         "**Did not vote** |\n| --- | --- | --- | --- |\n| Ukraine | **141** | 7 | 13 |",
         [(141, 7, None, 13)]),
        ("two_tables", "Votes in the Assembly:\n| Text | Yes | No |\n| A | 100 | 11 |\n\n"
         "| Text | Yes | No |\n| B | 90 | 20 |", [(100, 11, None, None), (90, 20, None, None)]),
        # negatives: a headline with pipes, a table of other numbers next to a vote
        ("pipe_headline", "The vote\n| Against | 30 years of occupation |", []),
        ("table_not_votes", "The vote is on Monday.\n| Team | Won | Lost |\n|---|---|---|\n"
         "| Chad | 3 | 1 |", []),
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
        # the definite count restates the first vote, whose symbol it names
        ("list_names_earlier_symbol", "Resolution ES-11/1 was adopted by 141 votes to 5, with 35 "
         "abstentions. Resolution ES-11/4 was adopted by 143 votes to 5, with 35 abstentions. "
         "Syria was among the five countries that voted against resolution ES-11/1.",
         [(141, 5, 35, None), (143, 5, 35, None)]),
        # a definite count restates the tally it repeats, past another vote in between
        ("definite_past_sc", "The General Assembly adopted the text by 153 votes to 10, with 23 "
         "abstentions. Days earlier the Security Council had failed to adopt a similar text: 13 "
         "of its 15 members voted yes and Britain abstained. Among the 23 countries that "
         "abstained in the Assembly were Argentina and Ukraine.",
         [(153, 10, 23, None), (13, None, None, None)]),
        ("abstainers_past_sc", "The General Assembly adopted the text by 153 votes to 10, with 23 "
         "abstentions. The Security Council had failed to adopt a similar text: 13 of its 15 "
         "members voted yes. The 23 abstainers included Argentina and Ukraine.",
         [(153, 10, 23, None), (13, None, None, None)]),
        ("abstainers_count", "Thirty-five abstainers and five opponents could not stop the text, "
         "which was adopted by 141 votes.", [(141, None, 35, None)]),
        # negative: a definite count no earlier tally states completes the last one
        ("definite_new_value_completes", "The General Assembly adopted the text by 153 votes "
         "to 10, with 23 abstentions. The Security Council had failed to adopt a similar text: "
         "13 of its 15 members voted yes. The 2 countries that abstained were Britain "
         "and Ghana.", [(153, 10, 23, None), (13, None, 2, None)]),
        # negative: a count that is not definite does not reach back past another tally
        ("indefinite_completes_last", "The General Assembly adopted the text by 153 votes to "
         "10, with 23 abstentions. The Security Council had failed to adopt a similar text: 13 "
         "of its 15 members voted yes. 23 countries abstained.",
         [(153, 10, 23, None), (13, None, 23, None)]),
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
        # a count in a sentence naming a year the tally's sentences do not completes nothing
        ("other_year_not_completed", "The resolution passed 141-7-32 on Thursday. In 2014, 24 "
         "members did not vote.", [(141, 7, 32, None), (None, None, None, 24)]),
        ("since_year_completes", "The resolution passed 141-7 on Thursday. Thirty-two countries "
         "abstained, the most since 2014.", [(141, 7, 32, None)]),
        ("same_year_completes", "In 2014 the resolution passed 100-11-58. In 2014, 24 members "
         "did not vote.", [(100, 11, 58, 24)]),
        ("year_after_count_completes", "The resolution passed 141-7-32. Thirteen countries did "
         "not vote, among them Venezuela, which lost its vote in 2013.", [(141, 7, 32, 13)]),
        ("year_pair_joins", "Russia and Belarus were among the 8 countries to abstain. The "
         "resolution was adopted on 11 October 2023 by 83 votes to 16.", [(83, 16, 8, None)]),
        ("did_not_press_a_button", "The text passed 141-7-32. That leaves 13 members that did "
         "not press a button.", [(141, 7, 32, 13)]),
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
    "un_press_ga": [
        ("titled_annex_ii", "The General Assembly this afternoon adopted the resolution titled "
         "\u201cSituation of human rights in the Islamic Republic of Iran\u201d by a recorded vote "
         "of 80 in favour to 29 against, with 65 abstentions (annex II).", [(80, 29, 65, None)]),
        ("paren_lists_long_names", "By a recorded vote of 185 in favour to 2 against (Israel, "
         "United States), with 2 abstentions (Marshall Islands, Micronesia (Federated States "
         "of)), the Assembly adopted the resolution on the embargo.", [(185, 2, 2, None)]),
        ("see_annex", "The Assembly then adopted draft resolution A/77/L.26 by a recorded vote of "
         "87 in favour to 26 against, with 53 abstentions (see annex).", [(87, 26, 53, None)]),
        ("orally_revised", "The Assembly adopted the text as orally revised by a recorded vote "
         "of 124 in favour to none against, with 43 abstentions.", [(124, 0, 43, None)]),
        ("motion_adjourn", "The motion for adjournment of the debate was rejected by a recorded "
         "vote of 47 in favour to 91 against, with 31 abstentions.", [(47, 91, 31, None)]),
        ("retained_then_without_vote", "Before taking action on the draft as a whole, the "
         "Assembly retained operative paragraph 5 by a recorded vote of 100 in favour to 8 "
         "against, with 57 abstentions, and then adopted the text without a vote.",
         [(100, 8, 57, None)]),
        ("header_release", "2 MARCH 2022\nGA/12407\n\nThe General Assembly adopted resolution "
         "ES-11/1 by a recorded vote of 141 in favour to 5 against (Belarus, Democratic People's "
         "Republic of Korea, Eritrea, Russian Federation, Syria), with 35 abstentions.",
         [(141, 5, 35, None)]),
        ("annex_with_absent_header", "The text was adopted by a recorded vote of 143 in favour "
         "to 5 against, with 35 abstentions.\n\nIn favour: Afghanistan, Albania.\n\nAgainst: "
         "Belarus, Democratic People's Republic of Korea, Nicaragua, Russian Federation, Syrian "
         "Arab Republic.\n\nAbstain: Algeria, Bolivia (Plurinational State of).\n\nAbsent: "
         "Azerbaijan, Burkina Faso.", [(143, 5, 35, None)]),
        ("suspending_rights", "The Assembly adopted the resolution by a recorded vote of 93 in "
         "favour to 24 against, with 58 abstentions, suspending the rights of membership of the "
         "Russian Federation in the Human Rights Council.", [(93, 24, 58, None)]),
        ("determined_qualified", "The Assembly, by a recorded vote of 143 in favour to 9 "
         "against, with 25 abstentions, determined that the State of Palestine is qualified for "
         "membership.", [(143, 9, 25, None)]),
        ("one_against_named", "The draft was adopted by a recorded vote of 122 in favour to 1 "
         "against (Israel), with 54 abstentions.", [(122, 1, 54, None)]),
        ("sixty_members_absent", "The resolution was adopted by a recorded vote of 99 in favour "
         "to 9 against, with 52 abstentions; delegations of 33 Member States were absent.",
         [(99, 9, 52, 33)]),
    ],
    "wire_services": [
        ("reuters_dash_with", "The General Assembly voted 141-7 with 32 abstentions on "
         "Thursday to demand that Russian troops leave.", [(141, 7, 32, None)]),
        ("ap_votes_in_favor", "The measure passed with 143 votes in favor, five against and 35 "
         "abstentions.", [(143, 5, 35, None)]),
        ("afp_assembly_adopted", "The 193-member assembly adopted the resolution 93-24, with 58 "
         "abstentions.", [(93, 24, 58, None)]),
        ("received_votes_countries", "The resolution, which is non-binding, received 141 votes, "
         "with seven countries voting against and 32 abstaining.", [(141, 7, 32, None)]),
        ("final_tally_to", "The final tally was 143 to 9, with 25 abstentions.",
         [(143, 9, 25, None)]),
        ("ap_overwhelmingly", "UNITED NATIONS (AP) \u2014 The U.N. General Assembly voted "
         "overwhelmingly on Friday to back a ceasefire. The vote was 153-10 with 23 abstentions.",
         [(153, 10, 23, None)]),
        ("won_votes", "A resolution drafted by Ukraine won 93 votes, with 24 against and 58 "
         "abstentions.", [(93, 24, 58, None)]),
        ("backed_opposed_by_aside", "Backed by 143 nations, the resolution was opposed by nine, "
         "including the United States and Israel, while 25 abstained.", [(143, 9, 25, None)]),
        ("rest_not_voting", "The text was adopted with 99 votes for, 52 abstentions and 40 "
         "against, with the rest of the 193 member states not voting.", [(99, 40, 52, None)]),
        ("dash_aside_names", "The assembly voted 181 in favor to 2 against \u2014 the United "
         "States and Israel \u2014 with 3 abstentions.", [(181, 2, 3, None)]),
        ("several_allies_abstained", "The General Assembly adopted the resolution with 128 votes "
         "in favor, nine against and 35 abstentions. Several U.S. allies, including Canada and "
         "Australia, abstained.", [(128, 9, 35, None)]),
        ("only_fourteen", "Only 14 countries opposed the measure in the General Assembly.",
         [(None, 14, None, None)]),
        ("count_colon_yes_no", "The count: 104 yes, 18 no, 57 abstaining.",
         [(104, 18, 57, None)]),
        ("headline_votes_dash", "UN General Assembly votes 141-5 to condemn Russian invasion",
         [(141, 5, None, None)]),
        ("out_of_the_193", "In all, 141 out of the 193 member states voted in favour, while "
         "five voted against.", [(141, 5, None, None)]),
        ("afp_in_favour_against", "The resolution received 120 votes in favour and 14 against, "
         "while 45 countries abstained, AFP tallied.", [(120, 14, 45, None)]),
    ],
    "broadsheet": [
        ("of_the_193_backed", "Of the 193 UN member states, 141 backed the motion, five opposed "
         "it and 35 abstained, while 12 did not cast a vote.", [(141, 5, 35, 12)]),
        ("en_dash_aside_counts", "The vote \u2013 141 for, five against, 35 abstentions \u2013 was "
         "hailed as a diplomatic victory.", [(141, 5, 35, None)]),
        ("carried_by_votes", "The resolution was carried by 128 votes to nine, with 35 "
         "countries abstaining.", [(128, 9, 35, None)]),
        ("just_nine_among", "Just nine countries voted against the resolution, among them the "
         "US and Israel, while 128 supported it.", [(128, 9, None, None)]),
        ("lopsided", "In a lopsided vote, 187 nations backed the call to end the embargo; only "
         "the United States and Israel voted no.", [(187, None, None, None)]),
        ("split_not_voting", "The vote split 100-11, with 58 abstentions and 24 countries not "
         "voting.", [(100, 11, 58, 24)]),
        ("treaty_one_each", "Of those present, 122 voted in favour of the treaty, with one vote "
         "against (the Netherlands) and one abstention (Singapore).", [(122, 1, 1, None)]),
        ("in_favour_were_with", "In favour were 128 countries, with 9 against and 35 "
         "abstaining.", [(128, 9, 35, None)]),
        ("six_other_passive", "The motion was opposed by Russia and six other countries.",
         [(None, 7, None, None)]),
        ("backed_by_us_and_others", "The text was backed by the United States and 140 other "
         "countries, while Russia voted against.", [(141, None, None, None)]),
        ("one_of_the_141", "Canada was one of the 141 countries that voted in favour of the "
         "resolution.", [(141, None, None, None)]),
        ("names_and_n_other", "Russia, Belarus and five other countries voted against the text.",
         [(None, 7, None, None)]),
    ],
    "explainer": [
        ("qa_total_of", "What was the result? A total of 143 countries voted yes, nine voted no "
         "and 25 abstained.", [(143, 9, 25, None)]),
        ("middle_dot", "**Result:** 141 in favour \u00b7 5 against \u00b7 35 abstentions",
         [(141, 5, 35, None)]),
        ("bold_counts_votes", "The resolution passed with **143** votes in favour and **9** "
         "against.", [(143, 9, None, None)]),
        ("bullet_colons", "How the Assembly voted:\n\u2022 Yes: 141\n\u2022 No: 5\n\u2022 "
         "Abstained: 35\n\u2022 Did not vote: 12", [(141, 5, 35, 12)]),
        ("bold_colon_headers", "**In favour:** 141\n**Against:** 5\n**Abstentions:** 35",
         [(141, 5, 35, None)]),
        ("us_and_140_other", "The United States and 140 other countries voted in favour; "
         "Russia voted against.", [(141, None, None, None)]),
        ("table_rows_absent", "The vote:\nIn favour 141\nAgainst 7\nAbstentions 32\n"
         "Absent 13", [(141, 7, 32, 13)]),
        ("to_vote_in_favour", "New Zealand was one of 141 countries to vote in favour of the "
         "resolution.", [(141, None, None, None)]),
    ],
    "gov_statement": [
        ("canada_voted_favour", "Canada voted in favour of the resolution, which was adopted by "
         "a vote of 141 in favour, 5 against and 35 abstentions.", [(141, 5, 35, None)]),
        ("supported_by_member_states", "Australia welcomes the adoption of resolution ES-11/4, "
         "which was supported by 143 Member States.", [(143, None, None, None)]),
        ("ireland_abstained", "Ireland abstained on the resolution, which was adopted with 120 "
         "votes in favour, 14 against and 45 abstentions.", [(120, 14, 45, None)]),
        ("japan_votes_to", "The Government of Japan voted in favour of the resolution, adopted "
         "by the General Assembly by 143 votes to 5 with 35 abstentions.", [(143, 5, 35, None)]),
        ("india_explanation", "India abstained in the vote on the resolution, which was passed "
         "by 141 votes in favour and 5 against.", [(141, 5, None, None)]),
    ],
    "fact_check": [
        ("claim_fact", "Claim: Most countries opposed the resolution. Fact: The resolution was "
         "adopted by 141 votes to 5, with 35 abstentions.", [(141, 5, 35, None)]),
        ("official_record_not_claimed", "FALSE. The official record shows 143 in favour, 9 "
         "against and 25 abstentions, not the 100 votes claimed in the post.",
         [(143, 9, 25, None)]),
        ("verdict_passed", "Verdict: Misleading. The resolution passed 99-52 with 12 "
         "abstentions, according to UN records.", [(99, 52, 12, None)]),
    ],
    "sc_votes": [
        ("sc_13_0_abst_from", "The Security Council vote was 13-0 with 2 abstentions, from "
         "China and Russia.", [(13, 0, 2, None)]),
        ("sc_names_instead_of_counts", "The draft received 12 votes in favour, Russia voted "
         "against and China abstained.", [(12, None, None, None)]),
        ("sc_veto_members_favour", "Russia vetoed the U.S.-drafted resolution on Friday; 11 "
         "council members voted in favour while China, India and the United Arab Emirates "
         "abstained.", [(11, None, None, None)]),
        ("sc_none_against_one_abst", "The Council adopted resolution 2728 (2024) by 14 votes in "
         "favour to none against, with 1 abstention (United States).", [(14, 0, 1, None)]),
        ("sc_14_1_veto", "The 15-member Security Council voted 14-1, with the United States "
         "casting a veto.", [(14, 1, None, None)]),
        ("sc_needed_nine", "The text, which needed nine votes and no veto to pass, got 10 in "
         "favour.", [(10, None, None, None)]),
        ("sc_unanimous_comma", "The Security Council unanimously adopted resolution 2231 (2015), "
         "15-0.", [(15, 0, None, None)]),
        ("sc_minimum_nine", "A Russian draft failed to win the minimum nine votes, receiving "
         "only four in favour, two against and nine abstentions.", [(4, 2, 9, None)]),
    ],
    "committee_votes": [
        ("third_without_vote_then", "The Third Committee approved the draft on the Democratic "
         "People's Republic of Korea without a vote, then approved a text on Iran by a recorded "
         "vote of 80 in favour to 29 against, with 65 abstentions.", [(80, 29, 65, None)]),
        ("first_committee_symbol", "The First Committee (Disarmament and International "
         "Security) approved draft resolution A/C.1/78/L.31 by a recorded vote of 164 in favour "
         "to 5 against, with 8 abstentions.", [(164, 5, 8, None)]),
        ("fourth_committee_votes", "In the Fourth Committee, the draft was approved by 90 votes "
         "in favour to 11 against, with 68 abstentions.", [(90, 11, 68, None)]),
        ("sixth_consensus", "The Sixth Committee approved the text by consensus.", []),
        ("third_dash_plenary", "The Third Committee approved the draft by a vote of 81-28-66, "
         "sending it to the plenary.", [(81, 28, 66, None)]),
    ],
    "multi_vote_texts": [
        ("egypt_amendment_then_text", "The Assembly first voted on an amendment proposed by "
         "Egypt, which was rejected by 48 votes to 79, with 33 abstentions. It then adopted the "
         "resolution by 120 votes to 14, with 45 abstentions.",
         [(48, 79, 33, None), (120, 14, 45, None)]),
        ("draft_i_and_ii", "Draft resolution I was adopted by a recorded vote of 155 in favour "
         "to 1 against, with 9 abstentions. Draft resolution II was adopted by a recorded vote "
         "of 169 in favour to 2 against.", [(155, 1, 9, None), (169, 2, None, None)]),
        ("three_amendments", "Three amendments proposed by the Russian Federation were "
         "rejected: the first by 13 votes in favour to 100 against, with 37 abstentions; the "
         "second by 14 in favour to 97 against, with 39 abstentions; and the third by 12 in "
         "favour to 99 against, with 40 abstentions.",
         [(13, 100, 37, None), (14, 97, 39, None), (12, 99, 40, None)]),
        ("failed_then_adopted_dashes", "The amendment failed 30-79-36, and the resolution was "
         "then adopted 141-7-32.", [(30, 79, 36, None), (141, 7, 32, None)]),
        ("monday_tuesday", "On Monday the Assembly adopted a resolution 93-24-58; on Tuesday it "
         "adopted a second text 100-12-60.", [(93, 24, 58, None), (100, 12, 60, None)]),
        ("delete_paragraph_then_whole", "Before the vote on the text as a whole, the Assembly "
         "voted 70 in favour to 60 against, with 30 abstentions, to delete operative paragraph "
         "4. The resolution was then adopted 150-3-10.",
         [(70, 60, 30, None), (150, 3, 10, None)]),
    ],
    "negatives": [
        ("members_session_date", "The General Assembly, which has 193 member states, will meet "
         "on 20 September for its 78th session.", []),
        ("civilians_killed", "Since 2014, the war in Ukraine has killed more than 10,000 "
         "civilians, according to the resolution.", []),
        ("cosponsors_eu", "The text had 94 co-sponsors, including 27 EU members, before the "
         "vote.", []),
        ("paragraph_all_members", "Paragraph 12 of the draft resolution calls on all 193 member "
         "states to respond.", []),
        ("election_percent", "In the presidential election, the incumbent won 52 percent of the "
         "vote against 48 percent for his rival.", []),
        ("football_after_vote", "Brazil beat Argentina 3-1 in a match watched by delegates "
         "after the vote.", []),
        ("session_meeting_date", "The resolution was adopted at the 11th emergency special "
         "session, in the 17th meeting, held on 23 February 2023.", []),
        ("refugees_million", "Some 8 million refugees have fled Ukraine, the resolution notes.",
         []),
        ("seats_parliament", "Turnout was 67 percent and the ruling party won 120 of 200 seats "
         "in the parliamentary vote.", []),
        ("years_later_council", "Security Council resolution 242 (1967) called for withdrawal; "
         "56 years later, the council voted again.", []),
        ("delayed_hours", "The vote on the resolution, scheduled for 10 a.m., was delayed by 2 "
         "hours.", []),
        ("two_thirds_members", "The Assembly has 193 members; resolutions on important questions "
         "need a two-thirds majority of those present and voting.", []),
        ("killed_injured_after", "At least 141 people were killed and 32 injured in strikes on "
         "Kharkiv after the vote.", []),
        ("permanent_members_veto", "Three of the five permanent members of the Security Council "
         "hold veto power over the resolution.", []),
        ("pages_paragraphs", "The draft, circulated on 7 March, is 12 pages long and has 24 "
         "operative paragraphs before the vote.", []),
        ("football_scores", "Chelsea won 2-0 and Arsenal drew 1-1 on the day of the vote.", []),
        ("founded_members", "The UN was founded in 1945 by 51 countries; today 193 states are "
         "members and vote in the Assembly.", []),
        ("vetoes_since", "Russia has cast 4 vetoes since February 2022, the Council's records "
         "show.", []),
        ("students_aged", "Aged 14 to 17, the students voted in a mock General Assembly.", []),
        ("poll_percent", "Polls show 62% of Americans support the resolution and 30 percent "
         "oppose it.", []),
        ("support_percent", "Support for the resolution rose to 73 percent in a poll before "
         "the vote.", []),
        ("support_rose_percent", "Public support rose to 61 percent after the Assembly vote.",
         []),
        ("headline_against_years", "Opinion\nAgainst 30 years of occupation, the Assembly "
         "voted again.", []),
        ("money_against", "The fund pledged $25 million against hunger after the vote.", []),
        ("ages_against", "The envoy, 71, voted against; his deputy, 45, said he would abstain.",
         []),
    ],
}
