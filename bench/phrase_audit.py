"""Which phrase-list entries look like one page's or one site's lines.

    python -m bench.phrase_audit [--max-sites 1] [--all]

For each entry of src/articleclean/phrases/*.json: on how many webeval sites
(and pages; tune and test part apart) a line of the page's text dump matches
it the way the rule reads it (`line`/`section`: the whole line, `prefix`: its
start, `contains`: inside it), and on how many pages it occurs inside a
`without` annotation and inside a `with` one. By default lists the entries
found on at most `--max-sites` sites that also occur in an annotation: the
candidates to judge (would a speaker of the language list it for any site?
see src/articleclean/phrases/README.md). The corpus is read in place.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from importlib import resources

from articleclean import phrases as phrase_package
from articleclean.document import phrase_form
from articleclean.rules.phrasebook import _pattern

from .dumps import dumps
from .split import part, site


@dataclass(frozen=True)
class Entry:
    file: str
    rule: str
    mode: str
    phrase: str
    sites: int
    pages: int
    tune_sites: int
    test_sites: int
    without_pages: int
    with_pages: int


def entries() -> list[tuple[str, str, str, str]]:
    """(file, rule, mode, phrase) for every entry, bylines and pattern words left out."""
    found = []
    for item in sorted(resources.files(phrase_package).iterdir(), key=lambda e: e.name):
        if not item.name.endswith(".json"):
            continue
        for rule, value in json.loads(item.read_text(encoding="utf-8")).items():
            if rule.startswith("byline") or rule == phrase_package.WORDS_KEY:
                continue  # words of names and of rules' patterns, no lines
            modes = {"line": value} if isinstance(value, list) else value
            for mode, phrases in modes.items():
                found += [(item.name, rule, mode, phrase) for phrase in phrases]
    return found


def audit() -> list[Entry]:
    pages = []
    for item in dumps():
        forms = {phrase_form(line) for line in item.text.splitlines() if line.strip()}
        without = [phrase_form(s) for s in item.page.without]
        with_ = [phrase_form(s) for s in item.page.with_]
        pages.append((item.page.url, forms, without, with_))
    result = []
    for file, rule, mode, phrase in entries():
        form = phrase_form(phrase)
        if not form:
            continue
        pattern = re.compile(_pattern(form))
        sites: dict[str, set[str]] = {"tune": set(), "test": set()}
        hits = without_pages = with_pages = 0
        for url, forms, without, with_ in pages:
            if mode in ("line", "section"):
                hit = form in forms
            elif mode == "prefix":
                hit = any(f.startswith(form) and pattern.match(f) for f in forms)
            else:
                hit = any(form in f and pattern.search(f) for f in forms)
            if hit:
                hits += 1
                sites[part(url)].add(site(url))
            without_pages += any(form in s and pattern.search(s) for s in without)
            with_pages += any(form in s and pattern.search(s) for s in with_)
        tune, test = len(sites["tune"]), len(sites["test"])
        result.append(
            Entry(
                file, rule, mode, phrase, tune + test, hits, tune, test, without_pages, with_pages
            )
        )
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-sites", type=int, default=1)
    parser.add_argument("--all", action="store_true", help="every entry, not just candidates")
    args = parser.parse_args(argv)
    print("| file | rule | mode | phrase | sites (tune/test) | pages | in without | in with |")
    print("|---|---|---|---|---|---:|---:|---:|")
    for e in audit():
        if args.all or (e.sites <= args.max_sites and e.without_pages):
            print(
                f"| {e.file} | {e.rule} | {e.mode} | {e.phrase} | {e.sites} "
                f"({e.tune_sites}/{e.test_sites}) | {e.pages} | {e.without_pages} | {e.with_pages} |"
            )


if __name__ == "__main__":
    main()
