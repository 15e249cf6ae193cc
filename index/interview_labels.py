"""The labels an interview's turns open with, as written: the interviewer's «Вопрос:», «Корр.:»,
«Корреспондент:», «Q:» (Kazakh Сұрақ, Тілші) and the interviewee's «Ответ:», «A:» (Kazakh Жауап).
Ingest reads turns by them (ingest.extract.interview_labels); a quote is cited without them
(index.quote_speech)."""
from __future__ import annotations

QUESTION_WORDS = ("вопрос", "корр", "корреспондент", "журналист", "интервьюер", "сұрақ", "тілші",
                  "q", "question", "interviewer")
ANSWER_WORDS = ("ответ", "жауап", "a", "answer")
# the roles a newspaper shortens with a full stop before the colon: «Корр.:»
ABBREVIATED_WORDS = ("корр",)
