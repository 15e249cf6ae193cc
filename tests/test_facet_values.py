"""The order a facet panel lists its values in."""
from __future__ import annotations

from conftest import make_record
from index.search import SearchRequest, SearchService
from index.store import IndexWriter


def test_latin_names_with_marked_letters_sort_by_their_bare_letter(tmp_path):
    # before: equal counts by surname came as Myńbaı, Nurlanova, Áıtenov, Äzılhanov, Ómirzaqova: Á, Ä and Ó
    # sorted after Z, as their code points do
    speakers = ["D. Myńbaı", "A. Nurlanova", "M. Áıtenov", "M. Äzılhanov", "Á. Ómirzaqova", "Ö. Yılmaz", "A. Zimmer"]
    with IndexWriter(tmp_path, create=True) as writer:
        for i, name in enumerate(speakers):
            writer.add(make_record(f"k{i}", f"Sessıa {i}", [f"Qazaqstan halqy Assambleıasy {i}"], language="kk",
                                   speakers=[name], persons=[name]))
    svc = SearchService(tmp_path)
    try:
        res = svc.search(SearchRequest("Qazaqstan"))
        listed = [f.value for f in res.facets["speakers"]]
    finally:
        svc.close()
    assert listed == ["M. Áıtenov", "M. Äzılhanov", "D. Myńbaı", "A. Nurlanova", "Á. Ómirzaqova", "Ö. Yılmaz", "A. Zimmer"]
