"""Kazakh voicing of a stem's last consonant, one table read both ways: a final voiceless к, қ, п
voices before an ending that opens with a vowel (қыркүйек -> қыркүйегі, Қазақ -> Қазағы, кітап ->
кітабы). Ingest reads it forward (ingest.extract.kazakh_spelling: the stems a month's case forms
take), search backward (index.morphology: a possessive's nominative, бірлігі -> бірлік). Two
tables written apart could disagree on a pair.
"""
from __future__ import annotations

_PAIRS = "кг қғ пб"  # voiceless, then voiced
# the voiceless letter -> its voiced twin before a vowel
VOICED: dict[str, str] = {pair[0]: pair[1] for pair in _PAIRS.split()}
# the voiced letter -> the voiceless one the nominative writes
DEVOICED: dict[str, str] = {voiced: voiceless for voiceless, voiced in VOICED.items()}
