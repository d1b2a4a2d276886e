"""Clean a column of a Spark DataFrame into a struct column of flat article records.

>>> from articleclean.spark import clean_dataframe  # doctest: +SKIP
>>> cleaned = clean_dataframe(df, "html", kind="html", url_column="url")  # doctest: +SKIP
>>> cleaned.select("url", "article.title", "article.removed_counts")  # doctest: +SKIP

The work runs in a pandas UDF: Spark hands each Python worker Arrow batches
(`spark.sql.execution.arrow.maxRecordsPerBatch` rows, 10,000 by default),
and the worker cleans them with one Cleaner per config for the life of the
process (`articleclean.worker.cached_cleaner`), not one per row or batch.
The struct has the fields of `articleclean.flat` (Spark DDL in
`articleclean.flat.SPARK_DDL`). Executors need articleclean and its
dependencies installed: see the README section "Scale out".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

try:
    import pandas as pd
    from pyspark.sql.functions import col, pandas_udf
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "articleclean.spark needs PySpark, pandas and pyarrow: pip install 'articleclean[spark]'"
    ) from exc

from .config import DEFAULT_MAX_INPUT_BYTES, CleanerConfig, resolve_config
from .flat import FLAT_FIELDS, SPARK_DDL, to_flat
from .pipeline import check_kind
from .worker import cached_cleaner, clean_value

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame

__all__ = ["SPARK_DDL", "WARC_DDL", "article_udf", "clean_dataframe", "warc_dataframe"]

WARC_DDL = (
    "source string, id string, url string, content_type string, kind string, "
    "content string, status string, message string"
)
"""The columns of `warc_dataframe`: one row per page or text dump of the crawl files."""


def article_udf(
    kind: str = "auto",
    *,
    with_url: bool = False,
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> Any:
    """A pandas UDF that turns a source column (and a url column if `with_url`)
    into a struct column of flat article records.

    `kind` is "text", "html" or "auto" (HTML recognised by its tags). The config
    is resolved here, on the driver, so a bad override fails before the job starts.
    """
    check_kind(kind)
    resolved = resolve_config(config, overrides)

    def clean_batch(sources: pd.Series, urls: pd.Series | None = None) -> pd.DataFrame:
        cleaner = cached_cleaner(resolved)
        url_values = [None] * len(sources) if urls is None else urls.tolist()
        records = [
            to_flat(clean_value(cleaner, source, kind, url))
            for source, url in zip(sources.tolist(), url_values, strict=True)
        ]
        return pd.DataFrame.from_records(records, columns=list(FLAT_FIELDS))

    if with_url:

        def clean_with_url(sources: pd.Series, urls: pd.Series) -> pd.DataFrame:
            return clean_batch(sources, urls)

        return pandas_udf(clean_with_url, returnType=SPARK_DDL)  # type: ignore[call-overload]

    def clean_source(sources: pd.Series) -> pd.DataFrame:
        return clean_batch(sources)

    return pandas_udf(clean_source, returnType=SPARK_DDL)  # type: ignore[call-overload]


def clean_dataframe(
    df: DataFrame,
    column: str,
    *,
    kind: str = "auto",
    url_column: str | None = None,
    output: str = "article",
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> DataFrame:
    """`df` with a struct column `output` holding the cleaned `column`.

    `column` holds text dumps or HTML (string or binary); `url_column`, if
    given, is passed to the HTML reader for metadata and link resolution.
    `config` and keyword `overrides` are CleanerConfig settings.
    """
    udf = article_udf(kind, with_url=url_column is not None, config=config, **overrides)
    arguments: list[Column] = [col(column)]
    if url_column is not None:
        arguments.append(col(url_column))
    return df.withColumn(output, udf(*arguments))


def warc_dataframe(
    spark: Any,
    paths: list[str],
    *,
    partitions: int | None = None,
    max_bytes: int | None = DEFAULT_MAX_INPUT_BYTES,
) -> DataFrame:
    """The pages and text dumps of WARC/WET files as a DataFrame (columns: `WARC_DDL`),
    each file read whole by one task; clean it with
    `clean_dataframe(df, "content", url_column="url")`. Rows of broken records have
    status "error", or "too_large" (over `max_bytes`, raw or decoded), and an empty
    `content`. The paths must be readable from the executors, which need the `warc` extra."""
    paths = [str(p) for p in paths]
    rdd = spark.sparkContext.parallelize(paths, partitions or max(1, len(paths)))
    rows = rdd.mapPartitions(lambda part: _warc_rows(part, max_bytes))
    return spark.createDataFrame(rows, schema=WARC_DDL)


def _warc_rows(paths: Any, max_bytes: int | None) -> Any:
    from .warc import records

    fields = [f.split()[0] for f in WARC_DDL.split(", ")]
    for record in records(paths, max_bytes=max_bytes):
        yield tuple(record[name] for name in fields)
