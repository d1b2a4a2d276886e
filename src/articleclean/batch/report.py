"""`articleclean clean … --report report.html`: the batch as one self-contained page.

Documents by status, removals per reason and per rule (bar charts in plain
HTML/CSS), the documents with the most removed, the failed ones with their
message, and each document's explain view (see `articleclean.explain_html`)
when the batch is small (`EXPLAIN_ALL` documents or fewer); past that, a
sample: the documents whose id hashes lowest (spread over the whole batch,
the same in every run) and the ones with the most removed.

Workers render each document's explain view next to its output (the input is
at hand there); this process keeps only what the report will show, so memory
stays bounded whatever the size of the batch.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ..article import Article
from ..explain_html import counts, esc, fragment, page
from ..pipeline import dump_text, reads_as_html, replace_lone_surrogates
from .handlers import CleanHandler, load
from .jobs import Job, Outcome
from .summary import STATUSES, Summary

EXPLAIN_ALL = 200
"""Up to this many documents, every one gets its explain view."""
SAMPLE = 50
"""Past EXPLAIN_ALL: explain views for this many documents chosen by id hash …"""
TOP = 20
"""… and for the documents with the most removed (this many are listed)."""
FAILED_LISTED = 100


class ReportHandler(CleanHandler):
    """CleanHandler that also hands back what the batch report needs of each document."""

    def render(self, job: Job, article: Article) -> Outcome:
        outcome = super().render(job, article)
        _, _, by_rule = counts(article)
        report: dict[str, Any] = {
            "rules": dict(by_rule),
            "kept": sum(1 for b in article.body if b.kind == "paragraph"),
            "url": job.url,
        }
        if article.status not in ("error", "timeout", "too_large"):
            report["explain"] = self._fragment(job, article)
        return replace(outcome, report=report)

    def _fragment(self, job: Job, article: Article) -> str | None:
        try:
            text: str | None = None
            if job.kind != "html":
                data = load(job, self.config.max_input_bytes)
                if not reads_as_html(data, job.kind):  # as the Cleaner chose and decoded
                    # (a lone surrogate from a JSONL "\\ud800" failed the whole report)
                    text = replace_lone_surrogates(dump_text(data, job.content_type))
            title = f"{job.id} · {job.url}" if job.url else job.id
            return fragment(article, text, anchor=anchor_of(job.id), title=title)
        except Exception:  # the report is a view: its failure must not fail the document
            return None


def anchor_of(record_id: str) -> str:
    return "doc-" + hashlib.sha1(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _hash(record_id: str) -> int:
    return int.from_bytes(hashlib.sha1(record_id.encode("utf-8", "surrogatepass")).digest()[:8])


@dataclass
class _Doc:
    id: str
    status: str
    removed: int
    kept: int
    message: str | None
    url: str | None
    explain: str | None


@dataclass
class BatchReport:
    """Collects outcomes as they come (use `add` as the batch's progress callback)."""

    statuses: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    _all: list[_Doc] = field(default_factory=list)
    _sample: list[tuple[int, int, _Doc]] = field(default_factory=list)
    """A max-heap (negated hash) of the SAMPLE documents whose id hashes lowest."""
    _top: list[tuple[int, int, _Doc]] = field(default_factory=list)
    """A min-heap of the TOP documents with the most removed."""
    _failed: list[_Doc] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.statuses[outcome.status] += 1
        self.reasons.update(outcome.removals)
        extra = outcome.report or {}
        self.rules.update(extra.get("rules", {}))
        doc = _Doc(
            outcome.id,
            outcome.status,
            sum(outcome.removals.values()),
            int(extra.get("kept", 0)),
            outcome.message,
            extra.get("url"),
            extra.get("explain"),
        )
        if doc.status in ("error", "timeout", "too_large") and len(self._failed) < FAILED_LISTED:
            self._failed.append(replace(doc, explain=None))
        order = self.documents
        if len(self._all) <= EXPLAIN_ALL:
            self._all.append(doc)
        self._keep(self._sample, (-_hash(doc.id), -order, doc), SAMPLE)
        self._keep(self._top, (doc.removed, -order, doc), TOP)

    @staticmethod
    def _keep(heap: list[tuple[int, int, _Doc]], entry: tuple[int, int, _Doc], size: int) -> None:
        if len(heap) < size:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)

    def most_removed(self) -> list[_Doc]:
        ranked = sorted(self._top, key=lambda e: (-e[0], -e[1]))
        return [doc for _, _, doc in ranked if doc.removed > 0]

    def explained(self) -> tuple[list[_Doc], bool]:
        """The documents whose explain view is in the report, and whether that is all of them."""
        if self.documents <= EXPLAIN_ALL:
            return [d for d in self._all if d.explain], True
        chosen: dict[str, _Doc] = {}
        for _, _, doc in sorted(self._sample, key=lambda e: -e[1]):
            chosen.setdefault(doc.id, doc)
        for doc in self.most_removed():
            chosen.setdefault(doc.id, doc)
        return [d for d in chosen.values() if d.explain], False

    def render(self, summary: Summary | None = None, skipped: Counter[str] | None = None) -> str:
        return page("articleclean batch report", _body(self, summary, skipped), extra_style=_STYLE)


_STYLE = """
.bars{display:grid;grid-template-columns:max-content minmax(120px,1fr) max-content;gap:4px 10px;
 align-items:center;max-width:900px;margin:0 0 10px}
.bar{height:16px;border-radius:3px;min-width:2px}
.num{font-variant-numeric:tabular-nums;text-align:right}
.toc li{margin:2px 0}
section.doc{border-top:2px solid #999;margin-top:24px;padding-top:6px}
"""
_STATUS_COLOURS = {
    "ok": "#1e7a3c",
    "empty": "#a85a00",
    "error": "#b3261e",
    "timeout": "#6a3d8f",
    "too_large": "#555555",
}


def _bars(items: list[tuple[str, int]], colour: str | dict[str, str], caption: str) -> str:
    if not items:
        return f"<p><i>none</i> ({esc(caption)})</p>"
    top = max(n for _, n in items) or 1
    rows = []
    for name, number in items:
        shade = colour.get(name, "#777") if isinstance(colour, dict) else colour
        width = 100.0 * number / top
        rows.append(
            f"<span>{esc(name)}</span>"
            f'<span><span class="bar" style="display:block;width:{width:.1f}%;background:{shade}"'
            f' title="{esc(name)}: {number}"></span></span>'
            f'<span class="num">{number}</span>'
        )
    return f'<div class="bars" role="table" aria-label="{esc(caption)}">' + "".join(rows) + "</div>"


def _ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def _link(doc: _Doc, linked: set[str]) -> str:
    name = f'<a href="#{anchor_of(doc.id)}">{esc(doc.id)}</a>' if doc.id in linked else esc(doc.id)
    # A crawl record's id says little to a reader; its URL says where the page was.
    return name + (f' <span class="meta">{esc(doc.url)}</span>' if doc.url else "")


def _body(report: BatchReport, summary: Summary | None, skipped: Counter[str] | None) -> str:
    explained, complete = report.explained()
    linked = {d.id for d in explained}
    parts = ["<h1>articleclean batch report</h1>"]
    meta = f"{report.documents} documents"
    if summary is not None and summary.skipped:
        meta += f"; {summary.skipped} already done (--resume), not in this report"
    if summary is not None and summary.interrupted:
        meta += "; INTERRUPTED: the documents finished before the stop"
    parts.append(f'<p class="meta">{esc(meta)}</p>')
    parts.append("<h2>Documents by status</h2>")
    statuses = [(s, report.statuses.get(s, 0)) for s in STATUSES]
    statuses += [(s, n) for s, n in _ranked(report.statuses) if s not in STATUSES]
    parts.append(_bars(statuses, _STATUS_COLOURS, "documents by status"))
    if skipped:
        total = sum(skipped.values())
        parts.append(f"<h2>Crawl records skipped (not articles): {total}</h2>")
        parts.append(_bars(_ranked(skipped), "#777777", "skipped crawl records"))
    parts.append("<h2>Removals per reason</h2>")
    parts.append(_bars(_ranked(report.reasons), "#b3261e", "removals per reason"))
    parts.append("<h2>Removals per rule</h2>")
    parts.append(_bars(_ranked(report.rules), "#c0603a", "removals per rule"))
    top = report.most_removed()
    parts.append("<h2>Documents with the most removed</h2>")
    if top:
        rows = "".join(
            f"<tr><td>{_link(d, linked)}</td><td>{esc(d.status)}</td>"
            f'<td class="num">{d.removed}</td><td class="num">{d.kept}</td></tr>'
            for d in top
        )
        parts.append(
            "<table><tr><th>document</th><th>status</th><th>pieces removed</th>"
            f"<th>paragraphs kept</th></tr>{rows}</table>"
        )
    else:
        parts.append("<p><i>nothing was removed</i></p>")
    if report._failed:
        parts.append(
            "<h2>Failed documents</h2><table><tr><th>document</th><th>status</th>"
            "<th>message</th></tr>"
        )
        for doc in report._failed:
            parts.append(
                f"<tr><td>{esc(doc.id)}</td><td>{esc(doc.status)}</td>"
                f"<td>{esc(doc.message or '')}</td></tr>"
            )
        parts.append("</table>")
    what = (
        "every document"
        if complete
        else (
            f"a sample of {len(explained)} of {report.documents} documents "
            f"({SAMPLE} chosen by id hash, and those with the most removed)"
        )
    )
    parts.append(f"<h2>Explain views: {esc(what)}</h2>")
    if explained:
        items = "".join(
            f"<li>{_link(d, linked)} · {esc(d.status)} · {d.removed} removed</li>"
            for d in explained
        )
        parts.append(f'<ul class="toc">{items}</ul>')
        parts.extend(d.explain or "" for d in explained)
    return "\n".join(parts)
