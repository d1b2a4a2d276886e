"""The title: the page's <title> line, the headline printed below it, and the site's
name on the title line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from ..article import Reason
from ..document import (
    BODY,
    BYLINE,
    REMOVED,
    TITLE,
    WORD_RUN,
    Document,
    Label,
    Segment,
    content_words,
    is_cjk_heavy,
    kept_after,
    kept_neighbour,
    key_of,
    phrase_form,
)
from ..lexicon import BULLET_MARKS, DATE_ALONE, title_parts
from ..names import (
    bare_names,
    opens_with_given_name,
    parse_byline,
    prefixed_byline,
    strip_byline_prefix,
)
from .base import Claimed, Finding, derive, describes, structures
from .boilerplate import prose_line
from .datelines import match_dateline
from .dump_kind import decided_article_dump
from .duplicates import repeated_label, repeated_paragraph
from .label_runs import holds_menu_word
from .phrasebook import PhraseBook
from .structure import HEAD_STAMP_REACH, head_stamp
from .text_browser import TITLE_REACH

# Thresholds without a note were set before the webeval split; those added for
# issue 14 were chosen on its tune part (bench/labelled_dumps.py).
_MAX_TITLE_WORDS = 30
"""A title has at most this many words."""
_MIN_TITLE_CHARS = 8
"""… and at least this many characters."""
# A headline may end in a full stop; a first paragraph that short must be followed
# by a paragraph this many times longer for the line to be taken as the title.
_FULL_STOP_TITLE_WORDS = 12
_FULL_STOP_NEXT_RATIO = 2.0
# A full stop and more text: two sentences, but not after an initial ("S. Korea's exports").
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?]\s+\S")
# A headline ending in a full stop may run to this many words when the line right under it
# is a prefixed byline ("By Kim Soo-yeon"): the wires that end headlines in a full stop
# (Yonhap, PTI, IANS) write them long, and a first paragraph has no byline under it.
_SIGNED_FULL_STOP_WORDS = 20
# A site menu over the headline: at least this many lines of at most that many words.
_MENU_ITEM_WORDS = 3
_MIN_MENU_ITEMS = 3
_NEXT_ROW_WORDS = _MENU_ITEM_WORDS + 2
"""The line under a short row opening with a number at the top ("200 g Butter") is another
row of the article's own list when it has at most this many words and is no sentence
(`_list_goes_on`): a list's rows run a little longer than a menu's items."""


# --- the page's <title> and its headline ---------------------------------------
#
# A page dump opens with the page's <title>, "Headline - Site" or "Site | Headline",
# and most pages print the headline again (their <h1>) above the article. That
# second line is the title; the <title> line goes, as a repeat with the site name.
_HEADLINE_PROSE_WORDS = 10
"""A line of this many words ending like a sentence is prose: the article has begun."""
_HEADLINE_AFTER_PROSE = 5
"""The repeated headline is searched for up to this many lines past the first prose line."""
_HEADLINE_SPAN_WORDS = 3
"""A shorter form of the <title>'s headline printed below has at least this many words."""
_HEADLINE_MIN_LETTERS = 6
"""A headline has words: "0 0" printed twice is not one."""
_HEADLINE_MIN_WORDS = 2
"""... and at least this many of them: a shorter longest part of the <title> is no
headline to look for below it (unless it is Chinese or Japanese, written without spaces),
and a site's name comes off the title only while the headline keeps this many
(`site_name_cut`)."""
_CJK_HEADLINE_SHARE = 4
"""A shorter form of a Chinese or Japanese <title>'s headline printed below holds at least
a quarter of its characters (and `_HEADLINE_MIN_LETTERS`): a menu item or section name the
<title> also prints ("レシピ") is shorter, and a <title> with SEO words around the headline
may be three times as long (set on invented pages: no tune dump has such a <title>)."""
_SITE_WORDS = 4
"""A dash-separated last part of at most this many words may be a site's name ..."""
_SITE_PIPE_WORDS = 6
"""... and after a bar ("Headline | The New Republic"), which headlines seldom use, this many."""
_SHORT_START_SITE_WORDS = 3
"""... and after a printed start shorter than it (`_headline_printed_alone`), this many: a
site's name ("Penny - Stardew Valley Wiki", "Bohnenviertel - Stadt Stuttgart"), where a
section the menu prints is followed by a headline ("Sport - Lakers beat the Celtics")."""
_TITLE_LINE_WORDS = 4 * _MAX_TITLE_WORDS
"""A first line longer than this is text, not a page's <title> with a site's name."""
_REWORDED_SHARE = 0.5
"""A headline worded apart from the <title>'s shares this share of its topic words and of
the <title>'s (tune part of the labelled page dumps)."""
_REWORDED_MIN_WORDS = 2
"""... and at least this many topic words, which the <title>'s headline holds too."""
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·]|\d+[.)])\s")
"""An item of a list ("- Abnahme Protokoll …") is not a page's headline."""
_REWORDED_MENU_LINES = 3
"""... and stands below at least this many lines (a page's menu; an article dump's title
is followed by its text)."""
_DOMAIN = re.compile(r"(?:^|\s)(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:/\S*)?$", re.IGNORECASE)


# Reads the rules that remove a line as a repeat: `page_title` among them, which
# derives this and runs before `title_line`, so it is named once both are declared.
@derive(reads=lambda: ((repeated_paragraph, repeated_label, page_title),))
def repeated_headline(segments: list[Segment], repeats: Claimed) -> tuple[int, int] | None:
    """(index of the <title> line, index of its headline printed again below), or None.

    The line below must hold the <title>'s longest part (the headline, not the
    site name or a section) and nothing the <title> does not have. Pure.
    """
    # The dump's first line that pass 1 left (`page_title` removes it as a repeat,
    # and `title_line` must still find the same pair after that).
    first = next((i for i, s in enumerate(segments) if s.label is BODY or s in repeats), None)
    if first is None:
        return None
    if segments[first].word_count > _TITLE_LINE_WORDS:
        return None  # a paragraph, not a <title>: comparing its spans would cost its square
    parts = title_parts(segments[first].text)
    if not parts:
        return None
    longest = max(range(len(parts)), key=lambda i: len(parts[i].split()))
    # A <title> of one part ("Eurostat: Polska z …") has no site or section beside the
    # headline: only a shorter form of it printed below (the <h1>) tells them apart.
    wanted = {
        key_of(" ".join(parts[start:stop]))
        for start in range(0, longest + 1)
        for stop in range(longest + 1, len(parts) + 1)
        if stop - start < len(parts)  # the headline without what stands beside it
    }
    wanted.discard("")
    headline = parts[longest]
    if sum(map(str.isalpha, headline)) < _HEADLINE_MIN_LETTERS or (
        len(headline.split()) < _HEADLINE_MIN_WORDS and not is_cjk_heavy(headline)
    ):
        return None
    prose = next(
        (
            i
            for i, s in enumerate(segments[first + 1 :], first + 1)
            # A notice pass 1 removed (cookies, a browser warning) is not the article's start.
            if s.label is BODY  # (is_open, without a property call per line)
            and s.word_count >= _HEADLINE_PROSE_WORDS
            and s.ends_like_sentence
        ),
        len(segments),
    )
    # (Below, the key is looked up first and the label read as `is_open` is, without a
    # property call: most lines' keys are not wanted, and these loops ask every line.)
    for index in range(first + 1, min(len(segments), prose + _HEADLINE_AFTER_PROSE)):
        segment = segments[index]
        if segment.key in wanted and segment.label is BODY:
            return first, index
    # The page's headline may be the <title>'s shorter form ("Tote Hummeln unter Linden"
    # for "Tote Hummeln unter Linden: Die Erklärung | Hummeln"): a run of at least half
    # of its words, above the article's first prose line.
    words = headline.split()
    shortest = max(_HEADLINE_SPAN_WORDS, -(-len(words) // 2))
    # A headline, not a paragraph's sentence: the spans of a long one would cost its square.
    # A span's key is its words' keys joined (the key drops the spaces and folds each
    # character on its own): one substitution a word, not one a span.
    keys = [key_of(word) for word in words]
    # Every span is a piece of the words' keys joined: only a line whose key is such a
    # piece may be one, and the spans are built only when a line is (most pages have none
    # above their prose, and an article dump's text follows its title at once).
    joined = "".join(keys)
    candidates = [
        index
        for index, segment in enumerate(segments[first + 1 : prose], first + 1)
        if segment.key and segment.key in joined and segment.label is BODY
    ]
    spans = (
        {
            "".join(keys[start:stop])
            for start in range(len(words))
            for stop in range(start + shortest, len(words) + (start > 0))
        }
        if candidates and len(words) <= _MAX_TITLE_WORDS
        else set()
    )
    spans.discard("")
    for index in candidates:
        segment = segments[index]
        if segment.key in spans:
            if len(parts) == 1 and segment.ends_like_sentence:
                # A one-part first line whose shorter form below is a sentence is a
                # paragraph with something glued on ("… regulators. Advertisement"),
                # not a <title> over its <h1>: an <h1> is not punctuated as a sentence.
                continue
            return first, index
    # Chinese and Japanese write the headline without spaces: its shorter form below is a
    # run of its characters, not of its words ("豚こまと白菜のうま煮" of
    # "フライパンひとつで！豚こまと白菜のうま煮のレシピ").
    if is_cjk_heavy(headline):
        shortest_chars = max(_HEADLINE_MIN_LETTERS, -(-len(joined) // _CJK_HEADLINE_SHARE))
        for index in candidates:
            segment = segments[index]
            if len(segment.key) >= shortest_chars and not segment.ends_like_sentence:
                return first, index
    # The headline without the site's name, printed further down than the window above
    # (below a site's tagline or a notice that reads as prose): still the page's headline.
    # The fullest form wins: a logo line may be the <title>'s first part alone.
    far = [
        (-len(segment.key), index)
        for index, segment in enumerate(segments[first + 1 :], first + 1)
        if segment.key in wanted and segment.label is BODY
    ]
    if far:
        return first, min(far)[1]
    # The headline printed with more than the <title> gives: under a kicker ("Kicker:
    # <the <title>'s headline>"), or whole where the <title> cut it short ("Headline
    # wor..."). The first such line stands above the article; a teaser repeats it lower.
    fuller = _printed_with_more(segments, first, headline, wanted)
    if fuller is not None:
        return first, fuller
    # The headline printed as it stands in the <title> (in a breadcrumb, far below): the
    # <title>'s wording is the page's, and a reworded line is some other piece.
    exact = wanted | {segments[first].key, key_of(headline)}
    if not exact.isdisjoint([segment.key for segment in segments[first + 1 :]]):
        return None
    reworded = _reworded_headline(segments, first, headline, prose, one_part=len(parts) == 1)
    if reworded is not None or prose >= len(segments):
        return reworded
    over = _headline_over_byline(segments, first, prose)
    return None if over is None else (first, over)


_KICKER_WORDS = _SITE_WORDS
"""A kicker before the <title>'s headline on the line printed below has at most this many
words and ends in a colon ("Court ruling: <headline>", "Streit im Stadtrat : <headline>")."""
_CUT_SHORT = re.compile(r"\s*(?:\.\.\.|…)$")
"""A <title> cut short: its headline ends in an ellipsis ("Neue Regeln für Mieter: Was sich ände...")."""
_MIN_CUT_HEADLINE_WORDS = 4
"""... and still has this many words, so that its words opening a line say it is that line."""


def _printed_with_more(
    segments: list[Segment], first: int, headline: str, wanted: set[str]
) -> int | None:
    """The index of the first open line below `first` that prints the <title>'s headline
    with more: a kicker of at most `_KICKER_WORDS` words that the <title> does not print,
    and a colon, before one of its `wanted` forms; or, when the <title> cut the headline
    short with an ellipsis, the line whose words open with the cut headline's. None when
    no line does. Pure."""
    cut = _CUT_SHORT.search(headline)
    stem = (
        key_of(headline[: cut.start()])
        if cut is not None and len(headline.split()) >= _MIN_CUT_HEADLINE_WORDS
        else ""
    )
    # (A line's key is its words' keys joined: a kicker's line ends in a wanted key, which
    # is asked first, before the line is split at its colon. The keys joined one a line
    # tell at once whether any line ends so, or opens with the cut headline: most dumps
    # have none, and skip the walk.)
    joined = "\n" + "\n".join([segment.key for segment in segments[first + 1 :]]) + "\n"
    if not any(f"{form}\n" in joined for form in wanted) and not (stem and f"\n{stem}" in joined):
        return None
    endings = tuple(wanted)
    title_key = segments[first].key
    for index in range(first + 1, len(segments)):
        segment = segments[index]
        if segment.label is not BODY or segment.word_count > _MAX_TITLE_WORDS:
            continue
        key = segment.key
        if stem and key.startswith(stem) and len(key) > len(stem):
            return index
        if not key.endswith(endings) or key in wanted:
            continue
        kicker, colon, rest = segment.text.partition(":")
        if (
            colon
            and 0 < len(kicker.split()) <= _KICKER_WORDS
            and key_of(rest) in wanted
            # more than the <title> gives: not its own parts printed in another order
            and key_of(kicker) not in title_key
        ):
            return index
    return None


_HEADER_LINES = 3
"""Lines that may stand between a page's headline and its byline: a standfirst, a date, a
section's name (`_headline_over_byline`)."""
_BYLINE_LINE_WORDS = 8
"""A byline line under the headline has at most this many words ("By Jane Doe and John
Roe", "Jane Doe, 3 May 2024")."""


def _signs(segment: Segment, segments: list[Segment]) -> bool:
    """Whether the line is a byline: one pass 1 labelled so, "By Jane Doe", or names alone
    whose first word is a known given name and none of whose words the page prints in
    lower case elsewhere ("Jane C. Doe"; not "Grace Period", whose "period" the text uses as
    a word)."""
    if segment.label is BYLINE:
        return True
    if segment.label is not BODY or segment.word_count > _BYLINE_LINE_WORDS:
        return False
    if prefixed_byline(segment.text, segment.may_hold_digit):
        return True
    names = bare_names(segment.text)
    if not names or not all(map(opens_with_given_name, names)):
        return False
    words = {f" {w.casefold()} " for name in names for w in name.split()[1:] if w.isalpha()}
    return not any(
        word in f" {other.text} " for other in segments if other is not segment for word in words
    )


def _headline_over_byline(segments: list[Segment], first: int, prose: int) -> int | None:
    """The index of the page's headline worded apart from its <title> when the page signs
    its article: the first byline past the menu and at most `_HEADLINE_AFTER_PROSE` lines
    past the first prose line, and above it, within `_HEADER_LINES` lines (a standfirst,
    a date), the nearest line shaped as a headline that shares a topic word with the
    <title> line ("Will the schools pay their teachers next year?" over a standfirst, a
    date and "Jane Doe", under "Council budget: new money for the schools - Site"). None when
    the first byline has no such line over it. Pure."""
    title_words = segments[first].content_words
    if not title_words:
        return None
    stop = min(len(segments), prose + _HEADLINE_AFTER_PROSE)
    for index in range(first + 1 + _REWORDED_MENU_LINES, stop):
        segment = segments[index]
        if not _signs(segment, segments):
            continue
        for above in range(index - 1, max(first, index - 1 - _HEADER_LINES), -1):
            line = segments[above]
            if (
                line.label is BODY
                and _HEADLINE_SPAN_WORDS <= line.word_count <= _MAX_TITLE_WORDS
                and not line.text.rstrip().endswith((".", ",", ";", ":", "。"))
                and not DATE_ALONE.match(line.text)
                and not line.content_words.isdisjoint(title_words)
                and not _signs(line, segments)
            ):
                return above
        return None  # the first byline decides: a later one signs another story
    return None


def _reworded_headline(
    segments: list[Segment], first: int, headline: str, prose: int, one_part: bool
) -> tuple[int, int] | None:
    """(first, index) of the page's own headline when it words the <title>'s differently
    ("Mujer quería impedir detención de su hijo …" under "Mujer quiso impedir captura de
    hijo …"): a headline-sized line past a menu, above the article's prose, that shares
    most of its topic words with the <title>'s headline and holds most of them. Under a
    `one_part` first line, not a line ending in a full stop: as for the shorter form
    above, the first line is then a paragraph with something glued on, not a <title>."""
    wanted = content_words(headline)
    if len(wanted) < _REWORDED_MIN_WORDS or prose >= len(segments):
        return None  # no article prose for a headline to stand above: a list, a table
    best: tuple[float, int] | None = None
    # The window runs past the first prose line as the exact search's does: that line may
    # be the headline itself (ten words ending in a question or a closing quote), or a
    # line of the page's furniture that reads as prose over it. There, a line ending in a
    # full stop is the article's first paragraph retelling the headline, not the headline.
    stop = min(len(segments), prose + _HEADLINE_AFTER_PROSE)
    for index in range(first + 1 + _REWORDED_MENU_LINES, stop):
        segment = segments[index]
        if (
            segment.label is not BODY
            or not (_HEADLINE_SPAN_WORDS <= segment.word_count <= _MAX_TITLE_WORDS)
            or _LIST_ITEM.match(segment.text)
            # (a full stop only: a headline may end in a question or a quoted phrase)
            or ((one_part or index >= prose) and segment.text.rstrip().endswith((".", "。")))
            or _heads_a_series(segments, index)
        ):
            continue
        words = segment.content_words
        shared = len(words & wanted)
        if (
            shared < _REWORDED_MIN_WORDS
            or min(shared / len(words), shared / len(wanted)) < _REWORDED_SHARE
        ):
            continue
        score = 2 * shared / (len(words) + len(wanted))
        if best is None or score > best[0]:
            best = (score, index)
    if best is None or sum(1 for s in segments[first + 1 : best[1]] if s.text.strip()) < (
        _REWORDED_MENU_LINES
    ):
        return None
    return first, best[1]


def _heads_a_series(segments: list[Segment], index: int) -> bool:
    """Whether the line at `index` is the first of a series of like lines: the next line
    kept opens with the same word and is no sentence either ("Example 1: Sort a List by
    Length …" over "Example 2: …", "Step 1" over "Step 2", a table of contents). A headline
    stands over its byline, its date or its text, not over a line shaped like itself."""
    first = segments[index].text.split(maxsplit=1)
    after = kept_neighbour(segments, index)
    if not first or after is None or after.ends_like_sentence:
        return False
    below = after.text.split(maxsplit=1)
    return bool(below) and below[0].casefold() == first[0].casefold()


# The twin of readers/html_title.py `_without_site`, kept apart on purpose: that one
# knows the site's name (the page declares it) and cuts only a part made of its
# words, at either end and at a colon too; this one, for text dumps as well, knows
# no name and goes by evidence on the page (a domain, a bar, the name printed
# elsewhere), from the end only, part by part, and at a colon only after a
# domain at the start ("heise.de: …"). They share no more than splitting at
# separators (different sets); one function for both would change the answers of each.
def site_name_cut(title: str, segments: list[Segment]) -> tuple[str, str] | None:
    """(headline, site name) when `title` ends in a site's name, else None. Pure.

    Evidence for a last part being the site: it reads as a domain
    ("… - SpaceNews.com"); or it follows a bar and is short; or it is short and
    the page prints it elsewhere (its logo, its copyright line). Parts are cut
    from the end one at a time while the evidence holds; a domain also goes from
    the start ("heise.de: …"). The headline keeps at least `_HEADLINE_MIN_WORDS` words.
    """
    domain = _DOMAIN_IN_BRACKETS.search(title)
    if domain is not None and len(title[: domain.start()].split()) >= _HEADLINE_MIN_WORDS:
        return title[: domain.start()].strip(), domain.group(1)
    # A bar never stands in a headline, even without spaces ("… |Minuto30").
    pieces = re.split(r"(\s+(?:[-–—/·»«›•⋆]|::|//)\s+|\s*(?:\|\||\|)\s*)", title)
    # pieces: text, separator, text, separator, ...
    texts = pieces[0::2]
    separators = pieces[1::2]
    if len(texts) < 2:
        return _domain_prefix(title) or _masthead_prefix(title, segments)
    elsewhere = None
    cut = len(texts)
    while cut > 1:
        part = texts[cut - 1].strip()
        separator = separators[cut - 2].strip()
        rest_words = sum(len(t.split()) for t in texts[: cut - 1])
        if rest_words < _HEADLINE_MIN_WORDS:
            break
        words = len(part.split())
        if _DOMAIN.search(part) and words <= _SITE_PIPE_WORDS:
            cut -= 1
            continue
        if separator in ("|", "||", "::") and words <= _SITE_PIPE_WORDS:
            cut -= 1
            continue
        if words <= _SITE_PIPE_WORDS and (part[:1].isupper() or _unspaced_name(part)):
            if elsewhere is None:
                elsewhere = _phrases_elsewhere(segments, title)
            key = phrase_form(part)
            if (
                key
                and words <= _SITE_WORDS
                and any(f" {key} " in f" {form} " for form in elsewhere)
            ):
                cut -= 1
                continue
            if _names_a_domain(part, segments, title):
                cut -= 1
                continue
            if (
                cut == len(texts)
                and (separator == "-" or (separator in ("–", "—") and _names_a_paper(part)))
                and _name_foreign_to_text(part, texts[: cut - 1], segments, title)
            ):
                cut -= 1
                continue
        break
    if cut == len(texts):
        return _domain_prefix(title) or _masthead_prefix(title, segments)
    headline = "".join(pieces[: 2 * cut - 1]).strip()
    site = "".join(pieces[2 * cut - 1 :]).strip(" -–—|/·»«›•⋆:")
    return headline, site


# "… (neues-deutschland.de)": the site's domain in brackets after the headline.
_DOMAIN_IN_BRACKETS = re.compile(r"\s\(((?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})\)$")
_DOMAIN_IN_TEXT = re.compile(r"(?:^|[\s@/(.])(?:www\.)?([\w-]{3,})\.[a-z]{2,6}\b", re.IGNORECASE)
_MIN_DOMAIN_LETTERS = 5
"""A site name this long, spelled as a domain the page prints, is that site's name."""


def _names_a_domain(part: str, segments: list[Segment], title: str) -> bool:
    """Whether `part` ("Geschichte der Gegenwart", "The St Kitts Nevis Observer") is
    spelled, without spaces, as a domain the page prints elsewhere (a footer's
    "© geschichtedergegenwart.ch", an e-mail address, a link)."""
    letters = _letters(re.sub(r"^the\s+", "", part, flags=re.IGNORECASE))
    if len(letters) < _MIN_DOMAIN_LETTERS:
        return False
    for segment in segments:
        if segment.text == title or "." not in segment.text:
            continue
        for found in _DOMAIN_IN_TEXT.finditer(segment.text):
            name = _letters(found.group(1))
            if name in (letters, "the" + letters):
                return True
    return False


_NAME_PARTICLE = re.compile(r"^(?:de|du|des|da|do|dos|das|del|di|la|le|les|of|the|d['’]\w+)$")
"""A particle inside a name ("Le Courrier du Rhône", "Gazeta do Povo", "Times of India");
"an", "die", "mit" join a German subtitle's nouns, not a masthead's."""
_SHARED_HEADLINE_WORDS = 2
"""Topic words the headline part must share with the dump's text (`_name_foreign_to_text`)."""


def _reads_as_name(part: str) -> bool:
    """Capitalised words, short particles between them: a masthead, not a phrase."""
    words = part.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or _NAME_PARTICLE.match(w) for w in words)
    )


_UNSPACED_NAME_CHARS = 12
"""A masthead in a script without case and spaces ("信濃日報デジタル") is one word of at
most this many characters."""


def _unspaced_name(part: str) -> bool:
    """A name where no capital can mark one: one word of letters (no bracket: "(只能想念你
    - 蕭敬騰)" is a song's title and its singer) of a script written without spaces
    (Chinese, Japanese), as short as a masthead; its characters' pairs are its topic words
    (`content_words`), asked as a capitalised name's words are."""
    return len(part) <= _UNSPACED_NAME_CHARS and part.isalnum() and is_cjk_heavy(part)


def _name_foreign_to_text(
    part: str, headline_parts: list[str], segments: list[Segment], title: str
) -> bool:
    """Whether the title's last part (after a spaced hyphen, the <title> template's: a
    subtitle stands after an en dash) is a masthead by the text around it:
    a name (`_reads_as_name`, or `_unspaced_name` in Chinese or Japanese) of at most
    `_SITE_WORDS` words, none of whose topic words the dump's other lines hold, while the
    rest of the title shares at least `_SHARED_HEADLINE_WORDS` with them ("Lyon : la ligne
    de tramway … - Le Courrier du Rhône" over an article about the tramway in Lyon). A
    part the article names (a film's, a person's) is the headline's."""
    if len(part.split()) > _SITE_WORDS or not (_reads_as_name(part) or _unspaced_name(part)):
        return False
    name_words = content_words(part)
    headline_words = content_words(" ".join(headline_parts))
    if not name_words or len(headline_words) < _SHARED_HEADLINE_WORDS:
        return False
    shared: set[str] = set()
    for segment in segments:
        if segment.text == title:
            continue
        words = segment.content_words
        if not name_words.isdisjoint(words):
            return False
        shared.update(headline_words & words)
    return len(shared) >= _SHARED_HEADLINE_WORDS


# Words newspapers name themselves by, in the languages whose mastheads print them
# ("Diario de Sevilla", "Gazzetta di Parma", "Abendzeitung" no: one word each, whole
# words only). A masthead's own noun is what tells it from a kicker or a series label
# before a colon ("Morgen Abend:", "Pair With Me:", round 57: a name foreign to the text
# alone cut 0 of 5 rightly on tune) and from a speaker after a dash ("«…» — Песков",
# round 50). Words a kicker uses too ("News", "Times", "Post", "Noticias", "Новости")
# are left out.
_PAPER_WORDS = frozenset(
    (
        "diario diário periódico gaceta heraldo "
        "zeitung tagblatt tageblatt anzeiger kurier rundschau "
        "gazette herald tribune courier courrier chronicle telegraph "
        "corriere giornale gazzetta gazeta jornal dziennik dagblad "
        "газета вечерний вечерняя вечерние ведомости известия"
    ).split()
)


def _names_a_paper(part: str) -> bool:
    """Whether a title's part holds a word newspapers name themselves by (`_PAPER_WORDS`)."""
    return any(word.casefold() in _PAPER_WORDS for word in part.split())


def _masthead_prefix(title: str, segments: list[Segment]) -> tuple[str, str] | None:
    """(headline, masthead) when `title` opens with a paper's name and a colon
    ("Diario Económico: El precio del alquiler …"): a name of at most `_SITE_WORDS` words
    holding a paper's word (`_names_a_paper`) and foreign to the text under the rest,
    which shares its topic words with it (`_name_foreign_to_text`). A kicker names the
    story's topic and no paper; a source the story reports on ("Washington Post: …") is
    named in its text."""
    head, colon, rest = title.partition(": ")
    head = head.strip()
    if not colon or len(rest.split()) < _HEADLINE_MIN_WORDS or not _names_a_paper(head):
        return None
    if not _name_foreign_to_text(head, [rest], segments, title):
        return None
    return rest.strip(), head


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _domain_prefix(title: str) -> tuple[str, str] | None:
    head, colon, rest = title.partition(": ")
    if (
        colon
        and " " not in head.strip()
        and _DOMAIN.search(head.strip())
        and len(rest.split()) >= _HEADLINE_MIN_WORDS
    ):
        return rest.strip(), head.strip()
    return None


def _phrases_elsewhere(segments: list[Segment], title: str) -> list[str]:
    """Phrase forms of the other lines that a site prints its name in: short ones
    (a logo, a menu) and copyright notices."""
    forms = []
    for segment in segments:
        if segment.text == title:
            continue
        if segment.credit:  # a site credits its own pictures ("Foto: Jane Doe / Site")
            forms.append(phrase_form(segment.credit))
        if (
            segment.word_count <= _SITE_PIPE_WORDS
            or "©" in segment.text
            or "copyright" in (segment.phrase_form)
        ):
            forms.append(segment.phrase_form)
    return forms


# `repeated_headline` is derived once for both title rules: `page_title`, which runs
# right before `title_line`, claims only the <title> line, and the function finds
# the same line after that (its first open line or one removed as a repeat) and reads
# of that line only what its text gives.
@structures(
    Reason.DUPLICATE_PARAGRAPH,
    text_dumps_only=True,
    derives=(repeated_headline, decided_article_dump),
)
def page_title(
    segments: list[Segment],
    context: PhraseBook,
    found: tuple[int, int] | None,
    article_dump: bool,
) -> Iterator[Segment]:
    """The page's <title> line ("Headline - Site") when the headline stands again below it."""
    if found is not None and _headline_again_here(segments, found, article_dump):
        yield segments[found[0]]


_ARTICLE_HEADLINE_BETWEEN = 1
"""In a dump decided to be an article dump, open lines that may stand between its first
line and the headline printed again below it (a kicker, a date stamp). A page prints its
menu there; an article dump has no menu, and the lines there are the article's own: its
list or table under the title, whose row or subheading sharing the title's words ("Fazit
– Firmenwagen: Leasen oder Finanzieren?", "Example 5: Change Font Size of Legend", a game's
name in its facts box) became the title while the true title line went. A shorter form
of the first line, its words as they stand there ("Headline" under "Site: Headline"), stays
the headline wherever it stands: a whole-page dump read as an article keeps its menu
between them (round 27, tune part: of the article dumps and shapes read as articles, every
other such line found past two or more of the article's lines was a body line, none the
headline; the whole-page dumps read as articles keep their headline)."""


def _headline_again_here(
    segments: list[Segment], found: tuple[int, int], article_dump: bool
) -> bool:
    """Whether the pair `repeated_headline` found stands as a page or an article dump
    prints it: on a page anywhere below; in an article dump right under the first line,
    or further down only as a shorter form of the first line, its words as they stand."""
    if not article_dump:
        return True
    first, again = found
    between = sum(1 for segment in segments[first + 1 : again] if segment.label is BODY)
    if between <= _ARTICLE_HEADLINE_BETWEEN:
        return True
    shorter, whole = segments[again].key, segments[first].key
    return shorter != whole and shorter in whole


@describes()
def title_site_name(document: Document) -> Finding | None:
    """Take the site's name off the title ("… | The New Republic"); the title line keeps it.

    Finds `metadata["title_text"]` (the whole line) and `metadata["site_name"]`;
    the Article's title is the headline. On a page dump whose page prints the headline
    alone as the <title> line's start or end (`_headline_printed_alone`), the title is that
    line: the page's own copy says where its headline ends.
    """
    title = next((s for s in document.segments if s.label is TITLE), None)
    if title is None:
        return None
    found = site_name_cut(title.text, document.segments)
    if document.metadata.get("dump") == "page":
        printed = _headline_printed_alone(title, document.segments)
        if printed is not None:
            metadata = {"title_text": title.text}
            # The site's name as the cut by the title's own marks reads it, when that cut
            # leaves the printed headline whole.
            if found is not None and f" {phrase_form(printed)} " in f" {phrase_form(found[0])} ":
                metadata["site_name"] = found[1]
            return Finding(metadata=metadata, title_cut=printed)
    if found is None:
        return None
    return Finding(metadata={"title_text": title.text, "site_name": found[1]}, title_cut=found[0])


# The <title> line is the page's headline with its site's name ("Headline - Site", "Headline
# Rezept | SITE", "Site: Headline"); when no line under it printed the headline to move it
# to the title (`repeated_headline`), the page may still print it alone somewhere, however
# the page rules read that line (a breadcrumb's end, a line `outside_article` took): that
# copy says where the headline ends. The site's name cut so is taken from the title's
# text only; no line changes its place.
_SITE_MARK_AFTER = re.compile(r"\s+[-|/·»›•⋆]|\|")
"""What opens a site's side after the headline: a spaced hyphen, bar, slash or arrow ("… -
Site", "… -Author - Site", "… | Site"); not an en or em dash, which opens a subtitle as
often ("Kolumne: Queer Royal – Über …"), nor a colon or comma, which go on the headline."""


def _headline_printed_alone(title: Segment, segments: list[Segment]) -> str | None:
    """The headline of a page dump's <title> line as the page prints it on a line of its
    own, when that line is the title's start or end and the rest is the site's side:

    - the start, the rest after a mark of `_SITE_MARK_AFTER` whose next part is a name's
      length (`_SITE_PIPE_WORDS`), printed as it stands ("Bohnenviertel" of
      "Bohnenviertel - Stadt Stuttgart");
    - or the start, longer than the rest ("<recipe's name>" of "<recipe's name> Rezept |
      SITE");
    - or the end after a colon, longer than what stands before it ("<headline>" of "BDZV:
      <headline>").

    None when the page prints the whole <title> again (its headline holds the kicker or
    the name: "Editor's Letter: …"), when it prints both sides alone (which is the site's
    then cannot be told), or when the copy or the title is cut short ("…"). Pure."""
    if not segments or title is not segments[0]:
        return None
    whole = title.phrase_form
    words = whole.split()
    if not _HEADLINE_MIN_WORDS <= len(words) <= _MAX_TITLE_WORDS or _ends_cut_short(title.text):
        return None
    runs = list(WORD_RUN.finditer(title.text))
    if len(runs) != len(words):
        return None  # a folding that split or joined words: no safe place to cut
    count = len(words)
    # The title's starts and ends by their word forms: a start of k words as k, an end
    # of k words as -k.
    sides = {" ".join(words[:k]): k for k in range(1, count)}
    sides.update({" ".join(words[k:]): k - count for k in range(1, count)})
    printed: dict[int, Segment] = {}
    for segment in islice(segments, 1, None):
        form = segment.phrase_form
        if form == whole:
            return None
        side = sides.get(form)
        if side is not None:
            printed.setdefault(side, segment)
    best: tuple[int, Segment] | None = None
    for side, segment in printed.items():
        size = abs(side)
        other = side - count if side > 0 else side + count
        if other in printed or _ends_cut_short(segment.text):
            continue
        if side > 0:
            start = title.text[: runs[side - 1].end()]
            taken = _site_after(start, title.text[len(start) :], segment.text) or (
                size > count - size and size >= _HEADLINE_MIN_WORDS
            )
        else:
            before = title.text[: runs[count + side].start()].rstrip()
            taken = size > count - size and size >= _HEADLINE_MIN_WORDS and before.endswith(":")
        if taken and (best is None or size > best[0]):
            best = (size, segment)
    return None if best is None else best[1].text.strip()


def _site_after(start: str, rest: str, printed: str) -> bool:
    """Whether `rest`, after the title's `start` that the page prints as `printed`, is a
    site's side: it opens with a mark of `_SITE_MARK_AFTER`, its first part is a name's
    length, and the page prints the start as it stands (a logo line "@site" is the
    title's "Site" only by its word forms)."""
    mark = _SITE_MARK_AFTER.match(rest)
    if mark is None:
        return False
    parts = title_parts(rest[mark.end() :])
    if not parts:
        return False
    site_words = len(parts[0].split())
    # A start shorter than what follows it may be a section the page's menu prints
    # ("Sport - Lakers beat Celtics in overtime" over a menu's "Sport"): the side after it
    # is then a headline, unless it is a name's length.
    most = _SITE_PIPE_WORDS if len(start.split()) >= site_words else _SHORT_START_SITE_WORDS
    return (
        site_words <= most
        and " ".join(printed.split()).casefold() == " ".join(start.split()).casefold()
    )


def _ends_cut_short(text: str) -> bool:
    """A text ending in an ellipsis: a teaser's or a <title>'s cut headline."""
    return text.rstrip().endswith(("...", "…"))


# The slug a wire sets before the headline of a story's later versions and of its kinds
# ("UPDATE 2-Chile's copper output falls …", "REFILE-UPDATE 1-…", "EXCLUSIVE-…",
# "FACTBOX-…"): Reuters' form, in capitals, joined to the headline by a hyphen with no
# space, as the wire's clients and the sites syndicating it print it. A headline's own
# opening in capitals is a word and a space ("UPDATE: …", "EU-China talks"), never a
# listed word then a hyphen and a letter.
_SLUG_WORD = (
    r"(?:UPDATE\s\d{1,2}|WRAPUP\s\d{1,2}|REFILE|CORRECTED|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|"
    r"INSIGHT|PREVIEW|TIMELINE|EXPLAINER|FOCUS|BREAKINGVIEWS|GRAPHIC)"
)
_WIRE_SLUG = re.compile(rf"^(?P<slug>{_SLUG_WORD}(?:-{_SLUG_WORD})*)-(?=[^\W_])")


@describes()
def title_wire_slug(document: Document) -> Finding | None:
    """Take the wire's slug off the title ("UPDATE 2-Chile's copper output falls …":
    `_WIRE_SLUG`); the title line keeps it.

    Finds `metadata["wire_slug"]` ("UPDATE 2") and `metadata["title_text"]` (the whole
    line) when `title_site_name` did not; the Article's title is the headline."""
    title = next((s for s in document.segments if s.label is TITLE), None)
    if title is None:
        return None
    headline = document.title_cut or title.text
    found = _WIRE_SLUG.match(headline)
    if found is None or len(headline[found.end() :].split()) < _HEADLINE_MIN_WORDS:
        return None
    metadata = {"wire_slug": found.group("slug")}
    if "title_text" not in document.metadata:
        metadata["title_text"] = title.text
    return Finding(metadata=metadata, title_cut=headline[found.end() :])


# The title of a page comes from its metadata.
@structures(Label.TITLE, text_dumps_only=True, derives=(repeated_headline, decided_article_dump))
def title_line(
    segments: list[Segment],
    context: PhraseBook,
    repeated: tuple[int, int] | None,
    article_dump: bool,
) -> Iterator[Segment]:
    """The first line, when it reads like a headline (past a site menu above it on a page
    dump); on a page whose <title> line is followed by the headline on its own, that
    headline. None when a title stands already (a text browser's dump centres its
    headline: `centred_headline`, rules/text_browser.py)."""
    if any(segment.label is TITLE for segment in islice(segments, TITLE_REACH)):
        return
    if repeated is not None and _headline_again_here(segments, repeated, article_dump):
        yield segments[repeated[1]]
        return
    # An article dump has no menu above its title: a run of short lines at its top is the
    # article's own list (no title line printed), and the line after it one of its rows or
    # subheadings (round 27, tune part: never the labelled title in the article dumps and
    # shapes read as articles).
    # A breadcrumb of up to three levels over a headline signed right below is read
    # first: taken for a menu, it made an article dump's headline no title (round 55's
    # second audit by form, "Kultur" / "Recensioner" / "Böcker" / the headline / "Av …").
    first = next((at for at, s in enumerate(segments) if s.label is not REMOVED), None)
    if first is not None and (kicked := _headline_under_kicker(segments, first)) is not None:
        yield kicked
        return
    candidates = _past_leading_menu(segments)
    if article_dump and candidates is not segments:
        return
    for position, segment in enumerate(candidates):
        if segment.label is REMOVED:
            continue
        kicked = _headline_under_kicker(candidates, position)
        if kicked is not None:
            yield kicked
            return
        following = next(
            (s for s in candidates[position + 1 :] if s.label is BODY and s.ends_like_sentence),
            None,
        )
        if (
            segment.label is BODY
            and _reads_like_headline(segment, following, _signed_below(candidates, position))
            and not _opens_list(candidates, position)
            # A date alone opening an article dump is its stamp, not its headline
            # (round 27, tune part: no labelled title is such a line).
            and not (article_dump and DATE_ALONE.match(segment.text))
        ):
            yield segment
        return


_NUMBERED_ITEM = re.compile(r"\s*(\d{1,2})([.)])(?!\d)")
"""A numbered list's item: "1. Ernährung umstellen", "2)Ruhe", not "1.500 Meter" or
"10.30 Uhr"."""
_BULLET_ITEM = re.compile(rf"\s*([{BULLET_MARKS}▪●■►])\s")
"""A bulleted list's item: "• flour", "- Preheat the oven": the bullets the other readings
of a row take (`lexicon.BULLET_MARKS`) and the box and arrow signs lists print too."""
_ROW_CELLS = " | "
_MIN_ROW_SEPARATORS = 2
"""A table row copied with its cells' separators: "Kyle Busch | 2,345 | 5" has two (a
headline with its site name, "Title | Site", one)."""


def _opens_list(segments: list[Segment], position: int) -> bool:
    """Whether the line at `position` is the first row of a list or table, not a headline:
    it and the next line kept are rows of one list by their shape, "1." over "2." (or "1)"
    over "2)"), the same bullet, or the same two or more " | " between cells. A dump of the
    article's list with no title line above it gave its first row as the title (round 23,
    tune part: the short-line article dumps without their title and prose). A headline
    counting its items ("10 Tipps für …") has no full stop after its number and no "2."
    under it."""
    text = segments[position].text
    after = kept_neighbour(segments, position)
    if after is None:
        return False
    first = _NUMBERED_ITEM.match(text)
    if first is not None:
        second = _NUMBERED_ITEM.match(after.text)
        return (
            second is not None
            and second.group(2) == first.group(2)
            and int(second.group(1)) == int(first.group(1)) + 1
        )
    bullet = _BULLET_ITEM.match(text)
    if bullet is not None:
        below = _BULLET_ITEM.match(after.text)
        return below is not None and below.group(1) == bullet.group(1)
    cells = text.count(_ROW_CELLS)
    return cells >= _MIN_ROW_SEPARATORS and after.text.count(_ROW_CELLS) == cells


def _past_leading_menu(segments: list[Segment]) -> list[Segment]:
    """The segments after a run of menu items ("Home", "World", "Sport") at the top;
    lines already removed there (a cookie notice, "Sign in") belong to the run."""
    items = 0
    for index, segment in enumerate(segments):
        if segment.label is REMOVED:
            continue
        if segment.word_count > _MENU_ITEM_WORDS or segment.ends_like_sentence:
            if (
                items < _MIN_MENU_ITEMS
                or _list_goes_on(segments, index)
                or _run_on_topic(segments, index)
            ):
                return segments
            return segments[index:]
        items += 1
    return segments


def _run_on_topic(segments: list[Segment], end: int) -> bool:
    """Whether the short lines at the top, past the first, name what the prose below them
    names: the sections or rows of the article under its headline ("Memory", "Tuples"
    under "Performant Python"), not a site's menu ("Home", "World", "Sport"), whose items
    name other topics. Only prose lines are asked: a page's footer prints its menu again."""
    below: set[str] = set()
    for segment in segments[end:]:
        if segment.label is not REMOVED and prose_line(segment):
            below |= segment.content_words
    named = [s.content_words for s in segments[1:end] if s.label is not REMOVED and s.content_words]
    shared = sum(1 for words in named if words & below)
    return bool(named) and shared * 2 >= len(named)


def _list_goes_on(segments: list[Segment], index: int) -> bool:
    """Whether the line at `index`, which ends a run of short lines at the top, is a row
    of the article's own list rather than a headline below a site menu: it opens with a
    number ("1 Glas (à 720 ml) Schattenmorellen", "200 g Butter") and the next line is a
    short line again. A recipe or checklist printed right under its headline is such a
    run; taken for a menu, its headline stayed in the body and a row became the title."""
    if not segments[index].text[:1].isdigit():
        return False
    after = kept_neighbour(segments, index)
    return (
        after is not None and after.word_count <= _NEXT_ROW_WORDS and not after.ends_like_sentence
    )


_SECTION_KICKER_WORDS = 2
"""A section's name printed over the headline ("OPINION", "Analyse") has at most this
many words."""


def _headline_under_kicker(segments: list[Segment], position: int) -> Segment | None:
    """The headline under a section's name printed over it ("OPINION" / the headline /
    "By Jane Doe"): a kicker of one or two capitalised words, no sentence and no digit,
    then a line that reads like a headline with a prefixed byline right under it. Papers
    print their column's or section's name so; read as the first line, the kicker was too
    short for a headline and left the title unread (round 52, the Albanian opinion
    piece), or ("ANALYSIS") became the title. The kicker may be a section over its
    subsection on two such lines, the breadcrumb a page prints there ("Ratgeber" /
    "Wohnen" / the headline / "Von Julia Neumann"; round 55's audit by form, where the
    section became the title), or on three ("Kultur" / "Recensioner" / "Böcker": home,
    section, subsection; round 55's second audit by form). A standfirst may stand between
    the headline and its byline ("ENTREVISTA" / the headline / its dek / "Por Uxía
    Fernández"; round 65's audit, where the kicker became the title, in English alike)."""
    if _menu_row_shaped(segments[position]):
        return _headline_under_menu_row(segments, position)
    if not _kicker_shaped(segments[position]):
        return None
    below = position
    for _ in range(_KICKER_LINES):
        below = next(
            (at for at in range(below + 1, len(segments)) if segments[at].label is not REMOVED),
            None,
        )
        if below is None or not _kicker_shaped(segments[below]):
            break
    if below is None or segments[below].label is not BODY:
        return None
    if segments[below].word_count <= _SECTION_KICKER_WORDS:
        return None
    return _headline_signed_or_dated(segments, below, dek=True)


_KICKER_LINES = 3
"""A kicker over the headline takes at most this many lines (a breadcrumb's levels)."""


def _headline_under_menu_row(segments: list[Segment], position: int) -> Segment | None:
    """The headline under a section menu printed on one line (`_menu_row_shaped`), read as
    under a kicker: the next open line, reading like a headline, signed or dated below,
    and sharing no word with the row (a title-case headline over its dek shares the
    story's words; a menu names the site's sections). Taken for the headline, the menu
    became the title and the headline a paragraph (round 56's w3m dump, French)."""
    below = next(
        (at for at in range(position + 1, len(segments)) if segments[at].label is not REMOVED),
        None,
    )
    if below is None or not _under_menu_row(segments[position], segments[below]):
        return None
    return _headline_signed_or_dated(segments, below)


def _headline_signed_or_dated(
    segments: list[Segment], below: int, dek: bool = False
) -> Segment | None:
    """The open line at `below` (under a kicker or a menu's row) when a byline or a date
    stands under it (or, with `dek`, a byline under its standfirst) and it reads like a
    headline."""
    headline = segments[below]
    signed = _signed_below(segments, below) or (dek and _signed_under_dek(segments, below))
    if not signed and not _dated_below(segments, below):
        return None
    following = next(
        (s for s in segments[below + 1 :] if s.label is BODY and s.ends_like_sentence), None
    )
    return headline if _reads_like_headline(headline, following, signed=signed) else None


def _under_menu_row(row: Segment, headline: Segment) -> bool:
    """Whether `headline`, an open line of the body right under `row`, is a headline of its
    own under a site's menu: longer than a kicker and apart from the row."""
    return (
        headline.label is BODY
        and headline.word_count > _SECTION_KICKER_WORDS
        and _apart_from_menu_row(row, headline)
    )


def _apart_from_menu_row(row: Segment, headline: Segment) -> bool:
    """Whether `headline` reads apart from the menu's `row` over it: it shares no content
    word with the row, and is no such row of capitalised words itself (a title-case
    headline over a title-case dek: the shape cannot tell which line is the menu)."""
    return not (row.content_words & headline.content_words) and not _capitalised_words(headline)


@structures(Reason.BOILERPLATE, candidates=(TITLE,), text_dumps_only=True)
def headline_breadcrumb(
    segments: list[Segment], context: PhraseBook, titles: list[int]
) -> Iterator[Segment]:
    """A breadcrumb's levels over the headline, the only lines kept above it ("Zprávy" /
    "Názory" / "Dopisy čtenářů"), when the story's stamp stands under the headline: the
    section names a page prints there, which `title_line` reads past (`_dated_below`).
    `byline_section_label` takes them over a headline signed right below; with no byline
    there they stayed the first paragraphs (round 55's second audit by form, Czech). Also
    a site's menu on one line (`_menu_row_shaped`), the only line kept above a headline
    signed or dated below and sharing none of its words: a text browser's dump prints
    the menu so, and it stayed the first paragraph (round 56's lynx and links dumps)."""
    at = titles[0]
    above = [s for s in segments[:at] if s.label is not REMOVED]
    levels = (
        0 < len(above) <= _KICKER_LINES
        and all(_kicker_shaped(s) for s in above)
        and _dated_below(segments, at)
    )
    menu_row = (
        len(above) == 1
        and _menu_row_shaped(above[0])
        and _apart_from_menu_row(above[0], segments[at])
        and (_signed_below(segments, at) or _dated_below(segments, at))
    )
    if levels or menu_row:
        yield from above


# A section menu printed on one line, as a text browser or a copy of the page leaves it
# ("Startseite Region Politik Wirtschaft Sport Kultur", "Home Cronaca Politica Economia
# Sport Cultura"): four or more words, each a capitalised word alone (no article,
# preposition or verb in lower case between them, no mark, no digit), one of them a word
# of a site's navigation ("Startseite", "Home", "Accueil": `holds_menu_word`). A headline,
# even in German, holds a word in lower case; a title-case one ("Senate Passes Stopgap
# Spending Bill") names no page of a site, and over a title-case dek (`_under_menu_row`:
# the line under the row is no such row itself) neither line is read as the menu: which
# is the headline, the shape cannot tell (round 57's second reading: the headline went to
# `removed` and the dek became the title).
_MENU_ROW_WORDS = (4, 10)


def _menu_row_shaped(segment: Segment) -> bool:
    return segment.label is BODY and _capitalised_words(segment) and holds_menu_word(segment)


def _capitalised_words(segment: Segment) -> bool:
    """Four to ten words, each a capitalised word alone (`_MENU_ROW_WORDS`)."""
    words = segment.text.split()
    return _MENU_ROW_WORDS[0] <= len(words) <= _MENU_ROW_WORDS[1] and all(
        word.isalpha() and word[:1].isupper() and not is_cjk_heavy(word) for word in words
    )


def _kicker_shaped(segment: Segment) -> bool:
    """An open line of one or two capitalised words, no sentence and no digit. A script
    without capitals (Hebrew, Arabic, the Indic scripts) has no lower-case first letter
    either: its section names ("חדשות" / "בדיקת עובדות") are read by the same shape; not
    in Chinese or Japanese, whose whole headline is one such word."""
    words = segment.text.split()
    return (
        segment.label is BODY
        and 0 < len(words) <= _SECTION_KICKER_WORDS
        and all(word.isalpha() and not is_cjk_heavy(word) for word in words)
        and not words[0][:1].islower()
    )


def _signed_below(segments: list[Segment], position: int) -> bool:
    """Whether the next open line under `position` is a prefixed byline ("By Jane Doe")."""
    below = next((s for s in segments[position + 1 :] if s.label is not REMOVED), None)
    return (
        below is not None
        and below.word_count < _HEADLINE_PROSE_WORDS
        and bool(prefixed_byline(below.text, below.may_hold_digit))
    )


_DEK_WORDS = 40
"""A standfirst between a headline and its byline has at most this many words."""


def _signed_under_dek(segments: list[Segment], position: int) -> bool:
    """Whether the next open line under `position` is a standfirst, an open line of at most
    `_DEK_WORDS` words that is no byline, with a prefixed byline right under it."""
    at = next(
        (at for at in range(position + 1, len(segments)) if segments[at].label is not REMOVED), None
    )
    if at is None:
        return False
    dek = segments[at]
    return (
        dek.label is BODY
        and dek.word_count <= _DEK_WORDS
        and not prefixed_byline(dek.text, dek.may_hold_digit)
        and _signed_below(segments, at)
    )


def _dated_below(segments: list[Segment], position: int) -> bool:
    """Whether the story's stamp stands among the open lines under `position` where
    `structure.headline_date_stamp` reads it: a date with its time of day or its label
    (`structure.head_stamp`)."""
    return any(map(head_stamp, islice(kept_after(segments, position), HEAD_STAMP_REACH)))


def _reads_like_headline(
    segment: Segment, following: Segment | None = None, signed: bool = False
) -> bool:
    text = segment.text
    if not 1 <= segment.word_count <= _MAX_TITLE_WORDS or len(text) < _MIN_TITLE_CHARS:
        return False
    if (
        text.endswith(".")
        and not text.endswith("...")
        and not _full_stop_headline(segment, following, signed)
    ):
        return False
    if text.endswith((",", ";", ":")):
        return False
    # A Chinese or Japanese line ending in a full stop with a comma or another full stop
    # in it is a paragraph's sentences; headlines end without one.
    if text.endswith("。") and ("，" in text or "、" in text or "。" in text[:-1]):
        return False
    if strip_byline_prefix(text) is not None and parse_byline(text) is not None:
        return False  # "By Jane Doe"; "Gift Guide | Site" is a headline and its site
    # "Erfurt: Thorwirth wins the 1,500 m" is a headline; a dateline with an agency
    # or a date, or one opening a sentence, starts the article's first paragraph.
    found = match_dateline(text)
    return found is None or not (found.agency or found.date or segment.ends_like_sentence)


def _full_stop_headline(segment: Segment, following: Segment | None, signed: bool) -> bool:
    """ "Electric pumps for every petrol station.": one short sentence without a comma,
    followed by a clearly longer paragraph (a short first paragraph is followed by
    one of its own size); a longer one, a comma in it, with a byline right under it
    (`signed`: "N. Korea fires two missiles, JCS says." over "By Jane Doe")."""
    text = segment.text.rstrip(".")
    return (
        segment.word_count <= (_SIGNED_FULL_STOP_WORDS if signed else _FULL_STOP_TITLE_WORDS)
        and (signed or "," not in text)
        and not _SENTENCE_BREAK.search(text)
        and following is not None
        and following.word_count >= _FULL_STOP_NEXT_RATIO * segment.word_count
    )
