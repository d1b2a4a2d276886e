"""boilerplate_notice, site_boilerplate and menu_run."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig, Reason
from articleclean.document import Segment
from articleclean.rules.base import Claimed
from articleclean.rules.boilerplate import article_table_rows, boilerplate_notice, site_boilerplate
from articleclean.rules.phrasebook import PhraseBook

CONTEXT = PhraseBook.for_config(CleanerConfig())

PARAGRAPHS = [
    "The harbour bridge will close to traffic for six weeks from next month while "
    "engineers replace corroded cables, the city council said on Tuesday.",
    "Buses will run a shuttle service across the river every ten minutes, and ferries "
    "will add extra crossings during the morning and evening rush hours.",
]


def judged(text: str, context: PhraseBook = CONTEXT) -> bool:
    return boilerplate_notice(Segment(text, (1, 1)), context)


@pytest.mark.parametrize(
    "line",
    [
        "Privacy Policy",
        "Terms of Use",
        "Privacy Policy | Terms of Use | Cookie Settings",
        "© 2024 Example Media Group. All rights reserved.",
        "Copyright 2023 The Daily Example",
        "We use cookies to personalise content and ads, to provide social media features and "
        "to analyse our traffic. We also share information about your use of our site with "
        "our partners.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Impressum",
        "Tous droits réservés",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Все права защищены",
        "版权所有 未经授权不得转载",
        "___",
        "* * *",
        # Blog platforms' own footers.
        "Simple theme. Powered by Blogger.",
        "Bloggen Sie auf WordPress.com. The Skeptical Theme.",
        "Erstelle eine kostenlose Website oder Blog – auf WordPress.com.",
        "Create a free website or blog at WordPress.com.",
        "blog comments powered by Disqus",
        # The licence notice Creative Commons' licence chooser writes, which sites copy
        # under every page (its words in each language, with the licence's name).
        "This work is licensed under a Creative Commons Attribution 4.0 International License.",
        "Content is available under Creative Commons Attribution-NonCommercial-ShareAlike "
        "unless otherwise noted.",
        "Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0 "
        "International Lizenz.",
        "Cette œuvre est mise à disposition selon les termes de la Licence Creative Commons "
        "Attribution 4.0 International.",
        "Esta obra está bajo una licencia de Creative Commons Reconocimiento 4.0 Internacional.",
        "Quest'opera è distribuita con Licenza Creative Commons Attribuzione 4.0 Internazionale.",
    ],
)
def test_notices(line: str) -> None:
    assert judged(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The court ruled that the privacy policy of the app violated European law and "
        "ordered changes within six months.",
        "Critics said the new terms of service let the company sell data to advertisers "
        "without asking users first.",
        "Das Gericht erklärte die Datenschutzerklärung des Unternehmens in weiten Teilen "
        "für unwirksam, weil sie Nutzer nicht ausreichend informiere.",
        "The museum said it would contact us again once the search was complete.",
        "Our work is to build a vibrant, usable commons, powered by collaboration.",
        # About licences, not a page's notice: no licence named after "Creative Commons".
        "Wikipedia's texts are licensed under a Creative Commons licence, which lets anyone "
        "copy them as long as the authors are named.",
        "Viele Fotografen stellen ihre Bilder unter einer Creative-Commons-Lizenz ins Netz, "
        "damit andere sie verwenden dürfen.",
    ],
)
def test_sentences_about_notices_are_content(sentence: str) -> None:
    assert not judged(sentence)
    text = "\n\n".join(["Court rules on app data", PARAGRAPHS[0], sentence, PARAGRAPHS[1]])
    assert sentence in articleclean.clean_text(text).paragraphs


# An article about technology, law or media: a headline, a byline, a dateline paragraph,
# then the sentence naming a notice's link label, then a closing paragraph (issue 14).
_ARTICLE_AROUND = {
    "en": (
        "Regulators question tech firms' new rules",
        "By Jane Doe",
        "WASHINGTON (AP) — Regulators on Monday opened an inquiry into how large technology "
        "companies change the rules their users must follow, officials said in a statement.",
        "The inquiry is expected to last several months, and the companies have said they "
        "will cooperate fully with the investigators.",
    ),
    "de": (
        "Behörden prüfen neue Regeln der Konzerne",
        "Von Anna Beispiel",
        "BERLIN (dpa) - Die Datenschutzbehörden haben am Montag eine Prüfung eingeleitet, wie "
        "große Technologiekonzerne die Regeln für ihre Nutzer ändern, teilten sie mit.",
        "Die Prüfung soll mehrere Monate dauern, und die Unternehmen haben angekündigt, "
        "umfassend mit den Behörden zusammenzuarbeiten.",
    ),
    "fr": (
        "Les régulateurs examinent les nouvelles règles",
        "Par Jeanne Exemple",
        "PARIS (AFP) - Les régulateurs ont ouvert lundi une enquête sur la manière dont les "
        "grandes entreprises technologiques changent les règles imposées à leurs utilisateurs.",
        "L'enquête devrait durer plusieurs mois et les entreprises ont promis de coopérer "
        "pleinement avec les enquêteurs chargés du dossier.",
    ),
    "es": (
        "Los reguladores examinan las nuevas reglas",
        "Por Juana Ejemplo",
        "MADRID (EFE) - Los reguladores abrieron el lunes una investigación sobre cómo las "
        "grandes empresas tecnológicas cambian las reglas que deben seguir sus usuarios.",
        "Se espera que la investigación dure varios meses y las empresas han dicho que "
        "cooperarán plenamente con los investigadores.",
    ),
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The company quietly updated its privacy policy on Tuesday after complaints."),
        ("en", "Meta changed its terms of service last week, regulators said."),
        ("en", "Users must now accept cookies before they can read any article."),
        ("en", "The studio kept all rights reserved under the 1998 agreement."),
        ("en", "Critics said the new terms of use were confusing and unfair."),
        # Someone else's words in quotation marks: the company speaks, not the site.
        ("en", "“We have rewritten our privacy policy to make it clearer,” a spokesman said."),
        ("de", "Der Konzern hat seine Datenschutzerklärung am Dienstag still und leise geändert."),
        # "Sie" opening the sentence is "she", not the reader.
        ("de", "Sie kritisierte, die neue Datenschutzerklärung von Meta sei kaum verständlich."),
        ("de", "Der Verlag hat sich im Vertrag von 1998 alle Rechte vorbehalten, hieß es."),
        ("fr", "L'entreprise a discrètement modifié sa politique de confidentialité mardi."),
        ("es", "La empresa cambió su política de privacidad el martes tras varias quejas."),
    ],
)
def test_an_articles_sentence_naming_a_notices_label_stays(language: str, sentence: str) -> None:
    # The round-64 rule took any line of up to 15 words holding the label.
    assert not judged(sentence)
    headline, byline, opening, closing = _ARTICLE_AROUND[language]
    article = articleclean.clean_text("\n\n".join([headline, byline, opening, sentence, closing]))
    assert sentence in article.paragraphs
    assert not article.removed


@pytest.mark.parametrize(
    "notice",
    [
        # The site speaks to the reader or for itself ...
        "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.",
        "Weitere Informationen finden Sie in unserer Datenschutzerklärung.",
        "Mit dem Absenden des Kommentars bestätigst Du, dass Du unsere Datenschutzerklärung "
        "gelesen hast.",
        "By continuing, you accept the Privacy Policy.",
        "This feature is not available with your current cookie settings.",
        "En poursuivant votre navigation, vous acceptez notre politique de confidentialité.",
        "Al suscribirte aceptas nuestra política de privacidad.",
        # ... or the label is a sentence, a clause or an item of its own.
        "The Example Times LTD. All rights reserved.",
        "2024 Example Media, All Rights Reserved.",
        "® 2021 Example.com - All rights reserved.",
        "Alle Rechte vorbehalten. Für die Angaben auf dieser Webseite wird keine Haftung "
        "übernommen.",
        # A prompt too short to be a sentence of the article.
        "Read the privacy policy.",
    ],
)
def test_a_notice_written_as_a_sentence_still_goes(notice: str) -> None:
    assert judged(notice)
    headline, byline, opening, closing = _ARTICLE_AROUND["en"]
    article = articleclean.clean_text("\n\n".join([headline, byline, opening, closing, notice]))
    assert notice not in article.paragraphs


@pytest.mark.parametrize(
    "credit",
    ["Foto: Jane Doe, via Wikimedia Commons | Lizenz: CC BY 4.0", "Photo: John Roe, CC BY-SA 2.0"],
)
def test_a_pictures_credit_naming_its_licence_is_no_notice(credit: str) -> None:
    # It is a caption's credit (`credit_line`, `gallery_caption`), which a notice would
    # take first (tune part: two captions of article dumps).
    assert not judged(credit)


def test_site_boilerplate_uses_learned_lines() -> None:
    line = "The Example Gazette — independent since 1888"
    learned = Segment(line, None).key
    context = PhraseBook.for_config(CleanerConfig(boilerplate_lines=frozenset({learned})))
    assert site_boilerplate(Segment(line, (1, 1)), context)
    assert not site_boilerplate(Segment(line, (1, 1)), CONTEXT)
    text = "\n\n".join(["Bridge to close", PARAGRAPHS[0], line, PARAGRAPHS[1]])
    article = articleclean.clean_text(text, boilerplate_lines=frozenset({learned}))
    assert [(r.reason, r.text) for r in article.removed] == [(Reason.SITE_BOILERPLATE, line)]


@pytest.mark.parametrize("from_markup", [False, True])
def test_a_rule_that_reads_learnt_lines_runs_only_when_a_site_gave_some(from_markup: bool) -> None:
    # Declared (`requires_config`), not named: the Cleaner does not ask it about every
    # line when the config has nothing for it to find.
    from articleclean.pipeline import BLOCK_RULES, Cleaner, _DocumentKind

    kind = _DocumentKind(has_hints=from_markup, from_markup=from_markup, article_dump=False)
    learned = frozenset({Segment("The Example Gazette", None).key})
    plain = articleclean.Cleaner()._rules("pass 1", BLOCK_RULES, kind)
    given = Cleaner(boilerplate_lines=learned)._rules("pass 1", BLOCK_RULES, kind)
    assert site_boilerplate not in plain
    assert site_boilerplate in given
    assert [rule for rule in given if rule is not site_boilerplate] == list(plain)
    # Switched off, it stays off with lines given.
    off = Cleaner(boilerplate_lines=learned, site_boilerplate=False)
    assert site_boilerplate not in off._rules("pass 1", BLOCK_RULES, kind)


def test_menu_before_and_after_article_is_removed() -> None:
    menu = ["Home", "World", "Business", "Sport"]
    footer = ["About", "Careers", "Contact", "Jobs"]
    title = "Bridge to close for repairs"
    text = "\n".join([*menu, "", title, "", PARAGRAPHS[0], "", PARAGRAPHS[1], "", *footer])
    article = articleclean.clean_text(text)
    assert article.title == "Bridge to close for repairs"
    assert article.paragraphs == PARAGRAPHS
    assert [r.text for r in article.removed] == [
        "Home",
        "World",
        "Business",
        "Sport",
        "About",
        "Careers",
        "Contact",
        "Jobs",
    ]
    assert {r.reason for r in article.removed} == {Reason.BOILERPLATE}


def test_short_lines_inside_the_article_are_not_a_menu() -> None:
    items = ["Flour", "Sugar", "Butter", "Eggs"]
    text = "\n\n".join(["Grandmother's cake recipe", PARAGRAPHS[0], *items, PARAGRAPHS[1]])
    article = articleclean.clean_text(text)
    assert article.removed == []
    assert [block.text for block in article.body] == [PARAGRAPHS[0], *items, PARAGRAPHS[1]]


def test_a_byline_between_menu_items_does_not_break_the_menu() -> None:
    # Found by hypothesis: the byline leaves the body, so cleaning the output
    # again would find "News / 0 / News" standing together and remove it then.
    text = (
        "News\n0\nVon Anna Müller\nNews\n"
        "Officials said the plan would take years to complete and cost more than expected."
    )
    # menu_run runs on page dumps; three short lines alone do not make one (dump_kind).
    article = articleclean.clean_text(text, dump="page")
    assert [r.text for r in article.removed if r.rule == "menu_run"] == ["News", "0", "News"]
    assert article.byline == ["Anna Müller"]
    assert articleclean.clean_text(article.to_text(), dump="page").removed == []


def _dump_segments(lines: list[str]) -> list[Segment]:
    return [Segment(text, (number, number)) for number, text in enumerate(lines, 1)]


TABLE_TITLE = "Cup Series standings after Richmond"
TABLE_INTRO = "Kyle Larson pulled further ahead in the standings after a wet race on Sunday."


@pytest.mark.parametrize(
    "rows",
    [
        # a column of few values, one row in two (a make)
        ["Larson", "Chevrolet", "Truex", "Toyota", "Blaney", "Toyota", "Byron", "Chevrolet"],
        # a column of first words
        ["Lundi : soupe", "Mardi : salade", "Lundi : riz", "Mardi : pâtes", "Lundi : œufs", "X"],
        # numbers in most rows
        ["Real Madrid 51", "Girona 50", "Barcelona 44", "Atlético 41", "Athletic 39", "Getafe"],
    ],
)
def test_shaped_rows_under_the_intro_are_the_article_table(rows: list[str]) -> None:
    segments = _dump_segments([TABLE_TITLE, TABLE_INTRO, *rows])
    assert article_table_rows(segments, Claimed()) == set(range(2, 2 + len(rows)))


@pytest.mark.parametrize(
    "rows",
    [
        ["Home", "News", "Sport", "Weather", "Contact", "About us"],  # all different, bare
        ["March 2024", "February 2024", "January 2024", "December 2023", "November 2023", "X"],
        ["Larson", "Chevrolet", "Truex"],  # too short
        # a menu printed twice: each item repeats once, at no fixed step
        ["Aktionen", "Themen", "Über uns", "Spenden", "Suche", "Aktionen", "Themen", "Über uns"],
    ],
)
def test_menus_archives_and_short_runs_are_no_table(rows: list[str]) -> None:
    assert not article_table_rows(_dump_segments([TABLE_TITLE, TABLE_INTRO, *rows]), Claimed())


def test_rows_after_a_teaser_heading_are_no_table() -> None:
    rows = ["Larson", "Chevrolet", "Truex", "Toyota", "Blaney", "Toyota", "Byron", "Chevrolet"]
    segments = _dump_segments([TABLE_TITLE, TABLE_INTRO, "More from Motorsport", *rows])
    segments[2].remove(Reason.RELATED_TEASER, "teaser_heading")
    assert not article_table_rows(segments, Claimed([segments[2]]))
    # An ad or a prompt taken out between the intro and the table does not end it.
    assert article_table_rows(segments, Claimed()) == set(range(3, 3 + len(rows)))


def test_rows_under_a_line_that_is_not_prose_are_no_table() -> None:
    # A long line without a full stop (a tagline, a teaser) is no introduction.
    tagline = "Latest racing news from our reporters at every track of the season"
    rows = ["Larson", "Chevrolet", "Truex", "Toyota", "Blaney", "Toyota", "Byron", "Chevrolet"]
    segments = _dump_segments([TABLE_TITLE, TABLE_INTRO, tagline, *rows])
    assert not article_table_rows(segments, Claimed())


@pytest.mark.parametrize(
    "line",
    [
        # Blog themes' navigation between posts, the account link, the way home: lines
        # of many sites (tune and test part, 5 to 26 sites each; never annotated text).
        "Beitrags-Navigation",
        "Beitragsnavigation",
        "Post navigation",
        "Mein Konto",
        "My account",
        "Zurück zur Startseite",
    ],
)
def test_site_navigation_lines_are_notices(line: str) -> None:
    assert judged(line)


def test_an_about_us_headline_in_german_is_not_a_notice() -> None:
    # "Über uns" heads a site's own page (its <h1>): left out of the list on purpose.
    assert not judged("Über uns")


def test_rows_below_a_line_are_the_same_from_there_as_from_the_top() -> None:
    # `after` starts the walk at the last line ending a block at or above it: every
    # row it gives below that line is the walk from the top's, whatever the line.
    rows = ["Larson", "Chevrolet", "Truex", "Toyota", "Blaney", "Toyota", "Byron", "Chevrolet"]
    lines = [
        TABLE_TITLE,
        TABLE_INTRO,
        *rows[:5],
        "An advert taken out between two rows of the table",
        *rows[5:],
        TABLE_INTRO,
        "Lundi : soupe",
        "Mardi : salade",
        "Lundi : riz",
        "Mardi : pâtes",
        "Lundi : œufs",
        "More from Motorsport",
        *rows,
    ]
    segments = _dump_segments(lines)
    segments[7].remove(Reason.AD_MARKER, "ad_marker")
    segments[20].remove(Reason.RELATED_TEASER, "teaser_heading")
    for ends in (Claimed(), Claimed([segments[20]])):
        for row_words, cells in ((12, True), (12, False), (1, True)):
            whole = article_table_rows(segments, ends, row_words, cells)
            assert whole  # the table under the intro is found
            for after in range(-1, len(segments)):
                below = {i for i in whole if i > after}
                found = article_table_rows(segments, ends, row_words, cells, after=after)
                assert {i for i in found if i > after} == below
