"""`page_byline` on a text dump read as an article dump (round 46): the windows around the
article's start run there too (a byline under the standfirst, a name over the headline),
the searches after the article do not (an article dump keeps the teasers after its text
open, each with its writer's name and date)."""

import articleclean

_PARAGRAPHS_DE = [
    "Im vergangenen Jahr wurden an der Küste so viele neue Anlagen gebaut wie seit einem "
    "Jahrzehnt nicht mehr, und die Betreiber rechnen mit weiteren Anträgen.",
    "Die Gemeinden am Deich verlangen dafür einen größeren Anteil an den Erträgen, weil die "
    "Baustellen ihre Straßen über Monate belasten und die Wege zum Strand sperren.",
    "Das Land will im Sommer einen Entwurf vorlegen, der die Abgabe an die Gemeinden neu "
    "regelt und die Genehmigungen für kleinere Parks beschleunigen soll.",
    "Ob die Betreiber die höhere Abgabe mittragen, ist offen: Ihr Verband hat bislang nur "
    "angekündigt, den Entwurf genau prüfen zu wollen, bevor er sich äußert.",
]

_PARAGRAPHS_EN = [
    "The harbour authority published its plan for the eastern piers last week, and it has "
    "already drawn more objections than any project of the past decade.",
    "Residents of the old town fear that the new terminal will bring lorries through streets "
    "that were never built for them, day and night, all year round.",
    "The authority says the traffic will use a new road along the shore, but the road has no "
    "budget yet and its route crosses a protected marsh.",
    "A second look at the plan, with the road paid for and its route agreed, would cost the "
    "authority a few months and spare the town years of quarrels.",
]


def test_byline_under_the_standfirst_of_an_article_dump() -> None:
    """A prefixed byline with its date under the standfirst (the first prose line), under
    a kicker, past which `byline_line` does not search: the page search's window under the
    first prose lines finds it on an article dump too."""
    lines = [
        "Wind an der Küste: Wer verdient mit? | NORDWIND.NET",
        "Küste: Warum die Gemeinden mehr wollen",
        "Die Windkraft an der Nordsee wächst wieder. Mit ihr wächst der Streit darüber, wer "
        "an den neuen Anlagen verdienen soll. Die Gemeinden wollen mehr.",
        "Autor: Jonas Berger, Datum: 14.03.2021",
        *_PARAGRAPHS_DE,
    ]
    article = articleclean.clean_text("\n".join(lines), dump="article")
    assert article.metadata["dump"] == "article"
    assert article.byline == ["Jonas Berger"]
    assert all("Jonas Berger" not in block.text for block in article.body)
    kept = [block.text for block in article.body]
    assert lines[2] in kept
    assert all(paragraph in kept for paragraph in _PARAGRAPHS_DE)


def test_name_over_the_headline_of_an_article_dump() -> None:
    """A columnist's name alone right over the headline (the page's kicker), on a dump with
    so little of the site left that it reads as an article dump."""
    headline = "Why the harbour plan needs a second look"
    lines = [
        f"{headline} | Harbour Times",
        "Opinion",
        "Margaret Chen",
        headline,
        *_PARAGRAPHS_EN,
    ]
    article = articleclean.clean_text("\n".join(lines), dump="article")
    assert article.metadata["dump"] == "article"
    assert article.byline == ["Margaret Chen"]
    assert all(paragraph in [block.text for block in article.body] for paragraph in _PARAGRAPHS_EN)


def test_no_byline_from_a_teaser_after_an_article_dump() -> None:
    """Guard: after an article dump's text, a link to the next story stays open (no page
    rule removes it), with its writer's date and name under it: the searches after the
    article, which take such a name on a page dump (a name beside a date after the last
    paragraph), do not run there, and the line stays in the body."""
    lines = [
        "Wind an der Küste: Wer verdient mit? | NORDWIND.NET",
        "Wind an der Küste: Wer verdient mit?",
        *_PARAGRAPHS_DE,
        "Solarparks auf Äckern: Was die neue Regel erlaubt",
        "12.10.2022 Jana Vogt",
    ]
    article = articleclean.clean_text("\n".join(lines), dump="article")
    assert article.metadata["dump"] == "article"
    assert article.byline == []
    assert "12.10.2022 Jana Vogt" in [block.text for block in article.body]


def test_a_team_heading_over_a_list_of_people_is_no_byline() -> None:
    """Guard (`_name_beside_stamp`): a heading naming a team ("Our editorial team") reads as
    a role line, but over a list of people it marks no one's byline: the first name has
    another person's name under it, as a row of a list (the same test `_role_signed` asks
    of a role on the name's line). On a page dump too, where the search ran before."""
    paragraph = (
        "Buses will run a shuttle service across the river every ten minutes, and ferries "
        "will add extra crossings during the morning and evening rush hours."
    )
    lines = ["Our editorial team", "Tom Arnold", "Jane Carter", "Maciej Gajewski", paragraph]
    for dump in ("page", "article"):
        assert articleclean.clean_text("\n\n".join(lines), dump=dump).byline == []
