"""The publication date a page states in schema.org JSON-LD, as most news sites now write it:
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-03-12T10:00:00+06:00"}</script>."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable

# The page's article (NewsArticle, ReportageNewsArticle, BlogPosting, Report) says when it was
# published; failing one, the page itself (WebPage, ItemPage). Nothing else on the page does: an
# Organization's foundingDate, an Event's startDate, the articles a list of related ones links to.
_ARTICLE = re.compile(r"article$|posting$|^report$", re.IGNORECASE)
_PAGE = re.compile(r"^(?:web|item)page$", re.IGNORECASE)
# an old page wraps its script in a comment or CDATA for browsers that did not know the tag
_WRAPPER = re.compile(r"^\s*(?:<!--|(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?)|(?:-->|(?://|/\*)?\s*\]\]>(?:\s*\*/)?)\s*$")


def date_published(scripts: Iterable[str]) -> str | None:
    """The datePublished (never dateModified) of the first article the JSON-LD `scripts` describe,
    else of the page; None when they name none or are not JSON."""
    things = [thing for script in scripts for thing in _things(script)]
    for kind in (_ARTICLE, _PAGE):
        for thing in things:
            published = thing.get("datePublished")
            if isinstance(published, list):  # a page that lists its one date
                published = published[0] if published else None
            if isinstance(published, str) and published.strip() and any(map(kind.search, _types(thing))):
                return published.strip()
    return None


def _things(script: str) -> list[dict]:
    """The objects a script describes at its top: the script's own, a @graph's members, and the
    mainEntity each of them names."""
    try:
        data = json.loads(_WRAPPER.sub("", script), strict=False)  # strict=False: a raw line break inside a string
    except (ValueError, RecursionError):
        return []
    top = data if isinstance(data, list) else [data]
    found: list[dict] = []
    for item in top:
        if isinstance(item, dict):
            graph = item.get("@graph")
            found.extend(x for x in (graph if isinstance(graph, list) else [item]) if isinstance(x, dict))
    found.extend(x["mainEntity"] for x in list(found) if isinstance(x.get("mainEntity"), dict))
    return found


def _types(thing: dict) -> list[str]:
    kind = thing.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)]  # "https://schema.org/NewsArticle" too
