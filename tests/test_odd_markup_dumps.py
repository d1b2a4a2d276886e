"""Markdown and text-browser dumps of odd shapes: every line accounted, the same output in
any process, and the CLI's batch over a folder of them (guards: these held when written)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import articleclean
from accounting import unaccounted
from articleclean import Article

_TEXT = Path(__file__).parent / "fixtures" / "text"
_MD = (_TEXT / "md-en-jina-storm-floods.txt").read_text("utf-8")
_LYNX = (_TEXT / "tb-en-lynx-bridge-closure.txt").read_text("utf-8")
_W3M = (_TEXT / "tb-fr-w3m-ecoles-chaleur.txt").read_text("utf-8")
_BODY = "A sentence of the article's body, long enough to be one of its paragraphs here.\n"


def _middle(text: str, inserted: str) -> str:
    return text[: len(text) // 2] + inserted + text[len(text) // 2 :]


ODD = {
    "links_without_text": "# Title here\n\n"
    + "\n\n".join(f"[](http://x.com/{n}) [](#) ![](img{n}.png)" for n in range(20))
    + "\n\n"
    + _BODY,
    "unclosed_marks": "# Title [unclosed\n\n"
    + "Text with [a link never closed (and ![a picture( and **bold and `code\n\n" * 5,
    "only_pictures": "\n\n".join(f"![alt {n}](http://x/{n}.jpg)" for n in range(15)),
    "only_headings": "\n\n".join("#" * (1 + n % 6) + f" Heading number {n}" for n in range(20)),
    "nested_links": "# T\n\n" + "[" * 300 + "text" + "](u)" * 300 + "\n\n" + _BODY,
    "nested_emphasis": "# T\n\n" + "*_" * 300 + "word" + "_*" * 300 + "\n\n" + _BODY,
    "pipes": "# T\n\n" + "|" * 10_000 + "\n\n" + "| a | b |\n|---|---|\n| 1 | 2 |\n" + _BODY,
    "md_crlf": _MD.replace("\n", "\r\n"),
    "md_nul": _MD.replace(" the ", " th\x00e ", 10),
    "md_bom_inside": _middle(_MD, "\ufeff"),
    "md_mixed_scripts": _MD.replace("storm", "шторм 暴风 عاصفة", 5),
    "lynx_crlf": _LYNX.replace("\n", "\r\n"),
    "lynx_bom_inside": _middle(_LYNX, "\ufeff"),
    "lynx_links_without_text": _LYNX.replace("[13]repair plan", "[13]").replace(
        "[9]Traffic", "[9]"
    ),
    "lynx_unclosed": _LYNX.replace("[13]repair", "[13repair").replace("[2]Home", "[2Home ["),
    "lynx_only_references": "References\n\n"
    + "\n".join(f"   {n}. http://x/{n}" for n in range(1, 100)),
    "lynx_only_pictures": "\n".join(f"   [IMG] [INLINE] [{n}]" for n in range(40)),
    "w3m_nul": _W3M.replace("e", "e\x00", 5),
    "w3m_mixed_scripts": _W3M.replace("école", "школа 学校 مدرسة", 3),
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_dumps_lose_no_line(name: str) -> None:
    text = ODD[name]
    for markup in ("auto", "markdown", "text_browser"):
        article = articleclean.clean_text(text, markup=markup)
        assert article.status in ("ok", "empty"), (markup, article.message)
        assert unaccounted(text, article) == [], markup
        assert Article.from_json(article.to_json()).to_json() == article.to_json()


def test_a_folder_of_odd_dumps_cleans_the_same_in_any_process(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ODD.items():
        suffix = ".md" if not name.startswith(("lynx", "w3m")) else ".txt"
        (folder / f"{name}{suffix}").write_bytes(text.encode("utf-8"))
    src = str(Path(articleclean.__file__).resolve().parent.parent)
    outputs = []
    for hash_seed, output_format in (("0", "json"), ("4242", "json"), ("7", "md")):
        env = {**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-m", "articleclean", "clean", str(folder), "--format", output_format],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    records = [json.loads(line) for line in outputs[0].splitlines()]
    assert len(records) == len(ODD)
    assert all(record["status"] in ("ok", "empty") for record in records)
    assert outputs[2].count("\n") > len(ODD)
