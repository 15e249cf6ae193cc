"""index.spelling: the spelling candidates of a typed word are the ones Whoosh's corrector gives,
in its order, over a real index (the speller only holds the terms in memory to compare them fast)."""
import random
from datetime import date

from conftest import CORPUS, make_record
from index.search import SearchService
from index.spelling import Speller
from index.store import IndexWriter

LETTERS = "абвгдежзиклмнопрстуфхцчшщыэюяәғқңөұүһі"


def _typos(terms: list[str], rng: random.Random) -> list[str]:
    """Each term with up to three letters inserted, deleted, replaced or swapped (the first one too)."""
    typos = []
    for term in terms:
        word = list(term)
        for _ in range(rng.randint(0, 3)):
            at = rng.randrange(len(word) + 1)
            edit = rng.choice("idrs") if len(word) > 1 else "i"
            if edit == "i":
                word.insert(at, rng.choice(LETTERS))
            elif edit == "d":
                del word[min(at, len(word) - 1)]
            elif edit == "s" and at < len(word) - 1:
                word[at], word[at + 1] = word[at + 1], word[at]
            else:
                word[min(at, len(word) - 1)] = rng.choice(LETTERS)
        typos.append("".join(word))
    return typos


def test_candidates_are_whoosh_correctors_in_its_order(tmp_path):
    rng = random.Random(11)
    # words close to each other, many of them frequent, so the limits cut among equals too
    made_up = ["".join(rng.choice(LETTERS[:12]) for _ in range(rng.randint(2, 9))) for _ in range(1500)]
    with IndexWriter(tmp_path, create=True) as writer:
        for record in CORPUS:
            writer.add(record)
    with IndexWriter(tmp_path) as writer:
        for i in range(0, len(made_up), 100):
            writer.add(make_record(f"w{i}", "Слова", [" ".join(made_up[i:i + 100])], when=date(2020, 1, 1)))
    svc = SearchService(tmp_path)
    try:
        searcher, _ = svc._current()
        reader = searcher.reader()
        # two segments: over one, Whoosh walks an automaton counting a swap of two letters as two edits
        assert not reader.is_atomic()
        for field in ("exact", "pexact"):
            terms = sorted(raw.decode() for raw in reader.lexicon(field))
            typed = _typos(rng.sample(terms, 80), rng) + ["а", "аб", "қазақстан", "казакстан", "", "zzz"]
            corrector, speller = searcher.corrector(field), Speller(reader, field)
            for word in typed:
                for limit in (10, 5):
                    expected = corrector.suggest(word, limit=limit, maxdist=2, prefix=1) if word else []
                    assert speller.suggest(word, limit) == expected, (field, word, limit)
    finally:
        svc.close()
