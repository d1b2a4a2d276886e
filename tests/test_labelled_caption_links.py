"""bench/labelled_dumps.py: a picture's text inside a link to another page is that page's
card (another story, a video's page, a person's page), labelled teaser, not caption; a
caption linking to its own picture (a lightbox) stays a caption (round 52)."""

from __future__ import annotations

from bench.corpus import Page
from bench.labelled_dumps import CAPTION, TEASER, label_page

BODY_TEXT = (
    "The council approved the new cycle lane on Tuesday after a long debate about parking "
    "spaces on the high street and the cost of the works."
)

HTML = f"""<html><head><title>Cycle lane</title></head><body><article>
<h1>Cycle lane approved</h1>
<p>{BODY_TEXT}</p>
<figure><a href="/media/lane-big.jpg"><img src="/media/lane.jpg"></a>
<figcaption>Cyclists ride along the new lane on the high street</figcaption></figure>
<figure><a href="/news/2021/bridge-closed.html"><img src="/media/bridge.jpg">
<figcaption>Old bridge closed for repairs until the spring</figcaption></a></figure>
<figure><img src="/media/mayor.jpg"><figcaption><a href="#photo">Mayor Ann Lee opens the
lane on Tuesday morning</a></figcaption></figure>
</article></body></html>"""


def _labels() -> dict[str, str]:
    page = Page("https://example.org/lane", "lane.html", HTML.encode(), (BODY_TEXT,), ())
    item = label_page(page)
    assert item is not None
    return {line.text: line.label for line in item.page}


def test_a_figure_linking_to_another_story_is_a_teaser() -> None:
    assert _labels()["Old bridge closed for repairs until the spring"] == TEASER


def test_a_caption_linking_to_its_picture_or_an_anchor_stays_a_caption() -> None:
    labels = _labels()
    assert labels["Cyclists ride along the new lane on the high street"] == CAPTION
    assert labels["Mayor Ann Lee opens the lane on Tuesday morning"] == CAPTION
