"""What rules share: the config and the phrase matchers compiled from it once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..config import PHRASE_RULES, CleanerConfig
from ..document import _CJK, Segment
from ..phrases import builtin_phrases

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_SPACE = re.compile(r"\s+")

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
    lowered = text.casefold().replace("’", "'").replace("‘", "'")
    return _SPACE.sub(" ", _NON_WORD.sub(" ", lowered)).strip()


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
    contains: re.Pattern[str] | None

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
        prefix=re.compile(rf"(?:{_alternation(prefixes)})") if prefixes else None,
        contains=re.compile(_alternation(contains)) if contains else None,
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
