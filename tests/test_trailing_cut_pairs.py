"""`trailing_teasers` takes a box of headlines over blurbs cut off mid-sentence that ends
the dump, but not the article's short subheadings above it (round 33): a box prints every
story alike, so where the pairs start the box starts. Fixture invented."""

from __future__ import annotations

import articleclean

_PROSE = [
    "The new resort on the island's western coast opened its doors to guests this week.",
    "It has forty villas, each with a private pool and a view over the bay at sunset.",
    "The owners say they want to draw travellers who stay longer and book local guides.",
]
_OWN = ["Villas", "Food and Drink", "Spa", "Weddings & Events", "The Owners' Collection"]
_BOX = [
    "Ten street snacks you have to try in the old town",
    "Whether you like them sweet or savoury, these stalls serve the snacks that locals...",
    "How to keep your garden green through a dry summer",
    "Watering at the right time of day matters more than how much water you give your...",
    "Three easy stretches for a stiff neck after long flights",
    "Sitting for hours in a cramped seat leaves many travellers with aching shoulders and...",
]


def test_the_articles_subheadings_above_a_box_of_cut_pairs_stay() -> None:
    title = "Island resort opens with forty villas on the western coast"
    text = "\n\n".join([title, *_PROSE, *_OWN, *_BOX]) + "\n"
    article = articleclean.clean_text(text)
    body = [line for block in article.body for line in block.text.split("\n")]
    assert [x for x in _OWN if x not in body] == []
    assert [x for x in _BOX if x in body] == []
