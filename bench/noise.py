"""Noise-injection corpus: clean articles with known junk inserted, and how much comes out.

`generate(count, seed)` writes short news articles in English, German, French
and Spanish from sentence templates (every paragraph different, so that
repeat detection has nothing to find in the article itself), then inserts,
from templates, what scrapers leave in dumps: image captions (single,
printed twice, or followed by a short caption-title line), photo credits on
lines of their own, ad markers, newsletter/share/follow prompts and blocks
of unrelated teasers under a "Read more" heading. Every line carries its
kind, so a cleaned Article can be scored line by line through the line
spans it records (`Block.lines`, `Caption.lines`).

Ads, prompts and teaser headings are built from templates that vary as sites
do (wording, case, punctuation, two prompts on one line) and are no entry of
the phrase lists, so what comes out measures the rules, not list membership.

Real bodies of every shape (`run_bodies`): the project's own, one per shape
(tests/fixtures/noise), and at bench time trafilatura's extraction of the pages
of the webeval test part (read in place), with the same junk injected; the
report counts body lines lost and injected lines left, by shape.

The generator is deterministic for a seed and needs nothing but the standard
library, so a unit test can reuse it (the webeval bodies need the corpus and
trafilatura).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .noise_junk import (
    MORE_AD_WORDINGS,
    MORE_AGENCIES,
    MORE_CAPTIONS,
    MORE_CITIES,
    MORE_CREDIT_LINES,
    MORE_INLINE_LABELS,
    MORE_PROMO_WORDINGS,
    MORE_TEASER_HEADING_WORDINGS,
    MORE_TEASERS,
)

# Kinds of lines; the last group is what the cleaner should take out of the body.
TITLE, BYLINE, BODY = "title", "byline", "body"
CAPTION, CAPTION_TITLE, CREDIT = "caption", "caption_title", "credit"
AD, PROMO, TEASER_HEADING, TEASER = "ad", "promo", "teaser_heading", "teaser"
INJECTED = (CAPTION, CAPTION_TITLE, CREDIT, AD, PROMO, TEASER_HEADING, TEASER)
LANGUAGES = ("en", "de", "fr", "es")
"""The generated prose articles' languages (their sentences are written in these)."""
JUNK_LANGUAGES = (*LANGUAGES, "it", "nl", "pl", "pt", "sv", "tr", "id", "ru")
"""The junk templates' languages: the own bodies' twelve (bench/noise_junk.py has the last eight)."""


@dataclass(frozen=True)
class Line:
    text: str
    kind: str
    caption_id: int | None = None
    """Which injected caption this line belongs to (caption, its repeat, title or credit)."""


@dataclass(frozen=True)
class NoisyArticle:
    language: str
    lines: tuple[Line, ...]
    """Non-blank lines in order; `text` puts a blank line between blocks."""
    dateline: str | None
    """The place of the dateline that opens the first paragraph, if any."""
    captions: tuple[str, ...]
    """Each injected caption's text, without its credit."""

    @property
    def text(self) -> str:
        return "\n\n".join(line.text for line in self.lines) + "\n"

    def line_number(self, position: int) -> int:
        """1-based line number in `text` of the line at `position` in `lines`."""
        return 2 * position + 1


# --- what the articles say --------------------------------------------------

_PEOPLE = (
    "Maria Keller",
    "Jonas Weber",
    "Claire Dubois",
    "Lucas Martin",
    "Ana García",
    "Pablo Ruiz",
    "Sarah Mitchell",
    "David Okafor",
    "Elena Rossi",
    "Tomasz Nowak",
    "Ingrid Holm",
    "Rafael Costa",
)
_CITIES = {
    "en": ("London", "Washington", "Chicago", "Sydney", "Toronto", "Dublin", "Boston", "Denver"),
    "de": ("Berlin", "Hamburg", "München", "Köln", "Wien", "Zürich", "Leipzig", "Dresden"),
    "fr": ("Paris", "Lyon", "Marseille", "Bordeaux", "Lille", "Nantes", "Toulouse", "Genève"),
    "es": ("Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Málaga", "Zaragoza", "Lima"),
    **MORE_CITIES,
}
_AGENCIES = {
    "en": ("AP", "Reuters", "AFP"),
    "de": ("dpa", "AFP", "Reuters"),
    "fr": ("AFP", "Reuters", "AP"),
    "es": ("EFE", "AFP", "Reuters"),
    **MORE_AGENCIES,
}
_TOPICS = {
    "en": (
        ("the new rail line", "commuters", "the transport authority"),
        ("the hospital budget", "nurses", "the health board"),
        ("the school reform", "teachers", "the education ministry"),
        ("the flood defences", "residents", "the city council"),
        ("the housing plan", "tenants", "the planning committee"),
        ("the wind farm", "fishermen", "the energy regulator"),
    ),
    "de": (
        ("die neue Bahnstrecke", "Pendler", "der Verkehrsverbund"),
        ("der Klinikhaushalt", "Pflegekräfte", "das Gesundheitsamt"),
        ("die Schulreform", "Lehrkräfte", "das Kultusministerium"),
        ("der Hochwasserschutz", "Anwohner", "der Stadtrat"),
        ("das Wohnungsprogramm", "Mieter", "der Bauausschuss"),
        ("der Windpark", "Landwirte", "die Netzagentur"),
    ),
    "fr": (
        ("la nouvelle ligne de tramway", "les usagers", "la métropole"),
        ("le budget de l'hôpital", "les infirmières", "l'agence régionale de santé"),
        ("la réforme du collège", "les enseignants", "le ministère"),
        ("la digue contre les crues", "les riverains", "le conseil municipal"),
        ("le plan logement", "les locataires", "la préfecture"),
        ("le parc éolien", "les pêcheurs", "le régulateur"),
    ),
    "es": (
        ("la nueva línea de metro", "los viajeros", "el consorcio de transportes"),
        ("el presupuesto del hospital", "las enfermeras", "la consejería de sanidad"),
        ("la reforma educativa", "los profesores", "el ministerio"),
        ("el plan contra las inundaciones", "los vecinos", "el ayuntamiento"),
        ("el plan de vivienda", "los inquilinos", "la comisión de urbanismo"),
        ("el parque eólico", "los pescadores", "el regulador"),
    ),
}
# {t}: topic, {g}: group affected, {o}: organisation, {p}: person, {c}: city, {n}: number.
_SENTENCES = {
    "en": (
        "{p}, who has followed {t} for years, said the plan had changed {n} times since spring.",
        "Officials in {c} expect {o} to publish its final decision within {n} weeks.",
        "Many {g} told reporters they had not been consulted before the vote.",
        "The cost of {t} has risen by {n} percent, according to figures seen by this newspaper.",
        "{o} said in a statement on Monday that it would review every objection.",
        "Critics argue that {t} favours the city centre over the outer districts of {c}.",
        "A survey of {n}00 {g} found that most supported the idea but doubted the timetable.",
        "{p} warned that further delays would hit {g} hardest during the winter months.",
        "The opposition has demanded a public hearing before any money is released.",
        "Work on {t} is due to begin next year if the courts allow it to go ahead.",
        "In {c}, local groups have collected more than {n},000 signatures against the proposal.",
        "Supporters say {t} will create jobs and cut journeys by up to {n} minutes.",
        "{o} has hired outside experts to check the latest estimates for {t}.",
        "Several {g} said they would wait for the final report before taking a position.",
    ),
    "de": (
        "{p}, die das Thema seit Jahren verfolgt, sagte, der Plan sei seit dem Frühjahr {n} Mal geändert worden.",
        "In {c} rechnet man damit, dass {o} seine Entscheidung in {n} Wochen veröffentlicht.",
        "Viele {g} sagten, sie seien vor der Abstimmung nicht angehört worden.",
        "{T} wird nach Angaben der Verwaltung {n} Prozent teurer als geplant.",
        "In einer Mitteilung vom Montag hieß es, {o} werde jeden Einwand prüfen.",
        "Kritiker bemängeln, dass {t} die Innenstadt von {c} gegenüber den Außenbezirken bevorzuge.",
        "Eine Umfrage unter {n}00 {g} ergab breite Zustimmung, aber Zweifel am Zeitplan.",
        "{p} warnte, weitere Verzögerungen würden vor allem {g} im Winter treffen.",
        "Die Opposition fordert eine öffentliche Anhörung, bevor Geld freigegeben wird.",
        "Die Arbeiten sollen im kommenden Jahr beginnen, sofern die Gerichte zustimmen und {o} zahlt.",
        "In {c} haben Bürgerinitiativen mehr als {n}.000 Unterschriften gegen das Vorhaben gesammelt.",
        "Befürworter erwarten neue Arbeitsplätze und um bis zu {n} Minuten kürzere Wege.",
        "{o} hat externe Gutachter beauftragt, die neuen Schätzungen zu überprüfen.",
        "Mehrere {g} wollen den Abschlussbericht abwarten, bevor sie sich festlegen.",
    ),
    "fr": (
        "{p}, qui suit le dossier depuis des années, affirme que le projet a été modifié {n} fois depuis le printemps.",
        "À {c}, on s'attend à ce que {o} rende sa décision d'ici {n} semaines.",
        "De nombreux {g} regrettent de ne pas avoir été consultés avant le vote.",
        "{T} coûtera {n} % de plus que prévu, selon des documents consultés par notre journal.",
        "Dans un communiqué publié lundi, {o} promet d'examiner chaque objection.",
        "Les critiques estiment que {t} privilégie le centre de {c} au détriment des quartiers périphériques.",
        "Un sondage mené auprès de {n}00 personnes montre un large soutien, mais des doutes sur le calendrier.",
        "{p} prévient que de nouveaux retards pénaliseraient surtout {g} pendant l'hiver.",
        "L'opposition réclame une audience publique avant le déblocage des fonds.",
        "Les travaux doivent commencer l'an prochain si la justice donne son feu vert.",
        "À {c}, des associations ont recueilli plus de {n} 000 signatures contre le projet.",
        "Ses partisans promettent des emplois et des trajets raccourcis de {n} minutes.",
        "{o} a fait appel à des experts extérieurs pour vérifier les nouvelles estimations.",
        "Plusieurs élus attendent le rapport final avant de se prononcer.",
    ),
    "es": (
        "{p}, que sigue el asunto desde hace años, afirmó que el plan ha cambiado {n} veces desde la primavera.",
        "En {c} se espera que {o} publique su decisión en un plazo de {n} semanas.",
        "Muchos de {g} aseguraron que no fueron consultados antes de la votación.",
        "{T} costará un {n} por ciento más de lo previsto, según documentos a los que tuvo acceso este diario.",
        "En un comunicado difundido el lunes, {o} prometió estudiar cada alegación.",
        "Los críticos sostienen que {t} favorece al centro de {c} frente a los barrios periféricos.",
        "Una encuesta a {n}00 personas refleja un amplio apoyo, pero dudas sobre los plazos.",
        "{p} advirtió de que nuevos retrasos perjudicarían sobre todo a {g} durante el invierno.",
        "La oposición exige una audiencia pública antes de que se libere el dinero.",
        "Las obras deberían comenzar el año que viene si los tribunales lo permiten.",
        "En {c}, varias asociaciones han reunido más de {n}.000 firmas contra el proyecto.",
        "Sus defensores prometen empleo y trayectos hasta {n} minutos más cortos.",
        "{o} ha contratado a expertos externos para revisar las nuevas estimaciones.",
        "Varios concejales esperarán al informe final antes de pronunciarse.",
    ),
}
_TITLES = {
    "en": "{c} divided over {t} as costs rise",
    "de": "Streit in {c}: {T} spaltet die Stadt",
    "fr": "À {c}, {t} divise les habitants",
    "es": "{c}, dividida por {t}",
}
_BYLINES = {"en": "By {p}", "de": "Von {p}", "fr": "Par {p}", "es": "Por {p}"}
_DATELINE_FORMS = ("{C} ({a}) — ", "{C} ({a}) - ", "{C}: ", "{c}, {a} – ")

# --- what gets injected -----------------------------------------------------

_CAPTIONS = {
    "en": (
        "{p} speaks to reporters outside the town hall in {c}",
        "Residents of {c} attend a public meeting about the plans",
        "A worker inspects the site on the edge of {c}",
        "Protesters gather in front of the council building in {c}",
    ),
    "de": (
        "{p} spricht vor dem Rathaus in {c} mit Journalisten",
        "Anwohner in {c} bei einer Bürgerversammlung zu den Plänen",
        "Ein Arbeiter prüft die Baustelle am Stadtrand von {c}",
        "Demonstranten versammeln sich vor dem Rathaus in {c}",
    ),
    "fr": (
        "{p} s'adresse à la presse devant la mairie de {c}",
        "Des habitants de {c} lors d'une réunion publique sur le projet",
        "Un ouvrier inspecte le chantier à la sortie de {c}",
        "Des manifestants rassemblés devant l'hôtel de ville de {c}",
    ),
    "es": (
        "{p} atiende a los medios frente al ayuntamiento de {c}",
        "Vecinos de {c} durante una reunión pública sobre el proyecto",
        "Un operario inspecciona las obras a las afueras de {c}",
        "Manifestantes concentrados ante el ayuntamiento de {c}",
    ),
    **MORE_CAPTIONS,
}
_CREDIT_SUFFIXES = (
    " (Photo: {a})",
    ". Photo: {a}",
    " /{a}",
    ". {A}/{p}",
    " ({a}/{p})",
)
_CREDIT_LINES = {
    "en": ("Photo: {a}", "Photo: {p}/{a}", "Credit: {a}"),
    "de": ("Foto: {a}", "Foto: {p}/{a}", "Bild: {a}"),
    "fr": ("Photo: {a}", "Photo : {p}/{a}", "Crédit : {a}"),
    "es": ("Foto: {a}", "Imagen: {a}", "Foto: {p}/{a}"),
    **MORE_CREDIT_LINES,
}
# Ads, prompts and teaser headings vary from site to site: wording, case,
# punctuation, two prompts on one line. They are built here from parts, and no
# line built is an entry of the phrase lists (tests/test_noise_injection.py
# checks), so what comes out is what the rules find, not what the lists hold.
_AD_WORDINGS = {
    "en": (
        "Advertisement · Keep scrolling",
        "Article continues below this ad",
        "Story continues after the advertisement",
        "Ad · Content continues below",
        "Sponsored message",
        "Paid partnership",
        "Advertising – continue reading below",
    ),
    "de": (
        "Anzeige · Artikel geht unten weiter",
        "Der Artikel geht nach der Werbung weiter",
        "Werbung – Lesen Sie unten weiter",
        "Gesponserter Inhalt",
        "Anzeige | Weiter im Text",
    ),
    "fr": (
        "Publicité · La suite de l'article ci-dessous",
        "L'article continue après la publicité",
        "Contenu proposé par notre partenaire",
        "Annonce publicitaire",
        "Publicité – faites défiler pour continuer",
    ),
    "es": (
        "Publicidad · Sigue leyendo debajo",
        "La nota continúa debajo del anuncio",
        "Anuncio publicitario",
        "Continúa leyendo después de la publicidad",
        "Contenido ofrecido por la marca",
    ),
    **MORE_AD_WORDINGS,
}
# {a}/{b}/{c}: filled from the slot lists beside each wording.
_PROMO_WORDINGS: dict[str, tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]] = {
    "en": (
        (
            "Sign up for {a} {b}",
            ("our free", "the daily", "our weekly"),
            ("newsletter", "briefing", "morning email"),
        ),
        (
            "Get {a} delivered to {b}",
            ("our best stories", "the top headlines", "the day's news"),
            ("your inbox", "your inbox every morning"),
        ),
        (
            "Follow {a} on {b}",
            ("us", "our newsroom", "the Gazette"),
            ("Instagram", "WhatsApp", "Threads", "X and Facebook"),
        ),
        (
            "Share {a} on {b}",
            ("this story", "this post", "the article"),
            ("WhatsApp", "Facebook", "X"),
        ),
        (
            "Download {a} app {b}",
            ("our free", "the"),
            ("for breaking news alerts", "to read offline"),
        ),
        (
            "Enjoyed {a}? {b}",
            ("this article", "this story"),
            ("Share it with a friend", "Tell a friend about it"),
        ),
    ),
    "de": (
        (
            "Melden Sie sich für {a} {b} an",
            ("unseren kostenlosen", "den täglichen"),
            ("Newsletter", "Morgen-Newsletter"),
        ),
        ("{a} uns auf {b}", ("Folgen Sie", "Folge"), ("Instagram", "WhatsApp", "Telegram")),
        ("Diesen {a} per {b} teilen", ("Beitrag", "Text"), ("WhatsApp", "E-Mail")),
        (
            "Die {a} Nachrichten {b}",
            ("wichtigsten", "besten"),
            ("jeden Morgen per Mail", "direkt in Ihr Postfach"),
        ),
        (
            "Jetzt {a} registrieren und {b}",
            ("kostenlos", "gratis"),
            ("weiterlesen", "alle Artikel lesen"),
        ),
    ),
    "fr": (
        (
            "Inscrivez-vous à {a} {b}",
            ("notre", "la"),
            ("newsletter quotidienne", "lettre du matin"),
        ),
        ("Suivez {a} sur {b}", ("-nous", "notre rédaction"), ("Instagram", "WhatsApp", "Telegram")),
        ("Partagez {a} {b}", ("cet article", "cette info"), ("sur WhatsApp", "par e-mail")),
        (
            "Recevez {a} {b}",
            ("l'essentiel de l'actualité", "nos meilleurs articles"),
            ("chaque matin", "chaque semaine"),
        ),
        ("Téléchargez {a} application {b}", ("notre", "l'"), ("gratuite", "pour ne rien manquer")),
    ),
    "es": (
        ("Suscríbete {a} {b}", ("a nuestro", "al"), ("boletín diario", "boletín semanal")),
        (
            "Síguenos en {a} {b}",
            ("Instagram", "WhatsApp", "Telegram"),
            ("", "para no perderte nada"),
        ),
        ("Comparte {a} en {b}", ("esta noticia", "este artículo"), ("WhatsApp", "Facebook")),
        (
            "Recibe {a} {b}",
            ("las noticias más importantes", "lo mejor de la semana"),
            ("en tu correo", "cada mañana"),
        ),
        ("Descarga {a} app {b}", ("nuestra", "la"), ("gratis", "y recibe alertas")),
    ),
    **MORE_PROMO_WORDINGS,
}
_TEASER_HEADING_WORDINGS = {
    "en": (
        "More stories you might like",
        "Don't miss these",
        "Also worth reading",
        "Popular right now",
        "Other stories from our newsroom",
        "What others are reading",
    ),
    "de": (
        "Das lesen andere gerade",
        "Auch spannend",
        "Weitere Artikel aus der Region",
        "Lesen Sie dazu auch",
        "Meistgelesen in der Region",
    ),
    "fr": (
        "À lire sur le même thème",
        "Nos lecteurs ont aussi lu",
        "Les articles les plus partagés",
        "Ailleurs sur le site",
    ),
    "es": (
        "También puede interesarte",
        "Otras noticias de la sección",
        "Lo más visto hoy",
        "Te recomendamos leer",
    ),
    **MORE_TEASER_HEADING_WORDINGS,
}
_INLINE_LABELS = {
    "en": ("Read also", "RELATED", "See also", "Also on our site", "Don't miss"),
    "de": ("Auch lesenswert", "LESEN SIE AUCH", "Mehr dazu", "Passend dazu"),
    "fr": ("À lire", "LIRE AUSSI", "Voir aussi", "À découvrir aussi"),
    "es": ("Lee también", "RELACIONADO", "Te puede interesar", "Además"),
    **MORE_INLINE_LABELS,
}
_INLINE_SEPARATORS = (": ", " | ", " – ", " >> ", " ▸ ")
_OPENERS = ("", "", "", "» ", "▶ ", "— ", "* ")
_CLOSERS = ("", "", "", ".", "!", " »", " →", ":", " ›")
_JOINERS = (" | ", " · ", " – ", " / ")


def _styled(text: str, rng: random.Random) -> str:
    """The text in one of the cases and with the punctuation sites put around it."""
    case = rng.choice(("as is", "as is", "upper", "lower", "title"))
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text.lower()
    elif case == "title":
        text = " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    return rng.choice(_OPENERS) + text + rng.choice(_CLOSERS)


def ad_line(language: str, rng: random.Random) -> str:
    return _styled(rng.choice(_AD_WORDINGS[language]), rng)


def _promo(language: str, rng: random.Random) -> str:
    wording, first, second = rng.choice(_PROMO_WORDINGS[language])
    text = wording.format(a=rng.choice(first), b=rng.choice(second))
    return " ".join(text.replace(" -", "-").split())


def promo_line(language: str, rng: random.Random) -> str:
    """One prompt, or (one time in four) two prompts joined on one line."""
    text = _promo(language, rng)
    if rng.random() < 0.25:
        text += rng.choice(_JOINERS) + _promo(language, rng)
    return _styled(text, rng)


def teaser_heading_line(language: str, rng: random.Random) -> str:
    return _styled(rng.choice(_TEASER_HEADING_WORDINGS[language]), rng)


def inline_teaser_line(language: str, rng: random.Random) -> str:
    label = rng.choice(_INLINE_LABELS[language])
    return label + rng.choice(_INLINE_SEPARATORS) + rng.choice(_TEASERS[language])


TEMPLATE_KINDS: dict[str, Callable[[str, random.Random], str]] = {
    "ad": ad_line,
    "promo": promo_line,
    "teaser_heading": teaser_heading_line,
    "inline_teaser": inline_teaser_line,
}


_TEASERS = {
    "en": (
        "Celebrity chef reveals the secret to the perfect roast",
        "Ten beaches you need to visit this summer",
        "Why sleep experts say you should never snooze your alarm",
        "Football legend signs surprise deal with rival club",
        "The gadgets everyone will want for the holidays",
        "Stock markets slide as tech shares tumble",
    ),
    "de": (
        "Sternekoch verrät das Geheimnis des perfekten Bratens",
        "Zehn Strände, die Sie diesen Sommer besuchen müssen",
        "Warum Schlafforscher vom Schlummern abraten",
        "Fußballstar wechselt überraschend zum Rivalen",
        "Diese Geräte wünschen sich alle zu Weihnachten",
        "Börsen geben nach, Technologiewerte brechen ein",
    ),
    "fr": (
        "Un chef étoilé révèle le secret du rôti parfait",
        "Dix plages à découvrir absolument cet été",
        "Pourquoi les experts du sommeil déconseillent le bouton répétition",
        "Une légende du football signe chez le club rival",
        "Les gadgets que tout le monde voudra pour Noël",
        "Les marchés reculent, la tech dévisse",
    ),
    "es": (
        "Un chef famoso revela el secreto del asado perfecto",
        "Diez playas que tienes que visitar este verano",
        "Por qué los expertos en sueño desaconsejan posponer la alarma",
        "Una leyenda del fútbol ficha por sorpresa por el eterno rival",
        "Los aparatos que todos querrán estas navidades",
        "Las bolsas caen arrastradas por las tecnológicas",
    ),
    **MORE_TEASERS,
}
_DATES = ("March 3, 2024", "June 14, 2023", "Oct. 2, 2024", "January 21, 2025")


def _fill(template: str, rng: random.Random, slots: dict[str, str]) -> str:
    values = dict(slots)
    values.setdefault("n", str(rng.randint(2, 48)))
    if "t" in values:
        values["T"] = values["t"][0].upper() + values["t"][1:]
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _paragraphs(language: str, rng: random.Random, slots: dict[str, str], count: int) -> list[str]:
    """`count` paragraphs of 2–3 sentences; no sentence is used twice in an article."""
    sentences = list(_SENTENCES[language])
    rng.shuffle(sentences)
    paragraphs = []
    for _ in range(count):
        take = min(len(sentences), rng.choice((2, 2, 3)))
        chosen, sentences = sentences[:take], sentences[take:]
        if chosen:
            paragraphs.append(
                " ".join(_fill(s, rng, {**slots, "n": str(rng.randint(2, 48))}) for s in chosen)
            )
    return paragraphs


def _caption_block(
    language: str, rng: random.Random, slots: dict[str, str], caption_id: int
) -> tuple[list[Line], str]:
    """Lines for one injected caption, in one of four shapes, and the caption's text."""
    person = rng.choice(_PEOPLE)
    agency = rng.choice(_AGENCIES[language])
    text = _fill(rng.choice(_CAPTIONS[language]), rng, {**slots, "p": person})
    if language == "en" and rng.random() < 0.5:
        text += f" on {rng.choice(_DATES)}"
    credit_slots = {"a": agency, "A": agency.upper(), "p": person}
    shape = rng.choice(("single", "doubled", "titled", "credit_line"))
    if shape == "credit_line":
        credit = _fill(rng.choice(_CREDIT_LINES[language]), rng, credit_slots)
        return [Line(text + ".", CAPTION, caption_id), Line(credit, CREDIT, caption_id)], text
    captioned = text + _fill(rng.choice(_CREDIT_SUFFIXES), rng, credit_slots)
    lines = [Line(captioned, CAPTION, caption_id)]
    if shape == "doubled":
        lines.append(Line(captioned, CAPTION, caption_id))
    elif shape == "titled":
        words = text.split()
        lines.insert(0, Line(" ".join(words[: max(3, len(words) // 2)]), CAPTION_TITLE, caption_id))
    return lines, text


def _teaser_block(language: str, rng: random.Random) -> list[Line]:
    heading = Line(teaser_heading_line(language, rng), TEASER_HEADING)
    items = rng.sample(_TEASERS[language], rng.randint(2, 4))
    return [heading, *(Line(item, TEASER) for item in items)]


def make_article(language: str, rng: random.Random) -> NoisyArticle:
    topic, group, organisation = rng.choice(_TOPICS[language])
    city = rng.choice(_CITIES[language])
    slots = {"t": topic, "g": group, "o": organisation, "c": city, "p": rng.choice(_PEOPLE)}
    body = _paragraphs(language, rng, slots, rng.randint(4, 6))
    dateline = None
    if rng.random() < 0.6:
        form = rng.choice(_DATELINE_FORMS)
        agency = rng.choice(_AGENCIES[language])
        body[0] = form.format(C=city.upper(), c=city, a=agency) + body[0]
        dateline = city
    title = _fill(_TITLES[language], rng, {"c": city, "t": topic})
    lines = [Line(title, TITLE), Line(_BYLINES[language].format(p=slots["p"]), BYLINE)]
    blocks: list[list[Line]] = [[Line(paragraph, BODY)] for paragraph in body]
    captions: list[str] = []
    # Insert junk between paragraphs, from the back so positions stay valid.
    injections: list[list[Line]] = []
    for caption_id in range(rng.randint(1, 2)):
        caption_lines, caption_text = _caption_block(language, rng, slots, caption_id)
        injections.append(caption_lines)
        captions.append(caption_text)
    injections += [[Line(ad_line(language, rng), AD)] for _ in range(rng.randint(0, 2))]
    injections += [[Line(promo_line(language, rng), PROMO)] for _ in range(rng.randint(0, 2))]
    for injection in injections:
        blocks.insert(rng.randint(1, len(blocks)), injection)
    if rng.random() < 0.7:
        blocks.insert(rng.randint(len(blocks) - 1, len(blocks)), _teaser_block(language, rng))
    if rng.random() < 0.5:
        blocks.append([Line(promo_line(language, rng), PROMO)])
    for block in blocks:
        lines.extend(block)
    return NoisyArticle(language, tuple(lines), dateline, tuple(captions))


def generate(count: int = 50, seed: int = 0) -> list[NoisyArticle]:
    """`count` articles, languages in turn, the same for the same seed."""
    rng = random.Random(seed)
    return [make_article(LANGUAGES[i % len(LANGUAGES)], rng) for i in range(count)]


# --- scoring ----------------------------------------------------------------

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


@dataclass
class NoiseScore:
    injected: Counter[str] = field(default_factory=Counter)
    injected_left: Counter[str] = field(default_factory=Counter)
    paragraphs: int = 0
    paragraphs_lost: int = 0
    captions: int = 0
    captions_recovered: int = 0
    captions_with_credit: int = 0
    datelines: int = 0
    datelines_found: int = 0
    false_datelines: int = 0
    titles: int = 0
    titles_found: int = 0

    @property
    def left_share(self) -> float:
        total = sum(self.injected.values())
        return sum(self.injected_left.values()) / total if total else 0.0

    @property
    def lost_share(self) -> float:
        return self.paragraphs_lost / self.paragraphs if self.paragraphs else 0.0


def _body_lines(article: object) -> set[int]:
    covered: set[int] = set()
    for block in article.body:  # type: ignore[attr-defined]
        if block.lines is not None:
            covered.update(range(block.lines[0], block.lines[1] + 1))
    return covered


def score(
    articles: Sequence[NoisyArticle], clean: Callable[[str], object] | None = None
) -> NoiseScore:
    """Clean each text (articleclean.clean_text by default) and count what went where."""
    if clean is None:
        import articleclean

        clean = articleclean.clean_text
    result = NoiseScore()
    for noisy in articles:
        article = clean(noisy.text)
        body = _body_lines(article)
        for position, line in enumerate(noisy.lines):
            in_body = noisy.line_number(position) in body
            if line.kind in INJECTED:
                result.injected[line.kind] += 1
                result.injected_left[line.kind] += in_body
            elif line.kind == BODY:
                result.paragraphs += 1
                result.paragraphs_lost += not in_body
        found = article.captions  # type: ignore[attr-defined]
        for caption in noisy.captions:
            result.captions += 1
            matches = [c for c in found if _norm(caption) in _norm(c.raw)]
            result.captions_recovered += bool(matches)
            result.captions_with_credit += any(c.credit for c in matches)
        result.titles += 1
        title = article.title  # type: ignore[attr-defined]
        result.titles_found += title is not None and _norm(title) == _norm(noisy.lines[0].text)
        dateline = article.dateline  # type: ignore[attr-defined]
        if noisy.dateline is not None:
            result.datelines += 1
            location = (dateline.location or dateline.text) if dateline is not None else ""
            result.datelines_found += _norm(noisy.dateline) in _norm(location)
        else:
            result.false_datelines += dateline is not None
    return result


def run(count: int = 50, seed: int = 0, body_seeds: int = 5, every: int = 1) -> str:
    from .report import table

    articles = generate(count, seed)
    s = score(articles)
    no_dateline = len(articles) - s.datelines
    summary = table(
        ["measure", "value"],
        [
            (
                "injected lines left in the body",
                f"{s.left_share:.1%} ({sum(s.injected_left.values())} of {sum(s.injected.values())})",
            ),
            (
                "original paragraphs lost",
                f"{s.lost_share:.1%} ({s.paragraphs_lost} of {s.paragraphs})",
            ),
            ("captions recovered (in `captions`)", f"{s.captions_recovered} of {s.captions}"),
            ("… of them with their credit", f"{s.captions_with_credit} of {s.captions_recovered}"),
            ("datelines found (right place)", f"{s.datelines_found} of {s.datelines}"),
            ("datelines invented", f"{s.false_datelines} of {no_dateline}"),
            ("titles found", f"{s.titles_found} of {s.titles}"),
        ],
    )
    by_kind = table(
        ["injected kind", "lines", "left in body"],
        [(kind, s.injected[kind], s.injected_left[kind]) for kind in INJECTED if s.injected[kind]],
    )
    languages = ", ".join(sorted({a.language for a in articles}))
    return (
        "Ads, prompts and teaser headings come from templates that vary as sites do "
        "(wording, case, punctuation, twelve languages, two prompts on one line) and are no "
        "phrase-list entry, so the figures measure the rules, not the lists.\n\n"
        + run_bodies(seeds=body_seeds, every=every)
        + f"\n\n**Generated prose articles** ({len(articles)}; {languages}; seed {seed}): "
        "captions, credits, datelines and titles.\n\n" + summary + "\n\n" + by_kind
    )


# --- real article bodies ------------------------------------------------------
#
# The generated articles above are prose only. Real bodies come in every shape:
# lists, tables, recipes, product specs, sports results, Q&A, live blogs. Two
# sources: the project's own bodies (tests/fixtures/noise, written for it, one per
# shape) and, at bench time, trafilatura's extraction of the webeval test part's
# pages (read in place, never stored), its shape guessed from its lines.

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "noise"
SHAPES = ("prose", "list", "table", "recipe", "specs", "results", "qa", "liveblog")
INLINE_TEASER = "inline_teaser"
BODY_INJECTED = (AD, PROMO, TEASER_HEADING, TEASER, INLINE_TEASER, CAPTION, CREDIT)


@dataclass(frozen=True)
class Body:
    name: str
    shape: str
    language: str
    title: str
    lines: tuple[str, ...]
    """The article's blocks, one per line, as an extractor gives them."""
    known: frozenset[str] = frozenset()
    """Lines known to be article text (webeval: holding a `with` segment)."""


def own_bodies(directory: Path = FIXTURES) -> list[Body]:
    """The hand-written bodies in tests/fixtures/noise, one file per shape."""
    bodies = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lines = tuple(data["lines"])
        bodies.append(
            Body(path.stem, data["shape"], data["language"], data["title"], lines, frozenset(lines))
        )
    return bodies


def guess_shape(lines: Sequence[str]) -> str:
    """A rough shape for an extracted body, from the form of its lines."""
    count = len(lines)
    short = sum(len(line.split()) <= 8 for line in lines)
    if sum(line.lstrip().startswith("|") for line in lines) >= 3:
        return "table"
    if sum(bool(_LIST_ITEM.match(line)) for line in lines) >= 3:
        return "list"
    if sum(line.rstrip().endswith("?") for line in lines) >= 3:
        return "qa"
    if sum(bool(_TIME_STAMP.match(line)) for line in lines) >= 3:
        return "liveblog"
    if sum(bool(_SCORE.search(line)) for line in lines) >= 3:
        return "results"
    if short * 2 >= count:
        return "specs"  # mostly short lines: specs, facts, data
    return "prose"


_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+\S")
_TIME_STAMP = re.compile(r"^\s*\d{1,2}[:.h]\d{2}\b")
_SCORE = re.compile(r"\b\d{1,3}\s*[-:–]\s*\d{1,3}\b")


def webeval_bodies(part: str = "test", every: int = 1, limit: int | None = None) -> list[Body]:
    """trafilatura's extraction of the webeval pages of one part, as bodies."""
    import trafilatura

    from .corpus import normalise, sample

    bodies = []
    for page in sample(limit, every, part):
        extracted = trafilatura.bare_extraction(
            page.html, url=page.url, include_comments=False, include_tables=True
        )
        if not extracted:
            continue
        result = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text, title = result.get("text") or "", result.get("title") or _html_title(page.html)
        lines = tuple(line.strip() for line in text.splitlines() if line.strip())
        if len(lines) < 3 or not title.strip():
            continue
        segments = [normalise(s) for s in page.with_]
        known = frozenset(line for line in lines if any(s in normalise(line) for s in segments))
        language = _guess_language(text, JUNK_LANGUAGES)
        bodies.append(Body(page.file, guess_shape(lines), language, title.strip(), lines, known))
    return bodies


_TITLE_TAG = re.compile(rb"<(h1|title)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _html_title(html: bytes) -> str:
    """The page's first <h1>, else its <title>, as text (a rough reading is enough here)."""
    import html as html_module

    found = {m.group(1).lower(): m.group(2) for m in reversed(list(_TITLE_TAG.finditer(html)))}
    raw = found.get(b"h1") or found.get(b"title") or b""
    text = html_module.unescape(_TAG.sub(" ", raw.decode("utf-8", "replace")))
    return " ".join(text.split())[:200]


_MARKS = {
    "en": ("the", "and", "of", "to"),
    "de": ("der", "die", "und", "nicht"),
    "fr": ("le", "les", "et", "des"),
    "es": ("el", "los", "y", "que"),
    # Words the others use little ("que" is Portuguese too, "di" Indonesian: where
    # two share a word, the other three tell them apart).
    "it": ("il", "della", "che", "di"),
    "nl": ("het", "een", "van", "niet"),
    "pl": ("się", "nie", "jest", "że"),
    "pt": ("não", "uma", "com", "em"),
    "sv": ("och", "att", "är", "det"),
    "tr": ("ve", "bir", "bu", "için"),
    "id": ("yang", "dan", "untuk", "dengan"),
    "ru": ("и", "в", "не", "на"),
}


def _guess_language(text: str, languages: Sequence[str] = LANGUAGES) -> str:
    """One of `languages` for the junk: the one whose common words the text has most.

    bench/article_shapes.py guesses among the first four (its noise dumps as they
    were); the webeval bodies among the twelve the junk templates are written in.
    """
    words = Counter(text.casefold().split())
    return max(languages, key=lambda language: sum(words[w] for w in _MARKS[language]))


def noise_unit(language: str, rng: random.Random) -> list[Line]:
    """One piece of junk as sites leave it between two blocks of an article."""
    kind = rng.choice((AD, PROMO, PROMO, TEASER_HEADING, INLINE_TEASER, CAPTION))
    if kind == AD:
        return [Line(ad_line(language, rng), AD)]
    if kind == PROMO:
        return [Line(promo_line(language, rng), PROMO)]
    if kind == INLINE_TEASER:
        return [Line(inline_teaser_line(language, rng), INLINE_TEASER)]
    if kind == CAPTION:
        person, agency = rng.choice(_PEOPLE), rng.choice(_AGENCIES[language])
        city = rng.choice(_CITIES[language])
        text = _fill(rng.choice(_CAPTIONS[language]), rng, {"p": person, "c": city})
        credit = _fill(rng.choice(_CREDIT_LINES[language]), rng, {"a": agency, "p": person})
        return [Line(text + ".", CAPTION), Line(credit, CREDIT)]
    return _teaser_block(language, rng)


def junk_language(body: Body) -> str:
    """The language of the junk put into a body: its own when the templates have it.

    The templates are in the twelve languages of the own bodies; a body in another
    gets the junk of the one whose common words it has most, as a webeval page
    does (`_guess_language`), so the two sources are injected alike.
    """
    if body.language in JUNK_LANGUAGES:
        return body.language
    return _guess_language(" ".join(body.lines), JUNK_LANGUAGES)


def inject(body: Body, seed: int) -> NoisyArticle:
    """The body with 2–5 pieces of junk between its blocks (never before the first)."""
    rng = random.Random(f"{body.name}/{seed}")
    language = junk_language(body)
    gaps: dict[int, list[Line]] = {}
    for _ in range(rng.randint(2, 5)):
        gaps.setdefault(rng.randint(1, len(body.lines)), []).extend(noise_unit(language, rng))
    lines = [Line(body.title, TITLE)]
    for index, text in enumerate(body.lines):
        lines.extend(gaps.get(index, []))
        lines.append(Line(text, BODY))
    lines.extend(gaps.get(len(body.lines), []))
    return NoisyArticle(body.language, tuple(lines), None, ())


@dataclass
class BodyScore:
    articles: int = 0
    lines: int = 0
    lost: int = 0
    """Body lines not in the cleaned body of the noisy article."""
    lost_clean: int = 0
    """… of them also lost when the body is cleaned without junk."""
    known: int = 0
    known_lost: int = 0
    injected: Counter[str] = field(default_factory=Counter)
    left: Counter[str] = field(default_factory=Counter)

    def add(self, other: BodyScore) -> None:
        self.articles += other.articles
        self.lines += other.lines
        self.lost += other.lost
        self.lost_clean += other.lost_clean
        self.known += other.known
        self.known_lost += other.known_lost
        self.injected.update(other.injected)
        self.left.update(other.left)


def score_body(body: Body, seeds: int, clean: Callable[[str], object]) -> BodyScore:
    """Clean the body alone, then with junk injected `seeds` times, and count."""
    result = BodyScore()
    plain = NoisyArticle(
        body.language, (Line(body.title, TITLE), *(Line(t, BODY) for t in body.lines)), None, ()
    )
    kept_plain = _body_lines(clean(plain.text))
    lost_plain = {
        text for i, text in enumerate(body.lines) if plain.line_number(i + 1) not in kept_plain
    }
    for seed in range(seeds):
        noisy = inject(body, seed)
        kept = _body_lines(clean(noisy.text))
        result.articles += 1
        for position, line in enumerate(noisy.lines):
            in_body = noisy.line_number(position) in kept
            if line.kind == BODY:
                result.lines += 1
                result.lost += not in_body
                result.lost_clean += not in_body and line.text in lost_plain
                if line.text in body.known:
                    result.known += 1
                    result.known_lost += not in_body
            elif line.kind in BODY_INJECTED:
                result.injected[line.kind] += 1
                result.left[line.kind] += in_body
    return result


def score_bodies(
    bodies: Sequence[Body], seeds: int = 5, clean: Callable[[str], object] | None = None
) -> dict[str, BodyScore]:
    """Scores by shape, plus "all"."""
    if clean is None:
        import articleclean

        cleaner = articleclean.Cleaner()
        clean = cleaner.clean_text
    by_shape: dict[str, BodyScore] = {}
    total = BodyScore()
    for body in bodies:
        score_one = score_body(body, seeds, clean)
        by_shape.setdefault(body.shape, BodyScore()).add(score_one)
        total.add(score_one)
    ordered = {shape: by_shape[shape] for shape in SHAPES if shape in by_shape}
    return {**ordered, "all": total}


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part} of {whole})" if whole else "–"


def bodies_table(scores: dict[str, BodyScore], known_label: str) -> str:
    from .report import table

    rows = []
    for shape, s in scores.items():
        rows.append(
            (
                f"**{shape}**" if shape == "all" else shape,
                s.articles,
                _share(s.lost, s.lines),
                _share(s.lost - s.lost_clean, s.lines),
                _share(s.known_lost, s.known),
                _share(sum(s.left.values()), sum(s.injected.values())),
            )
        )
    main = table(
        [
            "shape",
            "noisy articles",
            "body lines lost",
            "… lost only with junk in",
            known_label,
            "injected lines left",
        ],
        rows,
    )
    total = scores["all"]
    kinds = table(
        ["injected kind", "lines", "left in body"],
        [
            (kind, total.injected[kind], _share(total.left[kind], total.injected[kind]))
            for kind in BODY_INJECTED
            if total.injected[kind]
        ],
    )
    return main + "\n\n" + kinds


def run_bodies(seeds: int = 5, part: str = "test", every: int = 1) -> str:
    """The real-body tables: own bodies, then the webeval part's (when the corpus is here)."""
    from .corpus import corpus_dir

    own = own_bodies()
    text = (
        f"**Own bodies** (tests/fixtures/noise: {len(own)} articles written for the project, "
        "shape, language and topic in each name; each gets junk in its own language, "
        "`junk_language`), each with junk injected "
        f"{seeds * 4} times.\n\n"
        + bodies_table(score_bodies(own, seeds * 4), "… of them article text")
    )
    if corpus_dir() is None:
        return text + "\n\nwebeval bodies: skipped, the corpus is not here."
    bodies = webeval_bodies(part, every)
    from .split import WHICH_IS_WHICH

    text += (
        f"\n\n**webeval bodies, {part} part** ({len(bodies)} pages; trafilatura's extraction "
        f"of each page, shape guessed from its lines), each with junk injected {seeds} times. "
        'A body line may be junk trafilatura kept: "lost only with junk in" counts the lines '
        "kept when the body is cleaned alone, and the known-text column the lines holding an "
        f"annotated `with` segment. {WHICH_IS_WHICH}\n\n"
        + bodies_table(score_bodies(bodies, seeds), "`with` lines lost")
    )
    return text
