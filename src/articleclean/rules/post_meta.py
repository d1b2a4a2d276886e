"""The post's row of categories or tags left in the body of a text dump, and the line of
facts a WordPress theme prints under a post ("Tags: Freeride, Skitour", "Kategorien:
Gesellschaft, Länder", "This entry was posted in News. Bookmark the permalink.")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Reason
from ..document import BODY, BODY_OR_HEADING, Segment
from ..lexicon import TAXONOMY_LABEL
from ..patterns import by_first_letter
from .base import structures
from .phrasebook import PhraseBook

_MAX_TAG_ROW_WORDS = 60
"""A row of tags may name many (a blog's 40-word list of names); a longer line is text."""
_MAX_TAG_ROW_CHARS = 600
_MIN_PROSE_WORDS = 15
"""A kept line of this many words ending as a sentence does is a paragraph of prose, for
`_prose_around`. Apart from `boilerplate.PROSE_LINE_WORDS` (10; round 64): at 10 no
output of webeval's 1,980 changes and no line of the tune labelled dumps, but a tune blog's
Markdown dump keeps WordPress's "This entry was posted in …" line (lines of 10-14 words
below it then count as prose)."""

# The label opens the line itself: a table's cell ("| Kategorie: | …") or a list's item
# ("- Kategorie: …") may be the article's, so a mark before the label is no row's. The
# labels blog engines print (`lexicon.TAXONOMY_LABEL`) and "Themen"/"Topics", which news
# sites print over their tag links ("Themen: Pressefreiheit").
_ROW = re.compile(rf"(?P<label>{TAXONOMY_LABEL}|themen|topics)\s*:\s*\S", re.IGNORECASE)
# WordPress's own sentences under a post, as its themes print them in English, German,
# French, Spanish, Italian and Polish: the opening "This entry was posted in …" and the
# closing "… Bookmark the permalink." are fixed strings of the engine, not an article's.
_WORDPRESS_OPENING = re.compile(
    r"(?:(?:this entry was posted in|dieser (?:eintrag|beitrag) wurde veröffentlicht in"
    r"|cette entrée a été publiée dans|esta entrada fue publicada en"
    r"|questa voce è stata pubblicata in|ten wpis został opublikowany w)\s"
    # "… wurde unter Politik abgelegt und …": not "… wurde unter Mitarbeit von … erstellt",
    # an article's own note on who wrote it
    r"|dieser (?:eintrag|beitrag) wurde unter\s[^.]*\babgelegt\b)",
    re.IGNORECASE,
)
# WordPress's closing sentence ("… Bookmark the permalink.", German "Setze ein Lesezeichen
# auf den Permalink."): the line's last sentence, or one the engine's own sentences about
# trackbacks follow ("Bookmark the permalink. Post a comment or leave a trackback: …",
# "… Both comments and trackbacks are currently closed."). A line that only holds the
# words stays: "To find it again, bookmark the permalink." (no sentence of its own), "Tip:
# bookmark the permalink in your browser and come back tomorrow." (more after it).
_WORDPRESS_CLOSING = re.compile(
    r"(?:^|[.!?|]\s*)(?:bookmark the permalink|(?:setze ein )?lesezeichen auf den permalink)"
    r"\.?(?:\s*$|\s.*\btrackbacks?\b)",
    re.IGNORECASE,
)
# How every line the rule takes opens (each label of `lexicon.TAXONOMY_LABEL`, "Themen",
# "Topics" and WordPress's openings, cut to a stem), searched once in the open lines joined
# by newlines (the join opening with one), grouped by first letter (`by_first_letter`: a
# case-blind alternation of them tried at every position cost 64 M instructions per 100
# dumps); "permalink" is asked with `in`. Most dumps hold none, and no line is asked.
_OPENINGS = (
    "categor", "catégor", "kategori", "rubri", "tag", "schlagw", "etiquetas", "étiquettes",
    "filed", "posted", "themen", "topics", "this entry", "dieser eintrag", "dieser beitrag",
    "cette entrée", "esta entrada", "questa voce", "ten wpis",
)  # fmt: skip
_MAY_OPEN = re.compile(rf"\n(?:{by_first_letter(_OPENINGS)})", re.IGNORECASE)
# A sentence's end inside the row, a capital after it: prose, not a list of names ("Tags"
# rows hold none; WordPress's sentences are asked for by their own words).
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[^\W\d_]")
# A row that ends as a sentence does is read as one: an article's line may open with the
# label ("Topics: climate change and migration dominated the summit.", "Filed under: the
# appeal will be filed under the new rules."); the tune part's rows never end so but one
# ("… | Permanentlink.", kept now), and WordPress's sentences are asked for by their words.
_SENTENCE_END = (".", "!", "?", "…")
_AGENDA_LABELS = frozenset({"themen", "topics"})
# A short "Label: value" line beside it: the row is one of a table's or a fact box's
# ("Kategorie: Mittelklasse" over "Leistung: 110 kW"), which may be the article's own.
_FIELD = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s*:\s*\S")
_FIELD_WORDS = 8


def _meta_line(text: str) -> bool:
    """A post's row of categories or tags, or WordPress's line of facts under a post."""
    if _WORDPRESS_OPENING.match(text):
        return True
    if "ermalink" in text and _WORDPRESS_CLOSING.search(text) is not None:
        return True
    row = _ROW.match(text)
    return (
        row is not None
        # A label all in lower case is a key of code or configuration ("categories: blog",
        # "tags: [jekyll, tutorial]" in a tutorial's front matter); engines print theirs
        # capitalised ("Tags:", "TAGS:", "Schlagwörter:"), as every row on the tune part.
        and not row["label"].islower()
        and _SENTENCE_INSIDE.search(text) is None
        and not text.rstrip().endswith(_SENTENCE_END)
    )


def _field_row(segment: Segment) -> bool:
    """A short "Label: value" line that is no row of tags itself: a table's or a box's."""
    return (
        segment.word_count <= _FIELD_WORDS
        and _FIELD.match(segment.text) is not None
        and _ROW.match(segment.text) is None
    )


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def post_meta(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """On text dumps, after `outside_article`, an open line that is the post's row of
    categories or tags under their label ("Tags: Freeride, Skitour", "Schlagwörter: Alltag,
    Religionen", "Themen: Pressefreiheit") or WordPress's sentence of facts under a post
    ("This entry was posted in News. Bookmark the permalink.", "Dieser Eintrag wurde
    veröffentlicht in Inland, Politik …"): the page's facts about the article, never its
    text. After `outside_article`, so the article's run is found as before (such a line is
    no edge: round 61 measured WordPress's sentences as notices, and two blogs' runs
    moved). These stay: a row whose open neighbour is a short "Label: value" line (a
    table's, a fact box's); a row holding a sentence or ending as one; a table's cell and a
    list's item; a row between two of the article's paragraphs of prose (`_prose_around`),
    and a "Themen"/"Topics" row under them (`_agenda_label`); a row whose label is all in
    lower case (code's key); rows one label opens with different values (the article's
    sections under it); a line holding "bookmark the permalink" inside a sentence of its
    own ("To find it again, bookmark the permalink."). A row
    `section_heading` read as a heading goes too (it reads a short line over the text so).
    Tune part, round 63: over the whole-page, labelled page and article, shapes, generous
    and noise dumps no line the annotators count as the article's has this form, kept or
    removed."""
    opened = "\n" + "\n".join(
        [segment.text for segment in segments if segment.label in BODY_OR_HEADING]
    )
    if _MAY_OPEN.search(opened) is None and "ermalink" not in opened:
        return
    prose_before, prose_after = _prose_around(segments)
    rows: list[Segment] = []
    for index, segment in enumerate(segments):
        if (
            segment.label not in BODY_OR_HEADING
            or (prose_before[index] and (prose_after[index] or _agenda_label(segment.text)))
            or segment.word_count > _MAX_TAG_ROW_WORDS
            or len(segment.text) > _MAX_TAG_ROW_CHARS
            or not _meta_line(segment.text)
        ):
            continue
        if any(
            _field_row(other) for other in _open_neighbours(segments, index) if other.label is BODY
        ):
            continue
        rows.append(segment)
    # The same label over two or more different rows: the article's own sections under it
    # (a race's results under "Categoría: Infantil", "Categoría: Cadete", an award's
    # winners under "Kategorie: Bester Film"); a page prints its row of tags once, or the
    # same row over and under the article.
    texts: dict[str, set[str]] = {}
    for segment in rows:
        if (label := _row_label(segment.text)) is not None:
            texts.setdefault(label, set()).add(segment.text)
    for segment in rows:
        label = _row_label(segment.text)
        if label is None or len(texts[label]) < 2:
            yield segment


def _prose_around(segments: list[Segment]) -> tuple[list[bool], list[bool]]:
    """For each place, whether a paragraph of the article's prose is kept above it, and
    below it: a row between two such paragraphs is inside the article ("Themen:
    Klimaschutz, Mobilität, Wohnen" over the part that takes them up), where a page
    prints its row of tags over or under the article, not inside it."""
    prose = [
        segment.label is BODY
        and segment.word_count >= _MIN_PROSE_WORDS
        and segment.ends_like_sentence
        for segment in segments
    ]
    before, after = [False] * len(segments), [False] * len(segments)
    seen = False
    for at, is_prose in enumerate(prose):
        before[at] = seen
        seen = seen or is_prose
    seen = False
    for at in range(len(prose) - 1, -1, -1):
        after[at] = seen
        seen = seen or prose[at]
    return before, after


def _agenda_label(text: str) -> bool:
    """A row under "Themen:" or "Topics:", words an article uses for its own agenda
    ("Themen: Klimaschutz, Mobilität, Wohnen" as its last line, or over a short closing
    line): under the article's prose it stays; over all of it, it is the page's row of
    topic links ("Themen: Pressefreiheit" between the headline and the text). Tune part:
    no such row under the prose went (ndr's and bike-magazin's stayed by the guard of
    prose below), so keeping them costs no line there."""
    return _row_label(text) in _AGENDA_LABELS


def _row_label(text: str) -> str | None:
    """The label a row of tags opens with, as a key (None: WordPress's sentence)."""
    found = _ROW.match(text)
    return None if found is None else " ".join(found["label"].casefold().split())


def _open_neighbours(segments: list[Segment], index: int) -> list[Segment]:
    """The nearest segment above and below `index` with text (blank lines skipped)."""
    found: list[Segment] = []
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(segments) and not segments[at].text.strip():
            at += step
        if 0 <= at < len(segments):
            found.append(segments[at])
    return found
