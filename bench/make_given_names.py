"""Write src/articleclean/data/given_names.txt, the given names bylines are told by.

    pip install faker && python -m bench.make_given_names

The first names of Faker's person providers for every locale it has (MIT
License, Copyright (c) 2012 Daniele Faraglia), case-folded, with an
accent-free twin ("josé" and "jose"), one a line. A byline of bare names
("Tom Arnold" under a headline) is told from a heading or a kicker ("Climate
Change", "Top Story") by its first word being a person's given name; a
shipped list keeps articleclean free of Faker and every install the same.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

TARGET = (
    Path(__file__).resolve().parent.parent / "src" / "articleclean" / "data" / "given_names.txt"
)
_NAME = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def given_names() -> set[str]:
    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(
            importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None
        )
        if provider is None:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names = provider.__dict__.get(attribute)
            if not isinstance(names, (dict, list, tuple, set, frozenset)):
                continue
            for name in names:
                if isinstance(name, str) and len(name) >= 2 and _NAME.match(name):
                    found.add(name.casefold())
                    found.add(_fold(name))
    return found


def main() -> int:
    names = sorted(given_names())
    header = (
        "# Given names for bylines: the first names of Faker's person providers, all locales\n"
        "# (MIT License, Copyright (c) 2012 Daniele Faraglia), case-folded, with accent-free twins.\n"
        "# Made by `python -m bench.make_given_names`; one name a line.\n"
    )
    TARGET.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
