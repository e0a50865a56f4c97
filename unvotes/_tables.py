"""Vote tables in plain text and markdown: a row per count ("| In favour | 141 |") or a row
per vote under Yes / No / Abstain headers."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from unvotes import _text
from unvotes._counts import _MAX_COUNT, _ROLES, _Item
from unvotes._meta import _RES_RE, _normalise_resolution

#: column headers of a vote table: the count each column holds, or the document symbol
_TABLE_HEADS = {
    "yes": "yes", "ayes": "yes", "for": "yes", "in favour": "yes", "in favor": "yes",
    "no": "no", "noes": "no", "nays": "no", "against": "no",
    "abstain": "abstain", "abstained": "abstain", "abstaining": "abstain",
    "abstention": "abstain", "abstentions": "abstain",
    "absent": "absent", "did not vote": "absent", "not voting": "absent", "non-voting": "absent",
    "resolution": "symbol", "symbol": "symbol", "document": "symbol",
}  # fmt: skip
_TABLE_SEPARATOR_RE = re.compile(r"[ \t]*\|[ \t|:–—-]*")
_TABLE_CELL_RE = re.compile(r"\**(\d{1,3})\**")
_BARE_SYMBOL_RE = re.compile(r"[ \t]*(\d{1,2}/\d{1,4})[ \t]*")


class _Table(NamedTuple):
    """A vote table with a header row (``| Date | Resolution | Yes | No | Abstain |``)."""

    start: int
    end: int
    #: (start, end) of every line from the header to the last row
    lines: list[tuple[int, int]]
    items: list[_Item]
    #: {start of a row: the document symbol in its symbol column}
    symbols: dict[int, str]


def _lines(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    pos = a
    while pos < b:
        end = text.find("\n", pos, b)
        if end < 0:
            end = b
        yield pos, end
        pos = end + 1


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a table line ``| x | y |`` as spans between its pipes."""
    bars = []
    p = text.find("|", a, b)
    while p >= 0:
        bars.append(p)
        p = text.find("|", p + 1, b)
    return [(p0 + 1, p1) for p0, p1 in itertools.pairwise(bars)]


def _tables(text: str, regions: list[tuple[int, int]]) -> list[_Table]:
    """Vote tables whose header row lies in ``regions``: each row below it (with counts in
    the columns headed "Yes", "No", "Abstain", ...) is a tally of its own.

    Markdown or plain-text tables with pipes; a table runs until the first line that does
    not start with a pipe, also past the end of its region. Called only for texts with a
    pipe in them.
    """
    tables: list[_Table] = []
    done = 0  # every line before this was read (a table runs past its region)
    for a, b in regions:
        if b <= done or text.find("|", max(a, done), b) < 0:
            continue
        for l0, l1 in _lines(text, max(a, done), b):
            if l0 < done or not text[l0:l1].lstrip().startswith("|"):
                continue
            columns = {}
            for i, (c0, c1) in enumerate(_cells(text, l0, l1)):
                head = " ".join(text[c0:c1].replace("*", " ").split()).lower()
                if head in _TABLE_HEADS:
                    columns[i] = _TABLE_HEADS[head]
            if sum(role in _ROLES for role in columns.values()) < 2:
                continue
            table, done = _table_rows(text, l0, l1, columns)
            if table is not None:
                tables.append(table)
    return tables


def _table_rows(text: str, h0: int, h1: int, columns: dict[int, str],
                ) -> tuple[_Table | None, int]:
    """The rows below a header line ``text[h0:h1]`` with ``columns`` {cell index: role}, as
    a table (None without counts) and the end of its last line."""
    spans = [(h0, h1)]
    items: list[_Item] = []
    symbols: dict[int, str] = {}
    for l0, l1 in _lines(text, h1 + 1, len(text)):
        if not text[l0:l1].lstrip().startswith("|"):
            break
        spans.append((l0, l1))
        if _TABLE_SEPARATOR_RE.fullmatch(text, l0, l1):
            continue
        cells = _cells(text, l0, l1)
        row: list[_Item] = []
        for i, role in columns.items():
            if i >= len(cells):
                continue
            c0, c1 = cells[i]
            if role == "symbol":
                m = _RES_RE.search(text, c0, c1)
                sym = _normalise_resolution(m, None) if m is not None else None
                bare = _BARE_SYMBOL_RE.fullmatch(text, c0, c1)
                if sym is None and bare is not None:
                    sym = "A/RES/" + bare.group(1)  # "| 68/262 |" under "Resolution"
                if sym is not None:
                    symbols[l0] = sym
                continue
            cell = text[c0:c1]
            lead = len(cell) - len(cell.lstrip())
            m = _TABLE_CELL_RE.fullmatch(cell.strip())  # on the stripped cell: no backtracking
            if m is not None and int(m.group(1)) <= _MAX_COUNT:
                at = c0 + lead + m.start(1)
                row.append(_Item(role, int(m.group(1)), at, at + len(m.group(1)), True, row=True))
        if row:
            items.extend(row)
        else:
            symbols.pop(l0, None)
    end = spans[-1][1]
    if not items:
        return None, end
    return _Table(h0, end, spans, items, symbols), end


def _with_tables(text: str, regions: list[tuple[int, int]], tables: list[_Table],
                 ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """``regions`` widened to hold the tables, and their sentences: each table line is one."""
    spans = sorted([*regions, *((t.start, t.end) for t in tables)])
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    sents: list[tuple[int, int, str]] = []
    ti = 0
    for a, b in merged:
        pos = a
        while ti < len(tables) and tables[ti].start < b:
            t = tables[ti]
            sents.extend(_text.sentences(text, pos, t.start))
            for l0, l1 in t.lines:
                _text._add_span(text, l0, l1, sents)
            pos = t.end
            ti += 1
        sents.extend(_text.sentences(text, pos, b))
    return merged, sents
