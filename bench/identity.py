"""Check that a refactor leaves the output byte-identical on every webeval page and its dump.

    python -m bench.identity record before      # bench/out/identity-before.json.gz
    python -m bench.identity record after
    python -m bench.identity compare before after

`record` cleans each page with `clean_html` and its whole-page text dump
(bench/dumps.py) with `clean_text`, and keeps each `Article.to_json()`
(with a SHA-256 digest) so that `compare` can show what changed where.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def _path(name: str) -> Path:
    return OUT / f"identity-{name}.json.gz"


def record(name: str, limit: int | None = None) -> dict[str, dict[str, str]]:
    import articleclean

    from .corpus import pages
    from .dumps import dumps

    cleaner = articleclean.Cleaner(time_budget=None)
    outputs: dict[str, dict[str, str]] = {}
    for page in pages(limit=limit):
        outputs[page.file] = {"html": cleaner.clean_html(page.html, url=page.url).to_json()}
    for dump in dumps(limit=limit):
        outputs[dump.page.file]["text"] = cleaner.clean_text(dump.text).to_json()
    OUT.mkdir(exist_ok=True)
    with gzip.open(_path(name), "wt", encoding="utf-8") as handle:
        json.dump(outputs, handle, ensure_ascii=False, sort_keys=True)
    return outputs


def _load(name: str) -> dict[str, dict[str, str]]:
    with gzip.open(_path(name), "rt", encoding="utf-8") as handle:
        return json.load(handle)


def digest(outputs: dict[str, dict[str, str]]) -> str:
    whole = hashlib.sha256()
    for file in sorted(outputs):
        for kind in sorted(outputs[file]):
            whole.update(f"{file}\t{kind}\t".encode())
            whole.update(hashlib.sha256(outputs[file][kind].encode()).digest())
    return whole.hexdigest()


def compare(first: str, second: str) -> int:
    a, b = _load(first), _load(second)
    differ = [
        (file, kind)
        for file in sorted(set(a) | set(b))
        for kind in ("html", "text")
        if a.get(file, {}).get(kind) != b.get(file, {}).get(kind)
    ]
    pages = len(set(a) | set(b))
    dumps = sum(1 for entry in b.values() if "text" in entry)
    print(f"{pages} pages, {dumps} dumps: {first} {digest(a)[:16]}, {second} {digest(b)[:16]}")
    for file, kind in differ[:20]:
        print(f"differs: {file} ({kind})")
    if differ:
        print(f"{len(differ)} outputs differ")
        return 1
    print("identical")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("name")
    rec.add_argument("--limit", type=int)
    cmp = sub.add_parser("compare")
    cmp.add_argument("first")
    cmp.add_argument("second")
    args = parser.parse_args()
    if args.command == "record":
        outputs = record(args.name, args.limit)
        print(f"{len(outputs)} pages recorded as {args.name}: {digest(outputs)}")
        return 0
    return compare(args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())
