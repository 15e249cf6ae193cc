"""A short typed letter's lines are kept apart (corr4: «To: Mr. John Smith» / «Head of …» would make one
name of the addressee and his post), but a phrase typed across such a line break, an addressee or a
signer's post over two lines, found nothing: every line was a passage, and a phrase never crosses one."""
from ingest.parsers.normalize import split_lines_kept
from quote_api import client_of_texts

LETTER = ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nИсх. № 01-12/422 от 03.04.2019\n\nПредседателю Совета матерей\n"
          "Ассамблеи народа Казахстана\nМамыровой К.А.\n\nО составе жюри\n\nУважаемая Куляш Абдуллаевна!\n\n"
          "Направляем состав жюри конкурса «Мать года».\n\nС уважением,\nПредседатель Совета матерей Ассамблеи\n"
          "Алматинской области\nКулиева Д.Р.\n\nИсполнитель: Ахметова Г.К.\n")
EN_LETTER = ("ASSEMBLY OF PEOPLE OF KAZAKHSTAN\n\nRef.: 01-19/2051\nDate: October 15, 2019\n\nTo: Mr. John Smith\n"
             "Head of the OSCE Programme Office\n\nDear Mr. Smith,\n\nThe Secretariat thanks you for your letter of "
             "2 October 2019. Please reply by 25 October 2019.\n\nSincerely,\nKassymova Sh., Deputy Chairman\n")
PHRASES = ('"Председателю Совета матерей Ассамблеи народа Казахстана"',
           '"Совета матерей Ассамблеи Алматинской области"', '"John Smith Head of the OSCE"')


def test_a_phrase_across_a_short_letter_s_kept_lines_finds_it(tmp_path_factory):
    with client_of_texts(tmp_path_factory, {"ru.txt": LETTER, "en.txt": EN_LETTER}) as client:
        docs = {q: client.get("/api/search", query_string={"q": q}).get_json()["total"] for q in PHRASES}
        quotes = {q: [h["text"] for h in client.get("/api/quotes", query_string={"q": q}).get_json()["hits"]]
                  for q in PHRASES}
        persons = {f["value"] for f in client.get("/api/search", query_string={"q": ""}).get_json()["facets"]["persons"]}
    assert docs == dict.fromkeys(PHRASES, 1)
    assert quotes[PHRASES[0]] == ["Председателю Совета матерей / Ассамблеи народа Казахстана / Мамыровой К.А."]
    assert all(len(hits) == 1 for hits in quotes.values())
    # the names read from the lines kept apart stay: corr4's addressee and signer, the women signers
    assert {"J. Smith", "Sh. Kassymova", "К.А. Мамырова", "Д.Р. Кулиева"} <= persons


def test_only_a_line_going_on_one_that_ends_no_sentence_is_marked():
    paragraphs, wraps_on = split_lines_kept(LETTER)
    marked = [p for p, w in zip(paragraphs, wraps_on) if w]
    assert marked == ["Ассамблеи народа Казахстана", "Мамыровой К.А.", "Председатель Совета матерей Ассамблеи",
                      "Алматинской области", "Кулиева Д.Р."]


def test_a_heading_over_a_paragraph_of_one_long_line_is_no_wrap():
    # a report written one paragraph a line: its heading, which ends no sentence, was joined to the
    # first paragraph's passage, so that paragraph was quoted with the heading in front
    report = ("О важной роли Ассамблеи народа Казахстана\n"
              " Состоялся «круглый стол» с участием депутатов Мажилиса, избранных Ассамблеей народа Казахстана, "
              "и Секретариата Ассамблеи народа Казахстана.\n"
              "Новый раздел отчета\n"
              "На заседании обсуждались вопросы взаимодействия и задачи дальнейшей работы Ассамблеи народа "
              "Казахстана в регионах страны.\n")
    paragraphs, wraps_on = split_lines_kept(report)
    assert len(paragraphs) == 4 and not any(wraps_on)
