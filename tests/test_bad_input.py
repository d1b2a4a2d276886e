"""Bad input gets a clear error or an article with a status, never a hang or a deep traceback."""

from __future__ import annotations

import random

import pytest

import articleclean
from accounting import unaccounted
from articleclean import CleanerConfig, ConfigError, InputError
from articleclean.pipeline import _utf8_size


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n \u3000 \n"])
def test_empty_and_blank_text_is_an_empty_article(text: str) -> None:
    article = articleclean.clean_text(text)
    assert article.status == "empty"
    assert article.message
    assert article.body == [] and article.removed == []
    assert article.language == "und"


def test_nul_bytes_are_an_input_error() -> None:
    with pytest.raises(InputError, match="binary"):
        articleclean.clean(b"\x00\x01\x02 some text \x00")


def test_random_bytes_give_an_error_or_an_article() -> None:
    rng = random.Random(7)
    for _ in range(50):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 2000)))
        try:
            article = articleclean.clean(data)
        except InputError:
            continue
        assert article.status in ("ok", "empty")


def test_wrong_type_is_an_input_error() -> None:
    with pytest.raises(InputError, match="str or bytes"):
        articleclean.clean(12345)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        articleclean.clean_text(None)  # type: ignore[arg-type]


def test_nul_characters_in_str_input_are_kept_as_text() -> None:
    text = "Headline here today\n\nA paragraph with a \x00 character in it, said officials."
    article = articleclean.clean_text(text)
    assert unaccounted(text, article) == []


def test_lone_surrogates_become_replacement_characters() -> None:
    text = "A title line here\n\nOfficials said \ud800 the plan \udfff was approved on Monday."
    article = articleclean.clean_text(text)
    assert "\ufffd" in article.text
    article.to_json().encode("utf-8")  # would raise on a surrogate


def test_lone_surrogates_in_a_page_do_not_cut_its_text() -> None:
    # lxml stopped at the first lone surrogate of a str page: the paragraphs after it
    # were lost and the page came out `empty`.
    page = (
        "<html><body><article><h1>Council \ud800 approves lanes</h1>"
        "<p>Officials said \udfff the plan was approved on Monday after a long debate.</p>"
        "<p>The lanes open next spring and link the station to the university.</p>"
        "</article></body></html>"
    )
    article = articleclean.clean_html(page)
    assert article.status == "ok"
    assert "\ufffd" in article.text
    assert "The lanes open next spring" in article.text
    article.to_json().encode("utf-8")


def test_the_size_in_utf8_is_the_surrogatepass_encoding_s() -> None:
    # `_utf8_size` encodes once at most (none for ASCII); the size is the length of
    # the "surrogatepass" encoding, which the limit's message reports.
    for text in (
        "",
        "plain ascii",
        "Göteborg café",
        "“quoted” – €5 … 東京 한국",
        "emoji 😀 and 𝔘",
        "lone \ud800 high",
        "\udfff lone low, ü and 😀",
    ):
        lone = any("\ud800" <= char <= "\udfff" for char in text)
        assert _utf8_size(text) == (len(text.encode("utf-8", "surrogatepass")), lone)
    article = articleclean.clean_text("é\ud800" * 600, max_input_bytes=1_000)
    assert article.message == "input is 3000 bytes; the limit (max_input_bytes) is 1000"


def test_a_single_ten_megabyte_line() -> None:
    text = ("wordy " * 20 + "end. ") * 80_000
    assert len(text) >= 10_000_000
    article = articleclean.clean_text(text)
    assert article.status == "ok"
    assert len(article.body) == 1


def test_input_over_the_size_limit_is_too_large() -> None:
    article = articleclean.clean_text("x" * 2_000, max_input_bytes=1_000)
    assert article.status == "too_large"
    assert "max_input_bytes" in (article.message or "")


def test_fifty_megabytes_of_text_is_too_large_by_default() -> None:
    text = "Lorem ipsum dolor sit amet.\n" * 1_900_000
    assert len(text) > CleanerConfig().max_input_bytes
    assert articleclean.clean_text(text).status == "too_large"


def test_time_budget_gives_a_timeout_status() -> None:
    text = "\n\n".join(f"Paragraph {i} tells what happened next in the story." for i in range(2000))
    article = articleclean.clean_text(text, time_budget=1e-9)
    assert article.status == "timeout"
    assert "time budget" in (article.message or "")


def test_many_blank_and_short_lines_stay_linear() -> None:
    text = "\n".join(["short line", "", "Advertisement", "Related"] * 25_000)
    article = articleclean.clean_text(text)
    assert unaccounted(text, article) == []


@pytest.mark.parametrize(
    "text",
    [
        "مرحبا بالعالم\n\nقالت الحكومة يوم الاثنين إنها ستعلن عن خطة جديدة للاقتصاد الوطني.",
        "שלום עולם\n\nהממשלה הודיעה ביום שני על תוכנית חדשה לכלכלה.",
        "Emoji headline 🚀🔥\n\nThe launch 🚀 went well, officials said 👍 on Monday.",
        "Mixed 混合 скрипты text\n\nLe président a dit 你好 и ушёл. Das ist alles.",
        "\u202eright-to-left override\u202c line\n\nA normal sentence follows it here.",
    ],
)
def test_mixed_scripts_rtl_and_emoji(text: str) -> None:
    article = articleclean.clean_text(text)
    assert article.status in ("ok", "empty")
    assert unaccounted(text, article) == []
    assert articleclean.Article.from_json(article.to_json()) == article


def test_unknown_config_option_is_a_config_error() -> None:
    with pytest.raises(articleclean.ConfigError, match="unknown CleanerConfig option"):
        articleclean.clean_text("text", no_such_rule=False)


def test_forty_five_thousand_line_breaks() -> None:
    html = "<html><body><p>Intro text of the article here.</p>" + "<br>" * 45_000 + "<p>End.</p>"
    article = articleclean.clean_html(html + "</body></html>")
    assert article.status == "ok"
    assert "Intro text of the article here." in article.text


def test_ten_thousand_nested_divs_keep_their_text() -> None:
    # Deeper than lxml goes: the page's own text is read as a dump instead.
    deep = "Deep text of the article goes on for a while, officials said on Monday."
    html = "<html><body>" + "<div>" * 10_000 + f"<p>{deep}</p>" + "</div>" * 10_000
    article = articleclean.clean_html(html + "</body></html>")
    assert article.status == "ok"
    assert article.paragraphs == [deep]
    assert article.metadata["extraction"] == "page_text"


def test_a_page_the_extractor_finds_nothing_in_is_read_as_page_text() -> None:
    html = "<html><head><title>T</title><script>var x = 1;</script></head><body>"
    html += "<p>Short</p><table><tr><td>A cell with some words in it, said the council.</td></tr>"
    article = articleclean.clean_html(html + "</table></body></html>")
    assert "var x" not in article.text
    assert article.status in ("ok", "empty")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>Unclosed paragraph one with some words <b>bold <i>italic"
        "<p>Second paragraph text goes here and on and on.</div></span></body>",
        "<html><body><p><div></p></div><table><tr><td>cell</p></table><article><h1>Title</h2>"
        "<p>Some text that is long enough to count as content for the extractor to find.</p>",
        "<p>no html element at all, only a paragraph that goes on for a while here.",
        "<html><head><meta charset='no-such-charset'></head><body><p>Bad charset declared.</p>",
    ],
)
def test_broken_html_gives_an_article(html: str) -> None:
    for source in (html, html.encode("utf-8")):
        article = articleclean.clean_html(source)
        assert article.status in ("ok", "empty")
        assert articleclean.Article.from_json(article.to_json()) == article


def test_html_over_the_size_limit_is_too_large() -> None:
    html = "<html><body>" + "<p>Lorem ipsum dolor sit amet.</p>" * 1000 + "</body></html>"
    assert articleclean.clean_html(html, max_input_bytes=10_000).status == "too_large"


def test_a_long_ascii_line_before_legacy_bytes_is_decoded() -> None:
    # A 250 KB line with no byte over 0x7f (a minified page's head), then Latin-1 text:
    # the lines that tell encodings apart were found by a regex tried from every
    # position of the long line (about 290 s on main; no timing asserted here).
    sentence = "Le conseil a voté mardi la fermeture du vieux pont, a dit le maire à la presse."
    data = b"x" * 250_000 + b"\n\n" + ((sentence + "\n\n") * 3).encode("cp1252")
    article = articleclean.clean_text(data)
    assert article.status == "ok"
    assert "voté mardi" in article.text


_ARTICLE = (
    "<p>The council approved three new cycle lanes on Tuesday after a long debate "
    "about the cost of the work.</p><p>The lanes open next spring, officials said, "
    "and link the station to the university; C:\\x41 is the depot's code.</p>"
)


@pytest.mark.parametrize(
    "charset", ["base64", "zip", "hex", "rot13", "uu", "punycode", "undefined", "unicode_escape"]
)
@pytest.mark.parametrize("where", ["meta", "header"])
def test_a_charset_no_page_is_written_in_is_ignored(charset: str, where: str) -> None:
    # Python's codecs.lookup knows these names; decoding by them raised LookupError
    # or UnicodeError out of clean_html, or (unicode_escape) rewrote the backslash.
    head = f'<meta charset="{charset}">' if where == "meta" else ""
    page = f"<html><head>{head}</head><body><article>{_ARTICLE}</article></body></html>"
    header = f"text/html; charset={charset}" if where == "header" else None
    article = articleclean.clean_html(page.encode(), content_type=header)
    assert article.status == "ok"
    assert "C:\\x41 is the depot's code." in article.to_text()


@pytest.mark.parametrize("url", [5, b"https://example.com/a"])
def test_a_url_not_a_str_is_an_input_error(url: object) -> None:
    page = f"<html><body><article>{_ARTICLE}</article></body></html>"
    with pytest.raises(InputError, match="url must be a str"):
        articleclean.clean_html(page, url=url)  # type: ignore[arg-type]


@pytest.mark.parametrize("config", [{"time_budget": 5.0}, "fast"])
def test_a_config_not_a_cleanerconfig_is_a_config_error(config: object) -> None:
    with pytest.raises(ConfigError, match="config must be a CleanerConfig"):
        articleclean.clean_text("A line of text.", config=config)  # type: ignore[arg-type]


@pytest.mark.parametrize("lines", [["Follow us", 5], [["Follow us"]]])
def test_boilerplate_lines_that_are_not_strings_are_a_config_error(lines: object) -> None:
    # A list in the list raised a bare TypeError ("unhashable type") from frozenset;
    # a number went into the set unchecked.
    with pytest.raises(ConfigError, match="expected a collection of strings"):
        CleanerConfig(boilerplate_lines=lines)  # type: ignore[arg-type]


@pytest.mark.parametrize("phrases", [None, 5])
def test_extra_phrases_of_no_phrase_are_a_config_error(phrases: object) -> None:
    with pytest.raises(ConfigError, match="expected a phrase or a list of phrases"):
        CleanerConfig(extra_phrases={"promo_prompt": phrases})  # type: ignore[dict-item]


def test_each_lone_surrogate_is_one_replacement_character() -> None:
    # Main: three U+FFFD for each (the three bytes UTF-8 "surrogatepass" wrote), and
    # the two code units of one emoji six.
    text = "A title line here\n\nOfficials said \ud800 the plan \udfff\ud800 was approved \ud83d\ude00."
    article = articleclean.clean_text(text)
    assert "said \ufffd the plan \ufffd\ufffd was approved \U0001f600." in article.text
    page = f"<html><body><article><p>{text.split(chr(10))[-1]}</p></article></body></html>"
    assert "said \ufffd the plan \ufffd\ufffd was approved \U0001f600." in (
        articleclean.clean_html(page).text
    )


def test_a_stray_nul_byte_leaves_a_text_dump_a_text_dump() -> None:
    # Main: "input looks binary (it has NUL bytes)" for one NUL in 3 KB of text (a page
    # with the same byte was read: its NULs are dropped), so the whole article was lost.
    text = "Council approves cycle lanes\n\n" + (
        "The council approved three new cycle lanes on Monday, the mayor said.\n\n" * 40
    )
    data = text.encode("utf-8").replace(b"three", b"th\x00ree", 1)
    article = articleclean.clean(data)
    assert article.status == "ok"
    assert "th\x00ree new cycle lanes" in article.text  # kept, as in a str
    assert article.to_json() == articleclean.clean_text(data.decode("utf-8")).to_json()


def test_nul_bytes_by_the_hundred_are_still_binary() -> None:
    with pytest.raises(InputError):
        articleclean.clean(b"Some text here \x00\x00 and more text" * 40)
    with pytest.raises(InputError):  # UTF-16 without its BOM
        articleclean.clean("Council approves cycle lanes on Monday".encode("utf-16-le"))
