"""The `articleclean` command: `clean` (batch), `explain` (one file, line by line), `learn`.

Exit status: 0 when every document came out (`empty` and `too_large`
included), 1 when some failed (`error`, `timeout`) or the output could not
be written, 2 for usage errors (inputs that match nothing included), 128 +
the signal when interrupted (130 for Ctrl-C, 143 SIGTERM, 129 SIGHUP), 141
when the reader of standard output went away (`| head`), quietly.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any

import click

from . import __version__
from .article import Article
from .batch import stamp as config_stamp
from .batch.explain import explain_lines, render_lines, render_pieces, render_totals
from .batch.handlers import FORMATS, CleanHandler, KeysHandler, load
from .batch.inputs import (
    STDIN,
    InputOptions,
    count_documents,
    describe_empty,
    folder_reading,
    iter_jobs,
    kind_of,
    output_over_inputs,
    utf8_safe,
)
from .batch.jobs import Job, Outcome
from .batch.learn import Learner, LearnSettings
from .batch.outputs import SUFFIX, FileSink, open_sink, output_kind
from .batch.runner import default_jobs
from .batch.session import Interrupts, RunOptions, clean_batch, learn_batch
from .batch.summary import Summary
from .batch.warc_inputs import ByteProgress, CrawlTally, crawl_total, is_crawl_file
from .boilerplate_model import BoilerplateModel
from .config import DEFAULT_MAX_INPUT_BYTES, CleanerConfig
from .errors import ArticleCleanError
from .pipeline import Cleaner, reads_as_html
from .readers.decode import decode_bytes

if TYPE_CHECKING:
    from .batch.report import BatchReport

EXIT_FAILED = 1
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a tool killed by SIGPIPE
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_BYTES = DEFAULT_MAX_INPUT_BYTES


def _hard_limit(timeout: float | None) -> float | None:
    """The library checks the budget between stages and returns `timeout` itself; a
    worker stuck inside one stage is killed a little later."""
    return None if timeout is None else timeout * 1.1 + 1.0


class _Refused(click.ClickException):
    """A run refused before it touched anything, with the way to go on (exit 2, as a
    usage error, without the usage line: the options are valid, the output is not)."""

    exit_code = 2


def _input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    return _with_input_options(command, learning=False)


def _learn_input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    return _with_input_options(command, learning=True)


def _with_input_options(command: Callable[..., Any], *, learning: bool) -> Callable[..., Any]:
    too_large = (
        "Larger documents are not read." if learning else "Larger documents get status too_large."
    )
    timeout_help = (
        "Seconds per document (0: no limit); a document past it is left out and a stuck "
        "worker is replaced."
        if learning
        else "Seconds per document (0: no limit); past it the document gets "
        "status timeout and a stuck worker is replaced."
    )
    options = [
        click.option(
            "--glob",
            "globs",
            multiple=True,
            metavar="PATTERN",
            help="Files to take from directories (repeatable), e.g. '*.txt'. "
            "Default: .txt .md .html .htm .jsonl .warc .wet, gzipped or not.",
        ),
        click.option(
            "--text-field",
            default="text",
            show_default=True,
            help="JSONL field holding a text dump.",
        ),
        click.option(
            "--html-field",
            default=None,
            help="JSONL field holding an HTML page (used before --text-field).",
        ),
        click.option(
            "--id-field",
            default="id",
            show_default=True,
            help="JSONL field with the record id (a record without it: FILE:LINE).",
        ),
        click.option(
            "--url-field", default="url", show_default=True, help="JSONL field with the page URL."
        ),
        click.option(
            "--stdin-format",
            type=click.Choice(["auto", "text", "html", "jsonl"]),
            default="auto",
            show_default=True,
            help="What '-' (standard input) holds; auto: JSONL if it starts with '{'.",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_BYTES,
            show_default=True,
            help=too_large,
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=default_jobs,
            show_default="number of cores",
            help="Worker processes.",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0),
            default=DEFAULT_TIMEOUT,
            show_default=True,
            help=timeout_help,
        ),
        click.option(
            "-q",
            "--quiet",
            is_flag=True,
            help="No progress bar, no summary, no per-document messages."
            if not learning
            else "No progress bar and no summary.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _inputs_or_stdin(inputs: tuple[str, ...]) -> tuple[str, ...]:
    if inputs:
        return inputs
    if sys.stdin is None or sys.stdin.isatty():
        raise click.UsageError("no INPUT given (use '-' to read standard input)")
    return (STDIN,)


def _check_inputs(inputs: tuple[str, ...], options: InputOptions | None = None) -> None:
    """Inputs that do not exist, or folders in which nothing matches, are usage errors
    (exit 2) when nothing at all is left to read; a single empty folder among others
    only gets a warning."""
    for spec in inputs:
        if spec != STDIN and not os.path.lexists(spec):
            raise click.BadParameter(f"{spec!r} does not exist", param_hint="INPUT")
    if options is None:
        return
    empty = [(spec, why) for spec in inputs if (why := describe_empty(spec, options))]
    if len(empty) == len(inputs):
        lines = "; ".join(f"{spec!r}: {why}" for spec, why in empty)
        raise click.UsageError(f"nothing to clean, no input matched: {lines}")
    for spec, why in empty:
        click.echo(f"articleclean: warning: {spec!r}: {why}", err=True)


def _binary_stream(name: str) -> IO[bytes]:
    """sys.stdout / sys.stdin as bytes (click.get_binary_stream is deprecated)."""
    stream = getattr(sys, name)
    return stream.buffer if hasattr(stream, "buffer") else stream


@contextlib.contextmanager
def _quiet_broken_pipe() -> Iterator[None]:
    """`articleclean clean dir/ | head -n 2`: when the reader of standard output goes
    away, stop quietly, as Unix tools do, with the status a SIGPIPE death gives."""
    try:
        yield
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    except click.ClickException as exc:
        if isinstance(exc.__cause__, BrokenPipeError):
            _silence_stdout()
            sys.exit(EXIT_BROKEN_PIPE)
        raise


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit; into a closed pipe that prints a warning.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


# Which --format a file's suffix stands for: `-o x.jsonl --format md` is refused
# rather than writing Markdown into a .jsonl file.
_SUFFIX_FORMATS = {
    ".jsonl": "json",
    ".ndjson": "json",
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
}


def _check_format(output: str | None, fmt: str) -> None:
    if output is None or output_kind(output) != "file":
        return
    suffix = os.path.splitext(output.lower().removesuffix(".gz"))[1]
    wanted = _SUFFIX_FORMATS.get(suffix)
    if wanted is not None and wanted != fmt:
        raise click.UsageError(
            f"-o {output} is a {suffix} file but --format is {fmt}; "
            f"use --format {wanted}, or an output name that fits {fmt}"
        )


def _check_apart(
    inputs: tuple[str, ...],
    output: str | None,
    kind: str,
    fmt: str,
    report: str | None,
    globs: tuple[str, ...] = (),
) -> None:
    """Refuse to write over the inputs (`-o` or `--report` naming an input file) or
    among them (`-o DIR/` laying its files inside an input folder), before anything
    is written: a cleaned copy replacing the page it came from cannot be undone."""
    if output is not None and kind != "stream":
        why = output_over_inputs(inputs, output, kind, SUFFIX[fmt], globs)
        if why is not None:
            raise click.UsageError(f"{why}; choose an output apart from the inputs")
    if output is not None and kind == "file":
        folder = folder_reading(inputs, output, globs)
        if folder is not None:
            click.echo(
                f"articleclean: warning: -o {output} lies in the input folder {folder}: "
                f"this run passes over it, but a later run over {folder} reads it as input; "
                "write it outside the folder",
                err=True,
            )
    if report is not None and output_over_inputs(inputs, report, "file", globs=globs) is not None:
        raise click.UsageError(f"--report {report} is also an input: the report would replace it")


def _one_document(inputs: tuple[str, ...], stdin_format: str) -> bool:
    """Whether the inputs are a single text dump or page (no header line needed)."""
    if len(inputs) != 1:
        return False
    if inputs[0] == STDIN:
        return stdin_format in ("text", "html")  # auto may turn out to be JSON Lines
    return os.path.isfile(inputs[0]) and kind_of(inputs[0]) in ("text", "html")


def _progress(quiet: bool, total: Callable[[], int | None], label: str) -> Any:
    """A tqdm bar on standard error when it is a terminal, else None."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    # tqdm's monitor thread would be copied into forked workers; it is not needed.
    tqdm.monitor_interval = 0
    return tqdm(total=total(), desc=label, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _reporter(bar: Any, quiet: bool) -> Callable[[Outcome], None]:
    def report(outcome: Outcome) -> None:
        if bar is not None:
            bar.update(1)
        if not quiet and outcome.status in ("error", "timeout"):
            line = f"{outcome.status}: {outcome.id}: {outcome.message}"
            if bar is not None:
                bar.write(line, file=sys.stderr)
            else:
                click.echo(line, err=True)

    return report


_DUMP_OPTION = click.option(
    "--dump",
    type=click.Choice(["auto", "page", "article"]),
    default="auto",
    show_default=True,
    help="Text dumps: a whole page's text (menus, footers), an article (perhaps with "
    "captions and a few junk lines), or decided per document.",
)


_MARKUP_OPTION = click.option(
    "--markup",
    type=click.Choice(["auto", "plain", "markdown", "text_browser"]),
    default="auto",
    show_default=True,
    help="Text dumps: read as Markdown (headings, lists, links, emphasis), as a text "
    "browser's dump (lynx, w3m, links, elinks: link numbers and the list of links read "
    "away, wrapped lines joined), as plain text, or decided per document.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="articleclean")
def main() -> None:
    """Clean scraped news articles: text dumps and HTML pages in, clean articles out."""


@main.command(
    "clean", short_help="Clean files, folders or standard input: one record per document."
)
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    metavar="FILE|DIR/",
    help="One file (.jsonl for json, .md or .txt with --format md or txt), or a "
    "directory (ending in '/', or an existing one) for one file per document. "
    "Default: standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="json",
    show_default=True,
    help="json: one record per document (JSON Lines in a stream); md; txt.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Skip documents already in the output, failed ones too unless --retry-failed "
    "(in a md or txt "
    "directory a failed document has no file and is tried again). Refused when the "
    "output was written with other options (see --allow-config-change).",
)
@click.option(
    "--retry-failed",
    is_flag=True,
    help="With --resume: clean again the documents whose records failed (error, "
    "timeout). In a .jsonl file their failed records are dropped and the new ones "
    "come at the end; in -o DIR/ their files are replaced.",
)
@click.option(
    "--allow-config-change",
    is_flag=True,
    help="With --resume: go on into an output written with other options (format, "
    "--dump, boilerplate, JSONL fields, version), mixing records of both.",
)
@click.option("--fail-fast", is_flag=True, help="Stop at the first failed document.")
@click.option(
    "--boilerplate",
    "boilerplate_model",
    type=click.Path(dir_okay=False),
    help="Remove the lines of a model from `articleclean learn`.",
)
@click.option(
    "--learn-boilerplate",
    is_flag=True,
    help="Read the inputs twice: learn site boilerplate, then clean with it.",
)
@click.option(
    "--report",
    "report_path",
    metavar="REPORT.html",
    type=click.Path(dir_okay=False),
    help="Also write an HTML report of the batch: statuses, removals per reason and "
    "rule, the documents with most removed, and their explain views.",
)
@_DUMP_OPTION
@_MARKUP_OPTION
@_input_options
def clean_command(
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str,
    resume: bool,
    retry_failed: bool,
    allow_config_change: bool,
    fail_fast: bool,
    boilerplate_model: str | None,
    learn_boilerplate: bool,
    report_path: str | None,
    dump: str,
    markup: str,
    globs: tuple[str, ...],
    text_field: str,
    html_field: str | None,
    id_field: str,
    url_field: str,
    stdin_format: str,
    max_bytes: int,
    jobs: int,
    timeout: float,
    quiet: bool,
) -> None:
    """Clean every INPUT: files, directories (recursively), '-' for standard input.

    Text dumps (.txt .md), pages (.html .htm), JSON Lines (.jsonl), each
    optionally gzipped, and crawls: WARC (.warc .warc.gz: the HTML responses)
    and WET (.wet .wet.gz: the text conversions). Each document becomes one record: the article plus its
    source "id" (the path, or the JSONL id / FILE:LINE) and, for JSONL, its "url".
    """
    inputs = _inputs_or_stdin(inputs)
    tally = CrawlTally()
    options = InputOptions(
        globs,
        text_field,
        html_field,
        id_field,
        url_field,
        stdin_format,
        max_bytes,
        output,
        crawl=tally,
    )
    _check_inputs(inputs, options)
    _check_format(output, fmt)
    kind = output_kind(output)
    _check_apart(inputs, output, kind, fmt, report_path, globs)
    if report_path is not None:
        _check_report_place(report_path)
    if resume and kind == "stream":
        raise click.UsageError("--resume needs an output (-o FILE.jsonl or -o DIR/)")
    if resume and kind == "file" and fmt != "json":
        raise click.UsageError("--resume into one file needs --format json (it reads the ids)")
    for flag, given in (
        ("--retry-failed", retry_failed),
        ("--allow-config-change", allow_config_change),
    ):
        if given and not resume:
            raise click.UsageError(f"{flag} goes with --resume (it changes how a run resumes)")
    if learn_boilerplate and STDIN in inputs:
        raise click.UsageError("--learn-boilerplate reads the inputs twice; it cannot read '-'")
    limit = timeout or None
    lines = _model_lines(boilerplate_model)
    config = CleanerConfig(
        max_input_bytes=max_bytes,
        time_budget=limit,
        boilerplate_lines=lines,
        dump=dump,
        markup=markup,
    )
    if learn_boilerplate:
        model = _learn(inputs, options, config, jobs, limit, LearnSettings(), quiet)
        tally.reset()
        config = config.replace(boilerplate_lines=config.boilerplate_lines | model.lines)
        if not quiet:
            read = model.settings
            click.echo(
                f"articleclean: learned {len(model.lines)} boilerplate lines from "
                f"{len(model.sites)} of {read['sites_read']} sites{_grouping(model)}",
                err=True,
            )
    # From here to the exit a signal never kills the run half-way: before the batch it
    # is recorded (the batch then does not start), in it the batch stops and commits
    # what is finished, after it the summary and report are written; the exit status
    # is 128 + the first signal.
    interrupts = Interrupts()
    with interrupts.installed():
        stamp = None
        if output is not None:
            try:
                stamp = config_stamp.prepare(
                    output,
                    kind,
                    config_stamp.settings_of(config, fmt, options),
                    resume=resume,
                    allow_change=allow_config_change,
                )
            except config_stamp.ConfigChanged as exc:
                raise _Refused(str(exc)) from None
            if stamp is not None and stamp.note is not None and not quiet:
                click.echo(f"articleclean: warning: {stamp.note}", err=True)
        handler = CleanHandler(config, fmt, pretty=kind == "dir")
        collector = None
        if report_path is not None:
            from .batch.report import BatchReport, ReportHandler

            handler = ReportHandler(config, fmt, pretty=kind == "dir")
            collector = BatchReport()
        with _quiet_broken_pipe():
            summary = _run_clean(
                inputs,
                options,
                handler,
                output,
                fmt,
                kind,
                RunOptions(jobs, _hard_limit(limit), fail_fast, resume, retry_failed),
                quiet,
                tally,
                collector,
                stamp,
                interrupts,
            )
        if not quiet:
            with contextlib.suppress(OSError):  # standard error may be gone too (SIGHUP)
                click.echo(summary.render(), err=True)
                if tally.skipped:
                    click.echo(tally.render(), err=True)
        if collector is not None and report_path is not None:
            _write_report(report_path, collector.render(summary, tally.skipped), quiet)
        if interrupts.signum is not None:
            sys.exit(128 + interrupts.signum)
        if summary.failed:
            sys.exit(EXIT_FAILED)


def _run_clean(
    inputs: tuple[str, ...],
    options: InputOptions,
    handler: CleanHandler,
    output: str | None,
    fmt: str,
    kind: str,
    run: RunOptions,
    quiet: bool,
    tally: CrawlTally,
    collector: BatchReport | None,
    stamp: config_stamp.Stamp | None,
    interrupts: Interrupts,
) -> Summary:
    """Open the output, run the batch into it, and say what was written."""
    headers = fmt != "json" and not _one_document(inputs, options.stdin_format)
    try:
        sink = open_sink(
            output,
            fmt,
            resume=run.resume,
            stdout=_binary_stream("stdout"),
            headers=headers,
            retry_failed=run.retry_failed,
        )
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot open output {output!r}: {exc}") from exc
    if stamp is not None:
        if isinstance(sink, FileSink) and sink.replaces_later:
            # The earlier output stays until the first record is complete: its stamp
            # stays with it until then.
            sink.on_replace = stamp.write
        else:
            # The output is this run's (locked or carried over): before any record.
            try:
                stamp.write()
            except OSError as exc:
                sink.abort()
                raise click.ClickException(f"cannot write {stamp.path!r}: {exc}") from exc
    bar: Any = None
    if not interrupts.stopped:
        crawl_bytes = None if quiet or not sys.stderr.isatty() else crawl_total(inputs)
        if crawl_bytes is not None:
            bar = ByteProgress(tally, crawl_bytes)
        else:
            # Counting the documents for the bar reads every input: a signal stops it
            # (and the batch then does not start).
            def total() -> int | None:
                return count_documents(inputs, options, lambda: interrupts.stopped)

            bar = _progress(quiet, total, "cleaning")
    progress = _reporter(bar, quiet)
    if collector is not None:
        progress = _both(progress, collector.add)
    try:
        summary = clean_batch(iter_jobs(inputs, options), handler, sink, run, progress, interrupts)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise click.ClickException(f"cannot write output: {exc}; nothing was half-written") from exc
    finally:
        if bar is not None:
            with contextlib.suppress(OSError):
                bar.close()
    summary.failed_kept = sink.failed_kept
    summary.retried = sink.retried
    summary.retrying = run.retry_failed
    if kind != "stream":
        summary.output = output
        summary.written_what = (
            "files" if kind == "dir" else "records" if fmt == "json" else "documents"
        )
    return summary


def _both(first: Callable[[Outcome], None], second: Callable[[Outcome], None]) -> Any:
    def call(outcome: Outcome) -> None:
        first(outcome)
        second(outcome)

    return call


def _check_report_place(path: str) -> None:
    """Make and remove the report's temporary file before the first document: the
    report is written after the batch, and a folder it cannot go in was found only then,
    after a wait for nothing (the records kept, the report lost)."""
    from .batch.outputs import is_special, try_temp_beside

    if is_special(path):
        return  # (a device or FIFO, `--report /dev/stdout`, is written into)
    try:
        try_temp_beside(path)
    except OSError as exc:
        # (the error's text names the temporary file, which the user never asked for)
        raise click.ClickException(
            f"cannot write report {path!r}: {exc.strerror or exc}; nothing was cleaned: "
            "choose a --report in a folder that exists and that you can write to"
        ) from exc


def _write_report(path: str, page: str, quiet: bool) -> None:
    from .batch.outputs import atomic_write

    try:
        atomic_write(path, page.encode("utf-8"))
    except OSError as exc:
        raise click.ClickException(f"cannot write report {path!r}: {exc}") from exc
    if not quiet:
        click.echo(f"articleclean: report -> {path}", err=True)


def _model_lines(path: str | None) -> frozenset[str]:
    if path is None:
        return frozenset()
    try:
        return BoilerplateModel.load(path).lines
    except ArticleCleanError as exc:
        raise click.BadParameter(str(exc), param_hint="--boilerplate") from exc


def _learn(
    inputs: tuple[str, ...],
    options: InputOptions,
    config: CleanerConfig,
    jobs: int,
    timeout: float | None,
    settings: LearnSettings,
    quiet: bool,
) -> BoilerplateModel:
    learner = Learner(settings)
    bar = _progress(quiet, lambda: None, "learning")
    interrupts = Interrupts()
    with interrupts.installed():
        try:
            learn_batch(
                iter_jobs(inputs, options),
                KeysHandler(config),
                learner,
                jobs,
                _hard_limit(timeout),
                _reporter(bar, quiet=True),
                interrupts,
            )
        finally:
            if bar is not None:
                bar.close()
        if interrupts.signum is not None:
            with contextlib.suppress(OSError):  # (standard error may be gone: SIGHUP)
                click.echo(
                    "articleclean: interrupted while learning; nothing was written", err=True
                )
            sys.exit(128 + interrupts.signum)
    return learner.model()


@main.command(
    "learn", short_help="Learn a site's repeated lines from a batch; save them as a model."
)
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Where to write the model (JSON).",
)
@click.option(
    "--min-documents",
    type=click.IntRange(min=1),
    default=LearnSettings.min_documents,
    show_default=True,
    help="A line must occur in at least this many documents of a site …",
)
@click.option(
    "--min-share",
    type=click.FloatRange(0, 1, min_open=True),
    default=LearnSettings.min_share,
    show_default=True,
    help="… and in at least this share of the site's documents.",
)
@click.option(
    "--sample-per-site",
    type=click.IntRange(min=1),
    default=LearnSettings.sample_per_site,
    show_default=True,
    help="Documents read per site.",
)
@_learn_input_options
def learn_command(
    inputs: tuple[str, ...],
    output: str,
    min_documents: int,
    min_share: float,
    sample_per_site: int,
    globs: tuple[str, ...],
    text_field: str,
    html_field: str | None,
    id_field: str,
    url_field: str,
    stdin_format: str,
    max_bytes: int,
    jobs: int,
    timeout: float,
    quiet: bool,
) -> None:
    """Learn the lines that repeat across a site's documents and save them as a model.

    A site is the URL host of a record (its --url-field), else of the URL a page
    gives itself (canonical link, og:url); without either, the folder a file is
    in or the JSONL file a record came from. The summary says how the documents
    were grouped. Use the model with `articleclean clean --boilerplate MODEL`, or
    in Python with `CleanerConfig(boilerplate_lines=load_boilerplate(MODEL))`
    (from `articleclean.boilerplate_model`).
    """
    options = InputOptions(
        globs, text_field, html_field, id_field, url_field, stdin_format, max_bytes
    )
    _check_inputs(inputs, options)
    why = output_over_inputs(inputs, output, "file", globs=globs)
    if why is not None:  # (the model would replace a page or a batch file)
        raise click.UsageError(f"{why}; choose an output apart from the inputs")
    config = CleanerConfig(max_input_bytes=max_bytes, time_budget=timeout or None)
    settings = LearnSettings(min_documents, min_share, sample_per_site)
    model = _learn(inputs, options, config, jobs, timeout or None, settings, quiet)
    try:
        model.save(output)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output!r}: {exc}") from exc
    if not quiet:
        read = model.settings
        click.echo(
            f"articleclean: {len(model.lines)} boilerplate lines from {len(model.sites)} of "
            f"{read['sites_read']} sites ({read['documents_read']} documents read) -> {output}"
            f"{_grouping(model)}",
            err=True,
        )


def _grouping(model: BoilerplateModel) -> str:
    grouped = model.settings.get("grouped_by") or {}
    if not grouped:
        return ""
    parts = ", ".join(f"{count} by {how}" for how, count in grouped.items())
    return f"\n  documents grouped into sites: {parts}"


@main.command(
    "explain", short_help="Show one document piece by piece: kept, moved or removed, and why."
)
@click.argument("file", type=click.Path(exists=True, allow_dash=True, dir_okay=False))
@click.option(
    "--html",
    "html_report",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="REPORT.html",
    help="Write the explanation as one self-contained HTML page to REPORT.html. "
    "Given with no value (the older form), read FILE as HTML, as --as-html does.",
)
@click.option(
    "--as-html/--text",
    "as_html",
    default=None,
    help="Read FILE as HTML or as a text dump (default: by its suffix; '-' by its "
    "tags, as clean reads it).",
)
@click.option("--url", default=None, help="The page URL (HTML).")
@click.option(
    "--boilerplate",
    "boilerplate_model",
    type=click.Path(dir_okay=False),
    help="Also remove the lines of a learned model.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Larger documents get status too_large.",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the verdicts (default: when standard output is a terminal).",
)
@_DUMP_OPTION
@_MARKUP_OPTION
def explain_command(
    file: str,
    html_report: str | None,
    as_html: bool | None,
    url: str | None,
    boilerplate_model: str | None,
    max_bytes: int,
    color: bool | None,
    dump: str,
    markup: str,
) -> None:
    """Show FILE line by line: kept, moved (title, byline, dateline, caption,
    heading) or removed, with the reason and the rule that decided.

    FILE is one text dump or page; JSON Lines hold many documents: clean them
    with `articleclean clean`, or save one record's text to a file to explain it."""
    if file != STDIN and kind_of(file) is None:
        raise click.UsageError(
            f"{file!r} is JSON Lines (many documents); explain reads one text dump or page. "
            "Save one record's text to a file and explain that, or run `articleclean clean`."
        )
    if file != STDIN and is_crawl_file(file):
        raise click.UsageError(
            f"{file!r} is a crawl file (many records); explain reads one text dump or page. "
            "Run `articleclean clean` on it (with --report for a picture of each record)."
        )
    if color is None and os.environ.get("NO_COLOR"):
        color = False  # https://no-color.org: set and not empty means no colour
    config = CleanerConfig(
        max_input_bytes=max_bytes,
        boilerplate_lines=_model_lines(boilerplate_model),
        dump=dump,
        markup=markup,
    )
    if html_report == "":
        html_report, as_html = None, True
    if html_report and output_over_inputs((file,), html_report, "file") is not None:
        raise click.UsageError(f"--html {html_report} is also FILE: the report would replace it")
    if as_html is None and file != STDIN:
        as_html = kind_of(file) == "html"
    try:
        if file == STDIN:
            data: str | bytes = _binary_stream("stdin").read(max_bytes + 1)
            if as_html is None:  # by its tags, as `clean -` reads it
                as_html = reads_as_html(data)
        else:
            job = Job(file, "html" if as_html else "text", "", "", path=file)
            data = load(job, max_bytes)
        cleaner = Cleaner(config)
        if as_html:
            article = cleaner.clean_html(data, url=url)
            rendered = list(render_pieces(article))
            text = None
        else:
            text = data if isinstance(data, str) else decode_bytes(data).text
            article = cleaner.clean_text(text)
            rendered = list(render_lines(explain_lines(text, article)))
    except (OSError, EOFError, ArticleCleanError) as exc:
        raise click.ClickException(f"cannot explain {file!r}: {exc}") from exc
    except Exception as exc:  # the loader's TooLarge and anything a reader raises
        raise click.ClickException(f"cannot explain {file!r}: {type(exc).__name__}: {exc}") from exc
    with _quiet_broken_pipe():
        if html_report is not None:
            from .explain_html import explain_page

            # (a file name's bytes that are not UTF-8 failed the page's writing)
            page = explain_page(article, text, source=utf8_safe(file))
            _write_report(html_report, page, quiet=False)
            return
        for line in rendered:
            click.echo(line, color=color)
        click.echo(_totals(article), color=color, err=False)
        if as_html:
            # The bundled page's ad slot and related box never reach the rules: a user
            # asking why they went finds them in no line above.
            click.echo(_PAGE_NOTE, color=color, err=False)


_PAGE_NOTE = click.style(
    "(a page: the pieces of the text trafilatura extracted from it; what it left out, "
    "such as menus, ad slots and link boxes, is not listed)",
    dim=True,
)


def _totals(article: Article) -> str:
    return click.style(render_totals(article), bold=True)
