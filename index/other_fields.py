"""Fields of other search engines that this one answers otherwise, named with what does their job
here when a query types one (index.query._check_unknown_fields refuses every unknown field): a
generic list of fields left the reader to guess that `filetype:pdf` is `format:pdf` here.

    other_field_refusal(name, value) -> (sentence, sentence as the web page says it) or None
"""
from __future__ import annotations

# what each kind of field is typed as elsewhere (lowercase)
_FORMAT = frozenset(("filetype", "ext", "mime", "тип", "расширение"))
_PERIOD = frozenset(("before", "after", "since", "until", "daterange", "from", "to", "до", "после"))
# ... those whose year is left out (`before:2020` is up to 2019) or comes after (`after:2020` is from 2021)
_YEAR_BEFORE = frozenset(("before", "until", "до", "to"))
_YEAR_AFTER = frozenset(("after", "после"))
_DATE = frozenset(("date", "дата", "yr"))
_TITLE = frozenset(("intitle", "allintitle", "title", "заголовок", "название", "intext", "allintext", "inbody"))
_AUTHOR = frozenset(("author", "автор"))


def other_field_refusal(name: str, value: str) -> tuple[str, str] | None:
    """The refusal of the unknown field `name` typed with `value` ("" when none), naming this
    search's equivalent, for the API and the command, and for the web page (its date fields); None
    for a field with none."""
    key = name.lower()
    lead = f"Поля «{name}:» нет"
    if key in _FORMAT:
        example = value.lower().lstrip(".")
        example = example if example.isalnum() else "pdf"
        sentence = f"{lead}; формат файла задаёт поле format: (формат:), например format:{example}."
        return sentence, sentence
    if key in _PERIOD or key in _DATE:
        which = "год задаёт поле year: (год:), например year:" + _example_year(key, value)
        return (f"{lead}; {which}, а период — даты from и to (в командной строке --from и --to).",
                f"{lead}; {which}, а период — поля дат «с» и «по» под строкой поиска.")
    if key in _TITLE:
        sentence = (f"{lead}: слова запроса ищутся и в заголовке, и в тексте, а документы, где они в заголовке, "
                    f"стоят выше; уберите «{name}:».")
        return sentence, sentence
    if key in _AUTHOR:
        sentence = (f"{lead}; выступающего задаёт поле speaker: (выступающий:), упомянутого — person: "
                    f"(упоминается:), например speaker:{_quoted(value) or 'Токаев'}.")
        return sentence, sentence
    return None


def _example_year(key: str, value: str) -> str:
    """The year to offer for the field `key` typed with `value`: a bare year typed before a «before» is the first
    one left out, the year before is offered (after «after» the year after); a date's own year, else 2019."""
    if not (value[:4].isdigit() and len(value) >= 4):
        return "2019"
    year = int(value[:4])
    if value.isdigit() and len(value) == 4:
        year += -1 if key in _YEAR_BEFORE else 1 if key in _YEAR_AFTER else 0
    return str(year)


def _quoted(value: str) -> str:
    """`value` as a field takes it: in quotes when it has a space (`speaker:"К.К. Токаев"`)."""
    return f'"{value}"' if " " in value else value
