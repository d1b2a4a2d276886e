"""People's and places' names, and the bylines that hold them: pure functions of a line.

Both sides read them: the HTML reader asks whether a line under the headline is a
byline (`readers/html_byline.py`) and whether an author element holds people's
names (`readers/html_authors.py`); the structure rules find the byline and the
dateline (`rules/structure.py`, `rules/datelines.py`), the teaser and caption rules
tell a list of people or places, and assembly takes the byline's names. Neither owns
them, so they live here, importing nothing from rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib.resources import files

from .document import phrase_form
from .lexicon import (
    DIGIT,
    MINUTES,
    MONTH,
    NEWS_AGENCIES,
    OTHER_MONTH_NAME,
    PICTURE_AGENCIES,
    READING_TIME,
    READING_TIME_LABEL,
    STAMP_CLOCK_AFTER,
    STAMP_DATE,
    STAMP_LABEL_BEFORE,
    UNCASED_LETTERS,
    with_capital_i_folds,
    without_accents,
)
from .patterns import class_first, longest_first_trie, lowered_apart, strings_of
from .phrases import WORDS_KEY, builtin_phrases

# Thresholds without a note were set before the webeval split (they came here from
# rules/structure.py with the functions that read them).
_MAX_BYLINE_WORDS = 14
"""A byline line has at most this many words (names, a role, a date)."""
NAME_PARTICLES = (
    "van",
    "von",
    "de",
    "da",
    "del",
    "der",
    "den",
    "di",
    "du",
    "la",
    "le",
    "bin",
    "al",
)
"""The lower-case words inside a person's name ("Ursula von der Leyen", "Verónica de
Vita", Afrikaans and French "Pieter du Toit"), which the name patterns here allow and the
byline rules do not weigh as words."""
_PARTICLE = "|".join(NAME_PARTICLES)
_NAME_WORD_FIRST = r"[A-Z\u00c0-\u00de\u0400-\u042f\u0386-\u03ab]"
_NAME_WORD_REST = r"[\w.'’-]"
_NAME_WORD = rf"{_NAME_WORD_FIRST}{_NAME_WORD_REST}*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}|{_NAME_WORD})){{0,3}}"
# (The lookahead names every character a separator can start with: the engine tries
# each position of a line, and most fail on it at once instead of on each alternative.)
_NAME_SPLIT_FORM = (
    r"(?=[\s,;&aAueyi])\s*(?:,|;|&|\b(?:and|And|AND)\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b"
    r"|\bog\b|\boch\b|\bκαι\b)\s*"
)
# The matches of `_NAME_SPLIT_FORM`, with the first character as a class of its own
# (`class_first`): after white space, any joiner; after ",", ";" or "&", itself; after a
# letter at a word's start (`(?<!\w[\s\S])`), the rest of its joining word.
_NAME_SPLIT = class_first(
    r"[\s,;&aAueyi]",
    r"(?:(?<=\s)\s*(?:,|;|&|\b(?:and|And|AND)\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b"
    r"|\bog\b|\boch\b|\bκαι\b)|(?<=[,;&])|(?<!\w[\s\S])(?:(?<=a)nd|(?<=A)(?:nd|ND)|(?<=u)nd"
    r"|(?<=e)t?|(?<=[yi]))\b)\s*",
)
_JOINER_WORDS = frozenset(("and", "And", "AND", "und", "et", "y", "e", "i", "og", "och", "και"))
"""The words `_NAME_SPLIT` cuts at, each only as a whole word (`\\b…\\b`); with ",", ";" and
"&", all it cuts at."""
_ASCII_JOINER_WORDS = frozenset(word.encode() for word in _JOINER_WORDS if word.isascii())
_ASCII_WORD_RUNS = bytes(
    code if chr(code).isalnum() or code == ord("_") else ord(" ") for code in range(256)
)
"""A `bytes.translate` table turning each ASCII character outside `\\w` into a space: the
words of what it gives, split at white space, are the line's runs of word characters."""
_NOT_WORD = re.compile(r"\W+")


def name_parts(text: str) -> list[str]:
    """`_NAME_SPLIT.split(text)`: the names of a line joined by commas or joining words.

    A line holding no ",", ";" or "&" and no run of word characters that is a joining
    word is one part, told so without the split, which tries its look-behinds at each
    space and vowel of the line (~21,000 instructions a line in the byline windows;
    round 57). The runs are read off a translated copy of an ASCII line (most), by
    `\\W+` off any other."""
    if "," not in text and ";" not in text and "&" not in text:
        if text.isascii():
            runs = text.encode().translate(_ASCII_WORD_RUNS).split()
            if _ASCII_JOINER_WORDS.isdisjoint(runs):
                return [text]
        elif _JOINER_WORDS.isdisjoint(_NOT_WORD.split(text)):
            return [text]
    return _NAME_SPLIT.split(text)


_FULL_NAME = re.compile(rf"^{_NAME}$")
# A capitalised word of a name, its parts joined by hyphens ("Engels-Krone") or after
# a prefix ("McDonald", "DeFino", "O'Callaghan"); Central European letters too ("Michał").
_NAME_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u03ac-\u03ce\u0430-\u045f'’."
_NAME_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0386-\u03ab\u0400-\u042f"
_TITLE_CASE_WORD = re.compile(
    rf"^(?:(?:Mc|Mac|De|Di|Da|La|Le|O['’]|D['’])?[{_NAME_UPPER}][{_NAME_LOWER}]+"
    rf"(?:-[{_NAME_UPPER}]?[{_NAME_LOWER}]+)*-?"
    rf"|{_PARTICLE}|[A-Z]\.)$"
)
# One name or several joined by a comma, "&" or "and", from the line's start: the names
# part of the forms below, which differ in what follows it.
_NAMES_HEAD = rf"^(?P<names>{_NAME}(?:\s*(?:,|&|and)\s*{_NAME})*)"
_NAME_PIPE_AGENCY = re.compile(rf"{_NAMES_HEAD}\s*\|\s*\S.*$")
# "Jane Doe, Reuters": a name and a wire or news agency, nothing else.
# The agencies and broadcasters that sign copy: a byline may end in one.
# (With the Baltic and Central and South-East European wires, which sign their copy
# after the name too: "Rūta Jankauskaitė, BNS", "Jana Nováková, TASR".)
_WIRE = (
    rf"{NEWS_AGENCIES}|CNN|BBC|NPR|Bloomberg News|Reuters Staff|"
    r"BNS|ELTA|LETA|ERR|TASR|SITA|ČTK|MTI|STA|HINA|Hina|Tanjug|Танјуг|BTA|БТА|Agerpres|"
    r"AGERPRES|PAP|MIA|МИА"
)
_NAME_COMMA_WIRE = re.compile(rf"{_NAMES_HEAD}\s*,\s*(?:{_WIRE})\.?$")
# A name's word may hold "and" ("Alexander") and "and" may join two names with no space
# ("JaneandJohn"), so `_NAMES_HEAD` reads a word glued to "and" both ways and, when the
# line's tail then fails, tries every split of every such word: 2ⁿ in the glued "and"s
# (a 110-character line of "XandXand…X x, Reuters" took a minute). With more than this
# many "and"s a line's names are first read once, right to left (`_names_list_read`),
# and the pattern asked only if they are names (it then has a reading to find: no such
# line found slow, tests/test_no_hang_names.py).
_GLUED_ANDS_BACKTRACKED = 8
_NAME_WORD_START = re.compile(_NAME_WORD_FIRST)
_NAME_WORD_RUNS = re.compile(rf"{_NAME_WORD_REST}+")
_SPACE_RUNS = re.compile(r"\s+")


def _head_may_read(text: str, names_end: int) -> bool:
    """False only if `_NAMES_HEAD` cannot read `text` up to `names_end` (its bar or its
    last comma) as names: the patterns that read names before that mark then fail too.
    A line with few "and"s is left to the pattern (True)."""
    if text.count("and", 0, names_end) <= _GLUED_ANDS_BACKTRACKED:
        return True
    return _names_list_read(text[:names_end].rstrip())


def _names_list_read(names: str) -> bool:
    """Whether `_NAMES_HEAD` reads the whole of `names` (no white space at its end), found
    right to left in one pass: at each place, whether the rest reads as the rest of a
    name of `words` words so far (`word_end`), and as a new name (`name_at`)."""
    size = len(names)
    run_end = list(range(size + 1))  # where the run of word characters from here ends
    for run in _NAME_WORD_RUNS.finditer(names):
        for place in range(run.start(), run.end()):
            run_end[place] = run.end()
    space_end = list(range(size + 4))  # where the white space from here ends
    for run in _SPACE_RUNS.finditer(names):
        for place in range(run.start(), run.end()):
            space_end[place] = run.end()
    # word_end[words][place]: a name's `words`-th word (1–4) may end here; glued[words][place]:
    # some "and" at or after `place` in its run of word characters may end that word
    word_end = [[True] * (size + 1) for _ in range(5)]
    glued = [[False] * (size + 2) for _ in range(5)]
    name_at = [False] * (size + 4)

    def word_from(place: int, words: int) -> bool:
        # a word from `place` ends at its run's end or just before an "and" inside the run
        return _NAME_WORD_START.match(names, place) is not None and (
            word_end[words][run_end[place]]
            or (place + 1 < run_end[place] and glued[words][place + 1])
        )

    for place in range(size - 1, -1, -1):
        after = space_end[place]
        joined = False
        if after < size:
            if names[after] in ",&":
                joined = name_at[space_end[after + 1]]
            elif names.startswith("and", after):
                joined = name_at[space_end[after + 3]]
        for words in range(1, 5):
            ends = joined
            if not ends and words < 4 and place < after < size:
                ends = word_from(after, words + 1) or any(
                    names.startswith(particle, after) and word_end[words + 1][after + len(particle)]
                    for particle in NAME_PARTICLES
                )
            word_end[words][place] = ends
            glued[words][place] = (ends and names.startswith("and", place)) or (
                place + 1 < run_end[place] and glued[words][place + 1]
            )
        name_at[place] = word_from(place, 1)
    return size > 0 and name_at[0]


_WIRE_NAMES = strings_of(re.compile(_WIRE))
"""Every wire's name `_WIRE` reads, as plain strings (none holds a comma or ends in a full
stop: tests/test_names_screens.py)."""


def _names_comma_wire(text: str) -> re.Match[str] | None:
    """`_NAME_COMMA_WIRE.match(text)`, asked only of a line whose text after its last comma,
    stripped of white space and of one full stop, is a wire's name: every match's is. The
    match alone backtracks over every capitalised word of the line before it fails at its
    end (~18,000 instructions a line with a comma in the byline windows; round 57)."""
    tail = text.rpartition(",")[2].strip()
    if (
        _WIRE_NAMES is not None  # (None if `_WIRE` ever reads more than plain names)
        and tail not in _WIRE_NAMES
        and not (tail.endswith(".") and tail[:-1] in _WIRE_NAMES)
    ):
        return None
    if not _head_may_read(text, text.rfind(",")):
        return None
    return _NAME_COMMA_WIRE.match(text)


# "Jane Doe | Reuters": the wire after a bar, as a page sets the name's link and the
# wire's label side by side.
_NAME_BAR_WIRE = re.compile(rf"{_NAMES_HEAD}\s*\|\s*(?:{_WIRE})\.?$")


def _names_bar_wire(text: str) -> re.Match[str] | None:
    """`_NAME_BAR_WIRE.match(text)`."""
    return _names_before_bar(_NAME_BAR_WIRE, text)


def _names_before_bar(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.match(text)`, for a pattern whose names (`_NAMES_HEAD`) end before the
    line's first bar: asked only of a line with a bar, whose names may read so."""
    if "|" not in text or not _head_may_read(text, text.find("|")):
        return None
    return pattern.match(text)


# The agency after the last name in a prefixed byline, with or without its comma ("By
# Jane Doe, Associated Press", "By JANE DOE and JOHN ROE Associated Press"): the agency
# is no author, and written like a name it would pass for one.
_WIRE_LAST = re.compile(rf"(?:^|\s+)(?:{_WIRE})\.?$")
# What may follow the names in a byline line: a date, a handle, a role after a bar, the
# story's code the Iranian news sites print beside the reporter ("کد خبر: ۴۵۸۲۱۳", "کد
# خبر ۶۱۲۳۴۵۶"; a label of any words before a number would take a name's last word:
# "von Lars Sobiraj Lesezeit: 4 Min.").
_BYLINE_TAIL = re.compile(
    r"\s*[|—–/@•·]\s*|\s+-\s+|\s+کد\s+خبر\b|\s+(?=\d)|(?<=[a-zà-ÿ])(?=\d{1,2}\.\d)|\s+last\s+(?=updated|modified)|\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d)|\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)|(?<=[a-zà-ÿ])(?=\d{4}-\d\d-\d\d)|"
    # A role glued to the name by a page's markup ("Evan HalperStaff Writer"): case counts.
    r"(?-i:(?<=[a-zà-ÿ])(?=(?:Staff |Senior |Contributing |Special )?(?:Writer|Reporter|Editor|Correspondent|Columnist)\b))|"
    # the label before an article's reading time ("Lesezeit: 4 Min."), where the names end
    r"\s+"
    + READING_TIME_LABEL
    + r"\b|\s+(?:am|on|vom|le|el|em|il|den|en|in|for|für|pour|para|updated|published|posted|veröffentlicht|erstellt|aktualisiert|publié|publicado|"
    r"actualizado|pubblicato)\b",
    re.IGNORECASE,
)
# `_BYLINE_TAIL` tried only where a match of it can open: a space, a bar or dash of its
# list, a digit (its look-behinds for a name glued to a date), or the capital of a role
# glued to the name (read with case heeded). Searched through every byline's names, the
# whole alternation was entered at every character (~4 M instructions per 100 dumps,
# round 58); the class skips the other characters in the engine's own scan. The match is
# one character, starting where `_BYLINE_TAIL`'s first match starts: what the cut needs.
_BYLINE_TAIL_AT = re.compile(r"[\s|—–/@•·\dSCWRE](?<=(?=(?i:" + _BYLINE_TAIL.pattern + r"))[\s\S])")
_GLUED_ADDRESS = re.compile(r"\s+[^\s@]+@[\w-]+\.")
"""A word holding an e-mail address after its first letters, in a byline's names: it ends
the names wherever it stands, with all after it ("By Jane Doe jdoe@paper.com Redakteurin").
Not `_CONTACT_TAIL`, which takes only the line's last words, and handles ("@janedoe") and
an "E-Mail" label too: a line of names may end in those (round 43)."""
# Chinese, Japanese and Korean names: two to four characters ("文/张三", "记者 李四").
_CJK_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff\uac00-\ud7af]{2,4}|[\u4e00-\u9fff]{1,3}[ \u3000]?[\u3040-\u30ff]{2,4})$"
)
"""A name after a prefix, in a script without case: two to four Han or Hangul letters, or
a Japanese surname in kanji and a given name in kana ("森川さやか")."""


def _korean_roles(mode: str) -> str:
    """ko.json's `byline_role` words of `mode` as an alternation: the one list of the
    Korean reporters' jobs, by where they stand (`line` the jobs that end names as other
    languages' do, `after_names` the job after a Korean byline's names, `wire` the job in
    a wire's bracket)."""
    return "|".join(re.escape(role) for role in builtin_phrases()["byline_role"][mode])


# "이지은 기자", "김민수·박서연 기자": the Korean papers' byline, the reporters' names (two to
# four Hangul letters, no case to mark them) and then their job, which is the evidence a
# prefix is elsewhere; the line holds nothing else.
_KOREAN_NAMES_ROLE = re.compile(
    r"^(?P<names>[\uac00-\ud7af]{2,4}(?:\s?[·,]\s?[\uac00-\ud7af]{2,4}){0,3})\s?"
    rf"(?:{_korean_roles('after_names')})$"
)
_KOREAN_NAME_SPLIT = re.compile(r"\s?[·,]\s?")
# A name in a script without capitals (Arabic, Hebrew, Devanagari, the other Indic
# scripts from Bengali to Malayalam and Sinhala with their joiners, Thai, Georgian, Ethiopic:
# "أحمد سامي", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "พิมพ์ชนก ศรีสุข", "ნინო ბერიძე"), two to four words of its
# letters: no case marks a name there, so only after a byline prefix ("كتب:", "ავტორი:").
_UNCASED_LETTERS = f"[{UNCASED_LETTERS}]"
_UNCASED_NAME = re.compile(rf"^{_UNCASED_LETTERS}{{2,}}(?: {_UNCASED_LETTERS}{{2,}}){{1,3}}$")
_BYLINE_BARS = re.compile(r"\s*(?:\||//|·|•)\s*")
_BAR = re.compile(r"\||//|·|•")
"""What every `_BYLINE_BARS` match holds: a line without one is one piece (most lines)."""
_BAR_LABEL_WORDS = 1
"""Beside the names and a date, a bar may hold a one-word label ("HR-Welt")."""
_STAMP_WORDS = 8
"""A line of at most this many words with a date or a time in it is a date line."""
_STAMP = re.compile(
    rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}:\d{{2}}|(?:19|20)\d\d|{MONTH}\.?\s+\d{{1,2}}"
    r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?(?:19|20)\d\d)"
)
# A date or a time after the names on a byline line: "Jane Doe, 03.11.2023", "Jane Doe 3/5/2022",
# "Jane Doe 04 de mayo 2022".
# (The first lookahead names every character the separator can start with, as
# `_NAME_SPLIT`'s does.)
_DATES = (
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?(?:19|20)\d\d\b"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b|(?:19|20)\d\d-\d\d-\d\d"
)
"""The dates a byline's line prints beside the names ("03.11.2023", "04 de mayo 2022",
"March 3, 2019", "2022-12-07"), as an alternation for `STAMP_TAIL` and `_STAMP_HEAD`.

Not `lexicon.STAMP_DATE`, on purpose: that one reads a stamp standing alone (a date-only
block, a line of facts), where only a named month tells a date from a line of text;
here the names and a separator have already placed the date, so any word of 3 to 12
letters may be its month ("12 мая 2022", "3 října 2021") and a numeric date any year
("3/5/1822"), but no ordinal ("January 13th, 2020") nor a comma after a day's month
("5. Januar, 2021"), which `STAMP_DATE` takes. One pattern for both would change
what each finds (`tests/test_stamp_twins.py`)."""
STAMP_TAIL = re.compile(
    r"(?=[,\s|·•–—/-])(?:,\s*|\s+|\s*[|·•–—/-]\s*)(?=" + _DATES + ")"
    # A date glued to the name: a page's machine date ("Jane Doe2022-12-07T10:10:52+01:00"),
    # or the printed one when the name's link and the <time> element are copied without
    # a space between ("Jane Doe3.11.2023", "Jane Doe22. Februar 2020"), its year of four
    # digits and no clock's ("28.09.1912:44" is the year 19 and 12:44).
    r"|(?<=[^\W\d_])(?=(?:19|20)\d\d-\d\d-\d\d"
    r"|(?:\d{1,2}[./]\d{1,2}[./]|\d{1,2}\.\s+[^\W\d_]{3,12}\s+)(?:19|20)\d\d\b(?!:))"
)
_DATE_DIGITS = re.compile(r"\d(?:\d\d\d|[./-]\d)")
"""What every date `STAMP_TAIL` finds holds: a year's four digits ("2022", "19xx" or
"20xx" there) or two digits either side of a dot, slash or dash ("03.11"). Searched
first, it is ~10x cheaper than `STAMP_TAIL`, which tries its look-arounds at every
position of the line, and only ~1 line in 10 it is asked about has one."""

# Weekdays, written out or cut short, in the languages whose bylines print one before
# the date: a cut at the date leaves the weekday on the names ("Heiko Sauer Do 9 Apr
# 2020" read as "Heiko Sauer Do", "Juan Pérez Viernes 22 abril, 2022"). Some are family
# names too ("Anh Do", "Plácido Domingo", "Billy Sunday", "Anna Lena Freitag", "Carlos
# Del Mar", "María del Mar"), so one is taken off only where two words of the names stay
# before it and the last of them may end a name: not a particle, nor a word written
# lower-case, nor a given name (then the weekday is the family name after it). The short
# forms that are common given or family names themselves are not listed: "Sun" (Chinese),
# "Thu" (Vietnamese, last in "Nguyen Thi Thu"), "Mar", "Sam", "Dom", "Gio"; their weekday
# stays on the names, a wrong name where the names are right without the list.
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thur thurs fri sat "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven dim "
    "lunes martes miércoles jueves viernes sábado domingo mié jue vie sáb "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica sab "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
)


def _without_weekday(names: str) -> str:
    """The names without a weekday after them, the first word of the date a cut took
    from their line (`_WEEKDAYS`), where two words stay and the word before it is no
    particle, lower-case word or given name ("José Luis Domingo", "María del Mar" keep
    theirs); else the names unchanged."""
    words = names.rstrip(" ,").split()
    if len(words) > 2 and words[-1].rstrip(".,").casefold() in _WEEKDAYS:
        before = words[-2].rstrip(",")
        if before[:1].islower() or before.casefold() in NAME_PARTICLES or is_given_name(before):
            return names  # the weekday is the family name: "Anna Lena Freitag"
        return " ".join(words[:-1]).rstrip(" ,")
    return names


# A date (and its time) before the names on a byline line: "19.6.2007 9:40 Uhr Jane Doe",
# "March 3, 2019 Jane Doe", "04 de mayo 2022 · Jane Doe". The date's forms are
# `STAMP_TAIL`'s (`_DATES`: their word boundaries change nothing here, where a separator
# or a space must follow); anchored at the line's start, so a name that opens the line
# never is one.
# A blog prints the date it was published and the date it was updated side by side, and
# a text dump glues them ("17/11/201917/11/2019 ~ Jane Doe", "1. November 20161. November
# 2016 Jane Doe": WordPress themes' two <time> elements, 16 tune page dumps): the first
# date is read without its word boundary when a second one follows at once.
_GLUED_DATE = (
    r"(?:" + _DATES.replace(r"\b", "") + r")(?=\d{1,2}[./-]|\d{1,2}\.?\s|[^\W\d_]{3,12}\.?\s+\d)"
)
_STAMP_HEAD = re.compile(
    r"(?:" + _GLUED_DATE + r")?(?:" + _DATES + r")"
    r"(?:,?\s+(?:um\s+|at\s+|à\s+|a\s+las\s+)?\d{1,2}[:.]\d\d(?:\s*(?:Uhr|h|[ap]\.?\s?m\.?))?)?"
    r"\s*[,|·•–—~-]?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
# A comment count after the names ("Jane Doe 71 Kommentare", "Jane Doe · 12 Comments"):
# the byline's line on many blogs and news sites links to the comments. An author box
# counts the author's posts the same way ("Jane Doe 300 posts", "Jane Doe 42 Beiträge").
_COMMENT_WORD = re.compile(
    r"comments?|kommentare?|commentaires?|comentarios?|commenti|"
    r"komentarz[ey]?|reacties|комментари[йяи]?|"
    r"posts?|articles?|beiträge?|artikel|artículos|entradas|articoli|artigos|artikelen|"
    r"artykuł(?:y|ów)?|стат(?:ья|ьи|ей)",
    re.IGNORECASE,
)
_COMMENT_TAIL = re.compile(rf"\s*[|·•–—-]?\s*\d+\s+(?:{_COMMENT_WORD.pattern})$", re.IGNORECASE)


def _without_comment_tail(text: str) -> str:
    """`_COMMENT_TAIL.sub("", text)`, asked only of a line whose last word is a
    `_COMMENT_WORD`: every match ends in one after white space (`\\s` is `str.split`'s
    white space, code point by code point) at the line's end or before its last line break.
    The sub alone, opening with `\\s*`, is tried at every position of the line (~40,000
    instructions a line with a digit; round 57)."""
    last = text.rsplit(maxsplit=1)
    if not last or _COMMENT_WORD.fullmatch(last[-1]) is None:
        return text
    return _COMMENT_TAIL.sub("", text)


# A time gone by after the names ("Jane Doe 3 hours ago", "Jane Doe · vor 2 Stunden", "Juan
# Pérez hace 3 horas"): news sites print the story's age where others print its date, and
# a saved page keeps it. Only a count and a unit of time with the language's word for
# "ago" around it, so a line of names and a number of anything else stays unread.
_TIME_AGO = (
    r"(?:\d{1,3}\s*(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|weeks?|months?)\s+ago"
    r"|vor\s+\d{1,3}\s+(?:minuten|stunden|tagen|wochen|monaten)"
    r"|hace\s+\d{1,3}\s+(?:minutos?|horas?|días?|semanas?|meses)"
    r"|il\s+y\s+a\s+\d{1,3}\s+(?:minutes?|heures?|jours?|semaines?|mois)"
    r"|há\s+\d{1,3}\s+(?:minutos?|horas?|dias?|semanas?|meses)"
    r"|\d{1,3}\s+(?:minuti|minuto|ore|ora|giorni|giorno|settimane|mesi)\s+fa"
    r"|\d{1,3}\s+(?:minuten|minuut|uur|dagen|dag|weken|maanden)\s+geleden"
    r"|\d{1,3}\s+(?:minut|minuty|godzin[ey]?|godzinę|dni|dzień|tygodni)\s+temu)"
)
_TIME_AGO_LABEL = (
    r"(?:(?:updated|published|posted|aktualisiert|veröffentlicht|actualizado|publicado|"
    r"publié|mis\s+à\s+jour|aggiornato|pubblicato)\s*:?\s+)?"
)
"""The label a time gone by may follow ("Updated 3 hours ago", "Aktualisiert vor 2
Stunden"), as a date may (`_LABELLED_STAMP`)."""
_TIME_AGO_TAIL = re.compile(
    r"\s*[,|·•–—-]?\s*" + _TIME_AGO_LABEL + _TIME_AGO + r"\.?$", re.IGNORECASE
)
_TIME_AGO_ALONE = re.compile(r"^\W*" + _TIME_AGO_LABEL + _TIME_AGO + r"\W*$", re.IGNORECASE)


_AGO_LAST = frozenset({"ago", "fa", "geleden", "temu"})
"""The word that ends a time gone by written count first ("3 hours ago", "3 ore fa")..."""
_AGO_FIRST = frozenset({"vor", "hace", "há", "a"})
"""... and the word before its count when written count last ("vor 3 Stunden", "il y a 3
heures"): the words looked at before `_TIME_AGO_TAIL`'s search, which most lines with a
digit do not end in and which would otherwise try each position of the line."""


def _may_end_in_time_ago(text: str) -> bool:
    """Whether a line's last or third-to-last word is one a time gone by ends or opens with."""
    words = text.rsplit(maxsplit=3)
    return len(words) >= 2 and (
        words[-1].rstrip(".").casefold() in _AGO_LAST
        or (len(words) >= 3 and words[-3].casefold() in _AGO_FIRST)
    )


def is_time_ago(text: str) -> bool:
    """A line that is only a time gone by ("3 hours ago", "vor 2 Stunden", "hace 3 horas"):
    the story's age, which a byline prints beside the name as it would a date."""
    return (
        DIGIT.search(text) is not None
        and _may_end_in_time_ago(text)
        and _TIME_AGO_ALONE.match(text) is not None
    )


# The forms of a byline's stamp line that `lexicon.DATE_ALONE` does not read (round 55's
# audit by form): the publication and the update on one line ("Publié le … à 07h00 -
# Mis à jour le … à 09h12", "05/06/2025 10h32 Atualizado há 2 horas"), a time gone by,
# and the Russian and Hindi names of the months ("14 марта 2025, 10:15", "अपडेटेड: 10
# मार्च 2025, 09:30 IST"). Apart from `DATE_ALONE`, whose other readers (a page's date
# line, a card's time, the title's search) were measured without these forms: read only
# beside a byline (`rules/structure.byline_date_stamp`). Each field is `DATE_ALONE`'s,
# a label, a date and its time with its zone ("4:12 PM UTC", "à 07h00"), from
# `lexicon`'s pieces (round 56; the time zone and the "h" clock were read here only
# before).
_BYLINE_DATE = rf"(?:{STAMP_DATE}|\d{{1,2}}\s+{OTHER_MONTH_NAME},?\s+(?:19|20)\d\d)"
_BYLINE_FIELD = rf"{STAMP_LABEL_BEFORE}(?:{_BYLINE_DATE}{STAMP_CLOCK_AFTER}|{_TIME_AGO})"
_BYLINE_STAMP = re.compile(
    rf"^\W*{_BYLINE_FIELD}(?:\s*(?:[-|·/,]\s*)?{_BYLINE_FIELD})?\W*$", re.IGNORECASE
)


def is_byline_stamp(text: str) -> bool:
    """A line that is only a stamp in the forms beside a byline `_BYLINE_STAMP` reads: one
    or two fields, each a date with its time (and the time's zone) or a time gone by,
    under a label or not."""
    return DIGIT.search(text) is not None and _BYLINE_STAMP.match(text) is not None


def _time_ago_after_names(text: str) -> bool:
    """Whether a line ends in a time gone by (`_TIME_AGO_TAIL`) after something else."""
    if DIGIT.search(text) is None or not _may_end_in_time_ago(text):
        return False
    found = _TIME_AGO_TAIL.search(text)
    return found is not None and found.start() > 0


# A date's label between the names and the date ("Jane Doe Published March 3, 2019",
# "Jane Doe · Veröffentlicht am 03.11.2023", "Jane Doe Updated 3:45 p.m. ET March 3"):
# where the names end, as a date right after them ends them (`STAMP_TAIL`).
# Not `lexicon.STAMP_LABEL`, which labels a stamp standing alone: after names the word
# before a date alone ("on", "am", "le") is enough to end them, and this list has Polish
# "zaktualizowano" and Dutch "gepubliceerd", "bijgewerkt"; that one has German "Stand"
# ("Stand: 03.11.2023"). One list for both would change what each finds
# (`tests/test_stamp_twins.py`).
_DATE_LABELS = (
    "updated",
    "published",
    "posted",
    "modified",
    "veröffentlicht",
    "aktualisiert",
    "erstellt",
    "publié",
    r"mis\s+à\s+jour",
    "actualizado",
    "publicado",
    "pubblicato",
    "aggiornato",
    "opublikowano",
    "zaktualizowano",
    "gepubliceerd",
    "bijgewerkt",
)
# or no label, only the word before a date: "Jane Doe on March 3, 2019", "am 03.03.2019"
_BEFORE_DATE = ("on", "am", "le", "el", "em", "il", "op")
_LABELLED_STAMP = re.compile(
    rf"\s*[,|·•–—-]?\s+(?:last\s+)?(?:{'|'.join(_DATE_LABELS + _BEFORE_DATE)})"
    rf"(?:\s+(?:{'|'.join(_BEFORE_DATE)}))?"
    r"\s*:?\s+(?=\d|[^\W\d_]{3,12}\.?\s+\d)",
    re.IGNORECASE,
)
_LABEL_FIRST_WORDS = frozenset(label.split(r"\s+")[0] for label in _DATE_LABELS + _BEFORE_DATE)
"""The first word of each label `_LABELLED_STAMP` reads: every match holds one as a word of
its own, white space before it and white space or a colon after it."""
_LABEL_LETTERS = frozenset("".join(_LABEL_FIRST_WORDS))
_LABEL_CASE_UNLIKE_CHAR = lowered_apart(_LABEL_LETTERS)
"""The characters the engine, case ignored, takes for a letter of the labels that
`str.lower` does not turn into it ("İ", "ı", "ſ"); a line holding one is searched as before
(a class searched: `frozenset.isdisjoint` of a line hashes each of its characters)."""


def _labelled_stamp(text: str) -> re.Match[str] | None:
    """`_LABELLED_STAMP.search(text)`, asked only of a line that holds one of the labels'
    first words, lower-cased, as a word between white space or before a colon: every match
    does. The search alone opens with `\\s*` and is tried at every position of the line
    (~39,000 instructions a line with a digit; round 57)."""
    if (
        text.isascii() or _LABEL_CASE_UNLIKE_CHAR.search(text) is None
    ) and _LABEL_FIRST_WORDS.isdisjoint(text.lower().replace(":", " ").split()):
        return None
    return _LABELLED_STAMP.search(text)


def stamp_head(text: str) -> re.Match[str] | None:
    """The date (and time) that opens a line of names ("19.6.2007 9:40 Uhr Jane Doe"), or
    None, without the search through a line that holds none of a date's digits."""
    if _DATE_DIGITS.search(text) is None:
        return None
    return _STAMP_HEAD.match(text)


def dated_names(text: str) -> bool:
    """Whether a line of names carries a date: after them (`stamp_tail`), before them
    (`stamp_head`) or in a piece between bars (`dated_piece`); or the time gone by since
    the story was posted after them ("Jane Doe 3 hours ago", `_TIME_AGO_TAIL`)."""
    return (
        stamp_tail(text) is not None
        or stamp_head(text) is not None
        or dated_piece(text) is not None
        or _time_ago_after_names(text)
    )


def stamp_tail(text: str) -> re.Match[str] | None:
    """`STAMP_TAIL.search(text)`: where the names before a date end ("Jane Doe, 03.11.2023"),
    without the search through a line that holds none of a date's digits."""
    if _DATE_DIGITS.search(text) is None:
        return None
    return STAMP_TAIL.search(text)


_BRACKETED_TAIL = re.compile(r"\s*\([^()@]*\)$")
"""A role or an agency in brackets after the names: "Jane Doe (Medizinredakteurin)".
Not a handle: "— Jane Doe (@janedoe) October 27, 2021" signs a tweet quoted in the article."""
_BRACKETED_WIRE = re.compile(rf"\s*\((?:{_WIRE})\)$")
"""A wire or news agency in brackets after a prefixed byline's names: "By Jane Doe (AFP)".
Not any bracket: "Von Jane Doe (Hrsg.)" or a photographer's "(Getty)" stays unread."""
_CONTACT_TAIL = re.compile(r"(?:\s+(?:\S+@\S+\.[a-z]{2,}|@\w{2,}|e-?mail))+$", re.IGNORECASE)
"""E-mail addresses or handles ending a line of names, or an author box's link to write
to the author, printed as its label ("Jane Doe E-Mail")."""
_CONTACT_MARK = re.compile(r"@|e-?mail", re.IGNORECASE)
"""What every `_CONTACT_TAIL` match holds, under the same flags: a line without one (most)
skips its search, which tries white space then a word at every space of the line."""
_MAIL_CASE_UNLIKE_CHAR = lowered_apart(frozenset("mail"))
"""The characters the engine, case ignored, takes for a letter of "mail" that `str.lower`
does not turn into it ("İ", "ı")."""


def _holds_contact_mark(text: str) -> bool:
    """Whether `_CONTACT_MARK` occurs in `text`: an "@", or "mail" in the lower-cased line
    before the search (every "e-mail" holds it). The case-blind search alone is tried at
    every position of the line (~8,000 instructions a line in the byline windows; round
    57); a line with a character `str.lower` reads apart from the engine is searched."""
    if "@" in text:
        return True
    if (
        text.isascii() or _MAIL_CASE_UNLIKE_CHAR.search(text) is None
    ) and "mail" not in text.lower():
        return False
    return _CONTACT_MARK.search(text) is not None


# Words of kickers, labels and a politician's rank that stand near a headline in
# the form of a name ("Top Story", "Foto Galerie", "Rep. Mark Meadows").
_NOT_NAME_WORDS = frozenset(
    "top story stories news breaking live update updated exclusive video videos photo photos "
    "foto fotos fotografie photography gallery galerie bilder audio podcast "
    "rep. sen. gov. president präsident minister".split()
)
# Words that end the name of a publisher, a firm or a body, not a person's ("Nordhafen
# Verlag", "Kiesel Stiftung", "Harbour Media Group"): many sites name their publisher
# where a byline stands.
_ORGANISATION_WORDS = frozenset(
    "verlag verlags foundation stiftung gmbh inc inc. ltd ltd. llc media medien group gruppe "
    "association verband verein society institute institut university universität "
    "ministry ministerium council".split()
)
# Prefixes that open family names ("Di Maio", "De Niro", "Da Silva"): a line opening
# with one may be a bare name.
_FAMILY_NAME_PARTICLES = frozenset("di de da".split())
# Words no name has: a line with them is a phrase ("Share this", "Leave a Comment").
_FUNCTION_WORDS = frozenset(
    "the a an and or of to in on at for with from is are this that our your my "
    "die das und oder ein eine zu im mit für ist les un une et ou pour avec "
    "los las para con il lo gli per".split()
)


def _data_list(name: str) -> Mapping[str, None]:
    """The lines of a list in articleclean/data/, without its comment lines, as the keys of
    a dict. Only asked whether it holds a word: a dict of strings alone is left untracked by
    the garbage collector, where a frozenset is a container each full collection walks
    entry by entry (the given names' 32,098 and the places' 17,153 were four fifths of
    the entries of all sets it walked: round 50)."""
    text = files("articleclean").joinpath("data", name).read_text(encoding="utf-8")
    return dict.fromkeys(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _given_names() -> Mapping[str, None]:
    """Given names of many languages (data/given_names.txt, from Faker), read on first use."""
    return _data_list("given_names.txt")


def is_given_name(word: str) -> bool:
    """A person's given name in one of many languages ("Tom", "Maciej", "Verónica"); a
    name the list holds only without its accents counts too ("Nuño" as "Nuno")."""
    key = word.strip(".,").casefold()
    names = _given_names()
    if key in names:
        return True
    return not key.isascii() and without_accents(key) in names


def opens_with_given_name(name: str) -> bool:
    """Whether a name's first word is a known given name ("Jane Doe", "Tom Arnold"; not
    "Climate Change"): what a byline's or a credit's name needs. Callers that strip
    other things first (titles, brackets) ask `is_given_name` of the word they keep."""
    first = name.split(maxsplit=1)
    return bool(first) and is_given_name(first[0])


@lru_cache(maxsize=1)
def _places() -> Mapping[str, None]:
    """The gazetteer (data/places.txt, from GeoNames), read on first use."""
    return _data_list("places.txt")


def is_known_place(name: str) -> bool:
    """A city (50,000+ people), country, capital or US state, case-folded; accents optional."""
    name = " ".join(name.split()).strip(" .,")
    places = _places()
    if name in places or f"{name}." in places:
        return True
    # Turkish's dotted capital I case-folds to "i" and a combining dot ("İZMİR" to
    # "i̇zmi̇r"), which the list's names, folded from lower case, lack. A name printed
    # with it is Turkish, so its undotted "I" stands for "ı", which folds to "i" in the
    # same capitals ("DİYARBAKIR" to "di̇yarbakir", the list's "diyarbakır").
    if "\u0307" not in name:
        return False
    undotted = name.replace("\u0307", "")
    return undotted in places or undotted in _places_with_dotless_i_as_i()


@lru_cache(maxsize=1)
def _places_with_dotless_i_as_i() -> Mapping[str, None]:
    """The gazetteer's names that hold a dotless "ı", each with it written "i" (a dict, as
    `_places` is: see the README's caches)."""
    return dict.fromkeys(place.replace("ı", "i") for place in _places() if "ı" in place)


# Texts whose byline answers `_bare_names_of`, `_parse_byline_of` and
# `_prefixed_byline_of` keep. The byline rules ask the same lines again and again, each
# search of their windows in turn (`page_byline`, `byline_line`: about a fifth of the
# calls on callgrind's 60 dumps repeat a text already asked in the same document), and
# a site's menu lines recur from one dump to the next. The answers are pure functions
# of the text.
_BYLINE_ANSWERS_KEPT = 4096


def prefixed_byline(text: str, may_hold_digit: bool = True) -> bool:
    """ "By Jane Doe", "Por Gustavo E. Méndez", "1.11.23 20:19 von Jane Doe": a prefix
    (perhaps after a date), then names. `may_hold_digit`: False when `text` is known to
    hold no decimal digit (a segment's `may_hold_digit`), as `parse_byline`'s.
    (Answered from `_prefixed_byline_of`'s cache, as `parse_byline` is.)"""
    found = _prefixed_byline_of(text, may_hold_digit)
    if found is _ASK_LANGUAGE:
        return _prefixed_byline_of.__wrapped__(text, may_hold_digit, False)
    return found


@lru_cache(maxsize=_BYLINE_ANSWERS_KEPT)
def _prefixed_byline_of(
    text: str, may_hold_digit: bool, screen: bool = True
) -> bool | _AskLanguage:
    """`prefixed_byline`'s answer, kept by text; `_ASK_LANGUAGE` (kept) for a line whose
    answer hangs on the document's language (`_opens_own_prefix`), when `screen`."""
    if _one_ascii_word(text):
        return False  # (no names after a prefix: `_one_ascii_word`)
    if screen and _opens_own_prefix(text):
        return _ASK_LANGUAGE
    # A line `parse_byline` turns down for its length is none: asked first, it spares a
    # paragraph the case-blind search of prefixes through the whole of it.
    if too_long_for_byline(text):
        return False
    return (
        strip_byline_prefix(text) is not None
        or prefix_after_stamp(text, may_hold_digit) is not None
    ) and parse_byline(text, may_hold_digit) is not None


def _one_ascii_word(text: str) -> bool:
    """Whether `text` is one ASCII word, no space in it (a sufficient test: a word with
    white space around it is read as before): `parse_byline` reads no names in it, so
    `prefixed_byline` takes it for none either. Every name it keeps is two words or more,
    or Han, Hangul or kana letters (`_CJK_NAME`), or the Korean form's (which needs
    Hangul), and each step of the reading cuts the line, title-cases ASCII or joins its
    words again with one space: none makes two words of one. (Over a quarter of the lines
    those two read for the first time on page dumps are such menu words: "Home", "Share".)"""
    # (the space first: most lines asked hold one, found at once, with no copy made)
    return " " not in text and text.isascii() and len(text.split(maxsplit=1)) < 2


def _after_kind_and_prefix(text: str) -> str | None:
    """The names after a capitalised word and a one-word prefix ("Kommentar von Jane
    Doe", "Video von Jane Doe", "Camino von Jane Doe"), or None: the word is no given
    name (not "Ursula von der Leyen") and no other contributor's credit ("Fotos von …",
    `is_credit`), the names open with a known given name. Read as bare names, the word
    would join the name ("Kommentar von Jane Doe" as one person's): `bare_names` refuses
    the line. Not a byline's form either (round 41: of the tune page dumps' lines of this
    form, none is the author's byline: a video's or a tweet's credit, a book and its
    author, a narrator "Leído por …", an archive link "Alles von …")."""
    words = text.split(maxsplit=2)
    if (
        len(words) < 3
        or words[1].casefold() not in _prefix_words()
        or not words[0].isalpha()
        or not words[0][:1].isupper()
        or is_given_name(words[0])
        or not opens_with_given_name(words[2])
        or is_credit(text)
    ):
        return None
    return words[2]


def is_stamp(text: str) -> bool:
    """A short line with a date or a clock time: "05 maja 2021", "21 de abril de 2022, 14:32"."""
    return len(text.split()) <= _STAMP_WORDS and _STAMP.search(text) is not None


# A reading time beside the names and the date ("Jane Doe · 5 min read · Mar 3, 2019",
# "Lesezeit: 4 Min."): the article's facts, as a date is, and no name.
_READING_TIME = re.compile(rf"^{READING_TIME}$", re.IGNORECASE)


_DURATION_ALONE = re.compile(rf"^{MINUTES}$", re.IGNORECASE)
"""A duration with no word of reading ("45 Min."): a recipe's or a video's, as often."""


def is_reading_time(text: str) -> bool:
    """A line that is only a reading time ("5 min read", "Lesezeit: 4 Min."): a byline's
    fact as a date is, printed on a line of its own beside the name. Not a duration
    alone ("45 Min.", "28 min"), which a recipe's or a programme's list prints too."""
    line = text.strip()
    return _READING_TIME.match(line) is not None and _DURATION_ALONE.match(line) is None


def _stamp_piece(piece: str) -> bool:
    """A piece of a byline's line between bars that is a date, a time or a reading time."""
    return is_stamp(piece) or _READING_TIME.match(piece.strip()) is not None


def dated_piece(text: str) -> str | None:
    """The one piece of a line cut by bars that is not a date or a short label, when a
    date stands among the others: "04.02.2022 | 15:33 Uhr | Jonas Wehrle",
    "21. Jan 2022 // Dominik Ricker", "Arne Sjöström | 29. Dezember 2022 | HR-Welt"."""
    if _BAR.search(text) is None:
        return None  # one piece at most
    pieces = [piece for piece in _BYLINE_BARS.split(text) if piece.strip()]
    if len(pieces) < 2:
        return None
    stamps = [piece for piece in pieces if _stamp_piece(piece)]
    rest = [piece for piece in pieces if not _stamp_piece(piece)]
    if not stamps or not rest:
        return None
    wordy = [piece for piece in rest if len(piece.split()) > _BAR_LABEL_WORDS]
    if len(wordy) > 1:
        return None
    return (wordy or rest)[0]


_BARE_NAME_MIN_WORDS = 2
_BARE_NAME_MAX_WORDS = 4
"""A bare name has this many words, each capitalised or a particle ("Jane Doe", "Maria
del Carmen Ruiz"); the byline rules take one alone without a date of at most three
(`rules/structure._BARE_NAME_WORDS`)."""


def bare_names(text: str) -> list[str] | None:
    """The names of a byline without a prefix, perhaps followed by a date ("Jane Doe",
    "Jane Doe und John Roe", "Jane Doe, 03.11.2023 15:32 Uhr"), or None. Pure.

    Each name is two to four capitalised words; a line that names a place, a role, or a
    phrase of page furniture is not one. (Answered from `_bare_names_of`'s cache: a
    fresh list each time, the caller's own.)"""
    names = _bare_names_of(text)
    return None if names is None else list(names)


_TWO_ASCII_CAPITALS = re.compile(r"[A-Z][^A-Z]*[A-Z]")
_ASCII_DIGIT = re.compile(r"[0-9]")
# `_bare_names_of`'s character tests, each one search of the line before a call of
# `str.isupper` or `str.isdigit` per character: of ASCII characters these two classes
# are exactly the ones those calls take, so an ASCII line (most) needs no other test,
# and a line the search answers for needs none either.


@lru_cache(maxsize=_BYLINE_ANSWERS_KEPT)
def _bare_names_of(text: str) -> tuple[str, ...] | None:
    """`bare_names`' answer, kept as a tuple (no caller can change the kept one)."""
    if _more_words_than(text, _MAX_BYLINE_WORDS) or not _more_words_than(
        text, _BARE_NAME_MIN_WORDS - 1
    ):
        # (A line of one word holds no name of two: what follows only cuts the line and
        # turns a name's words about, and asks each name for two words. A third of the
        # lines asked on page dumps are such menu words: "Home", "Sport", "Kontakt".)
        return None
    if _TWO_ASCII_CAPITALS.search(text) is None and (
        text.isascii() or sum(map(str.isupper, text)) < _BARE_NAME_MIN_WORDS
    ):
        # (A name's first and last words open with capitals, and no step below makes a
        # capital: each cuts, splits or joins the line's own characters, or turns a word
        # in capitals to title case, which keeps a capital or lowers it. A third of the
        # lines of two words or more asked in the byline windows hold one capital or
        # none: "Jetzt buchen", "Please enter your name here".)
        return None
    whole = text
    dated = dated_piece(text)
    if dated is not None:
        text = dated
    # (After the pieces between bars are weighed: a count among them is one more label,
    # which keeps a category's piece from being taken for the names.)
    if DIGIT.search(text) is not None:  # (most lines asked hold no digit)
        text = _without_comment_tail(text)
        if _may_end_in_time_ago(text):
            text = _TIME_AGO_TAIL.sub("", text)
        head_stamp = stamp_head(text)
        if head_stamp is not None:
            text = text[head_stamp.end() :]
        labelled = _labelled_stamp(text)
        if labelled is not None and is_stamp(text[labelled.start() :]):
            text = text[: labelled.start()]
    # (Every date `STAMP_TAIL` finds holds a date's digits: a line without them, most,
    # skips its search, which is tried at every position of the line.)
    if _DATE_DIGITS.search(text) is not None:
        cut = STAMP_TAIL.split(text, maxsplit=1)[0]
        text = text if cut == text else _without_weekday(cut)
    stamped = text != whole  # a date, a time or an age cut from the line
    head = text.strip(" ,|·–—-/")
    # The author's address or handle after the name ("Jane Doe jdoe@paper.com") is how
    # to reach them, not part of the name.
    # (each searched only in a line holding what every match of it holds: most lines do not)
    if _holds_contact_mark(head):
        head = _CONTACT_TAIL.sub("", head)
    if ")" in head:
        head = _BRACKETED_TAIL.sub("", head)
    # (`map`: no generator frame per character; `str.isdigit` as before, after
    # `_ASCII_DIGIT`'s one search)
    if (
        not head
        or _ASCII_DIGIT.search(head) is not None
        or (not head.isascii() and any(map(str.isdigit, head)))
        or is_known_place(head.casefold())
    ):
        return None
    if _BAR.search(head) is not None:
        # "Jane Doe | Reporter": a role after a bar ends the names, as after a comma
        pieces = _BYLINE_BARS.split(head)
        if len(pieces) == 2 and pieces[1].split() and _role_piece(pieces[1].split()):
            head = pieces[0]
    if "," not in head and _more_words_than(head, _BARE_NAME_MIN_WORDS):
        # "Jane Doe Senior Reporter": a role right after the name ends it, as after a comma
        words = head.split()
        at = _role_tail_at(words)
        if at is not None:
            head = " ".join(words[:at])
    first = head.split(maxsplit=1)
    if first and first[0].casefold() in _prefix_words():
        return None  # a prefixed byline `parse_byline` turned down is no bare name
    if _after_kind_and_prefix(head) is not None:
        return None  # "Kommentar von Jane Doe", "Video von Jane Doe": not one name
    if is_credit(head):
        return None  # "Präsentiert von Hans Weber": a sponsor's credit, not one name
    names: list[str] = []
    for part in name_parts(head):
        part = given_name_first(_undoubled(part.strip(" .")))
        if stamped and part.isupper():
            # A name in capitals beside its date ("JANE DOE 03.11.2023"): the date
            # says it is a byline's; alone in capitals, a section's or a menu's label
            # ("EL PAÍS", "HARRIS COUNTY") opens with a given name as often.
            part = _capitals_titled(part)
        words = part.split()
        if words and words[-1].casefold() in _ORGANISATION_WORDS:
            return None  # "Nordhafen Verlag": a publisher, not a person
        if names and words and _role_piece(words):
            # "Jane Doe, Staff Attorney, …", "Jane Doe, Political Editor": the role ends
            # the names
            break
        if not _BARE_NAME_MIN_WORDS <= len(words) <= _BARE_NAME_MAX_WORDS or not all(
            _TITLE_CASE_WORD.match(w) for w in words
        ):
            return None
        if not words[0][:1].isupper() or not words[-1][:1].isupper():
            return None  # "Jane de" is cut short; "de la Cruz" has no given name
        if phrase_form(part) in _page_phrases() or any(
            w.casefold() in role_words()
            or w.casefold() in _FUNCTION_WORDS
            or w.casefold() in _NOT_NAME_WORDS
            for w in words
        ):
            return None
        names.append(part)
    return tuple(names) or None


def _undoubled(part: str) -> str:
    """A name the line prints twice in a row ("Jane Doe Jane Doe": an author's picture's
    text and the name's link, copied side by side) as the name once; any other part as
    it is. Two words a half at least: "Jane Jane" may be a name."""
    if part.count(" ") < 3:  # (fewer than four words: no name twice)
        return part
    words = part.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


def _capitals_titled(part: str) -> str:
    """A name printed all in capitals ("JANE DOE", "JEAN-PIERRE DUPONT") in the case the
    other names have, when its first word is a known given name; any other text as it
    is (a section or a menu item in capitals, "BREAKING NEWS", opens with none; a wire's
    name, "EFE EFE", is no person's). A page's
    style sheet sets a byline in capitals as often as a heading, and the dump keeps them."""
    words = part.split()
    if (
        not part.isupper()
        or not _BARE_NAME_MIN_WORDS <= len(words) <= _CAPITALS_WORDS
        # "EFE EFE", "AP PHOTO": a wire's name, printed twice or beside another word
        or len(set(words)) < len(words)
        or any(_WIRE_WORD.match(word) for word in words)
    ):
        return part
    titled = part.title()
    return titled if opens_with_given_name(titled) else part


_WIRE_WORD = re.compile(rf"^(?:{_WIRE})$")
_CAPITALS_WORDS = 3
"""Words of a name in capitals at most ("JANE MARIE DOE"): a longer line in capitals is
a heading more often than a name."""


_STAMP_ROW_NAME_WORDS = 3
"""Words of a bare name in a stamp row's rest at most ("Jane Marie Doe"), as a bare
byline alone (`rules/structure._BARE_NAME_WORDS`)."""


def stamp_row_names(text: str) -> list[str] | None:
    """The people what a row of the page's facts prints once its dates are gone names
    ("| von Inga Buller", "MARTINA BERG": `html_stamp_row_byline`), or None: a prefixed
    byline, or names alone of two or three words each, opening with a known given name
    that is no place's. The row held the date the name stood beside, so a name in
    capitals reads as one beside its date does (`_capitals_titled`); the separator the
    date left at either end is none of the name's."""
    head = text.strip(" ,|·•–—-/")
    if not head:
        return None
    names = parse_byline(head)
    if names is not None:
        return names
    names = bare_names(_capitals_titled(head))
    if names is None or not all(
        len(name.split()) <= _STAMP_ROW_NAME_WORDS
        and opens_with_given_name(name)
        and not is_known_place(name.split()[0].casefold())
        for name in names
    ):
        return None
    return names


def given_name_first(part: str) -> str:
    """A name printed family name first in capitals ("DOE Jane", "DUPONT Jean-Pierre")
    turned to the order the other names have ("Jane Doe"); any other text as it is, and so
    are "LI Wei" and "DE LA CRUZ Ana", whose two-letter capitals read as acronyms
    (`_FAMILY_LETTERS`).
    The capitals mark which word is the family name, and a known given name must follow
    them, so a section in capitals before a word ("NEWS Today") stays as it is; nor is an
    acronym before a place or a second word a family name ("THW Kiel", "FC Carl Zeiss
    Jena", "CC-BY-NC-ND Doris Schuppe": tune lines)."""
    words = part.split()
    if not 2 <= len(words) <= _BARE_NAME_WORDS_MOST or not words[0].isupper():
        return part
    split = next((i for i, word in enumerate(words) if not word.isupper()), len(words))
    family, given = words[:split], words[split:]
    if (
        not given
        or not all(map(is_given_name, given))  # "Jane", "Jane Marie"; not "Doris Schuppe"
        or not all(_TITLE_CASE_WORD.match(word) for word in given)
        or is_known_place(given[0].casefold())
        or not all(
            len(piece) >= _FAMILY_LETTERS and piece.isalpha()
            for word in family
            for piece in word.split("-")
        )
        # (a family name may be a given name too, "BROWN Michael": the capitals tell)
        or any(_common_word(word) for word in family)
    ):
        return part
    return " ".join([*given, *(word.title() for word in family)])


_FAMILY_LETTERS = 3
"""Letters of each word of a family name in capitals at least: two-letter capitals before a
word are mostly acronyms ("FC Chelsea", "TV Genie", "LG Steffi": tune lines)."""
_BARE_NAME_WORDS_MOST = 4
"""Words of a name in `bare_names` ("Ana María de la Cruz" has five: not printed this way)."""


def _common_word(word: str) -> bool:
    """A word that makes a piece of text no name: a role, a function word, "News"."""
    key = word.casefold()
    return key in role_words() or key in _FUNCTION_WORDS or key in _NOT_NAME_WORDS


_ROLE_PIECE_WORDS = 4
"""Words of a role after the names and a comma ("Jane Doe, Chief Political Correspondent")."""


def _role_piece(words: list[str]) -> bool:
    """A short piece after the names that opens or ends with a role: "Staff Attorney",
    "Political Editor", "Chief Political Correspondent", "Redakteur für Wirtschaft"."""
    return len(words) <= _ROLE_PIECE_WORDS and (
        words[0].casefold() in role_words() or words[-1].casefold().strip(".") in role_words()
    )


_ROLE_MODIFIERS = frozenset(
    "staff senior chief contributing special deputy associate executive managing freelance "
    "political foreign national international investigative sports business science health "
    "technology education environment climate crime courts arts culture entertainment "
    "leitender leitende freier freie stellvertretender stellvertretende".split()
)
"""Words that open a job before its role word ("Senior Reporter", "Political Editor",
"Leitende Redakteurin"): where a role printed after the names without a comma starts, so
that "Jane Doe Political Editor" gives "Jane Doe", not "Jane Doe Political"."""
_GROUP_ROLES = frozenset(
    "team staff desk bureau redaktion redacción rédaction redazione redação editors writers "
    "reporters correspondents moderators photographers".split()
)
"""Role words that name a group ("Jane Doe Team", "Sports Desk"): after a name with no comma
they name the person's team or firm, not the writer's job ("Staff Writer" is a job: a
modifier before one)."""


def _role_tail_at(words: list[str]) -> int | None:
    """Where a role printed after the names without a comma or a bar starts ("Jane Doe
    Senior Reporter", "Hans Müller Redakteur für Wirtschaft": the page's markup set the job
    in its own element, and the dump joined them): the first word from the third on that
    is a role word or a modifier before one, the rest a role piece (`_role_piece`); or None.
    Not from the first two words: a name has at least two; and not after words no name has
    ("Letters to the Editor")."""
    # (A role piece has at most `_ROLE_PIECE_WORDS` words, one of them a role word: the
    # line's last few words are looked at first, and most lines asked have none.)
    count = len(words)
    first = max(_BARE_NAME_MIN_WORDS, count - _ROLE_PIECE_WORDS)
    if first >= count or role_words().isdisjoint(
        word.casefold().strip(".") for word in words[first:]
    ):
        return None
    if any(word.casefold() in _FUNCTION_WORDS for word in words[1 : first - 1]):
        return None
    for at in range(first, count):
        if words[at - 1].casefold() in _FUNCTION_WORDS:
            return None
        key = words[at].casefold().strip(".")
        if (
            (key in role_words() or key in _ROLE_MODIFIERS)
            and _role_piece(words[at:])
            and words[-1].casefold() not in _GROUP_ROLES
            and (key in _ROLE_MODIFIERS or key not in _GROUP_ROLES)
        ):
            return at
    return None


_NOT_WRITERS = frozenset("photographer photographers producer moderator moderators".split())
"""Role words of people who did not write the piece ("By Photographer Jane Doe")."""


def _role_head_end(words: list[str]) -> int | None:
    """Where the names start after a job printed before them ("Senior Correspondent Jane
    Doe", "Redakteurin Jane Doe", after a byline's prefix): after modifiers and one role
    word that names no group, at least two words before the line's end; or None."""
    at = 0
    while at < len(words) and words[at].casefold() in _ROLE_MODIFIERS:
        at += 1
    if at == len(words):
        return None
    key = words[at].casefold().rstrip(":,")
    if key not in role_words() or key in _GROUP_ROLES or key in _NOT_WRITERS:
        return None
    return at + 1 if len(words) - at - 1 >= _BARE_NAME_MIN_WORDS else None


def role_after_names(text: str) -> bool:
    """Whether a line of names ends in a role after a comma or a bar ("Jane Doe, Political
    Editor", "Hans Müller, Redakteur", "Jane Doe | Reporter") or right after them ("Jane
    Doe Senior Reporter"): a job beside the name, as a date beside it is, says the line is
    a byline."""
    if "," not in text and "|" not in text:
        # "Jane Doe Senior Reporter": the role after the names with no comma (the role's
        # words first: most lines asked have none, and skip reading the names)
        return _role_tail_at(text.split()) is not None and bare_names(text) is not None
    if bare_names(text) is None:
        return False
    pieces = re.split(r"[,|]", text)
    words = pieces[-1].split()
    if words and _role_piece(words):
        return True
    # "Jane Doe, Staff Attorney, ACLU Racial Justice Program": the role, then the
    # employer's name (every word capitalised)
    role = pieces[-2].split() if len(pieces) >= 3 else []
    return bool(role) and _role_piece(role) and _employer_piece(words)


_EMPLOYER_WORDS = 6
"""Words of an employer's name after a role ("Staff Attorney, ACLU Racial Justice Program")."""


def _employer_piece(words: list[str]) -> bool:
    """A short piece whose words all open with a capital: an organisation's name after
    the role ("ACLU Racial Justice Program", "The Washington Post")."""
    return 0 < len(words) <= _EMPLOYER_WORDS and all(word[:1].isupper() for word in words)


def contact_after_names(text: str) -> bool:
    """Whether a line of names ends in the author's handle or address ("Jane Doe @janedoe",
    "Jane Doe jdoe@paper.com", "Jane Doe E-Mail"): how to reach the writer, which says
    the line is a byline as a date beside the name does."""
    return (
        _holds_contact_mark(text)
        and _CONTACT_TAIL.search(text) is not None
        and bare_names(text) is not None
    )


def too_long_for_byline(text: str) -> bool:
    """Whether `parse_byline` turns `text` down before reading it: empty, white space, or
    more than `_MAX_BYLINE_WORDS` words."""
    return not text or text.isspace() or _more_words_than(text, _MAX_BYLINE_WORDS)


def _more_words_than(text: str, most: int) -> bool:
    """Whether `text` has more than `most` words, without cutting a long line into all
    of them (lines of every length are asked)."""
    return len(text.split(maxsplit=most)) > most


def byline_names(text: str) -> list[str]:
    """The author names of a line `byline_line` took: with a prefix or an agency, or bare;
    a co-author's line opens with a joiner ("and John Roe", under "By Jane Doe"); the
    person an author box's heading names ("About Jane Doe": `about_heading_name`)."""
    about = about_heading_name(text)
    if about is not None:
        return [about]
    names = parse_byline(text) or bare_names(text) or archive_link_names(text)
    if names is None and _LEADING_JOINER.match(text) is not None:
        names = bare_names(_LEADING_JOINER.sub("", text, count=1))
    if names is None:
        # (`byline_line` took a bare name in a script without capitals only on evidence
        # besides the line's shape: `structure._uncased_byline`)
        uncased = uncased_bare_name(text)
        names = None if uncased is None else [uncased]
    return names or []


_UNCASED_BARE_WORDS = (2, 3)
"""Words of a bare name in a script without capitals: a given name and a family name, or
with a middle name ("সেলিম রহমান", "พิมพ์ชนก ศรีสุข"); four such words are a heading's."""


def uncased_bare_name(text: str) -> str | None:
    """The line as one person's name when its shape allows it in a script without
    capitals ("সেলিম রহমান", "അനൂപ് മേനോൻ"): two or three words of those letters alone,
    no phrase of page furniture and no role word. The shape alone does not make a name
    there ("জাতীয় সংবাদ", national news, has it too): the caller asks for more."""
    if _UNCASED_NAME.match(text) is None:
        return None
    words = text.split()
    low, high = _UNCASED_BARE_WORDS
    if not low <= len(words) <= high or phrase_form(text) in _page_phrases():
        return None
    if any(word.casefold() in role_words() for word in words):
        return None
    return text


_ABOUT_HEADING = re.compile(
    r"^(?:about|über|à propos de|sobre|acerca de|informazioni su|over)\s+(?=\S)", re.IGNORECASE
)
"""The words an author box's heading opens with before the author's name ("About Jane
Doe", "Über Jane Doe", "À propos de Jane Doe", "Sobre …", "Acerca de …", "Informazioni su
…", Dutch "Over …")."""


def about_heading_name(text: str) -> str | None:
    """The person an author box's heading names ("About Jane Doe" → "Jane Doe"), or None:
    the heading's rest is one bare name of two to four words opening with a known given
    name, so "About Acme Corp", "Über die Studie" or "About Python" name nobody (the
    same heading over a box on a company, a product or a place)."""
    opening = _ABOUT_HEADING.match(text)
    if opening is None:
        return None
    names = bare_names(text[opening.end() :].rstrip(" :"))
    if names is None or len(names) != 1 or not opens_with_given_name(names[0]):
        return None
    return names[0]


NAME_JOINERS = ("and", "und", "et", "y", "e", "i", "og", "&")
"""Words that join a co-author's name to the names before it when they open its line
("and John Roe", or "and" alone over "John Roe": `structure._split_byline`)."""
_LEADING_JOINER = re.compile(rf"^(?:{'|'.join(map(re.escape, NAME_JOINERS))})\s+", re.IGNORECASE)


def parse_byline(text: str, may_hold_digit: bool = True) -> list[str] | None:
    """Author names in a byline, or None when `text` is not one. `may_hold_digit`: False
    when `text` is known to hold no decimal digit (the segment's flag of a line read as it
    is): the date a prefix may follow is then not searched for.

    >>> parse_byline("By ABBY GOODNOUGH and ROBERT PEAR")
    ['Abby Goodnough', 'Robert Pear']

    (Answered from `_parse_byline_of`'s cache, `_BYLINE_ANSWERS_KEPT`: a fresh list each
    time, the caller's own.)
    """
    names = _parse_byline_of(text, may_hold_digit)
    if names is _ASK_LANGUAGE:
        # (the answer hangs on the document's language: worked out each time)
        names = _parse_byline_of.__wrapped__(text, may_hold_digit, False)
    return None if names is None else list(names)


@lru_cache(maxsize=_BYLINE_ANSWERS_KEPT)
def _parse_byline_of(
    text: str, may_hold_digit: bool, screen: bool = True
) -> tuple[str, ...] | _AskLanguage | None:
    """`parse_byline`'s answer, kept as a tuple (no caller can change the kept one);
    `_ASK_LANGUAGE` (kept) for a line whose answer hangs on the document's language
    (`_opens_own_prefix`), when `screen`."""
    if _one_ascii_word(text):
        return None
    if screen and _opens_own_prefix(text):
        return _ASK_LANGUAGE
    if too_long_for_byline(text):
        return None
    rest = strip_byline_prefix(text)
    if rest is None:
        rest = prefix_after_stamp(text, may_hold_digit)
    # (every `after_names` role holds one of the two: tests/test_korean_roles.py)
    if rest is None and ("기자" in text or "특파원" in text):
        korean = _KOREAN_NAMES_ROLE.match(text)
        if korean is not None:
            return tuple(_KOREAN_NAME_SPLIT.split(korean.group("names")))
    bare = rest is None
    wired = False
    if rest is None:
        piped = _names_and_agency(text)
        if piped is None or text.count("|") > 1:
            return None  # "Chemie Index | Lexikon | Elemente" is a menu
        rest = piped.group("names")
        # "Jane Doe, Reuters", "Jane Doe | AFP": a wire signs the names as surely as "By"
        # before them (a bar's other labels do not: "Willkommen Gast | RSS")
        wired = piped.re is _NAME_COMMA_WIRE or _names_bar_wire(text) is not None
    # (Asked once the line has a byline's form: most lines have none, and skip this search.)
    if is_credit(text):
        return None  # "Translated by Jane Doe", "Fotos: John Roe": not the author
    if "@" in rest:
        # "… Carrasquilla Reinamaria.carrasquilla@diario.com": the address glued to the
        # last name by the dump ends the names, with the word it is glued to
        rest = _GLUED_ADDRESS.split(rest, maxsplit=1)[0]
    if _holds_contact_mark(rest):
        # "Von Jane Doe E-Mail", "By Jane Doe @janedoe": how to reach the writer, after
        # the names (`bare_names` cuts the same tail)
        rest = _CONTACT_TAIL.sub("", rest)
    tail = _BYLINE_TAIL_AT.search(rest)  # (`_BYLINE_TAIL.split(rest)[0]`, sooner)
    if tail is not None:
        cut_date = DIGIT.search(rest, tail.start()) is not None
        rest = rest[: tail.start()]
        if cut_date:
            rest = _without_weekday(rest)  # "Von Heiko Sauer Do 9 Apr 2020"
    if not bare:
        # "Von Redakteurin Jane Doe", "By Staff Reporter Jane Doe": the writer's job between
        # the prefix and the names
        words = rest.split()
        head = _role_head_end(words) if words else None
        if head is not None:
            rest = " ".join(words[head:])
    if not bare and ")" in rest:
        # "By Jane Doe (AFP)", "Por Juan Pérez (EFE)": the wire in brackets after the names
        rest = _BRACKETED_WIRE.sub("", rest)
    names: list[str] = []
    for part in name_parts(rest):
        part = part.strip(" .")
        if not part:
            continue
        agency = _WIRE_LAST.search(part)
        if agency is not None:
            named = part[: agency.start()]
            if not named and names:
                break  # the agency alone after the names
            if len(named.split()) < 2:
                # "By The Associated Press" alone is the byline as it stands, and
                # "Ana Lusa" a surname that is also an agency's name.
                agency = None
            else:
                part = named  # the names end with it (below)
        if (_CJK_NAME.match(part) or _UNCASED_NAME.match(part)) and not bare:
            names.append(part)
            continue
        # Without a "By" the names must look like names: "Entries RSS" and
        # "Classificação NASCAR" are a feed link and a section, "Top Stories" a heading.
        if bare and (
            not all(_TITLE_CASE_WORD.match(word) for word in part.split())
            or phrase_form(part) in _page_phrases()
        ):
            break
        single = _undoubled(part)
        candidate = single.title() if single.isupper() else given_name_first(single)
        role_at = _role_tail_at(candidate.split())
        if role_at is not None:
            # "By Jane Doe Senior Reporter": the role ends the names, as after a comma
            candidate = " ".join(candidate.split()[:role_at])
        if (
            not _FULL_NAME.match(candidate)
            # "By More Posts": an author box's link to the author's other posts
            or (not bare and phrase_form(part) in _page_phrases())
            or len(candidate.split()) < 2
            or any(word.casefold() in role_words() for word in candidate.split())
            or candidate.split()[-1].casefold() in _ORGANISATION_WORDS
            # "PAR LES VOIX DU SOIR": a programme's or a page's name, no person's
            # ("By The Associated Press" is the wire's byline as it stands)
            or (
                candidate.split()[0].casefold() in _FUNCTION_WORDS
                and _WIRE_LAST.search(part) is None
            )
            # "Von R. R. am …": initials alone name nobody the reader can tell
            or all(len(word.strip(".")) <= 1 for word in candidate.split())
        ):
            break  # a role, an agency or a publisher ("Staff Writer", "Reuters") ends them
        names.append(candidate)
        if agency is not None or role_at is not None:
            break
    # "Willkommen Gast | RSS", "Crowdfunding Chemie | Text veröffentlichen"; but signed
    # with a wire the names need no given name the list knows ("Ffion Keogh, dpa"), as
    # after "By", when they are one person's (`_wire_signs_person`)
    if (
        bare
        and not any(opens_with_given_name(name) for name in names)
        and not (wired and _wire_signs_person(names))
    ):
        return None
    return tuple(names) or None


_WIRED_NAME_WORDS = (2, 3)
"""Words of the one name a wire signs that opens with no given name the list knows."""
_AGENCY_NAME = re.compile(rf"(?:{NEWS_AGENCIES}|{PICTURE_AGENCIES})\b", re.IGNORECASE)
"""A name opening with an agency's or a picture library's ("Getty Images", "Shutterstock
Editorial"): a credit's source, no person."""


def _wire_signs_person(names: list[str]) -> bool:
    """Whether the names before a wire ("Ffion Keogh, dpa") are one person's though
    no given name the list knows opens them: one name of two or three words, no place's
    ("Los Angeles, AP") and none opening with an agency's or a picture library's name
    ("Getty Images, AFP", a photo credit; "Associated Press, AP")."""
    if len(names) != 1:
        return False
    name = names[0]
    return (
        _WIRED_NAME_WORDS[0] <= len(name.split()) <= _WIRED_NAME_WORDS[1]
        and not is_known_place(name.casefold())
        and _AGENCY_NAME.match(name) is None
    )


def wire_signed(text: str) -> bool:
    """ "Jane Doe, Reuters", "Jane Doe and John Roe, AFP", "Jane Doe | dpa": names signed
    with a wire or a news agency after a comma or a bar, a byline as sure as one with "By"
    before it."""
    if "," in text:
        signed = _names_comma_wire(text)
    elif "|" in text:
        signed = _names_bar_wire(text)
    else:
        return False
    return signed is not None and not too_long_for_byline(text) and parse_byline(text) is not None


def _names_and_agency(text: str) -> re.Match[str] | None:
    """ "Jane Doe | Reuters" or "Jane Doe, Reuters": names, then a bar or a comma."""
    # Each pattern needs its bar or its comma: most lines have neither and skip the
    # patterns, whose names backtrack over every capitalised word of the line.
    piped = _names_before_bar(_NAME_PIPE_AGENCY, text)
    if piped is not None:
        return piped
    if "," in text:
        return _names_comma_wire(text)
    return None


_BYLINE_KEYS = frozenset(
    ("byline_role", "byline_credit", "byline_archive", "byline_joined_role", "byline_editor")
)
"""The phrase files' lists of byline words, which are no page furniture."""


@lru_cache(maxsize=1)
def _page_phrases() -> Mapping[str, None]:
    """Whole-line phrases of page furniture (teaser headings, prompts, notices, ads), asked
    only for membership: a dict of strings, which the garbage collector does not walk, as
    for `_data_list` (a frozenset it walks entry by entry, ~1,450 at each full collection)."""
    found: set[str] = set()
    for rule, modes in builtin_phrases().items():
        if rule not in _BYLINE_KEYS and rule != WORDS_KEY:
            found.update(phrase_form(p) for p in modes.get("line", ()))
    return dict.fromkeys(sorted(found))


def _byline_list(rule: str) -> tuple[str, ...]:
    """A byline list of the phrase files (`byline_prefix`, `byline_editor`, …), case-folded
    as the lines it is matched against are, in the files' order."""
    return tuple(p.casefold() for p in builtin_phrases().get(rule, {}).get("line", ()))


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Jobs written like names ("Jane Carter, Showbiz Reporter"): they end the names
    (the phrase files' `byline_role` lists)."""
    return frozenset(builtin_phrases().get("byline_role", {}).get("line", ()))


@lru_cache(maxsize=1)
def editor_labels() -> frozenset[str]:
    """The labels of an editor's credit ("Editor:", "Redaktur:"): the phrase files'
    `byline_editor` lists, case-folded."""
    return frozenset(_byline_list("byline_editor"))


# --- the link to the author's other articles ----------------------------------------
#
# An author box or the article's foot links to the author's archive ("View all posts by
# Jane Doe", "Alle Artikel von Jane Doe", "Tous les articles de Jane Doe"): the page's
# own word that the person wrote it. A site's or a section's archive is linked alike
# ("More from KXAN Austin", "Mehr von DATEV"), so a person's name is asked for.
_ARCHIVE_LINK_WORDS = 10
"""At most this many words on an archive link's line (a sentence is none)."""


@lru_cache(maxsize=1)
def _archive_link() -> re.Pattern[str]:
    """An archive link's words opening a line (the phrase files' `byline_archive`)."""
    phrases = frozenset(builtin_phrases().get("byline_archive", {}).get("line", ()))
    return re.compile(longest_first_trie(phrases, re.IGNORECASE) + r"\s*:?\s+", re.IGNORECASE)


def archive_link_names(text: str) -> list[str] | None:
    """The names after an archive link's words ("More by Jane Doe" gives ["Jane Doe"]),
    when each opens with a known given name; else None."""
    if _more_words_than(text, _ARCHIVE_LINK_WORDS):
        return None
    found = _archive_link().match(text)
    if found is None:
        return None
    names = bare_names(text[found.end() :].rstrip(" :"))
    if names is None or not all(opens_with_given_name(name) for name in names):
        return None
    return names


# --- credits that are not the author's -------------------------------------------
#
# A translator's, a photographer's or illustrator's, an editor's or a fact-checker's
# credit ("Übersetzt von …", "Photos by …", "Medically reviewed by …") is written like a
# byline, often with a byline prefix inside it ("by", "von", "por"), but names someone
# who did not write the article: it gives no author, and the author's own byline wins.


@lru_cache(maxsize=1)
def credit_prefixes() -> tuple[str, ...]:
    """The words that open a credit which is not the author's ("translated by",
    "fotos"): the phrase files' `byline_credit` lists, each form with a dotless "ı"
    followed by its twin with "i", the form of a credit in capitals, matched as it is
    case-folded (`lexicon.with_capital_i_folds`)."""
    return with_capital_i_folds(builtin_phrases().get("byline_credit", {}).get("line", ()))


@lru_cache(maxsize=1)
def _credit_prefix() -> re.Pattern[str]:
    """A credit prefix opening a line, then a space, a colon, a slash or the end."""
    return re.compile(longest_first_trie(frozenset(credit_prefixes())) + r"(?:[ :：/／]|$)")


@lru_cache(maxsize=1)
def _credit_ending() -> re.Pattern[str]:
    """A credit prefix ending a text, after a space or at its start."""
    return re.compile(r"(?:^|\s)" + longest_first_trie(frozenset(credit_prefixes())) + "$")


def is_credit(text: str) -> bool:
    """Whether `text` opens with another contributor's credit: "Translated by Jane
    Doe", "Traducido por …", "Fotos: John Roe", "Medically reviewed by …"."""
    return _credit_prefix().match(text.lstrip().casefold()) is not None


def ends_in_credit(text: str) -> bool:
    """Whether `text` ends in a credit's label, the names still to come: "Übersetzt
    von:", "Photos by", "Aus dem Englischen von"."""
    return _credit_ending().search(text.casefold().rstrip(" \t\n:：/／")) is not None


_STAMP_LEAD_WORDS = 6
"""A date line may name its author after the date: at most this many words stand before
the prefix ("Posted on October 25, 2023 by Jane Doe", "1.11.23 20:19 von Jane Doe")."""


def prefix_after_stamp(text: str, may_hold_digit: bool = True) -> str | None:
    """What follows a byline prefix that comes after a date or a time on the line ("1.11.23
    20:19 von Jane Doe" gives "Jane Doe"), or None;
    `may_hold_digit` False: `text` holds no decimal digit (no search for one)."""
    if not may_hold_digit or DIGIT.search(text) is None:
        # Every form of _STAMP holds a digit, and the part before the prefix is part of
        # the line: a line without one (most) skips the case-blind search of prefixes.
        return None
    found = _byline_prefix_inside().search(text)
    if found is None:
        return None
    lead = text[: found.start()]
    if _lead_words(lead) > _STAMP_LEAD_WORDS or _STAMP.search(lead) is None:
        return None
    if ends_in_credit(text[: found.end()]):
        return None  # "12.03.2023 Übersetzt von Jane Doe": the translator
    rest = text[found.end() :].lstrip(" :")
    if not prefix_as_printed_opens(found.group(), rest):
        return None
    return rest


def _lead_words(lead: str) -> int:
    """The words before a prefix inside a line, the signs between them not counted
    ("Updated: March 3, 2023, 10:00 am · By Jane Doe": six words and a dot)."""
    return sum(1 for word in lead.split() if any(map(str.isalnum, word)))


_PREFIX_SIGNS = " :：/／"


def prefix_as_printed_opens(printed: str, rest: str, *, own_language: bool = False) -> bool:
    """Whether a byline prefix, as the line prints it, opens a byline before `rest`. A
    prefix that is also a given name or a family name's particle in other languages
    ("de", "di", "per", "ni", "nga", "gan": `lower_case_prefixes`) counts in its byline's
    shape: written lower-case, before a capitalised full name ("de Andreea Popescu", "di
    Luigi Di Maio"), where "De Gaulle", "Di Maio Luigi", "Per Olsen" are names.
    Capitalised, one the phrase files list for their own language (`own_language_prefixes`:
    Catalan "Per", Tagalog "Ni", Albanian "Nga", Welsh "Gan", which open the line as "By"
    does) counts before a full name when `own_language` (the prefix opens the line) and the
    document being cleaned reads as that language (`document_language`); elsewhere "Per
    Kristian Olsen" and "Ni Hao Chen" are names. One that is an ordinary word of its language too ("Bài",
    `colon_prefixes`) counts only with its colon after it."""
    word = printed.strip(_PREFIX_SIGNS)
    key = word.casefold()
    if key in colon_prefixes():
        # "Bài: Trần Minh Khoa" (Vietnamese "text:"): the word opens titles and sentences
        # too ("Bài học …"), so only its colon makes it a prefix
        return printed.rstrip(" /／").endswith((":", "："))
    if key not in lower_case_prefixes():
        return True
    names = rest.split(maxsplit=2)
    full_name = len(names) >= 2 and all(name[:1].isupper() for name in names[:2])
    if word == word.lower():
        return full_name
    return full_name and own_language and _in_own_language(key)


def _in_own_language(prefix: str) -> bool:
    """Whether the document being cleaned reads as a language whose phrase file lists
    `prefix` (case-folded) among its own (`own_language_prefixes`); no document, no."""
    languages = own_language_prefixes().get(prefix)
    return languages is not None and _document_language() in languages


# --- the document's language, for the prefixes that are names elsewhere ----------------
#
# Where the byline rules read a text dump no language is known (langdetect runs in
# assembly, on the article's paragraphs, after them): the cleaner sets, for each document,
# a function that finds it when first asked (`document_language`), and only a line opening
# with a capitalised prefix of `own_language_prefixes` asks (round 52: a handful of
# documents in the corpus's 1,980), so the others pay nothing.
_DOCUMENT_LANGUAGE: ContextVar[Callable[[], str | None] | None] = ContextVar(
    "articleclean_document_language", default=None
)


@contextmanager
def document_language(find: Callable[[], str | None]) -> Iterator[None]:
    """While the block runs, `find` gives the language of the document being cleaned (an
    ISO 639-1 code, or None), asked at most once."""
    found: list[str | None] = []

    def once() -> str | None:
        if not found:
            found.append(find())
        return found[0]

    token = _DOCUMENT_LANGUAGE.set(once)
    try:
        yield
    finally:
        _DOCUMENT_LANGUAGE.reset(token)


def _document_language() -> str | None:
    find = _DOCUMENT_LANGUAGE.get()
    return None if find is None else find()


class _AskLanguage:
    """The type of `_ASK_LANGUAGE`."""


_ASK_LANGUAGE = _AskLanguage()
"""What `_parse_byline_of` and `_prefixed_byline_of` keep for a line whose byline answer
may hang on the document's language: the caller works the answer out each time, in a
document or outside one. (Screened on a cache miss only, round 52 speed2: the
first-letter screen before the caches, on every call, cost ~5.6 M instructions per 100
dumps, 0.25 % of the text path.)"""


def _opens_own_prefix(text: str) -> bool:
    """Whether `text` opens with a capitalised prefix of `own_language_prefixes`. (The
    first letter first, as most lines open with another.)"""
    return text[:1] in _OWN_INITIALS and _own_prefix_opening().match(text) is not None


@lru_cache(maxsize=1)
def _own_prefix_opening() -> re.Pattern[str]:
    """A line opening with a capitalised own-language prefix ("Per ", "NGA:"). (Matched at
    the line's start, case-blind past the first letter: most lines fail on it.)"""
    prefixes = sorted(own_language_prefixes(), key=len, reverse=True)
    forms = "|".join(rf"{re.escape(p[:1].upper())}(?i:{re.escape(p[1:])})" for p in prefixes)
    return re.compile(rf"(?:{forms})[ :：/／]" if forms else r"(?!)")


@lru_cache(maxsize=1)
def own_language_prefixes() -> Mapping[str, frozenset[str]]:
    """{prefix: languages}: the byline prefixes that are names or words in other languages
    but open a byline capitalised in their own ("Per Jordi Puig Soler" in Catalan), from
    the phrase files' `byline_prefix_own` (its mode the file's language), case-folded."""
    own: dict[str, set[str]] = {}
    for language, prefixes in builtin_phrases().get("byline_prefix_own", {}).items():
        for prefix in prefixes:
            own.setdefault(prefix.casefold(), set()).add(language)
    return {prefix: frozenset(languages) for prefix, languages in own.items()}


_OWN_INITIALS = frozenset(prefix[:1].upper() for prefix in own_language_prefixes())
"""The first letters of `own_language_prefixes`, capitalised ("G", "N", "P")."""


@lru_cache(maxsize=1)
def lower_case_prefixes() -> frozenset[str]:
    """The byline prefixes that also open names in other languages, which count only
    written lower-case ("de" Romanian's "by", "de Vries" a Dutch name; "di" Italian's,
    "Di Maio"; "per" Catalan's, "Per" a Scandinavian given name): the phrase files'
    `byline_prefix_lower` lists and `own_language_prefixes` ("ni", "nga", "gan"),
    case-folded."""
    return frozenset(_byline_list("byline_prefix_lower")) | frozenset(own_language_prefixes())


@lru_cache(maxsize=1)
def colon_prefixes() -> frozenset[str]:
    """The byline prefixes that are ordinary words of their language and count only with
    a colon after them ("Bài:", Vietnamese for the article's text, opens "Bài học …"): the
    phrase files' `byline_prefix_colon` lists, case-folded."""
    return frozenset(_byline_list("byline_prefix_colon"))


@lru_cache(maxsize=1)
def _byline_prefix_inside() -> re.Pattern[str]:
    """A byline prefix after a space or a comma, then a space or a colon, the longest
    prefix first (searched case-blind through every line with a digit: as a trie)."""
    # (without the dotless "ı"'s twins: case-blind, "ı" matches the "I" of capitals
    # already, and the trie cannot hold "i" and "ı" side by side)
    prefixes = longest_first_trie(frozenset(_byline_prefix_forms()), re.IGNORECASE)
    return re.compile(r"(?<=[\s,])" + prefixes + "[ :：]", re.IGNORECASE)


def strip_byline_prefix(text: str) -> str | None:
    """What follows the byline prefix opening `text` ("By ", "Von: "), or None."""
    pattern, reach = _byline_prefix()
    # Only the line's first `reach` characters case-folded, not all of it (a paragraph's
    # hundreds): the pattern reads no further, and case folding goes character by
    # character (none folds to nothing), so the head's folding is the start of the
    # line's, as long as the match could be.
    found = pattern.match(text[:reach].casefold())
    if found is None:
        return None
    rest = text[found.end() :].lstrip(" :")
    if not prefix_as_printed_opens(text[: found.end()], rest, own_language=True):
        return None
    return rest


@lru_cache(maxsize=1)
def _byline_prefix() -> tuple[re.Pattern[str], int]:
    """ "By", "Von", "Por", … then a space or a colon; the longest prefix first. With
    the most characters a match of it can span: the longest prefix and the sign."""
    prefixes = frozenset(byline_prefixes())
    # Japanese magazines and recipe sites credit the author with the roles joined
    # ("料理・文：", "取材・文／", "文・写真："): the prefix may stand among up to
    # `_JOINED_ROLES` other known roles, joined by "・"; one role alone ("写真：") is
    # still a credit, not the author's byline.
    roles = frozenset(joined_roles())
    joined = _JOINED_ROLES
    pattern = re.compile(
        rf"(?:{longest_first_trie(roles)}・){{0,{joined}}}"
        + longest_first_trie(prefixes)
        + rf"(?:・{longest_first_trie(roles)}){{0,{joined}}}[ :：/／]"
    )
    # the longest match: the longest prefix, its sign, and the longest role with its "・"
    # on each side `joined` times
    role_reach = 2 * joined * (max(map(len, roles), default=0) + 1) if roles else 0
    return pattern, max(map(len, prefixes), default=0) + 1 + role_reach


_JOINED_ROLES = 2
"""At most this many roles joined to a byline prefix on each side ("取材・文・写真：")."""


@lru_cache(maxsize=1)
def joined_roles() -> tuple[str, ...]:
    """The roles a byline prefix may be joined with by "・" ("料理", "取材", "写真"): the
    phrase files' `byline_joined_role` lists, case-folded."""
    return _byline_list("byline_joined_role")


@lru_cache(maxsize=1)
def byline_prefixes() -> tuple[str, ...]:
    """The words that open a byline ("by", "von", "ein beitrag von"): the phrase files'
    `byline_prefix` lists, case-folded as the lines they are matched against are (Greek's
    final sigma: "συντάκτης" folds to "συντάκτησ"; a dotless "ı" is "i" in capitals,
    "HAZIRLAYAN:" folds to "hazirlayan:", so such a form is followed by that twin,
    `lexicon.with_capital_i_folds`)."""
    return with_capital_i_folds(_byline_prefix_forms())


def _byline_prefix_forms() -> tuple[str, ...]:
    """`byline_prefixes` without the dotless "ı"'s twins."""
    return (
        _byline_list("byline_prefix")
        + tuple(sorted(lower_case_prefixes()))
        + tuple(sorted(colon_prefixes()))
    )


BYLINE_MARK_WORDS = 3
"""A line of at most this many words ending in a prefix ("By", "Kommentar von") marks
the name on the next line."""


@lru_cache(maxsize=_BYLINE_ANSWERS_KEPT)
def is_byline_mark(text: str) -> bool:
    """ "By", "Von:", "Kommentar von", "Ein Beitrag von:": a prefix ending a short line.
    (Kept by text, as `parse_byline`'s answers are: `_marked_name` asks it of the line
    above each line of the byline rules' windows, each search in turn.)"""
    # (Split no further than a prefix's words: a paragraph is not cut into all of its own.)
    words = text.rstrip(" :：").split(maxsplit=BYLINE_MARK_WORDS)
    if not words or len(words) > BYLINE_MARK_WORDS or "," in text:
        return False  # "Marie Arana, author": a name and its role, not a prefix
    # A prefix ends in one of a few words ("by", "von", "por"): one look in a set
    # settles most lines, a menu's or a date's (before the credits' search).
    if words[-1].casefold() not in _byline_prefix_ends():
        return False
    if ends_in_credit(text):
        return False  # "Translated by", "Photos by": the name below is not the author's
    # The line, or its last words from a word on, is a prefix: at most three
    # looks in a set, where testing each prefix's ending cost one per prefix.
    tail = " ".join(words).casefold().split(" ")
    prefixes = _byline_prefix_set()
    found = next(
        (
            " ".join(tail[start:])
            for start in range(len(tail))
            if " ".join(tail[start:]) in prefixes
        ),
        None,
    )
    if found is None:
        return False
    # A prefix that also opens names counts written lower-case and alone on its line
    # ("di" over the name; the name below is not read here): "Autour de :", "à propos de"
    # end in the word as a preposition.
    last = words[-1].rstrip(_PREFIX_SIGNS)
    return found not in lower_case_prefixes() or (len(words) == 1 and last == last.lower())


@lru_cache(maxsize=1)
def _prefix_words() -> frozenset[str]:
    """Byline prefixes that open a capitalised line as a name's first word would ("Von
    Tilman / 6. März 2024": a prefix and a given name alone, no person's full name; the
    given-names list holds "Von"): the one-word prefixes that also end longer ones, the
    word a name follows ("by" of "written by", "von" of "ein Beitrag von"), not a role
    ("Autor", "Text") that opens a line as a noun; not the particles that open family
    names ("Di Maio"). From the phrase files: "by", "von", "par", "por", "door"."""
    prefixes = _byline_prefix_set()
    ends = {prefix.split(" ")[-1] for prefix in prefixes if " " in prefix}
    return (
        frozenset(p for p in prefixes if p in ends) - _FAMILY_NAME_PARTICLES - lower_case_prefixes()
    )


@lru_cache(maxsize=1)
def _byline_prefix_set() -> frozenset[str]:
    return frozenset(byline_prefixes())


@lru_cache(maxsize=1)
def _byline_prefix_ends() -> frozenset[str]:
    """The last word of each byline prefix ("von" of "ein beitrag von")."""
    return frozenset(prefix.split(" ")[-1] for prefix in _byline_prefix_set())


# --- the reporters a wire's dateline names --------------------------------------------
#
# After the place and date: in brackets after the Chinese wires' 电/讯 ("（记者 刘晓宇 王蕾）":
# Xinhua, China News Service, People's Daily), before 기자 and "=" after the Korean wires'
# bracket ("김민수 기자 =", "김민수 이영희 기자 =": Yonhap, Newsis, News1). Names of two to
# four characters, apart (a run of them unspaced, "刘晓宇王蕾", cannot be split: the bracket
# is then not read). A stringer or an intern may follow the reporters in the bracket
# ("（记者 张三 通讯员 李四）"): their role words part the names and are none. The patterns
# are `dateline_prefix`'s (rules/datelines.py), here for assembly to read the names back.
_ZH_ROLES = ("记者", "記者", "通讯员", "通訊員", "实习生", "實習生")
ZH_WIRE_REPORTERS = (
    r"[（(]\s*(?:记者|記者)\s*[：:]?\s*(?P<zh_reporters>[\u4e00-\u9fff]{2,4}"
    rf"(?:[ \u3000、，,]+(?:(?:{'|'.join(_ZH_ROLES)})\s*)?[\u4e00-\u9fff]{{2,4}})*)\s*[）)]"
)
KO_WIRE_REPORTERS = (
    r"(?P<ko_reporters>[\uac00-\ud7af]{2,4}(?:[ ·][\uac00-\ud7af]{2,4})*)\s+"
    rf"(?:{_korean_roles('wire')})\s*="
)
_REPORTERS_AT_END = re.compile(rf"(?:{ZH_WIRE_REPORTERS}|{KO_WIRE_REPORTERS})$")
_REPORTER_SPLIT = re.compile(r"[ \u3000、，,·]+")


def dateline_reporters(dateline: str) -> list[str]:
    """The reporters a wire's dateline names ("新华社郑州5月10日电（记者 刘晓宇 王蕾）",
    "(서울=연합뉴스) 김민수 기자 ="): the article's byline when no line gives one. Pure."""
    found = _REPORTERS_AT_END.search(dateline)
    if found is None:
        return []
    names = []
    for word in _REPORTER_SPLIT.split(found.group("zh_reporters") or found.group("ko_reporters")):
        for role in _ZH_ROLES:
            word = word.removeprefix(role)
        if word:
            names.append(word)
    return names
