"""A box of other stories whose one headline meets the article's words (round 65, noise2).

Under a heading worded as teaser headings are ("Meistgelesen in der Region", "More
stories from our newsroom"), `teaser_list` took the headlines only when none shared over
a third of its words with the article. Other stories meet the article's words by chance:
"Diese Geräte wünschen sich alle zu Weihnachten" in an article on streaming devices kept
the whole box of four. In a box of three headlines or more, one such headline, not the
last, now goes with the others (`teaser_lists._off_topic_headlines`); a box whose last
line or two of whose lines share the article's words stays, as the article's own list or
subheading may be read into it.
"""

from __future__ import annotations

import pytest

import articleclean

_GERMAN = (
    "Streamingdienste liefern Filme und Musik inzwischen auf fast alle Geräte im "
    "Haushalt, vom Fernseher bis zur Spielkonsole, und viele Nutzer wünschen sich "
    "einfachere Menüs.",
    "Viele Geräte unterstützen inzwischen mehrere Dienste gleichzeitig, doch die Preise "
    "für die Abonnements steigen seit Monaten deutlich an.",
    "Verbraucherschützer raten, vor dem Kauf zu prüfen, welche Geräte welche Dienste "
    "unterstützen und wie lange die Hersteller Updates liefern.",
    "Auch die Bildqualität hängt stark vom Tarif ab: Wer in hoher Auflösung schauen will, "
    "zahlt bei den meisten Anbietern deutlich mehr.",
)
_ENGLISH = (
    "Commuters on the northern line faced delays again on Monday after a signal failure "
    "near the central station, the rail operator said.",
    "The operator said engineers worked through the night to repair the signal, and that "
    "trains would run to a reduced timetable until Wednesday.",
    "Passenger groups said the delays were the fourth this month and called on the "
    "operator to publish its repair plans for the signal system.",
    "Season ticket holders can claim compensation for delays of more than fifteen "
    "minutes through the operator's website.",
)


def _dump(paragraphs: tuple[str, ...], heading: str, headlines: list[str]) -> str:
    first, second, third, fourth = paragraphs
    return "\n\n".join([first, second, heading, *headlines, third, fourth]) + "\n"


def _kept(text: str, lines: list[str]) -> list[str]:
    body = {block.text for block in articleclean.clean(text).body}
    return [line for line in lines if line in body]


@pytest.mark.parametrize(
    ("paragraphs", "heading", "headlines"),
    [
        (
            _GERMAN,
            "Meistgelesen in der Region",
            [
                "Diese Geräte wünschen sich alle zu Weihnachten",
                "Börsen geben nach, Technologiewerte brechen ein",
                "Warum Schlafforscher vom Schlummern abraten",
                "Fußballstar wechselt überraschend zum Rivalen",
            ],
        ),
        (
            _ENGLISH,
            "More stories from our newsroom",
            [
                "Northern line commuters face more delays",
                "Chef reveals the secret of the perfect roast",
                "Why sleep experts say you should never snooze",
                "Football star makes surprise move to rivals",
            ],
        ),
    ],
)
def test_a_box_with_one_headline_met_by_chance_goes(
    paragraphs: tuple[str, ...], heading: str, headlines: list[str]
) -> None:
    assert _kept(_dump(paragraphs, heading, headlines), [heading, *headlines]) == []


@pytest.mark.parametrize(
    "headlines",
    [
        # the last line shares the article's words: it may be the article's subheading
        [
            "Börsen geben nach, Technologiewerte brechen ein",
            "Warum Schlafforscher vom Schlummern abraten",
            "Fußballstar wechselt überraschend zum Rivalen",
            "Welche Geräte welche Dienste unterstützen",
        ],
        # two lines share them: the article's own list
        [
            "Diese Geräte unterstützen alle Dienste",
            "Börsen geben nach, Technologiewerte brechen ein",
            "Welche Geräte welche Dienste unterstützen",
            "Warum Schlafforscher vom Schlummern abraten",
        ],
    ],
)
def test_a_box_whose_last_or_two_lines_share_the_articles_words_stays(
    headlines: list[str],
) -> None:
    tied = [line for line in headlines if "Geräte" in line]
    assert _kept(_dump(_GERMAN, "Meistgelesen in der Region", headlines), tied) == tied
