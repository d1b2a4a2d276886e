"""Clean Dask bags and DataFrames partition by partition.

>>> from articleclean.dask import clean_bag, clean_dataframe  # doctest: +SKIP
>>> records = clean_bag(dask.bag.from_sequence(dumps), kind="text")  # doctest: +SKIP
>>> cleaned = clean_dataframe(ddf, "html", kind="html", url_column="url")  # doctest: +SKIP

Both work with `map_partitions`, so each task looks up its Cleaner once
(`articleclean.worker.cached_cleaner`: one per config per worker process) and
cleans a whole partition. Bags yield flat records (plain dicts, see
`articleclean.flat`); DataFrames get one struct column with the same fields,
stored as a pyarrow struct (`pd.ArrowDtype`), the same schema the Spark
integration produces. Read such Parquet back with `dtype_backend="pyarrow"`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

try:
    import dask.bag
    import dask.dataframe
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "articleclean.dask needs dask[bag,dataframe], pandas and pyarrow: "
        "pip install 'articleclean[dask]'"
    ) from exc

from .article import Article
from .config import DEFAULT_MAX_INPUT_BYTES, CleanerConfig, resolve_config
from .flat import arrow_type, to_arrow, to_flat
from .pipeline import check_kind
from .worker import cached_cleaner, clean_value

__all__ = [
    "article_dtype",
    "clean_bag",
    "clean_dataframe",
    "clean_frame",
    "clean_warc",
    "read_warc",
]


def article_dtype() -> pd.ArrowDtype:
    """The pandas dtype of the article column: a pyarrow struct of the flat fields."""
    return pd.ArrowDtype(arrow_type())


def clean_bag(
    bag: dask.bag.Bag,
    *,
    kind: str = "auto",
    field: str | None = None,
    url_field: str | None = None,
    output: str = "article",
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> dask.bag.Bag:
    """Clean every element of `bag`.

    Without `field`, elements are documents (str or bytes) and the result is
    a bag of flat records. With `field`, elements are mappings: the document
    is `element[field]`, the url `element[url_field]`, and the result is each
    element with its flat record added under `output` (an element that is not a
    mapping, e.g. a null line of JSON, becomes `{output: record}` of status error).
    """
    check_kind(kind)
    resolved = resolve_config(config, overrides)
    if field is None:
        return bag.map_partitions(_clean_documents, kind, resolved)
    return bag.map_partitions(_clean_mappings, kind, resolved, field, url_field, output)


def _clean_documents(
    documents: Iterable[str | bytes], kind: str, config: CleanerConfig
) -> list[dict[str, Any]]:
    cleaner = cached_cleaner(config)
    return [to_flat(clean_value(cleaner, document, kind)) for document in documents]


def _clean_mappings(
    elements: Iterable[Any],
    kind: str,
    config: CleanerConfig,
    field: str,
    url_field: str | None,
    output: str,
) -> list[dict[str, Any]]:
    cleaner = cached_cleaner(config)
    results = []
    for element in elements:
        if not isinstance(element, Mapping):
            # (`element.get` raised: one null line of a JSON bag lost the partition)
            message = f"not a mapping: {type(element).__name__}"
            results.append({output: to_flat(Article(status="error", message=message))})
            continue
        url = element.get(url_field) if url_field is not None else None
        article = clean_value(cleaner, element.get(field), kind, url)
        results.append({**element, output: to_flat(article)})
    return results


def clean_frame(
    frame: pd.DataFrame,
    column: str,
    *,
    kind: str = "auto",
    url_column: str | None = None,
    output: str = "article",
    config: CleanerConfig | None = None,
) -> pd.DataFrame:
    """A pandas DataFrame with the struct column `output` added: one partition's work."""
    cleaner = cached_cleaner(config)
    urls = frame[url_column].tolist() if url_column is not None else [None] * len(frame)
    records = [
        to_flat(clean_value(cleaner, source, kind, url))
        for source, url in zip(frame[column].tolist(), urls, strict=True)
    ]
    articles = pd.arrays.ArrowExtensionArray(to_arrow(records))
    return frame.assign(**{output: pd.Series(articles, index=frame.index)})


def clean_dataframe(
    ddf: dask.dataframe.DataFrame,
    column: str,
    *,
    kind: str = "auto",
    url_column: str | None = None,
    output: str = "article",
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> dask.dataframe.DataFrame:
    """`ddf` with a struct column `output` holding the cleaned `column`.

    `column` holds text dumps or HTML; `url_column`, if given, goes to the HTML
    reader. `config` and keyword `overrides` are CleanerConfig settings.
    """
    check_kind(kind)
    resolved = resolve_config(config, overrides)
    meta = ddf._meta.assign(**{output: pd.Series([], dtype=article_dtype())})
    return ddf.map_partitions(
        clean_frame,
        column,
        kind=kind,
        url_column=url_column,
        output=output,
        config=resolved,
        meta=meta,
    )


def read_warc(
    paths: Iterable[str],
    *,
    partitions: int | None = None,
    max_bytes: int | None = DEFAULT_MAX_INPUT_BYTES,
) -> dask.bag.Bag:
    """A bag of the page and text-dump records of WARC/WET files (`articleclean.warc.records`):
    `id`, `url`, `content_type`, `kind`, `content` (text, decoded with its HTTP charset),
    `status`, `message`, `source`. Each file is read whole by one task (one partition per
    file unless `partitions` says otherwise); a record over `max_bytes`, raw or decoded,
    has status "too_large". Needs the `warc` extra on the workers."""
    paths = [str(p) for p in paths]
    bag = dask.bag.from_sequence(paths, npartitions=partitions or max(1, len(paths)))
    return bag.map_partitions(_warc_records, max_bytes)


def _warc_records(paths: Iterable[str], max_bytes: int | None) -> list[dict[str, Any]]:
    from .warc import records

    return list(records(paths, max_bytes=max_bytes))


def clean_warc(
    paths: Iterable[str],
    *,
    partitions: int | None = None,
    output: str = "article",
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> dask.bag.Bag:
    """Every page and text dump of WARC/WET files, cleaned: the records of `read_warc`
    without `content`, with the flat article under `output`. Broken records keep their
    status ("error", "too_large") and message in the article."""
    resolved = resolve_config(config, overrides)
    return read_warc(
        paths, partitions=partitions, max_bytes=resolved.max_input_bytes
    ).map_partitions(_clean_warc_records, resolved, output)


def _clean_warc_records(
    elements: Iterable[Mapping[str, Any]], config: CleanerConfig, output: str
) -> list[dict[str, Any]]:
    cleaner = cached_cleaner(config)
    results = []
    for element in elements:
        rest = {k: v for k, v in element.items() if k != "content"}
        if element["status"] != "ok":
            article = Article(status=element["status"], message=element["message"])
        else:
            article = clean_value(cleaner, element["content"], element["kind"], element["url"])
        results.append({**rest, output: to_flat(article)})
    return results
