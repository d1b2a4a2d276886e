"""A Markdown dump's odd lines cost time in their length, not its square (hang guards).

Each case runs in a child process with a wall bound: the bound only catches a hang (a
quadratic search over a 200,000-character line takes minutes), it asserts no speed."""

from __future__ import annotations

import textwrap

from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    import sys
    import articleclean
    from articleclean import clean_text

    line = sys.argv[1] * int(sys.argv[2]) + "x"
    text = "# Storm floods the valley\\n\\nThe storm hit at dawn.\\n" + line + "\\nThe river rose.\\n"
    article = clean_text(text, markup="markdown")
    print(article.status)
    """
)


def _clean_in_child(unit: str, count: int) -> str:
    done = run_in_child(_CHILD, unit, str(count), check=True)
    return done.stdout.strip()


def test_a_long_run_of_spaces_before_a_word_is_no_hang() -> None:
    # the hard break's search (two spaces at a line's end) backtracked over each run of
    # spaces in the line above a paragraph's next line: 100,000 spaces took over 90 s
    assert _clean_in_child(" ", 200_000) == "ok"


# Each a mark that opens an autolink, a link's target (as the Markdown evidence reads it)
# or a link's title in brackets, repeated with nothing to close it: each pattern's search,
# from every opener, ran to the line's end, quadratic in the run (20,000 "<http://" took
# 0.7 s a search on main; 200,000, minutes a dump).
_OPENERS = ["<http://", "](/", "[a](/ ("]


def test_runs_of_unclosed_inline_marks_are_no_hang() -> None:
    child = textwrap.dedent(
        """
        import sys
        from articleclean import clean_text

        for unit in sys.argv[1:]:
            line = unit * (200_000 // len(unit)) + "x"
            text = "# Storm floods the valley\\n\\nThe storm hit at dawn.\\n" + line + "\\n"
            print(clean_text(text).status)
        """
    )
    done = run_in_child(child, *_OPENERS, check=True)
    assert done.stdout.split() == ["ok"] * len(_OPENERS)


# A link's text reads "[…]" pairs whole and a bold span reads on to the same closing
# mark: from each opener of a run with nothing to close it, the pattern's search ran to
# the end of the line (main 3e088ab: 100,000 "[a][" took 40 s in `read_markdown`,
# 200,000 "![" 17 s, 100,000 "**a " ~4 s, each growing with the square of the run).
def test_runs_of_link_openers_are_no_hang() -> None:
    assert _clean_in_child("[a][", 200_000) == "ok"


def test_runs_of_bold_openers_are_no_hang() -> None:
    assert _clean_in_child("**a ", 600_000) == "ok"
