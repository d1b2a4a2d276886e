"""Issue 14 and 15 audit (round 54): new dumps in languages the text fixtures covered once
(ca, da, sv, et, sl, th, af: `tests/fixtures/text/audit14j-*`) and pages in languages the
HTML fixtures lacked (fi, hu, ro, no, ms, sw, fa: `tests/fixtures/html/audit15j-*`). Fixed
here for reasons that carry across sites: the word a stamp sets between its date and its
time in the Nordic languages, Finnish, Dutch and Slovenian ("kl.", "klo", "om", "ob"), the
Nordic papers' labelled times without a date over the byline ("Publicerad 06.58 |
Uppdaterad 16.52"), the name particle "du" ("Pieter du Toit"), Swedish "och" between two
bylined names, Norwegian pages' declared "nb"/"nn" read as "no", the Malay credit word
"Gambar", and phrases of three languages."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from articleclean.lexicon import CLOCK_STAMP, DATE_ALONE
from articleclean.rules.credits import split_credit

HTML = Path(__file__).parent / "fixtures" / "html"

_BODY = (
    "Regeringen presenterade på måndagen ett nytt stöd till kommuner i Norrland som drabbats "
    "av stormen, och pengarna ska betalas ut redan under våren.\n\n"
    "Enligt finansministern handlar det om sammanlagt 400 miljoner kronor, som fördelas "
    "efter hur stora skadorna har varit i varje kommun.\n\n"
    "Kommunerna kan söka stödet från den 1 april till och med den 31 maj.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "9. marts 2025 kl. 19.55",
        "15. marec 2025 ob 09.00",
        "14.3.2025 klo 11.32",
        "18 feb. 2025 om 16:45",
    ],
)
def test_a_stamps_clock_word_of_more_languages(line: str) -> None:
    assert DATE_ALONE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kl. 19.55 begynder kampen",
        "9. marts 2025 kl. 19.55 begynder kampen i Herning",
        "15. marec 2025 ob obali",
    ],
)
def test_no_stamp_with_more_than_a_date_and_its_clock(line: str) -> None:
    assert not DATE_ALONE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Uppdaterad 16.52 | Publicerad 06.58",
        "Publisert 07.12",
        "Opdateret kl. 16.52",
        "Päivitetty 13:05",
    ],
)
def test_labelled_times_alone_are_a_stamp(line: str) -> None:
    assert CLOCK_STAMP.match(line)


@pytest.mark.parametrize(
    "line", ["16.40", "Publicerad i dag", "Uppdaterad 16.52 med nya uppgifter från polisen"]
)
def test_a_time_without_its_label_is_no_stamp(line: str) -> None:
    # a live blog's entry opens with its time alone
    assert not CLOCK_STAMP.match(line)


def test_labelled_times_over_the_byline_are_removed() -> None:
    article = articleclean.clean(
        "Nytt stöd till kommunerna i Norrland\n\n"
        "Uppdaterad 16.52 | Publicerad 06.58\n\n"
        "Av Elin Berg\n\n" + _BODY
    )
    assert article.byline == ["Elin Berg"]
    assert "Uppdaterad 16.52 | Publicerad 06.58" in {r.text for r in article.removed}
    assert article.paragraphs[0].startswith("Regeringen presenterade")


def test_swedish_och_joins_two_bylined_names() -> None:
    article = articleclean.clean(
        "Nytt stöd till kommunerna i Norrland\n\nAv Elin Berg och Johan Lindqvist\n\n" + _BODY
    )
    assert article.byline == ["Elin Berg", "Johan Lindqvist"]


def test_the_particle_du_inside_a_name() -> None:
    article = articleclean.clean(
        "Ons dorpe kan nie langer vir Eskom wag nie\n\nDeur Pieter du Toit\n\n10 Maart 2025\n\n"
        "Elke keer as die krag in Prins Albert afgaan, sluit die bakkery en die apteek se "
        "yskaste word warm. Dit is nie 'n ongerief nie; dit is 'n bedreiging.\n\n"
        "Die afgelope twee jaar het 'n handvol Karoo-dorpe bewys dat dit anders kan, met "
        "sonkrag vir die skool, die kliniek en die polisiekantoor.\n"
    )
    assert article.byline == ["Pieter du Toit"]
    assert "10 Maart 2025" in {r.text for r in article.removed}


@pytest.mark.parametrize(("declared", "language"), [("nb", "no"), ("nn-NO", "no"), ("no", "no")])
def test_norwegian_written_standards_read_as_norwegian(declared: str, language: str) -> None:
    page = (HTML / "audit15j-no-valgresultat-kommune.html").read_text(encoding="utf-8")
    page = page.replace('<html lang="nb">', f'<html lang="{declared}">')
    assert articleclean.clean_html(page).language == language


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("Annons", "ad_marker"),
        ("Dela artikeln", "promo"),
        ("Få de senaste nyheterna direkt – prenumerera på vårt nyhetsbrev", "promo"),
        ("Comparteix aquesta notícia", "promo"),
        ("Subscriu-te al nostre butlletí i rep cada matí les notícies del territori", "promo"),
        ("Prijavite se na naše e-novice", "promo"),
    ],
)
def test_phrases_of_more_languages(junk: str, reason: str) -> None:
    article = articleclean.clean(
        "Nytt stöd till kommunerna i Norrland\n\n"
        + _BODY.replace("\n\nKommunerna", f"\n\n{junk}\n\nKommunerna")
    )
    assert {r.text: r.reason.value for r in article.removed}.get(junk) == reason


def test_the_malay_credit_word_gambar() -> None:
    assert split_credit("Pemandangan Kuala Lumpur dari udara. Gambar: Bernama") == (
        "Pemandangan Kuala Lumpur dari udara.",
        "Bernama",
    )
    page = (HTML / "audit15j-ms-kenyataan-media-solar.html").read_text(encoding="utf-8")
    [caption] = articleclean.clean_html(page).captions
    assert (caption.text, caption.credit) == (
        "Sebahagian panel solar terapung di Tasik Kenyir.",
        "Suria Hijau Berhad",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Gambar 1: Struktur organisasi syarikat.",
        "Gambar hiasan",
        "Peserta menunjukkan gambar: anak-anak bermain di taman.",
    ],
)
def test_gambar_as_a_figure_label_or_in_prose_credits_no_one(line: str) -> None:
    assert split_credit(line) is None
