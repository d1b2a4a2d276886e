"""One entry point reads a source as text, HTML or either (auto): library, CLI and integrations."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.errors import InputError
from articleclean.pipeline import reads_as_html
from articleclean.worker import clean_value

PAGE = (
    "<html><head><title>Harbour bridge to close</title></head><body><article>"
    "<p>The harbour bridge will close to traffic for six weeks from next month while "
    "engineers replace corroded cables, the city council said on Tuesday.</p>"
    "</article></body></html>"
)


def test_kind_decides_how_a_source_is_read() -> None:
    assert reads_as_html(PAGE) and reads_as_html(PAGE.encode())
    assert not reads_as_html(PAGE, "text")
    assert reads_as_html("plain words", "html")
    as_text = articleclean.clean(PAGE, kind="text")
    assert as_text.metadata["source"] == "text"
    assert articleclean.clean(PAGE).metadata["source"] == "html"


def test_an_unknown_kind_is_an_input_error() -> None:
    with pytest.raises(InputError, match="kind"):
        articleclean.clean("text", kind="pdf")  # type: ignore[arg-type]


def test_the_integrations_clean_through_the_same_entry_point() -> None:
    cleaner = articleclean.Cleaner()
    for kind in ("auto", "text", "html"):
        expected = cleaner.clean(PAGE.encode(), kind=kind).to_json()  # type: ignore[arg-type]
        assert clean_value(cleaner, PAGE.encode(), kind).to_json() == expected
