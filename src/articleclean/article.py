"""The result types: what a cleaned article is made of.

Everything here is plain data with an exact JSON round trip
(`Article.from_dict(a.to_dict()) == a`), so results can be stored,
compared in tests and shipped between processes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal, get_args

SCHEMA = "articleclean/1"

Lines = tuple[int, int]
"""First and last line (1-based, inclusive) of a piece in the cleaned input."""

BlockKind = Literal["paragraph", "heading"]
Status = Literal["ok", "empty", "too_large", "timeout", "error"]


class Reason(str, Enum):
    """Why a piece of the input was removed. Never free text: one of these."""

    DUPLICATE_CAPTION = "duplicate_caption"
    PHOTO_CREDIT = "photo_credit"
    DUPLICATE_PARAGRAPH = "duplicate_paragraph"
    RELATED_TEASER = "related_teaser"
    AD_MARKER = "ad_marker"
    PROMO = "promo"
    BOILERPLATE = "boilerplate"
    MEDIA_PLACEHOLDER = "media_placeholder"
    SITE_BOILERPLATE = "site_boilerplate"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Block:
    """One piece of the article body, in reading order."""

    kind: BlockKind
    text: str
    lines: Lines | None = None


@dataclass(frozen=True)
class Caption:
    """An image caption, kept once, with its credit split off."""

    text: str
    credit: str | None
    raw: str
    lines: Lines | None = None


@dataclass(frozen=True)
class Dateline:
    """The dateline cut from the start of the first paragraph (`BEIJING:`)."""

    text: str
    location: str | None = None
    date: str | None = None
    agency: str | None = None
    lines: Lines | None = None

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Removal:
    """A piece of the input that is not part of the article, and why."""

    reason: Reason
    rule: str
    text: str
    lines: Lines | None = None


def _shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(repr=False)
class Article:
    """A cleaned article. See the README for the JSON schema."""

    title: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    body: list[Block] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    language: str = "und"
    removed: list[Removal] = field(default_factory=list)
    status: Status = "ok"
    message: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    title_lines: Lines | None = None
    byline_lines: Lines | None = None

    def __repr__(self) -> str:
        """One short line: status, title, size and what was removed (the dataclass
        repr printed every paragraph, thousands of characters)."""
        parts = [f"status={self.status!r}"]
        if self.message:
            parts.append(f"message={_shorten(self.message)!r}")
        parts.append(f"title={None if self.title is None else _shorten(self.title)!r}")
        if self.byline:
            parts.append(f"byline={_shorten(', '.join(self.byline))!r}")
        parts.append(f"language={self.language!r}")
        parts.append(
            f"paragraphs={len(self.paragraphs)}, headings={len(self.headings)}, "
            f"captions={len(self.captions)}, chars={len(self.text)}"
        )
        removed = ", ".join(f"{reason}: {n}" for reason, n in self.removed_by_reason().items())
        parts.append(f"removed={{{removed}}}")
        return f"Article({', '.join(parts)})"

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.body if block.kind == "paragraph"]

    @property
    def headings(self) -> list[str]:
        return [block.text for block in self.body if block.kind == "heading"]

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.body)

    def removed_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for removal in self.removed:
            counts[removal.reason.value] = counts.get(removal.reason.value, 0) + 1
        return dict(sorted(counts.items()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "status": self.status,
            "message": self.message,
            "title": self.title,
            "title_lines": _lines_out(self.title_lines),
            "byline": list(self.byline),
            "byline_lines": _lines_out(self.byline_lines),
            "dateline": None
            if self.dateline is None
            else {
                "text": self.dateline.text,
                "location": self.dateline.location,
                "date": self.dateline.date,
                "agency": self.dateline.agency,
                "lines": _lines_out(self.dateline.lines),
            },
            "body": [
                {"kind": b.kind, "text": b.text, "lines": _lines_out(b.lines)} for b in self.body
            ],
            "captions": [
                {"text": c.text, "credit": c.credit, "raw": c.raw, "lines": _lines_out(c.lines)}
                for c in self.captions
            ],
            "language": self.language,
            "removed": [
                {
                    "reason": r.reason.value,
                    "rule": r.rule,
                    "text": r.text,
                    "lines": _lines_out(r.lines),
                }
                for r in self.removed
            ],
            "metadata": dict(self.metadata),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """The article `to_dict` gave; ValueError for anything else (a list, a field
        of the wrong shape), not the AttributeError or KeyError of a field read."""
        if not isinstance(data, dict):
            raise ValueError(f"an article is a JSON object, not {type(data).__name__}")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise ValueError(f"unsupported article schema {schema!r}; expected {SCHEMA!r}")
        try:
            return cls._from_fields(data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not an {SCHEMA} article: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _from_fields(cls, data: dict[str, Any]) -> Article:
        # A status or language of no article's shape went in silently: a status of
        # "done" then matched none of the statuses a caller tests for.
        status = data.get("status", "ok")
        if not isinstance(status, str) or status not in get_args(Status):
            raise ValueError(
                f"not an {SCHEMA} article: status {status!r} is none of "
                + ", ".join(get_args(Status))
            )
        language = data.get("language", "und")
        if not isinstance(language, str):
            raise ValueError(
                f"not an {SCHEMA} article: language {language!r} is not a string "
                f"(got {type(language).__name__})"
            )
        dateline = data.get("dateline")
        return cls(
            title=data.get("title"),
            title_lines=_lines_in(data.get("title_lines")),
            byline=list(data.get("byline", [])),
            byline_lines=_lines_in(data.get("byline_lines")),
            dateline=None
            if dateline is None
            else Dateline(
                text=dateline["text"],
                location=dateline.get("location"),
                date=dateline.get("date"),
                agency=dateline.get("agency"),
                lines=_lines_in(dateline.get("lines")),
            ),
            body=[
                Block(kind=_block_kind(b["kind"]), text=b["text"], lines=_lines_in(b.get("lines")))
                for b in data.get("body", [])
            ],
            captions=[
                Caption(
                    text=c["text"],
                    credit=c.get("credit"),
                    raw=c.get("raw", c["text"]),
                    lines=_lines_in(c.get("lines")),
                )
                for c in data.get("captions", [])
            ],
            language=language,
            removed=[
                Removal(
                    reason=Reason(r["reason"]),
                    rule=r["rule"],
                    text=r["text"],
                    lines=_lines_in(r.get("lines")),
                )
                for r in data.get("removed", [])
            ],
            status=status,
            message=data.get("message"),
            metadata=dict(data.get("metadata", {})),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Article:
        try:
            data = json.loads(text)
        except RecursionError:  # json's decoder recurses once per level of nesting
            raise ValueError("JSON nested too deep to be an article") from None
        return cls.from_dict(data)

    def body_with_dateline(self) -> Iterator[tuple[Block, str | None]]:
        """The body blocks in order, each with the dateline text to print in front of
        it: the first paragraph has it (it was cut from there), every other block None."""
        pending = self.dateline.text if self.dateline is not None else None
        for block in self.body:
            if pending is not None and block.kind == "paragraph":
                yield block, pending
                pending = None
            else:
                yield block, None

    def to_text(self, *, title: bool = False, captions: bool = False) -> str:
        """The article as plain text: body blocks with the dateline back in front
        of the first paragraph; optionally the title first and captions last."""
        parts: list[str] = [self.title] if title and self.title else []
        for block, dateline in self.body_with_dateline():
            parts.append(block.text if dateline is None else f"{dateline} {block.text}")
        if captions:
            parts.extend(c.text + (f" ({c.credit})" if c.credit else "") for c in self.captions)
        return "\n\n".join(parts)

    def to_markdown(self) -> str:
        parts: list[str] = []
        if self.title:
            parts.append(f"# {self.title}")
        if self.byline:
            parts.append("*By " + ", ".join(self.byline) + "*")
        for block, dateline in self.body_with_dateline():
            if block.kind == "heading":
                parts.append(f"## {block.text}")
            else:
                parts.append(block.text if dateline is None else f"**{dateline}** {block.text}")
        for caption in self.captions:
            credit = f" ({caption.credit})" if caption.credit else ""
            parts.append(f"> {caption.text}{credit}")
        return "\n\n".join(parts) + ("\n" if parts else "")


def _lines_out(lines: Lines | None) -> list[int] | None:
    return None if lines is None else [lines[0], lines[1]]


def _block_kind(kind: Any) -> BlockKind:
    # A kind of no block's shape went in silently, and the block was then neither a
    # paragraph nor a heading to `paragraphs`, `headings` and the Markdown view.
    if kind not in get_args(BlockKind):
        raise ValueError(
            f"not an {SCHEMA} article: block kind {kind!r} is none of "
            + ", ".join(get_args(BlockKind))
        )
    return kind  # type: ignore[no-any-return]


def _lines_in(value: Any) -> Lines | None:
    if value is None:
        return None
    first, last = value
    span = (int(first), int(last))
    # Line numbers count from 1 and a piece ends where it starts or later; a span of
    # another shape points at no lines of the input (`explain` and the plugin read them).
    if not 1 <= span[0] <= span[1]:
        raise ValueError(
            f"not an {SCHEMA} article: line span {list(value)!r} is not "
            "[first, last] with 1 <= first <= last"
        )
    return span
