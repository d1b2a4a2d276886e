"""The danda ("।") ends a sentence in Hindi, Bengali, Marathi, Nepali, Punjabi and the other
scripts of North India: a line ending with it ends like a sentence, as one ending with a full
stop does. Without it no prose line of those scripts read as prose, so on a page dump
`outside_article` found no run of the article's prose at all and kept the site's menus, the
byline block and the links under the article (round 54: audit14f-bn-page-shok-shilpi; on
webeval's tune part the one page dump in Bengali, ukbdnews.com, kept its previous and next
story links and a box of other stories). The pages are invented.
"""

from __future__ import annotations

import articleclean
from articleclean.document import Segment


def test_a_line_ending_with_a_danda_ends_like_a_sentence() -> None:
    # Fails on main.
    assert Segment("तीन दिन तक भारी बारिश की चेतावनी जारी की गई है।", (1,)).ends_like_sentence
    assert Segment("তাঁর বয়স হয়েছিল ৮৪ বছর।", (1,)).ends_like_sentence
    # Guard: a menu item is still none.
    assert not Segment("খেলা", (1,)).ends_like_sentence


HI_PAGE = [
    "मुंबई में तीन दिन भारी बारिश की चेतावनी | दैनिक समाचार",
    "होम",
    "देश",
    "राज्य",
    "खेल",
    "मनोरंजन",
    "व्यापार",
    "लॉगिन",
    "देश",
    "मुंबई में तीन दिन भारी बारिश की चेतावनी",
    "संवाददाता",
    "मुंबई",
    "मौसम विभाग ने मुंबई और आसपास के जिलों में अगले तीन दिन तक भारी बारिश की चेतावनी जारी की "
    "है। निचले इलाकों में रहने वाले लोगों से सतर्क रहने को कहा गया है।",
    "नगर निगम ने सभी वार्ड कार्यालयों को पंप और राहत दल तैयार रखने का निर्देश दिया है। स्कूलों "
    "को जरूरत पड़ने पर छुट्टी घोषित करने की छूट दी गई है।",
    "विज्ञापन",
    "रेलवे ने कहा है कि पानी भरने की स्थिति में लोकल ट्रेनों की रफ्तार कम की जा सकती है। यात्रियों "
    "को घर से निकलने से पहले ताजा जानकारी देखने की सलाह दी गई है।",
    "यह भी पढ़ें",
    "दिल्ली में यमुना का जलस्तर खतरे के निशान के पार",
    "पुणे में भूस्खलन से दो मकान ढहे (वीडियो)",
    "हमारे बारे में",
    "गोपनीयता नीति",
    "संपर्क करें",
    "© 2025 दैनिक समाचार। सर्वाधिकार सुरक्षित।",
]


def test_a_hindi_page_dump_s_menu_and_byline_block_go() -> None:
    # Fails on main: no line read as prose, so the menu and the reporter's block stayed.
    article = articleclean.clean_text("\n".join(HI_PAGE))
    assert article.metadata["dump"] == "page"
    body = "\n".join(article.paragraphs)
    for line in (HI_PAGE[12], HI_PAGE[13], HI_PAGE[15]):
        assert line in body
    for line in ("राज्य", "खेल", "मनोरंजन", "व्यापार", "संवाददाता"):
        assert line not in article.paragraphs
