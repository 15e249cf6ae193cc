"""Text files whose encoding detection once went wrong in ways a reader saw (exploratory testing):
DOS tables, UTF-16 pages without a BOM, code-page pastes in UTF-8, double encodings via cp1252,
Ukrainian, non-Cyrillic code pages, one-word files. Each test ingests real files."""
from pathlib import Path

import pytest
from conftest import hit_files

from index.search import SearchRequest, SearchService
from ingest.pipeline import IngestOptions, run_ingest


def ingest(tmp_path: Path, files: dict[str, bytes]):
    """Ingest ``files`` (name -> bytes) into a fresh index: ({name: report record}, search)."""
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    for name, data in files.items():
        (archive / name).write_bytes(data)
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    return {Path(r.path).name: r for r in summary.files}, SearchService(index)


DOS_TABLES = {
    "svedeniya.txt": ("Сведения о численности этнокультурных объединений\n\n"
                      "╔════════════════════╦══════════╗\n"
                      "║ Область            ║ Центров  ║\n"
                      "╠════════════════════╬══════════╣\n"
                      "║ Карагандинская     ║    34    ║\n"
                      "║ Павлодарская       ║    21    ║\n"
                      "╚════════════════════╩══════════╝\n\n"
                      "Данные представлены секретариатом Ассамблеи по состоянию на первое января.", "Карагандинская"),
    "spravka.txt": ("СПРАВКА о проведенных мероприятиях\n\n"
                    "┌────┬──────────────────────────┬───────┐\n"
                    "│ N  │ Мероприятие              │ Дата  │\n"
                    "├────┼──────────────────────────┼───────┤\n"
                    "│ 2  │ Фестиваль национальных   │ 25.04 │\n"
                    "└────┴──────────────────────────┴───────┘\n\n"
                    "Секретарь малой ассамблеи Иванова", "Фестиваль"),
    "vedomost.txt": ("ВЕДОМОСТЬ\n"
                     "░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░\n"
                     "▒ Всего участников:        245    ▒\n"
                     "▒ Из них молодежи:         112    ▒\n"
                     "░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░", "участников"),
}


def test_a_dos_table_in_cp866_is_read_as_cp866_and_its_words_are_found(tmp_path):
    # box-drawing borders counted as stray symbols made cp866 lose to kz1048 or ISO-8859-5: the table
    # was indexed as «ЙНННН ғ ҺҰ«», the figures by region unfindable, the original sent as KZ-1048
    files = {name: text.replace("\n", "\r\n").encode("cp866") for name, (text, _) in DOS_TABLES.items()}
    records, search = ingest(tmp_path, files)
    for name, (text, word) in DOS_TABLES.items():
        record = records[name]
        assert (record.status, record.encoding, record.warnings) == ("indexed", "cp866", [])
        assert hit_files(search.search(SearchRequest(word))) == [name]


PAGE = ("<html><head>{meta}<title>Выступление на круглом столе</title></head><body>"
        "<h1>Выступление на круглом столе</h1><p>Уважаемые коллеги! Ассамблея народа Казахстана стала "
        "уникальным институтом гражданского общества.</p></body></html>")


def test_an_html_page_in_utf16_without_a_bom_is_read(tmp_path):
    # the markup's < = > counted as implausible characters: the page was refused as «binary data»
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-16">'
    files = {"le.html": PAGE.format(meta="").encode("utf-16-le"), "be.html": PAGE.format(meta="").encode("utf-16-be"),
             "declared.html": PAGE.format(meta=meta).encode("utf-16-le")}
    records, search = ingest(tmp_path, files)
    assert {name: (r.status, r.encoding) for name, r in records.items()} == {
        "le.html": ("indexed", "utf-16-le"), "be.html": ("indexed", "utf-16-be"), "declared.html": ("indexed", "utf-16-le")}
    assert sorted(hit_files(search.search(SearchRequest("уникальным")))) == ["be.html", "declared.html", "le.html"]


def test_a_windows_1251_passage_pasted_into_utf8_is_read_in_its_own_code_page(tmp_path):
    # the line holding the paste was read as ptcp154 («РЎРҫСҒСӮРҫ…») and the file called ptcp154; a
    # single windows-1251 word became seven U+FFFD and was lost
    head = "Заседание Совета Ассамблеи народа Казахстана\n\nАстана, 12 марта 2019 г.\n\n".encode("utf-8")
    pasted = ("Состоялось очередное заседание Совета Ассамблеи под председательством "
              "Президента. Участники обсудили план работы на год и утвердили его.").encode("cp1251")
    tail = ("\n\nПо итогам заседания приняты решения о проведении форума этнокультурных объединений, "
            "о поддержке молодежных организаций и о плане мероприятий на следующий год.\n").encode("utf-8")
    files = {"paste.txt": head + "Повестка дня была объявлена заранее. ".encode("utf-8") + pasted + tail,
             "word.txt": "Уважаемые ".encode("utf-8") + "коллеги".encode("cp1251")
             + "! Позвольте поблагодарить организаторов за приглашение.".encode("utf-8")}
    records, search = ingest(tmp_path, files)
    assert (records["paste.txt"].encoding, records["paste.txt"].warnings) == (
        "utf-8", ["Text on line 5 was in cp1251 in a UTF-8 file; each passage was read in its own encoding."])
    assert (records["word.txt"].encoding, records["word.txt"].warnings) == (
        "utf-8", ["Text on line 1 was in cp1251 in a UTF-8 file; each passage was read in its own encoding."])
    for word, name in (("председательством", "paste.txt"), ("объявлена", "paste.txt"), ("коллеги", "word.txt")):
        assert hit_files(search.search(SearchRequest(word))) == [name]


RU = ("Заседание Совета Ассамблеи народа Казахстана\n\nСостоялось очередное заседание Совета Ассамблеи народа "
      "Казахстана. В работе заседания приняли участие руководители этнокультурных объединений и депутаты Мажилиса.\n")


def test_utf8_misread_as_cp1252_is_repaired_in_both_forms(tmp_path):
    # Windows reads the five bytes cp1252 leaves undefined as U+0081...: the file was refused as
    # binary; where they had become U+FFFD it was indexed as «Ð—Ð°Ñ…» mojibake, in the English facet
    raw = RU.encode("utf-8")
    windows = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in raw)
    lossy = raw.decode("cp1252", errors="replace")
    records, search = ingest(tmp_path, {"windows.txt": windows.encode("utf-8"), "lossy.txt": lossy.encode("utf-8")})
    assert records["windows.txt"].warnings == ["Text was UTF-8 misread as cp1252 and saved again; repaired."]
    assert records["lossy.txt"].warnings == [
        "Text was UTF-8 misread as cp1252 and saved again; repaired, 19 letter(s) the misreading had lost "
        "guessed from their words."]
    for name in records:
        assert search.document(records[name].document_id).text.replace("\n", "") == RU.replace("\n", "")
    assert sorted(hit_files(search.search(SearchRequest("Состоялось Мажилиса")))) == ["lossy.txt", "windows.txt"]


UK = ("Засідання української громади в Астані\n\nУкраїнське етнокультурне об'єднання провело загальні збори. "
      "Голова громади розповів про підготовку до фестивалю, їхню участь у роботі Асамблеї народу Казахстану "
      "та про ґрунтовну підтримку молоді. Єдність і злагода - основа нашої держави, сказав він.\n")


def test_ukrainian_keeps_its_letters_in_koi8_u_and_windows_1251(tmp_path):
    # KOI8-U was no candidate (і ї є read as ╕ ╖ ╓), and windows-1251 Ukrainian was read as kz1048
    # (ї є ґ as ү ғ ө): Kazakh letters invented, the words unfindable
    ru = ("ОТЧЕТ о деятельности областной ассамблеи за первое полугодие\n\nВ отчетном периоде проведено сорок два "
          "заседания малых ассамблей, организованы курсы изучения казахского языка, открыт дом дружбы.\n\n")
    files = {"koi8u.txt": UK.encode("koi8_u"), "cp1251.txt": UK.encode("cp1251"),
             "ru_quoting_uk.txt": (ru + UK.split("\n\n")[1]).encode("cp1251")}
    records, search = ingest(tmp_path, files)
    assert {name: r.encoding for name, r in records.items()} == {
        "koi8u.txt": "koi8_u", "cp1251.txt": "cp1251", "ru_quoting_uk.txt": "cp1251"}
    for word in ("об'єднання", "їхню", "ґрунтовну", "Асамблеї"):
        assert sorted(hit_files(search.search(SearchRequest(word)))) == sorted(files), word


def test_ukrainian_whose_letters_start_words_is_no_kazakh(tmp_path):
    # «Їхня громада єднає …» in windows-1251 was read as kz1048, «Үхня громада ғднағ», filed as
    # Kazakh with no warning; a Russian report quoting such a line was «uncertain»
    uk = ("Збори громади\n\nЇхня громада єднає понад двісті родин. Ґрунтовна підготовка до свята триває. "
          "Їх підтримує Асамблея.\n")
    kazakh = ("Қазақстан халқы Ассамблеясы\n\nАссамблея сессиясында Мемлекет басшысы сөз сөйледі. Үкімет пен "
              "қоғам өкілдері ұлттық бірлік туралы ғылыми өнер мен мәдениет мәселелерін талқылады.\n")
    ru = ("Отчет о работе этнокультурных объединений\n\n" + "В отчетном периоде проведено сорок два заседания "
          "малых ассамблей, открыт дом дружбы в районном центре. " * 4 + "\n\nНаші їжа, їхні пісні, їхня історія: "
          "все це єднає нас.\n")
    # a Russian text in kz1048 naming Kazakhs with ү ғ ө only (no ә қ ң ұ) stays kz1048: «Ғалым
    # Өтегенов» was read as windows-1251 «Єалым Ґтегенов» by the first form of this rule
    names = ("Отчет о литературном вечере\n\nВ областной библиотеке прошел литературный вечер, посвященный "
             "творчеству писателя. Участники вечера читали стихи и обсуждали роль литературы в укреплении единства "
             "народа. Вечер вел Ғалым Өтегенов, выступила Гүлмира Бөрібаева, имя Ғабита Мүсірепова носит театр.\n")
    files = {"uk.txt": uk.encode("cp1251"), "ru.txt": ru.encode("cp1251"), "kk.txt": kazakh.encode("kz1048"),
             "names.txt": names.encode("kz1048")}
    records, search = ingest(tmp_path, files)
    assert {name: r.encoding for name, r in records.items()} == {"uk.txt": "cp1251", "ru.txt": "cp1251",
                                                                  "kk.txt": "kz1048", "names.txt": "kz1048"}
    assert not records["ru.txt"].warnings
    for word, found in (("їхня", ["ru.txt", "uk.txt"]), ("Ґрунтовна", ["uk.txt"]), ("ұлттық", ["kk.txt"]),
                        ("Өтегенов", ["names.txt"])):
        assert sorted(hit_files(search.search(SearchRequest(word)))) == found, word


FOREIGN = {
    "greek.txt": ("Η συνάντηση της Συνέλευσης του λαού του Καζακστάν πραγματοποιήθηκε στην Αστάνα. "
                  "Συμμετείχαν εκπρόσωποι της ελληνικής κοινότητας.\n", "cp1253"),
    "turkish.txt": ("Kazakistan Halkı Asamblesi toplantısı Astana'da gerçekleştirildi. Türk kültür merkezi "
                    "başkanı, gençlerin öğrenim programları hakkında konuştu. Görüşmeye çok sayıda üye katıldı.\n", "cp1254"),
    "german.txt": ("Die Sitzung der Versammlung des Volkes Kasachstans fand in Astana statt. Der Vorsitzende des "
                   "deutschen Kulturzentrums sprach über die Förderung der Jugend und die Pflege der Bräuche.\n", "cp1252"),
}


def test_other_scripts_code_pages_are_refused_or_read_right(tmp_path):
    # Greek windows-1253 was indexed as a «Russian» document of «сУМщКЕУСГР», Turkish windows-1254 as
    # cp1252 with ı ş turned into ý þ, neither with a warning
    records, search = ingest(tmp_path, {name: text.encode(page) for name, (text, page) in FOREIGN.items()})
    greek = records["greek.txt"]
    assert (greek.status, greek.reason) == ("failed", "mojibake") and "another language's code page" in greek.message
    assert (records["turkish.txt"].encoding, records["german.txt"].encoding) == ("cp1254", "cp1252")
    for name in ("turkish.txt", "german.txt"):
        assert search.document(records[name].document_id).text.strip() == FOREIGN[name][0].strip()
    assert hit_files(search.search(SearchRequest("toplantısı"))) == ["turkish.txt"]


def test_a_one_word_file_is_read_right_or_said_to_be_uncertain(tmp_path):
    # «список» in cp866 is valid UTF-8 by chance and was indexed as «ᯨ᮪» (Sundanese, Buginese);
    # «съезд» in windows-1251 became «ЯЗЕГД» in KOI8-R, 2.6 points ahead: no warning either time
    files = {"list.txt": "список".encode("cp866"), "congress.txt": "съезд".encode("cp1251"),
             "chinese.txt": "会议在阿斯塔纳举行。".encode("utf-8")}
    records, search = ingest(tmp_path, files)
    assert (records["list.txt"].encoding, records["list.txt"].warnings) == ("cp866", [
        "The code page is uncertain (the text is short): read as cp866; utf-8 would read it differently."])
    assert hit_files(search.search(SearchRequest("список"))) == ["list.txt"]
    assert records["congress.txt"].warnings == [
        "The code page is uncertain (the text is short): read as koi8_r; cp1251 would read it differently."]
    assert (records["chinese.txt"].status, records["chinese.txt"].encoding) == ("indexed", "utf-8")


def test_koi8_u_has_one_name_declared_or_detected():
    # an HTML page declaring koi8-u was reported `koi8-u`, a detected file `koi8_u`
    from ingest.parsers.encoding import normalize_codec
    assert normalize_codec("KOI8-U") == normalize_codec("koi8_u") == "koi8_u"


BE = ("Голас Радзімы\n\nСтаршыня аб'яднання Уладзімір Кавалёў сказаў, што беларуская мова гучыць ва ўсіх "
      "кутках краіны. Удзельнікі ўсклалі кветкі да помніка і адзначылі сто гадоў таварыства.\n")


def test_belarusian_windows_1251_keeps_its_short_u(tmp_path):
    # windows-1251's ў is kz1048's ұ, and the scores took «сказаў» for «сказаұ» with no warning: the
    # person became «У. Кавалёұ» and «Кавалёў» found nothing. Kazakh in kz1048 stays Kazakh.
    kazakh = ("Қазақстан халқы Ассамблеясы\n\nАссамблея сессиясында Мемлекет басшысы сөз сөйледі. Үкімет пен "
              "қоғам өкілдері ұлттық бірлік туралы ғылыми өнер мен мәдениет мәселелерін талқылады.\n")
    records, search = ingest(tmp_path, {"be.txt": BE.encode("cp1251"), "kk.txt": kazakh.encode("kz1048")})
    assert (records["be.txt"].encoding, records["be.txt"].warnings) == ("cp1251", [])
    assert records["kk.txt"].encoding == "kz1048"
    assert "Кавалёў сказаў" in search.document(records["be.txt"].document_id).text
    for word, found in (("Кавалёў", ["be.txt"]), ("ўсклалі", ["be.txt"]), ("ұлттық", ["kk.txt"])):
        assert hit_files(search.search(SearchRequest(word))) == found, word


def test_polish_windows_1250_is_read_not_refused(tmp_path):
    # a Polish Windows text was refused as garbled «in every encoding this archive reads»
    polish = ("Kurier Polonijny\n\nCzłonkowie stowarzyszenia «Odrodzenie» złożyli kwiaty. Ksiądz Józef Łęcki "
              "odprawił mszę świętą. Dzieci tańczyły poloneza, a starsi śpiewali. Żółć, śnieg i źródło.\n")
    records, search = ingest(tmp_path, {"pl.txt": polish.encode("cp1250"),
                                        "german.txt": FOREIGN["german.txt"][0].encode("cp1252")})
    assert (records["pl.txt"].status, records["pl.txt"].encoding) == ("indexed", "cp1250")
    assert records["german.txt"].encoding == "cp1252"
    assert search.document(records["pl.txt"].document_id).text.replace("\n", "") == polish.replace("\n", "")
    assert hit_files(search.search(SearchRequest("Łęcki"))) == ["pl.txt"]
