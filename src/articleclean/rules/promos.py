"""Share, newsletter, subscribe, follow, app and comment prompts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..article import Reason
from ..document import Segment, phrase_form
from ..lexicon import DIGIT, MAIL_WORDS, SOCIAL_NETWORKS, STATEMENT_THEN_MARKS
from ..names import parse_byline
from ..patterns import (
    by_first_letter,
    case_partners,
    char_class,
    printed_forms,
    search_from,
    spelled_every_way,
    strings_of,
)
from ..phrases import word_list
from .base import removes
from .phrasebook import PhraseBook, PhraseMatcher

if TYPE_CHECKING:
    from ..config import CleanerConfig

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
MAX_UNADDRESSED_WORDS = 12
_READER_ADDRESS = re.compile(
    r"\b(?:you|your|yours|our|us|we|sie|ihr|ihre|ihren|unser\w*|vous|votre|vos|notre|nos|"
    r"tu|tus|te|usted|nuestr[oa]s?|você|vocês|nosso|nossa|ti|tuo|tua|nostr[oaie]|"
    r"вы|вас|ваш\w*|наш\w*|нас|kami|anda|kamu)\b|我们|你|您",
    re.IGNORECASE,
)
# German's informal address, to one reader or to many ("Trag dich ein, und wir schicken dir
# …", "Damit euch nichts entgeht …"): `_READER_ADDRESS` knows the polite "Sie" and "ihr",
# not these (round 42). "du" itself counts only beside one of the verbs a prompt asks with
# ("du kannst", "möchtest du", "findest du"): French prints "du" in every other sentence,
# and "c'est du …", "à l'ouest du …", "le test du …" end in "st" as German's verbs do.
_DU_VERBS = (
    "kannst", "willst", "möchtest", "musst", "sollst", "solltest", "darfst", "hast", "bist",
    "wirst", "findest", "bekommst", "erhältst", "brauchst", "magst",
)  # fmt: skip
_INFORMAL_GERMAN_ADDRESS = re.compile(
    r"\b(?:dich|dir|dein|deine[mnrs]?|euch|euer|eure[mnrs]?)\b"
    r"|\bdu\s+(?:" + "|".join(_DU_VERBS) + r")\b"
    r"|\b(?:" + "|".join(_DU_VERBS) + r")\s+du\b",
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
# A network's or a newsletter's name takes a case ending in languages that inflect it
# ("na Instagramie", "na Facebooku", "do newslettera", "в Телеграме", "nyhetsbrevet"):
# up to three letters after the name. Not after "app", "mail" or "inbox", whose longer
# words are other words ("apple", "mailbox" aside, "apply", "mails"), and whose forms in
# those languages are listed whole ("appen", "aplikację", "uygulamamızı").
_CHANNEL = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(SOCIAL_NETWORKS) + r"|newsletter|nyhetsbrev|nieuwsbrief|"
    r"notiziario|buletin|uudiskir|uutiskirj|телеграм|вконтакте|рассылк)\w{0,3}|bülten\w{0,5}|google news|"
    + "|".join(map(re.escape, MAIL_WORDS))
    + r"|postfach|inbox|app|appen|apka|apkę|aplikacj[aęię]|"
    r"aplikasi\w{0,3}|uygulama\w{0,5}|приложени[еия]|e-?post(?:a)?|mejl|rss"
    # a compound naming a letter by its time ("Morgenmail", "ochtendmail", "morgonbrev")
    r"|\w{3,}(?:mail|brev|brief))(?!\w)",
    re.IGNORECASE,
)
_ACTION = (
    r"(?:share|follow|subscribe|sign up|download|get|join|listen|"
    # listening to an episode where it plays ("Luister de hele aflevering … via Spotify")
    r"luister|hör|höre|hören|écoutez|escucha|ouça|ascolta|posłuchaj|слушайте|"
    r"teilen|teile|folge|folgen|abonnieren|abonniere|registrieren|herunterladen|erhalten|"
    r"partagez|partager|suivez|abonnez-vous|inscrivez-vous|téléchargez|recevez|rejoignez|"
    r"comparte|compartir|síguenos|sigue|suscríbete|regístrate|descarga|recibe|únete|"
    r"compartilhe|partilhe|siga|assine|inscreva-se|baixe|receba|"
    r"condividi|seguici|segui|iscriviti|scarica|ricevi|"
    r"obserwuj|śledź|udostępnij|zapisz się|pobierz|subskrybuj|dołącz|"
    r"följ|dela|prenumerera|ladda ner|hämta|"
    r"volg|deel|abonneer|schrijf je in|meld je aan|"
    r"ikuti|bagikan|berlangganan|unduh|gabung|bergabung|"
    r"abone ol|abone olun|"
    r"telli|jaga|jälgi|laadi alla|"
    r"tilaa|seuraa|lataa|"
    r"подпишитесь|подписывайтесь|подпишись|следите|поделитесь|скачайте|присоединяйтесь)"
)
_ACTION_FIRST = re.compile(r"^\W*(?:jetzt\s+|now\s+)?" + _ACTION + r"(?!\w)", re.IGNORECASE)
# `_ACTION_FIRST` as `_asks_on_channel` asks it (whether it matches), its verbs grouped by
# first letter: the engine skips a group whose letter the line does not open with, where
# it tried each of the ~90 case-blind verbs on every line (round 53: ~13,000 instructions
# a search replayed; the same lines found, tests/test_class_first_patterns.py). The screen
# reads `_ACTION_FIRST`, spliced from its text with its other triggers.
_ACTIONS = re.sub(r"[()?:]", "", _ACTION).split("|")
_ACTS_FIRST = re.compile(
    r"^\W*(?:(?:" + by_first_letter(("jetzt", "now")) + r")\s+)?"
    r"(?:" + by_first_letter(_ACTIONS) + r")(?!\w)",
    re.IGNORECASE,
)
_GERMAN_ACTIONS = (
    *("teilen", "folgen", "abonnieren", "registrieren", "herunterladen", "erhalten"),
    "anmelden",
)
# Turkish puts the verb last too ("Bizi Instagram'da takip edin", "Uygulamamızı indirin",
# "Bu haberi WhatsApp'ta paylaş"): its imperatives, to one reader and to many.
_TURKISH_ACTIONS = (
    *("takip et", "takip edin", "paylaş", "paylaşın", "indir", "indirin"),
    *("kaydol", "kaydolun", "abone ol", "abone olun", "katıl", "katılın"),
)
# (two-word verbs printed in title case too, "Takip Edin": `printed_forms` capitalises
# the first word only)
_ACTIONS_LAST = (
    *_GERMAN_ACTIONS,
    *_TURKISH_ACTIONS,
    *(verb.title() for verb in _TURKISH_ACTIONS if " " in verb),
)
# Spelled as sites print them (lower case, capitalised, capitals), so that pass 1 can
# look for them as plain strings (one trie with its other triggers): every line this
# pattern matches has one of them.
_NAMES_A_LAST_ACTION = re.compile("|".join(printed_forms(_ACTIONS_LAST)))
_ACTION_LAST = re.compile(r"(?<!\w)(?:" + _NAMES_A_LAST_ACTION.pattern + r")\W*$")
_MAX_CHANNEL_PROMPT_WORDS = 12
# A channel prompt may run to a sentence that says what comes ("Get the latest news
# straight to your phone with the VI Consortium app.", 13 words) when it speaks to the
# reader: a report of an app ("Users can now download the app …") does not, and a share
# bar's row of labels ("Diesen Post per E-Mail versenden BlogThis! In Twitter freigeben
# …") is no sentence, and is left to the rules that read it as the site's (taken as a
# prompt, it moved `dump_kind`'s reading of a blog's page). Round 57, tune: 16 takes 1
# prompt and 2 form messages on 3 sites, no line the labelled page and article dumps
# call body.
_MAX_CHANNEL_SENTENCE_WORDS = 16
# "Folgen der Nichteinwilligung: Der Dienst Facebook …" labels what follows; a prompt
# is one request.
_LABEL_THEN_TEXT = re.compile(r"[:：]\s+\w")


def _asks_on_channel(text: str, unquoted: str, word_count: int) -> bool:
    # The action is looked for in the line as it stands, as pass 1's triggers look
    # for it; the channel outside quotes ('"Follow us on Instagram," she said' reports).
    return (
        _channel_prompt_sized(text, unquoted, word_count)
        and (_ACTS_FIRST.search(text) is not None or _ACTION_LAST.search(text) is not None)
        and _CHANNEL.search(unquoted) is not None
        and (_LABEL_THEN_TEXT.search(unquoted) is None or _channel_label(unquoted))
    )


def _channel_prompt_sized(text: str, unquoted: str, word_count: int) -> bool:
    """A prompt's length, or a sentence's a little longer that speaks to the reader."""
    if word_count <= _MAX_CHANNEL_PROMPT_WORDS:
        return True
    return (
        word_count <= _MAX_CHANNEL_SENTENCE_WORDS
        and STATEMENT_THEN_MARKS.search(text) is not None
        and addresses_reader(unquoted)
    )


def _channel_label(text: str) -> bool:
    """The line opens with the channel alone as its label ("Newsletter: Jeden Freitag die
    besten Spartipps – jetzt anmelden"; round 55's audit by form): the offer names itself,
    where a label that labels what follows ("Folgen der Nichteinwilligung: …") is no
    channel's name."""
    label, colon, _ = text.partition(":")
    return bool(colon) and _CHANNEL.fullmatch(label.strip()) is not None


# An offer with no verb still names where it goes: the reader's mailbox, as the line's
# last words ("Die wichtigsten Nachrichten jeden Morgen per Mail", "The day's top
# stories in your inbox", "L'essentiel de l'actualité dans votre boîte mail", "Lo mejor
# de la semana en tu correo"). A preposition of delivery and a mailbox word end it.
_MAILBOX = (
    r"(?:e-?mail|mail|postfach|posteingang|inbox|courriel|bo[iî]te(?:\s+(?:mail|e-mail|aux\s+lettres))?|"
    r"correo(?:\s+electr[oó]nico)?|bandeja\s+de\s+entrada|"
    r"mailbox|inkorg(?:en)?|e-?postlåda|skrzynkę(?:\s+e-?mail)?|pocztę|casella(?:\s+di\s+posta|\s+e-?mail)?|"
    r"почту|email\s+anda|e-?mail\s+kamu)"
)
_TO = r"(?<!\w)(?:per|via|by|to|into|in|par|dans|por|en|al|i|na|nella|nel|op|di|ke|на|в)\s+"
_READERS = (
    r"(?:ihr|ihren|dein|deinen|your|votre|ta|tu|su|din|er|swoją|twoją|tua|vostra|je|jouw|"
    r"uw|вашу|свою)\s+"
)
# Turkish names the mailbox with the case ending, no preposition: "gelen kutunuzda"
# (in your inbox), "e-postanıza" (to your e-mail).
_TURKISH_MAILBOX = r"(?<!\w)(?:gelen\s+kutunuz|e-?postanız)(?:da|a)"
_DELIVERY = re.compile(
    r"(?:" + _TO + r"(?:" + _READERS + r")?" + _MAILBOX + r"|" + _TURKISH_MAILBOX + r")(?!\w)",
    re.IGNORECASE,
)
_DELIVERY_LAST = re.compile(_DELIVERY.pattern + r"[^\w.?]*$", re.IGNORECASE)
# Whether `_DELIVERY` is in a line (what `promo_shape` asks), searched from the first
# letters of its prepositions and of the Turkish mailbox (with every letter the engine
# takes for one, case ignored), at a word's start as each of its alternatives opens:
# `_DELIVERY` opens with a look-behind, which the engine tries whole at every position
# (round 53: ~59,000 instructions a search replayed; the same lines found,
# tests/test_class_first_patterns.py).
_DELIVERY_FIRST_LETTERS = "pvbtieandokgнв"
_HAS_DELIVERY = search_from(
    _DELIVERY_FIRST_LETTERS, _DELIVERY.pattern, ignore_case=True, word_start=True
)
# The reader's own mailbox last, whatever marks close it: an offer may end in a full stop
# when the mailbox it names is the reader's ("Die besten Nachrichten direkt in Ihr
# Postfach."); round 13 meant `_offers_delivery` to take a closing stop when the line
# speaks to the reader, but `_DELIVERY_LAST` left such lines out before that was asked. Not
# any address in the line: "Sie erhielten die Kündigung per Mail." reports.
_READERS_MAILBOX_LAST = re.compile(_TO + _READERS + _MAILBOX + r"(?!\w)\W*$", re.IGNORECASE)


# Pass 1's screen for `promo_shape`'s offers: their mailbox word, which every match of
# `_DELIVERY` holds (any part of the mailbox word screens as well: "krzynk", not
# "skrzynk", round 51).
_MAILBOX_WORDS = (
    *("mail", "postfach", "posteingang", "inbox", "courriel"),
    *("boite", "boîte", "correo", "bandeja"),
    *("inkorg", "postlåda", "krzynk", "poczt", "casella", "почт", "kutunuz", "postanız"),
)
_MAILBOX_WORD = re.compile("|".join(_MAILBOX_WORDS), re.IGNORECASE)
"""The words case-blind, as the screen searched them before round 58: the reference
tests/test_mailbox_spellings.py compares `_MAILBOX_SPELLINGS` with."""


# The screen looks for `_MAILBOX_WORD` as plain strings: each word spelled every way the
# engine reads it with case ignored (`spelled_every_way`), so the literal triggers' one
# pass finds them with its other strings, where the case-blind alternation was a search of
# its own, entered at every "i", "m", "p", "c", "b" and "k" of every short line (round
# 58: ~28 M of the text path's instructions). The same lines hold one. A word spelled
# more ways than `strings_of` lists ("posteingang", 6,144) is a pattern for each spelling
# of its first two letters: a search of its own, through every short line, cost ~17 M.
def _listed_spellings(word: str) -> tuple[re.Pattern[str], ...]:
    whole = re.compile(spelled_every_way(word))
    if strings_of(whole) is not None:
        return (whole,)
    return tuple(
        re.compile(re.escape(first + second) + spelled_every_way(word[2:]))
        for first in case_partners(frozenset(word[0]))
        for second in case_partners(frozenset(word[1]))
    )


_MAILBOX_SPELLINGS = tuple(
    pattern for word in _MAILBOX_WORDS for pattern in _listed_spellings(word)
)
# ... at most this many words, the length of a prompt or a box's label; a few more when
# the mailbox named last is the reader's own ("Aktuelle Stories und die wichtigsten News
# für Marketeers direkt in dein Postfach!", 11 words): "Die Bewerbung können
# Interessierte bis Ende des Monats an das Rathaus per Mail" names no reader's. (Round
# 57, tune: 14 takes one more offer on each of 2 sites, no line the labelled page and
# article dumps call body.)
_MAX_DELIVERY_WORDS = 10
_MAX_READERS_DELIVERY_WORDS = 14
# Sentences ("Sie erhielten die Kündigung per Mail.") and questions ("Lohnzettel per
# Mail?") end in their own mark; the offer does not, unless it speaks to the reader.
_ENDS_AS_STATEMENT = re.compile(r"[.?]\W*$")
# A personal pronoun first is a statement's subject (a form's message, a sentence
# without its full stop); the offer names what comes, not who sends it.
_SUBJECT_FIRST = re.compile(
    r"^\W*(?:we|i|you|he|she|they|it|wir|ich|du|er|es|nous|je|vous|il|elle|ils|elles|on|"
    r"nosotros|yo|te|le|les|se)(?!\w)",
    re.IGNORECASE,
)

# German calls to act put the verb last, after "Jetzt": "Jetzt kostenlos registrieren
# und weiterlesen", "Jetzt anmelden". The opening "Jetzt" and an infinitive of signing
# up, reading on or sharing as the last word ask the reader; a headline or subheading
# with "jetzt" keeps a finite verb inside it ("Jetzt muss die Stadt handeln") or ends
# on a noun.
_JETZT_FIRST = re.compile(r"^\W*(?:jetzt|JETZT|Jetzt)\s")
_JETZT_ACTIONS = (*_GERMAN_ACTIONS, "anmelden", "weiterlesen")
# A finite auxiliary or modal in second place makes the line a clause with "jetzt" in
# front ("Jetzt sollen Pflegekräfte mehr Geld erhalten"), not a call.
_GERMAN_FINITE = re.compile(
    r"(?<!\w)(?:muss|müssen|soll|sollen|will|wollen|kann|können|darf|dürfen|mag|möchte|"
    r"wird|werden|hat|haben|ist|sind|gibt|geht|gehen|lässt|lassen)(?!\w)",
    re.IGNORECASE,
)
_JETZT_ACTION_LAST = re.compile(
    r"(?<!\w)(?:" + "|".join(_JETZT_ACTIONS) + r")[^\w]*$", re.IGNORECASE
)
_MAX_JETZT_WORDS = 8


# A request to share the page itself: a share verb and the page as its object ("Diese
# Seite teilen", "Möchten Sie den Artikel teilen?", "Teile diesen Beitrag auf Social
# Media.", "Share this story", "Partagez cet article") or the people to share it with
# ("Mit Freunden teilen", "Den Artikel mit anderen teilen/diskutieren:"). Sites word it
# in a hundred ways, so it is known by these two parts, not by a phrase list; a verb
# alone with a colon ("Sharen mit:", "Teilen:") heads the share bar. "Teilen Sie uns
# Ihre Erfahrungen mit" tells, it shares no page: its object is none of these. The verbs
# are the phrase files' `words` lists, `share_verb`.
_SHARE_VERBS = word_list("share_verb")
_SHARES = re.compile(r"(?<!\w)(?:" + "|".join(_SHARE_VERBS) + r")(?!\w)", re.IGNORECASE)
# Whether `_SHARES` is in a line, searched from the verbs' first letters (with every
# letter the engine takes for one of them, case ignored): a pattern opening with a
# look-behind is tried whole at every position, one opening with a class only where the
# class stands, and from there the same pattern is tried (round 53: ~29,000 instructions
# a line replayed; the same lines found, tests/test_class_first_patterns.py).
_HAS_SHARE = search_from((verb[0] for verb in _SHARE_VERBS), _SHARES.pattern, ignore_case=True)
_SHARE_FIRST = re.compile(
    r"^\W*(?:jetzt\s+|bitte\s+|now\s+|please\s+)?(?:" + "|".join(_SHARE_VERBS) + r")(?!\w)",
    re.IGNORECASE,
)
# Pass 1's screen for the share requests: every line `_SHARES` finds holds one of these.
_NAMES_A_SHARE = re.compile("|".join(printed_forms(_SHARE_VERBS)))
_THE_PAGE = re.compile(
    r"(?<!\w)(?:(?:diese[nsm]?|den|das|unser(?:en)?|this|cet|cette|este|esta|questo|"
    r"quest[oa]|dit|deze|ten|tę)\s+(?:artikel|beitrag|seite|geschichte|text|blogeintrag|"
    r"post|article|story|page|artículo|nota|noticia|articolo|artigo|matéria|notícia|"
    r"artykuł|wpis|tekst|bericht)|artikel|beitrag|article|mit freunden|mit anderen|"
    r"with (?:your )?friends|with others|avec vos amis|con tus amigos|con i tuoi amici|"
    r"com (?:os )?seus amigos|z (?:innymi|przyjaciółmi|znajomymi))(?!\w)",
    re.IGNORECASE,
)
_MAX_SHARE_WORDS = 12
_SHARE_BAR_WORDS = 2
_COLON_LAST = re.compile(r"[:：]\s*$")
_FULL_STOP_LAST = re.compile(r"[^.]\.\s*$")  # one stop: "Jetzt teilen..." trails off
# A question or an exclamation before the request opens a sentence of its own: "Enjoyed
# this article? Share it with a friend." asks first in its last sentence.
_QUESTION_OR_EXCLAMATION_BREAK = re.compile(r"[?!]\s+")


def _last_sentence(text: str) -> str:
    """The line after its last question or exclamation (the whole line if it has none)."""
    return _QUESTION_OR_EXCLAMATION_BREAK.split(text)[-1]


# The share bar printed as one row, its label and then its buttons' names ("Teilen:
# Facebook WhatsApp E-Mail", "Condividi: Facebook X Email", "Share: Facebook Twitter
# LinkedIn"): what a text browser or a copy of the page leaves of the bar's links
# (`markdown_link_row` reads the same row with its links kept). The label is the share
# bar's (a share verb of up to `_SHARE_BAR_WORDS` words before a colon), and every word
# after it names a channel, so no sentence or value follows the label ("Teilen: Die
# Stadt …" is text). "X" counts only so written, beside other channels.
_MIN_BAR_BUTTONS = 2
_MAX_BAR_BUTTONS = 8
_BUTTON_SEPARATORS = re.compile(r"[\s,|·•/]+")


def _share_bar_row(text: str) -> bool:
    label, colon, buttons = text.partition(":")
    if not colon or len(label.split()) > _SHARE_BAR_WORDS or _HAS_SHARE(label) is None:
        return False
    names = [name for name in _BUTTON_SEPARATORS.split(buttons) if name]
    return _MIN_BAR_BUTTONS <= len(names) <= _MAX_BAR_BUTTONS and all(
        name == "X" or _CHANNEL.fullmatch(name) is not None for name in names
    )


def _asks_to_share_the_page(text: str, words: int) -> bool:
    """A short request to share the page itself, or the share bar's label."""
    if words > _MAX_SHARE_WORDS or _HAS_SHARE(text) is None:
        return False
    if _share_bar_row(text):
        return True  # (its buttons may be parted by bars: one bar, no two prompts)
    if _JOINER_CHARS.search(text):
        return False  # two things on one line: `promo_shape` judges each part alone
    if words <= _SHARE_BAR_WORDS and _COLON_LAST.search(text):
        return True
    if _FULL_STOP_LAST.search(text) and _SHARE_FIRST.search(_last_sentence(text)) is None:
        return False  # a statement ("Viele Leser teilen den Artikel."); a request asks first
    # A label and its value ("Artikel: Download PDF Drucken Teilen") is a toolbar's row
    # or a fact, as with `_asks_on_channel`, not one request.
    return _THE_PAGE.search(text) is not None and _LABEL_THEN_TEXT.search(text) is None


# The comment section's own labels: a comment word first or last in a line of at most
# five words, no sentence ("Kommentare schreiben", "Letzte Kommentare", "WRITE A
# COMMENT", "Kommentar hinzufügen", "Publier un nouveau commentaire", "comments powered
# by Disqus", "Veröffentlicht unter Reisen | 7 Kommentare"). A heading of the
# article's own with the word inside ("Kein Kommentar zum Urteil") does not put it at
# either end; a column's kicker "Kommentar" alone is a label the article dump does not
# print as body, and "Kommentar von Jane Doe" is a byline (`_is_prompt` checks).
_COMMENT_WORD = (
    r"(?:kommentare?|kommentieren|comments?|commentaires?|commenter|comentarios?|comentar|"
    r"commenti|commentare|komentarz[eay]?|skomentuj|reacties|reageer)"
)
_COMMENT_FIRST = re.compile(r"^\W*(?:\d+\s+)?" + _COMMENT_WORD + r"(?!\w)", re.IGNORECASE)
_COMMENT_LAST = re.compile(r"(?<!\w)" + _COMMENT_WORD + r"[\s:(\[]*\d*[)\]]?\W*$", re.IGNORECASE)
# Pass 1's screen for the comment labels: every comment word holds one of these stems.
_COMMENT_STEMS = (
    *("kommentar", "kommentieren", "comment", "comentar"),
    *("komentarz", "skomentuj", "reacties", "reageer"),
)
_NAMES_A_COMMENT = re.compile("|".join(printed_forms(_COMMENT_STEMS)))
_MAX_COMMENT_LABEL_WORDS = 5
# "Kommentar von Jane Doe", "#1 Kommentar von Naru-chan", "Comment by …": who wrote it (a
# column's byline, a comment's header), not the section's label.
# ("comments powered by Disqus" names the comment software: a label still.)
_WRITTEN_BY = re.compile(
    r"(?<!\w)(?<!powered )(?:von|by|from|de|par|di|por|od|door)\s+\w", re.IGNORECASE
)


def labels_comments(text: str, words: int) -> bool:
    """Whether a line of `words` words is the comment section's label (`outside_article`
    ends the article at one below its prose)."""
    return (
        words <= _MAX_COMMENT_LABEL_WORDS
        and STATEMENT_THEN_MARKS.search(text) is None
        and (_COMMENT_FIRST.search(text) is not None or _COMMENT_LAST.search(text) is not None)
        and _WRITTEN_BY.search(text) is None
    )


# A site's newsletter box is headed by its name and the word: "PC Gamer Newsletter",
# "Der Verivox-Newsletter", "Cicero Newsletter". At most four words ending in it.
_NEWSLETTER_LAST = re.compile(r"(?:^|[\s-])newsletter\W*$", re.IGNORECASE)
_NEWSLETTER_SPELLINGS = re.compile("|".join(printed_forms(("newsletter",))))
_MAX_NEWSLETTER_LABEL_WORDS = 4


def _heads_a_newsletter(text: str, words: int) -> bool:
    return words <= _MAX_NEWSLETTER_LABEL_WORDS and _NEWSLETTER_LAST.search(text) is not None


# The comment form's notice that one must log in first: "You must be logged in to post
# a comment", "Du musst angemeldet sein, um einen Kommentar abzugeben", "Um einen
# Kommentar zu hinterlassen, loggen Sie sich bitte ein", "Iniciar sesión para comentar",
# "Die Kommentarfunktion ist registrierten Benutzern vorbehalten". By its two halves
# together, the comment and the log-in, in a line of a prompt's length: comment systems
# print it under the article on sites of every kind (round 25, tune: 24 such lines on 19
# sites of the labelled dumps, 22 labelled chrome, other or teaser, the other 2 one
# site's notice inside its article element). Either half alone is another line:
# "Kommentare" labels the section, "Anmelden" the site's menu. A report of such a rule
# ("Readers will have to log in to comment, the paper said") speaks of others, and
# `_is_prompt` keeps a sentence of over 12 words that does not address the reader.
_LOGIN = re.compile(
    r"(?<!\w)(?:eingeloggt|einloggen|loggen\s(?:\w+\s){0,3}?ein|angemeldet|anmelden|"
    r"melden\s(?:\w+\s){0,3}?an|registriert\w*|registrieren|"
    r"logged in|log in|login|sign in|signed in|registered|"
    r"connecté\w*|connectez|vous connecter|identifié\w*|"
    r"iniciar sesión|inicia sesión|registrad[oa]s?|"
    r"connesso|accedi|registrat[oi]|logado|fazer login|"
    r"ingelogd|inloggen|zalogowan\w*|zaloguj)(?!\w)",
    re.IGNORECASE,
)


def _comments_need_login(text: str) -> bool:
    """A line that names the comments and logging in: the comment form's notice. (The
    comment word by pass 1's own trigger, plain strings: a case-blind pattern searched
    every shaped line cost 0.2 % of the text path by callgrind.)"""
    return _NAMES_A_COMMENT.search(text) is not None and _LOGIN.search(text) is not None


def _words(text: str) -> int:
    """Words with a letter or digit: the marks a site prints around a label ("» … ›")
    are no words of it. (Most words are letters alone: `isalnum` of the word answers
    them in one call, where a generator over its characters cost ~26,000 instructions a
    line by callgrind, a fifth of `_prompt_by_shape`.)"""
    return sum(1 for word in text.split() if word.isalnum() or any(map(str.isalnum, word)))


def _offers_delivery(text: str, unquoted: str, word_count: int) -> bool:
    """A short line that ends by naming the reader's mailbox as where something goes."""
    if word_count > _MAX_READERS_DELIVERY_WORDS or DIGIT.search(text):
        return False  # a product or a price list's row ("10-er Pakete … per Mail")
    if _SUBJECT_FIRST.match(text):
        return False  # a statement with its subject: "We will notify you via email"
    # Both patterns below open with `_TO`'s look-behind, which the engine tries at every
    # position of the line; each match holds a match of `_DELIVERY` (its own opening), so
    # `_HAS_DELIVERY`, tried only at its first letters, turns away first the lines with
    # none (round 56: 209 of 302 shaped lines reach here, 3 hold one).
    if _HAS_DELIVERY(unquoted) is None:
        return False
    if word_count > _MAX_DELIVERY_WORDS:
        return _READERS_MAILBOX_LAST.search(unquoted) is not None
    return (
        _DELIVERY_LAST.search(unquoted) is not None
        or _READERS_MAILBOX_LAST.search(unquoted) is not None
    )


# A newsletter's offer may name when it comes instead of where: a verb of receiving first
# and a schedule ("Recevez nos meilleurs articles chaque semaine", "Recibe las noticias
# más importantes cada mañana", "Receive our top stories every morning"). Verbs of
# receiving only, as the reader is asked to: "Get eight hours of sleep every night" is
# advice. Spanish "recibe" also tells of someone ("Recibe cada semana cientos de
# cartas."), so a line that ends as a statement must speak to the reader, as with
# `_offers_delivery`. The verbs are the phrase files' `words` lists, `receive_verb`.
_RECEIVE_VERBS = word_list("receive_verb")
# Spelled as sites print them and anchored, with no case-blind flag: pass 1's screen tries
# it at each line's start with its other anchored triggers, as `_JETZT_FIRST`.
_RECEIVE_FIRST = re.compile(r"^\W*(?:" + "|".join(printed_forms(_RECEIVE_VERBS)) + r")(?!\w)")
_SCHEDULE = re.compile(
    r"(?<!\w)(?:every (?:morning|day|evening|week|weekday|month)|"
    r"chaque (?:matin|jour|soir|semaine|mois)|tous les (?:matins|jours|soirs)|"
    r"cada (?:mañana|día|dia|noche|semana|mes)|todos los (?:días|lunes|viernes)|"
    r"jeden (?:morgen|tag|abend|monat)|jede woche|"
    r"ogni (?:mattina|giorno|sera|settimana)|todas as manhãs|todos os dias|toda semana|"
    r"każdego (?:ranka|dnia|tygodnia|wieczoru)|codziennie|varje (?:morgon|dag|kväll|vecka)|"
    r"elke (?:ochtend|dag|avond|week)|setiap (?:pagi|hari|malam|minggu)|"
    r"her (?:sabah|gün|akşam|hafta)|каждое утро|каждый день|каждый вечер|каждую неделю)"
    r"(?!\w)",
    re.IGNORECASE,
)
_MAX_SCHEDULE_WORDS = 10


def _offers_by_schedule(text: str, unquoted: str, word_count: int) -> bool:
    """A short line asking the reader to receive something on a schedule."""
    if word_count > _MAX_SCHEDULE_WORDS or _RECEIVE_FIRST.search(text) is None:
        return False
    if DIGIT.search(text) or _SCHEDULE.search(unquoted) is None:
        return False  # a price or an offer's terms ("Receive 10 % off every month")
    return _ENDS_AS_STATEMENT.search(text) is None or addresses_reader(unquoted)


def _calls_now(text: str, word_count: int) -> bool:
    """A short German call: "Jetzt", then the action's infinitive last."""
    return (
        word_count <= _MAX_JETZT_WORDS
        and _JETZT_FIRST.search(text) is not None
        and _JETZT_ACTION_LAST.search(text) is not None
        and _GERMAN_FINITE.search(text) is None
    )


# A paywall's prompt names what the reader does not see: the full story, the rest of
# it ("To view the full story, please subscribe", "Pour lire la suite", "Um den ganzen
# Artikel zu lesen"). Not "continue reading": an ad's "continue reading below" stands
# inside the article, which goes on after it.
_REST_OF_THE_STORY = re.compile(
    r"full (?:story|article)|rest of (?:the|this) (?:story|article)|lire la suite|"
    r"ganzen artikel|vollständigen artikel|weiterzulesen|seguir leyendo|continuar leyendo",
    re.IGNORECASE,
)


def asks_for_the_rest(text: str) -> bool:
    """Whether a prompt asks the reader to pay or sign up for the rest of the story: the
    article ends where it stands. (Not a comment count, "Comments (48)": a share bar
    prints one between the article's paragraphs.)"""
    return _REST_OF_THE_STORY.search(text) is not None or _paywall_line(text)


# A paywall's line in the languages the phrase lists know, by its two halves together:
# it asks to go on reading and names the subscription that lets one ("Pour lire la
# suite, abonnez-vous", "Para seguir leyendo, suscríbete", "Per continuare a leggere
# abbonati", "Lees verder met een abonnement"), or it says the text is for subscribers
# only ("Ce contenu est réservé aux abonnés", "Dieser Artikel ist nur für Abonnenten
# verfügbar"). Either half alone is prose or another prompt: an ad's "continue reading
# below" stands inside the article, an article on newspapers speaks of subscriptions.
_SUBSCRIPTION_STEMS = ("subscri", "abonn", "suscr", "assin", "abbon", "subskry", "prenumer")
_NAMES_A_SUBSCRIPTION = re.compile("|".join(printed_forms(_SUBSCRIPTION_STEMS)))
_SUBSCRIPTION = re.compile(r"(?<!\w)(?:" + "|".join(_SUBSCRIPTION_STEMS) + ")", re.IGNORECASE)
# Whether `_SUBSCRIPTION` is in a line, searched from its stems' first letters (with every
# letter the engine takes for one, case ignored), as `_HAS_SHARE`: the pattern opens with a
# look-behind, tried whole at every position of every shaped line (round 56: `_paywall_line`
# ~0.42 ms of `_prompt_by_shape`'s ~2.1 ms replayed over its 302 lines, 14 holding a stem).
_HAS_SUBSCRIPTION = search_from(
    (stem[0] for stem in _SUBSCRIPTION_STEMS), _SUBSCRIPTION.pattern, ignore_case=True
)
_GO_ON_READING = re.compile(
    r"(?<!\w)(?:continue reading|keep reading|read the (?:full|whole|rest)|"
    r"continuer (?:à|a) lire|continuer la lecture|lire (?:la suite|l['’]article)|"
    r"seguir leyendo|continuar leyendo|leer (?:el artículo|la nota) complet[oa]|"
    r"continuare a leggere|leggere (?:l['’]articolo|tutto)|"
    r"continuar (?:lendo|a ler)|ler (?:a matéria|o artigo|a reportagem)|"
    r"weiterlesen|weiterzulesen|verder lezen|lees verder|czyta[ćj] dalej)(?!\w)",
    re.IGNORECASE,
)
_SUBSCRIBERS_ONLY = re.compile(
    r"(?<!\w)(?:only|exclusive(?:ly)?|reserved|réservée?s?|exclusiv[oa]s?|riservat[oa]|"
    r"nur für|tylko dla|alleen (?:voor|beschikbaar voor)|solo para|apenas para|somente para)"
    r"(?:\W+\w+){0,3}?\W+(?:subscribers|abonnés|suscriptores|abbonati|abonnenten|"
    r"subskrybentów|prenumeratorów|assinantes|abonnees)(?!\w)",
    re.IGNORECASE,
)
_MAX_PAYWALL_WORDS = 15


# The subscribers themselves: a line that asks to go on reading speaks of a
# subscription the reader takes, not of the people who hold one ("Die Zeitung bat ihre
# Abonnenten, weiterzulesen" reports). Not Italian "abbonati", which also asks the
# reader to subscribe ("Per continuare a leggere abbonati").
_SUBSCRIBERS = re.compile(
    r"(?<!\w)(?:subscribers|abonnés|abonnenten|suscriptores|assinantes|abonnees|"
    r"subskrybent\w*|prenumerator\w*)(?!\w)",
    re.IGNORECASE,
)


def _paywall_line(text: str) -> bool:
    """A short line that asks to subscribe to go on reading, or keeps the text for
    subscribers (`_SUBSCRIPTION`, `_GO_ON_READING`, `_SUBSCRIBERS_ONLY`)."""
    if _HAS_SUBSCRIPTION(text) is None or _words(text) > _MAX_PAYWALL_WORDS:
        return False  # (the stem first: most shaped lines hold none, and counting costs more)
    if _SUBSCRIBERS_ONLY.search(text) is not None:
        return True
    return _GO_ON_READING.search(text) is not None and _SUBSCRIBERS.search(text) is None


def _longest_prompt(config: CleanerConfig) -> int:
    """The most words of a line `promo_prompt` claims but by a whole-line phrase or as a
    comment count (`_COMMENT_COUNT`, any length): a prompt's (`_prompt_sized`)."""
    return config.promo_max_words


@removes(
    Reason.PROMO,
    triggers=(_COMMENT_COUNT, _LINK_PROMPT, _ACTION_FIRST, _NAMES_A_LAST_ACTION),
    longest_words_for=_longest_prompt,
    longest_chars=_MAX_PROMPT_CHARS,
    any_length=(_COMMENT_COUNT,),
)
def promo_prompt(segment: Segment, context: PhraseBook) -> bool:
    return _is_prompt(segment, context)


# A separator with a space on both sides: a bar, a middle dot, a dash, a slash.
_JOINER = re.compile(r"\s+[|·•–—/]\s+")
_JOINER_CHARS = re.compile(r"\s[|·•–—/]\s")
# The same lines, the separator first: pass 1's screen searched it (a search from every
# space had cost about 5 % of the text path) until round 58 listed its strings below; kept
# as the reference tests/test_mailbox_spellings.py compares them with.
_JOINER_SCREEN = re.compile(r"[|·•–—/](?<=\s.)(?=\s)")
# The screen's: the same lines as plain strings, each separator between two of the characters `\s` matches (a
# pattern for each, 29 × 29 strings): the screen's literal pass finds them with its other
# strings, where the pattern was a search of its own through every short line (round 58:
# ~14 M of the text path's instructions). The same lines hold one.
_SPACES = "".join(char for char in map(chr, range(0x3001)) if char.isspace())
_JOINER_SPELLINGS = tuple(
    re.compile(f"{char_class(_SPACES)}{re.escape(joiner)}{char_class(_SPACES)}")
    for joiner in "|·•–—/"
)
# Two prompts of a channel prompt's length at most: a longer line with a dash in it is
# prose, and is not split and read part by part (a third of pass 1's lines with a
# separator are prose of up to 50 words).
_MAX_JOINED_WORDS = 2 * _MAX_CHANNEL_PROMPT_WORDS


def _longest_shaped_prompt(config: CleanerConfig) -> int | None:
    """The most words of a line `promo_shape` claims: a prompt's length
    (`_prompt_sized`) or two joined prompts' (`_MAX_JOINED_WORDS`). Its other lines of
    any length, a phrase list's whole line and the comment count, `promo_prompt` takes
    before it is asked; without `promo_prompt`, no bound. (Pass 1 then searches a
    paragraph for none of its triggers: ~1 % of the text path.)"""
    if not config.rule_enabled(promo_prompt.name):
        return None
    return max(config.promo_max_words, _MAX_JOINED_WORDS)


@removes(
    Reason.PROMO,
    triggers=(
        *_MAILBOX_SPELLINGS,
        _JETZT_FIRST,
        *_JOINER_SPELLINGS,
        _NAMES_A_SHARE,
        _NAMES_A_COMMENT,
        _NEWSLETTER_SPELLINGS,
        _NAMES_A_SUBSCRIPTION,
        _RECEIVE_FIRST,
    ),
    longest_words_for=_longest_shaped_prompt,
)
def promo_shape(segment: Segment, context: PhraseBook) -> bool:
    """A prompt known by its shape, not its phrase: an offer ending in the reader's
    mailbox, a German call opening "Jetzt" with its verb last, a paywall's line ("Para
    seguir leyendo, suscríbete", "Ce contenu est réservé aux abonnés"), or two prompts a site
    prints on one line ("Diesen Text per E-Mail teilen | Die besten Nachrichten direkt
    in Ihr Postfach"), each part a prompt on its own. Its own rule (after
    `promo_prompt`) because `dump_kind` does not read it: such lines come with
    article dumps as much as with pages, and counted as the site's words they made
    noisy article dumps read as pages (round 13, tune: `outside_article` then took
    the article's short lines)."""
    text = segment.text
    # (each claim with one of its triggers in the line: pass 1 asks only then; a line
    # `_is_prompt` turns down for its length alone, a paragraph with "mail" or "share"
    # in it, is not searched for them: a quarter of the lines asked on the speed bench)
    shaped = _may_be_prompt(segment, context) and (
        _HAS_DELIVERY(text) is not None
        or _JETZT_FIRST.search(text) is not None
        or _HAS_SHARE(text) is not None
        or _NAMES_A_COMMENT.search(text) is not None
        or _NEWSLETTER_SPELLINGS.search(text) is not None
        or _NAMES_A_SUBSCRIPTION.search(text) is not None
        or _RECEIVE_FIRST.search(text) is not None
    )
    if shaped and _is_prompt(segment, context, by_shape=True):
        return True
    if segment.word_count > _MAX_JOINED_WORDS or not _JOINER_CHARS.search(text):
        return False
    parts = _JOINER.split(text)
    if len(parts) < 2:
        return False

    def prompt(part: str) -> bool:
        return _is_prompt(Segment(part, segment.lines), context, by_shape=True)

    if len(parts) > 2:
        return all(map(prompt, parts))
    return _prompts_or_prompt_and_companion(*parts, prompt)


def _prompts_or_prompt_and_companion(
    first: str, second: str, prompt: Callable[[str], bool]
) -> bool:
    """Whether a line of two parts is two prompts, or a prompt and a second prompt worded
    as no list or shape has it ("Share the article on X – Enjoyed this article? Tell a
    friend about it", "Diesen Text per WhatsApp teilen / Die besten Nachrichten jeden
    Morgen per Mail."): one part is a prompt, and the other (`_reads_as_companion`) a
    short sentence of its own, or one that speaks to the reader. A site's menus and a
    blog's post rows print two labels so ("Login / Logout", "Veröffentlicht unter
    Allgemein | Hinterlasse einen Kommentar"), labels that end in no mark: read as a
    prompt's companion, any short part moved `outside_article`'s reading of a blog page
    (round 65: its posts lost). With the sentence or the address to the reader asked,
    the webeval pages' text dumps lose no line: 4 lines on 4 sites taken ("Register |
    Lost your password?", a newsletter prompt, a post's meta row), 3 of them taken
    before as outside the article.

    (The companion's shape is asked before the other part's phrases: most parts are no
    prompt, and reading a second part as one cost 1.2 % of the text path's instructions.)"""
    if prompt(first):
        return prompt(second) or _reads_as_companion(second, first)
    return _reads_as_companion(first, second) and prompt(second)


# A question or an exclamation inside the line with words after it.
_ASKS_INSIDE = re.compile(r"[?!]\s+\w")
# ... or at the end, among the part's closing marks (`_tail_marks`).
_ASKS_MARKS = frozenset("?!")
_MIN_WORDS_BESIDE_STATEMENT = 2
"""A prompt of this many words or more may have a plain statement beside it ("Diesen Text
per WhatsApp teilen / Die besten Nachrichten jeden Morgen per Mail."); a one-word label
glued to a sentence ("Subscribe | The council will vote again in June.", "Suscríbete |
El ayuntamiento votará …") is a button run into the article's own line (round 65 review:
such lines were lost; no webeval text dump line moves)."""


def _reads_as_companion(part: str, prompt_part: str) -> bool:
    """A part short enough for a prompt (`_MAX_CHANNEL_PROMPT_WORDS`, `_MAX_PROMPT_CHARS`),
    with no figure (a date, a price, a count: a fact's or a row's), that asks or exclaims
    before it goes on, speaks to the reader ("Inscrivez-vous à la lettre du matin"), or
    ends as a sentence beside a prompt (`prompt_part`) of `_MIN_WORDS_BESIDE_STATEMENT`
    words or more."""
    if (
        _words(part) > _MAX_CHANNEL_PROMPT_WORDS
        # (and in characters: a part of one "word" of 40,000 opening quotes took
        # `_QUOTED`, which tries each opening to the end of the part, 1.6 s)
        or len(part) > _MAX_PROMPT_CHARS
        or DIGIT.search(part) is not None
    ):
        return False
    marks = _tail_marks(part)
    return (
        not _ASKS_MARKS.isdisjoint(marks)
        or _ASKS_INSIDE.search(part) is not None
        or addresses_reader(_QUOTED.sub(" ", part))
        or ("." in marks and _words(prompt_part) >= _MIN_WORDS_BESIDE_STATEMENT)
    )


def _tail_marks(part: str) -> str:
    """What follows the part's last word character (a letter, a digit, "_"): its closing
    marks. (Found from the end: a search for a mark then non-word characters to the end,
    `[.?!]\\W*$`, tried from each mark of a long run of them, took time quadratic in the
    run, 4 s on a part of 20,000 "!" before a letter.)"""
    end = len(part)
    while end and not (part[end - 1].isalnum() or part[end - 1] == "_"):
        end -= 1
    return part[end:]


def _may_be_prompt(segment: Segment, context: PhraseBook) -> bool:
    """Whether `_is_prompt` may say yes: a line of a prompt's length, or one it takes
    whatever its length (a phrase list's whole line, the comment count)."""
    return (
        _prompt_sized(segment, context)
        or context.phrases["promo_prompt"].is_line(segment)
        or _COMMENT_COUNT.match(segment.text) is not None
    )


def _prompt_sized(segment: Segment, context: PhraseBook) -> bool:
    return (
        segment.word_count <= context.config.promo_max_words
        and len(segment.text) <= _MAX_PROMPT_CHARS
    )


def _is_prompt(segment: Segment, context: PhraseBook, by_shape: bool = False) -> bool:
    matcher = context.phrases["promo_prompt"]
    if matcher.is_line(segment) or _COMMENT_COUNT.match(segment.text):
        return True
    if not _prompt_sized(segment, context):
        return False
    if _LINK_PROMPT.match(segment.text):
        return True
    unquoted = _QUOTED.sub(" ", segment.text)
    if unquoted == segment.text:
        found = matcher.found_in(segment.phrase_form, segment.phrase_words)
    else:
        found = matcher.found_in(phrase_form(unquoted))
    if not (
        found
        or _asks_on_channel(segment.text, unquoted, segment.word_count)
        or (by_shape and _prompt_by_shape(segment.text, unquoted))
    ):
        return False
    if parse_byline(segment.text, segment.may_hold_digit) is not None:
        return False  # "Posted by Jane Doe" names the author: a byline (byline_line)
    # A prompt that is a whole sentence speaks to the reader ("… to your inbox", or an
    # imperative, the prompt its first words: "Sign up to get the best of the week, as
    # picked by the editors."); "Voters who want to sign up for the postal ballot …"
    # speaks about others.
    if segment.word_count > MAX_UNADDRESSED_WORDS and segment.ends_like_sentence:
        return addresses_reader(unquoted) or _opens_with_prompt(segment, matcher)
    return True


def addresses_reader(unquoted: str) -> bool:
    """Whether a line outside its quotes speaks to the reader: "you", "Sie", "vous", …
    (`_READER_ADDRESS`) or German's informal "du", "dich", "euch" (`_INFORMAL_GERMAN_ADDRESS`)."""
    return (
        _READER_ADDRESS.search(unquoted) is not None
        or _INFORMAL_GERMAN_ADDRESS.search(unquoted) is not None
    )


def _opens_with_prompt(segment: Segment, matcher: PhraseMatcher) -> bool:
    """Whether the line's first words are one of the list's prompts: a sentence that
    opens "Sign up to get …", "Subscribe to the …" or "Save my name, email, and website
    …" asks the reader to act with no "you" in it (English has none in an imperative).
    Asked only of sentences of over twelve words that hold a prompt and do not address
    the reader (tune part, round 37: a newsletter box's sentence in the generous and
    whole-page dumps, and comment forms' notices that `outside_article` took already on
    18 page dumps; no line labelled body, no `with` segment)."""
    form = segment.phrase_form
    return any(form.startswith(found) for found in matcher.phrases_in(form, segment.phrase_words))


def _prompt_by_shape(text: str, unquoted: str) -> bool:
    """`promo_shape`'s own forms: an offer ending in the mailbox, a "Jetzt …" call, a
    request to share the page, the comment section's label, a newsletter box's name, a
    paywall's line, the comment form's notice to log in."""
    words = _words(text)
    return (
        _offers_delivery(text, unquoted, words)
        or _offers_by_schedule(text, unquoted, words)
        or _calls_now(text, words)
        or _asks_to_share_the_page(unquoted, words)
        or labels_comments(text, words)
        or _heads_a_newsletter(text, words)
        or _paywall_line(unquoted)
        or _comments_need_login(unquoted)
    )
