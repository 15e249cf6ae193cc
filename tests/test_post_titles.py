"""Social-media posts saved as text: a line of emoji, hashtags or mentions, a Facebook date line and
a copied Telegram message's «Sender, [date time]» name nothing, and a post of emoji alone is empty."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.search import SearchRequest, SearchService
from ingest.build import build_record
from ingest.parsers import ParseError, parse_file
from ingest.parsers.normalize import find_dateline, is_bare_dateline
from ingest.pipeline import IngestOptions, run_ingest

POSTS = {
    "2026-11-29_09-05-17_UTC.txt": "✨🇰🇿✨\nСегодня в Доме дружбы Петропавловска прошёл фестиваль «Шаңырақ» 🎶\n.\n.\n#АНК #Бірлік",
    "2026-10-02_11-40-00_UTC.txt": "#АНК #Бірлік #ҚХА #100нарон\nАстанадағы Достық үйінде жастар форумы өтті.\n",
    "caption.txt": "🎉🎉🎉\n#ЕдинствоВМногообразии @jas_ank\n01.03.2026 10:00\n",
    "facebook.txt": "29 ноября 2026 г. в 14:05 ·\nСегодня в Астане прошла XXXV сессия Ассамблеи. #АНК\n\n----------\n\n"
                    "21 марта 2026 г. в 16:45 ·\nНаурыз мейрамы құтты болсын! 🌷 #Наурыз2026\n",
    "telegram_copy.txt": "Ассамблея народа Казахстана, [27.11.2026 09:12]\nВ Алматы открылся форум этнокультурных "
                         "объединений.\n\nАссамблея народа Казахстана, [28.11.2026 16:40]\nФорум показал единство.\n",
    "2026-10-03_08-00-00_UTC.txt": "👏👏👏\n",
}
TITLES = {
    "2026-11-29_09-05-17_UTC.txt": "Сегодня в Доме дружбы Петропавловска прошёл фестиваль «Шаңырақ» 🎶",
    "2026-10-02_11-40-00_UTC.txt": "Астанадағы Достық үйінде жастар форумы өтті.",
    "caption.txt": "caption",  # no line with words: the file's name
    "facebook.txt": "Сегодня в Астане прошла XXXV сессия Ассамблеи. #АНК",
    "telegram_copy.txt": "В Алматы открылся форум этнокультурных объединений.",
}


@pytest.mark.parametrize("line", ["29 ноября 2026 г. в 14:05 ·", "Ассамблея народа Казахстана, [27.11.2026 09:12]"])
def test_a_posts_date_line_is_a_bare_dateline(line):
    assert is_bare_dateline(line)
    assert find_dateline([line, "Текст поста."]) == line


def test_a_post_of_emoji_alone_is_empty(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text("👏👏👏\n", encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    assert caught.value.reason == "empty"


def test_posts_are_titled_by_their_first_line_with_words_and_dated_by_their_date_line(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    for name, text in POSTS.items():
        (archive / name).write_text(text, encoding="utf-8")
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    reasons = {Path(r.path).name: r.reason for r in summary.files}
    assert reasons["2026-10-03_08-00-00_UTC.txt"] == "empty"  # reported, not indexed
    service = SearchService(index)
    try:
        hits = {Path(h.paths[0]).name: h for h in service.search(SearchRequest("", per_page=20)).hits}
        assert {name: hit.title for name, hit in hits.items()} == TITLES
        assert hits["facebook.txt"].date == date(2026, 11, 29)
        assert hits["telegram_copy.txt"].date == date(2026, 11, 27)
        assert hits["telegram_copy.txt"].date_source == "text"
    finally:
        service.close()


CAPTIONS = {  # lines with no words above the text, each its own paragraph; a dated caption under a CamelCase tag
    "2026-11-29_09-05-17_UTC.txt": "✨ ✨ ✨\n#АНК\nСегодня в Астане прошёл форум.\n",
    "blank_lines.txt": "🎉\n\n#АНК\n\nСегодня в Астане прошёл форум.\n",
    "two_tag_lines.txt": "#АНК\n#Бірлік\nСегодня в Астане прошёл форум.\n",
    "camel_dated.txt": "#ДеньБлагодарности #Бірлік\nСегодня в Астане прошёл форум.\n13.12.2026 10:00\n",
    "kazakh_dated.txt": "#ҚазақстанХалқыАссамблеясы #Бірлік\nБүгін Астанада Достық үйінде форум өтті.\n13.12.2026 10:00\n",
    "link_only.txt": "🎉🎉\n#АНК #Бірлік\n@assembly_kz\nhttps://assembly.kz/ru/news/x\n",
}


@pytest.mark.parametrize("name", sorted(CAPTIONS))
def test_a_caption_is_titled_by_its_text_under_lines_of_emoji_or_tags(tmp_path, name):
    path = tmp_path / name
    path.write_text(CAPTIONS[name], encoding="utf-8")
    doc = parse_file(path)
    title = build_record(doc, path, str(tmp_path), "0" * 64).title
    if name == "link_only.txt":
        assert title == "link_only"  # an address names nothing either: the file's name
        return
    first_text = next(b.text for b in doc.blocks if b.text[0] not in "#@✨🎉")
    assert title == first_text and first_text.startswith(("Сегодня", "Бүгін"))  # the tags' line no part of it


@pytest.mark.parametrize("note", ["21 марта 2023, 11:05 (обновлено в 15:40)", "21 марта 2023, 11:05\nОбновлено в 15:40",
                                  "21.03.2023 11:05, обновлено 21.03.2023 15:40", "21 марта 2023 11:05 (upd 15:40)",
                                  "21 марта 2023, 11:05 (жаңартылды 15:40)",
                                  # the edit's date in the bracket, a bar, a dotted time, «ред.»
                                  "21 марта 2023, 11:05 (обновлено 21 марта 2023 в 15:40)",
                                  "21 марта 2023, 11:05 (обновлено 22 марта 2023, 09:00)",
                                  "21 марта 2023, 11:05 / обновлено 15:40", "21 марта 2023, 11:05 (обновлено в 15.40)",
                                  "21 марта 2023, 11:05 (ред. 15:40)"])
def test_an_updated_news_item_is_titled_by_its_headline_and_dated_by_its_publication(tmp_path, note):
    """An edit note with the edit's time («(обновлено в 15:40)», a line «Обновлено в 15:40») made the
    dateline the item's title, and its date fell back to the file name."""
    path = tmp_path / "news_2023-03-25.txt"
    path.write_text(f"{note}\nВ Шымкенте отметили Наурыз мейрамы\n\nШымкент. КАЗИНФОРМ – В Шымкенте на "
                    "центральной площади прошло празднование Наурыз мейрамы.\n", encoding="utf-8")
    record = build_record(parse_file(path), path, str(tmp_path), "x")
    assert record.title == "В Шымкенте отметили Наурыз мейрамы"
    assert (str(record.date), record.date_source) == ("2023-03-21", "text")
    assert not is_bare_dateline("Обновлено 5 правил для участников форума")
