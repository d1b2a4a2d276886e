"""Scale-out overhead: the Spark path on local[2] against two plain processes.

    PYTHONPATH=src python -m bench.scale [--documents 2000]

Both clean the same seeded ~4 KB text dumps with two workers and bring every
flat record back to the parent. The two-process side is `articleclean clean
--jobs 2` when the CLI in this tree has that option, else a
multiprocessing.Pool(2) over clean_text (the table says which). The ratio
is Spark's wall time over the two-process one (the mean of a run before
and one after Spark, as the machine may be shared): the price of the engine
(JVM <-> Python Arrow transfer, task scheduling) on one machine, which buys
running the same code on a cluster. Spark's session start is reported on
its own; the first ("cold") job includes starting its Python workers.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import articleclean
from articleclean.flat import to_flat

DOCUMENTS = 2000
SEED = 20261128
TARGET_BYTES = 4096
SOURCE_ROOT = Path(articleclean.__file__).resolve().parent.parent

_VOCABULARY = (
    "the city council said on monday that new rules for housing and transport would "
    "take effect next year after months of debate among residents officials and "
    "business groups who warned that rising costs could slow growth in the region "
    "while supporters argued the plan would cut traffic improve air quality and "
    "bring more affordable homes to families across several districts according "
    "to a report published by the local planning office this week"
)
_WORDS = tuple(_VOCABULARY.split())
_CITIES = ("BERLIN", "NAIROBI", "LIMA", "OSLO", "HANOI", "QUITO", "ACCRA", "DENVER")


def generate_documents(count: int = DOCUMENTS, seed: int = SEED) -> list[str]:
    """`count` text dumps of about TARGET_BYTES each, the same for the same seed:
    title, dateline, paragraphs, a captioned photo printed twice, an ad marker,
    a share prompt and a teaser at the end."""
    rng = random.Random(seed)
    return [_document(rng) for _ in range(count)]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(12, 22))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def _document(rng: random.Random) -> str:
    title = " ".join(rng.choice(_WORDS) for _ in range(8)).capitalize()
    caption = f"{_sentence(rng)[:-1]}, March {rng.randint(1, 28)}, 2024. /CFP"
    lines = [title, "", f"{rng.choice(_CITIES)}: {_paragraph(rng)}", ""]
    lines += [caption, "", caption, ""]
    while sum(len(line) + 1 for line in lines) < TARGET_BYTES - 400:
        lines += [_paragraph(rng), ""]
        if rng.random() < 0.15:
            lines += ["Advertisement", ""]
    lines += ["Share this article", "", "Must Read", "", title[::-1].capitalize(), ""]
    return "\n".join(lines)


@dataclass(frozen=True)
class Timing:
    path: str
    seconds: float
    records: list[dict[str, Any]]


# --- two processes ------------------------------------------------------------


def _clean_to_flat(document: str) -> dict[str, Any]:
    return to_flat(articleclean.clean_text(document))


def run_pool(documents: list[str], jobs: int = 2) -> Timing:
    started = time.perf_counter()
    with multiprocessing.Pool(jobs) as pool:
        records = pool.map(_clean_to_flat, documents, chunksize=25)
    return Timing(
        f"multiprocessing.Pool({jobs}) over clean_text", time.perf_counter() - started, records
    )


def cli_has_jobs() -> bool:
    help_text = _articleclean(["clean", "--help"]).stdout
    return "--jobs" in help_text


def run_cli(documents: list[str], jobs: int = 2) -> Timing:
    """`articleclean clean --jobs N DIR`: one file per document, JSON lines back.

    Each line is the article plus the input's "id" (its path); the zero-padded
    file names put the records back in input order whatever order they come in.
    """
    with tempfile.TemporaryDirectory(prefix="articleclean-bench-") as directory:
        for index, document in enumerate(documents):
            (Path(directory) / f"{index:05d}.txt").write_text(document, encoding="utf-8")
        started = time.perf_counter()
        result = _articleclean(["clean", "--jobs", str(jobs), directory])
        seconds = time.perf_counter() - started
    records = sorted(
        (json.loads(line) for line in result.stdout.splitlines() if line.strip()),
        key=lambda record: str(record.get("id", "")),
    )
    articles = [articleclean.Article.from_dict(record) for record in records]
    return Timing(f"articleclean clean --jobs {jobs}", seconds, [to_flat(a) for a in articles])


def _articleclean(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "articleclean", *arguments],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )


def two_processes() -> Callable[[list[str]], Timing]:
    """The CLI with --jobs 2 once it exists in this tree; the Pool stand-in until then."""
    return run_cli if cli_has_jobs() else run_pool


# --- Spark ---------------------------------------------------------------------


def start_spark() -> tuple[Any, float]:
    from pyspark.sql import SparkSession

    # Spark's Python workers must import this tree's articleclean, not an installed copy.
    paths = [str(SOURCE_ROOT), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    started = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("articleclean-bench-scale")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.pyspark.python", sys.executable)
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark, time.perf_counter() - started


def run_spark(spark: Any, documents: list[str], label: str) -> Timing:
    from articleclean.spark import clean_dataframe

    started = time.perf_counter()
    frame = spark.createDataFrame(list(enumerate(documents)), "id int, text string")
    rows = clean_dataframe(frame, "text", kind="text").select("id", "article").collect()
    seconds = time.perf_counter() - started
    rows.sort(key=lambda row: row.id)
    return Timing(label, seconds, [row.article.asDict(recursive=True) for row in rows])


# --- report --------------------------------------------------------------------


def run(documents: int = DOCUMENTS) -> str:
    """Run the benchmark and return its markdown table."""
    docs = generate_documents(documents)
    megabytes = sum(len(d.encode()) for d in docs) / 1e6
    processes = two_processes()
    # The machine may be shared: the two-process run goes before and after Spark,
    # and their mean is the yardstick.
    before = processes(docs)
    spark, startup = start_spark()
    try:
        cold = run_spark(spark, docs, "Spark local[2], first job (starts Python workers)")
        warm = run_spark(spark, docs, "Spark local[2], next job")
    finally:
        spark.stop()
    after = processes(docs)
    yardstick = (before.seconds + after.seconds) / 2
    same = all(t.records == before.records for t in (cold, warm, after))
    rows = [
        "| path | seconds | documents/s | vs two processes |",
        "|---|---:|---:|---:|",
    ]
    for timing, when in ((before, " (before Spark)"), (cold, ""), (warm, ""), (after, " (after)")):
        rows.append(
            f"| {timing.path}{when} | {timing.seconds:.2f} | {documents / timing.seconds:.0f} "
            f"| {timing.seconds / yardstick:.2f}x |"
        )
    notes = [
        "",
        f"{documents} seeded text dumps, {megabytes:.1f} MB; every record brought back "
        "to the parent process.",
        f"Spark session start (not in the rows): {startup:.1f} s. "
        f"Records identical on both paths: {'yes' if same else 'NO'}.",
    ]
    if before.path.startswith("multiprocessing"):
        notes.append(
            "The CLI in this tree has no --jobs option yet; the Pool stands in for "
            "`articleclean clean --jobs 2`."
        )
    return "\n".join(rows + notes)


def main() -> None:
    parser = argparse.ArgumentParser(description="Spark local[2] against two processes.")
    parser.add_argument("--documents", type=int, default=DOCUMENTS)
    print(run(parser.parse_args().documents))


if __name__ == "__main__":
    main()
