"""What the numbers were measured on: machine, Python and package versions."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path

from .report import table

# Every package whose code runs in some benchmark, by distribution name.
PACKAGES = (
    "articleclean",
    "trafilatura",
    "readability-lxml",
    "jusText",
    "goose3",
    "newspaper4k",
    "html-text",
    "langdetect",
    "lxml",
    "beautifulsoup4",
    "charset-normalizer",
    "click",
    "numpy",
    "pyinstrument",
)


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def load_average() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "n/a"


def run() -> str:
    machine = table(
        ["", ""],
        [
            ("CPU", cpu_model()),
            ("cores (usable / total)", f"{usable_cores()} / {os.cpu_count()}"),
            ("load average at start (1/5/15 min)", load_average()),
            ("Python", f"{platform.python_implementation()} {sys.version.split()[0]}"),
            ("OS", platform.platform()),
        ],
    )
    versions = table(["package", "version"], [(name, package_version(name)) for name in PACKAGES])
    return machine + "\n\n" + versions
