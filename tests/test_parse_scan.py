"""The parser's one-pass scan finds exactly what slower, plain scans find (hypothesis).

``unvotes._scan._scan`` replaces one ``bytes.find`` pass per keyword and a regular
expression scan for numbers with numpy window codes; these tests hold it to the plain
scans it replaced, on text built to hit keywords, number words and the bytes that share
a window code with a letter.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unvotes import _counts, _lists, _meta, _scan

_PIECES = [
    *(k.decode("ascii") for k, _, _ in _scan._SCAN_KEYWORDS),
    "Against", "VOTED", "Abstain", "non-voting", "no vote", "No :", "NO:",
    "one", "One", "ONE", "none", "forty-one", "9", "90", "Twenty", "thirteen", "Fifty", "eleven", "zero", "six", "Eight", "nine", "ten", "one hundred and forty-one", "Seventy", "twelve",
    "this", "for", "often", "someone", "141", "7", "2023", "12.5", "$5", "£3", "€4", "x7",
    "٣", "Ä", "İ", "ẞ", ":", "z", "p", "0", "?", " ", "\n", "-", ",", ".", "/", "_",
]  # fmt: skip
_texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=30).map(
    "".join)


def _plain_keyword_hits(low: bytes) -> tuple[list[int], list[int]]:
    regions: list[int] = []
    cues: list[int] = []
    for keyword, in_regions, in_cues in _scan._SCAN_KEYWORDS:
        pos = low.find(keyword)
        while pos >= 0:
            if in_regions:
                regions.append(pos)
            if in_cues:
                cues.append(pos)
            pos = low.find(keyword, pos + 1)
    return sorted(regions), sorted(cues)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_keyword_hits_equal_one_find_per_keyword(text: str) -> None:
    low = _scan._keyed(text)
    found = _scan._scan(low)
    assert (found.region_hits, found.cue_hits) == _plain_keyword_hits(low)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_numbers_equal_a_full_regex_scan(text: str) -> None:
    found = _scan._scan(_scan._keyed(text))
    regions = [(0, len(text))]
    expected = [m.span() for m in _counts._NUM_SCAN_RE.finditer(text)]
    assert [m.span() for m in _counts._numbers(text, regions, found.numbers)] == expected


def test_removed_cue_keywords_are_implied_by_vot() -> None:
    # "non-voting" and "no vote" are not scanned for: each holds "vot", which is
    cues = [k for k, _, in_cues in _scan._SCAN_KEYWORDS if in_cues]
    assert b"vot" in cues
    assert all(b"vot" in k.encode() for k in _scan._CUE_KEYWORDS if k.encode() not in cues)


@settings(max_examples=200, deadline=None)
@given(_texts, st.integers(min_value=1, max_value=9))
def test_scan_in_small_chunks_finds_the_same(text: str, chunk: int) -> None:
    # long texts are scanned in chunks: windows and word starts across a chunk boundary
    low = _scan._keyed(text)
    whole = _scan._scan(low)
    saved = _scan._SCAN_CHUNK
    _scan._SCAN_CHUNK = chunk
    try:
        assert _scan._scan(low) == whole
    finally:
        _scan._SCAN_CHUNK = saved


_CUE_PIECES = ["did", "not", "take", "part", "vote", "voted", "devoted", "chose", "to", "in",
               "favour", "no", "votes", "against", "abstained", "declined", "participate", "cast",
               "supporters", "nays", "opponents", "vetoed", "Russia", ",", " ", "  ", "\n", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=30).map(" ".join))
def test_cue_search_near_the_first_keyword_equals_a_full_search(text: str) -> None:
    from unvotes._text import sentences

    hits = _scan._scan(_scan._keyed(text)).cue_hits
    for s0, s1, _ in sentences(text):
        inside = [p for p in hits if s0 <= p < s1]
        if inside:
            full = _lists._POSITION_SENTENCE_RE.search(text, s0, s1) is not None
            assert _lists._holds_cue(text, s0, s1, inside[0]) == full


_BODY_PIECES = ["General", "Assembly", "assembly", "UNGA", "Hungary", "plenary", "world", "body",
                "Security", "Council", "councillor", "UNSC", "veto", "vetoed", "vetoesx",
                "15-member", "Third", "Committee", "National", "voted", "141-7-32", " ", "\n",
                "\n\n", " " * 12, "\t", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BODY_PIECES), max_size=30).map(" ".join))
def test_body_marks_in_windows_equal_a_scan_of_the_regions(text: str) -> None:
    low = _scan._keyed(text)
    regions = _scan._regions(text, _scan._scan(low).region_hits) or [(0, len(text))]
    expected = [
        (m.start(), m.lastgroup, m.group().lower())
        for a, b in regions for m in _meta._BODY_RE.finditer(text, a, b)
        if m.lastgroup and not _meta._NOT_BODY_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
    ]
    assert _meta._body_marks(text, low, regions) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(_texts, max_size=6))
def test_scan_of_a_batch_equals_a_scan_of_each_text(texts: list[str]) -> None:
    # parse_many scans a batch joined by line breaks: no hit may cross between texts
    lows = [_scan._keyed(t) for t in texts]
    assert _scan._scan_many(lows) == [_scan._scan(low) for low in lows]
