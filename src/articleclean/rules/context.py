"""What rules share: the config and the phrase matchers compiled from it once (`PhraseBook`).

Every rule gets the Cleaner's PhraseBook as its `context` argument.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from ..config import PHRASE_RULES, CleanerConfig
from ..document import _CJK, Segment, phrase_form
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
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    if _CJK.search(phrase):
        return body
    return rf"(?<!\w){body}(?!\w)"


def _alternation(phrases: tuple[str, ...]) -> str:
    # Longest first, so that "read more" wins over "read" in a prefix match.
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(_pattern(p) for p in ordered)


@dataclass(frozen=True)
class PhraseMatcher:
    """One rule's phrases, compiled: whole line, line start, or inside a line."""

    lines: frozenset[str]
    prefix: re.Pattern[str] | None
    contains_by_word: dict[str, re.Pattern[str]] = field(default_factory=dict)
    """The non-CJK `contains` phrases grouped by their longest word, each group compiled."""
    contains_cjk: re.Pattern[str] | None = None
    sections: frozenset[str] = frozenset()
    """Whole lines that name a section ("More information"): a rule's phrase only where
    what follows them says so (see `teasers.teaser_section_label`)."""

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
        # A CJK phrase can only be found in a line that has CJK characters.
        if self.contains_cjk is not None and _CJK.search(form):
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
    lines = frozenset(phrase_form(p) for p in modes.get("line", ()))
    sections = frozenset(phrase_form(p) for p in modes.get("section", ())) - lines
    prefixes = tuple(phrase_form(p) for p in modes.get("prefix", ()) if phrase_form(p))
    contains = tuple(phrase_form(p) for p in modes.get("contains", ()) if phrase_form(p))
    cjk = tuple(p for p in contains if _CJK.search(p))
    spaced = tuple(p for p in contains if not _CJK.search(p))
    return PhraseMatcher(
        lines=lines,
        prefix=re.compile(rf"(?:{_alternation(prefixes)})") if prefixes else None,
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


@lru_cache(maxsize=1)
def byline_prefixes() -> tuple[str, ...]:
    return tuple(builtin_phrases().get("byline_prefix", {}).get("line", ()))


@dataclass(frozen=True)
class PhraseBook:
    """A Cleaner's config and the phrase matchers compiled from the phrase files
    and its `extra_phrases`, once per distinct set of extra phrases (64 kept)."""

    config: CleanerConfig
    phrases: dict[str, PhraseMatcher]

    @classmethod
    def for_config(cls, config: CleanerConfig) -> PhraseBook:
        key = tuple(sorted(config.extra_phrases.items()))
        return cls(config=config, phrases=_matchers(key))


Context = PhraseBook
"""The PhraseBook's former name, which rules still use for their `context` argument."""
