"""Named-position cases for the parser: (id, text, expected positions), grouped by source style.

Each expected position is ``(iso3, position, complete, vote_id)`` in text order, with
``vote_id`` None when the text states no tally. ``[]`` means: no country may get a
position. A fourth row element, when present, is the reason for a known failure
(run as a strict xfail).
"""

from __future__ import annotations

_SEVEN = ["RUS", "BLR", "PRK", "ERI", "MLI", "NIC", "SYR"]
_SEVEN_TEXT = "Russia, Belarus, North Korea, Eritrea, Mali, Nicaragua and Syria"


def _all(codes: list[str], position: str, complete: bool, vote_id: int | None = 0) -> list:
    return [(c, position, complete, vote_id) for c in codes]


CASES: dict[str, list[tuple]] = {
    "definite_list": [
        ("seven_were", f"The resolution passed 141-7-32. The seven countries who voted against "
         f"were {_SEVEN_TEXT}.", _all(_SEVEN, "no", True)),
        ("those_voting_against", f"It passed 141-7-32. Those voting against were {_SEVEN_TEXT}.",
         _all(_SEVEN, "no", True)),
        ("voting_against_were", f"It passed 141-7-32. Voting against were {_SEVEN_TEXT}.",
         _all(_SEVEN, "no", True)),
        ("countries_that_abstained_were", "It passed 141-7-32. The countries that abstained "
         "were China and India.", _all(["CHN", "IND"], "abstain", True)),
        ("the_two_absent_were", "It passed 141-7-32, with 2 absent. The two absent were Iran and "
         "Venezuela.", _all(["IRN", "VEN"], "absent", True)),
        ("against_were_official_names", "The text was adopted 141-7-32. Voting against were the "
         "Russian Federation, Belarus, the Democratic People's Republic of Korea, Eritrea, Mali, "
         "Nicaragua and the Syrian Arab Republic.", _all(_SEVEN, "no", True)),
        ("namely", "Seven states voted against, namely Russia, Belarus, North Korea, Eritrea, "
         "Mali, Nicaragua and Syria.", _all(_SEVEN, "no", True)),
        ("dash_list", "Seven states voted against — Russia, Belarus, North Korea, Eritrea, Mali, "
         "Nicaragua and Syria.", _all(_SEVEN, "no", True)),
        ("in_favour_were", "The text got 3 votes in favour. Those voting in favour were Cuba, "
         "Syria and Iran.", _all(["CUB", "SYR", "IRN"], "yes", True)),
    ],
    "subject_list": [
        ("voted_against", f"The resolution passed 141-7-32. {_SEVEN_TEXT} voted against.",
         _all(_SEVEN, "no", True)),
        ("abstained_partial_count", "The resolution passed 141-7-32. China and India abstained.",
         _all(["CHN", "IND"], "abstain", False)),
        ("abstained_full_count", "The resolution passed 141-7-2. China and India abstained.",
         _all(["CHN", "IND"], "abstain", True)),
        ("voted_no", "Russia and Belarus voted no on the text.", _all(["RUS", "BLR"], "no", True,
                                                                        None)),
        ("voted_in_favour", "Ukraine and Poland voted in favour.",
         _all(["UKR", "POL"], "yes", True, None)),
        ("voted_for", "The United States and Canada voted for the resolution, which passed "
         "141-7-32.", _all(["USA", "CAN"], "yes", False)),
        ("did_not_take_part", "It passed 141-7-32. Venezuela did not take part in the vote.",
         _all(["VEN"], "absent", True)),
        ("did_not_vote", "Iran did not vote.", _all(["IRN"], "absent", True, None)),
        ("was_absent", "The resolution passed 141-7-32; Venezuela was absent.",
         _all(["VEN"], "absent", True)),
        ("also_abstained", "China also abstained in the vote, which passed 141-7-32.",
         _all(["CHN"], "abstain", False)),
        ("both_abstained", "China and India both abstained in the 141-7-32 vote.",
         _all(["CHN", "IND"], "abstain", False)),
        ("opposed_the_resolution", "Russia and Syria opposed the resolution.",
         _all(["RUS", "SYR"], "no", True, None)),
        ("while_split", "Russia and Belarus voted against, while China and India abstained.",
         _all(["RUS", "BLR"], "no", True, None) + _all(["CHN", "IND"], "abstain", True, None)),
        ("whereas_split", "Syria voted against whereas Iran abstained.",
         _all(["SYR"], "no", True, None) + _all(["IRN"], "abstain", True, None)),
        ("which_voted", "Belarus, which voted against, is a close ally of Moscow.",
         _all(["BLR"], "no", True, None)),
        ("official_absent", "The Bolivarian Republic of Venezuela did not participate in the "
         "vote.", _all(["VEN"], "absent", True, None)),
        ("did_not_press_button", "It passed 141-7-32. Venezuela did not press a button in the "
         "vote.",
         _all(["VEN"], "absent", True)),
        ("chose_to_abstain", "China and India chose to abstain.",
         _all(["CHN", "IND"], "abstain", True, None)),
        ("backed_text", "Japan and Germany backed the text, which was adopted 141-7-32.",
         _all(["JPN", "DEU"], "yes", False)),
    ],
    "partial_list": [
        ("seed_among_the_32", "It passed 141-7-32. China, India, Iran and South Africa were "
         "among the 32 countries to abstain in the vote.",
         _all(["CHN", "IND", "IRN", "ZAF"], "abstain", False)),
        ("including", "The resolution passed 141-7-32, with abstentions including China and "
         "India.", _all(["CHN", "IND"], "abstain", False)),
        ("count_including", "The text passed with 141 votes in favour, 7 against and 32 "
         "abstentions, including China and India.", _all(["CHN", "IND"], "abstain", False)),
        ("among_them", "It passed 141-7-32; 32 countries abstained, among them China and "
         "India.", _all(["CHN", "IND"], "abstain", False)),
        ("such_as", "It passed 141-7-32. Countries such as China and India abstained.",
         _all(["CHN", "IND"], "abstain", False)),
        ("among_others", "It passed 141-7-32. China and India, among others, abstained.",
         _all(["CHN", "IND"], "abstain", False)),
        ("among_those_abstaining", "It passed 141-7-32. Among those abstaining were China and "
         "India.", _all(["CHN", "IND"], "abstain", False)),
        ("abstainers_included", "It passed 141-7-32. The 32 abstainers included China and India.",
         _all(["CHN", "IND"], "abstain", False)),
        ("were_among_those", "It passed 141-7-32. China and India were among those that "
         "abstained.", _all(["CHN", "IND"], "abstain", False)),
        ("opponents_included", "It passed 141-7-32. Opponents included Russia and Syria.",
         _all(["RUS", "SYR"], "no", False)),
        ("supporters_like", "It passed 141-7-32 with supporters like Japan and Canada.",
         _all(["JPN", "CAN"], "yes", False)),
        ("etc", "It passed 141-7-32. In favour were Japan, Canada, etc.",
         _all(["JPN", "CAN"], "yes", False)),
        ("and_others", "It passed 141-7-32. Japan, Canada and others voted in favour.",
         _all(["JPN", "CAN"], "yes", False)),
        ("notably", "It passed 141-7-32; several states abstained, notably China and India.",
         _all(["CHN", "IND"], "abstain", False)),
    ],
    "only_list": [
        ("only_voted_against", "It passed 141-2-32. Only Russia and Belarus voted against.",
         _all(["RUS", "BLR"], "no", True)),
        ("only_partial_count", "It passed 141-7-32. Only Russia and Belarus voted against.",
         _all(["RUS", "BLR"], "no", True)),
        ("were_the_only", "It passed 141-2-32. Russia and Belarus were the only countries to "
         "vote against.", _all(["RUS", "BLR"], "no", True)),
        ("alone", "Israel alone voted against, with the United States abstaining.",
         _all(["ISR"], "no", True, None) + _all(["USA"], "abstain", True, None)),
        ("the_only_no", "It passed 185-1-2. The only vote against came from the United States.",
         _all(["USA"], "no", True)),
    ],
    "annex": [
        ("un_annex", "The draft was adopted by a recorded vote of 5 in favour to 3 against, "
         "with 2 abstentions, as follows:\n\nIn favour: Albania, Andorra, Australia, Austria, "
         "Belgium.\n\nAgainst: Belarus, Russian Federation, Syria.\n\nAbstaining: China, India."
         "\n\nAbsent: Venezuela.",
         _all(["ALB", "AND", "AUS", "AUT", "BEL"], "yes", True)
         + _all(["BLR", "RUS", "SYR"], "no", True)
         + _all(["CHN", "IND"], "abstain", True)
         + _all(["VEN"], "absent", True)),
        ("annex_inline", "It was adopted 3-2-1. In favour: Japan, Canada, Chile. Against: "
         "Russian Federation, Belarus. Abstaining: India.",
         _all(["JPN", "CAN", "CHL"], "yes", True) + _all(["RUS", "BLR"], "no", True)
         + _all(["IND"], "abstain", True)),
        ("annex_us_spelling", "Adopted 2-1-0.\n\nIn favor: Peru, Chile.\n\nAgainst: Cuba.",
         _all(["PER", "CHL"], "yes", True) + _all(["CUB"], "no", True)),
        ("annex_long_names", "Adopted 4-0-2.\n\nIn favour: Bolivia (Plurinational State of), "
         "Micronesia (Federated States of), Saint Vincent and the Grenadines, Trinidad and "
         "Tobago.\n\nAbstaining: Democratic People's Republic of Korea, Syrian Arab Republic.",
         _all(["BOL", "FSM", "VCT", "TTO"], "yes", True) + _all(["PRK", "SYR"], "abstain", True)),
        ("annex_abstentions_header", "Adopted 1-1-1.\n\nIn favour: Fiji.\n\nAgainst: Nauru.\n\n"
         "Abstentions: Tonga.",
         _all(["FJI"], "yes", True) + _all(["NRU"], "no", True) + _all(["TON"], "abstain", True)),
        ("annex_no_tally", "In favour: Ghana, Kenya.\n\nAgainst: Mali.",
         _all(["GHA", "KEN"], "yes", True, None) + _all(["MLI"], "no", True, None)),
    ],
    "parenthesis": [
        ("count_paren", "The resolution was adopted by 141 in favour to 7 against (Russia, "
         "Belarus, North Korea, Eritrea, Mali, Nicaragua, Syria), with 32 abstentions.",
         _all(_SEVEN, "no", True)),
        ("count_paren_partial", "It passed with 141 in favour, 7 against (Russia, Belarus and "
         "others) and 32 abstentions.", _all(["RUS", "BLR"], "no", False)),
        ("one_against_paren", "Adopted by 122 in favour to 1 against (United States), with 1 "
         "abstention (Israel).", _all(["USA"], "no", True) + _all(["ISR"], "abstain", True)),
        ("paren_including", "It passed 141-7 with 32 abstentions (including China and India).",
         _all(["CHN", "IND"], "abstain", False)),
        ("paren_few_names", "It passed with 141 in favour, 7 against (Russia, Belarus) and 32 "
         "abstentions.", _all(["RUS", "BLR"], "no", False)),
        ("sc_paren", "The Council voted 13 in favour, 1 against (Russia) and 1 abstention "
         "(China).", _all(["RUS"], "no", True) + _all(["CHN"], "abstain", True)),
    ],
    "multi_vote": [
        ("list_after_second", "The amendment failed 20-90-30. The resolution passed 141-7-32. "
         "Russia and Belarus voted against it.", _all(["RUS", "BLR"], "no", False, 1)),
        ("list_in_each", "The amendment failed by 20 votes to 90; only Egypt and Iran voted for "
         "it. The resolution then passed by 141 votes to 7, with Russia and Syria among those "
         "voting against.", _all(["EGY", "IRN"], "yes", True, 0)
         + _all(["RUS", "SYR"], "no", False, 1)),
        ("sc_then_ga", "In the Security Council, the draft got 11 votes in favour, 1 against "
         "(Russia) and 3 abstentions (China, India, Gabon). In the General Assembly it passed "
         "141-7-32, with Syria voting against.",
         _all(["RUS"], "no", True, 0) + _all(["CHN", "IND", "GAB"], "abstain", True, 0)
         + _all(["SYR"], "no", False, 1)),
        ("list_before_tally", "Russia, Belarus and Syria voted against the resolution, which "
         "passed 141-3-32.", _all(["RUS", "BLR", "SYR"], "no", True, 0)),
        # a list a few sentences before the only tally is that tally's
        ("list_ahead_only_tally", "Today, Canada voted in favour of the resolution at the "
         "General Assembly. We voted in favour because the situation demands action. Canada has "
         "called for the protection of civilians. The resolution was adopted with the support of "
         "153 Member States.", _all(["CAN"], "yes", False, 0)),
        # ... or, with more tallies, the first one's when it names as many as that one counts
        ("list_ahead_count_matches", "Voting against were Russia, Belarus and Syria. Diplomats "
         "expected that. Ukraine lobbied hard. The resolution was adopted 141-3-32. An amendment "
         "failed 20-90-30.", _all(["RUS", "BLR", "SYR"], "no", True, 0)),
        # negatives: another count, another time, another body
        ("list_ahead_count_differs", "Voting against were Russia and Syria. Diplomats expected "
         "that. Ukraine lobbied hard. The resolution was adopted 141-3-32. An amendment failed "
         "20-90-30.", _all(["RUS", "SYR"], "no", True, None)),
        ("list_ahead_last_year", "Last year, Russia and Belarus voted against a similar text. "
         "Diplomats expect the same. Ukraine lobbied hard. The resolution was adopted by 141 "
         "votes to 7.", _all(["RUS", "BLR"], "no", True, None)),
        ("list_ahead_other_body", "In the Security Council, Russia voted against a similar "
         "text. Diplomats expect the same. Ukraine lobbied hard. The General Assembly adopted the "
         "resolution by 141 votes to 7.", _all(["RUS"], "no", True, None)),
        # a list whose sentence names the day of another tally than the one before it
        ("list_names_day_of_vote", "UNITED NATIONS, Feb 24, 2023 - On Thursday the General "
         "Assembly adopted the text 141-7-32. In 2014, resolution 68/262 was adopted on 27 March "
         "by 100 votes to 11, with 58 abstentions. Thursday's abstainers included China and "
         "India.", _all(["CHN", "IND"], "abstain", False, 0)),
        ("list_names_no_day", "UNITED NATIONS, Feb 24, 2023 - On Thursday the General Assembly "
         "adopted the text 141-7-32. In 2014, resolution 68/262 was adopted on 27 March by 100 "
         "votes to 11, with 58 abstentions. China and India were among the abstainers.",
         _all(["CHN", "IND"], "abstain", False, 1)),
    ],
    "wire_style": [
        ("reuters_abstainers", "The resolution passed 141-7-32. China and India, which have "
         "not condemned the invasion, abstained.", _all(["CHN", "IND"], "abstain", False)),
        ("ministry_said", "Pakistan abstained, its foreign ministry said, in the 141-7-32 vote.",
         _all(["PAK"], "abstain", False)),
        ("voted_yes", "Brazil voted yes, its envoy said.", _all(["BRA"], "yes", True, None)),
        ("turkey_variant", "Türkiye and Hungary voted in favour of the 141-7-32 text.",
         _all(["TUR", "HUN"], "yes", False)),
        ("us_abbrev", "The U.S. and the U.K. voted against the resolution, which passed "
         "100-2-50.", _all(["USA", "GBR"], "no", True)),
        ("semicolon_lists", "Against: Russia, Belarus; abstaining: China, India.",
         _all(["RUS", "BLR"], "no", True, None) + _all(["CHN", "IND"], "abstain", True, None)),
        ("joined_by", "Russia voted against, joined by Belarus and Syria.",
         _all(["RUS"], "no", True, None) + _all(["BLR", "SYR"], "no", True, None)),
        ("along_with", "Russia voted against the resolution along with Belarus and Syria.",
         _all(["RUS"], "no", True, None) + _all(["BLR", "SYR"], "no", True, None)),
        ("abstention_came_from", "The sole abstention came from China.",
         _all(["CHN"], "abstain", True, None)),
        ("duplicates_once", "It passed 141-7-32. Russia voted against. Russia voted against "
         "again, its envoy said.", _all(["RUS"], "no", False)),
    ],
    "realistic": [
        ("press_paren_official", "The Assembly adopted the draft (A/ES-11/L.7) by a recorded "
         "vote of 141 in favour to 7 against (Belarus, Democratic People\u2019s Republic of Korea, "
         "Eritrea, Mali, Nicaragua, Russian Federation, Syria), with 32 abstentions.",
         _all(["BLR", "PRK", "ERI", "MLI", "NIC", "RUS", "SYR"], "no", True)),
        ("veto_and_abstain", "Russia vetoed the resolution, with 13 members voting in favour and "
         "China abstaining.", _all(["RUS"], "no", True) + _all(["CHN"], "abstain", True)),
        ("no_votes_came_from", "The no votes came from Russia, Belarus, North Korea, Eritrea, "
         "Mali, Nicaragua and Syria.", _all(_SEVEN, "no", True, None)),
        ("joined_in_voting", "Eritrea, Mali and Nicaragua joined Russia, Belarus, North Korea and "
         "Syria in voting against.",
         _all(["ERI", "MLI", "NIC"], "no", True, None)
         + _all(["RUS", "BLR", "PRK", "SYR"], "no", True, None)),
        ("reuters_among_those", "UNITED NATIONS, Feb 23 (Reuters) - The General Assembly on "
         "Thursday called for Russia to end the war. The resolution was approved with 141 votes "
         "in favor, seven against and 32 abstentions. China and India were among those that "
         "abstained.", _all(["CHN", "IND"], "abstain", False)),
        ("notable_abstentions_while", "Notable abstentions included China, India and South "
         "Africa, while Russia, Belarus and Syria voted no.",
         _all(["CHN", "IND", "ZAF"], "abstain", False, None)
         + _all(["RUS", "BLR", "SYR"], "no", True, None)),
        ("sc_against_and_abstained", "The Security Council voted 12-2-1 on the draft. Russia and "
         "China voted against and India abstained.",
         _all(["RUS", "CHN"], "no", True) + _all(["IND"], "abstain", True)),
        ("countries_voting_against_were", "The resolution (A/77/L.5) was adopted by 143 votes in "
         "favour to 5 against, with 35 abstentions. The countries voting against were Russia, "
         "Belarus, Nicaragua, North Korea and Syria.",
         _all(["RUS", "BLR", "NIC", "PRK", "SYR"], "no", True)),
        ("ukraine_thanked", "Ukraine thanked the 141 countries that voted in favour.", []),
        ("sponsor_spoke", "Introducing the draft, the representative of Ukraine said the 141-7-32 "
         "vote sent a message.", []),
    ],
    "asides": [
        ("aside_list", "The resolution received 141 votes in favour, while 7 countries, "
         "including Russia, voted against.", _all(["RUS"], "no", False)),
        ("aside_list_abstain", "Thirty-two countries, including China and India, abstained.",
         _all(["CHN", "IND"], "abstain", False)),
        ("aside_dash", "The resolution received 141 votes in favor, while 35 countries "
         "abstained and five - Russia, Belarus, North Korea, Eritrea and Syria - voted against "
         "it.", _all(["RUS", "BLR", "PRK", "ERI", "SYR"], "no", True)),
        ("aside_en_dash_only", "Only five countries \u2013 Russia, Belarus, North Korea, Eritrea "
         "and Syria \u2013 voted against the resolution.",
         _all(["RUS", "BLR", "PRK", "ERI", "SYR"], "no", True)),
        ("aside_paren_subject", "Seven (Russia, Belarus, North Korea, Eritrea, Mali, Nicaragua "
         "and Syria) voted against, 32 abstained.", _all(_SEVEN, "no", True)),
        ("paren_lists_two", "It passed with 141 in favour, 7 against (Russia, Belarus) and 32 "
         "abstentions (China, India).",
         _all(["RUS", "BLR"], "no", False) + _all(["CHN", "IND"], "abstain", False)),
    ],
    "list_restates": [
        # a list sentence restating the count belongs to the tally it restates
        ("restated_then_absent", "On 27 March 2014 the General Assembly adopted resolution "
         "68/262 by 100 votes to 11, with 58 abstentions. The 11 countries that voted against "
         "were Armenia, Belarus, Bolivia, Cuba, North Korea, Nicaragua, Russia, Sudan, Syria, "
         "Venezuela and Zimbabwe.\n\nKazakhstan, China and India were among the 58 countries "
         "that abstained, and Serbia was among the 24 delegations that did not vote.",
         _all(["ARM", "BLR", "BOL", "CUB", "PRK", "NIC", "RUS", "SDN", "SYR", "VEN", "ZWE"],
              "no", True)
         + _all(["KAZ", "CHN", "IND"], "abstain", False) + _all(["SRB"], "absent", False)),
        ("among_to_abstain", f"The motion was backed by 141 nations with 32 abstaining and seven "
         f"voting against. China and India were among the 32 countries to abstain in the vote. "
         f"The seven countries who voted against were {_SEVEN_TEXT}.",
         _all(["CHN", "IND"], "abstain", False) + _all(_SEVEN, "no", True)),
        ("among_number_word", "It passed with 141 votes in favour, five against and 35 "
         "abstentions. Syria was among the five countries that voted against, and Venezuela "
         "was among the 12 that did not vote.",
         _all(["SYR"], "no", False) + _all(["VEN"], "absent", False)),
        ("absent_far_definite", f"The resolution passed 141-7-32. The seven countries that voted "
         f"against were {_SEVEN_TEXT}. Diplomats said the result was expected. Observers noted "
         f"the turnout. Venezuela was among the 13 delegations that did not vote.",
         _all(_SEVEN, "no", True) + _all(["VEN"], "absent", False)),
        ("restated_conflicts", "The resolution was adopted by 141 votes to 7, with 32 "
         "abstentions. The eight countries that voted against were Russia, Belarus, North Korea, "
         "Eritrea, Mali, Nicaragua, Syria and Cuba.", _all([*_SEVEN, "CUB"], "no", True, 1)),
        ("second_and_clause", "The resolution was adopted by 141 votes to 7, with 32 "
         "abstentions. The eight countries that voted against were Russia, Belarus, North Korea, "
         "Eritrea, Mali, Nicaragua, Syria and Cuba, and Serbia was among the 13 delegations that "
         "did not vote.", _all([*_SEVEN, "CUB"], "no", True, 1) + _all(["SRB"], "absent", False, 1)),
        ("second_resolution", "The Assembly adopted resolution 68/262 by 100 votes to 11, with "
         "58 abstentions. The 11 countries that voted against were Armenia, Belarus, Bolivia, "
         "Cuba, North Korea, Nicaragua, Russia, Sudan, Syria, Venezuela and Zimbabwe. It then "
         "adopted resolution 68/263, on which 24 delegations did not vote. Serbia was among the "
         "24 delegations that did not vote.",
         _all(["ARM", "BLR", "BOL", "CUB", "PRK", "NIC", "RUS", "SDN", "SYR", "VEN", "ZWE"],
              "no", True)
         + _all(["SRB"], "absent", False, 1)),
        ("list_joins_latest", "Resolution ES-11/1 was adopted by 141 votes to 5, with 35 "
         "abstentions. Resolution ES-11/4 was adopted by 143 votes to 5, with 35 abstentions. "
         "The five countries that voted against resolution ES-11/4 were Russia, Belarus, North "
         "Korea, Nicaragua and Syria.", _all(["RUS", "BLR", "PRK", "NIC", "SYR"], "no", True, 1)),
        ("amendment_absent", "The resolution was adopted by 141 votes to 7, with 32 abstentions. "
         "On the amendment, 20 delegations did not vote, among them Serbia.",
         _all(["SRB"], "absent", False, 1)),
        # a list with a definite count goes to the tally that count restates, past another
        ("definite_past_sc", "The General Assembly adopted the text by 153 votes to 10, with 23 "
         "abstentions. Days earlier the Security Council had failed to adopt a similar text: 13 "
         "of its 15 members voted yes and Britain abstained. Among the 23 countries that "
         "abstained in the Assembly were Argentina and Ukraine.",
         _all(["GBR"], "abstain", True, 1) + _all(["ARG", "UKR"], "abstain", False, 0)),
        ("abstainers_past_sc", "The General Assembly adopted the text by 153 votes to 10, with 23 "
         "abstentions. The Security Council had failed to adopt a similar text: 13 of its 15 "
         "members voted yes. The 23 abstainers included Argentina and Ukraine.",
         _all(["ARG", "UKR"], "abstain", False, 0)),
        ("list_names_earlier_symbol", "Resolution ES-11/1 was adopted by 141 votes to 5, with 35 "
         "abstentions. Resolution ES-11/4 was adopted by 143 votes to 5, with 35 abstentions. "
         "Syria was among the five countries that voted against resolution ES-11/1.",
         _all(["SYR"], "no", False, 0)),
        # negative: a new count completes the last tally, and its list is that tally's
        ("definite_new_value_completes", "The General Assembly adopted the text by 153 votes "
         "to 10, with 23 abstentions. The Security Council had failed to adopt a similar text: "
         "13 of its 15 members voted yes. The 2 countries that abstained were Britain "
         "and Ghana.", _all(["GBR", "GHA"], "abstain", True, 1)),
        ("veto_named_in_list", "The General Assembly voted 141-7-32. Russia, which holds a veto "
         "in the Security Council, was among the seven countries that voted against.",
         _all(["RUS"], "no", False)),
        ("count_clause_after_list", "The Assembly adopted resolution ES-11/1 by 141 votes to 5, "
         "with 35 abstentions. The five countries that voted against were Russia, Belarus, North "
         "Korea, Eritrea and Syria, and 12 delegations did not vote.",
         _all(["RUS", "BLR", "PRK", "ERI", "SYR"], "no", True)),
    ],
    "unknown_names": [
        ("unknown_in_list", "The six countries that voted against were Russia, Belarus, North "
         "Korea, Eritrea, Narnia and Syria.",
         _all(["RUS", "BLR", "PRK", "ERI", None, "SYR"], "no", True, 0)),
        ("two_unknown", "Voting against were Russia, Narnia, Atlantis and Syria.",
         _all(["RUS", None, None, "SYR"], "no", True, None)),
        ("unknown_keeps_list", "Japan, the Moon Republic and Chile voted in favour.",
         _all(["JPN", None, "CHL"], "yes", True, None)),
        ("unknown_in_annex", "Adopted 3-2-1.\n\nIn favour: Japan, Narnia, Chile.\n\nAgainst: "
         "Russian Federation, Atlantis.\n\nAbstaining: India.",
         _all(["JPN", None, "CHL"], "yes", True) + _all(["RUS", None], "no", True)
         + _all(["IND"], "abstain", True)),
        ("unknown_at_edge_dropped", "Narnia, Russia and Syria voted against.",
         _all(["RUS", "SYR"], "no", True, None)),
    ],
    "mere_mention": [
        ("subject_of_story", "Iran's foreign minister will visit Moscow to discuss drones sent "
         "to Russia.", []),
        ("capital_city", "In Kyiv and Moscow, officials reacted to the vote.", []),
        ("possessive", "Iran's envoy said the resolution, which passed 141-7-32, was biased.",
         []),
        ("war_against", "The resolution condemned the war against Ukraine and passed 141-7-32.",
         []),
        ("drafted_by", "The text, drafted by Ukraine, passed 141-7-32.", []),
        ("seed_like_defence", "The military connections between the Islamic Republic of Iran and "
         "the Russian Federation are not directed against any third country.", []),
        ("sponsors", "Ukraine and Moldova introduced the draft, which was adopted 141-7-32.", []),
        ("ally_of", "Belarus is a close ally of Russia.", []),
        ("invasion", "Russia invaded Ukraine a year before the vote.", []),
        ("said", "Russia said the vote was meaningless.", []),
        ("passive_backed", "Ukraine was backed by its allies in the vote.", []),
        ("supplying", "Western nations claim Iran has been supplying drones to Russia.", []),
        ("ambassador", "The ambassador of China spoke before the vote.", []),
        ("vote_in_country", "Elections in Nigeria were held as Nigeria voted for a new "
         "president.", []),
        ("abstain_policy", "India has long said it would abstain on texts about Russia.", []),
    ],
    "un_press_annex": [
        ("annex_official_names", "The text was adopted by a recorded vote of 4 in favour to 2 "
         "against, with 2 abstentions, as follows:\n\nIn favour: Bolivia (Plurinational State "
         "of), Iran (Islamic Republic of), Türkiye, Venezuela (Bolivarian Republic of).\n\n"
         "Against: Democratic People's Republic of Korea, Syrian Arab Republic.\n\nAbstain: Lao "
         "People's Democratic Republic, United Republic of Tanzania.\n\nAbsent: Republic of "
         "Moldova, Côte d'Ivoire.",
         _all(["BOL", "IRN", "TUR", "VEN"], "yes", True) + _all(["PRK", "SYR"], "no", True)
         + _all(["LAO", "TZA"], "abstain", True) + _all(["MDA", "CIV"], "absent", True)),
        ("annex_inline_against", "Against: Belarus, Democratic People's Republic of Korea, "
         "Eritrea, Russian Federation, Syrian Arab Republic.",
         _all(["BLR", "PRK", "ERI", "RUS", "SYR"], "no", True, None)),
        ("press_paren_two_lists", "By a recorded vote of 185 in favour to 2 against (Israel, "
         "United States), with 2 abstentions (Marshall Islands, Micronesia (Federated States "
         "of)), the Assembly adopted the resolution.",
         _all(["ISR", "USA"], "no", True) + _all(["MHL", "FSM"], "abstain", True)),
        ("annex_absent_header_only", "Adopted 2-1-0.\n\nIn favour: Argentina, Brazil.\n\n"
         "Against: Israel.\n\nAbsent: Venezuela (Bolivarian Republic of).",
         _all(["ARG", "BRA"], "yes", True) + _all(["ISR"], "no", True)
         + _all(["VEN"], "absent", True)),
    ],
    "gov_statement": [
        ("canada_in_favour", "Canada voted in favour of the resolution, which passed 141-5-35.",
         _all(["CAN"], "yes", False)),
        ("ireland_abstained_which", "Ireland abstained on the resolution, which was adopted with "
         "120 votes in favour, 14 against and 45 abstentions.", _all(["IRL"], "abstain", False)),
        ("kenya_envoy", "Kenya's ambassador said Kenya voted in favour.",
         _all(["KEN"], "yes", True, None)),
        ("us_and_140_other", "The United States and 140 other countries voted in favour; Russia "
         "voted against.", _all(["USA"], "yes", False) + _all(["RUS"], "no", True)),
        # "joined by" a list, the cue after it
        ("joined_by_in_supporting", "The resolution was adopted with the support of 153 Member "
         "States. We were joined by Australia and New Zealand, and by a large number of our "
         "partners, in supporting the text.", _all(["AUS", "NZL"], "yes", False)),
        ("joined_by_in_voting_against", "The resolution passed 153-10-23. The United States was "
         "joined by Israel in voting against.", _all(["USA", "ISR"], "no", False)),
        ("joined_by_in_the_hall", "The resolution passed 153-10-23. The envoy was joined by "
         "Poland and Lithuania in the hall after the vote.", []),
        ("joined_by_in_welcoming", "The resolution passed 153-10-23. The envoy was joined by "
         "Poland and Lithuania in welcoming the vote.", []),
    ],
    "wire_lists": [
        ("voted_no_ends_sentence", "The resolution passed 141-7-32. Russia and Belarus voted no. "
         "China and India abstained.",
         _all(["RUS", "BLR"], "no", False) + _all(["CHN", "IND"], "abstain", False)),
        ("only_voted_no_then_backed", "The resolution passed 141-1-32. Only Russia voted no. "
         "Brazil backed it.", [("RUS", "no", True, 0), ("BRA", "yes", False, 0)]),
        ("reuters_china_india_abstaining", "The resolution, which condemned Russia's invasion "
         "of Ukraine, passed 141-5-35, with China and India abstaining.",
         _all(["CHN", "IND"], "abstain", False)),
        ("only_us_israel", "Only the United States and Israel voted against the resolution, "
         "which passed 187-2-3.", _all(["USA", "ISR"], "no", True)),
        ("only_countries_were", "The only countries to vote against were the United States and "
         "Israel.", _all(["USA", "ISR"], "no", True, None)),
        ("those_against_included", "Those voting against included Russia and Syria.",
         _all(["RUS", "SYR"], "no", False, None)),
        ("among_those_against", "Among those voting against were Russia, Belarus and North "
         "Korea.", _all(["RUS", "BLR", "PRK"], "no", False, None)),
        ("such_countries_as", "Such countries as China and India abstained.",
         _all(["CHN", "IND"], "abstain", False, None)),
        ("russia_and_six_other", "Russia and six other countries voted against.",
         _all(["RUS"], "no", False)),
        ("african_such_as", "A number of African states, such as Senegal, Uganda and Algeria, "
         "abstained.", _all(["SEN", "UGA", "DZA"], "abstain", False, None)),
        ("brics_while", "Brazil, India, China and South Africa abstained, while Saudi Arabia "
         "voted in favour.", _all(["BRA", "IND", "CHN", "ZAF"], "abstain", True, None)
         + _all(["SAU"], "yes", True, None)),
        ("semicolon_clauses", "Argentina voted against the resolution; Chile and Peru "
         "abstained; Brazil was absent.", _all(["ARG"], "no", True, None)
         + _all(["CHL", "PER"], "abstain", True, None) + _all(["BRA"], "absent", True, None)),
        ("official_absent_list", "Cuba, Nicaragua and Venezuela (Bolivarian Republic of) did not "
         "participate in the vote.", _all(["CUB", "NIC", "VEN"], "absent", True, None)),
        ("appositive_both", "Hungary and Türkiye, both NATO members, voted in favour.",
         _all(["HUN", "TUR"], "yes", True, None)),
        ("appositive_candidate", "Serbia, a candidate for EU membership, voted in favour.",
         _all(["SRB"], "yes", True, None)),
    ],
    "sc_lists": [
        ("sc_names_instead_of_counts", "The draft received 12 votes in favour, Russia voted "
         "against and China abstained.",
         _all(["RUS"], "no", True) + _all(["CHN"], "abstain", True)),
        ("sc_veto_uae", "Russia vetoed the U.S.-drafted resolution on Friday; 11 council members "
         "voted in favour while China, India and the United Arab Emirates abstained.",
         _all(["RUS"], "no", True) + _all(["CHN", "IND", "ARE"], "abstain", True)),
        ("sc_abstention_paren", "The Council adopted resolution 2728 (2024) by 14 votes in "
         "favour to none against, with 1 abstention (United States).",
         _all(["USA"], "abstain", True)),
        ("sc_13_0_from", "The Security Council vote was 13-0 with 2 abstentions, from China and "
         "Russia.", _all(["CHN", "RUS"], "abstain", True)),
    ],
    "mere_mention_more": [
        ("tehran_president", "Speaking in Tehran, Iran's president said the vote, 141-5-35, "
         "was unjust.", []),
        ("iran_minister_then_abstained", "Iran's foreign minister criticised the resolution, "
         "which passed 141-5-35; Iran abstained.", _all(["IRN"], "abstain", False)),
        ("subject_ukraine", "Ukraine welcomed the vote, in which 141 countries backed its call "
         "for peace; Russia voted against.", _all(["RUS"], "no", True)),
        ("drafted_by_mexico", "The text, drafted by Mexico and Norway, was adopted 122-1-54.",
         []),
        ("capitals_reacted", "Officials in Washington, Beijing and Moscow reacted to the 141-5-35 "
         "vote.", []),
        ("invasion_of", "The Assembly voted 141-5-35 to condemn the invasion of Ukraine by "
         "Russia.", []),
        ("envoy_of_spoke", "After the vote, the envoy of India explained the abstention.", []),
        ("neither_nor", "Neither India nor China voted against the resolution.", []),
        ("did_not_vote_against", "Mexico did not vote against the resolution.", []),
        ("not_among_those", "Kazakhstan was not among those voting against.", []),
        ("ally_of_in_apposition", "Belarus, a close ally of Russia, voted against the "
         "resolution.", _all(["BLR"], "no", True, None)),
        ("ally_of_in_relative", "Belarus, which is an ally of Russia, voted against.",
         _all(["BLR"], "no", True, None)),
        ("together_with", "Together with Belarus, Russia voted against.",
         _all(["BLR", "RUS"], "no", True, None)),
        ("presidential_election", "Brazilians voted in the presidential election on Sunday, "
         "and Brazil voted for a new government.", []),
        ("it_abstained", "Mexico did not vote against the resolution; it abstained.",
         _all(["MEX"], "abstain", True, None),
         "the pronoun in 'it abstained' is not resolved to the state named before"),
    ],
}
