"""The community papers' own speech verbs: Ukrainian «сказав», Belarusian «сказаў», Polish
«powiedział», German «sagte», Uzbek «dedi». Their names are read by Russian's or English's rules
(community_languages.reading_language), whose verbs these are not; a verb here makes a speaker as
«сказал» and «said» do. A Cyrillic one counts only in a document written in its language: Russian
reads «сказав» as a gerund («Сказав это, он ушёл» reports no words).

    speech_verbs_of(language) -> {verb: (gender, number)} | None  (Cyrillic: uk, be)
    LATIN_SPEECH_WORDS                                          (Latin: pl, de, uz)
"""
from __future__ import annotations


def _past_forms(stems: str, masculine: str, plural: str) -> dict[str, tuple[str | None, str]]:
    """A past tense's forms by stem: masculine (сказа-в, сказа-ў), feminine (-ла), plural (-ли, -лі),
    and a reflexive stem's (поділи-вся, -лася, -лися) marked by a trailing «+»."""
    out: dict[str, tuple[str | None, str]] = {}
    for stem in stems.split():
        reflexive = "ся" if stem.endswith("+") else ""
        stem = stem.rstrip("+")
        out[stem + masculine + reflexive] = ("masc", "sing")
        out[stem + "ла" + reflexive] = ("femn", "sing")
        out[stem + plural + reflexive] = (None, "plur")
    return out


def _present_forms(words: str) -> dict[str, tuple[str | None, str]]:
    return {w: (None, "sing") for w in words.split()}


# the verbs of Russian's SPEECH_LEMMAS that news writes: said, noted, stressed, told, added, explained...
_UKRAINIAN = {
    **_past_forms("сказа зазначи наголоси повідоми розпові заяви підкресли дода відзначи поясни уточни "
                  "запропонува подякува зауважи відпові нагада виступи вислови заклика запита спита "
                  "пообіця запевни вказа процитува прокоментува поділи+ вислови+ зверну+",
                  "в", "ли"),
    **_present_forms("каже говорить вважає зазначає наголошує підкреслює розповідає повідомляє додає пояснює "
                     "заявляє відзначає"),
}
_BELARUSIAN = {
    **_past_forms("сказа адзначы зазначы падкрэслі заяві паведамі расказа дада растлумачы выступі прапанава "
                  "падзякава нагада адказа удакладні закліка спыта запэўні выказа паабяца падзялі+ выказа+ "
                  "звярну+",
                  "ў", "лі"),
    **_present_forms("кажа гаворыць лічыць адзначае падкрэслівае расказвае паведамляе дадае тлумачыць заяўляе"),
}
# Polish: -ł, -ła, -li (a man or men), -ły (women)
_POLISH_STEMS = ("powiedzia podkreśli zaznaczy doda stwierdzi oświadczy mówi wyjaśni przypomnia zauważy "
                 "podziękowa zaapelowa zaproponowa odpowiedzia poinformowa opowiedzia zapowiedzia "
                 "wystąpi")
_POLISH = {
    **{stem + end: value for stem in _POLISH_STEMS.split()
       for end, value in (("ł", ("masc", "sing")), ("ła", ("femn", "sing")), ("li", (None, "plur")),
                          ("ły", (None, "plur")))},
    **_present_forms("mówi podkreśla zaznacza dodaje twierdzi uważa"),
}
_GERMAN = {
    **_present_forms("sagte sagt betonte betont erklärte erklärt meinte meint berichtete berichtet "
                     "unterstrich bemerkte ergänzte antwortete dankte sprach fragte"),
    **{w: (None, "plur") for w in "sagten betonten erklärten meinten berichteten".split()},
}
# Uzbek: said, told, stressed, spoke, stated (ta'kidladi and so'zladi with any of the apostrophes papers type);
# «dedi» is Kazakh's in Latin letters too, which reads it as its own
_UZBEK = {w.replace("'", apostrophe): (None, "sing") for w in "dedi aytdi bildirdi gapirdi ta'kidladi so'zladi".split()
          for apostrophe in "'ʻʼ‘’`"}
_VERBS = {"uk": _UKRAINIAN, "be": _BELARUSIAN}


def speech_verbs_of(language: str | None) -> dict[str, tuple[str | None, str]] | None:
    """The speech verbs of the Cyrillic community language `language` (uk, be), lowercase -> (gender,
    number); None for any other language (looked up once per document, not per word)."""
    return _VERBS.get(language or "")



# The Latin-letter ones are no English words: the English rules read them in any document («„…“,
# sagte Andreas Weber» quoted in an English page too), as they read «said».
LATIN_SPEECH_WORDS = frozenset(_POLISH) | frozenset(_GERMAN) | frozenset(_UZBEK)
