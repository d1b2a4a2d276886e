"""Every dump line's label and fate, to count a candidate shape before a rule is written.

    python -m bench.line_fates SHAPE [--source generous,article,page,...] [--examples SOURCE]

Rounds 18-50 measured each new end or box shape the same way, with a scratch script:
clean every tune dump of a few sources, note each line's label and what became of it
(`kept` in the body, the removing rule, or the field it moved to), then ask a predicate
over those lines which of them a rule would newly take (or give back), counted by label
and by site. This is that script. SHAPE names a predicate `(lines, index) -> bool` over
one dump's `Fated` lines, as `module:function` or one of `SHAPES` below (the shapes
round 50 measured and dropped, kept as examples of the form).

Sources (tune part only: this reads lines, which the test part is never for):

- **generous**: bench/generous_dumps.py's dumps, a line labelled `W` when it holds a
  `with` segment and `X` a `without` one (blank when none, the most lines);
- **article**, **page**, **shapes**, **stress**: bench/loss_audit.py's sources of those
  names (labelled dumps, article-shape stress dumps), labelled as there;
- **bodies**: the noise-injected webeval bodies, one seed (`known` = a body line
  holding a `with` segment, `unsure` = another body line).

A shape that takes kept lines should count junk labels (`X`; teaser, ad, chrome, other)
against article ones (`W`; body, known); one that gives removed lines back, the reverse.
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from articleclean import clean_text


class Fated(NamedTuple):
    """One dump line: its text, its label and its fate (`generous_dumps._fate`)."""

    text: str
    label: str
    fate: str


Shape = Callable[[Sequence[Fated], int], bool]
SOURCES = ("generous", "article", "page", "shapes", "stress", "bodies")


def fates_of(text: str, labels: Sequence[str]) -> list[Fated]:
    """Each line of `text` with its label (blank past the labels' end) and its fate in
    `clean_text(text)`."""
    from .generous_dumps import _fate

    article = clean_text(text)
    lines = text.split("\n")
    return [
        Fated(line, labels[n] if n < len(labels) else "", _fate(article, n + 1))
        for n, line in enumerate(lines)
    ]


def _generous(which: str) -> Iterator[tuple[str, list[Fated]]]:
    from .corpus import normalise
    from .generous_dumps import _line_of, generous_dumps
    from .split import part, site

    for dump in generous_dumps():
        if not dump.text or part(dump.page.url) != which:
            continue
        lines = dump.text.split("\n")
        normal = [normalise(line) for line in lines]
        labels = [""] * len(lines)
        for mark, segments in (("X", dump.page.without), ("W", dump.page.with_)):
            for segment in segments:
                if (at := _line_of(normal, segment)) is not None:
                    labels[at] = mark
        yield site(dump.page.url), fates_of(dump.text, labels)


def source_fates(source: str, which: str = "tune") -> Iterator[tuple[str, list[Fated]]]:
    """(site, fated lines) of every dump of `source` in part `which`."""
    if source == "generous":
        yield from _generous(which)
        return
    from . import loss_audit

    dumps = {
        "article": loss_audit.article_dumps,
        "page": loss_audit.page_dumps,
        "shapes": loss_audit.shape_dumps,
        "stress": loss_audit.stress_dumps,
        "bodies": lambda part: loss_audit.body_dumps(part, seeds=1),
    }[source](which)
    for dump in dumps:
        yield dump.site, fates_of(dump.text, dump.labels)


@dataclass
class Tally:
    """A shape's matches in one source: lines by label, sites by label, examples."""

    lines: Counter[str] = field(default_factory=Counter)
    sites: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    examples: list[str] = field(default_factory=list)

    def row(self) -> str:
        return ", ".join(
            f"{label} {n} ({len(self.sites[label])} sites)" for label, n in self.lines.most_common()
        )


def tally(shape: Shape, docs: Iterator[tuple[str, list[Fated]]]) -> Tally:
    """Count the lines `shape` matches by label (a blank label as `.`) and by site."""
    out = Tally()
    for site, lines in docs:
        for index, line in enumerate(lines):
            if shape(lines, index):
                label = line.label or "."
                out.lines[label] += 1
                out.sites[label].add(site)
                out.examples.append(f"{label} | {site} | {line.fate} | {line.text.strip()[:110]}")
    return out


def _next_open(lines: Sequence[Fated], index: int, step: int) -> Fated | None:
    at = index + step
    while 0 <= at < len(lines) and not lines[at].text.strip():
        at += step
    return lines[at] if 0 <= at < len(lines) else None


_BOX_RULES = frozenset(
    "promo_prompt promo_shape teaser_blurb teaser_list teaser_heading teaser_box ad_marker "
    "inline_teaser trailing_teasers closing_teasers labelled_teaser repeated_teaser "
    "refrain_box trailing_menu cut_short_teasers story_ticker stray_teaser "
    "teaser_section_label repeated_teaser_box box_tail interrupting_teaser footer_links".split()
)
_SENTENCE_END = re.compile(r"[.!?:;…\"”»)\]]\s*$")


def sandwiched_between_boxes(lines: Sequence[Fated], index: int) -> bool:
    """A kept line whose open neighbours above and below a box or promotion rule took
    (round 50: generous 3 `without` : 0 `with`, labelled article dumps 10 body : 5
    teaser, shapes 256 body: dropped)."""
    if lines[index].fate != "kept" or not lines[index].text.strip():
        return False
    above, below = _next_open(lines, index, -1), _next_open(lines, index, 1)
    return (
        above is not None
        and below is not None
        and above.fate in _BOX_RULES
        and below.fate in _BOX_RULES
    )


def wrapped_continuation(lines: Sequence[Fated], index: int) -> bool:
    """A removed line going on in lower case under a kept line with no sentence end: the
    second half of a hard-wrapped sentence (round 50, to give back: generous 1 `with`,
    labelled article dumps 17 body (11 of them one site's repeated code lines) : 3
    teaser, page dumps 27 body : 36 junk: dropped)."""
    line = lines[index]
    if line.fate in ("kept", "-") or line.fate.startswith("(") or not line.text.strip():
        return False
    above = _next_open(lines, index, -1)
    return (
        above is not None
        and above.fate == "kept"
        and not _SENTENCE_END.search(above.text)
        and line.text.strip()[:1].islower()
    )


_CREDIT_FATES = frozenset({"credit_line", "name_credit", "(captions)"})


def after_closing_credit(lines: Sequence[Fated], index: int) -> bool:
    """A kept line below a credit or caption with seven tenths of the kept words above
    it: the site's lines after the article's closing credit (round 50: generous 2
    `without` : 4 `with`, labelled article dumps 154 body : 45 teaser: dropped)."""
    if lines[index].fate != "kept" or not lines[index].text.strip():
        return False
    words = [len(line.text.split()) if line.fate == "kept" else 0 for line in lines]
    total = sum(words) or 1
    return any(
        lines[at].fate in _CREDIT_FATES and sum(words[:at]) >= 0.7 * total
        for at in range(index - 1, -1, -1)
    )


# `blurb_over_more_link`: the phrase files' "read more" words (`more_link`), the marks
# a site prints around such a link, and the ends of a blurb's last sentence.
_LINK_MARKS = " \t.…>»›<«‹[]()|-–—"
_BLURB_ENDS = (".", "!", "?", "…", ".)", "!)", "?)", "“", "”", '"', "»")
_BLURB_WORDS = 45


def blurb_over_more_link(lines: Sequence[Fated], index: int) -> bool:
    """A kept line of at most 45 words ending a sentence, right above a line that is only
    a "read more" link ("Czytaj więcej", "Weiterlesen ›"): another story's card printed
    as two lines, the card's "<blurb>. Read more" that `inline_teaser` takes on one
    (round 52: generous 2 `without` : 0 `with`, one site; HTML tune blocks the same 2;
    labelled article dumps 4 body : 2 teaser, page dumps 2 body : 6 teaser : 5 other:
    dropped)."""
    from articleclean.phrases import word_list

    line = lines[index]
    text = line.text.strip()
    if line.fate != "kept" or not text or len(text.split()) > _BLURB_WORDS:
        return False
    if not text.endswith(_BLURB_ENDS):
        return False
    below = _next_open(lines, index, 1)
    links = {word.casefold() for word in word_list("more_link")}
    return below is not None and below.text.strip().strip(_LINK_MARKS).casefold() in links


SHAPES: dict[str, Shape] = {
    "sandwiched_between_boxes": sandwiched_between_boxes,
    "wrapped_continuation": wrapped_continuation,
    "after_closing_credit": after_closing_credit,
    "blurb_over_more_link": blurb_over_more_link,
}


def shape_named(name: str) -> Shape:
    """One of `SHAPES`, or `module:function`."""
    if name in SHAPES:
        return SHAPES[name]
    module, _, function = name.partition(":")
    shape: Shape = getattr(importlib.import_module(module), function)
    return shape


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.line_fates")
    parser.add_argument("shape", help="a name of SHAPES or module:function")
    parser.add_argument("--source", default=",".join(SOURCES))
    parser.add_argument("--examples", default="", metavar="SOURCE[,SOURCE]")
    args = parser.parse_args(argv)
    shape = shape_named(args.shape)
    shown = set(args.examples.split(",")) - {""}
    for source in args.source.split(","):
        found = tally(shape, source_fates(source, "tune"))
        print(f"{source} (tune): {found.row() or 'none'}")
        if source in shown:
            print("\n".join(f"    {line}" for line in sorted(found.examples)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
