"""Batch cleaning for the `articleclean` command: inputs, worker processes, outputs."""

from .handlers import CleanHandler, KeysHandler
from .inputs import InputOptions, iter_jobs
from .jobs import Job, Outcome
from .learn import Learner, LearnSettings
from .outputs import open_sink
from .runner import Runner
from .session import RunOptions, clean_batch, learn_batch
from .summary import Summary

__all__ = [
    "CleanHandler",
    "InputOptions",
    "Job",
    "KeysHandler",
    "LearnSettings",
    "Learner",
    "Outcome",
    "RunOptions",
    "Runner",
    "Summary",
    "clean_batch",
    "iter_jobs",
    "learn_batch",
    "open_sink",
]
