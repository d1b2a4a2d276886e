"""The article's rows, read as one wrapped paragraph with a line under them, kept."""

from __future__ import annotations

from ..article import Reason
from ..document import BODY, CAPTION, REMOVED, Document
from .base import Finding, reviews

# What a rule may take a joined group for that the guard leaves as it is: a repeat
# reads the whole group (its copy stands elsewhere), not its last line.
_WHOLE_GROUP_REASONS = frozenset({Reason.DUPLICATE_PARAGRAPH})


@reviews()
def keep_joined_rows(document: Document) -> Finding | None:
    """Put back a text dump's hard-wrapped paragraph that a rule removed (or took for a
    caption) when the lines above its last read as rows (`Segment.joined_rows`).

    The article's own list, table or steps, printed one row a line with no blank line
    between, fill their column alike, and the text reader reads them as one wrapped
    paragraph; a prompt, a caption or a box's heading right under the last row then joins
    that paragraph ("Integration With Chef/Ohai/Docker/Vagrant" / "Network conditioner to
    simulate speeds and test" / "Share this story on Facebook"), and the rule that takes
    the line takes the rows with it. A removed real paragraph costs far more than a junk
    line kept (issue 14), so the group stays whole in the body. Article dumps only: a
    whole page's boxes of other stories are rows too.
    """
    if document.source != "text" or document.metadata.get("dump") != "article":
        return None
    restored = tuple(
        (segment, BODY)
        for segment in document.segments
        if segment.joined_rows
        and (segment.label is CAPTION or segment.label is REMOVED)
        and segment.reason not in _WHOLE_GROUP_REASONS
    )
    if not restored:
        return None
    return Finding(restored=restored)
