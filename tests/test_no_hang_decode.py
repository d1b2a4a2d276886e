"""Bytes decoded at a cost bounded by the bytes the decoder means to read: the detection
judges 16 KB of lines however long a line is, and a `<meta charset>` is looked for once
per stretch between two ">". Judged whole, a dump of 256 KB on one line (short
non-ASCII words, no line break) cost 8 s; searched from every "<meta", 64 KB of
"<meta " with no ">" cost 1-2 s (the 64 KB read for it bounds that one, so no wall
bound can tell it: the pattern is checked against its old reading instead)."""

from __future__ import annotations

import random

from articleclean.readers import decode
from articleclean.readers.decode import _JUDGE_BYTES, _META_CHARSET, _SNIFF_BYTES, decode_bytes

RUSSIAN = "Новая линия метро откроется в декабре, сообщили в мэрии города. "


def test_a_long_line_is_judged_by_a_stretch_of_it() -> None:
    words = random.Random(3)
    line = b" ".join(bytes(words.randrange(0x80, 0x100) for _ in range(5)) for _ in range(200_000))
    # the whole line was the sample (256 KB read for detection)
    assert len(decode._lines_to_judge(line)) <= _JUDGE_BYTES


def test_short_lines_are_judged_as_before() -> None:
    data = "\n".join(RUSSIAN * (i % 7 + 1) for i in range(400)).encode("cp1251")
    sample = decode._lines_to_judge(data)
    assert sample == b"\n".join(data.split(b"\n")[: len(sample.split(b"\n"))])
    assert len(sample) >= _JUDGE_BYTES


def test_a_long_lines_encoding_is_still_found() -> None:
    head = b"<html><body>" + b"x" * 100_000 + b" "  # an ASCII head of a minified page
    for encoding in ("cp1251", "koi8_r", "cp1252"):
        text = RUSSIAN * 5_000 if encoding != "cp1252" else "Le café coûte cher à Genève. " * 9_000
        data = head + text.encode(encoding)
        assert b"\n" not in data
        decoded = decode_bytes(data)
        assert (decoded.encoding, decoded.how) == (encoding, "detected")


def test_a_long_ascii_run_glued_to_the_text_does_not_hide_it() -> None:
    # r64-hostile8 judged the stretch from the start of the word holding the first
    # non-ASCII byte: 40 KB of "A" glued to the text, no space, filled the stretch, and
    # cp1251 Russian was read as cp1250 (round start and now: cp1251)
    for run in (3_000, 40_000, 100_000):
        data = b"<p>" + b"A" * run + (RUSSIAN * 40).encode("cp1251") + b"</p>"
        decoded = decode_bytes(data)
        assert decoded.encoding == "cp1251", run
        assert RUSSIAN[1:30] in decoded.text


def _old_meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def test_the_meta_charset_reads_as_before() -> None:
    pieces = [b"<meta", b"<META", b" charset", b"charset", b"=", b" = ", b"'", b'"', b"utf-8"]
    pieces += [
        b"x",
        b">",
        b" ",
        b"<",
        b"\n",
        b"meta",
        b"CHARSET=",
        b"a.b:c-d_e",
        b"\xe9",
        b"<meta ",
    ]
    chooser = random.Random(5)
    texts = [
        b"".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 14)))
        for _ in range(50_000)
    ]
    texts += [
        b"<meta " * 10_000 + b"charset=koi8-r>",
        b"<meta " * 11_000 + b"charset=koi8-r>",  # past the bytes read for it
        b"x" * (_SNIFF_BYTES - 20) + b"<meta charset=cp1251>",  # cut inside the name
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        b"<meta name=a><meta charset=utf-8 ><meta charset=koi8-r>",
    ]
    differ = [t for t in texts if decode._meta_charset(t) != _old_meta_charset(t)]
    assert differ == []
    assert decode._meta_charset(texts[-5]) == "koi8-r"
