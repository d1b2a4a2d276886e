"""`trailing_teasers` keeps the article's own subheadings that end an article dump
(round 36): a run of short phrases of mixed length, none longer than seven words and none
of a box's marks among them (no date, count, blurb, label printed twice or teaser
heading), at least as many of them shorter than a headline as of a headline's length. A
copy that kept an article's headings without their paragraphs, or a contents list under
its introduction, prints them so; a box of other stories prints its headlines alike, as
clauses. Fixtures invented."""

from __future__ import annotations

import articleclean

_DE_TITLE = "Warum alte Obstsorten in Streuobstwiesen wieder gefragt sind"
_DE_PROSE = [
    "Auf den Hängen über dem Dorf stehen wieder junge Apfelbäume, gepflanzt von einem Verein.",
    "Die Mitglieder pflegen die Wiesen seit zehn Jahren und ernten jeden Herbst gemeinsam.",
    "Was früher als mühsam galt, zieht heute Familien aus der ganzen Region zur Ernte an.",
]
_DE_OWN = [
    "Späte Blüte und ein harter Winter",
    "Saft",
    "Wie Schafe beim Mähen helfen",
    "Ausblick",
]
_EN_TITLE = "A village brass band marks its hundredth year with a summer tour"
_EN_PROSE = [
    "The band began in 1925 with six players who had learned their instruments in the army.",
    "Today it has thirty members, the youngest twelve and the oldest well past eighty.",
    "This summer they will play in every market square within a day's drive of home.",
]
_EN_OWN = [
    "Early years",
    "Rebuilding the group after the war",
    "Uniforms",
    "What the players hope for next",
]
# A box of other stories without a heading: headlines as clauses, longer than a
# subheading.
_BOX = [
    "Heavy rain floods the ring road for the second time this month",
    "Council votes to close the old swimming pool by the end of the year",
    "Local bakery wins a national prize for its rye bread and its pretzels",
]


def _body(text: str) -> list[str]:
    article = articleclean.clean_text(text)
    assert article.metadata.get("dump") == "article"
    return [line for block in article.body for line in block.text.split("\n")]


def test_the_articles_subheadings_after_its_prose_stay_de() -> None:
    text = "\n\n".join([_DE_TITLE, *_DE_PROSE, *_DE_OWN]) + "\n"
    assert [x for x in _DE_OWN if x not in _body(text)] == []


def test_the_articles_subheadings_after_its_prose_stay_en() -> None:
    text = "\n\n".join([_EN_TITLE, *_EN_PROSE, *_EN_OWN]) + "\n"
    assert [x for x in _EN_OWN if x not in _body(text)] == []


def test_a_box_of_headlines_after_the_article_still_goes() -> None:
    """A guard (passes on main too): clauses of a headline's length are no subheadings."""
    text = "\n\n".join([_EN_TITLE, *_EN_PROSE, *_BOX]) + "\n"
    assert [x for x in _BOX if x in _body(text)] == []
