"""The first pass over a text: its lower-cased bytes, where vote keywords and numbers are,
and the regions worth parsing (see CONTRIBUTING.md, "How the parser runs")."""

from __future__ import annotations

import bisect
from typing import NamedTuple

import numpy as np

from unvotes import _text

#: lower-case fragments of every cue a list of countries needs ("voted against", "abstained",
#: "did not take part"); a sentence without one holds no list (see _lists._position_spans)
_CUE_KEYWORDS = (
    "favo", "vot", "back", "support", "endorse", "sponsor", "yes", "against", "oppos",
    "opponent", "reject", "no vote", "nay", "abstain", "abstention", "refrain", "absent",
    "take part", "taking part", "participat", "cast", "non-voting", "stayed away", "skipped",
    "no:", "noes", "no :", "veto",
)  # fmt: skip
#: lower-case fragments of every word a count, list or vote cue needs; lines without any of
#: them (and away from lines with them) cannot hold a vote and are not scanned further
_KEYWORDS = (
    "vot", "favo", "against", "abstain", "abstention", "absent", "oppos", "reject", "back",
    "support", "endorse", "adopt", "pass", "approv", "resolution", "motion", "ballot", "tally",
    "veto", "take part", "taking part", "participat", "refrain", "yes", "aye", "nay", "noes",
    "skipped", "stayed away", "defeat", "carried", "assembly", "council", "committee",
    "fail", "margin", "sponsor", "no:", "draft",
)  # fmt: skip
#: (keyword, marks a region, marks a list sentence) for :func:`_scan`; "non-voting"
#: and "no vote" hold "vot", so every sentence they are in is found through "vot"
_SCAN_KEYWORDS = tuple(
    (k.encode("ascii"), k in _KEYWORDS, k in _CUE_KEYWORDS)
    for k in dict.fromkeys(_KEYWORDS + _CUE_KEYWORDS)
    if k not in ("non-voting", "no vote")
)
_LINES_BEFORE = 2
_LINES_AFTER = 2


def _lower(text: str) -> str:
    """``text`` lower-cased with the same length (offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowered
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _keyed(text: str) -> bytes:
    """:func:`_lower` ``text`` as one byte per character, for :func:`_scan` and the other
    byte searches. Characters outside Latin-1 become ``?`` (no keyword holds one)."""
    return _lower(text).encode("latin-1", "replace")


class _Scan(NamedTuple):
    """What one pass over the lower-cased text finds (see :func:`_scan`)."""

    #: offsets of every :data:`_KEYWORDS` hit, sorted
    region_hits: list[int]
    #: offsets of every :data:`_CUE_KEYWORDS` hit, sorted
    cue_hits: list[int]
    #: offsets where a number may start (a superset of where _NUM_SCAN_RE matches), sorted
    numbers: list[int]


def _scan(low: bytes) -> _Scan:
    """Keyword hits and the places where a number may start, in ``low`` (:func:`_keyed`).

    Rather than one ``bytes.find`` scan of the whole text per keyword (most are absent,
    so most scans go to the end) and a regular-expression scan for numbers, numpy codes
    every three-byte window at once. The few windows equal to a keyword's anchor (see
    :data:`_ANCHORS`) are checked for the whole keyword; a number may start where a digit
    or the first three letters of a number word start a word.
    """
    region_hits: list[int] = []
    cue_hits: list[int] = []
    numbers: list[int] = []
    data = np.frombuffer(low, dtype=np.uint8)
    n = len(data)
    # ``take`` rather than fancy indexing: two to three times faster on these tables
    for s in range(0, n, _SCAN_CHUNK):  # in chunks, so temporary arrays stay small
        e = min(n, s + _SCAN_CHUNK)
        codes = _window_codes(data[s : e + 2])  # the windows that start in s..e
        flags = _CODE_FLAGS.take(codes)
        where = (flags & _ANCHOR).nonzero()[0]
        for p, code in zip((where + s).tolist(), codes[where].tolist(), strict=True):
            for keyword, offset, in_regions, in_cues in _ANCHOR_KEYWORDS.get(code, ()):
                pos = p - offset
                if pos >= 0 and low.startswith(keyword, pos):
                    if in_regions:
                        region_hits.append(pos)
                    if in_cues:
                        cue_hits.append(pos)
        lo = s - 1 if s else 0  # the byte before the chunk decides whether a number may start
        kinds = _BYTE_KINDS.take(data[lo:e])
        first = kinds[s - lo :] & _DIGIT
        first[: len(codes)] |= flags >> 1  # _NUMBER_WORD is 2: 1 where a number word starts
        free = (kinds & _BLOCKS) ^ _BLOCKS  # _BLOCKS where a number may follow the byte
        if s:
            first &= free[:-1] >> 2
        else:
            first[1:] &= free[:-1] >> 2
        numbers.extend((first.nonzero()[0] + s).tolist())
    region_hits.sort()
    cue_hits.sort()
    return _Scan(region_hits, cue_hits, numbers)


_SCAN_CHUNK = 1 << 20


def _scan_many(lows: list[bytes]) -> list[_Scan]:
    """:func:`_scan` of each of ``lows``, in one pass over them joined by line breaks (numpy
    works per call: many short texts cost far less together).

    A line break codes like "j" in a window: no anchor or number word holds a "j" where a
    text could end, and every keyword is checked in the joined bytes, so no hit crosses
    from one text into the next.
    """
    if len(lows) < 2:
        return [_scan(low) for low in lows]
    whole = _scan(b"\n".join(lows))
    out = []
    start = 0
    for low in lows:
        end = start + len(low)
        out.append(_Scan(*(_shifted(hits, start, end) for hits in whole)))
        start = end + 1
    return out


def _shifted(hits: list[int], start: int, end: int) -> list[int]:
    """The offsets in ``hits`` (sorted) from ``start`` to ``end``, made relative to ``start``."""
    return [h - start for h in hits[bisect.bisect_left(hits, start) : bisect.bisect_left(hits, end)]]


def _window_codes(data: np.ndarray) -> np.ndarray:
    """A 15-bit code of every three-byte window of ``data`` (5 bits a byte: distinct for
    the letters a-z; other bytes may share a letter's code, which the check of the whole
    keyword sorts out)."""
    low5 = (data & 31).astype(np.uint16)
    return (low5[:-2] << 10) | (low5[1:-1] << 5) | low5[2:]


#: for each keyword scanned, a three-letter part of it that ordinary text seldom holds
#: (so that few windows need checking); any part gives the same hits, only speed differs
_ANCHORS = {
    "vot": "vot", "favo": "fav", "against": "gai", "abstain": "bst", "abstention": "bst",
    "absent": "bse", "oppos": "opp", "opponent": "opp", "reject": "rej", "back": "bac",
    "support": "upp", "endorse": "ndo", "adopt": "dop", "pass": "pas", "approv": "ppr",
    "resolution": "olu", "motion": "mot", "ballot": "bal", "tally": "tal", "veto": "vet",
    "take part": "tak", "taking part": "tak", "participat": "cip", "refrain": "efr",
    "yes": "yes", "aye": "aye", "nay": "nay", "noes": "noe", "skipped": "kip",
    "stayed away": "yed", "defeat": "fea", "carried": "arr", "assembly": "mbl",
    "council": "cil", "committee": "tee", "fail": "fai", "margin": "rgi", "sponsor": "nso",
    "no:": "no:", "no :": "o :", "draft": "raf", "cast": "cas",
}  # fmt: skip


def _anchor_index() -> dict[int, list[tuple[bytes, int, bool, bool]]]:
    """{anchor window code: [(keyword, offset of the anchor in it, in regions, in cues)]}"""
    by_code: dict[int, list[tuple[bytes, int, bool, bool]]] = {}
    for keyword, in_regions, in_cues in _SCAN_KEYWORDS:
        anchor = _ANCHORS[keyword.decode("ascii")].encode("ascii")
        code = int(_window_codes(np.frombuffer(anchor, dtype=np.uint8))[0])
        by_code.setdefault(code, []).append(
            (keyword, keyword.index(anchor), in_regions, in_cues))
    return by_code


_ANCHOR_KEYWORDS = _anchor_index()


#: bits of :data:`_CODE_FLAGS` (by three-byte window code) and :data:`_BYTE_KINDS` (by byte)
_ANCHOR, _NUMBER_WORD = 1, 2
_DIGIT, _BLOCKS = 1, 4


def _flag_tables() -> tuple[np.ndarray, np.ndarray]:
    codes = np.zeros(1 << 15, dtype=np.uint8)
    codes[list(_ANCHOR_KEYWORDS)] |= _ANCHOR
    #: the first three letters of every number word (see _text.NUMBER_WORDS)
    words = b" ".join(w[:3].encode("ascii") for w in _text.NUMBER_WORD_LIST)
    codes[_window_codes(np.frombuffer(words, dtype=np.uint8))[::4]] |= _NUMBER_WORD
    kinds = np.zeros(256, dtype=np.uint8)
    kinds[list(b"0123456789")] |= _DIGIT
    # a number cannot start right after these (in _NUM_SCAN_RE: ``[\w$€£#/.,-]``)
    kinds[list("abcdefghijklmnopqrstuvwxyz0123456789_$£#/.,-".encode("latin-1"))] |= _BLOCKS
    return codes, kinds


_CODE_FLAGS, _BYTE_KINDS = _flag_tables()


def _regions(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """Spans of ``text`` worth parsing: lines with vote words, with a few lines around them.

    ``hits`` are the sorted offsets of the :data:`_KEYWORDS` in ``text``.
    """
    if not hits:
        return []
    lines: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        lines.append((start, end))
        start = end + 1
    line_starts = [a for a, _ in lines]
    active: list[int] = []
    i = -1
    for pos in hits:
        if i >= 0 and pos <= lines[i][1]:
            continue  # same line as the previous hit
        i = bisect.bisect_right(line_starts, pos) - 1
        active.append(i)
    regions: list[tuple[int, int]] = []
    for i in active:
        a = lines[max(0, i - _LINES_BEFORE)][0]
        b = lines[min(len(lines) - 1, i + _LINES_AFTER)][1]
        if regions and a <= regions[-1][1] + 1:
            regions[-1] = (regions[-1][0], max(regions[-1][1], b))
        else:
            regions.append((a, b))
    return regions
