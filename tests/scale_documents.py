"""Documents the Spark, Dask and Scrapy tests push through the engines.

Built from the seed dump so they carry captions, teasers and datelines;
variants add ad markers and prompts, and the edge cases an engine must
pass through unchanged: empty, blank, a title alone, another language.
"""

from __future__ import annotations

GERMAN = """Neue Brücke in Dresden eröffnet

DRESDEN: Nach vier Jahren Bauzeit ist die neue Elbbrücke am Samstag für den Verkehr freigegeben worden.

Anzeige

Die Stadt rechnet mit täglich rund 30.000 Fahrzeugen, die den Engpass in der Innenstadt entlasten sollen.

Der Bau kostete nach Angaben der Stadtverwaltung etwa 120 Millionen Euro und blieb damit im geplanten Rahmen.
"""

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Harbour reopens after storm repairs</title></head>
<body>
<div class="advert">Advertisement</div>
<article>
<h1>Harbour reopens after storm repairs</h1>
<p>The city harbour reopened on Friday after three months of repairs to the sea wall damaged in the winter storm.</p>
<figure><img src="wall.jpg"><figcaption>Workers finish the new sea wall, March 3, 2024. Photo: Reuters</figcaption></figure>
<p>Fishing boats returned to their moorings in the morning, and the ferry service to the islands resumes next week.</p>
<p>The repairs cost less than expected, the harbour master said, because the old stones could be used again.</p>
</article>
<div class="related"><h2>More stories</h2><p>Storm season ends early this year</p></div>
</body></html>
"""

EMPTY_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Nothing here</title></head><body></body></html>
"""


def text_documents(seed_text: str) -> list[str]:
    lines = seed_text.splitlines()
    with_ads = "\n".join(
        [*lines[:6], "", "Advertisement", "", *lines[6:], "", "Share this article"]
    )
    return [
        seed_text,
        with_ads,
        GERMAN,
        "",
        "   \n\n  ",
        "A title with nothing after it",
    ]


def html_documents() -> list[str]:
    return [PAGE, EMPTY_PAGE]
