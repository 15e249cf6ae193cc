"""Person spans of real news from factRuEval-2016, for bench_extract's real-news score.

    python -m bench.factru_persons --corpus PATH --set tuned   > data/factru/persons.json
    python -m bench.factru_persons --corpus PATH --set heldout > data/factru/heldout.json

PATH is a checkout of factRuEval-2016 (github.com/dialogue-evaluation/factRuEval-2016, or the
copy aminought/factRuEval-2016-practice at fff81bb5f13e, which has the test set's texts). The
corpus has no license, so neither it nor the JSON goes into git. A person mention is one
`Person` line of book_N.objects; its extent runs from the first to the last character of the
spans it lists (book_N.spans). Each span's text is checked against the token texts after `#`;
a document with a mismatch is left out and named on stderr.

The rules in ingest/extract were tuned on the "tuned" documents; the "heldout" ones were kept
apart and only scored.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

TUNED = ["testset/book_%d" % n for n in (
    3543, 3555, 3562, 3573, 3591, 3615, 3626, 3632, 3644, 3647, 3667, 3677, 3680, 3687, 3688, 3696, 3697, 3700,
    3702, 3708, 3714, 3716, 3725, 3744, 3746, 3752, 3756, 3757, 3758, 3760, 3762, 3763, 3764, 3765, 3767, 3768,
    3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3779, 3780, 3790, 3791, 3792, 3793, 3794, 3795)]
HELDOUT = ["testset/book_%d" % n for n in (
    3796, 3797, 3798, 3799, 3800, 3801, 3802, 3804, 3805, 3806, 3808, 3809, 3810, 3811, 3812, 3817, 3820, 3824,
    3828, 3832, 3833, 3840, 3842, 3860, 3865, 3872, 3876, 3877, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887,
    3888, 3889, 3890, 3902, 3904, 3909, 3910, 3915, 3916)] + ["devset/book_%d" % n for n in (
        105, 115, 117, 124, 127, 129, 131, 146, 147, 154, 156, 176, 179, 180, 182, 188)]


def _read(path: Path) -> str:
    # the corpus files have CRLF line ends; its offsets count LF text
    return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")


def document(corpus: Path, doc: str) -> dict:
    text = _read(corpus / f"{doc}.txt")
    spans: dict[str, tuple[int, int]] = {}
    for line in _read(corpus / f"{doc}.spans").splitlines():
        fields, _, refs = line.partition("#")
        parts = fields.split()
        if len(parts) < 4:
            continue
        span_id = parts[0] if parts[0].isdigit() else parts[1]  # "id type start length ..." (or type first)
        start, length = int(parts[2]), int(parts[3])
        words = refs.split()[len(refs.split()) // 2:]  # token ids first, then their texts
        if "".join(text[start:start + length].split()) != "".join(words):
            raise ValueError(f"span {span_id} does not match the text")
        spans[span_id] = (start, start + length)
    persons = []
    for line in _read(corpus / f"{doc}.objects").splitlines():
        parts = line.partition("#")[0].split()
        if len(parts) >= 3 and parts[1] == "Person":
            extent = [spans[s] for s in parts[2:]]
            start, end = min(s for s, _ in extent), max(e for _, e in extent)
            persons.append({"start": start, "end": end, "text": text[start:end]})
    return {"doc": doc, "text": text, "persons": sorted(persons, key=lambda p: (p["start"], p["end"]))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--set", choices=("tuned", "heldout"), required=True)
    args = ap.parse_args(argv)
    out = []
    for doc in TUNED if args.set == "tuned" else HELDOUT:
        try:
            out.append(document(args.corpus, doc))
        except (OSError, ValueError, KeyError) as exc:
            print(f"left out {doc}: {exc}", file=sys.stderr)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
