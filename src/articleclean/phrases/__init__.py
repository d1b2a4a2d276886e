"""Marker phrases, as data: one JSON file per language (plus `web.json` and
`chrome.json` for page furniture common to many languages), all applied at once.

Each file maps a rule name to phrase lists by how they match:
`line` (the whole line is the phrase), `prefix` (the line starts with it),
`contains` (a short line contains it), `section` (a whole line that names a
section, such as "More information": a teaser heading only when teasers
follow it, see `rules.teaser_headings.teaser_section_label`). `byline_prefix` lists the words that
open a byline, `byline_prefix_lower` those that also open names in other languages and count
only written lower-case before a full name ("de", "di", "per": `names.prefix_as_printed_opens`),
`byline_prefix_colon` those that are ordinary words too and count only with a colon after
them ("bài:", Vietnamese),
`byline_prefix_own` (its mode the file's language) those that open a byline capitalised only
in a document of that language ("Per" in Catalan, "Ni" in Tagalog, "Nga" in Albanian;
lower-case, as `byline_prefix_lower`'s, anywhere: `names.own_language_prefixes`),
`byline_joined_role` the roles joined to a prefix by "・" ("料理・文："),
`byline_role` the job titles that end its names (ko.json's also by where the Korean
papers print them: `after_names` after a byline's names, "이지은 기자"; `wire` in a
wire's bracket, "김민수 기자 =": `names._korean_roles`),
`byline_credit` the words that open a credit which is not the author's
("translated by", "fotos", "fact checked by": `names.is_credit`), `byline_archive`
the words of a link to the author's other articles ("view all posts by",
"alle artikel von": `names.archive_link_names`), `byline_editor` the labels of the
editor's credit printed under the writer's byline ("Editor:" under "Pewarta:":
`rules.structure.editor_credit`). Users add
phrases through `CleanerConfig.extra_phrases` without touching these files.

`words` holds no phrases but the words a rule's pattern is built from, by the pattern
that reads them (`word_list`): `related_before` and `related_after` the adjectives that
say "related" before or after a heading's noun, `more_section` the "more" that opens a
section box's heading ("Mehr Politik"), `more_link` the link words closing a teaser's
blurb ("… | mehr"; `rules.teaser_headings`), `share_verb` and `receive_verb` the verbs of a
request to share the page and of a newsletter's offer (`rules.promos`), `menu_word` the
words of a site's navigation (`rules.label_runs`), `count_word` the "one" that counts a
comment section's posts (`rules.article_run`), `nav_previous`, `nav_next` and `nav_noun`
the labels of the links to the stories before and after ("Previous post:", "Nächster
Beitrag": `rules.page_furniture.post_navigation`), `author_label` the headings of a box on
the author ("About the author", "Über den Autor": `rules.page_furniture.author_box`). They
are no page furniture: no phrase
rule, no page-phrase set and no audit of the phrase entries reads them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def builtin_phrases() -> dict[str, dict[str, tuple[str, ...]]]:
    """{rule: {mode: phrases}}, merged over every language file, sorted."""
    merged: dict[str, dict[str, set[str]]] = {}
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        for rule, value in data.items():
            modes = {"line": value} if isinstance(value, list) else value
            for mode, phrases in modes.items():
                merged.setdefault(rule, {}).setdefault(mode, set()).update(phrases)
    return {
        rule: {mode: tuple(sorted(phrases)) for mode, phrases in modes.items()}
        for rule, modes in merged.items()
    }


WORDS_KEY = "words"
"""The key of the phrase files that holds words rules build patterns from, no phrases."""


def word_list(mode: str) -> tuple[str, ...]:
    """The words of `mode` under the phrase files' `words` key, merged over every
    language, sorted. A mode no file holds is an error, not an empty list: an empty
    alternation would match every line."""
    return builtin_phrases()[WORDS_KEY][mode]
