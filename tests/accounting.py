"""Which field of an Article claims each input line: the conservation check."""

from __future__ import annotations

from collections import defaultdict

from articleclean import Article
from articleclean.readers.markdown import MARKDOWN, read_markdown
from articleclean.readers.text import split_lines
from articleclean.readers.text_browser import MARKUP, without_link_marks

# The soft hyphen, the zero-width space, the word joiner, U+2061-U+2064 and a byte
# order mark (the README's "A text dump's lines lose …").
_INSIDE_WORDS = dict.fromkeys(map(ord, "\xad\u200b\u2060\u2061\u2062\u2063\u2064\ufeff"))


def line_claims(article: Article) -> dict[int, list[str]]:
    claims: dict[int, list[str]] = defaultdict(list)

    def claim(lines: tuple[int, int] | None, field: str) -> None:
        if lines is not None:
            for number in range(lines[0], lines[1] + 1):
                claims[number].append(field)

    claim(article.title_lines, "title")
    claim(article.byline_lines, "byline")
    for block in article.body:
        claim(block.lines, block.kind)
    for caption in article.captions:
        claim(caption.lines, "caption")
    for removal in article.removed:
        claim(removal.lines, f"removed:{removal.reason.value}")
    return claims


def unaccounted(text: str, article: Article) -> list[str]:
    """Problems with conservation: lines claimed never or twice, texts that differ."""
    problems: list[str] = []
    claims = line_claims(article)
    lines = split_lines(text)
    for number, line in enumerate(lines, start=1):
        owners = claims.get(number, [])
        if line.strip() and len(owners) != 1:
            problems.append(f"line {number} {line[:40]!r} claimed by {owners}")
        if not line.strip() and owners:
            problems.append(f"blank line {number} claimed by {owners}")

    # (a Markdown dump's text is what its marks say, as its reader reads each block's
    # lines: `readers/markdown.py`; the check is then that no rule changed it)
    read = (
        {segment.lines: segment.text for segment in read_markdown(text).segments}
        if article.metadata.get("markup") == MARKDOWN
        else None
    )
    # a text browser's dump loses its links' numbers ("[12]") from the text (README)
    browser = article.metadata.get("markup") == MARKUP

    def source(span: tuple[int, int] | None) -> str:
        assert span is not None
        if read is not None:
            return read.get(span, f"<no block of the reader spans lines {span}>")
        printed = " ".join(lines[n - 1] for n in range(span[0], span[1] + 1))
        # the reader drops what a page prints as nothing inside words, unless that is all
        text = " ".join(printed.translate(_INSIDE_WORDS).split() or printed.split())
        return without_link_marks(text) if browser else text

    title = article.metadata.get("title_text", article.title)  # before the site name came off
    # (a title no line gave, Jina Reader's "Title:" read into the document's title, is
    # no line's)
    pieces = [(article.title_lines, title)] if article.title_lines is not None else []
    pieces += [(b.lines, b.text) for b in article.body]
    pieces += [(c.lines, c.raw) for c in article.captions]
    pieces += [(r.lines, r.text) for r in article.removed]
    for span, text_out in pieces:
        expected = source(span)
        if article.dateline is not None and span == article.dateline.lines:
            expected = expected.removeprefix(article.dateline.text).lstrip()
        if text_out != expected:
            problems.append(f"lines {span}: {text_out[:40]!r} != source {expected[:40]!r}")
    return problems
