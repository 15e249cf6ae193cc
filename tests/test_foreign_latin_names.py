"""Foreign people named in Kazakh text in Latin letters keep their own spelling (ingest.extract.foreign_latin_names)."""
from __future__ import annotations

from conftest import ingested_service
from index.search import SearchRequest
from ingest.extract import extract
from ingest.extract.foreign_latin_names import kazakh_spelled

KAZAKH_2018 = ("Assambleıa sessıasyna sheteldik qonaqtar qatysty\n\nNur-Sultan, 2021 jylǵy 28 sáýir\n\n"
               "Qazaqstan halqy Assambleıasynyń XXIX sessıasyna BUU Bas hatshysy Antonio Guterres beıneúndeý joldady. "
               "Sessıaǵa EQYU ókili William Harrison qatysty.\n\n"
               "Sessıany Memleket basshysy Qasym-Jomart Toqaev ashty. Sessıaǵa Erlan Qarın qatysty.")
ENGLISH = ("Assembly session hosts foreign guests\n\nNur-Sultan, 28 April 2021\n\n"
           "UN Secretary-General Antonio Guterres sent a video address to the 29th session of the Assembly of People "
           "of Kazakhstan. The session was opened by President Kassym-Jomart Tokayev.")


def _extract(text: str):
    return extract(text, text.split("\n\n"), {}, "kk.txt")


def test_a_foreign_name_in_kazakh_latin_text_keeps_its_spelling_and_kazakh_names_are_cyrillic():
    # before: «А. Гұтеррес» and «У. Харрісон», the foreign names read letter for letter as Kazakh
    x = _extract(KAZAKH_2018)
    assert x.language == "kk"
    assert x.persons == ["A. Guterres", "W. Harrison", "К.К. Токаев", "Е. Қарин"]
    assert {m.canonical for m in x.mentions} == set(x.persons)


def test_an_english_report_keeps_its_foreign_name_beside_a_kazakh_latin_one(tmp_path_factory):
    # before: the facets joined the English report's A. Guterres with the Kazakh text's «А. Гұтеррес»,
    # so an English document's person was named in Kazakh Cyrillic once a Kazakh text named him
    service = ingested_service(tmp_path_factory, {"kk2018.txt": KAZAKH_2018, "en.txt": ENGLISH})
    try:
        res = service.search(SearchRequest("Guterres"))
        persons = {h.paths[0].rsplit("/", 1)[-1]: h.persons for h in res.hits}
        facet = {f.value: f.count for f in res.facets["persons"]}
    finally:
        service.close()
    assert "A. Guterres" in persons["en.txt"] and "A. Guterres" in persons["kk2018.txt"]
    assert facet["A. Guterres"] == 2
    assert not any("Гұтеррес" in name for names in persons.values() for name in names)


def test_a_turkish_name_is_no_kazakh_misreading():
    # before: «М. Ыілмаз», Yılmaz read as 2021 Kazakh letters (y ы, ı і), a spelling of no script
    text = ("Türk etnokültür merkezi yıldönümünü kutladı\n\nKazakistan Halkı Asamblesi'ne bağlı Türk etnokültür merkezi "
            "kuruluşunun 30. yılını kutladı. Törene merkezin başkanı Mehmet Yılmaz katıldı.\n\n"
            "Mehmet Yılmaz konuşmasında barış ve birliğin önemine değindi. Merkez, Türkçe kursları düzenliyor, "
            "dedi Mehmet Yılmaz.")
    x = _extract(text)
    assert x.persons == ["M. Yılmaz"]
    assert not any("Ыілмаз" in name for name in x.persons + x.speakers)


def test_a_spanish_name_in_kazakh_latin_text_keeps_its_spelling():
    # before: «П. Сәнчез», the á Spanish shares with 2018 Kazakh taken for Kazakh spelling
    text = ("Assambleıa sessıasyna sheteldik qonaqtar qatysty\n\nAstana, 2021 jylǵy 28 sáýir\n\n"
            "Qazaqstan halqy Assambleıasynyń sessıasyna Ispanıa úkimetiniń basshysy Pedro Sánchez qatysty. "
            "Sessıaǵa Erlan Qarın qatysty.")
    x = _extract(text)
    assert x.persons == ["P. Sánchez", "Е. Қарин"]


def test_letters_kazakh_shares_with_spanish_or_an_irish_apostrophe_are_no_kazakh_spelling_alone():
    # á ó ú ñ are Spanish and Portuguese letters too, O'Brien's apostrophe stands before a capital;
    # a Kazakh-only letter, or a 2017 apostrophe inside a word, still makes the name Kazakh
    assert not kazakh_spelled("Luis Peña", "Л. Пеңа", 2021)
    assert not kazakh_spelled("José Ramón", "Ж. Рамон", 2018)
    assert not kazakh_spelled("Patrick O'Brien", "П. Өбриен", 2017)
    assert not kazakh_spelled("Massimo D’Alema", "М. Дәлема", 2017)
    assert kazakh_spelled("Sáýle Ábdi", "С. Әбди", 2018)
    assert kazakh_spelled("Jan Tu'i'me", "Я. Түйме", 2017)
