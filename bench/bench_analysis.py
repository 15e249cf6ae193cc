"""Print the Russian analyzer's quality bars and speed, next to plain Snowball.

    .venv/bin/python -m bench.bench_analysis [--lexemes 4000] [--pairs 3000] [--seed FILE]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from bench.analysis_quality import (
    OURS,
    SNOWBALL,
    SURNAMES,
    conflation,
    lexeme_sample,
    paradigm_pairs,
    prefix_pairs,
    running_text,
    separation,
    speed,
    surname_pairs,
)
from index.morphology import snowball_term


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lexemes", type=int, default=4000)
    ap.add_argument("--pairs", type=int, default=3000)
    ap.add_argument("--seed", help="a real document for the speed run")
    ap.add_argument("--misses", action="store_true", help="print examples of failures")
    args = ap.parse_args()

    t0 = time.perf_counter()
    lexemes = lexeme_sample(args.lexemes)
    pos = Counter(lx.pos for lx in lexemes)
    par = paradigm_pairs(lexemes)
    sur = surname_pairs()
    sep = prefix_pairs(args.pairs)
    print(f"samples built in {time.perf_counter() - t0:.1f} s: {len(lexemes)} lexemes "
          f"({dict(pos)}), {len(par)} inflected forms; {len(SURNAMES)} surnames, {len(sur)} "
          f"forms; {len(sep)} five-letter-prefix lemma pairs")

    for scheme in (OURS, SNOWBALL):
        print(f"\n== {scheme.name}")
        share, found = conflation(par, scheme)
        print(f"1. paradigms: form shares a term with its lemma   {share}   "
              f"(lemma query finds form {found})")
        for p in ("NOUN", "ADJF", "INFN"):
            s, _ = conflation(paradigm_pairs(lx for lx in lexemes if lx.pos == p), scheme)
            print(f"     {p:5s} {s}")
        share, found = conflation(sur, scheme)
        print(f"2. surnames: form shares a term with masc. nom.   {share}   "
              f"(nominative query finds form {found})")
        rate = separation(sep, scheme)
        print(f"3. different lemmas, same 5-letter prefix, apart  {rate}")
        if args.misses:
            print("   misses:", share.misses, rate.misses)

    seed = open(args.seed, encoding="utf-8").read() if args.seed else None
    text = running_text(seed, repeat=40)
    from index.analysis import analyze_terms

    ours = speed(text, analyze_terms)
    from index.tokenize import fast_tokens

    base = speed(text, lambda t: [snowball_term(w) for w, _ in fast_tokens(t)])
    print(f"\n4. speed, warm cache, median of 7 runs over {len(fast_tokens(text))} tokens: "
          f"analyze_terms {ours:,.0f} tokens/s; plain Snowball {base:,.0f} tokens/s")


if __name__ == "__main__":
    main()
