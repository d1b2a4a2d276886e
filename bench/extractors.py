"""HTML extractors compared on webeval, each `(html bytes, url, language) -> text`.

Each is called the way its documentation recommends for one page already in
memory; none touches the network. `language` (ISO 639-1, from the page's
text dump) only picks jusText's stoplist, and is found outside the timed region.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Extract = Callable[[bytes, str, str], str]


@dataclass(frozen=True)
class Extractor:
    name: str
    distribution: str
    """The PyPI distribution, for its version."""
    load: Callable[[], Extract]
    """Imports the library and returns the extract function; raises if it is missing."""


def _articleclean() -> Extract:
    import articleclean

    # Loads langdetect's profiles now, not on the first timed page without a language.
    articleclean.clean_text("Warm-up text long enough for language detection to load.")

    def extract(html: bytes, url: str, language: str) -> str:
        return articleclean.clean_html(html, url=url).to_text()

    return extract


def _trafilatura() -> Extract:
    from trafilatura import extract as trafilatura_extract

    def extract(html: bytes, url: str, language: str) -> str:
        return trafilatura_extract(html, url=url, include_comments=False, include_tables=True) or ""

    return extract


def _readability() -> Extract:
    import html_text
    from readability import Document

    from .dumps import page_text

    def extract(html: bytes, url: str, language: str) -> str:
        # readability returns the article as HTML; html_text turns it into text.
        return html_text.extract_text(Document(page_text(html), url=url).summary())

    return extract


def _justext() -> Extract:
    import justext

    from .text_cleaners import justext_stoplist

    def extract(html: bytes, url: str, language: str) -> str:
        stoplist = justext_stoplist(language)
        options = {} if stoplist else {"stopwords_low": 0.0, "stopwords_high": 0.0}
        paragraphs = justext.justext(html, stoplist, **options)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def _goose3() -> Extract:
    from goose3 import Goose

    from .dumps import page_text

    goose = Goose({"enable_image_fetching": False})

    def extract(html: bytes, url: str, language: str) -> str:
        return goose.extract(url=url, raw_html=page_text(html)).cleaned_text or ""

    return extract


def _newspaper4k() -> Extract:
    import warnings

    with warnings.catch_warnings():  # "nltk is not installed": only its NLP extras need it
        warnings.simplefilter("ignore")
        import newspaper

    from .dumps import page_text

    def extract(html: bytes, url: str, language: str) -> str:
        article = newspaper.Article(url, fetch_images=False)
        article.download(input_html=page_text(html))
        article.parse()
        return article.text or ""

    return extract


EXTRACTORS = (
    Extractor("articleclean clean_html", "articleclean", _articleclean),
    Extractor("trafilatura", "trafilatura", _trafilatura),
    Extractor("readability-lxml", "readability-lxml", _readability),
    Extractor("jusText", "jusText", _justext),
    Extractor("goose3", "goose3", _goose3),
    Extractor("newspaper4k", "newspaper4k", _newspaper4k),
)
