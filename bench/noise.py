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

The generator is deterministic for a seed and needs nothing but the standard
library, so a unit test can reuse it.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# Kinds of lines; the last group is what the cleaner should take out of the body.
TITLE, BYLINE, BODY = "title", "byline", "body"
CAPTION, CAPTION_TITLE, CREDIT = "caption", "caption_title", "credit"
AD, PROMO, TEASER_HEADING, TEASER = "ad", "promo", "teaser_heading", "teaser"
INJECTED = (CAPTION, CAPTION_TITLE, CREDIT, AD, PROMO, TEASER_HEADING, TEASER)
LANGUAGES = ("en", "de", "fr", "es")


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
}
_AGENCIES = {
    "en": ("AP", "Reuters", "AFP"),
    "de": ("dpa", "AFP", "Reuters"),
    "fr": ("AFP", "Reuters", "AP"),
    "es": ("EFE", "AFP", "Reuters"),
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
}
_ADS = {
    "en": ("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored"),
    "de": ("Anzeige", "ANZEIGE", "Werbung", "Weiter nach der Anzeige"),
    "fr": ("Publicité", "PUBLICITÉ", "La suite après cette publicité"),
    "es": ("Publicidad", "PUBLICIDAD", "Anuncio"),
}
_PROMOS = {
    "en": (
        "Sign up for our daily newsletter",
        "Follow us on Twitter and Facebook",
        "Share this article",
        "Subscribe now for unlimited access",
        "Get the app: download it for free",
    ),
    "de": (
        "Jetzt Newsletter abonnieren",
        "Folgen Sie uns auf Facebook und Instagram",
        "Artikel teilen",
        "Jetzt abonnieren",
    ),
    "fr": (
        "Abonnez-vous à notre newsletter",
        "Suivez-nous sur Facebook et Twitter",
        "Partager cet article",
        "Recevez notre newsletter",
    ),
    "es": (
        "Suscríbete a nuestro boletín",
        "Síguenos en Twitter y Facebook",
        "Compartir",
        "Recibe nuestro boletín cada mañana",
    ),
}
_TEASER_HEADINGS = {
    "en": ("Read more", "Related stories", "You may also like", "Most read"),
    "de": ("Lesen Sie auch", "Mehr zum Thema", "Das könnte Sie auch interessieren"),
    "fr": ("Lire aussi", "À lire aussi", "Sur le même sujet"),
    "es": ("Lea también", "Noticias relacionadas", "Te puede interesar"),
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
    heading = Line(rng.choice(_TEASER_HEADINGS[language]), TEASER_HEADING)
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
    injections += [[Line(rng.choice(_ADS[language]), AD)] for _ in range(rng.randint(0, 2))]
    injections += [[Line(rng.choice(_PROMOS[language]), PROMO)] for _ in range(rng.randint(0, 2))]
    for injection in injections:
        blocks.insert(rng.randint(1, len(blocks)), injection)
    if rng.random() < 0.7:
        blocks.insert(rng.randint(len(blocks) - 1, len(blocks)), _teaser_block(language, rng))
    if rng.random() < 0.5:
        blocks.append([Line(rng.choice(_PROMOS[language]), PROMO)])
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


def run(count: int = 50, seed: int = 0) -> str:
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
        f"{len(articles)} generated articles ({languages}; seed {seed}).\n\n"
        + summary
        + "\n\n"
        + by_kind
    )
