"""A failed comparison as a reader wants it: field by field, body as a unified diff.

Each changed field gets its own small section; no field is ever dumped
whole as JSON, only the values that differ.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence
from typing import Any

from .expectations import MISSING, CheckFailure, Comparison

Item = dict[str, Any]
INDENT = "  "


def render_report(comparison: Comparison) -> list[str]:
    """The lines describing every difference and failed check (empty when ok)."""
    lines: list[str] = []
    for key in comparison.changed:
        lines.extend(render_field(key, comparison.expected[key], comparison.shaped[key]))
    lines.extend(render_checks(comparison.check_failures))
    return lines


def render_field(key: str, expected: Any, got: Any) -> list[str]:
    if key == "body":
        return _block_diff(key, expected, got, _block_line)
    if key in ("paragraphs", "headings"):
        return _block_diff(key, expected, got, str)
    if key == "captions":
        return _list_changes(key, expected, got, _describe)
    if key == "removed":
        return _removals(expected, got)
    if key == "removed_by_reason" and isinstance(expected, dict) and isinstance(got, dict):
        return _counts(key, expected, got)
    if isinstance(expected, dict) and isinstance(got, dict):
        return [f"{key}:"] + [
            f"{INDENT}{sub}: expected {_value(expected.get(sub, MISSING))} / got {_value(got[sub])}"
            for sub in got
            if got[sub] != expected.get(sub, MISSING)
        ]
    return [f"{key}:", f"{INDENT}expected: {_value(expected)}", f"{INDENT}got:      {_value(got)}"]


def render_checks(failures: Sequence[CheckFailure]) -> list[str]:
    lines: list[str] = []
    missing = [f for f in failures if f.check == "must_contain"]
    if missing:
        lines.append("must_contain: not in the body text:")
        lines.extend(f"{INDENT}{_value(f.snippet)}" for f in missing)
    found = [f for f in failures if f.check == "must_not_contain"]
    if found:
        lines.append("must_not_contain: found in the body text:")
        for failure in found:
            lines.append(f"{INDENT}{_value(failure.snippet)}")
            if failure.context is not None:
                lines.append(f"{INDENT * 2}in: {_excerpt(failure.context, failure.snippet)}")
    return lines


# --- body, paragraphs, headings: a unified diff ------------------------------


def _block_diff(
    key: str, expected: Sequence[Any], got: Sequence[Any], line: Callable[[Any], str]
) -> list[str]:
    header = f"{key}: expected {len(expected)}, got {len(got)} (unified diff, - expected + got):"
    diff = difflib.unified_diff(
        [line(item) for item in expected],
        [line(item) for item in got],
        fromfile="expected",
        tofile="got",
        n=2,
        lineterm="",
    )
    return [header] + [INDENT + row for row in diff]


def _block_line(item: Item) -> str:
    kind = item.get("kind")
    marker = {"paragraph": "[p] ", "heading": "[h] "}.get(kind, f"[{kind}] ") if kind else ""
    text = item.get("text", "")
    lines = f"  (lines {_lines(item['lines'])})" if "lines" in item else ""
    return f"{marker}{text}{lines}"


# --- captions: added, removed, changed ---------------------------------------


def _list_changes(
    key: str, expected: list[Item], got: list[Item], describe: Callable[[Item], str]
) -> list[str]:
    lines = [f"{key}: expected {len(expected)}, got {len(got)}:"]
    lines.extend(_element_changes(expected, got, describe, INDENT))
    return lines


def _element_changes(
    expected: list[Item], got: list[Item], describe: Callable[[Item], str], indent: str
) -> list[str]:
    keyed = difflib.SequenceMatcher(
        a=[_canonical(i) for i in expected], b=[_canonical(i) for i in got], autojunk=False
    )
    lines: list[str] = []
    for tag, a0, a1, b0, b1 in keyed.get_opcodes():
        if tag == "equal":
            continue
        pairs = min(a1 - a0, b1 - b0) if tag == "replace" else 0
        for offset in range(pairs):
            want, have = expected[a0 + offset], got[b0 + offset]
            lines.append(f"{indent}~ changed [{b0 + offset}] {_headline(want)}")
            lines.extend(
                f"{indent}{INDENT * 2}{sub}: expected {_value(want[sub])} / got {_value(have.get(sub, MISSING))}"
                for sub in want
                if want[sub] != have.get(sub, MISSING)
            )
        lines.extend(
            f"{indent}- removed [{a}] {describe(expected[a])}" for a in range(a0 + pairs, a1)
        )
        lines.extend(f"{indent}+ added   [{b}] {describe(got[b])}" for b in range(b0 + pairs, b1))
    return lines


def _headline(item: Item) -> str:
    """A changed element is named by its text; the changed keys follow below it."""
    return _value(_shorten(item["text"], 80)) if "text" in item else ""


def _describe(item: Item) -> str:
    parts = [_value(item["text"])] if "text" in item else []
    for key, value in item.items():
        if key == "text":
            continue
        parts.append(f"{key} {_lines(value)}" if key == "lines" else f"{key} {_value(value)}")
    return ", ".join(parts) if parts else "{}"


# --- removals: grouped by reason ---------------------------------------------


def _removals(expected: list[Item], got: list[Item]) -> list[str]:
    header = f"removed: expected {len(expected)}, got {len(got)}"
    if not expected or not all("reason" in item for item in expected):
        # Without a reason on every expected element there is nothing to group by.
        return [header + ":", *_element_changes(expected, got, _describe, INDENT)]
    lines = [header + ", by reason:"]
    reasons = dict.fromkeys(item.get("reason") for item in [*expected, *got])
    for reason in reasons:
        want = [_without_reason(i) for i in expected if i.get("reason") == reason]
        have = [_without_reason(i) for i in got if i.get("reason") == reason]
        if want == have:
            continue
        lines.append(f"{INDENT}{reason}: expected {len(want)}, got {len(have)}")
        lines.extend(_element_changes(want, have, _describe, INDENT * 2))
    if len(lines) == 1:
        lines.append(f"{INDENT}the same removals, in another order:")
        lines.extend(_element_changes(expected, got, _describe, INDENT * 2))
    return lines


def _without_reason(item: Item) -> Item:
    return {k: v for k, v in item.items() if k != "reason"}


def _counts(key: str, expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    lines = [f"{key}:"]
    for reason in sorted({*expected, *got}):
        want, have = expected.get(reason, 0), got.get(reason, 0)
        if want != have:
            lines.append(f"{INDENT}{reason}: expected {want}, got {have}")
    return lines


# --- values ------------------------------------------------------------------


def _value(value: Any) -> str:
    if value == MISSING:
        return "(missing)"
    return json.dumps(value, ensure_ascii=False)


def _lines(value: Any) -> str:
    if isinstance(value, list) and len(value) == 2:
        return f"{value[0]}-{value[1]}"
    return _value(value)


def _canonical(item: Item) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _excerpt(text: str, snippet: str, margin: int = 60) -> str:
    """The snippet with some text around it, as it occurs in `text`."""
    start = text.find(snippet)
    begin, end = max(0, start - margin), min(len(text), start + len(snippet) + margin)
    return ("…" if begin else "") + text[begin:end] + ("…" if end < len(text) else "")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
