"""The byline: who wrote the article, near its top or at its end."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice, pairwise

from ..article import Reason
from ..document import (
    BODY,
    BODY_OR_HEADING,
    BYLINE,
    CAPTION,
    REMOVED,
    TITLE,
    Label,
    Segment,
    kept_after,
    key_of,
    last_open,
    phrase_form,
)
from ..lexicon import (
    CLOCK_STAMP,
    DATE_ALONE,
    DIGIT,
    ENTRY_TIME,
    STAMP_LABELLED,
    STAMP_TIME_OR_LABEL,
    TIMED_STAMP,
    YEAR_FIRST_STAMP,
    title_parts,
)
from ..names import (
    BYLINE_MARK_WORDS,
    NAME_JOINERS,
    NAME_PARTICLES,
    about_heading_name,
    archive_link_names,
    bare_names,
    byline_names,
    contact_after_names,
    dated_names,
    editor_labels,
    ends_in_credit,
    is_byline_mark,
    is_byline_stamp,
    is_given_name,
    is_known_place,
    is_reading_time,
    is_stamp,
    is_time_ago,
    opens_with_given_name,
    parse_byline,
    prefixed_byline,
    role_after_names,
    role_words,
    stamp_tail,
    strip_byline_prefix,
    too_long_for_byline,
    uncased_bare_name,
    wire_signed,
)
from .ads import ad_marker
from .article_run import outside_article
from .base import Claimed, structures
from .boilerplate import menu_run
from .captions import credit_line
from .closing_runs import trailing_menu
from .duplicates import repeated_label
from .markdown import markdown_link_row
from .phrasebook import PhraseBook
from .promos import promo_prompt

# Thresholds without a note were set before the webeval split; those added for
# issue 14 were chosen on its tune part (bench/labelled_dumps.py).
_TRAILER_SEARCH = 2
"""The article's last this many paragraphs are searched for a closing byline."""
# Wire stories credit their reporters at the end; only this form is safe to take
# from there, since "By …" at the end of an article may well be a sentence.
_TRAILER = re.compile(r"^\(?reporting by\b", re.IGNORECASE)

_BYLINE_SEARCH_LINES = 6
"""Open lines below the title searched for a byline, up to the first line of prose;
menu-like lines (a share bar, a section name) do not count."""
_BYLINE_SKIP_WORDS = 4
"""... lines of at most this many words without a full stop are skipped, not counted
(tune part, page dumps: bylines found 14 -> 25 of 162, names right 82 % -> 86 %)."""
_BYLINE_PROSE_WORDS = 10
"""A line of this many words ending like a sentence is the article: bylines stand above it
(round 64, tune part: 12 took one more line as a byline, of a whole-page dump, a name and
a date run together, and moved no labelled line)."""
_END_BYLINE_WORDS = 6
"""A short "By Jane Doe" line among the article's last lines is its byline too."""
_BARE_BYLINE_REACH = 4
"""A byline of bare names stands among the first this many open lines below the headline."""
_BARE_NAME_WORDS = 3
"""A name alone with no date beside it has at most this many words ("Betty Crocker Cake Mix"
is a product)."""
_HEADLINE_ECHOES = 2
"""Lines below the title that print it again, searched for a byline under them too."""
_ECHO_MIN_WORDS = 2
"""… each of at least this many words (`_headline_positions`): a title part of one word
printed again is no headline's copy."""


class HeadlinePositions:
    """`_headline_positions` of one document, found once for each title line asked: by
    `byline_line`, then by `page_byline` (its anchor, `_head_printed_twice` up to the second
    prose line, and `_name_over_headline` up to the article's start), ~1,600 walks to the
    dump's end on the 959 speed dumps, ~1,000 of them distinct. The positions are the lines' texts' (whatever became of the lines)
    and the title line's place, which is the key: the line labelled the title may be
    another by the time `page_byline` asks (a rule between moved it), and it asks with
    the line it finds then."""

    __slots__ = ("_found", "_segments")

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._found: dict[int, list[int]] = {}

    def at(self, title_at: int, end: int | None = None) -> list[int]:
        """`_headline_positions(segments, title_at, end)`. (The echoes before `end` are
        the first of all the echoes that stand before it: the list without `end`, cut.)"""
        found = self._found.get(title_at)
        if found is None:
            found = self._found[title_at] = _headline_positions(self._segments, title_at)
        if end is None or found[-1] < end:
            return found
        if end < 0:  # (a slice's end from the back: not the cut's form)
            return _headline_positions(self._segments, title_at, end)
        return [found[0], *(index for index in found[1:] if index < end)]


def headline_positions(segments: list[Segment]) -> HeadlinePositions:
    """The document's `HeadlinePositions`, declared in both byline rules' `derives`: a
    line's text is the same for every rule, and the title line's place is the key."""
    return HeadlinePositions(segments)


# A photo's credit under the headline marks the line above it as the lead picture's caption,
# which the search for the byline passes over (`_over_credit`).
# A Markdown dump's row of linked names under the headline ("[Jane Doe](/author/jane),
# [John Roe](/author/john)") is a row of links to `markdown_link_row`: the search reads it.
@structures(Label.BYLINE, reads=(credit_line, markdown_link_row), derives=(headline_positions,))
def byline_line(
    segments: list[Segment],
    context: PhraseBook,
    credit_lines: Claimed,
    link_rows: Claimed,
    headlines: HeadlinePositions,
) -> Iterator[Segment]:
    """A byline near the top, before the first paragraph of prose; else a wire's
    reporting credit at the end ("Reporting by …; Editing by …")."""
    # Near the top means just under the title, when there is one (a menu may precede it),
    # or under the headline printed again further down (a page's <title>, then its menu,
    # then the headline, a standfirst, the byline).
    title_at = next((i for i, s in enumerate(segments) if s.label is TITLE), -1)
    # (most dumps have no credit line: no walk over every line then)
    credits = credit_lines.marks(segments) if credit_lines else None
    rows = link_rows.marks(segments) if link_rows else None
    for anchor in headlines.at(title_at):
        # (a prefixed byline over the headline, when none stands under it, before the
        # headline's copy further down: a teaser of the story in a list after it)
        found = _byline_below(segments, anchor, credits, rows)
        if found is None:
            found = _signed_over_headline(segments, anchor)
        if found is not None:
            yield from _split_byline(segments, found)
            return
    found_at = _byline_under_reworded(segments, title_at, lambda s: s.label is BODY)
    if found_at is not None:
        yield segments[found_at]
        return
    # (the last paragraphs, found from the end: not a list of every body line)
    for segment in map(segments.__getitem__, last_open(segments, _TRAILER_SEARCH)):
        names = parse_byline(segment.text, segment.may_hold_digit)
        if names is None:
            continue
        signed = strip_byline_prefix(segment.text)  # what follows "By", or None
        if (
            _TRAILER.match(segment.text)
            or (
                signed is not None
                and (
                    (segment.word_count <= _END_BYLINE_WORDS and not segment.ends_like_sentence)
                    or _signed_with_affiliation(signed, names)
                )
            )
            # "Jane Doe, Reuters" closing the article: the wire signs it as "By" would
            or (segment.word_count <= _END_BYLINE_WORDS and wire_signed(segment.text))
        ):
            yield segment
            return
    # The article's closing block of facts: "Author: Jane Doe" beside "Published: 3 December
    # 2019" among its last lines.
    for index in last_open(segments, _INFO_BLOCK_LINES):
        if _closing_byline(segments[index], _NOTHING_CLAIMED) and _beside_stamp(segments, index):
            yield segments[index]
            return


_INFO_BLOCK_LINES = 6
"""The article's last this many lines are searched for a byline beside a date line."""
_NOTHING_CLAIMED = Claimed()


def _beside_stamp(segments: list[Segment], index: int) -> bool:
    """Whether the line above or below `index` is a date line ("Published: 3 May 2021")."""
    return any(
        0 <= near < len(segments) and is_stamp(segments[near].text)
        for near in (index - 1, index + 1)
    )


_AFFILIATION_PIECE_WORDS = 4
"""Words of one piece after the names in "Posted by Jane Doe, Marketing Team, Acme Inc."."""
_AFFILIATION_JOINERS = frozenset({"of", "and", "for", "&"})


def _signed_with_affiliation(signed: str, names: list[str]) -> bool:
    """Whether a byline's text after its prefix (`signed`) is one name (`names`, as
    `parse_byline` reads the line) and a short title-case role, team or company,
    between commas ("Posted by Jane Doe, Marketing Team, Acme Inc."): longer than a
    bare "By Jane Doe", and its company may end in a full stop, but no piece is a
    clause of prose. (One name: a role that no role list knows would be read as a
    second name.)"""
    if len(names) != 1:
        return False
    pieces = [piece.split() for piece in signed.split(",")]
    return len(pieces) >= 2 and all(
        0 < len(words) <= _AFFILIATION_PIECE_WORDS
        and all(word[:1].isupper() or word in _AFFILIATION_JOINERS for word in words)
        for words in pieces
    )


# --- the byline at the article's start, on page dumps ---------------------------
#
# On a page dump the headline may stand far below the <title> line, reworded, and the
# byline among a share bar, a date, an author's photo credit and a "Follow" link: where
# `byline_line` does not reach. Once `outside_article` has found the article, its start
# is known; the byline stands around it, between the headline and the first paragraph
# (or under a standfirst), in a few forms that a menu item or a section name does not
# take: "By Jane Doe"; "By" alone above the name; a name and a date; a name standing
# beside a date, a handle, an e-mail address or a role.
_START_ABOVE = 8
"""Lines above the article's first prose line searched when no headline stands nearer."""
_START_TITLE_REACH = 30
"""The headline anchors the search when it stands at most this many lines above the prose."""
_START_ABOVE_TITLE = 3
"""A byline with a prefix ("By …", "Von …") may stand this many lines above the headline."""
_START_BELOW = 12
"""Lines below each of the first prose lines (a standfirst) searched, up to the next one."""
_START_PROSE_LINES = 3
"""The first this many prose lines may be a standfirst or a caption kept as text: the
byline may stand under any of them."""
_HANDLE = re.compile(r"^@\w{2,}$|^\S+@\S+\.[a-z]{2,}$", re.IGNORECASE)


# Lines the page rules removed are still candidates: they removed the byline with the
# menus around the article. A caption's or a photo's credit is not one.
_MAY_REMOVE_BYLINE = (outside_article, menu_run, repeated_label, trailing_menu)
# A page's furniture between the article and its author's name: an ad's marker
# (`_closing_name_line`). Not a prompt: "2 Kommentare" heads a comment thread.
_FURNITURE = ad_marker


# A share or follow link ("Twitter", which `promo_prompt` removes) may stand between a
# name and its date.
# A name over the headline may be removed with the page around the article
# (`outside_article`), not as a menu's item.
@structures(
    Label.BYLINE,
    text_dumps_only=True,
    reads=(_MAY_REMOVE_BYLINE, promo_prompt, outside_article, _FURNITURE, markdown_link_row),
    derives=(headline_positions,),
)
def page_byline(
    segments: list[Segment],
    context: PhraseBook,
    page_removed: Claimed,
    shares: Claimed,
    outside: Claimed,
    furniture: Claimed,
    link_rows: Claimed,
    headlines: HeadlinePositions,
) -> Iterator[Segment]:
    """On page dumps without a byline yet, the byline around the article's start."""
    if BYLINE in [segment.label for segment in segments]:  # (a list, not a generator)
        return
    if link_rows:
        # A row of links Markdown marks ("[Jane Doe](/author/…), [3 May 2024](/archive/…)")
        # may be the byline, its name and date linked, as a line the page rules removed
        # may; not a card's link written on each of its lines ("[3 May 2024" / "Jane Doe"
        # / "### Teaser](/teaser)"): one target.
        page_removed = Claimed([*page_removed, *filter(_several_targets, link_rows)])
    prose = [
        index
        for index, segment in enumerate(segments)
        if segment.label is BODY
        and segment.word_count >= _BYLINE_PROSE_WORDS
        and segment.ends_like_sentence
    ]
    if not prose:
        return
    all_prose = prose  # (`prose` may lose its first line below)
    title_at = next((i for i, s in enumerate(segments) if s.label is TITLE), -1)
    if _head_printed_twice(prose, title_at, headlines):
        # The headline printed again under the first prose line: the page prints the
        # article's head twice (a header card with the standfirst, then the article), and
        # the article starts under the copy; every window hangs from there.
        prose = prose[1:]
    start = prose[0]
    if 0 <= title_at < start and start - title_at > _START_TITLE_REACH:
        # The headline printed again above the article (the <title> line stands far above,
        # over the menus) anchors the search as the title line would.
        title_at = max(
            (i for i in headlines.at(title_at)[1:] if i < start),
            default=title_at,
        )
    if 0 <= title_at < start and start - title_at <= _START_TITLE_REACH:
        low, strong_low = title_at + 1, max(0, title_at - _START_ABOVE_TITLE)
    else:
        low = strong_low = max(0, start - _START_ABOVE)
    # Below the first prose lines (a standfirst, a caption kept as text), up to the next.
    high = min(len(segments), start + 1 + _START_BELOW, *(i for i in prose[1:2]))
    below = [
        i
        for at, after in pairwise(prose[1 : _START_PROSE_LINES + 1])
        for i in range(at + 1, min(after, at + 1 + _START_BELOW))
    ]
    window = [
        i for i in [*range(strong_low, high), *below] if _may_be_byline(segments[i], page_removed)
    ]
    found = next((i for i in window if _signed_byline(segments[i])), None)
    if found is None:
        # A line that is only a prefix ("Tipps von", "Ein Beitrag von:") marks the name
        # under it as surely as "By" before it does: it may stand above the headline too.
        found = next((i for i in window if _marked_name(segments, i)), None)
    if found is None:
        headline = _headline_words(segments, title_at)
        found = next(
            (i for i in window if i >= low and _name_beside_stamp(segments, i, headline, shares)),
            None,
        )
    if found is None:
        found = _byline_under_reworded(
            segments, title_at, lambda s: _may_be_byline(s, page_removed), all_prose
        )
    if found is None:
        found = _author_box_after(segments, prose[-1], page_removed)
    if found is None:
        # A name beside a date after the article ("31.10.2023" / "Tom Arnold"), unless
        # text follows it: a comment's or a teaser's author and date stand above its text.
        headline = _headline_words(segments, title_at)
        found = next(
            (
                i
                for i in range(prose[-1] + 1, min(len(segments), prose[-1] + 1 + _END_REACH))
                if _may_be_byline(segments[i], page_removed)
                and _name_beside_stamp(segments, i, headline, shares)
                and not any(_reads_as_prose(s) for s in segments[i + 1 : i + 1 + _END_TEXT_BELOW])
            ),
            None,
        )
    if found is None:
        # When a note on the author or a comment is kept as text after the box, it
        # stands after one of the last few prose lines; there only a name under a line
        # that is only a prefix ("Ein Beitrag von:" / "Jane Doe") is taken, since a
        # teaser list after the article has its own "von Jane Doe" under each teaser.
        found = _marked_box_after_prose(segments, prose, page_removed)
    if found is None:
        # A short prefixed byline right under one of the last prose lines ("Auteur: Anna
        # Kubišta" under the article's last paragraph) closes the article, when teasers
        # or a footer kept as text follow it; so does one with its date after the names
        # ("Posted by Jane Doe on March 3, 2023", a blog's footer of the post).
        found = next(
            (
                at + 1
                for at in prose[-_END_PROSE_LINES:-1]
                if _closing_byline(segments[at + 1], page_removed)
                or _dated_signed_byline(segments[at + 1], page_removed)
            ),
            None,
        )
    if found is None:
        found = _author_box_with_note(segments, prose, title_at, page_removed)
    if found is None:
        found = _about_heading_over_note(segments, prose, title_at, page_removed)
    if found is None:
        found = _name_after_post_links(segments, prose[-1], page_removed)
    if found is None:
        found = _archive_link_after(segments, prose, page_removed)
    if found is None:
        found = _dated_name_under_prose(segments, start, title_at, page_removed)
    if found is None:
        found = _name_over_headline(segments, title_at, start, outside, headlines)
    if found is None:
        found = _name_closing_article(segments, prose, title_at, page_removed, furniture)
    if found is None:
        # A short prefixed byline alone under one of the article's first paragraphs ("By
        # Jane Doe" after the lead, a picture or a quote box set between): the prefix marks
        # it as surely as under the headline.
        found = _signed_under_prose(segments, prose, page_removed)
    if found is None:
        found = _fact_signed_under_prose(segments, prose, title_at, page_removed)
    if found is not None:
        yield from _split_byline(
            segments, found, lambda segment: _may_be_byline(segment, page_removed)
        )


def _head_printed_twice(prose: list[int], title_at: int, headlines: HeadlinePositions) -> bool:
    """Whether the headline is printed again between the first two prose lines, under the
    title line ("Headline" / "Its standfirst." / … / "Headline" / … / the first paragraph):
    the first prose line is then the head's standfirst, above the article, and not where
    the article starts (round 47: on a page that prints its head twice, the name over the
    second copy of the headline stood past the windows hanging from the standfirst). Only
    the first prose line is passed over, and only for the headline's own copy: a notice
    or a panel of prose above the article is not told apart this way."""
    if len(prose) < 2 or prose[1] - prose[0] < 2 or not 0 <= title_at < prose[0]:
        return False  # (most pages: no line between the first two prose lines)
    # (the copies before the second prose line: `byline_line` found them already)
    return any(at > prose[0] for at in headlines.at(title_at, prose[1])[1:])


@structures(Reason.BOILERPLATE, candidates=(BYLINE,))
def byline_date_stamp(
    segments: list[Segment], context: PhraseBook, bylines: list[int]
) -> Iterator[Segment]:
    """A line that is only a date ("12 marzo 2025", "March 12, 2024, 10:30", "2025年3月4日")
    right below the byline: the story's publication stamp, not a heading or a paragraph of
    it (`section_heading` read it as the heading of the text below). Right above the byline
    only a stamp with its time of day or its label ("2025年3月4日 07:00", "입력 2025.03.05
    06:00 수정 …": the Korean and Japanese papers print it over the byline): a date alone
    there may open the text a "byline" is the first line of (an open letter's date above
    its signatories; round 28, tune: 3 body lines of one page in article_shapes, for 2
    stamps above a real byline), and a letter is dated without the hour.

    Below the byline a run of such lines goes, up to `_BYLINE_FACTS`: the stamp, the
    update's stamp and the reading time sites print each on a line of its own
    ("20/02/2025 - 13:45 CET" / "Actualizado: 20/02/2025 - 16:02 CET", "12.01.2025, 08:30
    Uhr" / "Lesezeit: 4 Min."; round 55's audit by form, where the second stayed the
    article's first paragraph or heading)."""
    at = bylines[0]  # (the first: asked only where a line is a byline)
    for below in islice(segments, at + 1, at + 1 + _BYLINE_FACTS):
        if not _stamp_alone(below) and not _reading_time_alone(below):
            break
        yield below
    above = segments[at - 1] if at >= 1 else None
    if above is not None and _stamp_alone(above) and STAMP_TIME_OR_LABEL.search(above.text):
        yield above


_HEAD_STAMP_WORDS = 12
"""A stamp under the headline has at most this many words."""
HEAD_STAMP_REACH = 2
"""A story's stamp stands right under its headline or under the one line below it (a
dek, a byline)."""


@structures(Reason.BOILERPLATE, candidates=(TITLE,), text_dumps_only=True)
def headline_date_stamp(
    segments: list[Segment], context: PhraseBook, titles: list[int]
) -> Iterator[Segment]:
    """A line that is only a date with its time of day or its label ("7 March 2025 09:45",
    "03.03.2025, 14:12 Uhr", "Stand: 28.04.2020 18:00 Uhr", "2025年3月3日 10:15") right under
    the headline, or under the one line below it (a dek, a byline): the story's publication
    stamp where no byline stands beside it (`byline_date_stamp` reads it there), which
    `section_heading` read as the heading of the text below. A date alone is not taken: a
    letter's or a diary's date heads its text. Nor is a stamp without its label when
    another line of the dump is a date or a time alone: a live blog's or a timeline's
    dated entries, the first of which stands under the headline."""
    at = titles[0]
    while at + 1 < len(segments) and segments[at + 1].label is TITLE:
        at += 1
    for seen, segment in enumerate(islice(kept_after(segments, at), HEAD_STAMP_REACH)):
        if head_stamp(segment):
            if STAMP_LABELLED.match(segment.text) or not any(
                other is not segment and _dated_entry(other) for other in segments[at + 1 :]
            ):
                yield segment
            return
        if seen == 0 and segment.label not in (BODY, BYLINE):
            return


def head_stamp(segment: Segment) -> bool:
    """A stamp with its time of day or its label (`TIMED_STAMP`, or `_stamp_alone`'s forms
    with `STAMP_TIME_OR_LABEL`)."""
    text = segment.text
    # (every stamp holds a digit; most lines under a headline, a dek, hold none. The word
    # count is asked first: the line under a headline is often the lead paragraph, and
    # `\d` searched through its hundreds of characters cost the rule most of its work)
    if (
        segment.label not in BODY_OR_HEADING
        or segment.word_count > _HEAD_STAMP_WORDS
        or DIGIT.search(text) is None
    ):
        return False
    return TIMED_STAMP.match(text) is not None or (
        _stamp_alone(segment) and STAMP_TIME_OR_LABEL.search(text) is not None
    )


def _dated_entry(segment: Segment) -> bool:
    """A kept line that is a date or a time alone: an entry's head in a live blog or a
    timeline."""
    if segment.label not in BODY_OR_HEADING or segment.word_count > _HEAD_STAMP_WORDS:
        return False
    text = segment.text
    return bool(
        ENTRY_TIME.match(text)
        or TIMED_STAMP.match(text)
        or DATE_ALONE.match(text)
        or YEAR_FIRST_STAMP.match(text)
    )


@structures(Reason.BOILERPLATE, candidates=(BYLINE,))
def byline_section_label(
    segments: list[Segment], context: PhraseBook, bylines: list[int]
) -> Iterator[Segment]:
    """The story's section alone on a line ("Opinion", "Opinião", "OPINION", "Politics":
    `_is_section_label`) between the headline and the byline right under it: the kicker a
    page prints over its byline. Nothing of the story stands above its byline, and such a
    line stayed in the body as its first paragraph (round 52 audit: a Brazilian column's
    "Opinião"; English alike). The same name right over the headline, when the byline
    stands right under it ("OPINION" / the headline / "Nga Arben Hoxha": the kicker printed
    above; round 52, an Albanian column), is the same label, also with the standfirst
    between headline and byline (round 65)."""
    at = bylines[0]  # (the first: asked only where a line is a byline)
    if at < 2:
        return
    label = segments[at - 1]
    if label.label is BODY and segments[at - 2].label is TITLE and _is_section_label(label):
        yield label
        return
    # the headline right over the byline, or over its standfirst ("ENTREVISTA" / the
    # headline / its dek / "Por Uxía Fernández"; round 65's audit)
    headline = at - 1 if label.label is TITLE else at - 2
    if headline >= 0 and segments[headline].label is TITLE and label.label in (TITLE, BODY):
        # the kicker may be a breadcrumb's levels over the headline, up to three
        # ("Kultur" / "Recensioner" / "Böcker"; round 55's second audit by form)
        for kicker in reversed(segments[max(0, headline - _KICKER_LEVELS) : headline]):
            if kicker.label is REMOVED:
                continue
            if kicker.label is not BODY or not _is_section_label(kicker):
                break
            yield kicker


_KICKER_LEVELS = 3
"""A kicker over the headline takes at most this many lines (a breadcrumb's levels)."""

_BYLINE_FACTS = 3
"""At most this many lines of the byline's facts below it (a stamp, the update's, a
reading time)."""


def _stamp_alone(segment: Segment) -> bool:
    """An open line that is only a date, perhaps with its time and label, in the forms
    Western sites print (`DATE_ALONE`) or those with the year first (`YEAR_FIRST_STAMP`),
    or labelled times of the day alone (`CLOCK_STAMP`: the Nordic papers' "Publicerad
    06.58 | Uppdaterad 16.52"; round 54 audit), or the forms only a byline's stamp is
    read in (`is_byline_stamp`: two fields, a time gone by, Russian and Hindi months;
    round 55)."""
    text = segment.text
    return segment.label in BODY_OR_HEADING and bool(
        DATE_ALONE.match(text)
        or YEAR_FIRST_STAMP.match(text)
        or CLOCK_STAMP.match(text)
        or is_byline_stamp(text)
    )


def _reading_time_alone(segment: Segment) -> bool:
    """An open line that is only a reading time ("Lesezeit: 4 Min.", "5 min read")."""
    return segment.label in BODY_OR_HEADING and is_reading_time(segment.text)


@structures(Reason.BOILERPLATE, candidates=(BYLINE,))
def editor_credit(
    segments: list[Segment], context: PhraseBook, bylines: list[int]
) -> Iterator[Segment]:
    """The editor's labelled credit right below the writer's byline ("Pewarta: Rina Sari" /
    "Editor: Budi Santoso"): Indonesian agencies and papers print the pair at the head or
    under the last paragraph (Antara "Pewarta:", Kompas and Tribunnews "Penulis:", Tempo
    "Reporter:", then "Editor:"). The desk's credit, not an author. On the same sites
    "Editor:" alone opens the byline (the only credit printed), so the label is read as
    the editor's only under another byline, one not labelled as an editor's."""
    marked = set(bylines)
    first = end = bylines[0]  # (the first byline, over all its lines)
    while end + 1 in marked:
        end += 1
    if end + 1 >= len(segments):
        return
    below = segments[end + 1]
    if (
        below.label in BODY_OR_HEADING
        and _editor_labelled(below.text)
        and not any(_editor_labelled(segments[at].text) for at in range(first, end + 1))
    ):
        yield below


_EDITOR_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_]+)\s*[:：]\s*(?P<names>\S.*)$")


def _editor_labelled(text: str) -> bool:
    """A line that is an editor's label (`names.editor_labels`), a colon and names only
    ("Editor: Budi Santoso"), not a sentence after the label."""
    found = _EDITOR_LABEL.match(text)
    return (
        found is not None
        and found.group("label").casefold() in editor_labels()
        and bare_names(found.group("names")) is not None
    )


_ADDRESS_ALONE = re.compile(
    r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[,/;]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*$"
)
"""A line that is only e-mail addresses ("jdoe@agency.co.kr")."""


@structures(Reason.BOILERPLATE)
def closing_address(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """The reporter's e-mail address alone on a line after the article's last paragraph
    (the wires' sign-off, "sooyeon@yna.co.kr"), or after the reporter's name and role
    (the Korean papers' sign-off, "김민준 기자 minjun@…", `_signed_address`): no body line
    follows it, and the body line above it is prose. Under a contact block ("Jane Doe",
    "Telefon …", "jdoe@…") the address is the press release's own text (tune: one such
    line labelled body)."""
    # (the last two body lines, found from the end: not a list of every body line)
    body = last_open(segments, 2)
    if len(body) < 2:
        return
    above, last = segments[body[0]], segments[body[1]]
    if (
        "@" in last.text
        and (_ADDRESS_ALONE.match(last.text) or _signed_address(last.text))
        and above.ends_like_sentence
        and above.word_count >= _PROSE_ABOVE_WORDS
    ):
        yield last


_SIGNED = re.compile(
    r"^(?P<who>[^\W\d_][\w'’.·-]*(?:,?\s[^\W\d_][\w'’.·-]*){1,4})(?:,?\s+|\s*(?=[(（<]))"
    r"[(（<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)）>]?$"
)


def _signed_address(text: str) -> bool:
    """Whether a line is a name and its role before an e-mail address ("김민준 기자
    minjun@…", "Jane Doe, Reporter jdoe@…"): the role word (a phrase file's
    `byline_role`) ends the words before the address, which names the writer to reach."""
    found = _SIGNED.match(text)
    return found is not None and found.group("who").split()[-1].casefold() in role_words()


_PROSE_ABOVE_WORDS = 8
"""The body line above a closing address has at least this many words (a paragraph)."""


def _closing_byline(segment: Segment, page_removed: Claimed) -> bool:
    """A short "By Jane Doe" or "Jane Doe, Reuters" line, not a sentence, open or removed
    with the menus; short before a bar when the line has one ("By Jane Doe | Photos by
    Max Muster", "Text: Jane Doe | Fotos: …": the fields after the bar are the byline's,
    as a sentence's words are not)."""
    return (
        _may_be_byline(segment, page_removed)
        and _head_words(segment) <= _END_BYLINE_WORDS
        and (not segment.ends_like_sentence or _NAME_SUFFIX_END.search(segment.text) is not None)
        and _signed_byline(segment)
    )


_BYLINE_BAR = " | "
"""What parts a byline's fields ("By Jane Doe | Photos by Max Muster")."""


def _head_words(segment: Segment) -> int:
    """The words of a line before its first bar (all of them without a bar, or when the
    whole line is longer than `_FACT_SIGNED_WORDS`: no byline's fields run so long)."""
    if segment.word_count <= _END_BYLINE_WORDS or _BYLINE_BAR not in segment.text:
        return segment.word_count
    if segment.word_count > _FACT_SIGNED_WORDS:
        return segment.word_count
    return len(segment.text.split(_BYLINE_BAR, 1)[0].split())


_UNDER_PICTURE = frozenset({REMOVED, CAPTION})
"""What a byline under a lead picture stands right under: the caption, or its credit or an
embed the page rules removed."""


def _signed_under_prose(
    segments: list[Segment], prose: list[int], page_removed: Claimed
) -> int | None:
    """A prefixed byline under one of the article's first `_SIGNED_PROSE_LINES` prose
    lines: right under it, or under a few lines between that are no open paragraph (a
    lead picture's caption and credit, an embedded post: at most `_CLOSING_GAP`); short
    ("By Jane Doe", `_closing_byline`) or with its date after the names
    (`_dated_signed_byline`)."""
    for at in prose[:_SIGNED_PROSE_LINES]:
        for index in range(at + 1, min(len(segments), at + 2 + _CLOSING_GAP)):
            segment = segments[index]
            if segment.label is not REMOVED and _reads_as_prose(segment):
                break  # the article's next paragraph: searched under it in turn
            if index > at + 1 and segments[index - 1].label not in _UNDER_PICTURE:
                continue  # under a kept line: a teaser's headline or blurb heads it
            if _closing_byline(segment, page_removed) or _dated_signed_byline(
                segment, page_removed
            ):
                return index
    return None


_FACT_SIGNED_WORDS = 12
"""Words of a line of names with their date, role or address that
`_fact_signed_under_prose` reads, at most (`_DATED_NAME_WORDS`' bound)."""


def _fact_signed_under_prose(
    segments: list[Segment], prose: list[int], title_at: int, page_removed: Claimed
) -> int | None:
    """A person's name with its date, its role or its address on its own line ("Jane Doe |
    March 3, 2023", "Jane Doe, Staff Writer", "04.02.2022 | 15:33 Uhr | Jane Doe") right
    under one of the article's first `_SIGNED_PROSE_LINES` prose lines, the article going on
    under it: the fact beside the name marks it as the byline a prefix marks in
    `_signed_under_prose` (a bare name there may be a speaker, a signatory or a heading).
    Only when it is the one such line under those prose lines (a comment thread, a list of
    people or of teasers prints one under each text), with prose under it (the article
    goes on: not a closing block's), its words not the headline's, and not a picture
    credit the page prints again."""
    found: int | None = None
    for at in prose[:_SIGNED_PROSE_LINES]:
        index = at + 1
        if index >= len(segments):
            break
        segment = segments[index]
        if segment.word_count > _FACT_SIGNED_WORDS or _reads_as_prose(segment):
            continue
        names = bare_names(segment.text)
        if names is None or not _people(names):
            continue
        if not (
            (segment.may_hold_digit and dated_names(segment.text))
            or _role_signed(segments, index)
            or contact_after_names(segment.text)
        ):
            continue
        if found is not None:
            return None  # a list of people signed with their facts
        found = index
    if found is None or not _may_be_byline(segments[found], page_removed):
        return None
    if not any(_reads_as_prose(s) for s in segments[found + 1 : found + 2 + _CLOSING_GAP]):
        return None
    headline = _headline_words(segments, title_at)
    if _names_own_words(bare_names(segments[found].text) or []) & headline:
        return None
    if _credited_again(segments, found):
        return None
    return found


def _dated_signed_byline(segment: Segment, page_removed: Claimed) -> bool:
    """A prefixed byline longer than `_closing_byline`'s, its names followed by their date
    ("By Jane Doe/June 12, 2020 9:49 am EST/Updated: …", "Von Jane Doe am 14. Mai 2014,
    15:40 Uhr"), open or removed with the menus: the date after the names says the line
    is the story's byline, not a sentence opening with "By"."""
    return (
        segment.word_count > _END_BYLINE_WORDS
        and segment.may_hold_digit
        # (a paragraph is none: asked before the date's search through all of it, as
        # the article's last prose lines' neighbours are asked, mostly paragraphs)
        and not too_long_for_byline(segment.text)
        and _may_be_byline(segment, page_removed)
        and stamp_tail(segment.text) is not None
        and prefixed_byline(segment.text, True)
    )


_NAME_SUFFIX_END = re.compile(r"\s(?:Jr|Sr)\.$")
"""A name's generational suffix closing the line ("By Perry Doe Jr."): its full stop ends no
sentence."""


def _signed_byline(segment: Segment) -> bool:
    """Names with a byline's prefix ("By Jane Doe") or signed with a wire after a comma
    ("Jane Doe, Reuters"): either marks the line as the author's, where a bare name needs
    a date or a role beside it."""
    return prefixed_byline(segment.text, segment.may_hold_digit) or wire_signed(segment.text)


_END_REACH = 6
"""Lines after the article's last prose line searched for its author box."""
_END_MARKED_REACH = 12
"""... and for a name under a line that is only a prefix ("Kommentar von" / "Ingo Arzt"),
which a date, a section label and a share bar may stand before."""
_END_TEXT_BELOW = 2
"""A name and a date after the article with prose this near below them head a comment."""
_END_PROSE_LINES = 8
"""The author box is searched after each of the last this many prose lines (a note on the
author, "Content-Managerin beim VDI-Verlag. …", is prose kept after the box, and so is a
list of sources: tune, page dumps, 3 → 8 found one byline more, "Autor*in" / "Brit
Weirich (Medizinredakteurin …)" above six sources, and changed no other)."""


def _author_box_after(
    segments: list[Segment], last_prose: int, page_removed: Claimed
) -> int | None:
    """The author's box right after the article ("Ein Beitrag von:" / "Jane Doe", "By Jane
    Doe", "Jane Doe, Reuters"): a prefixed or a wire-signed byline or a name under a line
    that is only a prefix (alone, `_marked_box_after_prose`).

    The prefixed or wire-signed byline stands within `_END_REACH` lines, or further (up to
    `_END_MARKED_REACH`) when every line between is removed and short (`_FURNITURE_WORDS`):
    the page's furniture (its pagination, a share bar, a menu) is no text between the
    article and its box, where another story's headline heads a teaser's own "By …"."""
    end = min(len(segments), last_prose + 1 + _END_MARKED_REACH)
    furniture_only = True  # every line since the last prose line removed and short
    for index in range(last_prose + 1, end):
        segment = segments[index]
        if _may_be_byline(segment, page_removed) and (
            _marked_name(segments, index)
            or ((furniture_only or index <= last_prose + _END_REACH) and _signed_byline(segment))
        ):
            return index
        furniture_only = (
            furniture_only and segment.label is REMOVED and segment.word_count <= _FURNITURE_WORDS
        )
    return None


def _marked_box_after_prose(
    segments: list[Segment], prose: list[int], page_removed: Claimed
) -> int | None:
    """A name under a line that is only a prefix, as `_author_box_after` finds it (its
    other forms not taken), after each of the last `_END_PROSE_LINES` prose lines but the
    last, the latest first, within `_END_MARKED_REACH` lines of it. (The windows of
    consecutive paragraphs overlap: three in five of the lines asked were asked before
    for another window, so each line's answer is kept for the call.)"""
    asked: dict[int, bool] = {}
    for at in reversed(prose[-_END_PROSE_LINES:-1]):
        for index in range(at + 1, min(len(segments), at + 1 + _END_MARKED_REACH)):
            marked = asked.get(index)
            if marked is None:
                marked = asked[index] = _may_be_byline(
                    segments[index], page_removed
                ) and _marked_name(segments, index)
            if marked:
                return index
    return None


_FURNITURE_WORDS = 6
"""Words of a removed line of the page's furniture (a menu item, a pagination link, a share
label: "Artikel auf einer Seite lesen") that a byline past `_END_REACH` may stand under;
a longer one is another story's headline."""


_NOTE_REACH = 15
"""Lines after the article's last prose line searched for an author box whose note on the
author opens with the name (sources, a picture's credit and a share bar may stand between:
tune, the box 13 lines after)."""
_NOTE_PROSE_LINES = 3
"""A note on the author kept as text is the last prose line, or the one above a paywall's
or a newsletter's appeal kept as text under the box; the name is searched from the line
after the third prose line from the end (round 53, tune, the moved table's author box
row: 46 of 75 found with 2, 51 with 3 or 4, 52 with 6; no real dump of the 1,980
changed)."""
_NOTE_NAME_WORDS = (2, 4)
"""The words of the name over an author note: a given name and a family name or two."""


def _author_box_with_note(
    segments: list[Segment], prose: list[int], title_at: int, page_removed: Claimed
) -> int | None:
    """An author box after the article: a person's name alone on its line, then a note on
    them that opens with the same name ("Mira Oyelaran" / "Mira Oyelaran ist seit 2018 …",
    "Jane Doe" / "Jane Doe writes about …"). The name printed twice, the second time as a
    sentence's subject, says it is a person's box, where a name alone needs a known given
    name and a date beside it; so the given name need not be a known one.

    Not a name that the headline or the page's <title> line holds (the site's or a
    magazine's own box: "Astro Weekly" / "Astro Weekly war eine Zeitschrift …"), nor one
    whose family name the article's prose writes (a box on the interviewee or the
    article's subject: "Zur Person" / "Jane Doe ist …"), nor one under another
    contributor's credit ("Übersetzt von:", "Photos by"). One line that is only the
    writer's role or contact may stand between the name and the note ("Jane Doe" / "Staff
    Writer" / "Jane Doe is …"), and the note goes on after the name as a sentence
    (`_goes_on_as_sentence`)."""
    for index in _note_window(segments, prose):
        segment, note = segments[index], segments[index + 1]
        # (string tests first: most lines here are no name over a note opening with it;
        # a first letter's test before the first word's)
        after = segments[index + 2].text if index + 2 < len(segments) else ""
        letter = segment.text.lstrip()[:1]
        if not letter or (note.text[:1] != letter and after[:1] != letter):
            continue
        head = segment.text.split(maxsplit=1)[0]
        if not note.text.startswith(head) and after.startswith(head) and _contact_or_role(note):
            note = segments[index + 2]  # ("Jane Doe" / "@janedoe" / "Jane Doe covers …")
        if note.word_count < _BYLINE_PROSE_WORDS or not note.text.startswith(head):
            continue
        if not _may_be_byline(segment, page_removed):
            continue
        names = bare_names(segment.text)
        if names is None or len(names) != 1:
            continue
        name = names[0]
        if not _NOTE_NAME_WORDS[0] <= len(name.split()) <= _NOTE_NAME_WORDS[1]:
            continue
        if not note.text.startswith(name + " ") or not _goes_on_as_sentence(note.text, name):
            continue
        if _box_on_another(segments, index, name, prose, title_at):
            continue
        return index
    return None


def _note_window(segments: list[Segment], prose: list[int]) -> range:
    """Where an author box's name or heading is searched: from the line after the
    `_NOTE_PROSE_LINES`-th prose line from the end (the note may be kept as text: the
    article's last prose line then, the name above it) to `_NOTE_REACH` lines after the
    last one, leaving a line under it for the note."""
    last = prose[-1]
    first = prose[-_NOTE_PROSE_LINES] + 1 if len(prose) >= _NOTE_PROSE_LINES else last + 1
    return range(first, min(len(segments) - 1, last + 1 + _NOTE_REACH))


def _box_on_another(
    segments: list[Segment], index: int, name: str, prose: list[int], title_at: int
) -> bool:
    """Whether the box at `index` naming `name` is not the author's: it stands under
    another contributor's credit ("Übersetzt von:" / "Jane Doe" / "Jane Doe übersetzt …":
    a translator), the headline or the page's first line names the person, or the
    article's prose above writes the family name (a box on the interviewee or the
    article's subject)."""
    if index > 0 and ends_in_credit(segments[index - 1].text):
        return True
    shown = _name_words(segments[0].text) | _headline_words(segments, title_at)
    if _name_words(name) & shown:
        return True
    family = phrase_form(name.split()[-1])
    return any(family in segments[at].phrase_words for at in prose if at < index)


_ABOUT_HEADING_WORDS = 7
"""Words of an author box's heading that names the author ("À propos de Maria del Carmen
Ruiz")."""
_ABOUT_FIRST_LETTERS = frozenset("AaÜüÀàSsIiOo")
"""First letters of the headings `names.about_heading_name` reads (a screen before it)."""
_BIO_CUE = re.compile(
    r"\b(?:is|was|ist|war|est|était|es|fue|era|è|é)\s+(?:an?|ein|eine|une?|una?|uno|um|uma|een)\b"
    r"|\b(?:writes|wrote|covers|reports|joined|schreibt|arbeitet|berichtet|écrit|couvre"
    r"|escribe|cubre|scrive|schrijft|werkt)\b",
    re.IGNORECASE,
)
"""A note reads as one on a person: "<Name> is a …", "writes about", "ist Redakteurin",
"écrit", "escribe" (a role word of the byline lists does too)."""


def _about_heading_over_note(
    segments: list[Segment], prose: list[int], title_at: int, page_removed: Claimed
) -> int | None:
    """An author box after the article headed with the author's name ("About Jane Doe" /
    "Jane Doe is a staff writer who covers …", "Über Jane Doe" / "Jane Doe ist
    Redakteurin …"): the heading's rest is one person's name by the byline rules' reader
    (a known given name first: `names.about_heading_name`), the line under it (or under
    one role or contact line) is a note that opens with that name or its given name as a
    sentence and reads as one on a person (a role, "is a", "writes"). The heading is
    searched where `_author_box_with_note` searches its name. Boxes about the article's
    subject print the same heading ("Über Jane Doe" over a portrait's subject, "About
    Acme Corp"): not a name whose family name the article's prose writes, nor one the
    headline holds, nor one under another contributor's credit; a company, a product or
    a place has no given name first."""
    for index in _note_window(segments, prose):
        segment = segments[index]
        # (string tests first: most lines here are no heading)
        if (
            segment.text[:1] not in _ABOUT_FIRST_LETTERS
            or not 3 <= segment.word_count <= _ABOUT_HEADING_WORDS
        ):
            continue
        name = about_heading_name(segment.text)
        if name is None or not _may_be_byline(segment, page_removed):
            continue
        if not _NOTE_NAME_WORDS[0] <= len(name.split()) <= _NOTE_NAME_WORDS[1]:
            continue
        note = segments[index + 1]
        if _contact_or_role(note) and index + 2 < len(segments):
            note = segments[index + 2]  # ("About Jane Doe" / "Staff Writer" / "Jane Doe is …")
        if not _note_on_person(note, name) or _box_on_another(
            segments, index, name, prose, title_at
        ):
            continue
        return index
    return None


def _note_on_person(note: Segment, name: str) -> bool:
    """Whether `note` is a note on the person `name`: it opens with the name or its given
    name, going on as a sentence about them, and reads as a note on a person (a role word
    of the byline lists, or "is a", "writes", "ist ein", "écrit" …)."""
    if note.word_count < _BYLINE_PROSE_WORDS:
        return False
    text = note.text
    given = name.split(maxsplit=1)[0]
    opener = name if text.startswith(name + " ") else given
    if not text.startswith(opener + " ") or not _goes_on_as_sentence(text, opener):
        return False
    if _BIO_CUE.search(text) is not None:
        return True
    return any(word.strip(".,;:()") in role_words() for word in text.casefold().split())


_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,20}$")
"""A line that is only a phone number ("305-376-2217", "+49 (0)30 1234 567")."""
_PHONE_DIGITS = 7


def _contact_or_role(segment: Segment) -> bool:
    """A short line that is only how to reach the writer (a handle, an address, a phone
    number) or only their role ("Staff Writer"): what an author box prints between the
    name and the note on them."""
    if segment.word_count > BYLINE_MARK_WORDS + 1:
        return False  # (most lines: a paragraph)
    text = segment.text.strip()
    if _HANDLE.match(text) or (
        _PHONE.match(text)
        and sum(c.isdigit() for c in text) >= _PHONE_DIGITS
        and not is_stamp(text)
    ):
        return True
    return _is_role_line(text) and not _names_a_person(segment)


def _goes_on_as_sentence(note: str, name: str) -> bool:
    """Whether the note goes on after the name it opens with as a sentence about them: a
    word in lower case ("Jane Doe is …", "Jane Doe ist …", "Jane Doe cubre …") or a comma or
    a bracket ("Jane Doe, 45, …", "Jane Doe (1970) …"), where a sidebar's box prints its
    heading again over its items ("Meine Schubladen" / "Meine Schubladen Kategorie
    auswählen …")."""
    rest = note[len(name) :].lstrip()
    return rest[:1].islower() or rest[:1] in _NOTE_NAME_SIGNS


_NOTE_NAME_SIGNS = frozenset(",(–-")
"""Signs that may follow the name opening a note on the author."""


_POST_LINKS = re.compile(
    r"(?:prev|next)?\s*(?:previous|next|older|newer|vorheriger|nächster|älterer|neuerer)\s+"
    r"(?:post|article|story|artikel|beitrag)"
    r"|(?:article|billet) (?:précédent|suivant)|(?:artículo|entrada) (?:anterior|siguiente)",
    re.IGNORECASE,
)
"""A link to the previous or the next post, which blog and news themes print under the
article ("PrevVorheriger ArtikelNeue Regeln für …", glued to that post's title)."""


def _name_after_post_links(
    segments: list[Segment], last_prose: int, page_removed: Claimed
) -> int | None:
    """The author box under the links to the previous and the next post after the article
    ("Vorheriger Artikel…" / "Nächster Artikel…" / "Karl Hollmann"): themes print the
    author's name there alone, with no date or role beside it. A person's name (each
    name opening with a known given name) right under one of these links, within the
    lines after the article where its author box is searched."""
    end = min(len(segments), last_prose + 1 + _END_MARKED_REACH)
    for index in range(last_prose + 2, end):
        if not _POST_LINKS.match(segments[index - 1].text):
            continue
        segment = segments[index]
        if not _may_be_byline(segment, page_removed):
            continue
        names = bare_names(segment.text)
        if names is not None and all(
            opens_with_given_name(name) and len(name.split()) <= _BARE_NAME_WORDS for name in names
        ):
            return index
    return None


def _archive_link_after(
    segments: list[Segment], prose: list[int], page_removed: Claimed
) -> int | None:
    """A link to the author's other articles naming a person ("View all posts by Jane
    Doe", "Alle Artikel von Jane Doe"), from the article's first prose line to
    `_NOTE_REACH` lines after its last, where its author box stands; not in a sidebar
    or a menu above the article."""
    for index in range(prose[0] + 1, min(len(segments), prose[-1] + 1 + _NOTE_REACH)):
        segment = segments[index]
        # (the word count first, an attribute: the article's lines are longer than a link's)
        if segment.word_count > _BYLINE_PROSE_WORDS:
            continue
        if archive_link_names(segment.text) is not None and _may_be_byline(segment, page_removed):
            return index
    return None


_OVER_HEADLINE_NAMES = 2
"""Names over the headline: the author and a co-author, not a list of people."""
_SIGNED_PROSE_LINES = 16
"""A prefixed byline may stand under any of the article's first this many prose lines (a lead
picture, a summary, a share bar or a fact box above it: round 36's moved-byline stress, tune,
bylines 15-30 lines under the headline found 37 % → 43 % with 8 → 16; no real tune or test
labelled dump changed, with or without a bound)."""


def _people(names: list[str]) -> bool:
    """Whether each of a line's bare names is a person's: at most one word more than a
    bare byline's (`_BARE_NAME_WORDS`), opening with a known given name."""
    return all(
        len(name.split()) <= _BARE_NAME_WORDS + 1 and opens_with_given_name(name) for name in names
    )


def _name_over_headline(
    segments: list[Segment],
    title_at: int,
    start: int,
    outside: Claimed,
    headlines: HeadlinePositions,
) -> int | None:
    """A person's name on the line right above the headline (a theme that prints the
    author over the <h1>): one or two names of at most four words, each opening with a
    known given name, sharing no word with the headline or the page's <title> line (the
    site's own name in its menu: "Jane Doe Shop"); open or removed with the page around
    the article (`outside`: `outside_article`'s), not inside a menu run; and no list of
    people: no person's name on the line above it. Only the line next to the headline: a
    name a few lines above stands in the menus or a teaser (round 31: within three lines
    above, two names on tune, both wrong; round 35: on the line next to the headline, none
    on the real tune page dumps, 30 more of 75 found on the moved-byline stress, no name
    wrong). Or the name over a line that is only its date or its role, over the headline
    ("Jane Doe" / "March 3, 2023" / the headline: round 52's form probe, tune, 32 → 61 and
    31 → 60 of 75 found above the headline); the date or role line says as much as the
    name's place does."""
    # (only up to the article's start: no walk over the rest of the page)
    for at in headlines.at(title_at, start):
        if not 0 < at < start or start - at > _START_TITLE_REACH:
            continue
        # the line right above, or the name over its date or role over the headline
        over = [at - 1, at - 2] if at > 2 and _fact_line(segments[at - 1]) else [at - 1]
        for index in over:
            if _over_headline_name(segments, index, at, outside):
                return index
    return None


def _over_headline_name(segments: list[Segment], index: int, at: int, outside: Claimed) -> bool:
    """`_name_over_headline`'s test of the line at `index`, above the headline at `at`."""
    segment = segments[index]
    if not _may_be_byline(segment, outside):
        return False
    names = bare_names(segment.text)
    if names is None or len(names) > _OVER_HEADLINE_NAMES or not _people(names):
        return False
    if index < at - 1 and _opens_with_words_of(segments[at - 1].text, segment.text):
        return False  # (a line printing the name again: a menu's heading over its item)
    shown = frozenset(segments[at].phrase_words) | _name_words(segments[0].text)
    if _names_own_words(names) & shown:
        return False  # the headline's words, or the site's name ("Jane Doe Shop")
    return not (index > 0 and _names_a_person(segments[index - 1]))


def _fact_line(segment: Segment) -> bool:
    """A line that is only a byline's fact (`_byline_fact`: a date, a time gone by, a
    reading time) or only a role ("Staff Writer", no person's name on it): what a theme
    prints between the author's name and the headline under it ("Jane Doe" / "March 3,
    2023" / the headline), where the name would stand right over the headline."""
    text = segment.text.strip()
    return _byline_fact(text) or (_is_role_line(text) and not _names_a_person(segment))


_CLOSING_PROSE_LINES = 2
"""A name closing the article stands right under one of its last this many prose lines (a
note on the author or a newsletter prompt kept as text may be the last)."""
_CLOSING_NOTE_REACH = 2
"""Lines under a name closing the article where prose must be a note on its author."""


_DATED_NAME_WORDS = 12
"""Words of a line of names with its date ("Jane Doe 3/5/2022 22:41", "04.02.2022 | 15:33
Uhr | Jane Doe") that `_dated_name_under_prose` reads, at most."""


def _dated_name_under_prose(
    segments: list[Segment], start: int, title_at: int, page_removed: Claimed
) -> int | None:
    """A person's name with its date on its line right under two paragraphs after the
    article's first ("…the last paragraph." / "Jane Doe 3/5/2022 22:41" / "Read also"):
    the article signed at its end, when the page keeps text further down, so that its last
    prose line is not the article's. (A teaser's name and date stand under one blurb, under
    its headline.) Only when it is the page's one such line (a comment
    thread, a teaser list print a name and a date under each text) and no prose stands
    within `_END_TEXT_BELOW` lines under it (a comment's text under its author)."""
    found: int | None = None
    # (one pass for the prose flags; the names are read only under two prose lines)
    prose = list(map(_reads_as_prose, segments))
    for index in range(max(start + 1, 2), len(segments)):
        if not (prose[index - 1] and prose[index - 2]):
            continue
        segment = segments[index]
        if segment.word_count > _DATED_NAME_WORDS or not segment.may_hold_digit:
            continue
        names = bare_names(segment.text)
        if names is None or not dated_names(segment.text) or not _people(names):
            continue
        if found is not None:
            return None  # a list of dated names: comments or teasers
        found = index
    if found is None or not _may_be_byline(segments[found], page_removed):
        return None
    headline = _headline_words(segments, title_at)
    if _names_own_words(bare_names(segments[found].text) or []) & headline:
        return None
    if any(_reads_as_prose(s) for s in segments[found + 1 : found + 1 + _END_TEXT_BELOW]):
        return None
    return found


def _name_closing_article(
    segments: list[Segment],
    prose: list[int],
    title_at: int,
    page_removed: Claimed,
    furniture: Claimed = _NOTHING_CLAIMED,
) -> int | None:
    """A person's name alone right under one of the article's last prose lines, where themes
    print the author's box ("… the last paragraph." / "Jane Doe" / the page's footer): one or
    two names of at most three words, each opening with a known given name; open or removed
    with the page around the article (`page_removed`: the menus after it, whose first item
    it then is), with a removed line under it, right under it or under at most
    `_OPEN_OVER_FURNITURE` open lines (`_furniture_under`: the page's furniture; the
    article's text goes on open); no word of the headline or the <title> line (the
    site's own name); no other person's name within `_ROW_REACH` lines under it
    (signatories, a staff list); no family name on a line of ten words or more of
    the page, kept or removed, but a note on the author (an interviewee, the article's
    subject, a tag under a teaser on them); no earlier prose line with a
    person's name under it (a page of letters, each signed); and prose under it only as a
    note on the author opening with the given name (not a comment under its author).

    Round 31 tried a bare name after the article without the last four tests: 9 tune page
    dumps changed, none right, two signatories' lines lost. With them (round 36), 2 tune
    page dumps change, both naming the writer of a text signed at its end (a press
    officer's release, an essay's author; the lines had left the body on main already);
    the moved-byline stress, tune: bare names after the article found 25 % → 37 %."""
    shown = _name_words(segments[0].text) | _headline_words(segments, title_at)
    for at in reversed(prose[-_CLOSING_PROSE_LINES:]):
        found = _closing_name_line(segments, at, page_removed, furniture)
        if found is None:
            continue
        index, names = found
        segment = segments[index]
        if _names_own_words(names) & shown:
            continue
        if not _furniture_under(segments, index):
            continue  # no furniture under it: the article's text goes on
        if any(
            _opens_with_other_person(s, segment.text)
            for s in segments[index + 1 : index + 1 + _ROW_REACH]
        ):
            continue  # a list of people: signatories, a staff list
        # The page's lines of text, kept or removed (a teaser's blurb on the subject), but
        # a note on the author opening with the given name.
        given = names[0].split()[0] + " "
        families = {phrase_form(name.split()[-1]) for name in names}
        if any(
            s.word_count >= _BYLINE_PROSE_WORDS
            and not s.text.startswith(given)
            and families & set(s.phrase_words)
            for s in segments
        ):
            continue
        if any(_names_a_person(segments[p + 1]) for p in prose if p + 1 < index):
            continue  # each piece signed so (a page of letters): the name is the last one's
        below = segments[index + 1 : index + 1 + _CLOSING_NOTE_REACH]
        if _text_under_name(below, given, furniture):
            continue
        return index
    return None


def _text_under_name(below: list[Segment], given: str, furniture: Claimed) -> bool:
    """Whether prose stands under a name closing the article (the lines `below` it) as a
    comment's text stands under its author: prose not opening with the name's given name
    (a note on the author does), open, or removed under a date (a comment's text may be
    removed too, under its author's name and a date). Not a picture's caption (the
    page's text under its picture, "… (Matt Stone/Boston Herald)"), and not prose under
    a removed line right under the name that is no date and no ad's marker (`furniture`,
    which the article's text goes on under): that line heads a box of its own, a
    subscription's or a newsletter's pitch ("Tenemos algo para ofrecerte" / "Con tu
    suscripción navegás sin límites …"), as a comment's author heads its text."""
    dated = bool(below) and is_stamp(below[0].text)
    for position, segment in enumerate(below):
        if segment.label is CAPTION:
            continue
        if (
            position == 0
            and segment.label is REMOVED
            and not dated
            and not _reads_as_prose(segment)
            and segment not in furniture
        ):
            return False  # a box's heading the page rules removed: the prose is that box's
        if (
            _reads_as_prose(segment)
            and not segment.text.startswith(given)
            and (segment.label is not REMOVED or dated)
        ):
            return True
    return False


_OPEN_OVER_FURNITURE = 2
"""Open lines which may stand between a name closing the article and the page's furniture
under it (round 50): what a theme prints under its author's name before the footer and no
rule removes ("Footnotes", a newsletter's or a paywall's prompt, a gallery's label). Tune's
moved rows gain 3 with 1, 6 with 2, none more with 3."""


def _furniture_under(segments: list[Segment], index: int) -> bool:
    """Whether the page's furniture (a removed line) follows the name at `index`, right
    under it or under at most `_OPEN_OVER_FURNITURE` open lines (prose among them is
    `_name_closing_article`'s comment test's). Round 36 asked for a removed line right under
    the name and left the open line between as weaker evidence (+2 stress dumps then);
    round 50, tune: 6 moved-row dumps right, no real dump of the 1,980 changed."""
    for below in segments[index + 1 : index + 2 + _OPEN_OVER_FURNITURE]:
        if below.label is REMOVED:
            return True
    return index + 1 >= len(segments)


_CLOSING_GAP = 3
"""Lines that are no open paragraph which may stand between the article's last prose line
and its author's name: a list's last rows, a source or picture credit, an ad's marker, a
paragraph the page prints again (removed). (Round 38's, branch r38-byline, not merged
then; taken up in round 43.)"""


def _closing_name_line(
    segments: list[Segment], at: int, page_removed: Claimed, furniture: Claimed
) -> tuple[int, list[str]] | None:
    """The first line of names under the prose line `at`, with its names, when it names
    one or two people (at most three words each, each opening with a known given name):
    right under `at` or over at most `_CLOSING_GAP` lines that are no open paragraph. The
    walk stops under a line that is neither long, nor ends like a sentence, nor is the
    page's furniture (`furniture`: an ad's marker): a label of a few words heads a box of
    its own ("Press contact" / "Jane Doe", "Contributors:" / "Anna" / "Jane Doe"). (Round
    38, tune: without that stop two page dumps without a byline got one, a press contact
    and a podcast's third contributor.)"""
    for index in range(at + 1, min(len(segments), at + 2 + _CLOSING_GAP)):
        if index > at + 1:
            above = segments[index - 1]
            if above.label is not REMOVED and _reads_as_prose(above):
                return None  # the article's text goes on
            if not (
                above.word_count > _BYLINE_SKIP_WORDS
                or above.ends_like_sentence
                or above in furniture
            ):
                return None  # a label of a few words: what follows is its box
        segment = segments[index]
        if segment.word_count > _BARE_NAME_WORDS * _OVER_HEADLINE_NAMES + 1:
            continue
        if not _may_be_byline(segment, page_removed):
            continue
        names = bare_names(segment.text)
        if names is None:
            continue
        if len(names) > _OVER_HEADLINE_NAMES or not all(
            len(name.split()) <= _BARE_NAME_WORDS and opens_with_given_name(name) for name in names
        ):
            return None
        return index, names
    return None


def _opens_with_other_person(segment: Segment, name: str) -> bool:
    """The line opens with a person's name other than `name`, alone or before a comma
    ("John Roe", "John Roe, Acme University"): the next row of a list of people."""
    head = segment.text.split(",", 1)[0].strip()
    if head == name or segment.word_count > _BYLINE_PROSE_WORDS:
        return False
    return _person_named(head)


def _reads_as_prose(segment: Segment) -> bool:
    return segment.word_count >= _BYLINE_PROSE_WORDS and segment.ends_like_sentence


def _byline_fact(text: str) -> bool:
    """A line that is only a date, a time gone by or a reading time ("March 3, 2019", "3
    hours ago", "5 min read"): the fact a byline prints beside the name, on a line of its
    own above or below it."""
    return is_stamp(text) or is_reading_time(text) or is_time_ago(text)


def _fact_beside(name: str, other: str) -> bool:
    """Whether `other`, the line above or below a line of names (`name`), is the byline's
    fact (`_byline_fact`). Not a line opening with the same words: a menu's or a list's
    heading over its items ("Ramadan Calendar" / "Ramadan Calendar Bahrain 2021", a tune
    menu whose item's year reads as a date), where a byline's date line does not print
    the name again."""
    return _byline_fact(other) and not _opens_with_words_of(other, name)


def _opens_with_words_of(text: str, head: str) -> bool:
    """Whether `text` opens with the words of `head` and goes on after them."""
    words, heads = text.split(), head.split()
    return len(words) > len(heads) and [w.casefold() for w in words[: len(heads)]] == [
        w.casefold() for w in heads
    ]


def _may_be_byline(segment: Segment, page_removed: Claimed) -> bool:
    """Open, or removed by a page rule (`page_removed`) with the menus around it."""
    if segment.label in BODY_OR_HEADING:
        return True
    return segment.label is REMOVED and segment in page_removed


def _several_targets(segment: Segment) -> bool:
    """Whether a Markdown row of links goes to two places or more (`Marks.targets`): a
    byline's name and date, two authors' pages; a card's link written on each of its
    lines goes to one. A row linking a person to a tag or topic page (`Marks.tag_links`)
    names the story's subjects, not its authors (a category's link beside a byline,
    "[Jane Doe](/author/…) [11/08/2020](/…) [Feelings](/category/…)", is no person)."""
    return (
        segment.marks is not None
        and segment.marks.targets > 1
        and not any(map(opens_with_given_name, segment.marks.tag_links))
    )


def _linked_names(segment: Segment) -> bool:
    """A Markdown row of links that reads as a byline's names, each name its own link
    ("[Jane Doe](/author/jane), [John Roe](/author/john)"); not a card's link, nor a row
    of tags or sections, which `parse_byline` reads as no names."""
    if not _several_targets(segment):
        return False
    names = bare_names(segment.text)
    # (a name opening with a given name: a row of sections, "Home World Sport", reads as
    # one name of capitalised words)
    if names is None or not any(map(opens_with_given_name, names)):
        return False
    # (links with nothing but spaces between, "[Jane Doe](…) [John Roe](…)", read as one
    # name of four words: fewer names than linked names, so the row is not read)
    marks = segment.marks
    return marks is not None and len(names) >= sum(map(opens_with_given_name, marks.link_words))


def _marked_name(segments: list[Segment], index: int) -> bool:
    """A line of names under a line that is only a byline prefix ("By" / "Jane Doe"),
    the author's picture between at most (`_over_pictures`)."""
    above = index - 1
    if above >= 0 and segments[above].marks is not None:  # (a plain dump's never are)
        above = _over_pictures(segments, index)
    if above < 0:
        return False
    mark = segments[above]
    # A prefix is at most `BYLINE_MARK_WORDS` words: a longer line above (two in five of
    # the texts `is_byline_mark` was first asked, a paragraph, a headline) is settled with
    # no call. Its word count is its text's words when it can hold no CJK (where the
    # count is by letters), and only a colon or a space at its end is cut off before
    # `is_byline_mark` counts them.
    if (
        mark.word_count > BYLINE_MARK_WORDS
        and not mark.may_hold_cjk
        and mark.text[-1] not in " :\uff1a"
    ) or not is_byline_mark(mark.text):
        return False
    return bare_names(segments[index].text) is not None


def _name_beside_stamp(
    segments: list[Segment], index: int, headline: frozenset[str], shares: Claimed
) -> bool:
    """A person's name (each name opening with a given name) with a date on its line
    ("Bettina Kugler 19.10.2019, 05:00 Uhr"), a handle or an e-mail address ("Jane Doe
    @janedoe"), or with a date, a handle, an e-mail address or a role on the next line up
    or down (a share link or a separator between does not count), or with a note on the
    author below that opens with the name.

    Not a name whose words stand in the headline ("Bee Simulator Mehrspieler")."""
    text = segments[index].text
    names = bare_names(text)
    if names is None or not _people(names):
        return False
    if _names_own_words(names) & headline:
        return False
    if _credited_again(segments, index):
        return False  # the photographer's credit, printed under each picture
    if dated_names(text) or _role_signed(segments, index) or contact_after_names(text):
        return True
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(segments) and _between_name_and_date(segments[near], shares):
            near += step
        if not 0 <= near < len(segments):
            continue
        other = segments[near].text.strip()
        if (
            _fact_beside(text, other)
            or _HANDLE.match(other)
            # a role alone ("Political Editor"), not the next person's name and role
            or (_is_role_line(other) and not _names_a_person(segments[near]))
        ):
            return True
    # An author box: the name, then a few lines on the author that open with it, or
    # with the given name alone in a sentence about them ("Martin is a full-stack
    # engineer and has worked …").
    # (A short line that opens with the name and does not end like a sentence is a
    # menu's item under its heading: "Ramadan Calendar" / "Ramadan Calendar Bahrain 2021".)
    note = segments[index + 1] if index + 1 < len(segments) else None
    following = note.text if note is not None else ""
    return len(names) == 1 and (
        (
            following.startswith(names[0] + " ")
            and note is not None
            and (note.ends_like_sentence or note.word_count >= _BYLINE_PROSE_WORDS)
        )
        or (
            following.startswith(names[0].split()[0] + " ")
            and len(following.split()) >= _BYLINE_PROSE_WORDS
        )
    )


def _role_signed(segments: list[Segment], index: int) -> bool:
    """A name and its role on one line ("Jane Doe, Political Editor", "Hans Müller,
    Redakteur"), standing alone: a job beside the name says it is a byline as a date
    does. Not a row of a list of people, each with a role (signatories "Jane Doe,
    writer" over "John Roe, journalist", a staff list): a person's name stands right
    above or below it."""
    if not role_after_names(segments[index].text):
        return False
    return not any(
        _names_a_person(segments[near])
        for near in (index - 1, index + 1)
        if 0 <= near < len(segments)
    )


def _over_pictures(segments: list[Segment], index: int) -> int:
    """The index of the line above `index`, past lines of pictures alone (a Markdown
    dump's `![Jane Doe](/jane.png)`: the author's photo between a byline's prefix or
    date and the name, which a page's text dump does not print); -1 at the top."""
    return _past_pictures(segments, index, -1)


def _past_pictures(segments: list[Segment], index: int, step: int) -> int:
    """The index of the next line from `index` by `step` (-1 above, 1 below) that is no
    line of pictures alone (`_pictures`); -1 or `len(segments)` past the ends."""
    at = index + step
    while 0 <= at < len(segments) and _pictures(segments[at]):
        at += step
    return at


def _pictures(segment: Segment) -> bool:
    """A Markdown dump's line of pictures alone: no text a reader reads."""
    marks = segment.marks
    return marks is not None and marks.pictures


def _between_name_and_date(segment: Segment, shares: Claimed) -> bool:
    """A share link ("Twitter", one of `shares`), a separator ("—"), the author's follow
    button ("Follow", "+ FOLLOW", "Seguir") or photo (`_pictures`) between a name and
    its date."""
    return (
        segment in shares
        or not any(c.isalnum() for c in segment.text)
        or segment.text.strip(" +").casefold() in _FOLLOW_BUTTON
        or _pictures(segment)
    )


_FOLLOW_BUTTON = frozenset(
    "follow folgen suivre seguir segui volgen obserwuj sledovat følg följ takip".split()
)
"""A follow button's one word beside an author's name (tune page dumps: "Alice Wu" / "+
FOLLOW" / "Published: …", "Luis Ávila" / "/" / "Seguir" / "/" / an address, on four sites
in three languages); alone on a line it links to nothing else."""


def _is_role_line(text: str) -> bool:
    """ "Political Editor", "Redakteur für Wirtschaft": a short line opening or ending in a role."""
    words = text.casefold().split()
    return 0 < len(words) <= BYLINE_MARK_WORDS + 1 and (
        words[0] in role_words() or words[-1] in role_words()
    )


def _headline_positions(
    segments: list[Segment], title_at: int, end: int | None = None
) -> list[int]:
    """Where the headline stands: the title line, then (at most `_HEADLINE_ECHOES`) lines
    further down, before `end` when given, that print the title or its headline part
    again, whatever became of them."""
    if title_at < 0:
        return [-1]
    title = segments[title_at]
    parts = title_parts(title.text)
    keys = {title.key} | {key_of(part) for part in parts[:1]}
    longest = max(parts, key=lambda part: len(part.split()), default="")
    keys.add(key_of(longest))
    keys.discard("")
    echoes = (
        index
        for index, segment in enumerate(segments[title_at + 1 : end], title_at + 1)
        if segment.key in keys and len(segment.text.split()) >= _ECHO_MIN_WORDS
    )
    return [title_at, *islice(echoes, _HEADLINE_ECHOES)]  # (the walk stops at the last)


# --- a byline under the headline printed reworded ------------------------------
#
# A page's <title> and its <h1> may word the headline differently, and on a news page
# the line taken as the title may be a video's or a teaser's title near the real
# headline. A line near the title that shares its topic and has the headline's shape,
# with a prefixed byline right under it ("By Rob Picheta, CNN", "Por Gustavo E.
# Méndez"), is the article's headline and byline: a teaser list's bylines stand under
# headlines of other topics, and a name without a prefix is not taken this way.
_ANCHOR_REACH = 15
"""Lines above or below the title searched for the reworded headline."""
_ANCHOR_WORDS = (4, 30)
"""The reworded headline's words (a headline, not a label nor a paragraph)."""
_ANCHOR_SHARED = 3
"""Topic words the reworded headline shares with the title, at least ..."""
_ANCHOR_SHARE = 0.4
"""... and this share of the smaller one's topic words."""
_ANCHOR_PROSE_BEFORE = 0.25
"""At most this share of the prose's words stands above the reworded headline."""


def _byline_under_reworded(
    segments: list[Segment],
    title_at: int,
    open_line: Callable[[Segment], bool],
    prose: list[int] | None = None,
) -> int | None:
    """A prefixed byline right under a line that words the title's topic again. `prose`:
    the indexes of the open lines of prose (`_reads_as_prose`), when the caller has them
    (`page_byline` does, with the labels unchanged since)."""
    if title_at < 0:
        return None
    title_words = segments[title_at].content_words  # (the segment's, computed once)
    if len(title_words) < _ANCHOR_SHARED:
        # No line shares enough topic words with a title of fewer: no walk (a quarter
        # of the calls on the callgrind docs, "Home", "Sport", a site's name).
        return None
    # Above the title by a few lines (a video's title taken for it), or anywhere below
    # it (the <title> line, then the menus, then the reworded <h1>), but before most of
    # the article's prose: a book's or a product's authors after the article are not its
    # byline.
    low = max(0, title_at - _ANCHOR_REACH)
    if prose is None:
        # (the label first: most lines of a page dump are not open, and need no more)
        prose = [
            index
            for index, s in enumerate(segments)
            if s.label is BODY and s.word_count >= _BYLINE_PROSE_WORDS and s.ends_like_sentence
        ]
    words = [segments[index].word_count for index in prose]
    most_before = _ANCHOR_PROSE_BEFORE * sum(words)
    # Where the walk stops: at the first line from `low` on with more than that share of
    # the prose's words at or above it, found from the prose lines alone (the words at or
    # above a line grow only at a prose line), not counted along every line walked.
    stop = len(segments) - 1
    before = 0
    for at, count in zip(prose, words, strict=True):
        before += count
        if before > most_before:
            stop = min(stop, max(at, low))
            break
    for index, line in enumerate(segments[low:stop], low):
        if (
            line.word_count < _ANCHOR_WORDS[0]
            or line.word_count > _ANCHOR_WORDS[1]
            or line.ends_like_sentence
            or index == title_at
        ):
            continue
        line_words = line.content_words
        shared = len(line_words & title_words)
        smaller = min(len(line_words), len(title_words))
        if shared < _ANCHOR_SHARED or shared < _ANCHOR_SHARE * smaller:
            continue
        # (the topic first: most lines fail it, and the prefixed byline's test of the
        # line below costs more, the topic words' first reading and all)
        below = segments[index + 1]
        if open_line(below) and prefixed_byline(below.text, below.may_hold_digit):
            return index + 1
    return None


def _byline_below(
    segments: list[Segment],
    anchor: int,
    credits: list[bool] | None = None,
    rows: list[bool] | None = None,
) -> int | None:
    """Where the byline stands among the open lines below the headline at `anchor`, up to
    the first prose line (a standfirst right under the headline does not count as that).
    `credits`: for each segment, whether it is a photo's credit (`credit_line`); `rows`:
    whether it is a Markdown row of links (`markdown_link_row`), read when it is names."""
    searched = 0
    seen = 0
    unsigned: int | None = None  # a line of names without a prefix, found first
    unsigned_seen = 0
    for index in range(anchor + 1, len(segments)):
        segment = segments[index]
        if segment.label is not BODY and not (
            rows is not None and rows[index] and _linked_names(segment)
        ):
            continue
        seen += 1
        if (
            segment.word_count >= _BYLINE_PROSE_WORDS
            and segment.ends_like_sentence
            and not _names_then_stamp(segment.text)
        ):
            if _over_credit(segments, index, credits):
                continue  # the lead picture's caption, under the standfirst or the headline
            if searched or unsigned is not None:
                break  # the article has begun; "By …" from here on is a sentence
            searched += 1  # the standfirst: the byline often stands under it
            continue
        names = parse_byline(segment.text, segment.may_hold_digit)
        if names is None and segment.label is not BODY:
            names = bare_names(segment.text)  # (a row of linked names, `_linked_names`)
        if (
            names is not None and prefixed_byline(segment.text, segment.may_hold_digit)
        ) or _marked_name(segments, index):
            return index
        if unsigned is not None:
            if seen - unsigned_seen >= _CREDIT_BYLINE_REACH:
                break
        elif names is not None or (
            seen <= _BARE_BYLINE_REACH
            and (
                _bare_byline(segments, index, anchor, credits)
                or _uncased_byline(segments, index, anchor)
            )
            and not _after_most_prose(segments, anchor)
        ):
            # "Jane Doe, Reuters", "Jane Doe | dpa", a bare name: the byline, unless a
            # prefixed one ("By John Roe") follows before the article: then this one is
            # the lead picture's credit under its caption, in a byline's form.
            unsigned, unsigned_seen = index, seen
        if segment.word_count > _BYLINE_SKIP_WORDS or segment.ends_like_sentence:
            searched += 1
            if searched >= _BYLINE_SEARCH_LINES:
                break
    if unsigned is not None:
        # A prefixed byline right over the headline ("Von Jane Doe" / the headline /
        # the date / "John Roe" / the first paragraph): the name without a prefix under
        # the headline is the lead picture's credit. (Asked against None: the dump's
        # first line is index 0.)
        signed = _signed_over_headline(segments, anchor)
        return unsigned if signed is None else signed
    return unsigned


_SIGNED_ABOVE_HEADLINE = 3
"""Lines over the headline searched for a prefixed byline ("By Jane Doe") that outranks a
name without a prefix under it (`_byline_below`)."""


def _signed_over_headline(segments: list[Segment], anchor: int) -> int | None:
    """An open prefixed byline ("By Jane Doe", "Von Jane Doe und John Roe") among the
    `_SIGNED_ABOVE_HEADLINE` lines over the headline at `anchor`, the nearest first."""
    for index in range(anchor - 1, max(-1, anchor - 1 - _SIGNED_ABOVE_HEADLINE), -1):
        segment = segments[index]
        if segment.label is BODY and prefixed_byline(segment.text, segment.may_hold_digit):
            return index
    return None


_CREDIT_BYLINE_REACH = 3
"""Open lines under a line of names without a prefix ("Jane Doe, Reuters", "Jane Doe")
searched for a prefixed byline ("By John Roe"), before the article's prose: when one
stands there, the first is the lead picture's credit, printed in a byline's form under
its caption. (Further down the prefixed line is an author box or a teaser's: the
html_text dump of a tune blog post prints "Veröffentlicht von …" under its two
paragraphs.)"""

_TEASER_PROSE_ABOVE = 0.5
"""A headline with more than this share of the prose's words above it heads a teaser."""


def _after_most_prose(segments: list[Segment], anchor: int) -> bool:
    """Whether most of the prose's words stand above the headline at `anchor`: the
    headline printed again in a list of stories after the article ("Most read"), and
    taken for the title there, with a teaser's name and date under it, not the byline.
    (A prefixed byline there is still taken: a recipe card's "Author: Jane Doe".)"""
    if anchor < 0:
        return False  # no headline: the lines from the top
    words = [s.word_count if s.label is BODY and _reads_as_prose(s) else 0 for s in segments]
    return sum(words[:anchor]) > _TEASER_PROSE_ABOVE * sum(words)


_JOINERS = frozenset({*NAME_JOINERS, ","})
"""A line that is only one of these joins the names above it to those below it."""
_CO_AUTHOR_LINES = 4
"""Lines after the byline's names searched for co-authors ("and" / "John Roe")."""


def _split_byline(
    segments: list[Segment],
    index: int,
    may: Callable[[Segment], bool] = lambda segment: segment.label is BODY,
) -> Iterator[Segment]:
    """The byline at `index` with the parts of it printed on lines of their own around it:
    its prefix alone above it ("By" / "Jane Doe"), and co-authors below it, each after a
    line that is only a joiner or opening with one ("and" / "John Roe", "and John Roe").
    A browser's copy of a byline whose prefix and names are separate elements gives
    these lines; each joins the byline, where they stayed paragraphs of the body. `may`:
    whether a line may join (open; on page dumps also removed with the menus)."""
    mark = segments[index - 1] if index > 0 else None
    # (a prefix that reads as a name too, "Disko Von", "Published By", stays where it is:
    # the byline's names are its own line's)
    if (
        mark is not None
        and may(mark)
        and _marked_name(segments, index)
        and not byline_names(mark.text)
    ):
        yield mark
    yield segments[index]
    at = index + 1
    while at < min(len(segments), index + 1 + _CO_AUTHOR_LINES):
        line = segments[at]
        if not may(line):
            break
        words = line.text.split(maxsplit=1)
        if len(words) == 1 and words[0].casefold() in _JOINERS:
            names = segments[at + 1] if at + 1 < len(segments) else None
            if names is None or not may(names) or bare_names(names.text) is None:
                break
            yield line
            yield names
            at += 2
        elif len(words) == 2 and words[0].casefold() in _JOINERS and bare_names(words[1]):
            yield line  # "and John Roe": `byline_names` reads the names after the joiner
            at += 1
        else:
            break


def _names_then_stamp(text: str) -> bool:
    """A line of names and a date that ends in a full stop ("David Andres Calle Atehortua
    04 de mayo 2022, 12:00 A. M."): long enough and ending like a sentence, but a byline,
    not the article's first paragraph."""
    # (`bare_names` turns a line of more than a byline's words down: asked first, that
    # spares a paragraph `stamp_tail`'s search at every position)
    return (
        not too_long_for_byline(text)
        and stamp_tail(text) is not None
        and bare_names(text) is not None
    )


def _bare_byline(
    segments: list[Segment], index: int, anchor: int, credits: list[bool] | None = None
) -> bool:
    """A line of names alone ("Nuño Domínguez") next to a date line, or followed by a
    date on the same line ("Martin Albers, 03.11.2023 15:32 Uhr"): a byline without "By".

    Not a line whose words all stand in the headline (an album's or a book's title
    below it), nor one that ends in a place ("Ort Saarbrücken")."""
    text = segments[index].text
    names = bare_names(text)
    if names is None:
        return False
    if index + 1 < len(segments) and _opens_with_words_of(segments[index + 1].text, text):
        return False  # a menu's heading over its items ("Eden Gardens" / "Eden Gardens Tours")
    if _credited_again(segments, index):
        return False  # the photographer's credit, printed under each picture
    headline = set(segments[anchor].phrase_words) if anchor >= 0 else set()
    if all(set(phrase_form(name).split()) <= headline for name in names):
        return False
    # "Ort Saarbrücken" ends in a place; "Matthew Davis" has a given name before his.
    if any(
        is_known_place(name.split()[-1].casefold())
        and not (opens_with_given_name(name) and not is_known_place(name.split()[0].casefold()))
        for name in names
    ):
        return False
    neighbours = (
        segments[i]
        for i in (_past_pictures(segments, index, -1), _past_pictures(segments, index, 1))
        if 0 <= i < len(segments)
    )
    if (
        dated_names(text)
        or _role_signed(segments, index)
        or any(_fact_beside(text, n.text) for n in neighbours)
    ):
        return _given_names_enough(names, segments)
    # Without a date, every name must open with a person's given name ("Tom Arnold",
    # not "Climate Change") and the line stand right under the headline or its
    # standfirst; the first row of a table or a list of people is no byline.
    return (
        _under_headline_or_standfirst(segments, index, anchor, credits)
        and not text.rstrip().endswith(",")
        and not _name_words(text) & headline  # "Bee Simulator Mehrspieler"
        and all(len(name.split()) <= _BARE_NAME_WORDS for name in names)
        and _given_names_enough(names, segments)
        and not _first_row(segments, index)
    )


def _uncased_byline(segments: list[Segment], index: int, anchor: int) -> bool:
    """A bare name in a script without capitals right under the headline ("সেলিম রহমান",
    only removed lines between): no capital marks it a name, so its place alone does
    not; its first word a known given name does, or the author's note at the foot
    opening with the same name ("সেলিম রহমান ঢাকা বিশ্ববিদ্যালয়ের … অধ্যাপক।", the
    writer's post), as opinion pages in every script print it. Not a name any of
    whose words the headline holds (an obituary's subject, a picture's title)."""
    if anchor < 0:
        return False
    name = uncased_bare_name(segments[index].text)
    if name is None:
        return False
    if any(segments[at].label is not REMOVED for at in range(anchor + 1, index)):
        return False
    words = name.split()
    if set(words) & set(segments[anchor].text.split()) or _credited_again(segments, index):
        return False
    return is_given_name(words[0]) or _noted_at_foot(segments, index, name)


def _noted_at_foot(segments: list[Segment], index: int, name: str) -> bool:
    """Whether one of the last `_INFO_BLOCK_LINES` open lines below `index` opens with
    `name` and goes on: a note on the writer ("Jane Doe is a professor at …")."""
    opening = name + " "
    return any(
        at > index and segments[at].text.startswith(opening)
        for at in last_open(segments, _INFO_BLOCK_LINES)
    )


_CREDIT_COPIES = 2
"""A line of names without a prefix printed again at least this many times under a
paragraph further down is a photographer's credit, not the byline (`_credited_again`)."""
_CREDIT_PROSE_BELOW = 0.5
"""... each copy with at least this share of the page's prose under it: inside the
article, not in the comments after it (a writer answering her readers)."""


def _credited_again(segments: list[Segment], index: int) -> bool:
    """Whether the line of names at `index` is printed again, alone, at least
    `_CREDIT_COPIES` times further down, each right under a line of prose and with most
    of the page's prose still under it (`_CREDIT_PROSE_BELOW`), neither over a note
    opening with the name (an author box) nor over a date: the lead picture's credit,
    printed under the captions of the article's other pictures too. (A byline's name
    stands again over the headline, in an author box, in a teaser or in the comments
    after the article: not under the article's paragraphs twice.)"""
    key = segments[index].key
    keys = [segment.key for segment in segments]  # (a C-level walk: asked of few lines)
    if keys.count(key) <= _CREDIT_COPIES:
        return False
    first = segments[index].text.split()[0] + " "

    def plain(at: int) -> bool:
        """Not over a note opening with the name, nor over a date."""
        below = segments[at + 1] if at + 1 < len(segments) else None
        return below is None or not (below.text.startswith(first) or is_stamp(below.text))

    if not plain(index):
        return False  # the byline over its date or its note ("Martin is a full-stack …")
    prose = [s.word_count if _reads_as_prose(s) else 0 for s in segments]
    total = sum(prose)
    copies = 0
    at = index
    while copies < _CREDIT_COPIES:
        try:
            at = keys.index(key, at + 1)
        except ValueError:
            return False
        if sum(prose[at:]) < _CREDIT_PROSE_BELOW * total:
            return False
        if _reads_as_prose(segments[at - 1]) and plain(at):
            copies += 1
    return True


def _given_names_enough(names: list[str], segments: list[Segment]) -> bool:
    """Every name opens with a known given name; or, for co-authors ("Sadhbh O'Sullivan,
    Elisabeth Kochan"), one of them does and the others' words are no words the document
    writes in lower case ("Tom Arnold, Climate Change" over "… climate change …"): names
    listed together are people more surely than one name is, and the list of given
    names misses some."""
    unknown = [name for name in names if not is_given_name(_given_word(name))]
    if not unknown:
        return True
    if len(names) < 2 or len(unknown) == len(names):
        return False
    words = {word.casefold() for name in unknown for word in name.split()}
    return not any(
        word.strip(_EDGE_PUNCTUATION) in words
        for segment in segments
        for word in segment.text.split()
        if word.islower()
    )


_EDGE_PUNCTUATION = ".,;:!?\"'()[]«»„“”‘’"

# Academic titles written before a name ("Dr. Sebastian Brüggemann", "Prof. Dr. Jane Doe").
_NAME_TITLES = frozenset({"dr.", "dra.", "prof.", "dr", "prof"})


def _given_word(name: str) -> str:
    """The name's given name: its first word after academic titles."""
    words = name.split()
    return next((word for word in words if word.casefold() not in _NAME_TITLES), words[0])


_ROW_REACH = 4
"""Open lines after a bare name searched for the next row of its table or list."""


def _first_row(segments: list[Segment], index: int) -> bool:
    """The name at `index` opens a table or a list of people: the open lines after it
    stay short, as cells do ("Chevrolet", "2,270", "Portero"), up to another person's
    name ("Kyle Larson" / "Chevrolet" / "Martin Truex Jr."). A byline stands alone: the
    article's prose, or a line of another shape, follows it."""
    for segment in islice(kept_after(segments, index), _ROW_REACH):
        if _names_a_person(segment):
            return True
        if segment.word_count > _BYLINE_SKIP_WORDS or segment.ends_like_sentence:
            return False
    return False


_NAME_PARTICLES = frozenset(NAME_PARTICLES)
# The words that join co-authors' names ("Jane Doe und John Roe", "Isabel Caro y José
# Wilson"), those a co-author's line opens with (`names.NAME_JOINERS`).
_NAME_JOINERS = frozenset(NAME_JOINERS)


def _headline_words(segments: list[Segment], title_at: int) -> frozenset[str]:
    """The headline's words (`phrase_words`) at `title_at`; none when there is no title
    line (-1): the names a byline may not share with it."""
    return frozenset(segments[title_at].phrase_words) if title_at >= 0 else frozenset()


def _name_words(text: str) -> set[str]:
    """The words of a line of names that are a name's own, to weigh against the headline's:
    not a name's particles ("Verónica De Vita") nor the words joining co-authors' names
    ("Isabel Caro, Rocío Latorre y José Miguel Wilson" under a headline that says "y"),
    which are a headline's function words too."""
    return {
        word
        for word in phrase_form(text).split()
        if word not in _NAME_PARTICLES and word not in _NAME_JOINERS
    }


def _names_own_words(names: list[str]) -> set[str]:
    """The words of the names a line holds (`bare_names`' answer), without the date, time
    or separators printed beside them on the line: a dated name's line ("04.02.2022 |
    13:10 Uhr | Jane Doe") shares the headline's year or a number with it ("… im Jahr
    2022") without naming anything the headline names. (Round 44, tune: one real page dump,
    a dated name over a headline ending in its year.)"""
    return _name_words(" ".join(names))


def _names_a_person(segment: Segment | None) -> bool:
    """The line is a bare name that opens with a given name ("Jane Doe"; not "About
    Python", a heading that reads like a name)."""
    return segment is not None and _person_named(segment.text)


def _person_named(text: str) -> bool:
    """The text is a bare name (or names), one of them opening with a given name."""
    names = bare_names(text)
    return names is not None and any(opens_with_given_name(name) for name in names)


def _under_headline_or_standfirst(
    segments: list[Segment], index: int, anchor: int, credits: list[bool] | None = None
) -> bool:
    """Whether only removed lines (a share bar, an ad), the lead picture's caption and at
    most one paragraph (the standfirst) stand between the headline and `index`."""
    between = [
        segments[at]
        for at in range(anchor + 1, index)
        if segments[at].label is not REMOVED and not _over_credit(segments, at, credits)
    ]
    if not between:
        return True
    # A standfirst is a sentence, or a deck that need not end like one ("A short story
    # about …"); a word alone ("'HOY'") is a menu's first item.
    if len(between) == 2 and _is_kicker(between[0]):
        # A kicker over a headline printed again reworded ("Story aus Weihnachten" /
        # "Ich habe es satt, …"): the long line under it is the standfirst's place.
        return between[1].word_count >= _BYLINE_PROSE_WORDS
    if len(between) == 1 and _is_section_label(between[0]):
        # The story's section under the headline ("Politics"): the name under it is the
        # byline when the article's text follows it right away, not a menu's next item.
        following = next(kept_after(segments, index), None)
        return following is not None and _reads_as_prose(following)
    standfirst = between[0]
    return len(between) == 1 and (
        standfirst.word_count >= _BYLINE_PROSE_WORDS
        or (standfirst.ends_like_sentence and standfirst.word_count > 1)
    )


_SECTION_LABEL_WORDS = 2
"""A section's name alone on a line has at most this many words (`_is_section_label`)."""


def _is_section_label(segment: Segment) -> bool:
    """A section's name alone on a line ("Politics", "Sport"): one or two capitalised words
    without a full stop, and not a name itself."""
    words = segment.text.split()
    return (
        0 < len(words) <= _SECTION_LABEL_WORDS
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and not _names_a_person(segment)
    )


def _over_credit(segments: list[Segment], index: int, credits: list[bool] | None) -> bool:
    """Whether the line at `index` stands right above a photo's credit ("Photo: Jane Roe/
    AFP"): the picture's caption, whose label the caption rules give only after the byline
    is known. Headline, standfirst, the lead picture's caption and credit, then the byline
    is a common order; the caption is no paragraph of the article, so the search for the
    byline goes on under it (tune probe, a bare name under a standfirst, a caption and its
    credit: 17 of 64 page dumps found; under a standfirst alone 56)."""
    return segments[index].label is CAPTION or (
        credits is not None and index + 1 < len(credits) and credits[index + 1]
    )


def _is_kicker(segment: Segment) -> bool:
    """A short label of a few words over a headline, not a sentence nor a word alone."""
    return 1 < segment.word_count <= _BYLINE_SKIP_WORDS and not segment.ends_like_sentence
