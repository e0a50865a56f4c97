"""Official roll calls in one tidy schema: UN Library CSVs, Voeten's data, the R ``unvotes`` data.

Every reader returns a :class:`VoteData` with four parts:

* ``records``: one row per recorded vote (``record_id``, ``body``, ``resolution``, ``date``,
  ``session``, ``title``, ``yes``, ``no``, ``abstain``, ``non_voting``, ``members``,
  ``meeting``, ``link``, then reader-specific columns);
* ``votes``: one row per state per vote (``record_id``, ``iso3``, ``name`` as recorded,
  ``vote`` in ``yes``/``no``/``abstain``/``non_voting``);
* ``problems``: a findings frame (see ``unvotes._findings``) listing everything the reader
  rejected, repaired or could not check;
* ``metadata``: source file, its SHA-256, loader name and version, and the row accounting
  ``rows_read == rows_loaded + rows_rejected``.

A row is *rejected* when it cannot become a state's vote: an unreadable vote code, a second
row for the same state in the same record, a row without a record id, and (Voeten) a
"not a member" row. Each rejection is reported in ``problems``. A row whose country code
cannot be resolved is *kept* with ``iso3`` NA and reported. Findings are grouped (per
record, per name or per file), never one per row; the rule ids are, with the prefix
``undl.``, ``voeten.`` or ``rvotes.``:

* ``unknown_vote_code``, ``duplicate_state``, ``missing_record_id``, ``not_member``,
  ``unknown_record`` (rows rejected; counts in ``metadata["rejected_by_rule"]``);
* ``totals_mismatch`` (published totals differ from the state rows), ``totals_sum`` and
  ``members_mismatch`` (totals against ``total_ms`` and the rows listed),
  ``inconsistent_record`` (a record-level field differs between a record's rows; the first
  row's value is kept), ``bad_date``, ``bad_total``;
* ``unresolved_code`` (kept with ``iso3`` NA), ``unknown_code`` and ``code_from_name`` (the
  code came from the name through the country registry).

A malformed file (a row with the wrong number of fields, a truncated or corrupt compressed
file, text that is not UTF-8) raises :class:`~unvotes.errors.DataFormatError` naming the
file and, when known, the line; missing required columns raise
:class:`~unvotes.errors.MissingColumnsError`.

>>> data = read_undl("undl_ga_voting.csv.gz")            # doctest: +SKIP
>>> data.records.loc[data.records.resolution == "A/RES/ES-11/6", ["yes", "no"]]  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from unvotes._data import data_file
from unvotes._findings import make_findings
from unvotes.errors import DataFormatError, InputFileError, MissingColumnsError

__all__ = [
    "LOADER_VERSION",
    "VOTE_CATEGORIES",
    "VOTE_DTYPE",
    "VoteData",
    "read_any",
    "read_parquet",
    "read_rvotes",
    "read_undl",
    "read_voeten",
    "summary",
]

#: Bumped whenever a reader's output changes, so Parquet caches can be invalidated.
LOADER_VERSION = "1"

VOTE_CATEGORIES: list[str] = ["yes", "no", "abstain", "non_voting"]
VOTE_DTYPE = pd.CategoricalDtype(pd.Index(VOTE_CATEGORIES, dtype="str"))

_RECORD_COLUMNS = [
    "record_id",
    "body",
    "resolution",
    "date",
    "session",
    "title",
    "yes",
    "no",
    "abstain",
    "non_voting",
    "members",
    "meeting",
    "link",
]
_VOTE_COLUMNS = ["record_id", "iso3", "name", "vote"]
_PARQUET_PARTS = ("records", "votes", "problems")
_META_KEY = b"unvotes"

# DHL vote codes (stripped, upper-cased) → index in VOTE_CATEGORIES.
_UNDL_CODES = {
    "Y": 0,
    "YES": 0,
    "N": 1,
    "NO": 1,
    "A": 2,
    "ABSTAIN": 2,
    "ABSTENTION": 2,
    "X": 3,
    "NV": 3,
    "NON-VOTING": 3,
    "NON_VOTING": 3,
}
_VOETEN_CODES = {1: 0, 2: 2, 3: 1, 8: 3}
_VOETEN_NOT_MEMBER = 9
_RVOTES_CODES = {"yes": 0, "no": 1, "abstain": 2, "absent": 3, "non_voting": 3}

_UNDL_REQUIRED = ["undl_id", "ms_name", "ms_vote", "date", "resolution"]
_UNDL_TOTALS = {
    "total_yes": "yes",
    "total_no": "no",
    "total_abstentions": "abstain",
    "total_non_voting": "non_voting",
    "total_ms": "members",
}
# Accepted spellings of DHL column names (after lower-casing) → canonical name.
_UNDL_ALIASES = {
    "total_abstain": "total_abstentions",
    "total_abstention": "total_abstentions",
    "total_nonvoting": "total_non_voting",
    "total_non-voting": "total_non_voting",
    "total_members": "total_ms",
    "link": "undl_link",
    "record_id": "undl_id",
}
# Columns that belong to the state's row (the rest belong to the record).
_UNDL_STATE_COLUMNS = {"ms_code", "ms_name", "ms_vote", "permanent_member"}
_UNDL_KNOWN = {
    "undl_id",
    "ms_code",
    "ms_name",
    "ms_vote",
    "permanent_member",
    "date",
    "session",
    "resolution",
    "draft",
    "committee_report",
    "meeting",
    "title",
    "description",
    "agenda_title",
    "agenda",
    "subjects",
    "modality",
    "undl_link",
    *_UNDL_TOTALS,
}
_SC_MARKERS = {"permanent_member", "description", "modality", "agenda"}

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


# ----------------------------------------------------------------------------- VoteData


@dataclass
class VoteData:
    """Official roll calls: ``records``, ``votes``, ``problems`` and ``metadata``.

    >>> data = read_undl("undl_ga_voting_sample.csv")      # doctest: +SKIP
    >>> data.votes.vote.value_counts()                     # doctest: +SKIP
    """

    records: pd.DataFrame
    votes: pd.DataFrame
    problems: pd.DataFrame
    metadata: dict = field(default_factory=dict)

    def to_parquet(self, directory: str | os.PathLike[str]) -> Path:
        """Write ``records``, ``votes`` and ``problems`` as zstd Parquet files in ``directory``.

        The metadata dict and every column's dtype travel in the schema metadata, so
        :func:`read_parquet` gives back equal frames with equal dtypes.

        >>> data.to_parquet("ga_parquet")                  # doctest: +SKIP
        PosixPath('ga_parquet')
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        meta = json.dumps(self.metadata, default=str, sort_keys=True).encode("utf-8")
        # records last: a folder whose records.parquet is current is complete
        for part in ("votes", "problems", "records"):
            frame = getattr(self, part)
            table = pa.Table.from_pandas(frame, preserve_index=False)
            schema_meta = dict(table.schema.metadata or {})
            schema_meta[_META_KEY] = meta
            schema_meta[b"unvotes_dtypes"] = json.dumps(
                {col: str(dtype) for col, dtype in frame.dtypes.items()}
            ).encode("utf-8")
            schema_meta[b"unvotes_categories"] = json.dumps(
                {col: [str(c) for c in frame[col].cat.categories]
                 for col, dtype in frame.dtypes.items()
                 if isinstance(dtype, pd.CategoricalDtype)}
            ).encode("utf-8")
            table = table.replace_schema_metadata(schema_meta)
            tmp = out / f".{part}.parquet.{os.getpid()}.tmp"
            pq.write_table(table, tmp, compression="zstd")
            tmp.replace(out / f"{part}.parquet")
        return out

    def select(
        self,
        *,
        resolution: str | Sequence[str] | None = None,
        record_id: int | Sequence[int] | None = None,
        session: int | Sequence[int] | None = None,
        body: str | None = None,
        since: Any = None,
        until: Any = None,
    ) -> VoteData:
        """The records matching every given filter, with their votes and problems.

        ``since``/``until`` are inclusive dates. The result shares no frames with ``self``.

        >>> ukraine = data.select(resolution=["A/RES/68/262", "A/RES/ES-11/1"])  # doctest: +SKIP
        >>> recent = data.select(since="2020-01-01", body="GA")                   # doctest: +SKIP
        """
        recs = self.records
        keep = pd.Series(True, index=recs.index)

        def one_of(value: Any) -> list[Any]:
            return [value] if isinstance(value, (str, int)) else list(value)

        if resolution is not None:
            keep &= recs["resolution"].isin(one_of(resolution)).fillna(False).astype(bool)
        if record_id is not None:
            keep &= recs["record_id"].isin(one_of(record_id))
        if session is not None:
            keep &= recs["session"].isin(one_of(session)).fillna(False).astype(bool)
        if body is not None:
            keep &= (recs["body"] == body).fillna(False).astype(bool)
        if since is not None:
            keep &= recs["date"] >= pd.Timestamp(since)
        if until is not None:
            keep &= recs["date"] <= pd.Timestamp(until)
        chosen = recs.loc[keep.to_numpy()].reset_index(drop=True)
        ids = chosen["record_id"]
        votes = self.votes.loc[self.votes["record_id"].isin(ids)].reset_index(drop=True)
        problems = self.problems.loc[
            self.problems["record_id"].isna() | self.problems["record_id"].isin(ids.astype(str))
        ].reset_index(drop=True)
        meta = {**self.metadata, "selection": {
            k: v for k, v in {"resolution": resolution, "record_id": record_id, "session": session,
                              "body": body, "since": since, "until": until}.items() if v is not None}}
        return VoteData(records=chosen, votes=votes, problems=problems, metadata=meta)

    def summary(self) -> dict[str, Any]:
        """Shortcut for :func:`summary`."""
        return summary(self)

    def __repr__(self) -> str:
        src = self.metadata.get("source_name", "?")
        return (
            f"VoteData({src}: {len(self.records)} records, {len(self.votes)} votes, "
            f"{len(self.problems)} problems)"
        )


def read_parquet(directory: str | os.PathLike[str]) -> VoteData:
    """Read a folder written by :meth:`VoteData.to_parquet` (exact round trip, dtypes included).

    >>> data = read_parquet("ga_parquet")                   # doctest: +SKIP
    """
    folder = Path(directory)
    frames: dict[str, pd.DataFrame] = {}
    metadata: dict[str, Any] = {}
    for part in _PARQUET_PARTS:
        path = folder / f"{part}.parquet"
        if not path.exists():
            raise InputFileError(path, "not found: not a folder written by VoteData.to_parquet")
        try:
            table = pq.read_table(path)
        except (pa.ArrowException, OSError) as exc:
            raise DataFormatError(f"cannot read Parquet file: {exc}", path=path) from exc
        schema_meta = table.schema.metadata or {}
        frame = table.to_pandas()
        dtypes = json.loads(schema_meta.get(b"unvotes_dtypes", b"{}"))
        categories = json.loads(schema_meta.get(b"unvotes_categories", b"{}"))
        for col, dtype in dtypes.items():
            if col not in frame.columns:
                continue
            if col in categories:
                # Parquet keeps only the categories in use, in its own order
                wanted = pd.Index(categories[col], dtype="str")
                current = frame[col]
                if not isinstance(current.dtype, pd.CategoricalDtype):
                    current = current.astype("category")
                if not current.cat.categories.equals(wanted) or \
                        current.cat.categories.dtype != wanted.dtype:
                    frame[col] = current.cat.set_categories(wanted)
            elif str(frame[col].dtype) != dtype:  # e.g. all-null columns
                frame[col] = frame[col].astype(dtype)
        frames[part] = frame
        if part == "records" and _META_KEY in schema_meta:
            metadata = json.loads(schema_meta[_META_KEY])
    return VoteData(frames["records"], frames["votes"], frames["problems"], metadata)


# ----------------------------------------------------------------------------- helpers


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _version() -> str:
    from unvotes import __version__

    return __version__


def _check_path(path: str | os.PathLike[str]) -> Path:
    p = Path(path)
    if not p.exists():
        raise InputFileError(p, "no such file")
    if p.is_dir():
        raise InputFileError(p, "is a folder, expected a file")
    return p


def _zip_member(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
    except zipfile.BadZipFile as exc:
        raise DataFormatError(f"not a readable zip file ({exc})", path=path) from exc
    tables = [n for n in names if n.lower().endswith((".csv", ".tsv", ".tab", ".txt"))]
    picked = tables or names
    if not picked:
        raise DataFormatError("zip file holds no data file", path=path)
    return picked[0]


def _opener(path: Path) -> Callable[[], Any]:
    """A function returning a fresh binary stream of the (decompressed) table text."""
    if path.suffix.lower() == ".zip":
        member = _zip_member(path)

        @contextlib.contextmanager
        def open_zip() -> Iterator[Any]:
            with zipfile.ZipFile(path) as zf, zf.open(member) as stream:
                yield stream

        return open_zip
    return lambda: pa.input_stream(str(path), compression="detect")


def _read_head(path: Path, opener: Callable[[], Any], size: int = 1 << 16) -> bytes:
    try:
        with opener() as stream:
            return stream.read(size)
    except (OSError, EOFError, zipfile.BadZipFile, pa.ArrowException) as exc:
        raise DataFormatError(f"cannot read file ({exc})", path=path, line=1) from exc


def _header(path: Path, opener: Callable[[], Any]) -> tuple[list[str], str]:
    """The header's column names and the delimiter (comma, tab or semicolon)."""
    head = _read_head(path, opener)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    first = head.split(b"\n", 1)[0].rstrip(b"\r")
    if not first.strip():
        raise DataFormatError("file is empty or has no header line", path=path, line=1)
    try:
        text = first.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFormatError(f"header is not UTF-8 ({exc})", path=path, line=1) from exc
    delimiter = max(("\t", ",", ";"), key=text.count)
    names = next(csv.reader([text], delimiter=delimiter))
    return [n.strip() for n in names], delimiter


def _count_lines(opener: Callable[[], Any]) -> int:
    """Complete lines readable before the stream fails (error path only)."""
    lines = 0
    try:
        with opener() as stream:
            while True:
                block = stream.read(1 << 20)
                if not block:
                    break
                lines += block.count(b"\n")
    except (OSError, EOFError, zipfile.BadZipFile, pa.ArrowException):
        pass
    return lines


def _first_bad_row(
    opener: Callable[[], Any], parse: pacsv.ParseOptions, read: pacsv.ReadOptions
) -> int | None:
    """Line number of the first malformed row, from a single-threaded pass (error path only)."""
    found: list[int] = []

    def handler(row: Any) -> str:
        if row.number is not None and not found:
            found.append(row.number)
        return "skip"

    slow_read = pacsv.ReadOptions(
        use_threads=False, block_size=read.block_size, column_names=read.column_names,
        skip_rows=read.skip_rows,
    )
    slow_parse = pacsv.ParseOptions(
        delimiter=parse.delimiter, quote_char=parse.quote_char,
        newlines_in_values=parse.newlines_in_values, invalid_row_handler=handler,
    )
    try:
        with opener() as stream:
            pacsv.read_csv(stream, read_options=slow_read, parse_options=slow_parse,
                           convert_options=pacsv.ConvertOptions(column_types={}))
    except (OSError, pa.ArrowException):
        pass
    return found[0] if found else None


def _read_table(
    path: Path, opener: Callable[[], Any], names: list[str], delimiter: str,
    types: Mapping[str, pa.DataType],
) -> pa.Table:
    """Read the whole table with pyarrow (threads on); malformed input raises DataFormatError."""
    bad: list[Any] = []

    def handler(row: Any) -> str:
        bad.append(row)
        return "skip"

    read = pacsv.ReadOptions(use_threads=True, block_size=1 << 20, column_names=names,
                             skip_rows=1)
    parse = pacsv.ParseOptions(delimiter=delimiter, invalid_row_handler=handler)
    convert = pacsv.ConvertOptions(column_types=dict(types), strings_can_be_null=True,
                                   quoted_strings_can_be_null=True)
    try:
        with opener() as stream:
            table = pacsv.read_csv(stream, read_options=read, parse_options=parse,
                                   convert_options=convert)
    except (OSError, EOFError, zipfile.BadZipFile) as exc:
        good = _count_lines(opener)
        raise DataFormatError(
            f"truncated or corrupt file ({exc}); data stops after line {good}",
            path=path, line=good + 1,
        ) from exc
    except pa.ArrowInvalid as exc:
        hint = "; the file is not UTF-8: save it as UTF-8" if "UTF8" in str(exc) else ""
        raise DataFormatError(f"cannot parse ({exc}){hint}", path=path) from exc
    if bad:
        row = bad[0]
        line = row.number if row.number is not None else _first_bad_row(opener, parse, read)
        snippet = (row.text or "")[:80]
        raise DataFormatError(
            f"malformed row: {row.actual_columns} fields where the header has "
            f"{row.expected_columns} ({len(bad)} such row(s)); starts {snippet!r}",
            path=path, line=line,
        )
    if table.num_rows:
        last = table.slice(table.num_rows - 1)
        for col in last.itercolumns():
            value = col.to_pylist()[0]
            if isinstance(value, str) and ("\n" in value or "\r" in value):
                raise DataFormatError(
                    "unterminated quoted field at the end of the file (truncated?)",
                    path=path, line=table.num_rows + 1,
                )
    return table


def _dict_column(table: pa.Table, name: str) -> tuple[np.ndarray, list[Any]]:
    """Indices (-1 for null) and dictionary values of a dictionary-encoded column."""
    col = table.column(name)
    if col.num_chunks == 0:
        return np.zeros(0, dtype=np.int32), []
    arr = col.combine_chunks() if col.num_chunks > 1 else col.chunk(0)
    if not pa.types.is_dictionary(arr.type):
        arr = pc.dictionary_encode(arr)
    indices = arr.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int32)
    return indices, arr.dictionary.to_pylist()


class _Grouped(NamedTuple):
    """Rows grouped by record id; unreadable ids (-1) form a group that is not a record."""

    rid: np.ndarray  # int64 record id per row, -1 where unreadable
    codes: np.ndarray  # group index per row
    uniques: np.ndarray  # record id per group
    order: np.ndarray | None  # sort order (None when the rows are already grouped)
    starts: np.ndarray  # start of each group's run in sorted order
    first_pos: np.ndarray  # row position of each group's first row
    keep: np.ndarray  # per group: a real record (not the unreadable-id group)


def _group_by_record(ids: np.ndarray, ok: np.ndarray) -> _Grouped:
    rid = np.where(ok, ids, -1).astype(np.int64)
    codes, uniques = pd.factorize(rid)
    uniques = np.asarray(uniques, dtype=np.int64)
    order, starts = _record_groups(codes)
    first_pos = starts if order is None else order[starts]
    return _Grouped(rid, codes, uniques, order, starts, first_pos, uniques != -1)


def _name_fallback_findings(
    source: str,
    prefix: str,
    rows: pd.DataFrame,
    label: Callable[[Any, Any], tuple[str, Any]],
) -> list[dict]:
    """One finding per (code, name): its state was found from the recorded name, or not at all.

    ``rows`` has ``code``, ``name``, ``iso3`` (None when unresolved), ``rid`` and optionally
    ``line``; ``label(code, name)`` gives the text that names the entry and the observed code.
    """
    out = []
    for (code, name, iso), grp in rows.groupby(["code", "name", "iso3"], dropna=False):
        found = pd.notna(iso)
        rule, severity = ((f"{prefix}.code_from_name", "info") if found
                          else (f"{prefix}.unresolved_code", "warning"))
        what = f"resolved from the name to {iso}" if found else "matches no state; kept with iso3 NA"
        where = f"{len(grp)} row(s) in {grp['rid'].nunique()} roll call(s)"
        if "line" in grp.columns:
            where += f", first line {int(grp['line'].iat[0])}"
        text, observed = label(code, name)
        out.append(_finding(source, rule, severity, f"{text}: {what}; {where}",
                            observed=observed, expected=iso, record_id=int(grp["rid"].iat[0])))
    return out


def _record_groups(codes: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    """Sort order (None when already grouped) and the start of each record's run."""
    if len(codes) == 0:
        return None, np.zeros(0, dtype=np.int64)
    order = None if bool(np.all(codes[1:] >= codes[:-1])) else np.argsort(codes, kind="stable")
    ordered = codes if order is None else codes[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    return order, starts


def _varies(values: np.ndarray, order: np.ndarray | None, starts: np.ndarray) -> np.ndarray:
    """Per record: does ``values`` take more than one value within the record?"""
    if len(starts) == 0:
        return np.zeros(0, dtype=bool)
    arr = values if order is None else values[order]
    return np.minimum.reduceat(arr, starts) != np.maximum.reduceat(arr, starts)


def _state_duplicates(rec: np.ndarray, state: np.ndarray) -> np.ndarray:
    """True for the second and later rows of the same state in the same record."""
    width = int(state.max(initial=0)) + 2
    key = rec.astype(np.int64) * width + state.astype(np.int64) + 1
    span = (int(rec.max(initial=0)) + 1) * width
    if span <= 50_000_000 and np.bincount(key, minlength=span).max(initial=0) <= 1:
        return np.zeros(len(key), dtype=bool)  # the usual case, without hashing
    return pd.Series(key).duplicated(keep="first").to_numpy()


def _categorical(values: np.ndarray) -> pd.Categorical:
    """A categorical with sorted ``str`` categories from an array of strings (None → NA)."""
    codes, uniques = pd.factorize(values)
    return _cat_from_codes(codes, [str(u) for u in uniques])


def _arrow_strings(column: pa.ChunkedArray | pa.Array) -> Any:
    """An Arrow (dictionary) string column as a pandas ``string`` array, without Python objects."""
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    if pa.types.is_dictionary(column.type):
        column = column.cast(pa.string())
    return pd.array(column, dtype="string")


def _parse_ints(values: Iterable[Any]) -> np.ndarray:
    """Whole numbers from texts ("120", "120.0", " 7 "); NaN for empty or non-whole values."""
    if isinstance(values, pd.arrays.ArrowStringArray):
        try:  # fast path: Arrow parses clean numbers; anything odd goes the slow way
            arr = pa.array(values).cast(pa.float64())
            out = arr.to_numpy(zero_copy_only=False).astype("float64")
            out[~np.isfinite(out) | (out != np.round(out))] = np.nan
            return out
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, TypeError):
            pass
    series = pd.Series(list(values) if not isinstance(values, pd.api.extensions.ExtensionArray)
                       else values, dtype="object")
    nums = pd.to_numeric(series.astype("string").str.strip(), errors="coerce")
    out = nums.to_numpy(dtype="float64", na_value=np.nan)
    out[~np.isfinite(out) | (out != np.round(out))] = np.nan
    return out


def _int_array(nums: np.ndarray, dtype: str) -> Any:
    """A nullable integer array from floats (NaN → NA)."""
    mask = np.isnan(nums)
    return pd.array(np.where(mask, 0, nums).astype("int64"), dtype="Int64").astype(dtype) \
        if not mask.any() else pd.arrays.IntegerArray(
            np.where(mask, 0, nums).astype("int64"), mask).astype(dtype)


def _parse_dates(texts: Any) -> pd.Series:
    """Dates from text, ISO 8601 first, then any format pandas can read; NaT otherwise."""
    series = pd.Series(texts, dtype="string")
    dates = pd.to_datetime(series, errors="coerce", format="ISO8601")
    if dates.isna().any() and series.notna().any():
        retry = dates.isna() & series.notna()
        dates[retry] = pd.to_datetime(series[retry].astype(object), errors="coerce",
                                      format="mixed")
    return dates.astype("datetime64[ns]")


def _cat_from_codes(codes: np.ndarray, categories: list[Any]) -> pd.Categorical:
    """Categorical from integer codes (-1 = NA), categories as sorted ``str``, unused dropped."""
    codes = np.asarray(codes, dtype=np.int64)
    labels = np.array([str(c) for c in categories], dtype=object)
    used = np.flatnonzero(np.bincount(codes[codes >= 0], minlength=len(labels)) > 0)
    ordered = used[np.argsort(labels[used], kind="stable")]
    remap = np.full(len(labels) + 1, -1, dtype=np.int32)
    remap[ordered] = np.arange(len(ordered), dtype=np.int32)
    cats = pd.Index(list(labels[ordered]), dtype="str")
    return pd.Categorical.from_codes(remap[codes], categories=cats, validate=False)


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


_UNRES = re.compile(r"^\s*R/(?P<session>\d+)/(?P<num>\d+)(?P<part>[A-Z]{0,2})\s*$")


def _normalise_unres(unres: Any) -> Any:
    """Voeten/R ``unres`` ("R/68/262", "R/21/2200A") → UN symbol ("A/RES/68/262",
    "A/RES/2200(XXI)[A]"); symbols already in UN form are kept; others give NA."""
    if unres is None or (isinstance(unres, float) and np.isnan(unres)) or unres is pd.NA:
        return pd.NA
    text = str(unres).strip()
    if not text:
        return pd.NA
    if text.startswith("A/"):
        return text
    match = _UNRES.match(text)
    if not match:
        return pd.NA
    session, num, part = int(match["session"]), int(match["num"]), match["part"]
    if session >= 31:
        return f"A/RES/{session}/{num}{part}"
    return f"A/RES/{num}({_roman(session)})" + (f"[{part}]" if part else "")


def _finding(source: str, rule: str, severity: str, message: str, **extra: Any) -> dict:
    row: dict[str, Any] = {"source": source, "rule": rule, "severity": severity,
                           "message": message}
    for key, value in extra.items():
        if value is None or (np.ndim(value) == 0 and pd.isna(value)):
            continue
        if isinstance(value, float | np.floating) and float(value).is_integer():
            value = int(value)
        row[key] = value if key in {"vote_id", "start", "end"} else str(value)
    return row


def _shown(value: Any) -> str:
    """A code or name for a message: 'empty' for missing values."""
    return "empty" if value is None or (np.ndim(value) == 0 and pd.isna(value)) else str(value)


def _empty_findings() -> pd.DataFrame:
    return make_findings([])


# ----------------------------------------------------------------------------- countries


@cache
def _cow_table() -> pd.DataFrame:
    table = pd.read_csv(data_file("cow_codes.csv"), dtype={"iso3": "string", "name": "string"},
                        keep_default_na=False, na_values={"iso3": [""], "start": [""],
                                                          "end": [""]})
    table["start"] = pd.to_datetime(table["start"]).fillna(pd.Timestamp("1800-01-01"))
    table["end"] = pd.to_datetime(table["end"]).fillna(pd.Timestamp("2200-01-01"))
    return table


@cache
def _known_codes() -> frozenset[str]:
    """ISO3 codes accepted as they stand: the registry's states plus the COW table's."""
    codes = set(_cow_table()["iso3"].dropna())
    try:
        from unvotes.countries import members

        table = members()
        if "iso3" in table.columns:
            codes.update(str(c) for c in table["iso3"].dropna())
    except Exception:  # registry not available: the COW table still covers every member
        pass
    return frozenset(codes)


@cache
def _iso2_table() -> dict[str, str]:
    """ISO2 → ISO3 from the name registry, with the R package's own uses of ISO2 codes.

    The R data writes CS for Czechoslovakia, DD/YD/YU for the GDR, South Yemen and
    Yugoslavia, and TW for the China seat before 1971 (held by the Republic of China);
    that seat is CHN, as in the UN Digital Library.
    """
    table = {"CS": "CSK", "DD": "DDR", "YD": "YMD", "YU": "YUG", "SU": "SUN", "TW": "CHN"}
    try:
        from unvotes.countries import members

        frame = members()
        if {"iso2", "iso3"} <= set(frame.columns):
            for iso2, iso3 in zip(frame["iso2"], frame["iso3"], strict=True):
                if isinstance(iso2, str) and isinstance(iso3, str) and iso2 not in table:
                    table[iso2] = iso3
    except Exception:  # registry unavailable: names still resolve through _resolve_name
        pass
    return table


def _resolve_name(name: str, on: Any) -> str | None:
    """Registry lookup of a country name at a date; None when unknown or no registry."""
    try:
        from unvotes.countries import resolve

        found = resolve(name, on=on)
    except Exception:
        found = None
    if found:
        return str(found)
    key = name.casefold().strip()
    cow = _cow_table()
    hit = cow.loc[cow["name"].str.casefold() == key, "iso3"].dropna()
    return str(hit.iloc[0]) if len(hit) else None


def _resolve_pairs(names: pd.Series, dates: pd.Series) -> np.ndarray:
    """Resolve names row by row, calling the registry once per distinct (name, date)."""
    if len(names) == 0:
        return np.array([], dtype=object)
    frame = pd.DataFrame({"name": names.astype(object).to_numpy(),
                          "date": pd.to_datetime(dates).to_numpy()})
    if frame.drop_duplicates().shape[0] > 5000:
        frame["date"] = frame["date"].dt.year.map(lambda y: pd.Timestamp(int(y), 7, 1),
                                                  na_action="ignore")
    uniq = frame.drop_duplicates().reset_index(drop=True)
    try:
        from unvotes.countries import resolve_many

        found = resolve_many(uniq["name"], on=list(uniq["date"]))
        uniq["iso3"] = found.astype(object).where(found.notna(), None).to_numpy()
    except Exception:  # registry unavailable or failing: one name at a time with a fallback
        uniq["iso3"] = None
    missing = uniq["iso3"].isna().to_numpy()
    if missing.any():
        uniq.loc[missing, "iso3"] = [
            _resolve_name(str(n), None if pd.isna(d) else pd.Timestamp(d).date())
            if isinstance(n, str) else None
            for n, d in zip(uniq.loc[missing, "name"], uniq.loc[missing, "date"], strict=True)
        ]
    merged = frame.merge(uniq, on=["name", "date"], how="left")
    return np.array([v if isinstance(v, str) else None for v in merged["iso3"]], dtype=object)


def _succession_rules(dates: np.ndarray) -> list[tuple[str, str, np.ndarray]]:
    """(code, state of the day, rows) for codes a source keeps across a change of state:
    RUS before 1991-12-24 is SUN; Serbia's seat is YUG until 2003-02-03, SCG until
    2006-06-02, then SRB (the R data writes RU and YU throughout)."""
    days = pd.to_datetime(dates).to_numpy()
    return [
        ("RUS", "SUN", days < np.datetime64("1991-12-24")),
        ("YUG", "SRB", days > np.datetime64("2006-06-02")),
        ("YUG", "SCG", (days > np.datetime64("2003-02-03"))
         & (days <= np.datetime64("2006-06-02"))),
    ]


def _cow_to_iso3(ccodes: np.ndarray, dates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ISO3 and COW name per row (None when the code is unknown), dated codes by date."""
    cow = _cow_table()
    frame = pd.DataFrame({"ccode": ccodes, "date": pd.to_datetime(dates)})
    uniq = frame.drop_duplicates().reset_index(drop=True)
    iso: list[Any] = []
    nm: list[Any] = []
    by_code = {code: grp for code, grp in cow.groupby("cow_code")}
    for code, day in zip(uniq["ccode"], uniq["date"], strict=True):
        grp = by_code.get(code) if pd.notna(code) else None
        if grp is None:
            iso.append(None)
            nm.append(None)
            continue
        row = grp.iloc[0]
        if len(grp) > 1 and pd.notna(day):
            inside = grp[(grp["start"] <= day) & (grp["end"] >= day)]
            if len(inside):
                row = inside.iloc[0]
        iso.append(None if pd.isna(row["iso3"]) else str(row["iso3"]))
        nm.append(str(row["name"]))
    uniq["iso3"] = iso
    uniq["cow_name"] = nm
    merged = frame.merge(uniq, on=["ccode", "date"], how="left")
    return merged["iso3"].to_numpy(dtype=object), merged["cow_name"].to_numpy(dtype=object)


# ----------------------------------------------------------------------------- assembly


def _counts(rec: np.ndarray, vote: np.ndarray, n_records: int) -> np.ndarray:
    """(n_records, 4) counts of yes/no/abstain/non_voting rows per record."""
    flat = np.bincount(rec.astype(np.int64) * 4 + vote, minlength=4 * n_records)
    return flat.reshape(n_records, 4)


def _meta(path: Path | None, loader: str, fmt: str, rows_read: int, rows_loaded: int,
          rejected: Mapping[str, int], extra: Mapping[str, Any] | None = None) -> dict:
    meta: dict[str, Any] = {
        "source": None if path is None else str(path.resolve()),
        "source_name": None if path is None else path.name,
        "sha256": None if path is None else _sha256(path),
        "format": fmt,
        "loader": loader,
        "loader_version": LOADER_VERSION,
        "unvotes_version": _version(),
        "rows_read": int(rows_read),
        "rows_loaded": int(rows_loaded),
        "rows_rejected": int(sum(rejected.values())),
        "rejected_by_rule": {k: int(v) for k, v in rejected.items() if v},
    }
    if extra:
        meta.update(extra)
    return meta


def _totals_findings(
    source: str, prefix: str, records: pd.DataFrame, counts: np.ndarray, first_line: np.ndarray,
    columns: tuple[str, ...] = ("yes", "no", "abstain", "non_voting"),
) -> list[dict]:
    """Records whose published totals differ from the counted state rows."""
    idx = [VOTE_CATEGORIES.index(c) for c in columns]
    published = np.column_stack(
        [records[c].to_numpy(dtype="float64", na_value=np.nan) for c in columns]
    ) if len(records) else np.zeros((0, len(columns)))
    counted = counts[:, idx].astype("float64")
    known = ~np.isnan(published)
    bad = np.flatnonzero(((published != counted) & known).any(axis=1))
    out = []
    for i in bad:
        expected = " ".join(f"{c}={int(v)}" if not np.isnan(v) else f"{c}=NA"
                            for c, v in zip(columns, published[i], strict=True))
        observed = " ".join(f"{c}={int(v)}" for c, v in zip(columns, counted[i], strict=True))
        rid = int(records["record_id"].iat[i])
        res = records["resolution"].iat[i]
        out.append(_finding(
            source, f"{prefix}.totals_mismatch", "error",
            f"record {rid} (first row on line {int(first_line[i])}): published totals "
            f"{expected} but the state rows count {observed}",
            expected=expected, observed=observed, record_id=rid,
            resolution=None if pd.isna(res) else res,
        ))
    return out


def _problems(rows: list[dict]) -> pd.DataFrame:
    """The findings frame; absent text fields stay NA (not the text "nan")."""
    if not rows:
        return _empty_findings()
    frame = make_findings(rows)
    for col in ("expected", "observed", "record_id"):
        frame[col] = pd.array([row.get(col) for row in rows], dtype="string")
    return frame


def _grouped_rows(
    source: str, rule: str, severity: str, what: str, mask: np.ndarray, rec_ids: np.ndarray,
    lines: np.ndarray, details: np.ndarray, resolution_of: Callable[[int], Any],
) -> list[dict]:
    """One finding per record for the rows in ``mask`` (line numbers and details listed)."""
    out: list[dict] = []
    pos = np.flatnonzero(mask)
    if len(pos) == 0:
        return out
    frame = pd.DataFrame({"rid": rec_ids[pos], "line": lines[pos], "detail": details[pos]})
    for rid, grp in frame.groupby("rid", sort=False):
        shown = "; ".join(f"line {ln}: {d}" for ln, d in
                          zip(grp["line"].head(10), grp["detail"].head(10), strict=True))
        more = f" (and {len(grp) - 10} more)" if len(grp) > 10 else ""
        rid_i = int(rid)
        out.append(_finding(
            source, rule, severity, f"record {rid_i}: {len(grp)} {what}: {shown}{more}",
            observed=len(grp), record_id=rid_i, resolution=resolution_of(rid_i),
        ))
    return out


# ----------------------------------------------------------------------------- DHL CSV


def _undl_columns(path: Path, raw: list[str]) -> tuple[list[str], str]:
    names = []
    for name in raw:
        key = name.strip().lower()
        names.append(_UNDL_ALIASES.get(key, key))
    present = set(names)
    missing = [c for c in _UNDL_REQUIRED if c not in present]
    if missing:
        raise MissingColumnsError(missing, path=path)
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise DataFormatError(f"duplicate column name(s) in the header: {', '.join(dupes)}",
                              path=path, line=1)
    body = "SC" if present & _SC_MARKERS else "GA"
    return names, body


def read_undl(path: str | os.PathLike[str]) -> VoteData:
    """Read a UN Dag Hammarskjöld Library GA or SC voting CSV (``.csv``, ``.csv.gz``, ``.zip``).

    GA and SC are told apart by the header (``permanent_member``/``description``/``modality``
    mean SC). Vote codes ``Y``, ``N``, ``A``, ``X`` (and ``NV``, any case) are read; other
    codes reject the row. Known variants are tolerated: ``session`` as text ("ES-10", kept
    in ``records.session_label``), totals written "120.0", extra columns (kept in
    ``votes``), empty ``ms_code`` (resolved from the name through the country registry, at
    the date of the vote). ``records.recorded_rows`` is the number of state rows read.

    Raises :class:`MissingColumnsError` when required columns are missing and
    :class:`DataFormatError` (file and line) for a malformed row or a truncated file.

    >>> data = read_undl("undl_ga_voting.csv.gz")            # doctest: +SKIP
    >>> m = data.metadata                                   # doctest: +SKIP
    >>> m["rows_read"] == m["rows_loaded"] + m["rows_rejected"]  # doctest: +SKIP
    True
    """
    path = _check_path(path)
    opener = _opener(path)
    raw_names, delimiter = _header(path, opener)
    names, body = _undl_columns(path, raw_names)
    dict_type = pa.dictionary(pa.int32(), pa.string())
    table = _read_table(path, opener, names, delimiter, dict.fromkeys(names, dict_type))
    source = path.name
    n = table.num_rows
    lines = np.arange(2, n + 2, dtype=np.int64)
    findings: list[dict] = []
    rejected: dict[str, int] = {}

    # record ids: parse each distinct text once
    id_idx, id_vals = _dict_column(table, "undl_id")
    id_num = np.append(_parse_ints(id_vals), np.nan)[id_idx]
    id_ok = ~np.isnan(id_num) & (id_num >= 0)
    if not id_ok.all():
        bad = np.flatnonzero(~id_ok)
        rejected["undl.missing_record_id"] = len(bad)
        shown = ", ".join(str(int(lines[i])) for i in bad[:10])
        findings.append(_finding(
            source, "undl.missing_record_id", "error",
            f"{len(bad)} row(s) without a readable undl_id were rejected (lines {shown}"
            f"{', ...' if len(bad) > 10 else ''})", observed=len(bad)))
    rid_all, rec_codes_all, rec_uniques, order, starts, first_pos, keep_rec = _group_by_record(
        id_num, id_ok)
    n_rec_all = len(rec_uniques)
    first_table = table.take(pa.array(first_pos, type=pa.int64()))

    # record-level columns: first row of each record; report those that vary inside a record
    title_col = "title" if body == "GA" else "description"
    record_cols = [c for c in names if c not in _UNDL_STATE_COLUMNS and c != "undl_id"
                   and c in _UNDL_KNOWN]
    extra_cols = [c for c in names if c not in _UNDL_KNOWN]
    for col in record_cols:
        idx, _ = _dict_column(table, col)
        varies = _varies(idx, order, starts) & keep_rec
        if varies.any():
            bad_recs = rec_uniques[varies]
            findings.append(_finding(
                source, "undl.inconsistent_record", "warning",
                f"column {col!r} differs between the rows of {int(varies.sum())} record(s) "
                f"(first {int(bad_recs[0])}); the first row's value is kept",
                observed=int(varies.sum()), record_id=int(bad_recs[0])))

    def first_text(name: str) -> pd.api.extensions.ExtensionArray:
        if name not in first_table.column_names:
            return pd.array([None] * n_rec_all, dtype="string")
        return _arrow_strings(first_table.column(name))

    dates_txt = first_text("date")
    dates = _parse_dates(dates_txt)
    bad_dates = dates.isna().to_numpy() & keep_rec
    if bad_dates.any():
        first = int(np.flatnonzero(bad_dates)[0])
        findings.append(_finding(
            source, "undl.bad_date", "warning",
            f"{int(bad_dates.sum())} record(s) have no readable date (first "
            f"{int(rec_uniques[first])}, text {dates_txt[first]!r})",
            observed=int(bad_dates.sum()), record_id=int(rec_uniques[first])))
    session_txt = first_text("session")
    session_num = _parse_ints(session_txt)
    totals: dict[str, Any] = {}
    for src_col, dst in _UNDL_TOTALS.items():
        txt = first_text(src_col)
        nums = _parse_ints(txt)
        unreadable = np.asarray(pd.notna(txt)) & np.isnan(nums) & keep_rec
        if unreadable.any():
            first = int(np.flatnonzero(unreadable)[0])
            findings.append(_finding(
                source, "undl.bad_total", "warning",
                f"{src_col} is not a whole number in {int(unreadable.sum())} record(s) "
                f"(first {int(rec_uniques[first])}: {txt[first]!r})",
                observed=txt[first], record_id=int(rec_uniques[first])))
        totals[dst] = _int_array(nums, "Int64")
    records = pd.DataFrame({
        "record_id": pd.array(rec_uniques, dtype="int64"),
        "body": pd.array([body] * n_rec_all, dtype="string"),
        "resolution": first_text("resolution"),
        "date": dates.to_numpy(),
        "session": _int_array(session_num, "Int16"),
        "title": first_text(title_col),
        **totals,
        "meeting": first_text("meeting"),
        "link": first_text("undl_link"),
    })
    for col in record_cols:
        if col in {"date", "session", "resolution", "meeting", "undl_link", title_col,
                   *_UNDL_TOTALS}:
            continue
        records[col] = first_text(col)
    if "session" in record_cols:
        records["session_label"] = session_txt
    records = records.loc[keep_rec].reset_index(drop=True)
    res_by_id = dict(zip(records["record_id"].tolist(), records["resolution"].tolist(),
                         strict=True))

    def res_of(rid: int) -> Any:
        value = res_by_id.get(rid)
        return None if value is None or pd.isna(value) else value

    # votes: codes per distinct text
    vote_idx, vote_vals = _dict_column(table, "ms_vote")
    code_of = [_UNDL_CODES.get(str(v).strip().upper(), -1) if v is not None else -1
               for v in vote_vals]
    vote = np.array([*code_of, -1], dtype=np.int8)[vote_idx]
    bad_vote = (vote < 0) & id_ok
    name_idx, name_vals = _dict_column(table, "ms_name")
    name_lut = np.array([*name_vals, None], dtype=object)
    if bad_vote.any():
        vote_lut = np.array([*vote_vals, None], dtype=object)
        details = np.full(n, "", dtype=object)
        details[bad_vote] = [f"{nm} {_shown(v) if v is None else repr(v)}"
                             for nm, v in zip(name_lut[name_idx[bad_vote]],
                                              vote_lut[vote_idx[bad_vote]], strict=True)]
        findings += _grouped_rows(source, "undl.unknown_vote_code", "error",
                                  "row(s) with an unreadable vote code rejected", bad_vote,
                                  rid_all, lines, details, res_of)
        rejected["undl.unknown_vote_code"] = int(bad_vote.sum())

    # iso3 as codes into `iso_cats`: the file's code when it is a known state code,
    # otherwise the registry's answer for the name at the date of the vote
    known = _known_codes()
    if "ms_code" in names:
        code_idx, code_vals = _dict_column(table, "ms_code")
        clean = [str(c).strip().upper() if c is not None else None for c in code_vals]
    else:
        code_idx, clean = np.full(n, -1, dtype=np.int32), []
    iso_cats = sorted({c for c in clean if c in known})
    pos_of = {c: i for i, c in enumerate(iso_cats)}
    iso_code = np.array([pos_of.get(c, -1) for c in clean] + [-1], dtype=np.int32)[code_idx]
    raw_lut = np.array([*clean, None], dtype=object)
    need = np.flatnonzero((iso_code < 0) & id_ok)
    if len(need):
        rec_dates = pd.Series(dates.to_numpy(), index=rec_uniques)
        got = _resolve_pairs(pd.Series(name_lut[name_idx[need]]),
                             pd.Series(rec_dates.reindex(rid_all[need]).to_numpy()))
        for iso in sorted({g for g in got if g is not None} - set(iso_cats)):
            pos_of[iso] = len(iso_cats)
            iso_cats.append(iso)
        iso_code[need] = [pos_of[g] if g is not None else -1 for g in got]
        sub = pd.DataFrame({"name": name_lut[name_idx[need]], "code": raw_lut[code_idx[need]],
                            "iso3": got, "rid": rid_all[need], "line": lines[need],
                            "loaded": vote[need] >= 0})
        sub["rule"] = np.where(sub["iso3"].isna(), "undl.unresolved_code",
                               np.where(sub["code"].isna(), "undl.code_from_name",
                                        "undl.unknown_code"))
        sub = sub[sub["loaded"]]
        for (rule, nm, cd, iso), grp in sub.groupby(["rule", "name", "code", "iso3"],
                                                    dropna=False, sort=True):
            rid0 = int(grp["rid"].iat[0])
            where = (f"{len(grp)} row(s) in {grp['rid'].nunique()} record(s), first line "
                     f"{int(grp['line'].iat[0])}")
            if rule == "undl.unresolved_code":
                findings.append(_finding(
                    source, rule, "warning",
                    f"{nm} (ms_code {_shown(cd)}) matches no state; kept with iso3 NA: {where}",
                    observed=nm, record_id=rid0, resolution=res_of(rid0)))
            else:
                what = ("empty ms_code" if rule == "undl.code_from_name"
                        else f"ms_code {cd} is not a known state code")
                findings.append(_finding(
                    source, rule, "info" if rule == "undl.code_from_name" else "warning",
                    f"{nm}: {what}; resolved from the name to {iso}: {where}",
                    expected=iso, observed=cd, record_id=rid0, resolution=res_of(rid0)))

    # duplicate state rows within a record (same iso3, or same name when iso3 is unknown)
    candidate = (vote >= 0) & id_ok
    state_key = np.where(iso_code >= 0, iso_code, len(iso_cats) + name_idx.astype(np.int64))
    dup = np.zeros(n, dtype=bool)
    if candidate.any():
        dup[candidate] = _state_duplicates(rec_codes_all[candidate], state_key[candidate])
    if dup.any():
        details = np.full(n, "", dtype=object)
        vote_words = np.array(VOTE_CATEGORIES, dtype=object)
        details[dup] = [f"{nm} ({w}) repeats an earlier row of the same state"
                        for nm, w in zip(name_lut[name_idx[dup]], vote_words[vote[dup]],
                                         strict=True)]
        findings += _grouped_rows(source, "undl.duplicate_state", "error",
                                  "duplicate state row(s) rejected (the first row is kept)",
                                  dup, rid_all, lines, details, res_of)
        rejected["undl.duplicate_state"] = int(dup.sum())

    keep = candidate & ~dup
    all_kept = bool(keep.all())
    counts = _counts(rec_codes_all[keep], vote[keep].astype(np.int64), n_rec_all)[keep_rec]
    rows_read = np.bincount(rec_codes_all, minlength=n_rec_all)[keep_rec]
    first_line = lines[first_pos][keep_rec] if n_rec_all else np.zeros(0, dtype=np.int64)
    findings += _totals_findings(source, "undl", records, counts, first_line)
    findings += _members_findings(source, records, rows_read, res_of)

    def kept(values: np.ndarray) -> np.ndarray:
        return values if all_kept else values[keep]

    votes = pd.DataFrame({
        "record_id": pd.array(kept(rid_all), dtype="int64"),
        "iso3": _cat_from_codes(kept(iso_code), iso_cats),
        "name": _cat_from_codes(kept(name_idx), name_vals),
        "vote": pd.Categorical.from_codes(kept(vote), dtype=VOTE_DTYPE),
    })
    if "permanent_member" in names:
        pm_idx, pm_vals = _dict_column(table, "permanent_member")
        truth = {"true": True, "1": True, "yes": True, "y": True,
                 "false": False, "0": False, "no": False, "n": False}
        pm = np.array([truth.get(str(v).strip().lower(), -1) if v is not None else -1
                       for v in pm_vals] + [-1], dtype=np.int8)[kept(pm_idx)]
        votes["permanent_member"] = pd.arrays.BooleanArray(pm == 1, pm < 0)
    for col in extra_cols:
        idx, vals = _dict_column(table, col)
        votes[col] = _cat_from_codes(kept(idx), vals)
    records["recorded_rows"] = pd.array(rows_read, dtype="int64")

    problems = _problems(findings)
    meta = _meta(path, "read_undl", f"undl_{body.lower()}", n, int(keep.sum()), rejected,
                 {"body": body, "columns": raw_names})
    return VoteData(records, votes, problems, meta)


def _members_findings(source: str, records: pd.DataFrame, rows_read: np.ndarray,
                      res_of: Callable[[int], Any]) -> list[dict]:
    """total_ms against the rows listed, and the four totals against total_ms."""
    out: list[dict] = []
    if not len(records):
        return out
    members = records["members"].to_numpy(dtype="float64", na_value=np.nan)
    four = records[["yes", "no", "abstain", "non_voting"]].to_numpy(
        dtype="float64", na_value=np.nan).sum(axis=1)
    for i in np.flatnonzero(~np.isnan(members) & (members != rows_read)):
        rid = int(records["record_id"].iat[i])
        out.append(_finding(
            source, "undl.members_mismatch", "warning",
            f"record {rid}: total_ms is {int(members[i])} but {int(rows_read[i])} state "
            f"row(s) are listed", expected=int(members[i]), observed=int(rows_read[i]),
            record_id=rid, resolution=res_of(rid)))
    for i in np.flatnonzero(~np.isnan(members) & ~np.isnan(four) & (members != four)):
        rid = int(records["record_id"].iat[i])
        out.append(_finding(
            source, "undl.totals_sum", "warning",
            f"record {rid}: yes+no+abstain+non_voting = {int(four[i])} but total_ms = "
            f"{int(members[i])}", expected=int(members[i]), observed=int(four[i]),
            record_id=rid, resolution=res_of(rid)))
    return out


# ----------------------------------------------------------------------------- Voeten

# Voeten's column names (lower-cased) → the names used here.
_VOETEN_ALIASES = {"countryname": "countryname", "country_name": "countryname", "ccode": "ccode",
                   "cow": "ccode", "cowcode": "ccode", "rcid": "rcid", "vote": "vote"}
_VOETEN_RECORD_COLS = ["session", "date", "unres", "short", "descr", "importantvote", "amend",
                       "para", "year", "yes", "no", "abstain", "me", "nu", "di", "hr", "co",
                       "ec", "resid", "uniquename"]


def _numeric(series: pd.Series) -> np.ndarray:
    """Whole numbers from a text column ("3", "3.0"), NaN when unreadable; one parse per value."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = np.append(_parse_ints(series.cat.categories), np.nan)
        return cats[series.cat.codes.to_numpy()]
    return _parse_ints(series)


def read_voeten(path: str | os.PathLike[str]) -> VoteData:
    """Read Erik Voeten's UN General Assembly votes as published on Harvard Dataverse.

    CSV or tab-separated (``.csv``, ``.tab``, ``.tsv``, compressed or zipped) with at least
    ``rcid``, ``ccode`` and ``vote``. Codes: 1 yes, 2 abstain, 3 no, 8 absent (read as
    ``non_voting``), 9 not a member (the row is excluded and counted as rejected, with one
    summary finding). COW country codes become ISO3 through ``data/cow_codes.csv`` (dated
    codes such as 365 USSR/Russia by the date of the vote); unknown codes fall back to the
    ``Countryname`` column through the country registry. ``records.yes/no/abstain`` are the
    published totals when the file has them (checked against the rows), otherwise counted;
    ``non_voting`` and ``members`` are always counted from the rows.

    >>> data = read_voeten("UNVotes.csv")                   # doctest: +SKIP
    >>> data.votes.vote.cat.categories.tolist()             # doctest: +SKIP
    ['yes', 'no', 'abstain', 'non_voting']
    """
    path = _check_path(path)
    opener = _opener(path)
    raw_names, delimiter = _header(path, opener)
    names = [_VOETEN_ALIASES.get(n.strip().lower(), n.strip().lower()) for n in raw_names]
    missing = [c for c in ("rcid", "ccode", "vote") if c not in names]
    if missing:
        raise MissingColumnsError(missing, path=path)
    # Voeten's files sometimes start with an unnamed row-number column
    names = [n if n else f"column_{i}" for i, n in enumerate(names)]
    dict_type = pa.dictionary(pa.int32(), pa.string())
    table = _read_table(path, opener, names, delimiter, dict.fromkeys(names, dict_type))
    frame = table.to_pandas()  # dictionary strings become categoricals: no Python strings
    source = path.name
    n = len(frame)
    lines = np.arange(2, n + 2, dtype=np.int64)
    findings: list[dict] = []
    rejected: dict[str, int] = {}

    rcid = _numeric(frame["rcid"])
    vote_num = _numeric(frame["vote"])
    ccode = _numeric(frame["ccode"])
    id_ok = ~np.isnan(rcid)
    if (~id_ok).any():
        bad = np.flatnonzero(~id_ok)
        rejected["voeten.missing_record_id"] = len(bad)
        findings.append(_finding(
            source, "voeten.missing_record_id", "error",
            f"{len(bad)} row(s) without a readable rcid were rejected (first line "
            f"{int(lines[bad[0]])})", observed=len(bad)))
    rid_all, rec_codes, rec_uniques, order, starts, first_pos, keep_rec = _group_by_record(
        rcid, id_ok)

    vote = np.full(n, -1, dtype=np.int8)
    for code, cat in _VOETEN_CODES.items():
        vote[vote_num == code] = cat
    not_member = (vote_num == _VOETEN_NOT_MEMBER) & id_ok
    unknown = (vote < 0) & ~not_member & id_ok
    if not_member.any():
        rejected["voeten.not_member"] = int(not_member.sum())
        findings.append(_finding(
            source, "voeten.not_member", "info",
            f"{int(not_member.sum())} row(s) coded 9 (not a member) in "
            f"{len(np.unique(rid_all[not_member]))} roll call(s) are not votes and were "
            f"excluded", observed=int(not_member.sum())))
    if unknown.any():
        rejected["voeten.unknown_vote_code"] = int(unknown.sum())
        raw = frame["vote"].astype(object).to_numpy()[unknown]
        shown = ", ".join(sorted({str(v) for v in raw})[:10])
        findings.append(_finding(
            source, "voeten.unknown_vote_code", "error",
            f"{int(unknown.sum())} row(s) with a vote code other than 1, 2, 3, 8, 9 were "
            f"rejected (codes {shown}; first line {int(lines[np.flatnonzero(unknown)[0]])})",
            observed=shown, record_id=int(rid_all[np.flatnonzero(unknown)[0]])))

    # records: first row of each roll call
    rec_frame = frame.iloc[first_pos].reset_index(drop=True) if len(first_pos) else frame.iloc[:0]
    for col in _VOETEN_RECORD_COLS:
        if col in frame.columns:
            varies = _varies(frame[col].cat.codes.to_numpy(), order, starts) & keep_rec
            if varies.any():
                findings.append(_finding(
                    source, "voeten.inconsistent_record", "warning",
                    f"column {col!r} differs between the rows of {int(varies.sum())} roll "
                    f"call(s) (first {int(rec_uniques[varies][0])}); the first row's value "
                    "is kept", observed=int(varies.sum()), record_id=int(rec_uniques[varies][0])))
    if "date" in rec_frame.columns:
        dates = _parse_dates(rec_frame["date"].astype("string"))
    elif "year" in rec_frame.columns:
        years = _numeric(rec_frame["year"])
        dates = pd.to_datetime(pd.Series([f"{int(y)}-01-01" if not np.isnan(y) else None
                                          for y in years], dtype=object), errors="coerce")
    else:
        dates = pd.Series(pd.NaT, index=rec_frame.index)
    dates = pd.Series(dates).astype("datetime64[ns]")
    n_rec = len(rec_uniques)
    counts = _counts(rec_codes[(vote >= 0) & id_ok], vote[(vote >= 0) & id_ok].astype(np.int64),
                     n_rec)

    def num_col(name: str) -> pd.arrays.IntegerArray:
        if name not in rec_frame.columns:
            return pd.array([None] * n_rec, dtype="Int64")
        vals = _numeric(rec_frame[name])
        return pd.array(np.where(np.isnan(vals), None, vals).tolist(), dtype="Int64")

    def text_col(name: str) -> Any:
        if name not in rec_frame.columns:
            return pd.array([None] * n_rec, dtype="string")
        return pd.array(rec_frame[name].astype(object).where(rec_frame[name].notna(), None)
                        .tolist(), dtype="string")

    has_totals = all(c in rec_frame.columns for c in ("yes", "no", "abstain"))
    session = num_col("session")
    records = pd.DataFrame({
        "record_id": pd.array(rec_uniques, dtype="int64"),
        "body": pd.array(["GA"] * n_rec, dtype="string"),
        "resolution": pd.array([_normalise_unres(u) for u in text_col("unres")],
                               dtype="string"),
        "date": dates.to_numpy(),
        "session": pd.array(session, dtype="Int16"),
        "title": text_col("descr") if "descr" in rec_frame.columns else text_col("short"),
        "yes": num_col("yes") if has_totals else pd.array(counts[:, 0], dtype="Int64"),
        "no": num_col("no") if has_totals else pd.array(counts[:, 1], dtype="Int64"),
        "abstain": num_col("abstain") if has_totals else pd.array(counts[:, 2], dtype="Int64"),
        "non_voting": pd.array(counts[:, 3], dtype="Int64"),
        "members": pd.array(counts.sum(axis=1), dtype="Int64"),
        "meeting": pd.array([None] * n_rec, dtype="string"),
        "link": pd.array([None] * n_rec, dtype="string"),
    })
    for col in ("unres", "short"):
        if col in rec_frame.columns:
            records[col] = text_col(col)
    for col in ("importantvote", "amend", "para", "me", "nu", "di", "hr", "co", "ec"):
        if col in rec_frame.columns:
            records[col] = pd.array(num_col(col), dtype="Int8")
    # keep every other column the reader does not use, per record or per row
    used = {"rcid", "ccode", "vote", "country", "countryname", "member", *_VOETEN_RECORD_COLS}
    for col in names:
        if col in used or col.startswith("column_"):
            continue
        codes = frame[col].cat.codes.to_numpy()
        if _varies(codes, order, starts).any():
            continue  # a per-row column; added to votes below
        records[col] = text_col(col)
    keep_rows_cols = [c for c in names if c not in used and c not in records.columns]
    if has_totals:
        findings += _totals_findings(source, "voeten", records, counts,
                                     lines[first_pos], ("yes", "no", "abstain"))
    records = records.loc[keep_rec].reset_index(drop=True)

    # countries
    rec_dates = pd.Series(dates.to_numpy(), index=rec_uniques)
    row_dates = rec_dates.reindex(rid_all).to_numpy()
    iso3, cow_names = _cow_to_iso3(ccode, row_dates)
    if "countryname" in frame.columns:
        names_arr = frame["countryname"].astype(object).to_numpy()
    elif "country" in frame.columns:
        names_arr = frame["country"].astype(object).to_numpy()
    else:
        names_arr = cow_names
    names_arr = np.where(pd.isna(names_arr), cow_names, names_arr)
    keep = (vote >= 0) & id_ok
    need = np.flatnonzero(pd.isna(iso3) & keep)
    if len(need):
        fallback = names_arr[need]
        got = np.array([None] * len(need), dtype=object)
        has_name = np.array([isinstance(v, str) for v in fallback])
        if has_name.any():
            got[has_name] = _resolve_pairs(pd.Series(fallback[has_name]),
                                           pd.Series(row_dates[need][has_name]))
        iso3[need] = got
        sub = pd.DataFrame({"code": ccode[need], "name": fallback, "iso3": got,
                            "rid": rid_all[need], "line": lines[need]})

        def voeten_label(cc: Any, nm: Any) -> tuple[str, Any]:
            code = None if pd.isna(cc) else int(cc)
            return f"ccode {cc if code is None else code} ({nm})", code

        findings += _name_fallback_findings(source, "voeten", sub, voeten_label)
    iso_codes, iso_uniques = pd.factorize(iso3)
    name_codes, _ = pd.factorize(names_arr)
    state_key = np.where(iso_codes >= 0, iso_codes,
                         len(iso_uniques) + np.where(name_codes >= 0, name_codes, 0))
    dup = np.zeros(n, dtype=bool)
    if keep.any():
        dup[keep] = _state_duplicates(rec_codes[keep], state_key[keep])
    if dup.any():
        rejected["voeten.duplicate_state"] = int(dup.sum())
        details = np.full(n, "", dtype=object)
        details[dup] = [f"{nm} repeats an earlier row of the same state" for nm in names_arr[dup]]
        res_by_id = dict(zip(records["record_id"].tolist(), records["resolution"].tolist(),
                             strict=True))
        findings += _grouped_rows(
            source, "voeten.duplicate_state", "error",
            "duplicate state row(s) rejected (the first row is kept)", dup, rid_all, lines,
            details, lambda r: None if pd.isna(res_by_id.get(r, pd.NA)) else res_by_id[r])
    keep &= ~dup
    votes = pd.DataFrame({
        "record_id": pd.array(rid_all[keep], dtype="int64"),
        "iso3": _categorical(iso3[keep]),
        "name": _categorical(names_arr[keep]),
        "vote": pd.Categorical.from_codes(vote[keep], dtype=VOTE_DTYPE),
        "ccode": pd.array(np.where(np.isnan(ccode[keep]), None, ccode[keep]).tolist(),
                          dtype="Int16"),
    })
    if "member" in frame.columns:
        member = _numeric(frame["member"])[keep]
        votes["member"] = pd.arrays.BooleanArray(member == 1, np.isnan(member))
    if "country" in frame.columns and "countryname" in frame.columns:
        votes["country"] = _categorical(frame["country"].astype(object).to_numpy()[keep])
    for col in keep_rows_cols:
        if col.startswith("column_"):
            continue
        votes[col] = _categorical(frame[col].astype(object).to_numpy()[keep])
    problems = _problems(findings)
    meta = _meta(path, "read_voeten", "voeten", n, int(keep.sum()), rejected,
                 {"body": "GA", "columns": raw_names})
    return VoteData(records, votes, problems, meta)


# ----------------------------------------------------------------------------- R unvotes


def _frame_from(obj: pd.DataFrame | str | os.PathLike[str], what: str) -> tuple[pd.DataFrame,
                                                                                Path | None]:
    if isinstance(obj, pd.DataFrame):
        return obj, None
    path = _check_path(obj)
    suffix = "".join(path.suffixes).lower()
    try:
        if suffix.endswith(".parquet"):
            return pd.read_parquet(path), path
        if suffix.endswith((".feather", ".arrow")):
            return pd.read_feather(path), path
        return pd.read_csv(path, engine="pyarrow"), path
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise DataFormatError(f"cannot read the {what} table ({exc})", path=path) from exc


def read_rvotes(
    votes: pd.DataFrame | str | os.PathLike[str],
    roll_calls: pd.DataFrame | str | os.PathLike[str],
) -> VoteData:
    """Read the R ``unvotes`` package layout: ``un_votes`` and ``un_roll_calls``.

    Each argument is a DataFrame or a file (Parquet, Feather or CSV). ``un_votes`` needs
    ``rcid``, ``country``, ``country_code`` (ISO2) and ``vote`` (yes/no/abstain);
    ``un_roll_calls`` needs ``rcid``, ``session``, ``date`` and ``unres``. ISO2 becomes ISO3
    through the country registry (NA codes, e.g. "Federal Republic of Germany", resolve by
    name); codes the package keeps across a change of state are dated: ``RU`` before
    1991-12-24 is SUN, ``YU`` is YUG/SCG/SRB by date, ``TW`` (the China
    seat before 1971) is CHN. ``yes``/``no``/``abstain`` are counted
    (the package dropped the published totals); ``non_voting`` and ``members`` are NA
    because absent rows were dropped upstream.

    >>> data = read_rvotes("un_votes.parquet", "un_roll_calls.parquet")  # doctest: +SKIP
    """
    vframe, vpath = _frame_from(votes, "un_votes")
    rframe, rpath = _frame_from(roll_calls, "un_roll_calls")
    miss_v = [c for c in ("rcid", "country", "country_code", "vote") if c not in vframe.columns]
    if miss_v:
        raise MissingColumnsError(miss_v, path=vpath or "un_votes")
    miss_r = [c for c in ("rcid", "session", "date", "unres") if c not in rframe.columns]
    if miss_r:
        raise MissingColumnsError(miss_r, path=rpath or "un_roll_calls")
    source = vpath.name if vpath else "un_votes"
    n = len(vframe)
    findings: list[dict] = []
    rejected: dict[str, int] = {}

    # roll calls
    rc = rframe.drop_duplicates("rcid", keep="first")
    if len(rc) < len(rframe):
        findings.append(_finding(
            source, "rvotes.duplicate_roll_call", "warning",
            f"{len(rframe) - len(rc)} repeated rcid row(s) in un_roll_calls; the first is kept",
            observed=len(rframe) - len(rc)))
    rc = rc.reset_index(drop=True)
    rc_ids = pd.to_numeric(rc["rcid"], errors="coerce")
    if rc_ids.isna().any():
        findings.append(_finding(
            source, "rvotes.missing_record_id", "warning",
            f"{int(rc_ids.isna().sum())} roll call(s) without an rcid were left out",
            observed=int(rc_ids.isna().sum())))
        rc = rc.loc[rc_ids.notna()].reset_index(drop=True)
        rc_ids = rc_ids.dropna().reset_index(drop=True)
    rec_ids = rc_ids.astype("int64").to_numpy()
    rdates = pd.to_datetime(rc["date"], errors="coerce").astype("datetime64[ns]")

    # votes
    vrcid = pd.to_numeric(vframe["rcid"], errors="coerce").to_numpy(dtype="float64")
    pos = pd.Index(rec_ids).get_indexer(np.where(np.isnan(vrcid), -1, vrcid).astype(np.int64))
    no_record = pos < 0
    vote_codes, vote_uniques = pd.factorize(vframe["vote"])
    vote_texts = [str(v).strip().lower() for v in vote_uniques]
    vote = np.array([_RVOTES_CODES.get(v, -1) for v in vote_texts] + [-1],
                    dtype=np.int8)[vote_codes]
    bad_vote = (vote < 0) & ~no_record
    if no_record.any():
        rejected["rvotes.unknown_record"] = int(no_record.sum())
        findings.append(_finding(
            source, "rvotes.unknown_record", "error",
            f"{int(no_record.sum())} vote row(s) name an rcid missing from un_roll_calls "
            f"and were rejected (first row {int(np.flatnonzero(no_record)[0]) + 1})",
            observed=int(no_record.sum())))
    if bad_vote.any():
        rejected["rvotes.unknown_vote_code"] = int(bad_vote.sum())
        shown = ", ".join(sorted({str(v) for v in
                                  np.array([*vote_texts, "NA"], dtype=object)[
                                      vote_codes[bad_vote]]})[:10])
        findings.append(_finding(
            source, "rvotes.unknown_vote_code", "error",
            f"{int(bad_vote.sum())} row(s) with an unknown vote ({shown}) were rejected",
            observed=shown))
    row_dates = rdates.to_numpy()[np.where(no_record, 0, pos)] if len(rdates) else \
        np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    name_codes, name_uniques = pd.factorize(vframe["country"])
    name_list = [str(v) for v in name_uniques]
    name_lut = np.array([*name_list, None], dtype=object)
    iso2_codes, iso2_uniques = pd.factorize(vframe["country_code"])
    iso2_list = [str(v) for v in iso2_uniques]
    iso2_lut = np.array([*iso2_list, None], dtype=object)
    table2 = _iso2_table()
    first_iso = [table2.get(c.strip().upper()) for c in iso2_list]
    iso_cats = sorted({c for c in first_iso if c})
    pos_of = {c: i for i, c in enumerate(iso_cats)}

    def code_for(iso: str) -> int:
        if iso not in pos_of:
            pos_of[iso] = len(iso_cats)
            iso_cats.append(iso)
        return pos_of[iso]

    iso_code = np.array([pos_of[c] if c else -1 for c in first_iso] + [-1],
                        dtype=np.int32)[iso2_codes]
    keep = ~no_record & ~bad_vote
    need = np.flatnonzero((iso_code < 0) & keep)
    if len(need):
        need_names = name_lut[name_codes[need]]
        got = _resolve_pairs(pd.Series(need_names), pd.Series(row_dates[need]))
        iso_code[need] = [code_for(g) if g else -1 for g in got]
        sub = pd.DataFrame({"code": iso2_lut[iso2_codes[need]], "name": need_names, "iso3": got,
                            "rid": vrcid[need]})

        def rvotes_label(cd: Any, nm: Any) -> tuple[str, Any]:
            code = None if cd is None or pd.isna(cd) else cd
            return f"{nm} (country_code {'NA' if code is None else code})", code

        findings += _name_fallback_findings(source, "rvotes", sub, rvotes_label)
    for old_code, new_code, when in _succession_rules(row_dates):
        if old_code in pos_of:
            moved = (iso_code == pos_of[old_code]) & when
            if moved.any():
                iso_code[moved] = code_for(new_code)
    rec_codes = np.where(no_record, -1, pos)
    state_key = np.where(iso_code >= 0, iso_code, len(iso_cats) + np.maximum(name_codes, 0))
    dup = np.zeros(n, dtype=bool)
    if keep.any():
        dup[keep] = _state_duplicates(rec_codes[keep], state_key[keep])
    if dup.any():
        rejected["rvotes.duplicate_state"] = int(dup.sum())
        details = np.full(n, "", dtype=object)
        details[dup] = [f"{nm} repeats an earlier row of the same state"
                        for nm in name_lut[name_codes[dup]]]
        res = {int(r): _normalise_unres(u) for r, u in zip(rec_ids, rc["unres"], strict=True)}
        findings += _grouped_rows(
            source, "rvotes.duplicate_state", "error",
            "duplicate state row(s) rejected (the first row is kept)", dup,
            np.where(np.isnan(vrcid), -1, vrcid).astype(np.int64),
            np.arange(1, n + 1), details,
            lambda r: None if pd.isna(res.get(r, pd.NA)) else res[r])
    keep &= ~dup
    counts = _counts(rec_codes[keep], vote[keep].astype(np.int64), len(rc))

    def opt_text(col: str) -> Any:
        if col not in rc.columns:
            return pd.array([None] * len(rc), dtype="string")
        return pd.array(rc[col].astype(object).where(rc[col].notna(), None).tolist(),
                        dtype="string")

    session = pd.to_numeric(rc["session"], errors="coerce")
    records = pd.DataFrame({
        "record_id": pd.array(rec_ids, dtype="int64"),
        "body": pd.array(["GA"] * len(rc), dtype="string"),
        "resolution": pd.array([_normalise_unres(u) for u in rc["unres"]], dtype="string"),
        "date": rdates.to_numpy(),
        "session": pd.array(session.round().astype("Int64"), dtype="Int16"),
        "title": opt_text("descr"),
        "yes": pd.array(counts[:, 0], dtype="Int64"),
        "no": pd.array(counts[:, 1], dtype="Int64"),
        "abstain": pd.array(counts[:, 2], dtype="Int64"),
        "non_voting": pd.array([None] * len(rc), dtype="Int64"),
        "members": pd.array([None] * len(rc), dtype="Int64"),
        "meeting": pd.array([None] * len(rc), dtype="string"),
        "link": pd.array([None] * len(rc), dtype="string"),
        "unres": opt_text("unres"),
        "short": opt_text("short"),
    })
    for col in ("importantvote", "amend", "para"):
        if col in rc.columns:
            records[col] = pd.array(pd.to_numeric(rc[col], errors="coerce").round()
                                    .astype("Int64"), dtype="Int8")
    for col in rc.columns:
        if col not in records.columns and col not in {"rcid", "session", "date", "descr"}:
            records[col] = opt_text(col)
    votes_out = pd.DataFrame({
        "record_id": pd.array(rec_ids[rec_codes[keep]], dtype="int64"),
        "iso3": _cat_from_codes(iso_code[keep], iso_cats),
        "name": _cat_from_codes(name_codes[keep], name_list),
        "vote": pd.Categorical.from_codes(vote[keep], dtype=VOTE_DTYPE),
        "country_code": _cat_from_codes(iso2_codes[keep], iso2_list),
    })
    for col in vframe.columns:
        if col not in {"rcid", "country", "country_code", "vote"}:
            codes, uniques = pd.factorize(vframe[col])
            votes_out[col] = _cat_from_codes(codes[keep], [str(u) for u in uniques])
    problems = _problems(findings)
    meta = _meta(vpath, "read_rvotes", "rvotes", n, int(keep.sum()), rejected,
                 {"body": "GA", "roll_calls_source": None if rpath is None else
                  str(rpath.resolve()),
                  "roll_calls_sha256": None if rpath is None else _sha256(rpath),
                  "roll_calls_read": len(rframe)})
    return VoteData(records, votes_out, problems, meta)


# ----------------------------------------------------------------------------- any / summary


def _sniff(path: Path) -> str:
    """'undl', 'voeten', 'rvotes' (a un_votes CSV) or raise DataFormatError."""
    names, _ = _header(path, _opener(path))
    low = {n.strip().lower() for n in names}
    if {"undl_id", "ms_vote"} <= low or {"ms_name", "ms_vote"} <= low:
        return "undl"
    if {"rcid", "ccode", "vote"} <= low:
        return "voeten"
    if {"rcid", "country_code", "vote"} <= low:
        return "rvotes"
    raise DataFormatError(
        "unrecognised layout: expected a UN Library voting CSV (undl_id, ms_name, ms_vote, "
        f"...), Voeten's data (rcid, ccode, vote) or R unvotes; header is {names[:8]}",
        path=path, line=1)


def _roll_calls_next_to(path: Path) -> Path:
    for name in ("un_roll_calls.parquet", "un_roll_calls.csv", "un_roll_calls.csv.gz",
                 "un_roll_calls.feather"):
        candidate = path.parent / name
        if candidate.exists():
            return candidate
    raise DataFormatError("an R unvotes un_votes table needs un_roll_calls next to it",
                          path=path)


def read_any(path: str | os.PathLike[str]) -> VoteData:
    """Read any supported official data, sniffing the layout.

    * a folder written by :meth:`VoteData.to_parquet` → :func:`read_parquet`;
    * a folder holding ``un_votes.parquet`` and ``un_roll_calls.parquet``, or the
      ``un_votes`` file itself → :func:`read_rvotes`;
    * a CSV/TSV (plain, ``.gz``, ``.zip``) with a UN Library header → :func:`read_undl`,
      with Voeten's header → :func:`read_voeten`.

    >>> data = read_any("undl_ga_voting.csv.gz")            # doctest: +SKIP
    """
    p = Path(path)
    if not p.exists():
        raise InputFileError(p, "no such file or folder")
    if p.is_dir():
        if (p / "records.parquet").exists():
            return read_parquet(p)
        for name in ("un_votes.parquet", "un_votes.csv", "un_votes.csv.gz"):
            if (p / name).exists():
                return read_rvotes(p / name, _roll_calls_next_to(p / name))
        raise InputFileError(p, "folder holds neither records.parquet nor un_votes.parquet")
    if p.suffix.lower() in {".parquet", ".feather", ".arrow"}:
        columns = set(pq.read_schema(p).names) if p.suffix.lower() == ".parquet" else set()
        if p.suffix.lower() != ".parquet" or {"rcid", "country_code", "vote"} <= columns:
            return read_rvotes(p, _roll_calls_next_to(p))
        if {"record_id", "iso3", "vote"} <= columns or {"record_id", "body"} <= columns:
            return read_parquet(p.parent)
        raise DataFormatError(f"unrecognised Parquet table (columns {sorted(columns)[:8]})",
                              path=p)
    kind = _sniff(p)
    if kind == "undl":
        return read_undl(p)
    if kind == "voeten":
        return read_voeten(p)
    return read_rvotes(p, _roll_calls_next_to(p))


def summary(data: VoteData) -> dict[str, Any]:
    """Headline facts about loaded data, as an ordered dict of label → value (for printing).

    >>> summary(data)["records"]                            # doctest: +SKIP
    5539
    """
    meta = data.metadata
    records, votes, problems = data.records, data.votes, data.problems
    dates = records["date"].dropna() if "date" in records else pd.Series([], dtype="object")
    severities = problems["severity"].value_counts() if len(problems) else pd.Series(dtype=int)
    out: dict[str, Any] = {
        "source": meta.get("source_name") or meta.get("source") or "?",
        "format": meta.get("format", "?"),
        "records": len(records),
        "votes": len(votes),
        "states": int(votes["iso3"].nunique()) if "iso3" in votes else 0,
        "first date": dates.min().date().isoformat() if len(dates) else "-",
        "last date": dates.max().date().isoformat() if len(dates) else "-",
        "rows read": meta.get("rows_read", len(votes)),
        "rows loaded": meta.get("rows_loaded", len(votes)),
        "rows rejected": meta.get("rows_rejected", 0),
        "problems": ", ".join(f"{int(severities.get(s, 0))} {s}" for s in
                              ("error", "warning", "info")),
    }
    return out
