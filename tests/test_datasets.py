"""Finding, fetching and caching official data; downloads only from a server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import http.server
import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from unvotes import datasets, official
from unvotes.errors import DataNotFoundError, FetchError

FIXTURES = Path(__file__).parent / "fixtures" / "official"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No real data folder, download cache or Parquet cache leaks into these tests."""
    monkeypatch.delenv(datasets.DATA_ENV, raising=False)
    monkeypatch.delenv(datasets.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def _no_download(*args: object, **kwargs: object) -> None:
    raise AssertionError("must not download")


# ----------------------------------------------------------------------------- locate


def test_locate_searches_the_data_dirs_in_order_then_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (second / "x.csv").write_text("x", encoding="utf-8")
    monkeypatch.setenv(datasets.DATA_ENV, os.pathsep.join([str(first), str(second)]))
    assert datasets.locate("x.csv") == second / "x.csv"
    (first / "x.csv").write_text("x", encoding="utf-8")
    assert datasets.locate("x.csv") == first / "x.csv"
    assert datasets.search_path()[:2] == [first, second]
    assert datasets.search_path()[-1] == datasets.cache_dir()
    assert datasets.data_dir() == first
    cached = datasets.cache_dir() / "y.csv"
    cached.parent.mkdir(parents=True)
    cached.write_text("y", encoding="utf-8")
    assert datasets.locate("y.csv") == cached


def test_cache_dir_follows_the_platform_cache(tmp_path: Path) -> None:
    assert datasets.cache_dir() == tmp_path / "xdg-cache" / "unvotes"
    assert datasets.data_dir() == datasets.cache_dir()


def test_locate_never_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    import pooch

    monkeypatch.setattr(pooch, "retrieve", _no_download)
    for name in datasets.KNOWN_FILES:
        assert datasets.locate(name) is None


def test_require_says_what_to_download_and_where_to_put_it() -> None:
    with pytest.raises(DataNotFoundError) as info:
        datasets.require("undl_ga_voting.csv.gz")
    message = str(info.value)
    assert message.startswith("Official data not found: undl_ga_voting.csv.gz")
    assert "4060887" in message and datasets.DATA_ENV in message
    assert isinstance(info.value, FileNotFoundError)
    with pytest.raises(DataNotFoundError, match=r"doi:10\.7910/DVN/LEJUQZ"):
        datasets.require("un_votes.parquet")


def test_require_returns_the_path_when_present(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "undl_ga_voting_sample.csv").write_text("x", encoding="utf-8")
    monkeypatch.setenv(datasets.DATA_ENV, str(tmp_path))
    assert datasets.require("undl_ga_voting_sample.csv") == tmp_path / "undl_ga_voting_sample.csv"


# ----------------------------------------------------------------------------- fetch


class _Handler(http.server.SimpleHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 (shared on purpose: the test reads it)

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        return


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTP server on 127.0.0.1 serving a temporary folder; yields (base url, folder)."""
    root = tmp_path / "www"
    root.mkdir()
    _Handler.hits = []

    def handler(*args: object, **kwargs: object) -> _Handler:
        return _Handler(*args, directory=str(root), **kwargs)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", root
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_downloads_checks_the_hash_and_caches(
    server: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, root = server
    shutil.copy(FIXTURES / "voeten_sample.csv", root / "UNVotes.csv")
    sha = hashlib.sha256((root / "UNVotes.csv").read_bytes()).hexdigest()
    monkeypatch.setenv(datasets.DATA_ENV, str(tmp_path / "data"))
    path = datasets.fetch(f"{base}/UNVotes.csv", sha256=sha)
    assert path == tmp_path / "data" / "UNVotes.csv"
    assert path.read_bytes() == (root / "UNVotes.csv").read_bytes()
    assert datasets.locate("UNVotes.csv") == path
    again = datasets.fetch(f"{base}/UNVotes.csv", sha256=sha)
    assert again == path and _Handler.hits == ["/UNVotes.csv"]  # served from the cache


def test_fetch_with_a_wrong_hash_fails_and_keeps_nothing(
    server: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, root = server
    (root / "ga.csv").write_text("undl_id,ms_name\n", encoding="utf-8")
    monkeypatch.setenv(datasets.DATA_ENV, str(tmp_path / "data"))
    with pytest.raises(FetchError, match="checksum"):
        datasets.fetch(f"{base}/ga.csv", sha256="0" * 64)
    assert datasets.locate("ga.csv") is None


def test_fetch_without_a_server_fails_with_the_by_hand_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv(datasets.DATA_ENV, str(tmp_path / "data"))
    with pytest.raises(FetchError) as info:
        datasets.fetch(f"http://127.0.0.1:{port}/undl_ga_voting.csv.gz", timeout=5)
    message = str(info.value)
    assert "by hand" in message and "4060887" in message and datasets.DATA_ENV in message
    assert datasets.locate("undl_ga_voting.csv.gz") is None


def test_fetch_of_a_missing_file_is_a_fetch_error(
    server: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, _ = server
    monkeypatch.setenv(datasets.DATA_ENV, str(tmp_path / "data"))
    with pytest.raises(FetchError, match="404"):
        datasets.fetch(f"{base}/nothing.csv")


# ----------------------------------------------------------------------------- load


def _fail_read(*args: object, **kwargs: object) -> None:
    raise AssertionError("read the source instead of the Parquet copy")


def _same(a: official.VoteData, b: official.VoteData) -> None:
    for part in ("records", "votes", "problems"):
        pd.testing.assert_frame_equal(getattr(a, part), getattr(b, part))
    assert a.metadata == b.metadata


def test_load_keeps_a_parquet_copy_and_reads_it_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURES / "voeten_sample.csv", data_dir / "UNVotes.csv")
    monkeypatch.setenv(datasets.DATA_ENV, str(data_dir))
    first = datasets.load("UNVotes.csv", cache=tmp_path / "cache")
    folder = tmp_path / "cache" / "UNVotes.csv.parquet"
    assert (folder / "votes.parquet").exists()
    monkeypatch.setattr(official, "read_any", _fail_read)
    second = datasets.load("UNVotes.csv", cache=tmp_path / "cache")
    _same(first, second)
    # a changed source, or refresh=True, rebuilds the copy
    monkeypatch.undo()
    monkeypatch.setenv(datasets.DATA_ENV, str(data_dir))
    lines = (data_dir / "UNVotes.csv").read_text(encoding="utf-8").splitlines()
    (data_dir / "UNVotes.csv").write_text("\n".join(lines[:12]) + "\n", encoding="utf-8")
    third = datasets.load("UNVotes.csv", cache=tmp_path / "cache")
    assert first.metadata["rows_read"] == len(lines) - 1
    assert third.metadata["rows_read"] == 11
    calls: list[Path] = []
    real = official.read_any
    monkeypatch.setattr(official, "read_any", lambda p: calls.append(p) or real(p))
    datasets.load("UNVotes.csv", cache=tmp_path / "cache", refresh=True)
    assert len(calls) == 1


def test_load_never_writes_next_to_the_source(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    source_dir = tmp_path / "shared"
    source_dir.mkdir()
    source = source_dir / "UNVotes.csv"
    shutil.copy(FIXTURES / "voeten_sample.csv", source)
    monkeypatch.delenv(datasets.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(datasets, "cache_dir", lambda: tmp_path / "xdg" / "unvotes")
    datasets.load(source)
    assert sorted(p.name for p in source_dir.iterdir()) == ["UNVotes.csv"]
    assert (tmp_path / "xdg" / "unvotes" / "parquet" / "UNVotes.csv.parquet" / "records.parquet").exists()


def test_cache_env_var_chooses_the_parquet_folder(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(datasets.CACHE_ENV, str(tmp_path / "pq"))
    assert datasets.parquet_cache_dir(Path("/x/ga.csv")) == tmp_path / "pq" / "ga.csv.parquet"


def test_load_without_the_file_says_what_to_download() -> None:
    with pytest.raises(DataNotFoundError, match="4060887"):
        datasets.load_ga()


@pytest.mark.shared_data
@pytest.mark.slow
def test_load_ga_and_rvotes_from_the_shared_data(
    shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(datasets.DATA_ENV, str(shared_data))
    monkeypatch.setenv(datasets.CACHE_ENV, str(tmp_path / "cache"))
    ga = datasets.load_ga()
    rv = datasets.load_rvotes()
    monkeypatch.setattr(official, "read_any", _fail_read)
    monkeypatch.setattr(official, "read_rvotes", _fail_read)
    ga2 = datasets.load_official("undl_ga_voting.csv.gz")
    rv2 = datasets.load_rvotes()
    assert ga2.metadata == ga.metadata and rv2.metadata == rv.metadata
    assert len(ga2.votes) == len(ga.votes) == ga.metadata["rows_loaded"]
    assert (ga2.votes["vote"].cat.codes.to_numpy() == ga.votes["vote"].cat.codes.to_numpy()).all()
    pd.testing.assert_frame_equal(ga2.records, ga.records)
    pd.testing.assert_frame_equal(rv2.records, rv.records)
