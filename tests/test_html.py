"""The HTML reader: decoding, blocks and their line numbers, hints, captions, rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import fromstring

import articleclean
from articleclean import Reason
from articleclean.document import Hints, Label, Origin, Segment
from articleclean.readers.decode import charset_from_content_type, decode_bytes
from articleclean.readers.html import extract_blocks, read_html
from articleclean.readers.html_figures import find_captions
from articleclean.readers.html_hints import _MAYBE_BOX, HintIndex, _candidates, class_words
from articleclean.readers.html_meta import page_metadata
from articleclean.rules.html import (
    BOX_WORDS,
    html_author_box,
    html_figure_caption,
    html_related_box,
    html_teaser_link,
)
from articleclean.rules.phrasebook import PhraseBook

PAGES = Path(__file__).parent / "fixtures" / "html"
PROSE = (
    "The committee met on Tuesday to discuss the new budget for schools, roads and parks, "
    "and members agreed that the plan needs more work before the vote next month."
)


def _page(body: str, *, charset: str = "utf-8", lang: str = "en", title: str = "A title") -> str:
    paragraphs = "".join(f"<p>{PROSE} ({n})</p>" for n in range(4))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}{body}</article></body></html>"
    )


# --- decoding ---------------------------------------------------------------


def test_mostly_control_bytes_are_refused_a_few_are_not() -> None:
    text = b"Some words of text here. " * 40  # 1000 bytes
    with pytest.raises(articleclean.InputError, match="control bytes"):
        decode_bytes(b"\x01\x02\x1f\x0e" * 20 + text)  # 80 of 1080: over 5%
    assert decode_bytes(b"\x01\x1b\x02" * 10 + text).text.endswith("text here. ")  # 20 count


@pytest.mark.parametrize(
    ("charset", "word"),
    [
        ("iso-8859-1", "mööse"),
        ("windows-1252", "“quoted” – 5 €"),
        ("gbk", "高铁新线路下月开通运营"),
        ("shift_jis", "駅前の再開発計画"),
    ],
)
def test_declared_charsets_are_decoded(charset: str, word: str) -> None:
    data = _page(f"<p>{word} {PROSE}</p>", charset=charset).encode(charset)
    article = articleclean.clean_html(data)
    assert word in article.text


@pytest.mark.parametrize("charset", ["gbk", "shift_jis", "iso-8859-1"])
def test_http_charset_wins_over_a_missing_declaration(charset: str) -> None:
    words = {"gbk": "新线路开通", "shift_jis": "再開発計画", "iso-8859-1": "mööse"}[charset]
    data = _page(f"<p>{words} {PROSE}</p>").replace('<meta charset="utf-8">', "").encode(charset)
    document = read_html(data, content_type=f"text/html; charset={charset}")
    assert any(words in segment.text for segment in document.segments)


def test_broken_declaration_falls_back_to_detection() -> None:
    # Says UTF-8, is windows-1252: the declared decode fails, detection takes over.
    data = _page(f"<p>Jürgen Müller runs the café. {PROSE}</p>").encode("cp1252")
    assert "Jürgen Müller runs the café." in articleclean.clean_html(data).text


def test_a_few_bad_bytes_do_not_discard_the_declared_charset() -> None:
    good = f"Zażółć gęślą jaźń. {PROSE}" * 20
    data = good.encode("utf-8") + b"\xc3..." + good.encode("utf-8")
    decoded = decode_bytes(data, declared="utf-8")
    assert decoded.how == "declared" and "Zażółć gęślą jaźń" in decoded.text


def test_charset_from_content_type() -> None:
    assert charset_from_content_type('text/html; charset="Shift_JIS"') == "Shift_JIS"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None


def test_stray_nul_bytes_in_a_page_are_skipped() -> None:
    data = _page(f"<p>{PROSE} final</p>").encode("utf-8").replace(b"<p>", b"<p>\x00", 1)
    assert articleclean.clean_html(data).status == "ok"


def test_clean_dispatches_html_bytes_and_str() -> None:
    page = _page("")
    assert articleclean.clean(page).metadata["source"] == "html"
    assert articleclean.clean(page.encode("utf-8")).metadata["source"] == "html"


# --- blocks, lines, structure -----------------------------------------------


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html")), ids=lambda p: p.name)
def test_every_extracted_line_lands_in_exactly_one_field(page: Path) -> None:
    html = page.read_bytes()
    document = read_html(html)
    tree = fromstring(decode_bytes(html).text)
    description = page_metadata(tree, None).fields.get("description")
    article = articleclean.clean_html(html)
    # The lines are the extraction's the article was read from: trafilatura's
    # precision-leaning one where the rules removed every block of its default one.
    precise = article.metadata.get("extraction") == "precision"
    extracted = extract_blocks(tree, description=description, favor_precision=precise)
    numbered = {
        number: line.strip()
        for number, line in enumerate(extracted.text.split("\n"), start=1)
        if line.strip()
    }
    placed: list[tuple[int, int]] = [b.lines for b in article.body if b.lines]
    placed += [c.lines for c in article.captions if c.lines]
    placed += [r.lines for r in article.removed if r.lines]
    placed += [lines for lines in (article.title_lines, article.byline_lines) if lines]
    covered = [n for first, last in placed for n in range(first, last + 1)]
    assert sorted(covered) == sorted(numbered), "each non-blank line exactly once"
    assert len(document.segments) >= len(numbered)


def test_headings_lists_and_tables_keep_their_structure() -> None:
    article = articleclean.clean_html((PAGES / "headings-lists.html").read_bytes())
    assert article.headings == ["Check the roof and gutters", "Prepare an emergency kit"]
    assert "- Clear leaves from gutters and downpipes" in article.paragraphs
    assert "| Drinking water | 9 litres per person |" in article.paragraphs


def test_title_author_and_date_come_from_the_page() -> None:
    article = articleclean.clean_html((PAGES / "figure-captions.html").read_bytes())
    assert article.title == "City opens new river bridge after four years of work"
    assert article.title_lines == (1, 1)  # the <h1> printed in the text is the title
    assert article.byline == ["Maria Jensen"]
    assert article.metadata["date"] == "2024-03-11"
    assert article.metadata["description"] == "The Harbour Bridge opened on Monday."


def test_same_page_same_article() -> None:
    html = (PAGES / "newsletter-ads.html").read_bytes()
    assert articleclean.clean_html(html).to_dict() == articleclean.clean_html(html).to_dict()


def test_empty_and_textless_pages_are_empty_not_errors() -> None:
    assert articleclean.clean_html("").status == "empty"
    assert articleclean.clean_html("<html><body><div></div></body></html>").status == "empty"


# --- hints and captions -------------------------------------------------------


def test_class_words_split_tokens_and_keep_only_box_words() -> None:
    element = fromstring('<div class="related-posts widget" id="ad_slot_3">x</div>')
    assert class_words(element) == {"related-posts", "related", "ad"}
    assert class_words(fromstring('<div class="header shadow">x</div>')) == frozenset()


@pytest.mark.parametrize(
    ("classes", "words"),
    [
        ("author-box", {"author-box"}),
        ("elementor-author-box elementor-author-box--bio", {"author-box"}),
        ("nv-author-bio-text-wrapper", {"author-bio"}),
        ("TestReport__AuthorBox", {"authorbox"}),
        ("saboxplugin-wrap", {"saboxplugin"}),
        # A byline's own classes and a biography's text name no author box.
        ("author vcard", set()),
        ("entry-author", set()),
        ("bio-text", set()),
        ("author-name bio", set()),
    ],
)
def test_author_box_words_are_read_inside_longer_classes(classes: str, words: set[str]) -> None:
    assert class_words(fromstring(f'<div class="{classes}">x</div>')) == words


def test_author_box_removes_the_short_blocks_of_the_box_only() -> None:
    bio = "Jonas Petersen, Fotograf aus Kiel und Gründer der Bildwerkstatt Nord."
    assert html_author_box(_segment(bio, class_words=frozenset({"saboxplugin"})), CONTEXT)
    assert html_author_box(_segment(bio, class_words=frozenset({"author-bio"})), CONTEXT)
    assert not html_author_box(_segment(bio), CONTEXT)
    assert not html_author_box(_segment(bio, class_words=frozenset({"related"})), CONTEXT)
    long_text = " ".join(["Wort"] * 60)  # prose a sloppy template wrapped in the box
    assert not html_author_box(_segment(long_text, class_words=frozenset({"author-box"})), CONTEXT)


def test_author_box_inside_the_article_container_leaves_the_article() -> None:
    body = (
        '<div class="Story__AuthorBox"><p>Dana Whitfield covers transport for the paper.</p>'
        "<p>Follow her on Twitter.</p></div>"
    )
    article = articleclean.clean_html(_page(body))
    assert [block.text for block in article.body] == [f"{PROSE} ({n})" for n in range(4)]
    assert {removal.rule for removal in article.removed} >= {"html_author_box"}
    assert (
        articleclean.clean_html(_page(body), html_author_box=False)
        .to_text()
        .count("covers transport")
    )


@pytest.mark.parametrize("word", sorted(BOX_WORDS))
def test_each_box_word_is_found_only_between_separators(word: str) -> None:
    assert _MAYBE_BOX.search(f"x {word}_y")
    assert _MAYBE_BOX.search(f"{word.upper()}".casefold())
    if "-" not in word:  # a compound's parts are box words of their own
        assert not _MAYBE_BOX.search(f"x{word}")
        assert not _MAYBE_BOX.search(f"{word}2")


def test_boxes_are_found_in_document_order_after_a_class_that_folds_longer() -> None:
    # "ß" folds to "ss", one letter longer: the offsets must still point at the
    # right class value.
    tree = fromstring(
        '<html><body><div class="STRAßE ßßßßßßßßßß"><p id="x">a</p></div><div class="tile">b</div>'
        '<aside class="Related">c</aside><figure id="f"><img src=a.jpg></figure>'
        '<div class="ad">d</div></body></html>'
    )
    found = [element.text_content() for element in _candidates(tree)]
    assert found == ["c", "d", ""]  # box-word elements in page order, then figures


def test_a_box_around_the_whole_article_is_not_a_box() -> None:
    tree = fromstring(
        f'<html><body><div class="share-enabled"><p>{PROSE}</p>'
        '<div class="recommended"><p>Other story headline here</p></div></div></body></html>'
    )
    index = HintIndex(tree, PROSE)
    assert index.hints_for(PROSE, "p").class_words == frozenset()
    assert index.hints_for("Other story headline here", "p").class_words == {"recommended"}


def test_a_block_gets_the_words_of_every_box_it_is_in() -> None:
    teaser = "Council approves the new bridge over the river"
    tree = fromstring(
        f'<html><body><article><p>{PROSE}</p></article><div class="related">'
        f"<p>{teaser}</p><p>{teaser}</p></div>"
        f'<div class="promo"><p>Short</p></div><aside class="newsletter">'
        f"<p>{teaser}</p><p>Shortcuts</p></aside></body></html>"
    )
    index = HintIndex(tree, PROSE)
    assert index.hints_for(teaser, "p").class_words == {"related", "newsletter"}
    assert index.hints_for(PROSE, "p").class_words == frozenset()
    # A short block counts only as a whole element's text, not as part of one.
    assert index.hints_for("Short", "p").class_words == {"promo"}
    assert index.hints_for("cuts", "p").class_words == frozenset()


def test_figure_caption_and_credit_are_read_from_the_markup() -> None:
    tree = fromstring(
        "<html><body><figure><img src=a.jpg><figcaption>Crowds on the square. "
        '<span class="credit">Photo: Jane Doe</span></figcaption></figure>'
        '<figure><img src=b.jpg alt="Fishing boats in the harbour at sunset"></figure>'
        '<figure><img src=c.jpg alt="IMG_2231.jpg"></figure></body></html>'
    )
    found = find_captions(HintIndex(tree, "").candidates)
    assert [(c.text, c.credit) for c in found] == [
        ("Crowds on the square.", "Photo: Jane Doe"),
        ("Fishing boats in the harbour at sunset", None),
    ]
    assert found[0].raw == "Crowds on the square. Photo: Jane Doe"


def test_caption_found_again_in_the_body_is_a_duplicate_caption() -> None:
    caption = "Crowds gather on the main square before the speech."
    article = articleclean.clean_html(
        _page(f"<figure><img src=a.jpg><figcaption>{caption}</figcaption></figure><p>{caption}</p>")
    )
    assert [c.text for c in article.captions] == [caption]
    assert caption not in article.text
    assert article.removed_by_reason() == {"duplicate_caption": 1}


# --- rules ------------------------------------------------------------------


CONTEXT = PhraseBook.for_config(articleclean.CleanerConfig())


def _segment(text: str, line: int = 10, **hints: object) -> Segment:
    return Segment(text, (line, line), Hints(**hints))  # type: ignore[arg-type]


def _caption(text: str) -> Segment:
    """A caption the figure reader found (no line of the extracted text)."""
    return Segment(text, None, Hints(tag="figcaption", in_figure=True), origin=Origin.FIGURE)


def test_related_box_removes_short_blocks_only() -> None:
    assert html_related_box(_segment("Other story", class_words=frozenset({"related"})), CONTEXT)
    long_text = " ".join(["word"] * 60)
    assert not html_related_box(_segment(long_text, class_words=frozenset({"related"})), CONTEXT)
    assert not html_related_box(_segment("Other story"), CONTEXT)


def test_teaser_link_needs_a_label_or_a_whole_linked_paragraph() -> None:
    labelled = _segment("Lea más: Otro titular sobre la política local", link_density=0.8, tag="p")
    assert html_teaser_link(labelled, CONTEXT)
    linked = _segment("Ports struggle with backlog of containers", link_density=1.0, tag="p")
    assert html_teaser_link(linked, CONTEXT)
    assert not html_teaser_link(_segment("Docker for Windows", link_density=1.0, tag="p"), CONTEXT)
    assert not html_teaser_link(
        _segment("Ports struggle with backlog of containers", link_density=1.0, tag="li"), CONTEXT
    )
    assert not html_teaser_link(_segment("Note: this is prose", link_density=0.0), CONTEXT)


def test_a_linked_headline_with_its_standfirst_is_a_teaser() -> None:
    # A story card's headline and standfirst in one link, 21 to 30 words, in
    # English, German and Spanish; a whole linked paragraph longer than a
    # listed headline may be the author's and stays.
    for card in (
        "Speedrunner finally beats the record that stood for six years after finding "
        "a wall clip in the first dungeon that nobody had noticed",
        "Nach zwei Jahren Sanierung öffnet das Freibad am Stadtpark wieder und lockt "
        "mit einer neuen Rutsche, einem Sprungturm und längeren Öffnungszeiten",
        "El Gobierno anuncia un plan de ayudas para los agricultores afectados por la "
        "sequía que llegará a más de diez mil explotaciones este año",
    ):
        assert 20 < len(card.split()) <= 30
        assert html_teaser_link(_segment(card, link_density=1.0, tag="p"), CONTEXT)
        assert not html_teaser_link(_segment(card, link_density=1.0, tag="li"), CONTEXT)
        assert not html_teaser_link(_segment(card, link_density=0.4, tag="p"), CONTEXT)
    longer = " ".join(["word"] * 31)
    assert not html_teaser_link(_segment(longer, link_density=1.0, tag="p"), CONTEXT)


def test_a_linked_headline_at_the_top_of_the_text_is_the_articles_own() -> None:
    headline = "The generation we love to dump on"
    assert not html_teaser_link(_segment(headline, line=2, link_density=1.0, tag="div"), CONTEXT)
    assert html_teaser_link(_segment(headline, line=12, link_density=1.0, tag="div"), CONTEXT)


def test_a_labelled_link_in_a_list_is_an_entry_not_a_teaser() -> None:
    entry = _segment("9 juin 2016 : Reportage France 3", link_density=0.64, tag="li")
    assert not html_teaser_link(entry, CONTEXT)
    assert html_teaser_link(
        _segment("9 juin 2016 : Reportage France 3", link_density=0.64, tag="p"), CONTEXT
    )


def test_figure_caption_rule_keeps_the_credit_the_reader_split() -> None:
    segment = _caption("Crowds. Photo: Jane Doe")
    segment.caption_text, segment.credit = "Crowds.", "Photo: Jane Doe"
    verdict = html_figure_caption(segment, CONTEXT)
    assert verdict is not None
    verdict.give(segment)
    assert segment.label is Label.CAPTION and segment.credit == "Photo: Jane Doe"


def test_table_rows_and_list_items_in_a_credit_box_are_not_captions() -> None:
    credit_box = frozenset({"credit"})
    for tag in ("table", "li"):
        row = _segment("| SWIFT (GBP) | Free deposit |", class_words=credit_box, tag=tag)
        assert not html_figure_caption(row, CONTEXT)
    line = _segment("Crowds at the gate. By Jane Doe", class_words=credit_box, tag="p")
    assert html_figure_caption(line, CONTEXT)


def test_text_in_a_figure_box_is_a_caption_only_when_the_figure_reader_says_so() -> None:
    assert html_figure_caption(_caption("Crowds at the gate"), CONTEXT)
    description = _segment("What you need: a black bowler hat and a red bow tie.", in_figure=True)
    assert not html_figure_caption(description, CONTEXT)


def test_rules_can_be_switched_off_for_html() -> None:
    html = (PAGES / "teaser-links-dateline.html").read_bytes()
    article = articleclean.clean_html(html, html_teaser_link=False, inline_teaser=False)
    assert "Read also: Shipping rates climb" in article.text
    assert Reason.RELATED_TEASER not in {r.reason for r in article.removed}


def test_a_title_that_links_to_itself_stays_the_title() -> None:
    title = "Port strike ends after a new wage deal"
    page = _page("", title=title).replace(
        f"<h1>{title}</h1>", f'<h1><a href="/story">{title}</a></h1>'
    )
    article = articleclean.clean_html(page)
    assert article.title == title and article.title_lines == (1, 1)
    assert article.removed == []


def test_html_rules_leave_text_dumps_alone() -> None:
    dump = f"A headline for the story\n\n{PROSE}\n\nParticipating blogs:\n"
    assert articleclean.clean_text(dump).removed == []
    page = _page("<p>Participating blogs:</p>")
    assert [r.rule for r in articleclean.clean_html(page).removed] == ["html_orphan_label"]


def test_a_heading_linked_from_a_table_of_contents_is_not_a_teaser() -> None:
    heading = "What do the experts say about it?"
    page = _page(
        f'<nav><a href="#experts">{heading}</a></nav><h2 id="experts">{heading}</h2><p>{PROSE}</p>'
    )
    assert heading in articleclean.clean_html(page).headings


def test_web_chrome_phrases_in_any_language_are_taken_out() -> None:
    html = _page(
        "<p>Schon gelesen?</p>"
        "<p>Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.</p>"
        "<p>Ten tekst przeczytasz w mniej niż 2 minuty</p>"
        "<p>Empfohlene Beiträge</p>"
    )
    article = articleclean.clean_html(html)
    reasons = {removal.text: removal.reason for removal in article.removed}
    assert reasons["Schon gelesen?"] is Reason.PROMO
    assert reasons["Ten tekst przeczytasz w mniej niż 2 minuty"] is Reason.BOILERPLATE
    assert "Empfohlene Beiträge" in reasons
    assert "Materiał chroniony" not in article.text
    assert article.text.count(PROSE) == 4


# --- the lead (standfirst) the extractor left out ---------------------------

LEAD = (
    "The harbour ferry will keep sailing between the old town and the island "
    "from November to March, the transport board said."
)


def _lead_page(where: str) -> str:
    return (
        '<html><head><meta charset="utf-8">'
        f'<meta name="description" content="{LEAD}"></head><body>{where}</body></html>'
    )


def test_page_lead_is_a_paragraph_of_its_own_that_prints_the_description() -> None:
    from articleclean.readers.html import page_lead

    header = f'<header><h1>Ferry</h1><p class="lead">{LEAD} More follows.</p></header>'
    assert page_lead(fromstring(_lead_page(header)), LEAD) == f"{LEAD} More follows."


@pytest.mark.parametrize(
    "where",
    [
        f'<ul><li><a href="/ferry">{LEAD}</a></li></ul>',  # a teaser of a story in a list
        f"<aside><p>{LEAD}</p></aside>",  # page furniture
        f"<div>{LEAD}<p>{PROSE}</p></div>",  # a container of blocks, not a lead
        f"<p>Updated: {LEAD}</p>",  # does not open with the description
    ],
)
def test_page_lead_is_not_a_teaser_furniture_or_a_container(where: str) -> None:
    from articleclean.readers.html import page_lead

    assert page_lead(fromstring(_lead_page(where)), LEAD) is None


@pytest.mark.parametrize(
    ("description", "printed"),
    [
        (
            "Auch dünne Äste, die beispielsweise beim Beschneiden von Bäumen anfallen, lassen sich zu "
            "Ballen gepresst gut verheizen.",
            "Auch dünne Äste, die beispielsweise beim Beschneiden von Bäumen anfallen, lassen sich "
            "verheizen. Doch einfach in den Ofen geworfen bringen sie nicht viel Wärme.",
        ),
        (
            "The harbour ferry will keep sailing between the old town and the northern "
            "island all winter. Read the timetable.",
            "The harbour ferry will keep sailing between the old town and the northern "
            "island from November to March, the transport board said on Monday.",
        ),
        (
            "Alors que la Méditerranée devient encore une fois la scène de naufrages, "
            "nous publions un entretien.",
            "Alors que la Méditerranée devient encore une fois la scène de naufrages, "
            "un démographe revient sur trente ans de politiques migratoires.",
        ),
    ],
)
def test_page_lead_is_the_printed_lead_the_description_shortens(
    description: str, printed: str
) -> None:
    from articleclean.readers.html import page_lead

    page = f"<html><body><header><h1>Title</h1><p>{printed}</p></header></body></html>"
    assert page_lead(fromstring(page), description) == printed


@pytest.mark.parametrize(
    "printed",
    [
        # a caption repeating the description's first sentence, with its credit
        "Was zeichnet erfolgreiche Tweets aus? Wie gelingt es dir? (Foto: Pixabay.com)",
        # a shorter shared opening: a headline, not the lead
        "Auch dünne Äste verheizen: wie ein Tüftler sein ganzes Haus heizt.",
    ],
)
def test_page_lead_does_not_take_a_caption_or_headline_sharing_a_short_opening(
    printed: str,
) -> None:
    from articleclean.readers.html import page_lead

    description = (
        "Was zeichnet erfolgreiche Tweets aus? Wie gelingt es dir, solche zu verfassen? "
        "Wir haben die Antworten."
        if printed.startswith("Was")
        else "Auch dünne Äste, die beispielsweise beim Beschneiden von Bäumen anfallen, lassen sich "
        "zu Ballen gepresst gut verheizen."
    )
    page = f"<html><body><div><p>{printed}</p></div></body></html>"
    assert page_lead(fromstring(page), description) is None


def test_page_lead_is_a_bold_run_opening_the_text_container() -> None:
    from articleclean.readers.html import page_lead

    lead = (
        "Ihre Tochter ist launisch und zieht sich zurück? Dann ist sie wohl in der "
        "Pubertät! Sechs Tipps, wie Sie mit ihr im Gespräch bleiben."
    )
    text = f"<div><strong>{lead}</strong><br/><h2>Erster Tipp</h2><p>{PROSE}</p></div>"
    assert page_lead(fromstring(_page_with(text)), lead) == lead
    # bold words inside a sentence, or after other text, are no paragraph of their own
    inside = f"<div>Vorweg: <strong>{lead}</strong><p>{PROSE}</p></div>"
    assert page_lead(fromstring(_page_with(inside)), lead) is None
    glued = f"<div><strong>{lead}</strong> und so weiter.<p>{PROSE}</p></div>"
    assert page_lead(fromstring(_page_with(glued)), lead) is None


def _page_with(body: str) -> str:
    return f"<html><body><h1>Pubertät</h1>{body}</body></html>"


def test_clean_html_keeps_a_bold_lead_trafilatura_leaves_out() -> None:
    lead = (
        "Ihre Tochter ist launisch und zieht sich zurück? Dann ist sie wohl in der "
        "Pubertät! Sechs Tipps, wie Sie mit ihr im Gespräch bleiben."
    )
    body = "".join(
        f"<h2>Tipp {n}</h2><p>{PROSE} ({n}) Sprechen Sie offen mit ihr darüber.</p>"
        for n in range(1, 5)
    )
    html = (
        '<html><head><meta charset="utf-8"><title>Pubertät</title>'
        f'<meta name="description" content="{lead}"></head><body><main><article>'
        f"<h1>Pubertät</h1><div><strong>{lead}</strong><br/>{body}</div>"
        "</article></main></body></html>"
    )
    assert lead in articleclean.clean_html(html).text


def _lead_box_page(
    before_text: str, *, above: str = "", headline: str = "Ferry", title: str = ""
) -> str:
    """A page whose article text follows `before_text` (a lead box, or not), under the
    `headline` (`above` it: other boxes of the page; `title`: the page's `<title>`)."""
    body = "".join(f"<p>{PROSE} ({n})</p>" for n in range(3))
    head = f"<title>{title}</title>" if title else ""
    return (
        f'<html><head><meta charset="utf-8">{head}</head><body>{above}<article>'
        f'<h1>{headline}</h1>{before_text}<div class="story-body">{body}</div>'
        "</article></body></html>"
    )


def _lead_box_of(page: str) -> str | None:
    """The lead box of a page whose extracted text is its article body (as trafilatura
    reads it when it leaves the lead out)."""
    from articleclean.readers.html import ExtractedLine, Extraction, lead_box
    from articleclean.readers.html_hints import lead_class_boxes

    texts = [f"{PROSE} ({n})" for n in range(3)]
    lines = [ExtractedLine(n, text, "p") for n, text in enumerate(texts, start=1)]
    return lead_box(lead_class_boxes(fromstring(page)), Extraction("\n".join(texts), lines))


@pytest.mark.parametrize(
    ("box", "lead"),
    [
        (f'<div class="article__intro">{LEAD}</div>', LEAD),
        (f'<p class="c-dek">{LEAD}</p>', LEAD),
        (f'<div class="teaser-text"><p>{LEAD}</p></div><p class="byline">By Ann Lee</p>', LEAD),
        (
            f'<section class="field--name-field-lead">{LEAD} <a href="/map">Map</a></section>',
            f"{LEAD} Map",
        ),
    ],
)
def test_lead_box_is_a_lead_class_box_just_before_the_text(box: str, lead: str) -> None:
    assert _lead_box_of(_lead_box_page(box)) == lead


@pytest.mark.parametrize(
    "before",
    [
        # Other stories' teasers: several boxes of one class before the text.
        f'<div class="teaser">{LEAD}</div><div class="teaser">{LEAD.upper()}</div>',
        # Too far from the text: a whole column of words between.
        f'<div class="intro">{LEAD}</div><div>{" ".join(["word"] * 120)}</div>',
        f'<aside><div class="lead">{LEAD}</div></aside>',  # page furniture
        f'<div class="lead"><a href="/ferry">{LEAD}</a></div>',  # a link to a story
        f'<div class="lead"><ul><li>{LEAD}</li></ul></div>',  # a container of blocks
        f'<div class="leaderboard">{LEAD}</div>',  # "lead" only inside a word
        '<div class="intro">Too short to be a lead.</div>',
    ],
)
def test_lead_box_is_not_a_teaser_list_furniture_a_link_or_far_away(before: str) -> None:
    assert _lead_box_of(_lead_box_page(before)) is None


OTHER_LEAD = (
    "A local bakery has won a national prize for its rye bread, beating more than "
    "two hundred entries from across the country."
)
HEADLINE = "Harbour ferry keeps sailing all winter"


def test_lead_box_is_not_a_card_blurb_under_its_linked_headline() -> None:
    # Another story's card between the headline and the text: its title links away.
    card = (
        '<div class="card"><h3><a href="/bakery">Bakery wins a bread prize</a></h3>'
        f'<p class="card__lead">{OTHER_LEAD}</p></div>'
    )
    assert _lead_box_of(_lead_box_page(card)) is None


def test_lead_box_is_not_a_box_above_the_headline() -> None:
    # A card's blurb above the article's headline (the <h1> with the title's words).
    card = (
        f'<div class="card"><a class="card__title" href="/bakery">Bakery wins</a>'
        f'<div class="card-summary">{OTHER_LEAD}</div></div>'
    )
    page = _lead_box_page("", above=card, headline=HEADLINE, title=f"{HEADLINE} | Daily")
    assert _lead_box_of(page) is None


@pytest.mark.parametrize(
    "before",
    [
        # Some themes link the headline to its own page: the headline is the title's.
        f'<h2><a href="/ferry-winter">{HEADLINE}</a></h2><div class="intro">{LEAD}</div>',
        # An <h1> that is not the headline (the title's words) between lead and text.
        f'<div class="intro">{LEAD}</div><h1>This portlet should not be here</h1>',
    ],
)
def test_lead_box_under_a_linked_headline_or_above_another_h1_is_kept(before: str) -> None:
    page = _lead_box_page(before, headline="News", title=f"{HEADLINE} | Daily")
    assert _lead_box_of(page) == LEAD


_GLUED_PAGES = {
    "de": (
        "Elektro-Zapfsäulen",
        "Ich würde ja in smarte und wirtschaftliche Elektro-Zapfsäulen investieren. "
        "Wundere mich, dass es sie noch nicht gibt.",
        "Teilen Sie dies mit:",
    ),
    "en": (
        "Electric chargers",
        "I would invest in smart and affordable electric chargers for cars. "
        "I wonder why nobody sells them yet.",
        "Share this:",
    ),
    "fr": (
        "Bornes électriques",
        "J'investirais volontiers dans des bornes de recharge intelligentes et bon marché. "
        "Je m'étonne qu'elles n'existent pas encore.",
        "Partager :",
    ),
}


def _glued_page(lang: str) -> str:
    headline, paragraph, share = _GLUED_PAGES[lang]
    return (
        f'<html lang="{lang}"><head><title>{headline}</title></head><body><main>'
        f'<article class="post"><h2>{headline}</h2><div class="meta"><span>17/11/2019</span>'
        f' ~ <a href="/author/cem">Cem Basman</a></div><div class="entry"><p>{paragraph}</p>'
        f'<div class="sharedaddy"><h3>{share}</h3><ul><li><a href="https://x.com/s">X</a></li>'
        '<li><a href="https://facebook.com/s">Facebook</a></li></ul></div></div>'
        "</article></main></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_GLUED_PAGES))
def test_an_article_the_extractor_glued_into_one_block_is_read_block_by_block(lang: str) -> None:
    # trafilatura's last resort prints an <article> as one paragraph; its blocks come back.
    _headline, paragraph, share = _GLUED_PAGES[lang]
    texts = [segment.text for segment in read_html(_glued_page(lang)).segments]
    assert paragraph in texts
    assert share in texts
    assert "17/11/2019 ~ Cem Basman" in texts
    article = articleclean.clean_html(_glued_page(lang))
    assert paragraph in article.text


def test_a_glued_block_is_split_only_into_its_own_words() -> None:
    from lxml import etree

    from articleclean.readers.html import split_glued_articles

    tree = fromstring(
        "<html><body><article><p>One two three four five six seven eight nine ten.</p>"
        "<p>Eleven twelve thirteen fourteen fifteen sixteen seventeen.</p>"
        "<p>Eighteen nineteen twenty twenty-one twenty-two twenty-three.</p></article></body></html>"
    )
    words = " ".join(normalise_text(p.text_content()) for p in tree.iter("p"))
    for text, parts in ((words, 3), (words + " And more.", 1), (words.replace("ten", "TEN"), 1)):
        body = etree.Element("body")
        etree.SubElement(body, "p").text = text
        split = split_glued_articles(body, tree)
        assert len(split) == parts
        assert " ".join(p.text for p in split) == text


def test_a_glued_block_split_keeps_its_place_and_tail() -> None:
    from lxml import etree

    from articleclean.readers.html import split_glued_articles

    sentences = [f"Paragraph number {n} of the long article here." for n in range(2_000)]
    tree = fromstring(
        "<html><body><article>"
        + "".join(f"<p>{sentence}</p>" for sentence in sentences)
        + "</article></body></html>"
    )
    body = etree.Element("body")
    etree.SubElement(body, "h1").text = "Headline"
    etree.SubElement(body, "p").text = " ".join(sentences)
    body[-1].tail = "tail"
    etree.SubElement(body, "p").text = "After."
    split = split_glued_articles(body, tree)
    assert [p.text for p in split] == ["Headline", *sentences, "After."]
    assert [p.tail for p in split] == [None] * 2_000 + ["tail", None]


def normalise_text(text: str) -> str:
    return " ".join(text.split())


_LAYOUT_TABLES = {
    "de": (
        "Der Aufsichtsrat hat heute auf seiner ordentlichen Sitzung beschlossen, den Vorstand "
        "neu aufzustellen. Der bisherige Bereichsleiter erhält einen Vertrag bis 2020 und "
        "übernimmt den Geschäftsbereich Finanzen, IT und Personal.",
        "Hier geht es zum neuen Vereinskalender",
    ),
    "en": (
        "The supervisory board decided at its regular meeting today to reshape the executive "
        "board. The former head of finance receives a contract until 2020 and takes over "
        "finance, IT and human resources.",
        "Click here for the new board structure",
    ),
    "pl": (
        "Rada nadzorcza postanowiła dziś na swoim zwyczajnym posiedzeniu zmienić skład zarządu. "
        "Dotychczasowy szef finansów otrzymuje umowę do 2020 roku i przejmuje finanse, "
        "informatykę oraz kadry w całej spółce.",
        "Tutaj nowa struktura zarządu",
    ),
}


@pytest.mark.parametrize("lang", sorted(_LAYOUT_TABLES))
def test_an_article_laid_out_in_a_table_cell_is_read_block_by_block(lang: str) -> None:
    # A cell holding the article's paragraphs is layout: its blocks are lines, not "| … |".
    paragraph, link = _LAYOUT_TABLES[lang]
    html = (
        f'<html lang="{lang}"><body><table><tr><td><a href="/">Home</a></td></tr>'
        f"<tr><td><p>{paragraph}</p><p>{paragraph.replace('2020', '2021')}</p>"
        f'<br><a href="/board">{link}</a></td></tr></table></body></html>'
    )
    texts = [segment.text for segment in read_html(html).segments]
    assert paragraph in texts
    assert link in texts
    assert not any("|" in text for text in texts if paragraph[:20] in text)


def test_a_table_of_data_keeps_its_rows() -> None:
    html = (
        "<html><body><p>The results of the season, club by club, as the league printed them "
        "at the end of the year, with points and goals.</p><table><tr><th>Club</th><th>Points"
        "</th></tr><tr><td>Alpha</td><td>30</td></tr><tr><td>Beta</td><td>28</td></tr>"
        "<tr><td>Gamma</td><td>25</td></tr></table></body></html>"
    )
    texts = [segment.text for segment in read_html(html).segments]
    assert any(text.startswith("| Alpha") for text in texts)


def _headline_dek_of(page: str) -> str | None:
    """`headline_dek` on a page whose extracted text is its article body (as
    trafilatura reads it when it leaves the dek out)."""
    from articleclean.readers.html import ExtractedLine, Extraction, headline_dek

    texts = [f"{PROSE} ({n})" for n in range(3)]
    lines = [ExtractedLine(n, text, "p") for n, text in enumerate(texts, start=1)]
    return headline_dek(fromstring(page), Extraction("\n".join(texts), lines))


def _hgroup_page(between: str) -> str:
    """A headline and its classless `<h2>` dek in a `<header>`'s `<hgroup>`, then
    `between`, then the article's paragraphs."""
    body = "".join(f"<p>{PROSE} ({n})</p>" for n in range(3))
    return (
        f"<html><head><title>{HEADLINE} | Daily</title></head><body><article>"
        f"<header><hgroup><h3>Harbour</h3><h1>{HEADLINE}</h1><h2>{LEAD}</h2></hgroup></header>"
        f'<div class="grid_row">{between}<div>{body}</div></div></article></body></html>'
    )


def test_headline_dek_bare_h2_before_classless_byline_and_box() -> None:
    # A bare <h2> dek is not stopped by the first classless element on the way to the
    # text (the byline's <div>, a picture's <p>): only by a classless <h2>, the next
    # card of a list. Fails on main: any classless element ended the walk.
    between = (
        "<div><span>Ann Lee</span> <time>24 April 2020</time></div>"
        '<figure><img src="x.jpg"/><p>Photo: Agency</p></figure>'
    )
    assert _headline_dek_of(_hgroup_page(between)) == LEAD


def test_headline_dek_bare_h2_not_when_another_bare_h2_follows() -> None:
    # Guard (passes on main too): another story's bare <h2> between dek and text.
    between = f"<div><h2>{OTHER_LEAD}</h2></div>"
    assert _headline_dek_of(_hgroup_page(between)) is None
