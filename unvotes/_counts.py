"""Counts of a recorded vote: numbers with a cue ("141 in favour", "by 141 votes to 7",
"141-7-32"), grouped into tallies."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from unvotes import _text
from unvotes._meta import (
    _JOIN_SENTENCES,
    _RES_RE,
    _doc_bodies,
    _normalise_resolution,
    _resolution_for,
    _years,
)

_ROLES = ("yes", "no", "abstain", "absent")
#: largest count a recorded vote can have (members of the General Assembly)
_MAX_COUNT = 193


_N = _text.NUMBER
_FILLER_WORD = (
    r"(?:out\s+of\s+(?:(?:the|its)\s+)?|of\s+(?:the|its)\s+)"
    r"(?:(?:assembly|world\s+body|UN|U\.N\.|body|council)['’]s\s+)?\d{2,3}|"
    r"of\s+the\s+(?:UN|U\.N\.|world\s+body's)|other|more|UN|U\.N\.|member|council|"
    r"states?|nations?|countries|country|members?|delegations?|governments?|delegates|"
    r"representatives|who|that|which|have|has|had|were|was|all|also|others|in\s+total|"
    r"total|assembly"
)
#: what may follow a count: optional nouns ("nations", "member states who"), then the cue
_AFTER_RE = re.compile(
    r"\*{0,2}"  # markdown emphasis around the count: "**141** in favour"
    rf"(?P<filler>(?:\s+(?:{_FILLER_WORD})\b){{0,6}})"
    r"(?:"
    r"(?P<yes>\s*(?:votes?\s+|voted\s+|voting\s+|to\s+vote\s+)?in\s+favou?r\b"
    r"|\s+(?:voted|voting|votes?|cast|to\s+vote)\s+(?:(?:in\s+)?support|for|yes|aye)\b"
    r"|\s+(?:yes|ayes?)(?:\s+votes?)?\b"
    r"|\s+(?:votes?\s+)?for(?=\s*(?:[,;.)\]]|and\b|to\b|with\b|against\b|$|[-–—]))"
    r"|\s+(?:backed|supported|endorsed)\b(?!\s+by))"
    r"|(?P<no>\s+(?:(?:voted|voting|votes?|cast|to\s+vote)\s+)?against\b"
    r"|\s+(?:voted|voting|votes?)\s+no\b"
    r"|\s+(?:no|nays?|noes)(?:\s+votes?)?(?=\s*(?:[,;.()\]]|and\b|with\b|to\b|$))"
    r"|\s+(?:opposed|opposing|objected|rejected)\b(?!\s+by))"
    r"|(?P<abstain>\s+(?:abstentions?|abstainers?|abstain(?:ed|ing|s)?|(?:(?:voted|voting|chose|choosing|"
    r"decided|deciding|opted|opting|preferred)\s+)?to\s+abstain|refrained|(?:cast\s+)?abstention)\b)"
    r"|(?P<absent>\s+(?:(?:were|was)\s+)?(?:absent|non-voting|not\s+voting|not\s+present|"
    r"(?:did\s+not|didn't|failed\s+to|chose\s+not\s+to|declined\s+to)\s+"
    r"(?:vote|take\s+part|participate|cast|press\s+(?:a|the|any)\s+button)|not\s+participating)\b)"
    r")",
    re.I,
)
#: a cue written before the count: "In favour: 141", "Abstentions - 32", "backed by 141"
_BEFORE_RE = re.compile(
    r"(?:"
    r"(?P<yes>\b(?:in\s+favou?r|yes|ayes|for)\s*[:=–—-]\s*(?:\*{1,2}\s*)?"
    r"|\bin\s+favou?r\s+(?:were|was)\s+"  # "In favour were 128 countries"
    r"|(?<=[;.:(\n])\s*in\s+favou?r\s*,\s*"  # "In favour, 141; against, 7"
    r"|(?P<yline>(?<=\n)[ \t]*(?:\|[ \t]*)?in\s+favou?r(?:[ \t]*\|[ \t]*|[ \t]+))"  # "In favour 141"
    r"|\bsupport\s+(?:dropped|fell|slipped|declined|rose|climbed|grew|increased)\s+to\s+"
    r"|\b(?:backed|supported|endorsed|approved|adopted|passed|carried)\s+by\s+"
    r"(?:(?:a\s+)?(?:recorded\s+)?(?:vote|majority|margin)\s+of\s+)?"
    r"|\b(?:with|won|received|got|garnered|drew|gained|secured)\s+(?:the\s+)?"
    r"(?:support|backing|votes)\s+of\s+(?:some\s+)?"
    # "received 141 votes": _classify checks that "votes" follows the count
    r"|(?P<votes_next>\b(?:received|won|got|garnered|secured|drew|obtained|gained|mustered)\s+"
    r"(?:only\s+|just\s+)?))"
    r"|(?P<no>\b(?:against|noes|nays|no|opposed)\s*[:=–—-]\s*(?:\*{1,2}\s*)?"
    r"|\b(?:opposed|rejected)\s+by\s+|\bagainst\s+(?:were|was)\s+"
    r"|(?<=[;.:(\n])\s*against\s*,\s*"
    r"|(?P<nline>(?<=\n)[ \t]*(?:\|[ \t]*)?against(?:[ \t]*\|[ \t]*|[ \t]+)))"
    r"|(?P<abstain>\b(?:abstentions?|abstaining|abstain|abstained)\s*[:=–—-]\s*(?:\*{1,2}\s*)?"
    r"|\b(?:abstaining|abstentions?)\s+(?:were|was)\s+"
    r"|(?<=[;.:(\n])\s*(?:abstentions?|abstaining)\s*,\s*"
    r"|(?P<aline>(?<=\n)[ \t]*(?:\|[ \t]*)?(?:abstentions?|abstaining)(?:[ \t]*\|[ \t]*|[ \t]+)))"
    r"|(?P<absent>\b(?:absent|not\s+voting|non-voting|did\s+not\s+vote)\s*[:=–—-]\s*"
    r"(?:\*{1,2}\s*)?"
    r"|(?P<xline>(?<=\n)[ \t]*(?:\|[ \t]*)?(?:absent|not\s+voting)(?:[ \t]*\|[ \t]*|[ \t]+)))"
    r")$",
    re.I,
)
#: a table row starting on the next line: "In favour 141\nAgainst 7"
_ROW_CUE_RE = re.compile(
    r"[ \t]*\r?\n[ \t]*(?:In\s+favou?r|Against|Abstentions?|Abstaining|Absent)"
    r"[ \t]*[:=–—-]?[ \t]*\d"
)
#: what must follow a count cued by a table row's first cell: the end of the row
_LINE_END_RE = re.compile(r"[ \t]*(?:\|[ \t]*)?(?:\r?\n|$)")
_PERCENT_AFTER_RE = re.compile(r"\s*(?:%|percent|per\s+cent|percentage)", re.I)
_VOTES_NEXT_RE = re.compile(r"\*{0,2}\s+(?:yes\s+)?votes?\b", re.I)
#: "the rest of the 193 member states": the whole membership, not a count of one side
_WHOLE_BEFORE_RE = re.compile(r"\b(?:rest|remainder|balance)\s+of\s+(?:the\s+|its\s+)?$", re.I)
#: "one of the 141 countries that voted in favour": the count is the second number
_OF_FILLER_RE = re.compile(r"\s+(?:out\s+)?of\b", re.I)
_DEFINITE_COUNT_RE = re.compile(r"\b(?:the|among|those)\s+$", re.I)
_FILLER_RE = re.compile(rf"(?:\s+(?:{_FILLER_WORD})\b){{0,6}}", re.I)
_OTHER_RE = re.compile(r"\s+other\b", re.I)
_AND_BEFORE_RE = re.compile(r"\b(?:and|with|plus|besides|joined\s+by)\s+$", re.I)
_BARE_CUE_RE = re.compile(r"\s+(?:votes?\s+)?(?:for|yes|ayes?|no|nays?|noes)(?:\s+votes?)?", re.I)
_CLEAR_CUE_RE = re.compile(r"\s*(?:votes?\s+)?in\s+favou?r|\s+abstention", re.I)
_FILLER4_RE = re.compile(rf"(?:\s+(?:{_FILLER_WORD})\b){{0,4}}", re.I)
#: the first word of every filler word and cue of _AFTER_RE, as prefixes: a cheap test
#: that rules out most numbers ("12 March") before the costly _AFTER_RE is tried
_AFTER_QUICK_RE = re.compile(
    r"\*{0,2}\s+(?:of|out|other|more|u\.?n|member|council|state|nation|countr|delegat|govern|"
    r"represent|"
    r"wh|that|ha|were|was|all|also|in|total|assembly|vot|cast|yes|aye|for|back|support|"
    r"endorse|against|no|nay|oppos|object|reject|abst|cho|decid|opt|prefer|to|refrain|absent|"
    r"did|fail|declin)",
    re.I,
)
_ASIDE_RE = re.compile(
    r"\s*,\s*(?:including|among\s+them|such\s+as|led\s+by|notably|mostly|mainly)\b"
    r"[^,;.()\n]{0,100},"
    r"|\s*\([^()\n]{0,200}\)"  # "seven (Russia, Belarus, ...) voted against"
    r"|\s+[-–—]\s*[^-–—;.()\n]{1,200}[-–—]",  # "five - Russia, ... and Syria - voted against"
    re.I,
)
#: "more than 140 countries": an approximation is not the stated count
_APPROX_BEFORE_RE = re.compile(
    r"\b(?:more\s+than|over|nearly|almost|at\s+least|fewer\s+than|less\s+than|up\s+to|under|"
    r"roughly|approximately|around|about|close\s+to|just\s+(?:over|under))\s+$",
    re.I,
)
_COMPARISON_BEFORE_RE = re.compile(
    r"\b(?:(?:up|down|rose|fell|dropped|climbed|slipped)\s+from|than|compared\s+(?:with|to)|"
    r"versus|vs\.?)\s+(?:the\s+)?$",
    re.I,
)
_BEFORE_LAST_WORDS = frozenset({
    "by", "of", "some", "about", "received", "won", "got", "garnered", "secured", "drew",
    "obtained", "gained", "mustered", "only", "just", "were", "was", "to",
    "favour,", "favor,", "against,", "abstentions,", "abstention,", "abstaining,",
    "favour", "favor", "against", "abstentions", "abstention", "abstaining", "absent", "voting",
})
#: numbers that are symbols, ages, sections... never counts
_NOT_COUNT_BEFORE_RE = re.compile(
    r"(?:\b(?:resolutions?|articles?|paragraphs?|paras?|sessions?|chapters?|pages?|No\.|numbers?|"
    r"points?|aged?|ages|items?|rules?|sections?|annex|meetings?|protocols?|since|in|on|until|"
    r"from|between|year|years|of\s+the)\s*|[#$€£/.-])$|\b(?:no|any|every|each|some)\s+$",
    re.I,
)
# yes-no(-abstain) written with dashes: "141-7-32", "a 141-7 vote"
_DASH_RE = re.compile(
    r"(?<![\w/.,$€£#-])(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})(?:\s?[-–—]\s?(?P<c>\d{1,3}))?"
    r"(?![\w%/-]|[.,]\d|\s?[-–—]\s?\d)"
)
# "by 141 votes to 7", "voted 141 to 7"
_TO_RE = re.compile(
    rf"(?<![\w/.,$€£#-])(?P<a>{_N})(?P<v>\s+votes?)?(?:\s+to\s+|-to-)(?P<b>{_N})(?![\w%]|[.,]\d)",
    re.I,
)
#: every number token, dashed runs included (they are sorted out by _DASH_RE)
_NUM_SCAN_RE = _text.prefixed(re.compile(
    rf"(?<![\w$€£#/.,-])(?:(?P<d>\d{{1,4}})(?![\w%]|[.,/]\d)|(?P<w>{_text.NUMBER_WORDS_CASED}))"
), "0-9zZoOtTfFsSeEnN")
_DASHES = frozenset("-–—")
_DASH_FOLLOW_RE = re.compile(r"\s?[-–—]\s?\d")
_DASH_RE = _text.prefixed(_DASH_RE, "0-9")
_TO_RE = _text.prefixed(_TO_RE, "0-9zZoOtTfFsSeEnN")
_PAIR_BEFORE_RE = re.compile(
    r"(?:\b(?:by|of|voted|vote|votes|tally|margin|count|passed|adopted|approved|rejected|"
    r"defeated|carried|failed|split|result|results|majority)\s+|[(:]\s*|"
    r"\b(?:vote|tally|result|count|votes)\s+(?:was|were|is|stood\s+at)\s+)$",
    re.I,
)
_DASH_BEFORE_RE = re.compile(r"\b(?:was|were|is|a|an|the)\s+$|,\s*$", re.I)
_PAIR_NOT_BEFORE_RE = re.compile(
    r"\b(?:between|from|aged|ages|pages?|paras?|paragraphs?|articles?|items?|rounds?|chapters?|"
    r"scored?|won|lost|beat|up|sections?|ratio|odds)\s+$",
    re.I,
)
_PAIR_NOT_AFTER_RE = re.compile(
    r"\s*(?:%|percent|per\s+cent|years?|months?|weeks?|days?|hours?|minutes?|km|kilomet|miles|"
    r"goals?|points?|wins?|victory|defeat|lead|score|am\b|pm\b|a\.m|p\.m|GMT|UTC|people|dead|"
    r"killed|troops|million|billion|degrees)",
    re.I,
)
_VOTE_CONTEXT_RE = _text.prefixed(re.compile(
    r"\bvot|\badopt|resolution|\bmotion|\bdraft|ballot|abstain|abstention|\bfavou?r\b|\btally|"
    r"\bpass(?:ed|es)\b|\bapprov|\breject|\bveto|\bAssembly|\bCouncil|[Cc]ommittee",
    re.I,
), "vVaArRmMdDbBfFtTpPcC")

@dataclass
class _Item:
    role: str
    value: int
    start: int
    end: int
    strong: bool
    pair: bool = False
    sent: int = 0
    #: written as a noun phrase, the way a list sentence restates or completes a tally:
    #: "24 delegations did not vote" (subject), "the 11 countries that voted against",
    #: "among the 58 countries that abstained" (definite, so subject too)
    subject: bool = False
    definite: bool = False
    #: a cell of a vote table's row (:func:`_tables`): the row is a tally of its own
    row: bool = False


def _numbers(text: str, regions: list[tuple[int, int]], starts: list[int],
             ) -> Iterator[re.Match[str]]:
    """The matches of _NUM_SCAN_RE in ``regions``, as a scan of each region finds them.

    ``starts`` (from :func:`_scan`) are the only places where one may start: the regular
    expression is tried there, not at every letter of the text.
    """
    for a, b in regions:
        end = a
        for i in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
            p = starts[i]
            if p < end:
                continue  # inside the previous number, which a scan would have passed
            m = _NUM_SCAN_RE.match(text, p, b)
            if m is not None:
                end = m.end()
                yield m


def _count_items(text: str, regions: list[tuple[int, int]], starts: list[int]) -> list[_Item]:
    """Counts in ``regions``: each number with a cue (after it, or before it) as an item.

    ``starts`` are the places where a number may start (see :func:`_scan`).
    """
    items: list[_Item] = []
    skip = -1
    for m in _numbers(text, regions, starts):
        start, end = m.span()
        if start < skip:
            continue
        after = text[end : end + 12]
        digits = m.group("d")
        if digits is not None:
            if after[:2].lstrip()[:1] in _DASHES:
                d = _DASH_RE.match(text, start)
                if d is not None:
                    skip = d.end()
                    _add_dash(text, d, items)
                    continue
                if _DASH_FOLLOW_RE.match(text, end):
                    continue  # part of a longer dashed run ("212-963-1234")
            # what number_value gives; a count above the maximum cannot start a pair either
            if not digits.isascii():
                continue
            value = int(digits)
            if value > _MAX_COUNT:
                continue
        else:
            value = None
        low_after = after.lower()
        if " to " in low_after or low_after.startswith("-to-"):
            t = _TO_RE.match(text, start)
            if t is not None and _add_to_pair(text, t, items):
                skip = t.end()
                continue
        if value is None:
            value = _text.number_value(m.group())
            if value is None or value > _MAX_COUNT:
                continue
        quick = _AFTER_QUICK_RE.match(text, end) is not None
        if not quick and _ASIDE_RE.match(text, end) is None:
            # no cue can follow (most numbers): only a cue before it may make it a count
            tail = text[max(0, start - 60) : start].rstrip()
            if not tail or (tail[-1] not in ":=–—-*|"
                            and tail.rsplit(None, 1)[-1].lower() not in _BEFORE_LAST_WORDS):
                continue
        item = _classify(text, m, value, quick)
        if item is not None:
            items.append(item)
    items.sort(key=_text_order)
    kept: list[_Item] = []
    reach, reach_start = -1, -1
    for it in items:
        if it.start < reach and it.start != reach_start:
            continue  # a number inside another count's evidence ("141 of the 193 members")
        kept.append(it)
        if it.end > reach:
            reach, reach_start = it.end, it.start
    return kept


def _text_order(item: _Item) -> tuple[int, int]:
    """Sort key of items: by offset, then yes, no, abstain, absent."""
    return item.start, _ROLES.index(item.role)


def _add_dash(text: str, m: re.Match[str], items: list[_Item]) -> None:
    if not _pair_ok(text, m, dash=True, triple=m.group("c") is not None):
        return
    values = [int(m.group("a")), int(m.group("b"))]
    if m.group("c") is not None:
        values.append(int(m.group("c")))
    if sum(values) > _MAX_COUNT or (values[0] == 0 and values[1] == 0):
        return
    for role, value in zip(_ROLES, values, strict=False):
        items.append(_Item(role, value, m.start(), m.end(), True, True))


def _add_to_pair(text: str, m: re.Match[str], items: list[_Item]) -> bool:
    if not (_pair_ok(text, m) or m.group("v")):
        return False
    if not _VOTE_CONTEXT_RE.search(text, max(0, m.start() - 200), m.end() + 200):
        return False
    a = _text.number_value(m.group("a"))
    b = _text.number_value(m.group("b"))
    if a is None or b is None or a + b > _MAX_COUNT:
        return False
    items.append(_Item("yes", a, m.start("a"), m.end("a"), True, True))
    items.append(_Item("no", b, m.start("b"), m.end("b"), True, True))
    return True


def _pair_ok(text: str, m: re.Match[str], dash: bool = False, triple: bool = False) -> bool:
    before = text[max(0, m.start() - 40) : m.start()]
    if _PAIR_NOT_BEFORE_RE.search(before) or _PAIR_NOT_AFTER_RE.match(text, m.end()):
        return False
    cued = triple or _PAIR_BEFORE_RE.search(before) or (dash and _DASH_BEFORE_RE.search(before))
    if not cued and not re.match(
        r"\s*(?:[-–—]\s*)?(?:vote|votes|tally|margin|decision|result|split|ballot|with\b|,)",
        text[m.end() : m.end() + 20],
        re.I,
    ):
        return False
    return _VOTE_CONTEXT_RE.search(text, max(0, m.start() - 200), m.end() + 200) is not None


#: the last word (or character) of every match of _COMPARISON_BEFORE_RE, _APPROX_BEFORE_RE,
#: _NOT_COUNT_BEFORE_RE and _DEFINITE_COUNT_RE, lower-cased: a text that ends otherwise
#: cannot match, and the costly search (at every offset of the window) is skipped
_COMPARISON_LAST = ("from", "than", "with", "to", "versus", "vs", "vs.", "the")
_APPROX_LAST = ("than", "over", "nearly", "almost", "least", "to", "under", "roughly",
                "approximately", "around", "about")
_NOT_COUNT_LAST = (
    "resolution", "resolutions", "article", "articles", "paragraph", "paragraphs", "para",
    "paras", "session", "sessions", "chapter", "chapters", "page", "pages", "number", "numbers",
    "point", "points", "age", "aged", "ages", "item", "items", "rule", "rules", "section",
    "sections", "annex", "meeting", "meetings", "protocol", "protocols", "since", "in", "on",
    "until", "from", "between", "year", "years", "the", "no", "any", "every", "each", "some",
    "#", "$", "/", ".", "-",
)  # fmt: skip
_DEFINITE_LAST = ("the", "among", "those")


def _last_word(before: str) -> str | None:
    """The end of ``before`` for :func:`_may_end`: white space stripped, lower-cased, long
    enough for every word there; None when it is not ASCII (``re.I`` folds some other
    characters to ASCII letters)."""
    tail = before.rstrip()[-13:]
    return tail.lower() if tail.isascii() else None


def _may_end(last: str | None, words: tuple[str, ...]) -> bool:
    """Whether ``last`` (the end of a text before a count, white space stripped, lower-cased;
    None when not ASCII) may end with one of ``words``."""
    return last is None or last.endswith(words)


def _classify(text: str, m: re.Match[str], value: int, quick: bool) -> _Item | None:
    """``quick``: whether _AFTER_QUICK_RE matches after ``m``."""
    before = text[max(0, m.start() - 60) : m.start()]
    after = _AFTER_RE.match(text, m.end()) if quick else None
    if after is None:
        # "7 countries, including Russia, voted against": skip the aside, then the cue
        # (without a filler word or cue next, there is no filler to skip)
        at = _FILLER_RE.match(text, m.end()).end() if quick else m.end()  # type: ignore[union-attr]
        aside = _ASIDE_RE.match(text, at)
        if aside is not None:
            after = _AFTER_RE.match(text, aside.end())
    if (after is not None and not after.group("filler") and "\n" in text[m.end() : after.end()]
            and _ROW_CUE_RE.match(text, m.end())):
        after = None  # "In favour 141\nAgainst 7": the next row's cue is not this count's
    if after is not None and after.lastgroup in _ROLES:
        role = after.lastgroup
        cue = after.group(role)
        filler = after.group("filler")
        if value == 1 and _OF_FILLER_RE.match(filler):
            return None  # "one of the 141 countries that voted in favour": 141 is the count
        start = m.start()
        if _OTHER_RE.match(filler) and _AND_BEFORE_RE.search(before):
            # "Russia and six other countries": the count adds the names before it
            named = _names_before(text, m.start())
            if named is None:
                return None
            value, start = value + named[0], named[1]
        bare = _BARE_CUE_RE.fullmatch(cue)
        strong = bare is None or bool(filler) or (
            bool(before.strip()) and before.split()[-1].lower() in _RECEIVED_WORDS)
        # the searches below end at the end of ``before``: its last word rules most out
        last = _last_word(before)
        if ((_may_end(last, _COMPARISON_LAST) and _COMPARISON_BEFORE_RE.search(before))
                or (_may_end(last, _APPROX_LAST) and _APPROX_BEFORE_RE.search(before))
                or (_may_end(last, ("of", "the", "its")) and _WHOLE_BEFORE_RE.search(before))):
            return None  # "up from 141 votes in favour last year": a comparison, not this vote
        # "in 2 against", "resolution 7 in favour": keep only clear count shapes
        if (_may_end(_last_word(before[-25:]), _NOT_COUNT_LAST)
                and _NOT_COUNT_BEFORE_RE.search(before[-25:])
                and not after.group("filler") and not _CLEAR_CUE_RE.match(cue)):
            return None
        definite = (_may_end(last, _DEFINITE_LAST)
                    and _DEFINITE_COUNT_RE.search(before) is not None)
        subject = definite or bool(filler.strip())
        return _Item(role, value, start, after.end(), strong, subject=subject,
                     definite=definite)
    if quick and _OTHER_RE.match(text, m.end()) and _AND_BEFORE_RE.search(before):
        return _cued_names_and_others(text, m, value)
    tail = before.rstrip()
    if not tail or (tail[-1] not in ":=–—-*|"
                    and tail.rsplit(None, 1)[-1].lower() not in _BEFORE_LAST_WORDS):
        return None
    # a cue at the start of the text starts a clause ("In favour, 141; ...")
    lead = "\n" if m.start() <= 60 else ""
    b = _BEFORE_RE.search(lead + before)
    if b is not None and b.lastgroup in _ROLES:
        if b.group("votes_next") is not None and not _VOTES_NEXT_RE.match(text, m.end()):
            return None  # "received 141 votes", not "received 141 requests"
        if (b.group("yline") or b.group("nline") or b.group("aline") or b.group("xline")) and not _LINE_END_RE.match(
                text, m.end()):
            return None  # "Against 30 years of occupation" is a headline, not a table row
        if _PERCENT_AFTER_RE.match(text, m.end()):
            return None  # "support rose to 73 percent"
        role = b.lastgroup
        tail = _FILLER4_RE.match(text[m.end() : m.end() + 60])
        # "approved by 141 votes" is as clear as a filler ("won 180 votes" may be an election)
        strong = (bool(tail and tail.group()) or ":" in b.group() or role != "yes"
                  or (b.group().rstrip().lower().endswith("by")
                      and _VOTES_NEXT_RE.match(text, m.end()) is not None))
        return _Item(role, value, m.start() - len(before) - len(lead) + b.start(), m.end(), strong)
    return None


_THE_END_RE = re.compile(r"\bthe\s+$", re.I)


def _cued_names_and_others(text: str, m: re.Match[str], value: int) -> _Item | None:
    """"opposed by Russia and six other countries": a cue before the names, the count after."""
    named = _names_before(text, m.start())
    if named is None:
        return None
    lo = max(0, named[1] - 60)
    window = text[lo : named[1]]
    the = _THE_END_RE.search(window)  # "backed by the United States and 140 other countries"
    b = _BEFORE_RE.search(window[: the.start()] if the else window)
    if b is None or b.lastgroup not in _ROLES or b.group("votes_next") is not None:
        return None
    end = _FILLER_RE.match(text, m.end()).end()  # type: ignore[union-attr]
    return _Item(b.lastgroup, value + named[0], lo + b.start(), end, True, subject=True)


_RECEIVED_WORDS = frozenset({
    "received", "won", "got", "garnered", "secured", "drew", "obtained", "gained", "mustered",
})
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'’.-]*){0,4}"
#: "Russia, Belarus and " right before a count: capitalised names, each checked by resolve
_NAMES_AND_RE = re.compile(rf"(?:{_NAME}[ \t]*,[ \t]*){{0,6}}{_NAME}[ \t]*,?[ \t]+(?:and|plus)\s+$")
_NAME_RE = re.compile(_NAME)


def _names_before(text: str, pos: int) -> tuple[int, int] | None:
    """(number of states, start of the first) in the list that ends with "and" right before
    ``pos``: "Russia, Belarus and [five other countries]"; None when no state is named there."""
    from unvotes.countries import resolve

    lo = max(0, pos - 160)
    m = _NAMES_AND_RE.search(text, lo, pos)
    if m is None:
        return None
    names = list(_NAME_RE.finditer(text, m.start(), m.end()))
    n, first = 0, None
    for name in reversed(names):  # from the one next to "and" back, while they are states
        if resolve(name.group()) is None:
            break
        n, first = n + 1, name.start()
    return (n, first) if first is not None else None


def _group_items(items: list[_Item], sent_of: Callable[[int], int], text: str,
                 sents: list[tuple[int, int, str]], marks: list[tuple[int, str, str]],
                 ) -> tuple[list[list[_Item]], list[tuple[int, int, int]]]:
    """Counts grouped into tallies, and the restatements of tallies further back.

    The restatements are (sentence, offset, index of the tally) of definite counts that
    restate a tally other than the last one before them ("Among the 23 countries that
    abstained", with a Security Council vote in between): a list in their sentence is
    that tally's.
    """
    for it in items:
        it.sent = sent_of(it.start)
    # evidence never runs across a sentence boundary (e.g. into an annex header)
    items = [it for it in items
             if sents[it.sent][0] <= it.start and it.end <= sents[it.sent][1]]
    found: list[_Signals] = []

    def signals() -> _Signals:  # found on first use: most texts never need them
        if not found:
            found.append(_Signals.find(text, sents, items, marks))
        return found[0]

    # the roles counted in each sentence from each item on: a sentence whose counts would
    # repeat a role of the tally before it ("received 11 votes in favour, 1 against and 3
    # abstentions" after "the seven countries who voted against") is a tally of its own
    later_roles: list[frozenset[str]] = [frozenset()] * len(items)
    for i in range(len(items) - 1, -1, -1):
        after = later_roles[i + 1] if i + 1 < len(items) and items[i + 1].sent == items[i].sent \
            else frozenset()
        later_roles[i] = after | {items[i].role}
    groups: list[list[_Item]] = []
    current: list[_Item] = []
    for i, it in enumerate(items):
        if current:
            roles = {c.role for c in current}
            same_pair = it.pair and current[-1].pair and current[-1].start == it.start
            gap = it.sent - current[-1].sent
            near = it.start - current[-1].end <= 800 and not (gap and later_roles[i] & roles)
            # a table row is a tally of its own: whether a count after it completes it is
            # for _joins to say
            if same_pair or (it.role not in roles and gap <= 2 and near and (
                    gap == 0 or not (it.row or current[-1].row or _restates_before(groups, it)
                                     or _other_vote(text, sents, current, it, it, signals())
                                     or (it.subject and _other_year(text, sents, current, it))))):
                current.append(it)
                continue
            groups.append(current)
        current = [it]
    if current:
        groups.append(current)
    kept: list[list[_Item]] = []
    last_sents: list[int] = []  # per kept tally: last sentence with its evidence, restatements included
    restated: list[tuple[int, int, int]] = []
    context: dict[int, bool] = {}
    for g in groups:
        if not _group_valid(g, text, sents, context):
            continue
        # a count restating the last tally is that tally's; else one restating a tally
        # further back is that one's, before it can complete the last tally
        joins = kept and _joins(g, kept[-1], last_sents[-1], text, sents, signals())
        if len(kept) >= 2 and not (joins and _states(kept[-1], g)):
            j = _restated_earlier(g, kept, last_sents, text, sents, signals())
            if j is not None:
                restated.append((g[0].sent, g[0].start, j))
                last_sents[j] = max(last_sents[j], g[-1].sent)
                continue
        if joins:
            prev = kept[-1]
            have = {it.role for it in prev}
            prev.extend(it for it in g if it.role not in have)  # restated counts add nothing
            last_sents[-1] = g[-1].sent
            continue
        kept.append(g)
        last_sents.append(g[-1].sent)
    return kept, restated


def _group_valid(g: list[_Item], text: str, sents: list[tuple[int, int, str]],
                 context: dict[int, bool]) -> bool:
    """``context`` memoises, per sentence, whether it has vote words (a long sentence with
    many single counts is searched once, not once per count)."""
    # a total above 193 stays: reporting errors are for the checks to flag
    if len({it.role for it in g}) >= 2 or any(it.pair for it in g):
        return True
    it = g[0]
    if not it.strong:
        return False
    found = context.get(it.sent)
    if found is None:
        s0, s1, _ = sents[it.sent]
        found = context[it.sent] = _VOTE_CONTEXT_RE.search(text, s0, s1) is not None
    return found


#: characters from the start of a tally's first sentence searched for its symbol and body
_OWN_REACH = 2000
#: characters around a restating count searched for signs of another vote
_SIGNAL_REACH = 400
#: words that announce another vote than the one just reported
_OTHER_VOTE_RE = _text.prefixed(re.compile(
    r"\b(?:amendments?|amended|earlier|previous(?:ly)?|separate(?:ly)?|procedural|paragraphs?|"
    r"another\s+(?:vote|resolution|text|draft|motion)|"
    r"(?:first|second|third|other|next|later)\s+(?:vote|resolution|text|draft|motion|ballot))\b",
    re.I,
), "aAeEpPsSfFtToOnNlL")


def _joins(g: list[_Item], prev: list[_Item], last_sent: int, text: str,
           sents: list[tuple[int, int, str]], signals: _Signals) -> bool:
    """Whether the counts of ``g`` restate or complete the tally ``prev`` just before it.

    ``last_sent`` is the last sentence holding evidence of ``prev`` (counts restated in
    list sentences included). No count of ``g`` may contradict ``prev`` (each has the
    value ``prev`` states for that position, or ``prev`` does not state the position),
    and the text must not announce another vote (a new symbol, another body, "the
    amendment", "earlier", ...). Then ``g`` joins ``prev`` when it restates every count
    (a repeated "141-7-32"), or when each new count is written as a list sentence's
    subject: definite ones ("the 11 countries that voted against", "among the 24
    delegations that did not vote") up to ``_JOIN_SENTENCES`` sentences on, others ("24
    delegations did not vote") within two sentences. A count that contradicts ``prev``
    stays a separate tally, so the checks can report the conflict.
    """
    gap = g[0].sent - last_sent
    if gap > _JOIN_SENTENCES or any(it.row for it in g):
        return False
    stated = {it.role: it.value for it in prev}
    if any(stated.get(it.role, it.value) != it.value for it in g):
        return False
    new = [it for it in g if it.role not in stated]
    for it in new:
        if it.pair or not it.subject or (not it.definite and it.sent - last_sent > 2):
            return False
    if new and _other_year(text, sents, prev, g[0]):
        return False
    # the same counts again are this vote even where another body is named nearby
    # ("China, a permanent member of the Security Council, was among the 32 ...")
    return not _other_vote(text, sents, prev, g[0], g[-1], signals, bodies=bool(new))


def _restates_before(groups: list[list[_Item]], it: _Item) -> bool:
    """Whether ``it`` is a definite count ("among the 23 countries that abstained") with the
    role and value of a count in one of the last groups: it restates that one (see
    :func:`_restated_earlier`) rather than completing the group being built."""
    return it.definite and not it.pair and any(
        c.role == it.role and c.value == it.value
        for g in groups[-_RESTATE_TALLIES:] for c in g)


def _states(tally: list[_Item], g: list[_Item]) -> bool:
    """Whether ``tally`` states every count of ``g`` (same role, same value)."""
    stated = {it.role: it.value for it in tally}
    return all(stated.get(it.role) == it.value for it in g)


#: how many tallies back, and sentences after its evidence, a definite count may restate one
_RESTATE_TALLIES = 20
_RESTATE_SENTENCES = 20


def _restated_earlier(g: list[_Item], kept: list[list[_Item]], last_sents: list[int], text: str,
                      sents: list[tuple[int, int, str]], signals: _Signals) -> int | None:
    """The index of a tally before ``kept[-1]`` that the counts of ``g`` restate, or None.

    Only definite counts ("among the 23 countries that abstained", "the 35 abstainers")
    refer back past another tally: each must have the role and value that tally states.
    The nearest such tally is taken, unless ``g``'s own sentence names another vote (its
    symbol, "earlier", ...); the sentences in between are about the tally in between and
    are not looked at.
    """
    if not all(it.definite and not it.pair for it in g):
        return None
    for j in range(len(kept) - 2, max(-1, len(kept) - 2 - _RESTATE_TALLIES), -1):
        if g[0].sent - last_sents[j] > _RESTATE_SENTENCES:
            continue
        if _states(kept[j], g):
            if _other_vote(text, sents, kept[j], g[0], g[-1], signals, bodies=False, lead=0):
                return None
            return j
    return None


def _other_year(text: str, sents: list[tuple[int, int, str]], prev: list[_Item],
                first: _Item) -> bool:
    """Whether the sentence of count ``first`` names before it a year that the sentences
    of ``prev`` do not: "In 2014, 24 members did not vote", "the 2014 vote had more
    absences: 24 members did not vote" complete no tally of 2022. (A year after the count
    is no time frame: "13 did not vote, among them Venezuela, which lost its vote in 2013".)
    """
    years = _years(text, sents[first.sent][0], first.start)
    return bool(years) and not years <= _years(text, sents[prev[0].sent][0],
                                                sents[prev[-1].sent][1])


@dataclass
class _Signals:
    """Where a text names other votes: words, symbols and bodies, found once per text."""

    words: list[int]
    symbols: list[tuple[int, str]]
    marks: list[tuple[int, str, str]]

    @classmethod
    def find(cls, text: str, sents: list[tuple[int, int, str]], items: list[_Item],
             marks: list[tuple[int, str, str]]) -> _Signals:
        """Signals around ``items``; ``marks`` are the text's body marks (:func:`_body_marks`)."""
        # only around the counts: the windows of _other_vote never reach further
        a = max(sents[0][0], items[0].start - _SIGNAL_REACH)
        b = min(sents[-1][1], max(it.end for it in items) + _SIGNAL_REACH)
        symbols = [(m.start(), sym) for m in _RES_RE.finditer(text, a, b)
                   if (sym := _normalise_resolution(m, None)) is not None]
        return cls([m.start() for m in _OTHER_VOTE_RE.finditer(text, a, b)], symbols, marks)


def _other_vote(text: str, sents: list[tuple[int, int, str]], prev: list[_Item],
                first: _Item, last: _Item, signals: _Signals, bodies: bool = True,
                lead: int = 1) -> bool:
    """Whether the text around counts ``first``..``last`` announces a vote other than ``prev``.

    Looked at: from ``lead`` sentences before ``first`` (not before ``prev`` ends) to the end of
    the sentence of ``last``, at most ``_SIGNAL_REACH`` characters either side of the
    counts. Signals: words like "amendment" and "earlier", a resolution symbol other
    than the one ``prev`` is reported with, and (with ``bodies``) a voting body named
    outright other than those named around ``prev`` (a bare "council" or "veto" is no
    signal). The signals of the text are found once: each call is a few bisections.
    """
    lo = max(prev[-1].end, sents[max(0, first.sent - lead)][0], first.start - _SIGNAL_REACH)
    hi = min(sents[last.sent][1], last.end + _SIGNAL_REACH)
    if lo >= hi:
        return False
    words = signals.words
    if bisect.bisect_left(words, lo) < bisect.bisect_left(words, hi):
        return True
    # what ``prev`` is reported with sits around its first sentence
    p0 = sents[prev[0].sent][0]
    p1 = min(prev[-1].end, p0 + _OWN_REACH)
    syms = signals.symbols
    here = syms[bisect.bisect_left(syms, (lo,)) : bisect.bisect_left(syms, (hi,))]
    if here:
        own = _resolution_for(text, p0, p1, prev[0].start, 0, None)
        if own is not None and any(sym != own for _, sym in here):
            return True
    if not bodies:
        return False
    marks = signals.marks
    named = _doc_bodies(marks[bisect.bisect_left(marks, (lo,)) : bisect.bisect_left(marks, (hi,))])
    if not named:
        return False
    around = marks[bisect.bisect_left(marks, (max(0, p0 - 1500),)) : bisect.bisect_left(marks, (p1,))]
    near = {kind for _, kind, _ in around}
    return bool(near) and any(kind not in near for kind in named)
