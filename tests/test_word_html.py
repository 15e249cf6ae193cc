"""Word's «Save as Web Page» (.htm): footnotes and endnotes, note and comment marks, symbol
bullets, hidden text; read from real files, searched in a real index."""
from pathlib import Path

from index.search import SearchRequest, SearchService
from ingest.parsers import parse_file
from ingest.pipeline import IngestOptions, run_ingest

HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 11">
<title>{title}</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>user</o:Author>{properties}
</o:DocumentProperties></xml><![endif]-->
</head><body lang=RU><div class=Section1>
"""


def word_file(path: Path, title: str, body: str, after: str = "", properties: str = "") -> Path:
    html = HEAD.format(title=title, properties=properties) + body + "\n</div>\n" + after + "\n</body></html>\n"
    path.write_bytes(html.encode("cp1251", "xmlcharrefreplace"))
    return path


# a footnote as Word writes it, and as its "filtered HTML" writes it (no mso- styles)
MARK = ("<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference>"
        "<span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></a>")
NOTES = ("<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width=\"33%\">"
         "<![endif]><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' "
         "href=\"#_ftnref1\" name=\"_ftn1\" title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:"
         "footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></a> Сведения предоставлены пресс-службой акимата "
         "Павлодарской области.<o:p></o:p></p></div></div>")
FILTERED_MARK = ("<a href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference><span "
                 "class=MsoFootnoteReference>[1]</span></span></a>")
FILTERED_NOTES = ("<div><br clear=all><hr align=left size=1 width=\"33%\"><div id=ftn1><p class=MsoFootnoteText><a "
                  "href=\"#_ftnref1\" name=\"_ftn1\" title=\"\"><span class=MsoFootnoteReference><span class="
                  "MsoFootnoteReference>[1]</span></span></a> Сведения предоставлены пресс-службой акимата Павлодарской "
                  "области.</p></div></div>")
ENDNOTES = ("<div style='mso-element:endnote-list'><![if !supportEndnotes]><br clear=all><hr align=left size=1 width=\"33%\">"
            "<![endif]><div style='mso-element:endnote' id=edn1><p class=MsoEndnoteText><a style='mso-endnote-id:edn1' "
            "href=\"#_ednref1\" name=\"_edn1\" title=\"\"><span class=MsoEndnoteReference><span style='mso-special-character:"
            "footnote'><![if !supportFootnotes]>[i]<![endif]></span></span></a> Решение маслихата области от 5 февраля "
            "2009 года.</p></div></div>")
ENDNOTE_MARK = ("<a style='mso-endnote-id:edn1' href=\"#_edn1\" name=\"_ednref1\" title=\"\"><span class=MsoEndnoteReference>"
                "<span style='mso-special-character:footnote'><![if !supportFootnotes]>[i]<![endif]></span></span></a>")


def report_body(mark: str, end_mark: str = "") -> str:
    return ("<p class=MsoNormal><b>Отчет о работе Дома дружбы за 2009 год<o:p></o:p></b></p>\n"
            f"<p class=MsoNormal>В отчетный период проведено двенадцать мероприятий{mark}, в том числе фестиваль "
            "национальных культур.<o:p></o:p></p>\n"
            f"<p class=MsoNormal>Финансирование осуществлялось из областного бюджета{end_mark}.<o:p></o:p></p>\n")


def test_word_footnotes_and_endnotes_are_kept_after_the_text_and_their_marks_taken_off(tmp_path):
    """A Word footnote's text (outside the document's section) was lost, its words never found, and
    its mark «[1]» stayed glued to the word it follows: «мероприятий[1],». The note keeps its number
    (it was lost with the mark), so the reader tells which place it belongs to."""
    archive = tmp_path / "archive"
    archive.mkdir()
    word_file(archive / "otchet.htm", "Отчет о работе Дома дружбы", report_body(MARK, ENDNOTE_MARK), NOTES + ENDNOTES)
    word_file(archive / "filtered.htm", "Отчет о работе Дома дружбы", report_body(FILTERED_MARK), FILTERED_NOTES)
    # each note with the number Word prints it with, an endnote's «i» apart from a footnote's «1»
    for name, notes in (("otchet.htm", ["1 Сведения предоставлены пресс-службой акимата Павлодарской области.",
                                        "i Решение маслихата области от 5 февраля 2009 года."]),
                        ("filtered.htm", ["1 Сведения предоставлены пресс-службой акимата Павлодарской области."])):
        doc = parse_file(archive / name)
        blocks = [b.text for b in doc.blocks]
        assert blocks[1] == "В отчетный период проведено двенадцать мероприятий, в том числе фестиваль национальных культур."
        assert blocks[2] == "Финансирование осуществлялось из областного бюджета."
        assert blocks[3:] == notes and "dateline" not in doc.metadata  # a note's date is no dateline
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    assert SearchService(tmp_path / "index").search(SearchRequest("пресс-службой акимата")).total == 2


def test_word_comment_marks_symbol_bullets_hidden_text_and_comments_are_no_text(tmp_path):
    """«мероприятий[A1] ,», a Wingdings bullet «§», a Courier bullet «o» and hidden text
    (display:none;mso-hide:all, «ЧЕРНОВИК») were indexed; numbered items keep their numbers."""
    def item(font: str, label: str, text: str) -> str:
        return (f"<p class=MsoNormal style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
                f"<span style='font-family:{font}'><span style='mso-list:Ignore'>{label}<span style='font:7.0pt \"Times New "
                f"Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>{text}<o:p></o:p></p>\n")
    body = ("<p class=MsoNormal><b>План мероприятий малой ассамблеи города Рудного<o:p></o:p></b></p>\n"
            "<p class=MsoNormal>В отчетный период проведено двенадцать мероприятий<span class=MsoCommentReference><span "
            "style='font-size:8.0pt'><a style='mso-comment-reference:A_1;mso-comment-date:20090312T1040' href=\"#_msocom_1\" "
            "language=JavaScript id=\"_anchor_1\" class=msocomanchor name=\"_msoanchor_1\">[A1]</a>&nbsp;</span></span>, "
            "в том числе фестиваль.<o:p></o:p></p>\n"
            + item("Wingdings", "§", "организовать курсы казахского языка;") + item('"Courier New"', "o", "подготовить отчет;")
            + item("Symbol", "·", "провести семинар;") + item('"Times New Roman"', "2.", "провести фестиваль.")
            + "<p class=MsoNormal>Ответственный: секретарь малой ассамблеи<span style='display:none;mso-hide:all'> ЧЕРНОВИК "
            "НЕ ПУБЛИКОВАТЬ</span>.<o:p></o:p></p>\n")
    comments = ("<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 "
                "width=\"33%\"><![endif]><div style='mso-element:comment'><div><p class=MsoCommentText><span class="
                "MsoCommentReference><span style='mso-special-character:comment'>&nbsp;<a href=\"#_msoanchor_1\" "
                "class=msocomoff>[A1]</a></span></span>Уточнить цифру у бухгалтерии<o:p></o:p></p></div></div></div>")
    doc = parse_file(word_file(tmp_path / "plan.htm", "План", body, comments))
    assert [b.text for b in doc.blocks] == [
        "План мероприятий малой ассамблеи города Рудного",
        "В отчетный период проведено двенадцать мероприятий, в том числе фестиваль.",
        "организовать курсы казахского языка;", "подготовить отчет;", "провести семинар;", "2. провести фестиваль.",
        "Ответственный: секретарь малой ассамблеи."]


def test_a_word_page_without_a_dateline_is_dated_by_the_day_its_document_was_made(tmp_path):
    """Word writes <o:Created> into every «Save as Web Page» file; a Word protocol without a
    dateline was undated, hidden by any year filter. It ranks as a PDF's CreationDate: under the
    dateline and the file name's date; <o:LastSaved> is the day of the conversion, not the document's."""
    from datetime import date

    from ingest.extract import document_date
    props = "<o:Created>2009-03-12T05:41:00Z</o:Created><o:LastSaved>2015-06-01T09:12:00Z</o:LastSaved>"
    text = "<p class=MsoNormal>Участники обсудили подготовку к фестивалю национальных культур.</p>"
    dated = "<p class=MsoNormal>Павлодар, 5 февраля 2009 г.</p>" + text
    cases = (("otchet.htm", text, (date(2009, 3, 12), "metadata")),
             ("otchet_dateline.htm", dated, (date(2009, 2, 5), "text")),
             ("otchet_2009-01-20.htm", text, (date(2009, 1, 20), "filename")))
    for name, body, expected in cases:
        doc = parse_file(word_file(tmp_path / name, "Отчет", body, properties=props))
        assert document_date(doc.metadata, doc.text, name, today=date(2024, 1, 1)) == expected
    archive = tmp_path / "archive"
    archive.mkdir()
    word_file(archive / "otchet.htm", "Отчет", text, properties=props)
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    found = SearchService(tmp_path / "index").search(SearchRequest("фестиваль", date_from=date(2009, 1, 1), date_to=date(2009, 12, 31)))
    assert found.total == 1


def test_a_one_word_word_title_gives_way_to_the_first_line_it_opens(tmp_path):
    """Word fills <title> from the document's opening: «ПРОТОКОЛ», «Отчет», «Список» titled every
    protocol, report and list alike, over the heading that starts with the same word."""
    para = "<p class=MsoNormal>Участники обсудили работу этнокультурных центров и воскресных школ области.</p>"
    cases = (("ПРОТОКОЛ", "Протокол заседания Совета Ассамблеи Жезказгана"),
             ("Отчет", "Отчет о работе Дома дружбы за 2009 год"),
             ("Список", "СПИСОК участников республиканского семинара"),
             ("ПРОТОКОЛ", "В Жезказгане прошло заседание Совета"))  # no heading of the title's word: as before
    titles = [parse_file(word_file(tmp_path / f"{i}.htm", title, f"<p class=MsoNormal><b>{heading}</b></p>{para}")).title
              for i, (title, heading) in enumerate(cases)]
    assert titles == [heading for _, heading in cases]
    # not Word's page: a one-word window title is the site's section, the page's to keep
    plain = parse_file(tmp_path / "0.htm").title
    (tmp_path / "news.htm").write_text("<html><head><meta charset='utf-8'><title>Новости</title></head><body><p><b>Новости "
                                       "Ассамблеи за март</b></p>" + para + "</body></html>", encoding="utf-8")
    assert plain == cases[0][1] and parse_file(tmp_path / "news.htm").title == "Новости"


def test_a_word_page_with_a_placeholder_title_and_no_heading_is_titled_by_its_first_sentence(tmp_path):
    """«Microsoft Word - 12.doc» and no heading: the title was the whole 256-character first paragraph."""
    from ingest.build import document_title
    first = ("В Кызылорде состоялось мероприятие, в котором приняли участие 133 человека. С докладом выступил заместитель "
             "председателя областной ассамблеи, рассказавший о работе этнокультурных центров. Работа семинара "
             "продолжилась в секциях по направлениям деятельности.")
    path = word_file(tmp_path / "12.htm", "Microsoft Word - 12.doc",
                     f"<p class=MsoNormal>{first}</p><p class=MsoNormal>По итогам принята резолюция.</p>")
    assert document_title(parse_file(path), path) == "В Кызылорде состоялось мероприятие, в котором приняли участие 133 человека."
    # one sentence longer than a heading: cut at a word
    long = "Участники " + "обсудили работу этнокультурных центров, " * 8 + "и приняли резолюцию"
    path = word_file(tmp_path / "13.htm", "Microsoft Word - 13.doc", f"<p class=MsoNormal>{long}</p>")
    title = document_title(parse_file(path), path)
    assert title.endswith(" работу…") and len(title) <= 201 and long.startswith(title[:-1])
