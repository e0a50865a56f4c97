"""Countries named as voting one way: lists, their position, completeness and vote."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import Any

from unvotes import _text
from unvotes._counts import _OTHER_VOTE_RE, _last_word, _may_end
from unvotes._meta import _BODY_RE, _OTHER_TIME_RE, _RES_RE, _YEAR_RE

_ANNEX_START_RE = re.compile(
    r"\s*(?P<h>In\s+favou?r|Yes|Ayes|Against|No|Noes|Abstaining|Abstain(?:ed)?|Abstentions?|"
    r"Absent|Did\s+not\s+vote|Not\s+voting|Non-voting)\s*:",
)
_LIST_SEP_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|/\s*|&\s*|and\s+|"
    r"as\s+well\s+as\s+|plus\s+|along\s+with\s+|together\s+with\s+|or\s+)(?:the\s+)?"
)
_CUE_RE = re.compile(
    r"(?P<yes>\bin\s+favou?r\b|\bvot(?:ed|ing|es?)\s+(?:for|yes|in\s+support)\b|"
    r"\b(?:backed|backing|supported|supporting|endorsed|sponsors?|supporters|backers)\b|\byes\b)"
    r"|(?P<no>\bagainst\b|\bopposed\b|\bopposing\b|\bopponents\b|\bvot(?:ed|ing)\s+no\b|"
    r"\bveto(?:ed|ing)\b|"
    r"\brejected\b|\bno\s+votes?\b|\bnays?\b|"
    r"(?<=\d\s)no\b(?=\s*\())"  # "2 no (the United States and Israel)"
    r"|(?P<abstain>\babstain\w*|\babstention\w*|\brefrained\b)"
    r"|(?P<absent>\babsent\b|\b(?:did\s+not|didn't|not|failed\s+to|chose\s+not\s+to|declined\s+to)\s+"
    r"(?:vote|voting|take\s+part|taking\s+part|participate|participating|cast|"
    r"press\s+(?:a|the|any)\s+button)\b"
    r"(?!\s+(?:against|for|in\s+favou?r|yes|no)\b)|\bnon-voting\b|"  # "did not vote against"
    r"\bstayed\s+away\b|\bskipped\b)",
    re.I,
)
#: words that may stand between a list (as subject) and its cue: "were among the 32 countries to"
_POSITION_SENTENCE_RE = _text.prefixed(
    re.compile(_CUE_RE.pattern + r"|\b(?:No|Noes|Nays)\s*:", re.I), "iIvVbBsSeEyYaAoOrRnNdDfFcC")
_CUE_RE = _text.prefixed(_CUE_RE, "iIvVbBsSeEyYaAoOrRnNdDfFcC")
_STRONG_POSITION_RE = _text.prefixed(re.compile(
    r"against|abstain|abstention|absent|\bin\s+favou?r|\bvot|take\s+part|participat|opposed|"
    r"rejected|\bveto|\b(?:Yes|No)\s*:", re.I), "aAiIvVtTpPoOrRyYnN")
_TRAILER_WORDS = frozenset(
    ["also", "both", "all", "each", "too", "then", "however", "instead", "meanwhile", "again", "alone", "together", "themselves", "which", "who", "were", "was", "are", "is", "did", "had", "have", "has", "among", "the", "only", "one", "two", "three", "of", "those", "countries", "nations", "states", "member", "members", "delegations", "to", "that", "in", "voting", "voted", "vote", "votes", "cast", "chose", "decided", "opted", "other", "a", "an", "handful", "few", "group", "small", "just", "joined", "it", "resolution", "text", "draft", "ultimately", "eventually", "reportedly", "notably", "likewise", "similarly", "on", "and", "others", "etc", "many", "several", "some"]
)
_TRAILER_TOKEN_RE = re.compile(r"\s*(?:[,—–-]\s*)?([\w']+)")
_TRAILER_SEP_RE = re.compile(r"\s*(?:[,—–-]\s*)?")
_PASSIVE_RE = re.compile(
    r"\s*,?\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:backed|supported|opposed|rejected|joined|condemned|critici[sz]ed|accused|urged|asked|"
    r"called|invaded|attacked)\b",
    re.I,
)
_CONNECTOR_RE = re.compile(
    r"(?:\b(?:were|was|are|is|included|including|include|includes|namely|notably|like|"
    r"such\s+as|among\s+them|among\s+others|as\s+follows)|:|\(|—|–|\s-)\s*(?:the\s+)?$",
    re.I,
)
#: the last word (or character) of every match of _CONNECTOR_RE, _BY_CONNECTOR_RE and
#: _DEFINITE_RE, lower-cased (see :func:`_may_end`)
_CONNECTOR_LAST = ("were", "was", "are", "is", "included", "including", "include", "includes",
                   "namely", "notably", "like", "as", "them", "others", "follows", "the", ":",
                   "(", "-")
_BY_CONNECTOR_LAST = ("by", "from", "with", "the")
_DEFINITE_LAST_LIST = ("were", "was", "are", "namely", ":", "the")
#: how far before a list its connector may start ("among others  the" is 17 characters)
_CONNECTOR_REACH = 80
_BY_CONNECTOR_RE = re.compile(r"\b(?:by|from|with|joined\s+by)\s*(?:the\s+)?$", re.I)
_DEFINITE_RE = re.compile(r"(?:\b(?:were|was|are|namely)|:|—|–)\s*(?:the\s+)?$", re.I)
_PARTIAL_RE = re.compile(
    r"\b(?:including|included|include|includes|among|such\s+(?:[a-z]+\s+)?as|like|notably|for\s+example|"
    r"for\s+instance|e\.g\.|etc\b|and\s+others|and\s+other|others\s+including|several|some|"
    r"also)\b|…|\.\.\.",  # "Bolivia also abstained": others did too
    re.I,
)
_ONLY_RE = re.compile(r"\bonly\b|\balone\b|\bsole\b", re.I)
_POSSESSIVE_RE = re.compile(r"['’]s?\b")


def _country_mentions(jobs: list[tuple[str, list[tuple[int, int]]]],
                      ) -> list[list[tuple[int, int, str, str]]]:
    """Country mentions (start, end, name, iso3) inside the spans of each (text, spans) job.

    All spans of all jobs go to one search (:func:`unvotes.countries.find_countries`'s).
    """
    out: list[list[tuple[int, int, str, str]]] = [[] for _ in jobs]
    pieces: list[str] = []
    offsets: list[int] = []  # position of each piece in the joined string
    owners: list[tuple[int, int, int]] = []  # (job, span start, span end)
    pos = 0
    for j, (text, spans) in enumerate(jobs):
        for s0, s1 in spans:
            offsets.append(pos)
            pieces.append(text[s0:s1])
            owners.append((j, s0, s1))
            pos += s1 - s0 + 2
    if not pieces:
        return out
    from unvotes.countries import _find_spans

    for start, end, _name, iso3 in _find_spans("\n\n".join(pieces)):
        k = bisect.bisect_right(offsets, start) - 1
        if k < 0:
            continue
        j, s0, s1 = owners[k]
        a, b = start - offsets[k] + s0, end - offsets[k] + s0
        if a < s0 or b > s1 or b <= a:
            continue
        out[j].append((a, b, jobs[j][0][a:b], iso3))
    for mentions in out:
        mentions.sort()
    return out


#: between a cue and the list it heads: a coordinated phrase starts ("votes in favour and
#: no veto by any of the five permanent members - China, France, ..."): the list is theirs
_COORDINATION_RE = re.compile(r"\b(?:and|or|but|nor)\b|;", re.I)


def _last_cue(segment: str, max_gap: int | None = None) -> str | None:
    last = None
    for m in _CUE_RE.finditer(segment):
        last = m
    if last is None:
        return None
    if max_gap is not None and (len(segment) - last.end() > max_gap
                                or _COORDINATION_RE.search(segment, last.end())):
        return None
    return last.lastgroup


def _first_cue(segment: str) -> str | None:
    m = _CUE_RE.search(segment)
    return m.lastgroup if m else None


def _position_spans(text: str, cue_hits: list[int], sents: list[tuple[int, int, str]],
                    tallies: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Sentences that may hold a list of countries with a position.

    ``cue_hits`` are the sorted offsets of the :data:`_CUE_KEYWORDS` in ``text``.
    """
    starts = [s[0] for s in sents]
    first_hit: dict[int, int] = {}  # sentence index: offset of its first cue keyword
    k = -1
    for pos in cue_hits:
        if k >= 0 and pos < sents[k][1]:
            continue  # same sentence as the previous hit
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < sents[k][1]:
            first_hit[k] = pos
        else:
            k = -1  # before the first sentence or between sentences
    chosen = [k for k in sorted(first_hit) if _holds_cue(text, sents[k][0], sents[k][1], first_hit[k])]
    if not tallies:  # without a count, only clear vote words make a list worth looking up
        chosen = [k for k in chosen if _STRONG_POSITION_RE.search(text, sents[k][0], sents[k][1])]
    return [(sents[k][0], sents[k][1]) for k in chosen]


#: how far before its first cue keyword a match of _POSITION_SENTENCE_RE may start when
#: the words are one space apart ("chose not to take part" starts 13 characters before)
_CUE_LEAD = 40
_IRREGULAR_SPACE_RE = re.compile(r"\s\s|[^\S ]")


def _holds_cue(text: str, s0: int, s1: int, hit: int) -> bool:
    """Whether _POSITION_SENTENCE_RE matches in ``text[s0:s1]``, whose first cue keyword is at
    ``hit``. Every match holds a cue keyword unless its words are apart by more than one
    space, so the search starts a little before ``hit`` when the text before it has none."""
    lo = max(s0, hit - _CUE_LEAD)
    if lo > s0 and _IRREGULAR_SPACE_RE.search(text, s0, hit):
        lo = s0
    return _POSITION_SENTENCE_RE.search(text, lo, s1) is not None


def _positions(text: str, sents: list[tuple[int, int, str]], tallies: list[dict[str, Any]],
               tally_sents: list[tuple[int, int]], mentions: list[tuple[int, int, str, str]],
               restated: list[tuple[int, int, int]] | None = None,
               published: dt.date | None = None) -> list[dict[str, Any]]:
    """Rows of named positions; ``restated`` as :func:`_group_items` gives it, ``published``
    anchors the dates list sentences name ("Thursday's abstainers")."""
    if not mentions:
        return []
    sent_starts = [s[0] for s in sents]
    by_sent: dict[int, list[tuple[int, int, str, str]]] = {}
    for mention in mentions:
        k = bisect.bisect_right(sent_starts, mention[0]) - 1
        by_sent.setdefault(k, []).append(mention)
    rows: list[dict[str, Any]] = []
    first_sents = [a for a, _ in tally_sents]
    tally_starts = [t["start"] for t in tallies]
    restated_in: dict[int, list[tuple[int, int]]] = {}  # sentence: [(offset, tally)]
    for k, pos, j in restated or ():
        restated_in.setdefault(k, []).append((pos, j))
    for k, ments in sorted(by_sent.items()):
        s0, s1, _ = sents[k]
        if not tallies and _ELECTION_RE.search(text, s0, s1):
            continue  # "Nigeria voted for a new president": a national vote, not a UN one
        annex = _ANNEX_START_RE.match(text, s0, s1)
        if annex is not None:
            lists = _annex_lists(text, s0, s1, ments)
        else:
            lists = []
            groups = _split_lists(text, ments)
            found_all = []
            for gi, group in enumerate(groups):
                prev_end = groups[gi - 1][-1][1] if gi > 0 else s0
                next_start = groups[gi + 1][0][0] if gi + 1 < len(groups) else s1
                found_all.append(_list_position(text, group, prev_end, next_start, s0))
            # "A and B joined C and D in voting against", "A and B were joined by eight
            # countries - C, ... - in voting against": one list, in C and D's position
            for gi in range(len(groups) - 2, -1, -1):
                if (found_all[gi] is None and found_all[gi + 1] is not None
                        and _JOINED_RE.fullmatch(text, groups[gi][-1][1], groups[gi + 1][0][0])):
                    role, _strong, partial = found_all[gi + 1]  # type: ignore[misc]
                    groups[gi] = groups[gi] + groups.pop(gi + 1)
                    found_all.pop(gi + 1)
                    found_all[gi] = (role, False, partial)
            for group, found in zip(groups, found_all, strict=True):
                if found is not None:
                    lists.append((group, found[0], found[1], found[2]))
        for group, role, strong, partial_or_complete in lists:
            vote_id = _vote_for(k, group[0][0], tallies, tally_sents, first_sents, tally_starts,
                                restated_in.get(k, ()))
            if annex is None and tallies:
                if vote_id is None:
                    vote_id = _vote_ahead(text, k, sents, role, group, strong,
                                          bool(partial_or_complete), tallies, tally_sents)
                elif (len(tallies) > 1 and k not in restated_in
                      and not tally_sents[vote_id][0] <= k <= tally_sents[vote_id][1]):
                    vote_id = _dated_vote(text, s0, s1, group[0][0], vote_id, tallies, published)
            if annex is not None:
                complete = True
            else:
                partial = partial_or_complete
                if partial:
                    complete = False
                elif strong:
                    complete = True
                else:
                    count = tallies[vote_id][role] if vote_id is not None else None
                    complete = count is None or len({g[3] or g[2] for g in group}) >= count
            for a, b, name, iso3 in group:
                rows.append({"vote_id": vote_id, "iso3": iso3, "name": _text.storable(name),
                             "position": role,
                             "complete": bool(complete), "start": a, "end": b})
    seen: set[tuple[Any, str, str]] = set()
    unique = []
    for row in rows:
        key = (row["vote_id"], row["iso3"] or row["name"], row["position"])
        if key in seen:
            continue
        seen.add(key)
        unique.append(row)
    return unique


#: national votes: without a tally in the text, their sentences hold no UN positions
_ELECTION_RE = re.compile(
    r"\b(?:elections?|electoral|referendum|plebiscite|presidential|parliamentary|ballot\s+box|"
    r"constituency|constituencies|new\s+(?:president|government|parliament|prime\s+minister))\b",
    re.I,
)
_ANNEX_ANY_RE = re.compile(
    r"(?:^|(?<=[\s;.,]))(?P<h>In\s+favou?r|Yes|Ayes|Against|No|Noes|Abstaining|Abstain(?:ed)?|"
    r"Abstentions?|Absent|Did\s+not\s+vote|Not\s+voting|Non-voting)\s*:",
    re.I,
)


_PIECE_RE = re.compile(r"[^,;]+")
_PAREN_CLOSE_RE = re.compile(r"\s*\)")
_JOINED_RE = re.compile(
    r"\s*,?\s*(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:also\s+)?joined\s+(?:by\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+(?:other\s+)?(?:countries|states|nations|members)\s*[-–—:(]\s*)?",
    re.I,
)
_RELATIVE_RE = re.compile(
    r"\s*,\s*(?:which|who)\b[^,;.()]{0,120},"
    # an apposition: "Hungary and Türkiye, both NATO members, voted in favour"
    r"|\s*,\s*(?:both|all|each|an?|two|three|four|five|six|seven|eight|nine|ten|several|many|"
    r"most|among)\s[^,;.()]{0,80},",
    re.I,
)
#: a list right after these words is an object or negated, never the subject of a vote:
#: "an ally of Russia, voted ...", "Neither India nor China voted against"
_NOT_SUBJECT_HEAD_RE = re.compile(
    r"\b(?:of|to|from|against|for|on|at|towards?|into|than|neither|nor|not|never)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _annex_lists(text: str, s0: int, s1: int, ments: list[tuple[int, int, str, str]],
                 ) -> list[tuple[list[tuple[int, int, str, str]], str, bool, bool]]:
    """Lists of an annex sentence ("Against: A, B; abstaining: C"), each after its header.

    Comma-separated entries the registry does not know come back with ``iso3`` None.
    """
    heads = [(m.start(), m.end(), _first_cue(m.group("h")) or _annex_role(m.group("h")))
             for m in _ANNEX_ANY_RE.finditer(text, s0, s1)]
    starts = [m[0] for m in ments]
    out: list[tuple[list[tuple[int, int, str, str]], str, bool, bool]] = []
    for idx, (_h0, h1, role) in enumerate(heads):
        if role is None:
            continue
        seg_end = heads[idx + 1][0] if idx + 1 < len(heads) else s1
        group = ments[bisect.bisect_left(starts, h1) : bisect.bisect_left(starts, seg_end)]
        known = [(a, b) for a, b, _, _ in group]
        known_starts = [a for a, _ in known]
        unknown = []
        for piece in _PIECE_RE.finditer(text, h1, seg_end):
            a, b = piece.start(), piece.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
                b -= 1
            k = bisect.bisect_left(known_starts, b) - 1
            if b <= a or (k >= 0 and known[k][1] > a):
                continue  # empty, or (part of) a name the registry knows
            if _UNKNOWN_NAME_RE.fullmatch(text, a, b):
                unknown.append((a, b, text[a:b], None))
        group = sorted([*group, *unknown])  # type: ignore[list-item]
        if group:
            out.append((group, role, True, False))  # type: ignore[arg-type]
    return out


def _annex_role(header: str) -> str | None:
    h = header.lower()
    if h.startswith(("yes", "aye")):
        return "yes"
    if h.startswith("no"):
        return "absent" if h.startswith("non") or h.startswith("not") else "no"
    return None


_UNKNOWN_NAME = r"[A-Z][A-Za-z'’.-]+(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][A-Za-z'’.-]+){0,3}"
_SEP = r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?"
#: a gap inside a list holding names the registry does not know ("Eritrea, Narnia and Syria")
_UNKNOWN_GAP_RE = re.compile(rf"{_SEP}(?:{_UNKNOWN_NAME}{_SEP}){{1,3}}")
_UNKNOWN_NAME_RE = re.compile(_UNKNOWN_NAME)
_AND_RE = re.compile(r"\band\b", re.I)


def _split_lists(text: str, ments: list[tuple[int, int, str, str]],
                 ) -> list[list[tuple[int, int, str, str]]]:
    """Group mentions into lists; unknown capitalised names between known ones stay in.

    Unknown names come back with ``iso3`` None, so the checks can report them.
    """
    groups: list[list[tuple[int, int, str, str]]] = [[ments[0]]]
    closed = False  # the list so far ended with "and": a second "and" starts another clause
    for prev, cur in itertools.pairwise(ments):
        gap = cur[0] - prev[1]
        sep = _LIST_SEP_RE.fullmatch(text, prev[1], cur[0]) if gap <= 40 else None
        if sep is not None:
            joined = _AND_RE.search(sep.group()) is not None
            if closed and joined and sep.group().lstrip().startswith(","):
                groups.append([cur])  # "A, B and C, and D was absent"
                closed = False
                continue
            closed = closed or joined
            groups[-1].append(cur)
        elif gap <= 160 and _UNKNOWN_GAP_RE.fullmatch(text, prev[1], cur[0]):
            for m in _UNKNOWN_NAME_RE.finditer(text, prev[1], cur[0]):
                groups[-1].append((m.start(), m.end(), m.group(), None))  # type: ignore[arg-type]
            groups[-1].append(cur)
        else:
            groups.append([cur])
            closed = False
    return groups


def _list_position(text: str, group: list[tuple[int, int, str, str]], prev_end: int,
                   next_start: int, s0: int) -> tuple[str, bool, bool] | None:
    """(position, strong, partial) for one list of country mentions, or None if no list cue.

    A list is read as a subject ("A and B voted against") or as a complement ("Voting
    against were A and B", "7 against (A, B)"); a list in parentheses tries the words
    before it first, then the verb after the closing parenthesis.
    """
    g0, g1 = group[0][0], group[-1][1]
    closed = _PAREN_CLOSE_RE.match(text, g1, next_start)
    if closed is not None and text[max(s0, prev_end, g0 - 3) : g0].rstrip().endswith("("):
        found = _as_complement(text, group, prev_end, next_start, s0)
        if found is not None:
            return found
        return _as_subject(text, group, closed.end(), prev_end, next_start)
    return (_as_subject(text, group, g1, prev_end, next_start)
            or _as_complement(text, group, prev_end, next_start, s0))


def _as_subject(text: str, group: list[tuple[int, int, str, str]], after: int, prev_end: int,
                next_start: int) -> tuple[str, bool, bool] | None:
    g0, g1 = group[0][0], group[-1][1]
    inner = text[g0:g1]
    t_end = min(next_start, after + 120)
    if _POSSESSIVE_RE.match(text, after) is not None or _PASSIVE_RE.match(text, after, t_end):
        return None
    head = text[max(prev_end, g0 - 40) : g0]
    if _NOT_SUBJECT_HEAD_RE.search(head):
        return None
    found = _trailer_cue(text, after, t_end)
    if found is None:
        # "China and India, which have not condemned the invasion, abstained"; the clause
        # may name other states ("Belarus, a close ally of Russia, voted against"): the
        # trailer stops at any name after it anyway
        rel = _RELATIVE_RE.match(text, after, after + 160)
        if rel is not None:
            stop = rel.end() + 120
            found = _trailer_cue(text, rel.end(), stop if next_start < rel.end()
                                 else min(next_start, stop))
    if found is None:
        return None
    role, cut_end = found
    trailer = text[g1:cut_end]
    strong = bool(_ONLY_RE.search(trailer) or _ONLY_RE.search(head))
    partial = bool(_PARTIAL_RE.search(trailer) or _PARTIAL_RE.search(inner)
                   or _PARTIAL_RE.search(head[-25:]))
    return role, strong, partial and not strong


def _as_complement(text: str, group: list[tuple[int, int, str, str]], prev_end: int,
                   next_start: int, s0: int) -> tuple[str, bool, bool] | None:
    g0, g1 = group[0][0], group[-1][1]
    inner = text[g0:g1]
    h_start = max(prev_end, s0, g0 - 200)
    semi = text.rfind(";", h_start, g0)
    if semi >= 0:
        h_start = semi + 1
    header = text[h_start:g0]
    # the connectors end the header: search its end only (they are under 40 characters)
    tail_from = max(0, len(header) - _CONNECTOR_REACH)
    last = _last_word(header)
    if _may_end(last, _CONNECTOR_LAST) and _CONNECTOR_RE.search(header, tail_from):
        role = _last_cue(header, max_gap=60)
    elif _may_end(last, _BY_CONNECTOR_LAST) and _BY_CONNECTOR_RE.search(header, tail_from):
        role = _last_cue(header[-45:])
        if role is None and _JOINED_BY_END_RE.search(header, tail_from):
            joined = _joined_in_cue(text, g1, next_start)
            if joined is not None:
                role, others = joined
                return role, False, others
    else:
        return None
    if role is None:
        return None
    tail = text[g1:min(next_start, g1 + 40)]
    partial = bool(_PARTIAL_RE.search(header[-80:]) or _PARTIAL_RE.search(inner)
                   or re.match(r"\s*,?\s*(?:and\s+)?(?:others|among\s+others|etc|…|\.\.\.)", tail))
    strong = bool(_ONLY_RE.search(header[-60:])) or (
        not partial and _may_end(last, _DEFINITE_LAST_LIST)
        and _DEFINITE_RE.search(header, tail_from) is not None
    )
    return role, strong, partial and not _ONLY_RE.search(header[-60:])


_JOINED_BY_END_RE = re.compile(r"\bjoined\s+by\s*(?:the\s+)?$", re.I)
#: after a list headed "joined by": what may come before "in voting against", "in
#: supporting the text" (", and by a large number of our partners,")
_JOINED_IN_RE = re.compile(r"(?P<gap>[^.;:()\n]{0,80}?)\bin\s+", re.I)
_VOTING_RE = re.compile(r"voting\s+", re.I)


def _joined_in_cue(text: str, g1: int, end: int) -> tuple[str, bool] | None:
    """(position, whether others joined too) for "We were joined by A and B[, and by
    others,] in supporting the text": the cue comes after the list, after "in"."""
    m = _JOINED_IN_RE.match(text, g1, end)
    if m is None:
        return None
    pos = m.end()
    voting = _VOTING_RE.match(text, pos, end)
    for at in (pos, voting.end()) if voting else (pos,):
        cue = _CUE_RE.match(text, at, end)
        if cue is not None and cue.lastgroup is not None:
            return cue.lastgroup, any(c.isalnum() for c in m.group("gap"))
    return None


def _trailer_cue(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """Cue reached from ``pos`` through connecting words only, as (role, cue end)."""
    new_clause = False  # just after ", and"
    for _ in range(12):
        cue = _CUE_RE.match(text, pos, end)
        if cue is None:
            ws = _TRAILER_SEP_RE.match(text, pos, end)
            cue = _CUE_RE.match(text, ws.end() if ws else pos, end)
        if cue is not None and cue.lastgroup is not None:
            return cue.lastgroup, cue.end()
        tok = _TRAILER_TOKEN_RE.match(text, pos, end)
        if tok is None:
            return None
        word = tok.group(1).lower()
        number = _text.number_value(word) is not None
        if word not in _TRAILER_WORDS and not number:
            return None  # "were among the seven countries that voted against" reads on
        if number and new_clause:
            return None  # "..., and 12 delegations did not vote": a clause with its own subject
        new_clause = word == "and" and "," in tok.group()
        pos = tok.end()
    return None


def _vote_for(k: int, pos: int, tallies: list[dict[str, Any]], tally_sents: list[tuple[int, int]],
              first_sents: list[int], starts: list[int],
              restated: Iterable[tuple[int, int]] = ()) -> int | None:
    """The tally a list in sentence ``k`` at offset ``pos`` belongs to (None if none).

    A tally in the same sentence or a count there restating one (``restated``: (offset,
    tally) pairs in sentence ``k``), the nearest; else the last tally before the list,
    else a tally starting within the next two sentences. Bisection keeps this O(log n)
    per list.
    """
    if not tallies:
        return None
    i = bisect.bisect_right(first_sents, k) - 1
    same = [(abs(tallies[j]["start"] - pos), j) for j in range(i, max(-1, i - 20), -1)
            if tally_sents[j][0] <= k <= tally_sents[j][1]]
    same += [(abs(at - pos), j) for at, j in restated]
    if same:
        return min(same)[1]
    before = bisect.bisect_left(starts, pos) - 1
    if before >= 0:
        return before
    after = i + 1
    if after < len(tally_sents) and 0 < tally_sents[after][0] - k <= 2:
        return after
    return None


#: how many sentences before the tally it belongs to a list may come (see :func:`_vote_ahead`)
_LIST_AHEAD = 5


def _vote_ahead(text: str, k: int, sents: list[tuple[int, int, str]], role: str,
                group: list[tuple[int, int, str, str]], strong: bool, partial: bool,
                tallies: list[dict[str, Any]], tally_sents: list[tuple[int, int]]) -> int | None:
    """The tally a list with no tally before it belongs to, a few sentences on; or None.

    :func:`_vote_for` gives a list only a tally within the next two sentences. Up to
    ``_LIST_AHEAD`` sentences before the first tally, a list is that tally's when the text
    has no other tally ("Today, Canada voted in favour ... The resolution was adopted
    with the support of 153 Member States"), or when it names as many states as that
    tally counts for its position ("Voting against were [seven states]. ... 141 in
    favour, 7 against"). Its sentence must not point to another time, vote or body
    ("Last year Russia voted against", "In the Security Council, ...").
    """
    first = next((j for j, (k0, _) in enumerate(tally_sents) if k0 > k), None)
    if first is None or first > 0 or tally_sents[first][0] - k > _LIST_AHEAD:
        return None  # only lists before the first tally: others have one before them
    if len(tallies) > 1:
        count = tallies[first][role]
        if partial or count is None or len({g[3] or g[2] for g in group}) != count:
            return None
    s0, s1, _ = sents[k]
    if (_OTHER_TIME_RE.search(text, s0, s1) or _OTHER_VOTE_RE.search(text, s0, s1)
            or _YEAR_RE.search(text, s0, s1) or _RES_RE.search(text, s0, s1)):
        return None
    body = tallies[first]["body"]
    if any(m.lastgroup != body for m in _BODY_RE.finditer(text, s0, s1)):
        return None
    return first


def _dated_vote(text: str, s0: int, s1: int, pos: int, vote_id: int,
                tallies: list[dict[str, Any]], published: dt.date | None) -> int:
    """``vote_id``, or the tally dated the day a list's sentence names when ``vote_id``'s
    date is another ("the core of Thursday's abstaining group", after a tally of 2014).

    Only for a list outside the sentences of its tally: the sentence must name one date
    and a tally must be dated that day (the nearest such tally is taken).
    """
    own = tallies[vote_id]["date"]
    if own is None:
        return vote_id
    days = {d for _, _, d, _ in _text.find_dates(text, published, s0, s1)}
    if len(days) != 1:
        return vote_id
    day = days.pop()
    if day == own:
        return vote_id
    same = [(abs(t["start"] - pos), j) for j, t in enumerate(tallies) if t["date"] == day]
    return min(same)[1] if same else vote_id
