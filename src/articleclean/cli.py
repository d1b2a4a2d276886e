"""The `articleclean` command: `clean` (batch), `explain` (one file, line by line), `learn`.

Exit status: 0 when every document came out (`empty` and `too_large`
included), 1 when some failed (`error`, `timeout`) or the output could not
be written, 2 for usage errors, 130 when interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .article import Article
from .batch.explain import explain_lines, render_lines, render_pieces, render_totals
from .batch.handlers import FORMATS, CleanHandler, KeysHandler, load
from .batch.inputs import STDIN, InputOptions, count_documents, iter_jobs, kind_of
from .batch.jobs import Job, Outcome
from .batch.learn import Learner, LearnSettings
from .batch.outputs import open_sink, output_kind
from .batch.runner import default_jobs
from .batch.session import RunOptions, clean_batch, learn_batch
from .boilerplate_model import BoilerplateModel
from .config import CleanerConfig
from .errors import ArticleCleanError
from .pipeline import Cleaner
from .readers.decode import decode_bytes

EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_BYTES = CleanerConfig().max_input_bytes


def _hard_limit(timeout: float | None) -> float | None:
    """The library checks the budget between stages and returns `timeout` itself; a
    worker stuck inside one stage is killed a little later."""
    return None if timeout is None else timeout * 1.1 + 1.0


def _input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--glob",
            "globs",
            multiple=True,
            metavar="PATTERN",
            help="Files to take from directories (repeatable), e.g. '*.txt'. "
            "Default: .txt .md .html .htm .jsonl, gzipped or not.",
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
            help="JSONL field with the record id (default id: FILE:LINE).",
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
            help="Larger documents get status too_large.",
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
            help="Seconds per document (0: no limit); past it the document gets "
            "status timeout and a stuck worker is replaced.",
        ),
        click.option(
            "-q",
            "--quiet",
            is_flag=True,
            help="No progress bar, no summary, no per-document messages.",
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


def _check_inputs(inputs: tuple[str, ...]) -> None:
    for spec in inputs:
        if spec != STDIN and not os.path.lexists(spec):
            raise click.BadParameter(f"{spec!r} does not exist", param_hint="INPUT")


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="articleclean")
def main() -> None:
    """Clean scraped news articles: text dumps and HTML pages in, clean articles out."""


@main.command("clean")
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    metavar="FILE|DIR/",
    help="A .jsonl file, or a directory (ending in '/') for one file per input. "
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
@click.option("--resume", is_flag=True, help="Skip documents already in the output.")
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
@_DUMP_OPTION
@_input_options
def clean_command(
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str,
    resume: bool,
    fail_fast: bool,
    boilerplate_model: str | None,
    learn_boilerplate: bool,
    dump: str,
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

    Text dumps (.txt .md), pages (.html .htm) and JSON Lines (.jsonl), each
    optionally gzipped. Each document becomes one record: the article plus its
    source "id" (the path, or the JSONL id / FILE:LINE) and, for JSONL, its "url".
    """
    inputs = _inputs_or_stdin(inputs)
    _check_inputs(inputs)
    kind = output_kind(output)
    if resume and kind == "stream":
        raise click.UsageError("--resume needs an output (-o FILE.jsonl or -o DIR/)")
    if resume and kind == "file" and fmt != "json":
        raise click.UsageError("--resume into one file needs --format json (it reads the ids)")
    if learn_boilerplate and STDIN in inputs:
        raise click.UsageError("--learn-boilerplate reads the inputs twice; it cannot read '-'")
    options = InputOptions(
        globs, text_field, html_field, id_field, url_field, stdin_format, max_bytes, output
    )
    limit = timeout or None
    lines = _model_lines(boilerplate_model)
    config = CleanerConfig(
        max_input_bytes=max_bytes, time_budget=limit, boilerplate_lines=lines, dump=dump
    )
    if learn_boilerplate:
        model = _learn(inputs, options, config, jobs, limit, LearnSettings(), quiet)
        config = config.replace(boilerplate_lines=config.boilerplate_lines | model.lines)
        if not quiet:
            read = model.settings
            click.echo(
                f"articleclean: learned {len(model.lines)} boilerplate lines from "
                f"{len(model.sites)} of {read['sites_read']} sites",
                err=True,
            )
    handler = CleanHandler(config, fmt, pretty=kind == "dir")
    try:
        sink = open_sink(output, fmt, resume=resume, stdout=click.get_binary_stream("stdout"))
    except OSError as exc:
        raise click.ClickException(f"cannot open output {output!r}: {exc}") from exc
    bar = _progress(quiet, lambda: count_documents(inputs, options), "cleaning")
    try:
        summary = clean_batch(
            iter_jobs(inputs, options),
            handler,
            sink,
            RunOptions(jobs, _hard_limit(limit), fail_fast, resume),
            _reporter(bar, quiet),
        )
    except OSError as exc:
        raise click.ClickException(f"cannot write output: {exc}; nothing was half-written") from exc
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        click.echo(summary.render(), err=True)
    if summary.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    if summary.failed:
        sys.exit(EXIT_FAILED)


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
    try:
        learn_batch(
            iter_jobs(inputs, options),
            KeysHandler(config),
            learner,
            jobs,
            _hard_limit(timeout),
            _reporter(bar, quiet=True),
        )
    except KeyboardInterrupt:
        click.echo("articleclean: interrupted while learning; nothing was written", err=True)
        sys.exit(EXIT_INTERRUPTED)
    finally:
        if bar is not None:
            bar.close()
    return learner.model()


@main.command("learn")
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
    help="A line must occur in at least this many documents of a site",
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
@_input_options
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

    A site is the URL host of a JSONL record, or the folder of a file. Use the
    model with `articleclean clean --boilerplate MODEL` or
    `CleanerConfig(boilerplate_lines=articleclean.boilerplate_model.load_boilerplate(MODEL))`.
    """
    _check_inputs(inputs)
    options = InputOptions(
        globs, text_field, html_field, id_field, url_field, stdin_format, max_bytes
    )
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
            f"{read['sites_read']} sites ({read['documents_read']} documents read) -> {output}",
            err=True,
        )


@main.command("explain")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "--html/--text",
    "as_html",
    default=None,
    help="Read FILE as HTML or as a text dump (default: by its suffix).",
)
@click.option("--url", default=None, help="The page URL (HTML).")
@click.option(
    "--boilerplate",
    "boilerplate_model",
    type=click.Path(dir_okay=False),
    help="Also remove the lines of a learned model.",
)
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the verdicts (default: when standard output is a terminal).",
)
@_DUMP_OPTION
def explain_command(
    file: str,
    as_html: bool | None,
    url: str | None,
    boilerplate_model: str | None,
    max_bytes: int,
    color: bool | None,
    dump: str,
) -> None:
    """Show FILE line by line: kept, moved (title, byline, dateline, caption,
    heading) or removed, with the reason and the rule that decided."""
    config = CleanerConfig(
        max_input_bytes=max_bytes, boilerplate_lines=_model_lines(boilerplate_model), dump=dump
    )
    if as_html is None:
        as_html = file != STDIN and kind_of(file) == "html"
    try:
        if file == STDIN:
            data: str | bytes = click.get_binary_stream("stdin").read(max_bytes + 1)
        else:
            job = Job(file, "html" if as_html else "text", "", "", path=file)
            data = load(job, max_bytes)
        cleaner = Cleaner(config)
        if as_html:
            article = cleaner.clean_html(data, url=url)
            rendered = list(render_pieces(article))
        else:
            text = data if isinstance(data, str) else decode_bytes(data).text
            article = cleaner.clean_text(text)
            rendered = list(render_lines(explain_lines(text, article)))
    except (OSError, EOFError, ArticleCleanError) as exc:
        raise click.ClickException(f"cannot explain {file!r}: {exc}") from exc
    except Exception as exc:  # the loader's TooLarge and anything a reader raises
        raise click.ClickException(f"cannot explain {file!r}: {type(exc).__name__}: {exc}") from exc
    for line in rendered:
        click.echo(line, color=color)
    click.echo(_totals(article), color=color, err=False)


def _totals(article: Article) -> str:
    return click.style(render_totals(article), bold=True)
