"""Chinese names in pinyin, written surname first: «Xi Jinping», «Wang Yi», «Li Qiang».

The English rules read two capitalised words as a given name and a surname, which made «Chinese President
Xi Jinping» the person «X. Jinping», and `person:Xi` unknown. A common Chinese surname before a given
name of one or two pinyin syllables is the surname: J. Xi, as the facets file everyone else.

    surname_first(first, second) -> bool
"""
from __future__ import annotations

import re

# the commonest Chinese surnames in pinyin (and the Wade-Giles spellings English still meets: Chiang)
CHINESE_SURNAMES = frozenset("""xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo
    liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding
    wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao
    qiu qin gu hou shao meng long wan duan qian lei qi""".split())

# one pinyin syllable: an initial (or none) and a final
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|"
             r"ue|er|a|o|e|i|u|ü|v)")
_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


def surname_first(first: str, second: str) -> bool:
    """Whether «first second» is a Chinese surname and a pinyin given name (Xi Jinping, Wang Yi), both
    capitalised as English writes them; a given name of up to two syllables, glued (Jinping, Keqiang)."""
    return first.lower() in CHINESE_SURNAMES and second[:1].isupper() and second[1:].islower() \
        and bool(_GIVEN.fullmatch(second.lower()))
