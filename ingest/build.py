"""Turn a parsed file into the record the index stores: title, passages, date, language, facets."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from index.records import DocumentRecord, PassageRecord
from index.reference_lines import reference_apparatus
from index.sentences import first_sentence
from ingest.amendment_notes import is_amendment_note, split_at_notes
from ingest.extract import Extraction, extract
from ingest.extract.act_number import act_numbers
from ingest.extract.authors import document_author
from ingest.extract.credit_lines import is_credit_line
from ingest.extract.language import passage_language, title_language
from ingest.notes import is_note
from ingest.parallel_rows import parallel_cells
from ingest.parallel_titles import other_half_heading
from ingest.parsers.base import LIST_PAGE, ParsedDocument
from ingest.parsers.capitals import type_cased
from ingest.parsers.normalize import MAX_HEADING_TITLE, cut_at_word, is_bare_dateline
from ingest.parsers.post_lines import has_words
from ingest.parsers.sheets import WORKBOOK_FORMATS
from ingest.passages import Piece, cut_turns, headings_joined, with_starts, wraps_joined

MAX_TITLE_CHARS = 300

# The version of what ingest derives from a file, recorded in each document (DocumentRecord.extraction):
# `stats`, `ingest` and `serve` count the documents an older version derived and tell the operator
# that `ingest --force` refreshes them (an unchanged file is not parsed again). Bump it when a change
# gives a file another record: its text or title, date, language, speakers, persons, topics, the
# passages it is cut into, or their speakers or speech kind (PassageRecord.narrated: a citation's
# «Пересказ»). Not for a change of the schema or analysis (index.schema.SCHEMA_VERSION), nor of the
# aliases or topics files (ingest.vocabulary).
# 1: the first recorded; documents without a version were extracted before it, and count as older.
# 2: a day span's line is no title and «01.03–02.03.2019» dates by its first day; «Ерлан Қариннің
#    айтуынша» names its speaker; acts in official form titled by their name; an article's lone
#    heading cited with the text under it; OCR text: a Latin ë and digits for letters inside
#    Cyrillic words read as letters, a word split by «- » inside a line joined (ingest.parsers.
#    ocr_letters, normalize), people's names read with Latin look-alike letters as Cyrillic;
#    «Карин Ерлан» in a list is Е. Карин, «Астана Опера» no person;
#    the numbers an act is signed with (DocumentRecord.act_numbers).
# 3: Word web pages: footnotes and endnotes kept after the text, their marks, comment marks, symbol
#    bullets and hidden text taken off, dated by <o:Created>, a one-word <title> giving way to the
#    first line; an IE .mht of a framed site read by its frames; a closing «© … Все права защищены»
#    and Joomla's «Последнее обновление» no text; a first line longer than a heading titles by its
#    first sentence. Datelines in Kazakh locative, Kazakh Latin, spans across months or years,
#    `2009.10.26`, «l марта», «1 995 г.», HTML5 <time datetime>; a chronology's entry no dateline;
#    the file's time no longer drops a date the text tells as done. A city of Kazakhstan read as a
#    given name is a place before a surname. A chronology not dated by its entries; a <time> of a
#    comment or an event ahead, an announcement's first sentence, «Начало …», «№ 3» over a month
#    line date nothing.
#    Kazakh in Latin letters gets the topics of its Cyrillic twin (read in Cyrillic for the cues);
#    Kazakh typed without Kazakh letters is kk, «– деди» names its speaker, «А. Казакстан» no person.
#    Stenograms: stenograms: «КИМ Р.А. Құрметті Төраға!» is Ким's turn (no person «Р.А. Құрметті»), a speaker
#    label repeated at page edges is no running line, a member given the floor who never speaks is
#    no speaker, «Благодарю Бекову А.М.» is А.М. Бекова; a plain text's passages carry their page.
# 4: English: a title word is never an initial («said Deputy Chairman Karin» is no «C. Karin»), a long
#    title before the name keeps the speaker, English cues for every topic; Russian typed in Latin
#    letters is ru; a title's paragraph has its own language (a Kazakh heading over a Russian text).
#    Encodings: cp866 tables, UTF-16 HTML without a BOM, a windows-1251 passage inside a UTF-8 line,
#    UTF-8 misread as cp1252, KOI8-U and windows-1251 Ukrainian, Greek/Turkish code pages.
#    A Kazakh genitive/dative/ablative/instrumental on a surname of any shape (Шмидттің, Миллерге)
#    is the surname's person.
# 5: a name written with stress marks (Назарба́ев, from Wikipedia) is a person and a speaker.
#    Patronymics in any case and -қызы/оглы ones, regional adjectives, a post governing a name over
#    the verb after it, and a bare surname after a title resolve to the right person; two initials
#    make a common word a surname (С.К. Бала) (genealogist). A given name and patronymic alone
#    («Құрметті Қасым-Жомарт Кемелұлы!», «Уважаемый Нурсултан Абишевич!») is the aliases file's
#    person with them, or nobody, never «Қ.К. Құрметті»; a PDF heading in large type wrapped at its
#    own leading is one paragraph, its title whole; an undeclined surname joined by «и» to an
#    object (поблагодарили Иванову М.С. и Цой Л.В.) is no speaker, and alone later keeps the
#    person's gender (– сказала Цой) (extract2).
#    A line repeated at the pages' tops that is a piece of a paragraph (under a line of the page's
#    text, or going on with the page before's sentence) stays in its text; a page number centred
#    with many spaces ends a plain-text page.
#    Every form of address (Глубокоуважаемый, Высокочтимый, Қымбатты, Қадірменді, Мәртебелі, from one
#    list) opens a «Name. …» turn as speech and is never a surname; a given name and Kazakh
#    patronymic set off as a vocative («Бауыржан Темірбекұлы, благодарю…») names no surname.
#    Initials at a sentence's end stay with the surname before them («Шмидт А.Ф. Вопросы…»), and a
#    common-word surname keeps its written form (С.К. Бала); a surname first before a given name and
#    a patronymic («Кунаев Динмухамед Ахмедович») or in an oblique case («Кунаеву Ержану») keeps
#    its order; a bare surname after a namesake's own post (депутат, аким) is the namesake's, and
#    a listed Kazakh given name makes a full name with a surname the dictionary reads as a word
#    (Ерлан Токаев); a place's adjective before its noun (Аким Павлодарской области, Алма-Атинской)
#    and a hyphenated city (Усть-Каменогорска) are no surnames (persons2).
#    A column gap between two figures (a tab, two spaces or more, a PDF row's gap between cells) is
#    stored as one tab, not a space: «120 500⇥135 250» was indexed as one figure (numbers2).
#    A running header opening lowercase (a site's name) no longer goes into the text at page breaks;
#    a justified line read in pieces keeps the repeated line under it in its paragraph.
#    A PDF sentence repeated as a paragraph of its own stays where it is a page's first or last line.
#    A browser's address as a PDF's Title («about:blank») gives way to the heading.
#    Byte copies under several names are parsed from one whose name gives a date (ingest.copy_choice):
#    the document is dated by it whichever copy came first (deduplicator).
#    A city's name before a surname in a list («Выступили: Алматы Касымов») is no given name; a surname
#    before its initials with nothing to tell its case keeps its written form (Касымова Г. is hers);
#    capitalised names no longer vote for Kazakh, so Russian news naming people in Kazakh spelling is
#    Russian and keeps its persons (persons3).
# 6: a publication time given in another zone than Kazakhstan's (UTC, Moscow) dates the page by
#    Kazakhstan's day; a placeholder publication date (1970-01-01, 2000-01-01T00:00:00Z) dates nothing;
#    a dateline with a time, weekday, label or paper's issue, or a month or year alone, is no title;
#    nor is a letterhead naming the body over a heading of its own paragraph. A stenogram label with
#    the post after a dash («КАРИН Е.Т. – заместитель Председателя АНК:») is a turn; «ҚР Президенті»,
#    «Президент ҚР» name the head of state as «Президент РК» does.
#    An HTML data table's row is one paragraph of its cells, a tab between two (a passage and a quote
#    per row, not per cell); a date in a table's row is no dateline; a date alone above the headline of
#    an old layout page no longer leaves the site's name as the title; a capitalised cell after a tab
#    opens a sentence for the name and speech rules.
#    any adverb the dictionary knows between a name and its speech verb keeps the speaker («Токаев
#    ранее/сегодня/затем подчеркнул»), not only a listed one.
#    In a dash interview a request by name («– Ерлан Тынымбаевич, расскажите …») and a dash question
#    after an answer are the interviewer's, not the answerer's; a speech's date line ending in «г.» is
#    no sentence of its author's.
#    a table's row is a paragraph of its own, its cells parted by a tab: a plain-text table
#    (tab-separated, fixed-width, drawn in box characters, its borders dropped) and a PDF table,
#    whose wrapped cells are read cell by cell; a name never reaches across a cell, and «Ф.И.О.» is
#    no one's initials (tables-b).
#    a short Korean surname that is also a word (Ан, Нам, Ни) after a given name is a person and a
#    speaker (Олег Нам, Татьяна Ни); «Корё Сарам», «Корё Ильбо» are no person; topics read an
#    abbreviation of the search's list (ЭКО, ЭКЦ, ЭКОО) as its full name (ethnonyms).
#    An abbreviation written with full stops (Т.О.О. Достык, А.Н.К. Жамбылской) is no person's initials.
#    XML is a page only as XHTML: an .xml report with its own <title> is no longer indexed as HTML.
#    topics read an abbreviation's case form (ЭКО-ның, ЭКЦ-ом) as its full name (ethnonyms2).
#    «Корё Сарама», «Корё Сарамов» are no person, nor is «Сарам» a surname before «Виктор Ан» (В. Ан);
#    «Ни Татьяна Викторовна» (surname first, with a patronymic) is Т.В. Ни (ethnonyms2).
#    More datelines are no title (a time first, «| 23:50», a zone in words, a paper in quotes, an
#    issue alone, an edit's label, a span of years), nor are more letterheads (administration, agency,
#    House of Friendship, КГУ, «Қоғамдық келісім», a contact line under the name), in HTML too (titles).
#    a passage cut from a paragraph running across a page break (a long stenogram turn, PDF or
#    paged plain text) carries the page its own text starts on, not the paragraph's first (navigator).
#    A stanza (txt block, a web page's <br> lines, a PDF's lines a line's pitch apart) is one passage with
#    its line breaks kept, and a hard-wrapped text is judged without its verse, so a poem in a typed report
#    no longer cuts the prose into a passage a line (poetry); a poem a transcript's speaker announces with
#    a colon is her reading.
#    justified plain-text prose is no table (its sentences whole again, a spread figure «18   500» one
#    figure); a fixed-width row's label wrapped above its figures is the row's first cell; a PDF
#    bordered table is read row by row whatever its columns' widths, and a label wrapped at its left
#    edge beside one line of figures is read whole before them; an HTML header cell of «№» alone is
#    kept; «15.03.2005 | Тараз» and «[15.03.2005]» are bare datelines, no title; under a «Фамилия | Имя |
#    Отчество» header a name's cells are one cell, so the name is a person (tables2).
#    an abbreviation in capitals after a given name is no surname: «Аким ЮКО Бейбут Атамкулов» is
#    Б. Атамкулов, no «А. ЮКО» (acronyms2).
#    topics read an abbreviation with a Kazakh plural or possessive (ЭКО-лардың, ЖОО-лары, ҚРдың) as
#    its full name (acronyms2).
#    a title of the aliases file written as listed is in the nominative: «…», – деді ҚР Президенті.
#    names the head of state as the quote's speaker (acronyms2).
#    a dash interview's turns alternate: a short remark after an answer is the interviewer's, «?» or
#    not («– Говорят, что…», «– Спасибо за интервью.»), and the next dash paragraph answers (speech2).
#    A stenogram label with the post after a comma («САРСЕНБАЕВ А.М., депутат Мажилиса:») is a turn, and
#    a label alone on its line or paragraph joins the passage of its speaker's words (speech2).
#    A phrase of setting between a name and its speech verb («Токаев на заседании / в Послании народу
#    заявил») keeps the speaker (speech2).
#    A date line with the venue after the city («Астана, Акорда, 29 апреля 2022 г.») is a bare dateline:
#    no title and no quote of a speech's author (speech2).
#    «Она процитировала Главу государства К.К. Токаева» names К.К. Токаев, no woman К.К. Токаева
#    (a title in an oblique case, or a pronoun subject before the verb) (speech2).
#    A protocol's section heads (СЛУШАЛИ:, ПОСТАНОВИЛИ:, ҚАУЛЫ ЕТТІ: …) end a turn and an agenda item «Карин
#    Е.Т., …: о плане…» is nobody's; «Карин Е.Т., выступая…, отметил:» in a stenogram is nobody's line and
#    the words under it his (speech3).
#    a Kazakh given name the dictionary reads only as a Russian name's plural genitive follows its
#    surname: «Байжанова Гульнар» (a «Фамилия | Имя» table too) is Г. Байжанова, no «Б. Гульнар» (tables3).
#    a table's empty cell (HTML, between bars, or between tabs under a filled column) stays an empty
#    cell, so the figures after it keep their columns: «украинский⇥⇥91» (tables3).
#    more date rows are bare datelines, no title: «15.03.2005 / Тараз», «(15.03.2005)», «15.03.2005 г.
#    Тараз», «15.03.2005 | Жамбылская область», «15.03.2005 — Тараз» (tables3).
#    A PDF paragraph ends at a gap of 1.3 line pitches (was 1.45) and, in a transcript, at a speaker's
#    label after a sentence's end, however full the line above: turns no longer join the previous (navigator2).
#    A PDF page opening with a bracket or a quote before a lowercase word («(метка …») goes on with the paragraph
#    the page before broke off (navigator2).
#    A paper's masthead with no date («Газета «Дружба»», «"Казахстанская правда" № 108 (28921)») is no
#    title; a poet's name closing a plain-text stanza is a paragraph of its own, not verse (misc).
#    A letterhead with an address opening with its city or postcode, «е-mail», up to two contact lines,
#    the name and address in one HTML block, a Малая ассамблея, «Қарағанды облысының Достық үйі» is no
#    title; nor a dateline with «(UTC+5)», «23:50 (Астана уақыты),», «№45 (1234) от …» or two labelled
#    dates parted by a bar (titles2).
#    a letterhead's contact line may be a Kazakh street «к-сі», the country before the postcode, the
#    city alone or a social network's line (final retest).
#    «Дата обновления:», «Дата изменения:» are edit labels as «Обновлено:» is (final retest).
#    a dash interview's lead «Интервью с … Ерланом Кариным.» names the one who answers, as its title may.
# 7: (session 23)
#    Kazakh narration's full names are persons (Айгүл Сейітқали, Серікболұлы Бақыт); a capitalised word
#    before «given name + -ұлы surname» is no surname (Кандас Жанарбек Ахметжанулы is Ж. Ахметжанулы);
#    a Latin spelling in brackets keeps the speaker and is no person; «Серикболын Бакыт» is С. Бакыт
#    an honorific inside a name («Наурызбай кажы Таганулы», «Ержан қажы Малғаждарұлы», «kazhy») is skipped:
#    the name is a person and a speaker (religion).
#    English church titles (Metropolitan, Pope, Rabbi …) are no initials; «Chief Rabbi of Kazakhstan Yeshaya Cohen»
#    is a person (religion).
#    a Russian dative of an unknown surname after a given name in -е is its nominative («Ешае Когену»: Е. Коген;
#    «Томашу Пэте»: Т. Пэта) (religion).
#    a saint after a church or icon dedicated to him, Christ, an epithet (Римский, Чудотворец) are no persons (religion).
#    a city's name with a surname's ending after a title and a given name is the surname («митрополит Александр
#    Могилёв»); clergy titles (владыка, протоиерей, раввин …) are titles (religion).
#    one hint (weight 1) alone, however often, gives no topic that has weightier cues («новый политический курс»
#    is no education); two kinds of hints do (учитель, урок; мұғалім, сабақ) (programmes retest).
#    PDF lines in the Arabic script in reading order, presentation forms folded to letters in every
#    format, a flush-right Arabic paragraph no longer glued to the next (ingest.parsers.pdf_rtl).
#    the topic «кандасы и диаспора» (кандас, оралман, қандас, diaspora) in topics.txt.
#    a topic «религия и межконфессиональный диалог» (faiths, clergy, mosques and churches, ДУМК, Рамадан);
#    ДУМК, ҚМДБ, РПЦ, SAMK read as their full names in topics (religion).
#    a dedication is a genitive name: «настоятель храма Александр Ковалёв», «от имени Ерлана Карина» are
#    persons; «преподобного Сергия Радонежского» is no person without a church (religion retest).
#    a topic that matched a decisive cue the best topic shares stays beside it whatever its share of the
#    best score (межконфессиональное согласие beside религия) (religion retest).
#    Kazakh narration: an unlisted given name before -ұлы/-ов is a person's; Жаңа Қазақстан, Нұр Отан,
#    a holiday after a surname (Құрбан айт) no person; a capitalised Kazakh/Kazhy honorific skipped.
#    a wrapped Arabic-script PDF paragraph is its own, its last line right to left also with a Latin address in it,
#    a phone number's figures in reading order (diaspora2).
#    a speaker's initials (С., К., И., В.) are no Russian words in a passage's language: a Kazakh turn is kk (diaspora2).
#    a name's spelling with a city, a city alone or square brackets between the name and its verb keep the speaker (diaspora2).
#    «Председатель – Е.Қ. Қайратұлы. Уважаемые коллеги…» is the chair's turn (diaspora2).
#    a Mongolian father's name no dictionary knows (Хурметбекийн, Доржийн, Батын Ербол) is the father's: Х. Ербол (diaspora2).
#    «казахи Монголии», «Қытай қазақтары» and the like are cues of «кандасы и диаспора» (diaspora2).
#    surnames that read like a saint's epithet (Победоносцев, Чудотворцев, Андрей Римский) are persons; «Кажы Таганулы»
#    and «КАЖЫ» make no «К. Таганулы»; межрелигиозный is a cue of the accord topic (religion3).
#    a name whose given name is only in an oblique case is no speaker («поблагодарили Томаша Пэту»); the
#    accusative, genitive and instrumental of a surname the dictionary lacks (Пэту, Пэты, Пэтой, Цою, Гарсии) are its
#    nominative's after a given name in that case (oblique).
#    a Kazakh paper's name ending in a possessive (Ана Тілі, Орал Өңірі) is no person, nor is a кандас,
#    оралман, әкім, әнші, ағай or a city before a surname a given name (kazakh-names2).
#    «Қытайдағы қазақтар», «Kazakhs of Mongolia», «Mongolian Kazakhs» are cues of «кандасы и диаспора» (kazakh-names2).
#    a short passage with no Russian word («Құрметті әріптестер, отырысты бастаймыз.») is kk (kazakh-names2).
#    «(г. Стамбул)», «(…; Стамбул, Турция)», «(65 лет)», «(председатель фонда)» after a name keep its speaker (kazakh-names2).
#    everyone a paragraph's words are given to (an interview's answerer) is a speaker of the document (biographer).
#    a PDF line of Arabic-Indic figures alone (a year, a page number) no longer drops its page (review-ingest).
#    «Алтын Пак», «Нур Ахмед» in Russian text are persons again: a given name before a known surname (review-ingest).
#    a Georgian surname in -дзе stays as written in the dative («Давиду Гогоберидзе»: Д. Гогоберидзе) (review-ingest).
#    an honorific moves before a name only after a given name or before a surname («Льва Толстого Хаджи Мурат»:
#    no «М. Толстый») (review-ingest).
#    an interview's byline (Беседовала …, Интервью вела …, Сұхбаттасқан …) names no answerer; «Interview with …»
#    names one; «с Ерланом Кариным и Гульмирой Тугжановой» names both, the answers neither's (biographer2).
#    the hajji's honorific moves before a declined surname too (Тағанұлымен, Оразовпен, Ораловым) (sweep).
#    an aliases variant with initials written surname first or spaced («Ибраева Г. С.») merges the mention (configurator2).
# 8: (session 24)
#    a plain-text book's pages counted after cleaning (a footnote mark no longer moved later
#    paragraphs to the page before); its chapter's running headers and Roman page numbers left out.
#    a plain-text transcript with a timestamp opening its lines («[00:12:31] …», «00:00:01 …», YouTube's «0:04» on
#    its own line) loses the stamps and runs its lines into paragraphs, split at a label, a dash, a sound cue
#    («[АПЛОДИСМЕНТЫ]» as «(Аплодисменты)») and a long pause; a label after a dialogue dash or a timestamp names its
#    speaker, and so does a surname alone («КАРИН:», «Тоқаев:») in a document with two such turns (subtitles-transcripts).
#    Belarusian windows-1251 keeps its ў (was read as kz1048's ұ); Polish windows-1250 is read, not refused;
#    the community papers' datelines (Ukrainian, Belarusian, Polish, German, Uzbek, Azerbaijani months) date
#    their documents and are split from the title (ml-encoding-language).
#    a document (and passage) in a community paper's language is uk, be, tt, ug, de, pl, uz or az, no longer kk or en;
#    an HTML page's lang="de" settles a short text; a Ukrainian text's persons are read by Russian's rules
#    (ml-encoding-language).
#    a Korean three-part name is its surname and two initials («Ким Ен Гун»: Е.Г. Ким, no «К. Ен»); a surname in
#    -ович/-евич after a woman's name or a man's after his post is a surname (О. Богданович, П. Лукашевич); a
#    Ukrainian case of an -енко surname is its nominative («Тараса Шевченка»: Т. Шевченко) (ml-names).
#    «— отметил председатель ОО «Немецкий национальный центр «Возрождение»» А.Ф. Шмидт»: a name nesting quotes
#    in its «…» no longer hides the speaker after it (org-quotes).
#    a city's case form or a region's Kazakh name after «области» before a name is no part of it («аким Астаны
#    Жанис Касымбек» is Ж. Касымбек, «аким Талдыкоргана Ерлан Ахметов» Е. Ахметов, «области Ұлытау Дастан
#    Рыспеков» Д. Рыспеков); Абылкаир is a listed given name (regions-akims).
#    subtitles (.srt, .vtt, also saved as .txt) are read by their own parser: cue numbers, timings, headers, notes and
#    tags are no text, cues run on in paragraphs with their speakers' labels, titled by the file's name; a bracketed
#    sound cue («[АПЛОДИСМЕНТЫ]») is a stage direction «(Аплодисменты)», in text files too (subtitles).
#    a title «Ассамблея народа Казахстана: история и современность» is no letterhead over «Монография»; a book's
#    bibliography entries, footnotes citing a source and name index rows are no passages; a book's prose lines
#    opening with capitals are no stanza; «Кадырова Г.Т. Полиэтничность …» makes no «Г.Т. Полиэтничность» (book).
#    Telegram Desktop exports (messages.html, result.json) read by their own parser: the channel's name as title,
#    each post's text a paragraph, no initials, times, senders, reactions or service lines, dated by the latest post;
#    a post's line of emoji or hashtags, Facebook's «… в 14:05 ·» and «Sender, [27.11.2026 09:12]» no title (the last
#    two datelines); a text of emoji alone is empty (social-telegram).
#    a head of state's dated title inside an institution's name (Администрации Президента РК, при Президенте) names no person
#    the culture topic's cues name the associations (национальный культурный центр, қауымдастық, Сабантуй), and
#    topics read the new legal-form abbreviations (ОЮЛ, РОО, ОФ...) as their full names.
#    an organisation's name in „…“, “…” or straight "…" is read as in «…»: its words name nobody (ТОО „Ерлан Строй“
#    no «Е. Строй») and the speaker after it keeps his words (ОО "Татарский центр" А.А. Ахметов) (org2).
#    topics read the Kazakh legal forms (ЗТБ, ҚБ, РҚБ, ҚҚ, КММ, РММ, ЖШС) as their full names too (org2).
#    a person an organisation is named after («Фонд имени Абая Кунанбаева», «центр имени Габдуллы Тукая») is a person.
#    an act with no name under its header is titled by its kind and issuer, not by its dateline (awards-names).
#    the community papers' own speech verbs make speakers (Ukrainian «сказав», Belarusian «сказаў», Polish
#    «powiedział», German «sagte»); Ukrainian and Belarusian given names (Андрій, Марія, Івану) are given names; a
#    Belarusian nominative in -енка stays as written (А. Каваленка, not «А. Каваленко») (ml2-names).
#    a given name the dictionary reads as a noun (Канат, Алмаз) is one before a patronymic; Kazakh narration reads
#    dictionary and short Korean surnames (Анна Ким, Игорь Ковальский) and Ирина-like given names; the posts of a list
#    of people count for no topic (awards-names).
#    a subtitle's label or voice names its speaker alone and in the first cue, and its label is no quote; a dash
#    with no label ends the turn; a cue's timing starts a cue with no blank line before it; a timestamped
#    transcript's long pause ends a reported speaker's words, «SPEAKER_01:» starts a paragraph and is no text,
#    and one with no heading is titled by its file's name (subtitles2).
#    a Telegram post's paragraph opens with its day and time, «01.03.2026 10:00» (index.post_times: no term) (social2).
#    a Telegram text link's address follows its word: «Толығырақ (https://assembly.kz/kk/news/forum)» (social2).
#    a whole-account Telegram export («Export Telegram data») of one chat is read as that chat's (social2).
#    a plain text's line of hashtags or emoji alone is a paragraph of its own; a title is the first line with words
#    under any number of such lines, and a web address alone names nothing (social2).
#    a Telegram post's poll (question, answers), attached file's name and signature are its words; a group chat's
#    sender opens the post's text («Айгуль Серикбаева: …») (social2).
#    a book's endnotes («[12] …»), «Там же»/«Указ. соч.» notes, Kazakh entries («— 220 б.»), an entry's wrapped
#    tail («— 318 с.») and index rows with a dash, leaders or «и сл.» are no passages; a lone row of figures is one;
#    a book is dated by its imprint's year, not by the first date its chapters mention (book2).
#    a plain-text book's Roman page numbers between dashes or brackets («— iii —», «- iv -») are left out (book2).
#    GOST's «Кадырова, Г.Т. Title / Г.Т. Кадырова.» and a Latin «Kadyrova G.T. Title» name their author only, a woman (book2).
#    a plain-text book's title wrapped onto two lines under a letterhead, or the body's own name under it, titles it (book2).
#    a short Ukrainian text whose ї stands in capitalised words only, Uzbek with q, oʻ and «dedi» beside its «va»,
#    «bilan», and Uyghur without җ are uk, uz and ug, no longer kk or ru (ml2-lang).
#    Uzbek datelines with the year first or an ordinal day («2020-yil 1-sentabr», «1-sentabr 2020-yil», «9 sentabr
#    2020 yil»), Tatar («2020 елның 25 апреле») and Uyghur («2021-жил 14-июнь») ones date their documents and are
#    split from the title (ml2-lang).
#    Uzbek speech verbs (dedi, aytdi, taʼkidladi, soʻzladi) make speakers, as «dedi» did while Uzbek was read as Kazakh
#    (ml2-lang).
#    a woman after her organisation's name in „…“ or "…" keeps her words and her feminine surname (Б.Б. Галиева, not
#    «Б.Б. Галиев»); a Kazakh company's quoted name with its legal form («Марат Оспанов» ЖШС) names no person (org3).
#    a list's row is read surname first: «Сәрсенбаев Ерлан Қайратұлы – …» is Е.Қ. Сәрсенбаев (no «Е. Қайратұлы»),
#    «АБДРАХМАНОВ Серик Кайратович» С.К. Абдрахманов, «Вольфа Эриха Иоганновича» Э.И. Вольф (no «В. Эрих»); a -ұлы/-қызы
#    surname does not decline in Russian («Бекболатұлы Ержана»: Е.Б. Бекболатұлы, no «Бекболатұла») (awards-lists).
#    an akim's town on no list is no part of his name («аким Жанаозена Ерлан Ахметов»: Е. Ахметов), nor is «Аким»
#    opening a headline before a town or a Kazakh name («Аким Алматы Бауыржан Байбек»: Б. Байбек) (regions2).
#    a Russian patronymic in Kazakh text is read as in Russian: «Петрова Людмила Викторовна – …», «Людмила Викторовна
#    Петрова» are Л.В. Петрова (no «Л. Викторов»); a numbered row after a semicolon opens a row; a Kazakh act's header
#    in capitals is titled «… Төрағасының өкімі», no «… төрағасының Өкімі» (awards2).
#    a subtitle file's recognizer labels («[SPEAKER_00]:», «SPEAKER_00:», <v SPEAKER_00>) start unnamed turns and are
#    no text (subtitles3).
#    a label with a post before the name («Заместитель председателя М. Азильханов:», «Спикер Мажилиса Е. Кошанов:»)
#    names that person and starts his turn, also among a recognizer's numbered turns (subtitles3).
#    a timestamped transcript whose stamps have seconds, all on five («[00:01:10]»), is read as one (subtitles3).
#    a book or long report is not dated by a work it cites (in brackets, a note «1 …», an entry opening with its author)
#    nor by a table's «City YEAR» rows; a long text with no book's marks only by its own title page or © (book3).
#    a book's archival notes («[2] ЦГА РК. Ф. 5. Оп. 1. Д. 311. Л. 3.») and an entry's tail opening with its year
#    («2016. — 154 с.») are no passages to quote (book3).
#    a plain-text book's Roman page numbers between dots or after «стр.» («· iii ·», «стр. iv») are left out (book3).
#    a short Ukrainian item with і but no ї є ґ (відзначила, травня) is uk, no longer ru or kk, so its «сказав» counts (ml3).
#    a Latin given name with Uzbek's oʻ gʻ in U+02BB or a curly apostrophe (Oʻlmas, Gʻayrat) is a given name (ml3).
#    a woman's name before a surname with no woman's form (Ольга Литвин) makes her its undeclined bearer and a
#    speaker; a name after a sentence ending in «свято.» is no saint's (ml3).
#    a Uyghur dateline with the day first («14-июнь 2021-жил») dates its document (ml3).
#    a Ukrainian or Belarusian sentence is no Kazakh one by its і alone, so its names are read (Міхась Лынькоў і …) (ml3).
#    a two-sentence Uyghur item without its own words (ә ө, no ұ і) is ug, a one-line Uzbek one with oʻ uz (ml3).
#    a Kazakh sentence's first word is no given name before a surname, given name and patronymic («Жиынға Петрова
#    Людмила Викторовна қатысты», «Медальді Кузнецов Андрей Павлович алды»: Л.В. Петрова, А.П. Кузнецов, no «М.
#    Кузнецов», no «А. Павлович») (awards3).
#    an akim named surname first with a patronymic in an oblique case («акима Ахметова Ерлана Бекетовича») is the
#    person again, not a town before his given name; «Аким» opening a sentence before a name written surname first
#    («Аким Ахметов Ерлан Бекетович») or a listed city («Аким Алматы Байбек») is the post, no given name (regions3).
#    Uzbek's oʻ gʻ typed with ‘ or ` is read as its ʻ in names: «Shavkat Yo‘ldoshev» is S. Yoʻldoshev, not «S. Yo»,
#    and «O‘lmas», «G‘ayrat» are given names (ml4).
#    a label's post may hold «и» or a preposition and up to ten words before initials and a surname («Министр культуры
#    и информации А. Балаева:» is hers, in the nominative, not Карин's; its line is a turn of its own) (subtitles4).
#    a recognizer's label after a dialogue dash («- [SPEAKER_00]: …») or bracketed with no colon («[SPEAKER_02] …»)
#    starts an unnamed turn and is no text (subtitles4).
#    a name before атындағы (named after) is no speech verb's subject: «…», – деді Марат Оспанов атындағы мектеп
#    директоры Г.Г. Сапаров. is Г.Г. Сапаров's, М. Оспанов stays a person (org4).
#    a Ukrainian or Belarusian word the Russian dictionary lacks is a given name only by the community list or
#    before a known surname: «День Незалежності України», «Вершы Янкі Купалы» name nobody (ml5).
# 9: (session 25)
#    Word (DOCX) and OpenDocument (ODT) files are read (ingest.parsers.docx, odt): text, pages, title, dates (docx).
#    an interview's labelled question («Корр.:», «Вопрос:», «Тілші:», «Сұрақ:», «Q:») is the interviewer's, ends the
#    answer's turn before it, and the paragraph after it answers (with a dash or none); «A:» answers as «Ответ:»
#    does; an HTML paragraph all in bold that asks is a question as a dash one is, where a page has two (interviews).
#    a law or a decree longer than 15 paragraphs is dated by its signature's place and date («Астана, Акорда, 20
#    октября 2008 года» over «№ 70-IV ЗРК»), not by the first act it cites or an amendment note; an HTML page keeps
#    the lines between its heading and its text when they stand in a block apart (adilet's «Закон Республики
#    Казахстан от … № 70-IV.»); an approval stamp on one line or in <br> lines, an «от … № N» line under the act's
#    kind and a Kazakh act's «№ 70-IV ҚРЗ» give the act's number (legal-a).
#    persons: a capitals label «МЫНБАЙ Д.:» names its speaker; a listed given name the dictionary reads as a
#    place (Дархан) before an unknown surname; a signer after «С уважением,» or under a wrapped post in the
#    nominative; no person for «Құрметті Ермек Боранбайұлы!» or a question's «Юрий Александрович, …?»;
#    English «Zh. Tuimebayev» and «Executor: Kim E.»
#    A protocol's records are their persons' turns: under СЛУШАЛИ:/ТЫҢДАЛДЫ: the one heard (named in the
#    accusative too: «Тугжанова Е.Л. – … Он сообщил» is Е.Л. Тугжанов, «Искакову Б.Т.» Б.Т. Искакова), under
#    ВЫСТУПИЛИ: each «Ким Р.А. – предложил…» and a list of names; «X открыл заседание и сказал» names X (protocols-a).
#    a journalist's byline under the last labelled answer («Беседовал …», «Материал подготовила …», «Сұхбаттасқан …»,
#    «Interviewed by …») ends the answer's turn and is nobody's words (interviews).
#    an interview's answer quoting a third person keeps its sentences around the quote the answerer's, and what it
#    reports someone unnamed said («учительница сказала мне: «…»») is nobody's (interviews).
#    a dated title names the holder on the date its mention carries («Указом Президента РК от 7 сентября 2016 года» is
#    Н.А. Назарбаев in a 2019 decision), else on the document's; an act's editor's note on an amendment («Статья 5-1
#    дополнена Законом РК от …», «Сноска. …», «Ескерту. …») is no passage (president).
#    a Word, ODT or RTF paragraph all in bold (w:b or a bold style, fo:font-weight, \b) sets off an interview's
#    question as an HTML one does (office-followups).
#    a letter or memo is titled by its subject line («О …»), else its body's first sentence, not by its letterhead,
#    registration lines («Исх. № …», «На № …», «Вх. № …»), addressee or type («СЛУЖЕБНАЯ ЗАПИСКА»); a protocol's header
#    row «г. Туркестан   18 сентября 2022 года» (no comma) is a bare dateline, in a PDF no part of the title (titles).
#    a letter is dated by its own «Исх. № … от …» (Шығ. №, Ref. No.) line wherever it stands, never by the answered
#    letter's «На № … от …» or a registry's «Вх. №» stamp; the first date the text mentions skips another paper's (a
#    cited act's «Указа … от …», an amendment's) and puts a deadline («до», «в срок до», «дейін») or a stamp last, after
#    an own day's label anywhere («Протокол составлен …», «Дата проведения: …») (dates-b).
#    a labelled answer («Ответ:», «Ш. Юсупов:») and a dash answer opening with a quote give a third person his quote
#    and keep the rest the answerer's; a Kazakh quote's words end with the sentence attributing them («…», – деп
#    айтқан болатын.) unless «Ол … атап өтті» goes on; an HTML paragraph all in italics sets off a question as bold
#    does (interviews2).
#    an editor's amendment note joined into a paragraph («…; 3) исключен Указом … № 145.», «… 2.3. Исключен решением
#    … № 3.») is a passage of its own, never quoted (ingest.amendment_notes.split_at_notes) (legal3).
#    a Kazakh adilet copy's «… 2008 жылғы 20 қазандағы № 70-IV Заңы.» line, a Kazakh stamp («… № 333 Жарлығымен /
#    бекітілген», «… қаулысына 1-қосымша») and a decree's signature above its annex give the act's number; the name
#    under a Kazakh stamp is the title; a signature's date over a portal's «Опубликован: …» line dates the act (legal2).
#    RTF drops the deleted text of tracked changes (\deleted) as it drops hidden text (office-a).
#    ODT: a drawing shape's text (draw:custom-shape, rect, g …) follows its anchor paragraph, not glued into it (office-a).
#    a .doc that is plain text (1990s cp866/windows-1251) is read as text instead of skipped (office-a).
#    a Word, ODT or RTF protocol's header table of one row, city and date («г. Астана» | «15 марта 2019 года»), is its
#    dateline; a header row city | number | date («г. Астана   № 3   15.03.2019») is one too, no part of a PDF's title
#    (protocols2).
#    a line opening with a name, its initials and a dash («Тен Н.В. – о форуме …») or a numbered decision «1.2.» after a
#    sentence's end starts a paragraph in hard-wrapped text and PDFs, so verbless records stay each their speaker's;
#    in Kazakh text a short Korean surname before initials (Ким Р.А., Тен Н.В.) and any surname opening a protocol's
#    record («Шмидт А.Ф. – …») are persons (protocols2).
#    a numeric date with a «г.» glued to its year («от 15.04.19г.», «15.04.2019г.») is a dateline's date; a
#    registration line with the label for its sign («Исх. 01-12/446 от …», «Our Ref.: 01-19/2048») is one: such
#    lines date a letter by its own number and are no title; a letter's registration number is no act's number,
#    and an act's number with a slash is kept whole («45/389», not «389»), a Kazakh «№ 5-ө» read (corr2).
#    persons: a capitals label after its initials «Д. МЫНБАЙ:» and a bare «ТУЯКБАЙ:» name their speakers; a -бай
#    surname after a listed given name in an oblique case («с Дарханом Мынбаем», «Дархану Мынбаю») and after a given
#    name in Kazakh («Қайрат Ермекбай атап өтті»); a signer after «И.о.», «Врио», «За» in the nominative (А. Сапарина);
#    a Kazakh executor «Орынд.: Сәрсенова Ә.»; a Kazakh subject «… туралы» naming a body is the letter's title (names2).
#    a Word or ODT minutes' «ПРОТОКОЛ № 4» over «заседания Совета …» is one title; a Title property the first page
#    does not show (another year, a template's) gives way to its heading; a data table's row («Глубокое⇥450») is a
#    passage, never a name index's row (office-b).
#    An order's adilet line followed by its registration («… № 64. Зарегистрирован в Министерстве юстиции … № 20110.»,
#    «… болып тіркелді.») and a Kazakh law's «№ 94-VII ҚРЗ Заңы.» give the act's number; an act's name on the line
#    right under its kind and issuer, or in quotes, is in its title; a Kazakh signature in capitals («С. АХМЕТОВ») is
#    a person as a sentence writes him (legal4).
#    a parallel text's table row (Kazakh | Russian cells) is a passage per cell in its own language; a Russian
#    or Kazakh text's English sentences are read by English's rules («“…,” Y. Koshanov said.» names its speaker)
#    and a short English line is en; a Kazakh heading in capitals and a dateline «Астана, 2019 жылғы 15 наурыз»
#    are kk, a Russian passage with no function word in a Kazakh document ru; a bilingual text opening with a
#    sentence is titled by its other half's heading (bilingual-b).
#    an answer opening with an unnamed person's quote («– «…», – сказал Президент.», «Ответ: «…», – говорила моя
#    мать.») leaves no dash or label alone as the answerer's passage; bold or italic question subheadings make an
#    interview only where one addresses someone by name or the title, lead or a byline says it is one; «Аким Мурат
#    Айтенов» opening a sentence is М. Айтенов, no «А. Айтенов»; «с Тоомасом Каском» is Т. Каск, no «Т. Каский»
#    (interviews3).
#    A protocol's header row with its number after the date («г. Астана | 15 марта 2019 года | № 3») is a bare dateline,
#    no part of a PDF's title; a short typed protocol's record or decision wrapped onto a second line is one paragraph,
#    and records of a surname alone («Тен – поддержала …») stay apart; a signature under ВЫСТУПИЛИ:'s records is no
#    speaker; a surname listed with initials beside another name («Қатысқандар: Югай С.П., …») is a Kazakh text's person
#    (protocols3).
#    persons: a capitals -бай label with a role or region before its colon («Д. МЫНБАЙ, депутат Мажилиса:», «МЫНБАЙ
#    Д.К. (Павлодарская область):») names its speaker; a father's name and «қызы»/«ұлы» apart («ЕСЕНБАЙ ҚЫЗЫ А.:»,
#    «А. Есенбай қызы») is one surname, А. Есенбайқызы, and the word alone no «А. Қызы»; a -бай surname in the Kazakh
#    genitive before a possessed noun («Қайрат Ермекбайдың баяндамасы») or accusative («Тойшыбайды») is a person (names3).
#    a Word, ODT or RTF letter's head table row, its registration block beside the addressee («Исх. № … от …» |
#    «Акиму …», «15.04.2019» | «№ 01-12/460»), dates the letter as lines of their own; a register of letters does
#    not (corr3).
#    a document's language vote leaves out the sentences of names alone (an addressee, a signature, «Құрметпен,»)
#    and reads a line in capitals by its words: a short Kazakh letter with an «Орындаушы: …, тел. …» line is kk (corr3).
#    persons: an English signature «Kassymova Sh.» (a two-letter initial after the surname) is Sh. Kassymova (corr3).
#    a registration line with a plain number after a Russian or Kazakh label («Вх. 1234 от …», «Исх. 430 от …») or
#    «от» glued to its date («Исх.№01-12/472 от15.04.2019г.») is no title; the outgoing one dates the letter, a
#    registry stamp's never does (corr3).
#    a Word or ODT heading that opens a part («1. Общие положения», «Введение») or stands under the text's own opening
#    lines names no document: the Title property or the opening line does; a Title sharing no word with the heading
#    stands (office2).
#    a letter under a Kazakh letterhead whose second line is the body's kind alone («ХАТШЫЛЫҒЫ»), or opening with its
#    addressee («Акимам областей», «Облыстар әкімдеріне»: the letterhead in Word's dropped page header), is titled by
#    its subject line (office2).
#    plain text named .dot, .wps or .wri is read as text, as a .doc is (office2).
#    an act's name under its header in typewriter or curly quotes is its title's name in «» ("О Концепции …"), and one
#    in capitals is written in small letters, its state bodies and document kinds capitalised; an adilet number line
#    that goes on with the paper it was published in («… № 157-VII ЗРК. «Казахстанская правда» … № 213.») numbers
#    the act (legal5).
#    a Word/ODT/RTF protocol's header row dates it in any order of its cells («15 марта 2019 года | г. Астана | № 3»),
#    with the hour («…, 10.00 ч.»), in Kazakh («Астана қаласы | 2021 жылғы 12 қазан») and over a row of the hour and
#    venue; a schedule's dated rows (two or more table rows) date nothing, not even as the text's mentions (tables).
#    a letter saved as a web page from Word's letter template is dated by its head row's registration block, as its
#    DOCX is (tables).
#    plain text whose lines wrap no sentence is not hard-wrapped: a short letter's «To: …» and signer lines stay apart,
#    and a letterhead wrapped onto lines of its own («СЕКРЕТАРИАТ» / «АССАМБЛЕИ НАРОДА КАЗАХСТАНА») is its head (corr4).
#    sentences mostly in Latin letters do not vote in a Cyrillic text's language (Kazakh news with an English summary
#    is kk); «ж.» and наурыз, мамыр, маусым, тамыз make a short Kazakh dateline kk (bilingual2).
#    act_numbers: an act's header whose kind is in capitals («РЕШЕНИЕ МАСЛИХАТА … от … № 45/389», its lines joined) and
#    a Kazakh act's kind first («ЖАРЛЫҚ / … ПРЕЗИДЕНТІНІҢ / 2020 жылғы 5 наурыз № 12-ө») give the act's number (review1).
#    a letter under a regional Kazakh letterhead, its oblast in the genitive on a line of its own over the Assembly's
#    name («АҚМОЛА ОБЛЫСЫНЫҢ» / «ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ» / «ХАТШЫЛЫҒЫ»), is titled by its subject line (office3).
#    an attendance list one member a line («Югай С.П. – член Совета») keeps its rows apart and names each listed surname
#    in Kazakh; a record of a surname alone («Оспанов – предложил …», «Ким – көрмені ұсынды.») is its speaker's (protocols4).
#    persons: a father's name in -бек with «қызы»/«ұлы» apart is one surname («Г. НҰРБЕК ҚЫЗЫ:»: Г. Нұрбекқызы, the
#    label's speaker), and Дархан is a given name before a -бай surname in Kazakh too («Дархан Мынбайдың») (names4).
#    dates: a web page letter's registration cell «Исх. № … от 15.04.2019<br>На № … от 02.04.2019», one line to the
#    parser, is dated by its outgoing date, not by a deadline in its body or not at all (sweep-fix).
#    passages: a plain text's line kept apart from a line above it that ends no sentence (a short letter's addressee
#    or signer's post over two lines) is one passage with that line, so a phrase across the break is found (sweep-fix).
# 10: (session 26)
#    e-mail messages (.eml, a .msg saved as text) are read (ingest.parsers.eml): the body, then attachments' text, the
#    Subject without Re:/Fwd: as title, the Date header weighed as a PDF's CreationDate, quoted replies and the
#    signature no quotes and no dateline (eml).
#    spreadsheets (.xlsx, .xlsm, .ods) are read by parsers of their own, no longer skipped as unsupported: each visible
#    sheet a page headed by its name, each row one paragraph of its cells, titled by the properties or the heading row (xlsx).
#    topics: a topic name of the archive's topics file is kept in NFC (one saved on a Mac wrote ё as е + U+0308,
#    a facet value that the filters, read in NFC, never named); a name with a comma is refused (fix-api).
#    dates: a retrospective with no dateline, metadata or file-name date that states a later year as its present
#    («Сегодня, в 2015 году», «Биыл, 2015 жылы», «В 2015 году … отмечает», «20 лет назад, 24 марта 1995 года») is
#    dated by that year, not by the day it recalls; a question («— Вы помните 24 марта 1995 года?») is no dateline (hist-dates).
#    titles: a Kazakh heading opening with a body in the genitive («Қазақстан халқы Ассамблеясының XXIV сессиясы өтті»)
#    is the title, not a letterhead dropped for the lede's first line; letter-spaced typewriter words («П Р О Т О К О Л»)
#    are joined in text, title and index; a short wrapped item whose lines open with names is prose, not lines of
#    their own; a surname alone after «из», «в» or in a list of places («из Семипалатинска, Гурьева, …») is a
#    town, no person (hist-text).
#    speakers, persons: Kazakh «…», – деді ол. names the one named before it; a given name no list has with a
#    -ұлы/-қызы father's name takes the word after as surname (Жансейіт Қансейітұлы Тұяқбайға: Ж.Қ. Тұяқбай); more
#    listed Kazakh given names (Оңдасын, Бағлан); one named in another speaker's turn starts his own at his cue (kz-names).
#    e-mail: the header block a paragraph a line (its names no longer run into the next line's label: no «А. Тема»);
#    Thunderbird's «Перенаправленное сообщение», Gmail's and Yandex's attribution with no verb, an HTML signature under
#    «--<br>», Gmail's quote and <blockquote type="cite"> are no quotes and date nothing; XLSX/ODS attachments read; who
#    speaks only in a message's quoted or forwarded part (a block that is no quote) is no speaker (fix-mail).
#    dates: a year in the present tense is the present only when the text looks back on the day it recalls (a plan's
#    «В 1996 году Ассамблея проводит …» is no present); «в 2015-м», «спустя 20 лет после …» state one; a day only
#    a question names dates nothing; persons: a surname alone after «г.», «город» or «в» in its nominative form
#    («в г. Гурьев», «переехать в Гурьев», «жил в Шевченко»), or in a list of places after «из», is a town; titles: a
#    Kazakh letterhead's second line «ХАТШЫЛЫҒЫ» is the letterhead, a heading wrapped after its genitive one title;
#    text: short news whose lines open a sentence inside and cut it is wrapped prose, no stanza, whatever opens the
#    next line (a quote, a Roman numeral, a name) (hist2).
#    titles: a Kazakh capitals heading closing with a short word («… СЕССИЯСЫНДА СӨЙЛЕГЕН СӨЗІ») is the title, no
#    letterhead read as closing with a legal form like «КММ» (kz2).
#    persons, speakers: a hyphenated Kazakh given name with a father's name and surname is a person (Қасым-Жомарт
#    Кемелұлы Тоқаев: К.К. Токаев); after -ұлы/-қызы a surname in the genitive, or a surname first (Тұяқбай Жансейіт
#    Қансейітұлы), is the surname, no «Ж. Қансейітұлы»; names joined by мен/пен/және all speak (one named again after
#    them speaks her own sentence), and «деді ол» after them names neither (kz2).
#    persons: a surname that is also a given name before a listed Kazakh given name or an unknown patronymic («Вагнер
#    Ерлан Петрович»: Е.П. Вагнер, no «В. Ерлан»); the persons named only in a table's rows or a workbook's cells are
#    the document's `listed` ones, kept out of the name join; an XLSX percent shows its format's decimals, «45,7%» (sheets).
#    e-mail: U+202E and other controls in the Subject, names and attachment names are spaces (title, text); a
#    forwarded message sent in base64 is decoded; past 500 MIME parts the rest are left out. Workbooks: cells that
#    show more than an eighth of --size-limit in characters are too_large; an ODS row stops at column XFD (sec2).
#    persons: a two-part given name written apart before a patronymic and a surname («Касым Жомарт Кемелевич Токаев»,
#    «Қасым Жомарт Кемелұлы Тоқаев», also after «– деді») is one given name: К.К. Токаев, no «Ж.К. Касым»; a man's given name
#    before a Kazakh given name alone in a list's row or a table's cell («Вагнер | Ерлан») is the surname: Е. Вагнер (names5).
#    e-mail: an HTML body's single <br>s are lines read as a plain-text body's (a signature's name takes no word of
#    the organisation under it: no «М. Корейский»); a list's tag leaves the title with or without a «Re:»; persons:
#    a display name before «<address@…>» is nominative, also in quotes (Gmail's, Yandex's attribution: Ж. Омарова) (mail2).
#    dates: a year told in the present whose sentence prepares for it («к этой дате готовится программа»), or an
#    «N-летие» the text prepares for («План мероприятий к 20-летию»), states no present (hist3).
#    persons, speakers: Kazakh «бен» between two full names is «and», no name particle («Ерлан Қарин бен Гүлнар
#    Ахметова»: both, no «Е. бен Ахметова»); a capitalised word in the locative after a given name (and father's
#    name) is where he is, no surname («Ерлан Бақытжанұлы Парламентте»: Е. Бақытжанұлы, no «Е.Б. Парламентте»);
#    titles: the three-line regional letterhead «АҚМОЛА ОБЛЫСЫНЫҢ» / «ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ» / «ХАТШЫЛЫҒЫ»
#    over a news item is dropped for its heading, as over a letter; so is a letterhead naming its body in quotes
#    before its legal form («АҚМОЛА ОБЛЫСЫ ӘКІМДІГІНІҢ «ҚОҒАМДЫҚ КЕЛІСІМ» КММ», «… «ДОСТЫҚ» ТОО», ««…» РММ», unquoted
#    «АЛМАТЫ ҚАЛАСЫНЫҢ ДОСТЫҚ ТОО») (kz3).
#    titles: a letterhead's name wrapped over up to three lines is weighed whole («ҚАЗАҚСТАН РЕСПУБЛИКАСЫ
#    ПРЕЗИДЕНТІНІҢ» / «ЖАНЫНДАҒЫ … АССАМБЛЕЯСЫНЫҢ» / «ХАТШЫЛЫҒЫ», «СЕКРЕТАРИАТ АССАМБЛЕИ» / «НАРОДА КАЗАХСТАНА»); a heading
#    goes on over a line opening with a Kazakh genitive («Қазақстан халқы» / «Ассамблеясының … өтті») (hist4).
#    dates: a stated present counted in words («Двадцать лет назад», «Осыдан жиырма жыл бұрын», «Сегодня, двадцать
#    лет спустя»), «2015 год — год 20-летия», Kazakh «2015 жылы … 20 жылдығын атап өтуде» (hist4).
#    persons: «Касым Жомарт Токаев», «Қасым Жомарт Тоқаев» with no patronymic are К.К. Токаев when the hyphenated
#    given name is listed (Қасым-Жомарт in kazakh_given_names.txt), no «К. Жомарт», «Ж. Тоқаев» (fix-last).
# 11: (session 27)
#    session 27's extraction changes (listed below as they land).
#    speakers: a quote attributed to a post alone («— сказал Председатель Сената», «– деді Сенат Төрағасы», «— отметил
#    аким области») is the one person the document named with that post before it or in its paragraph (post_holders).
#    a footnote or endnote the file marks (Word, ODT, RTF, a web page's note its «#fn1» mark links to) or one opening
#    with «¹» dates no document, makes no speaker and is no quote; a web page's such notes go after the text with
#    their numbers, no «↩»; «Как отмечает С.Б. Мукушева» is her nominative, not «С.Б. Мукушев» (fn-extract).
#    a footnote mark comes off a number, a closing quote or bracket and a full stop («в 2011¹ году»); a PDF
#    sentence goes on across a page past several footnotes; a reference wrapped at its imprint's dash stays
#    one paragraph; a web page's footnote list keeps its numbers, without the «↩» backlinks (fn-text).
#    a Kazakh speech titled «…Тоқаевтың … сессиясындағы сөзі» gives its body to its author.
#    a PDF's centred bold heading wrapped onto two lines is one paragraph and one title.
#    «Как сказал X, …» inside another speaker's quote makes X no speaker; the quote is the speaker's.
#    text: two prose columns written line across line in a plain text (an OCR'd newspaper page) are read column by
#    column; OCR specks beside a running header do not hide it, a page number right under it goes with it, and a
#    PDF's header never runs on into a speaker's label (titles, speakers, persons of such scans) (ocr-layout).
#    OCR text repair: FineReader HTML's soft hyphen before <br> joins the word, a scanner's file name and an
#    archive's shelfmark are no title, a line-end hyphen before an indented line joins, italic m/u/n/r in
#    Cyrillic words read as т/и/п/г, words split by a space joined, Latin look-alike initials read as Cyrillic.
#    persons: a surname the dictionary knows declined like an adjective keeps its own nominative, «Льва Толстого»
#    is Л. Толстой, not the adjective's «Л. Толстый», «Татьяны Толстой» Т. Толстая, «Сергея Трубецкого»
#    С. Трубецкой (lingx).
#    text: a scan's PDF page whose text layer is OCR noise is left out (ocr_quality); a text of noise alone is refused.
#    dates: a dateline's OCR letters for digits («1б» июня 199б г., З0 мая, O5.O3.1998, 2l oктябpя) and a month in
#    Latin capitals («12 MAPTA 1999 г.») date the document (ocr_dates) (fix-ocr-quality).
#    a footnote mark comes off a date in figures, a decimal, a percent sign, two capitals («РК¹», «XX²»); a plain
#    text's notes under a rule of underscores and a PDF's notes in smaller type at a page's foot are notes (no date,
#    speaker or quote); Word web page and RTF notes keep their numbers, endnotes numbered apart (i, ii); a justified
#    PDF line's stretched space inside «1 250» is no column gap (fn2).
#    speakers: «Как справедливо сказал X, …», «По словам X, …» and «X сказал: „…“» inside another speaker's
#    quote make X no speaker, and the quote is the speaker's (fix-speech).
#    a speech's body ends at a publisher's line («Источник: …») or where the text goes on as a report on its author
#    («…», — подчеркнул Глава государства К.К. Токаев.; «Президент поручил …»): those are not his words (fix-speech).
#    titles: a journal article by its heading, not its authors' line, «УДК …» or a journal's name as a PDF's Title; a
#    heading that says a short Title in full wins; a type in capitals written as running text («Стенограмма заседания
#    …»); dates: a journal article by its issue line's year («2020. № 3 (98). С. 45–58.») (bib-journal).
#    text, title: a running line naming the document's type that opens page 1 («СТЕНОГРАММА») stays there as its
#    heading; a PDF line holding only a dateline, short or spread («г. Тараз      15 января 2007 г.»), is a paragraph
#    of its own at an even pitch; a FineReader HTML of noise is ocr_noise, not mojibake (dig2).
#    a heading's «на 1 января 2020 года», «по состоянию на …», «… жағдай бойынша» dates a register before a file
#    made more than a quarter after that day or before it (status_date); a PDF page number inside the text area that counts up with the other pages'
#    (over the text's last lines, under a short page's last line) is left out of the text (numbered_pages) (bib-misc).
#    text: a date alone on its line inside a sentence, which runs on to it and goes on in lowercase after its «г.», stays
#    in its paragraph, in a PDF and in plain text (dig3).
#    title, text: a PDF's type heading under an archive's cipher, both running on every page, stays on page 1 (dig3).
#    title, text: a document type in Latin look-alikes («CTEHOГPAMMA») is a type: kept on page 1, titled in Cyrillic (dig3).
#    text, title: in a PDF, a one-line capitals heading is apart from the dateline under it, and so is an act's
#    requisites line («12 марта 1999 г.   № 15   г. Алматы») from the lines around it (dig3).
#    title: a title wholly in capitals keeps a short abbreviation its text never writes («СКО», «НКЦ») (dig3).
#    dates: a byte copy ingested in a batch of its own keeps the date another copy's name gave, listed outside
#    the folders given (a backup's scan0004.pdf restored beside 2018-03-15_Решение.pdf) (fix-migrator-a).
#    persons: a name after «имени», «им.» is a genitive whatever the verb after it: «В библиотеке имени С. Муканова
#    прошла встреча» is С. Муканов, not a woman «С. Муканова» (fix-morph3).
#    a title in capitals takes a word's case only from forms of about its length («ПРАВ» not from «Правительства»);
#    typed notes need their mark on their own page, not «п.1»; web notes numbered 1000 on; a list of abbreviations
#    is text and a Word, ODT or HTML file no OCR program made is indexed, never ocr_noise (rev1).
#    a document's author or issuing body (DocumentRecord.author): the file's sender or Author property, not a
#    placeholder account («user»), else a scholarly article's authors line over its title (bib-export).
# 12: (session 28)
#    language: a short Kazakh text in Latin letters is kk by words only Kazakh writes, not de, pl or uz, and such a
#    word counts for no community language (a Kazakh Latin title is no de title);
#    dates: a 2017-alphabet date typed with ’ or ʼ (jylg’y) dates its document (fix-lk-lang).
#    persons, speakers: English «H.E.» (His Excellency) and a title after initials («H.E. Mr.») are no person's
#    initials, and «Statement by H.E. Mr. X» is X's; a Latin patronymic is one («Nursultan Abishevich» is the aliases
#    file's person or nobody, «Maulen Sagathanuly Ashimbayev» is M.S. Ashimbayev, not S. Ashimbayev) (fix-fc-names).
#    dates: a book's imprint, a journal's issue line or a retrospective's present year give the year only
#    (date_source "year": index.year_dates), written «2020 г.», never as a 1 January the text never names (yeardate).
#     a speech set off with dashes («– Құрметті …! … тұрады, – деді Қ. Тоқаев.») is its speaker's turn from
#     its opening dash, not the previous speaker's up to the sentence holding the verb.
#    Kazakh in Latin letters is read in Cyrillic ones for its people: narration names them («Erlan Qarın
#    qatysty»), and they are named as Cyrillic texts name them (Д. Мыңбай, not D. Myńbaı).
#    title: a Kazakh dateline typed in Russian letters («Астана, 2015 жылгы 23 сауир») is no title (fix-lk-names).
#    title: a Kazakh act in Latin letters is titled as it is cited («Qazaqstan Respublikasy Prezidentınıñ «… turaly»
#    Jarlyğy»), also a PDF whose Title is the act's bare header (fix-lk-names).
#    an English quote of several sentences in curly quotes («“…. …,” X said.») is one turn of its speaker, not a
#    nobody's first sentence and a retold rest; an English sentence's Cyrillic names and Russian speech verbs are
#    read by the Russian rules («Кайрат Абдрахманов отметил: “…”» names him); English «he said» is the subject of
#    the sentence before, not a name after «of» or in the quote it attributes (fix-fc-quotes).
#     an earlier run's --report kept in the archive (a first line of JSON with path and status) is skipped as
#     ingest_report, not indexed as a document
#    web pages: a saved page's original address (a WARC's, .mht's or .webarchive's, «saved from url», HTTrack's
#    «Mirrored from», canonical, og:url) and a crawl's capture day are kept; a one-page WARC and a Safari
#    .webarchive are read as the page they hold, a WARC of several pages refused, no longer one page (fix-web-crawls).
#    a web server's «Index of /…» listing is skipped (folder_listing), HTTrack's index of projects too (mirror_tool),
#    not indexed or failed as empty; a framed site saved complete has its frames read beside it (fix-web-mirrors).
#    persons, speakers: an English possessive is no part of a name («Yerlan Karin's report» is Y. Karin); an English
#    name in marked Latin letters is one (António Guterres, Áshimbaev), three words after a title are two given names
#    and a surname (Recep Tayyip Erdoğan: R.T. Erdoğan), a Chinese name is its surname first (Xi Jinping: J. Xi) (fix-fc2).
#    persons, speakers: a foreign name a Kazakh Latin text writes in its own spelling keeps it (A. Guterres, not
#    «А. Гұтеррес»; Turkish M. Yılmaz, not «М. Ыілмаз») (fix-lk2).
#    language: a short 2018 or 2017 Kazakh note is kk by one word only Kazakh writes (ń before a vowel, a q beside a
#    y that is ы), Turkish with its own function words en (not kk or de); persons: 2017 letters typed with ’ read as ';
#    title: a Latin act header in capitals keeps the body's capital (Respýblikasy, Ükimetiniñ) (fix-lk2).
#    a dashed speech attributed to a pronoun whose antecedent is named before the speech («… сөз алды. / – …. …,
#    – деді ол.», «– сказала она.») is its speaker's from its opening dash, not nobody's first sentence (fix-lk3).
#    text, speakers: plain text a mirror saved under a script's name (stenogramma.php@id=5) is read as text, lines
#    kept; original_url: a webarchive of a file opened from disk (file:///…) keeps none (fix-rev-web).
#    speakers: the dash closing a speech after «!», «?» or «…» («– Мы вместе! – воскликнул X. …, – сказал Y.») is no
#    opening dash: X's attribution stays X's, not the start of Y's turn (fix-rev-speech).
#    persons, speakers: á ó ú ñ, which Spanish and Portuguese write too, and O'Brien's apostrophe are no Kazakh
#    spelling alone: «Pedro Sánchez» in a Kazakh Latin text is P. Sánchez, not «П. Сәнчез» (fix-rev-speech).
#    persons: after English Speaker or Chairperson two capitalised words are a person only with a given name, a surname
#    ending or the surname named again («Chairperson Annual Report» is no A. Report) (fix-rev-speech).
# 13: (session 29)
#    text, title, persons, language: HTML mojibake written as numeric references and pages escaped twice, UTF-8
#    misread twice or as cp866, NUL padding, a UTF-16 BOM before UTF-8 and quoted-printable text are read (fix-moji2).
#    text, persons, language: a Cyrillic code page misread as another and saved as UTF-8 is read back; so is mojibake
#    in part of a good text (a heading, a paragraph, words in a line); letters lost as «?» warned, judged Kazakh, cut
#    no names (fix-moji1).
#    text: a PDF's lines in a font with no character map (a letterhead) are left out, not the whole file refused;
#    a soft hyphen Chrome's print marks inside a word no longer parts it («этно куль тур ные») (fix-pdf1).
#    text, dates: a browser's «Print → Save as PDF» header and footer are page furniture (its print stamp dates
#    nothing); text outside a PDF page's CropBox is left out; title, author, dates from a PDF's XMP packet where
#    /Info lacks them (fix-pdf2).
#    text, persons: runs of a PDF font with no character map are cut out of their lines, not the lines dropped (a
#    signer's name beside an unmapped position stays); a short letter under a longer unmapped letterhead, or a page
#    with a few unmapped bold words a line, is read, not refused; a one-line table cell centred beside a cell's two
#    lines is read after them, not inside the hyphenated word (fix-pdf3).
#    persons, speakers: a post-only attribution names a holder introduced by an aliases-file name, after his titles
#    or in a comma-joined chain of posts; «Государственный секретарь» and other posts opening with an adjective;
#    «Глава государства» is the President's post; shipped «Тұңғыш Президент» and the Assembly's Chairman by date; a
#    title governed by another post («заместитель Председателя Ассамблеи») names nobody; lower-case variants of an
#    archive's aliases file match in lower case (fix-posts2).
#    persons, speakers: a dated title is read by the date its sentence gives the event before it («Выступая … 24 марта
#    1995 года, Глава государства сказал», «В 2015 году … Президент заявил»); «— сказал пресс-секретарь Главы
#    государства» is not the head of state's words (fix-posts1).
#    text, title, persons, language: a cp866 file shown as windows-1251 with a lost «Ш», UTF-8 read as Latin-1 or
#    cp1252 in part of a text, a lost Kazakh «Ә» in a mojibake run, quoted-printable behind a BOM or in lowercase are
#    read back; a help page's references escaped on purpose are kept; «Что?Где?» warns of no lost letters; UTF-8
#    read as Latin-1 twice, UTF-16 with a NUL tail and windows-1251 behind a UTF-16 BOM are read (fix-moji3).
#    text, title, persons, speakers: an HTML «Читайте также» list of linked headlines with leads, a tag cloud and a
#    «Метки:»/«Тегтер:» line of links are no text; captions held only in an image's alt, title or data-caption are;
#    a figcaption or pull-quote repeating the page's text is dropped; a photo credit or caption above the headline
#    leaves the headline the title (fix-photo1).
#    titles, dates: an edit note with the edit's time («(обновлено в 15:40)», «Обновлено в 15:40») is no title and
#    leaves the dateline; a part's label under the dateline or above the type stays in the title; an annex under a
#    three-line stamp or a stamp <title>, and an HTML act under its kind and issuer, are titled by their heading;
#    «СМЕТА», «ПЕРЕЧЕНЬ», «СОСТАВ», «РЕГЛАМЕНТ» are document types; a PDF's running header naming the document
#    is kept once as its heading (fix-multi1).
#    dates: a part of a session held over days is dated by the day its label states under the session's span
#    («Часть 2 (15 ноября 2018 года)»), not the session's first day (fix-multi2).
#    persons, speakers: a speech's date before «г.» or initials is still its sentence's; a date a participle or another
#    predicate owns, or one «сегодня» follows, is not the speech's (document's date); a dated lower-case title after
#    another post («заместитель / пресс-секретарь акима»), «бывший» or «и.о.», and a title after «пресс-секретарь»,
#    name nobody; «– деді Мемлекеттік хатшы.» names the Kazakh State Secretary introduced before; a quote's
#    attribution dates the speech after the title («— сказал Глава государства … 24 марта 1995 года.») (fix-posts3).
#    text: a real Serbian or Macedonian UTF-8 text (ј beside vowels) is kept, not "repaired" as misread kz1048 (fix-rev).
#    text: a file whose NULs stand between short fields (a tar archive) is refused as binary, not read as text
#    with its NULs dropped; many UTF-16 BOMs before a code page text are read, not a RecursionError (fix-rev).
#    persons, author, dates, speakers, passages: the staff credit lines name («Фото: …», «Текст: …», «Подготовила …») are the
#    author where the file names none, no persons; a caption «24 марта 1995 года. …» is no dateline; a caption or
#    headline saying only that he spoke and where is no turn of his; «Дизайн: Алия Мусина» is a woman; a byline is
#    no passage (fix-photo2).
#    persons, speakers: a dated title whose body's name goes on («Председатель Ассамблеи области …») names no holder.
#    dates: a part's day is read under a span across months, «с … по …», a Kazakh «2021 жылғы 27-29 сәуір», after a
#    Roman or worded label, a dash or on the dateline's line, and only when it lies within the span (fix-multi3).
#    titles: a part's label after a dash, in words («Часть вторая»), closing the dateline's line, or under the
#    dateline of a heading read any way (Kazakh «… СТЕНОГРАММАСЫ», English) stays in the title (fix-multi3).
#    titles: an edit note with its own date in brackets, after «/», with a dotted time or «ред.» leaves the dateline
#    bare, no title (fix-multi3).
#    titles: an annex's «ГРАФИК», «СПИСОК», «ПОРЯДОК», «ФОРМА» are document types titled with their heading (fix-multi3).
EXTRACTION_VERSION = 13


_CASE_BLOCKS = 200  # the paragraphs a title's words' cases are learnt from (capitals.running_case)


def document_title(parsed: ParsedDocument, path: Path) -> str:
    title = (parsed.title or parsed.metadata.get("title") or "").strip()
    if not title and parsed.blocks:
        # the first line with words: not a news item's dateline, nor a post's line of emoji or hashtags
        lines = [ln for b in _opening(parsed.blocks) for ln in b.text.strip().split("\n")]
        first = next((ln for ln in lines if has_words(ln) and not is_bare_dateline(ln)), "")
        title = other_half_heading(first, [b.text for b in parsed.blocks]) or _line_title(first)
    # «СТЕНОГРАММА заседания …» as an act's header is written: «Стенограмма заседания …»
    title = type_cased(title, "\n".join(b.text for b in parsed.blocks[:_CASE_BLOCKS]))
    title = title or unicodedata.normalize("NFC", path.stem)  # a name from a Mac is decomposed; text is NFC
    return " ".join(title.split())[:MAX_TITLE_CHARS]  # one line: a stanza or a table row keeps its breaks and tabs


def _opening(blocks: list) -> list:
    """The text's first two paragraphs, after any of a caption's lines of emoji or hashtags alone («✨ ✨ ✨»,
    «#АНК», each its own paragraph) above them."""
    start = next((i for i, b in enumerate(blocks) if any(has_words(ln) for ln in b.text.split("\n"))), 0)
    return blocks[:start + 2]


def _line_title(line: str) -> str:
    """A title from the text's first line: the line, or when it runs longer than a heading (a
    paragraph of three sentences under a placeholder <title>), its first sentence, or its start cut
    at a word, with «…»."""
    if len(line) <= MAX_HEADING_TITLE:
        return line
    return cut_at_word(first_sentence(line), MAX_HEADING_TITLE)


def _blocks(parsed: ParsedDocument):
    return parallel_cells([b for b in parsed.blocks if b.text.strip()])


# Earlier modification times are placeholders, not days a file was written: a ZIP entry or a FAT
# disk without a time gives 1980-01-01, a zeroed clock 1970-01-01.
EARLIEST_FILE_TIME = date(1990, 1, 1)


def _written(path: Path) -> date | None:
    """The day the file was last written, the latest a date its text mentions may be; None when the
    file system does not say."""
    try:
        written = date.fromtimestamp(path.stat().st_mtime)
    except (OSError, OverflowError, ValueError):
        return None
    return written if written >= EARLIEST_FILE_TIME else None


def extract_parsed(parsed: ParsedDocument, path: Path, dated_by: Path | None = None) -> Extraction:
    """What ingest extracts from a parsed file (the bench scores exactly this). `dated_by`: a byte
    copy whose name dates the document instead of `path`'s (ingest.copy_choice)."""
    blocks = _blocks(parsed)
    paragraphs = [b.text for b in blocks]
    return extract("\n\n".join(paragraphs), paragraphs, parsed.metadata, (dated_by or path).name,
                   title=document_title(parsed, path), written=_written(path),
                   labelled=[i for i, b in enumerate(blocks) if b.labelled],
                   new_speaker=[i for i, b in enumerate(blocks) if b.new_speaker],
                   paused=[i for i, b in enumerate(blocks) if b.after_pause],
                   bold=[i for i, b in enumerate(blocks) if b.bold],
                   # a note the file marks is searched, but quoted as no one's words of it (_pieces)
                   unquoted=[i for i, b in enumerate(blocks) if not b.quotable or is_note(b)],
                   notes=[i for i, b in enumerate(blocks) if is_note(b)],
                   # a list's entries: a data table's rows, and every cell of a workbook, which has no prose
                   listed=[i for i, b in enumerate(blocks) if b.table_row or parsed.format in WORKBOOK_FORMATS])


def _pieces(blocks, passage_turns) -> Iterator[Piece]:
    """The blocks' passages in order; a paragraph where one speaker's words follow another's is cut
    between them. A contents entry is in the document's text, but no passage of its own; so is a
    bibliography's entry, a footnote citing a source, a note (ingest.notes: one the file marks, or «¹ …»),
    a name index's rows and an act's editor's note on an amendment (no one's words,
    nor the act's), also one joined into a paragraph, cut out of it."""
    apparatus = reference_apparatus([block.text for block in blocks], [block.table_row for block in blocks])
    for block, turns, aside in zip(blocks, passage_turns, apparatus):
        # a byline «Текст: …, фото: …» is searched with its document, never cited as anyone's quote
        if not block.quotable or is_note(block) or aside or is_amendment_note(block.text) or is_credit_line(block.text):
            yield Piece(block.text, block.page, [], False, quotable=False)
            continue
        first = True  # only the block's first passage goes on the line above it
        for (text, speakers, narrated), start in with_starts(block.text, cut_turns(block.text, turns)):
            for part, offset, note in split_at_notes(text):
                yield Piece(part, block.page_at(start + offset), [] if note else speakers, narrated and not note,
                            quotable=not note, wraps_on=first and block.wraps_on)
                first = False


def build_record(parsed: ParsedDocument, path: Path, root: str, content_hash: str,
                 dated_by: Path | None = None) -> DocumentRecord:
    blocks = _blocks(parsed)
    title = document_title(parsed, path)
    # over whole paragraphs: who speaks in one holds for all its passages
    found = extract_parsed(parsed, path, dated_by)
    passages: list[PassageRecord] = []
    paragraphs: list[str] = []
    heading = " ".join(title.split()).casefold()  # a title in capitals is written as running text (type_cased)
    for piece in headings_joined(wraps_joined(_pieces(blocks, found.passage_turns))):
        if piece.quotable:
            # the title's paragraph is short: a title's rule tells its language (the page marks the title so)
            own = title_language if " ".join(piece.text.split()).casefold() == heading else passage_language
            passages.append(PassageRecord(text=piece.text, position=len(passages), page=piece.page,
                                          speakers=piece.speakers, narrated=piece.narrated,
                                          language=own(piece.text, found.language)))
        paragraphs.append(piece.text)
    # the stored text is cut as the passages are, so the document page ties each to its paragraph
    text = "\n\n".join(paragraphs)
    listed = parsed.metadata.get("page_kind") == LIST_PAGE
    return DocumentRecord(
        doc_id=content_hash[:16],
        title=title,
        text=text,
        format=parsed.format,
        language=found.language,
        paths=[str(path)],
        source=root,
        # a list page's dates are its teasers', not its own
        date=None if listed else found.date,
        date_source=None if listed else found.date_source,
        speakers=found.speakers,
        persons=found.persons,
        listed=found.listed,
        topics=found.topics,
        pages=parsed.pages,
        encoding=parsed.encoding,
        content_hash=content_hash,
        extraction=EXTRACTION_VERSION,
        act_numbers=act_numbers(text),
        author=document_author(parsed.metadata, [b.text for b in blocks]) or found.credited,
        original_url=parsed.metadata.get("url", ""),
        captured=parsed.metadata.get("captured", ""),
        passages=passages,
    )
