"""How much of the facets a JSON search answer carries: `facets=0` (or none/false/no) leaves them
out, `facet_limit=N` (1-100000, default 100; `all`: every value) caps each facet's list. An
archive naming thousands of people made every /api/search answer 0.7 MB of facets, on every page,
whatever per_page asked; the web pages show their own few values and are not concerned."""
from __future__ import annotations

from dataclasses import dataclass

from index.refusals import paging_number

DEFAULT_FACET_LIMIT = 100
MAX_FACET_LIMIT = 100_000
FACET_LIMIT = "Число значений фасета (facet_limit)"
_OFF = ("0", "false", "no", "none", "off")
_ON = ("", "1", "true", "yes", "all", "on")


@dataclass(frozen=True)
class FacetOptions:
    wanted: bool = True
    limit: int | None = DEFAULT_FACET_LIMIT  # None: every value


def facet_options(args) -> tuple[FacetOptions, str | None]:
    """The options a request's query string asks for, and the sentence refusing a value that is
    none of them (None when all is well)."""
    raw = (args.get("facets") or "").strip().lower()
    if raw not in _OFF + _ON:
        return FacetOptions(), (f"Параметр facets «{raw[:20]}» не подходит: укажите facets=0, чтобы ответ "
                                "был без фасетов, или facets=1.")
    raw_limit = (args.get("facet_limit") or "").lower()  # not stripped: ` 5` is no number, as `page= 5` is not
    if raw_limit == "all":
        return FacetOptions(raw not in _OFF, None), None
    limit, error = paging_number(raw_limit, DEFAULT_FACET_LIMIT, 1, MAX_FACET_LIMIT, FACET_LIMIT)
    if error:
        error = error[:-1] + " или all."  # «… от 1 до 100000 или all.»
    return FacetOptions(raw not in _OFF, limit), error
