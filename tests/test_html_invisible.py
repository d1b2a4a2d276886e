"""Characters a page prints as nothing (soft hyphens, zero-width spaces, U+2063) are
dropped from every text read from the page, as trafilatura drops them from its own
(readers/html_words.py `visible`)."""

from __future__ import annotations

import json

from lxml.html import fromstring

import articleclean
from articleclean.readers.html import ExtractedLine, Extraction, article_body, with_lead
from articleclean.readers.html_words import clean_spaces, visible

SHY = "\u00ad"

PARAGRAPHS = [
    "Die Gemeinde will bis zum Herbst entscheiden, ob auf dem Hügel hinter dem Sportplatz "
    "zwei neue Windräder stehen dürfen, nachdem ein Gutachten keine Bedenken fand.",
    "Anwohner hatten im Frühjahr Unterschriften gesammelt und eine Versammlung in der "
    "Turnhalle verlangt, auf der die Betreiber ihre Pläne nun vorstellen sollen.",
    "Der Bürgermeister sagte, man wolle die Sorgen ernst nehmen, die Entscheidung aber "
    "nicht auf die lange Bank schieben, denn die Förderung laufe Ende des Jahres aus.",
]


def _page() -> str:
    body = "".join(f"<p>{text.replace('Windräder', 'Wind&shy;räder')}</p>" for text in PARAGRAPHS)
    return (
        "<html><head><title>Streit um Wind&shy;räder am Sport&shy;platz</title></head><body>"
        "<header><nav><a href='/'>Start</a> <a href='/lokales'>Lokales</a></nav></header>"
        "<main><article><h1>Streit um Wind&shy;räder am Sport&shy;platz</h1>"
        "<figure><img src='/bild.jpg' alt=''><figcaption>Der Hügel hinter dem Sport&shy;platz, "
        "auf dem die Wind&shy;räder stehen sollen.</figcaption></figure>"
        f"{body}</article></main><footer><p>Impressum</p></footer></body></html>"
    )


def test_visible_drops_only_what_prints_as_nothing() -> None:
    assert visible(f"Klima{SHY}wandel\u200b und\u2063 Energie\ufeff") == "Klimawandel und Energie"
    assert visible("Zeile eins\nZeile\tzwei") == "Zeile eins\nZeile\tzwei"
    plain = "Nichts zu tun: 42 % mehr."
    assert visible(plain) is plain
    assert clean_spaces(f" Wind{SHY}räder \u200b ") == "Windräder"


def test_the_title_captions_and_body_of_a_page_hold_no_soft_hyphen() -> None:
    article = articleclean.Cleaner().clean_html(_page())
    assert article.title == "Streit um Windräder am Sportplatz"
    assert [caption.text for caption in article.captions] == [
        "Der Hügel hinter dem Sportplatz, auf dem die Windräder stehen sollen."
    ]
    assert SHY not in article.to_text()
    assert PARAGRAPHS[0] in article.to_text()


def test_a_lead_read_beside_the_extraction_is_printed_as_its_lines_are() -> None:
    extraction = Extraction(text=PARAGRAPHS[0], lines=[ExtractedLine(1, PARAGRAPHS[0], "p")])
    led = with_lead(extraction, f"Zwei neue Wind{SHY}räder sollen kommen.\u200b")
    assert led.text.split("\n") == ["Zwei neue Windräder sollen kommen.", PARAGRAPHS[0]]
    assert [line.text for line in led.lines] == led.text.split("\n")


def test_the_json_ld_text_holds_no_invisible_separator() -> None:
    data = {"@type": "NewsArticle", "articleBody": f"Zwei Wind{SHY}räder\u2063 sollen kommen."}
    tree = fromstring(
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script>'
        "</head><body><p>Bild</p></body></html>"
    )
    found = article_body(tree)
    assert found is not None
    assert found.text == "Zwei Windräder sollen kommen."
