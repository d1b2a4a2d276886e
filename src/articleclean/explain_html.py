"""`articleclean explain FILE --html report.html`: one document as a self-contained page.

The input in order, each piece marked with what became of it (kept, heading,
title, byline, dateline, caption, or removed with its reason and rule) by a
colour and a text label, so it reads without colour too; a legend with the
count per mark and per reason; the final article beside it.

The input is untrusted (scraped HTML, text from anywhere): every piece of it
goes through `html.escape`, and the page loads nothing: a Content-Security-
Policy forbids any request, no script runs, the styles are inline.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .article import Article
from .pieces import CATEGORIES, Piece, pieces_by_line, pieces_of
from .readers.text import split_lines

_RANK = {c: i for i, c in enumerate(CATEGORIES)}
# Colours readable on white and with a distinct border, so that print and
# colour-blind readers still have the text label.
_COLOURS = {
    "kept": ("#e6f4ea", "#1e7a3c"),
    "heading": ("#e0f2f1", "#00695c"),
    "title": ("#e3ecfb", "#1a4fa0"),
    "byline": ("#f1e7f7", "#6a3d8f"),
    "dateline": ("#fff1e0", "#a85a00"),
    "caption": ("#fbf6d9", "#7a6500"),
    "removed": ("#fde8e8", "#b3261e"),
    "unaccounted": ("#eeeeee", "#555555"),
}
# What no network request may be made for; also stops any script an input might smuggle in.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
 margin:0;padding:16px 20px;color:#1b1b1b;background:#fff}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:16px;margin:18px 0 8px}
.meta{color:#555;margin:0 0 12px}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 14px;padding:0;list-style:none}
.legend li{padding:3px 8px;border-radius:4px;border-left:5px solid;font-size:13px}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;align-items:start}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
.piece{display:grid;grid-template-columns:3.2em 13em minmax(0,1fr);gap:8px;
 padding:4px 6px;margin:0 0 3px;border-left:5px solid;border-radius:3px}
.piece .no{color:#666;text-align:right;font-variant-numeric:tabular-nums}
.piece .label{font-weight:600;font-size:12px;text-transform:none;overflow-wrap:anywhere}
.piece .text{white-space:pre-wrap;overflow-wrap:anywhere}
.piece.removed .text{text-decoration:line-through;text-decoration-color:rgba(179,38,30,.45)}
.blank{height:8px}
.article{border:1px solid #ccc;border-radius:6px;padding:12px 16px;background:#fcfcfc}
.article h3{font-size:19px;margin:0 0 6px}
.article h4{font-size:16px;margin:12px 0 4px}
.article .by{font-style:italic;color:#444}
.article figcaption{font-size:13px;color:#444;border-left:3px solid #ccc;padding-left:8px;margin:8px 0}
.status{display:inline-block;padding:1px 7px;border-radius:10px;background:#eee;font-size:13px}
table{border-collapse:collapse}
td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
"""


def _label(piece: Piece) -> str:
    """The piece's label in the report: "kept", a field, or "REMOVED: reason (rule)"."""
    if piece.category == "kept":
        return "kept"
    if piece.category == "removed":
        return f"REMOVED: {piece.what}"
    return piece.what


@dataclass(frozen=True)
class Row:
    number: int | None
    category: str | None
    """None for a blank line."""
    label: str
    text: str


def rows_for_text(text: str, article: Article) -> list[Row]:
    """Each input line with the pieces it went into, the most kept first."""
    by_line = pieces_by_line(pieces_of(article))
    rows: list[Row] = []
    for number, line in enumerate(split_lines(text), start=1):
        found = sorted(by_line.get(number, []), key=lambda p: _RANK[p.category])
        if not line.strip() and not found:
            rows.append(Row(number, None, "", ""))
        elif not found:
            rows.append(Row(number, "unaccounted", "unaccounted", line))
        else:
            label = " + ".join(_label(p) for p in found)
            rows.append(Row(number, found[0].category, label, line))
    return rows


def rows_for_pieces(article: Article) -> list[Row]:
    """For HTML: the extracted blocks in reading order (the page has no lines to mark)."""
    pieces = sorted(pieces_of(article), key=lambda p: (p.lines is None, p.lines or (0, 0)))
    return [Row(p.lines[0] if p.lines else None, p.category, _label(p), p.text) for p in pieces]


def counts(article: Article) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Pieces per category, removals per reason and per rule."""
    pieces = pieces_of(article)
    by_category = Counter(p.category for p in pieces)
    by_reason = Counter(p.reason for p in pieces if p.reason)
    by_rule = Counter(p.rule for p in pieces if p.rule)
    return by_category, by_reason, by_rule


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _style_of(category: str) -> str:
    background, border = _COLOURS.get(category, _COLOURS["unaccounted"])
    return f"background:{background};border-color:{border}"


def legend(article: Article) -> str:
    by_category, by_reason, _ = counts(article)
    items = []
    for category in CATEGORIES:
        items.append(
            f'<li style="{_style_of(category)}">{esc(category)}: '
            f"<b>{by_category.get(category, 0)}</b></li>"
        )
    for reason, number in sorted(by_reason.items(), key=lambda i: (-i[1], i[0])):
        items.append(
            f'<li style="{_style_of("removed")}">removed, {esc(reason)}: <b>{number}</b></li>'
        )
    return '<ul class="legend" aria-label="legend">' + "".join(items) + "</ul>"


def render_rows(rows: Iterable[Row]) -> str:
    parts: list[str] = []
    for row in rows:
        if row.category is None:
            parts.append('<div class="blank"></div>')
            continue
        number = "" if row.number is None else str(row.number)
        parts.append(
            f'<div class="piece {esc(row.category)}" style="{_style_of(row.category)}">'
            f'<span class="no">{esc(number)}</span>'
            f'<span class="label">{esc(row.label)}</span>'
            f'<span class="text">{esc(row.text)}</span></div>'
        )
    return "\n".join(parts)


def render_article(article: Article) -> str:
    """The final article, as a reader would see it."""
    parts = ['<div class="article">']
    status = article.status + (f": {article.message}" if article.message else "")
    parts.append(f'<p><span class="status">status {esc(status)}</span></p>')
    if article.title:
        parts.append(f"<h3>{esc(article.title)}</h3>")
    if article.byline:
        parts.append(f'<p class="by">By {esc(", ".join(article.byline))}</p>')
    for block, dateline in article.body_with_dateline():
        if block.kind == "heading":
            parts.append(f"<h4>{esc(block.text)}</h4>")
        elif dateline is not None:
            parts.append(f"<p><b>{esc(dateline)}</b> {esc(block.text)}</p>")
        else:
            parts.append(f"<p>{esc(block.text)}</p>")
    for caption in article.captions:
        credit = f" ({esc(caption.credit)})" if caption.credit else ""
        parts.append(f"<figcaption>{esc(caption.text)}{credit}</figcaption>")
    if not article.body and not article.title:
        parts.append("<p><i>(nothing kept)</i></p>")
    parts.append("</div>")
    return "\n".join(parts)


def fragment(article: Article, text: str | None, *, anchor: str = "", title: str = "") -> str:
    """The explain view of one document as a section (for this page and the batch report).

    `text` is the text dump, or None for an HTML page (then the extracted blocks are shown).
    """
    rows = rows_for_text(text, article) if text is not None else rows_for_pieces(article)
    what = "input lines" if text is not None else "extracted blocks, in reading order"
    ident = f' id="{esc(anchor)}"' if anchor else ""
    heading = f"<h2>{esc(title)}</h2>" if title else ""
    return (
        f'<section class="doc"{ident}>{heading}{legend(article)}<div class="cols">'
        f"<div><h2>Input ({esc(what)})</h2>{render_rows(rows)}</div>"
        f"<div><h2>Article</h2>{render_article(article)}</div></div></section>"
    )


def page(title: str, body: str, *, extra_style: str = "") -> str:
    """A complete, self-contained HTML page."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{STYLE}{extra_style}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def explain_page(article: Article, text: str | None, *, source: str = "") -> str:
    """The whole page for `articleclean explain FILE --html OUT`."""
    by_category, _, _ = counts(article)
    kept = by_category.get("kept", 0)
    removed = by_category.get("removed", 0)
    status = article.status + (f" ({article.message})" if article.message else "")
    head = (
        f"<h1>articleclean explain: {esc(source or 'input')}</h1>"
        f'<p class="meta">status {esc(status)} · {kept} paragraphs kept · '
        f"{removed} pieces removed · language {esc(article.language)}</p>"
    )
    return page(f"explain {source}", head + fragment(article, text))
