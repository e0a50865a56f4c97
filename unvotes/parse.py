"""Text → tallies and named positions, with character spans.

The parser reads what a report *states*: counts of a recorded vote (in digits or
words, in any of the usual orders), the body that voted, the resolution symbol,
the date, whether it was adopted, and the countries named as voting one way.
Nothing is inferred: a count the text does not give is NA (the checks infer).

>>> r = parse_text("The Assembly adopted the text by 141 votes to 7, with 32 abstentions.")
>>> row = r.tallies.iloc[0]
>>> str(row["body"]), int(row["yes"]), int(row["no"]), int(row["abstain"]), bool(row["adopted"])
('GA', 141, 7, 32, True)

Offsets (``start``, ``end``) index ``ParseResult.text``: the input string for
:func:`parse_text`, and for HTML files the extracted visible text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from unvotes import _text
from unvotes._counts import _ROLES, _count_items, _group_items, _text_order
from unvotes._lists import _country_mentions, _position_spans, _positions
from unvotes._meta import (
    _adopted_for,
    _body_for,
    _body_from_symbol,
    _body_marks,
    _doc_bodies,
    _resolution_for,
    _tally_date,
)
from unvotes._scan import _keyed, _regions, _Scan, _scan, _scan_many
from unvotes._tables import _tables, _with_tables
from unvotes.errors import InputFileError

__all__ = ["POSITION_COLUMNS", "POSITION_DTYPES", "TALLY_COLUMNS", "TALLY_DTYPES", "ParseResult",
           "parse_file", "parse_many", "parse_text"]

TALLY_COLUMNS: list[str] = [
    "vote_id", "body", "resolution", "date", "yes", "no", "abstain", "absent", "adopted",
    "start", "end", "sentence",
]  # fmt: skip
POSITION_COLUMNS: list[str] = ["vote_id", "iso3", "name", "position", "complete", "start", "end"]
#: dtype of each ``tallies`` column (the schema in CONTRIBUTING.md); do not modify
TALLY_DTYPES: dict[str, str] = {
    "vote_id": "int64", "body": "string", "resolution": "string", "date": "datetime64[ns]",
    "yes": "Int64", "no": "Int64", "abstain": "Int64", "absent": "Int64", "adopted": "boolean",
    "start": "int64", "end": "int64", "sentence": "string",
}  # fmt: skip
#: dtype of each ``positions`` column; do not modify
POSITION_DTYPES: dict[str, str] = {
    "vote_id": "Int64", "iso3": "string", "name": "string", "position": "string",
    "complete": "bool", "start": "int64", "end": "int64",
}  # fmt: skip
@dataclass
class ParseResult:
    """What :func:`parse_text` found: one row per vote, one row per named country.

    >>> parse_text("Nothing was voted.").tallies.empty
    True
    """

    tallies: pd.DataFrame
    positions: pd.DataFrame
    source: str | None = None
    text: str | None = None
    published: dt.date | None = None

    def to_dicts(self) -> list[dict[str, Any]]:
        """JSON-ready list, one ``{"source", "tallies", "positions"}`` per source, ISO dates.

        Works for :func:`parse_text` results (one entry) and :func:`parse_many` results
        (frames with a ``source`` column: one entry per source, in input order).

        >>> parse_many(["It passed 141-7-32 in a vote."], progress=False).to_dicts()[0]["source"]
        'text-0'
        """
        if "source" not in self.tallies.columns:
            return [self.to_dict()]
        order = dict.fromkeys([*self.tallies["source"].tolist(), *self.positions["source"].tolist()])
        out = []
        for source in order:
            t = self.tallies[self.tallies["source"] == source].drop(columns="source")
            p = self.positions[self.positions["source"] == source].drop(columns="source")
            out.append({"source": source, "tallies": _records(t), "positions": _records(p)})
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"source", "tallies": [...], "positions": [...]}``, ISO dates.

        >>> parse_text("It passed 141-7-32 in a vote.", source="x").to_dict()["tallies"][0]["yes"]
        141
        """
        return {
            "source": self.source,
            "tallies": _records(self.tallies),
            "positions": _records(self.positions),
        }


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for row in frame.to_dict(orient="records"):
        clean: dict[str, Any] = {}
        for key, value in row.items():
            if value is None or value is pd.NA or value is pd.NaT:
                clean[key] = None
            elif isinstance(value, pd.Timestamp):
                clean[key] = value.date().isoformat()
            elif isinstance(value, float) and value != value:
                clean[key] = None
            elif hasattr(value, "item"):
                clean[key] = value.item()
            else:
                clean[key] = value
        out.append(clean)
    return out


@cache
def _empty(kind: str) -> pd.DataFrame:
    columns, dtypes = ((TALLY_COLUMNS, TALLY_DTYPES) if kind == "tallies"
                       else (POSITION_COLUMNS, POSITION_DTYPES))
    return pd.DataFrame({c: pd.Series([], dtype=dtypes[c]) for c in columns})


#: pandas >= 3 copies on write: a shallow copy of a cached frame can never change it
_SHALLOW_COPY_SAFE = int(pd.__version__.split(".")[0]) >= 3


def _empty_tallies() -> pd.DataFrame:
    return _empty("tallies").copy(deep=not _SHALLOW_COPY_SAFE)


def _empty_positions() -> pd.DataFrame:
    return _empty("positions").copy(deep=not _SHALLOW_COPY_SAFE)


def parse_text(text: str, published: object = None, source: str | None = None) -> ParseResult:
    """Parse one report into tallies and named positions.

    ``published`` (a date or ISO string) anchors "on Thursday" and "today"; when it is
    not given, a dateline date near the top of the text is used.

    >>> r = parse_text("Seven countries, including Syria, voted against; 32 abstained.")
    >>> r.tallies[["no", "abstain"]].iloc[0].tolist()
    [7, 32]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text expects str, not {type(text).__name__}")
    pub = _text.coerce_date(published)
    if pub is None:
        pub = _text.dateline(text)
    tallies, positions = _parse(text, pub)
    return ParseResult(tallies=tallies, positions=positions, source=source, text=text,
                       published=pub)


@dataclass
class _Prepared:
    """A text read up to the point where country names are needed."""

    text: str
    sents: list[tuple[int, int, str]] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    tally_sents: list[tuple[int, int]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: (sentence, offset, vote_id) of counts restating a tally further back (_group_items)
    restated: list[tuple[int, int, int]] = field(default_factory=list)
    published: dt.date | None = None


def _parse(text: str, published: dt.date | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    prep = _prepare(text, published)
    mentions = _country_mentions([(prep.text, prep.spans)])[0] if prep.spans else []
    rows, pos_rows = _finish(prep, mentions)
    tallies = _frame(rows, TALLY_COLUMNS, TALLY_DTYPES) if rows else _empty_tallies()
    positions = (_frame(pos_rows, POSITION_COLUMNS, POSITION_DTYPES) if pos_rows
                 else _empty_positions())
    return tallies, positions


def _finish(prep: _Prepared, mentions: list[tuple[int, int, str, str]],
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    pos_rows = _positions(prep.text, prep.sents, prep.rows, prep.tally_sents, mentions,
                          prep.restated, prep.published)
    return prep.rows, pos_rows


def _prepare(text: str, published: dt.date | None,
             scanned: tuple[bytes, _Scan] | None = None) -> _Prepared:
    """``scanned``: :func:`_keyed` ``text`` and its :func:`_scan`, when already done."""
    if not text:
        return _Prepared(text)
    if scanned is None:
        low = _keyed(text)
        found = _scan(low)
    else:
        low, found = scanned
    regions = _regions(text, found.region_hits)
    if not regions:
        return _Prepared(text)
    tables = _tables(text, regions) if low.find(b"|") >= 0 else []
    if tables:
        regions, sents = _with_tables(text, regions, tables)
    else:
        sents = [s for a, b in regions for s in _text.sentences(text, a, b)]
    if not sents:
        return _Prepared(text)
    sent_starts = [s[0] for s in sents]
    items = _count_items(text, regions, found.numbers)
    symbols: dict[int, str] = {}
    if tables:
        for t in tables:
            items.extend(t.items)
            symbols.update(t.symbols)
        items.sort(key=_text_order)

    def sent_index(pos: int) -> int:
        return max(0, bisect.bisect_right(sent_starts, pos) - 1)

    marks = _body_marks(text, low, regions) if items else []
    groups, restated = _group_items(items, sent_index, text, sents, marks) if items else ([], [])
    doc_bodies = _doc_bodies(marks)
    rows: list[dict[str, Any]] = []
    tally_sents: list[tuple[int, int]] = []
    prev_end = 0
    for vid, g in enumerate(groups):
        k0, k1 = g[0].sent, g[-1].sent
        s0, s1 = sents[k0][0], sents[k1][1]
        t0 = min(it.start for it in g)
        t1 = max(it.end for it in g)
        values = {it.role: it.value for it in g}
        counts = [values[r] for r in _ROLES if r in values]
        body = _body_for(marks, s0, s1, t0, doc_bodies, counts)
        next_start = groups[vid + 1][0].start if vid + 1 < len(groups) else len(text)
        prevs = sents[max(0, k0 - 2) : k0]
        # within a shared sentence, look for cues between the neighbouring tallies only
        lo = prev_end if groups and vid > 0 and groups[vid - 1][-1].sent == k0 else s0
        hi = next_start if vid + 1 < len(groups) and groups[vid + 1][0].sent == k1 else s1
        adopted = _adopted_for(text, s0, s1, t0, t1, lo, hi, prevs, prev_end)
        date = _tally_date(text, sents, k0, k1, t0, published,
                           (tally_sents[-1][1], rows[-1]["date"]) if rows else None,
                           rows[0]["date"] if rows else None)
        resolution = symbols.get(sents[k0][0]) or _resolution_for(text, lo, hi, t0, prev_end, body)
        if body is None and resolution is not None:
            body = _body_from_symbol(resolution)
        rows.append({
            "vote_id": vid, "body": body, "resolution": resolution,
            "date": date,
            "yes": values.get("yes"), "no": values.get("no"), "abstain": values.get("abstain"),
            "absent": values.get("absent"), "adopted": adopted, "start": t0, "end": t1,
            "sentence": _text.storable(text[s0:s1]),
        })
        tally_sents.append((k0, k1))
        prev_end = t1
    return _Prepared(text, sents, rows, tally_sents,
                     _position_spans(text, found.cue_hits, sents, rows), restated, published)


def _frame(rows: list[dict[str, Any]], columns: list[str], dtypes: dict[str, str]) -> pd.DataFrame:
    """Rows (dicts) as a frame with exactly ``dtypes``, built column by column.

    Columns are finished arrays and the index is given, so pandas copies and infers
    nothing (about twice as fast as letting it): parse_text builds two frames per call.
    """
    from unvotes.countries import _string_array

    data: dict[str, Any] = {}
    for c in columns:
        values = [r[c] for r in rows]
        kind = dtypes[c]
        if kind == "Int64":
            mask = np.array([v is None for v in values], dtype=bool)
            data[c] = pd.arrays.IntegerArray(
                np.array([0 if v is None else v for v in values], dtype=np.int64), mask)
        elif kind == "boolean":
            mask = np.array([v is None for v in values], dtype=bool)
            data[c] = pd.arrays.BooleanArray(np.array([bool(v) for v in values], dtype=bool), mask)
        elif kind == "datetime64[ns]":
            data[c] = np.array(
                [np.datetime64("NaT", "ns") if v is None else np.datetime64(v, "ns") for v in values],
                dtype="datetime64[ns]",
            )
        elif kind == "string":
            data[c] = _string_array(values)
        else:
            data[c] = np.array(values, dtype=kind)
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)), copy=False)


def _read_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(path, "file not found") from None
    except IsADirectoryError:
        raise InputFileError(path, "is a directory, not a file") from None
    except OSError as err:
        raise InputFileError(path, f"cannot be read ({err.strerror or err})") from None
    try:
        raw = _text.decode_bytes(data)
    except (UnicodeDecodeError, LookupError):
        raise InputFileError(path, "cannot be decoded as text (unknown encoding)") from None
    if path.suffix.lower() in (".html", ".htm", ".xhtml") or _text.looks_like_html(raw):
        return _text.html_to_text(raw)
    return raw


def parse_file(path: str | os.PathLike[str], published: object = None) -> ParseResult:
    """Parse a ``.txt``, ``.md`` or ``.html``/``.htm`` file.

    The encoding is detected (BOM, UTF-8, then a guess). For HTML, tags are dropped
    and entities decoded; offsets then refer to the extracted text in ``result.text``.
    Unreadable files raise :class:`unvotes.errors.InputFileError` naming the path.

    >>> parse_file("seeds/000_8a0ba1f05f835118.txt").tallies["yes"].tolist()  # doctest: +SKIP
    [141]
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"parse_file expects a path, not {type(path).__name__}")
    p = Path(path)
    text = _read_file(p)
    return parse_text(text, published=published, source=str(path))


def _is_file_item(item: object) -> bool:
    if isinstance(item, os.PathLike):
        return True
    if isinstance(item, str) and 0 < len(item) < 1024 and "\n" not in item:
        try:
            return os.path.isfile(item)
        except (OSError, ValueError):
            return False
    return False


_Task = tuple[str, object, bool, object]
_BATCH_ITEMS = 32
_BATCH_CHARS = 4_000_000
_FLUSH_ROWS = 5000


def _work(batch: list[_Task]) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """Parse a batch of items; the first pass (:func:`_scan_many`) and the country names
    are done for the whole batch in one call each."""
    texts = [_read_file(Path(item)) if is_file else item  # type: ignore[arg-type]
             for _, item, is_file, _ in batch]
    lows = [_keyed(text) for text in texts]  # type: ignore[arg-type]
    preps: list[tuple[str, _Prepared]] = []
    for (source, _, _, published), text, low, found in zip(
            batch, texts, lows, _scan_many(lows), strict=True):
        pub = _text.coerce_date(published) or _text.dateline(text)  # type: ignore[arg-type]
        preps.append((source, _prepare(text, pub, (low, found))))  # type: ignore[arg-type]
    mentions = _country_mentions([(p.text, p.spans) for _, p in preps])
    out = []
    for (source, prep), found in zip(preps, mentions, strict=True):
        rows, pos_rows = _finish(prep, found)
        out.append((source, rows, pos_rows))
    return out


def _batches(tasks: Iterable[_Task]) -> Iterator[list[_Task]]:
    batch: list[_Task] = []
    size = 0
    for task in tasks:
        item = task[1]
        try:
            n = os.path.getsize(item) if task[2] else len(item)  # type: ignore[arg-type]
        except OSError:
            n = 0  # the worker raises the proper error when it reads the file
        if batch and (len(batch) >= _BATCH_ITEMS or size + n > _BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(task)
        size += n
    if batch:
        yield batch


def _tasks(items: object, published: object = None) -> Iterator[tuple[str, object, bool, object]]:
    if isinstance(items, (str, os.PathLike)):
        items = [items]
    if isinstance(items, Mapping):
        iterable: Iterable[Any] = ((str(k), v) for k, v in items.items())
    else:
        iterable = items  # type: ignore[assignment]
    for n, item in enumerate(iterable):
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
            source, value = str(item[0]), item[1]
            yield source, value, _is_file_item(value) and value == source, published
        elif _is_file_item(item):
            yield str(item), item, True, published
        elif isinstance(item, str):
            yield f"text-{n}", item, False, published
        else:
            raise TypeError(
                f"parse_many items must be str texts, paths or (source, text) pairs, "
                f"not {type(item).__name__}"
            )


def parse_many(items: Iterable[str | os.PathLike[str]] | Mapping[str, str], progress: bool = True,
               workers: int = 1, published: object = None) -> ParseResult:
    """Parse many texts or files into one result with a leading ``source`` column.

    Each item is a ``pathlib.Path`` (always a file), a ``str`` naming an existing file
    (read as a file), any other ``str`` (a text, source ``"text-<n>"``), or a
    ``(source, text)`` pair; a mapping ``{source: text}`` works too. Results stream in
    input order, so memory stays bounded; ``workers > 1`` parses in that many processes
    with identical output. ``progress`` shows a tqdm bar when tqdm is installed.
    ``published`` applies to every item (without it, each text's own dateline is used).
    ``vote_id`` restarts at 0 for each source.

    >>> r = parse_many(["It passed 141-7-32 in a vote.", "No vote."], progress=False)
    >>> r.tallies[["source", "yes"]].values.tolist()
    [['text-0', 141]]
    """
    if workers < 1:
        raise ValueError("workers must be >= 1")
    _text.coerce_date(published)  # a bad date fails here, not inside a worker
    sized = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
    bar = _progress_bar(sized) if progress else None
    acc = _Accumulator()
    try:
        if workers == 1:
            for batch in _batches(_tasks(items, published)):
                acc.add(_work(batch))
                if bar is not None:
                    bar.update(len(batch))
        else:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=workers) as pool:
                pending: deque[tuple[int, Any]] = deque()
                for batch in _batches(_tasks(items, published)):
                    pending.append((len(batch), pool.submit(_work, batch)))
                    if len(pending) >= 2 * workers:
                        n, fut = pending.popleft()
                        acc.add(fut.result())
                        if bar is not None:
                            bar.update(n)
                while pending:
                    n, fut = pending.popleft()
                    acc.add(fut.result())
                    if bar is not None:
                        bar.update(n)
    finally:
        if bar is not None:
            bar.close()
    return ParseResult(tallies=acc.frame("tallies"), positions=acc.frame("positions"))


class _Accumulator:
    """Rows of many texts, turned into frames every few thousand rows to bound memory."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {"tallies": [], "positions": []}
        self.sources: dict[str, list[str]] = {"tallies": [], "positions": []}
        self.frames: dict[str, list[pd.DataFrame]] = {"tallies": [], "positions": []}

    def add(self, results: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]) -> None:
        for source, rows, pos_rows in results:
            for kind, new in (("tallies", rows), ("positions", pos_rows)):
                self.rows[kind].extend(new)
                self.sources[kind].extend([source] * len(new))
        for kind in ("tallies", "positions"):
            if len(self.rows[kind]) >= _FLUSH_ROWS:
                self._flush(kind)

    def _flush(self, kind: str) -> None:
        if not self.rows[kind]:
            return
        columns, dtypes = ((TALLY_COLUMNS, TALLY_DTYPES) if kind == "tallies"
                           else (POSITION_COLUMNS, POSITION_DTYPES))
        frame = _frame(self.rows[kind], columns, dtypes)
        frame.insert(0, "source", pd.array(self.sources[kind], dtype="string"))
        self.frames[kind].append(frame)
        self.rows[kind], self.sources[kind] = [], []

    def frame(self, kind: str) -> pd.DataFrame:
        self._flush(kind)
        if self.frames[kind]:
            return pd.concat(self.frames[kind], ignore_index=True)
        empty = _empty_tallies() if kind == "tallies" else _empty_positions()
        empty.insert(0, "source", pd.Series([], dtype="string"))
        return empty


def _progress_bar(total: int | None) -> Any:
    try:
        from tqdm.auto import tqdm
    except ImportError:  # optional dependency: no bar
        return None
    return tqdm(total=total, unit="text", desc="unvotes parse")
