"""A text's key: what repeat detection compares, the same from a text as from a segment."""

from __future__ import annotations

import re

import pytest

from articleclean.document import (
    _INSIDE_SENTENCE,
    _PROSE_WORDS,
    BODY,
    HEADING,
    REMOVED,
    TITLE,
    ProseWords,
    Segment,
    content_words,
    kept_after,
    kept_neighbour,
    key_of,
    last_open,
)

# The key's definition: the case-folded text without any non-word character or "_", and
# Greek without its accents (capitals are written without them: round 49).
_NON_WORD = re.compile(r"[\W_]+")
_GREEK_ACCENTS = str.maketrans("άέήίόύώ", "αεηιουω")

TEXTS = [
    "Read more: Harbour bridge to close",
    "  Share_this   story!  ",
    "Die Straße über die Brücke – gesperrt.",
    "İstanbul'da köprü kapanıyor",
    "ΣΊΣΥΦΟΣ και η γέφυρα",
    "Мост закроют на шесть недель",
    "港口大桥将关闭六周。",
    "ﬁne ﬀ x² ١٢٣ Ⅻ a\u0301b",
    "\u00a0x\u2003y\t",
    "",
    "—",
]


@pytest.mark.parametrize("text", TEXTS)
def test_key_of_a_text_is_its_segments_key(text: str) -> None:
    assert (
        key_of(text)
        == Segment(text, None).key
        == _NON_WORD.sub("", text.casefold().translate(_GREEK_ACCENTS))
    )


def test_texts_that_differ_only_in_case_spaces_and_punctuation_share_a_key() -> None:
    assert key_of("Read more: Harbour bridge") == key_of("READ MORE — harbour-bridge!")
    assert key_of("Read more") != key_of("Read mode")
    # Greek in capitals drops the accents the lower case writes (fails on main)
    assert key_of("ΔΙΑΦΗΜΙΣΗ") == key_of("Διαφήμιση")


# SpecificWords: which shared words are topic evidence, learnt from the document alone.
SPECIFIC = {
    "en": (
        [
            "The harbour bridge will close for six weeks, the council said, and the right "
            "lane stays open to traffic from the region.",
            "Engineers from Carrow will replace the cables of the bridge while buses run.",
        ],
        ["bridge", "carrow", "engineers"],  # in two paragraphs; a name; long
        ["right", "region", "lane"],  # short, lower case, once
    ),
    "de": (
        [
            "Die Brücke wird für sechs Wochen gesperrt; dazu fahren alle zehn Minuten Busse "
            "über den Fluss, teilte die Stadt mit.",
            "Die Seile der Hafenanlage tauscht eine Firma aus Kiel, sagte die Stadt.",
        ],
        ["brücke", "stadt", "hafenanlage", "kiel"],  # nouns and names; long
        ["dazu", "alle", "sagte"],
    ),
}


@pytest.mark.parametrize("language", sorted(SPECIFIC))
def test_specific_words_are_the_article_s_own_not_its_language_s(language: str) -> None:
    prose, own, common = SPECIFIC[language]
    specific = ProseWords([Segment(text, None) for text in prose]).specific([*own, *common])
    assert [w for w in own if specific(w)] == own
    assert [w for w in common if specific(w)] == []


def test_headlines_and_short_lines_teach_no_specific_word() -> None:
    # A headline capitalises its words in English; a short line is no prose to learn from.
    specific = ProseWords([Segment("Right Whales Return To The Region", None)]).specific(
        ["right", "region"]
    )
    assert not specific("right") and not specific("region")


# ProseWords is read once per document and shared by the rules that ask: each rule must
# still see the lines as they stand when it asks, as a reading of its own would.
SHARED_PROSE = [
    "The harbour bridge will close for six weeks, the council said on Monday.",
    "Buses will run across the harbour every ten minutes while the bridge is shut.",
    "Engineers from Carrow replace the cables, which rusted in the salt air of the bay.",
    "Short line.",
    "The council said the bay ferry will also run twice an hour for the six weeks.",
]


def test_shared_prose_sees_the_labels_as_they_stand_when_a_rule_asks() -> None:
    segments = [Segment(text, None) for text in SHARED_PROSE]
    prose = ProseWords(segments)
    asked = ["harbour", "bridge", "carrow", "ferry", "weeks"]
    first = prose.specific(asked)
    assert first("harbour") and first("bridge") and first("carrow")
    assert not first("ferry")  # once, in lower case
    segments[1].label = REMOVED  # a later rule sees the second paragraph gone
    later = prose.specific(asked)
    assert not later("bridge")  # one paragraph left with it
    assert later("harbour")  # a long word, whatever the prose
    assert later("carrow") and later("weeks")  # a name; still in two paragraphs
    assert not prose.specific(asked, excluded={0})("weeks")  # one body line left


def _read_prose(segments: list[Segment], short: frozenset[str]) -> frozenset[str]:
    """What `ProseWords` answers, read as it was before it was shared: the body lines of
    prose in turn, a word of `short` the article's once in a second line, and the words a
    line writes capitalised inside a sentence when it holds a word not yet the article's."""
    own: set[str] = set()
    seen: set[str] = set()
    for segment in segments:
        if segment.label is not BODY or segment.word_count < _PROSE_WORDS:
            continue
        if segment.content_words.isdisjoint(short):
            continue
        words = segment.content_words & short
        own.update(words & seen)  # in a second paragraph
        seen.update(words)
        if not words <= own:
            for word in _INSIDE_SENTENCE.findall(segment.text):
                if word[0].isupper():
                    own.add(word.casefold())
    return frozenset(own & short)


def _documents() -> list[list[Segment]]:
    """Prose in several languages and scripts, some of it removed, for comparing the
    shared reading with a reading of the lines one after the other."""
    texts = [
        *SHARED_PROSE,
        *(text for language in sorted(SPECIFIC) for text in SPECIFIC[language][0]),
        "Der Bürgermeister sagte, die Brücke über den Fluss bleibe bis Juni gesperrt.",
        "Le maire a dit que le pont sur la Loire restera fermé jusqu'en juin prochain.",
        "東京都は新しい橋の建設を来年から始めると発表した。工事は三年続く予定である。",
        "삼성전자는 어제 서울에서 새 공장을 열었다고 밝혔으며 내년에 더 많이 만든다고 했다.",
        "삼성전자는 오늘 새로운 Galaxy 스마트폰을 서울에서 공개했다고 밝혔다 그리고 판매한다.",
        "The new galaxy phone goes on sale in Seoul next week, the company said today.",
    ]
    documents = []
    for removed in ((), (1,), (0, 5), (2, 3, 7), (11,), (12,)):
        segments = [Segment(text, None) for text in texts]
        for index in removed:
            segments[index].label = REMOVED
        documents.append(segments)
    return documents


@pytest.mark.parametrize("excluded", [(), (0,), (1, 6), (11,), (12, 13)])
def test_shared_prose_answers_as_reading_the_lines_in_turn(excluded: tuple[int, ...]) -> None:
    for segments in _documents():
        asked = frozenset().union(*(content_words(s.text) for s in segments))
        short = frozenset(word for word in asked if len(word) < 7)
        kept = [s for i, s in enumerate(segments) if i not in excluded]
        expected = _read_prose(kept, short)
        own = ProseWords(segments).own(short, excluded)
        assert {word for word in short if own(word)} == expected


def test_a_cjk_line_teaches_its_capitalised_word_as_when_read_in_turn() -> None:
    # Korean is spaced and CJK-heavy: its content words are character pairs, which do not
    # hold "Galaxy" written inside its sentence. Read in turn, the line taught it when one
    # of its pairs asked about was not yet the article's: in no line before it.
    korean = "삼성전자는 오늘 새로운 Galaxy 스마트폰을 서울에서 공개했다고 밝혔다 그리고 판매한다."
    before = "삼성전자는 어제 서울에서 새 공장을 열었다고 밝혔으며 내년에 더 많이 만든다고 했다."
    english = "The new galaxy phone goes on sale in Seoul next week, the company said today."
    pair = "삼성"
    cases = [
        ([korean, english], frozenset({"galaxy", "phone"}), False),  # no pair asked
        ([korean, english], frozenset({"galaxy", "phone", pair}), True),
        ([before, before, korean, english], frozenset({"galaxy", pair}), False),  # pair known
        ([before, korean, english], frozenset({"galaxy", pair}), False),
        ([korean, before, english], frozenset({"galaxy", pair}), True),
    ]
    for texts, short, taught in cases:
        segments = [Segment(text, None) for text in texts]
        own = ProseWords(segments).own(short, ())
        assert {word for word in short if own(word)} == _read_prose(segments, short)
        assert own("galaxy") is taught


def test_kept_neighbours_pass_over_removed_lines_on_either_side() -> None:
    texts = ["Titel", "Teilen", "Von Jana Beispiel", "Anzeige", "Erster Absatz.", "Werbung"]
    segments = [Segment(text, None) for text in texts]
    for index in (1, 3, 5):
        segments[index].label = REMOVED
    assert kept_neighbour(segments, 0) is segments[2]
    assert kept_neighbour(segments, 4, above=True) is segments[2]
    assert kept_neighbour(segments, 2, above=True) is segments[0]
    assert kept_neighbour(segments, 4) is None  # only a removed line below
    assert kept_neighbour(segments, 0, above=True) is None
    assert list(kept_after(segments, 0)) == [segments[2], segments[4]]
    assert list(kept_after(segments, 4)) == []


def test_last_open_lines_are_the_last_still_in_the_body_in_order() -> None:
    texts = ["Título", "Compartir", "Primer párrafo.", "Segundo párrafo.", "Publicidad", "Fin."]
    segments = [Segment(text, None) for text in texts]
    for index in (1, 4):
        segments[index].label = REMOVED
    segments[0].label = TITLE
    assert last_open(segments, 2) == [3, 5]
    assert last_open(segments, 3) == [2, 3, 5]
    assert last_open(segments, 10) == [2, 3, 5]  # fewer in the dump than asked
    assert last_open(segments, 0) == []


def test_last_open_lines_count_headings_when_asked() -> None:
    # A page's `<h2>` is a heading from the first pass on: the paywall's box it heads is
    # still kept text (`prompt_tail` reads the tail with it); `last_open` passes it over.
    texts = ["Título", "Primer párrafo.", "Oferta", "Publicidad", "Un euro al mes.", "Fin."]
    segments = [Segment(text, None) for text in texts]
    segments[0].label = TITLE
    segments[2].label = HEADING
    segments[3].label = REMOVED
    assert last_open(segments, 3, headings=True) == [2, 4, 5]
    assert last_open(segments, 3) == [1, 4, 5]
    assert last_open(segments, 10, headings=True) == [1, 2, 4, 5]
