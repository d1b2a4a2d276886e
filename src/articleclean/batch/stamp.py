"""The config an output was written with, kept beside it so that `--resume` can tell.

A run into `-o FILE` writes `.FILE.articleclean-config` beside the file (beside a
symlink's target, which holds the records), a run into `-o DIR/` writes
`DIR/.articleclean-config`: JSON, without a `.json` suffix, so that a reader
globbing the records (`Path("out").rglob("*.json")`, which takes hidden files)
does not take it for one. It holds the settings that decide what a record holds and their
fingerprint. `--resume` reads it before touching the output and refuses (exit 2)
when this run's settings differ, since the file would silently hold records of two
configs; `--allow-config-change` goes on and keeps the earlier settings in the stamp.

Beside the output, not in it: a field in every record would change the bytes of
every record (and the `articleclean/1` schema readers know), and a first line of
run metadata in a JSON Lines file would be a record that is none. The project
writes no other run metadata for `clean` (the HTML report is optional).

Left out of the settings: the limits (`--max-bytes`, `--timeout`, `--jobs`). They
decide whether a document finishes, not what a finished record holds, and raising
one is how a failed document is tried again (`--retry-failed`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import IO

from .. import __version__
from ..config import CleanerConfig
from .inputs import InputOptions
from .outputs import atomic_write, is_special

SCHEMA = "articleclean-config/1"
NAME = ".articleclean-config"
# Shown on their own in a refusal; the rest of the cleaner config goes into one digest.
_SHOWN = ("dump", "boilerplate_lines")
# Limits: a record written under another limit is the same record.
_LIMITS = ("max_input_bytes", "time_budget")


def _digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=_plain)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _plain(value: object) -> object:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return repr(value)


def settings_of(config: CleanerConfig, fmt: str, inputs: InputOptions) -> dict[str, str]:
    """What decides the records of this run, by the option a user would change."""
    lines = config.boilerplate_lines
    rest = {
        f.name: getattr(config, f.name)
        for f in dataclasses.fields(config)
        if f.name not in _SHOWN + _LIMITS
    }
    return {
        "articleclean": __version__,
        "--format": fmt,
        "--dump": config.dump,
        "boilerplate lines": f"{len(lines)} (sha256 {_digest(lines)})" if lines else "none",
        "--text-field": inputs.text_field,
        "--html-field": str(inputs.html_field),
        "--id-field": inputs.id_field,
        "--url-field": inputs.url_field,
        "--stdin-format": inputs.stdin_format,
        "cleaner config": f"sha256 {_digest(rest)}",
    }


def fingerprint(settings: dict[str, str]) -> str:
    return _digest(settings)


def stamp_path(output: str, kind: str) -> str | None:
    """Where the stamp of an output goes; None for a stream, a device or a FIFO."""
    if kind == "dir":
        return os.path.join(output, NAME)
    if kind != "file":
        return None
    real = os.path.realpath(output)
    if is_special(real):
        return None
    folder, name = os.path.split(real)
    return os.path.join(folder, f".{name}{NAME}")


class ConfigChanged(Exception):
    """`--resume` with settings other than those the output was written with."""


@dataclass
class Stamp:
    path: str
    settings: dict[str, str]
    earlier: list[dict[str, str]] = field(default_factory=list)
    note: str | None = None
    """A warning for the user (an output with records but no stamp)."""

    def write(self) -> None:
        data: dict[str, object] = {
            "schema": SCHEMA,
            "fingerprint": fingerprint(self.settings),
            "settings": self.settings,
        }
        if self.earlier:
            data["earlier"] = self.earlier
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        # Not through outputs' record writer (`_write_all`, which tests fill up to make a
        # disk full): a stamp is no record.
        atomic_write(self.path, text.encode("utf-8", "surrogatepass"), through=_write_stamp)


def _write_stamp(handle: IO[bytes], data: bytes) -> None:
    handle.write(data)  # (a buffered file takes all of it in one call)


def _read(path: str) -> dict[str, object] | None:
    """The stamp's content; None when there is none, {} when it cannot be read."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _has_records(output: str, kind: str) -> bool:
    try:
        if kind == "dir":
            return any(not name.startswith(".") for name in os.listdir(output))
        return os.path.getsize(output) > 0
    except OSError:
        return False


def prepare(
    output: str, kind: str, settings: dict[str, str], *, resume: bool, allow_change: bool
) -> Stamp | None:
    """The stamp this run writes once it holds the output; with `resume`, the earlier
    run's is checked first (ConfigChanged: nothing has been touched)."""
    path = stamp_path(output, kind)
    if path is None:
        return None
    stamp = Stamp(path, settings)
    if not resume or not _has_records(output, kind):
        return stamp  # (no records to mix with: a stamp left alone says nothing)
    old = _read(path)
    if old is None:
        if _has_records(output, kind):
            stamp.note = (
                f"-o {output} records no config (written before articleclean kept one): "
                "resuming without checking that it was written with the same options"
            )
        return stamp
    earlier = old.get("earlier")
    stamp.earlier = [e for e in earlier if isinstance(e, dict)] if isinstance(earlier, list) else []
    before = old.get("settings")
    before = before if isinstance(before, dict) else {}
    if old.get("fingerprint") == fingerprint(settings) and before == settings:
        return stamp
    if allow_change:
        stamp.earlier.append(before)
        return stamp
    changed = [
        f"{key} {before.get(key, '(not recorded)')} -> {settings.get(key, '(not recorded)')}"
        for key in sorted(set(before) | set(settings), key=_order(settings))
        if before.get(key) != settings.get(key)
    ] or ["the stamp cannot be read"]
    raise ConfigChanged(
        f"-o {output} was written with other settings than this run's: "
        + "; ".join(changed)
        + f" (recorded in {path}). --resume would mix records of two configs in one "
        "output: rerun with the earlier settings, write to a new output, or pass "
        "--allow-config-change to resume anyway"
    )


def _order(settings: dict[str, str]) -> object:
    keys = list(settings)
    return lambda key: (keys.index(key) if key in keys else len(keys), key)
