"""The page's authors: trafilatura's author search (`AUTHOR_XPATHS`: rel=author,
byline and author classes, itemprop) run on the parsed page itself, skipping what
trafilatura would have pruned from its copy (comments, dates, figures) instead of
copying the page to prune it, but not a WordPress post for its "category-…" class,
reading an author box's name element, not its buttons; and the names kept of what
the meta tags or those elements say: site, publisher and desk names ("ABC News",
"Us Weekly Staff") and the company that owns the site are not authors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, islice

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import normalize_authors
from trafilatura.utils import trim

from ..lexicon import NEWS_AGENCIES, without_accents
from ..names import (
    ends_in_credit,
    is_credit,
    is_given_name,
    parse_byline,
    role_words,
    strip_byline_prefix,
)
from .html_byline import author_link, short_text
from .html_hints import ClassWalk
from .html_site import MIN_HOST_LETTERS, squashed_words
from .html_words import ALNUM, WORD, unspaced_name, with_indic_marks, word_set

AUTHOR_SPLIT = re.compile(r"\s*;\s*")


# trafilatura's limit for an author element's text (`extract_author`).
_MAX_AUTHOR_CHARS = 120


# How many of the page's author elements are read for a name, when the first
# holds none ("© Getty Images" in the lead picture's author box).
_MAX_AUTHOR_ELEMENTS = 5


def later_author_names(
    texts: Iterator[str], site_words: frozenset[str], publisher: str | None
) -> str | None:
    """The names of the first author element after trafilatura's (the first, which
    named no one) whose text is plainly people's names (`plain_names`).

    Read only when no line under the headline reads as a byline: "Por Camila
    Méndez" there is the article's, an author box further down may be a
    photographer's or another story's."""
    for text in islice(texts, _MAX_AUTHOR_ELEMENTS - 1):
        names = authors_not_site(text, site_words, publisher, in_page=True)
        if names and plain_names(names):
            return names
    return None


_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[-'’.][^\W\d_]+)*\.?$")


_MAX_NAME_WORDS = 4


def plain_names(names: str) -> bool:
    """Whether every name reads as a person's: two to four words, the first a
    given name ("Dirk Wouters", "Kiran C Nair"), none a date's label or a
    number, no initial or particle last ("Linda B", "Theme Pirate Rogue von").

    An author element past the first may be a box's title or a teaser's
    label ("Gesponserte Inhalte", "Treffpunkt Brücke"): read only when its
    text is plainly names."""
    for name in AUTHOR_SPLIT.split(names):
        tokens = name.split()
        if not _MIN_NAME_WORDS <= len(tokens) <= _MAX_NAME_WORDS:
            return False
        if not all(_NAME_TOKEN.match(token) for token in tokens):
            return False
        last = tokens[-1].casefold()
        if len(last.strip(".")) < 2 or last in _PARTICLES or not is_given_name(tokens[0]):
            return False
        if any(token.casefold() in _AFTER_NAMES for token in tokens):
            return False
    return True


def page_author(tree: HtmlElement) -> str | None:
    """trafilatura's `extract_author`, with its answer, at a fraction of its cost;
    where they differ on purpose: a WordPress post's own container is not
    discarded for its "category-…" class (`_post_classes`), an author box
    answers with its name element's text (`_name_inside`) or its one author
    link's (`_linked_name`), and an element holding a whole "By …" line with its
    tail answers with the byline's names (`_byline_names`).

    trafilatura deep-copies the page, deletes the nodes of AUTHOR_DISCARD_XPATHS
    (keeping their tails) and takes the first element of its three
    AUTHOR_XPATHS with a plausible text. Those XPaths test class and id values
    with EXSLT regexes, a Python call per element of the page. Here one walk of
    the page finds the few elements that could match (`_author_candidates`); the three expressions' exact tests (`_AUTHOR_TESTS`) run on those
    alone, in the same order; and the nodes AUTHOR_DISCARD_XPATHS would delete
    (`_discarded`) are skipped, with what is inside them, instead of deleted
    from a copy.
    """
    return next(page_authors(tree), None) or None


def page_authors(tree: HtmlElement) -> Iterator[str]:
    """The texts of the page's author elements, in the order trafilatura's
    `extract_author` tries them (it answers the first, `page_author`); an
    element is read once, under the first expression that matches it.

    The first can hold no name: the author box of the lead picture ("© Getty
    Images") or a comment form's "Name *" comes before the byline's."""
    return (text for _, text in page_author_elements(tree))


# The author of a picture, by its class: "article__image-author", "photo-credit",
# "foto_autor" (not "author-image", the author's own portrait).
_PICTURE_CREDIT_CLASS = re.compile(
    r"(?:image|img|photo|foto|picture|bild)[-_]*(?:author|autor|credit|byline)", re.IGNORECASE
)


def picture_credit(element: HtmlElement) -> bool:
    """Whether an author element names a picture's photographer, by its class."""
    return bool(_PICTURE_CREDIT_CLASS.search(element.get("class") or ""))


def page_author_elements(
    tree: HtmlElement, walk: ClassWalk | None = None
) -> Iterator[tuple[HtmlElement, str]]:
    """`page_authors`, each text with its element; `walk` is the page's `class_walk`
    when the caller has it (`HintIndex.walk`), which spares a walk of the page."""
    try:
        candidates = None if walk is None else walked_author_candidates(tree, walk)
        if candidates is None:
            candidates = _author_candidates(tree)
        seen: set[int] = set()
        for test in _AUTHOR_TESTS:
            for element in candidates:
                if id(element) in seen or not test(element):
                    continue
                seen.add(id(element))
                if _discarded(element) or any(map(_discarded, element.iterancestors())):
                    continue
                if _credited(element):
                    continue  # "Übersetzt von: <span class=author>…": the translator
                content = trim(" ".join(_texts(element)))
                if content and 2 < len(content) < _MAX_AUTHOR_CHARS:
                    # A short box only: its descendants are few.
                    inner = _name_inside(element)
                    if inner is not element:
                        content = trim(" ".join(_texts(inner))) or content
                    else:
                        content = _linked_name(element, content) or content
                    yield element, _byline_names(content) or _normalized(content)
    except Exception:  # odd markup in trafilatura's author normalisation
        return


# A capital standing alone between a name's words: an initial ("Kayla M Brown").
_INITIAL = re.compile(r"(?<!\S)[A-Z](?=\s)")


def _normalized(content: str) -> str:
    """trafilatura's `normalize_authors` of an author element's text, with the full
    stops its initials are printed with, which it drops ("Kayla M. Brown")."""
    names: str = with_indic_marks(normalize_authors(None, content) or "", content)
    if "." not in content:
        return names
    return _INITIAL.sub(
        lambda found: found[0] + "." if re.search(rf"(?<!\w){found[0]}\.", content) else found[0],
        names,
    )


def _byline_names(text: str) -> str | None:
    """The names of an author element's text that is a whole byline with its own
    prefix ("Por Isabel Caro, Rocío Latorre y José Miguel Wilson Tiempo de
    lectura"), as the byline rules of text dumps read it: the names end where the
    byline's tail begins (a reading time, a handle, a date), co-authors split at
    the language's "and"."""
    rest = strip_byline_prefix(text)
    if rest is None or _LABEL_ENDING.match(rest):
        return None  # "AUTOR/IN Julius Richter": a label's ending, left to `authors_not_site`
    names = parse_byline(text)
    return "; ".join(names) if names else None


# How far back from an author element its label is looked for: a few elements, whose
# text is at most a credit's label long.
_LABEL_STEPS = 4


_MAX_LABEL_CHARS = 60


def _credited(element: HtmlElement) -> bool:
    """Whether the text just before an author element is the label of a credit that
    is not the author's ("Übersetzt von:", "Photos by", "Fact checked by"): a
    translator's or a photographer's name marked up like the author's."""
    node = element
    for _ in range(_LABEL_STEPS):
        previous = node.getprevious()
        if previous is None:
            parent = node.getparent()
            if parent is None:
                return False
            before = parent.text or ""
            node = parent
        else:
            before = (previous.tail or "").strip(" \t\n:：")
            if not before and isinstance(previous.tag, str):
                before = short_text(previous, _MAX_LABEL_CHARS) or ""
            node = previous
        if before.strip():
            return ends_in_credit(before)
    return False


# Every element one of AUTHOR_XPATHS could match has one of these (a superset);
# a walk of the page in Python tests them faster than an XPath of `contains()`.
_CANDIDATE_CLASS = re.compile(
    r"uthor|byl|BBL|yline|username|channel-name|zuozhe|bianji|xiaobian|submitted-by"
    r"|posted-by|journalist-name|screenname|writer"
)


_CANDIDATE_ID = re.compile(r"uthor|zuozhe|bianji|xiaobian")


def walked_author_candidates(tree: HtmlElement, walk: ClassWalk) -> list[HtmlElement] | None:
    """`_author_candidates` read from the page's `class_walk`: the same elements in
    the same order, or None when the walk cannot tell (another tree, or an
    `<author>` element, which the walk does not look for).

    One regex over the class and id values joined finds the values that match
    (a match lies within one value: no alternative holds a line break), as
    `classed_elements` finds box words; every `_CANDIDATE_ID` alternative is one
    of `_CANDIDATE_CLASS`'s, so an id that matches holds a match of the latter.
    """
    if tree is not walk.root or next(walk.root.iter("author"), None) is not None:
        return None
    values, ids = walk.values, walk.ids
    raw = "\n".join(values)
    starts = list(accumulate((len(value) + 1 for value in values), initial=0))
    # (position among the values, 0 for a mark, 1 for a value): an element's mark
    # is numbered by the values before its own, so it sorts before the next
    # element's values and after the previous element's.
    found = [(position, 0, element) for position, element in walk.marked]
    last = -1
    for match in _CANDIDATE_CLASS.finditer(raw):
        index = bisect_right(starts, match.start()) - 1
        if index == last:
            continue  # another match in the same value
        last = index
        if index in ids and not _CANDIDATE_ID.search(values[index]):
            continue
        found.append((index, 1, walk.owners[index]))
    found.sort(key=lambda entry: entry[:2])
    return list(dict.fromkeys(element for _, _, element in found))


def _author_candidates(tree: HtmlElement) -> list[HtmlElement]:
    found = []
    for element in tree.iter():
        attributes = element.attrib
        if not attributes:
            if element.tag == "author":
                found.append(element)
            continue
        classes, identifier = attributes.get("class"), attributes.get("id")
        if (
            (classes and _CANDIDATE_CLASS.search(classes))
            or (identifier and _CANDIDATE_ID.search(identifier))
            or element.tag == "author"
            or attributes.get("rel") == "author"
            or "itemprop" in attributes
            or "data-testid" in attributes
            or "data-component" in attributes
        ):
            found.append(element)
    return found


_FIRST_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})


_SECOND_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})


_FIRST_CLASS = re.compile(r"author-?name|AuthorName|authorName")


_SECOND_ID = re.compile(r"author|zuozhe|bianji|xiaobian")


_SECOND_CLASS = re.compile(
    r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)


_THIRD_ID = re.compile(r"[Aa]uthor")


_THIRD_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")


def _first(element: HtmlElement) -> bool:
    if element.tag == "author":
        return True
    get = element.get
    return element.tag in _FIRST_TAGS and (
        get("rel") == "author"
        or get("id") == "author"
        or get("class") == "author"
        or get("itemprop") == "author name"
        or get("data-testid") in ("AuthorCard", "AuthorURL")
        or bool(_FIRST_CLASS.search(get("class") or ""))
    )


def _second(element: HtmlElement) -> bool:
    get = element.get
    return element.tag in _SECOND_TAGS and (
        get("class") in ("byline", "username", "byl", "BBL")
        or "author" in (get("itemprop") or "")
        or bool(_SECOND_ID.search(get("id") or ""))
        or bool(_SECOND_CLASS.search(get("class") or ""))
    )


def _third(element: HtmlElement) -> bool:
    get = element.get
    return (
        "Byline" in (get("data-component") or "")
        or "author" in (get("itemprop") or "")
        or bool(_THIRD_ID.search(get("id") or ""))
        or bool(_THIRD_CLASS.search(get("class") or ""))
    )


# trafilatura's AUTHOR_XPATHS, one test per expression, in its order.
_AUTHOR_TESTS = (_first, _second, _third)


_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})


_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")


_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    r"article-(?:share|support)|print|category|meta-date|meta-reviewer"
)


def _discarded(element: HtmlElement) -> bool:
    """Whether trafilatura's AUTHOR_DISCARD_XPATHS would delete the element."""
    tag = element.tag
    if tag in ("time", "figure"):
        return True
    if tag not in _DISCARD_TAGS:
        return False
    get = element.get
    identifier, classes = get("id") or "", get("class") or ""
    return (
        identifier == "comments"
        or classes in ("comments", "title", "date")
        or bool(identifier and _DISCARD_ID.search(identifier))
        or bool(classes and _DISCARD_CLASS.search(classes) and not _post_classes(classes))
        or "Figure" in (get("data-component") or "")
    )


# WordPress's `post_class()`: the post's own container, "post-107488 type-post
# hentry category-krisen tag-iran …", whose "category-…" names its taxonomy.
_POST_ID_CLASS = re.compile(r"(?:^|\s)post-\d+(?:\s|$)")


def _post_classes(classes: str) -> bool:
    """Whether a class list that matches AUTHOR_DISCARD_XPATHS is only the post's
    own container, which holds the whole article and its byline: trafilatura
    deletes it for its "category-…" class and finds no author in the post."""
    if not _POST_ID_CLASS.search(classes):
        return False
    rest = " ".join(c for c in classes.split() if not c.startswith(("category-", "tag-")))
    return not _DISCARD_CLASS.search(rest)


_NAME_CLASS = re.compile(r"name", re.IGNORECASE)


def _name_inside(element: HtmlElement) -> HtmlElement:
    """The element of an author box that holds the name ("author-box__name"), when
    the box holds more (a "more posts" button, a biography); else the element."""
    for inner in element.iterdescendants():
        if _NAME_CLASS.search(inner.get("class") or "") and _THIRD_CLASS.search(
            inner.get("class") or ""
        ):
            return inner
    return element


def _linked_name(element: HtmlElement, content: str) -> str | None:
    """The text of the one link to an author's page inside an author box, when the
    box's text opens with it (after a "By"): the name, without what the box prints
    after it ("Jeanne Corriveau Montréal", a place; a role; a post count)."""
    if element.tag == "a":
        return None
    links = [link for link in element.iterdescendants("a") if author_link(link)]
    if len(links) != 1:
        return None
    name = trim(links[0].text_content())
    if not name or len(name) >= len(content):
        return None
    rest = strip_byline_prefix(content)
    return name if (rest if rest is not None else content).startswith(name) else None


def _texts(element: HtmlElement) -> list[str]:
    """`itertext()` of the element as it would be with the discarded nodes deleted."""
    texts = [element.text] if element.text else []
    for child in element:
        if isinstance(child.tag, str) and not _discarded(child):
            texts.extend(_texts(child))
        if child.tail:
            texts.append(child.tail)
    return texts


_HOST_SUFFIX_CHARS = 3
"""The site's words followed by words of at most this many letters are its host's name
("Larepublica Pe", "Example Com"), not a person's."""

# A label before the names ("Author Julia Hitz", "Autor: …"): not a name.
_AUTHOR_LABEL = re.compile(
    r"^(?:authors?|autor(?:in|es)?|auteur|autore|by|von|por|par|di|door|av)\b[\s:]*",
    re.IGNORECASE,
)


def authors_not_site(
    author: str | None,
    site_words: frozenset[str],
    publisher: str | None = None,
    *,
    in_page: bool = False,
) -> str | None:
    """Drop the names that are the site, its publisher or a desk, not a person.

    A name made of the site's words is dropped only when it also reads as an
    outlet ("ABC News" on abcnews.go.com): a blogger's site is often named
    after them, and there the name is the author's. A web address or a social
    network ("Facebook Com") is not a name; nor, found `in_page` (an author
    element's text), is a single word: a first name, a handle or a form
    label ("Name"), as a single word in the meta tags is.
    """
    if not author:
        return None
    publisher_words = word_set(publisher or "")
    kept: list[tuple[str, bool]] = []  # each name, and whether it is made of the site's words
    after_label = False
    for part in AUTHOR_SPLIT.split(author):
        if is_credit(part):
            continue  # "Translated by Jane Doe": not the author
        name = _unbracketed(_AUTHOR_LABEL.sub("", part).strip(" ,:"))
        if after_label:
            name = _LABEL_ENDING.sub("", name)  # "AUTOR/IN Julius Richter", split at the slash
        after_label = not name and bool(part.strip())
        if in_page:
            name = names_only(name)
        words = word_set(name)
        if not words or words & _DESK_WORDS or words & _WEB_WORDS:
            continue  # "Us Weekly Staff", "Redacción", "Facebook Com"
        if in_page and len(words) == 1 and not unspaced_name(name):
            continue
        if publisher_words and words == publisher_words:
            continue  # "Condé Nast", the publisher in the page's JSON-LD
        named = words - _ARTICLES or words  # "DER SPIEGEL" on spiegel.de
        of_site = _of_site(name, words, site_words)
        others = words - site_words
        if words & site_words and others and all(len(w) <= _HOST_SUFFIX_CHARS for w in others):
            continue  # "Larepublica Pe": the host name
        if of_site and (len(named) == 1 or words & OUTLET_WORDS):
            continue
        title = named - OUTLET_WORDS
        if title and title <= site_words and words & OUTLET_WORDS:
            continue  # "Heise Online" on heise.de: the site's name and an outlet's word
        kept.append((name, of_site))
    # A blogger's site bears their name, and they write alone; beside other
    # names, a name made of the site's words is the site ("Ernst Lohoff; Jungle
    # World" on jungle.world).
    if any(not of_site for _, of_site in kept):
        kept = [(name, of_site) for name, of_site in kept if not of_site]
    return "; ".join(name for name, _ in kept) or None


# The brackets a page may set around a byline's name ("（<span>高橋 美咲</span>）").
_OPENING = "(（[【「『"
_CLOSING = ")）]】」』"


def _unbracketed(name: str) -> str:
    """A name less a bracket that opens or closes around it alone ("（ 高橋 美咲",
    of "（<span itemprop=name>高橋 美咲</span>）"): no name holds half a pair."""
    while name[:1] and name[0] in _OPENING and not any(mark in name for mark in _CLOSING):
        name = name[1:].strip()
    while name[-1:] and name[-1] in _CLOSING and not any(mark in name for mark in _OPENING):
        name = name[:-1].strip()
    return name


def _of_site(name: str, words: frozenset[str], site_words: frozenset[str]) -> bool:
    """Whether a name is made of the site's words (`words` is its `word_set`)."""
    named = words - _ARTICLES or words  # "DER SPIEGEL" on spiegel.de
    squashed = squashed_words(site_words)
    return (
        named <= site_words
        or "".join(sorted(words)) in squashed
        or "".join(WORD.findall(name.casefold())) in squashed  # "The Local", thelocal.se
        or _squashed_title(name) in squashed - {""}  # "Diario Pagina Siete", paginasiete.bo
    )


_AGENCY = re.compile(rf"(?:{NEWS_AGENCIES})", re.IGNORECASE)


def names_no_reporter(author: str, site_words: frozenset[str]) -> bool:
    """Whether every name of an author field is the site's own name or a news
    agency's ("Ouest Matin" on ouestmatin's page, "Associated Press"): what a
    publisher's meta tags put where a byline element may name the reporters.
    `authors_not_site` keeps a name made of the site's words that reads as no
    outlet, for a blogger's site bears their name."""
    for name in AUTHOR_SPLIT.split(author):
        words = word_set(name)
        if not (_AGENCY.fullmatch(name.strip()) or (words and _of_site(name, words, site_words))):
            return False
    return True


def _squashed_title(name: str) -> str:
    """A name's words less its outlet's words and articles, run together without
    accents: the host it would be ("Diario Página Siete": "paginasiete")."""
    words = WORD.findall(without_accents(name.casefold()))
    return "".join(word for word in words if word not in OUTLET_WORDS and word not in _ARTICLES)


# Name particles, written in lower case inside a name ("Ursula von der Leyen").
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das"}
    | {"la", "le", "bin", "ibn", "al", "ter", "ten", "zu", "y", "e"}
)


# What an author element prints after the names: the date's label, a button.
_AFTER_NAMES = frozenset(
    {"updated", "published", "posted", "follow", "aktualisiert", "veröffentlicht"}
    | {"erstellt", "publié", "publicado", "actualizado", "pubblicato", "aggiornato"}
)


_MIN_NAME_WORDS = 2
_NAME_CAPITALS_CHARS = 3
"""A word in capitals of at most this many letters may stand in a name not written in
capitals ("Jane Doe III", "Jim Roe JR"); a longer one is a button or a label there
("Alice Wu FOLLOW Updated")."""


# Besides the byline roles (`names.role_words`: "Redakteur", "Staff Writer"), an
# academic rank and the words before a job ends an author element's names ("Leah C
# Stokes Assistant professor"); the byline rules do not read these.
_RANKS = frozenset({"professor", "professorin", "assistant", "associate", "senior", "chief"})


def names_only(text: str) -> str:
    """An author element's text cut where its names end: at a role ("Ingo Arzt
    Redakteur für Wirtschaft"), a word in lower case that is no name particle
    ("Anja Schmoll-Trautmann am" and its date), a date's label or a button in
    capitals ("Alice Wu FOLLOW Updated"); nothing of a picture's credit ("©
    Getty Images"), of a text that opens with such a word ("Publicado el") or of
    a sentence (a headline in an author box).

    Elements with an author class often hold the byline's whole line; the
    meta tags hold the names alone. The cut comes after two words at the
    least: "Leah C Stokes Assistant professor" keeps "Leah C Stokes"."""
    if "©" in text:
        return ""
    tokens = text.split()
    if not tokens or tokens[0].casefold() in _AFTER_NAMES:
        return ""
    if tokens[0][:1].isupper() and any(
        token[:1].islower() and token.casefold() not in _PARTICLES
        for token in tokens[1:_MIN_NAME_WORDS]
    ):
        return ""  # "Endlich mehr Beschleunigung wagen": a sentence, not names
    upper = all(token.isupper() for token in tokens[:_MIN_NAME_WORDS])
    roles = role_words()
    # A name in a script written unspaced is one word ("김민준 기자", "王小明 记者").
    least = 1 if unspaced_name(tokens[0]) else _MIN_NAME_WORDS
    for position, token in enumerate(tokens):
        if position < least:
            continue
        word = token.casefold().strip(",.:;")
        if (
            is_credit(" ".join(tokens[position:]))  # "Jane Doe Photos by John Roe"
            or word in roles
            or word in _RANKS
            or word in _AFTER_NAMES
            or (token[:1].islower() and word not in _PARTICLES)
            or (not upper and token.isupper() and len(token) > _NAME_CAPITALS_CHARS)
        ):
            return _no_particle_last(tokens[:position])
    return text


def _no_particle_last(tokens: list[str]) -> str:
    """The names before a cut, less a particle left last and the word before it:
    a name never ends in "von" or "de", so the cut fell inside a phrase ("Tiempo de
    lectura" after the names, "Zum Profil von jesusfreak"), which goes whole."""
    if len(tokens) > 1 and tokens[-1].casefold() in _PARTICLES:
        tokens = tokens[:-2]
    return " ".join(tokens).strip(" ,:;-–—|")


# The feminine or plural ending of a label split off at its slash ("Autor/in", "AUTOR/INNEN").
_LABEL_ENDING = re.compile(r"^(?:in|innen)\b\s*", re.IGNORECASE)


_WEB_WORDS = frozenset(
    {"www", "com", "http", "https", "html", "facebook", "twitter", "instagram", "youtube"}
    | {"linkedin", "pinterest", "tiktok"}
)


_ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "los"})


# Words that make a name an outlet's; read only for names made of the site's words.
OUTLET_WORDS = frozenset(
    {
        "news",
        "times",
        "post",
        "daily",
        "weekly",
        "magazine",
        "media",
        "tv",
        "radio",
        "press",
        "journal",
        "herald",
        "tribune",
        "online",
        "digital",
        "nachrichten",
        "zeitung",
        "noticias",
        "diario",
        "actualités",
        "notizie",
    }
)


# Words that make an "author" a desk or a team ("staff", "redacción"), in every
# language. "editor", "writer" follow a person's name ("Jane Carter, Staff Writer");
# a byline that is only a desk has one of these.
_DESK_WORDS = frozenset(
    {"staff", "desk", "team", "bureau", "redaktion", "redacción", "rédaction"}
    | {"redazione", "redação", "newsroom", "editorial", "wires", "agencies"}
)


_HREFS = etree.XPath("//@href", smart_strings=False)


_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#]+)", re.IGNORECASE)


def without_companies(tree: HtmlElement, author: str | None, own_host: str | None) -> str | None:
    """The meta authors less those that spell another site's host linked from the
    page, when other names stand beside them: the group that owns the site, set as
    an author of every page beside the writers ("Condé Nast" and a link to
    condenast.de, "Prisma Média" and prismamedia.com). Only then: a writer named
    alone may link to a site of their own. The site's own host is left to
    `authors_not_site`, since a blogger's site bears their name."""
    names = AUTHOR_SPLIT.split(author or "")
    if len(names) < 2:
        return author
    kept = []
    linked: set[str] | None = None
    for name in names:
        letters = "".join(ALNUM.findall(without_accents(name.casefold())))
        if len(letters) < MIN_HOST_LETTERS or letters == own_host:
            kept.append(name)
            continue
        if linked is None:
            linked = _linked_host_labels(tree)
        if letters not in linked:
            kept.append(name)
    return "; ".join(kept) if kept else author


def _linked_host_labels(tree: HtmlElement) -> set[str]:
    """The labels of the hosts the page links to ("condenast" of condenast.de), each
    as the link spells it (a name's letters are found in the href as written): the
    hrefs read once, where asking the page for each name's letters grew with names
    times links (4,000 names and links through `clean_html`: 4 s)."""
    labels: set[str] = set()
    for href in _HREFS(tree):
        host = _HOST.match(str(href).strip())
        if host:
            labels.update(label for label in host[1].casefold().split(".") if label in href)
    return labels
