"""The host names the server answers to, so that a page on another site cannot read the archive
through a staff member's browser (DNS rebinding).

    parse_hosts(text) -> list[str]            names from the option or the variable; ValueError with a sentence
    own_names(bound_host) -> list[str]        this machine's names: serve's default
    TrustedHosts(names)                       a `before_request` hook: 400 for a request naming another host

A page of attacker.example whose name is then pointed at the archive's intranet address is, to the
browser, the same origin as the archive: it reads /api/documents and every /doc/<id>/file, whatever
CORS says, and the absolute links the server writes (a quote's permalink, the CSV's url) name
attacker.example. Such a request still names attacker.example in its Host header, so the server
refuses a Host that is not its own. An address typed as digits (`10.0.0.7`, `[::1]`) is always
accepted: no one can point an address at another machine. Behind a proxy (--proxies) the name
checked is the one the proxy forwards (X-Forwarded-Host), as people typed it.
"""
from __future__ import annotations

import ipaddress
import logging
import re
import socket
import threading

from flask import request

from index.paths import escaped_controls

log = logging.getLogger(__name__)

ANY = "*"
LOCAL_NAMES = ("localhost",)
# a DNS name (a leading dot: that domain and every name under it); letters, digits, hyphens
_NAME = re.compile(r"^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")
REFUSED = ("Сервер архива не отвечает на имя «{host}»: откройте архив по его собственному адресу. "
           "Если это и есть адрес архива, администратору нужно добавить его в ASSEMBLY_SEARCH_TRUSTED_HOSTS.")
MAX_SAID = 1_000  # refused names logged once each; the set is emptied when full


def parse_hosts(text: str) -> list[str]:
    """Names separated by commas or spaces (`arhiv.assembly.kz, .assembly.kz`; a Cyrillic one as typed,
    `архив.ассамблея.қаз`); ValueError naming the first that is no host name (a scheme, a port, a path)."""
    names = [_ascii_name(n.rstrip(".").lower()) for n in re.split(r"[\s,]+", text.strip()) if n]
    for name in names:
        if name != ANY and not _NAME.match(name) and not _is_address(name):
            raise ValueError(f"{name!r} is not a host name; give a name such as arhiv.assembly.kz or "
                             "архив.ассамблея.қаз (no scheme or port), .assembly.kz for every name under it, or * "
                             "for every name")
    return list(dict.fromkeys(names))


def _ascii_name(name: str) -> str:
    """An internationalized name (Kazakhstan's .қаз zone) in its xn-- form, the one a browser sends in
    the Host header; any other value as it is (parse_hosts refuses it if it is no name)."""
    if name.isascii():
        return name
    dot = "." if name.startswith(".") else ""
    try:
        return dot + name.removeprefix(".").encode("idna").decode("ascii")
    except UnicodeError:
        return name


def own_names(bound_host: str) -> list[str]:
    """The names this machine is reached by without any setting: localhost, its host name (short
    and with its domain) and the name `serve --host` was given, if it is one."""
    names = [*LOCAL_NAMES, socket.gethostname(), socket.getfqdn(), bound_host]
    names += [name.split(".", 1)[0] for name in names]
    return [n.rstrip(".").lower() for n in dict.fromkeys(names) if n and not _is_address(n)]


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _name_of(host: str) -> str:
    """The name in a Host header: without its port, lower case, without a closing dot. An address in
    brackets is cut at its bracket only when a port or nothing follows: `[::1]evil.example` is no `[::1]`."""
    if host.startswith("["):  # [::1]:5000
        address, _, rest = host.partition("]")
        if not rest or re.fullmatch(r":\d*", rest):
            return address + "]"
        return host.lower()
    return host.rsplit(":", 1)[0].rstrip(".").lower()


class TrustedHosts:
    """Refuses (400) a request whose Host, or forwarded host, is none of `names` (a name, or `.domain`
    for every name under it), and not an address typed as digits; `*` among them accepts every host."""

    def __init__(self, names: list[str]) -> None:
        self.any = ANY in names
        self.exact = {n for n in names if not n.startswith(".")}
        self.domains = tuple(n for n in names if n.startswith("."))
        self._said: set[str] = set()
        self._lock = threading.Lock()

    def trusted(self, host: str) -> bool:
        name = _name_of(host)
        return (self.any or _is_address(name) or name in self.exact
                or any(name.endswith(domain) or name == domain[1:] for domain in self.domains))

    def __call__(self):
        """Flask's before_request: None to go on, else the refusal. A request without a Host
        (HTTP/1.0) names no one's host: it is answered."""
        from search_app import error_response

        sent = request.environ.get("HTTP_HOST")  # behind --proxies: the forwarded one
        if not sent:
            return None
        host = request.host or sent  # werkzeug's is empty for a name of characters no host name has
        if request.host and self.trusted(host):
            return None
        self._say(host)
        return error_response(400, REFUSED.format(host=escaped_controls(_name_of(host)[:100])), title="Чужой адрес сервера")

    def _say(self, host: str) -> None:
        """One WARNING per name refused: the operator learns of a name of the archive not listed yet."""
        name = _name_of(host)[:200]
        with self._lock:
            if name in self._said:
                return
            if len(self._said) >= MAX_SAID:
                self._said.clear()
            self._said.add(name)
        log.warning("refused requests for the host %r, which is not among the names this server answers to; if "
                    "it is the archive's own name, add it: serve --trusted-host NAME or ASSEMBLY_SEARCH_TRUSTED_HOSTS",
                    escaped_controls(name))
