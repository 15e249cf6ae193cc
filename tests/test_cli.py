"""The search and serve commands: bad values are one-line usage errors (exit 2), good ones run."""
from __future__ import annotations

import json

import pytest

from assembly_search.cli import main


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
    (["search", "заседание", "--quotes", "--filter", "topics=образование"], "quotes filter on speakers"),
    (["search", "заседание", "--filter", "year"], "--filter wants FIELD=VALUE"),
    (["serve", "--port", "99999"], "--port: 99999 is too large"),
])
def test_bad_values_are_usage_errors(built_index, capsys, args, says):
    code = exit_code(args + ["--index", str(built_index)])
    err = capsys.readouterr().err
    assert code == 2 and says in err and "Traceback" not in err, err


def test_a_good_filter_still_filters(built_index, capsys):
    assert exit_code(["search", "Ассамблея", "--filter", "year=2019", "--json", "--index", str(built_index)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["filters"] == {"year": ["2019"]}
    assert result["total"] > 0 and all(hit["date"].startswith("2019") for hit in result["hits"])
