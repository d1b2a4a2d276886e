"""A list of the article's that trafilatura left out between two paragraphs it kept
comes back, one row a line, where the page prints it (`readers/html_lists.py`).
trafilatura drops the `<ul>` from a text box whose classes say "detail"
(`<div class="detail">` / `<div class="detail-content">`, as Vietnamese papers name
theirs) and keeps it in an `article-body` box: the same page, the list lost
(round 53 audit: audit15i-vi-du-bao-thoi-tiet-nong). The pages are invented.
"""

from __future__ import annotations

import articleclean

_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {site}</title>
<meta property="og:title" content="{title}"></head>
<body>
<header><nav><a href="/">{home}</a><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<div class="{outer}">
<h1>{title}</h1>
<div class="{inner}">
<p>{first}</p>
<p>{intro}</p>
{listing}
<div class="ad-slot">{ad}</div>
<p>{after}</p>
<p>{last}</p>
</div>
<div class="related"><h3>{more}</h3><ul>{related}</ul></div>
</div>
<footer><p>© {site}</p></footer>
</body></html>"""

EN = {
    "lang": "en",
    "site": "The Daily Courier",
    "home": "Home",
    "title": "Heatwave: temperatures to reach 38C across the south",
    "first": "The national weather service said temperatures would peak on Saturday "
    "afternoon, with the highest readings expected in inland towns away from the coast.",
    "intro": "Forecast highs for Saturday in some of the region's cities:",
    "rows": ["Riverton: 38C", "Lakeside: 36C", "Port Ellis: 33C", "Hillcrest: 35C"],
    "ad": "Advertisement",
    "after": "Officials urged people to stay out of the sun between 11am and 3pm, to drink "
    "plenty of water and to check on elderly neighbours during the hottest hours.",
    "last": "The warning is expected to be lifted on Monday, when a band of rain will bring "
    "cooler air from the west.",
    "more": "More weather",
    "related": ["Storm brings floods to the coast", "How to keep your home cool"],
}
FR = {
    "lang": "fr",
    "site": "Le Courrier du Sud",
    "home": "Accueil",
    "title": "Les prix de l'énergie reculent pour le troisième mois consécutif",
    "first": "Selon les chiffres publiés mardi par l'institut de la statistique, les prix de "
    "l'énergie ont encore baissé en avril, après deux mois de recul déjà marqué.",
    "intro": "Les baisses les plus fortes concernent trois postes :",
    "rows": ["Gazole : -4,1 %", "Gaz naturel : -3,6 %", "Électricité : -1,2 %"],
    "ad": "Publicité",
    "after": "Les économistes restent prudents sur la suite de l'année, car les stocks de "
    "gaz devront être reconstitués avant l'hiver et les tarifs pourraient remonter.",
    "last": "Le gouvernement a indiqué qu'il ne prolongerait pas le bouclier tarifaire "
    "au-delà de l'été.",
    "more": "À lire aussi",
    "related": ["Le prix du litre d'essence au plus bas", "Comment réduire sa facture"],
}


def _page(
    words: dict, *, outer: str = "detail", inner: str = "detail-content", links: bool = False
) -> str:
    if links:
        rows = "".join(
            f'<li><a href="/r/{i}">{row}</a></li>' for i, row in enumerate(words["rows"])
        )
    else:
        rows = "".join(f"<li>{row}</li>" for row in words["rows"])
    related = "".join(f'<li><a href="/x/{i}">{r}</a></li>' for i, r in enumerate(words["related"]))
    fields = {k: v for k, v in words.items() if k not in ("rows", "related")}
    return _PAGE.format(
        **fields, outer=outer, inner=inner, listing=f"<ul>{rows}</ul>", related=related
    )


def _body(html: str) -> list[str]:
    return articleclean.clean_html(html).paragraphs


def test_a_list_trafilatura_left_out_between_two_paragraphs_comes_back() -> None:
    # Fails on main: the rows are missing from the body.
    for words in (EN, FR):
        body = _body(_page(words))
        at = body.index(words["intro"])
        assert body[at + 1 : at + 1 + len(words["rows"])] == [f"- {r}" for r in words["rows"]]
        assert body[at + 1 + len(words["rows"])] == words["after"]


def test_a_list_trafilatura_kept_is_printed_once() -> None:
    # Guard: in a box trafilatura keeps the list of, no row is added twice.
    for words in (EN, FR):
        body = _body(_page(words, outer="story", inner="article-body"))
        assert [line for line in body if line.startswith("- ")] == [f"- {r}" for r in words["rows"]]


def test_a_list_of_links_between_paragraphs_stays_out() -> None:
    # Guard: rows that are links are a box of other stories or a menu, not the text.
    for words in (EN, FR):
        body = "\n".join(_body(_page(words, links=True)))
        assert all(row not in body for row in words["rows"])
        assert all(row not in body for row in words["related"])
