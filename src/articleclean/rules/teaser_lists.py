"""A list of other stories under a heading worded as teaser headings are: `teaser_list`."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import islice

from ..article import Reason
from ..document import (
    BODY,
    ProseWords,
    Segment,
    is_cjk_heavy,
    word_share,
)
from ..lexicon import LIST_ROW_ANY_NUMBER
from .base import Claimed, revises
from .phrasebook import PhraseBook
from .teaser_boxes import (
    BOX_MAX_OVERLAP,
    KeyEnds,
    box_copies,
    carries_on_in_lower_case,
    goes_on_from,
    headline_run,
    key_ends,
    list_headline,
    teaser_heading_words,
    worded_as_teaser_heading,
)
from .teaser_headings import teaser_heading
from .teaser_lines import (
    HEADLINE_WORDS,
    INNER_SENTENCE_END,
    MAX_HEADING_WORDS,
    QUESTION_END,
    TEXT_LABELS,
    TRAILING_MIN_PROSE,
    TRAILING_OVERLAP,
    asks,
    cut_short,
    holds_contact,
    is_paragraph,
    open_lines,
    prose_words,
    reads_as_prose,
    row_writing,
    segments_with_word,
)

# `teaser_list`: a heading worded as teaser headings are, over this many headlines ...
_LIST_MIN_HEADLINES = 2
_LIST_MAX_HEADLINES = 5
# ... where the lines just before the heading (this many) are no headlines: a box put
# between the titles of the article's own list (books, episodes) would take the titles
# that follow it along.
_LIST_CLEAR_BEFORE = 2
# A box of at least this many headlines may have one that shares the article's words
# (`_off_topic_headlines`).
_CHANCE_TIE_HEADLINES = 3
# A closing box's headline (`_tail_headline`) may be short ("Warum Schlaf wichtig ist"):
# the heading and the dump's end bound it, not its length.
_MIN_TAIL_HEADLINE_WORDS = 3
# A dump with no prose (rows only) is an article to take a box out of when this many of
# its lines are left without the boxes.
_ROWS_ONLY_MIN = 4


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(teaser_heading,),
    derives=(prose_words, key_ends, open_lines),
)
def teaser_list(
    segments: list[Segment],
    context: PhraseBook,
    teaser_headings: Claimed,
    prose: ProseWords,
    ends: KeyEnds,
    opened: list[int],
) -> Iterator[Segment]:
    """A short heading worded from teaser headings' words ("Other stories from our
    newsroom", "Weitere Artikel aus der Region:"), over two to five headlines off the
    article's topic, wherever it stands: between the rows of a list or a table, or at
    the end (`teaser_box` wants prose on both sides). The headlines decide, not a word of
    the heading's own the article uses: "Region", "dazu", "right" are words a long
    article uses in two paragraphs too (as `_heading_on_topic` has it for `teaser_box`;
    tune, noise bodies: 66 injected lines out, no body line lost), unless the title
    holds it too or the article is too short for its words to tell.

    Not inside a run of the article's own headline-like lines (a box put between the
    titles of a list of books would take the titles after it): the lines before the
    heading and the line after the headlines must not be headlines. In a dump with no
    prose, only a box between the article's rows, or under its last row to the dump's end
    (`_amid_rows`, `_rows_only`); tune, own noise bodies × 20: 137 injected lines out, no
    body line lost (round 36), and 17 more for the boxes ending the dump (round 37).
    """
    matcher = context.phrases["teaser_heading"]
    vocabulary = teaser_heading_words(matcher.lines, matcher.prefixes)
    boxes: list[list[int]] = []
    boxed: set[int] = set()
    amid: set[int] = set()  # the headings of boxes put between two of the article's rows
    titled_key = _title_key(segments)
    for place in _list_heading_places(segments, opened, vocabulary):
        index = opened[place]
        heading = segments[index]
        if index in boxed:
            continue
        if INNER_SENTENCE_END.search(heading.text) or heading.may_hold_digit:
            continue
        if QUESTION_END.search(heading.text):
            continue  # "What goes first?" asks; a label does not
        before = [i for i in opened[max(0, place - _LIST_CLEAR_BEFORE) : place] if i not in boxed]
        turns = False
        if any(list_headline(segments[i]) for i in before):
            rows = _box_between_rows(segments, opened, place, boxed, vocabulary)
            if rows is not None and not _one_topic(segments, rows):
                boxes.append([index, *rows])
                boxed.update(rows)
                amid.add(index)
                continue
            # (the headline-like lines above may be the title's or the box's teasers)
            if not _no_titles_above(segments, opened, place, boxed, titled_key):
                subheaded = _under_a_subheading(
                    segments, opened, place, boxed
                ) or _under_a_lone_headline(segments, opened, place, boxed)
                if not subheaded and not _between_subheading_and_text(
                    segments, opened, place, vocabulary
                ):
                    continue
                # A paragraph right above, under its subheading: no run of titles, but the
                # article's subheadings and paragraphs take turns, and the run's last line
                # before more of the article may be its next subheading or title ("The
                # details behind their split from the royals" over a caption: tune, more
                # seeds of the stress dumps); headlines sharing a word are more of the
                # article's subheadings (`_one_topic`). A box between a subheading and its
                # paragraph ends where the paragraph starts: its last line is no subheading.
                turns = subheaded
        if index + 1 >= len(segments) or segments[index + 1].label is not BODY:
            continue  # its headlines follow it at once ("Details zum Artikel" over a box
            # whose own heading pass 1 removed is the article's label)
        headlines: list[int] = []
        resumes: Segment | None = None
        cjk = is_cjk_heavy(heading.text)
        # (by position, not over a slice: a copy of the rest of `opened` for each heading
        # grows with the square of a big dump's size)
        for at in range(place + 1, len(opened)):
            after = opened[at]
            line = segments[after]
            if (
                line.label is not BODY
                or not list_headline(line)
                or worded_as_teaser_heading(line, vocabulary)  # the next box's heading
                or is_cjk_heavy(line.text) is not cjk  # a line in another script
            ):
                resumes = line
                break
            headlines.append(after)
            if len(headlines) > _LIST_MAX_HEADLINES:
                break
        if (
            headlines
            and resumes is not None
            and (
                _goes_on_from_last(segments, opened, place, headlines[-1], resumes, prose)
                or (turns and resumes.label is BODY)
            )
        ):
            headlines.pop()
        if turns and _one_topic(segments, headlines):
            continue
        if not _LIST_MIN_HEADLINES <= len(headlines) <= _LIST_MAX_HEADLINES:
            if turns:
                continue
            # A box that ends the dump: its headlines may carry a date, a figure, a
            # kicker or a question, which `list_headline` leaves to the article amid it.
            headlines = _headlines_to_the_end(segments, opened, place, before)
        elif _amid_rows(segments, opened, place, headlines, resumes):
            amid.add(index)
        if headlines:
            boxes.append([index, *headlines])
            boxed.update(headlines)
    # A heading a phrase list knows went in pass 1; the box under it that ends the dump
    # is judged as under a worded one (`closing_teasers` and its `_rest_of_a_taken_box`
    # want headlines of the stricter shape; tune: 14 teaser lines out, no body line).
    for index in teaser_headings.positions(segments):
        place = bisect_right(opened, index) - 1
        before = opened[max(0, place - _LIST_CLEAR_BEFORE + 1) : place + 1]
        closing = _headlines_to_the_end(segments, opened, place, before)
        if closing and not boxed.intersection(closing):
            boxes.append([index, *closing])
            boxed.update(closing)
    if not boxes:
        return
    # The article's words, without any of the boxes (two boxes of the same teasers under
    # headings of the same words would vouch for each other) or their copies.
    asked = frozenset().union(*(segments[i].content_words for b in boxes for i in b))
    set_aside = set().union(*(box_copies(segments, ends, box) for box in boxes))
    rest = [s for i, s in enumerate(segments) if i not in set_aside]
    if not any(s.label is BODY and reads_as_prose(s) for s in rest):
        # No prose: the "box" may be the article (a page of headlines), unless the
        # article is rows of its own (a schedule, a table, products, a league table)
        # and the box stands between two of them.
        boxes = [box for box in boxes if box[0] in amid]
        if not boxes or not _rows_only(rest, sum(len(box) - 1 for box in boxes)):
            return
    counts = segments_with_word(rest, asked, most=1)  # (asked: > 0)
    specific = prose.specific(asked, excluded=set_aside)

    def in_article(word: str) -> bool:
        return counts[word] > 0 and specific(word)

    # A word of the heading's own that the article uses makes it the heading of the
    # article's section when the title (the first line) holds it too ("More bridge stories" under
    # "Harbour bridge to close"), or when the article has under two paragraphs, whose
    # words say little of what the headlines share with it.
    paragraphs = islice(filter(is_paragraph, rest), TRAILING_MIN_PROSE)
    thin = sum(1 for _ in paragraphs) < TRAILING_MIN_PROSE
    # (the title is told later: the dump's first line of text, in an article dump)
    first = next((s for s in segments if s.label in TEXT_LABELS), None)
    titled = first.content_words if first is not None else frozenset()

    def ties(word: str) -> bool:
        return (thin or word in titled) and in_article(word)

    # A headline's short word in lower case ties it to a text that capitalises its nouns
    # no more, as in `teaser_box`'s `_off_topic_box` ("diese", "alle", "müssen" stand in
    # two paragraphs of any long German article: `SpecificWords.named`); the heading
    # keeps the wider reading. Round 45, tune: noise bodies 45 injected lines out, no
    # body line lost; `loss_audit` sources 87 junk lines out, no body line lost.
    def headline_on_topic(word: str) -> bool:
        return counts[word] > 0 and specific.named(word)

    for box in boxes:
        if any(map(ties, segments[box[0]].content_words - vocabulary)):
            continue
        shared = [word_share(segments[i].content_words, headline_on_topic) for i in box[1:]]
        box, shared = _without_topic_tail(segments, box, shared, titled)
        if _off_topic_headlines(shared) and sum(shared) / len(shared) < TRAILING_OVERLAP:
            for index in box:
                if segments[index] not in teaser_headings:  # (its own rule's removal)
                    yield segments[index]


def _off_topic_headlines(shared: list[float]) -> bool:
    """Whether a worded heading's headlines, by the share of each one's words the article
    names (`shared`), are other stories: none shares over `BOX_MAX_OVERLAP`, or, in a box
    of `_CHANCE_TIE_HEADLINES` or more, one only and not the last. A box of other stories
    meets the article's words by chance in one headline ("Diese Geräte wünschen sich alle
    zu Weihnachten" under "Meistgelesen in der Region", in an article on streaming
    devices), where the article's own list under such a heading shares its words in
    most lines; the last line may be the article's subheading, read into the run where
    it stops. Round 65, tune, noise bodies: 28 injected lines out, no body line lost;
    with the last line let tie too, 4 body lines lost (a title, subheadings)."""
    if len(shared) >= _CHANCE_TIE_HEADLINES and shared[-1] <= BOX_MAX_OVERLAP:
        return sorted(shared)[-2] <= BOX_MAX_OVERLAP
    return max(shared) <= BOX_MAX_OVERLAP


def _goes_on_from_last(
    segments: list[Segment],
    opened: list[int],
    place: int,
    last: int,
    resumes: Segment,
    prose: ProseWords,
) -> bool:
    """Whether the line `resumes`, where the walk from the worded heading at
    `opened[place]` stopped, carries on from the box's last headline at `last`, which is
    then the article's (`goes_on_from`): the first half of a sentence going on in lower
    case, or the subheading of the paragraph that takes up a word of its own, read as
    the box's headlines are in the topic test: a word the article names
    (`SpecificWords.named`), not one any German text writes in lower case ("Zehn
    Strände, die Sie diesen Sommer …" over "In den zehn Jahren …": "zehn", "diese",
    "alle"). Round 46, tune, with `_no_titles_above`'s broken sentence and
    `_under_a_lone_headline`: noise bodies 38 injected lines out, `loss_audit` sources 75,
    no body line lost."""
    if carries_on_in_lower_case(resumes):
        return True
    shared = segments[last].content_words & resumes.content_words
    if not shared:
        return False
    named = prose.specific(shared, excluded={opened[place], last}).named
    return any(map(named, shared))


def _amid_rows(
    segments: list[Segment],
    opened: list[int],
    place: int,
    headlines: list[int],
    resumes: Segment | None,
) -> bool:
    """Whether the box of `headlines` under the heading at `opened[place]` stands between
    two of the article's rows: an open line right above the heading and the open line
    the headlines stop at, neither of them a headline (a row, a label, a table's line).
    A box whose headlines run to the dump's end stands under the last row as sites print
    it after a table or a list: the row above decides alone (round 37, tune, own noise
    bodies: the boxes ending a timetable, a league table, a recipe)."""
    if not _LIST_MIN_HEADLINES <= len(headlines) <= _LIST_MAX_HEADLINES or place == 0:
        return False
    above = segments[opened[place - 1]]
    if above.label is not BODY or list_headline(above):
        return False
    if resumes is None:
        return headlines[-1] == opened[-1]
    return resumes.label is BODY and not list_headline(resumes)


def _rows_only(rest: list[Segment], headlines: int) -> bool:
    """Whether the article left once the boxes are set aside is rows of its own, written
    otherwise than a box's headlines (a schedule, a table, products, a league table):
    besides its first line (the title), `_ROWS_ONLY_MIN` lines or more, as many as the
    boxes' `headlines` at least, and none reading as a headline. Where the article's rows
    are headlines ("Northgate Athletic draw with Eastfield Town" in a list of results),
    a box's walk may take one, and those left say so. A headline-like line the next line
    carries on from in lower case is no title but a verse's or a sentence's first half
    ("I walk the wall where you once stood" / "and count the gulls …"), as
    `_no_titles_above` reads it: the walk stops before such a pair (`_goes_on_from_last`)."""
    lines = [s for s in rest if s.label is BODY][1:]
    if len(lines) < max(_ROWS_ONLY_MIN, headlines):
        return False
    return not any(
        list_headline(line) and not (after is not None and carries_on_in_lower_case(after))
        for line, after in zip(lines, [*lines[1:], None], strict=True)
    )


def _no_titles_above(
    segments: list[Segment], opened: list[int], place: int, boxed: set[int], titled_key: str
) -> bool:
    """Whether no headline-like line of the article's own stands among the
    `_LIST_CLEAR_BEFORE` open lines above the heading at `opened[place]`, once the
    dump's title and its copies right above the heading are passed over (a box right
    under the headline stands under no run of the article's titles: the lines above the
    title decide, when any) and a line ending with one of the headlines under the heading
    is left out (a teaser printed again, "See also ▸ <headline>", over the box holding it).
    """
    top = place
    while top > 0 and titled_key and segments[opened[top - 1]].key == titled_key:
        top -= 1
    # (A headline-like line the next line above the heading carries on from in lower
    # case is a sentence broken over lines, "Decorators in Python enable you to modify
    # the behavior of existing" / "functions without changing …": no title. Round 46,
    # tune: noise bodies 12 injected lines out, no body line lost.)
    return not any(
        list_headline(segments[opened[at]])
        and not _prints_a_headline_below(segments, opened, place, opened[at])
        and not (at + 1 < top and carries_on_in_lower_case(segments[opened[at + 1]]))
        for at in range(max(0, top - _LIST_CLEAR_BEFORE), top)
        if opened[at] not in boxed
    )


def _title_key(segments: list[Segment]) -> str:
    """The key of the dump's first line of text, its title in an article dump: that line,
    and a copy of it printed under it, are no titles of the article's own list, so a box
    right under them is not one put between such titles."""
    first = next((s for s in segments if s.label in TEXT_LABELS), None)
    return first.key if first is not None else ""


def _prints_a_headline_below(
    segments: list[Segment], opened: list[int], place: int, index: int
) -> bool:
    """Whether the line at `index`, above the heading at `opened[place]`, ends with one of
    the headline-like lines under the heading: a teaser printed again ("See also ▸
    <headline>" over the box that holds it), not a title of the article's own list."""
    key = segments[index].key
    return any(
        key.endswith(segments[i].key)
        for i in opened[place + 1 : place + 1 + _LIST_MAX_HEADLINES]
        if list_headline(segments[i])
    )


def _headlines_to_the_end(
    segments: list[Segment], opened: list[int], place: int, before: list[int]
) -> list[int]:
    """The open lines after the heading at `place` in `opened`, when they run to the
    dump's end and are `_LIST_MIN_HEADLINES` to `_LIST_MAX_HEADLINES` headlines of the
    looser shape a closing box prints (`_tail_headline`), and a paragraph stands among
    the open lines right `before` the heading; else none. (Section labels, dates and
    blurbs among them were tried: tune 10 lines more, 0 lost, but the test read lost
    article lines, bench/notes.md round 32.) Nothing of the article
    follows them, so a headline of theirs is no subheading of the article's; the topic
    test in `teaser_list` still decides. Without prose just above, the heading may be
    one of the article's own subheadings over the rest of them (a copy that kept its
    short lines only, a forum thread's titles): tune, `article_shapes`, 47 body lines."""
    if not any(is_paragraph(segments[i]) for i in before):
        return []
    rest = opened[place + 1 :]
    if not _LIST_MIN_HEADLINES <= len(rest) <= _LIST_MAX_HEADLINES:
        return []
    if not all(_tail_headline(segments[i]) for i in rest):
        return []
    return rest


def _tail_headline(segment: Segment) -> bool:
    """A headline as a closing box prints it: `_MIN_TAIL_HEADLINE_WORDS` to
    `HEADLINE_WORDS` words opening with a capital, not prose (a question or a line cut
    short may be), and no list's row, no address, no line announcing more ("…:")."""
    first = next((c for c in segment.text if c.isalpha()), "")
    return (
        segment.label is BODY
        and _MIN_TAIL_HEADLINE_WORDS <= segment.word_count <= HEADLINE_WORDS
        and (not reads_as_prose(segment) or asks(segment) or cut_short(segment))
        and not first.islower()
        and not segment.text.rstrip().endswith((":", "："))
        and not holds_contact(segment.text, segment.may_hold_digit)
        and LIST_ROW_ANY_NUMBER.match(segment.text) is None
    )


def _without_topic_tail(
    segments: list[Segment], box: list[int], shared: list[float], titled: frozenset[str]
) -> tuple[list[int], list[float]]:
    """The box without its last headlines that share a word of the article's own
    (`shared` over 0) while two before them at least share none: the article resuming
    with a line of its own (its subheading, "Es gibt drei Schichten der Lizenzen"), or
    the site's link to a story on its topic ("Lea: Consejo Permanente de OEA aborda …
    en Nicaragua"), which stays in the body, where it vetoed the whole box. Not when
    such a line shares a word with the title (`titled`): the headline printed again,
    under which the article starts, is the title rules' to find, and a box gone from
    above it changes what they read (tune, noise bodies: "Österreichs Tauchmesse in
    Tulln abgesagt" taken for the title). (Such a line sharing a third of its words at
    most was left in the box until round 45; with the headlines weighed by the
    article's own words (`SpecificWords.named`), two subheadings of a box-over-rows
    dump, one of four words, went with the box that way.)"""
    end = len(shared)
    while end > _LIST_MIN_HEADLINES and shared[end - 1] > 0:
        end -= 1
    if end == len(shared) or max(shared[:end]) > 0:
        return box, shared
    if any(not titled.isdisjoint(segments[i].content_words) for i in box[end + 1 :]):
        return box, shared
    return box[: end + 1], shared[:end]


def _box_between_rows(
    segments: list[Segment],
    opened: list[int],
    place: int,
    boxed: set[int],
    vocabulary: frozenset[str],
) -> list[int] | None:
    """The headlines under the worded heading at `opened[place]` put between two rows of
    the article's list or table: the row right above the heading is written as the line
    the headlines end at (`row_writing`: "8pm: Grand Designs" … "9pm: Gogglebox", "A Map
    of the Drowned Valley" … "Letters From a Quiet Border Town") or a paragraph, and no
    headline is written so; the list resuming says where the box ends, where
    `teaser_list` otherwise could not tell its headlines from the list's titles. Not in
    verse or a sentence going on in lower case. The box still has to be off the
    article's topic (`teaser_list`'s headline share). Tune: noise bodies 142 injected
    lines out (own 85, webeval 57), `article_shapes` 56, page dumps 3; no body line lost."""
    if opened[place - 1] in boxed:
        return None
    row = row_writing(segments[opened[place - 1]])
    if row[3] == "lower":
        return None
    cjk = is_cjk_heavy(segments[opened[place]].text)
    # Rows that name something (a team, a place) inside a sentence's writing resume
    # only with a line that names something too: a headline naming nothing is the box's.
    named = _names_inside(segments[opened[place - 1]])

    def resumes_list(line: Segment) -> bool:
        return row_writing(line) == row or is_paragraph(line)

    def box_headline(line: Segment) -> bool:
        return (
            (not resumes_list(line) or (named and not _names_inside(line)))
            and list_headline(line)
            and not worded_as_teaser_heading(line, vocabulary)
            and is_cjk_heavy(line.text) is cjk
        )

    run = headline_run(segments, opened, place, box_headline)
    if run is None:
        return None
    headlines, stop = run
    if stop is None or stop.label is not BODY or not resumes_list(stop):
        return None  # the dump ends, or a line that is neither row nor box headline
    if len(headlines) < _LIST_MIN_HEADLINES or goes_on_from(segments[headlines[-1]], stop):
        return None
    return headlines


def _names_inside(segment: Segment) -> bool:
    """Whether a line written as a sentence is (`row_writing`) capitalises a word after
    its first: a name, as the rows of results or stages print one ("Ourense y la subida
    al alto de Meda", "Northgate Athletic draw with Eastfield Town"), where a box's
    headline in the same writing may name nothing ("Las bolsas caen arrastradas por las
    tecnológicas"). (In German every noun is capitalised: rows naming nothing read so
    too, and `_box_between_rows` asks it only of rows that do.)"""
    if row_writing(segment)[3] != "sentence":
        return False
    words = segment.text.split()[1:]
    return any(w[:1].isupper() and w[:1].isalpha() and w != "I" for w in words)


def _one_topic(segments: list[Segment], lines: list[int]) -> bool:
    """Whether two of the lines share a content word: the article's own subheadings on
    its one topic ("Warum wir dieses Haus mögen", "Für wen passt dieses Haus"), where a
    box's headlines are each another story's."""
    seen: set[str] = set()
    for index in lines:
        words = segments[index].content_words
        if not seen.isdisjoint(words):
            return True
        seen.update(words)
    return False


def _under_a_subheading(
    segments: list[Segment], opened: list[int], place: int, boxed: set[int]
) -> bool:
    """Whether the heading at `opened[place]` stands under a paragraph of the article's
    prose that a headline-like line (its subheading, outside any other box) introduces."""
    if place < 2 or opened[place - 2] in boxed:
        return False
    return is_paragraph(segments[opened[place - 1]]) and list_headline(segments[opened[place - 2]])


def _under_a_lone_headline(
    segments: list[Segment], opened: list[int], place: int, boxed: set[int]
) -> bool:
    """Whether the heading at `opened[place]` stands under one headline-like line right
    under a paragraph: the article's next subheading ("Smarten Thermostaten die Steuerung
    überlassen"), the box put between it and its text, where a run of the article's
    titles would print two such lines at least. Read as `_under_a_subheading` is: the
    article's subheadings and paragraphs take turns, so the run's last line before more
    of the article stays and headlines sharing a word are its own (round 46, tune: noise
    bodies 16 injected lines out, one back; `loss_audit` sources 19 out; no body line
    lost)."""
    if place < 2 or opened[place - 2] in boxed:
        return False
    above = segments[opened[place - 1]]
    return (
        above.label is BODY and list_headline(above) and is_paragraph(segments[opened[place - 2]])
    )


def _between_subheading_and_text(
    segments: list[Segment], opened: list[int], place: int, vocabulary: frozenset[str]
) -> bool:
    """Whether the heading at `opened[place]` stands right under a headline-like line
    whose words the paragraph resuming after the box's two to five headlines takes up:
    that line is the article's subheading and the paragraph its text, and the box was put
    between them ("Shuttle buses across the river", the box, "Shuttle buses will cross the
    river …"). A list's title would be followed by its next title or row, not by a paragraph on
    its words. Asked where a headline-like line right above the heading vetoes a run of
    titles and no paragraph stands above that line (`_under_a_subheading`: the rows of a
    list, a line broken in two, a caption set aside); tune, noise bodies: 73 injected
    lines out, no body line lost."""
    above = segments[opened[place - 1]]
    if above.label is not BODY or not list_headline(above):
        return False
    run = headline_run(
        segments,
        opened,
        place,
        lambda line: list_headline(line) and not worded_as_teaser_heading(line, vocabulary),
    )
    if run is None:
        return False
    headlines, resumes = run
    return (
        resumes is not None
        and len(headlines) >= _LIST_MIN_HEADLINES
        and is_paragraph(resumes)
        and not above.content_words.isdisjoint(resumes.content_words)
    )


def _list_heading_places(
    segments: list[Segment], opened: list[int], vocabulary: frozenset[str]
) -> list[int]:
    """The places in `opened` of short lines worded as teaser headings: the few lines of
    a dump `teaser_list` looks under (one in thirty)."""
    places = []
    for place, index in enumerate(opened):
        line = segments[index]
        # (Not worded so: mostly words of its own, the heading of the article's section.)
        if 1 <= line.word_count <= MAX_HEADING_WORDS and worded_as_teaser_heading(line, vocabulary):
            places.append(place)
    return places
