"""bench/text_parts.py: each part of the text path called through a C function of its own,
and its count read off callgrind_annotate's inclusive listing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bench import text_parts

_ROOT = Path(text_parts.__file__).resolve().parent.parent

_ANNOTATED = """\
--------------------------------------------------------------------------------
Ir                      file:function
--------------------------------------------------------------------------------
14,908,981,973 (100.0%)  PROGRAM TOTALS
   147,736,381 ( 0.99%)  /tmp/py/Python/clinic/sysmodule.c.h:sys_call_tracing [/lib/libpython3.11.so]
   147,735,601 ( 0.99%)  /tmp/py/Python/sysmodule.c:sys_call_tracing
    51,226,553 ( 0.34%)  /tmp/py/Modules/itertoolsmodule.c:starmap_next [/lib/libpython3.11.so]
        32,712 ( 0.00%)  /tmp/py/Modules/itertoolsmodule.c:itertools_starmap [/lib/libpython3.11.so]
        18,418 ( 0.00%)  /tmp/py/Modules/itertoolsmodule.c:starmap_dealloc [/lib/libpython3.11.so]
    37,774,192 ( 0.25%)  /tmp/py/Objects/iterobject.c:calliter_iternext [/lib/libpython3.11.so]
        105,474 ( 0.00%)  /tmp/py/Objects/iterobject.c:calliter_dealloc [/lib/libpython3.11.so]
"""


def test_a_part_is_the_largest_line_of_its_own_function() -> None:
    assert text_parts._inclusive(_ANNOTATED, "sys_call_tracing") == 147_736_381
    assert text_parts._inclusive(_ANNOTATED, "starmap_next") == 51_226_553
    assert text_parts._inclusive(_ANNOTATED, "calliter_iternext") == 37_774_192


@pytest.mark.parametrize("c_name", ["starmap", "context_run"])
def test_a_part_missing_from_the_profile_is_an_error_not_a_zero(c_name: str) -> None:
    # (a name another function's name holds, or one not in the listing: a Python that
    # names its C functions otherwise would print a part that cost nothing)
    with pytest.raises(RuntimeError, match=c_name):
        text_parts._inclusive(_ANNOTATED, c_name)


@pytest.mark.parametrize("through", [through for through, _ in text_parts._TRAMPOLINES])
def test_each_way_calls_the_part_once_and_gives_its_value(through: object) -> None:
    calls: list[int] = []

    def part() -> tuple[str, int]:
        calls.append(1)
        return ("value", len(calls))

    assert through(part) == ("value", 1)  # type: ignore[operator]
    assert calls == [1]


def test_every_part_has_a_c_function_of_its_own() -> None:
    names = [name for _, name in text_parts._TRAMPOLINES]
    assert len(set(names)) == len(names)
    assert len(text_parts.DEFAULT_RULES) <= text_parts._MOST_RULES


def test_more_rules_than_ways_are_refused() -> None:
    too_many = ",".join(f"rule{number}" for number in range(text_parts._MOST_RULES + 1))
    with pytest.raises(SystemExit) as refused:
        text_parts.main(["--rules", too_many])
    assert refused.value.code == 2


def test_the_worker_cleans_through_every_part() -> None:
    # (in a process of its own: the worker replaces the pipeline's functions for good)
    env = dict(os.environ, PYTHONPATH=f"{_ROOT / 'src'}{os.pathsep}{_ROOT}")
    # (the tests' own dumps: the speed section's need the webeval corpus and html-text)
    dumps = _ROOT / "tests" / "fixtures" / "text"
    worker = [sys.executable, "-m", "bench.text_parts", "--worker", "1", "2", "--dumps", str(dumps)]
    done = subprocess.run(worker, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
