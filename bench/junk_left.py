"""Which junk lines stay in the body of article dumps, with their neighbours, by shape.

    python -m bench.junk_left [--source article|bodies|page] [--limit N] [--lines]

Tune part only: this prints lines, and test lines are for the final figure, never for
looking at (bench/split.py). For each junk line kept in the body (a labelled article
dump's teaser, ad and chrome lines, bench/labelled_dumps.py; every line of a labelled
whole-page dump that is not body, since each counts against the body's precision there;
or the lines bench/noise.py put into the webeval bodies, five seeds), the summary counts
it by

- its label;
- where it stands: after the dump's last body line ("end"), before its first ("start")
  or between them ("mid");
- what stands right above it: a body line, a junk line kept, or the rule that removed
  the line above (a teaser heading removed over kept headlines shows there);
- its shape: a date, a short label (three words or fewer), a headline (no sentence
  end, at most twenty words), a line cut short ("…"), a question, or prose;

and `--lines` prints each one with the two lines above and below it and what became
of them (KEPT, or the rule that removed it).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from . import loss_audit
from .labelled_dumps import BODY, _articleclean, _norm
from .loss_audit import KNOWN, UNSURE

_DATE = re.compile(
    r"\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}[-/]\d{2}[-/]\d{2}|\d{1,2}\.\s?[^\W\d_]+\.?\s\d{4}"
    r"|\b[^\W\d_]{3,9}\.? \d{1,2},? \d{4}\b"
)
_SENTENCE_END = re.compile(r"[.!?。！？][\"'’”»)]*\s*$")
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*$")
_CONTEXT = 2
"""Lines shown above and below a kept junk line."""


def shape(text: str) -> str:
    """A rough shape of a line, for grouping (not what any rule reads)."""
    words = len(text.split())
    if _DATE.search(text) and words <= 6:
        return "date"
    if _CUT_SHORT.search(text):
        return "cut short"
    if text.rstrip().endswith("?") and words <= 14:
        return "question"
    if words <= 3:
        return "label"
    if words <= 20 and not _SENTENCE_END.search(text):
        return "headline"
    return "prose"


def _is_body(label: str) -> bool:
    return label in (BODY, KNOWN, UNSURE)


@dataclass
class Kept:
    """One junk line left in the body, and what the summary groups it by."""

    site: str
    label: str
    where: str
    above: str
    shape: str
    context: list[str]


_NOT_JUNK = ("title", "byline", "caption", "credit")
"""Labels an article dump's summary leaves out (their own fields are scored apart); a
page dump's summary counts them, since a page's title, byline or caption kept in the
body counts against its precision."""


def kept_junk(dumps: Sequence[loss_audit.Dump], page: bool = False) -> Iterator[Kept]:
    """The junk lines each dump keeps in its cleaned body (`page`: every line not body)."""
    for dump in dumps:
        article = _articleclean(dump.text)
        kept = {n for block in article.body for n in loss_audit._span(block.lines)}
        rule = {n: r.rule for r in article.removed for n in loss_audit._span(r.lines)}
        lines = dump.text.split("\n")
        labelled = [n for n in range(1, len(dump.labels) + 1) if dump.labels[n - 1]]
        last_body = max((n for n in labelled if _is_body(dump.labels[n - 1])), default=0)
        first_body = min((n for n in labelled if _is_body(dump.labels[n - 1])), default=0)

        def state(number: int, kept: set[int] = kept, rule: dict[int, str] = rule) -> str:
            return "KEPT" if number in kept else rule.get(number, "-")

        for place, number in enumerate(labelled):
            label = dump.labels[number - 1]
            if _is_body(label) or (not page and label in _NOT_JUNK):
                continue
            if number not in kept:
                continue
            above = labelled[place - 1] if place else None
            if above is None:
                above_state = "(start)"
            elif state(above) == "KEPT":
                above_state = "body" if _is_body(dump.labels[above - 1]) else "junk kept"
            else:
                above_state = state(above)
            around = labelled[max(0, place - _CONTEXT) : place + _CONTEXT + 1]
            context = [
                f"{'>' if n == number else ' '} {dump.labels[n - 1]:14} {state(n):22} | "
                f"{lines[n - 1][:150]}"
                for n in around
            ]
            yield Kept(
                dump.site,
                label,
                "end" if number > last_body else "start" if number < first_body else "mid",
                above_state,
                shape(lines[number - 1]),
                context,
            )


def summary(found: Sequence[Kept]) -> str:
    def counted(title: str, counter: Counter[str]) -> str:
        rows = ", ".join(f"{key} {count}" for key, count in counter.most_common(12))
        return f"- {title}: {rows}"

    sites = len({k.site for k in found})
    return "\n".join(
        [
            f"{len(found)} junk lines kept, on {sites} sites",
            counted("label", Counter(k.label for k in found)),
            counted("label / where", Counter(f"{k.label} {k.where}" for k in found)),
            counted("above it", Counter(k.above for k in found)),
            counted("shape", Counter(k.shape for k in found)),
            counted(
                "label / shape / above",
                Counter(f"{k.label} {k.shape} after {k.above}" for k in found),
            ),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.junk_left")
    parser.add_argument("--source", choices=("article", "bodies", "page"), default="article")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--lines", action="store_true", help="print each line in context")
    args = parser.parse_args(argv)
    dumps = list(loss_audit.MAKERS[args.source]("tune", args.limit))
    found = list(kept_junk(dumps, page=args.source == "page"))
    print(summary(found))
    if args.lines:
        seen: set[str] = set()
        for item in found:
            key = _norm("\n".join(item.context))
            if key in seen:
                continue  # the next line of the same block shows the same lines
            seen.add(key)
            print(f"\n{item.site} ({item.label}, {item.where}, {item.shape})")
            print("\n".join(item.context))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
