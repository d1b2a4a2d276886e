"""Learning site boilerplate: lines that repeat across many documents of one site.

A site is a document's URL host: the URL field of a JSONL record, else the
URL a page gives itself (canonical link, og:url). Without either (text
dumps, pages that do not say) it is the folder a file is in, or the JSONL
file a record came from. The model records how many documents were grouped
each way (`settings["grouped_by"]`), and the command says so. A block (a line of a dump, or
a paragraph the reader found) is learned as boilerplate of its site when
its normalised key (`Segment.key`: case, space and punctuation folded)

- occurs in at least `min_documents` documents of the site (default 3), and
- occurs in at least `min_share` of the site's documents (default half).

Only the first `sample_per_site` documents of each site are read (default
200): a line in half of a site's pages shows up in any such sample, and the
sample bounds memory however large the batch. Blocks longer than
`max_key_chars` are not counted (long repeats are paragraphs the
duplicate rules handle, and they would cost memory).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..boilerplate_model import BoilerplateModel, LearnedLine, SiteModel
from .jobs import Job, Outcome


@dataclass(frozen=True)
class LearnSettings:
    min_documents: int = 3
    min_share: float = 0.5
    sample_per_site: int = 200
    max_key_chars: int = 400


@dataclass
class _Site:
    documents: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    texts: dict[str, str] = field(default_factory=dict)


BY_URL = "URL host"
BY_PAGE_URL = "the page's own URL"
BY_FOLDER = "folder"
BY_FILE = "input file"


def _grouping(job: Job, outcome: Outcome) -> str:
    if outcome.site is not None:
        return BY_PAGE_URL
    if job.url is not None:
        return BY_URL
    return BY_FOLDER if job.path is not None else BY_FILE


@dataclass
class Learner:
    settings: LearnSettings = field(default_factory=LearnSettings)
    _sites: dict[str, _Site] = field(default_factory=dict)
    _handed: Counter[str] = field(default_factory=Counter)
    _grouped: Counter[str] = field(default_factory=Counter)

    def wants(self, job: Job) -> bool:
        """Whether the job's site still needs documents for its sample. A page without a
        known URL may turn out to belong to another site (its own URL), so it is read."""
        if job.url is None and job.kind != "text":
            return True
        return self._handed[job.site] < self.settings.sample_per_site

    def sample(self, jobs: Iterable[Job]) -> Iterator[Job]:
        """The jobs worth reading, counting each as sampled when it is handed out."""
        for job in jobs:
            if job.failure is None and self.wants(job):
                self._handed[job.site] += 1
                yield job

    def add(self, job: Job, outcome: Outcome) -> None:
        name = outcome.site or job.site
        site = self._sites.setdefault(name, _Site())
        if site.documents >= self.settings.sample_per_site:
            return
        # A document that could not be read still counts towards its site's size,
        # so a line has to be common among all sampled documents, not just the good ones.
        site.documents += 1
        self._grouped[_grouping(job, outcome)] += 1
        if outcome.status != "ok":
            return
        limit = self.settings.max_key_chars
        for key, text in outcome.keys:
            if len(key) > limit:
                continue
            site.counts[key] += 1
            if site.counts[key] == 2:
                site.texts[key] = text  # kept only for lines seen twice: bounded memory

    def model(self) -> BoilerplateModel:
        s = self.settings
        sites: dict[str, SiteModel] = {}
        for name, site in self._sites.items():
            needed = max(s.min_documents, s.min_share * site.documents)
            lines = tuple(
                LearnedLine(key, site.texts.get(key, key), count)
                for key, count in sorted(site.counts.items(), key=lambda kv: (-kv[1], kv[0]))
                if count >= needed
            )
            if lines:
                sites[name] = SiteModel(documents=site.documents, lines=lines)
        settings = {
            "min_documents": s.min_documents,
            "min_share": s.min_share,
            "sample_per_site": s.sample_per_site,
            "max_key_chars": s.max_key_chars,
            "sites_read": len(self._sites),
            "documents_read": sum(site.documents for site in self._sites.values()),
            "grouped_by": dict(sorted(self._grouped.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
        return BoilerplateModel(sites=sites, settings=settings)
