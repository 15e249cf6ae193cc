"""Lines of a list: a bulleted or numbered item's first line. Text wrapped to a margin does not
tell it apart from running text by its shape: an item that fills its line runs on into the next
one unless its first characters say where it starts."""
from __future__ import annotations

import re

# Marks that only ever open a list item: bullets, also the Symbol and Wingdings bullets that
# PDFs made from Word give as private-use characters.
_BULLET = re.compile(r"[•·▪▫●○◦■□►▶➢➤✓✔♦❖\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s*\S")
# Marks that also occur in running text: a dash (direct speech «— сказал он» wraps onto a line's
# start), a number or letter closing with a bracket or a dot (1) 2. а) б)). They open an item only
# after a line that ends a sentence or an item (; :), where no sentence goes on.
_ORDINAL = re.compile(r"(?:[-–—]|\d{1,2}[).]|[а-яёa-z]\))\s+\S")
_ITEM_BEFORE = re.compile(r"[.!?;:…]$")


def starts_list_item(line: str, before: str) -> bool:
    """Whether ``line``, under the line ``before`` in wrapped text, is the first line of a new
    list item."""
    line = line.lstrip()
    if _BULLET.match(line):
        return True
    return bool(_ORDINAL.match(line)) and bool(_ITEM_BEFORE.search(before.rstrip()))
