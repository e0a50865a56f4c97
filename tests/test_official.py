"""Official-data readers on small files built here: schema, variants, bad input, round trip."""

from __future__ import annotations

import csv
import gzip
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import unvotes
from unvotes.errors import DataFormatError, InputFileError, MissingColumnsError
from unvotes.official import (
    VOTE_CATEGORIES,
    VoteData,
    _normalise_unres,
    read_any,
    read_parquet,
    read_rvotes,
    read_undl,
    read_voeten,
    summary,
)

FIXTURES = Path(__file__).parent / "fixtures" / "official"

GA_HEADER = [
    "undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "draft",
    "committee_report", "meeting", "title", "agenda_title", "subjects", "total_yes",
    "total_no", "total_abstentions", "total_non_voting", "total_ms", "undl_link",
]
SC_HEADER = [
    "undl_id", "ms_code", "ms_name", "permanent_member", "ms_vote", "date", "resolution",
    "draft", "meeting", "description", "agenda", "subjects", "modality", "total_yes",
    "total_no", "total_abstentions", "total_non_voting", "total_ms", "undl_link",
]
_LETTER = {"Y": "yes", "N": "no", "A": "abstain", "X": "non_voting", "NV": "non_voting"}

# (undl_id, date, session, resolution, [(ms_code, ms_name, ms_vote), ...])
ES11 = (
    4003921, "2023-02-23", "", "A/RES/ES-11/6",
    [("UKR", "UKRAINE", "Y"), ("RUS", "RUSSIAN FEDERATION", "N"), ("CHN", "CHINA", "A"),
     ("IND", "INDIA", "A"), ("TKM", "TURKMENISTAN", "X"), ("FRA", "FRANCE", "Y")],
)
OLD = (
    664268, "1963-12-17", "18", "A/RES/1983(XVIII)",
    [("SUN", "UNION OF SOVIET SOCIALIST REPUBLICS", "N"), ("USA", "UNITED STATES", "Y"),
     ("CSK", "CZECHOSLOVAKIA", "N"), ("", "ZANZIBAR", "A"), ("YUG", "YUGOSLAVIA", "X")],
)


def _totals(states: list[tuple[str, str, str]]) -> list[str]:
    words = [_LETTER.get(v.strip().upper(), "?") for _, _, v in states]
    return [str(words.count(w)) for w in ("yes", "no", "abstain", "non_voting")] + [
        str(len(states))
    ]


def _write_ga(path: Path, records: list[tuple], *, header: list[str] = GA_HEADER,
              totals: dict[int, list[str]] | None = None,
              extra: dict[str, list[str]] | None = None) -> Path:
    """A DHL-layout GA CSV; totals are counted from the rows unless given per undl_id."""
    extra = extra or {}
    rows = []
    for rid, date, session, res, states in records:
        tot = (totals or {}).get(rid) or _totals(states)
        for code, name, vote in states:
            row = {
                "undl_id": str(rid), "ms_code": code, "ms_name": name, "ms_vote": vote,
                "date": date, "session": session, "resolution": res, "draft": "",
                "committee_report": "", "meeting": f"A/PV.{rid % 1000}",
                "title": f"Title of {res}, with a comma", "agenda_title": "", "subjects": "",
                "total_yes": tot[0], "total_no": tot[1], "total_abstentions": tot[2],
                "total_non_voting": tot[3], "total_ms": tot[4],
                "undl_link": f"https://digitallibrary.un.org/record/{rid}",
            }
            rows.append(row)
    for col, values in extra.items():
        for row, value in zip(rows, values, strict=True):
            row[col] = value
    text = _csv_text([*header, *extra], rows)
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _csv_text(header: list[str], rows: list[dict]) -> str:
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _accounted(data: VoteData) -> None:
    meta = data.metadata
    assert meta["rows_read"] == meta["rows_loaded"] + meta["rows_rejected"]
    assert meta["rows_loaded"] == len(data.votes)


def _rules(data: VoteData) -> list[str]:
    return sorted(data.problems["rule"].tolist())


# ----------------------------------------------------------------------------- schema


def test_ga_file_gives_the_shared_schema(tmp_path: Path) -> None:
    data = read_undl(_write_ga(tmp_path / "ga.csv", [OLD, ES11]))
    assert list(data.records.columns[:13]) == [
        "record_id", "body", "resolution", "date", "session", "title", "yes", "no",
        "abstain", "non_voting", "members", "meeting", "link",
    ]
    assert list(data.votes.columns) == ["record_id", "iso3", "name", "vote"]
    assert data.records["record_id"].dtype == "int64"
    assert data.votes["record_id"].dtype == "int64"
    assert data.records["date"].dtype == "datetime64[ns]"
    assert data.records["session"].dtype == "Int16"
    assert data.records["yes"].dtype == "Int64"
    assert data.records["resolution"].dtype == "string"
    for col in ("iso3", "name", "vote"):
        assert isinstance(data.votes[col].dtype, pd.CategoricalDtype)
    assert data.votes["vote"].cat.categories.tolist() == VOTE_CATEGORIES
    assert data.records["body"].tolist() == ["GA", "GA"]
    assert data.records["record_id"].tolist() == [664268, 4003921]
    es = data.records.set_index("resolution").loc["A/RES/ES-11/6"]
    assert (es["yes"], es["no"], es["abstain"], es["non_voting"], es["members"]) == (2, 1, 2, 1, 6)
    assert es["date"] == pd.Timestamp("2023-02-23")
    ukr = data.votes[(data.votes.record_id == 4003921) & (data.votes.iso3 == "UKR")]
    assert ukr["vote"].tolist() == ["yes"] and ukr["name"].tolist() == ["UKRAINE"]
    _accounted(data)
    assert data.metadata["rows_read"] == 11 and data.metadata["rows_rejected"] == 0


def test_metadata_names_the_file_its_hash_and_the_loader(tmp_path: Path) -> None:
    import hashlib

    path = _write_ga(tmp_path / "ga.csv", [ES11])
    meta = read_undl(path).metadata
    assert meta["source_name"] == "ga.csv"
    assert meta["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert meta["loader"] == "read_undl" and meta["loader_version"]
    assert meta["unvotes_version"] == unvotes.__version__


def test_historic_states_and_an_empty_code_resolve_through_the_registry(tmp_path: Path) -> None:
    data = read_undl(_write_ga(tmp_path / "ga.csv", [OLD]))
    by_name = dict(zip(data.votes["name"].astype(str), data.votes["iso3"].astype(str),
                       strict=True))
    assert by_name["UNION OF SOVIET SOCIALIST REPUBLICS"] == "SUN"
    assert by_name["CZECHOSLOVAKIA"] == "CSK"
    assert by_name["ZANZIBAR"] == unvotes.resolve("Zanzibar", on="1963-12-17")
    assert not pd.isna(by_name["ZANZIBAR"])
    found = data.problems[data.problems.rule == "undl.code_from_name"]
    assert len(found) == 1 and found["severity"].iat[0] == "info"
    assert "ZANZIBAR" in found["message"].iat[0] and found["record_id"].iat[0] == "664268"


# ----------------------------------------------------------------------------- variants


def test_older_nv_code_and_lower_case_letters_are_read(tmp_path: Path) -> None:
    states = [("FRA", "FRANCE", "NV"), ("USA", "UNITED STATES", "y"), ("CHN", "CHINA", " a ")]
    data = read_undl(_write_ga(tmp_path / "ga.csv", [(1, "2000-01-01", "54", "A/RES/54/1",
                                                       states)]))
    assert data.votes["vote"].astype(str).tolist() == ["non_voting", "yes", "abstain"]
    assert data.problems.empty
    _accounted(data)


def test_totals_written_as_decimals_are_whole_numbers(tmp_path: Path) -> None:
    rid = ES11[0]
    path = _write_ga(tmp_path / "ga.csv", [ES11],
                     totals={rid: ["2.0", "1.0", "2.0", "1.0", "6.0"]})
    data = read_undl(path)
    rec = data.records.iloc[0]
    assert [rec["yes"], rec["no"], rec["abstain"], rec["non_voting"], rec["members"]] == [
        2, 1, 2, 1, 6]
    assert data.problems.empty


def test_session_as_text_keeps_the_label(tmp_path: Path) -> None:
    rid, date, _, res, states = ES11
    data = read_undl(_write_ga(tmp_path / "ga.csv", [(rid, date, "ES-10", res, states),
                                                     (5, "1999-01-01", "53.0", "A/RES/53/1",
                                                      states)]))
    assert pd.isna(data.records["session"].iat[0])
    assert data.records["session_label"].iat[0] == "ES-10"
    assert data.records["session"].iat[1] == 53


def test_extra_columns_are_kept_row_by_row(tmp_path: Path) -> None:
    notes = ["", "", "later said it meant to vote yes", "", "", ""]
    data = read_undl(_write_ga(tmp_path / "ga.csv", [ES11], extra={"vote_note": notes}))
    assert "vote_note" in data.votes.columns
    chn = data.votes[data.votes.iso3 == "CHN"]
    assert chn["vote_note"].astype(str).tolist() == ["later said it meant to vote yes"]
    assert data.votes["vote_note"].isna().sum() == 5


def test_header_names_are_matched_without_case(tmp_path: Path) -> None:
    path = _write_ga(tmp_path / "ga.csv", [ES11])
    body = path.read_text(encoding="utf-8").split("\n", 1)[1]
    path.write_text(",".join(h.upper() for h in GA_HEADER) + "\n" + body, encoding="utf-8")
    data = read_undl(path)
    assert len(data.votes) == 6 and data.records["yes"].tolist() == [2]
    assert data.metadata["columns"][0] == "UNDL_ID"


def test_security_council_file_is_told_from_its_header(tmp_path: Path) -> None:
    rows = []
    for code, name, perm, vote in [("USA", "UNITED STATES", "True", "Y"),
                                   ("RUS", "RUSSIAN FEDERATION", "True", "N"),
                                   ("BRA", "BRAZIL", "False", "A")]:
        rows.append({"undl_id": "4000001", "ms_code": code, "ms_name": name,
                     "permanent_member": perm, "ms_vote": vote, "date": "2022-02-25",
                     "resolution": "S/2022/155", "meeting": "S/PV.8979",
                     "description": "Draft resolution", "modality": "Voting",
                     "total_yes": "1", "total_no": "1", "total_abstentions": "1",
                     "total_non_voting": "0", "total_ms": "3",
                     "undl_link": "https://digitallibrary.un.org/record/4000001"})
    path = tmp_path / "sc.csv"
    path.write_text(_csv_text(SC_HEADER, rows), encoding="utf-8")
    data = read_undl(path)
    assert data.records["body"].tolist() == ["SC"]
    assert data.records["title"].tolist() == ["Draft resolution"]
    assert data.records["modality"].tolist() == ["Voting"]
    assert data.votes["permanent_member"].dtype == "boolean"
    assert data.votes["permanent_member"].tolist() == [True, True, False]
    assert data.metadata["format"] == "undl_sc"
    _accounted(data)


# ----------------------------------------------------------------------------- bad input


def test_missing_columns_are_listed(tmp_path: Path) -> None:
    header = [h for h in GA_HEADER if h not in {"ms_vote", "date"}]
    path = tmp_path / "bad.csv"
    path.write_text(",".join(header) + "\n", encoding="utf-8")
    with pytest.raises(MissingColumnsError) as info:
        read_undl(path)
    assert info.value.missing == ["ms_vote", "date"]
    assert "bad.csv" in str(info.value) and "ms_vote, date" in str(info.value)


def test_unknown_vote_code_rejects_the_row_and_says_where(tmp_path: Path) -> None:
    rid, date, session, res, states = ES11
    bad = [*states[:2], ("CHN", "CHINA", "Q"), *states[3:]]
    path = _write_ga(tmp_path / "ga.csv", [(rid, date, session, res, bad)],
                     totals={rid: ["2", "1", "1", "1", "6"]})
    data = read_undl(path)
    assert "CHN" not in set(data.votes["iso3"].astype(str))
    assert data.metadata["rows_rejected"] == 1 and len(data.votes) == 5
    assert data.metadata["rejected_by_rule"] == {"undl.unknown_vote_code": 1}
    found = data.problems[data.problems.rule == "undl.unknown_vote_code"].iloc[0]
    assert found["severity"] == "error"
    assert "line 4" in found["message"] and "CHINA" in found["message"]
    assert found["record_id"] == str(rid) and found["resolution"] == res
    assert "undl.totals_mismatch" not in _rules(data)
    _accounted(data)


def test_empty_vote_is_rejected_not_guessed(tmp_path: Path) -> None:
    rid, date, session, res, states = ES11
    bad = [*states[:5], ("FRA", "FRANCE", "")]
    data = read_undl(_write_ga(tmp_path / "ga.csv", [(rid, date, session, res, bad)],
                               totals={rid: ["1", "1", "2", "1", "6"]}))
    assert len(data.votes) == 5
    assert "empty" in data.problems.loc[data.problems.rule == "undl.unknown_vote_code",
                                        "message"].iat[0]
    # five votes counted but six states listed: reported, not hidden
    assert "undl.totals_sum" in _rules(data)
    _accounted(data)


def test_duplicate_state_rows_keep_the_first_and_report_the_rest(tmp_path: Path) -> None:
    rid, date, session, res, states = ES11
    dup = [*states, ("RUS", "RUSSIAN FEDERATION", "Y"), ("UKR", "UKRAINE", "Y")]
    data = read_undl(_write_ga(tmp_path / "ga.csv", [(rid, date, session, res, dup)],
                               totals={rid: ["2", "1", "2", "1", "6"]}))
    assert data.votes["iso3"].astype(str).value_counts().max() == 1
    assert data.votes.loc[data.votes.iso3 == "RUS", "vote"].tolist() == ["no"]
    assert data.metadata["rejected_by_rule"] == {"undl.duplicate_state": 2}
    found = data.problems[data.problems.rule == "undl.duplicate_state"]
    assert len(found) == 1  # one finding per record, not per row
    assert "line 8" in found["message"].iat[0] and "line 9" in found["message"].iat[0]
    _accounted(data)


def test_totals_that_disagree_with_the_rows_are_reported(tmp_path: Path) -> None:
    rid = ES11[0]
    data = read_undl(_write_ga(tmp_path / "ga.csv", [ES11, OLD],
                               totals={rid: ["141", "7", "32", "13", "193"]}))
    found = data.problems[data.problems.rule == "undl.totals_mismatch"]
    assert len(found) == 1
    row = found.iloc[0]
    assert row["severity"] == "error" and row["record_id"] == str(rid)
    assert row["expected"] == "yes=141 no=7 abstain=32 non_voting=13"
    assert row["observed"] == "yes=2 no=1 abstain=2 non_voting=1"
    assert "undl.members_mismatch" in _rules(data)
    assert len(data.votes) == 11  # reported, nothing dropped


def test_unresolvable_code_is_kept_with_iso3_na(tmp_path: Path) -> None:
    rid, date, session, res, states = ES11
    odd = [*states[:5], ("QQQ", "REPUBLIC OF ATLANTIS", "Y")]
    data = read_undl(_write_ga(tmp_path / "ga.csv", [(rid, date, session, res, odd)]))
    assert len(data.votes) == 6
    atl = data.votes[data.votes["name"] == "REPUBLIC OF ATLANTIS"]
    assert atl["iso3"].isna().all() and atl["vote"].tolist() == ["yes"]
    found = data.problems[data.problems.rule == "undl.unresolved_code"]
    assert len(found) == 1 and "QQQ" in found["message"].iat[0]
    _accounted(data)


def test_unknown_code_with_a_known_name_is_resolved_by_name(tmp_path: Path) -> None:
    rid, date, session, res, states = ES11
    odd = [*states[:5], ("FRX", "FRANCE", "Y")]
    data = read_undl(_write_ga(tmp_path / "ga.csv", [(rid, date, session, res, odd)]))
    assert "FRA" in set(data.votes["iso3"].astype(str))
    found = data.problems[data.problems.rule == "undl.unknown_code"]
    assert found["expected"].tolist() == ["FRA"] and found["observed"].tolist() == ["FRX"]


def test_row_without_a_record_id_is_rejected(tmp_path: Path) -> None:
    path = _write_ga(tmp_path / "ga.csv", [ES11])
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = "abc" + lines[3][len("4003921"):]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = read_undl(path)
    assert data.metadata["rejected_by_rule"] == {"undl.missing_record_id": 1}
    assert len(data.votes) == 5 and data.records["record_id"].tolist() == [4003921]
    assert "lines 4" in data.problems["message"].iat[0]
    _accounted(data)


def test_broken_row_raises_with_file_and_line(tmp_path: Path) -> None:
    path = _write_ga(tmp_path / "ga.csv", [OLD, ES11])
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[7] = "4003921,UKR,UKRAINE,Y,2023-02-23"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFormatError) as info:
        read_undl(path)
    assert info.value.line == 8
    assert "ga.csv, line 8" in str(info.value) and "5 fields" in str(info.value)


def test_truncated_gzip_raises_with_file_and_line(tmp_path: Path) -> None:
    path = _write_ga(tmp_path / "ga.csv.gz", [OLD, ES11] * 40)
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 2])
    with pytest.raises(DataFormatError) as info:
        read_undl(path)
    assert info.value.path == str(path) and info.value.line is not None
    assert "truncated" in str(info.value)


def test_plain_csv_cut_inside_a_row_raises(tmp_path: Path) -> None:
    path = _write_ga(tmp_path / "ga.csv", [OLD, ES11])
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.rindex("A/RES/ES-11/6")], encoding="utf-8")
    with pytest.raises(DataFormatError) as info:
        read_undl(path)
    assert info.value.line == 12


def test_unterminated_quote_at_the_end_raises(tmp_path: Path) -> None:
    path = _write_ga(tmp_path / "ga.csv", [ES11])
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '4003921,FRA,FRANCE,Y,2023-02-23,,A/RES/ES-11/6,,,x,"Title\n',
                    encoding="utf-8")
    with pytest.raises(DataFormatError):
        read_undl(path)


def test_header_only_file_loads_empty_and_empty_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text(",".join(GA_HEADER) + "\n", encoding="utf-8")
    data = read_undl(path)
    assert len(data.records) == 0 and len(data.votes) == 0
    assert data.votes["vote"].cat.categories.tolist() == VOTE_CATEGORIES
    _accounted(data)
    (tmp_path / "nothing.csv").write_bytes(b"")
    with pytest.raises(DataFormatError, match=r"nothing\.csv"):
        read_undl(tmp_path / "nothing.csv")


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_undl(tmp_path / "absent.csv")


# ----------------------------------------------------------------------------- containers


@pytest.mark.parametrize("kind", ["gz", "zip"])
def test_compressed_and_zipped_files_read_like_the_plain_file(tmp_path: Path, kind: str) -> None:
    plain = _write_ga(tmp_path / "ga.csv", [OLD, ES11])
    if kind == "gz":
        packed = tmp_path / "ga.csv.gz"
        packed.write_bytes(gzip.compress(plain.read_bytes()))
    else:
        packed = tmp_path / "ga.zip"
        with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(plain, "2025_9_19_ga_voting.csv")
    a, b = read_undl(plain), read_undl(packed)
    pd.testing.assert_frame_equal(a.records, b.records)
    pd.testing.assert_frame_equal(a.votes, b.votes)
    assert b.metadata["source_name"] == packed.name


def test_corrupt_zip_raises(tmp_path: Path) -> None:
    path = tmp_path / "ga.zip"
    path.write_bytes(b"PK\x03\x04 this is not a zip archive")
    with pytest.raises(DataFormatError, match=r"ga\.zip"):
        read_undl(path)


# ----------------------------------------------------------------------------- Parquet


def test_parquet_round_trip_is_exact(tmp_path: Path) -> None:
    rid, date, _, res, states = ES11
    odd = [*states, ("QQQ", "ATLANTIS", "Y"), ("FRA", "FRANCE", "Q")]
    notes = [""] * 6 + ["note", ""]
    data = read_undl(_write_ga(tmp_path / "ga.csv", [(rid, date, "ES-10", res, odd), OLD],
                               extra={"vote_note": notes + [""] * 5}))
    assert len(data.problems) >= 3
    back = read_parquet(data.to_parquet(tmp_path / "pq"))
    for part in ("records", "votes", "problems"):
        pd.testing.assert_frame_equal(getattr(data, part), getattr(back, part))
    assert back.metadata == data.metadata


def test_parquet_round_trip_of_empty_data(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text(",".join(GA_HEADER) + "\n", encoding="utf-8")
    data = read_undl(path)
    back = read_parquet(data.to_parquet(tmp_path / "pq"))
    for part in ("records", "votes", "problems"):
        pd.testing.assert_frame_equal(getattr(data, part), getattr(back, part))


def test_read_parquet_of_a_folder_without_the_layout_fails(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=r"records\.parquet"):
        read_parquet(tmp_path)


# ----------------------------------------------------------------------------- Voeten


@pytest.fixture(scope="module")
def voeten() -> VoteData:
    return read_voeten(FIXTURES / "voeten_sample.csv")


def test_voeten_codes_become_votes_and_non_members_are_excluded(voeten: VoteData) -> None:
    raw = pd.read_csv(FIXTURES / "voeten_sample.csv")
    members = raw[raw.vote != 9]
    expected = members.vote.map({1: "yes", 2: "abstain", 3: "no", 8: "non_voting"})
    assert voeten.votes["vote"].astype(str).tolist() == expected.tolist()
    assert voeten.metadata["rows_read"] == len(raw)
    assert voeten.metadata["rejected_by_rule"] == {"voeten.not_member": int((raw.vote == 9).sum())}
    found = voeten.problems[voeten.problems.rule == "voeten.not_member"]
    assert len(found) == 1 and found["severity"].iat[0] == "info"
    _accounted(voeten)


@pytest.mark.parametrize(
    ("rcid", "ccode", "iso3"),
    [
        (1001, 365, "SUN"), (5309, 365, "RUS"), (1001, 345, "YUG"), (3001, 345, "SCG"),
        (5309, 345, "SRB"), (2001, 260, "DEU"), (2001, 265, "DDR"), (1001, 315, "CSK"),
        (2001, 678, "YEM"), (2001, 680, "YMD"), (5309, 679, "YEM"), (5309, 710, "CHN"),
        (1001, 200, "GBR"), (1001, 713, "CHN"),
    ],
    ids=lambda v: str(v),
)
def test_voeten_cow_codes_become_iso3_at_the_date_of_the_vote(
    voeten: VoteData, rcid: int, ccode: int, iso3: str
) -> None:
    row = voeten.votes[(voeten.votes.record_id == rcid) & (voeten.votes.ccode == ccode)]
    assert row["iso3"].astype(str).tolist() == [iso3]


def test_voeten_zanzibar_uses_the_registry_code(voeten: VoteData) -> None:
    row = voeten.votes[voeten.votes.ccode == 511]
    assert row["iso3"].astype(str).tolist() == [unvotes.resolve("Zanzibar", on="1963-12-17")]


def test_voeten_records_carry_totals_and_symbols(voeten: VoteData) -> None:
    rec = voeten.records.set_index("record_id")
    assert rec.loc[5309, "resolution"] == "A/RES/68/262"
    assert rec.loc[1001, "resolution"] == "A/RES/1983(XVIII)"
    assert rec.loc[2001, "resolution"] == "A/RES/40/151C"
    counted = voeten.votes.groupby(["record_id", "vote"], observed=False).size().unstack()
    for col in ("yes", "no", "abstain", "non_voting"):
        assert rec[col].astype(int).tolist() == counted.loc[rec.index, col].tolist()
    assert rec.loc[1001, "session"] == 18 and rec.loc[5309, "importantvote"] == 1
    assert rec.loc[1001, "date"] == pd.Timestamp("1963-12-17")
    assert voeten.problems.query("rule == 'voeten.totals_mismatch'").empty


def test_voeten_tab_file_with_decimal_codes_and_few_columns(tmp_path: Path) -> None:
    raw = pd.read_csv(FIXTURES / "voeten_sample.csv")
    small = raw[["rcid", "ccode", "vote", "Countryname", "session", "date", "unres"]].copy()
    small["vote"] = small["vote"].map(lambda v: f"{v}.0")
    small.loc[0, "vote"] = "7.0"  # an unknown code
    small.loc[1, "ccode"] = 999  # an unknown COW code with a known name
    path = tmp_path / "UNVotes.tab"
    small.to_csv(path, sep="\t", index=False)
    data = read_voeten(path)
    assert data.metadata["rejected_by_rule"] == {
        "voeten.unknown_vote_code": 1, "voeten.not_member": int((raw.vote == 9).sum())}
    assert "7.0" in data.problems.query("rule == 'voeten.unknown_vote_code'")["message"].iat[0]
    uk = data.votes[data.votes.ccode == 999]
    assert uk["iso3"].astype(str).tolist() == ["GBR"]
    assert "voeten.code_from_name" in _rules(data)
    # without published totals the counts are used
    assert data.records["yes"].sum() == (data.votes["vote"] == "yes").sum()
    _accounted(data)


def test_voeten_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("rcid,Countryname,vote\n1,France,1\n", encoding="utf-8")
    with pytest.raises(MissingColumnsError) as info:
        read_voeten(path)
    assert info.value.missing == ["ccode"]


def test_voeten_totals_mismatch_is_reported(tmp_path: Path) -> None:
    text = (FIXTURES / "voeten_sample.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    header, body = lines[0], [ln for ln in lines[1:] if ln.startswith("5309,")]
    body = [ln.replace(",2014,68,2,6,1,", ",2014,68,2,7,1,") for ln in body]
    path = tmp_path / "v.csv"
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    data = read_voeten(path)
    found = data.problems.query("rule == 'voeten.totals_mismatch'")
    assert found["expected"].tolist() == ["yes=7 no=1 abstain=2"]
    assert found["observed"].tolist() == ["yes=6 no=1 abstain=2"]


# ----------------------------------------------------------------------------- R unvotes


def _r_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    votes = pd.DataFrame({
        "rcid": [3, 3, 3, 3, 3, 9000, 9000, 9000, 9000],
        "country": ["United States", "Russia", "Federal Republic of Germany", "Yugoslavia",
                    "Taiwan", "United States", "Russia", "Germany", "Yugoslavia"],
        "country_code": ["US", "RU", None, "YU", "TW", "US", "RU", "DE", "YU"],
        "vote": ["yes", "no", "abstain", "yes", "no", "yes", "no", "yes", "abstain"],
    })
    calls = pd.DataFrame({
        "rcid": [3, 9000], "session": [1, 68], "importantvote": [0, 1],
        "date": pd.to_datetime(["1946-01-01", "2014-03-27"]).date,
        "unres": ["R/1/66", "R/68/262"], "amend": [1, 0], "para": [0, 0],
        "short": ["AMENDMENTS", None], "descr": ["TO ADOPT A CUBAN AMENDMENT", "UKRAINE"],
    })
    return votes, calls


def test_rvotes_frames_map_iso2_and_dated_codes() -> None:
    votes, calls = _r_frames()
    data = read_rvotes(votes, calls)
    got = data.votes.assign(iso3=data.votes.iso3.astype(str))
    # the China seat before 1971 is CHN (as in the UN Library), whatever the R label says
    assert got["iso3"].tolist() == ["USA", "SUN", "DEU", "YUG", "CHN", "USA", "RUS", "DEU",
                                    "SRB"]
    assert data.records["resolution"].tolist() == ["A/RES/66(I)", "A/RES/68/262"]
    assert data.records["yes"].tolist() == [2, 2] and data.records["no"].tolist() == [2, 1]
    assert data.records["non_voting"].isna().all()
    assert "rvotes.code_from_name" in _rules(data)
    assert data.metadata["rows_read"] == 9
    _accounted(data)


def test_rvotes_rejects_unknown_roll_calls_and_votes() -> None:
    votes, calls = _r_frames()
    votes.loc[0, "rcid"] = 77
    votes.loc[1, "vote"] = "maybe"
    data = read_rvotes(votes, calls)
    assert data.metadata["rejected_by_rule"] == {"rvotes.unknown_record": 1,
                                                 "rvotes.unknown_vote_code": 1}
    assert len(data.votes) == 7
    _accounted(data)


def test_rvotes_missing_columns() -> None:
    votes, calls = _r_frames()
    with pytest.raises(MissingColumnsError) as info:
        read_rvotes(votes.drop(columns=["vote"]), calls)
    assert info.value.missing == ["vote"]


@pytest.mark.parametrize(
    ("unres", "symbol"),
    [("R/68/262", "A/RES/68/262"), ("R/44/41C", "A/RES/44/41C"), ("R/1/66", "A/RES/66(I)"),
     ("R/21/2200A", "A/RES/2200(XXI)[A]"), ("R/30/3379", "A/RES/3379(XXX)"),
     ("A/RES/71/5", "A/RES/71/5"), ("", None), ("garbage", None)],
)
def test_unres_becomes_a_un_symbol(unres: str, symbol: str | None) -> None:
    got = _normalise_unres(unres)
    assert (None if pd.isna(got) else got) == symbol


# ----------------------------------------------------------------------------- read_any


def test_read_any_sniffs_every_layout(tmp_path: Path) -> None:
    ga = _write_ga(tmp_path / "ga.csv", [ES11])
    assert read_any(ga).metadata["loader"] == "read_undl"
    assert read_any(FIXTURES / "voeten_sample.csv").metadata["loader"] == "read_voeten"
    folder = read_undl(ga).to_parquet(tmp_path / "pq")
    assert read_any(folder).metadata["loader"] == "read_undl"
    rdir = tmp_path / "r"
    rdir.mkdir()
    votes, calls = _r_frames()
    votes.to_parquet(rdir / "un_votes.parquet")
    calls.to_parquet(rdir / "un_roll_calls.parquet")
    assert read_any(rdir).metadata["loader"] == "read_rvotes"
    assert read_any(rdir / "un_votes.parquet").metadata["rows_read"] == len(votes)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataFormatError, match="unrecognised"):
        read_any(other)


def test_summary_states_the_headline_facts(tmp_path: Path) -> None:
    data = read_undl(_write_ga(tmp_path / "ga.csv", [OLD, ES11]))
    facts = summary(data)
    assert facts["records"] == 2 and facts["votes"] == 11
    assert facts["first date"] == "1963-12-17" and facts["last date"] == "2023-02-23"
    assert facts["rows read"] == 11 and facts["rows rejected"] == 0
    assert facts["states"] == len(set(data.votes["iso3"].dropna()))
    assert facts == data.summary()
    assert np.all([isinstance(k, str) for k in facts])


def test_a_file_that_is_not_utf8_raises_a_format_error(tmp_path: Path) -> None:
    path = _write_ga(tmp_path / "ga.csv", [ES11])
    text = path.read_text(encoding="utf-8").replace("FRANCE", "CÔTE D'IVOIRE")
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(DataFormatError, match="UTF-8"):
        read_undl(path)


def test_voeten_roll_call_fields_that_differ_between_rows_are_reported(tmp_path: Path) -> None:
    lines = (FIXTURES / "voeten_sample.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("1963-12-17", "1963-12-18")  # second row of rcid 1001
    path = tmp_path / "v.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = read_voeten(path)
    found = data.problems.query("rule == 'voeten.inconsistent_record'")
    assert found["record_id"].tolist() == ["1001"] and "'date'" in found["message"].iat[0]
    assert data.records.set_index("record_id").loc[1001, "date"] == pd.Timestamp("1963-12-17")


def test_record_fields_that_differ_between_rows_are_reported(tmp_path: Path) -> None:
    path = _write_ga(tmp_path / "ga.csv", [ES11])
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("A/PV.921", "A/PV.999")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = read_undl(path)
    found = data.problems.query("rule == 'undl.inconsistent_record'")
    assert found["record_id"].tolist() == ["4003921"] and "'meeting'" in found["message"].iat[0]
    assert data.records["meeting"].tolist() == ["A/PV.921"]  # the first row's value
    assert len(data.votes) == 6


def test_without_a_code_column_every_state_is_resolved_by_name(tmp_path: Path) -> None:
    header = [h for h in GA_HEADER if h != "ms_code"]
    path = _write_ga(tmp_path / "ga.csv", [OLD, ES11], header=header)
    data = read_undl(path)
    with_codes = read_undl(_write_ga(tmp_path / "coded.csv", [OLD, ES11]))
    assert data.votes["iso3"].astype(str).tolist() == with_codes.votes["iso3"].astype(str).tolist()
    found = data.problems.query("rule == 'undl.code_from_name'")
    assert len(found) == 11 and set(found["severity"]) == {"info"}
