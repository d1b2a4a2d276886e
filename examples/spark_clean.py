"""Clean a folder of text dumps or HTML pages with Spark and write Parquet.

On this machine:

    spark-submit --master 'local[2]' examples/spark_clean.py 'examples/*.txt' /tmp/articles

(or `python examples/spark_clean.py ...`, which starts a local[2] session). On
a cluster, see the README section "Scale out" for getting articleclean onto
the executors. Each input file becomes one row: `path`, `source` and the
struct column `article` (fields in `articleclean.flat`).
"""

from __future__ import annotations

import argparse

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from articleclean.spark import clean_dataframe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", help="a path or glob of files, one article each")
    parser.add_argument("output", help="directory for the Parquet result")
    parser.add_argument("--kind", choices=("auto", "text", "html"), default="auto")
    parser.add_argument(
        "--no-ads", action="store_true", help="example override: keep ad markers (ad_marker off)"
    )
    arguments = parser.parse_args()

    spark = SparkSession.builder.appName("articleclean").getOrCreate()
    # wholetext: one row per file, not per line.
    sources = spark.read.text(arguments.inputs, wholetext=True).select(
        F.col("_metadata.file_path").alias("path"), F.col("value").alias("source")
    )
    overrides = {"ad_marker": False} if arguments.no_ads else {}
    cleaned = clean_dataframe(sources, "source", kind=arguments.kind, **overrides)
    cleaned.write.mode("overwrite").parquet(arguments.output)

    written = spark.read.parquet(arguments.output)
    written.groupBy("article.status").count().show()
    columns = ["path", "article.title", "article.language", "article.removed_counts"]
    written.select(*columns).show(truncate=60)
    spark.stop()


if __name__ == "__main__":
    main()
