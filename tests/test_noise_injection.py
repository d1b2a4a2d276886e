"""Noise injection: junk put into clean articles at seeded random places.

Two parts. Captions and credits (found by their form, not by a list) must all
come out, into `captions`, and the article must come out unchanged. Ads,
prompts and teasers come from bench/noise.py's templates, which vary as sites
do and are no phrase-list entry (checked here), so how many come out measures
the rules, not the lists; the article bodies, of every shape (tests/fixtures/noise,
written for the project), must lose nothing to them.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from bench import noise

import articleclean
from articleclean.document import phrase_form
from articleclean.phrases import WORDS_KEY, builtin_phrases

CLEAN_ARTICLES = sorted((Path(__file__).parent / "fixtures" / "text").glob("clean-*.expected.json"))
VARIANTS = 60

# Captions describe a picture; the credit forms are those agencies and papers print.
CAPTION_TEXTS = [
    "Crowds gather outside the town hall in Lyon, France, May 3, 2024.",
    "A firefighter sprays water on a burning warehouse in Houston, Texas, Jan. 12, 2023.",
    "Children play in a fountain during a heatwave in Rome, Italy, July 18, 2023.",
    "Ein Arbeiter repariert eine Oberleitung am Hauptbahnhof in Hamburg.",
    "Simpatizantes celebran la victoria frente a la sede del partido en Sevilla.",
    "Участники акции стоят у здания администрации в Самаре.",
    "图为游客在故宫博物院参观。",
]
CREDITS = [
    " /CFP",
    " (Photo: Reuters)",
    " Photo by Jane Doe/Getty Images",
    " AFP via Getty Images",
    " (AP Photo/John Smith)",
    " REUTERS/Tom Brenner",
    " Foto: Kay Nietfeld/dpa",
    " EFE/Fernando Alvarado",
    " /Xinhua",
]
# Captions that read as captions without a credit, so a credit line can follow them.
CREDITLESS_CAPTIONS = [
    "A woman walks her dog past the flooded harbour in Cork.",
    "Supporters wave flags during a rally in Accra.",
    "The mayor speaks to reporters outside the station in Leeds.",
]
CREDIT_LINES = [
    "Photo: Jane Doe/Reuters",
    "Foto: dpa",
    "(Photo: AFP)",
    "Getty Images",
    "Фото: ТАСС",
]


@dataclass(frozen=True)
class Original:
    name: str
    title: str
    body: list[tuple[str, str]]


def load(path: Path) -> Original:
    expected = json.loads(path.read_text(encoding="utf-8"))
    body = [(block["kind"], block["text"]) for block in expected["body"]]
    return Original(path.name.removesuffix(".expected.json"), expected["title"], body)


def noise_unit(rng: random.Random, pictures: list[str]) -> tuple[list[str], list[str]]:
    """Lines of one picture's caption and credit, and which of them should become captions.

    `pictures` are the caption texts not used yet: the same caption text twice,
    even far apart, is one picture printed again, not new noise.
    """
    kinds = ["caption", "doubled", "titled", "credit"]
    if not any(p in pictures for p in CREDITLESS_CAPTIONS):
        kinds.remove("credit")
    if not any(p in pictures for p in CAPTION_TEXTS):
        kinds = [k for k in kinds if k == "credit"]
    if not kinds:
        return [], []
    kind = rng.choice(kinds)
    caption = ""
    if kind in ("caption", "doubled", "titled"):
        text = rng.choice([p for p in pictures if p in CAPTION_TEXTS] or pictures)
        pictures.remove(text)
        caption = text + rng.choice(CREDITS)
    if kind == "caption":
        return [caption], [caption]
    if kind == "doubled":
        return [caption, caption], [caption]
    if kind == "titled":
        words = caption.split()
        title = " ".join(words[: rng.randint(3, 5)])
        if len(words) < 7:  # a short caption has no title line worth the name
            return [caption], [caption]
        return [title, caption], [caption]
    line = rng.choice([p for p in pictures if p in CREDITLESS_CAPTIONS])
    pictures.remove(line)
    return [line, rng.choice(CREDIT_LINES)], [line]


def noisy(original: Original, seed: int) -> tuple[str, list[str], list[str]]:
    """The article with junk inserted between its blocks (after the title)."""
    rng = random.Random(seed)
    gaps: dict[int, list[str]] = {}
    injected: list[str] = []
    captions: list[str] = []
    pictures = CAPTION_TEXTS + CREDITLESS_CAPTIONS
    for _ in range(rng.randint(2, 4)):
        lines, to_captions = noise_unit(rng, pictures)
        if not lines:
            break
        gap = rng.randint(0, len(original.body))
        gaps.setdefault(gap, []).extend(lines)
        injected.extend(lines)
        captions.extend(to_captions)
    lines = [original.title]
    for index, (_, text) in enumerate(original.body):
        lines.extend(gaps.get(index, []))
        lines.append(text)
    lines.extend(gaps.get(len(original.body), []))
    ordered_captions = [line for line in lines if line in captions]
    return "\n\n".join(lines), injected, list(dict.fromkeys(ordered_captions))


# What `clean_text(text, detect_language=False)` does, without building a Cleaner (and
# compiling its patterns, ~80 ms) for each of the 300 variants; no remembered lines,
# so each variant is judged as a fresh Cleaner would judge it.
VARIANT_CLEANER = articleclean.Cleaner(detect_language=False, remembered_lines=0)


@pytest.mark.parametrize("path", CLEAN_ARTICLES, ids=lambda p: p.name)
def test_injected_captions_come_out_and_the_article_stays(path: Path) -> None:
    original = load(path)
    failures: list[str] = []
    for seed in range(VARIANTS):
        text, injected, captions = noisy(original, seed)
        article = VARIANT_CLEANER.clean_text(text)
        problems = []
        if article.title != original.title:
            problems.append(f"title {article.title!r}")
        body = [(block.kind, block.text) for block in article.body]
        if body != original.body:
            problems.append(f"body {body!r}")
        taken_out = Counter(r.text for r in article.removed) + Counter(
            c.raw for c in article.captions
        )
        if taken_out != Counter(injected):
            problems.append(
                f"left in: {sorted((Counter(injected) - taken_out).elements())}; "
                f"taken wrongly: {sorted((taken_out - Counter(injected)).elements())}"
            )
        if [c.raw for c in article.captions] != captions:
            problems.append(f"captions {[c.raw for c in article.captions]} != {captions}")
        if problems:
            failures.append(f"seed {seed}: " + "; ".join(problems))
    assert not failures, f"{len(failures)}/{VARIANTS} variants of {original.name}:\n" + "\n".join(
        failures[:5]
    )


def test_there_are_clean_articles_in_several_languages() -> None:
    languages = {json.loads(p.read_text(encoding="utf-8"))["language"] for p in CLEAN_ARTICLES}
    assert len(languages) >= 4, languages


@pytest.mark.xfail(
    strict=True,
    reason="known limit: a section heading right after a teaser block is told from one "
    "more teaser headline only by words it shares with the article; "
    "'Folgen für den Autoverkehr' shares none",
)
def test_teasers_right_before_a_heading_without_shared_words() -> None:
    original = load(
        CLEAN_ARTICLES[[p.name for p in CLEAN_ARTICLES].index("clean-de-radweg.expected.json")]
    )
    heading = next(i for i, (kind, _) in enumerate(original.body) if kind == "heading")
    lines = [original.title]
    for index, (_, text) in enumerate(original.body):
        if index == heading:
            lines += ["Mehr zum Thema", "Bayern gewinnt Topspiel gegen Dortmund deutlich"]
        lines.append(text)
    article = articleclean.clean_text("\n\n".join(lines), detect_language=False)
    assert [(block.kind, block.text) for block in article.body] == original.body


# --- ads, prompts and teasers from templates; bodies of every shape -------------

OWN_BODIES = noise.own_bodies()
SEEDS = 12


def _entries() -> set[str]:
    return {
        phrase_form(phrase)
        for rule, modes in builtin_phrases().items()
        if not rule.startswith("byline") and rule != WORDS_KEY
        for phrases in modes.values()
        for phrase in phrases
    }


@pytest.mark.parametrize("kind", sorted(noise.TEMPLATE_KINDS))
def test_no_template_line_is_a_phrase_list_entry(kind: str) -> None:
    render = noise.TEMPLATE_KINDS[kind]
    rng = random.Random(kind)
    entries = _entries()
    lines = {render(language, rng) for language in noise.JUNK_LANGUAGES for _ in range(300)}
    listed = sorted(line for line in lines if phrase_form(line) in entries)
    assert not listed, f"template lines that are phrase-list entries: {listed[:5]}"
    assert len(lines) > 40, "the templates should vary"


def test_each_own_body_gets_junk_in_its_own_language() -> None:
    # Fails on main: bodies in it, nl, pl, pt, sv, tr, id and ru got English junk.
    for body in OWN_BODIES:
        assert noise.junk_language(body) == body.language, body.name
        noisy = noise.inject(body, 0)
        own = set(noise._TEASERS[body.language])
        teasers = [line.text for line in noisy.lines if line.kind == noise.TEASER]
        assert all(text in own for text in teasers), body.name


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il sindaco ha detto che il piano della giunta non è pronto, di nuovo.", "it"),
        ("Het kabinet wil een nieuwe wet, maar de Kamer is het niet eens van begin af.", "nl"),
        ("Rząd nie jest gotowy, ale minister mówi, że ustawa się zmieni.", "pl"),
        ("O governo não tem uma data, mas com o acordo em vigor tudo muda.", "pt"),
        ("Regeringen säger att det är för tidigt och att beslutet dröjer.", "sv"),
        ("Bakanlık bu yıl için yeni bir plan ve bütçe açıkladı.", "tr"),
        ("Pemerintah yang baru dan DPR sepakat untuk bekerja dengan cepat.", "id"),
        ("Правительство не успело, и в пятницу решение отложили на месяц.", "ru"),
    ],
)
def test_webeval_pages_in_the_new_languages_get_their_own_junk(text: str, language: str) -> None:
    # Fails on main: the guess chose among en, de, fr and es only.
    assert noise._guess_language(text, noise.JUNK_LANGUAGES) == language
    assert noise._guess_language(text) in noise.LANGUAGES  # article_shapes' dumps as they were


def test_own_bodies_have_every_shape() -> None:
    assert {body.shape for body in OWN_BODIES} == set(noise.SHAPES)
    assert len({body.language for body in OWN_BODIES}) >= 4


# `outside_article` (whole-page dumps: what lies around the densest run of prose) is
# off here: on short bodies made of short lines (ingredients, specs, results) it
# takes article lines, which bench/noise.py reports; these tests are about the
# other rules, which must not take a line of any shape, with or without junk.
CLEANER = articleclean.Cleaner(outside_article=False, detect_language=False)
_SCORES: dict[str, noise.BodyScore] = {}


def score_body(body: noise.Body) -> noise.BodyScore:
    """Each body's score once: the per-body tests and the pinned total read the same."""
    if body.name not in _SCORES:
        _SCORES[body.name] = noise.score_body(body, SEEDS, CLEANER.clean_text)
    return _SCORES[body.name]


# Bodies that still lose a line to the junk put around it in 12 seeds, junk in the
# body's own language: strict, so a fix shows. (Round 50's parliament-sv-riksdag, seed
# 10, lost "M, SD, KD, L: ja" to `teaser_list` between two English boxes: with Swedish
# junk it loses nothing. Its repair-it-lavatrice, seed 4, and review-it-smartphone, seeds
# 2 and 4, lost short items and spec lines under an Italian box to `teaser_blurb`: round
# 50's blurbit ends a box of full headlines at the first row of another shape.
# list-pl-rzad, seed 4, and transcript-ru-briefing, seed 0, lost the line under a credit
# to `caption_beside_credit` until a caption opening with its place, "Wrocław. …", read
# as one caption: capplace. Round 51's noiselang: explainer-ru-zemletryasenie, seed 10,
# kept 'Чего мы пока не знаем' once the Russian ad beside it went; review-it-smartphone,
# seed 4, kept 'Pro' and its first point once the Italian box's heading was worded from
# the phrase lists' words, the box judged from its own heading.)
_KNOWN_LOSSES = {
    "travel-sv-gotland": (
        "teaser_box reads the subheading 'Så tar du dig dit' (seeds 2, 9) and the label "
        "'Fakta: Fårö' (seed 9) beside an ad or a prompt as a box's headlines"
    ),
}


def _with_known_losses(bodies: list[noise.Body]) -> list[object]:
    return [
        pytest.param(b, marks=pytest.mark.xfail(reason=_KNOWN_LOSSES[b.name], strict=True))
        if b.name in _KNOWN_LOSSES
        else b
        for b in bodies
    ]


@pytest.mark.parametrize("body", _with_known_losses(OWN_BODIES), ids=lambda b: b.name)
def test_a_body_of_any_shape_loses_nothing_to_injected_junk(body: noise.Body) -> None:
    score = score_body(body)
    assert score.lines == SEEDS * len(body.lines)
    assert score.lost == 0, f"{score.lost} of {score.lines} body lines lost"


def test_template_junk_comes_out_at_least_as_often_as_pinned() -> None:
    # A floor, like the quality gate's (measured 36.8 % when it was set; 93.7 % of
    # the injected lines out when round 50's bodies got English junk, 80.1 % with
    # junk in each body's own language: 744 of 3,733 left). Raise it when rules improve.
    total = noise.BodyScore()
    for body in OWN_BODIES:
        total.add(score_body(body))
    injected = sum(total.injected.values())
    out = injected - sum(total.left.values())
    assert injected > 300
    assert out / injected >= 0.33, f"only {out} of {injected} injected lines came out"
