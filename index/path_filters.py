"""`file:` and `folder:` filters: a document by the words of its file's name, or by a folder it
lies in, as an archivist of a file share knows it («Итоговый отчёт (окончательный).TXT», the folder
`01_Сессии`). Matched against the paths the index lists for each document (the `files` field's
terms, "doc_id<TAB>path"), read once per generation; no term of the text fields is involved. A
path's folders are those from the ingested root's own name down (`share/01_Сессии`): the folders
above the root (`/tmp`, `/srv`) hold the whole archive and name none of its parts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from index.paths import display_path
from index.schema import FILES_SEPARATOR

# The query's field -> what of a path it looks at
PATH_FIELDS = ("file", "folder")
_WORD = re.compile(r"[^\W_]+")  # letters and digits: `01_Сессии` is 01 and сессии, `отчёт.TXT` отчёт and txt


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


@dataclass
class PathTable:
    """Each document path's file name and folders (folded), with the record it lists."""
    records: np.ndarray  # int64, the document number of each path
    names: list[list[str]]  # the words of each path's file name
    folders: list[list[str]]  # each path's folder names, folded, outermost first

    @classmethod
    def load(cls, postings, live: np.ndarray) -> "PathTable":
        records, names, folders = [], [], []
        # the shortest first: of two nested roots the outer one is the archive's
        roots = sorted({display_path(t).rstrip("/") for t in postings.field_terms("source") if t}, key=len)
        for term, ids in postings.field_terms("files").items():
            ids = ids[(ids < len(live))]
            ids = ids[live[ids]]
            if not len(ids):
                continue
            parts = _from_root(display_path(term.partition(FILES_SEPARATOR)[2]), roots).split("/")
            for record in ids:
                records.append(int(record))
                names.append(_words(parts[-1]))
                folders.append([_fold(p) for p in parts[:-1] if p])
        return cls(np.asarray(records, dtype=np.int64), names, folders)

    def matching(self, field: str, values: list[str], size: int) -> np.ndarray:
        """Per record number, whether one of its paths matches one of `values` (alternatives, as a
        facet's values are): `file:` each typed word the start of a word of the file's name, in any
        case (`file:окончат` finds «(окончательный).TXT»); `folder:` a folder of the path by its
        name, or its words as `file:` takes them, or folders in a row, each so (`folder:2019/Март`)."""
        mask = np.zeros(size, dtype=bool)
        tests = [(_name_test if field == "file" else _folder_test)(value) for value in values]
        for i, record in enumerate(self.records):
            if not mask[record] and any(test(self.names[i], self.folders[i]) for test in tests):
                mask[record] = True
        return mask


def _from_root(path: str, roots: list[str]) -> str:
    """`path` from the name of the first of `roots` it lies in (`share/01_Сессии/x.txt`), or from
    its own folder when it is a root (a file given to ingest); whole when it is in none."""
    for root in roots:
        if path.startswith(root + "/"):
            return root.rpartition("/")[2] + path[len(root):]
        if path == root:
            return "/".join(path.rsplit("/", 2)[-2:])
    return path


def _starts_words(typed: list[str], words: list[str]) -> bool:
    return bool(typed) and all(any(w.startswith(t) for w in words) for t in typed)


def _name_test(value: str):
    typed = _words(value)
    return lambda name, folders: _starts_words(typed, name)


def _folder_test(value: str):
    """Folders in a row (`2019/Совет`), each matched as one folder is: by its whole name, or by the
    starts of its words."""
    tests = [_one_folder(p) for p in value.strip("/").split("/") if p.strip()] or [_one_folder("")]
    n = len(tests)
    return lambda name, folders: any(all(test(f) for test, f in zip(tests, folders[i:i + n]))
                                     for i in range(len(folders) - n + 1))


def _one_folder(value: str):
    whole, typed = _fold(value), _words(value)
    return lambda folder: folder == whole or _starts_words(typed, _words(folder))
