"""Texts damaged on their way into the archive, each undone by ingest (mojibake archivist, session 29):
mojibake an old CMS wrote as numeric references, pages escaped twice, NUL padding, UTF-8 misread
twice or in a DOS console, a UTF-16 BOM in front of UTF-8, quoted-printable left in a body. Each
test ingests real files and searches the index; a look-alike that is no damage stays as it is."""
import quopri
import re

from conftest import hit_files
from test_text_encoding_cases import ingest

from index.search import SearchRequest

# Capital И is D0 98 in UTF-8, the one byte windows-1251 lacks, and «ё» D1 91: a misreading loses them
REPORT = ("Заседание Совета Ассамблеи народа Казахстана в Каскелене\n\n30 апреля 2014 года в Каскелене "
          "состоялось заседание Совета под председательством Иманбека Капарова. Учёные и депутаты обсудили "
          "итоги года.\n\nИтоги заседания подвел Е. Жунусов.\n")


def _misread(text: str, code_page: str) -> str:
    """``text`` as UTF-8 bytes shown in ``code_page`` (a byte it lacks as «?»)."""
    return text.encode("utf-8").decode(code_page, errors="replace").replace("\ufffd", "?")


def _references(text: str) -> str:
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in text)


def _page(title: str, paragraphs: list[str], meta: str = "") -> str:
    return (f"<html><head>{meta}<title>{title}</title></head><body><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")


def test_html_whose_mojibake_is_written_as_numeric_references_is_repaired(tmp_path):
    # «&#1056;&#8212;» (Р—) was indexed as written: a garbage title and 21 garbage persons («Р. РЎРѕРІРµС»)
    title, *body = _misread(REPORT, "cp1251").strip().split("\n\n")
    records, search = ingest(tmp_path, {"old_cms.html": _page(_references(title), map(_references, body)).encode()})
    record = records["old_cms.html"]
    assert record.warnings == ["Text was UTF-8 misread as cp1251 and saved again; repaired. Its letters were "
                               "written as numeric character references (&#1056;)."]
    shown = search.document(record.document_id)
    assert shown.title == "Заседание Совета Ассамблеи народа Казахстана в Каскелене"
    assert "под председательством Иманбека Капарова. Учёные" in shown.text
    assert not [p for p in shown.persons if p.startswith("Р.")]
    assert hit_files(search.search(SearchRequest("Капарова"))) == ["old_cms.html"]


def test_an_html_body_escaped_twice_is_read_and_a_page_quoting_one_reference_is_not(tmp_path):
    # «&amp;#1084;&amp;#1072;» showed as «&#1084;&#1072;»: the right title over an unsearchable body
    title, *body = REPORT.strip().split("\n\n")
    twice = [_references(p).replace("&", "&amp;") + " &amp;laquo;Жаналык&amp;raquo;" for p in body]
    tutorial = ["Буква «м» в разметке пишется как &amp;#1084;, а кавычка как &amp;laquo;, и так далее."]
    records, search = ingest(tmp_path, {"cms.html": _page(title, twice, '<meta charset="utf-8">').encode(),
                                        "tutorial.html": _page("Ссылки на символы", tutorial).encode()})
    assert records["cms.html"].warnings == [
        "The page's text was HTML-escaped twice (&amp;#1084; for «м»); its 145 character reference(s) were read "
        "once more."]
    text = search.document(records["cms.html"].document_id).text
    assert "&#" not in text and "«Жаналык»" in text and "Иманбека Капарова" in text
    assert hit_files(search.search(SearchRequest("Капарова"))) == ["cms.html"]
    assert records["tutorial.html"].warnings == []
    assert "как &#1084;, а кавычка как &laquo;," in search.document(records["tutorial.html"].document_id).text


def test_nul_padding_is_dropped_and_the_text_indexed(tmp_path):
    # a copy zero-filled after a crash, a fixed-record export: refused as «binary data», the report lost
    records, search = ingest(tmp_path, {
        "crash.txt": REPORT.encode("utf-8") + b"\x00" * 1024,
        "records.txt": REPORT.encode("cp1251").replace(b"\n\n", b"\n\x00\x00\x00\x00\n"),
        "binary.txt": bytes(range(256)) * 8})
    assert (records["crash.txt"].status, records["crash.txt"].encoding, records["crash.txt"].warnings) == (
        "indexed", "utf-8", ["1024 NUL byte(s) dropped (zero padding, not text)."])
    assert (records["records.txt"].status, records["records.txt"].encoding, records["records.txt"].warnings) == (
        "indexed", "cp1251", ["8 NUL byte(s) dropped (zero padding, not text)."])
    assert (records["binary.txt"].status, records["binary.txt"].reason) == ("failed", "binary")
    assert sorted(hit_files(search.search(SearchRequest("Капарова")))) == ["crash.txt", "records.txt"]


def test_a_tar_archive_under_a_text_name_is_binary_though_its_nuls_look_like_padding(tmp_path):
    # indexed as text once NUL padding was dropped: «a.txt0000644…ustar  rootroot» and the report
    import io
    import tarfile

    packed = io.BytesIO()
    with tarfile.open(fileobj=packed, mode="w", format=tarfile.GNU_FORMAT) as tar:
        body = REPORT.encode("utf-8")
        info = tarfile.TarInfo("report.txt")
        info.size, info.uname, info.gname = len(body), "root", "root"
        tar.addfile(info, io.BytesIO(body))
    records, _ = ingest(tmp_path, {"backup.txt": packed.getvalue(),
                                   "crash.txt": REPORT.encode("utf-8") + b"\x00" * 1024})
    assert (records["backup.txt"].status, records["backup.txt"].reason) == ("failed", "binary")
    assert records["crash.txt"].status == "indexed"


def test_many_utf16_boms_before_windows_1251_are_read_once(tmp_path):
    # a RecursionError, one level per BOM, each level decoding the whole file again
    records, search = ingest(tmp_path, {"boms.txt": b"\xff\xfe" * 3000 + REPORT.encode("cp1251")})
    assert (records["boms.txt"].encoding, records["boms.txt"].warnings) == (
        "cp1251", ["The file starts with a UTF-16 byte order mark, but its text is in cp1251; read as cp1251."])
    assert hit_files(search.search(SearchRequest("Капарова"))) == ["boms.txt"]


def test_utf8_misread_twice_or_in_a_dos_console_is_repaired(tmp_path):
    # both were refused as «OCR noise … scan the page again»: text files, lossless misreadings
    twice = _misread(_misread(REPORT, "cp1251"), "cp1251")
    records, search = ingest(tmp_path, {"twice.txt": twice.encode("utf-8"),
                                        "dos.txt": _misread(REPORT, "cp866").encode("utf-8")})
    assert records["twice.txt"].warnings == ["Text was UTF-8 misread as cp1251 twice and saved again; repaired."]
    assert records["dos.txt"].warnings == ["Text was UTF-8 misread as cp866 and saved again; repaired."]
    for name in records:  # the capital И and ё the misreading wrote as «?» are back
        assert search.document(records[name].document_id).text.replace("\n", "") == REPORT.replace("\n", "")
    assert sorted(hit_files(search.search(SearchRequest("Иманбека учёные")))) == ["dos.txt", "twice.txt"]


def test_a_utf16_bom_in_front_of_utf8_is_a_hint_only(tmp_path):
    # read as UTF-16: a Russian document of «韐냐臑뗐듐냐…»
    records, search = ingest(tmp_path, {"appended.txt": b"\xff\xfe" + REPORT.encode("utf-8"),
                                        "utf16.txt": b"\xff\xfe" + REPORT.encode("utf-16-le")})
    assert (records["appended.txt"].encoding, records["appended.txt"].warnings) == (
        "utf-8", ["The file starts with a UTF-16 byte order mark, but its text is UTF-8; read as UTF-8."])
    assert (records["utf16.txt"].encoding, records["utf16.txt"].warnings) == ("utf-16-le", [])
    assert records["appended.txt"].language == "ru"
    assert sorted(hit_files(search.search(SearchRequest("Капарова")))) == ["appended.txt", "utf16.txt"]


def test_quoted_printable_left_in_a_body_is_decoded(tmp_path):
    # indexed as an English document of «=D0=97=D0=B0…»
    about = "Письма приходят в виде =D0=97=D0=B0 и =3D, это quoted-printable; программа почты их раскрывает.\n"
    records, search = ingest(tmp_path, {"body.txt": quopri.encodestring(REPORT.encode("utf-8")),
                                        "about.txt": about.encode("utf-8")})
    assert (records["body.txt"].encoding, records["body.txt"].language, records["body.txt"].warnings) == (
        "utf-8", "ru", ["The text was quoted-printable (a mail body saved as it was sent, «=D0=97=D0=B0»); decoded."])
    assert search.document(records["body.txt"].document_id).text.replace("\n", "") == REPORT.replace("\n", "")
    assert records["about.txt"].warnings == []
    assert hit_files(search.search(SearchRequest("Капарова"))) == ["body.txt"]


def test_a_help_page_spelling_a_word_in_references_is_left_as_written(tmp_path):
    # a page showing «&amp;#1040;&amp;#1089;…» for «Ассамблея» among sentences of plain letters was
    # «repaired» into the letters, so it no longer said how to write them
    tutorial = ["Букву «А» можно записать как &amp;#1040;, а букву «Б» как &amp;#1041;. Слово «Ассамблея» "
                "целиком: " + _references("Ассамблея").replace("&", "&amp;") + ". Составитель Ерлан Тулепбергенов."]
    title = _references("Заседание Совета Ассамблеи").replace("&", "&amp;")  # a CMS escaped the title alone
    records, search = ingest(tmp_path, {"help.html": _page("Как записать кириллицу", tutorial).encode(),
                                        "title.html": _page(title, [REPORT.split("\n\n")[1]]).encode()})
    assert records["help.html"].warnings == []
    assert "целиком: &#1040;&#1089;&#1089;" in search.document(records["help.html"].document_id).text
    assert records["title.html"].warnings[0].startswith("The page's text was HTML-escaped twice")
    assert search.document(records["title.html"].document_id).title == "Заседание Совета Ассамблеи"


def test_quoted_printable_behind_a_bom_in_lowercase_or_in_a_page_is_decoded(tmp_path):
    # indexed as English «=D0=97…» behind Notepad's BOM or with lowercase hex; a page told «charset 3D»
    body = quopri.encodestring(REPORT.encode("utf-8"))
    lower = re.sub(rb"=[0-9A-F]{2}", lambda m: m.group().lower(), body).replace(b"\n", b"\r\n")
    page = quopri.encodestring(_page("Заседание", [REPORT], '<meta charset="utf-8">').encode("utf-8"))
    assert b'charset=3D"utf-8"' in page
    records, search = ingest(tmp_path, {"bom.txt": b"\xef\xbb\xbf" + body, "lower.txt": lower, "page.html": page})
    decoded = ["The text was quoted-printable (a mail body saved as it was sent, «=D0=97=D0=B0»); decoded."]
    for name in ("bom.txt", "lower.txt", "page.html"):
        assert (records[name].language, records[name].warnings) == ("ru", decoded), name
    assert hit_files(search.search(SearchRequest("Капарова"))) == ["bom.txt", "lower.txt", "page.html"]


def test_utf8_misread_as_latin1_twice_is_repaired(tmp_path):
    # refused as «binary data»: the first undoing's text held no tell the repair looked for
    twice = REPORT.encode("utf-8").decode("latin-1").encode("utf-8").decode("latin-1")
    records, search = ingest(tmp_path, {"twice.txt": twice.encode("utf-8")})
    assert records["twice.txt"].warnings == ["Text was UTF-8 misread as latin-1 twice and saved again; repaired."]
    assert search.document(records["twice.txt"].document_id).text.replace("\n", "") == REPORT.replace("\n", "")


def test_utf16_with_a_nul_tail_and_a_utf16_bom_before_windows_1251_are_read(tmp_path):
    # both refused as «binary data»; a Chinese UTF-16 text (no NUL either) stays UTF-16
    chinese = "哈萨克斯坦人民大会在阿斯塔纳举行会议。会议讨论了民族团结问题。\n" * 5
    records, search = ingest(tmp_path, {
        "crash16.txt": b"\xff\xfe" + REPORT.encode("utf-16-le") + b"\x00" * 513,
        "bom1251.txt": b"\xff\xfe" + REPORT.encode("cp1251"),
        "chinese.txt": b"\xff\xfe" + chinese.encode("utf-16-le")})
    assert (records["crash16.txt"].encoding, records["crash16.txt"].warnings) == (
        "utf-16-le", ["257 NUL character(s) dropped (zero padding, not text)."])
    assert (records["bom1251.txt"].encoding, records["bom1251.txt"].warnings) == (
        "cp1251", ["The file starts with a UTF-16 byte order mark, but its text is in cp1251; read as cp1251."])
    assert (records["chinese.txt"].status, records["chinese.txt"].encoding) == ("indexed", "utf-16-le")
    assert sorted(hit_files(search.search(SearchRequest("Капарова")))) == ["bom1251.txt", "crash16.txt"]
