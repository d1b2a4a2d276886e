"""A live blog's entry times, each in a `<time>` that opens its entry's box, come back over
their entries (`readers/html_times.py`): trafilatura drops every `<time>` element's text
(round 53 audit: audit15i-ru-onlain-pavodok; on webeval corkbeo.ie's and
sportowefakty.wp.pl's live blogs). The pages are invented.
"""

from __future__ import annotations

import articleclean

_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
<main><article>
<h1>{title}</h1>
<div class="meta"><time datetime="2025-04-08T09:00">{date}</time></div>
{entries}
</article></main>
<footer><p>© Example</p></footer>
</body></html>"""

EN = {
    "lang": "en",
    "title": "Storm Kathleen live: power cuts and flooding across the west",
    "date": "8 April 2025, 09:00",
    "entries": [
        (
            "18:40",
            "Engineers have restored power to 12,000 homes in Galway, the network "
            "operator said, but another 30,000 remain without electricity tonight.",
        ),
        (
            "16:15",
            "The coastguard rescued two people from a car stranded on a flooded road "
            "near Clifden this afternoon. Both were taken to hospital as a precaution.",
        ),
        (
            "12:30",
            "Schools in the worst-hit areas will stay closed tomorrow, the Department "
            "of Education has confirmed in a statement.",
        ),
    ],
}
DE = {
    "lang": "de",
    "title": "Hochwasser im Liveticker: Pegel am Rhein steigt weiter",
    "date": "8. April 2025, 09:00 Uhr",
    "entries": [
        (
            "18:40 Uhr",
            "Die Feuerwehr hat in Köln weitere Sandsäcke verteilt. Die Altstadt "
            "soll bis zum Abend mit mobilen Wänden geschützt werden.",
        ),
        (
            "16:15 Uhr",
            "Der Schiffsverkehr auf dem Rhein ist zwischen Bonn und Düsseldorf "
            "eingestellt worden, teilte das Wasserstraßenamt mit.",
        ),
        (
            "12:30 Uhr",
            "Mehrere Landstraßen im Rhein-Sieg-Kreis sind überflutet. Die Polizei "
            "bittet Autofahrer, die Gegend weiträumig zu umfahren.",
        ),
    ],
}


def _page(words: dict, entries: list[tuple[str, str]]) -> str:
    boxes = "\n".join(
        f'<div class="post"><time class="post-time">{time}</time><p>{text}</p></div>'
        for time, text in entries
    )
    return _PAGE.format(lang=words["lang"], title=words["title"], date=words["date"], entries=boxes)


def test_a_live_blog_s_entry_times_come_back_over_their_entries() -> None:
    # Fails on main: no entry time is in the body.
    for words in (EN, DE):
        body = articleclean.clean_html(_page(words, words["entries"])).paragraphs
        for time, text in words["entries"]:
            assert body[body.index(text) - 1] == time


def test_a_time_under_its_box_s_text_stays_out() -> None:
    # Guard: a time that does not open its box (a card's time under its text, a comment's
    # under the comment) marks no entry.
    for words in (EN, DE):
        html = _page(words, words["entries"]).replace(
            '<div class="post"><time class="post-time">', '<div class="post"><p>Note</p><time>'
        )
        body = articleclean.clean_html(html).paragraphs
        assert all(time not in body for time, _ in words["entries"])


def test_the_page_s_date_line_stays_out() -> None:
    # Guard: the stamp under the headline holds a date, not a clock time alone.
    for words in (EN, DE):
        body = articleclean.clean_html(_page(words, words["entries"])).paragraphs
        assert all(words["date"] not in line for line in body)
