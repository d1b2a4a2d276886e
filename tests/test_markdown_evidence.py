"""Markdown detection (issue 16, round 58 growth's finding): a row of asterisks is a plain
text's separator between sections, not `**` emphasis, so a plain dump holding one and a
line opening with "#" (a shell's comment, a hashtag) is not read as Markdown."""

from __future__ import annotations

import articleclean
from articleclean.readers.markdown import reads_as_markdown

_PLAIN = (
    "Backing up an old floppy disk\n\n"
    "Insert the disk and open a terminal. The first command lists what is on it.\n\n"
    "# Inhalt der Diskette anzeigen:\n\n"
    "ls -la /media/floppy\n\n"
    "**********\n\n"
    "The second part of the guide copies every file to a folder in your home directory.\n"
)


def test_a_row_of_asterisks_is_no_bold() -> None:
    # fails on 0270624: "**********" counted as `**` emphasis, with the "#" line two kinds
    assert not reads_as_markdown(_PLAIN)
    assert articleclean.clean_text(_PLAIN).metadata.get("markup") != "markdown"


def test_bold_and_bold_italic_still_count() -> None:
    # guard: real emphasis with a heading is still two kinds of Markdown's marks
    assert reads_as_markdown("# Guide\n\nSome **bold words** here.\n")
    assert reads_as_markdown("# Guide\n\nSome ***bold italic*** here.\n")
