"""What a tally is about: the voting body, the resolution symbol, the date, adoption."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from unvotes import _text

#: sentences after a tally this far apart may still restate or complete it
_JOIN_SENTENCES = 10
_BODY_RE = re.compile(
    r"(?P<GA>General\s+Assembly|\bUNGA\b|\b[Aa]ssembly\b|\bplenary\b|\bworld\s+body\b)"
    r"|(?P<SC>Security\s+Council|\bUNSC\b|\b15-(?:member|nation)\s+(?:[Ss]ecurity\s+)?[Cc]ouncil"
    r"|\b[Cc]ouncil\b|\bveto(?:ed|es)?\b)"
    r"|(?P<committee>\b(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee|\b[Cc]ommittee\b)"
)
_BODY_RE = _text.prefixed(_BODY_RE, "GUAapwS1CcvFT")
_NOT_BODY_BEFORE_RE = re.compile(
    r"(?:National|Parliamentary|Health|Legislative|Constituent|People's|Federal|Consultative|"
    r"Rights|Economic\s+and\s+Social|European|Trusteeship|Atlantic|Arctic|Cooperation|Olympic|"
    r"Nobel|Central|Red\s+Cross|Joint|Select|Ethics|Steering|Organi[sz]ing|Executive|Sanctions|"
    r"Preparatory|Local|City|State|Regional|Provincial|Governing|Advisory|Standing|Credentials|"
    r"Foreign\s+Relations|Armed\s+Services|Affairs|Relations|House|Senate|Parliament's|"
    r"Human|Peace|Revolutionary|Military|Supreme)\s+$"
)
_RES_RE = re.compile(
    r"(?P<full>\b[AS]/RES/(?:ES-\d{1,2}/\d{1,4}|\d{1,2}/\d{1,4}|\d{1,4}\s?\((?:\d{4}|[IVXL]{1,8})\)|"
    r"\d{1,4}))"
    r"|(?P<draft>\bA/(?:ES-\d{1,2}/)?(?:C\.\d/)?(?:\d{1,2}/)?L\.\d{1,4}(?:/Rev\.\d)?|\bS/\d{4}/\d{1,4})"
    r"|(?P<es>\bES-\d{1,2}/\d{1,4})"
    r"|\b[Rr]esolutions?\s+(?:(?P<ga>\d{2}/\d{1,4})\b|(?P<old>\d{1,4})\s?(?:[A-Z]\s?)?"
    r"\((?P<roman>[IVXL]{1,8})\)|(?P<sc>\d{3,4})\b(?:\s?\((?P<year>\d{4})\))?)"
)
_ADOPTED_RE = re.compile(
    r"(?P<t>\b(?:adopted|adopts|adopting|passed|passes|approved|approves|approving|backed|"
    r"endorsed|carried|won\s+(?:approval|the\s+support)|voted(?:\s+\S+){0,4}?\s+to\s+(?:approve|"
    r"adopt|condemn|demand|back|endorse|support|suspend|call|urge|reaffirm|recogni[sz]e)|"
    r"(?:scraped|squeaked|sailed)\s+through|"  # "a motion ... scraped through with 93 votes"
    r"(?:renewed|extended)\s+(?:the\s+|its\s+)?(?:\w+\s+){0,3}?mandate)\b)"
    r"|(?P<f>\b(?:rejected|rejects|failed|fails|defeated|vetoed|vetoes|veto|blocked|"
    r"did\s+not\s+(?:pass|obtain|get|win|receive|secure|achieve|garner|muster)"
    r"|was\s+not\s+adopted|not\s+adopted|fell\s+short|voted\s+down)\b)",
    re.I,
)
_RES_RE = _text.prefixed(_RES_RE, "ASERr")
_ADOPTED_RE = _text.prefixed(_ADOPTED_RE, "aApPbBeEcCwWrRfFdDvVnNsS")
_DATE_CONTEXT_RE = _text.prefixed(re.compile(
    r"\bvot|\badopt|resolution|Assembly|Council|[Cc]ommittee|\bpass|\bapprov|\breject|\bbacked|"
    r"\bmeeting|\bsession|\bveto"
), "varACcpbms")


#: a lower-case word that ends every match of _BODY_RE (but for "vetoed"/"vetoes")
_BODY_WORDS = (b"assembly", b"unga", b"plenary", b"body", b"council", b"unsc", b"veto", b"committee")
#: how far before its word a match of _BODY_RE may start ("15-member Security Council"),
#: when no run of ten white-space characters stands in between
_BODY_LEAD = 60
_LONG_SPACE_RE = re.compile(r"\s{10}")


def _body_marks(text: str, low: bytes, regions: list[tuple[int, int]],
                ) -> list[tuple[int, str, str]]:
    """Mentions of voting bodies as (start, kind, matched text lowered), in text order.

    _BODY_RE runs only in windows around its words (found in ``low``, :func:`_keyed`
    ``text``), not over whole regions; a window widens to the region's start when long
    white space could hide the start of a match.
    """
    marks = []
    for a, b in regions:
        windows: list[list[int]] = []
        for word in _BODY_WORDS:
            p = low.find(word, a, b)
            while p >= 0:
                lo = max(a, p - _BODY_LEAD)
                if lo > a and _LONG_SPACE_RE.search(text, lo, p):
                    lo = a
                windows.append([lo, min(b, p + len(word) + 3)])
                p = low.find(word, p + 1, b)
        windows.sort()
        merged: list[list[int]] = []
        for w in windows:
            if merged and w[0] <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], w[1])
            else:
                merged.append(w)
        for lo, hi in merged:
            for m in _BODY_RE.finditer(text, lo, hi):
                if m.lastgroup and not _NOT_BODY_BEFORE_RE.search(
                        text, max(0, m.start() - 40), m.start()):
                    marks.append((m.start(), m.lastgroup, m.group().lower()))
    return marks


def _doc_bodies(marks: list[tuple[int, str, str]]) -> set[str]:
    """Bodies named outright in the text (a bare "council" or "veto" does not count)."""
    return {kind for _, kind, word in marks
            if not (kind == "SC" and word in ("council", "veto", "vetoed", "vetoes"))}


def _body_for(marks: list[tuple[int, str, str]], s0: int, s1: int, t0: int,
              doc_bodies: set[str], counts: list[int]) -> str | None:
    lo = bisect.bisect_left(marks, (max(0, s0 - 1500),))
    hi = bisect.bisect_left(marks, (s1,))
    found = [(pos, kind) for pos, kind, word in marks[lo:hi]
             if not (kind == "SC" and word == "council" and "SC" not in doc_bodies)]
    if found:
        inside_before = [f for f in found if s0 <= f[0] < t0]
        inside_after = [f for f in found if f[0] >= t0]
        if inside_before:
            body = inside_before[-1][1]
        elif inside_after:
            body = inside_after[0][1]
        else:
            body = found[-1][1]
    elif len(doc_bodies) == 1:
        body = next(iter(doc_bodies))
    else:
        body = None
    total = sum(counts)
    if body != "SC" and counts and total <= 15 and "SC" in doc_bodies and (
        body is None or not any(s0 <= f[0] < s1 and f[1] != "SC" for f in found)
    ):
        body = "SC"
    return body


def _body_from_symbol(symbol: str) -> str | None:
    """The body a document symbol belongs to: "A/C.3/..." committee, "A/..." GA, "S/..." SC."""
    if symbol.startswith("A/C."):
        return "committee"
    if symbol.startswith("A/"):
        return "GA"
    if symbol.startswith("S/"):
        return "SC"
    return None


def _normalise_resolution(m: re.Match[str], body: str | None) -> str | None:
    if m.group("full"):
        sym = m.group("full")
        return re.sub(r"\s?\((\d{4})\)", r" (\1)", re.sub(r"\s?\(([IVXL]+)\)", r"(\1)", sym))
    if m.group("draft"):
        return m.group("draft")
    if m.group("es"):
        return "A/RES/" + m.group("es")
    if m.group("ga"):
        return "A/RES/" + m.group("ga")
    if m.group("old"):
        return f"A/RES/{m.group('old')}({m.group('roman')})"
    if m.group("sc"):
        if m.group("year"):
            return f"S/RES/{m.group('sc')} ({m.group('year')})"
        if body == "SC":
            return f"S/RES/{m.group('sc')}"
    return None


def _resolution_for(text: str, s0: int, s1: int, t0: int, floor: int, body: str | None,
                    ) -> str | None:
    inside: list[tuple[int, str]] = []
    earlier: list[tuple[int, str]] = []
    for m in _RES_RE.finditer(text, max(floor, s0 - 1000), s1):
        sym = _normalise_resolution(m, body)
        if sym is None:
            continue
        (inside if m.start() >= s0 else earlier).append((m.start(), sym))
    if inside:
        # nearest to the tally, preferring an adopted symbol over a draft one at equal footing
        inside.sort(key=lambda f: (abs(f[0] - t0), "/L." in f[1]))
        return inside[0][1]
    if earlier:
        return earlier[-1][1]
    return None


def _adopted_for(text: str, s0: int, s1: int, t0: int, t1: int, lo: int, hi: int,
                 prev_sentences: list[tuple[int, int, str]], floor: int) -> bool | None:
    best: tuple[int, bool] | None = None
    for m in _ADOPTED_RE.finditer(text, max(s0, lo), min(s1, hi)):
        if m.start() < t0:
            dist = t0 - m.end()
        elif m.start() >= t1:
            dist = m.start() - t1 + 1
        else:
            dist = 0
        if best is None or dist < best[0]:
            best = (dist, m.lastgroup == "t")
    if best is not None:
        return best[1]
    for p0, p1, _ in reversed(prev_sentences):
        last: bool | None = None
        for m in _ADOPTED_RE.finditer(text, max(p0, floor), p1):
            last = m.lastgroup == "t"
        if last is not None:
            return last
    return None


#: a year on its own ("In 2014, ..."), and words that place a vote at another time
_YEAR_RE = re.compile(r"(?<![\w/.,-])(?:19[4-9]\d|2[01]\d\d)(?![\w/-]|[.,]\d)")
_OTHER_TIME_RE = re.compile(
    r"\b(?:earlier|later|ago|last|previous(?:ly)?|yesterday|tomorrow|next|before|after|prior|"
    r"(?:19[4-9]\d|2[01]\d\d))\b"
    rf"|\b(?:{_text._M})\b",
    re.I,
)
_SINCE_BEFORE_RE = re.compile(r"\b(?:since|from|until|till|through)\s+$", re.I)


def _years(text: str, a: int, b: int) -> set[str]:
    """Years named in ``text[a:b]``, but for those after "since", "until"..."""
    return {m.group() for m in _YEAR_RE.finditer(text, a, b)
            if not _SINCE_BEFORE_RE.search(text, max(a, m.start() - 12), m.start())}


def _sentence_year(text: str, s0: int, s1: int) -> int | None:
    """The one year a sentence names on its own ("In 2014, ... on 27 March"), or None."""
    years = {int(m.group()) for m in _YEAR_RE.finditer(text, s0, s1)}
    return years.pop() if len(years) == 1 else None


def _make_year(value: dt.date, year: int) -> dt.date | None:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return None


def _date_for(text: str, s0: int, s1: int, t0: int, published: dt.date | None,
              ) -> dt.date | None:
    """The date in a tally's own sentences (``s0``..``s1``) nearest its counts (at ``t0``)."""
    best: tuple[int, dt.date] | None = None
    year: int | None = None  # the sentence's own year, looked up on first need
    for d0, d1, value, absolute in _text.find_dates(text, published, s0, s1):
        if published is not None and value > published + dt.timedelta(days=1):
            # "In 2014, ... adopted on 27 March": a day and month after publication take
            # the year the sentence names, if it names one
            if absolute or not any(c.isdigit() for c in text[d0:d1]):
                continue
            year = year or _sentence_year(text, s0, s1)
            if year is None or year >= published.year:
                continue
            dated = _make_year(value, year)
            if dated is None:
                continue
            value = dated
        dist = abs(d0 - t0)
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best is not None else None


def _date_before(text: str, s0: int, s1: int, published: dt.date | None,
                 prev_sentences: list[tuple[int, int, str]]) -> dt.date | None:
    """The last date of the nearest sentence before a tally (in ``s0``..``s1``) that talks of
    a vote or meeting; None when the tally's sentence names a year other than that date's
    ("stronger than in 2022, when 125 voted yes" is not the day of the vote before)."""
    for p0, p1, _ in reversed(prev_sentences):
        if not _DATE_CONTEXT_RE.search(text, p0, p1):
            continue
        found = [
            v for _, _, v, _ in _text.find_dates(text, published, p0, p1)
            if published is None or v <= published + dt.timedelta(days=1)
        ]
        if found:
            year = _sentence_year(text, s0, s1)
            return found[-1] if year is None or year == found[-1].year else None
    return None


_REL_DAY_RE = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+"
    r"(?P<dir>earlier|before|later|after)\b"
    r"|\bthe\s+(?:(?P<back>previous|preceding)|next|following)\s+day\b"
    r"|\bthe\s+day\s+(?P<dir1>before|after|earlier|later)\b",
    re.I,
)
#: "The vote came four days after [the Council vote]": the tally is the earlier event
_CAME_RE = re.compile(r"\b(?:came|comes|come|was\s+held|took\s+place|followed)\s+$", re.I)


def _relative_date(text: str, sents: list[tuple[int, int, str]], k0: int, k1: int,
                   last: dt.date | None, first: dt.date | None) -> dt.date | None:
    """The date of a tally in sentences ``k0``..``k1`` that says it only relatively.

    One expression of days in those sentences: "a day earlier", "the day before", "two
    days later", "the next day" count from ``last`` (the date of the tally before: the
    report goes on from it); "[the vote] came four days after [the Council voted]" counts
    back from ``first`` (the date of the first tally, the vote the report is about).
    None when there is no such expression, or more than one.
    """
    if k0 > k1:
        return None
    found = list(itertools.islice(_REL_DAY_RE.finditer(text, sents[k0][0], sents[k1][1]), 2))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group("n") is not None:
        n = _text.number_value(m.group("n").lower()) if m.group("n").isalpha() else int(m.group("n"))
        if m.group("n").lower() == "a":
            n = 1
        word = m.group("dir").lower()
    elif m.group("dir1") is not None:
        n, word = 1, m.group("dir1").lower()
    else:
        n, word = 1, ("before" if m.group("back") else "after")
    if n is None or n > 31:
        return None
    back = word in ("earlier", "before")
    anchor = last
    if word in ("after", "before") and _CAME_RE.search(text, max(0, m.start() - 20), m.start()):
        anchor, back = first, not back  # the subject came later: this tally is before it
    if anchor is None:
        return None
    return anchor - dt.timedelta(days=n) if back else anchor + dt.timedelta(days=n)


def _carried_date(text: str, sents: list[tuple[int, int, str]], k0: int, k1: int,
                  published: dt.date | None, prev: tuple[int, dt.date | None] | None,
                  ) -> dt.date | None:
    """The date of a tally (in sentences ``k0``..``k1``) that states none near it.

    Reports narrate a meeting in order: "The General Assembly today adopted ... The
    first amendment was rejected ... The resolution was then adopted by 141 votes".
    The tally takes the date of the last dated sentence about a vote before it (at most
    ``_JOIN_SENTENCES`` back, not before ``prev``, the (last sentence, date) of the tally
    before it), else ``prev``'s date, provided that neither its sentences nor the one
    before them point to another time ("a day earlier", "last year", "in 2022", "in
    March"). Dates after "since" or "until" start or end a period: they point nowhere.
    """
    floor = max(0, k0 - _JOIN_SENTENCES)
    if prev is not None:
        floor = max(floor, prev[0] + 1)
    anchor: tuple[int, dt.date] | None = None
    for k in range(k0 - 1, floor - 1, -1):
        p0, p1, _ = sents[k]
        if not _DATE_CONTEXT_RE.search(text, p0, p1):
            continue
        found = [v for _, _, v, _ in _text.find_dates(text, published, p0, p1)
                 if published is None or v <= published + dt.timedelta(days=1)]
        if found:
            anchor = (k, found[-1])
            break
    if anchor is None:
        if prev is None or prev[1] is None or k0 - prev[0] > _JOIN_SENTENCES:
            return None
        anchor = (prev[0], prev[1])
    k_anchor, date = anchor
    first = max(k_anchor + 1, k0 - 1)
    if first > k1:  # the anchor shares this tally's last sentence: nothing between them
        return date
    lo = sents[first][0]
    hi = sents[k1][1]
    if lo >= hi:
        return date
    for m in _OTHER_TIME_RE.finditer(text, lo, hi):
        if _SINCE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.group()[:1].isupper() and m.group().isalpha():  # a month: is it this date's?
            d = next(_text.find_dates(text, published, m.start(), min(hi, m.end() + 12)), None)
            if d is not None and d[0] == m.start() and d[2] == date:
                continue
        return None
    return date


def _tally_date(text: str, sents: list[tuple[int, int, str]], k0: int, k1: int, t0: int,
                published: dt.date | None, prev: tuple[int, dt.date | None] | None,
                first: dt.date | None) -> dt.date | None:
    """The date of the tally in sentences ``k0``..``k1`` (counts from ``t0``), first found of:
    a date in its own sentences; a relative day ("a day earlier") in them or the sentence
    before; a date in the sentences before; the date of the meeting it continues.

    ``prev`` is (last sentence, date) of the tally before it, ``first`` the first tally's
    date (both None for the first tally).
    """
    s0, s1 = sents[k0][0], sents[k1][1]
    date = _date_for(text, s0, s1, t0, published)
    if date is None and prev is not None:
        # "a day earlier", "came four days after": from the sentence before on, but not in
        # the previous tally's sentences
        date = _relative_date(text, sents, max(k0 - 1, prev[0] + 1), k1, prev[1], first)
    if date is None:
        date = _date_before(text, s0, s1, published, sents[max(0, k0 - 3) : k0])
    if date is None:
        date = _carried_date(text, sents, k0, k1, published, prev)
    return date
