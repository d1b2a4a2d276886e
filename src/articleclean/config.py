"""CleanerConfig: every switch and threshold, frozen, with documented defaults.

Each rule has a boolean field of the same name: the name of the function
that implements it, the `rule` recorded on each removal, and its switch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError

# Rules whose names accept extra marker phrases through `extra_phrases`.
PHRASE_RULES = (
    "ad_marker",
    "promo_prompt",
    "boilerplate_notice",
    "teaser_heading",
    "inline_teaser",
    "media_placeholder",
)


@dataclass(frozen=True)
class CleanerConfig:
    """Settings of a Cleaner. Build with keyword overrides:

    >>> CleanerConfig(ad_marker=False).ad_marker
    False
    """

    # --- pass 1: each block judged on its own ---------------------------
    media_placeholder: bool = True
    """`![](url)`, `[Image]`, "Image 1 of 12", "Click to enlarge"."""
    ad_marker: bool = True
    """Whole-line ad markers: "Advertisement", "Anzeige", "广告"."""
    promo_prompt: bool = True
    """Share, newsletter, subscribe, follow, app and comment prompts."""
    boilerplate_notice: bool = True
    """Cookie, privacy and copyright notices, footers."""
    site_boilerplate: bool = True
    """Lines learned as repeating across a site (see `boilerplate_lines`)."""
    inline_teaser: bool = True
    """"READ MORE: <headline>" and its kin on one line."""
    teaser_heading: bool = True
    """"Must Read", "Related", "Lire aussi": a heading that opens teasers."""
    credit_line: bool = True
    """A photo credit on a line of its own ("Photo: Reuters")."""
    credited_caption: bool = True
    """A line that ends in a photo credit ("... /CFP") is a caption."""
    caption_sentence: bool = True
    """A present-tense sentence ending in a full date reads as a caption."""
    html_figure_caption: bool = True
    """(HTML) a block inside <figure>/<figcaption> or a caption class."""
    html_related_box: bool = True
    """(HTML) a block inside an element whose class/id says related, recommended, more."""
    html_promo_box: bool = True
    """(HTML) a block inside a newsletter, share, subscribe or social element."""
    html_ad_slot: bool = True
    """(HTML) a block inside an ad, advert or sponsor element."""
    html_heading: bool = True
    """(HTML) a block from an <h1>…<h6> element is a heading."""
    html_teaser_link: bool = True
    """(HTML) "Lea más: <link to another story>": a short label, then one link."""
    html_empty_row: bool = True
    """(HTML) a table row with no text in any cell ("| | |")."""

    # --- pass 2: revised with context -----------------------------------
    caption_before_credit: bool = True
    """A short line describing a picture, right before a credit line, is its caption."""
    repeated_caption: bool = True
    """A caption printed again (or found again in the body)."""
    caption_title: bool = True
    """A short line repeating the start of the caption after it."""
    teaser_blurb: bool = True
    """The story blurbs after a teaser heading that share few words with the body."""
    repeated_paragraph: bool = True
    """Exact and near-exact repeats of a paragraph, adjacent or interleaved."""
    outside_article: bool = True
    """On whole-page dumps, what lies around the article's densest run of prose (the run
    about the page title), and the short lines in that run's thin end."""
    html_player_text: bool = True
    """(HTML) a video player's menus and dialogs as text ("descriptions off, selected")."""
    html_gallery_slide: bool = True
    """(HTML) numbered slides ("1/50 …") of a gallery whose captions are not about the article."""
    html_story_list: bool = True
    """(HTML) other stories' linked headlines and blurbs, three or more, off the article's topic."""
    html_orphan_label: bool = True
    """(HTML) a heading or "Label:" line at the very end that introduces nothing."""
    menu_run: bool = True
    """A run of short link-like lines outside the article text."""

    # --- structure -------------------------------------------------------
    title_line: bool = True
    """The first line, when it reads like a headline, is the title."""
    byline_line: bool = True
    """"By …", "Von …", "Par …", "Por …", "Name | Agency" near the top."""
    dateline_prefix: bool = True
    """`BEIJING:`, `WASHINGTON (AP) —` cut from the first paragraph."""
    section_heading: bool = True
    """Short unpunctuated lines that introduce body text become headings."""

    # --- phrases and learned data ---------------------------------------
    extra_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """More marker phrases, keyed by rule name (see PHRASE_RULES)."""
    boilerplate_lines: frozenset[str] = frozenset()
    """Normalised lines to remove as `site_boilerplate` (from `articleclean learn`)."""

    # --- thresholds ------------------------------------------------------
    teaser_max_blocks: int = 12
    """How many blocks after a teaser heading may be teaser blurbs."""
    teaser_overlap: float = 0.34
    """A blurb sharing at least this share of its words with the body is article text."""
    duplicate_min_chars: int = 12
    """Shorter paragraphs are not checked for repeats (e.g. "Yes." in an interview)."""

    # --- language --------------------------------------------------------
    detect_language: bool = True
    language_sample_chars: int = 250
    """Language detection reads at most this many characters of the body."""
    language_trials: int = 1
    """langdetect's random trials per detection (its own default is 7).

    Each trial costs as much as reading the sample; on the webeval pages one
    trial over 250 characters agrees with seven over 10,000 as often as seven
    over 600 did (99.5 %), at a quarter of the time (`python -m bench --only language`).
    """

    # --- speed -----------------------------------------------------------
    remembered_lines: int = 20_000
    """How many distinct text-dump lines a Cleaner remembers its pass-1 verdict on.

    Pages of one site repeat their menus, footers and prompts; a line seen
    before is judged by looking it up (same verdict, no rule run). 0 turns
    this off. Lines longer than 300 characters are not remembered, so the
    memory stays under a few megabytes.
    """

    # --- limits ----------------------------------------------------------
    max_input_bytes: int = 32 * 1024 * 1024
    """Larger input gives an Article with status `too_large`."""
    time_budget: float | None = 60.0
    """Seconds per document; checked between stages (status `timeout`)."""

    def __post_init__(self) -> None:
        extra = {}
        for rule, phrases in dict(self.extra_phrases).items():
            if rule not in PHRASE_RULES:
                raise ConfigError(
                    f"extra_phrases: unknown rule {rule!r}; phrases can be added to "
                    + ", ".join(PHRASE_RULES)
                )
            if isinstance(phrases, str):
                phrases = (phrases,)
            extra[rule] = tuple(str(p) for p in phrases)
        object.__setattr__(self, "extra_phrases", extra)
        object.__setattr__(self, "boilerplate_lines", frozenset(self.boilerplate_lines))
        if self.max_input_bytes <= 0:
            raise ConfigError("max_input_bytes must be positive")
        if self.remembered_lines < 0:
            raise ConfigError("remembered_lines must be 0 or more")
        if self.language_sample_chars <= 0 or self.language_trials <= 0:
            raise ConfigError("language_sample_chars and language_trials must be positive")
        if self.time_budget is not None and self.time_budget <= 0:
            raise ConfigError("time_budget must be positive or None")

    def replace(self, **overrides: Any) -> CleanerConfig:
        """A copy with some fields changed; unknown names are an error."""
        unknown = sorted(set(overrides) - field_names())
        if unknown:
            raise ConfigError(
                f"unknown CleanerConfig option(s) {', '.join(unknown)}; "
                f"valid: {', '.join(sorted(field_names()))}"
            )
        return dataclasses.replace(self, **overrides)

    def rule_enabled(self, name: str) -> bool:
        return bool(getattr(self, name))


def field_names() -> set[str]:
    return {f.name for f in dataclasses.fields(CleanerConfig)}


def resolve_config(config: CleanerConfig | None, overrides: Mapping[str, Any]) -> CleanerConfig:
    base = config if config is not None else CleanerConfig()
    return base.replace(**overrides) if overrides else base
