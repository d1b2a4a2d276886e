"""A page of many lead-class boxes, or of many headings under a long title, costs time
in their number, not its square (hang guard), and `lead_box` finds the lead it found
when each box was searched for in the whole extracted text and compared with every box
before it, `_Headline` the headings the title's key holds.

`lead_box` asked of each box whether the extraction's key holds its lead's key (one
search of the whole text a box) and whether any box before it has its class (one
comparison with each): 40,000 teasers of other stories took 14 s through
`clean_html`, growing with the square. The hang cases run in a child with a wall bound
that only catches a hang; it asserts no speed."""

from __future__ import annotations

import random
import textwrap

import pytest

from articleclean.readers import html, html_words
from articleclean.readers.html import (
    _LEAD_TAGS,
    _MIN_LEAD_WORDS,
    _OPENING_KEY_CHARS,
    ExtractedLine,
    Extraction,
    _has_text,
    _Headline,
    _lead_of,
    _names_lead,
    _stands_before,
    _under_linked_headline,
    key_of,
)
from articleclean.readers.html_hints import lead_class_boxes
from articleclean.readers.html_parse import parse_html
from articleclean.readers.html_words import held_keys
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    import sys

    from articleclean.readers.html import Extraction, ExtractedLine, lead_box
    from articleclean.readers.html_hints import lead_class_boxes
    from articleclean.readers.html_parse import parse_html

    count, printed = int(sys.argv[1]), sys.argv[2] == "printed"
    first = "The council met on Monday to discuss the budget for next year and the roads."
    teasers = [
        f"Teaser {number:06d} of another story told in some more words about the city."
        for number in range(count)
    ]
    # Each teaser's box is followed by a box of its class (the next card of its list),
    # so that the walk to the first paragraph stops at once.
    boxes = "".join(
        f"<div class='teaser t{number}'>{text}</div><div class='teaser t{number}'>x</div>"
        for number, text in enumerate(teasers)
    )
    page = f"<html><body><article><p>{first}</p></article>{boxes}</body></html>"
    texts = [first, *teasers] if printed else [first]
    lines = [ExtractedLine(at, text, "p") for at, text in enumerate(texts, 1)]
    extraction = Extraction(text="\\n".join(texts), lines=lines)
    print(lead_box(lead_class_boxes(parse_html(page)), extraction))
    """
)


@pytest.mark.parametrize(
    "count, printed",
    [
        # Each teaser printed in the extraction: its key searched for in all the text.
        (150_000, "printed"),
        # None printed: each teaser compared with every box before it.
        (100_000, "not printed"),
    ],
)
def test_many_lead_boxes_are_no_hang(count: int, printed: str) -> None:
    done = run_in_child(_CHILD, str(count), printed)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["None"]  # teasers after the text are no lead


def _main_lead_box(boxes: list, extraction: Extraction) -> str | None:
    """`lead_box` as main read it before round 62 (each box against the whole text and
    every box before it)."""
    line = next(
        (
            line
            for line in extraction.lines
            if line.tag == "p" and len(line.text.split()) >= _MIN_LEAD_WORDS
        ),
        None,
    )
    if line is None:
        return None
    first_key = key_of(line.text)[:_OPENING_KEY_CHARS]
    headline: str | None = None
    for index, element in enumerate(boxes):
        classes = element.get("class")
        if classes is None or element.tag not in _LEAD_TAGS or not _names_lead(classes):
            continue
        lead = _lead_of(element)
        if lead is None or _has_text(extraction, lead):
            continue
        if any(other.get("class") == classes for other in boxes[:index]):
            continue
        if headline is None:
            headline = _Headline(element)  # (main: the title's key, a str)
        if _stands_before(element, first_key, headline) and not _under_linked_headline(
            element, headline
        ):
            return lead
    return None


_WORDS = ["the", "council", "met", "on", "budget", "roads", "a", "é", "—", "x", "city", "1"]
_CLASSES = ["lead", "intro", "teaser x", "dek sr-only", "news", "", "art-lead", "summary big"]
_TAGS = ["p", "div", "h2", "span", "li", "section", "a"]


def _sentence(chooser: random.Random) -> str:
    return " ".join(chooser.choices(_WORDS, k=chooser.choice([3, 8, 9, 12, 20]))) + "."


def _page(chooser: random.Random) -> tuple[str, list[str]]:
    """A page of boxes, paragraphs and headings in random order and nesting, and the
    texts it prints."""
    texts: list[str] = []
    pieces = ["<html><head><title>The council met on budget roads</title></head><body>"]
    for _ in range(chooser.randint(1, 14)):
        roll = chooser.random()
        text = _sentence(chooser)
        texts.append(text)
        if roll < 0.15:
            pieces.append(f"<h1>{chooser.choice([text, 'The council met on budget roads'])}</h1>")
        elif roll < 0.25:
            pieces.append(f"<h3><a href='/{len(texts)}'>{text}</a></h3>")
        elif roll < 0.35:
            pieces.append(chooser.choice(["<div>", "</div>", "<article>", "</article>"]))
        else:
            tag = chooser.choice(_TAGS)
            classes = chooser.choice(_CLASSES)
            inner = chooser.choice([text, f"{text} <b>{_sentence(chooser)}</b>", f"<a>{text}</a>"])
            pieces.append(f"<{tag} class='{classes}'>{inner}</{tag}>")
    return "".join(pieces) + "</body></html>", texts


@pytest.mark.parametrize("few", [0, html_words._FEW_SEARCHES])
def test_lead_box_finds_what_main_found(monkeypatch: pytest.MonkeyPatch, few: int) -> None:
    # (`few` 0: every key looked up among the text's windows, not searched for)
    monkeypatch.setattr(html_words, "_FEW_SEARCHES", few)
    chooser = random.Random(62)
    found = 0
    for _ in range(3_000):
        page, texts = _page(chooser)
        tree = parse_html(page)
        assert tree is not None
        boxes = lead_class_boxes(tree)
        # The extraction prints some of the page's texts, a paragraph among them.
        printed = [text for text in texts if chooser.random() < 0.5] + [_sentence(chooser)]
        chooser.shuffle(printed)
        lines = [ExtractedLine(at, text, "p") for at, text in enumerate(printed, 1)]
        extraction = Extraction(text="\n".join(printed), lines=lines)
        expected = _main_lead_box(boxes, extraction)
        assert html.lead_box(boxes, extraction) == expected
        found += expected is not None
    assert found > 100  # the sample finds leads, not only None


@pytest.mark.parametrize("few", [0, 2, html_words._FEW_SEARCHES])
def test_held_keys_are_the_keys_the_text_holds(monkeypatch: pytest.MonkeyPatch, few: int) -> None:
    monkeypatch.setattr(html_words, "_FEW_SEARCHES", few)
    chooser = random.Random(62)
    for _ in range(2_000):
        text = "".join(chooser.choices("abé1", k=chooser.randint(0, 40)))
        keys = ["".join(chooser.choices("abé1", k=chooser.randint(0, 6))) for _ in range(8)]
        assert held_keys(text, keys) == {key for key in keys if key in text}


_TITLE_CHILD = textwrap.dedent(
    """
    from articleclean.readers.html import Extraction, ExtractedLine, headline_dek
    from articleclean.readers.html_parse import parse_html

    # A title of many words and many `<h1>`s it does not hold: each `<h1>` was searched
    # for in the whole title's key (headings × title).
    count = 600_000
    title = " ".join(f"w{number}" for number in range(count))
    headings = "".join(f"<h1>Heading {number:06d} of the page</h1>" for number in range(count))
    first = "The council met on Monday to discuss the budget for next year and the roads."
    page = f"<html><head><title>{title}</title></head><body>{headings}<p>{first}</p></body>"
    extraction = Extraction(text=first, lines=[ExtractedLine(1, first, "p")])
    print(headline_dek(parse_html(page + "</html>"), extraction))
    """
)


def test_many_headings_under_a_long_title_are_no_hang() -> None:
    done = run_in_child(_TITLE_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["None"]  # no `<h1>` is the headline


@pytest.mark.parametrize("few", [0, html_words._FEW_SEARCHES])
def test_the_headline_holds_what_the_titles_key_holds(
    monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    monkeypatch.setattr(html_words, "_FEW_SEARCHES", few)
    monkeypatch.setattr(html, "_SEARCHED_TITLE_CHARS", 12)  # (the title searched once)
    chooser = random.Random(62)
    held = 0
    for _ in range(2_000):
        title = " ".join(
            chooser.choices(["ab", "b", "a", "ba", "é", "1"], k=chooser.randint(0, 12))
        )
        headings = [" ".join(chooser.choices(["ab", "b", "a", "é"], k=chooser.randint(0, 9)))]
        headings += [title[chooser.randint(0, 5) :] for _ in range(3)]
        body = "".join(
            f"<h{chooser.randint(1, 6)}>{text}</h{1 + len(text) % 6}>" for text in headings
        )
        tree = parse_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
        assert tree is not None
        headline = _Headline(tree)
        for text in [*headings, "abab ab abab", title]:
            key = key_of(text)
            assert headline.holds(key) == (key in headline.key)
            held += len(key) >= 10 and key in headline.key
    assert held > 1_000  # the sample holds headings the title holds
