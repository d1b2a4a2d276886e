"""Two paragraphs of a short news story in several languages, with a line put between
them: the phrase-list tests by language ask whether that line goes or stays there."""

from __future__ import annotations

PARAGRAPHS: dict[str, tuple[str, str]] = {
    "de": (
        "Der Bundestag hat am Donnerstag über das neue Gesetz beraten. Die Abgeordneten "
        "stritten lange über die Details der Vorlage und ihre Folgen für die Länder.",
        "Die Opposition kritisierte den Entwurf scharf. Er gehe nicht weit genug, sagte "
        "ein Sprecher der Fraktion am Nachmittag in Berlin.",
    ),
    "en": (
        "The council approved the budget on Thursday after a long debate about school "
        "repairs and the new tram lines planned for the eastern districts.",
        "Opposition members voted against it, saying the plan leaves out pay rises for "
        "the city's workers and builds too few council homes.",
    ),
    "es": (
        "El ayuntamiento aprobó el jueves el presupuesto del próximo año, que destina la "
        "mayor parte del dinero a reformar escuelas y a las nuevas líneas de tranvía.",
        "La oposición votó en contra porque el plan no prevé subidas salariales para los "
        "trabajadores municipales ni nuevas viviendas sociales.",
    ),
    "fr": (
        "Le conseil municipal a adopté jeudi le budget de l'année prochaine, qui consacre "
        "l'essentiel des fonds à la rénovation des écoles et aux nouvelles lignes de tramway.",
        "L'opposition a voté contre, estimant que le plan ne prévoit ni hausse des salaires "
        "pour les agents de la ville ni nouveaux logements sociaux.",
    ),
    "it": (
        "Il consiglio comunale ha approvato giovedì il bilancio del prossimo anno, che "
        "destina la maggior parte dei fondi alle scuole e alle nuove linee del tram.",
        "L'opposizione ha votato contro, sostenendo che il piano non prevede aumenti per "
        "i dipendenti comunali né nuove case popolari.",
    ),
    "nl": (
        "De gemeenteraad heeft donderdag de begroting voor volgend jaar goedgekeurd, die "
        "het meeste geld besteedt aan de renovatie van scholen en nieuwe tramlijnen.",
        "De oppositie stemde tegen omdat het plan geen loonsverhoging voor het "
        "gemeentepersoneel en te weinig sociale huurwoningen bevat.",
    ),
    "pt": (
        "A câmara municipal aprovou na quinta-feira o orçamento do próximo ano, que destina "
        "a maior parte do dinheiro à reforma das escolas e às novas linhas de elétrico.",
        "A oposição votou contra, dizendo que o plano não prevê aumentos para os "
        "funcionários municipais nem novas casas de renda acessível.",
    ),
    "hu": (
        "A képviselő-testület csütörtökön elfogadta a jövő évi költségvetést, amely a "
        "legtöbb pénzt az iskolák felújítására és az új villamosvonalakra fordítja.",
        "Az ellenzék nemmel szavazott, mert a terv szerint a városi dolgozók nem kapnak "
        "béremelést, és kevés új bérlakás épül.",
    ),
    "mk": (
        "Министерството за здравство соопшти дека бројот на пациенти со грип оваа недела "
        "е двојно поголем од минатата, а најмногу случаи има во Скопје и Битола.",
        "Во болниците има доволно кревети, но лекарите бараат повозрасните граѓани да "
        "се вакцинираат што поскоро, пред празниците.",
    ),
    "pl": (
        "Rada miasta przyjęła w czwartek budżet na przyszły rok, w którym najwięcej "
        "pieniędzy trafi na remonty szkół i budowę nowych linii tramwajowych.",
        "Radni opozycji głosowali przeciw, wskazując, że plan nie przewiduje podwyżek "
        "dla pracowników miejskich spółek ani nowych mieszkań komunalnych.",
    ),
}


def between(line: str, language: str) -> str:
    """A dump of the story's two paragraphs in `language` with `line` between them, each
    a block of its own."""
    before, after = PARAGRAPHS[language]
    return f"{before}\n\n{line}\n\n{after}\n"
