"""Private text helpers for the parser: numbers, sentences, HTML, dates, encodings.

Every regular expression here is linear: repeated groups consume disjoint
tokens (words separated by mandatory whitespace or punctuation), so no input can
make them backtrack catastrophically.

>>> number_value("one hundred and forty-one")
141
>>> [text for _, _, text in sentences("It passed. Seven voted no.")]
['It passed.', 'Seven voted no.']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser

# --------------------------------------------------------------------------- speed


def prefixed(pattern: re.Pattern[str], first: str) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead on the characters a match can start with.

    The look-ahead is a plain character set, which ``re`` scans in a tight loop, so
    searching is several times faster; ``first`` must list every possible first
    character (in every case the pattern accepts).

    >>> prefixed(re.compile(r"\\bvote"), "v").search("a vote").start()
    2
    """
    return re.compile(f"(?=[{first}])(?:{pattern.pattern})", pattern.flags)


# --------------------------------------------------------------------------- numbers

_UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "none": 0,
}  # fmt: skip
_TEN_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

#: every number word, lower case
NUMBER_WORD_LIST = (*_UNIT_WORDS, *_TEN_WORDS)


def _alt(words: object) -> str:
    """An alternation of ``words`` written as a trie: longest first ("seventeen" before
    "seven"), and a scan gives up on a word after its first letters, not after each word."""
    trie: dict[str, dict] = {}
    for word in words:  # type: ignore[attr-defined]
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return emit(trie)


def _number_words(variants: bool) -> str:
    def forms(words: object) -> list[str]:
        out = []
        for w in words:  # type: ignore[attr-defined]
            out += [w, w.title(), w.upper()] if variants else [w]
        return out

    u = _alt(forms(_UNIT_WORDS))
    u19 = _alt(forms(w for w, v in _UNIT_WORDS.items() if 1 <= v <= 9))
    t = _alt(forms(_TEN_WORDS))
    hundred = _alt(forms(["hundred"]))
    and_ = _alt(forms(["and"]))
    return (
        rf"(?:(?:{u19}){_SEP}(?:{hundred})(?:(?:{_SEP}(?:{and_}))?{_SEP}"
        rf"(?:(?:{t})(?:[ -](?:{u19}))?|{u}))?"
        rf"|(?:{t})(?:[ -](?:{u19}))?"
        rf"|(?:{u}))\b"
    )


_SEP = r"[\s-]+"
#: number words up to 999: "seven", "forty-one", "one hundred and forty-one" (use with re.I)
NUMBER_WORDS = _number_words(False)
#: the same in lower, Title and UPPER case, for case-sensitive (faster) scanning
NUMBER_WORDS_CASED = _number_words(True)
#: a count written with digits (no thousands separators: counts never reach 1,000)
NUMBER_DIGITS = r"\d{1,4}"
NUMBER = rf"(?:{NUMBER_DIGITS}|{NUMBER_WORDS})"

_WORD_RE = re.compile(r"[a-z]+")


def number_value(token: str) -> int | None:
    """Value of a count written in digits or words, or None.

    >>> number_value("Thirty-two"), number_value("141"), number_value("many")
    (32, 141, None)
    """
    token = token.strip()
    if token.isdigit():
        return int(token) if token.isascii() else None
    total = 0
    current = 0
    seen = False
    for word in _WORD_RE.findall(token.lower()):
        if word in _UNIT_WORDS:
            current += _UNIT_WORDS[word]
        elif word in _TEN_WORDS:
            current += _TEN_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "and":
            continue
        else:
            return None
        seen = True
    total += current
    return total if seen else None


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "prof", "amb", "ltd", "inc", "co", "corp", "vs", "etc", "al", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art", "para", "paras", "fig", "approx", "est", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m"]
)
#: section headers of UN press-release vote annexes ("In favour:", "Against:", ...)
ANNEX_HEADER = (
    r"(?:In\s+favou?r|Against|Abstaining|Abstain(?:ed)?|Abstentions?|Absent|"
    r"Did\s+not\s+vote|Not\s+voting|Non-voting)\s*:"
)


def _not_after(words: frozenset[str]) -> str:
    """Look-behinds that fail right after one of ``words`` (any case) standing as a whole run
    of letters and dots, or after a single letter ("Mr.", "U.S.", "J. Smith")."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(re.escape(word))
    by_length.setdefault(1, []).append("[a-z]")
    out = []
    for alternatives in by_length.values():
        body = "(?ai:" + "|".join(alternatives) + ")"
        out.append(f"(?<![^A-Za-z.]{body})(?<!^{body})")
    return "".join(out)


#: "No. 5" and "Nos. 5 and 6" are numbers; "Russia voted no. China abstained." ends a sentence
_NUMBER_ABBREVIATION = "".join(
    rf"(?!(?<={before}(?ai:{word}))\.\s+\d)" for word in ("no", "nos") for before in ("[^A-Za-z.]", "^")
)
_BOUNDARY_RE = re.compile(
    # end punctuation and closing quotes; a lone full stop not after an abbreviation
    r"(?<![.!?])(?P<stop>[.!?]{2,}+|[!?]|"
    + _not_after(_ABBREVIATIONS) + _NUMBER_ABBREVIATION + r"\.)"
    r"[\"'”’)\]]*+(?=\s)"
    r"|\n[ \t\r\f\v]*\n\s*"  # blank line: paragraph
    rf"|(?<=[\s.;:,])(?={ANNEX_HEADER})"  # annex header inside a paragraph
)
_BOUNDARY_RE = prefixed(_BOUNDARY_RE, ".!?\nIADN")
_WHITE = " \t\r\n\f\v"  # left out at both ends of a sentence


def sentences(text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, str]]:
    """Split ``text`` into ``(start, end, sentence)`` with offsets into ``text``.

    Boundaries: ``.!?`` followed by space, blank lines, and the headers of vote
    annexes ("In favour:", "Against:", ...). Common abbreviations do not end a
    sentence. Leading and trailing white space is left out of each span. ``pos`` and
    ``endpos`` limit the split to ``text[pos:endpos]`` (offsets stay those of ``text``).

    >>> sentences("Mr. Guterres spoke. In favour: Albania, Chad.")[1][2]
    'In favour: Albania, Chad.'
    """
    spans: list[tuple[int, int, str]] = []
    start = pos
    n = len(text) if endpos is None else endpos
    for m in _BOUNDARY_RE.finditer(text, pos, n):
        if m.lastgroup:  # end punctuation: the sentence keeps it
            cut = nxt = m.end()
        else:
            cut, nxt = m.span()
        if cut > start:
            _add_span(text, start, cut, spans)
        start = nxt
    if start < n:
        _add_span(text, start, n, spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> None:
    piece = text[start:end]
    left = piece.lstrip(_WHITE)
    if left:
        kept = left.rstrip(_WHITE)
        start += len(piece) - len(left)
        spans.append((start, start + len(kept), kept))


# --------------------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer", "blockquote", "pre", "dt", "dd", "dl", "title", "hr", "aside", "nav", "figure", "figcaption", "main", "address"]
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


_MULTI_SPACE_RE = re.compile(r"[ \t\r\f\v\xa0]+")
_MULTI_BREAK_RE = re.compile(r"\s*\n\s*\n\s*")


def html_to_text(html: str) -> str:
    """Visible text of an HTML document: tags dropped, entities decoded, blocks as paragraphs.

    Offsets reported by the parser for an HTML file refer to this returned text.

    >>> html_to_text("<p>141 in&nbsp;favour</p><p>7 against</p>")
    '141 in favour\\n\\n7 against'
    """
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - very malformed markup
        pass
    text = "".join(parser.parts)
    text = _MULTI_SPACE_RE.sub(" ", text)
    text = _MULTI_BREAK_RE.sub("\n\n", text)
    return text.strip()


_HTML_SNIFF_RE = re.compile(r"\s*(?:<!doctype\s+html|<html|<head|<body|<p[\s>]|<div[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    return _HTML_SNIFF_RE.match(text[:2000]) is not None


# --------------------------------------------------------------------------- encodings


def decode_bytes(data: bytes) -> str:
    """Decode file bytes: BOM first, then strict UTF-8, then charset-normalizer's guess.

    Raises ``UnicodeDecodeError`` when no encoding fits.

    >>> decode_bytes("Côte d’Ivoire".encode("cp1252"))
    'Côte d’Ivoire'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        first_error = err
    if b"\x00" not in data[:4096]:
        # Western legacy code pages cover most news text: prefer cp1252 when it decodes
        # to printable text, because detectors often mistake short texts for others.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
        if text is not None and not any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise first_error
    return str(best)


# --------------------------------------------------------------------------- dates

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
# month and weekday names are matched capitalised ("May", "MAY"), never as the verb "may"
_M = _alt({w.title() for w in _MONTHS} | {w.upper() for w in _MONTHS})
_WD = _alt({w.title() for w in _WEEKDAYS} | {w.upper() for w in _WEEKDAYS})
DATE_RE = re.compile(
    r"(?<![\w/-])(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?![\w/])"
    rf"|\b(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{_M})\b\.?(?:,?\s+(?P<dy>\d{{4}})\b)?"
    rf"|\b(?P<mm>{_M})\b\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per\s+cent))"
    r"(?:,?\s+(?P<my>\d{4})\b)?"
    rf"|(?:\b(?P<rel>(?i:last|this|on|early|late|next))\s+)?\b(?P<wd>{_WD})\b"
    r"|\b(?P<day>(?i:today|yesterday|tonight|this\s+morning|this\s+afternoon|this\s+evening))\b",
)

DATE_RE = prefixed(DATE_RE, "0-9JFMASONDTWlLtToOeEnNyY")


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_from_match(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The date a :data:`DATE_RE` match stands for, relative to ``published`` when needed."""
    if m.group("iso"):
        return _make_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("dm"):
        year = m.group("dy")
        if year is None and published is None:
            return None
        y = int(year) if year else published.year  # type: ignore[union-attr]
        return _make_date(y, _MONTHS[m.group("dm").lower()], int(m.group("dd")))
    if m.group("mm"):
        year = m.group("my")
        if year is None and published is None:
            return None
        y = int(year) if year else published.year  # type: ignore[union-attr]
        return _make_date(y, _MONTHS[m.group("mm").lower()], int(m.group("md")))
    if published is None:
        return None
    if m.group("wd"):
        target = _WEEKDAYS[m.group("wd").lower()]
        back = (published.weekday() - target) % 7
        rel = (m.group("rel") or "").lower()
        if rel == "last" and back == 0:
            back = 7
        if rel == "next":
            return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
        return published - dt.timedelta(days=back)
    word = m.group("day").lower()
    if word == "yesterday":
        return published - dt.timedelta(days=1)
    return published


def find_dates(text: str, published: dt.date | None, start: int = 0, end: int | None = None,
               ) -> Iterator[tuple[int, int, dt.date, bool]]:
    """Dates in ``text[start:end]`` as ``(start, end, date, absolute)``.

    ``absolute`` is False for dates relative to ``published`` (weekdays, "today").

    >>> [d.isoformat() for _, _, d, _ in find_dates("on Thursday", dt.date(2023, 2, 24))]
    ['2023-02-23']
    """
    for m in DATE_RE.finditer(text, start, len(text) if end is None else end):
        value = date_from_match(m, published)
        if value is not None and 1945 <= value.year <= 2200:
            absolute = bool(m.group("iso") or m.group("dy") or m.group("my"))
            yield m.start(), m.end(), value, absolute


def coerce_date(value: object) -> dt.date | None:
    """A ``date`` from a date, datetime, pandas Timestamp or ISO string; None if empty.

    >>> coerce_date("2023-02-24")
    datetime.date(2023, 2, 24)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
        found = next(find_dates(value, None), None)
        if found is None:
            raise ValueError(f"unvotes: cannot read a date from {value!r}")
        return found[2]
    to_pydate = getattr(value, "date", None)
    if callable(to_pydate):
        out = to_pydate()
        if isinstance(out, dt.date):
            return out
    raise TypeError(f"unvotes: published must be a date or ISO string, not {type(value).__name__}")


def dateline(text: str, limit: int = 300) -> dt.date | None:
    """The first full date (with a year) in the first ``limit`` characters, or None.

    >>> dateline("date 2023-02-24 TEHRAN - Iran said ...")
    datetime.date(2023, 2, 24)
    """
    for _, _, value, absolute in find_dates(text[:limit], None):
        if absolute:
            return value
    return None


_SURROGATE_RE = re.compile("[\ud800-\udfff]")




def storable(value: str) -> str:
    """``value`` with lone surrogates (which Arrow strings cannot hold) as U+FFFD."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE_RE.sub("\ufffd", value)
    return value
