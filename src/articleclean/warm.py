"""Two small documents a Cleaner cleans to build, before its first real one, what every
process builds once: langdetect's profiles, the pass-1 screen of the rules a text dump or
an HTML page runs, the name lists, the compiled phrase matchers.

A batch parent warms its Cleaner this way before it forks its workers
(`batch/runner.py`), so that each worker starts with them built instead of building
them again on its first document. What is built is listed in README's "Caches and
shared objects"; none of it changes an article, so a warmed Cleaner gives the same
output as a cold one.
"""

from __future__ import annotations

from typing import Literal

WarmKind = Literal["text", "html"]

# A page dump: the page's title, a menu, the headline, a byline and a date, the
# article's prose, a line of teasers and the footer, as a dump of a news page has them.
_PROSE = (
    "The city council approved the new budget on Tuesday after a long debate about "
    "the cost of repairing the old bridge across the river.",
    "Members said the repairs could not wait another year, because the inspectors had "
    "found cracks in two of the supports during the winter.",
    "Work is expected to start in the spring and to last until the end of the summer, "
    "when the bridge will open again to cars and buses.",
)
_TEXT = "\n".join(
    (
        "Council approves budget for bridge repairs | The Daily Example",
        "Home",
        "News",
        "Sport",
        "Weather",
        "Council approves budget for bridge repairs",
        "By Jane Smith",
        "March 5, 2024",
        *_PROSE,
        "Related: Five things to know about the river",
        "Share this article",
        "© 2024 The Daily Example. All rights reserved.",
    )
)
_HTML = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Council approves budget for bridge repairs | The Daily Example</title></head>"
    "<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
    "<li><a href='/sport'>Sport</a></li></ul></nav>"
    "<article><h1>Council approves budget for bridge repairs</h1>"
    "<p class='byline'>By Jane Smith</p><time datetime='2024-03-05'>March 5, 2024</time>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in _PROSE)
    + "<figure><img src='bridge.jpg' alt=''><figcaption>The old bridge in winter. "
    "Photo: Jane Smith</figcaption></figure>"
    "<aside class='related'><h2>Related</h2><ul><li><a href='/river'>Five things to know "
    "about the river</a></li></ul></aside></article>"
    "<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer></body></html>"
)
SAMPLES: dict[WarmKind, str] = {"text": _TEXT, "html": _HTML}
"""The document cleaned to warm a Cleaner up for each kind of source."""
