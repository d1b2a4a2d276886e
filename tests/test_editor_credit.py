"""The editor's labelled credit under the writer's byline (`editor_credit`): Indonesian
agencies and papers print "Pewarta: …" / "Penulis: …" / "Reporter: …" then "Editor: …",
at the head or under the last paragraph. "Editor:" alone is the byline on the same sites."""

from __future__ import annotations

import pytest

import articleclean

_TITLE = "Pasangan Dedi-Erwan menang Pilkada Jawa Barat"
_PROSE = (
    "Komisi Pemilihan Umum (KPU) Provinsi Jawa Barat menetapkan hasil rekapitulasi suara "
    "Pilkada 2024 pada rapat pleno terbuka di Bandung, Minggu. Pasangan nomor urut 4 meraih "
    "suara terbanyak.",
    "Pasangan calon yang keberatan dengan hasil tersebut dapat mengajukan gugatan ke Mahkamah "
    "Konstitusi dalam waktu tiga hari kerja setelah penetapan.",
)


def _clean(credits: list[str], *, at_end: bool) -> articleclean.Article:
    lines = [_TITLE, *_PROSE, *credits] if at_end else [_TITLE, *credits, *_PROSE]
    return articleclean.clean_text("\n\n".join(lines) + "\n")


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize(
    ("writer", "editor"),
    [
        ("Pewarta: Rina Sari", "Editor: Budi Santoso"),
        ("Penulis: Rina Sari", "Editor: Budi Santoso"),
        ("Reporter: Rina Sari", "Redaktur: Budi Santoso"),
        ("Oleh Rina Sari", "Penyunting: Budi Santoso"),
    ],
)
def test_editor_under_the_writer_goes(writer: str, editor: str, at_end: bool) -> None:
    article = _clean([writer, editor], at_end=at_end)
    assert article.byline == ["Rina Sari"]
    assert [(r.rule, r.text) for r in article.removed] == [("editor_credit", editor)]
    assert [b.text for b in article.body] == list(_PROSE)


@pytest.mark.parametrize("at_end", [False, True])
def test_editor_alone_is_the_byline(at_end: bool) -> None:
    article = _clean(["Editor: Budi Santoso"], at_end=at_end)
    assert article.byline == ["Budi Santoso"]
    assert "editor_credit" not in [r.rule for r in article.removed]


@pytest.mark.parametrize("at_end", [False, True])
def test_second_editor_under_an_editor_stays(at_end: bool) -> None:
    # Under a byline labelled as an editor's, the next "Editor:" is no desk's credit.
    article = _clean(["Editor: Rina Sari", "Editor: Budi Santoso"], at_end=at_end)
    assert "editor_credit" not in [r.rule for r in article.removed]


def test_a_sentence_after_the_label_stays() -> None:
    line = "Editor: Budi Santoso menambahkan bahwa rekapitulasi berjalan lancar di semua daerah."
    article = _clean(["Pewarta: Rina Sari", line], at_end=False)
    assert "editor_credit" not in [r.rule for r in article.removed]
