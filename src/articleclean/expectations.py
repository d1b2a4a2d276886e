"""Expectation files: what a fixture should clean into (see EXPECTED_FORMAT in the README).

An expectation holds any subset of `Article.to_dict()` plus convenience keys,
checks and options. Everything here is independent of pytest: the plugin,
the `article_snapshot` fixture and any other runner share it.

The central idea is `reshape`: the article cut to the shape of an
expectation (the same keys; list elements with the keys the expected
element gives). A field matches when its reshaped value equals the expected
one, and `--articleclean-update` writes the reshaped values back, so a
partial file stays partial.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .article import Article
from .config import CleanerConfig
from .errors import ConfigError, InputError

INPUT_SUFFIXES = (".txt", ".html", ".htm")
EXPECTED_SUFFIX = ".expected.json"

ARTICLE_KEYS = tuple(Article().to_dict())
CONVENIENCE_KEYS = ("paragraphs", "headings", "removed_by_reason")
CHECK_KEYS = ("must_contain", "must_not_contain")
OPTIONS_KEY = "options"
KNOWN_KEYS = frozenset((*ARTICLE_KEYS, *CONVENIENCE_KEYS, *CHECK_KEYS, OPTIONS_KEY))

# Sub-keys of the structured fields; a typo here would otherwise make a
# field never match (or silently match nothing), so they are validated.
ELEMENT_KEYS: dict[str, frozenset[str]] = {
    "body": frozenset({"kind", "text", "lines"}),
    "captions": frozenset({"text", "credit", "raw", "lines"}),
    "removed": frozenset({"reason", "rule", "text", "lines"}),
    "dateline": frozenset({"text", "location", "date", "agency", "lines"}),
}
LIST_OF_DICTS = ("body", "captions", "removed")
OPTION_KEYS = frozenset({"config", "url"})


def is_input(path: Path) -> bool:
    return path.suffix.lower() in INPUT_SUFFIXES


def expectation_path(input_path: Path) -> Path:
    """`dir/NAME.txt` -> `dir/NAME.expected.json`."""
    return input_path.with_name(input_path.stem + EXPECTED_SUFFIX)


def rival_inputs(input_path: Path) -> list[Path]:
    """Other inputs beside this one with the same stem: they would share its expectation."""
    return sorted(
        other
        for other in input_path.parent.glob(glob.escape(input_path.stem) + ".*")
        if other != input_path and other.stem == input_path.stem and is_input(other)
    )


def load_expectation(path: Path) -> dict[str, Any]:
    """Read and validate an expectation file; InputError says what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON: {exc}") from exc
    except (OSError, ValueError, RecursionError) as exc:
        # Not UTF-8, nested deeper than json reads, a folder, unreadable: a failure that
        # names the file, not a traceback through pytest's hooks.
        raise InputError(f"{path}: cannot be read as JSON: {type(exc).__name__}: {exc}") from exc
    validate_expectation(data, where=str(path))
    return data


def validate_expectation(data: Any, *, where: str) -> None:
    if not isinstance(data, dict):
        raise InputError(f"{where}: an expectation is a JSON object, not {type(data).__name__}")
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise InputError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
            f"known: {', '.join(sorted(KNOWN_KEYS))}"
        )
    for key in LIST_OF_DICTS:
        if key not in data:
            continue
        items = data[key]
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(f"{where}: {key!r} must be a list of objects")
        for index, item in enumerate(items):
            _check_sub_keys(item, key, f"{where}: {key}[{index}]")
    if isinstance(data.get("dateline"), dict):
        _check_sub_keys(data["dateline"], "dateline", f"{where}: dateline")
    for key in CHECK_KEYS:
        if key in data and not (
            isinstance(data[key], list) and all(isinstance(s, str) for s in data[key])
        ):
            raise InputError(f"{where}: {key!r} must be a list of strings")
    options = data.get(OPTIONS_KEY, {})
    if not isinstance(options, dict) or set(options) - OPTION_KEYS:
        raise InputError(f"{where}: 'options' may hold only {sorted(OPTION_KEYS)}")
    if not isinstance(options.get("config", {}), dict):
        raise InputError(f"{where}: options.config must be an object of CleanerConfig fields")


def _check_sub_keys(item: Mapping[str, Any], key: str, where: str) -> None:
    unknown = sorted(set(item) - ELEMENT_KEYS[key])
    if unknown:
        raise InputError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
            f"known: {', '.join(sorted(ELEMENT_KEYS[key]))}"
        )


@dataclass(frozen=True)
class Options:
    """How to clean one fixture: config overrides and (for HTML) the page url."""

    config: Mapping[str, Any] = field(default_factory=dict)
    url: str | None = None

    @classmethod
    def of(cls, expectation: Mapping[str, Any]) -> Options:
        options = expectation.get(OPTIONS_KEY) or {}
        return cls(config=dict(options.get("config") or {}), url=options.get("url"))

    def cleaner_config(self) -> CleanerConfig:
        try:
            return CleanerConfig().replace(**self.config)
        except (ConfigError, TypeError) as exc:
            raise ConfigError(f"options.config: {exc}") from exc


def clean_input(path: Path, options: Options) -> Article:
    """Clean a fixture input as `articleclean clean` cleans the file: its bytes, `.txt`
    as a text dump, `.html`/`.htm` as a page, decoded by `decode_bytes` either way."""
    from . import clean_html, clean_text  # the public API, as users call it

    config = options.cleaner_config()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc}") from exc
    if path.suffix.lower() == ".txt":
        # Bytes, not UTF-8 text: a UTF-16 dump (Windows' Notepad, PowerShell's `>`) or a
        # legacy encoding the CLI reads was refused here, and the update command the
        # failure named was refused the same way.
        try:
            return clean_text(data, config=config)
        except InputError as exc:  # (binary: NUL or control bytes; the CLI refuses it too)
            raise InputError(f"{path}: {exc}") from exc
    return clean_html(data, url=options.url, config=config)


# --- reshaping and comparing ---------------------------------------------------

MISSING = "<missing>"
"""Stands in for a metadata key the article does not have."""


def reshape(expected: Mapping[str, Any], article: Article) -> dict[str, Any]:
    """The article cut to the shape of `expected`; checks and options copied as they are."""
    actual = article.to_dict()
    shaped: dict[str, Any] = {}
    for key, want in expected.items():
        if key in CHECK_KEYS or key == OPTIONS_KEY:
            shaped[key] = want
        elif key == "paragraphs":
            shaped[key] = article.paragraphs
        elif key == "headings":
            shaped[key] = article.headings
        elif key == "removed_by_reason":
            shaped[key] = article.removed_by_reason()
        elif key in LIST_OF_DICTS:
            shaped[key] = reshape_list(want, actual[key])
        elif isinstance(want, dict) and isinstance(actual[key], dict):
            shaped[key] = {k: actual[key].get(k, MISSING) for k in want}
        else:
            shaped[key] = actual[key]
    return shaped


def reshape_list(want: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Element i gets the keys of expected element i; elements beyond the expected
    list get every key the expected list uses (all keys if it was empty)."""
    union = {k for item in want for k in item}
    shaped = []
    for index, item in enumerate(got):
        if index < len(want):
            shaped.append({k: item[k] for k in want[index]})
        else:
            shaped.append({k: v for k, v in item.items() if k in union or not union})
    return shaped


def without_missing(shaped: dict[str, Any]) -> dict[str, Any]:
    """What to write back: metadata keys the article lost are dropped."""
    out = dict(shaped)
    for key, value in shaped.items():
        if isinstance(value, dict) and key != OPTIONS_KEY:
            out[key] = {k: v for k, v in value.items() if v != MISSING}
    return out


@dataclass(frozen=True)
class CheckFailure:
    check: str  # "must_contain" or "must_not_contain"
    snippet: str
    context: str | None = None  # for must_not_contain: the block it was found in


@dataclass(frozen=True)
class Comparison:
    expected: dict[str, Any]
    shaped: dict[str, Any]
    article: Article
    changed: tuple[str, ...]
    check_failures: tuple[CheckFailure, ...]

    @property
    def ok(self) -> bool:
        return not self.changed and not self.check_failures


def compare(expected: Mapping[str, Any], article: Article) -> Comparison:
    shaped = reshape(expected, article)
    changed = tuple(
        key
        for key in expected
        if key not in CHECK_KEYS and key != OPTIONS_KEY and shaped[key] != expected[key]
    )
    return Comparison(
        expected=dict(expected),
        shaped=shaped,
        article=article,
        changed=changed,
        check_failures=tuple(run_checks(expected, article)),
    )


def run_checks(expected: Mapping[str, Any], article: Article) -> list[CheckFailure]:
    text = article.text
    failures = [
        CheckFailure("must_contain", snippet)
        for snippet in expected.get("must_contain", [])
        if snippet not in text
    ]
    for snippet in expected.get("must_not_contain", []):
        if snippet in text:
            block = next((b.text for b in article.body if snippet in b.text), None)
            failures.append(CheckFailure("must_not_contain", snippet, block))
    return failures


# --- writing -------------------------------------------------------------------


def dump_expectation(data: Mapping[str, Any]) -> str:
    """JSON with one top-level key per line and one list element per line, so a
    change to one paragraph is a one-line change in `git diff`."""
    rows = []
    for key, value in data.items():
        head = f"  {_compact(key)}: "
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {_compact(item)}" for item in value)
            rows.append(f"{head}[\n{items}\n  ]")
        else:
            rows.append(head + _compact(value))
    return "{\n" + ",\n".join(rows) + "\n}\n" if rows else "{}\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def write_expectation(path: Path, data: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_expectation(data), encoding="utf-8")
