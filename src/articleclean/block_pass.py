"""Pass 1: each segment judged on its own, by the first block rule that claims it.

Most lines of a page dump (menu items, labels, prose) are claimed by no rule.
A rule that declares its `triggers` claims a line only when one of its phrases
or triggers is in it, so each line is first screened for them: one look in the
PhraseBook's index of every rule's phrases, one pass of an Aho–Corasick automaton
of every trigger that only lists strings (of all rules at once), then one search
of each distinct set of the other triggers (each compiled into one pattern),
unless the line is longer than every rule of the set can claim. A rule that
declares the longest line it claims (`longest_words`, `longest_chars`) is looked
for in a longer one only by its whole-line phrases and the triggers it claims a
line of any length by (`any_length`): a line is scanned by automatons of the
strings and phrase words of the rules that may claim a line of its length, and a
paragraph by those of the few rules that claim one of any length. A trigger by which
a rule claims only a line of some words at least (`fewest_words`) is looked for only
in such lines (a month's name in a menu's "March 2024" asks no caption rule). Only the rules
that may claim the line (and those that declare nothing) are asked, in their
order, so the first claim is the same as when every rule is asked.

Pages of one site repeat their menus, footers and prompts, so a pass keeps
the verdict on each plain line it has judged (`remembered_lines` of them) and
gives a line seen before the same verdict without running the rules again.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left as _bisect_left
from collections.abc import Callable, Iterable
from itertools import chain
from typing import Any

import ahocorasick

try:  # CPython's regex parser and compiler: re._parser from 3.11, sre_parse before
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from .document import BODY, CJK_CHAR, NO_HINTS, Segment
from .patterns import case_partners as _case_partners
from .patterns import class_chars as _class_chars
from .patterns import strings_of as _strings_of
from .patterns import trie_search as _trie_search
from .rules.base import BlockCheck, BlockRule, Verdict
from .rules.phrasebook import PhraseBook, PhraseIndex

# Lines that recur are menus, footers and prompts, all short; a cap on what is
# kept bounds the memory (remembered_lines × this many characters at most).
_LONGEST_REMEMBERED_LINE = 300
# Sets of rules found by identity: a Cleaner uses a few (text, markup, fallback).
_IDENTITIES_KEPT = 16
# Screens kept for the process, by set of rules and phrase index: building one
# compiles the triggers (~70 ms), which a Cleaner made for one call's overrides
# (`clean_text(text, detect_language=False)`) paid on every call when each
# Cleaner built its own. A few sets a config; more only with many extra phrases.
_SCREENS_KEPT = 64
_SCREENS: dict[tuple[tuple[BlockRule, ...], int], tuple[PhraseIndex, Screen]] = {}


class BlockPass:
    """Runs pass 1 for one Cleaner. Shared by threads: a verdict depends only on
    the line and the rules, so two threads judging the same line agree."""

    def __init__(self, context: PhraseBook, remembered_lines: int) -> None:
        self._context = context
        self._limit = remembered_lines
        # A line no rule claims is remembered with None.
        self._memories: dict[tuple[BlockRule, ...], dict[str, Verdict | None]] = {}
        self._by_identity: dict[
            int, tuple[tuple[BlockRule, ...], Screen, dict[str, Verdict | None] | None]
        ] = {}

    def run(self, segments: list[Segment], rules: tuple[BlockRule, ...]) -> None:
        context = self._context
        screen, memory = self._for(rules)
        checks_for = screen.checks
        limit = self._limit
        for segment in segments:
            # A plain line's verdict depends on its text alone (and the rules, which
            # are fixed for `memory`); a line with HTML hints is judged afresh.
            if (
                memory is None
                or segment.hints is not NO_HINTS
                or segment.label is not BODY  # (`is_open`, without a call per line)
                or len(segment.text) > _LONGEST_REMEMBERED_LINE
            ):
                first_claim(segment, checks_for(segment), context)
                continue
            verdict = memory.get(segment.text, _UNSEEN)
            if verdict is _UNSEEN:
                checks = checks_for(segment)
                # Most lines: the screen leaves no rule to ask, and nothing to call.
                verdict = first_claim(segment, checks, context) if checks else None
                if len(memory) >= limit:
                    # Forgetting everything at once keeps this cheap and bounded; the
                    # verdicts come back as lines recur.
                    memory.clear()
                memory[segment.text] = verdict
            elif verdict is not None:
                verdict.give(segment)

    def remembered(self) -> int:
        """How many lines' verdicts are kept now."""
        return sum(len(memory) for memory in self._memories.values())

    def _for(self, rules: tuple[BlockRule, ...]) -> tuple[Screen, dict[str, Verdict | None] | None]:
        """The screen and the memory for `rules`.

        Found by the tuple's identity first: the Cleaner hands over the same
        tuple for every document of a kind, and hashing a tuple of rules hashes
        every field of every rule (~25 µs a document, twice). The entry holds the
        tuple, so its id is not reused while the entry stands.
        """
        known = self._by_identity.get(id(rules))
        if known is not None and known[0] is rules:
            return known[1], known[2]
        # A bound a rule reads from the config (`BlockRule.longest_words_for`) is read
        # here, once: the screen is the config's (rules the same, bounds its own).
        config = self._context.config
        screen = screen_for(
            tuple(rule.for_config(config) for rule in rules), self._context.phrase_index()
        )
        memory = self._memory(rules)
        if len(self._by_identity) >= _IDENTITIES_KEPT:
            self._by_identity.clear()  # a caller that builds a new tuple every time
        self._by_identity[id(rules)] = (rules, screen, memory)
        return screen, memory

    def _memory(self, rules: tuple[BlockRule, ...]) -> dict[str, Verdict | None] | None:
        if not self._limit:
            return None
        # A Markdown or text browser's line is judged by its marks too (`Segment.marks`,
        # `Segment.browser`): the same words are a menu's row of links in one dump and
        # a line of text in the next, and a verdict remembered from the first would
        # make a document's output depend on the documents cleaned before it. Such
        # dumps are few; their lines are judged afresh.
        if any(rule.requires_text_browser or rule.requires_markdown for rule in rules):
            return None
        # One memory per set of rules: an HTML page that falls back to its text
        # skips other rules than a text dump does.
        return self._memories.setdefault(rules, {})


Checks = list[tuple[BlockCheck, BlockRule]]


def screen_for(rules: tuple[BlockRule, ...], index: PhraseIndex) -> Screen:
    """The process's screen for `rules` over `index`, built when first asked for.

    Keyed by the index's identity (`PhraseBook.for_config` hands every config with
    the same extra phrases the same one); the entry holds the index, so its id is
    not reused while the entry stands. Two threads building the same screen build
    equal ones, and a screen's own memo of masks is shared as a Cleaner's is.
    """
    key = (rules, id(index))
    known = _SCREENS.get(key)
    if known is not None and known[0] is index:
        return known[1]
    screen = Screen(rules, index)
    if len(_SCREENS) >= _SCREENS_KEPT:
        _SCREENS.clear()  # bounded; screens come back as configs are used again
    _SCREENS[key] = (index, screen)
    return screen


class Screen:
    """Which of a set of rules may claim a line, from their phrases and triggers.

    Each screened rule is one bit of a line's mask; the rules to ask are found
    by the mask (a few distinct ones, most lines none)."""

    def __init__(self, rules: tuple[BlockRule, ...], index: PhraseIndex) -> None:
        # The check functions themselves, not the rule objects: the loop over
        # them runs once per rule and segment, the hottest in the package.
        self.every: Checks = [(rule.check, rule) for rule in rules]
        screened = [rule for rule in rules if rule.screened]
        self._screening = bool(screened)
        bit_of = {rule.name: 1 << number for number, rule in enumerate(screened)}
        # Triggers that only list strings ("/", "Photo", "Getty"), of every rule at
        # once, are one Aho–Corasick automaton: one pass of C through the line finds
        # each of them and the rules it stands for, where a search per set of
        # triggers walked the line once a set (round 17: the searches were half the
        # screen's cost). The other triggers (anchored, case-blind, look-arounds)
        # keep one search per distinct set (two rules may share theirs).
        literal: dict[str, int] = {}
        # The strings of triggers by which a rule claims only a line of some words at
        # least (`fewest_words`), by string and that count: looked for in such lines only.
        floored: dict[tuple[str, int], int] = {}
        by_triggers: dict[
            tuple[
                tuple[re.Pattern[str], ...],
                tuple[re.Pattern[str], ...],
                tuple[tuple[re.Pattern[str], int], ...],
            ],
            list[BlockRule],
        ] = {}
        for rule in screened:
            if rule.triggers:
                key = (rule.triggers, rule.any_length, rule.fewest_words)
                by_triggers.setdefault(key, []).append(rule)
        self._searched: list[tuple[int, _Search | None, _Search | None, int, int]] = []
        # The triggers by which a rule claims a line of any length (`any_length`), each
        # set searched on its own, past the bounds: those anchored at the start, the others.
        self._free_at_start: list[tuple[int, _Search]] = []
        self._free_anywhere: list[tuple[int, _Search]] = []
        anchored: list[re.Pattern[str]] = []
        for (patterns, any_length, fewest_words), group in by_triggers.items():
            bits = sum(bit_of[rule.name] for rule in group)
            fewest = dict(fewest_words)
            others = []
            for pattern in dict.fromkeys(patterns):
                if pattern in any_length:
                    continue
                strings = _strings_of(pattern)
                if strings is None:
                    others.append(pattern)  # (searched in a line of any words: no floor)
                    continue
                for string in strings:
                    if pattern in fewest:
                        floor = (string, fewest[pattern])
                        floored[floor] = floored.get(floor, 0) | bits
                    else:
                        literal[string] = literal.get(string, 0) | bits
            if others:
                at_start = [pattern for pattern in others if _starts_at_beginning(pattern)]
                rest = [pattern for pattern in others if pattern not in at_start]
                anchored += at_start
                self._searched.append(
                    (
                        bits,
                        _any_of(at_start) if at_start else None,
                        _any_of(rest) if rest else None,
                        _longest(rule.longest_words for rule in group),
                        _longest(rule.longest_chars for rule in group),
                    )
                )
            free = list(dict.fromkeys(any_length))
            free_at_start = [pattern for pattern in free if _starts_at_beginning(pattern)]
            free_rest = [pattern for pattern in free if pattern not in free_at_start]
            if free_at_start:
                anchored += free_at_start
                self._free_at_start.append((bits, _any_of(free_at_start)))
            if free_rest:
                self._free_anywhere.append((bits, _any_of(free_rest)))
        # The triggers anchored at the line's start, of every set, as one test: most
        # lines start with none of them, and are then not tried for each set's.
        self._any_at_start = _any_of(anchored)
        # The sets with a trigger that may stand anywhere: all a line that starts with
        # none of the anchored ones is tried for (most sets have anchored ones only).
        self._searched_anywhere = [entry for entry in self._searched if entry[2] is not None]
        # A line longer than a rule can claim (`longest_words`, `longest_chars`) is
        # not taken for its triggers (round 16: most searches through long lines were
        # for rules that take short ones only); each rule its own bound.
        self._bounded = [
            (bit_of[rule.name], _longest([rule.longest_words]), _longest([rule.longest_chars]))
            for rule in screened
            if rule.triggers and (rule.longest_words is not None or rule.longest_chars is not None)
        ]
        # Nor searched for them, nor for its phrases but the whole-line ones: a line is
        # scanned by the automatons of the rules that may claim a line of its length
        # (`_Tier`). Most of the screen's characters are in paragraphs, which only the
        # rules with no bound (or a high one) can claim, and those hold few strings.
        within = {bit_of[rule.name]: _words_within(rule) for rule in screened}
        # (a tier's lines are all of a floor's words or more, or all fewer)
        self._edges = sorted(
            {bound for bound in within.values() if bound is not None}
            | {fewest - 1 for _, fewest in floored}
        )
        # (tiers that differ only in rules with neither strings nor such phrases are one)
        named = set().union(*index.words.values(), *index.first_words.values(), index.cjk)
        relevant = sum(bit_of.get(name, 0) for name in named)
        for bits in chain(literal.values(), floored.values()):
            relevant |= bits
        tiers: dict[tuple[int, frozenset[tuple[str, int]]], _Tier] = {}
        self._tiers: list[_Tier] = []
        for number in range(len(self._edges) + 1):
            # Lines of more words than the edge before, at most this edge's: the rules
            # whose bound is this edge or higher (past the last edge, the unbounded ones).
            edge = self._edges[number] if number < len(self._edges) else None
            kept = sum(
                bit
                for bit, bound in within.items()
                if bound is None or (edge is not None and bound >= edge)
            )
            # The floored strings a line of this tier's words is looked for: those whose
            # floor is at most the fewest words of its lines.
            fewest = self._edges[number - 1] + 1 if number else 0
            floors = frozenset(floor for floor in floored if floor[1] <= fewest)
            tier = tiers.get((kept & relevant, floors))
            if tier is None:
                strings = dict(literal)
                for floor in floors:
                    strings[floor[0]] = strings.get(floor[0], 0) | floored[floor]
                tier = tiers[kept & relevant, floors] = _Tier(strings, index, bit_of, kept)
            self._tiers.append(tier)
        self._rule_bits = [(bit_of.get(rule.name, 0), check, rule) for check, rule in self.every]
        self._by_mask: dict[int, Checks] = {}

    def checks(self, segment: Segment) -> Checks:
        """The rules to ask about `segment`, in order: the first claim is the same."""
        if not self._screening:
            return self.every
        text = segment.text
        words = segment.word_count
        chars = len(text)
        literal, search, found, phrases = self._tiers[_bisect_left(self._edges, words)].parts
        triggered = 0
        if literal is not None:
            for _, bits in literal(text):
                triggered |= bits
        elif search is not None and search(text):
            triggered = found
        at_start = self._any_at_start(text)
        searches = self._searched if at_start else self._searched_anywhere
        for bits, starts, searched, most_words, most_chars in searches:
            if (
                triggered & bits != bits
                and words <= most_words
                and chars <= most_chars
                and (
                    (at_start and starts is not None and starts(text))
                    or (searched is not None and searched(text))
                )
            ):
                triggered |= bits
        if triggered:
            for bit, most_words, most_chars in self._bounded:
                if triggered & bit and (words > most_words or chars > most_chars):
                    triggered ^= bit
        if at_start:
            for bits, starts in self._free_at_start:
                if triggered & bits != bits and starts(text):
                    triggered |= bits
        for bits, searched in self._free_anywhere:
            if triggered & bits != bits and searched(text):
                triggered |= bits
        mask = triggered | phrases.rules_in(segment)
        checks = self._by_mask.get(mask)
        if checks is None:
            checks = [
                (check, rule) for bit, check, rule in self._rule_bits if not bit or mask & bit
            ]
            self._by_mask[mask] = checks
        return checks


def _words_within(rule: BlockRule) -> int | None:
    """The most words of a line `rule` claims by its triggers but `any_length` or its
    phrases but the whole-line ones: `longest_words`, or what `longest_chars` allows (a
    word and a space for each word but the last; a CJK line counts a word for two
    characters); None: no bound."""
    bounds = [] if rule.longest_words is None else [rule.longest_words]
    if rule.longest_chars is not None:
        bounds.append((rule.longest_chars + 1) // 2)
    return min(bounds) if bounds else None


class _Tier:
    """The part of a screen for lines of some length (`Screen._edges`): the automaton of
    the literal triggers of the rules `kept` (their bits) and their phrase screen; the
    other rules cannot claim such a line but by a whole-line phrase, which it keeps.
    Where the strings left stand for one set of rules (lines past every bound: the
    link marks of `inline_teaser`), one search of a trie of them instead."""

    def __init__(
        self, literal: dict[str, int], index: PhraseIndex, bit_of: dict[str, int], kept: int
    ) -> None:
        strings = {string: bits & kept for string, bits in literal.items() if bits & kept}
        found = set(strings.values())
        phrases = _PhraseScreen(index, bit_of, kept)
        self.parts: tuple[_Found | None, _Search | None, int, _PhraseScreen]
        if len(found) == 1:
            self.parts = (None, _trie_search(frozenset(strings)), found.pop(), phrases)
        else:
            automaton = _automaton(strings, common_first=True) if strings else None
            self.parts = (automaton, None, 0, phrases)


class _PhraseScreen:
    """`PhraseIndex.rules_in` as bits of a screen's rules (`bit_of`): the line phrases
    looked up, the first words and grouping words found by one automaton over the
    phrase form (between a mark for its start and a space), the CJK rules where a CJK
    character stands. Rules the index names outside `bit_of` are left out, and but for
    the line phrases those outside `kept` (rules that cannot claim the line's length).
    With no grouping word left, the first word is looked up (no automaton)."""

    _START = "\x02"
    """Before the phrase form's first word: no phrase form holds it."""

    def __init__(self, index: PhraseIndex, bit_of: dict[str, int], kept: int = -1) -> None:
        def bits(names: Iterable[str], kept: int = kept) -> int:
            return sum(bit_of.get(name, 0) for name in set(names)) & kept

        self._lines = {
            form: found for form, names in index.lines.items() if (found := bits(names, -1))
        }
        firsts = {
            word: found for word, names in index.first_words.items() if (found := bits(names))
        }
        grouping = {word: found for word, names in index.words.items() if (found := bits(names))}
        self._firsts: dict[str, int] | None = None
        self._words: _Found | None = None
        if grouping:
            words = {self._START + word + " ": found for word, found in firsts.items()}
            for word, found in grouping.items():
                for key in (self._START + word + " ", " " + word + " "):
                    words[key] = words.get(key, 0) | found
            self._words = _automaton(words)
        elif firsts:
            self._firsts = firsts
        self._cjk = bits(index.cjk)

    def rules_in(self, segment: Segment) -> int:
        form = segment.phrase_form
        found = self._lines.get(form, 0)
        if form:
            if self._words is not None:
                for _, bits in self._words(self._START + form + " "):
                    found |= bits
            elif self._firsts is not None:
                space = form.find(" ")
                found |= self._firsts.get(form if space < 0 else form[:space], 0)
            if self._cjk and segment.may_hold_cjk and CJK_CHAR.search(form):
                found |= self._cjk
        return found


_Found = Callable[[str], Iterable[tuple[int, int]]]


# The characters most frequent in the text of European-language pages, most frequent
# first (letter frequencies of English, German and French, then capitals, digits and
# punctuation, then the commonest accented letters): the order the screen's automaton
# looks them up in at its root.
_COMMON_CHARS = (
    " etaoinsrhldcumfpgwybvkzjxqSADMTBCEPIRNGLHWFKOVUZJYXQ0123456789.,-:'\"()/|;!?éèàüöäßçñíóáúêâôî"
)
_NEVER_FOLLOWS = "\x00"
"""Ends each path of `_COMMON_CHARS`: a character that no line of text holds after a
letter (and if one did, its value 0 adds no rule)."""


def _automaton(strings: dict[str, int], common_first: bool = False) -> _Found:
    """An Aho–Corasick automaton of `strings`: a function that gives, for a text, an
    (end, value) pair for each occurrence of each of them (overlapping ones too); with
    `common_first`, also pairs with the value 0 for no string of them (which add no
    rule to a mask)."""
    if not strings:
        return lambda text: ()
    automaton = ahocorasick.Automaton()
    # pyahocorasick looks a character up among a node's children one by one, in the
    # order they were added, and a character no string starts with is compared with
    # every child of the root (61 for the screen's strings, where most characters of
    # a line go back to the root): ~300 instructions a character. Each common
    # character made a child of the root first, in order of frequency (a path of its
    # own that no text follows to its end, value 0), is found after a few comparisons
    # and ends the root's scan early; the strings' occurrences are the same
    # (callgrind: ~30 % less for the literal triggers' pass). Not for an automaton
    # whose strings start with a few characters (the phrase screen's: a mark and a
    # space), whose root rules out a letter after as few comparisons already.
    for char in _COMMON_CHARS if common_first else ():
        automaton.add_word(char + _NEVER_FOLLOWS, 0)
    for string, value in strings.items():
        automaton.add_word(string, value)
    automaton.make_automaton()
    return automaton.iter


def _longest(bounds: Iterable[int | None]) -> int:
    """The longest line any of a set of rules may claim: unbounded (`sys.maxsize`)
    when one of them declares no bound."""
    return max(sys.maxsize if bound is None else bound for bound in bounds)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_BACKREFERENCE = re.compile(r"\(\?P=|\\[1-9]")
_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.ASCII, "a"))

_Search = Callable[[str], object]


def _any_of(patterns: Iterable[re.Pattern[str]]) -> _Search:
    """A test for whether any of `patterns` is found in a text (`search`).

    The patterns anchored at the start are tried as one alternation at the
    start only; those whose matches can only start with a few known characters
    as one alternation searched only where one of them stands; the others as
    one alternation searched through the text.
    """
    unique = list(dict.fromkeys(patterns))
    # Patterns that only list strings ("/", "Photo", "Getty") are one search of a
    # trie of those strings: a position is ruled out by one character test
    # instead of one per alternative.
    strings = {pattern: _strings_of(pattern) for pattern in unique}
    literal = [pattern for pattern in unique if strings[pattern] is not None]
    unique = [pattern for pattern in unique if strings[pattern] is None]
    anchored = [pattern for pattern in unique if _starts_at_beginning(pattern)]
    rest = [pattern for pattern in unique if pattern not in anchored]
    starts = {pattern: _first_chars(pattern) for pattern in rest}
    guarded = [pattern for pattern in rest if starts[pattern]]
    first_chars = frozenset().union(*(starts[pattern] or () for pattern in guarded))
    tests = [
        test
        for test in (
            _spliced(anchored, match=True),
            _spliced(guarded, match=False, first_chars=first_chars),
            _spliced([pattern for pattern in rest if pattern not in guarded], match=False),
            _trie_search(frozenset().union(*(strings[pattern] or () for pattern in literal))),
        )
        if test is not None
    ]
    return _either(tests)


def _either(tests: list[_Search]) -> _Search:
    """Whether any of `tests` says yes, without a generator per call (it runs per line)."""
    if not tests:
        return _never
    if len(tests) == 1:
        return tests[0]
    first, rest = tests[0], _either(tests[1:])
    return lambda text: first(text) or rest(text)


def _spliced(
    patterns: list[re.Pattern[str]], *, match: bool, first_chars: frozenset[str] = frozenset()
) -> _Search | None:
    """One alternation of `patterns` (its `match` or `search`), each with its own flags;
    with `first_chars`, tried only where one of them stands (every match starts with one)."""
    if not patterns:
        return None
    parts: list[str] = []
    for pattern in patterns:
        if pattern.flags & re.VERBOSE or _BACKREFERENCE.search(pattern.pattern):
            parts = []  # not safe to splice into another pattern
            break
        flags = "".join(letter for flag, letter in _SCOPED_FLAGS if pattern.flags & flag)
        # Each alternative keeps its own flags; its groups no longer need names.
        part = f"(?{flags}:{_NAMED_GROUP.sub('(?:', pattern.pattern)})"
        starts = _first_class(pattern) if match else None
        if starts:
            # Tried at the start only: the engine rules an alternative out at a glance
            # only when it opens with a literal or a class matched with case heeded,
            # and these open with "^" (and a case-blind group), so it entered each of
            # them for every line. Its first characters as such a class (with the
            # categories, "\\W", "\\d", that open some), the alternative then tried from
            # there (as the guarded search below does): the same lines match, and most
            # lines are ruled out by their first character (r20-speed: the screen's
            # twelve, a third less).
            part = f"{starts}(?<=(?={part})[\\s\\S])"
        parts.append(part)
    alternation = "|".join(parts)
    if parts and first_chars:
        # The first character as a class of its own lets the search skip every other
        # position at once instead of trying each alternative there: the engine scans
        # for a class that opens a pattern in a tight loop of its own (a look-ahead
        # for it, as before round 15, was tried at every position). The class takes
        # the character; the alternation is then tried where it stands, from a
        # look-behind one character wide (same texts found; ~20 % faster on the
        # mailbox words' search).
        alternation = f"{_class_of(first_chars)}(?<=(?=(?:{alternation}))[\\s\\S])"
    try:
        whole = _factored(re.compile(alternation)) if parts else None
    except re.error:  # a part that does not splice (a global flag inside it)
        whole = None
    if whole is not None:
        return whole.match if match else whole.search
    return _either([pattern.match if match else pattern.search for pattern in patterns])


def _class_of(chars: frozenset[str]) -> str:
    """A class of `chars`, matched with case heeded where it stands outside a scoped flag."""
    return f"[{''.join(map(re.escape, sorted(chars)))}]"


def _factored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with each alternation of words made a trie of them ("share|sign up|
    follow" as "s(?:hare|ign up)|follow"): where the line's character rules a letter
    out, its words are not tried one by one (case-blind words, which the engine cannot
    rule out at a glance: about half of the screen's anchored search).

    The same texts have a match (in a backtracking search, which alternative is
    tried first changes which match is found, not whether there is one); the match
    found may differ, so it serves whether-tests only. A pattern with anything whose
    outcome depends on that order (atomic groups, possessive repeats, references to
    groups) or that this does not know stays as it is.
    """
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        classes = _case_classes(_literal_chars(list(parsed)))
        items = _factor_items(list(parsed), parsed.state, pattern.flags, classes)
        if items is None:
            return pattern
        factored: re.Pattern[str] = _sre_compile.compile(
            _sre_parse.SubPattern(parsed.state, items), pattern.flags
        )
    except Exception:  # the parser and compiler are CPython's own: if they change, keep it
        return pattern
    return factored


_PLAIN_ITEMS = frozenset(
    {
        _sre_parse.LITERAL,
        _sre_parse.NOT_LITERAL,
        _sre_parse.IN,
        _sre_parse.ANY,
        _sre_parse.AT,
        _sre_parse.CATEGORY,
    }
)
"""Items that match one character or test a position: left as they are."""

_Items = list[tuple[Any, Any]]


_CaseClasses = dict[int, list[int]]
"""For a character's code, the codes of every character `re.IGNORECASE` takes for it."""


def _factor_items(items: _Items, state: Any, flags: int, classes: _CaseClasses) -> _Items | None:
    """`items` with their alternations factored (`_factored`), or None for an item not
    known; `flags` those in force where they stand (a scoped flag changes them)."""
    result: _Items = []
    for op, value in items:
        if op in _PLAIN_ITEMS:
            result.append((op, value))
        elif op == _sre_parse.BRANCH:
            alternatives = [
                _factor_items(list(alternative), state, flags, classes) for alternative in value[1]
            ]
            if any(alternative is None for alternative in alternatives):
                return None
            blind = bool(flags & re.IGNORECASE) and not flags & (re.ASCII | re.LOCALE)
            trie = _trie_of(
                [alt for alt in alternatives if alt is not None], state, classes if blind else None
            )
            result.append((op, (value[0], [_sre_parse.SubPattern(state, alt) for alt in trie])))
        elif op == _sre_parse.SUBPATTERN:
            group, add_flags, del_flags, sub = value
            inner = _factor_items(list(sub), state, (flags | add_flags) & ~del_flags, classes)
            if inner is None:
                return None
            result.append((op, (group, add_flags, del_flags, _sre_parse.SubPattern(state, inner))))
        elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT):
            low, high, sub = value
            inner = _factor_items(list(sub), state, flags, classes)
            if inner is None:
                return None
            result.append((op, (low, high, _sre_parse.SubPattern(state, inner))))
        elif op in (_sre_parse.ASSERT, _sre_parse.ASSERT_NOT):
            direction, sub = value
            inner = _factor_items(list(sub), state, flags, classes)
            if inner is None:
                return None
            result.append((op, (direction, _sre_parse.SubPattern(state, inner))))
        else:
            return None  # atomic, possessive, a group reference: order matters there
    return result


def _first_as_class(alternative: _Items, state: Any, classes: _CaseClasses) -> _Items:
    """A case-blind alternative that opens with a cased letter, that letter as a class of
    every character the engine takes for it, matched with case heeded ("share" as
    "(?-i:[sSſ])hare"): the same texts. The engine rules an alternative out by its first
    character at a glance only when that is a literal or a class matched with case
    heeded; a case-blind letter it enters the alternative for (the screen's case-blind
    words, tried one after the other at every position a search stops at)."""
    if not alternative or alternative[0][0] != _sre_parse.LITERAL:
        return alternative
    partners = classes.get(alternative[0][1], [])
    if len(partners) < 2:
        return alternative  # no case: the literal is ruled out at a glance already
    members = [(_sre_parse.LITERAL, code) for code in partners]
    heeded = _sre_parse.SubPattern(state, [(_sre_parse.IN, members)])
    return [(_sre_parse.SUBPATTERN, (None, 0, re.IGNORECASE, heeded)), *alternative[1:]]


def _literal_chars(items: _Items) -> set[str]:
    """Every character a literal of the parsed `items` names, at any depth."""
    found: set[str] = set()
    for op, value in items:
        if op == _sre_parse.LITERAL:
            found.add(chr(value))
        elif isinstance(value, (tuple, list)):
            for part in value:
                if isinstance(part, _sre_parse.SubPattern):
                    found |= _literal_chars(list(part))
                elif isinstance(part, list):  # a branch's alternatives
                    for alternative in part:
                        if isinstance(alternative, _sre_parse.SubPattern):
                            found |= _literal_chars(list(alternative))
    return found


def _case_classes(chars: set[str]) -> _CaseClasses:
    """For each of `chars`, the codes of itself and every character `re.IGNORECASE`
    takes for it, read from the engine: the partners of all of them found at once
    (`case_partners`), then which of those each one matches."""
    if not chars:
        return {}
    every = "".join(sorted(_case_partners(frozenset(chars))))
    return {
        ord(char): sorted(
            set(map(ord, re.findall(re.escape(char), every, re.IGNORECASE))) | {ord(char)}
        )
        for char in chars
    }


def _trie_of(
    alternatives: list[_Items], state: Any, classes: _CaseClasses | None = None
) -> list[_Items]:
    """The alternatives that open with a literal character grouped by it, each group one
    alternative (the character, then an alternation of what follows it in each). With
    `classes` (case ignored), each opening letter as a class (`_first_as_class`)."""
    by_first: dict[Any, list[_Items]] = {}
    others: list[_Items] = []
    for alternative in alternatives:
        if alternative and alternative[0][0] == _sre_parse.LITERAL:
            by_first.setdefault(alternative[0][1], []).append(alternative[1:])
        else:
            others.append(alternative)
    result: list[_Items] = []
    for char, rests in by_first.items():
        if len(rests) == 1:
            result.append([(_sre_parse.LITERAL, char), *rests[0]])
            continue
        # An alternative that ends at this character stays one, empty, after it.
        longer = [rest for rest in rests if rest]
        tails = _trie_of(longer, state, classes) + ([[]] if len(longer) < len(rests) else [])
        branch = (None, [_sre_parse.SubPattern(state, tail) for tail in tails])
        result.append([(_sre_parse.LITERAL, char), (_sre_parse.BRANCH, branch)])
    if classes is not None:
        result = [_first_as_class(alternative, state, classes) for alternative in result]
    return result + others


def _starts_at_beginning(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts at the start of the text (a leading `^`)."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # the parser is CPython's own; if it changes, search instead
        return False
    data = list(parsed)
    return bool(data) and data[0] == (_sre_parse.AT, _sre_parse.AT_BEGINNING)


def _first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of `pattern` starts with, when the pattern says
    so plainly (literals, classes of literals, alternatives, groups, repeats of at
    least one); None when it does not. Where case is ignored, with every character
    the engine takes for one of them (`case_partners`, asked once for all of them)."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    case_blind: set[str] = set()
    found = _starts_with(list(parsed), bool(pattern.flags & re.IGNORECASE), case_blind)
    if not found:
        return None
    return frozenset(found | _case_partners(frozenset(case_blind)) if case_blind else found)


def _first_class(pattern: re.Pattern[str]) -> str | None:
    """A class (source) of every character a match of `pattern` can start with, where
    the pattern says so plainly: `_first_chars`, and also where a class names a
    category ("\\W", "\\d") or an optional part opens the pattern ("\\W*share"). None
    when it does not, or when its categories are not Unicode's (ASCII, LOCALE)."""
    if pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    case_blind: set[str] = set()
    categories: set[Any] = set()
    found = _starts_with(list(parsed), bool(pattern.flags & re.IGNORECASE), case_blind, categories)
    if found is None or not (found or categories):
        return None
    if case_blind:
        found |= _case_partners(frozenset(case_blind))
    named = "".join(sorted(_CATEGORY_CLASSES[category] for category in categories))
    return f"[{named}{''.join(map(re.escape, sorted(found)))}]"


_CATEGORY_CLASSES = {
    _sre_parse.CATEGORY_DIGIT: "\\d",
    _sre_parse.CATEGORY_NOT_DIGIT: "\\D",
    _sre_parse.CATEGORY_SPACE: "\\s",
    _sre_parse.CATEGORY_NOT_SPACE: "\\S",
    _sre_parse.CATEGORY_WORD: "\\w",
    _sre_parse.CATEGORY_NOT_WORD: "\\W",
}


def _starts_with(
    items: list[Any], ignore_case: bool, case_blind: set[str], categories: set[Any] | None = None
) -> set[str] | None:
    """The first characters (`_first_chars`); those read where case is ignored are
    also put in `case_blind`. With `categories` (`_first_class`), a class's categories
    go there, and an optional part's first characters count with those after it."""
    if not items:
        return None  # an empty alternative matches anywhere
    op, value = items[0]
    if op == _sre_parse.AT and value in _AT_START:
        # "^" tests a position and matches no character: the first one follows it.
        return _starts_with(items[1:], ignore_case, case_blind, categories)
    chars: set[str] | None = None
    if op == _sre_parse.LITERAL:
        chars = {chr(value)}
    elif op == _sre_parse.IN:
        chars = _class_chars(value)
        if chars is None and categories is not None:
            chars = _class_chars([member for member in value if member[0] != _sre_parse.CATEGORY])
            named = [member[1] for member in value if member[0] == _sre_parse.CATEGORY]
            if chars is None or not all(category in _CATEGORY_CLASSES for category in named):
                return None
            categories.update(named)
    elif op == _sre_parse.BRANCH:
        union: set[str] = set()
        for alternative in value[1]:
            found = _starts_with(list(alternative), ignore_case, case_blind, categories)
            if found is None:
                return None
            union |= found
        return union
    elif op == _sre_parse.SUBPATTERN:
        _, add_flags, del_flags, sub = value
        # A scoped flag ("(?i:...)", "(?-i:...)") holds inside the group only.
        inside = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _starts_with(list(sub), inside, case_blind, categories)
    elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT) and value[0] >= 1:
        return _starts_with(list(value[2]), ignore_case, case_blind, categories)
    elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT) and categories is not None:
        # An optional part ("\\W*", "(?:jetzt\\s+)?"): the match starts in it or after it.
        inner = _starts_with(list(value[2]), ignore_case, case_blind, categories)
        after = _starts_with(items[1:], ignore_case, case_blind, categories)
        return None if inner is None or after is None else inner | after
    if chars is not None and ignore_case:
        case_blind |= chars
    return chars


_AT_START = (_sre_parse.AT_BEGINNING, _sre_parse.AT_BEGINNING_STRING)


def _never(text: str) -> None:
    return None


def first_claim(segment: Segment, checks: Checks, context: PhraseBook) -> Verdict | None:
    """Give `segment` the verdict of the first rule that claims it, and return it."""
    for check, rule in checks:
        found = check(segment, context)
        if found:
            verdict = rule.verdict if found is True else rule.judge(found)
            assert verdict is not None
            verdict.give(segment)
            return verdict
    return None


_UNSEEN = Verdict()
