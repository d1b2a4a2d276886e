"""The seed dump must come out as issue 2 says."""

from __future__ import annotations

import articleclean
from articleclean import Reason


def test_seed_title_dateline_headings(seed_text: str) -> None:
    article = articleclean.clean_text(seed_text)
    assert article.title == "China releases white paper on jointly building a cyberspace community"
    assert article.dateline is not None
    assert article.dateline.location == "BEIJING"
    assert str(article.dateline) == "BEIJING:"
    assert article.paragraphs[0].startswith("China released a white paper on Monday")
    assert article.headings == [
        "Jointed efforts vital in building a community with a shared future in cyberspace",
        "Internet development and management in China",
        "Cooperation enhanced in cyberspace",
    ]
    assert article.language == "en"
    assert article.status == "ok"


def test_seed_captions_each_once_with_credit(seed_text: str) -> None:
    article = articleclean.clean_text(seed_text)
    assert [c.credit for c in article.captions] == ["CFP", "CFP"]
    assert article.captions[0].text.startswith("The logo of digital RMB and its mascot")
    assert "Nairobi" in article.captions[1].text
    assert not article.captions[1].text.endswith("/CFP")


def test_seed_removals(seed_text: str) -> None:
    article = articleclean.clean_text(seed_text)
    removed = [(r.reason, r.text[:30]) for r in article.removed]
    assert removed == [
        (Reason.DUPLICATE_CAPTION, "The logo of digital RMB and it"),
        (Reason.DUPLICATE_CAPTION, "A girl holds her smartphone as"),
        (Reason.RELATED_TEASER, "Must Read"),
        (Reason.RELATED_TEASER, "Selena Gomez Breaks Silence Ov"),
        (Reason.RELATED_TEASER, "Selena Gomez recently shared h"),
    ]


def test_seed_every_other_paragraph_in_body_once_in_order(seed_text: str) -> None:
    article = articleclean.clean_text(seed_text)
    accounted = {article.title, *(r.text for r in article.removed)}
    accounted |= {c.raw for c in article.captions}
    # Text is compared with white space folded (the seed has no-break spaces).
    expected = [" ".join(line.split()) for line in seed_text.splitlines() if line.strip()]
    expected = [line for line in expected if line not in accounted]
    expected[0] = expected[0].removeprefix("BEIJING: ")
    assert [b.text for b in article.body] == expected
