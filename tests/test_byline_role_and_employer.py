"""A name, its role and its employer on one line (round 65): "Jane Doe, Staff Writer, The
Daily Ledger", "Hans Müller, Redakteur, Süddeutsche Zeitung".

`names.role_after_names` read only the line's last piece after a comma or a bar as the
role, so a byline that names the writer's employer after the role read as a bare name
(a speaker, a signatory or a heading between paragraphs) and stayed text. The role, then
an employer's name whose words all open with a capital, now marks the line as "Jane Doe,
Staff Writer" does. On tune's page dumps one line has the form (aclu's "Sarah Hinger,
Staff Attorney, ACLU Racial Justice Program"), no other line reads otherwise than before;
the moved-byline stress gains that site's dump in three rows; no real dump of the 1,980
changed."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import role_after_names

_TOPICS = ("schools", "hospitals", "railways", "harbours", "libraries", "museums", "bridges")
_HEADLINE = "Health minister told to resign after restaurant visit"
_PARAGRAPHS = [
    f"The committee on {topic} said on Friday that the minister's visit had broken the "
    f"rules set for {topic} only a week before, and asked for a full report."
    for topic in _TOPICS
]
_MENU = ["Home", "News", "World", "Business", "Sport", "Culture", "Contact"]
_TAIL = ["Tags:", "Domestic politics", "Follow us", "Facebook", "Twitter"]


def _page(line: str, at: int = 2) -> str:
    return "\n".join(
        [
            f"{_HEADLINE} | Radio News",
            *_MENU,
            _HEADLINE,
            *_PARAGRAPHS[:at],
            line,
            *_PARAGRAPHS[at:],
            *_TAIL,
        ]
    )


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Doe, Staff Writer, The Daily Ledger", "Jane Doe"),  # [] on cce9823
        ("Sarah Hinger, Staff Attorney, ACLU Racial Justice Program", "Sarah Hinger"),
        ("Hans Müller, Redakteur, Süddeutsche Zeitung", "Hans Müller"),  # [] on cce9823
        ("Lucía Fernández, Periodista, Diario Sur", "Lucía Fernández"),  # [] on cce9823
    ],
)
def test_a_name_with_role_and_employer_between_the_first_paragraphs(line: str, name: str) -> None:
    article = articleclean.clean_text(_page(line))
    assert article.byline == [name]
    assert all(p in [b.text for b in article.body] for p in _PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe, Staff Writer, The Daily Ledger",
        "Hans Müller, Redakteur, Süddeutsche Zeitung",
        "Lucía Fernández, Periodista, Diario Sur",
    ],
)
def test_role_then_employer_reads_as_a_role(line: str) -> None:
    assert role_after_names(line)  # False on cce9823


@pytest.mark.parametrize(
    "line",
    [
        "Anna Weber, Sprecherin, Deutsche Bahn",  # a spokeswoman: no writer's role
        "John Smith, Chief Executive Officer, Acme Corp",
        "Jane Doe, Staff Writer, who covered the trial for us",  # no employer's name
        "Jane Doe, Staff Writer, The Daily Ledger and its sister papers in three states",
    ],
)
def test_guard_no_writers_role_or_no_employer(line: str) -> None:
    assert not role_after_names(line)


def test_guard_a_list_of_people_with_roles_and_employers() -> None:
    # Guard (passes on cce9823 and now): signatories, each with a role and an employer,
    # one under another, are no byline.
    rows = [
        "Jane Doe, Staff Writer, The Daily Ledger",
        "John Roe, Political Editor, The Morning Star",
    ]
    text = "\n".join(
        [
            f"{_HEADLINE} | Radio News",
            *_MENU,
            _HEADLINE,
            *_PARAGRAPHS[:2],
            *rows,
            *_PARAGRAPHS[2:],
            *_TAIL,
        ]
    )
    assert articleclean.clean_text(text).byline == []
