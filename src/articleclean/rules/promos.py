"""Share, newsletter, subscribe, follow, app and comment prompts."""

from __future__ import annotations

import re

from ..article import Reason
from ..document import Segment, phrase_form
from ..names import parse_byline
from .base import removes
from .context import PhraseBook

# Thresholds, set by hand. A prompt is short; a long sentence that contains "follow us"
# is prose. The word limit is `CleanerConfig.promo_max_words` (25; on the tune part of
# webeval, bench/split.py, 15 loses F1 and 40 changes nothing); this caps lines with
# long words or URLs.
_MAX_PROMPT_CHARS = 300
_COMMENT_COUNT = re.compile(
    r"^(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|комментари[йяи]|评论|댓글)"
    r"\s*[(\[]?\s*\d*\s*[)\]]?$",
    re.IGNORECASE,
)
# Above this many words a sentence with a prompt phrase must speak to the reader ("you",
# "Sie", "vous") to be a prompt: "Voters who want to sign up for …" reports, it does not ask.
_MAX_UNADDRESSED_WORDS = 12
_READER_ADDRESS = re.compile(
    r"\b(?:you|your|yours|our|us|we|sie|ihr|ihre|ihren|unser\w*|vous|votre|vos|notre|nos|"
    r"tu|tus|te|usted|nuestr[oa]s?|você|vocês|nosso|nossa|ti|tuo|tua|nostr[oaie]|"
    r"вы|вас|ваш\w*|наш\w*|нас|kami|anda|kamu)\b|我们|你|您",
    re.IGNORECASE,
)
# Someone quoted as saying "follow us" is reported, not prompting the reader.
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|‘[^’]*’|「[^」]*」")
# "Follow AP's coverage of Congress at https://…": an imperative pointing elsewhere.
_LINK_PROMPT = re.compile(
    r"^(?:follow|read|watch|listen|subscribe|sign up|download|visit|get|find|see|more|"
    r"folgen|lesen|suivez|lisez|síguenos|sigue|lea|leia|segui|читайте|подпишитесь)\b"
    r".*(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)

# A prompt worded as no phrase list has it still names where to go (a network, a
# messenger, an app, the reader's inbox) and asks for an action there with its first
# word, or with its last in German: "Diesen Beitrag per WhatsApp teilen", "Folge uns
# auf Telegram", "Descarga nuestra app". Names and verbs are shared by sites of every
# kind; a headline about a network ("Facebook to share user data") puts neither verb
# first.
_CHANNEL = re.compile(
    r"(?<!\w)(?:facebook|twitter|whatsapp|telegram|instagram|linkedin|pinterest|tiktok|"
    r"youtube|threads|mastodon|bluesky|flipboard|google news|e-?mail|mail|newsletter|"
    r"postfach|inbox|courriel|correo|app|rss)(?!\w)",
    re.IGNORECASE,
)
_ACTION = (
    r"(?:share|follow|subscribe|sign up|download|get|join|"
    r"teilen|teile|folge|folgen|abonnieren|abonniere|registrieren|herunterladen|erhalten|"
    r"partagez|partager|suivez|abonnez-vous|inscrivez-vous|téléchargez|recevez|rejoignez|"
    r"comparte|compartir|síguenos|sigue|suscríbete|regístrate|descarga|recibe|únete|"
    r"compartilhe|partilhe|siga|assine|inscreva-se|baixe|receba|"
    r"condividi|seguici|segui|iscriviti|scarica|ricevi)"
)
_ACTION_FIRST = re.compile(r"^\W*(?:jetzt\s+|now\s+)?" + _ACTION + r"(?!\w)", re.IGNORECASE)
_GERMAN_ACTIONS = ("teilen", "folgen", "abonnieren", "registrieren", "herunterladen", "erhalten")
# Spelled as sites print them (lower case, capitalised, capitals), so that pass 1 can
# look for them as plain strings (one trie with its other triggers): every line this
# pattern matches has one of them.
_GERMAN_ACTION_SPELLINGS = sorted(
    {form for verb in _GERMAN_ACTIONS for form in (verb, verb.capitalize(), verb.upper())}
)
_NAMES_A_GERMAN_ACTION = re.compile("|".join(_GERMAN_ACTION_SPELLINGS))
_ACTION_LAST = re.compile(r"(?<!\w)(?:" + _NAMES_A_GERMAN_ACTION.pattern + r")\W*$")
_MAX_CHANNEL_PROMPT_WORDS = 12
# "Folgen der Nichteinwilligung: Der Dienst Facebook …" labels what follows; a prompt
# is one request.
_LABEL_THEN_TEXT = re.compile(r"[:：]\s+\w")


def _asks_on_channel(text: str, unquoted: str, word_count: int) -> bool:
    # The action is looked for in the line as it stands, as pass 1's triggers look
    # for it; the channel outside quotes ('"Follow us on Instagram," she said' reports).
    return (
        word_count <= _MAX_CHANNEL_PROMPT_WORDS
        and (_ACTION_FIRST.search(text) is not None or _ACTION_LAST.search(text) is not None)
        and _CHANNEL.search(unquoted) is not None
        and _LABEL_THEN_TEXT.search(unquoted) is None
    )


@removes(
    Reason.PROMO,
    triggers=(_COMMENT_COUNT, _LINK_PROMPT, _ACTION_FIRST, _NAMES_A_GERMAN_ACTION),
)
def promo_prompt(segment: Segment, context: PhraseBook) -> bool:
    matcher = context.phrases["promo_prompt"]
    if matcher.is_line(segment) or _COMMENT_COUNT.match(segment.text):
        return True
    if segment.word_count > context.config.promo_max_words or len(segment.text) > _MAX_PROMPT_CHARS:
        return False
    if _LINK_PROMPT.match(segment.text):
        return True
    unquoted = _QUOTED.sub(" ", segment.text)
    if unquoted == segment.text:
        found = matcher.found_in(segment.phrase_form, segment.phrase_words)
    else:
        found = matcher.found_in(phrase_form(unquoted))
    if not found and not _asks_on_channel(segment.text, unquoted, segment.word_count):
        return False
    if parse_byline(segment.text) is not None:
        return False  # "Posted by Jane Doe" names the author: a byline (byline_line)
    # A prompt that is a whole sentence speaks to the reader ("… to your inbox");
    # "Voters who want to sign up for the postal ballot …" speaks about others.
    if segment.word_count > _MAX_UNADDRESSED_WORDS and segment.ends_like_sentence:
        return bool(_READER_ADDRESS.search(unquoted))
    return True
