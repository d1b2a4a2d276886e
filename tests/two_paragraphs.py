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
