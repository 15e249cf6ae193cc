"""Reading links damaged on their way (search_app.damaged_links): what a colleague's link still says."""
from search_app.damaged_links import decoded_once_more, id_without_tail


def test_a_sentence_s_punctuation_or_a_line_break_after_an_id_is_taken_off():
    for tail in (".", ")", "»", "\n", " \u00a0", "/", "…)»."):
        assert id_without_tail("0c8c44d356bc9ea8" + tail) == "0c8c44d356bc9ea8", repr(tail)
    assert id_without_tail("0c8c44d356bc9ea8") is None  # nothing trailed it
    assert id_without_tail("...") is None  # nothing is left


def test_a_long_run_of_punctuation_is_read_in_one_pass():
    # the regex anchored at the end tried every start of the run: 40,000 commas took 6 s, the
    # server's one process frozen meanwhile
    assert id_without_tail("," * 40_000 + "x") is None
    assert id_without_tail("x" + "," * 40_000) == "x"


def test_a_value_still_percent_encoded_is_decoded_once_more_and_a_long_one_in_one_pass():
    assert decoded_once_more("%D0%B0%D0%B1") == "аб"
    assert decoded_once_more("100%25") == "100%25"  # typed «100%», not encoded twice
    assert decoded_once_more("Костанай 50%AB") == "Костанай 50%AB"  # decoded letters: encoded once
    assert decoded_once_more("50%") == "50%"  # a «%» opening no escape
    long = "a" * 63_000 + "%"  # one regex of the value's whole shape took 12.9 s on this
    assert decoded_once_more(long) == long
    assert decoded_once_more("%D0%B0" * 20_000) == "а" * 20_000
