"""The index schema: one index holding documents and their passages.

Documents (kind=doc) carry the facets and are searched through `title`/`content`/`exact`.
Passages (kind=passage) are paragraph-level records for quote search, searched through
their own fields `ptext`/`pexact`, so a document query never matches a passage and each
kind keeps its own scoring statistics. Both live in one index so a document and its
passages change in one commit.
"""
from __future__ import annotations

from whoosh.analysis import RegexTokenizer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from index.analysis import exact_analyzer, russian_analyzer

# Bump when fields or analysis change so that an index built with another version must be rebuilt.
# A field a program does without where an index lacks it is no such change: it goes in ADDED_FIELDS,
# and the first writing session adds it to an older index in place (index.store.IndexWriter).
# 3: Kazakh case endings cut by the analyzer; 4: adverbs as nouns, Latin look-alikes;
# 5: a document's passages follow it in its segment (index.facets.FacetTables.owner)
# 6: не, ни, без, емес indexed for phrases (index.analysis.POLARITY_WORDS); a capitalised Ли is a name
# 7: Kazakh forms written with Russian letters, unknown first names, surnames before nouns
# 8: Kazakh three-letter stems (тілдің = тіл); a possessive also carries its nominative (халқы = халық)
# 9: Kazakh in Latin letters: accents folded (ótti = otti), case endings cut (Qazaqstannyń = Qazaqstan);
#    a surname in -ұлы/-қызы also carries its Russian spelling's terms (Сапарұлы = Сапарулы)
# 10: numbers as legal references read them: a Roman numeral has no possessive (XXVI is not XXV),
#    one in Cyrillic look-alikes is Latin (ХХ = XX); a dotted number (2.3) is one word, a date in
#    numbers (05.11.2022) one term and its year; § is a word
# 11: an act's part abbreviated before its number («ст. 4», «п. 2», «пп. 1)», «ч. 3») also holds its
#    word's terms (статья, пункт, подпункт, часть): `статья 4` finds «ст. 4»; not after «т.» («в т. ч. 3»)
# 12: Kazakh Latin letters fold to one plain spelling for all alphabets: 2021's ş ç as sh ch, 2018's ý
#    as u (Şymkent = Shymkent, kezdesýler = kezdesuler); a cut Kazakh Latin word also carries its
#    plain spelling's own term; у leaves a Kazakh stem's vowel harmony to its other vowels
# 13: a stress mark on a Cyrillic letter (Назарба́ев, U+0301 or U+0300; ѐ ѝ) no longer splits its word:
#    the word's terms are those of its plain spelling (index.tokenize._unstressed)
# 14: Kazakh 1st and 2nd person possessives also carry their nominative (халқымыздың, халқыңыз,
#    халқым: халық; тілімізде: тіл; елімізде: ел; Отанымызда: Отан)
# 15: a number's case ending is no term (15-й = 15-я = 15); an adjective's reading goes before a noun
#    made of it or a participle's verb (Духовная, Новое, организованного: духовный, новый,
#    организованный); a lowercase unknown plural in -ов also holds its noun (маслихатов: маслихат);
#    тенге (теңге) is one word of its own, not the surname Тен
# 16: a Kazakh case of тенге typed with a Russian н (тенгеден, тенгеге) is тенге, not a case of Тен
#    A figure grouped by spaces, dots or commas («15 000», «45.000.000») is one term (15000), a decimal
#    comma's number one term (4,9 = 4.9), «%» the word процент, Kazakh пайыз процент, мың тысяча
#    Kazakh -дағы/-дегі/-тағы/-тегі are case endings (Алматыдағы: алматы); a listed place's Russian
#    case forms carry its nominative (Астану, Костаная, Алма-Ату: index/data/places.txt)
# 17: a short word written in capitals is an abbreviation of its own (ОО, ЮКО, ЕНТ: not cut to о, юк,
#    ента), and a case ending after it, glued or hyphenated (АНКа, ҚХА-ның), is no term; a dictionary
#    abbreviation's plural in -ов is its form (вузов: вуз); ЭКОО is its own word, no form of ЭКО;
#    a word of two letters or more gets no one-letter stem (оо is no о); stacked Kazakh endings after
#    an abbreviation (ЭКО-лардың, ҚРдың) are no term. A stenogram label alone on its line joins the
#    passage of its speaker's words (its terms are that passage's now).
#    The times a document came into the archive (added, changed) are ADDED_FIELDS: no rebuild for them.
# 18: (session 23)
#    a Kazakh noun in -у takes the possessive -ы/-і (Жолдауы, дамуы, кездесуі: their nominative's
#    terms too), and -уын is no surname's ending (Жолдауын = Жолдауы, Жолдау)
#    a stop word right before a number in digits is a term of its own (index.analysis.kept_before_number:
#    «Казахстан до 2030» is no longer the phrase "Казахстан 2030").
#    Kazakh in the Arabic script loses its case endings, its hamza and tatweel (index.arabic_kazakh);
#    Arabic presentation forms are folded to letters (index.arabic_letters).
#    A capitalised Kazakh-lettered name with a Russian case ending (Шыңжаңа) also carries its
#    nominative's term (index.kazakh_russian_cases).
#    names in -ен keep one term (Коген, Когена = Когену); айт, a name's oblique form to the dictionary,
#    is a Kazakh stem (айтта, айтқа = айт); мейрамын is also мейрамы's accusative; ДУМК, ҚМДБ, РПЦ, SAMK
#    are abbreviations of the list (religion)
#    айт's term is айт, no longer Айта's (the verb айта, айту); айтты is no form of айт; a Kazakh plural's
#    possessive carries its singular's terms (мейрамдары: мейрам, мейрамы) (religion retest)
#    A Kazakh ordinal's ending after a number (27-ші, 6-шы, 1-інші) is no term, as 15-й's is none;
#    Kazakh forms of a loanword in -зд (съезі, Съезге, съездің) carry its nominative (съезд)
#    a Kazakh-lettered name in -а declined the Russian way (Құлжи, Құлжу, Құлже) carries its nominative (Құлжа) (diaspora2)
#    a Kazakh possessive of a loanword in -зд (съезі, съезінде) has its nominative's term first: a hyphenated
#    compound's whole term takes it (съезі-нің: съезд-нің) (events2)
#    ... and one in -ай, -ей, -ой (Көктоғая, Тарбағатае, Қарамаю, Көктоғаем) its nominative (Көктоғай) (kazakh-names2)
# 19: (session 24)
#    a verb form that is also a surname carries the surname's term (купала: купать, Купала; Шагал, Дали),
#    and a Ukrainian case of a dictionary surname in -енко its nominative's (шевченка: шевченко) (ml-names)
#    an apostrophe between two letters (' ’ ‘ ` ʼ ʻ) keeps a word whole, written ʼ in its terms (сімʼя, toʼxtayev);
#    Polish ł ś ż ź ć ą ę, German ß, Ukrainian ї ґ, Belarusian ў and Tatar җ fold to what a plain keyboard types, and a
#    Latin word with ä ö ü ç ş also carries its ae oe ue / c s spelling's term (index.community_letters) (ml-words)
#    a CamelCase word (#ДеньБлагодарности) and a year glued to a word (Наурыз2026) are also their words
#    (index.camel_case); a web host (assembly.kz) is one word, by its labels and whole (index.web_addresses)
#    a Russian-letter word joined by an apostrophe declines at its end: «Д'Артаньяна» has Д'Артаньян's term
#    (дʼартаньян), «О'Брайену» О'Брайен's (ml2-names)
#    a CamelCase tag closing with an abbreviation (ИсторияАНК: история, АНК), opening with a year (2026Наурыз) or a
#    lowercase word (ankNews), and an abbreviation with a number (АНК30) are also their words (social2)
#    a CamelCase tag closing with an abbreviation after a three-letter word ending in a vowel (ДостықҮйіАНК), opening
#    with an abbreviation (АНКДеньБлагодарности, ҚХАЖастары), or with words before a clipped one (ОлимпиадаКазНУ:
#    олимпиада, казну) is also its words (social3)
# 20: (session 25)
#    a Kazakh numbered part's possessive after a number's hyphen is its nominative, voicing undone («5-бабына»,
#    «5-бабының»: бап, not Russian's «баба»; «2-тармағы»: тармақ first) (index.numbered_nouns); so is its plain
#    case's stem («5-бапта», «5-баптан», «5-баптағы»: бап; «2020-жылдан»: жыл) (legal3)
#    a date or a year glued to its «г.»/«ж.» («07.09.2016г.», «2016г.») is the date and a «г» apart, as with a
#    space (index.tokenize) (legal3)
#    an act's number with a slash is one act_numbers key, «45/389», not its longest part «389», and a Kazakh letter
#    after its hyphen is part of it, «5-ө» (index.act_numbers)
# Not bumped for the gap in positions at a sentence end (index.analysis.SENTENCE_GAP): the terms
# and queries are the same, and an index without the gaps answers as it did before them.
# 21: (session 26)
#    a decade of the 1930s-1990s is indexed under both spellings: «90-х» also as 1990, «1990-е» also as 90
#    (index.decades; hist-dates).
#    an ordinal written as a decade («30-е заседание», «50-е место») is no decade; Kazakh «1990 жылдары» and
#    «90-жылдары» are one (hist2).
#    a document's `listed` field: the persons it names only in a list's entries, kept out of completing short
#    names (index.facets; added to an older index by its first writing session, as ADDED_FIELDS are; sheets).
#    Kazakh «осы 30 жылдары», «соңғы 30 жылдары» (thirty years counted) are no decade of the 1930s (fix-last).
# 22: (session 27)
#    a given name in -а/-я written with a capital also holds its nominative (Алие, Алии: алия; Дариге: дариг;
#    index.given_names); a headword that is a noun's case keeps the noun (вести: весть, лука: лук, путём: путь
#    first), a comparative its adjective (лучше: хороший, больше: большой, выше: высокий) (fix-morph)
#    a man's given name's case written with a capital also holds his nominative (Марка, Марку: марк), and a
#    noun's plural genitive that is another word's headword keeps the noun where it is the likelier reading
#    (вод: вода, душ: душа, духов: дух, лет: год); a woman's name in -ь declined as Рахиль holds its nominative
#    (Асели, Аселью: асель; Айгули: айгуль); degrees filed apart hold their adjective (больший: большой first,
#    старше: старый first, меньший: маленький, меньше: малый), and выше keeps its own term first, as ниже (fix-morph3)
#    a document's `author` (its author or issuing body, stored for citations and exports; an ADDED_FIELD: an older
#    index gets it from its first writing session, its documents' empty until `ingest --force`) (bib-export)
#    a Kazakh word or patronymic (Қайратұлы) gains no guessed Russian case of a name («қайратұла») (index.given_names)
# 23: (session 28)
#    a sure Kazakh Latin word typed on a plain keyboard (Qazaqstannyn, Qazaqstandagy: n for ń, g for ǵ) holds its
#    stem's terms, as the marked spelling does (index.kazakh_latin.plain_ending_readings) (fix-lk-lang)
#    an English word of a prefix and a word, hyphenated (inter-ethnic, re-election, co-operation), also holds the glued
#    word's terms at its last part's position, which a query for the hyphenated word searches (index.prefixed_words)
#    (fix-fc-names)
SCHEMA_VERSION = 23

KIND_DOC = "doc"
KIND_PASSAGE = "passage"

# Facets shown for documents. Multi-valued ones are comma-separated keywords:
# names and topics hold spaces, never commas.
MULTI_VALUED_FACETS = ("speakers", "persons", "topics")
SINGLE_VALUED_FACETS = ("year", "language", "format")
FACET_FIELDS = MULTI_VALUED_FACETS + SINGLE_VALUED_FACETS
KEYWORD_SEPARATOR = ","
# One `files` term per path a document was found under: "doc_id<TAB>path". Ingest reads the
# whole inventory (path -> document) from this field's term list, without loading stored fields.
FILES_SEPARATOR = "\t"
# The ids a document had before its file was edited (its id is its content's hash): a link to
# one opens the document (index.search.SearchService.current_id). Comma-separated.
FORMER_IDS = "former_ids"
# A passage whose speakers a speech cue of its narration names (PassageRecord.narrated): stored as
# True, absent otherwise (and in the passages of documents ingested before it).
NARRATED = "narrated"
# The version of ingest's extraction a document was derived from its file with
# (DocumentRecord.extraction, ingest.build.EXTRACTION_VERSION), as text: absent in the documents
# written before it was recorded. Its term list counts the documents of each version (index.extraction).
EXTRACTION = "extraction"
# The numbers an act is signed with (DocumentRecord.act_numbers, as index.act_numbers keys them):
# a query naming one ranks the act first (index.act_ranking). Comma-separated; absent in the
# documents ingested before it.
ACT_NUMBERS = "act_numbers"
# When ingest first added a document's content, and when an edit of its file brought the content it
# holds now (index.arrival): whole seconds since the Unix epoch; absent in the documents ingested
# before they were kept (they sort last by `added`), and `changed` in a document never edited.
ADDED = "added"
CHANGED = "changed"
# The persons a document names only in a list's entries, a table's rows or a workbook's cells
# (DocumentRecord.listed): still its persons, but no fuller name another document's short name is
# completed to (index.facets). Comma-separated; absent in the documents ingested before it.
LISTED = "listed"
# A document's author or issuing body (DocumentRecord.author), shown and cited (index.references), not
# searched: stored only; absent in the documents ingested before it.
AUTHOR = "author"
# The address a saved web page came from and the day a crawl captured it (DocumentRecord.original_url,
# .captured): shown, stored only; absent in the documents ingested before them.
ORIGINAL_URL = "original_url"
CAPTURED = "captured"
# Fields added since schema 8, added to an older index by its first writing session.
ADDED_FIELDS = (FORMER_IDS, NARRATED, EXTRACTION, ACT_NUMBERS, ADDED, CHANGED, LISTED, AUTHOR, ORIGINAL_URL, CAPTURED)

# The field holding as written the words a morphological field holds as dictionary forms: `exact`
# has a document's title and text (so `content` maps to it and `title` need not), `pexact` a
# passage's text. A prefix* reads both: «Токаевым» is `токай` in `content`, so `Токаев*` found none.
WRITTEN_FORMS = {"content": "exact", "ptext": "pexact"}


# The schema version, also kept in the schema Whoosh pickles into every table of contents: an index
# that lost assembly-search.json (a file-level restore, an rsync leaving out *.json) still says
# which version built it (index.store.recorded_version). A new index has it from the start, an
# older one from its next commit (index.store.IndexWriter).
VERSION_ATTRIBUTE = "assembly_search_schema_version"


def stamp(schema: Schema) -> Schema:
    """`schema` marked as this program's schema version (VERSION_ATTRIBUTE)."""
    setattr(schema, VERSION_ATTRIBUTE, SCHEMA_VERSION)
    return schema


def stamped_version(schema: Schema) -> int | None:
    """The schema version `schema` is marked with; None for one written before the mark was kept."""
    found = getattr(schema, VERSION_ATTRIBUTE, None)
    return found if isinstance(found, int) else None


def build_schema() -> Schema:
    keyword = dict(stored=True, commas=True, lowercase=False, scorable=False)
    return stamp(Schema(
        # shared
        id=ID(stored=True, unique=True),  # doc_id, or doc_id/position for passages
        kind=ID(stored=True),
        doc_id=ID(stored=True),
        # yyyymmdd, 0 = undated; sortable, so the per-document column loads as one array
        date=NUMERIC(int, bits=32, stored=True, signed=False, sortable=True),
        language=ID(stored=True),
        format=ID(stored=True),
        # documents
        title=TEXT(analyzer=russian_analyzer(), stored=True, field_boost=2.0),
        # no character offsets in the postings: highlights re-tokenize the stored text
        content=TEXT(analyzer=russian_analyzer(), stored=True),
        exact=TEXT(analyzer=exact_analyzer()),
        speakers=KEYWORD(**keyword),
        persons=KEYWORD(**keyword),
        listed=KEYWORD(**keyword),
        topics=KEYWORD(**keyword),
        year=ID(stored=True),
        source=ID(stored=True),
        date_source=STORED(),
        paths=STORED(),
        files=TEXT(analyzer=RegexTokenizer(r"[^\n]+"), phrase=False),
        pages=STORED(),
        encoding=STORED(),
        content_hash=ID(stored=True),
        former_ids=KEYWORD(**keyword),
        extraction=ID(stored=True),
        act_numbers=KEYWORD(**keyword),
        author=STORED(),
        original_url=STORED(),
        captured=STORED(),
        # sortable: the per-document columns load as arrays (index.facets.FacetTables.arrived)
        added=NUMERIC(int, bits=64, stored=True, signed=False, sortable=True),
        changed=NUMERIC(int, bits=64, stored=True, signed=False, sortable=True),
        # passages
        ptext=TEXT(analyzer=russian_analyzer(), stored=True),
        pexact=TEXT(analyzer=exact_analyzer()),
        speaker=ID(stored=True),
        page=STORED(),
        position=STORED(),
        doc_title=STORED(),
        narrated=STORED(),
    ))
