"""Legacy encodings: text dumps and HTML bytes go through one decoding path and come out right."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from articleclean.batch.handlers import CleanHandler
from articleclean.batch.jobs import Job
from articleclean.readers.decode import decode_bytes

# One or two sentences of news prose per language, with the letters that tell the
# encodings of each script apart (ç û à vs ű ŕ; ą ś ź vs ± ¶ Ľ; ğ ı ş vs ð ý þ …).
SAMPLES = [
    (
        "fr",
        "cp1252",
        "Économie: le café coûte plus cher à Paris. La façon de le préparer a changé.",
    ),
    (
        "fr",
        "latin-1",
        "Le garçon a reçu une lettre où l'on évoquait l'été à Noël, près du château.",
    ),
    (
        "de",
        "cp1252",
        "Die Regierung hat am Mittwoch ein Gesetz zum Schutz der Wälder beschlossen; die Förster begrüßen es.",
    ),
    ("de", "latin-1", "Über die Brücke fahren täglich zwölftausend Autos, sagt der Bürgermeister."),
    (
        "es",
        "cp1252",
        "El niño pidió un café en la estación. ¿Mañana habrá huelga? Según el sindicato, sí.",
    ),
    ("es", "latin-1", "La compañía anunció que aumentará la producción en Castilla y León."),
    (
        "pt",
        "cp1252",
        "O governo anunciou ontem que a inflação caiu. A população não acredita nas promessas.",
    ),
    ("pt", "latin-1", "As eleições municipais serão realizadas em outubro, informou o tribunal."),
    ("pl", "cp1250", "Rząd ogłosił w środę, że płace w sektorze publicznym wzrosną. Źródło: PAP."),
    (
        "pl",
        "iso8859_2",
        "Rząd ogłosił w środę, że płace w sektorze publicznym wzrosną o pięć procent.",
    ),
    (
        "cs",
        "cp1250",
        "Vláda ve středu schválila nový zákon o ochraně lesů. Příliš žluťoučký kůň úpěl.",
    ),
    ("cs", "iso8859_2", "Ministerstvo uvedlo, že počet turistů v Praze letos vzrostl o čtvrtinu."),
    (
        "ru",
        "cp1251",
        "Новая линия метро откроется в декабре, сообщили в мэрии. Поезда будут ходить каждые три минуты.",
    ),
    (
        "ru",
        "koi8_r",
        "Новая линия метро откроется в декабре, сообщили в мэрии. Поезда будут ходить каждые три минуты.",
    ),
    (
        "el",
        "cp1253",
        "Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για την οικονομία. Οι πολίτες περιμένουν αλλαγές.",
    ),
    (
        "tr",
        "cp1254",
        "Hükümet çarşamba günü yeni bir yasa açıkladı. Öğretmenler şimdi daha fazla maaş alacak.",
    ),
    ("ja", "shift_jis", "政府は水曜日、新しい法律を発表した。教師の給料は来年から上がる見通しだ。"),
    ("zh", "gbk", "政府周三宣布了一项新法律。教师的工资将从明年开始上涨，这是多年来的第一次。"),
    ("zh", "big5", "政府週三宣布了一項新法律。教師的工資將從明年開始上漲，這是多年來的第一次。"),
]
IDS = [f"{language}-{encoding}" for language, encoding, _ in SAMPLES]


def _long(sentence: str) -> str:
    """A dump of a few kilobytes: the sentence in numbered paragraphs (so none is a repeat)."""
    return "\n\n".join(f"{n}. {sentence}" for n in range(1, 60)) + "\n"


@pytest.mark.parametrize(("language", "encoding", "sentence"), SAMPLES, ids=IDS)
def test_short_dumps_decode_right(language: str, encoding: str, sentence: str) -> None:
    data = (sentence + "\n").encode(encoding)
    assert data.decode(encoding) != data.decode("utf-8", "replace")  # not plain ASCII
    assert decode_bytes(data).text == sentence + "\n"
    article = articleclean.clean(data)
    assert sentence in article.to_text(title=True)


@pytest.mark.parametrize(("language", "encoding", "sentence"), SAMPLES, ids=IDS)
def test_long_dumps_decode_right(language: str, encoding: str, sentence: str) -> None:
    text = _long(sentence)
    assert decode_bytes(text.encode(encoding)).text == text


@pytest.mark.parametrize(("language", "encoding", "sentence"), SAMPLES, ids=IDS)
def test_a_dump_and_the_same_text_in_a_page_decode_alike(
    tmp_path: Path, language: str, encoding: str, sentence: str
) -> None:
    """The batch reads a .txt file's bytes, clean_html a page's: both say the same."""
    path = tmp_path / "dump.txt"
    path.write_bytes(_long(sentence).encode(encoding))
    handler = CleanHandler(articleclean.CleanerConfig())
    dump = handler.clean(Job("dump.txt", "text", "dump", ".", path=str(path)))
    page = "".join(f"<p>{n}. {sentence}</p>" for n in range(1, 60))
    html = articleclean.clean_html(
        f"<html><body><article>{page}</article></body></html>".encode(encoding)
    )
    assert f"7. {sentence}" in dump.text
    assert f"7. {sentence}" in html.text


def test_utf8_and_declared_charsets_still_win() -> None:
    text = "Zażółć gęślą jaźń, powiedział minister.\n"
    assert decode_bytes(text.encode("utf-8")).how == "utf-8"
    declared = decode_bytes(text.encode("iso8859_2"), declared="iso-8859-2")
    assert declared.how == "declared" and declared.text == text


_PAGE = (
    "<html><head><title>Council approves cycle lanes</title></head><body><article>"
    "<h1>Council approves cycle lanes</h1>"
    + "<p>The council approved three new cycle lanes on Monday, the mayor said.</p>" * 4
    + "</article></body></html>"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_page_in_utf16_or_utf32_with_its_bom_is_read_as_a_page_by_auto(encoding: str) -> None:
    # Main: `clean` (the CLI's standard input, Spark, Dask, Scrapy) looked for tags in
    # the bytes read a byte a character, found "<\x00h\x00t…", and cleaned the markup
    # as a text dump ("<html><head>…" in the body).
    data = ("\ufeff" + _PAGE).encode(encoding)
    auto = articleclean.clean(data)
    assert auto.to_json() == articleclean.clean_html(data).to_json()
    assert auto.title == "Council approves cycle lanes"
    assert "<" not in auto.text


def test_a_text_dump_with_a_bom_stays_a_text_dump() -> None:
    text = "Council approves cycle lanes\n\nThe council approved three new lanes, the mayor said.\n"
    for encoding in ("utf-8-sig", "utf-16", "utf-32"):
        data = text.encode(encoding)
        assert articleclean.clean(data).to_json() == articleclean.clean_text(data).to_json()


_ACCENTED = "Café: le garçon a reçu une lettre où l'on évoquait l'été à Noël."


@pytest.mark.parametrize(
    ("declared_in", "charset"),
    [
        ("meta", "iso-8859-1"),
        ("meta", "windows-1252"),
        ("meta", "koi8-r"),
        ("header", "iso-8859-1"),
        ("header", "iso-8859-7"),
    ],
)
def test_a_page_in_utf8_declared_in_another_charset_is_read_as_utf8(
    declared_in: str, charset: str
) -> None:
    # Main: the declaration was believed, "CafÃ©: le garÃ§on …" (or Greek letters for
    # ISO-8859-7) in the title and the body.
    meta = f'<meta charset="{charset}">' if declared_in == "meta" else ""
    page = (
        f"<html><head>{meta}<title>{_ACCENTED}</title></head><body><article>"
        + f"<p>{_ACCENTED} Le maire a parlé du budget de la ville.</p>" * 4
        + "</article></body></html>"
    ).encode("utf-8")
    header = f"text/html; charset={charset}" if declared_in == "header" else None
    article = articleclean.clean_html(page, content_type=header)
    assert article.title == _ACCENTED
    assert _ACCENTED in article.text
    assert article.metadata["encoding"] == "utf-8"


def test_a_declared_charset_still_reads_a_page_that_is_no_utf8() -> None:
    # Latin-1 bytes of accented text are no valid UTF-8: the declaration decides.
    page = (
        f'<html><head><meta charset="iso-8859-1"><title>{_ACCENTED}</title></head><body>'
        f"<article><p>{_ACCENTED}</p></article></body></html>"
    ).encode("latin-1")
    assert decode_bytes(page).how == "declared"
    assert articleclean.clean_html(page).title == _ACCENTED
