"""Learned site boilerplate: the model file `articleclean learn` writes, and its loader.

A model lists, per site (a URL host, or the folder of a file), the normalised
lines (see `Segment.key`) that repeat across that site's documents. Cleaning
uses the union of all sites' lines as `CleanerConfig.boilerplate_lines`:

>>> from articleclean import CleanerConfig
>>> lines = load_boilerplate("model.json")  # doctest: +SKIP
>>> config = CleanerConfig(boilerplate_lines=lines)  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError

MODEL_SCHEMA = "articleclean-boilerplate/1"


@dataclass(frozen=True)
class LearnedLine:
    key: str
    """The normalised form the `site_boilerplate` rule compares."""
    text: str
    """One original spelling, for people reading the model."""
    documents: int
    """In how many of the site's sampled documents the line occurs."""


@dataclass(frozen=True)
class SiteModel:
    documents: int
    """How many of the site's documents were read while learning."""
    lines: tuple[LearnedLine, ...] = ()


@dataclass(frozen=True)
class BoilerplateModel:
    sites: dict[str, SiteModel] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    """The thresholds the model was learned with (recorded, not re-applied)."""

    @property
    def lines(self) -> frozenset[str]:
        return frozenset(line.key for site in self.sites.values() for line in site.lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": MODEL_SCHEMA,
            "settings": dict(self.settings),
            "sites": {
                name: {
                    "documents": site.documents,
                    "lines": [
                        {"key": line.key, "text": line.text, "documents": line.documents}
                        for line in site.lines
                    ],
                }
                for name, site in sorted(self.sites.items())
            },
        }

    @classmethod
    def from_dict(cls, data: Any) -> BoilerplateModel:
        if not isinstance(data, dict) or data.get("schema") != MODEL_SCHEMA:
            found = data.get("schema") if isinstance(data, dict) else type(data).__name__
            raise ConfigError(
                f"not a boilerplate model: schema {found!r}, expected {MODEL_SCHEMA!r}"
            )
        try:
            sites = {
                str(name): SiteModel(
                    documents=int(site["documents"]),
                    lines=tuple(
                        LearnedLine(str(line["key"]), str(line["text"]), int(line["documents"]))
                        for line in site["lines"]
                    ),
                )
                for name, site in data["sites"].items()
            }
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"malformed boilerplate model: {exc!r}") from exc
        return cls(sites=sites, settings=dict(data.get("settings", {})))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model atomically (a temp file renamed into place); a device or a
        FIFO (`-o /dev/stdout`) is written into, never replaced (`atomic_write`)."""
        from .batch.outputs import atomic_write  # (the batch package imports this module)

        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        atomic_write(os.fspath(path), text.encode("utf-8"))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> BoilerplateModel:
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError, RecursionError) as exc:
            raise ConfigError(f"cannot read boilerplate model {os.fspath(path)!r}: {exc}") from exc
        return cls.from_dict(data)


def load_boilerplate(path: str | os.PathLike[str]) -> frozenset[str]:
    """The lines of a model file, ready for `CleanerConfig(boilerplate_lines=...)`."""
    return BoilerplateModel.load(path).lines
