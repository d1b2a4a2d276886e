"""articleclean.dask with Dask's local schedulers: results equal clean_text / clean_html."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
import pytest

import articleclean
from articleclean import flat, worker
from articleclean.flat import to_flat
from articleclean.worker import NULL_INPUT_MESSAGE
from scale_documents import html_documents, text_documents

SOURCE_ROOT = Path(articleclean.__file__).resolve().parent.parent


def struct_records(series: pd.Series) -> list[dict[str, Any]]:
    return pa.array(series).to_pylist(maps_as_pydicts="strict")


def test_flat_record_fields_match_the_arrow_type(seed_text: str) -> None:
    record = to_flat(articleclean.clean_text(seed_text))
    assert tuple(record) == flat.FLAT_FIELDS
    assert tuple(flat.arrow_type().names) == flat.FLAT_FIELDS


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_bag_of_documents_equals_clean_text(seed_text: str, scheduler: str) -> None:
    from articleclean.dask import clean_bag

    documents = text_documents(seed_text)
    bag = db.from_sequence(documents, npartitions=3)
    records = clean_bag(bag, kind="text").compute(scheduler=scheduler)
    assert records == [to_flat(articleclean.clean_text(d)) for d in documents]


def test_bag_of_mappings_keeps_fields_and_adds_the_article() -> None:
    from articleclean.dask import clean_bag

    pages = html_documents()
    elements = [{"url": f"https://news.example/{i}", "page": p} for i, p in enumerate(pages)]
    bag = db.from_sequence(elements, npartitions=2)
    results = clean_bag(bag, field="page", url_field="url", output="clean").compute(
        scheduler="sync"
    )
    expected = [
        {**e, "clean": to_flat(articleclean.clean(e["page"], url=e["url"]))} for e in elements
    ]
    assert results == expected


def test_dataframe_struct_column_equals_clean_html(seed_text: str) -> None:
    from articleclean.dask import article_dtype, clean_dataframe

    pages = html_documents()
    frame = pd.DataFrame(
        {
            "url": [f"https://news.example/{i}" for i in range(len(pages))],
            "html": pages,
        }
    )
    ddf = dd.from_pandas(frame, npartitions=2)
    cleaned = clean_dataframe(ddf, "html", kind="html", url_column="url")
    assert cleaned.dtypes["article"] == article_dtype()
    result = cleaned.compute(scheduler="sync")
    assert list(result.columns) == ["url", "html", "article"]
    expected = [
        to_flat(articleclean.clean_html(p, url=u)) for p, u in zip(pages, frame["url"], strict=True)
    ]
    assert struct_records(result["article"]) == expected


def test_dataframe_text_with_overrides_and_missing_values(seed_text: str) -> None:
    from articleclean.dask import clean_dataframe

    documents: list[str | None] = [*text_documents(seed_text), None]
    frame = pd.DataFrame({"id": range(len(documents)), "text": documents})
    ddf = dd.from_pandas(frame, npartitions=3)
    cleaned = clean_dataframe(ddf, "text", kind="text", ad_marker=False).compute(
        scheduler="threads"
    )
    records = struct_records(cleaned.sort_values("id")["article"])
    expected = [to_flat(articleclean.clean_text(d, ad_marker=False)) for d in documents[:-1]]
    assert records[:-1] == expected
    assert records[-1]["status"] == "empty"
    assert records[-1]["message"] == NULL_INPUT_MESSAGE


def test_parquet_round_trip_keeps_the_struct(tmp_path: Path, seed_text: str) -> None:
    from articleclean.dask import clean_dataframe

    frame = pd.DataFrame({"text": text_documents(seed_text)})
    cleaned = clean_dataframe(dd.from_pandas(frame, npartitions=2), "text", kind="text")
    cleaned.to_parquet(
        tmp_path / "articles", write_index=False, compute_kwargs={"scheduler": "sync"}
    )
    back = dd.read_parquet(tmp_path / "articles", dtype_backend="pyarrow").compute(scheduler="sync")
    assert struct_records(back["article"]) == [
        to_flat(articleclean.clean_text(d)) for d in frame["text"]
    ]


def test_one_cleaner_per_config_not_per_partition(
    monkeypatch: pytest.MonkeyPatch, seed_text: str
) -> None:
    from articleclean.dask import clean_bag

    built: list[articleclean.CleanerConfig] = []

    class CountingCleaner(articleclean.Cleaner):
        def __init__(self, config: articleclean.CleanerConfig | None = None) -> None:
            built.append(config)
            super().__init__(config)

    monkeypatch.setattr(worker, "_cleaners", {})
    monkeypatch.setattr(worker, "Cleaner", CountingCleaner)
    documents = text_documents(seed_text) * 4
    bag = db.from_sequence(documents, npartitions=8)
    # Two configs that are equal but built in different orders share one Cleaner.
    first = articleclean.CleanerConfig(boilerplate_lines=frozenset({"a", "b", "c"}))
    second = articleclean.CleanerConfig(boilerplate_lines=frozenset({"c", "b", "a"}))
    clean_bag(bag, kind="text", config=first).compute(scheduler="threads")
    clean_bag(bag, kind="text", config=second).compute(scheduler="sync")
    assert len(built) == 1
    clean_bag(bag, kind="text", ad_marker=False).compute(scheduler="sync")
    assert len(built) == 2


def test_a_failing_document_becomes_an_error_record() -> None:
    from articleclean.dask import clean_bag

    records = clean_bag(db.from_sequence([b"\x00\x01\x02binary\x00" * 50, 42]), kind="text")
    statuses = [
        (r["status"], r["message"].split(":")[0]) for r in records.compute(scheduler="sync")
    ]
    assert statuses == [("error", "InputError"), ("error", "InputError")]


def test_missing_dask_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['dask'] = None\n"
        "try:\n    import articleclean.dask\n"
        "except ImportError as exc:\n    print(exc)\n"
    )
    assert "pip install 'articleclean[dask]'" in _python(code).stdout


def test_importing_articleclean_does_not_import_dask_or_pandas() -> None:
    result = _python(
        "import sys, articleclean, articleclean.flat, articleclean.worker\n"
        "print(sorted(m for m in ('dask', 'pandas', 'pyarrow') if m in sys.modules))"
    )
    assert result.stdout.strip() == "[]"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )


def test_warc_paths_to_a_cleaned_bag(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    from articleclean.dask import clean_warc
    from crawl_files import conversion, gzip_each, page, record_id, response

    html = page("Council passes the budget").encode()
    first = tmp_path / "a.warc.gz"
    first.write_bytes(gzip_each([response(1, "https://a.example/1", html)]))
    cut = gzip_each([response(2, "https://a.example/2", html)])
    second = tmp_path / "b.warc.gz"
    second.write_bytes(cut[:-100])
    third = tmp_path / "c.wet"
    third.write_bytes(conversion(3, "https://a.example/3", "Title line\n\nA paragraph of text."))
    out = clean_warc([first, second, third], config=None).compute(scheduler="sync")
    assert [r["id"] for r in out] == [record_id(1), record_id(2), record_id(3)]
    assert out[0]["article"] == to_flat(
        articleclean.clean_html(html.decode(), url="https://a.example/1")
    )
    assert out[1]["article"]["status"] == "error"
    assert out[2]["kind"] == "text" and "content" not in out[2]


def test_an_element_not_a_mapping_is_an_error_record_not_a_lost_partition() -> None:
    from articleclean.dask import clean_bag

    # `element.get` raised AttributeError on a null line of a JSON bag: the partition
    # and the job failed.
    page = "The council approved three new cycle lanes on Tuesday after a long debate."
    elements = [{"page": page}, None, ["page"], "page", {"page": page}]
    bag = db.from_sequence(elements, npartitions=1)
    results = clean_bag(bag, field="page", output="clean").compute(scheduler="sync")
    assert [r["clean"]["status"] for r in results] == ["ok", "error", "error", "error", "ok"]
    assert results[1] == {
        "clean": to_flat(articleclean.Article(status="error", message="not a mapping: NoneType"))
    }
    assert results[4] == {"page": page, "clean": to_flat(articleclean.clean_text(page))}
