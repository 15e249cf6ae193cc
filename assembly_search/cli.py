"""The `assembly-search` command: ingest, search, stats, serve."""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

from index.config import ENV_PREFIX, INDEX_DIR_ENV, default_index_dir, missing_home, user_path
from index.dates import NoSuchDay, parse_date
from index.errors import IndexLocationError, IndexUnavailable, SettingError
from index.lowercase_operators import operator_of
from index.pasted_text import dash_as_minus
from index.query_years import year_ranges_typed
from index.paths import readable_path, shell_word, text_to_path
from index.year_dates import year_only

from assembly_search.output import (GuardedOutput, OutputFailed, QuietErrors, hang_up_ignored, say, say_somewhere,
                                    standard_descriptors_held)

FACET_TITLES = {"speakers": "Speakers", "persons": "Persons", "topics": "Topics", "year": "Year",
                "language": "Language", "format": "Format", "month": "Month", "month_of_year": "Month of every year"}
FIELD_SINGULAR = {"speakers": "speaker", "persons": "person"}  # a name facet as the query and --filter name it


# Environment variables holding no number, by name: main makes each a usage error of the commands
# that read it (a silent default would run a batch with other limits than the archivist set).
_BAD_ENV: dict[str, str] = {}


def _env_default(name: str, parse, default):
    """An option's default from its environment variable, checked as the option's value is; a bad
    one is kept for main, which makes it a usage error unless the option is given."""
    raw = os.environ.get(ENV_PREFIX + name)
    if raw is None:
        return default
    try:
        return parse(raw)
    except argparse.ArgumentTypeError as exc:
        _BAD_ENV[name] = f"${ENV_PREFIX}{name}: {exc}; set another value or unset it"
        return default


MAX_WORKERS_PER_CORE = 4
MAX_TIME_LIMIT = 86_400  # seconds: a day for one file is no limit in practice; more overflows timers
MAX_MB = 1_000_000  # a terabyte: past any file or memory here, and a finite number of bytes
MAX_THREADS = 256
MAX_PROXIES = 10  # proxies in a chain; each one's headers are trusted
MAX_CONNECTIONS = 100_000
MAX_SECONDS = 3_600  # an hour: as an idle connection's life or a stop's wait, more is no setting but a mistake


def _number(kind, minimum, what: str, maximum=None):
    """An argparse type: a number of `kind` from `minimum` to `maximum`, else a one-line usage error."""
    def parse(text: str):
        # int() also reads `1_0` as 10, and Arabic-Indic or fullwidth digits: whole numbers are ASCII digits
        if kind is int and not re.fullmatch(r"-?[0-9]+", text):
            raise argparse.ArgumentTypeError(f"{text!r} is not a number")
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not math.isfinite(value):  # nan passes every comparison; inf overflows the limits
            raise argparse.ArgumentTypeError(f"{text} is not a finite number: {what}")
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text} is too small: {what}")
        if maximum is not None and value > maximum:
            raise argparse.ArgumentTypeError(f"{text} is too large: {what}")
        return value
    return parse


def _path(what: str, kind=Path):
    """An argparse type: a path to `what`, `~` read as the shell reads it (index.config.user_path).
    An empty one is refused: it is an unset variable in a script (`ingest "$ARCHIVE"`), and taken
    as the current folder it would ingest, or write into, whatever lies there."""
    def parse(text: str):
        if not text.strip():
            raise argparse.ArgumentTypeError(f"is empty (an unset variable?); give a {what}")
        if missing_home(text):
            raise argparse.ArgumentTypeError(_no_home(text))
        return kind(user_path(text))
    return parse


def _no_home(text: str) -> str:
    return (f"{text} starts with ~, the home folder {missing_home(text)}, which does not exist; "
            "give a full path")


def _report_path(text: str) -> Path:
    """An argparse type for --report: a path, or `-` for standard output, as other tools read it
    (written through /dev/stdout, so the summary then goes to stderr; ingest.report_file)."""
    return Path("/dev/stdout") if text == "-" else _path("file name")(text)


def _hosts(text: str) -> list[str]:
    """An argparse type: host names the server answers to besides its own (search_app.trusted_hosts),
    separated by commas or spaces."""
    from search_app.trusted_hosts import parse_hosts

    try:
        return parse_hosts(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _origins(text: str) -> list[str]:
    """An argparse type: web origins allowed to read the JSON API (search_app.cors), separated by
    commas or spaces."""
    from search_app.cors import parse_origins

    try:
        return parse_origins(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY or MM.YYYY, or counted back from today: today, yesterday, -7d, -2w, -1m, -1y"


DATE_OPTIONS = ("--from", "--to", "--added-from")
# a date counted back, «-7d», «-2w», «-7 d»: argparse takes a word that starts with a minus for an option
_COUNTED_BACK = re.compile(r"-\s*\d")


def _counted_back_attached(argv: list[str]) -> list[str]:
    """`argv` with a date counted back joined to its option, `--from -7d` as `--from=-7d`, the form
    argparse reads (it refuses `--from -7d`: «expected one argument»). An option's prefix argparse
    takes (`--added`) is joined too; nothing after a `--`, which ends the options."""
    joined: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            return joined + [word, *words]
        if word.startswith("--") and len(word) > 2 and "=" not in word and any(o.startswith(word) for o in DATE_OPTIONS):
            value = next(words, None)
            if value is not None and _COUNTED_BACK.match(value):
                word = f"{word}={value}"
            elif value is not None:
                joined.append(word)
                word = value
        joined.append(word)
    return joined


def _typed_date(text: str) -> str:
    """An argparse type: a date in a form the web page and the API take too (index.dates), kept
    as typed: the start and the end of a range read a partial date differently."""
    try:
        parse_date(text)
    except NoSuchDay:
        raise argparse.ArgumentTypeError(f"{text!r} is no day of the calendar; check the day and the month") from None
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; give {DATE_FORMS}") from None
    return text.strip()


class _Parser(argparse.ArgumentParser):
    json_errors = False  # `search --json`: main says a refusal as the API's JSON error
    api_refusal: str | None = None  # there, the API's own sentence for a value it refuses too

    def error(self, message: str):  # usage errors exit with 2 and one line
        if _Parser.json_errors:
            _print_json_error(_Parser.api_refusal or message, 400)
            self.exit(2)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _as_the_api_says(parse, api_refusal):
    """An argparse type: `parse` (the terminal's English message for a bad value), but in
    `search --json` the sentence /api/search gives the same value (`api_refusal(text)`, None for
    a good one), so a script matching on the message reads one text from both."""
    def checked(text: str):
        if _Parser.json_errors:
            _Parser.api_refusal = api_refusal(text)
            if _Parser.api_refusal:
                raise argparse.ArgumentTypeError(_Parser.api_refusal)
        return parse(text)
    return checked


def _date_refusal(which: str, end: bool = False):
    """The API's sentence for a date it cannot read in field `which` («с», «по»), or None."""
    from index.refusals import typed_date

    def refusal(text: str) -> str | None:
        try:
            typed_date(text, end, which)
        except ValueError as exc:
            return str(exc)
        return None
    return refusal


def _wants_json_errors(argv: list[str]) -> bool:
    """`search ... --json` (or a prefix argparse takes for it, --js): a script reading JSON gets
    every refusal as /api/search gives one, {"error", "status"}, not usage text."""
    return bool(argv) and argv[0] in ("search", "stats") and any(len(a) > 3 and "--json".startswith(a) for a in argv)


def _print_json_error(message: str, status: int) -> None:
    print(json.dumps({"error": message, "status": status}, ensure_ascii=False, indent=2))


def build_parser() -> argparse.ArgumentParser:
    from assembly_search import serving
    from index.refusals import PAGE, PER_PAGE, paging_number, sort_refusal
    from index.search import MAX_PAGE, MAX_PER_PAGE, SORTS
    from ingest.pipeline import DEFAULT_COMMIT_DOCS, DEFAULT_SIZE_LIMIT, DEFAULT_TIME_LIMIT

    _BAD_ENV.clear()
    parser = _Parser(prog="assembly-search", description="Search the archive of the Assembly of People of Kazakhstan.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def with_index(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--index", type=_path("folder"), default=None,
                       help=f"index folder (default: ${ENV_PREFIX}INDEX, else ./data/index)")
        return p

    ing = with_index(sub.add_parser("ingest", help="add folders of PDF, HTML and text files to the index"))
    ing.add_argument("paths", nargs="+", type=_path("file or folder", str), help="files or folders to ingest (recursively)")
    # more parsers than cores only add memory (each holds a file's text and its tables); a few
    # per core still help when files come slowly off a network share
    most = MAX_WORKERS_PER_CORE * (os.cpu_count() or 1)
    workers = _number(int, 0, f"give 1 to {most} processes, or 0 for every core", most)
    ing.add_argument("--workers", type=workers, default=_env_default("WORKERS", workers, 0),
                     help=f"parser processes (default: ${ENV_PREFIX}WORKERS, else 0: every core)")
    ing.add_argument("--prune", action="store_true", help="remove records of files gone from the given folders")
    ing.add_argument("--force", action="store_true", help="re-parse every file, changed or not")
    ing.add_argument("--follow-outside-links", action="store_true",
                     help="also read what links lead to outside the given folders (by default such a link is "
                          "skipped as link_outside: whatever it leads to would become searchable and downloadable)")
    ing.add_argument("--keep-list-pages", action="store_true",
                     help="also index a website's home, news-list, tag, category and archive pages, undated (by "
                          "default they are skipped as list_page: they repeat their articles' teasers)")
    ing.add_argument("--report", type=_report_path, help="write one JSON line per file to this file ('-': standard output)")
    seconds = _number(float, 0, f"give seconds up to {MAX_TIME_LIMIT}, or 0 for no limit", MAX_TIME_LIMIT)
    ing.add_argument("--time-limit", type=seconds, default=_env_default("TIME_LIMIT", seconds, DEFAULT_TIME_LIMIT),
                     help=f"seconds allowed to parse one file, 0: no limit (default: ${ENV_PREFIX}TIME_LIMIT, "
                          f"else {DEFAULT_TIME_LIMIT:g})")
    size = _number(float, 0.001, f"give a size in MB above 0, up to {MAX_MB}", MAX_MB)
    ing.add_argument("--size-limit", type=size, default=_env_default("SIZE_LIMIT_MB", size, DEFAULT_SIZE_LIMIT / 2**20),
                     help="largest file to parse, in MB of 1,048,576 bytes, as the progress line counts them "
                          f"(default: ${ENV_PREFIX}SIZE_LIMIT_MB, else {DEFAULT_SIZE_LIMIT / 2**20:g})")
    memory = _number(float, 0, f"give MB up to {MAX_MB}, or 0 for no limit", MAX_MB)
    ing.add_argument("--memory-limit", type=memory, default=_env_default("MEMORY_LIMIT_MB", memory, -1), metavar="MB",
                     help="memory one parser process may take beyond its start-up size; a file needing more fails as too_large "
                          f"(default: ${ENV_PREFIX}MEMORY_LIMIT_MB, else half the machine's memory shared among "
                          "the parsers, at least 1024; 0: no limit)")
    files = _number(int, 1, "give 1 file or more")
    ing.add_argument("--commit-every", type=files, default=_env_default("COMMIT_EVERY", files, DEFAULT_COMMIT_DOCS),
                     metavar="FILES",
                     help="commit after this many files (and at least every 10 s); a crash loses at most that "
                          f"(default: ${ENV_PREFIX}COMMIT_EVERY, else {DEFAULT_COMMIT_DOCS})")
    ing.set_defaults(env_numbers={"WORKERS": "--workers", "TIME_LIMIT": "--time-limit", "SIZE_LIMIT_MB": "--size-limit",
                                  "MEMORY_LIMIT_MB": "--memory-limit", "COMMIT_EVERY": "--commit-every"})

    se = with_index(sub.add_parser("search", help="search from the terminal (no query: interactive)"))
    se.add_argument("query", nargs="*",
                    help="the query, in the syntax of the web page's box; several words need no quotes "
                         "(put -- before a query starting with -word); none: a search> prompt on a terminal, "
                         "else the newest documents")
    se.add_argument("--json", action="store_true", help="print the result as JSON")
    se.add_argument("--quotes", action="store_true", help="search passages (quotes) instead of documents")
    se.add_argument("--all-facets", action="store_true",
                    help=f"print every value of each facet (years and months are always whole; the others: "
                         f"the {FACET_VALUES_SHOWN} largest and how many more)")
    se.add_argument("--exact", action="store_true", help="match the exact word forms only")
    se.add_argument("--filter", action="append", default=[], metavar="FIELD=VALUE",
                    help="a filter as the web page's facet: a value the facet lists is that value alone "
                         "(speaker=\"Б. Каримов\": the facet's count), anything else as the query's FIELD:VALUE: "
                         "speaker=Абдрахманов (any part of the name), person=, topic=, year=2019 or year=2019-2021, "
                         "lang=kk or lang=казахский, format=pdf; repeatable: values of one field are alternatives, "
                         "different fields all apply")
    # with --json, a value the API refuses gets the API's sentence (_as_the_api_says)
    se.add_argument("--from", dest="date_from", type=_as_the_api_says(_typed_date, _date_refusal("с")),
                    help=f"earliest date: {DATE_FORMS}")
    se.add_argument("--to", dest="date_to", type=_as_the_api_says(_typed_date, _date_refusal("по", end=True)),
                    help=f"latest date: {DATE_FORMS} (a year or month: up to its last day)")
    se.add_argument("--added-from", dest="added_from",
                    type=_as_the_api_says(_typed_date, _date_refusal("добавлены с")),
                    help=f"only documents that came into the archive (added, or changed by an edit) from this day on: {DATE_FORMS}")
    se.add_argument("--month", help="only documents dated in this month (1-12) of any year: --month 3")
    se.add_argument("--day", help="with --month: only documents dated on this day of that month, in any year: "
                                  "--month 3 --day 1 is 1 March of every year")
    se.add_argument("--sort", choices=SORTS, default="relevance",
                    type=_as_the_api_says(str, lambda text: None if text in SORTS else sort_refusal(text)),
                    help="relevance (the default; with no words: newest first), newest or oldest (by date, undated last), "
                         "added (came into the archive last first; those ingested before this was recorded last)")
    se.add_argument("--page", default=1,
                    type=_as_the_api_says(_number(int, 1, f"give 1 to {MAX_PAGE}, as the API takes", MAX_PAGE),
                                          lambda text: paging_number(text, 1, 1, MAX_PAGE, PAGE)[1]),
                    help=f"which page of results to print, 1 to {MAX_PAGE} (default: 1)")
    se.add_argument("--per-page", default=10,
                    type=_as_the_api_says(_number(int, 1, f"give 1 to {MAX_PER_PAGE}", MAX_PER_PAGE),
                                          lambda text: paging_number(text, 10, 1, MAX_PER_PAGE, PER_PAGE)[1]),
                    help=f"results on a page, 1 to {MAX_PER_PAGE} (default: 10)")

    st = with_index(sub.add_parser("stats", help="document counts and facet values of the index"))
    st.add_argument("--json", action="store_true",
                    help="print the counts as JSON (a monitor's check on a host without serve's /health); a "
                         "refusal too, as {\"error\", \"status\"}")

    bk = with_index(sub.add_parser("backup", help="copy the index whole, also while an ingest commits"))
    bk.add_argument("destination", type=_path("folder"), help="the folder to copy it to (not there yet)")

    sv = with_index(sub.add_parser("serve", help="serve the web interface (waitress, a production WSGI server)"))
    sv.add_argument("--host", default=os.environ.get(ENV_PREFIX + "HOST", "127.0.0.1"),
                    help=f"address to listen on (default: ${ENV_PREFIX}HOST, else 127.0.0.1)")
    port = _number(int, 1, "give a port from 1 to 65535", 65535)
    sv.add_argument("--port", type=port, default=_env_default("PORT", port, 5000),
                    help=f"port to listen on (default: ${ENV_PREFIX}PORT, else 5000)")
    threads = _number(int, 1, f"give 1 to {MAX_THREADS} threads", MAX_THREADS)
    sv.add_argument("--threads", type=threads, default=_env_default("THREADS", threads, serving.DEFAULT_THREADS),
                    help="requests answered at once; more wait their turn (default: "
                         f"${ENV_PREFIX}THREADS, else {serving.DEFAULT_THREADS})")
    exports = _number(int, 1, f"give 1 to {MAX_THREADS} exports", MAX_THREADS)
    sv.add_argument("--exports", type=exports, metavar="N", default=_env_default("EXPORTS", exports, None),
                    help="CSV exports streamed at once, each holding a thread while it streams; more are refused "
                         "with a 503 and Retry-After, so searches and /health always find a thread; fewer than "
                         f"--threads (default: ${ENV_PREFIX}EXPORTS, else {serving.DEFAULT_EXPORTS}, "
                         f"fewer with under {serving.DEFAULT_EXPORTS + 2} threads)")
    connections = _number(int, 1, f"give 1 to {MAX_CONNECTIONS} connections", MAX_CONNECTIONS)
    sv.add_argument("--connection-limit", type=connections, metavar="N",
                    default=_env_default("CONNECTION_LIMIT", connections, serving.DEFAULT_CONNECTION_LIMIT),
                    help="open connections at most; past it new visitors wait. A browser keeps 2 to 6 open between "
                         f"clicks (default: ${ENV_PREFIX}CONNECTION_LIMIT, else {serving.DEFAULT_CONNECTION_LIMIT})")
    per_client = _number(int, 0, f"give 0 (no cap) to {MAX_CONNECTIONS} connections", MAX_CONNECTIONS)
    sv.add_argument("--client-connection-limit", type=per_client, metavar="N",
                    default=_env_default("CLIENT_CONNECTION_LIMIT", per_client, None),
                    help="open connections one client address may hold; more from it are closed at once, so one "
                         "client cannot take every connection; 0: no cap (default: "
                         f"${ENV_PREFIX}CLIENT_CONNECTION_LIMIT, else a tenth of --connection-limit, at least "
                         f"{serving.MIN_CLIENT_CONNECTIONS}; none behind --proxies, where every connection is the proxy's)")
    idle = _number(int, 1, f"give 1 to {MAX_SECONDS} seconds", MAX_SECONDS)
    sv.add_argument("--channel-timeout", type=idle, metavar="SECONDS",
                    default=_env_default("CHANNEL_TIMEOUT", idle, serving.DEFAULT_CHANNEL_TIMEOUT),
                    help="close a connection idle (or stalled half-way through a request) this long, within a "
                         "quarter more, and one still sending a request this long after it began (default: "
                         f"${ENV_PREFIX}CHANNEL_TIMEOUT, else {serving.DEFAULT_CHANNEL_TIMEOUT})")
    grace = _number(float, 0, f"give 0 to {MAX_SECONDS} seconds", MAX_SECONDS)
    sv.add_argument("--stop-grace", type=grace, metavar="SECONDS",
                    default=_env_default("STOP_GRACE", grace, serving.DEFAULT_STOP_GRACE),
                    help="on SIGTERM or Ctrl+C, stop accepting and give the requests in flight this long to finish; "
                         f"a second signal stops at once (default: ${ENV_PREFIX}STOP_GRACE, else "
                         f"{serving.DEFAULT_STOP_GRACE})")
    proxies = _number(int, 0, f"give 0 to {MAX_PROXIES} proxies", MAX_PROXIES)
    sv.add_argument("--proxies", type=proxies, default=_env_default("PROXIES", proxies, 0), metavar="N",
                    help="reverse proxies in front (nginx): trust the X-Forwarded-Host, -Proto, -Prefix and -For "
                         f"headers they set (default: ${ENV_PREFIX}PROXIES, else 0: none)")
    sv.add_argument("--no-request-log", dest="request_log", action="store_false",
                    help="do not log one line per request (client, method, path and query, status, milliseconds) to the console")
    sv.add_argument("--cors-origin", dest="cors_origins", type=_origins, action="append", metavar="ORIGIN",
                    help="a web origin (https://catalog.example.edu) whose pages' scripts may read the JSON API and "
                         "/health; repeatable, or several separated by commas; * for every origin (a public "
                         f"archive only) (default: ${ENV_PREFIX}CORS_ORIGINS, else none)")
    sv.add_argument("--trusted-host", dest="trusted_hosts", type=_hosts, action="append", metavar="NAME",
                    help="a host name people open the archive by (arhiv.assembly.kz; .assembly.kz for every name "
                         "under it), answered besides localhost, this machine's names and any address typed as "
                         "digits; other names get a 400 (a page elsewhere cannot read the archive by pointing "
                         "its own name here); repeatable, or several separated by commas; * for every name "
                         f"(default: ${ENV_PREFIX}TRUSTED_HOSTS, else none)")
    sv.set_defaults(env_numbers={"PORT": "--port", "THREADS": "--threads", "EXPORTS": "--exports", "PROXIES": "--proxies",
                                 "CONNECTION_LIMIT": "--connection-limit", "CHANNEL_TIMEOUT": "--channel-timeout",
                                 "STOP_GRACE": "--stop-grace", "CORS_ORIGINS": "--cors-origin",
                                 "TRUSTED_HOSTS": "--trusted-host", "CLIENT_CONNECTION_LIMIT": "--client-connection-limit"},
                    env_cors_origins=_env_default("CORS_ORIGINS", _origins, []),
                    env_trusted_hosts=_env_default("TRUSTED_HOSTS", _hosts, []))
    return parser


def _bad_environment(args, argv: list[str]) -> str | None:
    """The sentence for a variable of this command holding no number, unless its option is given
    (the option wins)."""
    # argparse takes a unique prefix of an option (--work for --workers) as the option
    named = [a.split("=", 1)[0] for a in argv if a.startswith("--") and len(a.split("=", 1)[0]) > 2]
    for name, option in getattr(args, "env_numbers", {}).items():
        given = any(option.startswith(prefix) for prefix in named)
        if name in _BAD_ENV and not given:
            return _BAD_ENV[name]
    return None


# The commands whose output is their result: output that cannot be written fails them in one sentence
_GUARDED_OUTPUT = ("search", "stats")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    standard_descriptors_held()
    stdout, stderr = sys.stdout, sys.stderr
    if argv and argv[0] in _GUARDED_OUTPUT:
        sys.stdout = GuardedOutput(stdout)
    if not (argv and argv[0] == "serve"):  # the server's log keeps trying: a full disk may be freed
        sys.stderr = QuietErrors(stderr)
    try:
        code = _run(argv)
        if isinstance(sys.stdout, GuardedOutput):
            sys.stdout.flush()  # here, not at exit: a reader gone or a full disk is said, not «Exception ignored»
        return code
    except OutputFailed as exc:
        if exc.reader_left:  # `search ... | head`: the reader has what it wanted, whenever it left
            return 0
        say(f"assembly-search: could not write the output: {exc}.", sys.stderr)
        return 1
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(argv: list[str]) -> int:
    if argv and argv[0] == "search":
        argv = argv[:1] + _counted_back_attached(argv[1:])
    _Parser.json_errors = json_errors = _wants_json_errors(argv)
    _Parser.api_refusal = None
    try:
        if argv and argv[0] == "search":
            argv = _search_words_read(argv)
        # inside the try: building the parser imports the index and ingest packages, a few tenths
        # of a second in which a Ctrl-C printed a traceback
        parser = build_parser()
        args, unknown = parser.parse_known_args(argv)
        if unknown and args.command != "search":
            parser.error(f"unrecognized arguments: {' '.join(unknown)}")
        if args.command == "search":
            args.query = _query_of(args.query, unknown, argv)
        if getattr(args, "index", None) is None:
            args.index = _index_from_environment()
        bad = _bad_environment(args, argv)
        if bad:
            raise _UsageError(bad)
        return {"ingest": cmd_ingest, "search": cmd_search, "stats": cmd_stats, "backup": cmd_backup,
                "serve": cmd_serve}[args.command](args)
    except (_UsageError, SettingError) as exc:
        return _refused(str(exc), 2, json_errors)
    except IndexUnavailable as exc:
        return _refused(str(exc), 1, json_errors)
    except KeyboardInterrupt:  # also SIGTERM or SIGHUP before the batch runs: the terminal may be gone
        say("\nassembly-search: interrupted; everything committed so far is kept.", sys.stderr)
        return 130


def _search_words_read(argv: list[str]) -> list[str]:
    """`search`'s words as text: a query or --filter value in windows-1251 bytes (a crontab or
    script saved on Windows) read as the web API reads such a query (index.typed_bytes), not
    handed to morphology as lone surrogates. The --index folder's name stays as the disk has it."""
    from index.typed_bytes import argument_text

    read, path_next = [], False
    for word in argv:
        name = word.split("=", 1)[0]
        is_index = len(name) > 2 and "--index".startswith(name)
        if path_next or is_index:
            read.append(word)
        else:
            text = argument_text(word)
            if text is None:
                # as bytes: decoded the way readable_path would, «ШШ» reads as if those letters were refused
                raise _UsageError(f"{shell_word(word)} is neither UTF-8 nor windows-1251 text; save the script or "
                                  "crontab that gives the query as UTF-8.")
            read.append(text)
        path_next = is_index and "=" not in word
    return read


def _query_of(words: list[str], unknown: list[str], argv: list[str]) -> str | None:
    """The query `search` was given: its words joined, as a newcomer typing them unquoted means
    (argparse leaves those after an option unparsed); None for none. A word starting with -
    is an option to argparse: the sentence says how to give it as a query's -exclusion. What
    follows a `--` is the query's (argparse leaves it unparsed, `--` too, when words and options
    came before: `search форум --sort newest -- -Астана`)."""
    after: list[str] = []
    if "--" in unknown:
        unknown, after = unknown[:unknown.index("--")], unknown[unknown.index("--") + 1:]
    for word in unknown:
        if word.startswith("--"):
            raise _UsageError(f"search has no option {word.split('=', 1)[0]}; see assembly-search search --help.")
        if word.startswith("-"):
            raise _UsageError(f"{word} is not an option of search; put -- before a query with a word starting with -, "
                              f"as in: assembly-search search -- {shlex.quote(_as_typed(words + unknown + after, argv))}")
    query = words + unknown + after
    return " ".join(query) if query else None


def _as_typed(words: list[str], argv: list[str]) -> str:
    """`words` in the order they were typed in `argv` (argparse returns the unknown ones apart)."""
    left = Counter(words)
    typed = []
    for arg in argv[1:]:
        if left[arg] > 0:
            left[arg] -= 1
            typed.append(arg)
    return " ".join(typed)


_NOT_TEXT = re.compile("[\udc80-\udcff]")  # a name's bytes that are not UTF-8, as Python gives them over


def _refused(message: str, code: int, as_json: bool) -> int:
    """Say why the command cannot run, in one line or as the API's JSON error (a usage error is
    the API's 400; an index that cannot be read its 503). A path in windows-1251 bytes is shown
    readable, as readable_path shows it, not as \\udcc8 escapes (a command to paste keeps its $'\\xc8')."""
    if _NOT_TEXT.search(message):
        message = readable_path(message)
    if as_json:
        _print_json_error(message, 400 if code == 2 else 503)
    else:
        print(f"assembly-search: {message}", file=sys.stderr)
    return code


def _index_from_environment() -> Path:
    """$ASSEMBLY_SEARCH_INDEX, else ./data/index; set but empty (a unit file's unset substitution)
    is the usage error `--index ""` is, not the current folder's data/index."""
    value = os.environ.get(INDEX_DIR_ENV)
    if value is not None and not value.strip():
        raise _UsageError(f"${INDEX_DIR_ENV} is empty; give a folder, or unset it for ./data/index.")
    if value is not None and missing_home(value.strip()):
        raise _UsageError(f"${INDEX_DIR_ENV}: {_no_home(value.strip())}.")
    return default_index_dir()


def cmd_ingest(args) -> int:
    from ingest.pipeline import IngestOptions, run_ingest

    problem = (_start_path_problem(args) or _impossible_index(args.index) or _index_among_paths(args.index, args.paths)
               or _foreign_index_folder(args.index)
               or (_report_problem(args.report, args.paths) if args.report else None))
    if problem:
        raise _UsageError(problem)
    options = IngestOptions(
        index_dir=args.index, workers=args.workers, prune=args.prune, force=args.force,
        report_path=args.report, time_limit=args.time_limit, size_limit=int(args.size_limit * 2**20),
        memory_limit=None if args.memory_limit < 0 else int(args.memory_limit * 2**20),
        batch_size=args.commit_every, follow_outside_links=args.follow_outside_links,
        keep_list_pages=args.keep_list_pages,
    )
    try:
        summary = run_ingest(args.paths, options)
    except IndexLocationError as exc:  # the --index given cannot be a folder: a usage error
        raise _UsageError(str(exc)) from None
    with hang_up_ignored():  # the batch is over: its exit code says how, whatever the terminal does now
        _print_outcome(summary, args.report)
    return summary.exit_code


def _print_outcome(summary, report: Path | None) -> None:
    """The failed files (a few of each reason), the notes and the summary. A terminal gone by now
    (the hang-up that stopped the batch) mutes what cannot be written; the summary then goes to
    stderr, which may be a log file, as it does when the report is written to stdout."""
    from ingest.report_file import goes_to_stdout

    shown: Counter = Counter()
    for line in summary.files:
        if line.status == "failed" and line.reason != "not_saved":  # those the summary counts
            shown[line.reason] += 1
            if shown[line.reason] <= FAILED_LINES_PER_REASON:
                say(f"failed: {readable_path(line.path)}: {line.message}", sys.stderr)
        for warning in line.warnings:  # indexed, but not whole or not as written
            say(f"note: {readable_path(line.path)}: {warning}", sys.stderr)
    for reason, count in shown.items():
        if count > FAILED_LINES_PER_REASON:
            where = f"the report {report} lists" if report else "--report FILE would list"
            say(f"failed: … and {count - FAILED_LINES_PER_REASON} more as {reason} ({where} every file).", sys.stderr)
    if report and goes_to_stdout(report):
        say(summary.text(), sys.stderr)
    else:
        say_somewhere(summary.text())
    if summary.write_error:
        say(f"assembly-search: {summary.write_error}", sys.stderr)


# A folder of 5,000 scans would print 5,000 lines alike before the summary: the first few of
# each reason show what went wrong, and the report has every file.
FAILED_LINES_PER_REASON = 20


def _start_path_problem(args) -> str | None:
    """Why start paths cannot be read, found before the batch: missing, or inside a folder that
    may not be entered (a usage error alike: the path given does not lead to any file). A missing
    folder the index holds files from is dropped by --prune --force (ingest.gone_roots)."""
    from ingest.gone_roots import gone_root_problem

    missing, unreachable = [], []
    for path in args.paths:
        try:
            os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            missing.append(path)
        except OSError as exc:
            unreachable.append(f"{readable_path(path)} ({exc.strerror or exc})")  # a windows-1251 name: not \udccf…
    if missing:
        return gone_root_problem(args.index, missing, args.prune, args.force)
    return f"cannot be reached: {', '.join(unreachable)}" if unreachable else None


def _impossible_index(index: Path) -> str | None:
    """An --index under a file or round a loop of links: no folder can ever be made there."""
    from index.location import index_folder_exists

    try:
        index_folder_exists(index)
    except IndexLocationError as exc:
        return str(exc)
    except PermissionError:  # a folder on the way it may not enter: the writing session names it
        pass
    return None


def _index_among_paths(index: Path, paths: list[str]) -> str | None:
    """An index folder that is a start path, or holds one: the batch leaves the index folder out,
    so it would read nothing and write the index into the archive. (An index inside an ingested
    folder is fine: it is left out of the batch.)"""
    for path in paths:
        if _within(Path(path), index):
            return (f"the index folder {index} is, or holds, the folder to ingest {path}; "
                    "give --index a folder of its own.")
    return None


def _foreign_index_folder(index: Path) -> str | None:
    """An --index folder full of other files (a typo naming the documents folder): never made an index."""
    from index.store import holds_other_files

    if holds_other_files(index):
        return (f"the index folder {index} holds other files and no index; give --index an empty or new folder, "
                "or the folder an ingest wrote.")
    return None


def _report_problem(path: Path, roots: list[str]) -> str | None:
    """Why the report cannot be written to `path`, found before the batch rather than after it."""
    if path.is_dir():
        return f"the report {path} is a folder; give a file name."
    folder = path.parent if path.exists() else Path(os.path.realpath(path)).parent  # a new link's file goes there
    if not folder.is_dir():
        return f"the report's folder {folder} does not exist."
    if path.is_file() and any(_within(path, Path(root)) for root in roots) and not _is_report(path):
        return (f"the report {path} would overwrite a file in the folders being ingested; "
                "give a new file name or one outside them.")
    # asked, not tried: opening it would leave an empty report behind a batch that never runs
    if not os.access(path if path.exists() else folder, os.W_OK):
        return f"the report {path} cannot be written (no permission, or a read-only disk)."
    return None


def _within(path: Path, folder: Path) -> bool:
    """`path` is `folder` or lies inside it, links resolved."""
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


def _is_report(path: Path) -> bool:
    """An earlier run's report (JSON lines with a path and a status): a file that writing the
    report over loses nothing of the archive. An empty file is not one (a report is written whole,
    after its batch): inside the folders being ingested it is the archive's own."""
    from ingest.report_file import REPORT_LINE_BYTES, is_report

    try:
        with open(path, "rb") as fh:
            return is_report(fh.readline(REPORT_LINE_BYTES))
    except OSError:
        return False


class _UsageError(Exception):
    """A command-line value that makes no sense; main prints it and exits with 2."""


def _filters(pairs: list[str]) -> dict[str, list[str]]:
    """--filter FIELD=VALUE as facet field -> the facet values its values stand for, read as the
    query's `FIELD:VALUE` is (a year range as its years, a language name as its code), under
    the query's field names or the facets' (speaker or speakers). Documents and quotes alike
    filter on every facet (a quote's speakers, language and format are its passage's)."""
    from index.query import FIELD_ALIASES, field_filter_values

    out: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise _UsageError(f"--filter wants FIELD=VALUE, got {pair!r}")
        name, value = name.strip(), value.strip()
        if name.lower() not in FIELD_ALIASES:
            raise _UsageError(f"--filter cannot use {name!r}; give speaker, person, topic, year, lang or format "
                              "(or speakers, persons, topics, language), as the query's fields")
        if FIELD_ALIASES[name.lower()] in ("file", "folder"):  # no facet: a filter of paths, in the query
            raise _UsageError(f"--filter cannot use {name!r}; type it in the query instead, e.g. {name}:{value or 'отчет'}")
        if not value:  # `speakers=$NAME` with the variable unset matched nothing, unsaid
            raise _UsageError(f"--filter {name}= has no value; give one after the =, e.g. speaker=Токаев")
        field = FIELD_ALIASES[name.lower()]
        kept = out.setdefault(field, [])
        kept += [v for v in field_filter_values(field, value, f"{name}={value}") if v not in kept]
    return out


DATE_SOURCE_WORDS = {"metadata": "metadata", "text": "the text", "filename": "the file name",
                     "year": "the text (the year only)"}


def counted(number: int, noun: str) -> str:
    """`1 document`, `2 documents`: the English plural of the nouns printed here."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _plain(html_text: str, tty: bool) -> str:
    """Snippet HTML for the terminal: marks as bold (or [brackets] when piped), entities decoded;
    piped, the text's own brackets are escaped (\\[budget\\]) so a mark is never taken for them."""
    import html

    on, off = ("\033[1m", "\033[0m") if tty else ("[", "]")
    out = []
    for part in re.split(r"(</?mark>)", html_text):
        if part in ("<mark>", "</mark>"):
            out.append(off if part[1] == "/" else on)
        else:
            text = html.unescape(part)
            out.append(text if tty else re.sub(r"([\\\[\]])", r"\\\1", text))
    return "".join(out)


def _gone_mark(stored_path: str) -> str:
    """` (file not found)` after a path the index lists but the disk no longer has (moved or
    deleted without an ingest --prune), as the document page marks it."""
    return "" if os.path.exists(text_to_path(stored_path)) else " (file not found)"


def _left_out_note(res, query: str = "") -> None:
    """The words a typed question was searched without, and those it excluded (the page says the same)."""
    if res.left_out:
        print("Read as a question: searched without " + ", ".join(res.left_out)
              + " (quote the query to search them too).")
    if res.excluded_words:  # a minus typed by mistake turns the answer over: say what it left out
        print("Excluded (a minus or NOT before them): " + ", ".join(res.excluded_words)
              + (" (a dash glued to a word is the minus: quote a pasted sentence to search it as text)"
                 if dash_as_minus(query) else ""))
    for before, word, after in res.lowercase_operators:  # `a не b` needs both: only capitals make an operator
        # ... and a query typed wholly in capitals has none: its other words typed in lowercase make one
        how = ("a query typed wholly in capitals has no operators: type the other words in lowercase"
               if word.isupper() else "only capitals are an operator")
        print(f"Searched as a word: «{word}» in «{' '.join(filter(None, (before, word, after)))}»; {how} "
              f"({operator_of(word)}).")


def _widened_note(res) -> None:
    """The typed names that are a facet value and also took in fuller names (the page says the same)."""
    for widened, verb in ((res.widened, "counted"), (res.widened_excluded, "left out")):
        for name, values in widened.items():
            field = FIELD_SINGULAR.get(name, name)
            for value, others in values.items():
                alone = f"; the facet and --filter \"{field}={value}\" take {value} alone" if verb == "counted" else ""
                print(f"Also {verb} with {field} \"{value}\": {', '.join(others)} (a text may write any of them "
                      f"so{alone}).")


def _partial_note(res, record: str, query: str = "") -> None:
    """That the hits (each a `record`) have only most of the words, and the words none has; a range of
    years typed without `year:` (`2018-2019`), with the filter that does what was meant, unless every word was
    found together (a partial answer holds any year)."""
    all_found = res.total and not res.partial and not res.unmatched
    for typed, first, last in [] if all_found else year_ranges_typed(query)[:1]:
        print(f"«{typed}» was searched as text; to keep the documents of {first}-{last}, type year:{first}-{last}.")
    if res.partial:
        print(f"Not every word was found together; these {record}s have some of the words."
              + (f" No {record} has: {', '.join(res.unmatched)}." if res.unmatched else ""))
    elif res.unmatched:  # a place's name in none, beside its kind of place (`Атырауская область`)
        print(f"No {record} has: {', '.join(res.unmatched)}.")


def _undated_note(res, record: str) -> None:
    """How many `record`s of undated documents the date filter left out (the page says the same)."""
    if res.undated_left_out:
        what = counted(res.undated_left_out, "undated document") if record == "document" else \
            f"{counted(res.undated_left_out, record)} of undated documents"
        print(f"{what} not included: the date filter leaves them out.")


def _copies_note(hit) -> None:
    """The other documents of the same text a hit stands for (index.same_text), each by its first
    file, its other files below it (as a hit's own `file:` lines)."""
    for copy in hit.copies:
        where = readable_path(copy.paths[0]) if copy.paths else copy.doc_id
        gone = _gone_mark(copy.paths[0]) if copy.paths else ""
        print(f"   same text: {where}{gone}  [{copy.format}]  id={copy.doc_id}")
        for path in copy.paths[1:]:
            print(f"              {readable_path(path)}{_gone_mark(path)}")


def _missing_note(hit) -> None:
    if hit.missing:
        print("   missing: " + ", ".join(hit.missing))


def _arrival_words(added: int | None, changed: int | None) -> str:
    """When a document came into the archive (index.arrival), in local time, as `--sort added` lists it."""
    from index.arrival import local_datetime

    def moment(stamp: int) -> str:
        return f"{local_datetime(stamp):%Y-%m-%d %H:%M}"

    if changed:
        return f"changed {moment(changed)}" + (f" (added {moment(added)})" if added else "")
    return f"added {moment(added)}" if added else "added: not recorded (ingested before arrival times were kept)"


def _print_result(res, tty: bool, every_value: bool = False, every_year: tuple[int | None, int | None] = (None, None),
                  query: str = "") -> None:
    """`every_year`: the month and day of every year asked (--month, --day), for the month bars' note."""
    print(f"{counted(res.total, 'document')} ({res.elapsed_ms:.0f} ms)")
    _widened_note(res)
    _left_out_note(res, query)
    _partial_note(res, "document", query)
    _undated_note(res, "document")
    for i, hit in enumerate(res.hits, start=(res.page - 1) * res.per_page + 1):
        when = f"{hit.date.year if year_only(hit.date) else hit.date.isoformat()} from {DATE_SOURCE_WORDS.get(hit.date_source, hit.date_source)}" \
            if hit.date else "undated"
        numbers = "".join(f"№ {n}, " for n in hit.act_numbers)
        print(f"\n{i}. {hit.title}  [{when}, {numbers}{hit.format}, {hit.language}]  id={hit.doc_id}")
        for path in hit.paths:  # where the archivist finds the original
            print(f"   file: {readable_path(path)}{_gone_mark(path)}")
        if hit.speakers:
            print("   speakers: " + ", ".join(hit.speakers))
        if res.sort == "added":
            print("   " + _arrival_words(hit.added, hit.changed))
        _copies_note(hit)
        if hit.snippet_html:
            print("   " + _plain(hit.snippet_html, tty))
        _missing_note(hit)
    if res.suggestion:
        print(f"\nDid you mean: {res.suggestion}")
    for name, values in res.facets.items():
        if values:
            print(f"\n{FACET_TITLES.get(name, name)}: {_facet_line(name, values, every_value)}")
            _counted_without_note(values, *every_year)


def _counted_without_note(values, month: int | None, day: int | None) -> None:
    """Which month bars count without --month/--day, as the web page's bars say («без фильтра
    «декабрь каждого года»», «все дни месяца»): added up, they are no total."""
    left_out = {name for v in values for name in v.counted_without}
    if not left_out:
        return
    kept = ", ".join(v.value for v in values if not v.counted_without)
    flags = " ".join(f"--{name} {month if name == 'month' else day}" for name in ("month", "day") if name in left_out)
    whole = "whole" if "month" in left_out else "with all their days"
    print(f"  (months other than {kept} are counted {whole}, without {flags})")


# The facets drawn as histograms, in order of time: every value shown (cut at eight, «Year» lost the
# newest years, those an annual report asks about, and the months from September on)
_TIMELINES = ("year", "month", "month_of_year")
FACET_VALUES_SHOWN = 8  # of a facet ranked by count, unless --all-facets


def _facet_line(name: str, values, every_value: bool) -> str:
    """A facet's values as `search` prints them, and how many more there are."""
    shown = values if every_value or name in _TIMELINES else values[:FACET_VALUES_SHOWN]
    left = len(values) - len(shown)
    return ", ".join(f"{v.value} ({v.count})" for v in shown) + (
        f", and {left} more (--all-facets lists them)" if left else "")


def _print_quotes(res, tty: bool, query: str = "") -> None:
    """Each quote as the web page, the API and the CSV cite it, ready to paste; below it the
    passage with the words it was found by marked, when the citation leaves them out."""
    from index.citation import hit_citation, leaves_out_matches

    print(f"{counted(res.total, 'passage')} ({res.elapsed_ms:.0f} ms)")
    _widened_note(res)
    _left_out_note(res, query)
    _partial_note(res, "passage", query)
    _undated_note(res, "passage")
    for hit in res.hits:
        print(f"\n{hit_citation(hit)}")
        if leaves_out_matches(hit):
            print("   found in: " + _plain(hit.text_html, tty))
        if hit.paths:
            more = f" (+{len(hit.paths) - 1} more)" if len(hit.paths) > 1 else ""
            print(f"   file: {readable_path(hit.paths[0])}{more}")
        _copies_note(hit)
        _missing_note(hit)


def _to_json(res, req, args, filters: dict[str, list[str]]) -> str:
    from index.answers import json_default

    return json.dumps(_jsonable(res, req, args, filters), ensure_ascii=False, indent=2, default=json_default)


def _jsonable(res, req, args, filters: dict[str, list[str]]) -> dict:
    """The result with the keys /api/search or /api/quotes give it (links: the web app's paths),
    and a document's files beside (`paths`: this command runs where they lie); a refused query as
    the API's error. `filters`: the facet values the --filter options matched, as asked."""
    from index.answers import answer_fields, hit_fields, request_fields
    from index.citation import passage_anchor, quote_fields
    from index.results import QuoteResult

    if res.error:
        return {"error": res.error, "status": 400}
    params = request_fields(req.query, filters, args.date_from, args.date_to, req.sort, req.page, req.per_page,
                            req.exact, args.added_from, req.month, req.day)
    if isinstance(res, QuoteResult):
        hits = [quote_fields(hit, f"{_document_path(hit.doc_id, req.query, req.exact, hit.fingerprint)}"
                                  f"#{passage_anchor(hit)}", f"/api/documents/{hit.doc_id}") for hit in res.hits]
    else:
        hits = [hit_fields(hit, _document_path(hit.doc_id, req.query, req.exact), f"/api/documents/{hit.doc_id}")
                for hit in res.hits]
    return answer_fields(res, params, hits)


def _document_path(doc_id: str, query: str, exact: bool, passage: str = "") -> str:
    """The document's page in the web app, with the query marked (its exact forms, with `exact`),
    as /api/search links it; at a quote's passage (its fingerprint, `passage`) as /api/quotes does."""
    from urllib.parse import urlencode

    from index.passage_links import PASSAGE_PARAM

    marking = ({"q": query, "exact": "1"} if exact else {"q": query}) if query else {}
    if passage:
        marking[PASSAGE_PARAM] = passage
    if not marking:
        return f"/doc/{doc_id}"
    # the characters Flask's url_for leaves unescaped in a query string
    return f"/doc/{doc_id}?" + urlencode(marking, safe="!$'()*,/:;?@")


def cmd_search(args) -> int:
    from index.query import QueryError
    from index.day_of_year import read_day_of_year
    from index.refusals import REVERSED_DATES
    from index.search import SearchRequest, SearchService, check_search_settings
    from index.tokenize import composed

    try:
        typed_filters = _filters(args.filter)
    except QueryError as exc:  # a year the query would refuse too
        raise _UsageError(str(exc)) from None
    date_from = parse_date(args.date_from) if args.date_from else None
    date_to = parse_date(args.date_to, end=True) if args.date_to else None
    added_from = parse_date(args.added_from) if args.added_from else None
    try:
        month, day = read_day_of_year(args.month, args.day)
    except ValueError as exc:  # the API's sentence for --json, as the dates' are
        raise _UsageError(str(exc) if args.json else "--month takes 1 to 12 and --day 1 to 31, a day that month has; "
                          "--day needs --month.") from None
    if date_from and date_to and date_from > date_to:
        raise _UsageError(REVERSED_DATES if args.json else f"--from {args.date_from} is after --to {args.date_to}; "
                          "no date is both.")
    for warning in check_search_settings(args.index):
        print(f"assembly-search: warning: {warning}", file=sys.stderr)
    service = SearchService(args.index)
    service.doc_count()  # fail early, with the index's own message, when it is missing
    try:  # what they match, for --json's params (Жумабеков: the facet's Б. Жумабеков, as speaker: takes it)
        matched = service.field_filters(typed_filters)
    except QueryError as exc:  # more values than a search takes
        raise _UsageError(str(exc)) from None
    tty = sys.stdout.isatty()

    def run(text: str) -> bool:
        """Print the result; False when the query was refused (its message said why)."""
        # as the query's speaker: is taken: `--filter speaker=А.` is one value, not the 24 speakers it names
        # in NFC (index.tokenize.composed), so --json's `query` and links name what was searched
        req = SearchRequest(query=composed(text), typed_filters=typed_filters, date_from=date_from,
                            date_to=date_to, added_from=added_from, month=month, day=day, sort=args.sort, page=args.page, per_page=args.per_page,
                            exact=args.exact)
        res = service.quotes(req) if args.quotes else service.search(req)
        if args.json:
            print(_to_json(res, req, args, matched))  # the message is in its "error"
        elif res.error:
            print(f"assembly-search: {res.error}", file=sys.stderr)
        elif args.quotes:
            _print_quotes(res, tty, text)
        else:
            _print_result(res, tty, args.all_facets, (month, day), text)
        return not res.error

    if args.query is not None:
        # a refused query is a usage error: a script must not take its empty result for "nothing found"
        return 0 if run(args.query) else 2
    interactive = sys.stdin is not None and sys.stdin.isatty()  # None: closed (`<&-`), no terminal
    if interactive:
        print("Type a query (any word form; \"phrase\", -exclude, OR, speaker:Name); an empty line quits.")
    else:  # no terminal to type into: the newest documents and the facets (quotes need a filter)
        return 0 if run("") else 2
    while True:
        try:
            text = input("search> ").strip()
        except EOFError:
            break
        if not text:
            break
        run(text)
        print()
    return 0


def cmd_stats(args) -> int:
    from index.search import SearchService

    stats = SearchService(args.index).stats()
    from ingest.vocabulary import waiting_notes

    older = _older_extraction_note(args.index, stats["extraction"])
    notes = ([older] if older else []) + list(waiting_notes(args.index))
    if args.json:
        # readable: a windows-1251 name's raw bytes made the JSON no UTF-8
        print(json.dumps({"index": readable_path(str(args.index)), **stats, "notes": notes}, ensure_ascii=False,
                         indent=2))
        return 0
    print(f"Index: {readable_path(str(args.index))}")
    print(f"{counted(stats['documents'], 'document')}, {counted(stats['passages'], 'passage')}, "
          f"{stats['undated']} undated, {counted(stats['segments'], 'segment')}")
    # how much of the archive is byte copies: files beyond one per document
    print(f"{counted(stats['files'], 'file')}; {counted(stats['documents_with_copies'], 'document')} "
          "with copies under other names (search shows documents of the same text once too)")
    for name, values in stats["facets"].items():
        print(f"{FACET_TITLES.get(name, name)} ({len(values)}): {_stats_values(name, values)}")
    for note in notes:
        print(note)
    return 0


def cmd_backup(args) -> int:
    from index.backup import back_up

    made = back_up(args.index, args.destination)
    # the copy is made whole: a stdout that cannot be written (a full disk) must not fail it
    say_somewhere(f"Copied the index at {readable_path(str(args.index))} (commit {made.generation}, "
                  f"{counted(made.files, 'file')}, {made.size / 2**20:.1f} MB) to {readable_path(str(args.destination))}; "
                  "to restore it, with no ingest running, remove the index folder and copy this one in its place.")
    return 0


def _older_extraction_note(index_dir: Path, counts: dict[int, int]) -> str | None:
    """What stats and serve say of the documents an older version of ingest's extraction derived."""
    from index.extraction import older_than, refresh_note
    from ingest.build import EXTRACTION_VERSION

    older = older_than(counts, EXTRACTION_VERSION)
    return refresh_note(index_dir, older, sum(counts.values())) if older else None


def _stats_values(name: str, values: dict[str, int], most: int = 10) -> str:
    """A facet's values for `stats`: every year in order (an archive's years say what it covers),
    the `most` largest of the others, and how many more there are."""
    items = sorted(values.items()) if name == "year" else list(values.items())
    shown = ", ".join(f"{v} ({c})" for v, c in (items if name == "year" else items[:most]))
    left = 0 if name == "year" else len(items) - most
    return shown + (f", and {left} more" if left > 0 else "")


def cmd_serve(args) -> int:
    """The web app on waitress: pure Python, threaded (one process, so the one shared searcher and
    its facet tables are loaded once), no fork, nothing to compile, runs the same everywhere."""
    import errno
    import logging

    from waitress.server import create_server

    from assembly_search import serving
    from assembly_search.waitress_log import LimitNote, QueueSummary
    from index.location import index_folder_exists
    from index.search import check_search_settings
    from ingest.build import EXTRACTION_VERSION
    from search_app import create_app
    from search_app.trusted_hosts import own_names

    _configure_logging()
    # absolute: the log's commands (a rebuild's, a refresh's) are run from another folder than the service's
    args.index = Path(args.index).absolute()
    if args.threads < 1:  # also guards $ASSEMBLY_SEARCH_THREADS, which argparse does not check
        raise _UsageError("--threads must be at least 1")
    exports = serving.default_exports(args.threads) if args.exports is None else args.exports
    if args.exports is not None and exports >= args.threads:
        raise _UsageError(f"--exports {exports} would leave none of the {args.threads} threads for searches and "
                          f"/health; give --exports below --threads (or more --threads).")
    try:
        serving.allow_connections(args.connection_limit)
    except serving.LimitError as exc:
        raise _UsageError(str(exc)) from None
    try:  # a path no index can ever be at is a usage error; a folder it may not enter, /health's `unreadable`
        present = index_folder_exists(args.index)
    except IndexLocationError as exc:
        raise _UsageError(str(exc)) from None
    except PermissionError:
        present = True  # the service says it, with the folder to fix, as of an index folder it may not list
    setting_warnings = check_search_settings(args.index)
    # the option wins over the variable; each option may name several
    origins = ([o for given in args.cors_origins for o in given] if args.cors_origins is not None
               else args.env_cors_origins)
    hosts = ([h for given in args.trusted_hosts for h in given] if args.trusted_hosts is not None
             else args.env_trusted_hosts)
    app = create_app(args.index, proxies=args.proxies, request_log=args.request_log,
                     cors_origins=list(dict.fromkeys(origins)), extraction_version=EXTRACTION_VERSION,
                     exports=exports, trusted_hosts=own_names(args.host) + hosts,
                     heavy_documents=serving.default_heavy_documents(args.threads, exports))
    for warning in setting_warnings:
        print(f"assembly-search: warning: {warning}", file=sys.stderr)
    if not present:
        print(f"assembly-search: warning: no index at {args.index} yet; pages will say so until one is ingested",
              file=sys.stderr)
    else:
        _warn_unless_it_opens(app)
    try:  # bind first: a port that cannot be had is said in one line, before "Serving"
        server = create_server(app, host=args.host, port=args.port,
                               **serving.server_settings(args.threads, args.connection_limit, args.channel_timeout,
                                                         args.proxies))
        per_client = args.client_connection_limit
        if per_client is None:  # behind a proxy every connection comes from its address
            per_client = 0 if args.proxies else serving.default_client_connections(args.connection_limit)
        serving.guard_connections(server, per_client)
    except ValueError:  # waitress: the host name does not resolve
        raise _UsageError(f"cannot listen on {args.host!r} (--host, or ${ENV_PREFIX}HOST): no such address; "
                          "give an address of this machine, such as 127.0.0.1, or 0.0.0.0 for every interface.") from None
    except OSError as exc:
        why = {errno.EADDRINUSE: "is already in use (another server, or this one started twice?)",
               errno.EADDRNOTAVAIL: "is not an address of this machine",
               errno.EACCES: "needs administrator rights (ports below 1024)"}.get(exc.errno, f"failed ({exc.strerror or exc})")
        print(f"assembly-search: listening on {args.host}:{args.port} {why}; choose another with --port or --host.",
              file=sys.stderr)
        return 1
    print(f"Serving {args.index} {_where_to_open(args.host, args.port)} (waitress, {args.threads} threads, "
          f"{args.connection_limit} connections); Ctrl+C stops.", flush=True)
    logging.getLogger("waitress").addFilter(LimitNote(args.connection_limit, args.channel_timeout))
    queue = QueueSummary(args.threads).start()
    try:
        serving.run(server, args.stop_grace)  # returns on SIGTERM or Ctrl+C, once the requests in flight are answered
    finally:
        queue.stop()
    return 0


def _warn_unless_it_opens(app) -> None:
    """Open the index now (the first search is then quick too): one that cannot be opened is
    logged at start, in the CLI's sentence (else a server answering only 503s looks healthy in
    its console); the service logs it again only when the reason changes. One that opens and
    holds documents an older version of ingest's extraction derived says so once, with the fix."""
    import logging

    from search_app import EXTENSION

    try:
        note = _older_extraction_note(app.config["INDEX_DIR"], app.extensions[EXTENSION].extraction_counts())
    except IndexUnavailable:
        return  # the service logged it
    if note:  # once: /health's older_extraction keeps the count for a monitor
        logging.getLogger("assembly_search").warning(note)


# Our own packages log what an operator needs (an index that cannot be opened, a request that
# failed); libraries at INFO tell of their own work (pymorphy3 loading its dictionaries).
OWN_LOGGERS = ("assembly_search", "index", "ingest", "search_app")


def _configure_logging() -> None:
    """The server's console: our INFO lines and everyone's warnings; every line with
    $ASSEMBLY_SEARCH_DEBUG set (to anything but 0)."""
    import logging

    debug = os.environ.get(ENV_PREFIX + "DEBUG", "0").strip() not in ("", "0")
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.INFO)


def _where_to_open(host: str, port: int) -> str:
    """Where the server is, as an address to open: 0.0.0.0 (or ::) is no address but every
    interface of this machine."""
    import socket

    if host in ("0.0.0.0", "::", ""):
        return (f"on every interface, port {port}: open http://{socket.gethostname()}:{port}/ "
                f"(or http://127.0.0.1:{port}/ on this machine)")
    return f"on http://{host}:{port}/" if ":" not in host else f"on http://[{host}]:{port}/"


if __name__ == "__main__":
    sys.exit(main())
