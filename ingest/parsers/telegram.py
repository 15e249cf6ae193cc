"""Telegram Desktop's chat exports: messages.html (its own markup) and result.json ("Machine-readable
JSON"), told by their content. The chat's or channel's name is the title and each post is a paragraph
of its own: its text, a poll's question and answers, an attached file's name, a channel post's
signature, and in a group chat its sender's name first. The userpic's initials, a channel's name over
its own posts, the reactions and the service lines («10 January 2025», «Channel created») are the
export's frame, no text. A post of emoji alone (or media without a caption) has nothing to search and
is left out.

The export is one document, dated by its latest post: the index keeps one record per file (see
README, Known limits), and the latest post is the day the export speaks for. Each post keeps its own
day and time as a label on its first line («01.03.2026 10:00», index.post_times), shown with it but
neither indexed nor read as a dateline."""
from __future__ import annotations

import json
import re

from index.post_times import post_time_label

from .base import Block, ParsedDocument, ParseError, Parser
from .normalize import clean_text

# what Telegram Desktop writes at the top of every page of an HTML export (messages.html,
# messages2.html, …): the body's script hook and the chat page's frame
_HTML_MARKS = (b'onload="checklocation();"', b'class="page_body chat_page"')
# the JSON export of one chat: its "type" among the first keys, then its "messages" list
_JSON_TYPE = re.compile(rb'"type"\s*:\s*"(?:personal_chat|bot_chat|saved_messages|private_group|private_supergroup'
                        rb'|public_supergroup|private_channel|public_channel)"')
_JSON_MESSAGES = re.compile(rb'"messages"\s*:\s*\[')
# «Export Telegram data» (the whole account, or its public channels): the account's data first, its chats under
# "chats": {"list": […]}, maybe after a long list of contacts
_JSON_ACCOUNT = re.compile(rb'"personal_information"\s*:\s*\{')
# the post's time as the HTML export writes it in the date's title: «29.11.2026 14:05:17 UTC+05:00»
_HTML_DATE = re.compile(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d:\d\d)")
# the JSON export's «2026-11-29T14:05:17» (the exporting computer's local time)
_JSON_DATE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def is_telegram_export(head: bytes) -> bool:
    """`head` (the file's first bytes, lowercase ASCII as sniff_format reads them) opens a Telegram
    Desktop export of one chat, as HTML or as JSON."""
    if all(mark in head for mark in _HTML_MARKS):
        return True
    if not head.lstrip().startswith(b"{"):
        return False
    return bool(_JSON_ACCOUNT.search(head)) or (bool(_JSON_TYPE.search(head)) and bool(_JSON_MESSAGES.search(head)))


class TelegramParser(Parser):
    """A Telegram Desktop export: taken by its content only (no extension names it: a .json or
    .html file may be anything else)."""

    format = "telegram"
    extensions = ()
    mime_types = ()

    def parse(self, data: bytes, name: str = "") -> ParsedDocument:
        text = data.decode("utf-8-sig", errors="replace")  # Telegram Desktop writes UTF-8 only
        warnings = []
        if "\ufffd" in text:
            warnings.append(f"{text.count(chr(0xFFFD))} broken UTF-8 sequence(s) replaced; the rest of the export is intact.")
        if text.lstrip().startswith("{"):
            channel, posts = _json_posts(text, name)
        else:
            channel, posts = _html_posts(data)
        posts = [(when, body) for when, body in ((when, clean_text(body).strip()) for when, body in posts)
                 if any(ch.isalpha() for ch in body)]
        if not posts:
            raise ParseError("empty", "The Telegram export has no post with words (only media, emoji or "
                             "service messages).", path=name or None)
        metadata: dict[str, str] = {}
        channel = " ".join(clean_text(channel or "").split())
        if channel:
            metadata["title"] = channel
        days = sorted(when[0] for when, _ in posts if when)
        if days:
            metadata["published"] = days[-1]
            warnings.append(f"A Telegram export of {len(posts)} post(s) from {days[0]} to {days[-1]}: indexed as one "
                            f"document dated by its latest post.")
        return ParsedDocument(format="telegram", title=channel or None, blocks=[Block(_labelled(when, body)) for when, body in posts],
                              encoding="utf-8", metadata=metadata, warnings=warnings)


# a post's (ISO day, «HH:MM»), when the export gives it
When = tuple[str, str] | None


def _labelled(when: When, body: str) -> str:
    """The post's text under its time's label (index.post_times)."""
    return f"{post_time_label(*when)}\n{body}" if when else body


def _json_posts(text: str, name: str) -> tuple[str | None, list[tuple[When, str]]]:
    """(the chat's name, [(when, text)]) of a result.json."""
    try:
        chat = json.loads(text)
    except ValueError as e:
        raise ParseError("damaged", f"The Telegram JSON export is damaged or truncated ({e.msg} at line {e.lineno}).",
                         path=name or None) from None
    except RecursionError:
        raise _nested_too_deeply(name) from None
    chat = _account_chat(chat, name) if isinstance(chat, dict) and "messages" not in chat else chat
    messages = chat.get("messages") if isinstance(chat, dict) else None
    if not isinstance(messages, list):
        raise ParseError("damaged", "The Telegram JSON export has no list of messages.", path=name or None)
    title = chat.get("name") if isinstance(chat.get("name"), str) else None
    # a channel's posts are its own; a group's sender is who said what
    group = chat.get("type") not in ("private_channel", "public_channel")
    posts = []
    for message in messages:
        if not isinstance(message, dict) or message.get("type") != "message":
            continue  # a service message: a channel created, a message pinned, a member joined
        sender = message.get("from") if group and isinstance(message.get("from"), str) else None
        try:
            posts.append((_json_when(message.get("date")), _said_by(sender, title, _json_post(message))))
        except RecursionError:  # a text of lists in lists, read part by part, as deep as json.loads allows
            raise _nested_too_deeply(name) from None
    return title, posts


def _nested_too_deeply(name: str) -> ParseError:
    """No export Telegram writes nests its lists hundreds deep: a damaged or crafted file."""
    return ParseError("damaged", "The Telegram JSON export is damaged: its lists are nested too deeply to read.",
                      path=name or None)


def _json_post(message: dict) -> str:
    """A message's words: its text, a poll's question and answers, an attached file's name, a channel post's
    signature (its author)."""
    poll = message.get("poll") if isinstance(message.get("poll"), dict) else {}
    answers = poll.get("answers") if isinstance(poll.get("answers"), list) else []
    parts = [_json_text(message.get("text_entities") or message.get("text")), _json_text(poll.get("question")),
             *(_json_text(a.get("text")) for a in answers if isinstance(a, dict)),
             _json_text(message.get("file_name")), _json_text(message.get("author"))]
    return "\n".join(part for part in parts if part)


def _account_chat(export: dict, name: str):
    """The one chat of a whole-account export («Export Telegram data»: chats under "chats" and "left_chats"),
    read as the export of that chat; `export` itself when it is none. Several chats are refused in one
    sentence: the index keeps one document per file, and an account's private chats are no archive's."""
    chats = [chat for key in ("chats", "left_chats") if isinstance(export.get(key), dict)
             and isinstance(export[key].get("list"), list)
             for chat in export[key]["list"] if isinstance(chat, dict) and isinstance(chat.get("messages"), list)]
    if len(chats) == 1:
        return chats[0]
    if not chats and "personal_information" in export:
        raise ParseError("empty", "This Telegram account's export («Export Telegram data») holds no chat's messages.",
                         path=name or None)
    if chats:
        raise ParseError("unsupported", f"This is a whole Telegram account's export («Export Telegram data») of "
                         f"{len(chats)} chats: export each channel or chat to index on its own («Export chat "
                         f"history» in its menu).", path=name or None)
    return export


def _json_text(value) -> str:
    """A message's text: a string, or a list of strings and entities ({"type": "hashtag", "text": …}); a
    text link's address follows its word."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(_json_entity(part) if isinstance(part, dict) else _json_text(part) for part in value)
    return ""


def _json_entity(entity: dict) -> str:
    text = _json_text(entity.get("text"))
    href = entity.get("href")
    return text + _address_after(text, href) if entity.get("type") == "text_link" and isinstance(href, str) else text


# an address a post's word links to: the web's or mail's (not a hashtag's empty href, a reply's #go_to_message, a file)
_LINKED_ADDRESS = re.compile(r"(?:https?://|mailto:)\S+", re.IGNORECASE)
_ADDRESS_START = re.compile(r"^(?:https?://|mailto:)?(?:www\.)?", re.IGNORECASE)


def _address_after(text: str, href: str) -> str:
    """What follows a link's text: the address it hides, in brackets («Толығырақ (https://assembly.kz/kk/news/forum)»),
    since an archivist asks which posts linked to a page. Nothing after a link showing its address, a mention
    (@jas_ank, linked to t.me/jas_ank) or a hashtag."""
    href = href.strip()
    shown = text.strip().rstrip("…").rstrip("/")
    if not _LINKED_ADDRESS.fullmatch(href) or not shown or shown[0] in "@#":
        return ""
    if _ADDRESS_START.sub("", href).lower().startswith(_ADDRESS_START.sub("", shown).lower()):
        return ""  # the address itself, maybe cut short with «…»
    return f" ({href})"


def _json_when(value) -> When:
    """(«2026-11-29», «14:05») of the JSON export's «2026-11-29T14:05:17»."""
    m = _JSON_DATE.match(value) if isinstance(value, str) else None
    return (m.group(1), m.group(2)) if m else None


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def _html_posts(data: bytes) -> tuple[str | None, list[tuple[When, str]]]:
    """(the chat's name, [(when, text)]) of a messages.html."""
    import lxml.html  # here: a batch without pages never loads lxml (html_on_demand)

    root = lxml.html.fromstring(data, parser=lxml.html.HTMLParser(encoding="utf-8"))
    header = next((div for div in root.iter("div") if "page_header" in _classes(div)), None)
    name = next((div for div in header.iter("div") if {"text", "bold"} <= _classes(div)), None) if header is not None else None
    chat = _element_text(name) if name is not None else None
    posts = []
    sender = None  # a joined message («joined»: no name over it) is the sender's before
    for message in root.iter("div"):
        if not {"message", "default"} <= _classes(message):
            continue  # a service line: a day's header, «Channel created», a pin
        named = next((div for div in message.iter("div") if "from_name" in _classes(div) and _own(div, "forwarded")), None)
        if named is not None or "joined" not in _classes(message):
            sender = _element_text(named) if named is not None else None
        lines = [_part_text(div) for div in message.iter("div") if _classes(div) & _POST_PARTS and _own(div)]
        posts.append((_html_when(message), _said_by(sender, chat, "\n".join(line for line in lines if line))))
    return chat, posts


# The parts of a post that are its words: its text (and a media's caption), a poll's question and answers, an
# attached file's name and a channel post's signature (its author)
_POST_PARTS = frozenset({"text", "question", "answer", "signature", "title"})


def _own(div, *but: str) -> bool:
    """Not a part of the message it replies to (nor of those of the classes `but`: a forwarded post's
    header names its first sender, not the one who forwarded it)."""
    return not any(_classes(up) & {"reply_to", *but} for up in div.iterancestors("div"))


def _part_text(div) -> str:
    classes = _classes(div)
    if "title" in classes and not any("media_file" in _classes(up) for up in div.iterancestors()):
        return ""  # a title of another kind of media (a contact's, a game's), no name a post gave
    text = _element_text(div)
    return text[2:] if "answer" in classes and text.startswith("- ") else text  # a poll's «- Концерт»


def _said_by(sender: str | None, chat: str | None, text: str) -> str:
    """A group chat's post with its sender first («Айгуль Серикбаева: Коллеги, …»): who said what in a
    working group. A channel's post is the channel's own, its name no word of it."""
    if not sender or not text or " ".join(sender.split()) == " ".join((chat or "").split()):
        return text
    return f"{sender}: {text}"


def _html_when(message) -> When:
    """The post's (ISO day, «HH:MM») from its date's title («29.11.2026 14:05:17 UTC+05:00»)."""
    for div in message.iter("div"):
        if {"date", "details"} <= _classes(div):
            m = _HTML_DATE.match(div.get("title") or "")
            return (f"{m.group(3)}-{m.group(2)}-{m.group(1)}", m.group(4)) if m else None
    return None


def _element_text(element) -> str:
    """The element's text, its <br> as line breaks and the markup's own line breaks and indentation as
    spaces; each line stripped. (It changes the element: the export's tree is read once.)"""
    for br in element.iter("br"):
        br.tail = _BREAK + (br.tail or "")
    for link in element.iter("a"):
        link.tail = _address_after("".join(link.itertext()), link.get("href") or "") + (link.tail or "")
    text = _SPACES.sub(" ", "".join(element.itertext()))  # no comments; iterative, whatever the depth
    lines = (line.strip() for line in text.split(_BREAK))
    return "\n".join(line for line in lines if line)


_BREAK = "\u2028"  # a <br> until the spaces are collapsed: Unicode's line separator, a line break in text too
