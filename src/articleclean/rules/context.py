"""What rules share: the config and the phrase matchers compiled from it once."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..config import PHRASE_RULES, CleanerConfig
from ..document import _CJK, Segment
from ..document import phrase_form as document_phrase_form
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


def phrase_form(text: str) -> str:
    """The form phrases and lines are compared in (see Segment.phrase_form)."""
    return document_phrase_form(text)


def _pattern(phrase: str) -> str:
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    if _CJK.search(phrase):
        return body
    return rf"(?<!\w){body}(?!\w)"


def _alternation(phrases: tuple[str, ...]) -> str:
    # Longest first, so that "read more" wins over "read" in a prefix match.
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(_pattern(p) for p in ordered)


_WORD_RUN = re.compile(r"\w+")
_last_runs: tuple[str, list[str]] = ("", [])


def _word_runs(text: str) -> list[str]:
    """The runs of word characters of `text`, kept for the next call with the same string.

    Several rules look at the same phrase form one after the other.
    """
    global _last_runs
    last_text, runs = _last_runs
    if last_text is not text:
        runs = _WORD_RUN.findall(text)
        _last_runs = (text, runs)
    return runs


_NOTHING: tuple[re.Match[str], ...] = ()


class PhrasePattern:
    r"""A compiled alternation of phrases that first asks a cheap question.

    Most lines contain none of a rule's phrases, yet an alternation of a few
    hundred phrases, each behind a look-behind, is tried at every position of
    every line. A phrase bounded by (?<!\w) can only match where the text's
    runs of word characters hold its first word, and, for a phrase of several
    words, its first two words as two runs in a row (only white space may stand
    between them). A CJK phrase (no bounds) can only match where its first
    character (or, if that is not CJK, its first word) stands. When none of that is in the text, nothing can match and
    the regex is skipped; otherwise the full regex answers, so every result is
    exactly the regex's own.
    """

    __slots__ = ("_first_pairs", "_single_words", "_unbounded_start", "regex")

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.regex = re.compile(_alternation(phrases))
        bounded = [p.split() for p in phrases if p and not _CJK.search(p)]
        unbounded = [p for p in phrases if p and _CJK.search(p)]
        self._single_words = frozenset(words[0] for words in bounded if len(words) == 1)
        self._first_pairs = frozenset((words[0], words[1]) for words in bounded if len(words) > 1)
        # An unbounded phrase starting with a CJK character is looked for by that
        # character (rare in other text); one starting otherwise ("cookieを使用")
        # by its whole first word. One regex finds any of them.
        chars = sorted({p[0] for p in unbounded if _CJK.match(p)})
        words = sorted({p.split()[0] for p in unbounded if not _CJK.match(p)})
        starts = ["[" + "".join(re.escape(c) for c in chars) + "]"] if chars else []
        starts += [re.escape(word) for word in words]
        self._unbounded_start = re.compile("|".join(starts)) if starts else None

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def may_match(self, text: str) -> bool:
        if self._unbounded_start is not None and self._unbounded_start.search(text):
            return True
        runs = _word_runs(text)
        # isdisjoint walks the runs in C and stops at the first hit.
        if not self._single_words.isdisjoint(runs):
            return True
        return not self._first_pairs.isdisjoint(itertools.pairwise(runs))

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.may_match(text) else None

    def may_start(self, text: str) -> bool:
        """may_match for a match at the start: only the first runs count."""
        if self._unbounded_start is not None and self._unbounded_start.match(text):
            return True
        first = _WORD_RUN.match(text)
        if first is None:
            return False
        word = first.group()
        if word in self._single_words:
            return True
        if not self._first_pairs:
            return False
        second = _WORD_RUN.search(text, first.end())
        return second is not None and (word, second.group()) in self._first_pairs

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text) if self.may_start(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.may_match(text) else iter(_NOTHING)

    def findall(self, text: str) -> list[Any]:
        return self.regex.findall(text) if self.may_match(text) else []


@dataclass(frozen=True)
class PhraseMatcher:
    """One rule's phrases, compiled: whole line, line start, or inside a line."""

    lines: frozenset[str]
    prefix: PhrasePattern | None
    contains: PhrasePattern | None

    def is_line(self, segment: Segment) -> bool:
        return segment.phrase_form in self.lines

    def starts(self, form: str) -> re.Match[str] | None:
        return self.prefix.match(form) if self.prefix else None

    def found_in(self, form: str) -> bool:
        return bool(self.contains and self.contains.search(form))


def _compile(rule: str, extra: tuple[str, ...]) -> PhraseMatcher:
    modes = dict(builtin_phrases().get(rule, {}))
    if extra:
        mode = _EXTRA_MODE[rule]
        modes[mode] = tuple(modes.get(mode, ())) + extra
    lines = frozenset(phrase_form(p) for p in modes.get("line", ()))
    prefixes = tuple(phrase_form(p) for p in modes.get("prefix", ()) if phrase_form(p))
    contains = tuple(phrase_form(p) for p in modes.get("contains", ()) if phrase_form(p))
    return PhraseMatcher(
        lines=lines,
        prefix=PhrasePattern(prefixes) if prefixes else None,
        contains=PhrasePattern(contains) if contains else None,
    )


@lru_cache(maxsize=64)
def _matchers(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, PhraseMatcher]:
    extras = dict(extra)
    return {rule: _compile(rule, extras.get(rule, ())) for rule in PHRASE_RULES}


@lru_cache(maxsize=1)
def byline_prefixes() -> tuple[str, ...]:
    return tuple(builtin_phrases().get("byline_prefix", {}).get("line", ()))


@dataclass(frozen=True)
class Context:
    config: CleanerConfig
    phrases: dict[str, PhraseMatcher]

    @classmethod
    def for_config(cls, config: CleanerConfig) -> Context:
        key = tuple(sorted(config.extra_phrases.items()))
        return cls(config=config, phrases=_matchers(key))
