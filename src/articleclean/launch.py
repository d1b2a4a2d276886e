"""The `articleclean` command's entry point, apart from the command itself.

Loading the command's modules (the rules, their phrase data, click) takes about half a
second, before any file is read or written. A Ctrl-C in that time would print a traceback
from deep inside an import; here it ends the way a Ctrl-C later does: a line on standard
error and exit status 130. This module and the package's `__init__` import nothing heavy,
so the window left before the `try` is a few milliseconds.
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    try:
        from .cli import main as command
    except KeyboardInterrupt:
        sys.stderr.write("articleclean: interrupted while starting; nothing was read or written\n")
        sys.exit(EXIT_INTERRUPTED)
    command(prog_name="articleclean")
