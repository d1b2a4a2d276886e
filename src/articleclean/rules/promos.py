"""Share, newsletter, subscribe, follow, app and comment prompts."""

from __future__ import annotations

import re

from ..article import Reason
from ..document import Segment
from .base import removes
from .context import Context

# A prompt is short; a long sentence that contains "follow us" is prose.
_MAX_PROMPT_WORDS = 25
_MAX_PROMPT_CHARS = 300
_COMMENT_COUNT = re.compile(
    r"^(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|комментари[йяи]|评论|댓글)"
    r"\s*[(\[]?\s*\d*\s*[)\]]?$",
    re.IGNORECASE,
)


@removes(Reason.PROMO)
def promo_prompt(segment: Segment, context: Context) -> bool:
    matcher = context.phrases["promo_prompt"]
    if matcher.is_line(segment) or _COMMENT_COUNT.match(segment.text):
        return True
    if segment.word_count > _MAX_PROMPT_WORDS or len(segment.text) > _MAX_PROMPT_CHARS:
        return False
    return matcher.found_in(segment.phrase_form)
