"""articleclean.spark on a real local[2] Spark: results equal clean_text / clean_html."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyspark.sql import SparkSession

import articleclean
from articleclean.flat import FLAT_FIELDS, to_flat
from articleclean.worker import NULL_INPUT_MESSAGE
from scale_documents import html_documents, text_documents

SOURCE_ROOT = Path(articleclean.__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    # Python workers are separate processes: point them at the articleclean under
    # test (this worktree's src), not whatever copy is installed.
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(SOURCE_ROOT), saved) if p)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("articleclean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        # A short-lived test JVM: quick JIT warm-up beats peak speed.
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.pyspark.driver.python", sys.executable)
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        del os.environ["PYTHONPATH"]
    else:
        os.environ["PYTHONPATH"] = saved


def cleaned_records(frame: Any, output: str = "article") -> list[dict[str, Any]]:
    rows = frame.orderBy("id").collect()
    return [row[output].asDict(recursive=True) for row in rows]


def test_text_column_equals_clean_text(spark: Any, seed_text: str) -> None:
    from articleclean.spark import clean_dataframe

    documents = text_documents(seed_text)
    frame = spark.createDataFrame(list(enumerate(documents)), "id int, text string")
    cleaned = clean_dataframe(frame, "text", kind="text")
    assert cleaned.columns == ["id", "text", "article"]
    assert cleaned.schema["article"].dataType.fieldNames() == list(FLAT_FIELDS)
    expected = [to_flat(articleclean.clean_text(d)) for d in documents]
    assert cleaned_records(cleaned) == expected


def test_html_with_url_equals_clean_html(spark: Any) -> None:
    from articleclean.spark import clean_dataframe

    pages = html_documents()
    urls = [f"https://news.example/story-{i}" for i in range(len(pages))]
    frame = spark.createDataFrame(
        list(zip(range(len(pages)), pages, urls, strict=True)), "id int, html string, url string"
    )
    cleaned = clean_dataframe(frame, "html", kind="html", url_column="url", output="clean")
    expected = [
        to_flat(articleclean.clean_html(p, url=u)) for p, u in zip(pages, urls, strict=True)
    ]
    assert cleaned_records(cleaned, "clean") == expected


def test_auto_kind_config_overrides_and_nulls(spark: Any, seed_text: str) -> None:
    from articleclean.spark import clean_dataframe

    documents: list[str | None] = [*text_documents(seed_text)[:3], None]
    frame = spark.createDataFrame(list(enumerate(documents)), "id int, text string")
    cleaned = clean_dataframe(frame, "text", ad_marker=False, promo_prompt=False)
    records = cleaned_records(cleaned)
    expected = [
        to_flat(articleclean.clean(d, ad_marker=False, promo_prompt=False)) for d in documents[:-1]
    ]
    assert records[:-1] == expected
    assert "Advertisement" in records[1]["text"]  # the override reached the workers
    assert records[-1]["status"] == "empty"
    assert records[-1]["message"] == NULL_INPUT_MESSAGE


def test_struct_fields_are_queryable_in_sql(spark: Any, seed_text: str) -> None:
    from articleclean.spark import clean_dataframe

    frame = spark.createDataFrame([(0, seed_text)], "id int, text string")
    cleaned = clean_dataframe(frame, "text", kind="text")
    row = cleaned.selectExpr(
        "article.title", "article.removed_counts['related_teaser'] AS teasers", "article.language"
    ).first()
    article = articleclean.clean_text(seed_text)
    assert row.title == article.title
    assert row.teasers == article.removed_by_reason()["related_teaser"]
    assert row.language == article.language


def test_bad_override_fails_on_the_driver() -> None:
    from articleclean.spark import article_udf

    with pytest.raises(articleclean.ConfigError):
        article_udf("text", no_such_rule=True)
    with pytest.raises(ValueError, match="kind"):
        article_udf("pdf")


def test_missing_pyspark_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['pyspark'] = None\n"
        "try:\n    import articleclean.spark\n"
        "except ImportError as exc:\n    print(exc)\n"
    )
    result = _python(code)
    assert "pip install 'articleclean[spark]'" in result.stdout


def test_importing_articleclean_does_not_import_pyspark() -> None:
    result = _python("import sys, articleclean; print('pyspark' in sys.modules)")
    assert result.stdout.strip() == "False"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )


def test_warc_paths_to_a_cleaned_dataframe(spark: Any, tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    from articleclean.spark import clean_dataframe, warc_dataframe
    from crawl_files import gzip_each, page, record_id, response

    path = tmp_path / "crawl.warc.gz"
    html = page("Council passes the budget").encode()
    path.write_bytes(
        gzip_each(
            [
                response(1, "https://a.example/1", html),
                response(2, "https://a.example/x.png", b"\x89PNG", "image/png"),
            ]
        )
    )
    frame = warc_dataframe(spark, [str(path)])
    cleaned = clean_dataframe(frame, "content", kind="auto", url_column="url")
    rows = cleaned.select("id", "url", "article").collect()
    assert [(r["id"], r["url"]) for r in rows] == [(record_id(1), "https://a.example/1")]
    expected = to_flat(articleclean.clean_html(html.decode(), url="https://a.example/1"))
    assert rows[0]["article"].asDict(recursive=True) == expected
