"""Write the demo archive's Word sample, samples/2020/protokol-soveta-materei-shymkent.docx, as Word 2016
writes one: [Content_Types].xml first, the document with its Title style, a table, a footnote, a page
break Word recorded, a header (a running head), core and app properties. Deterministic bytes (fixed
ZIP times).

    python bench/make_docx_sample.py
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_parser_docx import (DOCUMENT_RELS, HEADER, NOTES, ROOT_RELS, STYLES, W_NS, WORD_TYPES,  # noqa: E402
                                    cell, core, para, run, table)

PATH = ROOT / "samples" / "2020" / "protokol-soveta-materei-shymkent.docx"
BODY = "".join([
    para(run("Совет матерей Ассамблеи народа Казахстана Туркестанской области")),
    para(run("ПРОТОКОЛ № 4 заседания Совета матерей"), style="a3"),
    para(run("г. Шымкент, 18 сентября 2020 года")),
    para(run("Заседание открыла председатель Совета матерей Гульнара Абдуллаева"),
         '<w:r><w:footnoteReference w:id="1"/></w:r>',
         run(". Она напомнила, что Совет матерей работает при Ассамблее народа Казахстана с 2017 года и объединяет "
             "представителей этнокультурных объединений области.")),
    para(run("Гульнара Абдуллаева сказала: «Наша задача – сохранить в семьях уважение к языкам и традициям всех "
             "народов Казахстана. Каждая мать может стать примером согласия для своих детей»."),
         '<w:r><w:lastRenderedPageBreak/></w:r>'),
    para('<w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve">С отчётом о летней работе выступила Мадина '
         'Рахимова. Волонтёры Совета провели двенадцать встреч с семьями в районах области и собрали помощь '
         'к новому учебному году для ста сорока детей.</w:t></w:r>'),
    table([cell(para(run("Район"))), cell(para(run("Встречи"))), cell(para(run("Семьи")))],
          [cell(para(run("Сайрамский"))), cell(para(run("5"))), cell(para(run("48")))],
          [cell(para(run("Толебийский"))), cell(para(run("4"))), cell(para(run("37")))],
          [cell(para(run("Казыгуртский"))), cell(para(run("3"))), cell(para(run("29")))]),
    para(run("Совет матерей решил провести в октябре семейный фестиваль «Біз біргеміз» и пригласить на него "
             "этнокультурные объединения области.")),
])
FOOTNOTES = NOTES.format(kind="footnote", notes=f'<w:footnote w:id="1">{para("<w:r><w:footnoteRef/></w:r>", run(" Председатель Совета матерей Туркестанской области с 2018 года."))}</w:footnote>').replace("{kind}", "footnote")


def main() -> None:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{BODY}'
                '<w:sectPr><w:headerReference w:type="default" r:id="rId6" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
                '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    parts = [("[Content_Types].xml", WORD_TYPES), ("_rels/.rels", ROOT_RELS), ("word/document.xml", document),
             ("word/_rels/document.xml.rels", DOCUMENT_RELS), ("word/styles.xml", STYLES),
             ("word/footnotes.xml", FOOTNOTES), ("word/header1.xml", HEADER),
             ("docProps/core.xml", core("Документ1", "Абдуллаева Г.", "2020-09-18T11:40:00Z")),
             ("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
              'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
              '<Application>Microsoft Office Word</Application><Pages>2</Pages></Properties>')]
    PATH.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(PATH, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 9, 18, 11, 40, 0)), text, zipfile.ZIP_DEFLATED)
    print(PATH, PATH.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
