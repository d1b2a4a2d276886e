"""What rules share: the config and the phrase matchers compiled from it once (`PhraseBook`).

Every rule gets the Cleaner's PhraseBook as its `context` argument. Besides
each rule's own matcher, the book holds one index of every rule's phrases by
kind (`PhraseIndex`): one look at a line tells which phrase rules may match
it, so pass 1 asks only those (most lines: none).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from ..config import PHRASE_RULES, CleanerConfig
from ..document import CJK_CHAR, Segment, phrase_form
from ..lexicon import with_capital_i_folds
from ..phrases import builtin_phrases

# Where a user's extra phrase for a rule goes: the mode that rule reads it in.
_EXTRA_MODE = {
    "ad_marker": "line",
    "teaser_heading": "line",
    "media_placeholder": "line",
    "inline_teaser": "prefix",
    "promo_prompt": "contains",
    "boilerplate_notice": "contains",
}


def _pattern(phrase: str) -> str:
    words = phrase.split()
    body = r"\s+".join(re.escape(word) for word in words)
    if CJK_CHAR.search(phrase):
        return body
    # "No word character before the phrase" asked after its first character: `(?<!\w.)`
    # there fails only when the character before the phrase is a word character (at the
    # string's start there is none), so the matches are those of `(?<!\w){body}`; but
    # each branch of an alternation now opens with a literal, and the engine skips to the
    # positions holding a branch's first character where it tried every position (round
    # 56: the `contains` groups' searches ~5.7× faster on the callgrind documents' lines).
    # `phrase` is a phrase form: its first character is a letter or digit, never the line
    # break that `.` would not pass.
    first = re.escape(words[0][0])
    return rf"{first}(?<!\w.){body[len(first) :]}(?!\w)"


def _alternation(phrases: tuple[str, ...]) -> str:
    # Longest first, so that "read more" wins over "read" in a prefix match.
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(_pattern(p) for p in ordered)


@dataclass(frozen=True)
class PhraseMatcher:
    """One rule's phrases, compiled: whole line, line start, or inside a line."""

    lines: frozenset[str]
    prefix: re.Pattern[str] | None
    prefixes: tuple[str, ...] = ()
    """The `prefix` phrases `prefix` was compiled from (phrase forms)."""
    contains_by_word: dict[str, re.Pattern[str]] = field(default_factory=dict)
    """The non-CJK `contains` phrases grouped by their longest word, each group compiled."""
    contains_cjk: re.Pattern[str] | None = None
    sections: frozenset[str] = frozenset()
    """Whole lines that name a section ("More information"): a rule's phrase only where
    what follows them says so (see `teaser_headings.teaser_section_label`)."""

    def is_line(self, segment: Segment) -> bool:
        return segment.phrase_form in self.lines

    def starts(self, form: str) -> re.Match[str] | None:
        return self.prefix.match(form) if self.prefix else None

    def found_in(self, form: str, words: Collection[str] | None = None) -> bool:
        """Whether a phrase occurs in `form`; `words` are its words, if already split."""
        return bool(self._matches(form, words, first_only=True))

    def phrases_in(self, form: str, words: Collection[str] | None = None) -> set[str]:
        """Every phrase of this rule that occurs in `form` (a phrase form)."""
        return self._matches(form, words, first_only=False)

    def _matches(self, form: str, words: Collection[str] | None, *, first_only: bool) -> set[str]:
        # One big alternation is slow. A spaced phrase matches only where each of
        # its words is a whole word of the line, so only the groups whose
        # longest word the line has need their regex run.
        groups = self.contains_by_word
        if words is None:
            words = set(form.split())
        patterns = []
        # A CJK phrase can only be found in a line that has CJK characters (none in an
        # ASCII line: a flag CPython keeps on the string, asked before the search, as
        # `PhraseIndex.rules_in` asks it; half the lines asked on the callgrind documents).
        if self.contains_cjk is not None and not form.isascii() and CJK_CHAR.search(form):
            patterns.append(self.contains_cjk)
        if not groups.keys().isdisjoint(words):  # most lines: none of the grouping words
            patterns += [groups[word] for word in words if word in groups]
        if not patterns:
            return set()
        found: set[str] = set()
        for pattern in patterns:
            found.update(match.group(0) for match in pattern.finditer(form))
            if found and first_only:
                break
        return found


def _compile(rule: str, extra: tuple[str, ...]) -> PhraseMatcher:
    modes = dict(builtin_phrases().get(rule, {}))
    if extra:
        mode = _EXTRA_MODE[rule]
        modes[mode] = tuple(modes.get(mode, ())) + extra
    # (each form with a dotless "ı" twinned with "i": the form of the phrase in capitals)
    lines = frozenset(with_capital_i_folds(map(phrase_form, modes.get("line", ()))))
    sections = frozenset(with_capital_i_folds(map(phrase_form, modes.get("section", ())))) - lines
    prefixes = with_capital_i_folds(f for f in map(phrase_form, modes.get("prefix", ())) if f)
    contains = with_capital_i_folds(f for f in map(phrase_form, modes.get("contains", ())) if f)
    cjk = tuple(p for p in contains if CJK_CHAR.search(p))
    spaced = tuple(p for p in contains if not CJK_CHAR.search(p))
    return PhraseMatcher(
        lines=lines,
        prefix=re.compile(rf"(?:{_alternation(prefixes)})") if prefixes else None,
        prefixes=prefixes,
        contains_by_word=_by_longest_word(spaced),
        contains_cjk=re.compile(_alternation(cjk)) if cjk else None,
        sections=sections,
    )


def _by_longest_word(phrases: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(max(phrase.split(), key=len), []).append(phrase)
    return {word: re.compile(_alternation(tuple(group))) for word, group in groups.items()}


@lru_cache(maxsize=64)
def _matchers(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, PhraseMatcher]:
    extras = dict(extra)
    return {rule: _compile(rule, extras.get(rule, ())) for rule in PHRASE_RULES}


_NO_RULES: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PhraseIndex:
    """Every phrase rule's phrases, compiled into one index per kind.

    It answers, for all rules at once, which rules have a phrase that may be in
    a line: a `line` phrase is the line's phrase form; a `prefix` phrase starts
    with the line's first word (its pattern needs the whole word); a `contains`
    phrase has its grouping word among the line's words (see
    `PhraseMatcher._matches`); a CJK phrase needs a CJK character. A rule not
    named cannot find any of its phrases in the line; a rule named may still
    find none (its own matcher decides).
    """

    lines: dict[str, frozenset[str]]
    first_words: dict[str, frozenset[str]]
    words: dict[str, frozenset[str]]
    cjk: frozenset[str]
    """Rules with a CJK `prefix` or `contains` phrase."""

    @classmethod
    def of(cls, matchers: dict[str, PhraseMatcher]) -> PhraseIndex:
        lines: dict[str, set[str]] = {}
        first_words: dict[str, set[str]] = {}
        words: dict[str, set[str]] = {}
        cjk: set[str] = set()
        for rule, matcher in matchers.items():
            for line in matcher.lines:
                lines.setdefault(line, set()).add(rule)
            for word in matcher.contains_by_word:
                words.setdefault(word, set()).add(rule)
            if matcher.contains_cjk is not None:
                cjk.add(rule)
            for phrase in matcher.prefixes:
                if CJK_CHAR.search(phrase):
                    cjk.add(rule)
                else:
                    first_words.setdefault(phrase.split()[0], set()).add(rule)
        return cls(
            lines={key: frozenset(value) for key, value in lines.items()},
            first_words={key: frozenset(value) for key, value in first_words.items()},
            words={key: frozenset(value) for key, value in words.items()},
            cjk=frozenset(cjk),
        )

    def rules_in(self, segment: Segment) -> frozenset[str]:
        """The rules that may have a phrase in `segment` (usually none).

        The plain reading of the index: pass 1's screen reads the same index compiled
        into one bit per rule (`block_pass._PhraseScreen`), and tests/test_block_screen.py
        checks the screen against this, line by line."""
        form = segment.phrase_form
        found = self.lines.get(form, _NO_RULES)
        line_words = form.split()
        if not line_words:
            return found
        first = self.first_words.get(line_words[0])  # (no partition: the words are split anyway)
        if first is not None:
            found = found | first
        words = self.words
        if not words.keys().isdisjoint(line_words):  # most lines: none of the grouping words
            for word in line_words:
                rules = words.get(word)
                if rules is not None:
                    found = found | rules
        if self.cjk and not form.isascii() and CJK_CHAR.search(form):
            found = found | self.cjk
        return found


@lru_cache(maxsize=64)
def _index(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseIndex:
    return PhraseIndex.of(_matchers(extra))


@dataclass(frozen=True)
class PhraseBook:
    """A Cleaner's config and the phrase matchers compiled from the phrase files
    and its `extra_phrases`, once per distinct set of extra phrases (64 kept)."""

    config: CleanerConfig
    phrases: dict[str, PhraseMatcher]
    index: PhraseIndex | None = None
    """All rules' phrases by kind (None: built from `phrases` when first asked for)."""

    @classmethod
    def for_config(cls, config: CleanerConfig) -> PhraseBook:
        key = tuple(sorted(config.extra_phrases.items()))
        return cls(config=config, phrases=_matchers(key), index=_index(key))

    def phrase_index(self) -> PhraseIndex:
        if self.index is None:
            object.__setattr__(self, "index", PhraseIndex.of(self.phrases))
        assert self.index is not None
        return self.index
