"""bench/loss_audit.py counts, per rule, junk removed and article lines lost; the
shapes' dumps label the headline printed again as the title, as the labelled page and
article dumps do."""

from __future__ import annotations

from bench import article_shapes, loss_audit
from bench.labelled_dumps import AD, BODY, TITLE, Line

import articleclean

PROSE = [
    "The council approved the new cycle lane on Tuesday after a debate that lasted four hours.",
    "Work on the lane is to start in spring and should be finished before the summer holidays.",
]


def _dump(lines: list[Line]) -> loss_audit.Dump:
    return loss_audit.Dump("test", "example.org", *article_shapes._dump(lines))


def test_junk_and_lost_lines_are_counted_by_rule_and_site() -> None:
    lines = [
        Line("Council approves cycle lane", TITLE),
        Line(PROSE[0], BODY),
        Line("ADVERTISEMENT", AD),
        Line(PROSE[1], BODY),
        # Labelled article text on purpose: the audit must count it lost to its rule.
        Line("Follow us on Twitter", BODY),
    ]
    counts: dict[str, loss_audit.RuleCount] = {}
    loss_audit.audit_one(_dump(lines), articleclean.clean_text, counts)
    assert counts["ad_marker"].junk == 1
    assert counts["ad_marker"].junk_sites == {"example.org": 1}
    assert counts["promo_prompt"].lost == 1
    assert counts["promo_prompt"].examples == ["test example.org: Follow us on Twitter"]
    assert sum(c.lost for c in counts.values()) == 1


def test_a_line_kept_in_another_copy_is_not_lost() -> None:
    lines = [Line("Council approves cycle lane", TITLE), Line(PROSE[0], BODY)]
    lines += [Line(PROSE[1], BODY), Line(PROSE[1], BODY)]
    counts: dict[str, loss_audit.RuleCount] = {}
    loss_audit.audit_one(_dump(lines), articleclean.clean_text, counts)
    assert sum(c.lost for c in counts.values()) == 0


def test_article_as_page_counts_what_the_page_rules_cut_of_an_article_dump() -> None:
    # The article's own closing list (streets and lengths, no sentence): kept when the
    # dump is read as an article, cut by the whole-page rules when it is taken for a page.
    rows = ["Mill Road: 1.2 km", "Station Street: 0.8 km", "Bridge Lane: 2.1 km"]
    rows += ["Park Avenue: 0.5 km", "High Street: 1.4 km", "Canal Walk: 3.0 km"]
    lines = [Line("Council approves cycle lane", TITLE)] + [Line(text, BODY) for text in PROSE]
    dump = _dump(lines + [Line(row, BODY) for row in rows])
    assert loss_audit.MAKERS["article as page"] is loss_audit.article_dumps
    as_article: dict[str, loss_audit.RuleCount] = {}
    loss_audit.audit_one(dump, loss_audit._articleclean, as_article)
    as_page: dict[str, loss_audit.RuleCount] = {}
    loss_audit.audit_one(dump, loss_audit.CLEANERS["article as page"], as_page)
    assert sum(c.lost for c in as_article.values()) == 0
    assert sum(c.lost for c in as_page.values()) == len(rows)


def test_the_headline_printed_again_in_a_shapes_dump_is_labelled_title() -> None:
    lines = [
        Line("Council approves cycle lane", TITLE),
        Line("Council approves cycle lane", BODY),
        Line(PROSE[0], BODY),
    ]
    _, labels = article_shapes._dump(lines)
    assert [label for label in labels if label] == [TITLE, TITLE, BODY]


def test_the_headline_printed_again_in_a_page_dump_is_labelled_title() -> None:
    # The page's own <h1> and a copy of it inside the article: the copy is the title
    # printed twice, not a paragraph the cleaner may lose, in a page dump as in an
    # article dump.
    page = [
        Line("Home", loss_audit.labelled_dumps.CHROME),
        Line("Council approves cycle lane", TITLE),
        Line("Council Approves Cycle Lane", BODY),
        Line(PROSE[0], BODY),
    ]
    item = loss_audit.labelled_dumps.Labelled(
        "https://example.org/a", "tune", "Council approves cycle lane", [], page
    )
    item.article = [page[1], page[2], page[3]]
    _, page_labels = loss_audit.labelled_dumps.page_dump(item)
    assert page_labels == [loss_audit.labelled_dumps.CHROME, TITLE, TITLE, BODY]
    _, article_labels = loss_audit.labelled_dumps.article_dump(item)
    assert [label for label in article_labels if label] == [TITLE, TITLE, BODY]


def test_stress_variants_are_built_from_the_short_lines() -> None:
    short = [Line(f"Item number {n}", BODY) for n in range(6)]
    article = [Line("A list of items", TITLE), Line(PROSE[0], BODY), *short]
    item = loss_audit.labelled_dumps.Labelled("https://example.org/a", "tune", None, [], [])
    item.article = article
    made = loss_audit.stress_variants([item])
    assert [x.text for x in made["list only"][0][1]] == ["A list of items"] + [
        x.text for x in short
    ]
    assert made["bulleted"][0][1][1].text == "- Item number 0"
    assert made["no title"][0][1][0].text == PROSE[0]


def test_footer_stress_rows_put_the_pages_last_chrome_lines_after_the_cut_dump() -> None:
    chrome = loss_audit.labelled_dumps.CHROME
    short = [Line(f"Item number {n}", BODY) for n in range(6)]
    footer = [Line(f"Footer link {n}", chrome) for n in range(10)]
    page = [Line("Home", chrome), Line(PROSE[0], BODY), *short, *footer]
    item = loss_audit.labelled_dumps.Labelled("https://example.org/a", "tune", None, [], page)
    item.article = [Line("A list of items", TITLE), Line(PROSE[0], BODY), *short]
    made = loss_audit.stress_variants([item])
    lines = made["cut + footer"][0][1]
    assert [x.text for x in lines] == [x.text for x in item.article] + [
        x.text for x in footer[-loss_audit._FOOTER_LINES :]
    ]
    noisy = [x.text for x in made["cut + noise x2 + footer"][0][1]]
    assert noisy[-loss_audit._FOOTER_LINES :] == [x.text for x in footer[-8:]]
    assert [x for x in noisy if x.startswith("Item number")] == [x.text for x in short]


def test_round_33_stress_rows_cut_the_prose_to_a_sentence_and_put_the_chrome_after() -> None:
    chrome = loss_audit.labelled_dumps.CHROME
    short = [Line(f"Item number {n}", BODY) for n in range(6)]
    after = [Line(f"Share link {n}", chrome) for n in range(7)]
    footer = [Line(f"Footer link {n}", chrome) for n in range(30)]
    page = [Line("Home", chrome), Line(PROSE[0], BODY), *short, *after, *footer]
    item = loss_audit.labelled_dumps.Labelled("https://example.org/a", "tune", None, [], page)
    two = PROSE[0] + " " + PROSE[1]
    item.article = [Line("A list of items", TITLE), Line(two, BODY), *short]
    made = loss_audit.stress_variants([item])
    brief = [x.text for x in made["cut, short prose"][0][1]]
    assert brief == ["A list of items", PROSE[0], *(x.text for x in short)]
    lines = made["cut + chrome after"][0][1]
    assert [x.text for x in lines] == [x.text for x in item.article] + [
        x.text for x in after[: loss_audit._AFTER_LINES]
    ]


def test_round_23_shapes_keep_every_short_line_and_vary_what_stands_around_them() -> None:
    short = [Line(f"Item number {n}", BODY) for n in range(6)]
    again = Line("A list of items", BODY)  # the headline printed again
    article = [Line("A list of items", TITLE), again, Line(PROSE[0], BODY), *short]
    article.append(Line("Advertisement", AD))
    item = loss_audit.labelled_dumps.Labelled("https://example.org/a", "tune", None, [], [])
    item.article = article
    made = article_shapes.variants([item])
    # (the round 29 "few after prose" rows want 3 paragraphs: none from this item)
    texts = {name: [x.text for x in dumps[0]] for name, dumps in made.items() if dumps}
    items = [x.text for x in short]
    assert texts["short lines only"] == [
        "A list of items",
        "A list of items",
        *items,
        "Advertisement",
    ]
    assert [x for x in texts["short lines only, no title + noise"] if x in items] == items
    assert TITLE not in {x.label for x in made["short lines only, no title + noise"][0]}
    # the list under the title and its print again, before the prose
    assert texts["list first + noise"][0] == "A list of items"
    assert [x for x in texts["list first + noise"] if x in items or x == PROSE[0]] == [
        *items,
        PROSE[0],
    ]
    rows = [x for x in texts["rows piped"][1:] if x != PROSE[0]]
    assert any(" | " in x for x in rows)
    assert " | ".join(rows).split(" | ") == ["A list of items", *items]  # every cell, in order
    listed = ["A list of items", *items]
    assert texts["rows marked, no title"] == [f"{n + 1}. {x}" for n, x in enumerate(listed)]


def test_the_article_s_table_is_built_a_row_a_line_and_a_page_s_menu_is_not() -> None:
    html = (
        b"<html><body><ul><li>Home</li><li>News</li><li>Sport</li><li>Contact</li></ul>"
        b"<table><tr><th>Pos</th><th>Driver</th></tr><tr><td>1</td><td>Kyle Larson</td></tr>"
        b"<tr><td>2</td><td>Ryan Blaney</td></tr><tr><td>3</td><td>Denny Hamlin</td></tr>"
        b"</table></body></html>"
    )
    body = {"pos", "driver", "1", "kyle larson", "2", "ryan blaney", "3", "denny hamlin"}
    blocks = article_shapes.html_blocks(html, body)
    assert blocks == [
        (
            ["Pos Driver", "1 Kyle Larson", "2 Ryan Blaney", "3 Denny Hamlin"],
            ["Pos", "Driver", "1", "Kyle Larson", "2", "Ryan Blaney", "3", "Denny Hamlin"],
        )
    ]


def test_a_built_dump_prints_a_block_s_lines_one_under_the_other() -> None:
    lines = [
        Line("Council approves cycle lane" + article_shapes._BREAK, TITLE),
        Line(PROSE[0] + article_shapes._BREAK, BODY),
        Line("1 Main Street", BODY),
        Line("2 Station Road" + article_shapes._BREAK, BODY),
    ]
    text, labels = article_shapes.built_dump(lines)
    assert text == f"Council approves cycle lane\n\n{PROSE[0]}\n\n1 Main Street\n2 Station Road\n\n"
    assert labels == [TITLE, "", BODY, "", BODY, BODY, ""]


def test_round_29_few_after_prose_ends_the_dump_with_3_to_5_short_lines() -> None:
    short = [Line(f"Item number {n}", BODY) for n in range(7)]
    prose = [Line(text, BODY) for text in (*PROSE, *PROSE)][:4]
    article = [Line("A list of items", TITLE), prose[0], *short[:3], *prose[1:], *short[3:]]
    article.append(Line("Advertisement", AD))
    items = []
    for n in range(3):
        item = loss_audit.labelled_dumps.Labelled(f"https://example.org/{n}", "tune", None, [], [])
        item.article = article
        items.append(item)
    made = article_shapes.variants(items)
    for name, first in (("first few after prose", True), ("last few after prose", False)):
        dumps = made[name]
        assert len(dumps) == 3
        for count, lines in zip((3, 4, 5), dumps, strict=True):
            # the title, the first 3 paragraphs, then the run; no junk, nothing after it
            assert lines[:4] == [article[0], *prose[:3]]
            expected = short[:count] if first else short[-count:]
            assert lines[4:] == expected


def test_rows_give_a_table_a_row_and_context_marks_what_a_rule_removed(monkeypatch) -> None:
    # Round 30: `--rows` splits a source by its rows, `--context RULE` prints a rule's
    # removals with their neighbours (new functions: this fails on main, which has neither).
    lines = [Line("Council approves cycle lane", TITLE), Line(PROSE[0], BODY)]
    lines += [Line("ADVERTISEMENT", AD), Line(PROSE[1], BODY)]
    text, labels = article_shapes._dump(lines)
    dumps = [
        loss_audit.Dump("shapes/cut", "example.org", text, labels),
        loss_audit.Dump("shapes/short", "example.net", text, labels),
    ]
    monkeypatch.setitem(loss_audit.MAKERS, "shapes", lambda which, limit: iter(dumps))
    by_row = loss_audit.audit(["shapes"], rows=True)
    assert set(by_row) == {"shapes/cut", "shapes/short"}
    assert by_row["shapes/cut"]["ad_marker"].junk == 1
    assert set(loss_audit.audit(["shapes"])) == {"shapes"}
    shown = list(loss_audit.context("ad_marker", ["shapes"], only="example.org"))
    assert shown[0].startswith("== shapes/cut example.org (read as article")
    assert "X ad      ADVERTISEMENT" in shown
    assert not any(line.startswith("X") and "cycle lane" in line for line in shown)


def test_box_over_rows_finds_the_runs_of_rows_after_longer_lines() -> None:
    # Fails on main (round 35's source): the first three runs of two or more rows that
    # follow two longer lines are where a teaser block is put; a run at the top, a lone
    # row and the rows of a run already counted are not.
    lines = [
        "Ingredients",
        "Flour",
        PROSE[0],
        PROSE[1],
        "200 g flour",
        "Two eggs",
        "A pinch of salt",
        PROSE[0],
        "Serve warm",
        PROSE[1],
        "Oven: 180 degrees",
        "Bake for 40 minutes",
        "Let it cool",
    ]
    assert loss_audit._row_runs(lines) == [4, 10]
    assert loss_audit.MAKERS["box over rows"] is loss_audit.box_over_rows_dumps


def test_round_37_labels_after_prose_ends_the_dump_with_every_short_line_cut_short() -> None:
    short = [Line(f"Item number {n} here", BODY) for n in range(7)]
    prose = [Line(text, BODY) for text in PROSE][:2]
    article = [Line("A list of items", TITLE), prose[0], *short[:3], prose[1], *short[3:]]
    article.append(Line("Advertisement", AD))
    item = loss_audit.labelled_dumps.Labelled("https://example.org/0", "tune", None, [], [])
    item.article = article
    (lines,) = article_shapes.variants([item])["labels after prose"]
    # the title, the first 2 paragraphs, then each short line cut to its first word or two,
    # no junk, nothing after the run
    assert lines[:3] == [article[0], *prose]
    assert [x.text for x in lines[3:]] == [
        "Item" if n % 2 == 0 else "Item number" for n in range(7)
    ]
    assert {x.label for x in lines[3:]} == {BODY}


def test_places_count_lost_lines_by_rule_place_and_size_inside_the_article() -> None:
    # Round 54: `place_one` sorts what each rule took by where it stands against the kept
    # body (above, amid, below) and by size, article lines only inside the annotated
    # article's container, junk wherever it stands (new function: fails on main).
    from articleclean.article import Article, Block, Reason, Removal

    text = "\n".join(
        [
            "Menu",  # 1 junk above
            "Lanes",  # 2 article heading above the run (cut)
            PROSE[0],  # 3 kept
            "Timetable",  # 4 subheading between the parts (cut)
            PROSE[1],  # 5 kept
            "Mill Road: 1.2 km",  # 6 the article's list under the run (cut)
            "Station Street: 0.8 km",  # 7 ... printed outside the container (not counted)
            PROSE[1],  # 8 a copy of a kept line (not lost)
            "Imprint",  # 9 junk below
        ]
    )
    labels = ["chrome", BODY, BODY, BODY, BODY, BODY, BODY, BODY, "chrome"]
    dump = loss_audit.Dump("page", "example.org", text, labels, frozenset({7}))

    def clean(_: str) -> Article:
        removed = [
            Removal(Reason.BOILERPLATE, "outside_article", "", (n, n)) for n in (1, 2, 6, 7, 8, 9)
        ]
        removed.append(Removal(Reason.BOILERPLATE, "repeated_label", "", (4, 4)))
        body = [Block("paragraph", PROSE[0], (3, 3)), Block("paragraph", PROSE[1], (5, 5))]
        return Article(body=body, removed=removed)

    counts: dict[tuple[str, str, str], loss_audit.RuleCount] = {}
    loss_audit.place_one(dump, clean, counts)
    lost = {key: c.lost for key, c in counts.items() if c.lost}
    assert lost == {
        ("outside_article", "above", "short"): 1,
        ("repeated_label", "amid", "short"): 1,
        ("outside_article", "below", "short"): 1,
    }
    assert counts[("outside_article", "above", "short")].junk == 1
    assert counts[("outside_article", "below", "short")].junk == 1
    assert counts[("outside_article", "below", "short")].examples == [
        "example.org: Mill Road: 1.2 km"
    ]


def test_induced_counts_only_what_the_shape_loses_beyond_the_article_dump(monkeypatch) -> None:
    # Round 55: a shape is made of the labelled article dump's lines, so it inherits that
    # dump's losses (the labels' floor); `induced` counts the rest, by the kind read.
    url = "https://example.org/a"
    article = [
        Line("Council approves cycle lane", TITLE),
        Line(PROSE[0], BODY),
        Line("Follow us on Twitter", BODY),
        Line(PROSE[1], BODY),
    ]
    shape = [*article[:2], Line("Sign up for our newsletter", BODY), *article[2:]]

    def article_dumps(which: str, limit: int | None = None):
        yield loss_audit.Dump("article", "example.org", *article_shapes._dump(article), url=url)

    def shape_dumps(which: str, limit: int | None = None):
        yield loss_audit.Dump("shapes/x", "example.org", *article_shapes._dump(shape), url=url)

    monkeypatch.setattr(loss_audit, "article_dumps", article_dumps)
    monkeypatch.setitem(loss_audit.MAKERS, "shapes", shape_dumps)
    floor = loss_audit.lost_texts(next(article_dumps("tune")), articleclean.clean_text)
    assert floor == {loss_audit._norm("Follow us on Twitter")}
    counts = loss_audit.induced(("shapes",))["shapes, read as article"]
    assert sum(c.lost for c in counts.values()) == 1
    assert [x for c in counts.values() for x in c.examples] == [
        "shapes/x example.org: Sign up for our newsletter"
    ]


def test_losing_lists_each_dump_over_the_share_with_the_rule_of_each_lost_line(
    monkeypatch,
) -> None:
    # Round 57: the documents losing more than a tenth, line by line, with what took each.
    losing = [Line("Council approves cycle lane", TITLE), *(Line(t, BODY) for t in PROSE)]
    losing.append(Line("Follow us on Twitter", BODY))
    whole = [Line("Council approves cycle lane", TITLE), *(Line(t, BODY) for t in PROSE)]

    def dumps(which: str, limit: int | None = None):
        yield loss_audit.Dump("article", "a.example", *article_shapes._dump(losing))
        yield loss_audit.Dump("article", "b.example", *article_shapes._dump(whole))

    monkeypatch.setitem(loss_audit.MAKERS, "article", dumps)
    out = list(loss_audit.losing_docs("article", 0.1))
    assert out[0] == "== article a.example: 1 of 3 (33%), read as article"
    assert out[1].split() == ["7", "promo_prompt", "Follow", "us", "on", "Twitter"]
    assert len(out) == 3  # b.example loses nothing: not listed
    assert out[2].startswith("1 dumps lose more than 10% of their article lines")
    assert out[2].endswith("by claim: promo_prompt 1")
