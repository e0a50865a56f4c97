"""Turn a case table into pytest params: {style: [(case_id, *values[, xfail_reason])]}."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest


def params(cases: Mapping[str, Sequence[tuple]], n_values: int) -> list:
    """One ``pytest.param`` per row, id ``style-case_id``; an extra last item is a strict xfail."""
    out = []
    for style, rows in cases.items():
        for row in rows:
            case_id, values = row[0], row[1 : 1 + n_values]
            extra = row[1 + n_values :]
            marks = [pytest.mark.xfail(strict=True, reason=extra[0])] if extra else []
            out.append(pytest.param(*values, id=f"{style}-{case_id}", marks=marks))
    return out
