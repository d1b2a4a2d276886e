"""bench/quoted_lines.py: which pieces of a test's strings it compares with the pages."""

from __future__ import annotations

from pathlib import Path

from bench.quoted_lines import _fixture_lines, _string_pieces


def test_strings_are_split_at_placeholders_ellipses_and_line_breaks(tmp_path: Path) -> None:
    source = tmp_path / "test_example.py"
    source.write_text(
        'LINE = "7 Tage ohne Zucker: <headline> im Selbstversuch, so erging es unserer Autorin"\n'
        'CUT = "A blurb that trails off into the rest of the other story… more >>"\n'
        'TWO = "The first paragraph of an invented article.\\nThe second paragraph of it, too."\n'
        'SHORT = "Read more"\n',
        encoding="utf-8",
    )
    assert sorted(_string_pieces(source, min_chars=30)) == [
        "A blurb that trails off into the rest of the other story",
        "The first paragraph of an invented article.",
        "The second paragraph of it, too.",
        "im Selbstversuch, so erging es unserer Autorin",
    ]


def test_fixture_lines_are_compared_whole_with_their_spaces_made_single(tmp_path: Path) -> None:
    fixture = tmp_path / "page.txt"
    fixture.write_text("Home\nAn  invented   line of an invented article page.\n", "utf-8")
    assert list(_fixture_lines(fixture, min_chars=20)) == [
        "An invented line of an invented article page."
    ]
