"""The webeval corpus split by site into a tune part and a test part.

Rules, thresholds and phrases are tuned on the tune part only; quality is
reported on the test part, with the tune part beside it. The split is by
site, so that no site's habits are learned on one side and scored on the
other, and by a hash of the site, so that it is the same on every machine
and does not move when pages are added.

    part(url) -> "tune" | "test"
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Literal
from urllib.parse import urlsplit

# web.archive.org/web/20190101000000/https://site/...: the site is the archived one.
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$")

Part = Literal["tune", "test"]
PARTS: tuple[Part, ...] = ("tune", "test")

TEST_SHARE_PERCENT = 40
"""About this share of the sites (by hash, not by count of pages) is held out for testing."""


def site(url: str) -> str:
    """The site a corpus key belongs to: its host without "www.".

    Keys of the corpus's "hard" pages are file names such as
    `hard::mercurynews.com.2023.01.16.letters-1119.html`; their site is the
    first two dot-separated labels of the name ("mercurynews.com").
    """
    if url.startswith("hard::"):
        name = url.removeprefix("hard::").split("-", 1)[0].removesuffix(".html")
        return ".".join(name.lower().split(".")[:2])
    archived = _ARCHIVED.match(url)
    if archived:
        url = archived.group(1)
    host = (urlsplit(url).hostname or url).lower()
    return host.removeprefix("www.")


def part(url: str) -> Part:
    """The part of the corpus the page at `url` belongs to."""
    digest = hashlib.sha1(site(url).encode("utf-8")).hexdigest()
    return "test" if int(digest, 16) % 100 < TEST_SHARE_PERCENT else "tune"


WHICH_IS_WHICH = (
    "**test** is the held-out part of the webeval corpus (by site, `bench/split.py`: "
    "rules, thresholds and phrases are tuned on the other part) and is the figure to "
    "quote; **tune** is the part they are tuned on, shown beside it: the gap is how much "
    "tuning flatters an in-sample figure. Rules written before the split saw every page, "
    "so the test figure may still flatter a little."
)


part_of = part
"""`part` under a name that a parameter called `part` does not hide."""


def counts(urls: Iterable[str]) -> dict[Part, int]:
    """How many of `urls` fall in each part."""
    found: dict[Part, int] = {name: 0 for name in PARTS}
    for url in urls:
        found[part(url)] += 1
    return found
