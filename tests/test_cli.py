"""The command line: bad values are one-line usage errors (exit 2), good ones run, and output
whose reader has left ends quietly."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil

import pytest

from assembly_search.cli import _stats_values, main
from tests.conftest import CORPUS


def exit_code(args: list[str]) -> int:
    """The command's exit code, whether argparse exits or the command returns."""
    try:
        return main(args)
    except SystemExit as exc:
        return exc.code


@pytest.mark.parametrize("args, says", [
    (["search", "заседание", "--page", "0"], "--page: 0 is too small"),
    (["search", "заседание", "--per-page", "1000"], "--per-page: 1000 is too large"),
    (["search", "заседание", "--filter", "colour=red"], "--filter cannot use 'colour'"),
    (["search", "заседание", "--filter", "year"], "--filter wants FIELD=VALUE"),
    (["search", "заседание", "--filter", "speakers="], "--filter speakers= has no value"),  # matched nothing, unsaid
    (["search", "заседание", "--filter", "year=2021-2019"], "первый год позже последнего"),  # as year:2021-2019
    (["serve", "--port", "99999"], "--port: 99999 is too large"),
])
def test_bad_values_are_usage_errors(built_index, capsys, args, says):
    code = exit_code(args + ["--index", str(built_index)])
    err = capsys.readouterr().err
    assert code == 2 and says in err and "Traceback" not in err, err


def test_a_missing_start_path_with_a_name_that_is_not_utf8_is_named_readably(tmp_path, capsys):
    missing = os.fsdecode(os.fsencode(str(tmp_path)) + "/Протокол".encode("cp1251"))
    assert exit_code(["ingest", missing, "--index", str(tmp_path / "index")]) == 2
    err = capsys.readouterr().err
    assert f"no such file or folder: {tmp_path}/Протокол" in err and "\\udc" not in err, err  # was \udccf\udcf0…


def test_a_missing_index_or_report_folder_named_in_windows_1251_is_named_readably(tmp_path, capsys):
    # «the report's folder /tmp/\udccd\udce5\udcf2 does not exist» beside a readable path elsewhere
    missing_index = os.fsdecode(os.fsencode(str(tmp_path)) + "/Индекс".encode("cp1251"))
    assert exit_code(["search", "совет", "--index", missing_index]) == 1
    err = capsys.readouterr().err
    assert f"There is no index at {tmp_path}/Индекс;" in err and "\\udc" not in err, err
    (tmp_path / "docs").mkdir()
    report = os.fsdecode(os.fsencode(str(tmp_path)) + "/Нет".encode("cp1251") + b"/r.txt")
    assert exit_code(["ingest", str(tmp_path / "docs"), "--index", str(tmp_path / "ix"), "--report", report]) == 2
    assert capsys.readouterr().err == f"assembly-search: the report's folder {tmp_path}/Нет does not exist.\n"


@pytest.mark.parametrize("how", ["option", "variable"])
def test_a_tilde_for_a_home_folder_that_does_not_exist_is_said_so(tmp_path, monkeypatch, capsys, how):
    # a service account's home is /nonexistent: ~/idx was refused as «no file can be created in /»,
    # with the advice to let the account write to /
    monkeypatch.setenv("HOME", str(tmp_path / "nonexistent"))
    if how == "variable":
        monkeypatch.setenv("ASSEMBLY_SEARCH_INDEX", "~/idx")
    code = exit_code(["stats"] + (["--index", "~/idx"] if how == "option" else []))
    err = capsys.readouterr().err
    assert code == 2 and f"~/idx starts with ~, the home folder {tmp_path / 'nonexistent'}, which does not exist; " \
        "give a full path" in err, err


@pytest.mark.parametrize("variable, content, says", [
    ("ALIASES", None, "does not exist"),  # a typo in the path: every file was "vanished", exit 0
    ("TOPICS", None, "does not exist"),
    ("ALIASES", "Ахметов Серик\n", "line 1: expected 'Canonical = variant | variant'"),  # each file failed alone
    ("TOPICS", "[экология]\nэкология 3\n", "line 2: expected the weight before the words ('3 экология')"),  # taken
    ("TOPICS", "[экология]\n# нет слов\n[волонтерство]\nволонтер\n", "line 1: expected the words of [экология]"),
    # the topics read an abbreviation as its full name: a broken list is one line, not a warning a cue
    ("ABBREVIATIONS", "ЭКО этнокультурное объединение\n", "line 1: expected 'ABBREVIATION = full name'"),
    ("ABBREVIATIONS", None, "does not exist"),
])
def test_a_bad_vocabulary_file_stops_ingest_before_any_file_is_read(tmp_path, monkeypatch, capsys, variable, content,
                                                                      says):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Волонтеры провели экологический субботник.\n", encoding="utf-8")
    vocabulary = tmp_path / "vocabulary.txt"
    if content is not None:
        vocabulary.write_text(content, encoding="utf-8")
    monkeypatch.setenv(f"ASSEMBLY_SEARCH_{variable}", str(vocabulary))
    code = exit_code(["ingest", str(docs), "--index", str(tmp_path / "ix")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"$ASSEMBLY_SEARCH_{variable}: {vocabulary}" in err and says in err, err
    assert not (tmp_path / "ix").exists()  # nothing was read, nothing written


@pytest.mark.parametrize("variable, content, says", [
    ("ABBREVIATIONS", None, "does not exist"),  # it replaces the shipped list: АНК found nothing
    ("ABBREVIATIONS", "АНК Ассамблея народа Казахстана\n", "line 1: expected 'ABBREVIATION = full name'"),
    ("SYNONYMS", None, "does not exist"),  # it replaces the shipped table: Алма-Ата found nothing
    ("SYNONYMS", "Алматы Алма-Ата\n", "line 1: expected 'name = other name | other name', 'name -> name' or 'name ~ name'"),
    ("ALIASES", "Ахметов Серик\n", "line 1: expected 'Canonical = variant | variant'"),  # an index without its copy
])
@pytest.mark.parametrize("command", [["search", "АНК"], ["serve", "--host", "192.0.2.1"]])
def test_a_bad_vocabulary_file_is_a_usage_error_of_search_and_serve(built_index, tmp_path, monkeypatch, capsys,
                                                                     variable, content, says, command):
    vocabulary = tmp_path / "vocabulary.txt"
    if content is not None:
        vocabulary.write_text(content, encoding="utf-8")
    monkeypatch.setenv(f"ASSEMBLY_SEARCH_{variable}", str(vocabulary))
    # serve refuses before it binds (nor could it: 192.0.2.1 is no address of this machine)
    code = exit_code(command + ["--index", str(built_index)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"$ASSEMBLY_SEARCH_{variable}: {vocabulary}" in err and says in err, err


@pytest.mark.parametrize("args, says, api_params", [
    (["--page", "1001"], "--page: 1001 is too large", {"page": "1001"}),  # the API refuses it: the command took it
    (["--per-page", "101"], "--per-page: 101 is too large", {"per_page": "101"}),
    (["--sort", "date"], "invalid choice: 'date'", {"sort": "date"}),
    (["--from", "весной"], "--from: 'весной' is not a date", {"from": "весной"}),
    (["--to", "2019-02-30"], "--to: '2019-02-30' is no day of the calendar", {"to": "2019-02-30"}),  # was argparse's usage text
    (["--from", "2020", "--to", "2019"], "--from 2020 is after --to 2019", {"from": "2020", "to": "2019"}),
])
def test_search_json_says_every_refusal_as_the_api_does(built_index, capsys, args, says, api_params):
    # --json gave argparse's English («argument --per-page: 101 is too large: give 1 to 100») where
    # /api/search gives its own sentence: a script matching on the message got two texts
    from search_app import create_app

    app = create_app(built_index, testing=True)
    try:
        api = app.test_client().get("/api/search", query_string={"q": "Ассамблея", **api_params}).get_json()
    finally:
        app.extensions["assembly_search"].close()
    assert exit_code(["search", "Ассамблея", *args, "--index", str(built_index)]) == 2
    assert says in capsys.readouterr().err  # the terminal keeps the command's English
    assert exit_code(["search", "Ассамблея", "--json", *args, "--index", str(built_index)]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out) == api and api["status"] == 400 and captured.err == "", captured.out


def test_an_empty_index_variable_is_the_usage_error_an_empty_option_is(tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Сессия Ассамблеи народа Казахстана.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSEMBLY_SEARCH_INDEX", "")  # a unit file's unset substitution
    assert exit_code(["ingest", "docs"]) == 2
    assert "$ASSEMBLY_SEARCH_INDEX is empty" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()  # it wrote ./data/index
    assert exit_code(["ingest", "docs", "--index", "ix"]) == 0  # the option wins


def _in_windows_1251(text: str) -> str:
    """`text` as a crontab or script saved on Windows hands it over: windows-1251 bytes, which
    Python gives as lone surrogates."""
    return os.fsdecode(text.encode("cp1251"))


@pytest.mark.parametrize("as_json", [False, True])
def test_a_query_and_a_filter_in_windows_1251_bytes_are_read_as_the_api_reads_them(built_index, capsys, as_json):
    # morphology could not encode the surrogates: a traceback, and no JSON for the export script
    expected = exit_code(["search", "Совет", "--filter", "speaker=Дементьева", "--json", "--index", str(built_index)])
    wanted = json.loads(capsys.readouterr().out)
    args = ["search", _in_windows_1251("Совет"), "--filter", _in_windows_1251("speaker=Дементьева"),
            "--index", str(built_index)]
    code = exit_code(args + (["--json"] if as_json else []))
    out, err = capsys.readouterr()
    assert expected == code == 0 and err == "", err
    if as_json:
        assert json.loads(out) == {**wanted, "elapsed_ms": json.loads(out)["elapsed_ms"]}
    else:
        assert "Совет матерей провел встречу" in out


def test_a_query_in_bytes_of_no_known_text_is_refused_in_one_sentence(built_index, capsys):
    word = os.fsdecode(b"\x98\x98")  # undefined in windows-1251, and no UTF-8
    assert exit_code(["search", word, "--json", "--index", str(built_index)]) == 2
    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == 400 and "is neither UTF-8 nor windows-1251 text" in answer["error"]
    # shown as the letters windows-1251 would make of them, «ШШ», it read as if «ШШ» typed were refused
    for raw, shown in ((b"\x98\x98", "$'\\x98\\x98'"), (b"\xc1\x98", "$'\\xc1\\x98'")):
        assert exit_code(["search", os.fsdecode(raw), "--index", str(built_index)]) == 2
        assert capsys.readouterr().err == (f"assembly-search: {shown} is neither UTF-8 nor windows-1251 text; save the "
                                           "script or crontab that gives the query as UTF-8.\n")


def test_stats_and_backup_show_an_index_path_in_windows_1251_readably_and_as_utf_8_json(built_index, tmp_path):
    # its raw bytes made `stats --json` no UTF-8: Python's json.load of the monitoring file failed
    import subprocess
    import sys

    index = tmp_path / os.fsdecode("Индекс".encode("cp1251"))
    shutil.copytree(built_index, index)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": os.getcwd()}  # as cron runs it: no locale
    for args in (["stats"], ["stats", "--json"]):
        done = subprocess.run([sys.executable, "-m", "assembly_search.cli", *args, "--index", str(index)], env=env,
                              capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
        out = done.stdout.decode("utf-8")
        assert f"{tmp_path}/Индекс" in out
        if "--json" in args:
            assert json.loads(out)["index"] == f"{tmp_path}/Индекс"
    copy = tmp_path / os.fsdecode("Копия".encode("cp1251"))
    done = subprocess.run([sys.executable, "-m", "assembly_search.cli", "backup", str(copy), "--index", str(index)],
                          env=env, capture_output=True, check=False)  # backup's line, the same
    assert done.returncode == 0 and f"at {tmp_path}/Индекс " in done.stdout.decode("utf-8")
    assert f"to {tmp_path}/Копия;" in done.stdout.decode("utf-8")


def test_a_good_filter_still_filters(built_index, capsys):
    assert exit_code(["search", "Ассамблея", "--filter", "year=2019", "--json", "--index", str(built_index)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["filters"] == {"year": ["2019"]}
    assert result["total"] > 0 and all(hit["date"].startswith("2019") for hit in result["hits"])


def test_filters_take_as_many_values_and_the_same_years_as_the_api(built_index, capsys):
    from search_app import create_app

    # past the 20th value the API dropped the rest unsaid, while the command searched them all
    chosen = [f"А. Выступающий{i}" for i in range(99)] + ["А. Платонов"]
    too_many = chosen + ["С. Абдрахманов"]
    app = create_app(built_index, testing=True)
    try:
        client = app.test_client()
        api = client.get("/api/search", query_string={"speakers": chosen}).get_json()
        refused = client.get("/api/search", query_string={"speakers": too_many}).get_json()
        years = client.get("/api/search", query_string={"year": "2019-2021"}).get_json()
    finally:
        app.extensions["assembly_search"].close()
    as_filters = lambda name, values: [f"--filter={name}={v}" for v in values]  # noqa: E731
    cli = json.loads(_json_of(["search", "", "--json", *as_filters("speakers", chosen), "--index", str(built_index)],
                              capsys))
    assert cli["total"] == api["total"] == 1
    # the values naming nobody stay, said in `unknown`, as the API's do (the command dropped them unsaid)
    assert cli["filters"] == api["filters"] and cli["unknown"] == api["unknown"] == {"speakers": chosen[:-1]}
    assert exit_code(["search", "", "--json", *as_filters("speakers", too_many), "--index", str(built_index)]) == 2
    assert json.loads(capsys.readouterr().out) == refused
    assert refused["error"].startswith("Значений фильтра speakers не больше 100, а передано 101")
    # a year range as `year:` takes it; a year of no digits is refused, not searched for nothing
    cli = json.loads(_json_of(["search", "", "--json", "--filter", "year=2019-2021", "--index", str(built_index)],
                              capsys))
    assert cli["total"] == years["total"] > 0 and years["filters"] == {"year": ["2019", "2020", "2021"]}
    held = {item["value"] for item in cli["facets"]["year"]}
    assert cli["filters"] == {"year": sorted(held & {"2019", "2020", "2021"})}  # the years the index holds
    assert exit_code(["search", "", "--filter", "year=abc", "--index", str(built_index)]) == 2
    assert "Год «abc» не подходит: укажите год четырьмя цифрами" in capsys.readouterr().err


def test_without_a_query_or_a_terminal_a_refusal_exits_2(built_index, capsys, monkeypatch):
    # a script's `search --quotes` that lost its query printed the refusal and exited 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert exit_code(["search", "--quotes", "--index", str(built_index)]) == 2
    assert "Введите слово или фразу для поиска цитат" in capsys.readouterr().err
    assert exit_code(["search", "--quotes", "--json", "--index", str(built_index)]) == 2
    assert json.loads(capsys.readouterr().out)["status"] == 400
    # what runs without a query still succeeds: the newest documents, a filter's quotes
    assert exit_code(["search", "--index", str(built_index)]) == 0
    assert exit_code(["search", "--quotes", "--filter", "speakers=А. Платонов", "--index", str(built_index)]) == 0


def test_a_typed_question_says_which_words_it_was_searched_without(built_index, capsys):
    # the page and the JSON said so; the terminal did not
    for args in (["Какие сессии прошли?"], ["--quotes", "Какие сессии прошли?"]):
        assert exit_code(["search", *args, "--index", str(built_index)]) == 0
        assert "Read as a question: searched without Какие" in capsys.readouterr().out


def test_an_operator_word_typed_in_lowercase_is_said(built_index, capsys):
    # `сессии не Токаев` found the sessions with Токаев, and the terminal said nothing
    for args in (["сессии не Токаев"], ["--quotes", "сессии или Токаев"]):
        assert exit_code(["search", *args, "--index", str(built_index)]) == 0
        assert "Searched as a word: «" in capsys.readouterr().out
    assert exit_code(["search", "сессии НЕ Токаев", "--index", str(built_index)]) == 0
    assert "Searched as a word" not in capsys.readouterr().out


def test_words_never_found_together_print_the_documents_with_most_of_them(built_index, capsys):
    assert exit_code(["search", "Токаев говорил на сессии", "--index", str(built_index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 document (") and "No document has: говорил." in out
    assert "Сессия Ассамблеи народа Казахстана" in out and "   missing: говорил" in out
    assert exit_code(["search", "Токаев говорил на сессии", "--json", "--index", str(built_index)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["partial"] is True and result["unmatched"] == ["говорил"]
    assert result["hits"][0]["missing"] == ["говорил"]


def test_quotes_never_found_together_print_the_passages_with_most_of_them(built_index, capsys):
    assert exit_code(["search", "--quotes", "Токаев говорил на сессии", "--index", str(built_index)]) == 0
    out = capsys.readouterr().out
    assert "Not every word was found together; these passages have some of the words. No passage has: говорил." in out
    assert "Токаев выступил на сессии" in out and "   missing: говорил" in out
    assert exit_code(["search", "--quotes", "Токаев говорил на сессии", "--json", "--index", str(built_index)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["partial"] is True and result["unmatched"] == ["говорил"]
    assert result["hits"][0]["missing"] == ["говорил"]


def test_quotes_filter_on_the_documents_year(built_index, capsys):
    args = ["search", "Ассамблеи", "--quotes", "--filter", "year=2019", "--json", "--index", str(built_index)]
    assert exit_code(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] > 0 and all(hit["date"].startswith("2019") for hit in result["hits"])


def test_quotes_of_a_speaker_without_a_word(built_index, capsys):
    assert exit_code(["search", "speaker:Токаев", "--quotes", "--index", str(built_index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 passage (") and "«Глава государства К.К. Токаев выступил на сессии Ассамблеи.» — К.К. Токаев" in out
    assert exit_code(["search", "", "--quotes", "--index", str(built_index)]) == 2  # nothing to go by
    assert "speaker:" in capsys.readouterr().err


def test_a_quote_found_by_words_its_citation_leaves_out_shows_them(tmp_path, capsys):
    # «"…," said Marat Tulegenov, adding that the budget would double»: `--quotes "budget double"`
    # printed the quote alone, without a word it was found by
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "en.txt").write_text(
        'Forum in Astana\n\nASTANA, 5 May 2023 – A forum was held.\n\n"Every group has its own voice," said '
        "Marat Tulegenov, adding that the budget for schools would double in 2024.\n", encoding="utf-8")
    index = tmp_path / "index"
    assert exit_code(["ingest", str(docs), "--index", str(index)]) == 0
    capsys.readouterr()
    assert exit_code(["search", "--quotes", "budget double", "--index", str(index)]) == 0
    out = capsys.readouterr().out
    assert "«Every group has its own voice» — M. Tulegenov" in out
    assert "found in: " in out and "the [budget] for schools would [double] in 2024" in out
    # found by the quote's own words or its speaker: the citation alone, as before
    for query in ("voice", "Tulegenov"):
        assert exit_code(["search", "--quotes", query, "--index", str(index)]) == 0
        out = capsys.readouterr().out
        assert "— M. Tulegenov" in out and "found in" not in out, query


MEETING = """Встреча в Атырау

Атырау, 1 августа 2023 г.

«Каждый этнос — часть общей семьи», — сказал председатель Совета Т. Ибрагимов.

«Разве согласие — не главное наше достояние?» — спросил М. Есенов.

«Мы продолжим работу в селах», — пообещала Г. Ахметова.

«Язык — душа народа», — считает историк К. Байтасова.

«Поддерживаю коллегу. Волонтеры нужны в каждом районе», — заверил его аким района С. Жумабаев.

«Двери открыты для всех», — улыбнулась Д. Сапарова.
"""


def test_each_quote_is_cited_with_the_person_its_attribution_names(tmp_path, capsys):
    # «…?» — спросил М. Есенов and «…», — пообещала Г. Ахметова were cited as Т. Ибрагимов's words,
    # «…», — заверил его аким района С. Жумабаев as К. Байтасова's: the previous paragraph's speaker
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "2023-08-01_vstrecha.txt").write_text(MEETING, encoding="utf-8")
    index = tmp_path / "index"
    assert exit_code(["ingest", str(docs), "--index", str(index)]) == 0
    capsys.readouterr()
    assert exit_code(["search", "year:2023", "--quotes", "--json", "--per-page", "20", "--index", str(index)]) == 0
    found = json.loads(capsys.readouterr().out)
    speakers = {f["value"]: f["count"] for f in found["facets"]["speakers"]}
    assert speakers == {"Т. Ибрагимов": 1, "М. Есенов": 1, "Г. Ахметова": 1, "К. Байтасова": 1, "С. Жумабаев": 1}
    # a verb we do not know names someone else: the quote is nobody's rather than С. Жумабаев's
    (smile,) = [h for h in found["hits"] if "открыты" in h["citation"]]
    assert smile["speakers"] == []
    assert exit_code(["search", "speaker:Ахметова селах", "--quotes", "--index", str(index)]) == 0
    assert "«Мы продолжим работу в селах» — Г. Ахметова; Встреча в Атырау, 1\u00a0августа 2023\u00a0г." in capsys.readouterr().out


def test_the_text_s_own_brackets_are_never_taken_for_a_match_s_mark(tmp_path, capsys):
    # "the [budget] for schools", found by `budget`, printed `the [[budget]] for schools`
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "en.txt").write_text(
        'Forum\n\nASTANA, 5 May 2023 – A forum was held.\n\n"Every group has its own voice," said '
        "Marat Tulegenov, adding that the [budget] for schools would double.\n", encoding="utf-8")
    index = tmp_path / "index"
    assert exit_code(["ingest", str(docs), "--index", str(index)]) == 0
    capsys.readouterr()
    assert exit_code(["search", "--quotes", "budget", "--index", str(index)]) == 0
    out = capsys.readouterr().out
    assert "found in: " in out and r"the \[[budget]\] for schools" in out


def test_quotes_are_cited_and_given_as_json_as_the_api_gives_them(built_index, capsys):
    # the terminal printed `2019-04-28` and `p. 1` with [brackets] of the highlight inside the quoted
    # words, and --json named the fields passage_id/doc_id, without citation or url
    from search_app import create_app

    app = create_app(built_index, testing=True)
    try:
        api = app.test_client().get("/api/quotes", query_string={"q": "согласия"}).get_json()["hits"]
    finally:
        app.extensions["assembly_search"].close()
    assert exit_code(["search", "согласия", "--quotes", "--index", str(built_index)]) == 0
    # each quote's citation, ready to paste, over the line of its file
    assert [block.split("\n")[0] for block in capsys.readouterr().out.strip().split("\n\n")[1:]] == \
        [hit["citation"] for hit in api]
    assert "28\u00a0апреля 2019\u00a0г., с.\u00a01" in api[0]["citation"]
    cli = json.loads(_json_of(["search", "согласия", "--quotes", "--json", "--index", str(built_index)], capsys))
    assert cli["hits"] == api


def test_an_exact_search_s_urls_keep_exact_as_the_api_s_do(built_index, capsys):
    # --exact's urls dropped exact=1, so the page they opened marked every form of the word
    from search_app import create_app

    app = create_app(built_index, testing=True)
    try:
        client = app.test_client()
        api = [client.get(path, query_string={"q": "Ассамблеи", "exact": "1"}).get_json()["hits"]
               for path in ("/api/quotes", "/api/search")]
    finally:
        app.extensions["assembly_search"].close()
    cli = [json.loads(_json_of(["search", "Ассамблеи", *quotes, "--exact", "--json", "--index", str(built_index)],
                               capsys))["hits"] for quotes in (["--quotes"], [])]
    assert all(hits for hits in api)
    assert [[h["url"] for h in hits] for hits in cli] == [[h["url"] for h in hits] for hits in api]
    assert all(re.search(r"&exact=1(&passage=[0-9a-f]+)?#", h["url"]) for hits in cli for h in hits)


def test_documents_as_json_are_what_the_api_gives(built_index, capsys):
    # search --json named a hit's id doc_id, had no url/api_url, page_count or params, and had
    # has_words: a script written against /api/search broke on it
    from search_app import create_app

    app = create_app(built_index, testing=True)
    try:
        client = app.test_client()
        api = client.get("/api/search", query_string={"q": "Ассамблея народа", "year": "2019", "from": "2019-1",
                                                      "per_page": 5}).get_json()
        refused = client.get("/api/search", query_string={"q": "и"}).get_json()
    finally:
        app.extensions["assembly_search"].close()
    cli = json.loads(_json_of(["search", "Ассамблея народа", "--filter", "year=2019", "--from", "2019-1",
                               "--per-page", "5", "--json", "--index", str(built_index)], capsys))
    assert api["hits"] and api["hits"][0]["url"].startswith("/doc/") and "?q=" in api["hits"][0]["url"]
    assert all(hit["paths"] for hit in cli["hits"])  # the files, as the API gives them too
    del api["elapsed_ms"], cli["elapsed_ms"]
    assert cli == api
    assert exit_code(["search", "и", "--json", "--index", str(built_index)]) == 2
    assert json.loads(capsys.readouterr().out) == refused


def test_counts_of_one_are_singular(built_index, capsys):
    assert exit_code(["search", "Ассамблея", "--per-page", "1", "--index", str(built_index)]) == 0
    assert capsys.readouterr().out.splitlines()[0].split(" (")[0].endswith(" documents")
    # a filter that leaves exactly one document: the first year with one document
    counts = json.loads(_json_of(["search", "", "--json", "--index", str(built_index)], capsys))["facets"]["year"]
    year = next(item["value"] for item in counts if item["count"] == 1)
    assert exit_code(["search", "", "--filter", f"year={year}", "--index", str(built_index)]) == 0
    assert capsys.readouterr().out.startswith("1 document (")


def test_a_refused_query_is_a_usage_error_with_its_message_on_stderr(built_index, capsys):
    # it printed the message as the result and exited 0: a script took it for "nothing found"
    assert exit_code(["search", "и", "--index", str(built_index)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "служебные слова" in err and len(err.strip().splitlines()) == 1
    assert exit_code(["search", "и", "--json", "--index", str(built_index)]) == 2
    assert "служебные слова" in json.loads(capsys.readouterr().out)["error"]
    assert exit_code(["search", "Ассамблея", "--from", "2020-01-01", "--to", "2019-01-01",
                      "--index", str(built_index)]) == 2
    assert "--from 2020-01-01 is after --to 2019-01-01" in capsys.readouterr().err


@pytest.mark.parametrize("typed", ["2019", "2019-04", "2019-4-28", "28.04.2019", "2019-04-28", "04.2019", "4.2019"])
def test_dates_are_read_as_the_web_page_reads_them(built_index, capsys, typed):
    # --from/--to took YYYY-MM-DD only and answered "invalid fromisoformat value: '2019'"
    from search_app import create_app

    app = create_app(built_index, testing=True)
    try:
        api = app.test_client().get("/api/search", query_string={"from": typed, "to": typed}).get_json()
    finally:
        app.extensions["assembly_search"].close()
    cli = json.loads(_json_of(["search", "", "--from", typed, "--to", typed, "--json", "--index", str(built_index)],
                              capsys))
    assert cli["total"] == api["total"] > 0
    assert [hit["date"] for hit in cli["hits"]] == [hit["date"] for hit in api["hits"]]


@pytest.mark.parametrize("narrowing", [{"from": "2019", "to": "2024"}, {"year": "2019"}])
def test_a_date_filter_says_how_many_undated_documents_it_leaves_out(built_index, capsys, narrowing):
    # the undated «Отчет без даты» vanished from every period view without a word
    from search_app import create_app

    app = create_app(built_index, testing=True)
    try:
        client = app.test_client()
        api = client.get("/api/search", query_string={"q": "Ассамблея", **narrowing}).get_json()
        page = client.get("/", query_string={"q": "Ассамблея", **narrowing}).get_data(as_text=True)
        unfiltered = client.get("/api/search", query_string={"q": "Ассамблея"}).get_json()
    finally:
        app.extensions["assembly_search"].close()
    assert api["undated_left_out"] == 1 and unfiltered["undated_left_out"] == 0
    assert "a4" in [h["id"] for h in unfiltered["hits"]] and "a4" not in [h["id"] for h in api["hits"]]
    assert "Ещё 1 документ без даты не показан" in page
    args = ["--from", "2019", "--to", "2024"] if "from" in narrowing else ["--filter", "year=2019"]
    assert exit_code(["search", "Ассамблея", *args, "--index", str(built_index)]) == 0
    assert "1 undated document not included" in capsys.readouterr().out
    cli = json.loads(_json_of(["search", "Ассамблея", *args, "--json", "--index", str(built_index)], capsys))
    assert cli["undated_left_out"] == 1


@pytest.mark.parametrize("narrowing", [{"from": "2019", "to": "2024"}, {"year": "2019"}])
def test_a_date_filter_on_quotes_says_how_many_quotes_of_undated_documents_it_leaves_out(built_index, capsys,
                                                                                           narrowing):
    # the quotes tab dropped the undated report's paragraph under a period without a word
    from search_app import create_app

    app = create_app(built_index, testing=True)
    try:
        client = app.test_client()
        api = client.get("/api/quotes", query_string={"q": "Ассамблея", **narrowing}).get_json()
        page = client.get("/quotes", query_string={"q": "Ассамблея", **narrowing}).get_data(as_text=True)
        unfiltered = client.get("/api/quotes", query_string={"q": "Ассамблея"}).get_json()
    finally:
        app.extensions["assembly_search"].close()
    assert api["undated_left_out"] == 1 and unfiltered["undated_left_out"] == 0
    assert "a4" in [h["document_id"] for h in unfiltered["hits"]]
    assert "a4" not in [h["document_id"] for h in api["hits"]]
    assert "Ещё 1 цитата из документов без даты не показана: фильтр по дате её не включает." in page
    without = re.search(r'id="undated-note">[^<]*<a href="([^"]+)"', page).group(1)
    assert without.startswith("/quotes?") and "from=" not in without and "year=" not in without
    args = ["--from", "2019", "--to", "2024"] if "from" in narrowing else ["--filter", "year=2019"]
    assert exit_code(["search", "Ассамблея", "--quotes", *args, "--index", str(built_index)]) == 0
    assert "1 passage of undated documents not included" in capsys.readouterr().out
    cli = json.loads(_json_of(["search", "Ассамблея", "--quotes", *args, "--json", "--index", str(built_index)],
                              capsys))
    assert cli["undated_left_out"] == 1


def test_each_hit_says_where_its_date_was_read(built_index, capsys):
    from search_app import create_app

    app = create_app(built_index, testing=True)
    try:
        client = app.test_client()
        api = client.get("/api/search", query_string={"q": "Ассамблея", "sort": "oldest"}).get_json()
        rows = list(csv.reader(io.StringIO(client.get("/api/search.csv", query_string={"q": "Ассамблея"})
                                           .get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
        page = client.get("/", query_string={"q": "Сессия"}).get_data(as_text=True)
    finally:
        app.extensions["assembly_search"].close()
    assert {h["id"]: h["date_source"] for h in api["hits"]}["a2"] == "text"
    assert {h["id"]: h["date_source"] for h in api["hits"]}["a4"] is None
    assert 'class="badge date">28\u00a0апреля 2019\u00a0г.<span class="date-source"> · из текста</span>' in page
    assert rows[0][2:4] == ["date", "date_source"] and {r[0]: r[3] for r in rows[1:]}["a2"] == "text"
    cli = json.loads(_json_of(["search", "Ассамблея", "--json", "--index", str(built_index)], capsys))
    assert {h["id"]: h["date_source"] for h in cli["hits"]}["a2"] == "text"
    assert exit_code(["search", "Сессия", "--index", str(built_index)]) == 0
    assert "[2019-04-28 from the text, pdf, ru]" in capsys.readouterr().out


def test_a_date_in_no_known_form_names_the_forms(built_index, capsys):
    assert exit_code(["search", "Ассамблея", "--from", "позавчера", "--index", str(built_index)]) == 2
    err = capsys.readouterr().err
    assert "--from: 'позавчера' is not a date; give YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY or MM.YYYY, or counted back from today" in err
    assert "fromisoformat" not in err and err.strip().splitlines()[-1].startswith("assembly-search search: error:")


def test_a_search_names_where_each_documents_files_are(tmp_path, capsys):
    # the plain output named no file at all (only --json had the paths): an archivist could not
    # find the original; a name that is not UTF-8 is shown readable
    archive, index = tmp_path / "archive", tmp_path / "index"
    (archive / "2019").mkdir(parents=True)
    text = "Отчет\n\nВолонтеры Ассамблеи помогли ветеранам.\n".encode("utf-8")
    (archive / "2019" / "Отчет волонтеров.txt").write_bytes(text)
    with open(os.fsencode(archive) + "/Копия.txt".encode("cp1251"), "wb") as fh:  # from a Windows archive
        fh.write(text)
    assert exit_code(["ingest", str(archive), "--index", str(index), "--workers", "1"]) == 0
    capsys.readouterr()
    assert exit_code(["search", "волонтеры", "--index", str(index)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("1. Отчет")
    assert lines[3:5] == [f"   file: {archive}/2019/Отчет волонтеров.txt", f"   file: {archive}/Копия.txt"]


def test_a_search_marks_a_file_that_is_gone_as_the_document_page_does(tmp_path, capsys):
    # the document page said «файл не найден» while the CLI listed the vanished path as if it were there
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    text = "Отчет\n\nВолонтеры Ассамблеи помогли ветеранам.\n"
    (archive / "a.txt").write_text(text, encoding="utf-8")
    (archive / "copy.txt").write_text(text, encoding="utf-8")
    assert exit_code(["ingest", str(archive), "--index", str(index), "--workers", "1"]) == 0
    (archive / "copy.txt").unlink()  # no ingest --prune since: the index still lists it
    capsys.readouterr()
    assert exit_code(["search", "волонтеры", "--index", str(index)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[3:5] == [f"   file: {archive}/a.txt", f"   file: {archive}/copy.txt (file not found)"]


def test_a_folder_gone_since_it_was_ingested_is_dropped_by_prune_force_alone(tmp_path, capsys):
    # a renamed or deleted root could never be dropped: `ingest OLD --prune` was "no such file or folder"
    from index.search import SearchRequest, SearchService

    old, other, index = tmp_path / "arhiv_2019", tmp_path / "other", tmp_path / "index"
    old.mkdir()
    other.mkdir()
    (old / "a.txt").write_text("Отчет\n\nСлово СТАРЫЙФОНД в отчете.\n", encoding="utf-8")
    for folder in (old, other):
        (folder / "b.txt").write_text("Копия\n\nВолонтеры Ассамблеи помогли ветеранам.\n", encoding="utf-8")
    assert exit_code(["ingest", str(old), str(other), "--index", str(index), "--workers", "1"]) == 0
    shutil.rmtree(old)
    capsys.readouterr()
    assert exit_code(["ingest", str(old), "--index", str(index)]) == 2
    err = capsys.readouterr().err
    assert f"no such file or folder: {old} (2 files of 2 documents in the index, 1 also under other folders), " \
           f"ingested before; `assembly-search ingest {old} --prune --force --index {index}` drops" in err, err
    assert exit_code(["ingest", str(old), "--index", str(index), "--prune"]) == 2
    err = capsys.readouterr().err
    assert f"no longer there: {old} (2 files" in err and "unless --force is given too" in err, err
    assert "Traceback" not in err and err.count("\n") == 1
    svc = SearchService(index)
    assert svc.search(SearchRequest("СТАРЫЙФОНД")).total == 1  # nothing done
    assert exit_code(["ingest", str(old), "--index", str(index), "--prune", "--force"]) == 0
    out = capsys.readouterr().out
    assert "0 updated, 0 unchanged, 1 removed, 1 old path dropped, 0 failed" in out and f"dropped from the index: {old}" in out
    svc.refresh()
    assert svc.search(SearchRequest("СТАРЫЙФОНД")).total == 0
    assert [h.paths for h in svc.search(SearchRequest("ветеранам")).hits] == [[str(other / "b.txt")]]
    assert json.loads((index / "ingested-roots.json").read_text("utf-8"))["roots"] == [str(other)]
    assert exit_code(["ingest", str(old), "--index", str(index), "--prune", "--force"]) == 2
    assert f"no such file or folder: {old}\n" in capsys.readouterr().err  # nothing is left of it


def _pasted(command: str, cwd, tmp_path):
    """`command` pasted into bash as printed, `assembly-search` this checkout's command."""
    import subprocess
    import sys

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "assembly-search").write_text(f'#!/bin/sh\nexec {sys.executable} -m assembly_search.cli "$@"\n')
    (bin_dir / "assembly-search").chmod(0o755)
    checkout = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # not the cwd: a test may chdir
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", PYTHONPATH=checkout)
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True)


def test_the_command_offered_for_a_gone_folder_named_in_windows_1251_works_when_pasted(tmp_path, monkeypatch, capsys):
    # it named the folder decoded («Архив 2005»), which names no folder the index holds, and left
    # out --index: pasted, it was "no such file or folder" (or acted on ./data/index)
    from index.search import SearchService

    share, index = tmp_path / "share", tmp_path / "idx"
    folder = os.fsdecode("Архив 2005".encode("cp1251"))
    (share / folder).mkdir(parents=True)
    (share / folder / "a.txt").write_text("Отчет\n\nСессия Ассамблеи народа Казахстана.\n", encoding="utf-8")
    monkeypatch.chdir(share)
    assert exit_code(["ingest", folder, "--index", str(index), "--workers", "1"]) == 0
    shutil.rmtree(share / folder)
    capsys.readouterr()
    assert exit_code(["ingest", folder, "--index", str(index)]) == 2
    err = capsys.readouterr().err
    assert "no such file or folder: Архив 2005 (1 file of 1 document in the index)" in err, err
    command = re.search("`(assembly-search [^`]+)`", err).group(1)
    assert command == f"assembly-search ingest $'\\xc0\\xf0\\xf5\\xe8\\xe2 2005' --prune --force --index {index}"
    pasted = _pasted(command, share, tmp_path)
    assert pasted.returncode == 0 and "1 removed" in pasted.stdout, pasted.stderr
    assert SearchService(index).doc_count() == 0


def test_the_commands_offered_for_a_gone_file_name_the_index_given(tmp_path, monkeypatch, capsys):
    index = tmp_path / "my index"  # a space: quoted
    (tmp_path / "SF").mkdir()
    (tmp_path / "SF" / "one.txt").write_text("Отчет\n\nСессия Ассамблеи народа Казахстана.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert exit_code(["ingest", "SF/one.txt", "--index", str(index), "--workers", "1"]) == 0
    (tmp_path / "SF" / "one.txt").unlink()
    capsys.readouterr()
    assert exit_code(["ingest", "SF/one.txt", "--prune", "--index", str(index)]) == 2
    err = capsys.readouterr().err
    command = re.search("`(assembly-search [^`]+)`", err).group(1)
    assert command == f"assembly-search ingest SF/one.txt --prune --force --index '{index}'", err
    # an index from the variable is named too: pasted where the variable is not set (a service's
    # own setting, read in its log), a command without --index built a new index in ./data/index
    monkeypatch.setenv("ASSEMBLY_SEARCH_INDEX", str(index))
    assert exit_code(["ingest", "SF/one.txt", "--prune"]) == 2
    assert f"run `{command}` to drop it" in capsys.readouterr().err
    monkeypatch.delenv("ASSEMBLY_SEARCH_INDEX")
    assert "1 removed" in _pasted(command, tmp_path, tmp_path).stdout


@pytest.mark.parametrize("args", [[""], ["", "--prune", "--force"], ["archive", " "], ["archive", "--report", ""]])
def test_an_empty_path_is_a_usage_error_not_the_current_folder(tmp_path, monkeypatch, capsys, args):
    # `ingest "$ARCHIVE" --prune --force` with the variable unset, run from the archive's parent:
    # '' was "ingested before", and the advised `ingest '' --prune --force` indexed the whole folder
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "a.txt").write_text("Заседание\n\nСостоялось заседание Ассамблеи.\n", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.txt").write_text("Заметки\n\nЛичные заметки ПОСТОРОННИЕ.\n", encoding="utf-8")
    index = tmp_path / "index"
    assert exit_code(["ingest", str(tmp_path / "archive"), "--index", str(index), "--workers", "1"]) == 0
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert exit_code(["ingest", *args, "--index", str(index), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert "is empty (an unset variable?)" in err and "--prune --force" not in err and "Traceback" not in err, err
    assert json.loads((index / "ingested-roots.json").read_text("utf-8"))["roots"] == [str(tmp_path / "archive")]
    assert exit_code(["search", "посторонние", "--json", "--index", str(index)]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_a_renamed_archive_root_s_old_paths_are_dropped_by_prune_on_the_new_one(tmp_path, capsys):
    # every document kept its path under the old root beside the new one; the summary said only
    # «N moved», and each report line advised `ingest <old leaf folder> --prune`, refused (exit 2)
    from index.search import SearchRequest, SearchService

    old, new, index, report = tmp_path / "old", tmp_path / "new", tmp_path / "index", tmp_path / "report.jsonl"
    for year in ("2019/03", "2020/11"):
        (old / "Алматы" / year).mkdir(parents=True)
        (old / "Алматы" / year / "a.txt").write_text(f"Заседание {year}\n\nВолонтеры Ассамблеи, {year}.\n", "utf-8")
    (old / "lost.txt").write_text("Записка\n\nСлово ПОТЕРЯННОЕ в записке.\n", encoding="utf-8")
    assert exit_code(["ingest", str(old), "--index", str(index), "--workers", "1"]) == 0
    old.rename(new)  # the archive moved to a new disk, or its top folder renamed
    (new / "lost.txt").unlink()  # one file did not make it

    assert exit_code(["ingest", str(new), "--index", str(index), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert (f"2 moved files came from {old}, which no longer exists: their documents list their old paths there "
            "too until the same command is run with --prune.") in out, out
    lines = [json.loads(line) for line in report.read_text("utf-8").splitlines()]
    assert [line["reason"] for line in lines] == ["moved", "moved"]
    assert all(line["message"].endswith(f"and the old one until a run with --prune ({old} is gone).") for line in lines)
    svc = SearchService(index)
    assert sorted(len(h.paths) for h in svc.search(SearchRequest("Волонтеры")).hits) == [2, 2]

    assert exit_code(["ingest", str(new), "--index", str(index), "--prune"]) == 0
    out = capsys.readouterr().out
    assert "0 removed, 2 old paths dropped, 0 failed" in out, out
    assert (f"{old} no longer exists: the paths there of 2 documents found here were dropped (should it come back, "
            "an ingest of it lists them again). Left from there: 1 file of 1 document in the index, not found by this "
            f"run; if the folder was renamed or deleted, `assembly-search ingest {old} --prune --force --index {index}` drops "
            "it.") in out, out
    svc.refresh()
    assert sorted(p for h in svc.search(SearchRequest("Волонтеры")).hits for p in h.paths) == \
        [str(new / "Алматы" / "2019/03" / "a.txt"), str(new / "Алматы" / "2020/11" / "a.txt")]
    # a document the run did not find stays: the gone folder may be a disk that is not mounted
    assert svc.search(SearchRequest("ПОТЕРЯННОЕ")).total == 1
    assert exit_code(["ingest", str(old), "--index", str(index), "--prune", "--force"]) == 0
    capsys.readouterr()
    svc.refresh()
    assert svc.search(SearchRequest("ПОТЕРЯННОЕ")).total == 0 and svc.doc_count() == 2
    assert json.loads((index / "ingested-roots.json").read_text("utf-8"))["roots"] == [str(new)]


def test_prune_drops_the_old_paths_of_a_renamed_root_it_finds_all_of_and_forgets_the_root(tmp_path, capsys):
    old, new, index = tmp_path / "arhiv", tmp_path / "arhiv_2024", tmp_path / "index"
    (old / "2019").mkdir(parents=True)
    (old / "2019" / "a.txt").write_text("Отчет\n\nВолонтеры помогли ветеранам.\n", encoding="utf-8")
    assert exit_code(["ingest", str(old), "--index", str(index), "--workers", "1"]) == 0
    old.rename(new)
    capsys.readouterr()
    assert exit_code(["ingest", str(new), "--index", str(index), "--prune"]) == 0
    out = capsys.readouterr().out
    assert f"{old} no longer exists: the paths there of 1 document found here were dropped (should it come back, " \
           "an ingest of it lists them again).\n" in out + "\n", out
    from index.search import SearchRequest, SearchService

    assert [h.paths for h in SearchService(index).search(SearchRequest("ветеранам")).hits] == [[str(new / "2019" / "a.txt")]]
    assert json.loads((index / "ingested-roots.json").read_text("utf-8"))["roots"] == [str(new)]  # nothing served from it


def _json_of(args: list[str], capsys) -> str:
    assert exit_code(args) == 0
    return capsys.readouterr().out


def _run_with_reader_gone(args: list[str], stream: str) -> tuple[int, str]:
    """Run the command line with its stdout's (or stderr's) reader gone before it writes, as in
    `assembly-search search ... | head -1` once head has its line; returns (exit code, stderr)."""
    import os
    import subprocess
    import sys

    read, write = os.pipe()
    os.close(read)
    other = subprocess.PIPE
    proc = subprocess.Popen([sys.executable, "-m", "assembly_search.cli", *args],
                            stdout=write if stream == "stdout" else subprocess.DEVNULL,
                            stderr=write if stream == "stderr" else other,
                            env=dict(os.environ, PYTHONPATH=os.getcwd()))
    os.close(write)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, (err or b"").decode()


@pytest.mark.parametrize("args", [["search", "Ассамблея", "--per-page", "50"], ["search", "Ассамблея", "--json"],
                                  ["stats"]])
def test_output_piped_to_a_reader_that_left_ends_quietly(built_index, args):
    # a traceback on the terminal used to follow `| head`; then a short output, written at Python's
    # final flush, gave «Exception ignored … BrokenPipeError» and exit 120, a long one 141
    code, err = _run_with_reader_gone(args + ["--index", str(built_index)], "stdout")
    assert code == 0 and err == "", err


def _run_with_output(args: list[str], stdout, stdin=None, env: dict | None = None):
    """The command run with `stdout` (a file, or None: closed) and `stdin` (None: closed) as given."""
    import subprocess
    import sys

    closed = [1] if stdout is None else []
    closed += [0] if stdin is None else []
    code = (f"import os, sys\nfor fd in {closed}: os.close(fd)\n"
            "os.execv(sys.executable, [sys.executable, '-m', 'assembly_search.cli', *sys.argv[1:]])\n")
    return subprocess.run([sys.executable, "-c", code, *args], stdout=stdout if stdout is not None else subprocess.DEVNULL,
                          stdin=stdin if stdin is not None else subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
                          env=dict(os.environ, PYTHONPATH=os.getcwd(), **(env or {})))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["search", "Ассамблея", "--json"], ["search", "Ассамблея", "--quotes"], ["stats"]])
def test_output_onto_a_full_disk_is_one_sentence_and_exit_1(built_index, args):
    # a traceback (search), or «Exception ignored» and exit 120 (stats)
    with open("/dev/full", "w") as full, open(os.devnull) as nothing:
        done = _run_with_output(args + ["--index", str(built_index)], full, nothing)
    assert done.returncode == 1, done.stderr
    assert done.stderr == "assembly-search: could not write the output: No space left on device.\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_backup_made_whole_is_no_failure_when_its_line_cannot_be_written(built_index, tmp_path):
    from index.search import SearchService

    with open("/dev/full", "w") as full, open(os.devnull) as nothing:
        done = _run_with_output(["backup", str(tmp_path / "copy"), "--index", str(built_index)], full, nothing)
    assert done.returncode == 0 and done.stderr.startswith("Copied the index at"), done.stderr  # said on stderr
    assert SearchService(tmp_path / "copy").doc_count() == SearchService(built_index).doc_count()


def _run_with_stderr(args: list[str], stderr) -> subprocess.CompletedProcess:
    """The command run as cron runs it (no locale, no home), `stderr` as given (a file, or None:
    closed), stdin and stdout /dev/null."""
    import subprocess
    import sys

    code = ("import os, sys\nos.close(2)\n" if stderr is None else "import os, sys\n") + \
        "os.execv(sys.executable, [sys.executable, '-m', 'assembly_search.cli', *sys.argv[1:]])\n"
    return subprocess.run([sys.executable, "-c", code, *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=stderr if stderr is not None else subprocess.DEVNULL, check=False,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": os.getcwd()})


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("stderr", ["full", "closed"])
def test_an_ingest_whose_stderr_cannot_be_written_still_indexes(tmp_path, stderr):
    # its log on a full disk: the flush before the parsers' fork raised, exit 120 and nothing indexed;
    # stderr closed (2>&-): the progress line's write on None, exit 1 and nothing indexed
    from index.search import SearchService

    (tmp_path / "docs").mkdir()
    for name in ("a", "b"):
        (tmp_path / "docs" / f"{name}.txt").write_text(f"Ассамблея народа Казахстана, сессия {name}.\n", encoding="utf-8")
    args = ["ingest", str(tmp_path / "docs"), "--index", str(tmp_path / "ix"), "--report", str(tmp_path / "r.jsonl")]
    if stderr == "full":
        with open("/dev/full", "w") as full:
            done = _run_with_stderr(args, full)
    else:
        done = _run_with_stderr(args, None)
    assert done.returncode == 0
    assert SearchService(tmp_path / "ix").doc_count() == 2 and (tmp_path / "r.jsonl").exists()
    again = _run_with_stderr(args, open("/dev/full", "w")) if stderr == "full" else _run_with_stderr(args, None)
    assert again.returncode == 0  # nothing to parse: it exited 120 at the final flush


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args, code", [(["search", "--from", "Я", "Совет"], 2), (["search", "--index", "INDEX", "--", "-Совет"], 2),
                                        (["stats", "--index", "NOINDEX"], 1)])
def test_a_refusal_keeps_its_exit_code_when_stderr_cannot_be_written(built_index, tmp_path, args, code):
    # «Exception ignored» at the final flush made it 120, which a monitor cannot tell from anything
    args = [a.replace("NOINDEX", str(tmp_path / "none")).replace("INDEX", str(built_index)) for a in args]
    if "--index" not in args:
        args += ["--index", str(built_index)]
    with open("/dev/full", "w") as full:
        assert _run_with_stderr(args, full).returncode == code
    assert _run_with_reader_gone(args, "stderr")[0] == code
    assert _run_with_stderr(args, None).returncode == code


def test_a_closed_stdout_or_stdin_is_said_not_a_traceback(built_index, tmp_path):
    with open(os.devnull) as nothing:
        closed_out = _run_with_output(["search", "Совет", "--index", str(built_index)], None, nothing)
    assert closed_out.returncode == 1, closed_out.stderr
    assert closed_out.stderr == "assembly-search: could not write the output: standard output is closed.\n"
    with open(tmp_path / "out.txt", "w") as out:
        closed_in = _run_with_output(["search", "--index", str(built_index)], out, None)  # no query: the newest
    assert closed_in.returncode == 0 and closed_in.stderr == "", closed_in.stderr
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith(f"{len(CORPUS)} documents")
    # ingest's summary goes to stderr when stdout is gone (it went nowhere, exit 0)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Ассамблея народа Казахстана провела сессию.\n", encoding="utf-8")
    with open(os.devnull) as nothing:
        ingest = _run_with_output(["ingest", str(tmp_path / "docs"), "--index", str(tmp_path / "ix")], None, nothing)
    assert ingest.returncode == 0 and "Ingest finished in" in ingest.stderr, ingest.stderr


def test_an_output_encoding_that_cannot_hold_cyrillic_is_said_in_one_sentence(built_index, tmp_path):
    with open(tmp_path / "out.txt", "w") as out, open(os.devnull) as nothing:
        done = _run_with_output(["search", "Совет", "--index", str(built_index)], out, nothing,
                                {"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "standard output is set to ascii" in done.stderr and "set PYTHONIOENCODING=utf-8" in done.stderr


def test_an_ingest_whose_feedback_reader_left_still_finishes_the_batch(tmp_path):
    from pathlib import Path

    from index.search import SearchService

    samples = Path(__file__).resolve().parent.parent / "samples" / "2019"
    index = tmp_path / "index"
    code, _ = _run_with_reader_gone(["ingest", str(samples), "--index", str(index)], "stderr")
    assert code == 0  # the summary goes to stdout, which is still read
    expected = len([p for p in samples.rglob("*") if p.is_file()])
    assert SearchService(index).doc_count() == expected > 0


# Runs the command with the terminal on its stdin and stdout as its controlling terminal, as a
# login shell's job is (ignoring SIGHUP first when told: a `nohup` or `trap '' HUP` job).
_ON_A_TERMINAL = """
import fcntl, os, signal, sys, termios
fcntl.ioctl(0, termios.TIOCSCTTY, 0)
if sys.argv[1] == "ignore":
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
os.execv(sys.executable, [sys.executable, "-m", "assembly_search.cli", *sys.argv[2:]])
"""


@pytest.mark.parametrize("hang_up", ["stops", "ignore"])
def test_an_ingest_whose_terminal_closes_exits_by_its_outcome_without_a_traceback(tmp_path, hang_up):
    # the summary's print on the closed terminal failed (EIO): an OSError traceback and exit 1,
    # for a batch stopped by the hang-up (130) or one that ignored it and finished (0)
    import pty
    import subprocess
    import sys

    from index.search import SearchService
    from tests.test_ingest import _many_reports, _wait_for_a_commit

    index, log = tmp_path / "index", tmp_path / "stderr.log"
    root = _many_reports(tmp_path / "many", 300, "Записка")
    master, terminal = pty.openpty()
    with open(log, "w") as err:
        proc = subprocess.Popen([sys.executable, "-c", _ON_A_TERMINAL, hang_up, "ingest", str(root), "--index",
                                 str(index), "--commit-every", "50", "--workers", "2"],
                                stdin=terminal, stdout=terminal, stderr=err, start_new_session=True,
                                env=dict(os.environ, PYTHONPATH=os.getcwd()))
    os.close(terminal)
    try:
        _wait_for_a_commit(index)
        assert proc.poll() is None, "the ingest finished before its terminal closed"
        os.close(master)  # the terminal closes: the kernel hangs it up
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    said = log.read_text("utf-8")
    assert "Traceback" not in said, said
    done = SearchService(index).doc_count()
    if hang_up == "stops":
        assert proc.returncode == 130 and 0 < done < 300, said
        assert "Stopping on SIGHUP" in said and "Ingest stopped early" in said  # the summary, on stderr instead
    else:
        assert proc.returncode == 0 and done == 300, said
        assert "Ingest finished in" in said


def test_serve_on_a_port_in_use_says_so_in_one_line(built_index):
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run([sys.executable, "-m", "assembly_search.cli", "serve", "--index", str(built_index),
                              "--port", str(port)], capture_output=True, text=True, timeout=60,
                             env=dict(os.environ, PYTHONPATH=os.getcwd()))
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert f"127.0.0.1:{port} is already in use" in run.stderr and "Serving" not in run.stdout


def test_serve_answers_and_ctrl_c_stops_it_cleanly(built_index):
    import os
    import signal
    import socket
    import subprocess
    import sys
    import urllib.parse
    import urllib.request

    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "assembly_search.cli", "serve", "--index", str(built_index),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=os.getcwd()))
    try:
        assert "Serving" in proc.stdout.readline()  # said once the port is bound: requests queue from now
        url = f"http://127.0.0.1:{port}/api/search?q={urllib.parse.quote('Ассамблея')}"
        with urllib.request.urlopen(url, timeout=30) as resp:
            assert resp.status == 200 and json.load(resp)["total"] > 0
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "interrupted" not in err and "Traceback" not in err, err


def test_serve_behind_a_proxy_on_every_interface_says_where_to_open_it_and_keeps_its_console_quiet(built_index):
    import os
    import signal
    import socket
    import subprocess
    import sys
    import urllib.parse
    import urllib.request

    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "assembly_search.cli", "serve", "--index", str(built_index),
                             "--host", "0.0.0.0", "--port", str(port), "--proxies", "1",
                             "--trusted-host", "archive.example.kz"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=os.getcwd()))
    try:
        serving = proc.stdout.readline()  # not http://0.0.0.0:port/, which opens nothing
        assert f"on every interface, port {port}: open http://{socket.gethostname()}:{port}/" in serving, serving
        url = f"http://127.0.0.1:{port}/api/search.csv?q={urllib.parse.quote('Ассамблея')}"
        forwarded = {"X-Forwarded-Host": "archive.example.kz", "X-Forwarded-Proto": "https"}  # as nginx sends them
        with urllib.request.urlopen(urllib.request.Request(url, headers=forwarded), timeout=30) as resp:
            rows = list(csv.DictReader(io.StringIO(resp.read().decode("utf-8-sig")), delimiter=";"))
        assert rows[0]["url"].startswith("https://archive.example.kz/doc/"), rows[0]
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "Traceback" not in err, err
    # only the request log and the stop: no «INFO pymorphy3…: Loading dictionaries» on the first search
    # (on a busy machine the summary of requests that waited their turn comes at the stop too)
    lines = [line for line in err.splitlines() if "waited for a free thread" not in line]
    assert [line.split(" INFO ", 1)[1] for line in lines] == \
        [f"search_app.requests: 127.0.0.1 GET /api/search.csv?q=Ассамблея 200 {lines[0].split()[-2]} ms",
         "assembly_search.serving: stopped on SIGINT"], err


def test_serve_on_an_index_it_cannot_open_says_why_at_start_and_health_says_503(built_index, tmp_path):
    # it printed only «Serving …», then answered every search with 503 and logged nothing
    import select
    import shutil
    import signal
    import socket
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    from index.store import VERSION_FILE

    old = tmp_path / "old"
    shutil.copytree(built_index, old)
    (old / VERSION_FILE).write_text(json.dumps({"schema_version": 7}))
    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "assembly_search.cli", "serve", "--index", str(old),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=os.getcwd()))
    try:
        assert "Serving" in proc.stdout.readline()
        # said at start, before any request: the log line is there once «Serving» is
        assert select.select([proc.stderr], [], [], 10)[0], "no warning at start"
        warning = proc.stderr.readline()
        for path in ("/api/search?q=x", "/?q=x", "/health"):
            with pytest.raises(urllib.error.HTTPError) as answer:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30)
            assert answer.value.code == 503
        assert json.load(answer.value) == {"ok": False, "reason": "version",
                                           "error": "Индекс архива построен другой версией программы. "
                                                    "Администратору: перестройте индекс из файлов архива командой "
                                                    "assembly-search ingest ПАПКА --force."}
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    # the request log's lines
    lines = [line for line in err.splitlines() if "search_app.requests" in line]
    assert proc.returncode == 0 and "Traceback" not in err, err
    # with the CLI's sentence and its fix, and not again at each request
    assert f"The index at {old} was built with schema version 7" in warning and "--force" in warning
    # a request's line is written once its answer is sent, so the next request's may come first
    assert sorted(line.split(": ", 1)[1].rsplit(" ", 2)[0] for line in lines) == \
        ["127.0.0.1 GET /?q=x 503", "127.0.0.1 GET /api/search?q=x 503", "127.0.0.1 GET /health 503"], err


def test_serve_on_a_host_that_does_not_resolve_is_a_usage_error(built_index, capsys):
    assert exit_code(["serve", "--host", "no-such-host.invalid", "--index", str(built_index)]) == 2
    err = capsys.readouterr().err
    assert "cannot listen on 'no-such-host.invalid'" in err and err.count("\n") == 1, err  # was a 27-line traceback


@pytest.mark.parametrize("command", [["stats"], ["search", "Ассамблея"], ["serve", "--host", "192.0.2.1"]])
def test_an_index_that_is_a_file_is_said_to_be_one(tmp_path, capsys, command):
    index = tmp_path / "index.zip"
    index.write_bytes(b"PK")
    assert exit_code(command + ["--index", str(index)]) in (1, 2)
    err = capsys.readouterr().err
    # serve started with no word, and stats suggested `ingest … --index <the file>`, which ingest refuses
    assert f"{index} is a file, not an index folder" in err and "assembly-search ingest" not in err, err


@pytest.mark.parametrize("command", [["stats"], ["search", "Ассамблея"], ["serve", "--host", "192.0.2.1"],
                                     ["ingest", "."]])
@pytest.mark.parametrize("where", ["under_a_file", "link_loop"])
def test_a_path_that_can_never_hold_an_index_is_said_so_not_missing(tmp_path, capsys, monkeypatch, command, where):
    # serve started with «no index at … yet» and stats said «There is no index at …; build one
    # with ingest», although no index can ever be made under a file or round a loop of links
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    index = tmp_path / "notes.txt" / "index" if where == "under_a_file" else tmp_path / "loop1"
    assert exit_code(command + ["--index", str(index)]) in (1, 2)
    err = capsys.readouterr().err
    why = (f"{tmp_path / 'notes.txt'} is a file, not a folder" if where == "under_a_file"
           else "its path runs into a loop of symbolic links")
    assert err.strip().splitlines() == [f"assembly-search: {index} cannot hold an index: {why}; give --index a folder."], err


@pytest.mark.parametrize("name, value, says", [
    ("TIME_LIMIT", "5m", "$ASSEMBLY_SEARCH_TIME_LIMIT: '5m' is not a number"),
    # out of range: the option's own check, which the variable used to skip
    ("SIZE_LIMIT_MB", "-1", "$ASSEMBLY_SEARCH_SIZE_LIMIT_MB: -1 is too small"),  # every file failed
    ("SIZE_LIMIT_MB", "inf", "$ASSEMBLY_SEARCH_SIZE_LIMIT_MB: inf is not a finite number"),  # a traceback
    ("WORKERS", "1000", "$ASSEMBLY_SEARCH_WORKERS: 1000 is too large"),  # clamped in silence
])
def test_an_environment_variable_that_the_option_would_refuse_is_a_usage_error_of_the_commands_reading_it(
        built_index, capsys, monkeypatch, tmp_path, name, value, says):
    # it used to fall back to the default in silence: a batch ran with other limits than were set
    monkeypatch.setenv("ASSEMBLY_SEARCH_" + name, value)
    assert exit_code(["ingest", str(tmp_path), "--index", str(tmp_path / "index")]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "index").exists()  # said before anything is done
    option = {"TIME_LIMIT": "--time-limit", "SIZE_LIMIT_MB": "--size-limit", "WORKERS": "--work"}[name]
    given = ["ingest", str(tmp_path), "--index", str(tmp_path / "index"), option, "2"]  # --work: argparse's prefix
    assert exit_code(given) == 0  # the option wins
    assert exit_code(["search", "заседание", "--index", str(built_index)]) == 0  # search reads no such variable


def test_stats_as_json_gives_a_monitor_the_counts_and_a_refusal_as_the_api_does(built_index, tmp_path, capsys):
    # a host without serve scraped «155 documents, 1793 passages, …»
    assert exit_code(["stats", "--json", "--index", str(built_index)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["index"] == str(built_index) and stats["documents"] == len(CORPUS) and stats["passages"] > 0
    assert stats["facets"]["year"]["2019"] > 0 and stats["notes"] == []
    assert exit_code(["stats", "--json", "--index", str(tmp_path / "none")]) == 1
    refused = json.loads(capsys.readouterr().out)
    assert refused["status"] == 503 and refused["error"].startswith(f"There is no index at {tmp_path / 'none'}")


def test_stats_lists_every_year_in_order_and_says_how_many_values_it_left_out(built_index, capsys):
    # counts as the index gives them: largest first
    years = {str(2010 + i): 20 - i % 7 for i in range(15)}
    years = dict(sorted(years.items(), key=lambda item: -item[1]))
    assert _stats_values("year", years) == ", ".join(f"{y} ({years[y]})" for y in sorted(years))
    persons = {f"А. Иванов{i}": 30 - i for i in range(12)}
    assert _stats_values("persons", persons).endswith("А. Иванов9 (21), and 2 more")
    assert "more" not in _stats_values("topics", {"медиация": 3})
    assert exit_code(["stats", "--index", str(built_index)]) == 0
    assert "Year (4): 2019 (" in capsys.readouterr().out


def test_a_tilde_the_shell_left_unexpanded_is_the_home_folder(tmp_path, monkeypatch, capsys):
    """`--index=~/idx` (bash expands no `~` after `=`) and a crontab's ASSEMBLY_SEARCH_INDEX='~/idx'
    made a folder named `~` in the working folder, found only from there; the archive's own files
    named with `~` did not exist."""
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    (home / "docs").mkdir(parents=True)
    cwd.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(cwd)
    (home / "docs" / "a.txt").write_text(
        "Заседание\n\nСекретарь Совета Лотос рассказал, что экологический субботник прошел. "
        "Экология и экологический субботник объединили волонтеров.\n", encoding="utf-8")
    (home / "aliases.txt").write_text("А.Б. Лотосов = Секретарь Совета Лотос\n", encoding="utf-8")
    (home / "topics.txt").write_text("[экология]\n3 экология\n3 экологический субботник\n", encoding="utf-8")
    (home / "abbreviations.txt").write_text("ЭСБ = экологический субботник\n", encoding="utf-8")
    for name in ("ALIASES", "TOPICS", "ABBREVIATIONS"):
        monkeypatch.setenv(f"ASSEMBLY_SEARCH_{name}", f"~/{name.lower()}.txt")
    assert exit_code(["ingest", "~/docs", "--index=~/idx", "--report=~/report.jsonl"]) == 0, capsys.readouterr().err
    assert list(cwd.iterdir()) == []  # was ./~/idx and ./~/report.jsonl
    assert (home / "idx").is_dir() and json.loads((home / "report.jsonl").read_text("utf-8"))["status"] == "indexed"
    monkeypatch.setenv("ASSEMBLY_SEARCH_INDEX", "~/idx")
    monkeypatch.chdir(tmp_path)  # elsewhere: "There is no index at ~/idx"
    capsys.readouterr()
    assert exit_code(["search", "ЭСБ", "--json"]) == 0, capsys.readouterr()
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["persons"] == ["А.Б. Лотосов"] and hit["topics"] == ["экология"], hit


@pytest.mark.parametrize("words", [["Ассамблея", "народа", "--sort", "newest"], ["Ассамблея", "--sort", "newest", "народа"]])
def test_several_unquoted_words_are_one_query(built_index, capsys, words):
    """`search Ассамблея народа` was argparse's `unrecognized arguments: народа` under the top-level
    usage: a newcomer means the words as one query."""
    quoted = json.loads(_json_of(["search", "Ассамблея народа", "--sort", "newest", "--json", "--index",
                                  str(built_index)], capsys))
    unquoted = json.loads(_json_of(["search", *words, "--json", "--index", str(built_index)], capsys))
    assert unquoted["params"]["q"] == "Ассамблея народа" and unquoted["total"] == quoted["total"] > 1
    assert [h["id"] for h in unquoted["hits"]] == [h["id"] for h in quoted["hits"]]


@pytest.mark.parametrize("words", [["-Мажилиса", "Ассамблея"], ["Ассамблея", "-Мажилиса"]])
def test_a_word_starting_with_a_dash_says_to_put_two_dashes_before_the_query(built_index, capsys, words):
    typed = " ".join(words)
    assert exit_code(["search", *words, "--index", str(built_index)]) == 2
    err = capsys.readouterr().err
    assert err == ("assembly-search: -Мажилиса is not an option of search; put -- before a query with a word "
                   f"starting with -, as in: assembly-search search -- '{typed}'\n"), err  # was a bare usage error
    assert exit_code(["search", *words, "--json", "--index", str(built_index)]) == 2
    captured = capsys.readouterr()
    refusal = json.loads(captured.out)
    assert refusal["status"] == 400 and "put -- before a query" in refusal["error"] and captured.err == ""
    # what the sentence says works, and excludes the word
    result = json.loads(_json_of(["search", "--json", "--index", str(built_index), "--", *words], capsys))
    assert result["params"]["q"] == typed and result["total"] > 0
    assert "a1" not in [h["id"] for h in result["hits"]]  # the round table in the Majilis


@pytest.mark.parametrize("options", [["--sort", "newest"], ["--filter", "lang=ru"], ["--json"], ["--per-page", "5"]])
def test_two_dashes_after_words_and_options_start_the_rest_of_the_query(built_index, capsys, options):
    # `search Ассамблея --sort newest -- -Мажилиса` said «search has no option --»
    index = ["--index", str(built_index), "--json"]
    after = json.loads(_json_of(["search", *index, "Ассамблея", *options, "--", "-Мажилиса"], capsys))
    before = json.loads(_json_of(["search", *options, *index, "--", "Ассамблея -Мажилиса"], capsys))
    assert after["params"]["q"] == "Ассамблея -Мажилиса" and after["total"] == before["total"] > 0
    assert "a1" not in [h["id"] for h in after["hits"]]
    # a word starting with - before the `--` still gets the sentence
    assert exit_code(["search", "--index", str(built_index), "Ассамблея", "-Мажилиса", *options, "--", "-Астана"]) == 2
    said = capsys.readouterr()
    assert "-Мажилиса is not an option of search; put -- before" in said.out + said.err
    assert "search -- 'Ассамблея -Мажилиса -Астана'" in said.out + said.err


def test_a_mistyped_long_option_of_search_is_one_sentence(built_index, capsys):
    assert exit_code(["search", "Ассамблея", "--jsno", "--index", str(built_index)]) == 2
    assert capsys.readouterr().err == "assembly-search: search has no option --jsno; see assembly-search search --help.\n"


@pytest.mark.parametrize("given, typed", [
    ("speakers=Абдрахманов", "speaker:Абдрахманов"),  # a surname: was 0 documents, only 'С. Абдрахманов' matched
    ("speaker=Токаева", "speaker:Токаева"),  # the query's field name, a case form
    ("persons=Елбасы", "person:Елбасы"),  # an alias
    ("language=казахский", "lang:казахский"),
    ("year=2019-2021", "year:2019-2021"),
    ("topics=волонтер", "topic:волонтер"),
    ("format=PDF", "format:PDF"),
])
@pytest.mark.parametrize("kind", [[], ["--quotes"]])
def test_a_filter_option_takes_what_the_query_field_takes(built_index, capsys, given, typed, kind):
    index = ["--index", str(built_index), "--json", *kind]
    as_option = json.loads(_json_of(["search", "", "--filter", given, *index], capsys))
    in_query = json.loads(_json_of(["search", typed, *index], capsys))
    assert as_option["total"] == in_query["total"] > 0, (as_option, in_query)
    key = "document_id" if kind else "id"
    assert [h[key] for h in as_option["hits"]] == [h[key] for h in in_query["hits"]]


def test_a_filter_option_says_the_facet_values_it_matched(built_index, capsys):
    result = json.loads(_json_of(["search", "Ассамблеи", "--filter", "speaker=Абдрахманов", "--filter", "lang=рус",
                                  "--json", "--index", str(built_index)], capsys))
    assert result["params"]["filters"] == {"speakers": ["С. Абдрахманов"], "language": ["ru"]}
    assert [h["id"] for h in result["hits"]] == ["a2"]


def test_a_filter_option_counts_the_values_given_not_the_speakers_they_name(tmp_path, capsys):
    # `--filter speaker=А.` was refused as «передано 101»: the 101 speakers it named were checked
    # against the limit of values, where the query's `speaker:А.` searched them
    from conftest import make_record
    from index.store import IndexWriter

    surnames = [f"{a}{b}ов" for a in ("Ба", "Ва", "Да", "Жа", "За", "Ка", "Ла", "Ма", "На", "Па", "Ра", "Са", "Та", "Фа", "Ха")
                for b in ("бек", "дар", "жан", "кул", "мур", "нур", "сар")][:101]
    with IndexWriter(tmp_path, create=True) as writer:
        for i, surname in enumerate(surnames):
            writer.add(make_record(f"s{i:03}", f"Выступление {i}", [f"А. {surname} выступил на заседании."],
                                   speakers=[f"А. {surname}"], speaker_of={0: f"А. {surname}"}))
    index = ["--json", "--index", str(tmp_path)]
    as_option = json.loads(_json_of(["search", "", "--filter", "speaker=А.", *index], capsys))
    in_query = json.loads(_json_of(["search", "speaker:А.", *index], capsys))
    assert as_option["total"] == in_query["total"] == 101
    assert len(as_option["params"]["filters"]["speakers"]) == len(as_option["filters"]["speakers"]) == 101
    quotes = json.loads(_json_of(["search", "", "--quotes", "--filter", "speaker=А.", *index], capsys))
    assert quotes["total"] == 101
    # the values given are what is counted: 101 of them are still refused
    assert exit_code(["search", "", *[f"--filter=speaker={s}" for s in surnames], "--index", str(tmp_path)]) == 2
    assert "Значений фильтра speakers не больше 100, а передано 101" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["ingest", "docs"], ["serve"]])
def test_help_names_the_variable_behind_each_option(capsys, command):
    """ingest --help showed neither the defaults of --time-limit, --size-limit, --commit-every nor
    their $ASSEMBLY_SEARCH_* variables (serve's did)."""
    from assembly_search.cli import build_parser

    options = build_parser().parse_args(command).env_numbers
    assert exit_code([command[0], "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for name in options:
        assert f"(default: $ASSEMBLY_SEARCH_{name}, else " in text, name


def test_every_search_option_has_help(capsys):
    assert exit_code(["search", "--help"]) == 0
    text = capsys.readouterr().out
    for option in ("query", "--sort {relevance,newest,oldest,added}", "--added-from ADDED_FROM", "--page PAGE", "--per-page PER_PAGE"):
        line = next(line for line in text.splitlines() if line.strip().startswith(option))
        described = line.strip()[len(option):].strip() or text.split(line + "\n", 1)[1].startswith(" " * 10)
        assert described, option  # was the option alone, no text


def test_a_transcript_s_quotes_are_cited_with_the_speaker_of_their_own_label(tmp_path, capsys):
    # «Ю. ЛИ. Корейская диаспора…» and «Голос из зала: …» were quoted as К.К. Токаев's words
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "kruglyi_stol.txt").write_text(
        "СТЕНОГРАММА заседания круглого стола\n\nг. Алматы, 14 октября 2021 года\n\n"
        "К. ТОКАЕВ. Уважаемые участники! Государственный язык должен стать языком общения.\n\n"
        "Ю. ЛИ. Корейская диаспора всегда поддерживала политику согласия.\n\n"
        "Голос из зала: А как же сельские дома дружбы? Их закрывают!\n\n"
        "Председатель. – Спасибо. Заседание объявляется закрытым.\n", encoding="utf-8")
    assert exit_code(["ingest", str(archive), "--index", str(index), "--workers", "1"]) == 0

    def quotes(query: str) -> list[tuple[list[str], str]]:
        capsys.readouterr()
        assert exit_code(["search", query, "--quotes", "--json", "--index", str(index)]) == 0
        return [(h["speakers"], h["text"].split(".")[0]) for h in json.loads(capsys.readouterr().out)["hits"]]

    assert quotes("speaker:Токаев корейская диаспора") == []
    # the quote is his words, without his label
    assert quotes("корейская диаспора") == [(["Ю. Ли"], "Корейская диаспора всегда поддерживала политику согласия")]
    assert quotes("дома дружбы закрывают") == [([], "Голос из зала: А как же сельские дома дружбы? Их закрывают!")]


@pytest.mark.parametrize("extra", [[], ["--quotes"], ["--json"]])
def test_search_on_a_segment_damaged_inside_says_so_in_one_sentence(built_index, tmp_path, capsys, extra):
    # it ended in a raw zlib.error traceback, exit 1
    from tests.test_store import _damage_inside

    index = tmp_path / "index"
    shutil.copytree(built_index, index)
    file = _damage_inside(index, "Павлодара")
    assert exit_code(["search", "Павлодара", "--index", str(index), *extra]) == 1
    out, err = capsys.readouterr()
    said = json.loads(out)["error"] if extra == ["--json"] else err.strip()
    assert said.startswith(f"assembly-search: The index at {index} is damaged: its file {file} cannot be read"
                           if not extra == ["--json"] else f"The index at {index} is damaged"), said
    assert "--force" in said and "\n" not in said and "Traceback" not in out + err


def test_ingest_into_a_folder_of_other_files_is_refused(tmp_path, capsys):
    # `--index ~/Документы` (a typo) scattered an index's files among the user's, exit 0
    archive, documents = tmp_path / "arch", tmp_path / "Документы"
    archive.mkdir()
    documents.mkdir()
    (archive / "a.txt").write_text("Ассамблея народа Казахстана провела сессию.", encoding="utf-8")
    (documents / "otchet.txt").write_text("мой отчёт", encoding="utf-8")
    assert exit_code(["ingest", str(archive), "--index", str(documents)]) == 2
    err = capsys.readouterr().err
    assert "holds other files and no index" in err and err.count("\n") == 1, err
    assert sorted(p.name for p in documents.iterdir()) == ["otchet.txt"]
    (documents / "otchet.txt").unlink()  # an empty folder, a new disk's root, or one an ingest wrote, is fine
    (documents / "lost+found").mkdir()
    assert exit_code(["ingest", str(archive), "--index", str(documents)]) == 0
    assert exit_code(["ingest", str(archive), "--index", str(documents)]) == 0


@pytest.mark.parametrize("name", [b"\xc0\xf0\xf5\xe8\xe2 2005", b"\xc02", "Архив 2005".encode(), b"it's", b"a\\b'",
                                  "строка\nперенос".encode(), "bidi\u202eFDP.txt".encode(), b"$HOME `id`"])
def test_a_path_in_a_suggested_command_reads_back_in_bash_as_the_same_bytes(name):
    import subprocess

    from index.paths import shell_word

    word = shell_word(os.fsdecode(name))
    assert "\n" not in word and "\u202e" not in word  # one line, shown as it is
    assert subprocess.run(["bash", "-c", f"printf %s {word}"], capture_output=True).stdout == name


def test_backup_copies_the_index_whole_while_an_ingest_commits(tmp_path, capsys):
    # `cp -r` during a commit could copy the segments and miss the table of contents (a backup
    # that restored as «no index yet»); the backup command copies one generation whole
    import subprocess
    import sys
    import time

    from index.search import SearchRequest, SearchService

    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    for i in range(120):
        (archive / f"doc{i:04d}.txt").write_text(f"Отчет {i}\n\n" + " ".join(f"слово{i}x{j}" for j in range(60)),
                                                 encoding="utf-8")
    assert exit_code(["ingest", str(archive / "doc0000.txt"), "--index", str(index)]) == 0
    ingest = subprocess.Popen([sys.executable, "-m", "assembly_search.cli", "ingest", str(archive), "--index", str(index),
                               "--commit-every", "10", "--workers", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env=dict(os.environ, PYTHONPATH=os.getcwd()))
    backups = []
    while (ingest.poll() is None and len(backups) < 8) or not backups:
        backups.append(tmp_path / f"backup{len(backups)}")
        assert exit_code(["backup", str(backups[-1]), "--index", str(index)]) == 0, capsys.readouterr().err
        time.sleep(0.1)
    assert ingest.wait() == 0, ingest.stderr.read()
    counts = [SearchService(b).doc_count() for b in backups]  # every one opens, each a commit's documents
    assert all(1 <= n <= 120 for n in counts) and len(backups) > 2, counts
    assert "to restore it" in capsys.readouterr().out
    restored = backups[len(backups) // 2]
    assert SearchService(restored).search(SearchRequest("Отчет")).total == counts[len(backups) // 2]
    assert exit_code(["ingest", str(archive), "--index", str(restored)]) == 0  # completes it
    assert SearchService(restored).doc_count() == 120
    assert exit_code(["backup", str(restored), "--index", str(index)]) == 1  # never over a folder
    assert "exists already" in capsys.readouterr().err and SearchService(restored).doc_count() == 120
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no half-made copy left


def test_a_file_being_written_whole_is_left_out_of_a_backup(tmp_path, capsys):
    # a settings copy or note being replaced (`name.tmp`, renamed over `name` a moment later) was copied
    # into the backup beside its own file
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "a.txt").write_text("Ассамблея народа Казахстана провела сессию.", encoding="utf-8")
    assert exit_code(["ingest", str(archive), "--index", str(index)]) == 0
    (index / "archive-topics.txt.tmp").write_text("[тема]\n3 сессия\n", encoding="utf-8")
    assert exit_code(["backup", str(tmp_path / "backup"), "--index", str(index)]) == 0, capsys.readouterr().err
    copied = {p.name for p in (tmp_path / "backup").iterdir()}
    assert "archive-topics.txt.tmp" not in copied and any(n.endswith(".toc") for n in copied), copied


def _reports_index(tmp_path, files: int, words: int):
    """An index of `files` reports of `words` words each, ingested from tmp_path/archive into tmp_path/index."""
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    for i in range(files):
        (archive / f"doc{i:02d}.txt").write_text(f"Отчет {i}\n\n" + " ".join(f"слово{i}x{j}" for j in range(words)),
                                               encoding="utf-8")
    assert exit_code(["ingest", str(archive), "--index", str(index)]) == 0
    return index


def test_a_backup_onto_a_full_disk_or_inside_the_index_is_refused_in_one_sentence(tmp_path, capsys):
    # a full disk printed OSError's traceback; a backup inside the index folder would be removed
    # with the folder the restore advice says to remove
    from conftest import small_tmpfs

    index = _reports_index(tmp_path, 40, 300)
    capsys.readouterr()
    assert exit_code(["backup", str(index / "copy"), "--index", str(index)]) == 1
    assert "inside the index folder" in capsys.readouterr().err and not (index / "copy").exists()
    with small_tmpfs(tmp_path / "small", "64k") as small:
        assert exit_code(["backup", str(small / "copy"), "--index", str(index)]) == 1
        err = capsys.readouterr().err
        assert "is full" in err and "Traceback" not in err, err
        assert os.listdir(small) == []  # the partial copy removed


def _under_file_size_limit(*args: str, limit: int):
    """The command run under a file-size limit of `limit` bytes (ulimit -f, systemd's LimitFSIZE=)."""
    import resource
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "assembly_search.cli", *args], capture_output=True, text=True,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)),
                          env=dict(os.environ, PYTHONPATH=os.getcwd()))


def test_a_file_size_limit_is_named_with_its_fix_not_run_the_same_command_again(tmp_path):
    # «writing the index at uf failed (File too large); … run the same command again to finish the batch»,
    # which meets the same limit every time
    index = _reports_index(tmp_path, 40, 400)
    size = max(p.stat().st_size for p in index.glob("*.seg"))
    run = _under_file_size_limit("ingest", str(tmp_path / "archive"), "--force", "--index", str(tmp_path / "other"),
                                 limit=size // 2)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    said = run.stderr.strip().splitlines()[-1]
    assert said.startswith(f"assembly-search: Stopped: a file of the index at {tmp_path / 'other'} reached the file-size "
                           f"limit this process runs under ({size // 2 / 2**20:.1f} MB: ulimit -f, or LimitFSIZE= in a "
                           "systemd unit);"), said
    assert said.endswith("raise or lift that limit for the account or service running assembly-search, then run the "
                         "same command again to finish the batch."), said
    backup = _under_file_size_limit("backup", str(tmp_path / "copy"), "--index", str(index), limit=size // 2)
    assert backup.returncode == 1 and backup.stderr.strip().splitlines() == [
        f"assembly-search: The backup was not made (its partial copy is removed): a file of the backup to "
        f"{tmp_path / 'copy'} reached the file-size limit this process runs under ({size // 2 / 2**20:.1f} MB: ulimit -f, "
        "or LimitFSIZE= in a systemd unit); raise or lift that limit for the account or service running "
        "assembly-search, then run the backup again."], backup.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "index", "other"]


def test_a_purge_stopped_by_a_file_size_limit_names_the_file_it_writes_not_free_space(tmp_path):
    # «reached the file-size limit … (purging needs about 12 MB free there); raise or lift that
    # limit»: free space was beside the point, the size of the segment the purge writes is not
    index = _reports_index(tmp_path, 40, 400)
    size = sum(p.stat().st_size for p in index.glob("*.seg"))
    for i in range(5):  # a takedown
        (tmp_path / "archive" / f"doc{i:02d}.txt").unlink()
    run = _under_file_size_limit("ingest", str(tmp_path / "archive"), "--prune", "--index", str(index),
                                 limit=size // 2)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    said = run.stderr.strip().splitlines()[-1]
    assert "reached the file-size limit this process runs under" in said and "free there" not in said, said
    assert (f"but their text was not purged from the index's files (purging writes a file of about "
            f"{max(1, -(-size // 2**20))} MB there); raise or lift that limit") in said, said
    assert said.endswith("then run the same command again to purge it."), said


@pytest.mark.parametrize("damage", ["segment cut", "segment missing", "toc cut"])
def test_a_backup_of_a_damaged_index_is_refused_in_one_sentence_naming_the_file(tmp_path, capsys, damage):
    # backup copied a segment cut short and said «Copied …» (exit 0): the backup taken before an
    # upgrade, the way back, was found damaged only when restored
    from index.search import SearchService
    from tests.test_store import _damage

    index = _reports_index(tmp_path, 12, 200)
    older = tmp_path / "backup-older"
    assert exit_code(["backup", str(older), "--index", str(index)]) == 0
    segment, toc = max(index.glob("*.seg"), key=lambda p: p.stat().st_size), max(index.glob("_MAIN_*.toc"))
    if damage == "segment missing":
        segment.unlink()
    else:
        _damage(index, damage.split()[0], 1 / 3 if damage == "segment cut" else 0.01)
    capsys.readouterr()
    assert exit_code(["backup", str(tmp_path / "backup"), "--index", str(index)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    file = toc.name if damage == "toc cut" else segment.name
    how = "is missing" if damage == "segment missing" else "cannot be read (cut short or overwritten)"
    assert len(err) == 1 and err[0].startswith(
        f"assembly-search: The index at {index} is damaged: its file {file} {how}, so a backup of it would be damaged "
        "too: none was made, and an older backup is left as it is; restore the index folder from a backup"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "backup-older", "index"]  # nothing half-made
    assert SearchService(older).doc_count() == 12  # the older backup is whole, and the way back


def test_a_date_counted_back_may_follow_its_option_as_readme_writes_it(built_index, capsys):
    # `--from -7d` and `--added-from -1d` stopped at argparse: «argument --from: expected one argument»
    def hits(args):
        answer = json.loads(_json_of(["search", "Ассамблея", *args, "--json", "--index", str(built_index)], capsys))
        answer.pop("elapsed_ms")
        return answer

    spaced = hits(["--from", "-100y", "--added-from", "-1d", "--sort", "added"])
    assert spaced["total"] > 0 and spaced == hits(["--from=-100y", "--added-from=-1d", "--sort", "added"])
    assert spaced["params"]["from"] == "-100y" and spaced["params"]["added_from"] == "-1d"
    prefixed = hits(["--added", "-1d", "--to", "-7 d"])  # a prefix argparse takes; «-7 d» spaced
    assert prefixed["total"] > 0 and prefixed["params"]["added_from"] == "-1d" and prefixed["params"]["to"] == "-7 d"
    # a counted-back date in no form the API takes gets the API's sentence, not argparse's
    assert exit_code(["search", "Ассамблея", "--from", "-7д", "--index", str(built_index)]) == 2
    assert "expected one argument" not in capsys.readouterr().err
    # after `--`, a word with a minus is still the query's exclusion
    excluded = json.loads(_json_of(["search", "--json", "--index", str(built_index), "Ассамблея", "--", "-1d"], capsys))
    assert excluded["params"]["q"] == "Ассамблея -1d" and excluded["total"] == hits([])["total"]


def test_search_prints_every_year_and_month_and_says_how_many_values_of_the_others_it_left_out(tmp_path, capsys):
    # every facet was cut at eight values: the newest years (2023, 2024: an annual report's) and the
    # months from September on were gone, with « …» and no way to see them but --json
    from datetime import date

    from conftest import make_record
    from index.store import IndexWriter

    with IndexWriter(tmp_path, create=True) as writer:
        for i in range(12):
            writer.add(make_record(f"d{i}", f"Заседание {i}", [f"Заседание Ассамблеи номер {i}."],
                                   when=date(2013 + i, i + 1, 5), persons=[f"А. Иванов{i}"]))
    assert exit_code(["search", "заседание", "--index", str(tmp_path)]) == 0
    lines = {line.split(":")[0]: line for line in capsys.readouterr().out.splitlines() if ": " in line}
    assert lines["Year"] == "Year: " + ", ".join(f"{2013 + i} (1)" for i in range(12))
    assert lines["Month of every year"].endswith("11 (1), 12 (1)") and "…" not in lines["Month of every year"]
    assert lines["Persons"].count("(1)") == 8 and lines["Persons"].endswith(", and 4 more (--all-facets lists them)")
    assert exit_code(["search", "заседание", "--all-facets", "--index", str(tmp_path)]) == 0
    persons = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Persons"))
    assert persons.count("(1)") == 12 and "more" not in persons
