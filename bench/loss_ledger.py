"""The tune article dumps' lost lines judged by hand: the labels' own errors apart from real losses.

    python -m bench.loss_ledger [--list] [--limit N]

bench/labelled_dumps.py labels a line body when the extractor's body (or an annotated
`with` segment) holds it, so whatever the extractor took along inside the article is body:
a photo's caption or credit, a "Read also:" heading and the story titles under it, an ad
marker, a share prompt, a gallery's "3 of 17". When articleclean takes such a line out of
the body, the bench counts a paragraph lost. Round 65 read every body line the tune
part's article dumps lose (182 lines in 90 dumps at main cce9823) and judged each one:

- **label**: the line is not article text, the label is wrong; its cause says what it is
  (`CAUSES`);
- **real**: the article's own line, lost; its cause says by which mechanism.

The judgments are kept in bench/loss_ledger.json, each under a key made of the site and the
line's normalised text (`line_key`: a hash, so no page text is copied into the project),
with the claim that took it then, for reading. This reading cleans the tune article dumps
again, finds every body line lost (`loss_audit.lost_lines`) and counts it under its
judgment; a lost line the ledger has no judgment for is **unjudged**: a loss a change made,
to be read and judged (and added, if it is to stay), before a figure is trusted. The real
losses per dump give issue 14's two figures (paragraphs lost, dumps losing more than a
tenth) without the labels' floor. Tune only: the test part's lines are not for reading, and
a ledger of them would be one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .labelled_dumps import _articleclean, _norm
from .loss_audit import Dump, article_dumps, lost_lines

LEDGER = Path(__file__).with_name("loss_ledger.json")
LABEL, REAL, UNJUDGED = "label", "real", "unjudged"
CAUSES = {
    LABEL: (
        "headline",  # the page's headline (or its kicker) labelled body: in the title field
        "byline",  # "By Jane Doe": in the byline field
        "picture text",  # a caption, a photo credit, a figure's title
        "related story",  # a "Read also:" heading, a story title, a "Read more..." link
        "ad or prompt",  # an ad marker; a follow, newsletter, comment prompt
        "site notice",  # copyright, licence, cookie banner, imprint link, an edit link
        "gallery counter",  # "3 of 17", "Picture gallery", "Picture:"
        "consent dialog",  # a consent panel's rows, printed again for each service
    ),
    REAL: (
        "section heading",  # the article's own heading or label ("Video", "Archive:")
        "topic is the notice",  # an article about cookies and privacy, taken for a notice
    ),
}


class Judgment(NamedTuple):
    verdict: str
    cause: str


def line_key(site: str, text: str) -> str:
    """The ledger's key of one line: its site and normalised text, hashed."""
    return hashlib.sha1(f"{site}\n{_norm(text)}".encode()).hexdigest()[:16]


def load(path: Path = LEDGER) -> dict[str, Judgment]:
    entries = json.loads(path.read_text(encoding="utf-8"))["judged"]
    return {entry["key"]: Judgment(entry["verdict"], entry["cause"]) for entry in entries}


@dataclass
class Group:
    """The lost lines of one verdict and cause."""

    lines: int = 0
    sites: set[str] = field(default_factory=set)
    claims: Counter[str] = field(default_factory=Counter)


@dataclass
class Reading:
    dumps: int = 0
    body_lines: int = 0
    groups: dict[tuple[str, str], Group] = field(default_factory=lambda: defaultdict(Group))
    real_by_dump: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Each dump losing real lines: (real lines lost, its body lines), by URL."""
    all_by_dump: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Each dump losing body lines, whatever their judgment."""
    listed: list[str] = field(default_factory=list)
    """Every lost line with its judgment and claim (`--list`), and every unjudged one."""

    def lost(self, verdict: str | None = None) -> int:
        return sum(g.lines for (v, _), g in self.groups.items() if verdict in (None, v))


def read(dumps: Iterable[Dump], ledger: dict[str, Judgment], list_all: bool = False) -> Reading:
    """Clean each dump and count its lost body lines by their judgment in `ledger`."""
    reading = Reading()
    for dump in dumps:
        _, total, lost = lost_lines(dump, _articleclean)
        reading.dumps += 1
        reading.body_lines += total
        lines = dump.text.split("\n")
        real = 0
        for number, claim in lost:
            text = lines[number - 1]
            judged = ledger.get(line_key(dump.site, text), Judgment(UNJUDGED, "?"))
            group = reading.groups[judged]
            group.lines += 1
            group.sites.add(dump.site)
            group.claims[claim] += 1
            real += judged.verdict != LABEL
            if list_all or judged.verdict == UNJUDGED:
                reading.listed.append(
                    f"{judged.verdict:8} {judged.cause:20} {claim:20} {dump.site}: {text[:100]}"
                )
        if lost:
            reading.all_by_dump[dump.url] = (len(lost), total)
        if real:
            reading.real_by_dump[dump.url] = (real, total)
    return reading


def _over_a_tenth(by_dump: dict[str, tuple[int, int]]) -> str:
    shares = [lost / total for lost, total in by_dump.values()]
    over = [share for share in shares if share > 0.1]
    return f"{len(over)} (worst {max(shares, default=0):.0%})"


def report(reading: Reading) -> Iterator[str]:
    body = max(reading.body_lines, 1)
    yield f"Tune article dumps: {reading.dumps}, body lines {reading.body_lines}"
    yield ""
    yield "| judged | cause | lines | sites | claims |"
    yield "| --- | --- | --- | --- | --- |"
    for (verdict, cause), group in sorted(
        reading.groups.items(), key=lambda item: (item[0][0], -len(item[1].sites))
    ):
        claims = ", ".join(f"{claim} {n}" for claim, n in group.claims.most_common(4))
        yield f"| {verdict} | {cause} | {group.lines} | {len(group.sites)} | {claims} |"
    yield ""
    yield (
        f"Paragraphs lost as the bench counts them: {reading.lost()} "
        f"({reading.lost() / body:.2%}), dumps losing >10 %: {_over_a_tenth(reading.all_by_dump)}"
    )
    real = reading.lost(REAL) + reading.lost(UNJUDGED)
    yield (
        f"Real and unjudged lines lost: {real} ({real / body:.2%}; real {reading.lost(REAL)}, "
        f"unjudged {reading.lost(UNJUDGED)}), dumps losing >10 %: "
        f"{_over_a_tenth(reading.real_by_dump)}"
    )
    yield f"Labels' own errors: {reading.lost(LABEL)}"
    if reading.listed:
        yield ""
        yield from reading.listed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loss_ledger")
    parser.add_argument("--list", action="store_true", help="every lost line and its judgment")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    reading = read(article_dumps("tune", args.limit), load(), args.list)
    for line in report(reading):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
