"""Pass 1's screen: asking only the rules that may claim a line gives the same first claim."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest

from articleclean.block_pass import Screen, _any_of, _words_within, first_claim
from articleclean.config import PHRASE_RULES, CleanerConfig
from articleclean.document import Segment
from articleclean.phrases import builtin_phrases
from articleclean.pipeline import BLOCK_RULES
from articleclean.readers.text import read_text
from articleclean.rules.base import BlockRule
from articleclean.rules.phrasebook import PhraseBook

FIXTURES = Path(__file__).parent / "fixtures" / "text"
EXAMPLES = Path(__file__).parent.parent / "examples"
TEXT_RULES = tuple(rule for rule in BLOCK_RULES if not rule.requires_hints)

# Lines near what each screened rule claims: its phrases in each position, its
# triggers, and near misses.
LINES = [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "![logo](https://example.com/a.png) https://example.com",
    "[Image: a view of the harbour]",
    "(Video) Watch the launch",
    "Photo 3 of 12",
    "3 / 12",
    "12 Comments",
    "Comments (4)",
    "Follow us on https://twitter.com/example",
    "Read more: https://example.com/story",
    "Watch the full interview at https://example.com/video/1",
    "Visit www.example.org/tickets",
    "Sign up for our newsletter to get the news in your inbox.",
    "Voters who want to sign up for the postal ballot must apply by Friday, officials said.",
    '"Follow us," she said.',
    "We use cookies to improve your experience.",
    "Privacy Policy",
    "© 2024 Example Media. All rights reserved.",
    "Copyright by Example",
    "(c) Example",
    "* * *",
    "|---|---|",
    "Read more",
    "Read More: Storm hits the coast",
    "READ MORE: Storm hits the coast",
    "• Read more — Storm hits the coast",
    "More from Reuters",
    "Related articles",
    "Lire aussi : la tempête",
    "相关阅读",
    "相关新闻：台风登陆",
    "Photo: Reuters",
    "(AP Photo/Jane Doe)",
    "A crowd gathers in Nairobi, Kenya, November 8, 2018.",
    "Protesters march through Lagos, Nigeria, on Monday, March 4, 2019",
    "Image caption Mourners attend a vigil in Kyiv",
    "Abbildung 3: Der Hafen von Hamburg",
    "Marcell Jansen (l.) und Uwe Seeler beim Training",
    "The mayor (left) and her deputy open the bridge",
    "COPYRIGHT 2024 Example Media",
    "Text and pictures (C) Example Media",
    "Home",
    "World News",
    "Sports",
    "The council met on Tuesday to discuss the budget for the coming year.",
    "AP-US--Trump-Impeachment, 4th Ld-Writethru",
    "",
    "_",
    "Don't miss: the best of the week",
    "Daniel R. Whitcombe campaigns in Austin last week.",
    "Nora and Felix last March, in their final joint appearance",
    "Privacy Policy" + " |" * 70,  # a whole-line phrase of a bounded rule, past its bound
    "Related articles" + " »" * 12,
    "- " * 200 + "-",  # no letter, any length
]

# Comment counts past `promo_prompt`'s bound in characters, which it claims at any length
# (`any_length`), the last two with a comment word none of its phrases holds. Not
# lengthened (a rule's pattern backtracks through the spaces: slow).
_COMMENT_COUNTS = [
    "Comments" + " " * 320 + "(4)",
    "12 Kommentare" + " " * 320 + "(4)",
    "комментарии" + " " * 320 + "(4)",
]


def _phrase_lines() -> list[str]:
    lines: list[str] = []
    for rule in PHRASE_RULES:
        for mode, phrases in builtin_phrases().get(rule, {}).items():
            for phrase in phrases[:: max(1, len(phrases) // 40)]:
                lines += [phrase, phrase.upper(), f"{phrase}: the week ahead", f"Now {phrase} here"]
                if mode == "contains":
                    lines.append(f"If you like this, {phrase} today.")
    return lines


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(FIXTURES.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt")):
        lines += [segment.text for segment in read_text(path.read_text("utf-8")).segments]
    return lines


def _bounded_rules(config: CleanerConfig) -> tuple[BlockRule, ...]:
    return tuple(rule.for_config(config) for rule in TEXT_RULES if config.rule_enabled(rule.name))


def _lengthened(lines: list[str], rules: tuple[BlockRule, ...] | None = None) -> list[str]:
    """Each line with words added before or after it, to each side of every bound a
    rule declares on the lines it claims (`longest_words`, `longest_chars`, and the
    words a bound in characters allows, and the floor of `fewest_words`), read from the default config unless `rules`
    are given. The words are words, or marks that leave the phrase form as it was
    (a line phrase lengthened), one character each (as many words as the characters
    allow)."""
    rules = _bounded_rules(CleanerConfig()) if rules is None else rules
    words = {rule.longest_words for rule in rules} | {_words_within(rule) for rule in rules}
    words |= {fewest - 1 for rule in rules for _, fewest in rule.fewest_words}
    words -= {None}
    chars = {rule.longest_chars for rule in rules} - {None}
    result: list[str] = []
    for line in lines:
        count = len(line.split())
        for n in sorted({b - count + d for b in words for d in (0, 1)} - {0}):
            if n > 0:
                result += [line + " so" * n, "So " * n + line, line + " ." * n, "a " * n + line]
        # (a word added, or the last one made longer: "… https://example.comooo")
        for n in sorted({b - len(line) + d for b in chars for d in (0, 1)}):
            if n > 1:
                result += [line + " " + "o" * (n - 1), "O" * (n - 1) + " " + line, line + "o" * n]
    return result


def _claims(texts: list[str], book: PhraseBook, screened: bool) -> list[tuple[object, ...]]:
    screen = Screen(_bounded_rules(book.config), book.phrase_index())
    result = []
    for text in texts:
        segment = Segment(text, None)
        checks = screen.checks(segment) if screened else screen.every
        first_claim(segment, checks, book)
        result.append((segment.label, segment.reason, segment.rule, segment.credit))
    return result


@pytest.mark.parametrize(
    "config",
    [
        CleanerConfig(),
        CleanerConfig(
            extra_phrases={
                "promo_prompt": ("tap to join",),
                "ad_marker": ("Paid post",),
                "inline_teaser": ("See too",),
                "teaser_heading": ("Our picks",),
            }
        ),
    ],
)
def test_the_screen_changes_no_first_claim(config: CleanerConfig) -> None:
    book = PhraseBook.for_config(config)
    texts = LINES + _lengthened(LINES) + _phrase_lines() + _corpus_lines()
    texts += ["Paid post", "Tap to join our channel", "See too: the storm", "Our picks"]
    texts += _COMMENT_COUNTS
    texts += _lengthened(["Tap to join our channel", "See too: the storm", "Our picks"])
    assert _claims(texts, book, screened=True) == _claims(texts, book, screened=False)


def test_each_screened_rule_is_asked_about_every_line_it_claims() -> None:
    # Stronger than the first claim: no rule's claim is hidden by an earlier one.
    book = PhraseBook.for_config(CleanerConfig())
    screen = Screen(_bounded_rules(CleanerConfig()), book.phrase_index())
    for text in LINES + _lengthened(LINES) + _phrase_lines() + _corpus_lines() + _COMMENT_COUNTS:
        asked = {rule.name for _, rule in screen.checks(Segment(text, None))}
        for rule in TEXT_RULES:
            if rule.screened and rule(Segment(text, None), book) is not None:
                assert rule.name in asked, (rule.name, text)


def test_the_screen_asks_a_rule_exactly_where_its_phrases_or_triggers_are() -> None:
    # The strings of every rule's triggers are looked for at once, and the phrase
    # index compiled into bits: a rule is asked exactly where the index names its
    # whole-line phrase, where a search of its triggers that reach any length finds
    # one, or, within its own bounds, where the index names another of its phrases or
    # a search of its other triggers finds one (its phrases within the words its
    # bounds allow: the screen's automatons are chosen by the line's words alone), a
    # trigger with a floor (`fewest_words`) only in a line of that many words.
    config = CleanerConfig()
    rules = _bounded_rules(config)
    book = PhraseBook.for_config(config)
    index = book.phrase_index()
    but_lines = dataclasses.replace(index, lines={})
    screen = Screen(rules, index)
    texts = LINES + _lengthened(LINES) + _phrase_lines() + _corpus_lines()
    texts += _lengthened(_phrase_lines()[::20]) + _COMMENT_COUNTS
    texts += ["Café — Brasserie", "ſhare this", "Jetzt teilen", "x" * 90 + " Advertisement"]
    texts += ["相关新闻：台风登陆", "Lire aussi : 相关阅读", "Lire aussi : 相关阅读" + " x" * 90]
    for text in texts:
        segment = Segment(text, None)
        asked = {rule.name for _, rule in screen.checks(segment)}
        lines = index.lines.get(segment.phrase_form, frozenset())
        named = but_lines.rules_in(segment)
        for rule in rules:
            if not rule.screened:
                continue
            words = segment.word_count
            within = words <= (rule.longest_words or sys.maxsize) and len(text) <= (
                rule.longest_chars or sys.maxsize
            )
            floors = dict(rule.fewest_words)
            bounded = [
                pattern
                for pattern in rule.triggers
                if pattern not in rule.any_length and words >= floors.get(pattern, 0)
            ]
            expected = (
                rule.name in lines
                or any(pattern.search(text) for pattern in rule.any_length)
                or (within and any(pattern.search(text) for pattern in bounded))
                or (rule.name in named and words <= (_words_within(rule) or sys.maxsize))
            )
            assert (rule.name in asked) is expected, (rule.name, text)


def test_most_short_lines_are_settled_without_the_screened_rules() -> None:
    book = PhraseBook.for_config(CleanerConfig())
    screen = Screen(TEXT_RULES, book.phrase_index())
    asked = screen.checks(Segment("World News", None))
    assert len(asked) < len(screen.every)
    assert all(not rule.screened for _, rule in asked)
    # A line with a phrase of a rule gets that rule asked.
    names = {rule.name for _, rule in screen.checks(Segment("Advertisement", None))}
    assert "ad_marker" in names


def test_any_of_searches_each_pattern_with_its_own_flags() -> None:
    found = _any_of(
        [
            re.compile(r"^(?P<word>ab)c", re.IGNORECASE),
            re.compile(r"xy$"),
            re.compile(r"(?P<x>q)(?P=x)"),  # a back reference: searched on its own
        ]
    )
    assert found("ABC and more")
    assert not found("more ABC")  # anchored at the start only
    assert found("ends with xy")
    assert not found("ends with XY")  # case counts where the pattern says so
    assert found("a qq b")
    assert not found("a q b")
    assert not _any_of([])("anything")


def test_a_search_skips_to_where_a_match_can_start_and_finds_the_same() -> None:
    from articleclean.block_pass import _first_chars
    from articleclean.rules.credits import CREDIT_SIGN

    assert _first_chars(re.compile(r"(?:ab|c+d)|[xy]z")) == frozenset("acxy")
    assert _first_chars(re.compile(r"a?b")) is None  # may start with b or a
    assert _first_chars(re.compile(r"[^a]b")) is None
    assert _first_chars(re.compile(r"ab", re.IGNORECASE)) == frozenset("aA")
    found = _any_of([CREDIT_SIGN])
    for text in _corpus_lines() + LINES:
        assert bool(found(text)) == bool(CREDIT_SIGN.search(text)), text


def test_a_case_blind_start_holds_every_letter_the_engine_takes_for_it() -> None:
    from articleclean.block_pass import _first_chars
    from articleclean.patterns import _CASED_END, case_partners

    assert "\u212a" in _first_chars(re.compile(r"k", re.IGNORECASE))  # the Kelvin sign
    assert _first_chars(re.compile(r"(?i:s)x")) == frozenset("sSſ")  # a scoped flag
    assert _first_chars(re.compile(r"(?-i:a)b", re.IGNORECASE)) == frozenset("a")
    assert _first_chars(re.compile(r"[İ]", re.IGNORECASE)) >= frozenset("iIİı")
    # Every code point a case-blind first character (a literal or in a class) of any
    # block rule's trigger matches is among its partners: read from the engine, checked
    # against the engine rather than a list of the special pairs.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    beyond = every[_CASED_END:]
    assert beyond.lower() == beyond == beyond.upper()  # no cased letter where none is looked for
    starts = {*"abcdefghijklmnopqrstuvwxyzßµ", *map(chr, range(0xC0, 0x100))}
    starts |= {*map(chr, range(0x391, 0x3CA)), *map(chr, range(0x410, 0x450)), "ǆ", "ǅ"}
    for rule in BLOCK_RULES:
        for pattern in rule.triggers or ():
            if pattern.flags & re.IGNORECASE:
                starts |= _first_chars(pattern) or set()
    assert "î" in starts  # (`promo_shape`'s "boîte")
    # What any of them matches, in one scan each (a class of them, an alternation);
    # then which of those each start matches, one by one.
    escaped = sorted(map(re.escape, starts))
    matched = set(re.findall(f"[{''.join(escaped)}]", every, re.IGNORECASE))
    matched |= set(re.findall("|".join(escaped), every, re.IGNORECASE))
    for start in sorted(starts):
        partners = case_partners(frozenset({start}))
        for form in (re.escape(start), f"[{re.escape(start)}]"):
            pattern = re.compile(form, re.IGNORECASE)
            assert {char for char in matched if pattern.match(char)} <= partners, start


def test_anchored_triggers_guarded_by_their_first_characters_match_where_each_does() -> None:
    from articleclean.block_pass import _first_chars

    # "^" matches no character: the first one is what follows it.
    assert _first_chars(re.compile(r"^(?:ab|c)d")) == frozenset("ac")
    assert _first_chars(re.compile(r"\A[xy]")) == frozenset("xy")
    assert _first_chars(re.compile(r"^\W*ab")) is None  # may start with any non-word
    assert _first_chars(re.compile(r"^")) is None
    # With the categories a class names, and an optional part's first characters.
    from articleclean.block_pass import _first_class

    assert _first_class(re.compile(r"^\W*ab")) == "[\\Wa]"
    assert _first_class(re.compile(r"^(?:\d+\s+)?x")) == "[\\dx]"
    assert _first_class(re.compile(r"^[\W_]+$")) == "[\\W_]"
    assert _first_class(re.compile(r"^[^a]")) is None  # a negated class
    assert _first_class(re.compile(r"^a*")) is None  # may match nothing
    assert _first_class(re.compile(r"^\W", re.ASCII)) is None  # not Unicode's \W
    # Every rule's anchored triggers as the screen tries them (each alternative behind a
    # class of its first characters, where known) against each pattern's own `match`.
    anchored = [
        pattern
        for rule in BLOCK_RULES
        for pattern in rule.triggers or ()
        if pattern.pattern.startswith("^")
    ]
    assert len(anchored) >= 10
    found = _any_of(anchored)
    texts = _corpus_lines() + LINES + ["", "ſhare this", "İmage 3 of 4", "  Photo: x", "!"]
    for text in texts + [text.upper() for text in texts] + [text.lower() for text in texts]:
        expected = any(pattern.match(text) for pattern in anchored)
        assert bool(found(text)) is expected, text


def test_patterns_that_only_list_strings_are_searched_as_one_trie() -> None:
    from articleclean.block_pass import _strings_of

    assert _strings_of(re.compile(r"[/(]|Photos?|AP")) == frozenset(
        {"/", "(", "Photo", "Photos", "AP"}
    )
    assert _strings_of(re.compile(r"x(?:ab)?")) == frozenset({"x", "xab"})
    assert _strings_of(re.compile(r"^AP")) is None  # an anchor is more than a string
    assert _strings_of(re.compile(r"ab+")) is None  # unbounded
    assert _strings_of(re.compile(r"ab", re.IGNORECASE)) is None
    assert _strings_of(re.compile(r"a?")) is None  # matches the empty string
    found = _any_of([re.compile(r"Photos?|AP"), re.compile(r"[/|]")])
    for text, expected in (("AP", True), ("a Photo", True), ("a|b", True), ("ap photo", False)):
        assert bool(found(text)) is expected, text


def test_alternations_factored_into_a_trie_find_a_match_where_the_pattern_does() -> None:
    from articleclean.block_pass import _factored
    from articleclean.rules.promos import _ACTION_FIRST, _COMMENT_COUNT

    patterns = [
        _ACTION_FIRST,
        _COMMENT_COUNT,
        re.compile(r"(?:a|ab)c"),  # a shorter word first: the longer one must still match
        re.compile(r"(?:ab|a)c"),
        re.compile(r"^(?:sign up|share|subscribe|s)\b", re.IGNORECASE),
        re.compile(r"(?<!\w)(?:photo|photos|foto)(?!\w)|x(?:yz|y)+$"),
    ]
    texts = [
        *LINES,
        *_corpus_lines(),
        "ac",
        "abc",
        "ab",
        "SIGN UP now",
        "Share this",
        "s",
        "su",
        "subscribers",
        "  - Share on Facebook",
        "Jetzt teilen",
        "12 Comments",
        "photos here",
        "photograph",
        "xyyzy",
        "xyzyz",
    ]
    for pattern in patterns:
        factored = _factored(pattern)
        assert factored is not pattern  # each has an alternation of words to factor
        for text in texts:
            assert bool(factored.search(text)) == bool(pattern.search(text)), (pattern, text)
            assert bool(factored.match(text)) == bool(pattern.match(text)), (pattern, text)
    # Case ignored, each opening letter becomes a class of every character the engine
    # takes for it (`_first_as_class`): the long s, the dotless i, the Kelvin sign.
    blind = [
        _factored(re.compile(r"(?:share|sign up|inbox|kommentar|boîte)\b", re.IGNORECASE)),
        _factored(re.compile(r"x(?i:share|inbox)|(?i:k(?:ommentar|elvin))")),
        _factored(re.compile(r"(?:share|inbox)", re.IGNORECASE | re.ASCII)),
    ]
    for text in (
        "ſhare",
        "SHARE",
        "ſIGN UP",
        "ınbox",
        "İnbox",
        "\u212aommentar",
        "BOÎTE",
        "xſhare",
        "xİnbox",
        "\u212aelvin",
        "sharp",
        "inbo",
        "ſ",
        "ı",
    ):
        for factored, pattern in zip(
            blind,
            (
                re.compile(r"(?:share|sign up|inbox|kommentar|boîte)\b", re.IGNORECASE),
                re.compile(r"x(?i:share|inbox)|(?i:k(?:ommentar|elvin))"),
                re.compile(r"(?:share|inbox)", re.IGNORECASE | re.ASCII),
            ),
            strict=True,
        ):
            assert bool(factored.search(text)) == bool(pattern.search(text)), (pattern, text)
            assert bool(factored.match(text)) == bool(pattern.match(text)), (pattern, text)
    # Where the order of alternatives decides whether there is a match, nothing changes.
    atomic = re.compile(r"(?>a|ab)c") if sys.version_info >= (3, 11) else None
    for kept in (re.compile(r"(a|b)\1"), atomic):
        if kept is not None:
            assert _factored(kept) is kept


def test_a_line_with_one_rules_trigger_is_not_asked_of_the_others() -> None:
    book = PhraseBook.for_config(CleanerConfig())
    screen = Screen(TEXT_RULES, book.phrase_index())
    # A slash is a credit's sign, not a counter's, a prompt's or a notice's.
    names = {rule.name for _, rule in screen.checks(Segment("Lagos/Abuja", None))}
    assert {"credit_line", "credited_caption"} <= names
    assert not {"media_placeholder", "promo_prompt", "boilerplate_notice"} & names


def test_printed_forms_spell_each_word_as_sites_print_it() -> None:
    from articleclean.patterns import printed_forms, strings_of

    forms = printed_forms(["teilen", "ad"])
    assert forms == ["AD", "Ad", "TEILEN", "Teilen", "ad", "teilen"]
    # plain strings: the screen takes them into its one literal search
    assert strings_of(re.compile("|".join(forms))) == frozenset(forms)


def test_a_line_longer_than_a_rule_claims_is_not_searched_for_its_triggers() -> None:
    book = PhraseBook.for_config(CleanerConfig())
    screen = Screen(TEXT_RULES, book.phrase_index())
    moment = "Nora and Felix last March, in their final joint appearance"
    bound = next(rule.longest_words for rule in TEXT_RULES if rule.name == "caption_moment")
    assert bound is not None
    at_bound = moment + " so" * (bound - len(moment.split()))
    for text, asked in ((moment, True), (at_bound, True), (at_bound + " so", False)):
        names = {rule.name for _, rule in screen.checks(Segment(text, None))}
        assert ("caption_moment" in names) is asked, text
    # A set of rules sharing their triggers is searched up to the longest either takes.
    credit = "Photo: Reuters / Jane Doe"
    longest = max(
        rule.longest_words or 0
        for rule in TEXT_RULES
        if rule.name in ("credit_line", "credited_caption")
    )
    lengthened = "So " * (longest - len(credit.split())) + credit
    assert "credited_caption" in {rule.name for _, rule in screen.checks(Segment(lengthened, None))}
    names = {rule.name for _, rule in screen.checks(Segment("So " + lengthened, None))}
    assert not {"credit_line", "credited_caption"} & names


def test_the_literal_automatons_common_characters_find_no_string() -> None:
    from articleclean.block_pass import _automaton

    strings = {"Photo": 1, "AP": 2, "(": 4, "Foto": 8, "toto": 16}
    plain, common = _automaton(strings), _automaton(strings, common_first=True)
    for text in ("Photo: AP (dpa)", "toto Foto", "e\x00 \x00t\x00", "", "APhotoFoto", *LINES):
        found = [pair for pair in common(text) if pair[1]]
        assert found == list(plain(text)), text


def test_cleaners_with_the_same_rules_and_phrases_share_one_screen() -> None:
    # A Cleaner made for one call's options used to compile its own screen (~70 ms a
    # call for `clean_text(text, detect_language=False)`); the process keeps one per
    # set of rules and phrase index, and a Cleaner with other phrases gets its own.
    import articleclean
    from articleclean.block_pass import screen_for

    rules = BLOCK_RULES
    plain = PhraseBook.for_config(CleanerConfig()).phrase_index()
    other = PhraseBook.for_config(CleanerConfig(detect_language=False)).phrase_index()
    assert screen_for(rules, plain) is screen_for(rules, other)
    extra = CleanerConfig(extra_phrases={"ad_marker": ["Werbeplatz für Sie"]})
    own = PhraseBook.for_config(extra).phrase_index()
    assert screen_for(rules, own) is not screen_for(rules, plain)
    dump = "Council approves cycle lanes\nWerbeplatz für Sie\nThe council approved three lanes."
    with_extra = articleclean.clean_text(dump, config=extra)
    assert "Werbeplatz für Sie" not in with_extra.text
    assert "Werbeplatz für Sie" in articleclean.clean_text(dump, detect_language=False).text


_LONG_PROMPT = {
    "promo_prompt": (
        "get the best of our reporting in your inbox every morning and every evening "
        "with the stories our editors choose for you from every section of the paper",
    )
}
_LONG_NOTICE = {
    "boilerplate_notice": (
        "this site is run by a small team and every story you read here is paid for by "
        "readers who choose to support independent local journalism each month",
    ),
    "teaser_heading": ("more stories from our newsroom that you may also like to read today",),
    "inline_teaser": ("also worth reading from the archive of this paper",),
}
_BOUND_CONFIGS = [
    CleanerConfig(),
    CleanerConfig(promo_max_words=40),
    CleanerConfig(promo_max_words=10),
    CleanerConfig(promo_prompt=False),
    CleanerConfig(extra_phrases=_LONG_PROMPT),  # (a phrase of 28 words, a mailbox word)
    CleanerConfig(extra_phrases=_LONG_PROMPT, promo_prompt=False),
    CleanerConfig(notice_max_words=20),
    CleanerConfig(notice_max_words=100, promo_max_words=90),
    CleanerConfig(extra_phrases=_LONG_NOTICE),  # (phrases of 28, 12 and 9 words)
    CleanerConfig(extra_phrases=_LONG_NOTICE, boilerplate_notice=False, credit_line=False),
]

# Prompts of `promo_shape`'s forms (a mailbox offer, a share request, joined prompts)
# lengthened past its bound below.
_SHAPED = [
    "Sign up for our newsletter to get the news in your inbox",
    "Die besten Nachrichten direkt in Ihr Postfach",
    "Jetzt den Newsletter abonnieren",
    "Share this article",
    "Diesen Text per E-Mail teilen | Die besten Nachrichten direkt in Ihr Postfach",
    "Newsletter",
    "Comentar",
    "Para seguir leyendo, suscríbete",
    "Get the best of our reporting in your inbox every morning and every evening with the "
    "stories our editors choose for you from every section of the paper",
]


@pytest.mark.parametrize("config", _BOUND_CONFIGS)
def test_a_bound_read_from_the_config_changes_no_first_claim(config: CleanerConfig) -> None:
    # `promo_shape` claims a line of a prompt's length (the config's `promo_max_words`)
    # or two joined prompts'; its longer lines (a phrase list's line, the comment
    # count) `promo_prompt` claims first. So pass 1 reads its bound from the config,
    # and the first claim stays the same on each side of it.
    book = PhraseBook.for_config(config)
    rules = _bounded_rules(config)
    screen = Screen(rules, book.phrase_index())
    texts = LINES + _phrase_lines() + _corpus_lines() + _SHAPED
    extra = [phrase for phrases in config.extra_phrases.values() for phrase in phrases]
    texts += extra + [f"{phrase}: the storm" for phrase in extra]
    # (to each side of the config's bounds: `promo_shape`'s 24, 25 or 40 words and the
    # others; every line of LINES to each side of the default bounds above)
    texts += _lengthened(LINES[::2] + _SHAPED + extra, rules)
    for text in texts:
        screened, every = Segment(text, None), Segment(text, None)
        first_claim(screened, screen.checks(screened), book)
        first_claim(every, screen.every, book)
        assert (screened.label, screened.reason, screened.rule) == (
            every.label,
            every.reason,
            every.rule,
        ), text


def test_promo_shapes_bound_is_read_from_the_config() -> None:
    def bound(config: CleanerConfig) -> int | None:
        (rule,) = [rule for rule in _bounded_rules(config) if rule.name == "promo_shape"]
        return rule.longest_words

    assert bound(CleanerConfig()) == 25
    assert bound(CleanerConfig(promo_max_words=40)) == 40
    assert bound(CleanerConfig(promo_max_words=10)) == 24  # two joined prompts
    assert bound(CleanerConfig(promo_prompt=False)) is None  # its long lines its own then
    # Rules that read no bound from the config are themselves.
    assert all(
        rule.for_config(CleanerConfig()) is rule
        for rule in TEXT_RULES
        if rule.name not in ("promo_shape", "promo_prompt", "boilerplate_notice")
    )
    # A paragraph with a mailbox word is not searched for promo_shape's triggers.
    book = PhraseBook.for_config(CleanerConfig())
    screen = Screen(_bounded_rules(CleanerConfig()), book.phrase_index())
    prompt = "Sign up for our newsletter to get the news in your inbox"
    paragraph = prompt + " so" * (25 - len(prompt.split()))
    assert "promo_shape" in {rule.name for _, rule in screen.checks(Segment(paragraph, None))}
    longer = Segment(paragraph + " so", None)
    assert "promo_shape" not in {rule.name for _, rule in screen.checks(longer)}


def test_a_paragraph_past_every_bound_is_searched_only_for_what_claims_it() -> None:
    # Each of `boilerplate_notice`, `promo_prompt`, `teaser_heading` and
    # `caption_sentence` claims a line past its bound only by a whole-line phrase or a
    # trigger that reaches any length (a line with no letter, a comment count), so a
    # paragraph with their triggers and phrase words is not asked of them; `inline_teaser`
    # has no bound. The bounds of the first two are the config's.
    config = CleanerConfig()
    rules = {rule.name: rule for rule in _bounded_rules(config)}
    assert rules["boilerplate_notice"].longest_words == config.notice_max_words
    assert rules["promo_prompt"].longest_words == config.promo_max_words
    notice = [rule for rule in _bounded_rules(CleanerConfig(notice_max_words=90))]
    assert [rule.longest_words for rule in notice if rule.name == "boilerplate_notice"] == [90]
    book = PhraseBook.for_config(config)
    screen = Screen(tuple(rules.values()), book.phrase_index())

    def asked(text: str) -> set[str]:
        return {rule.name for _, rule in screen.checks(Segment(text, None))}

    paragraph = (  # (21 words)
        "We use cookies, the mayor (left) said on Jan. 4 in Lagos/Abuja; © 2024 Example "
        "Media: sign up for our newsletter"
    )
    long = paragraph + " and the council" * 30
    assert {"boilerplate_notice", "promo_prompt", "caption_sentence"} <= asked(paragraph)
    assert not {"boilerplate_notice", "promo_prompt", "caption_sentence"} & asked(long)
    assert "teaser_heading" in asked("Read more")
    assert "teaser_heading" not in asked("Read more" + " about the storm" * 3)
    assert "inline_teaser" in asked("Read more: " + long + " | mehr")
    # Past their bounds, what they claim at any length is still asked of them (and so
    # claimed): a line phrase among marks, a line with no letter, a comment count.
    for text, rule in (
        ("Privacy Policy" + " |" * 70, "boilerplate_notice"),
        ("* " * 100 + "*", "boilerplate_notice"),
        ("Comments" + " " * 320 + "(4)", "promo_prompt"),
        ("Share this" + " |" * 40, "promo_prompt"),
    ):
        assert rule in asked(text), (rule, text)
        segment = Segment(text, None)
        first_claim(segment, screen.checks(segment), book)
        assert segment.rule == rule, text
