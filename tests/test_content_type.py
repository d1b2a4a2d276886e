"""The HTTP Content-Type charset decodes bytes, before what the bytes declare themselves."""

from __future__ import annotations

import pytest

import articleclean

BODY = (
    "Die Elchdichte in den Wäldern ist gestiegen, berichten die Förster. "
    "Die Mööse fressen junge Bäume, und die Gemeinden überlegen nun, wie sie "
    "den Wald schützen können, ohne die Tiere zu vertreiben."
)


def _page(meta: str = "") -> str:
    return (
        f"<html lang='de'><head>{meta}<title>Mööse im Wald</title></head><body><article>"
        f"<h1>Mööse im Wald</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


RUSSIAN = (
    "Новая линия метро откроется в декабре, сообщили в мэрии. Поезда будут ходить "
    "каждые три минуты, а на станциях установят лифты для пассажиров с колясками."
)


def test_http_charset_wins_over_a_stale_meta_charset() -> None:
    # The server says KOI8-R and is right; the page still claims windows-1251.
    page = (
        "<html lang='ru'><head><meta charset='windows-1251'><title>Метро</title></head>"
        f"<body><article><h1>Метро</h1><p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>"
    )
    data = page.encode("koi8-r")
    article = articleclean.clean_html(data, content_type="text/html; charset=KOI8-R")
    assert "Новая линия метро" in article.to_text()
    # Without the header the stale declaration is believed: the test above is not vacuous.
    assert "Новая линия метро" not in articleclean.clean_html(data).to_text()


def test_clean_passes_the_content_type_on_for_pages_and_text() -> None:
    page = (
        "<html><head><meta charset='windows-1251'><title>Метро</title></head>"
        f"<body><article><p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>"
    ).encode("koi8-r")
    assert (
        "Новая линия"
        in articleclean.clean(page, content_type="text/html; charset=koi8-r").to_text()
    )
    # A DOS code page that detection does not guess from the bytes alone.
    text = f"Метро\n\n{RUSSIAN}\n".encode("cp866")
    assert "Новая линия" not in articleclean.clean(text).to_text()
    article = articleclean.clean(text, content_type="text/plain; charset=cp866")
    assert "Новая линия" in article.to_text()


def test_an_unknown_http_charset_falls_back_to_the_page() -> None:
    data = _page("<meta charset='utf-8'>").encode("utf-8")
    article = articleclean.clean_html(data, content_type="text/html; charset=no-such-charset")
    assert article.status == "ok"
    assert "Mööse" in article.to_text()


def test_a_header_given_as_bytes_is_read_and_anything_else_is_an_input_error() -> None:
    page = (
        "<html><head><meta charset='windows-1251'><title>Метро</title></head>"
        f"<body><article><p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>"
    ).encode("koi8-r")
    article = articleclean.clean_html(page, content_type=b"text/html; charset=koi8-r")
    assert "Новая линия" in article.to_text()
    with pytest.raises(articleclean.InputError, match="content_type"):
        articleclean.clean_html(page, content_type=42)  # type: ignore[arg-type]
