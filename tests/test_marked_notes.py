"""Footnotes and endnotes a file marks as notes (a Word or ODT note, an RTF \\footnote, a web page's note its
mark links to, a paragraph opening with «¹»): searched with their document, but a date they name is not the
document's, a speech they report makes no speaker of it, and they are no quote of it."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import ingested_service, make_pdfs_module

from bench.ooxml import docx, para, run
from index.search import SearchRequest
from ingest.extract import extract
from ingest.parsers import parse_bytes

SAID = ("Как заявил Н.А. Назарбаев на XX сессии Ассамблеи 23 апреля 2013 года, «нация – это граждане, "
        "объединенные общей судьбой».")
BODY = ("Число этнокультурных объединений выросло с 820 в 2015 году до 1 040 к 2020 году. Программа "
        "«Рухани жаңғыру» дала новый импульс работе объединений.")
DECREE = "Указ Президента Республики Казахстан от 29 июня 2011 года № 110."


def word_file() -> bytes:
    body = (para(run("Этнокультурные объединения в 2015–2020 годах"))
            + para(run(BODY), '<w:r><w:footnoteReference w:id="1"/></w:r>')
            + para(run("Участники форума поддержали инициативу о создании Кабинета молодежи."),
                   '<w:r><w:footnoteReference w:id="2"/></w:r>'))
    notes = (f'<w:footnote w:id="1">{para("<w:r><w:footnoteRef/></w:r>", run(" " + DECREE))}</w:footnote>'
             f'<w:footnote w:id="2">{para("<w:r><w:footnoteRef/></w:r>", run(" " + SAID))}</w:footnote>')
    return docx(body, footnotes=notes, created="1601-01-01T00:00:00Z")  # Word's «never saved»: no day


def web_page(dateline: str = "") -> str:
    own = f"<p>{dateline}</p>" if dateline else ""
    return ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Итоги десятилетия</title></head>"
            "<body><article><h1>Языковая политика: итоги десятилетия</h1>" + own +
            "<p>Государственная программа развития языков была принята<sup><a href=\"#fn1\" id=\"r1\">1</a></sup> "
            "и завершена в 2020 году, о чем говорили и на сессии Ассамблеи.<sup><a href=\"#fn2\" id=\"r2\">2</a>"
            "</sup></p><p>Астана, 2021</p>"
            "<div class=\"footnotes\"><hr><ol>"
            f"<li id=\"fn1\">{DECREE} <a href=\"#r1\">↩</a></li>"
            f"<li id=\"fn2\">{SAID} <a href=\"#r2\">↩</a></li>"
            "</ol></div></article></body></html>")


def rtf_file() -> bytes:
    def u(text: str) -> str:
        return "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else ch for ch in text)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\pard " + u(BODY)
            + "{\\cs15\\super \\chftn}{\\footnote \\pard {\\cs15\\super \\chftn} " + u(SAID) + "}\\par}").encode("ascii")


def word_web_page() -> str:
    """Word's «Save as Web Page»: marks «[1]» link to <div id=ftn1>, whose own mark links back."""
    def mark(n: int, back: bool) -> str:
        ids = (f"_ftnref{n}", f"_ftn{n}") if back else (f"_ftn{n}", f"_ftnref{n}")
        return (f"<a style='mso-footnote-id:ftn{n}' href=\"#{ids[0]}\" name=\"{ids[1]}\" title=\"\"><span "
                f"class=MsoFootnoteReference><![if !supportFootnotes]><span class=MsoFootnoteReference>[{n}]</span>"
                "<![endif]></span></a>")
    notes = "".join(f"<div style='mso-element:footnote' id=ftn{n}><p class=MsoFootnoteText>{mark(n, True)} {text}</p></div>"
                    for n, text in ((1, DECREE), (2, SAID)))
    return ("<html><head><meta charset=utf-8><meta name=Generator content=\"Microsoft Word 15\"><title>Итоги</title></head>"
            f"<body lang=RU><div class=WordSection1><p class=MsoTitle>Итоги года</p><p class=MsoNormal>{BODY}{mark(1, False)}"
            f"</p><p class=MsoNormal>Участники форума поддержали инициативу.{mark(2, False)}</p></div>"
            f"<div style='mso-element:footnote-list'>{notes}</div></body></html>")


def plain_text() -> str:
    return f"Итоги года\n\n{BODY}²\n\n¹ {DECREE}\n\n² {SAID}\n"


def typed_notes() -> str:
    """Notes as a typewriter or an export sets them: under a rule of underscores, plain numbers, the
    marks plain digits glued to the text («годов.1»), the second note wrapped."""
    said = SAID.replace("23 апреля 2013 года, ", "23 апреля 2013 года,\n")
    return (f"Итоги года\n\n{BODY[:-1]}.1 Участники форума поддержали инициативу.2\n\n"
            f"__________________\n1 {DECREE}\n2 {said}\n")


def pdf_file() -> bytes:
    """A journal's page as Word prints it: the notes at its foot in 8 pt type under the text's 11 pt,
    opening with a plain digit (the raised small mark read as one)."""
    import tempfile
    from pathlib import Path

    mk = make_pdfs_module()
    lines = [(60, 760, 14, "Итоги года")]
    words, line, y = BODY.replace("ң", "н").replace("ғ", "г").split(), "", 730  # the test font's letters
    for word in words:  # the body wrapped at about 80 characters
        if len(line) + len(word) > 80:
            lines.append((60, y, 11, line))
            line, y = "", y - 14
        line = f"{line} {word}".strip()
    wrap = SAID.rindex(" ", 0, 80)  # the second note wrapped onto a second line
    lines += [(60, y, 11, line), (60, 140, 8, f"1 {DECREE}"), (60, 128, 8, f"2 {SAID[:wrap]}"),
              (60, 118, 8, SAID[wrap + 1:])]
    pdf = mk.MiniPdf()
    pdf.page(lines)
    with tempfile.TemporaryDirectory() as folder:
        pdf.save(Path(folder) / "notes.pdf")
        return (Path(folder) / "notes.pdf").read_bytes()


FILES = {"etnoob.docx": word_file(), "yazyki.html": web_page(), "etnoob.rtf": rtf_file(), "itogi.txt": plain_text(),
         "itogi.htm": word_web_page(), "typed.txt": typed_notes(), "vestnik.pdf": pdf_file()}


@pytest.mark.parametrize("name", FILES)
def test_the_parsers_mark_notes_and_number_them_without_the_way_back(name):
    data = FILES[name]
    doc = parse_bytes(data if isinstance(data, bytes) else data.encode("utf-8"), name)
    said = next(b for b in doc.blocks if "граждане" in b.text)
    assert "↩" not in doc.text
    if name in ("yazyki.html", "itogi.htm", "etnoob.docx"):
        assert [b.text for b in doc.blocks if b.note] == [f"1 {DECREE}", f"2 {SAID}"]
    if name in ("typed.txt", "vestnik.pdf"):
        assert [b.text for b in doc.blocks if b.note] == [f"1 {DECREE}", f"2 {SAID}"]
    if name == "etnoob.rtf":  # each note with its number, as printed (\chftn)
        assert [b.text for b in doc.blocks if b.note] == [f"1 {SAID}"]
    if name != "itogi.txt":  # a plain text's «¹» note is told by its mark (ingest.notes), not by its markup
        assert said.note
    assert not any(b.note for b in doc.blocks if "Рухани" in b.text or "принята" in b.text)


def test_typed_notes_of_a_hard_wrapped_text_are_a_paragraph_each():
    """A typewritten report's lines wrapped at its margin are joined into paragraphs: its notes were
    one paragraph with the next note, their wrapped words split by a hyphen."""
    text = ("Отчет о работе\n\n   В 2019 году языковые курсы при Домах дружбы посетили более\n"
            "12 тысяч человек.1 Курсы работали во всех регионах страны, и\n"
            "их опыт обобщен в методических рекомендациях министерства.2\n\n"
            "__________________\n1 Как сообщил Д.Л. Мадиев 18 февраля 2020 года, «курсы ста-\n"
            "ли по-настоящему массовыми».\n2 Приказ Министра от 3 марта 2020 года № 45.\n")
    doc = parse_bytes(text.encode("utf-8"), "otchet.txt")
    assert [b.text for b in doc.blocks if b.note] == [
        "1 Как сообщил Д.Л. Мадиев 18 февраля 2020 года, «курсы стали по-настоящему массовыми».",
        "2 Приказ Министра от 3 марта 2020 года № 45."]
    assert not any(b.note for b in doc.blocks if "человек" in b.text)


@pytest.mark.parametrize("text", [
    # a numbered list under a rule, no mark of it in the text above
    "План\n\nУчастники обсудили план работы на год.\n\n__________\n1 Провести форум 5 марта 2020 года.\n2 Подготовить отчет.\n",
    # a number that does not count up from the note's, under a note ending its sentence, opens the text again
    "Итоги\n\nРост составил 12 процентов.1\n\n__________\n1 Данные.\n2019 год стал годом молодежи.\n",
    # a form: «п.1» above is a clause's number, no mark
    "АНКЕТА участника\n\nЗаполняется согласно п.1 Положения о конкурсе, ст.2 Правил.\n__________\n"
    "1. Фамилия, имя, отчество\n2. Место работы\n3. Контактный телефон\n",
    # a mark on an earlier page, whose own notes ended it, is no mark of a list on the next one
    "Доклад\n\nОб этом сказано в докладе.1\n__________\n1 Доклад Председателя.\n\n"
    "Второй лист: участники обсудили план.\n__________\n1 Провести форум.\n2 Подготовить отчет.\n",
])
def test_a_numbered_list_under_a_rule_is_no_notes(text):
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    expected = {"Данные": ["1 Данные."], "Доклад": ["1 Доклад Председателя."]}
    assert [b.text for b in doc.blocks if b.note] == next((v for k, v in expected.items() if k in text), [])


def test_a_long_typed_text_has_the_notes_of_each_page():
    """A typed text of 900 pages, each with a note at its foot numbered on from the last page's: every
    page's rule searched all the text above it for its mark (seconds for these 2.5 MB)."""
    page = "\n".join(f"Строка {k} о работе Ассамблеи народа Казахстана в регионах страны." for k in range(40))
    lines = []
    for n in range(1, 901):
        lines += [page, f"Об этом сказано в докладе за этот день.{n}", "__________", f"{n} Доклад номер {n}."]
    doc = parse_bytes("\n".join(lines).encode("utf-8"), "doklad.txt")
    notes = [b.text for b in doc.blocks if b.note]
    assert len(notes) == 900 and notes[0] == "1 Доклад номер 1." and notes[-1] == "900 Доклад номер 900."
