"""CleanerConfig and the rules: every rule switched off by its name, extra phrases,
unknown options."""

from __future__ import annotations

import dataclasses

import pytest

import articleclean
from articleclean import Cleaner, CleanerConfig, ConfigError
from articleclean.pipeline import BLOCK_RULES, CONTEXT_RULES, STRUCTURE_RULES

TITLE = "Harbour bridge to close for six weeks of repairs"
P1 = (
    "The harbour bridge will close to traffic for six weeks from next month while engineers "
    "replace corroded cables, the city council said on Tuesday."
)
P2 = (
    "Buses will run a shuttle service across the river every ten minutes, and ferries will "
    "add extra crossings during the morning and evening rush hours."
)
P3 = (
    "Engineers said the corroded cables on the harbour bridge had been inspected twice last "
    "year and the repairs could not wait any longer."
)

NOTE = "Jane Carter is a reporter at the City Gazette and writes about transport and the council."


# Pictures signed with a bare name, two a name, three times (name_credit's layout).
SIGNED_PICTURES = (
    "The old cables lie coiled beside the bridge.",
    "Jane Doe",
    "A crane waits on the quay at dawn.",
    "Jane Doe",
    "Divers check the piers below the waterline.",
    "Tom Reed",
    "The control room watches the traffic on screens.",
    "Tom Reed",
    "Painters start on the towers in spring.",
    "Ana Ruiz",
    "The new deck is laid in sections.",
    "Ana Ruiz",
)


def dump(*lines: str) -> str:
    return "\n\n".join([TITLE, *lines])


# The list of addresses a text browser prints at a dump's foot: link 1 to a place in the
# page, link 5 to a picture.
BROWSER_REFERENCES = "References\n\n" + "".join(
    f"   {n}. https://e.com/{n}{'#top' if n == 1 else '.jpg' if n == 5 else ''}\n"
    for n in range(1, 9)
)


# rule name -> (a dump in which the rule acts, the line it acts on). With the rule off,
# that line must stay in the body (a repeated caption: in captions): nothing else takes it.
CASES: dict[str, tuple[str, str]] = {
    "media_placeholder": (dump(P1, "Image 1 of 12", P2), "Image 1 of 12"),
    "ad_marker": (dump(P1, "Advertisement", P2), "Advertisement"),
    # (not "Share this article": with promo_prompt off, promo_shape takes it as a request
    # to share the page)
    "promo_prompt": (dump(P1, "Leave a Reply", P2), "Leave a Reply"),
    "promo_shape": (
        dump(P1, "Die besten Nachrichten direkt in Ihr Postfach", P2),
        "Die besten Nachrichten direkt in Ihr Postfach",
    ),
    "boilerplate_notice": (
        dump(P1, P2, "We use cookies to improve your experience on our site."),
        "We use cookies to improve your experience on our site.",
    ),
    "inline_teaser": (
        dump(P1, "READ MORE: Pop star reveals secret wedding photos", P2),
        "READ MORE: Pop star reveals secret wedding photos",
    ),
    "teaser_heading": (dump(P1, P2, "Must Read."), "Must Read."),
    "credited_caption": (
        dump(P1, "Engineers inspect the cables. /Xinhua", P2),
        "Engineers inspect the cables. /Xinhua",
    ),
    "caption_sentence": (
        dump(P1, "Engineers inspect the cables in Sydney, Australia, May 3, 2024.", P2),
        "Engineers inspect the cables in Sydney, Australia, May 3, 2024.",
    ),
    "credit_line": (dump(P1, P2, "Photo: Jane Doe/Reuters"), "Photo: Jane Doe/Reuters"),
    "caption_before_credit": (
        dump(P1, "Engineers inspect the cables in the harbour.", "Photo: Jane Doe/Reuters", P2),
        "Engineers inspect the cables in the harbour.",
    ),
    "caption_at_place": (
        dump(P1, "Ein Arbeiter prüft die Kabel der Brücke in Hamburg.", "Foto: dpa", P2),
        "Ein Arbeiter prüft die Kabel der Brücke in Hamburg.",
    ),
    "caption_beside_credit": (
        dump(P1, "Photo: Jane Doe/Reuters", "The harbour bridge at dawn.", P2),
        "The harbour bridge at dawn.",
    ),
    "name_credit": (
        dump(P1, *SIGNED_PICTURES, P2),
        "Jane Doe",
    ),
    "caption_signed_by_name": (
        dump(P1, *SIGNED_PICTURES, P2),
        SIGNED_PICTURES[0],
    ),
    "caption_continued": (
        dump(
            P1,
            "Engineers inspect the corroded cables of the bridge,",
            "which reopens in May. Photo: Jane Doe/Reuters",
            P2,
        ),
        "Engineers inspect the corroded cables of the bridge,",
    ),
    "caption_moment": (
        dump(P1, "Mayor Jane Carter walks across the harbour bridge last week.", P2),
        "Mayor Jane Carter walks across the harbour bridge last week.",
    ),
    "gallery_caption": (
        dump(
            P1,
            "1/3 The harbour bridge seen from the ferry terminal.",
            "2/3 Engineers on the north tower.",
            "3/3 The corroded cables up close.",
            P2,
        ),
        "2/3 Engineers on the north tower.",
    ),
    "repeated_caption": (
        dump(
            P1, "Engineers inspect the cables. /Xinhua", "Engineers inspect the cables. /Xinhua", P2
        ),
        "Engineers inspect the cables. /Xinhua",
    ),
    "caption_title": (
        dump(P1, "Engineers inspect", "Engineers inspect the cables. /Xinhua", P2),
        "Engineers inspect",
    ),
    "picture_title": (
        dump(
            P1,
            "Engineers on the harbour bridge",
            "Engineers inspect the cables of the harbour bridge. Photo: Jane Doe/Reuters",
            P2,
        ),
        "Engineers on the harbour bridge",
    ),
    "teaser_blurb": (
        dump(P1, P2, "Must Read", "Pop star reveals secret wedding photos"),
        "Pop star reveals secret wedding photos",
    ),
    "trailing_teasers": (
        dump(
            P1,
            P2,
            P3,
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
            "Pop star reveals secret wedding photos",
        ),
        "Football club sacks manager after fifth straight defeat",
    ),
    "refrain_box": (
        dump(
            P1,
            P2,
            P3,
            "Our picks:",
            "Politics |",
            "Senator visits flooded farms in the south",
            "Politics |",
            "Governor signs school lunch bill",
            "Politics |",
        ),
        "Governor signs school lunch bill",
    ),
    "teaser_box": (
        dump(
            P1,
            "What others are reading",
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
            P2,
            P3,
        ),
        "Celebrity chef opens third restaurant in Paris",
    ),
    "closing_teasers": (
        # (a section's label over each headline: a box of headlines alone closing the dump
        # is `teaser_blurb`'s closing box since round 51)
        dump(
            P1,
            P2,
            P3,
            "Related stories",
            "Transport",
            "Will the harbour bridge cables last another winter?",
            "Transport",
            "Ferries add crossings for the bridge closure",
        ),
        "Ferries add crossings for the bridge closure",
    ),
    "labelled_teaser": (
        dump(P1, "Popular stories ▸ Pop star reveals secret wedding photos", P2),
        "Popular stories ▸ Pop star reveals secret wedding photos",
    ),
    "repeated_teaser": (
        dump(
            P1,
            "Related stories",
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
            P2,
            P3,
            "- Pop star reveals secret wedding photos",
            "Celebrity chef opens third restaurant in Paris",
        ),
        "Celebrity chef opens third restaurant in Paris",
    ),
    "labelled_copy": (
        dump(
            P1,
            "Across town | Museum returns stolen painting to its owners",
            P2,
            "Read more:",
            "Museum returns stolen painting to its owners",
            "Bakery chain closes four shops in the old town",
        ),
        "Across town | Museum returns stolen painting to its owners",
    ),
    "repeated_teaser_box": (
        dump(
            P1,
            "Across town",
            "Museum returns stolen painting to its owners",
            "Veteran goalkeeper announces retirement after twenty seasons",
            "Veteran engineers said the corroded cables on the harbour bridge had been "
            "inspected twice last year and the repairs could not wait any longer.",
            P2,
            "Read more:",
            "Bakery chain closes four shops in the old town",
            "Veteran goalkeeper announces retirement after twenty seasons",
            "Pop star reveals secret wedding photos",
        ),
        "Across town",
    ),
    "interrupting_teaser": (
        dump(P1, "Over on our pages | Museum hands stolen painting back to its owners", P3, P2),
        "Over on our pages | Museum hands stolen painting back to its owners",
    ),
    "stray_teaser": (
        dump(P1, P2, "Over on our pages | Museum hands stolen painting back to its owners", P3),
        "Over on our pages | Museum hands stolen painting back to its owners",
    ),
    "left_out_headline": (
        dump(
            P1,
            P2,
            "Elsewhere tonight",
            "Museum returns stolen painting to its owners",
            "Bakery chain closes four shops in the old town",
            "Rail union calls off weekend strike after late talks",
            "Late ferries will leave the north pier at midnight on weekdays, the operator "
            "said, and tickets bought for the bridge buses are valid on them.",
            P3,
        ),
        "Rail union calls off weekend strike after late talks",
    ),
    "teaser_list": (
        dump(
            P1,
            "- Bus route 12 to the ferry terminal",
            "Other stories from our newsroom",
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
            "- Bus route 14 to the old town",
            P2,
        ),
        "Other stories from our newsroom",
    ),
    "box_tail": (
        dump(
            P1,
            P2,
            P3,
            "You may also want to read these:",
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after defeat",
            "Pop Star Weds",
        ),
        "Pop Star Weds",
    ),
    "story_ticker": (
        dump(
            P1,
            P2,
            "18:40 Ferry timetable changes from Monday",
            "18:12 Council approves new cycle lanes",
            "17:55 Storm warning for the coast tonight",
            P3,
        ),
        "18:12 Council approves new cycle lanes",
    ),
    "cut_short_teasers": (
        dump(
            P1,
            P2,
            "Ferry timetable changes from Monday as the harbour adds two more...",
            "Council approves new cycle lanes on the main road after a long...",
            "Storm warning for the coast tonight: residents are asked to secure...",
            "Local bakery wins the regional bread prize for the third year...",
            P3,
        ),
        "Council approves new cycle lanes on the main road after a long...",
    ),
    "trailing_menu": (
        dump(P1, P2, P3, "Popular", "Steam sale", "Palworld", "Stardew Valley", "Last Epoch"),
        "Palworld",
    ),
    "prompt_tail": (
        dump(P1, P2, P3, "Subscribe now to read the full story.", "Gift vouchers in our shop"),
        "Gift vouchers in our shop",
    ),
    "teaser_section_label": (
        dump(
            P1,
            "More information",
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
            P2,
            P3,
        ),
        "More information",
    ),
    "repeated_paragraph": (dump(P1, P2, P1), P1),
    "repeated_label": (
        dump(P1, "All figures in euros.", P2, "All figures in euros.", P3),
        "All figures in euros.",
    ),
    "menu_run": (dump(P1, P2, P3, "World", "Business", "Sport"), "Business"),
    "breadcrumb": (
        dump(f"Home » City » Transport » {TITLE}", P1, P2),
        f"Home » City » Transport » {TITLE}",
    ),
    "outside_article": (
        dump(
            P1,
            P2,
            P3,
            "Weather in the city today and tomorrow",
            "Markets at noon: shares edge higher",
            "Traffic delays on the ring road tonight",
            "Tickets for the spring festival on sale now",
            "Jobs",
            "Contact the newsroom",
        ),
        "Markets at noon: shares edge higher",
    ),
    "caption_scene": (
        dump(P1, "Commuters wearing masks wait for a ferry at the harbour in Dover on Monday", P2),
        "Commuters wearing masks wait for a ferry at the harbour in Dover on Monday",
    ),
    "wire_slug": (
        dump("AP-US--Harbour-Bridge, 2nd Ld-Writethru", P1, P2),
        "AP-US--Harbour-Bridge, 2nd Ld-Writethru",
    ),
    "wire_edit_note": (
        dump("UPDATE: Adds comment from the harbour master in fifth paragraph.", P1, P2),
        "UPDATE: Adds comment from the harbour master in fifth paragraph.",
    ),
    "wire_end_mark": (dump(P1, P2, "(END)"), "(END)"),
    "footer_links": (
        dump(P1, P2, P3, "Home | Contact | Careers | Sitemap"),
        "Home | Contact | Careers | Sitemap",
    ),
    "page_title": (
        "\n\n".join([f"{TITLE} | City Gazette", TITLE, P1, P2]),
        f"{TITLE} | City Gazette",
    ),
    "title_line": (dump(P1, P2), TITLE),
    "title_site_name": (
        "\n\n".join([f"{TITLE} | City Gazette", P1, P2]),
        f"{TITLE} | City Gazette",
    ),
    "byline_line": (
        dump("By Jane Carter and Tom Fielding", P1, P2),
        "By Jane Carter and Tom Fielding",
    ),
    # The author's box after the article, a name under a line that is only a prefix:
    # `byline_line` reads the end only for a prefixed or a wire-signed line. (Until round 30
    # the case was "By" / "Jane Carter" under the headline, which `byline_line` now takes.)
    "page_byline": (dump(P1, P2, P3, "Written by", "Jane Carter"), "Jane Carter"),
    "author_note": (dump("By Jane Carter", P1, P2, P3, NOTE), NOTE),
    "author_box": (
        dump(
            P1,
            P2,
            P3,
            "About the author",
            "Jane writes about transport and the council for the City Gazette.",
        ),
        "Jane writes about transport and the council for the City Gazette.",
    ),
    "page_stamp": (
        dump(P1, P2, "24. März 2004, 19:49 | Lokales", P3),
        "24. März 2004, 19:49 | Lokales",
    ),
    "pitch_over_button": (
        dump(P1, P2, P3, "Support our reporting on the city's transport.", "Donate now"),
        "Support our reporting on the city's transport.",
    ),
    "post_navigation": (
        dump(P1, P2, P3, "Previous: Council votes on new budget", "Next: Ferry fares rise in May"),
        "Next: Ferry fares rise in May",
    ),
    "post_meta": (
        dump(P1, P2, P3, "Tags: Council, Transport, Budget"),
        "Tags: Council, Transport, Budget",
    ),
    "byline_date_stamp": (dump("By Jane Carter", "March 12, 2024", P1, P2), "March 12, 2024"),
    "headline_date_stamp": (dump("12.03.2024, 10:30 Uhr", P1, P2), "12.03.2024, 10:30 Uhr"),
    "byline_section_label": (dump("Opinion", "By Jane Carter", P1, P2), "Opinion"),
    "headline_breadcrumb": (
        "\n\n".join(["Local", "Transport", TITLE, "12.03.2024, 10:30 Uhr", P1, P2]),
        "Transport",
    ),
    "editor_credit": (
        dump(P1, P2, "Pewarta: Rina Sari", "Editor: Budi Santoso"),
        "Editor: Budi Santoso",
    ),
    "closing_address": (dump(P1, P2, "jcarter@gazette.example"), "jcarter@gazette.example"),
    "dateline_prefix": (dump("WASHINGTON (AP) — " + P1, P2), "WASHINGTON (AP) — " + P1),
    "section_heading": (dump(P1, "What happens next", P2), "What happens next"),
    # (Markdown dumps: read so by `markup="markdown"`, PAGE_ONLY below)
    "markdown_header": (
        f"Title: {TITLE}\n\nURL Source: https://example.com/bridge\n\nMarkdown Content:\n"
        + dump(P1, P2),
        "URL Source: https://example.com/bridge",
    ),
    "markdown_link_row": (
        dump(
            P1, "[Buses](https://e.com/b) [Ferries](https://e.com/f) [Trams](https://e.com/t)", P2
        ),
        "Buses Ferries Trams",
    ),
    "markdown_picture": (
        dump(P1, "[![The bridge](https://e.com/b.jpg)](https://e.com/b)", P2),
        "[![The bridge](https://e.com/b.jpg)](https://e.com/b)",
    ),
    "markdown_menu": (
        dump(
            P1,
            "- [Buses](https://e.com/b)\n- [Ferries](https://e.com/f)\n- [Trams](https://e.com/t)",
            P2,
        ),
        "Ferries",  # (a list of links loses its items' marks: `readers/markdown.py`)
    ),
    "markdown_heading": (dump(P1, "## What happens next", P2), "What happens next"),
    # (text browsers' dumps: read so by `markup="text_browser"`, PAGE_ONLY below)
    "link_references": (dump(P1, P2, BROWSER_REFERENCES), "References"),
    "link_row": (dump(P1, "[2]Buses [3]Ferries [4]Trams", P2), "Buses Ferries Trams"),
    "image_link": (
        dump(P1, "[5]The old bridge seen from the quay at dawn", P2, BROWSER_REFERENCES),
        "The old bridge seen from the quay at dawn",
    ),
    "in_page_link": (dump(P1, "[1]Back to the story", P2, BROWSER_REFERENCES), "Back to the story"),
    "link_list": (
        dump(
            P1,
            "On the waterfront",
            "* [6]Ferry fares rise in May\n* [7]New quay opens to walkers\n"
            "* [8]Harbour festival returns",
            P2,
        ),
        "* New quay opens to walkers",
    ),
    "share_row": (dump(P1, "Facebook WhatsApp Email", P2), "Facebook WhatsApp Email"),
    "above_headline": (
        "\n\n".join(["Home News Sport Weather", " " * 14 + TITLE, P1, P2, P3]),
        "Home News Sport Weather",
    ),
    # (the first line no headline, so that `title_line` takes none with the rule off)
    "centred_headline": ("\n\n".join([P1, " " * 14 + TITLE, P2, P3]), TITLE),
}

# Whole-page rules run on page dumps only (see test_dump_kind.py); their cases say so.
# Some cases turn off another rule that would take the line first.
# The outside_article case ends in a run of headlines that trailing_teasers would
# take first: the trailing rules are turned off there to test outside_article alone.
PAGE_ONLY = {
    "menu_run": {"dump": "page"},
    "outside_article": {"dump": "page", "trailing_teasers": False, "trailing_menu": False},
    "breadcrumb": {"dump": "page"},
    "repeated_label": {"dump": "page"},
    "page_byline": {"dump": "page"},
    "author_note": {"dump": "page"},
    "author_box": {"dump": "page"},
    "page_stamp": {"dump": "page"},
    # Its case is a box between two paragraphs, which teaser_box takes under any heading.
    "teaser_section_label": {"teaser_box": False},
    # "READ MORE" is a teaser heading too: labelled_teaser takes the line when it is off.
    "inline_teaser": {"labelled_teaser": False, "stray_teaser": False},
    "markdown_header": {"markup": "markdown"},
    "markdown_link_row": {"markup": "markdown"},
    "markdown_picture": {"markup": "markdown"},
    "markdown_menu": {"markup": "markdown"},
    "markdown_heading": {"markup": "markdown"},
    "link_references": {"markup": "text_browser"},
    "link_row": {"markup": "text_browser"},
    "image_link": {"markup": "text_browser"},
    "in_page_link": {"markup": "text_browser"},
    "link_list": {"markup": "text_browser"},
    "share_row": {"markup": "text_browser"},
    "above_headline": {"markup": "text_browser"},
    # (with the rule off, the line over the prose would be a section heading)
    "centred_headline": {"markup": "text_browser", "section_heading": False},
    # A labelled line about nothing the article is about, in the text: stray_teaser's too.
    "labelled_teaser": {"stray_teaser": False},
    "labelled_copy": {"stray_teaser": False},
    # A short sentence beside a credit line is caption_beside_credit's too.
    "caption_before_credit": {"caption_beside_credit": False},
    "caption_at_place": {"caption_beside_credit": False},
    # Its case's line stands under a paragraph: stray_teaser takes it when it is off.
    "interrupting_teaser": {"stray_teaser": False},
}

TEXT_RULES = [
    rule.name
    for rule in BLOCK_RULES + CONTEXT_RULES + STRUCTURE_RULES
    if not rule.name.startswith(("html_", "site_"))
]


def test_every_text_rule_has_a_case_and_a_switch() -> None:
    names = {field.name for field in dataclasses.fields(CleanerConfig)}
    assert set(TEXT_RULES) | {"dateline_prefix", "title_site_name"} == set(CASES)
    assert set(CASES) <= names


def where(article: articleclean.Article, line: str) -> str:
    if any(block.text == line for block in article.body):
        return "body"
    if article.title == line:
        return "title"
    if any(caption.raw == line for caption in article.captions):
        return "captions"
    if any(removal.text == line for removal in article.removed):
        return "removed"
    return "elsewhere"


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_on_takes_the_line_out_of_the_body(rule: str) -> None:
    text, line = CASES[rule]
    article = articleclean.clean_text(text, **PAGE_ONLY.get(rule, {}))
    if rule in ("repeated_paragraph", "repeated_label"):
        assert article.paragraphs.count(line) == 1
    elif rule in ("section_heading", "markdown_heading"):
        assert article.headings == [line]
    elif rule == "title_site_name":
        assert (article.title, article.metadata["site_name"]) == (TITLE, "City Gazette")
    else:
        assert where(article, line) != "body"
    decided = {r.rule for r in article.removed}
    if rule in decided or rule in (
        "title_line",
        "centred_headline",
        "title_site_name",
        "byline_line",
        "page_byline",
        "dateline_prefix",
        "section_heading",
        "markdown_heading",
    ):
        return
    assert rule in {
        "credited_caption",
        "caption_sentence",
        "caption_before_credit",
        "caption_at_place",
        "caption_scene",
        "caption_moment",
        "gallery_caption",
        "caption_beside_credit",
        "caption_continued",
        "caption_signed_by_name",
    }
    assert where(article, line) == "captions"


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_off_keeps_the_line_in_the_body(rule: str) -> None:
    text, line = CASES[rule]
    article = articleclean.clean_text(text, **{rule: False}, **PAGE_ONLY.get(rule, {}))
    assert rule not in {r.rule for r in article.removed}
    if rule in ("repeated_paragraph", "repeated_label"):
        assert article.paragraphs.count(line) == 2
    elif rule == "repeated_caption":
        # Without it a caption printed twice is two captions: the repeat stays in view.
        assert [caption.raw for caption in article.captions] == [line, line]
    elif rule in ("section_heading", "markdown_heading"):
        assert article.headings == []
        assert line in article.paragraphs
    elif rule == "title_site_name":
        assert article.title == line
    else:
        assert where(article, line) == "body"


def test_rule_off_through_a_config_object_and_a_cleaner() -> None:
    text, line = CASES["ad_marker"]
    config = CleanerConfig(ad_marker=False)
    assert where(articleclean.clean_text(text, config=config), line) == "body"
    assert where(Cleaner(config).clean_text(text), line) == "body"
    assert where(Cleaner().clean_text(text), line) == "removed"


@pytest.mark.parametrize(
    ("rule", "phrase", "line", "reason"),
    [
        (
            "teaser_heading",
            "From the Gazette archive",
            "From the Gazette archive",
            "related_teaser",
        ),
        ("ad_marker", "Werbeblock", "WERBEBLOCK", "ad_marker"),
        ("promo_prompt", "join the harbour club", "Join the Harbour Club today!", "promo"),
        (
            "boilerplate_notice",
            "member of the press council",
            "The Gazette is a member of the Press Council.",
            "boilerplate",
        ),
        (
            "inline_teaser",
            "gazette tip",
            "Gazette tip: where to park during the closure",
            "related_teaser",
        ),
        ("media_placeholder", "[slideshow]", "[Slideshow]", "media_placeholder"),
    ],
)
def test_extra_phrases_for_a_site(rule: str, phrase: str, line: str, reason: str) -> None:
    text = dump(P1, line, P2)
    assert where(articleclean.clean_text(text), line) == "body"
    article = articleclean.clean_text(text, extra_phrases={rule: [phrase]})
    assert [(r.reason.value, r.rule, r.text) for r in article.removed] == [(reason, rule, line)]
    assert article.paragraphs == [P1, P2]


def test_extra_teaser_heading_takes_its_blurbs() -> None:
    text = dump(P1, P2, "From the Gazette archive", "Pop star reveals secret wedding photos")
    article = articleclean.clean_text(
        text, extra_phrases={"teaser_heading": ("From the Gazette archive",)}
    )
    assert article.removed_by_reason() == {"related_teaser": 2}
    assert article.paragraphs == [P1, P2]


def test_extra_phrases_do_not_leak_into_the_default_cleaner() -> None:
    text = dump(P1, "WERBEBLOCK", P2)
    articleclean.clean_text(text, extra_phrases={"ad_marker": ["Werbeblock"]})
    assert where(articleclean.clean_text(text), "WERBEBLOCK") == "body"


@pytest.mark.parametrize(
    "call",
    [
        lambda: CleanerConfig().replace(no_such_rule=False),
        lambda: articleclean.clean_text("Some text here.", no_such_rule=False),
        lambda: articleclean.clean("Some text here.", ad_markers=False),
        lambda: Cleaner(caption_titles=False),
        lambda: CleanerConfig(extra_phrases={"no_such_rule": ["x"]}),
        lambda: CleanerConfig(extra_phrases={"title_line": ["x"]}),
        lambda: CleanerConfig(max_input_bytes=0),
        lambda: CleanerConfig(language_trials=0),
        lambda: CleanerConfig(language_sample_chars=-1),
    ],
)
def test_unknown_or_bad_options_are_config_errors(call) -> None:
    with pytest.raises(ConfigError):
        call()


def test_config_error_names_the_option() -> None:
    with pytest.raises(ConfigError, match="ad_markers"):
        articleclean.clean_text("Some text here.", ad_markers=False)


GERMAN = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz zum Schutz der Wälder "
    "beschlossen. Nach Angaben des Ministeriums sollen die Länder mehr Geld für die "
    "Aufforstung bekommen, und die Kommunen werden bei der Pflege der Wege unterstützt."
)


@pytest.mark.parametrize("trials", [1, 3, 7])
def test_language_trials_give_the_language_and_the_same_answer_each_time(trials: int) -> None:
    cleaner = Cleaner(language_trials=trials)
    answers = {cleaner.clean_text(GERMAN).language for _ in range(3)}
    assert answers == {"de"}
