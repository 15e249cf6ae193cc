"""A book saved as plain text, one page per form feed: each paragraph cited with the page it starts
on, the running headers that change with the chapter and the front matter's Roman page numbers
left out."""
from pathlib import Path

import pytest
from conftest import ingested_service

from index.search import SearchRequest
from ingest.parsers import parse_file

BOOK_TITLE = "АССАМБЛЕЯ НАРОДА КАЗАХСТАНА: ИСТОРИЯ И СОВРЕМЕННОСТЬ"
CHAPTERS = ["Глава 1. Истоки общественного единства", "Глава 2. Народная дипломатия",
            "Глава 3. Языковая политика"]


def _paragraph(page: int, k: int, mark: str = "") -> str:
    return (f"Абзац {page}-{k}: участники заседания обсудили вопросы межэтнического согласия{mark} и\n"
            "работу этнокультурных объединений в регионах страны.")


def _page(page: int, head: str | None = None, heading: str | None = None, number: str | None = None,
          mark_on: int | None = None) -> str:
    lines = [head, ""] if head else []
    if heading:
        lines += [heading, ""]
    for k in (1, 2, 3):
        lines += [_paragraph(page, k, "¹" if page == mark_on and k == 2 else ""), ""]
    lines.append(" " * 36 + (number or str(page)))
    return "\n".join(lines)


def _write(tmp_path: Path, name: str, pages: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\f".join(pages), encoding="utf-8")
    return path


def _pages_of(doc) -> list[tuple[int | None, str]]:
    return [(b.page, b.text.split(":")[0]) for b in doc.blocks]


def test_a_footnote_mark_does_not_move_the_later_paragraphs_to_the_page_before(tmp_path_factory):
    """«согласия¹»: cleaning takes the mark off the word, while the page starts were counted with it
    (a superscript digit is a digit), so the first paragraph of every later page was cited with the
    page before."""
    pages = [_page(n, mark_on=2) for n in range(1, 6)]
    doc = parse_file(_write(tmp_path_factory.mktemp("book"), "book.txt", pages))
    assert _pages_of(doc) == [(n, f"Абзац {n}-{k}") for n in range(1, 6) for k in (1, 2, 3)]
    service = ingested_service(tmp_path_factory, {"book.txt": "\f".join(pages)})
    try:
        quotes = service.quotes(SearchRequest(query='"Абзац 3-1"', per_page=10))
        assert [(q.page, q.text[:9]) for q in quotes.hits] == [(3, "Абзац 3-1")]
    finally:
        service.close()


@pytest.mark.parametrize("pages_a_chapter, opener_prints_its_head", [(4, True), (4, False), (5, False)])
def test_a_running_header_changing_with_the_chapter_goes_and_its_heading_stays(tmp_path, pages_a_chapter,
                                                                                opener_prints_its_head):
    """The book's title over the even pages went, the chapter's title over the odd ones stayed: a
    passage of its own, or the first line of the paragraph under it. The chapter's own heading on
    its first page stays once, whether that page prints the running header over it or not, and
    also where the chapter opens on an even page (five pages a chapter)."""
    pages, expected = [], []
    for n in range(1, 1 + pages_a_chapter * len(CHAPTERS)):
        chapter = CHAPTERS[(n - 1) // pages_a_chapter]
        opens = (n - 1) % pages_a_chapter == 0
        head = (chapter if opener_prints_its_head or not opens else None) if n % 2 else None if opens else BOOK_TITLE
        pages.append(_page(n, head=head, heading=chapter if opens else None))
        expected += [(n, chapter)] * opens + [(n, f"Абзац {n}-{k}") for k in (1, 2, 3)]
    doc = parse_file(_write(tmp_path, "book.txt", pages))
    assert _pages_of(doc) == expected


def test_a_line_opening_two_pages_of_a_side_stays_without_a_running_header_facing_it(tmp_path):
    """Two pages of one side opening with the same line is a run too short to be a running header
    where the other side's pages open with none: a report's points can share their wording."""
    pages = [_page(n, head="Итоги работы за квартал" if n in (1, 3) else None) for n in range(1, 13)]
    doc = parse_file(_write(tmp_path, "report.txt", pages))
    assert [b.page for b in doc.blocks if b.text == "Итоги работы за квартал"] == [1, 3]


def test_roman_page_numbers_of_the_front_matter_go_and_section_numbers_stay(tmp_path):
    """«iii», «iv», «v» under a preface's and contents' pages stood as passages of their own (the
    arabic numbers went). «I», «II» over a section stay: a section's number, not a page's."""
    front = [_page(n, number=roman) for n, roman in ((3, "iii"), (4, "iv"), (5, "v"))]
    sections = [f"{numeral}\n\n{_paragraph(n, 1)}\n\n" + " " * 36 + str(n)
                for n, numeral in ((1, "I"), (2, "II"))]
    doc = parse_file(_write(tmp_path, "book.txt", front + sections))
    assert [b.text for b in doc.blocks if len(b.text) < 5] == ["I", "II"]
    assert _pages_of(doc)[:9] == [(p, f"Абзац {n}-{k}") for p, n in ((1, 3), (2, 4), (3, 5)) for k in (1, 2, 3)]


@pytest.mark.parametrize("decorate", ["— {} —", "- {} -", "– {} –", "[{}]", "({})", "· {} ·", "стр. {}", "Страница {}"])
def test_roman_page_numbers_between_dashes_or_brackets_go_too(tmp_path, decorate):
    """«— iii —», «· iii ·», «стр. iii» are set as the arabic «- 2 -», «· 2 ·», «стр. 2» are, and go like the
    bare «iii»."""
    front = [_page(n, number=decorate.format(roman)) for n, roman in ((3, "iii"), (4, "iv"), (5, "v"))]
    doc = parse_file(_write(tmp_path, "book.txt", front + [_page(1), _page(2)]))
    assert [b.text for b in doc.blocks if len(b.text) < 12] == []
    assert _pages_of(doc)[:9] == [(p, f"Абзац {n}-{k}") for p, n in ((1, 3), (2, 4), (3, 5)) for k in (1, 2, 3)]
