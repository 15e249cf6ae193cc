"""Mojibake in part of a good UTF-8 text (a heading, a paragraph, a few words) is read back (mojibake_runs)."""
from pathlib import Path

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest
from ingest.parsers import parse_file

TITLE = "Заседание Совета Ассамблеи народа Казахстана в Шемонаихе"
PARAGRAPHS = [
    "9 марта 2012 года в Шемонаихе состоялось расширенное заседание Совета Ассамблеи народа Казахстана.",
    "Председатель малой ассамблеи Ерлан Жунусов отметил, что этнокультурные объединения провели более "
    "ста сорока мероприятий.",
    "В работе заседания приняли участие депутаты Мажилиса Парламента, представители акимата, руководители "
    "этнокультурных центров. Выступающие подчеркнули значение общественного согласия и Интернационального движения.",
    "Пресс-служба Ассамблеи народа Казахстана",
]


def utf8_as_cp1251(text: str) -> str:
    # as a browser showing a UTF-8 page as windows-1251 shows it; «И» (D0 98) comes out «Р?»
    return text.encode("utf-8").decode("cp1251", errors="replace").replace("\ufffd", "?")


def report(title: str = TITLE, paragraphs: list[str] = PARAGRAPHS) -> str:
    return "\n\n".join([title, *paragraphs]) + "\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_heading_in_mojibake_is_read_back(tmp_path):
    doc = parse_file(write(tmp_path, "t.txt", report(utf8_as_cp1251(TITLE))))
    assert doc.title == TITLE and doc.text.split() == report().split()
    assert doc.warnings == ["Text on line 1 was UTF-8 misread as cp1251 and saved again; repaired."]


def test_paragraph_in_mojibake_is_read_back_with_its_lost_letters(tmp_path):
    damaged = PARAGRAPHS[:2] + [utf8_as_cp1251(PARAGRAPHS[2])] + PARAGRAPHS[3:]
    assert "Р?" in damaged[2]  # «Интернационального»: windows-1251 has no 98, its second byte
    doc = parse_file(write(tmp_path, "p.txt", report(paragraphs=damaged)))
    assert doc.text.split() == report().split()
    assert doc.warnings == ["Text on line 7 was UTF-8 misread as cp1251 and saved again; repaired."]


@pytest.mark.parametrize("misread_as", ["latin-1", "cp1252"])
def test_words_of_windows_1251_read_as_latin1_inside_a_line_are_read_back(tmp_path, misread_as):
    damaged = PARAGRAPHS[1].replace("провели более", "провели более".encode("cp1251").decode(misread_as))
    assert "ïðîâåëè áîëåå" in damaged
    doc = parse_file(write(tmp_path, "w.txt", report(paragraphs=[PARAGRAPHS[0], damaged, *PARAGRAPHS[2:]])))
    assert doc.text.split() == report().split()
    # these letters are alike in both: cp1252 is named, as the whole-text repair names it
    assert doc.warnings == ["Text on line 5 was cp1251 misread as cp1252 and saved again; repaired."]


@pytest.mark.parametrize("line", [
    "Компания «Société Générale» и Müller GmbH, café crème, créée à Paris; «ЦЕНТР» и СССР? Р» С».",
    "Цитата: «Ça a été très évident à côté de l'église». ÀÉÈ — заглавные.",
    "Он сказал: «Р.С. Т.У.» и «Р—» — это не слова; вКонтакте, МВДшники, ТОО «КазЭнерго».",
])
def test_real_words_beside_latin_or_signs_are_kept(tmp_path, line):
    text = report(paragraphs=[PARAGRAPHS[0], line, *PARAGRAPHS[1:]])
    doc = parse_file(write(tmp_path, "r.txt", text))
    assert doc.text.split() == text.split() and not doc.warnings


def test_a_paragraph_in_mojibake_makes_no_persons_and_is_found(tmp_path_factory):
    # its «Р. РїСЂРёРЅСЏР» and «Р. Рё» were the largest values of the persons facet, its words unsearchable
    damaged = PARAGRAPHS[:2] + [utf8_as_cp1251(PARAGRAPHS[2])] + PARAGRAPHS[3:]
    service = ingested_service(tmp_path_factory, {"p.txt": report(paragraphs=damaged)})
    try:
        result = service.search(SearchRequest(query="депутаты Мажилиса", per_page=10))
        assert hit_files(result) == ["p.txt"]
        assert result.hits[0].persons == ["Е. Жунусов"]
    finally:
        service.close()


def test_a_kazakh_paragraph_in_mojibake_gets_back_its_lost_capital_schwa(tmp_path):
    # «Ә» is D3 98; windows-1251 lacks 98, so «Әлімжанов» became «У?Р»С–РјР¶Р°РЅРѕРІ» and stayed so
    kazakh = ["2017 жылғы 4 мамырда Талдықорған қаласында Қазақстан халқы Ассамблеясы кеңесінің отырысы өтті.",
              "Кіші ассамблея төрағасы Ғалым Әлімжанов этномәдени бірлестіктердің жұмысы туралы баяндады.",
              "Ассамблея баспасөз қызметі"]
    title = "Қазақстан халқы Ассамблеясының кеңесі Талдықорған қаласында өтті"
    damaged = [kazakh[0], utf8_as_cp1251(kazakh[1]), kazakh[2]]
    assert "У?Р»С–" in damaged[1]
    doc = parse_file(write(tmp_path, "kk.txt", report(title, damaged)))
    assert doc.text.split() == report(title, kazakh).split()
    assert doc.warnings == ["Text on line 5 was UTF-8 misread as cp1251 and saved again; repaired."]


def _utf8_as_windows_1252(text: str) -> str:
    # as Windows shows UTF-8 read as cp1252: the five bytes it lacks kept as C1 controls
    return "".join(bytes([b]).decode("cp1252", errors="replace") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else chr(b) for b in text.encode("utf-8"))


@pytest.mark.parametrize("misread", [lambda s: s.encode("utf-8").decode("latin-1"), _utf8_as_windows_1252])
def test_a_paragraph_or_a_name_of_utf8_read_as_latin1_or_cp1252_is_read_back(tmp_path, misread):
    # «Ð¡Ð¾Ð²ÐµÑ‚» was left as it was, and a Latin-1 paragraph (C1 controls) refused the file as binary
    damaged = PARAGRAPHS[:1] + [misread(PARAGRAPHS[1])] + PARAGRAPHS[2:]
    doc = parse_file(write(tmp_path, "p.txt", report(paragraphs=damaged)))
    assert doc.text.split() == report().split()
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("Text on line 5 was UTF-8 misread as ")
    name = [PARAGRAPHS[0], PARAGRAPHS[1].replace("Ерлан Жунусов", misread("Ерлан Жунусов"))] + PARAGRAPHS[2:]
    assert "Ерлан" not in name[1]
    doc = parse_file(write(tmp_path, "n.txt", report(paragraphs=name)))
    assert doc.text.split() == report().split() and len(doc.warnings) == 1


def test_mojibake_no_repair_reads_back_is_not_told_repaired(tmp_path):
    # a paragraph of mojibake no misreading undoes beside one that is: the note said «repaired» over garbage
    garbage = "ЖщЪыЬэЮя ъЫьЭюЯ щЪыЬ ЖщЪы ЪыЬэЮ"  # letters in no code page's order
    damaged = [utf8_as_cp1251(PARAGRAPHS[0]), garbage] + PARAGRAPHS[2:]
    doc = parse_file(write(tmp_path, "g.txt", report(paragraphs=damaged)))
    assert "Text on line 3 was UTF-8 misread as cp1251 and saved again; repaired." in doc.warnings[0]
    assert "Text on line 5 still reads as mojibake and could not be read back." in doc.warnings[0]
