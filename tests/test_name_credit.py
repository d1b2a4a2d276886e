"""name_credit and caption_signed_by_name: a magazine that signs each picture with a bare
name, two pictures a name (round 40, taken in round 41 without the side rule; issue 14)."""

from __future__ import annotations

import articleclean
from articleclean import Reason

HEAD = [
    "Die schönsten Berghütten für ein Wochenende",
    "Von Lena Maurer",
    "Wer im Winter Ruhe sucht, findet sie in diesen Hütten hoch über den Tälern, fern von "
    "Liftschlangen und Après-Ski, mit Blick auf Gipfel, Wälder und verschneite Almen.",
]
HUTS = [
    (
        "„Steinbockhütte“, Pitztal",
        "Die Hütte liegt auf 2.100 Metern und ist im Winter nur mit Tourenski zu erreichen; "
        "dafür wartet oben eine Stube mit Kachelofen und ein Lager für zwölf Gäste.",
        "Die Stube ist ganz mit Zirbenholz verkleidet.",
        "Im Lager schlafen die Gäste unter dicken Daunendecken.",
        "Marta Oberhofer",
    ),
    (
        "„Grünsee-Alm“, Zermatt",
        "Seit drei Generationen führt die Familie Perren die Alm am Grünsee, deren Küche "
        "für Rösti, Trockenfleisch und Kuchen aus dem eigenen Ofen bekannt ist.",
        "Vom Grünsee sieht man an klaren Tagen das Matterhorn.",
        "Die Terrasse ist auch im Januar mittags sonnig.",
        "Grünsee-Alm",
    ),
    (
        "„Hochkar-Lodge“, Niederösterreich",
        "Die Lodge bietet acht Zimmer, eine Sauna mit Panoramafenster und einen Skiraum, "
        "von dem aus man direkt auf die Piste fährt, ohne ein Auto zu brauchen.",
        "Aus der Sauna blickt man über das ganze Ybbstal.",
        "Jedes Zimmer hat einen eigenen Balkon mit Liegestühlen.",
        "Jonas van der Berg",
    ),
]


def _dump(huts: list[tuple[str, str, str, str, str]] = HUTS) -> str:
    lines = list(HEAD)
    for heading, paragraph, first, second, name in huts:
        lines += [heading, paragraph, first, name, second, name]
    return "\n".join(lines)


def test_captions_signed_by_one_name_each_two_pictures() -> None:
    article = articleclean.clean_text(_dump())
    found = [caption.text for caption in article.captions]
    expected = [line for hut in HUTS for line in hut[2:4]]
    assert found == expected
    assert [caption.credit for caption in article.captions] == [
        hut[4] for hut in HUTS for _ in range(2)
    ]
    body = [paragraph.text for paragraph in article.body]
    for _heading, paragraph, *_ in HUTS:
        assert paragraph in body
    credits = [r.text for r in article.removed if r.reason is Reason.PHOTO_CREDIT]
    assert credits == [hut[4] for hut in HUTS for _ in range(2)]


def test_the_rules_can_be_switched_off() -> None:
    article = articleclean.clean_text(_dump(), name_credit=False)
    assert not article.captions
    article = articleclean.clean_text(_dump(), caption_signed_by_name=False)
    assert not article.captions
    assert any(r.reason is Reason.PHOTO_CREDIT for r in article.removed)


def test_fewer_than_three_signed_pairs_is_no_layout() -> None:
    article = articleclean.clean_text(_dump(HUTS[:2]))
    assert not article.captions
    assert not any(r.reason is Reason.PHOTO_CREDIT for r in article.removed)


def test_a_heading_or_a_commenter_printed_twice_is_no_credit() -> None:
    # A name over each of two comments, three times: the lines between are no sentences
    # signed by one name twice in a row, because each name stands once per pair.
    comments = [
        "Kommentare",
        "Anna Keller",
        "Danke für die Tipps, die Steinbockhütte kannten wir noch nicht.",
        "Paul Wirth",
        "Wir waren letzten Winter dort, es war wunderbar ruhig.",
        "Anna Keller",
        "Dann fahren wir im Februar hin!",
        "Paul Wirth",
        "Unbedingt den Kuchen probieren.",
    ]
    text = "\n".join([*HEAD, HUTS[0][0], HUTS[0][1], *comments])
    article = articleclean.clean_text(text)
    assert not any(r.reason is Reason.PHOTO_CREDIT for r in article.removed)
    assert not article.captions


def test_a_sentence_ending_in_a_question_or_a_name_with_a_figure_is_no_pair() -> None:
    huts = [
        (heading, paragraph, first.rstrip(".") + "?", second.rstrip(".") + "?", name)
        for heading, paragraph, first, second, name in HUTS
    ]
    assert not articleclean.clean_text(_dump(huts)).captions
    huts = [(h, p, f, s, "Tour 4") for h, p, f, s, _ in HUTS]
    assert not articleclean.clean_text(_dump(huts)).captions
