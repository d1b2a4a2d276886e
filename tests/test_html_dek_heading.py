"""The dek a page prints in a heading right under its headline is the lead paragraph,
not a section heading (`readers/html.with_dek_heading_as_lead`): Substack sets every
post's subtitle in an `<h3 class="subtitle">` under the `<h1>` (round 49 audit:
audit15c-de-newsletter-substack), news sites a standfirst in an `<h2>` (on webeval
timesofisrael.com, tagesanzeiger.ch, wevolver.com, …). The pages are invented.
"""

from __future__ import annotations

import articleclean

_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - Example</title></head>
<body><header><nav><a href="/">Home</a><a href="/about">About</a></nav></header>
<article><div class="post-header">
<h1>{title}</h1>
<{tag} class="subtitle">{dek}</{tag}>
<div class="post-meta"><a href="/@author">{author}</a> <span>{date}</span></div>
</div>
<div class="body">{paragraphs}</div>
</article>
<footer><p>© Example</p></footer></body></html>"""

EN = {
    "lang": "en",
    "title": "Why the harbour ferry keeps missing its timetable",
    "dek": "The crew rosters show where the gaps really are.",
    "author": "Jane Doe",
    "date": "5 March 2024",
    "paragraphs": [
        "Since January almost one ferry crossing in ten has been cancelled between the "
        "old harbour and the island, and the operator blames short-notice staff absence.",
        "The rosters two deckhands showed me tell a more precise story: four posts have "
        "been vacant since the autumn, and every sick note leaves a hole nobody can fill.",
        "The operator says it is training new crew and hopes to fill the gaps by summer.",
    ],
}
DE = {
    "lang": "de",
    "title": "Warum die Fähre im Hafen ständig ausfällt",
    "dek": "Ein Blick in die Dienstpläne zeigt, woran es wirklich liegt.",
    "author": "Lena Hofmann",
    "date": "05. März 2024",
    "paragraphs": [
        "Seit Jahresbeginn ist fast jede zehnte Überfahrt zwischen dem alten Hafen und "
        "der Insel ausgefallen. Die Reederei nennt meist kurzfristige Personalausfälle.",
        "Die Dienstpläne, die mir zwei Matrosen gezeigt haben, erzählen eine genauere "
        "Geschichte: Seit dem Herbst sind vier Stellen unbesetzt.",
        "Die Reederei bildet nach eigenen Angaben aus und will die Lücken bis zum Sommer "
        "schließen.",
    ],
}


def _clean(words: dict, tag: str, dek: str | None = None) -> articleclean.Article:
    html = _PAGE.format(
        lang=words["lang"],
        title=words["title"],
        tag=tag,
        dek=dek or words["dek"],
        author=words["author"],
        date=words["date"],
        paragraphs="".join(f"<p>{p}</p>" for p in words["paragraphs"]),
    )
    return articleclean.clean_html(html)


def test_a_dek_in_a_heading_under_the_headline_is_the_lead() -> None:
    # Fails on main: the dek is the article's first heading.
    for words in (EN, DE):
        for tag in ("h2", "h3"):
            article = _clean(words, tag)
            assert article.paragraphs[0] == words["dek"]
            assert words["dek"] not in article.headings


def test_a_heading_under_the_headline_that_is_no_sentence_stays_a_heading() -> None:
    # Guard: a label ("Key points", "Das Wichtigste") ends no sentence: no dek.
    for words, label in (
        (EN, "The key points of the rosters"),
        (DE, "Das Wichtigste aus den Dienstplänen im Überblick"),
    ):
        article = _clean(words, "h2", label)
        assert label in article.headings
        assert label not in article.paragraphs
