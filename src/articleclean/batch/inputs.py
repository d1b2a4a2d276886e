"""Inputs → Jobs, lazily: files, directories, JSON Lines and standard input, gzipped or not.

Nothing here holds more than one record at a time, so a 2 GB JSONL file
streams. Problems with one input (a record that is not JSON, a truncated
gzip, a line over the size limit) become failed Jobs; the batch goes on.
"""

from __future__ import annotations

import codecs
import fnmatch
import gzip
import hashlib
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, Any, cast
from urllib.parse import urlsplit

from ..readers.decode import head_text
from .jobs import Job, Kind
from .warc_inputs import CrawlTally, crawl_jobs, is_crawl_file

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
CRAWL_SUFFIXES = frozenset({".warc", ".wet"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CRAWL_SUFFIXES
STDIN = "-"

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class InputOptions:
    globs: tuple[str, ...] = ()
    """Patterns files in directories must match (on the name, or the relative path if
    the pattern has a '/'); by default every file with a known suffix."""
    text_field: str = "text"
    html_field: str | None = None
    id_field: str = "id"
    url_field: str = "url"
    stdin_format: str = "auto"
    max_bytes: int = 32 * 1024 * 1024
    exclude: str | None = None
    """A path not to read inside directories: the output, so a rerun does not eat it."""
    crawl: CrawlTally | None = None
    """Where WARC/WET reading counts the records it skips and the bytes it has read."""


def base_suffix(name: str) -> str:
    """The suffix that says what a file holds, under a `.gz` if there is one."""
    last = _last_part(name.lower())
    suffix = _suffix(last)
    if suffix == ".gz":
        suffix = _suffix(last[: -len(suffix)])
    return suffix


# The three below read a path as PurePosixPath does, with string operations: the parent
# reads every file's path through them (each PurePosixPath costs several microseconds, and
# a batch folder holds thousands of files).


def _suffix(name: str) -> str:
    """PurePosixPath(name).suffix of a path's last part."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _last_part(path: str) -> str:
    """PurePosixPath(path).name."""
    for part in reversed(path.split("/")):
        if part and part != ".":
            return part
    return ""


def _parent(path: str) -> str:
    """str(PurePosixPath(path).parent) of a normalised path (no "." part, no repeated or
    trailing slash but a root of two)."""
    cut = path.rfind("/")
    if cut < 0:
        return "."
    head = path[:cut]
    return head if head.strip("/") else path[: cut + 1]


def kind_of(name: str) -> Kind | None:
    suffix = base_suffix(name)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in JSONL_SUFFIXES:
        return None
    return "auto"


def open_binary(path: str) -> IO[bytes]:
    """A file for reading bytes, decompressed on the fly when it ends in `.gz`."""
    if path.lower().endswith(".gz"):
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return open(path, "rb")


def iter_jobs(inputs: tuple[str, ...], options: InputOptions) -> Iterator[Job]:
    """Every document in `inputs`, in a stable order (directories sorted)."""
    base = _layout_base(inputs)
    for spec in inputs:
        if spec == STDIN:
            yield from _stdin_jobs(options)
        elif os.path.isdir(spec):
            inside = _inside(spec)
            folders: dict[str, str] = {}
            unreadable: list[OSError] = []
            for path in _walk(spec, options.globs, options.exclude, unreadable.append):
                yield from _folder_failures(unreadable, spec, base)
                out_rel = _mirror(path, spec, base, inside, folders)
                yield from _walked_file_jobs(path, out_rel, options)
            yield from _folder_failures(unreadable, spec, base)
        else:
            yield from _file_jobs(spec, _source_id(spec), _mirror(spec, spec, base), options)


def describe_empty(spec: str, options: InputOptions) -> str | None:
    """Why a folder given as input yields nothing (None if it yields something, or is
    not a folder): no files at all, or none that match."""
    if spec == STDIN or not os.path.isdir(spec):
        return None
    if next(_walk(spec, options.globs, options.exclude), None) is not None:
        return None
    if options.globs:
        return "no file matches --glob " + " ".join(repr(g) for g in options.globs)
    suffixes = " ".join(sorted(KNOWN_SUFFIXES))
    return f"no {suffixes} files (gzipped or not) in it; choose others with --glob"


def count_documents(
    inputs: tuple[str, ...], options: InputOptions, stopped: Callable[[], bool] | None = None
) -> int | None:
    """How many documents there will be, when that is cheap to know (for the progress bar).

    Compressed JSONL and standard input are not counted: None. `stopped` is asked
    between files and reads (a signal recorded: the batch will not run): then None.
    """
    total = 0
    for spec in inputs:
        if spec == STDIN:
            return None
        paths = _walk(spec, options.globs, options.exclude) if os.path.isdir(spec) else iter([spec])
        for path in paths:
            if stopped is not None and stopped():
                return None
            if is_crawl_file(path):
                return None
            if kind_of(path) is not None:
                total += 1
            elif path.lower().endswith(".gz") or not os.path.isfile(path):
                return None  # counting a FIFO's lines would read them away
            else:
                lines = _count_lines(path, stopped)
                if lines is None:
                    return None
                total += lines
    return total


def _count_lines(path: str, stopped: Callable[[], bool] | None = None) -> int | None:
    count = 0
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                if stopped is not None and stopped():
                    return None
                count += chunk.count(b"\n")
    except OSError:
        return 1
    return count


def _walk(
    root: str,
    globs: tuple[str, ...],
    exclude: str | None = None,
    unreadable: Callable[[OSError], None] | None = None,
) -> Iterator[str]:
    """The wanted files under `root`, sorted; a folder that cannot be listed goes to
    `unreadable` (os.walk would pass over it in silence)."""
    skip = os.path.realpath(exclude) if exclude else None
    for folder, dirs, files in os.walk(root, onerror=unreadable):
        real = None
        if skip is not None:
            dirs[:] = [d for d in dirs if os.path.realpath(os.path.join(folder, d)) != skip]
            real = os.path.realpath(folder)
        dirs.sort()
        # One relpath per folder, not per file: a batch folder holds thousands.
        inside = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if inside == "." else inside + "/"
        for name in sorted(files):
            path = os.path.join(folder, name)
            if real is not None and _is_real_path(os.path.join(real, name), skip):
                continue
            if _wanted(name, prefix + name, globs):
                yield path


def _is_real_path(path: str, target: str | None) -> bool:
    """Whether `path`, in a folder named by its real path, is the file `target` (a real
    path) names: the file's own name is the only part left to resolve, and only a
    symlink needs it."""
    if path == target:
        return True
    return os.path.islink(path) and os.path.realpath(path) == target


def _folder_failures(unreadable: list[OSError], spec: str, base: str | None) -> Iterator[Job]:
    """An error record for each folder the walk could not list: its documents are missing."""
    while unreadable:
        exc = unreadable.pop(0)
        folder = str(exc.filename or spec)
        source = _source_id(folder)
        message = f"cannot read this folder, its files were not cleaned: {_describe(exc)}"
        yield Job(source, "auto", _mirror(folder, spec, base), source, failure=("error", message))


def _walked_file_jobs(path: str, out_rel: str, options: InputOptions) -> Iterator[Job]:
    """A file found in a folder. A FIFO or a device there is not read: its reader
    would wait for a writer that may never come (a FIFO named as an input is read,
    as `<(zcat x.jsonl)` is)."""
    source = _source_id(path)
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        regular = True  # a dangling or looping link: reading it says what is wrong
    if not regular:
        message = "not a regular file (a FIFO, socket or device): not read inside a folder"
        yield Job(source, "auto", out_rel, _site_of_file(source), failure=("error", message))
        return
    yield from _file_jobs(path, source, out_rel, options)


def _wanted(name: str, relative: str, globs: tuple[str, ...]) -> bool:
    if not globs:
        return base_suffix(name) in KNOWN_SUFFIXES
    return any(fnmatch.fnmatch(relative if "/" in g else name, g) for g in globs)


def _source_id(path: str) -> str:
    """The path relative to the working directory if it lies below it, else absolute."""
    absolute = os.path.abspath(path)
    here = os.getcwd()
    if absolute == here:
        return "."
    below = here.rstrip(os.sep) + os.sep
    if absolute.startswith(below):  # what relpath says, without its per-call splitting
        return utf8_safe(absolute[len(below) :].replace(os.sep, "/"))
    return utf8_safe(absolute.replace(os.sep, "/"))


def utf8_safe(text: str) -> str:
    """`text` as it can be written in UTF-8. A file name's bytes that are not UTF-8 come
    from os as lone surrogates, and a JSON string may escape one ("\\udcff"); written
    out, either stopped the whole batch at the record that carried it. A name's bad
    bytes are shown escaped ("bad\\xff.txt"), other surrogates too ("\\ud800")."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def url_host(url: str) -> str | None:
    """The host of a record's URL, None when there is none or the URL cannot be read
    ("http://[::1" raised ValueError out of the reader and stopped the whole batch)."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _inside(spec: str) -> bool:
    """Whether an input was named by a relative path that stays below the working
    directory (then `-o DIR/` mirrors the path as typed)."""
    if os.path.isabs(spec):
        return False
    parts = PurePosixPath(os.path.normpath(spec).replace(os.sep, "/")).parts
    return not parts or parts[0] != ".."


def _layout_base(inputs: tuple[str, ...]) -> str | None:
    """The deepest folder holding every input named by an absolute path (or one outside
    the working directory); their files go under `-o DIR/` relative to it, so the layout
    depends on the inputs alone, never on where the command runs."""
    parents = [
        os.path.dirname(os.path.abspath(spec.rstrip("/" + os.sep) or spec))
        for spec in inputs
        if spec != STDIN and not _inside(spec)
    ]
    if not parents:
        return None
    try:
        return os.path.commonpath(parents)
    except ValueError:  # different drives
        return None


def _mirror(
    path: str,
    spec: str,
    base: str | None,
    inside: bool | None = None,
    folders: dict[str, str] | None = None,
) -> str:
    """Where a file's output goes under `-o DIR/`, without suffixes: for an input named
    by a relative path, that path (and the file's path inside it, for a folder); for
    one named by an absolute path, its path below the inputs' common folder.
    `inside`: `_inside(spec)`, when the caller knows it; `folders`: each folder's path
    below `base`, kept by the caller for the files of one walk (one relpath a folder)."""
    if inside if inside is not None else _inside(spec):
        source = os.path.normpath(path)
    elif base is not None:
        if folders is None:
            source = os.path.relpath(os.path.abspath(path), base)
        else:
            folder, name = os.path.split(path)
            below = folders.get(folder)
            if below is None:
                below = folders[folder] = os.path.relpath(os.path.abspath(folder), base)
            source = name if below == os.curdir else os.path.join(below, name)
    else:
        source = os.path.basename(path)
    # normpath and relpath give a normalised path: PurePosixPath would leave it as it is.
    stem = source.replace(os.sep, "/")
    name = _last_part(stem)
    suffix = _suffix(name).lower()
    if suffix == ".gz":
        stem, name = stem[: -len(suffix)], name[: -len(suffix)]
        suffix = _suffix(name).lower()
    if suffix in KNOWN_SUFFIXES:
        stem = stem[: -len(suffix)]
    return stem


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def output_over_inputs(
    inputs: tuple[str, ...],
    output: str,
    kind: str,
    suffix: str = "",
    globs: tuple[str, ...] = (),
) -> str | None:
    """Why writing `output` would replace or mix into the run's own inputs (None if it
    would not): `-o FILE` that is an input file; `-o DIR/` whose mirrored layout puts a
    file on an input file (`clean notes.txt -o ./ --format txt`) or lays the files
    inside an input folder, where this run or the next reads them again (`clean p/ -o
    p/`; a folder inside an input folder is skipped by the walk, so it is apart).
    `suffix` is the output files' (`.json`); `globs` the walk's (`--glob`): `-o FILE`
    that is a file the walk takes in an input folder is an input too."""
    specs = [spec for spec in inputs if spec != STDIN and os.path.exists(spec)]
    files = {os.path.realpath(spec) for spec in specs if not os.path.isdir(spec)}
    if kind == "file":
        target = os.path.realpath(output)
        if target in files or _walked_file(target, specs, globs):
            return f"-o {output} is also an input: the output would replace it"
        return None
    root = os.path.realpath(output)
    base = _layout_base(inputs)
    for spec in specs:
        place = os.path.realpath(os.path.join(output, _mirror(spec, spec, base)))
        if not os.path.isdir(spec):
            if place + suffix in files:
                return f"-o {output} would write {place + suffix} over an input"
            continue
        folder = os.path.realpath(spec)
        if _under(place, folder) and not (root != folder and _under(root, folder)):
            return f"-o {output} would put its files inside the input folder {spec}"
    return None


def _walked_file(target: str, specs: list[str], globs: tuple[str, ...]) -> bool:
    """Whether `target` (a real path) is a file the walk takes in one of the input
    folders `specs`: `clean site/ -o site/d.jsonl` read every page but d.jsonl (the
    walk passes over the output) and then wrote its records over d.jsonl. A file an
    earlier run wrote there is not an input (a rerun into it is allowed)."""
    if not os.path.isfile(target) or _own_output(target):
        return False
    return _walking_folder(target, specs, globs) is not None


def _walking_folder(target: str, specs: list[str], globs: tuple[str, ...]) -> str | None:
    """The first of the input `specs` that is a folder whose walk takes `target` (a real
    path) by its place and name (`--glob`), or None."""
    for spec in specs:
        folder = os.path.realpath(spec)
        if os.path.isdir(spec) and _under(target, folder):
            relative = os.path.relpath(target, folder).replace(os.sep, "/")
            if _wanted(os.path.basename(target), relative, globs):
                return spec
    return None


def folder_reading(inputs: tuple[str, ...], output: str, globs: tuple[str, ...] = ()) -> str | None:
    """The input folder whose walk would take the file `output` (None if none): this
    run passes over it, but a run over the folder without `-o` naming it reads the
    records back as JSON Lines input."""
    specs = [spec for spec in inputs if spec != STDIN]
    return _walking_folder(os.path.realpath(output), specs, globs)


def _own_output(path: str) -> bool:
    """Whether `path` starts like a file articleclean writes: records of schema
    `articleclean/1` or a model of `articleclean-boilerplate/1`."""
    try:
        with open_binary(path) as handle:
            head = handle.read(4096)
    except (OSError, EOFError, zlib.error):
        return False
    return b'"schema": "articleclean' in head


def _site_of_file(source_id: str) -> str:
    return _parent(source_id)


def safe_name(record_id: str) -> str:
    """A file name for a record id; changed ids get a short hash so they stay distinct."""
    name = _UNSAFE.sub("_", record_id).strip("._")[:120]
    if name != record_id or not name:
        digest = hashlib.sha1(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        name = f"{name}-{digest}" if name else digest
    return name


def _file_jobs(path: str, source: str, out_rel: str, options: InputOptions) -> Iterator[Job]:
    if is_crawl_file(path):
        yield from crawl_jobs(path, source, out_rel, options.max_bytes, options.crawl)
        return
    kind = kind_of(path)
    site = _site_of_file(source)
    if kind is None:
        yield from _jsonl_file_jobs(path, source, out_rel, options)
        return
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        yield Job(source, kind, out_rel, site, failure=("error", _describe(exc)))
        return
    # Only an uncompressed file can be refused unread; a .gz one is checked as it is read.
    if size > options.max_bytes and not path.lower().endswith(".gz"):
        message = f"input is {size} bytes; the limit (--max-bytes) is {options.max_bytes}"
        yield Job(source, kind, out_rel, site, failure=("too_large", message))
        return
    yield Job(source, kind, out_rel, site, path=path)


def _jsonl_file_jobs(path: str, source: str, out_rel: str, options: InputOptions) -> Iterator[Job]:
    try:
        handle = open_binary(path)
    except OSError as exc:
        yield Job(source, "auto", out_rel, _site_of_file(source), failure=("error", _describe(exc)))
        return
    with handle:
        yield from _jsonl_jobs(handle, source, out_rel, options)


def _jsonl_jobs(
    handle: IO[bytes], source: str, out_rel: str, options: InputOptions
) -> Iterator[Job]:
    handle = _utf8_lines(handle)
    number = 0
    site = source  # records without a URL: the file they came in is their site
    while True:
        number += 1
        try:
            line = handle.readline(options.max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            # A truncated or corrupt gzip: what was read so far stands; the rest is lost.
            # (A valid gzip header over a broken deflate stream raises zlib.error.)
            message = f"reading stopped at line {number}: {_describe(exc)}"
            yield _line_failure(source, number, out_rel, site, "error", message)
            return
        if not line:
            return
        if len(line) > options.max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(handle)
            message = f"record is over {options.max_bytes} bytes (--max-bytes)"
            yield _line_failure(source, number, out_rel, site, "too_large", message)
            continue
        if not line.strip():
            continue
        yield _record_job(line, number, source, out_rel, site, options)


_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf8_lines(handle: IO[bytes]) -> IO[bytes]:
    """`handle`, or its lines in UTF-8 when it opens with a UTF-16 or UTF-32 BOM.

    Windows PowerShell's `>` writes UTF-16 with a BOM. Split at each 0x0A byte, such a
    file gave a NUL before every line after the first, which json took for UTF-16
    without a BOM and read by luck, while the first line (with the BOM) and a last
    "line" of one NUL were error records. (A UTF-8 BOM json reads itself.)"""
    try:
        head = handle.peek(4)[:4] if hasattr(handle, "peek") else b""
    except (OSError, EOFError, zlib.error):
        return handle  # (the reading loop says what is wrong)
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            return cast(IO[bytes], _Utf8Lines(handle, encoding))
    return handle


class _Utf8Lines:
    """A stream in another encoding read line by line as UTF-8 bytes (`readline` only,
    all the JSON Lines reader asks; its limit counts characters here, not bytes)."""

    def __init__(self, handle: IO[bytes], encoding: str) -> None:
        # newline="": lines end as they end, nothing translated (as bytes are read).
        self._text: io.TextIOWrapper | None = io.TextIOWrapper(
            cast(Any, handle), encoding=encoding, errors="replace", newline=""
        )

    def readline(self, limit: int = -1) -> bytes:
        if self._text is None:
            return b""
        line = self._text.readline(limit)
        if not line:
            self._text.detach()  # the file stays open for its owner to close
            self._text = None
        return line.encode("utf-8")


def _line_failure(
    source: str, number: int, out_rel: str, site: str, status: str, message: str
) -> Job:
    return Job(
        f"{source}:{number}", "auto", f"{out_rel}/line-{number}", site, failure=(status, message)
    )


def _skip_rest_of_line(handle: IO[bytes]) -> None:
    while True:
        chunk = handle.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _record_job(
    line: bytes, number: int, source: str, out_rel: str, site: str, options: InputOptions
) -> Job:
    fallback_id = f"{source}:{number}"
    try:
        record = json.loads(line)
    except ValueError as exc:
        # json's own message counts lines and columns within this line alone, which
        # read beside the file's line number as a second, wrong place.
        where = f" (at character {exc.pos + 1})" if isinstance(exc, json.JSONDecodeError) else ""
        message = f"line {number} is not JSON{where}: {getattr(exc, 'msg', exc)}"
        return _line_failure(source, number, out_rel, site, "error", message)
    except RecursionError:  # json's decoder recurses once per level of nesting
        message = f"line {number} is JSON nested too deep to read"
        return _line_failure(source, number, out_rel, site, "error", message)
    if not isinstance(record, dict):
        message = f"line {number} is JSON but not an object"
        return _line_failure(source, number, out_rel, site, "error", message)
    raw_id = record.get(options.id_field)
    record_id = fallback_id if raw_id is None else utf8_safe(str(raw_id))
    rel = (
        f"{out_rel}/{safe_name(str(raw_id))}" if raw_id is not None else f"{out_rel}/line-{number}"
    )
    url = record.get(options.url_field)
    url = utf8_safe(url) if isinstance(url, str) and url else None
    if url:
        site = url_host(url) or site
    html = record.get(options.html_field) if options.html_field else None
    if isinstance(html, str):
        return Job(record_id, "html", rel, site, payload=html, url=url)
    text = record.get(options.text_field)
    if isinstance(text, str):
        return Job(record_id, "text", rel, site, payload=text, url=url)
    return Job(
        record_id, "auto", rel, site, url=url, failure=("error", _missing_field(record, options))
    )


_FIELDS_NAMED = 6
_JSON_KINDS = {
    type(None): "null",
    bool: "true or false",
    int: "a number",
    float: "a number",
    list: "a list",
    dict: "an object",
}


def _missing_field(record: dict[str, Any], options: InputOptions) -> str:
    """Why a record holds no document, and what to do: the fields it has and the
    options that name them (a first run on a new export meets this on every line)."""
    fields = " or ".join(repr(f) for f in (options.html_field, options.text_field) if f)
    schema = record.get("schema")
    if isinstance(schema, str) and schema.startswith("articleclean/"):
        # A run's own output read back as input (an -o FILE left in an input folder).
        return (
            f"record has no string field {fields}: it is articleclean's own output "
            f"(schema {schema!r}), not a document to clean"
        )
    present = [f for f in (options.html_field, options.text_field) if f and f in record]
    if present:
        value = record[present[0]]
        held = _JSON_KINDS.get(type(value), type(value).__name__)
        return f"record's field {present[0]!r} holds {held}, not a string"
    named = [repr(k) for k, v in record.items() if isinstance(v, str) and k != options.id_field]
    if not named:
        return f"record has no string field {fields} (nor any other string field)"
    shown = ", ".join(named[:_FIELDS_NAMED]) + (", …" if len(named) > _FIELDS_NAMED else "")
    return (
        f"record has no string field {fields} (its string fields: {shown}); "
        "name the dump's field with --text-field, a page's with --html-field"
    )


def _stdin_jobs(options: InputOptions) -> Iterator[Job]:
    stream = sys.stdin.buffer
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    fmt = options.stdin_format
    if fmt == "auto":
        # (read by its BOM, if any: a BOM before the first "{" is no text)
        head = head_text(buffered.peek(4096)[:4096]).lstrip()
        fmt = "jsonl" if head.startswith("{") else "auto"
    if fmt == "jsonl":
        yield from _jsonl_jobs(buffered, STDIN, "stdin", options)
        return
    kind: Kind = "html" if fmt == "html" else "text" if fmt == "text" else "auto"
    data = buffered.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        message = f"standard input is over {options.max_bytes} bytes (--max-bytes)"
        yield Job(STDIN, kind, "stdin", STDIN, failure=("too_large", message))
        return
    yield Job(STDIN, kind, "stdin", STDIN, payload=data)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
