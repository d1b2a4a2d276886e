"""The page dumps' byline misses and wrong picks, grouped by kind (round 40; tune only).

    python -m bench.byline_misses [--part tune] [--dumps page|article] [--kind KIND]
    python -m bench.byline_misses --picks [--part tune]
    python -m bench.byline_misses --causes [--part tune] [--move "bare name after the article"]

Reads the labelled whole-page dumps (or, with ``--dumps article``, the article dumps) (`bench.labelled_dumps`) that the byline column counts
(the page's metadata names an author and the dump prints a short line naming one) and
sorts each into one kind:

- ``found``: the byline names an author of the metadata;
- ``wrong``: a byline is given, naming nobody of the metadata (a wrong name taken), and
  the author's line is elsewhere;
- ``parsed``: the byline was taken from the author's line, but its names do not match
  (the line found, parsed wrong);
- ``removed``: the author's line was removed (`outside_article`, `menu_run`, …) and no
  byline was given: the byline step passed over it or never saw it;
- ``in body``: the author's line was kept as a paragraph and no byline was given;
- ``other``: the author's line went to the title, a caption or a dateline.

For each document not ``found``: the author's line (the byline-labelled one first) with its
place relative to the headline (h+N) and the first body-labelled line (p+N), its fate and
the two lines around it (B body, C caption, T title, Y byline, or the removal reason).
For looking at shapes on tune, not for the report: `bench.labelled_dumps` gives the figures.

``--forms`` (round 56) prints one line per document not ``found``: its kind, the form of the
author's line (`form_of`), its place (`place_of`) and the site, then each form and place
with its count and sites: the groups a byline rule would have to carry across sites.

``--causes`` (round 58) prints one line per document not ``found`` with what took its
author's line (the removing rule's name, the body block's kind, the title, a caption, or
another line taken as the byline), then the causes with their counts and sites; with
``--move MOVE`` the same for a row of `bench.labelled_dumps`' moved-byline table (the moved
line as the author's line), where the weak rows lose their bylines.

``--picks`` lists the other side: every byline given on the page dumps that is not known
right (`picks`), pages without an author in their metadata included.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from articleclean import names

from .labelled_dumps import (
    _MAX_BYLINE_WORDS,
    BODY,
    BYLINE,
    BYLINE_MOVES,
    TITLE,
    TITLE_TAG,
    Labelled,
    _articleclean,
    _has_name,
    _name_matches,
    _spans,
    article_dump,
    labelled,
    moved_byline,
    page_dump,
)
from .split import PARTS

KINDS = ("found", "wrong", "parsed", "removed", "in body", "other")


def _author_lines(item: Labelled, dumps: str) -> list[int]:
    """Line numbers (from 1) of the dump's short lines naming an author, byline-labelled
    ones first: the lines the byline column counts (in an article dump, its byline line)."""
    if dumps == "article":
        _, labels = article_dump(item)
        return [n for n, label in enumerate(labels, start=1) if label == BYLINE][:1]
    candidates = [
        number
        for number, line in enumerate(item.page, start=1)
        if line.label != TITLE_TAG
        and len(line.text.split()) <= _MAX_BYLINE_WORDS
        and _has_name(line.text, item.authors)
    ]
    return sorted(candidates, key=lambda n: item.page[n - 1].label != BYLINE)


def classify(item: Labelled, dumps: str = "page") -> tuple[str, list[str]] | None:
    """The document's kind and the lines to print, or None when the column skips it."""
    lines = _author_lines(item, dumps)
    if not item.authors or not lines:
        return None
    text, labels = (article_dump if dumps == "article" else page_dump)(item)
    article = _articleclean(text)
    given = list(article.byline)
    right = any(_name_matches(n, item.authors) for n in given)
    body = _spans(article.body)
    captions = _spans(article.captions)
    byline: set[int] = set()
    if article.byline_lines is not None:
        byline = set(range(article.byline_lines[0], article.byline_lines[1] + 1))
    title: set[int] = set()
    if article.title_lines is not None:
        title = set(range(article.title_lines[0], article.title_lines[1] + 1))
    reasons = {n: r.reason.value for r in article.removed for n in _spans([r])}
    dump = text.split("\n")

    def fate(number: int) -> str:
        if number in byline:
            return "Y"
        if number in body:
            return "B"
        if number in captions:
            return "C"
        if number in title:
            return "T"
        return reasons.get(number, "?")

    author_line = lines[0]
    if right:
        kind = "found"
    elif given and author_line in byline:
        kind = "parsed"
    elif given:
        kind = "wrong"
    else:
        kind = (
            "in body"
            if author_line in body
            else "removed"
            if author_line in reasons and author_line not in title | captions
            else "other"
        )
    head = next((n for n, x in enumerate(labels, start=1) if x == TITLE), None)
    first = next((n for n, x in enumerate(labels, start=1) if x == BODY), None)

    def place(number: int) -> str:
        h = f"h{number - head:+d}" if head else "h?"
        p = f"p{number - first:+d}" if first else "p?"
        return f"{h} {p}"

    out = [f"== [{kind}] {item.url} authors={item.authors} given={given}"]
    for number in range(max(1, author_line - 3), min(len(labels), author_line + 3) + 1):
        mark = ">" if number == author_line else " "
        out.append(
            f"  {mark} {place(number):10} [{labels[number - 1] or '-'}|{fate(number)}] "
            f"{dump[number - 1][:140]}"
        )
    if given and not right and article.byline_lines is not None:
        at = article.byline_lines[0]
        out.append(f"    taken {place(at)} [{labels[at - 1]}] {dump[at - 1][:140]}")
    return kind, out


_COPYRIGHT = re.compile(r"©|\bcopyright\b|\(c\)", re.IGNORECASE)
_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)
_GIVEN = re.compile(r"[^\W\d_][\w'-]*")

FORMS = (
    "copyright line",
    "address",
    "no known given name",
    "prefixed",
    "names and a date",
    "bare name",
    "other",
)
"""The forms `form_of` sorts an author's line into, first match first: a copyright
footer ("© 2019 Site by Jane Doe"), a link or file address, no word a known given name
(an organisation, a menu item, the site's title, a pseudonym), a prefixed byline
("By Jane Doe"), names with a date ("Jane Doe 04 de mayo 2022"), a bare name, other
(role compounds, names in lower case, a comment's signature …)."""


def form_of(text: str) -> str:
    """The form of an author's line (`FORMS`)."""
    if _COPYRIGHT.search(text):
        return "copyright line"
    if _ADDRESS.search(text):
        return "address"
    if not any(names.is_given_name(word) for word in _GIVEN.findall(text)):
        return "no known given name"
    if names.prefixed_byline(text):
        return "prefixed"
    if names.dated_names(text):
        return "names and a date"
    if names.bare_names(text) is not None:
        return "bare name"
    return "other"


def place_of(number: int, labels: list[str]) -> str:
    """Where line `number` (from 1) stands: above the headline, its first 15 lines under
    it, among the article's body lines, after the last of them, or no headline labelled."""
    head = next((n for n, x in enumerate(labels, start=1) if x == TITLE), None)
    if head is None:
        return "no headline"
    if number < head:
        return "above the headline"
    body = [n for n, x in enumerate(labels, start=1) if x == BODY]
    if body and number > body[-1]:
        return "after the article"
    if number - head <= 15:
        return "under the headline (1-15)"
    return "among the paragraphs"


def _site(url: str) -> str:
    """The page's host, the archived page's for a web.archive.org address; a name
    "hard::host.com.2023.01.16.story.html" (the corpus's hard pages) its host."""
    if "://" not in url:
        return ".".join(url.split("::", 1)[-1].split(".")[:2])
    host = url.split("://", 1)[-1].split("/", 1)[0]
    if host == "web.archive.org":
        host = url.split("://")[2].split("/", 1)[0] if url.count("://") > 1 else host
    return host.removeprefix("www.")


def forms(which: str, limit: int | None = None) -> Iterator[str]:
    """`--forms`: each page dump whose byline is not found, its form and place, then the
    groups with counts and sites."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in (x for x in labelled(limit) if x.part == which):
        result = classify(item, "page")
        if result is None or result[0] == "found":
            continue
        number = _author_lines(item, "page")[0]
        _, labels = page_dump(item)
        text = item.page[number - 1].text
        form, place = form_of(text), place_of(number, labels)
        site = _site(item.url)
        groups[form, place].append(site)
        yield f"{result[0]:8} | {form:19} | {place:25} | {site} | {text[:70]}"
    yield ""
    by_form: Counter[str] = Counter()
    for (form, _), sites in groups.items():
        by_form[form] += len(sites)
    for form in sorted(by_form, key=lambda f: (-by_form[f], FORMS.index(f))):
        yield f"{form}: {by_form[form]}"
        for (other, place), sites in sorted(groups.items(), key=lambda g: -len(g[1])):
            if other == form:
                yield f"    {place}: {len(sites)} ({', '.join(sorted(sites))})"


def fate_of(article: Any, number: int) -> str:
    """What took line `number` (from 1) of a dump: the byline, a body block of its kind,
    a caption, the title, or the rule that removed it (its name, which tells the removing
    step where the reason alone says "boilerplate")."""
    if article.byline_lines is not None and number in range(
        article.byline_lines[0], article.byline_lines[1] + 1
    ):
        return "byline"
    for block in article.body:
        if number in _spans([block]):
            return f"body {block.kind}"
    if number in _spans(article.captions):
        return "caption"
    if article.title_lines is not None and number in range(
        article.title_lines[0], article.title_lines[1] + 1
    ):
        return "title"
    return next((f"removed by {r.rule}" for r in article.removed if number in _spans([r])), "?")


def cause_of(item: Labelled, number: int) -> str | None:
    """Why the page dump's byline is not found, its author's line being line `number`:
    None when found; the line taken but its names not the metadata's; "another line
    taken" (a wrong name given); else what took the line (`fate_of`)."""
    text, _ = page_dump(item)
    article = _articleclean(text)
    given = list(article.byline)
    if any(_name_matches(n, item.authors) for n in given):
        return None
    fate = fate_of(article, number)
    if fate == "byline":
        return "taken, names not the metadata's"
    return "another line taken" if given else fate


def _moved_line(item: Labelled, moved: Labelled) -> int:
    """The number (from 1) of the line `moved_byline` put in: the first line of the moved
    page that is not one of the page's own (the move builds it anew; the others are the
    page's own objects)."""
    own = {id(line) for line in item.page}
    return next(n for n, line in enumerate(moved.page, start=1) if id(line) not in own)


def causes(which: str, move: str | None = None, limit: int | None = None) -> Iterator[str]:
    """`--causes` (round 58): each page dump whose byline is not found, with what took its
    author's line, its form, place and site; then the causes with their counts and sites.
    With `move` (one of `BYLINE_MOVES`), the moved dumps of `bench.labelled_dumps`'
    moved-byline table instead, the moved line as the author's line."""
    groups: dict[str, list[str]] = defaultdict(list)
    for item in (x for x in labelled(limit) if x.part == which):
        if move is None:
            lines = _author_lines(item, "page")
            if not item.authors or not lines:
                continue
            page, number = item, lines[0]
        else:
            if moved_byline(item, BYLINE_MOVES[0]) is None:
                continue  # (the table's choice: `byline_moves`)
            moved = moved_byline(item, move)
            if moved is None:
                continue
            page, number = moved, _moved_line(item, moved)
        cause = cause_of(page, number)
        if cause is None:
            continue
        _, labels = page_dump(page)
        text = page.page[number - 1].text
        site = _site(item.url)
        groups[cause].append(site)
        place = place_of(number, labels)
        yield f"{cause:30} | {form_of(text):19} | {place:25} | {site} | {text[:60]}"
    yield ""
    for cause, sites in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
        yield f"{cause}: {len(sites)} ({', '.join(sorted(sites))})"


PICKS = ("right", "labelled", "unverified", "wrong")


def picks(which: str, limit: int | None = None) -> Iterator[str]:
    """Every byline given on the part's page dumps that is not known right (round 41),
    with the line taken, its place and the lines around it: ``wrong`` (the metadata names
    someone else, or the page prints an author's line and another was taken),
    ``labelled`` (no author in the metadata, the line taken labelled byline by the page's
    markup: read its names), ``unverified`` (neither: read the line). ``right`` ones are
    only counted. Wrong picks the byline column cannot see (pages without an author in
    their metadata: a menu's heading, a link "Mail the editor" / "Error Report") show
    here."""
    counts: Counter[str] = Counter()
    for item in (x for x in labelled(limit) if x.part == which):
        text, labels = page_dump(item)
        article = _articleclean(text)
        given = list(article.byline)
        if not given or article.byline_lines is None:
            continue
        at = article.byline_lines[0]
        if any(_name_matches(n, item.authors) for n in given):
            kind = "right"
        elif item.authors and _author_lines(item, "page"):
            kind = "wrong"
        else:
            kind = "labelled" if labels[at - 1] == BYLINE else "unverified"
        counts[kind] += 1
        if kind == "right":
            continue
        head = next((n for n, x in enumerate(labels, start=1) if x == TITLE), None)
        first = next((n for n, x in enumerate(labels, start=1) if x == BODY), None)
        dump = text.split("\n")
        yield f"== [{kind}] {item.url} authors={item.authors} given={given}"
        for number in range(max(1, at - 2), min(len(labels), at + 2) + 1):
            h = f"h{number - head:+d}" if head else "h?"
            p = f"p{number - first:+d}" if first else "p?"
            mark = ">" if number == at else " "
            yield f"  {mark} {h} {p:6} [{labels[number - 1] or '-'}] {dump[number - 1][:140]}"
    yield ", ".join(f"{k} {counts[k]}" for k in PICKS)


def run(which: str, limit: int | None, only: str | None, dumps: str = "page") -> Iterator[str]:
    counts: Counter[str] = Counter()
    for item in (x for x in labelled(limit) if x.part == which):
        result = classify(item, dumps)
        if result is None:
            continue
        kind, block = result
        counts[kind] += 1
        if kind != "found" and (only is None or only == kind):
            yield from block
    yield ", ".join(f"{k} {counts[k]}" for k in KINDS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.byline_misses")
    parser.add_argument("--part", choices=PARTS, default="tune")
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--dumps", choices=("page", "article"), default="page")
    parser.add_argument(
        "--picks", action="store_true", help="list the bylines given that are not known right"
    )
    parser.add_argument(
        "--forms",
        action="store_true",
        help="page dumps not found: the author line's form and place, grouped",
    )
    parser.add_argument(
        "--causes",
        action="store_true",
        help="page dumps not found: what took the author's line, grouped",
    )
    parser.add_argument(
        "--move",
        choices=BYLINE_MOVES,
        help="with --causes: the moved dumps of labelled_dumps' moved-byline table",
    )
    args = parser.parse_args(argv)
    lines = (
        causes(args.part, args.move, args.limit)
        if args.causes
        else picks(args.part, args.limit)
        if args.picks
        else forms(args.part, args.limit)
        if args.forms
        else run(args.part, args.limit, args.kind, args.dumps)
    )
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
