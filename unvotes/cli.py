"""The ``unvotes`` command line: ``report``, ``parse``, ``check`` and ``data``.

Nothing in the package imports this module. Every command returns an exit status:
0 success, 1 an error-level finding (``check``/``report``), 2 bad arguments or input.

>>> main(["--version"])  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import pandas as pd

from unvotes.errors import UnvotesError

FORMATS = ("table", "json", "csv", "parquet")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


class _UsageError(Exception):
    """Bad arguments discovered after parsing (missing file, --out needed, ...)."""


def _build_parser() -> argparse.ArgumentParser:
    from unvotes import __version__

    parser = _Parser(
        prog="unvotes",
        description="Read reports of UN recorded votes, check them, and compare them with the record.",
    )
    parser.add_argument("--version", action="version", version=f"unvotes {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add_output(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
        p.add_argument("--out", type=Path, help="write to this file (json) or folder (csv, parquet)")

    report = sub.add_parser(
        "report",
        help="tally, named blocs and findings of each text (default: the bundled seed article)",
        description="Parse each text, check it, and print the tallies, the named voting blocs "
        "and the consistency findings. With no FILE, reads the bundled seed article.",
    )
    report.add_argument("files", nargs="*", type=Path, metavar="FILE")
    report.add_argument("--published", help="publication date of the text(s), YYYY-MM-DD")
    report.add_argument("--official", type=Path, help="official records to reconcile with (UN Library CSV or Parquet folder)")
    add_output(report)

    parse = sub.add_parser("parse", help="tallies and named positions of each text", description="Parse texts into tallies and named positions.")
    parse.add_argument("files", nargs="+", type=Path, metavar="PATH")
    parse.add_argument("--published", help="publication date of the text(s), YYYY-MM-DD")
    add_output(parse)

    check = sub.add_parser(
        "check",
        help="consistency findings for each text (exit 1 on any error)",
        description="Check each text; exit status 1 when any finding is an error.",
    )
    check.add_argument("files", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--published", help="publication date of the text(s), YYYY-MM-DD")
    check.add_argument("--official", type=Path, help="official records to reconcile with (UN Library CSV or Parquet folder)")
    add_output(check)

    data = sub.add_parser("data", help="official records: import, fetch, locate", description="Work with official roll-call data.")
    data_sub = data.add_subparsers(dest="data_command", metavar="ACTION", parser_class=_Parser)
    imp = data_sub.add_parser("import", help="convert an official file to the Parquet layout")
    imp.add_argument("file", type=Path)
    imp.add_argument("--out", type=Path, required=True, help="folder for the Parquet layout")
    fetch = data_sub.add_parser("fetch", help="download a file into the data cache")
    fetch.add_argument("url")
    fetch.add_argument("--sha256", help="expected SHA-256 of the file")
    data_sub.add_parser("locate", help="show where unvotes looks for official data")

    resolve = sub.add_parser("resolve", help="country names to ISO3 codes", description="Resolve country names to ISO3 codes.")
    resolve.add_argument("names", nargs="+", metavar="NAME")
    resolve.add_argument("--on", help="date the name refers to, YYYY-MM-DD")
    return parser


# --------------------------------------------------------------------------- helpers


def _check_inputs(files: Sequence[Path]) -> None:
    for path in files:
        if not path.exists():
            raise _UsageError(f"{path}: no such file")
        if path.is_dir():
            raise _UsageError(f"{path}: is a folder, not a text file")


def _parse_all(files: Sequence[Path], published: str | None) -> list[Any]:
    from unvotes.parse import parse_file

    _check_inputs(files)
    return [parse_file(path, published=published) for path in files]


def _load_official(path: Path | None) -> Any:
    if path is None:
        return None
    from unvotes.official import read_any

    if not path.exists():
        raise _UsageError(f"{path}: no such file")
    return read_any(path)


def _with_source(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    frame = frame.copy()
    if "source" in frame.columns:
        frame["source"] = source
    else:
        frame.insert(0, "source", source)
    frame["source"] = frame["source"].astype("string")
    return frame


def _source_name(result: Any, fallback: Path) -> str:
    return str(result.source) if getattr(result, "source", None) else str(fallback)


def _jsonable(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    cols = list(frame.columns)
    return [
        {c: _jsonable(v) for c, v in zip(cols, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


def _write_frames(frames: dict[str, pd.DataFrame], per_source: list[dict[str, Any]], fmt: str, out: Path | None) -> None:
    """Write machine-readable output: json to a file or stdout, csv/parquet to a folder."""
    if fmt == "json":
        text = json.dumps(per_source, indent=2, ensure_ascii=False)
        if out is None:
            sys.stdout.write(text + "\n")
        else:
            out.write_text(text + "\n", encoding="utf-8")
        return
    if fmt == "parquet" and out is None:
        raise _UsageError("--format parquet needs --out FOLDER")
    if out is None:  # csv to stdout, one block per table
        for name, frame in frames.items():
            sys.stdout.write(f"# {name}\n")
            frame.to_csv(sys.stdout, index=False, date_format="%Y-%m-%d")
            sys.stdout.write("\n")
        return
    if out.exists() and not out.is_dir():
        raise _UsageError(f"{out}: --out must be a folder for --format {fmt}")
    out.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        if fmt == "csv":
            frame.to_csv(out / f"{name}.csv", index=False, date_format="%Y-%m-%d")
        else:
            frame.to_parquet(out / f"{name}.parquet", index=False)


# --------------------------------------------------------------------------- tables


def _fmt(value: Any) -> str:
    value = _jsonable(value)
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    numeric = [
        any(r[i].isdigit() for r in rows) and all(r[i].isdigit() or r[i] == "—" for r in rows)
        for i in range(len(header))
    ]

    def line(cells: list[str]) -> str:
        out = [c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric, strict=True)]
        return "  " + "  ".join(out).rstrip()

    return "\n".join([line(header), "  " + "  ".join("-" * w for w in widths), *(line(r) for r in rows)])


def _tally_table(tallies: pd.DataFrame) -> str:
    if tallies.empty:
        return "  (no vote tally found in the text)"
    header = ["vote", "body", "resolution", "date", "yes", "no", "abstain", "absent", "adopted"]
    rows = [[_fmt(t[c]) for c in ["vote_id", *header[1:]]] for _, t in tallies.iterrows()]
    return _table(rows, header)


def _positions_table(positions: pd.DataFrame) -> str:
    if positions.empty:
        return "  (no country named with a position)"
    from unvotes.countries import country_name

    rows = []
    for (vote_id, position), group in positions.groupby(["vote_id", "position"], sort=False, dropna=False):
        complete = bool(group["complete"].all())
        names = [
            f"{country_name(iso3)} ({iso3})" if isinstance(iso3, str) else f"{name} (?)"
            for iso3, name in zip(group["iso3"], group["name"], strict=True)
        ]
        rows.append([_fmt(vote_id), str(position), "complete" if complete else "partial", str(len(names)), ", ".join(names)])
    return _table(rows, ["vote", "position", "list", "named", "countries"])


def _findings_table(findings: pd.DataFrame) -> str:
    if findings.empty:
        return "  (no findings)"
    rows = [[_fmt(f["vote_id"]), str(f["severity"]), str(f["rule"]), str(f["message"])] for _, f in findings.iterrows()]
    return _table(rows, ["vote", "severity", "rule", "message"])


# --------------------------------------------------------------------------- commands


def _run_texts(args: argparse.Namespace, *, with_findings: bool) -> int:
    from dataclasses import replace

    from unvotes.checks import check_many

    files: list[Path] = list(args.files)
    if not files and args.command == "report":
        from unvotes._data import seed_files

        files = seed_files()
    results = [
        replace(result, source=_source_name(result, path))
        for path, result in zip(files, _parse_all(files, args.published), strict=True)
    ]
    sources = [str(result.source) for result in results]
    frames = {
        "tallies": pd.concat([_with_source(r.tallies, s) for r, s in zip(results, sources, strict=True)], ignore_index=True),
        "positions": pd.concat([_with_source(r.positions, s) for r, s in zip(results, sources, strict=True)], ignore_index=True),
    }
    if with_findings:
        # All texts at once, so reports of the same vote that disagree are flagged too.
        official = _load_official(getattr(args, "official", None))
        frames["findings"] = check_many(results, official=official)

    per_source: list[dict[str, Any]] = []
    blocks: list[str] = []
    for result, source in zip(results, sources, strict=True):
        entry: dict[str, Any] = {
            "source": source,
            "tallies": _records(result.tallies),
            "positions": _records(result.positions),
        }
        parts = [f"unvotes report: {source}", "", "Vote tally", _tally_table(result.tallies), ""]
        parts += ["Named voting blocs", _positions_table(result.positions)]
        if with_findings:
            found = frames["findings"]
            found = found[found["source"] == source]
            entry["findings"] = _records(found.drop(columns=["source"]))
            parts += ["", "Consistency findings", _findings_table(found)]
        per_source.append(entry)
        blocks.append("\n".join(parts))

    if args.format == "table":
        text = "\n\n".join(blocks) + "\n"
        if args.out is not None:
            args.out.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    else:
        _write_frames(frames, per_source, args.format, args.out)

    if with_findings and args.command == "check":
        return 1 if (frames["findings"]["severity"] == "error").any() else 0
    return 0


def _run_data(args: argparse.Namespace) -> int:
    from unvotes import datasets

    if args.data_command == "import":
        from unvotes.official import read_any, summary

        if not args.file.exists():
            raise _UsageError(f"{args.file}: no such file")
        data = read_any(args.file)
        data.to_parquet(args.out)
        facts = summary(data)
        width = max(len(k) for k in facts)
        for key, value in facts.items():
            sys.stdout.write(f"{key.ljust(width)}  {value}\n")
        sys.stdout.write(f"{'written to'.ljust(width)}  {args.out}\n")
        return 0
    if args.data_command == "fetch":
        path = datasets.fetch(args.url, sha256=args.sha256, progress=sys.stderr.isatty())
        sys.stdout.write(f"{path}\n")
        return 0
    if args.data_command == "locate":
        sys.stdout.write(f"data folder: {datasets.data_dir()}\n")
        for name in datasets.KNOWN_FILES:
            found = datasets.locate(name)
            sys.stdout.write(f"  {name}: {found if found else 'not found'}\n")
        return 0
    raise _UsageError("data needs an action: import, fetch or locate")


def _run_resolve(args: argparse.Namespace) -> int:
    from unvotes.countries import country_name, resolve

    for name in args.names:
        code = resolve(name, on=args.on)
        label = f"{code}  {country_name(code)}" if code else "not resolved (unknown or ambiguous)"
        sys.stdout.write(f"{name}\t{label}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            parser.print_help()
            return 2
        if args.command == "report":
            return _run_texts(args, with_findings=True)
        if args.command == "parse":
            return _run_texts(args, with_findings=False)
        if args.command == "check":
            return _run_texts(args, with_findings=True)
        if args.command == "data":
            return _run_data(args)
        if args.command == "resolve":
            return _run_resolve(args)
    except _UsageError as exc:
        sys.stderr.write(f"unvotes: error: {exc}\n")
        return 2
    except (UnvotesError, OSError, UnicodeError) as exc:
        sys.stderr.write(f"unvotes: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    raise AssertionError(f"unhandled command {args.command!r}")
