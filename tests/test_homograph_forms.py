"""A word form the dictionary reads first as another word still finds, in a real index, the word it
is a form of: a given name in -а/-я in its cases (Алие, Дариге), a noun's case form that is another
word's dictionary form (путём, вести, лука), a comparative (лучше, больше, выше), and a verb's form
that is also a noun's (стали) searched as both; while the other word keeps its own documents."""

from __future__ import annotations

import pytest

from index.analysis import analyze_terms, query_terms
from index.search import SearchRequest
from test_word_forms_meet import found, service_of


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return service_of(tmp_path_factory.mktemp("homographs"), {
        "alie": "Благодарственное письмо вручено Алие Сериковой.",
        "alii": "Поздравления от Алии Нурлановой зачитали в конце.",
        "aliya": "В состав жюри вошли Алия Касымова и Сания Бекова.",
        "sanie": "Слово было предоставлено Сание Омаровой.",
        "dane": "Грамоту вручили Дане Ахметовой.",
        "anna": "На встрече выступила Анна Петрова.",
        "anny": "Цветы вручили Анне Сидоровой по просьбе Анны Ким.",
        "leon": "Грамоту вручили Леону Ахметову, и Леон поблагодарил всех.",
        "dana_verb": "Были даны поручения, оценка была дана, он дал указание.",
        "darige": "Слово предоставили Дариге Назарбаевой.",
        "putem": "Стороны решили разногласия мирным путем, без обращения в суд.",
        "vesti": "Радостные вести пришли из Семея.",
        "vesti_verb": "Стороны договорились вести совместную работу.",
        "luka": "Центр представил сорта репчатого лука.",
        "luk": "Лучники показали традиционный казахский лук.",
        "stal": "Сталь Темиртау известна далеко за пределами страны.",
        "stali": "Молодые волонтеры стали инициаторами новой акции.",
        "luchshe": "Медиаторы работают лучше и быстрее.",
        "bolshe": "Всё больше граждан обращаются к медиаторам.",
        "vyshe": "Доверие к медиации теперь выше, чем год назад.",
        "maslihat": "Городской маслихат утвердил бюджет.",
        "maslihatov": "Депутаты маслихатов собрались на сессию.",
        "aleksandr": "Председатель совета Александр Иванов открыл заседание.",
        "aleksandre": "Слово предоставили Александре Ким, руководителю центра.",
        "petr": "Историк рассказал, как Пётр Первый основал крепость.",
        "petra": "На выставке показаны указы Петра Первого.",
        "ruslan": "Руслан Жумабаев возглавил молодежное крыло.",
        "vod": "Участники обсудили охрану пресных вод.",
        "dush": "Праздник объединил тысячи душ.",
        "mark_gen": "Школьники обсудили роман Марка Твена.",
        "marku": "Книги подарили Марку Ефимову, библиотекарю.",
        "marka": "Выпущена почтовая марка к юбилею, и марку раскупили.",
        "asel": "Награду получила Асель Нуржанова.",
        "aseli": "Грамоту вручили Асели Нуржановой. Поздравление от Айгули Сеитовой зачитали.",
        "aselyu": "С Аселью Нуржановой встретились волонтеры.",
        "bolshii": "Больший вклад внесли волонтеры.",
        "menshii": "Меньший зал отдали детям.",
        "menshe": "Участников пришло меньше.",
        "starshe": "Он старше брата на год.",
        "vyshe_deixis": "Как отмечалось выше, план утвержден.",
        "vysokii": "Высокий уровень доверия сохраняется.",
    })


@pytest.mark.parametrize("query, expected", [
    ("Алия", {"alie", "alii", "aliya"}),
    ("алия", {"alie", "alii", "aliya"}),
    ("Сания", {"sanie", "aliya"}),
    ("Дана", {"dane"}),  # the name, not «даны поручения… была дана»
    ("дана", {"dana_verb"}),  # typed in lowercase: the verb
    ("Дарига Назарбаева", {"darige"}),
    ("Анна", {"anna", "anny"}),
    ("Анны", {"anna", "anny"}),  # its own reading is the name's plural «Анн», read as a Kazakh stem
    ("Анне", {"anna", "anny"}),  # its own reading is the indeclinable «Анне»
    ('"Анны Петровой"', {"anna"}),
    ("Леону", {"leon"}),  # also Леон's: stays the man's name, not Леона's
    # a Kazakh name in -ь the dictionary calls indeclinable, declined in Russian text as Рахиль is
    ("Асель", {"asel", "aseli", "aselyu"}),
    ("Айгуль", {"aseli"}),
])
def test_a_given_name_in_a_or_ya_finds_its_case_forms(archive, query, expected):
    assert found(archive, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("путь", {"putem"}),
    ('"мирный путь"', {"putem"}),
    ("весть", {"vesti", "vesti_verb"}),  # the index cannot tell the plural from the verb
    ('"радостная весть"', {"vesti"}),
    ("лук", {"luka", "luk"}),
    ("репчатый лук", {"luka"}),
    ("Лука", {"luka"}),  # the name's nominative is лука's too; the bow's «лук» is no form of it
    ("вода", {"vod"}),  # «вод»: вода's plural genitive first, though the dictionary has a noun «вод»
    ("душа", {"dush"}),
    ("Марк", {"mark_gen", "marku"}),  # «Марка Твена», «Марку Ефимову»: the name's, written with a capital
    ("марка", {"mark_gen", "marku", "marka"}),
])
def test_a_nouns_case_form_that_is_another_words_headword_keeps_the_noun(archive, query, expected):
    assert found(archive, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("стали", {"stal", "stali"}),
    ("сталь", {"stal", "stali"}),
    ("вести", {"vesti", "vesti_verb"}),
])
def test_a_verbs_form_that_is_also_a_nouns_searches_both(archive, query, expected):
    assert found(archive, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Александра", {"aleksandr", "aleksandre"}),  # Александр's genitive and the woman's name
    ("александра", {"aleksandr", "aleksandre"}),
    ("Петра", {"petr", "petra"}),
    ("Руслана", {"ruslan"}),
    ("Александр", {"aleksandr", "aleksandre"}),  # «Александре» is his prepositional too
    ("Александры", {"aleksandre"}),  # hers only
    ("Дана", {"dane"}),  # the man's Дан is read as the verb «дать»: not searched
])
def test_a_womans_name_that_is_a_mans_genitive_searches_both(archive, query, expected):
    assert found(archive, query) == expected


def found_exact(svc, query: str) -> set[str]:
    return {hit.doc_id for hit in svc.search(SearchRequest(query, per_page=100, exact=True)).hits}


@pytest.mark.parametrize("query, expected", [
    ("стали", {"stali"}),  # not «Сталь Темиртау»: the exact form only
    ("сталь", {"stal"}),
    ("вести", {"vesti", "vesti_verb"}),
    ("маслихатов", {"maslihatov"}),  # a plural in -ов is no «маслихат» there either
])
def test_an_exact_search_widens_no_homograph_nor_plural(archive, query, expected):
    assert found_exact(archive, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("хороший", {"luchshe"}),
    ("высокий", {"vyshe", "vyshe_deixis", "vysokii"}),  # «выше» is read without its sentence (Known limits)
    ("лучше", {"luchshe"}),
    # an adverb as likely as the comparative keeps its own term first, as «ниже» did: no «Высокий уровень»
    ("выше", {"vyshe", "vyshe_deixis"}),
    # degrees the dictionary files apart from their adjective
    ("большой", {"bolshe", "bolshii"}),
    ("больший", {"bolshe", "bolshii"}),
    ("маленький", {"menshii", "menshe"}),
    ("малый", {"menshii", "menshe"}),
    ("старый", {"starshe"}),
])
def test_a_comparative_finds_its_adjective_and_back(archive, query, expected):
    assert found(archive, query) == expected


def test_precision_kept_apart():
    """The rules add readings, never merge two dictionary words: лук is no form of лука, потом none
    of пот, a lowercase verb form no name's, суда searches the court only."""
    assert analyze_terms("лук") == ["лук"]
    assert analyze_terms("потом") == ["потом"]
    # a plural genitive as likely as the headword stays apart: боров is no form of бор, бар none of барин
    assert analyze_terms("боров") == ["боров"] and analyze_terms("бар") == ["бар"]
    assert "марк" not in analyze_terms("марка")  # in lowercase, the stamp only
    assert "дана" not in analyze_terms("дана") and "дана" in analyze_terms("Дана")
    assert query_terms("Дана") == ["дана"] and query_terms("дана") == ["дать"]
    # a case form searches the name typed with a capital only: `айты` is the Kazakh holiday's
    assert query_terms("Анны") == ["анна"] and query_terms("айты") == ["айт"]
    assert analyze_terms("путём") == ["путь", "путем"]
