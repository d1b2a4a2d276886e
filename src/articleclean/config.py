"""CleanerConfig: every switch and threshold, frozen, with documented defaults.

Each rule has a boolean field of the same name: the name of the function
that implements it, the `rule` recorded on each removal, and its switch.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import math
import types
import typing
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Union

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

DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024
"""`CleanerConfig.max_input_bytes`' default, also the record limit of the CLI's
`--max-bytes` and of the WARC readers for Spark and Dask."""


def _bounds(
    low: float | None = None, high: float | None = None, *, low_open: bool = False
) -> dict[str, Any]:
    """Field metadata: the range a number must lie in (checked by `_validate`)."""
    return {"low": low, "high": high, "low_open": low_open}


@dataclass(frozen=True)
class CleanerConfig:
    """Settings of a Cleaner. Build with keyword overrides:

    >>> CleanerConfig(ad_marker=False).ad_marker
    False
    """

    # --- pass 1: each block judged on its own ---------------------------
    wire_slug: bool = True
    """A news agency's routing slug ("AP-US--Trump-Impeachment, 4th Ld-Writethru")."""
    wire_edit_note: bool = True
    """A wire's edit note on its own line ("UPDATE: Adds comment in sixth paragraph.")."""
    wire_end_mark: bool = True
    """A wire's or a press release's end mark alone on a line ("(END)", "###", "-30-")."""
    media_placeholder: bool = True
    """`![](url)`, `[Image]`, "Image 1 of 12", "Click to enlarge"."""
    ad_marker: bool = True
    """Whole-line ad markers: "Advertisement", "Anzeige", "广告"."""
    promo_prompt: bool = True
    """Share, newsletter, subscribe, follow, app and comment prompts."""
    promo_shape: bool = True
    """A prompt known by its shape: "… per Mail", "Jetzt … registrieren", two on a line."""
    boilerplate_notice: bool = True
    """Cookie, privacy and copyright notices, footers."""
    footer_links: bool = True
    """(Text) a row of the site's footer links on one line ("Impressum | Datenschutz | AGB")."""
    site_boilerplate: bool = True
    """Lines learned as repeating across a site (see `boilerplate_lines`)."""
    inline_teaser: bool = True
    """"READ MORE: <headline>" and its kin on one line; another story's headline or blurb
    closed by a link to the rest of it ("<headline> | mehr", "<blurb>... more >>")."""
    teaser_heading: bool = True
    """"Must Read", "Related", "Lire aussi": a heading that opens teasers."""
    credit_line: bool = True
    """A photo credit on a line of its own ("Photo: Reuters")."""
    credited_caption: bool = True
    """A line that ends in a photo credit ("... /CFP") is a caption."""
    caption_sentence: bool = True
    """A present-tense sentence ending in a full date reads as a caption."""
    caption_moment: bool = True
    """(Text) someone, in the present tense or with no verb, at a moment gone by ("… last
    week", "… yesterday"): a picture's moment."""
    html_figure_caption: bool = True
    """(HTML) a block inside <figure>/<figcaption> or a caption class."""
    html_related_box: bool = True
    """(HTML) a block inside an element whose class/id says related, recommended, more."""
    html_promo_box: bool = True
    """(HTML) a block inside a newsletter, share, subscribe or social element."""
    html_ad_slot: bool = True
    """(HTML) a block inside an ad, advert or sponsor element."""
    html_author_box: bool = True
    """(HTML) a block inside the box that presents the author (author-bio, author-box)."""
    html_heading: bool = True
    """(HTML) a block from an <h1>…<h6> element is a heading."""
    html_teaser_link: bool = True
    """(HTML) "Lea más: <link to another story>": a short label, then one link."""
    html_empty_row: bool = True
    """(HTML) a table row with no text in any cell ("| | |")."""

    # --- markup: rules that read a Markdown dump's or a text browser's marks ---------
    # (line rules in pass 1; `markdown_menu`, `centred_headline`, `above_headline` and
    # `link_list` run after pass 1 and before the page/article decision, `markdown_heading`
    # with the structure rules: pipeline.py holds the order)
    markdown_header: bool = True
    """(Markdown) a field of Jina Reader's header ("URL Source: …", "Markdown Content:")."""
    markdown_link_row: bool = True
    """(Markdown) a line of links alone (a menu's row, a share bar), or a reference's
    target ("[1]: https://…")."""
    markdown_picture: bool = True
    """(Markdown) a line of pictures alone ("![alt](src)", "[![alt](src)](href)")."""
    markdown_heading: bool = True
    """(Markdown) a heading the marks say ("## …", a line underlined with "---") that the
    title rules left in the body is a section heading."""
    markdown_menu: bool = True
    """(Markdown) three list items or more in a row, each one link alone of at most three
    words (a site's menu)."""
    link_references: bool = True
    """(Text browser) the list of the links' addresses at the dump's foot ("References" /
    "  12. https://…")."""
    link_row: bool = True
    """(Text browser) a line of three links or more and nothing else (a menu's row, a
    share row, a footer's links)."""
    image_link: bool = True
    """(Text browser) one link alone to a picture's file (the picture's alt text)."""
    in_page_link: bool = True
    """(Text browser) one link alone to a place in the page ("Skip to main content")."""
    link_list: bool = True
    """(Text browser) three list items or more in a row, each one link alone, with the
    short line that names them."""
    share_row: bool = True
    """(Text browser) the places to share the page to, printed with no link numbers, bare
    ("Facebook WhatsApp Email") or after a label (a share verb's label is `promo_shape`'s
    first, in any dump)."""
    above_headline: bool = True
    """(Text browser) the short lines above the centred headline (the page's header)."""
    centred_headline: bool = True
    """(Text browser) the first line the browser centred, near the top, is the title."""

    # --- pass 2: revised with context -----------------------------------
    caption_before_credit: bool = True
    """A short line describing a picture, right before a credit line, is its caption."""
    caption_at_place: bool = True
    """A one-sentence line naming a known place, right before a credit line, is its caption."""
    name_credit: bool = True
    """(Text) a bare name signing two pictures in a row (sentence, name, sentence, the same
    name), where the dump shows that three times or more, is a credit line."""
    caption_signed_by_name: bool = True
    """(Text) the sentence right above a name `name_credit` took is its picture's caption."""
    caption_continued: bool = True
    """(Text) a caption's first line, stopped at a comma, over the caption going on in lower case."""
    gallery_caption: bool = True
    """(Text) a gallery's slides, numbered against one total from the first ("1/6 …",
    "2/6 …", "3/6 …", in any order), are captions."""
    repeated_caption: bool = True
    """A caption printed again (or found again in the body)."""
    caption_title: bool = True
    """A short line repeating the start of the caption after it."""
    picture_title: bool = True
    """(Text) a picture's title or alt text over its caption: a short line, no sentence,
    most of whose words the caption right below writes again."""
    teaser_section_label: bool = True
    """A heading naming a section ("More information", "Hintergrund") that teasers follow;
    followed by article text it stays a heading."""
    teaser_blurb: bool = True
    """The story blurbs after a teaser heading that share few words with the body."""
    closing_teasers: bool = True
    """Only headlines, short labels and dates after the last teaser heading, up to the
    end of the dump, whatever their words (text dumps only)."""
    teaser_box: bool = True
    """A short heading and two to five headlines between two paragraphs, the headlines
    sharing few words with the article: a box of other stories (text dumps only)."""
    teaser_list: bool = True
    """A heading worded from teaser headings' words, sharing no word with the article,
    over two to five off-topic headlines, wherever it stands (text dumps only)."""
    labelled_teaser: bool = True
    """A teaser label worded from teaser headings' words glued to an off-topic headline
    ("Don't miss | <headline>", text dumps only)."""
    trailing_teasers: bool = True
    """Other stories' headlines after the article's last paragraph, without a heading,
    sharing few words with the article (text dumps only)."""
    refrain_box: bool = True
    """A box ending the dump that prints the same short label at the same place in each
    of its stories, two to four lines apart, sharing few words with the article (text
    dumps only)."""
    trailing_menu: bool = True
    """A run of five or more short labels after the article's last paragraph (a menu, a
    list of sections) sharing few words with the article (text dumps only)."""
    prompt_tail: bool = True
    """The few lines after a paywall's prompt for the rest of the story ("To view the
    full story, please subscribe"), up to the end of the dump, sharing few words with
    the article (text dumps only)."""
    repeated_teaser: bool = True
    """A headline printed again when a teaser rule took another copy of it (text dumps
    only)."""
    labelled_copy: bool = True
    """A headline printed behind a short label ("See also | <headline>") when a teaser
    rule took the headline printed alone, or printed alone when a teaser rule took the
    labelled line (text dumps read as articles only)."""
    repeated_teaser_box: bool = True
    """The heading and other headlines of a box that holds a headline printed again
    (`repeated_teaser`), off the article's topic (text dumps read as articles only)."""
    left_out_headline: bool = True
    """The headline right under a box the box rules took, which they left out as maybe
    the article's, when it is written as the box's headlines and not as the line after
    it, and shares no word of the article's own (text dumps read as articles only)."""
    pitch_over_button: bool = True
    """The line right over a prompt the prompt rules took, when both ask for the same
    thing (a subscription or an issue, or support), of at most 40 words (speaking to the
    reader over 12): a pitch box's heading or text over its button."""
    box_tail: bool = True
    """Up to three headlines ending the dump under at least three lines of a box the
    teaser rules took, right under a paragraph; no prose, question, figure, comma, fact
    or address among them (text dumps read as articles only)."""
    interrupting_teaser: bool = True
    """A short label of its own and another story's headline on one line ("Passend dazu
    – <headline>"), printed once between two paragraphs that go on from each other,
    sharing no word with the article (text dumps read as articles only)."""
    stray_teaser: bool = True
    """A short label of its own and another story's headline on one line, sharing no
    word or stem with the article as a whole, no line of its form near it, cutting into
    the text: under text or a subheading, after the last paragraph, between a list's
    rows (text dumps read as articles only)."""
    story_ticker: bool = True
    """Three or more headlines in a row, each after a clock time, the times going down: a
    news ticker of other stories (text dumps only)."""
    cut_short_teasers: bool = True
    """Four or more lines in a row, each cut short by an ellipsis at its end: a box of other
    stories cut at a fixed length (text dumps only)."""
    repeated_paragraph: bool = True
    """Exact and near-exact repeats of a paragraph, adjacent or interleaved."""
    repeated_label: bool = True
    """On whole-page dumps, a short line printed again inside the article's prose (on an
    article dump that is the article's own label, a table's column header, and stays)."""
    html_player_text: bool = True
    """(HTML) a video player's menus and dialogs as text ("descriptions off, selected")."""
    html_dialog_text: bool = True
    """(HTML) text inside the page's dialogs (role="dialog", aria-modal): a player's modal."""
    html_control_label: bool = True
    """(HTML) a button's short label ("Bild anzeigen", "Show all 50") kept as a line."""
    html_stamp_row_byline: bool = True
    """(HTML) the name a row of the page's facts printed beside its dropped date, as the byline."""
    html_stamp_row_rest: bool = True
    """(HTML) a row of the page's facts without its dropped `<time>`s ("Publié le ·")."""
    html_gallery_slide: bool = True
    """(HTML) numbered slides ("1/50 …") of a gallery whose captions are not about the article."""
    html_story_list: bool = True
    """(HTML) other stories' linked headlines and blurbs, three or more, off the article's topic."""
    html_card_above: bool = True
    """(HTML) other stories' cards (linked headline, blurb) before the `<h1>`, off the topic."""
    html_card_below: bool = True
    """(HTML) other stories' cards (linked headline, blurb) below the article, off its topic."""
    html_date_line: bool = True
    """(HTML) a line that is only a date (and a time) above or below the article's prose."""
    html_orphan_label: bool = True
    """(HTML) a heading or "Label:" line at the very end that introduces nothing."""

    # --- structure -------------------------------------------------------
    page_title: bool = True
    """A page's <title> line ("Headline - Site") when the headline stands again below it."""
    title_line: bool = True
    """The first line, when it reads like a headline, is the title."""
    title_site_name: bool = True
    """The site's name comes off the title ("Headline | Site", "Headline - site.com")."""
    title_wire_slug: bool = True
    """A wire's slug comes off the title ("UPDATE 2-Headline", "EXCLUSIVE-Headline")."""
    byline_line: bool = True
    """"By …", "Von …", "Par …", "Por …", "Name | Agency" near the top."""
    caption_scene: bool = True
    """A line without a full stop describing someone doing something somewhere is a caption
    (after the title is found; text dumps only)."""
    caption_beside_credit: bool = True
    """(Text) one short sentence right above or below a credit line is its caption (after
    the title and the byline are found)."""
    breadcrumb: bool = True
    """On whole-page dumps, the path to the page ending in its headline ("Home » News » …")."""
    outside_article: bool = True
    """On whole-page dumps, what lies around the article's densest run of prose (the run
    about the page title), and the short lines in that run's thin end."""
    menu_run: bool = True
    """A run of short link-like lines outside the article text."""
    html_tail_link: bool = True
    """A short link ending a paragraph after its last sentence ("… [Read more]") cut off it."""
    dateline_prefix: bool = True
    """`BEIJING:`, `WASHINGTON (AP) —` cut from the first paragraph."""
    section_heading: bool = True
    """Short unpunctuated lines that introduce body text become headings."""
    byline_date_stamp: bool = True
    """A line that is only a date right below the byline: the publication stamp."""
    headline_date_stamp: bool = True
    """A date with its time or label alone right under the headline: the publication stamp."""
    headline_breadcrumb: bool = True
    """A breadcrumb's section names, the only lines over a headline with its stamp below."""
    byline_section_label: bool = True
    """The section's name alone between the headline and the byline ("Opinion")."""
    editor_credit: bool = True
    """The editor's labelled credit right below the writer's byline ("Editor: …")."""
    closing_address: bool = True
    """The reporter's e-mail address alone on a line after the article's last paragraph."""
    page_byline: bool = True
    """On whole-page dumps without a byline found near the top, the byline around the
    article's start: "By …", a name under "By", a name beside a date, handle or role."""

    author_note: bool = True
    """On whole-page dumps, a sentence that opens with the byline's name and goes on with a
    verb ("Jane Doe is a professor of law at …"): a note on the author, not the article."""
    author_box: bool = True
    """On whole-page dumps, the box on the author under the article: its heading ("About
    the author", "Über den Autor"), the name under it and the note on the author."""
    page_stamp: bool = True
    """On whole-page dumps, a line that opens with the post's date and holds only the facts
    beside it ("24. März 2004, 19:49 | Genesis"): the page's stamp, not the article."""
    post_navigation: bool = True
    """(Text) the links to the stories before and after this one, as a pair ("← Older
    story" over "Newer story →", "Previous: …" over "Next: …")."""
    post_meta: bool = True
    """(Text) the post's row of categories or tags under their label ("Tags: Freeride,
    Skitour") and WordPress's line of facts under a post ("This entry was posted in News.
    Bookmark the permalink.")."""

    # --- kind of text dump ------------------------------------------------
    dump: Literal["auto", "page", "article"] = "auto"
    """"page" (a whole page's text: menus, footers, other stories), "article" (the article,
    perhaps with captions and some junk lines) or "auto" (decided per document from its
    menus, repeated lines and page furniture; recorded in `metadata["dump"]`). The
    whole-page rules (`breadcrumb`, `outside_article`, `menu_run`, `repeated_label`) run on
    page dumps only."""
    markup: Literal["auto", "plain", "markdown", "text_browser"] = "auto"
    """(Text) how a dump's lines are printed: "markdown" (its headings, lists, links and
    emphasis read into structure and text), "text_browser" (a text browser's dump, `lynx
    -dump`, `w3m -dump`, `links -dump`, `elinks --dump`: link numbers taken out of the text,
    the list of links at the foot removed, wrapped lines joined back), "plain" (as they
    are) or "auto": Markdown when its marks show it (Jina Reader's header, three links
    `[text](url)`, or two kinds of marks: links, `#` headings, `**` emphasis, underlined
    headings, `*   ` items, references' targets), else a text browser's when the dump shows
    its evidence (link numbers matching a list of links at the foot, an indented margin),
    else plain. Recorded in `metadata["markup"]` (a plain dump has no such key)."""
    last_line_apart: bool = True
    """(Text) on an article dump, when a rule takes out of the body lines read as one
    hard-wrapped paragraph, the dump is read again with their last line on its own; when
    a rule takes that line alone, the lines above it are left to the rules as lines of
    their own (the article's rows with a prompt or a caption printed right under them)."""
    rows_beside_kept: bool = True
    """(Text) with `last_line_apart`: a run whose lines above the last are rows of the
    same shape as the lines that stay right above or below it is read again
    too, though its rows alone read as a wrap (one row over a prompt; rows opening with
    a small letter or ending on a semicolon)."""

    # --- phrases and learned data ---------------------------------------
    extra_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """More marker phrases, keyed by rule name (see PHRASE_RULES)."""
    boilerplate_lines: frozenset[str] = frozenset()
    """Normalised lines to remove as `site_boilerplate` (from `articleclean learn`)."""

    # --- thresholds ------------------------------------------------------
    # Defaults set by hand, then swept on the tune part of the webeval corpus
    # (bench/split.py; HTML and text-dump F1). What moving each did is in its doc.
    # Ranges are what the rules accept.
    teaser_max_blocks: int = field(default=12, metadata=_bounds(0))
    """How many blocks after a teaser heading may be teaser blurbs (int, 0 or more;
    8 loses a little recall on text dumps)."""
    teaser_overlap: float = field(default=0.34, metadata=_bounds(0.0, 1.0))
    """A blurb sharing at least this share of its words with the body is article text
    (float, 0.0 to 1.0; higher removes more). 0.25 loses F1 on dumps; 0.45 gains one or
    two segments on the tune part (+0.0002 HTML, +0.0003 dumps): too little to move it."""
    duplicate_min_chars: int = field(default=12, metadata=_bounds(0))
    """Shorter paragraphs are not checked for repeats, e.g. "Yes." in an interview
    (int, 0 or more; counted on the case- and punctuation-free form)."""
    promo_max_words: int = field(default=25, metadata=_bounds(1))
    """A line holding a share, newsletter or follow phrase is a prompt up to this many
    words; a longer one is prose that mentions it (int, 1 or more; 15 loses F1, 40
    changes nothing)."""
    notice_max_words: int = field(default=60, metadata=_bounds(1))
    """A cookie, copyright or affiliate notice runs to at most this many words; a longer
    paragraph is about the subject (int, 1 or more; 40 loses F1 on dumps, 90 changes
    nothing)."""
    menu_min_run: int = field(default=3, metadata=_bounds(1))
    """This many short link-like lines in a row, before the article's first or after its
    last prose paragraph, are a menu (`menu_run`; int, 1 or more). 2 scores higher on
    text dumps (F1 0.8797 -> 0.8811 tune, 0.8864 -> 0.8872 test, recall unchanged) but
    would take a kicker and a heading above the first paragraph; 4 changes nothing."""

    # --- language --------------------------------------------------------
    detect_language: bool = True
    language_sample_chars: int = field(default=250, metadata=_bounds(1))
    """Language detection reads at most this many characters of the body."""
    language_trials: int = field(default=1, metadata=_bounds(1))
    """langdetect's random trials per detection (its own default is 7).

    Each trial costs as much as reading the sample; on the webeval pages one
    trial over 250 characters agrees with seven over 10,000 as often as seven
    over 600 did (99.5 %), at a quarter of the time (`python -m bench --only language`).
    """

    # --- speed -----------------------------------------------------------
    remembered_lines: int = field(default=20_000, metadata=_bounds(0))
    """How many distinct text-dump lines a Cleaner remembers its pass-1 verdict on.

    Pages of one site repeat their menus, footers and prompts; a line seen
    before is judged by looking it up (same verdict, no rule run). 0 turns
    this off. Lines longer than 300 characters are not remembered, so the
    memory stays under a few megabytes.
    """

    # --- limits ----------------------------------------------------------
    max_input_bytes: int = field(default=DEFAULT_MAX_INPUT_BYTES, metadata=_bounds(1))
    """Larger input gives an Article with status `too_large`."""
    time_budget: float | None = field(default=60.0, metadata=_bounds(0.0, low_open=True))
    """Seconds per document; checked between stages (status `timeout`)."""

    def __post_init__(self) -> None:
        _validate(self)
        extra = {}
        for rule, phrases in dict(self.extra_phrases).items():
            if rule not in PHRASE_RULES:
                raise ConfigError(
                    f"extra_phrases: unknown rule {rule!r}; phrases can be added to "
                    + ", ".join(PHRASE_RULES)
                    + _suggestion(str(rule), PHRASE_RULES)
                )
            if isinstance(phrases, str):
                phrases = (phrases,)
            elif not isinstance(phrases, Iterable):  # (None raised a bare TypeError)
                raise ConfigError(
                    f"extra_phrases[{rule!r}]={phrases!r} is not allowed: "
                    "expected a phrase or a list of phrases"
                )
            extra[rule] = tuple(str(p) for p in phrases)
        object.__setattr__(self, "extra_phrases", extra)
        object.__setattr__(self, "boilerplate_lines", frozenset(self.boilerplate_lines))

    def __hash__(self) -> int:
        # The dataclass's own hash fails on `extra_phrases`, a dict (kept a dict for
        # its reading and its repr): its items, a frozenset, hash the same for dicts
        # that compare equal, as the other fields are hashable and compared as they are.
        return hash(
            tuple(
                frozenset(value.items()) if spec.name == "extra_phrases" else value
                for spec in dataclasses.fields(self)
                for value in (getattr(self, spec.name),)
            )
        )

    def replace(self, **overrides: Any) -> CleanerConfig:
        """A copy with some fields changed; unknown names are an error."""
        _refuse_unknown(overrides)
        return dataclasses.replace(self, **overrides)

    def rule_enabled(self, name: str) -> bool:
        return bool(getattr(self, name))


def field_names() -> set[str]:
    return {f.name for f in dataclasses.fields(CleanerConfig)}


def resolve_config(config: CleanerConfig | None, overrides: Mapping[str, Any]) -> CleanerConfig:
    if config is not None and not isinstance(config, CleanerConfig):
        # (a dict of options failed later as an AttributeError: they go as overrides)
        raise ConfigError(f"config must be a CleanerConfig or None, not {type(config).__name__}")
    base = config if config is not None else CleanerConfig()
    return base.replace(**overrides) if overrides else base


def _suggestion(name: str, names: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _refuse_unknown(options: Mapping[str, Any]) -> None:
    names = field_names()
    unknown = sorted(set(options) - names)
    if not unknown:
        return
    hints = "".join(_suggestion(name, names) for name in unknown[:1])
    noun = "option" if len(unknown) == 1 else "options"
    message = f"unknown CleanerConfig {noun} {', '.join(unknown)}{hints}"
    if hints and len(unknown) == 1:
        # The one name meant is named; the ~110 fields after it buried it.
        raise ConfigError(message)
    raise ConfigError(f"{message}; valid: {', '.join(sorted(names))}")


# The dataclass's own __init__ says "unexpected keyword argument" as a bare
# TypeError; the README promises a ConfigError that names the closest option.
_dataclass_init = CleanerConfig.__init__


@functools.wraps(_dataclass_init)
def _checked_init(self: CleanerConfig, *args: Any, **kwargs: Any) -> None:
    _refuse_unknown(kwargs)
    _dataclass_init(self, *args, **kwargs)


CleanerConfig.__init__ = _checked_init  # type: ignore[method-assign]


@functools.cache
def _field_types() -> dict[str, Any]:
    return typing.get_type_hints(CleanerConfig)


def _validate(config: CleanerConfig) -> None:
    """Check every field against its type annotation and its range (field metadata).

    Driven by the dataclass itself, so a new field is checked without a line here:
    bool fields take only True/False ("no" or 1 would leave a rule silently on),
    int and float fields take numbers (never bools) within `_bounds` (0 or more
    when a numeric field states no range), `X | None` also None, `Literal[...]`
    only its values.
    """
    types_ = _field_types()
    for spec in dataclasses.fields(config):
        value = getattr(config, spec.name)
        problem = _type_problem(value, types_[spec.name])
        if problem is not None:
            problem += f" (got {type(value).__name__})"
        else:
            problem = _range_problem(value, spec.metadata)
        if problem is not None:
            raise ConfigError(f"CleanerConfig.{spec.name}={value!r} is not allowed: {problem}")


def _type_problem(value: Any, annotation: Any) -> str | None:
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        options = typing.get_args(annotation)
        if value is None and type(None) in options:
            return None
        problems = [_type_problem(value, a) for a in options if a is not type(None)]
        if any(p is None for p in problems):
            return None
        allowed = " or ".join(p.removeprefix("expected ") for p in problems if p)
        return f"expected {allowed}" + (" or None" if type(None) in options else "")
    if origin is Literal:
        choices = typing.get_args(annotation)
        if value in choices and not isinstance(value, bool):
            return None
        return "expected one of " + ", ".join(repr(c) for c in choices)
    if annotation is bool:
        return None if isinstance(value, bool) else "expected True or False"
    if annotation is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "expected a whole number"
    if annotation is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if ok and not math.isnan(value):
            return None
        return "expected a number"
    if annotation is str:
        return None if isinstance(value, str) else "expected a string"
    if origin in (frozenset, set):
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            return "expected a collection of strings (not a single string)"
        # (a list in the list raised a bare TypeError from frozenset, a number went in)
        if isinstance(value, Collection) and not all(isinstance(item, str) for item in value):
            return "expected a collection of strings"
        return None
    if origin is Mapping or origin is dict:
        return None if isinstance(value, Mapping) else "expected a mapping"
    return None


def _range_problem(value: Any, metadata: Mapping[str, Any]) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    low = metadata.get("low", 0)
    high = metadata.get("high")
    low_open = metadata.get("low_open", False)
    too_low = low is not None and (value <= low if low_open else value < low)
    too_high = high is not None and value > high
    if not too_low and not too_high and math.isfinite(value):
        return None
    if low is not None and high is not None:
        return f"expected a value from {low} to {high}"
    if low is not None:
        return f"expected a value {'over' if low_open else 'of at least'} {low}"
    return f"expected a value of at most {high}"
