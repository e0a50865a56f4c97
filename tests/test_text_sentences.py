"""Sentence splitting (``unvotes._text.sentences``): the boundaries the parser relies on."""

from __future__ import annotations

import pytest

from unvotes._text import sentences

# (id, text, the sentences expected)
CASES = [
    ("plain", "The vote was held. It passed.", ["The vote was held.", "It passed."]),
    ("title_mr", "Mr. Guterres spoke. It passed.", ["Mr. Guterres spoke.", "It passed."]),
    ("title_upper", "DR. ALI spoke. It passed.", ["DR. ALI spoke.", "It passed."]),
    ("us_envoy", "The U.S. envoy voted no. Russia too.", ["The U.S. envoy voted no.", "Russia too."]),
    ("un_dots", "The U.N. body met. It voted.", ["The U.N. body met.", "It voted."]),
    ("voted_no", "Russia voted no. China abstained.", ["Russia voted no.", "China abstained."]),
    ("nos", "See Nos. 5 and 6. Then vote.", ["See Nos. 5 and 6.", "Then vote."]),
    ("initial", "J. Smith reported. Then it passed.", ["J. Smith reported.", "Then it passed."]),
    ("month_abbrev", "On Feb. 23 it passed. Russia objected.", ["On Feb. 23 it passed.", "Russia objected."]),
    ("number_no", "See resolution No. 5 adopted today. It was close.",
     ["See resolution No. 5 adopted today.", "It was close."]),
    ("word_ending_like_abbrev", "It was the best. Then came more.", ["It was the best.", "Then came more."]),
    ("ellipsis", "They waited... Then it passed.", ["They waited...", "Then it passed."]),
    ("exclamation", "It passed! Russia objected?", ["It passed!", "Russia objected?"]),
    ("closing_quote", "\u201cWe object.\u201d Then it passed.", ["\u201cWe object.\u201d", "Then it passed."]),
    ("paren", "(It passed 141-7.) Russia objected.", ["(It passed 141-7.)", "Russia objected."]),
    ("decimal", "Turnout was 93.5 percent. It passed.", ["Turnout was 93.5 percent.", "It passed."]),
    ("year_end", "It was adopted in 2023. Russia objected.", ["It was adopted in 2023.", "Russia objected."]),
    ("blank_line", "It passed\n\nRussia objected", ["It passed", "Russia objected"]),
    ("single_newline", "It passed\nby 141 votes.", ["It passed\nby 141 votes."]),
    ("annex_headers", "In favour: Albania, Chad. Against: Russia. Abstaining: China.",
     ["In favour: Albania, Chad.", "Against: Russia.", "Abstaining: China."]),
    ("annex_no_stop", "In favour: Albania, Chad Against: Russia", ["In favour: Albania, Chad", "Against: Russia"]),
    # an abbreviation ends at a letter: a full stop alone on the next line still ends the sentence
    ("stop_after_newline", "No\n. Next one", ["No\n.", "Next one"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    spans = sentences(text)
    assert [s for _, _, s in spans] == expected
    assert all(text[a:b] == s for a, b, s in spans)


def test_limits_keep_offsets() -> None:
    text = "Intro. Mr. Guterres spoke. It passed. Outro."
    a = text.index("Mr.")
    b = text.index(" Outro")
    assert sentences(text, a, b) == [(a, a + 19, "Mr. Guterres spoke."),
                                    (a + 20, b, "It passed.")]
