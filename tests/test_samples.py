"""Every sample in the demo archive parses to the right text, format, encoding and title."""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from ingest.parsers import parse_file

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "samples" / "gold.json").read_text("utf-8"))


def same_codec(got: str, expected: str) -> bool:
    """utf-8-sig is UTF-8 with a BOM; utf-16/utf-32 name the BOM-read forms of -le/-be."""

    def base(name: str) -> str:
        name = codecs.lookup(name).name
        return {"utf-8-sig": "utf-8", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
                "utf-32-le": "utf-32", "utf-32-be": "utf-32"}.get(name, name)

    return base(got) == base(expected)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_the_archive_has_what_the_demo_promises():
    formats = {e["format"] for e in GOLD}
    assert len(GOLD) >= 40 and formats == {"pdf", "html", "txt", "rtf", "docx", "xlsx", "eml"}
    assert sum(e["language"] == "kk" for e in GOLD) >= 5 and sum(e["language"] == "en" for e in GOLD) >= 3
    assert len({s for e in GOLD for s in e["speakers"]}) >= 25


@pytest.mark.parametrize("entry", GOLD, ids=lambda e: e["path"])
def test_sample_parses_to_its_gold_text(entry):
    doc = parse_file(ROOT / "samples" / entry["path"])
    assert doc.format == entry["format"]
    if entry["format"] not in ("pdf", "docx", "xlsx"):
        assert same_codec(doc.encoding, entry["encoding"])
    assert squeeze(doc.title or "") == squeeze(entry["title"])
    text = squeeze(doc.text)
    assert entry["passages"]
    for passage in entry["passages"]:
        assert squeeze(passage) in text


def test_no_sample_text_keeps_a_control_character():
    # every parser's output is clean, whatever the format's own markers and the file's bytes
    import re
    from pathlib import Path

    from ingest.parsers import ParseError, parse_file

    control = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
    checked = 0
    for path in sorted((Path(__file__).resolve().parent.parent / "samples").rglob("*")):
        if not path.is_file():
            continue
        try:
            parsed = parse_file(path)
        except ParseError:
            continue
        checked += 1
        for block in parsed.blocks:
            assert not control.search(block.text), (path.name, block.text[:80])
    assert checked >= 40


def test_the_archive_is_what_its_texts_make(capsys):
    # before: the Word sample was written by a script of its own, so the check found gold.json
    # differing from the texts and the .docx, and the hand-made gold_mentions.json, stray
    from bench.make_samples import main

    assert main(["--check"]) == 0, capsys.readouterr().out
    assert "0 with problems" in capsys.readouterr().out


def test_the_word_sample_is_written_byte_for_byte_again(tmp_path):
    from bench.make_samples import DOCS, write_docx

    entry, = (d for d in DOCS if d["fmt"] == "docx")
    write_docx(entry, tmp_path / "again.docx")
    assert (tmp_path / "again.docx").read_bytes() == (ROOT / "samples" / entry["path"]).read_bytes()


def test_the_excel_sample_is_written_byte_for_byte_again(tmp_path):
    from bench.make_samples import DOCS, write_xlsx

    entry, = (d for d in DOCS if d["fmt"] == "xlsx")
    write_xlsx(entry, tmp_path / "again.xlsx")
    assert (tmp_path / "again.xlsx").read_bytes() == (ROOT / "samples" / entry["path"]).read_bytes()
