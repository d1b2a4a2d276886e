"""What ends a sentence, read once (`lexicon`): `ends_a_sentence` (a sentence's mark, closing
quotes and brackets after it at most) and `ENDS_SENTENCE_OR_QUOTE` (the last character
alone), and the differences named beside them (`ends_as_statement`, `WRAP_CLOSING_MARKS`,
`LEAD_ENDS`). Round 58: six modules each wrote their own."""

from __future__ import annotations

import pytest

from articleclean.lexicon import (
    CLOSING_MARKS,
    ENDS_SENTENCE_OR_QUOTE,
    LEAD_ENDS,
    SENTENCE_MARKS,
    STATEMENT_MARKS,
    STATEMENT_THEN_MARKS,
    WRAP_CLOSING_MARKS,
    ends_a_sentence,
    ends_as_statement,
)
from test_html_dek_heading import EN, _clean


@pytest.mark.parametrize(
    ("text", "sentence", "statement"),
    [
        ("The bill now goes to the president.", True, True),
        ("Will he sign it?", True, False),
        ("Er sagte: „Das ist gut.“", True, True),
        ("会议指出，稳步推进老旧小区改造。", True, True),
        ("(Ergänzung vom 7.1.2019: so weit.)", True, True),
        ("[Updated at noon.]", True, True),
        ("More from Local", False, False),
        ("Auch möglich: Abo ohne Kommentar. +", False, False),
    ],
)
def test_a_sentences_end(text: str, sentence: bool, statement: bool) -> None:
    # guard: the one reading the rules and readers ask
    assert ends_a_sentence(text) is sentence
    assert ends_as_statement(text) is statement


def test_the_named_differences_are_subsets_of_the_one_reading() -> None:
    # guard: each reading that differs on purpose differs only as its comment says
    assert set(STATEMENT_MARKS) == set(SENTENCE_MARKS) - {"?", "？"}
    assert set(WRAP_CLOSING_MARKS) == set(CLOSING_MARKS) - {"“", "）"}
    assert set(SENTENCE_MARKS) <= ENDS_SENTENCE_OR_QUOTE < LEAD_ENDS
    # the text reader's wrap: a row ending in a closed German quotation ends none there
    assert not ends_a_sentence("Schulen müssen „vorläufig … unterbinden.“", WRAP_CLOSING_MARKS)


def test_a_dek_ending_in_its_quotes_source_in_brackets_is_the_lead() -> None:
    # fails on main: the HTML reader's lead ended in a mark or a quote but no bracket,
    # where a segment's `ends_like_sentence` took the bracket (two readings), so the dek
    # stayed the article's first heading
    dek = "„We will fill every post by the summer“ (the operator's spokeswoman)"
    article = _clean(EN, "h2", dek)
    assert article.paragraphs[0] == dek
    assert dek not in article.headings


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("**Subscribe to our feeds with Feedburner. **", True),
        ("Auch möglich: Abo ohne Kommentar. +", True),
        ("Kommentare (3)", False),
        ("Any comments?", False),
    ],
)
def test_the_prompts_statement_end_reads_marks_after_it(text: str, ends: bool) -> None:
    # guard: the prompts' reading, which `ends_as_statement` is not (its comment says why)
    assert (STATEMENT_THEN_MARKS.search(text) is not None) is ends
