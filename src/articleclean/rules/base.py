"""How a rule is declared: a small named function plus what its verdict means.

The function's name is the rule's name everywhere: the `rule` of each
removal it makes, the CleanerConfig switch that turns it off, and the key
for extra phrases. Its verdict's meaning (remove with a reason, or move to
captions) is declared once, here, next to the function.

Three stages, one decorator pair each, so a rule's declaration says where it runs:

- pass 1, each segment on its own: `removes(reason)`, `moves_to(label)`;
- pass 2, in context (`revises(outcome)`) and the structure step
  (`structures(outcome)`), over the whole document; `outcome` is a Reason
  (remove) or a Label (move);
- then the document steps, which judge no segment but the whole document:
  `describes()` finds something about it once the structure is known (the
  site's name in the title), `reviews()` looks over all the verdicts last
  (an extraction the rules emptied is put back). A step returns a `Finding`.

A rule changes nothing. A block rule's check returns whether it claims the
segment: `True` (the declared label and reason), a `Verdict` (the same, with
what it found: a credit, a caption's text), or `False`/`None`. A document
rule yields the segments it claims, or `(segment, Verdict)` pairs with what
it found; a document step returns a `Finding` or None. The pass applies the
verdicts and findings and keeps the record. A rule that reads another rule's results declares it (`reads=`)
and gets the segments that rule claimed as an argument (a `Claimed`), after
the segments and the context, in the order declared. A rule that needs a pure
function of the segments another rule needs too declares it (`derives=`) and
gets its result after those: the pass computes it once per document; such a
function that reads other rules' results declares them as a rule does
(`@derive(reads=…)`, a `Derive`). A rule that reads data learnt from a site in
the config declares it (`requires_config=`): without that data it is left out.
A document rule that returns at once without another rule's claims declares them
(`needs=`, entries of its `reads`), and one that reads an article dump only says so
(`article_dumps_only=`): the pipeline does not ask it about a document where it can
claim nothing by its own declaration. A document rule whose walk starts only from lines
another rule labelled (a caption, the byline) declares their labels (`candidates=`): it
gets their places, last, and walks from those, and the pipeline does not ask it about a
document where no line was given such a label (`ClaimRecord.may_hold`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from itertools import compress
from typing import TYPE_CHECKING, Any
from weakref import ref

from ..article import Dateline, Reason
from ..document import Document, Label, Segment

if TYPE_CHECKING:
    from ..config import CleanerConfig
    from .phrasebook import PhraseBook


@dataclass(frozen=True)
class Verdict:
    """What a rule decided about a segment: its outcome, why, and what it found.

    A check returns `Verdict(credit=…, caption_text=…)` to report findings; the
    rule fills in its declared label, reason and name (`BlockRule.judge`).
    """

    label: Label | None = None
    reason: Reason | None = None
    rule: str | None = None
    credit: str | None = None
    """For captions and credit lines: the photo credit found."""
    caption_text: str | None = None
    """For captions: the text without its credit."""
    dateline: Dateline | None = None
    """For the first paragraph: the dateline that opens it (assembly cuts it off)."""
    tail_cut: str | None = None
    """For a paragraph: the link elsewhere that ends it (assembly cuts it off)."""

    def give(self, segment: Segment) -> None:
        """Apply the verdict: the segment's label, reason and rule, and the findings."""
        assert self.label is not None and self.rule is not None, self
        segment.label = self.label
        segment.reason = self.reason
        segment.rule = self.rule
        if self.credit is not None:
            segment.credit = self.credit
        if self.caption_text is not None:
            segment.caption_text = self.caption_text
        if self.dateline is not None:
            segment.dateline = self.dateline
        if self.tail_cut is not None:
            segment.tail_cut = self.tail_cut


Found = bool | Verdict | None
BlockCheck = Callable[[Segment, "PhraseBook"], Found]
ContextFind = Callable[..., Iterable["Segment | tuple[Segment, Verdict]"]]
"""`find(segments, context, *claimed, *derived[, candidates])`: one `Claimed` per rule
declared in `reads`, then the result of each function declared in `derives`, then the
indexes of the lines of its `candidates` labels when it declares them."""
ConfigData = Callable[["CleanerConfig"], object]
"""What a rule reads in the Cleaner's config (`requires_config`); empty: nothing to claim."""
Reads = tuple["Rule | tuple[Rule, ...]", ...]
"""Rules whose results a rule or a derive reads; each (or each group) comes as a `Claimed`."""
Derives = Callable[[list[Segment]], Any]
"""A pure function of a document's segments that rules declare in `derives` (a plain
function, or a `Derive` that also reads other rules' results)."""
Derived = dict[Derives, Any]
"""One document's results of `derives` functions, kept while its rules run."""


class Stage(str, Enum):
    """Where a document rule runs."""

    CONTEXT = "context"
    """Pass 2: revises pass 1's verdicts with the neighbours and the whole document."""
    STRUCTURE = "structure"
    """Then: title, byline, the article's extent, headings, the dateline."""
    DOCUMENT = "document"
    """Then, once the structure is known: what the whole document says about itself
    (the site's name in its title)."""
    REVIEW = "review"
    """Last, before assembly: a look over every verdict (nothing left of an extraction)."""


class Claimed:
    """The segments that other rules claimed: an explicit input of a rule that reads them."""

    __slots__ = ("_ids", "_segments", "_unread")

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        given = tuple(segments)
        # (one C-level pass, no Python loop: the record builds ~25 of these a dump)
        unique = dict(zip(map(id, given), given, strict=True))
        self._ids = frozenset(unique)
        self._segments = tuple(unique.values())

    def __contains__(self, segment: object) -> bool:
        return id(segment) in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[Segment]:
        """The segments claimed, each once, in no set order: for what they hold as a
        set (their keys), without asking every segment of the document `in`."""
        return iter(self._segments)

    def marks(self, segments: Iterable[Segment]) -> list[bool]:
        """For each of `segments`, whether it is claimed: `in` asked of all of them in
        one C-level pass, without a Python call per segment (for a rule that asks it of
        every line, several times)."""
        return list(map(self._ids.__contains__, map(id, segments)))

    def positions(self, segments: Sequence[Segment]) -> list[int]:
        """The indexes in `segments` of the claimed ones, in order: where a rule's
        headings stand, found in one C-level pass instead of asking `in` of every line."""
        return list(compress(range(len(segments)), map(self._ids.__contains__, map(id, segments))))

    @classmethod
    def by(cls, segments: list[Segment], rules: Iterable[Rule]) -> Claimed:
        """What `rules` claimed among `segments`, read off the record the pass keeps."""
        names = frozenset(rule.name for rule in rules)
        # Built for every rule that reads others, over every segment of the
        # document: a list and a map, no generator feeding a generator.
        return cls([segment for segment in segments if segment.rule in names])


class _Unread(Claimed):
    """A `Claimed` the record handed out and no one has read yet: what it holds is
    worked out on its first use and it becomes a plain `Claimed` (its class changes in
    place), so later uses cost what a `Claimed`'s do, with no test per `in`.

    A rule often returns before it reads what it was given (a dump with no heading, a
    line too long): about half of the ~12 `Claimed` a dump's rules are handed are
    never read. Reading one later is safe because the pipeline gives a rule's verdicts
    only after the rule has run: the record is as it was when it was handed out. One
    read after a verdict given since would not be (the record has changed): it raises.
    """

    __slots__ = ()  # (a Claimed's own: the object can become one)

    def __init__(self, record: ClaimRecord, names: tuple[str, ...]) -> None:
        # (the record by a weak reference: it keeps this one in `_read`, and a cycle
        # would hold the document's segments until the garbage collector's next pass)
        self._unread = (record.weak, names, record.verdicts_given)

    def _read(self) -> None:
        weak, names, given = self._unread
        record = weak()
        if record is None or record.verdicts_given != given:
            raise RuntimeError(
                f"a Claimed of {names} read after a later verdict: read it while its rule runs"
            )
        Claimed.__init__(self, record.found(names))
        self._unread = None
        self.__class__ = Claimed  # type: ignore[assignment]

    def __contains__(self, segment: object) -> bool:
        self._read()
        return id(segment) in self._ids

    def __len__(self) -> int:
        self._read()
        return len(self._ids)

    def __iter__(self) -> Iterator[Segment]:
        self._read()
        return iter(self._segments)

    def marks(self, segments: Iterable[Segment]) -> list[bool]:
        self._read()
        return Claimed.marks(self, segments)

    def positions(self, segments: Sequence[Segment]) -> list[int]:
        self._read()
        return Claimed.positions(self, segments)


_NOTHING_CLAIMED = Claimed()
"""What most rules read claimed on most dumps: one shared empty `Claimed` (it holds no
state to change)."""


class ClaimRecord:
    """Which segments each rule has claimed in one document, kept as the pass gives
    verdicts: the document rules' ~25 `Claimed` inputs a dump are read from it, not
    each from a walk over every segment (`Claimed.by`).

    Built after pass 1 from the segments' `rule`; the pass records each segment it
    gives a verdict afterwards (`record`). A segment a later rule claims again stays
    listed under the earlier rule too, and is left out there by its current `rule`:
    the answer is `Claimed.by`'s as long as every verdict is recorded.

    Most of a dump's claims are never claimed again: a rule none of whose segments
    another rule took since (`_moved` does not name it) has its list read as it stands,
    not filtered; and a `Claimed` read by names is handed out again, the same object,
    to the next rule that reads those names while no verdict has been given since
    (`_read`): several rules read the same group (the page rules, the prompts).
    """

    __slots__ = (
        "__weakref__",
        "_by_rule",
        "_labels",
        "_moved",
        "_read",
        "verdicts_given",
        "weak",
    )

    def __init__(self, segments: Iterable[Segment]) -> None:
        by_rule: dict[str, list[Segment]] = {}
        given = list(segments)
        for segment in given:
            if segment.rule is not None:
                by_rule.setdefault(segment.rule, []).append(segment)
        self._by_rule = by_rule
        self._labels = {segment.label for segment in given}
        """Every label a line of the document has had since: those it has now, and
        those given since (a line that lost one, claimed again, leaves it here)."""
        self._moved: set[str] | None = set()
        """Rules some of whose listed segments another rule has claimed since; None:
        not known (a verdict recorded after it was given), every list is filtered."""
        self._read: dict[tuple[str, ...], Claimed] = {}
        """The `Claimed` of each tuple of names read since the last verdict."""
        self.verdicts_given = 0
        """How many times verdicts were given (`record`, `give`): a `Claimed` handed out
        unread is read only while this stands as it was (`_Unread`)."""
        self.weak = ref(self)
        """A weak reference to the record, which the `Claimed` it hands out unread hold."""

    def record(self, segment: Segment) -> None:
        """`segment` was just given a verdict (its `rule` is set)."""
        assert segment.rule is not None
        # (the rule it had before is gone: any list may hold a segment claimed since)
        self._moved = None
        self._read.clear()
        self.verdicts_given += 1
        self._by_rule.setdefault(segment.rule, []).append(segment)
        self._labels.add(segment.label)

    def give(self, rule: ContextRule, claims: list[tuple[Segment, Verdict]]) -> None:
        """Give each of `rule`'s `claims` (its `verdicts`) its verdict, in order, and
        record them: what `Verdict.give` and `record` do per claim, listed under the rule
        at once (each of its verdicts names it) and a plain verdict given without a call
        (a document's rules give ~80 verdicts, nearly all plain)."""
        plain = rule.verdict
        label, reason, name = plain.label, plain.reason, plain.rule
        moved = self._moved
        self._read.clear()
        self.verdicts_given += 1
        labels = self._labels
        labels.add(label)
        for segment, verdict in claims:
            if moved is not None:
                before = segment.rule
                if before is not None and before != name:
                    moved.add(before)  # listed there, and no longer that rule's
            if verdict is plain:
                segment.label = label
                segment.reason = reason
                segment.rule = name
            else:
                verdict.give(segment)
                labels.add(segment.label)
        self._by_rule.setdefault(rule.name, []).extend([segment for segment, _ in claims])

    def may_hold(self, labels: tuple[Label, ...]) -> bool:
        """Whether a line may have one of `labels`: one had it when the record was made or
        was given it since (a rule's `candidates`; no walk over the lines)."""
        return not self._labels.isdisjoint(labels)

    def claimed(self, rules: Iterable[Rule]) -> Claimed:
        """What `rules` claim now: `Claimed.by` over the document's segments."""
        return self.claimed_by(tuple(rule.name for rule in rules))

    def claimed_by(self, names: tuple[str, ...]) -> Claimed:
        """What the rules of these `names` claim now (`claimed`): worked out when it is
        first read (`_Unread`), the shared empty one when none of them claimed a line."""
        kept = self._read.get(names)
        if kept is not None:
            return kept
        by_rule = self._by_rule
        kept = _NOTHING_CLAIMED
        for name in names:
            if by_rule.get(name):
                kept = _Unread(self, names)
                break
        self._read[names] = kept
        return kept

    def lacks(self, groups: tuple[tuple[str, ...], ...]) -> bool:
        """Whether none of the rules of one of `groups` claimed a line, by the record
        (`ContextRule.needs`): one look a group, kept for the rules after it as
        `claimed_by` keeps its answer. A list that holds only segments claimed since
        by another rule counts as a claim: the rule is asked, and finds nothing itself.
        (`in` over a `map`, C-level, not `any` over a generator: asked ~15 times a dump,
        and a generator cost about what the call it spares does; a `Claimed` compares
        by identity.)"""
        return _NOTHING_CLAIMED in map(self.claimed_by, groups)

    def found(self, names: tuple[str, ...]) -> list[Segment]:
        """The segments the rules of these `names` claim now, in the order they are listed."""
        by_rule, moved = self._by_rule, self._moved
        found: list[Segment] = []
        for name in names:
            listed = by_rule.get(name)
            if listed:
                if moved is not None and name not in moved:
                    found += listed  # (each still this rule's: none claimed since)
                else:
                    found += [segment for segment in listed if segment.rule == name]
        return found


def _names_of(read: Rule | tuple[Rule, ...]) -> tuple[str, ...]:
    """The names of the rules in one entry of `reads` (a rule or a group of them), in
    their order (the order their claims are listed in)."""
    return tuple(rule.name for rule in (read if isinstance(read, tuple) else (read,)))


def claimed_inputs(
    segments: list[Segment], reads: Reads, record: ClaimRecord | None = None
) -> list[Claimed]:
    """One `Claimed` for each rule (or group of rules) in `reads`, in their order; read
    off `record` when the pass keeps one for the document."""
    if record is not None:
        return [record.claimed(read if isinstance(read, tuple) else (read,)) for read in reads]
    return [Claimed.by(segments, read if isinstance(read, tuple) else (read,)) for read in reads]


@dataclass(frozen=True, eq=False)
class Derive:
    """A pure function of a document's segments that reads other rules' results, declared
    with `derive(reads=…)`: it gets one `Claimed` per rule (or group) it reads after the
    segments, as a rule does. Rules declare it in `derives` like a plain function."""

    function: Callable[..., Any]
    reads: Reads | Callable[[], Reads] = ()
    """The rules it reads, or a function that returns them when one of them is declared
    below it: a rule that derives it, whose claims must count when a later rule
    computes it again (without a document's `Derived`)."""
    until_verdict: bool = False
    """It reads what the rules between its askers may change (the lines' labels): a
    document's `Derived` keeps its result only until the next verdict (`ClaimRecord.
    verdicts_given`), and a rule asking after one gets it computed again. For a value
    two rules ask in turn that a rule between them seldom changes (`trailing_run`)."""

    def __call__(self, segments: list[Segment], record: ClaimRecord | None = None) -> Any:
        reads = self.reads() if callable(self.reads) else self.reads
        return self.function(segments, *claimed_inputs(segments, reads, record))


def derive(
    reads: Reads | Callable[[], Reads], until_verdict: bool = False
) -> Callable[[Callable[..., Any]], Derive]:
    """Declare a derive that reads other rules' results (`Derive`)."""
    return lambda function: Derive(function, reads, until_verdict)


@dataclass(frozen=True)
class BlockRule:
    """Pass 1: judges one segment on its own."""

    check: BlockCheck
    label: Label
    reason: Reason | None
    requires_hints: bool = False
    """It reads only what the HTML says about a block: without hints it cannot claim."""
    requires_markdown: bool = False
    """It reads only what a Markdown dump's marks say (`Segment.marks`): on any other
    document it cannot claim."""
    requires_text_browser: bool = False
    """It reads only what a text browser printed around a line (`Segment.browser`): on
    any other document it cannot claim."""
    requires_config: ConfigData | None = None
    """What it reads in the Cleaner's config (data learnt from a site): when that is
    empty it cannot claim, and the Cleaner leaves it out."""
    text_dumps_only: bool = False
    """A guess from the text alone (a headline, a heading, a menu, a caption) that a
    page's markup answers better: not asked on a document read from markup."""
    markdown_answers: bool = False
    """A guess that a Markdown dump's marks answer (a heading): not asked on a dump
    read as Markdown."""
    triggers: tuple[re.Pattern[str], ...] | None = None
    """What lets the rule claim a line besides its phrases: it claims a line only when
    one of its phrases (in the PhraseBook) is in it or one of these patterns is found
    in it (`search`). Pass 1 settles a line that has neither for every rule at once
    (block_pass.py). None: not declared; the rule is asked about every line."""
    longest_words: int | None = None
    """The most words (`Segment.word_count`) a line it claims can have, read from the
    constant its check compares with: pass 1 does not search a longer line for its
    triggers, nor for its phrases but those that must be the whole line (`is_line`,
    which it always looks up). None: no bound its code makes sure of."""
    longest_chars: int | None = None
    """The same in characters (`len(segment.text)`)."""
    longest_words_for: Callable[[CleanerConfig], int | None] | None = None
    """`longest_words` where the bound is read from the Cleaner's config (a limit
    the check reads there, or a rule before it that takes the longer lines):
    pass 1 asks it once per Cleaner (`for_config`). None: `longest_words` holds."""
    any_length: tuple[re.Pattern[str], ...] = ()
    """Those of its `triggers` by which it claims a line of any length (a line with no
    letter, "* * *"; a comment count): its bounds hold for its other triggers and
    phrases, and pass 1 searches every line for these."""
    fewest_words: tuple[tuple[re.Pattern[str], int], ...] = ()
    """Those of its `triggers` by which it claims only a line of at least so many words
    (`Segment.word_count`), each with the count, read from the constant its check
    compares with: pass 1 does not take a shorter line for them (a caption's date that
    only a sentence of six words carries, not "March 2024" in a menu). Its other
    triggers and its phrases still count on such a line."""
    name: str = field(init=False, repr=False, compare=False)
    """The check's name (set once: pass 1 asks it of every rule on every line)."""
    verdict: Verdict = field(init=False, repr=False, compare=False)
    """The plain verdict: the declared label and reason, nothing found."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.check.__name__)
        object.__setattr__(self, "verdict", Verdict(self.label, self.reason, self.name))
        assert set(self.any_length) <= set(self.triggers or ()), self.name
        floored = {pattern for pattern, _ in self.fewest_words}
        assert floored <= set(self.triggers or ()) - set(self.any_length), self.name

    def for_config(self, config: CleanerConfig) -> BlockRule:
        """The rule with its bound read from `config` (`longest_words_for`); itself
        when it reads none."""
        if self.longest_words_for is None:
            return self
        return replace(self, longest_words=self.longest_words_for(config), longest_words_for=None)

    @property
    def screened(self) -> bool:
        """Whether the rule declares its `triggers`."""
        return self.triggers is not None

    def __call__(self, segment: Segment, context: PhraseBook) -> Verdict | None:
        """The verdict on `segment`, or None when the rule does not claim it."""
        return self.judge(self.check(segment, context))

    def judge(self, found: Found) -> Verdict | None:
        """A check's result as a full verdict (None: not claimed)."""
        if not found:
            return None
        if found is True:
            return self.verdict
        return _completed(self.verdict, found)

    def apply(self, segment: Segment) -> None:
        """Give `segment` this rule's plain verdict."""
        self.verdict.give(segment)


@dataclass(frozen=True)
class ContextRule:
    """Pass 2 and structure: looks at all segments and picks the ones it claims."""

    find: ContextFind
    label: Label
    reason: Reason | None
    stage: Stage
    """Where it runs, as its decorator (`revises` or `structures`) says."""
    reads: Reads = ()
    """Rules whose results this one reads; each (or each group) comes to `find` as a `Claimed`."""
    requires_hints: bool = False
    requires_markdown: bool = False
    """As `BlockRule.requires_markdown`."""
    requires_text_browser: bool = False
    """As `BlockRule.requires_text_browser`."""
    markdown_answers: bool = False
    """As `BlockRule.markdown_answers`."""
    requires_config: ConfigData | None = None
    text_dumps_only: bool = False
    derives: tuple[Derives, ...] = ()
    """Pure functions of the segments whose results come to `find` after the `Claimed`
    inputs. Given a document's `Derived`, the first rule that declares one computes
    it there and a later rule gets the same result: declare one only where the rules
    in between cannot change it (say why at the declaration)."""
    needs: Reads = ()
    """Entries of `reads` (a rule or a group, as declared there) without whose claims
    the rule claims nothing: its `find` returns at once when one of them is empty
    ("most dumps: no credit line"). The pipeline does not ask it about a document
    where, by the record it keeps, none of the rules of one of these entries claimed a
    line (`ClaimRecord.lacks`): the rule's own test, read off its declaration, with no
    call, inputs or derives for it. Declare only what the first lines of `find` return on."""
    article_dumps_only: bool = False
    """It claims lines of a text dump decided to be an article dump only (it declares
    `decided_article_dump` in `derives` and its `find` returns at once on any other
    document): the pipeline leaves it out of every other document, as it leaves the page
    rules out of an article dump (`Cleaner._enabled`)."""
    candidates: tuple[Label, ...] = ()
    """The labels of the only lines its walk starts from (a caption, the byline: lines
    other rules labelled), read off the constant its own walk compares a line's label
    with: the indexes of the lines that have one of them when the rule runs come to
    `find` last, in order, after the results of `derives`, and the rule looks from
    those, asking each its own tests. Where no line has one it claims nothing: it is
    not asked (no call, inputs or derives), and the pipeline leaves it out without a
    walk where no line was ever given one (`ClaimRecord.may_hold`: most dumps have no
    caption when the caption rules run, 802 of the 960 speed dumps)."""
    name: str = field(init=False, repr=False, compare=False)
    """The find function's name (set once, as the pass asks it for every rule)."""
    verdict: Verdict = field(init=False, repr=False, compare=False)
    read_names: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    """The names of the rules in each entry of `reads`: what the `Claimed` inputs are
    read off the `ClaimRecord` by, worked out once here and not on every document."""
    need_names: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    """The names of the rules in each entry of `needs` (`read_names`' form)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.find.__name__)
        object.__setattr__(self, "verdict", Verdict(self.label, self.reason, self.name))
        object.__setattr__(self, "read_names", tuple(map(_names_of, self.reads)))
        object.__setattr__(self, "need_names", tuple(map(_names_of, self.needs)))
        # (raised, not asserted: a wrong declaration would skip a rule that could claim,
        # and `python -O` drops asserts)
        if not set(self.need_names) <= set(self.read_names):
            raise ValueError(f"{self.name}: needs entries that are not among its reads")
        if self.article_dumps_only and decided_article_dump not in self.derives:
            raise ValueError(f"{self.name}: article_dumps_only without decided_article_dump")

    def __call__(self, segments: list[Segment], context: PhraseBook) -> list[Segment]:
        """The segments the rule claims."""
        return [segment for segment, _ in self.verdicts(segments, context)]

    def verdicts(
        self,
        segments: list[Segment],
        context: PhraseBook,
        derived: Derived | None = None,
        record: ClaimRecord | None = None,
    ) -> list[tuple[Segment, Verdict]]:
        """Each segment the rule claims, with its verdict; `derived` holds the results
        of `derives` functions that the document's earlier rules computed (None: none),
        `record` what each rule has claimed so far (None: read off the segments)."""
        places = None
        if self.candidates:
            places = labelled(segments, self.candidates)
            if not places:
                return []  # (its walk starts from those lines only: none, no claim)
        inputs: list[Any] = (
            [record.claimed_by(names) for names in self.read_names]
            if record is not None
            else claimed_inputs(segments, self.reads)
        )
        for derive in self.derives:
            if derived is None:
                inputs.append(_derived(derive, segments, record))
            elif isinstance(derive, Derive) and derive.until_verdict:
                inputs.append(_derived_until_verdict(derive, segments, derived, record))
            else:
                if derive not in derived:
                    derived[derive] = _derived(derive, segments, record)
                inputs.append(derived[derive])
        if places is not None:
            inputs.append(places)
        plain = self.verdict
        return [
            (item[0], _completed(plain, item[1])) if isinstance(item, tuple) else (item, plain)
            for item in self.find(segments, context, *inputs)
        ]

    def apply(self, segment: Segment) -> None:
        self.verdict.give(segment)


Rule = BlockRule | ContextRule


@dataclass(frozen=True)
class Finding:
    """What a document step found about the whole document; the pipeline applies it."""

    metadata: Mapping[str, str] = field(default_factory=dict)
    """Keys for `Document.metadata`, in order."""
    title_cut: str | None = None
    """The title without the site's name (`Document.title_cut`)."""
    restored: tuple[tuple[Segment, Label], ...] = ()
    """Segments put back, each with its label, and no longer removed by any rule."""
    message: str | None = None
    """The Article's message, which says what the step did."""

    def give(self, document: Document) -> None:
        """Apply the finding to `document` (the message goes on the Article)."""
        if self.title_cut is not None:
            document.title_cut = self.title_cut
        document.metadata.update(self.metadata)
        for segment, label in self.restored:
            segment.label, segment.reason, segment.rule = label, None, None


DocumentFind = Callable[[Document], "Finding | None"]


@dataclass(frozen=True)
class DocumentStep:
    """After the structure rules: one look at the whole document, which returns a Finding."""

    find: DocumentFind
    stage: Stage
    """Where it runs, as its decorator (`describes` or `reviews`) says."""
    switch: bool = True
    """Its name is a CleanerConfig switch. False: no switch, it always runs (a safety
    net that undoes the rules' verdicts, not a rule of its own)."""

    @property
    def name(self) -> str:
        return self.find.__name__

    def __call__(self, document: Document) -> Finding | None:
        """What the step found, or None; `document` is left as it was."""
        return self.find(document)


def labelled(segments: list[Segment], labels: tuple[Label, ...]) -> list[int]:
    """The indexes of the `segments` labelled one of `labels`, in order (a rule's
    `candidates`)."""
    if len(labels) == 1:
        label = labels[0]
        return [i for i, s in enumerate(segments) if s.label is label]
    return [i for i, s in enumerate(segments) if s.label in labels]


def _derived(derive: Derives, segments: list[Segment], record: ClaimRecord | None) -> Any:
    """The result of a `derives` function (a `Derive` reads its `Claimed` off `record`)."""
    if isinstance(derive, Derive):
        return derive(segments, record)
    return derive(segments)


def _derived_until_verdict(
    derive: Derive, segments: list[Segment], derived: Derived, record: ClaimRecord | None
) -> Any:
    """The result of an `until_verdict` derive: the one kept in `derived` when no verdict
    has been given since it was computed, else computed again (and kept, with the
    record's count of verdicts given then). Without a record, always computed."""
    if record is None:
        return _derived(derive, segments, record)
    given = record.verdicts_given
    kept = derived.get(derive)
    if kept is not None and kept[0] == given:
        return kept[1]
    result = _derived(derive, segments, record)
    derived[derive] = (given, result)
    return result


def _completed(plain: Verdict, found: Verdict) -> Verdict:
    """What a rule found, with the rule's declared outcome where the finding names none."""
    return Verdict(
        label=found.label or plain.label,
        reason=found.reason if found.label is not None else plain.reason,
        rule=plain.rule,
        credit=found.credit,
        caption_text=found.caption_text,
        dateline=found.dateline,
        tail_cut=found.tail_cut,
    )


def decided_article_dump(segments: list[Segment]) -> bool:
    """Whether the text dump was decided to be an article dump (`dump_kind` after pass 1,
    rules/dump_kind.py, or the config's `dump`), for the document rules that read the
    article apart from the page around it (`derives=`). The pipeline puts the decision
    in the document's `Derived` before those rules run; a rule run alone, without it,
    reads a page, as the rules did before the decision was handed to them."""
    return False


def removes(reason: Reason, **declared: Any) -> Callable[[BlockCheck], BlockRule]:
    """Declare a pass-1 rule that removes what it matches, for `reason`."""

    def declare(check: BlockCheck) -> BlockRule:
        return BlockRule(check, Label.REMOVED, reason, **declared)

    return declare


def moves_to(label: Label, **declared: Any) -> Callable[[BlockCheck], BlockRule]:
    """Declare a pass-1 rule that moves what it matches to another field."""

    def declare(check: BlockCheck) -> BlockRule:
        return BlockRule(check, label, None, **declared)

    return declare


def revises(outcome: Reason | Label, **declared: Any) -> Callable[[ContextFind], ContextRule]:
    """Declare a pass-2 rule: it removes what it finds (a Reason) or moves it (a Label)."""
    return _document_rule(outcome, Stage.CONTEXT, declared)


def structures(outcome: Reason | Label, **declared: Any) -> Callable[[ContextFind], ContextRule]:
    """Declare a structure rule: it removes what it finds (a Reason) or moves it (a Label)."""
    return _document_rule(outcome, Stage.STRUCTURE, declared)


def describes(**declared: Any) -> Callable[[DocumentFind], DocumentStep]:
    """Declare a document step that finds something about the document once its structure is known."""
    return lambda find: DocumentStep(find, Stage.DOCUMENT, **declared)


def reviews(**declared: Any) -> Callable[[DocumentFind], DocumentStep]:
    """Declare a document step that looks over every verdict last, before assembly."""
    return lambda find: DocumentStep(find, Stage.REVIEW, **declared)


def _document_rule(
    outcome: Reason | Label, stage: Stage, declared: dict[str, Any]
) -> Callable[[ContextFind], ContextRule]:
    def declare(find: ContextFind) -> ContextRule:
        if isinstance(outcome, Reason):
            return ContextRule(find, Label.REMOVED, outcome, stage, **declared)
        return ContextRule(find, outcome, None, stage, **declared)

    return declare
