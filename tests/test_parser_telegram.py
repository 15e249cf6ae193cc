"""Telegram Desktop's chat exports (messages.html, result.json): told by their content, titled by the
channel's name, each post a paragraph of its text only, dated by the latest post."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from index.search import SearchRequest, SearchService
from search_app import create_app
from ingest.parsers import ParseError, parse_file, sniff_format
from ingest.pipeline import IngestOptions, run_ingest

CHANNEL = "Ассамблея народа Казахстана"


def _html_post(number: int, when: str, text: str, reactions: int = 84, joined: bool = False,
               replies_to: int | None = None) -> str:
    """One post as Telegram Desktop writes it: userpic initials, time, sender, the message it replies
    to, text, reactions."""
    reply = "" if replies_to is None else f"""
       <div class="reply_to details">
In reply to <a href="#go_to_message{replies_to}" onclick="return GoToMessage({replies_to})">this message</a>
       </div>"""
    frame = "" if joined else f"""
      <div class="pull_left userpic_wrap"><div class="userpic userpic2" style="width: 42px; height: 42px">
        <div class="initials" style="line-height: 42px">
АН
        </div></div></div>"""
    sender = "" if joined else f"""<div class="from_name">
{CHANNEL} 
       </div>"""
    return f"""
     <div class="message default clearfix{' joined' if joined else ''}" id="message{number}">{frame}
      <div class="body">
       <div class="pull_right date details" title="{when} UTC+05:00">
{when[11:16]}
       </div>
       {sender}{reply}
       <div class="text">
{text}
       </div>
       <div class="reactions"><div class="reaction"><div class="emoji">
🔥
         </div><div class="count">
{reactions}
         </div></div></div>
      </div>
     </div>"""


def _service(number: int, text: str) -> str:
    return f"""
     <div class="message service" id="message-{number}">
      <div class="body details">
{text}
      </div>
     </div>"""


def _html_export(posts: str, channel: str = CHANNEL) -> str:
    return f"""<!DOCTYPE html>
<html>
 <head>
  <meta charset="utf-8"/>
<title>Exported Data</title>
  <link href="css/style.css" rel="stylesheet"/>
  <script src="js/script.js" type="text/javascript"></script>
 </head>
 <body onload="CheckLocation();">
  <div class="page_wrap">
   <div class="page_header"><div class="content"><div class="text bold">
{channel}
     </div></div></div>
   <div class="page_body chat_page">
    <div class="history">{posts}
    </div>
   </div>
  </div>
 </body>
</html>
"""


HTML_POSTS = (
    _service(1, "Channel created")
    + _service(2, "10 January 2025")
    + _html_post(101, "10.01.2025 09:19:00", 'Дом дружбы Караганды приглашает на турнир по шахматам! '
                 '<a href="" onclick="return ShowHashtag(&quot;ДомДружбы&quot;)">#ДомДружбы</a>', reactions=84)
    + _html_post(102, "10.01.2025 10:00:00", "🔥🔥🔥", joined=True)
    + _service(3, "29 November 2026")
    + _html_post(103, "29.11.2026 14:05:17", 'Итоги XXXV сессии Ассамблеи.<br>Принята резолюция о языковом '
                 'многообразии. <a href="https://t.me/jas_ank">@jas_ank</a>', reactions=227, replies_to=101)
)


def _json_export(messages: list[dict], name: str = CHANNEL) -> str:
    return json.dumps({"name": name, "type": "public_channel", "id": 1476053210, "messages": messages},
                      ensure_ascii=False, indent=1)


JSON_MESSAGES = [
    {"id": 1, "type": "service", "date": "2025-01-09T12:00:00", "action": "create_channel", "title": CHANNEL, "text": ""},
    {"id": 101, "type": "message", "date": "2025-01-10T09:19:00", "date_unixtime": "1736482740", "from": CHANNEL,
     "text": ["Дом дружбы Караганды приглашает на турнир по шахматам! ", {"type": "hashtag", "text": "#ДомДружбы"}],
     "text_entities": [{"type": "plain", "text": "Дом дружбы Караганды приглашает на турнир по шахматам! "},
                       {"type": "hashtag", "text": "#ДомДружбы"}],
     "reactions": [{"type": "emoji", "count": 84, "emoji": "🔥"}]},
    {"id": 102, "type": "message", "date": "2025-01-10T10:00:00", "from": CHANNEL, "text": "👏👏👏",
     "text_entities": [{"type": "plain", "text": "👏👏👏"}]},
    {"id": 103, "type": "message", "date": "2026-11-29T14:05:17", "from": CHANNEL,
     "text": "Итоги XXXV сессии Ассамблеи.\nПринята резолюция о языковом многообразии.",
     "text_entities": [{"type": "plain", "text": "Итоги XXXV сессии Ассамблеи.\nПринята резолюция о языковом многообразии."}]},
]

# each post under its time's label (index.post_times)
POSTS = ["10.01.2025 09:19\nДом дружбы Караганды приглашает на турнир по шахматам! #ДомДружбы",
         "29.11.2026 14:05\nИтоги XXXV сессии Ассамблеи.\nПринята резолюция о языковом многообразии."]


def test_an_html_export_is_its_posts_text_under_the_channels_name(tmp_path):
    path = tmp_path / "messages.html"
    path.write_text(_html_export(HTML_POSTS), encoding="utf-8")
    doc = parse_file(path)
    assert doc.format == "telegram" and doc.title == CHANNEL  # not «Exported Data»
    # no initials, sender, reaction counts, service lines; the emoji-only post left out
    assert [b.text for b in doc.blocks] == [POSTS[0], POSTS[1] + " @jas_ank"]
    assert doc.metadata["published"] == "2026-11-29"


def test_a_json_export_is_read_like_the_html_one(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(_json_export(JSON_MESSAGES), encoding="utf-8")
    doc = parse_file(path)
    assert doc.format == "telegram" and doc.title == CHANNEL
    assert [b.text for b in doc.blocks] == POSTS
    assert doc.metadata["published"] == "2026-11-29"


def test_exports_are_told_by_their_content_not_their_name(tmp_path):
    assert sniff_format("export.txt", _json_export(JSON_MESSAGES).encode()) == "telegram"
    assert sniff_format("page.html", _html_export(HTML_POSTS).encode()) == "telegram"
    assert sniff_format("data.json", b'{"name": "x", "messages": []}') is None  # another program's JSON
    assert sniff_format("page.html", b"<html><head><title>Exported Data</title></head><body><p>x</p></body></html>") == "html"


@pytest.mark.parametrize("name,content", [
    ("result.json", _json_export(JSON_MESSAGES[2:3] + JSON_MESSAGES[:1])),
    ("messages.html", _html_export(_service(1, "Channel created") + _html_post(1, "10.01.2025 10:00:00", "👏👏👏"))),
])
def test_an_export_of_emoji_and_service_lines_only_is_empty(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    assert caught.value.reason == "empty" and "Telegram" in str(caught.value)


def test_a_truncated_json_export_fails_in_one_sentence(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(_json_export(JSON_MESSAGES)[:400], encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    assert caught.value.reason == "damaged" and "Telegram JSON export" in str(caught.value)


def test_both_exports_are_ingested_from_a_folder_and_found_by_their_posts(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    (archive / "html").mkdir(parents=True)
    (archive / "json").mkdir()
    (archive / "html" / "messages.html").write_text(_html_export(HTML_POSTS), encoding="utf-8")
    (archive / "json" / "result.json").write_text(_json_export(JSON_MESSAGES), encoding="utf-8")
    (archive / "json" / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    by_name = {Path(r.path).name: r for r in summary.files}
    assert by_name["result.json"].status == by_name["messages.html"].status == "indexed"
    assert by_name["settings.json"].status == "skipped"
    assert any("latest post" in w for w in by_name["result.json"].warnings)
    service = SearchService(index)
    try:
        result = service.search(SearchRequest("резолюция"))
        assert result.total == 2
        assert {h.title for h in result.hits} == {CHANNEL}
        assert {h.date for h in result.hits} == {date(2026, 11, 29)}
        assert service.search(SearchRequest("227")).total == 0  # a reaction count is no text
        assert service.search(SearchRequest("АН")).total == 0  # nor the userpic's initials
        assert service.search(SearchRequest("reply")).total == 0  # nor «In reply to this message»
        assert service.search(SearchRequest("резолюция format:telegram")).total == 2
    finally:
        service.close()


def test_each_post_shows_its_time_which_is_neither_indexed_nor_the_exports_date(tmp_path):
    index = tmp_path / "index"
    service = _indexed_export(tmp_path, "messages.html", _html_export(HTML_POSTS))
    try:
        found = service.search(SearchRequest("шахматам"))
        assert found.total == 1 and found.hits[0].date == date(2026, 11, 29)  # still dated by the latest post
        assert "10.01.2025 09:19" in found.hits[0].snippet_html  # the post's time beside its words
        view = service.document(found.hits[0].doc_id, "2025")
        assert "10.01.2025 09:19\nДом дружбы" in view.text and "29.11.2026 14:05\nИтоги" in view.text
        assert view.match_count == 0  # the label marks nothing
        # the label holds no term: no post is found by the day or the hour it was posted
        for query in ("2025", "10.01.2025", "10 января", "09:19", "14:05"):
            assert service.search(SearchRequest(query)).total == 0, query
            assert service.quotes(SearchRequest(query)).total == 0, query
        quotes = {q.text[:10]: q.date for q in service.quotes(SearchRequest("шахматам OR резолюция")).hits}
        # a quote is the post's words, cited with the post's own day
        assert quotes == {"Дом дружбы": date(2025, 1, 10), "Итоги XXXV": date(2026, 11, 29)}
        doc_id = found.hits[0].doc_id
    finally:
        service.close()
    page = create_app(index, testing=True).test_client().get(f"/doc/{doc_id}").get_data(as_text=True)
    assert "10.01.2025 09:19" in page and "29.11.2026 14:05" in page
    # the export's date is its latest post's, no file timestamp
    assert "по последней записи" in page and "из метаданных файла" not in page


def test_a_link_hidden_behind_a_word_keeps_its_address(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    (archive / "html").mkdir(parents=True)
    (archive / "json").mkdir()
    (archive / "html" / "messages.html").write_text(_html_export(_html_post(
        1, "05.12.2026 10:00:00", 'Форум в Шымкенте. <a href="https://assembly.kz/kk/news/forum">Толығырақ</a> '
        '<a href="https://assembly.kz/ru/news">assembly.kz/ru/news</a> <a href="https://t.me/jas_ank">@jas_ank</a> '
        '<a href="" onclick="return ShowHashtag(&quot;ОртақҮй&quot;)">#ОртақҮй</a>')), encoding="utf-8")
    (archive / "json" / "result.json").write_text(_json_export([
        {"id": 1, "type": "message", "date": "2026-12-01T09:10:00", "text_entities": [
            {"type": "plain", "text": "Пресс-релиз готов: "},
            {"type": "text_link", "text": "черновик", "href": "https://docs.assembly.kz/press/xxxv"},
            {"type": "plain", "text": ", сайт "}, {"type": "url", "text": "assembly.kz"}]}]), encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    assert [b.text for b in parse_file(archive / "html" / "messages.html").blocks] == [
        "05.12.2026 10:00\nФорум в Шымкенте. Толығырақ (https://assembly.kz/kk/news/forum) assembly.kz/ru/news @jas_ank "
        "#ОртақҮй"]  # an address shown, a mention and a hashtag need none
    assert parse_file(archive / "json" / "result.json").blocks[0].text.endswith(
        "черновик (https://docs.assembly.kz/press/xxxv), сайт assembly.kz")
    service = SearchService(index)
    try:
        assert service.search(SearchRequest("assembly.kz/kk/news/forum")).total == 1
        assert service.search(SearchRequest("docs.assembly.kz")).total == 1
    finally:
        service.close()


def _account_export(chats: list[dict], contacts: int = 1) -> str:
    """«Export Telegram data»: the account's data, its contacts, then its chats under "chats"."""
    return json.dumps({
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 1, "first_name": "Пресс", "last_name": "Служба"},
        "contacts": {"about": "…", "list": [{"user_id": n, "first_name": "Контакт", "last_name": f"Номер {n}",
                                              "phone_number": "+7 702 000 0000"} for n in range(contacts)]},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("contacts", [1, 200])  # the chat's "type" before or long after the sniffed head
def test_a_whole_account_export_of_one_chat_is_read_as_that_chat(tmp_path, contacts):
    path = tmp_path / "result.json"
    path.write_text(_account_export([json.loads(_json_export(JSON_MESSAGES))], contacts), encoding="utf-8")
    assert sniff_format(path.name, path.read_bytes()[:2048]) == "telegram"
    doc = parse_file(path)
    assert doc.title == CHANNEL and [b.text for b in doc.blocks] == POSTS


def test_a_whole_account_export_of_several_chats_is_refused_in_one_sentence(tmp_path):
    path = tmp_path / "result.json"
    chat = json.loads(_json_export(JSON_MESSAGES))
    path.write_text(_account_export([chat, dict(chat, name="Другой чат")]), encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    assert caught.value.reason == "unsupported" and "Export chat history" in str(caught.value)
    assert "damaged" not in str(caught.value)


def test_a_poll_a_files_name_a_signature_and_a_groups_sender_are_the_posts_words(tmp_path):
    poll = """
       <div class="media_wrap clearfix"><div class="media_poll">
         <div class="question bold">
Какое мероприятие Дома дружбы вам понравилось больше всего?
         </div>
         <div class="details">
Anonymous poll
         </div>
         <div class="answer">
- Фестиваль национальной кухни
         </div>
         <div class="total details">
3 votes
         </div>
       </div></div>"""
    attached = """
       <div class="media_wrap clearfix"><a class="media clearfix pull_left block_link media_file" href="files/p.pdf">
         <div class="body"><div class="title bold">
Polozhenie_konkurs_esse_2026.pdf
         </div><div class="status details">
412.3 KB
         </div></div></a></div>"""
    html = _html_export(
        _html_post(1, "05.12.2026 11:00:00", "Голосуем!").replace('<div class="text">', poll + '\n<div class="text">')
        + _html_post(2, "05.12.2026 12:30:00", "Положение — во вложении.").replace('<div class="text">', attached + '\n<div class="text">')
        + _html_post(3, "06.12.2026 09:15:00", "Приём эссе до 20 декабря.").replace(
            '<div class="reactions">', '<div class="signature details">\nАйгерим Бекова\n</div>\n<div class="reactions">'))
    (tmp_path / "messages.html").write_text(html, encoding="utf-8")
    assert [b.text.split("\n", 1)[1] for b in parse_file(tmp_path / "messages.html").blocks] == [
        "Какое мероприятие Дома дружбы вам понравилось больше всего?\nФестиваль национальной кухни\nГолосуем!",
        "Polozhenie_konkurs_esse_2026.pdf\nПоложение — во вложении.",
        "Приём эссе до 20 декабря.\nАйгерим Бекова",
    ]  # no «Anonymous poll», vote count or file size; the channel's own name (the sender) no word of a post
    group = json.loads(_json_export([
        {"id": 2, "type": "message", "date": "2026-12-01T09:10:00", "from": "Айгуль Серикбаева", "text": "Коллеги, релиз готов."},
        {"id": 3, "type": "message", "date": "2026-12-01T10:00:00", "from": "Айгуль Серикбаева", "text": "",
         "poll": {"question": "Во сколько публикуем итоги?", "answers": [{"text": "14:00"}, {"text": "18:00"}]}},
        {"id": 4, "type": "message", "date": "2026-12-02T08:00:00", "from": "Пресс-служба", "text": "",
         "file": "files/Итоги_сессии.docx", "file_name": "Итоги_сессии.docx"},
    ], name="Рабочая группа АНК"))
    group["type"] = "private_supergroup"
    channel = json.loads(_json_export([{"id": 1, "type": "message", "date": "2026-12-01T09:00:00", "from": CHANNEL,
                                        "author": "Айгерим Бекова", "text": "Приём эссе до 20 декабря."}]))
    (tmp_path / "group.json").write_text(json.dumps(group, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "channel.json").write_text(json.dumps(channel, ensure_ascii=False), encoding="utf-8")
    assert [b.text.split("\n", 1)[1] for b in parse_file(tmp_path / "group.json").blocks] == [
        "Айгуль Серикбаева: Коллеги, релиз готов.", "Айгуль Серикбаева: Во сколько публикуем итоги?\n14:00\n18:00",
        "Пресс-служба: Итоги_сессии.docx"]
    assert [b.text.split("\n", 1)[1] for b in parse_file(tmp_path / "channel.json").blocks] == [
        "Приём эссе до 20 декабря.\nАйгерим Бекова"]


def _indexed_export(tmp_path: Path, name: str, content: str) -> SearchService:
    """A search of an index of one export, `name` holding `content`, in tmp_path/index."""
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / name).write_text(content, encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    return SearchService(index)


def _message(number: int, when: str, text: str) -> dict:
    return {"id": number, "type": "message", "date": when, "from": CHANNEL, "text": text,
            "text_entities": [{"type": "plain", "text": text}]}


LONG_POST = ("В Астане под председательством Главы государства прошла XXXV сессия Ассамблеи народа Казахстана. "
             + "Делегаты обсудили работу домов дружбы в регионах и поддержку этнокультурных объединений. " * 3
             + "Касым-Жомарт Токаев подчеркнул, что единство народа — наша главная ценность.")


@pytest.mark.parametrize("filler", [0, 400], ids=["one document", "passage by passage"])
def test_a_snippet_far_into_a_post_shows_its_whole_label(tmp_path, filler):
    # `filler` posts make the export longer than a text tokenized whole: its snippet is cut from passages
    messages = [_message(100 + n, "2025-01-16T10:00:00", f"Новости дня номер {n}: встреча в Доме дружбы.")
                for n in range(filler)]
    messages.append(_message(1, "2026-11-29T14:05:00", "🇰🇿 " + LONG_POST))
    service = _indexed_export(tmp_path, "result.json", _json_export(messages))
    try:
        # a cut after the label: the label is shown before it, apart
        far = service.search(SearchRequest("Токаев")).hits[0].snippet_html
        assert far.startswith("29.11.2026 14:05 …") and "<mark>Токаев</mark>" in far, far
        # a cut inside the label: the fragment starts at the label, no bare «14:05»
        near = service.search(SearchRequest("XXXV сессия")).hits[0].snippet_html
        assert "29.11.2026 14:05 🇰🇿 В Астане" in near, near
        assert service.search(SearchRequest("14:05")).total == 0  # shown, still no term
    finally:
        service.close()


@pytest.mark.parametrize("depth", [900, 5000])
def test_a_json_export_nested_thousands_deep_fails_in_one_sentence(tmp_path, depth):
    # json.loads raises RecursionError, no ValueError, past about a thousand lists, and reading a
    # text's lists one in another overflowed the stack below that: «The parser failed on this file»
    path = tmp_path / "result.json"
    text = "[" * depth + '"Слово"' + "]" * depth
    path.write_text('{"type": "public_channel", "messages": [{"type": "message", "text": ' + text + "}]}",
                    encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    assert caught.value.reason == "damaged" and str(caught.value).endswith("nested too deeply to read.")


@pytest.mark.parametrize("entities", [None, []])
def test_a_message_whose_entities_are_null_or_empty_keeps_its_text(tmp_path, entities):
    # only a missing "text_entities" fell back to "text": a null one lost the post
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"type": "personal_chat", "name": "Чат", "messages": [
        {"type": "message", "from": "Айгуль", "text": "Слово тут", "text_entities": entities}]}), encoding="utf-8")
    assert "Слово тут" in parse_file(path).text
