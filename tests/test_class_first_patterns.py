"""The split patterns written with their first character as a class (`patterns.class_first`,
round 53) find the same separators as their old forms, kept beside them: the same spans
on invented lines, on every string of a small alphabet of their marks up to a length, and
on random strings of it. Fails on main (no `class_first`, no old forms kept)."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from articleclean import lexicon, names
from articleclean.patterns import class_first
from articleclean.rules import boilerplate, page_furniture

# Each pattern, its old form, and an alphabet of what its matches are made of (the marks,
# several kinds of white space, letters of its joining words, other word characters).
CASES = {
    "crumb": (
        page_furniture._CRUMB_SEPARATOR,
        page_furniture._CRUMB_SEPARATOR_FORM,
        " \t\xa0\u2003>»›→/a1",
    ),
    "title": (lexicon.TITLE_SEPARATOR, lexicon._TITLE_SEPARATOR_FORM, " \t\xa0-–—/·»«›•⋆:|｜a"),
    "link": (boilerplate._LINK_SEPARATOR, boilerplate._LINK_SEPARATOR_FORM, " \t\xa0|·•–—/&»›:-a"),
    "name": (names._NAME_SPLIT, names._NAME_SPLIT_FORM, " \xa0,;&aAueyiogndNDtκαι_1."),
}

LINES = [
    "Home » Sport › Football → Match report",
    "Startseite>Beauty>>Lange Haare: Tipps",
    "News / World / 2023/24 season / Headline",
    "»Das wird schön« sagte sie",
    "Headline - Site | Section || Other ｜ 見出し :: x // y -- z",
    "Impressum | Datenschutz · Kontakt • AGB – Jobs — Shop / FAQ & Hilfe » mehr › x :: y - z",
    "a - b -c- d  -  e",
    "By John Smith and Jane Doe, Anna und Bert; Carl & Dora et Eve y Fay e Gil i Hal og Ida",
    "Sandra Andersen AND Tom, Eyal Yiannis anders Eta etc i.e.",
    "Μαρία και Γιώργος, και",
    "",
    "   ",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_splits_on_lines(name: str) -> None:
    pattern, form, _ = CASES[name]
    old = re.compile(form)
    assert pattern.pattern != form  # (the class-first form is the one in use)
    for text in LINES:
        assert pattern.split(text) == old.split(text), text
        assert _spans(pattern, text) == _spans(old, text), text


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_spans_on_every_short_string(name: str) -> None:
    pattern, form, alphabet = CASES[name]
    old = re.compile(form)
    for length in range(1, 5):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            assert _spans(pattern, text) == _spans(old, text), repr(text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_splits_on_random_strings(name: str) -> None:
    pattern, form, alphabet = CASES[name]
    old = re.compile(form)
    rng = random.Random(53)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert pattern.split(text) == old.split(text), repr(text)


def test_glued_colon_keeps_the_old_form() -> None:
    # (`_GLUED_COLON` extends the title separator's old form, which it reads unchanged)
    assert lexicon._GLUED_COLON.pattern.startswith(lexicon._TITLE_SEPARATOR_FORM + "|")


def test_class_first_opens_with_the_class() -> None:
    pattern = class_first(r"[ab]", r"(?<=a)x|(?<=b)y")
    assert pattern.pattern == "[ab](?:(?<=a)x|(?<=b)y)"
    assert pattern.findall("ax bx by ay") == ["ax", "by"]


def test_share_search_finds_the_lines_the_pattern_finds() -> None:
    # `promos._HAS_SHARE`: `_SHARES` searched from its verbs' first letters and their
    # case partners ("ſ" for "s"); whether it finds one is the pattern's answer, on each
    # verb in three cases between every kind of neighbour, and on random strings of the
    # verbs' letters, partners, word and non-word characters. Fails on main (no _HAS_SHARE).
    from articleclean.rules import promos

    texts = [
        f"{before}{form}{after}"
        for verb in promos._SHARE_VERBS
        for form in (verb, verb.capitalize(), verb.upper())
        for before in ("", " ", "x", "_", "1", "é", "«")
        for after in ("", " ", "x", "_", "1", "é", ":")
    ]
    rng = random.Random(53)
    alphabet = "sharetilndvcompáęxSHAREſıİK_1 -.:"
    texts += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20_000)
    ]
    texts += ["Diese Seite teilen", "Share this story", "ſhare", "Partagez cet article", "shared"]
    found = [text for text in texts if promos._SHARES.search(text) is not None]
    assert len(found) > 500
    for text in texts:
        assert (promos._HAS_SHARE(text) is None) == (promos._SHARES.search(text) is None), text


def test_at_place_search_finds_the_lines_the_pattern_finds() -> None:
    # `captions._HAS_AT_PLACE`: `_AT_PLACE` searched from its words' first letters; the
    # same answer from the start and from every position on (its callers search from the
    # middle too). Fails on main (no _HAS_AT_PLACE).
    from articleclean.rules import captions

    texts = [
        "Firefighters at work near Berlin",
        "A man stands inside the Louvre",
        "seen outside  The Hague",
        "sat in Paris",
        "within Rome",
        "pain Relief",
        "at the",
        "at the station",
    ]
    rng = random.Random(53)
    pieces = ["in", "at", "near", "outside", "inside", "the", "The", "Paris", "x", "pain", "sat"]
    pieces += [" ", " ", "  ", "\t", "_", "1", "N", "é"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    found = [text for text in texts if captions._AT_PLACE.search(text) is not None]
    assert len(found) > 100
    for text in texts:
        for start in range(len(text) + 1):
            plain = captions._AT_PLACE.search(text, start) is None
            assert (captions._HAS_AT_PLACE(text, start) is None) == plain, (text, start)


def _pieces_texts(pieces: list[str], longest: int, randoms: int) -> list[str]:
    """Every sequence of up to `longest` pieces, then `randoms` random ones of up to 8."""
    texts = [
        "".join(chosen)
        for length in range(longest + 1)
        for chosen in itertools.product(pieces, repeat=length)
    ]
    rng = random.Random(53)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(randoms)]
    return texts


def test_delivery_search_finds_the_lines_the_pattern_finds() -> None:
    # `promos._HAS_DELIVERY`: `_DELIVERY` searched from its prepositions' first letters
    # (and the Turkish mailbox's) at a word's start; whether it finds one is the pattern's
    # answer, on each preposition before each mailbox in three cases between every kind of
    # neighbour, on every sequence of up to three of its pieces and on random ones. Fails on
    # main (no _HAS_DELIVERY).
    from articleclean.rules import promos

    prepositions = re.findall(r"\w+", promos._TO)
    mailboxes = ["mail", "E-Mail", "Postfach", "inbox", "boîte mail", "почту", "correo"]
    texts = [
        f"{before}{form}{after}"
        for preposition in prepositions
        for mailbox in mailboxes
        for form in (
            f"{preposition} {mailbox}",
            f"{preposition.capitalize()} Ihr {mailbox}",
            f"{preposition} your {mailbox}".upper(),
        )
        for before in ("", " ", "x", "_", "1", "é", "«", "x ")
        for after in ("", " ", "x", "_", "1", ".")
    ]
    texts += ["Die besten Nachrichten direkt in Ihr Postfach", "gelen kutunuzda", "e-postanıza"]
    texts += ["İn your inbox", "ın your inbox", "KE mail", "\u212ae mail", "нa почту", "ВАШУ"]
    pieces = ["in", "per", "to", "в", "your", "ihr", "mail", "inbox", "e-postanız", "a", "da"]
    pieces += ["gelen", "kutunuz", " ", "  ", "\n", "_", "1", "x", "İ", "é", "-", "."]
    texts += _pieces_texts(pieces, 3, 30_000)
    found = [text for text in texts if promos._DELIVERY.search(text) is not None]
    assert len(found) > 2_000
    for text in texts:
        assert (promos._HAS_DELIVERY(text) is None) == (promos._DELIVERY.search(text) is None), text


def test_copyright_search_finds_the_lines_the_pattern_finds() -> None:
    # `boilerplate._HAS_COPYRIGHT`: `_COPYRIGHT` searched from "©", "(" and "c"; whether it
    # finds one is the pattern's answer, on notices, on every sequence of up to four of its
    # pieces and on random ones. Fails on main (no _HAS_COPYRIGHT).
    from articleclean.rules import boilerplate

    texts = [
        "© 2024 Example Media",
        "(c) Example",
        "(C) 2020",
        "Copyright by Example",
        "COPYRIGHT 2019 x",
        "Text copyright 2021",
        "copyrighted",
        "Foto: © Example",
        "Alle Rechte vorbehalten. Copyright © 2023",
        "Copyright\u00a0by",
        "COPYRİGHT 2020",
    ]
    pieces = ["©", "(c)", "(C)", "c", "(", "copyright", "Copyright", "by", "2024", "202"]
    pieces += [" ", "\xa0", "x", "_", "İ", "ı", ")", "\n"]
    texts += _pieces_texts(pieces, 4, 30_000)
    found = [text for text in texts if boilerplate._COPYRIGHT.search(text) is not None]
    assert len(found) > 10_000
    for text in texts:
        old = boilerplate._COPYRIGHT.search(text) is None
        assert (boilerplate._HAS_COPYRIGHT(text) is None) == old, text


def test_acts_first_finds_the_lines_the_pattern_finds() -> None:
    # `promos._ACTS_FIRST`: `_ACTION_FIRST` with its verbs grouped by first letter
    # (`patterns.by_first_letter`); whether it matches is the old pattern's answer, on each
    # verb in three cases after every kind of opening and before every kind of neighbour,
    # on every sequence of up to three of its pieces and on random ones. Fails on main (no
    # _ACTS_FIRST).
    from articleclean.rules import promos

    texts = [
        f"{before}{form}{after}"
        for verb in promos._ACTIONS
        for form in (verb, verb.capitalize(), verb.upper())
        for before in ("", " ", "» ", "x", "_", "1", "jetzt ", "Now\xa0", "NOW  ", "nowx ")
        for after in ("", " us", "x", "_", "1", "é", ":")
    ]
    texts += ["Follow us on Instagram", "ſhare this", "İscriviti", "Jetzt teilen", "GET"]
    pieces = ["share", "sign", " up", "get", "jetzt", "now", "teile", "n", "ſ", "İ", "K", "a"]
    pieces += [" ", "\t", "»", "_", "1", "x", "é", "-"]
    texts += _pieces_texts(pieces, 3, 30_000)
    found = [text for text in texts if promos._ACTION_FIRST.search(text) is not None]
    assert len(found) > 2_000
    for text in texts:
        old = promos._ACTION_FIRST.search(text) is None
        assert (promos._ACTS_FIRST.search(text) is None) == old, text


def test_by_first_letter_groups_the_words() -> None:
    from articleclean.patterns import by_first_letter

    assert by_first_letter(["ab", "ac", "b.c"]) == r"(?-i:[Aa])(?:b|c)|(?-i:[Bb])(?:\.c)"
    pattern = re.compile(f"^(?:{by_first_letter(['sign up', 'kit'])})$", re.IGNORECASE)
    assert [bool(pattern.match(text)) for text in ("SIGN UP", "ſign up", "\u212ait", "xit")] == [
        True,
        True,
        True,
        False,
    ]


def test_post_navigation_marks_are_the_plain_alternations() -> None:
    # `page_furniture._nav_label` groups its labels by first letter (`by_first_letter`);
    # the marks `_nav_marks` gives are those of the plain case-blind alternation, on each
    # label in three cases with and without its noun, colon and arrows, on every sequence
    # of up to three pieces and on random ones. It passes on the plain form too: it guards
    # the grouping.
    from articleclean.phrases import word_list

    def plain(words: list[str]) -> str:
        word = "|".join(map(re.escape, words))
        noun = "|".join(map(re.escape, word_list("nav_noun")))
        return (
            rf"(?:(?:{word})(?:\s+(?:{noun}))?\s*[:»›→]"
            rf"|(?:{word})\s+(?:{noun})\b|(?:{noun})\s+(?:{word})\b)"
        )

    previous, following = plain(word_list("nav_previous")), plain(word_list("nav_next"))
    old = (
        re.compile(rf"\s*(?:←|{previous})", re.IGNORECASE),
        re.compile(rf"\s*{following}", re.IGNORECASE),
        re.compile(rf"\s{following}", re.IGNORECASE),
        re.compile(rf"(?:^|\s)(?:←|{previous})", re.IGNORECASE),
    )
    new = (
        page_furniture._OPENS_PREVIOUS,
        page_furniture._OPENS_NEXT,
        page_furniture._HOLDS_NEXT,
        page_furniture._HOLDS_PREVIOUS,
    )
    labels = [*word_list("nav_previous"), *word_list("nav_next"), *word_list("nav_noun")]
    texts = [
        f"{before}{form}{after}"
        for label in labels
        for form in (label, label.capitalize(), label.upper())
        for before in ("", " ", "← ", "x", "Older story ")
        for after in ("", ":", " →", " post:", " Beitrag", "x", " artikel »")
    ]
    pieces = ["prev", "next", "ious", " ", ":", "→", "←", "post", "ſ", "K", "é", "a"]
    texts += _pieces_texts(pieces, 3, 30_000)
    assert sum(old[0].match(text) is not None for text in texts) > 500
    for text in texts:
        for before, after in zip(old, new, strict=True):
            assert (before.match(text) is None) == (after.match(text) is None), text
            assert (before.search(text) is None) == (after.search(text) is None), text


def test_post_navigation_screen_passes_every_line_a_label_opens() -> None:
    # `page_furniture._MAY_OPEN_NAV` (the arrow or a label's first two letters) lets
    # `_nav_marks` return 0 early: every text either opening pattern matches passes it, on
    # each label in three cases after every kind of opening, every sequence of up to three
    # pieces and random ones. Fails before the screen exists (round 53's review).
    labels = page_furniture._NAV_WORDS
    texts = [
        f"{before}{form}{after}"
        for label in labels
        for form in (label, label.capitalize(), label.upper())
        for before in ("", " ", "\t", "\xa0", "← ", "x")
        for after in ("", ":", " →", " post", " Beitrag »")
    ]
    pieces = ["pr", "ne", "st", "ſ", "K", "İ", "ä", "←", " ", ":", "ev", "xt", "ory", "a"]
    texts += _pieces_texts(pieces, 3, 30_000)
    opened = [
        text
        for text in texts
        if page_furniture._OPENS_PREVIOUS.match(text) or page_furniture._OPENS_NEXT.match(text)
    ]
    assert len(opened) > 500
    for text in opened:
        assert page_furniture._MAY_OPEN_NAV.match(text) is not None, text


def test_subscription_search_finds_the_lines_the_pattern_finds() -> None:
    # `promos._HAS_SUBSCRIPTION`: `_SUBSCRIPTION` searched from its stems' first letters
    # and their case partners; whether it finds one is the pattern's answer, on each stem
    # in four cases between every kind of neighbour and on random strings of the stems'
    # letters, partners, word and non-word characters. Fails on main (no _HAS_SUBSCRIPTION).
    from articleclean.rules import promos

    texts = [
        f"{before}{form}{after}"
        for stem in promos._SUBSCRIPTION_STEMS
        for form in (stem, stem.capitalize(), stem.upper(), stem.replace("s", "ſ"))
        for before in ("", " ", "x", "_", "1", "é", "«", "-")
        for after in ("", " ", "x", "e", ":")
    ]
    rng = random.Random(56)
    alphabet = "subcrianopeszkymSUBCRIAſıİK_1 -.:"
    texts += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20_000)
    ]
    texts += ["Pour lire la suite, abonnez-vous", "Subscribe to continue reading", "unsubscribe"]
    found = [text for text in texts if promos._SUBSCRIPTION.search(text) is not None]
    assert len(found) > 300
    for text in texts:
        assert (promos._HAS_SUBSCRIPTION(text) is None) == (
            promos._SUBSCRIPTION.search(text) is None
        ), text
