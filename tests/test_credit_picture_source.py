"""A source label with the picture's own word after it is a picture's credit.

"Sumber foto: ANTARA", "Fonte immagine: ANSA", "Źródło zdjęcia: PAP" name where a
picture comes from, as "Foto: …" does; the caption above goes with it. "Źródło: PAP"
alone may name where the text's facts come from, and stays as before (round 51).
"""

from __future__ import annotations

import pytest

import articleclean

_TEXT = (
    "Pemerintah kota menyetujui anggaran baru untuk perbaikan jalan dan jembatan di "
    "seluruh wilayah, setelah rapat yang berlangsung lebih dari empat jam.\n\n"
    "{caption}\n\n{credit}\n\n"
    "Anggota dewan dari oposisi menolak rencana itu karena dinilai tidak memberi cukup "
    "dana untuk sekolah dan puskesmas di pinggiran kota.\n"
)
_CAPTION = "Petugas memeriksa jembatan tua di pinggiran Semarang."


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Sumber foto: ANTARA", "ANTARA"),
        ("Fonte immagine: ANSA", "ANSA"),
        ("Źródło zdjęcia: PAP", "PAP"),
        ("Источник фото: ТАСС", "ТАСС"),
    ],
)
def test_the_picture_s_source_is_its_credit(credit: str, agency: str) -> None:
    # Fails on main: the label was no credit word, and both lines stayed in the body.
    article = articleclean.clean(_TEXT.format(caption=_CAPTION, credit=credit))
    assert [(c.text, c.credit) for c in article.captions] == [(_CAPTION, agency)]


def test_a_bare_source_label_under_a_sentence_stays() -> None:
    sentence = "Rapat berikutnya dijadwalkan pada bulan depan."
    article = articleclean.clean(_TEXT.format(caption=sentence, credit="Źródło: PAP"))
    assert sentence in [block.text for block in article.body]
