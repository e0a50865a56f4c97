"""Exceptions raised by unvotes.

Every error the package raises on purpose derives from :class:`UnvotesError`,
so callers can catch one class. Each also derives from the matching built-in
(``ValueError``, ``FileNotFoundError``, ...) so generic handlers keep working.
"""

from __future__ import annotations


class UnvotesError(Exception):
    """Base class of every error raised on purpose by unvotes."""


class DataFormatError(UnvotesError, ValueError):
    """A data file is malformed: says which file, which line (when known) and what.

    >>> str(DataFormatError("truncated row", path="votes.csv", line=12))
    'votes.csv, line 12: truncated row'
    """

    def __init__(self, problem: str, *, path: object = None, line: int | None = None) -> None:
        self.problem = problem
        self.path = None if path is None else str(path)
        self.line = line
        where = self.path or "<input>"
        if line is not None:
            where = f"{where}, line {line}"
        super().__init__(f"{where}: {problem}")


class MissingColumnsError(DataFormatError):
    """A table lacks required columns; ``missing`` lists them."""

    def __init__(self, missing: list[str], *, path: object = None) -> None:
        self.missing = list(missing)
        super().__init__("missing required column(s): " + ", ".join(self.missing), path=path)


class InputFileError(UnvotesError, OSError):
    """A file given by the user cannot be opened or decoded."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class DataNotFoundError(UnvotesError, FileNotFoundError):
    """Official data is not on this machine; the message says where to get it."""


class FetchError(UnvotesError, OSError):
    """A download failed or its checksum did not match."""
