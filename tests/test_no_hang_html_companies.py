"""Meta authors of many names beside many links cost time in names plus links, not
their product (hang guard), and the names that spell a linked host are found as the
XPath asked per name found them.

`without_companies` asked the page for the hrefs holding each name's letters
(`//@href[contains(., $letters)]`), a walk of the page per name: 4,000 names and
links took 2.3 s, 40,000 minutes (the hang case runs in a child with a wall bound
that only catches a hang; it asserts no speed)."""

from __future__ import annotations

import random
import re
import textwrap

from lxml import etree

from articleclean.readers.html_authors import MIN_HOST_LETTERS, without_companies
from articleclean.readers.html_parse import parse_html
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    from articleclean.readers.html_authors import without_companies
    from articleclean.readers.html_parse import parse_html

    def word(number):
        letters = ""
        while number:
            number, left = divmod(number, 26)
            letters += chr(97 + left)
        return letters.title()

    names = "; ".join(f"Anna{word(i + 1)} Berg" for i in range(40_000))
    links = "".join(f"<a href='https://other{i}.com/'>l</a>" for i in range(40_000))
    tree = parse_html("<html><body>" + links + "<a href='https://annabberg.de/'>x</a></body></html>")
    print(len(without_companies(tree, names, "own").split("; ")))
    """
)


def test_many_author_names_and_links_are_no_hang() -> None:
    done = run_in_child(_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["39999"]  # "Annab Berg" spells annabberg.de


_HREFS_WITH = etree.XPath("//@href[contains(., $letters)]")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#]+)", re.IGNORECASE)


def _per_name(tree, author: str, own_host: str) -> str:  # type: ignore[no-untyped-def]
    """Main's reading (4b26846): the page asked for each name's letters."""
    from articleclean.lexicon import without_accents
    from articleclean.readers.html_authors import AUTHOR_SPLIT
    from articleclean.readers.html_words import ALNUM

    def links_host(letters: str) -> bool:
        for href in _HREFS_WITH(tree, letters=letters):
            host = _HOST.match(str(href).strip())
            if host and letters in host[1].casefold().split("."):
                return True
        return False

    names = AUTHOR_SPLIT.split(author or "")
    if len(names) < 2:
        return author
    kept = []
    for name in names:
        letters = "".join(ALNUM.findall(without_accents(name.casefold())))
        if len(letters) < MIN_HOST_LETTERS or letters == own_host or not links_host(letters):
            kept.append(name)
    return "; ".join(kept) if kept else author


_NAMES = ["Condé Nast", "CondeNast", "Prisma Média", "Anna Berg", "Le Monde", "Ö", "Axel Springer"]
_HOSTS = ["condenast.de", "CondeNast.com", "www.prismamedia.com", "annaberg.org", "lemonde.fr"]
_HOSTS += ["springer.com", "axelspringer.de", "ÖÖ.at", "x.axel"]


def _href(chooser: random.Random) -> str:
    host = chooser.choice(_HOSTS)
    return chooser.choice(
        [f"https://{host}/a", f" http://{host}", f"//{host}/", f"/p/{host}", host]
    )


def test_companies_are_found_as_the_per_name_xpath_found_them() -> None:
    chooser = random.Random(61)
    dropped = 0
    for _ in range(3_000):
        author = "; ".join(chooser.choices(_NAMES, k=chooser.randint(1, 4)))
        links = "".join(f"<a href='{_href(chooser)}'>l</a>" for _ in range(chooser.randint(0, 4)))
        tree = parse_html(f"<html><body><p>t</p>{links}</body></html>")
        assert tree is not None
        own = chooser.choice(["own", "condenast", "lemonde"])
        expected = _per_name(tree, author, own)
        assert without_companies(tree, author, own) == expected
        dropped += expected != author
    assert dropped > 300  # the sample drops company names
