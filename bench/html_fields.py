"""Title, author and date on webeval pages: articleclean beside trafilatura alone.

    python -m bench.html_fields [--limit N] [--every K] [--no-speed]

webeval has no metadata labels, so the expected values come from the page's
own structured data, read here independently of both systems: the JSON-LD
article object (`headline`, `author` persons, `datePublished`), else
`og:title`, `<meta name="author">` and `article:published_time`. A site or
publisher name given as the author is not taken as one. The title loses a part
at either end that is the site's name: made of the words of `og:site_name`, the
JSON-LD publisher or the host, or spelling the host ("| MDR.DE" on mdr.de,
"- Biathlon Antholz" on biathlon-antholz.it); a part that says more ("- Rezept
von Backen.de") is kept, as the scorer does not guess. Each field is scored
only on the pages that have it.

Two passes over the same pages:

- *with meta*: the page as served. Both systems read the same tags, so this
  mostly checks that they read them and do not replace them with worse.
- *without meta*: the same page with every `<meta>` tag and every JSON-LD
  script taken out (the expected values still come from the page as served).
  What a system finds then, it finds in the page: `<h1>`, byline elements,
  "By …" lines, `<time>`, dates in the text.

Scoring: a title is right when it equals the expected one after case, space
and quote normalisation; an author when the set of name words equals the
expected names' (order, "and", ";" ignored); a date when it is the same day.
"agree" counts pages where both systems give the same normalised value,
whether or not there is an expected one.

Speed: CPU time (`time.process_time`) of articleclean `clean_html` and of
`trafilatura.bare_extraction(html, url=…, with_metadata=True)`, each alone in
a fresh process over the same pages, taking turns twice, best kept.

Reported on the test part of the split (bench/split.py), the tune part beside.
"""

from __future__ import annotations

import argparse
import html as html_entities
import json
import re
import time
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any

from lxml import etree
from lxml.html import HtmlElement, fromstring

from .corpus import sample
from .split import PARTS, part, site

FIELDS = ("title", "author", "date")
SYSTEMS = ("articleclean", "trafilatura")
PASSES = ("with meta", "without meta")
_ARTICLE_TYPES = re.compile(r"(?:Article|BlogPosting|Posting|Report|Story)$", re.IGNORECASE)
_PERSON_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_NOT_NAME_WORDS = frozenset({"and", "by", "und", "et", "y", "e", "von", "par", "por"})
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass
class Expected:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    dates: frozenset[str] = frozenset()
    """The day as written, and in UTC when the time has an offset that moves it."""


@dataclass
class Found:
    title: str | None = None
    author: str | None = None
    date: str | None = None


# --- expected values from the page's structured data ------------------------------------


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _json_objects(item)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _json_objects(value["@graph"])
        if isinstance(value.get("mainEntity"), dict):
            yield from _json_objects(value["mainEntity"])


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type") or []
    return [str(k) for k in (kind if isinstance(kind, list) else [kind])]


def _person_names(author: Any) -> list[str]:
    names: list[str] = []
    for item in author if isinstance(author, list) else [author]:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            if "Organization" in _types(item) or "NewsMediaOrganization" in _types(item):
                continue
            name = item.get("name")
            if isinstance(name, str):
                names.append(name)
    return [" ".join(n.split()) for n in names if n.strip() and not n.startswith("http")]


def _meta(tree: HtmlElement, attribute: str, value: str) -> str | None:
    for element in tree.iter("meta"):
        if (element.get(attribute) or "").casefold() == value and element.get("content"):
            return " ".join(element.get("content", "").split()) or None
    return None


def expected_of(tree: HtmlElement, url: str | None = None) -> Expected:
    """The page's own answer, where its structured data gives one; `url`, the page's
    address, tells its site's name in a title ("… | MDR.DE" on mdr.de)."""
    expected = Expected()
    publishers: set[str] = set()
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _json_objects(data):
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                publishers.add(_norm(publisher["name"]))
            if not any(_ARTICLE_TYPES.search(kind) for kind in _types(item)):
                continue
            if expected.title is None and isinstance(item.get("headline"), str):
                expected.title = _text(item["headline"])
            if not expected.authors and "author" in item:
                expected.authors = _person_names(item["author"])
            if expected.date is None and isinstance(item.get("datePublished"), str):
                expected.date = item["datePublished"]
    site = _meta(tree, "property", "og:site_name")
    if site:
        publishers.add(_norm(site))
    site_words = _site_words(publishers, tree)
    expected.title = _without_site(
        expected.title or _text(_meta(tree, "property", "og:title")),
        site_words,
        _host_spellings(tree, url),
    )
    if not expected.authors:
        author = _meta(tree, "name", "author")
        if author and "http" not in author and "@" not in author:
            expected.authors = [_text(author) or ""]
    # A publisher or desk given as the author ("ABC News", "Redacción") is not a person.
    expected.authors = [a for a in expected.authors if _is_person(a, site_words)]
    written = expected.date or _meta(tree, "property", "article:published_time")
    expected.dates = _days(written)
    expected.date = _day(written)
    return expected


def _text(value: str | None) -> str | None:
    return " ".join(html_entities.unescape(value).split()) or None if value else None


def _site_words(publishers: set[str], tree: HtmlElement) -> frozenset[str]:
    """Words of the site's name and host: a title part or "author" made of them is the site."""
    words = {w for name in publishers for w in _name_words(name)}
    for link in tree.iter("link"):
        if link.get("rel") == "canonical" and link.get("href"):
            host = re.sub(r"^https?://(?:www\.)?", "", link.get("href", "")).split("/")[0]
            words.update(label for label in host.split(".")[:-1] if len(label) > 2)
    return frozenset(words)


_TITLE_PARTS = re.compile(r"\s+(?:[|–—·:]|-|::)\s+")
_LETTERS = re.compile(r"[^\W_]+")


def _host_spellings(tree: HtmlElement, url: str | None) -> frozenset[str]:
    """The site's host, from the canonical link and the page's address, as a title
    writes it once spaces and dots are out: with its top-level domain ("mdrde" for
    "MDR.DE", "aocmedia" for "AOC media" on aoc.media) and without ("biathlonantholz"
    for "Biathlon Antholz" on biathlon-antholz.it)."""
    hosts = [site(url)] if url else []
    for link in tree.iter("link"):
        if link.get("rel") == "canonical" and link.get("href"):
            hosts.append(site(link.get("href", "")))
    spellings = set()
    for host in hosts:
        labels = [label for label in host.split(".") if label]
        if len(labels) > 1:
            spellings.add("".join(_LETTERS.findall("".join(labels))))
            spellings.add("".join(_LETTERS.findall("".join(labels[:-1]))))
    return frozenset(s for s in spellings if len(s) > 3)


def _without_site(
    title: str | None, site_words: frozenset[str], hosts: frozenset[str] = frozenset()
) -> str | None:
    """og:title often carries the site's name before or after a separator: not the
    headline. The name is made of the site's words, or spells its host (`hosts`)."""
    if not title:
        return None
    parts = _TITLE_PARTS.split(title)
    separators = _TITLE_PARTS.findall(title)
    squashed = {w.replace(" ", "") for w in site_words}
    for end in (-1, 0):
        if len(parts) < 2:
            break
        words = _name_words(parts[end])
        joined = "".join(sorted(words))
        # The words in the title's order: a set's order changes from process to process.
        in_order = "".join(
            word
            for word in (w.casefold() for w in _PERSON_WORDS.findall(parts[end]))
            if word not in _NOT_NAME_WORDS
        )
        spelled = "".join(_LETTERS.findall(parts[end].casefold()))
        if words and (
            words <= site_words or joined in squashed or in_order in squashed or spelled in hosts
        ):
            parts.pop(end)
            separators.pop(end)
    rebuilt = parts[0]
    for separator, piece in zip(separators, parts[1:], strict=False):
        rebuilt += separator + piece
    return rebuilt


def _is_person(name: str, site_words: frozenset[str]) -> bool:
    words = _name_words(name)
    if len(words) < 2 or re.search(r"[\d%()]|www|\.[a-z]{2,3}\b", name):
        return False
    return not any(len(w) > 3 and w in site_words for w in words)


def _tree(html: bytes) -> HtmlElement:
    """The page parsed from its text as articleclean decodes it: lxml alone reads
    bytes without a charset declaration as Latin-1 (mojibake in the expected values)."""
    from articleclean.readers.decode import decode_bytes

    try:
        text = decode_bytes(html.replace(b"\x00", b"")).text
    except ValueError:  # articleclean refuses it as binary: lxml's own reading
        return fromstring(html)
    # lxml refuses a str that declares its encoding (`<?xml … encoding=…?>`).
    return fromstring(_XML_DECLARATION.sub("", text, count=1))


def without_meta(html: bytes) -> bytes:
    """The page without `<meta>` tags and JSON-LD scripts, in UTF-8."""
    tree = _tree(html)
    doomed = list(tree.iter("meta"))
    doomed += [s for s in tree.iter("script") if "ld+json" in (s.get("type") or "")]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    # The encoding is not metadata: declared again, as the UTF-8 written below.
    head = tree.find("head")
    if head is None:
        head = tree.makeelement("head")
        tree.insert(0, head)
    head.insert(0, head.makeelement("meta", charset="utf-8"))
    return etree.tostring(tree, encoding="utf-8", method="html")


# --- scoring ------------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split()).strip(" .:|-")


def _day(text: str | None) -> str | None:
    found = _DAY.search(text or "")
    return found.group(0) if found else None


def _days(text: str | None) -> frozenset[str]:
    day = _day(text)
    if day is None or text is None:
        return frozenset()
    days = {day}
    try:
        from datetime import datetime, timezone

        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            days.add(moment.astimezone(timezone.utc).strftime("%Y-%m-%d"))
    except ValueError:
        pass
    return frozenset(days)


def _name_words(text: str | None) -> frozenset[str]:
    words = {w.casefold() for w in _PERSON_WORDS.findall(text or "")}
    return frozenset(words - _NOT_NAME_WORDS)


def right(field_name: str, expected: Expected, found: Found) -> bool | None:
    """Whether `found` has the field right; None when the page gives no answer."""
    if field_name == "title":
        return None if not expected.title else _norm(found.title) == _norm(expected.title)
    if field_name == "author":
        if not expected.authors:
            return None
        return _name_words(found.author) == _name_words(" ".join(expected.authors))
    return None if not expected.date else _day(found.date) in expected.dates


def _same(field_name: str, a: Found, b: Found) -> bool:
    if field_name == "title":
        return _norm(a.title) == _norm(b.title)
    if field_name == "author":
        return _name_words(a.author) == _name_words(b.author)
    return _day(a.date) == _day(b.date)


# --- the systems -----------------------------------------------------------------------


def articleclean_fields(html: bytes, url: str) -> Found:
    import articleclean

    article = articleclean.clean_html(html, url=url)
    author = "; ".join(article.byline) or article.metadata.get("author")
    return Found(article.title, author, article.metadata.get("date"))


def trafilatura_fields(html: bytes, url: str) -> Found:
    from trafilatura import bare_extraction

    result = bare_extraction(html, url=url, with_metadata=True)
    if result is None:
        return Found()
    return Found(result.title, result.author, result.date)


_SYSTEMS = {"articleclean": articleclean_fields, "trafilatura": trafilatura_fields}


@dataclass
class Tally:
    right: int = 0
    asked: int = 0

    def __str__(self) -> str:
        return f"{self.right / self.asked:.2f} ({self.right}/{self.asked})" if self.asked else "—"


@dataclass
class Results:
    pages: dict[str, int] = field(default_factory=dict)
    # (part, pass, field, system) -> tally
    tallies: dict[tuple[str, str, str, str], Tally] = field(default_factory=dict)
    # (part, pass, field) -> pages where both give the same value
    agree: dict[tuple[str, str, str], int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def tally(self, key: tuple[str, str, str, str]) -> Tally:
        return self.tallies.setdefault(key, Tally())


def measure(limit: int | None = None, every: int = 1, verbose: bool = False) -> Results:
    results = Results()
    for page in sample(limit, every):
        where = part(page.url)
        results.pages[where] = results.pages.get(where, 0) + 1
        try:
            expected = expected_of(_tree(page.html), page.url)
            stripped = without_meta(page.html)
        except (ValueError, etree.ParserError):
            continue
        for pass_name, html in zip(PASSES, (page.html, stripped), strict=True):
            found = {name: _SYSTEMS[name](html, page.url) for name in SYSTEMS}
            for field_name in FIELDS:
                if _same(field_name, found["articleclean"], found["trafilatura"]):
                    key3 = (where, pass_name, field_name)
                    results.agree[key3] = results.agree.get(key3, 0) + 1
                for name in SYSTEMS:
                    verdict = right(field_name, expected, found[name])
                    if verdict is None:
                        continue
                    tally = results.tally((where, pass_name, field_name, name))
                    tally.asked += 1
                    tally.right += verdict
                    if verbose and not verdict and name == "articleclean":
                        results.misses.append(
                            f"{where}\t{pass_name}\t{field_name}\t{page.url}\t"
                            f"expected={_expected_value(field_name, expected)!r}\t"
                            f"ours={getattr(found[name], field_name)!r}\t"
                            f"traf={getattr(found['trafilatura'], field_name)!r}"
                        )
    return results


def _expected_value(field_name: str, expected: Expected) -> object:
    return expected.authors if field_name == "author" else getattr(expected, field_name)


# --- speed ------------------------------------------------------------------------------


def _cpu_seconds(system: str, limit: int | None, every: int) -> float:
    import logging
    import warnings

    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")
    pages = list(sample(limit, every))
    if system == "articleclean":
        import articleclean

        cleaner = articleclean.Cleaner()
        articleclean.clean_text("Warm-up text long enough for language detection to load.")

        def run(html: bytes, url: str) -> None:
            cleaner.clean_html(html, url=url)
    else:
        from trafilatura import bare_extraction

        def run(html: bytes, url: str) -> None:
            bare_extraction(html, url=url, with_metadata=True)

    if pages:
        run(pages[0].html, pages[0].url)  # imports and first-call caches are not throughput
    started = time.process_time()
    for page in pages:
        try:
            run(page.html, page.url)
        except Exception:  # a page that fails still costs its time
            continue
    return time.process_time() - started


def cpu_seconds(limit: int | None, every: int, rounds: int = 2) -> dict[str, float]:
    """CPU seconds each system needs for the sample, alone in a fresh process."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        for system in SYSTEMS:
            with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
                seconds = pool.submit(_cpu_seconds, system, limit, every).result()
            best[system] = min(seconds, best.get(system, seconds))
    return best


# --- report ------------------------------------------------------------------------------


def table(results: Results, speed: dict[str, float] | None) -> str:
    rows = [
        "| part | pass | field | articleclean | trafilatura | agree |",
        "|---|---|---|---:|---:|---:|",
    ]
    for where in reversed(PARTS):  # test first
        for pass_name in PASSES:
            for field_name in FIELDS:
                ours = results.tally((where, pass_name, field_name, "articleclean"))
                theirs = results.tally((where, pass_name, field_name, "trafilatura"))
                agree = results.agree.get((where, pass_name, field_name), 0)
                rows.append(
                    f"| {where} | {pass_name} | {field_name} | {ours} | {theirs} "
                    f"| {agree}/{results.pages.get(where, 0)} |"
                )
    pages = ", ".join(f"{results.pages.get(w, 0)} {w}" for w in reversed(PARTS))
    rows += [
        "",
        f"Pages: {pages}. Share right among pages whose structured data gives the "
        "field (module doc: how the expected values are read and compared); *without "
        "meta* strips `<meta>` and JSON-LD from the page but keeps the expected values "
        "from the page as served. Test part first: tune rules on the tune part only.",
    ]
    if speed:
        ours, theirs = speed["articleclean"], speed["trafilatura"]
        rows += [
            "",
            "| system | CPU s | relative speed |",
            "|---|---:|---:|",
            f"| articleclean clean_html | {ours:.1f} | {theirs / ours:.2f}× |",
            f"| trafilatura bare_extraction(with_metadata=True) | {theirs:.1f} | 1.00× |",
            "",
            "CPU time of one process, each system alone in a fresh one over all the "
            "pages above, taking turns twice, best kept.",
        ]
    return "\n".join(rows)


def run(limit: int | None = None, every: int = 1, speed: bool = True) -> str:
    results = measure(limit, every)
    return table(results, cpu_seconds(limit, every) if speed else None)


def main(argv: list[str] | None = None) -> None:
    import logging
    import warnings

    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N pages")
    parser.add_argument("--every", type=int, default=1, help="every K-th page only")
    parser.add_argument("--no-speed", action="store_true", help="skip the CPU timing")
    parser.add_argument("--misses", help="write articleclean's misses (TSV) to this file")
    args = parser.parse_args(argv)
    results = measure(args.limit, args.every, verbose=bool(args.misses))
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as handle:
            handle.write("\n".join(results.misses) + "\n")
    speed = None if args.no_speed else cpu_seconds(args.limit, args.every)
    print(table(results, speed))


if __name__ == "__main__":
    main()
