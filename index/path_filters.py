"""`file:` and `folder:` filters: a document by the words of its file's name, or by a folder it
lies in, as an archivist of a file share knows it («Итоговый отчёт (окончательный).TXT», the folder
`01_Сессии`). Matched against the paths the index lists for each document (the `files` field's
terms, "doc_id<TAB>path"), read once per generation; no term of the text fields is involved. A
path's folders are those from the ingested root's own name down (`share/01_Сессии`): the folders
above the root (`/tmp`, `/srv`) hold the whole archive and name none of its parts.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left

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


class PathTable:
    """Each document path's file name and folders (folded), with the record it lists, and the lookups
    a filter reads: the file names' distinct words in order (a typed word is a range of them), each
    distinct folder name's paths. A value's answer is kept for the generation: a filter costs a few
    lookups, not a pass over every path of the archive (over 100,000 paths a pass took a second,
    under the search's lock)."""

    def __init__(self, records: np.ndarray, names: list[list[str]], folders: list[list[str]]) -> None:
        self.records = records  # int64, the document number of each path
        self.names = names  # the words of each path's file name
        self.folders = folders  # each path's folder names, folded, outermost first
        by_word: dict[str, list[int]] = {}
        for i, words in enumerate(names):
            for w in set(words):
                by_word.setdefault(w, []).append(i)
        self._words = sorted(by_word)
        self._word_paths = [np.asarray(by_word[w], dtype=np.int64) for w in self._words]
        by_folder: dict[str, list[int]] = {}
        for i, chain in enumerate(folders):
            for f in set(chain):
                by_folder.setdefault(f, []).append(i)
        self._folder_paths = {f: np.asarray(ids, dtype=np.int64) for f, ids in by_folder.items()}
        self._answers: dict[tuple[str, str], np.ndarray] = {}

    @classmethod
    def load(cls, postings, live: np.ndarray, recorded_roots: list[str] = ()) -> "PathTable":
        records, names, folders = [], [], []
        # the folders the ingests were given; an index older than that record, each document's
        # folder of its last parse (a copy's or a lone file's is no root of the others). The
        # shortest first: of two nested roots the outer one is the archive's.
        given = recorded_roots or [t for t in postings.field_terms("source") if t]
        roots = sorted({display_path(t).rstrip("/") for t in given}, key=len)
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
        for value in values:
            paths = self._answers.get((field, value))
            if paths is None:
                paths = self._file_paths(value) if field == "file" else self._chain_paths(value)
                if len(self._answers) < _KEPT_ANSWERS:
                    self._answers[field, value] = paths
            records = self.records[paths]
            mask[records[records < size]] = True
        return mask

    def _starting(self, typed: str) -> np.ndarray:
        """The paths with a file-name word starting with `typed`."""
        lo = bisect_left(self._words, typed)
        hi = bisect_left(self._words, typed + "\U0010ffff")
        found = self._word_paths[lo:hi]
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    def _file_paths(self, value: str) -> np.ndarray:
        typed = _words(value)
        if not typed:
            return np.zeros(0, dtype=np.int64)
        return functools.reduce(np.intersect1d, (self._starting(t) for t in typed))

    def _chain_paths(self, value: str) -> np.ndarray:
        tests = [_one_folder(p) for p in value.strip("/").split("/") if p.strip()] or [_one_folder("")]
        # each test over the distinct folder names, not over every path
        matched = [{f for f in self._folder_paths if test(f)} for test in tests]
        if not matched[0]:
            return np.zeros(0, dtype=np.int64)
        first = np.unique(np.concatenate([self._folder_paths[f] for f in matched[0]]))
        if len(tests) == 1:
            return first
        n = len(tests)
        return np.asarray([i for i in first.tolist()
                           if any(all(f in m for f, m in zip(self.folders[i][k:k + n], matched))
                                  for k in range(len(self.folders[i]) - n + 1))], dtype=np.int64)


# the answers a table keeps (a value typed once more is a lookup); past it, values are looked up anew
_KEPT_ANSWERS = 1024


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


def _one_folder(value: str):
    whole, typed = _fold(value), _words(value)
    return lambda folder: folder == whole or _starts_words(typed, _words(folder))
