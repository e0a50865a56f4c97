"""The ``unvotes`` command: arguments, output formats, exit statuses, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from unvotes import __version__
from unvotes.cli import main

WRONG_REPORT = (
    "The General Assembly adopted resolution 77/999 on 5 March 2024 by a recorded vote of "
    "150 in favour to 30 against, with 20 abstentions."
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "unvotes", *args], capture_output=True, text=True, timeout=120)


def test_version_and_help():
    done = _run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"unvotes {__version__}"
    done = _run("--help")
    assert done.returncode == 0
    for command in ("report", "parse", "check", "data"):
        assert command in done.stdout


@pytest.mark.parametrize(
    "args, needle",
    [
        (["report", "no/such/file.txt"], "no such file"),
        (["parse", "no/such/file.txt"], "no such file"),
        (["report", "--format", "xml"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
        (["check"], "required"),
    ],
    ids=["report-missing-file", "parse-missing-file", "unknown-format", "unknown-command", "check-no-file"],
)
def test_bad_arguments_give_one_line_and_status_2(args, needle):
    done = _run(*args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_a_folder_is_not_a_readable_text(tmp_path, capsys):
    assert main(["parse", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(tmp_path) in err[0]


def test_parquet_needs_an_output_folder(seed_text, tmp_path, capsys):
    assert main(["report", "--format", "parquet"]) == 2
    assert "--out" in capsys.readouterr().err


def test_check_exits_1_on_an_error_finding(tmp_path, capsys):
    path = tmp_path / "wrong.txt"
    path.write_text(WRONG_REPORT, encoding="utf-8")  # 200 voters in a 193-member Assembly
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "error" in out


def test_check_exits_0_when_there_is_no_error(capsys):
    from unvotes._data import seed_files

    assert main(["check", str(seed_files()[0])]) == 0


def test_parse_csv_and_parquet_outputs_agree(tmp_path):
    from unvotes._data import seed_files

    seed = str(seed_files()[0])
    assert main(["parse", seed, "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert main(["parse", seed, "--format", "parquet", "--out", str(tmp_path / "pq")]) == 0
    from_csv = pd.read_csv(tmp_path / "csv" / "positions.csv")
    from_pq = pd.read_parquet(tmp_path / "pq" / "positions.parquet")
    assert list(from_csv["iso3"]) == list(from_pq["iso3"])
    assert len(from_pq) > 0
    assert not (tmp_path / "pq" / "findings.parquet").exists()  # parse has no findings


def test_parse_json_shape(tmp_path):
    from unvotes._data import seed_files

    out = tmp_path / "out.json"
    assert main(["parse", str(seed_files()[0]), "--format", "json", "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(doc, list) and len(doc) == 1
    assert set(doc[0]) == {"source", "tallies", "positions"}
    assert doc[0]["tallies"][0]["date"] == "2023-02-23"


def test_resolve_command(capsys):
    assert main(["resolve", "Iran (Islamic Republic of)", "Narnia"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t")[1].startswith("IRN")
    assert "not resolved" in out[1]


def test_python_dash_m_matches_console_entry_point():
    done = _run("report", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["tallies"][0]["yes"] == 141
    assert Path(json.loads(done.stdout)[0]["source"]).name.startswith("000_")


def test_check_of_several_texts_flags_reports_that_disagree(tmp_path, capsys):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("On 2 March 2022 the General Assembly adopted the resolution by 141 votes to 5, with 35 abstentions.", encoding="utf-8")
    b.write_text("On 2 March 2022 the General Assembly adopted the resolution by 141 votes to 5, with 36 abstentions.", encoding="utf-8")
    main(["check", str(a), str(b), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    rules = {entry["source"]: {f["rule"] for f in entry["findings"]} for entry in doc}
    assert all("sources.disagree" in found for found in rules.values())


@pytest.mark.shared_data
def test_data_import_writes_the_parquet_layout_and_a_summary(shared_data, tmp_path, capsys):
    import unvotes

    out = tmp_path / "ga"
    assert main(["data", "import", str(shared_data / "undl_ga_voting_sample.csv"), "--out", str(out)]) == 0
    printed = {}
    for line in capsys.readouterr().out.splitlines():
        key, _, value = line.partition("  ")
        printed[key.strip()] = value.strip()
    assert printed["records"] == "12" and printed["rows read"] == "2014"
    assert printed["rows loaded"] == "2013" and printed["rows rejected"] == "1"
    back = unvotes.read_parquet(out)
    assert len(back.records) == 12 and len(back.votes) == 2013


def test_data_import_of_an_unknown_layout_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["data", "import", str(bad), "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.csv" in err[0] and "header" in err[0]
