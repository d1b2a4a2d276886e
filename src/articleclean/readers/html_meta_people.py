"""The author bound in a page's JSON scripts: the people trafilatura's `extract_meta_json`
reads past the first hundred names are left out of the scripts it is handed.

trafilatura's `normalize_authors` keeps the fullest form of each name by comparing
every name it holds with every other, and `extract_meta_json` calls it once per
JSON-LD person or author string: a page naming n authors costs n³. A JSON-LD list
of 1,000 authors took 11 s, 1,000 scripts each naming one person (a blog's archive)
11.2 s. No byline names a hundred people, so these readers see the first hundred
(`MAX_AUTHOR_ENTRIES`), and a page naming fewer is read as it is. The names are
counted as normalize_authors splits them ("A, B and C" is three: `html_meta_names`)
from a script as its normalize_json leaves it (`html_meta_json_read`): 100 persons
naming 30 each took 9.99 s when persons were counted, 0.08 s counted so; an author
string holding JSON, which trafilatura reads as its people, >100 s, now 0.13 s.
"""

from __future__ import annotations

import json

from .html_meta_json_read import as_read
from .html_meta_long_names import short_named
from .html_meta_names import author_pieces, cut_to, given_names, json_names, person_name
from .html_open_marks import strip_tags

# The names trafilatura's metadata readers are handed, at most (the corpus's most are
# 69 author tags and 86 name keys in a script).
MAX_AUTHOR_ENTRIES = 100


def checked(whole: list[object], seen: int) -> str:
    """The script left as serialised, or nothing when trafilatura would read more names
    from it than the room left (it reads entities and escapes again, as in a name
    written "&amp;amp;")."""
    if not whole:
        return ""
    text = json.dumps(whole[0], ensure_ascii=False)
    again = as_read(text)
    if again is None or drop_people_past_bound([again], seen)[0]:
        return ""
    return text


def drop_people_past_bound(data: object, seen: int = 0) -> tuple[bool, int]:
    """Leave out, in place, the JSON's people past the bound, in document order, `seen`
    of their names counted before it: the entries of an "author" list, an "author"
    object or string, and persons in any other list, each counted by the names
    normalize_authors splits its name into ("A, B and C" is three), and the person who
    crosses the bound cut to the names that fit. Whether any was left out or cut, and
    the names counted."""
    dropped = False
    stack: list[tuple[object, bool]] = [(data, False)]
    while stack:
        item, of_authors = stack.pop()
        if isinstance(item, dict):
            author = item.get("author")
            if isinstance(author, str) and (read := _json_in(author)) is not None:
                item["author"] = author = read  # (trafilatura reads such a string as JSON)
            if isinstance(author, (dict, str)):
                kept, seen = _within_bound(author, seen)
                if kept is not author:
                    dropped = True
                    if kept is None:
                        del item["author"]
                    else:
                        item["author"] = kept
            stack.extend(
                (value, key == "author")
                for key, value in reversed(item.items())
                if isinstance(value, (dict, list))
            )
        elif isinstance(item, list):
            kept_entries = []
            for entry in item:
                if of_authors or _is_person(entry):
                    kept, seen = _within_bound(entry, seen)
                    if kept is not entry:
                        dropped = True
                        if kept is None:
                            continue
                    entry = kept
                kept_entries.append(entry)
            item[:] = kept_entries
            stack.extend(
                (entry, False)
                for entry in reversed(kept_entries)
                if isinstance(entry, (dict, list))
            )
    return dropped, seen


def _within_bound(person: object, seen: int) -> tuple[object | None, int]:
    """The person as kept (itself; its name cut to the names that fit; None: left out)
    and the names counted with it."""
    person = short_named(person)
    if person is None:
        return None, seen
    names = max(1, _names_of(person))
    if seen + names <= MAX_AUTHOR_ENTRIES:
        return person, seen + names
    room = MAX_AUTHOR_ENTRIES - seen
    if room <= 0:
        return None, seen
    if isinstance(person, str):
        return _cut_name(person, room), MAX_AUTHOR_ENTRIES
    if isinstance(person, dict) and isinstance(person.get("name"), str):
        cut = _cut_name(person["name"], room)
        return (None if cut is None else {**person, "name": cut}), MAX_AUTHOR_ENTRIES
    return None, MAX_AUTHOR_ENTRIES


def _names_of(person: object) -> int:
    """The names trafilatura's process_parent hands normalize_authors for this person:
    a string, or a person's name (a list of names joined, a name object's name), or
    its given, additional and family names joined."""
    if isinstance(person, str):
        return json_names(person)
    if not isinstance(person, dict):
        return 0
    name = person_name(person)
    if name is None and "givenName" in person:
        name = given_names(person)
    return json_names(name) if isinstance(name, str) else 0


def _cut_name(name: str, room: int) -> str | None:
    cut = cut_to(author_pieces(strip_tags(name)), room)
    return cut if cut is not None and json_names(cut) <= room else None


def _json_in(text: str) -> object | None:
    """The list or object an author string holds as JSON, which process_parent reads
    as the authors ("[{\"name\": …}]"), else None."""
    if not text.lstrip().startswith(("[", "{")):
        return None
    try:
        read = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return read if isinstance(read, (list, dict)) else None


def _is_person(entry: object) -> bool:
    if not isinstance(entry, dict):
        return False
    kind = entry.get("@type")
    return kind == "Person" or (isinstance(kind, list) and "Person" in kind)
