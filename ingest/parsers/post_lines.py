"""The lines social-media posts add around their text, copied into a plain-text file: hashtags and
@mentions, emoji, Telegram Desktop's «Sender, [27.11.2026 09:12]» over each copied message and
Facebook's «29 ноября 2026 г. в 14:05 ·» under the page's name. They say who and when, never what:
no title."""
from __future__ import annotations

import re

# a hashtag or a mention, with the word it tags: «#ДеньБлагодарности», «#100нарон», «@jas_ank»
_TAG = re.compile(r"[#@][^\W_]\w*")
# Telegram Desktop's header of a copied message: the sender's name (a channel's has lowercase words,
# «Ассамблея народа Казахстана»), a comma, the day and time in square brackets
_COPIED_MESSAGE_HEADER = re.compile(r"[^\[\]\n,]{1,100}, \[\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}:\d\d(?::\d\d)?\]")
# Facebook's dot after a post's time, before the audience icon (a globe, a lock)
_AUDIENCE_DOT = re.compile(r"\s+[·•]\s*$")


# a web address a post links to: «https://assembly.kz/ru/news/x», «www.assembly.kz»
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def has_words(line: str) -> bool:
    """The line has letters outside its hashtags, mentions and web addresses: «✨🇰🇿✨», «#АНК #Бірлік» and
    «https://assembly.kz/ru/news/x» have none."""
    return any(ch.isalpha() for ch in _TAG.sub("", _ADDRESS.sub("", line)))


def is_tag_line(line: str) -> bool:
    """A line of hashtags, mentions or emoji alone, no letter or figure outside its tags («#ДеньБлагодарности
    #Бірлік», «✨🇰🇿✨»): a post's own line, never a line of prose wrapped at the file's width."""
    return bool(line.strip()) and not any(ch.isalnum() for ch in _TAG.sub("", line))


def is_copied_message_header(line: str) -> bool:
    """«Ассамблея народа Казахстана, [27.11.2026 09:12]»: who posted a copied Telegram message, and when."""
    return _COPIED_MESSAGE_HEADER.fullmatch(line.strip()) is not None


def without_audience_dot(line: str) -> str:
    """«29 ноября 2026 г. в 14:05 ·» as «29 ноября 2026 г. в 14:05»."""
    return _AUDIENCE_DOT.sub("", line)
