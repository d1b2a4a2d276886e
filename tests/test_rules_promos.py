"""promo_prompt: share, newsletter, subscribe, follow, app and comment prompts."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig, Reason
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.promos import promo_prompt, promo_shape

CONTEXT = PhraseBook.for_config(CleanerConfig())

ARTICLE = """Harbour bridge to close for repairs next month

The harbour bridge will close to traffic for six weeks from next month while engineers replace corroded cables, the city council said on Tuesday.

{line}

Buses will run a shuttle service across the river every ten minutes, and ferries will add extra crossings during the morning and evening rush hours.
"""


def judged(text: str) -> bool:
    return promo_prompt(Segment(text, (1, 1)), CONTEXT)


def by_shape(text: str) -> bool:
    """Taken by either rule: `promo_shape` takes what `promo_prompt` leaves."""
    return judged(text) or promo_shape(Segment(text, (1, 1)), CONTEXT) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Share this article",
        "Comments (214)",
        "12 Comments",
        "Subscribe",
        "Sign up for our free celebrity newsletter",
        "Get the biggest showbiz stories delivered straight to your inbox every morning.",
        "Follow us on Twitter and Facebook for the latest updates.",
        "Download our app to get breaking news alerts",
        "Follow AP’s coverage of Congress at https://apnews.com/hub/congress.",
        "Jetzt den Newsletter abonnieren",
        "Folgen Sie uns auf Facebook und Instagram",
        "Abonnez-vous à notre newsletter",
        "Suivez-nous sur Twitter",
        "Síguenos en X, Facebook e Instagram",
        "Suscríbete a nuestro boletín",
        "Siga-nos no Instagram",
        "Seguici su Facebook e Instagram",
        "Подписывайтесь на наш канал в Telegram",
        "扫码关注我们的微信公众号",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
        # Comment forms of blog software, in several languages.
        "Leave a Reply",
        "Your email address will not be published.",
        "Schreibe einen Kommentar",
        "Deine E-Mail-Adresse wird nicht veröffentlicht",
        "Deja una respuesta",
        "Vos réactions",
        # Share buttons of blog software, labelled as links that open a new window.
        "Click to print (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Klicken, um auf Telegram zu teilen (Wird in neuem Fenster geöffnet)",
        "Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)",
        "Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)",
        "Haz clic para imprimir (Se abre en una ventana nueva)",
    ],
)
def test_prompts(line: str) -> None:
    assert judged(line)


@pytest.mark.parametrize(
    "sentence",
    [
        # Someone quoted saying "follow us" is reporting, not a prompt.
        'The singer wrote to fans: "Follow us on this new adventure, we can\'t wait to share more."',
        "Sie schrieb: „Folgen Sie uns auf diesem Weg“, und verabschiedete sich.",
        # Prose about newsletters and sign-ups, addressed to no reader.
        "Voters who want to sign up for the postal ballot must register by Friday.",
        "The newsletter, launched in 2019, now has 40,000 readers across the region.",
        "Share prices of the construction firm rose 4 percent last month.",
        "Comments made by the minister on Friday caused an uproar in parliament.",
        # Long enough to be prose even though it contains a prompt phrase.
        "The company said it had asked customers to follow us on social media for updates, "
        "but many of them complained that the posts were confusing and arrived days after "
        "the outage had begun.",
    ],
)
def test_content_that_mentions_prompts(sentence: str) -> None:
    assert not judged(sentence)
    article = articleclean.clean_text(ARTICLE.format(line=sentence))
    assert sentence.replace("\n", " ") in article.paragraphs


def test_promo_recorded_with_reason_and_rule() -> None:
    article = articleclean.clean_text(ARTICLE.format(line="Share this article"))
    assert [(r.reason, r.rule) for r in article.removed] == [(Reason.PROMO, "promo_prompt")]


@pytest.mark.parametrize("line", ["Posted by Jane Doe", "Posted by Jane Doe in Politics"])
def test_a_posted_by_line_is_the_byline_not_a_prompt(line: str) -> None:
    assert not judged(line)
    article = articleclean.clean_text(
        ARTICLE.replace("\n\n{line}\n", "").replace("\n\n", f"\n\n{line}\n\n", 1)
    )
    assert article.byline == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        # Worded as no phrase list has it: an action and where to take it.
        "Diesen Text per WhatsApp teilen",
        "» Folge uns auf Telegram ›",
        "Descarga la app de noticias gratis",
        "Recevez nos alertes par e-mail",
        "Get our free weekly newsletter",
        "Condividi su Facebook",
        # Estonian: "subscribe to our weekly newsletter", "share on Facebook".
        "Telli meie nädala uudiskiri",
        "Jaga Facebookis",
    ],
)
def test_an_action_on_a_named_channel_is_a_prompt(line: str) -> None:
    assert judged(line)


@pytest.mark.parametrize(
    "line",
    [
        # A headline about a network: no action opens or closes it.
        "Facebook to share user data with police",
        "Why Instagram users follow fewer brands",
        # A label and its text, not one request.
        "Folgen der Nichteinwilligung: Der Dienst Facebook wird nicht geladen",
        # Estonian headline: the newsletter is its subject, no request opens it.
        "Uudiskiri jõuab nüüd 20 000 lugejani",
        # Too long for a prompt; the article reports what someone shared.
        "Share prices of Facebook's parent company fell sharply on Tuesday after the "
        "company reported weaker advertising revenue",
    ],
)
def test_a_line_about_a_channel_is_not_a_prompt(line: str) -> None:
    assert not judged(line)


def test_a_channel_prompt_someone_is_quoted_saying_is_reported() -> None:
    assert not judged('"Follow us on Instagram," the mayor told residents')


@pytest.mark.parametrize(
    "line",
    [
        # An offer with no verb that ends in the reader's mailbox.
        "Die wichtigsten Nachrichten jeden Morgen per Mail",
        "» Das Wichtigste aus der Region direkt in Ihr Postfach ›",
        "The day's top stories straight to your inbox",
        "L'essentiel de l'actualité dans votre boîte mail",
        "Lo mejor de la semana en tu correo",
    ],
)
def test_an_offer_that_ends_in_the_readers_mailbox_is_a_prompt(line: str) -> None:
    assert by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        # A statement or a question about mail ends in its own mark.
        "Sie erhielten die Kündigung per Mail.",
        "Lohnzettel per Mail?",
        "The contract was signed and sent by email.",
        # A statement: its subject first (a form's message, a sentence unpunctuated).
        "We will notify you via email",
        "Wir informieren Sie per Mail",
        "Nous vous répondrons par e-mail",
        # A product list's row names quantities.
        "5-er oder 10-er Pakete mit Korrekturservice per Mail",
        # Longer than a prompt: the article's sentence, unpunctuated.
        "Die Bewerbung können Interessierte bis Ende des Monats an das Rathaus per Mail",
    ],
)
def test_a_line_about_mail_is_not_a_prompt(line: str) -> None:
    assert not by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jetzt kostenlos registrieren und weiterlesen",
        "JETZT GRATIS ANMELDEN!",
        "» Jetzt Newsletter abonnieren",
    ],
)
def test_a_german_call_with_jetzt_and_its_verb_last_is_a_prompt(line: str) -> None:
    assert by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        # A headline or subheading with "jetzt": a finite verb inside, or a noun last.
        "Jetzt muss die Stadt handeln",
        "Jetzt kommen die Bagger",
        "Jetzt wollen alle mitlesen, sagt der Verlag",
        "Jetzt sollen Pflegekräfte mehr Geld erhalten",
        "Jetzt können die Kinder wieder lesen",
    ],
)
def test_a_headline_with_jetzt_is_not_a_prompt(line: str) -> None:
    assert not by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        "Diesen Text per E-Mail teilen / Die besten Nachrichten direkt in Ihr Postfach",
        "Share this story on Facebook | Sign up for our daily newsletter",
        "Suivez-nous sur Instagram · Recevez nos alertes par e-mail",
        "Comparte esta noticia en WhatsApp – Recibe lo mejor de la semana en tu correo",
    ],
)
def test_two_prompts_on_one_line_are_a_prompt(line: str) -> None:
    assert by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        # One part a prompt, the other the article's (a place and a section, a fact).
        "Diesen Text per WhatsApp teilen | Berlin, Politik",
        "Diesen Beitrag per E-Mail teilen · Stadtrat tagt am Dienstag erneut",
    ],
)
def test_a_prompt_joined_to_other_text_is_not_a_prompt(line: str) -> None:
    assert not by_shape(line)


def test_prompts_in_an_article_dump_leave_its_paragraphs() -> None:
    text = ARTICLE.format(
        line="Die besten Nachrichten direkt in Ihr Postfach\n\n"
        "Jetzt kostenlos registrieren und weiterlesen\n\n"
        "Diesen Text per E-Mail teilen · Die besten Nachrichten direkt in Ihr Postfach"
    )
    article = articleclean.clean_text(text)
    assert len(article.paragraphs) == 2
    assert [r.rule for r in article.removed] == ["promo_shape"] * 3


def test_prompts_known_by_shape_are_no_evidence_of_a_page() -> None:
    # An article dump with its own short rows and prompts of every shape between
    # them: read as a page, `outside_article` would take its rows.
    rows = "\n\n".join(f"Etappe {n}: Start in Ort {n}" for n in range(1, 7))
    text = ARTICLE.format(
        line="Die besten Nachrichten direkt in Ihr Postfach\n\n"
        + rows
        + "\n\nJetzt kostenlos registrieren und weiterlesen\n\n"
        "Diesen Text per E-Mail teilen · Jetzt gratis registrieren und weiterlesen"
    )
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "article"
    body = [block.text for block in article.body]
    assert all(f"Etappe {n}: Start in Ort {n}" in body for n in range(1, 7))


@pytest.mark.parametrize(
    "line",
    [
        # A share verb with the page itself, or the people to share it with, as its object.
        "Diese Seite teilen",
        "Möchten Sie den Artikel teilen?",
        "Teile diesen Beitrag auf Social Media.",
        "Hat Ihnen dieser Beitrag gefallen? Dann teilen Sie ihn doch mit Freunden",
        "Dir hat der Beitrag gefallen? Jetzt teilen...",
        "Mit Freunden teilen",
        "Enjoyed this story? Share it with your friends",
        "Share this page",
        "Partagez cet article avec vos amis",
        "Comparte esta noticia con tus amigos",
        "Condividi questo articolo",
        "Compartilhe esta matéria com seus amigos",
        "Udostępnij ten artykuł",
        "Deel dit artikel",
        # The share bar's label.
        "Sharen mit:",
        "Teilen:",
    ],
)
def test_a_request_to_share_the_page_is_a_prompt(line: str) -> None:
    assert by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        # A report, not a request: the verb is not first and the line is a statement.
        "Viele Leser teilen den Artikel auf ihren Seiten.",
        "Thousands of readers share the article every day.",
        # Telling, not sharing: no page as the object.
        "Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie das Gerät getestet haben.",
        "Die beiden Länder teilen sich die Kosten",
        # A toolbar's label and value is no single request.
        "27.04.2022 ak Artikel: Download PDF Drucken Teilen Feedback",
    ],
)
def test_a_line_about_sharing_is_not_a_prompt(line: str) -> None:
    assert not by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kommentare schreiben",
        "Letzte Kommentare",
        "Kommentieren Sie hier",
        "Kommentar hinzufügen",
        "WRITE A COMMENT",
        "comments powered by Disqus",
        "Publier un nouveau commentaire",
        "Deja tu comentario",
        "Veröffentlicht unter Fundstücke | 7 Kommentare",
        "0 komentarze",
    ],
)
def test_the_comment_sections_labels_are_prompts(line: str) -> None:
    assert by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        # The word inside a heading, not at either end.
        "Kein Kommentar zum Urteil",
        # Who wrote it: a column's byline, a comment's header.
        "Ein Kommentar von Jane Doe",
        "#1 Kommentar von Naru-chan",
        # A sentence.
        "The minister declined to comment.",
    ],
)
def test_a_line_that_names_comments_is_not_their_label(line: str) -> None:
    assert not by_shape(line)


@pytest.mark.parametrize(
    "line", ["PC Gamer Newsletter", "Der Verivox-Newsletter", "Cicero Newsletter"]
)
def test_a_newsletter_boxs_name_is_a_prompt(line: str) -> None:
    assert by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter that changed how a town reads its council",
        "Newsletter-Versand startet im Mai",
    ],
)
def test_a_headline_about_a_newsletter_is_not_its_name(line: str) -> None:
    assert not by_shape(line)


def test_a_column_byline_with_the_comment_word_stays_the_byline() -> None:
    text = (
        "Die Stadt braucht mehr Radwege\n\nEin Kommentar von Jana Berger\n\n"
        "Die Stadt hat in den vergangenen Jahren viel Geld in neue Straßen gesteckt, "
        "aber kaum etwas für Radfahrerinnen und Radfahrer getan.\n\n"
        "Das muss sich ändern, wenn die Klimaziele des Gemeinderats mehr sein sollen "
        "als ein Versprechen auf Papier.\n"
    )
    article = articleclean.clean_text(text)
    assert article.byline == ["Jana Berger"]
    assert not article.removed


@pytest.mark.parametrize(
    "line", ["Jetzt spenden", "Unterstützen Sie uns", "Donate now", "Support us", "Faire un don"]
)
def test_a_call_for_donations_is_a_prompt(line: str) -> None:
    assert judged(line)


# A paywall's line: asks to go on reading and names the subscription, or keeps the text
# for subscribers, in the languages the phrase lists know (round 19).
@pytest.mark.parametrize(
    "line",
    [
        "Para seguir leyendo, suscríbete.",
        "Para continuar leyendo, suscríbase a nuestro diario.",
        "Pour lire la suite, abonnez-vous.",
        "Per continuare a leggere abbonati.",
        "Para ler a matéria completa, assine.",
        "Lees verder met een abonnement.",
        "Subscribe to continue reading.",
        "Ce contenu est réservé aux abonnés.",
        "Este contenido es exclusivo para suscriptores.",
        "Questo contenuto è riservato agli abbonati.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Ten artykuł jest dostępny tylko dla subskrybentów.",
        "Este conteúdo é exclusivo para assinantes.",
        "Dit artikel is alleen beschikbaar voor abonnees.",
    ],
)
def test_a_paywall_s_line_is_a_prompt(line: str) -> None:
    assert by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        # One half alone: reading on, or the subscription.
        "Advertising – continue reading below",
        "Continue reading to learn how the bridge was built in 1932.",
        "The paper lost 4,000 subscribers last year.",
        "Les abonnés du réseau de bus paieront 2 euros de plus.",
        # Both, but the subscribers are the subject of a report.
        "Die Zeitung bat ihre Abonnenten, weiterzulesen.",
        # Both, in a paragraph's length.
        "Only subscribers of the regional rail pass will be able to keep reading timetables "
        "on the old app after the council switches to the new ticketing system next spring.",
    ],
)
def test_a_line_about_subscriptions_or_reading_is_not_a_paywall(line: str) -> None:
    assert not by_shape(line)


# The comment form's notice that one must log in first, by its two halves together:
# the comments and logging in (round 25).
@pytest.mark.parametrize(
    "line",
    [
        "You must be logged in to post a comment.",
        "Log in to comment",
        "Sign in to leave your comment",
        "Du musst angemeldet sein, um einen Kommentar abzugeben.",
        "Um einen Kommentar abzugeben, loggen Sie sich bitte ein.",
        "Bitte loggen Sie sich ein, um zu kommentieren.",
        "Die Kommentarfunktion steht nur registrierten und eingeloggten Lesern offen.",
        "Vous devez être connecté pour publier un commentaire.",
        "Iniciar sesión para comentar",
        "Devi essere connesso per inviare un commento.",
        "Log in om reacties te plaatsen.",
        "Musisz być zalogowany, aby dodać komentarz.",
    ],
)
def test_the_comment_forms_notice_to_log_in_is_a_prompt(line: str) -> None:
    assert by_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        # One half alone: the comments, or logging in.
        "The minister declined to comment on the report.",
        "Users who forget to log in will see the old timetable.",
        # Both, in a report about others (over 12 words, not addressed to the reader).
        "Readers will now have to log in before they can comment on articles, the "
        "newspaper's editor said on Tuesday.",
        "Die Zeitung teilte mit, dass Leser sich künftig anmelden müssen, um Kommentare "
        "zu schreiben, wie ein Sprecher am Dienstag sagte.",
    ],
)
def test_a_line_about_comments_or_logging_in_is_not_the_notice(line: str) -> None:
    assert not by_shape(line)


def test_the_notice_to_log_in_goes_and_the_article_stays() -> None:
    article = articleclean.clean_text(
        ARTICLE.format(line="You must be logged in to post a comment.")
    )
    assert "logged in" not in article.text
    assert len(article.paragraphs) == 2
    assert [r.rule for r in article.removed] == ["promo_shape"]
