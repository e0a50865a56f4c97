"""Find official roll-call data on this machine, load it fast, and (optionally) download it.

Where files are looked for, in order:

1. every folder in ``UNVOTES_DATA_DIR`` (several folders may be joined with ``os.pathsep``);
2. the download cache, :func:`cache_dir` (``pooch.os_cache("unvotes")``, e.g.
   ``~/.cache/unvotes`` on Linux).

:func:`locate` and :func:`require` never download. :func:`fetch` downloads (``pooch`` is an
optional dependency: ``pip install "unvotes[fetch]"``). :func:`load_ga` and friends read a
file once and keep a Parquet copy, so the next load takes a fraction of a second.

>>> from unvotes import datasets
>>> path = datasets.locate("undl_ga_voting.csv.gz")   # a Path, or None when absent
>>> data = datasets.load_ga()                          # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from unvotes.errors import DataNotFoundError, FetchError

if TYPE_CHECKING:
    from unvotes.official import VoteData

__all__ = [
    "CACHE_ENV",
    "DATA_ENV",
    "KNOWN_FILES",
    "KnownFile",
    "cache_dir",
    "data_dir",
    "fetch",
    "load",
    "load_ga",
    "load_official",
    "load_rvotes",
    "load_sc",
    "locate",
    "parquet_cache_dir",
    "require",
    "search_path",
]

DATA_ENV = "UNVOTES_DATA_DIR"
#: Where Parquet copies made by :func:`load` go (default: ``parquet`` under :func:`cache_dir`).
CACHE_ENV = "UNVOTES_CACHE_DIR"

GA_RECORD = "UN Digital Library record 4060887 (https://digitallibrary.un.org/record/4060887)"
VOETEN_DOI = "Harvard Dataverse doi:10.7910/DVN/LEJUQZ (https://doi.org/10.7910/DVN/LEJUQZ)"


@dataclass(frozen=True)
class KnownFile:
    """A data file unvotes knows by name: what it is and where to get it."""

    name: str
    description: str
    where: str
    url: str | None = None
    sha256: str | None = None


KNOWN_FILES: dict[str, KnownFile] = {
    f.name: f
    for f in (
        KnownFile(
            "undl_ga_voting.csv.gz",
            "General Assembly roll calls, one row per state per vote, in the layout of the "
            "Dag Hammarskjöld Library 'General Assembly Voting Data' CSV",
            f"the Dag Hammarskjöld Library GA voting data, {GA_RECORD}; save the CSV "
            "(gzipped or not) under this name",
        ),
        KnownFile(
            "undl_sc_voting.csv.gz",
            "Security Council roll calls in the Dag Hammarskjöld Library SC voting CSV layout",
            "the Dag Hammarskjöld Library 'Security Council Voting Data' CSV from the UN "
            "Digital Library (https://digitallibrary.un.org, search 'Security Council voting "
            "data'); save it under this name",
        ),
        KnownFile(
            "undl_ga_voting_sample.csv",
            "all rows of 12 General Assembly votes in the DHL GA layout (a small sample)",
            f"any extract of the GA voting CSV, {GA_RECORD}",
        ),
        KnownFile(
            "un_votes.parquet",
            "the R unvotes package's un_votes table (Voeten's data): one row per state per "
            "roll call, 1946-2019",
            f"the R package unvotes (github.com/dgrtwo/unvotes) or Erik Voeten's data, "
            f"{VOETEN_DOI}; write un_votes as Parquet",
        ),
        KnownFile(
            "un_roll_calls.parquet",
            "the R unvotes package's un_roll_calls table (one row per roll call)",
            f"the R package unvotes (github.com/dgrtwo/unvotes) or {VOETEN_DOI}; write "
            "un_roll_calls as Parquet next to un_votes.parquet",
        ),
    )
}


# ----------------------------------------------------------------------------- where


def cache_dir() -> Path:
    """The download cache, the same folder ``pooch.os_cache("unvotes")`` names.

    ``$XDG_CACHE_HOME/unvotes`` (``~/.cache/unvotes``) on Linux, ``~/Library/Caches/unvotes``
    on macOS, ``%LOCALAPPDATA%\\unvotes\\Cache`` on Windows. Computed here rather than by
    importing pooch, which is optional and slow to import.

    >>> cache_dir().name in {"unvotes", "Cache"}
    True
    """
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "unvotes" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "unvotes"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "unvotes"


def search_path() -> list[Path]:
    """Folders searched by :func:`locate`: ``UNVOTES_DATA_DIR`` entries, then :func:`cache_dir`.

    >>> isinstance(search_path()[-1], Path)
    True
    """
    env = os.environ.get(DATA_ENV, "")
    folders = [Path(p).expanduser() for p in env.split(os.pathsep) if p.strip()]
    return [*folders, cache_dir()]


def data_dir() -> Path:
    """Where downloads go: the first ``UNVOTES_DATA_DIR`` folder, else :func:`cache_dir`.

    >>> isinstance(data_dir(), Path)
    True
    """
    return search_path()[0]


def locate(name: str | None = None) -> Path | None:
    """Path of the data file ``name`` on this machine, or None; never downloads.

    Without a name, the first folder of :func:`search_path` that exists (or None).

    >>> locate("no_such_file.csv") is None
    True
    """
    for folder in search_path():
        if name is None:
            if folder.is_dir():
                return folder
            continue
        candidate = folder / name
        if candidate.exists():
            return candidate
    return None


def _where_to_get(name: str) -> str:
    """Where to download ``name`` by hand and where to put it."""
    known = KNOWN_FILES.get(name)
    where = known.where if known else (
        f"the UN Library GA voting data, {GA_RECORD}, or Erik Voeten's data, {VOETEN_DOI}"
    )
    return (
        f"Download {where}, then put it in a folder and set {DATA_ENV} to that folder "
        f"(or place it in {cache_dir()})."
    )


def _how_to_get(name: str) -> str:
    folders = ", ".join(str(p) for p in search_path())
    return (
        f"Official data not found: {name} is not on this machine (looked in: {folders}). "
        + _where_to_get(name)
    )


def require(name: str) -> Path:
    """Like :func:`locate`, but raise :class:`DataNotFoundError` saying what to download.

    The message starts "Official data not found:", names the file, the folders searched,
    where to download it and where to put it (``UNVOTES_DATA_DIR``).

    >>> require("undl_ga_voting.csv.gz")                   # doctest: +SKIP
    PosixPath('/data/undl_ga_voting.csv.gz')
    """
    found = locate(name)
    if found is None:
        raise DataNotFoundError(_how_to_get(name))
    return found


# ----------------------------------------------------------------------------- fetch


def fetch(
    url: str,
    sha256: str | None = None,
    *,
    name: str | None = None,
    progress: bool = False,
    timeout: float = 30.0,
) -> Path:
    """Download ``url`` into :func:`data_dir` (once) and return its path.

    ``sha256`` (hex) is checked when given; a mismatch raises :class:`FetchError` and keeps
    nothing. ``progress=True`` shows a progress bar (tqdm). Without a network the call
    fails at once with a :class:`FetchError` that says where to download the file by hand.
    Needs the optional ``pooch`` package (``pip install "unvotes[fetch]"``).

    >>> fetch("https://example.org/ga_voting.csv", sha256="ab12...")  # doctest: +SKIP
    PosixPath('/home/me/.cache/unvotes/ga_voting.csv')
    """
    fname = name or Path(urlparse(url).path).name or "download"
    by_hand = "To do it by hand instead: " + _where_to_get(fname)
    try:
        import pooch
    except ImportError as exc:
        raise FetchError(
            f'downloading needs pooch (pip install "unvotes[fetch]"). {by_hand}'
        ) from exc
    folder = data_dir()
    known_hash = f"sha256:{sha256.lower()}" if sha256 else None
    downloader = pooch.HTTPDownloader(progressbar=progress, timeout=timeout)
    logger = pooch.get_logger()
    level = logger.level
    if not progress:
        logger.setLevel("WARNING")  # pooch logs each download to stderr; stay quiet
    try:
        path = pooch.retrieve(url, known_hash=known_hash, fname=fname, path=folder,
                              downloader=downloader, progressbar=progress)
    except ValueError as exc:  # pooch: hash mismatch (the bad file is not kept)
        raise FetchError(f"{url}: checksum does not match ({exc}). {by_hand}") from exc
    except Exception as exc:  # requests' ConnectionError, Timeout, HTTPError; OSError
        raise FetchError(f"could not download {url} ({type(exc).__name__}: {exc}). "
                         f"{by_hand}") from exc
    finally:
        logger.setLevel(level)
    return Path(path)


# ----------------------------------------------------------------------------- load


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder):
            pass
    except OSError:
        return False
    return True


def parquet_cache_dir(source: Path, cache: str | os.PathLike[str] | None = None) -> Path:
    """Folder of the Parquet copy of ``source`` used by :func:`load`.

    ``cache`` or ``UNVOTES_CACHE_DIR`` when given; else ``parquet`` under :func:`cache_dir`
    when writable, else the system temporary folder. Never next to the source: data folders
    are often shared or read-only, and unvotes does not write into them.

    >>> parquet_cache_dir(Path("/data/x.csv"), cache="/tmp/c").as_posix()
    '/tmp/c/x.csv.parquet'
    """
    leaf = f"{source.name}.parquet"
    chosen = cache or os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen).expanduser() / leaf
    for root in (cache_dir() / "parquet", Path(tempfile.gettempdir()) / "unvotes-parquet"):
        if _writable(root):
            return root / leaf
    return cache_dir() / "parquet" / leaf


def _cached(folder: Path, sha: str, extra_sha: str | None = None) -> bool:
    """Is ``folder`` a complete Parquet copy of the file with this hash, by this loader?"""
    import json

    import pyarrow.parquet as pq

    from unvotes.official import LOADER_VERSION

    parts = [folder / f"{p}.parquet" for p in ("records", "votes", "problems")]
    if not all(p.exists() for p in parts):
        return False
    try:
        meta = json.loads((pq.read_schema(parts[0]).metadata or {}).get(b"unvotes", b"{}"))
    except Exception:  # unreadable cache: rebuild it
        return False
    return (
        meta.get("sha256") == sha
        and meta.get("loader_version") == LOADER_VERSION
        and (extra_sha is None or meta.get("roll_calls_sha256") == extra_sha)
    )


def load(
    name: str | os.PathLike[str],
    *,
    refresh: bool = False,
    cache: str | os.PathLike[str] | None = None,
) -> VoteData:
    """Load an official data file by name (see :func:`locate`) or path, through a Parquet copy.

    The first call reads the file with :func:`unvotes.official.read_any` and writes a
    Parquet copy (see :func:`parquet_cache_dir`); later calls read that copy (well under
    a second for the full GA history) as long as the file's SHA-256 and the loader
    version are unchanged. ``refresh=True`` rebuilds the copy. Raises
    :class:`DataNotFoundError` (saying what to download) when the file is missing.

    >>> data = load("undl_sc_voting.csv.gz")               # doctest: +SKIP
    """
    from unvotes.official import _sha256, read_any, read_parquet, read_rvotes

    path = Path(name)
    source = path if path.exists() else require(str(name))
    roll_calls: Path | None = None
    if source.name.startswith("un_votes") and source.suffix == ".parquet":
        roll_calls = source.parent / "un_roll_calls.parquet"
        if not roll_calls.exists():
            roll_calls = require("un_roll_calls.parquet")
    folder = parquet_cache_dir(source, cache)
    sha = _sha256(source)
    extra = _sha256(roll_calls) if roll_calls is not None else None
    if not refresh and _cached(folder, sha, extra):
        return read_parquet(folder)
    data = read_rvotes(source, roll_calls) if roll_calls is not None else read_any(source)
    with contextlib.suppress(OSError):  # a read-only cache only costs speed
        data.to_parquet(folder)
    return data


def load_official(name: str = "undl_ga_voting.csv.gz", **kwargs: Any) -> VoteData:
    """Load official data by file name (default: the full GA history); see :func:`load`.

    >>> data = load_official("undl_ga_voting.csv.gz")      # doctest: +SKIP
    """
    return load(name, **kwargs)


def load_ga(**kwargs: Any) -> VoteData:
    """The full General Assembly history (``undl_ga_voting.csv.gz``); see :func:`load`.

    >>> ga = load_ga()                                     # doctest: +SKIP
    >>> ga.records.query("resolution == 'A/RES/ES-11/6'")[["yes", "no"]]  # doctest: +SKIP
    """
    return load("undl_ga_voting.csv.gz", **kwargs)


def load_sc(**kwargs: Any) -> VoteData:
    """All Security Council roll calls (``undl_sc_voting.csv.gz``); see :func:`load`.

    >>> sc = load_sc()                                     # doctest: +SKIP
    """
    return load("undl_sc_voting.csv.gz", **kwargs)


def load_rvotes(**kwargs: Any) -> VoteData:
    """The R unvotes data (``un_votes.parquet`` + ``un_roll_calls.parquet``); see :func:`load`.

    >>> rv = load_rvotes()                                 # doctest: +SKIP
    """
    return load("un_votes.parquet", **kwargs)
