"""Regenerate ``data/world_110m.json`` from Natural Earth 1:110m country shapes.

The shapes are Natural Earth "Admin 0 - Countries" at 1:110m (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), as shipped in the
``naturalearth_lowres`` test fixture of the pyogrio wheel. pyogrio is needed only to
run this script (``pip install pyogrio``); unvotes reads the JSON with no geo library.

Run from the repository root::

    python data/make_world_110m.py [path/to/naturalearth_lowres.shp]

What it does: reads every feature, fixes the ``-99`` ISO codes by country name
(France, Norway, and the three non-UN territories), orients rings so that exteriors
run counter-clockwise and holes clockwise (so matplotlib's non-zero fill draws holes),
rounds coordinates to 0.01 degree, drops repeated points, and writes compact JSON.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "world_110m.json"

# Natural Earth leaves ISO_A3 as "-99" for these; codes fixed by name. France and Norway
# get their ISO 3166-1 codes; territories that are not UN members get Natural Earth's
# own ADM0_A3 codes, so they are drawn but never match a UN member.
ISO_FIXES = {
    "France": "FRA",
    "Norway": "NOR",
    "Kosovo": "KOS",
    "N. Cyprus": "CYN",
    "Somaliland": "SOL",
}


def _default_source() -> Path:
    import pyogrio

    base = Path(pyogrio.__file__).resolve().parent
    return base / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"


def _read_rings(buf: bytes, pos: int) -> tuple[list[list[tuple[float, float]]], int]:
    """One WKB Polygon starting at ``pos`` -> (rings, new position)."""
    order = "<" if buf[pos] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", buf, pos + 1)
    if kind != 3:
        raise ValueError(f"expected a WKB Polygon, found type {kind}")
    (n_rings,) = struct.unpack_from(order + "I", buf, pos + 5)
    pos += 9
    rings = []
    for _ in range(n_rings):
        (n_points,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        flat = struct.unpack_from(order + "d" * (2 * n_points), buf, pos)
        pos += 16 * n_points
        rings.append(list(zip(flat[0::2], flat[1::2], strict=True)))
    return rings, pos


def _polygons(wkb: bytes) -> list[list[list[tuple[float, float]]]]:
    """WKB Polygon or MultiPolygon -> list of polygons, each a list of rings."""
    order = "<" if wkb[0] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", wkb, 1)
    if kind == 3:
        return [_read_rings(wkb, 0)[0]]
    if kind != 6:
        raise ValueError(f"unsupported WKB geometry type {kind}")
    (n_polys,) = struct.unpack_from(order + "I", wkb, 5)
    pos, polys = 9, []
    for _ in range(n_polys):
        rings, pos = _read_rings(wkb, pos)
        polys.append(rings)
    return polys


def _signed_area(ring: list[tuple[float, float]]) -> float:
    return 0.5 * sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
    )


def _compact(ring: list[tuple[float, float]], exterior: bool) -> list[float]:
    """Round to 0.01 degree, drop repeats, orient, flatten to [lon, lat, lon, lat, ...]."""
    points: list[tuple[float, float]] = []
    for lon, lat in ring:
        p = (round(lon, 2), round(lat, 2))
        if not points or points[-1] != p:
            points.append(p)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    if (_signed_area(points) > 0) != exterior:
        points.reverse()
    return [v for p in points for v in p]


def main(argv: list[str]) -> int:
    import pyogrio.raw

    source = Path(argv[1]) if len(argv) > 1 else _default_source()
    meta, _fids, geoms, fields = pyogrio.raw.read(source)
    cols = dict(zip(meta["fields"], fields, strict=True))
    countries = []
    for name, iso, continent, wkb in zip(
        cols["name"], cols["iso_a3"], cols["continent"], geoms, strict=True
    ):
        code = ISO_FIXES.get(name, iso)
        if not (isinstance(code, str) and len(code) == 3 and code.isalpha()):
            raise ValueError(f"no ISO3 code for {name!r} ({iso!r}); add it to ISO_FIXES")
        polygons = []
        for rings in _polygons(wkb):
            kept = [_compact(r, exterior=(i == 0)) for i, r in enumerate(rings)]
            kept = [r for r in kept if len(r) >= 6]
            if kept:
                polygons.append(kept)
        countries.append({"iso3": code, "name": name, "continent": continent, "polygons": polygons})
    countries.sort(key=lambda c: c["iso3"])
    codes = [c["iso3"] for c in countries]
    if len(set(codes)) != len(codes):
        raise ValueError("duplicate ISO3 codes after fixing")
    doc = {
        "source": "Natural Earth 1:110m Admin 0 Countries (public domain), via pyogrio's naturalearth_lowres fixture",
        "crs": "EPSG:4326 (lon, lat degrees, rounded to 0.01)",
        "format": "countries[].polygons[] = rings; ring = flat [lon, lat, ...]; first ring exterior (CCW), others holes (CW)",
        "iso_fixes": ISO_FIXES,
        "countries": countries,
    }
    OUT.write_text(
        json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
    )
    n_points = sum(len(r) // 2 for c in countries for p in c["polygons"] for r in p)
    print(
        f"wrote {OUT} ({len(countries)} countries, {n_points} points, {OUT.stat().st_size} bytes)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
