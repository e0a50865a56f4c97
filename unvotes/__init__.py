"""unvotes: reports of UN recorded votes into pandas, checked against the record.

>>> import unvotes
>>> result = unvotes.parse_text("The resolution was adopted by 141 votes to 7, with 32 abstentions.")
>>> int(result.tallies.loc[0, "yes"])
141
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from unvotes import datasets
from unvotes.analysis import agreement, alignment, bloc_votes
from unvotes.blocs import bloc_names, blocs
from unvotes.checks import check, check_many
from unvotes.countries import country_name, find_countries, members, resolve, resolve_many
from unvotes.datasets import fetch, locate
from unvotes.errors import (
    DataFormatError,
    DataNotFoundError,
    FetchError,
    InputFileError,
    MissingColumnsError,
    UnvotesError,
)
from unvotes.official import VoteData, read_parquet, read_rvotes, read_undl, read_voeten
from unvotes.parse import ParseResult, parse_file, parse_many, parse_text

try:
    __version__ = version("unvotes")
except PackageNotFoundError:  # running from a checkout without install
    __version__ = "0.0.0"

__all__ = [
    "DataFormatError",
    "DataNotFoundError",
    "FetchError",
    "InputFileError",
    "MissingColumnsError",
    "ParseResult",
    "UnvotesError",
    "VoteData",
    "__version__",
    "agreement",
    "alignment",
    "bloc_names",
    "bloc_votes",
    "blocs",
    "check",
    "check_many",
    "country_name",
    "datasets",
    "fetch",
    "find_countries",
    "locate",
    "members",
    "parse_file",
    "parse_many",
    "parse_text",
    "read_parquet",
    "read_rvotes",
    "read_undl",
    "read_voeten",
    "resolve",
    "resolve_many",
]
