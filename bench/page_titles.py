"""Whole-page dumps whose title is not exact, grouped by what went wrong; line fates.

    python -m bench.page_titles [--limit N] [--lines]
    python -m bench.page_titles --fates FILE          # record each dump's fates
    python -m bench.page_titles --compare OLD NEW     # what changed between two records

Tune part only: this prints lines of the pages, and test pages are for the final figure,
never for looking at (bench/split.py). Scored like `bench.labelled_dumps` (a page whose
headline, its <h1>, is printed in the dump; titles compared by their words). Each miss is
put in one group:

- ``none``: no title given;
- ``site kept``: the headline's words and more (a site name, a label or a kicker kept);
- ``cut``: a part of the headline's words only;
- ``title line``: the page's <title> line (the dump's first line) or a part of it, worded
  apart from the headline printed lower;
- ``other line: <label>``: another line of the dump (a menu line, a section label, another
  story's headline), by the label `bench.labelled_dumps` gives that line;
- ``other``: none of these.

``--lines`` prints, for each miss, the title given, the labelled headline, the <title>
line and the dump's first lines with their labels.

``--fates FILE`` writes, for every tune page dump, the title given, the body lines lost
(by line number), the lines kept in the body that are not body, the byline and the
dateline, as JSON; ``--compare`` prints the documents whose record differs between two
such files and the totals (titles right, body lines lost and back, junk kept and
removed, bylines and datelines given), so a title change can be weighed line by line.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .labelled_dumps import (
    BODY,
    TITLE,
    TITLE_TAG,
    Labelled,
    _articleclean,
    _norm,
    _spans,
    _title_key,
    labelled,
    page_dump,
)

PART = "tune"


def _scored(item: Labelled) -> bool:
    return bool(item.title) and any(line.label == TITLE for line in item.page)


def group(item: Labelled, given: str) -> str:
    """The group of a miss: what the title given is, against the labelled headline."""
    want, got = _title_key(item.title or ""), _title_key(given)
    if not got:
        return "none"
    if want in got:
        return "site kept"
    if got in want:
        return "cut"
    tag = next((x.text for x in item.page if x.label == TITLE_TAG), "")
    if got in _title_key(tag):
        return "title line"
    for line in item.page:
        if line.label != TITLE_TAG and got in _title_key(line.text):
            return f"other line: {line.label}"
    return "other"


def misses(limit: int | None = None, lines: bool = False) -> Iterator[str]:
    scored = right = 0
    groups: Counter[str] = Counter()
    for item in labelled(limit):
        if item.part != PART or not _scored(item):
            continue
        scored += 1
        text, _ = page_dump(item)
        given = _articleclean(text).title or ""
        if _title_key(given) == _title_key(item.title or ""):
            right += 1
            continue
        kind = group(item, given)
        groups[kind] += 1
        yield f"[{kind}] {item.url}\n  given: {given!r}\n  label: {item.title!r}"
        if lines:
            for number, line in enumerate(item.page[:12], start=1):
                yield f"    {number:3} {line.label:9} {line.text[:110]!r}"
    yield f"\n{PART}: titles exact {right} of {scored}; misses by group:"
    for kind, count in groups.most_common():
        yield f"  {count:4}  {kind}"


def fates(limit: int | None = None) -> dict[str, Any]:
    """Each tune page dump's title, body lines lost, junk kept, byline and dateline."""
    record: dict[str, Any] = {}
    for item in labelled(limit):
        if item.part != PART:
            continue
        text, labels = page_dump(item)
        article = _articleclean(text)
        body = _spans(article.body)
        rows = text.split("\n")
        kept_keys = {_norm(rows[n - 1]) for n in body if n <= len(rows)}
        lost, junk = [], []
        for number, label in enumerate(labels, start=1):
            line = rows[number - 1]
            if label == BODY:
                if any(c.isalnum() for c in line) and not (
                    number in body or _norm(line) in kept_keys
                ):
                    lost.append(number)
            elif label and number in body:
                junk.append(number)
        dateline = article.dateline
        record[item.url] = {
            "title": article.title or "",
            "right": _scored(item)
            and _title_key(article.title or "") == _title_key(item.title or ""),
            "scored": _scored(item),
            "lost": lost,
            "junk": junk,
            "byline": list(article.byline),
            "dateline": dateline.text if dateline else "",
        }
    return record


def compare(old: dict[str, Any], new: dict[str, Any]) -> Iterator[str]:
    totals: Counter[str] = Counter()
    for url in sorted(old.keys() & new.keys()):
        a, b = old[url], new[url]
        totals["titles right before"] += a["right"]
        totals["titles right after"] += b["right"]
        totals["bylines given before"] += bool(a["byline"])
        totals["bylines given after"] += bool(b["byline"])
        totals["datelines given before"] += bool(a["dateline"])
        totals["datelines given after"] += bool(b["dateline"])
        if a == b:
            continue
        lost = sorted(set(b["lost"]) - set(a["lost"]))
        back = sorted(set(a["lost"]) - set(b["lost"]))
        kept = sorted(set(b["junk"]) - set(a["junk"]))
        gone = sorted(set(a["junk"]) - set(b["junk"]))
        totals["body lines lost"] += len(lost)
        totals["body lines back"] += len(back)
        totals["junk lines newly kept"] += len(kept)
        totals["junk lines removed"] += len(gone)
        totals["documents changed"] += 1
        yield f"{url}"
        if a["title"] != b["title"]:
            mark = {(False, True): "GAINED", (True, False): "LOST"}.get(
                (a["right"], b["right"]), ""
            )
            yield f"  title {mark}: {a['title']!r} -> {b['title']!r}"
        for name, numbers in (
            ("lost", lost),
            ("back", back),
            ("junk kept", kept),
            ("junk gone", gone),
        ):
            if numbers:
                yield f"  {name}: {numbers}"
        if a["byline"] != b["byline"]:
            yield f"  byline: {a['byline']} -> {b['byline']}"
        if a["dateline"] != b["dateline"]:
            yield f"  dateline: {a['dateline']!r} -> {b['dateline']!r}"
    yield ""
    for name, count in totals.items():
        yield f"{name}: {count}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.page_titles")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--lines", action="store_true")
    parser.add_argument("--fates", type=Path)
    parser.add_argument("--compare", type=Path, nargs=2)
    args = parser.parse_args(argv)
    if args.fates:
        args.fates.write_text(json.dumps(fates(args.limit), indent=0, sort_keys=True))
        return 0
    if args.compare:
        old, new = (json.loads(p.read_text()) for p in args.compare)
        for line in compare(old, new):
            print(line)
        return 0
    for line in misses(args.limit, args.lines):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
