"""`_BYLINE_TAIL_AT` cuts a byline's names where `_BYLINE_TAIL.split` did (round 58,
speed14): its opening class holds every character a match of the tail can start at."""

import random

from articleclean.names import _BYLINE_TAIL, _BYLINE_TAIL_AT

_TAILS = ("5", "12.3", "Staff Writer", "Writer", "2024-05-06", " x", "last updated", "Jan 5")
_TAILS += ("Monday,", "کد خبر", "", "am 5", "Lesezeit: 4", "Editor")


def _split_cut(text: str) -> str:
    return _BYLINE_TAIL.split(text)[0]


def _searched_cut(text: str) -> str:
    tail = _BYLINE_TAIL_AT.search(text)
    return text if tail is None else text[: tail.start()]


def test_every_character_before_each_tail() -> None:
    # Every code point of the first planes but surrogates (the whole of 0..0x2FFFF was
    # checked once, 7,004,160 strings), before each tail, in three frames.
    differ = [
        text
        for code in (*range(0x3400), *range(0xFF00, 0x10000))
        if not 0xD800 <= code < 0xE000
        for tail in _TAILS
        for text in ("Jane Do" + chr(code) + tail, chr(code) + tail, "Jane" + chr(code) * 2 + tail)
        if _split_cut(text) != _searched_cut(text)
    ]
    assert differ == []


def test_random_strings_of_the_tails_parts() -> None:
    parts = list("aAzZàÿÀsScCwWrReEkKΚſıİŞ\t\n\u00a0\u2003|—–/@•·-.,:0123456789٣۴")
    parts += ["کد", "خبر", "Staff ", "Writer", "Reporter", "Editor", "Correspondent"]
    parts += ["Columnist", "Senior ", "Contributing ", "Special ", "last ", "updated"]
    parts += ["modified", "Jan", "Mar ", "Monday,", "Thursday,", "Lesezeit", "reading time"]
    parts += [" am ", " on ", " vom ", "published", "STAFF", "writer", "2024-05-06", "12.3"]
    rng = random.Random(58)
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(0, 14))) for _ in range(30000)]
    assert [text for text in texts if _split_cut(text) != _searched_cut(text)] == []


def test_cut_where_the_names_end() -> None:
    assert _searched_cut("Jane Doe | Reuters") == "Jane Doe"
    assert _searched_cut("Evan HalperStaff Writer") == "Evan Halper"
    assert _searched_cut("Jane Doe 12.03.2024") == "Jane Doe"
    assert _searched_cut("Jane Doe") == "Jane Doe"
