"""The flat article record shared by the Spark and Dask integrations.

A cleaned Article has nested dataclasses and a free-form metadata dict; data
frame engines want one fixed, typed schema. A *flat record* is a plain dict
with exactly these fields (the Arrow types are in `arrow_type()`, the Spark
DDL in `SPARK_DDL`):

==================  ==================================  =========================================
field               type                                content
==================  ==================================  =========================================
status              string                              ok, empty, too_large, timeout or error
message             string (null)                       why the status is not ok
title               string (null)                       the headline
byline              list<string>                        author names
dateline            string (null)                       dateline text, e.g. ``BEIJING:``
dateline_location   string (null)                       its place, when known
dateline_date       string (null)                       its date, when known
dateline_agency     string (null)                       its agency, when known
text                string                              body blocks joined by blank lines
                                                        (the dateline is cut off: see above)
paragraphs          list<string>                        body paragraphs, in order
headings            list<string>                        body headings, in order
captions            list<struct<text, credit>>          image captions, each once
language            string                              ISO 639-1 code or ``und``
removed             list<struct<reason, rule, text>>    every removed piece, in input order
removed_counts      map<string, int32>                  number of removals per reason
metadata_json       string                              ``Article.metadata`` as JSON
==================  ==================================  =========================================

Line numbers and caption raw text are left out: they refer to one input and
are rarely wanted in a table; use `Article.to_json` for the full record.

What a worker does with each value, the Cleaner it keeps and the clean that
never raises, is in `worker.py`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .article import Article

if TYPE_CHECKING:
    import pyarrow


FLAT_FIELDS: tuple[str, ...] = (
    "status",
    "message",
    "title",
    "byline",
    "dateline",
    "dateline_location",
    "dateline_date",
    "dateline_agency",
    "text",
    "paragraphs",
    "headings",
    "captions",
    "language",
    "removed",
    "removed_counts",
    "metadata_json",
)

SPARK_DDL = (
    "status string, message string, title string, byline array<string>, "
    "dateline string, dateline_location string, dateline_date string, "
    "dateline_agency string, text string, paragraphs array<string>, "
    "headings array<string>, captions array<struct<text: string, credit: string>>, "
    "language string, removed array<struct<reason: string, rule: string, text: string>>, "
    "removed_counts map<string, int>, metadata_json string"
)
"""The flat record as a Spark DDL type string (no pyspark import needed here)."""


def to_flat(article: Article) -> dict[str, Any]:
    """The flat record of an Article (see the module docstring for the fields)."""
    dateline = article.dateline
    return {
        "status": article.status,
        "message": article.message,
        "title": article.title,
        "byline": list(article.byline),
        "dateline": None if dateline is None else dateline.text,
        "dateline_location": None if dateline is None else dateline.location,
        "dateline_date": None if dateline is None else dateline.date,
        "dateline_agency": None if dateline is None else dateline.agency,
        "text": article.text,
        "paragraphs": article.paragraphs,
        "headings": article.headings,
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "language": article.language,
        "removed": [
            {"reason": r.reason.value, "rule": r.rule, "text": r.text} for r in article.removed
        ],
        "removed_counts": article.removed_by_reason(),
        # default=str: a reader may put a date or other non-JSON value in metadata,
        # and one such value must not fail a whole batch.
        "metadata_json": json.dumps(
            article.metadata, ensure_ascii=False, sort_keys=True, default=str
        ),
    }


def arrow_type() -> pyarrow.StructType:
    """The flat record as an Arrow struct type (imports pyarrow on first use)."""
    import pyarrow as pa

    string_list = pa.list_(pa.string())
    return pa.struct(
        [
            ("status", pa.string()),
            ("message", pa.string()),
            ("title", pa.string()),
            ("byline", string_list),
            ("dateline", pa.string()),
            ("dateline_location", pa.string()),
            ("dateline_date", pa.string()),
            ("dateline_agency", pa.string()),
            ("text", pa.string()),
            ("paragraphs", string_list),
            ("headings", string_list),
            ("captions", pa.list_(pa.struct([("text", pa.string()), ("credit", pa.string())]))),
            ("language", pa.string()),
            (
                "removed",
                pa.list_(
                    pa.struct(
                        [("reason", pa.string()), ("rule", pa.string()), ("text", pa.string())]
                    )
                ),
            ),
            ("removed_counts", pa.map_(pa.string(), pa.int32())),
            ("metadata_json", pa.string()),
        ]
    )


def to_arrow(records: Iterable[dict[str, Any]]) -> pyarrow.StructArray:
    """Flat records as one Arrow struct array (maps given as dicts)."""
    import pyarrow as pa

    rows = [{**r, "removed_counts": list(r["removed_counts"].items())} for r in records]
    return pa.array(rows, type=arrow_type())
