"""One splitter for a page title's parts (`lexicon.title_parts`): the text path's title and
byline rules read a dump's title line with it, the HTML reader's `<h2>` search the
`<title>`. Until round 34 each had its own; they differ on purpose at a glued colon only."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.lexicon import title_parts
from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS, SECTIONS

# Marks that only one of the two old splitters knew: the text path's (a slash, a
# chevron, a bar without spaces) and the HTML reader's (two dashes, a fullwidth bar).
SEPARATED = [
    ("Harbour works begin - Example Gazette", ["Harbour works begin", "Example Gazette"]),
    ("Example Gazette | Local | Harbour works", ["Example Gazette", "Local", "Harbour works"]),
    ("Harbour works begin -- Example Gazette", ["Harbour works begin", "Example Gazette"]),
    ("Harbour works begin|Example Gazette", ["Harbour works begin", "Example Gazette"]),
    ("Local / Harbour works begin", ["Local", "Harbour works begin"]),
    ("Example Gazette › Harbour works begin", ["Example Gazette", "Harbour works begin"]),
    ("港の工事が始まる｜例新聞", ["港の工事が始まる", "例新聞"]),
]


@pytest.mark.parametrize("glued", [False, True])
@pytest.mark.parametrize(("title", "parts"), SEPARATED)
def test_both_paths_split_a_title_at_the_same_marks(
    title: str, parts: list[str], glued: bool
) -> None:
    assert title_parts(title, at_glued_colons=glued) == parts


def test_a_glued_colon_splits_only_for_the_html_heading_search() -> None:
    # In a dump's title line the colon is the headline's own, after a kicker.
    title = "Harbour works: Cranes arrive at the east pier - Example Gazette"
    assert title_parts(title) == [
        "Harbour works: Cranes arrive at the east pier",
        "Example Gazette",
    ]
    assert title_parts(title, at_glued_colons=True) == [
        "Harbour works",
        "Cranes arrive at the east pier",
        "Example Gazette",
    ]
    assert title_parts("港湾：新しい桟橋") == ["港湾：新しい桟橋"]
    assert title_parts("港湾：新しい桟橋", at_glued_colons=True) == ["港湾", "新しい桟橋"]


def test_a_dump_title_line_with_two_dashes_gives_the_headline_below() -> None:
    # A guard (passes on main too): the text path's old splitter had no "--", and the
    # one-part title's shorter form printed below was the title all the same; split
    # now, it still is, and the <title> line goes as its repeat.
    lines = [f"{HEADLINE} -- Example Gazette", *MENU, *SECTIONS, HEADLINE, *PARAGRAPHS, *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    assert article.title == HEADLINE
    assert article.paragraphs == PARAGRAPHS
    assert next(r for r in article.removed if r.lines == (1, 1)).rule == "page_title"


def test_an_h2_printing_a_title_part_after_a_slash_is_the_headline() -> None:
    # A blog theme without <h1> prints the post's headline in an <h2>; the HTML
    # reader's splitter had no "/" between the title's parts, so the title stayed whole.
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = (
        "<html><head><title>Harbour Notes / Cranes arrive at the east pier</title></head>"
        "<body><article><h2>Cranes arrive at the east pier</h2>"
        f"{body}</article></body></html>"
    )
    assert articleclean.clean_html(html).title == "Cranes arrive at the east pier"
