"""Instructions of each part of `clean_text` per 100 ~4 KB dumps, under callgrind.

    python -m bench.text_parts [--src DIR] [--docs 100] [--warm 20] [--rules a,b,...]

`bench.text_cost` gives the text path's whole count; this one says where it goes. A
Python function has no name of its own in callgrind's profile (the interpreter's loop
runs them all), so the worker calls each part through a C function of CPython that
nothing on the text path calls (`sys.call_tracing`, `operator.call`, `functools.reduce`,
…): the C function's inclusive count (`callgrind_annotate --inclusive=yes`) is the
part's, each call's own cost adding a few thousand instructions at most. Parts nest
(a rule inside the document rules): each is counted whole.

The parts: reading (`read_text`), pass 1 (`BlockPass.run`), the document rules
(`Cleaner._give`, both of its stages, every rule with the derives it computes first),
assembly (`assemble`) and language detection inside it, and the document rules named by
`--rules` (at most `_MOST_RULES`; the five largest of round 65 by default). A derive is
counted in the first rule that asks it. The worker cleans `--warm` dumps first, then
counts `--docs`, as `bench.text_cost`'s difference does (imports and the warm-up are in
the run's total but in no part). One run takes ~4 CPU minutes; run it on a quiet
machine, and one at a time.
"""

from __future__ import annotations

import argparse
import contextvars
import functools
import itertools
import operator
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .callgrind import worker_profile

_ROOT = Path(__file__).resolve().parent.parent

Call = Callable[[], Any]


def _through_call_tracing(call: Call) -> Any:
    return sys.call_tracing(call, ())


def _through_operator_call(call: Call) -> Any:
    return operator.call(call)


def _through_reduce(call: Call) -> Any:
    return functools.reduce(lambda _first, _second: call(), (None, None))


def _through_starmap(call: Call) -> Any:
    return next(itertools.starmap(call, ((),)))


def _through_dropwhile(call: Call) -> Any:
    kept: list[Any] = []
    next(itertools.dropwhile(lambda _item: kept.append(call()), (None,)))
    return kept[0]


def _through_partial(call: Call) -> Any:
    return functools.partial(call)()


_CONTEXT = contextvars.copy_context()


def _through_context(call: Call) -> Any:
    return _CONTEXT.run(call)


def _through_methodcaller(call: Call) -> Any:
    return operator.methodcaller("__call__")(call)


def _through_accumulate(call: Call) -> Any:
    kept: list[Any] = []
    list(itertools.accumulate((None, None), lambda _total, _item: kept.append(call())))
    return kept[0]


def _through_staticmethod(call: Call) -> Any:
    return staticmethod(call)()


_TRAMPOLINES: tuple[tuple[Callable[[Call], Any], str], ...] = (
    (_through_call_tracing, "sys_call_tracing"),
    (_through_operator_call, "_operator_call"),
    (_through_reduce, "functools_reduce"),
    (_through_starmap, "starmap_next"),
    (_through_dropwhile, "dropwhile_next"),
    (_through_partial, "partial_vectorcall"),
    (_through_context, "context_run"),
    (_through_methodcaller, "methodcaller_call"),
    (_through_accumulate, "accumulate_next"),
    (_through_staticmethod, "sm_call"),
)
"""Each way of calling a part and the C function callgrind names for it (CPython 3.11),
each one the text path does not call by itself (a profile of the path without them lists
none of these functions; `iter(function, sentinel)`'s `calliter_iternext` it does: ~11 M)."""

_STAGES = ("reading", "pass 1", "document rules", "assembly", "language detection")
DEFAULT_RULES = ("outside_article", "page_byline", "byline_line", "teaser_box", "page_title")
_MOST_RULES = len(_TRAMPOLINES) - len(_STAGES)


def _wrapped(function: Callable[..., Any], through: Callable[[Call], Any]) -> Callable[..., Any]:
    return lambda *args, **kwargs: through(lambda: function(*args, **kwargs))


def work(warm: int, docs: int, rules: tuple[str, ...], dumps: Path | None = None) -> None:
    """The process callgrind counts: `warm` dumps cleaned, then `docs` through the parts.
    The dumps are the speed section's ~4 KB ones, or the `.txt` files of `dumps` (the
    tests' own, where the webeval corpus and the bench extra are not installed)."""
    import articleclean
    from articleclean import assemble, block_pass, pipeline
    from articleclean.rules import base

    from .speed import four_kb_docs

    if dumps is None:
        texts = four_kb_docs()[: warm + docs]
    else:
        files = sorted(dumps.glob("*.txt"))[: warm + docs]
        texts = [path.read_text(encoding="utf-8") for path in files]
    cleaner = articleclean.Cleaner()
    for text in texts[:warm]:
        cleaner.clean_text(text)
    ways = iter(through for through, _ in _TRAMPOLINES)
    pipeline.read_text = _wrapped(pipeline.read_text, next(ways))
    block_pass.BlockPass.run = _wrapped(block_pass.BlockPass.run, next(ways))
    pipeline.Cleaner._give = _wrapped(pipeline.Cleaner._give, next(ways))
    pipeline.assemble = _wrapped(pipeline.assemble, next(ways))
    assemble.detect_language = _wrapped(assemble.detect_language, next(ways))
    by_rule = dict(zip(rules, ways, strict=False))
    verdicts = base.ContextRule.verdicts

    def counted_verdicts(rule: base.ContextRule, *args: Any) -> Any:
        through = by_rule.get(rule.name)
        if through is None:
            return verdicts(rule, *args)
        return through(lambda: verdicts(rule, *args))

    base.ContextRule.verdicts = counted_verdicts  # type: ignore[method-assign]
    for text in texts[warm:]:
        cleaner.clean_text(text)


def parts(src: Path, warm: int, docs: int, rules: tuple[str, ...]) -> list[tuple[str, int]]:
    """(part, inclusive instructions) for the stages and `rules`, in that order."""
    worker = [str(warm), str(docs), "--rules", ",".join(rules)]
    annotated = worker_profile("text_parts", worker, src, "text_parts")
    names = [*_STAGES, *rules]
    return [
        (name, _inclusive(annotated, c_name))
        for name, (_, c_name) in zip(names, _TRAMPOLINES, strict=False)
    ]


def _inclusive(annotated: str, c_name: str) -> int:
    """The largest inclusive count `callgrind_annotate` prints for the C function (it
    prints one line for each file it is spread over; the outermost is the largest)."""
    line = re.compile(rf"^\s*([\d,]+) \([^)]*\)\s+(?:\S*:)?{re.escape(c_name)}(?:\s|$)", re.M)
    counts = [int(found.group(1).replace(",", "")) for found in line.finditer(annotated)]
    if not counts:
        # Every part runs, so its trampoline is in the profile unless this Python names
        # the C function otherwise: say so rather than print a part that cost nothing.
        raise RuntimeError(f"{c_name} is not in callgrind's profile (another Python?)")
    return max(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=_ROOT / "src", help="articleclean's src dir")
    parser.add_argument("--docs", type=int, default=100, help="dumps counted")
    parser.add_argument("--warm", type=int, default=20, help="dumps cleaned first")
    parser.add_argument("--rules", default=",".join(DEFAULT_RULES), help="document rules")
    parser.add_argument("--worker", type=int, nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--dumps", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    rules = tuple(name for name in args.rules.split(",") if name)
    if len(rules) > _MOST_RULES:
        parser.error(f"at most {_MOST_RULES} rules a run")
    if args.worker is not None:
        work(*args.worker, rules, args.dumps)
        return 0
    try:
        counted = parts(args.src.resolve(), args.warm, args.docs, rules)
    except (FileNotFoundError, RuntimeError) as problem:
        print(problem, file=sys.stderr)
        return 1
    print(f"src {args.src}; dumps {args.warm + 1}–{args.warm + args.docs}")
    print("| part | instructions (M) |\n| --- | --- |")
    for name, count in counted:
        print(f"| {name} | {count / 1e6:,.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
