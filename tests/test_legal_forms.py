"""A Kazakh heading in capitals that ends in a short word («… СЕССИЯСЫНДА СӨЙЛЕГЕН СӨЗІ») is the
document's title; only a legal form's abbreviation there («… КММ») makes the line a letterhead."""
from pathlib import Path

import pytest

from ingest.build import document_title
from ingest.parsers import parse_file
from ingest.parsers.legal_forms import is_legal_form

DATELINE_AND_BODY = ("\n\n2022 жылғы 28 сәуір, Астана қаласы\n\n"
                     "Ассамблея мүшелері қоғамдық келісімді нығайту мәселелерін талқылады. "
                     "Жиында жастар саясаты мен тіл саясатына ерекше назар аударылды.\n")


@pytest.mark.parametrize("heading", [
    "ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ XXXII СЕССИЯСЫНДАҒЫ СӨЗ",
    "ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ XXXII СЕССИЯСЫНДА СӨЙЛЕГЕН СӨЗІ",
    "ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ ЖАСТАР ФОРУМЫНДАҒЫ СӨЗ",
])
def test_a_kazakh_speech_heading_in_capitals_is_the_title_not_a_letterhead(tmp_path, heading):
    """«СӨЗ»/«СӨЗІ» (speech) was read as a legal form's abbreviation like «КММ»: the heading passed for
    the Assembly's letterhead and the dateline «2022 жылғы 28 сәуір, Астана қаласы» titled the speech."""
    path = tmp_path / "soz.txt"
    path.write_text(heading + DATELINE_AND_BODY, encoding="utf-8")
    assert document_title(parse_file(path), path) == heading


def test_a_kazakh_letterhead_closing_with_a_legal_form_is_still_skipped(tmp_path):
    path = tmp_path / "hat.txt"
    path.write_text("ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ ҚОҒАМДЫҚ КЕЛІСІМ КММ\n\nЖастар форумы өтті" + DATELINE_AND_BODY,
                    encoding="utf-8")
    assert document_title(parse_file(path), path) == "Жастар форумы өтті"


@pytest.mark.parametrize("letterhead", [
    "АҚМОЛА ОБЛЫСЫ ӘКІМДІГІНІҢ «ҚОҒАМДЫҚ КЕЛІСІМ» КММ",
    "АҚМОЛА ОБЛЫСЫ ӘКІМДІГІНІҢ «ҚОҒАМДЫҚ КЕЛІСІМ» КОММУНАЛДЫҚ МЕМЛЕКЕТТІК МЕКЕМЕСІ",
    "АЛМАТЫ ҚАЛАСЫНЫҢ «ДОСТЫҚ» ТОО",
    "ШЫМКЕНТ ҚАЛАСЫНЫҢ «ЖАСТАР» ҮЕҰ",
    "«ҚОҒАМДЫҚ КЕЛІСІМ» РММ",
    "АҚМОЛА ОБЛЫСЫ ӘКІМДІГІНІҢ ҚОҒАМДЫҚ КЕЛІСІМ КММ",  # the name unquoted after a genitive
    "АЛМАТЫ ҚАЛАСЫНЫҢ ДОСТЫҚ ТОО",
])
def test_a_letterhead_naming_its_body_in_quotes_before_the_legal_form_is_skipped(tmp_path, letterhead):
    # before: the letterhead was the title: no body's name the letterhead rules knew opened the line
    path = tmp_path / "hat.txt"
    path.write_text(f"{letterhead}\n\nЖастар форумын өткізу туралы" + DATELINE_AND_BODY, encoding="utf-8")
    assert document_title(parse_file(path), path) == "Жастар форумын өткізу туралы"


@pytest.mark.parametrize("heading", ["«ДОСТЫҚ» ОЙЫНДАРЫ", "«БІРЛІК» ФОРУМЫ", "АЛМАТЫ ҚАЛАСЫНЫҢ ЖАСТАР КҮНІ"])
def test_a_heading_with_a_quoted_name_and_no_legal_form_stays_the_title(tmp_path, heading):
    path = tmp_path / "heading.txt"
    path.write_text(heading + DATELINE_AND_BODY, encoding="utf-8")
    assert document_title(parse_file(path), path) == heading


@pytest.mark.parametrize("word, form", [
    ("КММ", True), ("РММ", True), ("ЖШС", True), ("МКҚК", True), ("АҚ", True), ("ҮЕҰ", True),
    ("СӨЗ", False), ("СӨЗІ", False), ("КҮНІ", False), ("ТОЙЫ", False), ("кмм", False),
])
def test_a_legal_form_is_a_vowelless_abbreviation_or_a_known_one(word, form):
    assert is_legal_form(word) is form
