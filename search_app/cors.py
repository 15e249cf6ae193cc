"""Cross-origin reads of the JSON API and /health, for the origins an operator allows, none by default.

    parse_origins(text) -> list[str]      the allowed origins from the option or variable; ValueError with a sentence
    add_cors_headers(resp, allowed)       an `after_request` hook

The archive server usually runs on an intranet: a `*` would let any outside web page a staff member
opens read the archive through her browser. So an origin is answered only when it is listed
(`serve --cors-origin`, `ASSEMBLY_SEARCH_CORS_ORIGINS`): a GET or HEAD of /api/* or /health gets
`Access-Control-Allow-Origin: <that origin>`, and the preflight (OPTIONS with
Access-Control-Request-Method) the methods and headers a read needs. `*` alone allows every
origin, for an archive that is public anyway. Cookies are never allowed (the API needs none).
"""
from __future__ import annotations

import re

from flask import Response, request

ANY = "*"
READ_METHODS = "GET, HEAD"
# what a cross-origin script may read beside the simple headers: paging, exports (a refused one's 503
# says in Retry-After when to ask again: unexposed, a portal could not back off as told), conditional requests
EXPOSED = "ETag, Content-Location, Retry-After, X-Total-Count, X-Export-Rows, X-Index-Generation"
ALLOWED_REQUEST_HEADERS = "If-None-Match, Accept, Accept-Language, Content-Type"
PREFLIGHT_SECONDS = 600
_ORIGIN = re.compile(r"^https?://([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$", re.IGNORECASE)


def parse_origins(text: str) -> list[str]:
    """Origins separated by commas or spaces (`https://catalog.example.edu, http://intranet:8080`);
    ValueError naming the first that is no origin (a path, a missing scheme)."""
    origins = [o.rstrip("/") for o in re.split(r"[\s,]+", text.strip()) if o]
    for origin in origins:
        if origin != ANY and not _ORIGIN.match(origin):
            raise ValueError(f"{origin!r} is not an origin; give scheme://host[:port], such as "
                             "https://catalog.example.edu, or * for every origin")
    return list(dict.fromkeys(o.lower() for o in origins))


def _shared() -> bool:
    return request.path == "/health" or request.path.startswith("/api/")


def add_cors_headers(resp: Response, allowed: list[str]) -> Response:
    if not allowed or not _shared() or request.method not in ("GET", "HEAD", "OPTIONS"):
        return resp
    resp.vary.add("Origin")  # a cache must not give one origin's answer to another
    origin = request.headers.get("Origin", "")
    if ANY not in allowed and origin.lower() not in allowed:
        return resp
    resp.headers["Access-Control-Allow-Origin"] = ANY if ANY in allowed else origin
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        resp.headers["Access-Control-Allow-Methods"] = READ_METHODS
        resp.headers["Access-Control-Allow-Headers"] = ALLOWED_REQUEST_HEADERS
        resp.headers["Access-Control-Max-Age"] = str(PREFLIGHT_SECONDS)
    else:
        resp.headers["Access-Control-Expose-Headers"] = EXPOSED
    return resp
