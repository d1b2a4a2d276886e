"""Clean a folder of text dumps or HTML pages with Dask, as a bag and as a DataFrame.

    python examples/dask_clean.py 'examples/*.txt' /tmp/articles-dask

Prints the status counts from the bag, then writes the DataFrame (columns
`path`, `source` and the struct column `article`) as Parquet. Any Dask
scheduler works; for a cluster, create a `dask.distributed.Client` first and
install articleclean on the workers.
"""

from __future__ import annotations

import argparse
import glob
from collections import Counter
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from articleclean.dask import clean_bag, clean_dataframe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", help="a glob of files, one article each")
    parser.add_argument("output", help="directory for the Parquet result")
    parser.add_argument("--kind", choices=("auto", "text", "html"), default="auto")
    arguments = parser.parse_args()

    paths = sorted(glob.glob(arguments.inputs))
    # A bag of mappings: each element keeps its path and gains an "article" record.
    files = db.from_sequence(paths, npartitions=min(len(paths), 8) or 1).map(
        lambda path: {"path": path, "source": Path(path).read_text(encoding="utf-8")}
    )
    records = clean_bag(files, field="source", kind=arguments.kind)
    print(Counter(record["article"]["status"] for record in records.compute()))

    frame = pd.DataFrame(
        {"path": paths, "source": [Path(p).read_text(encoding="utf-8") for p in paths]}
    )
    ddf = dd.from_pandas(frame, npartitions=min(len(paths), 8) or 1)
    clean_dataframe(ddf, "source", kind=arguments.kind).to_parquet(
        arguments.output, write_index=False
    )
    # Struct columns come back as pyarrow structs with dtype_backend="pyarrow".
    written = dd.read_parquet(arguments.output, dtype_backend="pyarrow").compute()
    for path, article in zip(written["path"], written["article"], strict=True):
        print(path, "|", article["status"], "|", article["title"], "|", article["language"])


if __name__ == "__main__":
    main()
