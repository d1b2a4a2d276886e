"""teaser_heading, inline_teaser and (end to end) the blurbs after a teaser heading."""

from __future__ import annotations

from functools import partial

import pytest

import articleclean
from articleclean import CleanerConfig, Reason
from articleclean.document import Segment
from articleclean.rules.base import BlockRule
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_headings import inline_teaser, teaser_heading
from bridge_story import BRIDGE, BRIDGE_DE

CONTEXT = PhraseBook.for_config(CleanerConfig())


def judged(rule: BlockRule, text: str) -> bool:
    return rule(Segment(text, (1, 1)), CONTEXT)


@pytest.mark.parametrize(
    "line",
    [
        "Must Read",
        "Read more",
        "Related",
        "Also read",
        "You may also like",
        "Recommended",
        "Trending",
        "Don't miss",
        "Don’t Miss",
        "More from Reuters",
        "Mehr zum Thema",
        "Lesen Sie auch",
        "Lire aussi",
        "À lire aussi",
        "Lea también",
        "Leia também",
        "Leggi anche",
        "Читайте также",
        "Baca juga",
        "相关阅读",
        "延伸阅读",
        "関連記事",
        "관련기사",
        "NOTAS RELACIONADAS",
        "Weitere Nachrichten",
        # Shared phrasing added from the tune part's article and generous dumps (round 6).
        "Das könnte Sie auch interessieren:",
        "Auch lesen:",
        "Mehr Themen:",
        "Empfohlen für dich",
        "Diese Artikel könnten Sie ebenfalls interessieren:",
        "Ähnliche Themen",
        "Most viewed",
        "Les plus populaires",
        "Temas relacionados",
        "Potrebbe interessarti anche",
        "Você também pode gostar",
        "Może cię zainteresować",
        "Misschien ook interessant",
        "Am meisten gelesen",
    ],
)
def test_teaser_headings(line: str) -> None:
    assert judged(teaser_heading, line)


@pytest.mark.parametrize(
    "line",
    [
        "Related research by the university found the building was altered six times.",
        "More from the interview: she said she would run again next year.",
        "Trending upward for a third month, prices reached a record in May.",
        "Recommended dose: two tablets a day, the label says.",
    ],
)
def test_sentences_starting_with_teaser_words_are_not_headings(line: str) -> None:
    assert not judged(teaser_heading, line)


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch die folgenden Beiträge:",
        "Lesen Sie auch diese Artikel",
        "LESEN SIE AUCH UNSERE RATGEBER:",
    ],
)
def test_lesen_sie_auch_opens_a_longer_heading(line: str) -> None:
    """Round 31: "Lesen Sie auch" is a prefix too, as "Mehr zu" is: a few words after it
    still name the box of other stories (a generous extraction's closing box)."""
    assert judged(teaser_heading, line)


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch den Beipackzettel genau.",
        "Lesen Sie auch, was die Kommission im Herbst dazu beschlossen hat.",
    ],
)
def test_lesen_sie_auch_in_a_sentence_is_not_a_heading(line: str) -> None:
    """Guard (passes on main too): the advice or a sentence of the article stays."""
    assert not judged(teaser_heading, line)


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Reality star reveals shock split after three years of marriage",
        "Read more: Ten things to know about the vote",
        "Also Read: Mumbai local train services hit after signal failure",
        "Lesen Sie auch: Hitzewelle in Südeuropa – Waldbrände auf Rhodos",
        "Lire aussi : Tour de France : le parcours de l'édition 2025 dévoilé",
        "Lea también: El Real Madrid golea al Girona",
        "Leia também: Inflação de novembro fica abaixo do esperado",
        "Leggi anche: Serie A, la Juventus batte il Napoli",
        "Читайте также: Центробанк сохранил ключевую ставку",
        "Baca juga: Harga Emas Antam Hari Ini Turun",
        "相关阅读：女排联赛天津队获胜",
        "• Related: Storm closes schools across the county",
        "VEA TAMBIÉN: Estrella de la educación no brilla para estudiantes",
        "Lea más: Diputado propone reformar la ley de aguas",
        "Auch lesen: Diese 4 Sternzeichen verlieren ihr Geld an der Börse",
        "PUEDES VER: ¿Qué es la Sunedu y cuáles son sus funciones?",
        "Mire: El cantante da positivo a COVID-19",
        "Zobacz również: Sejm przyjął ustawę o mediach",
        "Dowiedz się więcej: Kto jak głosował w sprawie funduszy unijnych?",
        # another story's headline or blurb closed by a link to the rest of it
        "Der Rüstungskonzern gerät in Italien unter Druck. | mehr",
        "Die gesamte Recherche zu deutschen Waffen für Russland | mehr",
        "Nordbank stellt sich neu auf und will deutlich digitaler und... mehr >>",
        "Council opens rest centre for families after the storm... more >>",
        "Where to get help if your home has been damaged by the storm | Read more",
        "Transports : les bus de remplacement pris d'assaut à la gare … Lire la suite",
        "El Gobierno aprueba el nuevo plan de vivienda para jóvenes… Leer más",
        "Sejm przyjął ustawę o mediach publicznych w drugim czytaniu » Czytaj więcej",
    ],
)
def test_inline_teasers(line: str) -> None:
    assert judged(inline_teaser, line)


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the new rules in the official gazette.",
        "More than 200 people attended the vigil - many of them carrying candles.",
        "Watch closely and you will see the heron take off.",
        "Related to the case, two other men were arrested on Monday.",
        "Lesen Sie auch die Kommentare der Leser, sagte der Chefredakteur.",
        "Auch lesen kann man das Buch auf dem Tablet.",
        "Mire usted, la ley es clara.",
        "Nach dem Umbau hat die Bibliothek am Samstag wieder mehr",
        "Ich kann nicht mehr …",
        "Prices went up by ten percent, and then some more.",
        "Weiterlesen",  # a link alone: not a headline closed by one
        "Dowiedz się więcej o programie na stronie urzędu.",  # no separator: a sentence
    ],
)
def test_prose_starting_with_teaser_words_is_content(line: str) -> None:
    assert not judged(inline_teaser, line)


ARTICLE = """Storm floods harbour district as river bursts its banks

Heavy rain overnight caused the river to burst its banks, flooding dozens of homes and shops in the harbour district, the fire service said.

Residents were evacuated by boat from the lowest streets, and a school was opened as a shelter for families who could not return home.

{teasers}
"""


def test_unrelated_blurbs_after_a_teaser_heading_are_removed() -> None:
    teasers = "\n\n".join(
        [
            "Recommended",
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
        ]
    )
    article = articleclean.clean_text(ARTICLE.format(teasers=teasers))
    assert [(r.reason, r.rule) for r in article.removed] == [
        (Reason.RELATED_TEASER, "teaser_heading"),
        (Reason.RELATED_TEASER, "teaser_blurb"),
        (Reason.RELATED_TEASER, "teaser_blurb"),
    ]
    assert len(article.paragraphs) == 2


def test_article_text_after_a_teaser_block_is_kept() -> None:
    resumed = (
        "The fire service said the river level at the harbour was falling, but residents of "
        "the flooded streets should not return home before the evacuation is lifted."
    )
    teasers = "\n\n".join(["Related", "Celebrity chef opens third restaurant in Paris", resumed])
    article = articleclean.clean_text(ARTICLE.format(teasers=teasers))
    assert article.paragraphs[-1] == resumed
    assert [r.text for r in article.removed] == [
        "Related",
        "Celebrity chef opens third restaurant in Paris",
    ]


# --- headings that name a section: judged by what follows them ------------------

SECTION_ARTICLES = {
    "de": (
        "Stadt saniert das Hallenbad am Westpark",
        [
            "Das Hallenbad am Westpark wird ab März für rund acht Millionen Euro saniert, "
            "teilte die Stadtverwaltung am Dienstag mit.",
            "Während der Bauzeit können Schulen und Vereine das Lehrschwimmbecken in der "
            "Nordstadt nutzen, das dafür länger geöffnet bleibt.",
        ],
        "Weitere Informationen",
        "Die Sanierung des Hallenbads soll bis zum Sommer des kommenden Jahres dauern; "
        "Saisonkarten behalten nach Angaben der Stadtverwaltung ihre Gültigkeit.",
    ),
    "de-background": (
        "Stadt saniert das Hallenbad am Westpark",
        [
            "Das Hallenbad am Westpark wird ab März für rund acht Millionen Euro saniert, "
            "teilte die Stadtverwaltung am Dienstag mit.",
            "Während der Bauzeit können Schulen und Vereine das Lehrschwimmbecken in der "
            "Nordstadt nutzen, das dafür länger geöffnet bleibt.",
        ],
        "Hintergrund",
        "Das Hallenbad wurde 1974 eröffnet und zuletzt vor zwanzig Jahren renoviert; "
        "ein Gutachten hatte Schäden am Dach und an der Lüftung festgestellt.",
    ),
    "en": (
        "Council approves new cycle lanes on the ring road",
        [
            "The city council voted on Tuesday to build protected cycle lanes along the "
            "whole ring road, a project expected to take two years.",
            "Shop owners on the eastern stretch had asked for loading bays to be kept, and "
            "the plan now includes twelve of them.",
        ],
        "More information",
        "Residents can see the drawings of the cycle lanes at the town hall until the end "
        "of the month, and the council will answer questions at a meeting in May.",
    ),
    "en-background": (
        "Council approves new cycle lanes on the ring road",
        [
            "The city council voted on Tuesday to build protected cycle lanes along the "
            "whole ring road, a project expected to take two years.",
            "Shop owners on the eastern stretch had asked for loading bays to be kept, and "
            "the plan now includes twelve of them.",
        ],
        "Background",
        "Cycle traffic on the ring road has doubled since 2019, and the council counted "
        "more than forty crashes involving cyclists there last year.",
    ),
    "fr": (
        "La médiathèque rouvre après deux ans de travaux",
        [
            "La médiathèque du centre-ville rouvre ses portes samedi après deux ans de "
            "travaux, a annoncé la mairie lundi.",
            "Le bâtiment dispose désormais d'un espace pour les enfants et d'une salle de "
            "travail ouverte jusqu'à 22 heures en semaine.",
        ],
        "Plus d'informations",
        "L'inscription à la médiathèque reste gratuite pour les habitants, et les "
        "horaires d'ouverture sont affichés sur le site de la mairie.",
    ),
    "es": (
        "El ayuntamiento amplía el horario de la biblioteca",
        [
            "La biblioteca municipal abrirá también los domingos a partir de octubre, "
            "anunció el ayuntamiento este lunes.",
            "La ampliación del horario responde a una petición de los estudiantes, que "
            "reunieron más de dos mil firmas en primavera.",
        ],
        "Más información",
        "El carné de la biblioteca seguirá siendo gratuito, y el nuevo horario de los "
        "domingos se mantendrá al menos hasta el final del curso.",
    ),
}


@pytest.mark.parametrize("name", sorted(SECTION_ARTICLES))
def test_a_heading_naming_a_section_before_article_text_stays_a_heading(name: str) -> None:
    title, paragraphs, heading, after = SECTION_ARTICLES[name]
    text = "\n\n".join([title, *paragraphs, heading, after])
    article = articleclean.clean_text(text)
    assert heading not in [r.text for r in article.removed]
    assert ("heading", heading) in [(block.kind, block.text) for block in article.body]
    assert article.paragraphs[-1] == after


TEASER_BLOCKS = {
    "en": (
        "Read more",
        [
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
        ],
    ),
    "de": (
        "Weitere Artikel",
        [
            "Sternekoch eröffnet drittes Restaurant in Paris",
            "Fußballverein entlässt Trainer nach fünfter Niederlage",
        ],
    ),
    "fr": (
        "Lire aussi",
        [
            "Un chef étoilé ouvre un troisième restaurant à Paris",
            "Le club de football limoge son entraîneur après une cinquième défaite",
        ],
    ),
    # The same words that stay before article text open teasers when teasers follow.
    "en-section": (
        "More information",
        [
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
            "Ten beaches you need to visit this summer",
        ],
    ),
    "de-section": (
        "Weitere Informationen",
        [
            "Sternekoch eröffnet drittes Restaurant in Paris",
            "Fußballverein entlässt Trainer nach fünfter Niederlage",
            "Zehn Strände, die Sie diesen Sommer besuchen müssen",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(TEASER_BLOCKS))
def test_a_real_teaser_block_is_still_removed(name: str) -> None:
    language = name.split("-")[0]
    key = {"en": "en", "de": "de", "fr": "fr"}[language]
    title, paragraphs, _, _ = SECTION_ARTICLES[key]
    heading, teasers = TEASER_BLOCKS[name]
    text = "\n\n".join([title, *paragraphs, heading, *teasers])
    article = articleclean.clean_text(text)
    removed = [(r.text, r.reason) for r in article.removed]
    assert removed == [(line, Reason.RELATED_TEASER) for line in [heading, *teasers]]
    assert article.paragraphs == paragraphs


def test_a_section_label_before_a_list_of_the_article_stays() -> None:
    title, paragraphs, heading, _ = SECTION_ARTICLES["en"]
    facts = [
        "Cost: 14 million pounds",
        "Opening hours of the exhibition: Monday to Friday, 9am to 5pm",
        "Start of works: spring",
        "Drawings on show at the town hall",
    ]
    # Short lines around a short article are `outside_article`'s to judge; this is about
    # the teaser rules alone.
    text = "\n\n".join([title, paragraphs[0], heading, *facts, paragraphs[1]])
    article = articleclean.clean_text(text, outside_article=False)
    assert heading not in [r.text for r in article.removed]
    assert all(fact in article.to_text() for fact in facts)


def test_section_labels_are_not_teaser_headings_on_their_own() -> None:
    for line in ("Weitere Informationen", "Hintergrund", "More information", "Background"):
        assert not judged(teaser_heading, line)


# --- trailing_teasers: a related box without a heading after the article --------

OTHER_STORIES = [
    "Celebrity chef opens third restaurant in Paris",
    "Football club sacks manager after fifth straight defeat",
    "Pop star reveals secret wedding photos",
]


def _removed_by(rule: str, text: str, **config: object) -> list[str]:
    """The texts `rule` removed when `text` is cleaned (with `config`)."""
    article = articleclean.clean_text(text, **config)
    return [r.text for r in article.removed if r.rule == rule]


_trailing = partial(_removed_by, "trailing_teasers")


def test_other_stories_after_the_article_go() -> None:
    assert _trailing("\n\n".join(BRIDGE + OTHER_STORIES)) == OTHER_STORIES


def test_a_closing_list_whose_items_complete_a_sentence_stays() -> None:
    # "Good managers ..." / "listen before they decide": items opening in lower case
    # go on from the sentence that announces them; a box's headlines open with a
    # capital.
    items = [
        "What good managers in every team share",
        "listen to their people before they decide",
        "explain every change a week ahead",
    ]
    assert _trailing("\n\n".join(BRIDGE + items)) == []
    german = [
        "Was gute Führungskräfte in jedem Team auszeichnet",
        "legen Wert auf ein konstruktives Miteinander",
        "erklären jede Änderung eine Woche vorher",
    ]
    assert _trailing("\n\n".join(BRIDGE + german)) == []


@pytest.mark.parametrize(
    "ending",
    [
        # Lines that share the article's words: its own closing list.
        [
            "Closed lanes on the harbour bridge during the works",
            "Shuttle buses across the river every ten minutes",
            "Footpath on the bridge open to cyclists",
        ],
        # A list the article announces, results, an address: the article's.
        ["Other bridges that will close next year:", *OTHER_STORIES],
        ["1. Celebrity chef opens restaurant", "2. Football club sacks manager", "3. Pop star"],
        [
            "City council press office",
            "Town Hall Square 1, Harbourtown",
            "press@harbourtown.example",
            "Celebrity chef opens third restaurant in Paris",
        ],
        # Two lines are a credit and a date, not a box.
        OTHER_STORIES[:2],
    ],
)
def test_the_article_s_own_ending_stays(ending: list[str]) -> None:
    article = articleclean.clean_text("\n\n".join(BRIDGE + ending))
    assert [r.text for r in article.removed if r.rule == "trailing_teasers"] == []


def test_trailing_headlines_without_an_article_before_them_stay() -> None:
    assert _trailing("\n\n".join(OTHER_STORIES + OTHER_STORIES[:1])) == []


def test_a_list_after_a_caption_kept_as_text_stays() -> None:
    # A picture's caption the caption rules left in the body, over its credit, between
    # the rows of a list the article announces: the caption is no last paragraph that
    # the rows would trail, and the walk reaches the line announcing them.
    stages = [
        "Santiago de Compostela, contrarreloj por equipos",
        "Ourense y la subida al alto de Meda",
        "Oviedo con final en los Lagos de Covadonga",
        "Santander y la llegada a Peña Cabarga",
        "Bilbao y jornada de descanso en el País Vasco",
    ]
    lines = [
        "La Vuelta presenta un recorrido con ocho llegadas en alto",
        "La organización desveló este martes el recorrido de la próxima edición, que "
        "arrancará en Galicia con una contrarreloj por equipos.",
        "Estas son las etapas de la primera semana:",
        *stages[:2],
        "Un operario inspecciona las obras de la meta a las afueras de Oviedo.",
        "Imagen: EFE",
        *stages[2:],
    ]
    article = articleclean.clean_text("\n\n".join(lines))
    assert [block.text for block in article.body if block.text in stages] == stages


def test_a_refrain_printed_again_at_the_end_stays() -> None:
    chorus = ["Missing you every night again", "Under the harbour lights so bright", "Sing it now"]
    text = "\n\n".join([BRIDGE[0], *chorus, *BRIDGE[1:], *chorus])
    assert _trailing(text) == []


# After a short introduction, more lines than the article has paragraphs and than an
# unmarked box prints: the article's own questions, steps or items (a recipe, a FAQ).
SHORT_INTRO_RUNS = {
    "en": [
        "What commuters need to know about the new rail pass",
        "The pass is valid on every regional train and bus from May and costs 49 euros a "
        "month, the transport ministry said on Thursday.",
        "Most operators sell it only as a subscription that can be cancelled each month.",
        "Where can I buy it?",
        "Is it valid on high-speed trains?",
        "What happens to my old season ticket?",
        "Will my employer pay for it?",
        "And what about students?",
    ],
    "de": [
        "Was Pendler über das neue Deutschlandticket wissen müssen",
        "Das Ticket gilt ab Mai in allen Bussen und Regionalzügen des Landes und kostet 49 "
        "Euro im Monat, wie Bund und Länder am Donnerstag beschlossen haben.",
        "Viele Verkehrsverbünde verkaufen es nur als Abonnement, das monatlich gekündigt "
        "werden kann.",
        "Wo gibt es das Ticket?",
        "Gilt es auch im Fernverkehr?",
        "Was passiert mit alten Abos?",
        "Zahlt der Arbeitgeber mit?",
        "Und was ist mit Studenten?",
    ],
    "es": [
        "Cómo preparar un gazpacho andaluz",
        "El gazpacho es la sopa fría del verano en el sur de España y se prepara en pocos "
        "minutos con tomates maduros, pepino y pimiento.",
        "La receta de la familia Romero lleva más de cincuenta años sin cambios.",
        "Lavar y trocear 1 kilo de tomates",
        "Añadir medio pepino y un pimiento verde",
        "Triturar con un diente de ajo",
        "Agregar 50 ml de aceite de oliva",
        "Salar y dejar enfriar 2 horas",
    ],
}


@pytest.mark.parametrize("language", sorted(SHORT_INTRO_RUNS))
def test_a_long_unmarked_run_after_a_short_introduction_stays(language: str) -> None:
    assert _trailing("\n\n".join(SHORT_INTRO_RUNS[language])) == []


def test_a_list_broken_by_a_prompt_is_counted_whole() -> None:
    # A prompt left in the body ("Recevez l'essentiel…") ends like a sentence and breaks
    # the list; the items above it count with the run: six steps, not four headlines.
    lines = [
        "Comment préparer une tarte aux pommes",
        "Cette tarte aux pommes se prépare en moins d'une heure avec des ingrédients "
        "simples que l'on trouve dans toutes les cuisines.",
        "Voici les étapes à suivre pour une tarte dorée et croustillante.",
        "Préchauffer le four à 180 degrés",
        "Étaler la pâte dans le moule",
        "Recevez l'essentiel de l'actualité chaque semaine.",
        "Éplucher et couper les pommes",
        "Disposer les pommes en rosace",
        "Saupoudrer de sucre et de cannelle",
        "Enfourner pendant 35 minutes",
    ]
    assert _trailing("\n\n".join(lines)) == []


# The same length of run after the same short introduction, with what a box prints
# around its headlines: it still goes.
BOX_HEADLINES = [
    "Celebrity chef opens third restaurant in Paris",
    "Football club sacks manager after fifth straight defeat",
    "Pop star reveals secret wedding photos",
    "Storm leaves 3,000 homes without power on the coast",
    "Scientists find new species of frog in the rainforest",
]


@pytest.mark.parametrize(
    "box",
    [
        # a date under each headline
        [line for headline in BOX_HEADLINES[:3] for line in (headline, "07.10.2016")],
        # a section label printed under each headline
        [line for headline in BOX_HEADLINES[:3] for line in (headline, "Politics")],
        # blurbs cut short under the headlines
        [
            BOX_HEADLINES[0],
            "The chef, who trained in Lyon, said the new place would serve only…",
            BOX_HEADLINES[1],
            "The club has not won a match since the start of the season and its…",
            BOX_HEADLINES[2],
        ],
    ],
    ids=["dates", "labels", "blurbs"],
)
def test_a_long_run_with_a_box_s_marks_still_goes(box: list[str]) -> None:
    lines = SHORT_INTRO_RUNS["en"][:3] + box
    assert _trailing("\n\n".join(lines)) == box


def test_a_few_unmarked_headlines_after_a_short_article_still_go() -> None:
    # Up to four headlines without dates or labels: a box's size, not a list's.
    box = BOX_HEADLINES[:4]
    assert _trailing("\n\n".join(SHORT_INTRO_RUNS["en"][:3] + box)) == box


def test_a_long_unmarked_run_after_a_long_article_still_goes() -> None:
    # Five paragraphs of prose are enough to tell other stories by their words.
    paragraphs = [
        f"{BRIDGE[1]} Engineers found the damage during an inspection in {year}."
        for year in (2019, 2020, 2021, 2022, 2023, 2024)
    ]
    box = BOX_HEADLINES
    assert _trailing("\n\n".join([BRIDGE[0], *paragraphs, *box])) == box


# A box whose stories are a short name and a blurb the site cut off ("Natura 2000" over
# "Um den fortschreitenden Verlust … in der Region..."), or a headline and its blurb run into one
# cut line: no line of it is a headline, but each cut blurb is one story of the box.
CUT_BOXES = {
    "en": [
        "Cookbook",
        "The chef, who trained in Lyon, shares forty recipes from her grandmother's…",
        "Transfer window",
        "The club has not won a match since the start of the season and its fans...",
    ],
    "de": [
        "GEWÄSSER",
        "Das 1982 beschlossene Bonner Gewässerschutzabkommen (Convention on Freshwater "
        "Habitats and Rivers...",
        "Natura 2000",
        "Um den fortschreitenden Verlust von heimischen Insekten und blühenden Wiesen "
        "in der Region...",
    ],
    "es": [
        "Recetas de otoño con calabaza y castañas para toda la familia Las mejores ideas…",
        "Cinco destinos de playa para escapar del invierno este año Viajar en enero…",
        "Así funciona el nuevo abono de transporte para estudiantes El ministerio…",
    ],
}


@pytest.mark.parametrize("language", sorted(CUT_BOXES))
def test_a_box_of_blurbs_cut_short_goes(language: str) -> None:
    box = CUT_BOXES[language]
    assert _trailing("\n\n".join(BRIDGE + box)) == box


def test_the_article_trailing_off_once_stays() -> None:
    # One line cut off ("…") is a writer's pause or a quote trailing off, not a box.
    ending = [
        "Opening hours",
        "Ferry timetable",
        "The mayor said the city had waited long enough, and that the works would…",
    ]
    assert _trailing("\n\n".join(BRIDGE + ending)) == []


def test_cut_lines_on_the_article_s_topic_stay() -> None:
    # The article's own notes, cut off as a feed cuts them, share its words.
    ending = [
        "Harbour bridge cables",
        "The corroded cables of the harbour bridge will be replaced by engineers from...",
        "Shuttle buses",
        "Buses will run across the river every ten minutes during the works on the...",
    ]
    assert _trailing("\n\n".join(BRIDGE + ending)) == []


# Headlines with a kicker before a colon: the walk up from the dump's end no longer stops
# at them as at a fact of the article ("Venue: Town hall").
KICKER_BOXES = {
    "de": [
        "Platzprobleme in Hamburg: Hafenfähren lassen Passagiere an Land",
        "Supermarkt-Leiterin wundert sich: Ladenhüter wird Verkaufshit",
        "Traditionsbäckerei in Hamburg: Sein Teig ist mehr als hundert Jahre alt",
    ],
    "en": [
        "Celebrity chef opens third restaurant in Paris",
        "Transfer news: Football club sacks manager after fifth defeat",
        "Pop star reveals secret wedding photos",
    ],
    "es": [
        "Fútbol: El club despide al entrenador tras la quinta derrota",
        "Cine: La actriz presenta su nueva película en el festival",
        "Un chef famoso abre su tercer restaurante en París",
    ],
}


@pytest.mark.parametrize("language", sorted(KICKER_BOXES))
def test_a_box_of_headlines_with_kickers_goes(language: str) -> None:
    box = KICKER_BOXES[language]
    assert _trailing("\n\n".join(BRIDGE + box)) == box


@pytest.mark.parametrize(
    "facts",
    [
        ["Closure: from 3 March", "Shuttle: every ten minutes", "Contact: Jane Doe"],
        ["Beginn: 19 Uhr", "Ort: Stadthalle am Markt", "Eintritt: frei für alle Kinder"],
    ],
)
def test_the_article_s_closing_facts_stay(facts: list[str]) -> None:
    # A fact's value is a count, a name, a few words or goes on in lower case: the walk
    # still stops there, and no headline-like line after it makes a box.
    assert _trailing("\n\n".join(BRIDGE + facts + OTHER_STORIES[:1])) == []


# --- trailing_menu: a run of short labels after the article ----------------------


_menu = partial(_removed_by, "trailing_menu")


def test_a_run_of_menu_labels_after_the_article_goes() -> None:
    menu = ["Popular", "Steam sale", "Palworld", "Stardew Valley", "Last Epoch"]
    assert _menu("\n\n".join(BRIDGE + menu)) == menu


def test_a_short_run_of_labels_stays() -> None:
    # Four short lines could be the article's closing notes: a run must be longer.
    labels = ["Steam sale", "Palworld", "Stardew Valley", "Last Epoch"]
    assert _menu("\n\n".join(BRIDGE + labels)) == []


def test_labels_that_share_the_article_s_words_stay() -> None:
    labels = ["Harbour bridge", "Corroded cables", "Shuttle buses", "Cyclists", "Footpath"]
    assert _menu("\n\n".join(BRIDGE + labels)) == []


def test_a_list_the_article_announces_stays() -> None:
    labels = ["Flour", "Sugar", "Butter", "Cinnamon", "Baking powder"]
    assert _menu("\n\n".join([*BRIDGE, "What the bakers brought along:", *labels])) == []


def test_dates_between_the_headlines_do_not_stop_the_box() -> None:
    box = [
        OTHER_STORIES[0],
        "3. Dezember 2020",
        OTHER_STORIES[1],
        "11. Mai 2020",
        OTHER_STORIES[2],
    ]
    assert _trailing("\n\n".join(BRIDGE + box)) == box


def test_a_fact_line_ends_the_article_and_the_box_after_it_goes() -> None:
    fact = "Venue: Town hall"
    removed = _trailing("\n\n".join([*BRIDGE, fact, *OTHER_STORIES]))
    assert removed == OTHER_STORIES
    assert fact not in removed


def test_a_headline_with_a_colon_does_not_keep_the_box() -> None:
    box = ["Brexit: talks resume in Brussels on Monday", *OTHER_STORIES]
    assert _trailing("\n\n".join(BRIDGE + box)) == OTHER_STORIES


def test_headlines_that_ask_and_blurbs_cut_short_are_the_box_s() -> None:
    box = [
        "Why do cats purr at their owners?",
        "Scientists recorded two hundred pets and found the sound changes with the mood of...",
        *OTHER_STORIES,
    ]
    assert _trailing("\n\n".join(BRIDGE + box)) == box


def test_a_box_may_print_its_section_label_again_and_again() -> None:
    box = ["Sport", OTHER_STORIES[1], "Sport", "Football legend signs deal with rival club"]
    assert _trailing("\n\n".join(BRIDGE + box)) == box


@pytest.mark.parametrize(
    "ending",
    [
        # A short line with an ellipsis is the writer's pause, not a blurb cut short.
        ["While you are here…", *OTHER_STORIES],
        # An exclamation closes the article it signs.
        ["Good night and good luck, everyone!", *OTHER_STORIES],
        # A question and its answer end an interview.
        ["Will the bridge open on time?", "We expect so, if the weather holds until May."],
    ],
)
def test_the_article_s_closing_lines_stay_out_of_the_box(ending: list[str]) -> None:
    removed = _trailing("\n\n".join(BRIDGE + ending))
    assert ending[0] not in removed


# --- teaser_box: a box of other stories inside the article, under an unknown heading


_box = partial(_removed_by, "teaser_box")


def test_a_box_between_two_paragraphs_goes() -> None:
    box = ["What others are reading", *OTHER_STORIES]
    assert _box("\n\n".join([*BRIDGE[:2], *box, BRIDGE[2]])) == box


@pytest.mark.parametrize(
    "lines",
    [
        # The article's own section: its heading and lines share the article's words.
        [
            "What the bridge closure means",
            "Shuttle buses across the river every ten minutes",
            "Footpath on the bridge stays open to cyclists",
        ],
        # A list of the article's, its items not headlines (no capital, or too short).
        ["Topics of the report", "corroded cables and rusting bolts", "traffic on the river"],
        ["In brief", "Pop star", "Football"],
        # A single headline-like line is a subheading, not a box.
        ["Works", OTHER_STORIES[0]],
    ],
)
def test_the_article_s_own_lines_between_paragraphs_stay(lines: list[str]) -> None:
    assert _box("\n\n".join([*BRIDGE[:2], *lines, BRIDGE[2]])) == []


@pytest.mark.parametrize(
    "lines",
    [
        [
            "The harbour bridge will close to traffic for six weeks from next month while "
            "engineers replace corroded cables.",
            "Who pays",
            "More stories from our newsroom",
            *OTHER_STORIES,
            "The council says repairs will cost at least 4 million pounds.",
        ],
        [
            "Marie Lefèvre a traversé l'Europe à vélo l'été dernier, de Brest à Istanbul. "
            "Elle raconte son voyage dans un livre.",
            "Le plus dur ?",
            "Les articles les plus partagés ›",
            "Un chef étoilé révèle le secret du rôti parfait",
            "Les gadgets que tout le monde voudra pour Noël",
            "Les Alpes, sous la pluie, et le vent qui ne cessait jamais de souffler dans la vallée.",
        ],
        [
            "Ab Januar gilt die neue Grundsteuer. Viele Mieter fragen sich, ob ihre "
            "Nebenkosten nun steigen werden.",
            "Kann man Einspruch einlegen?",
            "Ja, innerhalb eines Monats.",
            "— Weitere Artikel aus der Region »",
            "Sternekoch verrät das Geheimnis des perfekten Bratens",
            "Diese Geräte wünschen sich alle zu Weihnachten",
            "Börsen geben nach, Technologiewerte brechen ein",
            "Die meisten Städte verschicken den neuen Bescheid erst im Frühjahr, sagt der "
            "Mieterbund.",
        ],
    ],
    ids=["en-subheading", "fr-question", "de-answer"],
)
def test_the_line_over_a_box_s_own_heading_stays(lines: list[str]) -> None:
    # A box under a heading worded as teaser headings are ("Weitere Artikel aus der
    # Region") starts there: the short line above it is the article's subheading, its
    # question or its answer, not the box's heading.
    heading = next(i for i, line in enumerate(lines) if line.startswith(("More", "Les art", "—")))
    assert _box("\n\n".join(lines)) == lines[heading:-1]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "The harbour bridge will close to traffic for six weeks from next month while "
            "engineers replace corroded cables.",
            "Who decided?",
            *OTHER_STORIES,
            "The council says repairs will cost at least 4 million pounds.",
        ],
        [
            "Ab Januar gilt die neue Grundsteuer. Viele Mieter fragen sich, ob ihre "
            "Nebenkosten nun steigen werden.",
            "Und die Vermieter?",
            "Sternekoch verrät das Geheimnis des perfekten Bratens",
            "Diese Geräte wünschen sich alle zu Weihnachten",
            "Börsen geben nach, Technologiewerte brechen ein",
            "Die meisten Städte verschicken den neuen Bescheid erst im Frühjahr, sagt der "
            "Mieterbund.",
        ],
    ],
    ids=["en", "de"],
)
def test_a_question_over_a_box_stays_and_the_box_goes(lines: list[str]) -> None:
    # The box's "heading" asks, not worded as teaser headings are: a question of the
    # article's Q&A. Only the headlines go.
    assert _box("\n\n".join(lines)) == lines[2:-1]


def test_a_heading_of_five_words_needs_a_box_sharing_no_word() -> None:
    # Five words not worded as teaser headings are: one more headline, maybe of the
    # article's own list.
    heading = "Notes from the night desk"
    assert _box("\n\n".join([*BRIDGE[:2], heading, *OTHER_STORIES, BRIDGE[2]])) == [
        heading,
        *OTHER_STORIES,
    ]
    # One headline naming the article's bridge: the run may be the article's own list.
    on_topic = [*OTHER_STORIES[:2], "Celebrity chef opens restaurant on the bridge"]
    assert _box("\n\n".join([*BRIDGE[:2], heading, *on_topic, BRIDGE[2]])) == []


# A heading worded as teaser headings are, five words or more: a box's label, not one
# more headline, so its headlines may share a word with the article as a box's may (the
# first one here names the bridge); and its own teaser words ("lesen", "weitere",
# "reading", "articles") tie it to no article using them.
WORDED_BOXES = {
    "en": (
        [
            "Harbour bridge to close for six weeks",
            "The harbour bridge will close to traffic for six weeks while engineers replace "
            "corroded cables, the city council said on Tuesday after reading the report.",
            "Buses will run a shuttle service across the river every ten minutes during the "
            "works, and cyclists may still use the bridge's footpath.",
        ],
        "More stories you might like",
        [
            "Pop star weds in secret on a bridge in Venice",
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
        ],
    ),
    "de": (
        [
            "Hafenbrücke sechs Wochen gesperrt",
            "Die Hafenbrücke wird ab Montag für sechs Wochen gesperrt, teilte die Stadt mit; "
            "weitere Arbeiten an den Seilen sollen im Frühjahr folgen, wie Sie hier lesen.",
            "Die Arbeiten übernimmt eine Firma aus Kiel, die bereits die Schleuse am Kanal "
            "saniert hat; weitere Sperrungen sind nicht geplant, sagte die Stadt.",
        ],
        "Weitere Artikel aus der Region lesen",
        [
            "Im Frühjahr öffnet das neue Hallenbad im Süden",
            "Sternekoch verrät das Geheimnis des perfekten Bratens",
            "Börsen geben nach, Technologiewerte brechen ein",
        ],
    ),
    "fr": (
        [
            "Le pont du port fermé six semaines",
            "Le pont du port sera fermé à la circulation pendant six semaines, le temps de "
            "remplacer les câbles rouillés, selon les articles publiés par la mairie.",
            "Des navettes traverseront la rivière toutes les dix minutes pendant les travaux, "
            "et les cyclistes pourront toujours emprunter la passerelle du pont.",
        ],
        "Les articles les plus partagés",
        [
            "Un concert gratuit sous le pont de la gare",
            "Un chef étoilé révèle le secret du rôti parfait",
            "Les gadgets que tout le monde voudra pour Noël",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(WORDED_BOXES))
def test_a_long_heading_worded_as_teaser_headings_is_a_box_s_label(language: str) -> None:
    article, heading, box = WORDED_BOXES[language]
    removed = _box("\n\n".join([*article[:2], heading, *box, article[2]]))
    assert removed == [heading, *box]


@pytest.mark.parametrize("language", sorted(WORDED_BOXES))
def test_a_worded_heading_over_the_article_s_own_lines_stays(language: str) -> None:
    # The same heading over lines that name what the article is about (its bridge, its
    # cables, its buses): the article's own section, whatever its heading says.
    article, heading, _ = WORDED_BOXES[language]
    own = {
        "en": [
            "Bridge cables replaced by engineers from Carrow",
            "Shuttle buses cross the river every ten minutes",
        ],
        "de": ["Brücke: Seile werden von der Firma getauscht", "Schleuse am Kanal wird saniert"],
        "fr": ["Les câbles rouillés du pont remplacés", "Des navettes traversent la rivière"],
    }[language]
    assert _box("\n\n".join([*article[:2], heading, *own, article[2]])) == []


def test_a_subheading_after_the_box_stays_with_its_paragraph() -> None:
    subheading = "Cables rusted through in the wet winter"
    text = "\n\n".join(
        [
            *BRIDGE[:2],
            "What others are reading",
            *OTHER_STORIES,
            subheading,
            "Inspectors found the cables had rusted through after a wet winter.",
        ]
    )
    removed = _box(text)
    assert removed == ["What others are reading", *OTHER_STORIES]
    assert subheading not in removed


def test_a_box_at_the_end_is_left_to_the_trailing_rule() -> None:
    box = ["What others are reading", *OTHER_STORIES]
    assert _box("\n\n".join(BRIDGE + box)) == []


def test_lines_that_name_a_website_are_the_article_s() -> None:
    ending = [*OTHER_STORIES[:2], "More on the works at harbourtown.org", OTHER_STORIES[2]]
    assert _trailing("\n\n".join(BRIDGE + ending)) == []


def test_a_headline_printed_twice_is_no_word_of_the_article() -> None:
    # The site links one of the box's stories above it too ("See also: ..."): its
    # words stand outside the box, but they are the box's, not the article's.
    box = ["What others are reading", *OTHER_STORIES]
    text = "\n\n".join([BRIDGE[0], f"See also: {OTHER_STORIES[1]}", BRIDGE[1], *box, BRIDGE[2]])
    assert _box(text) == box
    # Printed once more, word for word, after the article: the same.
    text = "\n\n".join([*BRIDGE[:2], *box, BRIDGE[2], OTHER_STORIES[0]])
    assert _box(text) == box


# A word the article uses once, short and in lower case ("right", "dazu"), is its
# language's, not its topic: a box's headlines sharing only such words are other
# stories. A word the article names (capitalised inside a sentence), repeats in two
# paragraphs or that is long is its own: headlines sharing it are its section.
COMMON_WORDS = {
    "en": (
        [
            "Harbour bridge to close for six weeks",
            "The harbour bridge will close for six weeks, the council said, and the right "
            "lane of the ring road stays open to traffic from the whole region.",
            "Buses will run a shuttle across the river every ten minutes while engineers "
            "from Carrow replace the corroded cables of the bridge.",
        ],
        "What others are reading",
        ["Right whales spotted off the coast", "Region votes on new school hours"],
        ["Carrow engineers test the new cables", "Bridge shuttle runs every ten minutes"],
    ),
    "de": (
        [
            "Hafenbrücke sechs Wochen gesperrt",
            "Die Hafenbrücke wird ab Montag für sechs Wochen gesperrt, teilte die Stadt mit; "
            "dazu gibt es alle zehn Minuten einen Pendelbus über den Fluss.",
            "Die Arbeiten an der Brücke übernimmt eine Firma aus Kiel, die bereits die "
            "Schleuse am Kanal saniert hat und die Seile der Brücke tauscht.",
        ],
        "Was andere lesen",
        ["Alle Bäder öffnen dazu früher", "Neues Café am Markt eröffnet"],
        ["Brücke: Seile werden getauscht", "Firma aus Kiel saniert die Schleuse"],
    ),
}


@pytest.mark.parametrize("language", sorted(COMMON_WORDS))
def test_a_box_sharing_only_common_words_with_the_article_goes(language: str) -> None:
    article, heading, others, _ = COMMON_WORDS[language]
    box = [heading, *others]
    assert _box("\n\n".join([*article[:2], *box, article[2]])) == box


@pytest.mark.parametrize("language", sorted(COMMON_WORDS))
def test_a_section_sharing_the_article_s_own_words_stays(language: str) -> None:
    article, heading, _, own = COMMON_WORDS[language]
    assert _box("\n\n".join([*article[:2], heading, *own, article[2]])) == []


def test_a_bulleted_run_is_the_article_s_own_list() -> None:
    items = [f"- {story}" for story in OTHER_STORIES]
    assert _box("\n\n".join([*BRIDGE[:2], "What others are reading", *items, BRIDGE[2]])) == []


@pytest.mark.parametrize("mark", ["» ", "▶ ", "* ", "— "])
def test_a_mark_before_the_heading_is_no_word_of_it(mark: str) -> None:
    # "* What others are reading" is neither a list's row (no row follows it) nor a
    # heading of five words, which would ask the box to share no word at all.
    box = [f"{mark}What others are reading", *OTHER_STORIES]
    assert _box("\n\n".join([*BRIDGE[:2], *box, BRIDGE[2]])) == box


@pytest.mark.parametrize(
    ("subheading", "heading"),
    [
        ("Shuttle buses and footpath", "What others are reading"),
        ("Busse und Fußweg", "Das lesen andere gerade"),
        ("Navettes et passerelle", "Ailleurs sur le site"),
    ],
)
def test_a_box_between_a_subheading_and_its_paragraph_goes(subheading: str, heading: str) -> None:
    box = [heading, *OTHER_STORIES]
    removed = _box("\n\n".join([*BRIDGE[:2], subheading, *box, BRIDGE[2]]))
    assert removed == box  # the article's subheading stays


@pytest.mark.parametrize("heading", ["Weitere Artikel aus der Region:", "Lesen Sie dazu auch"])
def test_a_teaser_heading_over_the_box_is_not_taken_for_a_subheading(heading: str) -> None:
    # Taken for the article's subheading, the heading would stay behind while the box
    # was judged from its first headline: it ends in a colon, or is worded as teaser
    # headings are, so it heads the box (and the rules for such headings take it).
    box = [heading, *OTHER_STORIES]
    text = "\n\n".join([*BRIDGE[:2], "Busse und Fußweg", *box, BRIDGE[2]])
    removed = [r.text for r in articleclean.clean_text(text).removed]
    assert heading in removed or not set(OTHER_STORIES) & set(removed)


# teaser_list: a heading worded from teaser headings' words over off-topic headlines,
# wherever it stands (teaser_box wants prose on both sides).

ROWS = [
    "- Bus route 12 runs to the ferry terminal every ten minutes",
    "- Bus route 14 runs to the old town every twenty minutes",
]


_listed = partial(_removed_by, "teaser_list")


@pytest.mark.parametrize(
    "heading",
    [
        "Other stories from our newsroom",  # no phrase list has it word for word
        "Weitere Artikel aus der Region:",
        "Les articles les plus partagés",
        "Otras noticias de la sección",
    ],
)
def test_a_worded_teaser_heading_between_list_rows_goes_with_its_headlines(heading: str) -> None:
    box = [heading, *OTHER_STORIES]
    text = "\n\n".join([*BRIDGE[:2], ROWS[0], *box, ROWS[1], BRIDGE[2]])
    assert _listed(text) == box
    assert _listed(text, teaser_list=False) == []


def test_a_dump_that_is_only_a_worded_heading_over_headlines_keeps_them() -> None:
    # Found by the idempotence property test: with no prose besides the box, there is
    # no article for its headlines to be off the topic of, and the whole dump went.
    text = "News\n\nThe minister speaks in Paris\n\nThe minister speaks in Paris"
    assert _listed(text) == []
    box = ["Other stories from our newsroom", *OTHER_STORIES]
    assert _listed("\n\n".join(box)) == []


def test_a_worded_teaser_box_at_the_end_goes() -> None:
    box = ["Other stories from our newsroom:", *OTHER_STORIES]
    assert _listed("\n\n".join([*BRIDGE, ROWS[0], *box])) == box


def test_a_heading_that_shares_the_article_s_words_stays() -> None:
    # "bridge" is the article's word: the heading of its own section of stories.
    box = ["More bridge stories", *OTHER_STORIES]
    assert _listed("\n\n".join([*BRIDGE[:2], ROWS[0], *box, ROWS[1], BRIDGE[2]])) == []


def test_a_heading_s_teaser_words_in_the_article_are_no_topic_it_shares() -> None:
    # The article speaks of stories and of reading ("the stories residents told",
    # "reading the notices"): the heading's teaser words say it is a teaser heading,
    # not that it heads the article's own section.
    article = [
        *BRIDGE[:2],
        "Residents shared their stories of the last closure, reading the notices at the bus stops.",
    ]
    box = ["Other stories from our newsroom", *OTHER_STORIES]
    assert _listed("\n\n".join([*article, ROWS[0], *box, ROWS[1], BRIDGE[2]])) == box
    # A word of its own the article has ("bridge") still makes it the article's section.
    box = ["More bridge stories", *OTHER_STORIES]
    assert _listed("\n\n".join([*article, ROWS[0], *box, ROWS[1], BRIDGE[2]])) == []


def test_a_box_inside_the_article_s_own_list_of_titles_takes_no_title() -> None:
    # Between the titles of a list of books, the box would take the titles after it;
    # the next title is written as the one above the box (title case), so the box ends
    # there (until round 28 the box stayed).
    titles = [
        "The Lighthouse Keeper's Last Winter",
        "A Map of the Drowned Valley",
        "Everything We Buried in the Garden",
    ]
    box = ["Other stories from our newsroom", *OTHER_STORIES[:2]]
    text = "\n\n".join([*BRIDGE[:2], titles[0], titles[1], *box, titles[2]])
    assert _listed(text) == box


def test_a_verse_going_on_after_the_box_is_not_one_of_its_headlines() -> None:
    verse = ["I walk the wall where you once stood", "and count the gulls against the grey."]
    box = ["Other stories from our newsroom", *OTHER_STORIES]
    removed = _listed("\n\n".join([*BRIDGE[:2], ROWS[0], *box, *verse]))
    assert verse[0] not in removed
    assert removed == box


def test_a_closing_line_that_names_people_is_not_a_headline_of_the_box() -> None:
    closing = "Additional reporting by Steve Gorman and editing by Simon Cameron"
    box = ["Other stories from our newsroom", *OTHER_STORIES]
    removed = _listed("\n\n".join([*BRIDGE, ROWS[0], *box, closing]))
    assert removed == box


def test_a_table_row_after_the_box_is_not_one_of_its_headlines() -> None:
    row = "| Station | Rainfall in the month | Long-term average |"
    box = ["Other stories from our newsroom", *OTHER_STORIES]
    removed = _listed("\n\n".join([*BRIDGE[:2], ROWS[0], *box, row, BRIDGE[2]]))
    assert removed == box


# labelled_teaser: a teaser label no phrase list has, glued to another story's headline.


_labelled = partial(_removed_by, "labelled_teaser")


@pytest.mark.parametrize(
    "line",
    [
        "Auch lesenswert – Sternekoch eröffnet drittes Restaurant am Marktplatz",
        "Don't miss ▸ Pop star reveals secret wedding photos",
        "À lire sur le même thème | Dix plages à découvrir absolument cet été",
    ],
)
def test_a_teaser_label_glued_to_an_off_topic_headline_goes(line: str) -> None:
    text = "\n\n".join([*BRIDGE[:2], line, BRIDGE[2]])
    assert _labelled(text) == [line]
    assert _labelled(text, labelled_teaser=False) == []


@pytest.mark.parametrize(
    "line",
    [
        # on the article's topic: its own pointer to more of the story
        "Don't miss ▸ Harbour bridge cables replaced ahead of the works",
        # one label word alone labels a fact; a clause is no label
        "Author: Jane Carter, reporter at the City Gazette",
        "If you want to cycle: the footpath stays open during the works",
    ],
)
def test_labelled_lines_of_the_article_stay(line: str) -> None:
    assert _labelled("\n\n".join([*BRIDGE[:2], line, BRIDGE[2]])) == []


# An arrow between a short label and a headline marks a link whatever the label's words.
ARROW_TEASERS = {
    "en": "Also on our site ▸ Pop star reveals secret wedding photos",
    "de": "Passend dazu >> Sternekoch eröffnet drittes Restaurant am Marktplatz",
    "fr": "Ailleurs → Dix plages à découvrir absolument cet été",
    "es": "Además ▶ Una leyenda del fútbol ficha por el eterno rival",
}


@pytest.mark.parametrize("language", sorted(ARROW_TEASERS))
def test_a_label_pointing_with_an_arrow_to_an_off_topic_headline_goes(language: str) -> None:
    line = ARROW_TEASERS[language]
    text = "\n\n".join([*BRIDGE[:2], line, BRIDGE[2]])
    assert _labelled(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # the same arrow before the article's own topic: its pointer to more of the story
        "Also on our site ▸ Harbour bridge cables replaced ahead of the works",
        # a label of five words is a clause, not a link's label
        "What the council said next ▸ Pop star reveals secret wedding photos",
        # a quote opening with a guillemet is no arrow
        "Der Bürgermeister sagte »Das bleibt ein schwieriger Winter für alle«",
        "Le maire a dit » Nous rouvrirons le pont au printemps",
        # other separators still need the label worded as teaser headings are
        "Passend dazu: Sternekoch eröffnet drittes Restaurant am Marktplatz",
    ],
)
def test_lines_that_are_no_arrowed_teaser_stay(line: str) -> None:
    assert _labelled("\n\n".join([*BRIDGE[:2], line, BRIDGE[2]])) == []


# closing_teasers: only headlines after the last teaser heading, to the end of the dump.

# A question on the article's topic reads to teaser_blurb as the article resuming.
ON_TOPIC = [
    "Will the harbour bridge cables last another winter?",
    "Ferries add crossings for the bridge closure",
]


_closing = partial(_removed_by, "closing_teasers")


def _box_taken(text: str, **config: object) -> list[str]:
    """The texts removed as a closing box's: by `closing_teasers`, or, since round 51, by
    `teaser_blurb`'s closing box (a box of headlines and dates ending the dump: the same
    lines, the same reason, taken one rule earlier)."""
    article = articleclean.clean_text(text, **config)
    return [r.text for r in article.removed if r.rule in ("teaser_blurb", "closing_teasers")]


def test_headlines_after_the_last_teaser_heading_go_even_on_the_article_s_topic() -> None:
    text = "\n\n".join([*BRIDGE, "Related stories", *ON_TOPIC, "3 December 2020"])
    assert _box_taken(text) == [*ON_TOPIC, "3 December 2020"]
    assert _box_taken(text, closing_teasers=False, teaser_blurb=False) == []


def test_prose_after_the_teaser_heading_keeps_the_run() -> None:
    prose = "The works start in March, and the council will publish the bus timetable next week."
    assert _closing("\n\n".join([*BRIDGE, "Related stories", *ON_TOPIC, prose])) == []


def test_a_single_headline_after_the_heading_is_not_a_box() -> None:
    assert _closing("\n\n".join([*BRIDGE, "Related stories", ON_TOPIC[0]])) == []


PUENTE = [
    "El puente del puerto cierra seis semanas",
    "El puente del puerto cerrará al tráfico durante seis semanas a partir del mes que viene "
    "mientras los ingenieros sustituyen los cables corroídos, informó el ayuntamiento.",
    "Los autobuses cruzarán el río cada diez minutos durante las obras, y los ciclistas "
    "podrán seguir usando la acera del puente.",
]


def _body(text: str, **config: object) -> list[str]:
    return [p.text for p in articleclean.clean_text(text, **config).body]


BLURBED_BOXES = [
    (
        "Related stories",
        [
            "Celebrity chef opens third restaurant in Paris",
            "The menu mixes Breton seafood with Japanese pastry, and tables are booked out.",
            "Football club sacks manager after fifth straight defeat",
            "The chairman thanked him for three seasons and named his assistant in charge.",
        ],
    ),
    (
        "Mehr zum Thema",
        [
            "Sternekoch eröffnet drittes Restaurant am Marktplatz",
            "Auf der Karte stehen bretonische Meeresfrüchte und japanisches Gebäck.",
            "Handballverein sucht neuen Trainer für die erste Mannschaft",
            "Der Vorstand dankte dem Trainer für drei Spielzeiten voller Erfolge.",
        ],
    ),
    (
        # one blurb, and the box goes on under it (a date): its own small print
        "Lea también",
        [
            "Un chef abre su tercer restaurante en la plaza mayor",
            "Un club de fútbol despide a su entrenador tras cinco derrotas",
            "La directiva agradeció sus tres temporadas y nombró a su ayudante.",
            "3 de diciembre de 2020",
        ],
    ),
]


@pytest.mark.parametrize(("heading", "box"), BLURBED_BOXES)
def test_headlines_with_off_topic_blurbs_after_a_teaser_heading_go(
    heading: str, box: list[str]
) -> None:
    article = PUENTE if heading == "Lea también" else BRIDGE
    text = "\n\n".join([*article, heading, *box])
    # teaser_blurb takes the box's first headline(s) up to the first blurb; this rule
    # takes the rest, counting the headlines taken already.
    taken = _closing(text)
    assert taken and taken == box[-len(taken) :]
    assert not any(line in box for line in _body(text))
    assert set(_body(text, closing_teasers=False)) & set(box)


@pytest.mark.parametrize("date", ["Thursday 21 April, 2022", "Jueves 21 abril, 2022"])
def test_a_date_of_four_words_is_no_headline(date: str) -> None:
    # One headline (on the article's topic, which teaser_blurb leaves) and a date: no
    # box of two headlines under the heading.
    text = "\n\n".join([*BRIDGE, "Related stories", ON_TOPIC[0], date])
    assert _closing(text) == []


def test_a_short_last_paragraph_after_an_inline_box_stays() -> None:
    # "Lesen Sie auch" and two headlines, then the article closes with a short paragraph
    # (of other words than the rest): one line of prose at the end is no box's blurb.
    closing = "Tickets for the opening concert go on sale at the town hall on Friday."
    text = "\n\n".join([*BRIDGE, "Read also", *OTHER_STORIES[:2], closing])
    assert closing in _body(text)
    assert _closing(text) == []


def test_blurbs_on_the_article_s_topic_keep_the_run() -> None:
    box = [
        "Ferries add crossings for the bridge closure",
        "Buses and ferries will cross the river every ten minutes while the bridge is closed.",
        "Cyclists may still use the harbour bridge footpath",
        "The council said the footpath on the bridge stays open during the works.",
    ]
    assert _closing("\n\n".join([*BRIDGE, "Related stories", *box])) == []


@pytest.mark.parametrize(
    "ending",
    [
        # an exclamation of more than one sentence is the article's own prose
        "Das war es! Vielen Dank an alle, die mitgeholfen haben!",
        # a fact after the headlines ends the article: the author, the source
        "Autor: Fritz Imhof",
        "Quelle: Livenet",
    ],
)
def test_prose_and_facts_after_the_headlines_keep_the_run(ending: str) -> None:
    text = "\n\n".join([*BRIDGE, "Ähnliche Beiträge", *ON_TOPIC, ending])
    assert _closing(text) == []


# repeated_teaser: a headline printed again, when a teaser rule took another copy of it.


_repeated = partial(_removed_by, "repeated_teaser")


@pytest.mark.parametrize(
    ("heading", "stories"),
    [
        ("Related stories", OTHER_STORIES),
        (
            "Lesen Sie auch",
            [
                "Sternekoch eröffnet drittes Restaurant am Marktplatz",
                "Handballverein sucht neuen Trainer für die erste Mannschaft",
            ],
        ),
    ],
)
def test_a_headline_a_teaser_rule_took_goes_where_it_is_printed_again(
    heading: str, stories: list[str]
) -> None:
    # The box's copy goes with the box; the one printed again between two of the
    # article's rows, where no box is seen, is the same story.
    text = "\n\n".join([*BRIDGE[:2], heading, *stories, BRIDGE[2], ROWS[0], stories[0], ROWS[1]])
    assert _repeated(text) == [stories[0]]
    assert _repeated(text, repeated_teaser=False) == []


def test_the_article_s_headline_listed_in_the_site_s_box_stays() -> None:
    # A site's box lists the article itself: the copy on top is its headline.
    headline = "Harbour bridge to close for six weeks of repairs"
    text = "\n\n".join([headline, *BRIDGE[1:], "Related stories", headline, *OTHER_STORIES])
    article = articleclean.clean_text(text)
    assert article.title == headline
    assert [r.text for r in article.removed if r.rule == "repeated_teaser"] == []


def test_labels_and_lines_printed_row_after_row_are_no_teasers_printed_again() -> None:
    label = "Santa Cruz"
    box = ["Related stories", label, *OTHER_STORIES]
    text = "\n\n".join([*BRIDGE[:2], *box, BRIDGE[2], ROWS[0], label])
    assert _repeated(text) == []
    # Printed four times: a cell of the article's own table, not a story linked twice.
    cell = OTHER_STORIES[0]
    rows = [part for row in ROWS for part in (row, cell)] * 2
    text = "\n\n".join([*BRIDGE[:2], "Related stories", *OTHER_STORIES, BRIDGE[2], *rows[:-1]])
    assert _repeated(text) == []


def test_key_ends_finds_every_segment_whose_key_ends_with_a_key() -> None:
    # `box_copies` asks which lines end with a box's line ("See also: <headline>" above,
    # the box below); the lookup files keys by their last characters.
    from articleclean.rules.teaser_boxes import KeyEnds

    texts = [
        "Harbour bridge to close for six weeks",
        "See also: Harbour bridge to close for six weeks",
        "Read more",
        "Mehr",
        "",
        "Weiterlesen: mehr",
        "Six weeks",
        "weeks",
        "Mehr",
    ]
    segments = [Segment(text, None) for text in texts]
    ends = KeyEnds(segments)
    for key in [*(s.key for s in segments), "", "s", "ks", "closeforsixweeks", "absent"]:
        expected = {i for i, s in enumerate(segments) if s.key.endswith(key)}
        assert sorted(ends.ending_with(key)) == sorted(expected), key
        # ... and a box's heading, which lines are that same line.
        assert ends.equal_to(key) == [i for i, s in enumerate(segments) if s.key == key], key


# prompt_tail: the few lines after a paywall's prompt, to the end of the dump.

_tail = partial(_removed_by, "prompt_tail")
OFFER = ["Weekend magazine and puzzles included", "Gift vouchers in our shop"]


@pytest.mark.parametrize(
    "prompt",
    [
        "Subscribe now to read the full story.",
        "To read the full story, subscribe to our digital edition.",
        "Abonnez-vous pour lire la suite.",
        "Um weiterzulesen, jetzt abonnieren.",
        # a paywall's line no phrase list holds (round 19)
        "Para seguir leyendo, suscríbete.",
        "Ce contenu est réservé aux abonnés.",
    ],
)
def test_the_lines_after_a_paywall_s_prompt_go(prompt: str) -> None:
    assert _tail("\n\n".join([*BRIDGE, prompt, *OFFER])) == OFFER


@pytest.mark.parametrize("prompt", ["Sign up for our newsletter", "Comments (48)"])
def test_the_lines_after_a_prompt_the_reader_may_skip_stay(prompt: str) -> None:
    # A newsletter's prompt, a share bar's comment count: nothing of what follows.
    assert _tail("\n\n".join([*BRIDGE, prompt, *OFFER])) == []


def test_the_article_going_on_after_the_prompt_stays() -> None:
    # The article's own last lines, on its topic, after a prompt put inside it.
    rest = [
        "The council said the harbour bridge cables were last replaced in 1987.",
        "Bridge works on the river crossing",
    ]
    text = "\n\n".join([*BRIDGE, "Subscribe now to read the full story.", *rest])
    assert _tail(text) == []


def test_a_long_tail_after_the_prompt_stays() -> None:
    tail = [f"Ferry timetable for pier {n}" for n in range(1, 14)]
    assert _tail("\n\n".join([*BRIDGE, "Subscribe now to read the full story.", *tail])) == []


def test_a_tail_before_the_article_s_prose_stays() -> None:
    # No article before it to tell the prompt's box from: a dump of one paragraph.
    prompt = "Subscribe now to read the full story."
    assert _tail("\n\n".join([BRIDGE[0], BRIDGE[1], prompt, *OFFER])) == []


# Round 32: the link's word right after the blurb's own last sentence, with no bar, guillemet
# or ellipsis before it (invented blurbs in the shapes of two tune sites' boxes and more).
@pytest.mark.parametrize(
    "line",
    [
        "Was gilt jetzt für Schulen? Hier beantworten wir die wichtigsten Fragen. mehr",
        "Die Stadt plant einen neuen Radweg entlang des Kanals. Mehr",
        "Die Sängerin zeigt sich im Urlaub auf Sardinien. Seht selbst! Weiterlesen",
        "Expert advice on keeping basil alive through the winter. Read More",
        "Five quick dinners that use one pan and no oven. More »",
        "Le musée rouvre ses salles après deux ans de travaux. Lire la suite",
        "El Ayuntamiento aprueba el presupuesto de 2024. Leer más",
        "Rząd przyjął projekt ustawy o ochronie ludności. Czytaj więcej",
    ],
)
def test_a_blurb_closed_by_a_link_after_its_sentence(line: str) -> None:
    assert judged(inline_teaser, line)


@pytest.mark.parametrize(
    "line",
    [
        # the word is the sentence's own, or a sentence follows it
        "Die Preise steigen weiter. Mehr als die Hälfte der Mieter zahlt nun über 900 Euro.",
        "We asked for less. More is what we got.",
        "Es war genug. Nicht mehr",  # a sentence's last words, not the link's
        "Weiterlesen",  # the link alone: `promo_prompt` and the teaser headings judge it
        "Gut so. Mehr",  # too few words before the link for a headline or a blurb
        # a paragraph longer than a box's blurb is the article's own, whatever link follows
        " ".join(
            ["Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen,"]
            + ["dass die Sanierung der alten Schule im kommenden Jahr beginnt"] * 5
        )
        + ". mehr",
    ],
)
def test_a_sentence_before_a_more_word_can_stay(line: str) -> None:
    assert not judged(inline_teaser, line)


def test_blurbs_closed_by_a_link_after_the_article_go() -> None:
    """End to end: a box of other stories' blurbs, each closed by "mehr" after its last
    sentence, goes as `inline_teaser`; the article's paragraphs stay."""
    article = [
        "Hochwasser: Pegel am Rhein sinkt langsam",
        "Der Pegel des Rheins in Köln ist in der Nacht auf 8,40 Meter gesunken, teilte die "
        "Stadt am Morgen mit. Die Altstadt bleibt aber vorerst gesperrt.",
        "Die Feuerwehr pumpt weiter Keller leer. Nach Angaben der Einsatzleitung sind rund "
        "300 Helfer im Einsatz, viele von ihnen aus den Nachbarstädten.",
        "Ein Sprecher sagte, man rechne erst am Wochenende mit einer Entspannung der Lage "
        "an den Ufern.",
    ]
    box = [
        "Wo Sie Sandsäcke bekommen und was Sie im Keller beachten müssen. mehr",
        "Die Stadt hat eine Hotline für Betroffene eingerichtet. Alle Nummern im Überblick. mehr",
        "Unser Reporter war mit dem Boot in der überfluteten Altstadt unterwegs. mehr",
    ]
    result = articleclean.clean_text("\n\n".join(article + box))
    assert [b.text for b in result.body] == article[1:]
    assert sorted(r.text for r in result.removed if r.rule == "inline_teaser") == sorted(box)


def test_more_link_precheck_agrees_with_the_patterns() -> None:
    """`_ends_in_link_word` only spares the searches: on generated lines of link words,
    marks and spaces of every kind, every line `_MORE_LINK` or `_MORE_AFTER_SENTENCE`
    finds ends in a link's word (so asking it first changes no verdict), and every line
    either finds holds one of the rule's screen triggers."""
    import random

    from articleclean.rules import teaser_headings

    pieces = ["more", "MEHR", "Lire la suite", "leer MÁS", "czytaj WIĘCEJ", "weiter lesen",
              "Read More", "»", "›", ">>", ">", "...", "…", " | ", "|", " ", "\t", "\u00a0",
              "x", "ſ", "news", ".", "!", "?", "”", ". more", "! Mehr", "? Read More"]  # fmt: skip
    rng = random.Random(18)
    found = after_sentence = 0
    for _ in range(50_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        marked = teaser_headings._MORE_LINK.search(line) is not None
        sentence = teaser_headings._MORE_AFTER_SENTENCE.search(line) is not None
        ends = teaser_headings._ends_in_link_word(line)
        assert marked <= ends and sentence <= ends, line
        if marked:
            found += 1
            assert teaser_headings._LINK_MARKS.search(line), line
        if sentence:
            after_sentence += 1
            assert teaser_headings._MORE_AFTER_SENTENCE_MARK.search(line), line
    assert found > 500 and after_sentence > 500


# The rest of a box the teaser rules began to take: teaser_blurb takes the box's first
# headline and stops at one on the article's topic; the lines left up to the end of the
# dump (that headline, a date of four words) are more of the same box.
TAKEN_BOXES = [
    [*BRIDGE, "Related stories", OTHER_STORIES[0], ON_TOPIC[0], "Thursday 21 April, 2022"],
    [
        *BRIDGE,
        "Related stories",
        OTHER_STORIES[0],
        ON_TOPIC[0],
        "Thursday 21 April, 2022",
        ON_TOPIC[1],
        "Monday 18 April, 2022",
    ],
    [
        *PUENTE,
        "Lea también",
        "Un chef abre su tercer restaurante en la plaza mayor",
        "¿Aguantarán los cables del puente otro invierno?",
        "Jueves 21 abril, 2022",
        "Los ferris añaden travesías por el cierre del puente",
        "Lunes 18 abril, 2022",
    ],
]


@pytest.mark.parametrize("lines", TAKEN_BOXES)
def test_the_rest_of_a_box_the_teaser_rules_began_to_take_goes(lines: list[str]) -> None:
    heading = 3 if lines[0] == BRIDGE[0] else len(PUENTE)
    text = "\n\n".join(lines)
    assert _box_taken(text) == lines[heading + 1 :]
    assert _body(text) == lines[1:heading]


def test_a_paragraph_after_the_box_s_first_lines_stays() -> None:
    # Longer than a box's blurb: the article going on after an inline box.
    paragraph = " ".join([BRIDGE[1], BRIDGE[2], BRIDGE[1]])
    text = "\n\n".join([*BRIDGE, "Related stories", OTHER_STORIES[0], ON_TOPIC[0], paragraph])
    assert _closing(text) == []
    assert paragraph in _body(text)


def test_a_fact_box_above_a_taken_related_box_stays() -> None:
    # trailing_teasers walks up from the end past the box the teaser rules took; the
    # rows it then meets stand between the article and that box: the article's own.
    facts = [
        "Builder Northern Steel Company of Glasgow",
        "Designer Sir Ralph Freeman and partners",
        "Style Steel arch with granite towers",
    ]
    box = ["Related stories", *OTHER_STORIES[:2], "Thursday 21 April, 2022"]
    text = "\n\n".join([*BRIDGE, *facts, *box])
    assert set(facts) <= set(_body(text))


# A recipe site's box the teaser rules began to take (teaser_blurb takes its first label
# and stops), then the recipe's time and servings, each a label of a few words ending in
# a dot, its rating and a four-word name `closing_teasers`' shape tests stop at. The
# labels are no blurbs, though their one word is the article's ("min.", "Port."). Round
# 29: on main they stay, read as blurbs on the article's topic.
DOTTED_LABEL_BOXES = {
    "en": (
        [
            "Baked apple porridge",
            "Bring the oat drink to the boil with the oats, vanilla and cinnamon, then let "
            "it simmer for 5 min. on a low heat.",
            "Toast the nuts in a dry pan for 3 min., dice the apples and stir them into the "
            "porridge for 4 serv. with the nuts.",
        ],
        ["You might also like", "medium", "90 min.", "6 serv.", "31", "Cabbage pie with dill"],
    ),
    "de": (
        [
            "Ofen-Apfelporridge",
            "Haferdrink mit Haferflocken, Vanille und Zimt aufkochen und 5 Min. bei kleiner "
            "Hitze köcheln lassen.",
            "Nüsse 3 Min. ohne Fett anrösten, Äpfel würfeln und mit den Nüssen unter den "
            "Brei für 4 Port. rühren.",
        ],
        [
            "Das könnte Sie auch interessieren",
            "mittel",
            "90 Min.",
            "6 Port.",
            "31",
            "Kohlpastete mit frischem Dill",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(DOTTED_LABEL_BOXES))
def test_a_taken_box_s_labels_ending_in_a_dot_are_no_blurbs(language: str) -> None:
    article, box = DOTTED_LABEL_BOXES[language]
    text = "\n\n".join([*article, *box])
    assert _closing(text) == box[2:]
    assert _body(text) == article[1:]


# A box under a heading worded as teaser headings are, whose one word of its own the
# article uses in two paragraphs: a common word ("right", "Region"), not the
# article's section.
WORDED_HEADING_SHARING_A_WORD = {
    "en": (
        [
            "The harbour bridge will close to traffic for six weeks, and drivers will have "
            "to turn right at the ferry terminal.",
            "Cyclists keep the right of way on the footpath, the council said on Monday.",
            "The council says repairs will cost at least 4 million pounds.",
        ],
        "Popular right now",
        OTHER_STORIES,
    ),
    "de": (
        [
            "Die Hafenbrücke wird ab Montag für sechs Wochen gesperrt, teilte die Stadt "
            "mit; die Region bekommt einen Pendelbus.",
            "Die Arbeiten übernimmt eine Firma aus der Region, die bereits die Schleuse "
            "am Kanal saniert hat.",
            "Die Stadt rechnet mit Kosten von mindestens vier Millionen Euro.",
        ],
        "Meistgelesen in der Region",
        [
            "Sternekoch verrät das Geheimnis des perfekten Bratens",
            "Fußballstar wechselt überraschend zum Rivalen",
            "Börsen geben nach, Technologiewerte brechen ein",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(WORDED_HEADING_SHARING_A_WORD))
def test_a_worded_heading_sharing_a_common_word_still_heads_a_box(language: str) -> None:
    article, heading, others = WORDED_HEADING_SHARING_A_WORD[language]
    box = [heading, *others]
    assert _box("\n\n".join([*article[:2], *box, article[2]])) == box


# A box with no prose right before or after it (between the rows of a list or a table,
# under a label): its heading is a label of its own words, its headlines share no word
# of the article's own with it (teaser_box's `_box_amid_rows`).
AMID_ROWS = {
    "en": (
        [
            "The harbour bridge will close to traffic for six weeks from next month while "
            "engineers replace corroded cables, the city council said on Tuesday.",
            "What changes for you:",
            "- Buses every ten minutes",
            "- Footpath stays open",
        ],
        "Around the world",
        [
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
            "Pop star reveals secret wedding photos",
        ],
        [
            "- Cyclists may ride across",
            "- Works end in March",
            "Buses will run a shuttle service across the river every ten minutes during the "
            "works, and cyclists may still use the bridge's footpath.",
        ],
    ),
    "de": (
        [
            "Die Hafenbrücke wird ab Montag für sechs Wochen gesperrt, teilte die Stadt mit; "
            "die Arbeiten übernimmt eine Firma aus Kiel.",
            "| Tag | Linie | Abfahrt |",
            "| Montag | Bus 5 | 7:10 |",
        ],
        "Am Rande notiert",
        [
            "Handballerinnen gewinnen das Pokalfinale in Leipzig",
            "Tierpark freut sich über seltenen Nachwuchs",
            "Winterdienst rüstet sich für den ersten Schnee",
        ],
        [
            "| Dienstag | Bus 7 | 7:40 |",
            "| Mittwoch | Bus 5 | 7:10 |",
            "Die Stadt bittet alle Pendler, in den sechs Wochen mehr Zeit für den Weg zur "
            "Arbeit einzuplanen.",
        ],
    ),
    "fr": (
        [
            "Pour quatre personnes, il faut compter une heure de préparation et autant de "
            "cuisson au four.",
            "- 200 g de farine",
            "- 100 g de beurre",
        ],
        "Nos coups de cœur",
        [
            "Un chef étoilé ouvre une brasserie à Lyon",
            "La sélection nationale remporte le tournoi de rugby",
            "Les marchés européens terminent la semaine en baisse",
        ],
        [
            "- Trois œufs entiers",
            "- Une pincée de sel",
            "Mélangez la farine et le beurre du bout des doigts, puis ajoutez les œufs un à un.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(AMID_ROWS))
def test_a_box_between_the_rows_of_a_list_or_table_goes(language: str) -> None:
    before, heading, box, after = AMID_ROWS[language]
    removed = _box("\n\n".join([*before, heading, *box, *after]))
    assert removed == [heading, *box]


@pytest.mark.parametrize("language", sorted(AMID_ROWS))
def test_the_article_s_own_lines_between_its_rows_stay(language: str) -> None:
    before, heading, _, after = AMID_ROWS[language]
    # Lines naming what the article is about (its bridge, its buses, its flour).
    own = {
        "en": ["Harbour bridge cables replaced by engineers", "Shuttle buses cross the river"],
        "de": ["Pendler nutzen die Busse der Stadt Kiel", "Firma aus Kiel tauscht die Seile"],
        "fr": ["La farine se mélange avec le beurre", "Les œufs se cuisent une heure au four"],
    }[language]
    assert _box("\n\n".join([*before, heading, *own, *after])) == []


@pytest.mark.parametrize("language", sorted(AMID_ROWS))
def test_a_box_in_a_dump_with_no_paragraph_stays(language: str) -> None:
    # Rows and labels only: too few words of the article's to tell other stories by.
    before, heading, box, after = AMID_ROWS[language]
    rows = [line for line in [*before, *after] if not line.endswith(".")]
    assert _box("\n\n".join([*rows[:2], heading, *box, *rows[2:]])) == []


def test_a_row_of_the_list_is_no_box_s_heading() -> None:
    # "Avignon" is written as the rows above it: the next city, not a box's label.
    lines = [
        "Le train relie désormais les villes de la vallée du Rhône en moins de trois heures, "
        "selon la SNCF.",
        "Lyon",
        "Grenoble",
        "Avignon",
        *AMID_ROWS["fr"][2],
        "Marseille",
        "Les billets sont en vente dès lundi sur le site de la compagnie.",
    ]
    assert _box("\n\n".join(lines)) == []


def test_the_line_of_a_label_after_a_box_stays() -> None:
    # Labels and their lines take turns ("Vision" / its line / "Mission"): the last
    # headline-like line before "Mission" may be the line "Vision" labels.
    own = "Eine sichere und bezahlbare Wasserversorgung"
    lines = [
        "Das Institut forscht seit zehn Jahren zur Energiewende und berät dabei Politik "
        "und Gesellschaft in ganz Europa.",
        "Vision",
        "Was sonst noch geschah",
        *AMID_ROWS["de"][2][:2],
        own,
        "Mission",
        "Neue Technologien für weniger Emissionen",
    ]
    removed = _box("\n\n".join(lines))
    assert own not in removed
    assert removed == ["Was sonst noch geschah", *AMID_ROWS["de"][2][:2]]


# Round 27: a worded heading right under a paragraph that a subheading introduces.
_SUBHEADED = {
    "en": (
        [
            "Harbour bridge to close for six weeks",
            "The harbour bridge will close to traffic for six weeks from next month while "
            "engineers replace corroded cables, the city council said on Tuesday.",
            "Engineers found the cables worn through",
            "An inspection in the spring showed that water had seeped into the anchor "
            "housings and that several strands had snapped under the deck.",
        ],
        "Other stories from our newsroom",
        OTHER_STORIES,
        "Buses will run a shuttle service across the river every ten minutes during the "
        "works, and cyclists may still use the footpath on the eastern side.",
    ),
    "de": (
        [
            "Hafenbrücke wird für sechs Wochen gesperrt",
            "Die Hafenbrücke wird ab dem kommenden Monat für sechs Wochen gesperrt, weil "
            "Ingenieure die verrosteten Seile austauschen, teilte die Stadt am Dienstag mit.",
            "Ingenieure fanden durchgerostete Seile vor",
            "Bei einer Prüfung im Frühjahr zeigte sich, dass Wasser in die Verankerungen "
            "eingedrungen war und mehrere Drähte unter der Fahrbahn gerissen waren.",
        ],
        "Weitere Artikel aus der Region",
        [
            "Sternekoch eröffnet drittes Restaurant in Paris",
            "Fußballklub entlässt Trainer nach fünfter Niederlage in Folge",
            "Popstar zeigt erstmals Fotos seiner geheimen Hochzeit",
        ],
        "Busse pendeln während der Arbeiten alle zehn Minuten über den Fluss, und "
        "Radfahrer dürfen den Fußweg auf der Ostseite weiter benutzen.",
    ),
}


@pytest.mark.parametrize("language", sorted(_SUBHEADED))
def test_a_worded_box_under_a_subheaded_paragraph_goes(language: str) -> None:
    # The subheading two lines above the heading is no row of a run of titles the box
    # stands in: the paragraph between them ends any such run.
    # (a row of the article's list after the box: `teaser_box` wants prose there; the
    # box's last line before more of the article may be the article's, and stays)
    article, heading, headlines, after = _SUBHEADED[language]
    box = [heading, *headlines]
    assert _listed("\n\n".join([*article, *box, ROWS[1], after])) == box[:-1]


def test_the_box_s_last_line_before_a_paragraph_may_be_the_next_subheading() -> None:
    # Subheadings and paragraphs take turns above the box: the line right before the
    # next paragraph is the article's next subheading, and stays.
    article, heading, headlines, after = _SUBHEADED["en"]
    subheading = "What commuters can do in the meantime"
    text = "\n\n".join([*article, heading, *headlines, subheading, after])
    assert _listed(text, teaser_box=False) == [heading, *headlines]


def test_subheadings_sharing_a_word_under_a_worded_line_stay() -> None:
    # The article's own subheadings on its one topic ("dieses Haus"), under a short
    # line worded from teaser headings' words ("hier"): no box of other stories.
    text = "\n\n".join(
        [
            "Das Glashaus in der Uckermark",
            "Mit dem Glashaus hat ein dänischer Architekt ein außergewöhnliches Domizil "
            "in der Uckermark geschaffen, mitten in den Feldern am Rand eines Dorfes.",
            "Ein Haus aus Glas und Holz",
            "Die Wände bestehen fast ganz aus Glas, das Dach aus heimischem Holz, und "
            "im Winter heizt ein einziger Ofen alle Räume des Hauses.",
            "Was geht hier",
            "Warum wir dieses Haus mögen",
            "Für wen passt dieses Haus",
            "Nachhaltigkeit",
        ]
    )
    assert _listed(text) == []


def test_a_worded_heading_s_common_word_in_a_long_article_does_not_keep_the_box() -> None:
    # "region" is in two of the article's paragraphs, but not in its title: the
    # headlines decide, and they are other stories.
    article = [
        "Harbour bridge to close for six weeks",
        "The harbour bridge will close to traffic for six weeks from next month, the "
        "biggest closure the region has seen since the tunnel works.",
        "Engineers will replace corroded cables, the city council said on Tuesday.",
        "Businesses across the region fear that fewer visitors will cross the river "
        "while the works go on.",
    ]
    box = ["More stories from the region", *OTHER_STORIES]
    after = "Buses will run a shuttle service across the river every ten minutes."
    assert _listed("\n\n".join([*article, *box, ROWS[0], after])) == box


def test_a_quote_closed_by_a_german_quotation_mark_is_prose() -> None:
    # „…“: the sentence ends before the closing mark, as it does before ” or »; the
    # quote after the box is the article's, no third headline of it.
    article, heading, headlines, after = _SUBHEADED["de"]
    quote = "„Wir bleiben bis zum Schluss an der Brücke, egal was passiert.“"
    text = "\n\n".join([*article[:2], *article[3:], heading, *headlines[:2], quote, after])
    cleaned = articleclean.clean_text(text)
    assert quote in [block.text for block in cleaned.body]
    assert heading not in [block.text for block in cleaned.body]


# A box put between two rows of the article's list: the rows above and after it are
# written alike (title case, capitals, bulleted), its headlines otherwise, and the rows above are
# headline-like themselves, so that without the list resuming there is no telling where
# the box would end.
_BETWEEN_ROWS = {
    "en": (
        [
            "Our critics pick the summer's best new novels",
            "Whether you are heading to the beach or staying at home, these are the novels "
            "our critics could not put down this year.",
            "The Lighthouse Keeper's Last Winter",
            "Everything We Buried in the Garden",
        ],
        "Other stories from our newsroom",
        [
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
            "Pop star finally reveals photos of the secret wedding",
        ],
        ["The Orchard at the End of the Road", "Letters From a Quiet Border Town"],
    ),
    "de": (
        [
            "Die besten Romane des Sommers",
            "Ob am Strand oder auf dem Balkon: Diese Romane haben unsere Kritiker in diesem "
            "Jahr nicht mehr aus der Hand gelegt.",
            "- Die Vermessung der Stille",
            "- Der Leuchtturmwärter und sein letzter Winter",
        ],
        "Weitere Artikel aus der Region",
        [
            "Sternekoch eröffnet drittes Restaurant in Paris",
            "Fußballklub entlässt Trainer nach fünfter Niederlage in Folge",
            "Popstar zeigt erstmals Fotos seiner geheimen Hochzeit",
        ],
        ["- Briefe aus einer stillen Grenzstadt", "- Neun Sommer am salzigen Meer"],
    ),
    "fr": (
        [
            "Les romans de la rentrée que nos critiques ont aimés",
            "Sur la plage ou au balcon, voici les livres que nos critiques n'ont pas pu "
            "refermer cette année.",
            "LE DERNIER HIVER DU GARDIEN DE PHARE",
            "TOUT CE QUE NOUS AVONS ENTERRÉ AU JARDIN",
        ],
        "Nos lecteurs ont aussi lu",
        [
            "Un chef étoilé ouvre son troisième restaurant à Paris",
            "Le club limoge son entraîneur après une cinquième défaite",
            "La pop star dévoile enfin les photos de son mariage secret",
        ],
        ["LETTRES D'UNE PETITE VILLE FRONTIÈRE", "NEUF ÉTÉS SUR LE MARAIS SALANT"],
    ),
}


@pytest.mark.parametrize("language", sorted(_BETWEEN_ROWS))
def test_a_worded_box_between_two_rows_written_alike_goes(language: str) -> None:
    above, heading, headlines, after = _BETWEEN_ROWS[language]
    box = [heading, *headlines]
    assert _listed("\n\n".join([*above, *box, *after])) == box


@pytest.mark.parametrize("language", sorted(_BETWEEN_ROWS))
def test_titles_written_as_the_row_above_stay_after_a_worded_line(language: str) -> None:
    # The lines after the worded line are written as the row above it: the list's own
    # titles, not a box's headlines.
    above, heading, _, after = _BETWEEN_ROWS[language]
    assert _listed("\n\n".join([*above, heading, *after, *after[:1]])) == []


def test_verse_going_on_in_lower_case_keeps_every_line_and_the_boxs_last() -> None:
    # A poem's lines open in lower case: no row to tell where a box would end, so no
    # line of the verse goes. Until round 49 the box stayed whole (the stanza's first
    # line read as a headline row, `_rows_only`); a line the next one carries on from in
    # lower case is no headline, so the box goes, all but its last headline, which the
    # lower-case line under it may go on from (`_goes_on_from_last`).
    verse = [
        "Winter Harbour, a new poem",
        "The boats lie still beneath the frost",
        "their ropes grown stiff with salt and cold",
        "and every light the town has lost",
    ]
    after = ["comes back in water, dark and old", "and takes the harbour's noise away"]
    box = ["Other stories from our newsroom", *OTHER_STORIES]
    assert _listed("\n\n".join([*verse, *box, *after])) == box[:-1]


# A box whose last line shares the article's words, its others none: that line is the
# article's own (or the site's link to a story on its topic) and stays; it no longer
# keeps the box.
_TOPIC_TAIL = {
    "en": (
        [
            "Council approves new cycle lanes",
            "The city council approved twelve kilometres of new cycle lanes on Tuesday, "
            "linking the station with the university and the harbour.",
            "Work on the lanes will start in the spring and should be finished by the end "
            "of the year, the council said.",
            "Shopkeepers along the route had asked the council for more parking instead.",
            "Parking for shopkeepers and their customers will move to the side streets "
            "along the route.",
        ],
        "More stories you might like",
        OTHER_STORIES[:2],
        "Shopkeepers along the route fear losing their parking",
        "Cyclists' groups welcomed the plan and asked for the lanes to be separated "
        "from traffic by kerbs.",
    ),
    "es": (
        [
            "El ayuntamiento aprueba nuevos carriles bici",
            "El ayuntamiento aprobó el martes doce kilómetros de nuevos carriles bici que "
            "unirán la estación con la universidad y el puerto.",
            "Las obras de los carriles empezarán en primavera y terminarán a finales de "
            "año, según el ayuntamiento.",
            "Los comerciantes de la zona pidieron al ayuntamiento más aparcamiento.",
            "El aparcamiento para los comerciantes de la zona y sus clientes pasará a "
            "las calles laterales.",
        ],
        "Te recomendamos leer",
        [
            "Un chef famoso abre su tercer restaurante en París",
            "El club despide a su entrenador tras la quinta derrota seguida",
        ],
        "Los comerciantes de la zona temen perder su aparcamiento",
        "Las asociaciones de ciclistas celebraron el plan y pidieron carriles separados "
        "del tráfico.",
    ),
}


_TAIL_SUBHEADINGS = {"en": "What comes next", "es": "Lo que viene"}


@pytest.mark.parametrize("language", sorted(_TOPIC_TAIL))
def test_a_box_s_last_line_on_the_article_s_topic_stays_and_the_box_goes(language: str) -> None:
    # (a subheading after it: no prose right after the box for `teaser_box`)
    article, heading, headlines, tail, after = _TOPIC_TAIL[language]
    text = "\n\n".join([*article, heading, *headlines, tail, _TAIL_SUBHEADINGS[language], after])
    assert _listed(text) == [heading, *headlines]


def test_a_last_line_on_the_title_s_words_keeps_the_box_for_the_title_rules() -> None:
    # The line after the box shares the title's words: the headline printed again,
    # under which the article starts; the box stays as it did.
    article, heading, headlines, _, after = _TOPIC_TAIL["en"]
    tail = "New cycle lanes for the city and its harbour"
    text = "\n\n".join([*article, heading, *headlines, tail, _TAIL_SUBHEADINGS["en"], after])
    assert _listed(text) == []


# --- trailing_teasers: a box that prints a blurb under each headline (round 30) ----

BOX_WITH_BLURBS = {
    "en": [
        "Celebrity chef opens third restaurant in Paris",
        "The menu changes every week and the tasting room seats twelve guests a night.",
        "Football club sacks manager after fifth straight defeat",
        "Supporters had called for a change since the winter. Who comes next?",
    ],
    "de": [
        "Sternekoch eröffnet drittes Restaurant in Paris",
        "Die Karte wechselt jede Woche, und der Gastraum bietet zwölf Gästen Platz.",
        "Fußballverein entlässt Trainer nach fünfter Niederlage",
        "Die Fans hatten seit dem Winter einen Wechsel gefordert. Wer kommt jetzt?",
    ],
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_box_ending_in_a_blurb_goes(language: str) -> None:
    # Headline, blurb, headline, blurb after the article's last paragraph: the walk up
    # from the dump's end met prose at once and stopped there (main keeps all four).
    article = BRIDGE if language == "en" else BRIDGE_DE
    box = BOX_WITH_BLURBS[language]
    assert _trailing("\n\n".join(article + box)) == box


def test_a_box_ending_in_a_blurb_under_labels_goes() -> None:
    # A section label over every headline is the same shape repeated: still the box.
    box = BOX_WITH_BLURBS["en"]
    labelled = ["Food", box[0], box[1], "Sport", box[2], box[3]]
    assert _trailing("\n\n".join(BRIDGE + labelled)) == labelled


def test_an_article_s_closing_sections_stay() -> None:
    # A guard (passes on main too: there the walk stops at the last paragraph). Subheadings over one paragraph each, on the article's topic: the article's own.
    sections = [
        "Shuttle buses across the river",
        "Buses will cross the river every ten minutes while the harbour bridge is closed.",
        "Cyclists on the bridge footpath",
        "Cyclists may still use the harbour bridge's footpath during the six weeks of works.",
    ]
    assert _trailing("\n\n".join(BRIDGE + sections)) == []


def test_pairs_stay_where_the_article_pairs_its_own_paragraphs() -> None:
    # A guard (passes on main too; fails on this branch without `_pairs_its_paragraphs`).
    # An article written as subheading-over-one-paragraph sections (a Q&A, a guide)
    # ends in such pairs too, whatever their words: they stay.
    sections = [
        "What changes for drivers",
        "Drivers must take the ring road, which adds about ten minutes to the trip.",
        "What changes for buses",
        "A shuttle crosses the river every ten minutes while the works go on.",
    ]
    box = BOX_WITH_BLURBS["en"]
    assert _trailing("\n\n".join(BRIDGE[:2] + sections + BRIDGE[2:] + box)) == []


def test_pairs_under_a_subheading_stay() -> None:
    # A guard (passes on main too). A subheading right above the first headline: the
    # article's sections, whose
    # paragraphs a copy left out, may end there; a box follows a paragraph.
    box = BOX_WITH_BLURBS["en"]
    assert _trailing("\n\n".join([*BRIDGE, "What comes next", *box])) == []


def test_lesen_sie_auch_heading_leaves_a_text_dump() -> None:
    """Round 31, end to end: the heading over a closing box goes as a teaser."""
    dump = "\n".join(
        [
            "Fachkräfte gesucht: Mittelstand wirbt um Auszubildende",
            "",
            "Immer mehr Betriebe im Landkreis finden keine Auszubildenden mehr. Die Kammer "
            "zählte im Herbst über 400 offene Stellen, so viele wie nie zuvor.",
            "Die Unternehmen setzen deshalb auf Praktika schon in der achten Klasse und auf "
            "Angebote für Studienabbrecher, sagte die Geschäftsführerin der Kammer.",
            "Lesen Sie auch die folgenden Beiträge:",
        ]
    )
    article = articleclean.clean_text(dump)
    taken = [r for r in article.removed if r.text == "Lesen Sie auch die folgenden Beiträge:"]
    assert [r.reason for r in taken] == [Reason.RELATED_TEASER]
    assert "Praktika" in article.to_text()


# Round 31: a box's heading printed with a mark after it, and a box put between the
# article's subheading and the paragraph under it.
_list = partial(_removed_by, "teaser_list")
DETOURS = ["- Ring road via Northgate", "- Ferry from Quay Street"]
ELSEWHERE = [
    "Celebrity chef opens third restaurant in Paris",
    "Football club sacks manager after fifth straight defeat",
]


@pytest.mark.parametrize("heading", ["Elsewhere today!", "Don't scroll past."])
def test_a_box_heading_ending_in_a_mark_goes_between_rows(heading: str) -> None:
    # A label of a few words between a list's rows, over two headlines sharing no word
    # with the article: a box. Its "!" or "." made it read as a sentence on main.
    text = "\n\n".join(
        [*BRIDGE[:2], *DETOURS, heading, *ELSEWHERE, "- Shuttle bus from the station", BRIDGE[2]]
    )
    assert _box(text) == [heading, *ELSEWHERE]


def test_a_short_sentence_over_the_article_s_own_rows_stays() -> None:
    # A guard (passes on main too): the lines under a short sentence share the
    # article's words, so they are its own, however the sentence ends.
    own = [
        "Shuttle buses leave the harbour every ten minutes",
        "Cyclists keep the bridge footpath during the works",
    ]
    text = "\n\n".join([*BRIDGE[:2], *DETOURS, "Also useful.", *own, BRIDGE[2]])
    assert _box(text) == []


SUBHEADED = [
    "Shuttle buses across the river",
    "Other stories on the site",
    *ELSEWHERE,
    "Shuttle buses will cross the river every ten minutes while the bridge is closed, "
    "the council said.",
]


def test_a_worded_box_between_a_subheading_and_its_paragraph_goes() -> None:
    # The headline-like line above the box's worded heading is the article's
    # subheading: the paragraph after the box shares its words. On main it read as a
    # list's title (the rows above it vouch for no prose), and the box as more titles.
    text = "\n\n".join([*BRIDGE[:2], *DETOURS, *SUBHEADED, BRIDGE[2]])
    assert _list(text) == SUBHEADED[1:-1]


def test_a_box_under_a_line_its_paragraph_does_not_take_up_stays() -> None:
    # A guard (passes on main too): the paragraph after the headlines shares no word with
    # the headline-like line above the heading, so that line may be a list's title and
    # the box more of them.
    paragraph = "The council said the works would cost four million pounds in all."
    text = "\n\n".join([*BRIDGE[:2], *DETOURS, *SUBHEADED[:-1], paragraph, BRIDGE[2]])
    assert _list(text) == []


# Round 32: a box under a worded heading that ends the dump, its headlines printed with
# a date, a figure, a kicker or a question (the shape `list_headline` leaves to the
# article amid it).
CLOSING_BOX = {
    "en": [
        "More reading from our newsroom:",
        "Mayor's budget: What the 2025 plan means for schools",
        "Is the festival worth the ticket price?",
        "Storm damage tops 3 million in coastal villages 04.02.2025",
    ],
    "de": [
        "Weitere Meldungen aus dem Ressort:",
        "Landtagswahl 2024: Was die Parteien versprechen",
        "Lohnt sich ein Wechsel des Stromanbieters?",
        "Neues Freibad öffnet im Mai 12.03.2025",
    ],
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_worded_box_ending_the_dump_goes_with_dated_or_asking_headlines(language: str) -> None:
    # Nothing of the article follows the box, and a paragraph stands right above its
    # heading: its lines are headlines though each carries a digit, a colon or a "?"
    # (main keeps all four: no line was a headline of `list_headline`'s shape).
    article = BRIDGE if language == "en" else BRIDGE_DE
    box = CLOSING_BOX[language]
    assert _list("\n\n".join([*article, *box])) == box


def test_the_article_s_subheadings_under_a_worded_line_at_the_end_stay() -> None:
    # A guard (passes on main too): a copy that kept the article's short lines after its
    # first paragraphs. No paragraph stands right above the worded line, which is one of
    # the subheadings (without that bar the branch took the last three lines).
    lines = [
        *BRIDGE[:2],
        "Detours",
        "Timetable",
        "Detour stories",
        "Northgate junction: the 2025 lane plan",
        "Is the ring road ready?",
    ]
    assert _list("\n\n".join(lines)) == []


def test_a_closing_box_on_the_article_s_topic_stays() -> None:
    # A guard (passes on main too): the lines under the heading share the article's
    # words, so the same topic test keeps them as its own closing lines.
    own = [
        "More on the harbour bridge:",
        "Harbour bridge works: shuttle buses every ten minutes",
        "Will cyclists keep the bridge footpath during the works?",
    ]
    assert _list("\n\n".join([*BRIDGE, *own])) == []


def test_a_closing_box_under_a_listed_heading_goes() -> None:
    # "Lesen Sie auch" goes in pass 1; a picture's caption under it stops the blurbs'
    # walk, and the lines after it to the dump's end are a box of headlines with a
    # figure, a question and a date (main keeps those three lines).
    box = [
        "Bäckereien: Energiepreise treiben Brotpreis um 20 Prozent",
        "Lohnt sich ein Wechsel des Stromanbieters?",
        "Neues Freibad öffnet im Mai 12.03.2025",
    ]
    caption = "Ein Bäcker formt Teig in seiner Backstube. (Foto: Max Muster)"
    text = "\n\n".join([*BRIDGE_DE, "Lesen Sie auch", caption, *box])
    assert _list(text) == box
    assert _removed_by("teaser_heading", text) == ["Lesen Sie auch"]
