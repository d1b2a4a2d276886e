"""Which junk lines stay in the body of article dumps, with their neighbours, by shape.

    python -m bench.junk_left [--source article|bodies|page] [--limit N] [--lines]
    python -m bench.junk_left --tails [--limit N]

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

`--tails` (round 54, article dumps) groups the junk kept after each dump's last body line
by the tail it stands in: labels only (tags, a menu, a shop's buttons), one line (a lone
blurb or headline), or a box (two or more lines, some longer than a label), each also
counted apart when a teaser heading of the tail was removed and the lines under it kept.
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


@dataclass
class _Cleaned:
    """A dump cleaned: the line numbers its body keeps, the rule that took each other
    line, its lines, the numbers of its labelled lines and the last body-labelled one."""

    kept: set[int]
    rule: dict[int, str]
    lines: list[str]
    labelled: list[int]
    last_body: int


def _cleaned(dump: loss_audit.Dump) -> _Cleaned:
    article = _articleclean(dump.text)
    labelled = [n for n in range(1, len(dump.labels) + 1) if dump.labels[n - 1]]
    return _Cleaned(
        kept={n for block in article.body for n in loss_audit._span(block.lines)},
        rule={n: r.rule for r in article.removed for n in loss_audit._span(r.lines)},
        lines=dump.text.split("\n"),
        labelled=labelled,
        last_body=max((n for n in labelled if _is_body(dump.labels[n - 1])), default=0),
    )


def kept_junk(dumps: Sequence[loss_audit.Dump], page: bool = False) -> Iterator[Kept]:
    """The junk lines each dump keeps in its cleaned body (`page`: every line not body)."""
    for dump in dumps:
        cleaned = _cleaned(dump)
        kept, rule, lines = cleaned.kept, cleaned.rule, cleaned.lines
        labelled, last_body = cleaned.labelled, cleaned.last_body
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


_HEADING_RULES = ("teaser_heading", "teaser_section_label")
"""Rules that remove a box's heading; the lines under it may stay."""


@dataclass
class Tail:
    """The junk an article dump keeps after its last body line, and its kind."""

    site: str
    kind: str
    lines: list[str]


def tail_kind(texts: Sequence[str], heading_removed: bool) -> str:
    """What a kept tail looks like (for grouping, not what any rule reads)."""
    if all(shape(text) == "label" for text in texts):
        kind = "labels only"
    elif len(texts) == 1:
        kind = "one line"
    else:
        kind = "box"
    return f"{kind}, heading removed" if heading_removed else kind


def kept_tails(dumps: Sequence[loss_audit.Dump]) -> Iterator[Tail]:
    """The junk lines each dump keeps after its last body line, one `Tail` a dump."""
    for dump in dumps:
        cleaned = _cleaned(dump)
        tail = [
            n
            for n in cleaned.labelled
            if n > cleaned.last_body and dump.labels[n - 1] not in _NOT_JUNK
        ]
        texts = [cleaned.lines[n - 1] for n in tail if n in cleaned.kept]
        if texts:
            removed = any(cleaned.rule.get(n) in _HEADING_RULES for n in tail)
            yield Tail(dump.site, tail_kind(texts, removed), texts)


def tails_summary(tails: Sequence[Tail], examples: int = 3) -> str:
    lines_of: Counter[str] = Counter()
    sites: dict[str, set[str]] = {}
    for tail in tails:
        lines_of[tail.kind] += len(tail.lines)
        sites.setdefault(tail.kind, set()).add(tail.site)
    out = [f"{sum(lines_of.values())} junk lines kept after the last body line"]
    for kind, count in lines_of.most_common():
        out.append(f"- {kind}: {count} lines, {len(sites[kind])} sites")
        shown = [t for t in tails if t.kind == kind][:examples]
        out += [f"    {t.site}: " + " | ".join(x[:40] for x in t.lines[:3]) for t in shown]
    return "\n".join(out)


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
    parser.add_argument("--tails", action="store_true", help="article dumps' kept tails by kind")
    args = parser.parse_args(argv)
    if args.tails:
        print(
            tails_summary(list(kept_tails(list(loss_audit.MAKERS["article"]("tune", args.limit)))))
        )
        return 0
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
