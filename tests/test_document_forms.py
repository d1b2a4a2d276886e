"""A segment's derived forms: the fast paths for ASCII give what the general ones give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean.document import (
    _ONE_BYTE_CODES,
    _TOPIC_WORD,
    CJK_CHAR,
    Segment,
    _wide_phrase_form,
    _word_count,
    content_words,
    is_cjk_heavy,
    normalise_space,
    phrase_form,
)
from articleclean.lexicon import TOPIC_STOPWORDS
from articleclean.readers.text import read_text

# Letters of both cases, digits, the underscore, spaces and punctuation (where a topic
# word starts and stops), and words (one a stopword) so that runs of four letters come often.
ASCII = st.lists(st.sampled_from([*"aAbBzZqQ09_ -.,'/", "this", "Haus"])).map("".join)


def general(text: str) -> frozenset[str]:
    """Topic words as the non-ASCII path finds them (Unicode classes, casefold per word)."""
    return frozenset(map(str.casefold, _TOPIC_WORD.findall(text))).difference(TOPIC_STOPWORDS)


@settings(max_examples=300, deadline=None)
@given(ASCII)
def test_ascii_topic_words_are_the_general_ones(text: str) -> None:
    assert content_words(text) == general(text)


def test_ascii_topic_words_on_lines() -> None:
    for text in (
        "Home",
        "Read more about the BUNDESLIGA_2024 season",
        "Abby Goodnough and Robert Pear report from Washington on the health-care bill. " * 3,
        "abc1defg h4ijk ____word____",
    ):
        assert content_words(text) == general(text)


_WORD_RUN = re.compile(r"[^\W_]+")


# What case folding leaves that the phrase form drops (round 49): the combining dot of
# Turkish "İ" folded ("i" and U+0307) and Greek's accents, which its capitals omit.
_UNMARKED = str.maketrans({"\u0307": None, **dict(zip("άέήίόύώ", "αεηιουω", strict=True))})


def general_form(text: str) -> str:
    """The phrase form by its definition: the case-folded text's word runs, single-spaced,
    with the marks above dropped."""
    return " ".join(_WORD_RUN.findall(text.casefold().translate(_UNMARKED)))


def test_latin1_phrase_form_is_the_general_one_for_every_character() -> None:
    # Each Latin-1 character inside a word, between words and alone ("ß" folds to "ss",
    # "µ" to a Greek letter outside Latin-1, "\xa0" and "\x85" are spaces, "ª" a letter,
    # "²" a digit-like word character, "×" none); then beside a character outside Latin-1.
    for code in range(128, 256):
        char = chr(code)
        for text in (f"Ab{char}cd {char}", f"{char}", f"x {char}Ω", f"{char}-{char}_{char}"):
            assert phrase_form(text) == general_form(text), (hex(code), text)


LATIN1 = st.lists(st.sampled_from([*"aÄß µ_-.,\xa0\x85ª²×ÿÉ9'", "Ω", "İ", "Straße"])).map("".join)


@settings(max_examples=300, deadline=None)
@given(LATIN1)
def test_phrase_form_is_the_general_one(text: str) -> None:
    assert phrase_form(text) == general_form(text)


def test_latin1_topic_words_are_the_general_ones_for_every_character() -> None:
    for code in range(128, 256):
        char = chr(code)
        for text in (f"Abcd{char}efgh Äbc{char}", f"{char * 4} x{char}yz", f"Wörter {char}Ω"):
            assert content_words(text) == general(text), (hex(code), text)


@settings(max_examples=300, deadline=None)
@given(LATIN1)
def test_topic_words_are_the_general_ones(text: str) -> None:
    assert content_words(text) == general(text)


# Every character Windows-1252 holds outside Latin-1 (its bytes 0x80–0x9f: typographic
# quotes and dashes, "…", "€", "™", and the letters "Š", "œ", "Ÿ", "ƒ", the modifier "ˆ").
# (the five bytes it leaves undefined are ignored)
CP1252_ONLY = list(bytes(range(0x80, 0xA0)).decode("cp1252", "ignore"))


def test_cp1252_forms_are_the_general_ones_for_every_character() -> None:
    assert len(CP1252_ONLY) == 27
    for char in CP1252_ONLY:
        for text in (
            f"Ab{char}cd {char}",
            f"{char}",
            f"{char * 4} x{char}yz „Wörter“",
            f"Straße {char}-{char}_{char} ÿ",
            f"x {char}Ω",  # beside a character outside Windows-1252
        ):
            assert phrase_form(text) == general_form(text), (char, text)
            assert content_words(text) == general(text), (char, text)


CP1252 = st.lists(
    st.sampled_from([*"aÄß µ_-.,\xa0ª²×ÿÉ9'", *CP1252_ONLY, "Ω", "İ", "Straße", "Œuvre"])
).map("".join)


@settings(max_examples=300, deadline=None)
@given(CP1252)
def test_cp1252_text_forms_are_the_general_ones(text: str) -> None:
    assert phrase_form(text) == general_form(text)
    assert content_words(text) == general(text)


def test_no_cjk_character_survives_in_one_byte_a_character() -> None:
    # Why `Segment` counts the words of a text that case-folds to Latin-1 or
    # Windows-1252 without asking `is_cjk_heavy`: every CJK character keeps itself when
    # case-folded, and neither code page holds one.
    for code in range(0x3040, 0xD7B0):
        char = chr(code)
        if CJK_CHAR.match(char) is None:
            continue
        assert char.casefold() == char, hex(code)
        for codec in ("latin-1", "cp1252"):
            try:
                char.encode(codec)
            except UnicodeEncodeError:
                continue
            raise AssertionError((hex(code), codec))


MIXED = st.lists(
    st.sampled_from([*"aÄß µ-.,\xa0ª×9'", *CP1252_ONLY, "Ω", "İ", "日本語", "・", "한국", " "])
).map("".join)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_segment_word_count_is_the_general_one(text: str) -> None:
    segment = Segment(text, None)
    assert segment.word_count == _word_count(text)
    assert segment.phrase_form == general_form(text)
    # (the screens skip their CJK search where a segment says it may hold none)
    assert segment.may_hold_cjk or CJK_CHAR.search(segment.phrase_form) is None


def test_only_cjk_characters_fold_to_cjk_characters() -> None:
    # Why a phrase form holds a CJK character only where its text does (the screens'
    # CJK search is skipped by the text's code page).
    for code in range(0x110000):
        char = chr(code)
        if CJK_CHAR.search(char.casefold()) is not None:
            assert CJK_CHAR.match(char) is not None, hex(code)


def test_every_white_space_character_but_the_space_is_unprintable() -> None:
    # Why `normalise_space` may return a printable text without two spaces in a row or
    # at either end as it is.
    for code in range(0x110000):
        char = chr(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab ,", " ", "  ", "\t", "\xa0", "\u2009", "\u3000", "\n", "Ä"])
    ).map("".join)
)
def test_normalise_space_is_split_and_join(text: str) -> None:
    assert normalise_space(text) == " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab ,", "  ", "\t", "\xad", "\u200b", "\ufeff", "\u200c"])).map(
        "".join
    )
)
def test_normalise_space_drops_the_invisible_characters_but_the_joiners(text: str) -> None:
    # (a text of invisible characters alone stays one: a line, not a blank one)
    visible = "".join(char for char in text if char not in "\xad\u200b\ufeff")
    assert normalise_space(text) == (" ".join(visible.split()) or " ".join(text.split()))


def _one_byte_characters() -> set[str]:
    chars = set()
    for codec in ("latin-1", "cp1252"):
        chars.update(bytes(range(256)).decode(codec, "ignore"))
    return chars


def test_characters_folding_into_one_byte_keep_their_class() -> None:
    # Why `Segment.content_words` may read the phrase form: a character case-folded into
    # one character of Latin-1 or Windows-1252 is a letter, a word character and a digit
    # exactly when its fold is, and no character folds into nothing (so a text whose fold
    # has its length folded each character into one).
    one_byte = _one_byte_characters()
    classes = (re.compile(r"[^\W\d_]"), re.compile(r"[^\W_]"), re.compile(r"\d"))
    folded_in = 0
    for code in range(0x110000):
        char = chr(code)
        fold = char.casefold()
        assert fold, hex(code)
        if fold == char or len(fold) != 1 or fold not in one_byte:
            continue
        folded_in += 1
        for pattern in classes:
            assert (pattern.match(char) is None) == (pattern.match(fold) is None), hex(code)
    assert folded_in > 50  # (the capitals of both code pages, "ſ", the Kelvin sign …)


def test_segment_topic_words_are_the_texts_for_every_character() -> None:
    # Each character of both code pages, and each that folds into one of them or into
    # two ("ẞ", "ﬁ": a run of three letters must not become a topic word of four), in
    # and beside words of three and four letters.
    chars = sorted(_one_byte_characters() | {"ſ", "\u212a", "\u212b", "ẞ", "ﬁ", "ŉ", "İ"})
    for char in chars:
        for text in (
            f"Abc{char} Ab{char} {char}",
            f"{char * 4} x{char}yz Wörter",
            f"MA{char} Straße Œuvre „Bücher“ 2024x {char}9abcd",
            f"abc{char}Ω",
        ):
            segment = Segment(text, None)
            assert segment.content_words == content_words(text), (hex(ord(char)), text)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_segment_topic_words_are_the_texts(text: str) -> None:
    # (CJK-heavy texts too, which `content_words` cuts into character pairs)
    assert Segment(text, None).content_words == content_words(text)


def cjk_pairs(text: str) -> frozenset[str]:
    """A CJK-heavy text's topic words as defined: each run's slices of two characters."""
    runs = re.findall(CJK_CHAR.pattern + "+", text)
    return frozenset(run[i : i + 2] for run in runs for i in range(len(run) - 1))


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_cjk_topic_words_are_the_runs_pairs(text: str) -> None:
    # (a guard: `content_words` joins each character to the next, and `Segment` passes
    # it the CJK test it asked for the word count)
    if is_cjk_heavy(text):
        assert content_words(text) == cjk_pairs(text)
        assert Segment(text, None).content_words == cjk_pairs(text)


def test_cjk_topic_words_on_lines() -> None:
    for text in (
        "中共中央宣传部委托新华通讯社主办",
        "首页",
        "中",
        "益阳：“数字”是优长-半月谈",
        "日本語 と 한국어 x 中",
    ):
        assert is_cjk_heavy(text)
        assert content_words(text) == cjk_pairs(text), text
        assert Segment(text, None).content_words == cjk_pairs(text), text


@settings(max_examples=300, deadline=None)
@given(ASCII)
def test_ascii_segment_topic_words_are_the_general_ones(text: str) -> None:
    assert Segment(text, None).content_words == general(text)


def folded_first(text: str) -> tuple[str, bool, bool]:
    """`_wide_phrase_form` by its definition: the text case-folded, then tried in each
    code page (its first path folds byte by byte, in one translation)."""
    folded = text.casefold()
    for codec, word_bytes, _ in _ONE_BYTE_CODES:
        try:
            raw = folded.encode(codec)
        except UnicodeEncodeError:
            continue
        return (
            b" ".join(raw.translate(word_bytes).split()).decode(codec),
            True,
            len(folded) == len(text),
        )
    return general_form(text), False, False


def test_one_byte_forms_folded_byte_by_byte_for_every_character() -> None:
    # Every character of both code pages (and a few beyond them that fold into them, the
    # Kelvin sign, "ſ", "ẞ", "İ"): form, one byte a character, no character grown. "ß"
    # and "µ" fold into no single byte of either page and must take the folded path.
    chars = [chr(code) for code in range(128, 256)] + CP1252_ONLY + ["K", "ſ", "ẞ", "İ", "ﬁ"]
    for char in chars:
        for text in (
            f"Ab{char}cd {char}",
            char,
            f"{char * 4} x{char}yz „Wörter“",
            f"Straße {char}-{char}_{char} ÿ",
            f"ŒUVRE {char} Ÿ",
            f"x {char}Ω",
        ):
            assert _wide_phrase_form(text) == folded_first(text), (char, text)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_one_byte_forms_folded_byte_by_byte(text: str) -> None:
    if not text.isascii():
        assert _wide_phrase_form(text) == folded_first(text)


WHITE = st.lists(
    st.sampled_from(
        [
            *"aÄß µ-.,ª×9'",
            *CP1252_ONLY,
            "Ω",
            "日本語",
            "한국",
            " ",
            "  ",
            *"\t\xa0\x85\x1c\x0b\u2003\u3000\u2028",
        ]
    )
).map("".join)


@settings(max_examples=500, deadline=None)
@given(WHITE)
def test_spaced_word_count_is_the_split(text: str) -> None:
    # The text reader's segments count words by their spaces (`Segment.spaced`): what
    # `normalise_space` leaves has no other white space, and none at either end.
    line = normalise_space(text)
    if line:
        assert Segment(line, None, spaced=True).word_count == Segment(line, None).word_count
        assert Segment(line, None, spaced=True).word_count == _word_count(line)


def test_spaced_word_count_for_every_white_space_character() -> None:
    for code in range(0x110000):
        char = chr(code)
        if not char.isspace() and code not in (0x00, 0x200B, 0xFEFF, 0x180E):
            continue
        for text in (
            f"a{char}b",
            f"{char}ab{char}{char}cd {char}",
            f"Straße{char} x",
            f"日本{char}語",
        ):
            line = normalise_space(text)
            assert Segment(line, None, spaced=True).word_count == _word_count(line), hex(code)


def test_text_reader_word_counts() -> None:
    # A line of its own, lines of a block read one by one, a hard-wrapped paragraph
    # joined into one segment, CJK and one-byte lines with white space of every kind.
    dump = (
        "Home\t|\u00a0News\n\n  Straße  und\u2003Platz \n\x1cé\x85ß\n\n"
        "A wrapped paragraph whose lines fill most of a column of forty\n"
        "characters or more, and go on over the\u00a0next line as prose does.\n\n"
        "日本語のテキスト 一行\n"
    )
    segments = read_text(dump).segments
    assert [segment.lines for segment in segments] == [(1, 1), (3, 3), (4, 4), (6, 7), (9, 9)]
    for segment in segments:
        assert segment.word_count == _word_count(segment.text), segment.text


def test_cp1252_signs_beside_c1_controls_keep_the_forms() -> None:
    # A text of Latin-1 and Windows-1252's signs is read in Latin-1 with a space for each
    # run of signs (`_sign_as_space`); a C1 control beside them (Latin-1 encodes it to a
    # byte 0x80-0x9f, Windows-1252 not at all) still takes the general path, and a letter
    # Windows-1252 adds ("œ", "Š", "ƒ", the modifier "ˆ") the Windows-1252 one.
    controls = [chr(code) for code in range(0x80, 0xA0)]
    for control in controls:
        for sign in CP1252_ONLY:
            for text in (
                f"Ab{control}cd {sign}x",
                f"{sign}{control}",
                f"„Wort{control}“ ÿ {sign}",
                f"{control}Straße{sign}",
            ):
                assert _wide_phrase_form(text) == folded_first(text), (control, sign, text)
    for sign in CP1252_ONLY:
        for text in (f"“{sign}” œuvre", f"{sign}Š–x", f"Œ{sign}{sign}ÿ", f"’{sign} ƒ ˆ …"):
            assert _wide_phrase_form(text) == folded_first(text), (sign, text)


SIGNS_AND_CONTROLS = st.lists(
    st.sampled_from(
        [*CP1252_ONLY, *"\x80\x81\x85\x9f", *"aÄß µ_-.,\xa0ÿÉ9'", "Ω", "İ", "Straße", "œuvre"]
    )
).map("".join)


@settings(max_examples=500, deadline=None)
@given(SIGNS_AND_CONTROLS)
def test_cp1252_signs_as_spaces_keep_the_forms(text: str) -> None:
    if not text.isascii():
        assert _wide_phrase_form(text) == folded_first(text)
        segment = Segment(text, None)
        assert segment.content_words == general(text)


def _outside_both_folding_inside() -> list[str]:
    """Every character of neither code page whose case folding is one byte a character in
    one of them (the Kelvin sign, "ſ", "ẞ", "ﬁ", …): found by walking the code points."""
    found = []
    for code in range(0x100, 0x30000):
        char = chr(code)
        if char in CP1252_ONLY or 0xD800 <= code < 0xE000:
            continue
        for codec, _, _ in _ONE_BYTE_CODES:
            try:
                char.casefold().encode(codec)
            except UnicodeEncodeError:
                continue
            found.append(char)
            break
    return found


def test_a_character_of_neither_code_page_skips_their_encodings_only_where_it_must() -> None:
    # `_wide_phrase_form` and `content_words` try no code page once Latin-1 fails on a
    # character Windows-1252 lacks too; the folded text is tried again, since such a
    # character may fold into either page ("ﬁ" into "fi") and a Latin-1 one out of both
    # ("µ" into Greek "μ"). Each beside Windows-1252's signs and letters, before and after.
    folding = _outside_both_folding_inside()
    assert {"\u212a", "ſ", "ẞ", "ﬁ"} <= set(folding)
    for char in [*folding, "Ω", "Ж", "日", "İ", "\u0100"]:
        for text in (
            f"Ab{char}cd",
            f"„Wort{char}“ – œuvre",
            f"{char}’s Straße µ",
            f"ŠKODA {char}{char} Ÿ…",
            f"{char}",
        ):
            assert _wide_phrase_form(text) == folded_first(text), (hex(ord(char)), text)
            assert content_words(text) == general(text), (hex(ord(char)), text)
