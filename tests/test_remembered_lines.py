"""A Cleaner remembers pass-1 verdicts on lines it has seen: the articles must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean import Cleaner, ConfigError

TEXTS = sorted((Path(__file__).parent / "fixtures" / "text").glob("*.txt"))


def _articles(cleaner: Cleaner, texts: list[str]) -> list[str]:
    return [cleaner.clean_text(text).to_json() for text in texts]


def test_fixtures_come_out_the_same_with_and_without_remembering() -> None:
    texts = [path.read_text(encoding="utf-8") for path in TEXTS]
    # Twice over, so that the second round is judged from memory.
    forgetful = _articles(Cleaner(remembered_lines=0), texts + texts)
    remembering = Cleaner()
    assert _articles(remembering, texts + texts) == forgetful
    assert remembering._block_pass.remembered(), "nothing was remembered, so nothing was tested"


def test_a_remembered_caption_keeps_its_credit_and_text() -> None:
    text = (
        "Storm hits the coast\n\n"
        "Residents walk past fallen trees in Galveston, Texas. (Photo: Reuters)\n\n"
        "The storm made landfall early on Tuesday, bringing heavy rain and strong winds "
        "to the coast, officials said in a statement.\n"
    )
    cleaner = Cleaner()
    first, second = cleaner.clean_text(text), cleaner.clean_text(text)
    assert [(c.text, c.credit) for c in second.captions] == [
        ("Residents walk past fallen trees in Galveston, Texas.", "Reuters")
    ]
    assert second.to_json() == first.to_json()


def test_a_small_memory_forgets_and_still_gives_the_same_articles() -> None:
    texts = [path.read_text(encoding="utf-8") for path in TEXTS[:6]]
    small = Cleaner(remembered_lines=3)
    assert _articles(small, texts + texts) == _articles(Cleaner(remembered_lines=0), texts + texts)
    assert 0 < small._block_pass.remembered() <= 3


def test_lines_of_html_pages_are_judged_afresh() -> None:
    page = (
        "<html lang='en'><head><title>Bridge reopens</title></head><body><article>"
        "<h1>Bridge reopens</h1><p>The bridge reopened on Monday after two years of repairs, "
        "the city said, and traffic was flowing normally by the evening.</p>"
        "<aside class='related'><p>Read more: Mayor opens new park</p></aside>"
        "</article></body></html>"
    )
    cleaner = Cleaner()
    assert (
        cleaner.clean_html(page).to_json() == Cleaner(remembered_lines=0).clean_html(page).to_json()
    )


def test_remembered_lines_must_not_be_negative() -> None:
    with pytest.raises(ConfigError):
        Cleaner(remembered_lines=-1)
