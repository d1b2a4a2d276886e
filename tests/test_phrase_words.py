"""The phrase files' `words` key: the word lists rules build patterns from, moved out of
the code (issue 16). Its members are pinned: a word added or dropped changes what a rule's
pattern takes, so it is a change of the rule, to be measured as one, not an edit of data."""

from __future__ import annotations

import pytest

from articleclean.config import PHRASE_RULES
from articleclean.document import phrase_form
from articleclean.phrases import WORDS_KEY, builtin_phrases, word_list

# The lists as the code held them before the move (fails on main: no `words` key there).
PINNED = {
    "related_before": {
        *("related", "similar", "ähnliche", "verwandte", "gerelateerde", "vergelijkbare"),
        *("podobne", "powiązane"),
    },
    "related_after": {
        *("relacionados", "relacionadas", "similares", "correlati", "correlate", "similaires"),
        *("connexes", "correspondants", "semelhantes", "similare"),
    },
    "more_section": {"more", "mehr", "meer", "más", "mais", "więcej", "fler", "flere"},
    "more_link": {
        *("read more", "more", "mehr", "weiterlesen", "weiter lesen", "lire la suite"),
        *("lire plus", "leer más", "seguir leyendo", "leia mais", "continua a leggere"),
        *("leggi tutto", "lees meer", "czytaj więcej"),
    },
    "share_verb": {
        *("teilen", "teile", "sharen", "share", "partager", "partagez", "partage"),
        *("compartir", "comparte", "compártelo", "compartilhe", "compartilhar", "partilhe"),
        *("partilhar", "condividi", "condividere", "udostępnij", "deel", "delen"),
    },
    "receive_verb": {
        *("receive", "recevez", "reçois", "recibe", "reciba", "receba", "recebe"),
        *("ricevi", "ricevete", "erhalten", "erhalte", "bekommen", "bekomme"),
        *("otrzymuj", "ontvang", "dapatkan", "получайте", "få"),
    },
    # Round 65: the words a notice speaks to the reader or for the site in
    # (`boilerplate._names_label_in_prose`); German's capitalised address apart.
    "notice_voice": {
        *("you", "your", "yours", "we", "our", "ours"),
        *("wir", "uns", "unser", "unsere", "unserer", "unseren", "unserem", "unseres"),
        *("euch", "euer", "eure", "dich", "dir", "dein", "deine", "deiner", "deinen"),
        *("deinem", "deines", "vous", "votre", "vos", "nous", "notre", "nos"),
        *("usted", "ustedes", "nuestro", "nuestra", "nuestros", "nuestras", "nosotros"),
        *("vuestro", "vuestra", "vuestros", "vuestras", "tu", "tus", "noi", "voi"),
        *("nostro", "nostra", "nostri", "nostre", "vostro", "vostra", "vostri", "vostre"),
        *("tuo", "tua", "tuoi", "tue", "nós", "você", "vocês", "nosso", "nossa", "nossos"),
        *("nossas", "wij", "ons", "onze", "uw", "jij", "jouw", "jullie", "nasz", "nasza"),
        *("nasze", "naszej", "naszego", "naszym", "naszych", "twój", "twoja", "twoje"),
        "twojej",
    },
    "notice_voice_capitalised": {
        *("Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem", "Ihres", "Du", "Dir"),
        *("Dich", "Dein", "Deine", "Deiner", "Deinen", "Deinem", "Deines"),
    },
    "count_word": {
        *("one", "ein", "eine", "einen", "un", "une", "uno", "una", "um", "uma", "een"),
        *("jeden", "jedna", "jedno"),
    },
}


@pytest.mark.parametrize("mode", sorted(PINNED))
def test_a_word_list_holds_what_the_code_held(mode: str) -> None:
    words = word_list(mode)
    assert set(words) == PINNED[mode]
    assert len(words) == len(PINNED[mode]), "each word once, merged over the languages"


def test_the_menu_words_are_lower_case_whole_words() -> None:
    # `menu_vocabulary` compares them with a line's phrase-form words.
    words = word_list("menu_word")
    assert len(words) == 91
    assert {"home", "startseite", "accueil", "inicio", "notizie", "nieuws", "sklep"} <= set(words)
    assert all(word == phrase_form(word) and " " not in word for word in words)


def test_a_mode_no_file_holds_is_an_error() -> None:
    # An empty list joined into an alternation would match every line.
    with pytest.raises(KeyError):
        word_list("no_such_mode")


def test_the_words_are_no_phrases_of_any_rule() -> None:
    # No phrase rule and no page-phrase set reads the key: it is no phrase rule's name and
    # holds no `line` mode (the readers that take every rule's lines also skip it by name).
    assert WORDS_KEY not in PHRASE_RULES
    assert "line" not in builtin_phrases()[WORDS_KEY]
