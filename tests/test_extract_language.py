from ingest.extract import extract
from ingest.extract.language import detect_language


def test_seed_is_russian(seed_text):
    assert detect_language(seed_text) == "ru"


def test_ru_kk_en():
    assert detect_language("Облыстық Достық үйінде Қазақстан халқы тілдерінің күніне арналған жиын өтті.") == "kk"
    assert detect_language("The Assembly of People of Kazakhstan held a conference in Astana.") == "en"
    assert detect_language("Программа «Рухани жаңғыру» реализуется в регионах, сообщили в акимате.") == "ru"
    assert detect_language("") == "ru"


def test_kazakh_text_not_fed_to_russian_rules():
    # Kazakh case endings stay Kazakh: Омарова is not turned into a masculine genitive
    t = "Оқытушы Ж.Омарова курстар туралы айтты. Ж.Омароваға алғыс айтылды."
    x = extract(t, [t], {}, "kk.txt")
    assert x.language == "kk"
    assert x.persons == ["Ж. Омарова"]
    assert x.speakers == ["Ж. Омарова"]


def test_extract_record():
    paras = ["Астана, 26 ноября 2026 года.", "Депутат А. Платонов отметил роль волонтеров и волонтерского движения. Волонтеры помогли."]
    x = extract("\n\n".join(paras), paras, {}, "a.txt")
    assert x.language == "ru" and x.date.isoformat() == "2026-11-26" and x.date_source == "text"
    assert x.persons == ["А. Платонов"] and x.speakers == ["А. Платонов"]
    assert x.passage_speakers == [[], ["А. Платонов"]]
    assert "волонтерство" in x.topics
