"""bench/labelled_dumps.py: figure text that is the article's main text, and that the
annotation marks, is body; a photo's caption the annotation takes along beside an
article stays a caption (round 63, `_figure_text_article`)."""

from __future__ import annotations

from bench.corpus import Page
from bench.labelled_dumps import BODY, CAPTION, label_page

INTRO = "Cheap and easy costumes are all you need this year, and here are six of them."
ITEMS = [
    (
        f"Costume number {n} is easy to make at home.",
        f"What you need: an old shirt, a hat and some face paint make costume {n} "
        "in under an hour.",
    )
    for n in range(1, 7)
]
CREDIT = "Photo: Jane Smith"


def _listicle() -> str:
    figures = "".join(
        f'<figure class="slide"><img src="/c{n}.jpg"><figcaption class="slide-caption">'
        f"<p>{first}</p><p>{second}</p>"
        + (f'<p class="credit">{CREDIT}</p>' if n == 1 else "")
        + "</figcaption></figure>"
        for n, (first, second) in enumerate(ITEMS, start=1)
    )
    return (
        "<html><head><title>Easy costumes</title></head><body><article>"
        f"<h1>Easy costumes</h1><p>{INTRO}</p>{figures}</article></body></html>"
    )


def _labels(html: str, with_: tuple[str, ...]) -> dict[str, str]:
    item = label_page(Page("https://example.org/costumes", "c.html", html.encode(), with_, ()))
    assert item is not None
    return {line.text: line.label for line in item.page}


def test_an_annotated_listicle_of_figure_items_is_body() -> None:
    # Fails on main: every item is labelled caption there.
    labels = _labels(_listicle(), (INTRO, ITEMS[2][1]))
    for first, second in ITEMS:
        assert labels[first] == BODY
        assert labels[second] == BODY


def test_a_credit_in_the_listicle_built_unlike_its_items_stays_a_caption() -> None:
    assert _labels(_listicle(), (INTRO, ITEMS[2][1]))[CREDIT] == CAPTION


def test_a_listicle_whose_figures_the_annotation_leaves_out_stays_captions() -> None:
    labels = _labels(_listicle(), (INTRO,))
    assert all(labels[second] == CAPTION for _, second in ITEMS)


PARAGRAPHS = [
    f"Paragraph {n} of the report says the council met on Tuesday to discuss the new "
    "cycle lane, the parking spaces it takes and the cost of the works on the high street."
    for n in range(1, 5)
]
PHOTO_CAPTION = "The mayor opens the new cycle lane on the high street on Tuesday morning."


def test_a_photo_caption_the_annotation_takes_along_stays_a_caption() -> None:
    html = (
        "<html><head><title>Cycle lane</title></head><body><article><h1>Cycle lane</h1>"
        f"<p>{PARAGRAPHS[0]}</p><figure><img src='/lane.jpg'><figcaption>{PHOTO_CAPTION}"
        "</figcaption></figure>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
        + "</article></body></html>"
    )
    labels = _labels(html, (PARAGRAPHS[0], PHOTO_CAPTION))
    assert labels[PHOTO_CAPTION] == CAPTION
    assert labels[PARAGRAPHS[1]] == BODY


def test_a_caption_word_in_the_body_class_makes_no_caption_box() -> None:
    # Fails on main: every line of such a page is labelled caption there.
    html = (
        '<html><head><title>Cycle lane</title></head><body class="theme caption-dark">'
        f"<article><h1>Cycle lane</h1><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        f"<figure><img src='/lane.jpg'><figcaption>{PHOTO_CAPTION}</figcaption></figure>"
        "</article></body></html>"
    )
    labels = _labels(html, (PARAGRAPHS[0],))
    assert labels[PARAGRAPHS[0]] == BODY
    assert labels[PHOTO_CAPTION] == CAPTION
