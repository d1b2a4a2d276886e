"""Page metadata: the head-only shortcut reads the same meta tags as the whole page."""

from __future__ import annotations

from pathlib import Path

import pytest
from trafilatura.metadata import examine_meta

from articleclean.readers.decode import decode_bytes
from articleclean.readers.html_meta import _head_only, page_metadata
from articleclean.readers.html_parse import parse_html

PAGES = sorted((Path(__file__).parent / "fixtures" / "html").glob("*.html"))


def _fields(document: object) -> dict[str, object]:
    return {
        key: value
        for key, value in document.as_dict().items()  # type: ignore[attr-defined]
        if key not in ("body", "commentsbody")  # fresh empty elements, never equal
    }


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_examine_meta_finds_the_same_in_the_head_alone(path: Path) -> None:
    tree = parse_html(decode_bytes(path.read_bytes()).text)
    assert tree is not None
    head_only = _head_only(tree)
    assert head_only is not tree and len(head_only) == 1
    assert _fields(examine_meta(head_only)) == _fields(examine_meta(tree))


def test_the_page_is_left_as_it_was() -> None:
    tree = parse_html(
        '<html><head><title>T</title><meta name="author" content="Jane Doe"></head>'
        "<body><p>Text</p></body></html>"
    )
    assert tree is not None
    before = [element.tag for element in tree.iter()]
    assert page_metadata(tree, None).authors == ["Jane Doe"]
    assert [element.tag for element in tree.iter()] == before


def test_a_page_without_head_is_read_whole() -> None:
    tree = parse_html("<html><body><p>Text</p></body></html>")
    assert tree is not None
    assert tree.find("head") is None
    assert _head_only(tree) is tree
