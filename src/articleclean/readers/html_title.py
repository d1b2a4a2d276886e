"""The page's headline: the `<h1>` that prints the meta title's words (or the JSON-LD
headline's, worded apart from the meta title), else the
meta title without the site's name before or after a separator, never a logo, a
share prompt or a section's label; a `<title>` that names the site alone leaves
the headline to the page's headings.
"""

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Iterator
from itertools import accumulate, chain, islice

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metainfo, extract_title
from trafilatura.xpaths import TITLE_XPATHS

from ..lexicon import MAX_KICKER_WORDS, title_parts, without_accents
from .html_site import squashed_words
from .html_words import ALNUM, WORD, clean_spaces, word_set
from .json_ld import json_ld_holding, json_objects

# The page's og:title values, in order (`og_title` reads them; `html_dates` the first,
# for a headline printed without `<h1>`). From the document's root: the head's copy that
# `og_title` reads (`html_meta_head.head_only`) is made in the page's document, so
# "//head/meta" walked the whole page to find the tags; lxml's parser keeps a single
# `<head>`, the root's child, so this path finds the same ones (the same values on all
# 990 webeval pages) at a twentieth of the cost: 0.01 against 0.21 ms a page, ~0.5 % of
# `clean_html`.
OG_TITLES = etree.XPath("/*/head/meta[@property='og:title']/@content", smart_strings=False)


def og_title(head: HtmlElement, title: str | None) -> str | None:
    """The og:title to read when the head has several: trafilatura reads the last,
    which a template can set to the section's name ("Aktuelles" after the post's
    own). One that shares no word with `<title>`, while another does, is not the page's."""
    titles = [clean_spaces(value) for value in OG_TITLES(head)]
    if len(titles) < 2 or clean_spaces(title) != titles[-1]:
        return title
    title_tag = word_set(head.findtext(".//title") or "")
    if word_set(titles[-1]) & title_tag:
        return title
    return next((other for other in titles if other and word_set(other) & title_tag), title)


# Between a headline and the site's name: "Headline | Site", "Site - Headline",
# "見出し：朝日新聞デジタル". The site-name cut's own marks, not `lexicon.TITLE_SEPARATOR`
# (a title's parts for the `<h2>` search and the text path): no `/`, `›`, `⋆` or bar
# without spaces, and a fullwidth colon. Cutting at those instead gives 4 of the 990
# webeval pages another title (round 34: a trailing "//" and a site's name glued on
# with a bar cut off, but also a headline cut at its own slash and a section's heading
# taken for one), so each keeps its set until a measured change merges them.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•:»«]|-{1,2}|::)\s+|\s*[：｜]\s*")


# Page furniture that trafilatura's title search can pick on pages without meta tags.
_NOT_A_TITLE = re.compile(
    r"\blogo\b|^(?:follow us|share|log ?in|sign ?in|sign up|subscribe|menu|search)\b",
    re.IGNORECASE,
)


_MIN_H1_SHARE = 0.8
"""An `<h1>` prints the headline when at least this share of its own words are the
headline's ..."""
_MIN_HEADLINE_SHARE = 0.5
"""... and at least this share of the headline's words are its own (`_prints`)."""


_MIN_LONE_H1_WORDS = 4


_MAX_H1S = 5


def headline(
    tree: HtmlElement,
    meta_title: str | None,
    site_words: frozenset[str],
    declared: frozenset[str] | None = None,
    host: str | None = None,
    sitename: str | None = None,
) -> str | None:
    """The article's headline: an `<h1>` that prints the meta title's words, else the
    meta title (or `<title>`) without the site's name (or its `host` spelled out),
    else trafilatura's guess.

    An h1 made of the words of the site's `declared` name or host is its logo; the
    `sitename` the page declares is cut whole from either end of the title first."""
    declared = site_words if declared is None else declared
    title_tag = clean_spaces(tree.findtext(".//head/title"))
    reference = _without_site_name(clean_spaces(meta_title) or title_tag, clean_spaces(sitename))
    # Each h1's pieces, read once: the headline's search and trafilatura's guess
    # (`_guessed_title`) both read them.
    every_h1 = [_pieces(h1) for h1 in tree.iter("h1")]
    h1s = [pieces for pieces in every_h1 if pieces][:_MAX_H1S]
    if reference:
        if printed := _headline_beside_site_heading(tree, reference):
            return printed
        bare = (
            _without_logo_side(tree, reference)
            or _without_site(reference, site_words, host)
            or reference
        )
        if not meta_title and _of_site(bare, declared):
            # <title> names the site alone (a template's default): it has no
            # headline's words to match; the page's headings tell the headline.
            return _guessed_title(tree, title_tag, site_words, declared, host, every_h1)
        for pieces in h1s:
            h1 = _h1_text(pieces, reference)
            if _NOT_A_TITLE.search(h1) or _of_site(h1, declared):
                continue
            # The title's words with the site's name off too: a one-word h1
            # ("BestCrypt") is the headline of "BestCrypt - Download - CHIP".
            if _prints(h1, reference) or (not meta_title and _prints(h1, bare)):
                return _as_headline(h1, pieces, bare, declared)
            if printed := _headline_under_kicker(pieces, bare, reference):
                return printed
        if meta_title and (printed := _h1_of_json_headline(tree, h1s, reference, declared)):
            return printed
        if not meta_title and (printed := _title_at_h1_end(every_h1, bare, declared)):
            return printed
        if (
            not meta_title
            and not any(_prints_a_part(pieces, title_tag) for pieces in h1s)
            and (printed := _heading_of_title_part(tree, title_tag, declared))
        ):
            return printed
        if not meta_title and len(h1s) == 1 and len(word_set(bare)) == 1:
            # <title> gives one word once the site's name is off ("www.ekbo.de |
            # Detail"): the page type, while the page's one h1 of several words
            # is its headline.
            lone = _without_repeated_kicker(h1s[0]) or clean_spaces("".join(h1s[0])) or ""
            if (
                len(word_set(lone)) >= _MIN_LONE_H1_WORDS
                and not _of_site(lone, declared)
                and not _NOT_A_TITLE.search(lone)
            ):
                return lone
        if (
            meta_title
            or len(h1s) != 1
            or not word_set("".join(h1s[0])) & word_set(reference)
            or _of_site("".join(h1s[0]), declared)
        ):
            # One h1 that shares no word with <title>, or only the site's name,
            # is the site's logo or a section label ("Lo más visto"), not the headline.
            return bare
        if section_cut := _without_section(bare, "".join(h1s[0])):
            return section_cut
    return _guessed_title(tree, title_tag, site_words, declared, host, every_h1)


_JSON_HEADLINE = re.compile(r'"headline"\s*:')


def _json_headlines(tree: HtmlElement) -> Iterator[str]:
    """The `headline` values of the page's JSON-LD objects, in order."""
    for data in json_ld_holding(tree, _JSON_HEADLINE):
        for item in json_objects(data):
            value = item.get("headline")
            if isinstance(value, str) and (text := clean_spaces(html_entities.unescape(value))):
                yield text


def _h1_of_json_headline(
    tree: HtmlElement, h1s: list[list[str]], reference: str, declared: frozenset[str]
) -> str | None:
    """The h1 that prints the page's JSON-LD headline when none prints the meta title:
    og:title and `<title>` can carry a wording for search results and shares ("Dead
    Skin Cells Might Actually Be A Good Thing") while the article's data and its
    printed heading agree on another ("Wait, are dead skin cells actually a good
    thing?"); two of the page's statements against one, and the printed one is what
    the reader sees.

    Not when a heading below prints the meta title: the page prints both, and the
    h1 is then often a breadcrumb's last step set for search engines (a news
    group's template: the h1 in the path, the headline the og:title words in the
    article's `<h2>`)."""
    for stated in _json_headlines(tree):
        if word_set(stated) == word_set(reference):
            return None
        if _printed_in_subheading(tree, reference):
            return None
        for pieces in h1s:
            h1 = _h1_text(pieces, stated)
            if _NOT_A_TITLE.search(h1) or _of_site(h1, declared):
                continue
            if _prints(h1, stated):
                return _as_headline(h1, pieces, stated, declared)
    return None


def _printed_in_subheading(tree: HtmlElement, reference: str) -> bool:
    """Whether an `<h2>` or `<h3>` of the page's first ones prints the meta title."""
    return any(
        _prints(clean_spaces(element.text_content()) or "", reference)
        for element in islice(tree.iter("h2", "h3"), _MAX_TITLE_HEADINGS)
    )


def _guessed_title(
    tree: HtmlElement,
    title_tag: str | None,
    site_words: frozenset[str],
    declared: frozenset[str],
    host: str | None,
    every_h1: list[list[str]],
) -> str | None:
    """trafilatura's guess (the one h1, a heading marked as the headline, `<title>`),
    an h1's kicker that its headline repeats left out, never page furniture; when
    that guess is the site's name, the first h1 that is not ("Daily Courier" as
    the logo's h1 and as `<title>`, the headline in the next h1)."""
    guess = extract_title(tree)
    if guess and not _NOT_A_TITLE.search(guess) and not _of_site(guess, declared):
        if guess == title_tag:
            return _without_site(guess, site_words, host)
        if len(every_h1) == 1 and (headline := _without_repeated_kicker(every_h1[0])):
            return headline
        return guess
    if not title_tag or _of_site(title_tag, declared):
        h1s = (clean_spaces("".join(pieces)) for pieces in every_h1[:_MAX_H1S])
        # Then a heading marked as the headline (trafilatura's title expressions:
        # "entry-title", "headline", itemprop=headline), under a logo's h1.
        for text in chain(h1s, [extract_metainfo(tree, TITLE_XPATHS)]):
            furniture = not text or _NOT_A_TITLE.search(text) or _of_site(text, declared)
            if not furniture and len(text.split()) > 1:
                return text
    return _without_site(title_tag, site_words, host) if title_tag else None


def _without_repeated_kicker(pieces: list[str]) -> str | None:
    """The h1's headline under a kicker in an element of its own whose words the
    headline repeats ("Wurmkiste" over "Wurmkiste selber bauen"): the kicker is
    the topic's label, printed twice when the pieces are read together."""
    shown = [piece for piece in pieces if piece.strip()]
    # Apart: on lines of their own, or glued without a space (two blocks); inline
    # markup in a line of text has spaces around it ("Using <code>x</code> …").
    if len(shown) < 2:
        return None
    glued = not shown[0][-1].isspace() and not shown[1][0].isspace()
    if not glued and "\n" not in "".join(pieces).strip():
        return None
    kicker, rest = word_set(shown[0]), clean_spaces(" ".join(shown[1:])) or ""
    if 0 < len(kicker) <= MAX_KICKER_WORDS and kicker < word_set(rest):
        return rest
    return None


def _without_section(bare: str, h1: str) -> str | None:
    """`<title>` without the part the page's one h1 prints, when that part is a
    section's label inside a path of parts ("Literatur" of "Kultur | Literatur |
    Buch der Woche - Nikole Hannah-Jones"): the label and the path before it go.

    A part at either end may be the headline itself, short beside the site's name
    or a subtitle ("Johannes | ohneQ Podcast"): only a part between two others is
    a label, and not the title's longest."""
    parts, separators = _split_title(bare)
    words = word_set(h1)
    if len(parts) < 3 or not words:
        return None
    sizes = [len(word_set(part)) for part in parts]
    longest = sizes.index(max(sizes))
    for index, part in enumerate(parts[1:-1], start=1):
        if word_set(part) == words and sizes[index] < sizes[longest]:
            if index < longest:
                return clean_spaces(_joined(parts[index + 1 :], separators[index + 1 :]))
            return clean_spaces(_joined(parts[:index], separators[: index - 1]))
    return None


def _without_site_name(title: str | None, sitename: str | None) -> str | None:
    """The title without the declared site name written whole at either end beyond
    a separator: a name with separators of its own ("Herz und Blut - Interior |
    Design | Lifestyle | Travel Blog") is more than one part `_without_site` cuts."""
    if not title or not sitename or not _TITLE_SEPARATOR.search(sitename):
        return title
    folded, name = title.casefold(), sitename.casefold()
    if folded.endswith(name) and (cut := _LAST_SEPARATOR.search(title[: -len(name)])):
        return clean_spaces(title[: cut.start()]) or title
    if folded.startswith(name) and (cut := _FIRST_SEPARATOR.match(title[len(name) :])):
        return clean_spaces(title[len(name) + cut.end() :]) or title
    return title


_LAST_SEPARATOR = re.compile(f"(?:{_TITLE_SEPARATOR.pattern})$")


_FIRST_SEPARATOR = re.compile(f"^(?:{_TITLE_SEPARATOR.pattern})")


_MAX_TITLE_HEADINGS = 30


_MAX_PART_HEADINGS = 10


def _heading_of_title_part(
    tree: HtmlElement, title_tag: str | None, declared: frozenset[str]
) -> str | None:
    """The `<h2>` that prints one part of `<title>` (or parts side by side), when no
    `<h1>` prints the title: a blog theme that keeps `<h1>` for the blog's name, or
    none, sets the post's headline in an `<h2>` ("Netzpolitik als US-Wahlkampfthema"
    under "Netzpolitik als US-Wahlkampfthema - Netz Für Alle"). Read without meta
    tags only: with them, the meta title is the headline's wording.

    The heading must be the title's own words of two or more, not the site's name,
    and no fewer words than any other part of the title: the rest is the site's
    name or a section's, not a subtitle ("Villa Galaxy - Ferienvilla in Florida"
    under an `<h2>` "Villa Galaxy" is the title whole)."""
    part_words = [word_set(part) for part in title_parts(title_tag, at_glued_colons=True)]
    longest = max(map(len, part_words), default=0)
    for element in islice(tree.iter("h2"), _MAX_PART_HEADINGS):
        text = clean_spaces(element.text_content())
        words = word_set(text or "")
        if (
            text
            and max(2, longest) <= len(words)
            and _words_of_a_run(words, part_words)
            and not _of_site(text, declared)
            and not _NOT_A_TITLE.search(text)
        ):
            return text
    return None


def _words_of_a_run(words: frozenset[str], part_words: list[frozenset[str]]) -> bool:
    """Whether `words` are the words of a run of `<title>`'s parts side by side (each
    part's words in `part_words`), the whole title left out (it is no part of itself).

    Read in one pass, not by listing every run's words: a `<title>` of thousands of
    parts made that cubic (a 16 KB title of "A | A | …" took minutes). A run's words
    are its parts' words together (no word crosses the space that joins them), so a
    run holding a word outside `words` is no answer, and among the runs inside a
    stretch of parts made of `words` alone the whole stretch holds the most: each
    such stretch is read once, and a stretch that is the whole title by its two
    runs one part shorter."""
    count = len(part_words)
    start = 0
    while start < count:
        if not part_words[start] <= words:
            start += 1
            continue
        end = start
        while end < count and part_words[end] <= words:
            end += 1
        if end - start < count:
            if _together(part_words[start:end]) == words:
                return True
        elif count > 1 and words in (
            _together(part_words[:-1]),
            _together(part_words[1:]),
        ):
            return True
        start = end
    return False


def _together(part_words: list[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*part_words)


def _prints_a_part(pieces: list[str], title_tag: str | None) -> bool:
    """Whether an `<h1>` prints a part of `<title>` ("Enterprise 2.0" of "Enterprise
    2.0 | HR Innovation"): it is the headline's element, whatever an `<h2>` says."""
    part_words = [word_set(part) for part in title_parts(title_tag, at_glued_colons=True)]
    return _words_of_a_run(word_set("".join(pieces)), part_words)


# A link to a site's front page: "/", "https://example.org", "//example.org/".
_FRONT_PAGE = re.compile(r"(?:(?:https?:)?//[^/?#]+)?/?$")


def _headline_beside_site_heading(tree: HtmlElement, reference: str) -> str | None:
    """The title without its side that a heading linking to the site's front page
    prints ("Alles hat seine Zeit… | Marktplatz für ein gutes Leben" under an
    `<h1><a href="/">Marktplatz für ein gutes Leben</a></h1>`).

    A blog theme prints the blog's name as such a heading; that tells which side
    of the title is the site's when neither the meta tags nor the host do."""
    headings = islice(tree.iter("h1", "h2", "h3"), _MAX_TITLE_HEADINGS)
    return _without_printed_side(
        reference,
        (
            element.text_content()
            for element in headings
            if any(_FRONT_PAGE.match(link.get("href", "").strip()) for link in element.iter("a"))
        ),
    )


_MAX_LOGO_LINKS = 100


def _without_logo_side(tree: HtmlElement, reference: str) -> str | None:
    """The title without its side that the site's logo prints: a link to the front
    page whose text, or its picture's alternative text, is that side ("朝日新聞デジタル"
    after "新しい図書館が開館："), where no meta tag names the site."""
    return _without_printed_side(
        reference,
        (
            " ".join([link.text_content(), *(image.get("alt", "") for image in link.iter("img"))])
            for link in islice(tree.iter("a"), _MAX_LOGO_LINKS)
            # A link marked as the current page: this page is the front page, and
            # the link names it ("Übersicht"), not the site.
            if _FRONT_PAGE.match(link.get("href", "").strip())
            and link.get("aria-current") != "page"
        ),
    )


def _without_printed_side(reference: str, printed: Iterator[str]) -> str | None:
    """The title without its side that one of the `printed` texts is (read in order,
    and only as far as needed): what a site heading or a logo link prints."""
    parts, separators = _split_title(reference)
    if len(parts) < 2:
        return None
    part_words = [word_set(part) for part in parts]
    for text in printed:
        if rest := _without_side(parts, separators, part_words, word_set(text)):
            return rest
    return None


def _split_title(title: str) -> tuple[list[str], list[str]]:
    """The title's parts, and the separators between them (one fewer)."""
    return _TITLE_SEPARATOR.split(title), _TITLE_SEPARATOR.findall(title)


def _without_side(
    parts: list[str], separators: list[str], part_words: list[frozenset[str]], words: frozenset[str]
) -> str | None:
    """The title without its parts at one end that are made of `words`, the rest whole
    (`part_words`: each part's words; the parts' words together are a side's, as no word
    crosses the space that joins them)."""
    if not words:
        return None
    # Which sides are made of `words`, read once from each end: joining and reading
    # each side again made a title of many parts quadratic.
    leading = _sides_of(part_words, words)
    trailing = _sides_of(part_words[::-1], words)
    for cut in range(1, len(parts)):
        if trailing[len(parts) - cut]:
            return clean_spaces(_joined(parts[:cut], separators[: cut - 1]))
        if leading[cut]:
            return clean_spaces(_joined(parts[cut:], separators[cut:]))
    return None


def _sides_of(part_words: list[frozenset[str]], words: frozenset[str]) -> list[bool]:
    """For each count n of parts (0 … all), whether the first n parts' words are `words`."""
    sides = [not words]
    seen: set[str] = set()
    inside = True
    for part in part_words:
        inside = inside and part <= words
        if inside:
            seen |= part
        sides.append(inside and len(seen) == len(words))
    return sides


def _joined(parts: list[str], separators: list[str]) -> str:
    """Title parts put back together with the separators that stood between them."""
    text = parts[0]
    for separator, piece in zip(separators, parts[1:], strict=False):
        text += separator + piece
    return text


def _pieces(element: HtmlElement) -> list[str]:
    """The texts of an element and its descendants, as written (spaces included),
    without what a browser does not show (a logo's `<style>` inside an h1)."""
    if element.find(".//style") is None and element.find(".//script") is None:
        return list(element.itertext())
    return list(_SHOWN_TEXTS(element))


_SHOWN_TEXTS = etree.XPath(
    ".//text()[not(ancestor::style) and not(ancestor::script)]", smart_strings=False
)


def _h1_text(pieces: list[str], reference: str) -> str:
    """The h1's text as shown: its pieces glued (`text_content`), or spaced where
    that gives more of the meta title's words ("Zoonosen" "Wie" in two spans)."""
    glued = clean_spaces("".join(pieces)) or ""
    if len(pieces) < 2:
        return glued
    spaced = clean_spaces(" ".join(pieces)) or ""
    words = word_set(reference)
    return spaced if len(word_set(spaced) & words) > len(word_set(glued) & words) else glued


def _as_headline(h1: str, pieces: list[str], bare: str, site_words: frozenset[str]) -> str:
    """The h1 without the site's name; the meta title's wording when it has the
    same words and the h1's pieces were glued together (no space between kicker
    and headline), or when the h1 only adds a kicker in an element of its own."""
    h1 = _without_site(h1, site_words) or h1
    bare_words = word_set(bare)
    glued = clean_spaces("".join(pieces)) or ""
    shown = [piece for piece in pieces if piece.strip()]
    # Pieces on lines of their own in the source: elements laid out apart, not
    # inline markup in a sentence ("Using <code>functools.wraps</code>").
    apart = len(shown) > 1 and "\n" in "".join(pieces).strip()
    if word_set(h1) == bare_words and (h1 != glued or apart):
        # Kicker and headline in elements of their own: the title puts them in
        # order and between them the separator the h1's layout left out.
        return bare
    if len(shown) > 1:
        kicker, rest = shown[0], word_set(" ".join(shown[1:]))
        kicker_words = word_set(kicker)
        if (
            rest == bare_words
            and 0 < len(kicker_words) <= MAX_KICKER_WORDS
            # A kicker the headline repeats ("Budget" over "… new budget …") is
            # apart from it too, unless the title opens with it (the headline's
            # first word in an element of its own).
            and (
                not kicker_words & bare_words
                or not bare.casefold().startswith(kicker.strip().casefold())
            )
            and not kicker.strip().endswith(("-", "–", "—"))
        ):
            return bare
        if headline := _after_kicker(kicker, shown[1:], bare_words):
            return bare if bare_words - rest <= kicker_words else headline
    return h1


def _headline_under_kicker(pieces: list[str], bare: str, reference: str) -> str | None:
    """The h1's headline under a kicker too long for the h1 to print the title's
    words whole (`_after_kicker`), when that headline prints them."""
    shown = [piece for piece in pieces if piece.strip()]
    if len(shown) < 2:
        return None
    bare_words = word_set(bare)
    headline = _after_kicker(shown[0], shown[1:], bare_words)
    if headline is None or not _prints(headline, reference):
        return None
    return bare if bare_words - word_set(headline) <= word_set(shown[0]) else headline


_MAX_END_H1S = 10
"""The h1s read for the title's headline at one end (`_title_at_h1_end`): a page can set
its logo, its menus and "You are here" in h1s above the article's."""


def _words_in_order(text: str) -> list[str]:
    return [word.casefold() for word in ALNUM.findall(text)]


def _title_at_h1_end(every_h1: list[list[str]], bare: str, declared: frozenset[str]) -> str | None:
    """The `<title>`'s headline (without the site's name) when an h1 prints it at its
    start or end beside fewer words the title leaves out: a kicker or a section's label
    set in the same line ("\"Reformstau lösen\" / Irme Stetter-Karp ist …" under
    "Irme Stetter-Karp ist … | DOMRADIO.DE"), or the title's own section part that the
    h1 leaves out ("Textarchiv - Erinnerung an …" over an h1 "Holocaust-Gedenktag
    Erinnerung an …"). Read without meta tags only, where no h1 prints the title's
    words whole: the title then says which words of the h1 are the headline's.

    The headline is a run of the title's parts at one end holding its longest part,
    of at least `_MIN_LONE_H1_WORDS` words, and at least as long as what the h1 adds."""
    parts, separators = _split_title(bare)
    part_words = [_words_in_order(part) for part in parts]
    sizes = [len(words) for words in part_words]
    longest = sizes.index(max(sizes))
    runs = [(0, len(parts))]
    runs += [(0, end) for end in range(longest + 1, len(parts))]
    runs += [(start, len(parts)) for start in range(1, longest + 1)]
    # A run's words are a slice of the title's (no word crosses the space that joins
    # parts), taken only for a run of the size asked: listing every run's words made a
    # title of many parts quadratic.
    title_words = list(chain.from_iterable(part_words))
    starts = list(accumulate(sizes, initial=0))
    for pieces in every_h1[:_MAX_END_H1S]:
        h1 = clean_spaces("".join(pieces)) or ""
        printed = _words_in_order(h1)
        if not printed or _NOT_A_TITLE.search(h1) or _of_site(h1, declared):
            continue
        for start, end in runs:
            size = starts[end] - starts[start]
            added = len(printed) - size
            if size < _MIN_LONE_H1_WORDS or not 0 < added <= size:
                continue
            words = title_words[starts[start] : starts[end]]
            if printed[:size] == words or printed[added:] == words:
                return clean_spaces(_joined(parts[start:end], separators[start : end - 1]))
    return None


def _after_kicker(kicker: str, rest: list[str], title_words: frozenset[str]) -> str | None:
    """The h1's text after a kicker in an element of its own ("Nach Corona-Lockerungen",
    "Das Halbfinale der Champions Hockey League am Dienstag"), when the title the
    page gives itself prints the headline and leaves the kicker out.

    Sites print a topic line above the headline inside the `<h1>`; their
    `<title>` (and og:title) carry the headline alone, or the headline with
    the kicker's words put differently ("Corona-Lockerungen: Autohäuser …"
    under the kicker "Nach Corona-Lockerungen"). A kicker the title prints
    too is part of the headline."""
    kicker_words = word_set(kicker)
    glued = clean_spaces("".join(rest)) or ""
    spaced = clean_spaces(" ".join(rest)) or ""
    text = glued if word_set(glued) <= title_words else spaced
    words = word_set(text)
    if (
        not kicker_words
        or len(kicker_words) >= len(words)
        or kicker_words <= title_words
        or not words <= title_words
        or kicker.strip().endswith(("-", "–", "—"))
    ):
        return None
    return text.strip(" :|-–—") or None


def _of_site(text: str, site_words: frozenset[str]) -> bool:
    """Whether the text is only the site's name ("strafprozess.ch" as a page's logo)."""
    words = word_set(text)
    if not words or not site_words:
        return False
    return words <= site_words or "".join(WORD.findall(text.casefold())) in site_words


def _prints(h1: str, reference: str) -> bool:
    """The h1 has the reference's words: most of its own, and most of the headline's."""
    h1_words, reference_words = word_set(h1), word_set(reference)
    if not h1_words or not reference_words:
        return h1.casefold() in reference.casefold() and len(h1) * 2 >= len(reference)
    shared = len(h1_words & reference_words)
    most_of_its_own = shared >= _MIN_H1_SHARE * len(h1_words)
    return most_of_its_own and shared >= _MIN_HEADLINE_SHARE * len(reference_words)


# The twin of rules/titles.py `site_name_cut`, kept apart on purpose: here the
# site's name is known (declared by the page, its URL, its publisher), so a part
# goes only when it is made of that name's words, at the end and at the start, a
# spaced or full-width colon being a separator too; `site_name_cut` knows no name and
# goes by evidence on the page, from the end only. They share no more than
# splitting at separators (different sets); one function for both would change
# the answers of each.
def _without_site(
    title: str | None, site_words: frozenset[str], host: str | None = None
) -> str | None:
    """The title without the site's name before or after a separator, or without
    the one part that spells the site's `host` (see `site_host`)."""
    if not title or not site_words:
        return title
    parts, separators = _split_title(title)
    if len(parts) < 2:
        return title
    squashed = squashed_words(site_words)
    for end in (-1, 0):
        if len(parts) > 1 and _of_site_part(parts[end], site_words, squashed):
            name = word_set(parts.pop(end))
            separators.pop(end)
            # The name may stand twice at one end ("… | MODEPILOT.de | Modepilot.de").
            if len(parts) > 1 and word_set(parts[end]) == name:
                parts.pop(end)
                separators.pop(end)
    if len(parts) > 1 and host:
        _drop_host_part(parts, separators, host)
    return _joined(parts, separators).strip() or title


def _of_site_part(part: str, site_words: frozenset[str], squashed: frozenset[str]) -> bool:
    words = word_set(part)
    return bool(words) and (
        words <= site_words or "".join(WORD.findall(part.casefold())) in squashed
    )


# A title part spells the site's host (`site_host`) when most of the part's letters
# are the host's, or most of the host's the part's.
_MIN_HOST_COVER = 0.6
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _drop_host_part(parts: list[str], separators: list[str], host: str) -> None:
    """Drop the part at either end that spells the site's host in other words
    ("– Kaieteur News" on kaieteurnewsonline.com, "- Natürlich Jagd" on
    natuerlich-jagd.de, "| Mywakenews's Blog"), when no other part of the title
    does: a headline that names the site too leaves the title as it is."""
    naming = [_spells_host(part, host) for part in parts]
    if sum(naming) != 1:
        return
    for end in (-1, 0):
        if naming[end]:
            parts.pop(end)
            separators.pop(end)
            return


def _spells_host(part: str, host: str) -> bool:
    folded = part.casefold()
    for spelling in (folded.translate(_SPELLED_OUT), without_accents(folded)):
        letters = "".join(ALNUM.findall(spelling))
        shorter, longer = sorted((letters, host), key=len)
        if shorter and shorter in longer and len(shorter) >= _MIN_HOST_COVER * len(longer):
            return True
    return False
