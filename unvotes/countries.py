"""Member states, every name they go by, and finding those names in running text.

The reference tables live in ``data/members.csv``, ``data/country_names.csv`` and
``data/must_not_match.csv`` (see ``data/README.md``). They are read lazily on first
use, validated, and cached; a malformed file raises
:class:`~unvotes.errors.DataFormatError` naming the file, line and problem.

>>> resolve("Iran (Islamic Republic of)")
'IRN'
>>> resolve("Korea") is None          # ambiguous: never a guess
True
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from unvotes._data import data_file
from unvotes.errors import DataFormatError

__all__ = [
    "country_name",
    "find_countries",
    "members",
    "regional_group",
    "resolve",
    "resolve_many",
]

# ----------------------------------------------------------------------------------------
# vocabularies of the data files

_STATUSES = ("member", "observer", "former member", "non-member")
_GROUPS = (
    "African",
    "Asia-Pacific",
    "Eastern European",
    "Latin American and Caribbean",
    "Western European and Others",
)
_KINDS = ("un_name", "short", "common", "former", "abbreviation", "record_name")
_MEMBER_COLUMNS = (
    "iso3",
    "iso2",
    "m49",
    "un_name",
    "short_name",
    "status",
    "admitted",
    "left",
    "not_member",
    "successor",
    "regional_group",
    "group_since",
    "group_status",
    "note",
    "source",
)
_NAME_COLUMNS = ("name", "iso3", "kind", "valid_from", "valid_to", "source")
_MNM_COLUMNS = ("text", "inner", "reason", "source")

# Names that resolve() accepts but that are too loose to be taken as a country in running
# text: "America" (Latin America, ...), "Saudi" and "Emirates" (adjectives, an airline),
# "PNG" (an image format), "CAR" (a word in capitals), "Lao" (a language), "Grenadines".
_NOT_IN_RUNNING_TEXT = frozenset(
    {"America", "AMERICA", "Saudi", "SAUDI", "Emirates", "EMIRATES", "PNG", "CAR", "Lao",
     "LAO", "Grenadines", "GRENADINES", "Bharat", "BHARAT"}
)

_MIN_DATE = pd.Timestamp("1900-01-01")
_MAX_DATE = pd.Timestamp("2262-01-01")

# ----------------------------------------------------------------------------------------
# name normalisation

_FOLD = str.maketrans(
    {
        "ı": "i",
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "&": " and ",
    }
)
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NON_WORD = re.compile(r"[\W_]+")
_DROP_TOKENS = frozenset({"the", "of", "and"})
_TOKEN_MAP = {
    "st": "saint",
    "ste": "sainte",
    "rep": "republic",
    "dem": "democratic",
    "fed": "federation",
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(name: str) -> str:
    """Matching key of a name: no case, accents, punctuation, "the"/"of"/"and" or word order.

    >>> _key("Iran (Islamic Republic of)") == _key("the Islamic Republic of Iran")
    True
    """
    return _key_with(name, "")


def _key_with(name: str, apostrophe: str) -> str:
    text = _strip_accents(name.translate(_FOLD)).casefold()
    text = _APOSTROPHES.sub(apostrophe, text)
    tokens = [_TOKEN_MAP.get(t, t) for t in _NON_WORD.sub(" ", text).split()]
    return " ".join(sorted(t for t in tokens if t not in _DROP_TOKENS))


# ----------------------------------------------------------------------------------------
# dates


def _as_timestamp(on: object) -> pd.Timestamp | None:
    """A date given as str/date/Timestamp as a Timestamp; None for None/NA."""
    if on is None:
        return None
    if isinstance(on, float) and math.isnan(on):
        return None
    if on is pd.NaT or (not isinstance(on, str | _dt.date) and pd.isna(on)):
        return None
    stamp = pd.Timestamp(on)  # type: ignore[arg-type]
    if stamp is pd.NaT:
        return None
    if stamp.tz is not None:
        stamp = stamp.tz_localize(None)
    return stamp.normalize()


def _parse_date(value: str, *, path: Path, line: int, column: str) -> pd.Timestamp | None:
    if value == "":
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise DataFormatError(f"column {column!r}: {value!r} is not a YYYY-MM-DD date",
                              path=path, line=line)
    try:
        return pd.Timestamp(value)
    except ValueError as exc:
        raise DataFormatError(f"column {column!r}: {value!r} is not a valid date",
                              path=path, line=line) from exc


def _read_csv(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise DataFormatError(f"cannot be read as UTF-8 CSV: {exc}", path=path) from exc
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataFormatError("missing required column(s): " + ", ".join(missing), path=path)
    for column in frame.columns:
        frame[column] = frame[column].str.strip()
    return frame


# ----------------------------------------------------------------------------------------
# loading and validation


def _load_members(path: Path) -> pd.DataFrame:
    """Read and validate members.csv; dates become Timestamps (NaT when empty)."""
    frame = _read_csv(path, _MEMBER_COLUMNS)
    seen: dict[str, int] = {}
    admitted, left = [], []
    for i, row in enumerate(frame.itertuples(index=False)):
        line = i + 2
        if not re.fullmatch(r"[A-Z]{3}", row.iso3):
            raise DataFormatError(f"iso3 {row.iso3!r} is not three capital letters",
                                  path=path, line=line)
        if row.iso3 in seen:
            raise DataFormatError(f"duplicate iso3 {row.iso3!r} (first on line {seen[row.iso3]})",
                                  path=path, line=line)
        seen[row.iso3] = line
        if row.iso2 and not re.fullmatch(r"[A-Z]{2}", row.iso2):
            raise DataFormatError(f"iso2 {row.iso2!r} is not two capital letters",
                                  path=path, line=line)
        if row.m49 and not re.fullmatch(r"\d{3}", row.m49):
            raise DataFormatError(f"m49 {row.m49!r} is not three digits", path=path, line=line)
        if not row.un_name or not row.short_name:
            raise DataFormatError("un_name and short_name must not be empty", path=path, line=line)
        if row.status not in _STATUSES:
            raise DataFormatError(f"status {row.status!r} is not one of {_STATUSES}",
                                  path=path, line=line)
        start = _parse_date(row.admitted, path=path, line=line, column="admitted")
        end = _parse_date(row.left, path=path, line=line, column="left")
        if row.status in ("member", "former member") and start is None:
            raise DataFormatError(f"a {row.status} needs an 'admitted' date", path=path, line=line)
        if row.status == "former member" and end is None:
            raise DataFormatError("a former member needs a 'left' date", path=path, line=line)
        if row.status == "member" and end is not None:
            raise DataFormatError("a current member cannot have a 'left' date",
                                  path=path, line=line)
        if start is not None and end is not None and end <= start:
            raise DataFormatError(f"'left' {row.left} is not after 'admitted' {row.admitted}",
                                  path=path, line=line)
        for gap in filter(None, row.not_member.split(";")):
            parts = gap.split("/")
            if len(parts) != 2:
                raise DataFormatError(f"not_member {gap!r} is not 'start/end'", path=path, line=line)
            g0 = _parse_date(parts[0], path=path, line=line, column="not_member")
            g1 = _parse_date(parts[1], path=path, line=line, column="not_member")
            if g0 is None or g1 is None or g1 <= g0 or (start is not None and g0 < start):
                raise DataFormatError(f"not_member {gap!r} is not a period within membership",
                                      path=path, line=line)
        if row.regional_group and row.regional_group not in _GROUPS:
            raise DataFormatError(f"regional_group {row.regional_group!r} is not one of {_GROUPS}",
                                  path=path, line=line)
        _parse_date(row.group_since, path=path, line=line, column="group_since")
        if not row.source:
            raise DataFormatError("empty 'source'", path=path, line=line)
        admitted.append(start)
        left.append(end)
    for i, row in enumerate(frame.itertuples(index=False)):
        for code in filter(None, row.successor.split(";")):
            if code not in seen:
                raise DataFormatError(f"successor {code!r} is not an iso3 in this file",
                                      path=path, line=i + 2)
    current_iso2 = frame.loc[frame["status"] != "former member", "iso2"]
    dup = current_iso2[current_iso2.ne("") & current_iso2.duplicated()]
    if len(dup):
        raise DataFormatError(f"iso2 {dup.iloc[0]!r} is used twice", path=path,
                              line=int(dup.index[0]) + 2)
    frame["admitted"] = pd.to_datetime(pd.Series(admitted, dtype="object")).astype(
        "datetime64[ns]")
    frame["left"] = pd.to_datetime(pd.Series(left, dtype="object")).astype("datetime64[ns]")
    frame["group_since"] = pd.to_datetime(frame["group_since"].replace("", None)).astype(
        "datetime64[ns]")
    for column in ("iso3", "iso2", "m49", "un_name", "short_name", "status", "not_member",
                   "successor", "regional_group", "group_status", "note", "source"):
        # an empty optional field is missing (NA), not an empty string
        frame[column] = frame[column].replace("", None).astype("string")
    return frame


@dataclass(frozen=True)
class _Entry:
    iso3: str
    start: pd.Timestamp  # inclusive
    end: pd.Timestamp  # exclusive
    dated: bool


@dataclass
class _NameIndex:
    names: pd.DataFrame
    by_key: dict[str, list[_Entry]]
    static: dict[str, str]  # key -> iso3 where the key has one undated meaning
    fast_keys: np.ndarray  # lower-cased surface forms with one undated meaning
    fast_iso3: np.ndarray
    blocked: frozenset[str]  # keys of must-not-match strings


def _load_names(path: Path, codes: frozenset[str]) -> pd.DataFrame:
    """Read and validate country_names.csv against the iso3 codes of members.csv."""
    frame = _read_csv(path, _NAME_COLUMNS)
    starts, ends = [], []
    for i, row in enumerate(frame.itertuples(index=False)):
        line = i + 2
        if not row.name or not _key(row.name):
            raise DataFormatError("empty name", path=path, line=line)
        if row.iso3 not in codes:
            raise DataFormatError(f"iso3 {row.iso3!r} is not in members.csv", path=path, line=line)
        if row.kind not in _KINDS:
            raise DataFormatError(f"kind {row.kind!r} is not one of {_KINDS}", path=path, line=line)
        start = _parse_date(row.valid_from, path=path, line=line, column="valid_from")
        end = _parse_date(row.valid_to, path=path, line=line, column="valid_to")
        if start is not None and end is not None and end <= start:
            raise DataFormatError("valid_to is not after valid_from", path=path, line=line)
        if not row.source:
            raise DataFormatError("empty 'source'", path=path, line=line)
        starts.append(start)
        ends.append(end)
    frame["valid_from"] = pd.to_datetime(pd.Series(starts, dtype="object"))
    frame["valid_to"] = pd.to_datetime(pd.Series(ends, dtype="object"))
    frame["key"] = [_key(n) for n in frame["name"]]
    # "d'Ivoire" is also matched as "d Ivoire"
    frame["alt_key"] = [_key_with(n, " ") for n in frame["name"]]
    # no key may name two states over overlapping periods
    spans: dict[str, list[tuple[pd.Timestamp, pd.Timestamp, str, int]]] = {}
    for i, (key, alt, iso3, vf, vt) in enumerate(
        zip(frame["key"], frame["alt_key"], frame["iso3"], frame["valid_from"],
            frame["valid_to"], strict=True)
    ):
        s = _MIN_DATE if pd.isna(vf) else vf
        e = _MAX_DATE if pd.isna(vt) else vt
        for k in {key, alt}:
            for s2, e2, iso2, line2 in spans.get(k, []):
                if iso2 != iso3 and s < e2 and s2 < e:
                    raise DataFormatError(
                        f"name {frame['name'].iat[i]!r} maps to {iso3} but line {line2} maps "
                        f"the same name to {iso2} over overlapping dates",
                        path=path,
                        line=i + 2,
                    )
            spans.setdefault(k, []).append((s, e, iso3, i + 2))
    for column in ("name", "iso3", "kind", "source", "key", "alt_key"):
        frame[column] = frame[column].astype("string")
    return frame


def _load_must_not_match(path: Path) -> pd.DataFrame:
    """Read and validate must_not_match.csv."""
    frame = _read_csv(path, _MNM_COLUMNS)
    for i, row in enumerate(frame.itertuples(index=False)):
        if not row.text:
            raise DataFormatError("empty 'text'", path=path, line=i + 2)
        if row.inner and row.inner not in row.text:
            raise DataFormatError(f"inner {row.inner!r} does not occur in text {row.text!r}",
                                  path=path, line=i + 2)
        if not row.source:
            raise DataFormatError("empty 'source'", path=path, line=i + 2)
    return frame.astype("string")


@cache
def _members_table() -> pd.DataFrame:
    return _load_members(data_file("members.csv"))


@cache
def _must_not_match_table() -> pd.DataFrame:
    return _load_must_not_match(data_file("must_not_match.csv"))


def _build_index(names: pd.DataFrame, mnm: pd.DataFrame, *, path: object = None) -> _NameIndex:
    by_key: dict[str, list[_Entry]] = {}
    for key, alt, iso3, vf, vt in zip(names["key"], names["alt_key"], names["iso3"],
                                      names["valid_from"], names["valid_to"], strict=True):
        dated = not (pd.isna(vf) and pd.isna(vt))
        entry = _Entry(str(iso3), _MIN_DATE if pd.isna(vf) else vf,
                       _MAX_DATE if pd.isna(vt) else vt, dated)
        for k in {str(key), str(alt)}:
            entries = by_key.setdefault(k, [])
            if entry not in entries:
                entries.append(entry)
    blocked = frozenset(_key(t) for t, inner in zip(mnm["text"], mnm["inner"], strict=True)
                        if not inner)
    for i, (text, inner) in enumerate(zip(mnm["text"], mnm["inner"], strict=True)):
        if not inner and _key(text) in by_key:
            raise DataFormatError(
                f"must-not-match text {text!r} is also a name in country_names.csv",
                path=path, line=i + 2)
    static = {k: v[0].iso3 for k, v in by_key.items()
              if len({e.iso3 for e in v}) == 1 and not any(e.dated for e in v)}
    fast: dict[str, str] = {}
    for name, key in zip(names["name"], names["key"], strict=True):
        iso3 = static.get(str(key))
        if iso3 is None:
            continue
        for form in (name, _strip_accents(name)):
            fast[form.lower()] = iso3
        fast[str(key)] = iso3
    keys = np.array(list(fast), dtype=object)
    return _NameIndex(names, by_key, static, keys, np.array(list(fast.values()), dtype=object),
                      blocked)


@cache
def _index() -> _NameIndex:
    codes = frozenset(_members_table()["iso3"].astype(str))
    path = data_file("country_names.csv")
    names = _load_names(path, codes)
    return _build_index(names, _must_not_match_table(), path=data_file("must_not_match.csv"))


# ----------------------------------------------------------------------------------------
# resolving names


def _pick(entries: list[_Entry], when: pd.Timestamp | None) -> str | None:
    if when is None:
        codes = {e.iso3 for e in entries}
        if len(codes) == 1:
            return next(iter(codes))
        today = pd.Timestamp.today().normalize()
        codes = {e.iso3 for e in entries if e.start <= today < e.end}
    else:
        codes = {e.iso3 for e in entries if e.start <= when < e.end}
    return next(iter(codes)) if len(codes) == 1 else None


def _resolve_one(index: _NameIndex, name: object, when: pd.Timestamp | None) -> str | None:
    if not isinstance(name, str):
        return None
    key = _key(name)
    if not key or key in index.blocked:
        return None
    entries = index.by_key.get(key)
    if not entries:
        return None
    return _pick(entries, when)


def resolve(name: object, on: object = None) -> str | None:
    """ISO 3166 alpha-3 code of a country name; None when unknown or ambiguous.

    Case, accents, punctuation, "the" and word order do not matter; ``on`` (a date)
    picks the meaning of names that changed (e.g. "Congo" before 1971).

    >>> resolve("the Islamic Republic of Iran"), resolve("TÜRKİYE"), resolve("Korea")
    ('IRN', 'TUR', None)
    """
    try:
        when = _as_timestamp(on)
    except (ValueError, TypeError):
        when = None
    return _resolve_one(_index(), name, when)


@cache
def _arrow_sets():  # -> (pyarrow.Array, pyarrow.Array)
    """The fast-path lookup table of resolve_many as two aligned Arrow string arrays."""
    import pyarrow as pa

    idx = _index()
    return (pa.array(idx.fast_keys, type=pa.string()),
            pa.array(idx.fast_iso3, type=pa.string()))


def _to_arrow_strings(values: np.ndarray):  # -> pyarrow.Array
    import pyarrow as pa

    try:
        return pa.array(values, type=pa.string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        cleaned = np.array([v if isinstance(v, str) else None for v in values], dtype=object)
        return pa.array(cleaned, type=pa.string(), from_pandas=True)


def _date_or_none(value: object) -> pd.Timestamp | None:
    try:
        return _as_timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return None


def resolve_many(names: object, on: object = None) -> pd.Series:
    """Vectorised :func:`resolve`: a ``string`` Series of iso3 codes, NA when unknown.

    ``names`` is any iterable (a Series keeps its index); ``on`` is one date or a
    sequence of dates, one per name. Non-strings give NA; nothing raises.

    >>> resolve_many(["Russia", "Viet Nam", None, 42, "Atlantis"]).tolist()
    ['RUS', 'VNM', <NA>, <NA>, <NA>]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    index = names.index if isinstance(names, pd.Series) else None
    if isinstance(names, pd.Series | pd.Index):
        values = names.to_numpy(dtype=object, na_value=None)
    elif isinstance(names, np.ndarray):
        values = names.astype(object).ravel()
    elif isinstance(names, str) or not isinstance(names, Iterable):
        values = np.array([names], dtype=object)
    else:
        items = list(names)
        values = np.empty(len(items), dtype=object)
        values[:] = items
    n = len(values)
    whens: list | None = None  # one raw date per name, read only where needed
    when: pd.Timestamp | None = None
    if on is not None and not isinstance(on, str | _dt.date) and isinstance(on, Iterable):
        dates = list(on)
        if len(dates) != n:
            raise ValueError(f"resolve_many: {len(dates)} dates for {n} names")
        whens = dates
    else:
        when = _date_or_none(on)
    idx = _index()
    keys, codes = _arrow_sets()
    arr = _to_arrow_strings(values)
    found = pc.index_in(pc.utf8_lower(arr), value_set=keys)
    result = pc.take(codes, found)
    missing_mask = pc.and_(pc.is_null(found), pc.is_valid(arr))
    missing = np.flatnonzero(missing_mask.to_numpy(zero_copy_only=False))
    if len(missing):
        fills: list[str | None] = []
        cache_: dict[tuple[str, pd.Timestamp | None], str | None] = {}
        read: dict[object, pd.Timestamp | None] = {}
        for pos in missing:
            name = values[pos]
            if whens is None:
                w = when
            else:
                raw = whens[pos]
                try:
                    w = read[raw] if raw in read else read.setdefault(raw, _date_or_none(raw))
                except TypeError:  # unhashable
                    w = _date_or_none(raw)
            hit = cache_.get((name, w), "")
            if hit == "":
                hit = cache_[(name, w)] = _resolve_one(idx, name, w)
            fills.append(hit)
        result = pc.replace_with_mask(result, missing_mask, pa.array(fills, type=pa.string()))
    out = pd.Series(_string_array(result), index=index, name="iso3")
    if index is None:
        out.index = pd.RangeIndex(n)
    return out


# ----------------------------------------------------------------------------------------
# members


def members(on: object = None) -> pd.DataFrame:
    """The table of states; with ``on`` (a date), the UN members on that day.

    >>> len(members(on="2023-02-23"))
    193
    """
    table = _members_table()
    when = _as_timestamp(on)
    if when is None:
        return table.copy()
    in_un = table["status"].isin(["member", "former member"])
    started = table["admitted"].le(when)
    not_left = table["left"].isna() | table["left"].gt(when)
    mask = (in_un & started & not_left).to_numpy(dtype=bool).copy()
    for i, gaps in enumerate(table["not_member"]):
        if mask[i] and isinstance(gaps, str) and gaps:
            for gap in str(gaps).split(";"):
                g0, g1 = (pd.Timestamp(x) for x in gap.split("/"))
                if g0 <= when < g1:
                    mask[i] = False
    return table[mask].reset_index(drop=True)


def country_name(iso3: str) -> str:
    """Plain short English name of an iso3 code; unknown codes come back as given.

    >>> country_name("IRN"), country_name("PRK"), country_name("XYZ")
    ('Iran', 'North Korea', 'XYZ')
    """
    return _short_names().get(iso3, iso3) if isinstance(iso3, str) else iso3


@cache
def _short_names() -> dict[str, str]:
    table = _members_table()
    return dict(zip(table["iso3"].astype(str), table["short_name"].astype(str), strict=True))


def regional_group(iso3: str) -> str | None:
    """UN regional group of a state (e.g. "African"), None when it has none or is unknown.

    >>> regional_group("FRA")
    'Western European and Others'
    """
    table = _members_table()
    hit = table.loc[table["iso3"] == iso3, "regional_group"]
    if hit.empty or pd.isna(hit.iat[0]) or hit.iat[0] == "":
        return None
    return str(hit.iat[0])


# ----------------------------------------------------------------------------------------
# finding names in running text


@dataclass
class _Finder:
    pattern: re.Pattern[str]
    lookup: dict[str, str | None]  # surface form (single spaces) -> iso3, None = blocker


def _surface_forms(name: str) -> set[str]:
    forms = {name, _strip_accents(name)}
    for form in list(forms):
        forms.add(form.replace("'", "’"))
        forms.add(form.replace("’", "'"))
    forms |= {f.upper() for f in forms}
    return {" ".join(f.split()) for f in forms}


def _trie_pattern(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            atom = r"\s+" if ch == " " else re.escape(ch)
            branches.append(atom + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


@cache
def _finder() -> _Finder:
    idx = _index()
    lookup: dict[str, str | None] = {}
    for name in idx.names["name"].astype(str):
        # inverted forms ("Moldova, Republic of") would swallow the next name of a list
        # ("Moldova, Republic of Korea"): they are not searched for in running text
        if name in _NOT_IN_RUNNING_TEXT or "," in name:
            continue
        iso3 = _resolve_one(idx, name, None)
        if iso3 is None:
            continue
        if name[:4] in ("The ", "the ", "THE "):  # "the" stays outside the span
            name = name[4:]
        for form in _surface_forms(name):
            if form not in _NOT_IN_RUNNING_TEXT:
                lookup.setdefault(form, iso3)
    mnm = _must_not_match_table()
    for text, inner in zip(mnm["text"], mnm["inner"], strict=True):
        if not inner:
            for form in _surface_forms(str(text)):
                lookup[form] = None
    body = _trie_pattern(lookup)
    # the left word boundary is checked in find_countries, not by a look-behind here
    pattern = re.compile(body + r"(?!\w)")
    return _Finder(pattern, lookup)


_SPACES = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"\w")


def find_countries(text: str) -> pd.DataFrame:
    """Every mention of a state in running text: start, end, name (as written), iso3.

    Names must be in proper case or capitals ("Chad", not "chad"); the longest name
    wins ("Papua New Guinea", not "Guinea"); capitals and demonyms are not names.

    >>> find_countries("Iran's vote, like Russia's, surprised the United States.")[
    ...     ["name", "iso3"]].values.tolist()
    [['Iran', 'IRN'], ['Russia', 'RUS'], ['United States', 'USA']]
    """
    spans = _find_spans(text) if isinstance(text, str) else []
    start_array = np.array([s[0] for s in spans], dtype=np.int64)
    end_array = np.array([s[1] for s in spans], dtype=np.int64)
    return pd.DataFrame(
        {
            "start": start_array,
            "end": end_array,
            "name": _string_array([s[2] for s in spans]),
            "iso3": _string_array([s[3] for s in spans]),
        }
    )


def _find_spans(text: str) -> list[tuple[int, int, str, str]]:
    """What :func:`find_countries` finds, as (start, end, name as written, iso3) tuples.

    The fast path for callers that need no DataFrame (the parser calls this per text).

    >>> _find_spans("Russia and Chad.")
    [(0, 6, 'Russia', 'RUS'), (11, 15, 'Chad', 'TCD')]
    """
    if not text:
        return []
    finder = _finder()
    matches: list[re.Match[str]] = []
    starts: list[int] = []
    finditer = finder.pattern.finditer
    padded = " " + text  # padded[s] is the character before position s of text
    pos = 0
    # The pattern has no look-behind at its start (that would stop the regex engine
    # from skipping ahead to possible first letters): a match starting inside a word is
    # dropped here and the search resumes one character later, so it hides nothing.
    while True:
        batch = list(finditer(text, pos))
        batch_starts = [m.start() for m in batch]
        bad = _WORD_CHAR.search("".join([padded[k] for k in batch_starts]))
        if bad is None:
            matches.extend(batch)
            starts.extend(batch_starts)
            break
        cut = bad.start()
        matches.extend(batch[:cut])
        starts.extend(batch_starts[:cut])
        pos = batch_starts[cut] + 1
    get = finder.lookup.get
    out: list[tuple[int, int, str, str]] = []
    for start, m in zip(starts, matches, strict=True):
        written = m.group()
        code = get(written)
        if code is None:  # whitespace variants ("United\nStates"), must-not-match blockers
            code = get(_SPACES.sub(" ", written))
            if code is None:
                continue
        out.append((start, start + len(written), written, code))
    return out


def _string_array(values: object) -> pd.api.extensions.ExtensionArray:
    """A pandas "string" array from a list or an Arrow string array, without copies."""
    import pyarrow as pa

    data = values if isinstance(values, pa.Array | pa.ChunkedArray) else pa.array(
        values, type=pa.string())
    target = pd.StringDtype()
    if getattr(target, "storage", None) == "pyarrow":
        return pd.arrays.ArrowStringArray(data)
    return pd.array(data.to_pylist(), dtype=target)  # pandas set to python string storage
