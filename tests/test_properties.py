"""Properties over any text: no crash, nothing lost, idempotent, deterministic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import articleclean
from accounting import unaccounted
from articleclean import ArticleCleanError

JUNKY_LINES = [
    "Advertisement",
    "Must Read",
    "Related",
    "READ MORE: Another story entirely",
    "Share this article",
    "Sign up for our newsletter",
    "Photo: Reuters",
    "The minister speaks in Paris, France, May 3, 2023. /CFP",
    "The minister speaks in Paris",
    "By ABBY GOODNOUGH and ROBERT PEAR",
    "BEIJING: China said on Monday that talks would resume.",
    "WASHINGTON (AP) — Lawmakers met on Tuesday.",
    "Сухум. 24 июля. Парламент собрался на сессию.",
    "Von Anna Müller",
    "© 2024 Example News. All rights reserved.",
    "Home",
    "News",
    "Sport",
    "Image 1 of 12",
    "![](https://example.com/a.jpg)",
    "相关阅读",
    "广告",
    "Lire aussi",
    "The advertisement campaign drew criticism from regulators.",
    "Officials said the plan would take years to complete and cost more than expected.",
]

line = st.one_of(
    st.sampled_from(JUNKY_LINES),
    st.text(min_size=0, max_size=120),
    st.just(""),
)
documents = st.lists(line, min_size=0, max_size=40).map("\n".join)
separators = st.sampled_from(["\n", "\n\n", "\r\n", "\r"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(line, max_size=40), separator=separators)
def test_any_text_is_cleaned_and_every_line_accounted_for(lines: list[str], separator: str) -> None:
    text = separator.join(lines)
    article = articleclean.clean_text(text)
    assert article.status in ("ok", "empty")
    assert unaccounted(text, article) == []
    assert articleclean.Article.from_json(article.to_json()) == article


@settings(max_examples=150, deadline=None)
@given(text=documents)
# Found by this test: the output's first paragraph (with "Advertisement" glued on) was
# taken for a one-part <title> line over its own first sentence, printed again below.
@example(
    text="00000000\n\nThe advertisement campaign drew criticism from regulators.\n"
    "Advertisement\n\nThe advertisement campaign drew criticism from regulators."
)
# Found by this test: a short repeat between the article's last paragraph and a
# repeated paragraph counted as a label "inside the prose" and stayed; the output,
# without the repeated paragraph, then showed it as a plain repeat.
@example(
    text="WASHINGTON (AP) — Lawmakers met on Tuesday.\n"
    "Officials said the plan would take years to complete and cost more than expected.\n"
    "WASHINGTON (AP) — Lawmakers met on Tuesday.\n"
    "Officials said the plan would take years to complete and cost more than expected."
)
# Found by this test: a byline line between a short line and its repeat kept the repeat
# as a table's cell; the output, without the byline, showed the two side by side.
@example(text="News\nThe minister speaks in Paris\nVon Anna Müller\nThe minister speaks in Paris")
# Found by this test: the output's first paragraph (a dateline's sentence with
# "Advertisement" glued on) was taken for a one-part <title> line over the same
# sentence printed again below, read as the <title>'s headline reworded.
@example(
    text="The minister speaks in Paris\n\nBEIJING: China said on Monday that talks would "
    "resume.\nAdvertisement\n\nThe minister speaks in Paris\nNews\nThe minister speaks in "
    "Paris\nBEIJING: China said on Monday that talks would resume.\nOfficials said the plan "
    "would take years to complete and cost more than expected."
)
def test_cleaning_the_output_again_removes_nothing_more(text: str) -> None:
    article = articleclean.clean_text(text)
    again = articleclean.clean_text(article.to_text())
    assert again.removed == []


@settings(max_examples=100, deadline=None)
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_any_bytes_give_an_article_or_a_documented_error(data: bytes) -> None:
    try:
        article = articleclean.clean(data)
    except ArticleCleanError:
        return
    assert article.status in ("ok", "empty")


def test_same_json_in_two_fresh_processes(seed_text: str, tmp_path: Path) -> None:
    script = (
        "import sys, articleclean\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "print(articleclean.clean_text(text).to_json())\n"
        "print(articleclean.clean_text(text[: len(text) // 3]).to_json())\n"
    )
    source = tmp_path / "input.txt"
    source.write_text(seed_text + "\n\nEl gobierno anunció nuevas medidas económicas.", "utf-8")
    outputs = []
    for hash_seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", script, str(source)],
            capture_output=True,
            text=True,
            check=True,
            env={**_env(), "PYTHONHASHSEED": hash_seed},
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0].splitlines()[0])["language"] == "en"


def test_fourth_call_equals_first(seed_text: str) -> None:
    results = [articleclean.clean_text(seed_text).to_json() for _ in range(4)]
    assert len(set(results)) == 1


def _env() -> dict[str, str]:
    import os

    src = str(Path(articleclean.__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": src}


# Characters that show nothing (or only mark the text's direction or encoding): a
# line of them alone, or them around a line's words, as scraped text carries them.
INVISIBLE = [
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\ufeff",  # a BOM in the middle of a file (files pasted together)
    "\u2028",  # line separator: no line break for the reader (editors differ)
    "\u2029",
    "\u200e",  # bidi marks, embeddings, isolates
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u0301",  # combining marks with nothing to combine with
    "\u0308",
    "\u00ad",  # soft hyphen
    "\u2060",  # word joiner
    "\x0b",  # vertical tab, form feed, the separators str.splitlines breaks at
    "\x0c",
    "\x1c",
    "\x1e",
    "\x85",
    "\xa0",
    "\u3000",
]
invisible = st.text(alphabet=st.sampled_from(INVISIBLE), min_size=1, max_size=4)


@st.composite
def dump_lines(draw: st.DrawFn, seed_lines: list[str]) -> str:
    """A line of a real dump or a junky one, maybe wrapped in invisible characters, or
    only invisible characters."""
    base = draw(st.one_of(st.sampled_from(seed_lines), st.sampled_from(JUNKY_LINES)))
    shape = draw(st.sampled_from(["plain", "plain", "before", "after", "inside", "alone", ""]))
    if shape == "before":
        return draw(invisible) + base
    if shape == "after":
        return base + draw(invisible)
    if shape == "inside":
        cut = draw(st.integers(0, len(base)))
        return base[:cut] + draw(invisible) + base[cut:]
    if shape == "alone":
        return draw(invisible)
    return base if shape == "plain" else ""


_SEED_LINES = [
    line
    for line in (Path(__file__).parent.parent / "examples" / "cgtn-cyberspace-white-paper.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(dump_lines(_SEED_LINES), max_size=60),
    ends=st.lists(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]), min_size=1),
    dump=st.sampled_from(["auto", "page", "article"]),
    as_bytes=st.booleans(),
)
def test_dumps_with_invisible_characters_and_any_line_ends_lose_no_line(
    lines: list[str], ends: list[str], dump: str, as_bytes: bool
) -> None:
    """Nothing lost on dumps shaped like real ones (a real dump's lines among junk lines),
    with characters that show nothing in and around them, every kind of line end mixed,
    every `dump` setting, given as a str or as UTF-8 bytes."""
    text = "".join(line + ends[number % len(ends)] for number, line in enumerate(lines))
    # (bytes with C0 controls in them are the binary screen's: a few in a short text are
    # "mostly control bytes", an InputError, as documented)
    as_bytes = as_bytes and not any(char < " " and char not in "\t\n\r" for char in text)
    source: str | bytes = text.encode("utf-8") if as_bytes else text
    article = articleclean.clean(source, kind="text", dump=dump)
    assert article.status in ("ok", "empty")
    # (a BOM that opens the bytes says they are UTF-8; it is no character of the text)
    read = text.removeprefix("\ufeff") if as_bytes else text
    assert unaccounted(read, article) == []
    assert articleclean.Article.from_json(article.to_json()) == article


TAGS = [
    "p",
    "div",
    "span",
    "h1",
    "h2",
    "figure",
    "figcaption",
    "ul",
    "li",
    "a",
    "table",
    "td",
    "br",
]
html_pieces = st.one_of(
    st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
    st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
    st.sampled_from(JUNKY_LINES),
    st.text(max_size=60),
    st.sampled_from(
        ['<div class="related">', '<aside class="newsletter">', "<!--", "-->", "&amp;"]
    ),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(html_pieces, max_size=60), as_bytes=st.booleans())
def test_any_generated_html_gives_an_article(pieces: list[str], as_bytes: bool) -> None:
    html = "<html><body>" + "".join(pieces) + "</body></html>"
    try:
        article = articleclean.clean_html(html.encode("utf-8") if as_bytes else html)
    except ArticleCleanError:
        return
    assert article.status in ("ok", "empty")
    assert articleclean.Article.from_json(article.to_json()) == article
