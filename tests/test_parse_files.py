"""parse_file (formats, encodings, errors) and parse_many (sources, order, workers)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from unvotes import InputFileError, parse_file, parse_many, parse_text
from unvotes.parse import POSITION_COLUMNS, TALLY_COLUMNS

ARTICLE = (
    "date 2023-02-24 NEW YORK - The General Assembly on Thursday adopted resolution ES-11/6 "
    "by 141 votes to 7, with 32 abstentions. Côte d’Ivoire voted in favour. The seven "
    "countries who voted against were Russia, Belarus, North Korea, Eritrea, Mali, Nicaragua "
    "and Syria."
)


def _facts(result) -> tuple:
    t = result.tallies
    return (
        t[["yes", "no", "abstain"]].astype(int).values.tolist(),
        t["resolution"].tolist(),
        result.positions[["iso3", "position"]].values.tolist(),
    )


@pytest.mark.parametrize(
    ("suffix", "encoding"),
    [(".txt", "utf-8"), (".txt", "utf-8-sig"), (".txt", "utf-16"), (".txt", "cp1252"),
     (".md", "utf-8"), (".txt", "latin-1")],
)
def test_text_files_in_encodings(tmp_path: Path, suffix: str, encoding: str) -> None:
    text = ARTICLE if encoding != "latin-1" else ARTICLE.replace("’", "'")
    path = tmp_path / f"a{suffix}"
    path.write_bytes(text.encode(encoding))
    result = parse_file(path)
    assert result.text == text
    assert result.source == str(path)
    assert _facts(result) == _facts(parse_text(text))
    assert ("CIV", "yes") in [tuple(x) for x in _facts(result)[2]]


def test_html_file_tags_and_entities_removed(tmp_path: Path) -> None:
    html = (
        "<!DOCTYPE html><html><head><title>UN vote</title><style>p{color:red}</style></head>"
        "<body><p>The General Assembly adopted the text by <b>141</b> votes to 7, with 32 "
        "abstentions.</p><script>var x = '99 in favour';</script><p>Voting against were Russia"
        " &amp; Belarus, C&ocirc;te d&#8217;Ivoire&nbsp;abstained.</p></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    result = parse_file(path)
    assert "<" not in result.text and "&amp;" not in result.text
    assert "99 in favour" not in result.text
    assert result.tallies[["yes", "no", "abstain"]].iloc[0].tolist() == [141, 7, 32]
    for row in result.positions.itertuples():
        assert result.text[row.start : row.end] == row.name
    assert result.positions["iso3"].tolist() == ["RUS", "BLR", "CIV"]
    row = result.tallies.iloc[0]
    assert "141" in result.text[row.start : row.end]


def test_htm_suffix(tmp_path: Path) -> None:
    path = tmp_path / "b.htm"
    path.write_text("<p>It passed 141-7-32 in the vote.</p>", encoding="utf-8")
    assert parse_file(path).tallies["yes"].tolist() == [141]


def test_missing_file_names_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputFileError, match=r"nope\.txt"):
        parse_file(missing)
    with pytest.raises(OSError):  # InputFileError is also a built-in OSError
        parse_file(missing)


def test_directory_and_undecodable(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=str(tmp_path.name)):
        parse_file(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    try:
        result = parse_file(bad)
    except InputFileError as err:
        assert "bad.txt" in str(err)
    else:  # a guessed single-byte encoding is acceptable; the frames must still be empty
        assert result.tallies.empty


def test_parse_file_type_error() -> None:
    with pytest.raises(TypeError):
        parse_file(123)  # type: ignore[arg-type]


def test_parse_many_sources_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("The Assembly passed it 100-10-50. Russia voted against.", encoding="utf-8")
    texts = ["It passed 141-7-32 in the vote.", str(path), Path(path), "no votes here",
             ("mine", "It failed 40-90-30 in the vote.")]
    result = parse_many(texts, progress=False)
    t, p = result.tallies, result.positions
    assert list(t.columns) == ["source", *TALLY_COLUMNS]
    assert list(p.columns) == ["source", *POSITION_COLUMNS]
    assert str(t["source"].dtype) == "string"
    assert t["source"].tolist() == ["text-0", str(path), str(path), "mine"]
    assert t["yes"].tolist() == [141, 100, 100, 40]
    assert t["vote_id"].tolist() == [0, 0, 0, 0]
    assert p["source"].tolist() == [str(path), str(path)]


def test_parse_many_mapping_and_missing_path(tmp_path: Path) -> None:
    r = parse_many({"a": "It passed 141-7-32 in the vote."}, progress=False)
    assert r.tallies["source"].tolist() == ["a"]
    with pytest.raises(InputFileError):
        parse_many([tmp_path / "missing.txt"], progress=False)
    with pytest.raises(TypeError):
        parse_many([123], progress=False)  # type: ignore[list-item]


def test_parse_many_empty() -> None:
    r = parse_many([], progress=False)
    assert list(r.tallies.columns) == ["source", *TALLY_COLUMNS]
    assert r.tallies.empty and r.positions.empty


def test_parse_many_workers_identical(tmp_path: Path) -> None:
    texts = []
    for i in range(12):
        texts.append(f"The Assembly passed text {i} by {100 + i} votes to {i}. "
                     "Russia and Syria voted against.")
    one = parse_many(texts, progress=False, workers=1)
    two = parse_many(texts, progress=False, workers=2)
    pd.testing.assert_frame_equal(one.tallies, two.tallies)
    pd.testing.assert_frame_equal(one.positions, two.positions)
    assert one.tallies["yes"].tolist() == [100 + i for i in range(12)]


def test_parse_many_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    parse_many(["It passed 141-7-32 in the vote."] * 3, progress=True)
    err = capsys.readouterr().err
    assert "3/3" in err
    parse_many(["It passed 141-7-32 in the vote."] * 3, progress=False)
    assert capsys.readouterr().err == ""


def test_to_dict_is_json_with_iso_dates() -> None:
    r = parse_text("On 23 February 2023 the Assembly voted 141-7-32. Syria voted against.")
    data = json.loads(json.dumps(r.to_dict()))
    assert data["tallies"][0]["date"] == "2023-02-23"
    assert data["tallies"][0]["absent"] is None
    assert data["positions"][0]["iso3"] == "SYR"


def test_parse_many_published_applies_to_all() -> None:
    texts = ["The General Assembly on Thursday voted 141-7-32.", "On Monday it voted 100-10-5."]
    r = parse_many(texts, progress=False, published="2023-02-24")
    assert r.tallies["date"].dt.strftime("%Y-%m-%d").tolist() == ["2023-02-23", "2023-02-20"]
    with pytest.raises(ValueError, match="date"):
        parse_many(texts, progress=False, published="someday")
