"""An English whole page's parts (menu, sections, footer, article) that page-dump tests
build dumps from."""

from __future__ import annotations

HEADLINE = "City council approves new budget after a long debate"
PARAGRAPHS = [
    "The city council approved a new budget on Tuesday after a debate that lasted more than six hours, officials said.",
    "The budget raises spending on schools and public transport while cutting the administrative costs of the city.",
    "Opponents argued that the plan relied on optimistic forecasts of tax revenue for the coming two years.",
    "The mayor said the vote showed that the council could work together on difficult questions.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact", "Login"]
SECTIONS = ["World", "Business", "Culture", "Travel", "Science", "Health"]
FOOTER = ["About us", "Jobs", "Press", "Terms", "Imprint", "Newsletter archive"]
