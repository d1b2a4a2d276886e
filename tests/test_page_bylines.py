"""Bylines on whole-page dumps: the author's box after the article, or under the headline."""

from __future__ import annotations

import articleclean
from articleclean.names import bare_names, parse_byline
from english_page import ARTICLE_EN as _ARTICLE_EN
from english_page import FOOTER_EN as _FOOTER_EN
from english_page import MENU_EN as _MENU_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump


def _page(*parts: list[str]) -> str:
    return page_dump("Technik Magazin", *parts)


def test_an_author_box_under_a_prefix_line_before_a_note_on_the_author() -> None:
    box = [
        "Ein Beitrag von:",
        "Alexandra Ilina",
        "Alexandra Ilina ist Redakteurin beim Technik Magazin. Nach dem Studium schrieb sie für mehrere Zeitungen über Energie.",
        "Sie lebt in Dortmund und fährt am liebsten mit dem Rad zur Arbeit, auch im Winter.",
    ]
    article = articleclean.clean_text(_page(MENU_DE, ARTICLE_DE, box, FOOTER_DE))
    assert article.byline == ["Alexandra Ilina"]


def test_a_name_under_a_prefix_line_after_labels_and_a_date() -> None:
    box = [
        "Schwerpunkt Energie",
        "Technik",
        "Forschung",
        "Energie",
        "Batterien",
        "13. 1. 2020",
        "Kommentar von",
        "Ingo Arzt",
        "Redakteur für Wirtschaft und Umwelt",
    ]
    article = articleclean.clean_text(_page(MENU_DE, ARTICLE_DE, box, FOOTER_DE))
    assert article.byline == ["Ingo Arzt"]


def test_a_name_beside_a_date_after_the_article_but_not_a_commenter() -> None:
    box = ["Erstveröffentlichung", "31.10.2023", "Tom Arnold", "#Batterien", "#Forschung"]
    article = articleclean.clean_text(_page(MENU_DE, ARTICLE_DE, box, FOOTER_DE))
    assert article.byline == ["Tom Arnold"]
    comment = [
        "2 Kommentare",
        "Maria Schneider",
        "14. April 2023",
        "Ein toller Artikel, ich hoffe sehr, dass diese Batterien bald in unseren Autos stecken werden.",
        "Antworten",
    ]
    article = articleclean.clean_text(_page(MENU_DE, ARTICLE_DE, comment, FOOTER_DE))
    assert article.byline == []


def test_a_name_above_a_sentence_about_the_author_that_opens_with_the_given_name() -> None:
    text = "\n".join(
        [
            "Seven Concurrency Bugs Go Programmers Keep Writing | Code Harbor",
            "By clicking Accept, you agree to our use of cookies and similar tracking technologies.",
            *["Engineers", "Need a team? We match senior Go engineers to your project."],
            *["Top Talent", "How it works", "Clients", "Teams", "Community", "Blog", "About"],
            *["Start hiring", "Apply as an Engineer", "Login", "Questions?", "Contact"],
            *["Search Topics", "Hire an engineer", "Backend", "Design", "Finance"],
            *["Projects", "Product", "Insights", "Technology"],
            "9 minute read",
            "Go Concurrency Pitfalls: Seven Bugs Go Programmers Keep Writing",
            "Lena Marquardt",
            "Lena is a backend engineer and has built distributed systems in Go since 2014.",
            "Share",
            "Read the German version of this article translated by Paul Weber",
            "About Go",
            "Go is a compiled, statically typed language with goroutines and channels built in.",
            "Its small standard library and fast builds make it attractive for network services.",
            "Go's simple syntax can lead programmers to overlook how its goroutines share memory.",
            "This article walks through seven subtle concurrency bugs that trip up experienced teams.",
            *["About", "Careers", "Contact", "Privacy", "Terms", "Press"],
        ]
    )
    article = articleclean.clean_text(text)
    assert article.byline == ["Lena Marquardt"]


def test_a_byline_dated_in_spanish() -> None:
    assert bare_names("Carlos Andres Mejia Restrepo 11 de junio 2022, 10:30 A. M.") == [
        "Carlos Andres Mejia Restrepo"
    ]
    assert bare_names("Ana María Pérez 3 de marzo de 2021") == ["Ana María Pérez"]


def test_a_name_glued_to_the_page_machine_date_is_the_byline() -> None:
    # The page prints its ISO date right after the author's name, with no space between.
    assert bare_names("Isabell Angele2022-12-07T10:10:52+01:0025. Dezember 2022|") == [
        "Isabell Angele"
    ]
    assert bare_names("Jane Doe 2022-12-07") == ["Jane Doe"]
    assert bare_names("Version2022-12-07") is None  # one word: no name
    meta = ["Lutz Molter2021-12-14T12:38:19+01:00Dezember 14th, 2021|"]
    article = articleclean.clean_text(
        _page(MENU_DE, ARTICLE_DE[:1], meta, ARTICLE_DE[1:], FOOTER_DE)
    )
    assert article.byline == ["Lutz Molter"]
    assert meta[0] not in article.text


def test_an_author_label_before_the_name_is_a_byline_prefix() -> None:
    assert parse_byline("Author: Michaela Vais") == ["Michaela Vais"]
    assert parse_byline("Auteur : Anna Kubišta") == ["Anna Kubišta"]
    assert parse_byline("Autorin: Katrin Hallstätter, IWB, März 2011") == ["Katrin Hallstätter"]
    box = ["Autorin", "Alexandra Ilina", "Technik", "13. 1. 2020"]
    article = articleclean.clean_text(
        _page(MENU_DE, ARTICLE_DE[:2], box, ARTICLE_DE[2:], FOOTER_DE)
    )
    assert article.byline == ["Alexandra Ilina"]


def test_a_name_and_its_role_is_no_label_for_the_next_name() -> None:
    # A list of signatories: "Marie Arana, author" does not mark the name under it.
    signatories = ["Elliot Ackerman", "Marie Arana, author", "Margaret Atwood", "John Banville"]
    text = _page(MENU_DE, ARTICLE_DE, signatories, FOOTER_DE)
    assert articleclean.clean_text(text).byline == []


def test_the_headline_printed_again_far_below_the_title_line_anchors_the_byline() -> None:
    # The <title> line is the headline as it is; a long menu stands between it and the
    # headline's second print, under which the byline stands.
    menu = [f"{word} {n}" for n in range(6) for word in ("Ressort", "Rubrik", "Thema")]
    menu += [*MENU_DE, "Events", "Profiboxen", "Amateure", "Termine", "Videos", "Shop"]
    box = [ARTICLE_DE[0], "Von", "Patrick Czerny", "-", "4. Februar 2022"]
    share = ["Teilen", "Facebook", "Twitter", "WhatsApp", "E-Mail", "Drucken", "Merken"]
    lines = [ARTICLE_DE[0], *menu, *box, *share, *ARTICLE_DE[1:], *FOOTER_DE]
    article = articleclean.clean_text("\n".join(lines))
    assert article.title == ARTICLE_DE[0]
    assert article.byline == ["Patrick Czerny"]


def test_a_role_after_the_name_ends_the_names() -> None:
    assert bare_names("Sarah Hinger, Staff Attorney, ACLU Racial Justice Program") == [
        "Sarah Hinger"
    ]
    assert bare_names("Jane Doe, Reporter") == ["Jane Doe"]
    assert bare_names("Jane Doe, John Roe") == ["Jane Doe", "John Roe"]
    assert bare_names("Staff Attorney, Jane Doe") is None  # a role is no first name


# A reworded headline (the <h1> words the <title> differently, or a video's title stands
# nearer than the real headline) with a prefixed byline right under it.
MENU_EN = ["Home", "World", "Politics", "Business", "Health", "Sport", "Weather", "Video"]
FOOTER_EN = ["Terms of Use", "Privacy Policy", "Contact Us", "Careers", "Newsletters"]
ARTICLE_EN = [
    "The mayor said the plan would fund repairs to more than forty schools and a hundred miles of roads over the next five years.",
    "Council members approved the budget by seven votes to four after a debate that lasted well into the night.",
    "Opponents argued that the plan relied on optimistic forecasts of tax revenue from new housing developments.",
    "The city will publish a detailed schedule of the repairs in the spring, officials said on Tuesday.",
]


def test_a_byline_under_a_reworded_headline_above_a_video_title() -> None:
    video_title = "Mayor defends city budget plan after council vote"
    lines = [
        f"{video_title} - Daily News",
        *MENU_EN,
        "Council vote: what the city budget plan means for schools, roads and the mayor",
        "By Rob Dunne, WKRN",
        "Updated 1745 GMT (0145 HKT) June 9, 2021",
        "JUST WATCHED",
        "Replay",
        "More Videos ...",
        video_title,
        *ARTICLE_EN,
        *FOOTER_EN,
    ]
    assert articleclean.clean_text("\n".join(lines)).byline == ["Rob Dunne"]


def test_a_byline_under_the_reworded_headline_far_below_the_title_line() -> None:
    # The <title> line, a menu of sections and teasers, a login box, then the <h1>
    # worded differently from the <title>, and the byline under it.
    sections = ["Política", "Comunidad", "Mundo", "Deportes", "Economía", "Fama", "Salud"]
    teasers = [
        "Fiscalía reporta un hallazgo cerca de donde desapareció una joven",
        "Comisión de Postulación se va al descanso sin llegar a un acuerdo",
        "Encuentran vestigios del calendario maya más antiguo en el norte del país",
        "El enganche y las cuotas para tu casa propia con la nueva ley de vivienda",
        "Cafetería cerró sus puertas tras sesenta años de servicio las 24 horas",
        "La selección enfrentará a México con algunos jugadores que sorprenden",
        "Investigan un picop negro que habría entrado a la empresa de noche",
    ]
    login = [
        "Inicia sesión",
        "Regístrate",
        "Al hacer click en el botón de registro afirmo que acepto los términos y condiciones del sitio web.",
        "Recupera tu contraseña",
    ]
    article = [
        "Durante un operativo para detener a tres presuntos ladrones de motos, la Policía Nacional Civil informó que aprehendió también a una mujer.",
        "La mujer se acercó de forma violenta a los agentes para impedir la detención de su hijo, según el informe policial.",
        "Los agentes la identificaron y confirmaron que tenía una orden de captura vigente por el delito de asesinato.",
        "Los detenidos fueron trasladados a la torre de tribunales, donde un juez conocerá su situación legal.",
    ]
    lines = [
        "Hombre quiso evitar captura de hermano y lo detienen por extorsión",
        *(line for pair in zip(sections, teasers, strict=True) for line in pair),
        *login,
        "Noticias Regionales / Noticias / Sucesos y tribunales",
        "Hombre intentó evitar detención de su hermano y lo capturan por extorsión",
        "Por Gustavo E. Méndez",
        "21 de abril de 2022, 14:32",
        *article,
    ]
    assert articleclean.clean_text("\n".join(lines)).byline == ["Gustavo E. Méndez"]


def test_a_books_authors_after_the_article_are_no_byline() -> None:
    # The book's subtitle shares the headline's topic; its authors wrote the book.
    article = [
        "Weg mit dem Hüpfen: Fünf Übungen für einen ruhigen Sitz im Trab",
        "",
        *(f"{line}\n" for line in ARTICLE_DE[1:]),
        "Wer im Trab poltert, sitzt oft zu fest im Sattel und verliert die Bewegung des Pferdes aus dem Becken.",
        "",
        "Setz dich in Bewegung",
        "",
        "Gezieltes Balancetraining für Reiter mit Übungen für einen stabileren Sitz",
        "",
        "von Bernd Altmeier, Svenja Rohloff und Britta Kämmerer",
        "",
        "176 Seiten plus 54 herausnehmbare Trainingskarten, 34,90 Euro",
    ]
    result = articleclean.clean_text("\n".join(article))
    assert result.byline == []
    assert any("Bernd Altmeier" in p for p in result.paragraphs)


def test_a_date_before_the_name_and_a_comment_count_after_it() -> None:
    # The meta line under a headline: date, author, link to the comments, in any order
    # a blog's template prints them.
    assert bare_names("19.6.2007 9:40 Uhr Thomas Lindner 71 Kommentare") == ["Thomas Lindner"]
    assert bare_names("March 3, 2019 Jane Doe") == ["Jane Doe"]
    assert bare_names("Jane Doe · 12 Comments") == ["Jane Doe"]
    assert bare_names("4 de mayo de 2022 · Ana María López") == ["Ana María López"]
    assert bare_names("12 mars 2021 Claire Dubois 3 commentaires") == ["Claire Dubois"]
    assert bare_names("25.10.2022 - Reiner Nagel") == ["Reiner Nagel"]
    # Between bars, the count is one more label: the categories are not the names.
    line = (
        "Lutz Molter2021-12-14T12:38:19+01:00Dezember 14th, 2021|AKTUELLES, Allgemein|0 Kommentare"
    )
    assert bare_names(line) == ["Lutz Molter"]
    # Not a name: a word in lower case after the name, or a count alone.
    assert bare_names("20. Juni 2019 Anna Galazka über Stars") is None
    assert bare_names("12 Comments") is None
    assert bare_names("2023 Jane Doe") is None  # a year alone is no date before a name
    meta = ["19.6.2007 9:40 Uhr Thomas Lindner 71 Kommentare"]
    article = articleclean.clean_text(
        _page(MENU_DE, ARTICLE_DE[:1], meta, ARTICLE_DE[1:], FOOTER_DE)
    )
    assert article.byline == ["Thomas Lindner"]
    assert meta[0] not in article.text


def test_a_date_before_a_place_or_a_topic_is_no_byline() -> None:
    # A date and two capitalised words that open with no given name: an event, a place.
    meta = ["12.03.2023 Hamburger Hafen"]
    article = articleclean.clean_text(
        _page(MENU_DE, ARTICLE_DE[:1], meta, ARTICLE_DE[1:], FOOTER_DE)
    )
    assert article.byline == []
    english = [
        "Researchers build a battery that charges in minutes | Tech Weekly",
        *["Home", "News", "Science", "Business", "Culture", "Contact"],
        "Researchers build a battery that charges in minutes",
        "October 25, 2023 Michael Turner 4 Comments",
        "A research group has presented a battery that charges in a few minutes and hardly loses capacity over time.",
        "The cells are made of cheap materials that are available in large amounts, the researchers write in their study.",
        "In tests the battery lasted more than a thousand charging cycles before its capacity dropped noticeably.",
        *["About", "Privacy", "Terms", "Advertise", "Jobs"],
    ]
    assert articleclean.clean_text("\n".join(english)).byline == ["Michael Turner"]


def test_an_author_box_count_of_posts_or_its_e_mail_link_after_the_name() -> None:
    # An author box prints the author's name with a count of their posts or a link to
    # write to them, its label printed in the dump: both are no part of the name.
    assert bare_names("Jule Radeck 300 posts") == ["Jule Radeck"]
    assert bare_names("Thomas Lindner E-Mail") == ["Thomas Lindner"]
    assert bare_names("Jane Doe · 42 Beiträge") == ["Jane Doe"]
    assert bare_names("Ana Pérez 12 artículos") == ["Ana Pérez"]
    assert bare_names("Claire Dubois 7 articles") == ["Claire Dubois"]
    assert bare_names("Jan Kowalski 5 artykułów") == ["Jan Kowalski"]
    assert bare_names("Mario Rossi Email") == ["Mario Rossi"]
    # A count or a label alone, or a share bar's labels, names no one.
    assert bare_names("300 posts") is None
    assert bare_names("Newsletter E-Mail") is None
    assert bare_names("Kontakt E-Mail") is None


def test_an_author_box_line_under_the_headline_of_an_article_dump() -> None:
    german = [
        "Lagen-Pyramide für Fortgeschrittene",
        "Jule Radeck 300 posts",
        "Die Einheit der Woche ist eine Pyramide über alle vier Lagen, die Ausdauer und Technik gleichermaßen fordert.",
        "Beginne mit einem lockeren Einschwimmen über 400 Meter und steigere dann die Strecken Stufe für Stufe.",
        "Am Ende steht ein ruhiges Ausschwimmen, damit sich die Muskulatur erholen kann.",
    ]
    result = articleclean.clean_text("\n".join(german))
    assert result.byline == ["Jule Radeck"]
    assert "300 posts" not in result.text
    english = [
        "Phone maker brings its touch handset to a second network",
        "Christopher Baker E-Mail",
        "The touch handset will soon be sold by a second network, the company said on Tuesday in a statement.",
        "It runs the same software as before but comes with a different case and a larger battery.",
        "Prices were not given, but the handset is expected to cost about as much as the current model.",
    ]
    result = articleclean.clean_text("\n".join(english))
    assert result.byline == ["Christopher Baker"]
    assert "E-Mail" not in result.text


def test_a_columnist_label_before_the_name_is_a_byline_prefix() -> None:
    # A column signs its author with the role before the name, as "By" does.
    assert parse_byline("Kolumnist*in: Evan Tepest") == ["Evan Tepest"]
    assert parse_byline("Kolumnistin: Anna Schmidt") == ["Anna Schmidt"]
    assert parse_byline("Columnist: Jane Doe") == ["Jane Doe"]
    assert parse_byline("Chroniqueuse : Claire Dubois") == ["Claire Dubois"]
    assert parse_byline("Columnista: Ana María López") == ["Ana María López"]
    assert parse_byline("Felietonista: Jan Kowalski") == ["Jan Kowalski"]
    # The role alone, or before a word that is no name, names no one.
    assert parse_byline("Columnist") is None
    assert parse_byline("Kolumnist*in: Kolumnen") is None
    column = [
        "Interabled Sex Education | Magazin",
        *["Home", "Kolumnen", "Politik", "Kultur", "Abo"],
        "Interabled Sex Education",
        "Wie Dating zwischen zwei sehr verschiedenen Menschen aussehen kann, beschreibt die neue Folge der Kolumne.",
        "Kolumnist*in: Evan Tepest",
        "Fotos/Illustration: Bär Kittelmann",
        "30.10.2023",
        *ARTICLE_DE,
        *FOOTER_DE,
    ]
    result = articleclean.clean_text("\n".join(column))
    assert result.byline == ["Evan Tepest"]
    assert "Kolumnist*in: Evan Tepest" not in result.text


def test_a_date_label_between_the_names_and_the_date_is_no_name() -> None:
    # "Published", "Updated", "Veröffentlicht am" … label the date; they end the names.
    assert bare_names("Jane Doe Published March 3, 2019") == ["Jane Doe"]
    assert bare_names("Jane Doe Updated 3:45 p.m. ET March 3, 2019") == ["Jane Doe"]
    assert bare_names("Jane Doe · Veröffentlicht am 03.11.2023") == ["Jane Doe"]
    assert bare_names("Ana María Pérez Actualizado el 08 de mayo 2022") == ["Ana María Pérez"]
    assert bare_names("Jean Dupont Publié le 3 mars 2019 à 10h00") == ["Jean Dupont"]
    assert bare_names("Maria Rossi Pubblicato il 3 marzo 2019") == ["Maria Rossi"]
    assert bare_names("Jan Kowalski Opublikowano: 05 maja 2021") == ["Jan Kowalski"]
    # Without a date after it the word is not a label: no names are cut from the line.
    assert bare_names("Jane Doe Published") != ["Jane Doe"]
    meta = ["Anna Schmidt Veröffentlicht am 03.11.2023, 15:32 Uhr"]
    article = articleclean.clean_text(
        _page(MENU_DE, ARTICLE_DE[:1], meta, ARTICLE_DE[1:], FOOTER_DE)
    )
    assert article.byline == ["Anna Schmidt"]


_RADIO_ARTICLE = [
    "Health minister told to resign after restaurant visit",
    "The health minister was photographed in a restaurant late on Wednesday, hours after new restrictions closed every restaurant in the country.",
    "The prime minister said on Friday that he would ask the minister to resign, or dismiss him if he refused to go.",
    "Members of the coalition had already called on the minister to step down, saying the rules must apply to everyone.",
    "The president is expected to discuss the case with the prime minister at his residence on Friday afternoon.",
]
# After the article: its tags, a player's label and a list of related stories, one of
# which ends like a sentence; the page's rules keep them as text.
_RADIO_TAIL = [
    "Tags:",
    "Domestic politics",
    "listen",
    "related articles",
    "play",
    "Football: a draw in Prague for the first leg between Slavia and Leicester",
    "play",
    "After the scandal, the country appoints a new minister for the pandemic.",
    "Follow us",
    "Facebook",
    "Twitter",
]


def test_a_prefixed_byline_right_under_the_article_before_lines_kept_as_text() -> None:
    menu = ["Home", "News", "World", "Business", "Sport", "Culture", "Contact"]
    for byline, names in (
        ("Author: Anna Kubišta", ["Anna Kubišta"]),
        ("By Jane Doe", ["Jane Doe"]),
        ("Von Anna Schmidt", ["Anna Schmidt"]),
        ("Por Juan Pérez", ["Juan Pérez"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
    ):
        lines = [f"{_RADIO_ARTICLE[0]} | Radio News", *menu, *_RADIO_ARTICLE, byline, *_RADIO_TAIL]
        article = articleclean.clean_text("\n".join(lines))
        assert article.byline == names, byline
        assert byline not in article.text
    # A prefixed line that is a sentence is the article's text, not its byline.
    closing = "By the end of the week the minister had gone."
    lines = [f"{_RADIO_ARTICLE[0]} | Radio News", *menu, *_RADIO_ARTICLE, closing, *_RADIO_TAIL]
    assert articleclean.clean_text("\n".join(lines)).byline == []


def test_names_under_a_kicker_and_a_reworded_headline_below_the_title_printed_again() -> None:
    # "You are reading" / the <title>'s headline / a kicker / the <h1>, worded apart /
    # the names: the kicker and the <h1> stand between the headline and its byline.
    menu = ["Home", "News", "World", "Business", "Sport", "Culture", "Contact"]
    pages = (
        (
            "Why I am single at Christmas, and fine with it",
            [
                "You are reading",
                "Why I am single at Christmas, and fine with it",
                "Relationships and love",
                "I am tired of being asked at Christmas why I am still single",
                "Sarah Miller, Emily Clarke",
                "“My last serious relationship ended three years ago,” says Lolly, who is 27. “I have no wish to start a new one just to please my family.”",
                "Psychotherapist Anna Berg, who has worked with couples for seventeen years, says the question says more about the family than about her.",
            ],
            ["Sarah Miller", "Emily Clarke"],
        ),
        (
            "Ja, ich bin an Silvester Single. Stört dich das?",
            [
                "Du liest gerade",
                "Ja, ich bin an Silvester Single. Stört dich das?",
                "Story aus Silvester",
                "Ich bin es leid, an Silvester gefragt zu werden, warum ich allein bin",
                "Sarah Müller, Elisabeth Kochan",
                "„Meine letzte ernste Beziehung ging vor drei Jahren in die Brüche“, erzählt die 27-jährige Lolly. „Ich habe keine Lust auf eine neue Beziehung.“",
                "Die Psychotherapeutin Anna Berg, die seit siebzehn Jahren mit Paaren arbeitet, sagt, die Frage verrate mehr über die Familie als über sie.",
            ],
            ["Sarah Müller", "Elisabeth Kochan"],
        ),
    )
    for title, lines, names in pages:
        text = "\n".join([f"{title} | Magazin", *menu, *lines, "Impressum", "Datenschutz"])
        assert articleclean.clean_text(text).byline == names, title


_PYTHON_ARTICLE = [
    "Performant Python",
    "There are many ways to improve the performance of Python code, such as writing C modules and calling them from Python.",
    "These methods are invasive, and simpler changes to the data structures a program uses often help as much.",
    "Tuples save a bit of memory when they replace lists, and a lot when they replace dictionaries.",
    "Slotted classes save a lot of memory, and map and filter are sometimes faster than comprehensions.",
]


def test_a_prefixed_byline_beside_a_date_line_in_the_articles_closing_block() -> None:
    for block, names in (
        (
            [
                "Author: Jacopo Cascioli",
                "Published: 03 December 2019",
                "Updated: 06 December 2019",
                "Rss",
                "License: by-nc-sa",
            ],
            ["Jacopo Cascioli"],
        ),
        (["Posted by Jane Doe", "March 3, 2019", "Tags: python, memory"], ["Jane Doe"]),
        (["Autor: Tom Arnold", "Veröffentlicht: 3. März 2019", "Lizenz: CC BY-SA"], ["Tom Arnold"]),
        (
            ["Auteur : Anna Kubišta", "Publié le 3 mars 2019", "Licence : CC BY-SA"],
            ["Anna Kubišta"],
        ),
    ):
        article = articleclean.clean_text("\n\n".join(_PYTHON_ARTICLE + block))
        assert article.byline == names, block[0]
    # Without a date beside it, a prefixed line among the last lines is no such block.
    block = ["Author: Jacopo Cascioli", "Rss", "Archive", "License: by-nc-sa"]
    assert articleclean.clean_text("\n\n".join(_PYTHON_ARTICLE + block)).byline == []


def test_co_authors_joined_by_a_word_the_headline_also_uses() -> None:
    # "y", "und", "and" join the names; the headline's own "y" does not make the line
    # part of the headline.
    menu = ["Inicio", "Política", "Economía", "Mundo", "Deportes", "Cultura"]
    headline = "La agenda con que el gobierno busca contener la crisis de seguridad y el dilema del oficialismo"
    lines = [
        f"{headline} - La Tercera",
        *menu,
        headline,
        "Isabel Caro, Rocío Latorre y José Miguel Wilson",
        "El gobierno presentó este lunes un plan de seguridad que incluye más policías en las calles y nuevas leyes.",
        "La oposición criticó la propuesta y pidió al ministro del Interior que explique cómo se financiará el plan.",
        "Los alcaldes de las comunas más afectadas dijeron que esperan ver resultados antes de fin de año.",
        "Contacto",
        "Términos y condiciones",
    ]
    article = articleclean.clean_text("\n".join(lines))
    assert article.byline == ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]
    title = f"{ARTICLE_DE[0]} und die Folgen"
    lines = [f"{title} | Technik Magazin", *MENU_DE, title, "Anna Schmidt und Tom Arnold"]
    article = articleclean.clean_text("\n".join(lines + ARTICLE_DE[1:] + FOOTER_DE))
    assert article.byline == ["Anna Schmidt", "Tom Arnold"]


def test_a_published_and_an_updated_date_glued_before_the_name() -> None:
    # A blog theme prints both dates as two elements; a text dump glues them.
    assert bare_names("17/11/201917/11/2019 ~ Cem Basman") == ["Cem Basman"]
    assert bare_names("1. November 20161. November 2016 Anna Schmidt") == ["Anna Schmidt"]
    assert bare_names("March 3, 2019March 4, 2019 Jane Doe") == ["Jane Doe"]
    assert bare_names("03.03.201904.03.2019 · Jan Kowalski") == ["Jan Kowalski"]
    assert bare_names("17/11/201917/11/2019") is None
    lines = [*MENU_DE, ARTICLE_DE[0], "17/11/201917/11/2019 ~ Anna Schmidt", *ARTICLE_DE[1:]]
    article = articleclean.clean_text(_page(lines, FOOTER_DE))
    assert article.byline == ["Anna Schmidt"]


def test_a_reading_time_and_a_word_before_the_date_beside_the_names() -> None:
    assert bare_names("Jane Doe · 5 min read · Mar 3, 2019") == ["Jane Doe"]
    assert bare_names("Jane Doe · 3 min read") == ["Jane Doe"]
    assert bare_names("Anna Schmidt | Lesezeit: 4 Min.") == ["Anna Schmidt"]
    assert bare_names("María López | Tiempo de lectura: 8 minutos") == ["María López"]
    assert bare_names("Jean Dupont · Temps de lecture : 4 min") == ["Jean Dupont"]
    assert bare_names("Jane Doe on March 3, 2019") == ["Jane Doe"]
    assert bare_names("Anna Schmidt am 03.03.2019") == ["Anna Schmidt"]
    assert bare_names("Jean Dupont le 3 mars 2019") == ["Jean Dupont"]
    # A reading time alone, or a word with no date after it, names no one.
    assert bare_names("5 min read") is None
    assert bare_names("Jane Doe on Stage") is None
    lines = [*MENU_DE, ARTICLE_DE[0], "Anna Schmidt · 4 Min. Lesezeit", *ARTICLE_DE[1:]]
    article = articleclean.clean_text(_page(lines, FOOTER_DE))
    assert article.byline == ["Anna Schmidt"]


def test_the_blog_themes_published_by_prefix() -> None:
    assert parse_byline("Veröffentlicht von Anna Schmidt") == ["Anna Schmidt"]
    assert parse_byline("Verfasst von Anna Schmidt") == ["Anna Schmidt"]
    assert parse_byline("Pubblicato da Mario Rossi") == ["Mario Rossi"]
    assert parse_byline("Geplaatst door Jan de Vries") == ["Jan de Vries"]
    assert parse_byline("Geschreven door Jan de Vries") == ["Jan de Vries"]
    assert parse_byline("Opublikowane przez Jan Kowalski") == ["Jan Kowalski"]
    assert parse_byline("Autorka: Anna Nowak") == ["Anna Nowak"]


# --- a role or a wire beside the name (round 28) ---------------------------------


def _page_en(*parts: list[str]) -> str:
    title = [f"{_ARTICLE_EN[0]} | Tech Magazine"]
    return "\n".join(title + [line for part in parts for line in part])


def test_a_name_and_its_role_after_a_comma_are_names_then_a_role() -> None:
    from articleclean.names import role_after_names  # (new in round 28)

    assert bare_names("Jane Carter, Political Editor") == ["Jane Carter"]
    assert bare_names("Jane Carter, Chief Political Correspondent") == ["Jane Carter"]
    assert bare_names("Hans Müller, Redakteur für Wirtschaft") == ["Hans Müller"]
    assert bare_names("Ana María Pérez, corresponsal") == ["Ana María Pérez"]
    assert role_after_names("Jean Dupont, Rédacteur en chef")
    assert role_after_names("Jane Carter, Political Editor")
    assert not role_after_names("Jane Carter, John Roe")  # co-authors, no role
    assert not role_after_names("Tom Arnold, Climate Change")


def test_a_name_with_its_role_under_the_headline_is_the_byline() -> None:
    line = ["Jane Carter, Political Editor"]
    text = _page_en(_MENU_EN, _ARTICLE_EN[:1], line, _ARTICLE_EN[1:], _FOOTER_EN)
    assert articleclean.clean_text(text).byline == ["Jane Carter"]
    line = ["Hans Müller, Redakteur für Wirtschaft"]
    article = articleclean.clean_text(
        _page(MENU_DE, ARTICLE_DE[:1], line, ARTICLE_DE[1:], FOOTER_DE)
    )
    assert article.byline == ["Hans Müller"]


def test_a_list_of_people_each_with_a_role_gives_no_byline() -> None:
    # Signatories under an open letter: each a name and a role, none the author.
    signatories = ["Elliot Ackerman, Writer", "Marie Arana, Journalist", "Margaret Atwood, Writer"]
    text = _page_en(_MENU_EN, _ARTICLE_EN, signatories, _FOOTER_EN)
    assert articleclean.clean_text(text).byline == []


def test_a_name_signed_with_a_wire_closing_the_article_is_the_byline() -> None:
    text = _page_en(_MENU_EN, _ARTICLE_EN, ["Jane Carter, Reuters"], _FOOTER_EN)
    assert articleclean.clean_text(text).byline == ["Jane Carter"]
    article = articleclean.clean_text(_page(MENU_DE, ARTICLE_DE, ["Anna Schmidt, dpa"], FOOTER_DE))
    assert article.byline == ["Anna Schmidt"]


def test_a_prefixed_byline_with_its_agency_in_brackets_is_no_caption() -> None:
    assert parse_byline("Par Jean Dupont (AFP)") == ["Jean Dupont"]
    assert parse_byline("Por Juan Pérez (EFE)") == ["Juan Pérez"]
    assert parse_byline("By Jane Carter (AFP)") == ["Jane Carter"]
    line = ["By Jane Carter (AFP)"]
    article = articleclean.clean_text(
        _page_en(_MENU_EN, _ARTICLE_EN[:1], line, _ARTICLE_EN[1:], _FOOTER_EN)
    )
    assert article.byline == ["Jane Carter"]
    assert not article.captions
    line = ["Von Hans Müller (dpa)"]
    article = articleclean.clean_text(
        _page(MENU_DE, ARTICLE_DE[:1], line, ARTICLE_DE[1:], FOOTER_DE)
    )
    assert article.byline == ["Hans Müller"]


def test_a_family_name_in_capitals_first_is_turned_to_given_name_first() -> None:
    from articleclean.names import given_name_first  # (new in round 30)

    assert bare_names("CARTER Jane") == ["Jane Carter"]
    assert bare_names("MÜLLER Hans") == ["Hans Müller"]
    assert bare_names("DUPONT Jean-Pierre") == ["Jean-Pierre Dupont"]
    assert parse_byline("Par DUPONT Jean") == ["Jean Dupont"]
    assert parse_byline("By CARTER Jane and ROE John") == ["Jane Carter", "John Roe"]
    # Guards (pass on main too): an acronym, a section or a club before a word is no name.
    assert given_name_first("NEWS Today") == "NEWS Today"
    assert bare_names("FC Chelsea") is None
    assert bare_names("THW Kiel") is None
    assert bare_names("CC-BY-NC-ND Doris Schuppe") is None
    assert bare_names("SPORT Berlin") is None


def test_a_family_name_in_capitals_first_under_the_headline_is_the_byline() -> None:
    line = ["CARTER Jane", "March 3, 2019"]
    text = _page_en(_MENU_EN, _ARTICLE_EN[:1], line, _ARTICLE_EN[1:], _FOOTER_EN)
    assert articleclean.clean_text(text).byline == ["Jane Carter"]
    line = ["MÜLLER Hans", "03.11.2023"]
    article = articleclean.clean_text(
        _page(MENU_DE, ARTICLE_DE[:1], line, ARTICLE_DE[1:], FOOTER_DE)
    )
    assert article.byline == ["Hans Müller"]


def test_a_name_and_its_role_after_a_bar_are_names_then_a_role() -> None:
    from articleclean.names import role_after_names

    assert bare_names("Jane Carter | Reporter") == ["Jane Carter"]
    assert bare_names("Hans Müller | Redakteur") == ["Hans Müller"]
    assert role_after_names("Jane Carter | Senior Reporter")
    assert not role_after_names("Jane Carter | John Roe")


def test_a_name_and_its_role_after_a_bar_under_a_standfirst_is_the_byline() -> None:
    # A guard: passes on main too (the line right under a standfirst is read by
    # `parse_byline`'s "names | agency" form); the page rules' window needs the role.
    standfirst = [
        "The council's vote, taken late on Tuesday after a long debate, settles a question "
        "the city has argued over for a decade."
    ]
    line = ["Jane Carter | Senior Reporter"]
    text = _page_en(_MENU_EN, _ARTICLE_EN[:1], standfirst, line, _ARTICLE_EN[1:], _FOOTER_EN)
    assert articleclean.clean_text(text).byline == ["Jane Carter"]


_STORY_EN = [
    "The council voted on Tuesday to spend more money on the parks of the city, after a "
    "debate that ran late into the evening.",
    "It was the third vote this year on the matter, and the mayor said it would be the last "
    "one before the budget is set in the spring.",
]


def test_a_byline_split_over_lines_in_an_article_dump() -> None:
    # "By" / "Jane Carter" / "and" / "John Roe": a browser's copy of a byline whose prefix
    # and names are separate elements. The names are the byline; no piece stays a paragraph.
    for split in (
        ["By", "Jane Carter", "and", "John Roe"],
        ["By\nJane Carter\nand\nJohn Roe"],
        ["By Jane Carter", "and John Roe"],
    ):
        text = "\n\n".join(["City council backs a bigger budget for parks", *split, *_STORY_EN])
        article = articleclean.clean_text(text)
        assert article.byline == ["Jane Carter", "John Roe"], split
        assert [block.text for block in article.body] == _STORY_EN, split
    text = "\n\n".join(
        ["Stadtrat stimmt für mehr Geld für Parks", "Von", "Hans Müller", *_STORY_EN]
    )
    assert articleclean.clean_text(text).byline == ["Hans Müller"]


def test_a_byline_split_over_lines_in_a_page_dump_names_both_authors() -> None:
    split = ["By", "Jane Carter", "and", "John Roe", "March 3, 2019"]
    text = _page_en(_MENU_EN, _ARTICLE_EN[:1], split, _ARTICLE_EN[1:], _FOOTER_EN)
    assert articleclean.clean_text(text).byline == ["Jane Carter", "John Roe"]


def test_a_prefix_line_that_reads_as_a_name_adds_no_name() -> None:
    # A guard (passes on main too): "Published By" over the name is the prefix, no author.
    split = ["Published By", "Jane Carter"]
    text = _page_en(_MENU_EN, _ARTICLE_EN[:1], split, _ARTICLE_EN[1:], _FOOTER_EN)
    assert articleclean.clean_text(text).byline == ["Jane Carter"]
