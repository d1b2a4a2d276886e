"""A plain dump's long runs cost time in their length, not a power of it (hang guards),
and the two patterns made linear in round 59 read as the ones they replace.

The cleaning cases run in a child process with a wall bound: the bound only catches a
hang (the old patterns took a minute on 2,000 letters, and doubled their time with each
further "http://"), it asserts no speed."""

from __future__ import annotations

import random
import re
import textwrap

import pytest

from articleclean.rules.ads import _MARKDOWN_IMAGE
from articleclean.rules.teaser_lines import _LABEL_VALUE
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    import random
    import sys
    from articleclean import clean_text

    kind, count = sys.argv[1], int(sys.argv[2])
    if kind == "thai":
        # a Thai caption under a picture's title near the article's end, its words written
        # without spaces (random letters: the run is no repeat of one word)
        chooser = random.Random(1)
        letters = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
        run = "".join(chooser.choice(letters) for _ in range(count))
        text = (
            "หัวข้อข่าว ทดสอบ\\n\\n"
            "ข้อความ ย่อหน้า แรก ของ บทความ นี้ ยาว พอ ที่ จะ เป็น ร้อยแก้ว ได้ จริง ๆ\\n\\n"
            + run + "\\n" + run + run[: count // 5] + " (ภาพ: Reuters)\\n\\n"
            + "ย่อหน้า ต่อไป ของ บทความ ยาว พอ สมควร เพื่อ ทดสอบ\\n"
        )
    else:
        line = "![a](b) " + "http://" * count + " x"
        text = "Storm floods the valley\\n\\nThe storm hit at dawn.\\n\\n" + line + "\\n"
    print(clean_text(text).status)
    """
)


@pytest.mark.parametrize(
    ("kind", "count"),
    [
        # `_LABEL_VALUE` cut a long run of letters before "…: " into three parts every way
        # (~n³: 1,000 letters took 8 s, 2,000 a minute)
        ("thai", 4_000),
        # `_MARKDOWN_IMAGE` cut glued addresses into addresses every way (2ⁿ: 32 took 0.8 s)
        ("addresses", 2_000),
    ],
)
def test_a_long_run_is_no_hang(kind: str, count: int) -> None:
    done = run_in_child(_CHILD, kind, str(count))
    assert done.returncode == 0, done.stderr[-2000:]


# The patterns as they were, to compare on short texts, where they end quickly.
_OLD_LABEL_VALUE = re.compile(r"^\W*(?:[^\W_]+[ .'-]?){1,3}\s?:\s", re.UNICODE)
_OLD_MARKDOWN_IMAGE = re.compile(r"^(?:!\[[^\]]*\]\([^)]*\)\s*)+(?:<?https?://\S+>?\s*)*$")


def _texts(pieces: list[str], seed: int, count: int, prefix: str = "") -> list[str]:
    chooser = random.Random(seed)
    return [
        prefix * chooser.randint(0, 1)
        + "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 10)))
        for _ in range(count)
    ]


def test_the_label_pattern_reads_as_before() -> None:
    pieces = [*"ab1_ .'-:\t\n!?,ก", "ab", "  ", ": ", " :", "..", "--", "\u00a0", "٣"]
    texts = [*_texts(pieces, 11, 40_000), "Opening hours: 9am", "Tickets : free", "a b c d: x"]
    differ = [t for t in texts if bool(_LABEL_VALUE.match(t)) != bool(_OLD_LABEL_VALUE.match(t))]
    assert differ == []
    assert any(_LABEL_VALUE.match(t) for t in texts)  # (the sample holds matches)


def test_the_markdown_picture_pattern_reads_as_before() -> None:
    pieces = ["![a](b)", "![", "](", "http://", "https://", "http:/", "<", ">", " ", "x", "\n"]
    pieces += [")", "]", "!", "\t", "h"]
    texts = _texts(pieces, 7, 40_000, prefix="![a](b) ")
    old, new = _OLD_MARKDOWN_IMAGE, _MARKDOWN_IMAGE
    differ = [t for t in texts if bool(new.match(t)) != bool(old.match(t))]
    assert differ == []
    assert any(new.match(t) for t in texts)
