"""English words made with a prefix, which English writes hyphenated or glued alike: inter-ethnic and
interethnic, re-election and reelection, co-operation and cooperation, multi-ethnic and multiethnic.
Both spellings meet at the glued word's terms: the index holds them beside a hyphenated word's last
part, and a query for the hyphenated word searches them (index.analysis.expand).

    glued_prefixed(parts) -> "interethnic" | None
"""
from __future__ import annotations

import re

# prefixes English writes with a hyphen or without one; not self-, ex-, vice- (never glued), nor a
# Russian word's parts (a Cyrillic «интер-» compound is one of the rules' own)
PREFIXES = frozenset("""inter intra re co multi non pre post anti pan socio ethno poly trans sub
    counter over under mid""".split())
_LATIN_WORD = re.compile(r"[a-z]{3,}")


def glued_prefixed(parts: list[str]) -> str | None:
    """The glued spelling of a lowercase hyphenated English word of a prefix and a word
    (["inter", "ethnic"] -> "interethnic"), or None for any other word."""
    if len(parts) != 2 or parts[0] not in PREFIXES or not _LATIN_WORD.fullmatch(parts[1]):
        return None
    return parts[0] + parts[1]
