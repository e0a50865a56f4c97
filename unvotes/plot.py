"""Charts of UN votes with matplotlib: hemicycle, bloc bars, world map, heatmap, alignment.

Every function draws on ``ax`` (a new figure when None), returns the Axes and never
calls ``plt.show()``. All charts share one colour-blind-safe scheme (Okabe-Ito colours)
for yes / no / abstain / non-voting / unknown, titled with what they show and a
footnote naming the source.

>>> import pandas as pd
>>> from unvotes import plot
>>> v = pd.DataFrame({"record_id": 1, "iso3": ["USA", "FRA", "RUS"],
...                   "vote": ["yes", "yes", "no"]})
>>> ax = plot.hemicycle(v, labels=["RUS"])
>>> len([p for p in ax.patches if str(p.get_gid()).startswith("seat:")])
3
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Circle, Patch, PathPatch
from matplotlib.path import Path as MplPath

from unvotes import analysis
from unvotes._data import data_file

__all__ = [
    "COLORS",
    "LABELS",
    "LINE_COLORS",
    "agreement_heatmap",
    "alignment_lines",
    "bloc_bars",
    "hemicycle",
    "world_map",
]

#: One colour per position, used by every chart (Okabe-Ito, safe for colour blindness).
COLORS: dict[str, str] = {
    "yes": "#0072B2",  # blue
    "no": "#D55E00",  # vermillion
    "abstain": "#F0E442",  # yellow
    "non_voting": "#BBBBBB",  # grey
    "unknown": "#FFFFFF",  # white, drawn with an edge
    "outside": "#EEEEEE",  # not a member / no data (map only)
}
#: One label per position, used in every legend.
LABELS: dict[str, str] = {
    "yes": "Yes",
    "no": "No",
    "abstain": "Abstain",
    "non_voting": "Absent / not voting",
    "unknown": "Unknown",
    "outside": "Not a member / no data",
}
_EDGE = "#555555"
#: Line colours for several states on one chart (the rest of the Okabe-Ito palette).
LINE_COLORS = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#F0E442",
)
_ORDER = analysis.POSITIONS  # yes, no, abstain, non_voting, unknown


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is None:
        _fig, ax = plt.subplots(figsize=size)
    return ax


def _name(iso3: str) -> str:
    """Short English name from ``unvotes.country_name``, or the code when unavailable."""
    try:
        from unvotes.countries import country_name

        name = country_name(iso3)
        return str(name) if name else iso3
    except Exception:  # the countries table is optional for charts
        return iso3


def _footnote(ax: Axes, source: str | None, y: float = -0.02) -> None:
    if source:
        ax.text(
            0.0,
            y,
            f"Source: {source}",
            transform=ax.transAxes,
            fontsize=7,
            color=_EDGE,
            ha="left",
            va="top",
            gid="source",
        )


def _seat_style(position: str) -> dict[str, Any]:
    if position == "inferred":
        return {"facecolor": COLORS["non_voting"], "edgecolor": "white", "hatch": "////"}
    edge = _EDGE if position in ("unknown", "outside") else "none"
    return {"facecolor": COLORS[position], "edgecolor": edge}


def _legend_handle(position: str, count: int | None = None) -> Patch:
    label = "Absent (inferred)" if position == "inferred" else LABELS[position]
    if count is not None:
        label = f"{label} {count}"
    style = _seat_style(position)
    if position in ("unknown", "outside"):
        style["edgecolor"] = _EDGE
    return Patch(label=label, **style)


# --------------------------------------------------------------------------- hemicycle


def _seat_layout(n: int) -> tuple[np.ndarray, float]:
    """(x, y) of ``n`` seats in concentric half rings, left to right by angle; seat radius."""
    if n <= 0:
        return np.zeros((0, 2)), 0.05
    rows = max(1, int(np.ceil(np.sqrt(n / 3.5))))
    radii = np.linspace(0.45, 1.0, rows) if rows > 1 else np.array([1.0])
    per_row = np.floor(n * radii / radii.sum()).astype(int)
    for i in np.argsort(-radii)[: n - per_row.sum()]:
        per_row[i] += 1
    angles, rads = [], []
    for r, k in zip(radii, per_row, strict=True):
        if k == 0:
            continue
        angles.append(np.linspace(np.pi, 0, k) if k > 1 else np.array([np.pi / 2]))
        rads.append(np.full(k, r))
    angle, rad = np.concatenate(angles), np.concatenate(rads)
    order = np.lexsort((rad, -angle))
    gap_row = 0.55 / (rows - 1) if rows > 1 else 0.3
    gap_arc = min(np.pi * r / max(k - 1, 1) for r, k in zip(radii, per_row, strict=True) if k)
    seat = 0.45 * min(gap_row, gap_arc, 0.2)
    return np.column_stack([rad * np.cos(angle), rad * np.sin(angle)])[order], seat


def _spread(heights: list[float], top: float, gap: float = 0.07) -> list[float]:
    """Label heights for seats at ``heights`` (ascending): in order, ``gap`` apart, in [0, top]."""
    if not heights:
        return []
    h = np.asarray(heights, dtype=float)
    gap = min(gap, top / max(len(h) - 1, 1))
    steps = np.arange(len(h)) * gap
    h = np.maximum.accumulate(h - steps) + steps  # push up to keep the gap
    over = h[-1] - top
    if over > 0:  # then slide down, without going below 0
        h = np.minimum(h, top - steps[::-1])
        h = np.maximum.accumulate(h - steps) + steps
    return h.tolist()


def _seats_from_result(result: Any, vote_id: int | None, members: int | None) -> tuple[list, dict]:
    """Seats for a text ParseResult: tally counts, named states first in their block."""
    tallies, positions = result.tallies, result.positions
    if vote_id is None:
        ids = (
            list(tallies["vote_id"])
            if len(tallies)
            else list(positions["vote_id"].dropna().unique())
        )
        vote_id = int(ids[0]) if ids else None
    pos = (
        positions.loc[positions["vote_id"].astype("Int64") == vote_id]
        if vote_id is not None
        else positions
    )
    pos = pos.loc[pos["iso3"].notna()]
    row = (
        tallies.loc[tallies["vote_id"] == vote_id].iloc[0]
        if vote_id is not None and (tallies["vote_id"] == vote_id).any()
        else None
    )
    if row is not None and "source" in row.index and "source" in pos.columns:
        pos = pos.loc[pos["source"] == row["source"]]  # parse_many: one article's vote
    pos = pos.drop_duplicates("iso3")
    date = row["date"] if row is not None and "date" in row.index else pd.NaT
    if members is None:
        roster = analysis._try_members(date)
        members = len(roster) if roster else 193
    named = {
        p: sorted(
            pos.loc[pos["position"] == ("absent" if p == "non_voting" else p), "iso3"], key=_name
        )
        for p in ("yes", "no", "abstain", "non_voting")
    }
    counts = {}
    for p, col in (("yes", "yes"), ("no", "no"), ("abstain", "abstain"), ("non_voting", "absent")):
        stated = row[col] if row is not None and col in row.index else pd.NA
        counts[p] = max(int(stated), len(named[p])) if not pd.isna(stated) else len(named[p])
    known = (
        all(row is not None and not pd.isna(row[c]) for c in ("yes", "no", "abstain"))
        if row is not None
        else False
    )
    rest = max(members - sum(counts.values()), 0)
    absent_stated = row is not None and "absent" in row.index and not pd.isna(row["absent"])
    seats: list[tuple[str, str | None]] = []
    for p in ("yes", "no", "abstain", "non_voting"):
        seats += [(p, s) for s in named[p]] + [(p, None)] * (counts[p] - len(named[p]))
    filler = "inferred" if known and not absent_stated else "unknown"
    seats += [(filler, None)] * rest
    info = {
        "vote_id": vote_id,
        "date": date,
        "resolution": row["resolution"] if row is not None and "resolution" in row.index else None,
        "counts": counts,
        "source": analysis._provenance(result),
    }
    return seats, info


def _seats_from_votes(votes: Any, record_id: int | None) -> tuple[list, dict]:
    data = analysis._normalise(votes)
    recs = data.records
    j = 0 if record_id is None else int(np.nonzero(recs["record_id"].to_numpy() == record_id)[0][0])
    col = data.codes[:, j]
    inside = col != 5
    seats = sorted(
        ((_ORDER[c], s) for c, s in zip(col[inside], data.states[inside], strict=True)),
        key=lambda t: (_ORDER.index(t[0]), _name(t[1])),
    )
    rec = recs.iloc[j]
    counts = {p: int((col == k).sum()) for k, p in enumerate(_ORDER)}
    info = {
        "vote_id": int(rec["record_id"]),
        "date": rec["date"],
        "resolution": rec["resolution"] if "resolution" in rec.index else None,
        "counts": counts,
        "source": analysis._provenance(votes),
    }
    return seats, info


def hemicycle(
    votes: Any,
    record_id: int | None = None,
    ax: Axes | None = None,
    *,
    labels: Any = None,
    members: int | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """The tally of one vote as a parliament chart: one dot per member, coloured by position.

    ``votes`` is official data (``VoteData`` or a votes DataFrame; ``record_id`` picks the
    vote, default the first) or a text ``ParseResult`` (``record_id`` is then the
    ``vote_id``). For text, seats come from the tally counts and named states sit first in
    their block; with yes/no/abstain stated, the remaining members (``members``, default
    the UN membership that day or 193) are drawn as "absent (inferred)", otherwise unknown.
    ``labels``: iso3 codes to label; default the named states of a text report, or the
    smallest voting group (up to 12) of an official vote. Seat patches carry
    ``gid="seat:<position>:<iso3>"``.

    >>> v = pd.DataFrame({"record_id": 1, "iso3": ["USA", "FRA"], "vote": ["yes", "no"]})
    >>> hemicycle(v).get_title()
    'Vote 1: 1 yes, 1 no, 0 abstain'
    """
    ax = _axes(ax, (8, 4.8))
    text = hasattr(votes, "positions") and hasattr(votes, "tallies")
    seats, info = (
        _seats_from_result(votes, record_id, members)
        if text
        else _seats_from_votes(votes, record_id)
    )
    xy, radius = _seat_layout(len(seats))
    if labels is None:
        if text:
            labels = [s for _p, s in seats if s]
        else:
            groups = [[s for p, s in seats if p == q] for q in ("yes", "no", "abstain")]
            groups = [g for g in groups if g]
            small = min(groups, key=len) if groups else []
            labels = small if len(small) <= 12 else []
    labels = set(labels)
    for (pos, iso), (x, y) in zip(seats, xy, strict=True):
        patch = Circle(
            (x, y), radius, gid=f"seat:{pos}:{iso or ''}", **_seat_style(pos), linewidth=0.6
        )
        ax.add_patch(patch)
    labelled = [
        (iso, x, y) for (_p, iso), (x, y) in zip(seats, xy, strict=True) if iso and iso in labels
    ]
    for side in (-1, 1):
        mine = sorted((t for t in labelled if (t[1] >= 0) == (side > 0)), key=lambda t: t[2])
        heights = _spread([y for _iso, _x, y in mine], top=1.3)
        font = 7 if len(mine) <= 18 else max(4, int(7 * 18 / len(mine)))
        for (iso, x, y), ty in zip(mine, heights, strict=True):
            ax.annotate(
                _name(iso),
                (x, y),
                xytext=(side * 1.12, ty),
                textcoords="data",
                fontsize=font,
                ha="left" if side > 0 else "right",
                va="center",
                gid=f"label:{iso}",
                arrowprops={
                    "arrowstyle": "-",
                    "color": _EDGE,
                    "linewidth": 0.4,
                    "shrinkA": 0,
                    "shrinkB": 2,
                    "alpha": 0.7,
                },
            )
    counts = {}
    for pos, _iso in seats:
        counts[pos] = counts.get(pos, 0) + 1
    handles = [_legend_handle(p, counts[p]) for p in (*_ORDER, "inferred") if counts.get(p)]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.04),
        ncol=len(handles),
        fontsize=8,
        frameon=False,
    )
    ax.set_xlim(-1.55, 1.55)
    ax.set_ylim(-0.1, 1.35)
    ax.set_aspect("equal")
    ax.axis("off")
    if title is None:
        c = info["counts"]
        unnamed = "Reported vote" if text else f"Vote {info['vote_id']}"
        head = info["resolution"] if isinstance(info["resolution"], str) else unnamed
        when = f" ({pd.Timestamp(info['date']).date()})" if not pd.isna(info["date"]) else ""
        title = f"{head}{when}: {c['yes']} yes, {c['no']} no, {c['abstain']} abstain"
    ax.set_title(title)
    _footnote(ax, source or info["source"], y=-0.04)
    return ax


# --------------------------------------------------------------------------- bloc bars


def bloc_bars(
    frame: pd.DataFrame,
    ax: Axes | None = None,
    *,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Stacked 100% horizontal bars, one per row of :func:`unvotes.bloc_votes` output.

    Segments are the shares of each bloc's members voting yes / no / abstain / not voting /
    unknown; the Agreement Index (cohesion) is written at the end of each bar. With several
    votes each bar is labelled "bloc · resolution". One ``BarContainer`` per position.

    >>> f = pd.DataFrame({"bloc": ["EU", "AU"], "yes": [27, 20], "no": [0, 5], "abstain": [0, 30],
    ...                   "non_voting": [0, 0], "unknown": [0, 0], "cohesion": [1.0, 0.32]})
    >>> len(bloc_bars(f).containers)
    5
    """
    ax = _axes(ax, (8, max(2.5, 0.4 * len(frame) + 1.2)))
    counts = np.column_stack(
        [frame[p].to_numpy(float) if p in frame.columns else np.zeros(len(frame)) for p in _ORDER]
    )
    totals = counts.sum(axis=1)
    shares = np.divide(
        counts, totals[:, None], out=np.zeros_like(counts), where=totals[:, None] > 0
    )
    several = "record_id" in frame.columns and frame["record_id"].nunique() > 1
    names = []
    for _, row in frame.iterrows():
        label = str(row["bloc"])
        if several:
            res = row.get("resolution")
            label += " · " + (res if isinstance(res, str) else str(row["record_id"]))
        names.append(label)
    y = np.arange(len(frame))[::-1]
    left = np.zeros(len(frame))
    for k, pos in enumerate(_ORDER):
        style = _seat_style(pos)
        ax.barh(
            y,
            shares[:, k],
            left=left,
            height=0.7,
            label=LABELS[pos],
            color=style["facecolor"],
            edgecolor=_EDGE if pos == "unknown" else "white",
            linewidth=np.where(shares[:, k] > 0, 0.5, 0.0),
            gid=f"bar:{pos}",
        )
        left += shares[:, k]
    if "cohesion" in frame.columns:
        for yi, c in zip(y, frame["cohesion"], strict=True):
            text = "AI n/a" if pd.isna(c) else f"AI {float(c):.2f}"
            ax.text(1.01, yi, text, va="center", fontsize=7, color=_EDGE)
    ax.set_yticks(y, names)
    ax.set_xlim(0, 1.12)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("share of bloc members")
    handles = [_legend_handle(p) for p in _ORDER if counts[:, _ORDER.index(p)].sum() > 0]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.18 if len(frame) > 3 else -0.3),
        ncol=len(handles),
        fontsize=8,
        frameon=False,
    )
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if title is None:
        if several or "record_id" not in frame.columns or not len(frame):
            title = "How each bloc voted (share of members)"
        else:
            res = frame["resolution"].iloc[0] if "resolution" in frame.columns else None
            title = f"How each bloc voted on {res if isinstance(res, str) else 'vote ' + str(frame['record_id'].iloc[0])}"
    ax.set_title(title)
    _footnote(
        ax,
        source
        or f"{frame.attrs.get('source', 'UN recorded votes')}; bloc membership: unvotes blocs table",
        y=-0.32 if len(frame) > 3 else -0.5,
    )
    return ax


# --------------------------------------------------------------------------- world map


@cache
def _world() -> list[tuple[str, MplPath]]:
    """(iso3, Path) for every Natural Earth 1:110m country, from ``data/world_110m.json``."""
    doc = json.loads(data_file("world_110m.json").read_text(encoding="utf-8"))
    shapes = []
    for country in doc["countries"]:
        if country["iso3"] == "ATA":
            continue
        verts, codes = [], []
        for polygon in country["polygons"]:
            for ring in polygon:
                pts = np.asarray(ring, dtype=float).reshape(-1, 2)
                verts += [*pts, pts[0]]
                codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(pts) - 1) + [MplPath.CLOSEPOLY]
        shapes.append((country["iso3"], MplPath(np.asarray(verts), codes)))
    return shapes


def world_map(
    votes: Any,
    record_id: int | None = None,
    ax: Axes | None = None,
    *,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """A world map of one vote, each country coloured by its position.

    Shapes are Natural Earth 1:110m (public domain), bundled in ``data/world_110m.json``
    and drawn with matplotlib alone (plate carrée). Countries that were not UN members
    (or are not in the data) are pale grey; for text reports, members not named are
    unknown. Small states that have no 1:110m shape are counted in the footnote.
    Country patches carry ``gid="country:<iso3>:<position>"``.

    >>> v = pd.DataFrame({"record_id": 1, "iso3": ["USA", "CAN"], "vote": ["yes", "no"]})
    >>> ax = world_map(v)
    >>> sorted(p.get_gid() for p in ax.patches if "USA" in p.get_gid() or "CAN" in p.get_gid())
    ['country:CAN:no', 'country:USA:yes']
    """
    ax = _axes(ax, (10, 5.2))
    data = analysis._normalise(votes)
    recs = data.records
    j = 0 if record_id is None else int(np.nonzero(recs["record_id"].to_numpy() == record_id)[0][0])
    col = data.codes[:, j]
    where = {s: ("outside" if c == 5 else _ORDER[c]) for s, c in zip(data.states, col, strict=True)}
    drawn = set()
    used: dict[str, int] = {}
    for iso, path in _world():
        pos = where.get(iso, "outside")
        style = _seat_style(pos)
        ax.add_patch(
            PathPatch(
                path,
                facecolor=style["facecolor"],
                edgecolor="white" if pos != "unknown" else _EDGE,
                linewidth=0.3,
                gid=f"country:{iso}:{pos}",
            )
        )
        drawn.add(iso)
        if pos != "outside":
            used[pos] = used.get(pos, 0) + 1
    counts = {p: int((col == k).sum()) for k, p in enumerate(_ORDER)}
    handles = [_legend_handle(p, counts[p]) for p in _ORDER if counts[p]] + [
        _legend_handle("outside")
    ]
    ax.legend(handles=handles, loc="lower left", fontsize=7, frameon=False)
    ax.set_xlim(-180, 180)
    ax.set_ylim(-58, 84)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    rec = recs.iloc[j]
    if title is None:
        res = (
            rec["resolution"]
            if "resolution" in rec.index and isinstance(rec["resolution"], str)
            else ("a reported vote" if data.text else f"vote {rec['record_id']}")
        )
        when = f" ({pd.Timestamp(rec['date']).date()})" if not pd.isna(rec["date"]) else ""
        title = f"How each state voted on {res}{when}"
    ax.set_title(title)
    hidden = sorted(s for s, c in zip(data.states, col, strict=True) if c != 5 and s not in drawn)
    src = source or analysis._provenance(votes)
    note = f"{src}; shapes: Natural Earth 1:110m (public domain)."
    if hidden:
        note += f" {len(hidden)} voting states too small to draw at this scale are not shown."
    _footnote(ax, note, y=-0.01)
    return ax


# --------------------------------------------------------------------------- heatmap


def _cluster_order(matrix: np.ndarray) -> np.ndarray:
    """Leaf order of average-linkage (UPGMA) clustering on distance ``1 - agreement``.

    Plain numpy, O(n^3) for n states (fast for the ~200 UN members). Missing values count
    as the largest distance (1).
    """
    sim = np.asarray(matrix, dtype=float)
    n = len(sim)
    if n <= 2:
        return np.arange(n)
    dist = 1.0 - np.nan_to_num((sim + sim.T) / 2, nan=0.0)
    np.fill_diagonal(dist, np.inf)
    size = np.ones(n)
    members: list[list[int]] = [[i] for i in range(n)]
    alive = np.ones(n, dtype=bool)
    for _ in range(n - 1):
        masked = np.where(alive[:, None] & alive[None, :], dist, np.inf)
        i, j = np.unravel_index(np.argmin(masked), masked.shape)
        i, j = (i, j) if i < j else (j, i)
        merged = (dist[i] * size[i] + dist[j] * size[j]) / (size[i] + size[j])
        dist[i, :] = merged
        dist[:, i] = merged
        dist[i, i] = np.inf
        alive[j] = False
        size[i] += size[j]
        members[i] = members[i] + members[j]
    return np.asarray(members[int(np.nonzero(alive)[0][0])])


def agreement_heatmap(
    matrix: pd.DataFrame,
    ax: Axes | None = None,
    *,
    order: str = "cluster",
    max_labels: int = 60,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Heatmap of a square :func:`unvotes.agreement` matrix, states ordered by clustering.

    ``order="cluster"`` sorts rows and columns by average-linkage hierarchical clustering
    (so blocs that vote alike sit together); ``"name"`` keeps the given order. Tick labels
    (iso3) are shown when there are at most ``max_labels`` states.

    >>> m = pd.DataFrame([[1, .2, .9], [.2, 1, .1], [.9, .1, 1]], index=list("ABC"), columns=list("ABC"))
    >>> [t.get_text() for t in agreement_heatmap(m).get_xticklabels()]
    ['A', 'C', 'B']
    """
    ax = _axes(ax, (8, 7))
    if order not in ("cluster", "name"):
        raise ValueError(f"order must be 'cluster' or 'name', not {order!r}")
    idx = _cluster_order(matrix.to_numpy(float)) if order == "cluster" else np.arange(len(matrix))
    shown = matrix.iloc[idx, idx]
    image = ax.imshow(
        shown.to_numpy(float), cmap="cividis", vmin=0, vmax=1, interpolation="nearest"
    )
    labels = [str(s) for s in shown.index]
    if len(labels) <= max_labels:
        ax.set_xticks(range(len(labels)), labels, rotation=90, fontsize=7)
        ax.set_yticks(range(len(labels)), labels, fontsize=7)
    else:
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel(f"{len(labels)} states, clustered")
    ax.figure.colorbar(image, ax=ax, shrink=0.8, label="agreement (1 = always voted alike)")
    method = matrix.attrs.get("method", "agreement")
    ax.set_title(
        title or f"Voting {method} between states" + (", clustered" if order == "cluster" else "")
    )
    _footnote(
        ax,
        source or matrix.attrs.get("source", "UN recorded votes"),
        y=-0.12 if len(labels) <= max_labels else -0.06,
    )
    return ax


# --------------------------------------------------------------------------- alignment


def alignment_lines(
    frame: pd.DataFrame,
    states: Any = None,
    ax: Axes | None = None,
    *,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Lines of each state's agreement with one state over time (:func:`unvotes.alignment`).

    ``states`` picks the lines (iso3 codes); default: up to six large states present
    (UK, France, Russia, China, India, Brazil), else the first six. One Line2D per state,
    labelled with its name.

    >>> f = pd.DataFrame({"period": [2000, 2001] * 2, "iso3": ["GBR"] * 2 + ["FRA"] * 2,
    ...                   "agreement": [0.8, 0.7, 0.6, 0.65], "n_votes": 10})
    >>> len(alignment_lines(f).get_lines())
    2
    """
    ax = _axes(ax, (9, 4.5))
    present = list(dict.fromkeys(frame["iso3"].astype(str)))
    if states is None:
        preferred = [s for s in ("GBR", "FRA", "RUS", "CHN", "IND", "BRA") if s in present]
        states = preferred or present[:6]
    elif isinstance(states, str):
        states = [states]
    periods = np.sort(pd.unique(frame["period"].dropna().astype(float)))
    for k, iso in enumerate(states):
        rows = frame.loc[frame["iso3"].astype(str) == iso]
        # Every period on the axis, NaN where the state has no value: the line breaks at a
        # gap (South Africa 1974-1994, a state before admission) instead of bridging it.
        series = pd.Series(rows["agreement"].astype(float).to_numpy(), index=rows["period"].astype(float))
        series = series.groupby(level=0).mean().reindex(periods)
        ax.plot(
            series.index.to_numpy(),
            series.to_numpy(),
            marker="o",
            markersize=2.5,
            linewidth=1.5,
            color=LINE_COLORS[k % len(LINE_COLORS)],
            label=_name(iso),
            gid=f"line:{iso}",
        )
    ax.set_ylim(0, 1.02)
    ax.set_ylabel(frame.attrs.get("method", "agreement"))
    ax.set_xlabel("year" if frame["period"].max() > 1900 else "session")
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    ax.legend(fontsize=8, frameon=False, loc="lower left", ncol=min(3, max(1, len(states))))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    with_ = frame.attrs.get("with_")
    ax.set_title(
        title
        or (f"Agreement with {_name(with_)} in recorded votes" if with_ else "Agreement over time")
    )
    _footnote(ax, source or frame.attrs.get("source", "UN recorded votes"), y=-0.14)
    return ax
