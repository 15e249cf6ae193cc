"""The labels that open a letter's registration lines (ingest.parsers.registration_labels): told in
linear time, whatever the line holds."""
from __future__ import annotations

import time

import pytest

from ingest.parsers import parse_file
from ingest.parsers.registration_labels import opens_registration_line


@pytest.mark.parametrize("line, opens", [
    ("На № 5-6/78 от 01.03.2019", True),
    ("На Ваш № 5-6/78 от 01.03.2019", True),
    ("На исх. № 01-12/417 от 27.03.2019", True),
    ("На ваше письмо № 12 от 05.02.2019", True),
    ("На исх.письмо № 12 от 05.02.2019", True),
    ("Ответ на Ваш исх. № 7 от 05.02.2019", True),
    ("На вашвашваш 12 марта", False),
    ("На заседании 12 марта", False),
])
def test_an_answered_letter_s_label_is_told(line, opens):
    assert opens_registration_line(line) is opens


def test_a_run_of_words_before_a_missing_number_sign_takes_no_time(tmp_path):
    # «ваш[а-я]*» could end inside the next «ваш»: a run of 30 was split every way, about 15 minutes
    line = "На " + "ваш" * 30 + "!"
    started = time.perf_counter()
    assert not opens_registration_line(line)
    letter = tmp_path / "letter.txt"
    letter.write_text(f"Астана, 12 марта 2019 г.\n\n{line}\n\nСообщаем, что заседание Ассамблеи состоится в Астане.\n",
                      encoding="utf-8")
    assert parse_file(letter).metadata["dateline"] == "Астана, 12 марта 2019 г."
    assert time.perf_counter() - started < 1
