"""Month names of the Assembly's community papers' languages (Ukrainian, Belarusian, Polish, German,
Uzbek, Azerbaijani, Tatar, Uyghur): their datelines («12 березня 2019 р.», «3 ліпеня 2018 г.», «11 listopada
2018 r.», «2. Februar 2017», «9 sentyabr 2022 yil», «1-sentabr 2020-yil», «20 mart 2021-ci il», and the
Turkic ones' year first, «2020-yil 1-sentabr», «2020 елның 25 апреле», «2021-жил 14-июнь») date their
documents as Russian, Kazakh and English ones do. The genitive a date writes and the nominative a heading
does; Russian's own spellings are left to the Russian table."""
from __future__ import annotations


def _months(*names: str) -> dict[str, int]:
    """{name: month} from twelve space-separated groups of names, January's first."""
    return {name: month for month, group in enumerate(names, 1) for name in group.split()}


UKRAINIAN_MONTHS = _months("січня січень", "лютого лютий", "березня березень", "квітня квітень", "травня травень",
                           "червня червень", "липня липень", "серпня серпень", "вересня вересень",
                           "жовтня жовтень", "листопада листопад", "грудня грудень")
BELARUSIAN_MONTHS = _months("студзеня студзень", "лютага люты", "сакавіка сакавік", "красавіка красавік", "мая",
                            "чэрвеня чэрвень", "ліпеня ліпень", "жніўня жнівень", "верасня верасень",
                            "кастрычніка кастрычнік", "лістапада лістапад", "снежня снежань")
POLISH_MONTHS = _months("stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj",
                        "czerwca czerwiec", "lipca lipiec", "sierpnia sierpień", "września wrzesień",
                        "października październik", "listopada listopad", "grudnia grudzień")
# German writes its day with a period: «2. Februar 2017» (GERMAN_MONTHS alone take one)
GERMAN_MONTHS = _months("januar jänner", "februar", "märz maerz", "april", "mai", "juni", "juli", "august",
                        "september", "oktober", "november", "dezember")
# Uzbek (Latin and Cyrillic), Azerbaijani, Tatar and Uyghur spell most months the Russian way without its
# endings; the ones English or Russian do not spell so. Uzbek's official Latin spelling is sentabr, oktabr
# (sentyabr as often); Tatar and Uyghur write Russian's own (июнь, апрель), which the Russian table has.
TURKIC_MONTHS = _months("yanvar январ гыйнвар", "fevral феврал", "mart", "aprel апрел", "may", "iyun июн",
                        "iyul июл", "avgust avqust", "sentyabr sentabr сентябр сентабр",
                        "oktyabr oktabr октябр октабр", "noyabr ноябр", "dekabr декабр")
COMMUNITY_MONTHS = {**UKRAINIAN_MONTHS, **BELARUSIAN_MONTHS, **POLISH_MONTHS, **TURKIC_MONTHS}
# The year word of a Turkic date that writes its year first, after the year: Uzbek «2020-yil», «2020 yilning»,
# «2020 йил», Tatar «2020 елның», Uyghur «2021-жил», Azerbaijani «2021-ci il»; a case ending may follow it.
TURKIC_YEAR_WORD = r"(?:-(?:ci|cı|cu|cü)\s+il|\s*-?\s*(?:yil|йил|жил|ел))[^\W\d_]{0,6}"
