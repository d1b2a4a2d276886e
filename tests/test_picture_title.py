"""A picture's title or alt text printed over its caption (round 59, xfails6: round 57's
cause (1), shared by the tb-de, tb-fr, am, th rakha and ar fixtures): a short line, no
sentence, right above a caption that carries its credit and writes most of the line's
words again ("Ein Ventilator in einem Gemeindesaal" over "Ein Ventilator steht im
Gemeindesaal …. (Foto: dpa/…)") goes as `media_placeholder` (`picture_title`), where it
stayed a heading or a paragraph. A section's heading over its picture, whose words the text
under the picture takes up, stays; so does a heading over a sentence read as a caption
beside a credit line of its own."""

from __future__ import annotations

import pytest

import articleclean


def _rules(article: articleclean.Article, text: str) -> list[str]:
    return [r.rule for r in article.removed if r.text == text]


_EN = (
    "Council opens new flood barrier on the river\n"
    "\n"
    "By Jane Doe\n"
    "\n"
    "The city council opened the new flood barrier on Monday after three years of work, "
    "the mayor said in a statement.\n"
    "\n"
    "Workers on the flood barrier at dawn\n"
    "Workers check the new flood barrier at dawn on Monday. (Photo: John Roe/Reuters)\n"
    "\n"
    "The barrier can hold back water up to four metres high and protects around two "
    "thousand homes in the lower town.\n"
    "\n"
    "Residents had asked for better protection since the floods of last winter, when "
    "hundreds of cellars filled with water.\n"
)

_PT = (
    "Prefeitura inaugura nova biblioteca no centro da cidade\n"
    "\n"
    "Por Ana Souza\n"
    "\n"
    "A prefeitura inaugurou nesta segunda-feira a nova biblioteca municipal, que "
    "custou cerca de dez milhões de reais, segundo o secretário de cultura.\n"
    "\n"
    "A sala de leitura da biblioteca\n"
    "A sala de leitura da nova biblioteca municipal, aberta ao público desde segunda-feira. "
    "Foto: Carlos Lima/Prefeitura\n"
    "\n"
    "O prédio tem três andares e abriga mais de oitenta mil livros, além de computadores "
    "para os moradores.\n"
    "\n"
    "O horário de funcionamento vai das oito da manhã às oito da noite, de segunda a sábado.\n"
)

# A script written without spaces between its words: the title's words stand inside the
# caption's run of letters ("ตลาดน้ำ" and "อัมพวา" in "…ที่ตลาดน้ำเก่าอัมพวา …").
_TH = (
    "นักท่องเที่ยวแห่เที่ยวตลาดน้ำช่วงวันหยุดยาว\n"
    "\n"
    "นักท่องเที่ยวจำนวนมากเดินทางมาเที่ยวตลาดน้ำในจังหวัดสมุทรสงครามช่วงวันหยุดยาว "
    "ทำให้การจราจรหนาแน่นตั้งแต่เช้า\n"
    "\n"
    "ตลาดน้ำอัมพวา\n"
    "นักท่องเที่ยวล่องเรือชมบรรยากาศที่ตลาดน้ำเก่าอัมพวา จังหวัดสมุทรสงคราม ภาพ: สมศักดิ์ ใจดี\n"
    "\n"
    "ผู้ว่าราชการจังหวัดระบุว่า ปีนี้มีผู้มาเยือนมากกว่าปีที่แล้วเกือบสองเท่า "
    "และร้านค้าในพื้นที่มีรายได้เพิ่มขึ้นอย่างชัดเจน\n"
)


@pytest.mark.parametrize(
    ("dump", "title", "caption"),
    [
        (
            _EN,
            "Workers on the flood barrier at dawn",
            "Workers check the new flood barrier at dawn on Monday.",
        ),
        (
            _PT,
            "A sala de leitura da biblioteca",
            "A sala de leitura da nova biblioteca municipal, aberta ao público desde "
            "segunda-feira.",
        ),
        (
            _TH,
            "ตลาดน้ำอัมพวา",
            "นักท่องเที่ยวล่องเรือชมบรรยากาศที่ตลาดน้ำเก่าอัมพวา จังหวัดสมุทรสงคราม",
        ),
    ],
)
def test_picture_title_over_its_caption_goes(dump: str, title: str, caption: str) -> None:
    article = articleclean.clean_text(dump)
    assert _rules(article, title) == ["picture_title"]
    assert title not in article.headings
    assert title not in article.text
    assert [c.text for c in article.captions] == [caption]


_SECTION = (
    "Die alte Zeche wird zum Museum\n"
    "\n"
    "Von Jana Berg\n"
    "\n"
    "Die Stadt will das Gelände der alten Zeche bis zum Sommer als Museum öffnen, wie der "
    "Kulturdezernent am Montag mitteilte.\n"
    "\n"
    "Tor zur Zechenstadt\n"
    "Plan des Geländes der ehemaligen Zechenstadt mit dem Schacht - Grafik: Stadtarchiv\n"
    "\n"
    "Das Tor zur Zechenstadt, die sich seit 1850 um den Schacht entwickelte, war ein "
    "eigenes Viertel mit Siedlungen, Werkstätten und einem Bahnhof.\n"
    "\n"
    "Heute stehen nur noch das Maschinenhaus und der Förderturm, die nun saniert werden.\n"
)


def test_section_heading_whose_words_the_text_takes_up_stays() -> None:
    """The heading names the section the text under the picture is about: the text
    writes a longer run of its words than the caption (fails without that test)."""
    article = articleclean.clean_text(_SECTION)
    assert _rules(article, "Tor zur Zechenstadt") == []
    assert "Tor zur Zechenstadt" in article.headings + list(article.paragraphs)


_NOTE = (
    "Council opens new flood barrier on the river\n"
    "\n"
    "The city council opened the new flood barrier on Monday after three years of work, "
    "the mayor said in a statement.\n"
    "\n"
    "The barrier can hold back water up to four metres high and protects around two "
    "thousand homes in the lower town.\n"
    "\n"
    "Residents had asked for better protection since the floods of last winter, when "
    "hundreds of cellars filled with water.\n"
    "\n"
    "Jane Doe\n"
    "Staff Writer\n"
    "Jane Doe is a staff writer who covers science and the environment.\n"
    "Photo credits: Reuters\n"
)


def test_heading_over_a_sentence_beside_a_credit_line_stays() -> None:
    """A sentence over a credit line of its own may be read as a caption; the line above
    it is no picture's title when no credit stands on the caption's line (an author's
    note over the page's credits; fails without the credit test)."""
    article = articleclean.clean_text(_NOTE)
    assert _rules(article, "Staff Writer") == []


_ROWS = (
    "Cách vệ sinh máy giặt tại nhà\n"
    "\n"
    "Máy giặt dùng lâu ngày sẽ bám cặn bẩn và nấm mốc, vì vậy nên vệ sinh định kỳ mỗi "
    "tháng một lần.\n"
    "\n"
    "Bạn cần chuẩn bị:\n"
    "Giấm trắng\n"
    "Khăn mềm\n"
    "Găng tay cao su\n"
    "Quảng cáo\n"
    "Gioăng cao su là nơi nấm mốc bám nhiều nhất. Ảnh: Shutterstock\n"
    "\n"
    "Đầu tiên, tháo ngăn đựng bột giặt ra và ngâm trong nước ấm khoảng mười phút.\n"
)


def test_row_over_removed_lines_above_a_caption_stays() -> None:
    """A list's last row stands over an ad's marker, not over the caption: only the line
    right above a caption is asked."""
    article = articleclean.clean_text(_ROWS)
    assert _rules(article, "Găng tay cao su") == []
