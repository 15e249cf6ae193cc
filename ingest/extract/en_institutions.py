"""English words that end the name of a place or an institution, never a person's.

`the Akmola Region`, `Astana City Hall`, `Abay Avenue`, `Nazarbayev University`: two capitalized
words before a speech verb read like a given name and a surname, and a well-known surname before
one of these words names the university or the museum, not the president.
`Park` is left out: a Korean surname here (Valentina Park). `Hall` is an English surname too
(said Stuart Hall): after a place's word (City Hall) or a word that puts it in a place (the, on,
at) it ends a place's name, elsewhere the person's. `Street` and `Lane` always end a place's: this
archive's streets are named after people (Abay Street, Kabanbay Batyr Street), so a person
surnamed Street (John Street said) is missed rather than every street made a person.
"""
from __future__ import annotations

PLACE_OR_BODY_HEADS = frozenset("""
    region regions oblast district districts city town village province county area hall halls
    avenue street str square boulevard prospect prospekt lane road highway embankment bridge
    garden gardens lake river mountain mountains valley gorge airport station port stadium arena
    ministry ministries akimat akimats maslikhat mazhilis senate parliament government administration
    agency committee department office commission council assembly court prosecutor inspectorate
    university universities institute college academy school schools lyceum gymnasium kindergarten
    library center centre centers centres museum museums theatre theater gallery palace monument
    memorial mausoleum mosque church cathedral hospital clinic hotel company corporation group
    holding bank fund foundation trust association union party movement society club forum
    festival congress embassy consulate service services house family
""".split())

SURNAME_HEADS = frozenset({"hall"})
# words before a name that make `Hall` a place's: the Akmola Hall, at Carnegie Hall
_PLACE_BEFORE = frozenset("the a an this that its their our on at in into along near via".split())


def heads_place_or_body(word: str) -> bool:
    """Whether `word` ends a place's or an institution's name (Region, Avenue, University)."""
    return word.lower() in PLACE_OR_BODY_HEADS


def ends_place_or_body(before: str, first: str, head: str) -> bool:
    """Whether `head`, after the capitalized `first` (and the word `before` it), ends a place's or
    an institution's name: a place's word always; a surname's (Hall) only after a place's word or
    a place's article or preposition (City Hall, at Carnegie Hall; said Stuart Hall is a person)."""
    if head.lower() not in SURNAME_HEADS:
        return heads_place_or_body(head)
    return heads_place_or_body(first) or before.lower() in _PLACE_BEFORE
