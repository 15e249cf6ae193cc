"""What of an e-mail's text is the sender's own, and what an earlier message or a signature: the lines a
reply quotes («> …»), the message a reply or a forward carries under its separator («-----Original
Message-----», «----- Пересылаемое сообщение -----», Outlook's «От: … / Отправлено: …» block, a mail program's
«15.04.2019, 10:32, Иван <ivan@…> пишет:», «On … wrote:») and the signature under «-- ». They stay in the
document's text, but the earlier message's date is not this one's, nor its words this sender's quotes."""
from __future__ import annotations

import re

OWN, QUOTED, SIGNATURE = "own", "quoted", "signature"

# a line that opens the earlier message, which runs to the end of the text (nothing quotes it line by line)
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение"
    r"|переадресованное сообщение|перенаправленное сообщение|оригинальное сообщение|бастапқы хат)\s*-{2,}\s*$"
    r"|^\s*(?:begin forwarded message|начало переадресованного сообщения)\s*:\s*$"
    r"|^\s*_{10,}\s*$", re.IGNORECASE)
# the line a mail program writes over the lines it quotes: «15.04.2019, 10:32, "Иван" <ivan@…> пишет:»,
# «On Mon, 15 Apr 2019 at 10:32, Ivan <ivan@…> wrote:», «Понедельник, 15 апреля 2019, 10:32 +06:00 от …:», and
# with no verb, a date or time and then the sender's address last: Gmail's «ср, 10 апр. 2019 г. в 16:20, Жанар
# Омарова <zhanar@…>:», Yandex's «10.04.2019, 16:20, "Жанар Омарова" <zhanar@…>:»
# Each pattern runs in linear time: a paragraph typed as one long line (Outlook, format=flowed) is full of
# digits and «от», and the one pattern with chained «.*» took minutes on 50 KB.
_ATTRIBUTION_VERB = re.compile(r"(?:\bwrote|пишет|написал(?:\(а\)|а)?|жазды)\s*:\s*$", re.IGNORECASE)
_ATTRIBUTION_OT = re.compile(r"^\s*+\S\D*+\d(?:(?!\sот\s).)*+\sот\s[^@\n]*+@.*:\s*$", re.IGNORECASE)
_ATTRIBUTION_ADDRESS = re.compile(r"[\s,\"'<(\[][\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)\]]?\s*:\s*$")
_DIGIT = re.compile(r"\d")
_ATTRIBUTION_MAX = 500  # characters; no mail program writes a longer attribution line
# Outlook's block over the message it answers or forwards: «From: …» / «От: …» with «Sent:» / «Отправлено:»
# or «Date:» / «Дата:» within the next lines
_FROM = re.compile(r"^\s*\*?(?:from|от|кімнен)\s*:\*?\s*\S", re.IGNORECASE)
_SENT = re.compile(r"^\s*\*?(?:sent|date|отправлено|дата|жіберілді|кому|to)\s*:\*?\s", re.IGNORECASE)
# the same block as one paragraph, its lines run together (an HTML message's <br> lines)
_SENT_INLINE = re.compile(r"\s\*?(?:sent|date|отправлено|дата|жіберілді)\s*:", re.IGNORECASE)
_SIGNATURE = re.compile(r"^-- ?$")


def _is_attribution(line: str) -> bool:
    """The line ends as an attribution line does: a verb and «:», a date and «от … @…:», or a date and then
    the sender's address and «:»."""
    if len(line) > _ATTRIBUTION_MAX or not line.rstrip().endswith(":"):
        return False
    if _ATTRIBUTION_VERB.search(line) or _ATTRIBUTION_OT.match(line):
        return True
    address = _ATTRIBUTION_ADDRESS.search(line)
    return bool(address) and bool(_DIGIT.search(line, 0, address.start()))


def _opens_earlier_message(lines: list[str], i: int) -> bool:
    line = lines[i]
    if _SEPARATOR.match(line):
        return True
    return bool(_FROM.match(line)) and sum(bool(_SENT.match(ln)) for ln in lines[i + 1:i + 4]) >= 2


def _attribution(lines: list[str], i: int) -> bool:
    """Line `i` introduces quoted lines: it ends as an attribution does (a long one wrapped over two
    lines ends on the second), and «>» lines follow it."""
    if not _is_attribution(lines[i]):
        return False
    after = next((ln for ln in lines[i + 1:] if ln.strip()), "")
    return after.lstrip().startswith(">")


def mail_runs(text: str) -> list[tuple[str, str]]:
    """The text as runs of (kind, text): OWN, QUOTED (with its «>» marks taken off) or SIGNATURE, in
    order; consecutive lines of one kind make one run."""
    lines = text.split("\n")
    kinds: list[str] = []
    out_lines: list[str] = []
    earlier = False  # past a separator: the rest is the earlier message
    signature = False
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if not earlier and _opens_earlier_message(lines, i):
            earlier = True
        if earlier:
            kind = QUOTED
        elif stripped.startswith(">"):
            kind = QUOTED
            signature = False  # an inline reply's quote ends the signature's run
            line = re.sub(r"^(?:\s*>)+ ?", "", line)
        elif _attribution(lines, i) or i + 1 < len(lines) and _is_attribution(lines[i + 1]) and \
                _attribution(lines, i + 1) and not _is_attribution(line) and line.strip() and \
                not (kinds and kinds[-1] == QUOTED) and _wrapped_attribution(line):
            kind = QUOTED
        elif _SIGNATURE.match(line.rstrip("\r")):
            signature = True
            kind, line = SIGNATURE, ""  # the delimiter is no text
        else:
            kind = SIGNATURE if signature else OWN
        kinds.append(kind)
        out_lines.append(line)
    runs: list[tuple[str, list[str]]] = []
    for kind, line in zip(kinds, out_lines):
        if not line.strip() and runs:
            runs[-1][1].append(line)  # a blank line goes with the run above it
        elif runs and runs[-1][0] == kind:
            runs[-1][1].append(line)
        else:
            runs.append((kind, [line]))
    return [(kind, "\n".join(ls).strip("\n")) for kind, ls in runs if "".join(ls).strip()]


def _wrapped_attribution(line: str) -> bool:
    """The line opens an attribution wrapped onto the next one: «On Mon, 15 Apr 2019 at 10:32, Ivan Ivanov <»."""
    return bool(re.match(r"^\s*(?:on|в|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\w+,\s*\d)", line, re.IGNORECASE)) and \
        bool(re.search(r"\d", line))


def earlier_message_at(paragraphs: list[str]) -> int:
    """The index of the paragraph an HTML message's earlier message opens at (its separator, Outlook's
    «From: … Sent: …» block, an attribution line), len(paragraphs) when it quotes none."""
    for i, p in enumerate(paragraphs):
        lines = p.split("\n")
        if _SEPARATOR.match(lines[0]) or _is_attribution(lines[-1]):
            return i
        if _FROM.match(lines[0]) and (_SENT_INLINE.search(lines[0])
                                      or _opens_earlier_message([ln for q in paragraphs[i:i + 4] for ln in q.split("\n")], 0)):
            return i
    return len(paragraphs)
