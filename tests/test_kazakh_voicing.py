"""Kazakh voicing both ways: ingest voices a stem's last consonant before a vowel (a month's case
forms, қыркүйек -> қыркүйегінде), search devoices a possessive's stem back to its nominative
(бірлігі -> бірлік); the two read one table (index.kazakh_voicing), which once was two."""
import pytest

from index.kazakh_voicing import DEVOICED, VOICED
from index.morphology import possessive_nominatives
from ingest.extract.kazakh_spelling import voiced_stem

# a nominative for each voiceless letter of the table, with the possessive's vowel after it
NOMINATIVES = {"к": ("бірлік", "і"), "қ": ("қазақ", "ы"), "п": ("кітап", "ы")}


def test_every_pair_reads_back():
    assert set(NOMINATIVES) == set(VOICED), "a pair without a word to read it"
    assert len(DEVOICED) == len(VOICED)  # no two letters voice alike
    for voiceless, voiced in VOICED.items():
        assert DEVOICED[voiced] == voiceless


@pytest.mark.parametrize("voiceless", sorted(NOMINATIVES))
def test_a_stem_ingest_voices_is_read_back_as_its_nominative_by_search(voiceless):
    nominative, vowel = NOMINATIVES[voiceless]
    voiced = voiced_stem(nominative)
    assert voiced == nominative[:-1] + VOICED[voiceless]
    assert possessive_nominatives(voiced + vowel) == (nominative,)
