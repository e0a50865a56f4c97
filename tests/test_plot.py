"""Charts: rendered headless (Agg); assertions on what was drawn."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from cases import checks_frames as frames
from matplotlib.colors import to_hex

import unvotes
from unvotes import plot
from unvotes.parse import ParseResult


@pytest.fixture(autouse=True)
def _headless(monkeypatch):
    def _no_show(*_a, **_k):
        raise AssertionError("plot functions must not call plt.show()")

    monkeypatch.setattr(plt, "show", _no_show)
    yield
    plt.close("all")


def _seats(ax):
    return [p for p in ax.patches if str(p.get_gid()).startswith("seat:")]


def _by_position(patches):
    out: dict[str, int] = {}
    for p in patches:
        pos = p.get_gid().split(":")[1]
        out[pos] = out.get(pos, 0) + 1
    return out


def _official(counts: dict[str, int], record_id: int = 1) -> pd.DataFrame:
    votes = [v for v, k in counts.items() for _ in range(k)]
    return pd.DataFrame(
        {
            "record_id": record_id,
            "iso3": [f"S{i:03d}" for i in range(len(votes))],
            "vote": votes,
            "date": pd.Timestamp("2020-01-01"),
            "resolution": "A/RES/74/1",
        }
    )


def _footnotes(ax):
    return [t.get_text() for t in ax.texts if t.get_gid() == "source"]


# --------------------------------------------------------------------------- colours


def test_one_colour_scheme_distinct_for_every_position():
    colours = [to_hex(plot.COLORS[p]) for p in unvotes.analysis.POSITIONS]
    assert len(set(colours)) == 5
    assert set(plot.LABELS) >= set(unvotes.analysis.POSITIONS)


# --------------------------------------------------------------------------- hemicycle


def test_hemicycle_official_counts_and_colours():
    frame = _official({"yes": 12, "no": 3, "abstain": 5, "non_voting": 2})
    ax = plot.hemicycle(frame)
    seats = _seats(ax)
    assert len(seats) == 22
    assert _by_position(seats) == {"yes": 12, "no": 3, "abstain": 5, "non_voting": 2}
    for p in seats:
        assert to_hex(p.get_facecolor()) == to_hex(plot.COLORS[p.get_gid().split(":")[1]])
    assert ax.get_title() == "A/RES/74/1 (2020-01-01): 12 yes, 3 no, 5 abstain"
    # default labels: the smallest voting group (the 3 "no" states)
    assert sorted(a.get_gid() for a in ax.texts if str(a.get_gid()).startswith("label:")) == [
        "label:S012",
        "label:S013",
        "label:S014",
    ]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Yes 12",
        "No 3",
        "Abstain 5",
        "Absent / not voting 2",
    ]


def test_hemicycle_seats_do_not_overlap_and_blocks_are_contiguous():
    frame = _official({"yes": 141, "no": 7, "abstain": 32, "non_voting": 13})
    ax = plot.hemicycle(frame, labels=[])
    seats = _seats(ax)
    assert len(seats) == 193
    centres = np.array([p.center for p in seats])
    radius = seats[0].radius
    d = np.sqrt(((centres[:, None] - centres[None]) ** 2).sum(-1)) + np.eye(len(seats)) * 9
    assert d.min() >= 2 * radius * 0.99
    # left to right (by angle) the positions come in blocks: yes, no, abstain, non-voting
    angles = np.arctan2(centres[:, 1], centres[:, 0])
    order = [seats[i].get_gid().split(":")[1] for i in np.argsort(-angles, kind="stable")]
    changes = [order[0]] + [b for a, b in itertools.pairwise(order) if a != b]
    assert changes == ["yes", "no", "abstain", "non_voting"]


def _text_result(no=("RUS", "PRK", "SYR"), absent=pd.NA):
    tallies = frames.tallies(
        [{"date": "2023-02-23", "resolution": "A/RES/ES-11/6", "yes": 141, "no": 7, "abstain": 32,
          "absent": absent}]
    )
    positions = pd.DataFrame(
        {
            "vote_id": pd.array([0] * (len(no) + 1), "Int64"),
            "iso3": [*no, "IND"],
            "name": [*no, "India"],
            "position": ["no"] * len(no) + ["abstain"],
            "complete": False,
        }
    )
    return ParseResult(tallies=tallies, positions=positions, source="a news report")


def test_hemicycle_text_result_infers_absent_seats_and_labels_named_states():
    ax = plot.hemicycle(_text_result(), members=193)
    seats = _seats(ax)
    assert len(seats) == 193
    assert _by_position(seats) == {"yes": 141, "no": 7, "abstain": 32, "inferred": 13}
    assert all(p.get_hatch() for p in seats if ":inferred:" in p.get_gid())
    named = {p.get_gid() for p in seats if not p.get_gid().endswith(":")}
    assert named == {"seat:no:RUS", "seat:no:PRK", "seat:no:SYR", "seat:abstain:IND"}
    labels = {t.get_gid() for t in ax.texts if str(t.get_gid()).startswith("label:")}
    assert labels == {"label:RUS", "label:PRK", "label:SYR", "label:IND"}
    assert "Absent (inferred) 13" in [t.get_text() for t in ax.get_legend().get_texts()]
    assert _footnotes(ax) == ["Source: a news report"]


def test_hemicycle_text_with_stated_absent_has_no_inferred_seats():
    ax = plot.hemicycle(_text_result(absent=13), members=193)
    assert _by_position(_seats(ax)) == {"yes": 141, "no": 7, "abstain": 32, "non_voting": 13}


def test_hemicycle_text_without_tally_counts_is_unknown():
    result = _text_result()
    result.tallies["yes"] = pd.array([pd.NA], "Int64")
    ax = plot.hemicycle(result, members=193)
    counts = _by_position(_seats(ax))
    # "yes" count not stated: nothing is inferred, the rest is unknown
    assert counts == {"no": 7, "abstain": 32, "unknown": 154}
    unknown = [p for p in _seats(ax) if ":unknown:" in p.get_gid()]
    assert to_hex(unknown[0].get_facecolor()) == to_hex(plot.COLORS["unknown"])


def test_hemicycle_draws_on_given_axes():
    fig, ax = plt.subplots()
    assert plot.hemicycle(_official({"yes": 3}), ax=ax) is ax
    assert fig.axes[0] is ax


# --------------------------------------------------------------------------- bloc bars


def _bloc_frame():
    votes = pd.DataFrame(
        {
            "record_id": [1] * 6 + [2] * 6,
            "iso3": list("ABCDEF") * 2,
            "vote": [
                "yes",
                "yes",
                "no",
                "abstain",
                "yes",
                "non_voting",
                "no",
                "no",
                "no",
                "no",
                "yes",
                "yes",
            ],
            "resolution": ["R1"] * 6 + ["R2"] * 6,
        }
    )
    groups = pd.DataFrame(
        {"bloc": ["One"] * 4 + ["Two"] * 3, "iso3": ["A", "B", "C", "D", "D", "E", "F"]}
    )
    return unvotes.bloc_votes(votes, groups)


def test_bloc_bars_one_vote():
    frame = _bloc_frame()
    ax = plot.bloc_bars(frame.loc[frame["record_id"] == 1])
    assert len(ax.containers) == 5
    assert [c.get_label() for c in ax.containers] == [
        plot.LABELS[p] for p in unvotes.analysis.POSITIONS
    ]
    assert [len(c.patches) for c in ax.containers] == [2] * 5
    widths = np.array([[p.get_width() for p in c.patches] for c in ax.containers])
    assert np.allclose(widths.sum(axis=0), 1.0)
    # bloc One: 2 yes, 1 no, 1 abstain of 4 members
    assert widths[:, 0].tolist() == pytest.approx([0.5, 0.25, 0.25, 0, 0])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["One", "Two"]
    assert ax.get_title() == "How each bloc voted on R1"
    assert {t.get_text() for t in ax.texts} >= {"AI 0.25"}  # (2 - 0.5 * 2) / 4


def test_bloc_bars_several_votes_label_each_bar():
    ax = plot.bloc_bars(_bloc_frame())
    assert [len(c.patches) for c in ax.containers] == [4] * 5
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "One · R1",
        "Two · R1",
        "One · R2",
        "Two · R2",
    ]
    colours = {c.get_label(): to_hex(c.patches[0].get_facecolor()) for c in ax.containers}
    assert colours["Yes"] == to_hex(plot.COLORS["yes"]) and colours["No"] == to_hex(
        plot.COLORS["no"]
    )


# --------------------------------------------------------------------------- world map


def _countries(ax):
    return {
        p.get_gid().split(":")[1]: p for p in ax.patches if str(p.get_gid()).startswith("country:")
    }


def test_world_map_colours_each_state_by_its_vote():
    frame = pd.DataFrame(
        {
            "record_id": 1,
            "iso3": ["USA", "RUS", "CHN", "FRA", "NOR", "MLT"],
            "vote": ["yes", "no", "abstain", "yes", "non_voting", "yes"],
        }
    )
    ax = plot.world_map(frame)
    shapes = _countries(ax)
    assert len(shapes) == 176  # Natural Earth 1:110m, 177 countries less Antarctica
    for iso, pos in {
        "USA": "yes",
        "RUS": "no",
        "CHN": "abstain",
        "FRA": "yes",
        "NOR": "non_voting",
    }.items():
        assert to_hex(shapes[iso].get_facecolor()) == to_hex(plot.COLORS[pos]), iso
    assert to_hex(shapes["BRA"].get_facecolor()) == to_hex(plot.COLORS["outside"])
    note = _footnotes(ax)[0]
    assert "Natural Earth" in note and "1 voting states too small" in note  # Malta has no shape


def test_world_map_text_result_unnamed_members_unknown():
    ax = plot.world_map(_text_result())
    shapes = _countries(ax)
    assert shapes["RUS"].get_gid() == "country:RUS:no"
    assert shapes["IND"].get_gid() == "country:IND:abstain"
    if unvotes.analysis._try_members("2023-02-23") is not None:
        assert shapes["BRA"].get_gid() == "country:BRA:unknown"
    assert ax.get_title() == "How each state voted on A/RES/ES-11/6 (2023-02-23)"


def test_world_shapes_fixed_codes():
    codes = {iso for iso, _path in plot._world()}
    assert {"FRA", "NOR", "KOS", "CYN", "SOL"} <= codes
    assert not any(c.startswith("-") for c in codes)


# --------------------------------------------------------------------------- heatmap


def _two_blocs():
    names = ["A1", "B1", "A2", "B2", "A3"]
    block = np.array([[1 if n[0] == m[0] else 0.2 for m in names] for n in names], dtype=float)
    block[0, 2] = block[2, 0] = 0.95  # A1 and A2 closest
    return pd.DataFrame(block, index=names, columns=names)


def test_cluster_order_keeps_blocs_together():
    order = plot._cluster_order(_two_blocs().to_numpy())
    names = np.array(_two_blocs().index)[order]
    kinds = "".join(n[0] for n in names)
    assert kinds in ("AAABB", "BBAAA")
    assert abs(list(names).index("A1") - list(names).index("A2")) in (1, 2)


def test_agreement_heatmap_draws_clustered_matrix():
    matrix = _two_blocs()
    ax = plot.agreement_heatmap(matrix)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert sorted(labels) == sorted(matrix.index)
    assert "".join(s[0] for s in labels) in ("AAABB", "BBAAA")
    image = ax.get_images()[0].get_array()
    assert np.allclose(image, matrix.loc[labels, labels].to_numpy())
    assert ax.get_title() == "Voting agreement between states, clustered"
    by_name = plot.agreement_heatmap(matrix, order="name")
    assert [t.get_text() for t in by_name.get_xticklabels()] == list(matrix.index)


def test_agreement_heatmap_from_agreement_output():
    from test_analysis import SMALL

    ax = plot.agreement_heatmap(unvotes.agreement(SMALL, method="coincidence"))
    assert "coincidence" in ax.get_title()
    assert ax.get_images()[0].get_array().shape == (3, 3)


# --------------------------------------------------------------------------- alignment


def test_alignment_lines_one_line_per_state():
    from test_analysis import SMALL

    frame = unvotes.alignment(SMALL, with_="AAA")
    ax = plot.alignment_lines(frame, states=["BBB", "CCC"])
    lines = ax.get_lines()
    assert [ln.get_gid() for ln in lines] == ["line:BBB", "line:CCC"]
    ccc = lines[1]
    assert list(ccc.get_xdata()) == [2001, 2002]
    assert list(ccc.get_ydata()) == pytest.approx([0.0, 2 / 3])
    assert ax.get_title().startswith("Agreement with ")
    assert len(ax.get_legend().get_texts()) == 2


def test_every_chart_has_title_and_source():
    from test_analysis import SMALL

    charts = [
        plot.hemicycle(SMALL),
        plot.bloc_bars(_bloc_frame()),
        plot.world_map(SMALL),
        plot.agreement_heatmap(unvotes.agreement(SMALL)),
        plot.alignment_lines(unvotes.alignment(SMALL, with_="AAA")),
    ]
    for ax in charts:
        assert ax.get_title()
        assert len(_footnotes(ax)) == 1 and _footnotes(ax)[0].startswith("Source: ")
    assert plot.hemicycle(SMALL, source="my notes").texts[-1].get_text() == "Source: my notes"


@pytest.mark.shared_data
def test_real_es_11_6_hemicycle_and_map(shared_data):
    frame = pd.read_parquet(shared_data / "ukraine_votes.parquet")
    frame = frame.loc[frame["resolution"] == "A/RES/ES-11/6"]
    votes = pd.DataFrame(
        {
            "record_id": 4003921,
            "iso3": frame["country_iso3"],
            "vote": frame["vote"],
            "date": pd.to_datetime(frame["date"]),
            "resolution": frame["resolution"],
        }
    )
    ax = plot.hemicycle(votes)
    assert _by_position(_seats(ax)) == {"yes": 141, "no": 7, "abstain": 32, "non_voting": 13}
    assert len([t for t in ax.texts if str(t.get_gid()).startswith("label:")]) == 7
    shapes = _countries(plot.world_map(votes))
    assert (
        shapes["UKR"].get_gid() == "country:UKR:yes" and shapes["BLR"].get_gid() == "country:BLR:no"
    )


def test_seed_report_hemicycle(seed_text):
    result = unvotes.parse_text(seed_text, source="seed")
    ax = plot.hemicycle(result)
    counts = _by_position(_seats(ax))
    assert counts == {"yes": 141, "no": 7, "abstain": 32, "inferred": 13}
    labels = sorted(t.get_gid() for t in ax.texts if str(t.get_gid()).startswith("label:"))
    assert labels == sorted(f"label:{s}" for s in result.positions["iso3"])


def test_hemicycle_parse_many_result_keeps_one_article():
    one, two = _text_result(), _text_result(no=("BLR", "ERI"))
    tallies = pd.concat([one.tallies.assign(source="a"), two.tallies.assign(source="b")])
    positions = pd.concat([one.positions.assign(source="a"), two.positions.assign(source="b")])
    ax = plot.hemicycle(ParseResult(tallies=tallies, positions=positions), members=193)
    named = sorted(p.get_gid() for p in _seats(ax) if not p.get_gid().endswith(":"))
    assert named == ["seat:abstain:IND", "seat:no:PRK", "seat:no:RUS", "seat:no:SYR"]


def test_source_note_follows_the_data_through_analysis():
    from test_analysis import SMALL

    data = unvotes.VoteData(
        records=SMALL[["record_id", "date"]].drop_duplicates(),
        votes=SMALL[["record_id", "iso3", "vote"]],
        problems=pd.DataFrame(),
        metadata={"loader": "read_undl", "source_name": "ga.csv"},
    )
    expected = "Source: UN Digital Library voting data (ga.csv)"
    assert _footnotes(plot.hemicycle(data)) == [expected]
    assert _footnotes(plot.agreement_heatmap(unvotes.agreement(data))) == [expected]
    assert _footnotes(plot.alignment_lines(unvotes.alignment(data, "AAA"))) == [expected]
    bars = plot.bloc_bars(
        unvotes.bloc_votes(data, pd.DataFrame({"bloc": "B", "iso3": ["AAA", "BBB"]}))
    )
    assert _footnotes(bars)[0].startswith(expected + "; bloc membership")
    assert _footnotes(plot.world_map(data))[0].startswith(expected + "; shapes: Natural Earth")


def test_alignment_lines_break_at_a_gap_instead_of_bridging_it():
    frame = pd.DataFrame(
        {
            "period": [2000, 2001, 2002, 2000, 2002],
            "iso3": ["GBR", "GBR", "GBR", "ZAF", "ZAF"],
            "agreement": [0.8, 0.7, 0.75, 0.5, 0.6],
            "n_votes": 10,
        }
    )
    ax = plot.alignment_lines(frame, states=["GBR", "ZAF"])
    lines = {line.get_gid(): line for line in ax.get_lines()}
    zaf = np.asarray(lines["line:ZAF"].get_ydata(), dtype=float)
    assert list(lines["line:ZAF"].get_xdata()) == [2000.0, 2001.0, 2002.0]
    assert np.isnan(zaf[1]) and zaf[0] == 0.5 and zaf[2] == 0.6
    plt.close(ax.figure)
