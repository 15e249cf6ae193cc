"""An interview whose questions are set in bold, saved from Word as DOCX or RTF or from LibreOffice as
ODT, is read as the web page's one is (test_interview_labels): each plain answer after a bold question
is the interviewee's, the question nobody's; a paragraph partly bold, a heading or the title is no
bold question."""
from __future__ import annotations

import pytest

from bench.ooxml import docx, para, run
from ingest.parsers import parse_bytes
from quote_api import quotes_of
from test_interview_labels import BOLD_INTERVIEW
from test_parser_docx import odt
from test_parser_rtf import hexed

TITLE = "Интервью с председателем Белорусского центра Людмилой Ковалевой"
DATE = "10.05.2019"
QUESTIONS = ["Людмила Степановна, как центр встречает юбилей?", "Много ли молодежи в центре?"]
ANSWERS = ["Мы готовим выставку вышиванок и концерт народной песни.",
           "Молодежный клуб собирает каждую пятницу до тридцати человек."]
# a plain paragraph with bold words in it: no question set off
PARTLY = "В центре работает и воскресная школа белорусского языка."
BEFORE, BOLD, AFTER = PARTLY.partition("воскресная школа")
HEADING = "О юбилее центра"


def word() -> bytes:
    """The questions bold as Word sets them: by the B button (<w:b/>), by the Strong character style."""
    return docx("".join([
        para(run(TITLE), style="a3"), para(run(DATE)), para(run(HEADING), style="1"),  # Heading 1: bold
        para(run(QUESTIONS[0], "<w:b/>")), para(run(ANSWERS[0])),
        para(run(QUESTIONS[1], '<w:rStyle w:val="a5"/>')), para(run(ANSWERS[1])),
        para(run(BEFORE), run(BOLD, "<w:b/>"), run(AFTER)),
        # the B button pressed twice: <w:b w:val="0"/>, plain
        para(run("Что будет дальше?", '<w:b w:val="0"/>')), para(run("Потом будет фестиваль."))]))


def libreoffice() -> bytes:
    """The questions bold as LibreOffice sets them: a paragraph's automatic style, a span's."""
    return odt(f'<text:p text:style-name="Title">{TITLE}</text:p><text:p>{DATE}</text:p>'
               f'<text:p text:style-name="P2">{QUESTIONS[0]}</text:p><text:p>{ANSWERS[0]}</text:p>'
               f'<text:p><text:span text:style-name="Strong_20_Emphasis">{QUESTIONS[1]}</text:span></text:p>'
               f'<text:p>{ANSWERS[1]}</text:p><text:p>{BEFORE}<text:span text:style-name="T1">{BOLD}</text:span>{AFTER}</text:p>'
               # a bold paragraph whose words a span sets back to normal weight
               '<text:p text:style-name="P2"><text:span text:style-name="T2">Что будет дальше?</text:span></text:p>'
               '<text:p>Потом будет фестиваль.</text:p>')


def rtf() -> bytes:
    """The questions bold as Word's RTF writes them: \\b in a group, \\b … \\b0; the title bold too."""
    paragraphs = ["\\pard\\plain \\qc\\b\\f0\\fs28 " + hexed(TITLE) + "\\par",
                  "\\pard\\plain \\f0 " + hexed(DATE) + "\\par",
                  "\\pard\\plain \\f0 {\\b " + hexed(QUESTIONS[0]) + "}\\par",
                  "\\pard\\plain \\f0 " + hexed(ANSWERS[0]) + "\\par",
                  "\\pard\\plain \\f0 \\b " + hexed(QUESTIONS[1]) + "\\b0 \\par",
                  "\\pard\\plain \\f0 " + hexed(ANSWERS[1]) + "\\par",
                  "\\pard\\plain \\f0 " + hexed(BEFORE) + "{\\b " + hexed(BOLD) + "}" + hexed(AFTER) + "\\par",
                  "\\pard\\plain \\b\\f0 \\plain \\f0 " + hexed("Что будет дальше?") + "\\par",
                  "\\pard\\plain \\f0 " + hexed("Потом будет фестиваль.") + "\\par"]
    return ("{\\rtf1\\ansi\\ansicpg1251\\uc1\\deff0{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}\r\n"
            + "\r\n".join(paragraphs) + "\r\n}").encode("ascii")


FILES = {"интервью.docx": word, "интервью.odt": libreoffice, "интервью.rtf": rtf}


@pytest.mark.parametrize("name", FILES)
def test_only_a_paragraph_all_in_bold_is_bold(name):
    blocks = {b.text: b.bold for b in parse_bytes(FILES[name](), name).blocks}
    assert blocks[QUESTIONS[0]] and blocks[QUESTIONS[1]]
    assert not any(blocks[a] for a in ANSWERS)
    assert not blocks[PARTLY] and not blocks["Что будет дальше?"]
    if name.endswith(".docx"):  # a heading's or the title's bold type sets off no question
        assert not blocks[TITLE] and not blocks[HEADING]


# the web page's interview (test_interview_labels) beside them: each file read as it is
WEB_PAGE = "интервью.html"
# each query's quotes and whose words they are, in every format alike
ATTRIBUTED = {"как центр встречает юбилей": [[]], "выставку вышиванок": [["Л. Ковалева"]],
              "каждую пятницу": [["Л. Ковалева"]]}


@pytest.fixture(scope="module", params=[*FILES, WEB_PAGE])
def quotes(request, tmp_path_factory):
    # one index a file: the same text in two files would be one document with two copies
    root = tmp_path_factory.mktemp("office-bold")
    docs = root / "docs"
    docs.mkdir()
    data = BOLD_INTERVIEW.encode("utf-8") if request.param == WEB_PAGE else FILES[request.param]()
    (docs / request.param).write_bytes(data)
    with quotes_of(docs, root / "index") as find:
        yield find


def test_plain_answers_after_bold_questions_are_the_interviewee_s_as_on_the_web_page(quotes):
    # before: nobody's in a Word, LibreOffice or RTF file: their bold type was not read
    assert {query: [hit["speakers"] for hit in quotes(query)] for query in ATTRIBUTED} == ATTRIBUTED


def word_news() -> bytes:
    """A news item saved from Word, two bold questions its subheadings, its lead naming an akim who spoke."""
    return docx("".join([
        para(run("В Костанае открылся Дом дружбы"), style="a3"), para(run("Костанай, 8 июня 2023 г.")),
        para(run("В Костанае после реконструкции открылся Дом дружбы. На церемонии выступил аким области "
                 "Кумар Аксакалов.")),
        para(run("Что изменилось?", "<w:b/>")), para(run("В здании появились концертный зал и классы.")),
        para(run("Зачем нужен новый зал?", "<w:b/>")), para(run("Здесь пройдут концерты ансамблей."))]))


def test_a_word_news_item_s_bold_question_subheadings_are_no_interview(tmp_path):
    # before: the reporter's paragraphs under them were cited as the akim's words
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "новости.docx").write_bytes(word_news())
    with quotes_of(docs, tmp_path / "index") as find:
        assert [hit["speakers"] for hit in find("концертный зал")] == [[]]
        assert [hit["speakers"] for hit in find("концерты ансамблей")] == [[]]
        assert [hit["speakers"] for hit in find("выступил аким")] == [["К. Аксакалов"]]
