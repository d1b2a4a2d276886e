"""credit_line, credited_caption, caption_sentence, and how captions come out."""

from __future__ import annotations

import unicodedata

import pytest

import articleclean
from articleclean import CleanerConfig, Reason
from articleclean.document import Segment
from articleclean.rules.captions import caption_sentence, credit_line, credited_caption
from articleclean.rules.credits import split_credit
from articleclean.rules.phrasebook import PhraseBook
from harbour_article import AFTER, BEFORE, article_with

CONTEXT = PhraseBook.for_config(CleanerConfig())


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "A girl holds her phone in Nairobi, Kenya, November 8, 2018. /CFP",
            "A girl holds her phone in Nairobi, Kenya, November 8, 2018.",
            "CFP",
        ),
        ("Workers repair the road. /Xinhua", "Workers repair the road.", "Xinhua"),
        ("Protesters march in Lagos. (Photo: Reuters)", "Protesters march in Lagos.", "Reuters"),
        (
            "The minister arrives at the summit. Photo: AP",
            "The minister arrives at the summit.",
            "AP",
        ),
        (
            "Fans cheer in the rain. Photo by Jane Doe/Getty Images",
            "Fans cheer in the rain.",
            "Jane Doe/Getty Images",
        ),
        (
            "The singer on stage in Paris. AFP via Getty Images",
            "The singer on stage in Paris.",
            "AFP via Getty Images",
        ),
        (
            "The senator speaks to reporters. (AP Photo/John Smith)",
            "The senator speaks to reporters.",
            "AP Photo/John Smith",
        ),
        (
            "A view of the bank. REUTERS/Hollie Adams/File Photo",
            "A view of the bank.",
            "REUTERS/Hollie Adams/File Photo",
        ),
        ("A lifeboat at sea. Credit: RNLI", "A lifeboat at sea.", "RNLI"),
        (
            "Der Minister spricht im Bundestag. Foto: Kay Nietfeld/dpa",
            "Der Minister spricht im Bundestag.",
            "Kay Nietfeld/dpa",
        ),
        (
            "Le président à Paris. Photo : Ludovic Marin / AFP",
            "Le président à Paris.",
            "Ludovic Marin / AFP",
        ),
        (
            "La ministra en Moncloa. EFE/Fernando Alvarado",
            "La ministra en Moncloa.",
            "EFE/Fernando Alvarado",
        ),
        ("Petani di sawah. (Foto: Antara)", "Petani di sawah.", "Antara"),
        ("Премьер на совещании. Фото: ТАСС", "Премьер на совещании.", "ТАСС"),
        ("图为北京市一处老旧小区。图/新华社", "图为北京市一处老旧小区。", "新华社"),
        (
            "Fireworks over the harbour. (Xinhua/Li Xin)",
            "Fireworks over the harbour.",
            "Xinhua/Li Xin",
        ),
        # Credits by their structure: a marker and a name at the end of the line.
        (
            "Protesters march in La Paz, Bolivia. © Reuters / David Mercado",
            "Protesters march in La Paz, Bolivia.",
            "Reuters / David Mercado",
        ),
        (
            "A man walks past a shop in Kyiv | Reuters Images",
            "A man walks past a shop in Kyiv",
            "Reuters Images",
        ),
        ("Police stand outside the court (AP photo)", "Police stand outside the court", "AP photo"),
        (
            "Firefighters battle a blaze in Sydney. Xinhua/Bai Xuefei",
            "Firefighters battle a blaze in Sydney.",
            "Xinhua/Bai Xuefei",
        ),
        (
            "Volunteers clear debris after the storm in Manila Xinhua/Li Wei",
            "Volunteers clear debris after the storm in Manila",
            "Xinhua/Li Wei",
        ),
        ("A woman shops in Delhi. Photo: IANS", "A woman shops in Delhi.", "IANS"),
        (
            "The skyline at dusk. Jane Doe/iStock/Getty Images",
            "The skyline at dusk.",
            "Jane Doe/iStock/Getty Images",
        ),
        ("Des élèves en classe. Crédit : AFP", "Des élèves en classe.", "AFP"),
        ("Presidente de EEUU, Joe Biden / AFP", "Presidente de EEUU, Joe Biden", "AFP"),
        ("The striker trains in Bridgetown. (FILE)", "The striker trains in Bridgetown.", "FILE"),
        (
            "Brandtner beantwortet Fragen von Reporter:innen Foto: Jonas Weidlich/dpa",
            "Brandtner beantwortet Fragen von Reporter:innen",
            "Jonas Weidlich/dpa",
        ),
        (
            "Die Querriegel werden aufgesteckt.© Hoklatherm",
            "Die Querriegel werden aufgesteckt.",
            "Hoklatherm",
        ),
        # the news agencies bylines know take pictures too (lexicon.NEWS_AGENCIES)
        (
            "Protesters march in Seoul. (Jane Doe/UPI)",
            "Protesters march in Seoul.",
            "Jane Doe/UPI",
        ),
        (
            "Eileen Gu, Freestylerin. © GETTY IMAGES / MADDIE MEYER",
            "Eileen Gu, Freestylerin.",
            "GETTY IMAGES / MADDIE MEYER",
        ),
    ],
)
def test_credit_forms(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)
    segment = Segment(line, (1, 1))
    verdict = credited_caption(segment, CONTEXT)
    assert verdict is not None
    assert (verdict.caption_text, verdict.credit) == (caption, credit)
    assert (segment.caption_text, segment.credit) == (None, None)  # a rule changes nothing


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures were first reported by Reuters.",
        "Sales rose 5 percent in the first half, the company said on Monday.",
        "The ratio of nurses to patients fell to 1/8 in the worst-hit wards.",
        "He has worked as a photographer for the AP and for Getty Images for twenty years.",
        "Photo finishes decided three of the five races on Saturday.",
        # A headline announcing media is a teaser's, not a caption with a credit.
        "Stars arrive for the gala on the harbour (PHOTOS)",
        "Bridge cables snap during the storm (VIDEO)",
    ],
)
def test_sentences_without_a_credit(sentence: str) -> None:
    assert split_credit(sentence) is None
    assert sentence in article_with(sentence).paragraphs


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo: Reuters", "Reuters"),
        ("(Photo: Samir Hussein/WireImage)", "Samir Hussein/WireImage"),
        ("Foto: dpa", "dpa"),
        ("Фото: ТАСС", "ТАСС"),
        ("Getty Images", "Getty Images"),
        ("图/新华社", "新华社"),
        # The picture's role as the label: the lead picture's credit
        ("Titelbild: Jane Doe/picture-alliance", "Jane Doe/picture-alliance"),
        ("Beitragsbild: Unsplash", "Unsplash"),
        ("Crédits photos : Jean Dupont", "Jean Dupont"),
        ("Photo Credit: Jane Doe", "Jane Doe"),
    ],
)
def test_credit_on_a_line_of_its_own(line: str, credit: str) -> None:
    verdict = credit_line(Segment(line, (1, 1)), CONTEXT)
    assert verdict is not None and verdict.credit == credit


def test_credit_line_attaches_to_the_caption_before_it() -> None:
    caption = "A man walks past the closed bridge in the harbour district."
    article = article_with(caption, "Photo: Jane Doe/Reuters")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Jane Doe/Reuters")]
    assert [(r.reason, r.text) for r in article.removed] == [
        (Reason.PHOTO_CREDIT, "Photo: Jane Doe/Reuters")
    ]
    assert article.paragraphs == [BEFORE, AFTER]


def test_a_paragraph_signed_by_its_agency_is_not_a_caption() -> None:
    # Three sentences and the wire's "(dpa)": the article's text, not a picture's caption.
    paragraph = (
        "Die Stadt hat die Brücke vor Monaten gesperrt. Ein Neubau ist umstritten. "
        "Die Opposition lehnt die Pläne ab, der Bürgermeister zögert noch. (dpa)"
    )
    article = article_with(paragraph)
    assert article.captions == []
    assert paragraph in article.paragraphs


def test_a_caption_label_copied_from_the_page_marks_a_caption() -> None:
    article = article_with("Image caption Commuters wait for the ferry at the harbour")
    assert [c.text for c in article.captions] == ["Commuters wait for the ferry at the harbour"]


def test_a_line_that_starts_with_its_credit_is_a_caption() -> None:
    line = "Photo: Jane Doe Archives Le Devoir Les trottinettes attendent devant la gare centrale"
    verdict = caption_sentence(Segment(line, (1, 1)), CONTEXT)
    assert verdict is not None and verdict.caption_text == line.removeprefix("Photo: ")


@pytest.mark.parametrize(
    "line",
    [
        "Foto: dpa",  # a credit alone
        # The plural announces a gallery: a teaser's headline.
        "Photos: Before and after satellite photos of the Bay Area after the storms",
    ],
)
def test_lines_starting_with_a_credit_label_that_are_no_caption(line: str) -> None:
    assert not caption_sentence(Segment(line, (1, 1)), CONTEXT)


def test_a_long_numbered_figure_caption() -> None:
    line = (
        "Abbildung 7: Schneehöhenverlauf an der Station Robièi (1890 m). Die Schneehöhe im "
        "Winter 2022 ist stark unterdurchschnittlich. Am 19. Januar erreichte die Station mit "
        "5 cm ein neues Minimum in der langen Messreihe der Station, die bis in das Jahr 1950 "
        "zurückreicht."
    )
    assert len(line.split()) > 40
    assert caption_sentence(Segment(line, (1, 1)), CONTEXT)


@pytest.mark.parametrize(
    "heading",
    [
        # Headings of a page that stand above a picture's credit: they speak to the
        # reader or ask, or name what someone does only late in the line.
        "Your knees may thank you if you take a short walk every day",
        "Auf oder zu? So lüften Sie während des Sommerurlaubs richtig",
        "His opponents don't lack for material to use.",
    ],
)
def test_a_heading_before_a_credit_is_not_a_caption(heading: str) -> None:
    article = article_with(heading, "Photo: Jane Doe/Reuters")
    assert article.captions == []
    assert heading in [block.text for block in article.body]


@pytest.mark.parametrize(
    ("lines", "credit"),
    [
        # Over 12 words, so that caption_beside_credit does not ask them: only the verb
        # cue of caption_before_credit could, and capitalised these words are no verb.
        (
            (
                "Stand der Dinge ist, dass die Arbeiten an der Brücke im Mai beginnen und "
                "bis zum Herbst dauern werden.",
            ),
            "Foto: dpa",
        ),
        (
            (
                "Take the ferry across the river instead of the bridge, or leave the car at "
                "home and walk to work.",
            ),
            "Photo: Reuters",
        ),
        (
            (
                "Zeigt die Ampel Rot, müssen alle Radfahrer an der Brücke warten, auch wenn "
                "kein Auto kommt.",
            ),
            "Foto: Jane Doe/dpa",
        ),
    ],
)
def test_a_capitalised_verb_word_before_a_credit_is_no_caption(
    lines: tuple[str], credit: str
) -> None:
    article = article_with(*lines, credit)
    assert article.captions == []
    assert lines[0] in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Der Bürgermeister steht mit seiner Stellvertreterin auf der neuen Brücke über den "
        "Rhein am Morgen.",
        "During the opening ceremony, the mayor cuts the ribbon on the new footbridge over "
        "the harbour.",
        "Pictured: the new footbridge over the harbour on the first morning it was open to "
        "walkers.",
    ],
)
def test_a_verb_cue_in_its_place_before_a_credit_is_a_caption(line: str) -> None:
    assert len(line.split()) > 12  # past caption_beside_credit's length
    article = article_with(line, "Foto: Jane Doe/dpa")
    assert [(c.text, c.credit) for c in article.captions] == [(line, "Jane Doe/dpa")]


def test_a_scene_before_a_credit_is_a_caption() -> None:
    scene = "Commuters wearing masks wait for a train at the harbour station"
    article = article_with(scene, "Photo: Jane Doe/Reuters")
    assert [(c.text, c.credit) for c in article.captions] == [(scene, "Jane Doe/Reuters")]


def test_credit_after_a_paragraph_does_not_make_it_a_caption() -> None:
    # A picture without a caption: the paragraph before its credit is article text.
    paragraph = "The first ferry arrived at 10:40 with 168 passengers on board."
    article = article_with(paragraph, "Фото: ТАСС")
    assert article.captions == []
    assert article.paragraphs == [BEFORE, paragraph, AFTER]
    assert article.removed_by_reason() == {"photo_credit": 1}


@pytest.mark.parametrize(
    "line",
    [
        "A girl holds her smartphone as she studies online at Riruta suburb in Nairobi, Kenya, November 8, 2018.",
        "Senate Majority Leader Chuck Schumer speaks to reporters at the Capitol in Washington, Thursday, Dec. 19, 2024.",
        "A man walks past a closed shop in Shanghai on March 3, 2022.",
        "A man walks past a shop closed due to the lockdown in Shanghai, China, March 3, 2022.",
    ],
)
def test_caption_sentences(line: str) -> None:
    assert caption_sentence(Segment(line, (1, 1)), CONTEXT)


@pytest.mark.parametrize(
    "line",
    [
        "The law takes effect on January 1, 2025.",
        "The minister is expected to visit the site in Brussels on March 3, 2024.",
        "The company said the plant closed on March 3, 2024.",
        "Voting opens on Monday, November 4, 2024.",
    ],
)
def test_sentences_ending_in_a_date_are_content(line: str) -> None:
    assert not caption_sentence(Segment(line, (1, 1)), CONTEXT)
    assert line in article_with(line).paragraphs


def test_doubled_caption_gives_one_caption_and_one_removal() -> None:
    line = "Crowds gather at the bridge in Sydney, Australia, May 3, 2024. (Photo: AFP)"
    article = article_with(line, line)
    assert [(c.text, c.credit, c.raw) for c in article.captions] == [
        (line.removesuffix(" (Photo: AFP)"), "AFP", line)
    ]
    assert [(r.reason, r.rule, r.lines) for r in article.removed] == [
        (Reason.DUPLICATE_CAPTION, "repeated_caption", (7, 7))
    ]


def test_caption_title_line_is_removed() -> None:
    title = "Crowds gather at the bridge"
    line = "Crowds gather at the bridge in Sydney, Australia, May 3, 2024. /AFP"
    article = article_with(title, line)
    assert [c.credit for c in article.captions] == ["AFP"]
    assert [(r.reason, r.rule, r.text) for r in article.removed] == [
        (Reason.DUPLICATE_CAPTION, "caption_title", title)
    ]


def test_a_caption_that_repeats_the_headline_leaves_the_headline() -> None:
    # The lead picture's caption is often the headline again: the first line stays the title.
    title = "Harbour bridge to close"
    article = articleclean.clean_text(
        "\n\n".join([title, BEFORE, f"{title}. Photo: Reuters", AFTER])
    )
    assert article.title == title
    assert [(c.text, c.credit) for c in article.captions] == [(f"{title}.", "Reuters")]
    assert article.removed == []


def test_the_headline_printed_again_below_is_still_a_repeated_caption() -> None:
    title = "Harbour bridge to close"
    article = articleclean.clean_text(
        "\n\n".join([title, BEFORE, f"{title}. Photo: Reuters", title, AFTER])
    )
    assert article.title == title
    assert [(r.rule, r.lines) for r in article.removed] == [("repeated_caption", (7, 7))]


def test_a_copyright_notice_is_not_a_credit() -> None:
    # "© 2021 …" is the notice boilerplate_notice removes; "© Name" ends a caption.
    assert split_credit("Copyright © 2021 Example Media. All rights reserved.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Commuters wearing protective masks wait for a train inside the metro station in Madrid",
        "Workers at a hair salon work on customers, all wearing face masks in Athens on Monday",
        "People enjoying the autumn sunshine as they punt along the river in Cambridge",
    ],
)
def test_scene_without_credit_or_full_stop_is_a_caption(line: str) -> None:
    article = article_with(line)
    assert [caption.text for caption in article.captions] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Commuters wearing masks wait for trains in Madrid.",  # a sentence: article text
        "What happens to the bridge in Dover",  # a heading: names no one doing anything
        "Engineers will be working on the bridge in Dover next year",  # a plan, not a picture
        "Residents said they were waiting for news in Dover on Monday",  # reported speech
        "methods without touching the original method; Hooks in Scheme",  # wrapped text
    ],
)
def test_lines_that_are_not_scenes(line: str) -> None:
    assert line in [block.text for block in article_with(line).body]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("© Matthias Hangst/Getty Images", "Matthias Hangst/Getty Images"),
        ("© KastnerMotion", "KastnerMotion"),
        ("Bildquelle: Jonas Wendler", "Jonas Wendler"),
        ("Photo courtesy: Jane Doe", "Jane Doe"),
        ("Foto by A. Diez Herrero", "A. Diez Herrero"),
    ],
)
def test_copyright_sign_credits_are_credit_lines(line: str, credit: str) -> None:
    article = article_with(line)
    assert [(r.reason, r.text) for r in article.removed] == [(Reason.PHOTO_CREDIT, line)]


@pytest.mark.parametrize(
    "line",
    [
        "© 2008-2013 Tobias Wendrich. Impressum & Datenschutz",
        "© hille medien | 2023 | Impressum",
        "© Example Media GmbH, alle Rechte vorbehalten",
    ],
)
def test_copyright_notices_are_not_credit_lines(line: str) -> None:
    assert credit_line(Segment(line, (1, 1)), CONTEXT) is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Paul Volcker and the president during a meeting in 2009. (Saul Loeb/AFP/Getty Images)",
            "Paul Volcker and the president during a meeting in 2009.",
            "Saul Loeb/AFP/Getty Images",
        ),
        (
            "Ein Minister bei einer Rede in Chengdu picture alliance / Lotus News Agency | Han Bo",
            "Ein Minister bei einer Rede in Chengdu",
            "picture alliance / Lotus News Agency | Han Bo",
        ),
        (
            "Vue du port de Marseille au lever du soleil. CC BY-SA 4.0",
            "Vue du port de Marseille au lever du soleil.",
            "CC BY-SA 4.0",
        ),
        (
            "Вид на порт на рассвете. Photographer: Ivan Petrov",
            "Вид на порт на рассвете.",
            "Ivan Petrov",
        ),
        (
            "Cranes unload containers at the harbour. Jane Doe/Reuters files",
            "Cranes unload containers at the harbour.",
            "Jane Doe/Reuters files",
        ),
        (
            "The mayor opens the bridge. (Jane Doe/Harbour Gazette)",
            "The mayor opens the bridge.",
            "Jane Doe/Harbour Gazette",
        ),
        (
            "Solaranlage auf einem Dach in Kenia. Shutterstock / Jane Doe",
            "Solaranlage auf einem Dach in Kenia.",
            "Shutterstock / Jane Doe",
        ),
        (
            "Un buque en el puerto de Vigo (Armada Española vía AP)",
            "Un buque en el puerto de Vigo",
            "Armada Española vía AP",
        ),
        (
            "Ein Frachter im Hamburger Hafen. (Symbolbild)",
            "Ein Frachter im Hamburger Hafen.",
            "Symbolbild",
        ),
        (
            "Statek w porcie, zdjęcie ilustracyjne / Źródło: Pixabay",
            "Statek w porcie, zdjęcie ilustracyjne",
            "Pixabay",
        ),
        # A wire or picture agency alone after the caption's sentence.
        (
            "Pingüinos en la Antártida el 11 de febrero. EFE",
            "Pingüinos en la Antártida el 11 de febrero.",
            "EFE",
        ),
        # A bar, a bullet or a spaced slash sets the credit off instead of a full stop.
        ("Rep. Jane Roe. | John Doe/Getty Images", "Rep. Jane Roe.", "John Doe/Getty Images"),
        ("Jean Jaurès à l'Assemblée• Crédits : Getty", "Jean Jaurès à l'Assemblée", "Getty"),
        ("Max Muster / Erika Muster/GettyImages", "Max Muster", "Erika Muster/GettyImages"),
        # A credit label glued to a caption without a full stop, naming a few words.
        ("Demut hinter Masken Foto: Adobe Stock", "Demut hinter Masken", "Adobe Stock"),
        # A licence after a dash or a bar, with the picture's credit before it.
        (
            "Die Akademie am Gendarmenmarkt. – Bild: Max Muster, Lizenz CC BY-SA 4.0",
            "Die Akademie am Gendarmenmarkt.",
            "Max Muster, Lizenz CC BY-SA 4.0",
        ),
        ("Der Präsident in Kiew | Lizenz: CC BY 4.0", "Der Präsident in Kiew", "Lizenz: CC BY 4.0"),
        # A stock or file picture, said in brackets after any caption or after its sentence.
        (
            "Umzug zum Stadtteilfest am Hafen (Symbolbild)",
            "Umzug zum Stadtteilfest am Hafen",
            "Symbolbild",
        ),
        (
            "Die Kinder waren noch sehr klein (Symbolbild).",
            "Die Kinder waren noch sehr klein",
            "Symbolbild",
        ),
        (
            "El avión fue detenido en Guatemala. Archivo.",
            "El avión fue detenido en Guatemala.",
            "Archivo",
        ),
        # A photographer and his paper in brackets, on a line of their own.
        ("(Jane Doe / Houston Chronicle)", "", "Jane Doe / Houston Chronicle"),
        # "via" names who passed the picture on, as "by" names who took it.
        (
            "Mekhi at the nationals in 2017. Photo via Evert Tennis Academy",
            "Mekhi at the nationals in 2017.",
            "Evert Tennis Academy",
        ),
        (
            "Der Hafen bei Nacht. Foto via Wikimedia Commons",
            "Der Hafen bei Nacht.",
            "Wikimedia Commons",
        ),
        # A photographer's name alone in brackets after the caption's sentence.
        (
            "Ada Álvarez anticipó que renunciará a la presidencia. (Teresa Canino Rivera)",
            "Ada Álvarez anticipó que renunciará a la presidencia.",
            "Teresa Canino Rivera",
        ),
        (
            "Der Bürgermeister eröffnet die Brücke. (Thomas M. Weber)",
            "Der Bürgermeister eröffnet die Brücke.",
            "Thomas M. Weber",
        ),
        # A capture of a screen, said after the caption's sentence.
        (
            "Ein Foto aus ruhigeren Zeiten. (Kurier24 – Twitter Screenshot)",
            "Ein Foto aus ruhigeren Zeiten.",
            "Kurier24 – Twitter Screenshot",
        ),
        (
            "The mayor on the council's stream. (screen grab)",
            "The mayor on the council's stream.",
            "screen grab",
        ),
        (
            "La alcaldesa en la sesión. (Captura de pantalla)",
            "La alcaldesa en la sesión.",
            "Captura de pantalla",
        ),
        # A credit word in brackets with its maker after it, or after the maker.
        ("Die Brücke am Morgen (Foto: privat)", "Die Brücke am Morgen", "privat"),
        ("The bridge at dawn (Reuters Photo)", "The bridge at dawn", "Reuters Photo"),
        (
            "Der Hafen (Quelle: Foto Steven Vangermain)",
            "Der Hafen",
            "Foto Steven Vangermain",
        ),
        # After an agency's slash: a photographer, another agency, the archive or the pool.
        ("The summit opens (AFP/Pool)", "The summit opens", "AFP/Pool"),
        ("Le sommet (EPA/Jane van der Doe)", "Le sommet", "EPA/Jane van der Doe"),
        ("Die Brücke 1950 (dpa/Archiv)", "Die Brücke 1950", "dpa/Archiv"),
        ("The summit opens (AFP/Getty Images)", "The summit opens", "AFP/Getty Images"),
        ("The summit opens (AFP/HO)", "The summit opens", "AFP/HO"),
        ("The summit opens (AFP  /  Jane Doe)", "The summit opens", "AFP  /  Jane Doe"),
    ],
)
def test_more_credit_structures(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # A free picture library's name ends the caption.
        (
            "Vista del puerto al amanecer Wikimedia Commons",
            "Vista del puerto al amanecer",
            "Wikimedia Commons",
        ),
        ("Der Leuchtturm im Nebel Pixabay", "Der Leuchtturm im Nebel", "Pixabay"),
        # A graphic's or an illustration's label after a spaced dash.
        (
            "Plan der Altstadt von Lübeck - Grafik: Stadtarchiv",
            "Plan der Altstadt von Lübeck",
            "Stadtarchiv",
        ),
        (
            "Map of the new tram lines – Illustration: Jane Doe",
            "Map of the new tram lines",
            "Jane Doe",
        ),
        # Any credit label after a spaced dash.
        ("Die Brücke am Morgen – Foto: Max Muster", "Die Brücke am Morgen", "Max Muster"),
        ("Le pont au petit matin - Photo : Jean Dupont", "Le pont au petit matin", "Jean Dupont"),
        # A photographer, a slash and a picture desk no agency list names.
        (
            "Il porto di Genova all'alba. Marco Rossi/Comune di Genova",
            "Il porto di Genova all'alba.",
            "Marco Rossi/Comune di Genova",
        ),
        (
            "The ferry leaves the harbour. Jane Doe/harbourgazette.example",
            "The ferry leaves the harbour.",
            "Jane Doe/harbourgazette.example",
        ),
        # A stock site's user name that opens with digits, before the agency's slash.
        ("© 2630ben / Getty Images / iStock", "", "2630ben / Getty Images / iStock"),
        # The copyright sign's credit in brackets after the caption.
        (
            "Reiter im Parcours von Aachen. (© FEI/Christophe Taniere)",
            "Reiter im Parcours von Aachen.",
            "FEI/Christophe Taniere",
        ),
        (
            "Le port de Marseille au lever du jour (©AFP)",
            "Le port de Marseille au lever du jour",
            "AFP",
        ),
        # A labelled credit in brackets that ends the caption's sentence.
        (
            "Skifahrer in der Nordflanke des Piz Sol (Foto: U. Muster, 15.01.2022).",
            "Skifahrer in der Nordflanke des Piz Sol",
            "U. Muster, 15.01.2022",
        ),
        # The photographer and the agency's own "Photo".
        (
            "The senator and his wife at the White House in September. | Jane Doe/AP Photo",
            "The senator and his wife at the White House in September.",
            "Jane Doe/AP Photo",
        ),
        # A stock site's user name and the agency in brackets.
        (
            "A pupil sharpening pencils before an exam (brightlens42/iStock)",
            "A pupil sharpening pencils before an exam",
            "brightlens42/iStock",
        ),
        (
            "Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)",
            "Das Hermelin ist im Winter gut getarnt.",
            "mlharing / iStock.com",
        ),
    ],
)
def test_credit_structures_without_a_known_agency(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Illustration: Jane Doe/Harbour Times", "Jane Doe/Harbour Times"),
        ("Ilustración: Ana García", "Ana García"),
        ("Infografik: Max Muster", "Max Muster"),
        ("Image copyright AFP", "AFP"),
        ("Archivo/El Heraldo", "Archivo/El Heraldo"),
        ("iStock/Jane Doe", "iStock/Jane Doe"),
        ("Anna Berg/bildbank.example.se", "Anna Berg/bildbank.example.se"),
        ("Unsplash", "Unsplash"),
    ],
)
def test_more_credits_on_a_line_of_their_own(line: str, credit: str) -> None:
    verdict = credit_line(Segment(line, (1, 1)), CONTEXT)
    assert verdict is not None and verdict.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe / 25. Oktober 2023",  # a byline's name and date
        "Debian GNU/Linux 12",  # no given name before the slash
        "Serena Williams/Venus Williams",  # a doubles pair: a second person, no desk
        "Leiter Einkauf / Stellvertretender Geschäftsführer",  # two roles
        "Die Grafik zeigt den Verlauf.",  # the word inside a sentence, no label
        "Mehr Bilder gibt es auf Wikimedia Commons.",  # a sentence that names the library
        "Grafik: Die Mieten steigen weiter",  # a chart's title, no maker's name
        "Dieser Beitrag steht unter der Lizenz CC BY-SA 4.0",  # the article's licence notice
        "Veröffentlicht am 12. März 2024, 09:47 / ©7tage.at",  # the site's notice, no desk
        "(© 2024 Harbour Gazette)",  # a year after the sign: a copyright notice
        "© 2fly4 - Alle Angaben ohne Gewähr!",  # digits first and no slash: a notice
    ],
)
def test_lines_that_look_like_credits_without_a_desk(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize(
    ("caption", "credit_line", "credit"),
    [
        ("Der Hafen von Lübeck um 1900.", "Grafik: Stadtarchiv Lübeck", "Stadtarchiv Lübeck"),
        ("El puerto de Valencia al amanecer.", "Archivo/El Heraldo", "Archivo/El Heraldo"),
        (
            "Commuters wait for the ferry at the harbour.",
            "Jane Doe/harbourgazette.example",
            "Jane Doe/harbourgazette.example",
        ),
    ],
)
def test_a_desk_credit_line_goes_to_the_caption_above_it(
    caption: str, credit_line: str, credit: str
) -> None:
    article = article_with(caption, credit_line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BEFORE, AFTER]


def test_a_numbered_figure_caption_of_four_sentences() -> None:
    line = (
        "Figure 3: Snow depth at the harbour station from November to April. The winter of "
        "2022 was far below the mean for most of the season. On 19 January the station "
        "recorded 5 cm, a new minimum in a series that goes back to 1950, and the depth did "
        "not recover before the thaw. The grey band shows the range of the ten winters before."
    )
    assert len(line.split()) > 60
    assert [caption.text for caption in article_with(line).captions] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose 3% | Reuters said",
        "He joined the CC BY team in March.",
        "The debate pitted two candidates (Hillary Clinton/Bernie Sanders)",  # no sentence before
        "Die Quelle: dpa",  # a source word, no caption before it
        "Prices rose again in March. Source: Reuters",  # the paragraph's facts, not a picture
        "Neu im Sortiment (gilt auch für das © Feiertags-Angebot):",  # announces a list
        "Schau dir dieses Foto an: Der Hund",  # the label word inside a sentence
        "Das zeigt ein Foto: die Brücke am Morgen",  # lower-case words after the colon
        "Die Sitzung fand im Rathaus statt. (Santa Cruz)",  # a place, not a photographer
        "Der Rat stimmte zu. (Bundesrat Nord)",  # no given name: an institution
        "The debate went on for hours. (Harbour Council)",
        "The mayor (Jane Doe) opened the bridge",  # no sentence before the brackets
        "Klicken Sie dann auf OK. (siehe Screenshot)",  # points to a picture, credits none
        "Die Preise stiegen im Winter deutlich (siehe Foto).",
        "Then click on Save. (see screenshot below)",
        # A credit word that points to a picture, with no full stop after it, names no one.
        "Die Preise stiegen im Winter deutlich (siehe Foto)",
        "(Siehe Foto)",
        "Die Brücke im Sommer (Foto oben)",
        "Regardez le pont (voir Photo)",
        "El puente del puerto se cierra (+ Fotos y Video)",
        # After an agency's slash: a pollster, an editor's initials, not a photographer.
        "Support for the plan fell to 38% (Reuters/Ipsos)",
        "Only 41% back the bridge toll (Reuters/Ipsos poll)",
        "Am Abend sagte die Bürgermeisterin dann doch ihre Teilnahme zu. (dpa/lhe)",
    ],
)
def test_lines_that_only_mention_an_agency_or_licence(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Abbildung 4: Die grösste Lawine wurde am Gürgaletsch ausgelöst.",
        "Abb. 6: Holzfloß auf dem Rhein bei Bonn, kolorierter Kupferstich.",
        "Figure 2: Ozone levels over the harbour in July",
        "Рис. 1. Схема моста",
        "Jannik Brösel (l.) und Mirko Vandahl haben einen guten Draht.",
        "The mayor (left) and her deputy open the bridge.",
        "Bürgermeister Max Müller (Mitte) eröffnet die Brücke.",
        "Michael Sokoll, Brigitte Baur und Nicole Schneeberger (von links) sprachen.",
        "La alcaldesa (izq.) y su adjunto abren el puente.",
        "Juan Pérez (izquierda) y Luis Gómez (derecha) podrían verse cara a cara.",
        "A prefeita (esquerda) e o vice abrem a ponte.",
    ],
)
def test_lines_that_say_they_describe_a_picture(line: str) -> None:
    article = article_with(line)
    assert [caption.text for caption in article.captions] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Figure skating returns to the harbour rink on Monday, the city said.",
        "As figure 2 shows, the bridge carried 40,000 cars a day before it closed.",
        "Turn left (or right) at the harbour and follow the signs to the ferry.",
        "(right) in front of you",  # a fragment: no one placed
        "Im Ofen (Mitte) in 15 Minuten backen, bis sie goldbraun sind.",  # the oven's shelf
    ],
)
def test_lines_that_only_mention_figures_or_sides(line: str) -> None:
    assert line in [block.text for block in article_with(line).body]


def _credit_lines() -> list[str]:
    # Every credit the tests above split, plus CJK labels and "Photo by" forms.
    lines = [
        args[0]
        for test in (
            test_credit_forms,
            test_more_credit_structures,
            test_credit_structures_without_a_known_agency,
        )
        for mark in test.pytestmark  # type: ignore[attr-defined]
        for args in mark.args[1]
    ]
    return [
        *lines,
        "上海外滩夜景。图/新华社",
        "上海外滩夜景（图片来源：视觉中国）",
        "The harbour at dawn. Photo by Jane Doe",
        "Der Hafen am Morgen. Foto von Max Muster",
        "A man walks past a shop in Kyiv. Image: Reuters",
        "Presse-Statement / Quelle: dpa",
    ]


def test_credit_form_prechecks_pass_every_line_the_form_matches() -> None:
    # split_credit skips a form whose precheck fails; the precheck only saves a
    # search, so it must pass every line the form's pattern matches.
    from articleclean.rules.credits import _CREDIT_WINDOW, _TRAILING_CREDITS

    matched = 0
    for line in _credit_lines():
        start = max(0, len(line) - _CREDIT_WINDOW)
        for form in _TRAILING_CREDITS:
            if form.pattern.search(line, start) is not None:
                matched += 1
                assert form.may_match(line, start), (form.pattern.pattern, line)
    assert matched >= len(_credit_lines())


# caption_at_place: a one-sentence line naming a known place, above a credit line.

PLACE_P1 = (
    "Der Umbau der Gleisanlagen am Hauptbahnhof beginnt im März und soll bis zum Herbst "
    "dauern, teilte ein Sprecher der Bahn am Montag mit."
)
PLACE_P2 = (
    "Während der Bauarbeiten fallen mehrere Verbindungen aus, vor allem die Regionalzüge "
    "am Wochenende sind betroffen."
)


def _placed(line: str, credit: str = "Foto: Jan Woitas/dpa", **config: object) -> list[str]:
    text = "\n\n".join(["Umbau am Hauptbahnhof beginnt", PLACE_P1, line, credit, PLACE_P2])
    # (caption_beside_credit takes any short sentence beside a credit: off, to test this rule)
    config.setdefault("caption_beside_credit", False)
    article = articleclean.clean_text(text, **config)
    return [caption.text for caption in article.captions]


@pytest.mark.parametrize(
    "line",
    [
        "Bauarbeiter prüfen die Gleise am Hauptbahnhof in Leipzig.",
        "Vecinos hacen cola ante la entrada del mercado central de Valencia.",
        "Des coureurs franchissent la ligne d'arrivée sur la place Bellecour à Lyon.",
    ],
)
def test_a_sentence_naming_a_place_above_a_credit_is_its_caption(line: str) -> None:
    assert _placed(line) == [line]
    assert _placed(line, caption_at_place=False) == []


@pytest.mark.parametrize(
    "line",
    [
        # two sentences: a paragraph above a picture without a caption
        "Die Bahn baut in Leipzig. Die Arbeiten dauern bis zum Herbst und kosten viel Geld.",
        # no known place
        "Bauarbeiter prüfen die Gleise am Hauptbahnhof.",
        # it announces what follows
        "Die wichtigsten Änderungen in Leipzig im Überblick:",
    ],
)
def test_other_lines_above_a_credit_stay_in_the_body(line: str) -> None:
    assert _placed(line) == []


# --- round 15: credits and captions by structure ------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # glued to the caption where the page set the credit in an element of its own
        (
            "Una de las sedes de la Fundación Puerto del Alba.Cedida",
            "Una de las sedes de la Fundación Puerto del Alba.",
            "Cedida",
        ),
        (
            "Rosa Elena Quintero, abogada y asesora empresarialCedida",
            "Rosa Elena Quintero, abogada y asesora empresarial",
            "Cedida",
        ),
        (
            "Rodolfo Méndez, director de la empresa en Costa Rica. Cortesía/La República",
            "Rodolfo Méndez, director de la empresa en Costa Rica.",
            "Cortesía/La República",
        ),
        (
            "The new wing of the museum seen from the river. Courtesy of Acme Architects",
            "The new wing of the museum seen from the river.",
            "Courtesy of Acme Architects",
        ),
    ],
)
def test_a_courtesy_credit_ends_a_caption(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)
    article = article_with(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "El club cedió el estadio por cortesía.",
        "Los jugadores agradecieron la cortesía del público.",
        "Staff thanked the visitors for their courtesy.",
        "Common Courtesy",
    ],
)
def test_courtesy_in_a_sentence_is_no_credit(line: str) -> None:
    assert split_credit(line) is None


def test_a_caption_label_glued_to_its_caption() -> None:
    article = article_with(
        "Media captionHow campervans are giving night-shift nurses a place to rest"
    )
    assert [c.text for c in article.captions] == [
        "How campervans are giving night-shift nurses a place to rest"
    ]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "Daniel R. Whitcombe campaigns in Austin last week.",
        "Nora and Felix last March, in their final joint appearance.",
        "Angela Merkel with the French president in Paris last May",
        "Serena Williams and her coach earlier this month",
    ],
)
def test_someone_at_a_moment_gone_by_in_the_present_is_a_caption(line: str) -> None:
    article = article_with(line)
    assert [c.text for c in article.captions] == [line]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "Daniel Whitcombe campaigned in Austin last week.",  # the past tense: the article's text
        "Anna Smith plans to retire in 2025.",  # what will be
        "The best phones we tested in 2024",  # names no one
        "Maria Lopez joined the board last year and leads its audit committee.",
        "Sarah Jones, who founded the firm in 2014. She sold it last year.",  # two sentences
        "What did Peter Hall do last week?",
        "John Smith told reporters last week the bridge is safe",
    ],
)
def test_lines_that_name_a_past_moment_and_stay(line: str) -> None:
    article = article_with(line)
    assert article.captions == []
    assert line in [block.text for block in article.body]  # a paragraph, or a heading


SLIDES = [
    "1/4 Die Top-4 Campingbusse im Überblick: Nummer 1, der Klassiker unter den kompakten Bussen.",
    "2/4 Ein weiterer Klassiker unter den kompakten Campingbussen, seit drei Jahrzehnten gebaut.",
    "3/4 Die Nummer eins unter den Komfort-Campingbussen mit Bad.",
    "4/4 Klingt italienisch, kommt jedoch aus Hessen.",
]


def test_numbered_gallery_slides_are_captions() -> None:
    article = article_with(*SLIDES)
    assert [c.text for c in article.captions] == [slide[4:] for slide in SLIDES]
    assert article.paragraphs == [BEFORE, AFTER]


def test_gallery_slides_in_any_order_are_captions() -> None:
    slides = [
        "3/3 Les vendanges au lever du jour.",
        "2/3 Le pressoir du domaine.",
        "1/3 La cave voûtée.",
    ]
    article = article_with(*slides)
    assert [c.text for c in article.captions] == [slide[4:] for slide in slides]


def test_gallery_slides_after_a_bullet_or_dash_are_captions() -> None:
    slides = ["- 1/3 La cave voûtée.", "- 2/3 Le pressoir du domaine.", "• 3/3 Les vendanges."]
    article = article_with(*slides)
    assert [c.text for c in article.captions] == [slide[6:] for slide in slides]


@pytest.mark.parametrize(
    "lines",
    [
        # a recipe's amounts: different totals, lower case after the fraction
        ("1/2 cup creamy peanut butter", "2/3 cup chocolate chips", "1/4 tsp sea salt"),
        # dated items: the numbers skip (no slide 1, 2, 3)
        (
            "10/11 Communiqué : la France autorise l'extraction de gaz",
            "9/11 Abandon du projet dans le Gard",
            "3/11 Plus de 250 groupes disent non",
        ),
        # two slides are no gallery
        ("1/5 Der erste Schritt.", "2/5 Der zweite Schritt."),
    ],
)
def test_numbered_lines_that_are_no_gallery(lines: tuple[str, ...]) -> None:
    article = article_with(*lines)
    assert article.captions == []
    body = [block.text for block in article.body]  # paragraphs, or a short line a heading
    assert all(line in body for line in lines)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Kjell Holmner/Göteborg & Co", "", "Kjell Holmner/Göteborg & Co"),
        (
            "Ein Blick über den Hafen von Göteborg. Foto: Jörg Müller",
            "Ein Blick über den Hafen von Göteborg.",
            "Jörg Müller",
        ),
        ("Vue du port de Gênes. Crédit : Hélène Dupré", "Vue du port de Gênes.", "Hélène Dupré"),
    ],
)
def test_credits_in_decomposed_unicode(line: str, caption: str, credit: str) -> None:
    # Letters written as a base letter and a combining mark ("o" + U+0308) read as the
    # same credit as the composed ones.
    decomposed = unicodedata.normalize("NFD", line)
    assert decomposed != line
    assert split_credit(decomposed) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # a word that is also a given name, going on in lower case; a possessive year
        "Fares stay at last year's level, and the first crossing leaves the north pier at half past six.",
        "Tom Hanks's new film opens in cinemas across the country in 2025",  # may be to come
        "Tom Hanks and his wife in 2014",  # a year says no more than when
        "Grace periods end in March 2024 for most borrowers",
    ],
)
def test_a_given_name_that_names_no_one_is_no_moment(line: str) -> None:
    article = article_with(line)
    assert article.captions == []
    assert line in [block.text for block in article.body]


def _body(article: articleclean.Article) -> list[str]:
    return [block.text for block in article.body]


# caption_continued: a caption broken over two lines.


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Aron und Gianni beobachten die Vögel am Hang,",
            "damit die Betreuer wissen, wo sie jagen. © Jane Doe",
        ),
        ("Engineers inspect the corroded cables of the bridge,", "which reopens in May. /Xinhua"),
    ],
)
def test_a_caption_broken_over_two_lines(first: str, second: str) -> None:
    article = article_with(first, second)
    assert [c.raw for c in article.captions] == [first, second]
    assert article.paragraphs == [BEFORE, AFTER]


def test_a_sentence_before_a_caption_in_lower_case_stays() -> None:
    # The line ends its sentence: a paragraph above the picture, not the caption's start.
    first = "Engineers inspect the corroded cables of the bridge."
    article = article_with(first, "which reopens in May. /Xinhua")
    assert first in article.paragraphs


# caption_beside_credit: one short sentence right above or below a credit line.


@pytest.mark.parametrize(
    "lines",
    [
        ("A lineman repairs a broken cable near the substation.", "Photo: John Roe/AP"),
        ("© Frank Derer", "Der Bartgeier Bavaria im Flug."),
        ("Reacción del expresidente a las acusaciones.", "(Foto: Captura de pantalla)"),
        ("Foto: Jan Woitas/dpa", "Im Frühling wie im Herbst ist Trondheim eine Reise wert!"),
    ],
)
def test_a_short_sentence_beside_a_credit_line_is_its_caption(lines: tuple[str, str]) -> None:
    caption = next(line for line in lines if line.endswith((".", "!")))
    article = article_with(*lines)
    assert [c.raw for c in article.captions] == [caption]
    assert article.paragraphs == [BEFORE, AFTER]
    off = articleclean.clean_text(
        "\n\n".join(["Harbour bridge to close", BEFORE, *lines, AFTER]),
        caption_beside_credit=False,
    )
    assert caption in _body(off)


@pytest.mark.parametrize(
    "line",
    [
        "His crew had worked for twenty hours without a break.",  # goes on from the text
        "Sie arbeiteten zwanzig Stunden ohne Pause am Netz.",
        "Will the grid hold up this winter?",  # asks
        "Das Wichtigste in Kürze: drei neue Linien ab März.",  # a label and a colon
        "Hier finden Sie alle Termine der Stadtwerke.",  # speaks to the reader
        "The storm brought down more than 200 power lines across the valley on Sunday.",  # long
    ],
)
def test_other_short_lines_beside_a_credit_stay(line: str) -> None:
    assert line in _body(article_with(line, "Photo: John Roe/AP"))


# Round 50, capplace: Polish, Russian, Czech and some French papers open a caption with
# its place and a full stop; read as two sentences, the caption was none, and the credit
# signed the article's short line below it instead.
_BELOW_CREDIT = "Crews worked through the night to restore power."


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Wrocław. Minister rozmawia z dziennikarzami przed ratuszem.", "Fot. Jan Kowalski/PAP"),
        ("PARIS. Des manifestants devant l'Assemblée nationale.", "Photo: AFP"),
        ("Москва. Ana García отвечает на вопросы журналистов.", "Фото: ТАСС"),
        ("New York. Protesters march along Fifth Avenue.", "Photo: John Roe/AP"),
    ],
)
def test_a_caption_opening_with_its_place_is_one_caption(caption: str, credit: str) -> None:
    article = article_with(caption, credit, _BELOW_CREDIT)
    assert [c.raw for c in article.captions] == [caption]
    assert article.paragraphs == [BEFORE, _BELOW_CREDIT, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        # No place first: two sentences, no caption (nor is the line below the credit's).
        "Kowalski. Minister rozmawia z dziennikarzami przed ratuszem.",
        "Again. The council voted for the new timetable on Tuesday.",
    ],
)
def test_a_first_sentence_that_is_no_place_keeps_two_sentences(line: str) -> None:
    article = article_with(line, "Photo: John Roe/AP", _BELOW_CREDIT)
    assert line in _body(article)


def test_the_line_under_the_lead_pictures_credit_may_be_the_standfirst() -> None:
    # The credit right under the headline is the lead picture's; the short sentence below
    # it is the article's standfirst.
    standfirst = "Crews worked through the night to restore power."
    article = articleclean.clean_text(
        "\n\n".join(
            [
                "Storm leaves thousands without power",
                "Photo: Jane Doe/Reuters",
                standfirst,
                BEFORE,
                AFTER,
            ]
        )
    )
    assert article.title == "Storm leaves thousands without power"
    assert article.paragraphs == [standfirst, BEFORE, AFTER]


def test_the_headline_over_a_caption_in_lower_case_stays_the_title() -> None:
    # The dump's first line is the headline's place, even when it stops at a word and the
    # line below it (a caption) goes on in lower case.
    headline = "Harbour bridge to close for repairs"
    article = articleclean.clean_text(
        "\n\n".join([headline, "engineers inspect the corroded cables. /Xinhua", BEFORE, AFTER])
    )
    assert article.title == headline


# --- round 20: credits by structure the forms had missed ------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a credit word and an agency, without the label's colon
        (
            "Les manifestants défilent à Paris. Photo AFP",
            "Les manifestants défilent à Paris.",
            "AFP",
        ),
        ("I manifestanti sfilano a Roma. Foto ANSA", "I manifestanti sfilano a Roma.", "ANSA"),
        (
            "Demonstranten lopen door Amsterdam. Beeld ANP",
            "Demonstranten lopen door Amsterdam.",
            "ANP",
        ),
        (
            "Demonstranci przeszli ulicami Warszawy. Fot. PAP/Jan Kowalski",
            "Demonstranci przeszli ulicami Warszawy.",
            "PAP/Jan Kowalski",
        ),
        ("Manifestants à Paris. Photo d'archives AFP", "Manifestants à Paris.", "AFP"),
        ("Протестующие в Москве. Фото РИА Новости", "Протестующие в Москве.", "РИА Новости"),
        # a credit word and a photographer's name
        ("Manifestanti a Roma. Foto Mario Rossi", "Manifestanti a Roma.", "Mario Rossi"),
        (
            "Mieszkańcy na otwarciu linii. fot. Anna Nowak",
            "Mieszkańcy na otwarciu linii.",
            "Anna Nowak",
        ),
        # label words of more languages
        (
            "Mielenosoittajat Helsingissä. Kuva: Lehtikuva",
            "Mielenosoittajat Helsingissä.",
            "Lehtikuva",
        ),
        ("Protestocular İstanbul'da. Fotoğraf: AA", "Protestocular İstanbul'da.", "AA"),
        (
            "Manifestantes em Lisboa. (Imagem: Reprodução/Twitter)",
            "Manifestantes em Lisboa.",
            "Reprodução/Twitter",
        ),
        # the agency's name, then the word
        (
            "Protesters march in Delhi on Sunday. ANI Photo",
            "Protesters march in Delhi on Sunday.",
            "ANI Photo",
        ),
        # the credit word, a slash and the maker without brackets
        ("Workers repair the road. Photo/Xinhua", "Workers repair the road.", "Xinhua"),
        # a picture lent or reproduced (Portuguese), or lent in brackets
        ("Orquestra no auditório. Divulgação", "Orquestra no auditório.", "Divulgação"),
        (
            "O maestro durante um ensaio. Reprodução/Instagram",
            "O maestro durante um ensaio.",
            "Reprodução/Instagram",
        ),
        ("Fans at the gate. (Courtesy Jane Doe)", "Fans at the gate.", "Courtesy Jane Doe"),
        # a photographer on assignment
        (
            "Protesters march on Sunday. Jane Doe for The New York Times",
            "Protesters march on Sunday.",
            "Jane Doe for The New York Times",
        ),
        # a picture sent in, on file or the paper's own
        ("Volunteers shelve books. Submitted photo", "Volunteers shelve books.", "Submitted photo"),
        ("The old bridge. File photo", "The old bridge.", "File photo"),
        ("Residents at the meeting. (Contributed)", "Residents at the meeting.", "Contributed"),
        ("Firefighters at the scene. Supplied", "Firefighters at the scene.", "Supplied"),
        # a source label before a picture library
        (
            "Neue Wohnungen am Stadtrand. Quelle: Shutterstock",
            "Neue Wohnungen am Stadtrand.",
            "Shutterstock",
        ),
        ("Vecinos en la plaza. Fuente: iStock", "Vecinos en la plaza.", "iStock"),
    ],
)
def test_credits_by_structure_round_20(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)
    article = article_with(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        # a credit word before a place or a common noun names no one
        "Die Polizei ermittelt. Foto Berlin",
        "Tickets are on sale now. Photo Booth",
        "Read more. Photo Gallery",
        "Mehr dazu. Bild Zeitung",
        # "for" in a sentence, or a name not after a sentence's end
        "We thanked Jane Doe for The Help.",
        "It was a great day. Thanks to Jane Doe for Good Causes",
        "She voted for The Greens",
        # a name and a mail address: a photographer's desk signs so on some papers, but
        # so does a reporter, and one caption holding the article's lead was annotated text
        "Turistas en Miami Beach. Carl Juste cjuste@miamiherald.com",
        # the word in a sentence, not a credit after it
        "The food was Supplied",
        "Sales rose 5 per cent. Source Bloomberg",
        # a news agency as a paragraph's source
        "Sales rose 5 per cent. Source: Reuters",
    ],
)
def test_lines_like_those_credits_are_none(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize(
    ("intro", "rows"),
    [
        (
            "Im ersten Lehrjahr lernen die Schüler die Grundlagen der Fahrzeugtechnik, "
            "die in den folgenden Modulen vertieft werden.",
            [
                "Bremsanlage – Aufgabe / Arten – Aufbau / Wartung",
                "Druck – Fläche – Kraft / Pascalsches Prinzip",
                "Anlasser Funktionsprüfung (Strom – Drehzahl) / Fehlersuche",
                "Kühlmittel-Pumpe – Arten / Aufbau / Funktion",
            ],
        ),
        (
            "The course runs over twelve weeks and each unit ends with a short written "
            "test on what it covered.",
            [
                "Unit 1 – Cells / Batteries",
                "Unit 2 – Circuits / Resistance",
                "Unit 3 Charging (Current – Voltage) / Diagnostics",
                "Unit 4 – Regulators / Alternators",
            ],
        ),
        (
            "La formation dure deux ans et chaque module se termine par un examen "
            "pratique en atelier.",
            [
                "Module 1 – Moteur / Distribution",
                "Module 2 – Freinage / Sécurité",
                "Module 3 Contrôle de charge (Courant – Tension) / Batterie",
                "Module 4 – Direction / Suspension",
            ],
        ),
    ],
)
def test_a_row_with_a_bracket_then_a_spaced_slash_is_no_caption(
    intro: str, rows: list[str]
) -> None:
    # "… /Xinhua" credits a picture after a sentence's end; after a closing bracket a
    # spaced slash and a word is a list row's parts (a school's module list, tune:
    # the row was taken as a caption credited "Batteriemanagement"). A credit glued to
    # the bracket ("… (dpa)/Jens Büttner") is still one.
    row = rows[2]
    assert split_credit(row) is None
    article = articleclean.clean_text("\n\n".join(["Lehrplan", intro, *rows]))
    assert article.captions == []
    assert row in article.paragraphs


def test_a_credit_glued_to_a_closing_bracket_is_still_found() -> None:
    assert split_credit("Pro-Kopf-Konsum von 11,1 Litern pro Jahr (dpa)/Jens Büttner") == (
        "Pro-Kopf-Konsum von 11,1 Litern pro Jahr (dpa)",
        "Jens Büttner",
    )


# --- round 21: a picture's order of people, in any letter case ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(L-R) Jane Doe, John Roe and Max Mustermann attend the opening of the bridge",
        "Jane Doe, John Roe (L-R) and Max Mustermann attend the opening of the bridge",
        "(From left) Jane Doe, John Roe and Max Mustermann at the harbour",
        "From left: Jane Doe, John Roe and Max Mustermann at the harbour",
        "L-R: Jane Doe, John Roe and Max Mustermann at the harbour",
        "Von links: Anna Schmidt, Peter Müller und Hans Meier bei der Eröffnung",
        "V.l.n.r.: Anna Schmidt, Peter Müller und Hans Meier bei der Eröffnung.",
        "De gauche à droite : Marie Dupont, Jean Martin et Paul Durand lors de l'inauguration.",
        "De izquierda a derecha: Ana García, Juan López y Pedro Ruiz en la inauguración.",
    ],
)
def test_a_line_giving_the_pictures_order_of_people_is_a_caption(line: str) -> None:
    article = article_with(line)
    assert [c.raw for c in article.captions] == [line]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "From left to right, the shelves hold the older books of the town's library.",
        "From left-wing parties came the loudest criticism of the plan to close the bridge.",
        "Von links: drei.",  # too short to name anyone
        "Senator Jane Doe (R.) and Senator John Roe voted against the plan on Tuesday.",
    ],
)
def test_other_lines_with_left_and_right_stay(line: str) -> None:
    assert line in _body(article_with(line))


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a slash glued to a known agency after a space, no full stop before it
        (
            "A view of the Forbidden City in Beijing, Oct. 1, 2022 /CFP",
            "A view of the Forbidden City in Beijing, Oct. 1, 2022",
            "CFP",
        ),
        (
            "Ein Arbeiter auf der Baustelle in Leipzig /dpa",
            "Ein Arbeiter auf der Baustelle in Leipzig",
            "dpa",
        ),
        ("Des manifestants à Paris le 3 mars /AFP", "Des manifestants à Paris le 3 mars", "AFP"),
        ("Manifestantes en Madrid el martes /EFE", "Manifestantes en Madrid el martes", "EFE"),
        # the credit in square brackets, its word first
        ("Firefighters battle the blaze [Photo/Xinhua]", "Firefighters battle the blaze", "Xinhua"),
        (
            "Tourists visit the Great Wall. [Photo by Li Wei/China Daily]",
            "Tourists visit the Great Wall.",
            "Li Wei/China Daily",
        ),
        ("Visitantes en la Gran Muralla. [Foto/EFE]", "Visitantes en la Gran Muralla.", "EFE"),
        # the agency's own form with its word in title case, without brackets
        (
            "Firefighters battle the blaze in California. AP Photo/Noah Berger",
            "Firefighters battle the blaze in California.",
            "AP Photo/Noah Berger",
        ),
    ],
)
def test_credits_glued_bracketed_or_in_the_agencys_form(
    line: str, caption: str, credit: str
) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Das Protokoll heißt TCP /IP",  # no agency after the slash
        "Ein- /Ausgang",  # a word's parts
        "Die Lösung steht im Anhang [Photo]",  # a credit word alone in brackets
        "Mehr dazu im [Foto-Archiv]",  # no slash or maker after the word
    ],
)
def test_slashes_and_square_brackets_that_credit_no_one(line: str) -> None:
    assert split_credit(line) is None


def test_caption_title_above_a_caption_printed_again() -> None:
    title = "Crowds gather at the bridge"
    line = "Crowds gather at the bridge in Sydney, Australia, May 3, 2024. (Photo: AFP)"
    article = article_with(line, BEFORE.replace("six", "eight"), title, line)
    assert [c.credit for c in article.captions] == ["AFP"]
    assert sorted((r.rule, r.text) for r in article.removed) == [
        ("caption_title", title),
        ("repeated_caption", line),
    ]


def test_the_headline_over_its_copy_is_no_caption_title() -> None:
    headline = "Harbour bridge to close for six weeks"
    text = "\n\n".join([headline, headline, BEFORE, headline + ". Photo: Reuters", AFTER])
    article = articleclean.clean_text(text)
    assert article.title == headline
    assert "caption_title" not in [r.rule for r in article.removed]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # an agency written in lower case where the forms read a capital
        (
            "Demonstranten vor dem Rathaus in Köln | dpa Images",
            "Demonstranten vor dem Rathaus in Köln",
            "dpa Images",
        ),
        (
            "Demonstranten vor dem Rathaus in Köln (dpa photo)",
            "Demonstranten vor dem Rathaus in Köln",
            "dpa photo",
        ),
        (
            "Ein Arbeiter auf der Baustelle in Leipzig. /dpa",
            "Ein Arbeiter auf der Baustelle in Leipzig.",
            "dpa",
        ),
        # "photo" after an agency in lower case, after the caption's sentence
        (
            "Farmers protest in New Delhi on Sunday. ANI photo",
            "Farmers protest in New Delhi on Sunday.",
            "ANI photo",
        ),
        # more agencies whose name alone signs the picture
        (
            "Участники парада на Красной площади. TASS",
            "Участники парада на Красной площади.",
            "TASS",
        ),
        ("Manifestantes en Lisboa el martes. Lusa", "Manifestantes en Lisboa el martes.", "Lusa"),
        (
            "Manifestantes en Madrid el martes. Europa Press",
            "Manifestantes en Madrid el martes.",
            "Europa Press",
        ),
        (
            "Des manifestants à Bruxelles mardi. Belga",
            "Des manifestants à Bruxelles mardi.",
            "Belga",
        ),
        ("JIJI", "", "JIJI"),
    ],
)
def test_agencies_in_lower_case_and_alone(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Ich habe ihm ein photo geschickt",  # the word in a sentence, no agency before it
        "Die Meldung kam von der dpa",  # the agency in a sentence
        "Der Umzug ist geplant (dpa meldet)",  # no picture word after the agency
    ],
)
def test_lower_case_agencies_and_photo_in_sentences(line: str) -> None:
    assert split_credit(line) is None
