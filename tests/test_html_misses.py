"""bench/html_misses.py: where a block stands among the article's prose, and which
blocks hold an annotated segment."""

from __future__ import annotations

from collections import Counter

from bench.html_misses import (
    Miss,
    _holding,
    _mixed,
    _places,
    _whole,
    ancestor_words,
    card_row,
    cause,
    causes_report,
    closing_cues,
    closing_report,
    container_of,
    levels_up,
    named_report,
    named_shape,
    other_settings,
    page_costs,
    page_texts,
    page_tree,
    pages_report,
    setting_texts,
    source_path,
    text_blocks,
    visible_form,
    word_rows,
)

from articleclean.document import Hints, Label, Origin, Segment

PROSE = "The harbour board approved the new ferry timetable on Monday after months of talks with the islanders."


def test_blocks_are_placed_above_inside_or_below_the_prose() -> None:
    label = Segment("Most read", None, Hints(tag="h3"), label=Label.HEADING)
    first = Segment(PROSE, None, Hints(tag="p"))
    between = Segment("Timetable", None, Hints(tag="h2"), label=Label.HEADING)
    last = Segment(PROSE + " Again.", None, Hints(tag="p"))
    after = Segment("Share this story", None, Hints(tag="p"))
    caption = Segment("The pier at dawn.", None, Hints(tag="figcaption"), origin=Origin.FIGURE)
    places = _places([label, first, between, caption, last, after])
    assert [places[id(s)] for s in (label, first, between, last, after)] == [
        "above",
        "inside",
        "inside",
        "inside",
        "below",
    ]
    assert id(caption) not in places  # a figure's caption is no block of the text


def test_a_page_without_prose_has_no_place_for_its_blocks() -> None:
    short = Segment("Contact us", None, Hints(tag="p"))
    assert _places([short]) == {id(short): "noprose"}


def test_the_blocks_holding_a_segment_are_the_ones_it_overlaps() -> None:
    whole = Segment(PROSE, None, Hints(tag="p"))
    part = Segment("after months of talks", None, Hints(tag="p"))
    other = Segment("Share this story", None, Hints(tag="p"))
    # A segment inside a block, and a block inside a longer segment, both hold it.
    assert _holding([whole, part, other], "after months of talks") == [whole, part]
    assert _holding([whole, other], PROSE + " And more.") == [whole]
    assert _holding([other], "ferry") == []


def test_a_kept_segment_is_the_whole_block_or_a_part_of_it() -> None:
    prompt = Segment("Follow us on Twitter and Instagram.", None, Hints(tag="p"))
    paragraph = Segment(PROSE, None, Hints(tag="p"))
    assert _whole("Follow us on Twitter and Instagram", prompt)  # the stop left out
    assert not _whole("The harbour board", paragraph)  # a name inside a sentence


def test_a_kept_part_is_mixed_only_when_its_block_holds_a_with_segment() -> None:
    # A snippet of a junk block (nothing `with` in it) against a name inside an
    # article sentence whose other words the annotators marked `with`.
    prompt = Segment("Support our newsroom. Become a member today.", None, Hints(tag="p"))
    paragraph = Segment(PROSE, None, Hints(tag="p"))
    withs = ["approved the new ferry timetable"]
    assert not _mixed(prompt, withs)
    assert _mixed(paragraph, withs)


PAGE = b"""<html><head><style>p.lead { color: red }</style></head><body>
<article class="post"><h1>Ferry timetable approved</h1>
<p class="lead">The harbour board approved the new ferry timetable on Monday.</p></article>
<ol id="commentlist"><li class="comment"><div class="comment-text">
<p>Finally a boat on Sundays, thank you!</p></div></li></ol>
<script>var note = "Finally a boat on Sundays, thank you!";</script>
</body></html>"""


def test_a_segment_is_traced_to_the_smallest_page_element_that_prints_it() -> None:
    texts = page_texts(PAGE)
    # The comment's paragraph, not the list, the body or the script that repeats it.
    assert source_path(texts, "Finally a boat on Sundays") == (
        "p < div.comment-text < li.comment < ol#commentlist < body < html"
    )
    assert source_path(texts, "approved the new ferry timetable").startswith(
        "p.lead < article.post"
    )
    assert source_path(texts, "color: red") is None  # styles are no text of the page


SIDEBAR_PAGE = """<html><head><meta charset="utf-8"></head><body><div id="page">
<div id="main"><article><div class="body">
<p>{prose} {prose}</p><p>The ferry will call at the north pier <b>twice a day</b> from June.</p>
<p>{prose} Islanders welcomed the change. {prose}</p></div></article></div>
<div id="side"><div class="box"><h3>Most read</h3><ul><li><a href="/a">Harbour fees rise</a></li></ul></div></div>
</div></body></html>"""


def test_blocks_are_placed_against_the_article_container() -> None:
    from articleclean.document import key_of

    tree = page_tree(SIDEBAR_PAGE.format(prose=PROSE).encode("utf-8"))
    blocks = text_blocks(tree)
    # A paragraph with a bold run inside is one block: the inline run is no block.
    bold = blocks[key_of("The ferry will call at the north pier twice a day from June.")]
    assert bold.tag == "p"
    assert key_of("twice a day") not in blocks
    prose = [(key, element) for key, element in blocks.items() if len(key) >= 100]
    container = container_of(prose)
    assert container.get("class") == "body"
    assert levels_up(container, bold) == 0
    # The sidebar's heading leaves the container three levels up (div.body < article
    # < div#main < div#page, which holds both).
    assert levels_up(container, blocks[key_of("Most read")]) == 3


CARDS_PAGE = """<html><body><main><article><div class="text">
<p>{prose}</p><ul class="facts"><li>Ferry: twice a day</li><li>Fare: 4 euros</li><li>From: June</li></ul>
</div></article>
<div class="more"><div class="card"><h3><a href="/a">Harbour fees rise</a></h3><p>Boat owners will pay more.</p></div>
<div class="card"><h3><a href="/b">New school opens</a></h3><p>Two hundred pupils start.</p></div>
<div class="card"><h3><a href="/c">Storm warning</a></h3><p>Winds of 90 km/h expected.</p></div>
<div class="card wide"><h3><a href="/d">Market moves</a></h3><p>The market moves to the pier.</p></div>
</div></main></body></html>"""


def test_a_block_in_a_row_of_linked_sibling_cards_is_counted_with_them() -> None:
    from articleclean.document import key_of

    blocks = text_blocks(page_tree(CARDS_PAGE.format(prose=PROSE).encode("utf-8")))
    # The blurb's <div class="card"> has two siblings of its tag and class, each with a
    # link; the fourth card's other class value makes it no member of the row.
    assert card_row(blocks[key_of("Boat owners will pay more.")]) == 3
    assert card_row(blocks[key_of("Market moves")]) == 0
    # The article's own list repeats <li> three times, but holds no link.
    assert card_row(blocks[key_of("Fare: 4 euros")]) == 0
    assert card_row(blocks[key_of(PROSE)]) == 0


def test_a_page_without_prose_has_no_container() -> None:
    tree = page_tree(b"<html><body><p>Contact us</p></body></html>")
    assert container_of(list(text_blocks(tree).items())) is None


def test_a_page_in_utf8_without_a_declared_charset_is_read_as_utf8() -> None:
    texts = page_texts("<html><body><p>Grüße aus Zürich</p></body></html>".encode())
    assert any(text == "Grüße aus Zürich" for _, text in texts)


def test_a_block_reads_the_class_and_id_words_of_its_element_and_ancestors() -> None:
    tree = page_tree(
        b'<html><body class="single post-12"><div id="main_col" class="td-post-content">'
        b'<p class="lead">The ferry leaves at noon.</p></div></body></html>'
    )
    paragraph = tree.find(".//p")
    # Split at spaces, hyphens and underscores; a number alone is no word.
    assert ancestor_words(paragraph) == {"lead", "main", "col", "td", "post", "content", "single"}


def test_a_class_word_is_listed_when_without_blocks_hold_it_on_two_sites() -> None:
    counts = Counter(
        {
            (("promo", "a.com"), "X"): 1,
            (("promo", "b.com"), "x"): 2,
            (("promo", "b.com"), "W"): 1,
            (("content", "a.com"), "X"): 1,
            (("content", "b.com"), "X"): 1,
            (("content", "a.com"), "W"): 9,
            (("box", "a.com"), "X"): 3,  # one site only: no evidence that it carries
            (("body", "a.com"), "W"): 5,  # no `without` block at all
        }
    )
    rows = word_rows(counts)
    assert [(word, sites) for word, sites, _ in rows] == [("promo", 2), ("content", 2)]
    assert rows[0][2] == Counter({"X": 1, "x": 2, "W": 1})


_STORY = "".join(f"<p>{PROSE} Paragraph {n} of the story.</p>" for n in range(8))
COMMENTED_PAGE = f"""<html><head><meta charset="utf-8"><title>Ferry</title></head><body>
<article class="post"><h1>New ferry timetable</h1><div class="entry-content">{_STORY}
<p>The first boat leaves at six.</p></div>
<div id="comments" class="comments-area"><h3>2 comments</h3><ol class="comment-list">
<li class="comment"><article class="comment-body"><div class="comment-content">
<p>Finally a boat on Sundays, we waited for years for this one.</p></div></article></li>
</ol></div></article></body></html>""".encode()


def test_a_lost_segment_is_looked_up_in_the_other_readings_of_the_page() -> None:
    readings = setting_texts(COMMENTED_PAGE, None)
    assert set(readings) == {"favor_recall", "favor_precision", "include_comments"}
    # The comment is in the comments' reading alone; the article's text in every one.
    assert other_settings(readings, "Finally a boat on Sundays") == ["include_comments"]
    assert other_settings(readings, "The first boat leaves at six.") == list(readings)
    assert other_settings(readings, "A line no reading prints") == []


def test_pages_are_ranked_by_the_f1_their_errors_cost() -> None:
    found = [
        Miss("https://a.example/1", "lost", "one", "extractor"),
        Miss("https://b.example/2", "kept", "two", "inside", whole=True),
        Miss("https://b.example/2", "kept", "three", "below", whole=False, mixed=False),
        Miss("https://a.example/1", "lost", "four", "removed:html_orphan_label"),
        Miss("https://c.example/3", "kept", "five", "above", whole=True),
    ]
    costs = page_costs(found, tp=16)
    # Now 2*16 / (32 + 3 + 2) = 0.8649; page a right: 36 / (36 + 3) = 0.9231;
    # page b right: 32 / (32 + 1 + 2) = 0.9143; page c right: 32 / 36 = 0.8889.
    assert [c.page for c in costs] == [
        "https://a.example/1",
        "https://b.example/2",
        "https://c.example/3",
    ]
    assert round(costs[0].f1_if_right, 4) == 0.9231
    assert costs[0].lost == Counter({"extractor": 1, "removed:html_orphan_label": 1})
    assert costs[1].kept == Counter({"inside whole": 1, "below part": 1})
    report = pages_report(costs, tp=16)
    assert report.splitlines()[0].startswith("tune F1 0.8649 (tp 16, fp 3, fn 2) over 3 pages")
    assert "+0.0582 a.example" in report
    assert report.splitlines()[-1] == "pages by errors: {1: 1, 2: 2}"


def test_the_issue_s_named_shapes_are_read_by_the_rules_patterns() -> None:
    assert named_shape("| | |") == "empty row"
    assert named_shape("| | Über 45.000 Ferienhäuser mit Hund | | | | |") == "mostly empty row"
    # A data table's row with most cells filled is no layout row.
    assert named_shape("| Vitamin C | 18 mg | (19 %) | |") is None
    assert named_shape("3/50") == "slide counter"
    assert named_shape("Bild 2 von 8 Der Hafen am Morgen") == "slide counter"
    # A recipe's quantity and a service's hours are no gallery's counters.
    assert named_shape("- 1/2 tsp vanilla extract") is None
    assert named_shape("24/7 Support") is None
    # A player's strings count only on a page that shows one of its own sentences.
    assert named_shape("Chapters") is None
    assert named_shape("Chapters", player_page=True) == "player"
    assert named_shape("The harbour board approved the timetable.", player_page=True) is None


def test_the_named_shapes_are_reported_kept_first() -> None:
    counts = Counter(
        {
            ("empty row", "removed:html_empty_row"): (27, 5),
            ("mostly empty row", "kept X"): (2, 1),
            ("mostly empty row", "kept -"): (24, 8),
        }
    )
    assert named_report(counts).splitlines()[1:] == [
        "  empty row: removed:html_empty_row 27 (5)",
        "  mostly empty row: kept - 24 (8), kept X 2 (1)",
    ]


def test_a_segment_s_visible_form_drops_only_the_invisible_characters() -> None:
    assert visible_form("der Klima\xadwandel") == "der Klimawandel"
    assert visible_form("120g kway teow\u2063") == "120g kway teow"
    assert visible_form("Zero\u200bwidth \ufeff joiner") == "Zerowidth joiner"
    # Marks and letters of any script stay.
    assert visible_form("Café – 2月17日") == "Café – 2月17日"


def test_each_miss_gets_the_cause_it_is_grouped_by() -> None:
    assert cause(Miss("u", "lost", "s", "extractor", invisible=True)) == "lost invisible"
    assert cause(Miss("u", "lost", "s", "extractor", settings=[])) == "lost extractor: no reading"
    comment = Miss("u", "lost", "s", "extractor", settings=["favor_recall", "include_comments"])
    assert cause(comment) == "lost extractor: comments"
    recall = Miss("u", "lost", "s", "extractor", settings=["favor_recall"])
    assert cause(recall) == "lost extractor: favor_recall"
    # Without `--settings` an extractor miss is only the extractor's.
    assert cause(Miss("u", "lost", "s", "extractor")) == "lost extractor"
    assert (
        cause(Miss("u", "lost", "s", "removed:html_orphan_label"))
        == "lost removed:html_orphan_label"
    )
    assert cause(Miss("u", "kept", "s", "inside", whole=False, mixed=True)) == "kept inside mixed"
    assert cause(Miss("u", "kept", "s", "below", whole=True)) == "kept below whole"


def test_causes_are_reported_lost_first_with_their_sites() -> None:
    found = [
        Miss("https://a.example/1", "kept", "one", "inside", whole=True),
        Miss("https://b.example/2", "lost", "two", "extractor", settings=[]),
        Miss("https://c.example/3", "lost", "three", "extractor", settings=[]),
        Miss("https://c.example/3", "lost", "four", "extractor", settings=[]),
        Miss("https://d.example/4", "lost", "five", "caption"),
        Miss("https://e.example/5", "kept", "six", "inside", whole=True),
    ]
    assert causes_report(found, names=1).splitlines() == [
        "cause: segments (sites) first sites",
        "  lost extractor: no reading: 3 (2) b.example, …",
        "  lost caption: 1 (1) d.example",
        "  kept inside whole: 2 (2) a.example, …",
    ]


def test_a_closing_paragraph_is_read_for_the_site_s_name_the_reader_and_the_topic() -> None:
    site = frozenset({"gleaner", "jamaica gleaner", "jamaicagleaner"})
    above = {"harbour", "board", "approved", "ferry", "timetable", "islanders"}
    pitch = "Follow The Gleaner on Twitter and send us your stories."
    assert closing_cues(pitch, site, above) == ("site", "you", "apart")
    assert closing_cues("Gefällt dir unser Klettermagazin?", frozenset(), above) == (
        "you",
        "apart",
    )
    # the article's own last paragraph: on its topic, no address, no name
    assert closing_cues(PROSE, site, above) == ()
    # "sie" is "they" in German; "Sie" inside a sentence is the reader
    assert "you" not in closing_cues("Dann wollten sie weiter fahren.", frozenset(), set())
    assert "you" in closing_cues("Verraten Sie gerne in den Kommentaren:", frozenset(), set())
    assert "you" not in closing_cues("Er kam spät. Sie warteten schon.", frozenset(), set())
    # a word of the name under four letters is no evidence ("abc" in "abcdefg")
    assert "site" not in closing_cues("An abcdefg line.", frozenset({"abc"}), set())


def test_the_closing_cues_are_reported_none_last() -> None:
    counts = Counter(
        {
            ("none", "W"): (175, 155),
            ("site you apart", "X"): (3, 3),
            ("site you apart", "W"): (3, 3),
        }
    )
    assert closing_report(counts).splitlines()[1:] == [
        "  site you apart: W 3 (3), X 3 (3)",
        "  none: W 175 (155)",
    ]
