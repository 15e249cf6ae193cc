"""Latin words only Kazakh writes among the archive's languages: a short Kazakh announcement in
Latin letters has none of Kazakh's common words (және, деді) to tell it, and one ü, ń or o' in it
made it German, Polish or Uzbek (community_languages), whose own letters they also are.

A word is Kazakh's alone when it has
- ǵ, ñ or ū, which no community language writes (Polish's ń has an acute);
- ı (Turkish, Azerbaijani) beside ä, ö, ü or a 2018 acute: 2021 Kazakh writes ı for і beside any
  vowel (üiınde, ötedı), Turkic vowel harmony never puts ı beside ö or ü, and those languages lack
  ä and the acutes (2018's úıinde);
- q without u (Uzbek, Azerbaijani) beside ä or a 2018 acute, which Uzbek and Azerbaijani lack and
  Polish, with its ń ó, has no q for;
- two 2017 apostrophes, one of them not Uzbek's oʻ gʻ (barlyg'yn'yzdy, u'i'inde), or a q beside one of
  Kazakh's n' s' y' i' c' (s'aqyramyz); Uzbek's other apostrophe stands in a borrowed word (qat'iy, ma'qul);
- n' closing a word, the 2017 genitive and ң (erten', to'rag'alarynyn');
- ń before a vowel (keńesi), where Polish writes ni;
- q without u beside a y between two consonants, Kazakh's ы (qatysty, qazaqstandyqtardy): English has
  no q without u, Uzbek and Azerbaijani write y for й only, Polish has no q.
Apostrophes are read in every typed form (' ’ ʼ ‘ `).
"""
from __future__ import annotations

import re

# the apostrophe as editors type it (’ from a word processor, ʼ, ‘, `): the 2017 alphabet's one sign
STRAIGHT_APOSTROPHES = str.maketrans("’ʼ‘`ʻ", "'''''")
_ACUTES = "áóúýńǵ"
# a y between two consonants, the vowel ы (Uzbek and Azerbaijani write y for й, a consonant)
_CONSONANTS = "bcdfghjklmnpqrstvwxzǵń"
_Y_VOWEL = f"[{_CONSONANTS}]y[{_CONSONANTS}]"
_ONLY = re.compile(
    "[ǵñū]"
    f"|ı.*[äöü{_ACUTES}]|[äöü{_ACUTES}].*ı"
    f"|q(?!u).*[ä{_ACUTES}]|[ä{_ACUTES}].*q(?!u)"
    "|(?:[^og']'[^\\W\\d_].*'|'.*[^og']')[^\\W\\d_]"
    "|q.*[nsyic]'[^\\W\\d_]|[nsyic]'[^\\W\\d_].*q"
    "|ń[aeiouyı]"
    f"|q(?!u).*{_Y_VOWEL}|{_Y_VOWEL}.*q(?!u)")
# a word with its 2017 apostrophes inside it, and an n' closing it
_WORD = re.compile("[^\\W\\d_]+(?:'[^\\W\\d_]+)*(?:(?<=n)')?")


def kazakh_only_words(text: str) -> int:
    """How many of the lowercase Latin words of `text` only Kazakh writes (see the module's notes);
    capitalised ones are names, which English writes the Kazakh way (Qasym-Jomart, Ómirzaqova)."""
    words = _WORD.findall(text.translate(STRAIGHT_APOSTROPHES))
    return sum(1 for w in words if not w[:1].isupper() and is_kazakh_only(w))


def is_kazakh_only(word: str) -> bool:
    """Whether a lowercase Latin word (its apostrophes in any typed form) is one only Kazakh writes."""
    word = word.translate(STRAIGHT_APOSTROPHES)
    return bool(_ONLY.search(word)) or word.endswith("n'")
