"""What a compiled regular expression can match, read from its parse: the strings it
lists, and how far before a text's end a match anchored there can start.

Pass 1's screen (`block_pass.py`) and the credit parser (`rules/credits.py`) both ask;
it lives here, apart from both, so that a rule module does not depend on the pass. It
imports nothing from the rules (tests/test_layering.py).
"""

from __future__ import annotations

import array
import functools
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

try:  # CPython's regex parser: re._parser from 3.11, sre_parse before
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]

Search = Callable[[str], object]

_MAX_CLASS_RANGE = 256
"""A class with a wider range of characters than this is not listed character by character."""
_MAX_STRINGS = 2_000
_PLAIN_FLAGS = re.UNICODE  # what every str pattern has; any other flag changes matching


def strings_of(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every string `pattern` matches, when they are few and it matches nothing else
    (literals, classes of literals, alternatives, groups, optional parts); else None."""
    if pattern.flags & ~_PLAIN_FLAGS:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    found = _strings(list(parsed))
    return frozenset(found) if found and "" not in found else None


def class_chars(members: list[Any]) -> set[str] | None:
    """The characters a class ("[a-c'’]") matches, or None for one too wide to list."""
    chars: set[str] = set()
    for kind, member in members:
        if kind == _sre_parse.LITERAL:
            chars.add(chr(member))
        elif kind == _sre_parse.RANGE and member[1] - member[0] < _MAX_CLASS_RANGE:
            chars.update(map(chr, range(member[0], member[1] + 1)))
        else:
            return None  # a negated class, a category, a wide range
    return chars


def _strings(items: list[Any]) -> set[str] | None:
    result = {""}
    for op, value in items:
        options: set[str] | None
        if op == _sre_parse.LITERAL:
            options = {chr(value)}
        elif op == _sre_parse.IN:
            options = class_chars(value)
            if options is None:
                return None
        elif op == _sre_parse.BRANCH:
            options = set()
            for alternative in value[1]:
                found = _strings(list(alternative))
                if found is None:
                    return None
                options |= found
        elif op == _sre_parse.SUBPATTERN:
            _, add_flags, del_flags, sub = value
            options = None if add_flags or del_flags else _strings(list(sub))
        elif op == _sre_parse.MAX_REPEAT and value[1] <= 2:
            # A greedy repeat of at most twice ("s?"): a search finds a match
            # where any count from the least up matches.
            sub_strings = _strings(list(value[2]))
            options = None
            if sub_strings is not None:
                options = set()
                repeated = {""}
                for count in range(value[1] + 1):
                    if count >= value[0]:
                        options |= repeated
                    repeated = {a + b for a in repeated for b in sub_strings}
        else:
            return None  # anchors, look-arounds, categories, unbounded repeats
        if options is None:
            return None
        result = {a + b for a in result for b in options}
        if len(result) > _MAX_STRINGS:
            return None
    return result


def printed_forms(words: Iterable[str]) -> list[str]:
    """`words` as sites print them: lower case, Capitalised and UPPER CASE, sorted. A
    rule's trigger made of these plain strings joins the screen's one literal search
    (`trie_search`), where a case-blind pattern would be a search of its own."""
    return sorted({form for word in words for form in (word, word.capitalize(), word.upper())})


def char_class(chars: Iterable[str]) -> str:
    """A class of the characters `chars`, each escaped, in sorted order (one pattern for
    one set, however it was built)."""
    return f"[{''.join(map(re.escape, sorted(chars)))}]"


def spelled_every_way(word: str) -> str:
    """A pattern of plain strings (no flag) matching what `word` matches with case
    ignored: each character as a class of it and of every character the engine takes for
    it (`case_partners`). What `strings_of` lists of it are then every such spelling."""
    return "".join(char_class(case_partners(frozenset(char))) for char in word)


def lowered_apart(letters: frozenset[str]) -> re.Pattern[str]:
    """A class of the characters the engine, case ignored, takes for one of `letters`
    (lower-case letters) that `str.lower` does not turn into one of them ("İ", "ı" for
    "i", "ſ" for "s"). A text holding none holds a case-blind match of a word of
    `letters` exactly when its lower-cased copy holds the word: a screen may ask the
    copy, and search only a text holding one."""
    return re.compile(
        char_class(char for char in case_partners(letters) if char.lower() not in letters)
    )


@functools.lru_cache(maxsize=64)
def case_partners(chars: frozenset[str]) -> frozenset[str]:
    """`chars` and every character `re.IGNORECASE` takes for one of them: the other
    case, and the engine's special pairs ("İ" and "ı" for "i", "ſ" for "s", the Kelvin
    sign for "k", titlecase digraphs), asked of the engine itself rather than listed.

    A class of them, case ignored, matches what each of them does (and for a range a
    little more: its upper cases too), so what it finds among the characters that have
    a case is the partners (tests/test_block_screen.py checks it on every code point).
    It is searched for among the partners already found of a wider set of letters
    (`_known_partners`), which hold those of `chars`: a search of a few hundred
    characters, not of both planes for every set asked.
    """
    pattern = f"[{''.join(map(re.escape, sorted(chars)))}]"
    if max(chars, default=" ") > _LAST_OF_BMP:
        # (In a class with other characters, case ignored, the engine loses one beyond
        # the BMP's partners: "[a𞤀]" finds no "𞤢". Asked as before, of the planes.)
        return chars | frozenset(re.findall(pattern, _cased_planes(), re.IGNORECASE))
    return chars | frozenset(re.findall(pattern, _known_partners(chars), re.IGNORECASE))


_LAST_OF_BMP = "\uffff"


_WIDE_LETTERS = "".join(
    chr(code)
    for start, stop in ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x370, 0x530))
    for code in range(start, stop)
)
"""Latin, Greek, Cyrillic and Armenian letters: those the screen's case-blind patterns
are written in, whose partners are found in one search of the planes. (A string and,
below, a dict of the letters searched: the garbage collector walks neither, where it
walked a frozenset of ~900 letters twice at each full collection.)"""
_known: tuple[Mapping[str, None], str] = ({}, "")
"""Letters whose partners have been searched for in the planes (a dict asked only for
membership), and every partner found (a superset of each one's): `case_partners`
searches those instead of the planes."""


def _known_partners(chars: frozenset[str]) -> str:
    """Every partner of `chars` (and of other letters), found in the planes once per
    process unless a later set holds a cased character outside those searched: the
    planes hold 131,072 characters, and each screen asked them a dozen times (r21:
    ~60 ms on a process's first clean). A character without a case the engine does not
    take for any other, so a CJK character needs no new search: one the engine does
    (`re.IGNORECASE`'s other case or special pair) has a case of its own, which
    `lower` or `upper` changes (both give more than one character for "ﬅ", whose
    partner is "ﬆ")."""
    global _known
    searched, found = _known
    new = [
        char
        for char in chars
        if char not in searched and (char.lower() != char or char.upper() != char)
    ]
    if new:
        # Each search holds the letters searched before: the partners found still
        # hold those of every letter listed (a thread that searches at the same time
        # lists its own, and both are right).
        wider = sorted({*searched, *_WIDE_LETTERS, *new})
        pattern = f"[{''.join(map(re.escape, wider))}]"
        found = "".join(sorted(set(re.findall(pattern, _cased_planes(), re.IGNORECASE))))
        _known = (dict.fromkeys(wider), found)
    return found


# Every character that has a case lies in Unicode's first two planes (the last, in
# Unicode 15, is Adlam's U+1E943); searching only those costs a few milliseconds
# once, a twelfth of all code points. A Unicode with one beyond fails the test.
_CASED_END = 0x20000


@functools.cache
def _cased_planes() -> str:
    # Kept (512 KB), and decoded from the code points as 4-byte units: joining a
    # character for each took ~2.5x as long (~18 ms), which each screen's case-blind
    # patterns paid again for every set of letters they asked about on a process's
    # first clean (before `_known_partners`). Surrogates pass as they are.
    codes = array.array("I", range(_CASED_END))
    if codes.itemsize != 4:  # pragma: no cover (an unsigned int of another width)
        return "".join(map(chr, range(_CASED_END)))
    return codes.tobytes().decode(f"utf-32-{sys.byteorder[0]}e", "surrogatepass")


def literal_search(pattern: re.Pattern[str]) -> Callable[[str, int], object]:
    """A search (text, pos) that finds whether `pattern` occurs from `pos` on.

    A pattern that only lists strings becomes one trie of them, which rules a
    position out with one character test instead of one per alternative (a
    credit sign's ~60 words: about 6× faster); the match it returns may differ,
    whether there is one does not. Any other pattern keeps its own search.
    """
    strings = strings_of(pattern)
    if strings is None:
        return pattern.search
    search = trie_search(strings)
    assert search is not None  # `strings_of` gives None or a non-empty set
    return search


def end_reach(pattern: re.Pattern[str]) -> int | None:
    """How far before the end of a text a match of `pattern` can start, when the
    pattern ends with `$` and its matches have a bounded length; else None.

    A match ends at the end of the text (or before a final newline, where `$`
    matches too) and spans at most the pattern's longest width, so a search
    from `len(text) - reach` finds the same first match as one from further
    back: no match starts earlier, and `^`, `\\b` and look-behinds still see
    the whole text.
    """
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # the parser is CPython's own; if it changes, search it all
        return None
    items = list(parsed)
    if not items or items[-1] != (_sre_parse.AT, _sre_parse.AT_END):
        return None
    longest = parsed.getwidth()[1]
    if longest >= _sre_parse.MAXREPEAT:
        return None  # an unbounded repeat
    return longest + 1  # (+1: before a final newline)


def trie_search(strings: frozenset[str]) -> Search | None:
    """A search for whether any of `strings` is in a text (what it matches differs)."""
    if not strings:
        return None
    return re.compile(_trie_pattern(_trie(strings))).search


def _trie(strings: Iterable[str]) -> dict[str, Any]:
    """`strings` as nested dicts, one level a character; the key "" where one ends."""
    trie: dict[str, Any] = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _trie_pattern(node: dict[str, Any]) -> str:
    if "" in node:
        # A string ends here: whatever longer ones go on with, it is found already.
        return ""
    parts = [re.escape(char) + _trie_pattern(node[char]) for char in sorted(node)]
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def longest_first_trie(words: frozenset[str], flags: int = 0) -> str:
    """An alternation of `words` as a trie ("ad(?:s|vert)?"), longest match first: at a
    position it matches what the flat alternation of the words sorted longest first
    matches, and so does whatever follows it in a pattern (it backtracks to a shorter
    word as the flat one goes on to the next alternative).

    Python's regex engine tries the branches of a flat alternation one by one at every
    position; sharing prefixes rules a position out with one test of its first character
    (a byline's ~55 prefixes searched case-blind through a line: ~2.4× faster). The
    words a flat alternation finds at one position are prefixes of one another, which
    the trie tries deepest first, as long as no two branches of one node match the same
    character under `flags` (with IGNORECASE: "s" and "ſ", "i" and "İ"): checked here.
    """

    def pattern(node: dict[str, dict]) -> str:
        chars = sorted(char for char in node if char)
        for index, char in enumerate(chars):
            for other in chars[index + 1 :]:
                if re.fullmatch(re.escape(char), other, flags):
                    raise ValueError(f"{char!r} and {other!r} match one character: no trie")
        branches = [re.escape(char) + pattern(node[char]) for char in chars]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" in node:
            return f"(?:{group})?" if len(branches) == 1 else f"{group}?"
        return group

    return pattern(_trie(words))


def class_first(first: str, rest: str) -> re.Pattern[str]:
    """The pattern `first` + `rest`: a class of the characters every match opens with,
    then the rest of the match, told apart by look-behinds at that character
    (`(?<=\\s)…|(?<=>)…`). CPython's engine skips the positions where a pattern cannot
    start only when the pattern opens with a literal or a class: one opening with `\\s*`,
    a look-ahead or a look-behind is tried whole at every position of the text (a split
    by `\\s*>>?\\s*|…` cost ~116,000 instructions a line; round 53). Each such pattern
    is written so with its old form beside it, and a test compares the two forms' matches
    (tests/test_class_first_patterns.py)."""
    return re.compile(f"{first}(?:{rest})")


def by_first_letter(words: Iterable[str]) -> str:
    """A case-blind alternation of `words` (for a pattern compiled with
    `re.IGNORECASE`), grouped by first letter, each group opening with a case-heeding
    class of that letter and every letter the engine takes for it (`case_partners`):
    `(?-i:[Ssſ])(?:hare|ubscribe)|(?-i:[Ff])(?:ollow)`. The engine passes over an
    alternative whose first class or literal the text's character is not in without
    entering it, but a case-blind letter gets no such test: an alternation of ~90
    case-blind verbs had each verb tried on every line (round 53). It finds the same
    strings as the plain alternation, not always the same one of them: for a caller that
    asks only whether the pattern matches."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        f"(?-i:{char_class(case_partners(frozenset(first)))})(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )


def search_from(
    opening: Iterable[str], pattern: str, *, ignore_case: bool = False, word_start: bool = False
) -> Callable[..., re.Match[str] | None]:
    """A search (text, pos) that finds whether `pattern` occurs, tried only where one of
    the characters its matches open with stands (`opening`; with every character the
    engine takes for one of them when `ignore_case`, for which `pattern` is read case
    blind): a class of them, then `pattern` as a look-ahead from the class's character,
    read behind it; `word_start`: only at a word's start, as each alternative of
    `pattern` opens. A pattern opening with a look-behind, an anchor or a case-blind
    letter is tried whole at every position of a text, a class only where it stands
    (round 53: 13,000 to 59,000 instructions a line replayed for the searches written
    so; tests/test_class_first_patterns.py compares each with its pattern). The match is
    the opening character, not `pattern`'s: for callers that ask whether it is found."""
    characters = frozenset(opening)
    if ignore_case:
        characters = case_partners(characters)
    ahead = f"(?i:{pattern})" if ignore_case else pattern
    return re.compile(
        char_class(characters)
        + (r"(?<!\w[\s\S])" if word_start else "")
        + f"(?<=(?={ahead})[\\s\\S])"
    ).search
