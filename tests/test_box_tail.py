"""Round 43 (issue 14): the last lines of a box of other stories at the end of a dump,
after lines of it the teaser rules took, where their walk stopped short (a headline of
three or four words, a time): `box_tail`. Invented articles; the headings, headlines
and labels are no site's."""

from __future__ import annotations

import articleclean


def _removed(text: str, **switches: bool) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in articleclean.clean_text(text, **switches).removed]


def _body(text: str, **switches: bool) -> list[str]:
    return [block.text for block in articleclean.clean_text(text, **switches).body]


_TITLE = "Lemon Drizzle Loaf"
_PARAGRAPHS = (
    "This lemon drizzle loaf keeps well for three days in a tin and tastes even better on "
    "the second day, when the syrup has soaked all the way through the crumb.",
    "Beat the butter and sugar until pale, then add the eggs one at a time with a spoonful "
    "of flour so the batter does not curdle, and fold in the rest of the flour with the zest.",
    "Bake the loaf for about fifty minutes until a skewer comes out clean, then prick it all "
    "over and pour the warm lemon syrup slowly over the top while it is still in the tin.",
    "Below is the loaf I baked with a little less sugar in the syrup. It was a bit sharper "
    "but my family liked it just as much, so feel free to adjust it to your taste.",
)
_BOX = (
    "You may also want to check these out:",
    "Salted caramel shortbread – the crumbly Scottish classic",
    "Chicken adobo – Filipino comfort food in one pot",
)
_REST = (
    "Mango Sticky Rice",
    "Vietnamese Coconut Pandan Waffles / Banh Kep La Dua",
    "Danish Apple Cake",
)


def _dump(*lines: str) -> str:
    return "\n\n".join((_TITLE, *_PARAGRAPHS, *lines)) + "\n"


def test_the_headlines_left_of_a_box_at_the_end_go() -> None:
    # Fails on main: `teaser_list` takes the heading and two headlines and stops at the
    # three-word one; the box's last three headlines stayed in the body.
    removed = _removed(_dump(*_BOX, *_REST))
    for line in _BOX:
        assert ("teaser_list", line) in removed
    for line in _REST:
        assert ("box_tail", line) in removed
    assert _body(_dump(*_BOX, *_REST)) == list(_PARAGRAPHS)


def test_a_german_headline_under_a_box_goes() -> None:
    # Fails on main: three "<headline> | mehr" lines go to `inline_teaser`; the box's last
    # headline, "<headline> | audio", stayed.
    paragraphs = (
        "Die Stadtwerke erhöhen zum ersten April die Preise für Fernwärme um knapp zwölf "
        "Prozent. Betroffen sind rund vierzigtausend Haushalte im Stadtgebiet.",
        "Als Grund nennen die Stadtwerke die gestiegenen Einkaufspreise für Gas, das in "
        "den beiden Heizkraftwerken am Hafen verfeuert wird.",
        "Die Verbraucherzentrale rät Kunden, die neuen Abschläge zu prüfen und bei Fragen "
        "die Beratung in der Innenstadt aufzusuchen.",
    )
    box = (
        "Neue Buslinie verbindet Nordstadt und Klinikum | mehr",
        "Hallenbad öffnet nach der Sanierung wieder | mehr",
        "Marktplatz bekommt neue Bäume und Bänke | mehr",
    )
    rest = ("Trainer lobt die junge Abwehr | audio",)
    text = "\n\n".join(("Fernwärme wird teurer", *paragraphs, *box, *rest)) + "\n"
    removed = _removed(text)
    for line in box:
        assert ("inline_teaser", line) in removed
    for line in rest:
        assert ("box_tail", line) in removed


def test_the_switch_keeps_them() -> None:
    body = _body(_dump(*_BOX, *_REST), box_tail=False)
    assert body[-3:] == list(_REST)


def test_the_article_s_own_facts_under_a_box_stay() -> None:
    # A fact of the article's ("Autor: …", "Quelle: …") closes it under an inline box.
    facts = ("Recipe: Jonas Brenner", "Video: Glazing The Loaf In The Tin")
    text = _dump(*_BOX, *facts)
    assert not [rule for rule, _ in _removed(text) if rule == "box_tail"]
    assert _body(text)[-1] == facts[-1]


def test_a_paragraph_under_a_box_stays() -> None:
    # The article may go on after an inline box: a sentence among the lines keeps them.
    closing = "Let the loaf cool completely before you slice it."
    body = _body(_dump(*_BOX, "Mango Sticky Rice", closing))
    assert body[-2:] == ["Mango Sticky Rice", closing]


def test_more_lines_than_a_box_s_tail_stay() -> None:
    # Four lines and more under the box may be the article's own list: they stay.
    rest = (*_REST, "Plum Crumble Bars")
    body = _body(_dump(*_BOX, *rest))
    assert body[-4:] == list(rest)


def test_a_question_under_a_box_stays() -> None:
    # The article's own subheading may ask ("Is it worth the effort?"); a box's headline
    # that asks is no more than a headline: the question keeps the lines.
    question = "Can You Freeze The Loaf?"
    body = _body(_dump(*_BOX, question))
    assert body[-1] == question


def test_a_cjk_sentence_signed_under_a_box_stays() -> None:
    # CJK writes no space after a sentence's mark: a sentence ending inside the line, a
    # writer's name after it, is the article's close.
    closing = "这座城市终于迎来了春天！（记者 王明）"
    body = _body(_dump(*_BOX, closing))
    assert body[-1] == closing


def test_the_article_s_signature_under_a_box_stays() -> None:
    # The writer's name and a date stamp close the article under an inline box.
    signature = ("Jonas Brenner, Village Kitchen", "12.03.2023 10:15")
    body = _body(_dump(*_BOX, *signature))
    assert body[-2:] == list(signature)


def test_lines_under_a_box_over_short_lines_stay() -> None:
    # A box put among the article's short lines (its subheadings, a cut list) has no
    # paragraph right above it: the lines under it may go on with those.
    text = _dump("Serving Ideas For Summer", *_BOX, *_REST)
    assert not [rule for rule, _ in _removed(text) if rule == "box_tail"]
