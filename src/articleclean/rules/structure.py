"""Title, byline and dateline: the parts of an article that are not its body."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..article import Dateline
from ..document import Document, Label, Segment, is_cjk_heavy
from ..phrases import builtin_phrases
from .base import structures
from .context import Context, byline_prefixes

_MAX_TITLE_WORDS = 30
# A site menu over the headline: at least this many lines of at most that many words.
_MENU_ITEM_WORDS = 3
_MIN_MENU_ITEMS = 3
_BYLINE_SEARCH = 4
_MAX_BYLINE_WORDS = 14
_TRAILER_SEARCH = 2
# Wire stories credit their reporters at the end; only this form is safe to take
# from there, since "By …" at the end of an article may well be a sentence.
_TRAILER = re.compile(r"^\(?reporting by\b", re.IGNORECASE)

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u044f\u0451"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\.?\s+[^\W\d_]{{3,10}}\.?)"
_AGENCY = r"\((?P<agency>[^\W\d_][\w .&/-]{1,24})\)"
_SEPARATOR = r"(?:[:—–]|--?|\.\s?-|\.—)"
_DATELINES = (
    # BEIJING:  WASHINGTON (AP) —  LONDON, Dec 5 (Reuters) -  NEW DELHI, Nov. 7:
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_UPPER}'’.-]+(?:\s+[{_UPPER}][{_UPPER}'’.-]*){{0,3}}"
        rf"(?:,\s*[{_UPPER}][{_LOWER}]+\.?)?)"
        rf"(?:,\s*(?P<date>{_DATE}))?\s*(?:{_AGENCY})?\s*{_SEPARATOR}\s*"
    ),
    # Berlin (dpa) -   Paris, 5 mai (AFP) -
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_LOWER}'’.-]+(?:[\s-][{_UPPER}][{_LOWER}'’.-]+){{0,2}})"
        rf"(?:,\s*(?P<date>{_DATE}))?\s*{_AGENCY}\s*{_SEPARATOR}\s*"
    ),
    # JAKARTA, KOMPAS.com -   (a news site standing in for the agency)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_UPPER}'’.-]+(?:\s+[{_UPPER}][{_UPPER}'’.-]*){{0,3}}),\s*"
        r"(?P<agency>[\w-]+(?:\.[a-z]{2,3}){1,2})\s*"
        rf"{_SEPARATOR}\s*"
    ),
    # 新华社北京12月5日电   本报上海3月2日讯
    re.compile(
        r"^(?P<agency>新华社|中新社|中新网|人民网|新华网|央视网|本报)"
        r"(?P<location>[\u4e00-\u9fff]{2,8}?)(?P<date>\d{1,2}月\d{1,2}日)[电電讯訊]\s*"
    ),
    # Сухум. 24 июля.
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_LOWER}-]+(?:[\s-][{_UPPER}][{_LOWER}-]+)?)\.\s+"
        rf"(?P<date>\d{{1,2}}\s+[{_LOWER}]+)\.\s+"
    ),
    # Washington:   New Delhi, March 15:   Kirksville, Mo. —   (checked against the gazetteer)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_LOWER}'’.-]+"
        rf"(?:\s+(?:(?:de|da|do|del|di|el|la|upon|on|am|an|sur)\s+)?[{_UPPER}][{_LOWER}'’.-]+){{0,2}}"
        rf"(?:,\s*[{_UPPER}][{_LOWER}]*\.?(?:\s?[{_UPPER}][{_LOWER}]*\.?)?)?)"
        rf"(?:,\s*(?P<date>{_DATE}))?\s*{_SEPARATOR}\s*"
    ),
)
# Patterns whose place must be a known place (or carry a date or an agency):
# a capitalised phrase and a colon is also how columns and labels open a
# paragraph ("DEAR ABBY:", "Editor's note:", "Update:").
_CHECKED_PATTERNS = frozenset({0, len(_DATELINES) - 1})
# Places that are also everyday words opening a labelled line ("Reading: …").
_WORD_PLACES = frozenset({"reading", "split", "nice", "mobile", "bath", "independence", "victoria"})
# Capitalised words that open a first paragraph without being a place.
_NOT_PLACES = frozenset(
    [
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "EXCLUSIVE",
        "WATCH",
        "LISTEN",
        "NOTE",
        "EDITOR",
        "EDITORS",
        "ANALYSIS",
        "OPINION",
        "LIVE",
        "VIDEO",
        "PHOTOS",
        "FILE",
        "CORRECTION",
        "CLARIFICATION",
        "WARNING",
        "SPOILER",
        "FACT",
        "CHECK",
        "Q",
        "A",
        "DEAR",
        "ASK",
        "EDITOR'S NOTE",
        "EDITORS' NOTE",
        "EDITOR’S NOTE",
        "PUBLISHER'S NOTE",
        "READ",
        "RELATED",
        "SPONSORED",
        "ADVERTISEMENT",
        "QUESTION",
        "ANSWER",
        "TRANSCRIPT",
        "SUMMARY",
        "BACKGROUND",
        "DISCLAIMER",
        "DISCLOSURE",
        "SOURCE",
        "SOURCES",
        "PHOTO",
        "CAPTION",
        "ALERT",
        "URGENT",
        "FLASH",
        "BULLETIN",
    ]
)

_NAME_WORD = r"[A-Z\u00c0-\u00de][\w.'’-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:van|von|de|da|del|der|den|di|la|le|bin|al|{_NAME_WORD})){{0,3}}"
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b)\s*")
_FULL_NAME = re.compile(rf"^{_NAME}$")
_NAME_PIPE_AGENCY = re.compile(rf"^(?P<names>{_NAME}(?:\s*(?:,|&|and)\s*{_NAME})*)\s*\|\s*\S.*$")


@structures(Label.TITLE)
def title_line(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """The first line, when it reads like a headline (past a site menu above it)."""
    for segment in _past_leading_menu(segments):
        if segment.label is Label.REMOVED:
            continue
        if segment.is_open and _reads_like_headline(segment):
            yield segment
        return


def _past_leading_menu(segments: list[Segment]) -> list[Segment]:
    """The segments after a run of menu items ("Home", "World", "Sport") at the top;
    lines already removed there (a cookie notice, "Sign in") belong to the run."""
    items = 0
    for index, segment in enumerate(segments):
        if segment.label is Label.REMOVED:
            continue
        if segment.word_count > _MENU_ITEM_WORDS or segment.ends_like_sentence:
            return segments[index:] if items >= _MIN_MENU_ITEMS else segments
        items += 1
    return segments


def _reads_like_headline(segment: Segment) -> bool:
    text = segment.text
    if not 1 <= segment.word_count <= _MAX_TITLE_WORDS or len(text) < 8:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    return match_dateline(text) is None and parse_byline(text) is None


@structures(Label.BYLINE)
def byline_line(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """A byline near the top, before the first paragraph of prose; else a wire's
    reporting credit at the end ("Reporting by …; Editing by …")."""
    # Near the top means just under the title, when there is one (a menu may precede it).
    title_at = next((i for i, s in enumerate(segments) if s.label is Label.TITLE), -1)
    body = [s for s in segments if s.label is Label.BODY]
    below_title = [s for s in segments[title_at + 1 :] if s.label is Label.BODY]
    for segment in below_title[:_BYLINE_SEARCH]:
        if parse_byline(segment.text) is not None:
            yield segment
            return
    for segment in body[-_TRAILER_SEARCH:]:
        if _TRAILER.match(segment.text) and parse_byline(segment.text) is not None:
            yield segment
            return


def parse_byline(text: str) -> list[str] | None:
    """Author names in a byline, or None when `text` is not one.

    >>> parse_byline("By ABBY GOODNOUGH and ROBERT PEAR")
    ['Abby Goodnough', 'Robert Pear']
    """
    words = text.split()
    if not words or len(words) > _MAX_BYLINE_WORDS:
        return None
    rest = _strip_byline_prefix(text)
    if rest is None:
        piped = _NAME_PIPE_AGENCY.match(text)
        if piped is None:
            return None
        rest = piped.group("names")
    rest = re.split(r"\s*[|—–]\s*|\s+-\s+", rest)[0]
    names: list[str] = []
    for part in _NAME_SPLIT.split(rest):
        part = part.strip(" .")
        if not part:
            continue
        candidate = part.title() if part.isupper() else part
        if (
            not _FULL_NAME.match(candidate)
            or len(candidate.split()) < 2
            or any(word.casefold() in _role_words() for word in candidate.split())
        ):
            break  # a role or an agency ("Staff Writer", "Reuters") ends the names
        names.append(candidate)
    return names or None


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Jobs written like names ("Jane Carter, Showbiz Reporter"): they end the names."""
    return frozenset(builtin_phrases().get("byline_role", {}).get("line", ()))


def _strip_byline_prefix(text: str) -> str | None:
    found = _byline_prefix().match(text.casefold())
    if found is None:
        return None
    return text[found.end() :].lstrip(" :")


@lru_cache(maxsize=1)
def _byline_prefix() -> re.Pattern[str]:
    """ "By", "Von", "Por", … then a space or a colon; the longest prefix first."""
    prefixes = sorted(byline_prefixes(), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(prefix) for prefix in prefixes) + ")[ :]")


def match_dateline(text: str) -> Dateline | None:
    """The dateline opening `text` ("BEIJING:", "New Delhi, March 15:"), or None. Pure."""
    for number, pattern in enumerate(_DATELINES):
        match = pattern.match(text)
        if match is None or match.end() >= len(text):
            continue
        location = match.group("location").strip()
        shortest = 2 if is_cjk_heavy(location) else 3  # 北京 is a place; "AI:" is not
        if location.split(",")[0].strip(" .").upper() in _NOT_PLACES or len(location) < shortest:
            continue
        groups = match.groupdict()
        if number in _CHECKED_PATTERNS and not _dateline_evidence(
            location, groups.get("date"), groups.get("agency"), match.group(0)
        ):
            continue
        return Dateline(
            text=match.group(0).strip(),
            location=location,
            date=groups.get("date"),
            agency=groups.get("agency"),
        )
    return None


def _dateline_evidence(location: str, date: str | None, agency: str | None, matched: str) -> bool:
    """Whether a capitalised phrase before a separator is a place, not a column label."""
    if agency or date:
        return True
    place, _, region = location.partition(",")
    place, region = place.strip(), region.strip()
    folded = place.casefold()
    if folded in _WORD_PLACES:
        return False
    if is_known_place(folded) or (region and is_known_place(region.casefold())):
        return True
    # An all-caps place before a dash is the wire's form ("KOTTAYAM —") even when
    # the town is too small for the list; before a colon it must be a known place.
    return place.isupper() and " " not in place and not matched.rstrip().endswith(":")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The gazetteer (data/places.txt, from GeoNames), read on first use."""
    from importlib.resources import files

    text = files("articleclean").joinpath("data", "places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_known_place(name: str) -> bool:
    """A city (50,000+ people), country, capital or US state, case-folded; accents optional."""
    name = " ".join(name.split()).strip(" .,")
    places = _places()
    return name in places or f"{name}." in places


def dateline_prefix(document: Document) -> None:
    """Cut the dateline from the start of the first paragraph; the paragraph keeps the rest."""
    for segment in document.segments:
        if segment.label is Label.HEADING:
            continue
        if segment.label is not Label.BODY:
            continue
        found = match_dateline(segment.text)
        if found is not None:
            rest = segment.text[len(found.text) :].lstrip()
            if rest:
                document.dateline = Dateline(
                    text=found.text,
                    location=found.location,
                    date=found.date,
                    agency=found.agency,
                    lines=segment.lines,
                )
                segment.text = rest
        return
