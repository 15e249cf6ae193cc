"""A web page's footnotes (an <ol> the marks link to): numbered as the other formats' notes are,
their links back to the marks («↩») no text."""
import pytest

from ingest.parsers import parse_file

BODY = ("<p>Настоящий Закон определяет правовое положение Ассамблеи народа Казахстана{mark1}. Целью Ассамблеи "
        "является обеспечение межэтнического согласия{mark2} в Республике Казахстан.</p>")
NOTES = ["Конституция Республики Казахстан, статья 44, подпункт 20).",
         "Подробнее: Закон Республики Казахстан от 31 мая 1996 года № 3-I «Об общественных объединениях»."]


def _page(tmp_path, mark: str, notes: str) -> list[str]:
    html = ("<html><head><meta charset='utf-8'><title>Об Ассамблее народа Казахстана</title></head><body>"
            "<article><h1>Об Ассамблее народа Казахстана</h1>"
            + BODY.format(mark1=mark.format(n=1), mark2=mark.format(n=2)) + notes + "</article></body></html>")
    path = tmp_path / "zakon.html"
    path.write_text(html, encoding="utf-8")
    return [b.text for b in parse_file(path).blocks]


@pytest.mark.parametrize("mark, notes", [
    # a hand-made page: <sup><a>, the backlink an arrow after the note
    ("<sup><a href='#fn{n}' id='r{n}'>{n}</a></sup>",
     "<div class='footnotes'><hr><ol>" + "".join(
         f"<li id='fn{n}'>{t} <a href='#r{n}'>↩</a></li>" for n, t in enumerate(NOTES, 1)) + "</ol></div>"),
    # pandoc: <a><sup>, each note a paragraph in its item, the arrow with a variation selector
    ("<a href='#fn{n}' class='footnote-ref' id='fnref{n}' role='doc-noteref'><sup>{n}</sup></a>",
     "<section class='footnotes'><hr><ol>" + "".join(
         f"<li id='fn{n}'><p>{t}<a href='#fnref{n}' class='footnote-back'>↩︎</a></p></li>"
         for n, t in enumerate(NOTES, 1)) + "</ol></section>"),
    # MediaWiki: the backlink first, the mark in brackets
    ("<sup class='reference'><a href='#cite_note-{n}'>[{n}]</a></sup>",
     "<ol class='references'>" + "".join(
         f"<li id='cite_note-{n}'><span class='mw-cite-backlink'><a href='#cite_ref-{n}'>↑</a></span> "
         f"<span class='reference-text'>{t}</span></li>" for n, t in enumerate(NOTES, 1)) + "</ol>"),
], ids=["sup link", "pandoc", "mediawiki"])
def test_a_pages_notes_keep_their_numbers_and_lose_the_backlinks(tmp_path, mark, notes):
    """The notes lost their numbers (the browser draws an <ol>'s) and kept «↩» as text: an editor
    could not tell which note went with which statement."""
    texts = _page(tmp_path, mark, notes)
    assert texts[-2:] == [f"1 {NOTES[0]}", f"2 {NOTES[1]}"]
    assert not any("↩" in t or "↑" in t for t in texts)


def test_a_note_that_prints_its_own_number_keeps_it_once(tmp_path):
    """A note holding its number (<p id=fn1><sup>1</sup> …>) is not numbered again; an ordinary list
    the text has stays as it is."""
    notes = "".join(f"<p id='fn{n}'><sup>{n}</sup> {t}</p>" for n, t in enumerate(NOTES, 1))
    texts = _page(tmp_path, "<sup><a href='#fn{n}'>{n}</a></sup>", "<ol><li>Первый пункт.</li></ol>" + notes)
    assert texts[-3:] == ["Первый пункт.", f"¹ {NOTES[0]}", f"² {NOTES[1]}"]


def test_a_book_with_thousands_of_notes_keeps_them_all(tmp_path):
    """A book's page of 3000 notes: marks from 1000 on were no marks and stayed in the text, and each
    note was compared with every one taken before it (8 s of a 12 s parse for this page)."""
    count = 3000
    body = "".join(f"<p>Абзац {n} о работе Ассамблеи<sup><a href='#fn{n}' id='r{n}'>{n}</a></sup>.</p>"
                   for n in range(1, count + 1))
    notes = "".join(f"<li id='fn{n}'>Источник номер {n}, архив Ассамблеи. <a href='#r{n}'>↩</a></li>"
                    for n in range(1, count + 1))
    path = tmp_path / "book.html"
    path.write_text("<html><head><meta charset='utf-8'><title>Книга</title></head><body>" + body
                    + "<div class='footnotes'><hr><ol>" + notes + "</ol></div></body></html>", encoding="utf-8")
    blocks = parse_file(path).blocks
    notes_read = [b.text for b in blocks if b.note]
    assert len(notes_read) == count
    assert notes_read[0] == "1 Источник номер 1, архив Ассамблеи."
    assert notes_read[-1] == "3000 Источник номер 3000, архив Ассамблеи."
    assert not any("Источник номер" in b.text for b in blocks if not b.note)
