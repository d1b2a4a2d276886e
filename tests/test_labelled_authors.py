"""The labeller's authors come from the page's metadata, read as the page means them.

JSON-LD sits in a script, whose text the HTML parser leaves escaped: an apostrophe written
"&#039;" must not split a name on its "&" (round 48: a tune page's author "Lindsey
O&#039;Donnell" was labelled "Lindsey O", so a right byline scored as a wrong name)."""

from __future__ import annotations

import lxml.html
from bench.labelled_dumps import _authors

_PAGE = """<html><head><title>T</title>
<script type="application/ld+json">
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Lindsey O&#039;Donnell"}}
</script></head><body><p>Text.</p></body></html>"""


def test_an_escaped_apostrophe_does_not_split_the_name() -> None:
    assert _authors(lxml.html.document_fromstring(_PAGE)) == ["Lindsey O'Donnell"]


def test_two_authors_joined_by_an_ampersand_are_still_two() -> None:
    page = _PAGE.replace("Lindsey O&#039;Donnell", "Jane Roe &amp; John Doe")
    assert _authors(lxml.html.document_fromstring(page)) == ["Jane Roe", "John Doe"]
