"""An interviewer's part of a dash interview («– …?» asked, «– …» answered): which paragraphs are
questions, nobody's words, and which answer them. In such an interview each turn opens with a
dash, so a dash paragraph after an answer is the interviewer's again when it asks anything."""
from __future__ import annotations

import re
from collections.abc import Collection

from ._text import parses, word_info
from .interview_labels import question_label
from .transcripts import reads_as_interview

DASHES = "–—-"

# "– Александр Ильич, почему ...?": a dash (or none), then the addressee's names before a comma
_ADDRESS = re.compile(r"^\W{0,3}((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s*){1,3}),\s*")
# a question mark ending a sentence, not one inside a word or a number («А?Б», «№?»)
_ASKED = re.compile(r"\?+(?=[\s»\"”)]*(?:$|\s))")
_QUOTED = re.compile(r"«[^«»]*»|„[^„“]*“")
_WORD = re.compile(r"[^\W\d_][\w-]*")


def dash_led(para: str) -> bool:
    return para.lstrip()[:1] in DASHES


def asks(para: str) -> bool:
    """Some sentence of the paragraph, not one it quotes, is a question: «… Что вы на это
    ответите?», «– Что вы ответите? Многие ведь так считают.»"""
    return bool(_ASKED.search(_QUOTED.sub(" ", para)))


def question_to_someone(para: str) -> bool:
    """The paragraph asks or bids the person it addresses by name (an interviewer's question): not
    the words of the one who answers, «?» or not: «– Ерлан Тынымбаевич, расскажите о …». Names,
    not words of the dictionary: "– Конечно, ...?" answers."""
    text = para.strip()
    address = _ADDRESS.match(text)
    if not address or any(word_info(w)["common"] for w in address.group(1).split()):
        return False
    return asks(text) or _bids(text[address.end():])


def _bids(rest: str) -> bool:
    """The words after an address open with a request to the one addressed: расскажите,
    поделитесь, прокомментируйте (an imperative or a verb of «вы», after «пожалуйста» too)."""
    words = _WORD.findall(rest)[:2]
    return any(p.tag.POS == "VERB" and ("impr" in p.tag or "2per" in p.tag) and p.score >= 0.3
               for w in words for p in parses(w))


def set_off_questions(paragraphs: list[str], bold: Collection[int] = (), title: str = "") -> frozenset[int]:
    """The interviewer's turns the layout sets off as a dash does: a paragraph opening with his label
    («Корр.: …», «Вопрос: …», «Тілші: …», «Q: …»), whatever it says («Тілші: Рахмет!»), and, where
    at least two are, a paragraph all in bold (`bold`, as a web page sets its questions) that asks
    or bids the one addressed: one bold question is as likely a news item's subheading. So are
    several, unless one addresses someone by name or the document reads as an interview (its
    `title`, its lead before them, a byline): news sites set subheadings as questions too."""
    labelled = {i for i, para in enumerate(paragraphs) if question_label(para)}
    in_bold = {i for i in bold if i < len(paragraphs) and (asks(paragraphs[i]) or question_to_someone(paragraphs[i]))}
    if len(in_bold) < _MIN_BOLD_QUESTIONS or not (any(question_to_someone(paragraphs[i]) for i in in_bold)
                                                  or reads_as_interview(paragraphs, title, min(in_bold))):
        in_bold = set()
    return frozenset(labelled | in_bold)


_MIN_BOLD_QUESTIONS = 2


def interviewer_questions(paragraphs: list[str], free: list[bool], set_off: Collection[int] = ()) -> list[bool]:
    """Each paragraph is an interviewer's question. `free`: the paragraph names no speaker of its
    own (no speech cue, no transcript label); `set_off`: the questions a label or bold type sets off
    (set_off_questions), each one a question whose next paragraph answers. Else a
    question addresses someone by name, or it is a
    dash paragraph that asks and opens a new turn: after a dash paragraph, or after the narration
    when a dash answer follows («Ерлан Карин ответил на вопросы корреспондента. / – Какие планы на
    следующий год? / – …»); not after a line ending in «:», which gives the words that follow to
    its speaker. Once a question is found the dash turns alternate, question and answer, so the
    dash paragraph after an answer is the interviewer's «?» or not («– Расскажите о планах.»,
    «– Говорят, что …», «– Спасибо за интервью.»), and one after a question answers it even when
    it asks («– А разве дети не хотят? Хотят.»)."""
    out: list[bool] = []
    turn = _NONE  # whose dash turn comes next in the interview
    for i, para in enumerate(paragraphs):
        question = False
        if i in set_off:
            question, turn = True, _ANSWER
        elif not dash_led(para):
            # the narration ends the dialogue; an answer's later paragraph (no dash) goes on with it
            turn = turn if free[i] and turn == _ASK else _NONE
        elif not free[i]:
            # a dash turn that names a speaker («– …, – сказал он») still takes its place
            turn = {_ANSWER: _ASK, _ASK: _ANSWER}.get(turn, _NONE)
        else:
            if question_to_someone(para):
                question = True
            elif turn == _ASK:
                question = asks(para) or _interjected(para)
            elif turn == _NONE and asks(para):
                before = paragraphs[i - 1] if i else ""
                after = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
                question = dash_led(before) or (dash_led(after) and not before.rstrip().endswith(":"))
            turn = _ANSWER if question else _ASK if turn != _NONE else _NONE
        out.append(question)
    return out


_NONE, _ASK, _ANSWER = "none", "ask", "answer"
# an interviewer's remark between answers is short: a premise, a request, thanks
_REMARK_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s»\"”)]*(?:$|\s))")


def _interjected(para: str) -> bool:
    """A dash paragraph after an answer that asks nothing is the interviewer's remark when it is
    short and opens like a sentence; a long one, or a list's item («– открыть школы;»), goes on
    with the answer."""
    text = para.strip().lstrip(DASHES).strip()
    return (len(text) <= _REMARK_CHARS and text[:1].isupper() and not text.endswith((";", ",", ":"))
            and len(_SENTENCE_END.findall(text)) <= 2)
