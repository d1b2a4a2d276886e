"""Cleaner: read, judge each block (pass 1), revise in context (pass 2), assemble.

The order of the rules lives here and only here.
"""

from __future__ import annotations

import time
from itertools import takewhile
from typing import Any, Literal, NamedTuple, TypeVar, cast

from . import collector
from .article import Article, Lines
from .assemble import assemble
from .block_pass import BlockPass
from .config import CleanerConfig, resolve_config
from .document import BODY, CAPTION, NO_HINTS, REMOVED, Document, Segment
from .errors import InputError
from .language import detect_language
from .names import document_language
from .readers.decode import charset_from_content_type, decode_bytes, head_text, looks_like_html
from .readers.markdown import MARKDOWN, read_markdown, reads_as_markdown
from .readers.text import read_text, rows_like_kept, split_lines
from .readers.text_browser import MARKUP as TEXT_BROWSER
from .rules import (
    ads,
    article_run,
    boilerplate,
    box_tail,
    captions,
    closing_runs,
    dump_kind,
    duplicates,
    headings,
    markdown,
    page_furniture,
    page_stamps,
    pitch_boxes,
    post_meta,
    promos,
    story_lists,
    teaser_boxes,
    teaser_copies,
    teaser_headings,
    teaser_inline,
    teaser_lists,
    text_browser,
)
from .rules import html as html_rules
from .rules.base import (
    BlockRule,
    ClaimRecord,
    ContextRule,
    Derived,
    DocumentStep,
    claimed_inputs,
)
from .rules.datelines import dateline_prefix
from .rules.html import KEPT_EXTRACTION, PRECISE_RETRY, keep_extraction_if_emptied
from .rules.phrasebook import PhraseBook
from .rules.structure import (
    byline_date_stamp,
    byline_line,
    byline_section_label,
    closing_address,
    editor_credit,
    headline_date_stamp,
    page_byline,
)
from .rules.titles import (
    headline_breadcrumb,
    page_title,
    title_line,
    title_site_name,
    title_wire_slug,
)
from .warm import SAMPLES, WarmKind

BLOCK_RULES: tuple[BlockRule, ...] = (
    markdown.markdown_header,  # first: what Markdown's marks say needs no guess
    markdown.markdown_link_row,
    markdown.markdown_picture,
    boilerplate.wire_slug,
    boilerplate.wire_edit_note,
    boilerplate.wire_end_mark,
    ads.media_placeholder,
    ads.ad_marker,
    boilerplate.site_boilerplate,
    html_rules.html_ad_slot,
    html_rules.html_author_box,
    html_rules.html_promo_box,
    html_rules.html_related_box,
    html_rules.html_teaser_link,
    html_rules.html_empty_row,
    teaser_headings.teaser_heading,
    teaser_headings.inline_teaser,
    promos.promo_prompt,
    promos.promo_shape,
    captions.credit_line,  # before the notices: "© Jane Doe/Getty Images" is a credit
    boilerplate.boilerplate_notice,
    boilerplate.footer_links,
    html_rules.html_figure_caption,
    captions.credited_caption,
    captions.caption_sentence,
    captions.caption_moment,
    html_rules.html_heading,  # last: a heading may still be a teaser heading or an ad
    # A browser's marks, after the phrase lists: `dump_kind` reads the site's notices
    # those find ("Skip to main content", a footer's "Privacy policy"), as it did when
    # the reader gave these verdicts and the phrase lists claimed the lines again.
    text_browser.link_references,
    text_browser.link_row,
    text_browser.image_link,
    text_browser.in_page_link,
    text_browser.share_row,
)

CONTEXT_RULES: tuple[ContextRule, ...] = (
    markdown.markdown_menu,  # first: what Markdown's marks say needs no guess
    text_browser.centred_headline,  # first too: no rule below reads the headline for a teaser
    text_browser.above_headline,  # once the headline is known: the page's header over it
    text_browser.link_list,
    captions.caption_before_credit,  # first: the captions it finds can be repeated too
    captions.caption_at_place,
    captions.caption_continued,  # after every rule that finds a caption's last line
    captions.gallery_caption,
    captions.repeated_caption,
    captions.caption_title,
    teaser_headings.teaser_section_label,  # before the blurbs: it opens a teaser block too
    teaser_headings.teaser_blurb,
    closing_runs.closing_teasers,
    teaser_boxes.teaser_box,
    teaser_lists.teaser_list,
    teaser_boxes.labelled_teaser,
    closing_runs.trailing_teasers,
    closing_runs.refrain_box,
    closing_runs.trailing_menu,
    closing_runs.prompt_tail,
    closing_runs.repeated_teaser,  # after every rule that takes teasers
    teaser_copies.labelled_copy,  # a copy behind a label, or the copy of a labelled one
    teaser_copies.repeated_teaser_box,  # the rest of the boxes those copies stand in
    teaser_copies.left_out_headline,  # after every rule that takes a box
    box_tail.box_tail,  # after them too: the lines of a box they stopped short of
    teaser_inline.interrupting_teaser,  # after them too: a box's kicker ends no box's run
    teaser_inline.stray_teaser,  # after it: the links it takes stand nearer the text
    story_lists.story_ticker,
    duplicates.repeated_paragraph,
    duplicates.repeated_label,
    html_rules.html_player_text,
    html_rules.html_dialog_text,
    html_rules.html_control_label,
    html_rules.html_gallery_slide,
    html_rules.html_story_list,
    html_rules.html_card_above,
    html_rules.html_card_below,
    html_rules.html_date_line,
    html_rules.html_orphan_label,
)

STRUCTURE_RULES: tuple[ContextRule, ...] = (
    page_title,  # first: the <title> line goes when its headline stands below it
    title_line,
    headline_breadcrumb,  # right after it: the stamp it reads is still kept
    byline_line,
    captions.caption_scene,  # after the title, which can read like a picture's description
    captions.caption_beside_credit,  # after the title and byline: a lead picture's credit
    captions.picture_title,  # after the title (its words are the lead caption's) and captions
    page_furniture.breadcrumb,  # after the title, whose words end the path
    article_run.outside_article,  # after title and byline, which are short lines too
    pitch_boxes.pitch_over_button,  # after it: the article's run is found with the pitch in it
    captions.name_credit,  # after the page's article run, which its pictures' lines help find
    captions.caption_signed_by_name,
    boilerplate.menu_run,
    story_lists.cut_short_teasers,  # after the page's run and menus: it changes neither
    headings.section_heading,
    markdown.markdown_heading,  # in its place on a Markdown dump: the headings the marks say
    page_byline,  # once the article's start is known, and its headings
    html_rules.html_stamp_row_byline,  # after the byline rules, when they found none
    byline_date_stamp,  # once the byline is known, on either kind of dump
    headline_date_stamp,  # after it: a stamp under the byline is that rule's
    byline_section_label,  # once the byline is known
    editor_credit,  # once the byline is known
    closing_address,  # once the article's last line is known
    page_furniture.author_note,  # once the byline is known: its name opens the note
    page_furniture.author_box,  # after page_byline, which may take the name under its heading
    page_stamps.page_stamp,  # after the byline rules: a stamp beside the byline is theirs
    page_furniture.post_navigation,  # after outside_article: it takes only what the run kept
    post_meta.post_meta,  # after outside_article too: a tag row is no edge of the run
    html_rules.html_stamp_row_rest,  # after the byline rules: a row's author is theirs
    html_rules.html_tail_link,  # on the paragraphs every rule above has left in the body
    dateline_prefix,  # last: the first paragraph is known only once the rest is settled
)

_DOCUMENT_RULES = CONTEXT_RULES + STRUCTURE_RULES


def _markup_rule(rule: ContextRule) -> bool:
    """A rule that reads a markup's own marks (Markdown's, a text browser's)."""
    return rule.requires_markdown or rule.requires_text_browser


_MARKUP_FIRST = len(list(takewhile(_markup_rule, _DOCUMENT_RULES)))
"""How many document rules, from the first, read a markup's marks: they run before the
page/article decision (`_dump_kind`), which reads what they say as the open lines it counts
(a browser's list of links, a Markdown menu, the centred headline are no article's lines)."""


def _dump_kind(segments: list[Segment], record: ClaimRecord) -> dump_kind.DumpKind:
    """`dump_kind.dump_kind` of a text dump after pass 1, given the verdicts it reads."""
    return dump_kind.dump_kind(
        segments, *claimed_inputs(segments, dump_kind.DUMP_KIND_READS, record)
    )


DOCUMENT_STEPS: tuple[DocumentStep, ...] = (
    title_site_name,  # once the title is known
    title_wire_slug,  # after it: the slug opens what the site's name left
    keep_extraction_if_emptied,  # last: it reviews every verdict
)


SourceKind = Literal["auto", "text", "html"]
SOURCE_KINDS: tuple[str, ...] = ("auto", "text", "html")
"""How a source is read: as a text dump, as an HTML page, or (auto) as HTML when it has tags."""


def check_kind(kind: str) -> None:
    """Raise InputError (a ValueError) unless `kind` is one of SOURCE_KINDS."""
    if kind not in SOURCE_KINDS:
        raise InputError(f"kind must be one of {', '.join(SOURCE_KINDS)}, not {kind!r}")


def reads_as_html(source: str | bytes, kind: str = "auto") -> bool:
    """Whether `source` is read as an HTML page: as `kind` says, or by its tags (auto)."""
    check_kind(kind)
    if kind != "auto":
        return kind == "html"
    head = source[:4096]
    return looks_like_html(head_text(head) if isinstance(head, bytes) else head)


# Rules for whole-page dumps only: on an article dump they would cut the article's
# own tables and lists (see dump_kind.dump_kind).
PAGE_RULES = frozenset(
    {
        article_run.outside_article.name,
        page_furniture.breadcrumb.name,
        boilerplate.menu_run.name,
        duplicates.repeated_label.name,
        page_byline.name,
        page_furniture.author_note.name,
        page_furniture.author_box.name,
        page_stamps.page_stamp.name,
    }
)


class _DocumentKind(NamedTuple):
    """What decides which rules run on a document."""

    has_hints: bool
    """Some segment carries HTML hints."""
    from_markup: bool
    """`Document.from_markup`."""
    article_dump: bool
    """Pass 1 showed a text dump of an article alone (no page around it)."""
    markdown: bool = False
    """A text dump read as Markdown (`readers/markdown.py`)."""
    text_browser: bool = False
    """A text browser's dump (`readers/text_browser.py`)."""


_Rule = TypeVar("_Rule", BlockRule, ContextRule)


class DeadlineExceeded(Exception):
    """The document's time budget ran out between two stages."""


class Cleaner:
    """Cleans articles with one config. Holds no per-document state: share it freely."""

    def __init__(self, config: CleanerConfig | None = None, **overrides: Any) -> None:
        self.config = resolve_config(config, overrides)
        self._context = PhraseBook.for_config(self.config)
        self._block_pass = BlockPass(self._context, self.config.remembered_lines)
        self._chosen: dict[tuple[str, _DocumentKind], tuple[Any, ...]] = {}

    def clean(
        self,
        source: str | bytes,
        *,
        kind: SourceKind = "auto",
        url: str | None = None,
        content_type: str | bytes | None = None,
    ) -> Article:
        """Clean a text dump or an HTML page (str or bytes), read as `kind` says.

        The one entry point for every kind: the library, the CLI and the Spark,
        Dask and Scrapy integrations come through here. With `kind="auto"`
        HTML is recognised by its tags. `content_type` is the HTTP header of
        bytes; its charset decodes them.
        """
        if not isinstance(source, (str, bytes)):
            raise InputError(f"clean() takes str or bytes, not {type(source).__name__}")
        if reads_as_html(source, kind):
            return self.clean_html(source, url=url, content_type=content_type)
        return self.clean_text(dump_text(source, content_type))

    def clean_text(self, text: str) -> Article:
        if isinstance(text, bytes):
            text = decode_bytes(text).text
        if not isinstance(text, str):
            raise InputError(f"clean_text() takes str, not {type(text).__name__}")
        size, lone_surrogates = _utf8_size(text)
        too_large = self._size_check(size)
        if too_large is not None:
            return too_large
        if lone_surrogates:
            text = replace_lone_surrogates(text)
        started = time.monotonic()
        with collector.paused(size):
            if self._reads_markdown(text):
                # (read once: the second reading, `_last_lines_apart`, reads plain lines)
                return self._run(lambda: read_markdown(text), started)
            return self._run(lambda: read_text(text, markup=self.config.markup), started, text)

    def _reads_markdown(self, text: str) -> bool:
        """Whether the text dump is read as Markdown: as `config.markup` says, or by
        its marks (auto)."""
        markup = self.config.markup
        if markup == "auto":
            return reads_as_markdown(text)
        return markup == MARKDOWN

    def clean_html(
        self,
        html: str | bytes,
        *,
        url: str | None = None,
        content_type: str | bytes | None = None,
    ) -> Article:
        """Clean a page; `content_type` is its HTTP header, whose charset decodes bytes."""
        from .readers.html import read_html

        if not isinstance(html, (str, bytes)):
            raise InputError(f"clean_html() takes str or bytes, not {type(html).__name__}")
        if url is not None and not isinstance(url, str):
            # (else a TypeError from deep in the page's metadata)
            raise InputError(f"url must be a str or None, not {type(url).__name__}")
        size, lone_surrogates = (len(html), False) if isinstance(html, bytes) else _utf8_size(html)
        too_large = self._size_check(size)
        if too_large is not None:
            return too_large
        if lone_surrogates:
            # (as in a text dump: lxml stopped reading the page at the first one, and
            # the article's text after it was lost without a word)
            html = replace_lone_surrogates(cast(str, html))
        started = time.monotonic()
        header = _header_text(content_type)
        article = self._run(
            lambda: read_html(html, url=url, content_type=header),
            started,
        )
        if article.message == KEPT_EXTRACTION:
            article = self._precise_retry(html, url, header, started) or article
        return article

    def _precise_retry(
        self, html: str | bytes, url: str | None, header: str | None, started: float
    ) -> Article | None:
        """The page read again with trafilatura's precision-leaning choice of the main
        box, when the rules removed every block of its default choice.

        trafilatura compares its own main box with its fallback extractors' and keeps
        the longer: a gallery of fifty captioned slides beside a short article wins
        that contest, and the rules then take every slide. The precision-leaning
        choice keeps its own box; it is taken when the rules keep some of it,
        else the first result stands (the blocks it put back, and its message).
        """
        from .readers.html import read_html

        retry = self._run(
            lambda: read_html(html, url=url, content_type=header, favor_precision=True),
            started,
        )
        if retry.status != "ok" or retry.message == KEPT_EXTRACTION or not retry.body:
            return None
        retry.message = PRECISE_RETRY
        return retry

    def warm(self, kind: WarmKind = "text") -> None:
        """Build now, in this process, what the first document of `kind` would build
        (langdetect's profiles, the pass-1 screen of the rules it runs, the name lists),
        by cleaning a small built-in document of that kind (`warm.SAMPLES`).

        For a process about to fork workers (the batch CLI): they start with all of it
        built. It changes no later article (README, "Caches and shared objects")."""
        self.clean(SAMPLES[kind], kind=kind)

    def _size_check(self, size: int) -> Article | None:
        limit = self.config.max_input_bytes
        if size <= limit:
            return None
        return Article(
            status="too_large",
            message=f"input is {size} bytes; the limit (max_input_bytes) is {limit}",
        )

    def _run(self, read: Any, started: float, text: str | None = None) -> Article:
        """Read, judge and assemble; `text`: the text dump `read` reads, which may be
        read again with lines apart (`_last_lines_apart`)."""
        try:
            document: Document = read()
            self._check_time(started, "reading")
            with document_language(lambda: _language_hint(document, self.config)):
                message = self._judge(document, started)
                if (
                    text is not None
                    and self.config.last_line_apart
                    and document.metadata.get("dump") == "article"
                ):
                    document, message = self._last_lines_apart(text, document, message, started)
                article = assemble(document, self.config)
            if message is not None:
                article.message = message
            return article
        except DeadlineExceeded as exc:
            return Article(status="timeout", message=str(exc))

    def _last_lines_apart(
        self, text: str, document: Document, message: str | None, started: float
    ) -> tuple[Document, str | None]:
        """The article dump read again, and judged again, with the last line of each run
        read as one hard-wrapped paragraph that a rule took out of the body read on its
        own, when a rule takes each such line alone; else `document` as it was judged.

        The text reader reads lines with no blank line between that fill their column
        alike as one hard-wrapped paragraph: the article's own rows (a list, a table, a
        product's features) one under the other are read so, and a prompt, a caption or
        a notice printed right under the last row joins them ("Integration With
        Chef/Ohai/Docker/Vagrant" / "Network conditioner to simulate speeds and test" /
        "Share this story on Facebook"). The rule that took the line took the rows with
        it (issue 14: a real paragraph lost costs far more than a junk line kept). The
        reader cannot tell such rows from a wrapped sentence by their shape (round 42:
        every test of it split true wraps); a rule's verdict can: read again with the
        line apart (`read_text`'s `apart`), the line goes with the rule that takes it
        alone and the rows are left to every rule as lines of their own, which is what
        cleaning the output again reads. A line that no rule takes alone stays joined
        (the rule took the run for what it is as a whole: a paragraph printed twice, a
        caption of two lines); rows taken again with a line under them that a rule
        takes alone give up that line in turn (`_MOST_READINGS` readings at most).
        Article dumps only (decided on the first reading, kept for the next): a whole
        page's menus and boxes are rows too, left to the page rules.
        """
        apart: frozenset[int] = frozenset()
        # (the dump's lines, for `_rows_beside_kept`: split only when a run was taken)
        lines = (
            split_lines(text)
            if self.config.rows_beside_kept and _runs_taken(document.segments)
            else None
        )
        asked = _last_lines_taken(document.segments, lines)
        for _ in range(_MOST_READINGS):
            if not asked:
                break
            wanted = apart | asked
            reread = read_text(text, wanted, self.config.markup)
            reread_message = self._judge(reread, started, dump="article")
            left = wanted - _lines_taken_alone(reread.segments)
            if not left:
                document, message, apart = reread, reread_message, wanted
                asked = _last_lines_taken(reread.segments, lines) - apart
            elif left & apart:
                break  # (a line taken alone before is not now: the last reading stands)
            else:
                asked -= left
        return document, message

    def _judge(self, document: Document, started: float, dump: str | None = None) -> str | None:
        """Give every segment its verdict; the message a document step leaves for the
        Article. `dump`: the kind of text dump, when decided before (else the config's,
        or decided after pass 1)."""
        config = self.config
        segments = document.segments

        has_hints = any(segment.hints is not NO_HINTS for segment in segments)
        kind = _DocumentKind(
            has_hints,
            document.from_markup,
            article_dump=False,
            markdown=document.metadata.get("markup") == MARKDOWN,
            text_browser=document.metadata.get("markup") == TEXT_BROWSER,
        )
        self._block_pass.run(segments, self._rules("pass 1", BLOCK_RULES, kind))
        self._check_time(started, "pass 1")
        # What each rule claimed, kept up to date below: the rules' `Claimed` inputs.
        record = ClaimRecord(segments)
        derived: Derived = {}  # this document's only: it goes when the judging ends
        # The markup's rules first, before the page/article decision: what the marks say
        # is a menu or the headline is no open line of an article (round 57: a numbered
        # lynx dump's three menus left open read as an article's lines, and the page kept
        # them; none of these rules reads that decision).
        markup_rules = _DOCUMENT_RULES[:_MARKUP_FIRST]
        self._give(
            self._rules("markup rules", markup_rules, kind), document, derived, record, started
        )
        if document.source == "text":
            if dump is None:
                dump = config.dump if config.dump != "auto" else _dump_kind(segments, record)
            document.metadata["dump"] = dump
            kind = kind._replace(article_dump=dump == "article")
            derived[dump_kind.decided_article_dump] = kind.article_dump
        rest = _DOCUMENT_RULES[_MARKUP_FIRST:]
        self._give(self._rules("document rules", rest, kind), document, derived, record, started)
        message = None
        for step in DOCUMENT_STEPS:
            if step.switch and not config.rule_enabled(step.name):
                continue
            finding = step(document)
            if finding is not None:
                finding.give(document)
                message = finding.message or message
        return message

    def _give(
        self,
        rules: tuple[ContextRule, ...],
        document: Document,
        derived: Derived,
        record: ClaimRecord,
        started: float,
    ) -> None:
        """Ask each of `rules` in turn for its verdicts on the document and give them."""
        segments = document.segments
        context = self._context
        for context_rule in rules:
            if context_rule.need_names and record.lacks(context_rule.need_names):
                continue  # (it claims nothing without them: `ContextRule.needs`)
            if context_rule.candidates and not record.may_hold(context_rule.candidates):
                continue  # (no line it starts from: `ContextRule.candidates`)
            claims = context_rule.verdicts(segments, context, derived, record)
            if claims:
                record.give(context_rule, claims)
            self._check_time(started, context_rule.name)

    def _rules(
        self, stage: str, rules: tuple[_Rule, ...], kind: _DocumentKind
    ) -> tuple[_Rule, ...]:
        """The `rules` of `stage` that run on a document of this kind, in their order.

        A Cleaner meets a few kinds of document (text or markup, article or page
        dump) and its config is frozen: each choice is made once, not per document.
        """
        key = (stage, kind)  # (not the rules: hashing them costs more than choosing)
        chosen = self._chosen.get(key)
        if chosen is None:
            chosen = tuple(rule for rule in rules if self._enabled(rule, kind))
            # Two threads choosing for the same kind choose the same rules.
            chosen = self._chosen.setdefault(key, chosen)
        return chosen

    def _enabled(self, rule: BlockRule | ContextRule, kind: _DocumentKind) -> bool:
        # Rules that read only what the HTML says about a block (its tag, box,
        # figure, links) cannot fire on a document without such hints.
        if rule.requires_hints and not kind.has_hints:
            return False
        if rule.requires_markdown and not kind.markdown:
            return False
        if rule.markdown_answers and kind.markdown:
            return False
        if rule.requires_text_browser and not kind.text_browser:
            return False
        # Rules that read data learnt from a site (its boilerplate lines) claim nothing
        # without it: a Cleaner given none does not ask them about every line.
        if rule.requires_config is not None and not rule.requires_config(self.config):
            return False
        if rule.text_dumps_only and kind.from_markup:
            return False
        # Whole-page rules are set aside once pass 1 shows an article dump, and the
        # rules that read an article dump only on every other document.
        if kind.article_dump and rule.name in PAGE_RULES:
            return False
        if not kind.article_dump and isinstance(rule, ContextRule) and rule.article_dumps_only:
            return False
        return self.config.rule_enabled(rule.name)

    def _check_time(self, started: float, stage: str) -> None:
        budget = self.config.time_budget
        if budget is not None and time.monotonic() - started > budget:
            raise DeadlineExceeded(f"time budget of {budget:g} s ran out after {stage}")


_MOST_READINGS = 3
"""How many more times an article dump is read and judged with lines apart
(`Cleaner._last_lines_apart`). Tune part: the built shapes (three noise seeds) needed one
on each of the 22 of 1,026 dumps that needed any; the article dumps textwrapped at 60,
72 and 80 columns up to three on 4 of 1,767 (a line declined, then the others read
again without it; rows under a caption and its credit give them up in two)."""


_HINT_LINES = 3
"""The document's language is guessed, for the byline rules, on its longest lines, this
many of them (as assembly detects the article's on its longest paragraphs)."""


def _language_hint(document: Document, config: CleanerConfig) -> str | None:
    """The document's language for the byline prefixes that are names in other languages
    (`names.own_language_prefixes`): its markup's `lang`, else langdetect on its longest
    lines (read only when a line opening with such a prefix is asked: a few documents in
    a thousand), else None (`detect_language` off)."""
    if document.language:
        return document.language
    if not config.detect_language:
        return None
    longest = sorted((segment.text for segment in document.segments), key=len, reverse=True)
    return detect_language(
        " ".join(longest[:_HINT_LINES]), config.language_sample_chars, config.language_trials
    )


def _last_lines_taken(segments: list[Segment], lines: list[str] | None) -> frozenset[int]:
    """The last line (its number) of each run read as one hard-wrapped paragraph whose
    lines above the last read as rows (`Segment.joined_rows`), or, given the dump's
    `lines`, as rows of the same shape as the lines that stay right above or below the
    run (`_rows_beside_kept`), that is taken out of the body: removed, or taken
    for a caption."""
    return frozenset(
        span[1]
        for index, segment in enumerate(segments)
        if (span := _span_taken(segment)) is not None
        and (
            segment.joined_rows
            or (
                lines is not None
                and span[1] > span[0]
                and _rows_beside_kept(segments, index, lines)
            )
        )
    )


def _span_taken(segment: Segment) -> Lines | None:
    """The first and last line (their numbers) of a segment read from the dump's lines
    and taken out of the body: removed, or taken for a caption; else None."""
    if segment.lines is None or not (segment.label is REMOVED or segment.label is CAPTION):
        return None
    return segment.lines


def _runs_taken(segments: list[Segment]) -> bool:
    """Whether a run of lines read as one paragraph is taken out of the body."""
    return any(
        (span := _span_taken(segment)) is not None and span[1] > span[0] for segment in segments
    )


def _rows_beside_kept(segments: list[Segment], index: int, lines: list[str]) -> bool:
    """Whether the lines above the last of the run at `index` (taken out of the body) are
    rows of the same shape as the rows that stay around it in the body
    (`readers.text.rows_like_kept`): one such row right above it and one right below, or
    `_ROWS_BESIDE` on one side (lines a rule took between them passed over). The
    article's own list or table, around a row that a prompt, a caption or a box's line
    printed right under it joined (issue 14: "the removed line sits between kept lines of
    the article, the article's own structure, same row shape as lines that stay";
    bench/notes.md, round 44). The run's rows alone do not tell a list from a wrap's
    first line (one row over a line, or rows that open with a small letter or end on a
    semicolon, as lists' rows do), and one short line beside it may be a subheading over
    a wrapped caption."""
    segment = segments[index]
    assert segment.lines is not None
    rows = lines[segment.lines[0] - 1 : segment.lines[1] - 1]
    above = _kept_rows_from(segments, index, -1, rows, lines)
    below = _kept_rows_from(segments, index, 1, rows, lines)
    return (above >= 1 and below >= 1) or max(above, below) >= _ROWS_BESIDE


def _kept_rows_from(
    segments: list[Segment], index: int, step: int, rows: list[str], lines: list[str]
) -> int:
    """How many lines of the body, going from `index` by `step` (past removed lines), are
    rows of the shape of `rows`, up to `_ROWS_BESIDE` (a kept run of lines counts
    each of its lines when each is such a row: a wrapped paragraph's last line ends its
    sentence)."""
    count = 0
    position = index + step
    while 0 <= position < len(segments) and count < _ROWS_BESIDE:
        kept = segments[position]
        position += step
        if kept.label is REMOVED:
            continue
        if kept.label is not BODY or kept.lines is None:
            break
        numbers = range(kept.lines[0], kept.lines[1] + 1)
        if not all(rows_like_kept(rows, lines[number - 1]) for number in numbers):
            break
        count += len(numbers)
    return count


_ROWS_BESIDE = 2
"""Rows of the run's shape that stay on one side of it (or one on each side) that make it
one of them (`_rows_beside_kept`). Tune part: one short line beside a wrapped caption
(a subheading over it) was enough to read the caption's first line as a row."""


def _lines_taken_alone(segments: list[Segment]) -> frozenset[int]:
    """The lines (their numbers) read alone that are taken out of the body."""
    return frozenset(
        span[0]
        for segment in segments
        if (span := _span_taken(segment)) is not None and span[1] == span[0]
    )


def read_source(
    source: str | bytes,
    *,
    kind: SourceKind = "auto",
    url: str | None = None,
    content_type: str | bytes | None = None,
) -> Document:
    """The Document `source` reads as, chosen and decoded as `Cleaner.clean` does (without
    its size check): for a pass that reads documents without cleaning them (the
    boilerplate learning's `KeysHandler`)."""
    if reads_as_html(source, kind):
        from .readers.html import read_html

        return read_html(source, url=url, content_type=_header_text(content_type))
    return read_text(dump_text(source, content_type))


def dump_text(source: str | bytes, content_type: str | bytes | None) -> str:
    """A text dump as text: bytes decoded with the charset `content_type` declares."""
    if isinstance(source, bytes):
        declared = charset_from_content_type(_header_text(content_type))
        return decode_bytes(source, declared=declared).text
    return source


def _header_text(content_type: str | bytes | None) -> str | None:
    # HTTP libraries hand headers over as bytes (Scrapy) or str (requests).
    if content_type is None or isinstance(content_type, str):
        return content_type
    if isinstance(content_type, bytes):
        return content_type.decode("latin-1")
    raise InputError(f"content_type must be str or bytes, not {type(content_type).__name__}")


def _utf8_size(text: str) -> tuple[int, bool]:
    """The text's size in UTF-8 (a lone surrogate counted as the three bytes
    "surrogatepass" writes) and whether it holds a lone surrogate, by one encoding at
    most: the size and the test each encoded the whole text (~0.3 % of a dump's clean)."""
    if text.isascii():
        return len(text), False  # (one byte a character; no surrogate)
    try:
        return len(text.encode("utf-8")), False
    except UnicodeEncodeError:
        return len(text.encode("utf-8", "surrogatepass")), True


def replace_lone_surrogates(text: str) -> str:
    # A str may carry lone surrogates (from a bad decode upstream); they cannot
    # be written as UTF-8, so they become U+FFFD instead of failing later in to_json.
    # Through UTF-16, not UTF-8: each becomes one U+FFFD (UTF-8 "surrogatepass" wrote
    # three bytes that decoded as three), and a pair of them in order, the UTF-16 code
    # units of one character (text from a JavaScript or Java string), that character.
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_default_cleaner: Cleaner | None = None


def default_cleaner() -> Cleaner:
    global _default_cleaner
    if _default_cleaner is None:
        _default_cleaner = Cleaner()
    return _default_cleaner


def cleaner_for(config: CleanerConfig | None, overrides: dict[str, Any]) -> Cleaner:
    if config is None and not overrides:
        return default_cleaner()
    return Cleaner(config, **overrides)
