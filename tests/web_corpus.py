"""A small real archive for the web tests: the shared CORPUS, enough news for paging, a hostile
document (markup and javascript: links in its title, text and facet values), a paged PDF, and
files on disk for the download route."""
from __future__ import annotations

from datetime import date
import os
from pathlib import Path

from conftest import CORPUS, make_record
from sentence_table import PARAGRAPHS
from index.store import IndexWriter

XSS_TITLE = '<script>alert(1)</script> Отчет <img src=x onerror=alert(1)>'
XSS_TEXT = [
    "Взломщики вставили <script>alert(1)</script> и <img src=x onerror=alert(1)> в страницу Ассамблеи.",
    'Ссылка <a href="javascript:alert(1)">нажми</a> и javascript:alert(document.cookie) остались в тексте.',
]
SPEAKERS = ["А. Платонов", "С. Абдрахманов", "Н. Дементьева", "К.К. Токаев"]
NEWS_COUNT = 24
# reports quoting a statement in another language (ingested as files: ingest finds the quote's language)
MIXED_REPORT = """Круглый стол в Караганде о языковой политике

Караганда, 3 апреля 2023 г.

В Доме дружбы Караганды прошел круглый стол, посвященный языковой политике. Модератор встречи Бауыржан \
Тілеуберді отметил, что государственный язык объединяет всех жителей области.

«Тіл – халықтың жаны. Мемлекеттік тілді білу – әр азаматтың парызы», – деді Б. Тілеуберді.

Участники обсудили новые курсы казахского языка для взрослых.
"""

MIXED_KAZAKH_REPORT = """Алматыда достық үйінде кездесу өтті

Алматы, 2023 жылғы 5 мамырда

Қазақстан халқы Ассамблеясының мүшелері достық үйінде жастармен кездесті. Кездесуде тіл саясаты туралы әңгіме болды.

«Мы все вместе строим общий дом, и язык нас объединяет», – сказал А. Петров.

Жиналғандар жаңа курстар туралы білді.
"""

# full stops that end no sentence (initials, abbreviations, titles, numbered points) beside ones
# that do: the table every reader of sentences is tested against (tests/sentence_table.py)
SENTENCES_TITLE = "Заседание Ассамблеи"
SENTENCES_REPORT = SENTENCES_TITLE + "\n\n" + "\n\n".join(" ".join(row) for row in PARAGRAPHS) + "\n"


def write_mixed_archive(folder: Path) -> None:
    """The reports of MIXED_REPORT, MIXED_KAZAKH_REPORT and SENTENCES_REPORT as text files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mixed.txt").write_text(MIXED_REPORT, encoding="utf-8")
    (folder / "kkdoc.txt").write_text(MIXED_KAZAKH_REPORT, encoding="utf-8")
    (folder / "sentences.txt").write_text(SENTENCES_REPORT, encoding="utf-8")


def news_records() -> list:
    out = []
    for i in range(NEWS_COUNT):
        speaker = SPEAKERS[i % len(SPEAKERS)]
        year = 2016 + i % 9
        out.append(make_record(
            f"n{i:02d}", f"Новости Ассамблеи №{i + 1}: заседание в регионе", [
                f"Состоялось заседание Ассамблеи народа Казахстана, выпуск {i + 1}.",
                # each item's words its own: 24 news items, no copies of one (index.same_text joins those)
                f"{speaker} отметил значение общественного согласия и дружбы народов, выпуск {i + 1}.",
                f"Участники обсудили работу с молодежью и волонтерами, выпуск {i + 1}.",
            ], when=date(year, 1 + i % 12, 1 + i % 27), speakers=[speaker], persons=[speaker],
            topics=["межэтническое и межконфессиональное согласие"], speaker_of={1: speaker},
        ))
    return out


def hostile_record():
    return make_record(
        "x1", XSS_TITLE, XSS_TEXT, when=date(2022, 2, 2),
        speakers=['<b onmouseover="alert(1)">Хакер</b>'], persons=["javascript:alert(1)"],
        topics=['"><script>alert(1)</script>'], fmt="html",
        speaker_of={0: '<b onmouseover="alert(1)">Хакер</b>'},
    )


def paged_record():
    rec = make_record("p1", "Стенограмма сессии Ассамблеи", [
        "Открытие сессии. Председательствующий приветствовал участников.",
        "М. Кул-Мухаммед подчеркнул роль языковой политики в укреплении единства.",
        "Выступления делегатов о языковой политике и межэтническом согласии.",
        "Принята резолюция сессии.",
    ], when=date(2018, 4, 20), fmt="pdf", speakers=["М. Кул-Мухаммед"], speaker_of={1: "М. Кул-Мухаммед"},
        topics=["языковая политика"])
    for passage, page in zip(rec.passages, (1, 1, 2, 3)):
        passage.page = page
    rec.pages = 3
    return rec


def build_web_index(index_dir: Path, files_root: Path) -> dict:
    """Write the web corpus to `index_dir`; real files under `files_root` for downloads.
    Returns facts the tests check against."""
    files_root.mkdir(parents=True, exist_ok=True)
    original = files_root / "2021" / "otchet.txt"
    original.parent.mkdir(parents=True, exist_ok=True)
    original.write_text("Оригинал отчета об Ассамблее.\n", encoding="utf-8")
    secret = files_root.parent / "outside-secret.txt"
    secret.write_text("не для выдачи", encoding="utf-8")

    downloadable = make_record("d1", "Отчет о работе Ассамблеи", ["Отчет о работе Ассамблеи за год."],
                               when=date(2021, 12, 30))
    downloadable.paths = [str(original)]
    downloadable.source = str(files_root)
    escaping = make_record("d2", "Файл вне корня", ["Запись, путь которой ведет наружу."], when=date(2021, 12, 29))
    escaping.paths = [str(files_root / ".." / "outside-secret.txt")]
    escaping.source = str(files_root)

    link = files_root / "link-to-secret.txt"  # inside the root, pointing outside it
    if not link.exists():
        link.symlink_to(secret)
    linked = make_record("d3", "Ссылка наружу", ["Запись, файл которой ссылается наружу."], when=date(2021, 12, 28))
    linked.paths = [str(link)]
    linked.source = str(files_root)

    # a name copied from a Windows archive: windows-1251 bytes, not UTF-8
    cp1251_name = os.fsdecode(os.fsencode(str(files_root)) + b"/" + "Протокол.txt".encode("cp1251"))
    with open(cp1251_name, "w", encoding="utf-8") as fh:
        fh.write("Протокол совета директоров.\n")
    windows = make_record("d4", "Протокол совета", ["Протокол совета директоров."], when=None)
    windows.paths = [cp1251_name]
    windows.source = str(files_root)

    # a long file name, many names, a long link: what a phone-width page has to wrap
    long_name = make_record("w1", "Список участников совещания", [
        "Перечень участников совещания с указанием должностей.",
        # words no wrapping opportunity breaks: a quote of them must still fit a phone
        "Подробнее на сайте: https://www.assembly.kz/upload/iblock/3f2/Spisok_uchastnikov_soveshchaniya_Pavlodar_2019.pdf, "
        "почта для прессы: uchastniki.soveshchaniya.pavlodar@assembly-of-people-of-kazakhstan.kz"],
                            persons=["В. Ким", "И. Шевченко", "Р. Хамедов", "Б. Оспанов", "Л. Прокопенко", "Е. Тулегенов"])
    long_name.paths = ["/archive/2019/protokol_zasedaniya_soveta_obshchestvennogo_soglasiya_pavlodarskoi_oblasti_"
                       "i_malykh_assamblei_gorodov_i_raionov.txt"]

    records = list(CORPUS) + news_records() + [hostile_record(), paged_record(), downloadable, escaping, linked,
                                               windows, long_name]
    with IndexWriter(index_dir, create=True) as writer:
        for record in records:
            writer.add(record)
    return {"documents": len(records), "original": original, "secret": secret}
